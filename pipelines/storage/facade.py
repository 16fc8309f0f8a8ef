"""The one object per crawl that talks to the database: :class:`Storage`.

It holds one part per concern (visited-URL frontier, HTTP validators, articles and their
duplicate check, runs, sources) over one :class:`~pipelines.storage.database.Database`, and owns
the batch: visited marks and article rows are queued and committed every ``batch_size`` writes
in ONE transaction, so an article and its visited mark always commit together; a crash loses
at most the open batch, whose URLs are then simply not visited and get fetched again by the
next run. Every write is an ``INSERT … ON CONFLICT`` keyed by the unique ids, so re-runs and
concurrent crawls on one PostgreSQL database never create a second row; a batch that loses a
race (serialization failure, deadlock, integrity error) is retried whole. Batch commits are
serialised (an advisory lock on PostgreSQL, the write lock on SQLite).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pipelines.simhash import DEFAULT_MIN_SHARED, DEFAULT_THRESHOLD, MAX_MARK_STORIES, content_hash
from pipelines.storage.articles import Articles
from pipelines.storage.database import Database, StorageUnavailable
from pipelines.storage.discovered import Discovered
from pipelines.storage.duplicates import Duplicate
from pipelines.storage.frontier import Frontier
from pipelines.storage.runs import Runs
from pipelines.storage.sources import Sources
from pipelines.storage.validators import Validators
from pipelines.storage.visits import Visits

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreResult:
    """What :meth:`Storage.store` did: ``status`` and the article row as now stored."""

    status: str  # stored | updated | unchanged | duplicate
    row: dict[str, Any]


class Storage:
    """Visited URLs, HTTP validators, articles (with near-duplicate bands and paragraph marks),
    runs and sources of one crawl, and the batch that commits them."""

    def __init__(
        self,
        database_url: str | None = None,
        *,
        batch_size: int = 50,
        max_attempts: int = 3,
        migrate: bool = True,
        mark_stories: int = MAX_MARK_STORIES,
        versions: tuple[str, str] | None = None,
    ) -> None:
        self.db = Database(database_url, migrate=migrate)
        self.batch_size = max(1, int(batch_size))
        self.visits = Visits(self.db, max_attempts=max_attempts, versions=versions)
        self.http_validators = Validators(self.db)
        self.articles = Articles(self.db, self.visits, mark_stories=mark_stories)
        self.runs = Runs(self.db)
        self.sources = Sources(self.db)
        self.discovered = Discovered(self.db)
        #: Requests left to the next run and host pauses (crawler/budget.py).
        self.frontier = Frontier(self.db)
        self._writes = 0
        #: Queue and check as usual but never write (``cds reextract --dry-run``).
        self.dry_run = False

    @classmethod
    def from_settings(cls, settings: Any) -> Storage:
        """From Scrapy settings: CDS_DATABASE_URL, CDS_COMMIT_BATCH, CDS_MAX_FETCH_ATTEMPTS
        (and CDS_EXTRACTOR, CDS_LEXICON_FILE for the versions each visit records)."""
        from crawler.judge import versions

        return cls(
            settings.get("CDS_DATABASE_URL") or None,
            batch_size=settings.getint("CDS_COMMIT_BATCH", 50),
            max_attempts=settings.getint("CDS_MAX_FETCH_ATTEMPTS", 3),
            versions=versions(settings),
        )

    @property
    def url(self) -> str:
        return self.db.url

    @property
    def engine(self) -> Any:
        return self.db.engine

    @engine.setter
    def engine(self, engine: Any) -> None:
        self.db.engine = engine

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def max_attempts(self) -> int:
        return self.visits.max_attempts

    @property
    def mark_stories(self) -> int:
        return self.articles.mark_stories

    # -- the batch --------------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Writes queued and not yet committed."""
        return len(self.articles.queued) + len(self.visits.queued)

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes >= self.batch_size:
            self.flush()

    def _write_batch(self, conn: Any) -> None:
        self.db.lock_writers(conn)
        stamp = self.articles.begin(conn)
        self.articles.stamp(stamp)
        self.visits.stamp(stamp)
        self.articles.write(conn)
        self.visits.write(conn)

    def _clear(self) -> None:
        self.articles.clear()
        self.visits.clear()
        self._writes = 0

    def flush(self) -> None:
        """Commit the open batch in one transaction (dropped, never half-written, on failure)."""
        if not self.pending:
            self._writes = 0
            return
        self.visits.locate_queued()
        if self.dry_run:  # cds reextract --dry-run: judged, reported, not written
            self._clear()
            return
        try:
            self.db.transaction(self._write_batch)
        finally:
            self._clear()

    # -- visited URLs -----------------------------------------------------------------------
    def unseen(self, urls: Iterable[str]) -> list[str]:
        """See :meth:`Visits.unseen`."""
        return self.visits.unseen(urls)

    def record_visit(self, url: str, source_id: str, outcome: str, *,
                     reason: str | None = None, http_status: int | None = None) -> None:
        """Queue the outcome of visiting ``url``; ``transient`` counts one more attempt."""
        self.visits.record(url, source_id, outcome, reason=reason, http_status=http_status)
        self._wrote()

    def transient_urls(self, source_id: str, limit: int = 1000) -> list[str]:
        """See :meth:`Visits.transient_urls`."""
        return self.visits.transient_urls(source_id, limit)

    def stale_urls(self, source_id: str, limit: int = 1000) -> list[str]:
        """See :meth:`Visits.stale_urls`."""
        return self.visits.stale_urls(source_id, limit)

    def stale_archived(self, source_id: str, limit: int = 1000) -> list[tuple[str, str, int]]:
        """See :meth:`Visits.stale_archived`."""
        return self.visits.stale_archived(source_id, limit)

    # -- HTTP validators --------------------------------------------------------------------
    def validators(self, url: str) -> tuple[str | None, str | None] | None:
        """``(etag, last_modified)`` last seen for ``url``, or None."""
        return self.http_validators.get(url)

    def save_validators(self, url: str, etag: str | None, last_modified: str | None,
                        status: int) -> None:
        self.http_validators.save(url, etag, last_modified, status)

    def commit_validators(self) -> None:
        """See :meth:`Validators.commit` (only after a crawl that finished normally)."""
        self.http_validators.commit()

    # -- articles ---------------------------------------------------------------------------
    def store(self, record: dict[str, Any]) -> StoreResult:
        """Queue a record-like mapping and its visited mark; see :meth:`Articles.store`."""
        status, row = self.articles.store(record)
        if status != "unchanged":
            self._wrote()
        return StoreResult(status, row)

    def store_article(self, record: dict[str, Any]) -> str:
        """Queue an article and its visited mark for the same commit.

        Returns 'stored' (new), 'duplicate' (new, a copy: ``duplicate_of`` set), 'updated'
        (title, lead or text changed: the same row is updated) or 'unchanged' (a no-op).
        """
        return self.store(record).status

    def text_simhash(self, text: str) -> int:
        return self.articles.text_simhash(text)

    def text_marks(self, text: str) -> frozenset[int]:
        return self.articles.text_marks(text)

    def find_duplicate(self, text: str, digest: str | None = None, *,
                       exclude_id: str | None = None, threshold: int = DEFAULT_THRESHOLD,
                       min_shared: float = DEFAULT_MIN_SHARED) -> Duplicate | None:
        """The story ``text`` copies (content hash ``digest``, computed when not given): see
        :meth:`find_match`, with the article's SimHash and paragraph marks."""
        return self.find_match(digest or content_hash(text), self.text_simhash(text),
                               self.text_marks(text), exclude_id=exclude_id,
                               threshold=threshold, min_shared=min_shared)

    def find_match(self, digest: str, value: int, marks: Iterable[int], *,
                   exclude_id: str | None = None, threshold: int = DEFAULT_THRESHOLD,
                   min_shared: float = DEFAULT_MIN_SHARED) -> Duplicate | None:
        """See :meth:`Articles.find_match`."""
        return self.articles.find_match(digest, value, marks, exclude_id=exclude_id,
                                        threshold=threshold, min_shared=min_shared)

    # -- runs and sources -------------------------------------------------------------------
    def start_run(self, args: dict) -> int:
        """A ``crawl_runs`` row in status 'running'; returns its id."""
        return self.runs.start(args)

    def finish_run(self, run_id: int, status: str, finish_reason: str | None, stats: dict,
                   error: str | None = None) -> None:
        """Flush, then close the run row with its status, reason, stats and error."""
        self.flush()
        self.runs.finish(run_id, status, finish_reason, stats, error)

    def save_source_stats(self, run_id: int, source_id: str, counters: dict) -> None:
        """See :meth:`Runs.save_source_stats`."""
        self.runs.save_source_stats(run_id, source_id, counters)

    def sync_sources(self, sources: Iterable[Any]) -> None:
        """Upsert registry entries into ``sources`` (the registry file stays the truth)."""
        self.sources.sync(sources)

    def source_info(self, source_id: str) -> dict[str, Any] | None:
        """name, province, former_province of a synced source (for records)."""
        return self.sources.info(source_id)

    # -- lifecycle --------------------------------------------------------------------------
    def close(self, *, validators: bool = True) -> None:
        """Commit what is queued (validators too unless told not to) and release connections
        (the object stays usable)."""
        try:
            self.flush()
            self.discovered.commit()
            if validators:
                self.commit_validators()
        finally:
            self.db.dispose()

    def spider_closed(self, spider: Any = None, reason: str | None = None) -> None:
        """Scrapy ``spider_closed`` handler: flush and close (errors logged, not raised).

        Validators are kept only when the crawl finished normally (see
        :meth:`commit_validators`); after a shutdown or failure the next run revalidates
        from scratch.
        """
        finished = reason in (None, "finished")
        if not finished and self.http_validators.queued:
            logger.info("crawl ended with %r: HTTP validators not saved, the next run fetches "
                        "feeds and listings in full", reason)
        try:
            self.close(validators=finished)
        except StorageUnavailable as exc:
            logger.error("%s; the open batch was not stored (its URLs stay unvisited)", exc)
