"""Article writes and the duplicate check against stored and queued stories.

Articles are queued with their visited marks (:class:`~pipelines.storage.visits.Visits`) and
written in the batch's transaction. Inside the writers' lock new stories get their
``first_seen_at``, and a story found original when checked is checked again against what other
crawlers committed since, so concurrent crawls keep each story once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select

from crawler.urls import canonicalize_url, url_id
from pipelines.schema import Article, ParagraphMark, utcnow
from pipelines.simhash import (
    DEFAULT_MIN_SHARED,
    DEFAULT_THRESHOLD,
    MAX_MARK_STORIES,
    band_keys,
    content_hash,
    distance,
    paragraph_marks,
    text_simhash,
    to_signed,
    to_unsigned,
)
from pipelines.storage.database import Database, as_utc_datetime, when
from pipelines.storage.duplicates import Check, CheckStatement, Duplicate, Lookup
from pipelines.storage.visits import Visits

logger = logging.getLogger(__name__)

#: Duplicate checks remembered until their article is stored (see :meth:`Articles.store`).
CHECKS_KEPT = 64
UPDATABLE = (
    "title", "lead", "author", "published_at", "modified_at", "text", "language", "topics",
    "relevance", "word_count", "content_hash", "simhash", "fetched_at", "updated_at",
)


class Articles:
    """The queue of article rows (with near-duplicate bands and paragraph marks) of the open
    batch, and the duplicate check over stored and queued stories."""

    def __init__(self, database: Database, visits: Visits, *,
                 mark_stories: int = MAX_MARK_STORIES) -> None:
        self.db = database
        self.visits = visits
        #: Paragraph marks held by more stored stories than this are ignored (boilerplate).
        self.mark_stories = max(1, int(mark_stories))
        self.check = CheckStatement(database.dialect, self.mark_stories)
        self.queued: dict[str, dict[str, Any]] = {}
        #: A stored article whose dates alone changed is updated too (``cds reextract``: a
        #: fixed date parser), not only one whose title, lead or text changed.
        self.compare_dates = False
        #: Paragraph marks of the queued stories that are not copies; ``_remark``: of those,
        #: the stored ones whose old marks the batch replaces.
        self._paragraphs: dict[str, frozenset[int]] = {}
        self._remark: set[str] = set()
        #: Queued stories not stored before (stamped at commit); ``_rechecks``: of those, the
        #: ones checked and found original, re-checked at commit (see :meth:`_recheck`).
        self._fresh: set[str] = set()
        self._rechecks: dict[str, Check] = {}
        #: The latest duplicate checks, by article id, until :meth:`store` takes them.
        self._checks: dict[str, Check] = {}
        self._last_hash: tuple[str, int] | None = None
        self._last_marks: tuple[str, frozenset[int]] | None = None

    # -- writes -----------------------------------------------------------------------------
    def _stored(self, article_id: str) -> dict[str, Any] | None:
        """The committed row of ``article_id``, or None."""
        def get(conn: Any) -> dict[str, Any] | None:
            table = Article.__table__
            row = conn.execute(select(table).where(table.c.id == article_id)).first()
            return None if row is None else dict(row._mapping)

        return self.db.read(get)

    def store(self, record: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """Queue a record-like mapping and its visited mark; returns the status (stored |
        updated | unchanged | duplicate) and the row as now stored.

        After :meth:`find_match` of the same article, its answer is reused (no query) and a
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
        old = self.queued.get(aid)
        if old is None and (check is None or check.stored):
            old = self._stored(aid)
        if old is not None:
            same = (old["content_hash"], old["title"], old["lead"]) == (
                row["content_hash"], row["title"], row["lead"])
            redated = self.compare_dates and (old["published_at"], old["modified_at"]) != (
                row["published_at"], row["modified_at"])
            if same and not redated:
                return "unchanged", dict(old)
            row["first_seen_at"] = old["first_seen_at"]
            row["duplicate_of"] = old["duplicate_of"]
            if not same:
                row["modified_at"] = row["modified_at"] or now
            status = "updated"
        else:
            status = "duplicate" if row["duplicate_of"] else "stored"
            self._fresh.add(aid)
        if status == "stored" and check is not None:
            self._rechecks[aid] = check
        self.queued[aid] = row
        self._paragraphs.pop(aid, None)
        if not row["duplicate_of"]:
            self._paragraphs[aid] = self.text_marks(text)
            if status == "updated":
                self._remark.add(aid)
        dup = row["duplicate_of"]
        self.visits.queue(aid, url, row["source_id"], "duplicate" if dup else "stored",
                          f"duplicate_of:{dup}" if dup else None, record.get("http_status"))
        return status, dict(row)

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
        lookup = Lookup(digest, to_unsigned(value), frozenset(marks), exclude_id or "",
                        threshold, min_shared)
        stored, latest = self.db.read(lambda conn: self.check.run(conn, lookup, self.queued))
        self._consider_queued(lookup)
        if exclude_id:
            self._remember(Check(exclude_id, stored, latest, threshold, min_shared))
        return lookup.found

    def _consider_queued(self, lookup: Lookup) -> None:
        """Consider the stories queued in the open batch."""
        for aid, row in self.queued.items():
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

    def _remember(self, check: Check) -> None:
        self._checks.pop(check.id, None)
        self._checks[check.id] = check
        if len(self._checks) > CHECKS_KEPT:
            del self._checks[next(iter(self._checks))]

    # -- commit -----------------------------------------------------------------------------
    def begin(self, conn: Any) -> datetime:
        """In the batch's transaction, under the writers' lock: re-check the batch's new
        stories (:meth:`_recheck`) and return the commit stamp: now, and later than every
        ``first_seen_at`` committed before."""
        latest = when(conn.exec_driver_sql("SELECT max(first_seen_at) FROM articles").scalar())
        now = utcnow()
        if latest is None:
            return now
        self._recheck(conn, latest)
        return max(now, latest + timedelta(microseconds=1))

    def _recheck(self, conn: Any, latest: datetime) -> None:
        """Link each story of the batch found original when checked to the copy another
        crawler committed since (rows newer than the check's newest), if there is one."""
        for aid, check in list(self._rechecks.items()):
            row = self.queued[aid]
            if row["duplicate_of"] or (check.latest is not None and check.latest >= latest):
                continue
            lookup = Lookup(row["content_hash"], to_unsigned(row["simhash"]),
                            self._paragraphs.get(aid, frozenset()), aid, check.threshold,
                            check.min_shared)
            self.check.run(conn, lookup)
            if lookup.found is not None:
                self._link(aid, lookup.found)

    def _link(self, aid: str, found: Duplicate) -> None:
        """Make queued story ``aid`` (and its queued copies) a copy of ``found``."""
        logger.info("%s was stored first by another crawler as %s (%s): linked", aid, found.id,
                    found.how)
        for row in self.queued.values():
            if aid in (row["id"], row["duplicate_of"]):
                row["duplicate_of"] = found.id
                self._paragraphs.pop(row["id"], None)
                self.visits.relink(row["id"], found.id)

    def stamp(self, stamp: datetime) -> None:
        """First seen = committed: the batch's new stories at ``stamp`` (a microsecond apart,
        in the order they were queued)."""
        fresh = (row for aid, row in self.queued.items() if aid in self._fresh)
        for i, row in enumerate(fresh):
            row["first_seen_at"] = stamp + timedelta(microseconds=i)

    def write(self, conn: Any) -> None:
        """Write the queued rows, their band keys and paragraph marks in ``conn``'s
        transaction (the batch's)."""
        if self.queued:
            rows = sorted(self.queued.values(), key=lambda r: (r["duplicate_of"] is not None,
                                                               r["id"]))
            stmt = self.db.insert(Article)
            ex = stmt.excluded
            changed = (
                (Article.content_hash != ex.content_hash)
                | (Article.title != ex.title)
                | Article.lead.is_distinct_from(ex.lead)
            )
            if self.compare_dates:
                changed = (changed | (Article.published_at != ex.published_at)
                           | Article.modified_at.is_distinct_from(ex.modified_at))
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["id"], set_={c: ex[c] for c in UPDATABLE}, where=changed
                ),
                rows,
            )
            bands = sorted({(k, r["simhash"]) for r in rows
                            for k in band_keys(to_unsigned(r["simhash"]))})
            self.db.insert_pairs(conn, "simhash_bands (key, simhash)", ("int", "bigint"), bands)
        if self._remark:  # an updated story's old marks go; its new ones follow
            conn.execute(delete(ParagraphMark).where(
                ParagraphMark.article_id.in_(sorted(self._remark))))
        marks = sorted((m, aid) for aid, ms in self._paragraphs.items() for m in ms)
        if marks:
            self.db.insert_pairs(conn, "paragraph_marks (mark, article_id)",
                                 ("bigint", "text"), marks)

    def clear(self) -> None:
        self.queued.clear()
        self._paragraphs.clear()
        self._remark.clear()
        self._fresh.clear()
        self._rechecks.clear()
