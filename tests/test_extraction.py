"""Article extraction on small hand-written pages, one concern per test."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from crawler.extraction import extract_article

VN = ZoneInfo("Asia/Ho_Chi_Minh")
URL = "https://example.vn/tin-tuc/bai-1.html"
TITLE = "Xã Ea Tam ra mắt mô hình một cửa số phục vụ người dân"
LEAD = "Mô hình giúp người dân làm thủ tục nhanh hơn, không phải đi lại nhiều lần."
PARAS = [
    "Sáng 5/3, UBND xã Ea Tam tổ chức lễ ra mắt mô hình bộ phận một cửa số, nơi người dân có "
    "thể tự nộp hồ sơ trên máy tính bảng với sự hỗ trợ của đoàn viên thanh niên.",
    "Theo lãnh đạo xã, trước đây mỗi bộ hồ sơ đất đai phải qua nhiều bước trung gian, người dân "
    "thường phải quay lại hai, ba lần mới hoàn tất. Nay toàn bộ quy trình được thực hiện trên "
    "phần mềm, kết quả được trả qua tin nhắn.",
    "Trong tháng đầu vận hành, bộ phận một cửa đã tiếp nhận hơn ba trăm hồ sơ, phần lớn thuộc "
    "lĩnh vực hộ tịch và chứng thực. Tỷ lệ hồ sơ giải quyết đúng hạn đạt gần như tuyệt đối.",
    "Xã cũng bố trí một góc hướng dẫn dành cho người cao tuổi, giúp bà con làm quen với điện "
    "thoại thông minh và các ứng dụng thanh toán.",
]
BODY = "\n\n".join(PARAS)


def page(*, head: str = "", before: str = "", header: str = "", body: list[str] | None = None,
         after: str = "", title: str = TITLE) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in (body if body is not None else PARAS))
    return (
        f"<html><head><title>{title} - Báo Mẫu</title>{head}</head><body>"
        '<nav><a href="/">Trang chủ</a> <a href="/thoi-su/">Thời sự</a></nav>'
        f'{before}<div class="article"><h1>{title}</h1>{header}'
        f'<div class="content">{paragraphs}</div>{after}</div>'
        "<footer>Cơ quan chủ quản: Ban Biên tập Báo Mẫu.</footer></body></html>"
    )


def vn(y, mo, d, h, mi):
    return datetime(y, mo, d, h, mi, tzinfo=VN)


def test_plain_article():
    got = extract_article(page(header='<div class="date">08:30, 05/03/2025</div>'), URL)
    assert got.is_article and got.reason is None
    assert got.title == TITLE
    assert got.text == BODY
    assert got.published_at == vn(2025, 3, 5, 8, 30)


# --- titles and leads -------------------------------------------------------------------------


def test_title_from_og_title_without_site_suffix():
    head = ('<meta property="og:title" content="' + TITLE + ' - Báo Mẫu">'
            '<meta property="og:site_name" content="Báo Mẫu">')
    assert extract_article(page(head=head), URL).title == TITLE


def test_title_from_title_tag_without_suffix_when_no_h1():
    html = page().replace(f"<h1>{TITLE}</h1>", f'<h3 class="header-title">{TITLE}</h3>')
    assert extract_article(html, URL).title == TITLE


def test_lead_from_sapo_is_removed_from_body():
    got = extract_article(page(header=f'<h2 class="sapo">{LEAD}</h2>'), URL)
    assert got.lead == LEAD and LEAD not in got.text and got.text == BODY


def test_lead_from_meta_description_repeated_in_body_is_removed():
    head = f'<meta name="description" content="{LEAD}">'
    got = extract_article(page(head=head, body=[f"<strong>{LEAD}</strong>", *PARAS]), URL)
    assert got.lead == LEAD and got.text == BODY


# --- boilerplate --------------------------------------------------------------------------------


@pytest.mark.parametrize("noise", [
    "img6828-1-1720597592041141854741.jpg",
    "z5620295022896_de713fc9a2481e03bb685cd729482335(1).jpg",
    "Lãnh đạo xã tiếp nhận hồ sơ của người dân. Ảnh: Minh Châu",
    "Đoàn viên hướng dẫn người cao tuổi (Ảnh: Thu Hà)",
    "Ảnh: VGP/Nhật Bắc",
    "a",
    "Multimedia Đọc Báo in",
])
def test_noise_paragraphs_are_dropped(noise):
    body = [PARAS[0], noise, *PARAS[1:]]
    assert extract_article(page(body=body), URL).text == BODY


def test_figcaption_dropped():
    body = [PARAS[0], '</p><figure><img src="/a.jpg" alt="a"><figcaption>Toàn cảnh lễ ra mắt'
            "</figcaption></figure><p>" + PARAS[1], *PARAS[2:]]
    assert extract_article(page(body=body), URL).text == BODY


def test_site_prefix_stripped():
    body = ["(eatam.daklak.gov.vn) - " + PARAS[0], *PARAS[1:]]
    assert extract_article(page(body=body), URL).text == BODY
    body = ["(Chinhphu.vn) - " + PARAS[0], *PARAS[1:]]
    assert extract_article(page(body=body), URL).text == BODY


def test_tac_gia_footer_becomes_author():
    got = extract_article(page(body=[*PARAS, "<strong>Tác giả:</strong> Trang Lê"]), URL)
    assert got.text == BODY and got.author == "Trang Lê"


def test_comment_box_video_teaser_and_related_list_dropped():
    after = (
        '<div class="box-comment"><h3>Ý kiến bạn đọc</h3><textarea></textarea></div>'
        '<div class="item"><a href="/v/1/">(Video) Hội thi tin học trẻ toàn tỉnh</a></div>'
        '<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>'
        + "".join(f'<li><a href="/b{i}.html">Tin khác số {i} về giao thông nông thôn</a>'
                  f" (0{i}/03/2025)</li>" for i in range(1, 6))
        + "</ul></div>"
    )
    got = extract_article(page(after=after), URL)
    assert got.text == BODY


def test_unmarked_comment_heading_ends_the_body():
    body = [*PARAS, "Ý kiến bạn đọc", "(E-magazine) Những người giữ lửa nghề dệt"]
    assert extract_article(page(body=body), URL).text == BODY


# --- authors ------------------------------------------------------------------------------------


def test_author_from_caps_byline_with_date():
    header = '<div class="meta"><span>HÀ KIÊN</span> <span>10/07/2024 19:21</span></div>'
    got = extract_article(page(header=header), URL)
    assert got.author == "Hà Kiên" and got.published_at == vn(2024, 7, 10, 19, 21)
    assert "HÀ KIÊN" not in got.text


def test_author_from_meta_not_site_name():
    head = '<meta name="author" content="Lê Phương"><meta property="og:site_name" content="X">'
    assert extract_article(page(head=head), URL).author == "Lê Phương"
    head = '<meta name="author" content="Báo Mẫu">'
    assert extract_article(page(head=head), URL).author is None


def test_author_from_json_ld():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
          "author": [{"@type": "Person", "name": "Quang Huy"}],
          "datePublished": "2025-03-05T01:30:00Z", "dateModified": "2025-03-05T10:00:00+07:00"}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    got = extract_article(page(head=head), URL)
    assert got.author == "Quang Huy"
    assert got.published_at == vn(2025, 3, 5, 8, 30)
    assert got.modified_at == vn(2025, 3, 5, 10, 0)


@pytest.mark.parametrize("line", ["Hồng Thanh", "<strong>BÍCH NGỌC</strong>"])
def test_author_from_short_name_line_at_the_end(line):
    got = extract_article(page(body=[*PARAS, line]), URL)
    assert got.text == BODY
    assert got.author in {"Hồng Thanh", "Bích Ngọc"}


# --- dates ----------------------------------------------------------------------------------------


def test_time_first_dateline_running_into_the_body_and_second_date_after():
    body = ['<span class="time">14:56 27/04/2022</span> ' + PARAS[0], *PARAS[1:]]
    after = '<div class="bottom">14:23 25/12/2024</div>'
    got = extract_article(page(body=body, after=after), URL)
    assert got.published_at == vn(2022, 4, 27, 14, 56)
    assert got.text == BODY


def test_dateline_of_sidebar_before_the_title_is_not_taken():
    before = ('<div class="box-news">' + "".join(
        f'<p><a href="/c{i}.html">Tin ngắn số {i} về lễ hội mùa xuân</a> 0{i}/01/2025 10:0{i}</p>'
        for i in range(1, 4)) + "</div>")
    header = '<div class="post-date">Ngày đăng: 05/03/2025 - 08:30</div>'
    assert extract_article(page(before=before, header=header), URL).published_at == vn(
        2025, 3, 5, 8, 30)


def test_meta_published_time_wins_on_the_headers_day():
    head = '<meta property="article:published_time" content="2025-03-05T08:30:00+07:00">'
    header = '<div class="date">Thứ tư - 05/03/2025 09:00</div>'
    assert extract_article(page(head=head, header=header), URL).published_at == vn(
        2025, 3, 5, 8, 30)
    # on another day than the header's dateline, the declared date is stale (two held-out
    # pages, see tests/test_extraction_stale_declared_date.py): the header wins
    header = '<div class="date">Thứ năm - 06/03/2025 09:00</div>'
    assert extract_article(page(head=head, header=header), URL).published_at == vn(
        2025, 3, 6, 9, 0)


@pytest.mark.parametrize(("line", "published", "modified"), [
    ("Ngày đăng: 10/03/2025 08:15 | Cập nhật: 11/03/2025 14:20", (10, 8, 15), (11, 14, 20)),
    ("10/03/2025 08:15 - Cập nhật lúc 14:20 ngày 11/3/2025", (10, 8, 15), (11, 14, 20)),
    ("Cập nhật: 11/03/2025 14:20 | Đăng: 10/03/2025 08:15", (10, 8, 15), (11, 14, 20)),
    ("Cập nhật: 11/03/2025 14:20", (11, 14, 20), None),  # the only time shown: published
])
def test_update_time_shown_as_text_is_the_modification_time(line, published, modified):
    result = extract_article(page(header=f'<div class="date">{line}</div>'), URL)
    assert result.published_at == vn(2025, 3, *published)
    assert result.modified_at == (vn(2025, 3, *modified) if modified else None)


def test_nukeviet_weekday_dateline():
    header = '<span class="small">Thứ năm - 08/04/2021 05:04</span>'
    assert extract_article(page(header=header), URL).published_at == vn(2021, 4, 8, 5, 4)


# --- encodings ------------------------------------------------------------------------------------


def test_nfd_page_comes_out_nfc():
    html = unicodedata.normalize("NFD", page(header='<div class="date">08:30, 05/03/2025</div>'))
    got = extract_article(html.encode("utf-8"), URL, encoding="utf-8")
    assert got.title == TITLE and got.text == BODY


def test_windows_1258_page_comes_out_nfc():
    from tests.test_text import cp1258

    html = page(head='<meta charset="windows-1258">')
    got = extract_article(cp1258(html), URL)
    assert got.title == TITLE and got.text == BODY


# --- listing pages and rules ----------------------------------------------------------------------


def listing_page() -> str:
    items = "".join(
        f'<div class="item row15"><a class="title1" href="/kinh-te/202503/bai-so-{i}-a1b2c{i}/">'
        f"Tỉnh triển khai nhiệm vụ trọng tâm số {i} trong năm mới</a>"
        f'<div class="des">Sáng nay, các sở, ngành đã họp bàn giải pháp thực hiện nhiệm vụ số {i} '
        f"với nhiều ý kiến đóng góp thiết thực của đại biểu.</div>"
        f'<div class="date row10">0{i % 9 + 1}/03/2025 10:{i:02d}</div></div>'
        for i in range(12))
    return (f"<html><head><title>Kinh tế - Báo Mẫu</title></head><body>"
            f"<h1>Kinh tế</h1>{items}<div class='pagination'><a href='?paged=2'>2</a></div>"
            "</body></html>")


def test_listing_page_is_not_an_article():
    got = extract_article(listing_page(), "https://example.vn/kinh-te/")
    assert not got.is_article and got.reason


def test_a_listing_behind_a_longer_menu_of_section_links_is_a_listing():
    """The longest run of link items is the menu; the list of news is a run too."""
    menu = "".join(f'<li><a href="/m{i}/">Mục {i}</a><ul>' + "".join(
        f'<li><a href="/m{i}/{j}/">Chuyên mục {i} - mục con {j}</a></li>' for j in range(4))
        + "</ul></li>" for i in range(30))
    got = extract_article(listing_page().replace("<h1>", f'<ul class="danh-muc">{menu}</ul><h1>'),
                          "https://example.vn/kinh-te/")
    assert not got.is_article and got.reason


def test_paragraphs_with_long_links_are_no_listing():
    linked = [f'{p[:40]}<a href="/lien-quan-{i}/">xem toàn văn quyết định số {i} của tỉnh</a>'
              f"{p[40:]}" for i, p in enumerate(PARAS * 2)]
    got = extract_article(page(body=linked), URL)
    assert got.is_article, got.reason


def test_short_page_is_not_an_article():
    got = extract_article(page(body=["Trang đang được cập nhật."]), URL)
    assert not got.is_article and got.reason.startswith("too_short")


def test_site_rules_from_a_plain_object():
    rules = SimpleNamespace(
        content="div.content", title="h1", lead=None, author="span.writer",
        date="span.when", strip=[".ad"], boilerplate=[r"^Xem thêm tại chuyên trang"],
        prefix=[r"^EA TAM\s*-\s*"],
    )
    body = ["EA TAM - " + PARAS[0], '<span class="ad">Quảng cáo</span>' + PARAS[1],
            *PARAS[2:], "Xem thêm tại chuyên trang chuyển đổi số của xã"]
    header = '<span class="writer">Ngọc Ánh</span><span class="when">05/03/2025 08:30</span>'
    got = extract_article(page(body=body, header=header), URL, rules=rules)
    assert got.text == BODY
    assert got.author == "Ngọc Ánh" and got.published_at == vn(2025, 3, 5, 8, 30)


def test_site_content_selector_trusted_on_a_short_article():
    rules = SimpleNamespace(content="div.content", boilerplate=["Nguồn tin: phòng văn hóa"])
    body = [PARAS[0], "Bài viết theo Nguồn tin: phòng văn hóa xã"]
    got = extract_article(page(body=body), URL, rules=rules)
    assert got.text == PARAS[0]
    assert not got.is_article and got.reason.startswith("too_short")


def test_site_prefix_only_at_the_start():
    body = [PARAS[0] + " (eatam.gov.vn) - trích dẫn giữa câu.", *PARAS[1:]]
    got = extract_article(page(body=body), URL)
    assert "(eatam.gov.vn) - trích dẫn" in got.text


def test_category_kicker_and_repeated_title_dropped_from_body():
    body = ["Chuyển đổi số", "Chỉ đạo của UBND tỉnh:", TITLE, *PARAS]
    assert extract_article(page(body=body), URL).text == BODY


def test_bare_second_date_ends_the_body():
    body = [*PARAS, "Hồng Thanh", "14:23 25/12/2024",
            "CATP ra quân trấn áp tội phạm dịp Tết", "Tập huấn Luật giao thông cho giáo viên"]
    got = extract_article(page(body=body), URL)
    assert got.text == BODY and got.author == "Hồng Thanh"


def test_repeated_caption_line_kept_once_at_most():
    body = [PARAS[0], PARAS[1], PARAS[1], *PARAS[2:]]
    assert extract_article(page(body=body), URL).text == BODY


def test_subheadings_and_list_items_kept_in_order_linked_lists_not():
    body = [PARAS[0], PARAS[1], "</p><h2>Kết quả bước đầu</h2><ul><li>Một cửa số vận hành cả tuần."
            '</li><li>Người dân tự nộp hồ sơ.</li></ul><ul><li><a href="/x.html">Tin khác về lễ '
            "hội mùa xuân năm nay</a></li></ul><p>" + PARAS[2], PARAS[3]]
    got = extract_article(page(body=body), URL)
    assert got.text == "\n\n".join([PARAS[0], PARAS[1], "Kết quả bước đầu",
                                      "Một cửa số vận hành cả tuần.", "Người dân tự nộp hồ sơ.",
                                      PARAS[2], PARAS[3]])


@pytest.mark.parametrize(("after_image", "kept"), [
    ("Chủ tịch UBND xã phát biểu tại lễ ra mắt", False),  # unmarked caption, no period
    ("<strong>Người dân hài lòng</strong>", True),  # a bold subheading
    ("Người dân rất hài lòng.", True),  # a short sentence of the body
])
def test_line_right_after_an_image(after_image, kept):
    body = [PARAS[0], '<img src="/anh/1.jpg"></p><p>' + after_image, *PARAS[1:]]
    text = extract_article(page(body=body), URL).text
    plain = after_image.replace("<strong>", "").replace("</strong>", "")
    assert (plain in text) is kept


def test_modified_time_from_meta():
    head = ('<meta property="article:published_time" content="2025-03-05T08:30:00+07:00">'
            '<meta property="article:modified_time" content="2025-03-06T02:00:00Z">')
    got = extract_article(page(head=head), URL)
    assert got.modified_at == vn(2025, 3, 6, 9, 0)
    assert got.modified_at.tzinfo is not None


def test_htmldate_is_the_last_resort():
    html = page().replace("<footer>", '<footer><span class="copyright">Cập nhật 2024-07-10'
                          "</span>")
    got = extract_article(html, "https://example.vn/2024/07/10/bai-1.html")
    assert got.published_at is not None
    assert got.published_at.date().isoformat() == "2024-07-10"


@pytest.mark.parametrize("block", [
    f'<div class="article-desc">{LEAD}</div>',
    f'<div id="blog_post_subtitle" class="editable">{LEAD}</div>',
])
def test_a_description_block_or_subtitle_field_under_the_headline_is_the_lead(block):
    got = extract_article(page(header=block), URL)
    assert got.lead == LEAD and got.text == BODY


def test_a_broadcast_schedule_box_after_the_body_is_no_body():
    from crawler.extraction.body import clean_body

    raw = "\n".join([*PARAS, "Ban Thời sự", "Lịch phát sóng", "06:00 Bản tin sáng",
                     "11:30 Thời sự trưa", "19:45 Thời sự tối"])
    found: dict = {}
    assert clean_body(raw, title=TITLE, lead=None, rules=None, found=found) == PARAS
