"""The ``cds_news`` spider: discovers article URLs of every selected source through its feeds,
sitemaps (configured or from robots.txt) and listing pages, and fetches each article once.

``scrapy crawl cds_news [-a sources=FILE] [-a source=ID,ID] [-a since=YYYY-MM-DD]``
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import limits
from crawler.budget import RequestDeferred
from crawler.dates import VN_TZ
from crawler.discovery import (
    Link,
    page_url,
)
from crawler.discovery.page import read_document
from crawler.discovery.spider import DiscoveryMixin
from crawler.extensions import inc_error, inc_source, record_event
from crawler.extraction_stats import count_extraction
from crawler.items import ArticleItem
from crawler.redirects import RedirectToKnown
from crawler.spiders.offloop import OffLoopMixin
from crawler.spiders.redirect_chains import RedirectChainsMixin
from crawler.spiders.revisits import RevisitsMixin
from crawler.urls import canonicalize_url, host_allowed, is_non_html, source_aliases, url_id
from crawler.workers import ExtractorFailed, ExtractorPool, worker_count

HTML_TYPES = (b"text/html", b"application/xhtml")
#: Priorities: discovery documents before listing pages before articles.
PRIORITY = {"feed": 20, "sitemap": 20, "listing": 10, "article": 0}


def parse_since(value: str | None) -> datetime | None:
    """``YYYY-MM-DD`` as the start of that day in Asia/Ho_Chi_Minh (None stays None)."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"since={value!r}: expected YYYY-MM-DD") from None
    return datetime(day.year, day.month, day.day, tzinfo=VN_TZ)


