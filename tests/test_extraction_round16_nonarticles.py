"""Pages that are no articles yet looked like ones, on markup written here: a section page
declaring ``og:type`` article, its headline the section's name, a long featured excerpt and a
list of teasers; a newsroom's about or contact page. And real articles of similar shapes that
stay articles: a long story under a short headline, a story about the newsroom, a story with
an inline related box, with a long teaser list under it, with a related strip under its
headline."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article

SITE = "https://baolamgiang.example.vn"
NAV = ('<header class="top"><a class="logo" href="/">Báo Lam Giang</a><nav><ul>'
       + "".join(f'<li><a href="/{s}/">{n}</a></li>' for s, n in (
           ("thoi-su", "Thời sự"), ("chuyen-doi-so", "Chuyển đổi số"), ("kinh-te", "Kinh tế"),
           ("xa-hoi", "Xã hội"), ("gioi-thieu", "Giới thiệu"), ("lien-he", "Liên hệ")))
       + "</ul></nav></header>")
FOOT = ('<footer class="site-foot"><p>Cơ quan của Đảng bộ tỉnh Lam Giang. Giấy phép số '
        "88/GP-BTTTT ngày 14/03/2022 của Bộ Thông tin và Truyền thông. Tổng biên tập: Hoàng "
        "Minh Đức. Địa chỉ: 27 đường Bến Thủy, thành phố Lam Giang. Điện thoại: 0238 3844 120. "
        "Email: toasoan@baolamgiang.example.vn</p></footer>")
STORIES = [
    "Phường Bến Thủy thí điểm sổ liên lạc điện tử cho tổ dân phố",
    "Nông dân vùng bãi ghi nhật ký đồng ruộng bằng điện thoại",
    "Trung tâm y tế huyện nhắn tin nhắc lịch tiêm chủng cho phụ huynh",
    "Chợ đầu mối nông sản chuyển sang thu phí không dùng tiền mặt",
    "Thư viện tỉnh mở kho sách nói cho người khiếm thị trên mạng",
    "Kho bạc huyện ngừng nhận chứng từ giấy từ đầu quý tới",
    "Sở Giáo dục cấp tài khoản học liệu số cho giáo viên vùng cao",
    "Doanh nghiệp gỗ truy xuất nguồn gốc sản phẩm bằng mã định danh",
    "Xã biên giới phủ sóng wifi miễn phí tại nhà văn hóa thôn",
    "Hội Cựu chiến binh lập nhóm hướng dẫn hội viên dùng ví điện tử",
    "Công an thành phố cảnh báo thủ đoạn giả danh nhân viên điện lực",
    "Bến xe tỉnh bán vé trực tuyến cho các tuyến đi miền Nam",
]
EXCERPT = ("Sau nhiều tháng chuẩn bị, mô hình đã đi vào hoạt động và được người dân đón nhận. "
           "Đơn vị thực hiện cho biết sẽ đánh giá kết quả để nhân rộng trong năm sau.")
# a long story's body, in several paragraphs, used by the articles below
BODY = [
    "Chín giờ sáng, phòng một cửa của Ủy ban nhân dân phường Bến Thủy vắng hẳn so với mấy năm "
    "trước. Chị Phan Thị Ngọc, cán bộ tư pháp, vừa ký số xong bộ hồ sơ khai sinh gửi từ tối hôm "
    "qua. Người cha nhận giấy khai sinh bản điện tử qua ứng dụng mà không phải xin nghỉ làm.",
    "Theo số liệu của phường, trong mười tháng đầu năm đã có gần bốn nghìn hồ sơ được nộp qua "
    "mạng, chiếm hơn tám mươi phần trăm tổng số hồ sơ tiếp nhận. Thời gian xử lý trung bình rút "
    "từ ba ngày xuống còn chưa đầy một ngày làm việc, nhiều thủ tục được trả ngay trong buổi.",
    "Để có kết quả ấy, phường lập tổ công nghệ số cộng đồng ở cả mười hai tổ dân phố. Các thành "
    "viên phần lớn là đoàn viên thanh niên, giáo viên nghỉ hưu và chủ các cửa hàng điện thoại, "
    "buổi tối đến từng nhà hướng dẫn cài ứng dụng, kích hoạt tài khoản định danh và ký số.",
    "Không phải ai cũng thuận ngay. Ông Lê Văn Hòa, bảy mươi hai tuổi, kể lúc đầu ông sợ bấm "
    "nhầm, sợ lộ thông tin. Phải đến lần thứ ba cậu cháu trong tổ công nghệ ngồi cùng, ông mới "
    "tự làm được thủ tục đăng ký tạm trú cho người con dâu từ quê ra ở cùng.",
    "Chủ tịch Ủy ban nhân dân phường Trần Quang Vinh cho biết khó khăn lớn nhất hiện nay là "
    "đường truyền ở một số khu tập thể cũ còn chập chờn và kinh phí duy trì phần mềm chưa ổn "
    "định. Phường đã đề xuất thành phố bố trí nguồn vốn để nâng cấp trong năm tới.",
    "Từ kinh nghiệm của Bến Thủy, thành phố dự kiến nhân rộng mô hình tổ công nghệ số ra toàn "
    "bộ các phường, xã trước mùa mưa bão, khi việc đi lại đến trụ sở thường gặp nhiều trở ngại.",
]


def excerpt(story: str) -> str:
    """A teaser's one or two sentences, its story's own."""
    return f"{story} là tin đáng chú ý trong tuần. {EXCERPT}"


DATE = '<div class="meta"><span class="date">Thứ Năm, 14/11/2024 08:30</span></div>'


def page(main: str, title: str, *, og: bool = True, side: str = "") -> str:
    kind = '<meta property="og:type" content="article">' if og else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{kind}</head><body>{NAV}"
            f"<div class='wrap'><div class='main'>{main}</div>{side}</div>{FOOT}</body></html>")


def teaser_list(n: int = 12, tag: str = "li") -> str:
    items = "".join(
        f'<{tag} class="news-item"><a class="thumb" href="/chuyen-doi-so/tin-{i}.html">'
        f'<img src="/anh/{i}.jpg"></a><h3><a href="/chuyen-doi-so/tin-{i}.html">{s}</a></h3>'
        f'<span class="time">1{i % 9}/11/2024</span><p>{excerpt(s)}</p></{tag}>'
        for i, s in enumerate(STORIES[:n]))
    return (f'<ul class="news-list">{items}</ul>' if tag == "li"
            else f'<div class="news-list">{items}</div>')


SECTION_NOTE = ("Chuyên mục cập nhật những câu chuyện chuyển đổi số ở phường, xã, doanh nghiệp và "
                "trường học trong tỉnh, từ thủ tục hành chính trên mạng, thanh toán không dùng "
                "tiền mặt đến các tổ công nghệ số cộng đồng kiên trì hướng dẫn người dân. Mỗi "
                "tuần, tòa soạn chọn ra những mô hình hay để bạn đọc tham khảo và chia sẻ.")


def section_page(excerpt: str) -> str:
    """A section page: its name for the headline over a note on the section, a featured
    story's long excerpt with a "Xem tiếp" link, then a dozen teasers, all sibling blocks."""
    head = f'<div class="cat-head"><h1>Chuyển đổi số</h1><p class="note">{SECTION_NOTE}</p></div>'
    shown = (f"<p>{' '.join(BODY[:4])}</p>" if excerpt == "one"  # near two hundred words
             else "".join(f"<p>{p}</p>" for p in BODY[:2]))
    more = '<a class="more" href="/chuyen-doi-so/bai-noi-bat.html">Xem tiếp</a>'
    featured = (f'<div class="featured"><h2><a href="/chuyen-doi-so/bai-noi-bat.html">'
                f"Tổ công nghệ số gõ cửa từng nhà ở phường ven sông</a></h2>"
                f'<div class="excerpt">{shown}</div>{more}</div>')
    return page(f"{head}{featured}{teaser_list(tag='div')}", "Chuyển đổi số - Báo Lam Giang")


