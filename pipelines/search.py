"""Full-text search over the archive's articles, diacritics- and case-insensitive.

SQLite: an FTS5 external-content table ``articles_fts`` (``unicode61 remove_diacritics 2``) kept
in step with ``articles`` by triggers. FTS5 does not fold ``đ`` (it has no decomposition), so the
indexed values and the queries go through :func:`fold_sql` / :func:`fold` (``đ``→``d``); the
token count is unchanged, so snippets highlight the original text.

PostgreSQL: a stored generated ``tsvector`` column ``articles.search`` over the ``cds_vi`` text
search configuration (``simple`` behind ``unaccent``) with a GIN index.

Both are created by migration ``0005_search`` (which indexes existing archives) and are not part
of :mod:`pipelines.schema`'s ORM model (the store never writes them: triggers and the generated
column do); :func:`is_search_object` lets schema comparisons skip them.
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


def is_search_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    """Alembic ``include_object``: False for the search table, column and index."""
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    if type_ == "column" and name == PG_COLUMN and getattr(obj, "table", None) is not None \
            and obj.table.name == "articles":
        return False
    return not (type_ == "index" and name == PG_INDEX)


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


def fts5_query(query: str) -> str | None:
    """An FTS5 MATCH expression (every term required), or None when nothing is searchable."""
    parts = []
    for words, prefix in parse(fold(query)):
        phrase = '"' + " ".join(words) + '"'
        parts.append(phrase + ("*" if prefix else ""))
    return " AND ".join(parts) or None


def tsquery(query: str) -> str | None:
    """A ``to_tsquery`` expression (every term required; phrases with ``<->``)."""
    parts = []
    for words, prefix in parse(query):
        quoted = [f"'{w}'" for w in words]  # \w+ holds no quote
        if prefix:
            quoted[-1] += ":*"
        parts.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(parts) or None
