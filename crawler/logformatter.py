"""Log lines of the crawl.

- A dropped item is an expected outcome (off-topic, rejected), so it is logged at INFO with its
  URL and reason, not at WARNING with the whole article.
- With ``CDS_LOG_QUIET`` (default true) and a ``LOG_LEVEL`` above DEBUG, what the crawl summary
  (:mod:`crawler.summary`) replaces goes to DEBUG: Scrapy's start-up lists (overridden settings,
  enabled add-ons, extensions, middlewares and pipelines) and Spidermon's report (its findings
  are in the summary). Set up when Scrapy builds the log formatter, before those lines.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.logformatter import LogFormatter

#: logger name -> message prefixes moved to DEBUG by ``CDS_LOG_QUIET``.
QUIET = {
    "scrapy.crawler": ("Overridden settings",),
    "scrapy.addons": ("Enabled addons",),
    "scrapy.middleware": ("Enabled ",),
    "alembic.runtime.migration": ("Context impl", "Will assume"),
    "alembic.runtime.plugins": ("setup plugin",),
}
SPIDERMON_PREFIX = "[Spidermon]"


class CdsLogFormatter(LogFormatter):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CdsLogFormatter:
        quiet = crawler.settings.getbool("CDS_LOG_QUIET", True)
        level = logging.getLevelName(str(crawler.settings.get("LOG_LEVEL", "DEBUG")).upper())
        if quiet and isinstance(level, int) and level > logging.DEBUG:
            quiet_startup(crawler.spidercls.name)
        return cls()

    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict:
        url = item.get("url") if hasattr(item, "get") else None
        return {
            "level": logging.INFO,
            "msg": "Dropped %(url)s: %(reason)s",
            "args": {"url": url or getattr(response, "url", "?"), "reason": exception},
        }


class ToDebug(logging.Filter):
    """Moves records whose message starts with one of ``prefixes`` to DEBUG."""

    def __init__(self, prefixes: tuple[str, ...]):
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.DEBUG and str(record.msg).startswith(self.prefixes):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


def quiet_startup(spider_name: str | None) -> None:
    """Install the :class:`ToDebug` filters (once per process)."""
    targets = dict(QUIET)
    if spider_name:
        targets[spider_name] = (SPIDERMON_PREFIX,)
    for name, prefixes in targets.items():
        target = logging.getLogger(name)
        if not any(isinstance(f, ToDebug) for f in target.filters):
            target.addFilter(ToDebug(prefixes))
    # Spidermon reports through Spider.log(), deprecated by Scrapy: not ours to fix
    warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated",
                            category=ScrapyDeprecationWarning)
