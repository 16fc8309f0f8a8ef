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

# --- Scale-out: CDS_REDIS_URL switches scheduling and request de-duplication to scrapy-redis, so
# several crawl processes on several machines share one queue (with PostgreSQL as the store).
from cds import config as _config  # noqa: E402

if _config.redis_url():
    SCHEDULER = "scrapy_redis.scheduler.Scheduler"
    DUPEFILTER_CLASS = "scrapy_redis.dupefilter.RFPDupeFilter"
    REDIS_URL = _config.redis_url()
    #: Keep the shared queue when one worker finishes: the others may still be crawling.
    SCHEDULER_PERSIST = True
    #: Queue and fingerprints belong to one crawl generation (env CDS_REDIS_RUN_KEY, shared by
    #: the workers of one poll), so the next poll revalidates feeds and listings again.
    SCHEDULER_QUEUE_KEY = f"%(spider)s:requests:{_config.redis_run_key()}"
    SCHEDULER_DUPEFILTER_KEY = f"%(spider)s:dupefilter:{_config.redis_run_key()}"
