"""Article extraction for Vietnamese news and government pages.

trafilatura finds the body; this module adds what generic extraction misses on Vietnamese
sites: the title without the site suffix, the sapo (removed from the body), bylines in
capitals and "Tác giả:" footers, datelines to the minute (``14:56 27/04/2022``), and the
boilerplate of :file:`boilerplate.yaml` (captions, image file names, "Ý kiến bạn đọc", …).

trafilatura options were chosen by measurement (``python -m bench.quality``; 66 labelled pages
plus 48 replica pages, 2026-11-23): with ``favor_precision=True`` body token F1 1.000, author
1.000, topic precision 1.000; trafilatura's defaults 0.983 / 0.912 / 0.973 (related teasers and
comment boxes leak in); ``favor_recall=True`` 0.882 / 0.825 / 0.961. ``include_tables`` made no
difference on this set and stays on (indicator tables are content); comments are always off.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
import yaml
from htmldate import find_date
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError

from crawler.dates import find_dateline, parse_datetime
from crawler.text import decode_html, normalize_line, normalize_text, word_count

BOILERPLATE_FILE = Path(__file__).with_name("boilerplate.yaml")
#: trafilatura options (measured, see module docstring).
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
    " [itemprop=description], .desc-detail, .description"
)
DATE_SELECTORS = (
    "time[datetime], .date, .time, .post-date, .dtContentDate, .divDetail_DateCreate, .byline,"
    " .meta, .detailBox, .c-news-detail-meta, .sc-longform-header-meta, .publish-date,"
    " .article-date, .news-date, .date-time, .datetime"
)
AUTHOR_SELECTORS = (
    ".author, .tac-gia, .tacgia, .author-name, .byline-author, [itemprop=author],"
    " [rel=author], .sc-longform-header-author, .post-author"
)
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "br", "section",
           "article", "header", "figure", "blockquote", "ul", "ol", "table", "dd", "dt"}
_CAPS_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.\- ]{1,40}$")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ.\-]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.\-]*){0,4}$")
_TACGIA = re.compile(r"^(?:tác giả|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh)\s*:\s*(.{2,60})$",
                     re.IGNORECASE)
# A department credited on its own line at the end of a government portal article.
_ORG_AUTHOR = re.compile(
    r"^(?:Sở|Ban|Phòng|UBND|Ủy ban|Trung tâm|Văn phòng|Cục|Chi cục|Bộ|Công an|Tòa soạn)\s"
    r"[^.!?:;]{2,80}$")
_SEPARATORS = re.compile(r"\s+[-|–—:»]\s+")
_UPDATED = re.compile(r"(?<!\w)(?:cập nhật|chỉnh sửa|sửa lần cuối|updated?)(?: lần cuối)?"
                      r"(?: lúc| vào| ngày)?\s*:?\s*", re.IGNORECASE)


@dataclass
class Extraction:
    """What :func:`extract_article` found on a page."""

    title: str | None = None
    lead: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    text: str = ""
    is_article: bool = False
    reason: str | None = None


@dataclass(frozen=True)
class _Generic:
    strip: tuple[str, ...]
    stop: re.Pattern[str]
    related: re.Pattern[str]
    boilerplate: tuple[re.Pattern[str], ...]
    prefix: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _generic() -> _Generic:
    data = yaml.safe_load(BOILERPLATE_FILE.read_text(encoding="utf-8"))
    return _Generic(
        strip=tuple(data["strip"]),
        stop=re.compile("^(?:" + "|".join(data["stop"]) + r")\s*:?$", re.IGNORECASE),
        related=re.compile("^(?:" + "|".join(data["related"]) + r")\s*:?$", re.IGNORECASE),
        boilerplate=tuple(re.compile(p, re.IGNORECASE) for p in data["boilerplate"]),
        prefix=tuple(re.compile(p, re.IGNORECASE) for p in data["prefix"]),
    )


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def _select(tree: Any, selector: str | None) -> list[Any]:
    if not selector:
        return []
    try:
        return _css(selector)(tree)
    except Exception:  # noqa: BLE001 - a bad per-site selector must not break extraction
        return []


def _text(el: Any) -> str:
    return normalize_line(el.text_content()) if el is not None else ""


def _first_text(tree: Any, selector: str | None) -> str | None:
    for el in _select(tree, selector):
        text = _text(el)
        if text:
            return text
    return None


def _remove(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# --- metadata ------------------------------------------------------------------------------


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = el.get("content")
        if key and value and key not in found:
            found[key] = normalize_line(value)
    return found


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first Article-like JSON-LD object."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                kind = node.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(str(k).endswith(("Article", "BlogPosting", "Report")) for k in kinds):
                    return node
                stack.extend(node.get("@graph", []))
    return {}


def _ld_author(ld: dict[str, Any]) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        author = author.get("name")
    return normalize_line(author) if isinstance(author, str) and author.strip() else None


def _site_names(meta: dict[str, str], tree: Any) -> set[str]:
    names = {meta[k] for k in ("og:site_name", "application-name") if k in meta}
    title = tree.findtext(".//title") or ""
    parts = _SEPARATORS.split(normalize_line(title))
    if len(parts) > 1:
        names.add(parts[-1])
    return {n.casefold() for n in names if n}


def _clean_title(title: str, sites: set[str]) -> str:
    """Drop trailing " - Site name" parts."""
    while True:
        matches = list(_SEPARATORS.finditer(title))
        if not matches or title[matches[-1].end():].strip().casefold() not in sites:
            return title.strip()
        title = title[: matches[-1].start()]


def _overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other one."""
    wa, wb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return len(wa & wb) / (min(len(wa), len(wb)) or 1)


