"""Benchmark the explorer's search: index build time and size, query latency (p50/p95).

    .venv/bin/python -m bench.search [--articles 1000000] [--backends sqlite,postgresql]
                                     [--repeat 20]

Fills an archive at revision 0001 with synthetic Vietnamese articles (Zipf-distributed words
from a syllable pool, so common and rare terms both occur; 50 sources over 34 provinces), times
migration ``0005_search`` (which builds the index of an existing archive), measures the size
it adds, then runs each query of :data:`QUERIES` ``--repeat`` times through
:func:`explorer.query.articles` (the page's query: 20 rows plus snippets) on a read-only
engine. Prints a Markdown table and writes ``bench/out/search.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, make_url, text

from explorer.query import Filters, articles
from explorer.web import readonly_engine
from pipelines.db import upgrade
from pipelines.schema import Article, Source
from seeds.provinces import CURRENT_PROVINCES

OUT_DIR = Path(__file__).resolve().parent / "out"
PG_SERVER = os.environ.get("CDS_TEST_POSTGRES_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_VOCABULARY = ("chuyển đổi số chính quyền dữ liệu dân cư kinh tế xã hội hạ tầng công nghệ "
             "nền tảng dịch vụ trực tuyến thủ tục hành chính cải cách người dân doanh nghiệp "
             "tỉnh thành phố huyện xã thôn bản cán bộ công chức tập huấn ứng dụng định danh "
             "điện tử thanh toán tiền mặt cáp quang trí tuệ nhân tạo đổi mới sáng tạo khoa học "
             "nghị quyết đề án triển khai kế hoạch năm tháng nông nghiệp du lịch giáo dục y tế "
             "an ninh mạng bảo mật thông tin truyền thông báo chí hội nghị ban chỉ đạo")
SYLLABLES = tuple(_VOCABULARY.split())
TOPICS = ["chuyển đổi số", "chính quyền số", "kinh tế số", "xã hội số", "dịch vụ công",
          "Đề án 06", "dữ liệu", "hạ tầng số"]
#: (label, filters): what readers type, with and without filters.
QUERIES = [
    ("common word, no accents", {"q": "chuyen doi so"}),
    ("common word + province", {"q": "chuyen doi so", "province": "Lào Cai"}),
    ("phrase", {"q": '"tri tue nhan tao"'}),
    ("prefix", {"q": "thanh*"}),
    ("rare pair", {"q": "du lich an ninh mang"}),
    ("rare pair + province + year", {"q": "du lich an ninh mang", "province": "Hà Nội",
                                     "since": "2025-01-01", "until": "2025-12-31"}),
    ("word + topic", {"q": "giao duc", "topic": "Đề án 06"}),
    ("relevance, common", {"q": "nong nghiep", "sort": "relevance"}),
    ("no query, province", {"province": "Huế"}),
]
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _words(rng: random.Random, n: int) -> str:
    # Zipf-like: low indexes are frequent, the tail is rare.
    k = len(SYLLABLES)
    return " ".join(SYLLABLES[min(k - 1, int(rng.paretovariate(0.6)) - 1)] for _ in range(n))


def fill(url: str, n: int, batch: int = 5000) -> float:
    """Sources and ``n`` articles at revision 0001 (no search index yet); returns seconds."""
    upgrade(url, "0001")
    rng = random.Random(0)
    engine = create_engine(url)
    began = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(Source), [
            dict(id=f"s{k}", name=f"Báo {k}", kind="portal" if k % 3 else "newspaper",
                 province=CURRENT_PROVINCES[k % 34], former_province=None, config={},
                 enabled=True, updated_at=T0) for k in range(50)])
    for start in range(0, n, batch):
        rows = []
        for i in range(start, min(n, start + batch)):
            body = "\n".join(_words(rng, rng.randint(40, 90)) for _ in range(4))
            rows.append(dict(
                id=f"{i:032x}", url=f"https://s{i % 50}.example.vn/{i}", source_id=f"s{i % 50}",
                title=_words(rng, 10).capitalize(), lead=_words(rng, 25), author=None,
                published_at=T0 - timedelta(minutes=7 * i), modified_at=None, text=body,
                language="vi", topics=rng.sample(TOPICS, k=rng.randint(0, 2)), relevance=0.5,
                word_count=len(body.split()), content_hash=f"{i:064x}", simhash=None,
                duplicate_of=None, first_seen_at=T0, fetched_at=T0, updated_at=T0))
        with engine.begin() as conn:
            conn.execute(insert(Article), rows)
    engine.dispose()
    return time.perf_counter() - began


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


def measure(url: str, repeat: int) -> list[dict]:
    engine = readonly_engine(url)
    out = []
    with engine.connect() as conn:
        for label, params in QUERIES:
            f = Filters.from_params({k: [v] for k, v in params.items()})
            articles(conn, f)  # warm
            times, hits = [], 0
            for _ in range(repeat):
                began = time.perf_counter()
                hits = len(articles(conn, f).rows)
                times.append((time.perf_counter() - began) * 1000)
            times.sort()
            out.append({"query": label, "filters": params, "rows": hits,
                        "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)})
    engine.dispose()
    return out


def run_backend(backend: str, n: int, repeat: int, tmp: Path) -> dict:
    admin = None
    if backend == "sqlite":
        url = f"sqlite:///{tmp / 'search.db'}"
    else:
        name = f"cds_bench_search_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    try:
        fill_s = fill(url, n)
        before = size_bytes(url)
        began = time.perf_counter()
        upgrade(url)
        build_s = time.perf_counter() - began
        if backend == "postgresql":  # as autovacuum would, before readers come
            engine = create_engine(url, isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.execute(text("ANALYZE"))
            engine.dispose()
        index_mb = (size_bytes(url) - before) / 2**20
        queries = measure(url, repeat)
        return {"backend": backend, "articles": n, "fill_s": round(fill_s, 1),
                "index_build_s": round(build_s, 1), "index_mb": round(index_mb, 1),
                "archive_mb": round(before / 2**20, 1), "queries": queries,
                "p95_ms_worst": max(q["p95_ms"] for q in queries)}
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def table(results: list[dict]) -> str:
    lines = ["| backend | articles | index build s | index MB (archive MB) | query | rows | "
             "p50 ms | p95 ms |", "|---|---|---|---|---|---|---|---|"]
    for r in results:
        for q in r["queries"]:
            lines.append(f"| {r['backend']} | {r['articles']:,} | {r['index_build_s']} | "
                         f"{r['index_mb']} ({r['archive_mb']}) | {q['query']} | {q['rows']} | "
                         f"{q['p50_ms']} | {q['p95_ms']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1_000_000)
    p.add_argument("--backends", default="sqlite,postgresql")
    p.add_argument("--repeat", type=int, default=20)
    args = p.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="cds-bench-search-") as tmp:
        for backend in args.backends.split(","):
            results.append(run_backend(backend, args.articles, args.repeat, Path(tmp)))
            print(f"{backend}: fill {results[-1]['fill_s']} s, worst p95 "
                  f"{results[-1]['p95_ms_worst']} ms", flush=True)
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "search.json").write_text(json.dumps({
        "command": f"python -m bench.search --articles {args.articles} --backends "
                   f"{args.backends} --repeat {args.repeat}",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load": os.getloadavg()}, "results": results}, indent=1))
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
