"""The article's publication and modification times, from its own region only.

Order: site rule, ``<meta>``, JSON-LD, the dateline by the headline, a dateline opening the
body, dated elements of the article region, then htmldate on the article region. Lines of
"Tin mới", "Xem nhiều" and related lists are never read; a ``Cập nhật`` time that is the only
date of the header is the publication time. Every value passes :func:`crawler.dates.plausible`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import lxml.html
from htmldate import find_date

from crawler.dates import (
    TODAY_RE,
    UPDATED_RE,
    VN_TZ,
    find_dateline,
    is_date_label,
    parse_datetime,
    plausible,
)
from crawler.extraction.authors import REPORTER, byline_author
from crawler.extraction.config import DATE_SELECTORS, generic
from crawler.extraction.dom import first_text, select, text

#: Lines after the title read for the dateline, and before it.
AFTER, BEFORE = 15, 5
#: A line stating when a licence was granted or the paper founded (a footer's "Giấy phép số
#: 88/GP-BC ngày 10/05/2006"): its day is no dateline.
LICENCE_LINE = re.compile(r"giấy\s+phép|cấp\s+ngày|thành\s+lập|ra\s+số\s+đầu|/GP-",
                          re.IGNORECASE)
_LIST_TAGS = {"li", "a", "ul", "ol"}


def _datelines(line: str, date_only: bool, month_first: bool) -> Iterator[tuple[datetime, int]]:
    """Each date (with time unless ``date_only``) in the first 200 characters, with its start."""
    offset = 0
    while found := find_dateline(line[offset:200], date_only=date_only, month_first=month_first):
        value, (begin, end) = found
        yield value, offset + begin
        offset += max(end, 1)


def _is_update(prefix: str) -> bool:
    """Whether the text just before a date labels it as a modification time."""
    return any(m.end() == len(prefix.rstrip(" :")) or m.end() == len(prefix)
               for m in UPDATED_RE.finditer(prefix[-30:]))


def _header(lines: list[str], start: int, links: frozenset[str] = frozenset()) -> list[int]:
    """Indexes of the lines read for the dateline: after the title up to a list heading, then
    the few before it (up to a list heading or a linked teaser)."""
    after, before = _around(lines, start, links)
    return after + before


def _around(lines: list[str], start: int, links: frozenset[str] = frozenset()
            ) -> tuple[list[int], list[int]]:
    stop = generic().stop
    related = generic().related
    after = []
    for i in range(start, min(len(lines), start + AFTER)):
        if i > start and (stop.match(lines[i]) or related.match(lines[i])
                          or _linked(lines[i], links)):
            break
        after.append(i)
    before = []
    for i in range(start - 1, max(-1, start - 1 - BEFORE), -1):
        if lines[i] in links:
            break  # a linked teaser ends the header; the lines after it are the article's
        if stop.match(lines[i]) or related.match(lines[i]):
            before = []  # the lines between a list heading and the title are its items
            break
        before.append(i)
    return after, before


def _linked(line: str, links: frozenset[str]) -> bool:
    """A teaser's line: a link's text, alone or followed by its date (``Tin khác 20/06/2024``)."""
    return line in links or any(
        line.startswith(link) and not find_dateline(link, date_only=True)  # a dated permalink
        for link in links if len(link) < len(line))


def link_lines(tree: Any) -> frozenset[str]:
    """Texts of links long enough to be teasers of other articles."""
    return frozenset(t for t in (text(a) for a in tree.iter("a")) if len(t.split()) >= 4)


_BARE_TIME = re.compile(
    r"^\d{1,2}\s?[:hg]\s?\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM|sáng|chiều|tối))?$", re.IGNORECASE)


def _joined(lines: list[str]) -> list[str]:
    """``lines`` with a bare time in the cell next to a bare date read as one dateline
    (``<td>07/11/2024</td><td>16:30</td>``)."""
    out = list(lines)
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if _BARE_TIME.match(b) and len(a) <= 40 and find_dateline(a, date_only=True):
            out[i] = f"{a} {b}"
        elif _BARE_TIME.match(a) and len(b) <= 40 and find_dateline(b, date_only=True):
            out[i + 1] = f"{a} {b}"
    return out


def dateline(lines: list[str], start: int, month_first: bool = False,
             links: frozenset[str] = frozenset()) -> tuple[datetime, str | None, bool] | None:
    """The first dateline after the title (else just before it), a capitals byline, and
    whether it was labelled as an update (taken only when the header has no other date).
    A date found without a time takes the time of a header dateline of the same day."""
    lo, hi = max(0, start - BEFORE - 1), min(len(lines), start + AFTER + 1)
    lines = [*lines[:lo], *_joined(lines[lo:hi]), *lines[hi:]]
    found = _dateline(lines, start, month_first, links)
    if found is None or (found[0].hour, found[0].minute) != (0, 0):
        return found
    after, before = _around(lines, start, links)
    for i in after + before:
        for value, begin in _datelines(lines[i], False, month_first):
            if value.date() == found[0].date() and not (begin > 0 and len(lines[i]) > 120):
                return value, found[1], found[2]
    return found


def _dateline(lines: list[str], start: int, month_first: bool,
              links: frozenset[str]) -> tuple[datetime, str | None, bool] | None:
    after, before = _around(lines, start, links)
    # the header's lines under the headline before the headline's own line: a date in the
    # headline's words ("… trong 11 tháng năm 2026") is no dateline when the header has one
    after = [*after[1:], *after[:1]] if after and after[0] == start else after
    for order in (after, before):  # the header (after the title) first: its "Cập nhật" wins
        fallback = None
        for date_only in (False, True):
            for i in order:
                if LICENCE_LINE.search(lines[i]):
                    continue
                for value, begin in _datelines(lines[i], date_only, month_first):
                    if begin > 0 and len(lines[i]) > 120:
                        break  # a date inside a sentence of the body
                    if TODAY_RE.search(lines[i][:begin]):
                        continue  # the visitor's day in a header or footer
                    if _is_update(lines[i][:begin]):
                        fallback = fallback or (value, None, True)
                        continue
                    author = byline_author(lines[i][:begin])
                    if (date_only and author is None and _teaser_date(lines[i], begin)):
                        continue  # "Another story's headline (02/02/2024)"
                    if author is None and not lines[i][:begin].strip() and i - 1 > start:
                        author = byline_author(lines[i - 1]) if len(lines[i - 1]) < 40 else None
                    return value, author or _tail_byline(lines[i], begin), False
        if fallback:
            return fallback
    return None


_TAIL = re.compile(r"\s[—–|-]\s+(?P<who>[^—–|\d]{2,40})$")


def _tail_byline(line: str, begin: int) -> str | None:
    """A reporter credit or capitals name closing the dateline, after a dash or bar
    (``Ngày xuất bản: 10-09-2025 07:45 — PV``)."""
    match = _TAIL.search(line)
    if match is None or match.start() < begin:
        return None
    who = match["who"].strip(" .")
    return who if REPORTER.match(who) else byline_author(who)


def _teaser_date(line: str, begin: int) -> bool:
    """A bare date after a headline of words that are no label: a teaser's date."""
    prefix = line[:begin].rstrip(" (-–[")
    return len(prefix.split()) >= 4 and not is_date_label(prefix) and (
        line[begin - 1:begin] in "([" or line.rstrip().endswith((")", "]")))


