"""Who judged a page: the extractor (and its version) and the topic lexicon's version.

Every visit records :func:`versions` (``visited_urls.extractor_version`` and
``lexicon_version``). Pages rejected by another version than the current one wait for
re-extraction: ``cds reextract`` runs them again from the raw archive (``crawler.warc``), and
the next crawl fetches again those without a raw copy. Bump :data:`EXTRACTOR_VERSION` with
every change of :mod:`crawler.extraction` that can turn a rejected page into an article.

``CDS_EXTRACTOR`` (``module:function``, empty for :func:`crawler.extraction.extract_article`)
selects another extractor; its module's ``EXTRACTOR_VERSION`` names its version.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

#: Version of :func:`crawler.extraction.extract_article`'s judgement.
EXTRACTOR_VERSION = "2026.12.21"
DEFAULT_EXTRACTOR = "crawler.extraction:extract_article"
#: Outcomes that an extractor or the lexicon decided (the rest are network or size facts).
JUDGED = ("not_article", "rejected", "off_topic")
#: ``not_article`` reasons that no extractor changes.
NOT_JUDGED_REASONS = ("not_html", "too_large")


def load_extractor(spec: str | None = None) -> Callable[..., Any]:
    """The extraction function named ``module:function`` (default: the project's own)."""
    module, _, name = (spec or DEFAULT_EXTRACTOR).partition(":")
    try:
        return getattr(importlib.import_module(module), name or "extract_article")
    except (ImportError, AttributeError) as exc:
        raise ValueError(f"CDS_EXTRACTOR={spec!r}: {exc}") from None


def extractor_version(spec: str | None = None) -> str:
    """The version of the extractor ``spec``: its module's ``EXTRACTOR_VERSION``."""
    if not spec or spec == DEFAULT_EXTRACTOR:
        return EXTRACTOR_VERSION
    module = importlib.import_module(spec.partition(":")[0])
    return str(getattr(module, "EXTRACTOR_VERSION", spec))[:40]


@cache
def _file_hash(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def lexicon_version(path: str | Path | None = None) -> str:
    """The first 12 hex digits of the lexicon file's SHA-256 (``seeds/lexicon.yaml`` default)."""
    from pipelines.topic import DEFAULT_LEXICON

    return _file_hash(str(Path(path or DEFAULT_LEXICON).resolve()))


def versions(settings: Any = None) -> tuple[str, str]:
    """``(extractor version, lexicon version)`` for Scrapy ``settings`` (or the defaults)."""
    get = settings.get if settings is not None else (lambda name, default=None: default)
    return extractor_version(get("CDS_EXTRACTOR") or None), lexicon_version(
        get("CDS_LEXICON_FILE") or None)