def _find_title(tree: Any, meta: dict[str, str], ld: dict[str, Any], rules: Any) -> str | None:
    """Site rule, else the visible h1 confirmed by og:title/JSON-LD, else those, else <title>."""
    ruled = _first_text(tree, getattr(rules, "title", None))
    if ruled:
        return ruled
    sites = _site_names(meta, tree)
    h1s = [t for t in (_text(h) for h in tree.iter("h1")) if t and t.casefold() not in sites]
    declared = [_clean_title(c, sites) for c in (
        meta.get("og:title"), normalize_line(str(ld.get("headline") or "")),
        meta.get("twitter:title")) if c]
    for candidate in declared:
        # the visible headline wins over an SEO variant or a suffixed og:title
        for h1 in h1s:
            if len(h1) > 10 and _overlap(h1, candidate) >= 0.6:
                return h1
    if declared:
        return declared[0]
    if h1s:
        return max(h1s[:3], key=len)
    title = normalize_line(tree.findtext(".//title") or "")
    return _clean_title(title, sites) or None


def _lines(tree: Any) -> list[str]:
    """The page's text as lines, one per block element."""
    tree = copy.deepcopy(tree)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    lines = (normalize_line(line) for line in tree.text_content().split("\n"))
    return [line for line in lines if line]


def _title_index(lines: list[str], title: str | None) -> int | None:
    if not title:
        return None
    key = title.casefold()
    for i, line in enumerate(lines):
        if line.casefold() == key:
            return i
    for i, line in enumerate(lines):
        if key in line.casefold() and len(line) < len(title) * 2:
            return i
    return None


def _byline_author(prefix: str) -> str | None:
    prefix = prefix.strip(" •|-–—,:")
    if prefix.lower().startswith(("print", "thứ", "chủ nhật", "cập nhật", "ngày", "đăng")):
        return None
    if _CAPS_NAME.match(prefix) and 1 <= len(prefix.split()) <= 5:
        return prefix.title()
    return None


def _updated_line(lines: list[str], start: int) -> datetime | None:
    """The time after "Cập nhật:" (or alike) on a line near the title: a modification time
    shown only as text."""
    for line in lines[max(0, start - 5):start + 15]:
        for match in _UPDATED.finditer(line[:300]):
            found = find_dateline(line[match.end():match.end() + 60], date_only=True)
            if found and found[1][0] == 0:  # the date follows the label
                return found[0]
    return None


def _datelines(line: str, date_only: bool) -> Iterator[tuple[datetime, int]]:
    """Each date (with time unless ``date_only``) in the first 200 characters, with its start."""
    offset = 0
    while found := find_dateline(line[offset:200], date_only=date_only):
        value, (begin, end) = found
        yield value, offset + begin
        offset += max(end, 1)