def updated_line(lines: list[str], start: int, month_first: bool = False) -> datetime | None:
    """The time after "Cập nhật:" (or alike) near the title: a modification time."""
    for i in _header(lines, start):
        line = lines[i]
        for match in UPDATED_RE.finditer(line[:300]):
            found = find_dateline(line[match.end():match.end() + 60], date_only=True,
                                  month_first=month_first)
            if found and found[1][0] == 0:  # the date follows the label
                return found[0]
    return None


def _in_list(el: Any) -> bool:
    """Whether ``el`` belongs to a list item or a link (a teaser of another article)."""
    for parent in el.iterancestors():
        if parent.tag in _LIST_TAGS:
            return True
    return el.tag == "a"


def _in_teaser(el: Any) -> bool:
    """Whether ``el`` belongs to a list item or to a link with words besides the date (a
    teaser); a permalink around the date alone (WordPress ``rel=bookmark``) is the article's."""
    for parent in el.iterancestors():
        if parent.tag in ("li", "ul", "ol"):
            return True
        if parent.tag == "a" and len(text(parent).split()) > len(text(el).split()) + 2:
            return True
    return False


def region_date(clean: Any, month_first: bool = False) -> datetime | None:
    """A dated element of the article region (never of a list item or link)."""
    for el in select(clean, DATE_SELECTORS):
        if _in_list(el):
            continue
        value = machine_datetime(el.get("datetime") or text(el), month_first=month_first)
        if value:
            return value
    return None


#: hAtom's publication time (WordPress ``time.entry-date.published``, Blogger
#: ``abbr.published``): machine-readable, unlike the text beside it.
_HATOM = '//*[contains(concat(" ", normalize-space(@class), " "), " published ")]'


