"""The page's own entry and its meta blocks: the post's header, footer and address.

Blog and CMS themes (hAtom ``hentry``, microformats2 ``h-entry``, HTML5 ``<article>``) print
the post's author as an hCard (``vcard author`` / ``fn``, ``p-author h-card``, ``rel=author``)
and its date as ``<abbr class="published" title>`` or ``<time datetime>`` in a ``<footer>`` or
``<header>`` of the entry. The cleaning strips every ``<footer>`` (the page's own is
boilerplate), so these are read here from the page before cleaning: only in the entry that
holds the headline, never in a comment, a reply or a teaser inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from crawler.dates import UPDATED_RE, find_dateline
from crawler.extraction.bylines import byline_elements, element_author
from crawler.extraction.config import AUTHOR_SELECTORS
from crawler.extraction.dating import machine_datetime
from crawler.extraction.dom import lines
from crawler.text import normalize_line

_CLASS = 'contains(concat(" ", normalize-space(@class), " "), " {} ")'
_ENTRY = f'//article | //*[{_CLASS.format("hentry")} or {_CLASS.format("h-entry")}]'
#: Containers whose people and dates are not the entry's: comments, replies, related posts.
_APART = re.compile(r"comment|reply|respond|binh-?luan|related|lien-?quan|teaser", re.IGNORECASE)
_MACHINE = ('.//*[@itemprop="datePublished"] | .//*[{}] | .//*[{}] | .//time[@datetime]'
            .format(_CLASS.format("published"), _CLASS.format("dt-published")))


def _apart(el: Any) -> bool:
    return bool(_APART.search(f'{el.get("class") or ""} {el.get("id") or ""}'))


def entry(tree: Any, title: str | None) -> Any:
    """The first entry element whose heading (``h1``–``h3``) is the page's title."""
    if not title:
        return None
    want = normalize_line(title).casefold()
    for el in tree.xpath(_ENTRY):
        if any(a.tag == "li" or _apart(a) for a in el.iterancestors()) or _apart(el):
            continue
        for heading in el.iter("h1", "h2", "h3"):
            if normalize_line(heading.text_content()).casefold() == want:
                return el
    return None


def meta_blocks(found: Any) -> Iterator[Any]:
    """The entry's ``header``, ``footer`` and ``address`` elements, outside nested entries,
    list items and comment or related boxes."""
    if found is None:
        return
    for el in found.iter("header", "footer", "address"):
        ups = []
        for a in el.iterancestors():
            if a is found:
                break
            ups.append(a)
        if _apart(el) or any(a.tag in ("article", "li") or _apart(a) for a in ups):
            continue
        yield el


def entry_author(found: Any, sites: set[str]) -> str | None:
    """A person named by a byline element (hCard, ``rel=author``, ``/author/`` link) in the
    entry's meta blocks; names only (never an account, office or site)."""
    for block in meta_blocks(found):
        elements = byline_elements(block, AUTHOR_SELECTORS)[0]
        name = element_author(elements, sites, strict=set(elements))
        if name:
            return name
    return None


def entry_date(found: Any, month_first: bool = False, machine: bool = True
               ) -> datetime | None:
    """The entry's publication time from its meta blocks: a machine value (``datetime``,
    ``title`` or ``content``) with ``machine``, else the first dateline on a line that is no
    update."""
    blocks = list(meta_blocks(found))
    for block in blocks if machine else []:
        for el in block.xpath(_MACHINE):
            kind = el.get("class") or ""
            if UPDATED_RE.search(el.text_content()) or (
                    "updated" in kind and "published" not in kind):
                continue  # the modification time
            value = machine_datetime(el.get("datetime") or el.get("content") or el.get("title"))
            if value:
                return value
    for block in blocks if not machine else []:
        for line in lines(block):
            if UPDATED_RE.search(line):
                continue
            dated = find_dateline(line, date_only=True, month_first=month_first)
            if dated:
                return dated[0]
    return None
