"""Listings told apart from articles, by the page's structure.

A listing (a section's, a tag's, an author's or a date's archive, search results, a category
page, a home page, video, document or event lists) is made of runs of sibling items, each
with its own title link to another page and a date, a teaser or a picture beside it. An
article has a headline that links nowhere and prose under it; its runs (related, latest,
most read) are boxes beside or after the body.

- :func:`listing_reason`: the extracted text sits in such items, the headline is one of the
  items, or the items follow the headline with hardly any prose before them;
- :func:`in_chrome`: page chrome (``header``, ``nav``, ``aside``, ``footer`` and their ARIA
  roles), where neither a listing's list nor an article's body lives.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.extraction.config import MIN_WORDS
from crawler.extraction.dom import text as _text
from crawler.text import word_count

#: Sibling items in a run: a menu of linked sections may be longer than the list itself.
RUN_ITEMS = 5
#: A title link has this many words at least (a menu entry, a tag, "Xem thêm" fewer).
TITLE_LINK_WORDS = 5
#: A paragraph is an item's when one item holds this share of its words.
ITEM_SHARE = 0.8
#: The text is a listing's when items hold this share of its words.
LISTING_SHARE = 0.5
_CHROME_TAGS = {"header", "nav", "aside", "footer"}
_CHROME_ROLES = {"banner", "navigation", "complementary", "contentinfo"}
_SKIP = {"script", "style", "noscript", "template"}
_WORD = re.compile(r"\w+")


def _chrome(el: Any) -> bool:
    return el.tag in _CHROME_TAGS or (el.get("role") or "").casefold() in _CHROME_ROLES


def in_chrome(el: Any) -> bool:
    """Whether ``el`` is or sits in page chrome (a header, menu, sidebar or footer)."""
    return el is not None and (_chrome(el) or any(_chrome(a) for a in el.iterancestors()))


def runs(tree: Any) -> list[list[Any]]:
    """Runs of :data:`RUN_ITEMS` or more sibling items, each holding a title link
    (paragraphs with links are an article's, never teasers)."""
    found: list[list[Any]] = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str):
            continue
        items = [child for child in parent if isinstance(child.tag, str) and child.tag != "p"
                 and any(len(_text(a).split()) >= TITLE_LINK_WORDS for a in child.iter("a"))]
        if len(items) >= RUN_ITEMS:
            found.append(items)
    return found


def _share_in_items(found: list[list[Any]], paragraphs: list[str]) -> float:
    """Share of the words of ``paragraphs`` inside one item each, however the item's parts
    were joined (headline, excerpt and time on one line, a table row)."""
    items = [set(_WORD.findall(" ".join(item.itertext()).casefold())) for run in found
             for item in run]
    total = sum(word_count(p) for p in paragraphs) or 1
    inside = 0
    for p in paragraphs:
        words = set(_WORD.findall(p.casefold()))
        if words and any(len(words & item) >= ITEM_SHARE * len(words) for item in items):
            inside += word_count(p)
    return inside / total


def _headline(tree: Any, title: str | None) -> Any:
    """The element showing the headline: a heading whose text is the title."""
    if not title:
        return None
    key = title.casefold()
    for tag in ("h1", "h2", "h3"):
        for el in tree.iter(tag):
            if _text(el).casefold() == key:
                return el
    return None


def _prose_before_items(tree: Any, headline: Any, items: set[Any]) -> int | None:
    """Words outside links and chrome between the headline and the first item after it
    (None when no item follows the headline)."""
    state = {"after": False, "words": 0, "hit": False}

    def walk(el: Any, linked: bool, chrome: bool) -> bool:
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            return False
        if state["after"] and el in items:
            state["hit"] = True
            return True
        linked = linked or el.tag == "a"
        chrome = chrome or _chrome(el)
        if state["after"] and not linked and not chrome and el.text:
            state["words"] += len(_WORD.findall(el.text))
        for child in el:
            if walk(child, linked, chrome):
                return True
            if state["after"] and not linked and not chrome and child.tail:
                state["words"] += len(_WORD.findall(child.tail))
        if el is headline:
            state["after"] = True
        return False

    root = tree.find("body") if tree.find("body") is not None else tree
    walk(root, False, False)
    return state["words"] if state["hit"] else None


def listing_reason(tree: Any, paragraphs: list[str], title: str | None = None) -> str | None:
    """Why the page looks like a listing, or None.

    - the text sits in runs of repeated link items (any run: a menu may be the longest);
    - the headline is one item of a run outside the page chrome (a blog list whose every
      post title is a heading);
    - a run outside the chrome follows the headline with less than :data:`MIN_WORDS` words
      of prose before it, and its items hold more words than the text found (a category
      page, search results, an author's or a tag's archive with a short introduction).
    """
    found = runs(tree)
    if not found:
        return None
    best = max(found, key=len)
    share = _share_in_items(found, paragraphs)
    if share >= LISTING_SHARE:
        return f"listing: {len(best)} link items hold {share:.0%} of the text"
    main = [run for run in found if not in_chrome(run[0])]
    headline = _headline(tree, title)
    if not main or headline is None:
        return None
    around = {headline, *headline.iterancestors()}
    for run in main:
        if around.intersection(run):
            return f"listing: the headline is one of {len(run)} teasers"
    items = {item for run in main for item in run}
    before = _prose_before_items(tree, headline, items)
    if before is None or before >= MIN_WORDS:
        return None
    shown = sum(word_count(" ".join(item.itertext())) for item in items)
    ours = sum(word_count(p) for p in paragraphs)
    if shown > ours:
        return f"listing: teasers follow the headline ({before} words of prose before them)"
    return None
