"""Two crawlers on one PostgreSQL database at once never create duplicate rows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from pipelines.schema import Article, SimhashBand, VisitedUrl
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
