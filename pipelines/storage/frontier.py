"""What one crawl leaves to the next: deferred requests (a source's per-run budget spent, or
its host paused) and host pauses from ``Retry-After`` that outlast the run (crawler/budget.py,
crawler/politeness.py). Deferred rows are written when the crawl closes; pauses at once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, tuple_

from pipelines.schema import DeferredRequest, HostPause, utcnow
from pipelines.storage.database import Database

FIELDS = ("source_id", "url_id", "url", "kind", "priority", "meta", "reason", "deferred_at",
          "seq")


class Frontier:
    """The ``deferred_requests`` and ``host_pauses`` tables."""

    def __init__(self, database: Database) -> None:
        self.db = database

    # -- deferred requests ------------------------------------------------------------------
    def load(self, source_id: str, limit: int = 0) -> list[dict[str, Any]]:
        """Deferred rows of ``source_id``: highest priority first, then the newest deferral,
        then the order they were deferred in."""
        def get(conn: Any) -> list[dict[str, Any]]:
            table = DeferredRequest.__table__
            query = (select(*table.c).where(table.c.source_id == source_id)
                     .order_by(table.c.priority.desc(), table.c.deferred_at.desc(),
                               table.c.seq))
            if limit:
                query = query.limit(limit)
            return [dict(r._mapping) for r in conn.execute(query)]

        return self.db.read(get)

    def count(self, source_id: str | None = None) -> dict[str, int]:
        """Deferred rows per source."""
        from sqlalchemy import func

        def get(conn: Any) -> dict[str, int]:
            query = select(DeferredRequest.source_id, func.count()).group_by(
                DeferredRequest.source_id)
            if source_id is not None:
                query = query.where(DeferredRequest.source_id == source_id)
            return {s: n for s, n in conn.execute(query)}

        return self.db.read(get)

    def commit(self, deferred: Iterable[dict[str, Any]],
               done: Iterable[tuple[str, str]]) -> None:
        """In one transaction: delete the ``done`` ``(source_id, url_id)`` rows, then add (or
        refresh) the ``deferred`` ones."""
        rows = sorted(({f: row.get(f) for f in FIELDS} for row in deferred),
                      key=lambda r: (r["source_id"], r["url_id"]))
        keys = sorted(set(done))

        def write(conn: Any) -> None:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                conn.execute(delete(DeferredRequest).where(
                    tuple_(DeferredRequest.source_id, DeferredRequest.url_id).in_(chunk)))
            if rows:
                stmt = self.db.insert(DeferredRequest)
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=["source_id", "url_id"],
                    set_={c: stmt.excluded[c] for c in FIELDS[2:]}), rows)

        if rows or keys:
            self.db.transaction(write)

    # -- host pauses ------------------------------------------------------------------------
    def pauses(self, now: datetime | None = None) -> dict[str, dict[str, Any]]:
        """Hosts paused beyond ``now``: host -> row (source_id, until, http_status, set_at)."""
        now = now or utcnow()

        def get(conn: Any) -> dict[str, dict[str, Any]]:
            table = HostPause.__table__
            rows = conn.execute(select(*table.c).where(table.c.until > now))
            return {r.host: dict(r._mapping) for r in rows}

        return self.db.read(get)

    def pause(self, host: str, until: datetime, *, source_id: str | None = None,
              http_status: int | None = None) -> None:
        """Remember that ``host`` must not be asked before ``until`` (a later pause wins; an
        expired one is replaced)."""
        def write(conn: Any) -> None:
            current = conn.execute(select(HostPause.until).where(HostPause.host == host)).scalar()
            if current is not None and current >= until:
                return
            stmt = self.db.insert(HostPause)
            values = {"host": host, "source_id": source_id, "until": until,
                      "http_status": http_status, "set_at": utcnow()}
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["host"],
                set_={c: stmt.excluded[c] for c in ("source_id", "until", "http_status",
                                                    "set_at")}), [values])

        self.db.transaction(write)
