"""Renderers: aggregators, JS frameworks, site builders, forums, print and long-form pages."""
import base64
import datetime as _dt
import json
import struct
import zlib

from common import (
    EN_MON,
    TODAY,
    WD,
    body,
    comments,
    css_blob,
    e,
    iso,
    menu_items,
    related,
    script_blob,
)

D = _dt.datetime


def _head(title, extra="", charset="utf-8", prefix="x", lang="vi"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{extra}\n{css_blob(prefix, 55)}\n</head>\n')


def _png(w, h, seed):
    raw = b"".join(b"\x00" + bytes(v for x in range(w) for v in ((x * seed + y) % 256, (y * 3 + seed) % 256, (x + y) % 256)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


def baomoi_like(a):
    dt = a["dt"]
    shown = dt.strftime("%d/%m/%Y %H:%M")
    rel = related(a["seed"], 10, dt)
    lst = "".join(f'<div class="bm-card"><h3 class="bm-card-title"><a href="{u}">{h}</a></h3><div class="bm-card-meta"><span class="bm-source">Báo Địa Phương</span> <time class="bm-time" datetime="{iso(d)}" title="{d.strftime("%d/%m/%Y %H:%M")}">{(i % 9) + 1} giờ trước</time></div></div>' for i, (h, d, u) in enumerate(rel))
    html = _head(a["title"], prefix="bm") + f'''<body><div id="__next"><header class="bm-header"><a class="bm-logo" href="/">Tin Tổng Hợp</a><nav class="bm-nav"><ul>{menu_items()}</ul></nav><span class="bm-today">{TODAY.strftime("%d/%m/%Y")}</span></header>
<main class="bm-layout"><div class="bm-main"><article class="bm-article">
<div class="bm-article-head"><a class="bm-article-source" href="/nguon/bao-tinh">{e(a["site"])}</a> <time class="bm-time" datetime="{iso(dt)}" title="{shown}">2 giờ trước</time></div>
<h1 class="bm-article-title">{e(a["title"])}</h1>
<h3 class="bm-article-sapo">{e(a["lead"])}</h3>
<div class="bm-article-body">
{body(a["blocks"], h="p", fig='<figure class="bm-figure"><img src="https://photo.example.vn/w700/anh.jpg"><figcaption class="bm-caption">Ảnh: Báo địa phương</figcaption></figure>', after=1)}
<p class="bm-author"><strong>{e(a["author_disp"])}</strong></p>
</div>
<div class="bm-article-footer"><a class="bm-origin-link" href="https://baotinh.example.vn/{a["seed"]}.html">Xem nguồn gốc</a> <span>Nguồn: {e(a["site"])}</span></div>
<div class="bm-keywords"><a href="/tag/chuyen-doi-so.epi">#chuyển đổi số</a></div></article>
<section class="bm-related"><h2>Tin liên quan</h2>{lst}</section></div>
<aside class="bm-aside"><h2>Tin mới</h2>{lst}</aside></main></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"id": a["seed"], "publishTime": int((dt - _dt.timedelta(hours=7)).timestamp())}}, "page": "/[slug]"})}</script>
{script_blob("bm", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def vneconomy_like(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%H:%M - %d/%m/%Y")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<article class="story story--small"><h3 class="story__title"><a href="{u}">{h}</a></h3><div class="story__meta"><time>{d.strftime("%d/%m/%Y")}</time></div></article>' for h, d, u in rel)
    html = _head(a["title"], f'<meta itemprop="datePublished" content="{iso(dt)}">', prefix="ve") + f'''<body><header class="header"><div class="header__top">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</div><nav class="header__nav"><ul>{menu_items()}</ul></nav></header>
<div class="container"><div class="detail"><div class="detail__category"><a href="/dia-phuong.htm">Địa phương</a></div>
<h1 class="detail__title">{e(a["title"])}</h1>
<div class="detail__meta"><div class="detail__author"><span class="name">{e(a["author_disp"])}</span></div><div class="detail__time"><time>{shown}</time></div></div>
<div class="detail__summary"><h2>{e(a["lead"])}</h2></div>
<div class="detail__content">
{body(a["blocks"], h="h2", fig='<figure class="detail__image"><img src="/anh.jpg"><figcaption>Ảnh minh họa</figcaption></figure>', after=2)}
</div>
<div class="detail__tags"><a href="/tag/kinh-te-so">Kinh tế số</a></div></div>
<section class="box-related"><h2 class="box__title">Tin cùng chuyên mục</h2>{lst}</section>
<aside class="sidebar"><h2>Đọc nhiều nhất</h2>{lst}</aside></div>
<footer class="footer">© Tạp chí kinh tế (mô phỏng)</footer>{script_blob("ve", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def vietnamplus_like(a):
    dt = a["dt"]
    shown = f'{WD[dt.weekday()]}, {dt.strftime("%d/%m/%Y - %H:%M")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<article class="story"><h2 class="story__heading"><a class="cms-link" href="{u}">{h}</a></h2><time class="time" datetime="{iso(d)}">{d.strftime("%d/%m/%Y")}</time></article>' for h, d, u in rel)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso(dt),
          "publisher": {"@type": "Organization", "name": a["site"]}}
    html = _head(a["title"], f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>', prefix="vp") + f'''<body><div class="site-header"><div class="header-top"><time class="today">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</time></div><nav class="navigation"><ul class="menu">{menu_items()}</ul></nav></div>
<div class="site-body"><div class="container"><div class="l-content"><div class="breadcrumbs"><a href="/xahoi/">Xã hội</a></div>
<article class="article"><h1 class="article__title cms-title">{e(a["title"])}</h1>
<div class="article__meta"><time class="time" datetime="{iso(dt)}">{shown}</time></div>
<div class="article__sapo cms-desc">{e(a["lead"])}</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{body(a["blocks"], h="h2", fig='<figure class="picture"><img src="/anh.jpg"><figcaption class="caption">(Ảnh: TTXVN phát)</figcaption></figure>', after=1)}
</div>
<div class="article__credit"><span class="cms-author">{e(a["author_disp"])}</span></div>
<div class="article__tag"><a href="/tags/chuyen-doi-so.vnp">#chuyển đổi số</a></div></article>
<section class="zone zone--related"><h2 class="zone__title">Tin liên quan</h2>{lst}</section></div>
<div class="l-sidebar"><section class="zone"><h2 class="zone__title">Tin mới nhất</h2>{lst}</section></div></div></div>
<footer class="site-footer">Báo điện tử (mô phỏng)</footer>{script_blob("vp", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def vietnamplus_like_listing(a):
    rel = related(a["seed"], 18)
    items = "".join(f'<article class="story story--horizontal"><figure class="story__thumb"><img src="/t{i}.jpg"></figure><h2 class="story__heading"><a class="cms-link" href="{u}">{h}</a></h2><time class="time" datetime="{iso(d)}">{d.strftime("%d/%m/%Y %H:%M")}</time><div class="story__summary">Tóm tắt nội dung của bài viết trong chuyên mục.</div></article>' for i, (h, d, u) in enumerate(rel))
    html = _head("Chuyển đổi số | Tin tức", prefix="vpl") + f'''<body><div class="site-header"><time class="today">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</time><nav><ul class="menu">{menu_items()}</ul></nav></div>
<div class="site-body"><div class="container"><h1 class="cate-title">Chuyển đổi số</h1><div class="box-stream">{items}</div><div class="pagination"><a href="/chuyen-doi-so/trang2.vnp">Xem thêm</a></div></div></div>
<footer class="site-footer">Báo điện tử (mô phỏng)</footer>{script_blob("vpl", a["seed"])}</body></html>'''
    return html, []


def university_news(a):
    dt = a["dt"]
    shown = f'Thời gian đăng: {dt.strftime("%H:%M:%S")} {dt.strftime("%d/%m/%Y")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a> <em>- {d.strftime("%d/%m/%Y")}</em></li>' for h, d, u in rel)
    html = _head(a["title"], prefix="dh") + f'''<body><div class="top-bar"><div class="container"><span>{TODAY.strftime("%d/%m/%Y")}</span><a href="/en">English</a><a href="https://daotao.example.vn">Cổng đào tạo</a><a href="https://email.example.vn">Email</a></div></div>
<header class="uni-header"><a class="uni-logo" href="/">{a["site"]}</a><ul class="uni-menu">{"".join(f"<li><a href='/m{i}'>{m}</a></li>" for i, m in enumerate(["Giới thiệu", "Tuyển sinh", "Đào tạo", "Khoa học công nghệ", "Hợp tác", "Sinh viên", "Tin tức"]))}</ul></header>
<div class="container"><div class="row"><div class="col-md-9"><div class="news-detail">
<h2 class="news-title">{e(a["title"])}</h2>
<p class="news-date">{shown} &nbsp; Lượt xem: 1.027</p>
<div class="news-content">
<p><em>{e(a["lead"])}</em></p>
{body(a["blocks"], h="h4")}
<p style="text-align:right"><strong>Phòng Truyền thông</strong></p>
</div></div>
<div class="news-other"><h3>Tin tức khác</h3><ul>{lst}</ul></div></div>
<div class="col-md-3"><div class="sidebar-box"><h3>Sự kiện sắp diễn ra</h3><ul>{lst}</ul></div><div class="sidebar-box"><h3>Liên kết</h3><ul><li>Thư viện số</li><li>Hệ thống LMS</li></ul></div></div></div></div>
<footer class="uni-footer">{a["site"]} — Địa chỉ: 170 An Dương Vương</footer>{script_blob("uni", a["seed"])}</body></html>'''
    return html, [shown]


def wix_like(a):
    dt = a["dt"]
    shown = f'{dt.day} thg {dt.month}, {dt.year}'
    ps = "".join(f'<p class="mm8Nw _1j-51 blog-post-text-font" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">{e(v)}</span></p>' if k == "p" else body([(k, v)], h="h2", hcls=' class="_3f-vr"') for k, v in a["blocks"])
    html = _head(a["title"], f'<meta name="generator" content="Wix.com Website Builder"><meta property="article:published_time" content="{iso(dt, z=True)}">', prefix="wx") + f'''<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">{a["site"]} · {TODAY.strftime("%d/%m/%Y")}</p></div><nav id="comp-lb2v" class="wixui-dropdown-menu"><ul>{menu_items(cls=' class="wixui-dropdown-menu__item"')}</ul></nav></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section"><div data-hook="post-page"><article class="blog-post-page-font" data-hook="post">
<div class="_3HC2E" data-hook="post-header"><div data-hook="avatar-image"><img src="https://static.example-wix.vn/avatar-{a["seed"]}.jpg" alt="{e(a["author_disp"])}"></div>
<div class="post-metadata"><span data-hook="user-name" class="tQ0Q1A user-name">{e(a["author_disp"])}</span><ul class="post-metadata__list"><li><span data-hook="time-ago" title="{shown}" class="post-metadata__date time-ago">{shown}</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime">4 phút đọc</span></li></ul></div></div>
<h1 class="blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title">{e(a["title"])}</span></h1>
<div data-hook="post-description"><div class="post-content__body" data-rce-version="9.2.3"><div class="rich-content-viewer">
<p class="mm8Nw _1j-51" dir="auto"><strong>{e(a["lead"])}</strong></p>
{ps}
</div></div></div>
<div class="post-footer"><div data-hook="post-main-actions-desktop"><span>Chia sẻ bài viết</span></div><div data-hook="post-footer__counters"><span>36 lượt xem</span><span>0 bình luận</span></div></div>
</article></div></section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_9">© 2026 by {a["site"]}. Proudly created with Wix.com</p></footer></div></div>
<script type="application/json" id="wix-warmup-data">{json.dumps({"appsWarmupData": {"post": {"id": a["seed"], "firstPublishedDate": iso(dt, z=True), "minutesToRead": 4}}})}</script>
{script_blob("wix", a["seed"])}</body></html>'''
    return html, [shown, iso(dt, z=True)]


def react_ssr(a):
    dt = a["dt"]
    shown = dt.strftime("%d/%m/%Y")
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li class="sc-bdVaJa kLpTzC"><a href="{u}">{h}</a><span class="sc-htpNat date">{d.strftime("%d/%m/%Y")}</span></li>' for h, d, u in rel)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso(dt, z=True),
          "author": {"@type": "Organization", "name": a["site"], "member": {"@type": "Person", "name": a["author_disp"]}}}
    html = _head(a["title"], f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><style data-styled="active">.kLpTzC{{margin:4px}}</style>', prefix="rc") + f'''<body><div id="root"><div class="App" data-reactroot=""><header class="sc-AxjAm Header__Wrap"><a href="/" class="Header__Logo">{a["site"]}</a><span class="Header__Date">{TODAY.strftime("%d/%m/%Y")}</span><nav><ul>{menu_items()}</ul></nav></header>
<main class="Layout__Main"><div class="ArticlePage__Container"><h1 class="ArticlePage__Title">{e(a["title"])}</h1>
<div class="ArticlePage__Meta"><span class="ArticlePage__Date">{shown}</span><span class="ArticlePage__Cat">Tin địa phương</span></div>
<p class="ArticlePage__Lead">{e(a["lead"])}</p>
<div class="ArticlePage__Body">
{body(a["blocks"], h="h2")}
</div>
<div class="ArticlePage__Author">{e(a["author_disp"])}</div>
<section class="Related"><h3>Bài viết khác</h3><ul>{lst}</ul></section></div></main>
<footer class="Footer">© {a["site"]}</footer></div></div>
<script>window.__INITIAL_STATE__ = {json.dumps({"article": {"id": a["seed"], "title": a["title"], "publishedAt": iso(dt, z=True)}}, ensure_ascii=False)};</script>
{script_blob("react", a["seed"])}{script_blob("react-chunk", a["seed"] + 5)}</body></html>'''
    return html, [shown, iso(dt, z=True)]


def angular_universal(a):
    dt = a["dt"]
    shown = f"Thời gian đăng: {dt.strftime('%H:%M')} - {dt.strftime('%d/%m/%y')}"
    c = "_ngcontent-serverapp-c42"
    rel = related(a["seed"], 7, dt)
    lst = "".join(f'<li {c}=""><a {c}="" href="{u}">{h}</a><span {c}="" class="date">{d.strftime("%d/%m/%Y %H:%M")}</span></li>' for h, d, u in rel)
    html = _head(a["title"], prefix="ng") + f'''<body><app-root _nghost-serverapp-c10="" ng-version="15.2.9"><app-header _ngcontent-serverapp-c10=""><div class="header-top">{TODAY.strftime("%d/%m/%Y")}</div><nav><ul>{menu_items()}</ul></nav></app-header>
<router-outlet></router-outlet><app-news-detail _nghost-serverapp-c42=""><div {c}="" class="news-detail-container">
<h1 {c}="" class="news-detail-title">{e(a["title"])}</h1>
<div {c}="" class="news-detail-info"><span {c}="" class="time">{shown}</span><span {c}="" class="view">Lượt xem: 409</span></div>
<div {c}="" class="news-detail-summary">{e(a["lead"])}</div>
<div {c}="" class="news-detail-content" innerhtml="">
{body(a["blocks"], h="h3")}
<p style="text-align:right"><strong>{e(a["author_disp"])}</strong></p>
</div>
<div {c}="" class="news-related"><h4 {c}="">Tin liên quan</h4><ul {c}="">{lst}</ul></div></div></app-news-detail>
<app-footer><div class="footer">Cổng thông tin điện tử — {a["site"]}</div></app-footer></app-root>
<script id="serverApp-state" type="application/json">{json.dumps({"news-detail": {"id": a["seed"], "publishDate": iso(dt)}}).replace('"', "&q;")}</script>
{script_blob("ng", a["seed"])}</body></html>'''
    return html, [shown]


def gatsby_site(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d/%m/%Y")}'
    rel = related(a["seed"], 5, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a><small>{d.strftime("%d/%m/%Y")}</small></li>' for h, d, u in rel)
    html = _head(a["title"], f'<meta name="generator" content="Gatsby 5.12.4"><meta property="article:published_time" content="{dt.strftime("%Y-%m-%d")}">', prefix="gb") + f'''<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="global-wrapper" data-is-root-path="false">
<header class="global-header"><a class="header-link-home" href="/">{a["site"]}</a><span class="today">{TODAY.strftime("%d/%m/%Y")}</span></header>
<main><article class="blog-post" itemscope itemtype="http://schema.org/Article"><header><h1 itemprop="headline">{e(a["title"])}</h1><p>{shown} · {e(a["author_disp"])}</p></header>
<section itemprop="articleBody"><p><em>{e(a["lead"])}</em></p>
{body(a["blocks"], h="h2", fig='<div class="gatsby-resp-image-wrapper"><img class="gatsby-resp-image-image" src="/static/anh.jpg"></div><p class="caption">Ảnh: nhóm biên tập</p>', after=2)}
</section><hr><footer><div class="bio"><p>Viết bởi <strong>{e(a["author_disp"])}</strong>, phóng viên thường trú.</p></div></footer></article>
<nav class="blog-post-nav"><ul>{lst}</ul></nav></main>
<footer>© 2026, Xây dựng với Gatsby</footer></div></div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/tin/{a["seed"]}/";/*]]>*/</script>{script_blob("gatsby", a["seed"])}{script_blob("gatsby-chunk", a["seed"] + 11)}</body></html>'''
    return html, [shown, dt.strftime("%Y-%m-%d")]


def medium_like(a):
    dt = a["dt"]
    shown = f'{EN_MON[dt.month - 1][:3]} {dt.day}, {dt.year}'
    ps = body(a["blocks"], h="h2", pcls=' class="pw-post-body-paragraph"')
    html = _head(a["title"], f'<meta property="article:published_time" content="{iso(dt, z=True)}"><meta name="author" content="{e(a["author_disp"])}">', prefix="md") + f'''<body><div id="root"><div class="a b c"><div class="l"><nav class="metabar"><a href="/">Blog</a><span>{TODAY.strftime("%d/%m/%Y")}</span></nav></div>
<article><div class="l"><section><div class="fr fs ft"><h1 id="h-{a["seed"]}" class="pw-post-title">{e(a["title"])}</h1>
<h2 class="pw-subtitle-paragraph">{e(a["lead"])}</h2>
<div class="speechify-ignore ab co"><div class="pw-author"><a rel="noopener follow" href="/@{a["slug"]}"><p class="be b">{e(a["author_disp"])}</p></a></div><span data-testid="storyReadTime">5 min read</span><span data-testid="storyPublishDate">{shown}</span></div>
{ps}
</div></section></div></article>
<div class="pw-multi-vote-count"><p>128 claps</p></div><div class="responses"><h2>Responses (2)</h2><p>Bài hay, cảm ơn bạn.</p></div></div></div>
<script>window.__APOLLO_STATE__ = {json.dumps({"Post:" + str(a["seed"]): {"firstPublishedAt": int((dt - _dt.timedelta(hours=7)).timestamp() * 1000)}})}</script>
{script_blob("medium", a["seed"])}{script_blob("medium-chunk", a["seed"] + 11)}</body></html>'''
    return html, [shown, iso(dt, z=True)]


def mybb(a):
    dt = a["dt"]
    h12 = dt.hour % 12 or 12
    shown = f'{dt.strftime("%d-%m-%Y")}, {h12:02d}:{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}'
    user = a["author_disp"]
    reps = comments(["kythuatvien", "dan_tinh_le", "ttt_2020"], dt, lambda d: d.strftime("%d-%m-%Y, %I:%M %p"))
    rep_html = "".join(f'<div class="post classic" id="post_{9000 + i}"><div class="post_author scaleimages"><div class="author_information"><strong><span class="largetext"><a href="/member.php?uid={40 + i}">{n}</a></span></strong><br><span class="smalltext">Thành viên</span></div></div><div class="post_content"><div class="post_head"><span class="post_date">{d}</span></div><div class="post_body scaleimages" id="pid_{9000 + i}">{t}</div></div></div>' for i, (n, t, d) in enumerate(reps))
    post = body(a["blocks"], h="pstrong", q="span", qcls=' style="font-style: italic;" class="mycode_i"').replace("<p>", "").replace("</p>", "<br><br>").replace("</span>\n", "</span><br><br>\n")
    html = _head(a["title"], '<link type="text/css" rel="stylesheet" href="/cache/themes/theme1/global.css">', prefix="mb") + f'''<body><div id="container"><div id="header"><div class="logo"><a href="/index.php">Diễn đàn Công nghệ địa phương</a></div><div class="menu"><ul><li><a href="/search.php">Tìm kiếm</a></li><li><a href="/memberlist.php">Thành viên</a></li></ul></div><div id="panel"><div class="upper"><span class="welcome">Xin chào khách! Hôm nay {TODAY.strftime("%d-%m-%Y")}</span></div></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="/index.php">Diễn đàn</a> › <a href="/forumdisplay.php?fid=4">Chuyển đổi số</a> › <span class="active">{e(a["title"])}</span></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>{e(a["title"])}</strong></div></td></tr></table>
<div id="posts">
<div class="post classic" id="post_8999"><div class="post_author scaleimages"><div class="author_avatar"><img src="/uploads/avatars/avatar_7.png"></div><div class="author_information"><strong><span class="largetext"><a href="/member.php?uid=7">{e(user)}</a></span></strong><br><span class="smalltext">Thành viên tích cực</span></div><div class="author_statistics">Bài viết: 312<br>Tham gia: 05-2019</div></div>
<div class="post_content"><div class="post_head"><div class="float_right"><strong><a href="showthread.php?tid=1{a["seed"]}&amp;pid=8999#pid8999">#1</a></strong></div><span class="post_date">{shown}</span></div>
<div class="post_body scaleimages" id="pid_8999">
{post}
</div><div class="signature scaleimages"><span style="font-style:italic">Sống là để chia sẻ.</span></div></div></div>
{rep_html}</div></div></div>
<div id="footer"><div class="lower">Powered By <a href="https://mybb.com">MyBB</a>, © 2002-2026 MyBB Group.</div></div></div>
{script_blob("mybb", a["seed"])}</body></html>'''
    return html, [shown]


def mybb_listing(a):
    rel = related(a["seed"], 16)
    rows = "".join(f'<tr class="inline_row"><td class="trow1 forumdisplay_regular"><span class="subject_old"><a href="/showthread.php?tid={500 + i}">{h}</a></span><div class="author smalltext"><a href="/member.php?uid={i}">user{i}</a></div></td><td class="trow1" align="center">{i * 3}</td><td class="trow1" align="center">{i * 41}</td><td class="trow1" style="white-space: nowrap; text-align: right;"><span class="lastpost smalltext">{d.strftime("%d-%m-%Y, %I:%M %p")}<br><a href="#">Bài mới nhất</a></span></td></tr>' for i, (h, d, u) in enumerate(rel))
    html = _head("Chuyển đổi số - Diễn đàn", prefix="mbl") + f'''<body><div id="container"><div id="header"><div class="logo">Diễn đàn Công nghệ địa phương</div><span class="welcome">Hôm nay {TODAY.strftime("%d-%m-%Y")}</span></div>
<div id="content"><div class="navigation"><a href="/index.php">Diễn đàn</a> › <span class="active">Chuyển đổi số</span></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder clear"><tr><td class="thead" colspan="4"><strong>Chuyển đổi số</strong></td></tr><tr><td class="tcat">Chủ đề / Người gửi</td><td class="tcat">Trả lời</td><td class="tcat">Xem</td><td class="tcat">Bài cuối [Mới nhất]</td></tr>{rows}</table></div>
<div id="footer">Powered By MyBB</div></div>{script_blob("mbl", a["seed"])}{script_blob("mbl2", a["seed"] + 1)}</body></html>'''
    return html, []


def smf(a):
    dt = a["dt"]
    h12 = dt.hour % 12 or 12
    shown = f'{EN_MON[dt.month - 1]} {dt.day:02d}, {dt.year}, {h12:02d}:{dt.minute:02d}:{dt.second:02d} {"am" if dt.hour < 12 else "pm"}'
    reps = comments(["haiphong_it", "nguoi_mien_nui"], dt, lambda d: f'{EN_MON[d.month - 1]} {d.day:02d}, {d.year}, {d.strftime("%I:%M:%S %p").lower()}')
    rep_html = "".join(f'<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4><a href="/index.php?action=profile;u={50 + i}">{n}</a></h4></div><div class="postarea"><div class="keyinfo"><div class="postinfo"><a class="smalltext">« <strong>Trả lời #{i + 1} vào lúc:</strong> {d} »</a></div></div><div class="post"><div class="inner">{t}</div></div></div></div></div>' for i, (n, t, d) in enumerate(reps))
    post = body(a["blocks"], h="pstrong", q="em", qcls=' class="bbc_i"').replace("<p>", "").replace("</p>", "<br><br>").replace("</em>\n", "</em><br><br>\n")
    html = _head(a["title"], '<link rel="stylesheet" href="/Themes/default/css/index.css?smf21">', prefix="smf") + f'''<body id="chrome" class="action_display board_3"><div id="footerfix"><div id="top_section"><div class="inner_wrap"><ul class="floatleft" id="top_info"><li class="welcome">Chào mừng <strong>Khách</strong>. Hôm nay là {TODAY.strftime("%d/%m/%Y")}</li></ul></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="/index.php">Diễn đàn Tin học Tỉnh nhà</a></h1></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div class="navigate_section"><ul><li><a href="/index.php"><span>Diễn đàn</span></a></li><li><a href="/index.php?board=3.0"><span>Chính quyền số</span></a></li></ul></div></div></div>
<div id="content_section"><div id="main_content_section"><div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{e(a["title"])}</span></h2><p>Tác giả chủ đề: {e(a["author_disp"])}, 1.243 lượt xem</p></div>
<div id="forumposts"><form action="/index.php?action=quickmod2;topic={a["seed"]}.0" method="post" name="quickModForm" id="quickModForm">
<div class="windowbg" id="msg{a["seed"]}01"><div class="post_wrapper"><div class="poster"><h4><a href="/index.php?action=profile;u=12" title="Xem hồ sơ của {e(a["author_disp"])}">{e(a["author_disp"])}</a></h4><ul class="user_info"><li class="membergroup">Điều hành viên</li><li class="postcount">Bài viết: 1.877</li></ul></div>
<div class="postarea"><div class="keyinfo"><div id="subject_{a["seed"]}01" class="subject_title"><a href="/index.php?msg={a["seed"]}01">{e(a["title"])}</a></div><div class="postinfo"><span class="messageicon"><img src="/Themes/default/images/post/xx.png"></span><a href="/index.php?msg={a["seed"]}01" class="smalltext" title="{e(a["title"])}">« <strong>vào lúc:</strong> {shown} »</a></div></div>
<div class="post"><div class="inner" data-msgid="{a["seed"]}01" id="msg_{a["seed"]}01">
{post}
</div></div></div>
<div class="moderatorbar"><div class="signature" id="msg_{a["seed"]}01_signature">Thông tin là tài sản.</div></div></div></div>
{rep_html}</form></div></div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="copyright"><a href="https://www.simplemachines.org">SMF 2.1.4 © 2023, Simple Machines</a></li></ul></div></div>
{script_blob("smf", a["seed"])}{script_blob("smf-chunk", a["seed"] + 11)}</body></html>'''
    return html, [shown]


def ban_in(a):
    dt = a["dt"]
    shown = f'Ngày {dt.day:02d} tháng {dt.month:02d} năm {dt.year}'
    html = f'''<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>In bài viết: {e(a["title"])}</title>{css_blob("pr", 120)}
<style>@media print {{.no-print {{display:none}}}} body{{font-family:"Times New Roman";font-size:14pt}}</style></head>
<body onload="window.print()"><div class="no-print print-toolbar"><a href="javascript:window.print()">In trang này</a> | <a href="javascript:window.close()">Đóng cửa sổ</a> | Ngày in: {TODAY.strftime("%d/%m/%Y %H:%M")}</div>
<div class="print-header"><img src="/images/logo-print.png"> <b>CỔNG THÔNG TIN ĐIỆN TỬ {e(a["site"].upper())}</b><br><small>{a["url"]}</small></div><hr>
<div class="print-content"><h1 class="print-title">{e(a["title"])}</h1>
<div class="print-date"><i>{shown}</i></div>
<div class="print-sapo"><b>{e(a["lead"])}</b></div>
<div class="print-body">
{body(a["blocks"], h="pstrong", tcls=' border="1" cellspacing="0" cellpadding="4" width="100%"')}
<p align="right"><b>{e(a["author_disp"])}</b></p>
</div></div><hr>
<div class="print-footer"><small>Bản quyền thuộc {e(a["site"])}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</small></div>
{script_blob("print", a["seed"])}{script_blob("print2", a["seed"] + 1)}</body></html>'''
    return html, [f'{dt.day:02d} tháng {dt.month:02d} năm {dt.year}']


def emagazine_gallery(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d/%m/%Y")}'
    imgs = [f'<figure class="e-figure e-figure--full"><img src="data:image/png;base64,{_png(90, 60, a["seed"] + k)}" alt=""><figcaption class="e-caption">Khung cảnh số {k + 1} của phóng sự ảnh.</figcaption></figure>' for k in range(4)]
    blocks = a["blocks"]
    parts, k = [], 0
    for i in range(0, len(blocks), 2):
        chap = body(blocks[i:i + 2], h="h2", hcls=' class="e-chapter__title"', q="blockquote", qcls=' class="e-quote"')
        parts.append(f'<section class="e-chapter">{chap}</section>')
        if k < len(imgs):
            parts.append(imgs[k])
            k += 1
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": dt.strftime("%Y-%m-%d"),
          "author": {"@type": "Person", "name": a["author_disp"].split(" - ")[0]}}
    html = _head(a["title"], f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>', prefix="em") + f'''<body class="emagazine"><div class="e-topbar"><a href="/">Về trang chủ</a><span>{TODAY.strftime("%d/%m/%Y")}</span></div>
<div class="e-cover" style="background-image:url(/emag/cover-{a["seed"]}.jpg)"><div class="e-cover__inner"><span class="e-label">E-MAGAZINE</span><h1 class="e-title">{e(a["title"])}</h1><div class="e-sapo">{e(a["lead"])}</div>
<div class="e-credit"><p>Nội dung: {e(a["author_disp"].split(" - ")[0])}</p><p>Ảnh: {e(a["author_disp"].split(" - ")[1])}</p><p>Thiết kế: Minh Đức</p></div><div class="e-date">{shown}</div></div></div>
<div class="e-body">{"".join(parts)}</div>
<div class="e-end"><div class="e-share">Chia sẻ</div><div class="e-more"><h3>E-magazine khác</h3><ul>{"".join(f"<li><a href='{u}'>{h}</a></li>" for h, d, u in related(a["seed"], 4, dt))}</ul></div></div>
{script_blob("emag", a["seed"])}</body></html>'''
    return html, [shown, dt.strftime("%Y-%m-%d")]


def tabbed_portal(a):
    dt = a["dt"]
    shown = f'Ngày ban hành tin: {dt.strftime("%d/%m/%Y")} - {dt.strftime("%Hh%M")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a> <i>{d.strftime("%d/%m/%Y")}</i></li>' for h, d, u in rel)
    docs = "".join(f'<tr><td>{i + 1}</td><td>{n}/QĐ-UBND</td><td>{d.strftime("%d/%m/%Y")}</td><td>{h}</td></tr>' for i, ((h, d, u), n) in enumerate(zip(rel, range(1201, 1209), strict=False)))
    cm = comments(["Nguyễn Văn Tư", "Hà Thị Lan"], dt, lambda d: d.strftime("%d/%m/%Y %H:%M"))
    cms = "".join(f'<div class="cmt"><b>{n}</b> <span class="cmt-date">{d}</span><p>{t}</p></div>' for n, t, d in cm)
    html = _head(a["title"], '<script src="/js/jquery-ui.tabs.min.js"></script>', prefix="tab") + f'''<body><div class="page"><div class="header"><span class="today">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</span><a href="/" class="logo">{a["site"]}</a><ul class="nav">{menu_items()}</ul></div>
<div class="content"><div class="main">
<div id="tabs" class="ui-tabs ui-widget"><ul class="ui-tabs-nav" role="tablist"><li role="tab" class="ui-tabs-active"><a href="#tab-noidung">Nội dung</a></li><li role="tab"><a href="#tab-vanban">Văn bản liên quan</a></li><li role="tab"><a href="#tab-ykien">Ý kiến ({len(cm)})</a></li></ul>
<div id="tab-noidung" class="ui-tabs-panel" role="tabpanel" aria-hidden="false">
<h1 class="tin-tieude">{e(a["title"])}</h1>
<div class="tin-ngay">{shown}</div>
<div class="tin-tomtat">{e(a["lead"])}</div>
<div class="tin-noidung">
{body(a["blocks"], h="h3")}
<p class="tin-tacgia" style="text-align:right">{e(a["author_disp"])}</p>
</div></div>
<div id="tab-vanban" class="ui-tabs-panel" role="tabpanel" aria-hidden="true" style="display:none"><table class="vb-list"><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{docs}</table></div>
<div id="tab-ykien" class="ui-tabs-panel" role="tabpanel" aria-hidden="true" style="display:none">{cms}<form class="ykien-form"><textarea name="noidung"></textarea><button>Gửi ý kiến</button></form></div>
</div>
<div class="tin-khac"><h3>Tin khác</h3><ul>{lst}</ul></div></div>
<div class="side"><h3>Tin xem nhiều</h3><ul>{lst}</ul></div></div>
<div class="footer">Cổng thông tin điện tử {a["site"]}</div></div>
<script>$(function(){{ $("#tabs").tabs(); }});</script>{script_blob("tab", a["seed"])}</body></html>'''
    return html, [f'{dt.strftime("%d/%m/%Y")} - {dt.strftime("%Hh%M")}']


def fb_note_export(a):
    dt = a["dt"]
    h12 = dt.hour % 12 or 12
    shown = f'{dt.day} tháng {dt.month}, {dt.year} lúc {h12}:{dt.minute:02d} {"SA" if dt.hour < 12 else "CH"}'
    paras = "".join(f'<div class="_2cuy _3dgx _2vxa">{body([(k, v)], h="h3")}</div>' for k, v in a["blocks"])
    cm = comments(["Đoàn Minh Quân", "Lưu Thị Yến", "Tạ Văn Hiếu"], dt, lambda d: f"{d.day} tháng {d.month}, {d.year}")
    cms = "".join(f'<div class="comment"><div class="_2b05">{n}</div><div class="_3l3x">{t}</div><abbr class="timestamp">{d}</abbr></div>' for n, t, d in cm)
    html = _head(a["title"], '<meta name="generator" content="Facebook data export (notes), HTML">', prefix="fb") + f'''<body class="_5vb_ _2yq _4yic"><div class="_li"><div class="_3a_u"><div class="_4t5n" role="main">
<div class="_3-8y _3-95 _a6-g"><div class="_2ph_ _a6-h _a6-i">Ghi chú · Xuất ngày {TODAY.strftime("%d/%m/%Y")}</div>
<div class="_2ph_ _a6-p"><div class="_39f5"><h1 class="_3-96 _2let _4a6n">{e(a["title"])}</h1>
<div class="_4lmk _5s6c"><span class="_6mb">{e(a["author_disp"])}</span> · <abbr class="_3-96 _a72d" data-utime="{int((dt - _dt.timedelta(hours=7)).timestamp())}">{shown}</abbr></div>
<div class="_2cuy _3dgx _2vxa"><p><strong>{e(a["lead"])}</strong></p></div>
{paras}
</div></div>
<div class="_2ph_ _a6-o"><div class="_3-94 _a6-o">Lượt thích: 214 · Bình luận: {len(cm)} · Chia sẻ: 31</div>{cms}</div></div>
</div></div></div>{script_blob("fb", a["seed"])}{script_blob("fb2", a["seed"] + 1)}</body></html>'''
    return html, [shown]


PAGES = [
    ("baomoi_like", "vneid", D(2025, 5, 8, 14, 50), "Minh Tú", "Minh Tú", True, ["aggregator", "relative_time_title_attr", "source_outlet_not_author", "nguon_line"], {"site": "Báo Quảng Trị điện tử"}),
    ("vneconomy_like", "kinhteso", D(2024, 12, 30, 8, 0), "Thanh Bình", "Thanh Bình", True, ["time_dash_date", "h2_summary_lead"]),
    ("vietnamplus_like", "hocba", D(2025, 9, 16, 17, 40), "Phương Thảo (TTXVN/Vietnam+)", "Phương Thảo", True, ["weekday_dash_time", "jsonld_organization_only", "author_after_body_outlet_parenthesis"]),
    ("vietnamplus_like", "LISTING", D(2025, 9, 16), None, None, False, ["listing", "box_stream"]),
    ("university_news", "attt", D(2025, 10, 3, 10, 12, 5), "Phòng Truyền thông", None, True, ["thoi_gian_dang_seconds", "office_signature_no_author", "italic_lead_in_body"], {"site": "Trường Đại học Kỹ thuật (mô phỏng)"}),
    ("wix_like", "ttkdtm", D(2024, 7, 2, 19, 30), "Ngọc Lan", "Ngọc Lan", True, ["wix_blog", "thg_month_abbrev", "avatar_author", "meta_utc_Z", "warmup_json"]),
    ("react_ssr", "duathuyen", D(2025, 1, 27, 6, 20), "Hoàng Yến", "Hoàng Yến", True, ["off_topic", "react_ssr", "jsonld_person_inside_organization", "utc_Z_previous_day", "date_only_visible", "initial_state"]),
    ("angular_universal", "dulich", D(2025, 7, 19, 8, 5), "Trung tâm Văn hóa - Thông tin", None, True, ["ng_content_attrs", "thoi_gian_dang_label", "two_digit_year", "escaped_transfer_state", "org_signature"]),
    ("gatsby_site", "hssk", D(2024, 4, 11, 0, 0), "Khánh Vy", "Khánh Vy", False, ["gatsby", "date_only", "bio_footer_author", "italic_lead"]),
    ("medium_like", "soket", D(2025, 6, 1, 6, 30), "Lê Hoàng Phúc", "Lê Hoàng Phúc", True, ["medium", "english_month_abbrev", "utc_Z_meta_previous_day", "subtitle_lead", "read_time"]),
    ("mybb", "ioc", D(2024, 2, 19, 21, 15), "quanghuy_qt", "quanghuy_qt", True, ["forum", "first_post", "pm_clock", "dash_date", "br_paragraphs", "signature", "replies_later_dates"], {"no_lead": True}),
    ("mybb", "LISTING", D(2024, 2, 19), None, None, False, ["listing", "forum_thread_list"]),
    ("smf", "attt", D(2025, 3, 22, 9, 7, 41), "tinhoc_quangtri", "tinhoc_quangtri", True, ["forum", "first_post", "english_month", "seconds", "am_clock", "br_paragraphs"], {"no_lead": True}),
    ("ban_in", "duongtinh", D(2024, 5, 28, 0, 0), "Ban Quản lý dự án giao thông", None, False, ["print_version", "declared_charset_wrong", "ngay_thang_nam", "date_only", "org_signature", "off_topic"], {"site": "Sở Giao thông vận tải"}),
    ("tabbed_portal", "vneid", D(2025, 8, 4, 15, 45), "Thành Công", "Thành Công", True, ["tabbed_layout", "hidden_tabs_with_docs_and_comments", "hour_h_minute_clock", "ngay_ban_hanh_tin_label"], {"site": "huyện Phù Cát"}),
    ("fb_note_export", "ttkdtm", D(2024, 1, 15, 20, 10), "Lê Thị Hằng Nga", "Lê Thị Hằng Nga", True, ["facebook_note_export", "obfuscated_classes", "luc_ch_12h", "data_utime_attr", "comments_with_dates"]),
    ("emagazine_gallery", "tocongnghe", D(2025, 11, 2, 0, 0), "Hà My - Tuấn Kiệt", "Hà My", False, ["emagazine", "several_inline_images", "noi_dung_anh_credit", "jsonld_date_only_time_zero", "chapters"]),
]
