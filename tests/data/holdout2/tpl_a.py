"""Page templates, part A: SharePoint, DNN, NukeViet, WordPress themes, Joomla, Drupal, Liferay."""
from __future__ import annotations

from datetime import timedelta

from common import (
    MONTH_WORD,
    WD,
    WD_LOWER,
    E,
    Q,
    h12,
    others,
    render,
    slug,
    today_header,
)


def sharepoint2010(a, url, key):
    d = a["d"]
    h, m = h12(d)
    shown = f"{d:%d/%m/%Y} {h:02d}:{d:%M} {m}"
    label = "Ngày đăng" if key == "sp1" else "Cập nhật"
    oth = others(key, d, 7)
    rel = "".join(f'<li><a href="/Pages/tin-{i}.aspx">{E(t)}</a> <span class="date">({od:%d/%m/%Y})</span></li>' for i, (t, od) in enumerate(oth[:5]))
    hot = "".join(f'<tr><td class="ms-vb"><a href="/Pages/tin-noi-bat-{i}.aspx">{E(t)}</a></td></tr>' for i, (t, od) in enumerate(oth[5:]))
    body = render(a["body"], p='<p class="MsoNormal" style="text-align:justify">{}</p>', h='<h3 class="ms-rteElement-H3">{}</h3>',
                  cap=lambda c, s: f'<table class="ms-rteTable-default" align="center"><tbody><tr><td><img src="/PublishingImages/2024/{s[8:]}" alt="" style="width:600px"></td></tr><tr><td class="ms-rteTableFooterOddCol-default"><em>{E(c)}</em></td></tr></tbody></table>',
                  q='<div class="ms-rteStyle-Quote" style="font-style:italic">“{}”</div>')
    author = a.get("show") or a["author"]
    byline = f'<p style="text-align:right"><strong>{E(author)}</strong></p>' if author else '<p style="text-align:right"><em>Nguồn: Văn phòng Sở Tài chính</em></p>'
    lead = f'<div class="sapo"><strong>{E(a["lead"])}</strong></div>' if a["lead"] else ""
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="X-UA-Compatible" content="IE=8"/><meta name="GENERATOR" content="Microsoft SharePoint"/><meta name="progid" content="SharePoint.WebPartPage.Document"/>
<meta http-equiv="Content-type" content="text/html; charset=utf-8"/><meta http-equiv="Expires" content="0"/>
<title>{E(a["title"])} - Cổng thông tin điện tử tỉnh Bình Phước</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=ggT9x4d1"/>
<script type="text/javascript">var _fV4UI = true; var L_Menu_BaseUrl="/sites/stttt"; var L_Menu_LCID="1066"; var _spUserId=0;</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=ck%2BHdHQ8ABQHif7kr%2Bj7iQ%3D%3D"></script>
</head>
<body scroll="no" onload="javascript:_spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="{Q(url.split('example-tinh.gov.vn')[1])}" id="aspnetForm">
<div><input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value=""/>
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4A1C7D2E9B,04 Dec 2026 02:00:11 -0000"/>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIMD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0"/></div>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle"><div id="s4-ribboncont"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">
 <div class="top-bar"><span class="today">{today_header(0)}</span> | <a href="/sites/stttt/en">English</a> | <a href="/_layouts/Authenticate.aspx">Đăng nhập</a></div>
 <div class="banner"><a href="/"><img src="/PublishingImages/banner.png" alt="Cổng thông tin điện tử tỉnh Bình Phước"/></a></div>
 <div class="s4-lp s4-toplinks"><div id="zz1_TopNavigationMenuV4" class="s4-tn"><div class="menu horizontal menu-horizontal"><ul class="root static">
 <li class="static"><a class="static menu-item" href="/"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
 <li class="static"><a class="static menu-item" href="/tin-tuc"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a></li>
 <li class="static"><a class="static menu-item" href="/chuyen-doi-so"><span class="additional-background"><span class="menu-item-text">Chuyển đổi số</span></span></a></li>
 <li class="static"><a class="static menu-item" href="/van-ban"><span class="additional-background"><span class="menu-item-text">Văn bản</span></span></a></li></ul></div></div></div>
</div>
<div id="s4-mainarea" class="s4-pr s4-widecontentarea">
<div id="s4-leftpanel" class="s4-notdlg"><div class="s4-ql"><h3 class="ms-standardheader">Tin nổi bật</h3><table class="ms-listviewtable" width="100%">{hot}</table></div></div>
<div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentTable">
<div class="breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a></span></div>
<div class="article article-body">
 <div class="article-header"><h1 class="title"><span id="ctl00_PlaceHolderMain_TitleField">{E(a["title"])}</span></h1>
 <div class="date-line"><span id="ctl00_PlaceHolderMain_lblDate">{label}: {shown}</span> &nbsp;<a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=Tin">Gửi email</a></div></div>
 {lead}
 <div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
{body}
{byline}
 </div>
</div>
<div class="other-news"><h3>Tin đã đưa</h3><ul>{rel}</ul></div>
</div></div>
<div class="footer s4-notdlg"><p>Cơ quan chủ quản: UBND tỉnh Bình Phước. Địa chỉ: Trung tâm hành chính tỉnh.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div>
</div></div>
<script type="text/javascript">//<![CDATA[
var _spFormDigestRefreshInterval = 1440000; ExecuteOrDelayUntilScriptLoaded(function(){{ _spBodyOnLoadWrapper(); }}, "sp.js");
//]]></script>
</form></body></html>''', [shown]


def dnn9(a, url, key):
    d = a["d"]
    shown = f"{WD[d.weekday()]}, {d:%d/%m/%Y %H:%M:%S}"
    oth = others(key, d, 8, 3)
    lst = "".join(f'<div class="edn_article edn_clearFix"><h4 class="edn_articleTitle"><a href="/tin-tuc/ArticleId/{900+i}">{E(t)}</a></h4><time>{od:%d/%m/%Y}</time></div>' for i, (t, od) in enumerate(oth[:5]))
    top = "".join(f'<li><a href="/tin-tuc/ArticleId/{800+i}">{E(t)}</a></li>' for i, (t, od) in enumerate(oth[5:]))
    body = render(a["body"], h="<h3>{}</h3>", cap=lambda c, s: f'<div class="edn_mediaContainer"><img alt="" src="/Portals/0/EasyDNNnews/1024/{s[8:]}"/><p class="caption" style="text-align:center"><em>{E(c)}</em></p></div>')
    return f'''<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{E(a["title"])} &gt; Sở Tư pháp tỉnh Cà Mau</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{Q(a["lead"])}" />
