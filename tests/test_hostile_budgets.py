"""Unbounded work on a hostile web (issue #17), each through a real crawl of the replica sites
of cds/replica/budget_sites.py: per-source budgets carried to the next run, a Retry-After that
outlasts the run, redirect chains recorded hop by hop, a 100,000-link page parsed off the loop."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from cds.replica.budget_sites import MANY, BudgetSites, listing
from crawler.budget import Budget
from tests.helpers_crawl import PROJECT_ROOT, run_crawl

pytestmark = pytest.mark.slow


@pytest.fixture
def sites():
    s = BudgetSites().start()
    yield s
    s.stop()


def _rows(db: str, sql: str) -> list[tuple]:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _articles(sites: BudgetSites, site: str) -> Counter[str]:
    return Counter(p for p in sites.hits(site) if p.startswith("/tin/") and p != "/tin/")


def test_budget_values_from_settings_and_registry() -> None:
    from scrapy.settings import Settings

    from seeds.registry import Source

    settings = Settings({"CDS_BUDGET_ARTICLES": 7, "CDS_BUDGET_REQUESTS": 0,
                         "CDS_BUDGET_SECONDS": 60})
    source = Source(id="x", name="x", kind="newspaper", allowed_domains=["x.vn"], start_urls=["https://x.vn/"],
                    budget={"articles": 3})
    assert Budget.of(settings) == Budget(7, 0, 60.0)
    assert Budget.of(settings, source) == Budget(3, 0, 60.0)
    with pytest.raises(ValueError, match="budget"):
        Source(id="x", name="x", kind="newspaper", allowed_domains=["x.vn"], start_urls=["https://x.vn/"],
               budget={"pages": 3})


def test_budget_spent_leaves_the_rest_to_the_next_run(sites: BudgetSites, tmp_path: Path,
                                                       database_url: str) -> None:
    registry = sites.write_registry(tmp_path / "sources.yaml", ["many", "other"],
                                    many={"budget": {"articles": 6}})
    first = run_crawl(registry, database_url, tmp_path=tmp_path, name="first")
    assert first.ok, first.log_tail()
    many, other = first.source_stats("budget-many"), first.source_stats("budget-other")
    assert many["fetched"] == 6 and many["stored"] == 6, first.log_tail()
    assert first.stat("budget/articles_exhausted") == 1
    assert first.stat("cds/source/budget-many/deferred") == MANY - 6
    assert first.stat("budget/deferred") == MANY - 6
    # the other source is not limited by the first's budget
    assert other["stored"] == 4 and "budget_exhausted" not in other["events"], other
    assert _rows(database_url, "SELECT count(*) FROM deferred_requests")[0][0] == MANY - 6

    second = run_crawl(registry, database_url, tmp_path=tmp_path, name="second")
    assert second.ok, second.log_tail()
    assert second.stat("budget/carried_over") == MANY - 6
    assert second.source_stats("budget-many")["fetched"] == MANY - 6
    assert not second.stat("budget/articles_exhausted")
    fetched = _articles(sites, "many")
    assert set(fetched) == {f"/tin/bai-{i}.html" for i in range(1, MANY + 1)}, fetched
    assert set(fetched.values()) == {1}, fetched  # nothing fetched twice, nothing lost
    assert _rows(database_url, "SELECT count(*) FROM articles WHERE source_id = "
                               "'budget-many'")[0][0] == MANY
    assert _rows(database_url, "SELECT count(*) FROM deferred_requests")[0][0] == 0


def test_retry_after_outlasts_the_run(sites: BudgetSites, tmp_path: Path,
                                      database_url: str) -> None:
    registry = sites.write_registry(tmp_path / "sources.yaml", ["busy"])
    settings = {"CDS_RETRY_AFTER_MAX": 2, "CDS_RETRY_AFTER_PERSIST_MAX": 7200}
    first = run_crawl(registry, database_url, tmp_path=tmp_path, settings=settings,
                      name="first")
    assert first.ok, first.log_tail()
    assert sites.hits("busy", "/tin/bai-1.html") == ["/tin/bai-1.html"]
    ((host, until),) = _rows(database_url, "SELECT host, until FROM host_pauses")
    until = until if isinstance(until, datetime) else datetime.fromisoformat(until)
    left = (until.replace(tzinfo=until.tzinfo or UTC) - datetime.now(UTC)).total_seconds()
    assert host.startswith("127.0.1.25:") and 3500 < left <= 3600, (host, until)
    status = subprocess.run([sys.executable, "-m", "cds", "status", "--database", database_url],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert f"host {host} paused until" in status.stdout, status.stdout + status.stderr

    sites.log.clear()
    second = run_crawl(registry, database_url, tmp_path=tmp_path, settings=settings,
                       name="second")
    assert second.ok, second.log_tail()
    assert sites.hits("busy") == [], sites.hits("busy")  # not even robots.txt
    assert second.stat("cds/retry_after/hosts_paused") == 1

    # the pause is over (moved back in the database): the host is asked again, the deferred
    # article first
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE host_pauses SET until = :t"),
                     {"t": datetime.now(UTC) - timedelta(seconds=1)})
    engine.dispose()
    third = run_crawl(registry, database_url, tmp_path=tmp_path, settings=settings,
                      name="third")
    assert third.ok or third.returncode == 0, third.log_tail()
    assert "/tin/bai-1.html" in sites.hits("busy"), sites.hits("busy")
    assert third.stat("budget/carried_over") >= 1


def test_redirect_hops_recorded_and_redirect_to_scheduled_kept(sites: BudgetSites,
                                                               tmp_path: Path,
                                                               sqlite_url: str) -> None:
    registry = sites.write_registry(tmp_path / "sources.yaml", ["other"])
    first = run_crawl(registry, sqlite_url, tmp_path=tmp_path, name="first")
    assert first.ok, first.log_tail()
    assert first.stat("redirect/to_known") == 1, first.log_tail()
    urls = [u for (u,) in _rows(sqlite_url, "SELECT url FROM articles")]
    assert sum(u.endswith("/tin/bai-1.html") for u in urls) == 1, urls
    assert len(urls) == 4, urls  # bai-1..3 and the chain's article, once
    visits = {u.rsplit("/", 1)[1]: (o, s, r) for u, o, s, r in _rows(
        sqlite_url, "SELECT url, outcome, http_status, reason FROM visited_urls")}
    assert visits["cu-2.html"][:2] == ("redirected", 200), visits
    assert visits["bai-moi.html"][:2] == ("redirected", 200), visits
    assert visits["bai-moi.html"][2].endswith("/tin/cu-1.html"), visits
    assert visits["trung.html"][0] == "redirected", visits
    assert visits["trung.html"][2].endswith("/tin/bai-1.html"), visits

    # the listing now links every hop directly: none is fetched again
    sites.routes["other"]["/tin/"] = (200, {}, listing(
        ["/tin/cu-1.html", "/tin/cu-2.html", "/tin/bai-moi.html", "/tin/trung.html",
         "/tin/bai-1.html"]))
    sites.log.clear()
    second = run_crawl(registry, sqlite_url, tmp_path=tmp_path, name="second")
    assert second.ok, second.log_tail()
    assert _articles(sites, "other") == Counter(), sites.hits("other")


def test_huge_listing_page_does_not_hold_the_crawl(sites: BudgetSites, tmp_path: Path,
                                                   sqlite_url: str) -> None:
    paths = [f"/tin/bai-{i}.html" for i in range(1, MANY + 1)]
    # page 2 of the listing has 100,000 links; the articles answer slowly (5 s for all ten,
    # two at a time), so that some are fetched while page 2 is read for 3 s, even on a busy
    # machine where the reading starts late
    routes = sites.routes["many"]
    routes["/tin/"] = (200, {}, listing(paths, next_page="/tin/danh-sach-lon/"))
    for path in paths:
        routes[path] = lambda route=routes[path]: time.sleep(1.0) or route
    registry = sites.write_registry(tmp_path / "sources.yaml", ["many"])
    result = run_crawl(registry, sqlite_url, tmp_path=tmp_path,
                       settings={"CDS_PARSE_TIMEOUT": 3, "CDS_LOOP_LAG_INTERVAL": 0.05,
                                 "CONCURRENT_REQUESTS_PER_DOMAIN": 2})
    assert result.ok, result.log_tail()
    stats = result.source_stats("budget-many")
    assert stats["errors"].get("parse_timeout") == 1, stats
    assert any(u.endswith("/tin/danh-sach-lon/") for u in stats["events"]["parse_timeout"])
    assert stats["stored"] == MANY, stats
    # the event loop was never held while the page was read for 3 s, and downloads went on
    assert result.stat("cds/reactor/max_lag") < 1.0, result.stat("cds/reactor/max_lag")
    given_up = result.stat("parse/last_parse_timeout_at")
    with sites.lock:
        during = [p for t, _, p in sites.log if given_up - 3 < t < given_up and p in paths]
    assert during, (given_up, sites.log)
