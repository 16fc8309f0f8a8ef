"""The archive explorer served by ``cds serve``: search, facets, article pages, charts, a JSON
API and per-filter Atom feeds. Read-only."""
