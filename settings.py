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
    #: scrapy-redis's scheduler, taking a few requests at a time (crawler/generation.py)
    SCHEDULER = "crawler.generation.SharedScheduler"
    DUPEFILTER_CLASS = "scrapy_redis.dupefilter.RFPDupeFilter"
    REDIS_URL = _config.redis_url()
    #: Keep the shared queue when one worker finishes: the others may still be crawling. The
    #: last worker of a generation deletes its keys (crawler/generation.py).
    SCHEDULER_PERSIST = True
    #: The crawl generation shared by the workers started with the same run key (env
    #: CDS_REDIS_RUN_KEY; fresh per process when unset, fresh per crawl in the daemon): its queue
    #: is ``cds_news:requests:<key>``, its fingerprints ``cds_news:dupefilter:<key>``.
    CDS_REDIS_RUN_KEY = _config.redis_run_key()
    #: Seconds an idle worker waits for work after its whole generation fell idle (empty queue,
    #: no busy peer) before it closes; while a peer is busy it waits anyway.
    CDS_REDIS_IDLE_BEFORE_CLOSE = 10.0
    #: Seconds between a worker's heartbeats (alive, busy) in ``cds_news:workers:<key>``.
    CDS_REDIS_HEARTBEAT = 1.0
    #: A generation whose workers all died: its keys expire this many seconds after the last
    #: heartbeat (a finished one is deleted by its last worker).
    CDS_REDIS_GENERATION_TTL = 3600
    #: Requests a worker holds at once in its downloader (waiting or under way); the rest stay
    #: in the shared queue for the other workers (0: CONCURRENT_REQUESTS alone limits it).
    CDS_REDIS_LOCAL_QUEUE = 8
    ADDONS = {**ADDONS, "crawler.generation.GenerationAddon": 0}  # noqa: F405
    EXTENSIONS["crawler.generation.Generation"] = 300
    SPIDER_MIDDLEWARES = {**globals().get("SPIDER_MIDDLEWARES", {}),
                          "crawler.generation.SeedOnce": 0}
