"""The duplicate check: which first-seen story an article copies (exact content hash, SimHash
within a threshold through band keys, or enough shared uncommon paragraphs), read from the
database in ONE statement of index lookups."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pipelines.simhash import band_keys, marks_linked, to_signed
from pipelines.storage.database import when


@dataclass(frozen=True)
class Duplicate:
    """The earlier story an article copies: its root id (the first-seen story) and how the copy
    was found: ``kind`` exact | simhash (``distance`` bits apart) | paragraphs (``shared``
    uncommon paragraph marks of the smaller article's ``smaller``)."""

    id: str
    kind: str
    distance: int = 0
    shared: int = 0
    smaller: int = 0

    @property
    def how(self) -> str:
        if self.kind == "simhash":
            return f"simhash distance {self.distance}"
        if self.kind == "paragraphs":
            return f"paragraphs {self.shared}/{self.smaller} shared"
        return self.kind


@dataclass(frozen=True)
class Check:
    """What the duplicate check of article ``id`` saw: whether it was stored, the newest
    committed ``first_seen_at`` (rows committed later are newer), and its parameters."""

    id: str
    stored: bool
    latest: datetime | None
    threshold: int
    min_shared: float


_RANK = {"exact": 0, "simhash": 1, "paragraphs": 2}


@dataclass
class Lookup:
    """One duplicate check: the article's signals and the best candidate seen so far (exact
    before SimHash before paragraphs; then the first seen; stories of the open batch after
    the committed ones, as they are stamped when it commits)."""

    digest: str
    value: int
    marks: frozenset[int]
    exclude: str
    threshold: int
    min_shared: float
    frequent: set[int] = field(default_factory=set)
    best: tuple[tuple[Any, ...], Duplicate] | None = None

    def consider(self, kind: str, aid: str, dup: str | None, seen: datetime, fresh: bool,
                 n: int = 0, b: int = 0) -> None:
        root = dup or aid
        if self.exclude in (aid, root):
            return
        if kind == "paragraphs":
            if not marks_linked(n, len(self.marks), b, self.min_shared):
                return
            found = Duplicate(root, kind, shared=n, smaller=min(len(self.marks), b))
        else:
            found = Duplicate(root, kind, distance=n)
        key = (_RANK[kind], fresh, seen, aid)
        if self.best is None or key < self.best[0]:
            self.best = (key, found)

    @property
    def found(self) -> Duplicate | None:
        return None if self.best is None else self.best[1]


#: The whole duplicate check of an article in one statement. Rows ``(kind, id, duplicate_of,
#: first_seen_at, n, b)``: 'exact' (the first-seen story with the content hash), 'simhash'
#: (within the threshold through a shared band key; ``n`` bits apart), 'paragraphs' (sharing
#: ``n`` of the article's uncommon paragraph marks; ``b`` marks of its own), 'frequent' (mark
#: ``n`` has more than ``cap`` holders: boilerplate, ignored) and one 'stored' (``id``: the
#: checked article when it is stored; ``first_seen_at``: the newest of all).
_CHECK_SQL = """
WITH marks(mark) AS ({marks}),
frequent AS (
  SELECT mark FROM marks m WHERE EXISTS (
    SELECT 1 FROM paragraph_marks p WHERE p.mark = m.mark LIMIT 1 OFFSET :cap)),
shared AS (
  SELECT p.article_id, count(*) AS n FROM marks m JOIN paragraph_marks p ON p.mark = m.mark
  WHERE m.mark NOT IN (SELECT mark FROM frequent)
  GROUP BY p.article_id HAVING count(*) >= :need),
near AS (
  SELECT DISTINCT simhash FROM simhash_bands
  WHERE key {keys} AND {distance} <= :threshold)
SELECT 'exact', id, duplicate_of, first_seen_at, 0, 0 FROM (
  SELECT id, duplicate_of, first_seen_at FROM articles
  WHERE content_hash = :digest AND id <> :id AND coalesce(duplicate_of, '') <> :id
  ORDER BY first_seen_at, id LIMIT 1) AS exact
UNION ALL
SELECT 'simhash', id, duplicate_of, first_seen_at, {distance}, 0 FROM articles
WHERE simhash {near}
UNION ALL
SELECT 'paragraphs', a.id, a.duplicate_of, a.first_seen_at, s.n,
  (SELECT count(*) FROM paragraph_marks p WHERE p.article_id = a.id)
FROM shared s JOIN articles a ON a.id = s.article_id
UNION ALL
SELECT 'frequent', NULL, NULL, NULL, mark, 0 FROM frequent
UNION ALL
SELECT 'stored', (SELECT id FROM articles WHERE id = :id), NULL, max(first_seen_at), 0, 0
FROM articles
"""
#: Per dialect: the marks and the band keys (one array or JSON parameter each, so the statement
#: text never changes and stays prepared), the Hamming distance of ``simhash`` to the value, and
#: the articles of the near hashes (on PostgreSQL an array, so always index lookups).
_CHECK_PARTS = {
    "postgresql": {"marks": "SELECT DISTINCT unnest(CAST(:marks AS bigint[]))",
                   "keys": "= ANY(CAST(:keys AS int[]))",
                   "distance": "bit_count(CAST(simhash # :value AS bit(64)))",
                   "near": "= ANY(ARRAY(SELECT simhash FROM near))"},
    "sqlite": {"marks": "SELECT DISTINCT value FROM json_each(:marks)",
               "keys": "IN (SELECT value FROM json_each(:keys))",
               "distance": "cds_hamming(simhash, :value)",
               "near": "IN (SELECT simhash FROM near)"},
}


class CheckStatement:
    """The check statement of one dialect, run for :class:`Lookup` s; paragraph marks held
    by more than ``cap`` stored stories count as boilerplate."""

    def __init__(self, dialect: str, cap: int) -> None:
        sql = _CHECK_SQL.format(**_CHECK_PARTS[dialect])
        self.sql = sql if dialect == "sqlite" else re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)
        self.dialect = dialect
        self.cap = cap

    def params(self, lookup: Lookup) -> dict[str, Any]:
        keys, marks = band_keys(lookup.value), sorted(lookup.marks)
        sqlite = self.dialect == "sqlite"
        return {"marks": json.dumps(marks) if sqlite else marks,
                "keys": json.dumps(keys) if sqlite else keys,
                "cap": self.cap, "need": min(2, len(marks)), "threshold": lookup.threshold,
                "value": to_signed(lookup.value), "digest": lookup.digest, "id": lookup.exclude}

    def run(self, conn: Any, lookup: Lookup, skip: Any = ()) -> tuple[bool, datetime | None]:
        """Consider the stored stories not in ``skip``; returns whether ``lookup.exclude`` is
        stored and the newest ``first_seen_at``."""
        rows = conn.exec_driver_sql(self.sql, self.params(lookup))
        stored, latest = False, None
        for kind, aid, dup, seen, n, b in rows:
            if kind == "stored":
                stored, latest = aid is not None, when(seen)
            elif kind == "frequent":
                lookup.frequent.add(n)
            elif aid not in skip:
                lookup.consider(kind, aid, dup, when(seen), False, n, b)
        return stored, latest
