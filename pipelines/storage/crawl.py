"""The storage's place in a Scrapy crawl: the crawl's one :class:`Storage`, closing the spider
when the database is down, and the ``cds/…`` stats counters."""

from __future__ import annotations

import logging
from typing import Any

from pipelines.storage.facade import Storage

logger = logging.getLogger(__name__)


def get_storage(crawler: Any) -> Storage:
    """The crawl's one :class:`Storage`, created on first use; flushed and closed on
    ``spider_closed``."""
    storage = getattr(crawler, "_cds_storage", None)
    if storage is None:
        from scrapy import signals

        storage = Storage.from_settings(crawler.settings)
        crawler._cds_storage = storage
        crawler.signals.connect(storage.spider_closed, signal=signals.spider_closed)
    return storage


def close_spider_unavailable(crawler: Any, exc: BaseException) -> None:
    """Log clearly and close the spider with reason ``database_unavailable`` (once)."""
    if getattr(crawler, "_cds_database_down", False):
        return
    crawler._cds_database_down = True
    logger.error("%s: closing the spider (reason database_unavailable); articles not stored "
                 "are not marked visited and will be fetched again", exc)
    engine = getattr(crawler, "engine", None)
    if engine is None:
        return
    if hasattr(engine, "close_spider_async"):
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(engine.close_spider_async(reason="database_unavailable"))
    else:  # pragma: no cover - Scrapy < 2.14
        engine.close_spider(crawler.spider, "database_unavailable")


def database_down(crawler: Any) -> bool:
    """True once :func:`close_spider_unavailable` ran for this crawl."""
    return bool(getattr(crawler, "_cds_database_down", False))


def inc_stat(crawler: Any, source_id: str | None, counter: str, count: int = 1) -> None:
    """Increment ``cds/<counter>`` and ``cds/source/<source_id>/<counter>`` in Scrapy stats."""
    stats = getattr(crawler, "stats", None)
    if stats is None:
        return
    stats.inc_value(f"cds/{counter}", count)
    if source_id:
        stats.inc_value(f"cds/source/{source_id}/{counter}", count)
