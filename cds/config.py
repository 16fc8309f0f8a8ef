"""Process-wide configuration read from the environment (one place for every ``CDS_*`` variable)."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

#: Directory for the default SQLite database, dumps and daemon state.
DEFAULT_DATA_DIR = "data"
DEFAULT_DATABASE_FILE = "cds.db"


def data_dir(*, create: bool = True) -> Path:
    """``CDS_DATA_DIR`` or ``./data``; created on first use (unless not ``create``)."""
    path = Path(os.environ.get("CDS_DATA_DIR", DEFAULT_DATA_DIR))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def as_database_url(value: str) -> str:
    """An SQLAlchemy URL from ``value``: a URL as it is, else a path to an SQLite file
    (``data/demo.db``, ``~/cds.db``). The one place that reads ``--database`` and
    ``CDS_DATABASE_URL`` alike."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def database_url(*, create_dir: bool = True) -> str:
    """``CDS_DATABASE_URL`` (an SQLAlchemy URL or an SQLite file path) or an SQLite file under
    :func:`data_dir` (``create_dir``: that directory is created if missing)."""
    url = os.environ.get("CDS_DATABASE_URL", "").strip()
    if url:
        return as_database_url(url)
    return f"sqlite:///{(data_dir(create=create_dir) / DEFAULT_DATABASE_FILE).resolve()}"


def redis_url() -> str | None:
    """``CDS_REDIS_URL``: when set, crawls share a scrapy-redis scheduler and duplicate filter."""
    return os.environ.get("CDS_REDIS_URL") or None


def redis_run_key() -> str:
    """``CDS_REDIS_RUN_KEY``: names the crawl generation whose shared queue this crawl joins;
    unset, a fresh key (so a plain crawl never joins a finished generation)."""
    return os.environ.get("CDS_REDIS_RUN_KEY") or new_run_key()


def new_run_key() -> str:
    """A fresh run key: UTC time plus a random suffix (sortable, never reused)."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
