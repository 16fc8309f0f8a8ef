"""Renderers for WordPress themes, Joomla, DNN, SharePoint 2007, Liferay 6.2, NukeViet 4.5 and forums."""
from render import (
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
    share,
    side,
    tags,
    utcz,
)

VI_MONTH = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
            "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def _wp_head(a, dt, mod=None):
    ex = f'<meta property="article:published_time" content="{iso(dt)}">\n'
    if mod:
        ex += f'<meta property="article:modified_time" content="{iso(mod)}">\n'
    return head(a, extra=ex)


def wp_generatepress(a):
    dt = a["dt"]
    mod = later(dt, days=6, hours=3)
    d = dmy(dt) + " " + hm(dt)
    md = dmy(mod)
    body = f"""<body class="post-template-default single single-post postid-2291 single-format-standard right-sidebar nav-float-right separate-containers">
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/" rel="home">{E(a['site'])}</a></p>
<p class="site-description">{TODAY}</p></div></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard hentry category-do-thi-thong-minh"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{E(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="{iso(mod)}" itemprop="dateModified">Cập nhật: {md}</time><time class="entry-date published" datetime="{iso(dt)}" itemprop="datePublished">{d}</time></span>
<span class="byline">bởi <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/baongoc/" rel="author"><span class="author-name" itemprop="name">{E(a['byline'])}</span></a></span></span></div></header>
<div class="entry-content" itemprop="text"><p><strong>{E(a['lead'])}</strong></p>{blocks_html(a['blocks'])}</div>
<footer class="entry-meta"><span class="cat-links">Chuyên mục: <a href="/c/do-thi/">Đô thị thông minh</a></span></footer></div></article>
<div class="comments-area">{comments(2)}</div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget widget_recent_entries">{side('Bài viết mới', 'widget-inner')}</aside></div></div></div></div>
<div class="site-footer">{foot(a['site'], 'Việt Trì, Phú Thọ')}</div></body></html>"""
    return _wp_head(a, dt, mod) + body, [(d, "vis"), ("Cập nhật: " + md, "vis")]


def wp_avada(a):
    dt = a["dt"]
    d = f"{VI_MONTH[dt.month - 1]} {dt.day}, {dt.year}"
    body = f"""<body class="post-template-default single single-post fusion-image-hovers fusion-body ltr"><div id="wrapper" class="fusion-wrapper">
<header class="fusion-header-wrapper"><div class="fusion-secondary-header"><div class="fusion-alignleft">{TODAY}</div></div>
<div class="fusion-header"><div class="fusion-logo"><a href="/">{E(a['site'])}</a></div></div></header>
<main id="main" class="clearfix"><div class="fusion-row"><section id="content" style="width: 71%;">
<article id="post-812" class="post post-812 type-post status-publish"><div class="fusion-post-title-meta-wrap"><h1 class="entry-title fusion-post-title">{E(a['title'])}</h1>
<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Bởi <span class="vcard"><span class="fn"><a href="/author/admin/" rel="author">admin</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{iso(dt)}</span><span>{d}</span><span class="fusion-inline-sep">|</span><a href="/c/kinh-te-so/">Kinh tế số</a></div></div></div>
<div class="post-content"><div class="fusion-fullwidth fullwidth-box"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0"><div class="fusion-column-wrapper">
<div class="fusion-text fusion-text-1"><p><strong>{E(a['lead'])}</strong></p>{blocks_html(a['blocks'])}
<p style="text-align: right;"><em>{E(a['byline'])}</em></p></div></div></div></div></div></div>
<div class="fusion-sharing-box fusion-theme-sharing-box">{share()}</div>
<section class="related-posts single-related-posts"><div class="fusion-title"><h4>Bài viết liên quan</h4></div>{side('Bài liên quan', 'fusion-carousel')}</section></article></section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area">{side('Tin mới', 'widget')}</aside></div></main>
<div class="fusion-footer">{foot(a['site'], 'Tây Ninh')}</div></div></body></html>"""
    return _wp_head(a, dt) + body, [(d, "vis")]


