"""The record definition matches the design notes' table and feeds Scrapy's feed exports."""

from cds import records

DESIGN_FIELDS = [
    "id", "url", "source", "source_name", "province", "former_province", "title", "lead",
    "author", "published_at", "modified_at", "text", "language", "topics", "relevance",
    "word_count", "content_hash", "duplicate_of", "first_seen_at", "fetched_at",
]


def test_fields_follow_the_design_order():
    assert list(records.FIELD_NAMES) == DESIGN_FIELDS


def test_every_field_is_documented_and_typed():
    for field in records.FIELDS:
        assert field.description.strip(), field.name
        assert field.type in {"string", "int", "float", "timestamp", "list[string]"}, field.name


def test_feed_exports_write_exactly_the_record():
    import settings

    assert settings.FEED_EXPORT_FIELDS == DESIGN_FIELDS
    assert "FIELD_NAMES" not in vars(settings)


def test_item_has_every_record_field():
    from crawler.items import ArticleItem

    assert set(ArticleItem.fields) == set(DESIGN_FIELDS)
