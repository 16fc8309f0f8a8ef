"""The floor: never worse than plain trafilatura on the raw page.

When the cleaned body is much shorter than the page's densest text block, or lacks much of
that block's words (a section lost in the middle of a long page), plain trafilatura
(defaults, its readability/jusText fall-backs included) runs on the raw page, and its text,
cleaned line by line, wins when it is clearly longer and not a listing. The second extraction
runs only then (CPU), and :attr:`Extraction.path` says which one won.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from crawler.extraction.config import MIN_WORDS
from crawler.extraction.dom import lines, words

#: Ours is "much shorter" below this share of the densest block's words.
SHORT_SHARE = 0.6
#: The other text must be this much longer to win.
WIN_FACTOR = 1.3


_HAS_BLOCK = "boolean(.//div|.//p|.//table|.//ul)"


def densest(tree: Any) -> tuple[Any, int]:
    """The element whose direct text blocks (``<p>``, text around ``<br>``) hold most words."""
    totals: dict[Any, int] = {}
    for el in tree.iter("p", "br"):
        parent = el.getparent()
        if parent is None:
            continue
        count = words(el.text_content()) if el.tag == "p" else words(el.tail or "")
        totals[parent] = totals.get(parent, 0) + count
    for el in tree.iter("div", "td", "article", "section"):
        own = words(el.text or "") + sum(words(child.tail or "") for child in el)
        if not own:
            continue
        totals[el] = totals.get(el, 0) + own
        parent = el.getparent()
        if el.tag == "div" and parent is not None and not el.xpath(_HAS_BLOCK):
            totals[parent] = totals.get(parent, 0) + words(el.text_content())  # a div paragraph
    if not totals:
        return None, 0
    best = max(totals, key=totals.__getitem__)
    return best, totals[best]


#: Ours misses the densest block when fewer than this share of its words are in ours.
COVERED_SHARE = 0.6
_WORD = re.compile(r"\w+")


def covered(region: Any, text: str) -> float:
    """Share of the densest block's words (its paragraphs) found in ``text``: a cheap
    check that ours did not lose the block or a long part of it (no second extraction)."""
    if region is None:
        return 1.0
    found = [w for text in _block_texts(region) for w in _WORD.findall(text.casefold())]
    if len(found) < MIN_WORDS:
        return 1.0  # a byline or a caption says nothing of what ours kept
    ours = set(_WORD.findall(text.casefold()))
    return sum(w in ours for w in found) / len(found)


def _block_texts(region: Any) -> Any:
    """The paragraphs of ``region``: its ``<p>``s and its ``<div>``s without blocks inside
    (paragraphs written as divs)."""
    for p in region.iter("p"):
        yield p.text_content()
    for child in region:
        if child.tag == "div" and not child.xpath(_HAS_BLOCK):
            yield child.text_content()


def needed(ours: int, block: int, share: float = 1.0) -> bool:
    """Whether the second extraction must run: ours is short for an article, much shorter
    than the page's densest block, or lacks much of that block's words (``share``)."""
    return ours < MIN_WORDS or ours < SHORT_SHARE * block or (
        block >= MIN_WORDS and share < COVERED_SHARE)


def plain(html: str, url: str) -> str:
    """Plain trafilatura (default options, no comments) on the raw page."""
    try:
        return trafilatura.extract(html, url=url, include_comments=False,
                                   include_tables=True) or ""
    except Exception:  # noqa: BLE001 - the floor must never break extraction
        return ""


def region_text(region: Any) -> str:
    """The densest block's own lines: the last resort when both extractors found nothing."""
    return "\n".join(lines(region)) if region is not None else ""


def wins(candidate: int, ours: int) -> bool:
    return candidate >= max(WIN_FACTOR * ours, ours + 20)


#: A line of prose holds this many words at least (a menu item, a tag, a heading fewer).
PROSE_LINE_WORDS = 10
#: Text with less than this share of its words in prose lines is a menu or a list of links.
PROSE_SHARE = 0.3


def prose(text: str) -> float:
    """Share of the words of ``text`` in prose lines (an article's paragraphs)."""
    counts = [words(line) for line in text.split("\n")]
    total = sum(counts)
    return sum(c for c in counts if c >= PROSE_LINE_WORDS) / total if total else 0.0


def sound(candidate: str, region: Any, block: int) -> bool:
    """Whether the other extraction may replace ours: it is prose, or it holds the page's
    densest block (a menu that trafilatura took for the text never wins over the post)."""
    return prose(candidate) >= PROSE_SHARE or block < MIN_WORDS or (
        covered(region, candidate) >= COVERED_SHARE)