def wp_enfold(a):
    dt = a["dt"]
    d = f"{dt.day} {VI_MONTH[dt.month - 1]}, {dt.year}"
    body = f"""<body id="top" class="post-template-default single single-post stretched"><div id="wrap_all">
<header id="header" class="all_colors header_color light_bg_color av_header_top_nav_header"><div id="header_meta"><div class="container"><span>{TODAY}</span></div></div>
<div id="header_main"><div class="container av-logo-container"><span class="logo"><a href="/">{E(a['site'])}</a></span></div></div></header>
<div id="main" class="all_colors" data-scroll-offset="88"><div class="container_wrap container_wrap_first main_color sidebar_right"><div class="container template-blog template-single-blog">
<main class="content units av-content-small alpha" role="main"><article class="post-entry post-entry-type-standard post-entry-4471 post-loop-1">
<div class="blog-meta"></div><div class="entry-content-wrapper clearfix standard-content">
<header class="entry-content-header"><h1 class="post-title entry-title">{E(a['title'])}</h1>
<span class="post-meta-infos"><time class="date-container minor-meta updated" datetime="{iso(dt)}">{d}</time><span class="text-sep">/</span><span class="blog-categories minor-meta">trong <a href="/c/dia-phuong/">Địa phương</a></span></span></header>
<div class="entry-content"><p><strong>{E(a['lead'])}</strong></p>{blocks_html(a['blocks'])}<p style="text-align: right;"><strong>{E(a['byline'])}</strong></p></div>
<footer class="entry-footer"><div class="av-social-sharing-box">{share()}</div></footer></div></article>
<div class="related_posts"><h5 class="related_title">Có thể bạn quan tâm</h5>{side('Tin cùng chuyên mục', 'related_entries_container')}</div></main>
<aside class="sidebar sidebar_right smartphones_sidebar_active alpha units"><div class="inner_sidebar extralight-border">{side('Tin mới', 'widget')}</div></aside></div></div>
<footer class="container_wrap socket_color" id="socket">{foot(a['site'], 'Đồng Văn, Hà Giang')}</footer></div></div></body></html>"""
    return _wp_head(a, dt) + body, [(d, "vis")]


def wp_smartmag(a):
    dt = a["dt"]
    d = f"{dmy(dt)} - {dt.hour % 12 or 12}:{dt.minute:02d} chiều"
    body = f"""<body class="post-template-default single single-post right-sidebar has-lb"><div class="main-wrap">
<header class="smart-head smart-head-a smart-head-main"><div class="smart-head-row"><span class="ts-date">{TODAY}</span><a class="logo-link" href="/">{E(a['site'])}</a></div></header>
<div class="main ts-contain cf right-sidebar"><div class="ts-row"><div class="col-8 main-content"><div class="the-post s-post-modern">
<article id="post-1553" class="the-post-wrap the-post the-post-modern"><div class="the-post-header s-head-modern"><div class="post-meta post-meta-a post-meta-left has-below">
<h1 class="is-title post-title">{E(a['title'])}</h1><div class="post-meta-items meta-below"><span class="meta-item date"><time class="post-date" datetime="{iso(dt)}">{d}</time></span></div></div>
<div class="sub-title">{E(a['lead'])}</div></div>
<div class="post-content cf entry-content content-spacious">{blocks_html(a['blocks'])}</div>
<div class="the-post-tags">{tags(['chữ ký số', 'Đồng Tháp'])}</div>
<div class="author-box"><section class="author-info"><div class="description"><a href="/author/ngochan/" class="author" rel="author">{E(a['byline'])}</a>
<p class="bio">Phóng viên thường trú khu vực Đồng bằng sông Cửu Long.</p></div></section></div></article>
<section class="related-posts"><h4 class="section-head">Tin liên quan</h4>{side('Tin liên quan', 'block-posts')}</section>
<div class="comments">{comments(2)}</div></div></div>
<aside class="col-4 main-sidebar has-sep"><div class="inner">{side('Xem nhiều', 'widget ts-block-widget')}</div></aside></div></div>
<footer class="main-footer">{foot(a['site'], 'Cao Lãnh, Đồng Tháp')}</footer></div></body></html>"""
    return _wp_head(a, dt) + body, [(d, "vis")]


