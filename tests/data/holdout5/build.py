"""Build and validate the holdout5 corpus: writes pages/*.html and truth.json, prints problems."""
import json
import re
import sys
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from lxml import etree, html

sys.path.insert(0, str(Path(__file__).parent))
import render
from texts import A

HERE = Path(__file__).parent
TZ = timezone(timedelta(hours=7))
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def ampm(dt, am, pm):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {am if dt.hour < 12 else pm}"


FMT = {
    "kadence": lambda d: f"{WD[d.weekday()]}, {d:%d/%m/%Y - %H:%M}",
    "blocksy": lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "sveltekit": lambda d: f"{d:%H:%M %d/%m/%Y}",
    "webflow": lambda d: f"{d:%d/%m/%y} lúc {d:%H:%M}",
    "odoo": lambda d: f"{d:%d/%m/%Y} {d.hour % 12 or 12:02d}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}",
    "bitrix": lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    "moodle": lambda d: f"{WD[d.weekday()]}, {d.day} tháng {d.month} {d.year}, {ampm(d, 'SA', 'CH')}",
    "confluence": lambda d: f"{d:%d/%m/%Y, %H:%M:%S}",
    "aspnet": lambda d: f"{d:%d/%m/%Y - %H:%M} GMT+7",
    "ptth": lambda d: f"{ampm(d, 'AM', 'PM')}, {d:%d/%m/%Y}",
    "ministry": lambda d: f"{d:%d/%m/%Y %H:%M:%S}",
    "university": lambda d: f"{WD[d.weekday()]}, {d:%d/%m/%Y} | {d:%H:%M}",
    "youth": lambda d: f"{d:%d/%m/%Y} lúc {d:%H:%M}",
    "zalo": lambda d: f"{d:%d/%m/%Y}",
    "gsites": lambda d: f"{d:%d/%m/%Y}, {ampm(d, 'sáng', 'chiều').replace(' ', ' ')}",
    "remix": lambda d: f"{WD[d.weekday()]}, {d:%d/%m/%Y, %H:%M} (GMT+7)",
    "domino": lambda d: f"{d:%H:%M:%S, %d/%m/%Y}",
    "websphere": lambda d: f"{WD[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year} | {d:%H:%M}",
}

