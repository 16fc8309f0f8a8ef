"""``cds dump``: the dataset as JSONL (optionally gzip), CSV or Parquet, with a manifest.

Records follow :mod:`cds.records`; a JSONL record is what
:func:`pipelines.records_io.to_record`, the one row -> record conversion, makes of the row (its
rules applied column by column). The database is read in batches (a server-side cursor on
PostgreSQL), converted column by column and every format is written batch by batch, so memory
stays flat. The file is written to a hidden temporary file beside the output (``.NAME.PID.tmp``),
fsynced and renamed into place, then ``NAME.manifest.json`` is written the same way and the
``dump_state`` watermark moves on: a reader never sees half a dump, and a failed or killed dump
leaves the previous one intact.

The output path may hold ``%(time)s`` and ``%(date)s`` (as Scrapy's feed URIs do), expanded at
dump time in UTC (``2026-12-04T22-08-42Z``, ``2026-12-04``); such a templated output never
replaces an existing file, and the ``--since last`` watermark belongs to the template, so each
incremental dump writes a new file. A fixed path is replaced by every dump. A missing parent
directory is created. A dump never writes over the SQLite archive it reads (or its
``-wal``/``-shm``/``-journal`` files).

Timestamps in JSONL/CSV are as ``to_record`` writes them: ``published_at``/``modified_at`` in
Asia/Ho_Chi_Minh (``2024-07-10T19:21:00+07:00``), ``first_seen_at``/``fetched_at`` in UTC
(``2024-07-10T12:21:00+00:00``); Parquet keeps microseconds, and so do the manifest's filters. In
CSV, ``topics`` is a JSON array and a null is an empty unquoted field (strings are always quoted,
so ``""`` is the empty string).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.sql import Select

from cds import __version__
from cds.arrow_schema import arrow_type
from cds.dataset_card import write_card
from cds.dump_columns import Columns, exact_iso, iso_for, native
from cds.dump_files import (
    MANIFEST_SUFFIX,
    clean_stale_temps,
    fsync_dir,
    sha256,
    temp_path,
    write_atomic,
)
from cds.dump_output import (
    DumpError,
    cannot_write,
    check_output,
    is_template,
    prepare_output,
)
from cds.dump_query import check_sources, parse_since, select_records
from cds.dump_writers import WRITERS
from cds.records import FIELDS, SCHEMA_VERSION

log = logging.getLogger(__name__)

#: ``--since last`` leaves out rows first seen this recently (seconds): still being committed.
SETTLE_SECONDS = 60.0
#: Rows fetched and converted at a time (Parquet row groups gather several batches).
BATCH_ROWS = 2000


@dataclass(frozen=True)
class DumpResult:
    path: Path
    manifest_path: Path
    card_path: Path | None
    format: str
    records: int
    sha256: str
    bytes: int
    watermark: datetime | None
    seconds: float
    filters: dict[str, Any] = field(default_factory=dict)
    #: ``--since last``: matching rows first seen within the settle window, left for next time.
    held_back: int = 0
    #: The missing directory the dump created for its output (the topmost one), if any.
    created_dir: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(path=str(self.path), manifest_path=str(self.manifest_path),
                    card_path=str(self.card_path) if self.card_path else None,
                    created_dir=str(self.created_dir) if self.created_dir else None,
                    watermark=exact_iso(self.watermark))
        return data


def _batches(engine: Engine, stmt: Select) -> Iterator[Columns]:
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH_ROWS).execute(stmt)
        for part in result.partitions():
            yield native(part)


# --- the dump ----------------------------------------------------------------------------------


class _Stats:
    def __init__(self) -> None:
        self.records = 0
        self.ranges: dict[str, list[datetime | None]] = {
            "published_at": [None, None], "first_seen_at": [None, None]}

    def update(self, batch: Columns) -> None:
        self.records += len(batch["id"])
        for name, rng in self.ranges.items():
            values = [v for v in batch[name] if v is not None]
            if values:
                lo, hi = min(values), max(values)
                rng[0] = lo if rng[0] is None or lo < rng[0] else rng[0]
                rng[1] = hi if rng[1] is None or hi > rng[1] else rng[1]


def manifest_fields() -> list[dict[str, Any]]:
    return [{"name": f.name, "type": f.type, "parquet_type": str(arrow_type(f)),
             "nullable": f.nullable, "description": f.description} for f in FIELDS]


def _write_file(engine: Engine, stmt: Select, out: Path, fmt: str) -> tuple[_Stats, str, int]:
    """Stream the records into a temporary file, fsync it and rename it to ``out``."""
    clean_stale_temps(out)
    tmp = temp_path(out)
    stats = _Stats()
    try:
        raw_file = open(tmp, "xb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:  # nothing was written: the output path cannot be written
        raise DumpError(cannot_write(out, exc)) from None
    try:
        with raw_file as raw:
            writer = WRITERS[fmt](raw, out)
            try:
                for batch in _batches(engine, stmt):
                    writer.write(batch)
                    stats.update(batch)
            except BaseException:
                with contextlib.suppress(Exception):  # release it; the file is discarded
                    writer.close()
                raise
            writer.close()
            raw.flush()
            os.fsync(raw.fileno())
        digest, size = sha256(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(out.parent)
    return stats, digest, size


def _write_manifest(out: Path, fmt: str, stats: _Stats, digest: str, size: int,
                    dumped_at: datetime, filters: dict[str, Any]) -> Path:
    manifest = {
        "file": out.name,
        "format": fmt,
        "compression": "gzip" if out.name.lower().endswith(".gz") else
        ("zstd" if fmt == "parquet" else None),
        "schema_version": SCHEMA_VERSION,
        "records": stats.records,
        "bytes": size,
        "sha256": digest,
        "dumped_at": exact_iso(dumped_at),
        "time_range": {name: {"min": iso_for(name, lo), "max": iso_for(name, hi)}
                       for name, (lo, hi) in stats.ranges.items()},
        "filters": filters,
        "project_version": __version__,
        "generator": "cds dump",
        "fields": manifest_fields(),
    }
    path = out.with_name(out.name + MANIFEST_SUFFIX)
    clean_stale_temps(path)
    write_atomic(path, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode())
    return path


def _advance_watermark(engine: Engine, key: str, dumped_at: datetime,
                       stats: _Stats) -> datetime | None:
    """Record the dump in ``dump_state``; the watermark never moves back."""
    from pipelines.schema import DumpState

    table = DumpState.__table__
    with engine.begin() as conn:
        state = conn.execute(select(table.c.watermark).where(table.c.path == key)).first()
        old = state[0] if state else None
        newest = stats.ranges["first_seen_at"][1]
        watermark = max((w for w in (old, newest) if w is not None), default=None)
        values = {"dumped_at": dumped_at, "watermark": watermark, "records": stats.records}
        if state is None:
            conn.execute(table.insert().values(path=key, **values))
        else:
            conn.execute(table.update().where(table.c.path == key).values(**values))
    return watermark


def dump(
    database_url: str | None,
    output: str | os.PathLike,
    fmt: str | None = None,
    since: str | datetime | None = None,
    sources: Iterable[str] | str | None = None,
    province: str | None = None,
    include_duplicates: bool = False,
    *,
    card: bool = True,
    settle_seconds: float = SETTLE_SECONDS,
    at: datetime | None = None,
) -> DumpResult:
    """Write the dataset to ``output`` (+ ``output.manifest.json``, + a README card).

    ``output`` may hold ``%(time)s``/``%(date)s``, filled in for ``at`` (default: now, UTC); a
    templated output never replaces an existing file. ``since``: ``None``, ``"last"`` (after the
    previous dump to the same path, or template) or a time (naive = Asia/Ho_Chi_Minh) compared
    with ``first_seen_at``. An incremental (``last``) dump leaves out what was first seen in the
    last ``settle_seconds``: a crawler may still be committing rows stamped then, and they go
    into the next dump instead of being skipped by the watermark. Raises :class:`DumpError` on
    bad input, before anything is written.
    """
    from cds.config import database_url as default_url
    from pipelines.db import make_engine
    from pipelines.schema import DumpState

    started = time.monotonic()
    url = database_url or default_url()
    out, fmt = check_output(url, output, fmt, at=at)
    templated = is_template(output)
    if templated and (out.exists() or out.is_symlink()):
        raise DumpError(f"{out} exists: an output with %(time)s or %(date)s never replaces a "
                        "file (run again later, or use %(time)s)")
    since_value = parse_since(since)
    if isinstance(sources, str):
        sources = [s.strip() for s in sources.split(",")]
    source_ids = sorted({s for s in sources or () if s})
    # the watermark belongs to the path as given: a template's runs share it
    key = str(Path(output).expanduser().absolute()) if templated else str(out)

    engine = make_engine(url)
    try:
        check_sources(engine, source_ids)
        previous = None
        if since_value == "last":
            with engine.connect() as conn:
                previous = conn.execute(
                    select(DumpState.watermark).where(DumpState.path == key)).scalar()
        start = None if isinstance(since_value, str) else since_value
        until = (datetime.now(UTC) - timedelta(seconds=settle_seconds)
                 if since_value == "last" else None)
        query = dict(include_duplicates=include_duplicates, sources=source_ids,
                     province=province)
        stmt, matched = select_records(after=previous, start=start, until=until, **query)
        held_back = 0
        if until is not None:
            after = until if previous is None or previous < until else previous
            recent, _ = select_records(after=after, start=None, **query)
            with engine.connect() as conn:
                held_back = conn.execute(select(func.count()).select_from(
                    recent.order_by(None).subquery())).scalar_one()
        filters: dict[str, Any] = {
            "since": since_value if isinstance(since_value, str) else exact_iso(since_value),
            "first_seen_after": exact_iso(previous),
            "first_seen_from": exact_iso(start),
            "first_seen_until": exact_iso(until),
            "sources": source_ids,
            "province": matched,
            "include_duplicates": bool(include_duplicates),
        }

        created_dir = prepare_output(out)
        stats, digest, size = _write_file(engine, stmt, out, fmt)
        dumped_at = datetime.now(UTC)
        manifest_path = _write_manifest(out, fmt, stats, digest, size, dumped_at, filters)
        watermark = _advance_watermark(engine, key, dumped_at, stats)
    finally:
        engine.dispose()

    card_path = None
    if card:
        card_path = write_card(out.parent)
    result = DumpResult(out, manifest_path, card_path, fmt, stats.records, digest, size,
                        watermark, round(time.monotonic() - started, 3), filters,
                        held_back, created_dir)
    # the caller reports it (the command prints one summary, the daemon logs one line)
    log.debug("dumped %d records to %s (%s, %d bytes)", stats.records, out, fmt, size)
    return result
