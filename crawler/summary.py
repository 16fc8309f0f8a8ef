"""What a crawl tells its user: a progress line while it runs, a table and a verdict at the end,
and the exit code a scheduler can trust.

:class:`CrawlProgress` replaces Scrapy's LogStats: every ``LOGSTATS_INTERVAL`` seconds one line
with how many sources answered, pages, new articles and the busiest sources.
:class:`CrawlSummary` logs, when the spider closes, one table (per source: answered, discovered,
fetched, new CĐS articles, off-topic, not modified, errors by kind) and a one-line
:class:`Verdict`, which it puts into the stats (``cds/verdict``, ``cds/exit_code``) before the
run recorder writes them; ``scrapy crawl`` exits with its code (``crawler.scrapy_commands``).

Exit codes (:data:`EXIT_CODES`):

====  =======================  ==========================================================
0     ``ok``                   the crawl ran and at least one source answered (or, as a
                               worker of a shared scrapy-redis queue, found nothing left)
1     ``failed``               the crawl could not start or broke (Scrapy's own code)
2     ``usage``                bad arguments: unknown source id, bad ``since``
3     ``no_valid_source``      the registry is unreadable or has no valid, selected source
4     ``unreachable``          no source answered (DNS, refused, timeouts: the network?)
5     ``database_unavailable`` the database could not be reached or written
====  =======================  ==========================================================
"""

from __future__ import annotations

import io
import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.logstats import LogStats

from crawler.extensions import PREFIX, did_anything, source_counters

logger = logging.getLogger(__name__)

EXIT_CODES = {"ok": 0, "failed": 1, "usage": 2, "no_valid_source": 3, "unreachable": 4,
              "database_unavailable": 5}
#: Exception class names (the spider's error reasons) -> short labels of the table.
ERROR_LABELS = {
    "CannotResolveHostError": "dns", "DNSLookupError": "dns",
    "DownloadConnectionRefusedError": "refused", "ConnectionRefusedError": "refused",
    "DownloadTimeoutError": "timeout", "TimeoutError": "timeout", "TCPTimedOutError": "timeout",
    "DownloadFailedError": "network", "ResponseDataLossError": "network",
    "ConnectionLost": "network", "ConnectionDone": "network", "ConnectError": "network",
    "NoRouteError": "network",
}


def error_label(reason: str) -> str:
    return ERROR_LABELS.get(reason, reason)


@dataclass(frozen=True)
class Verdict:
    """The outcome of a crawl in one word, its exit code and one line for people."""

    name: str
    message: str

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.name]

    @property
    def ok(self) -> bool:
        return self.name == "ok"

    @classmethod
    def from_exit_code(cls, code: int | None, message: str = "") -> Verdict:
        """The verdict a crawl process announced by its exit code (the daemon's view)."""
        names = {v: k for k, v in EXIT_CODES.items()}
        if code is None or code < 0:
            return cls("failed", message or f"killed by signal {-(code or 0)}")
        return cls(names.get(code, "failed"), message or f"exit code {code}")


@dataclass
class SourceLine:
    """One row of the table."""

    id: str
    answered: bool
    counters: dict[str, Any]

    @property
    def new(self) -> int:
        return int(self.counters.get("stored", 0)) + int(self.counters.get("duplicates", 0))

    def errors(self) -> Counter[str]:
        found: Counter[str] = Counter()
        for reason, count in (self.counters.get("errors") or {}).items():
            if isinstance(count, int | float):
                found[error_label(reason)] += int(count)
        return found


def source_lines(stats: dict[str, Any], source_ids: list[str]) -> list[SourceLine]:
    """One line per source; a source answered if any response came back (any status), or its
    robots.txt forbade us, or its host asked us to wait (Retry-After, perhaps in an earlier
    run): its host answered that."""
    lines = []
    for sid in source_ids:
        counters = source_counters(stats, sid)
        answered = bool(stats.get(f"{PREFIX}{sid}/responses")) or bool(
            {"robots_forbidden", "retry_after"} & set(counters["errors"]))
        lines.append(SourceLine(sid, answered, counters))
    return lines


