"""HTTP validators (ETag, Last-Modified) of feeds, sitemaps and listings for conditional GET.

Queued during the crawl and written only when it finished normally (:meth:`Validators.commit`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crawler.urls import url_id
from pipelines.schema import HttpValidator, utcnow
from pipelines.storage.database import Database


class Validators:
    """The validators last seen per URL and the ones this crawl saw."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self.queued: dict[str, dict[str, Any]] = {}

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        """``(etag, last_modified)`` last seen for ``url``, or None."""
        uid = url_id(url)
        if uid in self.queued:
            row = self.queued[uid]
            return row["etag"], row["last_modified"]

        def get(conn: Any) -> tuple[str | None, str | None] | None:
            row = conn.execute(
                select(HttpValidator.etag, HttpValidator.last_modified).where(
                    HttpValidator.url_id == uid
                )
            ).first()
            return (row[0], row[1]) if row else None

        return self.db.read(get)

    def save(self, url: str, etag: str | None, last_modified: str | None, status: int) -> None:
        """Queue what ``url`` answered."""
        uid = url_id(url)
        self.queued[uid] = {
            "url_id": uid, "url": url, "etag": etag, "last_modified": last_modified,
            "last_status": status, "checked_at": utcnow(),
        }

    def commit(self) -> None:
        """Write the queued ETag/Last-Modified values of feeds, sitemaps and listings.

        Only at the end of a crawl that finished normally: a validator stored while articles
        its page listed were still unstored (a killed crawl) would answer 304 next time and
        those articles would never be seen again.
        """
        if self.queued:
            self.db.transaction(self._write)
            self.queued.clear()

    def _write(self, conn: Any) -> None:
        stmt = self.db.insert(HttpValidator)
        ex = stmt.excluded
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["url_id"],
                set_={c: ex[c] for c in ("etag", "last_modified", "last_status", "checked_at")},
            ),
            sorted(self.queued.values(), key=lambda r: r["url_id"]),
        )
