"""A declared date (meta, JSON-LD) on another day than the minute-precise dateline under the
headline is stale: two held-out pages, a Joomla 3 item view whose meta kept the date of an old
copy (2019) and a newspaper whose meta and JSON-LD said 23:58 on the eve of the header's
07:12, got the declared date. The header wins then; a declared date that agrees with it, a
header with a day only, an "updated" header line and dates in a sidebar leave it alone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
URL = "https://sovhtt.example.vn/index.php/tin-tuc/item/412-thu-vien-so.html"
BODY = "".join(
    f"<p>{text}</p>" for text in [
        "Thư viện tỉnh vừa mở cổng tra cứu sách số, bạn đọc đăng nhập bằng tài khoản định danh "
        "điện tử để mượn sách điện tử và đặt trước sách in.",
        "Sau hai tuần thử nghiệm, hơn ba nghìn lượt bạn đọc đã dùng cổng, nhiều nhất là học sinh "
        "trung học tìm tài liệu ôn thi và người cao tuổi nghe sách nói.",
        "Thư viện đã số hóa gần tám nghìn đầu sách địa chí, các bản báo cũ và tư liệu về lịch "
        "sử các làng nghề truyền thống trong tỉnh.",
        "Trong năm tới, đơn vị sẽ liên thông với thư viện các trường học để bạn đọc mượn sách ở "
        "bất kỳ điểm nào và trả tại điểm gần nhà.",
    ])
SIDEBAR = "".join(
    f'<li><a href="/index.php/tin-tuc/item/{400 + i}.html">Hoạt động văn hóa cơ sở số {i}</a>'
    f' <span class="date">0{i}/03/2025 1{i}:20</span></li>' for i in range(1, 7))


def page(meta: str, header: str) -> bytes:
    return f"""<html><head><meta charset="utf-8">
<title>Thư viện tỉnh mở cổng tra cứu sách số</title>{meta}</head>
<body><div id="t3-mainbody"><div class="t3-content"><div class="item-page">
<div class="page-header"><h2 itemprop="headline">Thư viện tỉnh mở cổng tra cứu sách số</h2></div>
<dl class="article-info muted"><dd class="published">{header}</dd>
<dd class="hits">Lượt xem: 1.204</dd></dl>
<div itemprop="articleBody">{BODY}<p style="text-align:right"><strong>Minh Hòa</strong></p>
</div></div></div><div class="t3-sidebar"><h3>Tin mới</h3><ul>{SIDEBAR}</ul></div></div>
</body></html>""".encode()


STALE_META = '<meta property="article:published_time" content="2019-04-02T08:00:00+07:00">'
EVE_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"datePublished": "2025-04-08T23:58:00+07:00"}</script>'
          '<meta property="article:published_time" content="2025-04-08T23:58:00+07:00">')


@pytest.mark.parametrize(("meta", "header", "expected"), [
    # a stale declared date: the header's day and time win
    (STALE_META, "Ngày đăng: 09/04/2025 15:30", datetime(2025, 4, 9, 15, 30, tzinfo=VN)),
    (EVE_LD, "07:12 ngày 09/04/2025", datetime(2025, 4, 9, 7, 12, tzinfo=VN)),
    # the same instant in UTC is the same day in Viet Nam: nothing is stale
    ('<meta property="article:published_time" content="2025-04-09T00:12:00Z">',
     "07:12 ngày 09/04/2025", datetime(2025, 4, 9, 7, 12, tzinfo=VN)),
    # agreeing day, other minute: the declared time stays (as before)
    ('<meta property="article:published_time" content="2025-04-09T15:10:00+07:00">',
     "Ngày đăng: 09/04/2025 15:30", datetime(2025, 4, 9, 15, 10, tzinfo=VN)),
    # a header with the day only is not minute-precise: the declared date stays
    (STALE_META, "Ngày đăng: 09/04/2025", datetime(2019, 4, 2, 8, 0, tzinfo=VN)),
    # an update line is not the publication time
    (STALE_META, "Cập nhật: 09/04/2025 15:30", datetime(2019, 4, 2, 8, 0, tzinfo=VN)),
    # no dateline in the header: the sidebar's dates never count
    (STALE_META, "", datetime(2019, 4, 2, 8, 0, tzinfo=VN)),
])
def test_header_dateline_against_declared_date(meta, header, expected):
    got = extract_article(page(meta, header), URL)
    assert got.is_article, got.reason
    assert got.published_at == expected
