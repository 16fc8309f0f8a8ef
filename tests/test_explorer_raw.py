"""The article page shows the page as fetched, read from the WARC archive of a real crawl of
the replica, served sandboxed; an article without an archived copy shows nothing."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from lxml import html
from sqlalchemy import create_engine, text

from explorer.web import readonly_engine
from scheduler.web import start_in_thread
from tests.helpers_crawl import run_crawl

pytestmark = pytest.mark.slow
SOURCE = "haiphong-news"


def fetch(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_article_page_shows_the_archived_raw_page_sandboxed(tmp_path, monkeypatch):
    from cds.replica import Replica

    replica = Replica().start()
    try:
        registry = replica.write_registry(tmp_path / "sources.yaml")
        url = f"sqlite:///{tmp_path / 'cds.db'}"
        crawl = run_crawl(registry, url, tmp_path=tmp_path, source=SOURCE)
        assert crawl.ok, crawl.log_tail()
        # the original pages, as the replica serves them, to compare with the archived copies
        engine = create_engine(url)
        with engine.begin() as conn:
            stored = conn.execute(text(
                "SELECT a.id, a.url, a.title FROM articles a JOIN visited_urls v ON "
                "v.url_id = a.id WHERE v.warc_file IS NOT NULL ORDER BY a.id")).all()
            assert len(stored) >= 2
            (unarchived, *_), archived = stored[0], stored[1:]
            conn.execute(text("UPDATE visited_urls SET warc_file = NULL, warc_offset = NULL "
                              "WHERE url_id = :id"), {"id": unarchived})
        engine.dispose()
        originals = {}
        for article_id, page_url, _ in archived:
            with urllib.request.urlopen(page_url, timeout=30) as r:
                originals[article_id] = r.read()
    finally:
        replica.stop()

    monkeypatch.setenv("CDS_DATA_DIR", str(tmp_path / "data"))  # where the crawl wrote WARCs
    server = start_in_thread("127.0.0.1", 0, url)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        for article_id, _, title in archived:
            status, _, body = fetch(f"{base}/explore/article/{article_id}")
            assert status == 200
            frame = html.fromstring(body).xpath('//iframe[@id="raw-frame"]')
            assert len(frame) == 1 and frame[0].get("sandbox") == ""
            raw_url = frame[0].get("src")
            assert raw_url == f"/explore/article/{article_id}/raw"
            status, headers, raw = fetch(base + raw_url)
            assert status == 200 and raw == originals[article_id]
            assert title.split()[0].encode() in raw
            csp = headers["Content-Security-Policy"]
            assert csp.startswith("sandbox;") and "default-src 'none'" in csp
            assert "allow-scripts" not in csp
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert headers["Content-Type"].startswith("text/html")
        status, _, body = fetch(f"{base}/explore/article/{unarchived}")
        assert status == 200 and b"raw-frame" not in body and b'id="raw"' not in body
        assert fetch(f"{base}/explore/article/{unarchived}/raw")[0] == 404
        assert fetch(f"{base}/explore/article/nope/raw")[0] == 404
    finally:
        server.shutdown()
        server.server_close()
        readonly_engine(url).dispose()
