"""The raw archive in a crawl: each response of a kept kind goes to the WARC writer thread; the
location of an article's response record is written with its visited mark.

Settings (``crawler/default_settings.py``): ``CDS_WARC_ENABLED``, ``CDS_WARC_KEEP``,
``CDS_WARC_DIR``, ``CDS_WARC_MAX_FILE_BYTES``, ``CDS_WARC_MAX_TOTAL_BYTES``,
``CDS_WARC_RETENTION_DAYS``.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.urls import url_id
from crawler.warc.reader import resolve
from crawler.warc.writer import Capture, WarcFiles, WarcWriter

logger = logging.getLogger(__name__)

#: ``CDS_WARC_KEEP`` → request kinds archived.
KEEP = {"articles": {"article"}, "all": {"article", "feed", "sitemap", "listing"}}


def warc_dir(settings: Any) -> Path:
    """``CDS_WARC_DIR``, else ``CDS_DATA_DIR/warc``."""
    from cds.config import data_dir

    configured = settings.get("CDS_WARC_DIR")
    return Path(configured) if configured else data_dir() / "warc"


class WarcArchive:
    """Scrapy extension: the crawl's raw archive (see the module docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.enabled = settings.getbool("CDS_WARC_ENABLED", True)
        keep = settings.get("CDS_WARC_KEEP", "articles")
        if keep not in KEEP:
            raise ValueError(f"CDS_WARC_KEEP={keep!r}: one of {', '.join(KEEP)}")
        self.kinds = KEEP[keep]
        self.directory = warc_dir(settings)
        self.writer: WarcWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchive:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        if ext.enabled:
            crawler.signals.connect(ext.response_received, signal=signals.response_received)
        return ext

    def spider_opened(self, spider: Any = None) -> None:
        from pipelines.storage import StorageUnavailable, get_storage

        settings = self.crawler.settings
        if self.enabled:
            files = WarcFiles(
                self.directory, prefix=settings.get("CDS_WARC_PREFIX", "cds"),
                max_file_bytes=settings.getint("CDS_WARC_MAX_FILE_BYTES", 1 << 30),
                max_total_bytes=settings.getint("CDS_WARC_MAX_TOTAL_BYTES", 0),
                retention_days=settings.getfloat("CDS_WARC_RETENTION_DAYS", 0),
                info={"robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                      "http-header-user-agent": settings.get("USER_AGENT", "")})
            self.writer = WarcWriter(files)
            logger.info("raw archive: WARC files in %s", self.directory)
        try:
            visits = get_storage(self.crawler).visits
        except StorageUnavailable:
            return  # the store pipeline closes the spider
        directory = self.directory

        @lru_cache(maxsize=4096)
        def exists(name: str) -> bool:
            return resolve(name, directory).is_file()

        visits.copy_exists = exists
        if self.writer is not None:
            visits.locate = self._locate

    def _locate(self, visit: dict[str, Any]) -> tuple[str, int] | None:
        assert self.writer is not None
        fields = {"url": visit["url"], "source": visit["source_id"],
                  "outcome": visit["outcome"], "reason": visit.get("reason"),
                  "extractor-version": visit.get("extractor_version"),
                  "lexicon-version": visit.get("lexicon_version")}
        return self.writer.locate(visit["url_id"], fields)

    def response_received(self, response: Any, request: Any, spider: Any = None) -> None:
        meta = request.meta
        kind = meta.get("cds_kind")
        if kind not in self.kinds or "cds_warc" in meta or not 200 <= response.status < 300:
            return
        assert self.writer is not None
        key = url_id(meta["cds_url"]) if kind == "article" and meta.get("cds_url") else None
        self.writer.submit(Capture(
            key=key, url=response.url, status=response.status,
            response_headers=[(k, v) for k, vs in response.headers.items() for v in vs],
            body=response.body,
            request_headers=[(k, v) for k, vs in request.headers.items() for v in vs],
            method=request.method, fetched_at=datetime.now(UTC),
            ip_address=str(response.ip_address) if response.ip_address else None,
            source=meta.get("cds_source"), kind=kind))

    def _stats(self) -> None:
        assert self.writer is not None
        stats = self.crawler.stats
        stats.set_value("cds/warc/records", self.writer.records)
        stats.set_value("cds/warc/bytes", self.writer.bytes)
        stats.set_value("cds/warc/files", self.writer.files.files)
        if self.writer.errors:
            stats.set_value("cds/warc/errors", self.writer.errors)

    def spider_closed(self, spider: Any = None, reason: str | None = None) -> None:
        """The counters so far, for the run's stats (the last batch's metadata follows)."""
        if self.writer is not None:
            self._stats()

    def engine_stopped(self) -> None:
        """After the last flush (``spider_closed``): write what is queued, close the files."""
        if self.writer is None:
            return
        self.writer.close()
        self._stats()
        logger.info("raw archive: %d records, %.1f MB in %d file(s) (pid %d)",
                    self.writer.records, self.writer.bytes / 1e6, self.writer.files.files,
                    os.getpid())