def _is_update(prefix: str) -> bool:
    """Whether the text just before a date labels it as a modification time."""
    return any(m.end() == len(prefix) for m in _UPDATED.finditer(prefix[-30:]))


def _dateline(lines: list[str], start: int) -> tuple[datetime, str | None] | None:
    """The first dateline after the title (else just before it) and a capitals byline; a date
    labelled "Cập nhật" is taken only when no other one is found."""
    order = list(range(start, min(len(lines), start + 15)))
    order += list(range(start - 1, max(-1, start - 6), -1))
    fallback = None
    for date_only in (False, True):
        for i in order:
            for value, begin in _datelines(lines[i], date_only):
                if begin > 0 and len(lines[i]) > 120:
                    break  # a date inside a sentence of the body
                if _is_update(lines[i][:begin]):
                    fallback = fallback or (value, None)
                    continue
                author = _byline_author(lines[i][:begin])
                if author is None and not lines[i][:begin].strip() and i - 1 > start:
                    author = _byline_author(lines[i - 1]) if len(lines[i - 1]) < 40 else None
                return value, author
    return fallback


# --- body ----------------------------------------------------------------------------------


def _regexes(values: Any) -> list[re.Pattern[str]]:
    result = []
    for value in values or []:
        try:
            result.append(re.compile(value, re.IGNORECASE))
        except re.error:
            continue
    return result


def _same(a: str, b: str) -> bool:
    a, b = a.casefold().rstrip(" .…"), b.casefold().rstrip(" .…")
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) > 40 and long_.startswith(short)


def _is_name(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 5 and not re.search(r"[\d.,;:!?\"“”()]$", line)
            and not any(c.isdigit() for c in line)
            and bool(_NAME.match(line) or _CAPS_NAME.match(line)))


def _clean_body(raw: str, *, title: str | None, lead: str | None, rules: Any,
                found: dict[str, Any]) -> list[str]:
    generic = _generic()
    site_boilerplate = _regexes(getattr(rules, "boilerplate", None))  # re.search, per registry
    prefixes = _regexes(getattr(rules, "prefix", None)) + list(generic.prefix)
    paragraphs: list[str] = []
    in_related = False
    for line in raw.split("\n"):
        line = normalize_line(line)
        line = re.sub(r"^[-•]\s+(?=\S)", "", line) if line.startswith(("- ", "• ")) else line
        if not line:
            continue
        if generic.stop.match(line):
            break
        if generic.related.match(line):
            in_related = True
            continue
        if in_related:
            if len(line.split()) <= 15 or not line.endswith((".", "!", "?", "…", "”", '"')):
                continue
            in_related = False
        tacgia = _TACGIA.match(line)
        if tacgia:
            found.setdefault("footer_author", normalize_line(tacgia.group(1)).rstrip("."))
            continue
        if any(p.match(line) for p in generic.boilerplate) or any(
                p.search(line) for p in site_boilerplate):
            continue
        if title and _same(line, title):
            if len(paragraphs) <= 3:
                paragraphs.clear()  # category and kicker lines above the repeated title
            continue
        if lead and _same(line, lead):
            continue
        dated = find_dateline(line[:60])
        if dated and dated[1][0] <= 40:
            value, (begin, end) = dated
            author = _byline_author(line[:begin])
            if begin == 0 or author is not None:
                rest = line[end:].strip(" ,-–—|")
                if not rest and len(paragraphs) >= 2:
                    break  # a second, bare date after the body: related items follow
                found.setdefault("body_date", value)
                if author:
                    found.setdefault("body_author", author)
                line = rest
                if not line:
                    continue
        if paragraphs and line == paragraphs[-1]:
            continue
        paragraphs.append(line)
    if paragraphs:
        first = paragraphs[0]
        for pattern in prefixes:
            match = pattern.match(first)
            if match:
                first = first[match.end():].lstrip()
        if lead and _same(first, lead):
            paragraphs.pop(0)
        else:
            paragraphs[0] = first
    while paragraphs and (_is_name(paragraphs[-1]) or (
            _ORG_AUTHOR.match(paragraphs[-1]) and len(paragraphs[-1].split()) <= 12)):
        name = paragraphs.pop()
        found.setdefault("tail_author", name.title() if name.isupper() else name)
    return [p for p in paragraphs if p]


