"""Downloader middlewares of the crawl: politeness, conditional GET, back-off, offsite redirects.

Requests carry ``meta["cds_source"]`` (registry id) and ``meta["cds_kind"]`` (``feed``,
``sitemap``, ``listing`` or ``article``); feeds, sitemaps and listing pages also carry
``meta["cds_conditional"] = True``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urljoin

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from crawler.extensions import inc_source, record_event
from crawler.urls import host_allowed, source_aliases

logger = logging.getLogger(__name__)


def _source(request: Request) -> str | None:
    return request.meta.get("cds_source")


class SourceStatsMiddleware:
    """Counts every request of a source (retries included) as ``cds/source/<id>/requests``."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SourceStatsMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if source_id := _source(request):
            inc_source(self.stats, source_id, "requests")


class ConditionalGetMiddleware:
    """Conditional GET for feeds, sitemaps and listing pages.

    Sends ``If-None-Match``/``If-Modified-Since`` from ``Storage.validators``; saves the
    validators of every 200; counts 304 answers as ``cds/source/<id>/not_modified``. The spider
    accepts 304 on these requests (``handle_httpstatus_list``) and treats it as "nothing new".
    Disable with ``CDS_CONDITIONAL_GET = False``.
    """

    def __init__(self, crawler: Crawler):
        if not crawler.settings.getbool("CDS_CONDITIONAL_GET", True):
            raise NotConfigured
        self.crawler = crawler
        self._storage: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        return cls(crawler)

    @property
    def storage(self) -> Any:
        if self._storage is None:
            from pipelines.storage import get_storage

            self._storage = get_storage(self.crawler)
        return self._storage

    def process_request(self, request: Request) -> None:
        if not request.meta.get("cds_conditional") or "cds_validators" in request.meta:
            return
        validators = self.storage.validators(request.url)
        request.meta["cds_validators"] = validators
        if validators:
            etag, last_modified = validators
            if etag:
                request.headers.setdefault(b"If-None-Match", etag)
            if last_modified:
                request.headers.setdefault(b"If-Modified-Since", last_modified)

    def process_response(self, request: Request, response: Response) -> Response:
        if not request.meta.get("cds_conditional"):
            return response
        if response.status == 304:
            if source_id := _source(request):
                inc_source(self.crawler.stats, source_id, "not_modified")
        elif response.status == 200:
            etag = response.headers.get(b"ETag")
            last_modified = response.headers.get(b"Last-Modified")
            if etag or last_modified:
                self.storage.save_validators(
                    request.url,
                    etag.decode("latin-1") if etag else None,
                    last_modified.decode("latin-1") if last_modified else None,
                    response.status,
                )
        return response


class SafeRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, safe for requests that wait for the same robots.txt.

    Scrapy 2.19 awaits the shared per-host Deferred through ``deferred_to_future``, which
    consumes its result: the second and later requests waiting for a robots.txt download get
    ``None`` and go out unchecked (the refactoring of scrapy/scrapy#6802). Each waiter here
    gets its own Deferred, relayed from the shared one.
    """

    async def robot_parser(self, request: Request) -> Any:
        parser = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(parser, Deferred):
            waiter: Deferred[Any] = Deferred()

            def relay(result: Any) -> Any:
                waiter.callback(result)
                return result

            parser.addCallback(relay)
            return await maybe_deferred_to_future(waiter)
        return await super().robot_parser(request)


class CrawlDelayMiddleware:
    """Honours robots.txt ``Crawl-delay`` per host (Scrapy reads but ignores it).

    On ``robots_parsed`` the host's delay is remembered, capped by ``CDS_CRAWL_DELAY_MAX``
    seconds (0 disables the middleware); before each request to that host the download slot's
    delay is raised to it (AutoThrottle may lower the slot delay; this puts it back).
    """

    def __init__(self, crawler: Crawler):
        self.cap = crawler.settings.getfloat("CDS_CRAWL_DELAY_MAX", 10.0)
        if self.cap <= 0 or not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.user_agent = (crawler.settings.get("ROBOTSTXT_USER_AGENT")
                           or crawler.settings.get("USER_AGENT") or "*")
        self.delays: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        mw = cls(crawler)
        crawler.signals.connect(mw.robots_parsed, signal=signals.robots_parsed)
        return mw

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        getter = getattr(robotparser, "crawl_delay", None)
        delay = getter(self.user_agent) if getter else None
        if delay:
            host = urlparse_cached(request).hostname or ""
            self.delays[host] = min(float(delay), self.cap)
            logger.info("robots.txt of %s: Crawl-delay %s s (used: %s s)", host, delay,
                        self.delays[host])

    def process_request(self, request: Request) -> None:
        delay = self.delays.get(urlparse_cached(request).hostname or "")
        if not delay:
            return
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < delay:
            slot.delay = delay


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware with exponential back-off before each retry.

    The n-th retry of a request waits ``CDS_RETRY_BACKOFF_BASE * 2 ** (n - 1)`` seconds, at most
    ``CDS_RETRY_BACKOFF_MAX``, before it is downloaded (other requests go on meanwhile).
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        mw = super().from_crawler(crawler)
        mw.backoff_base = crawler.settings.getfloat("CDS_RETRY_BACKOFF_BASE", 2.0)
        mw.backoff_max = crawler.settings.getfloat("CDS_RETRY_BACKOFF_MAX", 60.0)
        return mw

    def backoff(self, retry_times: int) -> float:
        return min(self.backoff_base * 2 ** (retry_times - 1), self.backoff_max)

    async def process_request(self, request: Request) -> None:
        retry_times = request.meta.get("retry_times", 0)
        if retry_times and request.meta.get("cds_backed_off") != retry_times:
            request.meta["cds_backed_off"] = retry_times
            delay = self.backoff(retry_times)
            if delay > 0:
                self.crawler.stats.inc_value("cds/retry/backoff_seconds", delay)
                await asyncio.sleep(delay)


class OffsiteRedirectMiddleware:
    """Redirects that leave a source's domains are recorded and not followed.

    Runs before Scrapy's RedirectMiddleware; on such a redirect it records the event
    ``offsite_redirect`` (the target URL) for the source and drops the request.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OffsiteRedirectMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        source_id = _source(request)
        location = response.headers.get(b"Location")
        if not source_id or response.status not in (301, 302, 303, 307, 308) or not location:
            return response
        spider = self.crawler.spider
        source = getattr(spider, "sources_by_id", {}).get(source_id)
        if source is None:
            return response
        target = urljoin(request.url, location.decode("latin-1").strip())
        aliases = source_aliases(source)
        domains = [*source.allowed_domains, *aliases, *aliases.values()]
        if host_allowed(target, domains):
            return response
        record_event(self.crawler.stats, source_id, "offsite_redirect",
                     f"{request.url} -> {target}")
        raise IgnoreRequest(f"offsite redirect to {target}")
