"""Process-wide configuration read from the environment (one place for every ``CDS_*`` variable)."""

from __future__ import annotations

import os
from pathlib import Path

#: Directory for the default SQLite database, dumps and daemon state.
DEFAULT_DATA_DIR = "data"
DEFAULT_DATABASE_FILE = "cds.db"


def data_dir() -> Path:
    """``CDS_DATA_DIR`` or ``./data``; created on first use."""
    path = Path(os.environ.get("CDS_DATA_DIR", DEFAULT_DATA_DIR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """``CDS_DATABASE_URL`` (any SQLAlchemy URL) or an SQLite file under :func:`data_dir`."""
    url = os.environ.get("CDS_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{(data_dir() / DEFAULT_DATABASE_FILE).resolve()}"


def redis_url() -> str | None:
    """``CDS_REDIS_URL``: when set, crawls share a scrapy-redis scheduler and duplicate filter."""
    return os.environ.get("CDS_REDIS_URL") or None


def redis_run_key() -> str:
    """``CDS_REDIS_RUN_KEY``: names the shared queue of one crawl generation (default "default")."""
    return os.environ.get("CDS_REDIS_RUN_KEY", "default")
