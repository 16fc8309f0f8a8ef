"""Held-out misses of round sixteen (holdout18, holdout19), each on our own markup:

- an old table layout whose ``<title>`` is the office's name only and whose headline is a bold
  big ``<font>``: the headline was never found, so the page was judged by its sidebar's dated
  entries and lost; a portal whose headline is a ``div`` classed as the article's title;
- a paper's footer licence ("Giấy phép số … ngày 10/05/2006") was read as the dateline;
- Drupal's "Tags" field label closing the node was taken for the author's name;
- an office's standing page ("Chức năng, nhiệm vụ …"), an about page whose only date is an
  update stamp and a weekly work schedule were taken for articles.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
PROSE = [
    "Từ đầu tháng 8, phần mềm một cửa điện tử được triển khai tại bộ phận tiếp nhận hồ sơ của "
    "huyện và 12 xã, mỗi hồ sơ được cấp một mã số để người dân tra cứu qua mạng.",
    "Lãnh đạo huyện theo dõi được số hồ sơ đang xử lý và hồ sơ quá hạn của từng phòng mà không "
    "phải chờ báo cáo giấy, nhờ vậy việc đôn đốc giải quyết nhanh hơn trước nhiều.",
    "Trong đợt đầu, phần mềm áp dụng cho bốn mươi thủ tục thuộc các lĩnh vực hộ tịch, chứng "
    "thực, đất đai và đăng ký kinh doanh, dự kiến mở rộng vào đầu năm sau.",
]
HEADLINE = "Huyện Sơn Hà đưa phần mềm một cửa điện tử về 12 xã"
SIDEBAR = "".join(
    f'<tr><td><a href="tin.asp?id={300 + i}">Hội nghị triển khai nhiệm vụ công tác quý {i} '
    f'của huyện</a> <font size="1">(0{i}/07/2011)</font></td></tr>' for i in range(1, 9))


def table_page(headline_markup: str, footer: str = "") -> bytes:
    body = "<br>\n<br>\n".join(PROSE)
    return f"""<html><head><meta charset="utf-8"><title>UBND HUYEN SON HA - Tin tuc</title>
</head><body><table width="990"><tr><td colspan="3"><img src="/images/banner.jpg"></td></tr>
<tr><td width="200" valign="top"><table>{SIDEBAR}</table></td><td width="10"></td>
<td valign="top"><table width="100%" cellpadding="5">
<tr><td><font size="1"><a href="/">Trang chủ</a> &raquo; Tin tức</font></td></tr>
<tr><td>{headline_markup}</td></tr>
<tr><td><font size="1"><i>Cập nhật ngày 05 tháng 08 năm 2011</i></font></td></tr>
<tr><td><font face="Times New Roman" size="3">{body}<br><br>
<div align="right"><i>Trần Văn Bình</i></div></font></td></tr></table></td></tr>
<tr><td colspan="3" align="center"><font size="1">{footer}</font></td></tr></table>
</body></html>""".encode()


URL = "http://sonha.example.gov.vn/tintuc_chitiet.asp?id=2809"


@pytest.mark.parametrize("markup", [
    f'<font face="Arial" size="4" color="#0B5AA2"><b>{HEADLINE}</b></font>',
    f'<b><font size="+1">{HEADLINE}</font></b>',
])
def test_a_big_bold_font_headline_is_found(markup: str) -> None:
    got = extract_article(table_page(markup), URL)
    assert got.is_article, got.reason
    assert got.title == HEADLINE
    assert got.published_at == datetime(2011, 8, 5, tzinfo=VN)
    assert got.author == "Trần Văn Bình"


def test_a_banner_in_big_capitals_is_no_headline() -> None:
    banner = '<font size="5"><b>ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ TỈNH MIỀN NÚI</b></font>'
    got = extract_article(table_page(banner), URL)
    assert got.title != "ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ TỈNH MIỀN NÚI"


def test_a_footer_licence_day_is_no_dateline() -> None:
    markup = f'<font size="4"><b>{HEADLINE}</b></font>'
    page = table_page(markup, footer="Báo điện tử Sơn Hà - Giấy phép số 88/GP-BC ngày "
                                     "10/05/2006").replace(
        b"<i>C\xe1\xba\xadp nh\xe1\xba\xadt ng\xc3\xa0y 05 th\xc3\xa1ng 08 n\xc4\x83m 2011</i>",
        b"")
    got = extract_article(page, URL)
    assert got.published_at is None or got.published_at.year != 2006


def test_a_div_classed_as_the_article_title_is_the_headline() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    teasers = "".join(f'<li><div class="vp-news-title"><a href="/tin/{i}">Tin hoạt động số {i} '
                      f'của phường trong tuần</a></div></li>' for i in range(6))
    page = f"""<html><head><meta charset="utf-8"><title>Phường Hòa An - Tin tức sự kiện</title>
