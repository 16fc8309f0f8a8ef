"""Renderers: WordPress themes, Joomla, Drupal (one function per product)."""
import json

from common import (
    EN_MON,
    TODAY,
    WD,
    body,
    css_blob,
    e,
    iso,
    menu_items,
    related,
    script_blob,
)

FIG_WP = '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/anh-{s}.jpg" alt=""/><figcaption class="wp-element-caption">Ảnh minh họa: cán bộ hướng dẫn người dân tại điểm tiếp nhận ({s}).</figcaption></figure>'


def wp_head(a, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<title>{e(a["title"])} - {a["site"]}</title>\n'
            f'<meta property="og:title" content="{e(a["title"])}">\n<link rel="canonical" href="{a["url"]}">\n'
            f'<link rel="stylesheet" href="/wp-content/themes/{a["theme"]}/style.css?ver=8.4.1">\n{extra}\n'
            f'{css_blob("wp", 60)}\n</head>\n')


def wp_soledad(a):
    dt = a["dt"]
    shown = dt.strftime("%d/%m/%Y")
    rel = related(a["seed"], 6, dt)
    side = "".join(f'<li class="penci-feed"><a href="{u}">{h}</a><span class="side-item-meta"><time class="entry-date published" datetime="{iso(d)}">{d.strftime("%d/%m/%Y")}</time></span></li>' for h, d, u in rel)
    html = wp_head(a, f'<meta property="article:published_time" content="{iso(dt, z=True)}">') + f'''<body class="post-template-default single single-post penci-body-single-style-1">
<div class="wrapper-boxed header-style-header-6">
<div class="penci-top-bar"><div class="container"><div class="penci-topbar-trending">Hôm nay: {WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</div></div></div>
<header id="header" class="header-header-6 has-bottom-line"><nav id="navigation" class="header-layout-bottom"><ul class="menu">{menu_items(cls=' class="menu-item"')}</ul></nav></header>
<div class="container container-single penci_sidebar right-sidebar">
<div id="main"><div class="theiaStickySidebar">
<article id="post-{a["seed"]}21" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="/category/chuyen-doi-so/">Chuyển đổi số</a></span></div>
<h1 class="post-title single-post-title entry-title">{e(a["title"])}</h1>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">bởi <a class="url fn n" href="/author/bientap/">bientap</a></span></div>
<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">Tác giả <a class="author-url url fn n" href="/author/{a["slug"]}/">{e(a["author_disp"])}</a></span></span>
<span><time class="entry-date published" datetime="{iso(dt, z=True)}">{shown}</time></span><span>3 phút đọc</span></div>
</div>
<div class="post-image"><img src="/wp-content/uploads/cover-{a["seed"]}.jpg" alt=""></div>
<div class="post-entry blockquote-style-2">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
<p><strong>{e(a["lead"])}</strong></p>
{body(a["blocks"], h="h3", fig=FIG_WP.format(s=a["seed"]), after=2)}
<div class="penci-single-link-pages"></div>
<div class="post-tags"><a href="/tag/chuyen-doi-so/" rel="tag">chuyển đổi số</a><a href="/tag/dich-vu-cong/" rel="tag">dịch vụ công</a></div>
</div></div>
<div class="tags-share-box center-box"><span class="penci-social-buttons"><a class="penci-social-item facebook">Facebook</a><a class="penci-social-item twitter">Twitter</a><a class="penci-social-item zalo">Zalo</a></span></div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Bài viết liên quan</h4></div><ul>{side}</ul></div>
</article></div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content"><aside class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Tin mới</span></h3><ul class="side-newsfeed">{side}</ul></aside></div>
</div>
<footer id="footer-section" class="penci-footer-social-media"><div class="footer-copyright">© 2026 {a["site"]}. Giữ bản quyền.</div></footer>
</div>{script_blob("soledad", a["seed"])}</body></html>'''
    return html, [shown, iso(dt, z=True)]


