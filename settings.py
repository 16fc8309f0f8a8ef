"""Scrapy settings of the cds_news crawler.

Each package documents its own defaults (``crawler/default_settings.py``,
``pipelines/default_settings.py``, ``scheduler/default_settings.py``); this module composes them.
Override anything on the command line: ``scrapy crawl cds_news -s NAME=VALUE``.
"""

from crawler import default_settings as _crawler
from crawler.default_settings import *  # noqa: F403
from pipelines.default_settings import *  # noqa: F403
from scheduler import default_settings as _scheduler
from scheduler.default_settings import *  # noqa: F403

#: Extensions of every package, merged.
EXTENSIONS = {**getattr(_crawler, "EXTENSIONS", {}), **_scheduler.EXTENSIONS}
