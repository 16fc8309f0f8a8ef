"""Article templates 12-24."""
import json

from arts import dmy, hm
from common import WD, blob, dt_iso
from tpl import E, breadcrumb, comments_html, og, page, render, share_html, side_box, slug, tags_html


# 12. national radio detail (facts: giapham123/crawl-news-python config: h1.article-title.mb-0, .detail.detail--normal)
def national_radio_detail(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {hm(dt)}, {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<figure class="article__image"><img src="{src}"><figcaption class="caption">{cap}</figcaption></figure>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": dt_iso(dt),
          "dateModified": dt_iso(dt.replace(hour=dt.hour + 2)), "publisher": {"@type": "Organization", "name": "Đài Tiếng nói Quốc gia"}}
    main = f"""<div class="article">
<div class="article__meta"><span class="article__cate"><a href="/kinh-te/">Kinh tế</a></span> <span class="article__date">{ds}</span></div>
<h1 class="article-title mb-0">{E(a["title"])}</h1>
<div class="article-summary"><strong>VOV.VN - {E(a["lead"])}</strong></div>
<div class="audio-player"><audio controls src="/audio/2024/06/tts.mp3"></audio><span>Nghe bài viết</span></div>
<div class="detail detail--normal">
{body}
<p style="text-align: right;"><strong>Thanh Hằng/VOV.VN</strong></p>
</div>
{tags_html(["kinh tế số", "thanh toán không dùng tiền mặt"], "article__tags")}
{share_html("article__share")}
</div>"""
    fmt = lambda d: d.strftime("%H:%M %d/%m/%Y")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Đọc nhiều", s["tpl"] + "v", 10, dt, fmt) + side_box("Podcast", s["tpl"] + "p", 6, dt, fmt)
    head = og(a["title"], a["lead"], s["url"], extra=f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return page("Đài Tiếng nói Quốc gia", a["title"], main, aside, seed=s["tpl"], head_extra=head,
                addr="Số 45 Bà Triệu, Hoàn Kiếm, Hà Nội", phone="024 3825 0012",
                bc=breadcrumb(["Kinh tế", "Kinh tế số"])), ds, ["Thanh Hằng"]


ZCE_FIG = lambda src, cap: f'<figure class="picture"><img class="cms-photo" src="{src}" data-src="{src}"><figcaption class="PhotoCMS_Caption"><p>{cap}</p></figcaption></figure>'
ZCE_REL = lambda items: '<div class="cms-relate"><div class="box-heading">Tin liên quan</div><ul>' + "".join(
    f'<li><a class="cms-link" href="/{slug(t)}-post{7000 + i}.html">{E(t)}</a></li>' for i, t in enumerate(items)) + "</ul></div>"


# 13. regional daily on the zce CMS (facts: giapham123 config: .article__title.cms-title, .article__body.zce-content-body.cms-body)
def zce_regional_daily(a, s):
    dt = s["dt"]
    ds = f"{hm(dt)} ngày {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"], fig=ZCE_FIG, rel=ZCE_REL)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2024-04-09T23:58:00+07:00",
          "author": {"@type": "Person", "name": "quantri"}}
    main = f"""<article class="article">
<h1 class="article__title cms-title">{E(a["title"])}</h1>
<div class="article__meta"><span class="article__author cms-author">Ngọc Lan</span> <time class="time">{ds}</time></div>
<div class="article__sapo cms-desc">{E(a["lead"])}</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{body}
</div>
{tags_html(["đô thị thông minh", "IOC"], "article__tag")}
{share_html("article__social")}
</article>"""
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt, cls="box-latest") + side_box("Xem nhiều", s["tpl"] + "q", 10, dt, fmt, cls="box-most")
    head = og(a["title"], a["lead"], s["url"], extra=f'<meta property="article:published_time" content="2024-04-09T23:58:00+07:00"><meta name="author" content="quantri"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return page("Báo Cao Nguyên", a["title"], main, aside, seed=s["tpl"], head_extra=head,
                addr="Số 9 Trần Hưng Đạo, TP Pleiku, Gia Lai", phone="0269 382 0013",
                bc=breadcrumb(["Thời sự", "Đô thị"])), ds, ["Ngọc Lan"]