<meta name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/skins/evoq/bootstrap/css/bootstrap.min.css?cdv=221" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/static/rateit/css/rateit.css?cdv=221" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=221" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/tin-tuc/ArticleId/1024/so-hoa-ho-tich" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="y3C0e6XgCqfRNS2vxZ8X7r3ZqMbyX4pE1DkzgXWgA5Y=" /></div>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['Form']; function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}
//]]></script>
<div id="siteWrapper" class="evoq-skin">
 <header class="header"><div class="topbar"><div class="container"><span class="date-today">{today_header(0)}</span><div class="search"><input type="text" placeholder="Tìm kiếm"/></div></div></div>
 <div class="container"><div id="dnn_dnnLOGO_"><a id="dnn_dnnLOGO_hypLogo" title="Sở Tư pháp tỉnh Cà Mau" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png" alt="Sở Tư pháp tỉnh Cà Mau" /></a></div>
 <nav id="mainNav"><ul class="topLevel"><li class="item first"><a href="/">Trang chủ</a></li><li class="item"><a href="/gioi-thieu">Giới thiệu</a></li><li class="item selected"><a href="/tin-tuc">Tin tức</a></li><li class="item"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li class="item last"><a href="/lien-he">Liên hệ</a></li></ul></nav></div></header>
 <main class="container"><div class="row">
 <div id="dnn_ContentPane" class="col-md-8 contentPane">
 <div class="DnnModule DnnModule-EasyDNNnews DnnModule-1412"><a name="1412"></a>
 <div class="DNNContainer_noTitle"><div id="dnn_ctr1412_ContentPane">
 <div id="dnn_ctr1412_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
 <div class="eds_news_module_1412 news eds_subCollection_news eds_news_Evoq eds_template_Details_Article_Default">
 <div class="edn_article edn_articleDetails">
  <h1 class="edn_articleTitle">{E(a["title"])}</h1>
  <div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-clock-o"></i> {shown}</span> <span class="edn_numberOfViews">Lượt xem: 1284</span></div>
  <div class="edn_articleSummary"><p>{E(a["lead"])}</p></div>
  <div class="edn_articleContent">
{body}
  <p style="text-align: right;"><strong>{E(a["author"])}</strong></p>
  </div>
  <div class="edn_socialPrintWrapper"><a class="edn_printButton" href="javascript:window.print()">In</a> <a href="https://www.facebook.com/sharer/sharer.php?u={Q(url)}">Chia sẻ</a></div>
 </div>
 <div class="edn_relatedArticles"><h2>Tin liên quan</h2>{lst}</div>
 </div></div></div></div></div></div>
 <div id="dnn_RightPane" class="col-md-4"><div class="box"><h3>Tin xem nhiều</h3><ul>{top}</ul></div>
 <div class="box"><h3>Thống kê truy cập</h3><p>Đang truy cập: 37<br/>Tổng lượt truy cập: 2.918.403</p></div></div>
 </div></main>
 <footer class="footer"><div class="container">Bản quyền thuộc Sở Tư pháp tỉnh Cà Mau. Chịu trách nhiệm chính: Giám đốc Sở.</div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`57`}}" />
</form></body></html>''', [shown]


def nukeviet3(a, url, key):
    if a is None:
        from datetime import datetime
        base = datetime(2023, 12, 1, 8, 0)
        items = others("nv3-list", base, 10, 0)
        rows = "".join(f'''<div class="news_column"><div class="items clearfix"><a href="/news/chuyen-doi-so/{slug(t)}-{500+i}.html" title="{Q(t)}"><img alt="{Q(t)}" src="/uploads/news/2023_11/thumb{i}.jpg" width="100"/></a>
<h3><a href="/news/chuyen-doi-so/{slug(t)}-{500+i}.html" title="{Q(t)}">{E(t)}</a></h3><p class="time">{WD_LOWER[od.weekday()]} - {od:%d/%m/%Y %H:%M}</p><p>Tin tức hoạt động của các cơ quan, đơn vị trong huyện.</p></div></div>''' for i, (t, od) in enumerate(items))
        main = f'<div class="news_column"><h2 class="page-header">Chuyển đổi số</h2></div>{rows}<div class="generate_page"><strong>1</strong> <a href="/news/chuyen-doi-so/page-2">2</a> <a href="/news/chuyen-doi-so/page-3">3</a> <a href="/news/chuyen-doi-so/page-2">Trang sau</a></div>'
        title = "Chuyển đổi số - Cổng thông tin điện tử huyện Lục Yên"
        shown = []
    else:
        d = a["d"]
        s = f"{WD_LOWER[d.weekday()]} - {d:%d/%m/%Y %H:%M}"
        shown = [s]
        oth = others(key, d, 8, 2)
        body = render(a["body"])
        main = f'''<div class="news_column"><div id="news_detail">