def wp_newsmag(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d/%m/%Y")} lúc {dt.strftime("%H:%M")}'
    rel = related(a["seed"], 8, dt)
    mods = "".join(f'<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{u}">{h}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(d)}">{d.strftime("%d/%m/%Y")}</time></span></div></div></div>' for h, d, u in rel)
    html = wp_head(a) + f'''<body class="post-template-default single single-post td-newsmag td-full-layout">
<div id="td-outer-wrap"><div class="td-header-container td-header-wrap td-header-style-1">
<div class="td-header-row td-header-top-menu"><div class="td_data_time">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</div></div>
<div class="td-header-menu-wrap"><ul id="menu-td-demo-header-menu" class="sf-menu">{menu_items(cls=' class="menu-item"')}</ul></div></div>
<div class="td-container td-post-template-default"><div class="td-container-border"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span>Tin địa phương</span></div></div>
<article id="post-{a["seed"]}" class="post type-post status-publish" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header td-pb-padding-side">
<ul class="td-category"><li class="entry-category"><a href="/chuyen-muc/cds">Chuyển đổi số</a></li></ul>
<header><h1 class="entry-title">{e(a["title"])}</h1>
<p class="td-post-sub-title">{e(a["lead"])}</p>
<div class="meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/{a["slug"]}/">{e(a["author_disp"])}</a><div class="td-author-line"> - </div></div>
<div class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(dt)}">{shown}</time></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{a["seed"]}">1254</span></div></div></header></div>
<div class="td-post-sharing td-post-sharing-top"><a class="td-social-sharing-buttons td-social-facebook">Facebook</a><a class="td-social-sharing-buttons td-social-twitter">Twitter</a></div>
<div class="td-post-content td-pb-padding-side">
{body(a["blocks"], h="h3", fig='<figure class="wp-caption aligncenter"><img src="/anh.jpg"><figcaption class="wp-caption-text">Quang cảnh buổi làm việc (ảnh: PV).</figcaption></figure>', after=1)}
</div>
<footer><div class="td-post-source-tags td-pb-padding-side"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/so-hoa">số hóa</a></li></ul></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item">BÀI VIẾT LIÊN QUAN</a><a class="td-related-right">XEM THÊM</a></h4>{mods}</div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>KHÔNG CÓ BÌNH LUẬN</span></h4></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_9"><h4 class="block-title"><span>Phổ biến</span></h4>{mods}</div></div></div>
</div></div></div>
<div class="td-footer-container td-container"><div class="td-footer-info">© Bản quyền thuộc {a["site"]}</div></div></div>
{script_blob("newsmag", a["seed"])}</body></html>'''
    return html, [shown]


def wp_jannah(a):
    dt = a["dt"]
    h12 = dt.hour % 12 or 12
    shown = f'{dt.day} Tháng {dt.month}, {dt.year} - {h12}:{dt.minute:02d} {"SA" if dt.hour < 12 else "CH"}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><a class="post-title the-subtitle" href="{u}">{h}</a><div class="post-meta"><span class="date meta-item tie-icon">{d.day} Tháng {d.month}, {d.year}</span></div></div></li>' for h, d, u in rel)
    html = wp_head(a, f'<script type="application/ld+json">{json.dumps({"@context": "http://schema.org", "@type": "Article", "headline": a["title"], "datePublished": iso(dt), "author": {"@type": "Person", "name": a["author_disp"]}}, ensure_ascii=False)}</script>') + f'''<body id="tie-body" class="post-template-default single single-post wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark"><div id="top-nav" class="top-nav"><div class="topbar-today-date">{WD[TODAY.weekday()]}, {TODAY.day} Tháng {TODAY.month} {TODAY.year}</div>
<div class="breaking"><span class="breaking-title">Tin nóng</span><ul id="breaking-news-in-header" class="breaking-news">{"".join(f"<li class='news-item'><a href='{u}'>{h}</a></li>" for h, d, u in rel[:4])}</ul></div></div>
<nav id="main-nav"><div class="main-menu"><ul id="menu-main" class="menu">{menu_items(cls=' class="menu-item"')}</ul></div></nav></header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Trang chủ</a><em class="delimiter">/</em><span class="current">Địa phương</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="/category/dia-phuong/">Địa phương</a></span>
<h1 class="post-title entry-title">{e(a["title"])}</h1>
<h2 class="entry-sub-title">{e(a["lead"])}</h2>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-1"><span class="meta-author"><a href="/author/{a["slug"]}/" class="author-name tie-icon">{e(a["author_disp"])}</a></span></span></span>
<span class="date meta-item tie-icon">{shown}</span><div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire"></span> 2.318 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> 4 phút đọc</span></div></div></div></header>
<div class="entry-content entry clearfix">
{body(a["blocks"], h="h3", q="blockquote", qcls=' class="quote-light"', fig='<div class="wp-caption aligncenter"><img src="/anh2.jpg"><p class="wp-caption-text">Người dân trải nghiệm dịch vụ tại điểm hỗ trợ.</p></div>', after=2)}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">{dt.day} Tháng {dt.month}, {dt.year}</span></div></div></div>
<div class="post-footer post-footer-on-bottom"><div class="share-links"><a class="facebook-share-btn">Facebook</a><a class="twitter-share-btn">X</a><a class="email-share-btn">Email</a></div></div>
</article>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Bài viết liên quan</h3></div><ul>{lst}</ul></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side"><div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Mới nhất</div></div><ul class="posts-list-items">{lst}</ul></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin"><div id="site-info"><div class="copyright-text">© Bản quyền 2026, {a["site"]}</div></div></footer>
</div></div></div>{script_blob("jannah", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def wp_divi(a):
    dt = a["dt"]
    shown = f'{EN_MON[dt.month - 1][:3]} {dt.day}, {dt.year}'
    rel = related(a["seed"], 5, dt)
    recent = "".join(f'<li><a href="{u}">{h}</a> <span class="post-date">{EN_MON[d.month - 1]} {d.day}, {d.year}</span></li>' for h, d, u in rel)
    html = wp_head(a) + f'''<body class="post-template-default single single-post et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_right_sidebar et_divi_theme et-db">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">0260 3 861 234</span><span class="et-date">{TODAY.strftime("%d/%m/%Y")}</span></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">{menu_items(cls=' class="menu-item"')}</ul></nav></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-{a["seed"]}" class="et_pb_post post type-post status-publish format-standard hentry category-tin-tuc">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{e(a["title"])}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="/author/admin/" title="Posts by admin" rel="author">admin</a></span> | <span class="published">{shown}</span> | <a href="/category/tin-tuc/" rel="category tag">Tin tức</a> | <span class="comments-number"><a href="#respond">0 comments</a></span></p>
