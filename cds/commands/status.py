"""``cds status``: health of every source as a table (or JSON)."""

from __future__ import annotations

import argparse
import json

STYLES = {"ok": "green", "degraded": "yellow", "silent": "magenta", "failing": "bold red",
          "unknown": "dim", "disabled": "dim"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "status", help="health of every source",
        description="One row per source: health (ok/degraded/silent/failing) and why, the "
        "last run, non-duplicate articles published in the last 7 and 30 days, open alerts.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--sources", metavar="FILE",
                   help="source registry (default: seeds/sources.yaml)")
    p.add_argument("--database-url", metavar="URL", help="default: CDS_DATABASE_URL")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cds.config import database_url
    from scheduler.report import collect

    rows = collect(args.database_url or database_url(), args.sources)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title="cds sources")
    for name in ("id", "province", "health", "reason", "last run", "status", "7d", "30d",
                 "alerts"):
        table.add_column(name, justify="right" if name in ("7d", "30d", "alerts") else "left")
    for r in rows:
        table.add_row(r.id, r.province or "—", f"[{STYLES.get(r.health, '')}]{r.health}[/]",
                      r.reason, (r.last_run_at or "—")[:19], r.last_run_status or "—",
                      str(r.articles_7d), str(r.articles_30d), str(r.open_alerts))
    Console().print(table)
    return 0
