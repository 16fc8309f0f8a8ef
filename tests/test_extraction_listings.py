"""Listings told apart from articles by structure, on pages written here: blog lists, category
pages of link columns, tag pages with a featured item, search results, author and date
archives, home pages, video, document and event lists; and articles (long or short) with
teaser boxes around them, which stay articles."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.dom import parse
from crawler.extraction.listing import in_chrome, listing_reason

HEADLINES = [
    "Huyện miền núi đưa dịch vụ công trực tuyến về tận thôn bản xa",
    "Trường học vùng cao dùng học bạ điện tử cho toàn bộ học sinh",
    "Ngân hàng chính sách giải ngân vốn vay qua ứng dụng di động",
    "Bệnh viện tuyến huyện triển khai bệnh án điện tử từ đầu năm",
    "Hợp tác xã chè bán hàng trên sàn thương mại điện tử lớn",
    "Thành phố lắp đặt thêm camera giám sát giao thông ở nút giao",
    "Xã nông thôn mới nâng cao cấp phủ sóng internet cáp quang",
    "Tỉnh mở lớp bồi dưỡng kỹ năng số cho cán bộ cấp cơ sở",
    "Bưu điện hỗ trợ người cao tuổi nhận lương hưu không dùng tiền mặt",
    "Thư viện tỉnh số hóa tài liệu quý về lịch sử địa phương",
]
TEASER = ("Bài viết điểm lại kết quả thực hiện trong năm qua, những khó khăn còn tồn tại và các "
          "giải pháp mà địa phương đặt ra cho thời gian tới.")
PROSE = [
    "Sáng ngày 12/11, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết một năm triển khai đề án "
    "chuyển đổi số, với sự tham dự của lãnh đạo các xã, thị trấn và đại diện doanh nghiệp viễn "
    "thông trên địa bàn.",
    "Theo báo cáo, toàn huyện đã có hơn chín mươi phần trăm hồ sơ thủ tục hành chính được tiếp "
    "nhận và giải quyết trên môi trường mạng, tăng gần gấp đôi so với cùng kỳ năm trước.",
    "Hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng ở các thôn vùng sâu còn yếu, kỹ năng "
    "số của một bộ phận người dân chưa đáp ứng yêu cầu, kinh phí đầu tư còn phân tán.",
    "Phát biểu kết luận, lãnh đạo huyện đề nghị các đơn vị tập trung tháo gỡ khó khăn, phấn "
    "đấu hoàn thành các chỉ tiêu đề ra trước thời hạn và nhân rộng những mô hình hiệu quả.",
]
CHROME_HEAD = ('<header><div class="logo"><a href="/">Cổng thông tin huyện Mẫu</a></div>'
               '<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li>'
               '<li><a href="/vb">Văn bản</a></li><li><a href="/lh">Liên hệ</a></li></ul></nav>'
               "</header>")
FOOTER = ('<footer><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Mẫu. Địa chỉ: số 1 đường Trung '
          "tâm, thị trấn Mẫu. Điện thoại: 0200 3800 000. Chịu trách nhiệm nội dung: Chánh Văn "
          "phòng HĐND và UBND huyện. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p>"
          '<ul class="lien-ket">' + "".join(
              f'<li><a href="/lk/{i}">Cổng thông tin điện tử của đơn vị số {i}</a></li>'
              for i in range(8)) + "</ul></footer>")


def sidebar(n: int = 8, tag: str = "aside") -> str:
    items = "".join(f'<li><a href="/tin/moi-{i}.html">{h}</a> <span>(1{i}/11/2026)</span></li>'
                    for i, h in enumerate(HEADLINES[:n]))
    return f'<{tag} class="sidebar"><h3>Tin mới</h3><ul>{items}</ul></{tag}>'


def shell(main: str, *, title: str = "Tin tức", side: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title} - Cổng thông tin huyện Mẫu"
            f"</title></head><body>{CHROME_HEAD}<main>{main}</main>{side}{FOOTER}</body></html>")


def teasers(tag: str = "article", heading: str = "h2", n: int = 10, excerpt: bool = True,
            date: str = "0{d}/12/2026") -> str:
    out = []
    for i, h in enumerate(HEADLINES[:n]):
        when = date.format(d=i % 9 + 1)
        out.append(f'<{tag} class="entry"><{heading}><a href="/tin/bai-{i}.html">{h}</a>'
                   f"</{heading}><time>{when}</time>"
                   + (f"<p>{TEASER}</p>" if excerpt else "") + f"</{tag}>")
    return "".join(out)


PAGER = ('<nav class="pagination"><a href="?page=1">1</a> <a href="?page=2">2</a> '
         '<a href="?page=3">Trang sau</a></nav>')
LISTINGS = {
    # every post's title is a heading of its own, the first one taken for the headline
    "blog list, title headings": shell(
        f'<h2 class="section">Tin tức</h2><div class="blog-list">'
        f'{teasers(heading="h1")}</div>{PAGER}'),
    "section list, h3 items with excerpts": shell(
        f"<h1>Tin tức - Sự kiện</h1><div class='list'>{teasers(heading='h3')}</div>{PAGER}",
        side=sidebar()),
    # a category page: columns of dated links and a description paragraph below them
    "category page of link columns": shell(
        "<h1>Thể loại: Tin chuyển đổi số</h1><p>Thể loại này có 10 trang.</p>"
        '<div class="columns"><ul>' + "".join(
            f'<li><a href="/wiki/{i}">{h}</a> ({i + 10}/11/2026)</li>'
            for i, h in enumerate(HEADLINES)) + "</ul></div>"
        "<p>Các trang trong thể loại được cộng đồng biên soạn lại từ thông tin công khai của "
        "các địa phương, được kiểm tra trước khi xuất bản và cập nhật thường xuyên.</p>"),
    # a tag page: one large featured item with a long teaser, then the list
    "tag page with a featured item": shell(
        '<h1>Từ khóa: chuyển đổi số</h1><div class="featured"><h2><a href="/tin/noi-bat.html">'
        "Tỉnh công bố bộ chỉ số đánh giá chuyển đổi số cấp xã lần đầu tiên</a></h2>"
        f"<p>{TEASER} {TEASER} {TEASER}</p></div>"
        f'<div class="tag-list">{teasers(tag="div", heading="h3", n=8)}</div>{PAGER}'),
    "search results": shell(
        "<h1>Kết quả tìm kiếm</h1><p>Tìm thấy 24 kết quả cho từ khóa “dịch vụ công”.</p>"
        '<ol class="search-results">' + teasers(tag="li", heading="h3") + "</ol>" + PAGER),
    "author archive with a biography": shell(
        "<h1>Nguyễn Văn Mẫu</h1><div class='bio'><p>Phóng viên ban Thời sự, theo dõi lĩnh vực "
        "khoa học, công nghệ và chuyển đổi số ở các địa phương phía Bắc từ năm 2015.</p></div>"
        f"<div class='posts'>{teasers()}</div>{PAGER}"),
    "date archive": shell(
        f"<h1>Lưu trữ: Tháng Mười Một 2026</h1>{teasers(heading='h2', excerpt=False)}{PAGER}"),
    "home page of boxes": shell(
        "".join(f'<section class="box"><h2><a href="/muc-{b}">Chuyên mục {b}</a></h2>'
                f"{teasers(tag='div', heading='h3', n=6, excerpt=b == 0)}</section>"
                for b in range(3)), title="Trang chủ"),
    "video list": shell(
        "<h1>Video</h1><div class='video-grid'>" + "".join(
            f'<div class="video-item"><a href="/video/{i}.html"><img src="/t{i}.jpg"></a>'
            f'<span class="duration">0{i % 9}:3{i % 6}</span><h3><a href="/video/{i}.html">{h}'
            "</a></h3></div>" for i, h in enumerate(HEADLINES)) + "</div>" + PAGER),
    "document list table": shell(
        "<h1>Văn bản chỉ đạo điều hành</h1><table class='van-ban'><tr><th>Số ký hiệu</th>"
        "<th>Ngày ban hành</th><th>Trích yếu</th></tr>" + "".join(
            f"<tr><td>{100 + i}/UBND-VP</td><td>{i + 10}/11/2026</td><td>"
            f'<a href="/van-ban/{i}">Về việc {h[0].lower()}{h[1:]}</a></td></tr>'
            for i, h in enumerate(HEADLINES)) + "</table>" + PAGER),
    "event list": shell(
        "<h1>Lịch sự kiện</h1><ul class='events'>" + "".join(
            f'<li class="event"><div class="event-date"><b>{i + 10}</b> THG 12</div>'
            f'<h3><a href="/su-kien/{i}">Hội thảo: {h}</a></h3>'
            f"<span class='place'>Hội trường số {i}, trung tâm hội nghị tỉnh</span></li>"
            for i, h in enumerate(HEADLINES)) + "</ul>"),
}


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listing_shapes_are_listings(name):
    got = extract_article(LISTINGS[name], "https://huyen.example.vn/tin-tuc/")
    assert not got.is_article, (name, got.text[:200])
    assert got.reason.startswith("listing"), (name, got.reason)


def article(body: list[str], *, related: str = "", before: str = "", side: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return shell(
        f"<article><h1>Huyện Mẫu sơ kết một năm triển khai đề án chuyển đổi số</h1>"
        f'<div class="meta">Thứ Năm, 12/11/2026 10:30 | Tác giả: Lê Thị Mẫu</div>{before}'
        f'<div class="content">{paragraphs}</div>{related}</article>',
        title="Huyện Mẫu sơ kết một năm triển khai đề án chuyển đổi số", side=side)


RELATED = ('<div class="related"><h3>Tin cùng chuyên mục</h3>'
           + teasers(tag="div", heading="h4", n=8) + "</div>")
ARTICLES = {
    "long article with related teasers after it": article(PROSE * 2, related=RELATED),
    "short article with a sidebar of dated links": article(PROSE[:3], side=sidebar(10)),
    "short article with related teasers with excerpts": article(PROSE[:3], related=RELATED),
    # the sidebar is no aside here: a column of the page's grid, after the headline
    "short article beside a plain column of teasers": article(
        PROSE[:3], side=f'<div class="col-right">{teasers(tag="div", heading="h3")}</div>'),
    "long article under a box of related links": article(
        PROSE * 2, before=sidebar(6, tag="div")),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_articles_beside_teasers_stay_articles(name):
    got = extract_article(ARTICLES[name], "https://huyen.example.vn/tin-tuc/so-ket.html")
    assert got.is_article, (name, got.reason)
    assert PROSE[0] in got.text and PROSE[2] in got.text


def test_in_chrome():
    tree = parse("<html><body><div role='contentinfo'><p id='a'>x</p></div><aside><p id='b'>"
                 "y</p></aside><main><p id='c'>z</p></main></body></html>")
    assert in_chrome(tree.get_element_by_id("a")) and in_chrome(tree.get_element_by_id("b"))
    assert not in_chrome(tree.get_element_by_id("c"))


def test_no_runs_no_listing():
    tree = parse(article(PROSE))
    assert listing_reason(tree, PROSE, "Huyện Mẫu sơ kết") is None


def test_a_footer_block_is_never_taken_for_the_text_of_a_listing():
    """A listing's teasers are removed as link lists; the footer's address block, the page's
    densest text, is not the fallback's text."""
    got = extract_article(LISTINGS["blog list, title headings"], "https://huyen.example.vn/tin/")
    assert "Cơ quan chủ quản" not in got.text


