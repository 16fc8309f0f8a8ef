"""End to end: real ``scrapy crawl cds_news`` child processes against the offline replica, real
SQLite, asserted through the replica's request log.

One replica and database serve the whole sequence (each step depends on the one before):
first crawl -> unchanged world -> ``advance(2)``.
"""

from __future__ import annotations

import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from protego import Protego
from sqlalchemy import create_engine, text

from tests.helpers_crawl import CrawlResult, run_crawl

pytestmark = pytest.mark.slow

STALL_SECONDS = 6  # longer than the crawl's DOWNLOAD_TIMEOUT (3 s)


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    from cds.replica import Replica

    tmp = tmp_path_factory.mktemp("replica-crawl")
    replica = Replica(stall_seconds=STALL_SECONDS).start()
    try:
        registry = replica.write_registry(tmp / "sources.yaml")
        state = {"replica": replica, "registry": registry, "tmp": tmp,
                 "db": f"sqlite:///{tmp / 'cds.db'}", "truth": replica.truth(),
                 "faults": {f["kind"]: f for f in replica.faults()}}
        yield state
    finally:
        replica.stop()


def crawl(world: dict, **kwargs) -> CrawlResult:
    world["replica"].log.clear()
    result = run_crawl(world["registry"], world["db"], tmp_path=world["tmp"], **kwargs)
    assert result.returncode == 0, result.log_tail()
    assert result.stats["finish_reason"] == "finished", result.log_tail()
    return result


def article_hits(world: dict, status: int | None = None) -> Counter[tuple[str, str]]:
    return Counter((e.site, e.path) for e in world["replica"].log.entries(kind="article")
                   if status is None or e.status == status)


def fault_key(world: dict, kind: str) -> tuple[str, str]:
    fault = world["faults"][kind]
    return fault["site"], path_of(fault["url"])


@pytest.fixture(scope="module")
def first(world: dict) -> dict:
    result = crawl(world)
    return {"result": result, "log": world["replica"].log.entries()}


def test_first_crawl_finds_every_published_article(world: dict, first: dict) -> None:
    requested = Counter((e.site, e.path.split("?")[0]) for e in first["log"])
    published = [t for t in world["truth"] if t["published"]]
    assert published
    missed = [t["url"] for t in published if (t["site"], urlsplit(t["url"]).path) not in requested]
    assert not missed
    for sid in world["replica"].sites:
        stats = first["result"].source_stats(sid)
        assert stats["discovered"] >= len([t for t in published if t["site"] == sid])
        assert stats["requests"] > 0


def test_first_crawl_fetches_each_article_once(world: dict, first: dict) -> None:
    hits = Counter((e.site, e.path) for e in first["log"] if e.kind == "article")
    retried = {fault_key(world, "500-once"), fault_key(world, "stall")}
    assert {k: n for k, n in hits.items() if n > 1 and k not in retried} == {}
    assert hits[fault_key(world, "500-once")] == 2  # 500, then 200 on the retry
    assert hits[fault_key(world, "404")] == 1


def test_first_crawl_obeys_robots_and_skips_documents(world: dict, first: dict) -> None:
    replica = world["replica"]
    for sid, info in replica.sites.items():
        robots = Protego.parse(urllib.request.urlopen(f"{info.base_url}/robots.txt").read()
                               .decode())
        paths = [e.path for e in first["log"] if e.site == sid]
        assert all(robots.can_fetch(f"{info.base_url}{p}", "cds-news-monitor") for p in paths)
    assert fault_key(world, "disallowed")[1] not in {e.path for e in first["log"]}
    assert not [e for e in first["log"] if e.path.endswith(".pdf")]


def test_first_crawl_fault_pages(world: dict, first: dict) -> None:
    result = first["result"]
    stall_site, _ = fault_key(world, "stall")
    assert result.source_stats(stall_site)["errors"].get("DownloadTimeoutError") == 1
    huge_site, huge_path = fault_key(world, "huge")
    assert result.source_stats(huge_site)["errors"].get("too_large") == 1
    site_404, _ = fault_key(world, "404")
    assert result.source_stats(site_404)["errors"].get("http_404") == 1
    # the Liferay listing repeats its last page forever: the walk notices and stops
    liferay = [sid for sid in world["replica"].sites if "portal" in sid and "daklak" in sid]
    for sid in liferay:
        assert result.stats.get(f"cds/source/{sid}/pagination_repeats", 0) >= 1
        assert len([e for e in first["log"] if e.site == sid and e.kind == "listing"]) <= 5


