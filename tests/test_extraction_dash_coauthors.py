"""Two reporters joined by a dash beside the dateline under the headline (``Kim Anh - Văn Thái
03:20 PM, 22/09/2024`` on a held-out farmers' paper) were cut to the first name. Both are
credited now; a name beside its outlet keeps the name alone, a weekday no name."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article

BODY = "".join(f"<p>{text}</p>" for text in [
    "Hợp tác xã rau an toàn của xã vừa gắn mã truy xuất nguồn gốc cho toàn bộ sản phẩm, người "
    "mua quét mã là biết rau trồng ở thửa nào, thu hoạch ngày nào.",
    "Thông tin mỗi lứa rau do chính xã viên nhập trên điện thoại, từ ngày gieo hạt, lần bón "
    "phân đến ngày cắt bán, rồi được cán bộ khuyến nông kiểm tra.",
    "Từ khi có mã, hai siêu thị trong tỉnh đã ký hợp đồng bao tiêu, giá bán cao hơn chợ đầu "
    "mối khoảng một phần năm và ổn định quanh năm.",
    "Xã dự kiến nhân rộng cách làm sang vùng trồng cây ăn quả, kèm lớp hướng dẫn bán hàng trên "
    "sàn thương mại điện tử cho các hộ trẻ.",
])
NEWS = "".join(f'<li><a href="/kinh-te/tin-{i}.html">Nông sản vào mùa thu hoạch số {i}</a>'
               f'<span>0{i}/09/2024</span></li>' for i in range(1, 7))


def page(meta_line: str) -> bytes:
    return f"""<html><head><meta charset="utf-8">
<title>Rau an toàn có mã truy xuất nguồn gốc - Báo Nông thôn</title></head>
<body><div class="header"><a href="/">Báo Nông thôn</a></div><div class="container">
<div class="detail"><h1 class="detail-title">Rau an toàn có mã truy xuất nguồn gốc</h1>
<div class="meta-line"><span class="writer">{meta_line.split('|')[0]}</span>
<span class="when">{meta_line.split('|')[1]}</span></div>
<div class="detail-body">{BODY}</div></div>
<aside><h3>Tin cùng chuyên mục</h3><ul>{NEWS}</ul></aside></div></body></html>""".encode()


@pytest.mark.parametrize(("meta_line", "author"), [
    ("Hoàng Minh - Thu Trang|09:15 AM, 03/10/2024", "Hoàng Minh, Thu Trang"),
    ("Lê Na – Quốc Việt – Hải Yến|09:15, 03/10/2024", "Lê Na, Quốc Việt, Hải Yến"),
    ("Thu Hà - Báo Quảng Trị|09:15, 03/10/2024", "Thu Hà"),
    ("Thứ Năm - |03/10/2024 09:15", None),
])
def test_names_joined_by_a_dash_beside_the_dateline(meta_line, author):
    got = extract_article(page(meta_line), "https://nongthon.example.vn/kinh-te/rau-an-toan.html")
    assert got.is_article, got.reason
    assert got.author == author
