"""DedupePipeline: exact copies (content hash), near copies (SimHash + LSH bands in the DB) and
copies that added, dropped or moved paragraphs (shared paragraph marks), tried in that order in
one database round trip (:meth:`pipelines.storage.Storage.find_duplicate`).

A copy keeps flowing: it gets ``duplicate_of`` = id of the first-seen story and is stored, so
the dataset keeps its provenance (dumps leave copies out unless asked).
"""

from __future__ import annotations

import logging
from typing import Any

from crawler.urls import canonicalize_url, url_id
from pipelines.simhash import DEFAULT_MIN_SHARED, DEFAULT_THRESHOLD, content_hash
from pipelines.storage import StorageUnavailable, close_spider_unavailable, get_storage

logger = logging.getLogger(__name__)

__all__ = ["DedupePipeline", "content_hash"]


class DedupePipeline:
    """Sets ``content_hash`` (if NormalisePipeline did not) and ``duplicate_of``."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        # within MAX_DISTANCE (6) the band lookup finds every pair; above it, some pairs only
        self.threshold = crawler.settings.getint("CDS_NEAR_DUPLICATE_BITS", DEFAULT_THRESHOLD)
        self.min_shared = crawler.settings.getfloat("CDS_NEAR_DUPLICATE_MIN_SHARED",
                                                    DEFAULT_MIN_SHARED)

    @classmethod
    def from_crawler(cls, crawler: Any) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        text = item["text"]
        digest = item.get("content_hash") or content_hash(text)
        item["content_hash"] = digest
        if item.get("duplicate_of"):
            return item
        aid = url_id(canonicalize_url(item["url"]))
        try:
            found = get_storage(self.crawler).find_duplicate(
                text, digest, exclude_id=aid, threshold=self.threshold,
                min_shared=self.min_shared)
        except StorageUnavailable as exc:
            close_spider_unavailable(self.crawler, exc)
            return item  # the store pipeline drops it
        if found is not None:
            item["duplicate_of"] = found.id
            logger.debug("%s is a copy of %s (%s)", item["url"], found.id, found.how)
        return item
