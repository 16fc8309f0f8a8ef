"""Round twelve: pages that are no articles though little says so (a register of a few
documents, a tag page of three stories, a home page with one featured story, a board of
questions), a headline at the end of the ``<title>``, a dateline glued to a view count, and
the vendor check of every CMS account field (JSON-LD authors too). Each non-article shape
has an article counterpart that must stay accepted."""

from __future__ import annotations

import json

import pytest

from crawler.extraction import extract_article
from crawler.extraction.credits import account
from crawler.extraction.dom import lines, parse

PROSE = [
    "Ủy ban nhân dân huyện vừa tổng kết một năm vận hành hệ thống tiếp nhận phản ánh trực "
    "tuyến, với hơn hai nghìn ý kiến của người dân được chuyển đến đúng cơ quan xử lý.",
    "Thời gian trả lời trung bình giảm từ mười ngày xuống còn bốn ngày làm việc, phần lớn "
    "phản ánh liên quan đến đường giao thông nông thôn, chiếu sáng và thu gom rác thải.",
    "Huyện sẽ công khai kết quả xử lý của từng xã trên bảng điều hành chung, đơn vị chậm "
    "trễ phải giải trình trong cuộc họp giao ban hằng tháng với lãnh đạo huyện.",
    "Trong năm tới, hệ thống được kết nối với tổng đài của tỉnh để người dân có thể gửi "
    "phản ánh bằng tin nhắn, cuộc gọi hoặc ứng dụng trên điện thoại di động.",
]
HEADLINE = "Huyện rút ngắn thời gian trả lời phản ánh của người dân còn bốn ngày"
STORIES = [
    ("Thị trấn lắp đặt camera giám sát an ninh tại mười hai tuyến phố chính",
     "Hệ thống camera kết nối về trung tâm điều hành của huyện, hình ảnh được lưu trữ trong "
     "ba mươi ngày để phục vụ công tác bảo đảm trật tự."),
    ("Nông dân trong xã bán vải thiều qua sàn thương mại điện tử lần đầu tiên",
     "Hơn bốn tấn vải được đặt mua trực tuyến trong tuần đầu, hợp tác xã lo khâu đóng gói "
     "và giao hàng đến các tỉnh phía Nam."),
    ("Trường tiểu học dùng sổ liên lạc điện tử thay cho sổ giấy từ năm học mới",
     "Phụ huynh nhận thông báo điểm số, lịch học và khoản thu qua ứng dụng, nhà trường giảm "
     "đáng kể giấy tờ in ấn mỗi học kỳ."),
]


def _doc(title: str, body: str, head: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
            f"{body}</body></html>")


# --- a register of a few documents in a form, no headline shown ---------------------------

DOCS = [
    ("215/QĐ-UBND", "14/10/2025", "Quyết định phê duyệt danh mục dữ liệu mở của huyện giai đoạn "
     "hai nghìn hai mươi lăm đến hai nghìn hai mươi bảy"),
    ("97/KH-UBND", "09/10/2025", "Kế hoạch tuyên truyền chuyển đổi số tại các thôn, tổ dân phố "
     "và trường học trên địa bàn huyện trong quý bốn"),
    ("1880/UBND-VX", "30/09/2025", "Về việc rà soát, cập nhật thông tin người cao tuổi trên hệ "
     "thống cơ sở dữ liệu an sinh xã hội của huyện"),
    ("33/TB-UBND", "22/09/2025", "Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân "
     "dân huyện trong tháng mười và tháng mười một"),
]


def register_page() -> str:
    rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="/vb/chi-tiet/{i}">{number}</a></td><td>{day}</td>'
        f'<td>{summary}</td><td><a href="/tep/{i}.pdf">Tải tệp</a></td></tr>'
        for i, (number, day, summary) in enumerate(DOCS))
    return _doc("Văn bản điều hành của huyện",
                '<form id="f1" method="post"><div class="top">HỆ THỐNG VĂN BẢN ĐIỆN TỬ</div>'
                '<table class="grid"><tr><th>TT</th><th>Số hiệu</th><th>Ngày ký</th>'
                f"<th>Nội dung</th><th>Tệp</th></tr>{rows}</table>"
                '<div class="paging">Trang 1/12</div></form>')


