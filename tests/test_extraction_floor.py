"""Issue #12 on small pages: the floor, article-region dates, author shapes, size, depth."""

from __future__ import annotations

import base64
import json

import pytest

from crawler.extraction import extract_article, strip_inline_data
from tests.test_extraction import BODY, LEAD, PARAS, TITLE, URL, page, vn


def test_aspnet_form_wrapping_the_page_is_not_stripped():
    html = page().replace("<body>", '<body><form id="aspnetForm" method="post">').replace(
        "</body>", "</form></body>")
    got = extract_article(html, URL)
    assert got.is_article, got.reason
    assert got.text == BODY and got.skipped_rules >= 1


def test_a_wrapper_class_containing_comment_is_not_stripped():
    html = page().replace('<div class="article">', '<div class="page-comment-wrapper">')
    got = extract_article(html, URL)
    assert got.is_article and got.text == BODY


def test_small_forms_and_comment_boxes_are_still_stripped():
    after = ('<form class="search"><input name="q"> Tìm kiếm tin bài trên trang</form>'
             '<div class="comment-box"><p>Bạn đọc Lan: bài viết rất hay và bổ ích cho bà con'
             ' trong xã, mong có thêm nhiều bài như vậy nữa.</p></div>')
    got = extract_article(page(after=after), URL)
    assert got.text == BODY and "Bạn đọc" not in got.text


def test_plain_trafilatura_is_the_floor():
    """A per-site strip rule that removes the body's real container: the fallback wins."""
    rules = type("R", (), {"strip": [".content p:nth-child(n+2)"]})()
    got = extract_article(page(), URL, rules=rules)
    assert got.path == "trafilatura" and got.is_article
    assert all(p in got.text for p in PARAS)


def test_second_extraction_only_when_needed():
    assert extract_article(page(), URL).path == "ours"


def test_deep_nesting_keeps_the_text():
    deep = "<div>" * 10_000 + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>" * 10_000
    html = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{deep}</body></html>"
    got = extract_article(html, URL)
    assert got.is_article, got.reason
    assert all(p in got.text for p in PARAS)


def test_inline_base64_is_removed_before_the_size_cap():
    blob = base64.b64encode(bytes(range(256)) * 20_000).decode()  # about 6.8 MB
    html = page(after=f'<img src="data:image/jpeg;base64,{blob}">').encode()
    assert len(html) > 5_000_000
    small = strip_inline_data(html)
    assert len(small) < 10_000 and b"data:," in small
    got = extract_article(html, URL)
    assert got.is_article and got.text == BODY


# --- dates from the article region -----------------------------------------------------------


SIDEBAR = ('<div class="tin-moi"><h3>Tin mới</h3><ul>'
           '<li><a href="/a">Hội nghị tổng kết năm về chuyển đổi số toàn tỉnh</a>'
           ' <span class="date">10:15 20/06/2025</span></li>'
           '<li><a href="/b">Ra mắt ứng dụng công dân số của thành phố</a>'
           ' <span class="date">09:00 19/06/2025</span></li></ul></div>')


def test_cap_nhat_alone_in_the_header_is_the_publication_time():
    got = extract_article(page(before=SIDEBAR, header="<div>Cập nhật: 08:30 05/03/2025</div>"),
                          URL)
    assert got.published_at == vn(2025, 3, 5, 8, 30)
    assert got.modified_at is None


def test_a_tin_moi_list_never_dates_the_article():
    got = extract_article(page(after=SIDEBAR), URL)
    assert got.published_at is None


@pytest.mark.parametrize("shown", ["01/01/1900", "Ngày đăng: 01/01/1900 00:00", ""])
def test_no_valid_date_gives_none_not_an_invented_one(shown):
    html = page(header=f'<div class="date">{shown}</div>',
                after="<p>© 2025 Báo Mẫu. Giữ bản quyền.</p>")
    assert extract_article(html, URL).published_at is None


