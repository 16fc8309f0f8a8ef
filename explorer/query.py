"""Filtered, keyset-paginated article queries shared by the pages, the API and the feeds.

Every value reaches the database as a bound parameter; search text goes through
:mod:`pipelines.search` (only words, phrases and prefixes survive).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import (
    Connection,
    Text,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy import (
    column as sql_column,
)
from sqlalchemy.sql import Select

from pipelines import search
from pipelines.schema import Article, Source

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

        limit = one("limit", 4) or str(DEFAULT_LIMIT)
        if not limit.isdigit() or not 1 <= int(limit) <= MAX_LIMIT:
            raise BadRequest(f"limit: 1 to {MAX_LIMIT}")
        sort = one("sort", 10) or "newest"
        if sort not in ("newest", "relevance"):
            raise BadRequest("sort: newest or relevance")
        return cls(q=one("q", MAX_QUERY), province=one("province"),
                   former_province=one("former_province"), source=one("source"),
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


def _match(conn: Connection, q: str):
    """The search condition on ``articles`` for ``q`` (None when it has no word)."""
    if conn.dialect.name == "sqlite":
        expr = search.fts5_query(q)
        if expr is None:
            return None
        return literal_column("articles.rowid").in_(
            text(f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH :fts")
            .bindparams(fts=expr))
    expr = search.tsquery(q)
    if expr is None:
        return None
    return text(f"articles.{search.PG_COLUMN} @@ to_tsquery('{search.PG_CONFIG}', :tsq)"
                ).bindparams(tsq=expr)


def conditions(conn: Connection, f: Filters) -> list:
    """WHERE conditions for the filters.

    Syndicated copies are left out (one row per story) unless the filters name publishers
    (province, former province, source, kind): then the list is what those outlets published,
    copies included.
    """
    where = []
    if not (f.province or f.former_province or f.source or f.kind):
        where.append(Article.duplicate_of.is_(None))
    if f.q:
        match = _match(conn, f.q)
        where.append(match if match is not None else literal_column("1") == 0)
    for column, value in ((Source.province, f.province), (Source.former_province,
                          f.former_province), (Article.source_id, f.source),
                          (Source.kind, f.kind)):
        if value:
            where.append(column == value)
    if f.topic:
        if conn.dialect.name == "sqlite":
            where.append(text("EXISTS (SELECT 1 FROM json_each(articles.topics) "
                              "WHERE json_each.value = :topic)").bindparams(topic=f.topic))
        else:
            where.append(text("CAST(articles.topics AS jsonb) @> CAST(:topic AS jsonb)")
                         .bindparams(topic=json.dumps([f.topic])))
    if f.since:
        where.append(Article.published_at >= datetime.combine(f.since, time(), UTC))
    if f.until:
        where.append(Article.published_at
                     < datetime.combine(f.until + timedelta(days=1), time(), UTC))
    return where


def base(conn: Connection, f: Filters, *columns) -> Select:
    return (select(*columns).select_from(Article)
            .outerjoin(Source, Source.id == Article.source_id).where(*conditions(conn, f)))


ROW = (Article.id, Article.url, Article.title, Article.lead, Article.author,
       Article.published_at, Article.modified_at, Article.first_seen_at, Article.updated_at,
       Article.topics, Article.source_id, Source.name.label("source_name"),
       Source.province, Source.former_province, Source.kind)


@dataclass
class Page:
    rows: list[dict]
    next_cursor: str | None


def articles(conn: Connection, f: Filters) -> Page:
    """One page of matching articles, newest first (keyset) or by relevance (one page)."""
    stmt = base(conn, f, *ROW)
    if f.sort == "relevance" and f.q:
        if conn.dialect.name == "sqlite" and (expr := search.fts5_query(f.q)):
            # FTS5 ranks in its own scan (bm25, title and lead weighted) and joins afterwards.
            fts = table(search.FTS_TABLE, sql_column("rowid"), sql_column("rank"))
            stmt = (base(conn, replace(f, q=""), *ROW)
                    .join(fts, fts.c.rowid == literal_column("articles.rowid"))
                    .where(text(f"{search.FTS_TABLE} MATCH :fts_rank "
                                f"AND {search.FTS_TABLE}.rank MATCH 'bm25(10.0, 4.0, 1.0)'")
                           .bindparams(fts_rank=expr))
                    .order_by(fts.c.rank, Article.id))
        else:
            stmt = stmt.order_by(_rank(conn, f.q), Article.id)
        rows = [dict(r._mapping) for r in conn.execute(stmt.limit(f.limit))]
        return Page(_with_snippets(conn, f, rows), None)
    if f.cursor:
        when, last_id = decode_cursor(f.cursor)
        stmt = stmt.where(or_(Article.published_at < when,
                              and_(Article.published_at == when, Article.id > last_id)))
    stmt = stmt.order_by(Article.published_at.desc(), Article.id).limit(f.limit + 1)
    rows = [dict(r._mapping) for r in conn.execute(stmt)]
    more = len(rows) > f.limit
    rows = rows[:f.limit]
    cursor = encode_cursor(rows[-1]["published_at"], rows[-1]["id"]) if more else None
    return Page(_with_snippets(conn, f, rows), cursor)


def _rank(conn: Connection, q: str):  # noqa: ARG001 - PostgreSQL's ranking
    return text(f"ts_rank(articles.{search.PG_COLUMN}, to_tsquery('{search.PG_CONFIG}', "
                ":tsq_rank)) DESC").bindparams(tsq_rank=search.tsquery(q) or "''")


MARK_START, MARK_END = "\x02", "\x03"


def _with_snippets(conn: Connection, f: Filters, rows: list[dict]) -> list[dict]:
    """``snippet``: the matching passage with MARK_START/MARK_END around hits (else the lead)."""
    for row in rows:
        row["snippet"] = (row.get("lead") or "")[:300]
    if not f.q or not rows:
        return rows
    ids = [r["id"] for r in rows]
    if conn.dialect.name == "sqlite":
        expr = search.fts5_query(f.q)
        stmt = text(f"SELECT a.id, snippet({search.FTS_TABLE}, -1, :s, :e, '…', 32) "
                    f"FROM {search.FTS_TABLE} JOIN articles a ON a.rowid = {search.FTS_TABLE}"
                    f".rowid WHERE {search.FTS_TABLE} MATCH :fts AND {search.FTS_TABLE}.rowid IN "
                    "(SELECT rowid FROM articles WHERE id IN :ids)"
                    ).bindparams(bindparam("ids", expanding=True))
        params = {"s": MARK_START, "e": MARK_END, "fts": expr, "ids": ids}
    else:
        stmt = text(f"SELECT id, ts_headline('{search.PG_CONFIG}', coalesce(lead, '') || ' ' || "
                    f"text, to_tsquery('{search.PG_CONFIG}', :tsq), :opts) FROM articles "
                    "WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
        params = {"tsq": search.tsquery(f.q), "ids": ids,
                  "opts": f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15"}
    snippets = dict(conn.execute(stmt, params).all())
    for row in rows:
        row["snippet"] = snippets.get(row["id"]) or row["snippet"]
    return rows


#: The topics list as JSON text (groupable on PostgreSQL, whose ``json`` has no equality).
TOPICS = cast(Article.topics, Text).label("topics")
FACETS = {"province": Source.province, "former_province": Source.former_province,
          "source": Article.source_id, "kind": Source.kind}


def facets(conn: Connection, f: Filters, top: int = 40) -> dict[str, list[tuple[str, int]]]:
    """Counts per value of each facet over the filtered set (topics from the JSON lists)."""
    out = {}
    for name, column in FACETS.items():
        n = func.count().label("n")
        stmt = (base(conn, f, column.label("value"), n).where(column.is_not(None))
                .group_by(column).order_by(n.desc(), column).limit(top))
        out[name] = [(r.value, r.n) for r in conn.execute(stmt)]
    out["topic"] = topic_counts(conn, f)[:top]
    return out


def topic_counts(conn: Connection, f: Filters) -> list[tuple[str, int]]:
    n = func.count().label("n")
    stmt = base(conn, f, TOPICS, n).group_by(TOPICS)
    counts: dict[str, int] = {}
    for topics, k in conn.execute(stmt):
        for topic in json.loads(topics or "[]"):
            counts[topic] = counts.get(topic, 0) + k
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def article(conn: Connection, article_id: str) -> dict | None:
    """One article with its text, metadata and its syndicated copies (or original)."""
    row = conn.execute(select(*ROW, Article.text, Article.duplicate_of, Article.word_count,
                              Article.relevance, Article.language)
                       .outerjoin(Source, Source.id == Article.source_id)
                       .where(Article.id == article_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    original = out["duplicate_of"] or out["id"]
    copies = conn.execute(
        select(Article.id, Article.url, Article.title, Article.source_id, Article.published_at,
               Source.name.label("source_name"), Source.province)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(or_(Article.duplicate_of == original, Article.id == original),
               Article.id != out["id"])
        .order_by(Article.published_at, Article.id)).all()
    out["copies"] = [dict(c._mapping) for c in copies]
    return out
