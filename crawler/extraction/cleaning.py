"""Strip rules applied to the page, with a floor: never remove the region holding the article.

A rule (generic or per site) whose element holds most of the page's text is skipped and
counted: ``<form id="aspnetForm">`` around a whole WebForms page, a wrapper whose class merely
contains ``comment`` or ``share``.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.dates import find_dateline
from crawler.extraction.config import generic
from crawler.extraction.dom import json_text, remove, select, text, valid_selector
from crawler.extraction.listing import in_chrome

#: An element holding more than this share of the body's text is never stripped.
MAX_STRIP_SHARE = 0.5
_ALWAYS = {"script", "style", "noscript", "template"}


def _size(el: Any) -> int:
    return len("".join(el.itertext()))


#: A table cell with more words than this is page layout, not a data table.
LAYOUT_CELL_WORDS = 80
_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th"}


def _is_layout(table: Any) -> bool:
    """A table used for page layout: it holds another table, a cell with a long text, or one
    cell per row with sentences in them (paragraphs laid out as rows)."""
    if table.find(".//table") is not None:
        return True
    cells = list(table.iter("td", "th"))
    if any(len(" ".join(c.itertext()).split()) > LAYOUT_CELL_WORDS for c in cells):
        return True
    rows = list(table.iter("tr"))
    single = all(len([c for c in row if c.tag in ("td", "th")]) <= 1 for row in rows)
    sentences = sum(1 for c in cells if len(" ".join(c.itertext()).split()) >= 8)
    return single and sentences >= 2


#: A picture's own table (the image, its caption) has at most this many words and rows.
PICTURE_WORDS = 30
PICTURE_ROWS = 3


def _picture(table: Any) -> bool:
    """A small table holding an image and its caption (old layouts' way to caption one)."""
    return (table.find(".//img") is not None and table.find(".//table") is None
            and len(table.findall(".//tr")) <= PICTURE_ROWS
            and len(" ".join(table.itertext()).split()) <= PICTURE_WORDS)


def unlayout(tree: Any) -> int:
    """Turn layout tables (a cell holding a long text: old portals) into plain blocks, so the
    text is read as paragraphs, not as one table row; returns the tables changed. A picture's
    table inside stays a table: its caption row is told from the text by it."""
    changed = 0
    for table in list(tree.iter("table")):
        if table.tag != "table" or not _is_layout(table):
            continue
        kept = {el for inner in table.iter("table") if inner is not table and _picture(inner)
                for el in inner.iter(*_TABLE_PARTS)}
        for el in list(table.iter(*_TABLE_PARTS)):
            if el not in kept:
                el.tag = "div"
        changed += 1
    return changed


def _around_both(tree: Any, keep: Any) -> set[Any]:
    """Elements holding both the headline (first ``h1``) and ``keep``: the article's wrappers
    (a left column named like a sidebar), never a comment list on its own."""
    h1 = next(tree.iter("h1"), None)
    if keep is None or h1 is None:
        return set()
    return ({keep, *keep.iterancestors()}) & ({h1, *h1.iterancestors()})


#: A meta block (byline, date) kept from the strip rules has fewer words than this.
META_BLOCK_WORDS = 40
_META_PROPS = ("boolean(descendant-or-self::*[@itemprop='author' or @itemprop='datePublished'"
               " or @itemprop='dateCreated' or contains(@class, 'author')"
               " or contains(@class, 'byline') or contains(@class, 'bio')])")


#: Comment and reply boxes: the people in them are readers.
_DISCUSSION = re.compile(r"comment|reply|respond|binh-?luan|ykien|y-kien", re.IGNORECASE)


#: Words a block may hold beside the headline it wraps (a kicker, an "E-MAGAZINE" label).
WRAPPER_EXTRA_WORDS = 15


_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "div", "span", "p", "td", "b", "strong", "font")


def _headline_of(tree: Any, title: str | None) -> Any:
    """The block that shows ``title`` as its whole text (a heading, or an ASP.NET label's
    ``span``), not a link; or None."""
    if not title:
        return None
    key = " ".join(title.split()).casefold()
    body = tree.find("body")
    for el in (body if body is not None else tree).iter(*_HEADLINE_TAGS):
        if (" ".join(" ".join(el.itertext()).split()).casefold() == key
                and el.find(".//a") is None and not in_chrome(el)
                and not any(a.tag == "a" for a in el.iterancestors())):
            return el  # (a site's name in the footer is no headline to keep)
    return None


