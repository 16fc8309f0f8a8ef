"""Vietnamese date lines to aware datetimes in Asia/Ho_Chi_Minh, to the minute: the one place
for datelines (table-tested in ``tests/test_dates.py``).

Day first unless the page says otherwise (``month_first``, forum software) or the date itself
does (``3/15/2025``: no month 15). Reads time before
or after the date, joined by ``,`` ``-`` ``|`` ``lúc`` ``ngày`` (``14:56 27/04/2022``,
``15:20 PM | 21/12/2012``, ``Thứ năm, 20/12/2012, 10:18 GMT+7``); seconds; 12-hour clocks
(SA/CH, AM/PM, sáng/trưa/chiều/tối/đêm); two-digit years; ``ngày 24 tháng 12 năm 2012``
(``15 thg 3, 2025``), and month first after ``thg`` (``thg 11 24, 2026 2:15 CH``); English
month names left by CMS defaults (``Mar 15, 2025 8:40 pm``,
``15 March 2025``, ``at`` joining date and time);
``GMT+7`` / ``(GMT+07:00)``; ISO 8601 (meta, JSON-LD) and other year-first dates
(``2025/03/15 08:40``). A day and month without a year
(``Sáng 27-4``) is never a date, nor is anything outside [1995, now + 1 day]
(:func:`plausible`): the next candidate is taken instead.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
#: The earliest plausible publication date (the Vietnamese web starts in the late 1990s).
EARLIEST = datetime(1995, 1, 1, tzinfo=VN_TZ)

_NUM_DATE = (r"(?<![\d/.-])(?P<d{n}>\d{{1,2}})\s?(?P<s{n}>[/.-])\s?(?P<m{n}>\d{{1,2}})\s?[/.-]\s?"
             r"(?P<y{n}>\d{{4}}|\d{{2}})(?![\d/.-]?\d)")
# month names as WordPress and Joomla print them in Vietnamese (longest first)
_MONTH_WORDS = {"mười một": 11, "mười hai": 12, "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4,
                "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
#: "năm" is both May and "year": "11 tháng năm 2026" is "11 months of the year 2026", so
#: the lower-case word is May only when no year follows it at once ("28 tháng năm, 2026").
_MONTH_PATTERNS = {"năm": r"(?-i:Năm|NĂM)|năm(?!\s+\d{{4}})"}
_MONTH = r"\d{{1,2}}|" + "|".join(_MONTH_PATTERNS.get(w, w.replace(" ", r"\s+"))
                                  for w in _MONTH_WORDS)
_VN_DATE = (r"(?<!\d)(?P<d{n}>\d{{1,2}})\s+(?:tháng|thg|th)\.?\s*(?P<m{n}>" + _MONTH + r")"
            r"(?:\s*,\s*năm|\s+năm|\s*,|\s)\s*(?P<y{n}>\d{{4}})(?!\d)")
# month first after the abbreviated month word, as date libraries print the Vietnamese locale
# ("thg 11 24, 2026": the comma before the year tells it from "thg 11 năm 2026")
# and WordPress's default "F j, Y" in Vietnamese ("Tháng Mười 30, 2026")
_VN_MDY = (r"(?<!\w)(?:tháng|thg)\.?\s*(?P<m{n}>" + _MONTH + r")\s+(?P<d{n}>\d{{1,2}})\s*,\s*"
           r"(?P<y{n}>\d{{4}})(?!\d)")
# English month names (CMS defaults: "Mar 15, 2025 8:40 pm", "15 March 2025")
_EN_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_EN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
       r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_EN_MDY = (r"(?<!\w)(?P<m{n}>" + _EN + r")\s+(?P<d{n}>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+"
           r"(?P<y{n}>\d{{4}})(?!\d)")
_EN_DMY = (r"(?<!\d)(?P<d{n}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m{n}>" + _EN + r")\s*,?\s+"
           r"(?P<y{n}>\d{{4}})(?!\d)")
# "Chiều 10/7, ..." after a dateline starts the next sentence: not a 12-hour suffix
_AMPM = (r"(?:\s*(?P<ap{n}>SA|CH|AM|PM|A\.M\.?|P\.M\.?|sáng|trưa|chiều|tối|đêm)(?!\w)"
         r"(?!\s*\d{{1,2}}\s?[/.-]\s?\d{{1,2}}(?![\d/.-]|\s[/.-])))?")
_TIME = (r"(?<![\d:])(?P<H{n}>\d{{1,2}})\s?(?::|h|g|\s?giờ\s?)\s?(?P<M{n}>\d{{2}})(?:\s?phút)?"
         r"(?::(?P<S{n}>\d{{2}}))?(?![\d:])" + _AMPM)
_SEP = r"(?:\s*(?:[,|\-–—/]|lúc|vào|ngày|at)\s*){{0,2}}\s*"
#: A weekday name (``Thứ năm``, ``Chủ nhật``, ``T5``, ``CN``) and its separator.
WEEKDAY = r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|CN|T[2-7])\s*[,\-–|]?\s*)"
#: Between a leading time and its date, a weekday may stand (``07:15, Chủ nhật, 12/05/2024``).
#: Vietnam's offset, between a leading time and its weekday (``14:05 (GMT+07:00) Thứ tư, …``).
_VN_OFFSET = r"(?:\s*\(?\s*(?:GMT|UTC)\s*\+\s?0?7(?::?00)?\s*\)?\s*)?"
_SEP_DAY = (_VN_OFFSET.replace("{", "{{").replace("}", "}}") + _SEP
            + WEEKDAY.replace("{", "{{").replace("}", "}}") + "?" + _SEP)
_GMT = r"(?:\s*\(?\s*(?:GMT|UTC)\s*(?P<gmt{n}>[+-]\s?\d{{1,2}})(?::?\d{{2}})?\s*\)?)?"

# alternatives: time then date, date then time, for numeric and worded dates
_SHAPES = (
    (_TIME, _SEP_DAY, _NUM_DATE, _GMT),
    (_NUM_DATE, _SEP, _TIME, _GMT),
    (_TIME, _SEP_DAY, _VN_DATE, _GMT),
    (_VN_DATE, _SEP, _TIME, _GMT),
    (_TIME, _SEP_DAY, _EN_MDY, _GMT),
    (_EN_MDY, _SEP, _TIME, _GMT),
    (_TIME, _SEP_DAY, _EN_DMY, _GMT),
    (_EN_DMY, _SEP, _TIME, _GMT),
    (_TIME, _SEP_DAY, _VN_MDY, _GMT),
    (_VN_MDY, _SEP, _TIME, _GMT),
)
DATELINE_RE = re.compile(
    "|".join("".join(part.format(n=n) for part in shape) for n, shape in enumerate(_SHAPES, 1)),
    re.IGNORECASE,
)
#: Group suffixes of :data:`DATE_ONLY_RE`'s alternatives (numeric first: it may swap).
_DATE_ONLY = ("0", "5", "7", "8", "9")
DATE_ONLY_RE = re.compile("|".join(
    shape.format(n=n) for n, shape in zip(_DATE_ONLY, (_NUM_DATE, _VN_DATE, _EN_MDY, _EN_DMY,
                                                       _VN_MDY), strict=True)), re.IGNORECASE)
# ISO 8601, and year-first dates with slashes or dots (``2025/03/15 08:40``): never ambiguous
ISO_RE = re.compile(
    r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:(?:T|\s*[,|]?\s*|\s+-\s+)(?P<H>\d{1,2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?![\d/.])"
)
#: A label saying the next date is a modification time.
UPDATED_RE = re.compile(r"(?<!\w)(?:ngày cập nhật|cập nhật|chỉnh sửa|sửa lần cuối|updated?)"
                        r"(?: lần cuối)?(?: lúc| vào| ngày)?\s*:?\s*", re.IGNORECASE)
#: A label saying the next date is the visitor's day ("Hôm nay: ..."), never a publication.
TODAY_RE = re.compile(r"(?<!\w)(?:ngày\s+)?(?:hôm\s+nay|today)(?:\s+là)?\s*(?:ngày)?\s*[:,]?\s*"
                      r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*[,\-–|]?\s*)?$", re.IGNORECASE)
#: What may stand before a dateline on its own line: labels and weekdays.
DATE_LABEL_RE = re.compile(
    r"^(?:(?:ngày đăng|đăng lúc|đăng ngày|ngày xuất bản|xuất bản|thời gian đăng|thời gian|"
    r"ngày cập nhật|cập nhật(?: lần cuối)?|ngày|đăng|posted(?: on)?|published|updated)"
    r"(?:\s+(?:lúc|ngày|vào))?\s*:?\s*)?"
    + WEEKDAY + "?$",
    re.IGNORECASE)
_PM = {"ch", "pm", "p.m", "p.m.", "chiều", "tối"}
_AM = {"sa", "am", "a.m", "a.m.", "sáng"}


def is_date_label(prefix: str) -> bool:
    """Whether ``prefix`` (the text before a date on its line) is only a label or a weekday."""
    return bool(DATE_LABEL_RE.match(prefix.strip(" •|-–—,:(")))


def plausible(value: datetime, now: datetime | None = None) -> bool:
    """Whether ``value`` can be a publication time: from 1995 to one day after ``now``."""
    now = now or datetime.now(UTC)
    return EARLIEST <= value <= now + timedelta(days=1)


def _month(m: str) -> int:
    """A month number or Vietnamese month name (``mười hai``)."""
    if m.isdigit():
        return int(m)
    word = " ".join(m.casefold().rstrip(".").split())
    return _MONTH_WORDS[word] if word in _MONTH_WORDS else _EN_MONTHS[word[:3]]


def _hour(hour: int, ap: str | None) -> int:
    """24-hour clock from a 12-hour one (15 PM stays 15)."""
    ap = (ap or "").casefold()
    if not ap or hour > 12:
        return hour
    if ap in _PM:
        return hour % 12 + 12
    if ap in _AM:
        return hour % 12
    if ap == "đêm":
        return hour + 12 if 6 <= hour < 12 else hour % 12
    if ap == "trưa":
        return hour + 12 if hour < 6 else hour
    return hour


def _build(y: str, m: str, d: str, hh: str | None = "0", mm: str | None = "0",
           ss: str | None = None, offset: timedelta | None = None, ap: str | None = None
           ) -> datetime | None:
    try:
        year, month, day = int(y), _month(m), int(d)
        if len(y) == 2:
            year += 2000 if year < 70 else 1900
        tz = timezone(offset) if offset is not None else VN_TZ
        value = datetime(year, month, day, _hour(int(hh or 0), ap), int(mm or 0), 0,
                         tzinfo=tz)
    except ValueError:
        return None
    value = value.astimezone(VN_TZ)
    return value if plausible(value) else None


def _iso(match: re.Match[str]) -> datetime | None:
    tz = match["tz"]
    offset = None
    if tz:
        if tz.upper() == "Z":
            offset = timedelta(0)
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
    return _build(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"], offset)


def _dateline(match: re.Match[str], month_first: bool) -> datetime | None:
    groups = match.groupdict()
    n = next(str(i) for i in range(1, len(_SHAPES) + 1) if groups.get(f"d{i}"))
    gmt = groups.get("gmt" + n)
    offset = timedelta(hours=int(gmt.replace(" ", ""))) if gmt else None
    day, month = groups["d" + n], groups["m" + n]
    if groups.get("s" + n) and (month_first or _says_month_first(day, month)):
        day, month = month, day
    return _build(groups["y" + n], month, day, groups["H" + n], groups["M" + n],
                  groups["S" + n], offset, groups["ap" + n])


def _says_month_first(day: str, month: str) -> bool:
    """A numeric date that can only be month first (``3/15/2025``: no month 15)."""
    return int(month) > 12 and 1 <= int(day) <= 12


def _date_only(match: re.Match[str], month_first: bool) -> datetime | None:
    n = next(i for i in _DATE_ONLY if match["d" + i])
    day, month = match["d" + n], match["m" + n]
    if n == "0" and (month_first or _says_month_first(day, month)):
        day, month = month, day
    return _build(match["y" + n], month, day)


def _span(match: re.Match[str]) -> tuple[int, int]:
    """The match's span; a clock word after a 24-hour time (``19:21 Chiều``) is not part of it."""
    groups = match.groupdict()
    n = next(str(i) for i in range(1, len(_SHAPES) + 1) if groups.get(f"d{i}"))
    ap = groups.get("ap" + n)
    if ap and int(groups["H" + n]) > 12 and match.end("ap" + n) == match.end():
        return match.start(), match.start("ap" + n)
    return match.span()


