"""Politeness by the RFCs: robots.txt status handling (RFC 9309) and ``Retry-After`` per host.

:class:`RfcRobotsTxtMiddleware` replaces the robots.txt middleware: a 4xx robots.txt allows
everything, a 5xx (after the retries) or an unreachable robots.txt disallows the whole host for
this run (an unreachable one is given up by crawler/reachability.py, or disallowed here when
that is off); its pages are not recorded as visited, so the next run tries again.

:class:`RetryAfterMiddleware` honours ``Retry-After`` (seconds or an HTTP date) on 429 and 503:
requests to that host wait until then, if the wait is at most ``CDS_RETRY_AFTER_MAX`` seconds;
a longer pause (at most ``CDS_RETRY_AFTER_PERSIST_MAX`` seconds) is kept in the ``host_pauses``
table, so later runs do not ask the host before the time either, and the host's requests are
deferred to the run after it (crawler/budget.py; ``errors/retry_after``, not visited).
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.budget import Carryover
from crawler.extensions import inc_error, record_event
from crawler.middlewares import SafeRobotsTxtMiddleware

logger = logging.getLogger(__name__)

DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class RfcRobotsTxtMiddleware(SafeRobotsTxtMiddleware):
    """robots.txt per RFC 9309 §2.3.1: 4xx allow all; 5xx or unreachable disallow all."""

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if 400 <= response.status < 500:
            response = response.replace(body=b"")
        elif response.status >= 500:
            self._unavailable(netloc, f"HTTP {response.status}")
            response = response.replace(body=DISALLOW_ALL)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        super()._robots_error(exc, netloc)
        # with CDS_SKIP_UNREACHABLE_HOSTS the host's requests already fail at once (transient,
        # tried again next run: crawler/reachability.py); otherwise disallow the host here
        if not isinstance(exc, IgnoreRequest) and not self.crawler.settings.getbool(
                "CDS_SKIP_UNREACHABLE_HOSTS", True):
            self._unavailable(netloc, type(exc).__name__)
            self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler,
                                                       DISALLOW_ALL)

    def _unavailable(self, netloc: str, why: str) -> None:
        self._stats.inc_value("cds/robots/unavailable")
        logger.warning("robots.txt of %s unavailable (%s): host disallowed for this run, "
                       "tried again next run", netloc, why)


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date); None if bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """Per-host pauses from ``Retry-After`` on 429/503 (see the module docstring)."""

    STATUSES = (429, 503)

    def __init__(self, crawler: Crawler):
        self.max_wait = crawler.settings.getfloat("CDS_RETRY_AFTER_MAX", 120.0)
        if self.max_wait < 0:
            raise NotConfigured
        self.max_pause = max(self.max_wait,
                             crawler.settings.getfloat("CDS_RETRY_AFTER_PERSIST_MAX", 86400.0))
        self.crawler = crawler
        self.paused_until: dict[str, float] = {}
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    @property
    def storage(self) -> Any:
        from pipelines.storage import get_storage

        return get_storage(self.crawler)

    def spider_opened(self, spider: Any = None) -> None:
        """Pauses set by earlier runs that have not ended yet."""
        from pipelines.storage import StorageUnavailable

        try:
            pauses = self.storage.frontier.pauses()
        except StorageUnavailable:
            return  # the run recorder closes the spider with one clear line
        now, mono = datetime.now(UTC), time.monotonic()
        for host, row in pauses.items():
            left = min((row["until"] - now).total_seconds(), self.max_pause)
            self.paused_until[host] = max(self.paused_until.get(host, 0.0), mono + left)
            logger.info("host %s paused until %s (Retry-After of an earlier run)", host,
                        row["until"].isoformat(timespec="seconds"))
        if pauses:
            self.crawler.stats.set_value("cds/retry_after/hosts_paused", len(pauses))

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).netloc
        until = self.paused_until.get(host)
        if until is None:
            return
        wait = until - time.monotonic()
        if wait <= 0:
            return
        if wait > self.max_wait:
            if source_id := request.meta.get("cds_source"):
                inc_error(self.crawler.stats, source_id, "retry_after")
            raise Carryover.of(self.crawler).defer(request, "retry_after")
        self.crawler.stats.inc_value("cds/retry_after/wait_seconds", wait)
        await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in self.STATUSES:
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait:
            wait = min(wait, self.max_pause)
            host = urlparse_cached(request).netloc
            until = time.monotonic() + wait
            if until > self.paused_until.get(host, 0.0):
                self.paused_until[host] = until
                source_id = request.meta.get("cds_source")
                if source_id:
                    record_event(self.crawler.stats, source_id, "retry_after",
                                 f"{host}: {wait:.0f} s")
                if wait > self.max_wait:
                    self._persist(host, wait, source_id, response.status)
        return response

    def _persist(self, host: str, wait: float, source_id: str | None, status: int) -> None:
        """Keep a pause longer than the run may wait for the next runs."""
        from pipelines.storage import StorageUnavailable

        try:
            self.storage.frontier.pause(host, datetime.now(UTC) + timedelta(seconds=wait),
                                        source_id=source_id, http_status=status)
        except StorageUnavailable as exc:
            logger.error("%s: pause of %s not kept for the next run", exc, host)
