"""Vietnamese date lines to the minute, Asia/Ho_Chi_Minh, day first."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.dates import find_dateline, parse_datetime

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def vn(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=VN)


@pytest.mark.parametrize(("text", "expected"), [
    ("14:56 27/04/2022", vn(2022, 4, 27, 14, 56)),  # anhp, time first
    ("14:56 27/04/2022 Sáng 27-4, tại trụ sở", vn(2022, 4, 27, 14, 56)),  # runs into the body
    ("15:28, 08/08/2022", vn(2022, 8, 8, 15, 28)),  # baodaklak, baochinhphu
    ("HÀ KIÊN 10/07/2024 19:21", vn(2024, 7, 10, 19, 21)),  # OneCMS byline
    ("HÀ KIÊN • 10/07/2024 19:21", vn(2024, 7, 10, 19, 21)),
    ("Thứ năm - 08/04/2021 05:04", vn(2021, 4, 8, 5, 4)),  # NukeViet
    ("Print Thứ Bảy, 26/01/2019 19:26", vn(2019, 1, 26, 19, 26)),  # print page
    ("26/01/2019 - 19:26", vn(2019, 1, 26, 19, 26)),  # dd/mm/yyyy - HH:MM
    ("10/07/2024 19:21 (GMT+7)", vn(2024, 7, 10, 19, 21)),
    ("10/07/2024 12:21 (GMT+0)", vn(2024, 7, 10, 19, 21)),
    ("26.03.2021 08:30", vn(2021, 3, 26, 8, 30)),  # dot separators
    ("26-03-2021 08:30", vn(2021, 3, 26, 8, 30)),  # dash separators
    ("Ngày đăng: 6/3/2021 - 8:05", vn(2021, 3, 6, 8, 5)),
    ("Cập nhật lúc 9h15, 01/10/2025", vn(2025, 10, 1, 9, 15)),
    ("Cập nhật lúc 14:20 ngày 11/3/2025", vn(2025, 3, 11, 14, 20)),  # time "ngày" date
    ("2024-07-10T19:21:00+07:00", vn(2024, 7, 10, 19, 21)),  # meta / JSON-LD
    ("2024-07-10T12:21:00Z", vn(2024, 7, 10, 19, 21)),
    ("2024-07-10T12:21:00.000+0000", vn(2024, 7, 10, 19, 21)),
    ("2024-07-10 19:21:00", vn(2024, 7, 10, 19, 21)),  # naive means Vietnam time
    ("12/10/2024", vn(2024, 10, 12)),  # a bare date is midnight
    ("2024-10-12", vn(2024, 10, 12)),
])
def test_parse_datetime(text, expected):
    value = parse_datetime(text)
    assert value == expected
    assert value.tzinfo is not None and value.utcoffset().total_seconds() == 7 * 3600


@pytest.mark.parametrize("text", [
    "Sáng 27-4, tại trụ sở", "Chiều 10/7, Thủ tướng chủ trì", "ngày 26.3 vừa qua",
    "Ngày 32/13/2024 10:00", "", None, "10:30 sáng nay",
])
def test_no_date_without_a_year(text):
    assert parse_datetime(text) is None


def test_find_dateline_span_and_first_match():
    text = "HÀ KIÊN 10/07/2024 19:21 Chiều 10/7, hội nghị ... 14:23 25/12/2024"
    value, (start, end) = find_dateline(text)
    assert value == vn(2024, 7, 10, 19, 21)
    assert text[:start].strip() == "HÀ KIÊN" and text[end:].startswith(" Chiều")


def test_find_dateline_needs_time_unless_asked():
    assert find_dateline("Ngày 26.3.2021, đoàn công tác") is None
    assert find_dateline("Ngày 26.3.2021, đoàn công tác", date_only=True)[0] == vn(2021, 3, 26)
