"""Page metadata: ``<meta>`` tags, the Article JSON-LD object, site names and the title."""

from __future__ import annotations

import json
import re
from typing import Any

from crawler.extraction.dom import first_text, select, text
from crawler.extraction.listing import in_chrome
from crawler.text import normalize_line

SEPARATORS = re.compile(r"\s+[-|–—:»]\s+")


def meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = el.get("content")
        if key and value and key not in found:
            found[key] = normalize_line(value)
    return found


def json_ld(tree: Any) -> dict[str, Any]:
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


def site_names(found: dict[str, str], tree: Any, ld: dict[str, Any] | None = None) -> set[str]:
    """Names the site goes by (og:site_name, the title's suffix, the JSON-LD publisher)."""
    names = {found[k] for k in ("og:site_name", "application-name") if k in found}
    title = tree.findtext(".//title") or ""
    parts = SEPARATORS.split(normalize_line(title))
    if len(parts) > 1:
        names.add(parts[-1])
    publisher = (ld or {}).get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.add(normalize_line(publisher["name"]))
    return {n.casefold() for n in names if n}


def clean_title(title: str, sites: set[str]) -> str:
    """Drop trailing " - Site name" parts."""
    while True:
        matches = list(SEPARATORS.finditer(title))
        if not matches or title[matches[-1].end():].strip().casefold() not in sites:
            return title.strip()
        title = title[: matches[-1].start()]


def _overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the other one."""
    wa, wb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    return len(wa & wb) / (min(len(wa), len(wb)) or 1)


def find_title(tree: Any, found: dict[str, str], ld: dict[str, Any], rules: Any) -> str | None:
    """Site rule, else the visible h1 confirmed by og:title/JSON-LD, else those, else <title>."""
    ruled = first_text(tree, getattr(rules, "title", None))
    if ruled:
        return ruled
    sites = site_names(found, tree)
    asset = next((t for t in map(text, select(tree, _ASSET_HEADLINE))
                  if len(t.split()) >= 3), None)
    # an article's own headline inside the portlet: the portlet's title is no headline
    portlets = set(select(tree, _PORTLET_TITLE)) if asset else set()
    h1s = [t for t in (text(h) for h in tree.iter("h1") if not _home_link(h) and not (
        portlets & {h, *h.iterancestors(), *h.iter()})) if t and t.casefold() not in sites]
    declared = [clean_title(c, sites) for c in (
        found.get("og:title"), normalize_line(str(ld.get("headline") or "")),
        found.get("twitter:title")) if c]
    for candidate in declared:
        # the visible headline wins over an SEO variant or a suffixed og:title
        for h1 in h1s:
            if len(h1) > 10 and _overlap(h1, candidate) >= 0.6:
                return h1
    if asset and not h1s:
        return asset  # Liferay: the portlet's title above is no headline
    marked = next((t for t in (text(el) for el in tree.xpath('//*[@itemprop="headline"]')
                               if not in_chrome(el)) if t), None)
    if marked and not h1s:
        return marked  # microdata's headline (Joomla's item page): the article's own
    if declared and not h1s:
        # "Site - Headline" declared whole: the part the page shows as a block of its own
        raw = found.get("og:title") or found.get("twitter:title") or ""
        shown = _shown_part(tree, raw) if raw else None
        return shown or declared[0]
    if declared:
        return declared[0]
    title = normalize_line(tree.findtext(".//title") or "")
    if h1s:
        h1 = max(h1s[:3], key=len)
        rest = _without_site(title, h1) if _overlap(h1, title) >= 0.5 else title
        # the h1 is the site's logo when the rest of the <title> is the longer part (a
        # headline h1 leaves the site's name, which a header h2 may show too)
        if title and len(rest) > len(h1) and (shown := _shown_heading(tree, rest)):
            return shown  # the h1 is the site's logo; the <title> names another heading
        return h1
    for logo in (text(h) for h in tree.iter("h1") if _home_link(h)):
        rest = _without_site(title, logo)  # "Blog: Post" whose h1 is the blog's name
        if rest and (shown := _shown_heading(tree, rest)):
            return shown
    return (_shown_part(tree, title) or _classed_headline(tree, title)
            or _font_headline(tree, title) or clean_title(title, sites) or None)


#: A portal's box title (Liferay's portlet title "Tin tức - Sự kiện"): never a headline.
_PORTLET_TITLE = ".portlet-title, .portlet-title-text, .portlet-topper, .portlet-title-default"
#: The headline inside a Liferay web content or asset publisher article.
#: (its subheadings, ``h2`` and below, are not).
_ASSET_HEADLINE = (".asset-full-content .header-title, .asset-full-content .asset-title,"
                   " .journal-content-article h1, .journal-content-article .header-title")
_HOME = re.compile(r"^(?:https?://[^/]+)?(?:\.?/)?(?:index\.\w{2,5})?$", re.IGNORECASE)


def _home_link(heading: Any) -> bool:
    """Whether a heading is only a link to the site's front page: the logo (a board's or a
    site's name), never the headline."""
    links = heading.findall(".//a")
    return (len(links) == 1 and text(links[0]) == text(heading)
            and bool((links[0].get("href") or "").strip())
            and bool(_HOME.match((links[0].get("href") or "").strip())))


