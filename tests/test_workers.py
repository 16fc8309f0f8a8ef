"""The extraction worker pool (crawler/workers.py): results, errors, crashes, time limits."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from crawler.extraction import extract_article
from crawler.workers import ExtractorFailed, ExtractorPool, worker_count

PARAGRAPHS = "".join(f"<p>Tháng {n}, người dân thôn {n} làm {n * 7} thủ tục trên dịch vụ công "
                     "trực tuyến mà không phải đến trụ sở xã.</p>" for n in range(1, 9))
PAGE = ("<html><head><title>Chuyển đổi số ở xã</title></head><body><article><h1>Chuyển đổi số "
        f"ở xã</h1>{PARAGRAPHS}</article></body></html>").encode()


def crash() -> None:
    os._exit(3)


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def fail(message: str) -> None:
    raise ValueError(message)


def run(pool: ExtractorPool, *calls: tuple) -> list:
    async def go() -> list:
        try:
            return await asyncio.gather(*(pool.run(*c) for c in calls), return_exceptions=True)
        finally:
            pool.close()

    return asyncio.run(go())


def test_worker_count() -> None:
    assert worker_count(-1, cpus=6) == 6
    assert worker_count(0, cpus=6) == 0
    assert worker_count(3, cpus=1) == 3


@pytest.mark.parametrize("processes", [0, 2])
def test_runs_in_workers_and_returns_results(processes: int) -> None:
    pool = ExtractorPool(processes)
    pids, page, small = run(pool, (os.getpid,), (extract_article, PAGE, "http://127.0.1.9/a"),
                            (pow, 2, 10))
    assert (pids != os.getpid()) is bool(processes)
    assert page.is_article and page.title == "Chuyển đổi số ở xã"
    assert small == 1024


def test_an_exception_in_the_function_reaches_the_caller() -> None:
    (err,) = run(ExtractorPool(1), (fail, "bad page"))
    assert isinstance(err, ValueError) and str(err) == "bad page"


def test_a_crashing_page_is_retried_once_then_given_up_and_the_pool_goes_on() -> None:
    pool = ExtractorPool(2)
    err, fine, also = run(pool, (crash,), (pow, 3, 3), (os.getpid,))
    assert isinstance(err, ExtractorFailed) and err.reason == "extractor_crashed"
    assert fine == 27 and isinstance(also, int)
    assert pool.replaced == 2


def test_a_page_past_the_time_limit_is_given_up_and_its_worker_replaced() -> None:
    pool = ExtractorPool(1, timeout=0.5)
    slow, quick = run(pool, (nap, 30.0), (nap, 0.0))
    assert isinstance(slow, ExtractorFailed) and slow.reason == "extractor_timeout"
    assert quick == 0.0
    assert pool.replaced == 2


@pytest.mark.parametrize("processes", [0, 1])
def test_run_limited_has_its_own_time_limit_and_attempts(processes: int) -> None:
    """The parse-time guard (CDS_PARSE_TIMEOUT): one attempt, its own limit, the loop freed."""
    pool = ExtractorPool(processes, timeout=60)

    async def go() -> tuple:
        try:
            started = time.monotonic()
            try:
                await pool.run_limited(nap, (30.0,), timeout=0.5, attempts=1)
            except ExtractorFailed as exc:
                failed = exc
            waited = time.monotonic() - started
            return failed, waited, await pool.run_limited(nap, (0.0,), timeout=5)
        finally:
            pool.close()

    failed, waited, after = asyncio.run(go()) if processes else _thread_case(pool)
    assert failed.reason == "extractor_timeout" and waited < 5, waited
    assert after == 0.0
    assert pool.replaced == (1 if processes else 0)


def _thread_case(pool: ExtractorPool) -> tuple:
    async def go() -> tuple:
        started = time.monotonic()
        try:
            await pool.run_limited(nap, (2.0,), timeout=0.3, attempts=1)
        except ExtractorFailed as exc:
            return exc, time.monotonic() - started, await pool.run_limited(nap, (0.0,))
        raise AssertionError("no time limit in a thread")

    return asyncio.run(go())


@pytest.mark.slow
def test_pages_given_up_by_the_workers_are_fetched_again_next_run(tmp_path, sqlite_url) -> None:
    from sqlalchemy import create_engine, text

    from cds.replica import Replica
    from tests.helpers_crawl import run_crawl

    with Replica() as replica:
        registry = replica.write_registry(tmp_path / "sources.yaml")
        site = "haiphong-news"
        first = run_crawl(registry, sqlite_url, tmp_path=tmp_path, source=site,
                          settings={"CDS_EXTRACT_TIMEOUT": 0.001})
        assert first.ok, first.log_tail()
        given_up = first.source_stats(site)["errors"].get("extractor_timeout", 0)
        engine = create_engine(sqlite_url)
        with engine.connect() as conn:
            stored = conn.execute(text("select count(*) from articles")).scalar_one()
            transient = conn.execute(text(
                "select count(*) from visited_urls where outcome = 'transient' "
                "and reason = 'extractor_timeout'")).scalar_one()
        assert given_up > 0 and transient == given_up and stored == 0
        second = run_crawl(registry, sqlite_url, tmp_path=tmp_path, source=site)
        assert second.ok, second.log_tail()
        assert second.stat(f"cds/source/{site}/retried_transient") == given_up
        with engine.connect() as conn:
            left = conn.execute(text(
                "select count(*) from visited_urls where outcome = 'transient'")).scalar_one()
            stored = conn.execute(text("select count(*) from articles")).scalar_one()
        engine.dispose()
        assert left == 0 and stored > 0
