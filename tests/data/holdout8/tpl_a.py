"""Article renderers, part A: CMS / theme products."""

from datetime import timedelta

from common import (
    FMT,
    body_html,
    doc,
    esc,
    footer,
    ld,
    menu,
    og,
    related,
    share_bar,
    side_box,
    tags,
    today_str,
)


def wp_publisher(a):
    f = FMT["wp-publisher"]
    p = a["pub"]
    mod = p + timedelta(days=2, hours=3, minutes=17)
    body = f"""<div class="main-wrap content-main-wrap">
<header class="site-header header-style-2 boxed"><div class="topbar topbar-style-1"><span class="topbar-date">{today_str(0)}</span>
<ul class="top-menu menu"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="header-inner"><div class="site-branding"><a href="/" class="logo"><span class="site-title">Cổng Chuyển đổi số Quảng Trị</span></a></div></div>
<nav id="menu-main" class="main-menu-wrapper">{menu("main-menu menu bsm-pure clearfix")}</nav></header>
<div class="content-wrap"><main id="content" class="content-container"><div class="container layout-2-col layout-2-col-1 layout-right-sidebar">
<div class="bf-breadcrumb bc-top-style"><ul class="bf-breadcrumb-items"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-doi-so">Chuyển đổi số</a></li></ul></div>
<div class="row main-section"><div class="col-sm-8 content-column"><div class="single-container">
<article id="post-{a['seed']}" class="post-{a['seed']} post type-post single-post-content has-thumbnail">
<div class="post-header post-tp-1-header"><div class="term-badges floated"><span class="term-badge"><a href="/chuyen-doi-so">Chuyển đổi số</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(a['title'])}</span></h1>
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta">
<a href="/author/{a['seed']}" title="Xem bài viết" class="post-author-a post-author-avatar"><img alt="" src="/avatar.jpg" class="avatar" height="26" width="26"><span class="post-author-name">Bởi <b>{esc(a['byline'])}</b></span></a>
<span class="time"><time class="post-published updated" datetime="{p.isoformat()}">{esc(f(p))}</time></span>
<span class="time"><time class="post-modified" datetime="{mod.isoformat()}">Cập nhật lần cuối: {mod:%d/%m/%Y %H:%M}</time></span>
<span class="views post-meta-views rank-default"><i class="bf-icon fa fa-eye"></i>1.284</span></div></div></div>
<div class="entry-content clearfix single-post-content"><p class="sapo"><strong>{esc(a['lead'])}</strong></p>
{body_html(a['blocks'])}</div>
<div class="post-share single-post-share bottom-share clearfix style-1">{share_bar()}</div>
<div class="entry-terms post-tags clearfix"><span class="terms-label"><i class="fa fa-tags"></i></span>{tags(["chuyển đổi số", "dịch vụ công", "chính quyền số"])}</div>
</article>
<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title">Bài trước</p><p class="title heading-typo"><a href="/bai-truoc">Tập huấn an toàn thông tin cho cán bộ cấp huyện</a></p></div></section>
<div class="post-related">{related(a['seed'], "Bài viết liên quan", "listing listing-thumbnail listing-tb-2")}</div>
<section id="comments-template-{a['seed']}" class="comments-template"><div class="comment-respond"><h3 class="comment-reply-title">Để lại một bình luận</h3><form><textarea name="comment"></textarea><input type="submit" value="Gửi bình luận"></form></div></section>
</div></div>
<aside class="col-sm-4 sidebar-column sidebar-column-primary">{side_box(a['seed'], "Tin mới", f, "widget widget_recent_entries")}{side_box(a['seed'] + 1, "Đọc nhiều", f, "widget bs-popular-posts", offset=5)}</aside>
</div></div></main></div>{footer("Cổng Chuyển đổi số Quảng Trị", "site-footer footer-copy-row")}</div>"""
    return doc(a["title"] + " - Cổng Chuyển đổi số", body, extra_head=og(a))