<h1>{E(a["title"])}</h1>
<span class="time">{s}</span>
<div id="hometext"><strong>{E(a["lead"])}</strong></div>
<div class="bodytext">
{body}
</div>
<p style="text-align:right"><strong>{E(a["author"])}</strong></p>
<div class="control"><ul><li><a href="/news/print/{slug(a["title"])}-388.html" title="In ra">In ra</a></li><li><a href="/news/sendmail/{slug(a["title"])}-388.html">Gửi bài viết qua email</a></li></ul></div>
<div class="copyright">Nguồn tin: <span class="source">Ban biên tập Cổng TTĐT huyện</span></div>
</div>
<div class="other-news"><h4>Những tin mới hơn</h4><ul>{"".join(f'<li><a href="/news/{i}">{E(t)}</a> <em>({od:%d/%m/%Y})</em></li>' for i, (t, od) in enumerate(oth[:2]))}</ul>
<h4>Những tin cũ hơn</h4><ul>{"".join(f'<li><a href="/news/o{i}">{E(t)}</a> <em>({od:%d/%m/%Y})</em></li>' for i, (t, od) in enumerate(oth[2:6]))}</ul></div></div>'''
        title = f'{a["title"]} - Cổng thông tin điện tử huyện Lục Yên'
    side = "".join(f'<li><a href="/news/x{i}">{E(t)}</a></li>' for i, (t, od) in enumerate(others("nv3side", __import__("datetime").datetime(2023, 11, 1), 5, 0)))
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v3.4" /><meta name="copyright" content="Cổng thông tin điện tử huyện Lục Yên [webmaster@lucyen.example-tinh.gov.vn]" />
<title>{E(title)}</title>
<link rel="StyleSheet" href="/themes/default/css/tab_info.css" type="text/css" />
<script type="text/javascript">var nv_siteroot="/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_my_ofs=7;</script>
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script><script type="text/javascript" src="/js/global.js"></script>
</head>
<body>
<div id="container">
<div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="Cổng thông tin điện tử huyện Lục Yên"/></a></div><div class="toptime">{today_header(1)}</div></div>
<div id="nav"><ul class="topmenu"><li><a href="/">Trang chủ</a></li><li><a href="/news/gioi-thieu/">Giới thiệu</a></li><li class="current"><a href="/news/">Tin tức</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></div>
<div id="breadcrumbs"><a href="/">Trang nhất</a> &raquo; <a href="/news/">Tin Tức</a> &raquo; <a href="/news/chuyen-doi-so/">Chuyển đổi số</a></div>
<div class="contentwrapper"><div class="span-17">
{main}
</div>
<div class="span-7 last"><div class="box silver"><h3 class="header"><span>Tin mới nhất</span></h3><ul class="list">{side}</ul></div>
<div class="box"><h3 class="header">Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về dịch vụ công trực tuyến?</p></div></div></div>
<div id="footer"><div class="copyright">&copy; Bản quyền thuộc về UBND huyện Lục Yên. Thiết kế bởi VINADES.,JSC</div></div>
</div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" title="" src="/index.php?second=cronjobs&amp;p=Xk2H7cPq" width="1" height="1" /></div>
</body></html>''', shown


def _wp_head(a, url, site, extra=""):
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a["title"] if a else "Chuyên mục")} - {E(site)}</title>
<meta name="generator" content="WordPress 6.5.3" />
<link rel="canonical" href="{Q(url)}" />
<meta property="og:locale" content="vi_VN" /><meta property="og:type" content="article" /><meta property="og:title" content="{Q(a["title"]) if a else ""}" />
{extra}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all" />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>'''


def wp_newspaper(a, url, key):
    d = a["d"]
    if key == "td1":
        utc = d - timedelta(hours=7)
        dt_attr = utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        vis = d.strftime("%d/%m/%Y")
        ev = [dt_attr, vis]
    else:
        dt_attr = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
        vis = f"Tháng {MONTH_WORD[d.month-1]} {d.day}, {d.year}"
        ev = [dt_attr, vis]
    oth = others(key, d, 8, 3)
    rel = "".join(f'''<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="/{slug(t)}/" rel="bookmark" class="td-image-wrap" title="{Q(t)}"><span class="entry-thumb td-thumb-css"></span></a></div></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="/{slug(t)}/" rel="bookmark" title="{Q(t)}">{E(t)}</a></h3></div></div>''' for t, od in oth[:3])
    pop = "".join(f'''<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="/{slug(t)}/">{E(t)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{od:%Y-%m-%dT%H:%M:%S+07:00}">{od:%d/%m/%Y}</time></span></div></div></div>''' for t, od in oth[3:])
    body = render(a["body"], cap=lambda c, s: f'<figure id="attachment_2231" class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-2231" src="/wp-content/uploads/2024/10/{s[8:]}" alt="" width="800" height="533"/><figcaption class="wp-caption-text">{E(c)}</figcaption></figure>',
                  q='<blockquote class="td_quote_box td_box_center"><p>{}</p></blockquote>')
    author = a.get("show") or a["author"]
    return _wp_head(a, url, "Tin Lâm Đồng 24h") + f'''
<body class="post-template-default single single-post postid-2230 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>{today_header(0)}</div></div>
<ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="/quang-cao/">Quảng cáo</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/logo.png" alt="Tin Lâm Đồng 24h"/><span class="td-visual-hidden">Tin Lâm Đồng 24h</span></a></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><ul id="menu-main" class="sf-menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/category/thoi-su/">Thời sự</a></li><li class="menu-item current-post-ancestor"><a href="/category/cong-nghe/">Công nghệ</a></li><li class="menu-item"><a href="/category/the-thao/">Thể thao</a></li></ul></div></div>
<div class="td-trending-now-wrapper"><div class="td-trending-now-title">Tin nóng</div><div class="td-trending-now-display-area">{"".join(f'<div class="td-trending-now-post"><a class="td-trending-now-post-link" href="/{slug(t)}/">{E(t)}</a></div>' for t, od in oth[5:7])}</div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/cong-nghe/">Công nghệ</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-2230" class="post-2230 post type-post status-publish format-standard has-post-thumbnail category-cong-nghe" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/cong-nghe/">Công nghệ</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{E(a["title"])}</h1>
<p class="td-post-sub-title">{E(a["lead"])}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/{slug(author)}/">{E(author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{dt_attr}">{vis}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-2230">1532</span></div><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>4</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={Q(url)}">Chia sẻ</a><a class="td-social-sharing-button td-social-twitter" href="#">Tweet</a></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><a href="/wp-content/uploads/feature.jpg" data-caption=""><img class="entry-thumb td-modal-image" src="/wp-content/uploads/feature-696x464.jpg" alt="" title="{Q(a["title"])}"/></a></div>
{body}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Quảng cáo -</span></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/do-thi-thong-minh/">đô thị thông minh</a></li><li><a href="/tag/da-lat/">Đà Lạt</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="/{slug(oth[0][0])}/">{E(oth[0][0])}</a></div></div></div>
<div class="author-box-wrap"><a href="/author/{slug(author)}/"><img alt="" src="/avatar.jpg" class="avatar" height="96" width="96"/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{slug(author)}/">{E(author)}</a></span></div><div class="td-author-description">Phóng viên mảng khoa học – công nghệ.</div></div></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a></h4><div class="td_block_inner">{rel}</div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>4 BÌNH LUẬN</span></h4></div>
<ol class="comment-list"><li class="comment"><article><footer><cite>Hoàng Tú</cite><a href="#comment-1"><time pubdate="{(d+timedelta(hours=5)):%Y-%m-%dT%H:%M}">{(d+timedelta(hours=5)):%d/%m/%Y lúc %H:%M}</time></a></footer><div class="comment-content"><p>Mong thành phố sớm mở rộng thêm các bãi khác.</p></div></article></li></ol></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_15"><h4 class="block-title"><span class="td-pulldown-size">Phổ biến nhất</span></h4><div class="td_block_inner">{pop}</div></div></div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="footer-text-wrap">Tin Lâm Đồng 24h - Trang tin tổng hợp. Giấy phép số 52/GP-STTTT.</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-sub-footer-copy">&copy; Bản quyền 2024 - Tin Lâm Đồng 24h</div></div>
</div>
<script type="text/javascript" id="td-generated-footer-js">var tdBlocksArray = []; var block_td_uid_3_66 = new tdBlock(); block_td_uid_3_66.id = "td_uid_3_66"; block_td_uid_3_66.atts = '{{"limit":"5","sort":"popular"}}'; tdBlocksArray.push(block_td_uid_3_66);</script>
</body></html>''', ev