<img src="/wp-content/uploads/{a["seed"]}-1080x675.jpg" alt="" class="" width="1080" height="675"></div>
<div class="entry-content">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
<p><em>{e(a["lead"])}</em></p>
{body(a["blocks"], h="h4")}
<p style="text-align: right;"><strong>{e(a["author_disp"])}</strong></p>
</div></div></div></div></div>
</div>
<div class="et_post_meta_wrapper"><section id="comment-wrap"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3><form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><button class="submit et_pb_button">Submit Comment</button></form></div></section></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" class="searchform"><input type="text" name="s"><input type="submit" id="searchsubmit" value="Search"></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>{recent}</ul></div>
<div id="archives-2" class="et_pb_widget widget_archive"><h4 class="widgettitle">Archives</h4><ul><li><a href="/2026/11/">November 2026</a></li><li><a href="/2026/10/">October 2026</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by Elegant Themes | Powered by WordPress</div></div></div></footer></div></div>
{script_blob("divi", a["seed"])}</body></html>'''
    return html, [shown]


def wp_oceanwp(a):
    dt = a["dt"]
    shown = f'{dt.strftime("%d/%m/%Y")}'
    upd = f'{(dt.replace(day=min(dt.day + 2, 28))).strftime("%d/%m/%Y")}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li class="clr"><a href="{u}" class="oceanwp-recent-posts-title">{h}</a><div class="oceanwp-recent-posts-date">{d.strftime("%d/%m/%Y")}</div></li>' for h, d, u in rel)
    html = wp_head(a, f'<meta property="article:published_time" content="{iso(dt)}"><meta property="article:modified_time" content="{iso(dt.replace(day=min(dt.day + 2, 28)))}">') + f'''<body class="post-template-default single single-post oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar post-in-category-tin-tuc">
