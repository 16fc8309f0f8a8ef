"""Full-text search over the archive's articles, diacritics- and case-insensitive.

SQLite: an FTS5 external-content table ``articles_fts`` (``unicode61 remove_diacritics 2``) kept
in step with ``articles`` by triggers. FTS5 does not fold ``đ`` (it has no decomposition), so the
indexed values and the queries go through :func:`fold_sql` / :func:`fold` (``đ``→``d``); the
token count is unchanged, so snippets highlight the original text.

PostgreSQL: a stored generated ``tsvector`` column ``articles.search`` over the ``cds_vi`` text
search configuration (``simple`` behind ``unaccent``) with a GIN index.

Listing order: lists and searches are ordered newest first by ``coalesce(published_at,
first_seen_at)`` (:data:`LISTED`), then id. Migration ``0007_search_order`` makes the FTS5 rowid
follow that order: ``articles.search_key`` = the listing time's Unix second × 2³¹ + a number
unique within that second, set by the triggers, so ``ORDER BY rowid DESC LIMIT n`` walks the
matches newest first without sorting them all (:mod:`explorer.query` sorts the last second's
ties exactly). Both backends get an index on the listing order (``ix_articles_listed``);
PostgreSQL's planner then picks between walking it (common words) and the GIN index (rare ones).

These objects are created by migrations ``0005_search`` and ``0007_search_order`` (which index
existing archives) and are not part of :mod:`pipelines.schema`'s ORM model (the store never
writes them: triggers and the generated column do); :func:`is_search_object` lets schema
comparisons skip them.
"""

from __future__ import annotations

import re

FTS_TABLE = "articles_fts"
PG_CONFIG = "cds_vi"
PG_COLUMN = "search"
PG_INDEX = "ix_articles_search"
_FOLD = {"đ": "d", "Đ": "D"}


def fold(value: str) -> str:
    """What SQLite's tokenizer cannot fold by itself (``đ``, ``Đ``)."""
    return value.translate(str.maketrans(_FOLD))


def fold_sql(expr: str) -> str:
    for a, b in _FOLD.items():
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr


def _cols(prefix: str) -> str:
    return ", ".join(fold_sql(f"coalesce({prefix}.{c}, '')") for c in ("title", "lead", "text"))


SQLITE_UP = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, lead, text, content='articles', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, title, lead, text) VALUES (new.rowid, {_cols('new')}); END",
    f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, lead, text) "
    f"VALUES ('delete', old.rowid, {_cols('old')}); END",
    f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF title, lead, text ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, lead, text) "
    f"VALUES ('delete', old.rowid, {_cols('old')}); "
    f"INSERT INTO {FTS_TABLE}(rowid, title, lead, text) VALUES (new.rowid, {_cols('new')}); END",
    f"INSERT INTO {FTS_TABLE}(rowid, title, lead, text) "
    f"SELECT rowid, {_cols('articles')} FROM articles",
]
SQLITE_DOWN = [f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{t}" for t in ("ai", "ad", "au")] + [
    f"DROP TABLE IF EXISTS {FTS_TABLE}"]

PG_DOCUMENT = ("setweight(to_tsvector('cds_vi'::regconfig, coalesce(title, '')), 'A') || "
               "setweight(to_tsvector('cds_vi'::regconfig, coalesce(lead, '')), 'B') || "
               "to_tsvector('cds_vi'::regconfig, coalesce(text, ''))")
PG_UP = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR "
    "word, hword, hword_part, asciiword, asciihword, hword_asciipart WITH unaccent, simple",
    f"ALTER TABLE articles ADD COLUMN {PG_COLUMN} tsvector "
    f"GENERATED ALWAYS AS ({PG_DOCUMENT}) STORED",
    f"CREATE INDEX {PG_INDEX} ON articles USING gin ({PG_COLUMN})",
]
PG_DOWN = [f"DROP INDEX IF EXISTS {PG_INDEX}",
           f"ALTER TABLE articles DROP COLUMN IF EXISTS {PG_COLUMN}",
           f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}"]


# --- 0007_search_order: FTS rowid in listing order, an index on the listing order -------------
KEY_COLUMN = "search_key"
KEY_INDEX = "ix_articles_search_key"
LISTED_INDEX = "ix_articles_listed"
LISTED_SQL = "coalesce(published_at, first_seen_at)"
#: Keys of one second span [second × SECOND_SPAN, (second + 1) × SECOND_SPAN).
SECOND_SPAN = 2**31


def _base(row: str) -> str:
    return (f"(CAST(strftime('%s', coalesce({row}.published_at, {row}.first_seen_at)) AS INTEGER)"
            f" * {SECOND_SPAN})")


def _new_key(row: str) -> str:
    """The next free key in the listing second of ``row`` (the unique index finds it)."""
    return (f"coalesce((SELECT max({KEY_COLUMN}) + 1 FROM articles WHERE {KEY_COLUMN} >= "
            f"{_base(row)} AND {KEY_COLUMN} < {_base(row)} + {SECOND_SPAN}), {_base(row)})")


