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
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Text, cast, func, make_url, or_, select, type_coerce
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.types import NullType

from cds import __version__
from cds.arrow_schema import arrow_type
from cds.dataset_card import write_card
from cds.dump_columns import Columns, exact_iso, iso_for, native, nfc
from cds.dump_files import (
    MANIFEST_SUFFIX,
    clean_stale_temps,
    fsync_dir,
    sha256,
    temp_path,
    write_atomic,
)
from cds.dump_writers import WRITERS
from cds.records import FIELDS, SCHEMA_VERSION, Field
from cds.records import LOCAL_TZ as LOCAL_TZ_NAME

log = logging.getLogger(__name__)

LOCAL_TZ = ZoneInfo(LOCAL_TZ_NAME)
FORMATS = ("jsonl", "csv", "parquet")
#: ``--since last`` leaves out rows first seen this recently (seconds): still being committed.
SETTLE_SECONDS = 60.0
SUFFIXES = {".jsonl.gz": "jsonl", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
#: Rows fetched and converted at a time (Parquet row groups gather several batches).
BATCH_ROWS = 2000
#: Placeholders an output path may hold: expanded at dump time, in UTC, safe in file names.
PLACEHOLDERS = {"time": "%Y-%m-%dT%H-%M-%SZ", "date": "%Y-%m-%d"}
_PLACEHOLDER = re.compile(r"%\((\w*)\)s")
#: Files of an SQLite archive that a dump must never replace.
_SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


class DumpError(ValueError):
    """Bad input for a dump (format, --since, path, province): nothing was written."""


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


# --- input -------------------------------------------------------------------------------------


def infer_format(output: str | os.PathLike, fmt: str | None = None) -> str:
    """The format named, or the one the suffix implies; a contradiction is an error."""
    name = Path(output).name.lower()
    implied = next((f for s, f in SUFFIXES.items() if name.endswith(s)), None)
    if fmt is not None:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise DumpError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        if implied and implied != fmt:
            raise DumpError(f"--format {fmt} contradicts the suffix of {Path(output).name}")
        if name.endswith(".gz") and fmt != "jsonl":
            raise DumpError("only JSONL can be gzip-compressed (.jsonl.gz)")
        return fmt
    if implied is None:
        raise DumpError(f"cannot tell the format of {Path(output).name}: give --format or a "
                        f"suffix ({', '.join(SUFFIXES)})")
    return implied


def is_template(output: str | os.PathLike) -> bool:
    """Whether ``output`` holds a placeholder (``%(time)s``, ``%(date)s``)."""
    return bool(_PLACEHOLDER.search(str(output)))


def expand_output(output: str | os.PathLike, at: datetime | None = None) -> str:
    """``output`` with its placeholders filled in for ``at`` (default: now), in UTC."""
    when = (at or datetime.now(UTC)).astimezone(UTC)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            raise DumpError(f"unknown placeholder {match.group(0)} in the output path: use "
                            + " or ".join(f"%({p})s" for p in PLACEHOLDERS))
        return when.strftime(PLACEHOLDERS[name])

    return _PLACEHOLDER.sub(fill, str(output))


def archive_files(database_url: str | None) -> list[Path]:
    """The SQLite archive's file and its -wal/-shm/-journal files (none for a server)."""
    if not database_url:
        return []
    try:
        url = make_url(database_url)
    except Exception:  # not a URL: the engine will say so
        return []
    name = url.database
    if url.get_backend_name() != "sqlite" or not name or name == ":memory:" or (
            name.startswith("file:") and "mode=memory" in name):
        return []
    base = Path(name.removeprefix("file:").split("?")[0]).expanduser().resolve()
    return [base.with_name(base.name + side) for side in _SQLITE_SIDE_FILES]


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def check_output(database_url: str | None, output: str | os.PathLike,
                 fmt: str | None = None, *, at: datetime | None = None) -> tuple[Path, str]:
    """The expanded output path and its format, or :class:`DumpError` if it cannot be written:
    empty, a directory, an unknown placeholder or format, or a file of the archive itself."""
    if not str(output).strip():
        raise DumpError("the output path is empty: give a file name, e.g. data/cds.jsonl")
    expanded = expand_output(output, at)
    if Path(expanded).expanduser().is_dir():
        raise DumpError(f"{expanded} is a directory: give a file name")
    out = Path(expanded).expanduser().absolute()
    written = (out, out.with_name(out.name + MANIFEST_SUFFIX))
    for archive_file in archive_files(database_url):
        if any(_same_file(path, archive_file) for path in written):
            raise DumpError(f"refusing to write {out}: it would replace the archive's own file "
                            f"{archive_file}; choose another output path")
    return out, infer_format(expanded, fmt)


def parse_since(value: str | datetime | None) -> datetime | str | None:
    """``None``, ``"last"`` or an aware datetime; naive input is Asia/Ho_Chi_Minh."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        if value.strip().lower() == "last":
            return "last"
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise DumpError(
                f"bad --since {value!r}: give 'last' or an ISO 8601 date or time "
                "(2024-07-01, 2024-07-01T08:00, 2024-07-01T01:00:00Z)"
            ) from None
    return value.replace(tzinfo=LOCAL_TZ) if value.tzinfo is None else value


def _province_clause(name: str, columns: Any) -> tuple[ColumnElement[bool], dict[str, Any]]:
    """Match the current province, or the former one if the user named a former province."""
    name = nfc(name.strip())
    try:
        from seeds.provinces import resolve_province
    except ModuleNotFoundError as exc:
        if exc.name not in {"seeds", "seeds.provinces"}:
            raise
        clause = or_(columns.province == name, columns.former_province == name)
        return clause, {"name": name, "match": "province or former_province"}
    try:
        match = resolve_province(name)
    except (LookupError, ValueError) as exc:
        raise DumpError(str(exc) or f"unknown province {name!r}") from None
    if match is None:
        raise DumpError(f"unknown province {name!r}")
    if match.input_was_former and match.former:  # a merged-away unit: its former area only
        return columns.former_province == match.former, {"name": name, "former": match.former}
    return columns.province == match.current, {"name": name, "current": match.current}


# --- query -------------------------------------------------------------------------------------

_COLUMN = {"source": "source_id"}  # record field -> articles column, where they differ


def _column(f: Field, a: Any, s: Any) -> ColumnElement[Any]:
    """What a field is read from, as stored (:func:`cds.dump_columns.native` converts times
    and topics afterwards, topics once per distinct value)."""
    from_source = {"source_name": s.name, "province": s.province,
                   "former_province": s.former_province}
    col = from_source[f.name] if f.name in from_source else a[_COLUMN.get(f.name, f.name)]
    if f.type == "timestamp":
        return type_coerce(col, NullType())
    return cast(col, Text) if f.type == "list[string]" else col


def _query(
    *, include_duplicates: bool, after: datetime | None, start: datetime | None,
    sources: list[str], province: str | None, until: datetime | None = None,
) -> tuple[Select, dict[str, Any] | None]:
    """Records in dump order (first_seen_at, id) and how the province was matched."""
    from pipelines.schema import Article, Source

    a, s = Article.__table__.c, Source.__table__.c
    cols = [_column(f, a, s) for f in FIELDS]  # in field order
    stmt = (
        select(*cols)
        .select_from(Article.__table__.outerjoin(Source.__table__, s.id == a.source_id))
        .order_by(a.first_seen_at, a.id)
    )
    if not include_duplicates:
        # an expression, not the bare column: SQLite would otherwise pick the duplicate_of index
        # (where nearly every row is NULL) and sort the whole result before the first row
        stmt = stmt.where(a.duplicate_of.concat("").is_(None))
    if after is not None:
        stmt = stmt.where(a.first_seen_at > after)
    if start is not None:
        stmt = stmt.where(a.first_seen_at >= start)
    if until is not None:
        stmt = stmt.where(a.first_seen_at <= until)
    if sources:
        stmt = stmt.where(a.source_id.in_(sources))
    matched = None
    if province:
        clause, matched = _province_clause(province, s)
        stmt = stmt.where(clause)
    return stmt, matched


def _batches(engine: Engine, stmt: Select) -> Iterator[Columns]:
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH_ROWS).execute(stmt)
        for part in result.partitions():
            yield native(part)


def _check_sources(engine: Engine, ids: list[str]) -> None:
    """Every id names a source of the archive (or one with articles): else :class:`DumpError`."""
    from pipelines.schema import Article, Source

    if not ids:
        return
    with engine.connect() as conn:
        known = set(conn.execute(select(Source.id).where(Source.id.in_(ids))).scalars())
        unknown = [i for i in ids if i not in known]
        if unknown:  # an article whose source row is gone is still dumpable by its id
            known |= set(conn.execute(select(Article.source_id).distinct()
                                      .where(Article.source_id.in_(unknown))).scalars())
            unknown = [i for i in ids if i not in known]
        if not unknown:
            return
        listed = list(conn.execute(select(Source.id).order_by(Source.id).limit(9)).scalars())
        total = conn.execute(select(func.count()).select_from(Source)).scalar_one()
    if not total:
        raise DumpError(f"unknown source id(s): {', '.join(unknown)} (the archive's sources "
                        "table is empty)")
    shown = ", ".join(listed[:8]) + (f", … ({total} in all)" if total > 8 else "")
    raise DumpError(f"unknown source id(s): {', '.join(unknown)} (the archive knows {shown})")


def _prepare_output(out: Path) -> Path | None:
    """Create the missing parent directories of ``out``; the topmost one created, if any."""
    missing = None
    for parent in out.parents:
        if parent.exists():
            break
        missing = parent
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DumpError(f"cannot create {out.parent}: {exc.strerror or exc}") from None
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise DumpError(f"cannot write to {out.parent}")
    return missing


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
        with open(tmp, "xb") as raw:
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
        _check_sources(engine, source_ids)
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
        stmt, matched = _query(after=previous, start=start, until=until, **query)
        held_back = 0
        if until is not None:
            after = until if previous is None or previous < until else previous
            recent, _ = _query(after=after, start=None, **query)
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

        created_dir = _prepare_output(out)
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
