"""A credit label closing the article before several names (``Thực hiện: A - B``) gives all
the names, not the first one only."""

from __future__ import annotations

from crawler.extraction import extract_article
from crawler.extraction.credits import usable

SENTENCES = (
    "Kinh tế số của tỉnh tăng trưởng nhanh nhờ thương mại điện tử và thanh toán không dùng "
    "tiền mặt, với hàng nghìn hộ kinh doanh đã mở gian hàng trên các sàn giao dịch.",
    "Các doanh nghiệp nhỏ được hỗ trợ chuyển đổi số miễn phí trong sáu tháng đầu, từ phần "
    "mềm kế toán đến hóa đơn điện tử và quản lý kho hàng trên điện thoại di động.",
    "Kinh tế số chỉ thật sự trở thành động lực tăng trưởng khi những con số trên báo cáo "
    "khớp với những gì người dân, doanh nghiệp cảm nhận được trong đời sống hằng ngày.",
)
TITLE = "Kinh tế số: từ con số đến đời sống"


def _page(credit: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    return (f"<html><head><title>{TITLE}</title></head><body><div class='top'>"
            "<a href='/'>Tạp chí Kinh tế</a></div><div class='mag'><h1>" + TITLE + "</h1>"
            f"<div class='mag-body'>{body}</div><div class='mag-credit'>{credit}</div>"
            "<div class='mag-source'>Nguồn: Tạp chí Kinh tế</div></div>"
            "<div class='more'><h4>Đọc thêm</h4><a href='/1'>Tin khác</a></div></body></html>")


def test_thuc_hien_label_gives_every_name() -> None:
    assert usable("Thực hiện: Mai Anh - Đức Trung", set()) == "Mai Anh, Đức Trung"


def test_closing_credit_with_two_names() -> None:
    result = extract_article(_page("Thực hiện: Mai Anh - Đức Trung"),
                             "https://tapchi.example.vn/kinh-te-so/tu-con-so-123.html")
    assert result.author == "Mai Anh, Đức Trung"


def test_closing_credit_with_one_name() -> None:
    result = extract_article(_page("Thực hiện: Mai Anh"),
                             "https://tapchi.example.vn/kinh-te-so/tu-con-so-123.html")
    assert result.author == "Mai Anh"
