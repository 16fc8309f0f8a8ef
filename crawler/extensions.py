"""Per-source statistics and the run recorder.

Per-source counters live in Scrapy's stats under ``cds/source/<id>/<counter>``, error reasons
under ``cds/source/<id>/errors/<reason>`` (counts) and events under
``cds/source/<id>/events/<name>`` (lists, e.g. the targets of offsite redirects). The
:class:`RunRecorder` extension writes them to the database at spider close, and the whole stats
dictionary as JSON to ``CDS_STATS_FILE`` when that setting is given.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from crawler.generation import run_key

logger = logging.getLogger(__name__)

PREFIX = "cds/source/"
#: Counters of ``run_source_stats`` (``errors`` and ``events`` are dictionaries).
COUNTERS = ("requests", "discovered", "known", "fetched", "not_modified", "stored", "duplicates",
            "off_topic", "rejected", "failed")
#: Scrapy finish reason -> crawl run status. ``shutdown`` is a crawl stopped by a signal
#: (Ctrl-C, SIGTERM): it closed itself cleanly and says nothing of its sources, so it is
#: ``stopped``, which health leaves out (as a crawl the daemon's shutdown stopped).
RUN_STATUS = {"finished": "finished", "shutdown": "stopped", "closespider_timeout": "timeout"}


def inc_source(stats: StatsCollector, source_id: str, counter: str, count: int = 1) -> None:
    """Add ``count`` to ``cds/source/<id>/<counter>``."""
    stats.inc_value(f"{PREFIX}{source_id}/{counter}", count)


def inc_error(stats: StatsCollector, source_id: str, reason: str) -> None:
    stats.inc_value(f"{PREFIX}{source_id}/errors/{reason}")


def record_event(stats: StatsCollector, source_id: str, name: str, value: str) -> None:
    """Append ``value`` to the event list ``cds/source/<id>/events/<name>`` (no repeats)."""
    key = f"{PREFIX}{source_id}/events/{name}"
    values = list(stats.get_value(key) or [])
    if value not in values:
        values.append(value)
    stats.set_value(key, values)
    logger.warning("source %s: %s %s", source_id, name, value)


def source_counters(stats: dict[str, Any], source_id: str) -> dict[str, Any]:
    """The counters of one source from a stats dictionary, in ``save_source_stats`` form."""
    prefix = f"{PREFIX}{source_id}/"
    counters: dict[str, Any] = {name: 0 for name in COUNTERS}
    counters["errors"], counters["events"] = {}, {}
    for key, value in stats.items():
        if not key.startswith(prefix):
            continue
        name = key[len(prefix):]
        if name.startswith("errors/"):
            counters["errors"][name[7:]] = value
        elif name.startswith("events/"):
            counters["events"][name[7:]] = value
        elif name in COUNTERS:
            counters[name] = value
    return counters


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | tuple):
        return list(value)
    return str(value)


def write_stats_file(path: str | os.PathLike[str], stats: dict[str, Any]) -> None:
    """Write ``stats`` as JSON (atomically: readers never see half a file)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(json.dumps(stats, default=_jsonable, sort_keys=True, indent=1,
                              ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)


def interrupted_sources(storage: Any, source_ids: list[str], recent: int = 500,
                        run_key: str | None = None) -> set[str]:
    """Sources whose latest earlier crawl did not finish (killed, failed, or marked running by
    a process that is gone): their listings may hold articles that run discovered but never
    stored, so this run walks them deeper instead of stopping at the first page with nothing
    new. Rows of workers of this crawl's generation (``run_key``, a shared Redis queue) and
    ``running`` rows of live processes on this host are concurrent crawls, not interrupted."""
    from sqlalchemy import select

    from pipelines.schema import CrawlRun

    query = (select(CrawlRun.status, CrawlRun.args).order_by(CrawlRun.id.desc()).limit(recent))
    with storage.engine.connect() as conn:
        runs = conn.execute(query).all()
    latest: dict[str, str] = {}
    for status, args in runs:
        args = args or {}
        if args.get("pid") == os.getpid() and args.get("hostname") == socket.gethostname():
            continue  # this crawl's own row
        if run_key and args.get("redis_run_key") == run_key:
            continue  # a worker of this generation
        if status == "running" and _alive_here(args):
            continue  # a concurrent crawl
        for source_id in args.get("sources") or []:
            latest.setdefault(source_id, status)
    return {s for s in source_ids if latest.get(s, "finished") != "finished"}


def _alive_here(args: dict[str, Any]) -> bool:
    """Whether the crawl of a run row is a live process on this host."""
    pid = args.get("pid")
    if args.get("hostname") != socket.gethostname() or not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process, alive
    return True


def did_anything(counters: dict[str, Any]) -> bool:
    """Whether this crawl counted anything for a source (on a shared queue, a source it did
    nothing for was its peers' share)."""
    return any(counters[name] for name in COUNTERS) or bool(counters["errors"]
                                                            or counters["events"])


def _verdict_database_down(crawler: Crawler, stats: dict[str, Any]) -> None:
    from crawler.summary import Verdict

    verdict = Verdict("database_unavailable", "Database unavailable: the run was not recorded.")
    summary = getattr(crawler, "cds_summary", None)
    if summary is not None:
        summary.verdict = verdict
    stats["cds/verdict"], stats["cds/exit_code"] = verdict.name, verdict.exit_code


class RunRecorder:
    """Records the crawl run: ``start_run`` on open, per-source stats and ``finish_run`` on close.

    Settings: ``CDS_RECORD_RUNS`` (default true) and ``CDS_STATS_FILE`` (JSON stats path).
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("CDS_RECORD_RUNS", True)
        self.stats_file = crawler.settings.get("CDS_STATS_FILE") or None
        self.run_id: int | None = None
        self.storage: Any = None
        self.started_at = datetime.now(UTC)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunRecorder:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def _source_ids(self, spider: Any) -> list[str]:
        return list(getattr(spider, "sources_by_id", {}) or {})

    def spider_opened(self, spider: Any) -> None:
        self.started_at = datetime.now(UTC)
        if not self.enabled:
            return
        from pipelines.storage import StorageUnavailable, close_spider_unavailable, get_storage

        args = {
            **{k: v for k, v in (getattr(spider, "spider_args", {}) or {}).items()},
            "spider": spider.name,
            "sources": self._source_ids(spider),
            "pid": os.getpid(),
            "hostname": socket.gethostname(),
        }
        key = run_key(self.crawler.settings)
        if key:
            args["redis_run_key"] = key
        try:
            self.storage = get_storage(self.crawler)
            sources = list((getattr(spider, "sources_by_id", {}) or {}).values())
            if sources:
                self.storage.sync_sources(sources)
            self.run_id = self.storage.start_run(args)
        except StorageUnavailable as exc:  # one clear line, and the spider closes
            self.storage = None
            close_spider_unavailable(self.crawler, exc)
            return
        self.crawler.stats.set_value("cds/run_id", self.run_id)

    def spider_closed(self, spider: Any, reason: str) -> None:
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        error = None
        try:
            if self.enabled and self.storage is not None and self.run_id is not None:
                shared = run_key(self.crawler.settings) is not None
                for source_id in self._source_ids(spider):
                    counters = source_counters(stats, source_id)
                    if shared and not did_anything(counters):
                        continue  # another worker of the generation crawled it
                    counters["started_at"] = self.started_at
                    self.storage.save_source_stats(self.run_id, source_id, counters)
                status = RUN_STATUS.get(reason, "failed")
                if stats.get("log_count/CRITICAL"):
                    status, error = "failed", "critical errors in the log"
                summary = getattr(self.crawler, "cds_summary", None)
                verdict = getattr(summary, "verdict", None)
                if error is None and verdict is not None and not verdict.ok:
                    error = verdict.message
                self.storage.finish_run(self.run_id, status, reason,
                                        json.loads(json.dumps(stats, default=_jsonable)),
                                        error=error)
                self.storage.flush()
        except Exception as exc:
            from pipelines.storage import StorageUnavailable

            if not isinstance(exc, StorageUnavailable):
                raise
            logger.error("%s: this run was not recorded", exc)
            _verdict_database_down(self.crawler, stats)
        finally:
            if self.stats_file:
                write_stats_file(self.stats_file, stats)
