"""Drupal 7 (Bartik-like, RDFa `submitted`, field-name-field-author) and Drupal 9 (Olivero-like)."""

import datetime as dt

from common import blocks_html, e, pdt, side, today_vn


def _d7_page(a, node_html):
    views = "".join(f'<div class="views-row views-row-{i+1} {"views-row-odd" if i % 2 == 0 else "views-row-even"}"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/tin-{i}">{e(h)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{w:%d/%m/%Y - %H:%M}</span></div></div>'
                    for i, (h, w) in enumerate(side(a, 6, 5)))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortlink" href="/node/{len(a['slug']) + 10400}" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/{a['slug']}" />
<title>{e(a['title'])} | {e(a['host'].split('.')[0])}</title>
<style type="text/css" media="all">@import url("https://{a['host']}/modules/system/system.base.css?s8k2x1");
@import url("https://{a['host']}/themes/bartik/css/layout.css?s8k2x1");</style>
<script type="text/javascript" src="https://{a['host']}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://{a['host']}/misc/drupal.js?s8k2x1"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"bartik","theme_token":"Zq1"}}}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{len(a['slug']) + 10400} node-type-article" >
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="https://{a['host']}/sites/default/files/logo.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>Cổng thông tin</span></a></strong></div><div id="site-slogan">{today_vn()}</div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">Trang chủ</a></li><li class="menu-412 active-trail active"><a href="/tin-tuc" class="active-trail">Tin tức</a></li><li class="menu-413"><a href="/van-ban">Văn bản</a></li><li class="menu-414 last"><a href="/lien-he">Liên hệ</a></li></ul></div>
</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div></div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{e(a['title'])}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{node_html}
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-tin-moi-block" class="block block-views"><h2>Tin mới</h2><div class="content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block"><div class="view-content">{views}</div></div></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>Bản quyền thuộc cơ quan chủ quản. Xây dựng trên nền tảng Drupal.</p></div></div></div></div></div></div>
</div></div>
</body>
</html>
"""


def _fig_d7(a):
    return ('<div class="media media-element-container media-default"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/tin/anh.jpg" width="640" height="427" alt="" /></div>'
            '<p class="rtecenter"><em>Người dân làm thủ tục tại quầy tiếp đón.</em></p>')


def drupal7_submitted(a):
    d = pdt(a)
    nid = len(a["slug"]) + 10400
    node = f"""<div id="node-{nid}" class="node node-article node-promoted node-full clearfix" about="/{a['slug']}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{e(a['title'])}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="1" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
  <div class="meta submitted">
    <div class="user-picture"><a href="/users/{e(a['author'])}" title="Xem hồ sơ thành viên."><img typeof="foaf:Image" src="/sites/default/files/pictures/picture-57.jpg" alt="Ảnh đại diện của {e(a['author'])}" title="Ảnh đại diện của {e(a['author'])}" /></a></div>
    <span property="dc:date dc:created" content="{d:%Y-%m-%dT%H:%M:%S}+07:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" about="/users/{e(a['author'])}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{e(a['author'])}</span> on {e(a['dl'].split(' on ', 1)[1])}</span>
  </div>
  <div class="content clearfix">
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="/sites/default/files/styles/large/public/field/image/bhyt.jpg"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/field/image/bhyt.jpg" width="480" height="320" alt="" /></div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{blocks_html(a['body'])}</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/12" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">bảo hiểm y tế</a></div><div class="field-item odd" rel="dc:subject"><a href="/taxonomy/term/31" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">định danh điện tử</a></div></div></div>
  </div>
  <div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{nid}#comment-form" title="Chia sẻ ý kiến của bạn về bài viết này.">Thêm bình luận</a></li></ul></div>
  <div id="comments" class="comment-wrapper"><h2 class="title">Bình luận</h2><a id="comment-88"></a>
  <div class="comment comment-by-anonymous clearfix" about="/comment/88#comment-88" typeof="sioc:Post sioct:Comment"><div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator"><span class="username" typeof="sioc:UserAccount" property="foaf:name">Khách</span></span></p><p class="comment-time"><span property="dc:date dc:created" content="{(d + dt.timedelta(days=1)):%Y-%m-%dT%H:%M:%S}+07:00" datatype="xsd:dateTime">{(d + dt.timedelta(days=1)):%d/%m/%Y - %H:%M}</span></p></div></div>
  <div class="comment-text"><div class="content"><span rel="sioc:reply_of" resource="/{a['slug']}" class="rdf-meta element-hidden"></span><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>Ở huyện tôi phòng khám tư vẫn đòi thẻ giấy.</p></div></div></div></div></div></div>
  </div>
