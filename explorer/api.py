"""JSON for ``/api/articles`` and its OpenAPI description."""

from __future__ import annotations

from datetime import datetime

from explorer.query import DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY, Filters, Page

PUBLIC = ("id", "url", "title", "lead", "author", "published_at", "modified_at", "topics",
          "source_id", "source_name", "province", "former_province", "kind")


def _json(value):  # noqa: ANN001, ANN202
    return value.isoformat() if isinstance(value, datetime) else value


def article_json(row: dict) -> dict:
    return {k: _json(row.get(k)) for k in PUBLIC}


def page_json(f: Filters, page: Page) -> dict:
    return {"filters": f.params(cursor="", limit=f.limit),
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
            "responses": {"200": {"description": "{filters, articles[], next_cursor}"},
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
