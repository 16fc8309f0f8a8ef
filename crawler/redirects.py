"""Redirects of article pages that end nowhere are permanent failures, not silent drops.

Scrapy drops some redirects without a trace: one back to a URL of the chain (the duplicate
filter), a meta refresh to another host (the offsite filter) or to a non-http(s) scheme. The
article is then never recorded as visited and every run fetches it again. This middleware sees
the 3xx and meta-refresh answers to article requests first and turns those cases into
``IgnoreRequest`` (``max redirections`` for a loop, ``egress refused`` for a target the egress
policy or the source's domains forbid), which the spider records as failed.

A redirect to an article URL already scheduled in this run, or already visited, stops there
(:class:`RedirectToKnown`): the spider records the chain's URLs as ``redirected`` to it and
counts ``redirect_to_known``; the article itself is fetched and stored once, by its own request
(Scrapy's duplicate filter would otherwise drop the redirect without a trace).
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.response import get_meta_refresh

from crawler.egress import EgressRefused, check_url, source_netlocs
from crawler.urls import canonicalize_url, host_allowed, source_aliases

REDIRECTS = (301, 302, 303, 307, 308)


class RedirectToKnown(IgnoreRequest):
    """An article redirect to a URL this run schedules anyway, or one already visited."""


class RedirectOutcomeMiddleware:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectOutcomeMiddleware:
        return cls(crawler)

    def _target(self, response: Response) -> str | None:
        if response.status in REDIRECTS and b"Location" in response.headers:
            return urljoin(response.url, response.headers[b"Location"].decode("latin-1").strip())
        if response.status == 200 and isinstance(response, HtmlResponse):
            _, url = get_meta_refresh(response)
            return url
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("cds_kind") != "article":
            return response
        target = self._target(response)
        if not target:
            return response
        chain = {canonicalize_url(u) for u in [*request.meta.get("redirect_urls", ()),
                                                request.url]}
        if canonicalize_url(target) in chain:
            raise IgnoreRequest(f"max redirections: {request.url} loops back to {target}")
        sources = getattr(self.crawler.spider, "sources_by_id", {}) or {}
        source = sources.get(request.meta.get("cds_source"))
        if source is None:
            return response
        aliases = source_aliases(source)
        allowed = source_netlocs(source) if getattr(source, "allow_private", False) else set()
        try:
            if not target.startswith(("http://", "https://")) or not host_allowed(
                    target, [*source.allowed_domains, *aliases, *aliases.values()]):
                raise EgressRefused(f"redirect off the source to {target[:200]}")
            check_url(target, allowed)
        except EgressRefused as refused:
            raise IgnoreRequest(f"egress refused {target[:200]}: {refused}") from None
        known = getattr(self.crawler.spider, "redirect_to_known", None)
        if known is not None and known(request, target, response.status):
            raise RedirectToKnown(f"redirect to a known article {target[:200]}")
        return response
