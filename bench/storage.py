"""Benchmark the storage layer: near-duplicate lookup, visited-URL check, storage rate, and the
SimHash threshold and paragraph-mark rule measured on syndicated copies vs distinct stories.

    .venv/bin/python -m bench.storage [--sizes 10000,100000,1000000] [--pg-sizes 10000,100000]

Lookups run against databases pre-filled with N synthetic stories (uniformly random 64-bit
SimHashes, their 28 band keys; 4-8 random paragraph marks each, half of the stories also carrying
one of 20 boilerplate marks, so each of those is held by ~N/40 stories) and N visited URLs,
through the real :class:`Storage` methods. The near-duplicate check of an article is what
DedupePipeline runs for a new story: ``find_match`` (exact copy, SimHash bands and paragraph
marks in one statement) with its content hash, SimHash, marks and URL id.
Prints a Markdown table and writes ``bench/out/storage.json`` (lookup rows of sizes not
re-measured are kept from the previous file).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crawler.urls import url_id
from pipelines import db
from pipelines import simhash as sh
from pipelines.storage import Storage

OUT = Path(__file__).resolve().parent / "out" / "storage.json"
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
FILL_CHUNK = 20_000
WORDS = (  # noqa: SIM905 - prose is easier to read than a 120-item list
    "tỉnh chuyển đổi số chính quyền kinh tế xã hội dịch vụ công trực tuyến hồ sơ người dân "
    "doanh nghiệp hạ tầng cáp quang dữ liệu dân cư định danh điện tử ứng dụng nền tảng tổ công "
    "nghệ cộng đồng thanh toán không dùng tiền mặt sàn thương mại sản phẩm hợp tác xã cán bộ "
    "công chức kỹ năng an toàn thông tin mạng trung tâm giám sát điều hành đô thị thông minh "
    "báo cáo sở ngành địa phương huyện xã phường thôn buôn hội nghị sơ kết năm tháng triển khai "
    "mục tiêu nhiệm vụ giải pháp đầu tư nâng cấp kết nối chia sẻ số hóa văn bản chữ ký"
).split()


# -- synthetic stories ---------------------------------------------------------------------
def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(12, 24))).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def story(rng: random.Random, shared: list[str] | None = None) -> list[str]:
    paras = [_paragraph(rng) for _ in range(rng.randint(4, 8))]
    if shared:  # a stock paragraph that stories on the same topic repeat
        paras.insert(rng.randint(1, len(paras)), rng.choice(shared))
    return paras


def syndicate(paras: list[str], rng: random.Random, kind: str) -> list[str]:
    """A syndicated copy: new first line, site prefix, boilerplate; 'edited' also changes a few
    words in one paragraph, 'trimmed' also drops one body paragraph, 'restructured' (the
    replica's pair) drops the first body paragraph (it became the lead), adds one and edits
    one."""
    site = rng.choice(["(Baodaklak.vn) - ", "ĐẮK LẮK - ", "(Chinhphu.vn) - ", "TTXVN - "])
    body = list(paras[1:])
    if kind == "restructured":
        body = body[1:]
        body.insert(rng.randint(0, len(body)), _paragraph(rng))
        kind = "edited"
    if kind == "edited":
        i = rng.randrange(len(body))
        words = body[i].split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        body[i] = " ".join(words)
    if kind == "trimmed" and len(body) > 3:
        body.pop(rng.randrange(len(body)))
    tail = rng.choice(["Minh Thuận", "Nguồn: Cổng thông tin điện tử tỉnh. Chia sẻ: Facebook, Zalo.",
                       "Xem thêm: Đắk Lắk ra mắt ứng dụng công dân số"])
    return [site + _sentence(rng), *body, tail]


def _marks_found(a: frozenset[int], b: frozenset[int]) -> bool:
    return sh.marks_linked(len(a & b), len(a), len(b), sh.DEFAULT_MIN_SHARED)


def _found(a: int, b: int, threshold: int) -> bool:
    """What the band lookup reports: a shared band key and a distance within ``threshold``."""
    return sh.distance(a, b) <= threshold and bool(set(sh.band_keys(a)) & set(sh.band_keys(b)))


def threshold_study(n: int = 400, seed: int = 11, thresholds=(4, 6, 8, 10, 12)) -> dict:
    """Distances of syndicated copies vs distinct same-topic stories (which share a stock
    paragraph now and then), and the share linked: by the band lookup at each threshold, by the
    paragraph marks, and by the pipeline (SimHash ≤ threshold, else paragraph marks)."""
    rng = random.Random(seed)
    shared = [_paragraph(rng) for _ in range(5)]
    kinds_ = ("prefix+boilerplate", "edited", "trimmed", "restructured")
    pairs: dict[str, list[tuple[int, int]]] = {k: [] for k in (*kinds_, "distinct same topic")}
    marks: dict[str, list[bool]] = {k: [] for k in pairs}
    prev = None
    for _ in range(n):
        paras = story(rng, shared)
        text = "\n\n".join(paras)
        h, pm = sh.text_simhash(text), sh.paragraph_marks(text)
        for kind in kinds_:
            copy = "\n\n".join(syndicate(paras, rng, kind))
            pairs[kind].append((h, sh.text_simhash(copy)))
            marks[kind].append(_marks_found(pm, sh.paragraph_marks(copy)))
        if prev is not None:
            pairs["distinct same topic"].append((h, prev[0]))
            marks["distinct same topic"].append(_marks_found(pm, prev[1]))
        prev = h, pm
    from tests.test_dedupe import (
        DISTINCT_SAME_PROVINCE,
        DISTINCT_SAME_TOPIC,
        PRESS_RELEASE,
        SYNDICATED_A,
        SYNDICATED_B,
    )

    base = sh.text_simhash(PRESS_RELEASE)
    kinds = {}
    for kind, ps in pairs.items():
        dist = [sh.distance(a, b) for a, b in ps]
        kinds[kind] = {"min": min(dist), "max": max(dist),
                       "mean": round(statistics.mean(dist), 2),
                       "linked": {t: round(sum(_found(a, b, t) for a, b in ps) / len(ps), 3)
                                  for t in thresholds},
                       "paragraphs_linked": round(statistics.mean(marks[kind]), 3),
                       "pipeline_linked": round(statistics.mean(
                           _found(a, b, sh.DEFAULT_THRESHOLD) or m
                           for (a, b), m in zip(ps, marks[kind], strict=True)), 3)}
    return {
        "stories": n,
        "pairs": kinds,
        "press_release_test_texts": {
            "syndicated": [sh.distance(base, sh.text_simhash(t)) for t in (SYNDICATED_A,
                                                                           SYNDICATED_B)],
            "distinct": [sh.distance(base, sh.text_simhash(t)) for t in (DISTINCT_SAME_TOPIC,
                                                                         DISTINCT_SAME_PROVINCE)],
            "whole_text_simhash_syndicated": [sh.distance(sh.simhash(PRESS_RELEASE),
                                                          sh.simhash(t))
                                              for t in (SYNDICATED_A, SYNDICATED_B)],
        },
        "threshold": sh.DEFAULT_THRESHOLD,
    }


# -- databases -----------------------------------------------------------------------------
class PgDatabase:
    def __init__(self) -> None:
        self.name = f"cds_bench_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = make_url(PG_SERVER).set(database=self.name).render_as_string(False)

    def drop(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self.admin.dispose()


BOILERPLATE_MARKS = 20


def story_marks(i: int, seed: int) -> list[int]:
    """Paragraph marks of bench story ``i``: 4-8 of its own, then (every other story) one of
    :data:`BOILERPLATE_MARKS` shared ones; derived from (seed, i), so nothing is kept in memory."""
    rng = random.Random(seed * 7_919 + i)
    own = [sh.to_signed(rng.getrandbits(64)) for _ in range(rng.randint(4, 8))]
    return own + ([boilerplate_mark(i % BOILERPLATE_MARKS)] if i % 2 else [])


def boilerplate_mark(n: int) -> int:
    return sh.paragraph_mark(f"đoạn kết chuẩn số {n} của trang")


def _rows(start: int, stop: int, rng: random.Random):
    now = datetime(2024, 7, 10, tzinfo=UTC)
    for i in range(start, stop):
        value = rng.getrandbits(64)
        url = f"https://bao{i % 60}.example.vn/cds/bai-{i}.html"
        yield i, url_id(url), url, value, now


def fill(url: str, start: int, stop: int, seed: int) -> list[int]:
    """Add stories start..stop (articles, bands, visited) with bulk inserts; returns hashes."""
    rng = random.Random(seed * 1_000_003 + start)
    hashes: list[int] = []
    engine = db.make_engine(url)
    raw = engine.raw_connection()
    pg = engine.dialect.name == "postgresql"
    p = "%s" if pg else "?"
    try:
        cur = raw.cursor()
        for lo in range(start, stop, FILL_CHUNK):
            arts, bands, visits, marks = [], [], [], []
            for i, aid, u, value, now in _rows(lo, min(stop, lo + FILL_CHUNK), rng):
                marks.extend((m, aid) for m in story_marks(i, seed))
                hashes.append(value)
                signed = sh.to_signed(value)
                stamp = now if pg else now.strftime("%Y-%m-%d %H:%M:%S.%f")
                arts.append((aid, u, "bench", "t", stamp, "x", "vi", "[]", 0.5, 1,
                             f"{value:064x}", signed, stamp, stamp, stamp))
                bands.extend((k, signed) for k in sh.band_keys(value))
                visits.append((aid, u, "bench", "stored", 1, stamp, stamp))
            if pg:
                with cur.copy("COPY articles (id, url, source_id, title, published_at, text, "
                              "language, topics, relevance, word_count, content_hash, simhash, "
                              "first_seen_at, fetched_at, updated_at) FROM STDIN") as copy:
                    for row in arts:
                        copy.write_row(row)
                with cur.copy("COPY simhash_bands (key, simhash) FROM STDIN") as copy:
                    for row in bands:
                        copy.write_row(row)
                with cur.copy("COPY paragraph_marks (mark, article_id) FROM STDIN") as copy:
                    for row in marks:
                        copy.write_row(row)
                with cur.copy("COPY visited_urls (url_id, url, source_id, outcome, attempts, "
                              "first_seen_at, last_attempt_at) FROM STDIN") as copy:
                    for row in visits:
                        copy.write_row(row)
            else:
                cur.executemany(
                    "INSERT INTO articles (id, url, source_id, title, published_at, text, "
                    "language, topics, relevance, word_count, content_hash, simhash, "
                    f"first_seen_at, fetched_at, updated_at) VALUES ({', '.join([p] * 15)})",
                    arts)
                cur.executemany(f"INSERT INTO simhash_bands (key, simhash) VALUES ({p}, {p})",
                                bands)
                cur.executemany("INSERT INTO paragraph_marks (mark, article_id) VALUES "
                                f"({p}, {p})", marks)
                cur.executemany("INSERT INTO visited_urls (url_id, url, source_id, outcome, "
                                f"attempts, first_seen_at, last_attempt_at) VALUES "
                                f"({', '.join([p] * 7)})", visits)
            raw.commit()
        if pg:  # what autovacuum does on a live database (index-only scans need it)
            raw.driver_connection.autocommit = True
            cur.execute("VACUUM ANALYZE")
    finally:
        raw.close()
        engine.dispose()
    return hashes


def _flip(value: int, rng: random.Random, bits: int) -> int:
    for bit in rng.sample(range(64), bits):
        value ^= 1 << bit
    return value


def _fresh_marks(rng: random.Random) -> list[int]:
    """A new story's marks: 4-8 never seen, every other one with a boilerplate mark."""
    own = [sh.to_signed(rng.getrandbits(64)) for _ in range(rng.randint(4, 8))]
    return own + ([boilerplate_mark(rng.randrange(BOILERPLATE_MARKS))] if rng.random() < 0.5
                  else [])


def _copy_marks(i: int, seed: int, rng: random.Random) -> list[int]:
    """A restructured copy of story ``i``: one of its own paragraphs dropped, one added."""
    marks = story_marks(i, seed)
    own = [m for m in marks if m not in BOILERPLATE_SET]
    own.pop(rng.randrange(len(own)))
    return own + [sh.to_signed(rng.getrandbits(64))] + [m for m in marks if m in BOILERPLATE_SET]


BOILERPLATE_SET = frozenset(boilerplate_mark(n) for n in range(BOILERPLATE_MARKS))


def _ms(values: list[float]) -> tuple[float, float]:
    """Mean and p95 in ms."""
    return (round(statistics.mean(values) * 1e3, 3),
            round(sorted(values)[int(0.95 * len(values))] * 1e3, 3))


def _article(rng: random.Random, marks: list[int], value: int | None = None) -> dict:
    """``find_match`` arguments of an article at an unseen URL with an unseen content hash."""
    return {"digest": f"{rng.getrandbits(256):064x}", "marks": marks,
            "value": rng.getrandbits(64) if value is None else value,
            "exclude_id": f"{rng.getrandbits(128):032x}"}


#: Checks run before timing (psycopg prepares a statement on its 5th run, as a crawl soon does).
WARM_UP = 5


def measure_checks(url: str, n: int, queries: int, seed: int) -> dict:
    """The whole DedupePipeline check of a new story and of a restructured copy (found by its
    paragraph marks); new stories also without the boilerplate cap (every holder of a
    boilerplate mark read) to show what it saves."""
    rng = random.Random(seed + 1)
    storage = Storage(url, migrate=False)
    uncapped = Storage(url, migrate=False, mark_stories=10**9)
    for _ in range(WARM_UP):
        storage.find_match(**_article(rng, _fresh_marks(rng)))
        uncapped.find_match(**_article(rng, _fresh_marks(rng)))
    copy_t, new_t, raw_t = [], [], []
    found = false_pos = 0
    for _ in range(queries):
        i = rng.randrange(n)
        args = _article(rng, _copy_marks(i, seed, rng))
        t = time.perf_counter()
        match = storage.find_match(**args)
        copy_t.append(time.perf_counter() - t)
        found += match is not None and match.id == url_id(
            f"https://bao{i % 60}.example.vn/cds/bai-{i}.html")
        args = _article(rng, _fresh_marks(rng))
        t = time.perf_counter()
        miss = storage.find_match(**args)
        new_t.append(time.perf_counter() - t)
        false_pos += miss is not None
        t = time.perf_counter()
        uncapped.find_match(**args)
        raw_t.append(time.perf_counter() - t)
    storage.close()
    uncapped.close()
    return {
        "near_duplicate_check_ms": _ms(new_t),
        "check_ms_restructured_copy": _ms(copy_t),
        "check_ms_new_uncapped": _ms(raw_t),
        "paragraph_recall_restructured": found / queries,
        "paragraph_false_positives_new": false_pos / queries,
        "boilerplate_mark_holders": n // 2 // BOILERPLATE_MARKS,
    }


def measure_lookups(url: str, n: int, hashes: list[int], queries: int, seed: int) -> dict:
    """The SimHash lookup alone (``find_match`` without paragraph marks) of hashes near a stored
    one and of random ones, and the visited-URL check."""
    rng = random.Random(seed)
    storage = Storage(url, migrate=False)
    for _ in range(WARM_UP):
        storage.find_match(**_article(rng, []))
    near_t, miss_t, found, false_pos = [], [], 0, 0
    for _ in range(queries):
        target = rng.choice(hashes)
        args = _article(rng, [], _flip(target, rng, rng.randint(1, sh.MAX_DISTANCE)))
        t = time.perf_counter()
        match = storage.find_match(**args)
        near_t.append(time.perf_counter() - t)
        found += match is not None
        args = _article(rng, [])
        t = time.perf_counter()
        false_pos += storage.find_match(**args) is not None
        miss_t.append(time.perf_counter() - t)
    # visited-URL check: batches of 500, half of them known
    per_url = []
    for _ in range(max(5, queries // 50)):
        known = [f"https://bao{i % 60}.example.vn/cds/bai-{i}.html"
                 for i in rng.sample(range(n), 250)]
        fresh = [f"https://new.example.vn/{uuid.uuid4().hex}.html" for _ in range(250)]
        t = time.perf_counter()
        unseen = storage.unseen(known + fresh)
        per_url.append((time.perf_counter() - t) / 500)
        assert len(unseen) == 250
    storage.close()
    both = near_t + miss_t
    return {
        "stored": n,
        "near_lookup_ms_mean": round(statistics.mean(both) * 1e3, 3),
        "near_lookup_ms_p95": round(sorted(both)[int(0.95 * len(both))] * 1e3, 3),
        "recall_within_threshold": found / queries,
        "false_positives_random": false_pos / queries,
        "expected_band_candidates": round(len(sh.BANDS) * n / 65536, 1),
        "chance_false_link_per_article": _chance_false_link(n),
        "visited_check_us_per_url": round(statistics.mean(per_url) * 1e6, 2),
        **measure_checks(url, n, queries, seed),
    }


def _chance_false_link(n: int, threshold: int = sh.DEFAULT_THRESHOLD) -> float:
    """Chance that an unrelated story (independent hash) is linked: expected band candidates
    times P(the other 48 bits differ in at most ``threshold``)."""
    from math import comb

    p = sum(comb(48, k) for k in range(threshold + 1)) / 2**48
    return float(f"{p * len(sh.BANDS) * n / 65536:.2e}")


def measure_store_rate(url: str, articles: int, seed: int) -> dict:
    """Articles/s through the dedupe check + store_article (batch 50), fresh database."""
    rng = random.Random(seed)
    records = []
    for i in range(articles):
        paras = story(rng)
        if i % 10 == 9:  # every tenth is a syndicated copy of an earlier one
            paras = syndicate(records[rng.randrange(len(records))]["paras"], rng,
                              rng.choice(["edited", "trimmed", "restructured"]))
        records.append({"url": f"https://bao{i % 40}.example.vn/rate/{i}.html",
                        "source": f"bao{i % 40}", "title": f"Bài {i}",
                        "text": "\n\n".join(paras), "paras": paras,
                        "published_at": datetime(2024, 7, 10, tzinfo=UTC)})
    storage = Storage(url, batch_size=50)
    stored = dups = 0
    t = time.perf_counter()
    for rec in records:
        digest = sh.content_hash(rec["text"])
        found = storage.find_duplicate(rec["text"], digest, exclude_id=url_id(rec["url"]))
        status = storage.store_article({**rec, "content_hash": digest,
                                        "duplicate_of": found and found.id})
        stored += status == "stored"
        dups += status == "duplicate"
    storage.close()
    elapsed = time.perf_counter() - t
    return {"articles": articles, "seconds": round(elapsed, 2),
            "articles_per_s": round(articles / elapsed, 1), "stored": stored, "duplicates": dups}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000",
                        help="stored stories for the SQLite lookups (grown step by step)")
    parser.add_argument("--pg-sizes", default="10000,100000",
                        help="the same on PostgreSQL ('' to skip)")
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--rate-articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    result: dict = {"machine": platform.platform(), "python": platform.python_version(),
                    "when": datetime.now(UTC).isoformat(timespec="seconds")}

    print("threshold study …", flush=True)
    result["threshold"] = threshold_study()
    result["simhash_ms_per_article"] = _simhash_cost()

    lookups = []
    with tempfile.TemporaryDirectory(prefix="cds-bench-") as tmp:
        backends = [("sqlite", f"sqlite:///{tmp}/bench.db", args.sizes)]
        if args.pg_sizes:
            backends.append(("postgresql", None, args.pg_sizes))
        for backend, url, sizes in backends:
            pg = PgDatabase() if backend == "postgresql" else None
            url = pg.url if pg else url
            try:
                db.upgrade(url)
                hashes: list[int] = []
                for n in sorted(int(s) for s in sizes.split(",") if s):
                    t = time.perf_counter()
                    hashes += fill(url, len(hashes), n, args.seed)
                    print(f"{backend}: filled {n:,} in {time.perf_counter() - t:.0f}s", flush=True)
                    row = {"backend": backend, **measure_lookups(url, n, hashes, args.queries,
                                                                 args.seed)}
                    lookups.append(row)
                    print(row, flush=True)
            finally:
                if pg:
                    pg.drop()
        result["lookups"] = _merge(lookups)

        rates = [{"backend": "sqlite", **measure_store_rate(f"sqlite:///{tmp}/rate.db",
                                                            args.rate_articles, args.seed)}]
        pg = PgDatabase()
        try:
            rates.append({"backend": "postgresql",
                          **measure_store_rate(pg.url, args.rate_articles, args.seed)})
        finally:
            pg.drop()
        result["store_rate"] = rates

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(render(result))
    return 0


def _merge(lookups: list[dict]) -> list[dict]:
    """This run's rows plus earlier rows (bench/out/storage.json) of other backend/sizes, so a
    long size (1M) need not be re-run to re-measure a short one."""
    rows = {}
    if OUT.exists():
        for row in json.loads(OUT.read_text()).get("lookups", []):
            rows[(row["backend"], row["stored"])] = row
    rows.update({(row["backend"], row["stored"]): row for row in lookups})
    return [rows[k] for k in sorted(rows)]


def _simhash_cost() -> float:
    rng = random.Random(3)
    texts = ["\n\n".join(story(rng)) for _ in range(200)]
    t = time.perf_counter()
    for x in texts:
        sh.text_simhash(x)
    return round((time.perf_counter() - t) / len(texts) * 1e3, 3)


def render(r: dict) -> str:
    lines = ["| backend | stored stories | SimHash lookup mean / p95 (ms) | recall ≤6 bits | "
             "false pos. | band candidates (expected) | visited check (µs/URL) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for x in r["lookups"]:
        lines.append(f"| {x['backend']} | {x['stored']:,} | {x['near_lookup_ms_mean']} / "
                     f"{x['near_lookup_ms_p95']} | {x['recall_within_threshold']:.0%} | "
                     f"{x['false_positives_random']:.0%} | {x['expected_band_candidates']} | "
                     f"{x['visited_check_us_per_url']} |")
    lines += ["", "The whole near-duplicate check of an article (find_match: content hash, "
              "SimHash bands and paragraph marks in one statement; mean / p95 ms):", "",
              "| backend | stored stories | check of a new story | restructured copy | new "
              "story, no boilerplate cap | holders per boilerplate mark | recall (restructured) "
              "| false pos. |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for x in r["lookups"]:
        if "check_ms_restructured_copy" not in x:
            continue
        ms = [" / ".join(str(v) for v in x[k]) for k in (
            "near_duplicate_check_ms", "check_ms_restructured_copy", "check_ms_new_uncapped")]
        lines.append(f"| {x['backend']} | {x['stored']:,} | {' | '.join(ms)} | "
                     f"{x['boilerplate_mark_holders']:,} | "
                     f"{x['paragraph_recall_restructured']:.0%} | "
                     f"{x['paragraph_false_positives_new']:.0%} |")
    lines += ["", "| backend | articles | articles/s (dedupe check + store, batch 50) |",
              "|---|---:|---:|"]
    for x in r["store_rate"]:
        lines.append(f"| {x['backend']} | {x['articles']} | {x['articles_per_s']} |")
    t = r["threshold"]
    ths = list(next(iter(t["pairs"].values()))["linked"])
    lines += ["", f"SimHash threshold {t['threshold']} bits; SimHash of one article "
              f"{r['simhash_ms_per_article']} ms (independent of N). Share of pairs the band "
              "lookup links, by threshold:", "",
              "| pair | min / mean / max distance (bits) | "
              + " | ".join(f"≤{x}" for x in ths) + " | paragraph marks | pipeline (SimHash "
              f"≤{t['threshold']}, else marks) |",
              "|---|---:|" + "---:|" * (len(ths) + 2)]
    for kind, v in t["pairs"].items():
        lines.append(f"| {kind} | {v['min']} / {v['mean']} / {v['max']} | "
                     + " | ".join(f"{v['linked'][x]:.0%}" for x in ths)
                     + f" | {v.get('paragraphs_linked', 0):.0%} | "
                       f"{v.get('pipeline_linked', 0):.0%} |")
    lines.append(f"\nTest press release: copies {t['press_release_test_texts']['syndicated']}, "
                 f"distinct {t['press_release_test_texts']['distinct']} bits "
                 f"(whole-text SimHash of the copies: "
                 f"{t['press_release_test_texts']['whole_text_simhash_syndicated']}).")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
