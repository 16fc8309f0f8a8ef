"""Filtered, keyset-paginated article queries shared by the pages, the API and the feeds.

Every value reaches the database as a bound parameter; search text goes through
:mod:`pipelines.search` (only words, phrases and prefixes survive).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
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
    text,
)
from sqlalchemy import (
    column as sql_column,
)
from sqlalchemy.sql import Select

from explorer import ranking
from explorer.filters import (
    Filters,
    decode_cursor,
    encode_cursor,
)
from explorer.fts import SEARCH_KEY, fts_from, fts_key
from pipelines import search
from pipelines.records_io import LOCAL_TZ
from pipelines.schema import Article, Source, VisitedUrl

#: Relevance ranks the newest RANK_WINDOW matches (bounded work for very common words).
RANK_WINDOW = 300
#: The listing order's time: the publication time, or when the crawl first saw an undated page.
listed_at = func.coalesce(Article.published_at, Article.first_seen_at)


def text_match(conn: Connection, q: str, since: datetime | None = None,
               until: datetime | None = None):
    """The search condition on ``articles`` for ``q`` (None when it has no word); on SQLite,
    [``since``, ``until``) (whole seconds) bound the FTS scan by listing time."""
    if conn.dialect.name == "sqlite":
        expr = search.fts5_query(q)
        if expr is None:
            return None
        keys = "".join(f" AND rowid {op} {int(when.timestamp()) * search.SECOND_SPAN}"
                       for op, when in ((">=", since), ("<", until)) if when is not None)
        return SEARCH_KEY.in_(  # ints in ``keys``: nothing of the user's
            text(f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH :fts"
                 + keys).bindparams(fts=expr))
    expr = search.tsquery(q)
    if expr is None:
        return None
    return text(f"articles.{search.PG_COLUMN} @@ to_tsquery('{search.PG_CONFIG}', :tsq)"
                ).bindparams(tsq=expr)


def conditions(conn: Connection, f: Filters, walk: bool = False,
               floor: datetime | None = None) -> list:
    """WHERE conditions for the filters (``walk``: SQLite is kept off the source_id index, to
    walk the listing-order index instead; ``floor``: only articles listed from that instant on).

    Syndicated copies are left out (one row per story) unless the filters name publishers
    (province, former province, source, kind): then the list is what those outlets published,
    copies included.
    """
    where = []
    if not (f.province or f.former_province or f.source or f.kind):
        # On SQLite as ``+duplicate_of IS NULL``: most rows pass, and the index on it would win
        # over the listing-order index in a planner without statistics (then sort them all).
        where.append(text("+articles.duplicate_of IS NULL") if conn.dialect.name == "sqlite"
                     else Article.duplicate_of.is_(None))
    since, until = period(f)
    if floor is not None:
        since = max(since, floor) if since else floor
    in_fts = bool(f.q) and conn.dialect.name == "sqlite"  # dates as a range of FTS keys
    if f.q:
        match = text_match(conn, f.q, *((since, until) if in_fts else ()))
        where.append(match if match is not None else literal_column("1") == 0)
    if since and not in_fts:
        where.append(listed_at >= since)
    if until and not in_fts:
        where.append(listed_at < until)
    source_id = literal_column("+articles.source_id") if walk else Article.source_id
    if f.source:
        where.append(source_id == f.source)
    # Source filters as the list of their source ids (read first: the registry is small), so
    # the planner sees the ids, and no join it could drive the search from.
    for column, value in ((Source.province, f.province), (Source.former_province,
                          f.former_province), (Source.kind, f.kind)):
        if value:
            ids = conn.execute(select(Source.id).where(column == value)).scalars().all()
            where.append(source_id.in_(ids))
    if f.topic:
        if conn.dialect.name == "sqlite":
            where.append(text("EXISTS (SELECT 1 FROM json_each(articles.topics) "
                              "WHERE json_each.value = :topic)").bindparams(topic=f.topic))
        else:
            where.append(text("CAST(articles.topics AS jsonb) @> CAST(:topic AS jsonb)")
                         .bindparams(topic=json.dumps([f.topic])))
    return where


def period(f: Filters) -> tuple[datetime | None, datetime | None]:
    """[since, until) of the date filters, as UTC instants: the days are local days
    (Asia/Ho_Chi_Minh), as the pages, the feeds and ``cds dump`` show them."""
    def start(day: date) -> datetime:
        return datetime.combine(day, time(), LOCAL_TZ).astimezone(UTC)
    return (start(f.since) if f.since else None,
            start(f.until + timedelta(days=1)) if f.until else None)


def base(conn: Connection, f: Filters, *columns) -> Select:
    return (select(*columns).select_from(Article)
            .outerjoin(Source, Source.id == Article.source_id).where(*conditions(conn, f)))


ROW = (Article.id, Article.url, Article.title, Article.lead, Article.author,
       Article.published_at, Article.modified_at, Article.first_seen_at, Article.updated_at,
       Article.topics, Article.source_id, Source.name.label("source_name"),
       Source.province, Source.former_province, Source.kind, listed_at.label("listed_at"))


@dataclass
class Page:
    rows: list[dict]
    next_cursor: str | None


def articles(conn: Connection, f: Filters) -> Page:
    """One page of matching articles, newest first (keyset) or by relevance (one page)."""
    expr = search.fts5_query(f.q) if f.q and conn.dialect.name == "sqlite" else None
    if f.sort == "relevance" and f.q:
        return Page(_with_snippets(conn, f, _ranked(conn, f, expr)), None)
    after = []
    if f.cursor:
        when, last_id = decode_cursor(f.cursor)
        after.append(or_(listed_at < when, and_(listed_at == when, Article.id > last_id)))
    if expr is not None:
        rows = _newest_fts(conn, f, expr, after)
    else:
        stmt = (select(*ROW).select_from(Article)
                .outerjoin(Source, Source.id == Article.source_id)
                .where(*conditions(conn, f, walk=_walk(conn, f)), *after)
                .order_by(listed_at.desc(), Article.id).limit(f.limit + 1))
        with _few_matches_by_bitmap(conn, f):
            rows = [dict(r._mapping) for r in conn.execute(stmt)]
        rows = _with_snippets(conn, f, rows)
    more = len(rows) > f.limit
    rows = rows[:f.limit]
    cursor = encode_cursor(rows[-1]["listed_at"], rows[-1]["id"]) if more else None
    return Page(rows, cursor)


#: PostgreSQL: below this many estimated matches, a search reads them all through the GIN
#: index and sorts them, rather than walking the listing-order index and testing each row's
#: tsvector (a TOAST read per row: cheap for common words, slow for middling ones).
PG_BITMAP_BELOW = 10000


@contextmanager
def _few_matches_by_bitmap(conn: Connection, f: Filters) -> Iterator[None]:
    """On PostgreSQL, for a search the planner expects few matches for, turn off plain index
    scans for the statement run inside (its cost model underrates the per-row tsvector test)."""
    if conn.dialect.name != "postgresql" or not f.q:
        yield
        return
    # The text and publisher conditions: what the GIN path has to read (topics and dates do not
    # shrink that work, and PostgreSQL cannot estimate a JSON containment anyway).
    plain = replace(f, topic="", since=None, until=None)
    if estimated_rows(conn, select(literal_column("1")).select_from(Article)
                      .where(*conditions(conn, plain))) >= PG_BITMAP_BELOW:
        yield
        return
    conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
    try:
        yield
    finally:
        conn.exec_driver_sql("SET LOCAL enable_indexscan = on")


def estimated_rows(conn: Connection, stmt: Select) -> float:
    """PostgreSQL's planner estimate of the rows ``stmt`` returns (no query is run)."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + compiled.string,
                                compiled.params).scalar_one()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return float(plan[0]["Plan"]["Plan Rows"])


