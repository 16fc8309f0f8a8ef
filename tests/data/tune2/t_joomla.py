"""Joomla 3 (protostar-like), K2 item view with JComments, Joomla 4 (cassiopeia-like)."""

import datetime as dt

from common import blocks_html, e, pdt, side, today_vn, wd


def _ibyline(a):
    out = a.get("byline") or ""
    if a.get("source"):
        out += f'<p style="text-align: right;">Nguồn: {e(a["source"])}</p>'
    return out


def _fig(a, j4=False):
    cap = "Người dân làm thủ tục tại bộ phận tiếp nhận và trả kết quả."
    if j4:
        return f'<figure class="image"><img src="/images/2025/tin-{len(a["slug"])}.jpg" alt="" width="640" height="427" loading="lazy"><figcaption>{cap}</figcaption></figure>'
    return f'<p style="text-align: center;"><img src="images/tintuc/2025/anh{len(a["slug"])}.jpg" alt="anh minh hoa" width="600" height="400" /></p><p style="text-align: center;"><em>{cap}</em></p>'


def _body(a, j4=False):
    return blocks_html(a["body"][:2]) + "\n" + _fig(a, j4) + "\n" + blocks_html(a["body"][2:]) + "\n" + _ibyline(a)


def joomla3(a):
    d = pdt(a)
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc/{1500+i}-tin" itemprop="url"><span itemprop="name">{e(h)}</span></a> <span class="mod-date">{w:%d/%m/%Y}</span></li>'
                     for i, (h, w) in enumerate(side(a, 6, 1)))
    created = a.get("createdby") or a.get("author") or ""
    createdby = f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{e(created)}</span></dd>' if a.get("createdby") else ""
    related = ""
    if "readmore_related" in a["flags"]:
        related = '<div class="relateditems"><h3>Bài viết liên quan</h3><ul class="relateditems">' + "".join(
            f'<li><a href="/index.php/tin-tuc/{2100+i}">{e(h)}</a> <span class="date">{w:%d-%m-%Y}</span></li>' for i, (h, w) in enumerate(side(a, 3, 6))) + "</ul></div>"
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="https://{a['host']}/{a['slug']}" />
<meta name="author" content="{e(created or 'Quản trị')}" />
<meta name="description" content="{e(a['lead'] or a['body'][0][:150])}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(a['title'])}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?8f1a2b3c" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8f1a2b3c"></script>
<script src="/media/system/js/caption.js?8f1a2b3c"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{110 + len(a['slug']) % 50}">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="https://{a['host']}/images/logo.png" alt="Cổng thông tin" /></a><div class="header-search pull-right"><div class="today">{today_vn()}</div><div class="search"><form action="/tin-tuc" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/Tắt điều hướng</span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/">Trang chủ</a></li><li class="item-108 active deeper parent"><a href="/tin-tuc">Tin tức</a></li><li class="item-109"><a href="/van-ban">Văn bản</a></li><li class="item-110"><a href="/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="moduletable"><div class="newsflash-horiz mod-list ticker"><strong>Tin mới:</strong> {''.join(f'<a href="/tin-tuc/{1400+i}">{e(h)} ({w:%d/%m})</a> | ' for i, (h, w) in enumerate(side(a, 3, 8)))}</div></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{e(a['title'])}</h2></div>
<div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu"><li class="print-icon"><a href="/tin-tuc?tmpl=component&amp;print=1" title="In bài viết" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component" title="Gửi email" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li></ul></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
{createdby}
<dd class="category-name">Chuyên mục: <a href="/tin-tuc" itemprop="genre">Tin tức</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">{e(a['dl'])}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{400 + len(a['slug'])}" />Lượt xem: {400 + len(a['slug'])}</dd>
</dl>
<div itemprop="articleBody">
{f'<p><strong>{e(a["lead"])}</strong></p>' if a['lead'] else ''}
{_body(a)}
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Bài trước" aria-label="Bài trước" href="/tin-tuc/{1400}-bai-truoc" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li><li class="next"><a class="hasTooltip" title="Bài sau" aria-label="Bài sau" href="/tin-tuc/{1490}-bai-sau" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
{related}
</div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Tin mới nhất</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="well "><h3 class="page-header">Liên kết</h3><ul class="nav menu"><li><a href="https://dichvucong.example.gov.vn">Cổng dịch vụ công</a></li></ul></div></div>
</div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p><p>&copy; 2026 Cơ quan chủ quản. Số giấy phép 12/GP-TTĐT.</p></div></footer>
</body>
</html>
"""


def k2(a):
    d = pdt(a)
    cid = 30 + len(a["slug"])
    comments = "".join(f'<div class="{"even" if i % 2 == 0 else "odd"}" id="comment-item-{cid+i}"><div class="rbox"><div class="comment-box usertype-guest"><span class="comments-vote"></span><a class="comment-anchor" href="#comment-{cid+i}" id="comment-{cid+i}">#{i+1}</a> <span class="comment-author">{e(u)}</span> <span class="comment-date">{w:%d-%m-%Y %H:%M}</span><div class="comment-body" id="comment-body-{cid+i}">{e(t)}</div></div><div class="clear"></div></div></div>'
                       for i, (u, t, w) in enumerate([("Khách du lịch", "Thông tin rất hữu ích, mong có thêm bản tiếng Anh.", d + dt.timedelta(hours=6)),
                                                      ("Ngọc Thảo", "Tỉnh nên có thêm nhiều hoạt động như vậy.", d + dt.timedelta(days=1, hours=2))]))
    lead = f'<div class="itemIntroText"><p>{e(a["lead"])}</p></div>' if a["lead"] else ""
    latest = "".join(f'<li class="even"><a class="moduleItemTitle" href="/tin-tuc/item/{3300+i}">{e(h)}</a><span class="moduleItemDateCreated">{w:%d/%m/%Y %H:%M}</span></li>'
                     for i, (h, w) in enumerate(side(a, 6, 2)))
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<base href="https://{a['host']}/{a['slug']}" />
<meta name="keywords" content="du lịch, Kiên Giang" />
<meta name="author" content="{e(a['author'])}" />
<meta property="og:url" content="https://{a['host']}/{a['slug']}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(a['title'])}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{e(a['title'])}</title>
<link href="/media/k2/assets/css/k2.fonts.css?v2.7.1" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v2.7.1" rel="stylesheet" />
<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v2.7.1&amp;sitepath=/"></script>
<script src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
</head>
<body class="site">
<div id="t3-header" class="wrap t3-header"><div class="container"><div class="logo"><a href="/" title="Sở Văn hóa, Thể thao và Du lịch"><img src="/images/logo-so.png" alt="" /></a></div><div class="head-date">{today_vn()}</div></div></div>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><div class="t3-navbar navbar-collapse collapse"><ul class="nav navbar-nav level0"><li class="item-101"><a href="/">Trang chủ</a></li><li class="item-120 current active"><a href="/tin-tuc">Tin tức</a></li><li class="item-121"><a href="/the-thao">Thể thao</a></li><li class="item-122"><a href="/du-lich">Du lịch</a></li></ul></div></div></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-sm-8">
<span id="startOfPageId{cid}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{e(a['dl'])}</span>
<h2 class="itemTitle">{e(a['title'])}</h2>
<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/tin-tuc/itemlist/user/{cid}-{e(a['author'].lower().replace(' ', ''))}">{e(a['author'])}</a></span>
</div>
<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">kích thước font</span><a href="#" id="fontDecrease"><span>giảm kích thước font</span></a><a href="#" id="fontIncrease"><span>tăng kích thước font</span></a></li><li><a class="itemPrintLink" rel="nofollow" href="/tin-tuc/item/{cid}?tmpl=component&amp;print=1"><span>In</span></a></li><li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/?tmpl=component"><span>E-mail</span></a></li><li><a class="itemCommentsLink k2Anchor" href="#itemCommentsAnchor">Bình luận (2)</a></li></ul><div class="clr"></div></div>
<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/{cid}_XL.jpg" title="Nhấn vào để xem ảnh"><img src="/media/k2/items/cache/{cid}_L.jpg" alt="{e(a['title'])}" style="width:600px; height:auto;" /></a></span><span class="itemImageCaption">Ảnh: tư liệu của sở</span><div class="clr"></div></div>
<div class="itemBody">
{lead}
<div class="itemFullText">
{blocks_html(a['body'])}
</div>
<div class="clr"></div>
</div>
<div class="itemLinks"><div class="itemCategory"><span>Được đăng trong</span> <a href="/tin-tuc">Tin tức</a></div><div class="itemTagsBlock"><span>Tag</span><ul class="itemTags"><li><a href="/tin-tuc/itemlist/tag/Kiên Giang">Kiên Giang</a></li><li><a href="/tin-tuc/itemlist/tag/sự kiện">sự kiện</a></li></ul><div class="clr"></div></div></div>
<div class="itemSocialSharing"><div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-lang="vi">Tweet</a></div><div class="itemFacebookButton"><div class="fb-like" data-layout="button_count" data-action="like" data-show-faces="false"></div></div></div>
<div class="itemAuthorBlock"><div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" href="/tin-tuc/itemlist/user/{cid}">{e(a['author'])}</a></h3><p>Phóng viên cộng tác</p></div></div>
<div class="itemAuthorLatest"><h3>Bài viết mới nhất từ tác giả</h3><ul>{''.join(f'<li><a href="/tin-tuc/item/{3200+i}">{e(h)}</a></li>' for i, (h, w) in enumerate(side(a, 3, 12)))}</ul></div>
<div class="itemRelated"><h3>Bài viết liên quan (theo tag)</h3><ul>{''.join(f'<li class="even"><a class="itemRelTitle" href="/tin-tuc/item/{3100+i}">{e(h)}</a><div class="itemRelCreated">{wd(w)}, {w.day:02d} Tháng {w.month} {w.year} {w:%H:%M}</div></li>' for i, (h, w) in enumerate(side(a, 3, 14)))}</ul></div>
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">
<script type="text/javascript">var jcomments=new JComments({cid}, 'com_k2','/component/jcomments/');jcomments.setList('comments-list');</script>
<div id="jc"><div id="comments"><h4>Bình luận</h4><div id="comments-list" class="comments-list">{comments}</div><div id="nav-bottom"></div></div>
<a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);"><h4>Thêm bình luận</h4><p><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">Tên (bắt buộc)</label></p><p><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></p><div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="Gửi (Ctrl+Enter)">Gửi</a></div></div></div></form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
</div>
<div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm trong mục này:</span><a class="itemPrevious" href="/tin-tuc/item/{cid-1}">&laquo; Bài trước</a><a class="itemNext" href="/tin-tuc/item/{cid+1}">Bài sau &raquo;</a></div>
</div>
</div>
<div id="t3-sidebar" class="t3-sidebar col-xs-12 col-sm-4"><div class="t3-module module"><h3 class="module-title"><span>Xem nhiều</span></h3><div class="module-ct"><div id="k2ModuleBox{cid}" class="k2ItemsBlock"><ul>{latest}</ul></div></div></div></div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container"><small>Bản quyền &copy; 2026 Sở Văn hóa, Thể thao và Du lịch.</small></div></footer>
</body>
</html>
"""