_TEXT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_STRUCTURE = {"h2", "h3", "h4", "h5", "h6", "li"}


def _restore_structure(tree: Any, raw: str) -> str:
    """Put back subheadings and list items trafilatura dropped between its own paragraphs.

    The element holding most of trafilatura's ``<p>`` paragraphs is read in document order;
    a heading or list item lying between two extracted paragraphs is inserted before the next.
    """
    extracted = [normalize_line(line) for line in raw.split("\n") if line.strip()]
    keys = [re.sub(r"^[-•]\s+", "", line) for line in extracted]
    wanted = set(keys)
    parents: dict[Any, int] = {}
    for el in tree.iter("p"):
        if _text(el) in wanted:
            parents[el.getparent()] = parents.get(el.getparent(), 0) + 1
    if not parents:
        return raw
    container, hits = max(parents.items(), key=lambda kv: kv[1])
    if hits < 2:
        return raw
    before: dict[str, list[str]] = {}
    pending: list[str] = []
    seen_first = False
    for el in container.iter(*_TEXT_BLOCKS):
        text = _text(el)
        if not text or el.getparent().tag in _TEXT_BLOCKS:
            continue
        if text in wanted:
            if seen_first and pending:
                before.setdefault(text, []).extend(pending)
            pending, seen_first = [], True
        elif seen_first and el.tag in _STRUCTURE and el.find(".//a") is None:
            pending.append(text)  # linked items are related lists: left out
    if not before:
        return raw
    out: list[str] = []
    for line, key in zip(extracted, keys, strict=True):
        out.extend(before.pop(key, []))
        out.append(line)
    return "\n".join(out)


def _captions(tree: Any) -> set[str]:
    """Texts of short blocks that sit right after an image (or beside it in its block)."""
    found: set[str] = set()
    for img in tree.iter("img"):
        block = img
        while block.getparent() is not None and block.tag not in (
                "p", "div", "figure", "td", "table") and block.getparent().tag != "body":
            block = block.getparent()
        own = normalize_line(block.text_content() or "")
        if own and len(own.split()) <= 30:
            found.add(own)  # <p><img><br>caption</p>, <div><img><em>caption</em></div>
        nxt = block.getnext()
        if nxt is None or nxt.tag not in ("p", "div", "em", "span"):
            continue
        text = _text(nxt)
        bold = "".join(_text(b) for b in nxt.iter("strong", "b"))
        if bold and bold == text:
            continue  # a bold subheading, not a caption
        # an unmarked caption: short, one line, no final punctuation (a sentence would have it)
        if text and len(text.split()) <= 25 and not re.search(r"[.!?…:;\"”)]$", text) \
                and nxt.find(".//img") is None:
            found.add(text)
    return found


def _listing_reason(tree: Any, paragraphs: list[str]) -> str | None:
    """Why the page looks like a listing: the text sits in a run of repeated link items."""
    best: list[Any] = []
    for parent in tree.iter():
        items = [child for child in parent if isinstance(child.tag, str)
                 and any(len(_text(a).split()) >= 5 for a in child.iter("a"))]
        if len(items) > len(best):
            best = items
    if len(best) < 5:
        return None
    joined = "\n".join(_text(item) for item in best).casefold()
    total = sum(word_count(p) for p in paragraphs) or 1
    inside = sum(word_count(p) for p in paragraphs if p.casefold() in joined)
    if inside / total >= 0.5:
        return f"listing: {len(best)} link items hold {inside / total:.0%} of the text"
    return None


def _parse(html: str) -> Any:
    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None