def wp_pennews(a):
    f = FMT["wp-pennews"]
    p = a["pub"]
    body = f"""<div class="wrapper-boxed header-style-header-6"><div class="penci-header-wrap"><div class="penci-top-bar"><div class="container"><div class="penci-topbar_date">{today_str(0)}</div><nav class="penci-topbar-menu">{menu("menu penci-topbar-menu-list")}</nav></div></div>
<header id="header" class="site-header header--s6"><div class="site-branding"><a class="penci-logo" href="/">Bản tin Kinh tế số miền Trung</a></div><nav id="site-navigation" class="main-navigation pencimn-slide_down">{menu("menu", "menu-item")}</nav></header></div>
<div class="site-content"><div class="penci-container"><div class="penci-container__content penci-con_sb2_sb1">
<div id="main" class="penci-layout-single-1 penci-main-sticky-sidebar"><div class="theiaStickySidebar">
<div class="penci_breadcrumbs"><ul><li><a class="home" href="/"><span>Trang chủ</span></a></li><li><i class="fa fa-angle-right"></i><a href="/kinh-te-so"><span>Kinh tế số</span></a></li></ul></div>
<article id="post-{a['seed']}" class="penci-single-artcontent noloaddisqus post type-post">
<header class="entry-header penci-entry-header penci-title-"><div class="penci-entry-categories"><span class="penci-cat-links"><a href="/kinh-te-so">Kinh tế số</a></span></div>
<h1 class="entry-title penci-entry-title penci-title-">{esc(a['title'])}</h1>
<div class="entry-meta penci-entry-meta"><span class="entry-meta-item penci-byline">bởi <span class="author vcard"><a class="url fn n" href="/author/quantri">quantri</a></span></span>
<span class="entry-meta-item penci-posted-on"><i class="fa fa-clock-o"></i><time class="entry-date published" datetime="{p.isoformat()}">{esc(f(p))}</time></span>
<span class="entry-meta-item penci-comment-count"><a class="penci-comment-count" href="#respond"><i class="la la-comments"></i>2 bình luận</a></span></div></header>
<div class="penci-entry-content entry-content"><p><em>{esc(a['lead'])}</em></p>
{body_html(a['blocks'], h="h3")}
<p style="text-align: right;"><strong>{esc(a['byline'])}</strong></p></div>
<footer class="penci-entry-footer">{tags(["kinh tế số", "thương mại điện tử"])}{share_bar()}</footer></article>
<div class="penci-post-related">{related(a['seed'], "Có thể bạn quan tâm", "penci-post-related-wrap")}</div>
<div id="comments" class="penci-comments-wrap"><h3 class="comments-title">2 bình luận</h3><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Minh Thư</b><div class="comment-metadata"><time datetime="{(p + timedelta(days=1, hours=2, minutes=5)).isoformat()}">{esc(f(p + timedelta(days=1, hours=2, minutes=5)))}</time></div></footer><div class="comment-content"><p>Mong tỉnh sớm có thêm lớp hướng dẫn cho hộ kinh doanh ở huyện miền núi.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Anh Tú</b><div class="comment-metadata"><time>{esc(f(p + timedelta(days=2, minutes=41)))}</time></div></footer><div class="comment-content"><p>Bài viết rất thiết thực.</p></div></article></li></ol></div>
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content">{side_box(a['seed'], "Bài mới nhất", f, "widget penci-block-vc penci_latest_news_widget")}{side_box(a['seed'] + 2, "Xem nhiều", f, "widget penci-popular-widget", offset=3)}</div>
</div></div></div>{footer("Bản tin Kinh tế số miền Trung", "site-footer penci-footer-wrap")}</div>"""
    return doc(a["title"], body, extra_head=og(a))


