"""Page templates, part B: national news CMSs, e-government portals, old sites, blogs, JS apps, forums."""
from __future__ import annotations

from datetime import datetime, timedelta

from common import WD, E, Q, ampm, ldjson, others, render, slug, today_header


def _li(items, fmt, href="/tin/{s}.htm"):
    return "".join(f'<li><a href="{href.format(s=slug(t))}">{E(t)}</a> {fmt(od)}</li>' for t, od in items)


def vccorp_kenh14(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%Y} {d.hour % 12 or 12:02d}:{d:%M} {ampm(d)}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], cap=lambda c, s: f'<div class="VCSortableInPreviewMode" type="Photo"><div><a href="{s}" data-fancybox-group="img-lightbox"><img src="{s}" alt="" class="lightbox-content" w="800" h="533"></a></div><div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{E(c)}</p></div></div>')
    rel = "".join(f'<li class="kbwcli"><a href="/{slug(t)}-2152405{i}.chn" title="{Q(t)}" class="kbwcli-title">{E(t)}</a><span class="kbwcli-time">{od:%d/%m/%Y}</span></li>' for i, (t, od) in enumerate(oth[:4]))
    news = "".join(f'<li class="knswli"><h3 class="knswli-title"><a href="/{slug(t)}-2152406{i}.chn">{E(t)}</a></h3><span class="knswli-time" title="{od:%Y-%m-%dT%H:%M:%S}">{od:%H:%M %d/%m}</span></li>' for i, (t, od) in enumerate(oth[4:]))
    return f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(a["title"])}</title>
<meta name="description" content="{Q(a["lead"])}" />
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}" />
<meta name="author" content="{Q(a["author"])}" />
<script type="text/javascript">var pageSettings = {{DomainUtils: "https://utils.kenh-xanh.example.vn", allowAds: true, sharefbApiDomain: "https://sharefb.example.vn", videoplayer: "https://vcplayer.example.vn", newsId: 215240527064512345, zoneId: "215"}};</script>
</head>
<body>
<div class="kbw-header"><div class="w1040"><a class="logo" href="/" title="Kênh Xanh"><img src="/web_images/logo.png" alt="Kênh Xanh"/></a><ul class="kbh-menu"><li><a href="/xa-hoi.chn">Xã hội</a></li><li><a href="/doi-song.chn">Đời sống</a></li><li><a href="/cong-nghe.chn">Công nghệ</a></li><li><a href="/xe.chn">Xe</a></li></ul><span class="kbh-today">{today_header(0)}</span></div></div>
<div class="kbw-submenu"><div class="w1040"><span class="kbws-title">Xe</span></div></div>
<div class="kbw-content"><div class="w1040 clearfix"><div class="klw-new-content">
<div class="kbwc-header"><h1 class="kbwc-title">{E(a["title"])}</h1>
<div class="kbwc-meta"><span class="kbwcm-author">{E(a["author"])}</span>, <span class="kbwcm-time" title="{d:%Y-%m-%dT%H:%M:%S}">{vis}</span> <span class="kbwcm-source">Theo <a href="#" rel="nofollow">Đời sống miền Trung</a></span></div></div>
<div class="kbwc-socials"><div class="fb-like" data-href="{Q(url)}" data-layout="button_count"></div><a href="#" class="kbwcs-fb">Chia sẻ</a><a href="#" class="kbwcs-cmt">Bình luận</a></div>
<div class="react-relate animated hiding-react-relate"></div>
<div class="knc-sapo">{E(a["lead"])}</div>
<div class="knc-relate-wrapper"><ul class="krw-list">{rel}</ul></div>
<div class="detail-content knc-content">
{body}
</div>
<div class="knc-rate-link"><a href="/tag/tram-sac.html">trạm sạc</a> <a href="/tag/xe-dien.html">xe điện</a></div>
<div class="kbwc-footer"><div class="kbwcf-comment"><h3>Bình luận</h3><div class="comment-item"><span class="user">hoangduc_92</span><p>Mong có trạm sạc ở quê mình sớm.</p><span class="time">{(d+timedelta(hours=3)):%d/%m/%Y %H:%M}</span></div></div></div>
</div>
<div class="kbw-sidebar"><div class="knsw-list"><h2>Tin mới</h2><ul>{news}</ul></div></div>
</div></div>
<div class="kbw-footer"><div class="w1040"><p>Chịu trách nhiệm quản lý nội dung: Bà Nguyễn Thị A. Giấy phép thiết lập trang thông tin điện tử tổng hợp số 2215/GP-TTĐT.</p><p>&copy; Copyright 2007 - 2024 – Công ty Cổ phần VCCorp</p></div></div>
<script type="text/javascript">(runinit = window.runinit || []).push(function () {{ loadJsAsync('https://adi.example.vn/adm.js', function () {{ }}); }});</script>
</body></html>''', [vis]


def vccorp_cafef(a, url, key):
    d = a["d"]
    vis = f"{d:%d-%m-%Y} - {d.hour % 12 or 12:02d}:{d:%M} {ampm(d)}"
    oth = others(key, d, 8, 3)
    body = render(a["body"])
    return f'''<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"/><title>{E(a["title"])} | Sức khỏe số</title>
