"""Which links on a listing page are articles: URL shape, position and link text.

Generic rules first; a source's ``article_url_pattern`` (a regular expression searched in the
absolute URL) overrides the URL-shape test and the link-text test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.dates import parse_datetime
from crawler.urls import canonicalize_url, host_allowed, is_http, is_non_html

#: Page chrome whose links are never article candidates (``header``/``footer`` elements only
#: outside an ``<article>``: listing items often have their own).
CHROME_TAGS = ("nav", "aside", "menu", "form")
CHROME_WORDS = ("menu", "nav", "site-header", "main-header", "top-header", "footer", "sidebar",
                "side-bar", "breadcrumb", "widget", "social", "share", "banner", "topbar",
                "top-bar", "copyright", "mostview", "most-view", "xem-nhieu", "xemnhieu",
                "doc-nhieu", "box-tag", "tags", "login", "pagination", "paging", "pager")
_CHROME_XPATH = " or ".join(
    [f"self::{t}" for t in CHROME_TAGS]
    + ["((self::header or self::footer) and not(ancestor::article))"]
    + ["@role='navigation'", "@role='banner'", "@role='contentinfo'", "@role='complementary'"]
    + [f"contains(concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
       f" 'abcdefghijklmnopqrstuvwxyz'), ' ', translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
       f" 'abcdefghijklmnopqrstuvwxyz')), '{w}')" for w in CHROME_WORDS]
)
ANCHORS_XPATH = f"//body//a[@href][not(ancestor::*[{_CHROME_XPATH}])]"

ARTICLE_EXTENSIONS = (".html", ".htm", ".shtml", ".aspx", ".php", ".vnp", ".ldo", ".chn")
PAGINATION_RE = re.compile(
    r"(?:[?&](?:page|paged|p|pg|trang|pageindex|pagenumber|start|cur_page)=\d+"
    r"|/(?:trang|page|p)[-/]?\d+(?:\.html?)?/?$)", re.IGNORECASE)
_ID_RE = re.compile(r"(?:\d{4,}|-[0-9a-f]{6,8}/?$|-[a-z]{1,4}\d{3,})", re.IGNORECASE)
_DATE_SEGMENT_RE = re.compile(r"/(?:19|20)\d{2}(?:/|-)?(?:0[1-9]|1[0-2])(?:/|$)|/(?:19|20)\d{4}/")
MIN_TEXT_CHARS = 20


@dataclass(frozen=True)
class Link:
    url: str
    text: str = ""
    #: A date printed next to the link in the listing item, where one was found.
    date: datetime | None = None


def looks_like_article_url(url: str) -> bool:
    """Generic URL shape of an article: a slug with several words plus an id, a date bucket or a
    page extension; or a Liferay ``/-/slug`` web content path."""
    parts = urlsplit(url)
    if not is_http(url) or is_non_html(url) or PAGINATION_RE.search(url):
        return False
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return False
    last = segments[-1].lower()
    words = len([w for w in re.split(r"[-_+]|%20", last) if w])
    if "-" in segments[:-1] and words >= 3:  # Liferay: /-/slug
        return True
    has_id = bool(_ID_RE.search(last)) or bool(_DATE_SEGMENT_RE.search(parts.path))
    has_ext = last.endswith(ARTICLE_EXTENSIONS)
    if words >= 4 and (has_id or has_ext):
        return True
    # Article ids in the query (?id=123, ?nid=123) on old portals.
    return bool(re.search(r"(?:^|&)(?:id|nid|newsid|articleid|itemid)=\d{2,}", parts.query,
                          re.IGNORECASE)) and has_ext


def _item_date(anchor: Selector) -> datetime | None:
    """A date in the smallest ancestor (up to three levels) that holds one."""
    for level in ("..", "../..", "../../.."):
        node = anchor.xpath(level)
        if not node:
            break
        text = " ".join(node[0].xpath(".//text()[not(ancestor::script)]").getall())
        if len(text) > 600:
            break
        when = parse_datetime(text)
        if when:
            return when
    return None


def article_links(
    html: Selector | str,
    base_url: str,
    domains: Iterable[str],
    pattern: str | re.Pattern[str] | None = None,
    *,
    with_dates: bool = False,
    max_anchors: int | None = None,
) -> list[Link]:
    """Article links of a page in document order, absolute and unique, within ``domains``.

    Links inside navigation, header, footer and sidebars are left out. With ``pattern`` a link is
    an article iff the pattern matches its URL; otherwise by :func:`looks_like_article_url` and a
    link text (or title) of at least :data:`MIN_TEXT_CHARS` on some link to the same URL.
    Only the first ``max_anchors`` links of the page are read (a page with 100,000 links must
    not hold the crawl).
    """
    sel = html if isinstance(html, Selector) else Selector(text=html)
    base = sel.xpath("//base/@href").get()
    base_url = urljoin(base_url, base.strip()) if base else base_url
    regex = re.compile(pattern) if isinstance(pattern, str) else pattern
    domains = list(domains)
    found: dict[str, tuple[str, Selector]] = {}
    for anchor in sel.xpath(ANCHORS_XPATH)[:max_anchors]:
        href = anchor.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if not is_http(url) or is_non_html(url) or not host_allowed(url, domains):
            continue
        if regex is not None:  # on the URL as linked or without its tracking parameters
            ok = bool(regex.search(url) or regex.search(canonicalize_url(url)))
        else:
            ok = looks_like_article_url(url)
        if not ok:
            continue
        text = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
        text = text or (anchor.attrib.get("title") or "").strip()
        if url not in found or len(text) > len(found[url][0]):
            found[url] = (text, anchor)
    links = []
    for url, (text, anchor) in found.items():
        if regex is None and len(text) < MIN_TEXT_CHARS:
            continue
        links.append(Link(url, text, _item_date(anchor) if with_dates else None))
    return links
