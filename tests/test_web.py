"""The status web service, ``cds status`` and ``cds serve`` against a populated database."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest
from prometheus_client.parser import text_string_to_metric_families

from pipelines.db import session_scope, upgrade
from pipelines.schema import Alert, Article, CrawlRun, RunSourceStats, Source
from scheduler.web import start_in_thread

REGISTRY = """\
sources:
  - id: alpha
    name: Báo Alpha
    kind: newspaper
    confidence: H
    province: Đắk Lắk
    allowed_domains: [alpha.example]
    start_urls: [http://alpha.example/cds/]
  - id: beta
    name: Cổng Beta
    kind: portal
    confidence: H
    province: Hà Nội
    allowed_domains: [beta.example]
    start_urls: [http://beta.example/]
    schedule: "*/5 * * * *"
"""


def write_registry(path: Path) -> str:
    path.write_text(REGISTRY, encoding="utf-8")
    return str(path)


def populate(url: str, now: datetime | None = None) -> None:
    """Two sources: alpha healthy with articles, beta failing with an open alert."""
    now = now or datetime.now(UTC)
    upgrade(url)
    with session_scope(url) as s:
        s.add(Source(id="alpha", name="Báo Alpha", kind="newspaper", province="Đắk Lắk"))
        s.add(Source(id="beta", name="Cổng Beta", kind="portal", province="Hà Nội"))
        for i in range(3):
            when = now - timedelta(hours=3 - i)
            for source, status in (("alpha", "finished"), ("beta", "failed")):
                r = CrawlRun(started_at=when, finished_at=when + timedelta(minutes=1),
                             status=status)
                s.add(r)
                s.flush()
                s.add(RunSourceStats(run_id=r.id, source_id=source, started_at=when,
                                     finished_at=when, requests=7, discovered=4, stored=2))
        for i in range(6):
            published = now - timedelta(days=i, hours=1)
            s.add(Article(
                id=f"a{i}", url=f"https://alpha.example/cds/bai-{i}.html", source_id="alpha",
                title=f"Chuyển đổi số bài {i}", lead=f"Tóm tắt {i} về CĐS", author="Phóng viên",
                published_at=published, text="Nội dung", content_hash=f"h{i}",
                first_seen_at=published + timedelta(minutes=5)))
        s.add(Article(id="dup", url="https://beta.example/copy.html", source_id="beta",
                      title="Bản sao", published_at=now, text="x", content_hash="h0",
                      duplicate_of="a0", first_seen_at=now))
        s.add(Alert(source_id="beta", condition="consecutive_failures", severity="critical",
                    message="3 failed runs in a row"))


@pytest.fixture
def site(tmp_path, database_url) -> Iterator[tuple[str, str, str]]:
    """The service over a populated database, once on SQLite and once on PostgreSQL."""
    populate(database_url)
    registry = write_registry(tmp_path / "sources.yaml")
    server = start_in_thread("127.0.0.1", 0, database_url, registry)
    yield f"http://127.0.0.1:{server.server_address[1]}", database_url, registry
    server.shutdown()
    server.server_close()


def get(url: str, method: str = "GET") -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def test_status_page(site):
    status, ctype, body = get(site[0] + "/")
    page = body.decode()
    assert status == 200 and ctype.startswith("text/html")
    assert '<table id="sources">' in page and '<svg id="chart"' in page
    assert 'data-source="alpha"' in page and 'data-source="beta"' in page
    assert 'data-province="Đắk Lắk"' in page and "failing" in page
    assert "http://" not in page.split("<svg", 1)[1].split("</svg>")[0].replace(
        "http://www.w3.org/2000/svg", "")  # self-contained: nothing fetched


def test_metrics(site):
    status, ctype, body = get(site[0] + "/metrics")
    assert status == 200 and ctype.startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(body.decode()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    assert samples[("cds_crawl_runs_total", (("status", "finished"),))] == 3
    assert samples[("cds_crawl_runs_total", (("status", "failed"),))] == 3
    assert samples[("cds_source_failed_runs_total", (("source", "beta"),))] == 3
    assert samples[("cds_source_requests_total", (("source", "alpha"),))] == 21
    assert samples[("cds_articles", (("source", "alpha"),))] == 6
    assert samples[("cds_open_alerts", (("source", "beta"),))] == 1
    last = samples[("cds_source_last_success_timestamp_seconds", (("source", "alpha"),))]
    assert abs(last - datetime.now(UTC).timestamp()) < 3 * 3600
    assert ("cds_source_last_success_timestamp_seconds", (("source", "beta"),)) not in samples


def test_feed(site):
    status, ctype, body = get(site[0] + "/feed.atom")
    assert status == 200 and ctype.startswith("application/atom+xml")
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 6  # the duplicate is left out
    first = feed.entries[0]
    assert first.title == "Chuyển đổi số bài 0"
    assert first.link == "https://alpha.example/cds/bai-0.html"
    assert first.summary == "Tóm tắt 0 về CĐS" and first.author == "Phóng viên"
    assert "Đắk Lắk" in [t.term for t in first.tags]
    assert first.published_parsed is not None


def test_healthz_404_405(site, tmp_path):
    assert get(site[0] + "/healthz")[0] == 200
    assert get(site[0] + "/nope")[0] == 404
    assert get(site[0] + "/", method="POST")[0] == 405
    assert get(site[0] + "/metrics", method="DELETE")[0] == 405
    broken = start_in_thread("127.0.0.1", 0, f"sqlite:///{tmp_path}/missing/dir/x.db")
    try:
        assert get(f"http://127.0.0.1:{broken.server_address[1]}/healthz")[0] == 503
    finally:
        broken.shutdown()
        broken.server_close()


def test_cds_status_json_and_table(site, capsys):
    from cds.cli import main

    _, url, registry = site
    assert main(["status", "--json", "--sources", registry, "--database-url", url]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["alpha"]["health"] == "ok" and rows["alpha"]["articles_7d"] == 6
    assert rows["beta"]["health"] == "failing" and rows["beta"]["open_alerts"] == 1
    assert rows["beta"]["last_run_status"] == "failed" and "3 failed runs" in rows["beta"]["reason"]
    assert main(["status", "--sources", registry, "--database-url", url]) == 0
    out = capsys.readouterr().out
    assert "alpha" in out and "failing" in out and "Đắk Lắk" in out


def test_cds_serve_command(tmp_path, sqlite_url):
    """``cds serve`` binds 127.0.0.1, answers, and stops cleanly on SIGINT."""
    import os
    import re
    import signal
    import subprocess
    import sys
    import time

    populate(sqlite_url)
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "cds", "serve", "--port", "0", "--database-url", sqlite_url,
             "--sources", write_registry(tmp_path / "s.yaml")],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not (m := re.search(r"http://([\d.]+):(\d+)/", log.read_text())):
            assert time.monotonic() < deadline and proc.poll() is None, log.read_text()
            time.sleep(0.1)
        assert m.group(1) == "127.0.0.1"
        assert get(f"http://127.0.0.1:{m.group(2)}/healthz")[0] == 200
        assert get(f"http://127.0.0.1:{m.group(2)}/")[0] == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)


def test_status_without_registry_uses_the_sources_table(tmp_path, sqlite_url):
    from scheduler.report import collect

    populate(sqlite_url)
    rows = collect(sqlite_url, str(tmp_path / "missing.yaml"))
    assert [(r.id, r.province, r.health) for r in rows] == [
        ("alpha", "Đắk Lắk", "ok"), ("beta", "Hà Nội", "failing")]


def test_status_shows_the_archive_sources_a_registry_does_not_list(tmp_path, sqlite_url,
                                                                    capsys):
    """An archive crawled from another registry: its sources come after the registry's, with
    their health, and the table says so (the demo's archive read without its --sources)."""
    from cds.cli import main
    from scheduler.report import collect

    populate(sqlite_url)
    only_alpha = tmp_path / "alpha.yaml"
    only_alpha.write_text(REGISTRY.split("  - id: beta")[0], encoding="utf-8")
    rows = collect(sqlite_url, str(only_alpha))
    assert [(r.id, r.health, r.in_registry) for r in rows] == [
        ("alpha", "ok", True), ("beta", "failing", False)]
    assert main(["status", "--sources", str(only_alpha), "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out
    hint = [line for line in out.splitlines() if "of this archive are not in" in line]
    assert hint == [f"1 source(s) of this archive are not in {only_alpha} (listed last): beta"]
