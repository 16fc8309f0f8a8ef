"""JSON for ``/api/articles`` and its OpenAPI description."""

from __future__ import annotations

from datetime import datetime

from cds.records import LOCAL_TZ, TIMESTAMP_TZ
from explorer.counts import COUNT_WINDOW, Counts
from explorer.filters import DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY, Filters
from explorer.query import Page
from pipelines.records_io import iso_in

PUBLIC = ("id", "url", "title", "lead", "author", "published_at", "modified_at", "topics",
          "source_id", "source_name", "province", "former_province", "kind")


def _json(value, name: str = ""):  # noqa: ANN001, ANN202
    """A value as JSON; a timestamp as ISO 8601 in the time zone the dataset record writes
    that field in (:data:`cds.records.TIMESTAMP_TZ`; UTC for the others)."""
    if isinstance(value, datetime):
        return iso_in(value, TIMESTAMP_TZ.get(name, "UTC"))
    return value


def article_json(row: dict) -> dict:
    return {k: _json(row.get(k), k) for k in PUBLIC}


def page_json(f: Filters, page: Page, counts: Counts) -> dict:
    return {"filters": f.params(cursor="", limit=f.limit),
            "total": counts.total, "counted_since": _json(counts.since, "counted_since"),
            "articles": [article_json(r) for r in page.rows],
            "next_cursor": page.next_cursor}


def _param(name: str, description: str, schema: dict | None = None) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string", "maxLength": 120}}


FILTER_PARAMS = [
    _param("q", "Search text, diacritics- and case-insensitive; \"a phrase\", prefix*; "
           "every term must match", {"type": "string", "maxLength": MAX_QUERY}),
    _param("province", "Province, in any common spelling (diacritics and case optional): one of "
           "the 34 current units, or a former one (of the 63), which then filters its former "
           "area (as former_province); an unknown name is a 400"),
    _param("former_province", "Former province (one of the 63), in any common spelling"),
    _param("source", "Source id from the registry"),
    _param("kind", "Source kind (newspaper, portal, ...)"),
    _param("topic", "Topic label"),
    _param("since", "Published on or after this day (YYYY-MM-DD, Asia/Ho_Chi_Minh)",
           {"type": "string", "format": "date"}),
    _param("until", "Published on or before this day (YYYY-MM-DD, Asia/Ho_Chi_Minh)",
           {"type": "string", "format": "date"}),
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
                      "null, or the start of the period total covers (ISO 8601, UTC)"},
    "articles": {"type": "array", "items": {"$ref": "#/components/schemas/Article"}},
    "next_cursor": {"type": ["string", "null"], "description": "cursor of the next page"}}}
_TIME = {"type": ["string", "null"], "format": "date-time"}
ARTICLE_SCHEMA = {"type": "object", "properties": {
    "published_at": {**_TIME, "description": "Publication time, ISO 8601 with the offset of "
                     f"{LOCAL_TZ} (2026-09-12T18:45:00+07:00), as in the dataset records"},
    "modified_at": {**_TIME, "description": f"Last modification time, same format ({LOCAL_TZ})"},
}}
ERROR_SCHEMA = {"type": "object", "required": ["error"],
                "properties": {"error": {"type": "string", "description": "What was wrong"}}}


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


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
                          "400": _error("A parameter out of bounds or an unknown province: "
                                        '{"error": "..."}'),
                          "414": _error("Query string too long")}}},
        "/api/articles/{id}": {"get": {
            "summary": "One article with its text and syndicated copies",
            "parameters": [{"name": "id", "in": "path", "required": True,
                            "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The article",
                                  "content": {"application/json": {"schema": {
                                      "$ref": "#/components/schemas/Article"}}}},
                          "404": _error("No such article")}}},
        "/feed.atom": {"get": {
            "summary": "Atom feed of the newest articles matching the filters",
            "parameters": FILTER_PARAMS,
            "responses": {"200": {"description": "Atom XML",
                                  "content": {"application/atom+xml": {}}}}}},
    },
    "components": {"schemas": {"Article": ARTICLE_SCHEMA, "Error": ERROR_SCHEMA}},
}
