"""Benchmark the explorer's search: index build time and size, query latency (p50/p95).

    .venv/bin/python -m bench.search [--articles 1000000] [--backends sqlite,postgresql]
                                     [--repeat 20] [--database URL]

Fills an archive at revision 0004 with synthetic Vietnamese articles (:mod:`bench.search_fill`:
Zipf-distributed words over 4,500 syllables, 120 sources over 34 provinces, 3 years), times
migrations ``0005_search`` (the FTS5 / GIN index of an existing archive) and
``0007_search_order`` (listing-order keys and index), measures the size they add, then runs
each query of :data:`QUERIES` ``--repeat`` times through :func:`explorer.query.articles` (the
page's query: 20 rows plus snippets) on a read-only engine, and the whole ``/explore`` page
(:func:`explorer.web.respond`: that query, the total and facet counts, the HTML).
``--database URL`` measures an existing archive instead (filled and upgraded first if it is
empty or behind). Prints a Markdown table and writes ``bench/out/search.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, make_url, text

from bench.search_fill import fill, vocabulary
from pipelines.db import current, upgrade

OUT_DIR = Path(__file__).resolve().parent / "out"
PG_SERVER = os.environ.get("CDS_TEST_POSTGRES_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_WORDS = vocabulary()
RARE, MID, MID2 = _WORDS[4000], _WORDS[2000], _WORDS[2100]
#: (label, filters): what readers type, with and without filters (newest first unless ranked).
QUERIES = [
    ("common words, no accents", {"q": "chuyen doi so"}),
    ("common words, accents", {"q": "chuyển đổi số"}),
    ("common words + province", {"q": "chuyen doi so", "province": "Lào Cai"}),
    ("common words + province + year", {"q": "chuyen doi so", "province": "Lào Cai",
                                        "since": "2025-01-01", "until": "2025-12-31"}),
    ("rare word", {"q": RARE}),
    ("rare word + province", {"q": RARE, "province": "Huế"}),
    ("rare pair", {"q": f"{MID} {MID2}"}),
    ("phrase, frequent", {"q": '"chuyen doi"'}),
    ("phrase of common words, seldom", {"q": "\"so doi chuyen\""}),
    ("phrase + province", {"q": '"chuyen doi"', "province": "Huế"}),
    ("prefix", {"q": "thanh*"}),
    ("prefix + province", {"q": "thanh*", "province": "Huế"}),
    ("word + topic", {"q": "giao duc", "topic": "Đề án 06"}),
    ("ranked, common words", {"q": "chuyen doi so", "sort": "relevance"}),
    ("ranked, rare word", {"q": RARE, "sort": "relevance"}),
    ("no query, province", {"province": "Huế"}),
    ("no query, all", {}),
]


def size_bytes(url: str) -> int:
    """The database's size on disk (SQLite file + WAL, or pg_database_size)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return sum(p.stat().st_size for p in Path(parsed.database).parent.glob(
            Path(parsed.database).name + "*"))
    engine = create_engine(url)
    with engine.connect() as conn:
        if parsed.get_backend_name() == "postgresql":
            conn.execute(text("CHECKPOINT"))
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    engine.dispose()
    return int(size)


