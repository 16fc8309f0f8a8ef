"""What a crawl tells its user and its scheduler: the summary table, the one-line verdict, the exit
code (crawler/summary.py), unreachable hosts given up in one line (crawler/reachability.py), the
operator's contact in the User-Agent (crawler/identity.py). Real ``scrapy crawl`` child
processes; the unreachable sites are closed ports on loopback addresses."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from crawler.summary import EXIT_CODES
from tests.helpers_crawl import CrawlResult, run_crawl

pytestmark = pytest.mark.slow


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dead_sources(port: int) -> list[dict]:
    """Two sources on loopback addresses where nothing listens."""
    return [
        {"id": "dead-paper", "name": "Báo Vắng", "kind": "newspaper", "province": "Gia Lai",
         "allowed_domains": ["127.0.2.1"], "start_urls": [f"http://127.0.2.1:{port}/tin-tuc/"],
         "feeds": [f"http://127.0.2.1:{port}/rss"],
         "sitemaps": [f"http://127.0.2.1:{port}/sitemap.xml"], "allow_private": True},
        {"id": "dead-portal", "name": "Cổng Vắng", "kind": "portal", "province": "Đắk Lắk",
         "allowed_domains": ["127.0.2.2"], "start_urls": [f"http://127.0.2.2:{port}/"],
         "allow_private": True},
    ]


def write(path: Path, entries: list[dict]) -> Path:
    path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), "utf-8")
    return path


def summary_rows(result: CrawlResult) -> dict[str, list[str]]:
    """``{source: [answered, discovered, fetched, new, off-topic, not modified, errors…]}``."""
    block = result.log.split("Crawl summary (", 1)[1].split("\n20", 1)[0]
    rows = {}
    for line in block.splitlines()[2:]:
        cells = line.split()
        rows[cells[0]] = cells[1:]
    return rows


def verdict_line(result: CrawlResult) -> str:
    [line] = [x for x in result.log.splitlines() if "[crawler.summary]" in x and "Exit code" in x]
    return line


def test_unreachable_sites_exit_4_with_a_table_and_no_traceback(tmp_path: Path,
                                                                sqlite_url: str) -> None:
    registry = write(tmp_path / "sources.yaml", dead_sources(closed_port()))
    # Scrapy's default retries (2) and a back-off that would show if they were used
    result = run_crawl(registry, sqlite_url, tmp_path=tmp_path,
                       settings={"RETRY_TIMES": 2, "CDS_RETRY_BACKOFF_BASE": 2.0})
    assert result.returncode == EXIT_CODES["unreachable"] == 4, result.log_tail()
    assert "Traceback" not in result.log
    # robots.txt refused: conclusive at once, one request per host, no retry; the four other
    # requests of the two sources fail without going out
    assert result.stat("downloader/request_count") == 2
    assert result.stat("cds/unreachable/hosts") == 2
    assert result.stat("cds/unreachable/skipped_requests") == 4
    host_lines = [x for x in result.log.splitlines() if "[crawler.reachability]" in x]
    assert len(host_lines) == 2 and all("unreachable" in x and "robots.txt" in x
                                        for x in host_lines)
    rows = summary_rows(result)
    assert rows["dead-paper"][:6] == ["no", "0", "0", "0", "0", "0"]
    assert rows["dead-paper"][6:] == ["refused", "3"]
    assert rows["dead-portal"][6:] == ["refused", "1"]
    assert "No source answered: 2 of 2 unreachable (refused 2)" in verdict_line(result)
    assert result.stats["cds/verdict"] == "unreachable" and result.stats["cds/exit_code"] == 4
    assert "WARNING" in verdict_line(result)
    # the operator's glance: the last run failed, said at once (health waits for 3 such runs)
    status = subprocess.run([sys.executable, "-m", "cds", "status", "--database", sqlite_url,
                             "--sources", str(registry)], capture_output=True, text=True,
                            timeout=120)
    assert status.returncode == 0, status.stderr
    lines = {line.split()[0]: line for line in status.stdout.splitlines()[2:] if line.strip()}
    assert "failed: refused 3" in lines["dead-paper"]
    assert "failed: refused 1" in lines["dead-portal"]


def test_one_source_answering_is_enough(tmp_path: Path, sqlite_url: str) -> None:
    """The replica's six sites plus an unreachable one: exit 0, progress lines, the table, the
    operator's contact in every User-Agent."""
    from cds.replica import Replica

    with Replica() as replica:
        entries = [*replica.registry(), dead_sources(closed_port())[1]]
        registry = write(tmp_path / "sources.yaml", entries)
        result = run_crawl(registry, sqlite_url, tmp_path=tmp_path,
                           settings={"LOGSTATS_INTERVAL": 1},
                           env={"CDS_CONTACT": "ops@example.org"})
        agents = {e.user_agent for e in replica.log.entries()}
    assert result.returncode == 0, result.log_tail()
    assert "Traceback" not in result.log
    assert agents == {"cds-news-monitor/0.1.0 (+mailto:ops@example.org)"}
    rows = summary_rows(result)
    assert set(rows) == {e["id"] for e in entries}
    assert rows["dead-portal"][0] == "no"
    stored = 0
    for sid in (e["id"] for e in entries[:-1]):
        counters = result.source_stats(sid)
        assert rows[sid][0] == "yes"
        assert rows[sid][1:4] == [str(counters["discovered"]), str(counters["fetched"]),
                                  str(counters["stored"] + counters["duplicates"])]
        stored += counters["stored"] + counters["duplicates"]
    assert stored > 0
    line = verdict_line(result)
    assert "6 of 7 sources answered" in line and f"{stored} new CĐS articles" in line
    assert "1 unreachable (refused 1)" in line and "Exit code 0 (ok)" in line
    progress = [x for x in result.log.splitlines() if "Progress " in x]
    assert progress and re.search(r"\d+ of 7 sources answered", progress[-1])
    # the start-up lists and the stats dump are DEBUG now
    assert "Overridden settings" not in result.log and "Dumping Scrapy stats" not in result.log


