"""Build the holdout2 evaluation pages and truth.json, then validate them.

Run: python3 tests/data/holdout2/build.py   (writes pages/ and truth.json next to this file)
All texts are invented; the markup imitates real products (see README.md for sources).
"""
from __future__ import annotations

import html as htmlmod
import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tpl_a  # noqa: E402
import tpl_b  # noqa: E402
import tpl_c  # noqa: E402
from common import css_blob, parse, sitemap, to_1258, truth_text  # noqa: E402
from texts_a import A  # noqa: E402
from texts_b import B  # noqa: E402
from texts_c import EXTRA, NEW  # noqa: E402

ART = {**A, **B, **NEW}
ART["lr74b"] = dict(
    title="Lễ hội trái cây Long Khánh thu hút hàng chục nghìn lượt khách",
    lead="Sau 5 ngày diễn ra, lễ hội ghi nhận khoảng 85.000 lượt khách tham quan, mua sắm và thưởng thức trái cây tại vườn.",
    author="Hoàng Lộc", pub="2024-06-17 18:30", rel=False,
    body=[
        "Lễ hội năm nay có hơn 120 gian hàng của các nhà vườn, hợp tác xã trong và ngoài tỉnh, trưng bày các loại trái cây đặc sản như chôm chôm, sầu riêng, măng cụt, bòn bon và chuối.",
        "Điểm nhấn của lễ hội là cuộc thi mâm ngũ quả nghệ thuật và hội thi trái cây ngon. Giải nhất cuộc thi trái cây ngon thuộc về nhà vườn ở xã Bình Lộc với sản phẩm sầu riêng Ri6.",
        "Nhiều du khách từ TP HCM cho biết đến lễ hội không chỉ để ăn trái cây mà còn để trải nghiệm không khí miệt vườn, tham gia hái trái và nghỉ lại ở các homestay.",
        "Ban tổ chức cho biết lễ hội sẽ được tổ chức định kỳ hằng năm vào đầu mùa trái chín, góp phần quảng bá thương hiệu trái cây của địa phương.",
    ])
ART["vt2"] = dict(
    title="Cần Giờ chuẩn bị đón khách dịp nghỉ lễ 2/9",
    lead="",
    author="Minh Phúc", pub="2024-08-28 08:45", rel=False,
    body=[
        "Để phục vụ du khách trong dịp nghỉ lễ Quốc khánh, huyện Cần Giờ đã yêu cầu các cơ sở lưu trú, nhà hàng niêm yết giá công khai, không được tăng giá bất hợp lý.",
        "Lực lượng cứu hộ được bố trí thường trực tại bãi biển 30/4 và khu du lịch sinh thái Vàm Sát. Các phà, đò ngang được kiểm tra an toàn trước khi hoạt động.",
        "Theo dự báo, lượng khách đến huyện trong dịp lễ có thể lên tới 60.000 lượt, tăng khoảng 15% so với cùng kỳ năm trước. Huyện khuyến cáo du khách đặt phòng sớm và theo dõi lịch thủy triều.",
        "Phòng Kinh tế huyện sẽ phối hợp với quản lý thị trường kiểm tra an toàn thực phẩm tại các nhà hàng hải sản.",
    ])

# Overrides: truth author vs byline as displayed, date-only pages.
ART["d10"].update(author="Hồ Sỹ Nam, Lê Thanh", show="Hồ Sỹ Nam - Lê Thanh")
ART["dt2"].update(author="Hải Đăng, Ngọc Lan", show="Hải Đăng - Ngọc Lan")
ART["emag"].update(author="Lò Văn Hải", show="Bài: Lò Văn Hải - Ảnh: Trần Quý")
ART["vt"].update(author=None, show="Văn phòng HĐND-UBND huyện")
ART["vt2"].update(show="Minh Phúc")
ART["hugo"].update(author=None, show="Ban biên tập")
ART["astra"].update(author="Lương Đình Hiếu", pub="2024-09-16 00:00")
ART["cmc"].update(author="Vũ Đức Thắng")
ART["j25"].update(pub="2019-05-30 07:12")
ART["nuxt"].update(show="Theo Minh Thư (Báo Long An)")
for k, extra in EXTRA.items():
    ART[k]["body"] = ART[k]["body"] + extra
