"""RSS and Atom feeds (feedparser) and their auto-discovery links on HTML pages."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser
from parsel import Selector

from crawler import limits

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml",
              "application/rdf+xml", "application/xml", "text/xml")


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: datetime | None = None


def _entry_time(entry: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def parse_feed(body: bytes, url: str) -> list[FeedEntry] | None:
    """Entries of an RSS/Atom document, links made absolute; ``None`` if it is not a feed
    (or larger than ``limits.MAX_DOCUMENT_BYTES``)."""
    if not limits.within(body):
        return None
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        return None
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if link:
            entries.append(FeedEntry(urljoin(url, link.strip()), entry.get("title"),
                                     _entry_time(entry)))
    return entries


def feed_links(html: Selector | str, base_url: str) -> list[str]:
    """``<link rel="alternate" type="application/rss+xml|atom+xml" href>`` URLs of a page."""
    sel = html if isinstance(html, Selector) else Selector(text=html)
    urls: list[str] = []
    for link in sel.xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        ctype = (link.attrib.get("type") or "").lower().strip()
        if "alternate" in rel and ("rss" in ctype or "atom" in ctype):
            url = urljoin(base_url, link.attrib["href"].strip())
            if url not in urls:
                urls.append(url)
    return urls
