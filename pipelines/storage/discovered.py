"""The ``discovered_entries`` table: sections, feeds, sitemaps, RSS index pages and well-known
paths that discovery found (or found absent) per source, with when each was last checked and
last productive. Queued during a crawl, written at its end (:meth:`Discovered.commit`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from crawler.urls import url_id
from pipelines.schema import DiscoveredEntry, utcnow
from pipelines.storage.database import Database

FIELDS = ("url", "kind", "status", "label", "score", "moved_to", "found_at", "last_checked_at",
          "last_productive_at")


class Discovered:
    """Remembered entry points of every source and the changes this crawl made to them."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self.queued: dict[tuple[str, str], dict[str, Any]] = {}

    def load(self, source_id: str | None = None) -> list[dict[str, Any]]:
        """Rows of one source (or every source), as dictionaries, queued changes applied."""
        def get(conn: Any) -> list[dict[str, Any]]:
            table = DiscoveredEntry.__table__
            query = select(*table.c)
            if source_id is not None:
                query = query.where(table.c.source_id == source_id)
            query = query.order_by(table.c.source_id, table.c.url)
            return [dict(r._mapping) for r in conn.execute(query)]
        rows = {(r["source_id"], r["url_id"]): r for r in self.db.read(get)}
        for key, row in self.queued.items():
            if source_id is None or key[0] == source_id:
                rows[key] = {**rows.get(key, {}), **row}
        return list(rows.values())

    def note(self, source_id: str, url: str, kind: str, status: str = "found", *,
             productive: bool = False, when: datetime | None = None, **fields: Any) -> None:
        """Queue what ``url`` of ``source_id`` is now (checked now; productive if it yielded)."""
        now = when or utcnow()
        key = (source_id, url_id(url))
        row = self.queued.setdefault(key, {"source_id": source_id, "url_id": key[1],
                                           "url": url, "found_at": now,
                                           "last_productive_at": None})
        row.update(kind=kind, status=status, last_checked_at=now, **fields)
        if productive:
            row["last_productive_at"] = now

    def commit(self) -> None:
        """Write the queued rows (an existing row keeps its ``found_at`` and, unless this crawl
        saw it productive, its ``last_productive_at``)."""
        if self.queued:
            self.db.transaction(self._write)
            self.queued.clear()

    def _write(self, conn: Any) -> None:
        rows = []
        for row in self.queued.values():
            full = {f: row.get(f) for f in FIELDS}
            rows.append({"source_id": row["source_id"], "url_id": row["url_id"], **full})
        productive = [r for r in rows if r["last_productive_at"] is not None]
        idle = [r for r in rows if r["last_productive_at"] is None]
        cols = ("url", "kind", "status", "label", "score", "moved_to", "last_checked_at")
        for batch, extra in ((productive, ("last_productive_at",)), (idle, ())):
            if not batch:
                continue
            stmt = self.db.insert(DiscoveredEntry)
            table = DiscoveredEntry.__table__.c
            update = {c: stmt.excluded[c] for c in (*cols, *extra)}
            for c in ("label", "score"):  # a re-check without them keeps what was known
                update[c] = func.coalesce(stmt.excluded[c], table[c])
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["source_id", "url_id"], set_=update),
                sorted(batch, key=lambda r: (r["source_id"], r["url_id"])))
