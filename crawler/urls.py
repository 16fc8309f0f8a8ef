"""URL canonicalisation: the one place that decides when two URLs name the same page.

Every component (discovery, the visited-URL check, storage, dumps) goes through
:func:`canonicalize_url` and :func:`url_id`.
"""

from __future__ import annotations

import hashlib

from w3lib.url import canonicalize_url as _w3lib_canonicalize


def canonicalize_url(url: str) -> str:
    """The canonical form of ``url`` (deepened by the discovery work)."""
    return _w3lib_canonicalize(url.strip(), keep_fragments=False)


def url_id(canonical_url: str) -> str:
    """Stable 32-hex id of a canonical URL: the record ``id`` and visited-URL key."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:32]
