"""Extraction settings: trafilatura options, selectors and the generic boilerplate rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

BOILERPLATE_FILE = Path(__file__).resolve().parent.parent / "boilerplate.yaml"
#: trafilatura options (measured, see :mod:`crawler.extraction`).
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}
#: Fewer words than this in the body: not an article (stub, gallery, error page).
MIN_WORDS = 50
SAPO_SELECTORS = (
    ".sapo, .detail-sapo, .sc-longform-header-sapo, .content_summary, .article-brief,"
    " .common-brief, .lead, .summary, .chapeau, .hometext, .journal-content-article-summary,"
    " [itemprop=description], .desc-detail, .description, [class*='sapo'], [id*='Sapo'],"
    " [id*='sapo'], .trichdan, .trich-dan, .tomtat, .tom-tat, .tom_tat, .trich_dan,"
    " .itemIntroText, .article-intro, .intro-text, [class*='summary'], [class*='Summary'],"
    " [id*='Summary'], [class*='chapeau'], [class*='tomtat'], [class*='tom-tat'],"
    # theme sub-titles and excerpts under the headline (tagDiv, JNews, Elementor), standfirsts
    " [class*='sub-title'], [class*='subtitle'], [class*='post-excerpt'],"
    " [class*='standfirst'], [class*='subheading'],"
    # a description block under the headline (``article-desc``, ``post-desc``), a page
    # builder's subtitle field named by its id
    " [class$='-desc'], [class*='-desc '], [id*='subtitle'], [id*='Subtitle']"
)
DATE_SELECTORS = (
    "time[datetime], .date, .time, .post-date, .dtContentDate, .divDetail_DateCreate, .byline,"
    " .meta, .detailBox, .c-news-detail-meta, .sc-longform-header-meta, .publish-date,"
    " .article-date, .news-date, .date-time, .datetime"
)
AUTHOR_SELECTORS = (
    ".author, .tac-gia, .tacgia, .author-name, .byline-author, [itemprop=author],"
    " [rel=author], .sc-longform-header-author, .post-author, .detail-author, .article-author,"
    " .news-author, .entry-author, .vcard .fn, .createdby, .post-author-name, .author-info,"
    " .author-news, .submitted .username, [property='foaf:name'], [class$='-author'],"
    " [class^='author-'], [class*='field-author'] .field__item,"
    " [class*='field-author'] .field-item, [class*='field-tac-gia'] .field__item,"
    " [class*='field-tac-gia'] .field-item,"
    # a link to the author's archive (WordPress /author/slug/, Vietnamese CMSs /tac-gia/)
    " a[href*='/author/'], a[href*='/tac-gia/'],"
    # microformats h-card, a newsletter platform's profile link (/@handle)
    " .p-author, a[href*='/@']"
)


@dataclass(frozen=True)
class Generic:
    """The rules of :file:`boilerplate.yaml`, compiled."""

    strip: tuple[str, ...]
    stop: re.Pattern[str]
    related: re.Pattern[str]
    boilerplate: tuple[re.Pattern[str], ...]
    prefix: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def generic() -> Generic:
    data = yaml.safe_load(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    return Generic(
        strip=tuple(data["strip"]),
        stop=re.compile("^(?:" + "|".join(data["stop"]) + r")\s*:?$", re.IGNORECASE),
        related=re.compile("^(?:" + "|".join(data["related"]) + r")\s*:?$", re.IGNORECASE),
        boilerplate=tuple(re.compile(p, re.IGNORECASE) for p in data["boilerplate"]),
        prefix=tuple(re.compile(p, re.IGNORECASE) for p in data["prefix"]),
    )


def regexes(values: Any) -> list[re.Pattern[str]]:
    """Compiled per-site regexes (a bad one is skipped)."""
    result = []
    for value in values or []:
        try:
            result.append(re.compile(value, re.IGNORECASE))
        except re.error:
            continue
    return result
