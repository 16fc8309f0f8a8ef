r"""SQLite relevance: FTS5's ``bm25`` (weights 10 title, 4 lead, 1 text), computed here over the
ranked window only.

FTS5's own ``bm25()`` counts the documents of each phrase over the whole index once per query
(~37 ms per very common word at 1M articles, whatever the LIMIT). Here the window's rows come in
one walk down the index with ``highlight()`` of each column (the phrase instances of the row:
FTS5's own tokenizer and matcher), their token counts from the ``_docsize`` shadow table, and
the row and token totals from the averages record; the formula is FTS5's (``fts5_aux.c``:
k1 = 1.2, b = 0.75, IDF = ln((N − n + 0.5) / (n + 0.5)), at least 1e-6).

* Instances: one per highlighted span for a one-word query; otherwise each span is split
  into words (``\w+``, case and diacritics folded as ``unicode61 remove_diacritics 2`` folds
  Vietnamese) and every phrase's occurrences in it are counted (spans merge overlapping
  instances, so this finds them all).
* IDF: one phrase (the common case) has the same IDF in every row, so the order is bm25's
  without counting its documents. Several phrases: each phrase's IDF is read off FTS5's bm25
  of that phrase alone on one row (as costly as bm25: a pass over the phrase's documents) and
  kept per process for :data:`DF_TTL` seconds while the archive's size stays within
  :data:`DF_DRIFT` of the size it was taken at: meanwhile the weights may lag the articles
  stored since; the results never do (window, sizes and totals are read live).
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, text

from pipelines import search

K1, B = 1.2, 0.75
WEIGHTS = (10.0, 4.0, 1.0)  # title, lead, text
#: Several-phrase queries: a phrase's IDF is reused for DF_TTL seconds, while the archive's
#: article count stays within DF_DRIFT of the count it was taken at (at most DF_CACHE_SIZE kept).
DF_TTL = 600.0
DF_DRIFT = 0.01
DF_CACHE_SIZE = 10000
OPEN, CLOSE = "\x02", "\x03"
_WORD = re.compile(r"\w+")
_SPAN = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
_df_cache: dict[tuple[str, str], tuple[float, int, float]] = {}


def highlights_sql(fts: str) -> list[str]:
    return [f"highlight({fts}, {i}, char(2), char(3))" for i in range(len(WEIGHTS))]


def highlights(fts: str) -> list:
    """The ``highlight()`` columns the window query selects (title, lead, text)."""
    return [text(h) for h in highlights_sql(fts)]


def _varints(blob: bytes) -> list[int]:
    """SQLite varints (as FTS5 stores sizes and totals)."""
    out, i = [], 0
    while i < len(blob):
        value = 0
        for j in range(9):
            byte = blob[i]
            i += 1
            if j == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out


def _token(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", search.fold(word).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _phrases(q: str) -> list[tuple[list[str], bool]]:
    return [([_token(w) for w in words], prefix) for words, prefix in search.parse(q)]


def _count(tokens: list[str], phrase: tuple[list[str], bool]) -> int:
    words, prefix = phrase
    n = len(words)
    return sum(1 for j in range(len(tokens) - n + 1)
               if tokens[j:j + n - 1] == words[:-1] and (
                   tokens[j + n - 1].startswith(words[-1]) if prefix
                   else tokens[j + n - 1] == words[-1]))


def _frequencies(columns: Sequence[str | None], phrases: list,
                 seen: dict[str, list[int]]) -> list[float]:
    """Per phrase, its weighted instance count in the row's highlighted columns (``seen``:
    instances per phrase of each span text, filled as spans come)."""
    freq = [0.0] * len(phrases)
    for weight, value in zip(WEIGHTS, columns, strict=True):
        if not value or OPEN not in value:
            continue
        for span, k in Counter(_SPAN.findall(value)).items():
            counts = seen.get(span)
            if counts is None:
                tokens = [_token(w) for w in _WORD.findall(span)]
                counts = seen[span] = [_count(tokens, phrase) for phrase in phrases]
            for i, n in enumerate(counts):
                freq[i] += weight * n * k
    return freq


def _saturated(f: float, size: int, avgdl: float) -> float:
    """bm25's term-frequency part of a phrase with weighted count ``f`` in a row of ``size``
    tokens (as ``fts5_aux.c`` computes it, operation for operation)."""
    return (f * (K1 + 1.0)) / (f + K1 * (1 - B + B * size / avgdl))


def _sizes(conn: Connection, keys: list[int]) -> dict[int, int]:
    """The rows' token counts (all columns), from the ``_docsize`` shadow table."""
    return {k: sum(_varints(sz)) for k, sz in conn.execute(
        text(f"SELECT id, sz FROM {search.FTS_TABLE}_docsize WHERE id IN :keys")
        .bindparams(bindparam("keys", expanding=True)), {"keys": keys})}


