"""The archive end to end: real crawls of the replica into real databases.

One story per syndicated press release, crash safety under SIGKILL at several points, two
concurrent crawls on PostgreSQL, two scrapy-redis workers sharing one queue, and Scrapy's own
feed export writing the dataset record.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from cds.records import FIELD_NAMES
from crawler.process import crawl_argv, crawl_env
from tests.helpers_crawl import FAST_SETTINGS, PROJECT_ROOT, run_crawl

pytestmark = pytest.mark.slow

STALL_SECONDS = 4


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    from cds.replica import Replica

    tmp = tmp_path_factory.mktemp("archive")
    replica = Replica(stall_seconds=STALL_SECONDS).start()
    try:
        replica.registry_path = replica.write_registry(tmp / "sources.yaml")
        yield replica
    finally:
        replica.stop()


def rows(database_url: str) -> set[tuple[str, str, str | None]]:
    """(url, content_hash, url of the original) of every stored article."""
    engine = create_engine(database_url)
    with engine.connect() as conn:
        result = conn.execute(text(
            "select a.url, a.content_hash, o.url from articles a "
            "left join articles o on o.id = a.duplicate_of"
        )).all()
    engine.dispose()
    return {tuple(r) for r in result}


def same_archive(found: set, expected: set) -> bool:
    """Same articles and contents, and as many stories: which copy of a syndicated story is
    seen first depends on the order responses arrive in, so the link direction may differ."""
    def originals(rows: set) -> int:
        return sum(original is None for _, _, original in rows)

    return ({(u, h) for u, h, _ in found} == {(u, h) for u, h, _ in expected}
            and originals(found) == originals(expected))


def partial_of(found: set, expected: set) -> bool:
    """Articles and contents of ``expected``, each copy linked within its story (a killed crawl
    may have committed either copy of a syndicated story first)."""
    root = {u: original or u for u, _, original in expected}
    return ({(u, h) for u, h, _ in found} <= {(u, h) for u, h, _ in expected}
            and all(root[u] == root[o] for u, _, o in found if o))


def count(database_url: str, table: str) -> int:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"select count(*) from {table}")).scalar_one()
    except Exception:  # noqa: BLE001 - the tables may not exist yet
        return 0
    finally:
        engine.dispose()


def start_crawl(replica, database_url: str, tmp: Path, name: str, settings=None,
                env=None) -> subprocess.Popen:
    argv = crawl_argv(sources_file=replica.registry_path, database_url=database_url,
                      settings={**FAST_SETTINGS, **(settings or {})})
    log = (tmp / f"{name}.log").open("w")
    return subprocess.Popen(argv, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT,
                            env=crawl_env({"CDS_DATABASE_URL": database_url,
                                           "CDS_DATA_DIR": str(tmp / "data"), **(env or {})}))


@pytest.fixture(scope="module")
def baseline(replica, tmp_path_factory) -> set:
    """The rows of one uninterrupted crawl."""
    tmp = tmp_path_factory.mktemp("baseline")
    url = f"sqlite:///{tmp / 'baseline.db'}"
    result = run_crawl(replica.registry_path, url, tmp_path=tmp)
    assert result.ok, result.log_tail()
    found = rows(url)
    assert len(found) >= 25
    return found


def test_syndicated_story_is_one_story_plus_linked_copy(replica, baseline):
    groups: dict[str, list[str]] = {}
    for article in replica.truth():
        if article["duplicate_group"] and article["published"]:
            groups.setdefault(article["duplicate_group"], []).append(article["url"])
    assert groups
    by_url = {url: original for url, _, original in baseline}
    for urls in groups.values():
        assert all(url in by_url for url in urls), urls
        originals = [url for url in urls if by_url[url] is None]
        assert len(originals) == 1, urls
        assert all(by_url[url] == originals[0] for url in urls if url != originals[0])


def test_rerun_adds_nothing(replica, baseline, tmp_path):
    url = f"sqlite:///{tmp_path / 'rerun.db'}"
    for _ in range(2):
        assert run_crawl(replica.registry_path, url, tmp_path=tmp_path).ok
    assert same_archive(rows(url), baseline)


@pytest.mark.parametrize("kill_after", [1, 6, 16])
def test_sigkill_then_rerun_gives_the_rows_of_an_uninterrupted_crawl(
    replica, baseline, tmp_path, kill_after
):
    """Kill the crawl once ``kill_after`` articles are committed (batches of 5), then re-run."""
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    proc = start_crawl(replica, url, tmp_path, "killed", settings={"CDS_COMMIT_BATCH": 5})
    deadline = time.monotonic() + 120
    while count(url, "articles") < kill_after and proc.poll() is None:
        assert time.monotonic() < deadline, "the crawl stored nothing in time"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert partial_of(rows(url), baseline)
    result = run_crawl(replica.registry_path, url, tmp_path=tmp_path)
    assert result.ok, result.log_tail()
    assert same_archive(rows(url), baseline)
    assert count(url, "articles") == len(baseline)


def test_ctrl_c_stops_the_crawl_cleanly_and_health_leaves_the_run_out(replica, tmp_path):
    """SIGINT (Ctrl-C) closes the spider: the run is recorded ``stopped`` with its stats, not
    ``killed``, and does not count as a failure of its sources."""
    from pipelines.db import session_scope
    from scheduler.health import load_runs

    url = f"sqlite:///{tmp_path / 'interrupted.db'}"
    proc = start_crawl(replica, url, tmp_path, "interrupted", settings={"CDS_COMMIT_BATCH": 5})
    deadline = time.monotonic() + 120
    while count(url, "articles") < 1 and proc.poll() is None:
        assert time.monotonic() < deadline, "the crawl stored nothing in time"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)
    engine = create_engine(url)
    with engine.connect() as conn:
        status, reason = conn.execute(text(
            "select status, finish_reason from crawl_runs")).one()
        sources = conn.execute(text("select source_id from run_source_stats")).scalars().all()
    engine.dispose()
    assert (status, reason) == ("stopped", "shutdown")
    assert sources
    with session_scope(url) as session:
        assert all(load_runs(session, source) == [] for source in sources)


def test_two_concurrent_crawls_on_postgres_give_the_rows_of_one(
    replica, baseline, tmp_path, postgres_url
):
    procs = [start_crawl(replica, postgres_url, tmp_path, f"pg-{n}") for n in (1, 2)]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, (tmp_path / "pg-1.log").read_text()[-3000:]
    stored = rows(postgres_url)
    assert {(u, h) for u, h, _ in stored} == {(u, h) for u, h, _ in baseline}
    assert count(postgres_url, "articles") == len(baseline)


def test_two_scrapy_redis_workers_share_one_queue(
    replica, baseline, tmp_path, postgres_url, redis_url
):
    """CDS_REDIS_URL: two workers share the scheduler and the request fingerprints."""
    import redis

    env = {"CDS_REDIS_URL": redis_url, "CDS_REDIS_RUN_KEY": f"test-{os.getpid()}"}
    replica.log.clear()
    # a generous timeout: under load a 3 s timeout retries a page the replica did answer 200,
    # which would look like a fetch by both workers
    procs = [start_crawl(replica, postgres_url, tmp_path, f"redis-{n}", env=env,
                         settings={"CDS_STATS_FILE": tmp_path / f"redis-{n}.json",
                                   "DOWNLOAD_TIMEOUT": 60})
             for n in (1, 2)]
    for n, proc in enumerate(procs, 1):
        assert proc.wait(timeout=300) == 0, (tmp_path / f"redis-{n}.log").read_text()[-3000:]
    stats = [json.loads((tmp_path / f"redis-{n}.json").read_text()) for n in (1, 2)]
    # which worker enqueues what is a race; together they went through the shared queue
    assert sum(s.get("scheduler/enqueued/redis", 0) for s in stats) > 0
    assert sum(s.get("scheduler/dequeued/redis", 0) for s in stats) > 0
    assert {(u, h) for u, h, _ in rows(postgres_url)} == {(u, h) for u, h, _ in baseline}
    hits = Counter((e.site, e.path) for e in replica.log.entries(kind="article")
                   if e.status == 200)
    twice = sorted(key for key, n in hits.items() if n > 1)
    retried = [s.get("retry/count", 0) for s in stats]
    assert hits and not twice, f"fetched twice: {twice} (retries per worker: {retried})"
    # the generation is over: its last worker deleted its queue and fingerprints
    client = redis.Redis.from_url(redis_url)
    assert list(client.scan_iter("cds_news:*")) == []
    client.close()


def test_feed_export_writes_the_dataset_record(replica, baseline, tmp_path):
    """``scrapy crawl cds_news -O items.jsonl`` keeps working and writes the design record."""
    out = tmp_path / "items.jsonl"
    url = f"sqlite:///{tmp_path / 'export.db'}"
    argv = crawl_argv(sources_file=replica.registry_path, database_url=url,
                      settings=FAST_SETTINGS) + ["-O", str(out)]
    proc = subprocess.run(argv, cwd=tmp_path, env=crawl_env(), capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(items) == len(baseline)
    assert all(list(item) == list(FIELD_NAMES) for item in items)
    assert all(item["published_at"].endswith("+07:00") for item in items)
