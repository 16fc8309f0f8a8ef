"""Renderers for Vietnamese outlet families, e-government portals, ASP classic, e-magazine and print view."""
import json

from render import (
    TODAY,
    WD,
    WDS,
    E,
    big_png_b64,
    blocks_html,
    comments,
    cookie,
    dmy,
    foot,
    head,
    hm,
    iso,
    share,
    side,
    tags,
)


def _ldnews(a, dt, author_obj=None):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": iso(dt),
          "publisher": {"@type": "Organization", "name": a["site"]}}
    if author_obj:
        ld["author"] = author_obj
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'


def tienphong_like(a):
    dt = a["dt"]
    d = f"{WD[dt.weekday()]}, {dmy(dt)} {hm(dt)}"
    body = f"""<body><div class="site-header"><div class="container"><span class="header__date">{TODAY}</span><a class="logo" href="/">{E(a['site'])}</a></div></div>
<div class="main-content"><div class="container"><div class="grid-container"><div class="col-left">
<div class="breadcrumb"><a href="/xa-hoi/">Xã hội</a> <a href="/gioi-tre/">Giới trẻ</a></div>
<article class="article"><h1 class="article__title cms-title">{E(a['title'])}</h1>
<div class="article__meta"><div class="author"><span class="name cms-author">{E(a['byline'])}</span></div><time class="time" datetime="{iso(dt)}">{d}</time></div>
<div class="article__sapo cms-desc">{E(a['lead'])}</div>
<div class="article__body cms-body">{blocks_html(a['blocks'])}</div>
<div class="article__tag">{tags(['thanh niên tình nguyện', 'dịch vụ công', 'Sơn La'])}</div></article>
<div class="article__social">{share()}</div>
<section class="zone zone--related"><h3 class="zone__title">Tin liên quan</h3>{side('Tin liên quan', 'box-related')}</section>
<div class="comment-box">{comments(2)}</div></div>
<div class="col-right"><div class="box-most-view"><h3>Đọc nhiều</h3>{side('Đọc nhiều', 'story-list', off=2)}</div></div></div></div></div>
{foot(a['site'], '15 Hồ Xuân Hương, Hà Nội')}</body></html>"""
    return head(a, extra=_ldnews(a, dt, {"@type": "Person", "name": a["author"]})) + body, [(d, "vis")]


def tienphong_list(a):
    items = "".join(f"""<article class="story"><h2 class="story__heading"><a class="cms-link" href="/bai-{i}.html">{E(t)}</a></h2>
<div class="story__summary">Tóm tắt: {E(t.lower())} trong tuần qua.</div><time class="story__time">{d}</time></article>""" for i, (t, d) in enumerate(a["items"]))
    body = f"""<body><div class="site-header"><span class="header__date">{TODAY}</span><a href="/">{E(a['site'])}</a></div>
<div class="main-content"><div class="container"><h1 class="category-title">Chuyển đổi số</h1><div class="box-category timeline">{items}</div>
<div class="pagination"><a href="?p=2">Xem thêm</a></div></div></div>{foot(a['site'], '15 Hồ Xuân Hương, Hà Nội')}</body></html>"""
    return head(a) + body, []