for v in ART.values():
    v["d"] = parse(v["pub"])

NO_TIME = {"astra", "font", "fp", "hugo"}

# (template, renderer, article key or None for a listing, url, encoding, flags)
PAGES = [
    ("sharepoint2010", tpl_a.sharepoint2010, "sp1", "https://stttt.binhphuoc.example-tinh.gov.vn/Pages/van-ban-lien-thong-bon-cap.aspx", "utf-8", ["s4_workspace", "ms_rtestate_field", "sa_ch_12h_clock", "caption_table_in_body", "pull_quote"]),
    ("sharepoint2010", tpl_a.sharepoint2010, "sp2", "https://stc.binhphuoc.example-tinh.gov.vn/Pages/tap-huan-quyet-toan-2023.aspx", "utf-8", ["cap_nhat_label", "sa_clock", "nguon_line_no_author", "no_lead", "off_topic"]),
    ("dnn9-evoq", tpl_a.dnn9, "dnn", "https://stp.camau.example-tinh.gov.vn/tin-tuc/ArticleId/1024/so-hoa-ho-tich", "utf-8", ["easydnnnews", "seconds", "weekday_prefix", "bold_last_line_author", "related_dates_later"]),
    ("nukeviet3", tpl_a.nukeviet3, "nv3", "https://lucyen.example-tinh.gov.vn/news/chuyen-doi-so/cho-4-0-thanh-toan-khong-dung-tien-mat-388.html", "utf-8", ["weekday_dash_date", "hometext_lead", "nguon_tin_line", "newer_older_lists"]),
    ("nukeviet3", tpl_a.nukeviet3, None, "https://lucyen.example-tinh.gov.vn/news/chuyen-doi-so/", "utf-8", ["listing", "news_column_items"]),
    ("wp-newspaper", tpl_a.wp_newspaper, "td1", "https://tinlamdong24h.example.vn/da-lat-thi-diem-bai-do-xe-thong-minh/", "utf-8", ["tagdiv_td_post_content", "utc_datetime_attr", "date_only_visible", "author_box", "comments_with_dates"]),
    ("wp-newspaper", tpl_a.wp_newspaper, "td2", "https://tinlamdong24h.example.vn/giai-chay-vi-tre-em-vung-cao/", "utf-8", ["tagdiv_td_post_content", "month_word_date", "off_topic"]),
    ("wp-jnews", tpl_a.wp_jnews, "jn", "https://kinhteso.bacninh.example.vn/doanh-nghiep-nho-dung-ke-toan-dam-may/", "utf-8", ["jnews_content_inner", "meta_published_time_utc", "date_only_visible", "subtitle_lead", "share_bar"]),
    ("wp-flatsome", tpl_a.wp_flatsome, "fs", "https://htxchetancuong.example.vn/htx-che-tan-cuong-ban-hang-qua-san-tmdt/", "utf-8", ["flatsome_entry_content", "lead_inside_body_strong", "updated_date_trap", "woocommerce_header"]),
    ("wp-astra-blocks", tpl_a.wp_astra, "astra", "https://thptchuvanan.example.edu.vn/hoc-ba-so/", "utf-8", ["gutenberg_blocks", "date_only", "modified_date_trap", "no_lead", "list_in_body"]),
    ("wp-elementor", tpl_a.wp_elementor, "elem", "https://capnuochaiduong.example.vn/ra-mat-ung-dung-bao-su-co/", "utf-8", ["elementor_widgets", "date_and_time_separate", "sang_clock", "nhom_pv"]),
    ("joomla5", tpl_a.joomla5, "j5", "https://stttt.quangtri.example-tinh.gov.vn/tin-tuc/cap-4000-chu-ky-so", "utf-8", ["cassiopeia", "datetime_attr_time_only", "date_only_visible", "table_in_body", "lead_inside_body_strong"]),
    ("joomla25", tpl_a.joomla25, "j25", "https://phuluong.example-tinh.gov.vn/thong-bao/lich-tiep-cong-dan-thang-6", "utf-8", ["beez_20", "viet_boi_administrator", "weekday_month_word", "no_lead", "off_topic"]),
    ("drupal10-olivero", tpl_a.drupal10, "d10", "https://stnmt.nghean.example-tinh.gov.vn/tin-tuc/chuan-hoa-du-lieu-dat-dai", "utf-8", ["olivero", "utc_Z_datetime", "username_vs_byline", "two_authors_dash"]),
    ("liferay74-dxp", tpl_a.liferay74, "lr74", "https://dongnai.example-tinh.gov.vn/web/guest/tin-tuc/-/trung-tam-giam-sat-an-toan-thong-tin", "utf-8", ["fragments", "journal_content_portlet", "collection_display_sidebar", "pull_quote"]),
    ("liferay74-dxp", tpl_a.liferay74, "lr74b", "https://dongnai.example-tinh.gov.vn/web/guest/tin-tuc/-/le-hoi-trai-cay-long-khanh", "utf-8", ["fragments", "journal_content_portlet", "off_topic"]),
    ("vccorp-kenh14", tpl_b.vccorp_kenh14, "knc", "https://kenhxanh.example.vn/tram-sac-xe-dien-doc-quoc-lo-1-215240527064512345.chn", "utf-8", ["knc_content", "am_clock", "theo_outlet_source", "related_box_before_body", "off_topic"]),
    ("vccorp-cafef", tpl_b.vccorp_cafef, "soha", "https://suckhoeso.example.vn/ai-chan-doan-x-quang-tram-y-te-xa-son-la-188250328120000123.chn", "utf-8", ["pdate_dash_pm", "pv_byline", "sapo_h2"]),
    ("dantri-like", tpl_b.dantri, "dt1", "https://dantrixanh.example.vn/xa-hoi/nguoi-cao-tuoi-thai-binh-hoc-dung-dien-thoai-20241114192000.htm", "utf-8", ["author_time_datetime_attr", "weekday_dash_time", "comment_wrapper_class", "dan_tri_prefix_in_sapo"]),
    ("dantri-like", tpl_b.dantri, "dt2", "https://dantrixanh.example.vn/xa-hoi/kien-giang-dung-flycam-giam-sat-rung-20250122083500.htm", "utf-8", ["two_authors_dash", "weekday_dash_time", "dan_tri_prefix_in_sapo"]),
    ("dantri-like", tpl_b.dantri, None, "https://dantrixanh.example.vn/cong-nghe.htm", "utf-8", ["listing", "article_item_list"]),
    ("vietnamnet-like", tpl_b.vietnamnet, "vnn", "https://vietnamnetxanh.example.vn/binh-dan-hoc-vu-so-ha-giang-2388210.html", "utf-8", ["jsonld_person", "weekday_dash_time", "author_after_body", "comment_box"]),
    ("znews-like", tpl_b.znews, "zn", "https://znewsxanh.example.vn/khanh-hoa-lap-camera-ai-post1473021.html", "utf-8", ["time_before_date", "single_digit_month", "jsonld_author_organization", "no_lead"]),
    ("baochinhphu-like", tpl_b.baochinhphu, "bcp", "https://baochinhphu.example.vn/thu-tuong-chi-dao-ket-noi-csdl-dan-cu-102250624171206.htm", "utf-8", ["seconds", "related_link_inside_body", "bold_paragraph_heading"]),
    ("ministry-portal", tpl_b.ministry_portal, "bo", "https://most.example.gov.vn/tin-tuc-su-kien/bo-tieu-chi-chuyen-doi-so-doanh-nghiep-khcn", "utf-8", ["ngay_label", "org_byline_no_author", "marquee_ticker", "list_in_body"]),
    ("egov-fpt", tpl_b.egov_fpt, "fpt", "https://haichau.example-tinh.gov.vn/Pages/chi-tiet-tin.aspx?ItemID=48213&CatID=12", "utf-8", ["aspnetform_whole_body", "ngay_xuat_ban_label", "seconds", "rating_form"]),
    ("egov-vnpt-iportal2", tpl_b.egov_vnpt2, "vnpt", "https://tayninh.example-tinh.gov.vn/tin-tuc/-/view-content/9055/kho-du-lieu-dung-chung", "utf-8", ["thoi_gian_dang_label", "date_pipe_time", "nguon_line", "listen_button"]),
    ("egov-vnpt-iportal2", tpl_b.egov_vnpt2, None, "https://tayninh.example-tinh.gov.vn/chuyen-doi-so", "utf-8", ["listing", "date_pipe_time"]),
    ("egov-viettel-vportal", tpl_b.egov_viettel_voffice, "vt", "https://cangio.example-tinh.gov.vn/tin-tuc/hoi-nghi-truc-tuyen-7-xa", "utf-8", ["dang_luc_time_ngay_date", "org_byline_no_author", "attachment", "no_lead"]),
    ("egov-viettel-vportal", tpl_b.egov_viettel_voffice, "vt2", "https://cangio.example-tinh.gov.vn/tin-tuc/chuan-bi-don-khach-2-9", "utf-8", ["dang_luc_time_ngay_date", "italic_author_last_line", "no_lead", "off_topic"]),
    ("egov-cmc", tpl_b.egov_cmc, "cmc", "https://soyte.hanam.example-tinh.gov.vn/tin-tuc/benh-an-dien-tu.html", "utf-8", ["ngay_thang_nam_luc", "tac_gia_label"]),
    ("smartcity-ioc", tpl_b.smartcity_hues, "hues", "https://ioc.example-tinh.gov.vn/tin-tuc/phan-anh-hien-truong-quy-3", "utf-8", ["two_digit_year", "pm_clock", "table_in_body", "stats_widget"]),
    ("php-font-1258", tpl_b.php_font_1258, "font", "http://tanphu.example-xa.gov.vn/chitiet.php?id=131", "windows-1258", ["windows-1258", "decomposed_tone_marks", "font_tags", "table_layout", "date_only", "bold_last_line_author"]),
    ("php-font-1258", tpl_b.php_font_1258, "font2", "http://tanphu.example-xa.gov.vn/chitiet.php?id=118", "windows-1258", ["windows-1258", "decomposed_tone_marks", "font_tags", "table_layout", "hour_g_minute_clock", "org_signature_no_author", "no_lead"]),
    ("frontpage-static", tpl_b.frontpage_static, "fp", "http://pgd.example-huyen.edu.vn/ketqua_hsg_2007.htm", "utf-8", ["declared_charset_wrong", "meta_says_windows-1258_bytes_utf8", "frontpage_borders", "date_only", "off_topic"]),
    ("blogger", tpl_c.blogger, "blog", "https://sotaylangchai.blogspot.example.vn/2024/08/mot-ngay-theo-chan-to-cong-nghe-so.html", "utf-8", ["date_header_weekday", "abbr_published_iso", "br_paragraphs", "dang_boi_footer"]),
    ("ghost", tpl_c.ghost, "ghost", "https://dulieu.example.vn/ba-bai-hoc-cong-du-lieu-mo/", "utf-8", ["gh_content", "jsonld_utc_Z", "date_only_visible", "headings_in_body"]),
    ("hugo-static", tpl_c.hugo, "hugo", "https://sotaydvc.example.vn/huong-dan/tra-cuu-ho-so-bang-ma-qr/", "utf-8", ["papermod", "date_only", "toc_box", "ordered_list", "ban_bien_tap_no_author"]),
    ("nuxt2-ssr", tpl_c.nuxt, "nuxt", "https://longanonline.example.vn/an-sinh/chi-tra-tro-cap-qua-tai-khoan-55821", "utf-8", ["__NUXT__state_with_html", "utc_Z_in_state", "theo_person_outlet_byline"]),
    ("mobile-msite", tpl_c.msite, "msite", "https://m.baophuyen.example.vn/tin/phu-yen-khai-truong-tong-dai-1022-8821.html", "utf-8", ["gmt7_suffix", "mobile_layout"]),
    ("amp-news", tpl_c.amp_news, "amp", "https://nongnghiep.example.vn/amp/nhat-ky-dien-tu-xuat-khau-xoai-d41233.html", "utf-8", ["amp_html", "sang_clock", "jsonld_author_list"]),
    ("phpbb3", tpl_c.phpbb3, "phpbb", "https://otothainguyen.example.vn/viewtopic.php?t=5120", "utf-8", ["forum", "first_post", "pm_clock", "utc_datetime_attr", "replies_later_dates", "signature"]),
    ("xenforo1", tpl_c.xenforo1, "xf1", "https://nhanong.example.vn/threads/hoi-ve-chuong-trinh.3312/", "utf-8", ["forum", "two_digit_year", "time_in_title_attr_only", "messageText"]),
    ("discourse", tpl_c.discourse, "disc", "https://forum.chinhquyenso.example.vn/t/de-xuat-chuan-hoa-ten-truong-dia-chi/612", "utf-8", ["forum", "crawler_view", "visible_utc_date_previous_day", "english_month"]),
    ("discourse", tpl_c.discourse, None, "https://forum.chinhquyenso.example.vn/latest", "utf-8", ["listing", "topic_list"]),
    ("pdf-embed-notice", tpl_c.pdf_notice, "pdf", "https://vpubnd.example-tinh.gov.vn/thong-bao/qd-2184-danh-muc-tthc-toan-trinh", "utf-8", ["short_text", "pdf_object_iframe", "dang_luc_label", "doc_info_table"]),
    ("emagazine-longform", tpl_c.emagazine_long, "emag", "https://baolaichau.example.vn/emagazine/nhung-con-so-thay-doi-mot-vung-bien-11822.html", "utf-8", ["large_page", "base64_image_large", "bai_anh_byline", "jsonld_date", "date_only_visible"]),
    ("php-comment-wrapper", tpl_c.php_commentwrap, "cmt", "https://baovinhphuc.example.vn/kinh-te/ma-dia-chi-so-vinh-yen-60218.html", "utf-8", ["wrapper_class_contains_comment", "weekday_pipe_time", "comments_with_dates", "jsonld_person_inside_organization"]),
]