def extract_article(body: bytes | str, url: str, *, encoding: str | None = None,
                    rules: Any = None) -> Extraction:
    """Extract title, lead, author, dates and clean text from one page.

    ``rules`` is an optional per-site object with CSS ``content``, ``title``, ``lead``,
    ``author``, ``date`` and lists ``strip`` (CSS), ``boilerplate`` and ``prefix`` (regexes).
    """
    if isinstance(body, bytes):
        html = decode_html(body, encoding)
    else:
        html = unicodedata.normalize("NFC", body)
    tree = _parse(html)
    if tree is None:
        return Extraction(reason="unparsable")
    meta = _meta(tree)
    ld = _json_ld(tree)
    title = _find_title(tree, meta, ld, rules)

    # remove generic and per-site boilerplate before anything reads the page's text
    clean = copy.deepcopy(tree)
    selectors = list(_generic().strip) + list(getattr(rules, "strip", None) or [])
    for selector in selectors:
        for el in _select(clean, selector):
            _remove(el)
    lines = _lines(clean.find("body") if clean.find("body") is not None else clean)
    title_at = _title_index(lines, title)

    lead = _first_text(clean, getattr(rules, "lead", None)) or _first_text(clean, SAPO_SELECTORS)
    if lead:
        lead = lead if len(lead.split()) >= 6 else None
    lead = lead or meta.get("og:description") or meta.get("description") or None
    if lead:
        for pattern in _generic().prefix:
            match = pattern.match(lead)
            lead = lead[match.end():].lstrip() if match else lead

    content = _select(clean, getattr(rules, "content", None))
    source = content[0] if content else clean
    raw = trafilatura.extract(lxml.html.tostring(source, encoding="unicode"), url=url,
                              **TRAFILATURA_OPTIONS) or ""
    if not raw and content:
        # trafilatura refuses small nodes; the site's own content selector is trusted
        raw = "\n".join(_lines(source))
    raw = _restore_structure(source, raw)
    captions = _captions(source)
    if captions:
        raw = "\n".join(line for line in raw.split("\n")
                        if re.sub(r"^[-•]\s+", "", normalize_line(line)) not in captions)
    found: dict[str, Any] = {}
    paragraphs = _clean_body(raw, title=title, lead=lead, rules=rules, found=found)
    text = normalize_text("\n".join(paragraphs))

    # dates: rules, meta, JSON-LD, dateline after the title, body dateline, htmldate
    published = (
        parse_datetime(_first_text(clean, getattr(rules, "date", None)))
        or parse_datetime(meta.get("article:published_time") or meta.get("datepublished")
                          or meta.get("pubdate") or meta.get("og:published_time"))
        or parse_datetime(str(ld.get("datePublished") or ""))
    )
    byline = None
    if title_at is not None:
        dated = _dateline(lines, title_at)
        if dated:
            published = published or dated[0]
            byline = dated[1]
    published = published or found.get("body_date")
    if published is None:
        for el in _select(clean, DATE_SELECTORS):
            published = parse_datetime(el.get("datetime") or _text(el))
            if published:
                break
    if published is None:
        published = parse_datetime(_htmldate(html))
    modified = parse_datetime(meta.get("article:modified_time") or meta.get("og:updated_time")
                              or meta.get("datemodified") or str(ld.get("dateModified") or ""))
    if modified is None and title_at is not None:
        updated = _updated_line(lines, title_at)
        modified = updated if updated and updated != published else None

    sites = _site_names(meta, tree)
    author = (
        _first_text(clean, getattr(rules, "author", None))
        or _usable_author(meta.get("author") or meta.get("article:author"), sites)
        or _usable_author(_ld_author(ld), sites)
        or byline or found.get("body_author") or found.get("footer_author")
        or _usable_author(_first_text(clean, AUTHOR_SELECTORS), sites)
        or found.get("tail_author")
    )

    result = Extraction(title=title, lead=lead, author=author, published_at=published,
                        modified_at=modified, text=text)
    reason = None
    if not title:
        reason = "no_title"
    elif word_count(text) < MIN_WORDS:
        reason = f"too_short: {word_count(text)} words"
    else:
        reason = _listing_reason(clean, paragraphs)
    result.is_article = reason is None
    result.reason = reason
    return result


def _usable_author(name: str | None, sites: set[str]) -> str | None:
    if not name:
        return None
    name = normalize_line(name)
    if (not name or "://" in name or "." in name.rstrip(".") or name.casefold() in sites
            or len(name.split()) > 6 or name.casefold().startswith(("báo ", "cổng "))):
        return None
    match = _TACGIA.match(name)
    name = match.group(1) if match else name
    return name.title() if name.isupper() else name


def _htmldate(html: str) -> str | None:
    return find_date(html, extensive_search=True, outputformat="%Y-%m-%dT%H:%M:%S")