def wp_jnews(a, url, key):
    d = a["d"]
    utc = d - timedelta(hours=7)
    meta = utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    vis = f"{d.day} Tháng {MONTH_WORD[d.month-1]}, {d.year}"
    oth = others(key, d, 8, 2)
    body = render(a["body"], h="<h3>{}</h3>")
    rel = "".join(f'<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/{slug(t)}/">{E(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="/{slug(t)}/"><i class="fa fa-clock-o"></i> {od.day} Tháng {MONTH_WORD[od.month-1]}, {od.year}</a></div></div></div></article>' for t, od in oth[:4])
    pop = "".join(f'<li><a href="/{slug(t)}/">{E(t)}</a></li>' for t, od in oth[4:])
    head = f'<meta property="article:published_time" content="{meta}" /><meta property="article:modified_time" content="{(utc+timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S+00:00")}" />'
    return _wp_head(a, url, "Kinh tế số Bắc Ninh", head) + f'''
<body class="post-template-default single single-post jeg_toggle_light jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"></div>
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal">
<div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">{today_header(0)}</div></div></div></div></div></div>
<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="/wp-content/uploads/logo.png" alt="Kinh tế số Bắc Ninh"></a></h1></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container"><div class="container"><div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/doanh-nghiep/">Doanh nghiệp</a></li><li class="menu-item"><a href="/chuyen-doi-so/">Chuyển đổi số</a></li><li class="menu-item"><a href="/thi-truong/">Thị trường</a></li></ul></div></div></div>
</div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="row"><div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Trang chủ</a></span><i class="fa fa-angle-right"></i><span><a href="/chuyen-doi-so/">Chuyển đổi số</a></span></div></div>
<div class="entry-header"><h1 class="jeg_post_title">{E(a["title"])}</h1>
<h2 class="jeg_post_subtitle">{E(a["lead"])}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="" src="/avatar.jpg" class="avatar" height="80" width="80"><span class="meta_text">bởi</span> <a href="/author/ductrung/">{E(a["author"])}</a></div>
<div class="jeg_meta_date"><a href="{Q(url)}">{vis}</a></div><div class="jeg_meta_category"><span><span class="meta_text">trong</span> <a href="/chuyen-doi-so/" rel="category tag">Chuyển đổi số</a></span></div></div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>
<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2024/08/ke-toan.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="/wp-content/uploads/2024/08/ke-toan-750x375.jpg" class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" alt=""></div></a></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">12</div><span class="sharetext">LƯỢT CHIA SẺ</span></div></div><div class="jeg_sharelist"><a href="#" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Chia sẻ lên Facebook</span></a><a href="#" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"></i><span>Tweet</span></a></div></div></div>
<div class="entry-content no-share"><div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"></div>
<div class="content-inner ">
{body}
<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/ke-toan/" rel="tag">kế toán</a><a href="/tag/sme/" rel="tag">SME</a></div>
</div></div>
<div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="/{slug(oth[1][0])}/" class="post prev-post"><span class="caption">Bài trước</span><h3 class="post-title">{E(oth[1][0])}</h3></a></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Bài viết<strong> liên quan</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{rel}</div></div></div></div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3></div></div>
</div></div>
<div class="jeg_sidebar left jeg_sticky_sidebar col-md-4"><div class="widget widget_jnews_module_block_1"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Đọc nhiều</span></h3></div><ul>{pop}</ul></div></div>
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><p class="copyright">&copy; 2024 Kinh tế số Bắc Ninh - Trang thông tin điện tử tổng hợp.</p></div></div></div></div></div>
</div>
<script type="text/javascript">var jnews_ajax_url = '/?ajax-request=jnews'; var jfla = []; window.jnews = window.jnews || {{}}; window.jnews.library = window.jnews.library || {{}};</script>
</body></html>''', [meta, vis]


