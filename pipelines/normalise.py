"""Normalise pipeline: NFC text fields, word count, language and content hash."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from crawler.text import normalize_line, normalize_text, word_count

TEXT_FIELDS = ("title", "lead", "author")


def content_hash(text: str | None) -> str:
    """SHA-256 hex of the normalised text, lower-cased with whitespace collapsed."""
    canonical = re.sub(r"\s+", " ", normalize_text(text).lower()).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class NormalisePipeline:
    """Applies :func:`crawler.text.normalize_text` and fills word_count, language, content_hash."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> NormalisePipeline:
        return cls()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        for name in TEXT_FIELDS:
            value = item.get(name)
            if value is not None:
                item[name] = normalize_line(" ".join(normalize_text(value).split())) or None
        item["text"] = normalize_text(item.get("text"))
        item["word_count"] = word_count(item["text"])
        item["language"] = "vi"
        item["content_hash"] = content_hash(item["text"])
        return item
