"""Page templates, part C: blogs, static sites, JS apps, mobile/AMP, forums, special pages."""
from __future__ import annotations

import base64
import json
import random
from datetime import datetime, timedelta

from common import WD, E, Q, ampm, ldjson, others, render, slug, today_header
from tpl_b import _li


def blogger(a, url, key):
    d = a["d"]
    iso = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    header = f"{WD[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"
    oth = others(key, d, 6, 2)
    body = render(a["body"], p="{}<br /><br />")
    arch = "".join(f'<li><a class="post-count-link" href="/{od:%Y/%m}/{slug(t)}.html">{E(t)}</a></li>' for t, od in oth)
    return f'''<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head>
<meta content="width=1100" name="viewport"/>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<meta content="blogger" name="generator"/>
<link href="{Q(url)}" rel="canonical"/>
<title>Sổ tay làng chài: {E(a["title"])}</title>
<link type="text/css" rel="stylesheet" href="https://www.blogger.example.vn/static/v1/widgets/2975350028-css_bundle_v2.css" />
<script type="text/javascript">(function() {{ var a=window,c="blogger"; a._gaq=a._gaq||[]; }})();</script>
</head>
<body class="loading variant-simplysimple">
<div class="navbar section" id="navbar" name="Thanh điều hướng"><div class="widget Navbar" data-version="1" id="Navbar1"></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">Sổ tay làng chài</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Ghi chép của một người viết tự do về những vùng biển miền Trung</span></p></div></div></div></div></div></header>
<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" data-version="1" id="PageList1"><div class="widget-content"><ul><li class="selected"><a href="/">Trang chủ</a></li><li><a href="/p/gioi-thieu.html">Giới thiệu</a></li></ul></div></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Chính"><div class="widget Blog" data-version="1" id="Blog1">
<div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{header}</span></h2>
<div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="7043852619912345678" itemprop="postId"/>
<a name="7043852619912345678"></a>
<h3 class="post-title entry-title" itemprop="name">{E(a["title"])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7043852619912345678" itemprop="description articleBody">
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.example.vn/img/b/R29vZ2xl/xomchai.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="600" data-original-width="900" height="213" src="https://blogger.example.vn/img/b/R29vZ2xl/s320/xomchai.jpg" width="320" /></a></div><br />
{body}
<div style="clear: both;"></div>
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.example.vn/profile/0123" itemprop="url"/><a class="g-profile" href="https://www.blogger.example.vn/profile/0123" rel="author" title="author profile"><span itemprop="name">{E(a["author"])}</span></a></span></span>
<span class="post-timestamp">vào lúc <meta content="{Q(url)}" itemprop="url"/><a class="timestamp-link" href="{Q(url)}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{iso}">{d.hour % 12 or 12}:{d:%M} {ampm(d)}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{Q(url)}#comment-form">3 nhận xét</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Nhãn: <a href="/search/label/chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91" rel="tag">chuyển đổi số</a>, <a href="/search/label/ghi%20ch%C3%A9p" rel="tag">ghi chép</a></span></div></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 nhận xét:</h4><div class="comments-content"><div class="comment-thread"><ol><li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">Thu Hà</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c1">{(d+timedelta(days=1)).day} tháng {(d+timedelta(days=1)).month}, {(d+timedelta(days=1)).year} lúc 07:02</a></span></div><p class="comment-content">Đọc xong thấy thương chị Hạnh quá.</p></div></li></ol></div></div></div>
</div></div></div>
</div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2024/09/bai-moi.html" title="Bài đăng Mới hơn">Bài đăng Mới hơn</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2024/08/bai-cu.html" title="Bài đăng Cũ hơn">Bài đăng Cũ hơn</a></span><a class="home-link" href="/">Trang chủ</a></div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Lưu trữ Blog</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">{arch}</ul></div></div></div></div></aside></div></div>
</div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Chủ đề Đơn giản. Được tạo bởi <a href="https://www.blogger.example.vn" target="_blank">Blogger</a>.</div></div></div></footer>
</div></div></div>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5x'; _WidgetManager._Init('//www.blogger.example.vn/rearrange?blogID=1234567890', '//sotaylangchai.blogspot.example.vn/', '1234567890');</script>
</body></html>''', [iso, header]


def ghost(a, url, key):
    d = a["d"]
    utc = d - timedelta(hours=7)
    dz = utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    vis = f"{d.day} thg {d.month}, {d.year}"
    oth = others(key, d, 3, 1)
    body = render(a["body"], h='<h2 id="{0}">{0}</h2>'.replace('id="{0}"', ''))
    cards = "".join(f'<article class="gh-card post"><a class="gh-card-link" href="/{slug(t)}/"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">{E(t)}</h3><footer class="gh-card-meta"><time class="gh-card-date" datetime="{od:%Y-%m-%d}">{od.day} thg {od.month}, {od.year}</time></footer></div></a></article>' for t, od in oth)
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Dữ liệu & Địa phương"}, "author": {"@type": "Person", "name": a["author"], "url": "https://dulieu.example.vn/author/khoi/"}, "headline": a["title"], "url": url, "datePublished": dz, "dateModified": (utc + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "description": a["lead"]}
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{E(a["title"])}</title>
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d3c4b1e2a">
    <meta name="description" content="{Q(a["lead"])}">
    <link rel="canonical" href="{Q(url)}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Dữ liệu &amp; Địa phương">
    <meta property="og:type" content="article">
    <meta property="article:published_time" content="{dz}">
    <meta property="article:modified_time" content="{(utc + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">
    {ldjson(ld)}
    <meta name="generator" content="Ghost 5.82">
    <script defer src="https://cdn.example.vn/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://dulieu.example.vn/" data-key="8c1f2a3b4c5d6e7f" data-api="https://dulieu.example.vn/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template has-sans-title has-sans-body">