# 14. AMP page of a zce-CMS paper
def zce_amp_daily(a, s):
    dt = s["dt"]
    h12 = dt.hour % 12 or 12
    part = "sáng" if dt.hour < 11 else ("trưa" if dt.hour < 13 else ("chiều" if dt.hour < 18 else "tối"))
    ds = f"{h12}:{dt.minute:02d} {part}, {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<figure><amp-img src="{src}" width="640" height="400" layout="responsive"></amp-img><figcaption>{cap}</figcaption></figure>')
    css = "body{font-family:Arial}" + ".c{margin:0 auto}" * 200
    head = f"""<link rel="canonical" href="{s["url"].replace('/amp/', '/')}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>{css}</style>
<meta property="og:type" content="article"><meta property="og:title" content="{E(a["title"])}">"""
    menu = "".join(f'<li><a href="/amp/{slug(t)}/">{t}</a></li>' for t in ["Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Thể thao", "Văn hóa", "Chuyển đổi số"])
    more = "".join(f'<li><a href="/amp/tin-{i}.html">{E(t)}</a> <span>{(dt.replace(hour=max(dt.hour - i, 0))).strftime("%H:%M")}</span></li>'
                   for i, t in enumerate(["Ngân hàng mở rộng thanh toán chạm", "Cục Thuế công bố danh sách nợ thuế", "Chợ đêm thí điểm thanh toán không tiền mặt", "Tập huấn hóa đơn điện tử cho hộ kinh doanh", "Doanh nghiệp nhỏ chuyển sang kế toán trên mây"] * 4))
    html = f"""<!doctype html>
<html ⚡ lang="vi">
<head><meta charset="utf-8"><title>{E(a["title"])}</title><meta name="viewport" content="width=device-width">
{head}
</head>
<body>
<header class="amp-header"><a href="/amp/"><amp-img src="/logo.png" width="160" height="40" alt="Báo Cao Nguyên"></amp-img></a>
<amp-sidebar id="menu" layout="nodisplay"><ul>{menu}</ul></amp-sidebar></header>
<nav class="bc"><a href="/amp/">Trang chủ</a> › <a href="/amp/kinh-te/">Kinh tế</a></nav>
<article class="article">
<h1 class="article__title cms-title">{E(a["title"])}</h1>
<div class="article__meta"><time>{ds}</time></div>
<div class="article__sapo cms-desc">{E(a["lead"])}</div>
<div class="article__body cms-body">
{body}
<p class="author" style="text-align:right"><em>Theo Minh Quân (Báo Tin Tức Tỉnh)</em></p>
</div>
<div class="share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="zalo" width="40" height="40"></amp-social-share></div>
</article>
<section class="more"><h3>Tin mới</h3><ul>{more}</ul></section>
<footer><p>Báo Cao Nguyên - Cơ quan của Tỉnh ủy. Địa chỉ: Số 9 Trần Hưng Đạo, TP Pleiku.</p><p>Giấy phép số 45/GP-BTTTT.</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-AMP0001"}},"extra":"{blob('amp', 16000)}"}}</script></amp-analytics>
</body>
</html>
"""
    return html, ds, ["Minh Quân"]