def test_an_implausible_meta_date_gives_way_to_the_dateline():
    head = '<meta property="article:published_time" content="2099-01-01T00:00:00+07:00">'
    got = extract_article(page(head=head, header="<div>14:20 11/03/2025</div>"), URL)
    assert got.published_at == vn(2025, 3, 11, 14, 20)


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("tail", "author"), [
    ("<p>Theo Thu Hà (Báo Tin tức)</p>", "Thu Hà"),
    ("<p>PV</p>", "PV"),
    ("<p>Nhóm PV</p>", "Nhóm PV"),
    ("<p><strong>Minh Anh</strong></p>", "Minh Anh"),
    ("<p><b>NGỌC TRÂM</b></p>", "Ngọc Trâm"),
    ("<p><strong>Hoàng Anh - Minh Tâm</strong></p>", "Hoàng Anh, Minh Tâm"),
    ("<div>Nội dung: Hà Linh - Thiết kế: Tuấn Kiệt</div>", "Hà Linh"),
    ("<div>Bài, ảnh: Khánh Vy</div>", "Khánh Vy"),
    ("<p><b><i>Bảo Ngọc</i></b></p><p>[In trang] [Quay lại]</p>", "Bảo Ngọc"),
    ("<p>Lê Minh (tổng hợp)</p>", "Lê Minh"),
    ("<p>Thu Hà (TTXVN)</p>", "Thu Hà"),
    ('<div class="author-news"><b>Tác giả: Minh Tâm</b></div>', "Minh Tâm"),
    ('<div class="news-author"><strong>Hồng Nhung (Sở TT&amp;TT)</strong></div>', "Hồng Nhung"),
    ('<div class="news-author"><p><strong>Thanh Hương (Trung tâm Văn hóa - Điện ảnh tỉnh)'
     "</strong></p></div>", "Thanh Hương"),
    ('<div class="text-right"><strong>Tác giả: </strong>Hồng Thanh</div>', "Hồng Thanh"),
    ("<p><strong>Hoài Nam/TTXVN</strong></p>", "Hoài Nam"),
    ("<p>Theo Ngọc Trâm/Báo Hậu Giang</p>", "Ngọc Trâm"),
    ("<p><em>Bài: Ngọc Trâm - Ảnh: Hoài Nam</em></p>", "Ngọc Trâm"),
    ("<p><em>Bài, ảnh: Ngọc Trâm</em></p>", "Ngọc Trâm"),
])
def test_author_shapes(tail, author):
    got = extract_article(page(body=[*PARAS, "__TAIL__"]).replace("<p>__TAIL__</p>", tail), URL)
    assert got.author == author
    assert got.text == BODY


def test_an_outlet_credit_is_no_author():
    got = extract_article(page(body=[*PARAS, "Theo Báo Mẫu (baomau.vn)"]), URL)
    assert got.author is None and got.text == BODY


def test_json_ld_person_inside_an_organisation():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
          "author": {"@type": "Organization", "name": "Báo Mẫu",
                     "member": {"@type": "Person", "name": "Lê Hoa"}}}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    assert extract_article(page(head=head), URL).author == "Lê Hoa"


def test_a_site_name_is_never_the_author():
    ld = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Báo Mẫu"}}
    head = (f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
            '<meta name="author" content="Báo Mẫu">')
    assert extract_article(page(head=head), URL).author is None


def test_a_layout_table_is_read_as_paragraphs():
    cells = "<br><br>".join(PARAS)
    html = (f"<html><head><title>{TITLE}</title></head><body><table><tr><td class=menu>"
            "<a href=/>Trang chủ</a></td></tr><tr><td class=content><b>" + TITLE + "</b><br>"
            "Ngày đăng: 18/04/2024 09:50:00<br><br>" + cells + "</td></tr></table></body></html>")
    got = extract_article(html, URL)
    assert got.text == BODY
    assert got.published_at == vn(2024, 4, 18, 9, 50)


def test_a_data_table_stays_a_table():
    table = ("<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>"
             "<tr><td>Hồ sơ trực tuyến</td><td>82%</td></tr></table>")
    got = extract_article(page(body=[*PARAS[:2], "__T__", *PARAS[2:]]).replace(
        "<p>__T__</p>", table), URL)
    assert "Hồ sơ trực tuyến" in got.text and got.path == "ours"


def test_densest_block_counts_div_paragraphs():
    from crawler.extraction.dom import parse
    from crawler.extraction.floor import densest

    divs = "".join(f"<div>{p}</div>" for p in PARAS)
    region, count = densest(parse(f"<html><body><div id=c>{divs}</div></body></html>"))
    assert region.get("id") == "c" and count >= 100


