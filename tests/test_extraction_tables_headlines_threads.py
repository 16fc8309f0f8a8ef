"""Tables, headlines and threads, on markup written here: a table whose every row links to
a document of its own is a listing (an article with a table stays an article); the headline
is the heading that the ``<title>`` names, not the site's name shown in the logo; a heading
that only links to the front page is the logo; month-first dates after ``thg``; a handle
after the display name; FluxBB/PunBB threads; a "Liên kết" box heading ends the body."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.dates import find_dateline
from crawler.extraction import body, extract_article
from tests.helpers_pages import BODY, SENTENCES

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def _rows(n: int, linked: bool) -> str:
    cells = []
    for i in range(1, n + 1):
        number = f"<a href='/tai-lieu/{i}'>{i}/KH-UB</a>" if linked else f"{i}/KH-UB"
        cells.append(f"<tr><td>{i}</td><td>{number}</td><td>0{i}/10/2026</td>"
                     f"<td>Kế hoạch triển khai nhiệm vụ số {i} về hạ tầng và dữ liệu dùng chung "
                     f"của các phòng, ban trong huyện</td><td>"
                     + (f"<a href='/tep/{i}.pdf'>Tải</a>" if linked else "") + "</td></tr>")
    return ("<table><thead><tr><th>TT</th><th>Ký hiệu</th><th>Ngày</th><th>Nội dung</th>"
            f"<th>Tệp</th></tr></thead><tbody>{''.join(cells)}</tbody></table>")


def test_a_table_of_linked_documents_is_a_listing():
    html = ("<html><head><title>Tài liệu điều hành - Cổng mẫu</title></head><body>"
            "<header><a href='/'>Cổng mẫu</a></header><main><h1>Tài liệu điều hành</h1>"
            f"{_rows(10, linked=True)}</main><footer><p>Cổng mẫu.</p></footer></body></html>")
    got = extract_article(html, "https://mau.example.vn/tai-lieu")
    assert not got.is_article
    assert "table rows" in (got.reason or "")


def test_an_article_with_a_table_stays_an_article():
    title = "Huyện mẫu rà soát kế hoạch chuyển đổi số năm 2026"
    html = (f"<html><head><title>{title} - Cổng mẫu</title></head><body>"
            f"<header><a href='/'>Cổng mẫu</a></header><main><h1>{title}</h1>{BODY}"
            f"{_rows(8, linked=False)}{BODY}</main><footer><p>Cổng mẫu.</p></footer>"
            "</body></html>")
    got = extract_article(html, "https://mau.example.vn/tin/ra-soat.html")
    assert got.is_article, got.reason


def test_the_headline_is_the_heading_the_title_names_not_the_logo():
    title = "Xã mẫu mở lớp bình dân học vụ số cho người cao tuổi"
    site = "Cổng thông tin điện tử huyện mẫu"
    html = (f"<html><head><title>{title} - {site}</title></head><body>"
            f"<div class='logo'><span>{site.upper()}</span></div>"
            f"<div class='item'><h2>{title}</h2><p class='info'><span>Ngày đăng:</span> "
            f"<span>19/11/2026 15:45</span></p>{BODY}</div></body></html>")
    got = extract_article(html, "https://mau.example.vn/tin/lop-hoc.html")
    assert got.title == title
    assert got.published_at == datetime(2026, 11, 19, 15, 45, tzinfo=VN)


def test_a_heading_that_only_links_home_is_the_logo():
    title = "Chia sẻ cách nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến"
    html = (f"<html><head><title>{title} / Hỏi đáp / Diễn đàn Mẫu</title></head><body>"
            "<h1><a href='index.php'>Diễn đàn Mẫu</a></h1>"
            f"<div class='post'><h3>{title}</h3>{BODY}</div></body></html>")
    got = extract_article(html, "https://dien-dan.example.vn/viewtopic.php?id=7")
    assert got.title == title


@pytest.mark.parametrize(("text", "expected"), [
    ("Đã đăng vào thg 11 24, 2026 2:15 CH", datetime(2026, 11, 24, 14, 15, tzinfo=VN)),
    ("thg 3 5, 2026", datetime(2026, 3, 5, tzinfo=VN)),
    ("15 thg 3, 2025", datetime(2025, 3, 15, tzinfo=VN)),  # day first, as before
])
def test_month_first_after_thg(text, expected):
    found = find_dateline(text, date_only=True)
    assert (found[0] if found else None) == expected


def test_a_handle_after_the_display_name_is_no_part_of_it():
    title = "Kinh nghiệm tích hợp đăng nhập một lần cho cổng dịch vụ công"
    html = (f"<html><head><title>{title} - Nền tảng viết</title></head><body>"
            "<div class='post-author'><a href='/u/minhha'>Lê Minh Hà</a> <span>@minhha</span>"
            "<div>1,2K điểm · 20 bài viết</div></div>"
            f"<article><h1>{title}</h1>{BODY}</article></body></html>")
    got = extract_article(html, "https://viet.example.vn/p/dang-nhap-mot-lan")
    assert got.author == "Lê Minh Hà"


def test_fluxbb_thread_first_post():
    title = "Hỏi về thủ tục đăng ký tạm trú qua ứng dụng định danh"

    def post(pid: int, who: str, when: str, heading: str, message: str) -> str:
        return (f"<div id='p{pid}' class='blockpost'><h2><span><a href='viewtopic.php?pid={pid}'>"
                f"{when}</a></span></h2><div class='box'><div class='postbody'>"
                f"<div class='postleft'><dl><dt><strong><a href='profile.php?id=1'>{who}</a>"
                "</strong></dt><dd>Thành viên</dd></dl></div><div class='postright'>"
                f"<h3>{heading}</h3><div class='postmsg'>{message}</div>"
                "<div class='postsignature postmsg'><p>Chữ ký của thành viên.</p></div>"
                "</div></div></div></div>")

    html = (f"<html><head><title>{title} / Hỏi đáp / Diễn đàn Mẫu</title></head><body>"
            "<h1><a href='index.php'>Diễn đàn Mẫu</a></h1>"
            + post(10, "ha_nguyen", "2026-11-15 21:07:33", title, BODY)
            + post(11, "binh.tran", "2026-11-16 08:00:00", f"Re: {title}",
                   "<p>Mình cũng làm vậy, mất hai ngày là xong.</p>")
            + "</body></html>")
    got = extract_article(html, "https://dien-dan.example.vn/viewtopic.php?id=9")
    assert got.title == title
    assert got.author == "ha_nguyen"
    assert got.published_at == datetime(2026, 11, 15, 21, 7, tzinfo=VN)
    assert "Chữ ký" not in got.text and "hai ngày" not in got.text
    assert got.is_article



def test_a_links_box_under_its_heading_ends_the_body():
    raw = "\n".join([*SENTENCES, "Liên kết", "Cổng Dịch vụ công quốc gia",
                      "Hệ thống thư điện tử công vụ"])
    kept = body.clean_body(raw, title="Bài mẫu", lead=None, rules=None, found={})
    assert kept == list(SENTENCES)
