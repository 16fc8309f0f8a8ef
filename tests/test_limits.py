"""Byte and link limits (crawler/limits.py): bombs stop at the cap, huge pages are cut."""

from __future__ import annotations

import gzip
import tracemalloc

import pytest

from crawler import limits
from crawler.discovery.feeds import parse_feed
from crawler.discovery.links import article_links
from crawler.discovery.sitemaps import parse_sitemap
from crawler.urls import canonicalize_url

URLSET = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
          b"<url><loc>https://a.vn/tin/bai-1.html</loc></url></urlset>")


def bomb(inflated: int) -> bytes:
    """A gzip body of a sitemap start followed by ``inflated`` bytes of blanks."""
    return gzip.compress(URLSET[:-9] + b" " * inflated + b"</urlset>", compresslevel=9)


def test_gzip_bomb_stops_at_the_cap_in_bounded_memory() -> None:
    body = bomb(200 * 1024 * 1024)  # 200 MiB inflated from about 200 KB
    assert len(body) < 1024 * 1024
    tracemalloc.start()
    with pytest.raises(limits.TooLarge):
        limits.gunzip_capped(body, 4 * 1024 * 1024)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 32 * 1024 * 1024


def test_sitemap_bomb_is_not_parsed_and_a_small_gzip_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 8 * 1024 * 1024)  # the spider sets it
    assert parse_sitemap(bomb(20 * 1024 * 1024), "https://a.vn/sitemap.xml.gz") is None
    kind, entries = parse_sitemap(gzip.compress(URLSET), "https://a.vn/sitemap.xml.gz")
    assert kind == "urlset" and [e.url for e in entries] == ["https://a.vn/tin/bai-1.html"]
    assert limits.gunzip_capped(gzip.compress(b"ab") + gzip.compress(b"cd"), 10) == b"abcd"


def test_feed_larger_than_the_cap_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    feed = (b'<rss version="2.0"><channel><item><link>https://a.vn/tin/bai-1.html</link>'
            b"</item></channel></rss>")
    assert parse_feed(feed, "https://a.vn/rss")
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 50)
    assert parse_feed(feed, "https://a.vn/rss") is None


def test_links_read_per_page_are_capped() -> None:
    html = "<html><body>" + "".join(
        f'<a href="/tin/bai-{i}.html">Bài viết số {i} về chuyển đổi số</a>'
        for i in range(100_000)) + "</body></html>"
    links = article_links(html, "https://a.vn/", ["a.vn"], r"/tin/bai-\d+\.html$",
                          max_anchors=2000)
    # the cap, not a timing: the time such a page may take is bounded by CDS_PARSE_TIMEOUT
    # off the event loop (tests/test_hostile.py) and measured in bench, not here
    assert len(links) == 2000


def test_double_slash_variants_fold() -> None:
    variants = ["https://a.vn//tin//bai-1.html", "https://a.vn/tin/bai-1.html?utm_source=z",
                "https://A.VN:443/tin/./bai-1.html#x", "https://a.vn/tin/../tin/bai-1.html"]
    assert {canonicalize_url(u) for u in variants} == {"https://a.vn/tin/bai-1.html"}
