"""The offline replica: sites, channels, validators, world state, faults, log, scale."""

from __future__ import annotations

import html
import json
import re
import time
import unicodedata
from collections import Counter
from urllib.parse import urlsplit

import feedparser
import pytest
import requests
import yaml
from lxml import etree

from cds.replica import Replica
from cds.replica.server import check_loopback

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def rep():
    with Replica(stall_seconds=30) as r:
        yield r


def get(url: str, **kw) -> requests.Response:
    kw.setdefault("timeout", 10)
    return requests.get(url, **kw)


def by_site(rep, sid: str, published: bool = True) -> list[dict]:
    return [t for t in rep.truth() if t["site"] == sid and t["published"] is published]


def test_every_site_serves_home_listing_article_robots(rep):
    assert len(rep.sites) >= 6
    assert len({s.cms for s in rep.sites.values()}) == len(rep.sites)
    for sid, info in rep.sites.items():
        assert info.host.startswith("127.0.1.")
        site = rep.world.sites[sid]
        art = next(t for t in by_site(rep, sid) if t["fault"] is None)
        for url in (info.base_url + "/", info.base_url + site.cms.listing, art["url"]):
            r = get(url)
            assert r.status_code == 200, url
            assert "charset=" in r.headers["Content-Type"]
            assert r.headers.get("ETag") and r.headers.get("Last-Modified")
        page = get(art["url"]).text
        assert "Ý kiến bạn đọc" in page and "Đọc nhiều" in page
        assert f'rel="canonical" href="{art["url"]}"' in page
        robots = get(info.base_url + "/robots.txt")
        assert robots.status_code == 200 and robots.text.startswith("User-agent: *")


def test_truth_matches_pages(rep):
    for t in rep.truth():
        if not t["published"] or t["fault"]:
            continue
        page = get(t["url"]).text
        for para in t["text"].split("\n\n"):
            assert html.escape(para, quote=True) in page, (t["url"], para[:40])
        assert html.escape(t["title"], quote=True) in page


def test_truth_shape(rep):
    truth = rep.truth()
    assert len(truth) >= 50
    kinds = Counter(t["kind"] for t in truth)
    assert kinds["clean"] >= 25 and kinds["offtopic"] >= 8 and kinds["trap"] >= 8
    assert all(not t["relevant"] for t in truth if t["kind"] != "clean")
    for t in truth:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00", t["published_at"])
        assert unicodedata.is_normalized("NFC", t["text"])
        assert not t["text"].startswith("(")
        assert "Tác giả:" not in t["text"] and ".jpg" not in t["text"]
        assert "?" not in t["url"]
    groups = Counter(t["duplicate_group"] for t in truth if t["duplicate_group"])
    assert groups and all(n >= 2 for n in groups.values())
    assert {t["site"] for t in truth if t["duplicate_group"]} >= {"chinhphu-news", "haiphong-news"}
    assert any(t["modified_at"] for t in truth)
    assert any(not t["published"] for t in truth)
    assert any(t["lead"] is None for t in truth) and any(t["author"] for t in truth)


def test_print_variant_serves_same_article(rep):
    for sid in rep.sites:
        site = rep.world.sites[sid]
        a = site.visible[0]
        r = get(site.base_url + site.cms.print_url(a))
        assert r.status_code == 200, sid
        assert f'rel="canonical" href="{site.url(a)}"' in r.text
        assert html.escape(a.paragraphs[-1], quote=True) in r.text


def test_tracking_params_on_listing_links(rep):
    info = rep.sites["daklak-news"]
    page = get(info.base_url + "/khoa-hoc-cong-nghe/").text
    assert "?gidzl=" in page
    link = re.search(r'href="([^"]+\?gidzl=[^"]+)"', page).group(1)
    assert get(info.base_url + html.unescape(link)).status_code == 200


def test_feeds_parse_and_list_truth_urls(rep):
    urls = {t["url"] for t in rep.truth() if t["published"]}
    cp, gl, dp = (rep.sites[s].base_url for s in ("chinhphu-news", "gialai-portal",
                                                  "daklak-portal"))
    feeds = [cp + "/home.rss", cp + "/chuyen-doi-so.rss", gl + "/rss/chuyen-doi-so.rss"]
    listing = get(dp + "/web/guest/chuyen-doi-so").text
    atom = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="([^"]+)"',
                     listing).group(1)
    feeds.append(dp + atom)
    for url in feeds:
        r = get(url)
        assert r.status_code == 200 and "charset=utf-8" in r.headers["Content-Type"]
        parsed = feedparser.parse(r.content)
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        assert parsed.entries
        assert {e.link for e in parsed.entries} <= urls
        assert all(e.get("published_parsed") for e in parsed.entries)
    assert parsed.version.startswith("atom")