# 15. court / law weekly (facts: giapham123 config for a court paper: .sc-longform-header-title.block-sc-title, .b-maincontent)
def court_law_weekly(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {dmy(dt)} | {hm(dt)} GMT+7"
    body = render(a["blocks"], seed=s["tpl"], h='<h3 class="sub-title"><strong>{}</strong></h3>')
    main = f"""<div class="sc-longform-header">
<div class="sc-cate"><a href="/phap-luat/">Pháp luật</a></div>
<h1 class="sc-longform-header-title block-sc-title">{E(a["title"])}</h1>
<div class="sc-longform-header-meta"><span class="sc-author">ThS. Phạm Thành</span> <span class="sc-date">{ds}</span></div>
<div class="sc-longform-header-sapo block-sc-sapo">{E(a["lead"])}</div>
</div>
<div class="b-maincontent">
{body}
</div>
{share_html()}{tags_html(["giao dịch điện tử", "chứng cứ điện tử", "tòa án"])}
{comments_html()}"""
    fmt = lambda d: d.strftime("%d/%m/%Y | %H:%M")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Đọc nhiều", s["tpl"] + "c", 10, dt, fmt)
    return page("Tuần báo Tòa án và Pháp luật", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 262 Đội Cấn, Ba Đình, Hà Nội", phone="024 3762 0015",
                bc=breadcrumb(["Pháp luật", "Văn bản mới"])), ds, ["Phạm Thành"]


# 16. news agency economic brief (facts: giapham123 config for an agency econ paper: .post-top-entry h1, .post-ct-entry)
def news_agency_brief(a, s):
    dt = s["dt"]
    ds = f"Đăng lúc: {hm(dt)} - {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"])
    main = f"""<div class="post-top-entry">
<h1>{E(a["title"])}</h1>
<div class="post-date">{ds}</div>
</div>
<div class="post-sapo"><strong>{E(a["lead"])}</strong></div>
<div class="post-ct-entry">
{body}
<p style="text-align:right"><strong>Theo TTXVN</strong></p>
</div>
{share_html()}"""
    fmt = lambda d: d.strftime("%H:%M")
    aside = side_box("Tin nhanh", s["tpl"], 20, dt, fmt) + side_box("Tiêu điểm", s["tpl"] + "g", 12, dt, fmt)
    return page("Tin Kinh tế Thông tấn", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 79 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội", phone="024 3933 0016",
                bc=breadcrumb(["Thị trường"])), ds, ["Theo TTXVN"]