def wp_flatsome(a, url, key):
    d = a["d"]
    attr = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    vis = d.strftime("%d/%m/%Y")
    oth = others(key, d, 6, 2)
    body = render(a["body"])
    rec = "".join(f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half"><div class="flex-col mr-half"><div class="badge post-date badge-small badge-outline"><div class="badge-inner bg-fill"><span class="post-date-day">{od:%d}</span><br><span class="post-date-month is-xsmall">Th{od.month}</span></div></div></div><div class="flex-col flex-grow"><a href="/{slug(t)}/" title="{Q(t)}">{E(t)}</a></div></div></li>' for t, od in oth)
    return _wp_head(a, url, "HTX Chè Tân Cương") + f'''
<body class="post-template-default single single-post postid-318 single-format-standard lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<div id="wrapper">
<header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper"><div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container"><div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small nav-divided"><li class="html custom html_topbar_left">Hotline: 0208 3855 xxx | {today_header(0)}</li></ul></div></div></div>
<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation"><div id="logo" class="flex-col logo"><a href="/" title="HTX Chè Tân Cương" rel="home"><img width="200" height="90" src="/wp-content/uploads/logo-htx.png" class="header_logo header-logo" alt="HTX Chè Tân Cương"/></a></div>
<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase"><li class="menu-item"><a href="/" class="nav-top-link">Trang chủ</a></li><li class="menu-item"><a href="/san-pham/" class="nav-top-link">Sản phẩm</a></li><li class="menu-item current-menu-item"><a href="/tin-tuc/" class="nav-top-link">Tin tức</a></li><li class="menu-item"><a href="/lien-he/" class="nav-top-link">Liên hệ</a></li></ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right"><li class="cart-item has-icon"><a href="/gio-hang/" class="header-cart-link is-small" title="Giỏ hàng"><span class="header-cart-title">Giỏ hàng / <span class="cart-price"><span class="woocommerce-Price-amount amount"><bdi>0&nbsp;<span class="woocommerce-Price-currencySymbol">&#8363;</span></bdi></span></span></span></a></li></ul></div></div></div></div></header>
<main id="main" class="">
<div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided ">
<div class="large-9 col"><article id="post-318" class="post-318 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc">
<div class="article-inner ">
<header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall"><a href="/tin-tuc/" rel="category tag">Tin tức</a></h6>
<h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào <a href="{Q(url)}" rel="bookmark"><time class="entry-date published" datetime="{attr}">{vis}</time><time class="updated" datetime="{(d+timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{(d+timedelta(days=30)):%d/%m/%Y}</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="/author/phuongthao/">{E(a["author"])}</a></span></span></div>
</div>
<div class="entry-image relative"><a href="{Q(url)}"><img width="1020" height="680" src="/wp-content/uploads/2024/06/che-tan-cuong.jpg" class="attachment-large size-large wp-post-image" alt=""/></a><div class="badge absolute top post-date badge-outline"><div class="badge-inner"><span class="post-date-day">{d:%d}</span><br><span class="post-date-month is-small">Th{d.month}</span></div></div></div></header>
<div class="entry-content single-page">
<p><strong>{E(a["lead"])}</strong></p>
{body}
<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative"><a href="whatsapp://send?text={Q(a["title"])}" class="icon button circle is-outline tooltip whatsapp show-for-medium" title="Chia sẻ qua WhatsApp">WhatsApp</a><a href="https://www.facebook.com/sharer.php?u={Q(url)}" class="icon button circle is-outline tooltip facebook" title="Chia sẻ lên Facebook">Facebook</a></div></div></div>
<footer class="entry-meta text-left">Bài viết này được đăng trong <a href="/tin-tuc/" rel="category tag">Tin tức</a>. Đánh dấu <a href="{Q(url)}" title="Permalink">đường dẫn tĩnh</a>.</footer>
<div class="entry-author author-box"><div class="flex-row align-top"><div class="flex-col mr circle"><div class="blog-author-image"><img alt="" src="/avatar.jpg" class="avatar" height="90" width="90"/></div></div><div class="flex-col flex-grow"><h5 class="author-name uppercase pt-half">{E(a["author"])}</h5><p class="author-desc small"></p></div></div></div>
<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav bt bb"><div class="flex-col flex-grow nav-prev text-left"><div class="nav-previous"><a href="/{slug(oth[3][0])}/" rel="prev"><span class="hide-for-small"><i class="icon-angle-left"></i></span> {E(oth[3][0])}</a></div></div></div></nav>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p></form></div></div>
</div>
<div class="post-sidebar large-3 col"><div id="secondary" class="widget-area " role="complementary"><aside id="flatsome_recent_posts-2" class="widget flatsome_recent_posts"><span class="widget-title "><span>Bài viết mới</span></span><div class="is-divider small"></div><ul>{rec}</ul></aside></div></div>
</div></div></main>
<footer id="footer" class="footer-wrapper"><div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">Copyright 2024 &copy; <strong>HTX Chè Tân Cương</strong></div></div></div></div></footer>
</div>
<script type="text/javascript" id="flatsome-js-js-extra">var flatsomeVars = {{"theme":{{"version":"3.18.7"}},"ajaxurl":"\\/wp-admin\\/admin-ajax.php","rtl":"","sticky_height":"70","lightbox":{{"close_markup":"<button title=\\"%title%\\" type=\\"button\\" class=\\"mfp-close\\">x<\\/button>"}}}};</script>
</body></html>''', [attr, vis]


def wp_astra(a, url, key):
    d = a["d"]
    vis = f"{d.day} Tháng {d.month}, {d.year}"
    oth = others(key, d, 6, 2)
    body = render(a["body"], p="<p>{}</p>", h='<h2 class="wp-block-heading">{}</h2>', ul='<ul class="wp-block-list">{}</ul>')
    rec = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="/{slug(t)}/">{E(t)}</a><time datetime="{od:%Y-%m-%dT%H:%M:%S+07:00}" class="wp-block-latest-posts__post-date">{od.day} Tháng {od.month}, {od.year}</time></li>' for t, od in oth)
    return _wp_head(a, url, "Trường THPT Chu Văn An") + f'''
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-77 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row"><div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>{today_header(1)} | Điện thoại: 0211 386 xxx</p></div></div></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap "><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="120" height="120" src="/wp-content/uploads/logo-truong.png" class="custom-logo" alt="Trường THPT Chu Văn An"/></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">Trường THPT Chu Văn An</a></span><p class="site-description" itemprop="description">Tỉnh Vĩnh Phúc</p></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Điều hướng trang"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li class="menu-item"><a href="/" class="menu-link">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/" class="menu-link">Giới thiệu</a></li><li class="menu-item current-menu-parent"><a href="/tin-tuc/" class="menu-link">Tin tức</a></li><li class="menu-item"><a href="/tuyen-sinh/" class="menu-link">Tuyển sinh</a></li></ul></div></nav></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-77 post type-post status-publish format-standard hentry category-tin-tuc ast-article-single" id="post-77" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box">
<div class="ast-single-post-order"><h1 class="entry-title" itemprop="headline">{E(a["title"])}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">			<a title="Xem tất cả bài viết của {Q(a["author"])}" href="/author/hieuld/" rel="author" class="url fn n" itemprop="url">				<span class="author-name" itemprop="name">{E(a["author"])}</span>			</a>		</span> / <span class="posted-on"><span class="published" itemprop="datePublished"> {vis}</span><span class="updated" itemprop="dateModified"> {(d+timedelta(days=3)).day} Tháng {(d+timedelta(days=3)).month}, {(d+timedelta(days=3)).year}</span></span></div></div>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
{body}
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a title="{Q(oth[2][0])}" href="/{slug(oth[2][0])}/" rel="prev"><span class="ast-left-arrow">&larr;</span> Bài viết trước</a></div><div class="nav-next"><a title="{Q(oth[0][0])}" href="/{slug(oth[0][0])}/" rel="next">Bài viết tiếp theo <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below "><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary"><aside id="block-3" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">Bài viết mới</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{rec}</ul></div></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Bản quyền &copy; 2024 Trường THPT Chu Văn An | Vận hành bởi Astra WordPress Theme</p></div></div></div></div></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};</script>
</body></html>''', [vis]


def wp_elementor(a, url, key):
    d = a["d"]
    dvis = f"{d.day} Tháng {d.month}, {d.year}"
    h, _ = h12(d)
    tvis = f"{h}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'}"
    oth = others(key, d, 6, 2)
    paras = render(a["body"], p="<p>{}</p>")
    loop = "".join(f'<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{slug(t)}/">{E(t)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{od.day} Tháng {od.month}, {od.year}</span></div></div></article>' for t, od in oth)
    return _wp_head(a, url, "Công ty CP Cấp nước Hải Dương") + f'''
<body class="post-template post-template-elementor_header_footer single single-post postid-1450 single-format-standard elementor-default elementor-kit-6 elementor-page-1120">
<div data-elementor-type="header" data-elementor-id="35" class="elementor elementor-35 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f2a1b7 e-flex e-con-boxed e-con e-parent" data-id="3f2a1b7" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-7c1d2e0 elementor-widget elementor-widget-text-editor" data-id="7c1d2e0" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">Tổng đài chăm sóc khách hàng: 1900 xxxx &nbsp;|&nbsp; {today_header(0)}</div></div>
<div class="elementor-element elementor-element-92bd11a elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="92bd11a" data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="/"><img width="300" height="80" src="/wp-content/uploads/logo-capnuoc.png" class="attachment-full size-full" alt=""/></a></div></div>
<div class="elementor-element elementor-element-4e0b8f3 elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-id="4e0b8f3" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-4e0b8f3" class="elementor-nav-menu"><li class="menu-item"><a href="/" class="elementor-item">Trang chủ</a></li><li class="menu-item"><a href="/dich-vu/" class="elementor-item">Dịch vụ</a></li><li class="menu-item current-menu-item"><a href="/tin-tuc/" class="elementor-item elementor-item-active">Tin tức</a></li><li class="menu-item"><a href="/tra-cuu-hoa-don/" class="elementor-item">Tra cứu hóa đơn</a></li></ul></nav></div></div>
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1120" class="elementor elementor-1120 elementor-location-single post-1450 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5a6b7c8 e-flex e-con-boxed e-con e-parent" data-id="5a6b7c8" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-aa01b2c e-con-full e-flex e-con e-child" data-id="aa01b2c" data-element_type="container">
<div class="elementor-element elementor-element-1b2c3d4 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-id="1b2c3d4" data-element_type="widget" data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{E(a["title"])}</h1></div></div>
<div class="elementor-element elementor-element-2c3d4e5 elementor-widget elementor-widget-post-info" data-id="2c3d4e5" data-element_type="widget" data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-6d1e2f3 elementor-inline-item" itemprop="datePublished"><a href="/2025/02/25/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{dvis}</time></span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-7e2f3a4 elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{tvis}</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-8f3a4b5 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{E(a["author"])}</span></li>
</ul></div></div>
<div class="elementor-element elementor-element-3d4e5f6 elementor-widget elementor-widget-theme-post-excerpt" data-id="3d4e5f6" data-element_type="widget" data-widget_type="theme-post-excerpt.default"><div class="elementor-widget-container">{E(a["lead"])}</div></div>
<div class="elementor-element elementor-element-4e5f6a7 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="4e5f6a7" data-element_type="widget" data-widget_type="theme-post-featured-image.default"><div class="elementor-widget-container"><img width="800" height="450" src="/wp-content/uploads/2025/02/app-bao-su-co.jpg" alt=""/></div></div>
<div class="elementor-element elementor-element-5f6a7b8 elementor-widget elementor-widget-theme-post-content" data-id="5f6a7b8" data-element_type="widget" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">
{paras}
</div></div>
<div class="elementor-element elementor-element-6a7b8c9 elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons" data-id="6a7b8c9" data-element_type="widget" data-widget_type="share-buttons.default"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Chia sẻ lên facebook"><span class="elementor-share-btn__title">Facebook</span></div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_zalo" role="button"><span class="elementor-share-btn__title">Zalo</span></div></div></div></div></div>
</div>
<div class="elementor-element elementor-element-bb12c3d e-con-full e-flex e-con e-child" data-id="bb12c3d" data-element_type="container"><div class="elementor-element elementor-element-7b8c9d0 elementor-widget elementor-widget-heading" data-id="7b8c9d0" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Tin tức khác</h2></div></div>
<div class="elementor-element elementor-element-8c9d0e1 elementor-grid-1 elementor-widget elementor-widget-posts" data-id="8c9d0e1" data-element_type="widget" data-widget_type="posts.classic"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{loop}</div></div></div></div>
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer"><div class="elementor-element e-con"><div class="elementor-widget-container"><p>Công ty Cổ phần Cấp nước Hải Dương. Địa chỉ: số 10 đường Hồng Quang, TP Hải Dương.</p></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"Chia s\\u1ebb l\\u00ean Facebook"}},"version":"3.21.5","is_static":false,"post":{{"id":1450,"title":"{Q(a["title"])}"}}}};</script>
</body></html>''', [dvis, tvis]


def joomla5(a, url, key):
    d = a["d"]
    attr = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    vis = f"{d.day:02d} Tháng {d.month} {d.year}"
    oth = others(key, d, 6, 2)
    body = render(a["body"], table=lambda rows: '<table class="table table-bordered"><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
    mod = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc/{slug(t)}" itemprop="url"><span itemprop="name">{E(t)}</span></a></li>' for t, od in oth)
    return f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="author" content="{Q(a["author"])}"><meta name="description" content="{Q(a["lead"])}"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{E(a["title"])} - Sở Thông tin và Truyền thông Quảng Trị</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?3a1c5e" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/stttt.quangtri.example-tinh.gov.vn\\/","base":"","baseFull":"https:\\/\\/stttt.quangtri.example-tinh.gov.vn\\/"}},"csrf.token":"5f1e0c3a7b9d2e4f6a8c0b1d3e5f7a9c"}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"Organization","@id":"https://stttt.quangtri.example-tinh.gov.vn/#/schema/Organization/base","name":"Sở Thông tin và Truyền thông Quảng Trị"}},{{"@type":"WebSite","@id":"https://stttt.quangtri.example-tinh.gov.vn/#/schema/WebSite/base","name":"Sở TT&TT Quảng Trị"}}]}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar"><div class="moduletable "><div class="mod-custom custom banner-overlay" id="mod-custom120"><p>{today_header(0)}</p></div></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-stttt.png" alt="Sở Thông tin và Truyền thông Quảng Trị" width="300" height="70"></a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Trang chủ</a></li><li class="nav-item item-112 current active"><a href="/tin-tuc" aria-current="location">Tin tức</a></li><li class="nav-item item-113"><a href="/chuyen-doi-so">Chuyển đổi số</a></li><li class="nav-item item-114"><a href="/van-ban">Văn bản</a></li></ul></div></nav></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">Tin tức</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{E(a["title"])}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">{E(a["author"])}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: <a href="/tin-tuc" itemprop="genre">Tin tức</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{attr}" itemprop="datePublished">Ngày đăng: {vis}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:842">Lượt xem: 842</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