def microdata(clean: Any, prop: str = "datePublished") -> datetime | None:
    """The article's own ``itemprop`` or hAtom ``published`` date (``datetime``, ``content``
    or ``title`` attribute), not one of a list item or a teaser link."""
    for el in clean.xpath(f'//*[@itemprop="{prop}"]') + (
            clean.xpath(_HATOM) if prop == "datePublished" else []):
        if _in_teaser(el):
            continue
        value = machine_datetime(el.get("datetime") or el.get("content") or el.get("title"))
        if value:
            return value
    return None


#: A machine time at midnight of its own offset (``2026-11-24T00:00:00.000Z``): a static
#: site's build writes the day so, with no time of day in it.
_MIDNIGHT = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})[T ]00:00(?::00(?:\.0+)?)?\s*"
                       r"(?:Z|[+-]\d{2}:?\d{2})?\s*$", re.IGNORECASE)


def machine_datetime(raw: str | None, **kwargs: Any) -> datetime | None:
    """:func:`parse_datetime`, except that midnight in the value's own offset is a date:
    that day at 00:00 local, never a time of day (``…T00:00:00Z`` is not 07:00)."""
    value = parse_datetime(raw, **kwargs)
    match = _MIDNIGHT.match(raw or "")
    if value is not None and match:
        day = datetime(*(int(g) for g in match.groups()), tzinfo=VN_TZ)
        return day if plausible(day) else value
    return value


def with_time(value: datetime, clean: Any) -> datetime:
    """``value`` read without a time (midnight), given the time of a machine-readable
    ``datetime`` attribute of the article region on the same day (a date is never changed)."""
    if (value.hour, value.minute) != (0, 0):
        return value
    for el in clean.xpath("//*[@datetime]"):
        if _in_teaser(el):
            continue  # a teaser's time, even on the same day, is not the article's
        found = machine_datetime(el.get("datetime"))
        if found and found.date() == value.date() and (found.hour, found.minute) != (0, 0):
            return found
    return value


#: A publication time in a page's inline script data (SharePoint's ``_spPageContextInfo``
#: ``firstPublishedDate``, a framework's ``publishedAt``), ISO 8601 with its offset.
_SCRIPT_TIME = re.compile(r"[\"'](?:first)?(?:published|publish|datePublished|publishDate|"
                          r"publishedAt|publishedDate|publishTime|post_date|postDate)[\"']\s*:\s*[\"']"
                          r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                          r"(?:Z|[+-]\d{2}:?\d{2}))[\"']", re.IGNORECASE)


def script_time(value: datetime, tree: Any) -> datetime:
    """``value`` read without a time, given the time of a publication timestamp in the page's
    inline script data on the same day (the day shown is never changed)."""
    if (value.hour, value.minute) != (0, 0):
        return value
    for script in tree.iter("script"):
        for match in _SCRIPT_TIME.finditer(script.text or ""):
            found = parse_datetime(match.group(1))
            if found and found.date() == value.date() and (found.hour, found.minute) != (0, 0):
                return found
    return value


def ruled_date(clean: Any, rules: Any) -> datetime | None:
    return parse_datetime(first_text(clean, getattr(rules, "date", None)))


def declared(found: dict[str, str], ld: dict[str, Any]) -> datetime | None:
    """The publication time of ``<meta>`` tags or JSON-LD (if plausible)."""
    for value in (found.get("article:published_time"), found.get("datepublished"),
                  found.get("pubdate"), found.get("og:published_time"),
                  found.get("article:published"), found.get("publishdate"),
                  found.get("publish-date"), found.get("dc.date.issued"),
                  found.get("dcterms.created"), found.get("parsely-pub-date"),
                  str(ld.get("datePublished") or "")):
        parsed = machine_datetime(value)
        if parsed:
            return parsed
    return None


def declared_modified(found: dict[str, str], ld: dict[str, Any]) -> datetime | None:
    for value in (found.get("article:modified_time"), found.get("og:updated_time"),
                  found.get("datemodified"), str(ld.get("dateModified") or "")):
        parsed = machine_datetime(value)
        if parsed:
            return parsed
    return None


def htmldate_region(region: Any, url: str | None = None) -> datetime | None:
    """htmldate on the article region (and its URL) only, without its page-wide guesses
    (copyright years, dates of other links): a date that is not the article's is never made
    up."""
    html = lxml.html.tostring(region, encoding="unicode")
    try:
        found = find_date(html, url=url, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception:  # noqa: BLE001 - htmldate is a last resort
        return None
    value = parse_datetime(found)
    return value if value and plausible(value) else None
