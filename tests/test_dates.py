"""Vietnamese date lines to the minute, Asia/Ho_Chi_Minh, day first."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.dates import (
    find_dateline,
    is_date_label,
    parse_datetime,
    plausible,
    says_month_first,
)

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


# every dateline shape of issue #12
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày đăng: 18/04/2024 09:50:00", vn(2024, 4, 18, 9, 50)),  # seconds
    ("ngày 24/12/12 11:05 tối", vn(2012, 12, 24, 23, 5)),  # two-digit year, 12-hour
    ("15:20 PM | 21/12/2012", vn(2012, 12, 21, 15, 20)),  # PM on a 24-hour time
    ("03:20 PM | 21/12/2012", vn(2012, 12, 21, 15, 20)),
    ("Thứ năm, 20/12/2012, 10:18 GMT+7", vn(2012, 12, 20, 10, 18)),
    ("Thứ Hai, 10/07/2024 12:21 (GMT+07:00)", vn(2024, 7, 10, 12, 21)),
    ("10/07/2024 05:21 GMT+0", vn(2024, 7, 10, 12, 21)),
    ("08:15 SA 03/05/2023", vn(2023, 5, 3, 8, 15)),
    ("12:15 SA 03/05/2023", vn(2023, 5, 3, 0, 15)),
    ("03/05/2023 02:15 CH", vn(2023, 5, 3, 14, 15)),
    ("03/05/2023 09:15 AM", vn(2023, 5, 3, 9, 15)),
    ("12:40 AM - 03/05/2023", vn(2023, 5, 3, 0, 40)),
    ("9:30 sáng, 03/05/2023", vn(2023, 5, 3, 9, 30)),
    ("03/05/2023 lúc 3:30 chiều", vn(2023, 5, 3, 15, 30)),
    ("11:05 tối, ngày 24/12/2012", vn(2012, 12, 24, 23, 5)),
    ("03/05/2023 11:30 đêm", vn(2023, 5, 3, 23, 30)),
    ("03/05/2023 2:30 đêm", vn(2023, 5, 3, 2, 30)),
    ("10 giờ 18 ngày 24 tháng 12 năm 2012", vn(2012, 12, 24, 10, 18)),
    ("Ngày 24 tháng 12 năm 2012", vn(2012, 12, 24)),
    ("ngày 5 tháng 3 năm 2021 lúc 08:05", vn(2021, 3, 5, 8, 5)),
    ("14:20 - 11/03/2025", vn(2025, 3, 11, 14, 20)),
    ("11/03/2025 | 14:20", vn(2025, 3, 11, 14, 20)),
    ("Đăng lúc: 14:20 ngày 11/03/2025", vn(2025, 3, 11, 14, 20)),
    ("Ngày xuất bản: 11/03/2025 14:20", vn(2025, 3, 11, 14, 20)),
    ("Thời gian đăng: 11/03/2025, 14:20", vn(2025, 3, 11, 14, 20)),
    # a weekday between the leading time and its date
    ("Đăng lúc 11:10 đêm, Chủ nhật 16/11/2025", vn(2025, 11, 16, 23, 10)),
    ("Cập nhật: 07:15, Chủ nhật, 12/05/2024", vn(2024, 5, 12, 7, 15)),
    ("07:15 - Thứ hai, 13/05/2024", vn(2024, 5, 13, 7, 15)),
    ("16:40 T6, 17/05/2024", vn(2024, 5, 17, 16, 40)),
    ("14:05 (GMT+07:00) Thứ tư, 08/01/2025", vn(2025, 1, 8, 14, 5)),
    ("14:05 GMT+7, Thứ tư 08/01/2025", vn(2025, 1, 8, 14, 5)),
    ("10 giờ 18 thứ hai, ngày 24 tháng 12 năm 2012", vn(2012, 12, 24, 10, 18)),
    ("Cập nhật: 11/03/2025 14:20", vn(2025, 3, 11, 14, 20)),
    ("Ngày cập nhật: 11-03-2025 14:20", vn(2025, 3, 11, 14, 20)),
    ("Chủ nhật, 09/03/2025 - 07:00", vn(2025, 3, 9, 7, 0)),
    ("24/12/12", vn(2012, 12, 24)),
    # shapes of the tuning sets (issue #12, second round)
    ("Cập nhật: 08:15 ngày 02/03/2025", vn(2025, 3, 2, 8, 15)),  # ASP classic table layout
    ("Cập nhật ngày 5 tháng 3 năm 2025", vn(2025, 3, 5)),
    ("Ngày đăng: 28/05/2025 - 14:30", vn(2025, 5, 28, 14, 30)),
    ("T3, 14/05/2024 - 09:10", vn(2024, 5, 14, 9, 10)),  # Drupal 7 "submitted", weekday T3
    ("2/8/24 lúc 21:17", vn(2024, 8, 2, 21, 17)),  # XenForo title attribute
    ("2024-08-02T21:17:00+0700", vn(2024, 8, 2, 21, 17)),  # XenForo datetime attribute
    ("Thứ Hai, 14/04/2025", vn(2025, 4, 14)),
    ("2025/03/15 08:40", vn(2025, 3, 15, 8, 40)),  # year first, slashes (Java/PHP portals)
    ("2025.03.15", vn(2025, 3, 15)),
    ("2025-3-5 8:05", vn(2025, 3, 5, 8, 5)),
    # two-digit years with the time after the date, as a magazine's info line shows them
    # (round twelve: the shape read well; the time was lost where two sibling elements glued
    # it to a view count, see tests/test_extraction_round12.py)
    ("22/11/24 20:15", vn(2024, 11, 22, 20, 15)),
    ("05/11/25 09:40 2.310 lượt xem", vn(2025, 11, 5, 9, 40)),
    ("Ngày đăng: 22/10/24 16:05:41", vn(2024, 10, 22, 16, 5)),  # seconds, to the minute
])
def test_issue_shapes(text, expected):
    assert parse_datetime(text) == expected


def test_month_first_only_when_the_page_says_so():
    # a date that cannot be day first says so itself (ASP.NET en-US "3/15/2025 8:40:21 AM")
    assert parse_datetime("12-24-2012, 11:05 PM") == vn(2012, 12, 24, 23, 5)
    assert parse_datetime("3/15/2025 8:40:21 AM") == vn(2025, 3, 15, 8, 40)
    assert parse_datetime("12-24-2012, 11:05 PM", month_first=True) == vn(2012, 12, 24, 23, 5)
    assert parse_datetime("03-05-2012", month_first=True) == vn(2012, 3, 5)
    assert parse_datetime("03-05-2012") == vn(2012, 5, 3)
    assert says_month_first("vBulletin 4.2.5", "")
    assert says_month_first(None, "Posted 12-24-2012, 11:05 PM")
    assert not says_month_first("WordPress 6.4", "Đăng 24-12-2012 11:05")


@pytest.mark.parametrize(("text", "expected"), [
    ("03-15-2025, 08:40 PM", vn(2025, 3, 15, 20, 40)),  # vBulletin 4 span.date
    ("09-30-2024, 07:12 AM", vn(2024, 9, 30, 7, 12)),  # vBulletin 3 thead
    ("03-05-2025, 08:40 PM", vn(2025, 3, 5, 20, 40)),  # ambiguous: the software's order
])
def test_forum_software_dates_month_first(text, expected):
    assert parse_datetime(text, month_first=True) == expected


def test_the_dateline_after_a_drupal_submitted_byline():
    value, (begin, _) = find_dateline("Gửi bởi Minh Khoa vào T3, 14/05/2024 - 09:10")
    assert value == vn(2024, 5, 14, 9, 10) and begin > 0


def test_a_clock_word_of_the_next_sentence_is_not_a_suffix():
    assert parse_datetime("10/07/2024 08:30 Chiều 10/7, hội nghị") == vn(2024, 7, 10, 8, 30)


@pytest.mark.parametrize("text", [
    "01/01/1900", "1900-01-01T00:00:00", "2099-06-01T10:00:00+07:00", "15/06/2099 10:00",
    "24/12/94 10:00", "31/12/1994",
])
def test_implausible_dates_are_no_dates(text):
    assert parse_datetime(text) is None


def test_the_next_plausible_candidate_is_taken():
    value, _ = find_dateline("01/01/1900 00:00 · Đăng 14:20 11/03/2025")
    assert value == vn(2025, 3, 11, 14, 20)
    now = datetime(2025, 3, 11, 12, 0, tzinfo=VN)
    assert plausible(vn(2025, 3, 12, 11, 0), now) and not plausible(vn(2025, 3, 13), now)


@pytest.mark.parametrize(("prefix", "label"), [
    ("Ngày đăng: ", True), ("Đăng lúc: ", True), ("Ngày xuất bản: ", True),
    ("Thời gian đăng: ", True), ("Cập nhật lúc ", True), ("Ngày cập nhật: ", True),
    ("Thứ năm, ", True), ("Chủ nhật - ", True), ("", True),
    ("Hội nghị diễn ra ", False), ("Theo kế hoạch, ", False),
])
def test_date_labels(prefix, label):
    assert is_date_label(prefix) is label


@pytest.mark.parametrize(("text", "expected"), [
    ("Thứ năm, 20 Tháng 12 2012 10:18", vn(2012, 12, 20, 10, 18)),  # Joomla
    ("20 Tháng Mười Hai, 2012", vn(2012, 12, 20)),  # WordPress, Vietnamese month names
    ("ngày 1 tháng Giêng năm 2013", vn(2013, 1, 1)),
    ("24 tháng 12 năm 2012 lúc 10:05", vn(2012, 12, 24, 10, 5)),
    ("15 thg 3, 2025", vn(2025, 3, 15)),  # abbreviated month (Google, phpBB vi)
    ("T7 15 Th3, 2025 8:40 pm", vn(2025, 3, 15, 20, 40)),
    # English month names: CMS defaults left untranslated (phpBB, WordPress, vBulletin)
    ("Sat Mar 15, 2025 8:40 pm", vn(2025, 3, 15, 20, 40)),
    ("by admin » Mon Mar 03, 2025 8:40 am", vn(2025, 3, 3, 8, 40)),
    ("March 15, 2025", vn(2025, 3, 15)),
    ("15 March 2025 08:40", vn(2025, 3, 15, 8, 40)),
    ("Posted on 12 Dec 2024", vn(2024, 12, 12)),
    ("Sept. 2nd, 2024 at 10:05 pm", vn(2024, 9, 2, 22, 5)),  # WordPress "F j, Y \\a\\t g:i a"
])
def test_worded_months(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(("prefix", "today"), [
    ("Ngày hôm nay: ", True), ("Hôm nay: Thứ sáu, ", True), ("Today: ", True),
    ("Ngày đăng: ", False), ("Cập nhật lúc ", False),
])
def test_visitor_day_labels(prefix, today):
    from crawler.dates import TODAY_RE

    assert bool(TODAY_RE.search(prefix)) is today

