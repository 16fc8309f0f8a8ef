"""Storage: idempotent writes, updates, the visited-URL check, validators, runs, batching and
crash safety, and an unreachable database (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from crawler.urls import canonicalize_url, url_id
from pipelines.schema import (
    Article,
    CrawlRun,
    ParagraphMark,
    RunSourceStats,
    SimhashBand,
    Source,
    VisitedUrl,
)
from pipelines.simhash import BANDS
from pipelines.storage import Storage, StorageUnavailable

ROOT = Path(__file__).resolve().parents[1]
BODY = ("Tỉnh Đắk Lắk đẩy mạnh chuyển đổi số trong cải cách hành chính, phát triển chính quyền "
        "số, kinh tế số và xã hội số. ") * 4


def article(n: int, url: str | None = None, **extra) -> dict:
    return {"url": canonicalize_url(url or f"https://baodaklak.vn/tin-{n}.html"),
            "source": "baodaklak", "title": f"Bài {n}", "text": f"Số {n}. " + BODY,
            "published_at": datetime(2024, 7, 10, 19, 21, tzinfo=UTC), **extra}


def count(storage: Storage, table) -> int:
    with storage.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_store_is_idempotent(database_url):
    storage = Storage(database_url)
    rec = article(1)
    assert storage.store_article(rec) == "stored"
    assert storage.store_article(dict(rec)) == "unchanged"
    storage.flush()
    assert storage.store_article(dict(rec)) == "unchanged"
    assert storage.pending == 0
    storage.close()
    storage = Storage(database_url)  # another run
    assert storage.store_article(dict(rec)) == "unchanged"
    storage.close()
    assert count(storage, Article) == 1
    assert count(storage, VisitedUrl) == 1
    assert count(storage, SimhashBand) == len(BANDS)
    assert count(storage, ParagraphMark) == 1  # one core paragraph


def test_changed_article_updates_its_row(database_url):
    storage = Storage(database_url)
    rec = article(1)
    storage.store_article(rec)
    storage.flush()
    with storage.engine.connect() as conn:
        before = conn.execute(select(Article)).one()
    time.sleep(0.01)
    assert storage.store_article({**rec, "text": rec["text"] + " Cập nhật."}) == "updated"
    storage.flush()
    assert storage.store_article({**rec, "title": "Bài 1 (sửa)", "text": rec["text"] + " Cập nhật."}
                                 ) == "updated"
    storage.close()
    with storage.engine.connect() as conn:
        rows = conn.execute(select(Article)).all()
    assert len(rows) == 1
    after = rows[0]
    assert after.title == "Bài 1 (sửa)" and after.text.endswith("Cập nhật.")
    assert after.first_seen_at == before.first_seen_at
    assert after.updated_at > before.updated_at
    assert after.modified_at is not None and before.modified_at is None


def test_url_variants_are_one_row(database_url):
    storage = Storage(database_url)
    variants = [
        "https://baodaklak.vn/chuyen-doi-so/tin-1.html?utm_source=facebook&utm_medium=social",
        "https://baodaklak.vn/chuyen-doi-so/tin-1.html#binh-luan",
        "https://baodaklak.vn/chuyen-doi-so/tin-1.html",
    ]
    results = [storage.store_article(article(1, url)) for url in variants]
    assert results == ["stored", "unchanged", "unchanged"]
    storage.close()
    assert count(storage, Article) == 1
    assert storage.unseen([canonicalize_url(v) for v in variants]) == []


def test_unseen_checks_in_batches_and_retries_transient(database_url):
    storage = Storage(database_url, batch_size=10_000, max_attempts=3)
    urls = [f"https://baodaklak.vn/tin-{i}.html" for i in range(1_234)]
    for url in urls[::2]:
        storage.record_visit(url, "baodaklak", "off_topic", reason="score 0.1")
    assert storage.unseen(urls) == urls[1::2]  # pending counts as seen
    storage.flush()
    assert storage.unseen(urls + urls[:3]) == urls[1::2]
    flaky = urls[1]
    for attempt in range(1, 4):
        storage.record_visit(flaky, "baodaklak", "transient", http_status=503)
        storage.flush()
        with storage.engine.connect() as conn:
            row = conn.execute(select(VisitedUrl).where(VisitedUrl.url_id == url_id(flaky))).one()
        assert row.attempts == attempt
        assert row.outcome == ("failed" if attempt == 3 else "transient")
        assert (flaky in storage.unseen([flaky])) == (attempt < 3)
        assert storage.transient_urls("baodaklak") == ([flaky] if attempt < 3 else [])
    with pytest.raises(ValueError):
        storage.record_visit(flaky, "baodaklak", "bogus")
    storage.close()


def test_validators(database_url):
    storage = Storage(database_url)
    feed = "https://baodaklak.vn/rss/chuyen-doi-so.rss"
    assert storage.validators(feed) is None
    storage.save_validators(feed, '"abc"', "Wed, 10 Jul 2024 12:00:00 GMT", 200)
    assert storage.validators(feed) == ('"abc"', "Wed, 10 Jul 2024 12:00:00 GMT")
    storage.flush()
    storage.save_validators(feed, '"def"', None, 200)
    storage.close()
    assert Storage(database_url).validators(feed) == ('"def"', None)


def test_runs_stats_and_sources(database_url):
    storage = Storage(database_url)
    run_id = storage.start_run({"source": "baodaklak"})
    counters = {"requests": 10, "discovered": 5, "stored": 3, "errors": {"timeout": 2},
                "events": {"feed_gone": 1}}
    storage.save_source_stats(run_id, "baodaklak", counters)
    storage.save_source_stats(run_id, "baodaklak", {**counters, "stored": 4})
    storage.finish_run(run_id, "finished", "finished", {"item_scraped_count": 4,
                                                         "start_time": datetime.now(UTC)})
    src = SimpleNamespace(id="baodaklak", name="Báo Đắk Lắk", kind="newspaper",
                          province="Đắk Lắk", former_province=None, enabled=True,
                          model_dump=lambda mode="python": {"id": "baodaklak", "feeds": []})
    storage.sync_sources([src])
    storage.sync_sources([SimpleNamespace(**{**vars(src), "name": "Báo Đắk Lắk điện tử"})])
    storage.close()
    with storage.engine.connect() as conn:
        run = conn.execute(select(CrawlRun)).one()
        stats = conn.execute(select(RunSourceStats)).one()
        source = conn.execute(select(Source)).one()
    assert run.status == "finished" and run.finished_at and run.pid == os.getpid()
    assert run.stats["item_scraped_count"] == 4
    assert stats.stored == 4 and stats.errors == {"timeout": 2} and stats.requests == 10
    assert source.name == "Báo Đắk Lắk điện tử" and source.config == {"id": "baodaklak",
                                                                       "feeds": []}
    assert storage.source_info("baodaklak")["province"] == "Đắk Lắk"


def test_batch_commits_article_with_its_visited_mark(database_url):
    storage = Storage(database_url, batch_size=5)
    for n in range(4):
        storage.store_article(article(n))
    other = Storage(database_url, migrate=False)
    assert count(other, Article) == 0 and count(other, VisitedUrl) == 0
    assert storage.unseen([article(0)["url"]]) == []  # pending: seen by this crawl
    assert other.unseen([article(0)["url"]]) == [article(0)["url"]]
    storage.store_article(article(4))  # the 5th write commits the batch
    assert count(other, Article) == 5 and count(other, VisitedUrl) == 5
    storage.close()
    other.close()


def test_first_seen_is_when_committed_in_queue_order(database_url):
    """``first_seen_at`` (articles and visited marks) is stamped by the commit, so a dump
    watermark never passes rows that were still queued; queued stories keep their order."""
    storage = Storage(database_url, batch_size=100)
    storage.store_article(article(1))
    storage.record_visit("https://baodaklak.vn/khac.html", "baodaklak", "off_topic")
    time.sleep(0.05)
    before = datetime.now(UTC)
    storage.flush()
    for n in (3, 2):
        storage.store_article(article(n))
    storage.flush()
    with storage.engine.connect() as conn:
        seen = dict(conn.execute(select(Article.title, Article.first_seen_at)).all())
        visits = list(conn.execute(select(VisitedUrl.first_seen_at)).scalars())
    storage.close()
    assert before <= seen["Bài 1"] < seen["Bài 3"] < seen["Bài 2"]
    assert len(visits) == 4 and min(visits) >= before


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_database_raises_storage_unavailable():
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/cds"
    started = time.monotonic()
    with pytest.raises(StorageUnavailable, match="database unavailable at postgresql"):
        Storage(url)
    assert time.monotonic() - started < 10


def test_database_lost_mid_crawl_marks_nothing(postgres_url):
    storage = Storage(postgres_url, batch_size=100)
    storage.store_article(article(1))
    storage.flush()
    storage.store_article(article(2))
    storage.record_visit("https://baodaklak.vn/x.html", "baodaklak", "off_topic")
    admin = create_engine(make_url(postgres_url).set(database="postgres"),
                          isolation_level="AUTOCOMMIT")
    name = make_url(postgres_url).database
    with admin.connect() as conn:  # the server "goes away" for this database
        conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false'))
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
    try:
        with pytest.raises(StorageUnavailable):
            storage.flush()
        assert storage.pending == 0
        with pytest.raises(StorageUnavailable):
            storage.unseen(["https://baodaklak.vn/y.html"])
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true'))
        admin.dispose()
    storage.close()
    assert storage.unseen([article(1)["url"], article(2)["url"]]) == [article(2)["url"]]
    assert count(storage, VisitedUrl) == 1


CHILD = r"""
import sys
from datetime import UTC, datetime
from pipelines.storage import Storage
storage = Storage(sys.argv[1], batch_size=7)
print("ready", flush=True)
body = "Chuyển đổi số ở Đắk Lắk: chính quyền số, kinh tế số, xã hội số. " * 5
n = int(sys.argv[2])
while True:
    n += 1
    url = f"https://baodaklak.vn/crash-{n}.html"
    if n % 5 == 0:
        storage.record_visit(url, "baodaklak", "off_topic", reason="score 0.2")
    else:
        storage.store_article({"url": url, "source": "baodaklak", "title": f"Bài {n}",
                               "text": f"{n} " + body, "published_at": datetime.now(UTC)})
