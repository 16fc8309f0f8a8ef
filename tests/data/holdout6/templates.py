"""One renderer (and one publication-date formatter) per template."""

import base64
import json
import random

from chrome import (
    FOOT_GOV,
    FOOT_NEWS,
    TODAY_STR,
    E,
    blocks_html,
    doc,
    footer_cols,
    menu,
    plain_box,
    rng_for,
    side_box,
    side_dates,
    slug,
    teaser,
    titles,
    wd,
    weblinks,
)

F = {}  # template -> formatter(dt) -> the exact publication string printed on the page
R = {}  # template -> renderer(article) -> html


def reg(name, fmt):
    def deco(fn):
        F[name] = fmt
        R[name] = fn
        return fn
    return deco


def h12(d, am="SA", pm="CH"):
    h = d.hour % 12 or 12
    return h, (am if d.hour < 12 else pm)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def hm(d):
    return d.strftime("%H:%M")


GOV_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chuyển đổi số", "Cải cách hành chính", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
NEWS_MENU = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Văn hóa", "Thể thao", "Khoa học - Công nghệ", "Video", "Media"]


def footer(lines, cls="footer"):
    return f'<footer class="{cls}">' + "".join(f"<p>{E(x)}</p>" for x in lines) + "</footer>\n"


def fmt_side_dmy(d):
    return f"({d.strftime('%d/%m/%Y')})"


def fmt_side_full(d):
    return d.strftime("%d/%m/%Y %H:%M")


# 1/25 ------------------------------------------------------------------ word paste
def f_word(d):
    return f"Ngày đăng: {dmy(d)}" if d.hour == 0 and d.minute == 0 else f"Đăng ngày: {dmy(d)} {hm(d)}"


def mso_p(t, bold=False, align="justify"):
    words = t.split(" ")
    cut = max(1, len(words) // 3)
    a, b = " ".join(words[:cut]), " ".join(words[cut:])
    run = 'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;"'
    inner = f"<span lang=\"VI\" {run}>{E(a)}&nbsp;</span><span lang=\"VI\" {run}>{E(b)}</span>"
    if bold:
        inner = f"<b>{inner}</b>"
    return f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:{align};text-indent:36.0pt;line-height:normal">{inner}<o:p></o:p></p>'


@reg("word-paste-msonormal", f_word)
def t_word(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(
        a["blocks"], p=mso_p,
        h=lambda t: f'<p class="MsoNormal" style="text-align:justify"><b><i><span style="font-size:14.0pt">{E(t)}</span></i></b><o:p></o:p></p>',
        img=lambda cap, src: f'<p class="MsoNormal" align="center" style="text-align:center"><img width="602" height="338" src="{src}"><o:p></o:p></p><p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:12.0pt">{E(cap)}</span></i><o:p></o:p></p>',
    )
    by = f'<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:14.0pt">{E(a["by"])}</span></b><o:p>&nbsp;</o:p></p>'
    core = f"""
<div class="news-detail">
  <h1 class="news-title">{E(a['title'])}</h1>
  <div class="news-info"><span class="date">{E(F['word-paste-msonormal'](d))}</span> <span class="sep">|</span> <span class="poster">Người đăng: quantri</span> <span class="sep">|</span> <span class="views">Lượt xem: {rng.randint(120, 3000)}</span></div>
  <div class="news-summary"><strong>{E(a['lead'])}</strong></div>
  <div class="news-content">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
{body}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{by}
  </div>
  <div class="news-tools"><a href="#">In trang</a> <a href="#">Gửi email</a> <a href="#">Quay lại</a></div>
  {plain_box(rng, 'Các tin khác', 8, 'other-news')}
</div>"""
    side = side_box(rng, "Tin mới nhất", 7, fmt_side_dmy, d, "sidebar-box") + side_box(rng, "Văn bản mới", 5, lambda x: "Ngày ban hành: " + x.strftime("%d/%m/%Y"), d, "vb-box")
    body = f"""<div id="wrapper">
<div class="top-bar"><span class="today">{TODAY_STR}</span> <a href="/dang-nhap">Đăng nhập</a> <a href="/so-do">Sơ đồ cổng</a></div>
<div class="banner"><img src="/Portals/0/banner-so.png" alt="banner"><span class="org">{E(a['site'])}</span></div>
{menu(GOV_MENU, 'mainmenu')}
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a> » <span>{E(a['section'])}</span></div>
<table class="layout" width="100%"><tr><td class="left-col" valign="top">{core}</td><td class="right-col" valign="top" width="300">{side}</td></tr></table>
{footer(FOOT_GOV, 'footer-portal')}
</div>"""
    return doc(a["title"] + " - " + a["site"], body, '<meta name="generator" content="Microsoft Word 15 (filtered)">\n<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n')


# 2 ------------------------------------------------------------------- oracle webcenter
def f_oracle(d):
    return d.strftime("%d/%m/%Y %H:%M:%S")


@reg("oracle-webcenter", f_oracle)
def t_oracle(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], p=lambda t: f'<p style="text-align: justify;">{E(t)}</p>',
                       img=lambda cap, src: f'<p style="text-align:center"><img src="{src}" alt=""></p><p style="text-align:center"><em>{E(cap)}</em></p>')
    core = f"""
<div id="T:oc_4528017012region1" class="x1a af_panelGroupLayout">
 <div class="tin-chi-tiet">
  <div class="tieu-de-tin"><span class="af_outputText">{E(a['title'])}</span></div>
  <div class="ngay-dang"><span class="af_outputText" id="T:ot12">{E(f_oracle(d))}</span></div>
  <div class="tom-tat-tin"><span class="af_outputText">{E(a['lead'])}</span></div>
  <div class="noi-dung-tin">{body}
<p style="text-align: right;"><strong>{E(a['by'])}</strong></p>
<p><em>Nguồn: Cục Tin học và Thống kê tài chính</em></p>
  </div>
  <div class="tin-lien-quan"><span class="x2b">Các tin đã đưa</span>
   <ul>{''.join(f'<li><a href="/webcenter/portal/btcvn/pages_r/l/chi-tiet-tin?dDocName=MOFUCM{rng.randint(100000, 399999)}">{E(t)}</a> <span class="af_outputText">({x.strftime("%d/%m/%Y")})</span></li>' for t, x in zip(titles(rng, 8), side_dates(rng, 8, d)))}</ul>
  </div>
 </div>
</div>"""
    body = f"""<div id="pt1:pgl1" class="af_panelGroupLayout">
<div class="header-mof"><div class="logo">BỘ TÀI CHÍNH</div><div class="ngay-hien-tai">{TODAY_STR}</div>
<form class="search"><input type="text" name="keyword" placeholder="Tìm kiếm"></form></div>
{menu(['Trang chủ', 'Giới thiệu', 'Tin tức', 'Chỉ đạo điều hành', 'Văn bản pháp luật', 'Thủ tục hành chính', 'Số liệu ngân sách', 'Hỏi đáp chính sách'], 'menu-ngang', 'af_commandMenuItem')}
<div class="duong-dan"><a href="/">Trang chủ</a> &gt; <a href="/webcenter/portal/btcvn/pages_r/l/tin-bo-tai-chinh">Tin Bộ Tài chính</a></div>
<div class="cot-trai">{core}</div>
<div class="cot-phai">{side_box(rng, 'Tin nổi bật', 6, fmt_side_full, d, 'noi-bat')}{side_box(rng, 'Văn bản mới ban hành', 5, lambda x: x.strftime('%d/%m/%Y'), d, 'vb-moi')}</div>
{footer(['Cổng thông tin điện tử Bộ Tài chính (trang minh họa)', 'Địa chỉ: 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội', 'Giấy phép số 98/GP-TTĐT'], 'chan-trang')}
</div>"""
    return doc(a["title"], body, '<meta name="generator" content="Oracle WebCenter Portal">\n<script src="/webcenter/afr/partition/gecko/default/opt/boot-12.2.1.js"></script>\n')


# 3 ------------------------------------------------------------ sharepoint 2016 publishing
def f_sp(d):
    h, s = h12(d, "AM", "PM")
    return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d} {s}"


