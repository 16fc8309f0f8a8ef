"""``scrapy crawl``: Scrapy's command, with the exit code of the crawl's verdict.

Scrapy's own command exits 1 only when the crawl could not start. This one exits with the code
of :class:`crawler.summary.Verdict` (0 when at least one source answered; 3 no valid source,
4 no source answered, 5 database unavailable), 2 for a bad ``-a since=`` or an unknown
``-a source=`` id and 3 for an unreadable registry, each said in one line without a traceback.
Before the crawl starts (and records a run), :func:`crawler.preflight.preflight` checks the
options: a malformed ``-s``/``-a``, a typed setting of the wrong type, a bad database URL or
missing driver exit 2, an unreachable Redis (``CDS_REDIS_URL``) 5, in one line, no usage block.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Any

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.crawler import Crawler
from scrapy.exceptions import UsageError

from crawler.summary import EXIT_CODES

logger = logging.getLogger("crawler.crawl")


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Run a spider of the current project, by name (exit code: the crawl's verdict)"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then the pre-flight checks: one line and an exit code on error
        (Scrapy's own usage errors print the whole usage block)."""
        from crawler.preflight import ServiceUnavailable, SettingsError, preflight
        from seeds.registry import RegistryError, UnknownSourceError

        try:
            super().process_options(args, opts)
            _check_since(opts.spargs.get("since"))
            assert self.settings is not None
            preflight(self.settings)
            if args[:1] == ["cds_news"]:
                _check_registry(opts.spargs, self.settings)
        except (UsageError, SettingsError) as exc:
            _fail(str(exc) or "bad arguments", EXIT_CODES["usage"])
        except ServiceUnavailable as exc:
            _fail(str(exc), EXIT_CODES["database_unavailable"])
        except RegistryError as exc:
            unknown = isinstance(exc, UnknownSourceError)
            _fail(str(exc), EXIT_CODES["usage" if unknown else "no_valid_source"])

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) < 1:
            raise UsageError
        if len(args) > 1:
            raise UsageError("running 'scrapy crawl' with more than one spider is not supported")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        watch = _Bootstrap()
        watch.attach(self.crawler_process.crawl(crawler, **opts.spargs))
        self.crawler_process.start()
        self.exitcode = exit_code(crawler, watch.code, self.crawler_process.bootstrap_failed)


def _fail(message: str, code: int) -> None:
    """``scrapy crawl: message`` on stderr, then exit ``code``."""
    print(f"scrapy crawl: {message}", file=sys.stderr)
    raise SystemExit(code)


def _check_registry(spargs: dict[str, str], settings: Any) -> None:
    """Read the registry and the ``-a source=`` ids as the spider will (a
    :class:`seeds.registry.RegistryError` if it cannot), before Scrapy's start-up banner."""
    from seeds.registry import load_registry

    registry = load_registry(spargs.get("sources") or settings.get("CDS_SOURCES_FILE") or None)
    if spargs.get("source"):
        registry.select(spargs["source"])


def _check_since(value: str | None) -> None:
    from crawler.spiders.cds_news import parse_since

    try:
        parse_since(value)
    except ValueError as exc:
        raise UsageError(str(exc), print_help=False) from None


def exit_code(crawler: Crawler, bootstrap_code: int | None, bootstrap_failed: bool) -> int:
    """The verdict's code; else the code of an expected start-up error; else Scrapy's."""
    verdict = getattr(getattr(crawler, "cds_summary", None), "verdict", None)
    if verdict is not None:
        return verdict.exit_code
    if bootstrap_code is not None:
        return bootstrap_code
    return EXIT_CODES["failed"] if bootstrap_failed else EXIT_CODES["ok"]


class _Bootstrap:
    """Watches the crawl's start: an expected error (the registry) is one log line and an exit
    code instead of a traceback; anything else is logged with its traceback."""

    def __init__(self) -> None:
        self.code: int | None = None

    def _expected(self, exc: BaseException) -> bool:
        from crawler.settings_check import SettingsError
        from seeds.registry import RegistryError, UnknownSourceError

        if isinstance(exc, (UnknownSourceError, SettingsError)):
            self.code = EXIT_CODES["usage"]
        elif isinstance(exc, RegistryError):
            self.code = EXIT_CODES["no_valid_source"]
        else:
            return False
        logger.error("%s", exc)
        return True

    def attach(self, started: Any) -> None:
        if isinstance(started, asyncio.Future):
            started.add_done_callback(self._task_done)
        elif hasattr(started, "addErrback"):  # a Deferred (FORCE_CRAWLER_PROCESS)
            started.addErrback(self._errback)

    def _task_done(self, task: asyncio.Future) -> None:
        if task.cancelled() or task.exception() is None:
            return
        exc = task.exception()
        if not self._expected(exc):
            logger.error("the crawl failed to start", exc_info=exc)

    def _errback(self, failure: Any) -> Any:
        return None if self._expected(failure.value) else failure
