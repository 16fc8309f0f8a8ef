"""Run ``scrapy crawl cds_news`` in a child process (the daemon, ``cds demo``, tests, benchmarks).

Scrapy's Twisted reactor cannot be restarted inside one process, so everything that runs more
than one crawl starts each in a child. :func:`crawl_argv` builds the command line and
:func:`crawl_env` an environment in which the project's settings are found from any directory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

SETTINGS_MODULE = "settings"


def crawl_argv(
    *,
    sources_file: str | Path | None = None,
    source_ids: Iterable[str] | None = None,
    since: str | None = None,
    database_url: str | None = None,
    settings: Mapping[str, object] | None = None,
    python: str = sys.executable,
) -> list[str]:
    """The argument vector of one ``scrapy crawl cds_news`` child process."""
    argv = [python, "-m", "scrapy", "crawl", "cds_news"]
    if sources_file:
        argv += ["-a", f"sources={sources_file}"]
    ids = list(source_ids or [])
    if ids:
        argv += ["-a", f"source={','.join(ids)}"]
    if since:
        argv += ["-a", f"since={since}"]
    if database_url:
        argv += ["-s", f"CDS_DATABASE_URL={database_url}"]
    for name, value in (settings or {}).items():
        argv += ["-s", f"{name}={value}"]
    return argv


def crawl_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The current environment plus ``SCRAPY_SETTINGS_MODULE`` (no scrapy.cfg needed)."""
    env = dict(os.environ)
    env.setdefault("SCRAPY_SETTINGS_MODULE", SETTINGS_MODULE)
    env.update(extra or {})
    return env