<meta name="keywords" content="AI, X-quang, Sơn La"/><meta name="news_keywords" content="AI, X-quang"/>
<meta property="og:title" content="{Q(a["title"])}"/><meta itemprop="datePublished" content="{d:%Y-%m-%dT%H:%M:%S}+07:00"/>
<script>var admzone = admzone || []; var _chkPrLink = false; var newsId = '188250328120000123';</script>
</head>
<body>
<div id="admWrapsite">
<div class="header"><div class="topbar"><span class="day">{today_header(0)}</span><a href="/lien-he.chn">Liên hệ</a></div><div class="logo"><a href="/"><img src="/images/logo-suckhoeso.png" alt="Sức khỏe số"/></a></div>
<ul class="menu"><li><a href="/thoi-su.chn">Thời sự</a></li><li class="active"><a href="/y-te-so.chn">Y tế số</a></li><li><a href="/kinh-doanh.chn">Kinh doanh</a></li></ul></div>
<div class="wp1000"><div class="left_cate totalcontentdetail">
<h1 class="title" data-role="title">{E(a["title"])}</h1>
<div class="dateandcat"><a class="cat" href="/y-te-so.chn">Y tế số</a><span class="pdate" data-role="publishdate">{vis}</span></div>
<div class="contentdetail"><h2 class="sapo" data-role="sapo">{E(a["lead"])}</h2>
<div class="media VCSortableInPreviewMode" type="Photo"><img src="/2025/3/28/xquang.jpg" alt=""/></div>
<div class="detail-content afcbc-body" data-role="content">
{body}
<p class="author" style="text-align:right"><b>{E(a["author"])}</b></p>
</div></div>
<div class="tagdetail"><span>Từ khóa:</span> <a href="/ai.html">AI</a> <a href="/y-te-co-so.html">y tế cơ sở</a></div>
<div class="tinlienquan"><h3>Tin cùng chuyên mục</h3><ul>{_li(oth[:5], lambda od: f'<span class="time">{od:%d-%m-%Y}</span>', "/{s}-188.chn")}</ul></div>
</div>
<div class="right"><div class="box-tinmoi"><h3>Tin mới nhất</h3><ul>{_li(oth[5:], lambda od: f'<span class="time">{od:%H:%M}</span>', "/{s}-188.chn")}</ul></div></div></div>
<div class="footer"><p>Trang thông tin điện tử tổng hợp Sức khỏe số. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div>
<script>admzone.push('admzone480456');</script>
</body></html>''', [vis]


def dantri(a, url, key):
    if a is None:
        base = datetime(2025, 1, 23, 9, 0)
        items = others("dt-list", base, 12, 0)
        arts = "".join(f'''<article class="article-item"><div class="article-thumb"><a href="/cong-nghe/{slug(t)}-2025012{i:02d}0930.htm"><img src="/thumb/{i}.jpg" alt="{Q(t)}"></a></div><div class="article-content"><h3 class="article-title"><a href="/cong-nghe/{slug(t)}-2025012{i:02d}0930.htm">{E(t)}</a></h3><div class="article-excerpt"><a href="/cong-nghe/{slug(t)}.htm">Thông tin cập nhật về {E(t.lower())}.</a></div><div class="article-time"><time datetime="{od:%Y-%m-%d %H:%M}">{od:%d/%m/%Y - %H:%M}</time></div></div></article>''' for i, (t, od) in enumerate(items))
        main = f'<div class="main-content"><h1 class="title-page">Công nghệ</h1><div class="article-list">{arts}</div><div class="pagination"><a class="page-item active" href="/cong-nghe.htm">1</a><a class="page-item" href="/cong-nghe/trang-2.htm">2</a></div></div>'
        title, ev = "Tin tức công nghệ mới nhất", []
    else:
        d = a["d"]
        vis = f"{WD[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"
        ev = [vis]
        oth = others(key, d, 8, 3)
        body = render(a["body"], h="<h2>{}</h2>", cap=lambda c, s: f'<figure class="image align-center" contenteditable="false"><img title="" src="{s}" alt="" width="1032" height="688"><figcaption><p>{E(c)}</p></figcaption></figure>')
        show = a.get("show") or a["author"]
        authors = "".join(f'<div class="author-name"><a href="/tac-gia/{slug(n)}.htm"><b>{E(n)}</b></a></div>' for n in show.split(" - "))
        rel = "".join(f'<article class="article-item"><h3 class="article-title"><a href="/{slug(t)}.htm">{E(t)}</a></h3></article>' for t, od in oth[:4])
        main = f'''<div class="singular-container">
<ul class="dt-breadcrumb"><li><a href="/xa-hoi.htm">Xã hội</a></li><li><a href="/xa-hoi/chuyen-doi-so.htm">Chuyển đổi số</a></li></ul>
<h1 class="title-page detail">{E(a["title"])}</h1>
<div class="author-wrap"><div class="author-avatar"><img src="/avatar.png" alt=""></div><div class="author-info">{authors}<time class="author-time" datetime="{d:%Y-%m-%d %H:%M}">{vis}</time></div></div>
<h2 class="singular-sapo"><span class="dt-text-MineShaft">(Dân trí)</span> - {E(a["lead"])}</h2>
<div class="singular-content">
{body}
</div>
<div class="singular-author"><div class="author-name">{" - ".join(E(n) for n in show.split(" - "))}</div></div>
<div class="tags-container"><ul class="tags-wrap"><li><a href="/chuyen-doi-so.tag">Chuyển đổi số</a></li></ul></div>
<div class="article-related"><h3 class="title">Tin liên quan</h3>{rel}</div>
<div class="comment-wrapper"><div class="comment-header">Bình luận (3)</div><div class="comment-item"><div class="comment-name">Thanh Bình</div><div class="comment-text">Rất thiết thực cho người già ở quê.</div><div class="comment-time">{(d+timedelta(days=1)):%d/%m/%Y %H:%M}</div></div></div>
</div>
<aside class="sidebar"><div class="article-mostread"><h3>Xem nhiều</h3><ol>{_li(oth[4:], lambda od: f'<span>{od:%d/%m/%Y}</span>', "/{s}.htm")}</ol></div></aside>'''
        title = a["title"]
    return f'''<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)} | Báo Dân trí xanh</title>