<div class="gh-viewport">
    <header id="gh-navigation" class="gh-navigation is-left-logo gh-outer">
        <div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://dulieu.example.vn">Dữ liệu &amp; Địa phương</a></div>
        <nav class="gh-navigation-menu"><ul class="nav"><li class="nav-trang-chu"><a href="https://dulieu.example.vn/">Trang chủ</a></li><li class="nav-gioi-thieu"><a href="https://dulieu.example.vn/about/">Giới thiệu</a></li></ul></nav>
        <div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Đăng nhập</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Đăng ký</a></div></div></div>
    </header>
    <main class="gh-main">
<article class="gh-article post">
    <header class="gh-article-header gh-canvas">
        <a class="gh-article-tag" href="https://dulieu.example.vn/tag/du-lieu-mo/">Dữ liệu mở</a>
        <h1 class="gh-article-title is-title">{E(a["title"])}</h1>
            <p class="gh-article-excerpt is-body">{E(a["lead"])}</p>
        <div class="gh-article-meta">
            <div class="gh-article-author-image instapaper_ignore"><a href="/author/khoi/"><img class="author-profile-image" src="/content/images/size/w160/khoi.jpg" alt="{Q(a["author"])}"></a></div>
            <div class="gh-article-meta-wrapper">
                <h4 class="gh-article-author-name"><a href="/author/khoi/">{E(a["author"])}</a></h4>
                <div class="gh-article-meta-content">
                    <time class="gh-article-meta-date" datetime="{d:%Y-%m-%d}">{vis}</time>
                        <span class="gh-article-meta-length"><span class="bull">—</span> 4 phút đọc</span>
                </div>
            </div>
        </div>
    </header>
    <section class="gh-content gh-canvas is-body">
{body}
    </section>
</article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Đọc thêm</h2><div class="gh-feed">{cards}</div></div></section>
    </main>
    <footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Dữ liệu &amp; Địa phương</span><nav class="gh-footer-menu"></nav><div class="gh-footer-copyright">Vận hành bởi <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
    <section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Đăng ký nhận bài mới</h2><p class="gh-footer-signup-subhead is-body">Bài viết gửi thẳng vào hộp thư của bạn, mỗi tháng một lần.</p></section></div></footer>
</div>
<script src="/assets/built/source.js?v=8d3c4b1e2a"></script>
</body></html>''', [dz, vis]


def hugo(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%Y}"
    oth = others(key, d, 4, 1)
    body = render(a["body"], h='<h2 id="cac-buoc-tra-cuu">{}</h2>', ul="<ol>{}</ol>")
    return f'''<!DOCTYPE html>
<html lang="vi-vn">
<head>
<meta name="generator" content="Hugo 0.124.1">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"])} | Sổ tay dịch vụ công</title>
<meta name="description" content="Hướng dẫn người dân tra cứu hồ sơ bằng mã QR.">
<link rel="stylesheet" href="/css/main.min.5a7b3c.css" integrity="sha256-abc123" crossorigin="anonymous">
<link rel="alternate" type="application/rss+xml" href="/index.xml" title="Sổ tay dịch vụ công">
</head>
<body class="single">
<header class="site-header"><nav class="nav"><a class="logo" href="/">Sổ tay dịch vụ công</a><ul class="menu"><li><a href="/huong-dan/">Hướng dẫn</a></li><li><a href="/hoi-dap/">Hỏi đáp</a></li><li><a href="/tags/">Thẻ</a></li></ul></nav></header>
<main class="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="/">Trang chủ</a>&nbsp;»&nbsp;<a href="/huong-dan/">Hướng dẫn</a></div>
    <h1 class="post-title entry-hint-parent">{E(a["title"])}</h1>
    <div class="post-meta"><span title="{vis}"><time datetime="{d:%Y-%m-%d}">{vis}</time></span>&nbsp;·&nbsp;2 phút&nbsp;·&nbsp;{E(a["show"])}</div>
  </header>
  <div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Mục lục</span></summary><div class="inner"><ul><li><a href="#cac-buoc-tra-cuu" aria-label="Các bước tra cứu">Các bước tra cứu</a></li></ul></div></details></div>
  <div class="post-content">
{body}
  </div>
  <footer class="post-footer"><ul class="post-tags"><li><a href="/tags/ma-qr/">mã QR</a></li><li><a href="/tags/mot-cua/">một cửa</a></li></ul>
  <nav class="paginav"><a class="prev" href="/huong-dan/{slug(oth[0][0])}/"><span class="title">« Trang trước</span><br><span>{E(oth[0][0])}</span></a><a class="next" href="/huong-dan/{slug(oth[2][0])}/"><span class="title">Trang sau »</span><br><span>{E(oth[2][0])}</span></a></nav></footer>
</article>
</main>
<footer class="footer"><span>&copy; 2024 <a href="/">Sổ tay dịch vụ công</a></span> · <span>Xây dựng bằng <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>
<script>document.getElementById("theme-toggle")?.addEventListener("click", () => {{ document.body.classList.toggle("dark"); }});</script>
</body></html>''', [vis]


def nuxt(a, url, key):
    d = a["d"]
    utc = d - timedelta(hours=7)
    iso = utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    vis = f"{d:%d/%m/%Y %H:%M}"
    oth = others(key, d, 6, 2)
    body_html = render(a["body"], p='<p data-v-4b2e1f0a>{}</p>')
    state = {"layout": "default", "data": [{"article": {"id": 55821, "title": a["title"], "sapo": a["lead"], "publishedAt": iso, "author": {"name": a["author"]}, "category": {"slug": "an-sinh", "name": "An sinh"}, "content": render(a["body"])}}], "fetch": {}, "error": None, "state": {"menu": [{"name": "Thời sự"}, {"name": "An sinh"}], "related": [{"title": t, "publishedAt": (od - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")} for t, od in oth]}, "serverRendered": True, "routePath": url.split(".vn", 1)[1], "config": {"apiBase": "/api", "_app": {"basePath": "/", "assetsPath": "/_nuxt/"}}}
    rel = "".join(f'<li data-v-7c1a2b3d class="related-item"><a data-v-7c1a2b3d href="/an-sinh/{slug(t)}" class="">{E(t)}</a><span data-v-7c1a2b3d class="time">{od:%d/%m/%Y %H:%M}</span></li>' for t, od in oth)
    return f'''<!doctype html>
