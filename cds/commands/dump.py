"""``cds dump``: the dataset as JSONL, CSV or Parquet with a manifest (see :mod:`cds.dump`)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    from cds.database import add_database_option

    p = subparsers.add_parser(
        "dump",
        help="write the dataset (JSONL, CSV or Parquet) and its manifest",
        description="Write the articles as dataset records to PATH, with PATH.manifest.json "
        "and a README.md dataset card beside it. The file is replaced atomically. Exit 1 with "
        "one line when the archive cannot be read or holds no article yet.",
    )
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), type=str.lower,
                   help="default: from the suffix (.jsonl, .jsonl.gz, .csv, .parquet)")
    p.add_argument("--output", "-o", required=True, metavar="PATH", help="file to write")
    p.add_argument("--since", metavar="TIME|last",
                   help="only records first seen at/after TIME (ISO 8601 date or time; naive = "
                   "Asia/Ho_Chi_Minh), or 'last': after the previous dump to the same PATH")
    p.add_argument("--source", metavar="ID,…", action="append",
                   help="only these source ids (comma-separated, repeatable)")
    p.add_argument("--province", metavar="NAME",
                   help="only sources of this province (a former province name selects its "
                   "former area)")
    p.add_argument("--include-duplicates", action="store_true",
                   help="also write syndicated copies (duplicate_of set)")
    add_database_option(p)
    p.add_argument("--card", action=argparse.BooleanOptionalAction, default=True,
                   help="write/refresh README.md beside the dump (never replaces a README "
                   "that cds did not write; default: on)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from cds.database import ArchiveError, open_archive
    from cds.dump import DumpError, dump

    try:
        archive = open_archive(args.database)
    except ArchiveError as exc:
        return exc.report("cds dump")
    if not archive.articles:
        why = (f"{archive.label} holds no article yet ({archive.runs} crawl run(s): see "
               "`cds status`)" if archive.runs else archive.empty_message())
        print(f"cds dump: nothing to dump: {why}", file=sys.stderr)
        return 1
    sources = [s.strip() for group in args.source or () for s in group.split(",") if s.strip()]
    try:
        result = dump(
            archive.url, args.output, fmt=args.format, since=args.since,
            sources=sources or None, province=args.province,
            include_duplicates=args.include_duplicates, card=args.card,
        )
    except DumpError as exc:
        print(f"cds dump: error: {exc}", file=sys.stderr)
        return 2
    except (OSError, SQLAlchemyError) as exc:
        reason = getattr(exc, "orig", None) or exc
        first = str(reason).strip().splitlines()[0] if str(reason).strip() else repr(reason)
        print(f"cds dump: failed, previous dump left in place: {first}", file=sys.stderr)
        return 1
    print(f"{result.records} records -> {result.path} ({result.format}, {result.bytes} bytes, "
          f"sha256 {result.sha256[:12]}…, {result.seconds:.1f}s); manifest {result.manifest_path}")
    return 0
