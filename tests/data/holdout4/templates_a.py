"""Renderers for foreign-CMS templates (TYPO3, Concrete, Craft, EE, Contao, SilverStripe, Plone, ...)."""
import json

from render import (
    EN_M,
    TODAY,
    WD,
    E,
    blocks_html,
    comments,
    dmy,
    foot,
    h12,
    head,
    hm,
    iso,
    later,
    script_state,
    share,
    side,
    tags,
    utcz,
)


def typo3(a):
    dt = a["dt"]
    d = f"{WD[dt.weekday()]}, {dmy(dt)}, {hm(dt)}"
    body = f"""<body id="p42" class="page-42">
<header id="header"><div class="date-today">{TODAY}</div><a class="logo" href="/">{E(a['site'])}</a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc/">Tin tức</a></li></ul></nav></header>
<main id="content"><div class="frame frame-default frame-type-news_newsdetail">
<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{E(a['title'])}</h3></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{dt.strftime('%Y-%m-%d')}">{d}</time></span>
<span class="news-list-author" itemprop="author">{E(a['byline'])}</span></p></div>
<div class="teaser-text" itemprop="description"><p>{E(a['lead'])}</p></div>
<div class="news-text-wrap" itemprop="articleBody">{blocks_html(a['blocks'], pcls='bodytext')}</div>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Tin liên quan</h4><ul><li><a href="/tin-tuc/x1/">Bình Định tập huấn chữ ký số cho cán bộ xã</a> <span>12/04/2025</span></li></ul></div></div>
<div class="news-backlink-wrap"><a href="/tin-tuc/">Quay lại</a></div></div></div></div>
<aside class="sidebar">{side('Tin mới', 'frame frame-news-latest')}</aside></main>
<footer id="footer">{foot(a['site'], '35 Trần Phú, Quy Nhơn, Bình Định')}</footer></body></html>"""
    return head(a) + body, [(d, "vis")]


def typo3_list(a):
    items = "".join(f"""<div class="article articletype-0" itemscope itemtype="http://schema.org/Article">
<div class="header"><h3><a href="/tin-tuc/bai-{i}/" itemprop="url"><span itemprop="headline">{E(t)}</span></a></h3></div>
<div class="teaser-text"><p>{E(t)} - nội dung tóm tắt đang được cập nhật.</p></div>
<div class="footer"><p><span class="news-list-date"><time datetime="2025-04-0{i % 9 + 1}">{d}</time></span></p></div></div>""" for i, (t, d) in enumerate(a["items"]))
    body = f"""<body><header id="header"><div class="date-today">{TODAY}</div></header>
<main id="content"><h1>Tin tức - Sự kiện</h1><div class="news"><div class="news-list-view" id="news-container-58">{items}</div>
<ul class="f3-widget-paginator"><li class="current">1</li><li><a href="?page=2">2</a></li></ul></div></main>
{foot(a['site'], '35 Trần Phú, Quy Nhơn')}</body></html>"""
    return head(a) + body, []


def concrete5(a):
    dt = a["dt"]
    d = f"ngày {dt.day} tháng {dt.month} năm {dt.year}"
    body = f"""<body><div class="ccm-page ccm-page-id-318 page-type-blog-entry page-template-blog-entry">
<header class="site-header"><div class="container"><span class="today">{TODAY}</span><div class="ccm-block-html">Đường dây nóng: 0233 3555 999</div></div></header>
<main><div class="container"><div class="row"><div class="col-md-8">
<div class="ccm-block-page-title-byline"><h1 class="page-title">{E(a['title'])}</h1>
<span class="page-date">Quảng Trị, {d}</span></div>
<div class="ccm-block-content"><p><strong>{E(a['lead'])}</strong></p>
{blocks_html(a['blocks'])}
<p style="text-align:right"><strong>{E(a['byline'])}</strong></p></div>
<div class="ccm-block-share-this-page">{share()}</div>
<div class="ccm-block-topic-list">{tags(['chuyển đổi số', 'cấp xã', 'Quảng Trị'])}</div>
</div><div class="col-md-4 sidebar">{side('Xem nhiều', 'ccm-block-page-list-wrapper')}</div></div></div></main>
{foot(a['site'], '45 Hùng Vương, Đông Hà, Quảng Trị')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def craftcms(a):
    dt = a["dt"]
    d = f"{EN_M[dt.month - 1]} {dt.day}, {dt.year}"
    z = utcz(dt)
    body = f"""<body class="ltr"><div id="page"><header class="header"><span>{TODAY}</span><a href="/">{E(a['site'])}</a></header>
