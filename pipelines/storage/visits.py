"""The visited-URL frontier: which article URLs were fetched, with what outcome, and which
failed transiently and may be tried again. Marks are queued and written with the batch.

Each mark records who judged the page (extractor and lexicon versions, :mod:`crawler.judge`)
and where its raw response is kept (WARC file and offset, :mod:`crawler.warc`): a page rejected
by an older version is *stale*; without a raw copy it counts as unseen, so the next crawl
fetches it once more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select

from crawler.urls import url_id
from pipelines.schema import VisitedUrl, utcnow
from pipelines.storage.database import Database

OUTCOMES = frozenset(
    {"stored", "duplicate", "off_topic", "rejected", "not_article", "failed", "transient",
     "redirected"}
)
#: Ids per ``SELECT … IN`` of the visited-URL check.
CHUNK = 500
#: Outcomes an extractor or the lexicon decided, and ``not_article`` reasons none changes.
JUDGED = ("not_article", "rejected", "off_topic")
NOT_JUDGED_REASONS = ("not_html", "too_large")


def is_stale(outcome: str, reason: str | None, extractor: str | None, lexicon: str | None,
             current: tuple[str, str]) -> bool:
    """Whether a page judged ``outcome`` by ``(extractor, lexicon)`` waits for re-extraction
    under the ``current`` versions (pages judged before versions were recorded do not)."""
    if outcome not in JUDGED or extractor is None or reason in NOT_JUDGED_REASONS:
        return False
    return extractor != current[0] or (outcome != "not_article" and lexicon != current[1])


def stale_clause(current: tuple[str, str]) -> Any:
    """:func:`is_stale` as an SQL condition on ``visited_urls``."""
    v = VisitedUrl
    return and_(
        v.outcome.in_(JUDGED), v.extractor_version.is_not(None),
        or_(v.reason.is_(None), v.reason.not_in(NOT_JUDGED_REASONS)),
        or_(v.extractor_version != current[0],
            and_(v.outcome != "not_article",
                 func.coalesce(v.lexicon_version, "") != current[1])))


class Visits:
    """Visited marks of one crawl: the batched ``unseen`` check and the queue of new marks."""

    def __init__(self, database: Database, *, max_attempts: int = 3,
                 versions: tuple[str, str] | None = None) -> None:
        from crawler.judge import versions as current_versions

        self.db = database
        self.max_attempts = max(1, int(max_attempts))
        self.queued: dict[str, dict[str, Any]] = {}
        #: (extractor, lexicon) versions written with every mark.
        self.versions = versions or current_versions()
        #: Set by the raw archive: queued mark -> (WARC file, offset) of its response, if kept.
        self.locate: Callable[[dict[str, Any]], tuple[str, int] | None] | None = None
        #: Set by the raw archive: whether a WARC file named in a mark still exists.
        self.copy_exists: Callable[[str], bool] = lambda name: True
        #: Called with every queued mark (``cds reextract`` reports from it).
        self.on_queue: Callable[[dict[str, Any]], None] | None = None

    def _stale_without_copy(self, outcome: str, reason: str | None, extractor: str | None,
                            lexicon: str | None, warc_file: str | None) -> bool:
        return (is_stale(outcome, reason, extractor, lexicon, self.versions)
                and not (warc_file and self.copy_exists(warc_file)))

    def unseen(self, urls: Iterable[str]) -> list[str]:
        """The canonical ``urls`` not visited yet (order kept, repeats dropped).

        A URL whose last outcome is ``transient`` with attempts left counts as unseen, and so
        does a stale page without a raw copy; URLs queued in the open batch count as seen.
        """
        ids: dict[str, str] = {}
        for url in urls:
            ids.setdefault(url_id(url), url)
        todo = [i for i in ids if i not in self.queued]
        seen = set(ids) - set(todo)

        def check(conn: Any) -> None:
            for start in range(0, len(todo), CHUNK):
                chunk = todo[start : start + CHUNK]
                rows = conn.exec_driver_sql(
                    "SELECT url_id, outcome, attempts, reason, extractor_version, "
                    "lexicon_version, warc_file FROM visited_urls "
                    f"WHERE url_id IN ({self.db.placeholders(len(chunk))})", tuple(chunk))
                for uid, outcome, attempts, reason, ev, lv, warc in rows:
                    if outcome == "transient" and attempts < self.max_attempts:
                        continue
                    if self._stale_without_copy(outcome, reason, ev, lv, warc):
                        continue
                    seen.add(uid)

        if todo:
            self.db.read(check)
        return [url for uid, url in ids.items() if uid not in seen]

    def record(self, url: str, source_id: str, outcome: str, *, reason: str | None = None,
               http_status: int | None = None) -> None:
        """Queue the outcome of visiting ``url``; ``transient`` counts one more attempt."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}; one of {sorted(OUTCOMES)}")
        first = outcome == "transient" and self.max_attempts <= 1
        self.queue(url_id(url), url, source_id, "failed" if first else outcome, reason,
                   http_status)

    def queue(self, uid: str, url: str, source_id: str, outcome: str, reason: str | None,
              http_status: int | None) -> None:
        """Queue the visited mark of ``url`` (id ``uid``) as given."""
        now = utcnow()
        self.queued[uid] = {
            "url_id": uid, "url": url, "source_id": source_id, "outcome": outcome,
            "reason": reason, "http_status": http_status, "attempts": 1,
            "first_seen_at": now, "last_attempt_at": now,
            "extractor_version": self.versions[0], "lexicon_version": self.versions[1],
            "warc_file": None, "warc_offset": None,
        }
        if self.on_queue is not None:
            self.on_queue(self.queued[uid])

    def relink(self, uid: str, original: str) -> None:
        """The queued mark of stored article ``uid`` now says it copies ``original``."""
        visit = self.queued.get(uid)
        if visit is not None and visit["outcome"] in ("stored", "duplicate"):
            visit.update(outcome="duplicate", reason=f"duplicate_of:{original}")

    def transient_urls(self, source_id: str, limit: int = 1000) -> list[str]:
        """URLs of ``source_id`` whose last fetch failed transiently, with attempts left."""
        def get(conn: Any) -> list[str]:
            q = (select(VisitedUrl.url)
                 .where(VisitedUrl.source_id == source_id, VisitedUrl.outcome == "transient",
                        VisitedUrl.attempts < self.max_attempts)
                 .order_by(VisitedUrl.last_attempt_at).limit(limit))
            return [u for u in conn.execute(q).scalars() if url_id(u) not in self.queued]

        return self.db.read(get)

    def stale_urls(self, source_id: str, limit: int = 1000) -> list[str]:
        """URLs of ``source_id`` rejected by an older extractor or lexicon version and without
        a raw copy: the next crawl fetches them once more."""
        def get(conn: Any) -> list[str]:
            q = (select(VisitedUrl.url, VisitedUrl.warc_file)
                 .where(VisitedUrl.source_id == source_id, stale_clause(self.versions))
                 .order_by(VisitedUrl.last_attempt_at).limit(limit))
            return [u for u, warc in conn.execute(q)
                    if url_id(u) not in self.queued and not (warc and self.copy_exists(warc))]

        return self.db.read(get)

    def locate_queued(self) -> None:
        """Fill in where the raw archive keeps each queued page (before the batch's
        transaction: it may wait a moment for the WARC writer thread)."""
        if self.locate is None:
            return
        for visit in self.queued.values():
            if visit["warc_file"] is None and (where := self.locate(visit)) is not None:
                visit["warc_file"], visit["warc_offset"] = where

    def stale_archived(self, source_id: str, limit: int = 1000) -> list[tuple[str, str, int]]:
        """``(url, WARC file, offset)`` of the stale pages of ``source_id`` that have a raw copy:
        the next crawl judges them again from the archive."""
        def get(conn: Any) -> list[tuple[str, str, int]]:
            q = (select(VisitedUrl.url, VisitedUrl.warc_file, VisitedUrl.warc_offset)
                 .where(VisitedUrl.source_id == source_id, VisitedUrl.warc_file.is_not(None),
                        stale_clause(self.versions))
                 .order_by(VisitedUrl.last_attempt_at).limit(limit))
            return [(u, f, o) for u, f, o in conn.execute(q)
                    if url_id(u) not in self.queued and self.copy_exists(f)]

        return self.db.read(get)

    def stamp(self, stamp: datetime) -> None:
        """First seen = committed: the queued marks at the batch's commit ``stamp``."""
        for visit in self.queued.values():
            visit["first_seen_at"] = stamp

    def write(self, conn: Any) -> None:
        """Write the queued marks in ``conn``'s transaction (the batch's)."""
        if not self.queued:
            return
        stmt = self.db.insert(VisitedUrl)
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
                      "last_attempt_at": ex.last_attempt_at,
                      "extractor_version": ex.extractor_version,
                      "lexicon_version": ex.lexicon_version,
                      # a visit without a new raw copy keeps the old one
                      "warc_file": func.coalesce(ex.warc_file, VisitedUrl.warc_file),
                      "warc_offset": case((ex.warc_file.is_(None), VisitedUrl.warc_offset),
                                          else_=ex.warc_offset)},
            ),
            sorted(self.queued.values(), key=lambda r: r["url_id"]),
        )

    def clear(self) -> None:
        self.queued.clear()