<div id="outer-wrap" class="site clr"><div id="wrap" class="clr">
<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-content" class="clr has-content top-bar-left">Hôm nay: {TODAY.strftime("%d/%m/%Y")} | Đường dây nóng: 0236 3 822 111</div></div></div>
<header id="site-header" class="minimal-header clr"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr"><a href="/" class="custom-logo-link">{a["site"]}</a></div><div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr"><ul id="menu-main-menu" class="main-menu dropdown-menu sf-menu">{menu_items(cls=' class="menu-item"', acls=' class="menu-link"')}</ul></nav></div></div></header>
<main id="main" class="site-main clr"><header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr">Tin tức</h1><nav class="site-breadcrumbs clr"><ol class="trail-items"><li class="trail-item trail-begin"><a href="/">Trang chủ</a></li><li class="trail-item trail-end">Tin tức</li></ol></nav></div></header>
<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article id="post-{a["seed"]}" class="single-post-article post type-post status-publish">
<header class="entry-header clr"><h2 class="single-post-title entry-title">{e(a["title"])}</h2></header>
<ul class="meta ospm-default clr"><li class="meta-author"><span class="screen-reader-text">Tác giả bài viết:</span><i class="icon-user"></i><a href="/author/{a["slug"]}/" rel="author">{e(a["author_disp"])}</a></li>
<li class="meta-date"><span class="screen-reader-text">Bài viết được đăng:</span><i class="icon-clock"></i>{shown}</li>
<li class="meta-mod-date"><span class="screen-reader-text">Cập nhật lần cuối:</span><i class="icon-note"></i>{upd}</li>
<li class="meta-cat"><a href="/category/tin-tuc/">Tin tức</a></li></ul>
<div class="entry-content clr">
{body(a["blocks"], h="h3")}
</div>
<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text">Chia sẻ bài viết</span></h3><ul class="oew-social-share clr"><li class="facebook">Facebook</li><li class="twitter">Twitter</li></ul></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="{rel[0][2]}"><span class="title">Bài trước</span><span class="post-title">{rel[0][0]}</span></a></div><div class="nav-next"><a href="{rel[1][2]}"><span class="title">Bài tiếp</span><span class="post-title">{rel[1][0]}</span></a></div></div></nav>
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">Có thể bạn quan tâm</span></h3><div class="oceanwp-row clr">{lst}</div></section>
</article></div></div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary"><div id="right-sidebar-inner" class="clr"><div class="sidebar-box widget-oceanwp-recent-posts recent-posts-widget clr"><h4 class="widget-title">Tin mới</h4><ul class="oceanwp-recent-posts clr">{lst}</ul></div></div></aside>
</div></main>
<footer id="footer" class="site-footer"><div id="footer-bottom" class="clr"><div id="copyright" class="clr">Bản quyền © 2026 {a["site"]}</div></div></footer></div></div>
{script_blob("oceanwp", a["seed"])}</body></html>'''
    return html, [shown]


def wp_tt24(a):
    dt = a["dt"]
    shown = f'{dt.day} Tháng {dt.month}, {dt.year}'
    rel = related(a["seed"], 5, dt)
    q = "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title has-large-font-size"><a href="{u}">{h}</a></h3><div class="wp-block-post-date"><time datetime="{iso(d)}">{d.day} Tháng {d.month}, {d.year}</time></div></li>' for h, d, u in rel)
    blocks = body(a["blocks"], h="h2", hcls=' class="wp-block-heading"', q="blockquote", qcls=' class="wp-block-quote"', tcls=' class="has-fixed-layout"', ulcls=' class="wp-block-list"', fig=FIG_WP.format(s=a["seed"]), after=2)
    blocks = blocks.replace("<table", '<figure class="wp-block-table"><table').replace("</table>", "</table></figure>")
    html = wp_head(a, '<style id="global-styles-inline-css">:root{--wp--preset--color--base:#f9f9f9;--wp--preset--font-size--large:1.38rem}</style>') + f'''<body class="post-template-default single single-post wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignfull has-base-background-color is-layout-flow"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="/" rel="home">{a["site"]}</a></p><nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex"><ul class="wp-block-navigation__container">{menu_items(cls=' class="wp-block-navigation-item"', acls=' class="wp-block-navigation-item__content"')}</ul></nav></div></div></header>
