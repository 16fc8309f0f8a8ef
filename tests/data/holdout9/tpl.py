"""Template renderers. Each returns (html, printed_date_string_or_None, printed_credit_or_None)."""
from lib import body_html, dt, e, h12, viewstate, wd

DOCTYPE = "<!DOCTYPE html>\n"


def nav(items, cls):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(items)) + "</ul>"


# 1 NukeViet 4 mobile_default news detail (nukeviet/nukeviet themes/mobile_default/modules/news/detail.tpl)
def nukeviet_mobile(p):
    d = dt(p["pub"])
    ds = f"{wd(d, True).lower().capitalize()} - {d:%d/%m/%Y %H:%M}"
    side = "".join(f'<li><a href="/news/tin-tuc/{s[0]}.html">{e(s[1])}</a> <em class="time">{s[2]}</em></li>' for s in p["side"])
    h = f"""{DOCTYPE}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])} - Cổng thông tin điện tử Sở Thông tin và Truyền thông</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="generator" content="NukeViet v4.5"></head><body>
<div id="wraper"><header class="header-mobile"><a class="logo" href="/">SỞ THÔNG TIN VÀ TRUYỀN THÔNG</a>
<button class="navbar-toggle" data-toggle="collapse">Menu</button></header>
<ol class="breadcrumb"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin Tức</a></li><li><a href="/news/chuyen-doi-so/">Chuyển đổi số</a></li></ol>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 itemprop="headline">{e(p['title'])}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">quantri</span></div>
<em class="time">{ds}</em><hr>
<div id="hometext"><div class="imghome text-center"><img src="/uploads/news/2024_11/ttdt.jpg" alt="" width="460"></div>
<h2>{e(p['lead'])}</h2></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body_html(p['blocks'])}</div>
<p class="text-right"><strong>{e(p['credit'])}</strong></p>
<div class="news_column"><span class="keywords">Từ khóa: </span><a href="/news/tag/chuyen-doi-so">chuyển đổi số</a>, <a href="/news/tag/du-lieu">dữ liệu</a></div>
<div class="news_column"><div class="h3">Những tin mới hơn</div><ul class="related">{side}</ul></div>
</div></div>
<footer class="footer">© Sở Thông tin và Truyền thông. Đơn vị vận hành: Trung tâm Công nghệ thông tin và Truyền thông</footer></div></body></html>"""
    return h, ds, p["credit"]


# 2 Vietsoftware vPortal VCMS view content (phuongvh/eGov_Portal VCMS-portlet vcmsviewcontent)
def vcms_vietsoft(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y %H:%M:%S}"
    others = "".join(f'<li><a href="/tin-tuc/-/vcmsviewcontent/{s[0]}">{e(s[1])}</a><span class="wd-date">({s[2]})</span></li>' for s in p["side"])
    h = f"""{DOCTYPE}<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Cổng giao tiếp điện tử - {e(p['title'])}</title>
<link rel="stylesheet" href="/html/portlet/vcmsviewcontent/css/main.css"></head><body class="yui3-skin-sam">
<div id="wrapper"><div class="wd-header"><div class="wd-banner"><img src="/vportal-theme/images/banner.jpg" alt="UBND quận"></div>
{nav(['Trang chủ','Giới thiệu','Tin tức - Sự kiện','Thủ tục hành chính','Văn bản','Hỏi đáp'], 'wd-menu')}</div>
<div id="column-2" class="portlet-column"><div class="portlet-boundary portlet-boundary_vcmsviewcontent_WAR_VCMSportlet_">
<div class="wd-boxs"><h2 class="wd-tlh1-2">Tin tức - Sự kiện</h2>
<div class="wd-content-detail"><h1 class="wd-title-detail">{e(p['title'])}</h1>
<div class="wd-date-detail">Ngày đăng: {ds}</div>
<div class="wd-lead-detail"><strong>{e(p['lead'])}</strong></div>
<div class="wd-text-detail">{body_html(p['blocks'])}</div>
<div class="wd-author-detail" style="text-align:right"><b>{e(p['credit'])}</b></div>
<div class="wd-tool"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Lên đầu trang</a></div>
</div><div class="wd-other"><h3 class="wd-tlh1-3">Các tin khác</h3><ul>{others}</ul></div></div></div></div>
<div class="wd-footer">Cơ quan chủ quản: Ủy ban nhân dân quận. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng giao tiếp điện tử.</div></div></body></html>"""
    return h, ds, p["credit"]


