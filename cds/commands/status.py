"""``cds status``: health of every source as a table (or JSON)."""

from __future__ import annotations

import argparse
import json
import sys

STYLES = {"ok": "green", "degraded": "yellow", "silent": "magenta", "failing": "bold red",
          "unknown": "dim", "disabled": "dim"}


def register(subparsers: argparse._SubParsersAction) -> None:
    from cds.database import add_database_option

    p = subparsers.add_parser(
        "status", help="health of every source",
        description="One row per source: health (ok/degraded/silent/failing) and why, the "
        "last run, non-duplicate articles published in the last 7 and 30 days and in all, the "
        "newest one, open alerts; then the hosts paused by a Retry-After and the requests "
        "left to the next run (budgets). Exit 1 with one line when the archive cannot be read "
        "or no crawl has run on it yet.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--sources", metavar="FILE",
                   help="source registry (default: seeds/sources.yaml)")
    add_database_option(p)
    p.set_defaults(func=run)


def article_totals(database_url: str) -> dict[str, tuple[int, object]]:
    """``{source id: (non-duplicate articles, newest published_at)}`` over the whole archive."""
    from sqlalchemy import func, select

    from pipelines.db import session_scope
    from pipelines.schema import Article

    with session_scope(database_url) as session:
        rows = session.execute(
            select(Article.source_id, func.count(), func.max(Article.published_at))
            .where(Article.duplicate_of.is_(None)).group_by(Article.source_id))
        return {source: (count, newest) for source, count, newest in rows}


def last_failures(database_url: str, source_ids: list[str]) -> dict[str, str]:
    """``{source id: "failed: dns 2, …"}`` for sources whose last run failed entirely (health
    waits for several such runs before it says ``failing``: the table says it at once)."""
    from collections import Counter

    from crawler.summary import error_label
    from pipelines.db import session_scope
    from scheduler.health import load_runs

    out = {}
    with session_scope(database_url) as session:
        for source_id in source_ids:
            runs = load_runs(session, source_id, 1)
            if runs and runs[0].is_failure:
                kinds: Counter[str] = Counter()
                for reason, count in runs[0].errors.items():
                    if isinstance(count, int | float):
                        kinds[error_label(reason)] += int(count)
                out[source_id] = "failed" + (": " + ", ".join(
                    f"{k} {n}" for k, n in kinds.most_common(3)) if kinds else "")
    return out


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from cds.database import ArchiveError, ArchiveMissing, ArchiveUnavailable, open_archive
    from cds.registry_option import registry_error
    from scheduler.report import collect

    if args.sources and registry_error(args.sources, "cds status"):
        return 2
    try:
        try:
            archive = open_archive(args.database)
        except ArchiveMissing as exc:
            raise ArchiveMissing(f"{exc}{_demo_hint(args)}") from None
        if archive.empty:
            raise ArchiveError(archive.empty_message() + _demo_hint(args))
        rows = collect(archive.url, args.sources)
        totals = article_totals(archive.url)
        failures = last_failures(archive.url, [r.id for r in rows])
        from cds.discovered_view import discovered

        found = discovered(archive.url)
        from cds.frontier_view import carried

        left = carried(archive.url)
    except ArchiveError as exc:
        return exc.report("cds status")
    except SQLAlchemyError as exc:
        return ArchiveUnavailable(f"database unavailable: {exc.__class__.__name__}").report(
            "cds status")
    if args.json:
        from cds.frontier_view import for_source
        from cds.reextraction import waiting_by_source

        waiting = waiting_by_source(archive.url)
        out = []
        for r in rows:
            count, newest = totals.get(r.id, (0, None))
            archived, no_copy = waiting.get(r.id, (0, 0))
            out.append({**r.as_dict(), "articles_total": count,
                        "newest_published_at": newest.isoformat() if newest else None,
                        "last_run_failed": failures.get(r.id),
                        "reextract_waiting": {"archived": archived, "no_copy": no_copy},
                        "discovered": found.get(r.id, []), **for_source(left, r.id)})
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _print_table(archive.label, rows, totals, failures)
    if unlisted := [r.id for r in rows if not r.in_registry]:
        print(f"{len(unlisted)} source(s) of this archive are not in "
              f"{args.sources or 'the packaged registry'} (listed last): "
              f"{', '.join(unlisted[:5])}{', …' if len(unlisted) > 5 else ''}"
              + ("; --sources FILE names the registry it was crawled from"
                 if not args.sources else ""))
    from cds.discovered_view import print_discovered
    from cds.reextraction import waiting_line

    print_discovered(found, None if sys.stdout.isatty() else 160)
    from cds.frontier_view import print_carried

    print_carried(left)
    if line := waiting_line(archive.url):
        print(line)
    return 0


def _print_table(label: str, rows: list, totals: dict, failures: dict) -> None:
    import sys

    from rich.table import Table

    from cds.tables import print_table

    table = Table(title=f"cds status: {label}", title_justify="left", box=None,
                  header_style="bold", pad_edge=False)
    alerts = any(r.open_alerts for r in rows)
    table.add_column("source", no_wrap=True)
    table.add_column("province")
    table.add_column("health", no_wrap=True)
    table.add_column("last run (UTC)")
    table.add_column("articles 7d/30d/all", justify="right")
    table.add_column("newest", no_wrap=True)
    if alerts:
        table.add_column("alerts", justify="right")
    table.add_column("reason", min_width=16, ratio=1)
    for r in rows:
        count, newest = totals.get(r.id, (0, None))
        last = (r.last_run_at or "")[:16].replace("T", " ") or "—"
        if r.last_run_status and r.last_run_status != "finished":
            last += f" {r.last_run_status}"
        if r.id in failures:
            last += f" [red]{failures[r.id]}[/]"
        cells = [r.id, r.province or "—", f"[{STYLES.get(r.health, '')}]{r.health}[/]", last,
                 f"{r.articles_7d}/{r.articles_30d}/{count}",
                 newest.date().isoformat() if newest else "—"]
        if alerts:
            cells.append(str(r.open_alerts))
        table.add_row(*cells, r.reason)
    # a pipe or file gets the whole table, a terminal its own width
    print_table(table, None if sys.stdout.isatty() else 160)


def _demo_hint(args: argparse.Namespace) -> str:
    """Where the demo's archive is, when the user looked at the default one and a demo ran."""
    if args.database:
        return ""
    from cds.commands.demo import demo_status_command

    command = demo_status_command()
    return f" (the demo's archive: {command})" if command else ""
