"""Raw archive and re-extraction end to end: real crawls of the replica into real databases.

An extractor with a bug (``tests/broken_extractor.py``) rejects every page of one template;
after the upgrade, ``cds reextract`` brings exactly the articles of an unbroken crawl back from
the WARC archive without one request to the replica, and so does the next crawl without
fetching those pages again. With the archive off, the next crawl fetches each rejected page
once more instead. A SIGKILLed crawl leaves readable WARC files;
WARC files of another crawler (shaped like wget's) seed an archive.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, text
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.process import crawl_argv, crawl_env
from crawler.urls import canonicalize_url
from crawler.warc.reader import check_file, read_response
from tests.helpers_crawl import FAST_SETTINGS, PROJECT_ROOT, run_crawl

pytestmark = pytest.mark.slow

BROKEN = {"CDS_EXTRACTOR": "tests.broken_extractor:extract_article"}
BROKEN_SITE = "daklak-portal"  # Liferay: the template the broken extractor rejects


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    from cds.replica import Replica

    tmp = tmp_path_factory.mktemp("reextract")
    replica = Replica(stall_seconds=4).start()
    try:
        replica.registry_path = replica.write_registry(tmp / "sources.yaml")
        yield replica
    finally:
        replica.stop()


def query(database_url: str, sql: str) -> list[tuple]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def articles(database_url: str) -> tuple[set, int]:
    """(id, content hash) of every article, and how many are not copies (which copy of a
    syndicated story comes first depends on the order responses arrive in)."""
    rows = query(database_url, "select id, content_hash, duplicate_of from articles")
    return {(i, h) for i, h, _ in rows}, sum(d is None for *_, d in rows)


def dates(database_url: str) -> set:
    return set(query(database_url, "select id, published_at, modified_at from articles"))


@pytest.fixture(scope="module")
def unbroken_db(replica, tmp_path_factory) -> str:
    tmp = tmp_path_factory.mktemp("unbroken")
    url = f"sqlite:///{tmp / 'unbroken.db'}"
    result = run_crawl(replica.registry_path, url, tmp_path=tmp,
                       settings={"CDS_WARC_ENABLED": False})
    assert result.ok, result.log_tail()
    return url


@pytest.fixture(scope="module")
def unbroken(unbroken_db) -> tuple[set, int]:
    found = articles(unbroken_db)
    assert len(found[0]) >= 25
    return found


def requests_made(replica) -> list:
    """Requests in the replica's log since it was cleared, but the stalled page's answer to an
    earlier crawl (the server logs it when the stall ends, after that crawl gave up)."""
    stalled = {urlsplit(f["url"]).path for f in replica.faults() if f["kind"] == "stall"}
    return [e for e in replica.log.entries() if e.path.split("?")[0] not in stalled]


def rejected_urls(database_url: str) -> list[str]:
    return [u for (u,) in query(
        database_url, "select url from visited_urls where outcome = 'not_article' "
        f"and source_id = '{BROKEN_SITE}' and extractor_version = '0-broken-liferay' "
        "and reason like 'too_short%'")]


def cds(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cds", *args], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=240,
                          env=crawl_env({"CDS_DATA_DIR": str(data_dir)}))


def test_reextract_from_the_archive_gives_the_unbroken_articles_without_a_request(
        replica, unbroken, unbroken_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'broken.db'}"
    broken = run_crawl(replica.registry_path, url, tmp_path=tmp_path, settings=BROKEN)
    assert broken.ok, broken.log_tail()
    lost = rejected_urls(url)
    assert len(lost) >= 5
    assert not query(url, f"select 1 from articles where source_id = '{BROKEN_SITE}'")

    # every judged article page is in the archive, at the location its visit names
    data = tmp_path / "data"
    visits = query(url, "select url, warc_file, warc_offset from visited_urls where outcome in "
                   "('stored', 'duplicate', 'off_topic', 'not_article', 'rejected')")
    assert visits and all(f for _, f, _ in visits)
    for visit_url, name, offset in visits:
        archived = read_response(data / "warc" / name, offset)
        assert archived.status == 200
        assert canonicalize_url(archived.url) == visit_url or archived.url == visit_url
    files = sorted((data / "warc").glob("*.warc.gz"))
    responses = 0
    for path in files:
        assert check_file(path).ok
        with open(path, "rb") as fh:
            responses += sum(r.rec_type == "response" for r in ArchiveIterator(fh))
        index = subprocess.run([str(Path(sys.executable).with_name("warcio")), "index",
                                str(path)], capture_output=True, text=True, check=True)
        assert '"warc-type": "response"' in index.stdout
    assert responses >= len(visits) and broken.stat("cds/warc/records") >= len(visits)

    # rejected by the broken version: the lost pages and the pages it judged off-topic
    (waiting,), = query(url, "select count(*) from visited_urls where extractor_version = "
                        "'0-broken-liferay' and (outcome = 'off_topic' "
                        "or reason like 'too_short%')")
    status = cds("status", "--database", url, "--sources", str(replica.registry_path),
                 data_dir=data)
    assert f"{waiting} from the raw archive" in status.stdout, status.stdout + status.stderr
    rows = json.loads(cds("status", "--json", "--database", url, "--sources",
                          str(replica.registry_path), data_dir=data).stdout)
    assert sum(r["reextract_waiting"]["archived"] for r in rows) == waiting

    replica.log.clear()
    dry = cds("reextract", "--database", url, "--sources", str(replica.registry_path),
              "--dry-run", data_dir=data)
    assert dry.returncode == 0, dry.stderr[-3000:]
    assert "dry run" in dry.stdout and rejected_urls(url) == lost
    run = cds("reextract", "--database", url, "--sources", str(replica.registry_path),
              data_dir=data)
    assert run.returncode == 0, run.stderr[-3000:]
    assert requests_made(replica) == []
    assert f"{waiting} archived page(s) judged again" in run.stdout, run.stdout
    assert "no request to any site" in run.stdout and "not_article -> stored: " in run.stdout
    assert articles(url) == unbroken
    # same ids: the lost pages' visits were updated in place, and keep their archive copy
    again = query(url, "select url, outcome, extractor_version, warc_file from visited_urls "
                  f"where source_id = '{BROKEN_SITE}'")
    again = {u: (o, v, f) for u, o, v, f in again}
    assert all(again[u][0] in ("stored", "duplicate", "off_topic") for u in lost)
    assert all(again[u][1] != "0-broken-liferay" and again[u][2] for u in lost)

    # nothing waits any more; a second run has nothing to do
    status = cds("status", "--database", url, "--sources", str(replica.registry_path),
                 data_dir=data)
    assert "wait for re-extraction" not in status.stdout
    rerun = cds("reextract", "--database", url, "--sources", str(replica.registry_path),
                data_dir=data)
    assert rerun.returncode == 0 and "0 archived page(s)" in rerun.stdout, rerun.stdout

    # the other bug dated one template's articles a day late: stored articles judged again
    late = dates(url) - dates(unbroken_db)
    assert late and all(i in {a for a, _ in unbroken[0]} for i, *_ in late)
    fixed = cds("reextract", "--database", url, "--sources", str(replica.registry_path),
                "--outcome", "stored", data_dir=data)
    assert fixed.returncode == 0, fixed.stderr[-3000:]
    assert f"{len(late)} changed (text or dates)" in fixed.stdout, fixed.stdout
    assert dates(url) == dates(unbroken_db)
    assert articles(url) == unbroken
    assert requests_made(replica) == []


def test_an_interrupted_reextract_resumes_with_what_is_left(replica, tmp_path):
    url = f"sqlite:///{tmp_path / 'broken.db'}"
    broken = run_crawl(replica.registry_path, url, tmp_path=tmp_path,
                       settings={**BROKEN, "CDS_REEXTRACT_IN_CRAWL": False})
    assert broken.ok, broken.log_tail()
    lost = rejected_urls(url)
    (total,), = query(url, "select count(*) from visited_urls where warc_file is not null and "
                      f"outcome in ('not_article', 'rejected') and source_id = '{BROKEN_SITE}'")
    assert total == len(lost)
    args = ("reextract", "--database", url, "--sources", str(replica.registry_path),
            "--outcome", "not_article", "--source", BROKEN_SITE)
    data = tmp_path / "data"
    first = cds(*args, "-s", "CLOSESPIDER_PAGECOUNT=1", "-s", "CONCURRENT_REQUESTS=1",
                data_dir=data)
    assert first.returncode == 1, first.stderr[-3000:]  # interrupted
    assert "stopped: closespider_pagecount, run again to resume" in first.stdout, first.stdout
    assert list((data / "reextract").glob("*.json"))  # where it began
    left = len(rejected_urls(url))
    assert left < len(lost)  # the first run's judgements were written
    second = cds(*args, data_dir=data)
    assert second.returncode == 0, second.stderr[-3000:]
    done = int(second.stdout.split(" archived page(s)")[0].rsplit(" ", 1)[-1])
    assert done == left, second.stdout  # only what the first run left
    assert not rejected_urls(url)
    assert not list((data / "reextract").glob("*.json"))  # finished: no state left


def test_the_next_crawl_reextracts_archived_pages_without_fetching_them(
        replica, unbroken, tmp_path):
    url = f"sqlite:///{tmp_path / 'broken.db'}"
    broken = run_crawl(replica.registry_path, url, tmp_path=tmp_path, settings=BROKEN)
    assert broken.ok, broken.log_tail()
    lost = rejected_urls(url)
    assert len(lost) >= 5

    replica.log.clear()
    upgraded = run_crawl(replica.registry_path, url, tmp_path=tmp_path)
    assert upgraded.ok, upgraded.log_tail()
    paths = Counter(e.path for e in replica.log.entries(site=BROKEN_SITE, kind="article"))
    assert not any(paths[urlsplit(page).path] for page in lost), paths
    assert upgraded.source_stats(BROKEN_SITE).get("stored", 0) >= 1
    assert upgraded.stat(f"cds/source/{BROKEN_SITE}/reextracted") >= len(lost)
    assert articles(url) == unbroken
    assert not rejected_urls(url)


def test_without_the_archive_the_next_crawl_fetches_each_rejected_page_once(
        replica, unbroken, tmp_path):
    url = f"sqlite:///{tmp_path / 'broken.db'}"
    off = {"CDS_WARC_ENABLED": False}
    broken = run_crawl(replica.registry_path, url, tmp_path=tmp_path, settings={**BROKEN, **off})
    assert broken.ok, broken.log_tail()
    lost = rejected_urls(url)
    assert len(lost) >= 5
    assert not (tmp_path / "data" / "warc").exists()

    replica.log.clear()
    upgraded = run_crawl(replica.registry_path, url, tmp_path=tmp_path, settings=off)
    assert upgraded.ok, upgraded.log_tail()
    paths = Counter(e.path for e in replica.log.entries(site=BROKEN_SITE, kind="article"))
    for page in lost:
        assert paths[urlsplit(page).path] == 1, (page, paths)
    assert articles(url) == unbroken
    assert not rejected_urls(url)
    # and only once: a third crawl fetches none of them
    replica.log.clear()
    third = run_crawl(replica.registry_path, url, tmp_path=tmp_path, settings=off)
    assert third.ok, third.log_tail()
    paths = Counter(e.path for e in replica.log.entries(site=BROKEN_SITE, kind="article"))
    assert not any(paths[urlsplit(page).path] for page in lost)


def test_sigkill_mid_crawl_leaves_readable_warc_files(replica, tmp_path):
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    data = tmp_path / "data"
    argv = crawl_argv(sources_file=replica.registry_path, database_url=url,
                      settings={**FAST_SETTINGS, "CDS_WARC_MAX_FILE_BYTES": 60_000})
    with (tmp_path / "killed.log").open("w") as log:
        proc = subprocess.Popen(argv, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT,
                                env=crawl_env({"CDS_DATABASE_URL": url,
                                               "CDS_DATA_DIR": str(data)}))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if sum(p.stat().st_size for p in (data / "warc").glob("*.warc.gz")) > 120_000:
                break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    files = sorted((data / "warc").glob("*.warc.gz"))
    assert len(files) >= 2
    responses = 0
    for path in files:
        check = check_file(path)
        assert check.ok or check.error.startswith("truncated"), (path, check.error)
        responses += check.records.get("response", 0)
    assert responses >= 5
    # the locations committed before the kill all point at whole response records
    for name, offset in query(url, "select warc_file, warc_offset from visited_urls "
                              "where warc_file is not null"):
        assert read_response(data / "warc" / name, offset).status == 200
    verify = cds("warc", "verify", "--repair", str(data / "warc"), data_dir=data)
    assert verify.returncode == 0, verify.stdout
    assert all(check_file(p).ok for p in files)


def wget_style_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    """A WARC/1.0 file as ``wget --warc-file`` writes it: warcinfo, then request and response
    records per page (the response as sent: gzip content encoding), then a metadata record."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.0")
        writer.write_record(writer.create_warcinfo_record(path.name, {
            "software": "Wget/1.21.3 (linux-gnu)", "format": "WARC File Format 1.0"}))
        for url, body in pages:
            parts = urlsplit(url)
            request = writer.create_warc_record(
                url, "request", payload=BytesIO(b""), length=0,
                http_headers=StatusAndHeaders(f"GET {parts.path} HTTP/1.1", [
                    ("User-Agent", "Wget/1.21.3"), ("Host", parts.netloc)],
                    is_http_request=True))
            writer.write_record(request)
            packed = gzip.compress(body)
            response = writer.create_warc_record(
                url, "response", payload=BytesIO(packed), length=len(packed),
                http_headers=StatusAndHeaders("200 OK", [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Encoding", "gzip"), ("Content-Length", str(len(packed)))],
                    protocol="HTTP/1.1"))
            writer.write_record(response)
        log = b"wget log\n"
        writer.write_record(writer.create_warc_record(
            "metadata://gnu.org/software/wget/warc/wget.log", "resource",
            payload=BytesIO(log), length=len(log), warc_content_type="text/plain"))


def test_import_warc_files_of_another_crawler(replica, unbroken, tmp_path):
    ids = {s for s in replica.sites}
    truth = [a for a in replica.truth() if a["published"] and a["relevant"]
             and a["site"] in ids and a["kind"] == "clean" and not a["fault"]][:6]
    assert truth
    pages = [(a["url"], urllib.request.urlopen(a["url"], timeout=10).read()) for a in truth]
    pages.append(("http://other.example.org/tin/1.html", b"<html><p>not ours</p></html>"))
    warc = tmp_path / "wget.warc.gz"
    wget_style_warc(warc, pages)

    url = f"sqlite:///{tmp_path / 'seeded.db'}"
    replica.log.clear()
    out = cds("reextract", "--database", url, "--sources", str(replica.registry_path),
              "--warc", str(warc), data_dir=tmp_path / "data")
    assert out.returncode == 0, out.stderr[-3000:]
    assert requests_made(replica) == []
    assert "skipped (not a registry domain): 1" in out.stdout, out.stdout
    stored = {canonicalize_url(u) for (u,) in query(url, "select url from articles")}
    assert stored == {canonicalize_url(a["url"]) for a in truth}
    unbroken_ids = {i for i, _ in unbroken[0]}
    found = articles(url)[0]
    assert {i for i, _ in found} <= unbroken_ids and found <= unbroken[0]
    # the imported pages remember where their raw copy is
    rows = query(url, "select warc_file, warc_offset from visited_urls")
    assert rows and all(f == str(warc) and o is not None for f, o in rows)
    assert json.dumps(out.stdout)  # the report is plain text
