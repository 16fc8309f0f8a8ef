"""Month words before the day, as WordPress's default ``F j, Y`` prints them in Vietnamese."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.dates import find_dateline

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(("text", "value"), [
    ("Tháng Mười 30, 2026", datetime(2026, 10, 30, tzinfo=VN)),
    ("Tháng Chín 9, 2026", datetime(2026, 9, 9, tzinfo=VN)),
    ("Tháng Mười Một 5, 2026 lúc 8:10 CH", datetime(2026, 11, 5, 20, 10, tzinfo=VN)),
    ("Đăng ngày Tháng Hai 14, 2026", datetime(2026, 2, 14, tzinfo=VN)),
])
def test_a_month_word_before_the_day(text: str, value: datetime) -> None:
    found = find_dateline(text, date_only=True)
    assert found is not None and found[0] == value


def test_a_month_and_year_alone_is_no_date():
    assert find_dateline("Báo cáo tháng 10 năm 2026", date_only=True) is None
