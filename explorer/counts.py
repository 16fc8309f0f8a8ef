"""The list page's total and facet counts, at a bounded cost whatever the archive's size.

When the search text (or, without one, the archive) matches at most :data:`COUNT_WINDOW`
articles, the counts are exact over every match. Beyond that, counting every match of a common
word at 1M articles takes seconds, so the counts cover the most recent period holding
:data:`COUNT_WINDOW` matches of the text: the articles listed from ``since`` (a whole second)
on, every filter applied. The page, the API (``total``, ``counted_since``) and the OpenAPI say
so. The counting reads at most :data:`COUNT_WINDOW` articles, in one query, tallied here.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, select, text

from explorer.query import TOPICS, Filters, conditions, listed_at, text_match
from pipelines import search
from pipelines.schema import Article, Source

#: How many matches of the search text the counts read at most.
COUNT_WINDOW = 5000
FACETS = ("province", "former_province", "source", "kind", "topic")


@dataclass
class Counts:
    total: int
    #: None: exact over every match; else the counts cover the articles listed from then on.
    since: datetime | None
    facets: dict[str, list[tuple[str, int]]]


def window_start(conn: Connection, f: Filters, window: int = COUNT_WINDOW) -> datetime | None:
    """The start of the most recent period holding at most ``window`` matches of the search
    text (every article without one); None when there are no more than ``window`` in all."""
    expr = search.fts5_query(f.q) if f.q and conn.dialect.name == "sqlite" else None
    if expr is not None:
        key = conn.execute(text(
            f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH :fts "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :n"), {"fts": expr, "n": window}).scalar()
        if key is None:
            return None
        return datetime.fromtimestamp(search.second_of(key) + 1, UTC)
    if f.q and conn.dialect.name == "sqlite":  # no searchable word: nothing matches
        return None
    match = text_match(conn, f.q) if f.q else None
    stmt = (select(listed_at).select_from(Article).order_by(listed_at.desc(), Article.id)
            .limit(1).offset(window))
    when = conn.execute(stmt.where(match) if match is not None else stmt).scalar()
    if when is None:
        return None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0) + timedelta(seconds=1)


def counts(conn: Connection, f: Filters, window: int = COUNT_WINDOW, top: int = 40) -> Counts:
    """The number of articles matching ``f`` and the top ``top`` values of each facet."""
    since = window_start(conn, f, window)
    registry = {r.id: r for r in conn.execute(
        select(Source.id, Source.province, Source.former_province, Source.kind))}
    tally = {name: Counter() for name in FACETS}
    total = 0
    for source_id, topics in conn.execute(select(Article.source_id, TOPICS).select_from(Article)
                                          .where(*conditions(conn, f, floor=since))):
        total += 1
        source = registry.get(source_id)
        if source_id is not None:
            tally["source"][source_id] += 1
        for name in ("province", "former_province", "kind"):
            value = getattr(source, name) if source is not None else None
            if value is not None:
                tally[name][value] += 1
        tally["topic"].update(set(json.loads(topics or "[]")))
    facets = {name: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
              for name, c in tally.items()}
    return Counts(total, since, facets)