<html lang="vi" data-n-head-ssr>
<head>
<title>{E(a["title"])} - Long An Online</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{Q(a["lead"])}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{Q(a["title"])}">
<link rel="preload" href="/_nuxt/a3f1c2d.js" as="script"><link rel="preload" href="/_nuxt/7b9e4c1.js" as="script"><link rel="stylesheet" href="/_nuxt/css/4d2a1b3.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-1a2b3c4d class="layout-default">
<header data-v-1a2b3c4d class="site-header"><div data-v-1a2b3c4d class="container"><span data-v-1a2b3c4d class="today">{today_header(0)}</span><a data-v-1a2b3c4d href="/" class="logo nuxt-link-active">Long An Online</a>
<nav data-v-1a2b3c4d class="menu"><a data-v-1a2b3c4d href="/thoi-su">Thời sự</a><a data-v-1a2b3c4d href="/an-sinh" class="nuxt-link-active">An sinh</a><a data-v-1a2b3c4d href="/kinh-te">Kinh tế</a></nav></div></header>
<main data-v-1a2b3c4d class="container"><div data-v-4b2e1f0a class="article-page">
<h1 data-v-4b2e1f0a class="article-title">{E(a["title"])}</h1>
<div data-v-4b2e1f0a class="article-meta"><span data-v-4b2e1f0a class="author">{E(a.get("show") or a["author"])}</span> <span data-v-4b2e1f0a class="dot">•</span> <span data-v-4b2e1f0a class="time">{vis}</span></div>
<div data-v-4b2e1f0a class="article-sapo">{E(a["lead"])}</div>
<div data-v-4b2e1f0a class="article-content">
{body_html}
</div>
<div data-v-4b2e1f0a class="article-share"><button data-v-4b2e1f0a class="btn-share fb">Facebook</button><button data-v-4b2e1f0a class="btn-share zalo">Zalo</button><button data-v-4b2e1f0a class="btn-copy">Sao chép liên kết</button></div>
<section data-v-7c1a2b3d class="related"><h2 data-v-7c1a2b3d>Tin liên quan</h2><ul data-v-7c1a2b3d>{rel}</ul></section>
</div></main>
<footer data-v-1a2b3c4d class="site-footer"><p data-v-1a2b3c4d>Long An Online – Trang tin điện tử tổng hợp (mô phỏng).</p></footer>
</div></div></div>
<script>window.__NUXT__={json.dumps(state, ensure_ascii=False)};</script>
<script src="/_nuxt/a3f1c2d.js" defer></script><script src="/_nuxt/7b9e4c1.js" defer></script>
</body></html>''', [iso, vis]


def msite(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%Y %H:%M} GMT+7"
    oth = others(key, d, 6, 2)
    body = render(a["body"], p='<p class="t-p">{}</p>')
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no"><meta name="format-detection" content="telephone=no">
<title>{E(a["title"])}</title><link rel="canonical" href="https://baophuyen.example.vn/tin/{slug(a["title"])}-8821.html"><link rel="amphtml" href="https://m.baophuyen.example.vn/amp/{slug(a["title"])}-8821.html">
<link rel="stylesheet" href="/m/css/mobile.css?v=12">
</head>
<body class="m-body">
<div class="m-header"><a class="m-menu-btn" href="#menu">☰</a><a class="m-logo" href="/"><img src="/m/img/logo.png" alt="Báo Phú Yên"></a><a class="m-search" href="/tim-kiem">🔍</a></div>
<div class="m-nav" id="menu"><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/kinh-te">Kinh tế</a><a href="/xa-hoi">Xã hội</a></div>
<div class="m-today">{today_header(0)}</div>
<div class="m-article">
<div class="m-cate"><a href="/xa-hoi">Xã hội</a></div>
<h1 class="m-title">{E(a["title"])}</h1>
<div class="m-info"><span class="m-time">{vis}</span></div>
<div class="m-sapo">{E(a["lead"])}</div>
<div class="m-content">
{body}
</div>
<div class="m-author">{E(a["author"])}</div>
<div class="m-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a></div>
</div>
<div class="m-box"><div class="m-box-title">Tin khác</div><ul class="m-list">{_li(oth, lambda od: f'<span class="m-time-s">{od:%d/%m %H:%M}</span>', "/tin/{s}.html")}</ul></div>
<div class="m-footer"><a href="?view=desktop">Xem bản máy tính</a><p>Báo Phú Yên điện tử (mô phỏng).</p></div>
</body></html>''', [vis]


