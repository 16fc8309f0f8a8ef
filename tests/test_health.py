"""Source health from synthetic run history: every condition, and recovery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipelines.db import session_scope, upgrade
from pipelines.schema import Article, CrawlRun, RunSourceStats
from scheduler.health import RunRecord, Thresholds, evaluate, source_health

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
T = Thresholds()


def run(i: int, status: str = "finished", **counts) -> RunRecord:
    """Run ``i`` hours before NOW (so a list built with range() is newest first)."""
    base = {"discovered": 10, "known": 8, "fetched": 2, "stored": 2}
    return RunRecord(run_id=1000 - i, started_at=NOW - timedelta(hours=i), status=status,
                     **{**base, **counts})


def good(n: int, start: int = 0) -> list[RunRecord]:
    return [run(i) for i in range(start, start + n)]


def regular(days: float = 30, every_hours: float = 12, until: datetime = NOW) -> list[datetime]:
    n = int(days * 24 / every_hours)
    return [until - timedelta(hours=every_hours * k) for k in range(n)]


def conditions(health) -> set[str]:
    return {f.condition for f in health.findings}


def test_ok_and_unknown():
    h = evaluate("s", good(5), regular(), now=NOW)
    assert h.status == "ok" and h.findings == [] and h.last_run.run_id == 1000
    assert evaluate("s", [], now=NOW).status == "unknown"


def test_consecutive_failures_make_failing_and_recover():
    http500 = {"discovered": 0, "known": 0, "fetched": 0, "stored": 0,
               "requests": 3, "failed": 0, "errors": {"http_500": 3}}
    two = [run(0, **http500), run(1, "timeout")] + good(5, 2)
    assert evaluate("s", two, regular(), now=NOW).status == "ok"  # 2 < 3
    three = [run(0, **http500), run(1, "timeout"), run(2, "killed")] + good(5, 3)
    h = evaluate("s", three, regular(), now=NOW)
    assert h.status == "failing" and "consecutive_failures" in conditions(h)
    assert "3 failed runs" in h.reason and "http_500" in h.reason
    healed = [run(0)] + three
    assert evaluate("s", healed, regular(), now=NOW).status == "ok"


def test_empty_discovery_after_it_used_to_find_links_is_degraded():
    empty = {"discovered": 0, "known": 0, "fetched": 0, "stored": 0}
    runs = [run(i, **empty) for i in range(3)] + good(4, 3)
    h = evaluate("s", runs, regular(), now=NOW)
    assert h.status == "degraded" and conditions(h) == {"discovery_empty"}
    # never found anything: not a layout change, and 304s are not "nothing"
    assert evaluate("s", [run(i, **empty) for i in range(6)], now=NOW).status == "ok"
    not_modified = [run(i, **{**empty, "not_modified": 2}) for i in range(3)] + good(4, 3)
    assert evaluate("s", not_modified, regular(), now=NOW).status == "ok"
    assert evaluate("s", [run(0)] + runs, regular(), now=NOW).status == "ok"


def test_extraction_failures_share():
    bad = [run(i, fetched=4, stored=1, rejected=2, errors={"not_article": 1}) for i in range(5)]
    h = evaluate("s", bad, regular(), now=NOW)
    assert h.status == "degraded" and conditions(h) == {"extraction_failures"}
    assert "15/20" in h.reason
    few = [run(0, fetched=2, rejected=2)] + good(4, 1)  # 2/10: below the share
    assert evaluate("s", few, regular(), now=NOW).status == "ok"


def test_extraction_broken_when_every_article_page_gives_no_text():
    broken = [run(0, fetched=6, stored=0, errors={"extraction_empty": 6}), *good(4, 1)]
    h = evaluate("s", broken, regular(), now=NOW)
    assert h.status == "failing" and "extraction_broken" in conditions(h)
    assert "extraction broken: all 6 article pages" in h.reason
    some = [run(0, fetched=6, stored=2, errors={"extraction_empty": 4}), *good(4, 1)]
    assert "extraction_broken" not in conditions(evaluate("s", some, regular(), now=NOW))
    two = [run(0, fetched=2, stored=0, errors={"extraction_empty": 2}), *good(4, 1)]
    assert "extraction_broken" not in conditions(evaluate("s", two, regular(), now=NOW))


def test_silent_when_much_longer_than_usual_cadence():
    seen = regular(days=30, every_hours=12, until=NOW - timedelta(days=5))
    h = evaluate("s", good(3), seen, now=NOW)
    assert h.status == "silent" and "silent" in conditions(h)
    # a source that posts weekly is not silent after 5 days (median gap × 4 = 28 days)
    weekly = regular(days=120, every_hours=24 * 7, until=NOW - timedelta(days=5))
    assert "silent" not in conditions(evaluate("s", good(3), weekly, now=NOW))
    # backfill: many articles first seen in one crawl do not make the cadence zero
    backfill = [NOW - timedelta(days=2, seconds=k) for k in range(50)]
    assert evaluate("s", good(3), backfill, now=NOW).status == "ok"
    # recovery: a new article arrives
    assert evaluate("s", good(3), [*seen, NOW - timedelta(hours=1)], now=NOW).status == "ok"


def test_volume_drop_below_quarter_of_usual_week():
    usual = regular(days=60, every_hours=12, until=NOW - timedelta(days=7))  # 14 a week
    this_week = [NOW - timedelta(days=1), NOW - timedelta(days=3)]
    h = evaluate("s", good(3), usual + this_week, now=NOW,
                 thresholds=Thresholds(silence_floor_hours=24 * 30))
    assert h.status == "degraded" and conditions(h) == {"volume_drop"}
    normal = usual + regular(days=7, every_hours=14)
    assert evaluate("s", good(3), normal, now=NOW).status == "ok"


@pytest.mark.parametrize(("event", "value", "condition", "status"), [
    ("feed_gone", ["https://a.example/rss"], "feed_gone", "degraded"),
    ("offsite_redirect", ["https://new.example/"], "domain_moved", "degraded"),
    ("robots_forbidden", 1, "robots_forbidden", "failing"),
    ("monitor_failed", ["cds run/error_count: 30 errors"], "run_checks", "degraded"),
])
def test_events_of_latest_run(event, value, condition, status):
    runs = [run(0, events={event: value})] + good(3, 1)
    h = evaluate("s", runs, regular(), now=NOW)
    assert h.status == status and conditions(h) == {condition}
    assert h.findings[0].details == {event: value}
    # only the latest run counts: fixed next time
    assert evaluate("s", [run(0)] + runs, regular(), now=NOW).status == "ok"


def test_worst_finding_wins():
    runs = [run(i, "failed", events={"feed_gone": 1}) for i in range(3)]
    h = evaluate("s", runs, regular(until=NOW - timedelta(days=10)), now=NOW)
    assert h.status == "failing"
    assert conditions(h) == {"consecutive_failures", "feed_gone", "silent"}


def test_thresholds_from_env(monkeypatch):
    monkeypatch.setenv("CDS_HEALTH_FAILING_RUNS", "1")
    assert Thresholds.from_settings().failing_runs == 1


def test_source_health_reads_the_database(sqlite_url):
    upgrade(sqlite_url)
    with session_scope(sqlite_url) as s:
        for i in range(5):
            status = "failed" if i >= 2 else "finished"
            when = NOW - timedelta(hours=10 - i)
            r = CrawlRun(started_at=when, finished_at=when, status=status)
            s.add(r)
            s.flush()
            s.add(RunSourceStats(run_id=r.id, source_id="a", started_at=when, discovered=5))
        running = CrawlRun(started_at=NOW, status="running")  # in progress: ignored
        s.add(running)
        s.flush()
        s.add(RunSourceStats(run_id=running.id, source_id="a", started_at=NOW))
        # stopped by the daemon's shutdown, with the events of a crawl cut short: ignored too
        stopped = CrawlRun(started_at=NOW, finished_at=NOW, status="stopped")
        s.add(stopped)
        s.flush()
        s.add(RunSourceStats(run_id=stopped.id, source_id="a", started_at=NOW, finished_at=NOW,
                             events={"monitor_failed": ["cds run/finish_reason: shutdown"]}))
        s.add(Article(id="x1", url="https://a.example/1", source_id="a", title="t", text="b",
                      published_at=NOW, content_hash="h", first_seen_at=NOW))
    with session_scope(sqlite_url) as s:
        h = source_health(s, "a", now=NOW)
        assert h.status == "failing" and h.last_run.status == "failed"
        assert "run_checks" not in conditions(h)
        assert source_health(s, "nobody", now=NOW).status == "unknown"
