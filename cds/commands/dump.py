"""``cds dump``: the dataset as JSONL, CSV or Parquet with a manifest (see :mod:`cds.dump`)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    from cds.database import add_database_option
    from cds.dump import SETTLE_SECONDS

    p = subparsers.add_parser(
        "dump",
        help="write the dataset (JSONL, CSV or Parquet) and its manifest",
        description="Write the articles as dataset records to PATH, with PATH.manifest.json "
        "and a README.md dataset card beside it. A fixed PATH is replaced (atomically) by every "
        "dump, --since last included; PATH may hold %(time)s or %(date)s, filled in at dump "
        "time in UTC (2026-12-04T22-08-42Z, 2026-12-04), so that each run writes a new file and "
        "none is ever replaced. Missing parent directories of PATH are created. Exit 2 with one "
        "line, nothing written, on bad input (format, --since, unknown source id or province, "
        "an empty PATH, a directory, the archive's own file); exit 1 when the archive cannot be "
        "read or holds no article yet.",
    )
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), type=str.lower,
                   help="default: from the suffix (.jsonl, .jsonl.gz, .csv, .parquet)")
    p.add_argument("--output", "-o", required=True, metavar="PATH",
                   help="file to write (replaced if it exists), or a template such as "
                   "'out/cds-%%(time)s.jsonl' (a new file each run); missing directories "
                   "are created")
    p.add_argument("--since", metavar="TIME|last",
                   help="only records first seen at/after TIME (ISO 8601 date or time; naive = "
                   "Asia/Ho_Chi_Minh), or 'last': those first seen since the previous dump to "
                   "the same PATH (or template), except the last "
                   f"{SETTLE_SECONDS:.0f} s, which wait for the next dump (rows may still "
                   "be being committed). With a fixed PATH the file then holds only the new "
                   "records: use a %%(time)s template to keep every increment")
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
    from cds.dump import SETTLE_SECONDS

    if result.created_dir:
        print(f"created directory {result.created_dir}")
    print(f"{result.records} records -> {result.path} ({result.format}, {result.bytes} bytes, "
          f"sha256 {result.sha256[:12]}…, {result.seconds:.1f}s); manifest {result.manifest_path}")
    if result.held_back:
        print(f"{result.held_back} record(s) first seen in the last {SETTLE_SECONDS:.0f} s held "
              "back for the next --since last dump")
    return 0
