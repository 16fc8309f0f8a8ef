"""The item the spider yields: one field per dataset record field (:mod:`cds.records`).

Record fields are filled by the spider (extraction) and the pipelines (topics, relevance,
content_hash, duplicate_of, first_seen_at); the store pipeline leaves them in record format.
"""

from __future__ import annotations

import scrapy

from cds.records import FIELD_NAMES

ArticleItem = type(
    "ArticleItem",
    (scrapy.Item,),
    {"__doc__": "An extracted article on its way through the pipelines.",
     **{name: scrapy.Field() for name in FIELD_NAMES}},
)