@pytest.mark.parametrize(("byline", "author"), [
    ('<span class="createdby">Viết bởi Minh Châu</span>', "Minh Châu"),
    ('<span class="createdby">Viết bởi Super User</span>', None),
    ('<p class="detail-author">Đăng bởi: Hải Yến</p>', "Hải Yến"),
    ('<span class="author">Admin</span>', None),
    ('<div class="author-info"><a class="name" href="#">Khải Minh - Gia Bảo</a></div>',
     "Khải Minh, Gia Bảo"),
    ('<div class="meta submitted"><span rel="sioc:has_creator">Gửi bởi <span class="username"'
     ' property="foaf:name">Minh Khoa</span> vào T3, 14/05/2024 - 09:10</span></div>',
     "Minh Khoa"),
    ('<span itemprop="author" itemscope><span class="p-author h-card" itemprop="name">'
     "CTV Hoàng Gia Bảo</span></span>", "Hoàng Gia Bảo"),
    ('<div class="meta"><a href="https://thu.example/@maianh">Mai Anh</a></div>', "Mai Anh"),
    ('<p class="meta">Ngày xuất bản: 10-09-2025 07:45 — PV</p>', "PV"),
    ('<p class="meta">10/09/2025 07:45 | THU HÀ</p>', "Thu Hà"),
])
def test_byline_elements(byline, author):
    assert extract_article(page(header=byline), URL).author == author


def test_a_labelled_date_line_in_the_body_is_a_date_not_text():
    got = extract_article(page(body=["Ngày cập nhật 03/05/2024", *PARAS]), URL)
    assert got.text == BODY and got.published_at == vn(2024, 5, 3, 0, 0)


def test_dateline_found_under_a_headline_worded_differently_from_og_title():
    head = f'<meta property="og:title" content="{TITLE} hôm nay">'
    html = page(head=head, header="<div>14:20 11/03/2025</div>").replace(
        f"<h1>{TITLE}</h1>", f"<div class=tieu-de>{TITLE}.</div>")
    assert extract_article(html, URL).published_at == vn(2025, 3, 11, 14, 20)


def test_a_list_heading_after_the_body_is_no_author():
    after = ('<div class="box"><div class="title-box">TIN ĐỌC NHIỀU</div><ul>'
             + "".join(f'<li><a href="/{i}">Tin số {i} của chuyên mục</a></li>' for i in range(4))
             + "</ul></div>")
    assert extract_article(page(after=after), URL).author is None


# --- body, lead, title, time on templates of the tuning sets ---------------------------------


def test_a_teaser_list_inside_the_article_region_is_not_body():
    teasers = "".join(f'<li><a href="/tin/{i}">Tin khác số {i} về chuyển đổi số ở địa phương</a>'
                      f' <span class="date">0{i}/11/2024</span></li>' for i in range(1, 6))
    got = extract_article(page(body=[*PARAS, "__L__"]).replace(
        "<p>__L__</p>", f"<ul class=title-list>{teasers}</ul>"), URL)
    assert got.text == BODY and got.is_article


def test_a_description_repeating_the_title_is_no_lead():
    got = extract_article(page(head=f'<meta name="description" content="{TITLE}">'), URL)
    assert got.lead is None and got.text == BODY


def test_an_italic_caption_under_an_image_is_dropped():
    figure = ('<p><img src="/a.jpg"></p><p><em>Cán bộ hướng dẫn người dân nộp hồ sơ qua điện '
              "thoại.</em></p>")
    got = extract_article(page(body=[PARAS[0], "__F__", *PARAS[1:]]).replace(
        "<p>__F__</p>", figure), URL)
    assert got.text == BODY


@pytest.mark.parametrize("cls", ["sapo-news", "trichdan", "itemIntroText"])
def test_lead_by_class_name(cls):
    got = extract_article(page(header=f'<div class="{cls}"><b>{LEAD}</b></div>'), URL)
    assert got.lead == LEAD and got.text == BODY