"""


@pytest.mark.parametrize("delays", [(0.05, 0.3, 0.8)])
def test_sigkill_leaves_only_whole_batches(database_url, delays):
    Storage(database_url).close()  # migrate first, so a kill never hits the migration
    for i, delay in enumerate(delays):
        child = subprocess.Popen([sys.executable, "-c", CHILD, database_url, str(i * 100_000)],
                                 cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    storage = Storage(database_url)
    with storage.engine.connect() as conn:
        articles = set(conn.execute(select(Article.id)).scalars())
        visited = dict(conn.execute(select(VisitedUrl.url_id, VisitedUrl.outcome)).all())
        hashes = set(conn.execute(select(Article.simhash)).scalars())
        bands = conn.execute(select(SimhashBand.simhash, func.count())
                             .group_by(SimhashBand.simhash)).all()
        marked = set(conn.execute(select(ParagraphMark.article_id)).scalars())
    stored = {k for k, v in visited.items() if v == "stored"}
    assert articles, "the child never committed a batch: lengthen the delays"
    assert articles == stored
    assert len(visited) % 7 == 0  # whole batches only
    assert {h for h, _ in bands} == hashes and {n for _, n in bands} == {len(BANDS)}
    assert marked == articles  # paragraph marks commit with their article, never without
    # what was not committed is simply unseen next run
    urls = [f"https://baodaklak.vn/crash-{i * 100_000 + n}.html"
            for i in range(len(delays)) for n in range(1, 20_000)]
    assert len(storage.unseen(urls)) == len(urls) - len(visited)
    storage.close()