def _counted_idf(conn: Connection, phrase: str, rows: int) -> float:
    """bm25's IDF from the phrase's document count (if no instance was found in its row)."""
    n = conn.execute(text(f"SELECT count(*) FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} "
                          "MATCH :p"), {"p": phrase}).scalar_one()
    value = math.log((rows - n + 0.5) / (n + 0.5))
    return value if value > 0 else 1e-6


def _idfs(conn: Connection, q: str, rows: int, avgdl: float) -> list[float]:
    """Each phrase's IDF: reused when taken less than :data:`DF_TTL` seconds ago in this
    archive (its file) at a size within :data:`DF_DRIFT`; else read off FTS5's bm25 of the
    phrase alone on its newest row (bm25 = −IDF × the part computed here), which costs what
    bm25 costs: one pass over the phrase's documents."""
    if len(_df_cache) > DF_CACHE_SIZE:
        _df_cache.clear()
    where = conn.exec_driver_sql("PRAGMA database_list").all()[0][2]
    now = time.monotonic()
    fts, weights = search.FTS_TABLE, ", ".join(map(str, WEIGHTS))
    out = []
    for phrase, parsed in zip(search.fts5_phrases(q), _phrases(q), strict=True):
        hit = _df_cache.get((where, phrase))
        if hit is None or now - hit[0] > DF_TTL or abs(rows - hit[1]) > DF_DRIFT * rows:
            row = conn.execute(text(
                f"SELECT rowid, bm25({fts}, {weights}), {', '.join(highlights_sql(fts))} "
                f"FROM {fts} WHERE {fts} MATCH :p ORDER BY rowid DESC LIMIT 1"),
                {"p": phrase}).first()
            idf = 1e-6  # no row holds the phrase: neither does any result
            if row is not None:
                key, bm25, *columns = row
                f = _frequencies(columns, [parsed], {})[0]
                part = _saturated(f, _sizes(conn, [key]).get(key, 0), avgdl)
                idf = -bm25 / part if part > 0 else _counted_idf(conn, phrase, rows)
            hit = _df_cache[(where, phrase)] = (now, rows, idf)
        out.append(hit[2])
    return out


def scores(conn: Connection, q: str, window: list[tuple[int, Sequence[str | None]]]
           ) -> dict[int, float]:
    """bm25 (negative: lower is better, as FTS5's) of each ``(key, highlighted columns)``."""
    if not window:
        return {}
    totals = _varints(conn.execute(text(f"SELECT block FROM {search.FTS_TABLE}_data "
                                        "WHERE id = 1")).scalar_one())
    rows, avgdl = totals[0], sum(totals[1:]) / max(totals[0], 1)
    sizes = _sizes(conn, [k for k, _ in window])
    phrases = _phrases(q)
    idf = [1.0] if len(phrases) == 1 else _idfs(conn, q, rows, avgdl)
    out, seen = {}, {}
    for key, columns in window:
        score = 0.0
        for weight, f in zip(idf, _frequencies(columns, phrases, seen), strict=True):
            score += weight * _saturated(f, sizes.get(key, 0), avgdl)
        out[key] = -1.0 * score
    return out
