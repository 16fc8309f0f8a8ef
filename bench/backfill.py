"""Backfill: ``scrapy crawl cds_news`` over the whole replica, and the extraction-only ceiling.

The crawl runs in a child (:func:`crawl`); the ceiling (:func:`ceiling`) runs
``python -m bench.backfill ceiling PAGES.pickle`` in a child too: one process extracting pages
already in memory with ``extract_article`` and, for reference, trafilatura's
``bare_extraction(with_metadata=True)``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.harness import PYTHON, ROOT, ChildResult, ReplicaHandle, active_rate, run_child

#: Politeness off against the loopback replica: the bench measures the crawler, not the delays.
THROUGHPUT = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CDS_CRAWL_DELAY_MAX": 0,
    "CDS_RETRY_BACKOFF_BASE": 0.1,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "CDS_BACKFILL_MAX_PAGES": 10_000,
    "DOWNLOAD_TIMEOUT": 10,
}
SINCE = "2000-01-01"


def crawl(rep: ReplicaHandle, workdir: Path, name: str, *, db: Path | None = None,
          since: str | None = SINCE, settings: dict[str, Any] | None = None,
          wrap: list[str] | None = None, env: dict[str, str] | None = None,
          timeout: float = 1800) -> dict[str, Any]:
    """One ``scrapy crawl cds_news`` child; the replica log is cleared first and counted after."""
    from crawler.process import crawl_argv, crawl_env

    workdir.mkdir(parents=True, exist_ok=True)
    db = db or workdir / f"{name}.db"
    stats_file = workdir / f"{name}.stats.json"
    stats_file.unlink(missing_ok=True)
    argv = crawl_argv(sources_file=rep.registry, since=since, database_url=f"sqlite:///{db}",
                      settings={**THROUGHPUT, "CDS_STATS_FILE": stats_file,
                                **(settings or {})}, python=PYTHON)
    if wrap:  # e.g. a profiler: [python, -m, pyinstrument, ..., -m] + [scrapy, crawl, ...]
        argv = [*wrap, *argv[2:]]
    rep.clear()
    # the raw archive (WARC) goes to the work directory, never the repository's data/
    env = {"CDS_DATA_DIR": str(workdir / "data"), **(env or {})}
    res = run_child(argv, env=crawl_env(env), cwd=ROOT, log=workdir / f"{name}.log",
                    timeout=timeout)
    return crawl_result(res, rep, stats_file)


def crawl_result(res: ChildResult, rep: ReplicaHandle, stats_file: Path) -> dict[str, Any]:
    counts = rep.counts()
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    stored = stats.get("item_scraped_count", 0)
    dropped = stats.get("item_dropped_count", 0)
    pages = counts["article_200"]
    active_s, active_rate_ = active_rate(res, counts, pages)
    return {
        "rc": res.rc, "wall_s": res.wall_s, "cpu_s": res.cpu_s, "peak_rss_mb": res.maxrss_mb,
        "peak_pss_mb": res.extra.get("peak_pss_mb"),
        "article_pages": pages, "stored": stored, "dropped": dropped,
        "articles_per_s": pages / res.wall_s if res.wall_s else None,
        "stored_per_s": stored / res.wall_s if res.wall_s else None,
        "active_s": active_s, "articles_per_s_active": active_rate_,
        "cpu_ms_per_article": 1000 * res.cpu_s / pages if pages else None,
        "scrapy_memusage_max_mb": (stats.get("memusage/max") or 0) / 2**20 or None,
        "finish_reason": stats.get("finish_reason"), "requests": counts, "log": res.log,
        "argv": " ".join(res.argv),
    }


def dump_pages(rep: ReplicaHandle, path: Path) -> int:
    """Fetch every published article once with urllib and pickle (url, body, charset, rules)."""
    from bench.harness import fetch_all
    from seeds.registry import load_registry

    pages = fetch_all(rep.published_urls())
    rules = {s.allowed_domains[0]: getattr(s, "extraction", None)
             for s in load_registry(rep.registry).sources}
    rows = [(u, b, c, rules.get(urlsplit(u).hostname)) for u, b, c in pages]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(rows, f, protocol=pickle.HIGHEST_PROTOCOL)
    rep.clear()
    return len(rows)


def ceiling(pages: Path, workdir: Path, mode: str) -> dict[str, Any]:
    """Extraction alone in a child process; ``mode`` is ``ours`` or ``trafilatura``."""
    out = workdir / f"ceiling-{mode}.json"
    res = run_child([PYTHON, "-m", "bench.backfill", "ceiling", str(pages), mode, str(out)],
                    cwd=ROOT, log=workdir / f"ceiling-{mode}.log")
    data = json.loads(out.read_text()) if out.exists() else {}
    n = data.get("pages", 0)
    secs = data.get("extract_s")
    return {"rc": res.rc, "pages": n, "extract_s": secs, "articles": data.get("articles"),
            "articles_per_s": n / secs if n and secs else None,
            "cpu_ms_per_article": 1000 * data["cpu_s"] / n if n else None,
            "peak_rss_mb": res.maxrss_mb, "child_wall_s": res.wall_s}


def _ceiling_main(pages: str, mode: str, out: str) -> None:
    with open(pages, "rb") as f:
        rows = pickle.load(f)
    if mode == "ours":
        from crawler.extraction import extract_article

        def one(url: str, body: bytes, charset: str | None, rules: Any) -> bool:
            return extract_article(body, url, encoding=charset, rules=rules).is_article
    else:
        import trafilatura

        def one(url: str, body: bytes, charset: str | None, rules: Any) -> bool:
            return trafilatura.bare_extraction(body, url=url, with_metadata=True) is not None
    one(*rows[0])  # imports, caches
    t0, c0 = time.perf_counter(), time.process_time()
    articles = sum(one(*row) for row in rows)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    Path(out).write_text(json.dumps({"pages": len(rows), "articles": articles, "extract_s": secs,
                                     "cpu_s": cpu}))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.backfill")
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("ceiling", help="(internal) extraction alone over pickled pages")
    c.add_argument("pages")
    c.add_argument("mode", choices=["ours", "trafilatura"])
    c.add_argument("out")
    args = p.parse_args(argv)
    if args.cmd == "ceiling":
        _ceiling_main(args.pages, args.mode, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