def test_headline_of_a_site_first_title_dates_the_article():
    rows = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (f"<html><head><title>UBND huyện Mẫu - {TITLE}</title></head><body><table>"
            '<tr><td class="menu"><a href="/">Trang chủ</a></td></tr>'
            f'<tr><td class="tieude"><font size="4"><b>{TITLE}</b></font></td></tr>'
            '<tr><td class="ngaydang">Cập nhật: 08:15 ngày 02/03/2025</td></tr>'
            f'<tr><td class="noidung">{rows}</td></tr></table></body></html>')
    got = extract_article(html, URL)
    assert got.title == TITLE and got.published_at == vn(2025, 3, 2, 8, 15)


def test_a_datetime_attribute_gives_the_time_of_a_date_shown_without_one():
    header = ('<dd class="published"><time datetime="2024-09-09T01:30:00+00:00">'
              "Ngày đăng: 09 Tháng 9 2024</time></dd>")
    assert extract_article(page(header=header), URL).published_at == vn(2024, 9, 9, 8, 30)


def test_itemprop_date_published_is_declared_metadata():
    header = '<span itemprop="datePublished" content="2023-07-16T17:45:00+07:00">16/07/2023</span>'
    assert extract_article(page(header=header), URL).published_at == vn(2023, 7, 16, 17, 45)


def test_a_run_of_linked_teaser_paragraphs_is_not_body():
    teasers = "".join(f'<p><a href="/tin/{i}">Tin khác số {i} về chuyển đổi số ở địa phương</a>'
                      f" <i>(0{i}/02/2024 08:30)</i></p>" for i in range(1, 5))
    got = extract_article(page(body=[*PARAS, "__L__"]).replace("<p>__L__</p>", teasers), URL)
    assert got.text == BODY


def test_a_share_button_after_the_body_is_no_author():
    share = '<div class="x1"><h3>Chia sẻ:</h3><a href="#">Facebook</a> <a href="#">Zalo</a></div>'
    got = extract_article(page(body=[*PARAS, "__S__"]).replace("<p>__S__</p>", share), URL)
    assert got.author is None


def test_a_teaser_time_of_the_same_day_never_times_the_article():
    teasers = "".join(f'<li><a href="/{i}">Tin khác số {i} trong ngày</a> <time datetime='
                      f'"2024-09-09T1{i}:00:00+07:00">09/09/2024</time></li>' for i in range(3))
    got = extract_article(page(header="<div>Ngày đăng: 09/09/2024</div>",
                               after=f"<ul>{teasers}</ul>"), URL)
    assert got.published_at == vn(2024, 9, 9, 0, 0)


def test_a_list_of_attached_documents_stays_in_the_body():
    docs = "".join(f'<li><a href="/files/qd-{i}.pdf">Quyết định số {i}/QĐ-UBND về chuyển đổi số'
                   "</a></li>" for i in range(10, 14))
    got = extract_article(page(body=[*PARAS[:2], "__D__", *PARAS[2:]]).replace(
        "<p>__D__</p>", f"<ul>{docs}</ul>"), URL)
    assert "Quyết định số 12/QĐ-UBND về chuyển đổi số" in got.text


@pytest.mark.parametrize("name", ["dc.date.issued", "DC.date.issued", "publishdate",
                                  "parsely-pub-date", "dcterms.created"])
def test_other_publication_meta_tags(name):
    head = f'<meta name="{name}" content="2024-05-14T09:10:00+07:00">'
    assert extract_article(page(head=head), URL).published_at == vn(2024, 5, 14, 9, 10)


def test_json_ld_with_several_people():
    ld = {"@type": "NewsArticle", "headline": TITLE,
          "author": [{"@type": "Person", "name": "Lê Hoa"},
                     {"@type": "Person", "name": "Minh Anh"}]}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    assert extract_article(page(head=head), URL).author == "Lê Hoa, Minh Anh"


@pytest.mark.parametrize("cls", ["box-binhluan", "tin-lien-quan-box", "ykien-bandoc"])
def test_vietnamese_comment_and_related_boxes_are_stripped(cls):
    box = (f'<div class="{cls}"><p>Một bạn đọc cho rằng cần mở rộng mô hình này ra các xã '
           "khác trong huyện sớm hơn dự kiến ban đầu.</p></div>")
    got = extract_article(page(body=[*PARAS, "__B__"]).replace("<p>__B__</p>", box), URL)
    assert got.text == BODY


