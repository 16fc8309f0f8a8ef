"""The post's own meta blocks (a ``<footer>``, ``<header>`` or ``<address>`` of the entry that
holds the headline): hCard authors and hAtom / ``<time>`` dates that the cleaning would strip
with the page's footers, as blog themes print them; never a commenter's card."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
SENTENCES = (
    "Huyện đã hoàn thành việc số hóa sổ hộ tịch của toàn bộ các xã, giúp người dân tra cứu và "
    "trích lục bản sao trực tuyến mà không phải đến trụ sở ủy ban như trước đây.",
    "Bộ phận một cửa tiếp nhận hồ sơ qua cổng dịch vụ công, trả kết quả qua bưu điện và "
    "thông báo tiến độ bằng tin nhắn tới số điện thoại người nộp đã đăng ký.",
    "Trong quý tới, phòng văn hóa phối hợp với các trường học hướng dẫn phụ huynh cài đặt "
    "ứng dụng định danh điện tử để làm thủ tục nhập học cho con em trên mạng.",
)
BODY = "".join(f"<p>{s}</p>" for s in SENTENCES)
TITLE = "Số hóa sổ hộ tịch ở cấp xã"


def _page(article: str, banner: str = "<h1><a href='/'>Sổ tay xã</a></h1>") -> str:
    return ("<html><head><title>" + TITLE + " | Sổ tay xã</title></head><body>"
            f"<header class='site'>{banner}</header><main>{article}</main>"
            "<footer class='site-footer'><p>Sổ tay xã. Ghi rõ nguồn khi đăng lại.</p></footer>"
            "</body></html>")


def test_an_hcard_in_the_post_footer_names_the_author_and_hatom_dates_it():
    html = _page(f"<article><header><h1 class='entry-title'>{TITLE}</h1></header>"
                 "<footer class='post-info'><abbr class='published' "
                 "title='2026-09-14T00:00:00+07:00'>Chủ Nhật 14 tháng 9 2026</abbr>"
                 "<address class='vcard author'>Đăng bởi <a class='url fn' "
                 "href='/author/hoa.html'>Đỗ Thanh Hoa</a></address></footer>"
                 f"<div class='entry-content'>{BODY}</div></article>")
    got = extract_article(html, "https://so-tay.example.vn/so-hoa-ho-tich.html")
    assert got.is_article
    assert got.author == "Đỗ Thanh Hoa"
    assert got.published_at == datetime(2026, 9, 14, tzinfo=VN)


def test_a_wordpress_entry_footer_posted_on_by():
    html = _page(f"<article class='post hentry'><h2 class='entry-title'>{TITLE}</h2>"
                 f"<div class='entry-content'>{BODY}</div><footer class='entry-footer'>"
                 "<span class='posted-on'>Posted on <a href='/2026/09/14/x/' rel='bookmark'>"
                 "<time class='entry-date published' datetime='2026-09-14T08:30:00+07:00'>"
                 "14/09/2026</time></a></span><span class='byline'> by <span class='author "
                 "vcard'><a class='url fn n' href='/author/ngoc-lan/'>Vũ Ngọc Lan</a></span>"
                 "</span></footer></article>", banner="<a href='/'>Sổ tay xã</a>")
    got = extract_article(html, "https://so-tay.example.vn/2026/09/14/x/")
    assert got.author == "Vũ Ngọc Lan"
    assert got.published_at == datetime(2026, 9, 14, 8, 30, tzinfo=VN)


def test_a_jekyll_h_entry_header_gives_p_author_and_dt_published():
    html = _page(f"<article class='post h-entry'><header class='post-header'><h1 "
                 f"class='post-title p-name'>{TITLE}</h1><p class='post-meta'><time "
                 "class='dt-published' datetime='2026-09-14T10:05:00+07:00'>Sep 14, 2026"
                 "</time> • <span class='p-author h-card'>Lâm Quốc Bảo</span></p></header>"
                 f"<div class='post-content e-content'>{BODY}</div></article>",
                 banner="<a href='/'>Sổ tay xã</a>")
    got = extract_article(html, "https://so-tay.example.vn/2026/09/14/so-hoa.html")
    assert got.author == "Lâm Quốc Bảo"
    assert got.published_at == datetime(2026, 9, 14, 10, 5, tzinfo=VN)


def test_a_commenters_card_is_never_the_author():
    html = _page(f"<article class='hentry'><h1>{TITLE}</h1>{BODY}"
                 "<section class='comments'><article class='comment'><footer>"
                 "<span class='vcard author'><b class='fn'>Trịnh Văn Khoa</b></span>"
                 "<time datetime='2026-09-20T21:00:00+07:00'>20/09/2026</time></footer>"
                 "<p>Cảm ơn bài viết.</p></article></section></article>",
                 banner="<a href='/'>Sổ tay xã</a>")
    got = extract_article(html, "https://so-tay.example.vn/so-hoa")
    assert got.author is None
    assert got.published_at is None or got.published_at.day != 20


def test_a_site_title_marked_as_author_is_no_author():
    html = _page(f"<article class='hentry'><h1>{TITLE}</h1>{BODY}<footer>"
                 "<span class='vcard author'><a class='fn' href='/'>Sổ tay xã</a></span>"
                 "</footer></article>", banner="<a href='/'>Sổ tay xã</a>")
    got = extract_article(html, "https://so-tay.example.vn/so-hoa")
    assert got.author is None