def wp_foxiz(a):
    f = FMT["wp-foxiz"]
    p = a["pub"]
    body = f"""<div class="site-outer"><div class="site-wrap"><header id="site-header" class="header-wrap rb-section header-set-1 header-1"><div class="reading-indicator"></div>
<div class="navbar-outer"><div class="navbar-wrap"><div class="rb-container edge-padding"><div class="navbar-inner"><div class="logo-wrap is-text-logo"><a class="logo-title" href="/">Đô thị thông minh</a></div>
<nav id="site-navigation" class="main-menu-wrap">{menu("main-menu rb-menu large-menu", "menu-item")}</nav><div class="navbar-right"><span class="header-date">{today_str(0)}</span></div></div></div></div></div></header>
<div class="site-main"><div class="single-standard-1 is-sidebar-right"><div class="rb-container edge-padding"><div class="grid-container"><div class="s-ct">
<header class="single-header"><aside class="breadcrumb-wrap s-breadcrumb"><nav class="breadcrumb-inner"><span><a href="/">Trang chủ</a></span> » <span><a href="/do-thi-thong-minh">Đô thị thông minh</a></span></nav></aside>
<div class="s-cats ecat-bg-1"><div class="p-categories"><a class="p-category" href="/do-thi-thong-minh">Đô thị thông minh</a></div></div>
<h1 class="s-title fw-headline">{esc(a['title'])}</h1><h2 class="s-tagline">{esc(a['lead'])}</h2>
<div class="single-meta meta-s-default yes-0"><div class="smeta-in"><div class="smeta-sec"><div class="p-meta"><div class="meta-inner is-meta">
<span class="meta-el meta-author co-authors"><span class="meta-label">Bài:</span> {a['byline_html']}</span>
<span class="meta-el meta-date"><time class="date published" datetime="{p.isoformat()}">{esc(f(p))}</time></span>
<span class="meta-el meta-read">5 phút đọc</span></div></div></div></div></div></div></header>
<div class="s-feat-outer"><div class="s-feat"><img src="/uploads/2026/featured-{a['seed']}.jpg" alt=""></div><div class="feat-caption meta-text"><span class="caption-text meta-bold">Trung tâm điều hành đô thị thông minh. Ảnh: Hoàng Minh</span></div></div>
<div class="s-ct-wrap"><div class="s-ct-inner"><div class="e-ct-outer"><div class="entry-content rbct clearfix is-highlight-shares">
{body_html(a['blocks'], h="h2")}</div>
<div class="efoot"><div class="efoot-bar"><div class="e-shared-sec">{share_bar()}</div></div>{tags(["đô thị thông minh", "IOC"])}</div></div></div></div>
<div class="sfoter-sec single-related">{related(a['seed'], "Đọc thêm", "block-wrap block-small block-grid")}</div></div>
<div class="sidebar-wrap single-sidebar"><div class="sidebar-inner">{side_box(a['seed'], "Tin mới", f, "widget w-sidebar rb-section")}{side_box(a['seed'] + 3, "Phổ biến", f, "widget w-sidebar", offset=7)}</div></div>
</div></div></div></div>{footer("Chuyên trang Đô thị thông minh", "footer-wrap rb-section")}</div></div>"""
    return doc(a["title"], body, extra_head=og(a))


def wp_neve(a):
    f = FMT["wp-neve"]
    p = a["pub"]
    body = f"""<div class="wrapper"><header class="header"><div class="header--row header-top hide-on-mobile"><div class="builder-item"><div class="component-wrap">{today_str(0)}</div></div></div>
<div class="header--row header-main"><div class="site-logo"><a class="brand" href="/"><p class="site-title">Hội Tin học Tuyên Quang</p></a></div><div class="nv-nav-wrap"><div role="navigation" class="primary-menu-ul nav-ul">{menu("primary-menu-ul nav-ul menu-desktop")}</div></div></div></header>
<main id="content" class="neve-main"><div class="container single-post-container"><div class="row">
<article id="post-{a['seed']}" class="nv-single-post-wrap col post type-post">
<div class="entry-header"><div class="nv-title-meta-wrap"><small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><span><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></span></small>
<h1 class="title entry-title">{esc(a['title'])}</h1>
<ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">bởi <a href="/author/editor01">editor01</a></span></li>
<li class="meta date posted-on"><time class="entry-date published" datetime="{p.isoformat()}" content="{p:%Y-%m-%d}">{esc(f(p))}</time></li><li class="meta category"><a href="/tin-tuc">Tin tức</a></li></ul></div></div>
<div class="nv-content-wrap entry-content"><p><strong>{esc(a['lead'])}</strong></p>
{body_html(a['blocks'])}
<p>{esc(a['byline'])}</p></div>
<div class="nv-tags-list"><span>Thẻ:</span><a href="/tag/chu-ky-so">chữ ký số</a></div>
<div class="nv-post-navigation"><div class="previous"><a href="/bai-truoc"><span class="nav-direction">Trước</span><span>Hội thảo ứng dụng AI trong giáo dục</span></a></div></div></article>
<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar"><aside id="secondary" class="nv-sidebar">{side_box(a['seed'], "Bài viết mới", f, "widget widget_recent_entries", show_time=False)}{side_box(a['seed'] + 4, "Lưu trữ", f, "widget widget_archive", offset=2, show_time=False)}</aside></div>
</div></div></main>{footer("Hội Tin học Tuyên Quang", "site-footer")}</div>"""
    return doc(a["title"] + " – Hội Tin học Tuyên Quang", body)