def _p50_p95(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return (round(statistics.median(times), 1),
            round(times[min(len(times) - 1, int(0.95 * len(times)))], 1))


def measure(url: str, repeat: int) -> list[dict]:
    """Per query: the list query alone (``articles``: 20 rows + snippets) and the whole
    ``/explore`` page (that query, the total and facet counts, the HTML), interleaved."""
    from explorer.filters import Filters
    from explorer.query import articles
    from explorer.web import readonly_engine, respond

    engine = readonly_engine(url)
    out = []
    for label, params in QUERIES:
        f = Filters.from_params({k: [v] for k, v in params.items()})
        target = "/explore?" + urlencode(params)
        with engine.connect() as conn:
            articles(conn, f)  # warm
        status, body = respond(url, target)[:2]
        assert status == 200, body[:200]
        times, pages, hits = [], [], 0
        for _ in range(repeat):
            with engine.connect() as conn:
                began = time.perf_counter()
                hits = len(articles(conn, f).rows)
                times.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            body = respond(url, target)[1]
            pages.append((time.perf_counter() - began) * 1000)
        total = re.search(r'id="total">(.*?)(?: ·|</p>)', body.decode())
        p50, p95 = _p50_p95(times)
        page50, page95 = _p50_p95(pages)
        out.append({"query": label, "filters": params, "rows": hits, "p50_ms": p50,
                    "p95_ms": p95, "page_p50_ms": page50, "page_p95_ms": page95,
                    "page_total": re.sub(r"<[^>]+>|\(.*", "", total.group(1)).strip()
                    if total else None,
                    "counted_since": "counted-since" in body.decode()})
    engine.dispose()
    return out


def _timed_upgrade(url: str, revision: str) -> float:
    began = time.perf_counter()
    upgrade(url, revision)
    return round(time.perf_counter() - began, 1)


def prepare(url: str, n: int) -> dict:
    """Fill ``url`` if empty, then build the indexes (each migration timed)."""
    out: dict = {}
    engine = create_engine(url)
    with engine.connect() as conn:
        filled = current(url) is not None and conn.execute(
            text("SELECT count(*) FROM articles")).scalar_one() > 0
    engine.dispose()
    if not filled:
        out["fill_s"] = round(fill(url, n), 1)
    before = size_bytes(url)
    out["archive_mb"] = round(before / 2**20, 1)
    if current(url) == "0004_discovery":
        out["build_0005_s"] = _timed_upgrade(url, "0005_search")
    if current(url) == "0005_search":
        out["build_0007_s"] = _timed_upgrade(url, "head")
    upgrade(url)
    if make_url(url).get_backend_name() == "postgresql":  # as autovacuum would, before readers
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("VACUUM ANALYZE articles"))
        engine.dispose()
    out["index_mb"] = round((size_bytes(url) - before) / 2**20, 1) if not filled else None
    return out


def run_backend(backend: str, n: int, repeat: int, tmp: Path, database: str | None) -> dict:
    admin = name = None
    if database:
        url = database
    elif backend == "sqlite":
        url = f"sqlite:///{tmp / 'search.db'}"
    else:
        name = f"cds_bench_search_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    try:
        built = prepare(url, n)
        queries = measure(url, repeat)
        engine = create_engine(url)
        with engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        engine.dispose()
        return {"backend": make_url(url).get_backend_name(), "articles": count, **built,
                "queries": queries, "p95_ms_worst": max(q["p95_ms"] for q in queries),
                "page_p95_ms_worst": max(q["page_p95_ms"] for q in queries)}
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def table(results: list[dict]) -> str:
    lines = ["| backend | articles | query | rows | query p50 ms | query p95 ms | "
             "page p50 ms | page p95 ms | page's total |", "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        for q in r["queries"]:
            counted = " (latest period)" if q.get("counted_since") else ""
            lines.append(f"| {r['backend']} | {r['articles']:,} | {q['query']} | {q['rows']} | "
                         f"{q['p50_ms']} | {q['p95_ms']} | {q.get('page_p50_ms', '—')} | "
                         f"{q.get('page_p95_ms', '—')} | {q.get('page_total', '—')}{counted} |")
    lines += ["", "| backend | fill s | build 0005 s | build 0007 s | index MB | archive MB |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {r['backend']} | {r.get('fill_s', '—')} | {r.get('build_0005_s', '—')} | "
              f"{r.get('build_0007_s', '—')} | {r.get('index_mb') or '—'} | {r['archive_mb']} |"
              for r in results]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1_000_000)
    p.add_argument("--backends", default="sqlite,postgresql")
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--database", help="measure this archive (one backend) instead of a new one")
    p.add_argument("--out", default=str(OUT_DIR / "search.json"), help="JSON results file")
    args = p.parse_args(argv)
    if args.database:
        args.backends = make_url(args.database).get_backend_name()
    results = []
    with tempfile.TemporaryDirectory(prefix="cds-bench-search-") as tmp:
        for backend in args.backends.split(","):
            results.append(run_backend(backend, args.articles, args.repeat, Path(tmp),
                                       args.database))
            print(f"{backend}: fill {results[-1].get('fill_s')} s, worst p95 "
                  f"{results[-1]['p95_ms_worst']} ms", flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({
        "command": f"python -m bench.search --articles {args.articles} --backends "
                   f"{args.backends} --repeat {args.repeat}",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load": os.getloadavg()}, "results": results}, indent=1))
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
