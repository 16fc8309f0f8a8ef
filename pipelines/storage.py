"""The storage layer: the one object per crawl that talks to the database.

Writes are queued and committed in batches of ``batch_size`` in ONE transaction each, so an
article and its visited mark always commit together; a crash loses at most the open batch, whose
URLs are then simply not visited and get fetched again by the next run. Every write is an
``INSERT … ON CONFLICT`` keyed by the unique ids, so re-runs and concurrent crawls on one
PostgreSQL database never create a second row; a batch that loses a race (serialization failure,
deadlock, integrity error) is retried whole. Batch commits are serialised (an advisory lock on
PostgreSQL, the write lock on SQLite): inside that lock new rows get their ``first_seen_at``, and
a story found original when checked is checked again against what other crawlers committed since,
so concurrent crawls keep each story once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import time
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import case, delete, event, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from cds import config
from crawler.urls import canonicalize_url, url_id
from pipelines import db
from pipelines.schema import (
    Article,
    CrawlRun,
    HttpValidator,
    ParagraphMark,
    RunSourceStats,
    Source,
    VisitedUrl,
    utcnow,
)
from pipelines.simhash import (
    DEFAULT_MIN_SHARED,
    DEFAULT_THRESHOLD,
    MAX_MARK_STORIES,
    band_keys,
    content_hash,
    distance,
    marks_linked,
    paragraph_marks,
    text_simhash,
    to_signed,
    to_unsigned,
)

logger = logging.getLogger(__name__)

OUTCOMES = frozenset(
    {"stored", "duplicate", "off_topic", "rejected", "not_article", "failed", "transient"}
)
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
#: Ids per ``SELECT … IN`` of the visited-URL check.
CHUNK = 500
#: Duplicate checks remembered until their article is stored (see :meth:`Storage.store`).
CHECKS_KEPT = 64
#: pg_advisory_xact_lock key serialising the batch commits of concurrent crawlers.
FLUSH_LOCK = 0x0CD5_0002
#: Attempts at committing one batch when it loses a race with another writer.
BATCH_RETRIES = 5
_RACE_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_STATS_COLUMNS = (
    "requests", "discovered", "known", "fetched", "not_modified",
    "stored", "duplicates", "off_topic", "rejected", "failed",
)
_UPDATABLE = (
    "title", "lead", "author", "published_at", "modified_at", "text", "language", "topics",
    "relevance", "word_count", "content_hash", "simhash", "fetched_at", "updated_at",
)
T = TypeVar("T")


class StorageUnavailable(RuntimeError):
    """The database cannot be reached; nothing of the open batch was committed."""


@dataclass(frozen=True)
class StoreResult:
    """What :meth:`Storage.store` did: ``status`` and the article row as now stored."""

    status: str  # stored | updated | unchanged | duplicate
    row: dict[str, Any]


@dataclass(frozen=True)
class Duplicate:
    """The earlier story an article copies: its root id (the first-seen story) and how the copy
    was found: ``kind`` exact | simhash (``distance`` bits apart) | paragraphs (``shared``
    uncommon paragraph marks of the smaller article's ``smaller``)."""

    id: str
    kind: str
    distance: int = 0
    shared: int = 0
    smaller: int = 0

    @property
    def how(self) -> str:
        if self.kind == "simhash":
            return f"simhash distance {self.distance}"
        if self.kind == "paragraphs":
            return f"paragraphs {self.shared}/{self.smaller} shared"
        return self.kind


@dataclass(frozen=True)
class _Check:
    """What the duplicate check of article ``id`` saw: whether it was stored, the newest
    committed ``first_seen_at`` (rows committed later are newer), and its parameters."""

    id: str
    stored: bool
    latest: datetime | None
    threshold: int
    min_shared: float


_RANK = {"exact": 0, "simhash": 1, "paragraphs": 2}


@dataclass
class _Lookup:
    """One duplicate check: the article's signals and the best candidate seen so far (exact
    before SimHash before paragraphs; then the first seen; stories of the open batch after
    the committed ones, as they are stamped when it commits)."""

    digest: str
    value: int
    marks: frozenset[int]
    exclude: str
    threshold: int
    min_shared: float
    frequent: set[int] = field(default_factory=set)
    best: tuple[tuple[Any, ...], Duplicate] | None = None

    def consider(self, kind: str, aid: str, dup: str | None, seen: datetime, fresh: bool,
                 n: int = 0, b: int = 0) -> None:
        root = dup or aid
        if self.exclude in (aid, root):
            return
        if kind == "paragraphs":
            if not marks_linked(n, len(self.marks), b, self.min_shared):
                return
            found = Duplicate(root, kind, shared=n, smaller=min(len(self.marks), b))
        else:
            found = Duplicate(root, kind, distance=n)
        key = (_RANK[kind], fresh, seen, aid)
        if self.best is None or key < self.best[0]:
            self.best = (key, found)


#: The whole duplicate check of an article in one statement. Rows ``(kind, id, duplicate_of,
#: first_seen_at, n, b)``: 'exact' (the first-seen story with the content hash), 'simhash'
#: (within the threshold through a shared band key; ``n`` bits apart), 'paragraphs' (sharing
#: ``n`` of the article's uncommon paragraph marks; ``b`` marks of its own), 'frequent' (mark
#: ``n`` has more than ``cap`` holders: boilerplate, ignored) and one 'stored' (``id``: the
#: checked article when it is stored; ``first_seen_at``: the newest of all).
_CHECK_SQL = """
WITH marks(mark) AS ({marks}),
frequent AS (
  SELECT mark FROM marks m WHERE EXISTS (
    SELECT 1 FROM paragraph_marks p WHERE p.mark = m.mark LIMIT 1 OFFSET :cap)),
shared AS (
  SELECT p.article_id, count(*) AS n FROM marks m JOIN paragraph_marks p ON p.mark = m.mark
  WHERE m.mark NOT IN (SELECT mark FROM frequent)
  GROUP BY p.article_id HAVING count(*) >= :need),
near AS (
  SELECT DISTINCT simhash FROM simhash_bands
  WHERE key {keys} AND {distance} <= :threshold)
SELECT 'exact', id, duplicate_of, first_seen_at, 0, 0 FROM (
  SELECT id, duplicate_of, first_seen_at FROM articles
  WHERE content_hash = :digest AND id <> :id AND coalesce(duplicate_of, '') <> :id
  ORDER BY first_seen_at, id LIMIT 1) AS exact
UNION ALL
SELECT 'simhash', id, duplicate_of, first_seen_at, {distance}, 0 FROM articles
WHERE simhash {near}
UNION ALL
SELECT 'paragraphs', a.id, a.duplicate_of, a.first_seen_at, s.n,
  (SELECT count(*) FROM paragraph_marks p WHERE p.article_id = a.id)
FROM shared s JOIN articles a ON a.id = s.article_id
UNION ALL
SELECT 'frequent', NULL, NULL, NULL, mark, 0 FROM frequent
UNION ALL
SELECT 'stored', (SELECT id FROM articles WHERE id = :id), NULL, max(first_seen_at), 0, 0
FROM articles
"""
#: Per dialect: the marks and the band keys (one array or JSON parameter each, so the statement
#: text never changes and stays prepared), the Hamming distance of ``simhash`` to the value, and
#: the articles of the near hashes (on PostgreSQL an array, so always index lookups).
_CHECK_PARTS = {
    "postgresql": {"marks": "SELECT DISTINCT unnest(CAST(:marks AS bigint[]))",
                   "keys": "= ANY(CAST(:keys AS int[]))",
                   "distance": "bit_count(CAST(simhash # :value AS bit(64)))",
                   "near": "= ANY(ARRAY(SELECT simhash FROM near))"},
    "sqlite": {"marks": "SELECT DISTINCT value FROM json_each(:marks)",
               "keys": "IN (SELECT value FROM json_each(:keys))",
               "distance": "cds_hamming(simhash, :value)",
               "near": "IN (SELECT simhash FROM near)"},
}


def _check_sql(dialect: str) -> str:
    """:data:`_CHECK_SQL` for ``dialect``, with pyformat placeholders on PostgreSQL."""
    sql = _CHECK_SQL.format(**_CHECK_PARTS[dialect])
    return sql if dialect == "sqlite" else re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)


