"""The article's own dateline right under the headline survives the strip rules even when its
block's class names a share bar or a tools row (``[class*="share"]``): the time was lost on a
national daily's mobile page (``block_timer_share``) and on a portal (``btn-share``) while a
"Tin mới" sidebar full of other dates stayed. A share bar after the body is still stripped."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
BODY = "".join(
    f"<p>{text}</p>" for text in [
        "Thành phố vừa đưa vào vận hành tổng đài giải đáp thủ tục hành chính bằng giọng nói, "
        "người dân gọi điện là được hướng dẫn hồ sơ, lệ phí và nơi nộp.",
        "Trong tuần đầu, tổng đài tiếp nhận hơn sáu nghìn cuộc gọi, phần lớn hỏi về đăng ký "
        "khai sinh, cấp đổi giấy phép lái xe và đăng ký kinh doanh hộ cá thể.",
        "Các câu hỏi khó được chuyển cho cán bộ một cửa trong giờ hành chính; mọi cuộc gọi "
        "được ẩn danh trước khi dùng để cải thiện câu trả lời.",
        "Đơn vị vận hành dự kiến bổ sung tra cứu tình trạng hồ sơ theo mã biên nhận và nhận "
        "diện giọng nói các vùng miền trong quý tới.",
    ])
SIDEBAR = "".join(
    f'<li><a href="/tin-{i}.html">Tin khác số {i} về kinh tế số của tỉnh nhà</a> '
    f'<span class="time">0{i}/12/2024 0{i}:1{i}</span></li>' for i in range(1, 8))


def page(bar_class: str, dateline: str) -> bytes:
    return f"""<html><head><title>Tổng đài giọng nói giải đáp thủ tục hành chính</title></head>
<body><div class="wrap"><div class="main">
<div class="title-box"><h1>Tổng đài giọng nói giải đáp thủ tục hành chính</h1></div>
<div class="{bar_class}"><div class="timer">{dateline}</div>
<a href="https://facebook.com/share">Chia sẻ</a></div>
<h2 class="sapo">Người dân có thể gọi tổng đài để được hướng dẫn thủ tục suốt 24 giờ.</h2>
<div class="detail">{BODY}<p><strong>Lan Phương</strong></p></div>
<div class="{bar_class} bottom"><a href="https://facebook.com/share">Chia sẻ</a>
<a href="https://twitter.com/share">Tweet</a></div>
</div><div class="col-news"><h3>Tin mới</h3><ul>{SIDEBAR}</ul></div></div></body></html>
""".encode()


@pytest.mark.parametrize("bar_class", ["block_timer_share", "btn-share-row", "share-tools"])
@pytest.mark.parametrize(("dateline", "expected"), [
    ("Chủ nhật, 17/3/2024, 22:10 (GMT+7)", datetime(2024, 3, 17, 22, 10, tzinfo=VN)),
    ("Thứ Bảy, ngày 16/11/2024 09:05 PM (GMT+7)", datetime(2024, 11, 16, 21, 5, tzinfo=VN)),
])
def test_dateline_in_a_share_bar_is_the_articles_time(bar_class, dateline, expected):
    got = extract_article(page(bar_class, dateline), "https://bao.example.vn/xa-hoi/tong-dai-1.html")
    assert got.is_article, got.reason
    assert got.published_at == expected
    assert "Chia sẻ" not in got.text and "Tweet" not in got.text
