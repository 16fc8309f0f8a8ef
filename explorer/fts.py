"""SQLite: the FTS5 table joined to the articles through ``articles.search_key``, with the FTS
scan kept in the outer loop."""

from __future__ import annotations

from itertools import product

from sqlalchemy import column as sql_column
from sqlalchemy import table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.selectable import Join

from pipelines import search
from pipelines.schema import Article, Source


class CrossJoin(Join):
    """``a CROSS JOIN b ON …``: SQLite keeps ``a`` in the outer loop (the FTS scan)."""

    inherit_cache = True


@compiles(CrossJoin)
def _cross_join(element: CrossJoin, compiler, **kw) -> str:  # noqa: ANN001
    kw["asfrom"] = True
    if (linter := kw.get("from_linter")) is not None:  # as Join does: the two sides are joined
        linter.edges.update(product(element.left._from_objects, element.right._from_objects))
    return (f"{compiler.process(element.left, **kw)} CROSS JOIN "
            f"{compiler.process(element.right, **kw)} ON {compiler.process(element.onclause)}")


FTS = table(search.FTS_TABLE, sql_column("rowid"), sql_column("rank"))
fts_key = FTS.c.rowid
#: ``articles.search_key`` (outside the ORM model: see :mod:`pipelines.search`).
SEARCH_KEY = sql_column(search.KEY_COLUMN, _selectable=Article.__table__)


def fts_from(with_source: bool = False):  # noqa: ANN202
    joined = CrossJoin(FTS, Article.__table__, fts_key == SEARCH_KEY)
    return joined.outerjoin(Source, Source.id == Article.source_id) if with_source else joined
