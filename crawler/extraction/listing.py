"""Listings told apart from articles, by the page's structure.

A listing (a section's, a tag's, an author's or a date's archive, search results, a category
page, a home page, video, document or event lists) is made of runs of sibling items, each
with its own title link to another page and a date, a teaser or a picture beside it. An
article has a headline that links nowhere and prose under it; its runs (related, latest,
most read) are boxes beside or after the body.

- :func:`listing_reason`: the extracted text sits in such items (or in the rows of a table
  whose every row links to a page of its own: a register of documents; in blocks opened by a
  heading linking to another page, however few; in dated entries of a page that shows no
  headline: a board of questions), the headline is one of the items, or the items follow the
  headline with hardly any prose before them;
- :func:`in_chrome`: page chrome (``header``, ``nav``, ``aside``, ``footer`` and their ARIA
  roles), where neither a listing's list nor an article's body lives.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.dates import find_dateline, is_date_label
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


def _own_link(row: Any) -> str | None:
    """The first link of a table row to another page (no anchor, no script)."""
    for a in row.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            return href
    return None


def table_runs(tree: Any) -> list[list[Any]]:
    """Rows of tables where :data:`RUN_ITEMS` rows or more each link to a page of their own
    (a register of documents: number, date, summary, download). A table whose rows link
    nowhere, or all to one page, is content (an indicator table in an article)."""
    found: list[list[Any]] = []
    for body in tree.iter("tbody", "table"):
        rows = [row for row in body if isinstance(row.tag, str) and row.tag == "tr"]
        linked = [(row, _own_link(row)) for row in rows]
        items = [row for row, href in linked if href]
        if (len(items) >= RUN_ITEMS and len(items) >= ITEM_SHARE * len(rows)
                and len({href for _, href in linked if href}) == len(items)):
            found.append(items)
    return found


#: An item with this many paragraphs of its own holds an article's body, not a teaser.
BODY_PARAGRAPHS = 3
#: A paragraph of its own has this many words outside links (an excerpt line is shorter).
_PARAGRAPH_WORDS = 10


def _own_paragraphs(item: Any) -> int:
    """Paragraphs (``p``) inside ``item`` with words of their own, not in a link."""
    return sum(1 for p in item.iter("p") if not any(a.tag == "a" for a in p.iterancestors())
               and word_count(" ".join(p.xpath("text()|*[not(self::a)]//text()")))
               >= _PARAGRAPH_WORDS)


def _in_items(found: list[list[Any]], paragraphs: list[str]) -> list[bool]:
    """Whether each of ``paragraphs`` is inside one item, however the item's parts were
    joined (headline, excerpt and time on one line, a table row).

    An item holding more than :data:`LISTING_SHARE` of those words in paragraphs of its own
    (:data:`BODY_PARAGRAPHS` or more) is the block around an article, whose title links are
    related boxes inside the body: no teaser, left out (a teaser has one excerpt, or a long
    one with a link to read on)."""
    total = sum(word_count(p) for p in paragraphs) or 1
    items = []
    for item in (item for run in found for item in run):
        text = " ".join(item.itertext())
        if (word_count(text) > LISTING_SHARE * total and _own_paragraphs(item) >= BODY_PARAGRAPHS
                and not _reads_on(item)):
            continue
        items.append(set(_WORD.findall(text.casefold())))
    marks = []
    for p in paragraphs:
        words = set(_WORD.findall(p.casefold()))
        marks.append(bool(words) and any(len(words & item) >= ITEM_SHARE * len(words)
                                         for item in items))
    return marks


def _share_in_items(found: list[list[Any]], paragraphs: list[str]) -> float:
    """Share of the words of ``paragraphs`` inside one item each (:func:`_in_items`)."""
    total = sum(word_count(p) for p in paragraphs) or 1
    return sum(word_count(p) for p, inside in zip(paragraphs, _in_items(found, paragraphs),
                                                   strict=True) if inside) / total


#: Words of continuous prose outside the items that make a story, whatever teasers surround it.
PROSE_RUN_WORDS = 150


def _prose_run(found: list[list[Any]], paragraphs: list[str]) -> int:
    """Words of the longest run of consecutive paragraphs of prose (:data:`_PARAGRAPH_WORDS`
    words or more each) outside the items: a story's body beside its related teasers."""
    best = run = 0
    for p, inside in zip(paragraphs, _in_items(found, paragraphs), strict=True):
        run = 0 if inside or word_count(p) < _PARAGRAPH_WORDS else run + word_count(p)
        best = max(best, run)
    return best


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


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A teaser's link to the rest of its story ("Xem tiếp", "Đọc thêm", "Chi tiết »").
_READ_MORE = re.compile(r"^\W*(?:(?:xem|đọc)\s+(?:tiếp|thêm|chi\s+tiết)|chi\s+tiết|read\s+more"
                        r"|continue\s+reading)\W*$", re.IGNORECASE)


