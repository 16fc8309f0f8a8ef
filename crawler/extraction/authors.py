"""Authors: bylines in capitals, ``Tác giả:``, ``Theo X (Outlet)``, PV / Nhóm PV, a name on
the last line, JSON-LD (a person inside an organisation); never a site or outlet name."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from typing import Any

from crawler.dates import find_dateline, is_date_label
from crawler.extraction.config import generic
from crawler.extraction.dom import lines, select
from crawler.extraction.offices import is_office
from crawler.text import normalize_line

CAPS_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.'’\- ]{1,40}$")
_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ.'’\-]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.'’\-]*){0,4}$")
TACGIA = re.compile(r"^(?:tác giả|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh)\s*:\s*(.{2,60})$",
                    re.IGNORECASE)
#: ``Theo Thu Hà (Báo Tin tức)``: the person is the author, the outlet is not.
THEO_CREDIT = re.compile(r"^\(?theo\s+(?P<name>[^()/]{2,40}?)\s*(?:\((?P<outlet>[^()]{2,60})\)"
                         r"|/\s*(?P<slash>[^()/]{2,60}))\)?\.?$", re.IGNORECASE)
#: Reporter credits used as bylines.
REPORTER = re.compile(r"^(?:nhóm\s+)?(?:pv|ptv|btv|ctv)(?:\s*[-/,&]\s*(?:pv|ptv|btv|ctv))*$",
                      re.IGNORECASE)
#: Words before a name in a byline element (``Viết bởi``, ``Đăng bởi``, ``Bài, ảnh:``).
_BY = re.compile(r"^(?:viết bởi|đăng bởi|gửi bởi|posted by|written by|người đăng|người viết|"
                 r"biên tập|by|bởi|bài viết|bài|tin|ảnh|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|"
                 r"tác giả)(?:\s*:\s*|\s+)", re.IGNORECASE)
#: A role word before a reporter's name (``CTV Hoàng Gia Bảo``, ``Phóng viên Thu Hà``).
_ROLE_WORD = re.compile(r"^(?:ctv|pv|btv|phóng viên|cộng tác viên|nhà báo)\s+", re.IGNORECASE)
#: Staff accounts shown as the poster: never an author.
_ACCOUNTS = {"admin", "administrator", "super user", "quản trị", "quản trị viên", "webmaster",
             "ban biên tập", "editor", "root", "biên tập viên", "người quản trị", "bientap",
             "bientapvien", "quantri", "quantrivien", "btv", "tbt", "thuky", "thư ký"}
#: A user name (``admin_cds``, ``ngocanh_ld``): one lowercase token.
_USERNAME = re.compile(r"^[a-z][a-z0-9_.\-]{2,30}$")


_OUTLET = ("báo ", "cổng ", "tạp chí ", "đài ", "ttxvn", "thông tấn")


def _bare(name: str | None) -> str:
    return _BY.sub("", normalize_line(name or ""), count=1).strip(" .,:-–—")


def is_account(name: str | None) -> bool:
    """A CMS account shown as the poster (``admin``, ``bientap``, ``admin_cds``): no author
    beside a byline; a user name other than a staff account is the author only when the page
    credits nobody else (:func:`username`). A forum poster's user name is the author
    (:mod:`.forum` gives it directly)."""
    name = _bare(name)
    return bool(name) and (name.casefold() in _ACCOUNTS or bool(_USERNAME.match(name)))


def username(name: str | None) -> str | None:
    """The user name of a byline element (``bởi admin_cds``), not a staff account: the
    author of last resort."""
    name = _bare(name)
    return name if _USERNAME.match(name) and name.casefold() not in _ACCOUNTS else None


def display(name: str) -> str:
    """A name in capitals in title case; acronyms (PV, BTV) kept."""
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 3 and w.isalpha() and w.upper() in {"PV", "PTV", "BTV", "CTV"}
                    else w.title() for w in name.split())


#: Share and print buttons that look like names ("Facebook", "Zalo").
_BUTTONS = {"facebook", "zalo", "twitter", "x", "email", "e-mail", "gmail", "linkedin",
            "youtube", "tiktok", "messenger", "telegram", "pinterest", "reddit", "google",
            "print", "in", "share", "tweet", "like", "copy", "link", "rss", "top", "lên",
            "trước", "sau", "tiếp", "next", "prev", "previous", "«", "»", "‹", "›"}


def is_name(line: str) -> bool:
    """A person's name alone on a line (or a reporter credit)."""
    if REPORTER.match(line):
        return True
    found = line.split()
    if all(w.casefold().strip(".,:|") in _BUTTONS for w in found) or is_office(line):
        return False
    if not all(w[0].isupper() or not w[0].isalpha() for w in found):
        return False  # "Đồng ý": the character class of _NAME lets a lowercase "ý" through
    return (1 <= len(found) <= 5 and not re.search(r"[\d.,;:!?\"“”()]$", line)
            and not any(c.isdigit() for c in line)
            and bool(_NAME.match(line) or CAPS_NAME.match(line)))