# template, url path, datetime, truth author, credit as printed, time_shown, flags
ART = [
    ("kadence", "/chuyen-doi-so/ha-tinh-dua-120-thu-tuc-len-ung-dung-di-dong.html", (2026, 12, 3, 15, 42), "Nguyễn Thị Lan Hương", None, True,
     ["header_today_date", "sidebar_tin_moi", "sidebar_xem_nhieu", "related_box", "share_bar", "weekday_prefix", "lead_bold_in_container", "label_tac_gia"]),
    ("blocksy", "/kinh-te-so/hoa-don-dien-tu-may-tinh-tien-bac-ninh/", (2026, 12, 2, 9, 15), "Trần Minh Khôi", None, True,
     ["utc_z_meta_time", "jsonld_person", "comments_with_dates", "date_only_visible", "lead_italic_in_body", "sidebar_tin_moi"]),
    ("sveltekit", "/do-thi/den-giao-thong-thong-minh-can-tho", (2026, 12, 1, 8, 5), "Lê Quang Vinh", "Bài, ảnh: Lê Quang Vinh", True,
     ["time_first", "byline_bai_anh", "bold_right_byline", "caption", "quote_in_body", "heading_none"]),
    ("webflow", "/post/le-hoi-banh-dan-gian-nam-bo", (2026, 11, 30, 19, 30), "Phạm Thu Trang, Đỗ Hải Nam", "Phạm Thu Trang - Đỗ Hải Nam", True,
     ["off_topic", "two_digit_year", "luc_separator", "byline_dash_pair", "more_posts_later_dates"]),
    ("odoo", "/blog/tin-tuc-2/htx-rau-an-toan-lam-dong-thuong-mai-dien-tu-57", (2026, 11, 29, 14, 20), "Hoàng Anh Tuấn", None, True,
     ["cms_account_admin", "author_box_after_body", "sa_ch_time", "sidebar_tin_moi"]),
    ("bitrix", "/news/hai-duong-so-hoa-hai-trieu-trang-ho-so/", (2026, 11, 28), "Vũ Thành Đạt", "Theo Vũ Thành Đạt (Báo Hải Dương)", False,
     ["date_only", "ngay_thang_nam", "byline_theo_outlet", "label_cap_nhat"]),
    ("moodle", "/mod/forum/discuss.php?d=1187", (2026, 11, 27, 10, 47), "Đặng Thu Hà", None, True,
     ["forum_thread", "replies_with_later_dates", "list_in_body", "weekday_prefix", "sa_ch_time", "no_lead"]),
    ("confluence", "/display/TT/2026/11/26/kho-du-lieu-dung-chung", (2026, 11, 26, 16, 30, 12), "Bùi Văn Long", "Phóng viên: Bùi Văn Long", True,
     ["cms_account_editor01", "seconds", "label_ngay_xuat_ban", "cap_nhat_lan_cuoi_trap", "comments_with_dates", "byline_phong_vien"]),
    ("aspnet", "/tin-tuc/chi-tiet.aspx?id=61234", (2026, 11, 25, 7, 18), "Ngọc Mai", "Ngọc Mai (TTXVN)", True,
     ["aspnet_form", "gmt7_suffix", "ttxvn_lead_prefix", "byline_ttxvn", "bold_right_byline", "sidebar_tin_moi", "related_box"]),
    ("ptth", "/video/nong-dan-quang-tri-thu-hoach-lua-chay-lu-3321.html", (2026, 11, 24, 9, 30), None, "Ban Thời sự", True,
     ["off_topic", "video_player", "am_pm_time_first", "office_credit", "broadcast_schedule_times"]),
    ("ministry", "/portal/tin-tuc/ket-qua-danh-gia-chi-so-cds-cap-xa-2026", (2026, 11, 23, 14, 5, 33), None, "Nguồn: Vụ Chính quyền địa phương", True,
     ["table_in_body", "seconds", "label_ngay_dang", "office_credit", "jsp_portal"]),
    ("university", "/tin-tuc/phong-van/dao-tao-an-toan-thong-tin-can-bo-dia-phuong", (2026, 11, 21, 16, 20), "Lâm Ngọc Ánh", "Thực hiện: Lâm Ngọc Ánh", True,
     ["qa_interview_bold_questions", "weekday_prefix", "pipe_separator", "byline_thuc_hien", "sidebar_tin_moi"]),
    ("youth", "/tin-tuc/ra-quan-thanh-toan-khong-dung-tien-mat", (2026, 11, 20, 20, 15), "Nhóm PV", None, True,
     ["list_in_body", "label_thoi_gian_dang", "luc_separator", "byline_nhom_pv", "comments_with_dates", "sidebar_xem_nhieu"]),
    ("zalo", "/article/phuong-hoa-khanh-tiep-nhan-phan-anh-qua-zalo", (2026, 11, 19), None, "UBND phường Hòa Khánh", False,
     ["date_only", "office_credit", "oa_other_articles"]),
    ("gsites", "/view/phucat/tin-tuc/so-suc-khoe-dien-tu", (2026, 11, 18, 6, 45), None, "Theo Báo Bình Định", True,
     ["table_in_body", "sang_chieu_time", "label_cap_nhat", "office_credit_theo_bao"]),
    ("remix", "/chinh-quyen-so/chu-ky-so-mien-phi", (2026, 11, 30, 6, 10), "PV", None, True,
     ["byline_pv", "weekday_prefix", "gmt7_suffix", "comments_with_dates", "sidebar_tin_moi", "related_box"]),
    ("domino", "/tk/tintuc.nsf/0/8A1F2C3D4E5F6A7BC1258B2A00312345", (2026, 11, 17, 10, 5, 21), None, "Ban Biên tập", True,
     ["office_credit_ban_bien_tap", "time_first", "seconds", "label_cap_nhat", "table_layout", "heading_in_body"]),
    ("websphere", "/wps/portal/tin-tuc/chi-tra-luong-huu-qua-tai-khoan", (2026, 11, 16, 15, 40), "Đinh Hồng Nhung", None, True,
     ["bold_right_byline", "weekday_prefix", "ngay_thang_nam", "pipe_separator", "portal_columns"]),
]
LST = [("squarespace", "/tin-tuc", False, ["listing", "vietnamese_month_abbrev"]),
       ("nuxt3", "/chuyen-doi-so", True, ["listing", "time_first"]),
       ("mediawiki", "/wiki/Thể_loại:Tin_chuyển_đổi_số", False, ["listing", "category_page"])]


