"""Running one of the project's spiders in this process, as ``scrapy crawl`` would.

Shared by ``cds crawl`` and ``cds reextract``: the argument vector (spider arguments, the
``--database`` option, ``-s`` settings) and the run itself (project settings, logging, exit code).
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Iterable


def crawl_argv(spider: str, spider_args: Iterable[tuple[str, str | None]],
               args: argparse.Namespace, raw_spider_args: Iterable[str] = ()) -> list[str]:
    """``scrapy crawl SPIDER -a NAME=VALUE … -s CDS_DATABASE_URL=… -s …`` (empty values left out).

    ``raw_spider_args`` are ``NAME=VALUE`` strings given as they are (``cds crawl -a``).
    """
    argv = ["scrapy", "crawl", spider]
    for name, value in spider_args:
        if value:
            argv += ["-a", f"{name}={value}"]
    for value in raw_spider_args:
        argv += ["-a", value]
    if getattr(args, "database", None):
        from cds.database import database_url

        argv += ["-s", f"CDS_DATABASE_URL={database_url(args.database)}"]
    for value in args.settings:
        argv += ["-s", value]
    return argv


def execute(argv: list[str]) -> int:
    """Run ``argv`` through ``scrapy.cmdline`` and return its exit code."""
    from scrapy.cmdline import execute as scrapy_execute

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "settings")
    # Scrapy configures logging itself (LOG_LEVEL, LOG_FILE): drop the cds CLI's root handler
    # so that lines are not printed twice.
    for handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(handler)
    try:
        scrapy_execute(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