<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignfull is-layout-constrained"><h1 style="font-size:var(--wp--preset--font-size--xx-large);" class="alignwide wp-block-post-title">{e(a["title"])}</h1>
<figure style="aspect-ratio:3/2;" class="alignwide wp-block-post-featured-image"><img src="/wp-content/uploads/{a["seed"]}.jpg" alt=""></figure></div>
<div class="wp-block-group is-layout-constrained"><div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
<p class="has-medium-font-size"><strong>{e(a["lead"])}</strong></p>
{blocks}
</div></div>
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group is-content-justification-left is-layout-flex"><div class="wp-block-post-date"><time datetime="{iso(dt)}">{shown}</time></div><p class="has-contrast-2-color">—</p><div class="wp-block-post-author-name">{e(a["author_disp"])}</div><p>trong</p><div class="taxonomy-category wp-block-post-terms"><a href="/category/tin-tuc/" rel="tag">Tin tức</a></div></div>
<div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/chuyen-doi-so/" rel="tag">chuyển đổi số</a></div>
<div class="wp-block-comments"><h2 class="wp-block-heading">Bình luận</h2><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form class="comment-form"><textarea name="comment"></textarea></form></div></div></div>
<div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-heading">Bài viết khác</h2><div class="wp-block-query"><ul class="wp-block-post-template is-layout-grid">{q}</ul></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding"><p class="has-small-font-size">Được thiết kế với WordPress</p></div></footer></div>
{script_blob("tt24", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def wp_vnnews(a):
    dt = a["dt"]
    shown = f'Đăng lúc: {dt.strftime("%H:%M")} {dt.strftime("%d/%m/%Y")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<div class="item-post"><a href="{u}" class="title-post">{h}</a><span class="date-post">{d.strftime("%H:%M %d/%m/%Y")}</span></div>' for h, d, u in rel)
    html = wp_head(a) + f'''<body class="single single-post">
<div class="top-header"><div class="container"><span class="date-now">{WD[TODAY.weekday()]}, ngày {TODAY.day:02d}/{TODAY.month:02d}/{TODAY.year}</span><span class="hotline">Đường dây nóng: 0915 000 111</span></div></div>
<header class="main-header"><div class="container"><a class="logo" href="/">{a["site"]}</a><nav class="main-menu"><ul>{menu_items()}</ul></nav></div></header>
<div class="ticker-news"><span class="ticker-title">Tin nhanh</span><marquee>{" • ".join(h for h, d, u in rel[:4])}</marquee></div>
<div class="container"><div class="row"><div class="col-md-8 col-main">
<div class="breadcrumb-post"><a href="/">Trang chủ</a> » <a href="/thoi-su">Thời sự</a></div>
<div class="single-post-wrap">
<h1 class="single-post-title">{e(a["title"])}</h1>
<div class="single-post-meta"><span class="post-date"><i class="fa fa-clock-o"></i> {shown}</span><span class="post-view"><i class="fa fa-eye"></i> 785 lượt xem</span></div>
<div class="single-post-excerpt"><strong>{e(a["lead"])}</strong></div>
<div class="single-post-content">
{body(a["blocks"], h="pstrong", fig='<table class="image-caption" align="center"><tr><td><img src="/uploads/hinh.jpg"></td></tr><tr><td class="caption">Cán bộ xã hướng dẫn người dân cài ứng dụng.</td></tr></table>', after=2)}
<p style="text-align:right"><strong>{e(a["author_disp"])}</strong></p>
</div>
<div class="single-post-tags"><span>Từ khóa:</span> <a href="/tag/cds">chuyển đổi số</a></div>
<div class="single-post-share"><a class="share-fb">Chia sẻ</a><a class="share-zalo">Zalo</a><a class="print">In bài</a></div>
</div>
<div class="post-related"><h3 class="box-title">Tin cùng chuyên mục</h3>{lst}</div>
</div><div class="col-md-4 col-sidebar"><div class="widget"><h3 class="widget-title">Đọc nhiều</h3>{lst}</div></div></div></div>
<footer class="main-footer"><div class="container"><p>Cơ quan chủ quản: {a["site"]}</p><p>Giấy phép số 12/GP-STTTT</p></div></footer>
{script_blob("vnnews", a["seed"])}</body></html>'''
    return html, [shown]


def joomla_helix(a):
    dt = a["dt"]
    shown = f'{dt.day:02d} Tháng {dt.month} {dt.year}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{u}" itemprop="url"><span itemprop="name">{h}</span></a><span class="sp-date">{d.strftime("%d/%m/%Y")}</span></li>' for h, d, u in rel)
    html = f'''<!doctype html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework."><title>{e(a["title"])}</title>
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">{css_blob("sp", 50)}</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-112 vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column"><div class="sp-module"><div class="sp-module-content"><span class="sp-today">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</span></div></div></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">{a["site"]}</a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><nav class="sp-megamenu-wrapper"><ul class="sp-megamenu-parent menu-animation-fade-up">{menu_items(cls=' class="sp-menu-item"')}</ul></nav></div></div></div></div></header>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-8" role="main"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="article-header"><h1 itemprop="headline">{e(a["title"])}</h1></div>
<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Viết bởi: {e(a["author_disp"])}"><span itemprop="name">{e(a["author_disp"])}</span></span>
<span class="category-name" title="Danh mục: Tin tức"><a href="/tin-tuc">Tin tức</a></span>
<span class="published" title="Ngày đăng: {shown}"><time datetime="{iso(dt)}" itemprop="datePublished">{shown}</time></span>
<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:912">Lượt xem: 912</span></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
<div class="article-full-image float-start"><img src="/images/tin/{a["seed"]}.jpg" itemprop="image" alt=""></div>
<div itemprop="articleBody">
<p><strong>{e(a["lead"])}</strong></p>
{body(a["blocks"], h="h3")}
</div>
<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><ul class="social-icons"><li class="list-inline-item"><a class="facebook">Facebook</a></li></ul></div></div>
<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0"><a href="/tags/chuyen-doi-so" class="label label-info">chuyển đổi số</a></li></ul>
<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{rel[0][2]}" rel="prev"><span class="visually-hidden">Bài trước: {rel[0][0]}</span>Trước</a></span></nav>
</div></div></main>
<aside id="sp-right" class="col-lg-4"><div class="sp-column"><div class="sp-module"><h3 class="sp-module-title">Tin mới nhất</h3><div class="sp-module-content"><ul class="latestnews">{lst}</ul></div></div><div class="sp-module"><h3 class="sp-module-title">Xem nhiều</h3><div class="sp-module-content"><ul class="mostread">{lst}</ul></div></div></div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">© 2026 {a["site"]}. Thiết kế bởi JoomShaper</span></div></div></div></div></div></footer>
</div></div>{script_blob("helix", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def joomla_t3(a):
    dt = a["dt"]
    shown = f'{WD[dt.weekday()]}, {dt.day:02d} Tháng {dt.month:02d} {dt.year} {dt.strftime("%H:%M")}'
    rel = related(a["seed"], 7, dt)
    lst = "".join(f'<li><a href="{u}">{h}</a> <small>({d.strftime("%d/%m/%Y")})</small></li>' for h, d, u in rel)
    html = f'''<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi-vn" dir="ltr" class="com_content view-article itemid-134 j31 mm-hover"><head><meta charset="utf-8"><title>{e(a["title"])}</title><meta name="generator" content="Joomla! - Open Source Content Management">