def _check_params(lookup: _Lookup, cap: int, dialect: str) -> dict[str, Any]:
    keys, marks = band_keys(lookup.value), sorted(lookup.marks)
    return {"marks": json.dumps(marks) if dialect == "sqlite" else marks,
            "keys": json.dumps(keys) if dialect == "sqlite" else keys,
            "cap": cap, "need": min(2, len(marks)), "threshold": lookup.threshold,
            "value": to_signed(lookup.value), "digest": lookup.digest, "id": lookup.exclude}


def _when(value: Any) -> datetime | None:
    """A ``first_seen_at`` read by plain driver SQL (text on SQLite) as an aware datetime."""
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


def as_utc_datetime(value: Any, default_tz: ZoneInfo = LOCAL_TZ) -> datetime | None:
    """A datetime or ISO 8601 string as an aware datetime (naive → ``default_tz``)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if not isinstance(value, datetime):
        raise TypeError(f"not a datetime: {value!r}")
    return value if value.tzinfo else value.replace(tzinfo=default_tz)


class Storage:
    """Visited URLs, HTTP validators, articles (with near-duplicate bands and paragraph marks),
    runs and sources."""

    def __init__(
        self,
        database_url: str | None = None,
        *,
        batch_size: int = 50,
        max_attempts: int = 3,
        migrate: bool = True,
        mark_stories: int = MAX_MARK_STORIES,
    ) -> None:
        self.url = database_url or config.database_url()
        self.batch_size = max(1, int(batch_size))
        self.max_attempts = max(1, int(max_attempts))
        #: Paragraph marks held by more stored stories than this are ignored (boilerplate).
        self.mark_stories = max(1, int(mark_stories))
        try:
            if migrate:
                db.upgrade(self.url)
            self.engine = db.make_engine(self.url)
        except DBAPIError as exc:
            raise self._unavailable(exc) from exc
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_functions)
        self._insert = pg_insert if self.dialect == "postgresql" else sqlite_insert
        self._check_sql = _check_sql(self.dialect)
        self._articles: dict[str, dict[str, Any]] = {}
        self._visited: dict[str, dict[str, Any]] = {}
        self._validators: dict[str, dict[str, Any]] = {}
        #: Paragraph marks of the queued stories that are not copies; ``_remark``: of those,
        #: the stored ones whose old marks the batch replaces.
        self._paragraphs: dict[str, frozenset[int]] = {}
        self._remark: set[str] = set()
        #: Queued stories not stored before (stamped at commit); ``_rechecks``: of those, the
        #: ones checked and found original, re-checked at commit (see :meth:`_recheck`).
        self._fresh: set[str] = set()
        self._rechecks: dict[str, _Check] = {}
        #: The latest duplicate checks, by article id, until :meth:`store` takes them.
        self._checks: dict[str, _Check] = {}
        self._writes = 0
        self._reader: Any = None
        self._last_hash: tuple[str, int] | None = None
        self._last_marks: tuple[str, frozenset[int]] | None = None

    @classmethod
    def from_settings(cls, settings: Any) -> Storage:
        """From Scrapy settings: CDS_DATABASE_URL, CDS_COMMIT_BATCH, CDS_MAX_FETCH_ATTEMPTS."""
        return cls(
            settings.get("CDS_DATABASE_URL") or None,
            batch_size=settings.getint("CDS_COMMIT_BATCH", 50),
            max_attempts=settings.getint("CDS_MAX_FETCH_ATTEMPTS", 3),
        )

    # -- plumbing ---------------------------------------------------------------------------
    def _unavailable(self, exc: BaseException) -> StorageUnavailable:
        url = db.safe_url(self.url)
        return StorageUnavailable(f"database unavailable at {url}: {exc.__class__.__name__}: "
                                  f"{str(exc).splitlines()[0] if str(exc) else ''}")

    def _read(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn`` on the crawl's read connection (autocommit: every SELECT sees the latest
        commits and holds no snapshot); a stale connection is replaced once."""
        for attempt in range(2):
            try:
                if self._reader is None:
                    self._reader = self._connect_reader()
                return fn(self._reader)
            except DBAPIError as exc:
                self._drop_reader()
                if _is_unreachable(exc):
                    if attempt == 0 and exc.connection_invalidated:
                        continue
                    raise self._unavailable(exc) from exc
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _connect_reader(self) -> Any:
        reader = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        if self.dialect == "postgresql":
            # its statements are all index lookups, prepared by psycopg once run 5 times: a
            # generic plan spares planning the duplicate check on every run (~0.2 ms)
            reader.exec_driver_sql("SET plan_cache_mode = force_generic_plan")
        return reader

    def _drop_reader(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            with contextlib.suppress(DBAPIError):  # already broken
                reader.close()

    def _transaction(self, fn: Callable[[Any], T]) -> T:
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
                    raise self._unavailable(exc) from exc
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _marks(self, n: int) -> str:
        """``n`` positional placeholders in the driver's style."""
        return ", ".join(["?" if self.engine.dialect.paramstyle == "qmark" else "%s"] * n)

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes >= self.batch_size:
            self.flush()

    @property
    def pending(self) -> int:
        """Writes queued and not yet committed."""
        return len(self._articles) + len(self._visited)

    # -- visited URLs -----------------------------------------------------------------------
    def unseen(self, urls: Iterable[str]) -> list[str]:
        """The canonical ``urls`` not visited yet (order kept, repeats dropped).

        A URL whose last outcome is ``transient`` with attempts left counts as unseen; URLs
        queued in the open batch count as seen.
        """
        ids: dict[str, str] = {}
        for url in urls:
            ids.setdefault(url_id(url), url)
        todo = [i for i in ids if i not in self._visited]
        seen = set(ids) - set(todo)

        def check(conn: Any) -> None:
            for start in range(0, len(todo), CHUNK):
                chunk = todo[start : start + CHUNK]
                rows = conn.exec_driver_sql(
                    "SELECT url_id, outcome, attempts FROM visited_urls "
                    f"WHERE url_id IN ({self._marks(len(chunk))})", tuple(chunk))
                for uid, outcome, attempts in rows:
                    if not (outcome == "transient" and attempts < self.max_attempts):
                        seen.add(uid)

        if todo:
            self._read(check)
        return [url for uid, url in ids.items() if uid not in seen]

    def record_visit(
        self,
        url: str,
        source_id: str,
        outcome: str,
        *,
        reason: str | None = None,
        http_status: int | None = None,
    ) -> None:
        """Queue the outcome of visiting ``url``; ``transient`` counts one more attempt."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}; one of {sorted(OUTCOMES)}")
        now = utcnow()
        uid = url_id(url)
        first = outcome == "transient" and self.max_attempts <= 1
        self._visited[uid] = {
            "url_id": uid, "url": url, "source_id": source_id,
            "outcome": "failed" if first else outcome,
            "reason": reason, "http_status": http_status, "attempts": 1,
            "first_seen_at": now, "last_attempt_at": now,
        }
        self._wrote()

    def transient_urls(self, source_id: str, limit: int = 1000) -> list[str]:
        """URLs of ``source_id`` whose last fetch failed transiently, with attempts left."""
        def get(conn: Any) -> list[str]:
            q = (select(VisitedUrl.url)
                 .where(VisitedUrl.source_id == source_id, VisitedUrl.outcome == "transient",
                        VisitedUrl.attempts < self.max_attempts)
                 .order_by(VisitedUrl.last_attempt_at).limit(limit))
            return [u for u in conn.execute(q).scalars() if url_id(u) not in self._visited]

        return self._read(get)

    # -- HTTP validators --------------------------------------------------------------------
    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        """``(etag, last_modified)`` last seen for ``url``, or None."""
        uid = url_id(url)
        if uid in self._validators:
            row = self._validators[uid]
            return row["etag"], row["last_modified"]

        def get(conn: Any) -> tuple[str | None, str | None] | None:
            row = conn.execute(
                select(HttpValidator.etag, HttpValidator.last_modified).where(
                    HttpValidator.url_id == uid
                )
            ).first()
            return (row[0], row[1]) if row else None

        return self._read(get)

    def save_validators(
        self, url: str, etag: str | None, last_modified: str | None, status: int
    ) -> None:
        uid = url_id(url)
        self._validators[uid] = {
            "url_id": uid, "url": url, "etag": etag, "last_modified": last_modified,
            "last_status": status, "checked_at": utcnow(),
        }

    # -- articles ---------------------------------------------------------------------------
    def _stored(self, article_id: str) -> dict[str, Any] | None:
        """The committed row of ``article_id``, or None."""
        def get(conn: Any) -> dict[str, Any] | None:
            table = Article.__table__
            row = conn.execute(select(table).where(table.c.id == article_id)).first()
            return None if row is None else dict(row._mapping)

        return self._read(get)

    def store(self, record: dict[str, Any]) -> StoreResult:
        """Queue a record-like mapping and its visited mark; see :meth:`store_article`.

        After :meth:`find_duplicate` of the same article, its answer is reused (no query) and a
        story found original is checked again at commit.
        """
        url = canonicalize_url(record["url"])
        aid = url_id(url)
        text = record["text"]
        now = utcnow()
        row: dict[str, Any] = {
            "id": aid,
            "url": url,
            "source_id": record.get("source") or record["source_id"],
            "title": record["title"],
            "lead": record.get("lead") or None,
            "author": (record.get("author") or None) and record["author"][:300],
            "published_at": as_utc_datetime(record["published_at"]),
            "modified_at": as_utc_datetime(record.get("modified_at")),
            "text": text,
            "language": record.get("language") or "vi",
            "topics": list(record.get("topics") or []),
            "relevance": float(record.get("relevance") or 0.0),
            "word_count": int(record.get("word_count") or 0),
            "content_hash": record.get("content_hash") or content_hash(text),
            "simhash": to_signed(self.text_simhash(text)),
            "duplicate_of": record.get("duplicate_of") or None,
            "first_seen_at": now,
            "fetched_at": as_utc_datetime(record.get("fetched_at"), ZoneInfo("UTC")) or now,
            "updated_at": now,
        }
        if row["duplicate_of"] == aid:
            row["duplicate_of"] = None
        check = self._checks.pop(aid, None)
        old = self._articles.get(aid)
        if old is None and (check is None or check.stored):
            old = self._stored(aid)
        if old is not None:
            same = (old["content_hash"], old["title"], old["lead"]) == (
                row["content_hash"], row["title"], row["lead"])
            if same:
                return StoreResult("unchanged", dict(old))
            row["first_seen_at"] = old["first_seen_at"]
            row["duplicate_of"] = old["duplicate_of"]
            row["modified_at"] = row["modified_at"] or now
            status = "updated"
        else:
            status = "duplicate" if row["duplicate_of"] else "stored"
            self._fresh.add(aid)
        if status == "stored" and check is not None:
            self._rechecks[aid] = check
        self._articles[aid] = row
        self._paragraphs.pop(aid, None)
        if not row["duplicate_of"]:
            self._paragraphs[aid] = self.text_marks(text)
            if status == "updated":
                self._remark.add(aid)
        self._visited[aid] = {
            "url_id": aid, "url": url, "source_id": row["source_id"],
            "outcome": "duplicate" if row["duplicate_of"] else "stored",
            "reason": None if not row["duplicate_of"] else f"duplicate_of:{row['duplicate_of']}",
            "http_status": record.get("http_status"), "attempts": 1,
            "first_seen_at": now, "last_attempt_at": now,
        }
        self._wrote()
        return StoreResult(status, dict(row))

    def store_article(self, record: dict[str, Any]) -> str:
        """Queue an article and its visited mark for the same commit.

        Returns 'stored' (new), 'duplicate' (new, a copy: ``duplicate_of`` set), 'updated'
        (title, lead or text changed: the same row is updated) or 'unchanged' (a no-op).
        """
        return self.store(record).status

    # -- duplicates -------------------------------------------------------------------------
    def text_simhash(self, text: str) -> int:
        """:func:`pipelines.simhash.text_simhash`, remembered for the last text (the dedupe
        pipeline and :meth:`store` hash the same article one after the other)."""
        if self._last_hash is not None and self._last_hash[0] == text:
            return self._last_hash[1]
        value = text_simhash(text)
        self._last_hash = (text, value)
        return value

    def text_marks(self, text: str) -> frozenset[int]:
        """:func:`pipelines.simhash.paragraph_marks`, remembered for the last text."""
        if self._last_marks is not None and self._last_marks[0] == text:
            return self._last_marks[1]
        value = paragraph_marks(text)
        self._last_marks = (text, value)
        return value

    def find_duplicate(
        self,
        text: str,
        digest: str | None = None,
        *,
        exclude_id: str | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        min_shared: float = DEFAULT_MIN_SHARED,
    ) -> Duplicate | None:
        """The story ``text`` copies (content hash ``digest``, computed when not given): see
        :meth:`find_match`, with the article's SimHash and paragraph marks."""
        return self.find_match(digest or content_hash(text), self.text_simhash(text),
                               self.text_marks(text), exclude_id=exclude_id,
                               threshold=threshold, min_shared=min_shared)

    def find_match(
        self,
        digest: str,
        value: int,
        marks: Iterable[int],
        *,
        exclude_id: str | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        min_shared: float = DEFAULT_MIN_SHARED,
    ) -> Duplicate | None:
        """The first-seen story, stored or queued in the open batch, that an article with
        content hash ``digest``, SimHash ``value`` and paragraph ``marks`` copies: an exact copy,
        else one within ``threshold`` SimHash bits (through the band keys), else one sharing
        enough uncommon paragraphs (:func:`pipelines.simhash.marks_linked`; marks held by more
        than ``mark_stories`` stored stories are boilerplate and ignored). ``exclude_id`` (the
        article itself) and its copies are never the answer.

        One statement reads every signal (index lookups only); it also tells whether
        ``exclude_id`` is stored, which :meth:`store` then need not ask again.
        """
        lookup = _Lookup(digest, to_unsigned(value), frozenset(marks), exclude_id or "",
                         threshold, min_shared)
        stored, latest = self._read(lambda conn: self._lookup(conn, lookup, self._articles))
        self._consider_queued(lookup)
        if exclude_id:
            self._remember(_Check(exclude_id, stored, latest, threshold, min_shared))
        return None if lookup.best is None else lookup.best[1]

    def _lookup(self, conn: Any, lookup: _Lookup,
                skip: Container[str]) -> tuple[bool, datetime | None]:
        """Run the check statement, considering the stored stories not in ``skip``; returns
        whether ``lookup.exclude`` is stored and the newest ``first_seen_at``."""
        rows = conn.exec_driver_sql(self._check_sql,
                                    _check_params(lookup, self.mark_stories, self.dialect))
        stored, latest = False, None
        for kind, aid, dup, seen, n, b in rows:
            if kind == "stored":
                stored, latest = aid is not None, _when(seen)
            elif kind == "frequent":
                lookup.frequent.add(n)
            elif aid not in skip:
                lookup.consider(kind, aid, dup, _when(seen), False, n, b)
        return stored, latest

    def _consider_queued(self, lookup: _Lookup) -> None:
        """Consider the stories queued in the open batch."""
        for aid, row in self._articles.items():
            fresh, seen, dup = aid in self._fresh, row["first_seen_at"], row["duplicate_of"]
            if row["content_hash"] == lookup.digest:
                lookup.consider("exact", aid, dup, seen, fresh)
            bits = distance(lookup.value, row["simhash"])
            if bits <= lookup.threshold:
                lookup.consider("simhash", aid, dup, seen, fresh, bits)
            theirs = self._paragraphs.get(aid)
            if theirs:
                shared = len((lookup.marks & theirs) - lookup.frequent)
                lookup.consider("paragraphs", aid, dup, seen, fresh, shared, len(theirs))

    def _remember(self, check: _Check) -> None:
        self._checks.pop(check.id, None)
        self._checks[check.id] = check
        if len(self._checks) > CHECKS_KEPT:
            del self._checks[next(iter(self._checks))]

    # -- commit -----------------------------------------------------------------------------
    def _begin(self, conn: Any) -> datetime:
        """Take the writers' lock (an advisory lock on PostgreSQL, the write lock on SQLite)
        for the batch's transaction, re-check its new stories (:meth:`_recheck`) and return the
        commit stamp: now, and later than every ``first_seen_at`` committed before."""
        if self.dialect == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({FLUSH_LOCK})")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        latest = _when(conn.exec_driver_sql("SELECT max(first_seen_at) FROM articles").scalar())
        now = utcnow()
        if latest is None:
            return now
        self._recheck(conn, latest)
        return max(now, latest + timedelta(microseconds=1))

    def _recheck(self, conn: Any, latest: datetime) -> None:
        """Link each story of the batch found original when checked to the copy another
        crawler committed since (rows newer than the check's newest), if there is one."""
        for aid, check in list(self._rechecks.items()):
            row = self._articles[aid]
            if row["duplicate_of"] or (check.latest is not None and check.latest >= latest):
                continue
            lookup = _Lookup(row["content_hash"], to_unsigned(row["simhash"]),
                             self._paragraphs.get(aid, frozenset()), aid, check.threshold,
                             check.min_shared)
            self._lookup(conn, lookup, ())
            if lookup.best is not None:
                self._link(aid, lookup.best[1])

    def _link(self, aid: str, found: Duplicate) -> None:
        """Make queued story ``aid`` (and its queued copies) a copy of ``found``."""
        logger.info("%s was stored first by another crawler as %s (%s): linked", aid, found.id,
                    found.how)
        for row in self._articles.values():
            if aid in (row["id"], row["duplicate_of"]):
                row["duplicate_of"] = found.id
                self._paragraphs.pop(row["id"], None)
                visit = self._visited.get(row["id"])
                if visit is not None and visit["outcome"] in ("stored", "duplicate"):
                    visit.update(outcome="duplicate", reason=f"duplicate_of:{found.id}")

    def _stamp(self, stamp: datetime) -> None:
        """First seen = committed: the batch's new stories at ``stamp`` (a microsecond apart,
        in the order they were queued) and its new visited marks at ``stamp``."""
        fresh = (row for aid, row in self._articles.items() if aid in self._fresh)
        for i, row in enumerate(fresh):
            row["first_seen_at"] = stamp + timedelta(microseconds=i)
        for visit in self._visited.values():
            visit["first_seen_at"] = stamp

    def _insert_pairs(self, conn: Any, into: str, types: tuple[str, str],
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

    def _write_batch(self, conn: Any) -> None:
        self._stamp(self._begin(conn))
        ins = self._insert
        if self._articles:
            rows = sorted(self._articles.values(), key=lambda r: (r["duplicate_of"] is not None,
                                                                  r["id"]))
            stmt = ins(Article)
            ex = stmt.excluded
            changed = (
                (Article.content_hash != ex.content_hash)
                | (Article.title != ex.title)
                | Article.lead.is_distinct_from(ex.lead)
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["id"], set_={c: ex[c] for c in _UPDATABLE}, where=changed
                ),
                rows,
            )
            bands = sorted({(k, r["simhash"]) for r in rows
                            for k in band_keys(to_unsigned(r["simhash"]))})
            self._insert_pairs(conn, "simhash_bands (key, simhash)", ("int", "bigint"), bands)
        if self._remark:  # an updated story's old marks go; its new ones follow
            conn.execute(delete(ParagraphMark).where(
                ParagraphMark.article_id.in_(sorted(self._remark))))
        marks = sorted((m, aid) for aid, ms in self._paragraphs.items() for m in ms)
        if marks:
            self._insert_pairs(conn, "paragraph_marks (mark, article_id)", ("bigint", "text"),
                               marks)
        if self._visited:
            stmt = ins(VisitedUrl)
            ex = stmt.excluded
            nxt = VisitedUrl.attempts + 1
            outcome = case(
                (ex.outcome == "transient",
                 case((nxt >= self.max_attempts, "failed"), else_="transient")),
                else_=ex.outcome,
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["url_id"],
                    set_={"outcome": outcome, "attempts": nxt, "reason": ex.reason,
                          "http_status": ex.http_status, "source_id": ex.source_id,
                          "last_attempt_at": ex.last_attempt_at},
                ),
                sorted(self._visited.values(), key=lambda r: r["url_id"]),
            )

    def _write_validators(self, conn: Any) -> None:
        stmt = self._insert(HttpValidator)
        ex = stmt.excluded
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["url_id"],
                set_={c: ex[c] for c in ("etag", "last_modified", "last_status", "checked_at")},
            ),
            sorted(self._validators.values(), key=lambda r: r["url_id"]),
        )

    def commit_validators(self) -> None:
        """Write the queued ETag/Last-Modified values of feeds, sitemaps and listings.

        Only at the end of a crawl that finished normally: a validator stored while articles
        its page listed were still unstored (a killed crawl) would answer 304 next time and
        those articles would never be seen again.
        """
        if self._validators:
            self._transaction(self._write_validators)
            self._validators.clear()

    def _clear(self) -> None:
        self._articles.clear()
        self._visited.clear()
        self._paragraphs.clear()
        self._remark.clear()
        self._fresh.clear()
        self._rechecks.clear()
        self._writes = 0

    def flush(self) -> None:
        """Commit the open batch in one transaction (dropped, never half-written, on failure)."""
        if not self.pending:
            self._writes = 0
            return
        try:
            self._transaction(self._write_batch)
        finally:
            self._clear()

    # -- runs and sources -------------------------------------------------------------------
    def start_run(self, args: dict) -> int:
        """A ``crawl_runs`` row in status 'running'; returns its id."""
        def run(conn: Any) -> int:
            return conn.execute(
                CrawlRun.__table__.insert().returning(CrawlRun.id),
                {"args": args, "pid": os.getpid(), "hostname": socket.gethostname(),
                 "started_at": utcnow(), "status": "running", "stats": {}},
            ).scalar_one()

        return self._transaction(run)

    def finish_run(
        self, run_id: int, status: str, finish_reason: str | None, stats: dict,
        error: str | None = None,
    ) -> None:
        """Flush, then close the run row with its status, reason, stats and error."""
        self.flush()
        values = {"finished_at": utcnow(), "status": status, "finish_reason": finish_reason,
                  "stats": _jsonable(stats), "error": error}
        self._transaction(lambda conn: conn.execute(
            update(CrawlRun).where(CrawlRun.id == run_id).values(**values)))

    def save_source_stats(self, run_id: int, source_id: str, counters: dict) -> None:
        """Upsert the run's counters of one source (RunSourceStats columns + errors + events)."""
        row: dict[str, Any] = {c: int(counters.get(c) or 0) for c in _STATS_COLUMNS}
        row.update(run_id=run_id, source_id=source_id, finished_at=utcnow(),
                   errors=dict(counters.get("errors") or {}),
                   events=dict(counters.get("events") or {}))
        if counters.get("started_at"):
            row["started_at"] = as_utc_datetime(counters["started_at"], ZoneInfo("UTC"))
        stmt = self._insert(RunSourceStats)
        update_cols = {c: stmt.excluded[c] for c in row if c not in ("run_id", "source_id")}
        self._transaction(lambda conn: conn.execute(stmt.on_conflict_do_update(
            index_elements=["run_id", "source_id"], set_=update_cols), row))

    def sync_sources(self, sources: Iterable[Any]) -> None:
        """Upsert registry entries into ``sources`` (the registry file stays the truth)."""
        rows = [_source_row(s) for s in sources]
        if not rows:
            return
        stmt = self._insert(Source)
        cols = ("name", "kind", "province", "former_province", "enabled", "config", "updated_at")
        self._transaction(lambda conn: conn.execute(stmt.on_conflict_do_update(
            index_elements=["id"], set_={c: stmt.excluded[c] for c in cols}),
            sorted(rows, key=lambda r: r["id"])))

    def source_info(self, source_id: str) -> dict[str, Any] | None:
        """name, province, former_province of a synced source (for records)."""
        def get(conn: Any) -> dict[str, Any] | None:
            row = conn.execute(select(Source.name, Source.province, Source.former_province)
                               .where(Source.id == source_id)).first()
            return None if row is None else {"source_name": row[0], "province": row[1],
                                             "former_province": row[2]}
        return self._read(get)

    # -- lifecycle --------------------------------------------------------------------------
    def close(self, *, validators: bool = True) -> None:
        """Commit what is queued (validators too unless told not to) and release connections
        (the object stays usable)."""
        try:
            self.flush()
            if validators:
                self.commit_validators()
        finally:
            self._drop_reader()
            self.engine.dispose()

    def spider_closed(self, spider: Any = None, reason: str | None = None) -> None:
        """Scrapy ``spider_closed`` handler: flush and close (errors logged, not raised).

        Validators are kept only when the crawl finished normally (see
        :meth:`commit_validators`); after a shutdown or failure the next run revalidates
        from scratch.
        """
        finished = reason in (None, "finished")
        if not finished and self._validators:
            logger.info("crawl ended with %r: HTTP validators not saved, the next run fetches "
                        "feeds and listings in full", reason)
        try:
            self.close(validators=finished)
        except StorageUnavailable as exc:
            logger.error("%s; the open batch was not stored (its URLs stay unvisited)", exc)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _source_row(source: Any) -> dict[str, Any]:
    try:
        dumped = source.model_dump(mode="json")
    except TypeError:  # pragma: no cover - not a pydantic model
        dumped = source.model_dump()
    return {
        "id": source.id, "name": source.name, "kind": source.kind,
        "province": source.province, "former_province": source.former_province,
        "enabled": bool(source.enabled), "config": _jsonable(dumped), "updated_at": utcnow(),
    }


