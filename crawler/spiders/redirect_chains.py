"""Redirect chains of article requests, remembered hop by hop (issue #17).

Every URL of a chain is recorded visited (``redirected``, with the chain's final status and the
chain's first URL as reason), so a later run that finds any hop linked somewhere does not fetch
the chain again. A redirect to an article this run schedules anyway, or to one already visited,
stops there (:class:`~crawler.redirects.RedirectToKnown`), recorded and counted
(``redirect/to_known``): the article is stored once, by its own request. A redirect the
scheduler drops as a duplicate is recorded and counted too (``redirect/dropped``).
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Request

from crawler.extensions import inc_source
from crawler.urls import canonicalize_url


class RedirectChainsMixin:
    """Mixed into :class:`crawler.spiders.cds_news.CdsNewsSpider` (uses its ``storage``,
    ``sources_by_id``, ``_scheduled``, ``_visit`` and ``_database_down``)."""

    sources_by_id: dict[str, Any]
    _scheduled: set[str]
    _discovered: set[str]
    crawler: Any
    storage: Any

    def _record_hops(self, meta: dict[str, Any], last: str | None, source: Any,
                     status: int | None, reason: str | None = None) -> int:
        """Record the URLs of a redirect chain (``redirect_urls`` and ``last``) but its first
        (``cds_url``, recorded by the caller) as visited ``redirected``, with the chain's final
        status, unless visited already: the next run fetches none of them again."""
        first = meta.get("cds_url")
        urls = [*meta.get("redirect_urls", ()), *([last] if last else [])]
        canonical = (canonicalize_url(u, source=source) for u in urls)
        hops = list(dict.fromkeys(k for k in canonical if k != first))
        if not hops:
            return 0
        try:
            for url in self.storage.unseen(hops):
                self.storage.record_visit(url, source.id, "redirected",
                                          reason=reason or f"redirect_chain:{first}"[:2000],
                                          http_status=status)
                inc_source(self.crawler.stats, source.id, "redirect_hops")
        except Exception as exc:  # noqa: BLE001
            self._database_down(exc)
        return len(hops)

    def redirect_to_known(self, request: Request, target: str, status: int) -> bool:
        """Called by :class:`~crawler.redirects.RedirectOutcomeMiddleware` for an article
        redirect: True (chain recorded ``redirected``, ``redirect_to_known`` counted) when
        ``target`` is an article this run schedules anyway or one already visited; otherwise
        the target is marked scheduled, so that the chain's article is fetched once."""
        source = self.sources_by_id.get(request.meta.get("cds_source", ""))
        if source is None:
            return False
        key = canonicalize_url(target, source=source)
        if key == request.meta.get("cds_url"):
            return False
        try:
            known = key in self._scheduled or not self.storage.unseen([key])
        except Exception as exc:  # noqa: BLE001
            self._database_down(exc)
            return False
        if not known:
            self._scheduled.add(key)
            self._discovered.add(key)
            return False
        stats = self.crawler.stats
        stats.inc_value("redirect/to_known")
        inc_source(stats, source.id, "redirect_to_known")
        why = f"redirect_to:{key}"[:2000]
        self._visit(request.meta["cds_url"], source, "redirected", why, status)
        self._record_hops(request.meta, request.url, source, status, reason=why)
        return True

    def request_dropped(self, request: Request) -> None:
        """A request the scheduler dropped as a duplicate: for an article redirect, the chain
        is recorded and counted (``redirect/dropped``) instead of vanishing."""
        source = self.sources_by_id.get(request.meta.get("cds_source", ""))
        if source is None or request.meta.get("cds_kind") != "article" or \
                not request.meta.get("redirect_urls"):
            return
        self.crawler.stats.inc_value("redirect/dropped")
        inc_source(self.crawler.stats, source.id, "redirect_dropped")
        why = f"redirect_to:{canonicalize_url(request.url, source=source)}"[:2000]
        self._visit(request.meta["cds_url"], source, "redirected", why, None)
        self._record_hops(request.meta, request.url, source, None, reason=why)