def drupal_thunder(a):
    f = FMT["drupal-thunder"]
    p = a["pub"]
    paras = "".join(
        f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{body_html([b])}</div></div>'
        for b in a["blocks"])
    body = f"""<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner" class="region region-header"><div class="today-date">{today_str(1)}</div><div id="block-sitebranding"><a href="/" rel="home" class="site-logo">Tạp chí Thông tin & Truyền thông số</a></div>
<nav role="navigation" id="block-main-menu">{menu("menu menu--main nav", "menu-item")}</nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/chinh-quyen-so">Chính quyền số</a></li></ol></nav></div>
<main role="main"><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-channel field--type-entity-reference field__item"><a href="/chinh-quyen-so">Chính quyền số</a></div>
<h1 class="page-title"><span class="field field--name-title">{esc(a['title'])}</span></h1>
<div class="node__meta"><span class="field field--name-uid">admin</span> <span class="field field--name-created">{esc(f(p))}</span></div>
<div class="field field--name-field-teaser-text field--type-string-long"><p>{esc(a['lead'])}</p></div>
<div class="field field--name-field-teaser-media"><figure><img src="/sites/default/files/2026-11/hoi-nghi.jpg" alt=""><figcaption>Quang cảnh hội nghị. (Ảnh: Sở TT&amp;TT)</figcaption></figure></div>
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions">{paras}</div>
<div class="field field--name-field-source"><p><em>Nguồn: {esc(a['credit'])}</em></p></div>
<div class="field field--name-field-tags">{tags(["chính quyền số", "một cửa điện tử"])}</div>
<div class="shariff">{share_bar()}</div></article>
<div class="views-element-container">{related(a['seed'], "Tin cùng chuyên mục", "view view-related-articles")}</div>
</div></div>
<aside class="layout-sidebar-first">{side_box(a['seed'], "Mới nhất", f, "block block-views")}{side_box(a['seed'] + 5, "Văn bản mới", f, "block block-views-documents", offset=9)}</aside></main>
{footer("Tạp chí Thông tin & Truyền thông số", "site-footer region-footer")}</div></div>"""
    return doc(a["title"] + " | Tạp chí TT&TT số", body, extra_head=og(a))


def drupal_varbase(a):
    f = FMT["drupal-varbase"]
    p = a["pub"]
    body = f"""<div class="dialog-off-canvas-main-canvas"><div class="page"><header class="navbar navbar-expand-lg" role="banner"><div class="container"><div class="region-top"><span class="today">{today_str(2)}</span></div>
<a class="navbar-brand" href="/">Viện Chiến lược Chuyển đổi số</a><div class="navbar-collapse">{menu("clearfix nav navbar-nav", "nav-item")}</div></div></header>
<div class="highlighted"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/blog">Nghiên cứu - Trao đổi</a></li></ol></nav></div></div>
<div class="main-container container js-quickedit-main-content"><div class="row"><section class="col-md-8">
<article role="article" class="node node--type-varbase-blog node--view-mode-full">
<div class="blog-header"><h1 class="page-header"><span>{esc(a['title'])}</span></h1>
<div class="node__submitted"><div class="author-picture"><img src="/user-pictures/u12.jpg" alt=""></div><div class="author-name">{esc(a['byline'])}</div><div class="created-date">{esc(f(p))}</div></div></div>
<div class="field field--name-body field--type-text-with-summary field--item"><p class="lead"><em>{esc(a['lead'])}</em></p>
{body_html(a['blocks'], h="h3")}</div>
<div class="field field--name-field-tags field--items">{tags(["dữ liệu số", "chuyển đổi số"])}</div>
<div class="social-media-sharing">{share_bar()}</div></article>
<div class="block-views-blockvarbase-blog-related-blog">{related(a['seed'], "Bài viết liên quan", "view-content row")}</div></section>
<aside class="col-md-4" role="complementary">{side_box(a['seed'], "Mới cập nhật", f, "block block-views")}{side_box(a['seed'] + 6, "Sự kiện sắp tới", f, "block block-event", offset=4)}</aside></div></div>
{footer("Viện Chiến lược Chuyển đổi số", "footer site-footer")}</div></div>"""
    return doc(a["title"] + " | Viện Chiến lược CĐS", body, extra_head=ld(a, a["author"]))


