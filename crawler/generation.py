"""Crawl generations on a shared scrapy-redis queue (``CDS_REDIS_URL``).

A *generation* is one crawl shared by N worker processes: they name it with the same run key
(``CDS_REDIS_RUN_KEY``; a fresh one per process when unset, a fresh one per crawl in the daemon).
Its Redis keys are ``cds_news:{requests,dupefilter,seeded,workers}:<run key>``:

* a worker takes requests from the shared queue a few at a time: it holds at most
  ``CDS_REDIS_LOCAL_QUEUE`` of them in its downloader (waiting or under way), the rest stay in
  Redis for its peers (:class:`SharedScheduler`);
* the first worker to claim ``seeded`` runs the spider's start requests; the others only consume
  (:class:`SeedOnce`);
* each worker writes a heartbeat (alive, busy) to ``workers`` every
  ``CDS_REDIS_HEARTBEAT`` seconds; an idle worker stays open while the queue holds requests or a
  live peer is busy, and closes after ``CDS_REDIS_IDLE_BEFORE_CLOSE`` seconds of the whole
  generation being idle (:class:`Generation`);
* the last worker to close deletes the generation's keys, so the same run key can start a new
  generation later; keys of a generation whose workers died expire ``CDS_REDIS_GENERATION_TTL``
  seconds after the last heartbeat.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import BaseSettings
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

logger = logging.getLogger(__name__)
KINDS = ("requests", "dupefilter", "seeded", "workers")


def shared_queue(settings: BaseSettings) -> bool:
    """Whether the crawl runs on a scrapy-redis scheduler."""
    scheduler = str(settings.get("SCHEDULER", ""))
    return "scrapy_redis" in scheduler or scheduler.endswith("generation.SharedScheduler")


def run_key(settings: BaseSettings) -> str | None:
    """The generation's run key, or None without a shared queue."""
    return (settings.get("CDS_REDIS_RUN_KEY") or None) if shared_queue(settings) else None


def generation_keys(spider_name: str, key: str) -> dict[str, str]:
    """The Redis keys of one generation, by kind."""
    return {kind: f"{spider_name}:{kind}:{key}" for kind in KINDS}