def test_sitemaps_from_robots(rep):
    info = rep.sites["haiphong-news"]
    robots = get(info.base_url + "/robots.txt").text
    assert "Crawl-delay: 1" in robots and "Disallow: /tim-kiem" in robots
    assert "/tim-kiem" in get(info.base_url + "/").text  # linked, but disallowed
    maps = re.findall(r"^Sitemap: (\S+)$", robots, re.M)
    index = etree.fromstring(get(maps[0]).content)
    assert index.tag == SM + "sitemapindex"
    found = set()
    for sm in index.iter(SM + "sitemap"):
        assert sm.find(SM + "lastmod").text
        doc = etree.fromstring(get(sm.find(SM + "loc").text).content)
        found |= {u.find(SM + "loc").text for u in doc.iter(SM + "url")}
    assert found == {t["url"] for t in by_site(rep, "haiphong-news")}
    news = etree.fromstring(get(maps[1]).content)
    assert news.find(".//{http://www.google.com/schemas/sitemap-news/0.9}publication_date") \
        is not None
    cp = etree.fromstring(get(rep.sites["chinhphu-news"].base_url + "/sitemap.xml").content)
    assert len(list(cp.iter(SM + "url"))) == len(by_site(rep, "chinhphu-news"))


def test_conditional_requests_answer_304(rep):
    cp = rep.sites["chinhphu-news"].base_url
    art = by_site(rep, "chinhphu-news")[0]["url"]
    hp = rep.sites["haiphong-news"].base_url
    rep.log.clear()
    for url in (art, cp + "/chuyen-doi-so.htm", cp + "/home.rss", hp + "/sitemap.xml",
                cp + "/robots.txt"):
        first = get(url)
        etag, lm = first.headers["ETag"], first.headers["Last-Modified"]
        assert get(url, headers={"If-None-Match": etag}).status_code == 304
        assert get(url, headers={"If-Modified-Since": lm}).status_code == 304
        assert get(url, headers={"If-None-Match": '"stale"'}).status_code == 200
        older = "Mon, 01 Jan 2001 00:00:00 GMT"
        assert get(url, headers={"If-Modified-Since": older}).status_code == 200
    entries = rep.log.entries(status=304)
    assert len(entries) == 10 and all(e.conditional and e.bytes == 0 for e in entries)


def test_listing_pagination_and_liferay_repeats_last_page(rep):
    info = rep.sites["daklak-portal"]
    last = None
    for n in (1, 2, 99):
        r = get(f"{info.base_url}/web/guest/chuyen-doi-so?page={n}")
        assert r.status_code == 200 and 'class="next"' in r.text
        if n == 99:
            items = lambda t: re.findall(r'class="asset-title"><a href="([^"]+)"', t)  # noqa: E731
            assert items(r.text) == items(last)
        last = r.text
    dk = rep.sites["daklak-news"].base_url
    assert get(dk + "/khoa-hoc-cong-nghe/?paged=2").status_code == 200
    assert get(dk + "/khoa-hoc-cong-nghe/?paged=50").status_code == 404


def test_request_log_and_http_control(rep):
    info = rep.sites["anninh-news"]
    rep.log.clear()
    get(info.base_url + "/tin-moi", headers={"User-Agent": "cds-test/1"})
    get(info.base_url + "/robots.txt")
    get(info.base_url + "/khong-co-trang-nay")
    entries = rep.log.entries(site="anninh-news")
    assert [e.kind for e in entries] == ["listing", "robots", "other"]
    assert entries[0].user_agent == "cds-test/1" and entries[0].bytes > 1000
    assert entries[2].status == 404 and entries[0].method == "GET"
    assert entries[0].path == "/tin-moi"
    assert rep.log.by_site() == {"anninh-news": 3}
    assert rep.log.by_kind() == {"listing": 1, "robots": 1, "other": 1}
    over_http = get(info.base_url + "/_replica/log").json()
    assert len(over_http) == 3 and over_http[0]["kind"] == "listing"
    assert requests.post(info.base_url + "/_replica/log/clear", timeout=5).json()["cleared"]
    assert len(rep.log) == 0


