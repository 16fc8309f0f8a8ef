"""``cds dump``: every format read back by pandas, pyarrow and duckdb; filters; incremental
dumps; manifest; atomic replacement (also when the dump process is SIGKILLed)."""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import signal
import subprocess
import sys
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from sqlalchemy import create_engine, insert, select

from cds import dump as dumpmod
from cds import dump_columns, dump_output
from cds.arrow_schema import arrow_schema
from cds.records import FIELD_NAMES, FIELDS
from pipelines.records_io import iso_in, to_record, utc_iso
from pipelines.schema import Article, Base, DumpState, Source

VN = ZoneInfo("Asia/Ho_Chi_Minh")
ROOT = Path(__file__).resolve().parents[1]
#: Whether the text formats (``to_record``) write whole seconds; Parquet keeps microseconds.
TEXT_IN_SECONDS = "." not in utc_iso(datetime(2024, 1, 1, 0, 0, 0, 5, tzinfo=UTC))

SOURCES = [
    dict(id="baodaklak", name="Báo Đắk Lắk", kind="newspaper", province="Đắk Lắk",
         former_province=None),
    dict(id="baophuyen", name="Báo Phú Yên", kind="newspaper", province="Đắk Lắk",
         former_province="Phú Yên"),
    dict(id="hanoimoi", name="Hà Nội Mới", kind="newspaper", province="Hà Nội",
         former_province=None),
    dict(id="vnexpress", name="VnExpress", kind="national", province=None, former_province=None),
]
TRICKY = ('Đắk Lắk đẩy mạnh "chuyển đổi số", nâng cao chất lượng dịch vụ công.\n\n'
          'Đoạn hai: 1,5 triệu hồ sơ; "trích dẫn" và dấu phẩy, cuối\r\ncùng.')


def _utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _article(n: int, source: str, seen: datetime, **kw) -> dict:
    url = f"https://{source}.example.vn/chuyen-doi-so/bai-{n}.html"
    base = dict(
        id=hashlib.sha256(url.encode()).hexdigest()[:32], url=url, source_id=source,
        title=f"Bài {n}: chuyển đổi số ở cơ sở", lead=f"Sapo bài {n}.", author="Minh Châu",
        published_at=seen - timedelta(hours=3), modified_at=None,
        text=f"Nội dung bài {n} về chuyển đổi số.", language="vi",
        topics=["chuyển đổi số"], relevance=0.75, word_count=7,
        content_hash=hashlib.sha256(url.encode()).hexdigest(), duplicate_of=None,
        first_seen_at=seen, fetched_at=seen + timedelta(seconds=1),
    )
    base.update(kw)
    return base


ARTICLES = [
    _article(1, "baodaklak", _utc(2024, 7, 10, 12, 30, 0, 123456), text=TRICKY,
             published_at=datetime(2024, 7, 10, 19, 21, tzinfo=VN),
             modified_at=datetime(2024, 7, 10, 21, 0, tzinfo=VN),
             topics=["chuyển đổi số", "dịch vụ công"], relevance=0.9, word_count=23),
    # NFD input (as a broken writer might leave it): the dump must still be NFC
    _article(2, "baophuyen", _utc(2024, 7, 11, 1, 0),
             title=unicodedata.normalize("NFD", "Phú Yên số hóa hồ sơ"),
             text=unicodedata.normalize("NFD", "Người dân Tuy Hòa dùng VNeID."),
             lead=None, author=None, topics=[]),
    _article(3, "hanoimoi", _utc(2024, 7, 12, 3, 0), text="Dòng một\u2028dòng hai, 'đơn' \\ ."),
    _article(5, "orphan", _utc(2024, 7, 13, 0, 0), relevance=0.0, word_count=0),
]
DUPLICATE = _article(4, "vnexpress", _utc(2024, 7, 12, 5, 0), duplicate_of=ARTICLES[0]["id"])


def create_schema(url: str) -> None:
    from pipelines import db

    if hasattr(db, "upgrade"):
        db.upgrade(url)
    else:  # pragma: no cover - before migrations existed
        engine = create_engine(url)
        Base.metadata.create_all(engine)
        engine.dispose()


@pytest.fixture
def db(database_url) -> str:
    """The sample on SQLite and on PostgreSQL."""
    return _db_on(database_url)


