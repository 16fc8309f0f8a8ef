"""Credit shapes: titles and ranks before a name (``PGS, TS``, ``Nhà báo``, ``Đại tá``), a
credit label before several names (``Nhóm phóng viên: A - B``), ``bởi X`` at the end of a dated
meta line, a titled name closing the body; an account, an office or a site is never taken."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.credits import tail_credit, untitled, usable

SENTENCES = (
    "Xã đã lắp đặt hệ thống loa truyền thanh thông minh tại tất cả các thôn, cho phép phát "
    "bản tin theo lịch và cảnh báo thiên tai tới từng cụm dân cư trong vài phút.",
    "Người dân có thể gửi phản ánh về đèn đường, rác thải qua ứng dụng trên điện thoại và "
    "nhận thông báo khi cán bộ địa chính đã xử lý xong tại hiện trường.",
    "Kinh phí thực hiện được lồng ghép từ chương trình nông thôn mới và nguồn xã hội hóa, với "
    "sự đóng góp của các doanh nghiệp viễn thông đóng trên địa bàn huyện.",
)
BODY = "".join(f"<p>{s}</p>" for s in SENTENCES)
TITLE = "Loa truyền thanh thông minh về thôn"


def _page(header: str = "", after: str = "", inside: str = "") -> str:
    return ("<html><head><title>" + TITLE + "</title></head><body><div class='top'>"
            "<a href='/'>Cổng thông tin xã Tân Lập</a></div><div class='detail'>"
            f"<h1>{TITLE}</h1>{header}<div class='detail-content'>{BODY}{inside}</div>"
            f"{after}</div><div class='bottom'><p>Cổng thông tin xã Tân Lập.</p></div>"
            "</body></html>")


@pytest.mark.parametrize(("raw", "name"), [
    ("PGS, TS Hoàng Minh Tuấn", "Hoàng Minh Tuấn"),
    ("PGS.TS. Hoàng Minh Tuấn", "Hoàng Minh Tuấn"),
    ("Nhà báo Vương Thị Hạnh", "Vương Thị Hạnh"),
    ("Đại tá Đinh Công Sơn", "Đinh Công Sơn"),
    ("Cô giáo Mai Thu Hằng", "Mai Thu Hằng"),
    ("Cô Mai Thu Hằng", "Mai Thu Hằng"),
    ("Thầy Hứa Văn Đức", "Hứa Văn Đức"),
    ("Dr. Anna Lee", "Anna Lee"),
    ("PGS", "PGS"),  # a title alone stays as it is (no person is made of it)
])
def test_titles_before_a_name_are_dropped(raw: str, name: str) -> None:
    assert untitled(raw) == name


@pytest.mark.parametrize(("raw", "names"), [
    ("ThS. Lưu An - TS. Võ Bình", "Lưu An, Võ Bình"),
    ("GS, TSKH Lê Văn Tâm, ThS. Trần Bảo", "Lê Văn Tâm, Trần Bảo"),
    ("Jane Doe and John Roe", "Jane Doe, John Roe"),
    ("Hà My; Quốc Việt", "Hà My, Quốc Việt"),
])
def test_several_titled_names_in_one_credit(raw: str, names: str) -> None:
    assert tail_credit(raw) == names


@pytest.mark.parametrize(("raw", "names"), [
    ("Nhóm phóng viên: Tạ Minh Hải - Lều Thị Vân", "Tạ Minh Hải, Lều Thị Vân"),
    ("Người thực hiện: Châu Gia Huy", "Châu Gia Huy"),
    ("Tác giả bài viết: Ông Văn Lực", "Ông Văn Lực"),
    ("Authors: Mia Tran, Leo Pham", "Mia Tran, Leo Pham"),
])
def test_credit_labels_before_names(raw: str, names: str) -> None:
    assert usable(raw, set()) == names


def test_an_author_box_with_a_title_and_an_affiliation_line():
    html = _page(header="<div class='info'><span class='author'>PGS, TS Hoàng Minh Tuấn<br>"
                        "<i>Trường Đại học Kinh tế quốc dân</i></span>"
                        "<span class='date'>Ngày xuất bản: 02/10/2026</span></div>")
    got = extract_article(html, "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author == "Hoàng Minh Tuấn"


def test_a_team_credit_after_the_body():
    html = _page(header="<div class='meta'><span class='date'>02/10/2026 08:15</span></div>",
                 after="<div class='article__authors'><span>Nhóm phóng viên:</span> "
                       "Tạ Minh Hải - Lều Thị Vân</div>")
    got = extract_article(html, "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author == "Tạ Minh Hải, Lều Thị Vân"


def test_a_titled_name_closing_the_body_is_the_author_not_text():
    html = _page(header="<p class='time'>08:15 | 02/10/26</p>",
                 inside="<p style='text-align:right'><strong>Nhà báo Vương Thị Hạnh</strong></p>")
    got = extract_article(html, "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author == "Vương Thị Hạnh"
    assert "Vương Thị Hạnh" not in got.text


@pytest.mark.parametrize("line", [
    "Đăng lúc 08:15 ngày 02/10/2026 trong mục Tin xã bởi Phùng Khánh Linh",
    "Posted on October 2, 2026 by Phùng Khánh Linh",
    "02/10/2026 | Tin xã | bởi Phùng Khánh Linh",
])
def test_by_at_the_end_of_a_dated_meta_line(line: str) -> None:
    got = extract_article(_page(header=f"<p class='info'>{line}</p>"),
                          "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author == "Phùng Khánh Linh"


@pytest.mark.parametrize("who", ["admin", "Ban Biên tập", "Văn phòng UBND xã",
                                 "Cổng thông tin xã Tân Lập"])
def test_no_person_behind_by_is_no_author(who: str) -> None:
    line = f"Đăng lúc 08:15 ngày 02/10/2026 trong mục Tin xã bởi {who}"
    got = extract_article(_page(header=f"<p class='info'>{line}</p>"),
                          "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author is None


def test_a_shop_blog_writer_line_before_its_date():
    html = _page(header="<ul class='article-info-more'><li>Người viết: <strong>Ngô Thị Hà"
                        "</strong> lúc <time>02/10/2026</time></li></ul>")
    got = extract_article(html, "https://tanlap.example.vn/blogs/news/loa-thong-minh")
    assert got.author == "Ngô Thị Hà"


def test_a_shop_blogs_staff_account_is_no_author():
    html = _page(header="<ul class='article-info-more'><li>Người viết: <strong>Admin</strong> "
                        "lúc <time>02/10/2026</time></li></ul>")
    got = extract_article(html, "https://tanlap.example.vn/blogs/news/loa-thong-minh")
    assert got.author is None


@pytest.mark.parametrize("unit", ["Tổ Toán - Tin", "Khoa Công nghệ thông tin", "Liên đội",
                                  "Bộ môn Lịch sử", "Editorial team"])
def test_a_school_department_signing_is_no_author(unit: str) -> None:
    html = _page(header=f"<div class='news-info'>Tác giả: {unit} | 02/10/2026</div>")
    got = extract_article(html, "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author is None


@pytest.mark.parametrize("lead", [
    "Sáng 02/10/2026, lễ được chủ trì bởi Phùng Khánh Linh",
    "Sáng 02/10/2026, hội nghị tổng kết năm của ngành văn hóa do xã tổ chức bởi Phùng Khánh Linh",
])
def test_by_inside_a_dated_lead_sentence_is_no_byline(lead: str) -> None:
    got = extract_article(_page(header=f"<p class='sapo'>{lead}</p>"),
                          "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author is None


def test_a_portal_account_before_a_date_label_is_no_author():
    html = _page(header="<div class='info'><span>Người đăng: phongctsv</span> "
                        "<span>Ngày: 02/10/2026</span></div>")
    got = extract_article(html, "https://tanlap.example.vn/tin/loa-thong-minh")
    assert got.author is None


def test_a_name_with_a_number_left_in_is_no_name():
    assert usable("Lê Hà 02/10", set()) is None