# 17. public-security detail (facts: giapham123 config for a police paper: .box-title-detail.entry-title, .detail-content-body)
def public_security_detail(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {dmy(dt)}, {hm(dt)} (GMT+7)"
    body = render(a["blocks"], seed=s["tpl"])
    main = f"""<div class="box-widget-detail">
<h1 class="box-title-detail entry-title">{E(a["title"])}</h1>
<div class="box-date pull-left">{ds}</div>
<div class="box-des-detail"><p>{E(a["lead"])}</p></div>
<div class="detail-content-body">
{body}
<p style="text-align:right"><strong>Hoàng Vũ - Lê Phong</strong></p>
</div>
{share_html()}
</div>"""
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    aside = side_box("Tin mới", s["tpl"], 14, dt, fmt) + side_box("Đọc nhiều", s["tpl"] + "h", 10, dt, fmt)
    return page("Báo Công an Thủ đô", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 40 Hàng Bài, Hoàn Kiếm, Hà Nội", phone="069 219 0017",
                bc=breadcrumb(["Phòng cháy chữa cháy"])), ds, ["Hoàng Vũ", "Lê Phong"]


# 18. foreign affairs paper (facts: giapham123 config: .article-detail-title.f0, .article-detail.fw.lt.mb.clearfix)
def foreign_affairs_paper(a, s):
    dt = s["dt"]
    ds = f"Thời gian đăng: {dmy(dt)} lúc {hm(dt)}"
    body = render(a["blocks"], seed=s["tpl"])
    main = f"""<h1 class="article-detail-title f0">{E(a["title"])}</h1>
<div class="article-detail-date">{ds}</div>
<div class="article-detail-desc">{E(a["lead"])}</div>
<div class="article-detail fw lt mb clearfix">
{body}
<p style="text-align: right;"><em>Minh Anh</em></p>
</div>
{share_html()}{tags_html(["hợp tác số", "ASEAN", "dữ liệu xuyên biên giới"])}"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Đọc nhiều", s["tpl"] + "f", 10, dt, fmt)
    return page("Báo Thế giới Hôm nay", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 1 Tôn Thất Đàm, Ba Đình, Hà Nội", phone="024 3823 0018",
                bc=breadcrumb(["Thế giới", "Hợp tác"])), ds, ["Minh Anh"]


# 19. hourly portal sport (facts: 24h spider in tranthanh28/crawler-web: #article_title, #article_sapo, #article_body,
#     div.updTm date, div.nguontin source)
def hourly_portal_sport(a, s):
    dt = s["dt"]
    h12 = dt.hour % 12 or 12
    ds = f"{WD[dt.weekday()]}, ngày {dmy(dt)} {h12:02d}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'} (GMT+7)"
    body = render(a["blocks"], seed=s["tpl"], p='<p>{}</p>',
                  fig=lambda src, cap: f'<p class="img_chu_thich_0407" align="center"><img src="{src}" class="news-image"></p><p class="img_chu_thich_0407">{cap}</p>')
    main = f"""<main><div class="cate-24h">
<header><nav><div class="cateBdm brmCmTb"><ul><li><a href="/the-thao-c101.html"><span>Thể thao</span></a></li><li><a href="/futsal-c102.html"><span>Futsal</span></a></li></ul></div></nav></header>
<h1 id="article_title" class="clrTit bld tuht_show">{E(a["title"])}</h1>
<div class="mg20 ovf clF btn-share-24h-art"><div class="updTm updTmD mrT5">{ds}</div></div>
<h2 id="article_sapo" class="cltl">{E(a["lead"])}</h2>
<article id="article_body" class="cltxt">
{body}
<p style="text-align:right"><strong>Vũ Hải</strong></p>
<div class="nguontin nguontinD bld mrT10 mrB10 fr">Nguồn: [Link nguồn]</div>
</article>
</div></main>"""
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    aside = side_box("Tin bài cùng chủ đề", s["tpl"], 12, dt, fmt) + side_box("Tin nóng trong ngày", s["tpl"] + "w", 12, dt, fmt)
    return page("Tin Giờ Phút", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Tầng 12, tòa nhà số 1 Phạm Văn Bạch, Cầu Giấy, Hà Nội", phone="024 7300 0019",
                bc="", layout_cls=("mn-wrap", "left", "right")), ds, ["Vũ Hải"]


# 20. singular layout daily (facts: datgin/dan_tri detailBlog.blade.php: article.singular-container, h1.title-page.detail,
#     div.author-wrap > .author-meta > .author-name + time.author-time[datetime])
def singular_layout_daily(a, s):
    dt = s["dt"]
    ds = f"{hm(dt)} | {WD[dt.weekday()].replace('Thứ', 'Thứ').lower().capitalize()}, {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<figure class="image align-center"><img src="{src}" data-original="{src}"><figcaption><p>{cap}</p></figcaption></figure>',
                  rel=lambda items: '<article class="singular-related"><b>Tin liên quan</b>' + "".join(f'<a href="/{slug(t)}.htm">{E(t)}</a>' for t in items) + "</article>")
    main = f"""<div class="singular-wrap">
<ul class="dt-breadcrumb"><li><a href="/xa-hoi.htm">Xã hội</a></li><li><a href="/xa-hoi/chinh-sach.htm">Chính sách</a></li></ul>
<article class="singular-container">
<h1 class="title-page detail">{E(a["title"])}</h1>
<div class="author-wrap"><div class="author-avatar"><a class="author-avatar__picture" href="/tac-gia/bao-khanh-512.htm"><img alt="Bảo Khánh" src="/avatar/512.jpg"></a></div>
<div class="author-meta"><div class="author-name"><a href="/tac-gia/bao-khanh-512.htm"><b>Bảo Khánh</b></a></div>
<time class="author-time" datetime="{dt.strftime('%Y-%m-%d %H:%M')}">{ds}</time></div></div>
<h2 class="singular-sapo">(Tin Mới) - {E(a["lead"])}</h2>
<div class="singular-content">
{body}
</div>
{tags_html(["lương hưu", "bảo hiểm xã hội", "thanh toán không tiền mặt"], "tags-wrap")}
</article>
{comments_html("comment-wrap")}
</div>"""
    fmt = lambda d: d.strftime("%H:%M %d/%m")
    aside = side_box("Tin mới", s["tpl"], 14, dt, fmt, cls="article-list") + side_box("Đọc nhiều", s["tpl"] + "r", 10, dt, fmt, cls="article-list")
    return page("Báo Tin Mới", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 48 Láng Hạ, Đống Đa, Hà Nội", phone="024 3736 0020",
                layout_cls=("grid-container", "singular-main", "sidebar")), ds, ["Bảo Khánh"]


# 21. mobile page with fck_detail body (facts: daolvcntt/sat8spider: .title_news h1, .short_intro.txt_666,
#     .fck_detail.width_common; p.Normal paragraphs from VnExpressCrawler config)
def fck_detail_mobile(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {dt.day}/{dt.month}/{dt.year}, {hm(dt)} (GMT+7)"
    body = render(a["blocks"], seed=s["tpl"], p='<p class="Normal">{}</p>')
    main = f"""<section class="container">
<div class="title_news"><h1>{E(a["title"])}</h1></div>
<div class="block_timer_share"><div class="block_timer left txt_666">{ds}</div></div>
<h2 class="short_intro txt_666">{E(a["lead"])}</h2>
<div class="fck_detail width_common">
{body}
<p class="Normal" style="text-align:right;"><strong>Lan Phương</strong></p>
</div>
{share_html("block_share")}
{side_box("Tin liên quan", s["tpl"] + "rl", 6, dt, lambda d: d.strftime("%d/%m/%Y, %H:%M"), cls="box_related")}
</section>"""
    fmt = lambda d: d.strftime("%H:%M")
    aside = side_box("Tin mới nhất", s["tpl"], 10, dt, fmt, cls="box_sub_mobile") + side_box("Xem nhiều", s["tpl"] + "o", 10, dt, fmt, cls="box_sub_mobile")
    head = og(a["title"], a["lead"], s["url"], extra='<meta name="format-detection" content="telephone=no"><link rel="amphtml" href="' + s["url"].replace("//m.", "//amp.") + '">')
    return page("Tin Nhanh Số", a["title"], main, aside, seed=s["tpl"], head_extra=head,
                addr="Tầng 10, số 17 Duy Tân, Cầu Giấy, Hà Nội", phone="024 7300 0021", body_cls="mobile",
                header_cls="header-mobile", menu_cls="nav-mobile",
                layout_cls=("wrap-mobile", "main-mobile", "sub-mobile")), ds, ["Lan Phương"]


ASPNET_REL = lambda items: '<div class="tinlienquan">' + "".join(f'<a href="/Default.aspx?tabid=90&ID={100 + i}">{E(t)}</a>' for i, t in enumerate(items)) + "</div>"


# 22. ASP.NET provincial daily (WebForms: ctl00 ids, Label spans; from memory + news-website-dc ascx facts)
def aspnet_province_daily(a, s):
    dt = s["dt"]
    h12 = dt.hour % 12 or 12
    ds = f"Ngày đăng: {dmy(dt)} {h12}:{dt.minute:02d}:{dt.second:02d} {'CH' if dt.hour >= 12 else 'SA'}"
    body = render(a["blocks"], seed=s["tpl"], p='<p style="text-align: justify;">{}</p>',
                  fig=lambda src, cap: f'<table align="center" class="image"><tr><td><img src="{src}"></td></tr><tr><td class="image_desc">{cap}</td></tr></table>')
    main = f"""<div id="ctl00_ContentPlaceHolder1_pnlDetail" class="news-detail">
<h1><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="title">{E(a["title"])}</span></h1>
<span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="date">{ds}</span>
<div class="sapo"><span id="ctl00_ContentPlaceHolder1_lblTomTat">{E(a["lead"])}</span></div>
<div id="ctl00_ContentPlaceHolder1_divNoiDung" class="content">
{body}
<p style="text-align: right;"><strong>Sở KH&amp;CN</strong></p>
</div>
<div class="tool"><a id="ctl00_ContentPlaceHolder1_lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrint','')">In trang</a> <a href="#">Gửi email</a></div>
</div>"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Tin mới cập nhật", s["tpl"], 14, dt, fmt, cls="ctl00_tinmoi") + side_box("Tin đọc nhiều", s["tpl"] + "s", 10, dt, fmt)
    return page("Báo Điện tử Sông Lam", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"], extra='<meta name="author" content="admin">'),
                addr="Số 25 Quang Trung, TP Vinh, Nghệ An", phone="0238 384 0022", aspnet=True, viewstate_bytes=18000,
                bc=breadcrumb(["Khoa học - Công nghệ"], "sitemap", " / ")), ds, ["Sở KH&CN"]


