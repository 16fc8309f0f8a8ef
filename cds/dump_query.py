"""What a dump selects: ``--since``, ``--source`` and ``--province`` as SQL over the archive's
``articles`` joined to ``sources``, in dump order (``first_seen_at``, ``id``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Text, cast, func, or_, select, type_coerce
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.types import NullType

from cds.dump_columns import nfc
from cds.dump_output import DumpError
from cds.records import FIELDS, Field
from cds.records import LOCAL_TZ as LOCAL_TZ_NAME

LOCAL_TZ = ZoneInfo(LOCAL_TZ_NAME)


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


def select_records(
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


def check_sources(engine: Engine, ids: list[str]) -> None:
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
