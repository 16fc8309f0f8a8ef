"""The floor's check that ours kept the page's densest block counts the words that block is
made of. An e-government portal wrote a brief's paragraphs as ``<div>``s and its byline as the
block's only ``<p>``: the check read that one ``<p>`` (the byline, rightly left out of the
body), found none of its words in ours, and let plain trafilatura win, which added the "Tin
khác" list under the article (thirty headlines with their dates) to the body."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article

URL = "https://xaphuchoa.example.vn/tin-tuc/xa-phuc-hoa-mo-lop-ky-nang-so-cho-hoi-vien-15824.html"
PARAGRAPHS = [
    "Chiều 14/9, Hội Nông dân xã Phúc Hòa mở lớp hướng dẫn kỹ năng số cho hơn 60 hội viên tại "
    "nhà văn hóa thôn Đông, tập trung vào cài đặt ứng dụng định danh điện tử.",
    "Các thành viên tổ công nghệ số cộng đồng cầm tay chỉ việc, giúp bà con mở tài khoản ngân "
    "hàng, quét mã thanh toán khi mua vật tư nông nghiệp và tra cứu giá nông sản hằng ngày.",
    "Hội dự kiến tổ chức thêm bốn lớp tại các thôn còn lại trước cuối năm, ưu tiên hội viên "
    "lớn tuổi chưa dùng điện thoại thông minh.",
]
OTHER_NEWS = "".join(
    f'<li class="item"><a href="/tin-tuc/tin-{i}.html">Xã tổ chức hội nghị triển khai nhiệm vụ '
    f'công tác số {i} của quý tới</a> <span class="date">({i + 10:02d}/0{i % 9 + 1})</span></li>'
    for i in range(1, 31))


def page(paragraph_tag: str) -> bytes:
    body = "".join(f'<{paragraph_tag} style="text-align: justify;">{text}</{paragraph_tag}>'
                   for text in PARAGRAPHS)
    return f"""<html><head><meta charset="utf-8"><title>Xã Phúc Hòa mở lớp kỹ năng số</title>
</head><body><div class="egov-main"><div class="egov-left"><div class="detail-news">
<div class="detail-title"><h1>Xã Phúc Hòa mở lớp kỹ năng số cho hội viên nông dân</h1></div>
<div class="detail-date">Đăng ngày: 14/09/2025 - 4:30 chiều</div>
<div class="detail-content">{body}<p style="text-align: right;"><em>Hồng Nhung</em></p></div>
</div><div class="other-news"><h3>Tin khác</h3><ul>{OTHER_NEWS}</ul></div></div></div>
<div class="footer">Cổng thông tin điện tử xã Phúc Hòa. Phát triển bởi nhà cung cấp.</div>
</body></html>""".encode()


@pytest.mark.parametrize("tag", ["div", "p"])
def test_a_brief_in_div_paragraphs_keeps_its_own_body(tag: str) -> None:
    got = extract_article(page(tag), URL)
    assert got.is_article
    assert got.path == "ours"
    assert got.text == "\n\n".join(PARAGRAPHS)
    assert got.author == "Hồng Nhung"
    assert "Tin khác" not in got.text and "hội nghị triển khai" not in got.text
