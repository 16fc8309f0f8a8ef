"""Forum threads (issue #12): the first post is the article, its poster the author, its date
(in the software's own order) the publication time; replies, quotes and signatures are not
part of it. Keyed on forum markup, not on any host."""

from __future__ import annotations

import pytest

from crawler.extraction import extract_article
from crawler.extraction.dom import parse
from crawler.extraction.forum import first_post
from tests.test_extraction import PARAS, URL, vn

THREAD = "Hỏi kinh nghiệm nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến"
FIRST = "<br /><br />".join(PARAS)
REPLY = "Mình cũng làm online rồi, khoảng một tuần là có bằng mới gửi về nhà."


def _page(posts: str, head: str = "") -> str:
    return (f"<html><head><title>{THREAD} - Diễn đàn Mẫu</title>{head}</head><body>"
            f'<div class="breadcrumb"><a href="/">Diễn đàn</a></div><h1>{THREAD}</h1>'
            f"{posts}<div>Múi giờ GMT +7. Bây giờ là 09:15 AM.</div></body></html>")


def vb4(date: str = "03-15-2025, 08:40 PM") -> str:
    def post(n: int, user: str, day: str, text: str) -> str:
        return (f'<li class="postbitlegacy postcontainer" id="post_{n}"><div class="posthead">'
                f'<span class="postdate"><span class="date">{day}</span></span></div>'
                f'<div class="userinfo"><a class="username" href="member.php?u={n}">'
                f"<strong>{user}</strong></a></div><div class=\"postbody\"><div class=content>"
                f'<div id="post_message_{n}"><blockquote class="postcontent">{text}'
                '</blockquote></div></div><blockquote class="signature">Sống chậm lại</blockquote>'
                "</div></li>")
    return _page('<ol id="posts">' + post(1, "tuanpham_ct", date, FIRST)
                 + post(2, "khach_qua_duong", "03-16-2025, 09:00 AM", REPLY) + "</ol>",
                 '<meta name="generator" content="vBulletin 4.2.5">')


def vb3() -> str:
    def post(n: int, user: str, day: str, text: str) -> str:
        return (f'<table class="tborder" id="post{n}"><tr><td class="thead">{day}</td></tr>'
                f'<tr><td class="alt2"><a class="bigusername" href="member.php?u={n}">{user}</a>'
                f'</td><td class="alt1"><div id="post_message_{n}">{text}</div></td></tr></table>')
    return _page('<div id="posts">' + post(7, "tapHoaCoBa", "09-30-2024, 07:12 AM", FIRST)
                 + post(8, "hokinhdoanh2", "10-01-2024, 06:23 AM", REPLY) + "</div>")


def xenforo() -> str:
    def post(n: int, user: str, iso: str, text: str) -> str:
        return (f'<article class="message message--post" data-author="{user}" id="js-post-{n}">'
                f'<h4 class="message-name"><a class="username">{user}</a></h4>'
                f'<header><a href="/p/{n}"><time class="u-dt" datetime="{iso}">2/8/24</time></a>'
                f'</header><div class="bbWrapper">{text}<blockquote class="bbCodeBlock '
                'bbCodeBlock--quote">Một đoạn trích bài khác</blockquote></div></article>')
    return _page(post(1, "me_bap_2009", "2024-08-02T21:17:00+0700", FIRST)
                 + post(2, "user_3cantho", "2024-08-02T22:17:00+0700", REPLY))


def phpbb() -> str:
    def post(n: int, user: str, iso: str, text: str) -> str:
        return (f'<div id="p{n}" class="post bg2"><div class="inner"><div class="postbody">'
                f'<p class="author"><time datetime="{iso}">T7 15 Th3, 2025 8:40 pm</time></p>'
                f'<div class="content">{text}</div></div><dl class="postprofile">'
                f'<dt><a class="username" href="/u/{n}">{user}</a></dt></dl></div></div>')
    return _page(post(1, "lan_anh", "2025-03-15T13:40:00+00:00", FIRST)
                 + post(2, "hung_ct", "2025-03-15T14:40:00+00:00", REPLY))