def test_advance_publishes_exactly_what_truth_says():
    with Replica() as r:
        pending = [t["url"] for t in sorted(r.truth(), key=lambda t: t["published_at"])
                   if not t["published"]]
        before = {sid: get(i.base_url + r.world.sites[sid].cms.listing).headers["ETag"]
                  for sid, i in r.sites.items()}
        untouched = next(t["url"] for t in r.truth() if t["published"])
        art_etag = get(untouched).headers["ETag"]
        assert get(pending[0]).status_code == 404
        done = r.advance(2)
        after_truth = {t["url"]: t for t in r.truth()}
        new = [r.world.sites[a.site].url(a) for a in done]
        assert sorted(new, key=pending.index) == pending[:2]
        assert all(after_truth[u]["published"] for u in new)
        assert sum(not t["published"] for t in after_truth.values()) == len(pending) - 2
        changed = {a.site for a in done}
        for sid, info in r.sites.items():
            listing = get(info.base_url + r.world.sites[sid].cms.listing)
            assert (listing.headers["ETag"] != before[sid]) == (sid in changed), sid
        for u in new:
            site = next(i for i in r.sites.values() if u.startswith(i.base_url))
            listing = get(site.base_url + r.world.sites[next(
                s for s, i in r.sites.items() if i is site)].cms.listing).text
            assert urlsplit(u).path in listing.split('class="list-news"')[1][:3000]
            assert get(u).status_code == 200
        assert get(untouched).headers["ETag"] == art_etag
        # beyond the hand-written pool: generated articles, also via HTTP control
        base = r.sites["daklak-news"].base_url
        k = len(pending) - 2 + 4  # the rest of the pool plus 4 generated
        got = requests.post(f"{base}/_replica/advance?k={k}", timeout=10).json()["advanced"]
        assert len(got) == k and all(g["published"] for g in got)
        assert not [t for t in r.truth() if not t["published"]]
        assert all(get(g["url"]).status_code == 200 for g in got)
        assert len(r.truth()) == len(after_truth) + 4
        feed = feedparser.parse(get(r.sites["chinhphu-news"].base_url + "/home.rss").content)
        cp_new = [g["url"] for g in got if g["site"] == "chinhphu-news"]
        assert set(cp_new) <= {e.link for e in feed.entries}


def test_faults(rep):
    faults = {f["kind"]: f for f in rep.faults()}
    kinds = {"500-once", "404", "stall", "huge", "pdf", "windows-1258", "nfd", "eth-d"}
    assert kinds <= set(faults)
    truth = {t["url"]: t for t in rep.truth()}
    for f in faults.values():  # every fault is linked from its site's listing or is an article
        site = rep.world.sites[f["site"]]
        listing = get(site.base_url + site.cms.listing).text
        assert f["article"] or urlsplit(f["url"]).path in listing or f["kind"] == "disallowed"
    flaky = faults["500-once"]["url"]
    assert get(flaky).status_code == 500 and get(flaky).status_code == 200
    assert get(faults["404"]["url"]).status_code == 404
    t0 = time.monotonic()
    with pytest.raises(requests.exceptions.Timeout):
        get(faults["stall"]["url"], timeout=0.5)
    assert time.monotonic() - t0 < 3
    pdf = get(faults["pdf"]["url"])
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert len(get(faults["huge"]["url"]).content) >= 5 * 1024 * 1024
    legacy = get(faults["windows-1258"]["url"])
    assert "charset=windows-1258" in legacy.headers["Content-Type"]
    assert b'<meta charset="windows-1258">' in legacy.content
    with pytest.raises(UnicodeDecodeError):
        legacy.content.decode("utf-8")
    text = unicodedata.normalize("NFC", legacy.content.decode("cp1258"))
    want = truth[faults["windows-1258"]["url"]]["text"]
    assert all(html.escape(p, quote=True) in text for p in want.split("\n\n"))
    nfd = get(faults["nfd"]["url"]).content.decode("utf-8")
    assert not unicodedata.is_normalized("NFC", nfd)
    want = truth[faults["nfd"]["url"]]["text"]
    assert want.split("\n\n")[0] in unicodedata.normalize("NFC", nfd)
    eth = get(faults["eth-d"]["url"]).text
    assert "CÐS" in eth and "CĐS" not in eth
    assert "CĐS" in truth[faults["eth-d"]["url"]]["text"]