# 3 Liferay 7.x custom blogs detail for a police portal (LocpxLifetek/liferay_update detailBoCongAn.jsp)
def liferay_blogs_congan(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y %H:%M}"
    mod = p["mod"]
    rel = "".join(f'<div class="item-news"><a href="/tin-tuc-su-kien/-/blogs/{s[0]}">{e(s[1])}</a><span>{s[2]}</span></div>' for s in p["side"])
    h = f"""{DOCTYPE}<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{e(p['title'])} - Công an tỉnh</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta property="og:type" content="article">
<script>Liferay.currentURL='/tin-tuc-su-kien';</script></head>
<body class="controls-visible signed-out public-page site"><div id="wrapper"><header id="banner"><img src="/o/cat-theme/images/logo.png" alt="Công an tỉnh"></header>
<section id="content"><div class="portlet-layout row"><div class="col-md-8 portlet-column" id="column-1">
<div class="detailBoCongAn"><div class="menu-submenu"><div class="box-dieuhuong"><div class="trangchu"><a href="/">Trang chủ</a></div>
<div class="trangchu"><a href="/tintucsukien">Tin tức sự kiện</a></div><div class="trangchu"><a style="color: red !important;" href="/theloaitintucsukien?id=7">Chuyển đổi số</a></div></div></div>
<div class="detailBlogs"><div class="title"><h2>{e(p['title'])}</h2>
<span style="color: #000000; opacity: 0.6;">{ds}</span></div>
<div class="description"><strong>{e(p['lead'])}</strong></div>
<div class="content">{body_html(p['blocks'])}
<p style="text-align: right;"><strong>{e(p['author_disp'])}</strong></p></div>
<div class="modified">Cập nhật lần cuối: {mod}</div></div>
<div class="head-cm"><ul><li>Tin khác</li></ul></div><div class="list-news-other">{rel}</div></div></div>
<div class="col-md-4" id="column-2"><div class="portlet-boundary"><h3>Đường dây nóng</h3><p>Tiếp nhận tin báo tố giác tội phạm: 069.2.xxx.xxx</p></div></div></div></section>
<footer id="footer">Bản quyền thuộc về Công an tỉnh. Địa chỉ: số 12 đường Trần Hưng Đạo.</footer></div></body></html>"""
    return h, ds, None


# 4 DNN (DotNetNuke 9) district portal with aspnetForm and EasyDNNnews-style module
def dnn_ubnd_huyen_aspnetform(p):
    d = dt(p["pub"])
    hh, suf = h12(d, "SA")
    ds = f"{d.day}/{d.month}/{d.year} {hh}:{d:%M}:{d:%S} {suf}"
    side = "".join(f'<li><a href="/tin-tuc/ArticleID/{s[0]}">{e(s[1])}</a> <span class="edn_articleDate">{s[2]}</span></li>' for s in p["side"])
    h = f"""{DOCTYPE}<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>{e(p['title'])}</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke"></head>
<body id="Body"><form method="post" action="/tin-tuc/ArticleID/{p['id']}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTI2NjY2ODc0NA9kFgYCAQ8WAh4EVGV4dAUXPCFET0NUWVBFIGh0bWw+{viewstate(p["id"], 24000)}"></div>
<div id="siteWrapper"><div class="dnnpane" id="dnn_HeaderPane"><a id="dnn_dnnLOGO_hypLogo" href="/"><img src="/Portals/0/logo-ubnd.png" alt="UBND huyện"></a></div>
<div id="dnn_dnnMENU_RadMenu1">{nav(['Trang chủ','Tổng quan','Tin tức','Chuyển đổi số','Công khai ngân sách','Liên hệ'], 'topLevel')}</div>
<div class="row"><div id="dnn_ContentPane" class="col-md-9 contentPane"><div class="DnnModule DnnModule-EasyDNNnews"><div class="eds_news_Ozone">
<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{e(p['title'])}</h1>
<div class="edn_metaDetails"><span class="edn_articleDate">{ds}</span> <span class="edn_articleAuthor">Người đăng: admin</span></div>
<div class="edn_articleSummary">{e(p['lead'])}</div>
<div class="edn_articleContent">{body_html(p['blocks'])}
<p style="text-align:right"><em>{e(p['author_disp'])}</em></p></div></div>
<div class="edn_relatedArticles"><h2>Bài viết liên quan</h2><ul>{side}</ul></div></div></div></div>
<div id="dnn_RightPane" class="col-md-3"><div class="DnnModule"><h3>Thống kê truy cập</h3><p>Đang truy cập: 21</p><p>Tổng lượt: 1.204.883</p></div></div></div>
<div id="dnn_FooterPane">Ủy ban nhân dân huyện - Điện thoại: 0213.3xxx.xxx</div></div></form></body></html>"""
    return h, ds, None


