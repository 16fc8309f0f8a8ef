"""SQLite relevance (explorer.ranking): the same order as FTS5's bm25 over the ranked window."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from explorer import ranking
from explorer.filters import Filters
from explorer.query import RANK_WINDOW, articles
from explorer.web import readonly_engine
from pipelines import search
from pipelines.db import session_scope, upgrade
from pipelines.schema import Article, Source

WORDS = ["chuyển", "đổi", "số", "dữ", "liệu", "nền", "tảng", "thành", "phố", "thanh", "toán",
         "thanh", "niên", "tỉnh", "xã", "huyện", "đề", "án", "công", "nghệ", "trí", "tuệ",
         "nhân", "tạo"]
T0 = datetime(2026, 10, 1, 8, tzinfo=UTC)


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def populate(url: str, n: int, start: int = 0, seed: int = 7) -> None:
    """``n`` articles of random words (varied term counts and lengths in the three columns)."""
    upgrade(url)
    rng = random.Random(seed)
    with session_scope(url) as s:
        if start == 0:
            s.add(Source(id="hn", name="Báo Hà Nội", kind="newspaper", province="Hà Nội"))
        for i in range(start, start + n):
            s.add(Article(id=f"a{i:04d}", url=f"http://hn.example/{i}", source_id="hn",
                          title=_words(rng, rng.randint(3, 12)),
                          lead=_words(rng, rng.randint(0, 25)),
                          text=_words(rng, rng.randint(5, 150)),
                          published_at=T0 + timedelta(minutes=i), content_hash=f"h{i}"))


def bm25_order(conn, q: str, limit: int) -> list[str]:  # noqa: ANN001
    """FTS5's own bm25 over the newest RANK_WINDOW matches (what the explorer used before)."""
    fts = search.FTS_TABLE
    return list(conn.execute(text(
        f"SELECT a.id FROM (SELECT rowid AS k, bm25({fts}, 10.0, 4.0, 1.0) AS r FROM {fts} "
        f"WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :w) AS w JOIN articles AS a "
        f"ON a.{search.KEY_COLUMN} = w.k ORDER BY w.r, a.id LIMIT :n"),
        {"q": search.fts5_query(q), "w": RANK_WINDOW, "n": limit}).scalars())


def ranked(conn, q: str, limit: int = 100) -> list[str]:  # noqa: ANN001
    return [r["id"] for r in articles(conn, Filters(q=q, sort="relevance", limit=limit)).rows]


ONE_TERM = ["thanh", "thanh*", "chuyen", "Đề", "\"chuyen doi\"", "\"thanh pho\"", "du*"]
SEVERAL = ["chuyen doi so", "thanh* du lieu", "\"tri tue\" xa", "nen tang thanh pho"]


@pytest.mark.parametrize("q", ONE_TERM + SEVERAL)
def test_relevance_is_bm25s_order(sqlite_url, q):
    """One term: bm25's order without counting its documents; several: bm25's order (fresh
    document counts)."""
    populate(sqlite_url, 500)
    ranking._df_cache.clear()
    engine = readonly_engine(sqlite_url)
    with engine.connect() as conn:
        want = bm25_order(conn, q, 100)
        assert len(want) >= 20 and ranked(conn, q) == want
    engine.dispose()


def test_idfs_are_reused_for_a_while_but_results_are_live(sqlite_url):
    """Several terms: the phrases' IDFs are reused while the archive grows by less than
    DF_DRIFT (articles stored since are found at once), and taken again beyond it."""
    populate(sqlite_url, 400)
    ranking._df_cache.clear()
    engine = readonly_engine(sqlite_url)
    q = "chuyen doi so"
    with engine.connect() as conn:
        assert ranked(conn, q) == bm25_order(conn, q, 100)
    taken = {phrase: n for (_, phrase), (_, n, _) in ranking._df_cache.items()}  # at N
    assert taken == {'"chuyen"': 400, '"doi"': 400, '"so"': 400}
    with session_scope(sqlite_url) as s:  # within 1%: the IDFs are kept
        s.add(Article(id="new", url="http://hn.example/new", source_id="hn",
                      title="Chuyển đổi số, chuyển đổi số", text="Chuyển đổi số.",
                      published_at=T0 + timedelta(days=30), content_hash="new"))
    with engine.connect() as conn:
        assert ranked(conn, q)[0] == "new"
    assert {p: n for (_, p), (_, n, _) in ranking._df_cache.items()} == taken
    populate(sqlite_url, 60, start=402, seed=9)  # beyond: taken again, bm25's order
    with engine.connect() as conn:
        assert ranked(conn, q) == bm25_order(conn, q, 100)
    assert {p: n for (_, p), (_, n, _) in ranking._df_cache.items()} == {p: 461 for p in taken}
    engine.dispose()
