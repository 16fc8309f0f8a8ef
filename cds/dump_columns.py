"""Stored rows as record columns for ``cds dump``: NFC strings, aware UTC datetimes, topic tuples,
and :func:`pipelines.records_io.to_record`'s rules applied column by column (tests check that
they agree with it row by row)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import repeat
from typing import Any
from zoneinfo import ZoneInfo

from cds.records import FIELDS, TIMESTAMP_TZ
from crawler.urls import url_id
from pipelines.records_io import iso_in

#: A batch of records: field -> values, in field order (NFC strings, aware datetimes, topic tuples).
Columns = dict[str, list[Any]]


def nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def exact_iso(value: datetime | None) -> str | None:
    """UTC with microseconds, for filters and watermarks (records use ``utc_iso``)."""
    return None if value is None else value.astimezone(UTC).isoformat(timespec="microseconds")




def _strings(values: list[Any]) -> list[Any]:
    """A column of strings in NFC (checked in one pass; most are NFC already)."""
    if all(map(unicodedata.is_normalized, repeat("NFC"), filter(None, values))):
        return values
    return [v if v is None else nfc(v) for v in values]


def _topics(raw: str | None) -> tuple[str, ...]:
    """Topics stored as a JSON array (or null) as a tuple of NFC strings."""
    return () if raw is None else tuple(nfc(t) for t in json.loads(raw) or ())


def each_distinct(values: list[Any], convert: Callable[[Any], Any]) -> list[Any]:
    """``convert`` applied to a column, once per distinct value."""
    done = {v: convert(v) for v in set(values)}
    return [done[v] for v in values]


def _utc(value: Any) -> datetime:
    """A stored time the way :class:`pipelines.schema.UTCDateTime` reads it (naive = UTC)."""
    if isinstance(value, str):  # SQLite stores text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _times(values: list[Any]) -> list[datetime | None]:
    """A timestamp column as aware UTC datetimes; SQLite's naive text in one quick pass."""
    parse = datetime.fromisoformat
    try:
        return [None if v is None else parse(v + "+00:00") for v in values]
    except (TypeError, ValueError):  # datetimes (PostgreSQL), or text with an offset
        return [None if v is None else _utc(v) for v in values]


_CONVERT: dict[str, Callable[[list[Any]], list[Any]]] = {
    "string": _strings,
    "list[string]": lambda values: each_distinct(values, _topics),
    "int": lambda values: [v if v is None else int(v) for v in values],
    "float": lambda values: [v if v is None else float(v) for v in values],
    "timestamp": _times,
}


def native(rows: Sequence[Sequence[Any]]) -> Columns:
    """Rows (stored values in field order) as a batch: NFC strings, aware UTC datetimes, topic
    tuples, ``source_name`` falling back to ``source``."""
    batch = {f.name: _CONVERT[f.type](list(values))
             for f, values in zip(FIELDS, zip(*rows, strict=True), strict=True)}
    names = zip(batch["source_name"], batch["source"], strict=True)
    batch["source_name"] = [name if name is not None else source for name, source in names]
    return batch


_ZONES = {name: UTC if tz == "UTC" else ZoneInfo(tz) for name, tz in TIMESTAMP_TZ.items()}
_TWO_DIGITS = [f"{n:02d}" for n in range(60)]
_LAST_IN_HOUR = timedelta(hours=1, microseconds=-1)
#: field -> UTC hour -> its text up to the minutes and its offset (see :func:`_hour_text`).
_HOUR_TEXT: dict[str, dict[tuple[int, int, int, int], tuple[str, ...]]] = {}
_HOUR_TEXT_MAX = 4096


def _hour_text(hour: tuple[int, int, int, int], zone: tzinfo) -> tuple[str, ...]:
    """``("2024-07-10T19:", "+07:00")`` for a UTC hour whose minutes and seconds are the same in
    ``zone``: the offset is whole hours, the same at both ends of the hour (no zone changes it
    twice within an hour); else ``()``."""
    start = datetime(*hour, tzinfo=UTC)
    try:
        first, last = start.astimezone(zone), (start + _LAST_IN_HOUR).astimezone(zone)
    except OverflowError:
        return ()
    offset = first.utcoffset()
    if offset != last.utcoffset() or offset % timedelta(hours=1):
        return ()
    text = first.isoformat(timespec="seconds")
    return text[:14], text[19:]


def iso_column(values: list[datetime | None], name: str) -> list[str | None]:
    """A column of aware UTC datetimes as text, the way :func:`iso_in` writes each value; the
    date, hour and offset are worked out once per hour (``datetime.isoformat`` is slow)."""
    zone, cache = _ZONES[name], _HOUR_TEXT.setdefault(name, {})
    if len(cache) > _HOUR_TEXT_MAX:
        cache.clear()
    out: list[str | None] = []
    for v in values:
        if v is None:
            out.append(None)
            continue
        hour = (v.year, v.month, v.day, v.hour)
        parts = cache.get(hour)
        if parts is None:
            parts = cache[hour] = _hour_text(hour, zone)
        if parts:
            out.append(f"{parts[0]}{_TWO_DIGITS[v.minute]}:{_TWO_DIGITS[v.second]}{parts[1]}")
        else:
            out.append(v.astimezone(zone).isoformat(timespec="seconds"))
    return out


def iso_for(name: str, value: datetime | None) -> str | None:
    """A timestamp field as text, the way :func:`to_record` writes it."""
    return iso_in(value, TIMESTAMP_TZ[name])


def record_columns(batch: Columns) -> Columns:
    """:func:`to_record`'s rules over a batch (tests check they agree row by row)."""
    rec = dict(batch)
    rec["id"] = [i or url_id(u) for i, u in zip(batch["id"], batch["url"], strict=True)]
    rec["source"] = [v or None for v in batch["source"]]
    for name in ("lead", "author", "duplicate_of"):
        rec[name] = [v or None for v in batch[name]]
    rec["language"] = [v or "vi" for v in batch["language"]]
    rec["relevance"] = [float(v or 0.0) for v in batch["relevance"]]
    rec["word_count"] = [int(v or 0) for v in batch["word_count"]]
    for name in TIMESTAMP_TZ:
        rec[name] = iso_column(batch[name], name)
    return rec
