"""An article whose body holds related-article boxes, in a column whose sibling blocks are
teaser boxes, stays an article: the block holding the whole article is no teaser item, even
though it holds title links (the shape of a national daily's article page that was once
rejected as "listing: 9 link items hold 100% of the text")."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.dom import parse
from crawler.extraction.listing import listing_reason

TITLE = "Tỉnh đưa trợ lý ảo vào trả lời câu hỏi về thủ tục hành chính"
PARAGRAPHS = [
    "Từ đầu tháng 11, người dân trong tỉnh có thể hỏi trợ lý ảo trên cổng dịch vụ công về "
    "hồ sơ, lệ phí và thời hạn giải quyết của hơn một nghìn thủ tục hành chính.",
    "Trợ lý được huấn luyện trên bộ câu hỏi do các sở, ngành biên soạn trong nhiều tháng, "
    "và chuyển câu hỏi khó sang cán bộ một cửa trong giờ hành chính.",
    "Sau hai tuần chạy thử, hệ thống đã trả lời hơn tám nghìn lượt hỏi, phần lớn về cấp "
    "đổi giấy phép lái xe, đăng ký hộ kinh doanh và chứng thực bản sao.",
    "Đại diện trung tâm phục vụ hành chính công cho biết số cuộc gọi đến tổng đài giảm rõ "
    "rệt, cán bộ có thêm thời gian hướng dẫn người cao tuổi làm hồ sơ trực tuyến.",
    "Một số người dùng phản ánh câu trả lời còn dài và dùng nhiều thuật ngữ, đơn vị vận "
    "hành cam kết rút gọn nội dung và bổ sung ví dụ cụ thể trong tháng tới.",
    "Tỉnh dự kiến mở rộng trợ lý sang ứng dụng di động của tỉnh và trang mạng xã hội của "
    "các phường, xã trong quý đầu năm sau, khi dữ liệu câu hỏi được cập nhật đầy đủ.",
]
OTHERS = [
    "Phường thí điểm bản đồ số các điểm thu gom rác thải sinh hoạt",
    "Hợp tác xã rau sạch nhận đơn hàng qua ứng dụng giao hàng nội tỉnh",
    "Ngành y tế hoàn thành kết nối sổ sức khỏe điện tử cho người dân",
    "Sinh viên tình nguyện hướng dẫn tiểu thương dùng mã QR thanh toán",
    "Thư viện tỉnh mở kho sách điện tử miễn phí cho học sinh vùng cao",
    "Doanh nghiệp công nghệ ký kết hỗ trợ xã xây dựng nông thôn mới kiểu mẫu",
    "Cục thuế tỉnh nhắc hộ kinh doanh chuyển sang hóa đơn điện tử",
    "Bệnh viện đa khoa đưa vào dùng hệ thống đặt lịch khám trực tuyến",
    "Công an xã hướng dẫn kích hoạt tài khoản định danh điện tử mức hai",
]


def related(items: list[str], shape: str) -> str:
    """A related-article box inside the body, as ul/li or as div items."""
    if shape == "ul":
        lis = "".join(f'<li><a href="/tin/{i}.html"><img src="/t/{i}.jpg" alt=""></a>'
                      f'<a href="/tin/{i}.html">{t}</a></li>' for i, t in enumerate(items))
        return f'<div class="related-in-body"><ul>{lis}</ul></div>'
    divs = "".join(f'<article class="story"><a href="/tin/{i}.html">{t}</a></article>'
                   for i, t in enumerate(items))
    return f'<div class="box-related">{divs}</div>'


def page(shape: str, body_class: str = "article__body") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    body += related(OTHERS[0:3], shape)
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:4])
    body += related(OTHERS[3:6], shape)
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[4:])
    body += related(OTHERS[6:9], shape)
    boxes = "".join(
        f'<div class="box-cate"><h3>Mục {n}</h3><a href="/muc{n}/{i}.html">{t}</a></div>'
        for n, (i, t) in enumerate(enumerate(OTHERS[:4])))
    return (
        '<html><head><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{TITLE}">'
        '<meta property="article:published_time" content="2024-11-20T08:15:00+07:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        f'{TITLE}", "datePublished": "2024-11-20T08:15:00+07:00"}}</script>'
        f"<title>{TITLE}</title></head><body>"
        '<div class="col-main">'
        '<div class="breadcrumb"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></div>'
        f'<div class="article"><h1 class="article__title">{TITLE}</h1>'
        '<div class="article__meta"><time>20/11/2024 08:15</time></div>'
        f'<div class="{body_class}">{body}</div></div>'
        f"{boxes}</div></body></html>")


@pytest.mark.parametrize("shape", ["ul", "div"])
@pytest.mark.parametrize("body_class", ["article__body", "list-content", "item-detail"])
def test_related_boxes_in_the_body_do_not_make_a_listing(shape: str, body_class: str) -> None:
    html = page(shape, body_class)
    assert listing_reason(parse(html), PARAGRAPHS, TITLE) is None
    got = extract_article(html.encode(), "https://bao.example.vn/xa-hoi/tro-ly-ao-123.html")
    assert got.is_article, got.reason
    assert got.title == TITLE
    for p in PARAGRAPHS:
        assert p in got.text
    for t in OTHERS:  # the related headlines are no part of the body
        assert t not in got.text


def test_a_column_of_teaser_boxes_is_still_a_listing() -> None:
    """The same column without the article: teaser boxes only."""
    boxes = "".join(
        f'<div class="box-cate"><a href="/muc/{i}.html">{t}</a><p>{p}</p></div>'
        for i, (t, p) in enumerate(zip(OTHERS, PARAGRAPHS * 2, strict=False)))
    html = f'<html><body><div class="col-main">{boxes}</div></body></html>'
    texts = [f"{t} {p}" for t, p in zip(OTHERS, PARAGRAPHS * 2, strict=False)]
    assert (listing_reason(parse(html), texts) or "").startswith("listing")