def amp_news(a, url, key):
    d = a["d"]
    iso = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    h = d.hour % 12 or 12
    vis = f"{h}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'} {d:%d/%m/%Y}"
    oth = others(key, d, 5, 2)
    body = render(a["body"])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": a["title"], "datePublished": iso, "dateModified": iso, "author": [{"@type": "Person", "name": a["author"]}], "publisher": {"@type": "Organization", "name": "Nông nghiệp xanh", "logo": {"@type": "ImageObject", "url": "https://nongnghiep.example.vn/logo.png"}}}
    return f'''<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{E(a["title"])}</title>
<link rel="canonical" href="https://nongnghiep.example.vn/{slug(a["title"])}-d41233.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{ldjson(ld)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.header{{background:#0a6b3a;color:#fff}}.main-title{{font-size:22px}}.time{{color:#888}}</style>
</head>
<body>
<header class="header"><a href="https://nongnghiep.example.vn/"><amp-img src="/logo.png" width="160" height="40" alt="Nông nghiệp xanh"></amp-img></a></header>
<div class="breadcrumb"><a href="/nong-thon-moi">Nông thôn mới</a></div>
<article class="main-article">
<h1 class="main-title">{E(a["title"])}</h1>
<div class="author-time"><span class="author">{E(a["author"])}</span> <time class="time" datetime="{iso}">{vis}</time></div>
<h2 class="sapo">{E(a["lead"])}</h2>
<amp-img src="/2025/05/20/xoai.jpg" width="800" height="533" layout="responsive" alt=""></amp-img>
<div class="content">
{body}
</div>
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="123456"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>
</article>
<section class="related"><h3>Cùng chuyên mục</h3><ul>{_li(oth, lambda od: f'<span class="time">{od:%d/%m/%Y}</span>', "/amp/{s}.html")}</ul></section>
<footer class="footer"><a href="https://nongnghiep.example.vn/{slug(a["title"])}-d41233.html">Xem phiên bản đầy đủ</a><p>Báo Nông nghiệp xanh (mô phỏng).</p></footer>
</body></html>''', [iso, vis]


PHPBB_WD = ["T.Hai", "T.Ba", "T.Tư", "T.Năm", "T.Sáu", "T.Bảy", "C.Nhật"]


def phpbb3(a, url, key):
    d = a["d"]
    utc = d - timedelta(hours=7)
    def fmt(x):
        return f"{PHPBB_WD[x.weekday()]} {x:%d} Th{x.month:02d}, {x.year} {x.hour % 12 or 12}:{x:%M} {'am' if x.hour < 12 else 'pm'}"
    vis = fmt(d)
    body = "<br>".join(E(b) for b in a["body"] if isinstance(b, str))
    body = body.replace("<br>", "<br><br>")
    replies = [("thanhnga_hd", d + timedelta(hours=1, minutes=12), "Cảm ơn bác, em cũng đang định làm. Khám sức khỏe ở phòng khám tư có được không bác?"),
               ("hoangtuan_tn", d + timedelta(hours=1, minutes=40), "Phải là cơ sở đã kết nối dữ liệu với hệ thống thì mới được bác ạ, bác hỏi trước khi khám."),
               ("oto_mien_tay", d + timedelta(days=2, hours=3), "Em làm theo hướng dẫn, 6 ngày là nhận được bằng. Chuẩn luôn.")]
    posts = ""
    for i, (u, t, txt) in enumerate(replies):
        pid = 88213 + i
        posts += f'''<div id="p{pid}" class="post has-profile bg{1 + (i+1) % 2}"><div class="inner">
<dl class="postprofile" id="profile{pid}"><dt class="no-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u={300+i}" class="username">{u}</a></dt><dd class="profile-posts"><strong>Bài viết:</strong> {12+i*7}</dd></dl>
<div class="postbody"><div id="post_content{pid}"><h3><a href="#p{pid}">Re: {E(a["title"])}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="Bài viết"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Bài viết</span></a> <span class="responsive-hide">gửi bởi <strong><a href="./memberlist.php?mode=viewprofile&amp;u={300+i}" class="username">{u}</a></strong> &raquo; </span><time datetime="{(t - timedelta(hours=7)):%Y-%m-%dT%H:%M:%S+00:00}">{fmt(t)}</time></p>
<div class="content">{E(txt)}</div></div></div>
<div class="back2top"><a href="#top" class="top" title="Đầu trang"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Đầu trang</span></a></div></div></div><hr class="divider" />'''
    return f'''<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{E(a["title"])} - Diễn đàn Ô tô Thái Nguyên</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=42" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Trang chủ diễn đàn"><span class="site_logo"></span></a><h1>Diễn đàn Ô tô Thái Nguyên</h1><p>Nơi giao lưu của người chơi xe xứ trà</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Tìm theo từ khóa" class="inputbox search tiny" size="20" value="" placeholder="Tìm kiếm…" /></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar"><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Đăng nhập" accesskey="x" role="menuitem"><span>Đăng nhập</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem"><span>Đăng ký</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./index.php" accesskey="h" data-navbar-reference="index"><span itemprop="name">Trang chủ diễn đàn</span></a><meta itemprop="position" content="1" /></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="./viewforum.php?f=7"><span itemprop="name">Thủ tục - Giấy tờ xe</span></a><meta itemprop="position" content="2" /></span></li>
<li class="rightside responsive-search"><a href="./search.php" title="Xem tùy chọn tìm kiếm nâng cao" role="menuitem"><span class="sr-only">Tìm kiếm</span></a></li></ul></div></div>
</div>
<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=5120">{E(a["title"])}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=5120" class="button" title="Gửi trả lời"><span>Gửi trả lời</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a><div class="pagination">4 bài viết &bull; Trang <strong>1</strong> trên <strong>1</strong></div></div>
<div id="p88212" class="post has-profile bg2"><div class="inner">
<dl class="postprofile" id="profile88212"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a href="./memberlist.php?mode=viewprofile&amp;u=211" class="username">{E(a["author"])}</a></dt><dd class="profile-rank">Thành viên tích cực</dd><dd class="profile-posts"><strong>Bài viết:</strong> <a href="./search.php?author_id=211&amp;sr=posts">318</a></dd><dd class="profile-joined"><strong>Ngày tham gia:</strong> T.Năm 14 Th03, 2019 8:12 pm</dd></dl>
<div class="postbody"><div id="post_content88212">
<h3 class="first"><a href="./viewtopic.php?p=88212#p88212">{E(a["title"])}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=88212" title="Trả lời kèm trích dẫn" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Trích dẫn</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=88212#p88212" title="Bài viết"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Bài viết</span></a> <span class="responsive-hide">gửi bởi <strong><a href="./memberlist.php?mode=viewprofile&amp;u=211" class="username">{E(a["author"])}</a></strong> &raquo; </span><time datetime="{utc:%Y-%m-%dT%H:%M:%S+00:00}">{vis}</time></p>
<div class="content">{body}</div>
<div id="sig88212" class="signature">Xe cũ, người mới – lái chậm, về sớm.</div>
</div></div>
<div class="back2top"><a href="#top" class="top" title="Đầu trang"><span class="sr-only">Đầu trang</span></a></div></div></div>
<hr class="divider" />
{posts}
<div class="action-bar bar-bottom"><div class="pagination">4 bài viết &bull; Trang <strong>1</strong> trên <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Ai đang trực tuyến</h3><p>Đang xem chuyên mục này: Không có thành viên nào trực tuyến và 3 khách</p></div>
</div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="rightside">Múi giờ <span title="Châu Á/Hồ Chí Minh">UTC+07:00</span></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Được phát triển bởi <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p><p class="footer-row"><span class="footer-copyright">Bản Việt hóa bởi phpBBVietNam</span></p></div></div>
</div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=42"></script>
</body></html>''', [vis, f"{utc:%Y-%m-%dT%H:%M:%S+00:00}"]


