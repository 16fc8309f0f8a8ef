"""Scale-out on scrapy-redis (``CDS_REDIS_URL``): crawl generations against the replica.

Two workers of one generation (one run key) share its work: one seeds it, both crawl, neither
mistakes the other's ``running`` row for an interrupted crawl, idle sources leave no empty
``run_source_stats`` rows, and the last worker deletes the generation's keys. The next crawl
(a fresh run key, or the same one again) crawls again; so does every crawl of the daemon.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from tests.helpers_crawl import run_crawl
from tests.test_archive_e2e import start_crawl
from tests.test_daemon import DaemonProc, _keep_first_sources, wait_for

pytestmark = pytest.mark.slow
#: A short idle wait; a worker holds 2 requests at a time, one per host every 0.3 s: a crawl
#: of the replica then lasts long enough for a second worker to take its share.
FAST = {"CDS_REDIS_IDLE_BEFORE_CLOSE": 3, "DOWNLOAD_TIMEOUT": 10, "CDS_REDIS_LOCAL_QUEUE": 2,
        "DOWNLOAD_DELAY": 0.3, "CONCURRENT_REQUESTS_PER_DOMAIN": 1}


@pytest.fixture(scope="module")
def replica(tmp_path_factory):
    from cds.replica import Replica

    replica = Replica().start()
    try:
        replica.registry_path = replica.write_registry(
            tmp_path_factory.mktemp("gen") / "sources.yaml")
        yield replica
    finally:
        replica.stop()


def redis_keys(url: str) -> list[bytes]:
    import redis

    client = redis.Redis.from_url(url)
    try:
        return sorted(client.scan_iter("cds_news:*"))
    finally:
        client.close()


def redis_ttl(url: str, key: bytes) -> int:
    import redis

    client = redis.Redis.from_url(url)
    try:
        return client.ttl(key)
    finally:
        client.close()


def query(url: str, sql: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).all()
    finally:
        engine.dispose()


def test_two_workers_share_one_generation_then_the_next_crawls_again(
        replica, tmp_path, postgres_url, redis_url):
    env = {"CDS_REDIS_URL": redis_url, "CDS_REDIS_RUN_KEY": f"gen-{os.getpid()}"}
    procs = [start_crawl(replica, postgres_url, tmp_path, f"w{n}", env=env,
                         settings={**FAST, "CDS_STATS_FILE": tmp_path / f"w{n}.json"})
             for n in (1, 2)]
    ttls = set()
    while any(proc.poll() is None for proc in procs):  # the keys of a live generation expire
        ttls |= {ttl for key in redis_keys(redis_url) if (ttl := redis_ttl(redis_url, key)) != -2}
        time.sleep(0.5)
    for n, proc in enumerate(procs, 1):
        assert proc.wait(timeout=300) == 0, (tmp_path / f"w{n}.log").read_text()[-3000:]
    assert ttls and min(ttls) > 0, ttls
    stats = [json.loads((tmp_path / f"w{n}.json").read_text()) for n in (1, 2)]
    logs = [(tmp_path / f"w{n}.log").read_text() for n in (1, 2)]
    # one worker seeded the generation, and both crawled its requests
    assert sorted(s.get("cds/redis/seeder", 0) for s in stats) == [0, 1]
    assert all(s.get("downloader/request_count", 0) > 0 for s in stats), [
        s.get("downloader/request_count") for s in stats]
    # a worker's running row is not an interrupted crawl to the other one
    assert not any("previous crawl interrupted" in log for log in logs)
    # each per-source row starts when its run started
    assert all(abs(s - r) < timedelta(seconds=30) and f - s > timedelta(seconds=1)
               for _, s, f, r in source_rows(postgres_url)), source_rows(postgres_url)
    # the last worker deleted the generation's keys
    assert redis_keys(redis_url) == []

    # the next generation crawls again: with the same run key, and with none (a fresh one)
    for extra in (env, {"CDS_REDIS_URL": redis_url}):
        again = run_crawl(replica.registry_path, postgres_url, tmp_path=tmp_path, env=extra,
                          settings=FAST)
        assert again.ok, again.log_tail()
        assert again.stat("downloader/request_count") > 0, again.log_tail()
        assert again.stat("cds/redis/seeder") == 1
        assert redis_keys(redis_url) == []
    # no per-source row of a source a worker had nothing of (they would inflate /metrics)
    rows = source_rows(postgres_url)
    assert rows and all(n > 0 for n, *_ in rows), rows


def source_rows(url: str) -> list:
    """(requests + fetched + discovered + failed, started_at, finished_at, run's started_at)
    of every ``run_source_stats`` row."""
    return query(url, "select s.requests + s.fetched + s.discovered + s.failed, s.started_at, "
                 "s.finished_at, r.started_at from run_source_stats s "
                 "join crawl_runs r on r.id = s.run_id")


def test_daemon_with_redis_crawls_every_poll(tmp_path, sqlite_url, redis_url, replica):
    """The daemon gives each crawl a generation of its own: the second poll crawls again."""
    from pipelines.db import upgrade

    upgrade(sqlite_url)
    sources = str(tmp_path / "sources.yaml")
    replica.write_registry(sources)
    _keep_first_sources(sources, 1)
    command = f"{sys.executable} -m scrapy crawl cds_news -s CDS_REDIS_IDLE_BEFORE_CLOSE=1"
    env = {"CDS_DATA_DIR": str(tmp_path / "data"), "CDS_REDIS_URL": redis_url,
           "CDS_DAEMON_CRAWL_COMMAND": command, "CDS_DAEMON_SHUTDOWN_GRACE": "5",
           "SCRAPY_SETTINGS_MODULE": "settings"}

    def finished_runs() -> list:
        return query(sqlite_url, "select stats from crawl_runs where status != 'running' "
                     "order by id")

    daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "3",
                        "--crawl-timeout", "120")
    try:
        runs = wait_for(lambda: len(finished_runs()) >= 2 and finished_runs(), timeout=240,
                        what="two crawls")
    finally:
        assert daemon.stop() == 0, daemon.output()
    sent = [(json.loads(s) if isinstance(s, str) else s).get("downloader/request_count", 0)
            for (s,) in runs]
    assert all(n > 0 for n in sent), (sent, daemon.output()[-3000:])
    keys = [json.loads(s) if isinstance(s, str) else s for (s,) in runs]
    assert len({k.get("cds/redis/run_key") for k in keys}) == len(keys)
    time.sleep(0.5)
    assert redis_keys(redis_url) == []