<link href="/templates/ja_teline_v/css/themes/blue/template.css" rel="stylesheet">{css_blob("ja", 50)}</head>
<body><div class="t3-wrapper"><div class="topbar"><div class="container"><div class="topbar-left"><p class="today">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</p></div></div></div>
<header id="t3-header" class="t3-header"><div class="container"><div class="logo"><a href="/">{a["site"]}</a></div></div></header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu animate slide" data-duration="400"><ul class="nav navbar-nav level0">{menu_items(cls=' class="dropdown mega"')}</ul></div></div></div></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-md-8">
<div class="item-page clearfix">
<article class="article" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<header class="article-header clearfix"><h1 class="article-title" itemprop="headline">{e(a["title"])}</h1></header>
<aside class="article-aside clearfix"><dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby hasTooltip" itemprop="author" title="Viết bởi "><i class="fa fa-user"></i><span itemprop="name">{e(a["author_disp"])}</span></dd>
<dd class="category-name hasTooltip" title="Danh mục: "><i class="fa fa-folder-open"></i><a href="/thoi-su" itemprop="genre">Thời sự</a></dd>
<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i><time datetime="{iso(dt)}" itemprop="datePublished">{shown}</time></dd>
<dd class="hits"><i class="fa fa-eye"></i><meta itemprop="interactionCount" content="UserPageVisits:604">Lượt xem: 604</dd></dl></aside>
<section class="article-intro clearfix" itemprop="articleBody"><p>{e(a["lead"])}</p></section>
<section class="article-content clearfix" itemprop="articleBody">
{body(a["blocks"], h="h3")}
</section>
<footer class="article-footer clearfix"><ul class="pager pagenav"><li class="previous"><a href="{rel[0][2]}" rel="prev">Bài trước</a></li><li class="next"><a href="{rel[1][2]}" rel="next">Bài sau</a></li></ul></footer>
</article>
<div class="ja-related"><h3>Các tin khác</h3><ul>{lst}</ul></div>
</div></div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-md-4"><div class="t3-module module"><h3 class="module-title"><span>Tin đọc nhiều</span></h3><div class="module-inner"><div class="module-ct"><ul class="mostread">{lst}</ul></div></div></div></div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><section class="t3-copyright"><div class="container"><small>Bản quyền © 2026 {a["site"]}. Joomla! là phần mềm tự do.</small></div></section></footer></div>
{script_blob("t3", a["seed"])}</body></html>'''
    return html, [shown, iso(dt)]


def drupal8_bartik(a):
    dt = a["dt"]
    shown = f'{["T2", "T3", "T4", "T5", "T6", "T7", "CN"][dt.weekday()]}, {dt.strftime("%d/%m/%Y - %H:%M")}'
    rel = related(a["seed"], 6, dt)
    lst = "".join(f'<li><a href="{u}" hreflang="vi">{h}</a></li>' for h, d, u in rel)
    html = f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 8 (https://www.drupal.org)"><title>{e(a["title"])} | {a["site"]}</title>
<link rel="stylesheet" media="all" href="/core/themes/bartik/css/base/elements.css?r7tq1s">{css_blob("bartik", 50)}</head>
<body class="layout-one-sidebar layout-sidebar-second path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="section layout-container clearfix"><div class="region region-secondary-menu"><nav role="navigation" class="block block-menu navigation menu--account"><ul class="clearfix menu"><li class="menu-item"><a href="/user/login">Đăng nhập</a></li></ul></nav></div>
<div class="clearfix region region-header"><div id="block-bartik-branding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__name">{a["site"]}</a><div class="site-branding__slogan">{WD[TODAY.weekday()]}, {TODAY.strftime("%d/%m/%Y")}</div></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-bartik-main-menu" class="block block-menu navigation menu--main"><ul class="clearfix menu">{menu_items(cls=' class="menu-item"')}</ul></nav></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
<div class="region region-breadcrumb"><div id="block-bartik-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div></div>
<main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><div id="block-bartik-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a["title"])}</span></h1></div>
<div id="block-bartik-content" class="block block-system block-system-main-block"><div class="content">
<article data-history-node-id="{a["seed"]}7" role="article" about="/node/{a["seed"]}7" class="node node--type-article node--promoted node--view-mode-full">
<header><div class="node__meta"><article class="profile"></article><span>Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name">bientapvien</span></span> vào <span class="field field--name-created field--type-created field--label-hidden">{shown}</span></span></div></header>
<div class="node__content clearfix">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/{a["seed"]}.jpg" alt=""></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><em>{e(a["lead"])}</em></p>
{body(a["blocks"], h="h3")}
<p class="text-align-right"><em>{e(a["author_disp"])}</em></p>
</div>
<section class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h2 class="field__label">Thẻ</h2><ul class="links field__items"><li><a href="/taxonomy/term/3" hreflang="vi">chuyển đổi số</a></li></ul></section>
<section rel="schema:comment" class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Thêm bình luận mới</h2><form class="comment-comment-form comment-form"><textarea></textarea></form></section>
</div></article></div></div></div></section></main>
<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary"><div class="views-element-container block block-views block-views-blockcontent-recent-block-1"><h2>Nội dung mới</h2><div class="content"><div class="item-list"><ul>{lst}</ul></div></div></div></aside></div>
</div></div>
<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div class="region region-footer-fifth"><div class="block block-system block-system-powered-by-block"><span>Được hỗ trợ bởi <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></footer>
</div></div></div>{script_blob("drupal8", a["seed"])}</body></html>'''
    return html, [shown]


