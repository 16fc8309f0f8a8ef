"""Round sixteen: a Drupal 7 submitted line naming the CMS account after the body (the bold
name above it is the author), e-magazine credit boxes (the writers are the authors, never the
designers, graphics or video makers), Liferay portlet titles above the asset's own headline,
and old table-layout pages whose paragraphs are parted by ``<br><br>`` in one cell."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.credits import role_credit, usable

PROSE = [
    "Sở Thông tin và Truyền thông vừa tổ chức hội nghị sơ kết sáu tháng triển khai đề án "
    "phát triển ứng dụng dữ liệu dân cư phục vụ chuyển đổi số quốc gia trên địa bàn tỉnh.",
    "Theo báo cáo, toàn tỉnh đã cấp hơn ba trăm nghìn tài khoản định danh điện tử mức hai, "
    "đạt gần tám mươi phần trăm kế hoạch đề ra cho cả năm nay.",
    "Nhiều thủ tục hành chính được cắt giảm giấy tờ nhờ khai thác dữ liệu dân cư, người dân "
    "không còn phải xuất trình sổ hộ khẩu giấy khi đến làm thủ tục.",
    "Giám đốc Sở đề nghị các huyện đẩy nhanh việc làm sạch dữ liệu và tăng cường tuyên truyền "
    "để người dân sử dụng các tiện ích trên ứng dụng định danh.",
]
HEADLINE = "Sơ kết sáu tháng triển khai đề án dữ liệu dân cư trên địa bàn tỉnh"
URL = "https://stttt.example.gov.vn/node/1234"


# --- Drupal 7: "Gửi bởi admin vào …" under the body, a bold name closing it -----------------

SUBMITTED = ('<p class="submitted">Gửi bởi <span class="username">admin</span> vào Thứ 3, '
             "12/03/2024 - 09:15</p>")


def drupal_page(sign: str, submitted: str = SUBMITTED) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE) + sign
    return (
        '<html><head><meta charset="utf-8"><title>Sơ kết đề án | Sở TT&amp;TT</title>'
        '<meta name="generator" content="Drupal 7 (http://drupal.org)"></head>'
        '<body class="html not-front node-type-article"><div id="page">'
        '<div id="header"><a href="/">Trang chủ</a></div><div id="main"><div id="content">'
        f'<h1 class="title" id="page-title">{HEADLINE}</h1>'
        '<div id="node-1234" class="node node-article node-full"><div class="content">'
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        '<div class="field-items"><div class="field-item even" property="content:encoded">'
        f"{paragraphs}</div></div></div></div>{submitted}"
        '<ul class="links inline"><li><a href="/user/login">Đăng nhập</a> để gửi ý kiến</li>'
        '</ul></div></div><div id="sidebar"><h2>Tin mới</h2><ul>'
        '<li><a href="/a">Hội nghị tổng kết công tác thông tin cơ sở</a></li>'
        '<li><a href="/b">Ra mắt tổng đài hỗ trợ dịch vụ công</a></li></ul></div></div>'
        '<div id="footer">Bản quyền thuộc Sở Thông tin và Truyền thông. Địa chỉ: 12 Trần Phú'
        "</div></div></body></html>")


@pytest.mark.parametrize("sign", [
    "<p><strong>Thanh Hà</strong></p>",
    '<p style="text-align:right"><b>Thanh Hà</b></p>',
    '<div style="text-align:right"><strong>Thanh Hà</strong></div>',
])
def test_a_drupal_account_line_after_the_body_leaves_the_bold_name_the_author(sign):
    got = extract_article(drupal_page(sign), URL)
    assert got.author == "Thanh Hà"
    assert "Gửi bởi" not in got.text and got.text.endswith("ứng dụng định danh.")


def test_a_submitted_line_naming_a_person_credits_that_person():
    submitted = SUBMITTED.replace('<span class="username">admin</span>', "Ngọc Lan")
    got = extract_article(drupal_page("", submitted), URL)
    assert got.author == "Ngọc Lan"
    assert "Gửi bởi" not in got.text


# --- e-magazine credit boxes ----------------------------------------------------------------

@pytest.mark.parametrize(("line", "author"), [
    ("Nội dung: Hà Linh | Ảnh: Minh Đức | Thiết kế: Tuấn Kiệt", "Hà Linh"),
    ("Thực hiện: Hà Linh; Trình bày: Tuấn Kiệt", "Hà Linh"),
    ("Bài: Hà Linh - Ảnh: Minh Đức - Đồ họa: Tuấn Kiệt", "Hà Linh"),
    ("Thực hiện: Hà Linh - Quang Huy; Trình bày: Tuấn Kiệt", "Hà Linh, Quang Huy"),
    ("Nội dung: Hà Linh, Quang Huy • Ảnh: Minh Đức • Thiết kế: Tuấn Kiệt", "Hà Linh, Quang Huy"),
    ("Nội dung: Hà Linh - Kỹ thuật: Văn Nam - Video: Bảo Anh - Dựng: Hải Yến", "Hà Linh"),
    ("Bài và ảnh: Hà Linh - Thiết kế: Tuấn Kiệt", "Hà Linh"),
    ("Ảnh: Minh Đức | Thiết kế: Tuấn Kiệt", "Minh Đức"),
])
def test_the_writers_of_a_credit_box_are_the_authors(line, author):
    assert usable(line, set()) == author
    page = drupal_page(f"<p><em>{line}</em></p>", submitted="")
    got = extract_article(page, URL)
    assert got.author == author
    assert "Thiết kế" not in got.text and "Trình bày" not in got.text


def test_a_designer_alone_is_no_author():
    assert role_credit("Thiết kế: Tuấn Kiệt") is None
    assert usable("Thiết kế: Tuấn Kiệt", set()) is None


# --- Liferay: the portlet's title is no headline --------------------------------------------

LIFERAY_HEADLINE = "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng vùng cao"
PORTLETS = [
    '<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">'
    "Tin tức - Sự kiện</span></h2></header>",
    '<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">'
    "Tin tức - Sự kiện</span></h1></header>",
]
ASSETS = [
    '<div class="asset-full-content show-asset-title"><h3 class="header-title"><span>{h}</span>'
    '</h3><div class="asset-content"><div class="journal-content-article">{b}</div></div></div>',
    '<div class="asset-full-content"><div class="asset-title">{h}</div>'
    '<div class="asset-content"><div class="journal-content-article">{b}</div></div></div>',
    '<div class="journal-content-article"><h3 class="header-title">{h}</h3>{b}</div>',
]


def liferay_page(portlet: str, asset: str) -> str:
    inner = asset.format(h=LIFERAY_HEADLINE, b="".join(f"<p>{p}</p>" for p in PROSE))
    return (
        '<html><head><meta charset="utf-8"><title>Tin tức - Sự kiện - Cổng thông tin điện tử'
        '</title></head><body><header id="banner"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ'
        '</div><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav></header>'
        '<div id="content"><div class="portlet-boundary portlet-asset-publisher">'
        f'<section class="portlet">{portlet}<div class="portlet-content">{inner}</div>'
        '</section></div></div><footer>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 '
        "đường Lê Lợi</footer></body></html>")


@pytest.mark.parametrize("portlet", PORTLETS)
@pytest.mark.parametrize("asset", ASSETS)
def test_a_liferay_portlet_title_is_no_headline(portlet, asset):
    got = extract_article(liferay_page(portlet, asset),
                          "https://tinh.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/a1/"
                          "content/tap-huan")
    assert got.title == LIFERAY_HEADLINE
    assert got.is_article


# --- old table layouts: <br><br> paragraphs in one cell, a footer table under the body ------

TABLE_HEADLINE = "Tỉnh triển khai phần mềm quản lý văn bản và điều hành qua mạng"
FOOTERS = [
    "Bản quyền thuộc Sở Thông tin và Truyền thông tỉnh Hà Tây Mới<br>Địa chỉ: 25 đường Quang "
    "Trung - Điện thoại: 034.3822.111 - Fax: 034.3822.112<br>Ghi rõ nguồn khi phát hành lại "
    "thông tin từ website này",
    "Cơ quan chủ quản: Ủy ban nhân dân huyện Tam Đường, tỉnh Lai Châu mới<br>Chịu trách "
    "nhiệm chính: Trưởng phòng Văn hóa và Thông tin huyện Tam Đường<br>Ghi rõ nguồn Trang "
    "thông tin điện tử huyện khi phát hành lại thông tin từ website này",
]


def table_page(footer: str, figure: str = "") -> str:
    cell = "<br><br>".join(PROSE[:2]) + figure + "<br><br>" + "<br><br>".join(PROSE[2:])
    side = "".join(f'<tr><td><a href="/tin.asp?id={i}">Tin ngắn số {i} của ngành</a></td></tr>'
                   for i in range(6))
    return (
        f'<html><head><meta charset="utf-8"><title>{TABLE_HEADLINE}</title></head>'
        '<body><table width="980"><tr><td><img src="/banner.jpg"></td></tr></table>'
        f'<table width="980"><tr><td width="180" valign="top"><table>{side}</table></td>'
        f'<td valign="top"><table><tr><td><font size="4"><b>{TABLE_HEADLINE}</b></font></td></tr>'
        '<tr><td><font size="1"><i>Cập nhật: 13/05/2010</i></font></td></tr>'
        f'<tr><td align="justify"><font face="Arial" size="2">{cell}</font><br><br>'
        '<p align="right"><b>Minh Tuấn</b></p></td></tr>'
        '<tr><td align="right"><a href="javascript:window.print()">In trang</a></td></tr>'
        '<tr><td><b>Các tin khác:</b><br><a href="/tin.asp?id=7">Triển khai chữ ký số cho '
        'lãnh đạo các sở</a> (02/05/2010)<br><a href="/tin.asp?id=6">Nâng cấp mạng diện rộng '
        'của tỉnh</a> (28/04/2010)</td></tr></table></td>'
        f'<td width="200" valign="top"><table>{side}</table></td></tr></table>'
        f'<table width="980"><tr><td align="center"><font size="1">{footer}</font></td></tr>'
        "</table></body></html>")


@pytest.mark.parametrize("footer", FOOTERS)
def test_the_footer_table_under_an_old_table_layout_is_no_body(footer):
    got = extract_article(table_page(footer), "http://stttt.example.gov.vn/tin.asp?id=10")
    assert got.text == "\n\n".join(PROSE)
    assert got.author == "Minh Tuấn"


def test_a_centred_picture_caption_in_an_old_table_cell_is_no_body():
    figure = ('<br><br><center><img src="/upload/hn.jpg" width="400"><br>'
              "<i>Quang cảnh buổi triển khai tại hội trường Sở</i></center>")
    got = extract_article(table_page(FOOTERS[0], figure),
                          "http://stttt.example.gov.vn/tin.asp?id=10")
    assert "Quang cảnh" not in got.text
    assert got.text == "\n\n".join(PROSE)


def test_one_cell_with_headline_body_and_older_stories_keeps_the_body_alone():
    side = "".join(f'<tr><td><a href="/tin.asp?id={i}">Tin ngắn số {i} của ngành bưu chính'
                   "</a></td></tr>" for i in range(6))
    cell = (f'<font size="4"><b>{TABLE_HEADLINE}</b></font><br><font size="1">(09/10/2009 - '
            "08:30)</font><br><br>" + "<br><br>".join(PROSE)
            + '<br><br><div align="right"><b>Thanh Sơn</b></div>')
    page = (
        f'<html><head><meta charset="utf-8"><title>Trang tin huyện - {TABLE_HEADLINE}</title>'
        f'</head><body><table><tr><td width="200"><table>{side}</table></td>'
        f'<td><font face="Verdana" size="2">{cell}</font><br><br><table><tr><td><b>Các tin đã '
        f"đưa:</b></td></tr>{side}</table></td></tr></table>"
        '<table><tr><td align="center"><font size="1">Trang thông tin điện tử huyện Tam Đường'
        "<br>Địa chỉ: Thị trấn Tam Đường, tỉnh Lai Châu - ĐT: 0231.3870.100</font></td></tr>"
        "</table></body></html>")
    got = extract_article(page, "http://tamduong.example.gov.vn/tin.asp?id=99")
    assert got.text == "\n\n".join(PROSE)
    assert got.author == "Thanh Sơn"
