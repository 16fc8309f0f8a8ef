"""Round seven: listings told by page-level evidence combined (nothing declared of an article,
many title links, a page naming itself an archive by URL, headline, title or JSON-LD type),
and an article followed by the next stories in full (infinite scroll) kept as one article.
Markup written here."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.dom import parse
from crawler.extraction.metadata import meta
from crawler.extraction.page_evidence import article_evidence, page_listing, url_archive
from tests.test_extraction_listings import CHROME_HEAD, FOOTER, HEADLINES, PROSE, TEASER, shell

LONG_TEASER = " ".join(PROSE)  # a featured item's teaser as long as a short article


def boxes(n_boxes: int = 4, per_box: int = 3) -> str:
    """A home page: category boxes of a few dated teasers each (no run of five)."""
    out = []
    for b in range(n_boxes):
        items = "".join(
            f'<div class="item"><a href="/b{b}-{i}.html"><img src="/t.jpg"></a><h3>'
            f'<a href="/b{b}-{i}.html">{HEADLINES[(b * per_box + i) % len(HEADLINES)]}</a>'
            f"</h3><span class='time'>0{i + 1}/12/2026</span></div>" for i in range(per_box))
        out.append(f'<section class="box"><h2><a href="/muc-{b}">Mục {b}</a></h2>{items}</section>')
    return "".join(out)


def featured_tag_page(head: str = "") -> str:
    featured = (f'<article class="featured"><h2><a href="/noi-bat.html">{HEADLINES[0]}</a></h2>'
                f'<div class="meta">bởi <a href="/author/a">Thu Trang</a> 04/12/2026 04:10</div>'
                f"<p>{LONG_TEASER}</p></article>")
    rest = "".join(f'<article class="post"><h3><a href="/tin/{i}.html">{h}</a></h3>'
                   f"<div>0{i % 9 + 1}/12/2026</div><p>{TEASER}</p></article>"
                   for i, h in enumerate(HEADLINES[1:7]))
    return (f"<html><head><title>chuyển đổi số – Lưu trữ – Trang Mẫu</title>{head}</head><body>"
            f"{CHROME_HEAD}<main><h1>Thẻ: chuyển đổi số</h1><p>Các bài được gắn thẻ này.</p>"
            f"{featured}<div class='posts'>{rest}</div></main>{FOOTER}</body></html>")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://bao.example.vn/", "the site's root"),
    ("https://bao.example.vn/tag/chuyen-doi-so/", "a /tag/ archive"),
    ("https://bao.example.vn/chu-de/chuyen-doi-so/page/2/", "a /chu-de/ archive"),
    ("https://bao.example.vn/tim-kiem?q=dich+vu+cong", "a site search"),
    ("https://bao.example.vn/?s=so+hoa", "a site search"),
    ("https://bao.example.vn/?p=123", None),  # a WordPress article by id
    ("https://so.example.vn/Pages/default.aspx", "the site's root"),
    ("https://xa.example.vn/trang-chu", "the site's root"),
    ("https://xa.example.vn/index.php?option=com_content&id=12", None),
    ("https://xa.example.vn/index.php/tin-tuc/12-bai.html", None),
    ("https://bao.example.vn/category/so-hoa/bai-viet-mot/tiep/", None),
    ("https://bao.example.vn/the-thao/item/3412-giai-dua.html", None),
    ("https://bao.example.vn/tin-tuc/bai-1.html", None),
])
def test_url_archive_shapes(url, expected):
    assert url_archive(url) == expected


def test_article_evidence_from_meta_and_json_ld():
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
            ' "@type": "NewsArticle", "headline": "x"}</script></head><body></body></html>')
    tree = parse(page)
    assert article_evidence(tree, meta(tree)) == "an Article type"
    listing_ld = ('<html><head><script type="application/ld+json">{"@type": "CollectionPage",'
                  ' "mainEntity": {"@type": "ItemList", "itemListElement": [{"@type": '
                  '"NewsArticle"}]}}</script></head><body></body></html>')
    tree = parse(listing_ld)
    assert article_evidence(tree, meta(tree)) is None  # the items' type is not the page's
    tree = parse('<html><head><meta property="og:type" content="article"></head></html>')
    assert article_evidence(tree, meta(tree)) == "og:type article"


def test_a_home_page_of_small_boxes_at_the_site_root_is_a_listing():
    page = shell(boxes(), title="Báo Mẫu")
    got = extract_article(page, "https://bao.example.vn/")
    assert not got.is_article and got.reason.startswith("listing"), got.reason


def test_a_tag_page_whose_featured_teaser_is_long_is_a_listing():
    got = extract_article(featured_tag_page(), "https://bao.example.vn/tag/chuyen-doi-so/")
    assert not got.is_article and got.reason.startswith("listing"), got.reason
    # the headline and the title name the archive even where the URL does not
    got = extract_article(featured_tag_page(), "https://bao.example.vn/p/123")
    assert not got.is_article and got.reason.startswith("listing"), got.reason


def test_a_page_declaring_itself_an_article_is_not_taken_by_the_page_rule():
    page = featured_tag_page('<meta property="og:type" content="article">')
    tree = parse(page)
    assert page_listing(tree, meta(tree), "https://bao.example.vn/tag/x/", "Thẻ: x") is None


def test_an_article_with_related_links_at_an_archive_looking_url_stays_an_article():
    related = "".join(f'<li><a href="/tin/{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    page = shell(f"<h1>{HEADLINES[0]}</h1><div class='date'>04/12/2026 08:00</div>"
                 + "".join(f"<p>{p}</p>" for p in PROSE * 2)
                 + f"<div class='related'><h3>Tin liên quan</h3><ul>{related}</ul></div>",
                 title=HEADLINES[0])
    got = extract_article(page, "https://bao.example.vn/chu-de/so-hoa-123.html")
    assert got.is_article, got.reason


NEXT_PROSE = [
    "Tại buổi làm việc, đoàn công tác đã kiểm tra hệ thống phần mềm quản lý văn bản, đánh giá "
    "mức độ sẵn sàng của hạ tầng và lắng nghe ý kiến của cán bộ phụ trách ở từng phòng ban.",
    "Đơn vị tư vấn cho biết dự kiến hoàn thành việc chuyển dữ liệu sang nền tảng mới trong quý "
    "tới, sau đó tổ chức tập huấn cho người dùng trước khi vận hành chính thức toàn hệ thống.",
]


def scroll_page(own_links: bool, og: bool) -> str:
    """An article, then five more stories shown in full under it, each its own ``<article>``
    with a linked headline, a time and paragraphs with links."""
    def story(i: int) -> str:
        own = i == 0
        head = (f"<h1>{HEADLINES[i]}</h1>" if own
                else f'<h2><a href="/tin/bai-{i}.html">{HEADLINES[i]}</a></h2>')
        paras = PROSE if own else [f"{p} Số thứ tự {i}." for p in NEXT_PROSE]
        link = (f' Xem <a href="/tin/lq-{i}.html">kết quả chi tiết của đơn vị số {i}</a>.'
                if own_links or not own else "")
        body = "".join(f"<p>{p}{link}</p>" for p in paras)
        return (f'<article class="story"><div class="meta"><time>0{i + 1}/12/2026 08:1{i}'
                f"</time></div>{head}<div class='content'>{body}</div></article>")
    meta_ = '<meta property="og:type" content="article">' if og else ""
    return (f"<html><head><title>{HEADLINES[0]} - Báo Mẫu</title>{meta_}</head><body>"
            f"{CHROME_HEAD}<main><div class='stream'>" + "".join(story(i) for i in range(6))
            + f"</div></main>{FOOTER}</body></html>")


@pytest.mark.parametrize("own_links", [True, False])
@pytest.mark.parametrize("og", [True, False])
def test_an_article_followed_by_the_next_stories_in_full_stays_one_article(own_links, og):
    got = extract_article(scroll_page(own_links, og), "https://bao.example.vn/tin/bai-0.html")
    assert got.is_article, got.reason
    assert got.title == HEADLINES[0]
    assert "Phát biểu kết luận" in got.text
    assert "Đơn vị tư vấn" not in got.text  # the next stories are not this one
    assert got.published_at is not None and got.published_at.day == 1


def test_an_archive_named_by_its_title_part_alone_is_a_listing():
    page = featured_tag_page().replace("<h1>Thẻ: chuyển đổi số</h1>", "<h1>chuyển đổi số</h1>")
    got = extract_article(page, "https://bao.example.vn/p/123")
    assert not got.is_article and got.reason.startswith("listing"), got.reason


def test_an_article_of_a_portal_whose_every_title_says_home_stays_an_article():
    related = "".join(f'<li><a href="/tin/{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    page = shell(f"<h1>{HEADLINES[0]}</h1><div class='date'>04/12/2026 08:00</div>"
                 + "".join(f"<p>{p}</p>" for p in PROSE)
                 + f"<div class='other'><h3>Các tin khác</h3><ul>{related}</ul></div>",
                 title="Trang chủ")
    got = extract_article(page, "https://xa.example.vn/tin-tuc/chi-tiet.aspx?ID=12")
    assert got.is_article, got.reason
