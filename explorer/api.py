"""JSON for ``/api/articles`` and its OpenAPI description."""

from __future__ import annotations

from datetime import datetime

from explorer.counts import COUNT_WINDOW, Counts
from explorer.filters import DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY, Filters
from explorer.query import Page

PUBLIC = ("id", "url", "title", "lead", "author", "published_at", "modified_at", "topics",
          "source_id", "source_name", "province", "former_province", "kind")


def _json(value):  # noqa: ANN001, ANN202
    return value.isoformat() if isinstance(value, datetime) else value


def article_json(row: dict) -> dict:
    return {k: _json(row.get(k)) for k in PUBLIC}


def page_json(f: Filters, page: Page, counts: Counts) -> dict:
    return {"filters": f.params(cursor="", limit=f.limit),
            "total": counts.total, "counted_since": _json(counts.since),
            "articles": [article_json(r) for r in page.rows],
            "next_cursor": page.next_cursor}


def _param(name: str, description: str, schema: dict | None = None) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string", "maxLength": 120}}


FILTER_PARAMS = [
    _param("q", "Search text, diacritics- and case-insensitive; \"a phrase\", prefix*; "
           "every term must match", {"type": "string", "maxLength": MAX_QUERY}),
    _param("province", "Current province (one of the 34)"),
    _param("former_province", "Former province (one of the 63)"),
    _param("source", "Source id from the registry"),
    _param("kind", "Source kind (newspaper, portal, ...)"),
    _param("topic", "Topic label"),
    _param("since", "Published on or after (YYYY-MM-DD, UTC)", {"type": "string",
                                                                "format": "date"}),
    _param("until", "Published on or before (YYYY-MM-DD, UTC)", {"type": "string",
                                                                 "format": "date"}),
]
PAGE_SCHEMA = {"type": "object", "properties": {
    "filters": {"type": "object", "description": "The filters applied"},
    "total": {"type": "integer", "description":
              "Articles matching the filters (all pages). Exact when counted_since is null. "
              f"When the search text (or, without one, the archive) matches more than "
              f"{COUNT_WINDOW} articles, only the most recent period holding {COUNT_WINDOW} "
              "matches of the text is counted: the matching articles listed from counted_since "
              "on (the pages still reach every match)."},
    "counted_since": {"type": ["string", "null"], "format": "date-time", "description":
                      "null, or the start of the period total covers (UTC)"},
    "articles": {"type": "array", "items": {"type": "object"}},
    "next_cursor": {"type": ["string", "null"], "description": "cursor of the next page"}}}
OPENAPI = {
    "openapi": "3.1.0",
    "info": {"title": "cds-news-monitor archive API", "version": "1",
             "description": "Read-only access to the archive of digital-transformation news. "
             "Syndicated copies are left out of lists (see an article's copies)."},
    "paths": {
        "/api/articles": {"get": {
            "summary": "Articles matching the filters, newest first (keyset pagination)",
            "parameters": FILTER_PARAMS + [
                _param("sort", "newest (default, paginated) or relevance (one page, needs q)",
                       {"type": "string", "enum": ["newest", "relevance"]}),
                _param("cursor", "next_cursor of the previous page"),
                _param("limit", f"Page size (default {DEFAULT_LIMIT})",
                       {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT})],
            "responses": {"200": {
                "description": "{filters, total, counted_since, articles[], next_cursor}",
                "content": {"application/json": {"schema": PAGE_SCHEMA}}},
                          "400": {"description": "A parameter out of bounds"}}}},
        "/api/articles/{id}": {"get": {
            "summary": "One article with its text and syndicated copies",
            "parameters": [{"name": "id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The article"},
                          "404": {"description": "No such article"}}}},
        "/feed.atom": {"get": {
            "summary": "Atom feed of the newest articles matching the filters",
            "parameters": FILTER_PARAMS,
            "responses": {"200": {"description": "Atom XML",
                                  "content": {"application/atom+xml": {}}}}}},
    },
}
