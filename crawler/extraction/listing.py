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


def _prose(tree: Any, headline: Any, items: set[Any]) -> tuple[int | None, int]:
    """Words outside links, chrome and ``items`` after the headline: those before the first
    item (None when no item follows the headline) and all of them."""
    state = {"after": False, "before": 0, "all": 0, "hit": False}

    def count(value: str | None) -> None:
        found = len(_WORD.findall(value)) if value else 0
        state["all"] += found
        if not state["hit"]:
            state["before"] += found

    def walk(el: Any, linked: bool, chrome: bool) -> None:
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            return
        if state["after"] and el in items:
            state["hit"] = True
            return
        linked = linked or el.tag == "a"
        chrome = chrome or _chrome(el)
        own = state["after"] and not linked and not chrome
        if own:
            count(el.text)
        for child in el:
            walk(child, linked, chrome)
            if own and child.tail:
                count(child.tail)
        if el is headline:
            state["after"] = True

    root = tree.find("body") if tree.find("body") is not None else tree
    walk(root, False, False)
    return (state["before"] if state["hit"] else None), state["all"]


def _linked(el: Any) -> bool:
    """Whether ``el`` is, holds or sits in a link (a teaser's title links to its page)."""
    return el.tag == "a" or el.find(".//a") is not None or any(
        a.tag == "a" for a in el.iterancestors())


def _headline_teaser(tree: Any, main: list[list[Any]], headline: Any, title: str) -> str | None:
    """The reason when the headline is a linked title inside an item of a ``main`` run and
    the title is shown nowhere else (an article's own headline outside the teasers wins)."""
    if not _linked(headline):
        return None
    around = {headline, *headline.iterancestors()}
    run = next((run for run in main if around.intersection(run)), None)
    if run is None:
        return None
    items = set(run)
    for el in tree.iter(*_TITLE_TAGS):
        if _text(el).casefold() == title.casefold() and not any(
                a in items for a in el.iterancestors()):
            return None  # the title shown outside the teasers: the article's own headline
    return f"listing: the headline is one of {len(run)} teasers"


_TITLE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "td", "strong", "b")


def headline_teaser(tree: Any, title: str | None) -> str | None:
    """Whether the headline is one item of a run of teasers outside the chrome (a blog list
    whose every post title is a linked heading): a listing whatever text was extracted, so
    no extraction need run."""
    headline = _headline(tree, title)
    if headline is None or not title or not _linked(headline):
        return None
    main = [run for run in runs(tree) if not in_chrome(run[0])]
    return _headline_teaser(tree, main, headline, title) if main else None


def listing_reason(tree: Any, paragraphs: list[str], title: str | None = None) -> str | None:
    """Why the page looks like a listing, or None.

    - the text sits in runs of repeated link items (any run: a menu may be the longest);
    - the headline is a linked title of one item of a run outside the page chrome, shown
      nowhere else (a blog list whose every post title is a heading);
    - a run outside the chrome follows the headline with less than :data:`MIN_WORDS` words
      of prose before it, and its items hold more words than all the prose after the
      headline and than the text found (a category page, search results, an author's or a
      tag's archive with a short introduction). An article's body is prose outside them.
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
    if not main or headline is None or not title:
        return None
    teaser = _headline_teaser(tree, main, headline, title)
    if teaser:
        return teaser
    items = {item for run in main for item in run}
    before, prose = _prose(tree, headline, items)
    if before is None or before >= MIN_WORDS:
        return None
    shown = sum(word_count(" ".join(item.itertext())) for item in items)
    if shown > max(prose, sum(word_count(p) for p in paragraphs)):
        return f"listing: teasers follow the headline ({before} words of prose before them)"
    return None