def joomla_ja_teline(a):
    f = FMT["joomla-ja-teline"]
    p = a["pub"]
    mod = p + timedelta(days=1, hours=4, minutes=9)
    body = f"""<div class="t3-wrapper"><header id="t3-header" class="t3-header"><div class="container"><div class="row"><div class="col-xs-12 col-md-3 logo"><div class="logo-text"><a href="/" title="Báo điện tử Người Đồng Bằng"><span>Người Đồng Bằng</span></a></div></div>
<div class="col-md-9 head-right"><div class="head-date">{today_str(0)}</div></div></div></div></header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><div class="t3-navbar navbar-collapse collapse">{menu("nav navbar-nav level0", "item")}</div></div></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-sm-8">
<ol class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/xa-hoi-so" class="pathway">Xã hội số</a></li></ol>
<div class="item-page clearfix"><article class="article" itemscope itemtype="http://schema.org/Article">
<header class="article-header clearfix"><h1 class="article-title" itemprop="headline">{esc(a['title'])}</h1></header>
<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby hasTooltip" itemprop="author" title="Viết bởi"><i class="fa fa-user"></i><span itemprop="name">Quản trị viên</span></dd>
<dd class="category-name hasTooltip"><i class="fa fa-folder-open"></i><a href="/xa-hoi-so">Xã hội số</a></dd>
<dd class="published hasTooltip"><i class="fa fa-calendar"></i><time datetime="{p.isoformat()}" itemprop="datePublished">{esc(f(p))}</time></dd>
<dd class="modified hasTooltip"><i class="fa fa-calendar"></i><time datetime="{mod.isoformat()}" itemprop="dateModified">Cập nhật: {mod:%d/%m/%Y %H:%M}</time></dd>
<dd class="hits"><i class="fa fa-eye"></i>Lượt xem: 873</dd></dl></aside>
<section class="article-intro clearfix" itemprop="articleBody"><p><strong>(NĐB) - {esc(a['lead'])}</strong></p></section>
<section class="article-content clearfix" itemprop="articleBody">{body_html(a['blocks'], h="h3", figcls="img-caption", capcls="caption")}
<p style="text-align: right;"><strong>{esc(a['byline'])}</strong></p></section>
<div class="ja-social-share">{share_bar()}</div>
<ul class="pager pagenav"><li class="previous"><a href="/tin-truoc" rel="prev">Trước</a></li><li class="next"><a href="/tin-sau" rel="next">Tiếp theo</a></li></ul></article></div>
<div class="moduletable related-items">{related(a['seed'], "Các tin khác", "relateditems mod-list")}</div></div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4">{side_box(a['seed'], "Tin mới nhận", f, "t3-module module")}{side_box(a['seed'] + 7, "Đọc nhiều nhất", f, "t3-module module_popular", offset=6)}</div></div></div>
{footer("Báo điện tử Người Đồng Bằng", "wrap t3-footer")}</div>"""
    return doc(a["title"], body)


