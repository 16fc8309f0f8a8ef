"""Section discovery: the menu, navigation and heading links of a start page whose text or URL
slug names a CĐS section (the lexicon's ``sections``), scored, best first.

Article discovery ignores page chrome on purpose; sections live exactly there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from parsel import Selector

from crawler.discovery.links import looks_like_article_url
from crawler.text import strip_diacritics
from crawler.urls import host_allowed, is_http, is_non_html

DEFAULT_LEXICON = Path(__file__).resolve().parents[2] / "seeds" / "lexicon.yaml"
#: Links that are never sections: search, tags, login, print, media galleries.
NOT_SECTION_RE = re.compile(r"(?:tim-kiem|search|/tags?/|dang-nhap|login|/print|\.(?:rss|xml)$)",
                            re.IGNORECASE)
#: A link found inside page chrome counts fully; one in the page body (a box heading) less.
BODY_FACTOR = 0.8
SLUG_FACTOR = 0.9  # matched on the URL slug only, not the link text


@dataclass(frozen=True)
class SectionName:
    name: str
    slug: str
    weight: float


@dataclass(frozen=True)
class Section:
    url: str
    text: str
    score: float
    matched: str  # the lexicon name


def slug(text: str) -> str:
    """Diacritics-free, lower-case, hyphen-joined words (what sites put in URLs)."""
    return "-".join(re.findall(r"[a-z0-9]+", strip_diacritics(text).lower()))


@cache
def section_names(path: str | None = None) -> tuple[SectionName, ...]:
    """The ``sections`` of the lexicon (default ``seeds/lexicon.yaml``)."""
    data = yaml.safe_load(Path(path or DEFAULT_LEXICON).read_text(encoding="utf-8")) or {}
    return tuple(SectionName(str(e["name"]), str(e.get("slug") or slug(e["name"])),
                             float(e.get("weight", 1.0))) for e in data.get("sections") or [])


def _contains(haystack: str, needle: str) -> bool:
    return f"-{needle}-" in f"-{haystack}-"


def score_link(text: str, url: str, names: Iterable[SectionName]) -> tuple[float, str]:
    """``(score, name)`` of the best lexicon section a link names (0 when none)."""
    label = slug(text)
    path = urlsplit(url).path.lower().rstrip("/")
    segments = [re.sub(r"\.(?:html?|aspx|php)$", "", s) for s in path.split("/") if s]
    best, which = 0.0, ""
    for name in names:
        if label == name.slug or (label and _contains(label, name.slug)
                                  and len(label) <= len(name.slug) + 12):
            value = name.weight if label == name.slug else name.weight * SLUG_FACTOR
        elif segments and _contains(segments[-1], name.slug):
            value = name.weight * SLUG_FACTOR
        else:
            continue
        if value > best:
            best, which = value, name.name
    return best, which


def find_sections(html: Selector | str, base_url: str, domains: Iterable[str],
                  names: Iterable[SectionName] | None = None, *, min_score: float = 0.35,
                  limit: int = 3) -> list[Section]:
    """Section links of a page, best first: at most ``limit``, each scoring ``min_score``."""
    from crawler.discovery.links import _CHROME_XPATH

    sel = html if isinstance(html, Selector) else Selector(text=html)
    names = tuple(names if names is not None else section_names())
    domains = list(domains)
    here = urlsplit(base_url)._replace(fragment="").geturl()
    found: dict[str, Section] = {}
    for anchor in sel.xpath("//body//a[@href]"):
        href = anchor.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if (not is_http(url) or is_non_html(url) or not host_allowed(url, domains)
                or url == here or NOT_SECTION_RE.search(url) or urlsplit(url).query
                or urlsplit(url).path in ("", "/") or looks_like_article_url(url)):
            continue
        text = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
        text = text or (anchor.attrib.get("title") or "").strip()
        value, matched = score_link(text, url, names)
        if not value:
            continue
        if not anchor.xpath(f"ancestor::*[{_CHROME_XPATH}]"):
            value *= BODY_FACTOR
        if value >= min_score and (url not in found or value > found[url].score):
            found[url] = Section(url, text, round(value, 3), matched)
    ranked = sorted(found.values(), key=lambda s: (-s.score, s.url))
    return ranked[:limit]