@reg("sharepoint2016-publishing", f_sp)
def t_sp(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    mod = a["modified"]
    body = blocks_html(a["blocks"], p=lambda t: f'<p class="ms-rteElement-P" style="text-align:justify;">{E(t)}</p>',
                       h=lambda t: f'<h3 class="ms-rteElement-H3">{E(t)}</h3>')
    core = f"""
<div class="article article-body">
 <div class="ms-webpart-zone ms-fullWidth">
  <div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">
   <div class="ms-WPBody">
    <h2 class="title-detail">{E(a['title'])}</h2>
    <div class="date-detail">Ngày đăng: <span>{E(f_sp(d))}</span></div>
    <div class="ms-rtestate-field summary"><p><b>{E(a['lead'])}</b></p></div>
    <div class="ms-rtestate-field content-detail" id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField">
{body}
<p class="ms-rteElement-P" style="text-align:right;"><b>{E(a['by'])}</b></p>
    </div>
    <div class="modified-info">Sửa đổi lần cuối: {E(f_sp(mod))} bởi i:0#.w|customs\\webadmin</div>
   </div>
  </div>
 </div>
 <div class="ms-webpart-zone">{side_box(rng, 'Các tin khác', 8, lambda x: f_sp(x), d, 'other-list', 'h3', 'ms-itmhover')}</div>
</div>"""
    body = f"""<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow"><div class="header-top"><span class="today">{TODAY_STR}</span> | <a href="/en">English</a></div>
<div class="logo-hq">TỔNG CỤC HẢI QUAN (minh họa)</div></div>
{menu(['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Thủ tục hải quan', 'Văn bản pháp quy', 'Số liệu thống kê', 'Hỏi đáp', 'Dịch vụ công trực tuyến'], 'ms-core-listMenu-horizontal', 'root ms-core-listMenu-root static')}
<div class="ms-breadcrumb-box"><span class="ms-sitemapdirectional"><a href="/">Trang chủ</a> &gt; <a href="/Lists/TinHoatDong/AllItems.aspx">Tin hoạt động</a> &gt; Chi tiết</span></div>
<div id="contentRow"><div id="contentBox">{core}</div>
<div id="sideNavBox">{side_box(rng, 'Thông báo', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'thong-bao')}</div></div>
{footer(['Cơ quan chủ quản: Bộ Tài chính (minh họa)', 'Địa chỉ: Lô E3 - Dương Đình Nghệ, Cầu Giấy, Hà Nội', 'Giấy phép số 51/GP-TTĐT'], 'footer-hq')}
</div></div>"""
    return doc(a["title"], body, '<meta name="GENERATOR" content="Microsoft SharePoint">\n<script>var _spPageContextInfo={webServerRelativeUrl:"/",pageListId:"{8a1f}"};</script>\n', body_cls="ms-backgroundImage")


# 4 ------------------------------------------------------------------------ AEM core
def f_aem(d):
    return d.strftime("%d.%m.%Y")


@reg("aem-core", f_aem)
def t_aem(a):
    rng = rng_for(a["file"])
    d = a["pub"]

    def p(t):
        return f'<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-{rng.randint(1000000, 9999999):x}" class="cmp-text"><p>{E(t)}</p></div></div>'

    def img(cap, src):
        return f'<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img class="cmp-image__image" src="{src}" alt=""><meta itemprop="caption" content="{E(cap)}"><span class="cmp-image__title" itemprop="caption">{E(cap)}</span></div></div>'

    body = blocks_html(a["blocks"], p=p, img=img,
                       h=lambda t: f'<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h3 class="cmp-title__text">{E(t)}</h3></div></div>',
                       ul=lambda items: '<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><ul>' + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul></div></div>")
    nav = "".join(f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a class="cmp-navigation__item-link" href="/vi/{slug(x)}.html">{E(x)}</a></li>' for x in ["Cá nhân", "Doanh nghiệp", "Ngân hàng số", "Ưu đãi", "Nhà đầu tư", "Về chúng tôi", "Tin tức"])
    core = f"""
<div class="responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
 <div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
  <li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/vi.html">Trang chủ</a></li><li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/vi/tin-tuc.html">Tin tức</a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Thông cáo báo chí</li></ol></nav></div>
 <div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">{E(a['title'])}</h1></div></div>
 <div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text article-date"><p>{E(f_aem(d))}</p></div></div>
 <div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text article-sapo"><p><b>{E(a['lead'])}</b></p></div></div>
 {body}
 <div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text"><p><i>{E(a['by'])}</i></p></div></div>
 <div class="teaser-list aem-GridColumn aem-GridColumn--default--12"><div class="cmp-list"><h3>Tin liên quan</h3><ul class="cmp-list">{''.join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="/vi/tin-tuc/{slug(t)}.html"><span class="cmp-list__item-title">{E(t)}</span><span class="cmp-list__item-date">{x.strftime("%d.%m.%Y")}</span></a></li>' for t, x in zip(titles(rng, 5), side_dates(rng, 5, d)))}</ul></div></div>
</div></div>"""
    body = f"""<div class="root container responsivegrid"><div id="container-1" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment header aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="topbar"><span>{TODAY_STR}</span> <a href="/en.html">EN</a> <a href="/vi/lien-he.html">Liên hệ</a> <span>Hotline 1800 0000</span></div>
<nav class="cmp-navigation"><ul class="cmp-navigation__group">{nav}</ul></nav></div></div>
{core}
<div class="experiencefragment footer aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
{footer(['Ngân hàng Thương mại Cổ phần (minh họa)', 'Trụ sở chính: 72 Lê Thánh Tôn, Quận 1, TP. Hồ Chí Minh', 'Điều khoản sử dụng - Chính sách bảo mật - Biểu phí - Lãi suất - Tỷ giá'], 'cmp-footer')}</div></div>
</div></div></div>"""
    return doc(a["title"], body, '<link rel="stylesheet" href="/etc.clientlibs/site/clientlibs/clientlib-site.lc-5f2c-lc.min.css">\n', body_cls="page basicpage")


# 5 ---------------------------------------------------------------------- sitecore SXA
def f_sxa(d):
    return f"{wd(d)}, {dmy(d)} | {hm(d)}"


@reg("sitecore-sxa", f_sxa)
def t_sxa(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"])

    def comp(cls, inner):
        return f'<div class="component {cls}"><div class="component-content">{inner}</div></div>\n'

    core = (
        comp("title", f'<div class="field-title"><h1>{E(a["title"])}</h1></div>')
        + comp("page-date col-xs-12", f'<div class="field-date">{E(f_sxa(d))}</div>')
        + comp("rich-text article-summary", f'<div class="field-summary"><p>{E(a["lead"])}</p></div>')
        + comp("rich-text article-body", f'<div class="field-content">{body}</div>')
        + comp("rich-text article-source", f'<div class="field-author"><p style="text-align:right"><strong>{E(a["by"])}</strong></p></div>')
        + comp("social-media-share", '<ul><li><a href="#">Facebook</a></li><li><a href="#">Zalo</a></li><li><a href="#">Sao chép liên kết</a></li></ul>')
        + comp("page-list related-news", "<h3>Bài viết liên quan</h3><ul class=\"items\">" + "".join(f'<li class="item"><div class="field-title"><a href="/vi/tin-tuc/{slug(t)}">{E(t)}</a></div><div class="field-date">{x.strftime("%d/%m/%Y")}</div></li>' for t, x in zip(titles(rng, 6), side_dates(rng, 6, d))) + "</ul>")
    )
    body = f"""<div id="wrapper">
<header><div id="header" class="row"><div class="component container"><div class="component-content">
<div class="component image file-type-icon-media-link logo"><div class="component-content"><a href="/vi"><img src="/-/media/project/logo.png" alt="Logo"></a></div></div>
<div class="component plain-html"><div class="component-content"><span class="today">{TODAY_STR}</span></div></div>
<div class="component navigation navigation-main"><div class="component-content">{menu(['Giới thiệu', 'Sản phẩm', 'Khách hàng', 'Tin tức', 'Tuyển dụng', 'Liên hệ'], 'navigation-main', 'clearfix')}</div></div>
</div></div></div></header>
<main><div id="content" class="row">
<div class="component breadcrumb navigation-title"><div class="component-content"><ol><li class="breadcrumb-item home"><a href="/vi">Trang chủ</a></li><li class="breadcrumb-item"><a href="/vi/tin-tuc">Tin tức</a></li><li class="breadcrumb-item last">Chi tiết</li></ol></div></div>
<div class="component column-splitter"><div class="col-xs-12 col-md-8">{core}</div>
<div class="col-xs-12 col-md-4">{comp('promo', '<h3>Ứng dụng di động</h3><p>Tải ứng dụng để quản lý hợp đồng mọi lúc, mọi nơi.</p>')}{side_box(rng, 'Tin đọc nhiều', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'component page-list')}</div></div>
</div></main>
<footer><div id="footer" class="row">{footer(['Tổng công ty Bảo hiểm (minh họa)', 'Tầng 21, tòa nhà Trung tâm, Quận Hai Bà Trưng, Hà Nội', '© 2026 Bảo lưu mọi quyền.'], 'component rich-text')}</div></footer>
</div>"""
    return doc(a["title"], body, '<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css" rel="stylesheet">\n')


# 6 --------------------------------------------------------------- optimizely episerver
def f_epi(d):
    h, s = h12(d)
    return f"{d.day}/{d.month}/{d.year} {h}:{d.minute:02d} {s}"


@reg("optimizely-episerver", f_epi)
def t_epi(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], h=lambda t: f"<h3>{E(t)}</h3>")
    core = f"""
<article class="article-page" data-epi-type="ArticlePage">
 <header class="article-page__header">
  <p class="article-page__category"><a href="/tin-tuc/kinh-te-so/">Kinh tế số</a></p>
  <h1 class="article-page__heading" data-epi-property-name="Heading">{E(a['title'])}</h1>
  <div class="article-page__meta"><span class="article-page__published">Ngày xuất bản: {E(f_epi(d))}</span>
   <span class="article-page__updated">Cập nhật lần cuối: {E(f_epi(a['modified']))}</span></div>
  <p class="article-page__author">Tác giả: <a href="/tac-gia/{slug(a['author'])}/">{E(a['author'])}</a></p>
 </header>
 <div class="article-page__preamble" data-epi-property-name="MetaDescription"><p>{E(a['lead'])}</p></div>
 <div class="article-page__body" data-epi-property-name="MainBody">{body}</div>
 <div class="block-area" data-epi-property-name="RelatedContentArea">
  <div class="block teaserblock"><h3>Có thể bạn quan tâm</h3>{''.join(f'<div class="teaserblock__item"><a href="/tin-tuc/{slug(t)}/">{E(t)}</a><p>{E(teaser(rng))}</p></div>' for t in titles(rng, 4))}</div>
  <div class="block newsletterblock"><h3>Đăng ký bản tin</h3><p>Nhận tin mới nhất về kinh tế số mỗi tuần.</p><form><input type="email" placeholder="Email của bạn"><button>Đăng ký</button></form></div>
 </div>
</article>"""
    body = f"""<div class="site-wrapper">
<header class="site-header"><div class="site-header__top"><span>{TODAY_STR}</span> <a href="/en/">English</a> <a href="/dang-nhap/">Đăng nhập</a></div>
<a class="site-header__logo" href="/">Sàn Giao dịch Số (minh họa)</a>
{menu(['Trang chủ', 'Giải pháp', 'Đối tác', 'Tin tức', 'Sự kiện', 'Hỗ trợ'], 'site-nav', 'site-nav__list')}</header>
<nav class="breadcrumbs"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li>{E(a['title'][:40])}…</li></ol></nav>
<main class="site-main"><div class="container"><div class="row"><div class="col-lg-8">{core}</div>
<aside class="col-lg-4">{side_box(rng, 'Tin mới', 6, lambda x: f_epi(x), d, 'latest-news')}</aside></div></div></main>
{footer(['Công ty Cổ phần Giao dịch Số (minh họa)', 'Số 9 Đào Duy Anh, Đống Đa, Hà Nội', 'Điều khoản | Quyền riêng tư | Cookie'], 'site-footer')}
</div>"""
    return doc(a["title"], body, '<meta name="EPi.ID" content="48211">\n')


# 7 --------------------------------------------------------------------------- igate
def f_igate(d):
    return f"{dmy(d)} {hm(d)}"


@reg("igate-news", f_igate)
def t_igate(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"])
    body = f"""<app-root><div class="igate-layout">
<div class="header-dvc"><div class="logo-dvc">HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (minh họa)</div><div class="date-now">{TODAY_STR}</div>
<div class="login-area"><a href="/sso/login">Đăng nhập</a> <a href="/sso/register">Đăng ký</a></div></div>
{menu(['Trang chủ', 'Thủ tục hành chính', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Tra cứu hồ sơ', 'Phản ánh kiến nghị', 'Thống kê', 'Tin tức', 'Hỗ trợ'], 'mat-toolbar menu-dvc', 'menu-items')}
<div class="news-detail-container mat-card">
 <div class="bread-crumb"><a href="/vi/">Trang chủ</a> / <a href="/vi/news">Tin tức</a> / <span>Tin tức - Sự kiện</span></div>
 <div class="news-title"><h2>{E(a['title'])}</h2></div>
 <div class="news-meta"><mat-icon class="mat-icon">event</mat-icon><span class="news-date">Ngày đăng: {E(f_igate(d))}</span><span class="news-author">Người đăng: admin</span></div>
 <div class="news-description"><p><em>{E(a['lead'])}</em></p></div>
 <div class="news-content">{body}
 <p style="text-align:right"><em>{E(a['by'])}</em></p></div>
 <div class="other-news"><h3>Tin tức khác</h3>{''.join(f'<div class="other-news-item"><a href="/vi/news/{slug(t)}">{E(t)}</a><span>{x.strftime("%d/%m/%Y %H:%M")}</span></div>' for t, x in zip(titles(rng, 8), side_dates(rng, 8, d)))}</div>
</div>
<div class="statistic-box"><h3>Tình hình xử lý hồ sơ năm 2026</h3><ul><li>Tiếp nhận: 412.905</li><li>Đã giải quyết: 398.114</li><li>Trước và đúng hạn: 98,7%</li><li>Trực tuyến: 86,2%</li></ul></div>
<div class="tthc-box"><h3>Thủ tục hành chính nổi bật</h3><ul><li>Đăng ký khai sinh</li><li>Đăng ký thường trú</li><li>Cấp giấy phép xây dựng nhà ở riêng lẻ</li><li>Đăng ký hộ kinh doanh</li><li>Cấp đổi giấy phép lái xe</li><li>Chứng thực bản sao điện tử từ bản chính</li></ul></div>
<div class="rating-box"><h3>Đánh giá sự hài lòng</h3><p>Mời ông/bà đánh giá chất lượng phục vụ của cơ quan hành chính.</p></div>
{weblinks("lien-ket-dvc")}{side_box(rng, "Câu hỏi thường gặp", 6, lambda x: x.strftime("%d/%m/%Y"), d, "faq-box")}<div class="footer-dvc">{footer(['Cơ quan chủ quản: Văn phòng UBND tỉnh (minh họa)', 'Tổng đài hỗ trợ: 1900 1234 - Email: hotro.dvc@example.vn', 'Phát triển bởi VNPT (minh họa)'], 'footer-dvc-inner')}</div>
</div></app-root>"""
    return doc(a["title"], body, '<base href="/">\n<script src="/runtime.es2015.js" type="module"></script>\n')


# 8 ------------------------------------------------------------------------- quochoi
def f_qh(d):
    return f"{dmy(d)} {hm(d)}"


@reg("quochoi-like", f_qh)
def t_qh(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], p=lambda t: f'<p style="text-align: justify;">{E(t)}</p>',
                       h=lambda t: f'<p style="text-align: justify;"><strong>{E(t)}</strong></p>',
                       img=lambda cap, src: f'<table class="image-center" align="center"><tr><td><img src="{src}" alt=""></td></tr><tr><td class="caption"><em>{E(cap)}</em></td></tr></table>')
    core = f"""
<div class="box-news-detail">
 <div class="ms-WPBody">
  <h1 class="title-news">{E(a['title'])}</h1>
  <div class="time-news">Thời gian đăng: {E(f_qh(d))}</div>
  <div class="sapo-news"><b>{E(a['lead'])}</b></div>
  <div class="content-news">{body}
<p style="text-align: right;"><strong>{E(a['by'])}</strong></p></div>
  <div class="tool-news"><a href="#">In bài viết</a> | <a href="#">Gửi bài viết</a> | <a href="#">Lên đầu trang</a></div>
 </div>
 {side_box(rng, 'Các tin đã đưa', 10, lambda x: '(' + x.strftime('%d/%m/%Y %H:%M') + ')', d, 'tin-da-dua')}
</div>"""
    body = f"""<div id="s4-workspace"><div class="wrapper">
<div class="header-qh"><div class="banner-qh">QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (trang minh họa)</div><div class="ngay">{TODAY_STR}</div></div>
{menu(['Trang chủ', 'Giới thiệu', 'Tin tức', 'Hoạt động của Quốc hội', 'Kỳ họp', 'Luật - Nghị quyết', 'Dự án luật', 'Giám sát', 'Tiếp xúc cử tri', 'Đối ngoại'], 'menu-top-qh')}
<div class="breadcrumb-qh"><a href="/">Trang chủ</a> &gt; <a href="/tintuc">Tin tức</a> &gt; Hoạt động của Quốc hội</div>
<div class="col-left-qh">{core}</div>
<div class="col-right-qh">{side_box(rng, 'Tin nổi bật', 6, fmt_side_full, d, 'tin-noi-bat')}{plain_box(rng, 'Chuyên đề', 5, 'chuyen-de')}</div>
{footer(['Cổng thông tin điện tử Quốc hội (minh họa)', 'Địa chỉ: 22 Hùng Vương, Ba Đình, Hà Nội', 'Giấy phép số 115/GP-TTĐT'], 'footer-qh')}
</div></div>"""
    return doc(a["title"], body)


# 9 --------------------------------------------------------------------- dangcongsan
def f_dcs(d):
    return f"{wd(d)}, {dmy(d)} - {hm(d)}"


@reg("dangcongsan-like", f_dcs)
def t_dcs(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], p=lambda t: f'<p style="text-align: justify;">{E(t)}</p>',
                       img=lambda cap, src: f'<table class="image center"><tbody><tr><td><img src="{src}" alt=""></td></tr><tr><td class="image_desc">{E(cap)}</td></tr></tbody></table>')
    core = f"""
<div class="detail-post">
 <div class="detail-cat"><a href="/chuyen-doi-so">Chuyển đổi số</a></div>
 <h1 class="post-title">{E(a['title'])}</h1>
 <div class="post-date">{E(f_dcs(d))}</div>
 <div class="post-sapo"><strong>ĐCSVN - {E(a['lead'])}</strong></div>
 <div class="post-content" id="content-id">{body}
 <p class="post-author" style="text-align: right;"><strong>{E(a['by'])}</strong></p></div>
 <div class="post-tags"><span>Từ khóa:</span> <a href="/tag/chuyen-doi-so">chuyển đổi số</a> <a href="/tag/du-lieu-so">dữ liệu số</a></div>
 {plain_box(rng, 'Tin cùng chuyên mục', 6, 'related-post')}
</div>"""
    body = f"""<div class="wrapper">
<div class="header"><div class="logo">BÁO ĐIỆN TỬ (trang minh họa)</div><div class="date-now">{TODAY_STR}</div></div>
{menu(['Trang chủ', 'Tin tức', 'Chính trị', 'Xây dựng Đảng', 'Kinh tế', 'Chuyển đổi số', 'Văn hóa', 'Xã hội', 'Quốc tế', 'Multimedia'], 'main-nav')}
<div class="main"><div class="col-main">{core}</div>
<div class="col-sub">{side_box(rng, 'Tin mới nhất', 8, lambda x: x.strftime('%H:%M %d/%m'), d, 'box-latest')}{side_box(rng, 'Đọc nhiều', 5, fmt_side_dmy, d, 'box-most')}</div></div>
{footer(FOOT_NEWS, 'footer')}
</div>"""
    return doc(a["title"], body, f'<meta property="article:published_time" content="{d.isoformat()}">\n')


# 10 ---------------------------------------------------------------------- ictvietnam
def f_ict(d):
    return f"{hm(d)} | {dmy(d)}"


@reg("ictvietnam-like", f_ict)
def t_ict(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], h=lambda t: f"<h3><strong>{E(t)}</strong></h3>",
                       table=lambda rows: '<table class="table-content" border="1"><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
    core = f"""
<article class="article-detail">
 <div class="article-detail-hd"><div class="cate"><a href="/chuyen-doi-so">Chuyển đổi số</a></div>
  <h1 class="title">{E(a['title'])}</h1>
  <div class="meta"><span class="time">{E(f_ict(d))}</span> <span class="view">{rng.randint(100, 999)} lượt xem</span></div></div>
 <div class="sapo"><p>{E(a['lead'])}</p></div>
 <div class="author-box"><div class="author-name">{E(a['by'])}</div><div class="author-org">Viện Chiến lược Chuyển đổi số (minh họa)</div></div>
 <div class="article-content">{body}</div>
 <div class="article-tags">Tags: <a href="/tags/du-lieu">dữ liệu</a> <a href="/tags/chinh-phu-so">chính phủ số</a></div>
 {side_box(rng, 'Tin liên quan', 5, lambda x: x.strftime('%H:%M | %d/%m/%Y'), d, 'related')}
</article>"""
    body = f"""<div class="page">
<header class="header"><div class="top"><span>{TODAY_STR}</span><a href="/dat-bao">Đặt báo</a><a href="/lien-he">Liên hệ quảng cáo</a></div>
<div class="logo">TẠP CHÍ ĐIỆN TỬ CÔNG NGHỆ (minh họa)</div>
{menu(['Thời sự', 'Chuyển đổi số', 'Viễn thông', 'An toàn thông tin', 'Công nghệ số', 'Doanh nghiệp số', 'Nghiên cứu - Trao đổi', 'Tạp chí in'], 'main-menu')}</header>
<div class="container"><div class="main-col">{core}</div>
<aside class="side-col">{side_box(rng, 'Đọc nhiều', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'most-read')}<div class="ads"><img src="/ads/banner-300x250.jpg" alt="Quảng cáo"></div></aside></div>
{footer(FOOT_NEWS, 'footer')}
</div>"""
    return doc(a["title"], body)


# 11 ---------------------------------------------------------------------------- genk
def f_genk(d):
    h, s = h12(d, "AM", "PM")
    return f"{dmy(d)} {h:02d}:{d.minute:02d} {s}"


@reg("genk-like", f_genk)
def t_genk(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], img=lambda cap, src: f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="{src}" alt="" class="lightbox-content"></div><div class="PhotoCMS_Caption"><p>{E(cap)}</p></div></div>')
    rel = ["3 giờ trước", "5 giờ trước", "7 giờ trước", "11 giờ trước", "1 ngày trước", "1 ngày trước"]
    latest = "".join(f'<li><a href="/{slug(t)}-2026120{rng.randint(1, 3)}{rng.randint(100000000, 999999999)}.chn">{E(t)}</a><span class="knswli-time">{r}</span></li>' for t, r in zip(titles(rng, 6), rel))
    core = f"""
<div class="kbwc-body clearfix">
 <div class="kbwc-header">
  <h1 class="kbwc-title">{E(a['title'])}</h1>
  <div class="kbwc-meta"><span class="kbwcm-author">{E(a['by'])}, </span><span class="kbwcm-source"><a href="#">Theo Trí Thức Trẻ (minh họa)</a></span> <span class="kbwcm-time" title="{d.strftime('%Y-%m-%dT%H:%M:%S')}">{E(f_genk(d))}</span></div>
 </div>
 <div class="knc-menu-nav"><a href="#">Chia sẻ</a> <a href="#">Lưu bài</a></div>
 <div class="react-relate animated hiding-react-relate"><ul class="krwli"><li><a href="/tag.chn">Chuyển đổi số</a></li></ul></div>
 <h2 class="knc-sapo">{E(a['lead'])}</h2>
 <div class="knc-content" id="ContentDetail">{body}</div>
 <div class="knc-rate-link"><span>Đọc thêm:</span> <a href="#">{E(titles(rng, 1)[0])}</a></div>
 <div class="link-source-wrapper"><span class="link-source-name">Theo <span class="link-source-text-name">Trí Thức Trẻ</span></span></div>
 <div class="kbwc-tags"><a href="/thanh-toan-so.html">thanh toán số</a><a href="/ngan-hang.html">ngân hàng</a></div>
</div>"""
    body = f"""<div class="kbw-wrapper">
<div class="header"><a class="logo" href="/">GenK (minh họa)</a><span class="date">{TODAY_STR}</span>
{menu(['Mobile', 'Internet', 'Khám phá', 'Apps-Games', 'Đồ chơi số', 'Tin ICT', 'Thủ thuật', 'Xem - Mua - Luôn', 'Video'], 'kbw-menu', 'mnl')}</div>
<div class="kbwcontent"><div class="w980 clearfix"><div class="kbw-content-left">{core}
<div class="knswcm-list"><h3>Tin mới</h3><ul>{latest}</ul></div></div>
<div class="kbw-content-right">{side_box(rng, 'Đọc nhiều', 5, lambda x: x.strftime('%d/%m'), d, 'box-read-most')}<div class="adm-mainsection" id="admzone500"></div>{side_box(rng, 'Tin ICT', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'box-ict')}</div></div></div>{footer_cols('kbw-footer-links')}
{footer(['Trụ sở: Tầng 21, Tòa nhà Center Building, Hà Nội (minh họa)', 'Giấy phép thiết lập trang thông tin điện tử tổng hợp số 2215/GP-TTĐT', 'Chịu trách nhiệm quản lý nội dung: (minh họa)'], 'kbw-footer')}
</div>"""
    return doc(a["title"], body, f'<meta property="article:published_time" content="{d.strftime("%Y-%m-%dT%H:%M:%S")}">\n')


# 12 ----------------------------------------------------------------------------- 24h
def f_24h(d):
    s = "AM" if d.hour < 12 else "PM"
    return f"{wd(d)}, ngày {dmy(d)} {hm(d)} {s} (GMT+7)"


@reg("24h-like", f_24h)
def t_24h(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], img=lambda cap, src: f'<p class="img_chu_thich_0407"><img class="news-image" src="{src}" alt=""></p><p class="img_chu_thich_0407">{E(cap)}</p>')
    core = f"""
<article class="cate-24h-foot-arti-deta">
 <h1 class="clrTit bld tuht_show" id="article_title">{E(a['title'])}</h1>
 <div class="cate-24h-foot-arti-deta-sum ctTp tuht_show" id="article_sapo">{E(a['lead'])}</div>
 <div class="cate-24h-foot-arti-deta-info"><div class="updTm updTmD mrT5">{E(f_24h(d))}</div></div>
 <div class="cate-24h-foot-arti-deta-info"><div class="bv-lq"><a href="#">Bóng đá</a></div></div>
 <div class="cate-24h-foot-arti-deta-info" id="article_body">{body}
 <div class="nguontin nguontinD bld mrT10 mrB10 fw700">{E(a['by'])}</div></div>
 <div class="viewVideoPlay"><h3>Video đang được quan tâm</h3><ul>{''.join(f'<li><a href="#">{E(t)}</a> <span>{rng.randint(1, 5)}:{rng.randint(10, 59)}</span></li>' for t in titles(rng, 3))}</ul></div>
 <div class="tinlienquan"><h3>Tin liên quan</h3>{plain_box(rng, 'Bài viết cùng chủ đề', 5, 'bv-cung-chu-de')}</div>
</article>"""
    body = f"""<div id="container">
<header class="hdMain"><a class="logo" href="/">24h (minh họa)</a><span class="cldDate">{TODAY_STR}</span>
{menu(['Bóng đá', 'Tin tức', 'Thể thao', 'Kinh doanh', 'Giải trí', 'Công nghệ', 'Thời trang', 'Ẩm thực', 'Sức khỏe', 'Du lịch'], 'mnuMain')}</header>
<div class="brdcb"><a href="/">Trang chủ</a> » <a href="/bong-da-c48.html">Bóng đá</a> » <a href="#">Bóng đá Việt Nam</a></div>
<div class="colLeft">{core}</div>
<div class="colRight">{side_box(rng, 'Tin bài đọc nhiều', 6, lambda x: x.strftime('%d/%m/%Y %H:%M'), d, 'docnhieu')}{side_box(rng, 'Tin mới', 8, lambda x: x.strftime('%H:%M'), d, 'tinmoi')}<div class="bxh"><h3>Bảng xếp hạng</h3><table><tr><td>1</td><td>Đội A</td><td>28</td></tr><tr><td>2</td><td>Đội B</td><td>26</td></tr><tr><td>3</td><td>Đội C</td><td>23</td></tr></table></div></div>
{footer(['Công ty Cổ phần Quảng cáo Trực tuyến (minh họa)', 'Giấy phép số 332/GP-TTĐT', 'Hotline: 0936 xxx xxx'], 'ftMain')}
</div>"""
    return doc(a["title"], body)


# 13 ---------------------------------------------------------------------- baoquocte
def f_bqt(d):
    return f"{wd(d)}, {dmy(d)} {hm(d)}"


@reg("baoquocte-like", f_bqt)
def t_bqt(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], img=lambda cap, src: f'<figure class="expNoEdit"><img src="{src}" alt=""><figcaption class="expEdit">{E(cap)}</figcaption></figure>')
    core = f"""
<div class="detail-container">
 <div class="breadcrumb"><a href="/kinh-te">Kinh tế</a> / <a href="/kinh-te-doi-ngoai">Kinh tế đối ngoại</a></div>
 <h1 class="titleDetail">{E(a['title'])}</h1>
 <div class="author-time"><span class="author">{E(a['by'])}</span> <span class="time">{E(f_bqt(d))}</span></div>
 <div class="contentDetail">
  <p><strong>TGVN. {E(a['lead'])}</strong></p>
  {body}
 </div>
 <div class="box-related"><h3>Tin liên quan</h3>{''.join(f'<div class="item"><a href="/{slug(t)}-{rng.randint(300000, 399999)}.html">{E(t)}</a></div>' for t in titles(rng, 3))}</div>
 <div class="tags"><a href="/tags/asean">ASEAN</a><a href="/tags/kinh-te-so">kinh tế số</a></div>
</div>"""
    body = f"""<div id="wrapper">
<header><div class="header-top"><span class="date">{TODAY_STR}</span><a href="/en">English</a><a href="/kr">한국어</a><a href="/cn">中文</a></div>
<div class="logo">BÁO THẾ GIỚI VÀ VIỆT NAM (minh họa)</div>
{menu(['Thời sự', 'Ngoại giao', 'Thế giới', 'Người Việt ở xa', 'Kinh tế', 'Văn hóa', 'Du lịch', 'Multimedia'], 'menu')}</header>
<main class="main"><div class="col-8">{core}</div>
<aside class="col-4">{side_box(rng, 'Tin mới', 8, lambda x: x.strftime('%H:%M | %d/%m/%Y'), d, 'latest')}{side_box(rng, 'Đọc nhiều', 5, fmt_side_dmy, d, 'popular')}</aside></main>
{footer(FOOT_NEWS, 'footer')}
</div>"""
    return doc(a["title"], body, f'<script type="application/ld+json">{jsonld(a)}</script>\n')