<main id="main"><article class="entry entry--news">
<header class="entry__header"><p class="entry__category"><a href="/news/digital">Digital</a></p>
<h1 class="entry__title">{E(a['title'])}</h1>
<div class="entry__meta"><span class="entry__author">By <a rel="author" href="/authors/lam-ngoc-thuy">{E(a['byline'])}</a></span>
<time class="entry__date" datetime="{z}">{d}</time></div></header>
<div class="entry__summary"><p>{E(a['lead'])}</p></div>
<div class="entry__body">{''.join(f'<div class="block block--text">{blocks_html([b])}</div>' for b in a['blocks'])}</div>
<footer class="entry__footer">{tags(['chatbot', 'dịch vụ công'])}</footer></article>
<section class="related-entries"><h2>Related</h2>{side('Bài liên quan', 'related-list')}</section></main>
{foot(a['site'], '123 Trần Hưng Đạo, Kon Tum')}</div></body></html>"""
    return head(a, extra=f'<meta property="article:published_time" content="{z}">\n') + body, [(d, "vis"), (z, "raw")]


def expressionengine(a):
    dt = a["dt"]
    d = f"Đăng lúc {h12(dt)}, {dmy(dt)}"
    body = f"""<body><div id="wrapper"><div id="header"><div class="today">{TODAY}</div><h2 id="site_name">{E(a['site'])}</h2></div>