def neos_cms(a):
    f = FMT["neos-cms"]
    p = a["pub"]
    body = f"""<div class="page"><header class="page-header"><div class="container"><div class="header-meta">{today_str(0)}</div><a class="brand" href="/">Cổng thông tin Khu Công nghệ số tập trung</a>
<nav class="navigation main-navigation">{menu("nav main-nav", "normal")}</nav></div></header>
<main class="main"><div class="container"><nav class="breadcrumb-menu"><ul class="breadcrumb"><li class="normal"><a href="/">Trang chủ</a></li><li class="normal"><a href="/tin-tuc">Tin tức</a></li><li class="active">Bài viết</li></ul></nav>
<div class="row"><div class="col-md-8"><article class="news-article" data-neos-node-type="Vendor.Site:Document.NewsArticle">
<div class="neos-contentcollection"><div class="news-header"><h1 class="neos-nodetypes-headline">{esc(a['title'])}</h1>
<div class="news-meta"><span class="news-date">{esc(f(p))}</span> · <span class="news-category">Hạ tầng số</span></div></div>
<div class="neos-nodetypes-text news-teaser"><div><p><b>{esc(a['lead'])}</b></p></div></div>
<div class="neos-nodetypes-text"><div>{body_html(a['blocks'], h="h3", figcls="neos-nodetypes-image", capcls="neos-caption")}</div></div>
<div class="neos-nodetypes-text news-author"><div><p>Phóng viên: {esc(a['byline'])}</p></div></div></div>
{share_bar()}</article>
<div class="news-related">{related(a['seed'], "Xem thêm", "news-list related")}</div></div>
<aside class="col-md-4 sidebar"><div class="neos-contentcollection">{side_box(a['seed'], "Tin mới", f, "sidebar-news")}{side_box(a['seed'] + 8, "Thông báo", f, "sidebar-notices", offset=8)}</div></aside></div></div></main>
{footer("Ban Quản lý Khu Công nghệ số tập trung", "page-footer")}</div>"""
    return doc(a["title"] + " - Khu CNS tập trung", body)


def processwire(a):
    f = FMT["processwire"]
    p = a["pub"]
    body = f"""<div id="masthead" class="masthead"><div class="container"><p class="masthead-date">{today_str(2)}</p><a id="logo" href="/">Trung tâm Phục vụ hành chính công huyện</a>
<ul id="topnav" class="topnav">{"".join(f'<li><a href="/{i}/">{esc(m)}</a></li>' for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Thủ tục hành chính", "Tra cứu hồ sơ", "Hỏi đáp", "Liên hệ"]))}</ul>
<ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li></ul></div></div>
<div id="main" class="container"><div id="content" class="content"><h1 id="title">{esc(a['title'])}</h1>
<p class="date">Đăng ngày {esc(f(p))}</p>
<div class="body"><p class="summary">{esc(a['lead'])}</p>{body_html(a['blocks'])}<p class="author">{esc(a['byline'])}</p></div>
<div class="related">{related(a['seed'], "Tin khác", "related-list", 6)}</div></div>
<div id="sidebar" class="sidebar">{side_box(a['seed'], "Tin mới cập nhật", f, "sidebar-box", n=8, show_time=False)}
<div class="sidebar-box hotline"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh, kiến nghị về thủ tục hành chính: 0214.3822.456 (giờ hành chính).</p><p>Email: motcua@example.vn</p></div>
{side_box(a['seed'] + 9, "Thủ tục được quan tâm", f, "sidebar-box", offset=11, n=7, show_time=False)}</div></div>
<div id="footer" class="footer"><div class="container"><p>Trung tâm Phục vụ hành chính công huyện Bảo Thắng. Địa chỉ: Tổ 5, thị trấn Phố Lu.</p><p>Thời gian làm việc: Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.</p><p>Powered by ProcessWire CMS</p></div></div>"""
    return doc(a["title"] + " - TTPVHCC", body)


def modx_revolution(a):
    f = FMT["modx-revolution"]
    p = a["pub"]
    body = f"""<div class="wrapper"><div class="header"><div class="container"><div class="header-top"><span class="current-date">{today_str(0)}</span><a href="/en/">English</a></div>
<a class="logo" href="/">Hiệp hội Thương mại điện tử Đồng Nai</a><ul class="nav">{menu("nav-list", "first")}</ul></div></div>
<div class="container main"><ul class="B_crumbBox"><li class="B_firstCrumb"><a class="B_homeCrumb" href="/">Trang chủ</a></li><li class="B_crumb"><a class="B_crumb" href="/tin-hoat-dong.html">Tin hoạt động</a></li></ul>
<div class="row"><div class="span8 content"><div class="article-full"><h1>{esc(a['title'])}</h1>
<div class="article-info"><span class="pub-date"><i class="icon-time"></i> {esc(f(p))}</span> <span class="views">Lượt xem: 2.051</span></div>
<div class="introtext"><p>{esc(a['lead'])}</p></div>
<div class="content-text">{body_html(a['blocks'], h="h3")}</div>
<div class="article-author"><p>Thực hiện: {esc(a['byline'])}</p></div>
<div class="ya-share2">{share_bar()}</div></div>
<div class="related-resources">{related(a['seed'], "Tin cùng chuyên mục", "getResources-list", 5)}</div></div>
<div class="span4 sidebar">{side_box(a['seed'], "Tin mới nhất", f, "block-news")}{side_box(a['seed'] + 10, "Sự kiện", f, "block-events", offset=1)}
<div class="block-newsletter"><h3>Đăng ký nhận bản tin</h3><p>Nhận tin tức thương mại điện tử mới nhất qua email mỗi tuần.</p><form><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></div></div></div></div>
{footer("Hiệp hội Thương mại điện tử Đồng Nai", "footer")}</div>"""
    return doc(a["title"] + " | VECOM Đồng Nai", body)


