"""Misses of round sixteen's last held-out measure (holdout22, holdout23), on our own markup:

- an ASP.NET page whose ``form`` the parser closes after the header: the ``form`` strip rule
  removed the headline and the dateline with it;
- an ASP.NET label's ``span`` headline, the site's name shown in the banner and the footer
  too: the ``<title>``'s site part was taken for the headline;
- ``og:title`` "Site - Headline" on a page without ``h1``: the site part was the title;
- a "page not found" whose apology is followed by suggested stories was an article.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
HEADLINE = "Xã Phú An khai trương phòng họp trực tuyến nối với huyện"
SITE = "Cổng thông tin điện tử xã Phú An"
PROSE = [
    "Sáng nay, xã Phú An đưa vào sử dụng phòng họp trực tuyến nối với Ủy ban nhân dân huyện, "
    "giúp cán bộ xã dự các cuộc họp mà không phải đi lại hàng chục cây số.",
    "Phòng họp có màn hình lớn, camera và hệ thống âm thanh, đường truyền riêng do doanh nghiệp "
    "viễn thông lắp đặt, bảo đảm an toàn thông tin cho các cuộc họp của chính quyền.",
    "Xã dự kiến dùng phòng họp cho cả các buổi tập huấn kỹ năng số cho cán bộ thôn và các buổi "
    "đối thoại trực tuyến giữa lãnh đạo huyện với người dân.",
]
BODY = "".join(f"<p>{p}</p>" for p in PROSE)


def test_a_form_closed_after_the_header_keeps_the_headline_and_dateline() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE} - {SITE}</title></head>
<body><form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" value="x">
<div class="news-title"><h2>{HEADLINE}</h2></div>
<div class="news-date">Thứ năm, 19/12/2013 | 15:30</div></form>
<div class="ms-rtestate-field">{BODY}</div></body></html>"""
    got = extract_article(page.encode(), "https://phuan.example.vn/Pages/tin-12.aspx")
    assert got.title == HEADLINE
    assert got.published_at == datetime(2013, 12, 19, 15, 30, tzinfo=VN)


def test_a_label_span_headline_beats_the_site_name_shown_twice() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE} - {SITE}</title></head>
<body><form id="form1"><div class="banner"><div class="site-name">{SITE}</div></div>
<table class="tblDetail"><tr><td><span id="lblTitle" class="TieuDe">{HEADLINE}</span><br>
<span id="lblNgay" class="NgayDang">Ngày 02/09/24 - 06:30 PM</span><br>
<span id="lblNoiDung">{BODY}</span></td></tr></table>
<div class="copyright"><p><b>{SITE}</b></p><p>Địa chỉ: xã Phú An</p></div></form>
</body></html>"""
    got = extract_article(page.encode(), "https://phuan.example.vn/ChiTiet.aspx?id=77")
    assert got.title == HEADLINE
    assert got.published_at == datetime(2024, 9, 2, 18, 30, tzinfo=VN)


def test_the_shown_part_of_a_site_and_headline_og_title() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>Bao Phu An - {HEADLINE}</title>
<meta property="og:title" content="Bao Phu An - {HEADLINE}"></head><body><table><tr>
<td class="title_detail"><font size="4"><b>{HEADLINE}</b></font></td></tr>
<tr><td><font size="1">Cập nhật lúc 9:30 tối, 15/03/2011</font></td></tr>
<tr><td>{BODY}</td></tr></table></body></html>"""
    got = extract_article(page.encode(), "https://baophuan.example.vn/i?id=3")
    assert got.title == HEADLINE
    assert got.published_at == datetime(2011, 3, 15, 21, 30, tzinfo=VN)


def test_a_not_found_page_with_suggested_stories_is_no_article() -> None:
    suggested = "".join(f"<p>{p}</p>" for p in PROSE * 4)
    page = f"""<html><head><meta charset="utf-8"><title>Không tìm thấy trang - {SITE}</title>
</head><body><div class="error-page"><h1>Không tìm thấy trang yêu cầu</h1><p>Đường dẫn bạn
truy cập không tồn tại hoặc bài viết đã được gỡ bỏ. Vui lòng quay lại trang chủ.</p></div>
<div class="suggest"><h3>Có thể bạn quan tâm</h3>{suggested}</div></body></html>"""
    got = extract_article(page.encode(), "https://phuan.example.vn/tin-tuc/khong-co-99.html")
    assert not got.is_article
    assert got.reason.startswith("error_page:")


def test_a_story_about_missing_records_stays_an_article() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<h1>Không tìm thấy hồ sơ gốc, xã số hóa lại sổ hộ tịch cũ</h1>
<div class="date">08:10 | 12/03/2025</div><div class="content">{BODY * 3}</div></body></html>"""
    got = extract_article(page.encode(), "https://phuan.example.vn/tin-tuc/so-hoa-so-ho-tich.html")
    assert got.is_article, got.reason