# 14 ------------------------------------------------------------------------- hanoimoi
def f_hnm(d):
    return f"{dmy(d)} {hm(d)}"


@reg("hanoimoi-like", f_hnm)
def t_hnm(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"])
    core = f"""
<div class="article">
 <div class="article__cate"><a href="/xa-hoi">Xã hội</a></div>
 <h1 class="article__title cms-title">{E(a['title'])}</h1>
 <div class="article__meta"><time class="time" datetime="{d.isoformat()}">{E(f_hnm(d))}</time></div>
 <div class="article__sapo cms-desc"><p>{E(a['lead'])}</p></div>
 <div class="article__body cms-body">{body}</div>
 <div class="article__author"><p class="author"><strong>{E(a['by'])}</strong></p></div>
 <div class="article__tag"><a href="/tag/ha-noi">Hà Nội</a></div>
 <div class="article__comment"><h3>Bình luận</h3><div class="comment-item"><b>Trần Văn Hòa</b> <span>{(d.replace(day=4, month=12) if d.day < 4 else d).strftime('%d/%m/%Y')} 10:41</span><p>Mong các đơn vị làm nhanh, đường này ngày nào cũng tắc.</p></div></div>
 {side_box(rng, 'Tin cùng chuyên mục', 8, lambda x: x.strftime('%d/%m/%Y %H:%M'), d, 'story')}
</div>"""
    body = f"""<div class="site">
<header class="header"><div class="header__top"><span>{TODAY_STR}</span><a href="/rss">RSS</a></div><a class="logo" href="/">HÀ NỘI MỚI (minh họa)</a>
{menu(['Chính trị', 'Thời sự', 'Kinh tế', 'Đô thị', 'Xã hội', 'Văn hóa', 'Thể thao', 'Pháp luật', 'Quốc tế', 'Bạn đọc'], 'menu')}</header>
<div class="main"><div class="main__left">{core}</div><div class="main__right">{side_box(rng, 'Đọc nhiều', 6, fmt_side_dmy, d, 'box-mostview')}{side_box(rng, 'Tin mới', 8, lambda x: x.strftime('%H:%M %d/%m'), d, 'box-new')}</div></div>{footer_cols('footer-menu')}
{footer(FOOT_NEWS, 'footer')}
</div>"""
    return doc(a["title"], body, f'<script type="application/ld+json">{jsonld(a)}</script>\n')


# 15 ----------------------------------------------------------------------------- sggp
def f_sggp(d):
    return f"{wd(d)}, {d.day}/{d.month}/{d.year} {hm(d)} (GMT+07:00)"


@reg("sggp-like", f_sggp)
def t_sggp(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], img=lambda cap, src: f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{src}" alt=""></td></tr><tr><td class="caption"><p>{E(cap)}</p></td></tr></tbody></table>')
    core = f"""
<article class="article">
 <div class="breadcrumbs"><a href="/xahoi/">Xã hội</a> <a href="/xahoi/giaothong/">Giao thông</a></div>
 <div class="article__meta"><time class="time" datetime="{d.isoformat()}">{E(f_sggp(d))}</time></div>
 <h1 class="article__title cms-title">{E(a['title'])}</h1>
 <div class="article__sapo cms-desc">{E(a['lead'])}</div>
 <div class="article__body cms-body">{body}</div>
 <div class="article__author"><span class="name cms-author" style="text-transform:uppercase">{E(a['by'])}</span></div>
 <div class="article__tag"><h3>Từ khóa</h3><a href="/tu-khoa/ha-tang">hạ tầng</a></div>
 {side_box(rng, 'Tin khác', 6, lambda x: f'{x.day}/{x.month}/{x.year} {x.strftime("%H:%M")}', d, 'story--related')}
</article>"""
    body = f"""<div class="wrapper">
<header class="site-header"><div class="header__top"><span class="datetime">{TODAY_STR}</span></div><a class="logo" href="/">SÀI GÒN GIẢI PHÓNG (minh họa)</a>
{menu(['Chính trị', 'Xã hội', 'Pháp luật', 'Kinh tế', 'Thế giới', 'Giáo dục', 'Y tế', 'Văn hóa - Giải trí', 'Thể thao', 'Bạn đọc'], 'main-menu')}</header>
<div class="container"><div class="col-main">{core}</div>
<aside class="col-aside">{side_box(rng, 'Tin mới nhất', 8, lambda x: x.strftime('%H:%M'), d, 'box-latest')}{side_box(rng, 'Xem nhiều', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'box-most')}</aside></div>{footer_cols('footer-menu')}
{footer(FOOT_NEWS, 'site-footer')}
</div>"""
    return doc(a["title"], body, f'<meta property="article:published_time" content="{d.isoformat()}">\n')


# 16 ----------------------------------------------------------------------- wp colormag
def f_colormag(d):
    return f"{hm(d)} {dmy(d)}"


@reg("wp-colormag", f_colormag)
def t_colormag(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], p=lambda t: f"<p>{E(t)}</p>", h=lambda t: f'<h2 class="wp-block-heading">{E(t)}</h2>',
                       ul=lambda items: '<ul class="wp-block-list">' + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>")
    core = f"""
<article id="post-5823" class="post-5823 post type-post status-publish format-standard has-post-thumbnail hentry category-chuyen-doi-so">
 <div class="featured-image"><img width="800" height="445" src="/wp-content/uploads/2026/12/anh-dai-dien.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt=""></div>
 <div class="article-content clearfix">
  <div class="above-entry-meta"><span class="cat-links"><a href="/category/chuyen-doi-so/" style="background:#289dcc" rel="category tag">Chuyển đổi số</a></span></div>
  <header class="entry-header"><h1 class="entry-title">{E(a['title'])}</h1></header>
  <div class="below-entry-meta">
   <span class="posted-on"><a href="{a['url']}" title="{hm(d)}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{d.isoformat()}">{E(f_colormag(d))}</time><time class="updated" datetime="{a['modified'].isoformat()}">{E(f_colormag(a['modified']))}</time></a></span>
   <span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" href="/author/admin/" title="admin">admin</a></span></span>
   <span class="comments"><a href="#respond"><i class="fa fa-comment"></i> 2 Bình luận</a></span>
  </div>
  <div class="entry-content clearfix">
<p><em>{E(a['lead'])}</em></p>
{body}
<p style="text-align: right;"><strong>{E(a['by'])}</strong></p>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><ul><li>Facebook</li><li>Zalo</li></ul></div>
  </div>
 </div>
</article>
<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><span>Bài viết liên quan</span></h4>{''.join(f'<div class="single-related-posts"><h3 class="entry-title"><a href="/{slug(t)}/">{E(t)}</a></h3><div class="below-entry-meta"><span class="posted-on"><time class="entry-date published">{x.strftime("%H:%M %d/%m/%Y")}</time></span></div></div>' for t, x in zip(titles(rng, 3), side_dates(rng, 3, d)))}</div>
<div id="comments" class="comments-area"><h3 class="comments-title">2 bình luận</h3><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Lan Phương</b> <time datetime="2026-12-03T20:14:00+07:00">20:14 03/12/2026</time></footer><div class="comment-content"><p>Bài viết rất hữu ích, cảm ơn tác giả.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Đức Mạnh</b> <time datetime="2026-12-04T07:02:00+07:00">07:02 04/12/2026</time></footer><div class="comment-content"><p>Ở xã tôi cũng đang làm, nhưng mạng còn yếu lắm.</p></div></article></li></ol></div>"""
    body = f"""<div id="page" class="hfeed site">
<header id="masthead" class="site-header clearfix"><div class="news-bar"><div class="date-in-header">{TODAY_STR}</div><div class="breaking-news"><strong class="breaking-news-latest">Mới nhất:</strong><ul class="newsticker">{''.join(f'<li><a href="#">{E(t)}</a></li>' for t in titles(rng, 4))}</ul></div></div>
<div id="header-text-nav-container"><h3 id="site-title"><a href="/" rel="home">Nhịp Sống Số (minh họa)</a></h3><p id="site-description">Tin tức công nghệ và chuyển đổi số</p></div>
<nav id="site-navigation" class="main-navigation clearfix">{menu(['Trang chủ', 'Chuyển đổi số', 'Chính quyền số', 'Kinh tế số', 'Xã hội số', 'Góc nhìn', 'Liên hệ'], 'menu-primary-container', 'menu')}</nav></header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix"><div id="primary"><div id="content" class="clearfix">{core}</div></div>
<div id="secondary"><aside class="widget widget_recent_entries">{side_box(rng, 'Bài viết mới', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'widget-recent')}</aside>
<aside class="widget widget_tag_cloud"><h3 class="widget-title"><span>Thẻ</span></h3><div class="tagcloud"><a href="/tag/ai/">AI</a> <a href="/tag/du-lieu/">dữ liệu</a> <a href="/tag/vneid/">VNeID</a></div></aside></div></div></div>
<footer id="colophon" class="clearfix"><div class="footer-widgets-wrapper"><p>Trang thông tin điện tử tổng hợp (minh họa). Địa chỉ: 12 Nguyễn Văn Linh, Đà Nẵng.</p></div><div class="footer-socket-wrapper"><div class="copyright">Copyright © 2026. Theme: ColorMag by ThemeGrill. Powered by WordPress.</div></div></footer>
</div>"""
    return doc(a["title"], body, f'<meta property="article:published_time" content="{d.isoformat()}">\n<meta property="article:modified_time" content="{a["modified"].isoformat()}">\n<meta name="generator" content="WordPress 6.7.1">\n', body_cls="post-template-default single single-post wide")


# 17 ------------------------------------------------------------------------- wp bricks
def f_bricks(d):
    return f"{d.day} Tháng {d.month}, {d.year}"


@reg("wp-bricks", f_bricks)
def t_bricks(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], h=lambda t: f'<h3 class="wp-block-heading">{E(t)}</h3>',
                       ul=lambda items: "<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>")
    core = f"""
<section id="brxe-hero" class="brxe-section"><div id="brxe-herocontainer" class="brxe-container">
 <ul id="brxe-crumbs" class="brxe-breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/blog/">Blog</a></li><li>Bài viết</li></ul>
 <h1 id="brxe-posttitle" class="brxe-post-title">{E(a['title'])}</h1>
 <div id="brxe-postmeta" class="brxe-post-meta post-meta"><span class="item">{E(f_bricks(d))}</span><span class="separator">·</span><span class="item">{E(a['by'])}</span><span class="separator">·</span><span class="item">6 phút đọc</span></div>
</div></section>
<section id="brxe-body" class="brxe-section"><div class="brxe-container">
 <div id="brxe-excerpt" class="brxe-post-excerpt"><p>{E(a['lead'])}</p></div>
 <div id="brxe-content" class="brxe-post-content">{body}</div>
 <div id="brxe-taxonomy" class="brxe-post-taxonomy category"><a class="bricks-button" href="/category/doanh-nghiep/">Doanh nghiệp</a></div>
 <div id="brxe-authorbox" class="brxe-post-author"><div class="author-name"><a href="/author/bao-lam/">{E(a['author'])}</a></div><div class="author-bio">Chuyên viên tư vấn giải pháp số cho doanh nghiệp vừa và nhỏ.</div></div>
 <div id="brxe-related" class="brxe-related-posts"><h3>Bài viết khác</h3><ul>{''.join(f'<li class="repeater-item"><a href="/blog/{slug(t)}/">{E(t)}</a><div class="post-meta">{f_bricks(x)}</div></li>' for t, x in zip(titles(rng, 6), side_dates(rng, 6, d)))}</ul></div>
</div></section>"""
    body = f"""<header id="brx-header"><section class="brxe-section header"><div class="brxe-container">
<a class="brxe-logo" href="/">Agency Số (minh họa)</a><span class="brxe-text-basic today">{TODAY_STR}</span>
<div class="brxe-nav-menu">{menu(['Dịch vụ', 'Dự án', 'Blog', 'Về chúng tôi', 'Liên hệ'], 'bricks-nav-menu-wrapper', 'bricks-nav-menu')}</div></div></section></header>
<main id="brx-content">{core}
<section id="brxe-popular" class="brxe-section"><div class="brxe-container">{side_box(rng, 'Bài viết phổ biến', 6, f_bricks, d, 'brxe-posts')}
<div class="brxe-form newsletter"><h3>Nhận bài viết mới</h3><p>Mỗi tuần một email, không quảng cáo.</p><form><input type="email" placeholder="Email"><button>Đăng ký</button></form></div></div></section></main>
<footer id="brx-footer"><section class="brxe-section"><div class="brxe-container">{footer_cols('brxe-footer-cols')}<div class="brxe-text"><p>Công ty TNHH Giải pháp Số (minh họa) - 88 Hai Bà Trưng, Quận 1, TP.HCM</p><p>Đăng ký nhận bài viết mới qua email mỗi tuần.</p><p>© 2026 Bảo lưu mọi quyền.</p></div></div></section></footer>"""
    return doc(a["title"], body, '<meta name="generator" content="WordPress 6.7.1">\n<link rel="stylesheet" id="bricks-frontend-css" href="/wp-content/themes/bricks/assets/css/frontend.min.css">\n', body_cls="wp-singular post-template-default single bricks-is-frontend")