class CdsNewsSpider(DiscoveryMixin, OffLoopMixin, RedirectChainsMixin, RevisitsMixin,
                    scrapy.Spider):
    """One crawl of the selected sources (see the module docstring for the arguments)."""

    name = "cds_news"
    #: level of the "N source(s) selected: ids" line (a crawl log wants it; cds reextract not)
    selection_log_level = logging.INFO

    def __init__(self, sources: str | None = None, source: str | None = None,
                 since: str | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.sources_file = sources
        self.source_arg = source
        self.since = parse_since(since)
        self.spider_args = {k: v for k, v in
                            {"sources": sources, "source": source, "since": since}.items() if v}
        self.sources_by_id: dict[str, Any] = {}
        self.allowed_domains: list[str] = []
        self._scheduled: set[str] = set()   # canonical article URLs requested in this run
        self._discovered: set[str] = set()  # canonical article URLs counted as discovered
        self._documents: set[str] = set()   # canonical feed/sitemap URLs requested
        self._walks: dict[tuple[str, str], dict[str, set]] = {}
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        self._catch_up: set[str] | None = None  # sources whose previous crawl was interrupted

    # -- set-up -----------------------------------------------------------------------------
    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CdsNewsSpider:
        from crawler.settings_check import check

        check(crawler.settings)  # a bad -s value: one line, exit 2, before a run is recorded
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._load_sources()
        from crawler.judge import load_extractor

        spider.extract = load_extractor(crawler.settings.get("CDS_EXTRACTOR") or None)
        limits.MAX_DOCUMENT_BYTES = crawler.settings.getint("DOWNLOAD_MAXSIZE") or 8 * 1024 * 1024
        spider.extractor = ExtractorPool(
            worker_count(crawler.settings.getint("CDS_EXTRACT_PROCESSES", -1)),
            timeout=crawler.settings.getfloat("CDS_EXTRACT_TIMEOUT", 120.0))
        crawler.signals.connect(spider._robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(spider.extractor.close, signal=signals.spider_closed)
        crawler.signals.connect(spider.request_dropped, signal=signals.request_dropped)
        return spider

    def _load_sources(self) -> None:
        from seeds.registry import load_registry

        path = self.sources_file or self.settings.get("CDS_SOURCES_FILE") or None
        registry = load_registry(path)
        self.registry_path, self.registry_errors = registry.path, len(registry.errors)
        for issue in registry.errors:
            self.logger.error("registry %s", issue)
        for issue in registry.warnings:
            self.logger.warning("registry %s", issue)
        selected = registry.select(self.source_arg) if self.source_arg else registry.enabled()
        self.sources_by_id = {s.id: s for s in selected}
        domains: list[str] = []
        for source in selected:
            domains += self._domains(source)
            pattern = getattr(source, "article_url_pattern", None)
            self._patterns[source.id] = re.compile(pattern) if pattern else None
        self.allowed_domains = sorted(set(domains))
        self.logger.log(self.selection_log_level, "%d source(s) selected: %s", len(selected),
                        ", ".join(self.sources_by_id))

    @property
    def catch_up_sources(self) -> set[str]:
        """Sources whose previous crawl was interrupted: their listing walks do not stop at
        the first page without unseen links (see :func:`crawler.extensions.interrupted_sources`)."""
        if self._catch_up is None:
            from crawler.extensions import interrupted_sources
            from crawler.generation import run_key

            self._catch_up = interrupted_sources(self.storage, list(self.sources_by_id),
                                                 run_key=run_key(self.crawler.settings))
            if self._catch_up:
                self.logger.info("previous crawl interrupted for %s: walking their listings "
                                 "deeper", ", ".join(sorted(self._catch_up)))
        return self._catch_up

    @property
    def storage(self) -> Any:
        from pipelines.storage import get_storage

        return get_storage(self.crawler)

    def _domains(self, source: Any) -> list[str]:
        aliases = source_aliases(source)
        return [*source.allowed_domains, *aliases, *aliases.values()]

    def _request(self, url: str, kind: str, source: Any, callback: Any, **meta: Any) -> Request:
        meta.update(cds_source=source.id, cds_kind=kind)
        if kind != "article":
            meta.update(cds_conditional=True, handle_httpstatus_list=[304])
        return Request(url, callback=callback, errback=self.on_error, meta=meta,
                       priority=PRIORITY[kind])

    # -- start ------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        for request in self.initial_requests():
            yield request

    def initial_requests(self) -> Iterator[Request]:
        for source in self.sources_by_id.values():
            yield from self._carried_over(source)
            yield from self._retry_transient(source)
            yield from self._refetch_stale(source)
            for url in source.feeds:
                yield from self._document(source, url, "feed")
            for url in source.sitemaps:
                yield from self._document(source, url, "sitemap", cds_configured=True)
            for url in source.start_urls:
                yield self._request(url, "listing", source, self.parse_listing, cds_page=1,
                                    cds_walk=url)
            yield from self.discovery_start(source)

    def _document(self, source: Any, url: str, kind: str, **meta: Any) -> Iterator[Request]:
        """A feed or sitemap request, once per run."""
        key = canonicalize_url(url)
        if key in self._documents or not host_allowed(url, self._domains(source)):
            return
        self._documents.add(key)
        callback = self.parse_feed if kind == "feed" else self.parse_sitemap
        yield self._request(url, kind, source, callback, **meta)

    def _robots_parsed(self, robotparser: Any, request: Request) -> None:
        """Schedule the ``Sitemap:`` lines of a source's robots.txt."""
        source = self.sources_by_id.get(request.meta.get("cds_source", ""))
        if source is None or not self.settings.getbool("CDS_DISCOVER_ROBOTS_SITEMAPS", True):
            return
        rp = getattr(robotparser, "rp", None)
        for url in list(getattr(rp, "sitemaps", None) or []):
            for req in self._document(source, url, "sitemap", cds_configured=False):
                inc_source(self.crawler.stats, source.id, "robots_sitemaps")
                self.crawler.engine.crawl(req)

    # -- article scheduling -----------------------------------------------------------------
    def _article_requests(self, source: Any, links: Iterable[Link],
                          *, min_date: datetime | None = None) -> tuple[list[Request], int]:
        """Requests for the unseen article links of one page (one ``Storage.unseen`` call).

        Returns the requests and how many links are new in this run (unvisited before it).
        """
        domains = self._domains(source)
        pattern = self._patterns.get(source.id)
        min_date = max(filter(None, (min_date, self.since)), default=None)
        candidates: list[str] = []
        for link in links:
            if min_date and link.date and link.date < min_date:
                inc_source(self.crawler.stats, source.id, "skipped_old")
                continue
            if is_non_html(link.url) or not host_allowed(link.url, domains):
                continue
            url = canonicalize_url(link.url, source=source)
            if is_non_html(url) or (pattern is not None and not pattern.search(url)
                                    and not pattern.search(link.url)):
                continue
            candidates.append(url)
        candidates = list(dict.fromkeys(candidates))
        if not candidates:
            return [], 0
        try:
            unseen = set(self.storage.unseen(candidates))
        except Exception as exc:  # noqa: BLE001 - the database is down: stop cleanly
            self._database_down(exc)
            return [], 0
        stats = self.crawler.stats
        requests = []
        new = 0
        for url in candidates:
            if url not in self._discovered:
                self._discovered.add(url)
                inc_source(stats, source.id, "discovered")
                if url not in unseen:
                    inc_source(stats, source.id, "known")
            if url in self._scheduled:
                new += 1
            elif url in unseen:
                new += 1
                self._scheduled.add(url)
                requests.append(self._request(url, "article", source, self.parse_article,
                                              cds_url=url))
        return requests, new

    # -- callbacks --------------------------------------------------------------------------
    def _source_of(self, response: Response) -> Any:
        return self.sources_by_id[response.meta["cds_source"]]

    async def read_document(self, response: Response, source: Any, kind: str) -> Any:
        """The feed entries or ``(sitemap kind, entries)`` of ``response``, read off the event
        loop; None when unreadable (``<kind>_unparsable``) or given up (``parse_timeout``)."""
        ok, parsed = await self.off_loop(response, source, read_document, kind, response.body,
                                         response.url, limits.MAX_DOCUMENT_BYTES)
        if ok and parsed is None:
            inc_error(self.crawler.stats, source.id, f"{kind}_unparsable")
        return parsed

    async def parse_feed(self, response: Response) -> AsyncIterator[Request]:
        if response.status == 304:
            return
        source = self._source_of(response)
        entries = await self.read_document(response, source, "feed")
        if entries is None:
            return
        inc_source(self.crawler.stats, source.id, "feed_entries", len(entries))
        links = [Link(e.url, e.title or "", e.published) for e in entries]
        for request in self._article_requests(source, links)[0]:
            yield request

    async def parse_sitemap(self, response: Response,
                            parsed: tuple[str, list] | None = None) -> AsyncIterator[Request]:
        """A sitemap or sitemap index (``parsed``: already read by ``parse_wellknown``)."""
        if response.status == 304:
            return
        source = self._source_of(response)
        if parsed is None:
            parsed = await self.read_document(response, source, "sitemap")
        if parsed is None:
            return
        kind, entries = parsed
        depth = response.meta.get("cds_depth", 0)
        if kind == "sitemapindex":
            if depth >= self.settings.getint("CDS_SITEMAP_MAX_DEPTH", 3):
                return
            for entry in entries:
                if self.since and entry.lastmod and entry.lastmod < self.since:
                    continue
                if entry.lastmod and self._unchanged(entry.url, entry.lastmod):
                    inc_source(self.crawler.stats, source.id, "sitemaps_unchanged")
                    continue
                for request in self._document(
                        source, entry.url, "sitemap", cds_depth=depth + 1,
                        cds_configured=response.meta.get("cds_configured", True)):
                    yield request
            return
        min_date = None
        if not response.meta.get("cds_configured", True) and not self.since:
            days = self.settings.getint("CDS_DISCOVERED_SITEMAP_MAX_AGE_DAYS", 30)
            if days > 0:
                min_date = datetime.now(UTC) - timedelta(days=days)
                entries = [e for e in entries if e.date is not None]
        links = [Link(e.url, "", e.date) for e in entries]
        for request in self._article_requests(source, links, min_date=min_date)[0]:
            yield request

    def _unchanged(self, url: str, lastmod: datetime) -> bool:
        """Whether a child sitemap's ``lastmod`` is not newer than our last 200 of it."""
        validators = self.storage.validators(url)
        if not validators or not validators[1]:
            return False
        try:
            fetched = parsedate_to_datetime(validators[1])
        except (TypeError, ValueError):
            return False
        if fetched.tzinfo is None:
            fetched = fetched.replace(tzinfo=UTC)
        return lastmod <= fetched

    async def parse_listing(self, response: Response) -> AsyncIterator[Request]:
        source = self._source_of(response)
        page, walk = response.meta["cds_page"], response.meta["cds_walk"]
        state = self._walks.setdefault((source.id, walk), {"pages": set(), "links": set()})
        state["pages"].add(canonicalize_url(response.url))
        found = None
        if response.status != 304 and isinstance(response, TextResponse):
            template = getattr(source, "pagination", None)
            found = await self.page_links(
                response, source, page=None if template else page, feeds=page == 1,
                discover=self.discovers_on(response, source))
            if found is None:
                return  # given up (parse_timeout): counted, the next run tries again
        for request in self.discovery_listing(response, source, found):
            yield request
        if response.status == 304:
            return  # unchanged: nothing new on it, nor (newest first) behind it
        if found is None:
            inc_error(self.crawler.stats, source.id, "listing_not_html")
            return
        stats = self.crawler.stats
        inc_source(stats, source.id, "listing_pages")
        if page == 1 and self.settings.getbool("CDS_DISCOVER_FEEDS", True):
            for url in found.feeds:
                for req in self._document(source, url, "feed"):
                    inc_source(stats, source.id, "discovered_feeds")
                    yield req
        links = found.articles
        requests, new = self._article_requests(source, links)
        self.discovery_productive(response, source, new)
        for request in requests:
            yield request
        if not links:
            if page == 1:
                inc_error(stats, source.id, "listing_without_articles")
            return
        signature = frozenset(canonicalize_url(link.url, source=source) for link in links)
        if signature in state["links"]:
            inc_source(stats, source.id, "pagination_repeats")
            return
        state["links"].add(signature)
        if self.since:
            limit = self.settings.getint("CDS_BACKFILL_MAX_PAGES", 50)
            dated = [link.date for link in links if link.date]
            if dated and max(dated) < self.since:
                return
        else:
            limit = source.max_pages or self.settings.getint("CDS_LISTING_MAX_PAGES", 5)
            if new == 0 and source.id not in self.catch_up_sources:
                return
        if page >= limit:
            inc_source(stats, source.id, "listing_depth_limit")
            return
        template = getattr(source, "pagination", None)
        nxt = page_url(walk, template, page + 1) if template else found.next_page
        if not nxt or not host_allowed(nxt, self._domains(source)):
            return
        if canonicalize_url(nxt) in state["pages"]:
            inc_source(stats, source.id, "pagination_repeats")
            return
        yield self._request(nxt, "listing", source, self.parse_listing, cds_page=page + 1,
                            cds_walk=walk)

    async def parse_article(self, response: Response) -> AsyncIterator[ArticleItem]:
        """Extract one article in a worker process (see :mod:`crawler.workers`)."""
        from crawler.extraction import strip_inline_data

        source = self._source_of(response)
        url = response.meta["cds_url"]
        replayed = "cds_warc" in response.meta  # answered from the raw archive
        if response.meta.get("redirect_urls"):
            self._record_hops(response.meta, response.url, source, response.status)
        inc_source(self.crawler.stats, source.id, "reextracted" if replayed else "fetched")
        ctype = response.headers.get(b"Content-Type", b"").lower()
        if not isinstance(response, TextResponse) or (ctype and not ctype.startswith(HTML_TYPES)):
            self._visit(url, source, "not_article", "not_html", response.status)
            return
        body = strip_inline_data(response.body)  # the cap weighs the HTML, not inline images
        if len(body) > self.settings.getint("CDS_ARTICLE_MAX_BYTES", 3 * 1024 * 1024):
            inc_error(self.crawler.stats, source.id, "too_large")
            self._visit(url, source, "not_article", "too_large", response.status)
            return
        try:
            result = await self.extractor.run(
                self.extract, body, response.url, encoding=response.encoding,
                rules=getattr(source, "extraction", None))
        except ExtractorFailed as exc:
            inc_error(self.crawler.stats, source.id, exc.reason)
            self._visit(url, source, "transient", exc.reason, response.status)
            return
        count_extraction(self.crawler.stats, source.id, result)
        reason = (result.reason or "not_article") if not result.is_article else (
            limits.value_problem(result.title, result.author,
                                 self.settings.getint("CDS_TITLE_MAX_CHARS", 500),
                                 self.settings.getint("CDS_AUTHOR_MAX_CHARS", 200)))
        if reason:
            inc_source(self.crawler.stats, source.id, "not_article")
            self._visit(url, source, "not_article", reason, response.status)
            return
        yield ArticleItem(
            id=url_id(url), url=url, source=source.id, source_name=source.name,
            province=source.province, former_province=source.former_province,
            title=result.title, lead=result.lead, author=result.author,
            published_at=result.published_at, modified_at=result.modified_at,
            text=result.text, language="vi",
            fetched_at=response.meta.get("cds_fetched_at") or datetime.now(UTC),
        )

    def _visit(self, url: str, source: Any, outcome: str, reason: str | None,
               status: int | None) -> None:
        try:
            self.storage.record_visit(url, source.id, outcome, reason=reason, http_status=status)
        except Exception as exc:  # noqa: BLE001
            self._database_down(exc)

    def _database_down(self, exc: Exception) -> None:
        from pipelines.storage import StorageUnavailable, close_spider_unavailable

        if not isinstance(exc, StorageUnavailable):
            raise exc
        close_spider_unavailable(self.crawler, exc)

    # -- errors -----------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
        if self.discovery_error(failure):
            return
        request = failure.request
        source = self.sources_by_id.get(request.meta.get("cds_source", ""))
        if source is None:
            return
        if failure.check(RequestDeferred, RedirectToKnown):
            return  # left to the next run (crawler/budget.py), or recorded by redirect_to_known
        kind = request.meta.get("cds_kind")
        stats = self.crawler.stats
        status: int | None = None
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = f"http_{status}"
            outcome = "failed" if 400 <= status < 500 and status not in (408, 429) else "transient"
        elif failure.check(IgnoreRequest):
            message = str(failure.value)
            if "robots" in message.lower():
                reason, outcome = "robots_forbidden", None
                if kind != "article":
                    record_event(stats, source.id, "robots_forbidden", request.url)
            elif "offsite redirect" in message:
                reason, outcome = "offsite_redirect", "failed"
            elif "egress refused" in message:  # crawler/egress.py: a permanent failure
                reason, outcome = "blocked_address", "failed"
            elif "max redirections" in message:  # a redirect loop or too long a chain
                reason, outcome = "redirect_loop", "failed"
            else:
                reason, outcome = "ignored", None
        else:
            reason, outcome = failure.type.__name__, "transient"
        if kind == "listing" and status in (404, 410) and request.meta.get("cds_page", 1) > 1:
            inc_source(stats, source.id, "listing_end")  # walked past the last page
            return
        inc_error(stats, source.id, reason)
        if kind == "article":
            if outcome:
                inc_source(stats, source.id, "failed")
                self._visit(request.meta["cds_url"], source, outcome, reason, status)
                if request.meta.get("redirect_urls"):
                    self._record_hops(request.meta, request.url, source, status)
            return
        if status in (404, 410) and kind in ("feed", "sitemap"):
            record_event(stats, source.id, "feed_gone", request.url)
        elif kind == "listing" and status in (404, 410) and request.meta.get("cds_page") == 1:
            record_event(stats, source.id, "listing_gone", request.url)
        # a host given up for this run was logged once (crawler/reachability.py)
        log = self.logger.debug if request.meta.get("cds_host_unreachable") else self.logger.warning
        log("%s %s of %s: %s", kind, request.url, source.id, reason)
