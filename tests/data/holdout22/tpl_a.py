"""Article templates 1-10."""
import json

from blocks import render
from chrome import E, ad_scripts, banner, blob, comments, footer, head, links_box, menu, pad_to, share_bar, side_box
from content import side_items


def crumbs(items):
    return '<div class="breadcrumb">' + " » ".join(f'<a href="#">{E(x)}</a>' for x in items) + "</div>"


def sidebar(rng, a, names=("Tin mới", "Xem nhiều"), year=2024):
    return "".join(side_box(nm, side_items(rng, 8, year)) for nm in names) + links_box()


def shell(rng, a, headx, main, side, addr="Số 12 đường Trần Hưng Đạo, phường Trung Tâm", bodyattr=""):
    extra = side_box("Thông báo", side_items(rng, 6, 2024), "box-notice") + \
        side_box("Sự kiện nổi bật", side_items(rng, 6, 2023), "box-event")
    page = (head(a["title"], a["site"], headx, rng) + f"<body{bodyattr}>\n" + banner(a["site"], a.get("slogan", ""), a["host"])
            + menu() + main + side + '<div class="bottom-boxes">' + extra + "</div>"
            + footer(a["site"], addr, "0203.3822.456") + ad_scripts(rng) + "\n</body>\n</html>\n")
    return pad_to(page, rng, rng.randint(30000, 70000))