def test_a_register_of_a_few_dated_documents_without_a_headline_is_no_article():
    got = extract_article(register_page(), "https://huyen.example.vn/VanBan.aspx?nhom=3")
    assert not got.is_article
    assert got.reason.startswith("listing"), got.reason


def test_an_article_with_a_table_of_dated_documents_stays_an_article():
    rows = "".join(f"<tr><td>{number}</td><td>{day}</td><td>{summary}</td></tr>"
                   for number, day, summary in DOCS)
    page = _doc(HEADLINE, f"<div class='detail'><h1>{HEADLINE}</h1>"
                "<div class='date'>15/10/2025 08:30</div>"
                + "".join(f"<p>{p}</p>" for p in PROSE[:2])
                + f"<table>{rows}</table><p>{PROSE[2]}</p></div>")
    got = extract_article(page, "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.is_article, got.reason


def test_an_article_of_a_long_dated_list_stays_an_article():
    steps = "".join(f'<li class="step"><span class="d">{day}</span> {summary}</li>'
                    for _, day, summary in DOCS * 3)
    page = _doc(HEADLINE, f"<div class='detail'><h1>{HEADLINE}</h1>"
                f"<div class='date'>15/10/2025 08:30</div><p>{PROSE[0]}</p><ul>{steps}</ul></div>")
    got = extract_article(page, "https://huyen.example.vn/tin/cac-moc.html")
    assert got.is_article, got.reason


def test_a_brief_under_a_linked_heading_of_another_story_stays_an_article():
    """A body opened by a linked "read also" heading: the block holds the body's paragraphs,
    no teaser's one excerpt."""
    page = _doc(HEADLINE, f"<h1>{HEADLINE}</h1><div class='when'>15/10/2025 08:30</div>"
                f'<div class="body"><h3><a href="/bai/0.html">{STORIES[0][0]}</a></h3>'
                + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>")
    got = extract_article(page, "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.is_article, got.reason


# --- a tag page of three stories, each a card under a linked heading -----------------------

def tag_page() -> str:
    cards = "".join(
        f'<div class="item"><h2><a href="/bai/{i}.html">{head}</a></h2>'
        f'<span class="when">0{i + 2}/11/2025</span><div class="excerpt">{sapo}</div></div>'
        for i, (head, sapo) in enumerate(STORIES))
    return _doc("Camera an ninh - Tin mới nhất",
                '<div class="top"><a href="/">Báo Huyện</a></div><h1 class="tag">#Camera an '
                f'ninh</h1><section class="list">{cards}</section>'
                '<div class="pages"><a href="?trang=2">2</a></div>')


def test_a_tag_page_of_three_story_cards_is_no_article():
    got = extract_article(tag_page(), "https://bao.example.vn/chu-diem/camera-an-ninh-118.html")
    assert not got.is_article
    assert got.reason.startswith("listing"), got.reason


def test_an_article_with_three_related_cards_after_it_stays_an_article():
    cards = "".join(f'<div class="item"><h3><a href="/bai/{i}.html">{head}</a></h3>'
                    f"<p>{sapo}</p></div>" for i, (head, sapo) in enumerate(STORIES))
    page = _doc(HEADLINE, f"<div class='detail'><h1>{HEADLINE}</h1>"
                "<div class='date'>15/10/2025 08:30</div>"
                + "".join(f"<p>{p}</p>" for p in PROSE)
                + f"</div><div class='more'>{cards}</div>")
    got = extract_article(page, "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.is_article, got.reason
    assert "vải thiều" not in got.text


# --- a portal's home page: one featured story under its linked heading --------------------

FEATURED = " ".join(PROSE[:2]) + " Cán bộ các xã được tập huấn cách phân loại phản ánh."


def home_page() -> str:
    return _doc("Trang thông tin điện tử huyện Yên Hòa",
                '<div class="logo">ỦY BAN NHÂN DÂN HUYỆN YÊN HÒA</div>'
                f'<div class="featured"><h3><a href="/tin/12">{HEADLINE}</a></h3>'
                f'<div class="when">Ngày 15/10/2025</div><p>{FEATURED}</p></div>'
                '<div class="box"><h4>Lịch công tác</h4><ul><li>Họp giao ban tuần (20/10/2025)'
                "</li><li>Tiếp công dân định kỳ (22/10/2025)</li></ul></div>")


def test_a_home_page_with_one_featured_story_is_no_article():
    got = extract_article(home_page(), "https://yenhoa.example.vn/")
    assert not got.is_article
    assert got.reason.startswith("listing"), got.reason


def test_an_article_whose_headline_links_to_its_permalink_stays_an_article():
    page = _doc(f"{HEADLINE} - Huyện Yên Hòa",
                f'<div class="post"><h2><a href="/tin/12">{HEADLINE}</a></h2>'
                '<div class="when">15/10/2025 08:30</div>'
                + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>")
    got = extract_article(page, "https://yenhoa.example.vn/tin/12")
    assert got.is_article, got.reason
    assert got.title == HEADLINE


# --- a board of questions and answers -----------------------------------------------------

QUESTIONS = [
    ("Phạm Minh Tú", "03/11/2025",
     "Gia đình tôi muốn đăng ký thường trú cho con mới sinh qua cổng dịch vụ công thì cần "
     "chuẩn bị những giấy tờ gì và mất bao lâu?",
     "Ông chỉ cần tài khoản định danh mức hai, nộp tờ khai trực tuyến kèm giấy khai sinh điện "
     "tử; kết quả được trả trong vòng bảy ngày làm việc."),
    ("Đỗ Thị Hạnh", "28/10/2025",
     "Hợp tác xã của chúng tôi có được hỗ trợ kinh phí khi mở gian hàng trên sàn thương mại "
     "điện tử không?",
     "Theo kế hoạch của tỉnh, hợp tác xã được hỗ trợ phí duy trì gian hàng trong năm đầu và "
     "được tập huấn miễn phí về chụp ảnh sản phẩm."),
]


def board_page() -> str:
    entries = "".join(
        f'<div class="entry"><div class="ask"><i>Người gửi: {who}</i> '
        f'<span class="sent">Ngày hỏi: {day}</span><p>{q}</p></div>'
        f'<div class="reply"><i>Trả lời:</i><p>{a}</p></div></div>'
        for who, day, q, a in QUESTIONS)
    return _doc("Hỏi - đáp - Sở Tư pháp",
                '<div class="top">GIẢI ĐÁP THẮC MẮC CỦA NGƯỜI DÂN</div>'
                f'<a class="ask-btn" href="/hoi/gui">Đặt câu hỏi</a><div class="board">{entries}'
                "</div>")


def test_a_board_of_dated_questions_without_a_headline_is_no_article():
    got = extract_article(board_page(), "https://sotuphap.example.vn/giai-dap")
    assert not got.is_article
    assert got.reason.startswith("listing"), got.reason


def test_a_question_and_answer_interview_stays_an_article():
    turns = "".join(f'<div class="turn"><p><b>Phóng viên hỏi ngày {day}: {q}</b></p><p>{a}</p>'
                    "</div>" for _, day, q, a in QUESTIONS)
    page = _doc(HEADLINE, f"<div class='detail'><h1>{HEADLINE}</h1>"
                f"<div class='date'>15/10/2025 08:30</div><p>{PROSE[0]}</p>{turns}</div>")
    got = extract_article(page, "https://huyen.example.vn/tin/phong-van.html")
    assert got.is_article, got.reason


# --- the headline at the end of the <title>, the site's name first -------------------------

def portal_page(logo: str = "") -> str:
    return _doc(f"Trang tin điện tử phường - {HEADLINE}",
                f'<div class="banner">{logo}<img src="/b.png" alt=""></div>'
                '<div class="portlet"><h2 class="box-title">Tin hoạt động</h2>'
                f'<div class="view"><h1 class="view-title">{HEADLINE}</h1>'
                '<div class="view-date">Ngày đăng: 14/10/2025 09:12:37</div>'
                + "".join(f"<p>{p}</p>" for p in PROSE) + "</div></div>")


def test_the_headline_after_the_sites_name_in_the_title_is_the_title():
    got = extract_article(portal_page(), "https://phuong.example.vn/tin/-/view/889")
    assert got.title == HEADLINE
    assert got.published_at is not None
    assert (got.published_at.day, got.published_at.hour, got.published_at.minute) == (14, 9, 12)


def test_a_logo_h1_in_the_banner_is_still_no_headline():
    page = portal_page().replace(f'<h1 class="view-title">{HEADLINE}</h1>',
                                 f'<h2 class="view-title">{HEADLINE}</h2>').replace(
        '<div class="banner">',
        f'<div class="banner" role="banner"><h1>{HEADLINE}</h1>', 1)
    page = page.replace(f"<title>Trang tin điện tử phường - {HEADLINE}</title>",
                        "<title>Trang tin điện tử phường - Trang tin điện tử phường</title>")
    got = extract_article(page, "https://phuong.example.vn/tin/-/view/889")
    assert got.title == HEADLINE


# --- a dateline glued to the next element's number ---------------------------------------

def test_a_time_and_a_view_count_of_sibling_elements_stay_apart():
    tree = parse("<div><span>05/11/25 09:40</span><span>2.310 lượt xem</span></div>")
    assert lines(tree) == ["05/11/25 09:40 2.310 lượt xem"]


@pytest.mark.parametrize("stamp", ["05/11/25 09:40", "05/11/2025 09:40", "09:40 05/11/25"])
def test_a_dateline_beside_a_view_count_gives_the_minute(stamp):
    page = _doc(HEADLINE, f"<div class='detail'><h1>{HEADLINE}</h1><div class='info'>"
                f"<span class='d'>{stamp}</span><span class='v'>2.310 lượt xem</span></div>"
                + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>")
    got = extract_article(page, "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.published_at is not None
    assert (got.published_at.year, got.published_at.month, got.published_at.day,
            got.published_at.hour, got.published_at.minute) == (2025, 11, 5, 9, 40)


# --- the vendor check of every CMS account field -------------------------------------------

@pytest.mark.parametrize(("name", "generator", "expected"), [
    ("VNPT", None, None),
    ("Vietsoft", None, None),
    ("Cổng TTĐT", "Cổng TTĐT 3.1", None),
    ("admin", None, None),
    ("Webmaster", None, None),
    ("Administrator", None, None),
    ("Thu Hà", None, "Thu Hà"),
    ("PV", None, "PV"),
])
def test_account_refuses_vendors_and_staff_accounts(name, generator, expected):
    assert account(name, set(), generator) == expected


def _ld_page(author: object, credit: str = "") -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": HEADLINE, "author": author}, ensure_ascii=False)
    tail = f"<p class='sign'><b>{credit}</b></p>" if credit else ""
    return _doc(HEADLINE, f"<div class='detail'><h1>{HEADLINE}</h1>"
                + "".join(f"<p>{p}</p>" for p in PROSE) + f"{tail}</div>",
                head=f'<script type="application/ld+json">{ld}</script>')


def test_a_vendor_as_json_ld_author_gives_way_to_the_credit_on_the_page():
    got = extract_article(_ld_page({"@type": "Person", "name": "VNPT"}, credit="Minh Khoa"),
                          "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.author == "Minh Khoa"


def test_a_vendor_as_json_ld_author_is_no_author():
    got = extract_article(_ld_page("Vietsoft"),
                          "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.author is None


def test_a_person_as_json_ld_author_is_kept():
    got = extract_article(_ld_page({"@type": "Person", "name": "Lan Chi"}),
                          "https://huyen.example.vn/tin/tra-loi-phan-anh.html")
    assert got.author == "Lan Chi"