def october_cms(a):
    f = FMT["october-cms"]
    p = a["pub"]
    body = f"""<header id="layout-header"><nav id="header" class="navbar navbar-static-top"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/">Thông tin Du lịch Văn hóa Lạng Sơn</a></div><span class="navbar-text">{today_str(0)}</span>
<div class="collapse navbar-collapse">{menu("nav navbar-nav", "nav-item")}</div></div></nav></header>
<section id="layout-content"><div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/blog">Sự kiện - Lễ hội</a></li></ol>
<div class="row"><div class="col-md-8"><div class="post-page"><h1 class="post-title">{esc(a['title'])}</h1>
<p class="info">{esc(f(p))} trong mục <a href="/blog/category/le-hoi">Lễ hội</a> bởi {esc(a['byline'])}</p>
<div class="post-excerpt"><p>{esc(a['lead'])}</p></div>
<div class="content">{body_html(a['blocks'], h="h3", figcls="featured-image", capcls="image-caption")}</div>
<div class="post-share">{share_bar()}</div></div>
<div class="post-related">{related(a['seed'], "Bài viết khác", "rainlab-blog-related")}</div></div>
<div class="col-md-4">{side_box(a['seed'], "Sự kiện sắp diễn ra", f, "sidebar-widget")}{side_box(a['seed'] + 11, "Điểm đến nổi bật", f, "sidebar-widget", offset=10)}</div></div></div></section>
{footer("Trung tâm Thông tin Xúc tiến du lịch Lạng Sơn", "layout-footer")}"""
    return doc(a["title"], body)


def statamic(a):
    f = FMT["statamic"]
    p = a["pub"]
    body = f"""<div class="antialiased font-sans"><header class="bg-blue-900 text-white"><div class="max-w-6xl mx-auto px-4 py-2 text-sm">{today_str(1)}</div>
<div class="max-w-6xl mx-auto px-4 flex justify-between items-center py-4"><a href="/" class="text-2xl font-bold">Trung tâm Dữ liệu tỉnh</a><nav class="hidden lg:flex space-x-6">{menu("flex space-x-4", "nav-link")}</nav></div></header>
<main class="max-w-6xl mx-auto px-4 py-8 grid lg:grid-cols-3 gap-8"><article class="lg:col-span-2 prose prose-lg">
<nav class="text-sm text-gray-500 mb-4"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></nav>
<h1 class="text-4xl font-extrabold leading-tight">{esc(a['title'])}</h1>
<div class="flex items-center text-sm text-gray-600 my-4"><span>Tác giả: {esc(a['byline'])}</span><span class="mx-2">•</span><span>Cập nhật {esc(f(p))}</span></div>
<div class="text-xl text-gray-700 font-medium">{esc(a['lead'])}</div>
<div class="bard-content">{body_html(a['blocks'], h="h2")}</div>
<div class="border-t mt-8 pt-4">{tags(["dữ liệu mở", "dữ liệu dân cư"])}</div></article>
<aside class="space-y-8">{side_box(a['seed'], "Tin mới", f, "bg-gray-100 p-4 rounded", show_time=False)}{side_box(a['seed'] + 12, "Văn bản mới", f, "bg-gray-100 p-4 rounded", offset=12, show_time=False)}</aside></main>
{footer("Trung tâm Dữ liệu tỉnh Hậu Giang", "bg-gray-900 text-gray-300")}</div>"""
    return doc(a["title"] + " | Trung tâm Dữ liệu", body)