def verdict(lines: list[SourceLine], *, reason: str, database_down: bool, registry: str,
            registry_errors: int, elapsed: float, sent: int | None = None,
            shared_queue: bool = False) -> Verdict:
    """The verdict of a closed crawl (see the module docstring). ``sent``: requests this
    process downloaded; ``shared_queue``: the requests came from a queue shared with other
    workers (scrapy-redis), which may have taken every one of them."""
    if database_down or reason == "database_unavailable":
        return Verdict("database_unavailable",
                       "Database unavailable: the crawl stopped (see the error above); "
                       "articles not stored are fetched again next time.")
    if not lines:
        why = (f"{registry_errors} invalid entr{'y' if registry_errors == 1 else 'ies'} "
               f"(listed above; `cds sources check --file {registry}`)" if registry_errors
               else "no enabled source")
        return Verdict("no_valid_source", f"No valid source to crawl in {registry}: {why}.")
    answered = [line for line in lines if line.answered]
    # on a shared queue, a source this worker sent nothing to was left to its peers
    others = [line for line in lines
              if shared_queue and not line.answered and not did_anything(line.counters)]
    errors: Counter[str] = Counter()  # unanswered sources by their most frequent error
    for line in lines:
        if not line.answered and line not in others:
            errors[line.errors().most_common(1)[0][0] if line.errors() else "no request"] += 1
    if not answered and shared_queue and sent == 0:
        return Verdict("ok", "Nothing left for this worker: the other workers of the shared "
                             "queue took every request.")
    if not answered:
        kinds = ", ".join(f"{k} {n}" for k, n in errors.most_common(4))
        hint = ("Their addresses are private or loopback, which the egress policy refuses "
                "(a registry entry may opt in with `allow_private: true`)."
                if set(errors) == {"blocked_address"} else "Is this machine online?")
        return Verdict("unreachable",
                       f"No source answered: {len(lines)} of {len(lines)} unreachable "
                       f"({kinds}). {hint}")
    new = sum(line.new for line in lines)
    copies = sum(int(line.counters.get("duplicates", 0)) for line in lines)
    fetched = sum(int(line.counters.get("fetched", 0)) for line in lines)
    message = (f"Crawl {reason} in {_duration(elapsed)}: {len(answered)} of {len(lines)} "
               f"sources answered; {fetched} article pages fetched, {new} new CĐS "
               f"article{'s' if new != 1 else ''}"
               + (f" ({copies} syndicated {'copy' if copies == 1 else 'copies'})" if copies
                  else "") + ".")
    silent = len(lines) - len(answered) - len(others)
    if silent:
        kinds = ", ".join(f"{k} {n}" for k, n in errors.most_common(3))
        message += f" {silent} unreachable ({kinds})."
    if others:
        message += (f" {len(others)} left to the other workers (none of "
                    f"{'its' if len(others) == 1 else 'their'} requests came to this one).")
    return Verdict("ok", message)


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"


