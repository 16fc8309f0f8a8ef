"""The cds_news spider as a real ``scrapy crawl`` child process against a small local site.

The site (``http.server`` on 127.0.0.1, port 0) has robots.txt with a ``Sitemap:`` line and a
``Disallow:``, a sitemap, an RSS feed linked only through ``<link rel=alternate>``, a paginated
listing whose last page repeats forever, ETag/304 on every page, and faults (404, 500-then-200,
a stalling article, a PDF, an offsite redirect).
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections import Counter
from datetime import date
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from tests.helpers_crawl import run_crawl

pytestmark = pytest.mark.slow

BODY = 3 * (
    "Tỉnh đẩy mạnh chuyển đổi số trong cơ quan nhà nước, phát triển chính quyền số, kinh tế số "
    "và xã hội số; người dân được hướng dẫn sử dụng dịch vụ công trực tuyến toàn trình. "
)


WORDS = ("hạ tầng số", "nền tảng số", "dữ liệu số", "chữ ký số", "kỹ năng số", "VNeID",
         "đô thị thông minh", "thanh toán không dùng tiền mặt", "an toàn thông tin")


VOCAB = ("huyện xã phường thôn bản cán bộ công chức người dân doanh nghiệp hợp tác xã nông dân "
         "học sinh giáo viên bệnh viện trường học chợ cửa hàng điện thoại máy tính mạng internet "
         "phần mềm hồ sơ thủ tục giấy tờ cổng thông tin hội nghị kế hoạch chỉ tiêu năm tháng",)


def article_html(n: int) -> str:
    rnd = random.Random(n)
    vocab = " ".join(WORDS + VOCAB).split()
    own = " ".join(" ".join(rnd.choices(vocab, k=12)) + "." for _ in range(12))
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Chuyển đổi số bài {n} - Báo Thử</title>
<meta property="article:published_time" content="2025-06-{n:02d}T08:00:00+07:00">
</head><body><nav><a href="/">Trang chủ</a></nav><article>
<h1>Chuyển đổi số bài {n}: tỉnh đẩy mạnh chính quyền số</h1>
<div class="date">08:00, {n:02d}/06/2025</div>
<p class="sapo">Sáng {n}-6, tỉnh tổ chức hội nghị về chuyển đổi số với nhiều nội dung mới.</p>
<p>{BODY}</p><p>{own}</p><p>Đoạn {n} kết thúc bài viết về chuyển đổi số của tỉnh.</p>
</article><footer><a href="/lien-he">Liên hệ</a></footer></body></html>"""


def link(n: int) -> str:
    return (f'<li><a href="/chuyen-doi-so/bai-viet-so-{n}-ve-chuyen-doi-so-{1000 + n}.html">'
            f"Bài viết số {n} về chuyển đổi số của tỉnh</a> <span>08:00, {n:02d}/06/2025</span>"
            "</li>")


NAV = """<header><nav><a href="/gioi-thieu-chung-ve-toa-soan-bao-123456.html">Giới thiệu chung
về tòa soạn báo điện tử</a></nav></header>
<aside class="sidebar"><a href="/tin-doc-nhieu-nhat-trong-tuan-qua-777777.html">Tin đọc nhiều
nhất trong tuần qua của báo</a></aside>"""


def listing(items: list[int], page: int, next_page: int | None) -> str:
    nxt = f'<div class="paging"><a href="/chuyen-doi-so/?page={next_page}">›</a></div>' \
        if next_page else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Chuyển đổi số</title>
