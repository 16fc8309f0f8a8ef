"""A test-only extractor with bugs: it rejects every page of one template (Liferay's
``/-/slug`` articles, as if all were too short), like the extractor that lost a whole ASP.NET
portal, and dates the articles of another (anninh's ``-dNNNNN.html``) a day late. Select it
with ``-s CDS_EXTRACTOR=tests.broken_extractor:extract_article``."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from crawler.extraction import Extraction
from crawler.extraction import extract_article as real_extract

EXTRACTOR_VERSION = "0-broken-liferay"


def extract_article(body: bytes | str, url: str, **kwargs: Any) -> Extraction:
    if "/-/" in url:
        return Extraction(reason="too_short: 0 words")
    result = real_extract(body, url, **kwargs)
    if re.search(r"-d\d{5}\.html$", url) and result.published_at:
        result.published_at += timedelta(days=1)
    return result