def test_a_permalink_around_the_date_gives_its_time():
    header = ('<div class="entry-meta">Ngày đăng: 14/02/2025 <a href="/p/1" rel="bookmark">'
              '<time class="entry-date published" datetime="2025-02-14T19:05:00+07:00">'
              "14/02/2025</time></a></div>")
    assert extract_article(page(header=header), URL).published_at == vn(2025, 2, 14, 19, 5)


def test_a_day_only_meta_date_takes_the_time_of_the_dateline():
    head = '<meta property="article:published_time" content="2025-03-15">'
    got = extract_article(page(head=head, header="<div>Thứ bảy, 15/03/2025 - 08:40</div>"), URL)
    assert got.published_at == vn(2025, 3, 15, 8, 40)


# --- issue #12, round three: shapes of holdout2 (tuning since round three) -------------------


@pytest.mark.parametrize(("header", "expected"), [
    # Blogger: abbr.published with the ISO time in its title, inside the permalink
    ('<div>vào lúc <a class="timestamp-link" href="/p" rel="bookmark"><abbr class="published" '
     'itemprop="datePublished" title="2024-08-18T22:15:00+07:00">10:15 PM</abbr></a></div>',
     vn(2024, 8, 18, 22, 15)),
])
def test_hatom_published_attributes(header, expected):
    # a day-only date header above the title (Blogger, WordPress themes) is less precise
    before = f"<h2 class=date-header>{expected.day} tháng {expected.month}, {expected.year}</h2>"
    assert extract_article(page(before=before, after=header), URL).published_at == expected


def test_the_visitors_day_is_never_the_articles_date():
    before = '<div class="today">Thứ sáu, ngày 4 tháng 12 năm 2026</div>'
    after = "<div>Ngày hôm nay: 4/12/2026</div>"
    got = extract_article(page(before=before + "<div>Thứ Hai, 09/10/2023</div>", after=after),
                          URL)
    assert got.published_at == vn(2023, 10, 9, 0, 0)


def test_an_update_line_after_a_teaser_list_dates_the_article():
    teasers = "".join(f'<div><a href="/t{i}">Tin khác số {i} của xã trong tháng này</a> '
                      f"({i + 1:02d}/02/2024)</div>" for i in range(5))
    html = page(before=teasers + "<div>Cập nhật lúc 14g30 ngày 12/3/2024</div>",
                after="<div>Ngày hôm nay: 4/12/2026</div>")
    assert extract_article(html, URL).published_at == vn(2024, 3, 12, 14, 30)


def test_a_logo_h1_yields_to_the_heading_the_title_names():
    html = page().replace(f"<h1>{TITLE}</h1>", f"<h2>{TITLE}</h2>").replace(
        "<nav>", '<h1 id="logo">Cổng thông tin điện tử huyện Mẫu</h1><nav>').replace(
        f"<title>{TITLE} - Báo Mẫu</title>", f"<title>{TITLE}</title>")
    assert extract_article(html, URL).title == TITLE


@pytest.mark.parametrize(("byline", "author"), [
    ('<div class="author-wrap"><div class="author-name"><a href="/tac-gia/a">Hải Đăng</a></div>'
     '<div class="author-name"><a href="/tac-gia/b">Ngọc Lan</a></div><time>Thứ Tư, '
     "22/01/2025 - 08:35</time></div>", "Hải Đăng, Ngọc Lan"),
    ('<div class="author-wrap"><div class="author-name"><b>Mai Hương</b></div><span>Thứ Năm, '
     "14/11/2024 - 19:20</span></div>", "Mai Hương"),
    ('<p class="date-author"><span>03/12/2024 09:00</span></p>', None),
    ('<div class="td-post-author-name"><div>Bởi</div> <a href="/author/minh-quan/">Minh Quân'
     "</a></div>", "Minh Quân"),
])
def test_byline_elements_with_dates_and_archive_links(byline, author):
    assert extract_article(page(header=byline), URL).author == author


def test_the_footers_office_signing_its_page_is_no_author():
    html = page(body=[*PARAS, "UBND xã Tân Phú"]).replace(
        "<footer>Cơ quan chủ quản: Ban Biên tập Báo Mẫu.</footer>",
        "<div>UBND xã Tân Phú - huyện Đức Linh. Điện thoại: 062.3xxx.xxx</div>")
    got = extract_article(html, URL)
    assert got.author is None and got.text == BODY