<link rel="stylesheet" href="/css/dt.web.css?v=3.12"/>
</head>
<body class="{"layout-detail" if a else "layout-category"}">
<header class="dt-header"><div class="header-top container"><div class="header-date">{today_header(0)}</div><a class="dt-logo" href="/"><img src="/logo.svg" alt="Dân trí xanh"></a></div>
<nav class="menu-wrap"><ol class="menu-wrap container"><li class="has-child"><a href="/xa-hoi.htm">Xã hội</a></li><li><a href="/the-gioi.htm">Thế giới</a></li><li><a href="/kinh-doanh.htm">Kinh doanh</a></li><li class="active"><a href="/cong-nghe.htm">Công nghệ</a></li><li><a href="/suc-khoe.htm">Sức khỏe</a></li></ol></nav></header>
<main class="body container"><div class="grid-container">
{main}
</div></main>
<footer class="dt-footer"><div class="container"><p>Cơ quan chủ quản: Bộ Lao động – Thương binh và Xã hội (giả lập). Giấy phép hoạt động báo điện tử số 298/GP-BTTTT.</p></div></footer>
<script>window.__dtAds = {{zone: "detail", cat: "xa-hoi"}};</script>
</body></html>''', ev


def vietnamnet(a, url, key):
    d = a["d"]
    vis = f"{WD[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], h="<h2>{}</h2>")
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(a["title"])}</title>
<meta name="description" content="{Q(a["lead"])}"><meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00">
{ldjson({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "author": {"@type": "Person", "name": a["author"]}, "publisher": {"@type": "Organization", "name": "VietNamNet xanh"}})}
</head>
<body>
<header class="header"><div class="header__top"><div class="container"><span class="header__date">{today_header(0)}</span></div></div>
<div class="header__logo"><a href="/"><img src="/logo.svg" alt="VietNamNet xanh"></a></div>
<nav class="mainNav"><ul><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/thoi-su">Thời sự</a></li><li class="active"><a href="/thong-tin-truyen-thong">Thông tin và Truyền thông</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li></ul></nav></header>
<main class="container"><div class="content-detail">
<div class="bread-crumb-detail sm-show-time"><ul><li><a href="/thong-tin-truyen-thong">Thông tin và Truyền thông</a></li><li><a href="/thong-tin-truyen-thong/chuyen-doi-so">Chuyển đổi số</a></li></ul><div class="bread-crumb-detail__time">{vis}</div></div>
<div class="newsFeature__header"><h1 class="content-detail-title">{E(a["title"])}</h1></div>
<h2 class="content-detail-sapo sm-sapo-mb-0">{E(a["lead"])}</h2>
<div class="maincontent main-content" id="maincontent">
{body}
</div>
<div class="article-detail-author-wrapper"><div class="article-detail-author__info"><p class="name"><a href="/tac-gia/vang-thi-dung"><span class="name">{E(a["author"])}</span></a></p></div></div>
<div class="article-relate"><h3 class="vnn-title">Tin liên quan</h3><ul>{_li(oth[:4], lambda od: f'<span class="time">{od:%d/%m/%Y}</span>', "/{s}.html")}</ul></div>
<div class="box-comment"><h3>Bình luận</h3><div class="comment-item"><b>Mua Xá</b> <span>{(d+timedelta(hours=6)):%H:%M %d/%m/%Y}</span><p>Cảm ơn các bạn tổ công nghệ số của xã.</p></div></div>
</div>
<aside class="sidebar"><div class="box-subcate"><h3>Đọc nhiều</h3><ul>{_li(oth[4:], lambda od: "", "/{s}.html")}</ul></div></aside></main>
<footer class="footer"><p>Tạp chí điện tử VietNamNet xanh. Giấy phép số 27/GP-BTTTT.</p></footer>
</body></html>''', [vis]