</div>"""
    return _d7_page(a, node)


def drupal7_field_author(a):
    d = pdt(a)
    nid = 10472
    related = "".join(f'<li><a href="/node/{10300+i}">{e(h)}</a> <span class="date-display-single">{w:%d/%m/%Y}</span></li>' for i, (h, w) in enumerate(side(a, 4, 8)))
    node = f"""<div id="node-{nid}" class="node node-article node-full clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{e(a['title'])}" class="rdf-meta element-hidden"></span>
  <div class="field field-name-field-ngay-dang field-type-datetime field-label-hidden"><div class="field-items"><div class="field-item even"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{d:%Y-%m-%dT%H:%M:%S}+07:00">{e(a['dl'])}</span></div></div></div>
  <div class="content clearfix">
    <div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>{e(a['lead'])}</strong></div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{blocks_html(a['body'][:2])}{_fig_d7(a)}{blocks_html(a['body'][2:])}</div></div></div>
    <div class="field field-name-field-author field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">{e(a['author'])}</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><ul class="field-items"><li class="field-item even"><a href="/taxonomy/term/77">Đà Lạt</a></li><li class="field-item odd"><a href="/taxonomy/term/78">đô thị thông minh</a></li></ul></div>
  </div>
  <div class="share-bar"><a href="#" class="share-fb">Chia sẻ Facebook</a> <a href="#" class="share-zalo">Zalo</a></div>
</div>
<div id="block-views-tin-lien-quan-block" class="block block-views"><h2>Tin liên quan</h2><div class="content"><ul>{related}</ul></div></div>"""
    return _d7_page(a, node)


def drupal9(a):
    d = pdt(a)
    u = d - dt.timedelta(hours=7)
    more = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{i}" hreflang="vi">{e(h)}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{(w - dt.timedelta(hours=7)):%Y-%m-%dT%H:%M:%S}Z" class="datetime">{w:%d/%m/%Y - %H:%M}</time></span></div></div>'
                   for i, (h, w) in enumerate(side(a, 6, 10)))
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://{a['host']}/{a['slug']}" />
<title>{e(a['title'])} | Cổng TTĐT tỉnh Đắk Nông</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2lU1.css" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/2291","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"a1b2"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="section layout-container clearfix"><div class="region region-header"><div id="block-sitebranding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/daknong/logo.svg" alt="Trang chủ" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Cổng thông tin điện tử tỉnh Đắk Nông</a></div><div class="site-branding__slogan">{today_vn()}</div></div></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="clearfix menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li><li class="menu-item menu-item--active-trail"><a href="/tin-tuc">Tin tức</a></li><li class="menu-item"><a href="/nong-nghiep">Nông nghiệp</a></li></ul></nav></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{e(a['title'])}</span></h1></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article data-history-node-id="2291" role="article" about="/{a['slug']}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<span property="schema:name" content="{e(a['title'])}" class="rdf-meta hidden"></span>
<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="{u:%Y-%m-%dT%H:%M:%S}Z" title="{wd_full(d)}, {d:%d/%m/%Y - %H:%M}" class="datetime">{e(a['dl'])}</time></span><span property="schema:dateCreated" content="{u:%Y-%m-%dT%H:%M:%S}+00:00" class="rdf-meta hidden"></span></div>
<div class="node__content clearfix">
<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item"><strong>{e(a['lead'])}</strong></div>
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{blocks_html(a['body'][:1])}<figure role="group" class="caption caption-img"><img src="/sites/default/files/inline-images/caphe.jpg" data-entity-type="file" width="800" height="533" loading="lazy" /><figcaption>Nông dân thu hái cà phê ở huyện Đắk Mil.</figcaption></figure>{blocks_html(a['body'][1:])}</div>
<div class="field field--name-field-author field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__item">{e(a['author'])}</div></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Thẻ</h3><ul class="links field__items"><li><a href="/taxonomy/term/5" property="schema:about" hreflang="vi">cà phê</a></li><li><a href="/taxonomy/term/9" property="schema:about" hreflang="vi">nông nghiệp</a></li></ul></div>
</div>
</article>
</div>
<div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1"><h2>Tin mới</h2><div><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><div class="view-content">{more}</div></div></div></div>
</div></section></main>
</div></div>
<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div class="region region-footer-fifth"><div id="block-footer" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Cơ quan chủ quản: UBND tỉnh Đắk Nông.</p></div></div></div></div></div></footer>
</div></div></div>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
</body>
</html>
"""


def wd_full(d):
    from common import wd
    return wd(d)


TEMPLATES = {"drupal7_submitted": drupal7_submitted, "drupal7_field_author": drupal7_field_author, "drupal9": drupal9}
