"""Log lines of the crawl: a dropped item is an expected outcome (off-topic, rejected), so it is
logged at INFO with its URL and reason, not at WARNING with the whole article."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class CdsLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict:
        url = item.get("url") if hasattr(item, "get") else None
        return {
            "level": logging.INFO,
            "msg": "Dropped %(url)s: %(reason)s",
            "args": {"url": url or getattr(response, "url", "?"), "reason": exception},
        }