# 18 --------------------------------------------------------------------- haravan blog
def f_haravan(d):
    return f"{dmy(d)} lúc {hm(d)}"


@reg("haravan-blog", f_haravan)
def t_haravan(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], h=lambda t: f"<h2><strong>{E(t)}</strong></h2>")
    core = f"""
<div class="article-wrap">
 <div class="article-head"><h1 class="article-title">{E(a['title'])}</h1>
 <div class="article-info"><span class="article-author">Người viết: <strong>{E(a['by'])}</strong></span> / <span class="article-date">{E(f_haravan(d))}</span></div></div>
 <div class="article-content"><div class="box-article-detail typeList-style">
<p><strong>{E(a['lead'])}</strong></p>
{body}
 </div></div>
 <div class="post-navigation"><a href="#">« Bài trước</a> <a href="#">Bài sau »</a></div>
 <div class="list-blogs-related"><h3>Bài viết liên quan</h3>{''.join(f'<article class="blog-item"><h4><a href="/blogs/tin-tuc/{slug(t)}">{E(t)}</a></h4><span class="date">{x.strftime("%d/%m/%Y")}</span></article>' for t, x in zip(titles(rng, 4), side_dates(rng, 4, d)))}</div>
</div>"""
    side = '<div class="sidebar-blog"><div class="group-sidebox"><h3>Danh mục</h3><ul><li><a href="/blogs/tin-tuc">Tin tức</a></li><li><a href="/blogs/kinh-nghiem-ban-hang">Kinh nghiệm bán hàng</a></li><li><a href="/blogs/khuyen-mai">Khuyến mãi</a></li></ul></div>' + side_box(rng, 'Bài viết mới nhất', 5, lambda x: x.strftime('%d/%m/%Y'), d, 'group-sidebox') + '<div class="group-sidebox"><h3>Sản phẩm bán chạy</h3><ul><li>Máy POS cầm tay - 3.490.000₫</li><li>Máy in hóa đơn K80 - 1.290.000₫</li><li>Đầu đọc mã vạch - 890.000₫</li></ul></div></div>'
    body = f"""<div class="mainWrapper--content">
<header class="mainHeader"><div class="topbar"><span>{TODAY_STR}</span> Miễn phí giao hàng cho đơn từ 500.000₫ | Hotline 1900 6750</div>
<div class="logo"><a href="/">Thiết bị bán hàng (minh họa)</a></div>
{menu(['Trang chủ', 'Sản phẩm', 'Giải pháp', 'Tin tức', 'Liên hệ'], 'menu-desktop', 'menuList-main')}</header>
<div class="breadcrumb-shop"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/blogs/tin-tuc">Tin tức</a></li><li class="active">{E(a['title'])}</li></ol></div>
<div class="layout-article"><div class="row"><div class="col-md-9">{core}</div><div class="col-md-3">{side}</div></div></div>
{footer_cols('footer-haravan')}<footer class="mainFooter"><p>Cửa hàng thiết bị bán hàng (minh họa) - 21 Tô Hiến Thành, Quận 10, TP.HCM</p><p>Giấy chứng nhận ĐKKD số 0312xxxxxx</p><p>Cung cấp bởi Haravan</p></footer>
</div>"""
    return doc(a["title"], body, '<script>var Haravan = Haravan || {}; Haravan.shop = "thiet-bi-ban-hang.myharavan.com";</script>\n')


