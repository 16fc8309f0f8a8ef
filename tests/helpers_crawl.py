"""Run ``scrapy crawl cds_news`` in a child process and read back what it did.

Scrapy's reactor cannot be restarted inside the pytest process, so crawl tests start a real
crawl as a child (``python -m scrapy crawl cds_news -a sources=FILE -s CDS_DATABASE_URL=…``) and
inspect its exit code, its final stats (the JSON file written by ``crawler.extensions.RunRecorder``
through ``CDS_STATS_FILE``) and its log::

    from tests.helpers_crawl import run_crawl

    result = run_crawl(registry_path, sqlite_url, tmp_path=tmp_path, source="daklak-news")
    assert result.ok, result.log_tail()
    assert result.source_stats("daklak-news")["fetched"] == 3
    assert result.stats["finish_reason"] == "finished"

:data:`FAST_SETTINGS` (always applied, overridable through ``settings``) turn off the politeness
delays so that crawls of local servers take seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.extensions import source_counters
from crawler.process import crawl_argv, crawl_env

PROJECT_ROOT = Path(__file__).resolve().parents[1]

#: Settings for crawls of local test servers: no delays, short timeouts, quick back-off.
FAST_SETTINGS: dict[str, object] = {
    "DOWNLOAD_TIMEOUT": 3,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CDS_CRAWL_DELAY_MAX": 0,
    "CDS_RETRY_BACKOFF_BASE": 0.1,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "INFO",
}


@dataclass
class CrawlResult:
    """What one child crawl left behind."""

    returncode: int
    stats: dict[str, Any]
    log: str
    argv: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Exit code 0 and Scrapy's finish reason ``finished``."""
        return self.returncode == 0 and self.stats.get("finish_reason") == "finished"

    def source_stats(self, source_id: str) -> dict[str, Any]:
        """The per-source counters (requests, discovered, fetched, … errors, events)."""
        return source_counters(self.stats, source_id)

    def stat(self, key: str, default: Any = 0) -> Any:
        return self.stats.get(key, default)

    def log_tail(self, lines: int = 60) -> str:
        """The end of the log, for assertion messages."""
        return "\n".join(self.log.splitlines()[-lines:])


def run_crawl(
    sources_file: str | Path | None,
    database_url: str,
    *,
    tmp_path: Path,
    source: str | list[str] | None = None,
    since: str | None = None,
    settings: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = 240,
    name: str = "crawl",
) -> CrawlResult:
    """One ``scrapy crawl cds_news`` child process; returns its :class:`CrawlResult`.

    ``source`` selects ids (``-a source=``), ``since`` is ``YYYY-MM-DD``; ``settings`` are extra
    ``-s`` options on top of :data:`FAST_SETTINGS`. The stats file and log are written under
    ``tmp_path`` (``<name>.stats.json``, ``<name>.log``; repeated names get a counter).
    """
    n = 1
    while (tmp_path / f"{name}-{n}.log").exists():
        n += 1
    stats_file = tmp_path / f"{name}-{n}.stats.json"
    log_file = tmp_path / f"{name}-{n}.log"
    ids = [source] if isinstance(source, str) else list(source or [])
    argv = crawl_argv(
        sources_file=sources_file,
        source_ids=[i for s in ids for i in s.split(",") if i],
        since=since,
        database_url=database_url,
        settings={**FAST_SETTINGS, **(settings or {}), "CDS_STATS_FILE": stats_file},
        python=sys.executable,
    )
    with log_file.open("w", encoding="utf-8") as out:
        proc = subprocess.run(argv, cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, timeout=timeout,
                              env=crawl_env({"CDS_DATABASE_URL": database_url,
                                             # WARC files and other data: never the repo's data/
                                             "CDS_DATA_DIR": str(tmp_path / "data"),
                                             **(env or {})}))
    stats = json.loads(stats_file.read_text("utf-8")) if stats_file.exists() else {}
    return CrawlResult(proc.returncode, stats, log_file.read_text("utf-8", "replace"), argv)