@pytest.mark.parametrize("cls", ["td-post-sub-title", "jeg_post_subtitle",
                                 "elementor-widget-theme-post-excerpt"])
def test_theme_subtitles_are_the_lead(cls):
    assert extract_article(page(header=f'<p class="{cls}">{LEAD}</p>'), URL).lead == LEAD


def test_an_outlet_credit_opening_the_lead_is_dropped():
    got = extract_article(page(header=f'<p class="sapo">(Dân trí) - {LEAD}</p>'), URL)
    assert got.lead == LEAD


def test_image_table_caption_and_pull_quote():
    quote = "Chúng tôi đặt mục tiêu không còn văn bản giấy nào lưu chuyển giữa các cơ quan."
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + (
        '<table><tr><td><img src="/a.jpg"></td></tr><tr><td><em>Cán bộ văn thư thao tác trên '
        "hệ thống mới. Ảnh: T.L</em></td></tr></table>"
        f'<div class="ms-rteStyle-Quote">{quote}</div>') + "".join(
        f"<p>{p}</p>" for p in PARAS[2:])
    html = page(body=[]).replace('<div class="content"></div>',
                                 f'<div class="content">{body}</div>')
    got = extract_article(html, URL)
    assert "Ảnh: T.L" not in got.text and quote in got.text


@pytest.mark.parametrize("line", ["| [ Trang chủ ] [ Tin tức ] [ Liên hệ ] |",
                                  "Trang này được xem tốt nhất với Internet Explorer 6.0.",
                                  "Số lượt truy cập: 10234", "Viết bởi Administrator"])
def test_old_site_boilerplate_lines(line):
    assert extract_article(page(body=[*PARAS, line]), URL).text == BODY


def test_a_listing_whose_items_join_headline_excerpt_and_time():
    items = "".join(
        f'<article class="item"><h3><a href="/a{i}.htm">Tin số {i} về chuyển đổi số của '
        f'tỉnh</a></h3><div><a href="/a{i}.htm">Thông tin cập nhật về tin số {i} của tỉnh trong '
        f'tuần này.</a></div><time>0{i}/01/2025 - 08:50</time></article>' for i in range(1, 9))
    html = (f"<html><head><title>Công nghệ</title></head><body><h1>Công nghệ</h1>"
            f"<div class=list>{items}</div></body></html>")
    assert not extract_article(html, URL).is_article


def test_the_floor_runs_when_ours_lacks_most_of_the_densest_block():
    from crawler.extraction import floor
    from crawler.extraction.dom import parse

    tree = parse("<html><body><div id=c>" + "".join(f"<p>{p}</p>" for p in PARAS)
                 + "</div></body></html>")
    region, block = floor.densest(tree)
    kept = "\n".join(PARAS[:1])  # a long section lost in the middle: its words are missing
    assert floor.covered(region, "\n".join(PARAS)) == 1.0
    assert floor.covered(region, kept) < floor.COVERED_SHARE
    assert floor.needed(block, block, floor.covered(region, kept))
    assert not floor.needed(block, block, floor.covered(region, "\n".join(PARAS)))


def test_a_description_rewording_the_headline_is_no_lead():
    words = TITLE.split()
    head = f'<meta name="description" content="{" ".join(words[:-1])} ngay.">'
    assert extract_article(page(head=head), URL).lead is None


def test_a_menu_taken_for_the_text_never_beats_the_densest_block():
    """Ours lost the article (a strip rule) and plain trafilatura's text is a menu: the page's
    densest block is the body, never the menu or a fragment."""
    menu = "".join(f'<li><a href="/m{i}/">Chuyên mục số {i}</a></li>' for i in range(80))
    html = page(before=f'<ul class="menu">{menu}</ul>').replace(  # trafilatura: comments
        '<div class="article">', '<div class="comments"><div class="article">')
    rules = type("R", (), {"strip": [".article p"]})()
    got = extract_article(html, URL, rules=rules)
    assert got.is_article and got.path == "region"
    assert all(p in got.text for p in PARAS) and "Chuyên mục số" not in got.text


