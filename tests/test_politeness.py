"""robots.txt by RFC 9309 and Retry-After per host (crawler/politeness.py), on a real crawl."""

from __future__ import annotations

from email.utils import formatdate
from pathlib import Path

import yaml

from crawler.politeness import retry_after_seconds
from tests.helpers_crawl import run_crawl
from tests.test_egress import _Handler, _serve

BODY = "<p>" + "Tỉnh đẩy mạnh chuyển đổi số trong các cơ quan nhà nước. " * 40 + "</p>"


def article(n: int) -> bytes:
    return (f"<html><head><title>Chuyển đổi số bài {n}</title>"
            '<meta property="article:published_time" content="2026-11-02T08:00:00+07:00">'
            f"</head><body><article><h1>Chuyển đổi số bài {n}</h1><p>Bài {n}.</p>{BODY}"
            "</article></body></html>").encode()


LISTING = (b'<html><body><a href="/tin/bai-1.html">1</a><a href="/tin/bai-2.html">2</a>'
           b"</body></html>")


def test_retry_after_values() -> None:
    assert retry_after_seconds(b"3600") == 3600
    assert retry_after_seconds(formatdate(1_000_120, usegmt=True), now=1_000_000) == 120
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_robots_5xx_disallows_4xx_allows_and_retry_after_is_honoured(
        tmp_path: Path, sqlite_url: str) -> None:
    class Down(_Handler):  # robots.txt 500: nothing else may be fetched
        routes = {"/robots.txt": (500, {}, b"oops"), "/tin/": (200, {}, LISTING),
                  "/tin/bai-1.html": (200, {}, article(1)),
                  "/tin/bai-2.html": (200, {}, article(2))}
        hits: list[str] = []

    class Busy(_Handler):  # robots.txt 404 (allow all); one article answers 429 for an hour
        routes = {"/tin/": (200, {}, LISTING), "/tin/bai-1.html": (200, {}, article(3)),
                  "/tin/bai-2.html": (429, {"Retry-After": "3600"}, b"slow down")}
        hits: list[str] = []

    down, busy = _serve("127.0.1.24", Down), _serve("127.0.1.25", Busy)
    entries = []
    for sid, server in (("down", down), ("busy", busy)):
        host, port = server.server_address[:2]
        entries.append({"id": sid, "name": sid, "kind": "portal", "allowed_domains": [host],
                        "start_urls": [f"http://{host}:{port}/tin/"], "topic_filter": False,
                        "article_url_pattern": r"/tin/bai-\d+\.html$", "allow_private": True})
    registry = tmp_path / "sources.yaml"
    registry.write_text(yaml.safe_dump({"sources": entries}), encoding="utf-8")
    try:
        result = run_crawl(registry, sqlite_url, tmp_path=tmp_path, timeout=120)
    finally:
        for server in (down, busy):
            server.shutdown()
            server.server_close()
    port = down.server_address[1]
    assert [h for h in Down.hits if not h.endswith("/robots.txt")] == [], Down.hits
    assert Down.hits.count(f"{port}/robots.txt") >= 1
    assert result.stat("cds/robots/unavailable") == 1
    assert result.source_stats("busy")["stored"] == 1, result.log_tail()
    busy_port = busy.server_address[1]
    assert Busy.hits.count(f"{busy_port}/tin/bai-2.html") == 1, Busy.hits
    assert result.source_stats("busy")["errors"].get("retry_after") == 1
