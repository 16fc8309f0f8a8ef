"""The list page's total and facet counts, at a bounded cost whatever the archive's size.

When the search text (or, without one, the archive) matches at most :data:`COUNT_WINDOW`
articles, the counts are exact over every match. Beyond that, counting every match of a common
word at 1M articles takes seconds, so the counts cover the most recent period holding
:data:`COUNT_WINDOW` matches of the text (before the ``until`` filter; on PostgreSQL, about
that many, by the planner's estimate of the text's frequency): the articles listed from
``since`` (a whole second) on, every filter applied. The page, the API (``total``,
``counted_since``) and the OpenAPI say so. One grouped query reads at most
:data:`COUNT_WINDOW` articles; the facets are tallied here from its groups.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, func, literal_column, select, text

from explorer.filters import Filters
from explorer.fts import SEARCH_KEY
from explorer.query import (
    TOPICS,
    conditions,
    estimated_rows,
    listed_at,
    period,
    text_match,
)
from pipelines import search
from pipelines.schema import Article, Source

#: How many matches of the search text the counts read at most.
COUNT_WINDOW = 2000
FACETS = ("province", "former_province", "source", "kind", "topic")


@dataclass
class Counts:
    total: int
    #: None: exact over every match; else the counts cover the articles listed from then on.
    since: datetime | None
    facets: dict[str, list[tuple[str, int]]]


def _fts_window(conn: Connection, f: Filters, expr: str,
                window: int) -> tuple[datetime | None, list[int]]:
    """SQLite: the FTS keys of the newest ``window`` matches of the text within the date
    filters, in one walk down the index; (start of their period or None, keys in it)."""
    since, until = period(f)
    keys = "".join(f" AND rowid {op} {int(when.timestamp()) * search.SECOND_SPAN}"
                   for op, when in ((">=", since), ("<", until)) if when is not None)
    found = conn.execute(text(  # ints in ``keys``: nothing of the user's
        f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH :fts{keys} "
        "ORDER BY rowid DESC LIMIT :n"), {"fts": expr, "n": window + 1}).scalars().all()
    if len(found) <= window:
        return None, found
    start = search.second_of(found[-1]) + 1
    return (datetime.fromtimestamp(start, UTC),
            [k for k in found if k >= start * search.SECOND_SPAN])


def window_start(conn: Connection, f: Filters, window: int | None = None) -> datetime | None:
    """The start of the most recent period (within the date filters) holding at most
    ``window`` matches of the search text (articles, without one); None when there are no more
    than ``window`` in all."""
    window = window or COUNT_WINDOW
    expr = search.fts5_query(f.q) if f.q and conn.dialect.name == "sqlite" else None
    if expr is not None:
        return _fts_window(conn, f, expr, window)[0]
    if f.q and conn.dialect.name == "sqlite":  # no searchable word: nothing matches
        return None
    until = period(f)[1]
    where = [listed_at < until] if until else []
    if conn.dialect.name == "sqlite":  # no search text: the newest ``window`` articles
        when = conn.execute(select(listed_at).select_from(Article).where(*where)
                            .order_by(listed_at.desc(), Article.id).limit(1).offset(window)
                            ).scalar()
    else:
        when = _pg_window_start(conn, f, window, until)
    if when is None:
        return None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0) + timedelta(seconds=1)


def _pg_window_start(conn: Connection, f: Filters, window: int,
                     until: datetime | None) -> datetime | None:
    """PostgreSQL: walking the matches (or the listing-order index) costs a heap read per row
    (a TOASTed tsvector test for a search), seconds for a text seldom in the newest articles.
    So the period is read off the planner's statistics: the share of articles holding
    ``window`` matches by its estimate of the text's frequency, as a quantile of the
    listing-order index's histogram."""
    where = [listed_at < until] if until else []
    articles = estimated_rows(conn, select(Article.id).where(*where))
    matches = articles
    if f.q:
        match = text_match(conn, f.q)
        if match is None:
            return None
        matches = estimated_rows(conn, select(Article.id).where(*where, match))
    if matches <= window:
        return None
    bounds = conn.execute(text(
        "SELECT histogram_bounds::text::timestamptz[] FROM pg_stats WHERE tablename = :index "
        "AND schemaname = current_schema()"), {"index": search.LISTED_INDEX}).scalar()
    if not bounds:  # no histogram (never analysed, or few distinct times): walk the index
        return conn.execute(select(listed_at).select_from(Article).where(*where)
                            .order_by(listed_at.desc(), Article.id).limit(1)
                            .offset(min(int(window * articles / matches), 20 * window))
                            ).scalar()
    # bounds[i]: i / (len - 1) of the articles are listed before it
    end = len(bounds) - 1 if until is None else \
        max((i for i, b in enumerate(bounds) if b < until), default=0)
    position = end * (1 - window / matches)  # in buckets, interpolated within one
    low = int(position)
    return bounds[low] + (bounds[min(low + 1, end)] - bounds[low]) * (position - low)


def counts(conn: Connection, f: Filters, window: int | None = None, top: int = 40) -> Counts:
    """The number of articles matching ``f`` and the top ``top`` values of each facet."""
    sqlite = conn.dialect.name == "sqlite"
    expr = search.fts5_query(f.q) if f.q and sqlite else None
    if expr is not None:  # the window's keys, read once, stand for the text and the dates
        since, keys = _fts_window(conn, f, expr, window or COUNT_WINDOW)
        where = [*conditions(conn, replace(f, q="", since=None, until=None), walk=True),
                 SEARCH_KEY.in_(keys)]
    else:
        since = window_start(conn, f, window)
        where = conditions(conn, f, walk=sqlite, floor=since)
    registry = {r.id: r for r in conn.execute(
        select(Source.id, Source.province, Source.former_province, Source.kind))}
    tally = {name: Counter() for name in FACETS}
    total = 0
    # SQLite: ``+source_id``, so that no index on it drives the scan (the FTS keys or the
    # listing-order range of the window do)
    group = literal_column("+articles.source_id") if sqlite else Article.source_id
    for source_id, topics, k in conn.execute(
            select(Article.source_id, TOPICS, func.count()).select_from(Article)
            .where(*where).group_by(group, TOPICS)):
        total += k
        source = registry.get(source_id)
        if source_id is not None:
            tally["source"][source_id] += k
        for name in ("province", "former_province", "kind"):
            value = getattr(source, name) if source is not None else None
            if value is not None:
                tally[name][value] += k
        for topic in set(json.loads(topics or "[]")):
            tally["topic"][topic] += k
    facets = {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
              for name, c in tally.items()}
    return Counts(total, since, facets)