# Extra boilerplate some products carry: site-map footers / mega menus and inline CSS.
SITEMAP = {"dantri-like": "dt-footer-menu", "vietnamnet-like": "footer__sitemap", "znews-like": "site-map",
           "vccorp-kenh14": "kbwf-menu", "vccorp-cafef": "footer-menu", "baochinhphu-like": "footer__menu",
           "mobile-msite": "m-allcate", "wp-newspaper": "td-footer-menu", "wp-jnews": "jeg_footer_menu",
           "egov-vnpt-iportal2": "footer-links", "php-comment-wrapper": "foot-menu", "amp-news": "amp-menu",
           "nuxt2-ssr": "footer-nav", "liferay74-dxp": "footer-sitemap", "drupal10-olivero": "menu--footer"}
CSS = {"wp-newspaper", "wp-jnews", "wp-flatsome", "wp-astra-blocks", "wp-elementor", "dantri-like", "vccorp-kenh14",
       "nuxt2-ssr", "ghost", "liferay74-dxp", "joomla5"}


def decorate(tpl: str, html: str, key: str) -> str:
    if tpl in SITEMAP:
        i = html.rfind("</body>")
        html = html[:i] + sitemap(SITEMAP[tpl], key) + "\n" + html[i:]
    if tpl in CSS:
        i = html.find("</head>")
        html = html[:i] + css_blob(key) + "\n" + html[i:]
    return html