def _reads_on(el: Any) -> bool:
    """Whether ``el`` links to another page by a title link and again by a "read more"
    link ("Xem tiếp"): a teaser of that page, however long its excerpt."""
    more = {_own_link(a) for a in el.iter("a") if _READ_MORE.match(_text(a))} - {None}
    return bool(more) and any(len(_text(a).split()) >= TITLE_LINK_WORDS and _own_link(a) in more
                              for a in el.iter("a"))

#: Levels climbed from a teaser's heading to the block it opens (its card).
_CARD_DEPTH = 4


def _title_heading(el: Any) -> bool:
    """A heading that is a title link to another page (its words, or nearly, are the link's)."""
    shown = len(_text(el).split())
    return any(len(words := _text(a).split()) >= TITLE_LINK_WORDS
               and len(words) >= ITEM_SHARE * shown and _own_link(a) for a in el.iter("a"))


def _titled(el: Any, title: str) -> bool:
    """Whether ``el`` shows ``title`` in an element of its own."""
    key = title.casefold()
    return any(_text(t).casefold() == key for t in el.iter(*_TITLE_TAGS))


def cards(tree: Any, title: str | None) -> list[Any]:
    """Teaser cards outside the chrome: blocks opened by a heading that links to another page
    (a home page's featured story, a tag page's stories), each the largest block that starts
    with its heading and holds no other such heading. The headline's own block (the title
    shown in it, a permalink heading of the title) is none, nor a block of
    :data:`BODY_PARAGRAPHS` paragraphs or more (a body under a linked heading) unless it
    ends in a "read more" link (a featured story's long excerpt)."""
    heads = [h for h in tree.iter(*_HEADINGS) if _title_heading(h) and not in_chrome(h)]
    linked = set(heads)
    found = []
    for head in heads:
        shown = _text(head)
        if title and shown.casefold() == title.casefold():
            continue  # the article's own headline, linked to its permalink
        card = head
        for _ in range(_CARD_DEPTH):
            parent = card.getparent()
            if (parent is None or parent.tag in ("body", "html") or _chrome(parent)
                    or not _text(parent).startswith(shown)
                    or any(h is not head and h in linked for h in parent.iter(*_HEADINGS))):
                break
            card = parent
        if (card is not head and not (title and _titled(card, title))
                and (_own_paragraphs(card) < BODY_PARAGRAPHS  # a teaser has one excerpt
                     or _reads_on(card))):  # or a long one, and a link to read on
            found.append(card)
    return found


#: A date element holds a date, a label before it and a few words after it at most.
_DATE_CHARS = 48


def _dated(item: Any) -> bool:
    """Whether ``item`` holds an element showing a date of its own ("Ngày gửi: 18/11/2024",
    a table cell of a date): an entry of a register or a board, not a paragraph."""
    for el in item.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP or len(el) > 2:
            continue  # a date element holds its text, an icon or a label element at most
        shown = _text(el)
        if not shown or len(shown) > _DATE_CHARS:
            continue
        found = find_dateline(shown, date_only=True)
        if found and _date_label(shown[:found[1][0]]) and len(
                shown[found[1][1]:].split()) <= 2:
            return True
    return False


#: A short label closed by a colon before a date ("Ngày gửi:", "Ngày trả lời:").
_LABEL = re.compile(r"^\s*\w+(?:\s+\w+){0,2}\s*:\s*$")


def _date_label(prefix: str) -> bool:
    return is_date_label(prefix) or bool(_LABEL.match(prefix))


