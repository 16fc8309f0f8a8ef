"""Dates and author boxes, on markup written here: "năm" is May only when no year
follows it; the header's dateline wins over a date in the headline's words; a machine time at
midnight of its own offset is a date; academic titles before a name; a relative time beside a
poster's name; the author of the page's own microdata entity; a post's author box in a
sidebar beside the headline."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.dates import find_dateline
from crawler.extraction import extract_article
from crawler.extraction.credits import usable
from crawler.extraction.dating import machine_datetime
from tests.helpers_pages import BODY

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def page(head: str, main: str, title: str = "Bài mẫu") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title} - Cổng mẫu</title>{head}</head>"
            f"<body><header><a href='/'>Cổng mẫu</a></header><main>{main}</main>"
            "<footer><p>Cổng thông tin mẫu, địa chỉ số 1 đường Mẫu.</p></footer></body></html>")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kết quả trong 11 tháng năm 2026", None),  # eleven months of the year 2026
    ("ngày 11 tháng năm năm 2026", datetime(2026, 5, 11, tzinfo=VN)),
    ("28 Tháng Năm 2026", datetime(2026, 5, 28, tzinfo=VN)),  # a theme's month name
    ("28 tháng năm, 2026", datetime(2026, 5, 28, tzinfo=VN)),
])
def test_nam_is_may_only_when_no_year_follows(text, expected):
    found = find_dateline(text, date_only=True)
    assert (found[0] if found else None) == expected


def test_the_headers_dateline_wins_over_a_date_in_the_headlines_words():
    title = "Sơ kết 10 tháng năm 2026 về chuyển đổi số cấp xã"
    got = extract_article(page("", f"<h1>{title}</h1><div class='info'>Ngày đăng: 28/11/2026 | "
                               f"Lượt xem: 120</div>{BODY}", title),
                          "https://so.example.vn/tin/so-ket.html")
    assert got.published_at == datetime(2026, 11, 28, tzinfo=VN)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2026-11-24T00:00:00.000Z", datetime(2026, 11, 24, tzinfo=VN)),
    ("2026-11-24T00:00:00+00:00", datetime(2026, 11, 24, tzinfo=VN)),
    ("2026-11-24T00:00Z", datetime(2026, 11, 24, tzinfo=VN)),
    ("2026-11-24T03:15:00Z", datetime(2026, 11, 24, 10, 15, tzinfo=VN)),  # a time: kept
])
def test_a_machine_time_at_midnight_is_a_date(raw, expected):
    assert machine_datetime(raw) == expected


def test_a_date_shown_with_a_utc_midnight_machine_time_gets_no_time():
    title = "Ghi chép tích hợp đăng nhập một lần"
    got = extract_article(page("", f"<article><h1>{title}</h1><time datetime='2026-11-24T00:00:"
                               f"00.000Z'>24 thg 11, 2026</time>{BODY}</article>", title),
                          "https://blog.example.vn/blog/ghi-chep/")
    assert got.published_at == datetime(2026, 11, 24, tzinfo=VN)


@pytest.mark.parametrize(("raw", "expected"), [
    ("ThS. Lương Hải Yến", "Lương Hải Yến"),
    ("PGS.TS. Đặng Minh Trí", "Đặng Minh Trí"),
    ("TS Võ Thanh Tâm", "Võ Thanh Tâm"),
    ("Luật sư Tạ Quang Duy", "Tạ Quang Duy"),
    ("Thanh Sơn", "Thanh Sơn"),  # a name starting like a title is left alone
])
def test_academic_titles_are_dropped(raw, expected):
    assert usable(raw, set()) == expected


def test_an_author_box_with_a_degree_and_an_affiliation():
    title = "Đo lường mức độ sẵn sàng dữ liệu của các sở"
    got = extract_article(page("", f"<article><h1>{title}</h1><div class='writer-box'><div "
                               "class='author-name'>ThS. Lương Hải Yến</div><div class='org'>"
                               f"Viện Nghiên cứu Mẫu</div></div>{BODY}</article>", title),
                          "https://tapchi.example.vn/do-luong-123.html")
    assert got.author == "Lương Hải Yến"


def thread(poster_markup: str) -> str:
    title = "Không nộp được hồ sơ trên cổng dịch vụ công"
    first = (f"<li class='post' itemprop='mainEntity' itemscope itemtype='https://schema.org/"
             f"DiscussionForumPosting'><meta itemprop='headline' content='{title}'>"
             f"{poster_markup}<div class='content' itemprop='text'>{BODY}</div></li>")
    replies = "".join(
        f"<li class='post' itemprop='comment' itemscope itemtype='https://schema.org/Comment'>"
        f"<div itemprop='author' itemscope itemtype='https://schema.org/Person'><a href='/u/r{i}'"
        f" itemprop='name'>Người Trả Lời {i}</a></div><div itemprop='text'><p>Bạn thử lại sau "
        f"nhé.</p></div></li>" for i in range(3))
    return page("", f"<h1>{title}</h1><ul class='posts'>{first}{replies}</ul>", title)


def test_the_author_of_the_pages_own_microdata_entity():
    poster = ("<div class='head' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
              "<a href='/u/kimngan' itemprop='name'>Kim Ngân</a> <a href='/p/1' class='ago'>"
              "3 ngày trước</a></div>")
    got = extract_article(thread(poster), "https://dien-dan.example.vn/topic/77/ho-so")
    assert got.author == "Kim Ngân"


def test_a_relative_time_beside_the_posters_name_is_no_part_of_it():
    title = "Hỏi về cách ký số hồ sơ trên điện thoại"
    main = (f"<h1>{title}</h1><div class='topic'><div class='entry'><div class='post-author'>"
            "<a href='/u/kimngan'>Kim Ngân</a><div>5 phút trước</div></div>"
            f"<div class='entry-body'>{BODY}</div></div></div>")
    got = extract_article(page("", main, title), "https://hoi-dap.example.vn/q/78/ky-so")
    assert got.author == "Kim Ngân"


def test_a_posts_author_box_in_the_sidebar_beside_the_headline():
    title = "Năm lỗi hay gặp khi kết nối nền tảng chia sẻ dữ liệu"
    main = ("<div class='grid'><div class='sidebar sidebar-post'><nav><a href='/blog/'>Quay lại"
            "</a></nav><div class='post-authors'><span class='post-author-name'><b>Đoàn Gia Huy"
            "</b><br>Kỹ sư tích hợp</span></div><ul class='post-meta'><li>21/11/2026</li></ul>"
            f"</div><div class='content'><article><h1>{title}</h1>{BODY}</article></div></div>")
    got = extract_article(page("", main, title), "https://docs.example.vn/blog/nam-loi/")
    assert got.author == "Đoàn Gia Huy"
