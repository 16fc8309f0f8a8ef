"""Benchmark the raw page archive (WARC): its cost in the crawl and ``cds reextract``'s rate.

    .venv/bin/python -m bench.warc [--scale 300] [--repeat 3]

Backfill crawls of the replica with the archive on and off, interleaved (medians): article
pages per second, and the WARC bytes per article page. Then ``cds reextract --outcome all``
over the archive of one crawl (every archived page through extraction and the pipelines, no
network) against the extraction ceiling: ``extract_article`` alone in one process over the
same archived pages. Prints a Markdown table and writes ``bench/out/warc.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.backfill import crawl
from bench.harness import PYTHON, ROOT, ReplicaHandle, median

OUT = Path(__file__).resolve().parent / "out" / "warc.json"


def warc_bytes(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.glob("*.warc.gz"))


def reextract(rep: ReplicaHandle, workdir: Path, db: Path, warc: Path) -> dict[str, Any]:
    """``cds reextract --outcome all`` over ``db``'s archive; pages/s from its report."""
    rep.clear()
    t0 = time.perf_counter()
    out = subprocess.run([PYTHON, "-m", "cds", "reextract", "--outcome", "all", "--database",
                          str(db), "--sources", str(rep.registry), "-s", f"CDS_WARC_DIR={warc}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=1800,
                         env={"CDS_DATA_DIR": str(workdir / "data"), "PATH": "/usr/bin:/bin"})
    wall = time.perf_counter() - t0
    (workdir / "reextract.log").write_text(out.stdout + out.stderr)
    m = re.search(r"(\d+) archived page\(s\) judged again in ([\d.]+) s", out.stdout)
    pages, secs = (int(m.group(1)), float(m.group(2))) if m else (0, None)
    return {"rc": out.returncode, "pages": pages, "seconds": secs, "wall_s": wall,
            "pages_per_s": pages / secs if pages and secs else None,
            "requests_to_sites": rep.counts()["requests"]}


def ceiling(warc: Path) -> dict[str, Any]:
    """``extract_article`` alone over the archived pages, in this process (one core)."""
    from crawler.extraction import extract_article
    from crawler.warc.reader import iter_responses

    pages = [r for path in sorted(warc.glob("*.warc.gz")) for r in iter_responses(path)]
    pages = [p for p in pages if len(p.body) < 3 * 1024 * 1024]
    extract_article(pages[0].body, pages[0].url)  # imports, caches
    t0 = time.perf_counter()
    for page in pages:
        extract_article(page.body, page.url)
    secs = time.perf_counter() - t0
    return {"pages": len(pages), "seconds": secs, "pages_per_s": len(pages) / secs}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.warc", description=__doc__.split("\n")[0])
    p.add_argument("--scale", type=int, default=300, help="generated articles (default 300)")
    p.add_argument("--repeat", type=int, default=3, help="crawls per variant (default 3)")
    p.add_argument("--workdir", help="keep databases, WARC files and logs here")
    args = p.parse_args(argv)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="cds-bench-warc-"))
    runs: dict[str, list[dict[str, Any]]] = {"on": [], "off": []}
    with ReplicaHandle(args.scale, workdir) as rep:
        for i in range(args.repeat):
            for key in ("on", "off"):
                warc = workdir / f"warc-{key}-{i}"
                r = crawl(rep, workdir, f"warc-{key}-{i}", settings={
                    "CDS_WARC_ENABLED": key == "on", "CDS_WARC_DIR": warc})
                r["warc_bytes"] = warc_bytes(warc) if warc.exists() else 0
                runs[key].append(r)
                print(f"[{i + 1}/{args.repeat}] archive {key}: {r['article_pages']} article "
                      f"pages in {r['wall_s']:.1f} s", file=sys.stderr, flush=True)
        last = args.repeat - 1
        rex = reextract(rep, workdir, workdir / f"warc-on-{last}.db", workdir / f"warc-on-{last}")
    ceil = ceiling(workdir / f"warc-on-{last}")

    def med(key: str, field: str) -> float | None:
        return median(r.get(field) for r in runs[key])

    on, off = med("on", "articles_per_s"), med("off", "articles_per_s")
    pages = med("on", "article_pages") or 0
    result = {
        "scale": args.scale, "repeat": args.repeat, "workdir": str(workdir),
        "crawl": {k: {"runs": len(v), "article_pages": med(k, "article_pages"),
                      "wall_s": med(k, "wall_s"), "articles_per_s": med(k, "articles_per_s"),
                      "cpu_ms_per_article": med(k, "cpu_ms_per_article"),
                      "peak_pss_mb": med(k, "peak_pss_mb"), "warc_bytes": med(k, "warc_bytes")}
                  for k, v in runs.items()},
        "slowdown": 1 - on / off if on and off else None,
        "bytes_per_article": (med("on", "warc_bytes") or 0) / pages if pages else None,
        "reextract": rex, "ceiling": ceil,
        "reextract_vs_ceiling": (rex["pages_per_s"] / ceil["pages_per_s"]
                                 if rex.get("pages_per_s") else None),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    c = result["crawl"]
    print("| variant | runs | article pages | seconds | article pages/s | CPU ms/page | "
          "peak MB (PSS) | WARC MB |")
    print("|---|---|---|---|---|---|---|---|")
    for key, label in (("off", "crawl, archive off"), ("on", "crawl, archive on (default)")):
        row = c[key]
        print(f"| {label} | {row['runs']} | {row['article_pages']:.0f} | {row['wall_s']:.1f} | "
              f"{row['articles_per_s']:.1f} | {row['cpu_ms_per_article'] or 0:.1f} | "
              f"{row['peak_pss_mb'] or 0:.0f} | {(row['warc_bytes'] or 0) / 1e6:.1f} |")
    print()
    print(f"- archive cost: {100 * (result['slowdown'] or 0):.1f} % slower (target <= 10 %), "
          f"{(result['bytes_per_article'] or 0) / 1024:.1f} KiB of WARC per article page")
    print(f"- cds reextract --outcome all: {rex['pages']} pages at "
          f"{rex['pages_per_s'] or 0:.1f} pages/s, {rex['requests_to_sites']} requests to sites; "
          f"extraction ceiling (one process) {ceil['pages_per_s']:.1f} pages/s "
          f"(ratio {result['reextract_vs_ceiling'] or 0:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
