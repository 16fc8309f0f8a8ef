"""Parsing off the crawl's event loop under a time limit (issue #17: a page with 100,000 links
or a huge DOM must not hold every download): the spider's heavy parses run in an extraction
worker (:meth:`crawler.workers.ExtractorPool.run_limited`) within ``CDS_PARSE_TIMEOUT``."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from scrapy.http import Response, TextResponse

from crawler.discovery.page import PageLinks, page_links
from crawler.extensions import inc_error, record_event
from crawler.workers import ExtractorFailed

T = TypeVar("T")


class OffLoopMixin:
    """Mixed into :class:`crawler.spiders.cds_news.CdsNewsSpider` (uses its ``extractor``,
    ``settings``, ``crawler``, ``since``, ``_patterns`` and ``_domains``)."""

    extractor: Any
    settings: Any
    crawler: Any
    since: Any
    _patterns: dict[str, Any]
    _domains: Callable[[Any], list[str]]

    async def off_loop(self, response: Response, source: Any, fn: Callable[..., T],
                       *args: Any, **kwargs: Any) -> tuple[bool, T | None]:
        """``(True, fn(*args, **kwargs))`` computed in a worker within ``CDS_PARSE_TIMEOUT``;
        ``(False, None)`` when the page was given up (``errors/parse_timeout`` or
        ``parse_failed``, an event naming the page)."""
        stats = self.crawler.stats
        try:
            return True, await self.extractor.run_limited(
                fn, args, kwargs, timeout=self.settings.getfloat("CDS_PARSE_TIMEOUT", 30.0),
                attempts=1)
        except ExtractorFailed as exc:
            reason = "parse_timeout" if exc.reason == "extractor_timeout" else "parse_failed"
            inc_error(stats, source.id, reason)
            stats.inc_value(f"parse/{reason}")
            record_event(stats, source.id, reason, response.url)
            stats.set_value(f"parse/last_{reason}_at", round(time.time(), 3))
            return False, None

    async def page_links(self, response: TextResponse, source: Any, *, page: int | None = None,
                         feeds: bool = False, discover: bool = False,
                         articles: bool = True) -> PageLinks | None:
        """:func:`~crawler.discovery.page.page_links` of ``response`` off the event loop, within
        ``CDS_PARSE_TIMEOUT``; None (``errors/parse_timeout``, or ``parse_failed``) when the page
        could not be read in time."""
        kwargs = {
            "with_dates": self.since is not None, "page": page, "feeds": feeds,
            "max_anchors": self.settings.getint("CDS_MAX_LINKS_PER_PAGE") or None,
            "sections": (self.settings.getint("CDS_DISCOVER_MAX_SECTIONS", 3)
                         if discover and self.settings.getbool("CDS_DISCOVER_SECTIONS", True)
                         else None),
            "rss_index": discover and self.settings.getbool("CDS_DISCOVER_RSS_INDEX", True),
            "articles": articles}
        pattern = self._patterns.get(source.id)
        ok, found = await self.off_loop(response, source, page_links, response.text,
                                        response.url, self._domains(source),
                                        pattern.pattern if pattern else None, **kwargs)
        if not ok or found is None:
            return None
        self.crawler.stats.max_value("parse/max_seconds", round(found.seconds, 3))
        return found

