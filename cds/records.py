"""The dataset record: the one definition of the fields every output carries.

Used by ``cds dump`` (JSONL, CSV, Parquet), by Scrapy's feed exports (``FEED_EXPORT_FIELDS``)
and by the dataset card. Change a field here and bump :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = "1.1"

#: Publication times are shown in Vietnam's time zone; crawler times in UTC.
LOCAL_TZ = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string | int | float | timestamp | list[string]
    nullable: bool
    description: str
    tz: str | None = None  # time zone a timestamp is written in


FIELDS: tuple[Field, ...] = (
    Field("id", "string", False, "Stable identifier derived from the canonical URL."),
    Field("url", "string", False,
          "Canonical URL: tracking parameters, fragments, print and mobile variants removed."),
    Field("source", "string", False, "Registry id of the source (seeds/sources.yaml)."),
    Field("source_name", "string", False, "Human-readable name of the source."),
    Field("province", "string", True,
          "Current province or city (one of the 34 units after 1 July 2025); null if national."),
    Field("former_province", "string", True,
          "Pre-2025 province the source belonged to, where it differs from the current one."),
    Field("title", "string", False, "Headline."),
    Field("lead", "string", True, "The sapo / standfirst, if the page has one."),
    Field("author", "string", True, "Byline, if any."),
    Field("published_at", "timestamp", True,
          "Publication time, ISO 8601 with offset, Asia/Ho_Chi_Minh (2024-07-10T19:21:00+07:00);"
          " null when the page shows no plausible date (never guessed; first_seen_at dates it).",
          LOCAL_TZ),
    Field("modified_at", "timestamp", True, "Last modification time, same format, if known.",
          LOCAL_TZ),
    Field("text", "string", False,
          "Clean body text, Unicode NFC, paragraphs separated by a blank line, no boilerplate."),
    Field("language", "string", False, "ISO 639-1 language code, 'vi'."),
    Field("topics", "list[string]", False, "CĐS lexicon terms found in title, lead and body."),
    Field("relevance", "float", False, "Topic score between 0 and 1."),
    Field("word_count", "int", False, "Number of words in text."),
    Field("content_hash", "string", False, "SHA-256 of the normalised text."),
    Field("duplicate_of", "string", True,
          "id of the first-seen copy of the same story (syndication), null for originals."),
    Field("first_seen_at", "timestamp", False, "When the crawler first stored it, ISO 8601, UTC.",
          "UTC"),
    Field("fetched_at", "timestamp", False, "When the page was last fetched, ISO 8601, UTC.",
          "UTC"),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
#: Time zone of every timestamp field.
TIMESTAMP_TZ: dict[str, str] = {f.name: f.tz for f in FIELDS if f.type == "timestamp"}
