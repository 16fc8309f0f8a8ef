"""The database schema: the one module that defines every table (SQLAlchemy 2).

Times are stored as UTC; :class:`UTCDateTime` returns timezone-aware values on every backend
(SQLite has no time zone type). Migrations in ``pipelines/migrations`` follow this module.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes stored as UTC; naive values are rejected."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: give a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Source(Base):
    """A registry entry as last seen by a crawl (the registry file stays the source of truth)."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    province: Mapped[str | None] = mapped_column(String(100))
    former_province: Mapped[str | None] = mapped_column(String(100))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    config: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Article(Base):
    """One stored article; fields follow the dataset record (``cds.records``)."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    source_id: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    modified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="vi")
    topics: Mapped[list] = mapped_column(JSON, default=list)
    relevance: Mapped[float] = mapped_column(Float, default=0.0)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    simhash: Mapped[int | None] = mapped_column(BigInteger, index=True)
    duplicate_of: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("articles.id"), index=True
    )
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class VisitedUrl(Base):
    """Every article URL a crawl has tried, with its outcome, so it is never fetched twice.

    outcome: stored | duplicate | off_topic | rejected | not_article | failed (for good)
    | transient (retried by later runs while ``attempts`` is below the limit) | redirected (a
    hop of a redirect chain; ``reason`` names the chain's first URL or its known target).
    """

    __tablename__ = "visited_urls"

    url_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    source_id: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Who judged the page (:mod:`crawler.judge`): pages rejected by an older version wait for
    #: re-extraction. Null: judged before versions were recorded.
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    lexicon_version: Mapped[str | None] = mapped_column(String(16))
    #: Where the raw response is kept (:mod:`crawler.warc`): a WARC file (relative to the WARC
    #: directory, or absolute) and the byte offset of its response record.
    warc_file: Mapped[str | None] = mapped_column(Text)
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)


class HttpValidator(Base):
    """ETag / Last-Modified of a feed, sitemap or listing page, for conditional GET."""

    __tablename__ = "http_validators"

    url_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_status: Mapped[int | None] = mapped_column(Integer)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CrawlRun(Base):
    """One crawl process. status: running | finished | failed | killed | timeout | stopped
    (by a signal: Ctrl-C, SIGTERM, the daemon's shutdown)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    finish_reason: Mapped[str | None] = mapped_column(String(100))
    pid: Mapped[int | None] = mapped_column(Integer)
    hostname: Mapped[str | None] = mapped_column(String(255))
    args: Mapped[dict] = mapped_column(JSON, default=dict)
    stats: Mapped[dict] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text)


class RunSourceStats(Base):
    """Per-run, per-source counters: the history that source health is computed from."""

    __tablename__ = "run_source_stats"

    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    discovered: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    not_modified: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    off_topic: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict] = mapped_column(JSON, default=dict)  # reason -> count
    events: Mapped[dict] = mapped_column(JSON, default=dict)  # feed_gone, offsite_redirect, ...

    __table_args__ = (Index("ix_run_source_stats_source_started", "source_id", "started_at"),)


class Alert(Base):
    """A health condition of a source; open while ``closed_at`` is null (one per condition)."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str | None] = mapped_column(String(64), index=True)
    condition: Mapped[str] = mapped_column(String(50))
    severity: Mapped[str] = mapped_column(String(20), default="warning")
    message: Mapped[str] = mapped_column(Text)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recovery_delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DumpState(Base):
    """What the last dump to a path covered, for ``cds dump --since last``."""

    __tablename__ = "dump_state"

    path: Mapped[str] = mapped_column(String(1000), primary_key=True)
    dumped_at: Mapped[datetime] = mapped_column(UTCDateTime)
    watermark: Mapped[datetime | None] = mapped_column(UTCDateTime)
    records: Mapped[int] = mapped_column(Integer, default=0)


class SimhashBand(Base):
    """LSH band keys of the stored SimHashes (:mod:`pipelines.simhash`): a near-duplicate lookup
    reads the few hashes sharing a band key (an index-only scan), then only the articles whose
    ``simhash`` is within the threshold, instead of scanning every stored story.

    Rows name hashes, not articles (copies with one hash share rows); a hash no article has any
    more (its text changed) is harmless: the article lookup finds nothing.
    """

    __tablename__ = "simhash_bands"
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: SimHash as a signed 64-bit integer.
    simhash: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)


class ParagraphMark(Base):
    """One row per core paragraph of a stored story (:func:`pipelines.simhash.paragraph_marks`):
    the second near-duplicate signal, for copies that add, drop or move whole paragraphs.

    Looked up by ``mark`` (the primary key: an index-only scan); ``article_id`` is indexed for
    the candidates' mark counts and for replacing an updated story's marks. Only stories that
    are not copies (``duplicate_of`` null) have marks, so a mark's row count is the number of
    distinct stories carrying that paragraph: a press release syndicated to 100 sites is one.
    """

    __tablename__ = "paragraph_marks"
    __table_args__ = {"sqlite_with_rowid": False}

    #: Hash of the paragraph's normalised words, as a signed 64-bit integer.
    mark: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    article_id: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class DiscoveredEntry(Base):
    """An entry point found by discovery (crawler/discovery): a section, feed, sitemap, RSS index
    or well-known path of a source, with what it answered. kind: section | feed | sitemap |
    rss_index | wellknown | start; status: found | absent | moved | gone."""

    __tablename__ = "discovered_entries"

    source_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    label: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float)
    moved_to: Mapped[str | None] = mapped_column(Text)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_productive_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DeferredRequest(Base):
    """A request a crawl left to the next one (crawler/budget.py): its source's per-run budget
    was spent, or its host was paused by a long ``Retry-After``. The next crawl sends these
    before re-discovering, highest priority and newest first. reason: articles | requests |
    seconds | retry_after."""

    __tablename__ = "deferred_requests"

    source_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    #: The request's ``cds_*`` meta and callback name (JSON-safe values only).
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(String(20))
    deferred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Order of deferral within its crawl (discovery order: newest first on most listings).
    seq: Mapped[int] = mapped_column(Integer, default=0)


class HostPause(Base):
    """A host that asked (``Retry-After`` on 429/503) not to be asked again before ``until``;
    kept across runs (crawler/politeness.py), bounded by ``CDS_RETRY_AFTER_PERSIST_MAX``."""

    __tablename__ = "host_pauses"

    host: Mapped[str] = mapped_column(String(300), primary_key=True)  # host[:port]
    source_id: Mapped[str | None] = mapped_column(String(64), index=True)
    until: Mapped[datetime] = mapped_column(UTCDateTime)
    http_status: Mapped[int | None] = mapped_column(Integer)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
