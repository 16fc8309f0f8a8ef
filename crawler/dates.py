"""Vietnamese date lines to aware datetimes in Asia/Ho_Chi_Minh, to the minute.

Day-first always. Handles ``14:56 27/04/2022`` (time first), ``15:28, 08/08/2022``,
``HÀ KIÊN 10/07/2024 19:21``, ``Thứ năm - 08/04/2021 05:04``, ``dd/mm/yyyy - HH:MM``,
``dd/mm/yyyy HH:MM (GMT+7)``, ``-`` and ``.`` separators, and ISO 8601 (meta, JSON-LD).
A day and month without a year (``Sáng 27-4``) is never a date.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

_DATE = (r"(?<![\d/.-])(?P<d{n}>\d{{1,2}})\s?[/.-]\s?(?P<m{n}>\d{{1,2}})\s?[/.-]\s?"
         r"(?P<y{n}>\d{{4}})(?![\d/.-]\d)")
_TIME = (r"(?<![\d:])(?P<H{n}>\d{{1,2}})\s?(?::|h|g)\s?(?P<M{n}>\d{{2}})"
         r"(?::(?P<S{n}>\d{{2}}))?(?![\d:])")
_SEP = r"\s*(?:[,|\-–—]|lúc|ngày)?\s*"
_GMT = r"(?:\s*\(?\s*(?:GMT|UTC)\s*(?P<gmt>[+-]\s?\d{1,2})(?::?00)?\s*\)?)?"

DATELINE_RE = re.compile(
    "|".join(
        (
            _TIME.format(n=1) + _SEP + _DATE.format(n=1) + _GMT.replace("gmt", "gmt1"),
            _DATE.format(n=2) + _SEP + _TIME.format(n=2) + _GMT.replace("gmt", "gmt2"),
        )
    ),
    re.IGNORECASE,
)
DATE_ONLY_RE = re.compile(_DATE.format(n=0))
ISO_RE = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)


def _build(y: str, m: str, d: str, hh: str | None = "0", mm: str | None = "0",
           ss: str | None = None, offset: timedelta | None = None) -> datetime | None:
    try:
        year, month, day = int(y), int(m), int(d)
        if not 1990 <= year <= 2100:
            return None
        tz = timezone(offset) if offset is not None else VN_TZ
        value = datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=tz)
    except ValueError:
        return None
    return value.astimezone(VN_TZ)


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


def _dateline(match: re.Match[str]) -> datetime | None:
    n = "1" if match["d1"] else "2"
    gmt = match["gmt" + n]
    offset = timedelta(hours=int(gmt.replace(" ", ""))) if gmt else None
    return _build(match["y" + n], match["m" + n], match["d" + n],
                  match["H" + n], match["M" + n], match["S" + n], offset)


def find_dateline(text: str, *, date_only: bool = False) -> tuple[datetime, tuple[int, int]] | None:
    """The first date with time (or ISO timestamp) in ``text`` and its span.

    With ``date_only=True`` a full ``dd/mm/yyyy`` date without time is accepted as a last
    resort (midnight). Day-month without a year never matches.
    """
    for pattern, convert in ((DATELINE_RE, _dateline), (ISO_RE, _iso)):
        for match in pattern.finditer(text):
            if pattern is ISO_RE and not match["H"]:
                continue
            value = convert(match)
            if value is not None:
                return value, match.span()
    if date_only:
        for match in DATE_ONLY_RE.finditer(text):
            value = _build(match["y0"], match["m0"], match["d0"])
            if value is not None:
                return value, match.span()
        for match in ISO_RE.finditer(text):
            value = _iso(match)
            if value is not None:
                return value, match.span()
    return None


def parse_datetime(text: str | None) -> datetime | None:
    """Parse one date string (dateline, ISO 8601, or bare ``dd/mm/yyyy``) to Asia/Ho_Chi_Minh."""
    if not text:
        return None
    found = find_dateline(text.strip(), date_only=True)
    return found[0] if found else None
