"""Authors: bylines in capitals, ``Tác giả:``, ``Theo X (Outlet)``, PV / Nhóm PV, a name on
the last line, JSON-LD (a person inside an organisation); never a site or outlet name.

One concern per module: :mod:`.credits` (the grammar of credit lines and what is no person),
:mod:`.bylines` (byline elements and credit lines under the headline); this module reads
credits after the body, JSON-LD and the footer's site owner, and re-exports the others.
"""

from __future__ import annotations

import re
from typing import Any

from crawler.extraction.bylines import (
    HEADER_LINES,
    byline_elements,
    element_author,
    header_byline,
)
from crawler.extraction.config import generic
from crawler.extraction.credits import (
    _THEO_LEAD,
    CAPS_NAME,
    POSTED,
    REPORTER,
    TACGIA,
    THEO_CREDIT,
    account,
    byline_author,
    credit_line,
    display,
    is_account,
    is_name,
    mixed_credit,
    role_credit,
    slash_credit,
    source_credit,
    tail_credit,
    theo_credit,
    usable,
    username,
)
from crawler.extraction.offices import is_office
from crawler.text import normalize_line

__all__ = ["CAPS_NAME", "HEADER_LINES", "REPORTER", "TACGIA", "THEO_CREDIT", "account",
           "after_body", "byline_author", "byline_elements", "credit_line", "display",
           "element_author", "header_byline", "is_account", "is_name", "ld_author",
           "mixed_credit", "role_credit", "site_owner", "slash_credit", "source_credit",
           "tail_credit", "theo_credit", "usable", "username"]

def ld_author(ld: dict[str, Any]) -> str | None:
    """A person named in JSON-LD ``author`` (looked for inside organisations too)."""
    people: list[str] = []
    orgs: list[str] = []

    def walk(node: Any, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, str) and node.strip():
            people.append(node)
        elif isinstance(node, dict):
            kind = str(node.get("@type") or "Person")
            name = node.get("name")
            if isinstance(name, str) and name.strip():
                (orgs if "Organization" in kind else people).append(name)
            for key in ("member", "employee", "author", "founder", "contributor"):
                if key in node:
                    walk(node[key], depth + 1)

    walk(ld.get("author"))
    names: list[str] = []
    for person in people[:4]:  # several people: all of them, joined by ", "
        person = normalize_line(person)
        if person not in names:
            names.append(person)
    return ", ".join(names) or None


def after_body(lines: list[str], last: str | None, sites: set[str]) -> str | None:
    """A credit on the page lines right after the body's last paragraph (extractors often drop
    a right-aligned name or an e-magazine credit box)."""
    if not last:
        return None
    try:
        at = len(lines) - 1 - lines[::-1].index(last)
    except ValueError:
        return None
    for line in lines[at + 1:at + 3]:
        if generic().stop.match(line) or generic().related.match(line):
            break  # a list heading ("TIN ĐỌC NHIỀU") is no name
        posted = POSTED.match(line)
        several = usable(line, sites) if posted and TACGIA.match(line) else None
        if several and ", " in several:
            return several  # "Thực hiện: Mai Anh - Đức Trung": both names, not the first
        if posted and usable(posted["name"], sites):
            return usable(posted["name"], sites)  # "Viết bởi Khánh Vy, phóng viên thường trú."
        if _THEO_LEAD.match(line):
            return theo_credit(line)  # "Theo A (Báo Y)" gives A; "Theo Báo Y" no person
        labelled = TACGIA.match(line)
        if is_office(labelled.group(1) if labelled else line):
            break  # an office signs the article: no person
        found = (role_credit(line) or tail_credit(line) or slash_credit(line)
                 or (normalize_line(labelled.group(1)).rstrip(".") if labelled else None))
        if found and found.casefold() not in sites:
            return found
    return None


_OWNER = re.compile(
    r"^(?:(?:©|copyright|bản quyền(?: thuộc(?: về)?)?|cơ quan chủ quản|đơn vị chủ quản)"
    r"\s*:?\s*)?(?P<org>[^.\-–|:,©]{2,60}?)\s*(?:[-–|.,:]|$)", re.IGNORECASE)


def site_owner(page_lines: list[str]) -> set[str]:
    """The office the page's footer names as the site's owner: it signs its own pages, it is
    no author of them."""
    found = set()
    for line in page_lines[-3:]:
        match = _OWNER.match(line)
        if (match and is_office(match["org"])
                and len(line) > match.end("org") + 10):  # a footer line, not a credit alone
            found.add(normalize_line(match["org"]).casefold())
    return found


#: Class names of byline elements across CMSs, matched case-insensitively inside a class
#: token: ``author`` (``NewsAuthor``, ``article__author``, ``wp-block-post-author-name``,
#: SharePoint's ``authorByline_…``), ``byline``, Joomla's ``createdby``, Fluent UI persona
#: cards, ``tacgia``/``tac-gia``, a blog's ``user-name``.


#: The page's own entity in microdata: its ``mainEntity`` or an article or posting scope.
_MAIN_ENTITY = ('//*[@itemprop="mainEntity" or @itemprop="mainEntityOfPage"][@itemscope]'
                ' | //*[@itemscope][re:test(@itemtype, "(Article|BlogPosting|Posting)/?$")]')
_RE_NS = {"re": "http://exslt.org/regular-expressions"}


def microdata_author(tree: Any, sites: set[str]) -> str | None:
    """The ``author`` of the page's own microdata entity (a forum's first post, an article
    scope): its ``name`` property, else its text; the authors of comments and replies
    (scopes of their own) are not read."""
    for entity in tree.xpath(_MAIN_ENTITY, namespaces=_RE_NS):
        for el in entity.xpath('.//*[@itemprop="author"]'):
            if any(a.get("itemscope") is not None and a is not entity
                   for a in el.iterancestors() if entity in a.iterancestors()):
                continue  # a nested scope (a comment) inside the entity
            named = el.xpath('.//*[@itemprop="name"]')
            value = (named[0].get("content") or normalize_line(" ".join(named[0].itertext()))
                     ) if named else el.get("content")
            found = usable(value, sites) if value else None
            if found:
                return found
        return None  # the first entity is the page's
    return None


#: A byline beside the headline's column (a post's metadata in the sidebar of a docs or
#: blog theme) sits in a container this many levels above the headline at most.
SIDE_LEVELS = 4


def beside_headline(tree: Any, selectors: str) -> list[Any]:
    """Byline elements of ``tree`` (the page before cleaning) before the first ``h1``,
    outside teasers, whose nearest container shared with it is at most :data:`SIDE_LEVELS`
    levels above it (never the page's body): the post's own author box, even in a stripped
    sidebar."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return []
    ups = [a for a in list(h1.iterancestors())[:SIDE_LEVELS] if a.tag not in ("body", "html")]
    before = set()
    for el in tree.iter():
        if el is h1:
            break  # before the headline only: comments and their posters come after the body
        before.add(el)
    return [el for el in byline_elements(tree, selectors)[0] if el in before
            and not any(p.tag in ("li", "a") for p in el.iterancestors())
            and any(up in el.iterancestors() for up in ups)]
