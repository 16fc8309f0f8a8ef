"""``cds db upgrade`` / ``cds db current``: the database schema (Alembic migrations)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="database schema: upgrade, current revision")
    parser.add_argument("--url", default=None,
                        help="SQLAlchemy URL (default: CDS_DATABASE_URL or data/cds.db)")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    sub.add_parser("upgrade", help="migrate the database to the latest revision").set_defaults(
        func=_upgrade)
    sub.add_parser("current", help="show the revision the database is at").set_defaults(
        func=_current)


def _upgrade(args: argparse.Namespace) -> int:
    from pipelines import db

    url = args.url or db.database_url()
    revision = db.upgrade(url)
    print(f"{db.safe_url(url)}: at revision {revision} (head {db.head_revision()})")
    return 0


def _current(args: argparse.Namespace) -> int:
    from pipelines import db

    url = args.url or db.database_url()
    revision = db.current(url)
    head = db.head_revision()
    state = "up to date" if revision == head else "needs `cds db upgrade`"
    print(f"{db.safe_url(url)}: revision {revision or 'none'} (head {head}): {state}")
    return 0 if revision == head else 1
