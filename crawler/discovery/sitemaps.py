"""Sitemaps, sitemap indexes and Google News sitemaps (Scrapy's sitemap utilities)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import lxml.etree
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler import limits
from crawler.dates import parse_datetime

NEWS_DATE_XPATH = ("//*[local-name()='url'][*[local-name()='news']]")


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None = None
    #: Google News ``<news:publication_date>``, where given.
    published: datetime | None = None

    @property
    def date(self) -> datetime | None:
        return self.published or self.lastmod


def _maybe_gunzip(body: bytes) -> bytes:
    """The body, gunzipped up to ``limits.MAX_DOCUMENT_BYTES`` (b"" when larger: not parsed)."""
    if body[:2] == b"\x1f\x8b":
        try:
            return limits.gunzip_capped(body, limits.MAX_DOCUMENT_BYTES)
        except limits.TooLarge:
            return b""
    return body if limits.within(body) else b""


def _news_dates(body: bytes) -> dict[str, datetime]:
    try:
        root = lxml.etree.fromstring(body, lxml.etree.XMLParser(recover=True,
                                                                resolve_entities=False))
    except lxml.etree.XMLSyntaxError:
        return {}
    dates: dict[str, datetime] = {}
    if root is None:
        return dates
    for url in root.xpath(NEWS_DATE_XPATH):
        loc = url.xpath("string(*[local-name()='loc'])").strip()
        raw = url.xpath("string(*[local-name()='news']/*[local-name()='publication_date'])")
        when = parse_datetime(raw.strip()) if raw.strip() else None
        if loc and when:
            dates[loc] = when
    return dates


def parse_sitemap(body: bytes, url: str) -> tuple[str, list[SitemapEntry]] | None:
    """``(kind, entries)`` with kind ``"sitemapindex"`` or ``"urlset"``; ``None`` if no sitemap."""
    body = _maybe_gunzip(body)
    if not body.strip():
        return None
    try:
        sitemap = Sitemap(body)
    except (lxml.etree.XMLSyntaxError, StopIteration, ValueError):
        return None
    if sitemap.type not in ("sitemapindex", "urlset"):
        return None
    news = _news_dates(body) if b"news" in body else {}
    entries = []
    for item in sitemap:
        loc = urljoin(url, item["loc"])
        lastmod = parse_datetime(item["lastmod"]) if item.get("lastmod") else None
        entries.append(SitemapEntry(loc, lastmod, news.get(item["loc"])))
    return sitemap.type, entries


def sitemaps_from_robots(body: bytes | str, base_url: str) -> list[str]:
    """``Sitemap:`` URLs of a robots.txt body."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return list(dict.fromkeys(sitemap_urls_from_robots(data, base_url=base_url)))
