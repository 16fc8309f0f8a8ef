"""Crawl runs (``crawl_runs``) and their per-source counters (``run_source_stats``)."""

from __future__ import annotations

import os
import socket
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import update

from pipelines.schema import CrawlRun, RunSourceStats, utcnow
from pipelines.storage.database import Database, as_utc_datetime

STATS_COLUMNS = (
    "requests", "discovered", "known", "fetched", "not_modified",
    "stored", "duplicates", "off_topic", "rejected", "failed",
)


class Runs:
    """Opens and closes run rows and upserts their per-source stats."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def start(self, args: dict) -> int:
        """A ``crawl_runs`` row in status 'running'; returns its id."""
        def run(conn: Any) -> int:
            return conn.execute(
                CrawlRun.__table__.insert().returning(CrawlRun.id),
                {"args": args, "pid": os.getpid(), "hostname": socket.gethostname(),
                 "started_at": utcnow(), "status": "running", "stats": {}},
            ).scalar_one()

        return self.db.transaction(run)

    def finish(self, run_id: int, status: str, finish_reason: str | None, stats: dict,
               error: str | None = None) -> None:
        """Close the run row with its status, reason, stats and error."""
        values = {"finished_at": utcnow(), "status": status, "finish_reason": finish_reason,
                  "stats": jsonable(stats), "error": error}
        self.db.transaction(lambda conn: conn.execute(
            update(CrawlRun).where(CrawlRun.id == run_id).values(**values)))

    def save_source_stats(self, run_id: int, source_id: str, counters: dict) -> None:
        """Upsert the run's counters of one source (RunSourceStats columns + errors + events)."""
        row: dict[str, Any] = {c: int(counters.get(c) or 0) for c in STATS_COLUMNS}
        row.update(run_id=run_id, source_id=source_id, finished_at=utcnow(),
                   errors=dict(counters.get("errors") or {}),
                   events=dict(counters.get("events") or {}))
        if counters.get("started_at"):
            row["started_at"] = as_utc_datetime(counters["started_at"], ZoneInfo("UTC"))
        stmt = self.db.insert(RunSourceStats)
        update_cols = {c: stmt.excluded[c] for c in row if c not in ("run_id", "source_id")}
        self.db.transaction(lambda conn: conn.execute(stmt.on_conflict_do_update(
            index_elements=["run_id", "source_id"], set_=update_cols), row))


def jsonable(value: Any) -> Any:
    """``value`` with every nested item as JSON can hold it (times as ISO 8601, else str)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
