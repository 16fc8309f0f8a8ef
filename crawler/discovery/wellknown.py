"""The usual sitemap paths, tried once per site and remembered (found or absent), re-tried only
after ``CDS_WELLKNOWN_RETRY_DAYS`` (a week): a site that answers 404 is never hammered."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urljoin

WELLKNOWN_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml", "/sitemap-news.xml")


def wellknown_urls(base_url: str, paths: tuple[str, ...] = WELLKNOWN_SITEMAPS) -> list[str]:
    """The well-known sitemap URLs of a site (``base_url``: any page of it)."""
    return [urljoin(base_url, p) for p in paths]


def due(last_checked: datetime | None, now: datetime, retry_days: float = 7.0) -> bool:
    """Whether an absent well-known path (or a page to re-discover) is due for a new try."""
    return last_checked is None or now - last_checked >= timedelta(days=retry_days)