def znews(a, url, key):
    d = a["d"]
    vis = f"{d:%H:%M} {d.day}/{d.month}/{d.year}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], p="<p>{}</p>")
    rel = "".join(f'<article class="article-item type-text"><header><p class="article-title"><a href="/{slug(t)}-post14{i}.html">{E(t)}</a></p><p class="article-meta"><span class="friendly-time">{od:%H:%M} {od.day}/{od.month}/{od.year}</span></p></header></article>' for i, (t, od) in enumerate(oth[:5]))
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{E(a["title"])} - ZNews xanh</title>
<meta property="og:type" content="article"><meta name="description" content="{Q(a["title"])}">
{ldjson({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ"), "author": {"@type": "Organization", "name": "ZNews xanh"}})}
</head>
<body>
<div id="site-header"><div class="container"><a id="logo" href="/"><img src="/logo.svg" alt="ZNews"></a><nav id="zone-nav"><a href="/thoi-su.html">Thời sự</a><a href="/kinh-doanh-tai-chinh.html">Kinh doanh</a><a href="/cong-nghe.html">Công nghệ</a></nav><div class="date">{today_header(0)}</div></div></div>
<div id="page-article"><div class="page-wrapper">
<article class="the-article type-text" id="post-1473021">
<header class="the-article-header"><p class="the-article-category"><a href="/cong-nghe.html">Công nghệ</a></p>
<h1 class="the-article-title">{E(a["title"])}</h1>
<ul class="the-article-meta"><li class="the-article-author"><a href="/tac-gia/quoc-viet.html">{E(a["author"])}</a></li><li class="the-article-publish">{vis}</li></ul></header>
<section class="main"><div class="the-article-body">
{body}
</div>
<p class="the-article-tags"><strong>#</strong><a href="/tieu-diem/camera-ai.html" class="tag-item">camera AI</a><a href="/tieu-diem/nha-trang.html" class="tag-item">Nha Trang</a></p>
<div class="the-article-share"><a class="share-facebook" href="#">Facebook</a><a class="share-zalo" href="#">Zalo</a></div>
</section></article>
<section id="related-articles"><h3 class="section-title">Đọc tiếp</h3><div class="article-list listing-layout">{rel}</div></section>
<section id="comments"><h3>Bình luận</h3><div class="comment"><strong>Tuấn Anh</strong> <span>{(d+timedelta(hours=1)):%H:%M %d/%m/%Y}</span><p>Nên lắp thêm ở đường Phạm Văn Đồng.</p></div></section>
<aside id="sidebar"><h3>Tin nổi bật</h3><ul>{_li(oth[5:], lambda od: "", "/{s}.html")}</ul></aside>
</div></div>
<div id="site-footer"><p>&copy; Bản quyền thuộc ZNews xanh. Giấy phép số 37/GP-BTTTT.</p></div>
<script>window.__ZNEWS_CONFIG__ = {{"pageType":"article","articleId":1473021}};</script>
</body></html>''', [vis]


def baochinhphu(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%Y %H:%M:%S}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], h="<p><strong>{}</strong></p>")
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{E(a["title"])}</title>
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00"/>
<meta name="author" content="Báo điện tử Chính phủ"/>
</head>
<body>
<div class="header"><div class="header__top"><div class="container"><div class="header__date">{today_header(1)}</div><ul class="header__link"><li><a href="https://chinhphu.example.vn">Cổng TTĐT Chính phủ</a></li><li><a href="https://vanban.example.vn">Hệ thống văn bản</a></li><li><a href="/en">English</a></li></ul></div></div>
<div class="header__logo"><a href="/"><img src="/images/logo-bcp.png" alt="Báo điện tử Chính phủ"/></a></div>
<nav class="header__nav"><ul><li><a href="/chinh-phu.htm">Chính phủ</a></li><li><a href="/thu-tuong.htm">Thủ tướng</a></li><li class="active"><a href="/chinh-sach-moi.htm">Chính sách mới</a></li><li><a href="/kinh-te.htm">Kinh tế</a></li></ul></nav></div>
<div class="container"><div class="detail-main">
<div class="detail-top"><div class="detail-cate"><a href="/chinh-sach-moi.htm">Chính sách mới</a></div></div>
<h1 class="detail-title" data-role="title">{E(a["title"])}</h1>
<div class="detail-author-info"><div class="detail-author"><a href="/tac-gia/thu-giang.htm" class="name" title="{Q(a["author"])}">{E(a["author"])}</a></div><div class="detail-time" data-role="publishdate">{vis}</div></div>
<h2 class="detail-sapo" data-role="sapo">{E(a["lead"])}</h2>
<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
<div class="VCSortableInPreviewMode link-content-footer" type="link-content-footer"><a href="/{slug(oth[3][0])}.htm">{E(oth[3][0])}</a></div>
{body}
</div>
<div class="detail-tab"><span>Từ khóa:</span> <a href="/du-lieu-dan-cu.html">dữ liệu dân cư</a></div>
<div class="box-stream"><h3>Tin cùng chuyên mục</h3><ul>{_li(oth[:6], lambda od: f'<span class="box-stream-time">{od:%d/%m/%Y}</span>', "/{s}.htm")}</ul></div>
</div></div>
<div class="footer"><p>Cơ quan chủ quản: Văn phòng Chính phủ (mô phỏng). Tổng Biên tập: Nguyễn Văn B.</p><p>Địa chỉ: 16 Lê Hồng Phong, Ba Đình, Hà Nội.</p></div>
</body></html>''', [vis]


def ministry_portal(a, url, key):
    d = a["d"]
    vis = f"Ngày {d:%d/%m/%Y} - {d:%H:%M}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], p='<p style="text-align:justify">{}</p>')
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{E(a["title"])} - Bộ Khoa học và Công nghệ</title>
<link href="/Content/portal.css?v=20250101" rel="stylesheet"/>
</head>
<body>
<div class="wrapper">
<div class="top-header"><div class="container"><span class="date">{today_header(0)}</span> <a href="/sitemap">Sơ đồ cổng</a> | <a href="/en">English</a> | <a href="/lien-he">Liên hệ</a></div></div>
<div class="banner"><img src="/images/banner-bkhcn.jpg" alt="Bộ Khoa học và Công nghệ"/></div>
<div class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản pháp luật</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li></ul></div>
<div class="ticker"><span class="label">Tin mới:</span><marquee scrollamount="3">{" • ".join(E(t) for t, od in oth[:3])}</marquee></div>
<div class="container main"><div class="col-left">
<div class="path"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> / <a href="/tin-tuc-su-kien/hoat-dong-cua-bo">Hoạt động của Bộ</a></div>
<div class="news-detail">
<div class="title-detail"><h2>{E(a["title"])}</h2></div>
<div class="date-detail"><span class="icon-date"></span>{vis} <span class="view">Lượt xem: 1.903</span></div>
<div class="summary-detail"><b>{E(a["lead"])}</b></div>
<div class="content-detail">
{body}
<p style="text-align:right"><b>Vụ Đánh giá, thẩm định và giám định công nghệ</b></p>
</div>
<div class="tool-detail"><a href="javascript:print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{_li(oth[:6], lambda od: f'<span class="date">({od:%d/%m/%Y})</span>', "/tin-tuc-su-kien/{s}")}</ul></div>
</div></div>
<div class="col-right"><div class="box"><h3>Văn bản mới</h3><ul><li><a href="/van-ban/1">Thông tư số 05/2025/TT-BKHCN</a></li><li><a href="/van-ban/2">Quyết định số 211/QĐ-BKHCN</a></li></ul></div><div class="box"><h3>Xem nhiều</h3><ul>{_li(oth[6:], lambda od: "", "/tin-tuc-su-kien/{s}")}</ul></div></div></div>
<div class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ BỘ KHOA HỌC VÀ CÔNG NGHỆ (mô phỏng)</p><p>Địa chỉ: 113 Trần Duy Hưng, Cầu Giấy, Hà Nội.</p></div>
</div></body></html>''', [vis]


def egov_fpt(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%Y %H:%M:%S}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], p='<p class="MsoNormal" style="text-align: justify;"><span style="font-size:14px;">{}</span></p>')
    other = "".join(f'<tr><td><a id="ctl00_ContentPlaceHolder1_ctl00_rptOther_ctl0{i}_hplTitle" href="/Pages/tin-tuc/{slug(t)}.aspx">{E(t)}</a> <span class="date">({od:%d/%m/%Y %H:%M})</span></td></tr>' for i, (t, od) in enumerate(oth[:6]))
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{E(a["title"])}
</title><link href="/App_Themes/FPTeGov/portal.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="./chi-tiet-tin.aspx?ItemID=48213&amp;CatID=12" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeBFRleHQFJ1F14bqtbiBI4bqjaSBDaMOidSB0aeG6v3Agbmjhuq1uIGjhu5Mgc8ahZGQ=" />
</div>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['aspnetForm']; if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]></script>
<div id="wrapper">
<div id="header"><div class="top"><span id="ctl00_lblToday">{today_header(0)}</span><div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" /></div></div>
<div class="banner"><img src="/Images/banner-haichau.jpg" alt="Cổng thông tin điện tử quận Hải Châu" /></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li class="active"><a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></li><li><a href="/Pages/cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></li><li><a href="https://dichvucong.example-tinh.gov.vn">Dịch vụ công</a></li></ul></div></div>
<div id="content"><div class="col-main">
<div id="ctl00_ContentPlaceHolder1_ctl00_pnlDetail" class="news-detail">
<h1 class="title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{E(a["title"])}</span></h1>
<div class="info"><span class="label">Ngày xuất bản:</span> <span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">{vis}</span> &nbsp; <a id="ctl00_ContentPlaceHolder1_ctl00_lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ctl00$lnkPrint','')">In trang</a> &nbsp;<a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a></div>
<div class="summary"><span id="ctl00_ContentPlaceHolder1_ctl00_lblSummary"><strong>{E(a["lead"])}</strong></span></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="content">
{body}
</div>
<div class="author"><span id="ctl00_ContentPlaceHolder1_ctl00_lblAuthor"><strong>{E(a["author"])}</strong></span></div>
<div class="rating">Đánh giá bài viết: <input type="radio" name="ctl00$ContentPlaceHolder1$ctl00$rate" value="5"/> Hữu ích <input type="radio" name="ctl00$ContentPlaceHolder1$ctl00$rate" value="1"/> Chưa hữu ích <input type="submit" name="ctl00$ContentPlaceHolder1$ctl00$btnRate" value="Gửi" /></div>
</div>
<div class="other-news"><h3>Các tin khác</h3><table id="ctl00_ContentPlaceHolder1_ctl00_tblOther">{other}</table></div>
</div>
<div class="col-right"><div class="box"><h3>Liên kết</h3><ul><li><a href="#">Cổng Dịch vụ công quốc gia</a></li><li><a href="#">Cổng TTĐT thành phố</a></li></ul></div><div class="box"><h3>Thống kê truy cập</h3><span id="ctl00_lblCounter">Tổng số lượt truy cập: 1.245.877</span></div></div>
</div>
<div id="footer">Bản quyền thuộc UBND quận Hải Châu. Giải pháp: FPT eGov Portal.</div>
</div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="C2EE9ABB" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAWhYdLQ3R1n8x" /></div>
</form>
</body></html>''', [vis]


def egov_vnpt2(a, url, key):
    if a is None:
        base = datetime(2024, 11, 5, 9, 0)
        items = others("vnpt-list", base, 10, 0)
        rows = "".join(f'<div class="item-news row"><div class="col-md-3 img"><a href="/tin-tuc/-/view-content/{9100+i}/{slug(t)}"><img src="/documents/thumb{i}.jpg" alt=""/></a></div><div class="col-md-9"><h3 class="title-news"><a href="/tin-tuc/-/view-content/{9100+i}/{slug(t)}">{E(t)}</a></h3><p class="date-news">{od:%d/%m/%Y | %H:%M}</p><p class="sapo-news">Tin hoạt động của các sở, ngành, địa phương.</p></div></div>' for i, (t, od) in enumerate(items))
        main = f'<div class="list-news"><h2 class="title-cat">Chuyển đổi số</h2>{rows}<ul class="pagination"><li class="active"><a>1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul></div>'
        title, ev = "Chuyển đổi số", []
    else:
        d = a["d"]
        vis = f"{d:%d/%m/%Y | %H:%M}"
        ev = [vis]
        oth = others(key, d, 8, 3)
        body = render(a["body"], h="<p><strong><em>{}</em></strong></p>")
        main = f'''<div class="detail-news">
<h1 class="title-detail">{E(a["title"])}</h1>
<div class="meta-detail"><span class="time">Thời gian đăng: {vis}</span><span class="view">Lượt xem: 512</span>
<div class="tools"><a class="btn-print" href="javascript:window.print()" title="In bài viết"><i class="fa fa-print"></i></a><a class="btn-zalo" href="#" title="Chia sẻ Zalo">Zalo</a><a class="btn-fb" href="#">Facebook</a><a href="#" class="btn-listen" data-text="{Q(a["title"])}">Nghe đọc bài</a></div></div>
<div class="sapo-detail"><p>{E(a["lead"])}</p></div>
<div class="content-detail">
{body}
</div>
<div class="author-detail"><p class="text-right"><b>{E(a["author"])}</b></p><p class="text-right source">Nguồn: Sở Thông tin và Truyền thông</p></div>
<div class="other-news"><h3 class="title-box">Tin cùng chuyên mục</h3><ul>{_li(oth[:6], lambda od: f'<span class="date">{od:%d/%m/%Y | %H:%M}</span>', "/tin-tuc/-/view-content/{s}")}</ul></div>
</div>'''
        title = a["title"]
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)} - Cổng thông tin điện tử tỉnh Tây Ninh</title>
<link rel="stylesheet" href="/o/iportal-theme/css/main.css?v=2.3"><script>var iPortal = {{siteId: 20126, lang: "vi_VN", version: "iPortal 2.3"}};</script>
</head>
<body class="iportal-v2">
<header class="header"><div class="topbar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {today_header(0)}</span><a href="/en">EN</a><a href="/sso/login">Đăng nhập</a></div></div>
<div class="banner container"><a href="/"><img src="/documents/banner-tayninh.png" alt="Cổng thông tin điện tử tỉnh Tây Ninh"></a></div>
<nav class="main-nav"><div class="container"><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/chuyen-doi-so">Chuyển đổi số</a></li><li><a href="/dich-vu-cong">Dịch vụ công</a></li></ul></div></nav>
<div class="ticker container"><b>Tin nổi bật:</b> <span>{E(others("vnpt-ticker", datetime(2024, 11, 1), 1, 0)[0][0])}</span></div></header>
<main class="container"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active">Chuyển đổi số</li></ol>
{main}
</div>
<div class="col-md-4"><div class="box-sidebar"><h3>Tin xem nhiều</h3><ul>{_li(others("vnpt-side", datetime(2024, 10, 20), 5, 0), lambda od: f"<small>{od:%d/%m/%Y}</small>", "/tin-tuc/-/view-content/{s}")}</ul></div>
<div class="box-sidebar"><h3>Liên kết website</h3><select><option>-- Chọn liên kết --</option><option>Cổng Dịch vụ công quốc gia</option></select></div></div></div></main>
<footer class="footer"><div class="container"><p>Cơ quan chủ quản: Văn phòng UBND tỉnh Tây Ninh.</p><p>Phát triển bởi VNPT.</p></div></footer>
</body></html>''', ev


def egov_viettel_voffice(a, url, key):
    d = a["d"]
    vis = f"Đăng lúc: {d:%H:%M} ngày {d:%d/%m/%Y}"
    oth = others(key, d, 8, 3)
    body = render(a["body"])
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{E(a["title"])}</title>
<link rel="stylesheet" href="/static/vportal/css/app.min.css?v=4.1.0"><meta name="_csrf" content="9a1b8c2d-3e4f-5a6b-7c8d-9e0f1a2b3c4d">
</head>
<body>
<div id="app" class="vportal">
<div class="vp-header"><div class="vp-header__top"><span>{today_header(1)}</span><span class="hotline">Đường dây nóng: 028 3874 xxxx</span></div>
<div class="vp-header__brand"><img src="/upload/logo-cangio.png" alt=""><div><p class="org-parent">ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH</p><p class="org-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIỜ</p></div></div>
<ul class="vp-menu"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/van-ban-dieu-hanh">Văn bản điều hành</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul></div>
<div class="vp-body"><div class="vp-main">
<div class="vp-article" data-article-id="77412">
<div class="vp-article__cat">Tin hoạt động</div>
<h1 class="vp-article__title">{E(a["title"])}</h1>
<div class="vp-article__meta"><span class="vp-article__date">{vis}</span></div>
<div class="vp-article__content">
{body}
<p style="text-align:right"><em>{E(a.get("show") or "")}</em></p>
</div>
<div class="vp-article__attach"><span>Tệp đính kèm:</span> <a href="/upload/bao-cao-5-thang.pdf">Báo cáo sơ kết 5 tháng (PDF)</a></div>
</div>
<div class="vp-related"><h3>Tin cùng chuyên mục</h3><ul>{_li(oth[:6], lambda od: f'<i>{od:%H:%M %d/%m/%Y}</i>', "/tin-tuc/{s}")}</ul></div>
</div>
<div class="vp-side"><div class="vp-box"><h3>Lịch công tác tuần</h3><p>Chưa có lịch công tác tuần mới.</p></div><div class="vp-box"><h3>Tin mới</h3><ul>{_li(oth[6:], lambda od: "", "/tin-tuc/{s}")}</ul></div></div></div>
<div class="vp-footer"><p>Bản quyền thuộc UBND huyện Cần Giờ. Phát triển trên nền tảng Viettel vPortal.</p></div>
</div>
<script src="/static/vportal/js/app.min.js?v=4.1.0"></script>
</body></html>''', [vis]


def egov_cmc(a, url, key):
    d = a["d"]
    vis = f"Ngày {d:%d} tháng {d:%m} năm {d.year} lúc {d:%H:%M}"
    oth = others(key, d, 8, 3)
    body = render(a["body"])
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(a["title"])} | Sở Y tế Hà Nam</title>
<meta name="generator" content="CMC CMS Portal 5"><link rel="stylesheet" href="/themes/cmc/css/style.css">
</head>
<body class="page-detail">
<div class="cmc-container">
<div class="cmc-header"><div class="cmc-header-top">{today_header(0)} | <a href="/rss">RSS</a></div><div class="cmc-logo"><img src="/uploads/logo-soyte.png" alt="Sở Y tế Hà Nam"/><span>SỞ Y TẾ TỈNH HÀ NAM</span></div>
<ul class="cmc-nav"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/thong-bao">Thông báo</a></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li></ul></div>
<div class="cmc-content"><div class="cmc-left">
<div class="cmc-breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức</a> &raquo; <a href="/tin-tuc/y-te-so">Y tế số</a></div>
<div class="cmc-news-detail">
<h1 class="cmc-news-title">{E(a["title"])}</h1>
<p class="cmc-news-date"><i>{vis}</i></p>
<div class="cmc-news-lead"><p><b>{E(a["lead"])}</b></p></div>
<div class="cmc-news-body">
{body}
</div>
<div class="cmc-news-author"><b>Tác giả: {E(a["author"])}</b></div>
<div class="cmc-news-tools"><a href="#" onclick="window.print();return false;">In</a> <a href="#">Lưu</a> <a href="#">Gửi</a></div>
</div>
<div class="cmc-news-other"><div class="cmc-box-title">Tin đã đăng</div><ul>{_li(oth[:6], lambda od: f'<span>- {od:%d/%m/%Y}</span>', "/tin-tuc/{s}.html")}</ul></div>
</div>
<div class="cmc-right"><div class="cmc-box"><div class="cmc-box-title">Thông báo mới</div><ul>{_li(oth[6:], lambda od: "", "/thong-bao/{s}.html")}</ul></div></div></div>
<div class="cmc-footer"><p>Sở Y tế tỉnh Hà Nam. Địa chỉ: Đường Lê Công Thanh, TP Phủ Lý.</p></div>
</div></body></html>''', [vis]


def smartcity_hues(a, url, key):
    d = a["d"]
    vis = f"{d:%d/%m/%y} - {d.hour % 12 or 12:02d}:{d:%M} {ampm(d)}"
    oth = others(key, d, 8, 3)
    body = render(a["body"], table=lambda rows: '<div class="table-responsive"><table class="table table-striped"><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div>")
    return f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{E(a["title"])} - Thành phố thông minh</title>
<link rel="manifest" href="/manifest.json"><link rel="stylesheet" href="/assets/css/ioc.css">
</head>
<body>
<nav class="ioc-navbar"><a class="brand" href="/"><img src="/assets/img/logo-ioc.svg" alt="">Trung tâm Giám sát, điều hành đô thị thông minh</a>
<ul><li><a href="/phan-anh">Phản ánh hiện trường</a></li><li><a href="/ban-do">Bản đồ số</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/dich-vu">Dịch vụ tiện ích</a></li></ul><span class="clock">{today_header(0)}</span></nav>
<div class="ioc-stats"><div class="stat"><b>4.129</b><span>phản ánh quý III</span></div><div class="stat"><b>96%</b><span>đúng hạn</span></div><div class="stat"><b>2,3</b><span>ngày xử lý</span></div></div>
<section class="ioc-page"><div class="ioc-col-main">
<article class="ioc-post">
<h1 class="ioc-post__title">{E(a["title"])}</h1>
<div class="ioc-post__meta"><span class="ioc-post__time"><i class="bi bi-clock"></i> {vis}</span> <span class="ioc-post__views"><i class="bi bi-eye"></i> 2.311</span></div>
<p class="ioc-post__desc">{E(a["lead"])}</p>
<div class="ioc-post__body">
{body}
</div>
<p class="ioc-post__author">{E(a["author"])}</p>
</article>
<div class="ioc-related"><h4>Tin liên quan</h4><ul>{_li(oth[:5], lambda od: f'<small>{od:%d/%m/%y}</small>', "/tin-tuc/{s}")}</ul></div>
</div>
<aside class="ioc-col-side"><div class="card"><h4>Phản ánh mới được xử lý</h4><ul><li>Cây xanh ngã đổ đường Lê Lợi – <small>Đã xử lý</small></li><li>Rác thải tồn đọng kiệt 12 Phan Bội Châu – <small>Đã xử lý</small></li></ul></div><div class="card"><h4>Tin mới</h4><ul>{_li(oth[5:], lambda od: "", "/tin-tuc/{s}")}</ul></div></aside></section>
<footer class="ioc-footer">Ứng dụng công dân số – Tải trên App Store và Google Play. Tổng đài 1022.</footer>
<script>window.__IOC__ = {{"apiBase":"/api/v2","mapKey":"demo","theme":"light"}};</script>
</body></html>''', [vis]


