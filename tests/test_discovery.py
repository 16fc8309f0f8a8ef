"""Discovery on fixture bytes: RSS, Atom, sitemap index, news sitemap, listings, pagination."""

from __future__ import annotations

import gzip
from datetime import datetime

import pytest

from crawler.dates import VN_TZ
from crawler.discovery import (
    article_links,
    feed_links,
    looks_like_article_url,
    next_page_url,
    page_url,
    parse_feed,
    parse_sitemap,
    sitemaps_from_robots,
)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chuyển đổi số</title><link>https://baochinhphu.vn/</link>
<item><title>Chính phủ số</title><link>https://baochinhphu.vn/chinh-phu-so-102250610.htm</link>
<pubDate>Tue, 10 Jun 2025 08:30:00 +0700</pubDate></item>
<item><title>Relative</title><link>/kinh-te-so-102250611.htm</link></item>
</channel></rss>""".encode()

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin tức</title>
<entry><title>Đắk Lắk chuyển đổi số</title>
<link rel="alternate" href="https://daklak.gov.vn/-/ak-lak-chuyen-doi-so"/>
<updated>2025-06-09T10:00:00Z</updated></entry></feed>""".encode()


def test_rss() -> None:
    entries = parse_feed(RSS, "https://baochinhphu.vn/home.rss")
    assert [e.url for e in entries] == ["https://baochinhphu.vn/chinh-phu-so-102250610.htm",
                                        "https://baochinhphu.vn/kinh-te-so-102250611.htm"]
    assert entries[0].published == datetime(2025, 6, 10, 8, 30, tzinfo=VN_TZ)
    assert entries[1].published is None


def test_atom() -> None:
    [entry] = parse_feed(ATOM, "https://daklak.gov.vn/feed")
    assert entry.url == "https://daklak.gov.vn/-/ak-lak-chuyen-doi-so"
    assert entry.published.isoformat() == "2025-06-09T10:00:00+00:00"


def test_not_a_feed() -> None:
    assert parse_feed(b"<html><body><h1>404</h1></body></html>", "https://x.vn/rss") is None


def test_feed_autodiscovery() -> None:
    html = """<html><head><link rel="alternate" type="application/rss+xml" href="/rss/cds.rss">
    <link rel="alternate" type="application/atom+xml" href="https://x.vn/feed.atom">
    <link rel="alternate" hreflang="en" href="/en/"><link rel="stylesheet" href="/a.css">
    </head><body></body></html>"""
    assert feed_links(html, "https://x.vn/chuyen-doi-so/") == [
        "https://x.vn/rss/cds.rss", "https://x.vn/feed.atom"]


SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://x.vn/sitemap-2025-06.xml</loc><lastmod>2025-06-10T08:00:00+07:00</lastmod>
</sitemap><sitemap><loc>https://x.vn/sitemap-2025-05.xml</loc></sitemap></sitemapindex>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://x.vn/a-1001.html</loc><news:news><news:publication>
<news:name>X</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>2025-06-10T08:00:00+07:00</news:publication_date>
<news:title>A</news:title></news:news></url>
<url><loc>https://x.vn/b-1002.html</loc><lastmod>2025-06-01</lastmod></url>
</urlset>"""


def test_sitemap_index() -> None:
    kind, entries = parse_sitemap(SITEMAP_INDEX, "https://x.vn/sitemap.xml")
    assert kind == "sitemapindex"
    assert [e.url for e in entries] == ["https://x.vn/sitemap-2025-06.xml",
                                        "https://x.vn/sitemap-2025-05.xml"]
    assert entries[0].lastmod == datetime(2025, 6, 10, 8, tzinfo=VN_TZ)
    assert entries[1].lastmod is None


def test_news_sitemap_and_gzip() -> None:
    for body in (NEWS_SITEMAP, gzip.compress(NEWS_SITEMAP)):
        kind, entries = parse_sitemap(body, "https://x.vn/news.xml")
        assert kind == "urlset"
        assert entries[0].published == datetime(2025, 6, 10, 8, tzinfo=VN_TZ)
        assert entries[0].date == entries[0].published
        assert entries[1].published is None and entries[1].date.day == 1


def test_not_a_sitemap() -> None:
    assert parse_sitemap(b"<html><body>x</body></html>", "https://x.vn/s.xml") is None
    assert parse_sitemap(b"", "https://x.vn/s.xml") is None


def test_robots_sitemaps() -> None:
    robots = b"User-agent: *\nDisallow: /admin/\nCrawl-delay: 5\nSitemap: /sitemap.xml\n" \
             b"sitemap: https://x.vn/news.xml\n"
    assert sitemaps_from_robots(robots, "https://x.vn/robots.txt") == [
        "https://x.vn/sitemap.xml", "https://x.vn/news.xml"]


LISTING = """<html><head><base href="https://baodaklak.vn/"></head><body>
<header class="site-header"><nav><a href="/thoi-su/">Thời sự</a>
<a href="/gioi-thieu/202401/gioi-thieu-ve-bao-dak-lak-dien-tu-1a2b3c4/">Giới thiệu về Báo Đắk Lắk
điện tử và tòa soạn</a></nav></header>
<div class="main"><div class="item row15">
  <a class="title1" href="khoa-hoc-cong-nghe/202506/dak-lak-day-manh-chuyen-doi-so-5d6e7f8/">
  Đắk Lắk đẩy mạnh chuyển đổi số trong cơ quan nhà nước</a>
  <a href="khoa-hoc-cong-nghe/202506/dak-lak-day-manh-chuyen-doi-so-5d6e7f8/"><img src="a.jpg"></a>
  <div class="date row10">08:00, 10/06/2025</div></div>
<div class="item row15"><a class="title1"
  href="/khoa-hoc-cong-nghe/202505/nong-dan-ban-hang-qua-san-thuong-mai-dien-tu-9a8b7c6/?gidzl=x">
  Nông dân bán hàng qua sàn thương mại điện tử</a><div class="date">15:28, 08/05/2025</div></div>
