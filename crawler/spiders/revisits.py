"""Pages this crawl requests again without discovering them: requests an earlier run left over,
articles whose last fetch failed transiently, and pages an older extractor or lexicon rejected
(:mod:`crawler.judge`). Sent first, at the start of each source."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from scrapy.http import Request

from crawler.extensions import inc_source
from crawler.urls import canonicalize_url


class RevisitsMixin:
    """Mixed into :class:`crawler.spiders.cds_news.CdsNewsSpider` (uses its ``crawler``,
    ``settings``, ``storage``, ``logger``, ``_request``, ``parse_article``, ``_database_down``
    and the run's ``_scheduled``, ``_discovered`` and ``_documents`` sets)."""

    crawler: Any
    settings: Any
    storage: Any
    logger: Any
    _scheduled: set[str]
    _discovered: set[str]
    _documents: set[str]
    _request: Callable[..., Request]
    parse_article: Callable[..., Any]
    _database_down: Callable[[Exception], None]

    def _carried_over(self, source: Any) -> Iterator[Request]:
        """Requests an earlier run left to this one (budget spent, host paused:
        :mod:`crawler.budget`), sent before anything is re-discovered."""
        from crawler.budget import Carryover

        try:
            requests = list(Carryover.of(self.crawler).requests(self, source))
        except Exception as exc:  # noqa: BLE001 - the database is down: stop cleanly
            self._database_down(exc)
            return
        for request in requests:
            kind, key = request.meta["cds_kind"], canonicalize_url(request.url)
            if kind == "article":
                if key in self._scheduled:
                    continue
                self._scheduled.add(key)
                self._discovered.add(key)
            elif kind in ("feed", "sitemap"):
                self._documents.add(key)
            yield request

    def _retry_transient(self, source: Any) -> Iterator[Request]:
        """Articles whose last fetch failed transiently, with attempts left: tried again even
        when the page that listed them answers 304 now."""
        try:
            urls = self.storage.transient_urls(source.id)
        except Exception as exc:  # noqa: BLE001 - a retry list is not worth failing the crawl
            self.logger.warning("source %s: transient URLs not listed: %s", source.id, exc)
            return
        if urls:
            inc_source(self.crawler.stats, source.id, "retried_transient", len(urls))
        for url in urls:
            if url not in self._scheduled:
                self._scheduled.add(url)
                self._discovered.add(url)
                yield self._request(url, "article", source, self.parse_article, cds_url=url)

    def _refetch_stale(self, source: Any) -> Iterator[Request]:
        """Pages rejected by an older extractor or lexicon version (see :mod:`crawler.judge`):
        judged again from the raw archive (no request to the site), or, without a raw copy,
        fetched once more."""
        try:
            urls = [(url, None) for url in self.storage.stale_urls(source.id)]
            if self.settings.getbool("CDS_REEXTRACT_IN_CRAWL", True):
                urls += [(url, (name, offset)) for url, name, offset
                         in self.storage.stale_archived(source.id)]
        except Exception as exc:  # noqa: BLE001 - a re-fetch list is not worth failing the crawl
            self.logger.warning("source %s: stale URLs not listed: %s", source.id, exc)
            return
        for url, where in urls:
            if url in self._scheduled:
                continue
            self._scheduled.add(url)
            self._discovered.add(url)
            inc_source(self.crawler.stats, source.id,
                       "refetched_stale" if where is None else "reextract_scheduled")
            meta = {"cds_warc": where} if where else {}
            yield self._request(url, "article", source, self.parse_article, cds_url=url, **meta)