def ld(a, date_iso, author=None, org=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": date_iso}
    if author:
        d["author"] = author
    if org:
        d["publisher"] = {"@type": "Organization", "name": org}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'


def viewstate(rng, n=9000):
    return (f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{blob(rng, n)}">'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA' + blob(rng, 300) + '">')


def t_vnpt_portal(rng, a):
    """VNPT-style iGate portal, ASP.NET aspnetForm, seconds in date, stale JSON-LD."""
    hx = ld(a, "2024-04-16T08:00:00+07:00", {"@type": "Person", "name": a["author"]}) + \
        '<meta property="og:type" content="article">'
    main = (f'<form method="post" action="./chi-tiet-tin.aspx" id="aspnetForm">{viewstate(rng)}'
            f'<div id="ctl00_ContentPlaceHolder1_pnlDetail" class="news-detail">'
            + crumbs(["Trang chủ", "Tin tức - Sự kiện", "Chuyển đổi số"]) +
            f'<h1 class="title-detail">{E(a["title"])}</h1>'
            f'<div class="date-detail"><span id="ctl00_ContentPlaceHolder1_lblNgayDang">{a["date"]}</span></div>'
            f'<div class="sapo-detail"><strong>{E(a["lead"])}</strong></div>'
            f'<div class="content-detail" id="ctl00_ContentPlaceHolder1_divNoiDung">{render(a["blocks"], "p", a["n"])}</div>'
            f'<div class="author-detail" style="text-align:right"><b>Tác giả: {E(a["author"])}</b></div>'
            + share_bar() + side_box("Tin liên quan", side_items(rng, 6), "other-news") + '</div></form>')
    return shell(rng, a, hx, main, '<div class="right-col">' + sidebar(rng, a) + "</div>")


def t_sharepoint(rng, a):
    """SharePoint 2013 publishing page; office credit; weekday date."""
    main = ('<form method="post" action="/tintuc/Pages/chi-tiet.aspx" id="aspnetForm">' + viewstate(rng, 7000) +
            '<div id="s4-workspace"><div id="s4-bodyContainer"><div id="ctl00_PlaceHolderMain_ctl00">'
            + crumbs(["Trang chủ", "Tin tức", "Tin hoạt động"]) +
            f'<div class="ms-webpart-zone"><div class="news-title"><h2>{E(a["title"])}</h2></div>'
            f'<div class="news-date">{a["date"]}</div>'
            f'<div class="ms-rtestate-field news-summary"><p><strong>{E(a["lead"])}</strong></p></div>'
            f'<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">'
            f'{render(a["blocks"], "div", a["n"], "table")}</div>'
            f'<div class="news-author" style="text-align:right"><strong>{E(a["credit"])}</strong></div>'
            + share_bar() + '</div></div></div></div></form>')
    return shell(rng, a, '<meta name="GENERATOR" content="Microsoft SharePoint">', main,
                 '<div class="ms-webpart-zone right">' + sidebar(rng, a, ("Tin mới", "Tin xem nhiều")) + "</div>")


def t_dnn(rng, a):
    """DotNetNuke pane; 'Cập nhật' is the only date; bold name last line of body."""
    body = render(a["blocks"], "p", a["n"], "em") + f'<p style="text-align:right"><strong>{E(a["author"])}</strong></p>'
    main = ('<form method="post" action="/tin-tuc" id="Form">' + viewstate(rng, 5000) +
            '<div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-NewsArticles DnnModule-812">'
            '<a name="812"></a><div id="dnn_ctr812_ContentPane" class="Normal">'
            f'<div id="dnn_ctr812_ViewArticle_pnlArticle" class="article">'
            f'<h1 class="articleTitle">{E(a["title"])}</h1>'
            f'<div class="articleDate">{a["date"]}</div>'
            f'<div class="articleSummary"><p><b>{E(a["lead"])}</b></p></div>'
            f'<div class="articleBody">{body}</div>' + share_bar() + '</div></div></div></div>'
            '<div id="dnn_RightPane" class="rightPane">'
            '<div id="dnn_ctr815_ContentPane">' + sidebar(rng, a, ("Tin mới", "Xem nhiều"), 2025) + '</div></div></form>')
    return shell(rng, a, '<meta name="GENERATOR" content="DotNetNuke">', main, "")


def t_liferay6(rng, a):
    """Liferay 6.2 journal content, date-only Vietnamese words, 'Theo X (Báo Y)'."""
    main = ('<div id="column-1" class="portlet-column"><div class="portlet-boundary portlet-boundary_56_ portlet-journal-content"'
            ' id="p_p_id_56_INSTANCE_aB3dEf9_"><div class="portlet-body"><div class="journal-content-article">'
            + crumbs(["Trang chủ", "Tin tức sự kiện"]) +
            f'<div class="title"><h3 class="header-title">{E(a["title"])}</h3></div>'
            f'<div class="time-post"><i>{a["date"]}</i></div>'
            f'<p class="summary"><b>{E(a["lead"])}</b></p>{render(a["blocks"], "p", a["n"], "table")}'
            f'<p style="text-align: right;"><em>{E(a["credit"])}</em></p></div></div></div>'
            '<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher"><div class="portlet-body">'
            + side_box("Tin khác", side_items(rng, 8, 2023), "asset-publisher") + '</div></div></div>')
    return shell(rng, a, '<meta content="Liferay" name="generator">', main,
                 '<div id="column-2" class="portlet-column">' + sidebar(rng, a, ("Tin mới nhất",), 2023) + "</div>")


def t_liferay7(rng, a):
    """Liferay 7 asset publisher full content; time before date; two reporters joined with ' - '."""
    hx = f'<meta property="article:published_time" content="{a["iso"].replace("+07:00", ":00+07:00")}">'
    main = ('<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_x7">'
            '<div class="portlet-content"><div class="asset-full-content clearfix">'
            + crumbs(["Trang chủ", "Tin tức", "Chuyển đổi số"]) +
            f'<h3 class="asset-title">{E(a["title"])}</h3>'
            f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a["date"]}</span></div>'
            f'<div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="41207">'
            f'<p class="sapo"><strong>{E(a["lead"])}</strong></p>{render(a["blocks"], "p", a["n"])}'
            f'<p style="text-align:right"><strong>{E(a["credit"])}</strong></p></div></div>' + share_bar() +
            '</div></div></section>')
    return shell(rng, a, hx, main, '<aside class="col-md-4">' + sidebar(rng, a, ("Tin mới", "Đọc nhiều")) + "</aside>")


def t_nukeviet(rng, a):
    """NukeViet 4 news_detail/bodytext, merged commune, brief, CMS account as author."""
    main = ('<div class="news_column panel panel-default"><div class="panel-body">'
            + crumbs(["Trang chủ", "Tin tức", "Tin hoạt động của xã"]) +
            f'<h1 class="title margin-bottom-lg">{E(a["title"])}</h1>'
            f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{a["date"]}</span></div></div>'
            f'<div class="clearfix"><div class="hometext m-bottom"><strong>{E(a["lead"])}</strong></div></div>'
            f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{render(a["blocks"], "p", a["n"])}</div>'
            f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>admin</p></div>'
            '<div class="keywords">Từ khóa: <a href="#">chuyển đổi số</a>, <a href="#">xã mới</a></div>'
            + share_bar() + comments(rng) + '</div></div>'
            '<div class="news_column panel"><div class="panel-heading">Những tin mới hơn</div>'
            + side_box("", side_items(rng, 5, 2025), "related") + '</div>')
    return shell(rng, a, '<meta name="generator" content="NukeViet v4.5">', '<div class="col-md-8" id="news_detail">' + main
                 + '</div>', '<div class="col-md-4">' + sidebar(rng, a, ("Tin mới", "Văn bản mới"), 2025) + "</div>")


def t_joomla(rng, a):
    """Joomla 3 item-page, itemprop articleBody; 'Bài và ảnh'."""
    main = ('<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            + crumbs(["Trang chủ", "Nông nghiệp - Nông thôn"]) +
            f'<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>'
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            f'<dd class="published"><span class="icon-calendar"></span> <time itemprop="datePublished">{a["date"]}</time></dd>'
            '<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 1532</dd></dl>'
            f'<div itemprop="articleBody"><p><strong>{E(a["lead"])}</strong></p>{render(a["blocks"], "p", a["n"], "em")}'
            f'<p style="text-align: right;"><strong>{E(a["credit"])}</strong></p></div>'
            '<ul class="pager pagenav"><li class="previous"><a href="#">« Trước</a></li><li class="next"><a href="#">Sau »</a>'
            '</li></ul></div>')
    return shell(rng, a, '<meta name="generator" content="Joomla! - Open Source Content Management">',
                 '<main id="content" class="span9">' + main + "</main>",
                 '<div class="span3">' + sidebar(rng, a, ("Tin mới", "Bài viết được xem nhiều")) + "</div>")


def t_drupal(rng, a):
    """Drupal 7 node; 'Gửi bởi quantri vào ...'; field-name-body."""
    main = ('<div id="node-4471" class="node node-article node-full clearfix">'
            + crumbs(["Trang chủ", "Cải cách hành chính"]) +
            f'<h1 class="page-title">{E(a["title"])}</h1>'
            f'<div class="submitted">{a["date"]}</div>'
            '<div class="content"><div class="field field-name-field-summary"><div class="field-item even">'
            f'<p><em>{E(a["lead"])}</em></p></div></div>'
            '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
            f'<div class="field-item even" property="content:encoded">{render(a["blocks"], "p", a["n"])}</div></div></div>'
            '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div>'
            '<a href="/tags/mot-cua">một cửa</a> <a href="/tags/dich-vu-cong">dịch vụ công</a></div></div>'
            '<ul class="links inline"><li class="comment-add"><a href="#">Thêm bình luận mới</a></li></ul></div>')
    return shell(rng, a, '<meta name="Generator" content="Drupal 7 (http://drupal.org)">',
                 '<div id="content" class="column">' + main + "</div>",
                 '<div class="region region-sidebar-second">' + sidebar(rng, a, ("Tin mới", "Xem nhiều")) + "</div>")


def t_wordpress(rng, a):
    """WordPress theme, 12-hour CH clock with two-digit year, 'PV'."""
    hx = f'<meta property="article:published_time" content="{a["iso"].replace("+07:00", ":00+07:00")}">'
    main = ('<article id="post-2291" class="post-2291 post type-post status-publish format-standard hentry">'
            '<header class="entry-header">' + crumbs(["Trang chủ", "Giao thông"]) +
            f'<h1 class="entry-title">{E(a["title"])}</h1>'
            f'<div class="entry-meta"><span class="posted-on">{a["date"]}</span> '
            '<span class="cat-links">Chuyên mục: <a href="#">Giao thông</a></span></div></header>'
            f'<div class="entry-content"><p><strong>{E(a["lead"])}</strong></p>{render(a["blocks"], "p", a["n"])}'
            f'<p style="text-align: right;"><strong>{E(a["credit"])}</strong></p></div>'
            '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="#">an toàn giao thông</a></span></footer>'
            '</article>' + comments(rng, 4))
    return shell(rng, a, hx + '<meta name="generator" content="WordPress 6.4.3">',
                 '<div id="primary" class="content-area"><main id="main" class="site-main">' + main + "</main></div>",
                 '<aside id="secondary" class="widget-area">' + sidebar(rng, a, ("Bài viết mới", "Xem nhiều")) + "</aside>")


def t_tables(rng, a):
    """Old nested-table layout with font and br paragraphs; right-aligned italic author."""
    side = "".join(f'<tr><td><font face="Arial" size="2">• <a href="#">{E(t)}</a> <font color="gray">({d})</font>'
                   f'</font></td></tr>' for t, d, h in side_items(rng, 14, 2019))
    main = ('<table width="980" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td valign="top" width="700">'
            '<table width="100%" border="0" cellpadding="5"><tr><td class="tieude">'
            f'<font face="Arial" size="4" color="#0033cc"><b>{E(a["title"])}</b></font></td></tr>'
            f'<tr><td><font face="Arial" size="1" color="#666666">{a["date"]}</font></td></tr>'
            f'<tr><td><font face="Arial" size="2"><b>{E(a["lead"])}</b></font></td></tr>'
            '<tr><td class="noidung"><font face="Arial" size="2">' + render(a["blocks"], "br", a["n"], "table") +
            '</font></td></tr>'
            f'<tr><td align="right"><font face="Arial" size="2"><i>{E(a["author"])}</i></font></td></tr>'
            '<tr><td><a href="javascript:window.print()">[In trang]</a> '
            '<a href="javascript:history.back()">[Trở về]</a></td></tr>'
            '</table></td><td valign="top" width="280"><table width="100%" border="0">'
            '<tr><td bgcolor="#cc0000"><font color="white"><b>CÁC TIN KHÁC</b></font></td></tr>' + side +
            '</table></td></tr></table>')
    return shell(rng, a, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', main, "")