<link rel="alternate" type="application/rss+xml" href="/rss/cds.rss"></head><body>{NAV}
<main><h1>Chuyển đổi số - trang {page}</h1><ul>{''.join(link(i) for i in items)}</ul>
<a href="/files/ke-hoach-chuyen-doi-so-nam-2025-tinh-12345.pdf">Kế hoạch chuyển đổi số
năm 2025 của tỉnh (PDF)</a>
<a href="https://elsewhere.example/bai-viet-ngoai-trang-web-99999.html">Một bài viết ở trang web
khác không được theo</a></main>{nxt}</body></html>"""


class Site:
    """State of the fixture site; ``published`` grows with :meth:`advance`."""

    def __init__(self) -> None:
        self.published = 7  # articles 1..published; newest first in listings
        self.log: list[str] = []
        self.times: list[float] = []
        self.crawl_delay: float | None = None
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def listing_page(self, page: int) -> str:
        order = list(range(self.published, 0, -1))
        per = 3
        pages = max(1, -(-len(order) // per))
        page = min(page, pages)  # past the end: the last page again, forever
        items = order[(page - 1) * per: page * per]
        return listing(items, page, page + 1)  # always offers a "next" page

    def routes(self, path: str) -> tuple[int, str, str, dict[str, str]]:
        html = "text/html; charset=utf-8"
        if path == "/robots.txt":
            delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else ""
            return 200, "text/plain", (
                f"User-agent: *\nDisallow: /private/\n{delay}"
                f"Sitemap: {self.base}/sitemap.xml\n"), {}
        if path == "/sitemap.xml":
            today = date.today().isoformat()
            urls = "".join(f"<url><loc>{self.base}{u}</loc><lastmod>{today}</lastmod></url>"
                           for u in (
                "/private/bai-viet-bi-cam-trong-robots-5555.html",
                "/chuyen-doi-so/bai-viet-so-1-ve-chuyen-doi-so-1001.html"))
            return 200, "application/xml", (
                '<?xml version="1.0" encoding="UTF-8"?><urlset '
                f'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'), {}
        if path == "/rss/cds.rss":
            items = "".join(
                f"<item><title>Bài {n}</title><link>{self.base}/chuyen-doi-so/"
                f"bai-viet-so-{n}-ve-chuyen-doi-so-{1000 + n}.html?utm_source=rss</link>"
                f"<pubDate>{formatdate(1748736000 + n * 86400)}</pubDate></item>"
                for n in range(self.published, max(0, self.published - 2), -1))
            items += (f"<item><title>Lỗi</title><link>{self.base}/chuyen-doi-so/"
                      "bai-viet-loi-mat-tich-khong-con-9001.html</link></item>"
                      f"<item><title>Chậm</title><link>{self.base}/chuyen-doi-so/"
                      "bai-viet-treo-may-chu-rat-lau-9002.html</link></item>"
                      f"<item><title>Tạm lỗi</title><link>{self.base}/chuyen-doi-so/"
                      "bai-viet-loi-tam-thoi-mot-lan-9003.html</link></item>"
                      f"<item><title>Đi</title><link>{self.base}/chuyen-doi-so/"
                      "bai-viet-chuyen-sang-trang-khac-9004.html</link></item>")
            return 200, "application/rss+xml", (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>CĐS</title><link>{self.base}/</link>{items}</channel></rss>"), {}
        if path == "/chuyen-doi-so/" or path.startswith("/chuyen-doi-so/?page="):
            page = int(path.rsplit("=", 1)[1]) if "=" in path else 1
            return 200, html, self.listing_page(page), {}
        if "9001" in path:
            return 404, html, "<h1>Không tìm thấy</h1>", {}
        if "9002" in path:
            return -1, html, "", {}  # stall
        if "9003" in path:
            if self.hits[path] == 1:
                return 500, html, "<h1>Lỗi máy chủ</h1>", {}
            return 200, html, article_html(28), {}
        if "9004" in path:
            return 302, html, "", {"Location": "https://moved.example/bai-viet.html"}
        match = re.fullmatch(r"/chuyen-doi-so/bai-viet-so-(\d+)-ve-chuyen-doi-so-\d+\.html", path)
        if match and int(match.group(1)) <= self.published:
            return 200, html, article_html(int(match.group(1))), {}
        return 404, html, "<h1>404</h1>", {}


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            with site.lock:
                site.log.append(self.path)
                site.times.append(time.monotonic())
                site.hits[self.path] += 1
            status, ctype, body, headers = site.routes(self.path)
            if status == -1:
                site_stop = threading.Event()
                site_stop.wait(8)
                return
            data = body.encode("utf-8")
            etag = f'"{hash(data) & 0xFFFFFFFF:x}"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            if status == 200:
                self.send_header("ETag", etag)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def site() -> Site:
    state = Site()
    state.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    state.server.daemon_threads = True
    thread = threading.Thread(target=state.server.serve_forever, daemon=True)
    thread.start()
    yield state
    state.server.shutdown()
    state.server.server_close()


@pytest.fixture
def registry(site: Site, tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [{
        "id": "thu", "name": "Báo Thử", "kind": "newspaper", "province": None,
        "allowed_domains": ["127.0.0.1"],
        "start_urls": [f"{site.base}/chuyen-doi-so/", f"{site.base}/private/danh-sach/"],
        "feeds": [f"{site.base}/rss/da-bo.rss"],
        "topic_filter": False, "confidence": "H", "max_pages": 10, "allow_private": True,
    }]}, allow_unicode=True), encoding="utf-8")
    return path


def articles_requested(log: list[str]) -> list[str]:
    return [p for p in log if re.search(r"-\d{4}\.html", p)]


def test_crawl_twice_fetches_only_new_articles(site: Site, registry: Path, sqlite_url: str,
                                               tmp_path: Path) -> None:
    first = run_crawl(registry, sqlite_url, tmp_path=tmp_path)
    assert first.returncode == 0, first.log_tail()
    assert first.stats["finish_reason"] == "finished"
    fetched = articles_requested(site.log)
    good = {f"/chuyen-doi-so/bai-viet-so-{n}-ve-chuyen-doi-so-{1000 + n}.html"
            for n in range(1, 8)}
    assert good <= set(fetched)
    # each good article once; robots-disallowed, PDF and offsite links never
    assert all(site.hits[p] == 1 for p in good)
    assert not [p for p in site.log if p.startswith("/private/") or p.endswith(".pdf")]
    assert not [p for p in site.log if "utm_source" in p]
    assert not [p for p in site.log if "gioi-thieu" in p or "doc-nhieu" in p]
    # the feed was found through <link rel=alternate>, the sitemap through robots.txt
    assert site.hits["/rss/cds.rss"] == 1 and site.hits["/sitemap.xml"] == 1
    # infinite pagination: pages 1..3 then the repeat of page 3 (page 4) stops the walk
    listing_pages = [p for p in site.log if p.startswith("/chuyen-doi-so/?page=")]
    assert listing_pages == ["/chuyen-doi-so/?page=2", "/chuyen-doi-so/?page=3",
                             "/chuyen-doi-so/?page=4"]
    s = first.source_stats("thu")
    assert s["discovered"] == 12 and s["known"] == 0  # 7 + 4 faults + the disallowed one
    assert first.stat("robotstxt/forbidden") == 2  # the listing and the sitemap entry
    assert s["stored"] == 8 and s["duplicates"] == 0
    assert s["errors"]["http_404"] == 2  # the gone article and the gone feed
    assert s["events"]["feed_gone"] == [f"{site.base}/rss/da-bo.rss"]
    assert s["events"]["robots_forbidden"] == [f"{site.base}/private/danh-sach/"]
    assert "moved.example" in s["events"]["offsite_redirect"][0]
    assert site.hits["/chuyen-doi-so/bai-viet-loi-tam-thoi-mot-lan-9003.html"] == 2  # retried
    assert first.stat("cds/retry/backoff_seconds") > 0  # after a back-off
    assert s["requests"] >= s["fetched"] == 8  # 7 + the retried one
    assert first.stats.get("cds/run_id")

    # an unchanged world: only revalidations (304), no article
    site.log.clear()
    second = run_crawl(registry, sqlite_url, tmp_path=tmp_path)
    assert second.returncode == 0, second.log_tail()
    again = articles_requested(site.log)
    assert again == ["/chuyen-doi-so/bai-viet-treo-may-chu-rat-lau-9002.html"] * 3  # transient
    assert second.source_stats("thu")["not_modified"] >= 2

    # two new articles: exactly those two are fetched
    site.published = 9
    site.log.clear()
    third = run_crawl(registry, sqlite_url, tmp_path=tmp_path,
                      settings={"CDS_MAX_FETCH_ATTEMPTS": 2})
    assert third.returncode == 0, third.log_tail()
    new = sorted(set(articles_requested(site.log)))
    assert new == [f"/chuyen-doi-so/bai-viet-so-{n}-ve-chuyen-doi-so-{1000 + n}.html"
                   for n in (8, 9)]


def test_unknown_source_id_is_a_clear_error(registry: Path, sqlite_url: str,
                                            tmp_path: Path) -> None:
    result = run_crawl(registry, sqlite_url, tmp_path=tmp_path, source="khong-co")
    assert result.returncode != 0
    assert "khong-co" in result.log


def test_backfill_since_skips_older_articles(site: Site, tmp_path: Path, sqlite_url: str) -> None:
    """Dated feed entries and listing items older than ``since`` are skipped; a bad registry
    entry is reported with its position and field while the valid source runs; a disabled
    source does not run unless named."""
    site.crawl_delay = 5
    path = tmp_path / "sources.yaml"
    good = {"id": "thu", "name": "Báo Thử", "kind": "newspaper", "province": None,
            "allowed_domains": ["127.0.0.1"], "start_urls": [f"{site.base}/chuyen-doi-so/"],
            "topic_filter": False, "confidence": "H", "allow_private": True}
    bad = {"id": "hong", "name": "Hỏng", "kind": "tabloid", "allowed_domains": ["x.vn"],
           "start_urls": ["https://x.vn/"], "confidence": "H"}
    off = {**good, "id": "tat", "enabled": False, "disabled_reason": "test",
           "start_urls": [f"{site.base}/tat/"]}
    path.write_text(yaml.safe_dump({"sources": [good, bad, off]}, allow_unicode=True), "utf-8")
    result = run_crawl(path, sqlite_url, tmp_path=tmp_path, since="2025-06-05",
                       settings={"CDS_CRAWL_DELAY_MAX": 0.3, "DOWNLOAD_DELAY_JITTER": 0,
                                 "CDS_DISCOVER_ROBOTS_SITEMAPS": False})
    assert result.returncode == 0, result.log_tail()
    assert "sources[1] (id=hong) field 'kind'" in result.log
    assert "/tat/" not in site.log
    fetched = {p for p in articles_requested(site.log) if "bai-viet-so-" in p}
    assert fetched == {f"/chuyen-doi-so/bai-viet-so-{n}-ve-chuyen-doi-so-{1000 + n}.html"
                       for n in (5, 6, 7)}
    assert result.source_stats("thu")["requests"] > 5
    # the backfill walked past page 1 although nothing on it was known
    assert "/chuyen-doi-so/?page=2" in site.log
    # robots.txt Crawl-delay (5 s) honoured up to CDS_CRAWL_DELAY_MAX (0.3 s)
    gaps = [b - a for a, b in zip(site.times[1:], site.times[2:], strict=False)]
    assert gaps and min(gaps) >= 0.25


def test_spider_arguments(tmp_path: Path) -> None:
    from scrapy.utils.test import get_crawler

    from crawler.spiders.cds_news import CdsNewsSpider, parse_since
    from seeds.registry import UnknownSourceError

    registry = tmp_path / "sources.yaml"
    entry = {"name": "A", "kind": "portal", "province": None, "allowed_domains": ["a.vn"],
             "start_urls": ["https://a.vn/cds/"], "confidence": "M",
             "host_aliases": ["www.a.vn"]}
    registry.write_text(yaml.safe_dump({"sources": [
        {**entry, "id": "a"},
        {**entry, "id": "b", "enabled": False, "disabled_reason": "x"}]}), "utf-8")
    spider = CdsNewsSpider.from_crawler(get_crawler(CdsNewsSpider), sources=str(registry))
    assert list(spider.sources_by_id) == ["a"]  # disabled b left out
    assert spider.allowed_domains == ["a.vn", "www.a.vn"]
    spider = CdsNewsSpider.from_crawler(get_crawler(CdsNewsSpider), sources=str(registry),
                                        source="b,a")
    assert list(spider.sources_by_id) == ["b", "a"]  # named: disabled b runs
    with pytest.raises(UnknownSourceError, match="'zz'"):
        CdsNewsSpider.from_crawler(get_crawler(CdsNewsSpider), sources=str(registry),
                                   source="zz")
    assert parse_since("2025-07-01").isoformat() == "2025-07-01T00:00:00+07:00"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_since("01/07/2025")


def test_cds_crawl_command(tmp_path: Path) -> None:
    import argparse
    import subprocess
    import sys

    from cds.commands.crawl import register, scrapy_argv

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["crawl", "--sources", "s.yaml", "--source", "a,b", "--since",
                              "2025-07-01", "-s", "LOG_LEVEL=DEBUG", "-a", "x=1"])
    assert scrapy_argv(args) == ["scrapy", "crawl", "cds_news", "-a", "sources=s.yaml",
                                 "-a", "source=a,b", "-a", "since=2025-07-01", "-a", "x=1",
                                 "-s", "LOG_LEVEL=DEBUG"]
    registry = tmp_path / "sources.yaml"
    registry.write_text("sources: []\n", "utf-8")
    proc = subprocess.run([sys.executable, "-m", "cds", "crawl", "--sources", str(registry),
                           "--source", "khong-co"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "khong-co" in proc.stderr