def find_dateline(text: str, *, date_only: bool = False, month_first: bool = False
                  ) -> tuple[datetime, tuple[int, int]] | None:
    """The first plausible date with time (or ISO timestamp) in ``text`` and its span.

    With ``date_only=True`` a full date without time is accepted as a last resort (midnight).
    ``month_first`` reads numeric dates as mm/dd/yyyy (only where the page says so).
    """
    for match in DATELINE_RE.finditer(text):
        value = _dateline(match, month_first)
        if value is not None:
            return value, _span(match)
    for match in ISO_RE.finditer(text):
        if match["H"]:
            value = _iso(match)
            if value is not None:
                return value, match.span()
    if date_only:
        for match in DATE_ONLY_RE.finditer(text):
            value = _date_only(match, month_first)
            if value is not None:
                return value, match.span()
        for match in ISO_RE.finditer(text):
            value = _iso(match)
            if value is not None:
                return value, match.span()
    return None


def parse_datetime(text: str | None, *, month_first: bool = False) -> datetime | None:
    """Parse one date string (dateline, ISO 8601, or bare date) to Asia/Ho_Chi_Minh."""
    if not text:
        return None
    found = find_dateline(text.strip(), date_only=True, month_first=month_first)
    return found[0] if found else None


_FORUM = re.compile(r"vbulletin|phpbb|xenforo|mybb|smf|invision", re.IGNORECASE)
_MDY = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])-\d{4}(?!\d)")


def says_month_first(generator: str | None, sample: str) -> bool:
    """Whether the page writes dates month first: forum software, or an unambiguous
    ``mm-dd-yyyy`` (second number above 12) in ``sample``."""
    return bool(generator and _FORUM.search(generator)) or bool(_MDY.search(sample))
