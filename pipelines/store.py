"""StorePipeline: writes articles through :class:`pipelines.storage.Storage` and leaves each item
in dataset-record format (so ``scrapy crawl … -O items.jsonl`` writes the record); records the
drops of the other pipelines (off_topic, rejected) as visited URLs."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem

from crawler.urls import canonicalize_url
from pipelines.records_io import to_record
from pipelines.storage import (
    StorageUnavailable,
    close_spider_unavailable,
    database_down,
    get_storage,
    inc_stat,
)

logger = logging.getLogger(__name__)

#: Storage status → stats counter.
COUNTERS = {"stored": "stored", "duplicate": "duplicates", "updated": "updated",
            "unchanged": "unchanged"}
#: DropItem reason prefixes recorded as visited outcomes.
DROP_OUTCOMES = ("off_topic", "rejected")


class StorePipeline:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler)

    def spider_opened(self, spider: Any = None) -> None:
        """Connect (and migrate) once the spider is open: an unreachable database closes it
        cleanly with reason ``database_unavailable`` before anything is fetched."""
        try:
            get_storage(self.crawler)
        except StorageUnavailable as exc:
            close_spider_unavailable(self.crawler, exc)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if database_down(self.crawler):
            raise DropItem("database_unavailable: not stored")
        try:
            result = get_storage(self.crawler).store(dict(item))
        except StorageUnavailable as exc:
            close_spider_unavailable(self.crawler, exc)
            raise DropItem(f"database_unavailable: {exc}") from exc
        inc_stat(self.crawler, item.get("source"), COUNTERS[result.status])
        row = {**result.row, "source": result.row["source_id"],
               "source_name": item.get("source_name"), "province": item.get("province"),
               "former_province": item.get("former_province")}
        for name, value in to_record(row).items():
            item[name] = value
        return item

    def item_dropped(self, item: Any, response: Any = None, exception: Any = None,
                     spider: Any = None) -> None:
        """Record off_topic / rejected drops of other pipelines as visited URLs."""
        reason = str(exception or "")
        outcome = reason.split(":", 1)[0].strip()
        if outcome not in DROP_OUTCOMES or getattr(exception, "cds_recorded", False):
            return
        url, source = item.get("url"), item.get("source")
        if not url or not source or database_down(self.crawler):
            return
        try:
            get_storage(self.crawler).record_visit(
                canonicalize_url(url), source, outcome, reason=reason.split(":", 1)[-1].strip()
            )
        except StorageUnavailable as exc:
            close_spider_unavailable(self.crawler, exc)
        inc_stat(self.crawler, source, outcome)