<a href="/khoa-hoc-cong-nghe/">Khoa học công nghệ</a>
<a href="/files/ke-hoach-chuyen-doi-so-nam-2025-cua-tinh-123456.pdf">Kế hoạch chuyển đổi số năm
2025 của tỉnh Đắk Lắk</a>
<a href="https://facebook.com/sharer/sharer.php?u=bai-viet-chia-se-nhieu-nhat-123456">Chia sẻ bài
viết này lên mạng xã hội</a>
<a href="/tin-tuc/ngan-456789.html">Ngắn</a>
</div>
<aside class="sidebar"><a href="/thoi-su/202506/tin-doc-nhieu-nhat-trong-tuan-1111111/">Tin đọc
nhiều nhất trong tuần qua</a></aside>
<div class="box-tag"><a href="/tag/chuyen-doi-so-so-hoa-du-lieu-123456.html">chuyển đổi số,
số hóa dữ liệu toàn tỉnh</a></div>
<footer><a href="/lien-he/thong-tin-lien-he-toa-soan-123456.html">Thông tin liên hệ tòa soạn
báo điện tử</a></footer></body></html>"""


def test_listing_article_links() -> None:
    links = article_links(LISTING, "https://baodaklak.vn/khoa-hoc-cong-nghe/",
                          ["baodaklak.vn"], with_dates=True)
    assert [link.url for link in links] == [
        "https://baodaklak.vn/khoa-hoc-cong-nghe/202506/dak-lak-day-manh-chuyen-doi-so-5d6e7f8/",
        "https://baodaklak.vn/khoa-hoc-cong-nghe/202505/"
        "nong-dan-ban-hang-qua-san-thuong-mai-dien-tu-9a8b7c6/?gidzl=x",
    ]
    assert links[0].text.startswith("Đắk Lắk đẩy mạnh")
    assert links[0].date == datetime(2025, 6, 10, 8, tzinfo=VN_TZ)
    assert links[1].date == datetime(2025, 5, 8, 15, 28, tzinfo=VN_TZ)


def test_listing_pattern_override() -> None:
    links = article_links(LISTING, "https://baodaklak.vn/khoa-hoc-cong-nghe/", ["baodaklak.vn"],
                          r"/tin-tuc/[a-z-]+-\d+\.html$")
    assert [link.url for link in links] == ["https://baodaklak.vn/tin-tuc/ngan-456789.html"]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://anhp.vn/ky-hop-thu-21-hdnd-thanh-pho-d64058.html", True),
    ("https://baohaiphong.vn/chuyen-doi-so-manh-me-thiet-thuc-541045.html", True),
    ("https://baodaklak.vn/tin-noi-bat/202606/bai-viet-moi-ve-tinh-2887253/", True),
    ("https://daklak.gov.vn/-/ak-lak-cong-bo-ieu-chinh", True),
    ("https://baochinhphu.vn/thu-tuong-chu-tri-hop-ve-chuyen-doi-so-102250610123456789.htm", True),
    ("https://gialai.gov.vn/tin-tuc/hoat-dong-cua-lanh-dao", False),
    ("https://baodaklak.vn/khoa-hoc-cong-nghe/", False),
    ("https://baodaklak.vn/khoa-hoc-cong-nghe/?paged=2", False),
    ("https://binhdinh.gov.vn/tin-tuc/trang-2.html", False),
    ("https://x.vn/files/bao-cao-chuyen-doi-so-2025-123.pdf", False),
])
def test_article_url_shape(url: str, expected: bool) -> None:
    assert looks_like_article_url(url) is expected


def page(links: str) -> str:
    return f"<html><body><main>x</main><div class='paging'>{links}</div></body></html>"


@pytest.mark.parametrize(("html", "url", "n", "expected"), [
    (page('<a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=9">»</a>'),
     "https://x.vn/tin-tuc/", 1, "https://x.vn/tin-tuc/?page=2"),
    (page('<a href="/khoa-hoc-cong-nghe/?paged=3">3</a>'),
     "https://baodaklak.vn/khoa-hoc-cong-nghe/?paged=2", 2,
     "https://baodaklak.vn/khoa-hoc-cong-nghe/?paged=3"),
    (page('<a href="/tin-tuc/trang-2.html">2</a><a href="/tin-tuc/trang-3.html">3</a>'),
     "https://binhdinh.gov.vn/tin-tuc.html", 1, "https://binhdinh.gov.vn/tin-tuc/trang-2.html"),
    ('<html><head><link rel="next" href="/list/p4"></head><body></body></html>',
     "https://x.vn/list/p3", 3, "https://x.vn/list/p4"),
    (page('<a href="/xem-them-bai-viet">Trang sau</a>'), "https://x.vn/a", 1,
     "https://x.vn/xem-them-bai-viet"),
    (page('<a href="/list?start=20">›</a>'), "https://x.vn/list", 1, "https://x.vn/list?start=20"),
    (page('<a class="next-pages" href="/tin-tuc/cat?p=2">Tiếp</a>'), "https://gialai.gov.vn/tin-tuc/cat",
     1, "https://gialai.gov.vn/tin-tuc/cat?p=2"),
    (page('<a href="/tin-tuc/">1</a>'), "https://x.vn/tin-tuc/", 1, None),
])
def test_next_page(html: str, url: str, n: int, expected: str | None) -> None:
    assert next_page_url(html, url, n) == expected


def test_pagination_template() -> None:
    assert page_url("https://baodaklak.vn/khoa-hoc-cong-nghe/", "?paged={n}", 3) == \
        "https://baodaklak.vn/khoa-hoc-cong-nghe/?paged=3"
    assert page_url("https://x.vn/list?cat=5", "&page={n}", 2) == "https://x.vn/list?cat=5&page=2"
    assert page_url("https://x.vn/tin-tuc/", "trang-{n}.html", 2) == "https://x.vn/tin-tuc/trang-2.html"
    assert page_url("https://anhp.vn/", "/tim-kiem/p{n}", 7) == "https://anhp.vn/tim-kiem/p7"
