"""``cds reextract``: judge archived pages again (extraction and every pipeline), no network.

    cds reextract [--source ID,…] [--since TIME] [--outcome stored|not_article|off_topic|all]
                  [--warc FILE …] [--dry-run] [--database URL|PATH] [-s NAME=VALUE]

Runs ``scrapy crawl cds_reextract`` in this process (see :mod:`crawler.spiders.reextract`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cds.scrapy_run import crawl_argv, execute


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "reextract", help="judge archived pages again (no network)",
        description="Run extraction and the whole pipeline chain (validate, normalise, topic, "
        "dedupe, store) again over pages kept in the raw WARC archive, without any request to "
        "a site. Records are updated in place (same ids); the end report says what changed. "
        "Without --outcome: the pages rejected by an older extractor or lexicon version (see "
        "`cds status`). An interrupted run resumes when run again.",
        epilog="exit codes: 0 done; 1 failed or interrupted (run again to resume), no archive "
        "file (without --warc) or a --warc file that is not a readable WARC; 2 bad arguments, "
        "no such WARC file or an unreadable --sources registry; 5 database unavailable")
    p.add_argument("--source", metavar="ID,ID", action="append",
                   help="only these source ids")
    p.add_argument("--since", metavar="TIME",
                   help="only pages visited since TIME (YYYY-MM-DD or ISO 8601, UTC by default)")
    p.add_argument("--outcome", choices=["stored", "not_article", "off_topic", "all"],
                   help="pages last judged so (not_article includes rejected); default: the "
                   "pages waiting for re-extraction")
    p.add_argument("--warc", metavar="FILE", nargs="+",
                   help="import these WARC files (wget --warc-file, Heritrix, Common Crawl): "
                   "their pages of the registry's domains are judged and stored")
    p.add_argument("--dry-run", action="store_true", help="judge and report, write nothing")
    p.add_argument("--sources", metavar="FILE", help="registry file (default seeds/sources.yaml)")
    p.add_argument("--database", "--database-url", dest="database", metavar="URL|PATH",
                   help="the archive: an SQLAlchemy URL or an SQLite file; default "
                   "CDS_DATABASE_URL, else data/cds.db")
    p.add_argument("-s", dest="settings", metavar="NAME=VALUE", action="append", default=[],
                   help="Scrapy setting (e.g. -s CDS_EXTRACT_PROCESSES=2)")
    p.set_defaults(func=run)


def scrapy_argv(args: argparse.Namespace) -> list[str]:
    """The ``scrapy crawl cds_reextract …`` argument vector for parsed options."""
    warc = ",".join(str(Path(f).resolve()) for f in args.warc or [])
    return crawl_argv("cds_reextract", [
        ("sources", args.sources), ("source", ",".join(args.source or [])),
        ("visited_since", args.since), ("outcome", args.outcome), ("warc", warc),
        ("dry_run", "1" if args.dry_run else None),
    ], args)


def readable_warc(path: Path) -> str | None:
    """Why ``path`` is not a WARC file that can be read (its first record is read), or None."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                # any 5-word first line reads as an old ARC header: a WARC says "WARC/1.x"
                if not str(getattr(record, "format", "")).startswith("warc"):
                    return "no WARC header"
                return None
    except Exception as exc:  # noqa: BLE001 - any reader error: not a WARC we can read
        return f"{exc.__class__.__name__}: {exc}".strip()[:200]
    return "no WARC record"


def _database(args: argparse.Namespace) -> str | None:
    """The ``--database`` value, or a ``-s CDS_DATABASE_URL=…`` one (it wins in Scrapy)."""
    value = args.database
    for setting in args.settings:
        name, _, given = setting.partition("=")
        if name.strip() == "CDS_DATABASE_URL" and given.strip():
            value = given.strip()
    return value


def run(args: argparse.Namespace) -> int:
    from cds.database import ArchiveError, require_file
    from cds.registry_option import registry_error
    from cds.scrapy_run import preflight, quiet_wanted
    from crawler.spiders.reextract import parse_time

    try:
        parse_time(args.since)
    except ValueError as exc:
        print(f"cds reextract: {exc}", file=sys.stderr)
        return 2
    if (code := preflight(args, "cds reextract")) is not None:
        return code
    for name in args.warc or []:
        if not Path(name).is_file():
            print(f"cds reextract: {name}: no such file", file=sys.stderr)
            return 2
        if problem := readable_warc(Path(name)):
            print(f"cds reextract: {name}: not a readable WARC file ({problem})", file=sys.stderr)
            return 1
    if not args.warc:  # judging the archive again needs one (--warc imports into a new one)
        try:
            require_file(_database(args))
        except ArchiveError as exc:
            return exc.report("cds reextract")
    if args.sources and registry_error(args.sources, "cds reextract"):
        return 2
    return execute(scrapy_argv(args), quiet=quiet_wanted(args))
