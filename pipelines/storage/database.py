"""The storage's database access: engine, the crawl's read connection, transactions retried
when they lose a race, and the writers' lock that serialises batch commits."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from cds import config
from pipelines import db
from pipelines.simhash import distance

logger = logging.getLogger(__name__)

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
#: pg_advisory_xact_lock key serialising the batch commits of concurrent crawlers.
FLUSH_LOCK = 0x0CD5_0002
#: Attempts at committing one batch when it loses a race with another writer.
BATCH_RETRIES = 5
_RACE_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
T = TypeVar("T")


class StorageUnavailable(RuntimeError):
    """The database cannot be reached; nothing of the open batch was committed."""


def as_utc_datetime(value: Any, default_tz: ZoneInfo = LOCAL_TZ) -> datetime | None:
    """A datetime or ISO 8601 string as an aware datetime (naive → ``default_tz``)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if not isinstance(value, datetime):
        raise TypeError(f"not a datetime: {value!r}")
    return value if value.tzinfo else value.replace(tzinfo=default_tz)


def when(value: Any) -> datetime | None:
    """A timestamp read by plain driver SQL (text on SQLite) as an aware datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def _sqlite_functions(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.create_function("cds_hamming", 2, distance, deterministic=True)


def _is_race(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    if getattr(exc.orig, "sqlstate", None) in _RACE_SQLSTATES:
        return True
    return "database is locked" in str(exc.orig)


def _is_unreachable(exc: BaseException) -> bool:
    if isinstance(exc, DBAPIError):
        return exc.connection_invalidated or isinstance(exc, OperationalError | InterfaceError)
    return False


class Database:
    """One database for one crawl: reads on a shared autocommit connection, writes in
    transactions retried whole when they lose a race; connection failures become
    :class:`StorageUnavailable`."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        # a URL or an SQLite path (-s CDS_DATABASE_URL=data/demo.db), as --database takes
        self.url = config.as_database_url(url) if url else config.database_url()
        try:
            if migrate:
                db.upgrade(self.url)
            self.engine = db.make_engine(self.url)
        except DBAPIError as exc:
            raise self.unavailable(exc) from exc
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_functions)
        #: ``INSERT … ON CONFLICT`` of the dialect.
        self.insert = pg_insert if self.dialect == "postgresql" else sqlite_insert
        self._reader: Any = None

    def unavailable(self, exc: BaseException) -> StorageUnavailable:
        url = db.safe_url(self.url)
        return StorageUnavailable(f"database unavailable at {url}: {exc.__class__.__name__}: "
                                  f"{str(exc).splitlines()[0] if str(exc) else ''}")

    def read(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn`` on the crawl's read connection (autocommit: every SELECT sees the latest
        commits and holds no snapshot); a stale connection is replaced once."""
        for attempt in range(2):
            try:
                if self._reader is None:
                    self._reader = self._connect_reader()
                return fn(self._reader)
            except DBAPIError as exc:
                self.drop_reader()
                if _is_unreachable(exc):
                    if attempt == 0 and exc.connection_invalidated:
                        continue
                    raise self.unavailable(exc) from exc
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _connect_reader(self) -> Any:
        reader = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        if self.dialect == "postgresql":
            # its statements are all index lookups, prepared by psycopg once run 5 times: a
            # generic plan spares planning the duplicate check on every run (~0.2 ms)
            reader.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        return reader

    def drop_reader(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            with contextlib.suppress(DBAPIError):  # already broken
                reader.close()

    def transaction(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn(conn)`` in one transaction, retrying it whole when it loses a race."""
        for attempt in range(BATCH_RETRIES):
            try:
                with self.engine.begin() as conn:
                    return fn(conn)
            except DBAPIError as exc:
                if _is_race(exc) and attempt < BATCH_RETRIES - 1:
                    logger.info("batch lost a race (%s); retrying", exc.__class__.__name__)
                    time.sleep(0.05 * (attempt + 1))
                    continue
                if _is_unreachable(exc):
                    raise self.unavailable(exc) from exc
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def lock_writers(self, conn: Any) -> None:
        """Take the writers' lock for ``conn``'s transaction (an advisory lock on PostgreSQL,
        the write lock on SQLite): batch commits of concurrent crawlers run one at a time."""
        if self.dialect == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({FLUSH_LOCK})")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    def placeholders(self, n: int) -> str:
        """``n`` positional placeholders in the driver's style."""
        return ", ".join(["?" if self.engine.dialect.paramstyle == "qmark" else "%s"] * n)

    def insert_pairs(self, conn: Any, into: str, types: tuple[str, str],
                     pairs: list[tuple[Any, Any]]) -> None:
        """Insert two-column rows ``pairs`` (a batch adds band keys and marks by the thousand)
        unless present: one statement of two arrays on PostgreSQL, a driver executemany on
        SQLite."""
        if self.dialect == "postgresql":
            conn.exec_driver_sql(
                f"INSERT INTO {into} SELECT * FROM unnest(CAST(%s AS {types[0]}[]), "
                f"CAST(%s AS {types[1]}[])) ON CONFLICT DO NOTHING",
                tuple(list(column) for column in zip(*pairs, strict=True)))
        else:
            conn.exec_driver_sql(f"INSERT INTO {into} VALUES (?, ?) ON CONFLICT DO NOTHING",
                                 pairs)

    def dispose(self) -> None:
        """Release the read connection and the pool (the object stays usable)."""
        self.drop_reader()
        self.engine.dispose()
