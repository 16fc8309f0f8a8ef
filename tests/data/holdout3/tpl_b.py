"""Renderers: Java/.NET portals, Vietnamese e-government sites and national-outlet styles."""
import datetime as _dt
import json

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


def _head(title, extra="", charset="utf-8", prefix="x"):
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="{charset}">\n<title>{e(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{extra}\n{css_blob(prefix, 55)}\n</head>\n')


def liferay61(a):
    dt = a["dt"]
    shown = dt.strftime("%d/%m/%Y %H:%M")
    rel = related(a["seed"], 7, dt)
    lst = "".join(f'<li class="asset-abstract"><a href="/web/guest/tin-tuc/-/asset_publisher/AbC1/content/{i}">{h}</a> <span class="metadata-entry metadata-publish-date">({d.strftime("%d/%m/%Y")})</span></li>' for i, (h, d, u) in enumerate(rel))
    html = _head(a["title"], '<link href="/html/themes/classic/css/main.css" rel="stylesheet">', prefix="lfr") + f'''<body class="blue yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest">{a["site"]}</a></h1><div class="header-date">Hôm nay, {TODAY.strftime("%d/%m/%Y")}</div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{menu_items(cls=' class="lfr-nav-item"')}</ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-borderless portlet-journal-content" id="p_p_id_56_INSTANCE_x7Rk_">
<span id="p_56_INSTANCE_x7Rk"></span><div class="portlet-borderless-container" style=""><div class="portlet-body">
<div class="journal-content-article" id="article_10155_10181_{a["seed"]}45">
<div class="news-title"><h2>{e(a["title"])}</h2></div>
<div class="news-date">Ngày cập nhật: {shown}</div>
<div class="news-summary"><p><b>{e(a["lead"])}</b></p></div>
<div class="news-content">
{body(a["blocks"], h="pstrong", fig='<p style="text-align:center"><img src="/documents/10181/0/anh.jpg" /></p><p style="text-align:center"><i>Ảnh: Cán bộ Bộ phận một cửa tiếp nhận hồ sơ</i></p>', after=2)}
<p style="text-align:right"><b>{e(a["author_disp"])}</b></p>
</div></div>
<div class="taglib-ratings stars"><div class="liferay-rating-vote">Đánh giá</div></div>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Tk9q_"><div class="portlet-body"><div class="taglib-header"><h1 class="header-title"><span>Tin khác</span></h1></div><ul class="title-list">{lst}</ul></div></div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone"><div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher"><div class="portlet-body"><h3>Tin xem nhiều</h3><ul class="title-list">{lst}</ul></div></div></div></div></div></div>
<footer id="footer" role="contentinfo"><p class="powered-by">Cổng thông tin điện tử {a["site"]} - Powered By Liferay</p></footer></div>
<script>Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_56_INSTANCE_x7Rk_', portletId: '56_INSTANCE_x7Rk', refreshURL: '/c/portal/render_portlet'}});</script>
{script_blob("liferay61", a["seed"])}</body></html>'''
    return html, [shown]


def liferay70(a):
    dt = a["dt"]
    shown = dt.strftime("%d/%m/%Y %H:%M:%S")
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{u}">{h}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{d.strftime("%d/%m/%y")}</span></div></div>' for h, d, u in rel)
    html = _head(a["title"], f'<meta property="og:title" content="{e(a["title"])}">', prefix="lf7") + f'''<body class="controls-visible signed-out public-page site">
<div class="container-fluid" id="wrapper"><header id="banner"><div class="topbar">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</div><div class="navbar navbar-classic navbar-top py-3"><a class="logo" href="/">{a["site"]}</a></div>
<nav class="navbar navbar-expand-md navbar-dark bg-primary"><ul class="navbar-nav">{menu_items(cls=' class="lfr-nav-item nav-item"', acls=' class="nav-link"')}</ul></nav></header>
<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_q8Lm_">
<section class="portlet"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="asset-title d-inline">{e(a["title"])}</span></p></div>
<div class="asset-content mb-3">
<div class="journal-content-article" data-analytics-asset-id="{a["seed"]}301" data-analytics-asset-title="{e(a["title"])}" data-analytics-asset-type="web-content">
<div class="chitiet-tin"><div class="ngay-dang"><i class="icon-time"></i> {shown}</div>
<div class="tom-tat">{e(a["lead"])}</div>
<div class="noi-dung">
{body(a["blocks"], h="h3")}
<p style="text-align: right;"><strong>{e(a["author_disp"])}</strong></p>
</div></div></div></div>
<div class="asset-links"><h4>Tin liên quan</h4>{lst}</div>
<div class="asset-ratings"><div class="ratings-thumbs">Bạn thấy bài viết có hữu ích?</div></div>
</div></div></div></div></section></div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-asset-publisher"><h2 class="portlet-title-text">Tin mới</h2>{lst}</div></div></div></div></section>
<footer id="footer" role="contentinfo"><p class="powered-by">Bản quyền © {a["site"]}</p></footer></div>
<script>Liferay.currentURL = '{a["url"]}'; Liferay.ThemeDisplay = {{getLanguageId: function() {{return 'vi_VN';}}}};</script>
{script_blob("liferay70", a["seed"])}</body></html>'''
    return html, [shown]


def sharepoint_online(a):
    dt = a["dt"]
    shown = f'{dt.day} tháng {dt.month}, {dt.year}'
    rtes = []
    for kind, val in a["blocks"]:
        rtes.append(body([(kind, val)], h="h2"))
    canvas = "".join(f'<div class="ControlZone" data-sp-a11y-id="ControlZone_{i}"><div data-sp-canvascontrol="" data-sp-canvasdataversion="1.0" data-sp-controldata="{{&quot;controlType&quot;:4,&quot;id&quot;:&quot;rte-{i}&quot;,&quot;position&quot;:{{&quot;zoneIndex&quot;:2,&quot;controlIndex&quot;:{i + 1}}}}}"><div data-sp-feature-tag="Rich Text Editor" class="rte-webpart" data-sp-feature-instance-id="{i}"><div class="rte--read"><div data-sp-rte="" class="cke_editable rte--read isFluentRTE">{x}</div></div></div></div></div>' for i, x in enumerate(rtes))
    rel = related(a["seed"], 5, dt)
    news = "".join(f'<div class="newsItem" role="listitem"><a href="{u}" data-automation-id="newsItemTitle">{h}</a><span data-automation-id="newsItemDate">{d.day} tháng {d.month}</span></div>' for h, d, u in rel)
    html = _head(a["title"], f'<script>var _spPageContextInfo = {{"webTitle":"{a["site"]}","listItemId":{a["seed"]},"firstPublishedDate":"{iso(dt, z=True)}"}};</script>', prefix="sp") + f'''<body><div id="SPPageChrome"><div id="spSiteHeader" data-automationid="SiteHeader"><div class="o365sx-navbar">{a["site"]} — Hôm nay {TODAY.strftime("%d/%m/%Y")}</div><nav class="ms-HorizontalNav" role="navigation"><ul>{menu_items(cls=' class="ms-HorizontalNavItem"')}</ul></nav></div>
<div class="SPCanvas" data-automation-id="contentScrollRegion"><div class="CanvasComponent LCS"><div class="CanvasZoneContainer">
<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl12"><div class="ControlZone">
<div data-sp-feature-tag="PageTitle" class="pageTitle_8f3a sp-pageLayout-title"><div role="heading" aria-level="1" data-automation-id="pageHeader" class="title_a2c1"><span>{e(a["title"])}</span></div>
<div class="topicHeader"><span>Tin tức nội bộ</span></div>
<div class="authorByline_9b3c"><div class="ms-Persona-primaryText" data-automation-id="personaDetails">{e(a["author_disp"])}</div><div class="ms-Persona-secondaryText"><span data-automation-id="publishDate">Đã xuất bản {shown}</span></div></div></div></div></div></div>
<div class="CanvasZone"><div class="CanvasSection CanvasSection-col CanvasSection-xl8">
<div class="ControlZone"><div data-sp-feature-tag="Rich Text Editor" class="rte-webpart"><div class="rte--read"><div data-sp-rte="" class="cke_editable rte--read isFluentRTE"><p><span class="fontSizeLarge"><strong>{e(a["lead"])}</strong></span></p></div></div></div></div>
{canvas}
<div class="ControlZone"><div data-sp-feature-tag="ImageWebPart"><figure><img src="/sites/tintuc/SiteAssets/SitePages/{a["seed"]}/anh.jpg"><figcaption class="captionElement">Một buổi tập huấn trực tuyến</figcaption></figure></div></div>
</div><div class="CanvasSection CanvasSection-col CanvasSection-xl4"><div class="ControlZone"><div data-sp-feature-tag="News WebPart web part"><h2 class="webPartTitle">Tin tức khác</h2><div role="list">{news}</div></div></div></div></div>
</div></div>
<div class="commentsWrapper" data-sp-feature-tag="Comments"><h2>Bình luận</h2><div class="commentsPlaceholder">Chưa có bình luận</div></div></div></div>
{script_blob("spo", a["seed"])}</body></html>'''
    return html, [shown, iso(dt, z=True)]


def umbraco(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d.%m.%Y")}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<article class="blogpost-listing"><a href="{u}"><h3 class="blogpost-title">{h}</h3><small class="blogpost-date">{d.strftime("%d.%m.%Y")}</small></a></article>' for h, d, u in rel)
    html = _head(a["title"], f'<meta name="description" content="{e(a["lead"])}"><link rel="stylesheet" href="/css/style.css?v=13.2">', prefix="umb") + f'''<body><div class="mobile-nav-handler"></div>
<header class="header"><div class="container"><a class="nav-link--home" href="/">{a["site"]}</a><span class="header-date">{TODAY.strftime("%d.%m.%Y")}</span><nav class="nav-bar top-nav"><ul>{menu_items(cls=' class="nav-link"')}</ul></nav></div></header>
<main><section class="section section--full-height background-image-full overlay overlay-black"><div class="background-image-full__content"><h1 class="hero-title">{e(a["title"])}</h1></div></section>
<section class="section"><div class="container"><div class="row"><div class="col-md-8">
<div class="blogpost-meta"><small class="blogpost-date">{shown}</small><small class="blogpost-cat"><a class="blogpost-tag" href="/tin-tuc?category=cds">chuyển đổi số</a></small></div>
<div class="umb-block-grid" data-grid-columns="12"><div class="umb-block-grid__layout-container">
<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock"><div class="rte-block"><p class="lead">{e(a["lead"])}</p></div></div>
<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock"><div class="rte-block">
{body(a["blocks"], h="h2")}
</div></div>
<div class="umb-block-grid__layout-item" data-content-element-type-alias="imageBlock"><figure><img src="/media/{a["seed"]}/anh.jpg"><figcaption>Ảnh tư liệu</figcaption></figure></div>
</div></div>
<div class="author-box"><img class="author-avatar" src="/media/authors/{a["slug"]}.jpg" alt=""><div><span class="author-label">Người viết</span> <strong class="author-name">{e(a["author_disp"])}</strong></div></div>
</div><aside class="col-md-4"><h2>Bài viết mới</h2><div class="blogposts">{lst}</div></aside></div></div></section></main>
<footer class="section--themed"><div class="container"><p>© 2026 {a["site"]} — Xây dựng trên Umbraco</p></div></footer>
{script_blob("umbraco", a["seed"])}</body></html>'''
    return html, [shown]


def kentico(a):
    dt = a["dt"]
    h12 = dt.hour % 12 or 12
    shown = f'{dt.month}/{dt.day}/{dt.year} {h12}:{dt.minute:02d}:00 {"AM" if dt.hour < 12 else "PM"}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<div class="NewsItem"><a href="{u}">{h}</a><span class="NewsDate">{d.month}/{d.day}/{d.year}</span></div>' for h, d, u in rel)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN"><head id="head"><title>{e(a["title"])}</title><meta http-equiv="content-type" content="text/html; charset=UTF-8" /><meta name="generator" content="Kentico CMS 8.2" /><link href="/CMSPages/GetResource.ashx?stylesheetname=CorporateSite" type="text/css" rel="stylesheet"/>{css_blob("kc", 45)}</head>
<body class="LTR Chrome VIVN ContentBody"><form method="post" action="{a["url"]}" id="form"><div class="aspNetHidden"><input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="q1w2e3{a["seed"]}" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1NjQ4{a["seed"]}ZGQ=" /></div>
<div id="ctl00_plcHeader"><div class="zoneTop"><div class="dateNow">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</div><a class="logo" href="/">{a["site"]}</a><ul class="CMSListMenuUL" id="menuElem">{menu_items(cls=' class="CMSListMenuLI"', acls=' class="CMSListMenuLink"')}</ul></div></div>
<div class="zoneMain"><div class="zoneLeft" id="ctl00_plcMain_lt_zoneLeft"><div class="NewsDetail">
<h1 class="NewsTitle">{e(a["title"])}</h1>
<div class="NewsInfo"><span class="NewsDate">Ngày xuất bản: {shown}</span> | <span class="NewsAuthor">{e(a["author_disp"])}</span></div>
<div class="NewsSummary"><span class="NewsSummaryText">{e(a["lead"])}</span></div>
<div class="NewsContent">{body(a["blocks"], h="h3")}</div>
<div class="NewsTags">Thẻ: <a href="/tag/so-hoa">số hóa</a></div></div>
<div class="RelatedNews"><h2>Tin liên quan</h2>{lst}</div></div>
<div class="zoneRight"><h2>Tin mới nhất</h2>{lst}</div></div>
<div class="zoneFooter">© 2026 {a["site"]}</div>
<script type="text/javascript">//<![CDATA[
var CMS = CMS || {{}}; CMS.Application = {{"language":"vi-VN","imagesUrl":"/CMSPages/GetResource.ashx?image=%5bImages.zip%5d%2f","isDebuggingEnabled":false}};
//]]></script></form>{script_blob("kentico", a["seed"])}</body></html>'''
    return html, [shown]


def sitefinity(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d/%m/%Y")}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a><span class="sfnewsDate">{d.strftime("%d/%m/%Y")}</span></li>' for h, d, u in rel)
    html = _head(a["title"], '<meta name="Generator" content="Sitefinity 14.4.8100.0 DX">', prefix="sf") + f'''<body><form method="post" action="./{a["seed"]}" id="aspnetForm"><div class="sf_cols header"><span class="ngay">{TODAY.strftime("%d/%m/%Y")}</span><a href="/">{a["site"]}</a><ul class="sfNavHorizontalDropDown">{menu_items()}</ul></div>
<div class="sf_cols"><div class="sf_colsOut sf_2cols_1_67"><div id="Body_T0E6C3A12001_Col00" class="sf_colsIn sf_2cols_1in_67">
<div class="sfnewsItemDetails sfnewsDetails">
<h1 class="sfnewsTitle">{e(a["title"])}</h1>
<div class="sfnewsAuthorAndDate">{shown} bởi {e(a["author_disp"])}</div>
<div class="sfnewsSummary">{e(a["lead"])}</div>
<div class="sfnewsContent">{body(a["blocks"], h="h3")}</div>
<div class="sfnewsLinksWrp"><a href="/tin-tuc" class="sfnewsBack">Tất cả tin</a></div>
</div>
<div class="sfcommentsWrp"><h2 class="sfcommentsTitle">Bình luận</h2><p class="sfcommentsEmpty">Hãy là người đầu tiên bình luận</p></div>
</div><div class="sf_colsIn sf_2cols_2in_33"><div class="sfContentBlock"><h2>Tin nổi bật</h2><ul class="sfnewsList">{lst}</ul></div></div></div></div>
<div class="footer">© 2026 {a["site"]} - Progress Sitefinity</div></form>{script_blob("sitefinity", a["seed"])}{script_blob("sf-analytics", a["seed"] + 7)}</body></html>'''
    return html, [shown]


def sitefinity_listing(a):
    rel = related(a["seed"], 14)
    items = "".join(f'<li class="sfnewsListItem"><h2 class="sfnewsTitle"><a href="{u}">{h}</a></h2><div class="sfnewsAuthorAndDate">{d.strftime("%d/%m/%Y")}</div><div class="sfnewsSummary">Thông tin chi tiết xem trong bài viết.</div><a class="sfnewsFullStory" href="{u}">Xem tiếp</a></li>' for h, d, u in rel)
    html = _head("Tin tức - " + a["site"], prefix="sfl") + f'''<body><form id="aspnetForm"><div class="header"><span>{TODAY.strftime("%d/%m/%Y")}</span><ul class="sfNavHorizontalDropDown">{menu_items()}</ul></div>
<div class="sf_cols"><div class="sfnewsListItems"><h1>Tin tức</h1><ul class="sfnewsList sfnewsListItems">{items}</ul><div class="sf_pagerNumeric"><a class="sf_PagerCurrent">1</a><a href="?page=2">2</a><a href="?page=3">3</a></div></div></div>
<div class="footer">© 2026 {a["site"]}</div></form>{script_blob("sfl", a["seed"])}{script_blob("sfl2", a["seed"] + 1)}{script_blob("sfl3", a["seed"] + 2)}</body></html>'''
    return html, []


def orchard_core(a):
    dt = a["dt"]
    shown = f'{EN_MON[dt.month - 1]} {dt.day}, {dt.year}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li class="list-group-item"><a href="{u}">{h}</a><div class="post-meta">{EN_MON[d.month - 1]} {d.day}, {d.year}</div></li>' for h, d, u in rel)
    html = _head(a["title"], '<meta name="generator" content="Orchard">', prefix="oc") + f'''<body dir="ltr"><nav class="navbar navbar-expand-lg navbar-light fixed-top" id="mainNav"><div class="container"><a class="navbar-brand" href="/">{a["site"]}</a><span class="navbar-text">{TODAY.strftime("%d/%m/%Y")}</span><ul class="navbar-nav ms-auto">{menu_items(cls=' class="nav-item"', acls=' class="nav-link"')}</ul></div></nav>
<header class="masthead"><div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto"><div class="post-heading"><h1>{e(a["title"])}</h1><h2 class="subheading">{e(a["lead"])}</h2>
<span class="meta">Posted by {e(a["author_disp"])} on <time datetime="{iso(dt, z=True)}">{shown}</time></span></div></div></div></div></header>
<article><div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto">
<div class="content-item blog-post">
{body(a["blocks"], h="h2", hcls=' class="section-heading"')}
</div>
<div class="tags"><span class="badge bg-secondary">chuyển đổi số</span></div>
</div><div class="col-lg-4"><h4>Recent posts</h4><ul class="list-group">{lst}</ul></div></div></div></article>
<footer><div class="container"><p class="copyright text-muted">Copyright © {a["site"]} 2026 — Powered by Orchard Core</p></div></footer>
{script_blob("orchard", a["seed"])}</body></html>'''
    return html, [shown, iso(dt, z=True)]


def magnolia(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d/%m/%Y")} - {dt.strftime("%H:%M")} GMT+7'
    rel = related(a["seed"], 7, dt)
    lst = "".join(f'<li class="teaser-item"><a href="{u}">{h}</a><span class="teaser-date">{d.strftime("%d/%m/%Y")}</span></li>' for h, d, u in rel)
    html = _head(a["title"], '<link rel="stylesheet" href="/.resources/portal-theme/webresources/css/style.css">', prefix="mg") + f'''<body class="page-article"><!-- Magnolia CMS 6.2 -->
<div class="header"><div class="container"><div class="top-line">{WD[TODAY.weekday()]} {TODAY.strftime("%d/%m/%Y")}</div><a class="brand" href="/portal">{a["site"]}</a><nav class="main-nav"><ul class="nav">{menu_items()}</ul></nav></div></div>
<div class="main-container container"><div class="row"><div class="col-md-8 main">
<div class="breadcrumb"><a href="/portal">Trang chủ</a> / <a href="/portal/tin-tuc">Tin tức - sự kiện</a></div>
<div class="text-section article-header"><h1 class="article-title">{e(a["title"])}</h1><div class="article-date">{shown}</div></div>
<div class="text-section abstract"><p class="abstract-text">{e(a["lead"])}</p></div>
<div class="text-section">
{body(a["blocks"][:4], h="h2")}
</div>
<div class="image-section"><figure><img src="/dam/jcr:1a2b{a["seed"]}/anh.jpg"><figcaption class="image-caption">Quang cảnh hội nghị</figcaption></figure></div>
<div class="text-section">
{body(a["blocks"][4:], h="h2")}
</div>
<div class="text-section article-author"><p class="author">{e(a["author_disp"])}</p></div>
<div class="link-list"><h3>Tin liên quan</h3><ul>{lst}</ul></div>
</div><div class="col-md-4 extras"><div class="teaser-list"><h3>Tin mới</h3><ul>{lst}</ul></div></div></div></div>
<div class="footer"><div class="container">Cơ quan chủ quản: {a["site"]}</div></div>
{script_blob("magnolia", a["seed"])}</body></html>'''
    return html, [shown]


def egov_huyen(a):
    dt = a["dt"]
    shown = f'Ngày đăng: {dt.strftime("%d/%m/%Y %H:%M")}'
    rel = related(a["seed"], 9, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a> <span class="date">({d.strftime("%d/%m/%Y")})</span></li>' for h, d, u in rel)
    auth = a["author_disp"]
    html = _head(a["title"], prefix="hx") + f'''<body><div id="wrapper"><div class="banner"><img src="/images/banner-huyen.jpg" alt="Cổng thông tin điện tử {a["site"]}"></div>
<div class="menu-top"><ul>{menu_items()}</ul><div class="ngay-hien-tai">{WD[TODAY.weekday()]}, ngày {TODAY.strftime("%d/%m/%Y")}</div></div>
<div class="marquee-box"><marquee scrollamount="3">Chào mừng kỷ niệm 80 năm Ngày Quốc khánh • Cổng dịch vụ công trực tuyến của huyện đã kết nối Cổng Dịch vụ công quốc gia</marquee></div>
<div class="main"><div class="left-col"><div class="box-menu-left"><h3>Giới thiệu</h3><ul><li>Điều kiện tự nhiên</li><li>Lịch sử</li><li>Cơ cấu tổ chức</li></ul></div><div class="box-lienket"><h3>Liên kết</h3><select><option>Cổng DVC quốc gia</option></select></div></div>
<div class="center-col"><div class="news-detail">
<div class="title-detail"><h1>{e(a["title"])}</h1></div>
<div class="date-detail">{shown} | Lượt xem: 315</div>
<div class="summary-detail"><strong>{e(a["lead"])}</strong></div>
<div class="content-detail">
{body(a["blocks"], h="pstrong", fig='<p style="text-align:center"><img src="/upload/anh.jpg"></p><p style="text-align:center"><em>Ảnh: Văn phòng HĐND-UBND huyện</em></p>', after=1)}
<p style="text-align:right"><strong>{e(auth)}</strong></p>
</div>
<div class="tool-detail"><a href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{lst}</ul></div></div></div>
<div class="right-col"><div class="box-right"><h3>Thông báo</h3><ul>{lst}</ul></div><div class="box-right"><h3>Thống kê truy cập</h3><p>Đang online: 12</p><p>Tổng lượt: 1.204.551</p></div></div></div>
<div class="footer"><p>Cổng thông tin điện tử {a["site"]}</p><p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></div></div>
{script_blob("huyen", a["seed"])}</body></html>'''
    return html, [shown]


def egov_huyen_listing(a):
    rel = related(a["seed"], 16)
    items = "".join(f'<div class="item-news"><a class="img" href="{u}"><img src="/upload/t{i}.jpg"></a><h3><a href="{u}">{h}</a></h3><p class="date">Ngày đăng: {d.strftime("%d/%m/%Y %H:%M")}</p><p class="sapo">Tin tức hoạt động của huyện và các xã, thị trấn.</p></div>' for i, (h, d, u) in enumerate(rel))
    html = _head("Tin tức - sự kiện", prefix="hxl") + f'''<body><div id="wrapper"><div class="menu-top"><ul>{menu_items()}</ul><div class="ngay-hien-tai">{WD[TODAY.weekday()]}, ngày {TODAY.strftime("%d/%m/%Y")}</div></div>
<div class="main"><div class="center-col"><div class="list-news"><h1 class="title-cat">Tin tức - sự kiện</h1>{items}<div class="paging"><a>1</a><a href="?p=2">2</a><a href="?p=3">3</a><a href="?p=2">Trang sau</a></div></div></div></div>
<div class="footer">Cổng thông tin điện tử {a["site"]}</div></div>{script_blob("hxl", a["seed"])}{script_blob("hxl2", a["seed"] + 3)}</body></html>'''
    return html, []


def egov_xa_1258(a):
    dt = a["dt"]
    shown = f'Cập nhật: {dt.strftime("%H:%M")} ngày {dt.day}/{dt.month}/{dt.year}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<tr><td><img src="/img/dot.gif"> <a href="{u}">{h}</a> <font color="#888">({d.strftime("%d/%m/%Y")})</font></td></tr>' for h, d, u in rel)
    html = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{e(a["title"])}</title>{css_blob("xa", 40)}</head>
<body topmargin="0" leftmargin="0"><table width="980" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="3"><img src="/img/banner-xa.jpg" width="980"></td></tr>
<tr><td colspan="3" class="menu" bgcolor="#0b5aa2">{" | ".join(f"<a href='/?m={i}'><font color='#fff'>{m}</font></a>" for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Thủ tục hành chính", "Văn bản", "Liên hệ"]))} <font color="#ffff00">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</font></td></tr>
<tr><td width="200" valign="top"><table width="100%"><tr><td class="tieude-trai"><b>DANH MỤC</b></td></tr><tr><td>Tin hoạt động xã</td></tr><tr><td>Chuyển đổi số</td></tr><tr><td>Nông thôn mới</td></tr></table></td>
<td width="580" valign="top"><table width="100%" cellpadding="6"><tr><td class="tieude"><font size="4" color="#b30000"><b>{e(a["title"])}</b></font></td></tr>
<tr><td><font size="1" color="#666666"><i>{shown}</i></font></td></tr>
<tr><td><b>{e(a["lead"])}</b></td></tr>
<tr><td class="noidung"><font face="Arial" size="2">
{body(a["blocks"], h="pstrong", tcls=' border="1" cellpadding="3" cellspacing="0"')}
<p align="right"><b><i>{e(a["author_disp"])}</i></b></p>
</font></td></tr></table>
<table width="100%"><tr><td class="tieude"><b>Các tin khác:</b></td></tr>{lst}</table></td>
<td width="200" valign="top"><table width="100%"><tr><td class="tieude-phai"><b>Lượt truy cập</b></td></tr><tr><td>Hôm nay: 57</td></tr><tr><td>Tổng: 88.120</td></tr></table></td></tr>
<tr><td colspan="3" align="center" bgcolor="#eeeeee"><font size="1">Bản quyền thuộc UBND {a["p"]["xa"]} - {a["p"]["huyen"]}. Thiết kế: Trung tâm Công nghệ thông tin tỉnh</font></td></tr></table>
{script_blob("xa", a["seed"])}{script_blob("xa2", a["seed"] + 2)}</body></html>'''
    return html, [f'{dt.strftime("%H:%M")} ngày {dt.day}/{dt.month}/{dt.year}']


def php_baotinh(a):
    dt = a["dt"]
    shown = f'{WD[dt.weekday()]}, {dt.strftime("%d/%m/%Y")} | {dt.strftime("%H:%M")} GMT+7'
    rel = related(a["seed"], 10, dt)
    lst = "".join(f'<li class="story"><h3 class="story__heading"><a href="{u}">{h}</a></h3><time class="story__time">{d.strftime("%H:%M %d/%m")}</time></li>' for h, d, u in rel)
    cm = comments(["Trần Hùng", "Lê Mai", "Phạm Quý"], dt, lambda d: d.strftime("%H:%M %d/%m/%Y"))
    cms = "".join(f'<div class="comment-item"><b class="comment-name">{n}</b><span class="comment-time">{d}</span><p>{t}</p></div>' for n, t, d in cm)
    byline = a["author_disp"]
    html = _head(a["title"], f'<meta property="article:published_time" content="{iso(dt)}"><meta name="author" content="{e(byline)}">', prefix="bt") + f'''<body class="page-detail"><div class="header"><div class="header-top container"><span class="today">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</span><div class="weather">Thời tiết: 24°C</div></div>
<div class="logo-bar container"><a class="logo" href="/">{a["site"]}</a><div class="banner-top-ads"></div></div><nav class="menu-main"><div class="container"><ul>{menu_items()}</ul></div></nav></div>
<div class="container"><div class="hot-news"><b>Tin nóng:</b> {" | ".join(h for h, d, u in rel[:3])}</div>
<div class="row"><div class="col-left">
<div class="article-detail">
<div class="article-cate"><a href="/thoi-su">Thời sự</a></div>
<h1 class="article-title">{e(a["title"])}</h1>
<div class="article-meta"><span class="article-date">{shown}</span><span class="article-listen"><a class="btn-listen">Nghe đọc bài</a></span></div>
<h2 class="article-sapo">{e(a["lead"])}</h2>
<div class="related-top"><ul><li><a href="{rel[2][2]}">{rel[2][0]}</a></li><li><a href="{rel[3][2]}">{rel[3][0]}</a></li></ul></div>
<div class="article-content" id="article-body">
{body(a["blocks"], h="h2", fig='<table class="picture" align="center"><tr><td><img src="/dataimages/anh.jpg"></td></tr><tr><td class="pCaption caption">Quang cảnh buổi làm việc. Ảnh: T.L</td></tr></table>', after=2)}
</div>
<div class="article-author"><p class="author">{e(byline)}</p></div>
<div class="article-tags"><b>Từ khóa:</b> <a href="/tag/chuyen-doi-so">chuyển đổi số</a>, <a href="/tag/nong-thon-moi">nông thôn mới</a></div>
<div class="comment-box"><h3>Ý kiến bạn đọc ({len(cm)})</h3>{cms}</div>
<div class="box-same-cate"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{lst}</ul></div>
</div></div><div class="col-right"><div class="box-most-view"><h3 class="box-title">Đọc nhiều nhất</h3><ul>{lst}</ul></div></div></div></div>
<div class="footer"><div class="container"><p>{a["site"]} — Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh</p><p>Giấy phép số 225/GP-BTTTT</p></div></div>
{script_blob("baotinh", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def laodong_like(a):
    dt = a["dt"]
    shown = f'{WD[dt.weekday()]}, {dt.strftime("%d/%m/%Y %H:%M")} (GMT+7)'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<article class="article-mini"><a class="link-title" href="{u}"><h3>{h}</h3></a><span class="time">{d.strftime("%d/%m/%Y %H:%M")}</span></article>' for h, d, u in rel)
    html = _head(a["title"], f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso(dt), "author": [{"@type": "Person", "name": n} for n in a["author_disp"].split(" - ")]}, ensure_ascii=False)}</script>', prefix="ld") + f'''<body><header class="hd"><div class="hd-top"><span class="hd-date">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</span></div><nav class="hd-nav"><ul>{menu_items()}</ul></nav></header>
<main class="main-detail"><div class="container"><div class="row"><div class="col-8">
<div class="breadcrumbs"><a href="/xa-hoi">Xã hội</a></div>
<div class="art-header"><h1 class="title">{e(a["title"])}</h1><div class="art-authors"><span class="authors">{e(a["author_disp"])}</span></div><div class="art-time"><span class="time">{shown}</span></div></div>
<div class="chappeau"><p>{e(a["lead"])}</p></div>
<div class="art-body">
{body(a["blocks"], h="h2", fig='<figure class="insert-center-image"><img src="/Uploaded/anh.jpg"><figcaption>Người dân làm thủ tục tại bộ phận một cửa. Ảnh: Tác giả</figcaption></figure>', after=1)}
</div>
<div class="art-tags"><a class="tag-item" href="/tags/chuyen-doi-so">#Chuyển đổi số</a></div>
<div class="art-share"><a class="fb">Chia sẻ</a></div>
<div class="box-related"><div class="box-title">Tin liên quan</div>{lst}</div>
</div><aside class="col-4"><div class="box-most"><div class="box-title">Đọc nhiều</div>{lst}</div></aside></div></div></main>
<footer class="ft"><p>Cơ quan của Tổng Liên đoàn Lao động (mô phỏng)</p></footer>{script_blob("ld", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def nhandan_like(a):
    dt = a["dt"]
    shown = f'{WD[dt.weekday()]}, {dt.strftime("%d-%m-%Y, %H:%M")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<article class="story story--mini"><h3 class="story__heading"><a class="cms-link" href="{u}">{h}</a></h3><time class="story__time" datetime="{iso(d)}">{d.strftime("%d-%m-%Y")}</time></article>' for h, d, u in rel)
    html = _head(a["title"], f'<meta property="article:published_time" content="{iso(dt)}">', prefix="nd") + f'''<body><div class="header"><div class="header__top"><span class="header__date">{WD[TODAY.weekday()]}, ngày {TODAY.day} tháng {TODAY.month} năm {TODAY.year}</span></div><nav class="main-menu"><ul class="menu">{menu_items(cls=' class="menu__item"')}</ul></nav></div>
<div class="container"><div class="main-col content-col">
<div class="article"><div class="article__meta"><span class="article__category"><a href="/dia-phuong">Địa phương</a></span><time class="time" datetime="{iso(dt)}">{shown}</time></div>
<h1 class="article__title cms-title">{e(a["title"])}</h1>
<div class="article__sapo cms-desc"><p>{e(a["lead"])}</p></div>
<div class="article__body cms-body">
{body(a["blocks"], h="h2", fig='<figure class="image center"><img src="/images/anh.jpg"><figcaption class="image-caption">Ảnh: Thế Anh</figcaption></figure>', after=1)}
</div>
<div class="article__author"><span class="name">{e(a["author_disp"])}</span></div>
<div class="article__tag"><a href="/tag/chuyen-doi-so">#chuyển đổi số</a></div>
</div>
<div class="box-related"><h3 class="box-heading">Tin liên quan</h3>{lst}</div></div>
<aside class="sidebar"><div class="box-most-view"><h3 class="box-heading">Xem nhiều</h3>{lst}</div></aside></div>
<footer class="footer"><p>Bản quyền thuộc về {a["site"]}</p></footer>{script_blob("nd", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def qdnd_like(a):
    dt = a["dt"]
    h12 = dt.hour % 12 or 12
    part = "sáng" if dt.hour < 11 else ("trưa" if dt.hour < 13 else ("chiều" if dt.hour < 18 else "tối"))
    shown = f'{dt.strftime("%d/%m/%Y")} - {h12}:{dt.minute:02d} {part}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a><span class="post-time">{d.strftime("%d/%m/%Y")}</span></li>' for h, d, u in rel)
    html = _head(a["title"], prefix="qd") + f'''<body><div class="header"><div class="top-header"><span class="date-time">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</span></div><div class="menu"><ul>{menu_items()}</ul></div></div>
<div class="container"><div class="row"><div class="col-md-8"><div class="post-detail">
<div class="post-cat"><a href="/kinh-te">Kinh tế</a></div>
<h1 class="post-title">{e(a["title"])}</h1>
<div class="post-subinfo"><span class="post-time">{shown}</span></div>
<div class="post-summary"><p>QĐND Online - {e(a["lead"])}</p></div>
<div class="post-content">
{body(a["blocks"], h="h3")}
<p class="pAuthor" style="text-align:right"><strong>{e(a["author_disp"])}</strong></p>
</div>
<div class="post-tags">Từ khóa: <a href="/tag/kinh-te-so">kinh tế số</a></div></div>
<div class="related-news"><h3>Tin cùng chuyên mục</h3><ul>{lst}</ul></div></div>
<div class="col-md-4"><div class="box-hot"><h3>Tin tiêu điểm</h3><ul>{lst}</ul></div></div></div></div>
<div class="footer">Báo điện tử (mô phỏng) — {a["site"]}</div>{script_blob("qd", a["seed"])}</body></html>'''
    return html, [shown]


def vov_like(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%H:%M, %d/%m/%Y")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<div class="views-row"><a href="{u}">{h}</a><div class="article-date">{d.strftime("%H:%M, %d/%m/%Y")}</div></div>' for h, d, u in rel)
    html = _head(a["title"], prefix="vov") + f'''<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><header class="header"><div class="header-top"><span class="date">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</span><a class="listen-live">Nghe trực tiếp</a></div><nav class="main-nav"><ul>{menu_items()}</ul></nav></header>
<main class="main"><div class="container"><div class="row"><div class="col-lg-8">
<article class="article"><div class="article__header"><div class="article__category"><a href="/xa-hoi">Xã hội</a></div>
<h1 class="article__title">{e(a["title"])}</h1>
<div class="article__meta"><div class="article__author">{e(a["author_disp"])}</div><div class="article__date"><span class="article-date">{shown}</span></div></div></div>
<div class="article__sapo text-long"><p>VOV.VN - {e(a["lead"])}</p></div>
<div class="article__audio"><audio controls src="/audio/{a["seed"]}.mp3"></audio></div>
<div class="text-long field--name-body field--type-text-with-summary">
{body(a["blocks"], h="h3", fig='<table class="image center"><tbody><tr><td><img src="/sites/default/files/anh.jpg"></td></tr><tr><td class="image_caption">Ảnh minh họa</td></tr></tbody></table>', after=1)}
</div>
<div class="article__tag"><a href="/tag/chuyen-doi-so">chuyển đổi số</a></div></article>
<div class="related-news"><h3>Tin liên quan</h3>{lst}</div></div>
<div class="col-lg-4"><div class="sidebar-box"><h3>Đọc nhiều</h3>{lst}</div></div></div></div></main>
<footer class="footer">Đài (mô phỏng) — {a["site"]}</footer></div>{script_blob("vov", a["seed"])}</body></html>'''
    return html, [shown]


PAGES = [
    ("liferay61", "datdai", D(2024, 7, 30, 15, 10), "Sở Tài nguyên và Môi trường", None, True, ["journal_content_article", "ngay_cap_nhat_label", "org_signature_no_author", "bold_summary_lead", "pstrong_headings"]),
    ("liferay70", "attt", D(2025, 8, 14, 10, 22, 47), "Hữu Thọ", "Hữu Thọ", True, ["asset_full_content", "seconds", "two_digit_year_sidebar", "tom_tat_lead"]),
    ("sharepoint_online", "kinhteso", D(2025, 1, 9, 13, 45), "Nguyễn Hoài Nam", "Nguyễn Hoài Nam", True, ["canvas_webparts", "rte_per_block", "page_context_utc_Z", "date_word_month_visible", "persona_byline"]),
    ("umbraco", "tocongnghe", D(2024, 6, 12, 0, 0), "Ngọc Diệp", "Ngọc Diệp", False, ["block_grid", "dotted_date", "date_only", "author_box_after_body"]),
    ("kentico", "muavu", D(2025, 10, 27, 14, 5), "Trần Quang Vinh", "Trần Quang Vinh", True, ["us_mdy_pm_clock", "viewstate_form", "ngay_xuat_ban_label", "off_topic"]),
    ("sitefinity", "hssk", D(2025, 3, 3, 0, 0), "Phòng Truyền thông", None, False, ["sfnews_details", "date_bai_by", "org_author", "date_only"]),
    ("sitefinity", "LISTING", D(2025, 3, 3), None, None, False, ["listing", "sfnews_list"]),
    ("orchard_core", "nongsan", D(2024, 11, 4, 8, 30), "Thu Hà", "Thu Hà", True, ["english_month", "posted_by_on", "utc_Z_datetime", "subheading_lead"]),
    ("magnolia", "ioc", D(2025, 11, 20, 16, 40), "Quang Minh", "Quang Minh", True, ["text_sections_split_by_image", "gmt7_suffix", "abstract_lead"]),
    ("egov_huyen", "soket", D(2025, 12, 15, 9, 30), "Văn phòng HĐND và UBND huyện", None, True, ["ngay_dang_label", "org_signature_no_author", "marquee", "pstrong_headings"], {"site": "huyện Cam Lộ"}),
    ("egov_huyen", "sotxuathuyet", D(2024, 9, 2, 7, 45), "Hồng Nhung (TTVH-TT huyện)", "Hồng Nhung", True, ["ngay_dang_label", "off_topic", "author_with_office_parenthesis"], {"site": "huyện Kế Sách"}),
    ("egov_huyen", "LISTING", D(2025, 12, 15), None, None, False, ["listing", "item_news"], {"site": "huyện Cam Lộ"}),
    ("egov_xa_1258", "tocongnghe", D(2024, 5, 6, 16, 0), "Ban Văn hóa - Xã hội xã", None, True, ["windows-1258", "decomposed_tone_marks", "table_layout", "cap_nhat_time_ngay_date", "org_signature_no_author"], {"encoding": "windows-1258"}),
    ("php_baotinh", "nongsan", D(2025, 6, 30, 6, 15), "Bài, ảnh: Đức Anh", "Đức Anh", True, ["weekday_pipe_gmt7", "related_box_before_body", "bai_anh_byline", "comments_with_dates", "h2_sapo"]),
    ("php_baotinh", "hienmau", D(2024, 3, 24, 18, 5), "Theo Minh Châu (Báo Sức khỏe Cộng đồng)", "Minh Châu", True, ["weekday_pipe_gmt7", "theo_person_outlet", "off_topic"]),
    ("laodong_like", "kyso", D(2025, 2, 26, 11, 2), "Hải Yến - Tùng Lâm", "Hải Yến, Tùng Lâm", True, ["chappeau_lead", "jsonld_author_list", "gmt7_parenthesis", "weekday_prefix"]),
    ("nhandan_like", "datdai", D(2024, 12, 9, 19, 20), "Thế Anh", "Thế Anh", True, ["weekday_dashed_date", "author_after_body", "cms_body"]),
    ("qdnd_like", "kinhteso", D(2025, 4, 17, 15, 35), "Nhóm PV", "Nhóm PV", True, ["chieu_clock", "qdnd_online_prefix_in_lead", "nhom_pv"]),
    ("vov_like", "dulich", D(2024, 10, 21, 21, 10), "Thu Hằng/VOV miền Trung", "Thu Hằng", True, ["time_comma_date", "vov_prefix_in_lead", "author_slash_office", "audio_player"]),
]
