"""``cds db upgrade`` / ``cds db current``: the database schema (Alembic migrations)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    from cds.database import add_database_option

    parser = subparsers.add_parser("db", help="database schema: upgrade, current revision")
    add_database_option(parser)
    parser.add_argument("--url", dest="database", help=argparse.SUPPRESS)  # the former name
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, help_text, func in (
            ("upgrade", "migrate the database to the latest revision", _upgrade),
            ("current", "show the revision the database is at", _current)):
        action = sub.add_parser(name, help=help_text)
        add_database_option(action, suppress=True)
        action.set_defaults(func=func)


def _fail(exc: Exception, url: str) -> int:
    from cds.database import ArchiveUnavailable, label

    reason = getattr(exc, "orig", None) or exc
    first = (str(reason).strip().splitlines() or [type(reason).__name__])[0]
    return ArchiveUnavailable(f"database unavailable at {label(url)}: {first}").report("cds db")


def _misconfigured(url: str) -> int | None:
    """Exit 2 after one line when ``url`` does not parse or its driver is missing."""
    from cds.database import ArchiveMisconfigured, check_url

    try:
        check_url(url)
    except ArchiveMisconfigured as exc:
        return exc.report("cds db")
    return None


def _upgrade(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from cds.database import database_url, label, missing_file
    from pipelines import db

    url = database_url(args.database)
    if (code := _misconfigured(url)) is not None:
        return code
    if path := missing_file(url):  # upgrade may create the file: its directory too
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        revision = db.upgrade(url)
    except (SQLAlchemyError, OSError) as exc:
        return _fail(exc, url)
    print(f"{label(url)}: at revision {revision} (head {db.head_revision()})")
    return 0


def _current(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from cds.database import ArchiveMissing, database_url, label, missing_file
    from pipelines import db

    url = database_url(args.database)
    if (code := _misconfigured(url)) is not None:
        return code
    if missing_file(url):  # reading only: a mistyped path must not become an empty file
        return ArchiveMissing(f"no database at {label(url)} (`cds db upgrade` creates it)"
                              ).report("cds db current")
    try:
        revision = db.current(url)
    except (SQLAlchemyError, OSError) as exc:
        return _fail(exc, url)
    head = db.head_revision()
    state = "up to date" if revision == head else "needs `cds db upgrade`"
    print(f"{label(url)}: revision {revision or 'none'} (head {head}): {state}")
    return 0 if revision == head else 1