def _without_site(title: str, site: str) -> str:
    """``title`` without the site name at either end ("Blog: Post", "Post | Blog"); empty when
    the site name is not there."""
    low, key = title.casefold(), site.casefold()
    if low.startswith(key):
        return title[len(site):].strip(" :-|–—»")
    if low.endswith(key):
        return title[:-len(site)].strip(" :-|–—»")
    return ""


def _shown_heading(tree: Any, title: str) -> str | None:
    """An h2/h3 that the ``<title>`` (or one of its parts) repeats."""
    if not title:
        return None
    wanted = {p.casefold() for p in [title, *SEPARATORS.split(title)] if len(p.split()) >= 4}
    for el in tree.iter("h2", "h3"):
        shown = text(el)
        if shown.casefold() in wanted:
            return shown
    return None


_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "b", "strong", "font", "td", "div", "p", "span")
_HEADINGS = ("h1", "h2", "h3", "h4")
#: Parts of a ``<title>``; a spaced slash also parts a forum's "Topic / Forum / Board".
_PARTS = re.compile(SEPARATORS.pattern.replace("[-|", "[-|/"))


def _shown_part(tree: Any, title: str) -> str | None:
    """The part of a ``<title>`` "Site - Headline" (either order) that the page shows as a
    block of its own: old portals put the site name first."""
    parts = [p for p in _PARTS.split(title) if len(p.split()) >= 4]
    if len(parts) < 2 and not (parts and parts[0] != title):
        return None
    wanted = {p.casefold(): p for p in parts}
    shown_as: list[tuple[str, str]] = []
    for el in tree.iter(*_HEADLINE_TAGS):
        if (el.tag == "h1" and _home_link(el)) or (el.tag in _HEADINGS and in_chrome(el)):
            continue  # the logo: the site's name, whichever end of the title holds it
        shown = text(el)
        if len(shown) <= len(title) and shown.casefold() in wanted:
            shown_as.append((el.tag, wanted[shown.casefold()]))
    # the headline is a heading; the site name shown too is the logo's text (a span, a div)
    headed = [part for tag, part in shown_as if tag in _HEADINGS]
    if headed:
        return headed[0]
    # the site's name stands in the banner and again in the footer; the headline once
    once = [part for _, part in shown_as if sum(p == part for _, p in shown_as) == 1]
    return once[0] if once else (shown_as[0][1] if shown_as else None)


#: ``<font size>`` of a headline in old table layouts (4 and up, or +1 and up).
_BIG_FONT = re.compile(r"^\s*(?:[4-7]|\+[1-4])\s*$")
#: A headline has this many words (a site's name or a menu fewer, a paragraph more).
HEADLINE_WORDS = (4, 40)


#: A class naming an article's headline block ("vp-article-title", "detail-title",
#: "title_news"): a title word beside an article word.
_TITLE_CLASS = re.compile(r"(?:^|[-_\s])title(?:$|[-_\s])", re.IGNORECASE)
_ARTICLE_CLASS = re.compile(r"article|detail|news|post|entry|content|chitiet|baiviet|tin",
                            re.IGNORECASE)


def _classed_headline(tree: Any, title: str) -> str | None:
    """The headline of a page without heading tags whose ``<title>`` shows none of it: the
    one block classed as an article's title (its class used once on the page: a list's
    teaser titles repeat theirs), not a link, outside lists and the page chrome."""
    folded = title.casefold()
    classes: dict[str, list[Any]] = {}
    for el in tree.iter("div", "p", "span", "td", "h2", "h3"):
        cls = el.get("class") or ""
        if _TITLE_CLASS.search(cls) and _ARTICLE_CLASS.search(cls):
            classes.setdefault(cls, []).append(el)
    for (el,) in (found for found in classes.values() if len(found) == 1):
        shown = text(el)
        if (HEADLINE_WORDS[0] <= len(shown.split()) <= HEADLINE_WORDS[1]
                and shown.casefold() not in folded and el.find(".//a") is None
                and not any(a.tag in ("a", "li") for a in el.iterancestors())
                and not in_chrome(el)):
            return shown
    return None


def _font_headline(tree: Any, title: str) -> str | None:
    """The headline of an old table layout whose ``<title>`` shows none of it: the first bold
    text set in a big ``<font>`` (``<font size="4"><b>…</b></font>``), not a link, that the
    ``<title>`` does not hold and not in capitals (the site's name in big letters, a
    banner, is no headline)."""
    folded = title.casefold()
    for font in tree.iter("font"):
        if not _BIG_FONT.match(font.get("size") or ""):
            continue
        bold = font if any(a.tag in ("b", "strong") for a in font.iterancestors()) else next(
            (b for b in font.iter("b", "strong")), None)
        shown = text(bold) if bold is not None else ""
        if (shown and HEADLINE_WORDS[0] <= len(shown.split()) <= HEADLINE_WORDS[1]
                and shown.casefold() not in folded and not shown.isupper() and not any(
                    a.tag == "a" for a in (*font.iterancestors(), *font.iter("a")))):
            return shown
    return None


def title_index(lines: list[str], title: str | None) -> int | None:
    """Where the title stands among the page's lines."""
    if not title:
        return None
    key = title.casefold()
    for i, line in enumerate(lines):
        if line.casefold() == key:
            return i
    for i, line in enumerate(lines):
        if key in line.casefold() and len(line) < len(title) * 2:
            return i
    for i, line in enumerate(lines):  # the visible headline worded a little differently
        if len(line) < len(title) * 2 and len(line.split()) >= 5 and _overlap(line, title) >= 0.8:
            return i
    return None