_PAREN_TAIL = re.compile(r"\s*\([^()]{2,40}\)\.?$")
_JOINERS = re.compile(r"\s+[-–&]\s+|\s*,\s+|\s+và\s+")


_ROLE = re.compile(r"^(?:nội dung|bài viết|bài|thực hiện|ảnh|bài,? ảnh|bài và ảnh|tin,? ảnh|"
                   r"tin và ảnh|tin|thiết kế|đồ họa|trình bày|video|clip|dựng phim|kỹ thuật)"
                   r"\s*:\s*(?P<names>.+)$", re.IGNORECASE)
_PHOTO_ROLE = re.compile(r"^(?:ảnh|hình ảnh|ảnh minh họa)\s*:", re.IGNORECASE)
_ROLE_SPLIT = re.compile(r"\s+[-–|]\s+(?=[^:]{2,30}:)|\s*[|;]\s*")


def role_credit(line: str) -> str | None:
    """The people of an e-magazine credit line: ``Nội dung: Hà Linh - Thiết kế: Tuấn Kiệt``,
    ``Bài, ảnh: Khánh Vy`` (names joined by ", "); ``Bài: X - Ảnh: Y`` is X alone."""
    names: list[str] = []
    photos: list[str] = []
    for part in _ROLE_SPLIT.split(line.strip()):
        match = _ROLE.match(part.strip())
        if not match:
            return None
        credit = tail_credit(match["names"].strip(" ."))
        if not credit:
            return None
        found = names if not _PHOTO_ROLE.match(part.strip()) else photos
        found += [n for n in credit.split(", ") if n not in found]
    # a photographer beside a writer ("Bài: X - Ảnh: Y") is credited for the pictures only
    return ", ".join(names or photos) or None


def tail_credit(line: str) -> str | None:
    """The names of a credit line closing the body: ``Hoàng Anh - Minh Tâm``,
    ``Lê Minh (tổng hợp)``, ``Thu Hà (TTXVN)`` (the outlet or note in brackets dropped);
    several names are joined by ", "."""
    names = _PAREN_TAIL.sub("", line).strip()
    parts = _JOINERS.split(names)
    if not names or len(parts) > 4 or not all(is_name(p) and not _is_outlet(p) for p in parts):
        return None
    return ", ".join(display(p) for p in parts)


def byline_author(prefix: str) -> str | None:
    """The capitals name before a dateline (``HÀ KIÊN 10/07/2024 19:21``)."""
    prefix = prefix.strip(" •|-–—,:")
    if prefix.lower().startswith(("print", "thứ", "chủ nhật", "cập nhật", "ngày", "đăng")):
        return None
    if CAPS_NAME.match(prefix) and 1 <= len(prefix.split()) <= 5:
        return display(prefix)
    return None


def slash_credit(line: str) -> str | None:
    """The person of ``Hoài Nam/TTXVN`` or ``Ngọc Trâm/Báo Hậu Giang`` (the outlet after the
    slash is no author)."""
    if line.count("/") != 1 or len(line) > 80:
        return None
    person, _, outlet = (p.strip(" .") for p in line.partition("/"))
    head = outlet.split()[0] if outlet.split() else ""
    if is_name(person) and not _is_outlet(person) and (
            _is_outlet(outlet) or is_office(outlet) or (head.isupper() and 2 <= len(head) <= 10)):
        return display(person)
    return None


def theo_credit(line: str) -> str | None:
    """The person of a ``Theo X (Outlet)`` credit line."""
    match = THEO_CREDIT.match(line)
    if not match:
        return None
    name = normalize_line(match["name"])
    return display(name) if is_name(name) and not _is_outlet(name) else None


#: ``Theo …`` opening a credit line.
_THEO_LEAD = re.compile(r"^\(?theo\s+", re.IGNORECASE)


def source_credit(line: str) -> bool:
    """Whether ``line`` is a ``Theo …`` credit naming no person (``Theo Báo Bình Định``,
    ``Theo VnExpress``): the source of the story, not its author."""
    return bool(_THEO_LEAD.match(line)) and theo_credit(line) is None