def vtv_like(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {hm(dt)} GMT+7"
    b = a["blocks"]
    body = f"""<body><div id="header"><div class="wrapper"><span class="today">{TODAY}</span><a href="/" class="logo">{E(a['site'])}</a>
<div class="marquee-box"><marquee scrollamount="3">Tin nóng: Dự báo không khí lạnh tăng cường từ ngày 06/12/2026 | Giá xăng giảm nhẹ từ 15h chiều nay</marquee></div></div></div>
<div id="admWrapsite"><div class="wrapper"><div class="content_detail"><div class="noidung">
<h1 class="title_detail">{E(a['title'])}</h1>
<div class="infotime"><p class="author">{E(a['byline'])}</p><p class="time">{d}</p></div>
<h2 class="sapo">{E(a['lead'])}</h2>
<div class="ta-justify" id="entry-body">{blocks_html(b[:3])}</div></div>
<div class="adv-inread"><script>/* quảng cáo */</script><div class="ad-label">Quảng cáo</div></div>
<div class="noidung"><div class="ta-justify">{blocks_html(b[3:])}</div></div>
<div class="tag_detail">{tags(['thanh toán không tiền mặt', 'Bình Dương'])}</div>
<div class="tinlienquan"><h3>Tin liên quan</h3>{side('Tin liên quan', 'list_tinlienquan')}</div></div>
<div class="sidebar-right">{side('Tin mới nhất', 'box-tinmoi')}</div></div></div>
<div id="footer">{foot(a['site'], '43 Nguyễn Chí Thanh, Hà Nội')}</div></body></html>"""
    return head(a, extra=_ldnews(a, dt)) + body, [(d, "vis")]


def vtc_like(a):
    dt = a["dt"]
    d = f"{WDS[dt.weekday()]}, {dmy(dt)} - {hm(dt)}"
    body = f"""<body><header class="header"><div class="container"><div class="header-top"><span class="date-now">{TODAY}</span><a class="logo" href="/">{E(a['site'])}</a></div></div></header>
<main><div class="container"><div class="row"><div class="col-8"><section class="detail-content">
<div class="breadcrumbs"><a href="/thoi-su">Thời sự</a> › <a href="/giao-thong">Giao thông</a></div>
<div class="time-cat"><span class="time-update">{d}</span></div>
<h1 class="font28 bold">{E(a['title'])}</h1><h2 class="font18 bold inline-nb">{E(a['lead'])}</h2>
<div class="edittor-content box-cont clearfix">{blocks_html(a['blocks'])}</div>
<p class="author-make"><span class="author-name">{E(a['byline'])}</span></p>
<div class="tag-list">{tags(['tai nạn', 'Kon Tum'])}</div></section>
<section class="related-news">{side('Tin liên quan', 'list-related')}</section></div>
<div class="col-4 right-sidebar">{side('Đọc nhiều', 'most-read')}</div></div></div></main>
<footer>{foot(a['site'], '23 Lạc Trung, Hà Nội')}</footer></body></html>"""
    return head(a) + body, [(d, "vis")]


def cand_like(a):
    dt = a["dt"]
    d = f"{hm(dt)} tối {dmy(dt)}"
    body = f"""<body><div class="wrap-header"><div class="container"><span class="today">{TODAY}</span><a class="logo" href="/">{E(a['site'])}</a></div></div>
<div class="container"><div class="box-content-detail"><div class="box-title-detail"><div class="cate"><a href="/phap-luat/">Pháp luật</a></div>
<h1 class="title-detail">{E(a['title'])}</h1><div class="box-date">{d}</div></div>
<div class="sapo-detail">{E(a['lead'])}</div>
<div class="detail-content-body">{blocks_html(a['blocks'])}</div>
<div class="box-author"><strong>{E(a['byline'])}</strong></div>
<div class="box-news-related">{side('Tin cùng chuyên mục', 'box-news-list')}</div></div>
<div class="box-sidebar">{side('Tin mới', 'tin-moi')}</div></div>
<footer class="footer">{foot(a['site'], '47 Phạm Văn Đồng, Hà Nội')}</footer></body></html>"""
    return head(a) + body, [(d, "vis")]


def plo_like(a):
    dt = a["dt"]
    d = f"{WDS[dt.weekday()]}, {dmy(dt)} - {hm(dt)}"
    body = f"""<body class="article-page"><div class="header"><div class="l-wrapper"><span class="header__date">{TODAY}</span><a class="header__logo" href="/">{E(a['site'])}</a></div></div>
<div class="l-main"><div class="l-wrapper"><div class="l-content"><div class="article">
<div class="article__header"><div class="article__meta"><span class="time">{d}</span></div>
<h1 class="article__title">{E(a['title'])}</h1><div class="article__sapo">(PLO)- {E(a['lead'])}</div></div>
<div class="article__body">{blocks_html(a['blocks'])}</div>
<div class="article__author"><span class="author">{E(a['byline'])}</span></div>
<div class="article__tags">{tags(['hộ kinh doanh', 'dịch vụ công'])}</div></div>
<div class="box-related"><h3>Đọc thêm</h3>{side('Đọc thêm', 'story-related')}</div>
<div class="box-comment">{comments(2)}</div></div>
<div class="l-sidebar">{side('Xem nhiều', 'box-most')}</div></div></div>
<footer>{foot(a['site'], '32 Đường Nguyễn Văn Trỗi, TP.HCM')}</footer></body></html>"""
    return head(a, extra=_ldnews(a, dt, {"@type": "Person", "name": a["author"]})) + body, [(d, "vis")]


def nld_like(a):
    dt = a["dt"]
    d = f"{dmy(dt, '-')} - {hm(dt)}"
    body = f"""<body>{cookie()}<div class="header"><span class="today">{TODAY}</span><a href="/" class="logo">{E(a['site'])}</a></div>
<div class="detail-container"><div class="detail-cmain"><div class="detail-top"><div class="dateandcat"><span class="pdate" data-role="publishdate">{d}</span></div></div>
<h1 class="title-content" data-role="title">{E(a['title'])}</h1>
<div class="author-info"><span class="name">{E(a['byline'])}</span></div>
<h2 class="sapo-detail" data-role="sapo">(NLĐO) - {E(a['lead'])}</h2>
<div class="content-news-detail detail-content afcbc-body" data-role="content">{blocks_html(a['blocks'])}</div>
<div class="tags-wrapper">{tags(['ví điện tử', 'công nhân'])}</div></div>
<div class="detail-related">{side('Tin cùng chuyên mục', 'list-news-related')}</div></div>
<div class="footer">{foot(a['site'], '123 Võ Văn Tần, TP.HCM')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def amp_nld(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {hm(dt)}"
    extra = f"""<link rel="canonical" href="{a['url'].replace('/amp', '')}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:Arial}}.amp-title{{font-size:22px}}</style>
{_ldnews(a, dt, {"@type": "Person", "name": a["author"]})}"""
    html = head(a, extra=extra).replace('<html lang="vi">', '<html ⚡ lang="vi">')
    body = f"""<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Trang chủ</a></li><li><a href="/giao-duc">Giáo dục</a></li></ul></amp-sidebar>
<header class="amp-header"><span>{TODAY}</span><a href="/">{E(a['site'])}</a></header>
<article class="amp-article"><h1 class="amp-title">{E(a['title'])}</h1><div class="amp-meta"><span class="amp-time">{d}</span> <span class="amp-author">{E(a['byline'])}</span></div>
<p class="amp-sapo"><strong>(CMO) - {E(a['lead'])}</strong></p>
<div class="amp-content">{blocks_html([b for b in a['blocks']])}</div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share></article>
<div class="amp-related"><h3>Tin liên quan</h3>{side('Tin liên quan', 'amp-list')}</div>
<footer>{foot(a['site'], 'Cà Mau')}</footer></body></html>"""
    return html + body, [(d, "vis")]


def baotintuc_like(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {hm(dt)} (GMT+07:00)"
    body = f"""<body><div class="header"><span class="date">{TODAY}</span><a href="/" class="logo">{E(a['site'])}</a></div>
<div class="container"><div class="detail-left"><div class="breadcrumb"><a href="/xa-hoi">Xã hội</a></div>
<h1 class="detail-title">{E(a['title'])}</h1><div class="date-time"><span class="date">{d}</span></div>
<h2 class="sapo">TTXVN - {E(a['lead'])}</h2>
<div class="boxdetail"><div class="contents">{blocks_html(a['blocks'])}<p class="author" style="text-align:right"><strong>{E(a['byline'])}</strong></p></div></div>
<div class="related-news">{side('Tin liên quan', 'list-related')}</div></div>
<div class="detail-right">{side('Tin mới nhất', 'box-latest')}</div></div>
<div class="footer">{foot(a['site'], '5 Lý Thường Kiệt, Hà Nội')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def kinhtedothi_like(a):
    dt = a["dt"]
    d = f"{hm(dt)} | {dmy(dt)}"
    body = f"""<body><div class="top-header"><span class="today">{TODAY}</span><div class="ticker"><marquee>Hà Nội: 45 tuyến phố có bãi đỗ thông minh | Thời tiết 05/12/2026 rét đậm</marquee></div></div>
<header><a href="/" class="logo">{E(a['site'])}</a></header>
<div class="wrap-detail"><div class="main-col has-sidebar comment-enabled related-box-wrap"><div class="detail-head"><h1 class="title">{E(a['title'])}</h1>
<div class="meta-post"><span class="date-post">{d}</span></div></div>
<div class="sapo">{E(a['lead'])}</div>
<div class="detail-body content-detail">{blocks_html(a['blocks'])}</div>
<div class="author-bottom" style="text-align:right"><b>{E(a['byline'])}</b></div>
<div class="sidebar-related">{side('Tin cùng chuyên mục', 'related-sidebar')}</div></div>
<div class="side-col">{side('Đọc nhiều', 'most-read')}</div></div>
<footer>{foot(a['site'], '185 Giảng Võ, Hà Nội')}</footer></body></html>"""
    h = head(a, charset="iso-8859-1")
    return h + body, [(d, "vis")]


def baodautu_like(a):
    dt = a["dt"]
    d = f"Đăng lúc {hm(dt)}, ngày {dmy(dt)}"
    body = f"""<body><div class="header-top"><span>{TODAY}</span></div><header><a href="/" class="logo">{E(a['site'])}</a></header>
<div class="container"><div class="col-main"><div class="title-detail">{E(a['title'])}</div>
<div class="author-detail"><span class="author">{E(a['byline'])}</span> <span class="post-time">{d}</span></div>
<div class="sapo_detail">{E(a['lead'])}</div>
<div id="content_detail_news" class="content_detail">{blocks_html(a['blocks'])}</div>
<div class="tag_detail">{tags(['doanh nghiệp nhỏ', 'phần mềm'])}</div>
<div class="news_related">{side('Tin liên quan', 'list_news_related')}</div></div>
<div class="col-right">{side('Tin đọc nhiều', 'box_most_read')}</div></div>
<footer>{foot(a['site'], '47 Quán Sứ, Hà Nội')}</footer></body></html>"""
    ld = {"@type": "Person", "name": a["author"], "affiliation": {"@type": "Organization", "name": "VOV"}}
    return head(a, extra=_ldnews(a, dt, [{"@type": "Organization", "name": a["site"], "member": ld}])) + body, [(d, "vis")]


def egov_tinhvan(a):
    dt = a["dt"]
    d = f"{dmy(dt)} {hm(dt)}"
    body = f"""<body><form method="post" action="./ChiTietTin.aspx?ItemID=3912" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM2NDg4MzE0OA9kFgJmD2QWAgIDD2QWBAIBD2Q="></div>
<div id="wrapper"><div id="header"><div class="banner"><a href="/">{E(a['site'])}</a></div><div class="ngaythang">{TODAY}</div></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tintuc">Tin tức - Sự kiện</a></li></ul></div>
<div id="main"><div class="col-left"><div id="ctl00_ContentPlaceHolder1_pnDetail" class="tv-news-detail">
<div class="tv-title"><span id="ctl00_ContentPlaceHolder1_lblTitle">{E(a['title'])}</span></div>
<div class="tv-date"><span id="ctl00_ContentPlaceHolder1_lblDate">{d}</span></div>
<div class="tv-summary"><span id="ctl00_ContentPlaceHolder1_lblSummary">{E(a['lead'])}</span></div>
<div class="tv-content"><span id="ctl00_ContentPlaceHolder1_lblContent">{blocks_html(a['blocks'])}</span></div>
<div class="tv-author"><span id="ctl00_ContentPlaceHolder1_lblAuthor">{E(a['byline'])}</span></div>
<div class="tv-print"><a href="javascript:window.print()">In trang</a> | <a href="/tintuc">Quay lại</a></div></div>
<div class="tv-othernews">{side('Các tin khác', 'othernews-list')}</div></div>
<div class="col-right"><div class="tabs"><ul class="tab-nav"><li class="active">Tin mới</li><li>Văn bản mới</li></ul>
<div class="tab-pane active">{side('Tin mới', 'tab-list')}</div><div class="tab-pane" style="display:none"><ul><li>Quyết định số 1458/QĐ-UBND ngày 20/11/2025</li><li>Kế hoạch số 212/KH-UBND ngày 18/11/2025</li></ul></div></div></div></div>
<div id="footer">{foot(a['site'], 'Đường Lê Hồng Phong, TP Ninh Bình')}</div></div></form></body></html>"""
    return head(a) + body, [(d, "vis")]


def egov_huecit_list(a):
    rows = "".join(f"""<div class="news-item clearfix"><a class="news-img" href="/tin-{i}.html"><img src="/img/{i}.jpg" alt=""></a><div class="news-info">
<a class="news-title" href="/tin-{i}.html">{E(t)}</a><span class="news-date">({d})</span><p class="news-summary">{E(t)}.</p></div></div>""" for i, (t, d) in enumerate(a["items"]))
    body = f"""<body><form method="post" id="form1"><div id="wrapper"><div class="header"><span class="today">{TODAY}</span><a href="/">{E(a['site'])}</a></div>
<div class="main"><div class="portlet-title"><h1>Tin hoạt động</h1></div><div class="list-news">{rows}</div>
<div class="paging"><a href="?p=1" class="active">1</a><a href="?p=2">2</a><a href="?p=3">3</a></div></div>
<div class="footer">{foot(a['site'], 'Thừa Thiên Huế')}</div></div></form></body></html>"""
    return head(a) + body, []


def mic_portal(a):
    dt = a["dt"]
    d = f"Ngày ban hành: {dmy(dt)}"
    body = f"""<body><div class="header-portal"><div class="container"><span class="today">{TODAY}</span><a href="/" class="logo">{E(a['site'])}</a></div></div>
<div class="container main-portal"><div class="breadcrumb-portal"><a href="/">Trang chủ</a> / <a href="/tin-chuyen-nganh">Tin chuyên ngành</a></div>
<div class="row"><div class="col-md-9"><div class="news-detail"><h1 class="news-detail-title">{E(a['title'])}</h1>
<div class="news-detail-meta"><span class="news-date">{d}</span></div>
<div class="news-detail-summary"><strong>{E(a['lead'])}</strong></div>
<div class="news-detail-content">{blocks_html(a['blocks'])}</div>
<div class="news-detail-source"><strong>{E(a['byline'])}</strong></div></div>
<div class="news-other">{side('Tin cùng chuyên mục', 'other-list')}</div></div>
<div class="col-md-3 sidebar-portal">{side('Văn bản mới', 'box-vanban')}</div></div></div>
<footer class="footer-portal">{foot(a['site'], '18 Nguyễn Du, Hà Nội')}</footer></body></html>"""
    return head(a) + body, [(d, "vis")]


def asp_classic_huyen(a):
    dt = a["dt"]
    d = f"Cập nhật: {dmy(dt)} {hm(dt)}"
    body = f"""<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0"><table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" class="banner"><a href="default.asp">{E(a['site'])}</a><br><font size="1">{TODAY}</font></td></tr>
<tr><td width="180" valign="top" class="menuleft"><table width="100%">{''.join(f'<tr><td class="menu"><a href="cat.asp?id={i}">{E(t)}</a></td></tr>' for i, t in enumerate(['Tin tức', 'Nông nghiệp', 'Văn hóa']))}</table></td>
<td width="600" valign="top"><table width="100%" cellpadding="4"><tr><td class="tieude"><font face="Arial" size="4"><b>{E(a['title'])}</b></font></td></tr>
<tr><td class="ngay"><font size="1" color="#666666">{d}</font></td></tr>
<tr><td class="trichdan"><i>{E(a['lead'])}</i></td></tr>
<tr><td class="noidung">{blocks_html(a['blocks'])}<p align="right"><b>{E(a['byline'])}</b></p></td></tr></table></td>
<td width="200" valign="top">{side('Tin khác', 'tinkhac')}</td></tr>
<tr><td colspan="3" class="footer">{foot(a['site'], 'Thị trấn Cái Bè, Tiền Giang')}</td></tr></table></body></html>"""
    h = head(a, charset="windows-1258").replace('<meta charset="windows-1258">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    return h + body, [(d, "vis")]


def emag_longform(a):
    dt = a["dt"]
    d = f"Ngày xuất bản: {dmy(dt)} {hm(dt)}"
    b = a["blocks"]
    png = big_png_b64()
    body = f"""<body class="emagazine"><div class="emag-header"><a href="/">{E(a['site'])}</a><span>{TODAY}</span></div>
<div class="emag-cover" style="background:#123"><img class="cover-img" alt="" src="data:image/png;base64,{png}">
<h1 class="emag-title">{E(a['title'])}</h1><div class="emag-sapo">{E(a['lead'])}</div></div>
<div class="emag-credit"><p>{E(a['byline'])}</p><p>Thiết kế: Ban Điện tử</p><p class="emag-time">{d}</p></div>
<section class="emag-section section-1"><div class="emag-text">{blocks_html(b[:2])}</div></section>
<section class="emag-section section-2 parallax"><div class="emag-quote-wrap"><div class="emag-text">{blocks_html(b[2:4])}</div></div></section>
<section class="emag-section section-3"><div class="emag-text">{blocks_html(b[4:])}</div></section>
<div class="emag-footer">{foot(a['site'], 'TP Lai Châu')}</div></body></html>"""
    return head(a) + body, [(d, "vis")]


def print_view_mvc(a):
    dt = a["dt"]
    d = f"Ngày đăng: {dmy(dt)} {dt.strftime('%H:%M:%S')}"
    body = f"""<body onload="window.print();" class="print-page"><div class="print-wrapper"><div class="print-header"><img src="/Content/images/logo-print.png" alt="{E(a['site'])}"><span>{E(a['site'])}</span><span class="print-today">{TODAY}</span></div>
<div class="print-content"><h1 class="print-title">{E(a['title'])}</h1><div class="print-date">{d}</div>
<div class="print-sapo"><b>{E(a['lead'])}</b></div><div class="print-body">{blocks_html(a['blocks'])}</div>
<div class="print-author" style="text-align:right"><b>{E(a['byline'])}</b></div>
<div class="print-url">Địa chỉ bài viết: {E(a['url'])}</div></div>
<div class="print-footer">{foot(a['site'], '3 Đồng Khởi, TP Bến Tre')}</div></div></body></html>"""
    return head(a, extra='<link rel="stylesheet" href="/Content/print.css" media="print">\n') + body, [(d, "vis")]
