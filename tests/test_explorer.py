"""The explorer on SQLite and PostgreSQL: Vietnamese search, filters, keyset pages, and the
page, the JSON API and the per-filter Atom feed agreeing on the same filters."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import feedparser
import pytest
from lxml import html
from sqlalchemy import create_engine, delete, text, update

from explorer.charts import weekly
from explorer.filters import Filters
from explorer.web import readonly_engine
from pipelines.db import session_scope, upgrade
from pipelines.records_io import LOCAL_TZ
from pipelines.schema import Article, Source
from scheduler.web import start_in_thread

T0 = datetime(2026, 10, 1, 8, tzinfo=UTC)
TITLES = [
    ("Lào Cai đẩy mạnh chuyển đổi số trong nông nghiệp", "lc", ["chuyển đổi số"]),
    ("Chính quyền số ở Đắk Lắk: dữ liệu dân cư", "dl", ["chính quyền số", "dữ liệu"]),
    ("Hà Nội ra mắt nền tảng dữ liệu mở", "hn", ["dữ liệu"]),
    ("ĐỔI MỚI kinh tế số tại Lào Cai", "lc", ["kinh tế số"]),
    ("<script>alert(1)</script> Đắk Lắk chuyển đổi số cấp xã", "dl", ["chuyển đổi số"]),
]


def populate(url: str, extra: int = 30, revision: str = "head") -> None:
    upgrade(url, revision)
    with session_scope(url) as s:
        s.add(Source(id="lc", name="Báo Lào Cai", kind="newspaper", province="Lào Cai",
                     former_province="Yên Bái"))
        s.add(Source(id="dl", name="Cổng Đắk Lắk", kind="portal", province="Đắk Lắk",
                     former_province="Phú Yên"))
        s.add(Source(id="hn", name="Báo Hà Nội", kind="newspaper", province="Hà Nội"))
        rows = [*TITLES, *((f"Tin chuyển đổi số số {i}", "hn" if i % 2 else "lc",
                            ["chuyển đổi số"]) for i in range(extra))]
        for i, (title, source, topics) in enumerate(rows):
            s.add(Article(id=f"a{i:03d}", url=f"http://{source}.example/{i}", source_id=source,
                          title=title, lead=f"Tóm tắt {i}", text=f"{title}.\nĐoạn hai của bài {i}.",
                          published_at=T0 - timedelta(hours=i // 2), topics=topics,
                          content_hash=f"h{i}"))
        s.flush()
        s.add(Article(id="copy1", url="http://hn.example/copy", source_id="hn",
                      title=TITLES[0][0], text="Bản đăng lại", published_at=T0,
                      topics=TITLES[0][2], content_hash="h0", duplicate_of="a000"))


@pytest.fixture
def served(database_url) -> Iterator[str]:
    populate(database_url)
    server = start_in_thread("127.0.0.1", 0, database_url)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    readonly_engine(database_url).dispose()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def page_ids(base: str, params: dict) -> list[str]:
    ids, cursor = [], None
    while True:
        status, body = get(f"{base}/explore?" + urlencode({**params, **(
            {"cursor": cursor} if cursor else {})}))
        assert status == 200, body
        dom = html.fromstring(body)
        ids += dom.xpath("//article/@data-id")
        nxt = dom.xpath('//a[@id="next"]/@href')
        if not nxt:
            return ids
        cursor = dict(urllib.parse.parse_qsl(nxt[0].split("?", 1)[1]))["cursor"]


def api_ids(base: str, params: dict) -> list[str]:
    ids, cursor = [], None
    while True:
        status, body = get(f"{base}/api/articles?" + urlencode({**params, **(
            {"cursor": cursor} if cursor else {})}))
        assert status == 200, body
        data = json.loads(body)
        ids += [a["id"] for a in data["articles"]]
        if not (cursor := data["next_cursor"]):
            return ids


def feed_ids(base: str, params: dict) -> list[str]:
    status, body = get(f"{base}/feed.atom?" + urlencode(params))
    assert status == 200, body
    return [e.id.rsplit(":", 1)[1] for e in feedparser.parse(body).entries]


FILTERS = [
    {"q": "chuyen doi so"},
    {"q": "CHUYỂN ĐỔI SỐ", "province": "Lào Cai"},
    {"q": '"du lieu"'},
    {"q": "doi moi"},
    {"q": "chuy*", "kind": "portal"},
    {"province": "Hà Nội"},
    {"former_province": "Phú Yên"},
    {"source": "lc", "topic": "kinh tế số"},
    {"topic": "dữ liệu"},
    {"since": "2026-09-30", "until": "2026-09-30"},
]


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: urlencode(p))
def test_page_api_and_feed_agree(served, params):
    on_page = page_ids(served, params)
    assert on_page, params
    assert len(on_page) == len(set(on_page))
    assert api_ids(served, {**params, "limit": 7}) == on_page
    assert feed_ids(served, params) == on_page[:len(feed_ids(served, params))]
    assert len(feed_ids(served, params)) == min(len(on_page), 50)
    publisher = {"province", "former_province", "source", "kind"} & set(params)
    assert ("copy1" in on_page) == (params == {"province": "Hà Nội"}), on_page
    assert publisher or "copy1" not in on_page
    # a small archive is counted exactly, the same on the page and in the API
    page = html.fromstring(get(f"{served}/explore?" + urlencode(params))[1])
    assert page.xpath('string(//p[@id="total"])').startswith(f"{len(on_page)} bài")
    data = json.loads(get(f"{served}/api/articles?" + urlencode(params))[1])
    assert (data["total"], data["counted_since"]) == (len(on_page), None)


@pytest.mark.parametrize("params", [{"q": "chuyen doi so"}, {"q": "chuyen doi so",
                                    "province": "Lào Cai"}, {}, {"province": "Hà Nội"},
                                    {"q": "tin*", "topic": "chuyển đổi số"}],
                         ids=lambda p: urlencode(p))
def test_counts_beyond_the_window_cover_the_latest_period(database_url, params):
    from explorer.counts import counts
    from explorer.filters import Filters
    from explorer.query import articles

    populate(database_url)
    if database_url.startswith("postgresql"):  # PostgreSQL windows by its statistics
        engine = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE articles")
        engine.dispose()
    f = Filters.from_params({k: [v] for k, v in params.items()})
    with readonly_engine(database_url).connect() as conn:
        every = articles(conn, Filters(**{**{k: getattr(f, k) for k in Filters.FILTER_KEYS},
                                          "limit": 100})).rows
        exact = counts(conn, f)
        windowed = counts(conn, f, window=6)
    readonly_engine(database_url).dispose()
    assert (exact.total, exact.since) == (len(every), None)
    assert dict(exact.facets["province"]) == {
        p: sum(r["province"] == p for r in every) for p in {r["province"] for r in every}}
    if windowed.since is None:  # PostgreSQL's estimate of the text's frequency said few
        assert database_url.startswith("postgresql") and params.get("q") and windowed == exact
        return
    assert windowed.since > min(r["listed_at"] for r in every)
    recent = [r for r in every if r["listed_at"].replace(tzinfo=UTC) >= windowed.since]
    assert windowed.total == len(recent) < len(every)
    assert dict(windowed.facets["source"]) == {
        s: sum(r["source_id"] == s for r in recent) for s in {r["source_id"] for r in recent}}


def test_vietnamese_search(served):
    ids = set(page_ids(served, {"q": "chuyen doi so"}))
    assert {"a000", "a004"} <= ids and "a001" not in ids and "a002" not in ids
    assert set(page_ids(served, {"q": "dak lak"})) == {"a001", "a004"}
    assert page_ids(served, {"q": "doi moi"}) == ["a003"]  # Đ folded, upper case
    assert page_ids(served, {"q": '"lieu dan"'}) == ["a001"]  # phrase
    assert page_ids(served, {"q": '"dan lieu"'}) == []
    assert set(page_ids(served, {"q": "nong*"})) == {"a000"}  # prefix
    assert page_ids(served, {"q": "*** ()"}) == []  # no word: no match, no error


def test_snippets_highlight_and_output_is_escaped(served):
    status, body = get(f"{served}/explore?q=dak+lak")
    assert status == 200
    assert "<script>alert" not in body and "&lt;script&gt;" in body
    dom = html.fromstring(body)
    marks = [m.text_content().lower() for m in dom.xpath("//p[@class='snippet']/mark")]
    assert marks and all(m in ("đắk", "lắk") for m in marks)


def test_relevance_ranks_title_hits_first(served):
    status, body = get(f"{served}/api/articles?q=nen+tang&sort=relevance")
    assert status == 200 and [a["id"] for a in json.loads(body)["articles"]] == ["a002"]


def test_article_page_copies_and_api(served):
    status, body = get(f"{served}/explore/article/a000")
    assert status == 200
    dom = html.fromstring(body)
    assert dom.xpath('//a[@id="original"]/@href') == ["http://lc.example/0"]
    assert dom.xpath('//ul[@id="copies"]//a[@class="copy"]/@href') == [
        "/explore/article/copy1"]
    status, body = get(f"{served}/explore/article/copy1")
    assert html.fromstring(body).xpath('//a[@class="copy"]/@href') == ["/explore/article/a000"]
    data = json.loads(get(f"{served}/api/articles/a000")[1])
    assert data["province"] == "Lào Cai" and [c["id"] for c in data["copies"]] == ["copy1"]
    assert get(f"{served}/explore/article/nope")[0] == 404
    assert get(f"{served}/api/articles/nope")[0] == 404


def test_charts_and_openapi(served):
    status, body = get(f"{served}/explore/charts?province=L%C3%A0o+Cai")
    assert status == 200
    dom = html.fromstring(body)
    assert dom.xpath('//*[@id="weekly"]//*[@data-name="Lào Cai"]')
    bars = dom.xpath('//*[@id="ranked"]//*[@class="bar"]/@data-province')
    assert len(bars) == 34 and bars[0] == "Lào Cai"
    spec = json.loads(get(f"{served}/api/openapi.json")[1])
    assert {"/api/articles", "/feed.atom"} <= set(spec["paths"])


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "since=yesterday", "cursor=zz",
                                   "q=" + "a" * 201, "sort=random"])
def test_bad_parameters_are_400(served, query):
    status, body = get(f"{served}/api/articles?{query}")
    assert status == 400 and body[-1] == "\n" and body.count("\n") == 1
    assert json.loads(body)["error"].split(":")[0] in query


def test_index_follows_updates_and_deletes(database_url):
    populate(database_url, extra=0)
    with session_scope(database_url) as s:
        s.execute(update(Article).where(Article.id == "a002").values(title="Thành phố thông minh"))
        s.execute(delete(Article).where(Article.id == "a003"))
    with readonly_engine(database_url).connect() as conn:
        from explorer.filters import Filters
        from explorer.query import articles
        assert [r["id"] for r in articles(conn, Filters(q="thong minh")).rows] == ["a002"]
        assert articles(conn, Filters(q="doi moi")).rows == []
    readonly_engine(database_url).dispose()


def test_explorer_cannot_write(database_url):
    populate(database_url, extra=0)
    engine = readonly_engine(database_url)
    with pytest.raises(Exception, match="(?i)read.?only"), engine.connect() as conn:
        conn.execute(text("DELETE FROM articles"))
        conn.commit()
    engine.dispose()


def test_cds_explore_says_what_is_missing_in_one_line(database_url, tmp_path):
    import subprocess
    import sys

    from tests.helpers_crawl import PROJECT_ROOT

    populate(database_url, extra=0)
    # Where cds explore looks for Datasette: beside the interpreter, then on PATH (both empty).
    hide = ("import sys; sys.executable = '/nonexistent/python'; from cds.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    run = subprocess.run([sys.executable, "-c", hide, "explore", "--database", database_url],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PATH": str(tmp_path)})
    if database_url.startswith("postgresql"):
        assert run.returncode == 2 and "reads SQLite only" in run.stderr
    else:
        assert run.returncode == 2 and "pip install -e '.[explore]'" in run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr


def test_cds_explore_serves_the_archive_and_its_search(tmp_path):
    """Datasette (the ``explore`` extra, in ``test``) on a small SQLite archive over loopback."""
    import signal
    import socket
    import subprocess
    import sys
    import time

    from tests.helpers_crawl import PROJECT_ROOT

    path = tmp_path / "archive.db"
    populate(f"sqlite:///{path}", extra=3)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "cds", "explore", "--database", str(path),
                             "--port", str(port)], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/archive"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stdout.read()
            try:
                status, body = get(f"{base}/articles.json?_shape=array&_size=100")
                break
            except OSError:
                assert time.monotonic() < deadline, "Datasette did not start"
                time.sleep(0.3)
        assert status == 200, body
        assert len(json.loads(body)) == len(TITLES) + 3 + 1
        # full text through articles_fts, diacritics-insensitive, joined on search_key
        status, body = get(f"{base}/articles.json?" + urlencode(
            {"_search": "dak lak", "_shape": "array", "_col": "title"}))
        assert status == 200, body
        assert sorted(r["id"] for r in json.loads(body)) == ["a001", "a004"]
        sql = "select count(*) as n from articles_fts where articles_fts match 'chuyen'"
        status, body = get(f"{base}.json?" + urlencode({"sql": sql, "_shape": "array"}))
        assert status == 200 and json.loads(body) == [{"n": 3 + 2 + 1}], body  # + the copy
        # read-only: a write is refused
        status, body = get(f"{base}.json?" + urlencode({"sql": "delete from articles"}))
        assert status == 400 or '"ok": false' in body, body
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
        proc.stdout.close()
        from cds.commands.explore import _fts_metadata

        Path(_fts_metadata(str(path))).unlink()  # the file that run wrote (same name)


def test_cds_explore_keeps_one_metadata_file_per_database(tmp_path):
    """``cds explore`` execs Datasette, so its metadata file cannot be deleted afterwards: it is
    one file per user and database, rewritten by each run, not a new file per run."""
    from cds.commands.explore import _fts_metadata

    first, again = _fts_metadata(str(tmp_path / "a.db")), _fts_metadata(str(tmp_path / "a.db"))
    other = _fts_metadata(str(tmp_path / "b.db"))
    try:
        assert first == again != other
        assert json.loads(Path(first).read_text())["databases"]["a"]["tables"]["articles"] == {
            "fts_table": "articles_fts", "fts_pk": "search_key"}
    finally:
        for name in {first, other}:
            Path(name).unlink(missing_ok=True)


def test_lists_follow_the_feed_order_undated_and_ties_included(database_url, monkeypatch):
    """Newest first by coalesce(published_at, first_seen_at) then id, as the feed: an undated
    article sits at its first sighting; ties within one second page through the keyset
    cursor without loss, searched or not."""
    populate(database_url, extra=6)
    tie = T0 - timedelta(minutes=90, microseconds=250000)
    with session_scope(database_url) as s:
        s.add(Article(id="undated", url="http://hn.example/undated", source_id="hn",
                      title="Tin chuyển đổi số chưa ghi ngày", text="Chuyển đổi số.",
                      published_at=None, first_seen_at=T0 - timedelta(minutes=150),
                      content_hash="hu"))
        for k, micro in enumerate((900000, 0, 500000, 500000, 950000, 0)):  # first, small key
            s.add(Article(id=f"t{5 - k}", url=f"http://lc.example/tie{k}", source_id="lc",
                          title=f"Chuyển đổi số cùng giây {k}", text="Chuyển đổi số.",
                          published_at=tie.replace(microsecond=micro), content_hash=f"ht{k}"))
    server = start_in_thread("127.0.0.1", 0, database_url)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        engine = readonly_engine(database_url)
        with engine.connect() as conn:
            listed = {i: (p or f) for i, p, f in conn.execute(text(
                "SELECT id, published_at, first_seen_at FROM articles "
                "WHERE duplicate_of IS NULL")).all()}
        when = {i: v if isinstance(v, datetime) else datetime.fromisoformat(v)
                for i, v in listed.items()}
        expected = sorted(when, key=lambda i: (-when[i].replace(tzinfo=None).timestamp(), i))
        assert "undated" in expected[:-1]
        assert page_ids(base, {}) == expected
        assert api_ids(base, {"limit": 2}) == expected
        assert feed_ids(base, {}) == expected[:len(feed_ids(base, {}))]
        found = [i for i in expected if i in set(api_ids(base, {"q": "chuyen doi so",
                                                                "limit": 100}))]
        assert {"undated", "t0", "t4"} <= set(found)
        for limit in (1, 2, 3):
            assert api_ids(base, {"q": "chuyen doi so", "limit": limit}) == found
        monkeypatch.setattr("explorer.query.TIE_ROOM", 0)  # SQLite: the second read again
        for limit in (1, 2, 3):
            assert api_ids(base, {"q": "chuyen doi so", "limit": limit}) == found
        assert api_ids(base, {"q": "chuyen doi so", "since": "2026-10-01",
                              "until": "2026-10-01", "limit": 2}) == [
            i for i in found if when[i].astimezone(LOCAL_TZ).date().isoformat() == "2026-10-01"]
    finally:
        server.shutdown()
        server.server_close()
        readonly_engine(database_url).dispose()


def test_migration_0007_indexes_an_existing_archive_in_listing_order(database_url):
    """An archive searched at 0005 answers the same after 0007 (keys for existing rows in
    listing order), and the triggers keep new, changed and deleted rows in step."""
    from explorer.filters import Filters
    from explorer.query import articles
    from pipelines import search

    populate(database_url, extra=12, revision="0005_search")
    upgrade(database_url)
    engine = readonly_engine(database_url)
    with engine.connect() as conn:
        listed = [r["id"] for r in articles(conn, Filters(q="chuyen doi so", limit=100)).rows]
        if conn.dialect.name == "sqlite":
            keys = dict(conn.execute(text(
                f"SELECT id, {search.KEY_COLUMN} FROM articles")).all())
            assert len(set(keys.values())) == len(keys) and None not in keys.values()
            assert sorted(listed, key=lambda i: -keys[i]) == listed
    assert listed[:2] == ["a000", "a004"] and len(listed) == 14
    with session_scope(database_url) as s:
        s.execute(update(Article).where(Article.id == "a004").values(
            published_at=T0 - timedelta(days=30)))
        s.execute(delete(Article).where(Article.id == "a005"))
        if database_url.startswith("sqlite"):  # one indexed document per row, key for key
            assert set(s.execute(text(f"SELECT id FROM {search.FTS_TABLE}_docsize")).scalars()
                       ) == set(s.execute(text(f"SELECT {search.KEY_COLUMN} FROM articles")
                                           ).scalars())
    with engine.connect() as conn:
        again = [r["id"] for r in articles(conn, Filters(q="chuyen doi so", limit=100)).rows]
    assert again == [i for i in listed if i not in ("a004", "a005")] + ["a004"]
    engine.dispose()


# --- what a new user of ``cds serve`` saw (times, errors, provinces, the status page) ----------

def test_times_follow_the_record_zones(served):
    """API timestamps are written as the dataset record writes them (published_at in
    Asia/Ho_Chi_Minh); the pages show the local time to humans and the instant to machines."""
    from cds.records import TIMESTAMP_TZ
    assert TIMESTAMP_TZ["published_at"] == "Asia/Ho_Chi_Minh"
    # a000 is published at T0 = 08:00 UTC, 15:00 in Vietnam
    data = json.loads(get(f"{served}/api/articles/a000")[1])
    assert data["published_at"] == "2026-10-01T15:00:00+07:00"
    assert data["copies"][0]["published_at"] == "2026-10-01T15:00:00+07:00"
    listed = json.loads(get(f"{served}/api/articles?limit=3")[1])["articles"]
    assert all(a["published_at"].endswith("+07:00") for a in listed)
    page = html.fromstring(get(f"{served}/explore/article/a000")[1])
    when = page.xpath('//th[.="Đăng lúc"]/following-sibling::td//time')[0]
    assert when.text_content() == "01/10/2026 15:00"
    assert datetime.fromisoformat(when.get("datetime")) == T0
    listing = html.fromstring(get(f"{served}/explore?q=Lao+Cai+nong+nghiep")[1])
    item = listing.xpath('//article[@data-id="a000"]//time')[0]
    assert item.text_content() == "01/10/2026 15:00"
    assert datetime.fromisoformat(item.get("datetime")) == T0
    spec = json.dumps(json.loads(get(f"{served}/api/openapi.json")[1]), ensure_ascii=False)
    assert "+07:00" in spec
    feed = html.fromstring(get(f"{served}/feed.atom?q=Lao+Cai+nong+nghiep")[1].encode())
    assert feed.xpath("//entry/published/text()") == ["2026-10-01T15:00:00+07:00"]


def test_api_errors_are_json_with_their_status(served):
    def error(path):
        try:
            urllib.request.urlopen(served + path, timeout=30)
        except urllib.error.HTTPError as exc:
            assert exc.headers["Content-Type"].startswith("application/json"), path
            return exc.code, json.loads(exc.read())["error"]
        raise AssertionError(f"{path} did not fail")

    assert error("/api/articles?limit=100000") == error("/api/articles?limit=abc") == (
        400, "limit: a whole number from 1 to 100")
    assert error("/api/articles?limit=0")[1] == "limit: a whole number from 1 to 100"
    assert error("/api/articles?since=yesterday") == (400, "since: a date as YYYY-MM-DD")
    assert error("/api/articles?cursor=zz")[0] == 400
    assert error("/api/articles/nope")[0] == 404
    assert error("/api/nothing-here")[0] == 404
    assert error("/api/articles?" + "q=x&" * 600)[0] == 414
    status, body = get(f"{served}/explore?limit=abc")  # pages keep HTML errors
    assert status == 400 and html.fromstring(body).xpath('//*[@id="error"]')
    assert "limit: a whole number from 1 to 100" in body


@pytest.mark.parametrize("name", ["lao cai", "LÀO CAI", "Tỉnh Lào Cai"])
def test_province_filter_resolves_spellings(served, name):
    assert api_ids(served, {"province": name}) == api_ids(served, {"province": "Lào Cai"})
    assert page_ids(served, {"province": name}) == page_ids(served, {"province": "Lào Cai"})


def test_former_province_filters_its_former_area_and_unknown_is_400(served):
    # Yên Bái and Phú Yên were merged into Lào Cai and Đắk Lắk: their former area
    assert api_ids(served, {"province": "yen bai"}) == api_ids(
        served, {"former_province": "Yên Bái"})
    assert set(api_ids(served, {"province": "Phú Yên"})) == set(api_ids(
        served, {"source": "dl"}))
    assert api_ids(served, {"former_province": "phu yen"}) == api_ids(
        served, {"former_province": "Phú Yên"})
    data = json.loads(get(f"{served}/api/articles?province=yen+bai")[1])
    assert data["filters"].get("former_province") == "Yên Bái"
    for params in ({"province": "Atlantis"}, {"former_province": "Atlantis"}):
        status, body = get(f"{served}/api/articles?" + urlencode(params))
        assert status == 400 and "unknown province 'Atlantis'" in json.loads(body)["error"]
        status, body = get(f"{served}/explore?" + urlencode(params))
        assert status == 400 and "unknown province" in body


def test_status_page_does_not_call_an_old_archive_empty(served, database_url):
    # the articles are older than the chart's 30 days
    page = get(f"{served}/")[1]
    assert "Chưa có bài viết" not in page
    assert "Không có bài đăng trong 30 ngày qua" in page and "36 bài trong kho" in page


def test_status_page_of_an_empty_archive(database_url):
    upgrade(database_url)
    server = start_in_thread("127.0.0.1", 0, database_url)
    try:
        page = get(f"http://127.0.0.1:{server.server_address[1]}/")[1]
    finally:
        server.shutdown()
        server.server_close()
    assert "Chưa có bài viết" in page


def test_date_filters_and_weekly_chart_use_local_days(database_url):
    """``since``/``until`` and the weekly chart count Asia/Ho_Chi_Minh days, as the pages show
    them: 18:30 UTC on 30 September is 01:30 on 1 October there, and 18:00 UTC on Sunday
    4 October is Monday 5 October, a new week."""
    upgrade(database_url)
    times = {"late": datetime(2026, 9, 30, 16, 30, tzinfo=UTC),   # 23:30 local, 30/09
             "night": datetime(2026, 9, 30, 18, 30, tzinfo=UTC),  # 01:30 local, 01/10
             "monday": datetime(2026, 10, 4, 18, tzinfo=UTC)}     # 01:00 local, Mon 05/10
    with session_scope(database_url) as s:
        s.add(Source(id="lc", name="Báo Lào Cai", kind="newspaper", province="Lào Cai"))
        for i, (name, when) in enumerate(times.items()):
            s.add(Article(id=name, url=f"http://lc.example/{name}", source_id="lc",
                          title=f"Chuyển đổi số {name}", text="Chuyển đổi số.",
                          published_at=when, topics=["chuyển đổi số"], content_hash=f"h{i}"))
    server = start_in_thread("127.0.0.1", 0, database_url)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        for q in ({}, {"q": "chuyen doi so"}):
            assert api_ids(base, {**q, "since": "2026-10-01", "until": "2026-10-01"}) == ["night"]
            assert api_ids(base, {**q, "until": "2026-09-30"}) == ["late"]
            assert api_ids(base, {**q, "since": "2026-10-05"}) == ["monday"]
        with readonly_engine(database_url).connect() as conn:
            weeks, provinces, _ = weekly(conn, Filters())
        assert [w.isoformat() for w in weeks] == ["2026-09-28", "2026-10-05"]
        assert provinces == {"Lào Cai": [2, 1]}
    finally:
        server.shutdown()
        server.server_close()
        readonly_engine(database_url).dispose()
