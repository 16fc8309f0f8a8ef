"""A fast synthetic archive for :mod:`bench.search`: ``n`` Vietnamese-looking articles.

Words follow a Zipf–Mandelbrot law over 4,500 syllables: the CĐS vocabulary (``chuyển``,
``đổi``, ``số``, ...) holds the top ranks, syllables built from Vietnamese onsets, rhymes and
tones make the tail, so common, middling and rare terms all occur. Paragraphs, titles and leads
are drawn from pools generated once with numpy (an article is a title, a lead and three
paragraphs of the pools: ~190 words, shorter than a real article's ~600 to keep the fill fast).
Dates are spread over 3 years (3% undated: ``first_seen_at`` only), 3% of articles are
syndicated copies, 120 sources over the 34 provinces. Rows go in by bulk inserts (SQLite
``executemany`` in one transaction, PostgreSQL ``COPY``), at revision ``0004`` (before any
search index), so the bench can time the index builds of the migrations.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import make_url

from pipelines.db import make_engine, upgrade
from seeds.provinces import CURRENT_PROVINCES

_CORE = ("chuyển đổi số chính quyền dữ liệu dân cư kinh tế xã hội hạ tầng công nghệ nền tảng "
        "dịch vụ trực tuyến thủ tục hành chính cải cách người doanh nghiệp tỉnh thành phố huyện "
        "thôn bản cán bộ công chức tập huấn ứng dụng định danh điện tử thanh toán tiền mặt cáp "
        "quang trí tuệ nhân tạo đổi mới sáng khoa học nghị quyết đề án triển khai kế hoạch năm "
        "tháng nông nghiệp du lịch giáo dục y tế an ninh mạng bảo mật thông tin truyền báo chí "
        "hội ban chỉ đạo")
CORE = _CORE.split()
ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh",
          "ph", "qu", "r", "s", "t", "th", "tr", "v", "x")
RHYMES = ("a", "ai", "am", "an", "ang", "anh", "ao", "at", "ay", "e", "em", "en", "eo", "i",
          "im", "in", "inh", "o", "oi", "om", "on", "ong", "u", "ui", "um", "un", "ung", "uy",
          "ươ", "ương", "iên", "uôn", "ơi", "ân", "ât", "ên", "ông")
#: Tone marks as combining characters, applied to the rhyme's first vowel.
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
TOPICS = ["chuyển đổi số", "chính quyền số", "kinh tế số", "xã hội số", "dịch vụ công",
          "Đề án 06", "dữ liệu", "hạ tầng số"]
T_END = datetime(2026, 11, 30, tzinfo=UTC)
YEARS = 3
COLUMNS = ("id", "url", "source_id", "title", "lead", "author", "published_at", "modified_at",
           "text", "language", "topics", "relevance", "word_count", "content_hash", "simhash",
           "duplicate_of", "first_seen_at", "fetched_at", "updated_at")
SOURCES = 120


def vocabulary(size: int = 4500) -> list[str]:
    import unicodedata
    words = list(dict.fromkeys(CORE))
    seen = set(words)
    rng = np.random.default_rng(1)
    while len(words) < size:
        onset, rhyme = ONSETS[rng.integers(len(ONSETS))], RHYMES[rng.integers(len(RHYMES))]
        tone = TONES[rng.integers(len(TONES))]
        word = unicodedata.normalize("NFC", onset + rhyme[0] + tone + rhyme[1:])
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Texts:
    """Pools of titles, leads and paragraphs with Zipf-distributed words."""

    def __init__(self, pool: int = 30000, seed: int = 0) -> None:
        self.words = np.array(vocabulary(), dtype=object)
        ranks = np.arange(1, len(self.words) + 1)
        p = 1.0 / (ranks + 2.7) ** 1.05
        self.p = p / p.sum()
        self.rng = np.random.default_rng(seed)
        self.titles = [self._sentence(n).capitalize() for n in self.rng.integers(8, 15, pool)]
        self.leads = [self._sentence(n) for n in self.rng.integers(20, 32, pool)]
        self.paragraphs = [self._sentence(n) for n in self.rng.integers(35, 70, pool)]

    def _sentence(self, n: int) -> str:
        return " ".join(self.rng.choice(self.words, size=n, p=self.p))


def _rows(n: int, texts: Texts, start: int, stop: int, sqlite: bool):
    rng = np.random.default_rng(start + 7)
    k = stop - start
    span = YEARS * 365 * 86400
    ages = rng.integers(0, span, k)
    undated = rng.random(k) < 0.03
    copies = rng.random(k) < 0.03
    sources = rng.integers(0, SOURCES, k)
    pool = len(texts.paragraphs)
    picks = rng.integers(0, pool, (k, 5))
    n_topics = rng.integers(0, 3, k)

    def stamp(value: datetime | None):  # SQLAlchemy's SQLite format, or a datetime for COPY
        if value is None or not sqlite:
            return value
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")

    for j in range(k):
        i = start + j
        published = T_END - timedelta(seconds=int(ages[j]))
        seen = published + timedelta(hours=int(picks[j, 4] % 48))
        body = "\n".join(texts.paragraphs[p] for p in picks[j, 1:4])
        title = texts.titles[picks[j, 0]]
        lead = texts.leads[picks[j, 4]]
        topics = json.dumps([TOPICS[t] for t in picks[j, :n_topics[j]] % len(TOPICS)],
                            ensure_ascii=False)
        dup = f"{(i * 7919) % max(1, start):032x}" if copies[j] and start else None
        yield (f"{i:032x}", f"https://s{sources[j]}.example.vn/tin/{i}", f"s{sources[j]}",
               title, lead, None, None if undated[j] else stamp(published), None, body, "vi",
               topics, 0.5, len(body.split()), f"{i:064x}", None, dup, stamp(seen),
               stamp(seen), stamp(seen))


def fill(url: str, n: int, batch: int = 20000, log=print) -> float:  # noqa: ANN001
    """Sources and ``n`` articles at revision 0004 (no search index yet); returns seconds."""
    upgrade(url, "0004_discovery")
    began = time.perf_counter()
    texts = Texts()
    sqlite = make_url(url).get_backend_name() == "sqlite"
    engine = make_engine(url)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if sqlite:
            cur.execute("PRAGMA synchronous=OFF")
        now = T_END.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else T_END
        sources = [(f"s{k}", f"Báo {k}", "portal" if k % 3 else "newspaper",
                    CURRENT_PROVINCES[k % 34], None, "{}", True, now) for k in range(SOURCES)]
        marks = ", ".join(["%s"] * 8) if not sqlite else ", ".join("?" * 8)
        cur.executemany("INSERT INTO sources (id, name, kind, province, former_province, config,"
                        f" enabled, updated_at) VALUES ({marks})", sources)
        if sqlite:
            insert = (f"INSERT INTO articles ({', '.join(COLUMNS)}) "
                      f"VALUES ({', '.join('?' * len(COLUMNS))})")
            for start in range(0, n, batch):
                cur.executemany(insert, _rows(n, texts, start, min(n, start + batch), True))
                if start % 200000 == 0:
                    log(f"  {start:,} articles, {time.perf_counter() - began:.0f} s")
        else:
            with cur.copy(f"COPY articles ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                for start in range(0, n, batch):
                    for row in _rows(n, texts, start, min(n, start + batch), False):
                        copy.write_row(row)
                    if start % 200000 == 0:
                        log(f"  {start:,} articles, {time.perf_counter() - began:.0f} s")
        raw.commit()
    finally:
        raw.close()
        engine.dispose()
    return time.perf_counter() - began
