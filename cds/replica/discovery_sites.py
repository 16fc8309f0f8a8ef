"""Three more replica sites for discovery from a home page (issue #14), on 127.0.1.7-9, only
with ``Replica(discovery_sites=True)`` (``cds replica serve --discovery-sites``):

- menu-news (.7): its CĐS section ``/chuyen-muc/chinh-quyen-so`` is linked only from the menu.
- rssindex-news (.8): feeds listed only on ``/rss.html`` (a footer "RSS" link): all news, CĐS,
  sport, culture; a ``/sitemap_index.xml`` that robots.txt does not name.
- moved-news (.9): CĐS section ``/chuyen-doi-so/``; ``Replica.move_section`` moves it to
  ``/chuyen-muc/chuyen-doi-so-so-hoa/`` (the old URL answers 301 to the new one, or 404).

Generated articles only (``max(12, scale // 6)`` per site).
"""

from __future__ import annotations

from datetime import timedelta
from html import escape

from cds.replica import server as srv
from cds.replica.cms import CMS_BY_SITE, MonthBucket, OneCms
from cds.replica.layout import links

EXTRA_IDS = ["menu-news", "rssindex-news", "moved-news"]
HOST_NUMBERS = {"menu-news": 7, "rssindex-news": 8, "moved-news": 9}
NAMES = {
    "menu-news": ("Báo Hòa Bình (bản sao offline)", "newspaper", "Phú Thọ", "Hòa Bình"),
    "rssindex-news": ("Báo Quảng Ngãi (bản sao offline)", "newspaper", "Quảng Ngãi", None),
    "moved-news": ("Báo Cần Thơ (bản sao offline)", "newspaper", "Cần Thơ", None),
}
RSS_FEEDS = [("/rss/tin-moi.rss", "Tin mới nhất"), ("/rss/chuyen-doi-so.rss", "Chuyển đổi số"),
             ("/rss/the-thao.rss", "Thể thao"), ("/rss/van-hoa.rss", "Văn hóa")]
DECLARED_FEEDS = {"rssindex-news": ["/rss/tin-moi.rss", "/rss/chuyen-doi-so.rss"]}
MOVED_TO = "/chuyen-muc/chuyen-doi-so-so-hoa/"


class MenuNews(OneCms):
    """CĐS section reachable only through the menu (not linked from the home page body)."""

    brand = "Báo Hòa Bình"
    listing = "/chuyen-muc/chinh-quyen-so"
    nav = [("/chinh-tri", "Chính trị"), ("/kinh-te", "Kinh tế"),
           ("/chuyen-muc/chinh-quyen-so", "Chính quyền số"), ("/the-thao", "Thể thao")]
    sections = ["/chinh-tri", "/kinh-te", "/the-thao"]


class RssIndexNews(MonthBucket):
    """Feeds only on an RSS index page linked from the footer; no CĐS section in the menu."""

    brand = "Báo Quảng Ngãi"
    listing = "/tong-hop/"
    nav = [("/thoi-su/", "Thời sự"), ("/van-hoa/", "Văn hóa"), ("/the-thao/", "Thể thao")]
    sections = ["/thoi-su/", "/van-hoa/", "/the-thao/"]

    def footer(self) -> str:
        return (f"<p>© {self.brand}. <a href=\"/rss.html\">RSS</a> "
                "<a href=\"/lien-he/\">Liên hệ</a></p>")


class MovedNews(MonthBucket):
    """A CĐS section that :meth:`move` relocates (the 2025 redesign)."""

    brand = "Báo Cần Thơ"
    listing = "/chuyen-doi-so/"
    nav = [("/thoi-su/", "Thời sự"), ("/chuyen-doi-so/", "Chuyển đổi số"),
           ("/kinh-te/", "Kinh tế")]
    sections = ["/thoi-su/", "/kinh-te/"]

    def move(self, new: str) -> str:
        old, self.listing = self.listing, new
        self.nav = [(new if path == old else path, text) for path, text in self.nav]
        return old


CMS_BY_SITE.update({"menu-news": MenuNews, "rssindex-news": RssIndexNews,
                    "moved-news": MovedNews})


def populate(world, sids: list[str], scale: int, seed: int, start) -> None:
    """Generated articles for the extra sites (their own seeds, two hours apart)."""
    for k, sid in enumerate(sids):
        for j in range(max(12, scale // 6)):
            when = start - timedelta(hours=2 * (j + 1), minutes=13 * k)
            a = world._gen(sid, 700_000_000 + seed * 1_000_000 + k * 100_000 + j, when)
            a.visible = True
            world.sites[sid].add(a)


def rss_index_page(site) -> srv.Response:
    rows = links([(p, t) for p, t in RSS_FEEDS])
    main = f'<h1 class="cate-title">RSS</h1><ul class="rss-list">{rows}</ul>'
    html = site.cms.listing_page_html(site, [], 1, False, [], title="RSS", path="/rss.html")
    html = html.replace('<h1 class="cate-title">RSS</h1>', main, 1)
    return srv._text(html, srv.HTML, "listing", site.last_change())


def configure(site) -> None:
    """Channels of the extra sites (called by ``cds.replica._configure``)."""
    sid = site.info.id
    if sid == "rssindex-news":
        picks = {"/rss/tin-moi.rss": None, "/rss/chuyen-doi-so.rss": lambda a: a.relevant,
                 "/rss/the-thao.rss": lambda a: False, "/rss/van-hoa.rss": lambda a: False}
        site.feeds = {p: srv.rss_feed(escape(t), site.cms.listing, picks[p]) for p, t in RSS_FEEDS}
        site.feeds["/rss.html"] = rss_index_page
        site.sitemaps = {"/sitemap_index.xml": srv.plain_sitemap}


def move_section(site, mode: str = "301") -> tuple[str, str]:
    """Move moved-news's CĐS section; the old URL answers 301 to the new one, or 404."""
    if mode not in ("301", "404"):
        raise ValueError(f"mode {mode!r}: expected '301' or '404'")
    old = site.cms.move(MOVED_TO)
    site.redirects = {old: MOVED_TO} if mode == "301" else {}
    return old, MOVED_TO


def dump_registry(entries: list[dict], path) -> None:
    """Write ``{"sources": entries}`` as YAML without anchors (entries share rule lists)."""
    import yaml

    class NoAlias(yaml.SafeDumper):
        def ignore_aliases(self, data: object) -> bool:
            return True

    text = yaml.dump({"sources": entries}, Dumper=NoAlias, allow_unicode=True, sort_keys=False,
                     width=100)
    path.write_text(text, encoding="utf-8")


def home_only_entries(entries: list[dict]) -> list[dict]:
    """Registry entries cut down to what a new user knows: the home page only (no listing,
    feeds, sitemaps or pagination; the URL pattern and extraction rules are kept, so that a
    comparison with the full entries measures discovery, not extraction)."""
    from urllib.parse import urljoin

    out = []
    for entry in entries:
        home = urljoin(entry["start_urls"][0], "/")
        cut = {**entry, "start_urls": [home], "feeds": [], "sitemaps": [],
               "evidence": "home page only (discovery test)"}
        cut.pop("pagination", None)
        out.append(cut)
    return out