def xenforo1(a, url, key):
    d = a["d"]
    dstr = f"{d.day}/{d.month}/{d:%y}"
    tstr = f"{d:%H:%M}"
    body = "<br />\n".join(E(b) for b in a["body"] if isinstance(b, str)).replace("<br />\n", "<br />\n<br />\n")
    replies = [("tuhaiphuoc", d + timedelta(hours=2, minutes=5), "Bác lên UBND xã đăng ký với tổ công nghệ số, không mất phí đâu. Mình đăng ký tháng trước rồi."),
               ("buoi_ben_tre", d + timedelta(days=1, hours=4), "Mã số vùng trồng thì nếu bán trong nước chưa bắt buộc, nhưng có thì bán được giá hơn bác nhé.")]
    rep = ""
    for i, (u, t, txt) in enumerate(replies):
        tsr = int((t - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds())
        rep += f'''<li id="post-{77102+i}" class="message   " data-author="{u}">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person"><div class="messageUserBlock "><h3 class="userText"><a href="members/{u}.{900+i}/" class="username" dir="auto" itemprop="name">{u}</a><em class="userTitle" itemprop="title">Thành viên mới</em></h3></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">{E(txt)}<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
<div class="messageMeta ToggleTriggerAnchor"><div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="members/{u}.{900+i}/" class="username author" dir="auto">{u}</a>,</span><a href="threads/hoi-ve-chuong-trinh.3312/#post-{77102+i}" title="Permalink" class="datePermalink"><abbr class="DateTime" data-time="{tsr}" data-diff="0" data-datestring="{t.day}/{t.month}/{t:%y}" data-timestring="{t:%H:%M}">{t.day}/{t.month}/{t:%y} lúc {t:%H:%M}</abbr></a></span></div></div></div></li>'''
    return f'''<!DOCTYPE html>
<html id="XenForo" lang="vi-VN" dir="LTR" class="Public NoJs LoggedOut NoSidebar  Responsive" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<base href="https://nhanong.example.vn/" />
	<script>var _b = document.getElementsByTagName('base')[0], _bH = "https://nhanong.example.vn/"; if (_b && _b.href != _bH) _b.href = _bH;</script>
	<title>{E(a["title"])} | Nhà Nông Miền Tây</title>
	<link rel="stylesheet" href="css.php?css=xenforo,form,public&amp;style=1&amp;dir=LTR&amp;d=1686700000" />
	<script src="js/jquery/jquery-1.11.0.min.js"></script><script src="js/xenforo/xenforo.js?_v=9c4a1b2d"></script>
</head>
<body>
<div id="headerMover"><div id="headerProxy"></div>
<div id="content" class="thread_view"><div class="pageWidth"><div class="pageContent">
<div class="breadBoxTop "><nav><fieldset class="breadcrumb"><div class="boardTitle"><strong>Nhà Nông Miền Tây</strong></div><span class="crumbs"><span class="crust homeCrumb" itemscope="itemscope" itemtype="http://data-vocabulary.org/Breadcrumb"><a href="https://nhanong.example.vn/" class="crumb" rel="up" itemprop="url"><span itemprop="title">Trang chủ</span></a></span><span class="crust" itemscope="itemscope" itemtype="http://data-vocabulary.org/Breadcrumb"><a href="forums/ban-hang-online.14/" class="crumb" rel="up" itemprop="url"><span itemprop="title">Bán hàng online</span></a><span class="arrow"><span>&gt;</span></span></span></span></fieldset></nav></div>
<div class="titleBar"><h1>{E(a["title"])}</h1>
<p id="pageDescription" class="muted ">Thảo luận trong '<a href="forums/ban-hang-online.14/">Bán hàng online</a>' bắt đầu bởi <a href="members/{a["author"]}.512/" class="username" dir="auto">{E(a["author"])}</a>, <a href="threads/hoi-ve-chuong-trinh.3312/"><span class="DateTime" title="{dstr} lúc {tstr}">{dstr}</span></a>.</p></div>
<div class="pageNavLinkGroup"><div class="linkGroup SelectionCountContainer"></div><div class="Popup JumpToPage"></div></div>
<form action="inline-mod/post/switch" method="post" class="InlineModForm section" data-cookieName="posts" data-controls="#InlineModControls" data-imodOptions="#ModerationSelect option">
<ol class="messageList" id="messageList">
<li id="post-77101" class="message   " data-author="{E(a["author"])}">
<div class="messageUserInfo" itemscope="itemscope" itemtype="http://data-vocabulary.org/Person"><div class="messageUserBlock "><div class="avatarHolder"><span class="helper"></span><a href="members/{a["author"]}.512/" class="avatar Av512m" data-avatarhtml="true"><img src="styles/default/xenforo/avatars/avatar_m.png" width="96" height="96" alt="{Q(a["author"])}" /></a></div><h3 class="userText"><a href="members/{a["author"]}.512/" class="username" dir="auto" itemprop="name">{E(a["author"])}</a><em class="userTitle" itemprop="title">Thành viên</em></h3><span class="arrow"><span></span></span></div></div>
<div class="messageInfo primaryContent"><div class="messageContent"><article><blockquote class="messageText SelectQuoteContainer ugc baseHtml">
{body}
<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
<div class="messageMeta ToggleTriggerAnchor"><div class="privateControls"><span class="item muted"><span class="authorEnd"><a href="members/{a["author"]}.512/" class="username author" dir="auto">{E(a["author"])}</a>,</span><a href="threads/hoi-ve-chuong-trinh.3312/" title="Permalink" class="datePermalink"><span class="DateTime" title="{dstr} lúc {tstr}">{dstr}</span></a></span></div><div class="publicControls"><a href="threads/hoi-ve-chuong-trinh.3312/" title="Permalink" class="item muted postNumber hashPermalink OverlayTrigger" data-href="posts/77101/permalink">#1</a></div></div></div></li>
{rep}
</ol></form>
<div class="quickReply message"><p class="muted">Bạn phải đăng nhập hoặc đăng ký để trả lời bài này.</p></div>
<div class="sharePage"><h3 class="textHeading larger">Chia sẻ trang này</h3><div class="tweet shareControl"><a href="https://twitter.com/share" class="twitter-share-button">Tweet</a></div></div>
</div></div></div>
<footer><div class="footerLegal"><div class="pageWidth"><div class="pageContent"><ul id="legal"><li><a href="help/terms">Nội quy</a></li></ul><div id="copyright"><a href="https://xenforo.com" class="concealed">Forum software by XenForo&trade; <span>&copy;2010-2017 XenForo Ltd.</span></a></div></div></div></div></footer>
</div>
<script>jQuery.extend(true, XenForo, {{ visitor: {{ user_id: 0 }}, serverTimeInfo: {{ now: 1733280000, today: 1733245200, todayDow: 3 }}, _lightBoxUniversal: "0", _enableOverlays: "1", _animationSpeedMultiplier: "1", _overlayConfig: {{ top: "10%", speed: 200, closeSpeed: 100, mask: {{ color: "rgb(255, 255, 255)", opacity: "0.6", loadSpeed: 200, closeSpeed: 100 }} }}, _ignoredUsers: [], _loadedScripts: {{}}, _cookieConfig: {{ path: "/", domain: "", prefix: "xf_"}}, _csrfToken: "", _csrfRefreshUrl: "login/csrf-token-refresh", _jsVersion: "9c4a1b2d" }});</script>
</body></html>''', [dstr, f"{dstr} lúc {tstr}"]


def discourse(a, url, key):
    if a is None:
        base = datetime(2025, 8, 2, 9, 0)
        items = others("disc-list", base, 10, 0)
        rows = "".join(f'''<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><meta itemprop="position" content="{i+1}"><span class="link-top-line"><a itemprop="url" href="/t/{slug(t)}/{640+i}" class="title raw-link raw-topic-link">{E(t)}</a></span><div class="link-bottom-line"><a href="/c/du-lieu/5" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">Dữ liệu</span></span></a></div></td><td class="replies"><span class="posts" title="bài viết">{3+i}</span></td><td class="views"><span class="views" title="lượt xem">{120+i*17}</span></td><td>{od:%B %-d, %Y}</td></tr>''' for i, (t, od) in enumerate(items))
        main = f'<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Chủ đề</th><th class="replies">Trả lời</th><th class="views">Lượt xem</th><th>Hoạt động</th></tr></thead><tbody>{rows}</tbody></table></div><div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" class="navigation"><span itemprop="name"><b><a rel="next" itemprop="url" href="/latest?page=1">trang tiếp →</a></b></span></div>'
        title, ev = "Chủ đề mới nhất", []
    else:
        d = a["d"]
        utc = d - timedelta(hours=7)
        iso = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        vis = f"{utc:%B} {utc.day}, {utc.year}, {utc.hour % 12 or 12}:{utc:%M}{'am' if utc.hour < 12 else 'pm'}"
        ev = [iso, vis]
        body = render(a["body"])
        replies = [("thuylinh.gis", d + timedelta(hours=7), "Nên thêm cả trường nguồn quyết định (số, ngày) để tra cứu khi có tranh chấp dữ liệu."),
                   ("tranquang", d + timedelta(days=1, hours=2), "Đồng ý với việc dùng mã làm khóa. Bên mình đã gặp lỗi vì hai xã mới trùng tên ở hai tỉnh.")]
        reps = ""
        for i, (u, t, txt) in enumerate(replies):
            tu = t - timedelta(hours=7)
            reps += f'''<div id="post_{i+2}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{u}"><span itemprop="name">{u}</span></a></span><link itemprop="mainEntityOfPage" href="{Q(url)}"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="{tu:%Y-%m-%dT%H:%M:%SZ}" class="post-time">{tu:%B} {tu.day}, {tu.year}, {tu.hour % 12 or 12}:{tu:%M}{'am' if tu.hour < 12 else 'pm'}</time><meta itemprop="dateModified" content="{tu:%Y-%m-%dT%H:%M:%SZ}"><span itemprop="position">{i+2}</span></span></div><div class="post" itemprop="text"><p>{E(txt)}</p></div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="2" /><span class='post-likes'>2 Likes</span></div></div>'''
        main = f'''<div id="topic-title"><h1><a href="{Q(url)}">{E(a["title"])}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/du-lieu/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Dữ liệu</span></span></a><meta itemprop="position" content="1" /></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="{Q(a["title"])}"><link itemprop="url" href="{Q(url)}"><meta itemprop="datePublished" content="{iso}"><meta itemprop="articleSection" content="Dữ liệu"><meta itemprop="keywords" content="danh-muc, hanh-chinh"><div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Cộng đồng Mã nguồn mở Chính quyền số"></div>
<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{a["author"]}"><span itemprop="name">{E(a["author"])}</span></a></span><link itemprop="mainEntityOfPage" href="{Q(url)}"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="{iso}" class="post-time">{vis}</time><meta itemprop="dateModified" content="{iso}"><span itemprop="position">1</span></span></div>
<div class="post" itemprop="text">
{body}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="7" /><span class='post-likes'>7 Likes</span></div></div>
{reps}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title" class="more-topics__list-title">Chủ đề liên quan</h3><div class="topic-list-container"><table class="topic-list"><tbody>{"".join(f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{slug(t)}/{700+i}" class="title raw-link raw-topic-link">{E(t)}</a></td><td class="replies">{2+i}</td><td>{od:%B %-d, %Y}</td></tr>' for i, (t, od) in enumerate(others(key, d, 4, 2)))}</tbody></table></div></div>'''
        title = a["title"]
    return f'''<!DOCTYPE html>
<html lang="vi" class="desktop-view not-mobile-device text-size-normal anon">
<head>
<meta charset="utf-8">
<title>{E(title)} - Cộng đồng Mã nguồn mở Chính quyền số</title>
<meta name="description" content="Thảo luận về dữ liệu, mã nguồn mở và chính quyền số">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 7b3c1a2">
<link rel="icon" type="image/png" href="https://forum.chinhquyenso.example.vn/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{Q(url)}" />
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.chinhquyenso.example.vn/opensearch.xml" title="Cộng đồng Mã nguồn mở Chính quyền số Search">
<link href="/stylesheets/color_definitions_light_2_3_e4b1c2.css?__ws=forum.chinhquyenso.example.vn" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_2f5a1c.css?__ws=forum.chinhquyenso.example.vn" media="all" rel="stylesheet" data-target="desktop"  />
<meta id="data-ga-universal-analytics" data-tracking-code="" data-json="{{&quot;cookieDomain&quot;:&quot;auto&quot;}}" data-auto-link-domains="">
<link rel="preload" href="/assets/start-discourse-a1b2c3.js" as="script">
</head>
<body class="crawler ">
<header><a href="/"><img src="https://forum.chinhquyenso.example.vn/uploads/default/original/1X/logo.png" alt="Cộng đồng Mã nguồn mở Chính quyền số" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main">
{main}
</div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop="url">Trang chủ </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop="url">Danh mục </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Hướng dẫn </a></span></li></ul></nav>
<p class='powered-by-link'>Được hỗ trợ bởi <a href="https://www.discourse.org">Discourse</a>, trình bày tốt nhất khi bật JavaScript</p></footer>
<div class="buorg"><div>Trình duyệt không được hỗ trợ</div></div>
</body></html>''', ev


def pdf_notice(a, url, key):
    d = a["d"]
    vis_date = f"{d:%d/%m/%Y}"
    vis = f"Đăng lúc {d:%H:%M} {vis_date}"
    oth = others(key, d, 6, 2)
    body = render(a["body"])
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(a["title"])} - Văn phòng UBND tỉnh</title>
<link rel="stylesheet" href="/css/vpubnd.css"><script src="/js/pdfobject.min.js"></script>
</head>
<body>
<div class="header"><div class="container"><div class="today">{today_header(0)}</div><div class="logo"><img src="/img/quochuy.png" alt=""><span>VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ</span></div></div>
<ul class="menu container"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/thong-bao">Thông báo</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li></ul></div>
<div class="container main"><div class="col-8">
<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/thong-bao">Thông báo</a></div>
<div class="notice-detail">
<h1 class="notice-title">{E(a["title"])}</h1>
<div class="notice-meta">{vis} &nbsp;|&nbsp; Lượt xem: 87</div>
<div class="notice-body">
{body}
<div class="pdf-embed"><object data="/Uploads/2025/10/QD-2184-UBND.pdf#toolbar=1" type="application/pdf" width="100%" height="900"><iframe src="/pdfjs/web/viewer.html?file=/Uploads/2025/10/QD-2184-UBND.pdf" width="100%" height="900" style="border:none"></iframe></object></div>
<p class="attach"><b>Tệp đính kèm:</b> <a href="/Uploads/2025/10/QD-2184-UBND.pdf" download>QD-2184-UBND.pdf (1,8 MB)</a> &nbsp; <a href="/Uploads/2025/10/Danh-muc-TTHC-kem-theo.xlsx">Danh-muc-TTHC-kem-theo.xlsx</a></p>
</div>
<table class="doc-info"><tr><th>Số ký hiệu</th><td>2184/QĐ-UBND</td></tr><tr><th>Ngày ban hành</th><td>{vis_date}</td></tr><tr><th>Cơ quan ban hành</th><td>UBND tỉnh</td></tr><tr><th>Người ký</th><td>Phó Chủ tịch UBND tỉnh</td></tr></table>
</div>
<div class="other"><h3>Thông báo khác</h3><ul>{_li(oth, lambda od: f'<span class="date">{od:%d/%m/%Y}</span>', "/thong-bao/{s}")}</ul></div>
</div>
<div class="col-4"><div class="box"><h3>Lịch làm việc</h3><p>Lịch làm việc tuần của Lãnh đạo UBND tỉnh được cập nhật vào chiều thứ Sáu hằng tuần.</p></div></div></div>
<div class="footer"><p>Văn phòng UBND tỉnh. Địa chỉ: 16 Lê Lợi, TP Huế.</p></div>
</body></html>''', [vis, vis_date]


def emagazine_long(a, url, key):
    d = a["d"]
    iso = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    vis = f"{d:%d/%m/%Y}"
    rnd = random.Random("emag-img")
    blob = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rnd.getrandbits(8) for _ in range(1_150_000))).decode()
    parts = []
    n = 0
    for b in a["body"]:
        if isinstance(b, str):
            parts.append(f'<div class="e-block e-text"><p class="e-p">{E(b)}</p></div>')
        elif b[0] == "h":
            n += 1
            img = f'<div class="e-block e-fullimg"><img src="data:image/png;base64,{blob}" alt="" class="e-img"><p class="e-caption">Bản Nậm Khao nhìn từ trên cao.</p></div>' if n == 1 else ""
            parts.append(f'{img}<div class="e-block e-chapter"><span class="e-chapter-no">0{n}</span><h2 class="e-h2">{E(b[1])}</h2></div>')
        elif b[0] == "q":
            parts.append(f'<div class="e-block e-quote"><blockquote><p>{E(b[1])}</p><footer>– Chị Lò Thị Xuân, bản Nậm Khao</footer></blockquote></div>')
        elif b[0] == "ul":
            parts.append('<div class="e-block e-infographic"><ul class="e-list">' + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul></div>")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["lead"], "datePublished": iso, "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "Báo Lai Châu xanh"}}
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>[E-Magazine] {E(a["title"])}</title>
<meta property="og:type" content="article"><meta property="article:section" content="Emagazine">
{ldjson(ld)}
<link rel="stylesheet" href="/emag/css/longform.css"><link rel="preconnect" href="https://fonts.example.vn">
</head>
<body class="emagazine longform">
<div class="e-topbar"><a href="/" class="e-logo"><img src="/emag/logo-white.svg" alt="Báo Lai Châu xanh"></a><span class="e-label">E-MAGAZINE</span><div class="e-share"><a href="#">f</a><a href="#">Zalo</a></div></div>
<section class="e-cover" style="background-image:url(/emag/2025/11/cover-namkhao.jpg)">
<div class="e-cover-inner"><h1 class="e-title">{E(a["title"])}</h1><p class="e-sapo">{E(a["lead"])}</p><p class="e-byline">{E(a["show"])}</p><p class="e-date">{vis}</p></div></section>
<article class="e-body">
{"".join(parts)}
<div class="e-block e-credit"><p>Thiết kế: Minh Đức</p><p>{vis}</p></div>
</article>
<section class="e-more"><h3>E-Magazine khác</h3><ul>{_li(others(key, d, 4, 1), lambda od: f'<span>{od:%d/%m/%Y}</span>', "/emagazine/{s}.html")}</ul></section>
<footer class="e-footer"><p>Báo Lai Châu xanh – Cơ quan của Đảng bộ tỉnh (mô phỏng).</p></footer>
<script src="/emag/js/scrollmagic.min.js"></script><script>window.emag = {{id: 11822, parallax: true}};</script>
</body></html>''', [iso, vis]


