"""Authors: the office recogniser, accounts, and byline shapes of CMSs (issue #12, round four)."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.authors import after_body, is_account, is_name, usable, username
from crawler.extraction.credits import POSTED
from crawler.extraction.offices import is_office

OFFICES = [
    "Công an huyện",
    "Sở Tài nguyên và Môi trường",
    "Văn phòng HĐND và UBND huyện",
    "Ban Văn hóa - Xã hội xã",
    "Trung tâm IOC tỉnh",
    "Phòng Truyền thông",
    "Ban Quản lý dự án giao thông",
    "UBND xã Tân Phú",
    "Cổng TTĐT tỉnh",
    "BBT",
    "Ban biên tập",
    "Chi cục Thủy lợi",
    "Hội Nông dân tỉnh",
    "Đoàn Thanh niên xã",
    "Đoàn TNCS Hồ Chí Minh",
    "Trường THPT Nguyễn Du",
    "Bệnh viện đa khoa tỉnh",
    "Công ty Cổ phần Cấp nước",
    "Báo Quảng Trị",
    "Tạp chí Thông tin và Truyền thông",
    "Đài PT-TH tỉnh",
    "Viện Công nghệ thông tin",
    "Tổ công nghệ số cộng đồng xã",
]
PEOPLE = [
    "Hà Linh",
    "Nguyễn Hoài Nam",
    "Lê Thị Hằng Nga",
    "Đoàn Văn Minh",  # a family name that is also an office's head word
    "Trần Quang Vinh",
    "Hồng Nhung (TTVH-TT huyện)",  # the person, the office in brackets
    "Thu Hằng",
]


@pytest.mark.parametrize("credit", OFFICES)
def test_an_office_is_recognised(credit):
    assert is_office(credit)
    assert usable(credit, set()) is None
    assert usable(f"Tác giả: {credit}", set()) is None


@pytest.mark.parametrize("name", PEOPLE)
def test_a_person_is_no_office(name):
    assert not is_office(name)


@pytest.mark.parametrize(("value", "staff"), [
    ("admin", True), ("bientap", True), ("quantri", True), ("bientapvien", True),
    ("bởi bientap", True), ("Gửi bởi admin", True), ("admin_cds", False),
    ("ngocanh_ld", False),
])
def test_accounts(value, staff):
    assert is_account(value)
    assert usable(value, set()) is None  # never from a byline field
    # a user name other than a staff account is the author of last resort
    assert (username(value) is None) is staff


@pytest.mark.parametrize(("credit", "person"), [
    ("Thanh Hà - Trung tâm VH-TT huyện", "Thanh Hà"),
    ("Thu Hà - Báo Quảng Trị", "Thu Hà"),
    ("Hồng Nhung (Sở TT&TT)", "Hồng Nhung"),
    ("Khải Minh - Gia Bảo", "Khải Minh, Gia Bảo"),
    ("Nhóm PV", "Nhóm PV"),
])
def test_the_person_of_a_mixed_credit(credit, person):
    assert usable(credit, set()) == person


@pytest.mark.parametrize("line", ["Đồng ý", "Xem thêm", "Tin tức", "Sở Y tế"])
def test_words_that_are_no_names(line):
    assert not is_name(line)


_BODY = "".join(f"<p>Câu thứ {i} của bài viết nói về chuyển đổi số ở địa phương, với nhiều chi "
                f"tiết cụ thể cho người đọc theo dõi.</p>" for i in range(6))


def _page(header: str = "", after: str = "", head: str = "") -> str:
    return (f"<html><head><title>Tin bài</title>{head}</head><body>"
            f"<nav><a href='/'>Trang chủ</a></nav><main><article>"
            f"<h1>Tỉnh ra mắt nền tảng số cho hợp tác xã</h1>{header}"
            f"<div class='content'>{_BODY}{after}</div></article></main></body></html>")


BYLINES = [
    # Orchard Core / blog themes
    ("posted-by", _page("<p class='meta'>Posted by Thu Hà on <time>November 4, 2024</time></p>"),
     "Thu Hà"),
    # Kentico-like info bar: date | author, class with a capital
    ("kentico", _page("<div class='NewsInfo'><span class='NewsDate'>10/27/2025 2:05:00 PM</span>"
                      " | <span class='NewsAuthor'>Trần Quang Vinh</span></div>"),
     "Trần Quang Vinh"),
    # SharePoint Online persona card: name, then the publish date
    ("persona", _page("<div class='authorByline_x'><div class='ms-Persona-primaryText'>Nguyễn"
                      " Hoài Nam</div><div class='ms-Persona-secondaryText'>Đã xuất bản 9 tháng"
                      " 1, 2025</div></div>"),
     "Nguyễn Hoài Nam"),
    # WordPress block theme
    ("wp-block", _page(after="<div class='wp-block-post-author-name'>Thanh Hương</div>"),
     "Thanh Hương"),
    # Joomla: the author in the article's aside, which the strip rules would remove
    ("joomla-aside", _page("<aside class='article-aside'><dl class='article-info'><dd"
                           " class='createdby' itemprop='author'><span itemprop='name'>Văn"
                           " Thắng</span></dd></dl></aside>"),
     "Văn Thắng"),
    # a staff account next to the real byline
    ("account-beside", _page("<span class='author vcard'>bởi <a href='/author/bientap/'>bientap"
                             "</a></span><span class='byline'>Tác giả <a>Hà Linh</a></span>"),
     "Hà Linh"),
    # a user name as the only credit
    ("username-only", _page("<span class='byline'>bởi <span class='author'>admin_cds</span>"
                            "</span>"),
     "admin_cds"),
    # a name beside the dateline
    ("date-dot-name", _page("<p>11/04/2024 · Khánh Vy</p>"), "Khánh Vy"),
    ("name-dot-date", _page("<div><span>Lê Thị Hằng Nga</span> · <abbr>15 tháng 1, 2024 lúc"
                            " 8:10 CH</abbr></div>"),
     "Lê Thị Hằng Nga"),
    # an e-magazine's credit under the headline, several people
    ("role-credit", _page("<p>Bài, ảnh: Thu Hà, Minh Tâm</p>"), "Thu Hà, Minh Tâm"),
    # a bio box after the body: "Viết bởi X, ..." and a name above a bio line
    ("bio-written-by", _page(after="<footer class='bio'><p>Viết bởi <strong>Khánh Vy</strong>,"
                                   " phóng viên thường trú.</p></footer>"), "Khánh Vy"),
    ("author-box", _page(after="<div class='author-box'><p>Minh Khôi</p><p>Phóng viên ban"
                               " Kinh tế, theo dõi lĩnh vực chuyển đổi số.</p></div>"),
     "Minh Khôi"),
    # a login box's user name in the page header is no byline
    ("login-box", _page().replace("<nav>", "<div class='user-name'>Khách Hàng</div><nav>"),
     None),
    # a byline box holding a category and the date names nobody
    ("byline-category", _page("<div class='byline'><a href='/thoi-su'>Thời sự</a> | 10/07/2024"
                              "</div>"), None),
    # a labelled name after the date on the header line
    ("date-then-label", _page("<div class='info'>Ngày đăng: 12/03/2024 | Người viết: Hà Linh"
                              "</div>"), "Hà Linh"),
    ("label-account", _page("<div class='info'>Người đăng: admin | 12/03/2024</div>"), None),
    # a byline named by a test id, not a class
    ("testid", _page("<div><span data-testid='authorName'>Phạm Quốc Bảo</span>"
                     "<span>3 phút đọc</span></div>"), "Phạm Quốc Bảo"),
    # a weekday beside the dateline is no name
    ("weekday", _page("<p>Thứ Hai · 10/06/2024 09:30</p>"), None),
    # slash credit with an outlet in capitals then words
    ("slash-outlet", _page("<div class='article__author'>Thu Hằng/VOV miền Trung</div>"),
     "Thu Hằng"),
    # a right-aligned name line closing the body
    ("tail-name", _page(after="<p style='text-align:right'><strong>Hà Vy</strong></p>"), "Hà Vy"),
    # a person above the office's line; a person beside the office
    ("tail-name-office", _page(after="<p style='text-align:right'><b>Hà Vy</b></p><p"
                                     " style='text-align:right'>Sở Thông tin và Truyền thông</p>"),
     "Hà Vy"),
    ("tail-mixed", _page(after="<p style='text-align:right'>Thanh Hà - Trung tâm VH-TT huyện"
                               "</p>"), "Thanh Hà"),
    # an office closing the body, or credited as the author: no author
    ("tail-office", _page(after="<p style='text-align:right'><b>Văn phòng HĐND và UBND huyện</b>"
                                "</p>"), None),
    ("office-tacgia", _page("<div class='author'>Tác giả: Sở Tài nguyên và Môi trường</div>"),
     None),
    ("office-label", _page("<div class='author'>bài viết:Trung tâm IOC tỉnh</div>"), None),
    ("office-meta", _page(head="<meta name='author' content='Phòng Truyền thông'>"), None),
]


@pytest.mark.parametrize(("html", "author"), [b[1:] for b in BYLINES],
                         ids=[b[0] for b in BYLINES])
def test_byline_shapes(html, author):
    got = extract_article(html, "https://example.vn/tin-tuc/bai-viet-1.html")
    assert got.is_article, got.reason
    assert got.author == author


def test_a_hidden_tab_is_no_body():
    tabs = ("<div id='tabs'><ul><li><a href='#t1'>Nội dung</a></li><li><a href='#t2'>Ý kiến</a>"
            "</li></ul><div id='t1' role='tabpanel'><h1>Tỉnh ra mắt nền tảng số cho hợp tác xã"
            f"</h1>{_BODY}</div><div id='t2' role='tabpanel' aria-hidden='true'"
            " style='display:none'><div class='cmt'><b>Nguyễn Văn Tư</b><p>Mong các xã vùng sâu"
            " cũng sớm được triển khai như vậy, cảm ơn.</p></div></div></div>")
    got = extract_article(f"<html><body>{tabs}</body></html>", "https://example.vn/a/b-1.html")
    assert got.is_article
    assert "Câu thứ 5" in got.text and "vùng sâu" not in got.text


@pytest.mark.parametrize(("line", "person"), [
    ("Theo Báo Bình Định", None),           # the outlet is the source, not an author
    ("Theo VnExpress", None),
    ("(Theo Cổng TTĐT tỉnh)", None),
    ("Theo Thu Hà (Báo Tin tức)", "Thu Hà"),  # the person of the credit, without "Theo"
    ("Thu Hà", "Thu Hà"),
])
def test_a_theo_credit_after_the_body(line, person):
    assert after_body(["Đoạn cuối của bài.", line], "Đoạn cuối của bài.", set()) == person
    assert usable(line, set()) == person


# --- round six: post headers "bởi X - date", wiki "Được tạo bởi X", numbered staff accounts -------

HEADER_CREDITS = [
    ("bởi Đặng Minh Thư - Thứ Năm, 12 tháng 11 2026, 9:05 SA", "Đặng Minh Thư"),
    ("Bởi: Hồ Văn Tâm | 12/11/2026", "Hồ Văn Tâm"),
    ("Được tạo bởi Lê Ngọc Hoa, sửa đổi lần cuối vào 12/11/2026", "Lê Ngọc Hoa"),
    ("Tạo bởi Phan Quốc Việt", "Phan Quốc Việt"),
    ("Created by Trần Hữu Phước, last modified by admin on Nov 12, 2026", "Trần Hữu Phước"),
    ("Được đăng bởi Vũ Thị Sen lúc 08:15 12/11/2026", "Vũ Thị Sen"),
]


@pytest.mark.parametrize(("line", "name"), HEADER_CREDITS)
def test_post_and_wiki_header_credits(line, name):
    match = POSTED.match(line)
    assert match and usable(match["name"], set()) == name


def test_bởi_vì_opens_a_sentence_not_a_credit():
    assert POSTED.match("Bởi vì hạ tầng còn yếu, huyện chưa triển khai") is None


@pytest.mark.parametrize("name", ["editor01", "admin2", "bientap_3", "Editor-12"])
def test_numbered_staff_accounts_are_no_author_even_of_last_resort(name):
    assert is_account(name) and username(name) is None


def _post_page(header: str, tail: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in (
        "Chào mọi người, em xin chia sẻ kinh nghiệm tổ chức lớp học kỹ năng số cho phụ huynh "
        "tại trường trong học kỳ vừa qua để các thầy cô tham khảo và góp ý thêm.",
        "Lớp học chia thành bốn buổi, mỗi buổi tập trung vào một nội dung cụ thể như cài đặt "
        "ứng dụng, bảo mật tài khoản, thanh toán trực tuyến và nhận biết tin giả trên mạng.",
        "Sau khóa học, phần lớn phụ huynh đã tự cài đặt được ứng dụng của nhà trường và theo "
        "dõi kết quả học tập của con em mình trên điện thoại.") + ((f"<p>{tail}</p>",) if tail
                                                                 else ()))
    return ("<html><head><title>Lớp kỹ năng số cho phụ huynh - Diễn đàn</title></head><body>"
            "<h1>Diễn đàn: Trao đổi chuyên môn</h1><div role='main'>"
            "<h3 class='discussion'>Lớp kỹ năng số cho phụ huynh ở trường tiểu học</h3>"
            f"<article class='post'><header>{header}</header><div class='post-body'>{body}</div>"
            "</article></div></body></html>")


def test_forum_post_header_names_the_poster():
    got = extract_article(_post_page(
        'bởi <a href="/user/profile.php?id=42">Đặng Minh Thư</a> - <time>Thứ Năm, 12 tháng 11 '
        "2026, 9:05 SA</time>"), "https://lms.example.vn/mod/forum/discuss.php?d=7")
    assert got.author == "Đặng Minh Thư"


def test_a_cms_account_in_the_header_gives_way_to_the_reporter_after_the_body():
    got = extract_article(_post_page(
        'Tạo bởi <a class="userlink" href="/display/~editor01">editor01</a> · Ngày xuất bản: '
        "12/11/2026, 09:05:10", tail="<em>Phóng viên: Bùi Thanh Long</em>"),
        "https://wiki.example.vn/display/TT/2026/11/12/lop-ky-nang-so")
    assert got.author == "Bùi Thanh Long"
    assert "Phóng viên" not in got.text


def test_a_numbered_cms_account_alone_is_no_author():
    got = extract_article(_post_page(
        'Được tạo bởi <a href="/display/~editor01">editor01</a>, sửa đổi lần cuối 13/11/2026'),
        "https://wiki.example.vn/display/TT/2026/11/12/lop-ky-nang-so")
    assert got.author is None