def test_first_crawl_recorded_in_database(world: dict, first: dict) -> None:
    engine = create_engine(world["db"])
    with engine.connect() as conn:
        runs = conn.execute(text("select status, finish_reason from crawl_runs")).all()
        per_source = conn.execute(text("select count(*) from run_source_stats")).scalar_one()
        stored = conn.execute(text("select count(*) from articles")).scalar_one()
    engine.dispose()
    assert ("finished", "finished") in [tuple(r) for r in runs]
    assert per_source == len(world["replica"].sites)
    stats = first["result"].stats
    assert stored == stats.get("cds/stored", 0) + stats.get("cds/duplicates", 0) > 0


def test_unchanged_world_costs_only_revalidations(world: dict, first: dict) -> None:
    result = crawl(world)
    log = world["replica"].log.entries()
    stall = fault_key(world, "stall")
    articles = [(e.site, e.path) for e in log if e.kind == "article"]
    # only the transiently failed (stalling) page is tried again, with its retries
    assert set(articles) <= {stall}
    others = [e for e in log if e.kind in ("listing", "feed", "sitemap")]
    assert others and all(e.conditional and e.status == 304 for e in others)
    assert sum(result.source_stats(s)["not_modified"] for s in world["replica"].sites) == \
        len(others)


def test_advance_fetches_exactly_the_new_articles(world: dict, first: dict) -> None:
    replica = world["replica"]
    new = replica.advance(2)
    expected = {(a.site, a.path) for a in new}
    result = crawl(world)
    fetched = set(article_hits(world, status=200))
    assert fetched == expected
    # a sitemap index that changed: only its child sitemaps with a newer lastmod are fetched
    children = [e for e in world["replica"].log.entries(kind="sitemap")
                if e.site == "haiphong-news" and "/sitemaps/sitemap-" in e.path]
    assert len(children) <= 1
    assert result.stat("cds/source/haiphong-news/sitemaps_unchanged") > 0


def test_probe_replica(world: dict, tmp_path: Path) -> None:
    import argparse

    import yaml

    from crawler.probe import add_probe_parser, probe_sources
    from seeds.registry import load_registry

    world["replica"].log.clear()
    sources = load_registry(world["registry"]).sources
    results = {r.source_id: r for r in probe_sources(sources, timeout=3)}
    assert all(r.ok for r in results.values())
    assert all(p.article_links > 0 for r in results.values() for p in r.pages)
    # the Liferay Atom feed is found only through <link rel=alternate>
    [atom] = results["daklak-portal"].suggestions["feeds"]
    assert atom.endswith("/atom")
    haiphong = results["haiphong-news"]
    assert len(haiphong.suggestions["sitemaps"]) == 2
    assert next(iter(haiphong.robots.values()))["crawl_delay"] == 1
    assert not [e for e in world["replica"].log.entries() if e.kind == "article"]

    out = tmp_path / "suggestions.yaml"
    parser = argparse.ArgumentParser()
    add_probe_parser(parser.add_subparsers())
    args = parser.parse_args(["probe", "daklak-portal", "--file", str(world["registry"]),
                              "--out", str(out), "--timeout", "3", "--no-candidates"])
    assert args.func(args) == 0
    saved = yaml.safe_load(out.read_text("utf-8"))["suggestions"]
    assert saved == {"daklak-portal": {"feeds": [atom]}}


def test_probe_as_cds_sources_subcommand(world: dict,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """``cds sources probe`` runs crawler.probe with the registry options of ``cds sources``."""
    import json

    from cds import cli

    args = cli.build_parser().parse_args(
        ["sources", "probe", "daklak-news", "--file", str(world["registry"]), "--json",
         "--timeout", "3", "--no-candidates"])
    assert args.func(args) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["source_id"] == "daklak-news" and report["ok"]
    assert report["pages"][0]["article_links"] > 0


def test_first_crawl_stores_form_wrapped_and_emagazine_pages(world: dict, first: dict) -> None:
    """Issue #12: a page wrapped in ASP.NET's <form id="aspnetForm"> and a 5 MB e-magazine page
    (an inline base64 image) are extracted and stored, not lost as too_short / too_large."""
    engine = create_engine(world["db"])
    with engine.connect() as conn:
        stored = {r[0]: r[1] for r in conn.execute(text("select url, word_count from articles"))}
    engine.dispose()
    for kind in ("aspnet-form", "emagazine-5mb"):
        url = world["faults"][kind]["url"]
        assert stored.get(url, 0) >= 50, (kind, url)
    assert first["result"].stats.get("extraction/path/ours", 0) > 0