<p><strong>{E(a["lead"])}</strong></p>
{body}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-5 tag-list0"><a href="/component/tags/tag/chu-ky-so" class="btn btn-sm btn-info">chữ ký số</a></li></ul>
<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/tin-tuc/{slug(oth[3][0])}" rel="prev"><span class="visually-hidden">Bài trước: {E(oth[3][0])}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Tin mới</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{mod}</ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">Bản quyền &copy; 2025 Sở Thông tin và Truyền thông tỉnh Quảng Trị. Giữ toàn quyền.</div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>''', [attr, vis]


def joomla25(a, url, key):
    d = a["d"]
    vis = f"{WD_LOWER[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"
    oth = others(key, d, 6, 3)
    body = render(a["body"])
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr" >
<head>
  <base href="{Q(url)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="tiếp công dân, Phú Lương" />
  <meta name="author" content="Super User" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{E(a["title"])}</title>
  <link rel="stylesheet" href="/templates/beez_20/css/position.css" type="text/css" media="screen,projection"  />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
  <script type="text/javascript">window.addEvent('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body>
<div id="all"><div id="back">
<div id="header"><div class="logoheader"><h1 id="logo"><img src="/images/logo-phuluong.png" alt="UBND huyện Phú Lương" /><span class="header1">Cổng thông tin điện tử huyện Phú Lương</span></h1></div>
<ul class="skiplinks"><li><a href="#main" class="u2">Đến nội dung</a></li></ul>
<div id="line"><div class="today">{today_header(1)}</div></div></div>
<div id="contentarea2"><div id="nav"><div class="moduletable_menu"><h3>Menu chính</h3><ul class="menu"><li class="item-101"><a href="/">Trang chủ</a></li><li class="item-102 current active"><a href="/thong-bao">Thông báo</a></li><li class="item-103"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/lich-cong-tac">Lịch công tác</a></li></ul></div></div>
<div id="wrapper2"><div id="main">
<div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span><a href="/" class="pathway">Trang chủ</a> <img src="/media/system/images/arrow.png" alt=""  /> <a href="/thong-bao" class="pathway">Thông báo</a></div>
<div class="item-page">
	<h2><a href="{Q(url)}">{E(a["title"])}</a></h2>
	<ul class="actions"><li class="print-icon"><a href="{Q(url)}?tmpl=component&amp;print=1&amp;page=" title="In" rel="nofollow"><img src="/media/system/images/printButton.png" alt="In"  /></a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component" title="Email"><img src="/media/system/images/emailButton.png" alt="Email"  /></a></li></ul>
	<dl class="article-info">
	<dt class="article-info-term">Chi tiết</dt>
	<dd class="category-name">Chuyên mục: <a href="/thong-bao">Thông báo</a></dd>
	<dd class="published">Ngày đăng: {vis}</dd>
	<dd class="createdby">Viết bởi Administrator</dd>
	<dd class="hits">Lượt xem: 311</dd>
	</dl>
{body}
	<ul class="pagenav"><li class="pagenav-prev"><a href="/thong-bao/{slug(oth[3][0])}" rel="prev">&lt; Trước</a></li><li class="pagenav-next"><a href="/thong-bao/{slug(oth[0][0])}" rel="next">Tiếp &gt;</a></li></ul>
</div>
</div></div>
<div id="right"><div class="moduletable"><h3>Thông báo mới</h3><ul class="latestnews">{"".join(f'<li><a href="/thong-bao/{slug(t)}">{E(t)} ({od:%d/%m/%Y})</a></li>' for t, od in oth)}</ul></div></div>
</div>
<div id="footer-outer"><div id="footer-sub"><div id="footer"><p>&copy; UBND huyện Phú Lương - tỉnh Thái Nguyên. Powered by Joomla!&#174;</p></div></div></div>
</div></div>
</body></html>''', [vis]