def wp_zoxnews(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {h12(dt, 'AM', 'PM')}"
    body = f"""<body class="post-template-default single single-post"><div id="zox-site" class="left zoxrel"><div id="zox-site-wall" class="left zoxrel">
<div id="zox-top-head-wrap"><div class="zox-top-head-left">{TODAY}</div><a class="zox-logo-stand" href="/">{E(a['site'])}</a></div>
<div id="zox-main-body-wrap" class="left relative"><div class="zox-article-wrap zoxrel left zox100"><article id="post-3381" class="post-3381 post type-post">
<div class="zox-post-top-wrap"><div class="zox-post-author-wrap"><div class="zox-author-name-wrap"><span class="zox-author-name vcard fn author"><a href="/author/khanhlinh/" rel="author">{E(a['byline'])}</a></span></div></div>
<div class="zox-post-title-wrap zox-tit2"><h1 class="zox-post-title left entry-title" itemprop="headline">{E(a['title'])}</h1>
<span class="zox-post-excerpt"><p>{E(a['lead'])}</p></span></div>
<div class="zox-post-date-wrap"><span class="zox-post-date"><time class="post-date updated" datetime="{iso(dt)}">{d}</time></span></div></div>
<div class="zox-post-body left zoxrel zox100"><div class="zox-post-main left relative">{blocks_html(a['blocks'])}</div></div>
<div class="zox-post-tags">{tags(['dữ liệu mở', 'Hải Phòng'])}</div></article>
<div class="zox-post-more-wrap"><h4 class="zox-post-more-head">Đọc thêm</h4>{side('Đọc thêm', 'zox-widget-feat-wrap')}</div></div></div>
<div class="zox-foot-wrap">{foot(a['site'], 'Lê Hồng Phong, Hải Phòng')}</div></div></div></body></html>"""
    return _wp_head(a, dt) + body, [(d, "vis")]


def wp_sahifa(a):
    dt = a["dt"]
    d = f"lúc {dt.hour % 12 or 12}:{dt.minute:02d} chiều, {dmy(dt)}"
    blocks = a["blocks"]
    body = f"""<body id="top" class="single single-post lazy-enabled"><div class="wrapper-outer"><div class="background-cover"></div>
<div id="wrapper" class="boxed"><div class="inner-wrapper"><header id="theme-header" class="theme-header"><div id="top-nav" class="top-nav"><div class="container"><span class="today-date">{TODAY}</span></div></div>
<div class="header-content"><div class="logo"><h2><a href="/">{E(a['site'])}</a></h2></div></div>
<div class="breaking-news"><span class="breaking-news-title">Tin nóng</span><ul><li><a href="/x">Bắc Kạn khánh thành trạm phát sóng thứ 500</a></li></ul></div></header>
<div id="main-content" class="container"><div class="content"><div id="crumbs"><a href="/">Trang chủ</a> » <a href="/c/">Hạ tầng số</a></div>
<article class="post-listing post-3311 post type-post"><div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">{E(a['title'])}</span></h1>
<p class="post-meta"><span class="post-meta-author"><a href="/author/son/">{E(a['byline'])}</a></span><span class="tie-date">{d}</span></p><div class="clear"></div>
<div class="entry"><p><strong>{E(a['lead'])}</strong></p>{blocks_html(blocks[:3])}
<div class="yarpp-related yarpp-related-website"><h3>Tin liên quan:</h3><ol><li><a href="/r1">Phủ sóng 4G đến điểm trường Pác Nặm</a> (07/07/2025)</li><li><a href="/r2">Viễn thông Bắc Kạn cam kết xóa vùng lõm</a> (02/08/2025)</li></ol></div>
{blocks_html(blocks[3:])}</div>
<div class="share-post">{share()}</div></div></article>
<div class="post-navigation"><div class="post-previous"><a href="/p1">Bài trước</a></div></div>
<section id="related_posts"><div class="block-head"><h3>Bài cùng chuyên mục</h3></div>{side('Cùng chuyên mục', 'post-listing')}</section></div>
<aside id="sidebar">{side('Xem nhiều', 'widget-container')}</aside></div>
<footer id="theme-footer">{foot(a['site'], 'Bắc Kạn')}</footer></div></div></div></body></html>"""
    return _wp_head(a, dt) + body, [(d, "vis")]


def joomla_gantry(a):
    dt = a["dt"]
    d = f"Ngày đăng: {dmy(dt)} {hm(dt)}"
    body = f"""<body class="gantry site com_content view-article no-layout no-task dir-ltr itemid-117 outline-12 g-offcanvas-left g-default g-style-preset1">
<div id="g-page-surround"><section id="g-top"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle">{TODAY}</div></div></div></div></section>
<header id="g-header"><div class="g-container"><div class="g-grid"><div class="g-block"><div class="g-content"><a href="/" class="g-logo">{E(a['site'])}</a></div></div></div></div></header>
<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid"><div class="g-block size-70"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content row-fluid"><div class="span12">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{E(a['title'])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">quantri</span></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{iso(dt)}" itemprop="datePublished">{d}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:412">Lượt xem: 412</dd></dl>
<div itemprop="articleBody"><p><em>{E(a['lead'])}</em></p>{blocks_html(a['blocks'])}<p style="text-align: right;"><strong>{E(a['byline'])}</strong></p></div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/tin/prev">Trước</a></li></ul></div></div></div></div></div></div></main></div>
<div class="g-block size-30"><aside id="g-aside"><div class="g-content"><div class="moduletable"><h3 class="g-title">Tin mới</h3>{side('Tin mới', 'latestnews')}</div></div></aside></div></div></div></section>
<footer id="g-footer">{foot(a['site'], 'Nam Định')}</footer></div></body></html>"""
    return head(a) + body, [(d, "vis")]


def joomla_yootheme(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {hm(dt)}"
    body = f"""<body class=""><div class="tm-page"><div class="tm-toolbar tm-toolbar-default uk-visible@m"><div class="uk-container uk-flex uk-flex-middle"><div class="uk-margin-auto-right">{TODAY}</div></div></div>
<header class="tm-header uk-visible@m"><div class="uk-navbar-container"><div class="uk-container"><nav class="uk-navbar"><div class="uk-navbar-left"><a href="/" class="uk-navbar-item uk-logo">{E(a['site'])}</a></div></nav></div></div></header>
<div id="tm-main" class="tm-main uk-section uk-section-default" uk-height-viewport="expand: true"><div class="uk-container"><div class="uk-grid" uk-grid><div class="uk-width-expand@m">
<article id="article-221" class="uk-article" data-permalink="{a['url']}" typeof="Article" vocab="https://schema.org/">
<meta property="datePublished" content="{iso(dt)}"><h1 property="headline" class="uk-margin-large-top uk-margin-remove-bottom uk-article-title">{E(a['title'])}</h1>
<ul class="uk-margin-top uk-margin-remove-bottom uk-subnav uk-subnav-divider"><li><time datetime="{iso(dt)}">{d}</time></li><li><a href="/giao-duc">Giáo dục</a></li></ul>
<div class="uk-margin-medium" property="text"><p class="uk-text-lead">{E(a['lead'])}</p>{blocks_html(a['blocks'])}<p style="text-align: right;"><strong>{E(a['byline'])}</strong></p></div>
<ul class="uk-list">{''.join(f'<li><a href="/t/{i}">{E(t)}</a> {dd}</li>' for i, (t, dd) in enumerate([('Trao học bổng cho học sinh Nà Hẩu', '20/08/2025')]))}</ul></article></div>
<aside id="tm-sidebar" class="tm-sidebar uk-width-1-4@m"><div class="uk-child-width-1-1" uk-grid><div><div class="uk-panel" id="module-95">{side('Tin cùng chuyên mục', 'uk-list')}</div></div></div></aside></div></div></div>
<div id="module-footer" class="uk-section-secondary">{foot(a['site'], 'Văn Yên, Yên Bái')}</div></div></body></html>"""
    return head(a) + body, [(d, "vis")]


def dnn7_announcements(a):
    dt = a["dt"]
    t = f"{dt.hour % 12 or 12}:{dt.minute:02d}:{dt.second:02d} {'SA' if dt.hour < 12 else 'CH'}"
    d = f"Ngày cập nhật: {dmy(dt)} {t}"
    body = f"""<body id="Body"><form method="post" action="/tin-tuc/tid/85/ArticleID/1942/Default.aspx" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNTk1MjQ2Nzg3D2QWBmYPFgIeBFRleHQFPjwhRE9DVFlQRSBodG1sIFBVQkxJQw=="></div>
<script type="text/javascript">var dnn = dnn || {{}}; dnn.vars = {{"ModuleId":"612"}};</script>
<div id="siteWrapper"><div id="dnn_TopPane" class="TopPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-601"><div class="ngayhientai">{TODAY}</div></div></div>
<div id="dnn_BannerPane"><a id="dnn_dnnLOGO_hypLogo" title="{E(a['site'])}" href="/">{E(a['site'])}</a></div>
<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-DNN_Announcements DnnModule-612"><a name="612"></a>
<div class="c_container"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr612_dnnTITLE_titleLabel" class="Head">Tin hoạt động</span></h2></div>
<div id="dnn_ctr612_ContentPane" class="c_content"><div id="dnn_ctr612_ModuleContent" class="DNNModuleContent ModDNNAnnouncementsC">
<div class="DNN_ANN_DescriptionPanel"><h3 class="DNN_ANN_Title">{E(a['title'])}</h3>
<span class="DNN_ANN_Date SubHead">{d}</span>
<div class="DNN_ANN_Summary Normal"><b>{E(a['lead'])}</b></div>
<div class="DNN_ANN_Description Normal">{blocks_html(a['blocks'])}<p align="right"><b>{E(a['byline'])}</b></p></div></div></div></div></div></div></div>
<div id="dnn_RightPane" class="RightPane"><div class="DnnModule">{side('Thông báo', 'DNN_ANN_Title')}</div></div>
<div id="dnn_FooterPane">{foot(a['site'], 'Thôn Phú Sơn, xã Hòa Tiến, huyện Hòa Vang, TP Đà Nẵng')}</div></div>
<input name="ScrollTop" type="hidden" id="ScrollTop"></form></body></html>"""
    return head(a) + body, [(d, "vis")]


def moss2007(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {h12(dt)}"
    rows = blocks_html(a["blocks"])
    body = f"""<body scroll="yes" onload="javascript:_spBodyOnLoadWrapper();"><form name="aspnetForm" method="post" action="/Pages/tin-tuc.aspx?ItemID=2207" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYC"></div>
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webLanguage: 1066}};</script>
<table class="ms-main" cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td class="ms-globalbreadcrumb" colspan="2"><span class="today">{TODAY}</span></td></tr>
<tr><td colspan="2" class="ms-globalTitleArea"><table width="100%"><tr><td class="ms-titleimagearea"><a href="/">{E(a['site'])}</a></td></tr></table></td></tr>
<tr><td class="ms-leftareacell" valign="top" width="200"><div class="ms-quicklaunchouter">{side('Tin mới', 'ms-quickLaunch')}</div></td>
<td class="ms-bodyareacell" valign="top"><table width="100%" class="ms-propertysheet"><tr><td id="MSOZoneCell_WebPartWPQ2" valign="top" class="s4-wpcell">
<table class="ms-WPBody" width="100%"><tr><td><div class="ms-WPBody" id="WebPartWPQ2">
<div class="article-detail"><h2 class="ms-standardheader">{E(a['title'])}</h2>
<div class="ms-vb2">{d}</div>
<div class="ms-rtestate-field"><div class="ExternalClass7F4A"><p><b>{E(a['lead'])}</b></p>{rows}<p align="right"><b>{E(a['byline'])}</b></p></div></div></div>
</div></td></tr></table></td></tr></table></td></tr>
<tr><td colspan="2" class="ms-pagebottommargin">{foot(a['site'], 'Số 1 Trần Hưng Đạo, TP Tuyên Quang')}</td></tr></table></form></body></html>"""
    return head(a) + body, [(d, "vis")]


def liferay62_asset(a):
    dt = a["dt"]
    d = f"Ngày xuất bản: {dmy(dt)} lúc {hm(dt)}"
    body = f"""<body class="yui3-skin-sam controls-visible signed-out public-page site"><div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest"><span class="site-name">{E(a['site'])}</span></a></h1><span class="ngay">{TODAY}</span></div></header>
<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_xQ9b_">
<span id="p_101_INSTANCE_xQ9b"></span><section class="portlet" id="portlet_101_INSTANCE_xQ9b"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/tin-tuc">Quay lại</a></span><h3 class="header-title"><span>{E(a['title'])}</span></h3></div>
<div class="asset-full-content default-asset-publisher no-title"><div class="asset-content" id="_101_INSTANCE_xQ9b_2205">
<div class="journal-content-article"><p class="date-publish">{d}</p><p class="summary"><strong>{E(a['lead'])}</strong></p>
{blocks_html(a['blocks'])}<p style="text-align: right;"><strong>{E(a['byline'])}</strong></p></div>
<div class="asset-links"><h4>Tin liên quan</h4>{side('Tin liên quan', 'taglib-asset-links')}</div></div></div></div></div></div></section></div></div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">{side('Tin mới nhất', 'portlet-boundary')}</div></div></div></div>
<footer id="footer" role="contentinfo">{foot(a['site'], 'Số 18 Nha Trang, TP Thái Nguyên')}</footer></div>
<script type="text/javascript">Liferay.Portlet.onLoad({{canEditTitle: false, portletId: '101_INSTANCE_xQ9b'}});</script></body></html>"""
    return head(a) + body, [(d, "vis")]


def nukeviet45(a):
    dt = a["dt"]
    d = f"{WD[dt.weekday()]} - {dmy(dt)} {hm(dt)}"
    body = f"""<body><noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{E(a['site'])}" href="/"><span class="site_name">{E(a['site'])}</span></a></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow"><span class="current-time">{TODAY}</span></div></div></div></nav>
<section><div class="container" id="body"><div class="row"><div class="col-md-18"><div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body"><h1 class="title margin-bottom-lg" itemprop="headline">{E(a['title'])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{d}</span></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{E(a['lead'])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{blocks_html(a['blocks'])}</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{E(a['byline'])}</p></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>{side('Tin mới hơn', 'related')}</div></div></div>
<div class="col-md-6">{side('Tin xem nhiều', 'panel panel-primary')}</div></div></div></section>
<footer id="footer">{foot(a['site'], 'Tam Kỳ, Quảng Nam')}</footer></div></div></body></html>"""
    return head(a) + body, [(d, "vis")]


def vbulletin5(a):
    dt = a["dt"]
    d = f"{dt.strftime('%m-%d-%Y')}, {dt.strftime('%I:%M')} {'AM' if dt.hour < 12 else 'PM'}"
    replies = "".join(f"""<li class="b-post js-post js-comment-entry__parent" data-node-id="{88 + i}"><div class="b-post__grid">
<div class="b-userinfo"><div class="author h-text-size--14"><a href="/member/{i}">{u}</a></div></div>
<div class="b-post__content js-post__content"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="2025-11-0{8 + i}T08:1{i}:00">{dd}</time></div>
<div class="js-post__content-wrapper"><div class="b-post__body js-post__content-text restore h-wordwrap">{E(t)}</div></div>
<div class="b-post__sig">Chữ ký: Sống chậm một chút</div></div></div></li>""" for i, (u, dd, t) in enumerate([
        ("thutrang88", "11-08-2025, 08:10 AM", "Cảm ơn bác, mình cũng làm tuần trước, nhận bằng sau bốn ngày."),
        ("lehuy_vt", "11-09-2025, 08:11 AM", "Ảnh chân dung phải nền trắng nhé mọi người, mình bị trả lại một lần.")]))
    body = f"""<body id="vb-page-body" class="l-desktop page64 vb-page view-mode logged-out"><div id="outer-wrapper"><div id="wrapper">
<div id="header-axd" class="noselect"><div class="header-navbar"><a href="/forum">{E(a['site'])}</a><span class="today">{TODAY}</span></div></div>
<ul id="breadcrumbs" class="h-clearfix"><li class="crumb"><a href="/forum">Diễn đàn</a></li><li class="crumb"><a href="/forum/dich-vu-cong">Dịch vụ công trực tuyến</a></li></ul>
<main id="content"><div class="canvas-layout-container js-canvas-layout-container"><div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs">
<div class="widget-header"><h1 class="main-title js-main-title hide-on-editmode">{E(a['title'])}</h1></div>
<div class="conversation-list"><ul class="conversation-list list-container h-clearfix thread-view">
<li class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--first" data-node-id="87" itemscope itemtype="http://schema.org/DiscussionForumPosting"><div class="b-post__grid">
<div class="b-userinfo"><div class="author h-text-size--14"><strong><a href="/member/102-hoangnam_dx" itemprop="author">{E(a['byline'])}</a></strong></div><div class="b-userinfo__rank">Thành viên tích cực</div></div>
<div class="b-post__content js-post__content"><div class="b-post__timestamp"><time itemprop="dateCreated" datetime="{dt.strftime('%Y-%m-%dT%H:%M:%S')}">{d}</time></div>
<div class="js-post__content-wrapper h-clearfix"><div class="b-post__body js-post__content-text restore h-wordwrap" itemprop="text">{blocks_html(a['blocks'])}</div></div>
<div class="b-post__sig">Chữ ký: Đi đâu cũng nhớ mang CCCD</div></div></div></li>{replies}</ul></div></div></div></main>
<footer id="footer">{foot(a['site'], 'Diễn đàn cộng đồng')}</footer></div></div></body></html>"""
    return head(a) + body, [(d, "vis")]


def vbulletin5_list(a):
    rows = "".join(f"""<tr class="topic-item" data-node-id="{300 + i}"><td class="cell-topic"><div class="topic-info"><a class="topic-title js-topic-title" href="/forum/dich-vu-cong/{300 + i}">{E(t)}</a>
<div class="topic-info-secondary">Bắt đầu bởi <a href="/member/{i}">thanhvien{i}</a>, {d.replace('/', '-')}</div></div></td><td class="cell-count">{i * 3 + 2} trả lời</td>
<td class="cell-lastpost"><span class="lastpost-by">bởi user{i}</span> <span class="post-date">11-2{i}-2025, 0{i}:15 PM</span></td></tr>""" for i, (t, d) in enumerate(a["items"]))
    body = f"""<body id="vb-page-body" class="l-desktop"><div id="wrapper"><div class="header-navbar"><a href="/forum">{E(a['site'])}</a> <span>{TODAY}</span></div>
<main id="content"><div class="b-module canvas-widget default-widget forum-channel-display-widget"><div class="widget-header"><h1 class="main-title">Dịch vụ công trực tuyến</h1></div>
<table class="topic-list-container js-topic-list h-clearfix"><thead><tr><th>Chủ đề</th><th>Trả lời</th><th>Bài cuối</th></tr></thead><tbody>{rows}</tbody></table></div></main>
{foot(a['site'], 'Diễn đàn cộng đồng')}</div></body></html>"""
    return head(a) + body, []


def invision(a):
    dt = a["dt"]
    z = utcz(dt)
    d = f"{dt.day} Tháng {dt.month}, {dt.year}"
    body = f"""<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app"><div id="ipsLayout_header" class="ipsClearfix">
<header><div class="ipsLayout_container"><a href="/" id="elSiteTitle">{E(a['site'])}</a><span class="today">{TODAY}</span></div></header></div>
<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center"><div class="ipsType_break ipsContained">
<h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{E(a['title'])}</span></span></h1></div></div>
<div class="ipsPageHeader__meta"><p class="ipsType_reset ipsType_blendLinks">Bởi <a href="/profile/77-minhtuanit/" class="ipsType_break">{E(a['byline'])}</a>, <time datetime="{z}" title="{z}" data-short="3 tuần">{d}</time> trong <a href="/forum/12-hoi-dap/">Hỏi đáp</a></p></div></div>
<div id="comments" data-controller="core.front.core.commentFeed"><form><article id="elComment_9911" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium"><h3 class="ipsType_sectionHead cAuthorPane_author"><strong><a href="/profile/77-minhtuanit/">{E(a['byline'])}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li>Thành viên</li><li>42 bài viết</li></ul></aside>
<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-9911_wrap" class="ipsComment_content ipsType_medium">
<div class="ipsComment_meta ipsType_light ipsFlex"><p class="ipsComment_meta ipsType_reset">Đăng ngày <time datetime="{z}" title="{z}" data-short="3 tuần">{d}</time></p></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">{blocks_html(a['blocks'])}</div>
<div class="ipsItemControls"><ul class="ipsComment_controls ipsClearfix ipsItemControls_left"><li><a href="#">Trích dẫn</a></li></ul></div></div>
<div data-role="memberSignature" class="ipsResponsive_hidePhone"><hr class="ipsHr"><div class="ipsType_light ipsType_richText">Yêu Vinh, yêu sông Lam</div></div></div></div></article>
<article id="elComment_9915" class="cPost ipsBox ipsComment"><aside class="ipsComment_author"><h3><strong><a href="/profile/80-honghanh/">honghanh_na</a></strong></h3></aside>
<div class="ipsComment_content"><p class="ipsComment_meta">Đăng ngày <time datetime="2025-11-14T02:05:00Z">14 Tháng 11, 2025</time></p><div data-role="commentContent" class="ipsType_richText"><p>Mình gửi ảnh ổ gà hôm thứ hai, thứ tư đã thấy người ra vá đường.</p></div></div></article></form></div></div></div></div></main>
<footer id="ipsLayout_footer">{foot(a['site'], 'Vinh, Nghệ An')}</footer></body></html>"""
    return head(a, extra=f'<meta property="article:published_time" content="{z}">\n') + body, [(d, "vis"), (z, "raw")]


def discuz(a):
    dt = a["dt"]
    d = f"Đăng lúc {dt.strftime('%Y-%m-%d')} {hm(dt)}"
    body = f"""<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;"><div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z">{TODAY}</div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="/forum.php" title="{E(a['site'])}">{E(a['site'])}</a></h2></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="/forum.php">Diễn đàn</a> <em>›</em> <a href="/forum-12-1.html">Thể thao địa phương</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">Xem:</span> <span class="xi1">1204</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{E(a['title'])}</span></h1></td></tr></table>
<div id="post_51822"><table id="pid51822" class="plhin" summary="pid51822" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div id="favatar51822" class="pls favatar"><div class="pi"><div class="authi"><a href="/space-uid-881.html" target="_blank" class="xw1">{E(a['byline'])}</a></div></div></div></td>
<td class="plc"><div class="pi"><strong><a href="/thread-9931-1-1.html" id="postnum51822">#1</a></strong><div class="pti"><div class="authi"><em id="authorposton51822">{d}</em></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_51822">{blocks_html(a['blocks'])}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="sign">Diễn Châu quê tôi</div></td></tr></table></div>
<div id="post_51830"><table id="pid51830" class="plhin"><tr><td class="pls"><div class="authi"><a href="/space-uid-902.html">fan_xanhla</a></div></td>
<td class="plc"><div class="pi"><em id="authorposton51830">Đăng lúc 2025-11-15 07:02</em></div><div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_51830">Trận này hay thật, thủ môn xã Diễn Kỷ bắt quá xuất sắc.</td></tr></table></div></div></div></td></tr></table></div></div></div></div>
<div id="ft" class="wp cl">{foot(a['site'], 'Diễn Châu, Nghệ An')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def flarum_list(a):
    import json as _j
    payload = {"data": [{"type": "discussions", "id": str(40 + i), "attributes": {"title": t, "createdAt": f"2025-11-2{i}T03:1{i}:00+00:00", "commentCount": i + 1}} for i, (t, _d) in enumerate(a["items"])]}
    lis = "".join(f'<li><a href="/d/{40 + i}-chu-de">{E(t)}</a></li>' for i, (t, _d) in enumerate(a["items"]))
    body = f"""<body><div id="app" class="App"><div id="app-navigation" class="App-navigation"></div><div id="drawer" class="App-drawer">
<header id="header" class="App-header"><div id="header-navigation" class="Header-navigation"></div><div class="container"><h1 class="Header-title"><a href="/" id="home-link">{E(a['site'])}</a></h1><div id="header-primary" class="Header-primary"><span>{TODAY}</span></div></div></header></div>
<main class="App-content"><div id="content"><div class="container"><h2>Tất cả thảo luận</h2><div class="DiscussionList"><ul class="DiscussionList-discussions">{lis}</ul></div>
<a href="/all?page=2">Trang sau</a></div></div></main></div>
<div id="flarum-json-payload" style="display: none">{E(_j.dumps(payload, ensure_ascii=False))}</div>
<script>document.getElementById('flarum-loading').style.display = 'none'; var app = {{}};</script></body></html>"""
    return head(a) + body, []