TITLE = "Huyện Mẫu sơ kết một năm triển khai đề án chuyển đổi số"


def test_the_articles_title_also_in_a_latest_news_run_is_still_its_headline():
    """A portal whose headline is a div, and whose "Tin mới" column (no aside) lists the
    article itself as a linked h3 among others."""
    latest = "".join(f'<div class="item"><h3><a href="/tin/{i}.html">{h}</a></h3></div>'
                     for i, h in enumerate([TITLE, *HEADLINES[:7]]))
    html = shell(f'<div class="col-left">{latest}</div><div class="detail">'
                 f'<div class="title-detail">{TITLE}</div><div class="date">12/11/2026 10:30'
                 "</div>" + "".join(f"<p>{p}</p>" for p in PROSE[:3]) + "</div>", title=TITLE)
    got = extract_article(html, "https://huyen.example.vn/tin/so-ket.html")
    assert got.is_article, got.reason


def test_a_short_article_under_a_box_of_related_links_stays_an_article():
    box = '<ul class="related">' + "".join(
        f'<li><a href="/tin/{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES[:8])) + "</ul>"
    got = extract_article(article(PROSE[:3], before=box),
                          "https://huyen.example.vn/tin-tuc/so-ket.html")
    assert got.is_article, got.reason
    assert PROSE[0] in got.text
