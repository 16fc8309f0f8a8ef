"""The storage layer: the one object per crawl that talks to the database.

Writes are queued and committed in batches of ``batch_size`` in ONE transaction each, so an
article and its visited mark always commit together; a crash loses at most the open batch, whose
URLs are then simply not visited and get fetched again by the next run. Every write is an
``INSERT … ON CONFLICT`` keyed by the unique ids, so re-runs and concurrent crawls on one
PostgreSQL database never create a second row; a batch that loses a race (serialization failure,
deadlock, integrity error) is retried whole.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import case, delete, func, select, update
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
    SimhashBand,
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
#: Paragraph marks per ``UNION ALL`` lookup query (SQLite allows 500 compound terms).
MARK_CHUNK = 100
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
class Match:
    """An earlier story an article duplicates: its root id and the SimHash distance."""

    id: str
    distance: int


@dataclass(frozen=True)
class Overlap:
    """An earlier story an article shares paragraphs with: its root id, the paragraph marks
    shared (boilerplate ones not counted) and the mark count of the smaller of the two."""

    id: str
    shared: int
    smaller: int


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
        self._insert = pg_insert if self.dialect == "postgresql" else sqlite_insert
        self._articles: dict[str, dict[str, Any]] = {}
        self._visited: dict[str, dict[str, Any]] = {}
        self._validators: dict[str, dict[str, Any]] = {}
        #: Paragraph marks of the queued stories that are not copies; ``_remark``: of those,
        #: the stored ones whose old marks the batch replaces.
        self._paragraphs: dict[str, frozenset[int]] = {}
        self._remark: set[str] = set()
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
                    self._reader = self.engine.connect().execution_options(
                        isolation_level="AUTOCOMMIT")
                return fn(self._reader)
            except DBAPIError as exc:
                self._drop_reader()
                if _is_unreachable(exc):
                    if attempt == 0 and exc.connection_invalidated:
                        continue
                    raise self._unavailable(exc) from exc
                raise
        raise AssertionError("unreachable")  # pragma: no cover

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
    def _existing(self, article_id: str) -> dict[str, Any] | None:
        if article_id in self._articles:
            return self._articles[article_id]

        def get(conn: Any) -> dict[str, Any] | None:
            table = Article.__table__
            row = conn.execute(select(table).where(table.c.id == article_id)).first()
            return None if row is None else dict(row._mapping)

        return self._read(get)

    def store(self, record: dict[str, Any]) -> StoreResult:
        """Queue a record-like mapping and its visited mark; see :meth:`store_article`."""
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
        old = self._existing(aid)
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

    def find_exact(self, digest: str, exclude_id: str | None = None) -> str | None:
        """Root id of the first-seen article with content hash ``digest``."""
        for row in self._articles.values():
            if row["content_hash"] == digest and row["id"] != exclude_id:
                root = row["duplicate_of"] or row["id"]
                return None if root == exclude_id else root

        def get(conn: Any) -> str | None:
            q = (select(Article.id, Article.duplicate_of)
                 .where(Article.content_hash == digest, Article.id != (exclude_id or ""))
                 .order_by(Article.first_seen_at, Article.id).limit(1))
            row = conn.execute(q).first()
            root = None if row is None else row[1] or row[0]
            return None if root == exclude_id else root

        return self._read(get)

    def find_near(
        self, value: int, threshold: int = DEFAULT_THRESHOLD, exclude_id: str | None = None
    ) -> Match | None:
        """The first-seen stored story within ``threshold`` bits of SimHash ``value``.

        Reads only the articles sharing one of the 28 band keys (one indexed ``IN`` query).
        """
        best: tuple[datetime, str, int, str] | None = None

        def consider(aid: str, sh: int | None, dup: str | None, seen: datetime) -> None:
            nonlocal best
            if aid == exclude_id or sh is None or (dup or aid) == exclude_id:
                return
            d = distance(value, to_unsigned(sh))
            if d <= threshold and (best is None or (seen, aid) < best[:2]):
                best = (seen, aid, d, dup or aid)

        for row in self._articles.values():
            consider(row["id"], row["simhash"], row["duplicate_of"], row["first_seen_at"])

        def get(conn: Any) -> None:
            # candidates from the band index only (a plain driver query: this is the hot path);
            # article rows just for the few within reach
            keys = band_keys(value)
            sql = f"SELECT simhash FROM simhash_bands WHERE key IN ({self._marks(len(keys))})"
            near = {sh for (sh,) in conn.exec_driver_sql(sql, tuple(keys))
                    if distance(value, to_unsigned(sh)) <= threshold}
            if near:
                q = select(Article.id, Article.simhash, Article.duplicate_of,
                           Article.first_seen_at).where(Article.simhash.in_(near))
                for aid, sh, dup, seen in conn.execute(q):
                    consider(aid, sh, dup, seen)

        self._read(get)
        return None if best is None else Match(best[3], best[2])

    def find_similar(
        self,
        marks: Iterable[int],
        min_shared: float = DEFAULT_MIN_SHARED,
        exclude_id: str | None = None,
    ) -> Overlap | None:
        """The first-seen story sharing enough core paragraphs with paragraph ``marks``
        (:func:`pipelines.simhash.marks_linked`), stored or queued in the open batch.

        One indexed query reads at most ``mark_stories + 1`` holders per mark; a mark with more
        is boilerplate and ignored. Only candidates sharing enough marks to pass are read from
        ``articles``, with their own mark count (one more query, index lookups only).
        """
        marks = frozenset(marks)
        a = len(marks)
        if not a:
            return None
        limit = self.mark_stories
        best: tuple[datetime, str, int, int, str] | None = None

        def consider(aid: str, dup: str | None, seen: datetime, shared: int, b: int) -> None:
            nonlocal best
            if aid == exclude_id or (dup or aid) == exclude_id:
                return
            if marks_linked(shared, a, b, min_shared) and (best is None
                                                           or (seen, aid) < best[:2]):
                best = (seen, aid, shared, min(a, b), dup or aid)

        def get(conn: Any) -> set[int]:
            holders: dict[int, list[str]] = {}
            ordered = sorted(marks)
            for start in range(0, a, MARK_CHUNK):
                chunk = ordered[start : start + MARK_CHUNK]
                sql = " UNION ALL ".join(
                    f"SELECT * FROM (SELECT mark, article_id FROM paragraph_marks "
                    f"WHERE mark = {self._marks(1)} LIMIT {limit + 1}) AS m{i}"
                    for i in range(len(chunk)))
                for mark, aid in conn.exec_driver_sql(sql, tuple(chunk)):
                    holders.setdefault(mark, []).append(aid)
            frequent = {m for m, ids in holders.items() if len(ids) > limit}
            shared = Counter(aid for m, ids in holders.items() if m not in frequent
                             for aid in ids if aid not in self._articles)
            # fewer than min(2, a) shared marks can never pass: no query for those
            todo = sorted(aid for aid, n in shared.items() if n >= min(2, a))
            size = (select(func.count()).select_from(ParagraphMark)
                    .where(ParagraphMark.article_id == Article.id).scalar_subquery())
            for start in range(0, len(todo), CHUNK):
                q = select(Article.id, Article.duplicate_of, Article.first_seen_at, size).where(
                    Article.id.in_(todo[start : start + CHUNK]))
                for aid, dup, seen, b in conn.execute(q):
                    consider(aid, dup, seen, shared[aid], b)
            return frequent

        frequent = self._read(get)
        for aid, theirs in self._paragraphs.items():
            row = self._articles[aid]
            consider(aid, row["duplicate_of"], row["first_seen_at"],
                     len((marks & theirs) - frequent), len(theirs))
        return None if best is None else Overlap(best[4], best[2], best[3])

    # -- commit -----------------------------------------------------------------------------
    def _write_batch(self, conn: Any) -> None:
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
            conn.execute(ins(SimhashBand).on_conflict_do_nothing(),
                         [{"key": k, "simhash": v} for k, v in bands])
        if self._remark:  # an updated story's old marks go; its new ones follow
            conn.execute(delete(ParagraphMark).where(
                ParagraphMark.article_id.in_(sorted(self._remark))))
        marks = sorted((m, aid) for aid, ms in self._paragraphs.items() for m in ms)
        if marks:
            conn.execute(ins(ParagraphMark).on_conflict_do_nothing(),
                         [{"mark": m, "article_id": aid} for m, aid in marks])
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
