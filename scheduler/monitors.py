"""Spidermon checks of one crawl, run when it closes (``SPIDERMON_SPIDER_CLOSE_MONITORS``).

They look at the crawl's own stats: how it finished, how many errors it logged, how many
downloads failed. Their findings are not a separate alert path: :class:`RecordFindings` puts
them into the crawl stats (``cds/monitors/failed``, ``cds/monitors/passed``); the daemon copies
them into the run's ``events`` (``monitor_failed``), which source health reads.
Thresholds: ``CDS_MONITOR_*`` in :mod:`scheduler.default_settings`.
"""

from __future__ import annotations

import importlib

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action


class FinishReasonEarly:
    """Puts ``finish_reason`` into the stats when the spider closes.

    Scrapy sets it only after the ``spider_closed`` handlers ran, and the Spidermon suite (and
    the run recorder writing ``CDS_STATS_FILE``) run in those handlers. Enabled before
    Spidermon so its handler runs first.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> FinishReasonEarly:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider, reason: str) -> None:
        self.crawler.stats.set_value("finish_reason", reason)


def _setting(monitor: Monitor, name: str, default):
    crawler = monitor.data.get("crawler")
    return crawler.settings.get(name, default) if crawler is not None else default


@monitors.name("cds run")
class RunMonitor(Monitor):
    @monitors.name("finish_reason")
    def test_finish_reason(self) -> None:
        allowed = list(_setting(self, "CDS_MONITOR_FINISH_REASONS", ["finished"]))
        reason = self.data.stats.get("finish_reason")
        self.assertIn(reason, allowed, msg=f"finished with {reason!r}")

    @monitors.name("error_count")
    def test_error_count(self) -> None:
        limit = int(_setting(self, "CDS_MONITOR_MAX_ERRORS", 10))
        errors = self.data.stats.get("log_count/ERROR", 0)
        self.assertLessEqual(errors, limit, msg=f"{errors} errors logged (limit {limit})")

    @monitors.name("download_errors")
    def test_download_errors(self) -> None:
        share = float(_setting(self, "CDS_MONITOR_MAX_DOWNLOAD_ERROR_SHARE", 0.5))
        failed, attempts = download_failures(self.data.stats)
        if attempts:
            self.assertLessEqual(failed / attempts, share,
                                 msg=f"{failed} of {attempts} downloads failed")


def download_failures(stats) -> tuple[int, int]:
    """(failed downloads, download attempts) of a crawl.

    A failure is a network exception (not Scrapy's own ``IgnoreRequest`` & co., raised by
    robots.txt, the egress policy or the offsite checks for requests never sent); an attempt
    ends in a response or in such a failure. ``downloader/exception_count`` alone counted
    requests refused before the download, and ``downloader/request_count`` missed requests
    failed at once (an unreachable host), which gave shares far above 1.
    """
    prefix = "downloader/exception_type_count/"
    failed = sum(v for k, v in stats.items()
                 if k.startswith(prefix) and not _is_refusal(k[len(prefix):]))
    responses = stats.get("downloader/response_count", 0)
    return failed, responses + failed


def _is_refusal(type_path: str) -> bool:
    """Whether an exception type (``module.Class``) is Scrapy's IgnoreRequest or a subclass."""
    module, _, name = type_path.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError):
        return False
    return isinstance(cls, type) and issubclass(cls, IgnoreRequest)


class RecordFindings(Action):
    """Write the suite's results into the crawl stats."""

    def run_action(self) -> None:
        failed = [f"{r.monitor.name}: {r.reason}".strip()
                  for r in self.result.monitors_failed_results]
        crawler = self.data.get("crawler")
        if crawler is not None:
            crawler.stats.set_value("cds/monitors/failed", failed)
            crawler.stats.set_value("cds/monitors/passed",
                                    len(self.result.monitors_passed_results))


class RunMonitorSuite(MonitorSuite):
    monitors = [RunMonitor]
    monitors_finished_actions = [RecordFindings]
