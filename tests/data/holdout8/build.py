"""Regenerate pages/ and truth.json for the holdout8 corpus and validate every page.

Run: /work/main/.venv/bin/python build.py
"""

import base64
import json
import random
import re
import struct
import sys
import unicodedata
import zlib

from lxml import html as LH

import texts as T
import tpl_a
import tpl_b
import tpl_c
from common import FMT, HERE, body_text, dt, esc, h12, make_body, words

N = T.NAMES


def png_b64(seed, w=420, h=420):
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + rng.randbytes(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


# (template, renderer, url path, title, lead, pool, paras, per, extras, byline shown, author truth, credit, pub, time_shown, flags, relevant)
ART = [
    ("wp-publisher", tpl_a.wp_publisher, "/2026/11/28/so-hoa-ho-so-mot-cua-cap-xa/", "Số hóa hồ sơ một cửa cấp xã: nhanh hơn, ít giấy tờ hơn",
     "Sau một năm triển khai, việc số hóa kết quả giải quyết thủ tục hành chính tại cấp xã đã giúp người dân giảm đáng kể số lần đi lại.",
     "cds", 6, 3, {"heads": 2}, "Trần Minh Khôi", "Trần Minh Khôi", None, dt(2026, 11, 28, 8, 15), True,
     ["modified_time_trap", "twelve_hour_clock", "sapo_bold_in_body"], True),
    ("wp-pennews", tpl_a.wp_pennews, "/kinh-te-so/hop-tac-xa-ban-hang-livestream/", "Hợp tác xã miền núi học bán hàng qua livestream",
     "Nhiều hợp tác xã đã đưa sản phẩm OCOP lên sàn thương mại điện tử, mở ra kênh tiêu thụ mới cho nông sản vùng cao.",
     "cds", 5, 3, {}, "Hoàng Đức Anh", "Hoàng Đức Anh", None, dt(2026, 11, 27, 9, 20), True,
     ["cms_account_trap", "byline_bottom_right", "comment_dates", "month_words_date"], True),
    ("wp-foxiz", tpl_a.wp_foxiz, "/do-thi-thong-minh/trung-tam-ioc-mot-nam-van-hanh/", "Trung tâm điều hành đô thị thông minh sau một năm vận hành",
     "Dữ liệu từ camera, phản ánh hiện trường và các hệ thống chuyên ngành được tập trung về một đầu mối để lãnh đạo tỉnh ra quyết định.",
     "cds", 6, 3, {"heads": 1, "table": True}, None, "Vũ Ngọc Bích, Đặng Văn Tuấn", None, dt(2026, 11, 30, 14, 5), True,
     ["multiple_authors", "photo_caption_credit", "table_in_body", "tagline_lead"], True),
    ("wp-neve", tpl_a.wp_neve, "/tap-huan-chu-ky-so-cho-hoi-vien/", "Tập huấn chữ ký số cho hội viên",
     "Hội Tin học tỉnh tổ chức buổi tập huấn ngắn về chữ ký số cho hơn 60 hội viên là cán bộ cấp xã.",
     "cds", 2, 3, {}, "Bài, ảnh: Bùi Thanh Hà", "Bùi Thanh Hà", None, dt(2026, 11, 19), False,
     ["short", "date_only", "cms_account_trap", "byline_bottom"], True),
    ("drupal-thunder", tpl_a.drupal_thunder, "/chinh-quyen-so/mot-cua-dien-tu-lien-thong-bon-cap", "Một cửa điện tử liên thông bốn cấp: hồ sơ đi, dữ liệu về",
     "Hệ thống một cửa điện tử dùng chung của tỉnh đã kết nối với Cổng dịch vụ công quốc gia và cơ sở dữ liệu dân cư.",
     "cds", 6, 3, {"ul": True}, None, None, "Sở Thông tin và Truyền thông", dt(2026, 11, 25, 16, 40), True,
     ["office_credit", "source_line", "cms_account_trap", "paragraph_entities", "list_in_body"], True),
    ("drupal-varbase", tpl_a.drupal_varbase, "/blog/du-lieu-dung-du-sach-song", "Dữ liệu đúng, đủ, sạch, sống: từ khẩu hiệu đến thực tế",
     "Bài viết trao đổi về những điều kiện để dữ liệu thực sự trở thành tài nguyên phục vụ chính quyền số.",
     "cds", 7, 3, {"heads": 2}, "ThS. Đỗ Hải Yến", "Đỗ Hải Yến", None, dt(2026, 11, 22, 10, 30), True,
     ["academic_title_byline", "json_ld", "italic_lead"], True),
    ("joomla-ja-teline", tpl_a.joomla_ja_teline, "/xa-hoi-so/12345-thon-thong-minh-o-dong-bang.html", "Thôn thông minh ở vùng đồng bằng",
     "Wifi công cộng, camera an ninh và loa truyền thanh số đang thay đổi nếp sinh hoạt ở nhiều thôn.",
     "cds", 5, 3, {}, "Hồ Sĩ Lâm", "Hồ Sĩ Lâm", None, dt(2026, 11, 29, 7, 45), True,
     ["cms_account_trap", "modified_time_trap", "outlet_prefix_lead", "byline_bottom_right"], True),
    ("neos-cms", tpl_a.neos_cms, "/tin-tuc/2026/hạ-tang-cap-quang-den-thon-ban", "Hạ tầng cáp quang đến thôn, bản",
     "Doanh nghiệp viễn thông hoàn thành kéo cáp quang đến các thôn vùng sâu, chuẩn bị cho dịch vụ số.",
     "cds", 5, 3, {}, "Ngô Bảo Châu Anh", "Ngô Bảo Châu Anh", None, dt(2026, 12, 1, 11, 10), True,
     ["time_before_date", "dotted_date", "reporter_label"], True),
    ("processwire", tpl_a.processwire, "/tin-tuc/tra-ket-qua-qua-buu-dien/", "Trả kết quả thủ tục qua bưu điện",
     "Người dân có thể đăng ký nhận kết quả giải quyết thủ tục tại nhà qua dịch vụ bưu chính công ích.",
     "cds", 2, 3, {}, "PV", "PV", None, dt(2026, 11, 12), False,
     ["short", "date_only", "pv_author"], True),
    ("modx-revolution", tpl_a.modx_revolution, "/tin-hoat-dong/thuong-mai-dien-tu-nong-san.html", "Thương mại điện tử mở đường cho nông sản",
     "Hiệp hội tổ chức chuỗi hội thảo giúp doanh nghiệp nhỏ tiếp cận các sàn thương mại điện tử lớn.",
     "cds", 5, 3, {}, "Dương Thế Phong", "Dương Thế Phong", None, dt(2026, 11, 24, 14, 35), True,
     ["twelve_hour_clock", "time_before_date", "newsletter_box", "byline_label_thuc_hien"], True),
    ("october-cms", tpl_a.october_cms, "/blog/post/le-hoi-long-tong-2026", "Rộn ràng lễ hội Lồng tồng đầu mùa",
     "Lễ hội xuống đồng truyền thống được tổ chức với nhiều hoạt động văn hóa dân gian đặc sắc.",
     "festival", 4, 3, {"img": ("/storage/app/media/long-tong.jpg", "Nghi lễ rước kiệu. Ảnh: Lý Kim Oanh")}, "Lý Kim Oanh", "Lý Kim Oanh", None,
     dt(2026, 11, 15, 17, 5), True, ["off_topic", "photo_caption_credit", "inline_byline"], False),
    ("statamic", tpl_a.statamic, "/tin-tuc/lam-sach-du-lieu-dan-cu", "Làm sạch dữ liệu dân cư phục vụ dịch vụ công",
     "Trung tâm Dữ liệu tỉnh phối hợp với công an rà soát, đối chiếu thông tin để phục vụ các thủ tục liên thông.",
     "cds", 5, 3, {}, "Mai Xuân Trường", "Mai Xuân Trường", None, dt(2026, 11, 18), False,
     ["date_only", "long_date_words", "cap_nhat_label_on_pubdate"], True),
    ("kirby-cms", tpl_a.kirby_cms, "/ghi-chep/vi-dien-tu-o-cho-que", "Ví điện tử ở chợ quê",
     "Ghi chép về những sạp hàng dán mã QR và các bà, các mẹ lần đầu nhận tiền qua điện thoại.",
     "cds", 5, 3, {}, "Hạ Vy", "Hạ Vy", None, dt(2026, 11, 9), False,
     ["pen_name", "date_only", "dotted_date"], True),
    ("pelican-blog", tpl_a.pelican_blog, "/ky-so-van-ban-lien-thong.html", "Ký số văn bản liên thông: vài lưu ý nghiệp vụ",
     "Một số lưu ý khi ký số, phát hành và lưu trữ văn bản điện tử giữa các cơ quan.",
     "cds", 5, 3, {"ul": True}, "Tạ Quỳnh Như", "Tạ Quỳnh Như", None, dt(2026, 10, 30), False,
     ["date_only", "weekday_date", "list_in_body"], True),
    ("zola-blog", tpl_b.zola_blog, "/blog/hackathon-du-lieu-mo-2026/", "Hackathon dữ liệu mở 2026 đã khép lại",
     "Hơn 40 bạn trẻ đã cùng nhau xây dựng công cụ từ dữ liệu mở của thành phố.",
     "cds", 2, 3, {}, None, None, "Ban Biên tập", dt(2026, 11, 2), False,
     ["short", "date_only", "iso_date", "office_credit"], True),
    ("payload-cms-next", tpl_b.payload_cms_next, "/posts/ma-qr-thanh-toan-benh-vien", "Quét mã QR trả viện phí: bệnh viện tuyến tỉnh đi trước",
     "Thanh toán viện phí không dùng tiền mặt giúp giảm cảnh xếp hàng tại quầy thu ngân.",
     "cds", 5, 3, {}, "Châu Gia Huy", "Châu Gia Huy", None, dt(2026, 12, 4, 18, 5), True,
     ["relative_time", "author_box", "json_ld", "next_flight_data"], True),
    ("directus-nuxt", tpl_b.directus_nuxt, "/tin-tuc/giao-thong/khoi-cong-duong-lien-xa-an-thanh-1", "Khởi công nâng cấp đường liên xã",
     "Tuyến đường được chờ đợi nhiều năm chính thức khởi công, dự kiến hoàn thành trong 18 tháng.",
     "road", 4, 3, {}, "Kiều Mạnh Dũng - Lưu Thị Nguyệt", "Kiều Mạnh Dũng, Lưu Thị Nguyệt", None, dt(2026, 11, 26, 15, 50), True,
     ["off_topic", "multiple_authors", "nuxt_state"], False),
    ("tapchicongsan-like", tpl_b.tapchicongsan_like, "/nghien-cuu-trao-doi/-/2018/1234567/chuyen-doi-so-va-doi-moi-phuong-thuc-quan-tri.aspx",
     "Chuyển đổi số và đổi mới phương thức quản trị địa phương",
     "Bài viết phân tích vai trò của chuyển đổi số đối với đổi mới phương thức quản trị ở cấp tỉnh và đề xuất một số giải pháp.",
     "cds", 26, 3, {"heads": 5, "table": True}, None, "Phan Văn Khải Minh", None, dt(2026, 11, 27), False,
     ["long", "date_only", "academic_title_byline", "subheading_as_bold_p", "footnotes", "outlet_prefix_lead"], True),
    ("mattran-like", tpl_b.mattran_like, "/giam-sat-phan-bien/giam-sat-dich-vu-cong-truc-tuyen-13579.html", "Giám sát việc cung cấp dịch vụ công trực tuyến",
     "Đoàn giám sát ghi nhận nhiều kết quả tích cực, đồng thời chỉ ra những hạn chế trong hỗ trợ người cao tuổi.",
     "cds", 5, 3, {}, "Trịnh Tuyết Mai", "Trịnh Tuyết Mai", None, dt(2026, 11, 30, 16, 20), True,
     ["theo_byline", "long_date_words", "pipe_separator"], True),
    ("congly-like", tpl_b.congly_like, "/the-thao/bong-da/chung-ket-giai-bong-da-thanh-nien-d456789.html", "Chung kết giải bóng đá thanh niên huyện",
     "Trận chung kết kịch tính khép lại giải đấu phong trào sôi nổi nhất năm.",
     "sport", 4, 3, {}, "Nguyễn Thị Hồng Nhung", "Nguyễn Thị Hồng Nhung", None, dt(2026, 11, 23, 20, 10), True,
     ["off_topic", "comment_dates", "outlet_prefix_lead", "time_before_date"], False),
    ("bnews-like", tpl_b.bnews_like, "/kinh-te-so/doanh-nghiep-so-hoa-quy-trinh/481234.html", "Doanh nghiệp nhỏ tăng tốc số hóa quy trình",
     "Chi phí thấp và các gói hỗ trợ giúp nhiều doanh nghiệp nhỏ bắt đầu dùng phần mềm quản trị, hóa đơn điện tử.",
     "cds", 5, 3, {}, "Trần Minh Khôi", "Trần Minh Khôi", None, dt(2026, 12, 3, 7, 45), True,
     ["gmt7", "outlet_prefix_lead", "ttxvn_byline", "inline_related"], True),
    ("giaoducthoidai-like", tpl_b.giaoducthoidai_like, "/hoc-ba-so-trien-khai-dai-tra-post712345.html", "Học bạ số triển khai đại trà",
     "Sau thời gian thí điểm, học bạ số được áp dụng với học sinh tiểu học trên toàn tỉnh từ năm học này.",
     "cds", 5, 3, {"img": ("BASE64", "Giáo viên hướng dẫn học sinh tra cứu học bạ số. Ảnh: Lê Quang Vĩnh")}, "Lê Quang Vĩnh", "Lê Quang Vĩnh", None,
     dt(2026, 12, 2, 9, 30), True, ["heavy_inline_image", "outlet_prefix_lead", "photo_caption_credit", "json_ld"], True),
    ("doanhnghiepvn-like", tpl_b.doanhnghiepvn_like, "/chuyen-doi-so/sme-va-hoa-don-dien-tu-a98765.html", "Doanh nghiệp nhỏ và bài toán hóa đơn điện tử",
     "Nhiều doanh nghiệp nhỏ vẫn lúng túng khi chuyển sang hóa đơn điện tử khởi tạo từ máy tính tiền.",
     "cds", 5, 3, {}, "Phạm Thu Trang", "Phạm Thu Trang", None, dt(2026, 11, 21, 9, 12), True,
     ["two_digit_year", "title_nha_bao", "inline_related", "byline_bottom_right"], True),
    ("sotttt-portal", tpl_b.sotttt_portal, "/tin-tuc/chuyen-doi-so/to-cong-nghe-so-cong-dong-hoat-dong-hieu-qua-2345.html", "Tổ công nghệ số cộng đồng hoạt động hiệu quả",
     "Sở Thông tin và Truyền thông tổ chức hội nghị đánh giá hoạt động của tổ công nghệ số cộng đồng năm 2026.",
     "cds", 4, 3, {}, None, None, "Văn phòng Sở", dt(2026, 12, 1, 8, 5, 37), True,
     ["seconds", "cms_account_trap", "office_credit", "documents_sidebar"], True),
    ("xa-portal-legacy", tpl_b.xa_portal_legacy, "/tin.asp?id=1024", "Sôi nổi giải đua ghe ngo mừng lễ hội",
     "Giải đua ghe truyền thống năm nay thu hút đông đảo bà con trong và ngoài xã đến cổ vũ.",
     "boat", 4, 3, {}, None, None, "Ban Văn hóa - Xã hội xã", dt(2026, 11, 25), False,
     ["off_topic", "windows_1258", "table_layout", "office_credit", "date_only"], False),
]

LST = [
    ("html-sitemap", tpl_c.html_sitemap, "/so-do-cong", ["sitemap", "link_tree"]),
    ("most-read-ranking", tpl_c.most_read_ranking, "/doc-nhieu", ["ranking", "teasers_with_dates"]),
    ("topic-hub", tpl_c.topic_hub, "/chu-de/chuyen-doi-so-dia-phuong.html", ["hero_long_teaser", "teaser_grid", "pager"]),
    ("video-playlist", tpl_c.video_playlist, "/video/playlist/ban-tin-chuyen-doi-so", ["video_list", "pager"]),
    ("ministry-press-index", tpl_c.ministry_press_index, "/thong-cao-bao-chi", ["document_table", "numbered_documents", "pager"]),
]

POOLS = {"cds": T.CDS, "festival": T.FESTIVAL, "road": T.ROAD, "sport": T.SPORT, "boat": T.BOAT}


def visible(raw):
    root = LH.fromstring(raw)
    for el in root.xpath("//head|//script|//style"):
        el.drop_tree()
    for c in root.xpath("//comment()"):
        p = c.getparent()
        if p is not None:
            p.remove(c)
    txt = root.text_content()
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", txt))


def enc_1258(s):
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + "".join(c for c in d if c in tones).encode("cp1258")
    return bytes(out)


def main():
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for old in pages.glob("*.html"):
        old.unlink()
    specs = [("a", x) for x in ART]
    for i, x in enumerate(LST):
        specs.insert(4 + i * 6, ("l", x))
    truth = []
    problems = []
    for idx, (kind, s) in enumerate(specs, 1):
        seed = idx * 11
        if kind == "a":
            (tpl, fn, path, title, lead, pool, paras, per, extras, shown, author, credit, pub, ts, flags, rel) = s
            extras = dict(extras)
            if "img" in extras and extras["img"][0] == "BASE64":
                extras["img"] = (png_b64(seed), extras["img"][1])
            blocks = make_body(seed, POOLS[pool], paras, per=per, **extras)
            byline = shown if shown is not None else (author or "")
            if author and ", " in author:
                byline_html = " - ".join(f'<a class="meta-author-url" href="/author/{i}">{esc(n)}</a>' for i, n in enumerate(author.split(", ")))
            elif tpl == "tapchicongsan-like":
                byline_html = f"PGS, TS {esc(author)}<br><i>Học viện Quản trị công khu vực miền Trung</i>"
            else:
                byline_html = esc(byline)
            a = {"seed": seed, "title": title, "lead": lead, "blocks": blocks, "pub": pub, "byline": byline, "byline_html": byline_html,
                 "author": author, "credit": credit or "", "url": f"https://{tpl}.example.vn{path}"}
            html_s = fn(a)
            text = body_text(blocks)
            rec = {"file": f"pages/{idx:03d}-{tpl}.html", "url": a["url"], "encoding": "windows-1258" if tpl == "xa-portal-legacy" else "utf-8",
                   "template": tpl, "flags": flags, "is_article": True, "relevant": rel, "title": title, "lead": lead, "author": author,
                   "published_at": pub.isoformat(), "time_shown": ts, "text": text}
        else:
            tpl, fn, path, flags = s
            a = {"seed": seed}
            html_s = fn(a)
            rec = {"file": f"pages/{idx:03d}-{tpl}.html", "url": f"https://{tpl}.example.vn{path}", "encoding": "utf-8", "template": tpl,
                   "flags": flags, "is_article": False, "relevant": False, "title": "", "lead": "", "author": None,
                   "published_at": None, "time_shown": False, "text": ""}
        raw = enc_1258(html_s) if rec["encoding"] == "windows-1258" else html_s.encode("utf-8")
        (HERE / rec["file"]).write_bytes(raw)
        truth.append(rec)
        # ---- validation
        f = rec["file"]
        if len(raw) < 8192:
            problems.append(f"{f}: size {len(raw)} < 8KB")
        vis = visible(raw.decode(rec["encoding"]))
        if kind == "l":
            continue
        for lab, val in (("title", title), ("lead", lead)):
            if val and val not in vis:
                problems.append(f"{f}: {lab} not visible")
        for line in text.split("\n"):
            if not line:
                continue
            for part in line.split(" | "):
                if part not in vis:
                    problems.append(f"{f}: text line not visible: {part[:50]}")
        if author:
            for nm in author.split(", "):
                if nm not in vis:
                    problems.append(f"{f}: author {nm} not visible")
        elif credit not in vis:
            problems.append(f"{f}: credit not visible")
        ds = FMT[tpl](pub)
        if ds not in vis:
            problems.append(f"{f}: date string {ds!r} not visible")
        hh = f"{pub:%H:%M}"
        h12s = f"{h12(pub)[0]}:{pub:%M}"
        shown_t = hh in vis or (h12s in ds and h12s in vis)
        if shown_t != ts:
            problems.append(f"{f}: time_shown {ts} but HH:MM visible={shown_t}")
        if not ts and (pub.hour or pub.minute):
            problems.append(f"{f}: date-only page with non-midnight time")
        wc = words(text)
        if "short" in flags and not 90 <= wc <= 180:
            problems.append(f"{f}: short but {wc} words")
        elif "long" in flags and wc < 1500:
            problems.append(f"{f}: long but {wc} words")
        elif "short" not in flags and "long" not in flags and not 200 <= wc <= 700:
            problems.append(f"{f}: {wc} words outside 200-700")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tpls = {r["template"] for r in truth}
    print(f"{len(truth)} pages, {len(tpls)} templates, {sum(r['is_article'] for r in truth)} articles, {sum(not r['is_article'] for r in truth)} listings")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