def drupal10(a, url, key):
    d = a["d"]
    utc = d - timedelta(hours=7)
    attr = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    vis = f"{d:%d/%m/%Y - %H:%M}"
    oth = others(key, d, 6, 2)
    body = render(a["body"])
    show = a.get("show") or a["author"]
    views = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{slug(t)}" hreflang="vi">{E(t)}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{(od-timedelta(hours=7)):%Y-%m-%dT%H:%M:%SZ}">{od:%d/%m/%Y}</time></span></div></div>' for t, od in oth)
    return f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{Q(url)}" />
<title>{E(a["title"])} | Sở Tài nguyên và Môi trường Nghệ An</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q1W0yCkK3oJ2Yv8.css?delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxdj" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/2215","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","olivero":{{"mobile_nav_breakpoint":"1200"}},"user":{{"uid":0,"permissionsHash":"a1b2c3"}}}}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/stnmt/logo.svg" alt="Trang chủ" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">Sở Tài nguyên và Môi trường Nghệ An</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1"><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-selector="primary-nav-menu-link-has-children"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Trang chủ</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--level-1 primary-nav__menu-item--active-trail"><a href="/tin-tuc" class="primary-nav__menu-link primary-nav__menu-link--level-1 is-active"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Tin tức</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/dat-dai" class="primary-nav__menu-link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Đất đai</span></a></li></ul></nav>
<div class="region region--secondary-menu"><div class="block"><p class="header-date">{today_header(0)}</p></div></div></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Trang chủ</a></li><li class="breadcrumb__item"><a href="/tin-tuc" class="breadcrumb__link">Tin tức</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(a["title"])}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content" role="main">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="2215" class="node node--type-article node--promoted node--view-mode-full">
<header class="">
<div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/avatar.png" width="100" height="100" alt="Profile picture for user bientap01" /></div></article>
<span>Bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>bientap01</span></span></span>
<span class="node__submitted">, <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{attr}" title="{vis}" class="datetime">{vis}</time></span></span></div>
</header>
<div class="node__content">
<div class="text-content clearfix field field--name-field-summary field--type-string-long field--label-hidden field__item"><p class="summary"><strong>{E(a["lead"])}</strong></p></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
<p style="text-align:right"><strong>{E(show)}</strong></p>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Thẻ</h3><ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/11" hreflang="vi">dữ liệu đất đai</a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Bình luận</h2><div class="comments__count">0</div></section>
</div>
</article></div></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div class="views-element-container block block-views block-views-blocktin-lien-quan-block-1"><h2 class="block__title">Tin liên quan</h2><div class="block__content"><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block_1"><div class="view-content">{views}</div></div></div></div></div>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block"><p>Sở Tài nguyên và Môi trường tỉnh Nghệ An – Số 31 đường Lê Hồng Phong, TP Vinh.</p></div></div><div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div></div>
<script src="/sites/default/files/js/js_Yk1Zx2v9.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>
</body></html>''', [attr, vis]


def liferay74(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%Y %H:%M}"
    oth = others(key, d, 7, 2)
    body = render(a["body"], q='<blockquote class="blockquote"><p>{}</p></blockquote>')
    ap = "".join(f'''<div class="col col-md-12"><div class="card card-type-asset"><div class="card-body"><div class="card-row"><div class="autofit-col autofit-col-expand"><p class="card-title" title="{Q(t)}"><a href="/web/guest/tin-tuc/-/asset_publisher/AbCd1234/content/{slug(t)}">{E(t)}</a></p><p class="card-subtitle"><span class="text-truncate-inline"><span class="text-truncate">{od:%d/%m/%Y}</span></span></p></div></div></div></div></div>''' for t, od in oth)
    return f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{E(a["title"])} - Tin tức - Cổng thông tin điện tử tỉnh Đồng Nai</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{Q(a["lead"])}" lang="vi-VN" name="description" />
<link data-senna-track="temporary" href="{Q(url)}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/dongnai-theme/css/clay.css?browserId=chrome&amp;themeId=dongnaitheme_WAR_dongnaitheme&amp;languageId=vi_VN&amp;t=1712131200000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">// <![CDATA[
var Liferay = Liferay || {{}}; Liferay.Browser = {{acceptsGzip: function() {{return true;}}}}; Liferay.ThemeDisplay = {{getLayoutRelativeURL: function() {{return '/web/guest/tin-tuc';}}, getLanguageId: function() {{return 'vi_VN';}}, getPortalURL: function() {{return 'https://dongnai.example-tinh.gov.vn';}}, getScopeGroupId: function() {{return '20121';}}, isSignedIn: function() {{return false;}}}};
// ]]></script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="lfr-spa-loading-bar"></div>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner"><div class="navbar navbar-top navigation-bar-light"><div class="container-fluid container-fluid-max-xl"><span class="today-date">{today_header(0)}</span></div></div>
<div class="navbar navbar-classic navbar-expand-md navbar-light"><div class="container-fluid container-fluid-max-xl"><a class="logo align-items-center d-md-inline-flex d-sm-none d-none logo-md" href="https://dongnai.example-tinh.gov.vn" title="Đi tới Cổng thông tin điện tử tỉnh Đồng Nai"><img alt="" class="mr-2" height="64" src="/image/layout_set_logo?img_id=45101&amp;t=1712131200000" /></a>
<nav id="navigation" role="navigation"><ul aria-label="Trang Web" role="menubar"><li class="lfr-nav-item" role="presentation"><a href="/web/guest/home" role="menuitem"><span>Trang chủ</span></a></li><li class="lfr-nav-item selected active" role="presentation"><a aria-current="page" href="/web/guest/tin-tuc" role="menuitem"><span>Tin tức</span></a></li><li class="lfr-nav-item" role="presentation"><a href="/web/guest/chuyen-doi-so" role="menuitem"><span>Chuyển đổi số</span></a></li></ul></nav></div></div></header>
<section class="flex-fill" id="content">
<div class="layout-content portlet-layout" id="main-content" role="main">
<div class="lfr-layout-structure-item-container lfr-layout-structure-item-row"><div class="row"><div class="col col-lg-8">
<div class="lfr-layout-structure-item-com-liferay-fragment-renderer-react-internal-fragmententryrenderer lfr-layout-structure-item-heading"><div class="fragment_1208"><h1 class="component-heading mb-0 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{E(a["title"])}</h1></div></div>
<div class="lfr-layout-structure-item-basic-component-paragraph"><div class="fragment_1211"><p class="component-paragraph text-break date-author" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text"><span class="text-secondary"><i class="icon-time"></i> {vis}</span></p></div></div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-decorate portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_hn8kxLmQ2wPz_">
<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_hn8kxLmQ2wPz"></span>
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_hn8kxLmQ2wPz">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries"></div>
<div class="clearfix journal-content-article" data-analytics-asset-id="1458822" data-analytics-asset-title="{Q(a["title"])}" data-analytics-asset-type="web-content">
<div class="news-detail"><div class="news-summary"><p><strong>{E(a["lead"])}</strong></p></div>
<div class="news-content">
{body}
</div>
<div class="news-author text-right"><p><strong>{E(a["author"])}</strong></p></div></div>
</div>
<div class="content-metadata-asset-addon-entries"></div>
</div></div></div></section></div>
</div>
<div class="col col-lg-4"><div class="lfr-layout-structure-item-collection-display"><h3 class="tin-khac-title">Tin khác</h3><div class="row">{ap}</div></div></div>
</div></div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Ẩn</button></form>
</section>
<footer id="footer" role="contentinfo"><div class="container"><p class="powered-by">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Nai.</p></div></footer>
</div></div>
<script type="text/javascript">// <![CDATA[
Liferay.Loader.require('frontend-js-spa-web@5.0.38/init', function(frontendJsSpaWebInit) {{ try {{ frontendJsSpaWebInit.default({{"navigationExceptionSelectors":":not([target=\\"_blank\\"])","requestTimeout":0}}); }} catch (err) {{ console.error(err); }} }});
// ]]></script>
</body></html>''', [vis]