#: SQLite, a list without search: publishers with more articles than this are listed by
#: walking the listing-order index (their rows come soon), smaller ones read through the
#: source_id index and sorted.
SQLITE_WALK_ABOVE = 2000


def _walk(conn: Connection, f: Filters) -> bool:
    if conn.dialect.name != "sqlite" or f.q or not (f.province or f.former_province or f.source
                                                      or f.kind):
        return False
    publishers = replace(Filters(), source=f.source, province=f.province,
                         former_province=f.former_province, kind=f.kind)
    count = conn.execute(select(func.count()).select_from(
        select(literal_column("1")).select_from(Article)
        .where(*conditions(conn, publishers)).limit(SQLITE_WALK_ABOVE + 1).subquery()))
    return count.scalar_one() > SQLITE_WALK_ABOVE


def _fts_where(conn: Connection, f: Filters, expr: str, after: list) -> list:
    """MATCH, the other filters, and the key range the dates and the cursor allow."""
    where = [text(f"{search.FTS_TABLE} MATCH :fts").bindparams(fts=expr),
             *conditions(conn, replace(f, q="")), *after]
    since, until = period(f)
    if f.cursor:
        when = decode_cursor(f.cursor)[0]
        until = min(until, when + timedelta(seconds=1)) if until else when + timedelta(seconds=1)
    if since:
        where.append(fts_key >= int(since.timestamp()) * search.SECOND_SPAN)
    if until:  # keys of the seconds before the one holding ``until`` (exclusive bound below)
        where.append(fts_key < -(-int(until.timestamp() * 1e6) // 10**6) * search.SECOND_SPAN)
    return where


#: Rows a newest-first search reads beyond ``limit + 1``, so that the last row's second is
#: usually complete in the same statement (each FTS statement merges a prefix's doclists again).
TIE_ROOM = 16


def _newest_fts(conn: Connection, f: Filters, expr: str, after: list) -> list[dict]:
    """SQLite, newest first: walk the FTS keys downwards until ``limit + 1`` rows pass the
    filters (and :data:`TIE_ROOM` more), then sort exactly the rows from the last of those
    rows' second on (read again when the walk stopped inside that second)."""
    where = _fts_where(conn, f, expr, after)
    snippet = func.snippet(literal_column(search.FTS_TABLE), -1, MARK_START, MARK_END, "…", 32)
    walk = f.limit + 1 + TIE_ROOM
    rows = [dict(r._mapping) for r in conn.execute(
        select(*ROW, snippet.label("snippet"), fts_key.label("key"))
        .select_from(fts_from(with_source=True)).where(*where)
        .order_by(fts_key.desc()).limit(walk))]
    if not rows:
        return []
    floor = search.second_of(rows[min(f.limit, len(rows) - 1)]["key"]) * search.SECOND_SPAN
    if len(rows) == walk and rows[-1]["key"] >= floor:  # more of that second may follow
        stmt = (select(*ROW, snippet.label("snippet"))
                .select_from(fts_from(with_source=True)).where(*where, fts_key >= floor)
                .order_by(listed_at.desc(), Article.id).limit(f.limit + 1))
        return [dict(r._mapping) for r in conn.execute(stmt)]
    rows = sorted((r for r in rows if r.pop("key") >= floor), key=lambda r: r["id"])
    return sorted(rows, key=lambda r: r["listed_at"], reverse=True)[:f.limit + 1]


def _ranked(conn: Connection, f: Filters, expr: str | None) -> list[dict]:
    """The best ``limit`` of the newest :data:`RANK_WINDOW` matches, best first (SQLite:
    bm25 computed over that window by :mod:`explorer.ranking`; PostgreSQL: ``ts_rank``)."""
    if conn.dialect.name == "sqlite":
        if expr is None:
            return []
        window = conn.execute(select(fts_key, Article.id, *ranking.highlights(search.FTS_TABLE))
                              .select_from(fts_from()).where(*_fts_where(conn, f, expr, []))
                              .order_by(fts_key.desc()).limit(RANK_WINDOW)).all()
        score = ranking.scores(conn, f.q, [(key, columns) for key, _, *columns in window])
        best = sorted(window, key=lambda r: (score[r[0]], r[1]))[:f.limit]
        rows = {r.id: dict(r._mapping) for r in conn.execute(
            select(*ROW).outerjoin(Source, Source.id == Article.source_id)
            .where(Article.id.in_([r[1] for r in best])))}
        return [rows[r[1]] for r in best]
    window = (select(Article.id.label("wid")).where(*conditions(conn, f))
              .order_by(listed_at.desc(), Article.id).limit(RANK_WINDOW).subquery())
    stmt = (select(*ROW).select_from(window.join(Article.__table__, Article.id == window.c.wid)
                                     .outerjoin(Source, Source.id == Article.source_id))
            .order_by(_rank(f.q).desc(), Article.id))
    with _few_matches_by_bitmap(conn, f):
        return [dict(r._mapping) for r in conn.execute(stmt.limit(f.limit))]


def _rank(q: str):  # noqa: ANN202 - PostgreSQL's ranking
    return func.ts_rank(sql_column(search.PG_COLUMN, _selectable=Article.__table__),
                        func.to_tsquery(literal_column(f"'{search.PG_CONFIG}'"),
                                        search.tsquery(q) or ""))


MARK_START, MARK_END = "\x02", "\x03"


def _with_snippets(conn: Connection, f: Filters, rows: list[dict]) -> list[dict]:
    """``snippet``: the matching passage with MARK_START/MARK_END around hits (else the lead)."""
    for row in rows:
        row["snippet"] = row.get("snippet") or (row.get("lead") or "")[:300]
    if not f.q or not rows:
        return rows
    ids = [r["id"] for r in rows]
    if conn.dialect.name == "sqlite":
        expr = search.fts5_query(f.q)
        stmt = text(f"SELECT a.id, snippet({search.FTS_TABLE}, -1, :s, :e, '…', 32) "
                    f"FROM {search.FTS_TABLE} JOIN articles a ON a.{search.KEY_COLUMN} = "
                    f"{search.FTS_TABLE}.rowid WHERE {search.FTS_TABLE} MATCH :fts AND "
                    f"{search.FTS_TABLE}.rowid IN (SELECT {search.KEY_COLUMN} FROM articles "
                    "WHERE id IN :ids)"
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
def article(conn: Connection, article_id: str) -> dict | None:
    """One article with its text, metadata, its syndicated copies (or original) and where its
    raw page is archived (``warc_file``, ``warc_offset``; None when it is not)."""
    row = conn.execute(select(*ROW, Article.text, Article.duplicate_of, Article.word_count,
                              Article.relevance, Article.language, VisitedUrl.warc_file,
                              VisitedUrl.warc_offset)
                       .outerjoin(Source, Source.id == Article.source_id)
                       .outerjoin(VisitedUrl, VisitedUrl.url_id == Article.id)
                       .where(Article.id == article_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    original = out["duplicate_of"] or out["id"]
    copies = conn.execute(
        select(Article.id, Article.url, Article.title, Article.source_id, Article.published_at,
               listed_at.label("listed_at"),
               Source.name.label("source_name"), Source.province)
        .outerjoin(Source, Source.id == Article.source_id)
        .where(or_(Article.duplicate_of == original, Article.id == original),
               Article.id != out["id"])
        .order_by(listed_at, Article.id)).all()
    out["copies"] = [dict(c._mapping) for c in copies]
    return out
