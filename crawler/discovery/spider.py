"""Discovery from a home page, wired into the ``cds_news`` spider (:class:`DiscoveryMixin`).

On page 1 of a start page: menu sections named in the lexicon (walked as listings), RSS index
pages (their CĐS and all-news feeds), ``<link rel=alternate>`` feeds. Per source, once its start
page answered: the well-known sitemap paths. Everything found (or found absent) is remembered in
``discovered_entries``; the next crawl asks each remembered entry point once, conditionally, and
retries an absent well-known path only after ``CDS_DISCOVER_RETRY_DAYS``. A remembered section
that redirects (301) is followed and remembered at its new URL; one that answers 404/410 sends
the crawl back to the home page to find it again. Both are ``section_moved`` events.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from scrapy.http import Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import limits
from crawler.discovery.page import PageLinks, read_document
from crawler.discovery.rss_index import pick_feeds
from crawler.discovery.wellknown import due, wellknown_urls
from crawler.extensions import inc_source, record_event
from crawler.urls import canonicalize_url

GONE = (404, 410)


class DiscoveryMixin:
    """Mixed into :class:`crawler.spiders.cds_news.CdsNewsSpider` (uses its ``_request``,
    ``_document``, ``parse_listing``, ``parse_sitemap``, ``storage`` and ``settings``)."""

    _disc_cache: dict[str, dict[str, dict[str, Any]]]
    _disc_walked: set[tuple[str, str]]
    _disc_rediscovered: set[str]
    _disc_probed: set[str]

    # -- state ------------------------------------------------------------------------------
    def _disc_state(self) -> None:
        if not hasattr(self, "_disc_cache"):
            self._disc_cache, self._disc_walked = {}, set()
            self._disc_rediscovered, self._disc_probed = set(), set()

    def remembered(self, source_id: str) -> dict[str, dict[str, Any]]:
        """What discovery remembers of a source: canonical URL -> row (read once per crawl)."""
        self._disc_state()
        if source_id not in self._disc_cache:
            try:
                rows = self.storage.discovered.load(source_id)
            except Exception as exc:  # noqa: BLE001 - discovery is not worth failing the crawl
                self.logger.warning("source %s: discovered entries not read: %s", source_id, exc)
                rows = []
            self._disc_cache[source_id] = {canonicalize_url(r["url"]): r for r in rows}
        return self._disc_cache[source_id]

    def _note(self, source: Any, url: str, kind: str, status: str = "found", **fields: Any) -> None:
        row = self.remembered(source.id).setdefault(canonicalize_url(url), {"url": url})
        row.update(kind=kind, status=status, last_checked_at=datetime.now(UTC),
                   **{k: v for k, v in fields.items() if k != "productive"})
        try:
            self.storage.discovered.note(source.id, url, kind, status, **fields)
        except Exception as exc:  # noqa: BLE001
            self.logger.warning("source %s: discovery of %s not remembered: %s", source.id, url,
                                exc)

    def _setting(self, name: str, default: Any) -> Any:
        value = self.settings.get(name, default)
        return type(default)(value) if not isinstance(default, bool) else \
            self.settings.getbool(name, default)

    # -- start ------------------------------------------------------------------------------
    def discovery_start(self, source: Any) -> Iterator[Request]:
        """Requests for the remembered entry points of a source and its due well-known paths."""
        self._disc_state()
        now = datetime.now(UTC)
        retry = self._setting("CDS_DISCOVER_RETRY_DAYS", 7.0)
        rows = self.remembered(source.id)
        for row in list(rows.values()):
            if row.get("status") != "found":
                continue
            kind, url = row.get("kind"), row["url"]
            if kind == "section":
                yield from self._walk_section(source, url)
            elif kind == "feed":
                yield from self._document(source, url, "feed", cds_remembered=True)
            elif kind == "sitemap" or kind == "wellknown":
                yield from self._wellknown(source, url)
            elif kind == "rss_index":
                yield self._request(url, "listing", source, self.parse_rss_index,
                                    cds_page=1, cds_walk=url, cds_rss_index=True)
            elif kind == "start" and due(row.get("last_checked_at"), now, retry):
                yield from self._rediscover(source, url, reason="weekly")
        yield from self._idle_sections(source, rows, now)

    def _idle_sections(self, source: Any, rows: dict[str, dict[str, Any]],
                       now: datetime) -> Iterator[Request]:
        """A section that has yielded nothing new for ``CDS_DISCOVER_IDLE_DAYS`` sends the crawl
        back to the home page (at most daily) to see whether the menu points elsewhere now."""
        idle_days = self._setting("CDS_DISCOVER_IDLE_DAYS", 30.0)
        if idle_days <= 0:
            return
        idle = [r for r in rows.values() if r.get("kind") == "section"
                and r.get("status") == "found"
                and due(r.get("last_productive_at") or r.get("found_at"), now, idle_days)]
        starts = [r for r in rows.values() if r.get("kind") == "start"]
        if idle and starts and all(due(r.get("last_checked_at"), now, 1.0) for r in starts):
            inc_source(self.crawler.stats, source.id, "idle_sections", len(idle))
            yield from self._rediscover(source, starts[0]["url"],
                                        reason=f"{idle[0]['url']} idle for {idle_days:g} days")

    def _wellknown_due(self, source: Any) -> Iterator[Request]:
        """The well-known sitemap paths not yet known, or absent for a week; asked once the
        site answered its start page (a host that is down is not probed)."""
        self._disc_state()
        if source.id in self._disc_probed:
            return
        self._disc_probed.add(source.id)
        if source.sitemaps or not (self._setting("CDS_DISCOVER_WELLKNOWN", True)
                                   and self._setting("CDS_DISCOVER_ROBOTS_SITEMAPS", True)):
            return  # sitemap discovery off: neither robots.txt nor the usual paths
        now = datetime.now(UTC)
        retry = self._setting("CDS_DISCOVER_RETRY_DAYS", 7.0)
        rows = self.remembered(source.id)
        for url in wellknown_urls(source.start_urls[0]):
            row = rows.get(canonicalize_url(url))
            if row is None or (row.get("status") == "absent"
                               and due(row.get("last_checked_at"), now, retry)):
                yield from self._wellknown(source, url)

    def _wellknown(self, source: Any, url: str) -> Iterator[Request]:
        key = canonicalize_url(url)
        if key in self._documents:
            return
        self._documents.add(key)
        inc_source(self.crawler.stats, source.id, "wellknown_tried")
        yield self._request(url, "sitemap", source, self.parse_wellknown, cds_configured=False,
                            cds_wellknown=True)

    def _walk_section(self, source: Any, url: str) -> Iterator[Request]:
        key = (source.id, canonicalize_url(url))
        starts = {canonicalize_url(u) for u in source.start_urls}
        if key in self._disc_walked or key[1] in starts:
            return
        self._disc_walked.add(key)
        yield self._request(url, "listing", source, self.parse_listing, cds_page=1,
                            cds_walk=url, cds_section=url)

    def _rediscover(self, source: Any, url: str, *, reason: str) -> Iterator[Request]:
        """The home page once more, in full (no validators), to find sections again."""
        self._disc_state()
        if source.id in self._disc_rediscovered:
            return
        self._disc_rediscovered.add(source.id)
        inc_source(self.crawler.stats, source.id, "rediscovered")
        self.logger.info("source %s: looking for its sections again on %s (%s)", source.id, url,
                         reason)
        yield Request(url, callback=self.parse_rediscovery, errback=self.on_error,
                      dont_filter=True, priority=15,
                      meta={"cds_source": source.id, "cds_kind": "listing", "cds_page": 1,
                            "cds_walk": url, "cds_rediscover": True})

    # -- listing hooks ------------------------------------------------------------------------
    def discovers_on(self, response: Response, source: Any) -> bool:
        """Whether ``response`` is page 1 of a start URL, whose sections and RSS index pages
        discovery looks for (:meth:`discover_on_page`)."""
        meta = response.meta
        return (not meta.get("cds_section") and meta.get("cds_page") == 1
                and meta.get("cds_walk") in source.start_urls)

    def discovery_listing(self, response: Response, source: Any,
                          found: PageLinks | None) -> Iterator[Request]:
        """Called first by ``parse_listing`` (``found``: what the page links to, read off the
        event loop): remembers sections checked and moved; on page 1 of a start page (200),
        discovers sections, RSS index pages and feeds."""
        meta = response.meta
        section = meta.get("cds_section")
        if section and meta.get("cds_page") == 1:
            moved = meta.get("redirect_urls") and canonicalize_url(response.url) != \
                canonicalize_url(section)
            if moved:
                record_event(self.crawler.stats, source.id, "section_moved",
                             f"{section} -> {response.url}")
                self._note(source, section, "section", "moved", moved_to=response.url)
                self._disc_walked.add((source.id, canonicalize_url(response.url)))
            self._note(source, response.url, "section")
            return
        walk = meta.get("cds_walk")
        if meta.get("cds_page") != 1 or walk not in source.start_urls:
            return
        yield from self._wellknown_due(source)
        if response.status != 200 or found is None:
            return
        if (meta.get("redirect_urls") and urljoin(walk, "/") != walk
                and canonicalize_url(response.url) != canonicalize_url(walk)):
            record_event(self.crawler.stats, source.id, "section_moved",
                         f"{walk} -> {response.url}")
            self._note(source, walk, "section", "moved", moved_to=response.url)
        yield from self.discover_on_page(response, source, found)

    def discovery_productive(self, response: Response, source: Any, new: int) -> None:
        """Called by ``parse_listing`` with the number of new links of a section page."""
        section = response.meta.get("cds_section")
        if section and new and response.meta.get("cds_page") == 1:
            self._note(source, response.url, "section", productive=True)

    def discover_on_page(self, response: TextResponse, source: Any,
                         found: PageLinks) -> Iterator[Request]:
        """Sections, RSS index pages and ``<link rel=alternate>`` feeds of one start page."""
        stats = self.crawler.stats
        self._note(source, response.url, "start")
        for url in found.feeds:
            if self.settings.getbool("CDS_DISCOVER_FEEDS", True):
                self._note(source, url, "feed", label="link rel=alternate")
        if self._setting("CDS_DISCOVER_SECTIONS", True):
            gone = {k for k, r in self.remembered(source.id).items()
                    if r.get("status") in ("gone", "moved")}
            limit = self._setting("CDS_DISCOVER_MAX_SECTIONS", 3)
            for sec in found.sections[:limit]:
                if canonicalize_url(sec.url) in gone:
                    continue
                known = self.remembered(source.id).get(canonicalize_url(sec.url))
                if known is None:
                    inc_source(stats, source.id, "discovered_sections")
                    if meta_rediscover(response):
                        record_event(stats, source.id, "section_rediscovered", sec.url)
                self._note(source, sec.url, "section", label=sec.text, score=sec.score)
                yield from self._walk_section(source, sec.url)
        if self._setting("CDS_DISCOVER_RSS_INDEX", True):
            for url in found.rss_index[:2]:
                key = canonicalize_url(url)
                if (source.id, key) in self._disc_walked:
                    continue
                self._disc_walked.add((source.id, key))
                self._note(source, url, "rss_index")
                yield self._request(url, "listing", source, self.parse_rss_index, cds_page=1,
                                    cds_walk=url, cds_rss_index=True)

    # -- callbacks ----------------------------------------------------------------------------
    async def parse_rediscovery(self, response: Response) -> AsyncIterator[Request]:
        source = self._source_of(response)
        if isinstance(response, TextResponse) and response.status == 200:
            found = await self.page_links(response, source, feeds=True, discover=True,
                                          articles=False)
            for request in self.discover_on_page(response, source, found) if found else ():
                yield request

    def parse_rss_index(self, response: Response) -> Iterator[Request]:
        source = self._source_of(response)
        self._note(source, response.url, "rss_index")
        if response.status == 304 or not isinstance(response, TextResponse):
            return
        for url, why in pick_feeds(response.selector, response.url, self._domains(source)):
            inc_source(self.crawler.stats, source.id, "discovered_feeds")
            self._note(source, url, "feed", label=f"RSS index: {why}")
            yield from self._document(source, url, "feed", cds_remembered=True)

    async def parse_wellknown(self, response: Response) -> AsyncIterator[Request]:
        source = self._source_of(response)
        parsed = None
        if response.status == 200:
            ok, parsed = await self.off_loop(response, source, read_document, "sitemap",
                                             response.body, response.url,
                                             limits.MAX_DOCUMENT_BYTES)
            if not ok:
                return
            if parsed is None:
                self._note(source, response.url, "wellknown", "absent", label="not a sitemap")
                return
        self._note(source, response.meta.get("redirect_urls", [response.url])[0], "wellknown")
        async for request in self.parse_sitemap(response, parsed):
            yield request

    # -- errors -------------------------------------------------------------------------------
    def discovery_error(self, failure: Failure) -> bool:
        """Handle the failures discovery owns; True when ``on_error`` has nothing left to do."""
        request = failure.request
        meta = request.meta
        source = self.sources_by_id.get(meta.get("cds_source", ""))
        if source is None:
            return False
        status = failure.value.response.status if failure.check(HttpError) else None
        home = urljoin(source.start_urls[0], "/") if source.start_urls else None
        if meta.get("cds_wellknown"):
            if status in GONE or status == 403:
                self._note(source, request.url, "wellknown", "absent", label=f"http {status}")
                return True
            return False
        if meta.get("cds_rss_index") and status in GONE:
            self._note(source, request.url, "rss_index", "gone")
            return True
        if meta.get("cds_remembered") and status in GONE:
            self._note(source, request.url, "feed", "gone")
            return False  # the usual feed_gone event
        if meta.get("cds_page") == 1 and meta.get("cds_kind") == "listing" and status in GONE:
            walk = meta.get("cds_section") or meta.get("cds_walk")
            if meta.get("cds_rediscover"):
                return False
            record_event(self.crawler.stats, source.id, "section_moved",
                         f"{walk} -> gone ({status})")
            self._note(source, walk, "section", "gone")
            if home and self._setting("CDS_DISCOVER_SECTIONS", True):
                for req in self._rediscover(source, home, reason=f"{walk} answered {status}"):
                    self.crawler.engine.crawl(req)
            return bool(meta.get("cds_section"))
        return False


def meta_rediscover(response: Response) -> bool:
    return bool(response.meta.get("cds_rediscover"))
