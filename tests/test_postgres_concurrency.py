"""Two crawlers on one database at once never create duplicate rows, nor two originals of one
story."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler.urls import url_id
from pipelines.schema import Article, ParagraphMark, SimhashBand, VisitedUrl
from pipelines.simhash import BANDS
from pipelines.storage import Storage

ROOT = Path(__file__).resolve().parents[1]
N = 300

WRITER = r"""
import random, sys
from datetime import UTC, datetime
from pipelines.storage import Storage
url, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
storage = Storage(url, batch_size=25)
order = list(range(n))
random.Random(seed).shuffle(order)
body = "Chuyển đổi số: chính quyền số, kinh tế số, xã hội số tại Đắk Lắk. " * 5
for i in order:
    storage.store_article({"url": f"https://baodaklak.vn/tin-{i}.html?utm_source=w{seed}",
                           "source": "baodaklak", "title": f"Bài {i}", "text": f"{i} " + body,
                           "published_at": datetime(2024, 7, 10, tzinfo=UTC)})
    if i % 3 == 0:
        storage.record_visit(f"https://baodaklak.vn/khac-{i}.html", "baodaklak", "transient")
storage.close()
print("done", flush=True)
"""


def test_two_writers_store_exactly_one_copy(postgres_url):
    # both start on an empty database: the migration itself races too (advisory lock)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, postgres_url, str(seed), str(N)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for seed in (1, 2)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-3000:]
        assert out.strip() == "done"
    storage = Storage(postgres_url)
    with storage.engine.connect() as conn:
        def count(table) -> int:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()

        assert count(Article) == N
        assert conn.execute(select(func.count(func.distinct(Article.url)))).scalar_one() == N
        hashes = conn.execute(select(func.count(func.distinct(Article.simhash)))).scalar_one()
        assert count(SimhashBand) == hashes * len(BANDS)
        outcomes = dict(conn.execute(select(VisitedUrl.outcome, func.count())
                                     .group_by(VisitedUrl.outcome)).all())
        attempts = set(conn.execute(select(VisitedUrl.attempts)
                                    .where(VisitedUrl.outcome != "stored")).scalars())
    assert outcomes == {"stored": N, "transient": N // 3}
    assert attempts == {2}  # one attempt counted by each crawler, none lost
    storage.close()


@pytest.mark.parametrize("at_once", [False, True])
def test_copies_checked_before_either_commits_keep_one_original(database_url, at_once):
    """Two crawlers each check a copy of one story before the other commits: whichever commits
    second links its copy (and the copies it queued of it) to the first one's original."""
    from tests.test_dedupe import PRESS_RELEASE, SYNDICATED_A, SYNDICATED_B, link, record

    crawlers = [Storage(database_url, batch_size=100) for _ in range(2)]
    first = record("https://baodaklak.vn/so-ket.html", PRESS_RELEASE)
    second = record("https://daklak.gov.vn/so-ket.html", SYNDICATED_A, source="daklak")
    own_copy = record("https://stttt.daklak.gov.vn/so-ket.html", SYNDICATED_B, source="stttt")
    for storage, rec in zip(crawlers, (first, second), strict=True):
        assert link(storage, rec) is None
        assert storage.store_article(rec) == "stored"
    own_copy["duplicate_of"] = link(crawlers[1], own_copy)
    assert own_copy["duplicate_of"] == url_id(second["url"])  # queued in the same batch
    assert crawlers[1].store_article(own_copy) == "duplicate"
    if at_once:
        barrier = threading.Barrier(2)

        def flush(storage: Storage) -> None:
            barrier.wait()
            storage.flush()

        threads = [threading.Thread(target=flush, args=(s,)) for s in crawlers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        for storage in crawlers:
            storage.flush()
    with crawlers[0].engine.connect() as conn:
        links = dict(conn.execute(select(Article.id, Article.duplicate_of)).all())
        visits = {r.url_id: (r.outcome, r.reason) for r in conn.execute(select(VisitedUrl))}
        marked = set(conn.execute(select(ParagraphMark.article_id)).scalars())
    for storage in crawlers:
        storage.close()
    originals = [aid for aid, dup in links.items() if dup is None]
    assert len(links) == 3 and len(originals) == 1
    root = originals[0]
    assert root in {url_id(first["url"]), url_id(second["url"])}
    assert all(dup == root for aid, dup in links.items() if aid != root)
    assert visits[root] == ("stored", None)
    assert all(visit == ("duplicate", f"duplicate_of:{root}")
               for aid, visit in visits.items() if aid != root)
    assert marked == {root}  # copies carry no paragraph marks