def _headline_wrapper(el: Any, h1: Any) -> bool:
    """A small block around the headline (an e-magazine's hero "caption" holding its ``h1``):
    stripping it would take the headline away; a header holding a logo's ``h1`` and its
    menus is larger."""
    if h1 is None or (el is not h1 and h1 not in el.iterdescendants()):
        return False
    return len(" ".join(el.itertext()).split()) <= (
        len(" ".join(h1.itertext()).split()) + WRAPPER_EXTRA_WORDS)


def _article_meta(el: Any, h1: Any) -> bool:
    """An ``aside``, ``footer`` or box inside the headline's ``<article>`` holding its author
    or date (microdata, an author/byline/bio class: Joomla's ``article-aside``, a blog's
    author footer): the article's own meta, no sidebar."""
    if h1 is None or not el.xpath(_META_PROPS) or len(" ".join(el.itertext()).split()) \
            >= META_BLOCK_WORDS or _DISCUSSION.search(f'{el.get("class")} {el.get("id")}'):
        return False  # a comment box holds its posters' cards, no meta of the article
    return any(a.tag == "article" or "Article" in (a.get("itemtype") or "")
               for a in el.iterancestors() if h1 in a.iterdescendants())


#: A dateline block kept from the strip rules starts within this many words after the headline.
HEADLINE_GAP_WORDS = 30


def _after_headline(h1: Any) -> dict[Any, int]:
    """The elements whose text follows the headline closely, with the words between: a block
    of the header (date, byline) whatever its class, e.g. a date inside a share bar."""
    if h1 is None:
        return {}
    near: dict[Any, int] = {}
    words = 0
    for node in h1.xpath("following::text()"):
        if words > HEADLINE_GAP_WORDS:
            break
        owner = node.getparent()
        if owner is not None and node.strip():
            for el in (owner, *owner.iterancestors()):
                near.setdefault(el, words)
            words += len(node.split())
    return near


def _header_dateline(el: Any, near: dict[Any, int], h1: Any) -> bool:
    """A short block right after the headline whose text holds a date with its time (the
    article's own dateline: a timer in a share bar, ``updTm`` in a tools row)."""
    if el not in near or h1 in el.iterdescendants():
        return False
    shown = " ".join(el.itertext()).split()
    return len(shown) < META_BLOCK_WORDS and find_dateline(" ".join(shown)) is not None


def strip(tree: Any, selectors: list[str], keep: Any = None, title: str | None = None) -> int:
    """Remove what ``selectors`` match in ``tree``, never an element around both the headline
    and ``keep`` (the densest text block), one holding most of the text, one holding the
    heading that shows ``title`` (an ASP.NET page's ``form`` the parser closed early) nor a
    small block around the first ``h1``; returns the number of matches skipped."""
    body = tree.find("body")
    root = body if body is not None else tree
    for selector in selectors:
        if selector in _ALWAYS:
            for el in select(tree, selector):
                remove(el)
    total = _size(root) or 1
    protected = _around_both(tree, keep)
    h1 = next(tree.iter("h1"), None)
    near = _after_headline(h1)
    titled = _headline_of(tree, title)
    headline = h1 if titled is None else titled
    skipped = 0
    rest = [s for s in selectors if s not in _ALWAYS]
    # one pass for the whole list (CPU); a list holding a bad selector goes one by one
    combined = select(tree, ", ".join(rest)) if valid_selector(", ".join(rest)) else None
    groups = [combined] if combined is not None else [select(tree, s) for s in rest]
    for found in groups:
        for el in found:
            if el.getparent() is None and el is not root:
                continue
            if (el is root or el is tree or el in protected
                    or _size(el) > MAX_STRIP_SHARE * total or _article_meta(el, h1)
                    or _header_dateline(el, near, h1) or _headline_wrapper(el, headline)
                    or (titled is not None and titled in el.iterdescendants())):
                skipped += 1
                continue
            remove(el)
    return skipped


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PANEL_CLASS = re.compile(r"tab", re.IGNORECASE)


def _hidden(el: Any) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")))


def hidden_panels(tree: Any, keep: Any = None) -> int:
    """Remove hidden tab panels (jQuery UI, Bootstrap: ``role=tabpanel`` or a ``tab`` class,
    hidden until clicked): a documents table, the comments. The panel shown with the page,
    and any panel holding ``keep`` (the densest text block) or the headline, stay."""
    h1 = next(tree.iter("h1"), None)
    removed = 0
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or not _hidden(el):
            continue
        if el.get("role") != "tabpanel" and not _PANEL_CLASS.search(el.get("class") or ""):
            continue
        inner = set(el.iter())
        if keep in inner or h1 in inner:
            continue
        remove(el)
        removed += 1
    return removed