def _side(items, fmt):
    return "".join(fmt.format(a=s[0], t=e(s[1]), d=s[2] if len(s) > 2 else "") for s in items)


# 5 SharePoint 2019 publishing page of a ministry (memory)
def sharepoint2019_ministry(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y}"
    side = _side(p["side"], '<li><a href="/Pages/tin-tuc/{a}.aspx">{t}</a><div class="date">{d}</div></li>')
    h = f"""{DOCTYPE}<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>{e(p['title'])}</title></head><body><form method="post" action="./{p['id']}.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QW{viewstate(p['id'], 31000)}"><input type="hidden" name="__REQUESTDIGEST" value="0x5A1C{p['id']}">
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="ms-dialogHidden header-bo"><img src="/PublishingImages/logo-bo.png" alt="Bộ"></div>
<div class="breadcrumb"><span><a href="/Pages/Home.aspx">Trang chủ</a></span> &gt; <span><a href="/Pages/tin-tuc.aspx">Tin hoạt động</a></span></div>
<div id="ctl00_PlaceHolderMain_ctl00" class="article-detail"><div class="title-news"><h1>{e(p['title'])}</h1></div>
<div class="date-news"><span id="ctl00_PlaceHolderMain_lblDate">{ds}</span></div>
<div class="sapo-news"><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field"><strong>{e(p['lead'])}</strong></div></div>
<div class="content-news"><div class="ms-rtestate-field">{body_html(p['blocks'], p='<p class="MsoNormal">{}</p>', h='<h3><strong>{}</strong></h3>')}
<p style="text-align:right"><strong>{e(p['credit'])}</strong></p></div></div></div>
<div class="other-news"><h4>Tin đã đưa</h4><ul>{side}</ul></div>
<div class="footer-bo">Cơ quan chủ quản: Bộ. Giấy phép số 65/GP-TTĐT.</div></div></div></form></body></html>"""
    return h, ds, p["credit"]


# 6 construction newspaper, typical Vietnamese press CMS (memory)
def construction_paper_detail(p):
    d = dt(p["pub"])
    ds = f"{d:%H:%M | %d/%m/%Y}"
    rel = _side(p["side"], '<li><a href="/{a}.html">{t}</a></li>')
    h = f"""{DOCTYPE}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])} | Báo Xây dựng Miền Trung</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{p['pub']}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{e(p['title'])}","datePublished":"{p['pub']}"}}</script>
</head><body><header class="site-header"><div class="top-bar">Thứ năm, 14/11/2024</div><a class="logo" href="/">XÂY DỰNG MIỀN TRUNG</a>
{nav(['Thời sự','Quy hoạch - Kiến trúc','Đô thị','Bất động sản','Vật liệu','Chuyển đổi số'], 'main-menu')}</header>
<main class="container"><div class="detail-cate"><a href="/chuyen-doi-so">Chuyển đổi số</a></div>
<article class="detail"><h1 class="detail-title">{e(p['title'])}</h1>
<div class="detail-meta"><span class="author-name">{e(p['author_disp'])}</span><span class="publish-date">{ds}</span></div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Sao chép liên kết</a></div>
<h2 class="detail-sapo">{e(p['lead'])}</h2>
<div class="detail-content">{body_html(p['blocks'][:2])}
<div class="box-related-inline"><p class="title-rl">Tin liên quan</p><ul>{rel}</ul></div>
{body_html(p['blocks'][2:], h='<h3>{}</h3>')}</div>
<div class="detail-tags">Từ khóa: <a href="/tag/bim">BIM</a> <a href="/tag/cap-phep">cấp phép xây dựng</a></div></article></main>
<footer class="site-footer">Cơ quan chủ quản: Hội Xây dựng. Giấy phép số 123/GP-BTTTT.</footer></body></html>"""
    return h, ds, None


