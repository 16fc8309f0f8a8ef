"""WarcReplayMiddleware: answers requests carrying ``meta["cds_warc"] = (file, offset)`` with
the archived response, read in a thread; no network. With ``CDS_REPLAY_ONLY`` (``cds
reextract``) any other request is refused, so a re-extraction can never reach a site; in a crawl,
a copy that cannot be read is fetched from the site instead."""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Request, Response
from scrapy.responsetypes import responsetypes

from crawler.warc.extension import warc_dir
from crawler.warc.reader import ArchivedResponse, read_response, resolve


def to_response(archived: ArchivedResponse, request: Request) -> Response:
    """A Scrapy response of the right class (HTML, XML, …) for an archived one."""
    headers = Headers()
    for name, value in archived.headers:
        headers.appendlist(name, value)
    cls = responsetypes.from_args(headers=headers, url=archived.url, body=archived.body)
    return cls(url=archived.url or request.url, status=archived.status, headers=headers,
               body=archived.body, request=request, flags=["warc"])


class WarcReplayMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.only = crawler.settings.getbool("CDS_REPLAY_ONLY", False)
        self.directory = warc_dir(crawler.settings)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcReplayMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Any = None) -> Response | None:
        where = request.meta.get("cds_warc")
        if where is None:
            if self.only:
                raise IgnoreRequest(f"no archived copy of {request.url} (replay only)")
            return None
        name, offset = where
        try:
            archived = await asyncio.to_thread(read_response, resolve(name, self.directory),
                                               int(offset))
        except (OSError, ValueError) as exc:
            self.stats.inc_value("cds/warc/unreadable")
            if self.only:
                raise IgnoreRequest(f"archived copy unreadable: {exc}") from None
            request.meta.pop("cds_warc")
            return None  # the crawl fetches it from the site instead
        self.stats.inc_value("cds/warc/replayed")
        if archived.fetched_at and not request.meta.get("cds_fetched_at"):
            request.meta["cds_fetched_at"] = archived.fetched_at
        return to_response(archived, request)
