"""Re-crawl: what a second crawl asks for when nothing changed, and when k articles appeared.

Runs on the database of the last backfill. Requests are counted by kind from the replica's log;
the expectation is one request per feed, top-level sitemap, first listing page and robots.txt,
no article fetch when unchanged, and exactly k article fetches after ``advance(k)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.backfill import crawl
from bench.harness import ReplicaHandle


def unchanged(rep: ReplicaHandle, workdir: Path, db: Path, i: int) -> dict[str, Any]:
    r = crawl(rep, workdir, f"recrawl-unchanged-{i}", db=db, since=None)
    row = _row(r, rep, expected_articles=0)
    row["old_article_fetches"] = rep.article_fetches()
    return row


def k_new(rep: ReplicaHandle, workdir: Path, db: Path, i: int, k: int = 10) -> dict[str, Any]:
    new = rep.replica.advance(k)
    site_of = {a.site for a in new}
    new_paths = {(a.site, a.path) for a in new}
    r = crawl(rep, workdir, f"recrawl-k{k}-{i}", db=db, since=None)
    row = _row(r, rep, expected_articles=k)
    fetched = rep.article_paths()
    row["new_fetched"] = len(new_paths & fetched)
    row["old_fetched"] = len(fetched - new_paths)
    row["new_sites"] = sorted(site_of)
    row["old_article_fetches"] = [f for f in rep.article_fetches()
                                  if tuple(f.split(" ")[:2]) not in new_paths]
    return row


def _row(r: dict[str, Any], rep: ReplicaHandle, *, expected_articles: int) -> dict[str, Any]:
    req = r["requests"]
    exp = rep.channels()
    return {
        "rc": r["rc"], "wall_s": r["wall_s"], "cpu_s": r["cpu_s"], "peak_rss_mb": r["peak_rss_mb"],
        "requests": req["requests"], **{k: req[k] for k in
                                        ("article", "listing", "feed", "sitemap", "robots",
                                         "other", "not_modified", "conditional")},
        "stored": r["stored"],
        "expected": {**exp, "article": expected_articles},
        "log": r["log"],
    }


def peer_row(r: dict[str, Any]) -> dict[str, Any]:
    """A peer re-run (no memory): the same table columns."""
    req = r["requests"]
    return {"rc": r["rc"], "wall_s": r["wall_s"], "cpu_s": r["cpu_s"],
            "peak_rss_mb": r["peak_rss_mb"], "requests": req["requests"],
            **{k: req[k] for k in ("article", "listing", "feed", "sitemap", "robots", "other",
                                   "not_modified", "conditional")},
            "articles": r.get("articles")}
