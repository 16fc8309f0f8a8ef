"""A section's own page ("Chuyển đổi số" on a portal or a paper): the section's name as its
headline, an introduction of the section, then teasers of its stories. Some CMSs mark it
``og:type`` article and its introduction is prose enough for an article, so the page is told by
its headline instead: the name under which the site's menu or breadcrumb links to this very
page (the same last URL segment). A story is never a menu entry of its own site, and its URL
carries its own slug or number.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler.extraction.dom import text
from crawler.extraction.page_evidence import TEASER_LINKS, teaser_links

#: A section's name is short ("Chuyển đổi số", "Chính quyền số", "Kinh tế - Xã hội").
MAX_HEADLINE_WORDS = 6
_NAVIGATION = re.compile(r"menu|nav|breadcrumb", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?:html?|aspx?|php|jsp)$")


def _last_segment(url: str) -> str:
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return _EXTENSION.sub("", segment).casefold()


def _in_navigation(el: Any) -> bool:
    """Inside a ``<nav>``, a navigation role, or a menu, nav or breadcrumb by class or id."""
    for ancestor in el.iterancestors():
        if ancestor.tag == "nav" or ancestor.get("role") == "navigation" or _NAVIGATION.search(
                f"{ancestor.get('class', '')} {ancestor.get('id', '')}"):
            return True
    return False


def _name(value: str) -> str:
    return " ".join(value.split()).casefold()


_CRUMBS = re.compile(r"\s*(?:›|»|>|/|\||→)\s*")


def _breadcrumb_ends_with(tree: Any, name: str) -> bool:
    """Whether the page's breadcrumb (a block classed or named so) ends with ``name``."""
    for el in tree.iter("div", "nav", "ul", "ol", "p", "span"):
        if "breadcrumb" in f"{el.get('class', '')} {el.get('id', '')}".casefold():
            parts = [p for p in _CRUMBS.split(text(el)) if p.strip()]
            if parts and _name(parts[-1]) == name:
                return True
    return False


def _menu_names_it(tree: Any, url: str, name: str, segment: str) -> str | None:
    """How the site's navigation names this page: a menu or breadcrumb link to its last URL
    segment under the headline's name, or a menu entry of that name with the breadcrumb
    ending in it (the menu linking by a number or another path); else None."""
    named = False
    for a in tree.iter("a"):
        href = a.get("href")
        if not href or _name(text(a)) != name or not _in_navigation(a):
            continue
        if _last_segment(urljoin(url, href)) == segment:
            return "its menu links here"
        named = True
    if named and _breadcrumb_ends_with(tree, name):
        return "a menu entry of its name, the breadcrumb ending in it"
    return None


def section_page(tree: Any, clean: Any, url: str, title: str | None) -> str | None:
    """``listing: the section page …`` when the site's navigation names this page by its
    headline (:func:`_menu_names_it`, in the raw ``tree``), its last URL segment carries no
    story's number and the page (``clean``, chrome removed) shows :data:`TEASER_LINKS`
    title links; or None."""
    if not title or len(title.split()) > MAX_HEADLINE_WORDS:
        return None
    segment = _last_segment(url)
    if not segment or any(c.isdigit() for c in segment):
        return None
    how = _menu_names_it(tree, url, _name(title), segment)
    if how is None:
        return None
    links = teaser_links(clean)
    if links < TEASER_LINKS:
        return None
    return f"listing: the section page {title!r} ({how}, {links} teaser links)"
