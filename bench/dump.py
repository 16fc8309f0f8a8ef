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
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
from sqlalchemy import create_engine, func, insert, select

from pipelines.schema import Article, Base, Source

OUT_DIR = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parents[1]
CHUNK = 20_000
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


def _rows(start: int, stop: int, rng: random.Random) -> list[dict]:
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(start, stop):
        paras = ["\n".join(rng.choices(SENTENCES, k=rng.randint(2, 5))) for _ in range(3)]
        text = "\n\n".join(paras)
        seen = t0 + timedelta(seconds=30 * i, microseconds=i % 1_000_000)
        rows.append(dict(
            id=f"{i:032x}", url=f"https://bao{i % 50}.example.vn/cds/bai-{i}.html",
            source_id=f"bao{i % 50}", title=f"Bài {i}: chuyển đổi số ở cơ sở",
            lead="Sapo: " + SENTENCES[i % len(SENTENCES)] if i % 3 else None,
            author="Minh Châu" if i % 2 else None, published_at=seen - timedelta(hours=2),
            modified_at=seen if i % 5 == 0 else None, text=text, language="vi",
            topics=rng.sample(TOPICS, k=rng.randint(0, 3)), relevance=rng.random(),
            word_count=len(text.split()), content_hash=f"{i:064x}",
            duplicate_of=None, first_seen_at=seen, fetched_at=seen,
        ))
    return rows


def populate(url: str, start: int, stop: int) -> float:
    """Insert records ``start..stop`` (bulk executemany in chunks); returns seconds."""
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    began = time.perf_counter()
    rng = random.Random(start)
    with engine.begin() as conn:
        if start == 0:
            conn.execute(insert(Source), [
                dict(id=f"bao{k}", name=f"Báo số {k}", kind="newspaper",
                     province="Đắk Lắk" if k % 2 else "Hà Nội",
                     former_province="Phú Yên" if k % 4 == 1 else None, config={})
                for k in range(50)])
        for lo in range(start, stop, CHUNK):
            conn.execute(insert(Article), _rows(lo, min(stop, lo + CHUNK), rng))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Article)).scalar() == stop
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