_INDEX_NEW = (f"INSERT INTO {FTS_TABLE}(rowid, title, lead, text) SELECT {KEY_COLUMN}, "
              f"{_cols('articles')} FROM articles WHERE rowid = new.rowid")
SQLITE_ORDER_UP = [
    *SQLITE_DOWN,
    f"ALTER TABLE articles ADD COLUMN {KEY_COLUMN} INTEGER",
    # Existing rows: within a second, later and then smaller ids get larger keys (list order).
    f"UPDATE articles SET {KEY_COLUMN} = k.key FROM (SELECT rowid AS r, {_base('articles')} + "
    f"row_number() OVER (PARTITION BY {_base('articles')} ORDER BY {LISTED_SQL}, id DESC) - 1 "
    "AS key FROM articles) AS k WHERE articles.rowid = k.r",
    f"CREATE UNIQUE INDEX {KEY_INDEX} ON articles ({KEY_COLUMN})",
    f"CREATE INDEX {LISTED_INDEX} ON articles ({LISTED_SQL} DESC, id)",
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, lead, text, content='articles', "
    f"content_rowid='{KEY_COLUMN}', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON articles BEGIN "
    f"UPDATE articles SET {KEY_COLUMN} = {_new_key('new')} WHERE rowid = new.rowid; "
    f"{_INDEX_NEW}; END",
    f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, lead, text) "
    f"VALUES ('delete', old.{KEY_COLUMN}, {_cols('old')}); END",
    # Not fired by its own key update (search_key is not in the column list).
    f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE OF title, lead, text, published_at, "
    f"first_seen_at ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, lead, text) "
    f"VALUES ('delete', old.{KEY_COLUMN}, {_cols('old')}); "
    f"UPDATE articles SET {KEY_COLUMN} = CASE WHEN old.{KEY_COLUMN} >= {_base('new')} AND "
    f"old.{KEY_COLUMN} < {_base('new')} + {SECOND_SPAN} THEN old.{KEY_COLUMN} ELSE "
    f"{_new_key('new')} END WHERE rowid = new.rowid; {_INDEX_NEW}; END",
    f"INSERT INTO {FTS_TABLE}(rowid, title, lead, text) "
    f"SELECT {KEY_COLUMN}, {_cols('articles')} FROM articles ORDER BY {KEY_COLUMN}",
]
SQLITE_ORDER_DOWN = [f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{t}" for t in ("ai", "ad", "au")] + [
    f"DROP TABLE IF EXISTS {FTS_TABLE}", f"DROP INDEX IF EXISTS {LISTED_INDEX}",
    f"DROP INDEX IF EXISTS {KEY_INDEX}", f"ALTER TABLE articles DROP COLUMN {KEY_COLUMN}",
    *SQLITE_UP]
PG_ORDER_UP = [f"CREATE INDEX {LISTED_INDEX} ON articles (({LISTED_SQL}) DESC, id)"]
PG_ORDER_DOWN = [f"DROP INDEX IF EXISTS {LISTED_INDEX}"]


def second_of(key: int) -> int:
    """The listing second (Unix time) of an FTS rowid."""
    return key // SECOND_SPAN


def is_search_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """Alembic ``include_object``: False for the search table, columns and indexes."""
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    if type_ == "column" and name in (PG_COLUMN, KEY_COLUMN) \
            and getattr(obj, "table", None) is not None and obj.table.name == "articles":
        return False
    return not (type_ == "index" and name in (PG_INDEX, KEY_INDEX, LISTED_INDEX))


_TOKEN = re.compile(r'"[^"]*"|\S+')
_WORD = re.compile(r"\w+")


def parse(query: str) -> list[tuple[list[str], bool]]:
    """Terms of a user query: ``"a phrase"`` and ``prefix*``; each is (words, is_prefix).

    Punctuation is dropped, so no query syntax of either backend leaks through.
    """
    terms = []
    for token in _TOKEN.findall(query):
        words = _WORD.findall(token)
        if words:
            terms.append((words, token.endswith("*") and not token.startswith('"')))
    return terms


def fts5_phrases(query: str) -> list[str]:
    """The FTS5 phrases of ``query``'s terms (``"words"`` or ``"words"*``), in order."""
    return ['"' + " ".join(words) + '"' + ("*" if prefix else "")
            for words, prefix in parse(fold(query))]


def fts5_query(query: str) -> str | None:
    """An FTS5 MATCH expression (every term required), or None when nothing is searchable."""
    return " AND ".join(fts5_phrases(query)) or None


def tsquery(query: str) -> str | None:
    """A ``to_tsquery`` expression (every term required; phrases with ``<->``)."""
    parts = []
    for words, prefix in parse(query):
        quoted = [f"'{w}'" for w in words]  # \w+ holds no quote
        if prefix:
            quoted[-1] += ":*"
        parts.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(parts) or None
