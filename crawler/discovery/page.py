"""Everything the crawl reads from one listing or start page, in one parse, off the event loop
(and feeds and sitemaps, :func:`read_document`).

:func:`page_links` is a pure function of the page's text, so the spider runs it in an
extraction worker (or a thread) under ``CDS_PARSE_TIMEOUT``: a page with 100,000 links or a
huge DOM costs that worker seconds, never the crawl's reactor (crawler/spiders/cds_news.py).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from parsel import Selector

from crawler import limits
from crawler.discovery.feeds import FeedEntry, feed_links, parse_feed
from crawler.discovery.links import Link, article_links
from crawler.discovery.listings import next_page_url
from crawler.discovery.rss_index import rss_index_links
from crawler.discovery.sections import Section, find_sections
from crawler.discovery.sitemaps import SitemapEntry, parse_sitemap


@dataclass(frozen=True)
class PageLinks:
    """What one page links to; ``sections`` and ``rss_index`` only when asked."""

    articles: list[Link]
    feeds: list[str] = field(default_factory=list)
    next_page: str | None = None
    sections: list[Section] = field(default_factory=list)
    rss_index: list[str] = field(default_factory=list)
    #: Seconds the parse took (in the worker).
    seconds: float = 0.0


def page_links(html: str, url: str, domains: Iterable[str],
               pattern: str | re.Pattern[str] | None = None, *, with_dates: bool = False,
               max_anchors: int | None = None, page: int | None = None, feeds: bool = False,
               sections: int | None = None, rss_index: bool = False,
               articles: bool = True) -> PageLinks:
    """Article links (:func:`article_links`) of ``html`` and, as asked: its feeds (``feeds``),
    the URL of page ``page + 1`` (``page``), up to ``sections`` menu sections and its RSS index
    pages (``rss_index``)."""
    started = time.perf_counter()
    sel = Selector(text=html)
    domains = list(domains)
    found = article_links(sel, url, domains, pattern, with_dates=with_dates,
                          max_anchors=max_anchors) if articles else []
    return PageLinks(
        articles=found,
        feeds=feed_links(sel, url) if feeds else [],
        next_page=next_page_url(sel, url, page) if page is not None else None,
        sections=find_sections(sel, url, domains, limit=sections) if sections else [],
        rss_index=rss_index_links(sel, url, domains) if rss_index else [],
        seconds=time.perf_counter() - started,
    )


def read_document(kind: str, body: bytes, url: str, limit: int
                  ) -> list[FeedEntry] | tuple[str, list[SitemapEntry]] | None:
    """:func:`parse_feed` (``kind`` "feed") or :func:`parse_sitemap` of ``body``, with the
    crawl's byte limit (``limit``: the worker process does not share the crawl's setting)."""
    limits.MAX_DOCUMENT_BYTES = limit
    return parse_feed(body, url) if kind == "feed" else parse_sitemap(body, url)