def block_text(kind, val):
    if kind == "ul":
        return "\n".join(val)
    if kind == "table":
        return "\n".join(" | ".join(r) for r in val)
    return val


def visible(doc_html):
    root = html.fromstring(doc_html)
    etree.strip_elements(root, etree.Comment, "script", "style", "head", with_tail=False)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", root.text_content())).strip()


def main():
    pages, truth, problems = HERE / "pages", [], []
    pages.mkdir(exist_ok=True)
    for p in pages.glob("*.html"):
        p.unlink()
    n = 0
    for tpl, path, dtt, author, raw, shown, flags in ART:
        n += 1
        a, dt = A[tpl], datetime(*dtt, tzinfo=TZ)
        ds = FMT[tpl](dt)
        c = {"author": author, "raw": raw or author, "ds": ds}
        doc = unicodedata.normalize("NFC", getattr(render, tpl)(a, dt, c))
        text = "\n\n".join(block_text(k, v) for k, v in a["blocks"])
        rec = {"file": f"pages/{n:03d}-{tpl}.html", "url": f"https://{tpl}.example.vn{path}", "encoding": "utf-8", "template": tpl,
                   "flags": flags, "is_article": True, "relevant": "off_topic" not in flags, "title": a["title"], "lead": a["lead"], "author": author,
                   "published_at": dt.isoformat() if len(dtt) > 3 else dt.strftime("%Y-%m-%dT00:00:00+07:00"), "time_shown": shown, "text": text}
        vis = visible(doc)
        need = [rec["title"], rec["lead"], *(author or raw).split(", "), ds if tpl != "blocksy" else f"{dt:%d/%m/%Y}"]
        need += [cell for blk in text.split("\n\n") for line in blk.split("\n") for cell in line.split(" | ")]
        for s in need:
            if s and re.sub(r"\s+", " ", s) not in vis:
                problems.append(f"{rec['file']}: not visible: {s[:60]!r}")
        if ds not in doc:
            problems.append(f"{rec['file']}: date string missing {ds!r}")
        words = len(text.split())
        if not 200 <= words <= 500:
            problems.append(f"{rec['file']}: body has {words} words")
        if shown != bool(re.search(r"\d{1,2}:\d{2}", doc)):
            problems.append(f"{rec['file']}: time_shown mismatch")
        truth.append((rec, doc))
    for tpl, path, shown, flags in LST:
        n += 1
        doc = unicodedata.normalize("NFC", getattr(render, tpl)({}))
        rec = {"file": f"pages/{n:03d}-{tpl}.html", "url": f"https://{tpl}.example.vn{path}", "encoding": "utf-8", "template": tpl,
                   "flags": flags, "is_article": False, "relevant": False, "title": "", "lead": "", "author": None, "published_at": None,
                   "time_shown": shown, "text": ""}
        if shown != bool(re.search(r"\d{1,2}:\d{2}", doc)):
            problems.append(f"{rec['file']}: time_shown mismatch")
        truth.append((rec, doc))
    for rec, doc in truth:
        data = doc.encode("utf-8")
        if len(data) < 8192:
            problems.append(f"{rec['file']}: only {len(data)} bytes")
        (HERE / rec["file"]).write_bytes(data)
    out = [r for r, _ in truth]
    (HERE / "truth.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    arts = sum(r["is_article"] for r in out)
    print(f"{len(out)} pages, {len({r['template'] for r in out})} templates, {arts} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
