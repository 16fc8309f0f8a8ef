"""Discovery from a home page alone (issue #14): section, RSS index and well-known sitemap
discovery on HTML, the remembered entry points in the database, and real crawls of the
replica's discovery sites (127.0.1.7-9) with a registry that names only home pages."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from crawler.discovery.rss_index import pick_feeds, rss_index_links
from crawler.discovery.sections import find_sections, score_link, section_names
from crawler.discovery.wellknown import due, wellknown_urls
from tests.helpers_crawl import CrawlResult, run_crawl

BASE = "https://baomoi.example.vn/"
HOME = """<html><body>
<header><nav class="main-menu"><ul>
 <li><a href="/thoi-su">Thời sự</a></li>
 <li><a href="/chuyen-muc/chuyen-doi-so">Chuyển Đổi Số</a></li>
 <li><a href="/kinh-te-so.html">Kinh tế số</a></li>
 <li><a href="/tim-kiem/chuyen-doi-so">Tìm kiếm</a></li>
 <li><a href="/tag/chuyen-doi-so">#CĐS</a></li>
 <li><a href="https://other.example.vn/chuyen-doi-so">Chuyển đổi số (site khác)</a></li>
</ul></nav></header>
<main><h2><a href="/de-an-06/">Đề án 06</a></h2>
<a href="/chuyen-doi-so/tinh-day-manh-chuyen-doi-so-trong-cai-cach-hanh-chinh-123456.html">
Tỉnh đẩy mạnh chuyển đổi số trong cải cách hành chính</a></main>
<footer><a href="/rss.html">RSS</a> <a href="/rss/tin-moi.rss">Tin mới</a></footer>
</body></html>"""
RSS_INDEX = """<html><body><ul>
<li><a href="/rss/tin-moi-nhat.rss">Tin mới nhất</a></li>
<li><a href="/rss/chuyen-doi-so.rss">Chuyển đổi số</a></li>
<li><a href="/rss/the-thao.rss">Thể thao</a></li>
<li><a href="/rss/giai-tri.rss">Giải trí</a></li>
<li><a href="/rss/chinh-quyen-so.rss">Chính quyền số</a></li>
</ul></body></html>"""


def test_sections_from_menu_text_and_slug() -> None:
    found = find_sections(HOME, BASE, ["baomoi.example.vn"], limit=5)
    urls = [s.url for s in found]
    assert urls[0] == "https://baomoi.example.vn/chuyen-muc/chuyen-doi-so"
    assert found[0].score == 1.0 and found[0].matched == "Chuyển đổi số"
    assert "https://baomoi.example.vn/kinh-te-so.html" in urls
    # a heading in the page body counts, less than the menu
    assert "https://baomoi.example.vn/de-an-06/" in urls
    body = next(s for s in found if s.url.endswith("/de-an-06/"))
    assert body.score < 0.8
    # never search, tags, other hosts or articles
    assert not [u for u in urls if "tim-kiem" in u or "/tag/" in u or "other." in u
                or u.endswith("123456.html")]
    assert len(find_sections(HOME, BASE, ["baomoi.example.vn"], limit=1)) == 1


def test_section_names_come_from_the_lexicon() -> None:
    names = section_names()
    assert {"chuyen-doi-so", "khoa-hoc-cong-nghe", "de-an-06", "tin-moi"} <= {n.slug for n in names}
    assert score_link("Khoa học - Công nghệ", "/x/", names)[0] == 0.6
    assert score_link("Khoa học & Công nghệ", "/x/", names)[0] == 0.6
    assert score_link("Tin ảnh", "/khoa-hoc-cong-nghe/", names)[0] == pytest.approx(0.54)
    assert score_link("Thể thao", "/the-thao/", names)[0] == 0


def test_rss_index_page_and_its_feeds() -> None:
    assert rss_index_links(HOME, BASE, ["baomoi.example.vn"]) == [
        "https://baomoi.example.vn/rss.html"]
    picked = dict(pick_feeds(RSS_INDEX, BASE + "rss.html", ["baomoi.example.vn"]))
    assert set(picked) == {"https://baomoi.example.vn/rss/tin-moi-nhat.rss",
                           "https://baomoi.example.vn/rss/chuyen-doi-so.rss",
                           "https://baomoi.example.vn/rss/chinh-quyen-so.rss"}
    assert picked["https://baomoi.example.vn/rss/tin-moi-nhat.rss"] == "all news"


def test_wellknown_paths_retried_weekly() -> None:
    assert wellknown_urls("https://a.vn/tin-tuc/x.html") == [
        "https://a.vn/sitemap.xml", "https://a.vn/sitemap_index.xml",
        "https://a.vn/sitemap-news.xml"]
    now = datetime(2026, 12, 4, tzinfo=UTC)
    assert due(None, now)
    assert not due(now - timedelta(days=6), now)
    assert due(now - timedelta(days=7), now)


def test_discovered_entries_remembered(database_url: str) -> None:
    from pipelines.storage import Storage

    sqlite_url = database_url  # both backends

    storage = Storage(sqlite_url)
    storage.discovered.note("a", "https://a.vn/cds/", "section", label="CĐS", score=0.9,
                            productive=True)
    storage.discovered.note("a", "https://a.vn/sitemap.xml", "wellknown", "absent")
    storage.close()
    storage = Storage(sqlite_url)
    rows = {r["url"]: r for r in storage.discovered.load("a")}
    first = rows["https://a.vn/cds/"]["last_productive_at"]
    assert first is not None and rows["https://a.vn/sitemap.xml"]["status"] == "absent"
    # a later check without label or yield keeps both
    storage.discovered.note("a", "https://a.vn/cds/", "section")
    storage.close()
    row = next(r for r in Storage(sqlite_url).discovered.load("a") if r["kind"] == "section")
    assert row["label"] == "CĐS" and row["score"] == 0.9 and row["last_productive_at"] == first
    assert Storage(sqlite_url).discovered.load("b") == []


# -- real crawls of the replica ----------------------------------------------------------------
def crawl(world: dict, registry: Path, db: str) -> CrawlResult:
    world["replica"].log.clear()
    result = run_crawl(registry, db, tmp_path=world["tmp"])
    assert result.returncode == 0, result.log_tail()
    return result


def stored(db: str) -> set[str]:
    engine = create_engine(db)
    with engine.connect() as conn:
        urls = {r[0] for r in conn.execute(text("select url from articles"))}
    engine.dispose()
    return urls


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    from cds.replica import Replica
    from cds.replica.discovery_sites import dump_registry, home_only_entries

    tmp = tmp_path_factory.mktemp("discovery-home")
    replica = Replica(scale=30, discovery_sites=True, stall_seconds=2).start()
    try:
        dump_registry(replica.registry(), tmp / "full.yaml")
        dump_registry(home_only_entries(replica.registry()), tmp / "home.yaml")
        yield {"replica": replica, "tmp": tmp, "full": tmp / "full.yaml",
               "home": tmp / "home.yaml", "full_db": f"sqlite:///{tmp / 'full.db'}",
               "home_db": f"sqlite:///{tmp / 'home.db'}"}
    finally:
        replica.stop()


@pytest.mark.slow
def test_home_pages_alone_find_what_the_full_registry_finds(world: dict) -> None:
    crawl(world, world["full"], world["full_db"])
    result = crawl(world, world["home"], world["home_db"])
    log = world["replica"].log.entries()
    full, home = stored(world["full_db"]), stored(world["home_db"])
    assert full and len(full & home) >= 0.95 * len(full)
    # the menu-only section, the RSS index page and its feeds, a well-known sitemap
    paths = {(e.site, e.path) for e in log}
    assert ("menu-news", "/chuyen-muc/chinh-quyen-so") in paths
    assert {("rssindex-news", "/rss.html"), ("rssindex-news", "/rss/chuyen-doi-so.rss"),
            ("rssindex-news", "/rss/tin-moi.rss"), ("rssindex-news", "/sitemap_index.xml")} \
        <= paths
    assert ("rssindex-news", "/rss/the-thao.rss") not in paths
    assert result.source_stats("menu-news")["stored"] > 0
    # each well-known path tried once
    tried = Counter((e.site, e.path) for e in log if "sitemap" in e.path)
    assert tried and max(tried.values()) == 1


@pytest.mark.slow
def test_recrawl_costs_one_conditional_request_per_entry_point(world: dict, capsys) -> None:
    from cds.discovered_view import discovered

    crawl(world, world["home"], world["home_db"])
    log = world["replica"].log.entries()
    others = [e for e in log if e.kind not in ("robots", "article")]
    assert others and all(e.conditional and e.status == 304 for e in others)
    per_url = Counter((e.site, e.path) for e in others)
    assert max(per_url.values()) == 1
    # the absent well-known paths are remembered, not asked again
    assert not [e for e in log if e.status == 404]
    found = discovered(world["home_db"])
    sections = [r["url"] for r in found["menu-news"] if r["kind"] == "section"]
    assert any(u.endswith("/chuyen-muc/chinh-quyen-so") for u in sections)
    # cds status shows them
    from cds.cli import main

    assert main(["status", "--json", "--database", world["home_db"], "--sources",
                 str(world["home"])]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert [r for r in rows["menu-news"]["discovered"] if r["kind"] == "section"]
    assert main(["status", "--database", world["home_db"], "--sources", str(world["home"])]) == 0
    assert "discovered entry points" in capsys.readouterr().out


@pytest.mark.slow
def test_moved_section_followed_with_event_and_health_reason(world: dict) -> None:
    from pipelines.db import session_scope
    from scheduler.health import evaluate, load_runs

    old, new = world["replica"].move_section("moved-news", "301")
    result = crawl(world, world["home"], world["home_db"])
    events = result.source_stats("moved-news")["events"]
    assert any(old in e and new in e for e in events["section_moved"])
    assert any(e.path == new and e.status == 200 for e in world["replica"].log.entries())
    with session_scope(world["home_db"]) as session:
        health = evaluate("moved-news", load_runs(session, "moved-news", 3))
    assert "section moved" in health.reason
    # the next crawl asks the new URL only
    crawl(world, world["home"], world["home_db"])
    paths = [e.path for e in world["replica"].log.entries(site="moved-news")]
    assert old not in paths and new in paths


@pytest.mark.slow
def test_gone_section_found_again_within_one_crawl(tmp_path: Path) -> None:
    from cds.replica import Replica
    from cds.replica.discovery_sites import dump_registry, home_only_entries

    with Replica(scale=0, discovery_sites=True, stall_seconds=2) as replica:
        entries = [e for e in home_only_entries(replica.registry()) if e["id"] == "moved-news"]
        registry = tmp_path / "moved.yaml"
        dump_registry(entries, registry)
        db = f"sqlite:///{tmp_path / 'moved.db'}"
        world = {"replica": replica, "tmp": tmp_path}
        crawl(world, registry, db)
        old, new = replica.move_section("moved-news", "404")
        result = crawl(world, registry, db)
        log = replica.log.entries()
        assert any(e.path == old and e.status == 404 for e in log)
        assert any(e.path == new and e.status == 200 for e in log)
        assert result.source_stats("moved-news")["events"]["section_moved"]
        assert result.source_stats("moved-news")["errors"].get("http_404") is None


@pytest.mark.slow
def test_probe_write_turns_home_entries_into_full_ones(tmp_path: Path) -> None:
    from cds.replica import Replica
    from cds.replica.discovery_sites import dump_registry, home_only_entries
    from seeds.registry import load_registry

    with Replica(scale=0, discovery_sites=True, stall_seconds=2) as replica:
        registry = tmp_path / "sources.yaml"
        dump_registry(home_only_entries(replica.registry()), registry)
        before = registry.read_text("utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "cds", "sources", "probe", "--file", str(registry),
             "--write", str(tmp_path / "registry.patch"), "--timeout", "2"],
            cwd=tmp_path, capture_output=True, text=True, timeout=240)
        assert "registry entries changed" in proc.stdout, proc.stderr[-2000:]
        assert registry.read_text("utf-8") == before  # only a patch, for review
        patch = (tmp_path / "registry.patch").read_text("utf-8")
        assert "probe " in patch and "linked from the start page menu" in patch
        applied = subprocess.run(["patch", "-p1", "-i", "registry.patch"], cwd=tmp_path,
                                 capture_output=True, text=True)
        assert applied.returncode == 0, applied.stdout + applied.stderr
        loaded = load_registry(registry)
        assert loaded.errors == []
        by_id = {s.id: s for s in loaded.enabled()}
        for sid, info in replica.sites.items():
            source = by_id[sid]
            full = [u for u in source.start_urls if u.rstrip("/") != info.base_url]
            assert full or source.feeds, sid  # more than the home page now
            assert "probe " in (source.evidence or "")
        assert any(u.endswith("/chuyen-muc/chinh-quyen-so") for u in by_id["menu-news"].start_urls)
        assert len(by_id["rssindex-news"].feeds) == 2


@pytest.mark.parametrize("where", [0, 0.5, -1])
def test_registry_diff_on_the_packaged_registry(tmp_path: Path, where: float) -> None:
    """The patch touches exactly one entry of the commented, indented real registry."""
    import shutil

    import yaml

    from crawler.registry_patch import Discovery, registry_diff, updated_entry
    from seeds.registry import load_registry

    registry = tmp_path / "sources.yaml"
    shutil.copy(Path(__file__).resolve().parents[1] / "seeds" / "sources.yaml", registry)
    entries = yaml.safe_load(registry.read_text("utf-8"))["sources"]
    target = entries[int(len(entries) * where) if where >= 0 else -1]
    home = target["start_urls"][0]
    found = Discovery(target["id"], sections=[(home.rstrip("/") + "/chuyen-doi-so",
                                               "Chuyển đổi số", 12)],
                      sitemaps=[(home.rstrip("/") + "/sitemap.xml", "common", 40)])
    new = updated_entry(target, found, "2026-12-04")
    assert new is not None and updated_entry(new, found, "2026-12-04") is None
    diff = registry_diff(registry, {target["id"]: new}, "sources.yaml")
    (tmp_path / "p.diff").write_text(diff, "utf-8")
    applied = subprocess.run(["patch", "-p1", "-i", "p.diff"], cwd=tmp_path,
                             capture_output=True, text=True)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    loaded = load_registry(registry)
    assert not loaded.errors
    after = {e["id"]: e for e in yaml.safe_load(registry.read_text("utf-8"))["sources"]}
    before = {e["id"]: e for e in entries}
    assert [k for k in before if before[k] != after[k]] == [target["id"]]
    assert after[target["id"]]["start_urls"][0].endswith("/chuyen-doi-so")
    assert "probe 2026-12-04: section 'Chuyển đổi số'" in after[target["id"]]["evidence"]


@pytest.mark.slow
def test_idle_section_sends_the_crawl_back_to_the_menu(tmp_path: Path) -> None:
    from cds.replica import Replica
    from cds.replica.discovery_sites import dump_registry, home_only_entries

    with Replica(scale=0, discovery_sites=True, stall_seconds=2) as replica:
        entries = [e for e in home_only_entries(replica.registry()) if e["id"] == "menu-news"]
        registry = tmp_path / "menu.yaml"
        dump_registry(entries, registry)
        db = f"sqlite:///{tmp_path / 'menu.db'}"
        world = {"replica": replica, "tmp": tmp_path}
        crawl(world, registry, db)
        crawl(world, registry, db)  # unchanged: the home page answers 304
        home = [e for e in replica.log.entries(site="menu-news") if e.path == "/"]
        assert [(e.conditional, e.status) for e in home] == [(True, 304)]
        engine = create_engine(db)
        with engine.begin() as conn:  # 40 days without anything new, menu read 2 days ago
            conn.execute(text("update discovered_entries set last_productive_at = :t, "
                              "found_at = :t where kind = 'section'"),
                         {"t": datetime.now(UTC) - timedelta(days=40)})
            conn.execute(text("update discovered_entries set last_checked_at = :t "
                              "where kind = 'start'"), {"t": datetime.now(UTC) - timedelta(days=2)})
        engine.dispose()
        result = crawl(world, registry, db)
        home = [e for e in replica.log.entries(site="menu-news") if e.path == "/"]
        assert (False, 200) in [(e.conditional, e.status) for e in home]
        assert result.stat("cds/source/menu-news/idle_sections") == 1
        crawl(world, registry, db)  # the menu was read today: not again
        home = [e for e in replica.log.entries(site="menu-news") if e.path == "/"]
        assert [(e.conditional, e.status) for e in home] == [(True, 304)]