def test_all_invalid_registry_exits_3_listing_the_errors(tmp_path: Path,
                                                         sqlite_url: str) -> None:
    registry = write(tmp_path / "sources.yaml", [
        {"id": "Bad Id", "name": "x", "kind": "newspaper", "allowed_domains": ["a.vn"],
         "start_urls": ["https://a.vn/"]},
        {"id": "blog", "name": "y", "kind": "blog", "allowed_domains": ["b.vn"],
         "start_urls": ["https://b.vn/"]},
    ])
    result = run_crawl(registry, sqlite_url, tmp_path=tmp_path)
    assert result.returncode == EXIT_CODES["no_valid_source"] == 3, result.log_tail()
    assert "Traceback" not in result.log
    assert "sources[0] (id=Bad Id) field 'id'" in result.log
    assert "sources[1] (id=blog) field 'kind'" in result.log
    assert f"No valid source to crawl in {registry}: 2 invalid entries" in verdict_line(result)
    assert result.stat("downloader/request_count") == 0


def test_start_up_errors_are_one_line(tmp_path: Path, sqlite_url: str) -> None:
    missing = run_crawl(tmp_path / "nowhere.yaml", sqlite_url, tmp_path=tmp_path)
    assert missing.returncode == 3, missing.log_tail()
    assert "cannot read the registry" in missing.log and "Traceback" not in missing.log
    registry = write(tmp_path / "sources.yaml", dead_sources(closed_port()))
    unknown = run_crawl(registry, sqlite_url, tmp_path=tmp_path, source="khong-co")
    assert unknown.returncode == 2, unknown.log_tail()
    assert "unknown source id 'khong-co'" in unknown.log and "Traceback" not in unknown.log
    since = run_crawl(registry, sqlite_url, tmp_path=tmp_path, since="2025-13-01")
    assert since.returncode == 2 and "expected YYYY-MM-DD" in since.log


def test_database_unavailable_exits_5(tmp_path: Path) -> None:
    registry = write(tmp_path / "sources.yaml", dead_sources(closed_port()))
    url = f"postgresql+psycopg://cds@127.0.0.1:{closed_port()}/cds"
    result = run_crawl(registry, url, tmp_path=tmp_path)
    assert result.returncode == EXIT_CODES["database_unavailable"] == 5, result.log_tail()
    assert "Traceback" not in result.log
    assert "database unavailable" in result.log
    assert "Database unavailable" in verdict_line(result)