<div id="content"><div class="entry"><h1 class="entry_title">{E(a['title'])}</h1>
<p class="entry_meta">{d} | Chuyên mục: <a href="/index.php/news/category/kinh-te-so">Kinh tế số</a></p>
<div class="entry_summary"><em>{E(a['lead'])}</em></div>
<div class="entry_body">{blocks_html(a['blocks'])}</div>
<p class="entry_author">{E(a['byline'])}</p></div>
<div id="comments"><h3>Ý kiến bạn đọc</h3><div class="comment"><p class="comment_meta">Trần Bá Lộc - 22/06/2025 07:14</p><p>Đi chợ giờ tiện hơn nhiều.</p></div></div>
</div><div id="sidebar">{side('Tin mới nhất', 'sidebar_box')}</div>
{foot(a['site'], '14 Lê Lợi, TP Huế')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def contao(a):
    dt = a["dt"]
    d = f"Ngày đăng: {dmy(dt)} {hm(dt)}"
    body = f"""<body id="top" class="mac chrome"><div id="wrapper"><header id="header"><div class="inside"><span class="today">{TODAY}</span></div></header>
<div id="container"><main id="main"><div class="inside"><div class="mod_newsreader block">
<div class="layout_full block">
<h1>{E(a['title'])}</h1>
<p class="info"><time datetime="{iso(dt)}">{d}</time> | Người đăng: quantri</p>
<div class="ce_text block"><p class="teaser"><strong>{E(a['lead'])}</strong></p></div>
<div class="ce_text block">{blocks_html(a['blocks'][:3])}</div>
<div class="ce_table block">{blocks_html([b for b in a['blocks'][3:] if b[0] == 'table'])}</div>
<div class="ce_text block">{blocks_html([b for b in a['blocks'][3:] if b[0] != 'table'])}
<p style="text-align: right;"><strong>{E(a['byline'])}</strong></p></div>
</div><p class="back"><a href="javascript:history.go(-1)">Quay lại</a></p></div></div></main>
<aside id="right"><div class="inside"><div class="mod_newslist block">{side('Tin cùng chuyên mục', 'layout_simple')}</div></div></aside></div>
{foot(a['site'], '88 Đường 2/9, Vĩnh Long')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def silverstripe(a):
    dt = a["dt"]
    d = f"{dt.strftime('%d/%m/%y')} lúc {hm(dt)}"
    body = f"""<body class="ArticlePage" dir="ltr"><header class="header"><div class="inner"><span class="date">{TODAY}</span>
<a href="/" class="brand">{E(a['site'])}</a></div></header>
<div class="main" role="main"><div class="inner typography line">
<div class="content-container unit size3of4 lastUnit"><article>
<h1>{E(a['title'])}</h1><p class="meta-info">Đăng {d}</p>
<div class="content"><p class="intro">{E(a['lead'])}</p>{blocks_html(a['blocks'])}
<p class="source"><em>{E(a['byline'])}</em></p></div></article>
<div class="page-comments">{comments(2)}</div></div>
<aside class="sidebar unit size1of4">{side('Tin liên quan', 'secondary')}</aside></div></div>
{foot(a['site'], '02 Hoàng Văn Thụ, Pleiku')}</body></html>"""
    return head(a) + body, [(d, "vis")]


def plone(a):
    dt = a["dt"]
    mod = later(dt, days=2, hours=8, minutes=42)
    d = f"Ngày đăng {dmy(dt)} {hm(dt)}"
    md = f"Cập nhật lần cuối {dmy(mod)} {hm(mod)}"
    body = f"""<body class="template-newsitem_view portaltype-news-item site-Plone section-tin-tuc"><div id="visual-portal-wrapper">
<header id="portal-top"><div id="portal-header"><span class="today">{TODAY}</span><a id="portal-logo" href="/">{E(a['site'])}</a></div></header>
<div id="portal-breadcrumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></div>
<div id="portal-columns" class="row"><div id="portal-column-content" class="cell width-3:4 position-0">
<article id="content"><header><h1 class="documentFirstHeading">{E(a['title'])}</h1>
<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">bởi <a href="/author/bientap">bientap</a></span> —
<span class="documentPublished"><span>{d}</span></span> —
<span class="documentModified"><span>{md}</span></span></div>
<div class="documentDescription description">{E(a['lead'])}</div></header>
<div id="content-core"><div id="parent-fieldname-text">{blocks_html(a['blocks'])}
<p style="text-align:right"><em>{E(a['byline'])}</em></p></div></div>
<div class="documentActions">{share()}</div></article></div>
<aside id="portal-column-two" class="cell width-1:4 position-3:4"><div class="portlet portletNews">{side('Tin mới', 'portletItem')}</div></aside></div>
<footer id="portal-footer-wrapper">{foot(a['site'], 'Thị trấn Phước An, huyện Krông Pắc, Đắk Lắk')}</footer></div></body></html>"""
    return head(a, extra=f'<meta name="DC.date.modified" content="{iso(mod)}">\n') + body, [(d, "vis"), (md, "vis")]


def bolt(a):
    dt = a["dt"]
    d = f"{dt.strftime('%d-%m-%Y')} {hm(dt)}"
    body = f"""<body class="bolt-record entry"><nav class="navbar"><span>{TODAY}</span><a class="navbar-brand" href="/">{E(a['site'])}</a></nav>
<section class="section"><div class="container"><div class="columns"><div class="column is-8">
<article class="record"><h1 class="title">{E(a['title'])}</h1>
<p class="meta">Ngày xuất bản: {d} — {E(a['byline'])}</p>
<div class="introduction"><p>{E(a['lead'])}</p></div>
<div class="content">{blocks_html(a['blocks'])}</div></article>
<nav class="pagination"><a href="/entry/prev">« Bài trước</a> | <a href="/entry/next">Bài sau »</a></nav></div>
<div class="column is-4"><aside class="sidebar">{side('Bài mới', 'box')}</aside></div></div></div></section>
{foot(a['site'], '52 Quang Trung, Quảng Ngãi')}</body></html>"""
    return head(a) + body, [(d, "vis")]


def grav(a):
    dt = a["dt"]
    d = f"Thời gian đăng: {hm(dt)} - {dmy(dt)}"
    body = f"""<body id="top" class="header-fixed header-animated sticky-footer"><section id="header" class="section"><span>{TODAY}</span>
<a href="/" class="navbar-brand">{E(a['site'])}</a></section>
<section id="body-wrapper" class="section blog-listing"><div class="container grid-lg"><div class="columns">
<div id="item" class="column col-9"><div class="content-item h-entry">
<div class="content-title text-center"><h1 class="p-name mt-1">{E(a['title'])}</h1>
<span class="blog-date"><time class="dt-published" datetime="{iso(dt)}">{d}</time></span></div>
<div class="e-content"><p class="lead">{E(a['lead'])}</p>{blocks_html(a['blocks'])}</div>
<div class="author-box"><h4>Về tác giả</h4><p>{E(a['byline'])}</p><p>Phóng viên mảng công nghệ, khoa học.</p></div>
<div class="tags">{tags(['kỹ năng số', 'Lào Cai'])}</div></div></div>
<div id="sidebar" class="column col-3">{side('Bài viết phổ biến', 'sidebar-content')}</div></div></div></section>
{foot(a['site'], 'Đại lộ Trần Hưng Đạo, Lào Cai')}</body></html>"""
    return head(a) + body, [(d, "vis")]


def jekyll(a):
    dt = a["dt"]
    d = dmy(dt)
    body = f"""<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{E(a['site'])}</a>
<span class="today">{TODAY}</span></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{E(a['title'])}</h1>
<p class="post-meta"><time class="dt-published" datetime="{iso(dt)}" itemprop="datePublished">{d}</time> •
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{E(a['byline'])}</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody"><p><em>{E(a['lead'])}</em></p>{blocks_html(a['blocks'])}</div>
<a class="u-url" href="{a['url']}" hidden></a></article></div></main>
<footer class="site-footer h-card">{foot(a['site'], 'Ninh Kiều, Cần Thơ')}</footer></body></html>"""
    return head(a) + body, [(d, "vis"), (iso(dt), "raw")]


def hexo(a):
    dt = a["dt"]
    body = f"""<body><div id="container"><div id="wrap"><header id="header"><div id="header-outer" class="outer"><div id="header-title" class="inner">
<h1 id="logo-wrap"><a href="/" id="logo">{E(a['site'])}</a></h1><h2 id="subtitle-wrap">{TODAY}</h2></div></div></header>
<div class="outer"><section id="main"><article id="post-truy-xuat" class="h-entry article article-type-post" itemscope itemprop="blogPost">
<div class="article-meta"><a href="{a['url']}" class="article-date"><time class="dt-published" datetime="{iso(dt)}" itemprop="datePublished">3 giờ trước</time></a>
<div class="article-category"><a class="article-category-link" href="/categories/nong-nghiep-so/">Nông nghiệp số</a></div></div>
<div class="article-inner"><header class="article-header"><h1 class="p-name article-title" itemprop="headline name">{E(a['title'])}</h1></header>
<div class="e-content article-entry" itemprop="articleBody"><blockquote class="summary"><p>{E(a['lead'])}</p></blockquote>
{blocks_html(a['blocks'])}<p style="text-align:right"><strong>{E(a['byline'])}</strong></p></div>
<footer class="article-footer"><a data-url="{a['url']}" class="article-share-link">Chia sẻ</a>
<ul class="article-tag-list"><li class="article-tag-list-item"><a class="article-tag-list-link" href="/tags/qr/">QR</a></li></ul></footer></div></article>
<nav id="article-nav"><a href="/p/older/" id="article-nav-older" class="article-nav-link-wrap"><strong class="article-nav-caption">Cũ hơn</strong>
<div class="article-nav-title">Ra mắt sàn nông sản số tháng {dt.month + 1}</div></a></nav></section>
<aside id="sidebar"><div class="widget-wrap"><h3 class="widget-title">Bài gần đây</h3><div class="widget"><ul><li><a href="/p/1/">Feb {dt.day + 2}, {dt.year} - Gạo sạch lên sàn</a></li></ul></div></div></aside></div>
<footer id="footer">{foot(a['site'], 'Sóc Trăng')}</footer></div></div></body></html>"""
    return head(a) + body, [(iso(dt), "raw"), ("3 giờ trước", "vis")]


def docusaurus_blog(a):
    dt = a["dt"]
    d = f"{EN_M[dt.month - 1]} {dt.day}, {dt.year}"
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a["title"], "datePublished": iso(dt),
          "author": {"@type": "Person", "name": a["author"]}, "description": a["lead"]}
    body = f"""<body class="navigation-with-keyboard"><div id="__docusaurus"><nav class="navbar navbar--fixed-top"><div class="navbar__inner">
<a class="navbar__brand" href="/"><b class="navbar__title text--truncate">{E(a['site'])}</b></a><span>{TODAY}</span></div></nav>
<div class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row">
<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Bài gần đây</div>
<ul class="sidebarItemList_Yudw clean-list"><li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="/blog/api">Thiết kế API dữ liệu mở</a></li></ul></nav></aside>
<main class="col col--7" itemscope itemtype="https://schema.org/Blog"><article itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<header><h1 class="title_f1Hy" itemprop="headline">{E(a['title'])}</h1>
<div class="container_mt6G margin-vert--md"><time datetime="{iso(dt)}" itemprop="datePublished">{d}</time> · Đọc trong 6 phút</div>
<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm">
<div class="avatar__intro" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="avatar__name"><a href="/blog/authors/thanh" itemprop="url"><span itemprop="name">{E(a['byline'])}</span></a></div>
<small class="avatar__subtitle" itemprop="description">Kỹ sư dữ liệu</small></div></div></div></div></header>
<div id="__blog-post-container" class="markdown" itemprop="articleBody"><p>{E(a['lead'])}</p>{blocks_html(a['blocks'])}</div>
<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm"><li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/du-lieu">dữ liệu</a></li></ul></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--next" href="/blog/older"><div class="pagination-nav__sublabel">Bài cũ hơn</div><div class="pagination-nav__label">Chuẩn hóa danh mục hành chính</div></a></nav></main></div></div></div>
<footer class="footer footer--dark">{foot(a['site'], 'Hà Tĩnh')}</footer></div></body></html>"""
    extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    return head(a, extra=extra) + body, [(d, "vis"), (iso(dt), "raw")]


def substack_like(a):
    dt = a["dt"]
    d = f"{EN_M[dt.month - 1][:3]} {dt.day}, {dt.year}"
    z = utcz(dt)
    state = {"post": {"id": 15022871, "title": a["title"], "subtitle": a["lead"], "post_date": z,
                      "publishedBylines": [{"id": 2231, "name": a["author"], "handle": "maianhtuan"}],
                      "audience": "everyone"}, "pub": {"name": a["site"]}}
    body = f"""<body><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar-content"><a href="/" class="navbar-title-link">{E(a['site'])}</a><span class="today">{TODAY}</span></div>
<div class="container"><div class="single-post-container"><div class="single-post"><div class="post-header">
<h1 class="post-title published title-X77sOw">{E(a['title'])}</h1><h3 class="subtitle subtitle-HEEcLo">{E(a['lead'])}</h3>
<div class="post-header-meta"><div class="pencraft pc-display-flex"><div class="profile-hover-card-target"><a href="https://substack.example/@maianhtuan" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">{E(a['byline'])}</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">{d}</div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">{blocks_html(a['blocks'])}</div></div>
<div class="subscription-widget-wrap"><div class="subscription-widget"><p>Đăng ký để nhận bài viết mới qua email.</p></div></div>
<div class="post-footer"><div class="comments-section">{comments(1)}</div></div></div></div></div></div></div>
{script_state(state)}</body></html>"""
    return head(a) + body, [(d, "vis"), (z, "raw")]
