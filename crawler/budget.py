"""Per-source per-run budgets, and the requests a crawl leaves to the next one.

A source may spend, in one run, at most ``CDS_BUDGET_ARTICLES`` article pages,
``CDS_BUDGET_REQUESTS`` requests and ``CDS_BUDGET_SECONDS`` seconds from its first request
(0: no limit; a registry entry's ``budget:`` overrides). Once one is spent,
:class:`BudgetMiddleware` does not send that source's further requests (only article requests
for the ``articles`` budget): each is *deferred*, kept in the ``deferred_requests`` table, and
the next run sends it before re-discovering (:meth:`Carryover.requests`), highest priority and
newest first. Requests to a host paused by a long ``Retry-After`` are deferred the same way.
Other sources are not affected. Stats: ``budget/<kind>_exhausted`` (sources), ``budget/deferred``
and ``budget/carried_over`` (requests), and per source ``deferred`` / ``carried_over``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

from crawler.extensions import inc_source, record_event
from crawler.urls import url_id

logger = logging.getLogger(__name__)
KINDS = ("articles", "requests", "seconds")


class RequestDeferred(IgnoreRequest):
    """A request left to the next run (not a failure: nothing is recorded as visited)."""


@dataclass(frozen=True)
class Budget:
    """Limits of one source in one run; 0 means none."""

    articles: int = 0
    requests: int = 0
    seconds: float = 0.0

    @classmethod
    def of(cls, settings: Any, source: Any = None) -> Budget:
        """From ``CDS_BUDGET_*``, overridden by the source's ``budget:`` entry."""
        own = getattr(source, "budget", None)
        values = {
            "articles": settings.getint("CDS_BUDGET_ARTICLES", 0),
            "requests": settings.getint("CDS_BUDGET_REQUESTS", 0),
            "seconds": settings.getfloat("CDS_BUDGET_SECONDS", 0.0),
        }
        for kind in KINDS:
            value = getattr(own, kind, None)
            if value is not None:
                values[kind] = value
        return cls(int(values["articles"]), int(values["requests"]), float(values["seconds"]))


def _meta(request: Request) -> dict[str, Any]:
    """The JSON-safe ``cds_*`` meta of ``request`` and its callback's name."""
    meta = {k: v for k, v in request.meta.items() if k.startswith("cds_")
            and k not in ("cds_validators", "cds_warc", "cds_carried", "cds_fetched_at")
            and isinstance(v, str | int | float | bool | type(None))}
    callback = getattr(request.callback, "__name__", None)
    if callback:
        meta["cds_callback"] = callback
    return meta