class GenerationAddon:
    """Names the scheduler's queue and fingerprint keys after ``CDS_REDIS_RUN_KEY`` (as given in
    the environment or with ``-s``), once every setting is known."""

    def update_settings(self, settings: BaseSettings) -> None:
        key = settings.get("CDS_REDIS_RUN_KEY")
        if not key or not shared_queue(settings):
            return
        settings.set("SCHEDULER_QUEUE_KEY", f"%(spider)s:requests:{key}", "addon")
        settings.set("SCHEDULER_DUPEFILTER_KEY", f"%(spider)s:dupefilter:{key}", "addon")


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler, leaving the queue to the generation's other workers while this
    one holds ``CDS_REDIS_LOCAL_QUEUE`` requests in its downloader (waiting or under way)."""

    crawler: Crawler
    local_limit: int = 8
    ttl: int = 3600

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        instance = cls.from_settings(crawler.settings)
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.local_limit = crawler.settings.getint("CDS_REDIS_LOCAL_QUEUE", 8)
        instance.ttl = crawler.settings.getint("CDS_REDIS_GENERATION_TTL", 3600)
        return instance

    def _held(self) -> int:
        engine = self.crawler.engine
        return len(engine.downloader.active) if engine is not None else 0

    def enqueue_request(self, request: Any) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        # a queue emptied and refilled, or new fingerprints, expire even if every worker dies
        # before its next heartbeat
        pipe = self.server.pipeline()
        pipe.expire(self.queue.key, self.ttl)
        pipe.expire(self.df.key, self.ttl)
        pipe.execute()
        return True

    def next_request(self) -> Any:
        if self.local_limit > 0 and self._held() >= self.local_limit:
            return None
        request = self.queue.pop(self.idle_before_close)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


class Generation:
    """Heartbeat, idle wait and clean-up of this worker's generation (see the module doc)."""

    def __init__(self, crawler: Crawler) -> None:
        import redis

        settings = crawler.settings
        key = run_key(settings)
        if key is None:
            raise NotConfigured("no shared queue")
        self.crawler = crawler
        self.run_key = key
        self.server = redis.Redis.from_url(settings.get("REDIS_URL"))
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.interval = settings.getfloat("CDS_REDIS_HEARTBEAT", 1.0)
        self.idle_before_close = settings.getfloat("CDS_REDIS_IDLE_BEFORE_CLOSE", 10.0)
        self.ttl = settings.getint("CDS_REDIS_GENERATION_TTL", 3600)
        self.keys: dict[str, str] = {}
        self.last_active = time.monotonic()
        self.seeder = False
        self._loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Generation:
        ext = cls(crawler)
        crawler.cds_generation = ext  # type: ignore[attr-defined]
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.keys = generation_keys(spider.name, self.run_key)
        self.seeder = bool(self.server.set(self.keys["seeded"], self.worker, nx=True,
                                           ex=self.ttl))
        stats = self.crawler.stats
        stats.set_value("cds/redis/run_key", self.run_key)
        stats.set_value("cds/redis/seeder", int(self.seeder))
        logger.info("generation %s: %s", self.run_key,
                    "this worker seeds it" if self.seeder else "seeded by another worker")
        self.beat()
        self._loop = task.LoopingCall(self.beat)
        self._loop.start(self.interval, now=False)

    def _busy(self) -> bool:
        engine = self.crawler.engine
        return engine is not None and not engine.spider_is_idle()

    def beat(self) -> None:
        """Write this worker's heartbeat and keep the generation's keys from expiring."""
        busy = self._busy()
        if busy:
            self.last_active = time.monotonic()
        pipe = self.server.pipeline()
        pipe.hset(self.keys["workers"], self.worker, json.dumps({"t": time.time(), "busy": busy}))
        for name in self.keys.values():
            pipe.expire(name, self.ttl)
        pipe.execute()
        # ask the engine for requests now rather than at its next 5 s heartbeat, so an idle
        # worker takes its share of what its peers discover (Scrapy has no public call for it)
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and not busy:
            slot.nextcall.schedule()

    def peers(self) -> dict[str, dict]:
        """Live workers of the generation (heartbeat fresher than 5 intervals), self excluded."""
        fresh = time.time() - max(5 * self.interval, 5.0)
        found = {}
        for name, value in self.server.hgetall(self.keys["workers"]).items():
            state = json.loads(value)
            if name.decode() != self.worker and state.get("t", 0) >= fresh:
                found[name.decode()] = state
        return found

    def spider_idle(self, spider: Any) -> None:
        """Stay open while the generation may still give this worker work."""
        if self.server.zcard(self.keys["requests"]) or any(
                p.get("busy") for p in self.peers().values()):
            self.last_active = time.monotonic()
        if time.monotonic() - self.last_active < self.idle_before_close:
            raise DontCloseSpider

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        try:
            if not self.keys:
                return  # never opened
            self.server.hdel(self.keys["workers"], self.worker)
            if not self.peers():  # the last worker: the generation is over
                self.server.delete(*self.keys.values())
                logger.info("generation %s finished: its Redis keys are deleted", self.run_key)
        finally:
            self.server.close()


class SeedOnce:
    """Spider middleware: only the worker that seeds the generation runs the spider's start
    requests (reading carried-over and retry lists from the database), the others consume."""

    def __init__(self, crawler: Crawler) -> None:
        if run_key(crawler.settings) is None:
            raise NotConfigured("no shared queue")
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedOnce:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        generation = getattr(self.crawler, "cds_generation", None)
        if generation is not None and not generation.seeder:
            return
        async for item_or_request in start:
            yield item_or_request
