"""The page tree: parsing (deep pages included), CSS selection, text and line helpers."""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

import lxml.html
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError

from crawler.text import normalize_line

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "br", "section",
           "article", "header", "figure", "blockquote", "ul", "ol", "table", "dd", "dt"}
#: libxml2 stops nesting at 255 levels without ``huge_tree``: a deeper article lost its text.
_PARSER = lxml.html.HTMLParser(huge_tree=True)


def parse(html: str) -> Any:
    """The document tree, or None when lxml cannot read it."""
    try:
        return lxml.html.document_fromstring(html, parser=_PARSER)
    except (ParserError, ValueError):
        return None


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def select(tree: Any, selector: str | None) -> list[Any]:
    if not selector:
        return []
    try:
        return _css(selector)(tree)
    except Exception:  # noqa: BLE001 - a bad per-site selector must not break extraction
        return []


def text(el: Any) -> str:
    return normalize_line(el.text_content()) if el is not None else ""


def first_text(tree: Any, selector: str | None) -> str | None:
    for el in select(tree, selector):
        found = text(el)
        if found:
            return found
    return None


def remove(el: Any) -> None:
    """Remove ``el`` but keep its tail text."""
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


def lines(tree: Any) -> list[str]:
    """The page's text as lines, one per block element."""
    tree = copy.deepcopy(tree)
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    found = (normalize_line(line) for line in tree.text_content().split("\n"))
    return [line for line in found if line]


def words(s: str) -> int:
    return len(re.findall(r"\w+", s))