def php_commentwrap(a, url, key):
    d = a["d"]
    vis = f"{WD[d.weekday()]}, {d.day}/{d.month}/{d.year} | {d:%H:%M}"
    oth = others(key, d, 7, 3)
    body = render(a["body"])
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(a["title"])} - Báo Vĩnh Phúc xanh</title>
<link rel="stylesheet" href="/public/css/site.css?v=7">
<script>var BASE_URL = "https://baovinhphuc.example.vn/"; var ARTICLE_ID = 60218;</script>
{ldjson({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "author": {"@type": "Organization", "name": "Báo Vĩnh Phúc xanh", "member": {"@type": "Person", "name": a["author"]}}})}
</head>
<body>
<div id="top"><div class="wrap"><span class="ngay">{today_header(0)}</span><div class="hotline">Đường dây nóng: 0211.3xxx.xxx</div></div></div>
<div id="head"><div class="wrap"><a href="/" class="logo"><img src="/public/img/logo.png" alt="Báo Vĩnh Phúc xanh"></a></div></div>
<div id="menu"><div class="wrap"><a href="/">Trang chủ</a><a href="/chinh-tri">Chính trị</a><a href="/kinh-te" class="active">Kinh tế</a><a href="/xa-hoi">Xã hội</a><a href="/van-hoa">Văn hóa</a></div></div>
<div class="wrap main-page">
<div class="col-left">
<div class="detail-comment-wrap main-content-comment">
<div class="cat-name"><a href="/kinh-te">Kinh tế</a></div>
<h1 class="d-title">{E(a["title"])}</h1>
<div class="d-time">{vis}</div>
<div class="d-sapo"><b>{E(a["lead"])}</b></div>
<div class="d-content comment-body-text">
{body}
</div>
<div class="d-author"><b>{E(a["author"])}</b></div>
<div class="d-tool"><a href="#" class="print">In bài</a> <a href="#" class="send">Gửi bài</a></div>
</div>
<div class="box-comment comments-area"><div class="comment-title">Ý kiến bạn đọc (2)</div>
<div class="comment-item"><span class="c-name">Nguyễn Hưng</span> <span class="c-time">{(d+timedelta(hours=4)):%d/%m/%Y %H:%M}</span><p>Nhà tôi đã nhận biển mã, quét thử thấy đúng vị trí.</p></div>
<div class="comment-item"><span class="c-name">Phạm Thị Lan</span> <span class="c-time">{(d+timedelta(days=1)):%d/%m/%Y %H:%M}</span><p>Ngõ nhà tôi chưa thấy ai đến gắn biển.</p></div>
<form class="comment-form"><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi ý kiến</button></form></div>
<div class="tin-khac"><h3>Tin khác</h3><ul>{_li(oth[:5], lambda od: f'<span class="t">({od:%d/%m/%Y})</span>', "/kinh-te/{s}-60.html")}</ul></div>
</div>
<div class="col-right"><div class="box-xemnhieu"><h3>Xem nhiều</h3><ol>{_li(oth[5:], lambda od: "", "/{s}.html")}</ol></div></div>
</div>
<div id="footer"><div class="wrap">Báo Vĩnh Phúc xanh – Cơ quan của Đảng bộ tỉnh (mô phỏng). Giấy phép số 12/GP-BTTTT.</div></div>
</body></html>''', [vis]
