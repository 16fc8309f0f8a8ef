"""Page-level evidence of a listing: what article pages declare of themselves (``og:type``
article, a publication time, an Article type) and what archives name themselves (their URL, a
"Thẻ: …" or "Kết quả tìm kiếm" headline, a "Lưu trữ" title part, a CollectionPage type), with
the page's count of teaser links. :func:`page_listing` combines them."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

from crawler.extraction.dom import text as _text
from crawler.extraction.listing import TITLE_LINK_WORDS, in_chrome

#: Path segments of an archive (tag, topic, category, author, search), the archive's own
#: name at most after them ("/tag/chuyen-doi-so/", "/tim-kiem").
_ARCHIVE_SEGMENTS = {
    "tag", "tags", "the", "tu-khoa", "tukhoa", "chu-de", "chude", "category", "categories",
    "danh-muc", "chuyen-muc", "author", "tac-gia", "search", "tim-kiem", "timkiem", "archive",
    "archives", "luu-tru", "topics"}
#: A site's home page by name ("/index.php", "/trang-chu", SharePoint's "/Pages/default.aspx").
_HOME_PAGES = {"index.php", "index.html", "index.htm", "index.asp", "index.aspx", "default.asp",
               "default.aspx", "home", "trang-chu", "trangchu", "home.aspx", "trang-chu.html"}
#: Query keys of a site search ("?s=", "?q=", "?keyword=").
_SEARCH_KEYS = {"s", "q", "keyword", "keywords", "tu-khoa", "tukhoa", "query", "search"}
#: A headline or title naming an archive: "Thẻ: …", "Chuyên mục: …", "Kết quả tìm kiếm".
_ARCHIVE_HEADLINE = re.compile(
    r"^\s*(?:(?:thẻ|tag|tags|từ\s+khóa|từ\s+khoá|chủ\s+đề|chuyên\s+mục|danh\s+mục|thể\s+loại"
    r"|lưu\s+trữ|tác\s+giả|archives?|category|topic)\s*[:：]|kết\s+quả\s+tìm\s+kiếm"
    r"|tìm\s+kiếm\b|search\s+results?\b)", re.IGNORECASE)
#: A part of the ``<title>`` naming an archive ("chuyển đổi số – Lưu trữ – Site").
#: (Not "Trang chủ": old portals print it in the title of every page.)
_ARCHIVE_PART = re.compile(r"^(?:lưu\s+trữ|archives?)$", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s+[-|–—:»]\s+")
#: JSON-LD and microdata types of articles and of lists.
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report|Posting)$")
_LIST_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"}
#: Distinct title links outside the chrome that make a page of teasers.
TEASER_LINKS = 6


def url_archive(url: str) -> str | None:
    """The URL's archive shape: a site's root, an archive path or a site search, or None."""
    parts = urlsplit(url)
    segs = [s.casefold() for s in parts.path.split("/") if s]
    if len(segs) >= 2 and segs[-2] in ("page", "trang") and segs[-1].isdigit():
        segs = segs[:-2]
    if not parts.query and (not segs or (len(segs) <= 2 and segs[-1] in _HOME_PAGES
                                         and segs[0] in (*_HOME_PAGES, "pages", "vi", "en"))):
        return "the site's root"
    if {k.casefold() for k in parse_qs(parts.query)} & _SEARCH_KEYS:
        return "a site search"
    for i, seg in enumerate(segs):
        if seg in _ARCHIVE_SEGMENTS and len(segs) - i - 1 <= 1:
            return f"a /{seg}/ archive"
    return None


def _ld_types(tree: Any) -> set[str]:
    """The types of the page's own JSON-LD nodes (top level and ``@graph``, not the items
    of a list) and of microdata scopes."""
    kinds: set[str] = set()
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        nodes = data if isinstance(data, list) else [data]
        nodes = nodes + [n for d in nodes if isinstance(d, dict)
                         for n in (d.get("@graph") or []) if isinstance(d.get("@graph"), list)]
        for node in nodes:
            if isinstance(node, dict):
                kind = node.get("@type")
                kinds.update(str(k) for k in (kind if isinstance(kind, list) else [kind]) if k)
    for el in tree.xpath("//*[@itemtype]"):
        kinds.add(el.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1])
    return kinds


def article_evidence(tree: Any, found_meta: dict[str, str]) -> str | None:
    """What the page declares of itself as an article: ``og:type`` article, an
    ``article:published_time``, an Article-like JSON-LD or microdata type; or None."""
    if found_meta.get("og:type", "").casefold() == "article":
        return "og:type article"
    if found_meta.get("article:published_time"):
        return "article:published_time"
    if any(_ARTICLE_TYPE.search(k) for k in _ld_types(tree)):
        return "an Article type"
    return None


def teaser_links(tree: Any) -> int:
    """Distinct targets of title links (:data:`TITLE_LINK_WORDS` words or more) outside
    the page chrome."""
    seen = set()
    for a in tree.iter("a"):
        href = (a.get("href") or "").split("#")[0]
        if href and len(_text(a).split()) >= TITLE_LINK_WORDS and not in_chrome(a):
            seen.add(href)
    return len(seen)


def page_listing(tree: Any, found_meta: dict[str, str], url: str, title: str | None,
                 raw_title: str | None = None) -> str | None:
    """A listing by page-level evidence combined: the page declares nothing of an article
    (:func:`article_evidence`), shows :data:`TEASER_LINKS` title links or more, and names
    itself an archive: its URL (a site's root, a tag, topic, category, author or search
    path), its headline or title ("Thẻ: …", "Kết quả tìm kiếm", "… – Lưu trữ") or its
    JSON-LD type (CollectionPage, ItemList, SearchResultsPage)."""
    if article_evidence(tree, found_meta) is not None:
        return None
    links = teaser_links(tree)
    if links < TEASER_LINKS:
        return None
    heads = [title or ""] + [_text(h) for h in tree.iter("h1")]
    named = (url_archive(url)
             or next((f"the headline {h!r}" for h in heads if _ARCHIVE_HEADLINE.match(h)), None)
             or next((f"the title part {p!r}" for p in _TITLE_PARTS.split(raw_title or "")
                      if _ARCHIVE_PART.match(p.strip())), None)
             or next((f"a {k}" for k in sorted(_ld_types(tree) & _LIST_TYPES)), None))
    if named is None:
        return None
    return f"listing: {links} title links on {named}, no article declared"


# --- an article followed by the next stories in full (infinite scroll) ------------------
