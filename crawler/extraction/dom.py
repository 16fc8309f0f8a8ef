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


#: Deeper wrappers than this are dropped (an article 10,000 elements deep kept its text).
MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr", "p", "li"}


def flatten(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` without the opening and closing tags nested deeper than ``limit`` (their text
    stays); ``<p>`` and ``<li>`` are kept, they close themselves."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []
    last = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match[1], match[2].lower(), match[3]
        keep = True
        if name in _VOID or self_closing:
            pass
        elif closing:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    keep = stack[i][1]
                    del stack[i:]
                    break
        else:
            keep = len(stack) < limit
            stack.append((name, keep))
        if not keep:
            out.append(html[last:match.start()])
            last = match.end()
    out.append(html[last:])
    return "".join(out)


def parse(html: str) -> Any:
    """The document tree, or None when lxml cannot read it; a page nested deeper than libxml2
    goes is flattened first."""
    try:
        tree = lxml.html.document_fromstring(html, parser=_PARSER)
        if any("depth" in e.message for e in _PARSER.error_log):
            tree = lxml.html.document_fromstring(flatten(html), parser=_PARSER)
        return tree
    except (ParserError, ValueError):
        return None


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def valid_selector(selector: str) -> bool:
    """Whether ``selector`` is CSS that lxml can compile."""
    try:
        _css(selector)
    except Exception:  # noqa: BLE001 - a bad per-site selector
        return False
    return True


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


def in_teaser(el: Any) -> bool:
    """Whether ``el`` sits in a list item or a link (a teaser of another page)."""
    return any(p.tag in ("li", "a") for p in el.iterancestors())


def own_text(tree: Any, selector: str | None) -> str | None:
    """The first text ``selector`` matches outside list items and links (teasers)."""
    for el in select(tree, selector):
        found = text(el) if not in_teaser(el) else ""
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


def _last_char(el: Any) -> str:
    """The last character of ``el``'s text (its tail left out)."""
    while True:
        if len(el):
            if el[-1].tail:
                return el[-1].tail[-1]
            el = el[-1]
        else:
            return (el.text or "")[-1:]


def _first_char(el: Any) -> str:
    """The first character of ``el``'s text."""
    while not el.text and len(el):
        el = el[0]
    return (el.text or "")[:1]


def lines(tree: Any) -> list[str]:
    """The page's text as lines, one per block element. Two numbers of sibling elements
    (a time, then a view count) are kept apart: they never make one number."""
    tree = copy.deepcopy(tree)
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        # a line break in the page's source is a space: only blocks break lines
        if el.text and "\n" in el.text and el.tag != "pre":
            el.text = el.text.replace("\r", " ").replace("\n", " ")
        if el.tail and "\n" in el.tail:
            el.tail = el.tail.replace("\r", " ").replace("\n", " ")
        if el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
        elif not el.tail and (nxt := el.getnext()) is not None and isinstance(nxt.tag, str) \
                and _last_char(el).isdigit() and _first_char(nxt).isdigit():
            el.tail = " "
    found = (normalize_line(line) for line in tree.text_content().split("\n"))
    return [line for line in found if line]


def words(s: str) -> int:
    return len(re.findall(r"\w+", s))


_JSON_TEXT = re.compile(r"^\s*(?:\{\s*\"|\[\s*[{\"\[])[\s\S]*[}\]]\s*$")


def json_text(value: str) -> bool:
    """Whether ``value`` is a JSON document (an app's state), never an article's text."""
    return bool(_JSON_TEXT.match(value))
