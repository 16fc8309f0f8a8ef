"""Benchmark ``cds dump``: synthetic records in SQLite, each format dumped by a child process.

    .venv/bin/python -m bench.dump [--records 1000000] [--formats jsonl,csv,parquet]

``--records 100000,1000000`` grows one database step by step and dumps at each size, so the peak
RSS of the dump process (``os.wait4`` rusage) can be compared across sizes: it must stay flat.
Prints a Markdown table and writes ``bench/out/dump.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
from sqlalchemy import create_engine, func, insert, select

from pipelines.schema import Article, Base, Source

OUT_DIR = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parents[1]
SUFFIX = {"jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "csv": ".csv", "parquet": ".parquet"}
SENTENCES = [
    "Tỉnh đẩy mạnh chuyển đổi số trong cải cách thủ tục hành chính.",
    'Người dân dùng ứng dụng VNeID để nộp hồ sơ trực tuyến, "nhanh, gọn".',
    "Tổ công nghệ số cộng đồng hướng dẫn bà con thanh toán không dùng tiền mặt.",
    "Hạ tầng số được đầu tư đồng bộ, 98% thôn, buôn đã có cáp quang.",
    "Cơ sở dữ liệu quốc gia về dân cư được khai thác để giải quyết thủ tục.",
    "Cán bộ, công chức được tập huấn sử dụng chữ ký số và phần mềm văn bản.",
]
TOPICS = ["chuyển đổi số", "chính quyền số", "kinh tế số", "xã hội số", "dịch vụ công"]


#: Columns written by :func:`populate`, in the order of the tuples of :func:`_rows`.
COLUMNS = ("id", "url", "source_id", "title", "lead", "author", "published_at", "modified_at",
           "text", "language", "topics", "relevance", "word_count", "content_hash",
           "duplicate_of", "first_seen_at", "fetched_at", "updated_at")
T0 = datetime(2024, 1, 1)  # naive UTC, as stored


def _seen(i: int) -> datetime:
    """When record ``i`` was first seen (naive UTC)."""
    return T0 + timedelta(seconds=30 * i, microseconds=i % 1_000_000)


def _stored(t: datetime) -> str:
    """A naive UTC time as SQLAlchemy stores a ``UTCDateTime`` in SQLite."""
    return t.isoformat(sep=" ", timespec="microseconds")


def _rows(start: int, stop: int, rng: random.Random) -> Iterator[tuple]:
    """Records ``start..stop`` as tuples of stored values (~1.7 KB as JSONL): texts of three
    paragraphs from a pool of random ones, topics from a pool of random samples, some nulls."""
    paragraphs = ["\n".join(rng.choices(SENTENCES, k=rng.randint(2, 5))) for _ in range(500)]
    words = [len(p.split()) for p in paragraphs]
    topics = [json.dumps(rng.sample(TOPICS, k=rng.randint(0, 3))) for _ in range(1000)]
    for i in range(start, stop):
        picked = rng.choices(range(len(paragraphs)), k=3)
        seen = _seen(i)
        stamp = _stored(seen)
        yield (
            f"{i:032x}", f"https://bao{i % 50}.example.vn/cds/bai-{i}.html", f"bao{i % 50}",
            f"Bài {i}: chuyển đổi số ở cơ sở",
            "Sapo: " + SENTENCES[i % len(SENTENCES)] if i % 3 else None,
            "Minh Châu" if i % 2 else None, _stored(seen - timedelta(hours=2)),
            stamp if i % 5 == 0 else None, "\n\n".join([paragraphs[k] for k in picked]), "vi",
            rng.choice(topics), rng.random(), sum(words[k] for k in picked), f"{i:064x}", None,
            stamp, stamp, stamp,
        )


def populate(url: str, start: int, stop: int) -> float:
    """Insert records ``start..stop`` into SQLite (one executemany of stored values); returns
    seconds."""
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    began = time.perf_counter()
    with engine.begin() as conn:
        if start == 0:
            conn.execute(insert(Source), [
                dict(id=f"bao{k}", name=f"Báo số {k}", kind="newspaper",
                     province="Đắk Lắk" if k % 2 else "Hà Nội",
                     former_province="Phú Yên" if k % 4 == 1 else None, config={})
                for k in range(50)])
        conn.connection.driver_connection.executemany(
            f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            _rows(start, stop, random.Random(start)))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Article)).scalar() == stop
        last = select(Article.first_seen_at).where(Article.id == f"{stop - 1:032x}")
        assert conn.execute(last).scalar() == _seen(stop - 1).replace(tzinfo=UTC)
    engine.dispose()
    return time.perf_counter() - began


def run_dump(url: str, out: Path, fmt: str) -> dict:
    """Dump in a child process; wall time and the child's own peak RSS."""
    cmd = [sys.executable, "-m", "cds", "dump", "--output", str(out), "--database-url", url,
           "--no-card", "--format", fmt.split(".")[0]]
    began = time.perf_counter()
    child = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - began
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with {child.returncode}")
    manifest = json.loads(Path(f"{out}.manifest.json").read_text())
    return {"format": fmt, "records": manifest["records"], "seconds": round(seconds, 2),
            "records_per_s": round(manifest["records"] / seconds),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
            "file_mb": round(out.stat().st_size / 2**20, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", default="1000000",
                        help="record count, or increasing counts separated by commas")
    parser.add_argument("--formats", default="jsonl,jsonl.gz,csv,parquet")
    parser.add_argument("--keep", action="store_true", help="keep the database and dumps")
    args = parser.parse_args(argv)
    sizes = sorted({int(n.replace("_", "")) for n in args.records.split(",")})
    formats = [f for f in args.formats.split(",") if f]

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # clean up the work directory
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="dump-bench-", dir=OUT_DIR))
    url = f"sqlite:///{work / 'bench.db'}"
    results, done = [], 0
    try:
        for n in sizes:
            insert_s = populate(url, done, n)
            print(f"inserted {n - done} records in {insert_s:.1f}s "
                  f"({(n - done) / insert_s:,.0f}/s)", file=sys.stderr)
            done = n
            for fmt in formats:
                row = {"n": n, **run_dump(url, work / f"dump{SUFFIX[fmt]}", fmt)}
                print(row, file=sys.stderr)
                results.append(row)
        db_mb = round((work / "bench.db").stat().st_size / 2**20, 1)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    lines = ["| records | format | seconds | records/s | peak RSS (MB) | file (MB) |",
             "|---:|---|---:|---:|---:|---:|"]
    lines += [f"| {r['n']:,} | {r['format']} | {r['seconds']} | {r['records_per_s']:,} | "
              f"{r['peak_rss_mb']} | {r['file_mb']} |" for r in results]
    print("\n".join(lines))
    report = {"results": results, "database_mb": db_mb, "when": datetime.now(UTC).isoformat(),
              "python": platform.python_version(), "pyarrow": pa.__version__,
              "cpus": os.cpu_count(), "platform": platform.platform()}
    (OUT_DIR / "dump.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
