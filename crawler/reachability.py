"""Hosts that cannot be reached are given up for the rest of the run, in one log line each.

:class:`UnreachableHostsMiddleware` (a downloader middleware) marks a host unreachable when

- its ``robots.txt`` fails with a network error: at once for a DNS failure or a refused
  connection (not retried: they are conclusive for this run), after the retry policy for the
  others (timeouts, lost connections);
- any request to it fails with a DNS failure or a refused connection after its retries.

Every later request to that host fails at once with the same error (the spider's errback
counts it per source as usual) instead of waiting for its own retries and back-off: a crawl of
77 sites without network takes seconds, not minutes. The host's failure is logged once, as one
line; the traceback Scrapy's robots.txt middleware logs for it goes to DEBUG
(:class:`RobotsNetworkErrorFilter`). Disable with ``CDS_SKIP_UNREACHABLE_HOSTS = False``.
"""

from __future__ import annotations

import copy
import logging

from scrapy import exceptions as scrapy_errors
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import defer
from twisted.internet import error as tx

logger = logging.getLogger(__name__)

#: Failures that say the host cannot be reached at all (DNS, refused, no route).
CONCLUSIVE: tuple[type[BaseException], ...] = (
    scrapy_errors.CannotResolveHostError, scrapy_errors.DownloadConnectionRefusedError,
    tx.DNSLookupError, tx.ConnectionRefusedError, tx.NoRouteError,
)
#: Routine network failures: the conclusive ones, timeouts, connections that broke.
NETWORK: tuple[type[BaseException], ...] = CONCLUSIVE + (
    scrapy_errors.DownloadTimeoutError, scrapy_errors.DownloadFailedError,
    scrapy_errors.ResponseDataLossError, tx.TimeoutError, defer.TimeoutError, tx.ConnectError,
    tx.ConnectionLost, tx.ConnectionDone,
)
ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"


def is_network_error(exc: BaseException | None) -> bool:
    return isinstance(exc, NETWORK)


def _is_robots(request: Request) -> bool:
    return bool(request.meta.get("dont_obey_robotstxt")) and (
        urlparse_cached(request).path == "/robots.txt")


class UnreachableHostsMiddleware:
    """See the module docstring. Runs after RobotsTxtMiddleware and the retry back-off for
    requests (priority 590) and before RetryMiddleware for exceptions."""

    def __init__(self, crawler: Crawler):
        if not crawler.settings.getbool("CDS_SKIP_UNREACHABLE_HOSTS", True):
            raise NotConfigured
        self.stats = crawler.stats
        self.max_retry_times = (crawler.settings.getint("RETRY_TIMES")
                                if crawler.settings.getbool("RETRY_ENABLED") else 0)
        self.down: dict[str, BaseException] = {}  # netloc -> the failure that decided it
        RobotsNetworkErrorFilter.install()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnreachableHostsMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        failure = self.down.get(urlparse_cached(request).netloc)
        if failure is None:
            return
        request.meta["dont_retry"] = True
        request.meta["cds_host_unreachable"] = True
        self.stats.inc_value("cds/unreachable/skipped_requests")
        raise copy.copy(failure).with_traceback(None)

    def process_exception(self, request: Request, exception: BaseException) -> None:
        if request.meta.get("cds_host_unreachable") or not isinstance(exception, NETWORK):
            return
        conclusive = isinstance(exception, CONCLUSIVE)
        robots = _is_robots(request)
        if robots and conclusive:
            request.meta["dont_retry"] = True  # conclusive for this run: no retries
        max_retries = request.meta.get("max_retry_times", self.max_retry_times)
        last_try = (request.meta.get("dont_retry")
                    or request.meta.get("retry_times", 0) + 1 > max_retries)
        if last_try and (robots or conclusive):
            self.mark(urlparse_cached(request).netloc, exception, request)

    def mark(self, netloc: str, exception: BaseException, request: Request) -> None:
        """Give up ``netloc`` for the rest of the run (logged once)."""
        if netloc in self.down:
            return
        self.down[netloc] = exception
        self.stats.inc_value("cds/unreachable/hosts")
        what = "robots.txt" if _is_robots(request) else request.url
        logger.warning("%s unreachable (%s, on %s): skipped for the rest of this run", netloc,
                       str(exception).rstrip(". ") or type(exception).__name__, what)


class RobotsNetworkErrorFilter(logging.Filter):
    """Scrapy's robots.txt middleware logs a failed robots.txt download at ERROR with the
    whole traceback. For a routine network failure this filter moves that record to DEBUG
    (traceback included): :class:`UnreachableHostsMiddleware` has logged the host's one line."""

    @classmethod
    def install(cls) -> None:
        """Add the filter to the robots.txt middleware's logger (once per process)."""
        target = logging.getLogger(ROBOTS_LOGGER)
        if not any(isinstance(f, cls) for f in target.filters):
            target.addFilter(cls())

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if record.levelno >= logging.ERROR and is_network_error(exc):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True
