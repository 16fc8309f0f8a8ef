"""``cds crawl``: one crawl, the same as ``scrapy crawl cds_news`` with the same options.

    cds crawl [--sources FILE] [--source ID,ID] [--since YYYY-MM-DD] [--database URL|PATH]
              [-a NAME=VALUE] [-s NAME=VALUE]

Runs in this process through ``scrapy.cmdline`` (project settings found from any directory).
Scrapy's start-up banner and engine lines are left out unless ``cds -v`` or ``-s LOG_LEVEL=…``
asks for them; the progress lines, the table and the verdict stay.
"""

from __future__ import annotations

import argparse
import sys

from cds.scrapy_run import crawl_argv, execute, preflight, quiet_wanted


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "crawl",
        help="run one crawl (scrapy crawl cds_news)",
        description="Crawl the selected sources once and store new articles. Same as "
        "'scrapy crawl cds_news' with the same -a/-s options. Ends with a table per source "
        "and a one-line verdict. Set CDS_CONTACT (your e-mail or URL) so that site operators "
        "can reach you: it goes into the User-Agent.",
        epilog="exit codes: 0 at least one source answered; 1 the crawl failed to start; "
        "2 bad arguments (unknown source id, bad --since, a -s value of the wrong type, a bad "
        "database URL or missing driver); 3 no valid source in the registry; "
        "4 no source answered (network?); 5 database (or CDS_REDIS_URL's Redis) unavailable",
    )
    p.add_argument("--sources", metavar="FILE", help="registry file (-a sources=FILE)")
    p.add_argument("--source", metavar="ID,ID", action="append",
                   help="only these source ids, disabled ones included (-a source=ID,ID)")
    p.add_argument("--since", metavar="YYYY-MM-DD",
                   help="backfill: skip older articles, walk listings deeper (-a since=…)")
    p.add_argument("--database", "--database-url", dest="database", metavar="URL|PATH",
                   help="the archive (-s CDS_DATABASE_URL=…): an SQLAlchemy URL or an SQLite "
                   "file; default CDS_DATABASE_URL, else data/cds.db")
    p.add_argument("-a", dest="spider_args", metavar="NAME=VALUE", action="append", default=[],
                   help="spider argument, as for scrapy crawl")
    p.add_argument("-s", dest="settings", metavar="NAME=VALUE", action="append", default=[],
                   help="Scrapy setting, as for scrapy crawl (e.g. -s LOG_LEVEL=DEBUG)")
    p.add_argument("-o", "-O", dest="output", metavar="FILE",
                   help="also write the items with Scrapy's feed exports (overwrites FILE)")
    p.set_defaults(func=run)


def scrapy_argv(args: argparse.Namespace) -> list[str]:
    """The ``scrapy crawl cds_news …`` argument vector for parsed ``cds crawl`` options."""
    argv = crawl_argv("cds_news", [
        ("sources", args.sources), ("source", ",".join(args.source or [])), ("since", args.since),
    ], args, args.spider_args)
    if args.output:
        argv += ["-O", args.output]
    return argv


def run(args: argparse.Namespace) -> int:
    from crawler.spiders.cds_news import parse_since
    from crawler.summary import EXIT_CODES
    from seeds.registry import RegistryError, UnknownSourceError, load_registry

    try:
        parse_since(args.since)
    except ValueError as exc:
        print(f"cds crawl: {exc}", file=sys.stderr)
        return 2
    try:  # fail early and plainly on a missing registry or an unknown id, before Scrapy
        registry = load_registry(args.sources)
        if args.source:
            registry.select(",".join(args.source))
    except RegistryError as exc:
        print(f"cds crawl: {exc}", file=sys.stderr)
        unknown = isinstance(exc, UnknownSourceError)
        return EXIT_CODES["usage" if unknown else "no_valid_source"]
    if (code := preflight(args, "cds crawl")) is not None:
        return code
    return execute(scrapy_argv(args), quiet=quiet_wanted(args))
