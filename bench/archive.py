"""Archive scale: the backfill crawl against a database already holding 1M visited URLs.

The crawl's memory must not grow with the archive (visited checks are indexed queries, nothing
is loaded whole): its peak is compared with the backfill runs against an empty database.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.backfill import crawl
from bench.harness import ReplicaHandle

VISITED = 1_000_000
CHUNK = 50_000


def fill_visited(db_path: Path, n: int, sources: list[str]) -> float:
    """A migrated SQLite archive with ``n`` visited URLs ('stored') of ``sources``; seconds."""
    from crawler.urls import url_id
    from pipelines import db

    t0 = time.perf_counter()
    url = f"sqlite:///{db_path}"
    db.upgrade(url)
    engine = db.make_engine(url)
    stamp = datetime(2025, 6, 1, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for lo in range(0, n, CHUNK):
            rows = []
            for i in range(lo, min(n, lo + CHUNK)):
                source = sources[i % len(sources)]
                u = f"https://{source}.example.vn/luu-tru/bai-{i}.html"
                rows.append((url_id(u), u, source, "stored", 1, stamp, stamp))
            cur.executemany("INSERT INTO visited_urls (url_id, url, source_id, outcome, attempts,"
                            " first_seen_at, last_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            raw.commit()
    finally:
        raw.close()
        engine.dispose()
    return time.perf_counter() - t0


def crawl_large_archive(rep: ReplicaHandle, workdir: Path, n: int = VISITED) -> dict[str, Any]:
    """One backfill crawl against an archive of ``n`` visited URLs."""
    db_path = workdir / "archive.db"
    db_path.unlink(missing_ok=True)
    fill_s = fill_visited(db_path, n, sorted(rep.sites))
    result = crawl(rep, workdir, "archive", db=db_path)
    return {"visited": n, "fill_s": fill_s, **result}
