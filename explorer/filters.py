"""The explorer's request parameters: filters, limits and keyset cursors (one line per error)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime

from seeds.provinces import UnknownProvinceError, resolve_province

MAX_LIMIT = 100
DEFAULT_LIMIT = 20
MAX_QUERY = 200
MAX_VALUE = 120

class BadRequest(ValueError):
    """A parameter out of bounds: one line for the user (HTTP 400)."""


@dataclass(frozen=True)
class Filters:
    q: str = ""
    province: str = ""
    former_province: str = ""
    source: str = ""
    kind: str = ""
    topic: str = ""
    since: date | None = None
    until: date | None = None
    sort: str = "newest"
    cursor: str = ""
    limit: int = DEFAULT_LIMIT
    extra: dict = field(default_factory=dict, compare=False)

    FILTER_KEYS = ("q", "province", "former_province", "source", "kind", "topic", "since",
                   "until")

    @classmethod
    def from_params(cls, params: dict[str, list[str]]) -> Filters:
        """From a parsed query string (``urllib.parse.parse_qs``); raises :class:`BadRequest`."""
        def one(name: str, cap: int = MAX_VALUE) -> str:
            value = (params.get(name) or [""])[0].strip()
            if len(value) > cap:
                raise BadRequest(f"{name}: at most {cap} characters")
            return value

        def day(name: str) -> date | None:
            value = one(name, 10)
            try:
                return date.fromisoformat(value) if value else None
            except ValueError:
                raise BadRequest(f"{name}: a date as YYYY-MM-DD") from None

        limit = (params.get("limit") or [""])[0].strip() or str(DEFAULT_LIMIT)
        if not (len(limit) <= 4 and limit.isdigit() and 1 <= int(limit) <= MAX_LIMIT):
            raise BadRequest(f"limit: a whole number from 1 to {MAX_LIMIT}")
        sort = one("sort", 10) or "newest"
        if sort not in ("newest", "relevance"):
            raise BadRequest("sort: newest or relevance")
        province, former = provinces(one("province"), one("former_province"))
        return cls(q=one("q", MAX_QUERY), province=province,
                   former_province=former, source=one("source"),
                   kind=one("kind"), topic=one("topic"), since=day("since"), until=day("until"),
                   sort=sort, cursor=one("cursor", 200), limit=int(limit))

    def params(self, **changes) -> dict[str, str]:
        """The non-empty filter parameters (for links), with ``changes`` applied."""
        out = {}
        for f in fields(self):
            if f.name in ("extra",):
                continue
            value = changes.get(f.name, getattr(self, f.name))
            if value in ("", None) or (f.name == "limit" and value == DEFAULT_LIMIT) or (
                    f.name == "sort" and value == "newest"):
                continue
            out[f.name] = value.isoformat() if isinstance(value, date) else str(value)
        return out


def provinces(province: str, former: str) -> tuple[str, str]:
    """The province filters as canonical names, resolved as ``cds dump --province`` resolves
    them (:func:`seeds.provinces.resolve_province`: any common spelling, diacritics optional).
    A former province named as ``province`` filters its former area (as ``former_province``)."""
    def resolve(name: str, value: str):  # noqa: ANN202
        try:
            return resolve_province(value)
        except UnknownProvinceError as exc:
            raise BadRequest(f"{name}: {exc}") from None

    if former:
        match = resolve("former_province", former)
        former = match.former or match.current
    if province:
        match = resolve("province", province)
        if match.input_was_former and match.former:  # a merged-away unit: its former area
            if former and former != match.former:
                raise BadRequest(f"province: {province!r} is the former province "
                                 f"{match.former}, and former_province is {former}")
            return "", match.former
        province = match.current
    return province, former


def encode_cursor(published_at: datetime, article_id: str) -> str:
    raw = json.dumps([published_at.astimezone(UTC).isoformat(), article_id])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        when, article_id = json.loads(raw)
        return datetime.fromisoformat(when), str(article_id)
    except (ValueError, TypeError):
        raise BadRequest("cursor: not a cursor from this service") from None
