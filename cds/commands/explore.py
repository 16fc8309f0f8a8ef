"""``cds explore``: ad-hoc SQL over an SQLite archive with Datasette (an optional extra).

Datasette opens a database file it may not treat as immutable read-only (``mode=ro``) and runs
only read queries with a time limit; ``cds serve``'s explorer stays the one for both backends.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from cds.database import add_database_option

HINT = "install the optional extra: pip install -e '.[explore]' (Datasette)"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "explore", help="ad-hoc SQL over an SQLite archive in Datasette (optional extra)",
        description="Run Datasette on the SQLite archive, read-only, bound to 127.0.0.1: "
        "tables, facets and SQL queries (the FTS5 table articles_fts included). " + HINT + ".")
    add_database_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8701)
    p.set_defaults(func=run)


def _fts_metadata(path: str) -> str:
    """A Datasette metadata file: the articles' search joins on ``search_key`` (the FTS5
    rowid, see :mod:`pipelines.search`), not on the table's rowid.

    One file per user and database in the temporary directory, rewritten on each run (the
    command execs Datasette, so nothing is left to delete it afterwards)."""
    import hashlib
    import json
    import tempfile

    from cds.dump_files import write_atomic
    from pipelines import search

    meta = {"databases": {Path(path).stem: {"tables": {"articles": {
        "fts_table": search.FTS_TABLE, "fts_pk": search.KEY_COLUMN}}}}}
    digest = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:12]
    out = Path(tempfile.gettempdir()) / f"cds-explore-{os.getuid()}-{digest}.json"
    write_atomic(out, json.dumps(meta).encode())
    return str(out)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import make_url

    from cds.commands.serve import address_error, listen_error
    from cds.database import ArchiveError, open_archive

    if problem := address_error(args.host, args.port):
        print(f"cds explore: {problem}", file=sys.stderr)
        return 2
    try:
        archive = open_archive(args.database)
    except ArchiveError as exc:
        return exc.report("cds explore")
    parsed = make_url(archive.url)
    if parsed.get_backend_name() != "sqlite":
        print(f"cds explore: Datasette reads SQLite only; {archive.label} is not SQLite "
              "(use `cds serve` for PostgreSQL)", file=sys.stderr)
        return 2
    datasette = shutil.which("datasette", path=os.path.dirname(sys.executable)) or \
        shutil.which("datasette")
    if datasette is None:
        print(f"cds explore: Datasette is not installed: {HINT}", file=sys.stderr)
        return 2
    import socket

    try:  # Datasette would say it in a traceback: try the address first
        with socket.socket() as probe:
            probe.bind((args.host, args.port))
    except OSError as exc:
        message, code = listen_error(args.host, args.port, exc, "cds explore")
        print(f"cds explore: {message}", file=sys.stderr)
        return code
    argv = [datasette, "serve", parsed.database, "--host", args.host, "--port", str(args.port),
            "--setting", "sql_time_limit_ms", "5000", "--setting", "max_returned_rows", "1000",
            "--metadata", _fts_metadata(parsed.database)]
    os.execv(datasette, argv)
    return 0  # pragma: no cover - execv does not return
