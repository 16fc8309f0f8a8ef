"""The ``cds_reextract`` spider: judges archived pages again, with zero network requests.

It is :class:`~crawler.spiders.cds_news.CdsNewsSpider` with other start requests: one per
archived article page (from ``visited_urls``' WARC locations, or from foreign WARC files), each
answered from the archive by :class:`~crawler.warc.replay.WarcReplayMiddleware`
(``CDS_REPLAY_ONLY`` refuses anything else). Extraction workers, item pipelines and storage
are the crawl's own, so records are updated in place (same ids).

``scrapy crawl cds_reextract [-a source=ID,…] [-a visited_since=TIME]
[-a outcome=stored|not_article|off_topic|all] [-a warc=FILE,…] [-a dry_run=1]``

Without ``outcome`` it takes the pages waiting for re-extraction (rejected by an older extractor
or lexicon version): a run that was interrupted resumes with what is left. With ``outcome``,
an interrupted run resumes from a state file under ``CDS_DATA_DIR/reextract/``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response

from crawler.items import ArticleItem
from crawler.spiders.cds_news import CdsNewsSpider
from crawler.urls import canonicalize_url, host_allowed, is_non_html, url_id

#: ``outcome`` → visited outcomes selected (None: every outcome with a raw copy).
OUTCOMES = {"stored": ("stored", "duplicate"), "not_article": ("not_article", "rejected"),
            "off_topic": ("off_topic",), "all": None}


def parse_time(value: str | None) -> datetime | None:
    """``YYYY-MM-DD`` or an ISO 8601 time (UTC when it has no zone)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"since={value!r}: expected YYYY-MM-DD or an ISO 8601 time") from None
        parsed = datetime(day.year, day.month, day.day)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class ReextractSpider(CdsNewsSpider):
    name = "cds_reextract"
    selection_log_level = logging.DEBUG
    custom_settings = {
        "CDS_REPLAY_ONLY": True,
        "CDS_WARC_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        "CDS_RECORD_RUNS": False,
        "CDS_SUMMARY": False,
        "SPIDERMON_ENABLED": False,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "RETRY_ENABLED": False,
        "CONCURRENT_REQUESTS": 64,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 64,
        "LOGSTATS_INTERVAL": 0,
        # a queue of its own, never a shared scrapy-redis one (CDS_REDIS_URL)
        "SCHEDULER": "scrapy.core.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy.dupefilters.RFPDupeFilter",
    }

    def __init__(self, outcome: str | None = None, visited_since: str | None = None,
                 warc: str | None = None, dry_run: str | None = None, *args: Any,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if outcome is not None and outcome not in OUTCOMES:
            raise ValueError(f"outcome={outcome!r}: one of {', '.join(OUTCOMES)}")
        self.outcome = outcome
        self.visited_since = parse_time(visited_since)
        self.warc_files = [Path(p).resolve() for p in (warc or "").split(",") if p]
        self.dry_run = str(dry_run or "").lower() in ("1", "true", "yes")
        self.before: dict[str, str] = {}  # url id -> outcome before this run
        self.after: dict[str, str] = {}   # url id -> outcome queued by this run
        self.where: dict[str, tuple[str, int]] = {}  # url id -> WARC location
        self.skipped: Counter[str] = Counter()
        self.total = self.done = 0
        self.started = time.monotonic()
        self._state: Path | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> ReextractSpider:
        from crawler.settings_check import check

        check(crawler.settings)  # a bad -s value: one line, exit 2, before a run is recorded
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        return spider

    def _opened(self, spider: Any = None) -> None:
        from pipelines.storage import StorageUnavailable, close_spider_unavailable

        try:
            visits = self.storage.visits
        except StorageUnavailable as exc:
            close_spider_unavailable(self.crawler, exc)
            return
        visits.locate = lambda visit: self.where.get(visit["url_id"])
        visits.on_queue = lambda visit: self.after.__setitem__(visit["url_id"], visit["outcome"])
        self.storage.dry_run = self.dry_run
        self.storage.articles.compare_dates = True  # a fixed date parser updates the record

    # -- selection --------------------------------------------------------------------------
    def initial_requests(self) -> Iterator[Request]:
        from pipelines.storage import StorageUnavailable, close_spider_unavailable, database_down

        if database_down(self.crawler):
            return
        try:
            requests = list(self._from_warc() if self.warc_files else self._from_archive())
        except StorageUnavailable as exc:
            close_spider_unavailable(self.crawler, exc)
            return
        self.total = len(requests)
        self.logger.info("re-extracting %d archived page(s)%s", self.total,
                         " (dry run: nothing is written)" if self.dry_run else "")
        yield from requests

    def _request_for(self, source: Any, url: str, location: tuple[str, int],
                     **meta: Any) -> Request:
        self.where[url_id(url)] = location
        return self._request(url, "article", source, self.parse_article, cds_url=url,
                             cds_warc=location, **meta).replace(dont_filter=True)

    def _state_file(self) -> Path:
        from cds.config import data_dir

        key = json.dumps([self.storage.url, sorted(self.sources_by_id), self.outcome,
                          str(self.visited_since)])
        return data_dir() / "reextract" / f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.json"

    def _from_archive(self) -> Iterator[Request]:
        from sqlalchemy import select

        from pipelines.schema import VisitedUrl as V
        from pipelines.storage.visits import stale_clause

        q = select(V.url_id, V.url, V.source_id, V.outcome, V.warc_file, V.warc_offset).where(
            V.warc_file.is_not(None), V.source_id.in_(list(self.sources_by_id)))
        if self.outcome is None:
            q = q.where(stale_clause(self.storage.visits.versions))
        elif OUTCOMES[self.outcome]:
            q = q.where(V.outcome.in_(OUTCOMES[self.outcome]))
        if self.visited_since:
            q = q.where(V.last_attempt_at >= self.visited_since)
        if self.outcome is not None and not self.dry_run:
            self._state = self._state_file()
            if self._state.exists():  # resume: pages judged since the interrupted start
                begun = datetime.fromisoformat(json.loads(self._state.read_text())["started"])
                q = q.where(V.last_attempt_at < begun)
                self.logger.info("resuming the re-extraction begun at %s", begun.isoformat())
            else:
                self._state.parent.mkdir(parents=True, exist_ok=True)
                self._state.write_text(json.dumps({"started": datetime.now(UTC).isoformat()}))
        rows = self.storage.db.read(lambda conn: list(conn.execute(q.order_by(V.url_id))))
        for uid, url, source_id, outcome, warc_file, offset in rows:
            self.before[uid] = outcome
            yield self._request_for(self.sources_by_id[source_id], url, (warc_file, offset))

    def _from_warc(self) -> Iterator[Request]:
        from crawler.warc.reader import iter_responses

        for path in self.warc_files:
            for archived in iter_responses(path):
                source = self._source_for(archived.url)
                if source is None:
                    self.skipped["not a registry domain"] += 1
                    continue
                url = canonicalize_url(archived.url, source=source)
                pattern = self._patterns.get(source.id)
                if is_non_html(url) or (pattern is not None and not pattern.search(url)
                                        and not pattern.search(archived.url)):
                    self.skipped["not an article URL"] += 1
                    continue
                if url_id(url) in self.where:
                    self.skipped["repeated"] += 1
                    continue
                yield self._request_for(source, url, (str(path), archived.offset),
                                        cds_fetched_at=archived.fetched_at)
        self.before.update(self._outcomes(list(self.where)))

    def _source_for(self, url: str) -> Any:
        for source in self.sources_by_id.values():
            if host_allowed(url, self._domains(source)):
                return source
        return None

    def _outcomes(self, ids: list[str]) -> dict[str, str]:
        from sqlalchemy import select

        from pipelines.schema import VisitedUrl as V

        out: dict[str, str] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(self.storage.db.read(lambda conn, c=chunk: dict(conn.execute(
                select(V.url_id, V.outcome).where(V.url_id.in_(c))).all())))
        return out

    # -- progress and report ----------------------------------------------------------------
    async def parse_article(self, response: Response) -> AsyncIterator[ArticleItem]:
        async for item in super().parse_article(response):
            yield item
        self.done += 1
        step = max(50, self.total // 10)
        if self.done % step == 0 and self.done < self.total:
            rate = self.done / max(1e-6, time.monotonic() - self.started)
            self.logger.info("re-extracted %d of %d pages (%.0f/s)", self.done, self.total, rate)

    def closed(self, reason: str) -> None:
        from crawler.summary import Verdict

        if reason == "finished" and self._state is not None:
            self._state.unlink(missing_ok=True)
        print(self.report(reason), flush=True)
        # the exit code of `scrapy crawl` / `cds reextract` (crawler/scrapy_commands/crawl.py)
        name = {"finished": "ok", "database_unavailable": "database_unavailable"}.get(
            reason, "failed")
        self.crawler.cds_summary = type("Summary", (), {"verdict": Verdict(name, reason)})()

    def report(self, reason: str = "finished") -> str:
        """What changed, in plain lines."""
        stats = self.crawler.stats
        seconds = time.monotonic() - self.started
        changes = Counter((self.before.get(uid, "new"), new) for uid, new in self.after.items())
        done = stats.get_value("cds/warc/replayed", 0)
        lines = [f"cds reextract: {done} archived page(s) judged again in {seconds:.1f} s "
                 f"({done / max(seconds, 1e-6):.0f}/s), no request to any site"
                 + (" (dry run: nothing written)" if self.dry_run else "")
                 + ("" if reason == "finished" else f"; stopped: {reason}, run again to resume")]
        for (old, new), n in sorted(changes.items(), key=lambda kv: -kv[1]):
            if old != new:
                lines.append(f"  {old} -> {new}: {n}")
        same = sum(n for (old, new), n in changes.items() if old == new)
        lines.append(f"  articles: {stats.get_value('cds/stored', 0)} new, "
                     f"{stats.get_value('cds/updated', 0)} changed (text or dates), "
                     f"{stats.get_value('cds/unchanged', 0)} unchanged, "
                     f"{stats.get_value('cds/duplicates', 0)} new copies; "
                     f"{same} other page(s) judged as before")
        if stats.get_value("cds/warc/unreadable"):
            lines.append(f"  unreadable archived copies: {stats.get_value('cds/warc/unreadable')}")
        for why, n in self.skipped.items():
            lines.append(f"  skipped ({why}): {n}")
        return "\n".join(lines)
