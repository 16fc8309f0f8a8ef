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


def preflight(args: argparse.Namespace, command: str) -> int | None:
    """The checks of :mod:`crawler.preflight` on a command's ``-s``/``-a`` options,
    ``--database`` and ``CDS_REDIS_URL``, before Scrapy starts: on failure one line
    ``command: reason`` on stderr and the exit code (2, or 5 for an unreachable Redis)."""
    import sys

    from cds import config
    from crawler.preflight import (
        ServiceUnavailable,
        SettingsError,
        check_database_url,
        check_redis,
        database_url,
    )
    from crawler.settings_check import check, pairs
    from crawler.spiders.cds_news import parse_since
    from crawler.summary import EXIT_CODES

    try:
        settings = pairs(getattr(args, "settings", None) or [], "-s")
        spider_args = pairs(getattr(args, "spider_args", None) or [], "-a")
        parse_since(spider_args.get("since"))
        check(settings)
        if getattr(args, "database", None) and "CDS_DATABASE_URL" not in settings:
            settings["CDS_DATABASE_URL"] = args.database
        check_database_url(database_url(settings))
        if redis := settings.get("REDIS_URL") or config.redis_url():
            check_redis(redis)
    except (SettingsError, ValueError) as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return EXIT_CODES["usage"]
    except ServiceUnavailable as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return EXIT_CODES["database_unavailable"]
    return None


#: Scrapy's loggers of the start-up banner and the engine's INFO lines.
QUIET_LOGGERS = ("scrapy.utils.log", "scrapy.addons", "scrapy.crawler", "scrapy.middleware",
                 "scrapy.core.engine", "scrapy.extensions.telnet", "scrapy.extensions.logstats",
                 "scrapy.statscollectors")


def _warnings_only(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def quiet_wanted(args: argparse.Namespace) -> bool:
    """No ``-v`` and no ``-s LOG_LEVEL=…``: Scrapy's own INFO lines (banner, versions,
    enabled components, engine) are left out of a user-facing command's output."""
    if getattr(args, "verbose", False):
        return False
    return not any(value.split("=", 1)[0].strip() == "LOG_LEVEL"
                   for value in getattr(args, "settings", []) or [])


def execute(argv: list[str], *, quiet: bool = False) -> int:
    """Run ``argv`` through ``scrapy.cmdline`` and return its exit code.

    ``quiet``: Scrapy's own loggers (``scrapy.*``) say only warnings and errors; the
    project's loggers (the spider's progress) keep their level."""
    from scrapy.cmdline import execute as scrapy_execute

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "settings")
    # Scrapy configures logging itself (LOG_LEVEL, LOG_FILE): drop the cds CLI's root handler
    # so that lines are not printed twice.
    for handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(handler)
    if quiet:  # a filter: Scrapy's logging set-up resets these loggers' levels, not filters
        for name in QUIET_LOGGERS:
            logger = logging.getLogger(name)
            if _warnings_only not in logger.filters:
                logger.addFilter(_warnings_only)
    try:
        scrapy_execute(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