# 7 trade-union newspaper (memory)
def trade_union_paper(p):
    d = dt(p["pub"])
    hh, suf = h12(d, "AM")
    ds = f"{wd(d)}, {d:%d/%m/%Y} - {hh:02d}:{d:%M} {suf}"
    side = _side(p["side"], '<div class="story"><a href="/{a}.htm">{t}</a><time>{d}</time></div>')
    h = f"""{DOCTYPE}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title><meta property="og:type" content="article"></head>
<body><div class="header"><a href="/" class="logo">Người Lao Động Thủ Đô</a>{nav(['Công đoàn','Việc làm','Pháp luật','Công nghệ','Đời sống'], 'menu')}</div>
<div class="main"><div class="article"><div class="breadcrumb"><a href="/cong-nghe">Công nghệ</a></div>
<h1 class="article-title">{e(p['title'])}</h1><div class="article-meta"><span class="time">{ds}</span></div>
<div class="article-sapo"><p><b>(LĐTĐ) </b>{e(p['lead'])}</p></div>
<div class="article-body">{body_html(p['blocks'])}</div>
<div class="article-author"><div class="author-box"><img src="/avatar.jpg" alt=""><span class="name">{e(p['author_disp'])}</span></div></div>
<div class="comments"><h4>Bình luận</h4><div class="cmt"><b>Nguyễn Hữu</b> <span>08:15 15/11/2024</span><p>Mong công đoàn cơ sở nào cũng làm được như vậy.</p></div></div></div>
<div class="sidebar"><h3>Đọc nhiều</h3>{side}</div></div><div class="footer">Cơ quan của Liên đoàn Lao động Thành phố.</div></body></html>"""
    return h, ds, None


# 8 provincial police newspaper (memory)
def police_province_paper(p):
    d = dt(p["pub"])
    ds = f"{d:%H:%M:%S %d/%m/%Y}"
    side = _side(p["side"], '<li><a href="/tin/{a}">{t}</a> <small>{d}</small></li>')
    h = f"""{DOCTYPE}<html><head><meta charset="utf-8"><title>{e(p['title'])} - Báo Công an tỉnh</title>
<meta name="author" content="{e(p['meta_author'])}"></head><body><div id="header"><div class="logo">BÁO CÔNG AN TỈNH</div>
{nav(['Thời sự','An ninh trật tự','Phòng chống tội phạm','Đề án 06','Giao thông'], 'nav')}</div>
<table width="1000" cellpadding="0" cellspacing="0" align="center"><tr><td valign="top" width="680" class="col-main">
<div class="ctitle"><a href="/de-an-06">Đề án 06</a></div><h1 class="title">{e(p['title'])}</h1>
<div class="datetime">Cập nhật lúc: {ds}</div><div class="sapo"><b>{e(p['lead'])}</b></div>
<div class="noidung">{body_html(p['blocks'])}</div>
<div class="tacgia" align="right"><b>{e(p['author_disp'])}</b></div></td>
<td valign="top" width="300" class="col-right"><div class="box"><h3>Tin mới</h3><ul>{side}</ul></div></td></tr></table>
<div id="footer">Báo Công an tỉnh - Tòa soạn: 45 đường Lê Lợi</div></body></html>"""
    return h, ds, None


# 9 science & development newspaper, byline at top with label (memory)
def science_paper_detail(p):
    d = dt(p["pub"])
    ds = f"Ngày xuất bản: {d:%d/%m/%Y - %H:%M}"
    h = f"""{DOCTYPE}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title>
<script type="application/ld+json">{{"@type":"Article","author":{{"@type":"Person","name":"{e(p['author'] or '')}"}}}}</script></head>
<body><header><a href="/" class="brand">Khoa học &amp; Đổi mới</a>{nav(['Khoa học','Công nghệ','Đổi mới sáng tạo','Chuyển đổi số','Môi trường'], 'nav')}</header>
<div class="page"><article class="post"><p class="post-cat">Chuyển đổi số</p><h1>{e(p['title'])}</h1>
<p class="byline">Tác giả: <a href="/tac-gia/1" rel="author">{e(p['author_disp'])}</a></p><p class="date">{ds}</p>
<p class="lead"><em>{e(p['lead'])}</em></p>
<figure><img src="/img/a.jpg" alt=""><figcaption>Kỹ sư vận hành hệ thống giám sát tại trung tâm. Ảnh: Minh Trí</figcaption></figure>
<div class="post-body">{body_html(p['blocks'])}</div>
<div class="newsletter">Đăng ký nhận bản tin khoa học hằng tuần</div></article></div>
<footer>Tạp chí điện tử thuộc Liên hiệp các hội khoa học và kỹ thuật.</footer></body></html>"""
    return h, ds, None


