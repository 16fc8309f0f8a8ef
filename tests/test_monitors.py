"""The per-run Spidermon monitors (scheduler/monitors.py) on real crawls: all pass on a clean
replica crawl, and fail on a broken one."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import yaml

from scheduler.monitors import download_failures
from tests.helpers_crawl import run_crawl

pytestmark = pytest.mark.slow


def test_download_failures_share_is_a_share() -> None:
    """Requests refused before the download (robots, egress) are not failures; requests failed
    at once for an unreachable host are attempts too: the share stays within [0, 1]."""
    stats = {"downloader/request_count": 10, "downloader/response_count": 10,
             "downloader/exception_count": 800,
             "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 790,
             "downloader/exception_type_count/twisted.internet.error.DNSLookupError": 10}
    assert download_failures(stats) == (10, 20)


def test_every_monitor_passes_on_a_clean_replica_crawl(tmp_path: Path) -> None:
    from cds.replica import Replica

    replica = Replica().start()
    try:
        registry = replica.write_registry(tmp_path / "sources.yaml")
        result = run_crawl(registry, f"sqlite:///{tmp_path / 'cds.db'}", tmp_path=tmp_path,
                           source="daklak-news")
    finally:
        replica.stop()
    assert result.stats.get("cds/monitors/failed") == [], result.log_tail()
    assert result.stats.get("cds/monitors/passed") == 3


def test_monitors_fail_on_a_broken_crawl(tmp_path: Path) -> None:
    """Every download refused (nothing listens) and the crawl cut by CLOSESPIDER_TIMEOUT while a
    host stalls: ``download_errors`` and ``finish_reason`` fail."""
    with socket.socket() as dead, socket.socket() as stall:
        dead.bind(("127.0.1.22", 0))
        dead_port = dead.getsockname()[1]
        stall.bind(("127.0.1.23", 0))
        stall.listen(64)  # accepts connections, never answers
        stall_port = stall.getsockname()[1]
        dead.close()
        registry = tmp_path / "sources.yaml"
        registry.write_text(yaml.safe_dump({"sources": [
            {"id": "dead", "name": "Vắng", "kind": "portal", "allowed_domains": ["127.0.1.22"],
             "start_urls": [f"http://127.0.1.22:{dead_port}/"], "allow_private": True},
            {"id": "stall", "name": "Treo", "kind": "portal", "allowed_domains": ["127.0.1.23"],
             "start_urls": [f"http://127.0.1.23:{stall_port}/"], "allow_private": True},
        ]}, allow_unicode=True), encoding="utf-8")
        result = run_crawl(registry, f"sqlite:///{tmp_path / 'cds.db'}", tmp_path=tmp_path,
                           settings={"CLOSESPIDER_TIMEOUT": 2, "DOWNLOAD_TIMEOUT": 4})
    failed = " ".join(result.stats.get("cds/monitors/failed") or [])
    assert "download_errors" in failed, result.log_tail()
    assert "finish_reason" in failed, result.log_tail()