def render_table(lines: list[SourceLine], width: int = 120) -> str:
    """The table as plain text (rich, no colours)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("source", no_wrap=True)
    table.add_column("answered")
    for name in ("discovered", "fetched", "new", "off-topic", "not modified"):
        table.add_column(name, justify="right")
    table.add_column("errors")
    for line in lines:
        c = line.counters
        errors = ", ".join(f"{k} {n}" for k, n in line.errors().most_common())
        table.add_row(line.id, "yes" if line.answered else "no", str(c.get("discovered", 0)),
                      str(c.get("fetched", 0)), str(line.new), str(c.get("off_topic", 0)),
                      str(c.get("not_modified", 0)), errors or "—")
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, highlight=False).print(table)
    return out.getvalue().rstrip()


class CrawlSummary:
    """Logs the table and the verdict when the spider closes (see the module docstring).

    Settings: ``CDS_SUMMARY`` (default true), ``CDS_SUMMARY_WIDTH`` (characters, 120).
    """

    def __init__(self, crawler: Crawler):
        if not crawler.settings.getbool("CDS_SUMMARY", True):
            raise NotConfigured
        self.crawler = crawler
        self.width = crawler.settings.getint("CDS_SUMMARY_WIDTH", 120)
        self.started = time.monotonic()
        self.verdict: Verdict | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.cds_summary = ext
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()

    def response_received(self, response: Any, request: Any, spider: Any = None) -> None:
        # a page answered from the raw archive (crawler/warc/replay.py) says nothing of the site
        if (source_id := request.meta.get("cds_source")) and "cds_warc" not in request.meta:
            self.crawler.stats.inc_value(f"{PREFIX}{source_id}/responses")

    def spider_closed(self, spider: Any, reason: str) -> None:
        from crawler.generation import shared_queue
        from pipelines.storage import database_down

        stats = dict(self.crawler.stats.get_stats())
        ids = list(getattr(spider, "sources_by_id", {}) or {})
        lines = source_lines(stats, ids)
        self.verdict = verdict(
            lines, reason=reason, database_down=database_down(self.crawler),
            registry=str(getattr(spider, "registry_path", None) or "the registry"),
            registry_errors=int(getattr(spider, "registry_errors", 0) or 0),
            elapsed=time.monotonic() - self.started,
            sent=int(stats.get("downloader/request_count", 0)),
            shared_queue=shared_queue(self.crawler.settings))
        self.crawler.stats.set_value("cds/verdict", self.verdict.name)
        self.crawler.stats.set_value("cds/exit_code", self.verdict.exit_code)
        if any(line.counters.get("requests") for line in lines):
            logger.info("Crawl summary (%d sources):\n%s", len(lines),
                        render_table(lines, self.width))
        checks = stats.get("cds/monitors/failed") or []
        if checks and self.verdict.ok:
            logger.info("Run checks failed: %s", "; ".join(str(c) for c in checks))
        level = logging.INFO if self.verdict.ok else logging.WARNING
        logger.log(level, "%s Exit code %d (%s).", self.verdict.message,
                   self.verdict.exit_code, self.verdict.name)
        if not self.crawler.settings.getbool("STATS_DUMP"):  # the wall of stats, for DEBUG
            import pprint

            logger.debug("Scrapy stats:\n%s", pprint.pformat(stats))


class CrawlProgress(LogStats):
    """Scrapy's LogStats, one line with per-source progress: sources answered and unreachable,
    pages, new articles, the busiest sources (every ``LOGSTATS_INTERVAL`` seconds)."""

    def __init__(self, stats: Any, interval: float = 60.0, crawler: Crawler | None = None):
        super().__init__(stats, interval)
        self.crawler = crawler
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        interval = crawler.settings.getfloat("LOGSTATS_INTERVAL")
        if not interval:
            raise NotConfigured
        ext = cls(crawler.stats, interval, crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        super().spider_opened(spider)

    def log(self, spider: Any) -> None:
        self.calculate_stats()
        if not self.pages and time.monotonic() - self.started < self.interval / 2:
            return  # the call at start-up: nothing to say yet
        stats = self.stats.get_stats()
        ids = list(getattr(spider, "sources_by_id", {}) or {})
        lines = source_lines(stats, ids)
        answered = sum(line.answered for line in lines)
        down = sum(1 for line in lines if not line.answered and line.errors())
        busiest = sorted(lines, key=lambda line: -int(line.counters.get("requests", 0)))[:3]
        busy = ", ".join(f"{line.id} {line.counters.get('requests', 0)}" for line in busiest
                         if line.counters.get("requests"))
        logger.info(
            "Progress %s: %d of %d sources answered, %d unreachable; %d pages (%d/min), "
            "%d new articles%s", _duration(time.monotonic() - self.started), answered,
            len(lines), down, self.pages, self.prate, sum(line.new for line in lines),
            f"; most requests: {busy}" if busy else "", extra={"spider": spider})
