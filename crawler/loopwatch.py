"""How long the crawl's event loop was held: :class:`LoopLag` (stat ``cds/reactor/max_lag``).

A timer asks to run every ``CDS_LOOP_LAG_INTERVAL`` seconds; how late it runs is the time the
loop spent in one piece of work (a parse, a database call) while every download waited. The
largest lateness of the run is the stat, and a lag above ``CDS_LOOP_LAG_WARN`` seconds is logged
once with the time it happened. ``CDS_LOOP_LAG_INTERVAL = 0`` turns it off.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class LoopLag:
    def __init__(self, crawler: Crawler) -> None:
        self.interval = crawler.settings.getfloat("CDS_LOOP_LAG_INTERVAL", 0.25)
        if self.interval <= 0:
            raise NotConfigured
        self.warn = crawler.settings.getfloat("CDS_LOOP_LAG_WARN", 5.0)
        self.stats = crawler.stats
        self.max_lag = 0.0
        self._handle: asyncio.TimerHandle | None = None
        self._due = 0.0
        self._warned = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LoopLag:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any = None) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - not the asyncio reactor
            loop = asyncio.get_event_loop()
        self._schedule(loop)

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        self._due = time.monotonic() + self.interval
        self._handle = loop.call_later(self.interval, self._tick, loop)

    def _tick(self, loop: asyncio.AbstractEventLoop) -> None:
        lag = max(0.0, time.monotonic() - self._due)
        if lag > self.max_lag:
            self.max_lag = lag
            self.stats.set_value("cds/reactor/max_lag", round(lag, 3))
        if lag > self.warn and not self._warned:
            self._warned = True
            logger.warning("the crawl's event loop was held for %.1f s (every download waited)",
                           lag)
        self._schedule(loop)

    def spider_closed(self, spider: Any = None) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