def _is_outlet(name: str) -> bool:
    low = name.casefold()
    return low.startswith(_OUTLET) or "." in low


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


def mixed_credit(line: str) -> str | None:
    """The people of a credit naming them beside their office or outlet: ``Thanh Hà - Trung
    tâm VH-TT huyện``, ``Thu Hà – Báo Quảng Trị`` (names joined by ", ")."""
    if " - " not in line and " – " not in line:
        return None
    parts = [p.strip(" .") for p in re.split(r"\s+[-–]\s+", line)]
    people = [p for p in parts if not is_office(p) and not _is_outlet(p)]
    if people and len(people) < len(parts) and all(is_name(p) for p in people):
        return ", ".join(display(p) for p in people)
    return None


def usable(name: str | None, sites: set[str]) -> str | None:
    """``name`` cleaned, or None when it is a site, an outlet, a URL or a sentence."""
    if not name:
        return None
    name = normalize_line(name)
    match = TACGIA.match(name)
    name = normalize_line(match.group(1)) if match else name
    credit = role_credit(name)  # "Bài: Ngọc Trâm - Ảnh: Hoài Nam"
    if credit:
        return credit
    name = _BY.sub("", name, count=1).strip(" .,:-–—")
    role = _ROLE_WORD.match(name)
    if role and is_name(name[role.end():]):
        name = name[role.end():]  # "CTV Hoàng Gia Bảo": the person, not the role
    mixed = mixed_credit(name)
    if mixed:
        return mixed
    if is_account(name) or is_office(name):
        return None  # an account or an office credit: no person
    credit = theo_credit(name)
    if credit:
        return credit
    if source_credit(name):
        return None  # "Theo Báo Y": the outlet is not an author
    name = slash_credit(name) or name
    person = _PAREN_TAIL.sub("", name).strip()
    if person != name and is_name(person) and not _is_outlet(person):
        name = person  # "Hồng Nhung (Sở TT&TT)": the person, not the office in brackets
    several = tail_credit(name) if _JOINERS.search(name) else None
    if several and ", " in several:
        return several  # "Khải Minh - Gia Bảo": names joined by ", "
    if (not name or "://" in name or "." in name.rstrip(".") or name.casefold() in sites
            or len(name.split()) > 6 or _is_outlet(name)
            or any(s in name.casefold() for s in sites if len(s) > 3)):
        return None
    return display(name)


def account(name: str | None, sites: set[str]) -> str | None:
    """:func:`usable` for a CMS account field (``<meta name=author>``, Joomla's "Viết bởi",
    JSON-LD): an office or an account posting is no person."""
    return usable(name, sites)


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
        posted = _POSTED.match(line)
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


_WEEKDAY_TAIL = re.compile(r"\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)?[\s,|\-–—•]*$",
                           re.IGNORECASE)
#: A date's label left before it in a byline box (``Đã xuất bản``, ``Ngày đăng:``).
_DATE_LABEL_TAIL = re.compile(r"(?:^|\s)(?:đã\s+)?(?:xuất bản|đăng|ngày đăng|cập nhật|published|"
                              r"updated|posted)(?:\s+(?:lúc|ngày|vào|on))?\s*:?\s*$", re.IGNORECASE)
#: A byline's word alone on its line (``Bởi``, ``Tác giả:``), before the names.
_BY_ALONE = re.compile(r"^(?:bởi|by|tác giả|viết bởi|đăng bởi|người viết)\s*:?$", re.IGNORECASE)


def element_author(elements: Iterable[Any], sites: set[str],
                   accounts: list[str] | None = None, strict: Container[Any] = frozenset()
                   ) -> str | None:
    """The first byline element naming a person: its text up to a dateline (a byline box
    often holds the time too: ``Mai Hương Thứ Năm, 14/11/2024 - 19:20``); an element that
    holds only a date, an account or an office is skipped, never read as a name (user names
    seen go to ``accounts``); an element of ``strict`` counts only when it names people."""
    for el in elements:
        kept, dated = [], False
        for line in lines(el):  # one per block: several names in blocks of their own
            found = find_dateline(line, date_only=True)
            if found:
                line, dated = _WEEKDAY_TAIL.sub("", line[:found[1][0]]), True
                line = _DATE_LABEL_TAIL.sub("", line).strip()
            if line and not _BY_ALONE.match(line):
                kept.append(line)
            if dated:
                break
        found = ", ".join(kept)
        name = account(found, sites) if found else None
        if not name and len(kept) > 1 and is_name(kept[0]) and len(kept[0].split()) >= 2:
            name = account(kept[0], sites)  # an author box: the name, then a bio line
        if name and el in strict and not all(
                is_name(n) for n in name.split(", ")):
            continue  # a "byline" box with a category or a label, no person
        if name:
            return name
        if found and (is_account(found) or is_office(_bare(found))):
            if accounts is not None and username(found):
                accounts.append(username(found) or "")
            continue  # "bởi bientap" beside "Tác giả Hà Linh": the next element names the person
        if found and _bare(found).casefold() in sites:
            continue  # the site's name (a theme's rel=author on the site title): no byline
        if found and not dated and el not in strict:
            return None  # the first byline element with words decides, as before
    return None


