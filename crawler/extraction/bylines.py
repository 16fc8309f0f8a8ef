"""Byline elements and header credit lines: where a page names its author by the headline.

- :func:`byline_elements`: elements named as bylines (selectors, a byline class);
- :func:`element_author`: the first of them naming a person (a date, an account, an office
  skipped);
- :func:`header_byline`: a credit line under the headline (``Posted by X on …``, ``bởi X -
  date``, ``Được tạo bởi X``, ``Created by X, last modified …``, a name beside the dateline).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from typing import Any

from crawler.dates import find_dateline, is_date_label
from crawler.extraction.credits import (
    CREDIT_LABEL,
    POSTED,
    _bare,
    _is_outlet,
    account,
    is_account,
    is_name,
    mixed_credit,
    role_credit,
    tail_credit,
    untitled,
    usable,
    username,
)
from crawler.extraction.dom import lines, select
from crawler.extraction.offices import is_office

_WEEKDAY_TAIL = re.compile(r"\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)?[\s,|\-–—•]*$",
                           re.IGNORECASE)
#: A date's label left before it in a byline box (``Đã xuất bản``, ``Ngày đăng:``).
_DATE_LABEL_TAIL = re.compile(r"(?:^|\s)(?:(?:đã\s+)?(?:xuất bản|đăng|ngày đăng|cập nhật|published|"
                              r"updated|posted)(?:\s+(?:lúc|ngày|vào|on))?|vào lúc|lúc|vào|ngày|"
                              r"on|at)\s*:?\s*$", re.IGNORECASE)
#: A relative time beside a poster's name (``2 ngày trước``, ``5 phút trước``, ``hôm qua``,
#: ``3 hours ago``): the byline's date, no part of the name.
_RELATIVE = re.compile(r"^(?:(?:khoảng\s+)?(?:\d+|một|vài)\s+"
                       r"(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|hôm\s+qua|hôm\s+kia|vừa\s+xong|vừa\s+đăng|just\s+now|"
                       r"yesterday|(?:an?|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
                       r"years?)\s+ago)$", re.IGNORECASE)
#: A byline's word alone on its line (``Bởi``, ``Tác giả:``), before the names.
#: A platform's handle after the display name (``Trần Minh @tranminh``): the account, not the
#: name.
_HANDLE_TAIL = re.compile(r"\s+@[\w.\-]+$")
_BY_ALONE = re.compile(rf"^(?:bởi|by|viết bởi|đăng bởi|posted by|{CREDIT_LABEL})\s*:?$",
                       re.IGNORECASE)


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
            elif _RELATIVE.match(line.strip(" ·•|-–—")):
                line, dated = "", True  # "2 ngày trước" under the poster's name
            line = _HANDLE_TAIL.sub("", line)
            if line and not _BY_ALONE.match(line):
                kept.append(line)
            if dated:
                break
        found = ", ".join(kept)
        name = account(found, sites) if found else None
        first = untitled(kept[0]) if kept else ""
        if not name and len(kept) > 1 and is_name(first) and len(first.split()) >= 2:
            name = account(first, sites)  # an author box: the name, then a bio line
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


_SEPARATORS = re.compile(r"\s*[|·•–—]\s*|\s+-\s+")
#: ``bởi X`` inside a dated meta line, after the date or a category (``Đăng lúc 17:05 ngày
#: 15/11/2026 trong mục Lễ hội bởi X``, ``Posted on March 3, 2026 by X``).
_INLINE_BY = re.compile(r"(?:^|\s)(?:đăng bởi|viết bởi|posted by|written by|bởi|by)\s*:?\s+"
                        r"(?P<name>[^|·•,;:()]{2,60}?)\s*(?:[|·•,;]\s*.*|\s+[-–—]\s.*|"
                        r"\s+(?:on|lúc|ngày|vào|at|in|trong)\s.*)?$", re.IGNORECASE)


#: A passive sentence ("được chủ trì bởi X"): a lead, no meta line.
_PASSIVE = re.compile(r"\bđược\s+(?!(?:đăng|viết|tạo|gửi)\s+bởi)\w+", re.IGNORECASE)
#: Words a meta line holds besides its date and the name (labels, a category).
META_WORDS = 8


def _inline_by(line: str, span: tuple[int, int], sites: set[str]) -> str | None:
    """The person of a ``bởi X`` inside a dated meta line (``span`` is its date's); a name
    only (no office, account or site), never in a sentence."""
    match = _INLINE_BY.search(line)
    if not match or _PASSIVE.search(line[:match.start("name")]) or len(
            (line[:span[0]] + line[span[1]:match.start("name")]).split()) > META_WORDS:
        return None
    name = usable(match["name"], sites)
    return name if name and all(is_name(n) for n in name.split(", ")) else None
#: Lines read under the headline for a byline.
HEADER_LINES = 6


def header_byline(page_lines: list[str], title_at: int | None, sites: set[str]) -> str | None:
    """A person credited in the article header: ``Posted by X on …``, or a name beside the
    dateline (``11/04/2024 · Khánh Vy``, ``Lê Thị Hằng Nga · 15 tháng 1, 2024 lúc 8:10 CH``)."""
    if title_at is None:
        return None
    header = page_lines[title_at + 1:title_at + 1 + HEADER_LINES]
    for at, line in enumerate(header):
        if len(line) > 120:
            continue  # a lead or a paragraph: no credit line
        credit = role_credit(line) if ":" in line[:30] else None
        if credit:
            return usable(credit, sites) if ", " not in credit else credit
        match = POSTED.match(line) or next(
            (m for m in map(POSTED.match, _SEPARATORS.split(line)[1:]) if m), None)
        if match:  # "Ngày đăng: 12/03/2024 | Người viết: Hà Linh" too
            return usable(match["name"], sites)
        found = find_dateline(line, date_only=True)
        if not found:
            if at + 1 < len(header) and _opens_with_date(header[at + 1]):
                # the names on a line of their own, perhaps beside their outlet
                people = _several(line, sites) or usable(mixed_credit(line), sites)
                if people:
                    return people
            continue
        inline = _inline_by(line, found[1], sites)
        if inline:
            return inline
        begin, end = found[1]
        for side in (line[:begin], line[end:]):  # "Kim Anh - Văn Thái 03:20 PM, 22/09/2024"
            several = _several(side, sites)
            if several:
                return several
        for part in (*_SEPARATORS.split(line[:begin]), *_SEPARATORS.split(line[end:])):
            part = part.strip(" ,")
            if (len(part.split()) >= 2 and is_name(part) and not _is_outlet(part)
                    and not is_date_label(part)):  # "Thứ Hai", "Cập Nhật" are no names
                return usable(part, sites)
    return None


def _several(side: str, sites: set[str]) -> str | None:
    """Two or more people joined by a dash beside the dateline (names joined by ", ")."""
    side = side.strip(" ,|·•")
    if not re.search(r"\s[-–]\s", side):
        return None
    names = tail_credit(side)
    if not names or ", " not in names or any(is_date_label(n) for n in names.split(", ")):
        return None
    return names if all(usable(n, sites) for n in names.split(", ")) else None


def _opens_with_date(line: str) -> bool:
    found = find_dateline(line, date_only=True)
    return bool(found) and not line[:found[1][0]].strip(" ,|·•")
