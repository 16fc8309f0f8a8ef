"""The ``sources`` table: registry entries synced at crawl start (the registry file stays the
truth) and what records need of them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from pipelines.schema import Source, utcnow
from pipelines.storage.database import Database
from pipelines.storage.runs import jsonable


class Sources:
    """Upserts registry entries and reads a source's names."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def sync(self, sources: Iterable[Any]) -> None:
        """Upsert registry entries into ``sources``."""
        rows = [_source_row(s) for s in sources]
        if not rows:
            return
        stmt = self.db.insert(Source)
        cols = ("name", "kind", "province", "former_province", "enabled", "config", "updated_at")
        self.db.transaction(lambda conn: conn.execute(stmt.on_conflict_do_update(
            index_elements=["id"], set_={c: stmt.excluded[c] for c in cols}),
            sorted(rows, key=lambda r: r["id"])))

    def info(self, source_id: str) -> dict[str, Any] | None:
        """name, province, former_province of a synced source (for records)."""
        def get(conn: Any) -> dict[str, Any] | None:
            row = conn.execute(select(Source.name, Source.province, Source.former_province)
                               .where(Source.id == source_id)).first()
            return None if row is None else {"source_name": row[0], "province": row[1],
                                             "former_province": row[2]}
        return self.db.read(get)


def _source_row(source: Any) -> dict[str, Any]:
    try:
        dumped = source.model_dump(mode="json")
    except TypeError:  # pragma: no cover - not a pydantic model
        dumped = source.model_dump()
    return {
        "id": source.id, "name": source.name, "kind": source.kind,
        "province": source.province, "former_province": source.former_province,
        "enabled": bool(source.enabled), "config": jsonable(dumped), "updated_at": utcnow(),
    }
