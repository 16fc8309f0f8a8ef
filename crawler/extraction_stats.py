"""Crawl stats of extraction (kept light: imported by the spider, not the extractor).

``extraction/path/<name>``: which extraction won (``ours``, ``trafilatura``, ``region``);
``extraction/skipped_rules``: strip rules not applied because they held the article;
``cds/source/<id>/errors/extraction_empty``: an article-looking page that gave no body text
(too short), which :mod:`scheduler.health` turns into "extraction broken" for a whole source.
"""

from __future__ import annotations

from typing import Any

from scrapy.statscollectors import StatsCollector

from crawler.extensions import inc_error

EMPTY = "extraction_empty"


def count_extraction(stats: StatsCollector, source_id: str, result: Any) -> None:
    """Count one extraction's path, skipped rules and, if it found no body, the error."""
    stats.inc_value(f"extraction/path/{getattr(result, 'path', 'ours')}")
    skipped = getattr(result, "skipped_rules", 0)
    if skipped:
        stats.inc_value("extraction/skipped_rules", skipped)
    if not result.is_article and (result.reason or "").startswith("too_short"):
        inc_error(stats, source_id, EMPTY)