<meta property="og:type" content="article"></head><body><div class="vp-main">
<div class="vp-article"><div class="vp-article-title">{HEADLINE}</div>
<div class="vp-article-date">11:40 đêm, Chủ nhật 29/06/2025</div>
<div class="vp-article-content">{paragraphs}</div></div>
<div class="vp-other"><h3>Tin khác</h3><ul>{teasers}</ul></div></div></body></html>"""
    got = extract_article(page.encode(), "https://hoaan.example.vn/tin-tuc/4512")
    assert got.title == HEADLINE
    assert got.published_at == datetime(2025, 6, 29, 23, 40, tzinfo=VN)


def test_a_field_label_is_no_author() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    page = f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<article class="node node--type-article"><h1>{HEADLINE}</h1>
<div class="node__submitted">Gửi bởi <span>quantri</span> vào 11/07/2024 - 16:20</div>
<div class="field field--name-body">{paragraphs}</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div>
<div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">một cửa</a></div>
</div></div></article></body></html>"""
    got = extract_article(page.encode(), "https://sonha.example.vn/tin-tuc/mot-cua-dien-tu")
    assert got.is_article
    assert got.author is None


def _standing(headline: str, url: str, stamp: str = "", text: str = "") -> bytes:
    paragraphs = text or "".join(f"<p>{p}</p>" for p in PROSE)
    return f"""<html><head><meta charset="utf-8"><title>{headline}</title>
<meta property="og:type" content="article"></head><body><div id="main"><h1>{headline}</h1>
{stamp}<div class="content">{paragraphs}</div></div></body></html>""".encode()


@pytest.mark.parametrize("headline", ["Chức năng, nhiệm vụ Sở Tài chính", "Cơ cấu tổ chức",
                                      "Lãnh đạo Sở Nội vụ"])
def test_an_office_standing_page_is_no_article(headline: str) -> None:
    got = extract_article(_standing(headline, ""), "https://stc.example.vn/gioithieu/Pages/x.aspx")
    assert not got.is_article
    assert got.reason == "not_article: about_page"


def test_a_dated_story_about_an_office_stays_an_article() -> None:
    stamp = '<div class="date">14:20 | 03/03/2025</div>'
    got = extract_article(_standing("Lãnh đạo Sở Nội vụ làm việc với huyện Sơn Hà", "", stamp),
                          "https://snv.example.vn/tin-tuc/lanh-dao-so-lam-viec-4411.html")
    assert got.is_article, got.reason


def test_an_about_page_with_an_update_stamp_only_is_no_article() -> None:
    text = ("<p>Đài Phát thanh và Truyền hình tỉnh được thành lập năm 1976, nay phát sóng hai "
            "kênh truyền hình và một kênh phát thanh, sản xuất chương trình bằng bốn thứ tiếng."
            "</p><p>Trụ sở: 12 Lê Lợi, thành phố Sơn Hà. Điện thoại: 0260 3855 123. Thư điện "
            "tử: toasoan@ptth.example.vn. Giấy phép số 12/GP-BTTTT.</p>") * 3
    stamp = '<div class="date">Cập nhật: 01/04/2024 08:00</div>'
    got = extract_article(_standing("Giới thiệu Đài Phát thanh và Truyền hình", "", stamp, text),
                          "https://ptth.example.vn/gioi-thieu.html")
    assert not got.is_article
    assert got.reason == "not_article: about_page"


def test_a_work_schedule_is_no_article() -> None:
    rows = "".join(f"<tr><td>Thứ {d}, 0{d}/09/2025</td><td>08h00</td><td>Làm việc với Sở Xây "
                   f"dựng về tiến độ dự án số {d} trên địa bàn tỉnh</td><td>Chủ tịch UBND "
                   f"tỉnh</td><td>Hội trường tầng 3</td></tr>" for d in range(2, 8))
    table = ("<table><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th><th>Chủ trì</th>"
             f"<th>Địa điểm</th></tr>{rows}</table>")
    got = extract_article(_standing("Lịch công tác tuần 36 năm 2025", "", text=table),
                          "https://tinh.example.vn/lich-cong-tac/tuan-36-2025")
    assert not got.is_article
    assert got.reason == "not_article: schedule"


def test_a_story_about_a_schedule_stays_an_article() -> None:
    got = extract_article(_standing("Lịch công tác tuần được công khai trên cổng thông tin", "",
                                    '<div class="date">14:20 | 03/03/2025</div>'),
                          "https://tinh.example.vn/tin-tuc/lich-cong-tac-cong-khai-12.html")
    assert got.is_article, got.reason
