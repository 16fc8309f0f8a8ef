"""``cds warc verify``: check the raw archive's WARC files.

    cds warc verify [PATH …] [--repair]

Every record of every file is read and its digests checked; a file cut short by a crash (its
last record truncated) is reported and, with ``--repair``, truncated to its last complete
record. Exit 0 when every file is whole (or repaired), 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("warc", help="the raw page archive (WARC files)",
                              description="Check the WARC files of the raw page archive.")
    sub = p.add_subparsers(dest="warc_command", metavar="ACTION", required=True)
    v = sub.add_parser("verify", help="read every record, check digests, find truncated files",
                       description="Read every record of the WARC files (default: all under "
                       "CDS_WARC_DIR, else CDS_DATA_DIR/warc) and check their digests.",
                       epilog="exit codes: 0 every file is whole; 1 a file is damaged; "
                       "2 no such file or directory")
    v.add_argument("paths", metavar="PATH", nargs="*", help="WARC files or directories")
    v.add_argument("--repair", action="store_true",
                   help="truncate a file cut short by a crash to its last complete record")
    v.set_defaults(func=verify)


def warc_files(paths: list[str]) -> list[Path]:
    """The ``*.warc.gz`` / ``*.warc`` files named or under the directories named."""
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.name.endswith((".warc.gz", ".warc")))
        elif path.is_file():
            out.append(path)
        else:
            raise FileNotFoundError(name)
    return out


def verify(args: argparse.Namespace) -> int:
    from crawler.warc.reader import check_file

    if args.paths:
        roots = args.paths
    else:
        from scrapy.utils.project import get_project_settings

        from crawler.warc.extension import warc_dir

        roots = [str(warc_dir(get_project_settings()))]
    try:
        files = warc_files(roots)
    except FileNotFoundError as exc:
        print(f"cds warc verify: {exc}: no such file or directory", file=sys.stderr)
        return 2
    bad = 0
    records: dict[str, int] = {}
    for path in files:
        check = check_file(path)
        for kind, n in check.records.items():
            records[str(kind)] = records.get(str(kind), 0) + n
        if check.ok:
            continue
        if args.repair and check.error and check.error.startswith("truncated"):
            with open(path, "r+b") as fh:
                fh.truncate(check.good_bytes)
            print(f"{path}: {check.error}; repaired (cut to {check.good_bytes} bytes)")
            continue
        bad += 1
        print(f"{path}: {check.error}")
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(records.items()))
    print(f"{len(files)} WARC file(s), {sum(records.values())} records ({kinds or 'none'}); "
          + (f"{bad} damaged" if bad else "all readable"))
    return 1 if bad else 0