def kirby_cms(a):
    f = FMT["kirby-cms"]
    p = a["pub"]
    body = f"""<header class="header"><a class="logo" href="/">Sổ tay Số</a><p class="header-date">{today_str(2)}</p><nav id="menu" class="menu">{"".join(f'<a href="/{i}">{esc(m)}</a>' for i, m in enumerate(["Ghi chép", "Góc nhìn", "Hướng dẫn", "Giới thiệu", "Liên hệ"]))}</nav></header>
<main class="main"><article class="note"><header class="note-header intro"><h1>{esc(a['title'])}</h1>
<p class="note-meta"><time class="note-date" datetime="{p:%Y-%m-%d}">{esc(f(p))}</time> — viết bởi <a href="/tac-gia/ha-vy">{esc(a['byline'])}</a></p></header>
<div class="note-text text"><p class="intro-text"><em>{esc(a['lead'])}</em></p>{body_html(a['blocks'], h="h2", figcls="figure", capcls="caption")}</div>
<footer class="note-footer"><ul class="note-tags"><li><a href="/ghi-chep/tag:ví-điện-tử">ví điện tử</a></li><li><a href="/ghi-chep/tag:nông-thôn">nông thôn</a></li></ul>
<nav class="pagination"><a href="/ghi-chep/bai-truoc">← Ghi chép trước</a><a href="/ghi-chep/bai-sau">Ghi chép sau →</a></nav></footer></article>
<aside class="notes-more">{side_box(a['seed'], "Ghi chép khác", f, "grid notes-grid", show_time=False, n=8)}</aside></main>
<footer class="footer"><p>Sổ tay Số là trang ghi chép cá nhân về đời sống số ở nông thôn. Nội dung được viết độc lập, không đại diện cho cơ quan nào.</p><p>Liên hệ: sotayso@example.vn</p><p>Made with Kirby</p></footer>
<div class="footer-links">{related(a['seed'], "Được đọc nhiều", "popular-notes", 6)}</div>"""
    return doc(a["title"] + " | Sổ tay Số", body)


def pelican_blog(a):
    f = FMT["pelican-blog"]
    p = a["pub"]
    body = f"""<header id="banner" class="body"><h1><a href="/">Ghi chép Chính quyền số <strong>Trao đổi nghiệp vụ</strong></a></h1><p class="today">{today_str(0)}</p>
<nav><ul>{"".join(f'<li><a href="/category/{i}.html">{esc(m)}</a></li>' for i, m in enumerate(["Nghiệp vụ", "Pháp lý", "Hạ tầng", "Kinh nghiệm", "Giới thiệu"]))}</ul></nav></header>
<section id="content" class="body"><article><header><h1 class="entry-title"><a href="{a['url']}" rel="bookmark" title="Permalink">{esc(a['title'])}</a></h1></header>
<footer class="post-info"><abbr class="published" title="{p.isoformat()}">{esc(f(p))}</abbr>
<address class="vcard author">Đăng bởi <a class="url fn" href="/author/tqn.html">{esc(a['byline'])}</a></address><p>Trong mục <a href="/category/nghiep-vu.html">Nghiệp vụ</a>. </p><p>thẻ: <a href="/tag/mot-cua.html">một cửa</a> <a href="/tag/ky-so.html">ký số</a></p></footer>
<div class="entry-content"><p><em>{esc(a['lead'])}</em></p>{body_html(a['blocks'], h="h2")}</div></article></section>
<section id="extras" class="body"><div class="blogroll"><h2>Liên kết</h2><ul><li><a href="/lk1">Cổng dịch vụ công quốc gia</a></li><li><a href="/lk2">Thư viện pháp luật</a></li><li><a href="/lk3">Diễn đàn CNTT khối cơ quan nhà nước</a></li></ul></div>
{side_box(a['seed'], "Bài gần đây", f, "recent-posts", show_time=False, n=8)}
<div class="social"><h2>Mạng xã hội</h2><ul><li><a href="/feeds/all.atom.xml" rel="alternate">atom feed</a></li></ul></div></section>
<footer id="contentinfo" class="body"><address id="about" class="vcard body">Blog được tạo bằng <a href="https://getpelican.com/">Pelican</a>. Nội dung thể hiện quan điểm cá nhân của tác giả, không phải của cơ quan nơi tác giả công tác. Mọi trao đổi xin gửi về hòm thư của blog.</address></footer>"""
    return doc(a["title"] + " | Ghi chép Chính quyền số", body)