def get_storage(crawler: Any) -> Storage:
    """The crawl's one :class:`Storage`, created on first use; flushed and closed on
    ``spider_closed``."""
    storage = getattr(crawler, "_cds_storage", None)
    if storage is None:
        from scrapy import signals

        storage = Storage.from_settings(crawler.settings)
        crawler._cds_storage = storage
        crawler.signals.connect(storage.spider_closed, signal=signals.spider_closed)
    return storage


def close_spider_unavailable(crawler: Any, exc: BaseException) -> None:
    """Log clearly and close the spider with reason ``database_unavailable`` (once)."""
    if getattr(crawler, "_cds_database_down", False):
        return
    crawler._cds_database_down = True
    logger.error("%s: closing the spider (reason database_unavailable); articles not stored "
                 "are not marked visited and will be fetched again", exc)
    engine = getattr(crawler, "engine", None)
    if engine is None:
        return
    if hasattr(engine, "close_spider_async"):
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(engine.close_spider_async(reason="database_unavailable"))
    else:  # pragma: no cover - Scrapy < 2.14
        engine.close_spider(crawler.spider, "database_unavailable")


def database_down(crawler: Any) -> bool:
    """True once :func:`close_spider_unavailable` ran for this crawl."""
    return bool(getattr(crawler, "_cds_database_down", False))


def inc_stat(crawler: Any, source_id: str | None, counter: str, count: int = 1) -> None:
    """Increment ``cds/<counter>`` and ``cds/source/<source_id>/<counter>`` in Scrapy stats."""
    stats = getattr(crawler, "stats", None)
    if stats is None:
        return
    stats.inc_value(f"cds/{counter}", count)
    if source_id:
        stats.inc_value(f"cds/source/{source_id}/{counter}", count)
