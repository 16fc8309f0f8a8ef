"""Row → dataset record conversion (:mod:`cds.records`), shared by the store pipeline and dumps."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

from cds.records import FIELD_NAMES, TIMESTAMP_TZ
from cds.records import LOCAL_TZ as LOCAL_TZ_NAME
from crawler.urls import url_id
from pipelines.storage import as_utc_datetime

LOCAL_TZ = ZoneInfo(LOCAL_TZ_NAME)
_SOURCE_FIELDS = {"source_name": "name", "province": "province",
                  "former_province": "former_province"}


def local_iso(value: Any) -> str | None:
    """ISO 8601 with the Asia/Ho_Chi_Minh offset (``2024-07-10T19:21:00+07:00``)."""
    dt = as_utc_datetime(value)
    return None if dt is None else dt.astimezone(LOCAL_TZ).isoformat(timespec="seconds")


def utc_iso(value: Any) -> str | None:
    """ISO 8601 in UTC (``2024-07-10T12:21:00+00:00``); naive values are taken as UTC."""
    dt = as_utc_datetime(value, ZoneInfo("UTC"))
    return None if dt is None else dt.astimezone(UTC).isoformat(timespec="seconds")


def iso_in(value: Any, tz: str) -> str | None:
    """A timestamp field as record text, in its time zone (:data:`cds.records.TIMESTAMP_TZ`)."""
    return utc_iso(value) if tz == "UTC" else local_iso(value)


def _mapping(row: Any) -> Mapping[str, Any]:
    if isinstance(row, Mapping):
        return row
    if hasattr(row, "_mapping"):
        return row._mapping
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


def _source_value(source: Any, name: str) -> Any:
    if source is None:
        return None
    if isinstance(source, Mapping):
        return source.get(name, source.get(_SOURCE_FIELDS.get(name, name)))
    return getattr(source, _SOURCE_FIELDS.get(name, name), None)


def to_record(row: Any, source: Any = None) -> dict[str, Any]:
    """The dataset record (fields and order of :data:`cds.records.FIELD_NAMES`) of an
    ``articles`` row, ORM object or record-like mapping.

    ``source`` (a ``sources`` row, registry entry or mapping) fills source_name, province and
    former_province where the row has none. Times: published_at/modified_at in Asia/Ho_Chi_Minh,
    first_seen_at/fetched_at in UTC, all ISO 8601 strings.
    """
    m = _mapping(row)

    def pick(name: str) -> Any:
        value = m.get(name)
        return value if value is not None else _source_value(source, name)

    topics = m.get("topics") or []
    record = {
        "id": m.get("id") or url_id(m["url"]),
        "url": m["url"],
        "source": m.get("source") or m.get("source_id"),
        "source_name": pick("source_name"),
        "province": pick("province"),
        "former_province": pick("former_province"),
        "title": m.get("title"),
        "lead": m.get("lead") or None,
        "author": m.get("author") or None,
        "text": m.get("text"),
        "language": m.get("language") or "vi",
        "topics": list(topics),
        "relevance": float(m.get("relevance") or 0.0),
        "word_count": int(m.get("word_count") or 0),
        "content_hash": m.get("content_hash"),
        "duplicate_of": m.get("duplicate_of") or None,
    }
    record.update({name: iso_in(m.get(name), tz) for name, tz in TIMESTAMP_TZ.items()})
    return {name: record[name] for name in FIELD_NAMES}


__all__ = ["iso_in", "local_iso", "to_record", "utc_iso"]
