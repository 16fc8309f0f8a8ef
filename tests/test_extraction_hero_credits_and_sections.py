"""Held-out misses of round sixteen's third measure (holdout20, holdout21), on our own markup:

- an e-magazine whose headline sits in its hero's "caption" block: the caption strip rule took
  the headline away, and with it the credit box and the dateline under it;
- ``Name/VOV-Tây Bắc`` closing the body above a Drupal "Thẻ" label gave no author;
- a section page whose menu links to it by a number, its breadcrumb ending with its name;
- an office's about page whose contacts are a staff table of phone numbers;
- a credit or a dateline wrapped across the page source's lines was read as two lines.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PROSE = [
    "Ba năm trước, nhiều xã vùng cao của tỉnh chỉ có hai chiếc máy tính dùng chung cho cả bộ "
    "phận một cửa, người dân phải đi hàng chục cây số để nộp một bộ hồ sơ giấy.",
    "Nay mỗi xã đã có điểm phục vụ dịch vụ công trực tuyến, tổ công nghệ số cộng đồng ở từng "
    "bản hướng dẫn bà con cài đặt ứng dụng và nộp hồ sơ ngay trên điện thoại.",
    "Tỷ lệ hồ sơ trực tuyến toàn trình của cấp xã tăng từ dưới mười phần trăm lên hơn sáu mươi "
    "phần trăm, thời gian trả kết quả rút ngắn còn một nửa so với trước.",
]
HEADLINE = "Chính quyền số từ bản làng: hành trình ba năm của tỉnh vùng cao"


def test_a_headline_inside_a_hero_caption_keeps_its_credits_and_date() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<section class="emag-hero"><img src="/hero.jpg"><div class="emag-hero-caption">
<span class="emag-label">E-MAGAZINE</span><h1 class="emag-title">{HEADLINE}</h1></div></section>
<div class="emag-credit">
<p>Nội dung: Đinh Ngọc Bích, Lương Văn Sáng | Ảnh: Hà Mạnh | Thiết kế: Bảo Châu</p>
<p class="emag-date">Ngày xuất bản: 01/10/2025 - 06:00</p></div>
<article class="emag-content">{body * 3}</article></body></html>"""
    got = extract_article(page.encode(), "https://tinh.example.vn/emagazine/ban-lang-1962.html")
    assert got.title == HEADLINE
    assert got.published_at == datetime(2025, 10, 1, 6, 0, tzinfo=VN)
    assert got.author == "Đinh Ngọc Bích, Lương Văn Sáng"


def test_a_closing_name_with_its_outlet_above_a_field_label() -> None:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<article class="node"><h1>{HEADLINE}</h1><div class="node__meta">14:45 - 18/11/2024</div>
<div class="field field--name-body">{body}<p style="text-align:right"><strong>Kiều Anh
Dũng/VOV-Tây Bắc</strong></p></div><div class="field field--name-field-tags">
<div class="field__label">Thẻ</div><div class="field__items"><div class="field__item">
<a href="/the/4g">4G</a></div></div></div></article></body></html>"""
    got = extract_article(page.encode(), "https://huyen.example.vn/tin-tuc/phu-song-4g")
    assert got.author == "Kiều Anh Dũng"
    assert got.text == "\n\n".join(PROSE)


def _section(url: str, headline: str, crumb: str) -> bytes:
    teasers = "".join(
        f'<div class="item"><h3><a href="/tin/{900 + i}.html">Xã vùng cao số {i} đưa dịch vụ '
        f'công trực tuyến về từng bản</a></h3><p>Tóm tắt ngắn của bài số {i}.</p></div>'
        for i in range(8))
    intro = " ".join(PROSE) + " " + " ".join(PROSE)
    return f"""<html><head><meta charset="utf-8"><title>{headline} - Cổng TTĐT tỉnh</title>
<meta property="og:type" content="article"></head><body><div class="menu"><ul>
<li><a href="/0">Trang chủ</a></li><li><a href="/6">Chuyển đổi số</a></li>
<li><a href="/7">Thủ tục hành chính</a></li></ul></div>
<div class="breadcrumb"><a href="/">Trang chủ</a> › {crumb}</div>
<div class="category-page"><h1 class="category-title">{headline}</h1>
<div class="category-intro"><p>{intro}</p></div>{teasers}</div></body></html>""".encode()


def test_a_section_page_named_by_its_menu_entry_and_breadcrumb() -> None:
    url = "https://tinh.example.vn/Pages/chuyen-doi-so.aspx"
    got = extract_article(_section(url, "Chuyển đổi số", "<span>Chuyển đổi số</span>"), url)
    assert not got.is_article
    assert "the section page 'Chuyển đổi số'" in got.reason


def test_a_story_under_the_section_stays_an_article() -> None:
    url = "https://tinh.example.vn/Pages/chuyen-doi-so-tai-ban-lang.aspx"
    got = extract_article(_section(url, "Chuyển đổi số tại bản làng vùng cao của tỉnh",
                                   '<a href="/6">Chuyển đổi số</a>'), url)
    assert "the section page" not in (got.reason or "")


def test_an_about_page_with_a_staff_table_is_no_article() -> None:
    rows = "".join(f"<tr><td>{role}</td><td>{name}</td><td>0206.385.000{i}</td></tr>"
                   for i, (role, name) in enumerate([("Giám đốc", "Nông Đức Thịnh"),
                                                     ("Phó Giám đốc", "Lâm Thị Hà")], 1))
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"""<html><head><meta charset="utf-8"><title>Giới thiệu</title></head><body>
<div id="dnn_ContentPane"><h1>Trung tâm Chuyển đổi số tỉnh</h1>{body}
<table><tr><th>Chức vụ</th><th>Họ tên</th><th>Điện thoại</th></tr>{rows}</table>
<p>Địa chỉ: Số 18 đường Hoàng Văn Thụ, tỉnh Cao Lâm.</p></div></body></html>"""
    got = extract_article(page.encode(), "https://cds.example.vn/gioi-thieu")
    assert not got.is_article
    assert got.reason == "not_article: about_page"


def test_line_breaks_in_the_page_source_are_spaces() -> None:
    """A credit and a dateline wrapped across the source's lines are read as one line each."""
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<h1>{HEADLINE}</h1><div class="credit"><p>Nội dung: Đinh Ngọc Bích | Ảnh: Hà Mạnh | Thiết kế:
Bảo Châu</p><p class="date">Ngày
đăng: 01/10/2025 -
06:00</p></div><article>{body}</article></body></html>"""
    got = extract_article(page.encode(), "https://tinh.example.vn/tin/ban-lang-1963.html")
    assert got.author == "Đinh Ngọc Bích"
    assert got.published_at == datetime(2025, 10, 1, 6, 0, tzinfo=VN)
