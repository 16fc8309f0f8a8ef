"""Discovery from a home page alone (issue #14), on the replica with its discovery sites.

    python -m bench.discovery [--scale 300] [--out bench/out/discovery.json]

1. First crawl with the full registry, then (fresh databases) with home pages only (URL pattern
   and extraction rules kept), and "bare" (home page, domain and names only): CĐS stories
   stored by each, the share of the full registry's that each found, and the truth's count.
2. Re-crawl of the unchanged world with the home-only database: requests per remembered entry
   point (start pages, sections, feeds, RSS index pages, sitemaps) and how many were 304.
3. A moved section: ``move_section(301)`` then ``move_section(404)`` (fresh small worlds), one
   crawl each: the ``section_moved`` event, the health reason, the new section walked.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from crawler.process import crawl_argv, crawl_env

ROOT = Path(__file__).resolve().parents[1]
FAST = {"DOWNLOAD_TIMEOUT": 5, "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0,
        "CDS_CRAWL_DELAY_MAX": 0, "CDS_RETRY_BACKOFF_BASE": 0.1, "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 4, "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO"}


def write_registry(entries: list[dict], path: Path) -> Path:
    from cds.replica.discovery_sites import dump_registry

    dump_registry(entries, path)
    return path


def crawl(registry: Path, db: str, workdir: Path, name: str) -> dict[str, Any]:
    """One ``scrapy crawl cds_news`` child; its exit code, stats and wall time."""
    stats_file = workdir / f"{name}.stats.json"
    argv = crawl_argv(sources_file=registry, database_url=db, python=sys.executable,
                      settings={**FAST, "CDS_STATS_FILE": stats_file})
    start = time.monotonic()
    with (workdir / f"{name}.log").open("w", encoding="utf-8") as out:
        proc = subprocess.run(argv, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, timeout=1800,
                              env=crawl_env({"CDS_DATABASE_URL": db}))
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    return {"rc": proc.returncode, "stats": stats, "wall_s": round(time.monotonic() - start, 1)}


def stored_urls(db: str) -> set[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.connect() as conn:
        urls = {r[0] for r in conn.execute(text("select url from articles"))}
    engine.dispose()
    return urls


def entry_points(db: str) -> dict[str, int]:
    """Remembered entry points found (not absent or gone) by kind."""
    from cds.discovered_view import discovered

    kinds: Counter[str] = Counter()
    for rows in discovered(db).values():
        kinds.update(r["kind"] for r in rows if r["status"] == "found")
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.connect() as conn:
        kinds["start"] = conn.execute(text(
            "select count(*) from discovered_entries where kind = 'start'")).scalar_one()
    engine.dispose()
    return dict(kinds)


def health_reason(db: str, source_id: str) -> str:
    from pipelines.db import session_scope
    from scheduler.health import evaluate, load_runs

    with session_scope(db) as session:
        return evaluate(source_id, load_runs(session, source_id, 5)).reason


def coverage(scale: int, workdir: Path) -> dict[str, Any]:
    from cds.replica import Replica
    from cds.replica.discovery_sites import home_only_entries

    with Replica(scale=scale, discovery_sites=True, stall_seconds=3) as rep:
        full_reg = write_registry(rep.registry(), workdir / "full.yaml")
        home_reg = write_registry(home_only_entries(rep.registry()), workdir / "home.yaml")
        full_db, home_db = (f"sqlite:///{workdir / n}" for n in ("full.db", "home.db"))
        full = crawl(full_reg, full_db, workdir, "full")
        bare_entries = [{k: v for k, v in e.items() if k not in ("article_url_pattern",
                                                                  "extraction")}
                        for e in home_only_entries(rep.registry())]
        bare_reg = write_registry(bare_entries, workdir / "bare.yaml")
        bare_db = f"sqlite:///{workdir / 'bare.db'}"
        bare = crawl(bare_reg, bare_db, workdir, "bare")
        rep.log.clear()
        home = crawl(home_reg, home_db, workdir, "home")
        first_requests = len(rep.log.entries())
        full_urls, home_urls = stored_urls(full_db), stored_urls(home_db)
        bare_urls = stored_urls(bare_db)
        truth_cds = {t["url"] for t in rep.truth() if t["published"] and t["relevant"]}
        points = entry_points(home_db)
        rep.log.clear()
        again = crawl(home_reg, home_db, workdir, "home-again")
        log = rep.log.entries()
        robots = [e for e in log if e.kind == "robots"]
        articles = [e for e in log if e.kind == "article"]
        other = [e for e in log if e.kind not in ("robots", "article")]
        per_site = Counter(e.site for e in other)
        per_url = Counter((e.site, e.path) for e in other)
        return {
            "scale": scale, "sites": len(rep.sites),
            "full": {"rc": full["rc"], "stored": len(full_urls), "wall_s": full["wall_s"]},
            "home": {"rc": home["rc"], "stored": len(home_urls), "wall_s": home["wall_s"],
                     "requests": first_requests},
            "bare": {"rc": bare["rc"], "stored": len(bare_urls), "wall_s": bare["wall_s"],
                     "found_share": round(len(full_urls & bare_urls) / max(1, len(full_urls)),
                                          4)},
            "truth_cds_published": len(truth_cds),
            "full_recall": round(len(full_urls & truth_cds) / max(1, len(truth_cds)), 4),
            "found_share": round(len(full_urls & home_urls) / max(1, len(full_urls)), 4),
            "home_extra": len(home_urls - full_urls),
            "missed": sorted(full_urls - home_urls)[:20],
            "entry_points": points, "entry_points_total": sum(points.values()),
            "recrawl": {"rc": again["rc"], "requests": len(other), "not_modified": sum(
                1 for e in other if e.status == 304), "robots": len(robots),
                "articles": len(articles), "by_site": dict(per_site),
                "distinct_urls": len(per_url), "max_per_url": max(per_url.values(), default=0),
                "non_304": [f"{e.site} {e.path} {e.status}" for e in other if e.status != 304]},
        }


def moved(mode: str, workdir: Path, scale: int = 30) -> dict[str, Any]:
    from cds.replica import Replica
    from cds.replica.discovery_sites import home_only_entries

    with Replica(scale=scale, discovery_sites=True, stall_seconds=3) as rep:
        entries = [e for e in home_only_entries(rep.registry()) if e["id"] == "moved-news"]
        reg = write_registry(entries, workdir / f"moved-{mode}.yaml")
        db = f"sqlite:///{workdir / f'moved-{mode}.db'}"
        crawl(reg, db, workdir, f"moved-{mode}-1")
        old, new = rep.move_section("moved-news", mode)
        rep.log.clear()
        r = crawl(reg, db, workdir, f"moved-{mode}-2")
        walked = any(e.path.startswith(new) for e in rep.log.entries(kind="listing"))
        events = r["stats"].get("cds/source/moved-news/events/section_moved", [])
        return {"mode": mode, "rc": r["rc"], "old": old, "new": new, "new_walked": walked,
                "events": events, "health": health_reason(db, "moved-news")}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.discovery", description=__doc__)
    p.add_argument("--scale", type=int, default=300)
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "discovery.json")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-discovery-") as tmp:
        work = Path(tmp)
        result = {"coverage": coverage(args.scale, work),
                  "moved": [moved("301", work), moved("404", work)]}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