@pytest.mark.parametrize("excerpt", ["one", "two"])
@pytest.mark.parametrize("path", ["/chuyen-doi-so/", "/chuyen-doi-so-p12.html"])
def test_a_section_page_with_a_long_featured_excerpt_is_a_listing(excerpt, path):
    got = extract_article(section_page(excerpt), f"{SITE}{path}")
    assert not got.is_article, (got.reason, got.text[:300])
    assert got.reason.startswith("listing"), got.reason


def featured_page(boxed: bool) -> str:
    """A section's name for the headline, then a featured story's excerpt of five paragraphs
    under its linked heading with a "Xem tiếp" link, then ten teasers of one line each."""
    link = "/chuyen-doi-so/to-cong-nghe-so.html"
    featured = (f'<div class="featured"><h2><a href="{link}">Tổ công nghệ số gõ cửa từng nhà '
                f'ở phường ven sông</a></h2>{"".join(f"<p>{p}</p>" for p in BODY[:5])}'
                f'<p><a href="{link}">Đọc tiếp »</a></p></div>')
    items = "".join(f'<div class="item"><h3><a href="/chuyen-doi-so/tin-{i}.html">{s}</a></h3>'
                    f"<span>1{i % 9}/11/2024</span><p>{s} trong tuần này.</p></div>"
                    for i, s in enumerate(STORIES[:10]))
    main = f'<h1>Chuyển đổi số</h1>{featured}<div class="list">{items}</div>'
    return page(f'<div class="box">{main}</div>' if boxed else main,
                "Chuyển đổi số - Báo Lam Giang")