class _Text(HTMLParser):
    SKIP = {"script", "style", "head", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("p", "div", "br", "li", "td", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "section", "article", "ul", "ol", "time"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(html: str) -> str:
    p = _Text()
    p.feed(html)
    return norm(" ".join(p.out))


def build() -> list[dict]:
    out = HERE / "pages"
    out.mkdir(exist_ok=True)
    for f in out.glob("*.html"):
        f.unlink()
    truth, evidence = [], {}
    for i, (tpl, fn, key, url, enc, flags) in enumerate(PAGES, 1):
        a = ART[key] if key else None
        html, ev = fn(a, url, key or f"list{i}")
        html = decorate(tpl, html, key or f"list{i}")
        name = f"pages/{i:03d}-{tpl}.html"
        data = to_1258(html) if enc == "windows-1258" else html.encode("utf-8")
        (HERE / name).write_bytes(data)
        if a:
            rec = dict(file=name, url=url, encoding=enc, template=tpl, flags=flags, is_article=True, relevant=a["rel"],
                       title=a["title"], lead=a["lead"], author=a["author"],
                       published_at=a["d"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), time_shown=key not in NO_TIME,
                       text=truth_text(a["body"]))
        else:
            rec = dict(file=name, url=url, encoding=enc, template=tpl, flags=flags, is_article=False, relevant=False,
                       title="", lead="", author=None, published_at=None, time_shown=False, text="")
        truth.append(rec)
        evidence[name] = (ev, a)
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth, evidence


def check(truth, evidence) -> int:
    bad = 0
    for rec in truth:
        raw = (HERE / rec["file"]).read_bytes()
        enc = "cp1258" if rec["encoding"] == "windows-1258" else "utf-8"
        html = unicodedata.normalize("NFC", raw.decode(enc))
        html_unesc = norm(htmlmod.unescape(html))
        vis = visible(html)
        errs = []
        ev, a = evidence[rec["file"]]
        if rec["is_article"]:
            if norm(rec["title"]) not in vis:
                errs.append("title")
            if rec["lead"] and norm(rec["lead"]) not in vis:
                errs.append("lead")
            for para in rec["text"].split("\n\n"):
                for line in para.split("\n"):
                    if norm(line) not in vis:
                        errs.append("text: " + line[:50])
            if rec["author"]:
                for name in rec["author"].split(", "):
                    if norm(name) not in vis:
                        errs.append("author " + name)
            if not ev:
                errs.append("no date evidence")
            for s in ev:
                if norm(s) not in html_unesc:
                    errs.append("date evidence missing: " + s)
            # the date shown must encode the truth's day
            d = a["d"]
            day_forms = [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d.year}", f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}", f"{d:%d/%m/%y}", f"{d.day}/{d.month}/{d:%y}",
                         f"{d.day} Tháng {d.month}", f"{d.day} thg {d.month}", f"{d.day} tháng {d.month}", f"Tháng {['Một','Hai','Ba','Tư','Năm','Sáu','Bảy','Tám','Chín','Mười','Mười Một','Mười Hai'][d.month-1]} {d.day},",
                         f"{d:%d} tháng {d:%m} năm", f"{d:%d} Th{d.month:02d}, {d.year}", f"{d:%d} Tháng {d.month} {d.year}"]
            utc = d - __import__("datetime").timedelta(hours=7)
            day_forms += [f"{utc:%Y-%m-%d}"]
            if not any(f in " ".join(ev) for f in day_forms):
                errs.append("date evidence does not show the truth day: " + repr(ev))
            if rec["time_shown"]:
                hm = [f"{d.hour}g{d:%M}", f"{d:%H:%M}", f"{d.hour % 12 or 12}:{d:%M}", f"{d.hour % 12 or 12:02d}:{d:%M}", f"{utc:%H:%M}"]
                if not any(x in " ".join(ev) for x in hm):
                    errs.append("time not in evidence")
            else:
                if d.hour or d.minute:
                    errs.append("date-only page with a time in truth")
            n = len(rec["text"].split())
            if n < 40:
                errs.append(f"short text {n} words")
        if errs:
            bad += 1
            print(rec["file"], errs)
    return bad


if __name__ == "__main__":
    t, e = build()
    bad = check(t, e)
    arts = [r for r in t if r["is_article"]]
    print(f"{len(t)} pages, {len({r['template'] for r in t})} templates, {len(arts)} articles "
          f"({sum(not r['relevant'] for r in arts)} off-topic), {len(t) - len(arts)} listings; problems: {bad}")
    sys.exit(1 if bad else 0)