# 23. ASP.NET industry weekly (WebForms; date as "{0:dddd, dd/MM/yyyy}" like news-website-dc CategorizedPostList.ascx)
def aspnet_industry_weekly(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"], table_cls="MsoTableGrid", h='<p><b>{}</b></p>')
    main = f"""<div id="ctl00_MainContent_ArticleView" class="article-view">
<span id="ctl00_MainContent_lblCategory" class="post-cate">Công nghiệp</span>
<h1 class="post-title">{E(a["title"])}</h1>
<span class="post-info">{ds}</span>
<div class="post-sapo"><b>{E(a["lead"])}</b></div>
<div class="post-content">
{body}
</div>
<div class="post-author" style="text-align:right">Tác giả: <b>Nguyễn Thị Mai</b></div>
<div class="post-updated">Cập nhật: 10/09/2024 08:00</div>
<div class="post-tools"><input type="submit" name="ctl00$MainContent$btnPrint" value="In bài" id="ctl00_MainContent_btnPrint"></div>
</div>"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt, cls="portlet categorized-posts") + side_box("Tin xem nhiều", s["tpl"] + "i", 10, dt, fmt, cls="portlet")
    return page("Tuần báo Công nghiệp Việt", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 655 Phạm Văn Đồng, Bắc Từ Liêm, Hà Nội", phone="024 3838 0023", aspnet=True, viewstate_bytes=26000,
                bc=breadcrumb(["Công nghiệp", "Công nghiệp 4.0"], "breadcrumbs", " › ")), ds, ["Nguyễn Thị Mai"]


# 24. broadcaster long-form story
def broadcaster_longform(a, s):
    dt = s["dt"]
    h12 = dt.hour % 12 or 12
    ds = f"Ngày xuất bản: {dmy(dt)} - {h12}:{dt.minute:02d} tối"
    body = render(a["blocks"], seed=s["tpl"], h='<h2 class="lf-heading">{}</h2>', p='<p class="lf-text">{}</p>')
    main = f"""<div class="longform">
<div class="lf-cover"><img src="/lf/cover-vung-cao.jpg" alt=""><div class="lf-cover-title"><h1>{E(a["title"])}</h1></div></div>
<div class="lf-meta"><p class="lf-credit">Thực hiện: Trần Hải - Đỗ Quyên</p><p class="lf-date">{ds}</p></div>
<div class="lf-sapo"><p><strong>{E(a["lead"])}</strong></p></div>
<div class="lf-body">
{body}
</div>
{share_html()}
</div>"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Phóng sự khác", s["tpl"], 8, dt, fmt)
    return page("Đài Truyền hình Tây Bắc", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 3 đường Chu Văn An, TP Điện Biên Phủ", phone="0215 382 0024",
                bc=breadcrumb(["Phóng sự", "Chuyển đổi số"])), ds, ["Trần Hải", "Đỗ Quyên"]