def data_blocks(tree: Any) -> int:
    """Remove elements whose whole text is a JSON document (an app's state rendered into a
    hidden ``div``: Flarum's payload, a ``noscript`` store): data, never the article's text."""
    removed = 0
    for el in list(tree.iter("div", "noscript", "textarea")):
        if el.getparent() is None or len(el):
            continue  # only leaves: a JSON blob is one text node
        if json_text(el.text or ""):
            remove(el)
            removed += 1
    return removed


def headed_boxes(tree: Any, keep: Any = None) -> int:
    """Remove boxes whose first child is a heading of :file:`boilerplate.yaml`'s ``stop`` or
    ``related`` lists ("Thăm dò ý kiến", "Tin liên quan"), whatever their class; a box
    holding the headline or ``keep`` (the densest text block) stays."""
    rules = generic()
    h1 = next(tree.iter("h1"), None)
    removed = 0
    for heading in list(tree.iter("h2", "h3", "h4", "h5", "h6")):
        box = heading.getparent()
        if box is None or box.getparent() is None or box.tag in ("body", "html", "article"):
            continue
        first = next((c for c in box if isinstance(c.tag, str)), None)
        if first is not heading:
            continue
        shown = " ".join("".join(heading.itertext()).split())
        if not (rules.stop.match(shown) or rules.related.match(shown)):
            continue
        inner = set(box.iter())
        if keep in inner or h1 in inner:
            continue
        remove(box)
        removed += 1
    return removed


#: A list item whose links hold this share of its text is a teaser or a menu entry.
LINK_ITEM_SHARE = 0.6


_ANCHOR = re.compile(r"#[\w-]+$")  # a place in the page itself ("#" alone is a placeholder)
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|odt)(?:[?#].*)?$", re.IGNORECASE)


def _link_share(el: Any) -> float:
    """The share of ``el``'s words inside links to other pages (links to documents and
    anchors of the page itself are content: "Quyết định số …" attachments, a table of
    contents)."""
    own = len("".join(el.itertext()).split())
    linked = sum(len("".join(a.itertext()).split()) for a in el.iter("a")
                 if not _DOCUMENT.search(a.get("href") or "")
                 and not _ANCHOR.match(a.get("href") or ""))
    return linked / own if own else 0.0


def _dated_teaser(li: Any) -> bool:
    """An item that is one link to another page (a headline of four words or more) and a
    date beside it, nothing else."""
    links = [a for a in li.iter("a") if not _DOCUMENT.search(a.get("href") or "")
             and not _ANCHOR.match(a.get("href") or "")]
    if len(links) != 1 or len(text(links[0]).split()) < 4:
        return False
    rest = text(li).replace(text(links[0]), "", 1).strip(" ()[]-–|")
    found = find_dateline(rest, date_only=True) if rest else None
    return found is not None and not rest[:found[1][0]].strip(" ()[]-–|") and not rest[
        found[1][1]:].strip(" ()[]-–|")


#: Teaser items in a row (lists, or sibling paragraphs / blocks) removed from this many on.
LINK_RUN = 3
_RUN_TAGS = {"p", "div", "li", "dd", "dt", "h3", "h4", "h5"}


def link_lists(tree: Any) -> int:
    """Remove teaser lists: ``ul``/``ol`` whose items are nearly all one link each (dates
    aside), and runs of three or more sibling blocks that are each mostly a link
    (``<p><a>Tin khác</a> (12/01/2024)</p>``): "Tin cùng chuyên mục", "Đọc nhiều", menus.
    The body's own lists and paragraphs keep their text; returns the elements removed."""
    removed = 0
    for found in list(tree.iter("ul", "ol")):
        items = [li for li in found if li.tag == "li"]
        if items and len(items) < LINK_RUN and all(_dated_teaser(li) for li in items):
            remove(found)  # one or two headlines with their dates: "Tin khác" after the body
            removed += 1
            continue
        if len(items) < LINK_RUN:
            continue
        linked = sum(1 for li in items if _link_share(li) >= LINK_ITEM_SHARE)
        if linked >= 0.8 * len(items):
            remove(found)
            removed += 1
    for parent in list(tree.iter()):
        run: list[Any] = []
        for child in [*parent, None]:
            if (child is not None and isinstance(child.tag, str) and child.tag in _RUN_TAGS
                    and child.find(".//a") is not None
                    and _link_share(child) >= LINK_ITEM_SHARE):
                run.append(child)
                continue
            if len(run) >= LINK_RUN:
                for el in run:
                    remove(el)
                removed += len(run)
            run = []
    return removed
