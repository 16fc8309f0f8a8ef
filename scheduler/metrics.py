"""Prometheus metrics read from the database at each scrape (a custom collector)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from pipelines.db import session_scope
from pipelines.schema import Alert, Article, CrawlRun, RunSourceStats

FAILED = ("failed", "killed", "timeout")


class DatabaseCollector(Collector):
    """Runs, failures, articles, requests and last success per source, straight from the DB."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def collect(self) -> Iterator[Metric]:
        runs = CounterMetricFamily("cds_crawl_runs", "Crawl processes by final status.",
                                   labels=["status"])
        src_runs = CounterMetricFamily("cds_source_runs", "Runs per source by crawl status.",
                                       labels=["source", "status"])
        src_fail = CounterMetricFamily("cds_source_failed_runs",
                                       "Runs per source that failed, were killed or timed out.",
                                       labels=["source"])
        requests = CounterMetricFamily("cds_source_requests", "HTTP requests per source.",
                                       labels=["source"])
        stored = CounterMetricFamily("cds_source_stored_articles",
                                     "Articles stored per source by the crawls.",
                                     labels=["source"])
        articles = GaugeMetricFamily("cds_articles", "Articles in the archive (non-duplicate).",
                                     labels=["source"])
        success = GaugeMetricFamily("cds_source_last_success_timestamp_seconds",
                                    "End of the last finished run per source (Unix time).",
                                    labels=["source"])
        alerts = GaugeMetricFamily("cds_open_alerts", "Open alerts per source.",
                                   labels=["source"])
        with session_scope(self.database_url) as s:
            for status, n in s.execute(
                    select(CrawlRun.status, func.count()).group_by(CrawlRun.status)):
                runs.add_metric([status], n)
            per_source: dict[str, int] = {}
            for source, status, n in s.execute(
                    select(RunSourceStats.source_id, CrawlRun.status, func.count())
                    .join(CrawlRun, CrawlRun.id == RunSourceStats.run_id)
                    .group_by(RunSourceStats.source_id, CrawlRun.status)):
                src_runs.add_metric([source, status], n)
                per_source[source] = per_source.get(source, 0) + (n if status in FAILED else 0)
            for source, n in sorted(per_source.items()):
                src_fail.add_metric([source], n)
            for source, req, st in s.execute(
                    select(RunSourceStats.source_id, func.sum(RunSourceStats.requests),
                           func.sum(RunSourceStats.stored)).group_by(RunSourceStats.source_id)):
                requests.add_metric([source], req or 0)
                stored.add_metric([source], st or 0)
            for source, n in s.execute(
                    select(Article.source_id, func.count()).where(Article.duplicate_of.is_(None))
                    .group_by(Article.source_id)):
                articles.add_metric([source], n)
            for source, last in s.execute(
                    select(RunSourceStats.source_id, func.max(CrawlRun.finished_at))
                    .join(CrawlRun, CrawlRun.id == RunSourceStats.run_id)
                    .where(CrawlRun.status == "finished").group_by(RunSourceStats.source_id)):
                if last is not None:
                    success.add_metric([source], _timestamp(last))
            for source, n in s.execute(
                    select(Alert.source_id, func.count()).where(Alert.closed_at.is_(None))
                    .group_by(Alert.source_id)):
                alerts.add_metric([source or ""], n)
        yield from (runs, src_runs, src_fail, requests, stored, articles, success, alerts)


def _timestamp(value) -> float:
    """func.max() bypasses the column type on SQLite: a naive UTC datetime or a string."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def render(database_url: str) -> bytes:
    """The metrics in the Prometheus text format."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(database_url))
    return generate_latest(registry)