@pytest.fixture
def sqlite_db(sqlite_url) -> str:
    return _db_on(sqlite_url)


def _db_on(url: str) -> str:
    create_schema(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(insert(Source), [dict(s, config={}) for s in SOURCES])
        conn.execute(insert(Article), [*ARTICLES, DUPLICATE])
    engine.dispose()
    return url


def expected(*articles: dict) -> list[dict]:
    """The records, with Python values, as the tests understand the contract."""
    sources = {s["id"]: s for s in SOURCES}
    out = []
    for a in articles:
        s = sources.get(a["source_id"], {})
        rec = {k: a.get(k) for k in FIELD_NAMES}
        rec.update(source=a["source_id"], source_name=s.get("name", a["source_id"]),
                   province=s.get("province"), former_province=s.get("former_province"))
        for k, v in rec.items():
            if isinstance(v, str):
                rec[k] = unicodedata.normalize("NFC", v)
        out.append(rec)
    return out


def canon(value):
    """Loaded value -> comparable Python value (instants in UTC, lists, None for NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        assert value.tzinfo is not None, value
        return value.astimezone(UTC)
    if hasattr(value, "tolist"):
        return canon(value.tolist())
    if isinstance(value, list | tuple):
        return [canon(v) for v in value]
    return value


def canon_records(rows: list[dict], seconds: bool = False) -> list[dict]:
    out = [{k: canon(r[k]) for k in FIELD_NAMES} for r in rows]
    if seconds:
        for r in out:
            r.update({k: v.replace(microsecond=0) for k, v in r.items()
                      if isinstance(v, datetime)})
    return out


def assert_records(rows: list[dict], articles: list[dict], text: bool = False) -> None:
    """``rows`` hold the records of ``articles``; ``text``: read from JSONL/CSV."""
    seconds = text and TEXT_IN_SECONDS
    got, want = canon_records(rows, seconds), canon_records(expected(*articles), seconds)
    assert [r["id"] for r in got] == [r["id"] for r in want]
    for g, w in zip(got, want, strict=True):
        assert g == w
        for k, v in g.items():
            if isinstance(v, str):
                assert unicodedata.is_normalized("NFC", v), (k, v)


def parse_json_record(rec: dict) -> dict:
    """A JSONL/CSV record with its ISO strings parsed (checking the offsets)."""
    out = dict(rec)
    for f in FIELDS:
        v = out[f.name]
        if f.type == "timestamp" and isinstance(v, str):
            if f.name in ("published_at", "modified_at"):
                assert v.endswith("+07:00"), v
            else:
                assert v.endswith(("Z", "+00:00")), v
            out[f.name] = datetime.fromisoformat(v)
    return out


# --- formats ---------------------------------------------------------------------------------


def test_jsonl_read_by_pandas_and_duckdb(db, tmp_path):
    out = tmp_path / "cds.jsonl"
    result = dumpmod.dump(db, out)
    assert result.format == "jsonl" and result.records == 4

    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4  # U+2028 inside a text is escaped, so splitlines() is safe
    first = json.loads(lines[0])
    assert list(first) == list(FIELD_NAMES)
    assert first["published_at"] == "2024-07-10T19:21:00+07:00"
    assert first["first_seen_at"] == utc_iso(ARTICLES[0]["first_seen_at"])
    assert "Đắk Lắk" in lines[0]  # ensure_ascii=False
    assert_records([parse_json_record(json.loads(line)) for line in lines], ARTICLES, True)

    df = pd.read_json(out, lines=True, dtype=False)
    assert_records([parse_json_record(r) for r in df.to_dict("records")], ARTICLES, True)
    assert str(pd.to_datetime(df["published_at"]).dt.tz) == "UTC+07:00"

    rel = duckdb.sql(f"SELECT * FROM read_json_auto('{out}')")
    types = dict(zip(rel.columns, map(str, rel.types), strict=True))
    assert types["published_at"] == types["first_seen_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["topics"] == "VARCHAR[]"
    assert_records([dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()],
                   ARTICLES, True)


def test_csv_read_by_pandas_and_duckdb(db, tmp_path):
    out = tmp_path / "cds.csv"
    dumpmod.dump(db, out)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.splitlines()[0].decode() == ",".join(f'"{n}"' for n in FIELD_NAMES)
    assert b'""chuy\xe1\xbb\x83n \xc4\x91\xe1\xbb\x95i s\xe1\xbb\x91""' in raw  # quotes doubled

    df = pd.read_csv(out, keep_default_na=False, na_values=[""])
    df["topics"] = df["topics"].map(json.loads)
    assert df["word_count"].dtype.kind == "i" and df["relevance"].dtype.kind == "f"
    assert_records([parse_json_record(r) for r in df.to_dict("records")], ARTICLES, True)
    assert df.loc[0, "text"] == TRICKY  # newlines, \r\n, quotes and commas survive

    rel = duckdb.sql(f"SELECT * FROM read_csv('{out}')")
    types = dict(zip(rel.columns, map(str, rel.types), strict=True))
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    rows = [dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()]
    for r in rows:
        r["topics"] = json.loads(r["topics"])
    assert_records(rows, ARTICLES, True)


def test_parquet_typed_and_read_by_pyarrow_pandas_duckdb(db, tmp_path):
    out = tmp_path / "cds.parquet"
    dumpmod.dump(db, out)
    table = pq.read_table(out)
    assert table.schema.equals(arrow_schema(), check_metadata=False)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["published_at"] == "timestamp[us, tz=Asia/Ho_Chi_Minh]"
    assert types["first_seen_at"] == "timestamp[us, tz=UTC]"
    assert types["topics"] == "list<element: string>"
    assert types["word_count"] == "int32" and types["relevance"] == "double"
    assert not table.schema.field("id").nullable and table.schema.field("lead").nullable
    assert table.schema.metadata[b"cds.schema_version"] == b"1.1"
    assert_records(table.to_pylist(), ARTICLES)

    df = pd.read_parquet(out)
    assert str(df["published_at"].dt.tz) == "Asia/Ho_Chi_Minh"
    assert_records(df.to_dict("records"), ARTICLES)

    rel = duckdb.sql(f"SELECT * FROM read_parquet('{out}')")
    assert_records([dict(zip(rel.columns, row, strict=True)) for row in rel.fetchall()],
                   ARTICLES)


def test_jsonl_gz_round_trips(sqlite_db, tmp_path):
    out = tmp_path / "cds.jsonl.gz"
    result = dumpmod.dump(sqlite_db, out)
    assert result.format == "jsonl"
    with gzip.open(out, "rt", encoding="utf-8") as f:
        assert_records([parse_json_record(json.loads(line)) for line in f], ARTICLES, True)
    df = pd.read_json(out, lines=True, dtype=False)
    assert len(df) == 4
    assert json.loads(Path(f"{out}.manifest.json").read_text())["compression"] == "gzip"
    # deterministic: the same data gives the same bytes (no mtime or temp name in the header)
    first = out.read_bytes()
    dumpmod.dump(sqlite_db, out)
    assert out.read_bytes() == first


# --- filters ---------------------------------------------------------------------------------


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


def test_filters(db, tmp_path):
    out = tmp_path / "f.jsonl"
    a1, a2, a3, a5 = (a["id"] for a in ARTICLES)

    dumpmod.dump(db, out, include_duplicates=True)
    assert _ids(out) == [a1, a2, a3, DUPLICATE["id"], a5]  # ordered by first_seen_at
    dumpmod.dump(db, out, sources="baodaklak,hanoimoi")
    assert _ids(out) == [a1, a3]
    dumpmod.dump(db, out, sources=["vnexpress"], include_duplicates=True)
    assert _ids(out) == [DUPLICATE["id"]]
    dumpmod.dump(db, out, province="Đắk Lắk")
    assert _ids(out) == [a1, a2]
    result = dumpmod.dump(db, out, province=unicodedata.normalize("NFD", "Phú Yên"))  # former
    assert _ids(out) == [a2]
    assert result.filters["province"]["name"] == "Phú Yên"
    dumpmod.dump(db, out, province="Hà Nội")
    assert _ids(out) == [a3]
    # naive = Asia/Ho_Chi_Minh: 08:00 +07:00 is 01:00Z, inclusive
    result = dumpmod.dump(db, out, since="2024-07-11T08:00")
    assert _ids(out) == [a2, a3, a5]
    assert result.filters["first_seen_from"] == "2024-07-11T01:00:00.000000+00:00"
    dumpmod.dump(db, out, since="2024-07-12")
    assert _ids(out) == [a3, a5]


def test_since_last_twice_gives_an_empty_dump(db, tmp_path):
    out = tmp_path / "inc.jsonl"
    assert dumpmod.dump(db, out, since="last").records == 4
    second = dumpmod.dump(db, out, since="last")
    assert second.records == 0 and out.read_bytes() == b""
    assert second.watermark == ARTICLES[-1]["first_seen_at"]

    # a newly seen article is the only one in the next dump
    new = _article(6, "hanoimoi", _utc(2024, 7, 14))
    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(insert(Article), [new])
        state = conn.execute(select(DumpState).where(DumpState.path == str(out))).one()
    engine.dispose()
    assert state.records == 0
    assert dumpmod.dump(db, out, since="last").records == 1
    assert _ids(out) == [new["id"]]
    # the watermark belongs to the path: another file starts from scratch
    assert dumpmod.dump(db, tmp_path / "other.jsonl", since="last").records == 5


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl.gz"])
def test_empty_dumps_are_valid_files(sqlite_db, tmp_path, suffix):
    out = tmp_path / f"inc{suffix}"
    dumpmod.dump(sqlite_db, out, since="last")
    assert dumpmod.dump(sqlite_db, out, since="last").records == 0
    if suffix == ".csv":
        assert pd.read_csv(out).columns.tolist() == list(FIELD_NAMES)
        assert out.read_text().count("\n") == 1
    elif suffix == ".parquet":
        table = pq.read_table(out)
        assert table.num_rows == 0
        assert table.schema.equals(arrow_schema(), check_metadata=False)
    else:
        assert gzip.decompress(out.read_bytes()) == b""


# --- manifest and card -----------------------------------------------------------------------


def test_manifest_and_card(sqlite_db, tmp_path):
    out = tmp_path / "cds.parquet"
    result = dumpmod.dump(sqlite_db, out, sources=["baodaklak", "baophuyen"])
    manifest = json.loads(Path(f"{out}.manifest.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    assert manifest["bytes"] == out.stat().st_size
    assert manifest["records"] == 2 and manifest["format"] == "parquet"
    assert manifest["schema_version"] == "1.1"
    from cds import __version__

    assert manifest["project_version"] == __version__
    assert [f["name"] for f in manifest["fields"]] == list(FIELD_NAMES)
    assert {f["name"]: f["parquet_type"] for f in manifest["fields"]}["topics"] == (
        "list<element: string>")
    assert manifest["time_range"] == {
        "published_at": {"min": "2024-07-10T19:21:00+07:00", "max": "2024-07-11T05:00:00+07:00"},
        "first_seen_at": {"min": utc_iso(ARTICLES[0]["first_seen_at"]),
                          "max": utc_iso(ARTICLES[1]["first_seen_at"])},
    }
    assert manifest["filters"]["sources"] == ["baodaklak", "baophuyen"]
    assert manifest["filters"]["include_duplicates"] is False
    assert datetime.fromisoformat(manifest["dumped_at"]).tzinfo is not None

    card = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert result.card_path == tmp_path / "README.md"
    for f in FIELDS:
        assert f"`{f.name}`" in card and f.description.replace("|", "\\|") in card
    for word in ("pandas", "pyarrow", "duckdb", "manifest", "cds.parquet"):
        assert word in card

    # a README that is not ours is never replaced
    (tmp_path / "README.md").write_text("# my notes\n")
    assert dumpmod.dump(sqlite_db, out).card_path is None
    assert (tmp_path / "README.md").read_text() == "# my notes\n"


def test_jsonl_lines_are_to_record(sqlite_db, tmp_path):
    out = tmp_path / "cds.jsonl"
    dumpmod.dump(sqlite_db, out)
    from sqlalchemy.orm import Session

    engine = create_engine(sqlite_db)
    with Session(engine) as session:
        article = session.get(Article, ARTICLES[0]["id"])
        source = session.get(Source, "baodaklak")
        record = to_record(article, source)
    engine.dispose()
    assert record == json.loads(out.read_text().splitlines()[0])


ODD = [  # values where to_record's rules or the time zone's history matter
    _article(30, "hanoimoi", _utc(2024, 7, 20), lead="", author="", language="", topics=None,
             relevance=-0.0, word_count=0, duplicate_of="",
             published_at=_utc(1900, 1, 1, 0, 0, 0, 999999),
             modified_at=_utc(1942, 12, 31, 16, 30)),
    _article(31, "orphan", _utc(2024, 7, 21), relevance=float("inf"), topics=[],
             published_at=_utc(1945, 3, 14, 15, 0, 1), modified_at=_utc(1975, 6, 12, 16, 59, 59)),
]


def test_jsonl_lines_are_to_record_for_odd_values(sqlite_db, tmp_path):
    """Records are converted a batch at a time; each line still is to_record of its row, also
    for empty strings, null topics, old offsets of Asia/Ho_Chi_Minh and a time stored with an
    offset."""
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    engine = create_engine(sqlite_db)
    with engine.begin() as conn:
        conn.execute(insert(Article), ODD)
        conn.execute(text("UPDATE articles SET fetched_at = '2024-07-21 10:00:00.5+07:00' "
                          "WHERE id = :id"), {"id": ODD[1]["id"]})
    out = tmp_path / "cds.jsonl"
    dumpmod.dump(sqlite_db, out, include_duplicates=True)
    lines = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    ids = [a["id"] for a in (ARTICLES[0], ARTICLES[2], ARTICLES[3], DUPLICATE, *ODD)]
    with Session(engine) as session:
        for article in session.scalars(select(Article).where(Article.id.in_(ids))):
            source = session.get(Source, article.source_id) or {"name": article.source_id}
            assert lines[article.id] == to_record(article, source)
    engine.dispose()
    assert lines[ODD[1]["id"]]["fetched_at"] == "2024-07-21T03:00:00+00:00"


def test_times_formatted_an_hour_at_a_time_are_iso_in(monkeypatch):
    """Across the changes of offset of Asia/Ho_Chi_Minh (LMT +07:06:30, +08:00, +09:00), at the
    ends of the datetime range and within an hour (Asia/Gaza, 2010-03-27 00:01 local)."""
    changes = [_utc(1911, 4, 30, 17), _utc(1942, 12, 31, 16), _utc(1945, 3, 14, 15),
               _utc(1945, 9, 1, 15), _utc(1959, 12, 31, 16), _utc(1975, 6, 12, 16)]
    step = timedelta(minutes=7, seconds=13, microseconds=5)
    values = [t + k * step for t in changes for k in range(-200, 200)]
    values += [_utc(1, 1, 1), _utc(9999, 12, 31, 16, 59, 59, 999999), None]
    for f in FIELDS:
        if f.type == "timestamp":
            assert dump_columns.iso_column(values, f.name) == [iso_in(v, f.tz) for v in values]

    gaza = ZoneInfo("Asia/Gaza")
    monkeypatch.setitem(dump_columns._ZONES, "published_at", gaza)
    monkeypatch.setitem(dump_columns._HOUR_TEXT, "published_at", {})
    values = [_utc(2010, 3, 26, 21, 30) + k * step for k in range(20)]
    assert dump_columns.iso_column(values, "published_at") == [
        v.astimezone(gaza).isoformat(timespec="seconds") for v in values]

# --- atomic replacement ----------------------------------------------------------------------


def _stray(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_failed_dump_keeps_the_previous_file(sqlite_db, tmp_path, monkeypatch):
    out = tmp_path / "cds.parquet"
    dumpmod.dump(sqlite_db, out, since="last")
    before = out.read_bytes(), Path(f"{out}.manifest.json").read_bytes()

    real = dumpmod._batches

    def failing(engine, stmt):
        yield from real(engine, stmt)
        raise RuntimeError("database went away")

    monkeypatch.setattr(dumpmod, "_batches", failing)
    with pytest.raises(RuntimeError):
        dumpmod.dump(sqlite_db, out)
    assert (out.read_bytes(), Path(f"{out}.manifest.json").read_bytes()) == before
    assert _stray(tmp_path) == []
    monkeypatch.undo()
    # the watermark did not move: the next incremental dump is still empty, not lost
    assert dumpmod.dump(sqlite_db, out, since="last").records == 0


CHILD = """
import sys, time
import cds.dump as d
d.BATCH_ROWS = 50
import cds.dump_writers as w
write = w._JsonlWriter.write
def slow(self, batch):
    write(self, batch)
    self._f.flush()
    time.sleep(0.05)
w._JsonlWriter.write = slow
d.dump(sys.argv[1], sys.argv[2])
"""


def test_sigkilled_dump_leaves_the_previous_file(sqlite_db, tmp_path):
    out = tmp_path / "cds.jsonl"
    dumpmod.dump(sqlite_db, out)
    before = out.read_bytes()
    engine = create_engine(sqlite_db)
    with engine.begin() as conn:
        conn.execute(insert(Article), [_article(100 + i, "hanoimoi", _utc(2024, 8, 1)
                                                + timedelta(seconds=i)) for i in range(2000)])
    engine.dispose()

    child = subprocess.Popen([sys.executable, "-c", CHILD, sqlite_db, str(out)], cwd=ROOT)
    tmp = dumpmod.temp_path(out.absolute(), child.pid)
    try:
        deadline = time.monotonic() + 30
        while not (tmp.exists() and tmp.stat().st_size > 0):
            assert child.poll() is None, "the dump finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert out.read_bytes() == before
    # the half-written file is hidden and never looks like a dump
    assert tmp.exists() and tmp.name.startswith(".") and not tmp.name.endswith(".jsonl")
    assert sorted(p.name for p in tmp_path.glob("*.jsonl")) == ["cds.jsonl"]
    # the next dump removes what the killed one left behind
    assert dumpmod.dump(sqlite_db, out).records == 2004
    assert _stray(tmp_path) == []


# --- command line ----------------------------------------------------------------------------


def test_cli_dump(sqlite_db, tmp_path, capsys):
    from cds.cli import main

    out = tmp_path / "x" / "cds.data"
    args = ["dump", "--format", "CSV", "--output", str(out), "--database-url", sqlite_db,
            "--source", "baodaklak,baophuyen", "--source", "hanoimoi", "--no-card"]
    assert main(args) == 0
    assert "3 records" in capsys.readouterr().out
    assert len(pd.read_csv(out)) == 3
    assert not (out.parent / "README.md").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--since", "hôm qua"], "bad --since"),
        (["--output", "{tmp}/cds.xml"], "cannot tell the format"),
        (["--output", "{tmp}/cds.csv", "--format", "parquet"], "contradicts"),
        (["--output", "{tmp}/file/cds.jsonl"], "cannot create"),
        (["--output", "{tmp}"], "is a directory"),
        (["--province", "Atlantis"], "unknown province"),
        (["--source", "nosuch,baodaklak,zzz"], "unknown source id(s): nosuch, zzz (the archive "
         "knows baodaklak, baophuyen, hanoimoi, vnexpress)"),
        (["--output", ""], "the output path is empty: give a file name"),
        (["--output", "{tmp}/cds-%(name)s.jsonl"], "unknown placeholder %(name)s"),
    ],
)
def test_cli_bad_input_exits_2_and_keeps_the_dump(sqlite_db, tmp_path, capsys, extra, message):
    from cds.cli import main

    out = tmp_path / "cds.jsonl"
    assert main(["dump", "--output", str(out), "--database-url", sqlite_db]) == 0
    before = out.read_bytes()
    (tmp_path / "file").write_text("not a directory")
    argv = ["dump", "--output", str(out), "--database-url", sqlite_db]
    argv += [a.replace("{tmp}", str(tmp_path)) for a in extra]
    capsys.readouterr()
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert out.read_bytes() == before


def test_cli_unknown_format_exits_2(sqlite_db, tmp_path):
    from cds.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["dump", "--format", "xml", "--output", str(tmp_path / "a.xml"),
              "--database-url", sqlite_db])
    assert exc.value.code == 2


def test_parse_since():
    assert dumpmod.parse_since("last") == "last"
    assert dumpmod.parse_since("2024-07-01") == datetime(2024, 7, 1, tzinfo=VN)
    assert dumpmod.parse_since("2024-07-01T01:00:00Z") == _utc(2024, 7, 1, 1)
    with pytest.raises(dumpmod.DumpError):
        dumpmod.parse_since("yesterday")


def test_postgres_reads_through_a_server_side_cursor(postgres_url, tmp_path, monkeypatch):
    from sqlalchemy import event

    from pipelines import db as dbmod

    url = _db_on(postgres_url)
    cursors = []
    make_engine = dbmod.make_engine

    def spying(*args, **kwargs):
        engine = make_engine(*args, **kwargs)

        @event.listens_for(engine, "before_cursor_execute")
        def _spy(conn, cursor, statement, params, context, many):
            if "FROM articles" in statement:
                cursors.append(type(cursor).__name__)

        return engine

    monkeypatch.setattr(dbmod, "make_engine", spying)
    assert dumpmod.dump(url, tmp_path / "pg.parquet").records == 4
    assert cursors == ["ServerCursor"]


def test_since_last_waits_for_rows_still_being_committed(sqlite_db, tmp_path):
    """Rows first seen in the settle window go to the next incremental dump, not nowhere."""
    out = tmp_path / "inc.jsonl"
    dumpmod.dump(sqlite_db, out, since="last")
    fresh = _article(7, "hanoimoi", datetime.now(UTC) - timedelta(seconds=5))
    engine = create_engine(sqlite_db)
    with engine.begin() as conn:
        conn.execute(insert(Article), [fresh])
    engine.dispose()
    assert dumpmod.dump(sqlite_db, out, since="last").records == 0
    later = dumpmod.dump(sqlite_db, out, since="last", settle_seconds=0)
    assert later.records == 1 and _ids(out) == [fresh["id"]]


# --- what a dump must never do -----------------------------------------------------------------


def _cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cds", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("side", ["", "-wal", "-shm", "-journal", "@link"])
def test_cli_refuses_to_write_over_the_archive(sqlite_db, tmp_path, side):
    archive = Path(sqlite_db.removeprefix("sqlite:///"))
    target = tmp_path / "link.db" if side == "@link" else Path(f"{archive}{side}")
    if side == "@link":
        target.symlink_to(archive)
    files = {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    done = _cli("dump", "--database", str(archive), "--format", "jsonl", "-o", str(target))
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1
    assert "refusing to write" in done.stderr and "archive" in done.stderr
    assert {p: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == files
    assert not Path(f"{target}.manifest.json").exists() and not (tmp_path / "README.md").exists()


def test_daemon_refuses_a_dump_output_over_the_archive(sqlite_db, tmp_path, capsys):
    from cds.cli import main

    archive = sqlite_db.removeprefix("sqlite:///")
    before = Path(archive).read_bytes()
    argv = ["daemon", "--database", archive, "--dump-schedule", "0 3 * * *", "--dump-format",
            "jsonl", "--dump-output", archive]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--dump-output: refusing to write" in err and len(err.strip().splitlines()) == 1
    assert Path(archive).read_bytes() == before


def test_unknown_source_writes_nothing(sqlite_db, tmp_path):
    out = tmp_path / "new" / "cds.jsonl"
    with pytest.raises(dumpmod.DumpError, match=r"unknown source id\(s\): nosuch "):
        dumpmod.dump(sqlite_db, out, sources="nosuch")
    assert not out.parent.exists()
    # an id with articles but no row in sources (a source since removed) is still dumpable
    assert dumpmod.dump(sqlite_db, out, sources="orphan").records == 1


def test_unknown_source_in_an_archive_without_sources(sqlite_url, tmp_path):
    create_schema(sqlite_url)
    with pytest.raises(dumpmod.DumpError, match="sources table is empty"):
        dumpmod.dump(sqlite_url, tmp_path / "x.jsonl", sources="nosuch")
    assert list(tmp_path.glob("x.jsonl*")) == []


def test_a_missing_directory_is_created_and_said(sqlite_db, tmp_path):
    out = tmp_path / "a" / "b" / "cds.jsonl"
    done = _cli("dump", "--database-url", sqlite_db, "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"created directory {tmp_path / 'a'}\n" in done.stdout
    assert len(_ids(out)) == 4
    again = _cli("dump", "--database-url", sqlite_db, "-o", str(out))
    assert "created directory" not in again.stdout


def test_the_summary_is_printed_once(sqlite_db, tmp_path):
    done = _cli("dump", "--database-url", sqlite_db, "-o", str(tmp_path / "cds.jsonl"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("4 records") == 1
    assert "records" not in done.stderr, done.stderr


def _add(url: str, *articles: dict) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(insert(Article), list(articles))
    engine.dispose()


def test_since_last_to_a_template_writes_a_new_file_each_run(sqlite_db, tmp_path):
    template = tmp_path / "out" / "cds-%(time)s.jsonl"
    t1, t2, t3 = (_utc(2026, 12, 4, 22, 8, 42), _utc(2026, 12, 5, 22, 8, 42),
                  _utc(2026, 12, 6, 0, 0, 0, 999))
    first = dumpmod.dump(sqlite_db, template, since="last", at=t1)
    assert first.path == tmp_path / "out" / "cds-2026-12-04T22-08-42Z.jsonl"
    assert first.records == 4
    new = _article(6, "hanoimoi", _utc(2024, 7, 14))
    _add(sqlite_db, new)
    second = dumpmod.dump(sqlite_db, template, since="last", at=t2)
    assert second.path.name == "cds-2026-12-05T22-08-42Z.jsonl"
    assert _ids(second.path) == [new["id"]]
    third = dumpmod.dump(sqlite_db, template, since="last", at=t3)
    assert third.path.name == "cds-2026-12-06T00-00-00Z.jsonl" and third.records == 0
    # nothing overwritten: every increment is still on disk, and together they are the archive
    assert len(_ids(first.path)) == 4 and _ids(second.path) == [new["id"]]
    assert third.path.read_bytes() == b""
    # the manifest and the card name the expanded file; the watermark belongs to the template
    for result in (first, second, third):
        manifest = json.loads(result.manifest_path.read_text(encoding="utf-8"))
        assert manifest["file"] == result.path.name
        assert result.path.name in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    engine = create_engine(sqlite_db)
    with engine.connect() as conn:
        keys = conn.execute(select(DumpState.path)).scalars().all()
    engine.dispose()
    assert keys == [str(template)]
    # a templated output never replaces a file, even with the same expansion
    with pytest.raises(dumpmod.DumpError, match="never replaces"):
        dumpmod.dump(sqlite_db, template, since="last", at=t2)
    assert _ids(second.path) == [new["id"]]


def test_date_placeholder(sqlite_db, tmp_path):
    at = datetime(2026, 12, 5, 6, 0, tzinfo=VN)  # 2026-12-04T23:00Z: the name is in UTC
    result = dumpmod.dump(sqlite_db, tmp_path / "%(date)s" / "cds.csv", at=at)
    assert result.path == tmp_path / "2026-12-04" / "cds.csv" and result.format == "csv"
    assert dump_output.expand_output("x-%(time)s.jsonl", at) == "x-2026-12-04T23-00-00Z.jsonl"
    assert dump_output.expand_output("100%-fixed.jsonl", at) == "100%-fixed.jsonl"


def test_cli_template_and_held_back_rows(sqlite_db, tmp_path):
    _add(sqlite_db, _article(7, "hanoimoi", datetime.now(UTC) - timedelta(seconds=5)))
    done = _cli("dump", "--database-url", sqlite_db, "--since", "last",
                "-o", str(tmp_path / "cds-%(time)s.jsonl"))
    assert done.returncode == 0, done.stderr
    [out] = tmp_path.glob("cds-*Z.jsonl")
    assert len(_ids(out)) == 4 and str(out) in done.stdout
    assert "1 record(s) first seen in the last 60 s held back" in done.stdout


def test_scheduled_dump_expands_placeholders(sqlite_db, tmp_path, monkeypatch):
    from scheduler import daemon

    monkeypatch.setattr(daemon, "_daemon", daemon.Daemon(daemon.DaemonConfig(sqlite_db)))
    days = {f"d-{datetime.now(UTC):%Y-%m-%d}.jsonl"}
    daemon.run_dump(str(tmp_path / "d-%(date)s.jsonl"))
    days.add(f"d-{datetime.now(UTC):%Y-%m-%d}.jsonl")
    [out] = tmp_path.glob("d-*.jsonl")
    assert out.name in days and len(_ids(out)) == 4