@pytest.mark.parametrize(("html", "poster", "published"), [
    (vb4(), "tuanpham_ct", vn(2025, 3, 15, 20, 40)),
    (vb3(), "tapHoaCoBa", vn(2024, 9, 30, 7, 12)),
    (xenforo(), "me_bap_2009", vn(2024, 8, 2, 21, 17)),
    (phpbb(), "lan_anh", vn(2025, 3, 15, 20, 40)),
])
def test_first_post_is_the_article(html, poster, published):
    got = extract_article(html, URL)
    assert got.is_article and got.path == "forum"
    assert got.text.split("\n\n") == PARAS  # no reply, quote or signature
    assert got.author == poster and got.published_at == published
    assert got.title == THREAD and got.lead is None


def test_a_day_first_date_on_vbulletin_is_read_day_first():
    got = extract_article(vb4("15-03-2025, 08:40 PM"), URL)
    assert got.published_at == vn(2025, 3, 15, 20, 40)


def test_an_ambiguous_vbulletin_date_follows_the_software_month_first_default():
    assert extract_article(vb4("03-05-2025, 08:40 PM"), URL).published_at == vn(
        2025, 3, 5, 20, 40)


def test_a_news_page_is_no_forum_thread():
    html = ('<html><body><div class="post"><h1>Tin</h1><div class="entry-content">'
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div></div></body></html>")
    assert first_post(parse(html)) is None
    assert extract_article(html, URL).path != "forum"


def test_a_thread_list_is_not_a_post():
    rows = "".join(f'<li class="threadbit"><a class="title" href="showthread.php?t={i}">'
                   f"Chủ đề số {i} về dịch vụ công trực tuyến của tỉnh</a>"
                   f'<a class="username">user{i}</a></li>' for i in range(8))
    html = _page(f'<ol id="threads">{rows}</ol>')
    assert first_post(parse(html)) is None
    assert not extract_article(html, URL).is_article


def test_vbulletin5_post_with_a_datetime():
    def post(n: int, user: str, iso: str, shown: str, text: str) -> str:
        return (f'<li class="b-post js-post" data-node-id="{n}"><div class="b-userinfo__details">'
                f'<div class="author h-text-size--14"><a href="/member/{n}">{user}</a></div>'
                f'</div><div class="b-post__timestamp"><time itemprop="dateCreated" '
                f'datetime="{iso}">{shown}</time></div><div class="b-post__content">'
                f'<div class="js-post__content-text restore h-wordwrap">{text}</div></div></li>')
    html = _page('<ul class="conversation-list">'
                 + post(1, "thanhtam_dn", "2025-03-15T20:40:00", "03-15-2025, 08:40 PM", FIRST)
                 + post(2, "an_binh", "2025-03-16T09:00:00", "03-16-2025, 09:00 AM", REPLY)
                 + "</ul>")
    got = extract_article(html, URL)
    assert got.path == "forum" and got.author == "thanhtam_dn"
    assert got.published_at == vn(2025, 3, 15, 20, 40) and got.text.split("\n\n") == PARAS


def _discourse_post(n: int, user: str, iso: str, text: str) -> str:
    return (f'<div id="post_{n}" class="topic-body crawler-post"><div class="crawler-post-meta">'
            f'<span class="creator" itemprop="author"><a href="/u/{user}"><span itemprop="name">'
            f'{user}</span></a></span><span class="crawler-post-infos"><time itemprop='
            f'"datePublished" datetime="{iso}" class="post-time">July 27, 2025</time></span>'
            f'</div><div class="post" itemprop="text">{text}</div></div>')


def test_discourse_crawler_view_thread():
    html = _page(_discourse_post(1, "minhdv_dev", "2025-07-27T19:14:00Z",
                                 "".join(f"<p>{p}</p>" for p in PARAS))
                 + _discourse_post(2, "thuylinh", "2025-07-28T08:00:00Z", f"<p>{REPLY}</p>"),
                 head='<meta name="description" content="Thảo luận về dữ liệu và chính quyền số">')
    got = extract_article(html, URL)
    assert got.path == "forum" and got.author == "minhdv_dev" and got.lead is None
    assert got.published_at == vn(2025, 7, 28, 2, 14) and got.text.split("\n\n") == PARAS


def test_a_discourse_topic_list_is_a_listing():
    rows = "".join(f'<tr class="topic-list-item"><td><a class="title raw-topic-link" href="/t/'
                   f'{i}">Chủ đề số {i} về dữ liệu mở của tỉnh</a><div><a href="/c/5">Dữ liệu</a>'
                   f"</div></td><td>{i}</td><td>1{i}0</td><td>July {i + 1}, 2025</td></tr>"
                   for i in range(6))
    assert not extract_article(_page(f'<table class="topic-list">{rows}</table>'), URL).is_article


def invision() -> str:
    def post(n: int, user: str, iso: str, text: str) -> str:
        return (f'<article id="elComment_{n}" class="cPost ipsBox ipsComment">'
                f'<aside class="ipsComment_author cAuthorPane"><h3 class="cAuthorPane_author">'
                f'<strong><a href="/profile/{n}/">{user}</a></strong></h3></aside>'
                f'<div class="ipsComment_content"><p class="ipsComment_meta">Đăng ngày '
                f'<time datetime="{iso}">15 Tháng 3, 2025</time></p>'
                f'<div data-role="commentContent" class="ipsType_richText">{text}</div>'
                '<div data-role="memberSignature"><div class="ipsType_richText">Sống chậm lại'
                "</div></div></div></article>")
    return _page('<div id="comments"><form>' + post(1, "lan_anh", "2025-03-15T13:40:00Z", FIRST)
                 + post(2, "hung_ct", "2025-03-16T01:00:00Z", REPLY) + "</form></div>")


def test_invision_community_thread():
    got = extract_article(invision(), URL)
    assert got.is_article and got.path == "forum"
    assert got.text.split("\n\n") == PARAS  # no reply, no signature
    assert got.author == "lan_anh" and got.published_at == vn(2025, 3, 15, 20, 40)


def test_a_flarum_discussion_list_with_its_json_state_is_a_listing():
    items = "".join(f'<li><a href="/d/{i}-chu-de">Chủ đề số {i} về dữ liệu mở của tỉnh</a></li>'
                    for i in range(6))
    state = ('{"data": [' + ", ".join(
        f'{{"type": "discussions", "id": "{i}", "attributes": {{"title": "{PARAS[i % 3]}"}}}}'
        for i in range(6)) + "]}")
    html = _page(f'<div class="DiscussionList"><ul class="DiscussionList-discussions">{items}'
                 f'</ul></div><div id="flarum-json-payload" style="display: none">{state}</div>')
    got = extract_article(html, URL)
    assert not got.is_article and '"type"' not in got.text


def discuz() -> str:
    def post(n: int, user: str, day: str, text: str) -> str:
        return (f'<div id="post_{n}"><table id="pid{n}" class="plhin"><tr><td class="pls">'
                f'<div class="authi"><a href="/space-uid-{n}.html">{user}</a></div></td>'
                f'<td class="plc"><div class="pi"><em id="authorposton{n}">Đăng lúc {day}</em>'
                f'</div><div class="pct"><table><tr><td class="t_f" id="postmessage_{n}">{text}'
                '</td></tr></table></div></td></tr><tr><td class="plc plm"><div class="sign">'
                "Sống chậm lại</div></td></tr></table></div>")
    return _page('<div id="postlist">' + post(51, "bongda_dc", "2025-11-14 20:31", FIRST)
                 + post(52, "fan_xanh", "2025-11-15 07:02", REPLY) + "</div>")


def test_discuz_thread():
    got = extract_article(discuz(), URL)
    assert got.is_article and got.path == "forum"
    assert got.text.split("\n\n") == PARAS
    assert got.author == "bongda_dc" and got.published_at == vn(2025, 11, 14, 20, 31)


def test_a_vbulletin5_signature_is_not_part_of_the_post():
    html = _page('<ul class="conversation-list"><li class="b-post js-post" data-node-id="1">'
                 '<div class="b-post__author"><a href="/member/1">thanhtam_dn</a></div>'
                 f'<div class="b-post__content">{FIRST}<div class="b-post__sig">Chữ ký: Sống '
                 "chậm lại</div></div></li></ul>")
    got = extract_article(html, URL)
    assert got.path == "forum" and got.text.split("\n\n") == PARAS