def test_refuses_non_loopback():
    with pytest.raises(ValueError):
        Replica(host_prefix="10.0.0.")
    for bad in ("0.0.0.0", "192.168.1.5", "example.org"):
        with pytest.raises(ValueError):
            check_loopback(bad)
    assert check_loopback("127.0.1.9") == "127.0.1.9"


def test_registry(rep, tmp_path):
    path = rep.write_registry(tmp_path / "sources.yaml")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = {e["id"]: e for e in doc["sources"]}
    assert set(entries) == set(rep.sites)
    need = {"id", "name", "kind", "province", "former_province", "allowed_domains", "start_urls",
            "feeds", "sitemaps", "topic_filter", "enabled", "confidence", "evidence",
            "extraction"}
    for sid, e in entries.items():
        assert need <= set(e), sid
        assert e["allowed_domains"] == [rep.sites[sid].host]
        assert all(get(u).status_code == 200 for u in e["start_urls"] + e["feeds"])
        assert re.search(e["article_url_pattern"],
                         urlsplit(by_site(rep, sid)[0]["url"]).path), sid
    assert entries["daklak-portal"]["feeds"] == [] and entries["haiphong-news"]["sitemaps"] == []
    assert entries["gialai-portal"]["former_province"] == "Bình Định"


def test_cli_truth(capsys):
    from cds.cli import main

    assert main(["replica", "truth"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["articles"]) >= 50 and out["faults"]


def test_scale_5000_starts_quickly_and_serves():
    t0 = time.monotonic()
    with Replica(scale=5000) as r:
        assert time.monotonic() - t0 < 5
        site = r.world.sites["gialai-portal"]
        assert len(site.visible) > 800
        last = -(-len(site.visible) // 5)
        t1 = time.monotonic()
        page = get(site.base_url + site.cms.page_url(last))
        assert page.status_code == 200
        gen = site.visible[-1]
        assert gen.seed is not None
        body = get(site.url(gen)).content
        assert 60 * 1024 <= len(body) <= 140 * 1024
        assert time.monotonic() - t1 < 2
        texts = {tuple(a.paragraphs) for a in site.visible[-50:]}
        assert len(texts) == 50
    assert time.monotonic() - t0 < 10


def test_fail_and_heal_a_whole_site(rep):
    info = rep.sites["gialai-portal"]
    art = by_site(rep, "gialai-portal")[0]["url"]
    rep.fail("gialai-portal", 503)
    try:
        assert get(art).status_code == 503
        assert get(info.base_url + "/robots.txt").status_code == 503
        assert get(rep.sites["anninh-news"].base_url + "/").status_code == 200
        assert rep.log.entries(site="gialai-portal")[-2].kind == "article"
    finally:
        rep.heal("gialai-portal")
    assert get(art).status_code == 200
    requests.post(info.base_url + "/_replica/fail?status=500", timeout=5)
    assert get(art).status_code == 500
    assert requests.post(info.base_url + "/_replica/heal", timeout=5).json()["failing"] == {}
    assert get(art).status_code == 200


def test_start_pages_are_not_articles(rep):
    extract_article = pytest.importorskip("crawler.extraction").extract_article
    for entry in rep.registry():
        for url in entry["start_urls"]:
            r = get(url)
            got = extract_article(r.content, url, encoding=r.encoding)
            assert not got.is_article, (url, got.reason)


def test_preferred_ports_are_reused_and_a_taken_one_falls_back():
    """``cds demo --keep-database`` starts the replica on the last demo's ports so the kept
    archive's URLs still point at its sites; a port taken since then gives way to a free one."""
    import socket

    with Replica() as first:
        ports = {sid: site.port for sid, site in first.sites.items()}
    taken_site = next(iter(ports))
    blocker = socket.socket()
    try:
        blocker.bind((urlsplit(f"http://{Replica().hosts[0]}").hostname, ports[taken_site]))
        blocker.listen()
        with Replica(ports=ports) as again:
            got = {sid: site.port for sid, site in again.sites.items()}
    finally:
        blocker.close()
    assert got[taken_site] != ports[taken_site]
    assert {sid: p for sid, p in got.items() if sid != taken_site} == {
        sid: p for sid, p in ports.items() if sid != taken_site}
