"""Routes of the explorer inside ``cds serve`` (:mod:`scheduler.web` hands these paths here).

``/explore`` list, search and facets · ``/explore/article/<id>`` (+ ``/raw``: the page as
fetched, from the WARC archive, sandboxed) · ``/explore/charts`` ·
``/api/articles`` (+ ``/<id>``) · ``/api/openapi.json`` · ``/feed.atom?<filters>``.

The database is opened read-only: SQLite through ``mode=ro``, PostgreSQL in read-only
transactions.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, quote, unquote, urlencode

from sqlalchemy import Engine, create_engine, event, make_url

from explorer import api, charts, counts, pages, query, raw
from explorer.filters import DEFAULT_LIMIT, MAX_LIMIT, BadRequest, Filters
from scheduler import feed
from scheduler.conf import setting

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
PATHS = ("/explore", "/api/", "/feed.atom")


@lru_cache(maxsize=8)
def readonly_engine(url: str) -> Engine:
    """An engine that cannot write: SQLite ``mode=ro``, PostgreSQL read-only transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"

        def connect() -> sqlite3.Connection:  # the URI by hand: any character in the path
            return sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)

        engine = create_engine("sqlite://", creator=connect)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            dbapi_conn.execute("PRAGMA busy_timeout=30000")

        return engine
    # Custom plans only: a cached generic plan cannot tell a common word from a rare one or a
    # big province from a small one, and picks the wrong index (seconds instead of ms).
    return create_engine(url, pool_pre_ping=True, connect_args={
        "options": "-c default_transaction_read_only=on -c statement_timeout=30000 "
                   "-c plan_cache_mode=force_custom_plan"})


def handles(path: str) -> bool:
    return path.startswith(PATHS)


def error(path: str, status: int, message: str) -> tuple:
    """An error answer in the kind of the path: ``{"error": ...}`` (one line) under ``/api/``,
    an HTML page under ``/explore``, else one line of text."""
    if path.startswith("/api/"):
        return status, (json.dumps({"error": message}, ensure_ascii=False) + "\n").encode(), JSON
    if path.startswith("/explore"):
        return status, pages.error_page(message).encode(), HTML
    return status, f"{message}\n".encode(), TEXT


def respond(database_url: str, target: str) -> tuple:
    """(status, body, content type[, extra headers]) for a GET of ``target`` (path and query
    string)."""
    path, _, qs = target.partition("?")
    if len(qs) > 2000:
        return error(path, 414, "query string too long")
    params = parse_qs(qs, keep_blank_values=False)
    try:
        f = Filters.from_params(params)
    except BadRequest as exc:
        return error(path, 400, str(exc))
    if path == "/api/openapi.json":
        return 200, json.dumps(api.OPENAPI, ensure_ascii=False, indent=1).encode(), JSON
    try:
        with readonly_engine(database_url).connect() as conn:
            return _route(conn, path, f)
    except BadRequest as exc:
        return error(path, 400, str(exc))


def _route(conn, path: str, f: Filters) -> tuple:  # noqa: ANN001
    """(status, body, content type[, extra headers])."""
    if path in ("/explore", "/explore/"):
        page = query.articles(conn, f)
        body = pages.list_page(f, page, counts.counts(conn, f))
        return 200, body.encode(), HTML
    if path.startswith("/explore/article/") and path.endswith("/raw"):
        a = query.article(conn, unquote(path.removeprefix("/explore/article/")
                                        .removesuffix("/raw")))
        answer = raw.raw_response(a) if a is not None else None
        return answer or error(path, 404, "no archived page for this article")
    if path.startswith("/explore/article/"):
        a = query.article(conn, unquote(path.removeprefix("/explore/article/")))
        if a is None:
            return 404, pages.layout("Không có bài", "<main><p>Không có bài này.</p></main>"
                                     ).encode(), HTML
        return 200, pages.article_page(a).encode(), HTML
    if path == "/explore/charts":
        weeks, provinces, topics = charts.weekly(conn, f)
        body = pages.charts_page(
            f, charts.lines("weekly", "Bài mỗi tuần theo tỉnh", weeks, provinces),
            charts.ranked(conn, f), charts.lines("topics", "Xu hướng chủ đề", weeks, topics))
        return 200, body.encode(), HTML
    if path == "/api/articles":
        data = api.page_json(f, query.articles(conn, f), counts.counts(conn, f, top=0))
        return 200, json.dumps(data, ensure_ascii=False).encode(), JSON
    if path.startswith("/api/articles/"):
        a = query.article(conn, unquote(path.removeprefix("/api/articles/")))
        if a is None:
            return error(path, 404, "no such article")
        data = {**api.article_json(a), "text": a["text"], "duplicate_of": a["duplicate_of"],
                "copies": [api.article_json(c) for c in a["copies"]]}
        return 200, json.dumps(data, ensure_ascii=False).encode(), JSON
    if path == "/feed.atom":
        return 200, filtered_feed(conn, f), ATOM
    return error(path, 404, "not found")


def filtered_feed(conn, f: Filters) -> bytes:  # noqa: ANN001
    """The Atom feed of the newest articles matching ``f`` (the list page's first page)."""
    limit = min(setting("CDS_SERVE_FEED_ENTRIES"), MAX_LIMIT)
    f = Filters(**{**{k: getattr(f, k) for k in Filters.FILTER_KEYS}, "limit": limit})
    rows = query.articles(conn, f).rows
    self_url = "/feed.atom" + ("?" + urlencode(f.params(limit=DEFAULT_LIMIT))
                               if f.params(limit=DEFAULT_LIMIT) else "")
    title = "Tin chuyển đổi số (CĐS)" + "".join(
        f" · {v}" for v in f.params(limit=DEFAULT_LIMIT).values())
    return feed.render([(SimpleNamespace(**r), r.get("province"), r.get("source_name"))
                        for r in rows], self_url, title)

