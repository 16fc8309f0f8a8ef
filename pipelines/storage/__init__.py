"""The storage layer, one concern per module:

- :mod:`~pipelines.storage.database`: engine, read connection, retried transactions, the
  writers' lock, :class:`StorageUnavailable`;
- :mod:`~pipelines.storage.visits`: the visited-URL frontier;
- :mod:`~pipelines.storage.validators`: HTTP validators for conditional GET;
- :mod:`~pipelines.storage.articles` + :mod:`~pipelines.storage.duplicates`: article writes
  and the duplicate check;
- :mod:`~pipelines.storage.runs`, :mod:`~pipelines.storage.sources`: crawl runs with their
  per-source stats, and the ``sources`` table;
- :mod:`~pipelines.storage.facade`: :class:`Storage`, the one object per crawl, which owns the
  batch (an article and its visited mark commit in one transaction);
- :mod:`~pipelines.storage.crawl`: its place in a Scrapy crawl (:func:`get_storage`, …).
"""

from pipelines.storage.crawl import (
    close_spider_unavailable,
    database_down,
    get_storage,
    inc_stat,
)
from pipelines.storage.database import StorageUnavailable, as_utc_datetime
from pipelines.storage.duplicates import Duplicate
from pipelines.storage.facade import Storage, StoreResult
from pipelines.storage.visits import OUTCOMES

__all__ = [
    "OUTCOMES",
    "Duplicate",
    "Storage",
    "StorageUnavailable",
    "StoreResult",
    "as_utc_datetime",
    "close_spider_unavailable",
    "database_down",
    "get_storage",
    "inc_stat",
]
