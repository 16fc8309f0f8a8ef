"""The visited-URL frontier: which article URLs were fetched, with what outcome, and which
failed transiently and may be tried again. Marks are queued and written with the batch."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import case, select

from crawler.urls import url_id
from pipelines.schema import VisitedUrl, utcnow
from pipelines.storage.database import Database

OUTCOMES = frozenset(
    {"stored", "duplicate", "off_topic", "rejected", "not_article", "failed", "transient"}
)
#: Ids per ``SELECT … IN`` of the visited-URL check.
CHUNK = 500


class Visits:
    """Visited marks of one crawl: the batched ``unseen`` check and the queue of new marks."""

    def __init__(self, database: Database, *, max_attempts: int = 3) -> None:
        self.db = database
        self.max_attempts = max(1, int(max_attempts))
        self.queued: dict[str, dict[str, Any]] = {}

    def unseen(self, urls: Iterable[str]) -> list[str]:
        """The canonical ``urls`` not visited yet (order kept, repeats dropped).

        A URL whose last outcome is ``transient`` with attempts left counts as unseen; URLs
        queued in the open batch count as seen.
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
                    "SELECT url_id, outcome, attempts FROM visited_urls "
                    f"WHERE url_id IN ({self.db.placeholders(len(chunk))})", tuple(chunk))
                for uid, outcome, attempts in rows:
                    if not (outcome == "transient" and attempts < self.max_attempts):
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
        }

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
                      "last_attempt_at": ex.last_attempt_at},
            ),
            sorted(self.queued.values(), key=lambda r: r["url_id"]),
        )

    def clear(self) -> None:
        self.queued.clear()
