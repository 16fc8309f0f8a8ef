"""ValidatePipeline: required fields, types and a minimum text length; rejects are recorded."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from scrapy.exceptions import DropItem

from crawler.urls import canonicalize_url
from pipelines.storage import (
    StorageUnavailable,
    close_spider_unavailable,
    get_storage,
    inc_stat,
)

logger = logging.getLogger(__name__)

#: published_at may be None: no plausible date on the page (first_seen_at still dates it).
REQUIRED = ("url", "source", "title", "text")
_OPTIONAL_STR = ("lead", "author", "source_name", "province", "former_province", "language")


class Rejected(DropItem):
    """A DropItem whose visit was already recorded (the item_dropped handler skips it)."""

    cds_recorded = True


def problem(item: Any, min_text_chars: int = 200) -> str | None:
    """Why ``item`` is not a storable article, or None."""
    for name in REQUIRED:
        value = item.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return f"missing {name}"
    for name in ("url", "source", "title", "text"):
        if not isinstance(item[name], str):
            return f"{name} is {type(item[name]).__name__}, not str"
    published = item.get("published_at")
    if isinstance(published, str):
        try:
            published = datetime.fromisoformat(published.replace("Z", "+00:00"))
        except ValueError:
            return f"published_at not ISO 8601: {item['published_at']!r}"
    if published is not None and not isinstance(published, datetime):
        return f"published_at is {type(published).__name__}, not a datetime"
    for name in _OPTIONAL_STR:
        if item.get(name) is not None and not isinstance(item[name], str):
            return f"{name} is {type(item[name]).__name__}, not str"
    if item.get("topics") is not None and not isinstance(item["topics"], list | tuple):
        return "topics is not a list"
    chars = len(item["text"].strip())
    if chars < min_text_chars:
        return f"text too short ({chars} < {min_text_chars} chars)"
    return None


class ValidatePipeline:
    """Drops items that are not storable articles with DropItem("rejected: …"), recording the
    URL as visited with outcome 'rejected' so it is not fetched again."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.min_text_chars = crawler.settings.getint("CDS_MIN_TEXT_CHARS", 200)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ValidatePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        why = problem(item, self.min_text_chars)
        if why is None:
            return item
        reason = f"rejected: {why}"
        url, source = item.get("url"), item.get("source")
        if isinstance(url, str) and url.strip() and isinstance(source, str) and source:
            try:
                get_storage(self.crawler).record_visit(
                    canonicalize_url(url), source, "rejected", reason=why
                )
            except StorageUnavailable as exc:
                close_spider_unavailable(self.crawler, exc)
            inc_stat(self.crawler, source, "rejected")
        else:
            logger.warning("%s (no url/source to record): %r", reason, url)
            inc_stat(self.crawler, None, "rejected")
        raise Rejected(reason)