# 19 ------------------------------------------------------------------------ sapo blog
def f_sapo(d):
    h, _ = h12(d)
    part = "sáng" if d.hour < 11 else ("trưa" if d.hour < 13 else ("chiều" if d.hour < 18 else "tối"))
    return f"{h}:{d.minute:02d} {part}, {dmy(d)}"


@reg("sapo-blog", f_sapo)
def t_sapo(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"])
    core = f"""
<section class="article-main">
 <div class="article-title"><h1 class="title-head">{E(a['title'])}</h1></div>
 <div class="post-time">Đăng lúc {E(f_sapo(d))}</div>
 <div class="article-details"><div class="rte">
<p><em>{E(a['lead'])}</em></p>
{body}
<p>{E(a['by'])}</p>
 </div></div>
 <div class="blog_related"><h2>Bài viết cùng chủ đề</h2>{''.join(f'<div class="item"><a href="/{slug(t)}">{E(t)}</a></div>' for t in titles(rng, 5))}</div>
 <div class="comment-form"><h3>Viết bình luận</h3><form><input placeholder="Họ tên"><input placeholder="Email"><textarea placeholder="Nội dung"></textarea><button>Gửi bình luận</button></form></div>
</section>"""
    body = f"""<div class="wrapper">
<header class="header"><div class="topbar"><span>{TODAY_STR}</span><span>Tổng đài: 1800 6750</span></div><a class="logo" href="/">Phần mềm bán hàng (minh họa)</a>
{menu(['Trang chủ', 'Bán online', 'Bán tại cửa hàng', 'Bảng giá', 'Blog', 'Hỗ trợ'], 'header-nav', 'item_big')}</header>
<section class="bread-crumb"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/blog">Blog</a></li><li><strong>{E(a['title'])}</strong></li></ul></section>
<div class="container"><div class="row"><div class="col-lg-9">{core}</div>
<aside class="col-lg-3 left-content">{side_box(rng, 'Tin tức nổi bật', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'aside-item')}{side_box(rng, 'Bài viết mới', 6, lambda x: x.strftime('%d/%m/%Y'), d, 'aside-item')}<div class="aside-item"><h3>Tính năng nổi bật</h3><ul><li>Quản lý kho đa chi nhánh</li><li>Kết nối sàn thương mại điện tử</li><li>Xuất hóa đơn điện tử tự động</li><li>Báo cáo doanh thu theo thời gian thực</li></ul></div><div class="aside-item"><h3>Đăng ký dùng thử</h3><p>Miễn phí 7 ngày, không cần thẻ thanh toán.</p></div></aside></div></div>
{footer_cols('footer-sapo')}<footer class="footer"><p>Cửa hàng phần mềm (minh họa) - 266 Đội Cấn, Ba Đình, Hà Nội</p><p>© Bản quyền thuộc về cửa hàng | Cung cấp bởi Sapo</p></footer>
</div>"""
    return doc(a["title"], body, '<meta name="generator" content="Sapo Web">\n')


# 20 ----------------------------------------------------------------------- astro blog
def f_astro(d):
    return f"{d.day} thg {d.month}, {d.year}"


@reg("astro-blog", f_astro)
def t_astro(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    utc_midnight = f"{d.strftime('%Y-%m-%d')}T00:00:00.000Z"
    body = blocks_html(a["blocks"], p=lambda t: f'<p data-astro-cid-bvzihdzo>{E(t)}</p>')
    posts = "".join(f'<li><a href="/blog/{slug(t)}/">{E(t)}</a> <time datetime="{x.strftime("%Y-%m-%d")}T00:00:00.000Z">{f_astro(x)}</time></li>' for t, x in zip(titles(rng, 6), side_dates(rng, 6, d)))
    body = f"""<header data-astro-cid-3ef6ksr2><nav data-astro-cid-3ef6ksr2><h2><a href="/">sổ tay định danh</a></h2>
<div class="internal-links"><a href="/">Trang chủ</a><a href="/blog">Blog</a><a href="/about">Giới thiệu</a></div>
<div class="social-links"><a href="https://github.example.vn/">GitHub</a><a href="/rss.xml">RSS</a></div></nav></header>
<main data-astro-cid-bvzihdzo><article data-astro-cid-bvzihdzo>
<div class="hero-image" data-astro-cid-bvzihdzo><img width="1020" height="510" src="/_astro/hero.B2x9kQ.webp" alt=""></div>
<div class="prose" data-astro-cid-bvzihdzo>
 <div class="title" data-astro-cid-bvzihdzo>
  <div class="date" data-astro-cid-bvzihdzo><time datetime="{utc_midnight}">{E(f_astro(d))}</time></div>
  <h1 data-astro-cid-bvzihdzo>{E(a['title'])}</h1>
  <p class="byline">bởi {E(a['by'])}</p>
  <hr data-astro-cid-bvzihdzo>
 </div>
 <p class="description"><em>{E(a['lead'])}</em></p>
 {body}
</div></article>
<section class="more-posts"><h2>Bài khác</h2><ul>{posts}</ul></section></main>
<footer data-astro-cid-sz7xmlte>&copy; 2026 sổ tay định danh (minh họa). Mọi quyền được bảo lưu. Nội dung viết với mục đích tham khảo, không phải hướng dẫn chính thức. Cập nhật hằng tuần; góp ý qua trang Giới thiệu. Hôm nay: {TODAY_STR}
<div class="social-links"><a href="/rss.xml">RSS</a></div></footer>"""
    css = "<style>" + " ".join(f".c{i}[data-astro-cid-bvzihdzo]{{margin:{i}px auto;max-width:{700 + i}px}}" for i in range(60)) + "</style>\n"
    return doc(a["title"], body, f'<meta name="generator" content="Astro v5.1.1">\n{css}')


# 21 -------------------------------------------------------------------- eleventy blog
def f_11ty(d):
    return f"{d.day} tháng {d.month} năm {d.year}, {hm(d)}"


@reg("eleventy-blog", f_11ty)
def t_11ty(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    body = blocks_html(a["blocks"], h=lambda t: f'<h2 id="{slug(t)}">{E(t)} <a class="header-anchor" href="#{slug(t)}">#</a></h2>')
    body = f"""<a href="#skip" class="visually-hidden">Bỏ qua, đến nội dung</a>
<header><a href="/" class="home-link">Dữ liệu mở cho mọi người (minh họa)</a>
<nav><h2 class="visually-hidden">Điều hướng</h2><ul class="nav"><li class="nav-item"><a href="/">Trang chủ</a></li><li class="nav-item"><a href="/blog/">Lưu trữ</a></li><li class="nav-item"><a href="/about/">Giới thiệu</a></li><li class="nav-item"><a href="/feed/feed.xml">Feed</a></li></ul></nav></header>
<main id="skip">
<heading-anchors>
<h1 id="{slug(a['title'])}">{E(a['title'])}</h1>
<ul class="post-metadata">
 <li><time datetime="{d.isoformat()}">{E(f_11ty(d))}</time></li>
 <li>Viết bởi {E(a['by'])}</li>
 <li><a href="/tags/du-lieu-mo/" class="post-tag">dữ liệu mở</a>, </li>
 <li><a href="/tags/api/" class="post-tag">API</a></li>
</ul>
<p class="lead">{E(a['lead'])}</p>
{body}
</heading-anchors>
<ul class="links-nextprev"><li class="links-nextprev-prev">Bài trước<br> <a href="/blog/{slug(titles(rng, 1)[0])}/">{E(titles(rng, 1)[0])}</a></li><li class="links-nextprev-next">Bài sau<br> <a href="/blog/ban-do-so/">Bản đồ số cho từng thôn</a></li></ul>
</main>
<footer><p><em>Trang được dựng bằng <a href="https://www.11ty.dev/">Eleventy v3.0.0</a>.</em> Nội dung theo giấy phép CC BY 4.0. Hôm nay: {TODAY_STR}. Mọi ý kiến đóng góp về các bộ dữ liệu xin gửi qua kho mã nguồn của dự án.</p>
<ul>{''.join(f'<li><a href="/blog/{slug(t)}/">{E(t)}</a> <time>{x.strftime("%d/%m/%Y")}</time></li>' for t, x in zip(titles(rng, 10), side_dates(rng, 10, d)))}</ul></footer>"""
    css = "<style>" + " ".join(f".post-metadata li:nth-child({i}){{margin-right:{i}px}}" for i in range(80)) + "</style>\n"
    return doc(a["title"], body, f'<meta name="generator" content="Eleventy v3.0.0">\n{css}')


# 22 -------------------------------------------------------------- mkdocs material blog
def f_mk(d):
    return f"{d.day} tháng {d.month}, {d.year}"


@reg("mkdocs-material-blog", f_mk)
def t_mk(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    raw = random.Random(7).randbytes(760_000)
    b64 = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + raw).decode()
    blocks = []
    for b in a["blocks"]:
        if b[0] == "img":
            b = ("img", b[1], "data:image/jpeg;base64," + b64)
        blocks.append(b)
    body = blocks_html(blocks, h=lambda t: f'<h2 id="{slug(t)}">{E(t)}<a class="headerlink" href="#{slug(t)}" title="Permanent link">¶</a></h2>',
                       img=lambda cap, src: f'<figure><img alt="" src="{src}"><figcaption>{E(cap)}</figcaption></figure>',
                       table=lambda rows: '<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div></div>")
    nav = "".join(f'<li class="md-nav__item"><a href="#{slug(b[1])}" class="md-nav__link"><span class="md-ellipsis">{E(b[1])}</span></a></li>' for b in a["blocks"] if b[0] == "h")
    archive = "".join(f'<li class="md-nav__item"><a href="/blog/archive/2026/{m}/" class="md-nav__link">Tháng {m}, 2026</a></li>' for m in (11, 10, 9, 8))
    recent = "".join(f'<li class="md-nav__item"><a href="/blog/{slug(t)}/" class="md-nav__link"><span class="md-ellipsis">{E(t)}</span></a></li>' for t in titles(rng, 5))
    body = f"""<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Đầu trang">
<a href="/" title="Kết nối dữ liệu" class="md-header__button md-logo" aria-label="Kết nối dữ liệu"></a>
<div class="md-header__title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">Tài liệu Kết nối dữ liệu (minh họa)</span></div></div></div>
<div class="md-search" data-md-component="search"><input type="text" class="md-search__input" placeholder="Tìm kiếm"></div></nav></header>
<div class="md-container" data-md-component="container">
<nav class="md-tabs" aria-label="Thẻ"><div class="md-grid"><ul class="md-tabs__list"><li class="md-tabs__item"><a href="/" class="md-tabs__link">Bắt đầu</a></li><li class="md-tabs__item"><a href="/api/" class="md-tabs__link">Tham chiếu API</a></li><li class="md-tabs__item md-tabs__item--active"><a href="/blog/" class="md-tabs__link">Blog</a></li></ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<div class="md-post__back"><a href="/blog/" class="md-nav__link">Quay lại trang chủ blog</a></div>
<nav class="md-nav md-nav--primary"><label class="md-nav__title">Lưu trữ</label><ul class="md-nav__list">{archive}</ul><label class="md-nav__title">Bài gần đây</label><ul class="md-nav__list">{recent}</ul></nav>
<div class="md-post__authors md-typeset"><div class="md-profile md-post__profile"><span class="md-author md-author--long"><img src="/assets/avatar-lam.png" alt="{E(a['author'])}"></span><span class="md-profile__description"><strong>{E(a['by'])}</strong><br>Kỹ sư tích hợp</span></div></div>
<ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section"><div class="md-post__title"><span class="md-ellipsis">Siêu dữ liệu</span></div><nav class="md-nav"><ul class="md-nav__list">
<li class="md-nav__item"><div class="md-nav__link"><time datetime="{d.strftime('%Y-%m-%d')} 00:00:00+00:00" class="md-ellipsis">{E(f_mk(d))}</time></div></li>
<li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">trong <a href="/blog/category/tich-hop/">Tích hợp</a></span></div></li>
<li class="md-nav__item"><div class="md-nav__link"><span class="md-ellipsis">12 phút đọc</span></div></li></ul></nav></li></ul>
</div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><nav class="md-nav md-nav--secondary" aria-label="Mục lục"><label class="md-nav__title">Mục lục</label><ul class="md-nav__list">{nav}</ul></nav></div>
<div class="md-content md-content--post" data-md-component="content"><article class="md-content__inner md-typeset">
<h1 id="{slug(a['title'])}">{E(a['title'])}</h1>
<p><strong>{E(a['lead'])}</strong></p>
{body}
<aside class="md-source-file"><span class="md-source-file__fact">Cập nhật: 2 tháng 12, 2026</span></aside>
</article></div>
</div></main>
<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">Bản quyền © 2026 Nhóm tích hợp (minh họa). Made with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></div></div></footer>
</div>"""
    return doc(a["title"], body, '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.49">\n', body_cls="")


# 23 ------------------------------------------------------------------------- nodebb
def f_nodebb(d):
    import datetime as _dt
    return d.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@reg("nodebb-topic", f_nodebb)
def t_nodebb(a):
    rng = rng_for(a["file"])
    d = a["pub"]
    import datetime as _dt
    op_html = "".join(f"<p>{E(b[1])}</p>" if b[0] == "p" else ("<ul>" + "".join(f"<li>{E(i)}</li>" for i in b[1]) + "</ul>") for b in a["blocks"])
    replies = a["replies"]
    posts = [f"""<li component="post" class="pt-4 topic-main-post" data-index="0" data-pid="{a['pid']}" data-uid="318" itemprop="mainEntity" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{E(a['title'])}"><meta itemprop="datePublished" content="{f_nodebb(d)}">
<div class="d-flex align-items-start gap-3 post-container-parent"><div class="bg-body d-none d-sm-block rounded-circle"><a class="d-inline-block position-relative text-decoration-none" href="/user/{slug(a['uname'])}"><span class="avatar avatar-rounded" style="background-color:#2196f3">{a['author'][0]}</span></a></div>
<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0">
<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">
<div class="d-flex gap-1 flex-wrap align-items-center text-truncate"><a class="fw-bold text-nowrap text-truncate" href="/user/{slug(a['uname'])}" itemprop="name" data-username="{a['uname']}" data-uid="318">{E(a['author'])}</a>
<div class="d-flex gap-1 align-items-center"><a href="/post/{a['pid']}" class="timeago text-muted" title="{f_nodebb(d)}">{E(a['rel'])}</a></div></div></div>
<div class="content text-break" component="post/content" itemprop="text">{op_html}</div>
<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools"><a href="#" class="btn btn-ghost btn-sm">Trả lời</a><a href="#" class="btn btn-ghost btn-sm">Trích dẫn</a><span class="votes">12</span></div>
</div></div></li>"""]
    for i, (name, when, rel, txt) in enumerate(replies, 1):
        iso = when.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        posts.append(f"""<li component="post" class="pt-4" data-index="{i}" data-pid="{a['pid'] + i * 3}" data-uid="{400 + i}" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
<meta itemprop="datePublished" content="{iso}"><div class="post-container"><div class="post-header"><a class="fw-bold" href="/user/{slug(name)}" itemprop="name">{E(name)}</a> <a href="/post/{a['pid'] + i * 3}" class="timeago text-muted" title="{iso}">{E(rel)}</a></div>
<div class="content text-break" component="post/content" itemprop="text"><p>{E(txt)}</p></div></div></li>""")
    body = f"""<nav component="sidebar/left" class="sidebar sidebar-left"><ul id="main-nav" class="list-unstyled"><li class="nav-item"><a class="nav-link" href="/categories"><span class="nav-text">Chuyên mục</span></a></li><li class="nav-item"><a class="nav-link" href="/recent"><span class="nav-text">Gần đây</span></a></li><li class="nav-item"><a class="nav-link" href="/tags"><span class="nav-text">Thẻ</span></a></li><li class="nav-item"><a class="nav-link" href="/popular"><span class="nav-text">Phổ biến</span></a></li><li class="nav-item"><a class="nav-link" href="/users"><span class="nav-text">Thành viên</span></a></li></ul></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3"><div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<nav aria-label="breadcrumb" class="breadcrumb-container"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/category/7/hoi-dap-dich-vu-cong">Hỏi đáp dịch vụ công</a></li><li class="breadcrumb-item active">{E(a['title'])}</li></ol></nav>
<div class="topic"><div class="topic-header sticky-top mb-3 bg-body"><h1 component="post/header" class="fs-2 mb-0 text-break" itemprop="name"><span class="topic-title" component="topic/title">{E(a['title'])}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><a href="/category/7/hoi-dap-dich-vu-cong" class="badge">Hỏi đáp dịch vụ công</a><span class="stats text-muted"><i class="fa fa-message"></i> {len(replies) + 1} bài viết</span><span class="stats text-muted">{rng.randint(300, 2000)} lượt xem</span></div></div>
<ul component="topic" class="posts timeline list-unstyled p-0 py-3" data-tid="{a['tid']}">{''.join(posts)}</ul>
<div class="pagination-block text-center"><span>1 / 1</span></div></div>
<div class="suggested-topics"><h3>Chủ đề gợi ý</h3><ul>{''.join(f'<li><a href="/topic/{rng.randint(100, 1800)}/{slug(t)}">{E(t)}</a> <span class="timeago" title="2026-11-2{rng.randint(0, 9)}T0{rng.randint(1, 9)}:1{rng.randint(0, 9)}:00.000Z">{rng.randint(2, 9)} ngày trước</span></li>' for t in titles(rng, 6))}</ul></div>
</div></main>
<footer class="footer">Diễn đàn Cộng đồng Dịch vụ công (minh họa) · Nội quy · Liên hệ quản trị · Hôm nay {TODAY_STR}. Đây là diễn đàn trao đổi của người dùng, không phải kênh tiếp nhận hồ sơ chính thức. Thành viên chịu trách nhiệm về nội dung mình đăng.</footer>"""
    return doc(a["title"] + " | Diễn đàn", body, '<meta name="generator" content="NodeBB">\n<link rel="stylesheet" href="/assets/client.css?v=9a1">\n', body_cls="page-topic page-topic-1834 template-topic skin-noskin")


# 24 ------------------------------------------------------------------ vanilla forum
def f_vanilla(d):
    h, s = h12(d)
    return f"{d.day} tháng {d.month}, {d.year} {h}:{d.minute:02d}{s}"


@reg("vanilla-forum-thread", f_vanilla)
def t_vanilla(a):
    rng_for(a["file"])
    d = a["pub"]
    import datetime as _dt
    op = "<br><br>".join(E(b[1]) for b in a["blocks"])
    comments = []
    for i, (name, when, rel, txt) in enumerate(a["replies"]):
        iso = when.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        comments.append(f"""<li class="Item ItemComment Role_Member" id="Comment_{88120 + i}"><div class="Comment"><div class="Options"></div>
<div class="Item-Header CommentHeader"><div class="AuthorWrap"><span class="Author"><a title="{E(name)}" href="/profile/{slug(name)}" class="PhotoWrap"><img src="/uploads/userpics/n{i}.jpg" alt="{E(name)}" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/{slug(name)}" class="Username">{E(name)}</a></span></div>
<div class="Meta CommentMeta CommentInfo"><span class="MItem DateCreated"><a href="/discussion/comment/{88120 + i}#Comment_{88120 + i}" class="Permalink" rel="nofollow"><time title="{E(f_vanilla(when))}" datetime="{iso}">{E(rel)}</time></a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{E(txt)}</div></div></div></div></li>""")
    iso = d.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    body = f"""<div id="Frame"><div class="Head" id="Head"><div class="Row"><strong class="SiteTitle"><a href="/">Diễn đàn Người dùng Số (minh họa)</a></strong>
<ul class="SiteMenu"><li><a href="/discussions">Thảo luận</a></li><li><a href="/categories">Chuyên mục</a></li><li><a href="/activity">Hoạt động</a></li></ul><span class="Today">{TODAY_STR}</span></div></div>
<div id="Body"><div class="Row"><div class="BreadcrumbsWrapper"><span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span class="CrumbLabel CrumbLabel-HomePage"><a href="/">Trang chủ</a></span> › <span class="CrumbLabel Category-cong-dich-vu-cong"><a href="/categories/cong-dich-vu-cong">Cổng dịch vụ công</a></span></span></div>
<div class="Column PanelColumn" id="Panel"><div class="Box BoxCategories"><h4>Chuyên mục</h4><ul class="PanelInfo PanelCategories"><li><a href="/categories/dinh-danh">Định danh điện tử</a> <span class="Aside"><span class="Count">214</span></span></li><li><a href="/categories/cong-dich-vu-cong">Cổng dịch vụ công</a> <span class="Aside"><span class="Count">486</span></span></li><li><a href="/categories/thanh-toan">Thanh toán số</a> <span class="Aside"><span class="Count">158</span></span></li></ul></div>
<div class="Box BoxInThisDiscussion"><h4>Tham gia thảo luận</h4><ul class="PanelInfo">{''.join(f'<li><a href="/profile/{slug(r[0])}">{E(r[0])}</a></li>' for r in a['replies'])}</ul></div></div>
<div class="Column ContentColumn" id="Content"><div class="MessageList Discussion">
<div class="PageTitle"><h1>{E(a['title'])}</h1></div>
<div class="Item-Header DiscussionHeader"><div class="AuthorWrap"><span class="Author"><a href="/profile/{slug(a['author'])}" class="PhotoWrap"><img src="/uploads/userpics/op.jpg" alt="{E(a['author'])}" class="ProfilePhoto ProfilePhotoMedium"></a><a href="/profile/{slug(a['author'])}" class="Username">{E(a['author'])}</a></span><span class="AuthorInfo"><span class="MItem RoleTitle">Thành viên</span></span></div>
<div class="Meta DiscussionMeta"><span class="MItem DateCreated"><a href="{a['url']}" class="Permalink" rel="nofollow"><time title="{E(f_vanilla(d))}" datetime="{iso}">{E(f_vanilla(d))}</time></a></span> <span class="MItem Category">trong <a href="/categories/cong-dich-vu-cong">Cổng dịch vụ công</a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{op}</div><div class="Reactions"><a href="#" class="ReactButton">Thích</a> <a href="#" class="ReactButton">Báo cáo</a></div></div></div></div>
<div class="CommentsWrap"><span class="BeforeCommentHeading"><h2 class="CommentHeading">Bình luận</h2></span><div class="DataBox DataBox-Comments"><ul class="MessageList DataList Comments">{''.join(comments)}</ul></div>
<div class="P PagerWrap"><div class="Pager PagerLinkCount-1"><span class="Previous Pager-nav">«</span><a href="#" class="Highlight">1</a><span class="Next Pager-nav">»</span></div></div></div>
<div class="Foot Closed"><div class="Note Closed SignInOrRegister"><a href="/entry/signin" class="Popup">Đăng nhập</a> hoặc <a href="/entry/register">Đăng ký</a> để bình luận.</div></div>
</div></div></div>
<div id="Foot"><div class="Row">{footer_cols('FootLinks')}<a href="https://open.vanillaforums.com" class="PoweredByVanilla">Powered by Vanilla</a><p>Diễn đàn người dùng (minh họa). Nội dung do thành viên tự đăng tải và chịu trách nhiệm. Ban quản trị không thay mặt cơ quan nhà nước trả lời các câu hỏi.</p></div></div></div>"""
    return doc(a["title"] + " — Diễn đàn Người dùng Số", body, '<link rel="stylesheet" href="/applications/dashboard/design/style.css?v=2024.1">\n', body_cls="Vanilla Discussion isDesktop Section-Discussion")


# ----------------------------------------------------------------------------- listings
def listing_items(rng, n, avoid=None):
    return list(zip(titles(rng, n), side_dates(rng, n, avoid)))


@reg("wp-tag-featured", lambda d: "")
def t_tagpage(a):
    rng = rng_for(a["file"])
    items = listing_items(rng, 13)
    feat_t, feat_d = items[0]
    long_teaser = " ".join(rng.sample(
        ["Những tháng cuối năm, các địa phương đồng loạt đẩy nhanh tiến độ triển khai nền tảng số dùng chung.",
         "Từ việc số hóa hồ sơ hộ tịch đến thanh toán học phí qua ứng dụng, người dân đã cảm nhận rõ sự thay đổi.",
         "Tuy vậy, chênh lệch về hạ tầng giữa đô thị và vùng sâu vẫn là bài toán chưa có lời giải trọn vẹn.",
         "Bài viết tổng hợp ý kiến của cán bộ cơ sở, doanh nghiệp và người dân về chặng đường đã qua.",
         "Nhiều mô hình hay đang được đề xuất nhân rộng trong năm tới."], 5))
    feat = f"""<article class="jeg_post jeg_pl_lg_featured format-standard featured-post"><div class="jeg_thumb"><a href="/{slug(feat_t)}/"><img src="/wp-content/uploads/2026/12/featured-1200x675.jpg" alt="{E(feat_t)}"></a></div>
<div class="jeg_postblock_content"><div class="jeg_post_category"><a href="/category/chuyen-doi-so/">Chuyển đổi số</a></div><h2 class="jeg_post_title"><a href="/{slug(feat_t)}/">{E(feat_t)}</a></h2>
<div class="jeg_post_meta"><div class="jeg_meta_author">bởi <a href="/author/thu-trang/">Thu Trang</a></div><div class="jeg_meta_date"><a href="/{slug(feat_t)}/">{feat_d.strftime('%d/%m/%Y %H:%M')}</a></div></div>
<div class="jeg_post_excerpt"><p>{E(long_teaser)}</p><a href="/{slug(feat_t)}/" class="jeg_readmore">Đọc tiếp</a></div></div></article>"""
    rest = "".join(f"""<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="/{slug(t)}/"><img src="/wp-content/uploads/2026/11/thumb-{i}.jpg" alt=""></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/{slug(t)}/">{E(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date">{x.strftime('%d/%m/%Y')}</div></div><div class="jeg_post_excerpt"><p>{E(teaser(rng))}</p></div></div></article>""" for i, (t, x) in enumerate(items[1:]))
    body = f"""<div class="jeg_viewport"><div class="jeg_header normal"><div class="jeg_topbar"><div class="jeg_top_date">{TODAY_STR}</div></div>
<div class="jeg_midbar"><div class="jeg_logo"><a href="/">Tin Số Hôm Nay (minh họa)</a></div></div>
<div class="jeg_bottombar">{menu(['Trang chủ', 'Thời sự', 'Chuyển đổi số', 'Kinh tế số', 'Đời sống', 'Video'], 'jeg_main_menu_wrapper', 'jeg_menu jeg_main_menu')}</div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content"><div class="jeg_section"><div class="container">
<div class="jeg_archive_header"><div class="jeg_breadcrumbs"><a href="/">Trang chủ</a> › <span>Thẻ</span> › <span>chuyển đổi số</span></div><h1 class="jeg_archive_title">Thẻ: chuyển đổi số</h1><p class="jeg_archive_description">Tất cả bài viết được gắn thẻ chuyển đổi số.</p></div>
<div class="jeg_main_content col-md-8"><div class="jeg_postblock_4 jeg_postblock">{feat}<div class="jeg_posts jeg_load_more_flag">{rest}</div></div>
<div class="jeg_navigation jeg_pagination jeg_pagenav_1"><span class="page_number active">1</span><a class="page_number" href="/tag/chuyen-doi-so/page/2/">2</a><a class="page_number" href="/tag/chuyen-doi-so/page/3/">3</a><span class="page_number dots">…</span><a class="page_number" href="/tag/chuyen-doi-so/page/14/">14</a><a class="page_nav next" href="/tag/chuyen-doi-so/page/2/">Sau ›</a></div></div>
<div class="jeg_sidebar col-md-4">{side_box(rng, 'Đọc nhiều', 5, lambda x: x.strftime('%d/%m/%Y'), None, 'widget jeg_popular')}</div></div></div></div></div></div>
<div class="jeg_footer"><p>© 2026 Tin Số Hôm Nay (minh họa). Giấy phép số 45/GP-STTTT. Địa chỉ: 102 Nguyễn Trãi, Thanh Xuân, Hà Nội.</p></div></div>"""
    return doc("chuyển đổi số – Lưu trữ – Tin Số Hôm Nay", body, '<meta name="generator" content="WordPress 6.7.1">\n<meta name="robots" content="noindex, follow">\n', body_cls="archive tag tag-chuyen-doi-so jnews")


@reg("gov-search-results", lambda d: "")
def t_search(a):
    rng = rng_for(a["file"])
    items = listing_items(rng, 15)
    res = "".join(f"""<div class="search-result-item"><h3 class="title"><a href="/tin-tuc/{slug(t)}-{rng.randint(1000, 9999)}.html">{E(t)}</a></h3><div class="date">Ngày đăng: {x.strftime('%d/%m/%Y')}</div>
<div class="snippet">... hướng dẫn người dân thực hiện <b>dịch vụ công</b> trực tuyến. {E(teaser(rng))} ...</div><div class="url">{a['host']}/tin-tuc/{slug(t)}.html</div></div>""" for t, x in items)
    body = f"""<div id="wrapper"><div class="top-bar"><span>{TODAY_STR}</span> <a href="/">Trang chủ</a> <a href="/so-do">Sơ đồ cổng</a> <a href="/en">English</a></div>
<div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH (minh họa)</div>
{menu(GOV_MENU, 'mainmenu')}
<div class="breadcrumb"><a href="/">Trang chủ</a> » Tìm kiếm</div>
<div class="search-page"><form class="search-form" action="/tim-kiem"><input type="text" name="q" value="dịch vụ công"><select name="type"><option>Tin tức</option><option>Văn bản</option><option>Thủ tục</option></select><button type="submit">Tìm kiếm</button></form>
<div class="search-summary">Tìm thấy <b>1.284</b> kết quả cho từ khóa "<b>dịch vụ công</b>" (0,21 giây)</div>
<div class="search-results">{res}</div>
<div class="pager"><span class="current">1</span> <a href="?q=dich+vu+cong&amp;page=2">2</a> <a href="?q=dich+vu+cong&amp;page=3">3</a> <a href="?q=dich+vu+cong&amp;page=4">4</a> ... <a href="?q=dich+vu+cong&amp;page=86">Trang cuối</a></div></div>
<div class="right-col">{side_box(rng, 'Văn bản mới', 5, lambda x: 'Ngày ban hành: ' + x.strftime('%d/%m/%Y'), None, 'vb-box')}</div>
{footer(FOOT_GOV, 'footer-portal')}</div>"""
    return doc("Kết quả tìm kiếm: dịch vụ công", body)


@reg("newspaper-date-archive", lambda d: "")
def t_archive(a):
    rng = rng_for(a["file"])
    items = []
    for t in titles(rng, 20):
        items.append((t, rng.randint(5, 23), rng.randint(1, 59)))
    items.sort(key=lambda x: (-x[1], -x[2]))
    lis = "".join(f"""<li class="story"><span class="story__time">{h:02d}:{m:02d}</span><h3 class="story__heading"><a class="cms-link" href="/{slug(t)}-post{rng.randint(800000, 899999)}.html">{E(t)}</a></h3><div class="story__summary">{E(teaser(rng))}</div></li>""" for t, h, m in items)
    body = f"""<div class="wrapper"><header class="site-header"><div class="header__top"><span class="datetime">{TODAY_STR}</span></div><a class="logo" href="/">BÁO ĐIỆN TỬ THÀNH PHỐ (minh họa)</a>
{menu(NEWS_MENU, 'main-menu')}</header>
<div class="container"><div class="col-main"><div class="box-timeline"><h1 class="box-title">Tin ngày 03/12/2026</h1>
<form class="date-picker"><label>Xem tin theo ngày</label><input type="date" value="2026-12-03"><button>Xem</button></form>
<ul class="timeline">{lis}</ul>
<div class="pagination"><a href="/tin-ngay/2026-12-02">« Ngày trước</a> <a href="/tin-ngay/2026-12-04">Ngày sau »</a></div></div></div>
<aside class="col-aside">{side_box(rng, 'Đọc nhiều', 6, lambda x: x.strftime('%d/%m/%Y'), None, 'box-most')}</aside></div>
{footer(FOOT_NEWS, 'site-footer')}</div>"""
    return doc("Tin ngày 03/12/2026", body)


@reg("baotinh-homepage", lambda d: "")
def t_home(a):
    rng = rng_for(a["file"])
    items = listing_items(rng, 24)
    top_t, _top_d = items[0]
    top = f"""<div class="hot-news"><div class="hot-news-main"><a href="/{slug(top_t)}-{rng.randint(10000, 99999)}.html"><img src="/uploads/2026/12/04/anh-lon.jpg" alt=""></a><h2><a href="/{slug(top_t)}.html">{E(top_t)}</a></h2><p class="sapo">{E(teaser(rng))} {E(teaser(rng))}</p></div>
<ul class="hot-news-sub">{''.join(f'<li><a href="/{slug(t)}.html">{E(t)}</a></li>' for t, _ in items[1:5])}</ul></div>"""
    cats = ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa - Thể thao", "Chuyển đổi số"]
    blocks = ""
    for i, c in enumerate(cats):
        part = items[5 + i * 3: 8 + i * 3]
        blocks += f'<section class="cate-block"><h2 class="cate-title"><a href="/{slug(c)}">{E(c)}</a></h2>' + "".join(f'<div class="cate-item"><a href="/{slug(t)}.html"><img src="/uploads/thumb/{slug(t)[:12]}.jpg" alt=""></a><h3><a href="/{slug(t)}.html">{E(t)}</a></h3><span class="time">{x.strftime("%d/%m/%Y")}</span></div>' for t, x in part) + "</section>\n"
    body = f"""<div class="wrap"><header class="header"><div class="topbar"><span class="date">{TODAY_STR}</span><a href="/bao-in">Báo in</a><a href="/rss">RSS</a><a href="/lien-he">Liên hệ</a></div>
<div class="logo"><a href="/">BÁO TỈNH (minh họa) - CƠ QUAN CỦA ĐẢNG BỘ TỈNH</a></div>
{menu(['Trang chủ'] + NEWS_MENU, 'menu-main')}</header>
<div class="ticker"><b>Tin mới:</b> {' · '.join(E(t) for t, _ in items[18:22])}</div>
<main class="home">{top}
<div class="home-cols"><div class="col-left">{blocks}</div>
<div class="col-right">{side_box(rng, 'Tin mới nhất', 8, lambda x: x.strftime('%H:%M %d/%m'), None, 'box-new')}<div class="box-weather"><h3>Thời tiết</h3><p>TP. trung tâm: 21-27°C, có mưa rào</p></div><div class="box-video"><h3>Video</h3><ul>{''.join(f'<li><a href="/video/{slug(t)}.html">{E(t)}</a></li>' for t, _ in items[22:24])}</ul></div></div></div></main>
{footer(['Báo tỉnh (minh họa) - Cơ quan của Đảng bộ tỉnh', 'Giấy phép số 18/GP-BTTTT', 'Tòa soạn: 05 Nguyễn Huệ, phường Trung tâm', 'Điện thoại: 0258.38xxxxx'], 'footer')}</div>"""
    return doc("Báo tỉnh điện tử - Tin tức mới nhất", body)


@reg("video-section-listing", lambda d: "")
def t_video(a):
    rng = rng_for(a["file"])
    items = listing_items(rng, 16)
    vids = "".join(f"""<div class="video-item"><a class="video-thumb" href="/video/{slug(t)}-{rng.randint(1000, 9999)}.html"><img src="/thumbs/v{i}.jpg" alt=""><span class="duration">{rng.randint(1, 9):02d}:{rng.randint(10, 59)}</span><span class="icon-play"></span></a><h3 class="video-title"><a href="/video/{slug(t)}.html">{E(t)}</a></h3><div class="video-meta"><span class="date">{x.strftime('%d/%m/%Y')}</span> · <span class="views">{rng.randint(2, 90)}K lượt xem</span></div></div>""" for i, (t, x) in enumerate(items))
    body = f"""<div class="page"><header class="header"><span class="today">{TODAY_STR}</span><a class="logo" href="/">TRUYỀN HÌNH TỈNH (minh họa)</a>
{menu(['Trang chủ', 'Thời sự', 'Video', 'Podcast', 'Trực tuyến', 'Lịch phát sóng', 'Chương trình'], 'nav-main')}</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / Video</div>
<section class="video-featured"><div class="player"><video poster="/thumbs/featured.jpg" controls><source src="/media/ban-tin-toi.mp4" type="video/mp4"></video></div><h1 class="section-title">Video</h1>
<div class="tabs"><a class="active" href="/video">Mới nhất</a><a href="/video/thoi-su">Thời sự</a><a href="/video/phong-su">Phóng sự</a><a href="/video/chuyen-doi-so">Chuyển đổi số</a></div></section>
<section class="video-grid">{vids}</section>
<div class="load-more"><a href="/video?page=2">Xem thêm video</a></div>
{footer(['Đài Phát thanh và Truyền hình tỉnh (minh họa)', 'Giấy phép số 25/GP-BTTTT', 'Địa chỉ: 09 Lê Lợi, phường Trung tâm'], 'footer')}</div>"""
    return doc("Video - Truyền hình tỉnh", body)


def jsonld(a):
    return json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                       "datePublished": a["pub"].isoformat(), "dateModified": a["pub"].isoformat(),
                       "author": {"@type": "Person", "name": a["author"]},
                       "publisher": {"@type": "Organization", "name": "Tòa soạn (minh họa)"}}, ensure_ascii=False)
