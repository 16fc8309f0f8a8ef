"""Open the archive database for a command: the ``--database`` option, the schema on first use,
and one-line errors.

Every command that reads the archive (``cds status``, ``cds dump``, ``cds serve``, …) does::

    add_database_option(parser)
    ...
    try:
        archive = open_archive(args.database)
    except ArchiveError as exc:
        return exc.report("cds status")      # one line on stderr, exit code 1

:func:`open_archive` accepts an SQLAlchemy URL or a path to an SQLite file (``data/demo.db``),
falls back to ``CDS_DATABASE_URL`` / ``data/cds.db``, migrates the schema to the newest
revision (Alembic, as the crawl does; a no-op when it is current) and counts the crawl runs and
articles, so that a command can say in plain words that nothing was crawled yet.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

#: What to run when an archive is empty (printed in messages).
CRAWL_HINT = "run `cds crawl` (or `make crawl`), or `cds demo` for an offline demo archive"


class ArchiveError(Exception):
    """The archive cannot be used: the message is one line for the user."""

    exit_code = 1

    def report(self, command: str) -> int:
        """Print ``command: message`` on stderr; return the exit code."""
        print(f"{command}: {self}", file=sys.stderr)
        return self.exit_code


class ArchiveMissing(ArchiveError):
    """An SQLite file that does not exist (nothing was crawled into it)."""


class ArchiveUnavailable(ArchiveError):
    """The database server cannot be reached, or the URL or its driver is wrong."""


class ArchiveMisconfigured(ArchiveUnavailable):
    """Not a database URL, or its dialect or driver is not installed: a configuration error
    (exit 2, as a bad argument), whatever the server."""

    exit_code = 2


def check_url(url: str) -> None:
    """:class:`ArchiveMisconfigured` when ``url`` does not parse or its driver is missing."""
    from crawler.preflight import check_database_url
    from crawler.settings_check import SettingsError

    try:
        check_database_url(url)
    except SettingsError as exc:
        raise ArchiveMisconfigured(str(exc)) from None


@dataclass(frozen=True)
class Archive:
    """An open archive: its URL, a label for messages and what it holds."""

    url: str
    label: str
    runs: int
    articles: int

    @property
    def empty(self) -> bool:
        """No crawl ran and no article is stored."""
        return self.runs == 0 and self.articles == 0

    def empty_message(self) -> str:
        return f"no crawl has run on {self.label} yet: {CRAWL_HINT}"


def add_database_option(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """``--database URL|PATH`` (alias ``--database-url``), default ``CDS_DATABASE_URL``.

    ``suppress``: for a sub-command's parser whose parent has the option too (the parent's value
    is kept when the sub-command does not repeat it).
    """
    parser.add_argument(
        "--database", "--database-url", dest="database", metavar="URL|PATH",
        default=argparse.SUPPRESS if suppress else None,
        help="the archive: an SQLAlchemy URL (postgresql+psycopg://…) or an SQLite file "
        "(data/demo.db); default CDS_DATABASE_URL, else data/cds.db")


def database_url(value: str | None = None) -> str:
    """An SQLAlchemy URL from ``value`` (URL or SQLite path) or the environment's default."""
    from cds.config import as_database_url
    from cds.config import database_url as default_url

    if not value:  # the directory is made by whoever creates the file (open_archive(create))
        return default_url(create_dir=False)
    return as_database_url(value)


def missing_file(url: str) -> str | None:
    """The path of the SQLite file ``url`` names when that file does not exist, else None
    (a server URL, an in-memory database or an existing file)."""
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    path = parsed.database
    if parsed.get_backend_name() == "sqlite" and path and path != ":memory:" \
            and not path.startswith("file:") and not Path(path).exists():
        return path
    return None


def require_file(value: str | None = None) -> str:
    """The URL for ``value`` (see :func:`database_url`); :class:`ArchiveMissing` when it names
    an SQLite file that does not exist. For commands that only read, before anything can
    create the file."""
    url = database_url(value)
    if missing_file(url):
        raise ArchiveMissing(f"no archive at {label(url)}: {CRAWL_HINT}")
    return url


def label(url: str) -> str:
    """The SQLite file (relative to the working directory when inside it) or the URL
    without its password."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        try:
            return str(path.resolve().relative_to(Path.cwd()))
        except ValueError:
            return str(path)
    return parsed.render_as_string(hide_password=True)


def _first_line(exc: BaseException) -> str:
    """The driver's message without SQLAlchemy's SQL echo and background link."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    return text[0] if text else type(inner).__name__


def open_archive(value: str | None = None, *, migrate: bool = True,
                 create: bool = False) -> Archive:
    """The archive at ``value`` (see :func:`database_url`), its schema at the newest revision.

    Raises :class:`ArchiveMissing` for an SQLite file that does not exist, unless ``create``
    (commands that write, like the daemon; a reading command must not make a mistyped path look
    like an empty archive), and :class:`ArchiveUnavailable` for a bad URL, a missing driver or a
    server that does not answer.
    """
    from sqlalchemy import func, make_url, select
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    url = database_url(value)
    try:
        make_url(url)
        name = label(url)
    except (ArgumentError, ValueError):
        raise ArchiveMisconfigured(f"not a database URL or SQLite file: {value or url!r}"
                                   ) from None
    check_url(url)
    if (path := missing_file(url)) is not None:
        if not create:
            raise ArchiveMissing(f"no archive at {name}: {CRAWL_HINT}")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    from pipelines import db
    from pipelines.schema import Article, CrawlRun

    try:
        if migrate:
            db.upgrade(url)
        engine = db.make_engine(url)
        try:
            with engine.connect() as conn:
                runs = conn.execute(select(func.count()).select_from(CrawlRun)).scalar_one()
                articles = conn.execute(select(func.count()).select_from(Article)).scalar_one()
        finally:
            engine.dispose()
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise ArchiveMisconfigured(f"no database driver for {name}: {exc}") from None
    except (SQLAlchemyError, OSError) as exc:
        raise ArchiveUnavailable(f"database unavailable at {name}: {_first_line(exc)}") from None
    return Archive(url, name, int(runs), int(articles))