def joomla4(a):
    d = pdt(a)
    multipage = "multi_page_pagination" in a["flags"]
    pnav = ('<div class="pagenavcounter">Trang 1 của 2</div>' if multipage else "")
    pager = ('<nav class="pagination__wrapper" aria-label="Phân trang"><div class="pagination pagination-toolbar text-center">Trang 1 trong 2 <ul class="pagination ms-0 mb-4"><li class="active page-item"><a aria-current="true" href="#" class="page-link">1</a></li><li class="page-item"><a href="/tin-tuc/kinh-te-so/quang-binh-hoi-thao-kinh-te-so?start=1" class="page-link">2</a></li><li class="page-item"><a aria-label="Đi đến trang sau" href="/tin-tuc/kinh-te-so/quang-binh-hoi-thao-kinh-te-so?start=1" class="page-link">Sau</a></li></ul></div></nav>'
             if multipage else "")
    tags = '<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0"><a href="/component/tags/tag/chinh-quyen-so" class="btn-sm btn-info">chính quyền số</a></li><li class="list-inline-item tag-7 tag-list1"><a href="/component/tags/tag/phu-yen" class="btn-sm btn-info">Phú Yên</a></li></ul>'
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc/{i}" itemprop="url"><span itemprop="name">{e(h)}</span></a><small class="d-block text-muted">{w:%H:%M %d/%m/%Y}</small></li>'
                     for i, (h, w) in enumerate(side(a, 6, 3)))
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(a['lead'] or a['body'][0][:150])}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(a['title'])} - Sở Thông tin và Truyền thông</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet" />
<link href="/media/system/css/joomla-fontawesome.min.css?4.4.3" rel="stylesheet" />
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/{a['host']}\\/","base":"","baseFull":"https:\\/\\/{a['host']}\\/"}},"csrf.token":"3b4c5d6e7f80"}}</script>
<script src="/media/system/js/core.min.js?4.4.3"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" defer></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"https://{a['host']}/","name":"Trang chủ"}}}},{{"@type":"ListItem","position":2,"item":{{"@id":"https://{a['host']}/tin-tuc","name":"Tin tức"}}}}]}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-{140 + len(a['slug']) % 30} has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar"><div class="mod-custom custom"><p>{today_vn()} | Đường dây nóng: 0257.38xx.xxx</p></div></div>
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-stttt.png" alt="Sở Thông tin và Truyền thông" width="300" height="80"></a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/Tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Trang chủ</a></li><li class="nav-item item-135 active deeper parent"><a href="/tin-tuc" aria-current="location">Tin tức</a></li><li class="nav-item item-136"><a href="/van-ban">Văn bản</a></li><li class="nav-item item-137"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li></ul></div></nav></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc" class="pathway"><span>Tin tức</span></a></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{e(a['title'])}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Chuyên mục: <a href="/tin-tuc" itemprop="genre">Tin tức</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">{e(a['dl'])}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{210 + len(a['slug'])}">Lượt xem: {210 + len(a['slug'])}</dd>
</dl>
{tags}
{pnav}
{f'<p class="lead"><strong>{e(a["lead"])}</strong></p>' if a['lead'] else ''}
<div itemprop="articleBody" class="com-content-article__body">
{_body(a, j4=True)}
</div>
{pager}
<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/tin-tuc/truoc" rel="prev"><span class="visually-hidden">Bài trước: tin trước</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="/tin-tuc/sau" rel="next"><span class="visually-hidden">Bài sau: tin sau</span><span aria-hidden="true">Sau</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Tin mới</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Sở Thông tin và Truyền thông. Địa chỉ: 05 Lê Thánh Tôn, phường 7, Tuy Hòa.</p></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""


TEMPLATES = {"joomla3": joomla3, "k2": k2, "joomla4": joomla4}