@pytest.mark.parametrize(("text", "low"), [
    ("\n".join(f"Chuyên mục {i}" for i in range(40)), True),
    ("\n".join(PARAS), False),
])
def test_prose_share_tells_a_menu_from_paragraphs(text, low):
    from crawler.extraction.floor import PROSE_SHARE, prose
    assert (prose(text) < PROSE_SHARE) is low


def test_a_wrapper_of_body_paragraphs_with_a_quote_class_is_no_pull_quote():
    """E-magazine chapters: one chapter's paragraphs sit in a ``quote-wrap`` div; they are read
    once, in place, not repeated as a pull quote."""
    chapters = (f'<section class="chap"><div class="txt"><p>{PARAS[0]}</p></div></section>'
                f'<section class="chap"><div class="quote-wrap"><div class="txt"><p>{PARAS[1]}'
                f'</p><p>{PARAS[2]}</p></div></div></section>'
                '<section class="chap"><div class="txt">'
                + "".join(f"<p>{p}</p>" for p in PARAS[3:]) + "</div></section>")
    html = page(body=["__BODY__"]).replace("<p>__BODY__</p>", chapters)
    got = extract_article(html, URL)
    assert got.text == BODY


def test_a_list_item_starting_with_theo_is_text_not_a_source_credit():
    item = "Theo dõi nhật ký truy cập hằng tuần"
    got = extract_article(page(body=[*PARAS, "__LIST__"]).replace(
        "<p>__LIST__</p>", f"<ul><li>Rà soát danh mục dùng chung</li><li>{item}</li></ul>"), URL)
    assert item in got.text


def test_an_apps_json_state_in_a_hidden_div_is_no_text():
    state = '{"props": {"page": "' + " ".join(PARAS[:2]) + '"}}'
    got = extract_article(page(after=f'<div style="display:none">{state}</div>'), URL)
    assert got.text == BODY


def test_the_site_title_marked_rel_author_is_no_byline():
    """A blog theme marks the site title ``rel=author``; the article's byline names the person."""
    html = page(header='<span class="post-author">Hoàng Gia Bảo</span>').replace(
        "<nav>", '<a class="site-title" rel="author" href="/">Nhật ký Mẫu</a><nav>')
    html = html.replace("</head>", '<meta property="og:site_name" content="Nhật ký Mẫu"></head>')
    assert extract_article(html, URL).author == "Hoàng Gia Bảo"


def test_a_post_date_in_the_apps_state_gives_the_time_of_a_bare_day():
    state = '<script>window.__STATE__ = {"post": {"post_date": "2025-04-04T23:45:00Z"}}</script>'
    got = extract_article(page(header='<div class="date">Apr 5, 2025</div>', after=state), URL)
    assert got.published_at == vn(2025, 4, 5, 6, 45)


def test_a_site_name_heading_repeating_the_title_suffix_is_no_headline():
    site = "Bản tin Huyện Mẫu"
    html = page().replace("<nav>", f'<h2 id="site_name">{site}</h2><nav>').replace(
        f"<title>{TITLE} - Báo Mẫu</title>", f"<title>{TITLE} - {site}</title>")
    got = extract_article(html, URL)
    assert got.title == TITLE and got.text == BODY


def test_an_office_signing_the_article_is_neither_text_nor_author():
    office = "Trung tâm Văn hóa - Thể thao và Truyền thông huyện Đồng Văn"
    got = extract_article(page(body=[*PARAS, office]), URL)
    assert got.text == BODY and got.author is None


def test_a_single_dated_headline_after_the_body_is_a_teaser():
    teaser = '<ul><li><a href="/t/9">Trao học bổng cho học sinh vùng cao</a> 20/08/2025</li></ul>'
    got = extract_article(page(body=[*PARAS, "__T__"]).replace("<p>__T__</p>", teaser), URL)
    assert got.text == BODY



def test_a_view_counter_beside_the_dateline_is_no_text():
    got = extract_article(page(body=["Thời gian đăng: 10:12:05 03/10/2025 \u00a0 Lượt xem: 1.027",
                                     *PARAS]), URL)
    assert got.text == BODY and got.published_at == vn(2025, 10, 3, 10, 12)