class Carryover:
    """This crawl's deferred requests and the carried-over ones it sent (one per crawl)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.deferred: dict[tuple[str, str], dict[str, Any]] = {}
        self.done: set[tuple[str, str]] = set()
        self.loaded: set[tuple[str, str]] = set()
        self._seq = 0
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def of(cls, crawler: Crawler) -> Carryover:
        carry = getattr(crawler, "_cds_carryover", None)
        if carry is None:
            carry = crawler._cds_carryover = cls(crawler)
        return carry

    @property
    def storage(self) -> Any:
        from pipelines.storage import get_storage

        return get_storage(self.crawler)

    def defer(self, request: Request, reason: str) -> RequestDeferred:
        """Keep ``request`` for the next run; returns the exception that drops it now."""
        from pipelines.schema import utcnow

        source_id = request.meta.get("cds_source")
        kind = request.meta.get("cds_kind") or "other"
        url = request.meta.get("cds_url") or request.url if kind == "article" else request.url
        if source_id:
            key = (source_id, url_id(url))
            if key not in self.deferred:
                self._seq += 1
                self.deferred[key] = {
                    "source_id": source_id, "url_id": key[1], "url": url, "kind": kind,
                    "priority": request.priority, "meta": _meta(request), "reason": reason,
                    "deferred_at": utcnow(), "seq": self._seq}
                stats = self.crawler.stats
                stats.inc_value("budget/deferred")
                inc_source(stats, source_id, "deferred")
            self.done.discard(key)
        return RequestDeferred(f"deferred to the next run ({reason}): {url}")

    def sent(self, request: Request) -> None:
        """A carried-over request left the frontier (sent, or deferred again)."""
        if request.meta.get("cds_carried"):
            key = (request.meta["cds_source"], request.meta["cds_carried"])
            if key not in self.deferred:
                self.done.add(key)

    def requests(self, spider: Any, source: Any) -> Iterator[Request]:
        """Requests of ``source`` deferred by earlier runs (articles visited since are
        dropped from the frontier), marked ``cds_carried``: at most what its budget lets this
        run send (the rest stays in the table, in its order)."""
        budget = Budget.of(self.crawler.settings, source)
        rows = self.storage.frontier.load(source.id, budget.requests or budget.articles or 0)
        articles = [r["url"] for r in rows if r["kind"] == "article"]
        unseen = set(self.storage.unseen(articles)) if articles else set()
        stats = self.crawler.stats
        for row in rows:
            key = (source.id, row["url_id"])
            self.loaded.add(key)
            if row["kind"] == "article" and row["url"] not in unseen:
                self.done.add(key)
                continue
            meta = dict(row["meta"] or {})
            callback = getattr(spider, meta.pop("cds_callback", ""), None)
            if callback is None:
                self.done.add(key)
                continue
            meta.update(cds_carried=row["url_id"], cds_source=source.id, cds_kind=row["kind"])
            if row["kind"] != "article":
                meta.update(cds_conditional=True, handle_httpstatus_list=[304])
            stats.inc_value("budget/carried_over")
            inc_source(stats, source.id, "carried_over")
            # one above its kind's priority: carried requests go before re-discovered ones
            yield Request(row["url"], callback=callback, errback=spider.on_error, meta=meta,
                          priority=row["priority"] + 1, dont_filter=True)

    def spider_closed(self, spider: Any = None, reason: str | None = None) -> None:
        """Write what is left to the next run and forget the carried rows that were sent."""
        from pipelines.storage import StorageUnavailable

        if not self.deferred and not self.done:
            return
        try:
            self.storage.frontier.commit(self.deferred.values(), self.done)
        except StorageUnavailable as exc:
            logger.error("%s: %d deferred request(s) not kept for the next run", exc,
                         len(self.deferred))
            return
        if self.deferred:
            logger.info("%d request(s) left to the next run (budgets, host pauses)",
                        len(self.deferred))


class BudgetMiddleware:
    """Defers the requests of a source whose per-run budget is spent (module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.carry = Carryover.of(crawler)
        self.budgets: dict[str, Budget] = {}
        self.requests: dict[str, int] = {}
        self.articles: dict[str, int] = {}
        self.started: dict[str, float] = {}
        self.exhausted: dict[str, set[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BudgetMiddleware:
        return cls(crawler)

    def _budget(self, source_id: str) -> Budget:
        budget = self.budgets.get(source_id)
        if budget is None:
            sources = getattr(self.crawler.spider, "sources_by_id", {}) or {}
            budget = self.budgets[source_id] = Budget.of(self.crawler.settings,
                                                         sources.get(source_id))
        return budget

    def _spent(self, source_id: str, kind: str) -> None:
        spent = self.exhausted.setdefault(source_id, set())
        if kind not in spent:
            spent.add(kind)
            self.crawler.stats.inc_value(f"budget/{kind}_exhausted")
            inc_source(self.crawler.stats, source_id, f"budget/{kind}_exhausted")
            record_event(self.crawler.stats, source_id, "budget_exhausted", kind)

    def process_request(self, request: Request) -> None:
        source_id = request.meta.get("cds_source")
        if not source_id or "cds_warc" in request.meta:  # replayed from the archive: free
            return
        budget = self._budget(source_id)
        now = time.monotonic()
        started = self.started.setdefault(source_id, now)
        new_article = (request.meta.get("cds_kind") == "article"
                       and not request.meta.get("retry_times")
                       and not request.meta.get("redirect_urls"))
        kind = None
        if budget.seconds and now - started >= budget.seconds:
            kind = "seconds"
        elif budget.requests and self.requests.get(source_id, 0) >= budget.requests:
            kind = "requests"
        elif new_article and budget.articles and \
                self.articles.get(source_id, 0) >= budget.articles:
            kind = "articles"
        if kind is not None:
            self._spent(source_id, kind)
            raise self.carry.defer(request, kind)
        self.requests[source_id] = self.requests.get(source_id, 0) + 1
        if new_article:
            self.articles[source_id] = self.articles.get(source_id, 0) + 1
        self.carry.sent(request)