@pytest.mark.parametrize("boxed", [False, True])
def test_a_linked_featured_story_of_several_paragraphs_then_teasers_is_a_listing(boxed):
    got = extract_article(featured_page(boxed), f"{SITE}/chuyen-doi-so/")
    assert not got.is_article, (got.reason, got.text[:300])
    assert got.reason.startswith("listing"), got.reason


BOARD = ("<h2>Ban Biên tập</h2><ul><li>Tổng biên tập: Hoàng Minh Đức</li>"
         "<li>Phó Tổng biên tập: Nguyễn Thị Lan Hương</li>"
         "<li>Phó Tổng biên tập: Đặng Văn Khải</li></ul>")
CONTACT = ("<h2>Liên hệ tòa soạn</h2><p>Địa chỉ: 27 đường Bến Thủy, thành phố Lam Giang.</p>"
           "<p>Điện thoại: 0238 3844 120 - Fax: 0238 3844 121.</p>"
           "<p>Email: toasoan@baolamgiang.example.vn</p>"
           "<p>Giấy phép số 88/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 14/03/2022.</p>")
HISTORY = [
    "Báo Lam Giang là cơ quan ngôn luận của Đảng bộ tỉnh, ra số đầu tiên vào mùa xuân năm 1959 "
    "dưới dạng một tờ tin khổ nhỏ in đá, phát hành mỗi tuần một kỳ tới các huyện đồng bằng.",
    "Qua hơn sáu mươi năm, tờ báo lần lượt có thêm ấn phẩm cuối tuần, chuyên trang dân tộc và "
    "miền núi, rồi báo điện tử từ năm 2008. Hiện tòa soạn có hơn tám mươi cán bộ, phóng viên "
    "làm việc tại trụ sở chính và bốn văn phòng đại diện ở các vùng của tỉnh.",
    "Với phương châm gần dân, nhanh nhạy và tin cậy, báo đã nhiều lần được tặng Huân chương Lao "
    "động và giải thưởng báo chí quốc gia cho các loạt bài về nông nghiệp, biển đảo và cải cách "
    "hành chính.",
]


def about_page(headline: str) -> str:
    prose = "".join(f"<p>{p}</p>" for p in HISTORY)
    return page(f'<div class="static-page"><h1>{headline}</h1>{prose}{BOARD}{CONTACT}</div>',
                f"{headline} - Báo Lam Giang", og=False)


@pytest.mark.parametrize(("path", "headline"), [
    ("/gioi-thieu.html", "Giới thiệu Báo Lam Giang"),
    ("/gioi-thieu/", "Về chúng tôi"),
    ("/trang/lien-he.html", "Liên hệ"),
    ("/page/about-us", "Báo Lam Giang"),
    ("/p/7", "Giới thiệu chung"),
])
def test_a_newsroom_about_or_contact_page_is_no_article(path, headline):
    got = extract_article(about_page(headline), f"{SITE}{path}")
    assert not got.is_article, (got.reason, got.text[:300])
    assert got.reason == "not_article: about_page", got.reason


def _article(headline: str, body: list[str], *, under: str = "", inside: str = "",
             after: str = "") -> str:
    paras = [f"<p>{p}</p>" for p in body]
    paras.insert(3, inside)
    return page(f'<article class="detail"><h1>{headline}</h1>{DATE}{under}'
                f'<div class="content">{"".join(paras)}</div>'
                f'<p class="author">Thanh Bình</p></article>{after}',
                f"{headline} - Báo Lam Giang")


