"""Hook for "the page as fetched": a link to the archived raw copy of an article, if any."""

from __future__ import annotations


def raw_page(article: dict) -> str | None:
    """URL of the archived raw page for ``article`` (a row of :func:`explorer.query.article`).

    None until raw copies are archived (the WARC archive fills this in).
    """
    return None