#: The site's owner in the page's last lines ("UBND xã Tân Phú - huyện Đức Linh. Điện thoại",
#: "Bản quyền thuộc UBND huyện X", "Cơ quan chủ quản: Sở Y").
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
_BYLINE_CLASS = re.compile(r"author|byline|createdby|persona-primarytext|tac-?gia|user-?name",
                           re.IGNORECASE)


#: Attributes naming a byline element: its class, id, test or hook name (``data-testid=
#: "authorName"``, Wix's ``data-hook="user-name"``).
_BYLINE_ATTRS = ("class", "id", "data-testid", "data-hook")
#: A byline found by its class alone sits after the headline or within this many levels
#: around it (a login box's ``user-name`` in the page header is no byline).
HEADER_LEVELS = 3


def byline_elements(tree: Any, selectors: str) -> tuple[list[Any], set[Any]]:
    """Byline elements in document order: ``selectors`` plus elements whose class names a
    byline (:data:`_BYLINE_CLASS`) by the headline or after it; the latter are returned
    apart too (their text must be people's names: a ``byline`` box may hold a category)."""
    chosen = set(select(tree, selectors))
    h1 = next(tree.iter("h1"), None)
    near: Any = h1
    for _ in range(HEADER_LEVELS):
        parent = near.getparent() if near is not None else None
        if parent is None or parent.tag in ("body", "html"):
            break  # never the whole page
        near = parent
    after = h1 is None
    found, by_class = [], set()
    for el in tree.iter():
        if el is h1:
            after = True
        if not isinstance(el.tag, str):
            continue
        if el in chosen:
            found.append(el)
        elif _BYLINE_CLASS.search(" ".join(el.get(a) or "" for a in _BYLINE_ATTRS)) and (
                after or (near is not None and near in el.iterancestors())):
            found.append(el)
            by_class.add(el)
    return found, by_class


#: A credit line under the headline: ``Posted by Thu Hà on …``, ``Đăng bởi: X | 10/07/2024``.
_POSTED = re.compile(r"^(?:posted by|written by|submitted by|gửi bởi|đăng bởi|viết bởi|người viết|"
                     r"người đăng|phóng viên|tác giả|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|"
                     r"thực hiện|by)\s*:?\s*"
                     r"(?P<name>.+?)(?:\s+(?:on|lúc|ngày|vào|at)\s.*|\s*[|·•–—,]\s*.*|\s+-\s.*)?$",
                     re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[|·•–—]\s*|\s+-\s+")
#: Lines read under the headline for a byline.
HEADER_LINES = 6


def header_byline(page_lines: list[str], title_at: int | None, sites: set[str]) -> str | None:
    """A person credited in the article header: ``Posted by X on …``, or a name beside the
    dateline (``11/04/2024 · Khánh Vy``, ``Lê Thị Hằng Nga · 15 tháng 1, 2024 lúc 8:10 CH``)."""
    if title_at is None:
        return None
    for line in page_lines[title_at + 1:title_at + 1 + HEADER_LINES]:
        if len(line) > 120:
            continue  # a lead or a paragraph: no credit line
        credit = role_credit(line) if ":" in line[:30] else None
        if credit:
            return usable(credit, sites) if ", " not in credit else credit
        match = _POSTED.match(line) or next(
            (m for m in map(_POSTED.match, _SEPARATORS.split(line)[1:]) if m), None)
        if match:  # "Ngày đăng: 12/03/2024 | Người viết: Hà Linh" too
            return usable(match["name"], sites)
        found = find_dateline(line, date_only=True)
        if not found:
            continue
        begin, end = found[1]
        for part in (*_SEPARATORS.split(line[:begin]), *_SEPARATORS.split(line[end:])):
            part = part.strip(" ,")
            if (len(part.split()) >= 2 and is_name(part) and not _is_outlet(part)
                    and not is_date_label(part)):  # "Thứ Hai", "Cập Nhật" are no names
                return usable(part, sites)
    return None