def _kept(html: str, url: str, said: str) -> None:
    got = extract_article(html, url)
    assert got.is_article, got.reason
    assert said in got.text
    assert got.published_at is not None and got.published_at.day == 14


def test_a_long_story_under_a_short_headline_stays_an_article():
    _kept(_article("Gõ cửa từng nhà", BODY, after=teaser_list(6)),
          f"{SITE}/chuyen-doi-so/go-cua-tung-nha-20241114.html", "Chủ tịch Ủy ban nhân dân")


def test_a_story_about_the_newsroom_stays_an_article():
    body = HISTORY + [
        "Phát biểu tại lễ kỷ niệm, Tổng biên tập Hoàng Minh Đức cảm ơn bạn đọc đã đồng hành cùng "
        "tờ báo và cho biết năm tới tòa soạn sẽ ra mắt ứng dụng đọc báo trên điện thoại.",
        "Nhân dịp này, nhiều phóng viên lâu năm được tặng bằng khen; tòa soạn ở 27 đường Bến "
        "Thủy mở cửa đón bạn đọc tham quan phòng trưng bày các số báo xưa.",
    ]
    for headline, path in (("Giới thiệu ứng dụng đọc báo mới của Báo Lam Giang",
                            "/xa-hoi/gioi-thieu-ung-dung-doc-bao-moi-20241114.html"),
                           ("Báo Lam Giang kỷ niệm 65 năm ra số đầu tiên",
                            "/xa-hoi/bao-lam-giang-ky-niem-65-nam-20241114.html")):
        _kept(_article(headline, body, after=CONTACT), f"{SITE}{path}", "Phát biểu tại lễ")


def test_a_story_with_an_inline_related_box_stays_an_article():
    box = ('<div class="box-related"><ul>' + "".join(
        f'<li><a href="/chuyen-doi-so/tin-{i}.html">{s}</a></li>'
        for i, s in enumerate(STORIES[:6])) + "</ul></div>")
    _kept(_article("Phường ven sông số hóa thủ tục", BODY, inside=box),
          f"{SITE}/chuyen-doi-so/phuong-ven-song-20241114.html", "Không phải ai cũng thuận")


def test_a_story_with_a_long_teaser_list_under_it_stays_an_article():
    more = f'<div class="same-section"><h2>Cùng chuyên mục</h2>{teaser_list(12)}</div>'
    _kept(_article("Tổ công nghệ số ở phường Bến Thủy", BODY, after=more),
          f"{SITE}/chuyen-doi-so/to-cong-nghe-so-20241114.html", "Từ kinh nghiệm")


@pytest.mark.parametrize(("cards", "paragraphs"), [(6, 6), (12, 6), (12, 3)])
def test_a_story_with_a_related_strip_under_its_headline_stays_an_article(cards, paragraphs):
    """The teasers follow the headline, even outweigh the story: its continuous prose (150
    words or more) makes it an article."""
    strip = ('<div class="strip">' + "".join(
        f'<div class="card"><h3><a href="/chuyen-doi-so/tin-{i}.html">{s}</a></h3>'
        f"<p>{excerpt(s)}</p></div>" for i, s in enumerate(STORIES[:cards])) + "</div>")
    _kept(_article("Gõ cửa từng nhà", BODY[:paragraphs], under=strip),
          f"{SITE}/chuyen-doi-so/go-cua-tung-nha-20241114.html", "Để có kết quả ấy")


def test_a_dated_story_whose_headline_says_contact_stays_an_article():
    body = BODY[:4] + ["Người dân gặp sự cố có thể gọi đường dây nóng, Điện thoại: 0238 3599 "
                       "999, hoặc gửi thư tới hotro@lamgiang.example.vn để được hướng dẫn."]
    _kept(_article("Liên hệ đường dây nóng khi gặp sự cố", body),
          f"{SITE}/xa-hoi/lien-he-duong-day-nong-20241114.html", "đường dây nóng")


def test_an_undated_story_at_an_about_looking_url_with_the_licence_in_its_footer_stays():
    html = _article("Giới thiệu sách mới về kinh tế số", BODY).replace(DATE, "")
    got = extract_article(html, f"{SITE}/van-hoa/gioi-thieu-sach-moi.html")
    assert got.is_article, got.reason
