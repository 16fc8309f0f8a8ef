"""The explorer in a real headless Chromium over a real crawl of the replica: a search without
diacritics, a province facet, an article and its syndicated copy, followed through the links the
pages render. Screenshots go to ``$CDS_SCREENSHOTS`` when set (docs/screenshots/ in the repo).
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import pytest
from lxml import html
from sqlalchemy import create_engine, text

from explorer.web import readonly_engine
from scheduler.web import start_in_thread
from tests.helpers_crawl import run_crawl
from tests.test_status_browser import find_browser, run_browser

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Iterator[str]:
    from cds.replica import Replica

    tmp = tmp_path_factory.mktemp("explorer")
    replica = Replica().start()
    try:
        registry = replica.write_registry(tmp / "sources.yaml")
        url = f"sqlite:///{tmp / 'archive.db'}"
        result = run_crawl(registry, url, tmp_path=tmp)
        assert result.ok, result.log_tail()
    finally:
        replica.stop()
    server = start_in_thread("127.0.0.1", 0, url)
    yield url, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    readonly_engine(url).dispose()


def plain(word: str) -> str:
    """Lower case without diacritics (đ → d)."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def dom_of(browser: str, profile: Path, url: str) -> html.HtmlElement:
    out, err = run_browser(browser, profile, "--dump-dom", url)
    assert out, f"chromium printed no DOM for {url}: {err[-2000:]}"
    return html.fromstring(out)


def shoot(browser: str, profile: Path, url: str, name: str, tmp: Path, height: int = 1000):
    shot = tmp / f"{name}.png"
    _, err = run_browser(browser, profile, f"--screenshot={shot}",
                         f"--window-size=1280,{height}", "--hide-scrollbars", url)
    assert shot.exists() and shot.stat().st_size > 1000, err[-2000:]
    if target := os.environ.get("CDS_SCREENSHOTS"):
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(target) / shot.name)


def test_search_filter_open_and_follow_a_copy(archive, tmp_path):
    url, base = archive
    browser = find_browser()
    engine = create_engine(url)
    with engine.connect() as conn:  # a syndicated story published in a province
        article, province, other = conn.execute(text(
            "SELECT a.id, s.province, coalesce(a.duplicate_of, c.id) FROM articles a "
            "JOIN sources s ON s.id = a.source_id LEFT JOIN articles c ON c.duplicate_of = a.id "
            "WHERE s.province IS NOT NULL AND (a.duplicate_of IS NOT NULL OR c.id IS NOT NULL) "
            "ORDER BY a.published_at DESC LIMIT 1")).one()
    engine.dispose()

    # 1. the home page's search form, filled without diacritics
    home = dom_of(browser, tmp_path / "p1", f"{base}/explore")
    form = home.xpath('//form[@role="search"]')[0]
    assert form.get("action") == "/explore"
    found = dom_of(browser, tmp_path / "p2", f"{base}{form.get('action')}?q=chuyen+doi+so")
    assert found.xpath("//article"), "no result for 'chuyen doi so'"
    assert all(plain(m.text_content()) in ("chuyen", "doi", "so")
               for m in found.xpath("//p[@class='snippet']/mark"))
    assert found.xpath("//p[@class='snippet']/mark")

    # 2. the province facet
    facet = found.xpath(f'//ul[@id="facet-province"]//a[@data-value="{province}"]/@href')
    assert facet, f"no facet for {province}"
    filtered = dom_of(browser, tmp_path / "p3", urljoin(base, facet[0]))
    assert filtered.xpath(f'//ul[@id="facet-province"]/li[@class="active"]//a'
                          f'[@data-value="{province}"]')
    metas = filtered.xpath("//article//div[@class='meta']")
    assert metas and all(f"· {province} ·" in m.text_content() for m in metas)

    # 3. the article, then its copy
    link = filtered.xpath(f'//article[@data-id="{article}"]//a[@class="title"]/@href')
    assert link, f"{article} not listed under {province}"
    page = dom_of(browser, tmp_path / "p4", urljoin(base, link[0]))
    assert page.xpath('//a[@id="original"]/@href')[0].startswith("http")
    copy_links = page.xpath('//ul[@id="copies"]//a[@class="copy"]/@href')
    assert f"/explore/article/{other}" in copy_links
    copy = dom_of(browser, tmp_path / "p5", urljoin(base, f"/explore/article/{other}"))
    assert copy.xpath('//h1[@id="title"]')[0].text_content().strip()
    assert link[0] in copy.xpath('//ul[@id="copies"]//a[@class="copy"]/@href')

    shoot(browser, tmp_path / "s1", f"{base}/explore?q=chuyen+doi+so", "explorer-search",
          tmp_path)
    shoot(browser, tmp_path / "s2", urljoin(base, link[0]), "explorer-article", tmp_path)
    shoot(browser, tmp_path / "s3", f"{base}/explore/charts", "explorer-charts", tmp_path,
          height=1500)