def dated_entries(tree: Any) -> list[list[Any]]:
    """Runs of two or more sibling blocks of one tag and class outside the chrome, each with a
    date element of its own (questions of a board, rows of a register of documents).
    Paragraphs are an article's, never entries."""
    found: list[list[Any]] = []
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or parent.tag in _SKIP or len(parent) < 2:
            continue
        kinds: dict[tuple[str, str], list[Any]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in ("p", "br", "a", "span"):
                kinds.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for items in kinds.values():
            if len(items) >= 2 and not in_chrome(parent):
                dated = [item for item in items if _dated(item)]
                if len(dated) >= 2:
                    found.append(dated)
    return found


def listing_reason(tree: Any, paragraphs: list[str], title: str | None = None,
                   title_shown: bool = True) -> str | None:
    """Why the page looks like a listing, or None.

    - the text sits in runs of repeated link items (any run: a menu may be the longest);
    - the text sits in teaser cards (:func:`cards`): blocks opened by a heading that links to
      another page, however few (a tag page of three stories, a home page's one featured
      story); the headline's own block is none;
    - the headline is shown nowhere on the page (``title_shown`` false: the title is the
      ``<title>``'s alone) and the text sits in dated entries (:func:`dated_entries`: the
      questions of a board, the rows of a short register of documents);
    - the headline is a linked title of one item of a run outside the page chrome, shown
      nowhere else (a blog list whose every post title is a heading);
    - a run outside the chrome follows the headline with less than :data:`MIN_WORDS` words
      of prose before it, and its items hold more words than all the prose after the
      headline and than the text found (a category page, search results, an author's or a
      tag's archive with a short introduction). An article's body is prose outside them.

    The shares of the text in items yield to :data:`PROSE_RUN_WORDS` words of continuous
    prose outside them (a story with a strip of related teasers under its headline).
    """
    found = runs(tree)
    rows = [run for run in table_runs(tree) if not in_chrome(run[0])]
    if rows and (share := _share_in_items(rows, paragraphs)) >= LISTING_SHARE:
        return f"listing: {max(map(len, rows))} linked table rows hold {share:.0%} of the text"
    teasers = cards(tree, title)
    if (teasers and (share := _share_in_items([teasers], paragraphs)) >= LISTING_SHARE
            and _prose_run([teasers], paragraphs) < PROSE_RUN_WORDS):
        many = "s" if len(teasers) > 1 else ""
        return (f"listing: {len(teasers)} teaser{many} under linked headings hold {share:.0%}"
                " of the text")
    if not title_shown and (entries := dated_entries(tree)) and (
            share := _share_in_items(entries, paragraphs)) >= LISTING_SHARE:
        return (f"listing: {max(map(len, entries))} dated entries hold {share:.0%} of the text,"
                " no headline shown")
    if not found:
        return None
    best = max(found, key=len)
    share = _share_in_items(found, paragraphs)
    if share >= LISTING_SHARE and _prose_run(found, paragraphs) < PROSE_RUN_WORDS:
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


_STORY_HEADINGS = ("h1", "h2", "h3")


def _story(el: Any) -> bool:
    """A story shown in full: a linked heading of :data:`TITLE_LINK_WORDS` words or more
    first and no other, two paragraphs of its own or more, no "read more" link and
    :data:`MIN_WORDS` words of prose outside links. A featured teaser (a long excerpt) or a
    list of teasers (a linked heading each) is none."""
    heads = [h for h in el.iter(*_STORY_HEADINGS)
             if any(len(_text(a).split()) >= TITLE_LINK_WORDS for a in h.iter("a"))]
    if (len(heads) != 1 or heads[0] is not next(el.iter(*_STORY_HEADINGS), None)
            or _own_paragraphs(el) < 2 or _reads_on(el)):
        return False
    linked = sum(len(_WORD.findall(_text(a))) for a in el.iter("a"))
    return len(_WORD.findall(" ".join(el.itertext()))) - linked >= MIN_WORDS


def following_stories(tree: Any, title: str | None) -> list[Any]:
    """The stories after the article's own, each in full (an infinite-scroll news page
    appends the next ones): siblings of the element holding the unlinked headline, of its
    tag, each with a linked headline and prose of its own. The article's element holds
    :data:`MIN_WORDS` words of prose itself."""
    headline = _headline(tree, title)
    if headline is None or _linked(headline) or in_chrome(headline):
        return []
    for own in headline.iterancestors():
        parent = own.getparent()
        if parent is None or own.tag in ("body", "html"):
            return []
        after = [sib for sib in own.itersiblings() if sib.tag == own.tag and _story(sib)]
        if after:
            words = len(_WORD.findall(" ".join(own.itertext())))
            return after if words >= MIN_WORDS + len(title.split()) else []
        if any(sib.tag == own.tag for sib in own.itersiblings(preceding=True)):
            return []  # the article is one of a run, followed by nothing like it
    return []