def drupal7_panels(a):
    dt = a["dt"]
    shown = f'Ngày đăng: {dt.strftime("%d/%m/%Y")}'
    rel = related(a["seed"], 8, dt)
    lst = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{u}">{h}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d.strftime("%d/%m/%Y - %H:%M")}</span></div></div>' for h, d, u in rel)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"><head profile="http://www.w3.org/1999/xhtml/vocab"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{e(a["title"])} | {a["site"]}</title>{css_blob("d7", 50)}
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"portal_theme","theme_token":"x{a["seed"]}"}}}});</script></head>
<body class="html not-front not-logged-in no-sidebars page-node page-node- page-node-{a["seed"]}3 node-type-tin-tuc i18n-vi">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Nhảy tới nội dung chính</a></div>
<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><div class="header-date">{WD[TODAY.weekday()]}, ngày {TODAY.day:02d}/{TODAY.month:02d}/{TODAY.year}</div><a href="/" id="logo">{a["site"]}</a>
<div id="main-menu" class="navigation"><ul class="links inline clearfix">{menu_items()}</ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a id="main-content"></a>
<div class="panel-flexible panels-flexible-3 clearfix"><div class="panel-flexible-inside panels-flexible-3-inside">
<div class="panels-flexible-region panels-flexible-region-3-center panels-flexible-region-first"><div class="inside panels-flexible-region-inside">
<div class="panel-pane pane-node-title"><div class="pane-content"><h1>{e(a["title"])}</h1></div></div>
<div class="panel-separator"></div>
<div class="panel-pane pane-node-created"><div class="pane-content">{shown}</div></div>
<div class="panel-separator"></div>
<div class="panel-pane pane-entity-field pane-node-field-tom-tat"><div class="pane-content"><div class="field field-name-field-tom-tat field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>{e(a["lead"])}</strong></div></div></div></div></div>
<div class="panel-separator"></div>
<div class="panel-pane pane-node-body"><div class="pane-content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body(a["blocks"], h="h3", fig='<p style="text-align:center"><img src="/sites/default/files/hinh.jpg" /></p><p style="text-align:center"><em>Hội nghị trực tuyến kết nối các xã.</em></p>', after=1)}
</div></div></div></div></div>
<div class="panel-separator"></div>
<div class="panel-pane pane-entity-field pane-node-field-tac-gia"><div class="pane-content"><div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">{e(a["author_disp"])}</div></div></div></div></div>
</div></div>
<div class="panels-flexible-region panels-flexible-region-3-right panels-flexible-region-last"><div class="inside panels-flexible-region-inside">
<div class="panel-pane pane-views pane-tin-lien-quan"><h2 class="pane-title">Tin liên quan</h2><div class="pane-content"><div class="view view-tin-lien-quan view-id-tin_lien_quan"><div class="view-content">{lst}</div></div></div></div>
</div></div></div></div>
</div></div></div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-2" class="block block-block"><div class="content"><p>Cổng thông tin điện tử - {a["site"]}</p><p>Địa chỉ: 02 Trần Phú</p></div></div></div></div></div>
</div></div>{script_blob("d7", a["seed"])}</body></html>'''
    return html, [shown]
