"""A vendor, CMS or organisation in ``<meta name="author">`` (``VNPT``, ``Vietsoft``, the CMS of
``<meta name="generator">``) is the portal's maker, never the author: the person credited on
the page wins, and a person in the meta field is still taken."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.offices import is_vendor

SENTENCES = (
    "Sở Nội vụ tỉnh đã triển khai hệ thống quản lý hồ sơ cán bộ, công chức trên nền tảng số, "
    "giúp giảm thời gian tra cứu và lập báo cáo định kỳ cho các phòng chuyên môn.",
    "Các đơn vị trực thuộc được tập huấn sử dụng chữ ký số và văn bản điện tử liên thông, "
    "bảo đảm văn bản đi và đến được xử lý hoàn toàn trên môi trường mạng trong năm nay.",
    "Trong thời gian tới, Sở tiếp tục hoàn thiện cơ sở dữ liệu chuyên ngành và kết nối với "
    "nền tảng tích hợp, chia sẻ dữ liệu của tỉnh theo lộ trình chuyển đổi số đã đề ra.",
)
TITLE = "Sở Nội vụ số hóa hồ sơ cán bộ, công chức"


def _page(meta_author: str, generator: str = "", credit: str = "Kim Oanh") -> str:
    gen = f'<meta name="generator" content="{generator}">' if generator else ""
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    tail = f"<div class='author'><b>{credit}</b></div>" if credit else ""
    return (f'<html><head><title>{TITLE}</title><meta name="author" content="{meta_author}">'
            f"{gen}</head><body><div class='top'><a href='/'>Sở Nội vụ tỉnh</a></div>"
            f"<div class='detail'><h1>{TITLE}</h1><div class='content'>{body}</div>{tail}"
            "</div><div class='bottom'><p>Bản quyền thuộc Sở Nội vụ tỉnh.</p></div>"
            "</body></html>")


@pytest.mark.parametrize(("field", "generator", "vendor"), [
    ("VNPT", "", True),
    ("Vnpt", "", True),
    ("FPT-IS", "", True),
    ("Vietsoft", "", True),
    ("Cổng TTĐT", "Cổng TTĐT 2.0", True),
    ("Kim Oanh", "", False),
    ("NGUYỄN VĂN AN", "", False),
    ("Hà", "", False),
    ("PV", "", False),
    ("BTV", "", False),
])
def test_is_vendor(field: str, generator: str, vendor: bool) -> None:
    assert is_vendor(field, generator or None) is vendor


def test_vendor_meta_author_gives_way_to_page_credit() -> None:
    result = extract_article(_page("VNPT"), "https://sonoivu.example.vn/tin/so-hoa-ho-so")
    assert result.author == "Kim Oanh"


def test_generator_cms_in_meta_author_is_no_author() -> None:
    result = extract_article(_page("Cổng TTĐT", generator="Cổng TTĐT 2.0", credit=""),
                             "https://sonoivu.example.vn/tin/so-hoa-ho-so")
    assert result.author is None


def test_person_in_meta_author_is_kept() -> None:
    result = extract_article(_page("Thu Hà", credit=""),
                             "https://sonoivu.example.vn/tin/so-hoa-ho-so")
    assert result.author == "Thu Hà"