def php_font_1258(a, url, key):
    d = a["d"]
    vis = f"{WD[d.weekday()]}, {d:%d/%m/%Y}" if d.hour == 0 else f"Cập nhật lúc {d.hour}g{d:%M} ngày {d.day}/{d.month}/{d.year}"
    oth = others(key, d, 6, 2)
    body = render(a["body"], p='<p align="justify"><font face="Times New Roman" size="3">{}</font></p>')
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{E(a["title"])} - UBND xa Tan Phu</title>
<link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript">function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120"></td></tr>
<tr><td colspan="2" bgcolor="#003399" height="24"><font color="#FFFFFF" face="Arial" size="2">&nbsp;<a href="index.php"><font color="#FFFFFF">Trang chủ</font></a> | <a href="tintuc.php"><font color="#FFFFFF">Tin tức</font></a> | <a href="thongbao.php"><font color="#FFFFFF">Thông báo</font></a> | <a href="lienhe.php"><font color="#FFFFFF">Liên hệ</font></a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#E8EEF7">
<table width="100%" border="0" cellpadding="3"><tr><td bgcolor="#6699CC"><font color="#FFFFFF" face="Arial" size="2"><b>TIN MỚI</b></font></td></tr>
{"".join(f'<tr><td><font face="Arial" size="2"><a href="chitiet.php?id={120+i}">{E(t)}</a> <font color="#999999">({od:%d/%m/%Y})</font></font></td></tr>' for i, (t, od) in enumerate(oth))}
</table></td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="8"><tr><td>
<font face="Arial" size="2" color="#666666">{E(vis)}</font><br>
<font face="Arial" size="4" color="#CC0000"><b>{E(a["title"])}</b></font><br><br>
{body}
<p align="right"><font face="Times New Roman" size="3"><b>{E(a["author"] or "UBND xã Tân Phú")}</b></font></p>
<p><font face="Arial" size="2"><a href="javascript:history.back()">[Trở về]</a> <a href="javascript:MM_openBrWindow('inbai.php?id=131','','width=600,height=500')">[In bài]</a></font></p>
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" face="Arial" size="1">UBND xã Tân Phú - huyện Đức Linh. Điện thoại: 062.3xxx.xxx<br>Ngày hôm nay: {today_header(2)[10:]}</font></td></tr>
</table>
</body>
</html>''', [vis]


def frontpage_static(a, url, key):
    d = a["d"]
    vis = f"Cập nhật ngày {d:%d/%m/%Y}"
    oth = others(key, d, 5, 1)
    body = render(a["body"], p='<p class="MsoNormal" style="text-indent: 24px"><font face="Arial" size="2">{}</font></p>')
    return f'''<html>

