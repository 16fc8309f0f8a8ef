"""A "page not found" served with status 200 (a DotNetNuke portal's 404 tab with its whole
chrome, an apology and suggested links) was taken for an article titled "404 - Không tìm thấy
trang" on a held-out page. Error pages are no articles; a story whose headline starts with the
number 404, or that quotes such words, stays one."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article

MENU = "".join(f'<li class="dnnmenu-item"><a href="/tabid/{60 + i}/default.aspx">{name}</a></li>'
               for i, name in enumerate(["Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành",
                                         "Văn bản pháp luật", "Dịch vụ công", "Hỏi đáp",
                                         "Chuyển đổi số", "Liên hệ"]))
FOOTER = ("<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 12 đường Trần Phú, phường "
          "Trung tâm. Điện thoại: 0260 3861 234. Thư điện tử: banbientap@example.vn.</p>"
          "<p>Giấy phép thiết lập trang thông tin điện tử số 45/GP-STTTT. Ghi rõ nguồn khi phát "
          "hành lại thông tin từ cổng này.</p>")
NEWS = "".join(f'<li><a href="/tabid/70/ArticleID/{900 + i}/default.aspx">Tỉnh triển khai '
               f'nhiệm vụ trọng tâm tháng {i} về cải cách hành chính</a></li>' for i in range(1, 9))


def portal(title: str, pane: str) -> bytes:
    return f"""<!DOCTYPE html><html><head>
<meta content="text/html; charset=utf-8" http-equiv="Content-Type">
<title>{title}</title></head>
<body id="Body"><form method="post" action="/tabid/404/default.aspx" id="Form">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="abc"></div>
<div id="dnn_wrapper"><div class="header"><a href="/">Cổng thông tin điện tử tỉnh</a>
<ul class="dnnmenu">{MENU}</ul></div>
<div class="content"><div id="dnn_ContentPane" class="contentPane">
<div class="DnnModule DnnModule-DNN_HTML"><div class="c_container"><div class="Normal">
{pane}</div></div></div></div>
<div id="dnn_RightPane" class="rightPane"><h3>Tin mới</h3><ul>{NEWS}</ul></div></div>
<div id="dnn_FooterPane" class="footer">{FOOTER}</div></div></form></body></html>""".encode()


APOLOGY = """<h1>404 - Không tìm thấy trang</h1>
<p>Xin lỗi, trang bạn yêu cầu không có trên cổng thông tin. Đường dẫn có thể đã thay đổi sau khi
cổng được nâng cấp, hoặc nội dung đã được chuyển sang chuyên mục khác.</p>
<p>Bạn có thể quay lại trang chủ, dùng ô tìm kiếm ở đầu trang hoặc xem các chuyên mục dưới đây.
Nếu bạn đến đây từ một liên kết trên cổng, xin báo cho ban biên tập để chúng tôi sửa.</p>
<ul><li><a href="/">Trang chủ</a></li><li><a href="/tabid/61/default.aspx">Tin tức</a></li>
<li><a href="/tabid/66/default.aspx">Hỏi đáp</a></li></ul>"""

STORY = "".join(f"<p>{text}</p>" for text in [
    "Sau sáu tháng triển khai, đã có 404 hộ kinh doanh ở các chợ trong phường nhận thanh toán "
    "bằng mã QR, vượt chỉ tiêu của cả năm.",
    "Tổ công nghệ số cộng đồng đến từng sạp hướng dẫn mở tài khoản, in mã và cách kiểm tra tiền "
    "đã vào tài khoản trước khi giao hàng.",
    "Một số tiểu thương cho biết khách quen từng gặp cảnh quét mã nhưng ứng dụng báo không tìm "
    "thấy trang thanh toán; tổ đã đổi sang mã tĩnh in sẵn để tránh lỗi này.",
    "Phường dự kiến mở rộng mô hình sang các cửa hàng tạp hóa và quán ăn trong khu dân cư từ "
    "đầu năm tới, kèm các buổi tập huấn phòng chống lừa đảo qua mạng.",
])


@pytest.mark.parametrize("title", ["404 - Không tìm thấy trang",
                                   "Trang không tồn tại", "Lỗi 404", "Page not found",
                                   "Bài viết không tồn tại hoặc đã bị xóa"])
def test_soft_404_is_no_article(title):
    pane = APOLOGY.replace("404 - Không tìm thấy trang", title)
    got = extract_article(portal(f"{title} | Cổng thông tin điện tử tỉnh", pane),
                          "https://tinh.example.vn/tabid/404/default.aspx")
    assert not got.is_article
    assert got.reason.startswith("error_page"), got.reason


def test_a_story_with_404_in_its_headline_stays_an_article():
    headline = "404 hộ kinh doanh ở phường Bến Thành nhận thanh toán bằng mã QR"
    got = extract_article(portal(headline, f"<h1>{headline}</h1>{STORY}"),
                          "https://tinh.example.vn/tabid/70/ArticleID/1001/default.aspx")
    assert got.is_article, got.reason
    assert "không tìm thấy trang thanh toán" in got.text
