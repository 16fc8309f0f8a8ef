"""RSS index pages (``/rss``, ``/rss.html``, ``/rss.aspx``, "RSS" links in header or footer) and
the feeds worth reading on them: the CĐS ones and the all-news one, not sport or entertainment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.discovery.sections import SectionName, score_link, section_names, slug
from crawler.urls import host_allowed, is_http

INDEX_PATH_RE = re.compile(r"^/(?:rss|rss-feed|rss-feeds|kenh-rss)(?:\.html?|\.aspx|\.php)?/?$",
                           re.IGNORECASE)
FEED_URL_RE = re.compile(r"(?:\.rss$|\.xml$|/rss/|/feed/?$|[?&]format=rss|/atom/?$)",
                         re.IGNORECASE)
#: Feeds of all news: worth reading whatever their topic (titles and slugs, diacritics-free).
ALL_NEWS = ("tin-moi", "tin-moi-nhat", "moi-nhat", "trang-chu", "home", "tong-hop", "tat-ca",
            "tin-tuc", "news")


def _links(sel: Selector, base_url: str, domains: list[str]) -> Iterable[tuple[str, str]]:
    for anchor in sel.xpath("//body//a[@href]"):
        href = anchor.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if is_http(url) and host_allowed(url, domains):
            text = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
            yield url, text or (anchor.attrib.get("title") or "").strip()


def rss_index_links(html: Selector | str, base_url: str, domains: Iterable[str]) -> list[str]:
    """URLs of the site's RSS index page(s) linked from a page (not feeds themselves)."""
    sel = html if isinstance(html, Selector) else Selector(text=html)
    out: list[str] = []
    for url, text in _links(sel, base_url, list(domains)):
        path = urlsplit(url).path
        if FEED_URL_RE.search(url) and not INDEX_PATH_RE.match(path):
            continue
        if (INDEX_PATH_RE.match(path) or text.strip().upper() == "RSS") and url not in out:
            out.append(url)
    return out


def pick_feeds(html: Selector | str, base_url: str, domains: Iterable[str],
               names: Iterable[SectionName] | None = None) -> list[tuple[str, str]]:
    """``(feed URL, why)`` of an RSS index page: CĐS feeds (lexicon section names scoring at
    least 0.5) and all-news feeds; the rest is skipped."""
    sel = html if isinstance(html, Selector) else Selector(text=html)
    names = tuple(names if names is not None else section_names())
    out: dict[str, str] = {}
    for url, text in _links(sel, base_url, list(domains)):
        if not FEED_URL_RE.search(url) or url in out:
            continue
        value, matched = score_link(text, url, names)
        stem = re.sub(r"\.(?:rss|xml)$", "", urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
        if value >= 0.5:
            out[url] = f"section {matched}"
        elif slug(text) in ALL_NEWS or stem.lower() in ALL_NEWS:
            out[url] = "all news"
    return list(out.items())