<head>
<meta http-equiv="Content-Language" content="vi">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{E(a["title"])}</title>
<meta name="Microsoft Border" content="tl, default">
</head>

<body background="images/nen.gif"><!--msnavigation--><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>

<p align="center"><font size="6"><strong><img border="0" src="_derived/tieude.gif" width="600" height="60" alt="PHÒNG GIÁO DỤC HUYỆN"></strong></font><br>
<nobr>[&nbsp;<a href="index.htm">Trang&nbsp;chủ</a>&nbsp;]</nobr> <nobr>[&nbsp;<a href="tintuc.htm">Tin&nbsp;tức</a>&nbsp;]</nobr> <nobr>[&nbsp;<a href="ketqua.htm">Kết&nbsp;quả&nbsp;thi</a>&nbsp;]</nobr> <nobr>[&nbsp;<a href="lienhe.htm">Liên&nbsp;hệ</a>&nbsp;]</nobr></p>

</td></tr><!--msnavigation--></table><!--msnavigation--><table dir="ltr" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" width="1%">

<p><font face="Arial" size="2"><a href="tintuc.htm">Tin tức</a><br>{"<br>".join(f'<a href="tin{i}.htm">{E(t)}</a>' for i, (t, od) in enumerate(oth))}</font></p>

</td><td valign="top" width="24"></td><!--msnavigation--><td valign="top">

<p align="center"><b><font face="Arial" size="4" color="#000080">{E(a["title"])}</font></b></p>
<p align="center"><i><font face="Arial" size="2">{vis}</font></i></p>
<hr color="#000080" size="1">
{body}
<table border="1" cellpadding="2" cellspacing="0" width="60%" bordercolor="#C0C0C0" align="center">
<tr><td bgcolor="#FFFFCC"><font face="Arial" size="2"><b>Xem danh sách học sinh đạt giải:</b> <a href="ds_giai_2007.doc">ds_giai_2007.doc</a></font></td></tr>
</table>
<p>&nbsp;</p>
<p align="center"><font face="Arial" size="1">Trang này được xem tốt nhất với Internet Explorer 6.0, độ phân giải 800x600.<br>
<!--webbot bot="HitCounter" i-image="0" I-ResetValue="0" I-Digits="0" U-Custom --> Số lượt truy cập: 10234</font></p>

<!--msnavigation--></td></tr><!--msnavigation--></table></body>

</html>''', [vis]
