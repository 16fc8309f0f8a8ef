"""A section's own page marked og:type article, headed by the section's name and opened by a
long introduction of the section, then its stories' teasers, was taken for an article (two
held-out pages, a Liferay portal and a paper). Its headline is the name under which the site's
menu or breadcrumb links to the page itself; a story never is."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article

HOST = "https://baobinhson.example.vn"
INTRO = (
    "Chuyên mục tổng hợp tin tức, bài phân tích và câu chuyện về xây dựng chính quyền số, kinh "
    "tế số và xã hội số trên địa bàn tỉnh. Bạn đọc theo dõi tại đây hoạt động của Ban Chỉ đạo, "
    "các văn bản hướng dẫn mới, những mô hình hay ở cơ sở và các bài hướng dẫn kỹ năng số cho "
    "người dân, từ cài đặt định danh điện tử đến nộp hồ sơ trực tuyến và thanh toán không dùng "
    "tiền mặt. Mỗi tuần chuyên mục có một bài phân tích chuyên sâu và một bài hỏi đáp chính "
    "sách; ý kiến đóng góp xin gửi về ban biên tập qua địa chỉ thư điện tử ở cuối trang.")
TEASERS = "".join(
    f'<div class="story"><h3><a href="{HOST}/chuyen-doi-so/tin-so-{i}-{1200 + i}.html">'
    f"Huyện miền núi thứ {i} đưa dịch vụ công trực tuyến về từng thôn bản</a></h3>"
    f'<span class="time">1{i}:05 0{i}/07/2024</span><p>Một đoạn giới thiệu ngắn về bài số {i} '
    f"của chuyên mục.</p></div>" for i in range(1, 9))
STORY = "".join(
    f"<p>{text}</p>" for text in [
        "Sáng 12/7, Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết sáu tháng triển khai "
        "nền tảng hỏi đáp trực tuyến cho người dân, với sự tham gia của đại diện các xã.",
        "Theo báo cáo, nền tảng đã tiếp nhận hơn bốn nghìn câu hỏi, trong đó chín mươi phần trăm "
        "được trả lời đúng hạn, phần lớn về thủ tục đất đai và hộ tịch.",
        "Sở đề nghị các xã cử cán bộ đầu mối theo dõi câu hỏi hằng ngày và cập nhật câu trả lời "
        "mẫu để người dân tra cứu trước khi gửi câu hỏi mới.",
        "Cuối buổi, hội nghị khen thưởng năm tập thể và mười cá nhân có nhiều đóng góp trong "
        "việc vận hành nền tảng, đồng thời thống nhất kế hoạch cho sáu tháng cuối năm.",
    ])


def page(url: str, headline: str, main: str, menu_href: str = "/chuyen-doi-so/",
         crumb: str | None = None) -> bytes:
    crumb = crumb or f'<a href="{menu_href}">Chuyển đổi số</a>'
    return f"""<html><head><meta charset="utf-8"><title>{headline} - Báo Bình Sơn</title>
<meta property="og:type" content="article"><meta property="og:url" content="{url}"></head>
<body><nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/thoi-su/">Thời sự</a></li><li><a href="{menu_href}">Chuyển đổi số</a></li>
<li><a href="/kinh-te/">Kinh tế</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> › {crumb}</div>
<div class="col-main"><h1>{headline}</h1>{main}</div>
<div class="sidebar"><h3>Tin mới</h3><ul>{TEASERS}</ul></div>
<footer>Báo Bình Sơn. Giấy phép số 12/GP-BTTTT.</footer></body></html>""".encode()


@pytest.mark.parametrize(("url", "menu_href"), [
    (f"{HOST}/chuyen-doi-so/", "/chuyen-doi-so/"),
    (f"{HOST}/web/portal/chuyen-doi-so", "/chuyen-doi-so"),  # Liferay: another path, same name
    (f"{HOST}/chuyen-doi-so.html", f"{HOST}/chuyen-doi-so.html"),
])
def test_a_section_page_marked_article_is_a_listing(url: str, menu_href: str) -> None:
    got = extract_article(page(url, "Chuyển đổi số", f"<p>{INTRO}</p>{TEASERS}", menu_href), url)
    assert not got.is_article
    assert got.reason.startswith("listing: the section page 'Chuyển đổi số'")


def test_the_breadcrumb_alone_names_the_section() -> None:
    url = f"{HOST}/chuyen-doi-so/"
    got = extract_article(page(url, "Chuyển đổi số", f"<p>{INTRO}</p>{TEASERS}",
                               menu_href="/cds/",
                               crumb='<a href="/chuyen-doi-so/">Chuyển đổi số</a>'), url)
    assert not got.is_article


@pytest.mark.parametrize(("url", "headline"), [
    # a story under the section: its own slug and number
    (f"{HOST}/chuyen-doi-so/hoi-nghi-nen-tang-hoi-dap-4512.html", "Hội nghị nền tảng hỏi đáp"),
    # a short headline whose slug is the URL, in no menu
    (f"{HOST}/hoi-nghi-nen-tang-hoi-dap/", "Hội nghị nền tảng hỏi đáp"),
    # a story titled like the section, at its own URL
    (f"{HOST}/chuyen-doi-so/chuyen-doi-so-8831.html", "Chuyển đổi số"),
])
def test_stories_stay_articles(url: str, headline: str) -> None:
    got = extract_article(page(url, headline, STORY), url)
    assert got.is_article, got.reason


def test_a_story_linked_from_a_sidebar_list_stays_an_article() -> None:
    """The story's own entry in a "Tin mới" list (not a menu) names it by its headline."""
    url = f"{HOST}/hoi-nghi-nen-tang-hoi-dap/"
    own = f'<div class="box-news"><a href="{url}">Hội nghị nền tảng hỏi đáp</a></div>'
    got = extract_article(page(url, "Hội nghị nền tảng hỏi đáp", STORY + own), url)
    assert got.is_article, got.reason