# 10 provincial radio-television station, video article (memory)
def provincial_broadcaster_vod(p):
    d = dt(p["pub"])
    ds = f"{wd(d)}, ngày {d:%d/%m/%Y} lúc {d:%H:%M}"
    side = _side(p["side"], '<li><a href="/video/{a}">{t}</a><span class="time">{d}</span></li>')
    h = f"""{DOCTYPE}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])} - Đài Phát thanh và Truyền hình</title>
<meta property="og:type" content="video.other"></head><body><div class="top"><a href="/" class="logo">ĐÀI PT-TH TỈNH</a>
<a href="/truc-tuyen" class="live">Xem trực tuyến</a>{nav(['Thời sự','Kinh tế','Xã hội','Chuyển đổi số','Phát thanh','Truyền hình'], 'menu')}</div>
<div class="wrap"><div class="main-col"><div class="player"><iframe src="/embed/player/{p['id']}" width="640" height="360" allowfullscreen></iframe></div>
<h1 class="news-title">{e(p['title'])}</h1><div class="news-date">{ds}</div>
<div class="news-lead">{e(p['lead'])}</div><div class="news-content">{body_html(p['blocks'])}</div>
<div class="news-author">{e(p['author_disp'])}</div></div>
<div class="right-col"><h3>Video khác</h3><ul>{side}</ul></div></div><div class="footer">Đài Phát thanh và Truyền hình tỉnh</div></body></html>"""
    return h, ds, None


# 11 Joomla 3 commune portal (com_content article view, memory of Joomla markup)
def joomla_commune_article(p):
    d = dt(p["pub"])
    ds = f"{wd(d)}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"
    h = f"""{DOCTYPE}<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(p['title'])}</title></head><body class="site com_content view-article itemid-105">
<div class="container"><header class="header"><a class="brand" href="/">Cổng thông tin điện tử xã</a></header>
<nav class="navigation">{nav(['Trang chủ','Giới thiệu','Tin tức','Thủ tục hành chính','Liên hệ'], 'nav menu')}</nav>
<div class="row-fluid"><main id="content" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{e(p['title'])}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author"><span itemprop="name">Viết bởi Quản trị viên</span></dd>
<dd class="category-name">Chuyên mục: <a href="/tin-tuc">Tin tức</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{p['pub']}" itemprop="datePublished">Ngày đăng: {ds}</time></dd>
<dd class="hits">Lượt xem: 318</dd></dl>
<div itemprop="articleBody"><p><strong>{e(p['lead'])}</strong></p>{body_html(p['blocks'])}
<p style="text-align: right;"><strong>{e(p['credit'])}</strong></p></div>
<ul class="pager pagenav"><li class="previous"><a href="/tin-tuc/88">Trước</a></li><li class="next"><a href="/tin-tuc/90">Tiếp</a></li></ul></div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>Liên kết website</h3><ul><li>Cổng dịch vụ công quốc gia</li><li>UBND huyện</li></ul></div></div></div>
<footer class="footer">Bản quyền © UBND xã. Thiết kế bởi Viễn thông tỉnh.</footer></div></body></html>"""
    return h, ds, p["credit"]


# 12 WordPress GeneratePress-free theme "Genesis"-style department site (memory of Genesis markup: entry-header, entry-meta)
def wp_genesis_department(p):
    d = dt(p["pub"])
    ds = f"{d.day} Tháng {d.month}, {d.year}"
    h = f"""{DOCTYPE}<html lang="vi"><head><meta charset="UTF-8"><title>{e(p['title'])} &#8211; Trung tâm Khuyến nông</title>
<meta name="generator" content="WordPress 6.4.2"></head><body class="post-template-default single single-post">
<div class="site-container"><header class="site-header"><p class="site-title"><a href="/">Trung tâm Khuyến nông tỉnh</a></p>
<nav class="nav-primary">{nav(['Trang chủ','Trồng trọt','Chăn nuôi','Thủy sản','Thị trường'], 'menu genesis-nav-menu')}</nav></header>
<div class="site-inner"><main class="content"><article class="post type-post status-publish entry">
<header class="entry-header"><h1 class="entry-title">{e(p['title'])}</h1>
<p class="entry-meta"><time class="entry-time" datetime="{p['pub']}">{ds}</time> bởi <span class="entry-author"><span class="entry-author-name">editor01</span></span></p></header>
<div class="entry-content">{body_html(p['blocks'])}
<p><em>{e(p['author_disp'])}</em></p></div>
<footer class="entry-footer"><p class="entry-meta">Chuyên mục: <a href="/category/trong-trot">Trồng trọt</a></p></footer></article></main>
<aside class="sidebar"><section class="widget"><h3>Bài viết mới</h3><ul><li><a href="/a">Lịch thời vụ vụ Đông Xuân</a> <span class="post-date">20 Tháng 10, 2024</span></li></ul></section></aside></div>
<footer class="site-footer">Copyright © 2024 · Trung tâm Khuyến nông tỉnh</footer></div></body></html>"""
    return h, ds, None
