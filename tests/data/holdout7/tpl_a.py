"""Renderers, part A (portal products and headless/JS stacks)."""
import json

from chrome import (
    GOV_MENU,
    NEWS_MENU,
    WD,
    body_html,
    buoi,
    e,
    figure,
    footer,
    head,
    nav,
    sidebar,
    sitemap,
    today,
)


def f_jahia(d):
    return d.strftime("%d/%m/%Y %H:%M")


def r_jahia(a):
    d = a["dt"]
    body = body_html(a["blocks"], img=figure("/files/live/sites/hoalam/files/tin-tuc/2026/hoi-nghi.jpg", "Quang cảnh hội nghị. Ảnh: Ngọc Diệp", cls="newsImg"))
    return head(a["title"] + " - Cổng thông tin điện tử tỉnh Hòa Lâm") + f"""<body class="jahia-template-news">
<div id="bodywrapper"><div id="header"><div class="topbar"><span class="today">{today(0)}</span> | <a href="/cms/render/live/vi/sites/hoalam/home.html">Tiếng Việt</a> | <a href="/cms/render/live/en/sites/hoalam/home.html">English</a></div>
<div class="logo"><img src="/files/live/sites/hoalam/files/logo.png" alt="logo"><span>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA LÂM</span></div>
{nav(GOV_MENU, "navbar", "level_1")}</div>
<div id="content"><div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức - Sự kiện</a> &raquo; <span>Chuyển đổi số</span></div>
<div class="columns"><div class="column-left">{sidebar("Chuyên mục", a["seed"] + 1, 5, cls="box boxleft", fmt="%d/%m")}{sidebar("Văn bản mới", a["seed"] + 2, 5, cls="box vanban", fmt="%d/%m/%Y")}</div>
<div class="column-main"><div class="newsItem"><!--start newsItem -->
<h2>{e(a["title"])}</h2>
<p class="newsInfo"><span class="newsLabelDate">Ngày đăng:</span> <span class="newsDate">{f_jahia(d)}</span> <span class="newsViews">Lượt xem: 1.284</span></p>
<div class="newsDesc"><strong>{e(a["lead"])}</strong></div>
<div class="newsText">{body}
<p style="text-align:right"><strong>{e(a["by"])}</strong></p></div>
<p class="newsMeta"><span class="categoryLabel">Danh mục :</span> <span class="categorytitle">Chuyển đổi số</span> <span class="poster">Người đăng: quantri01</span></p>
<div class="share"><a href="#">In bài</a> <a href="#">Gửi email</a> <a href="#">Chia sẻ Facebook</a></div>
</div><!--stop newsItem -->
{sidebar("Các tin khác", a["seed"] + 3, 8, cls="othernews", fmt="(%d/%m/%Y)")}</div>
<div class="column-right">{sidebar("Tin mới", a["seed"] + 4, 6, cls="box latest", fmt="%H:%M %d/%m/%Y")}<div class="box links"><h3>Liên kết</h3><ul><li>Cổng Dịch vụ công quốc gia</li><li>Hệ thống thư điện tử công vụ</li><li>Cơ sở dữ liệu văn bản</li></ul></div></div></div></div>
{footer("Cổng Thông tin điện tử tỉnh Hòa Lâm", "Số 8 đường Trần Hưng Đạo, phường Lâm Viên, tỉnh Hòa Lâm", "<p>Giấy phép số 19/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 14/3/2022.</p>")}
</div><script>var jahiaGWTParameters = {{contextPath:"", lang:"vi", siteKey:"hoalam"}};</script></body></html>"""


def f_bloom(d):
    return d.strftime("%d/%m/%Y")


def r_bloom(a):
    body = body_html(a["blocks"], h_tag="h3", img=figure("/binaries/content/gallery/portal/tintuc/2026/thang11/anh1.jpg", "Người dân thực hiện thủ tục tại bộ phận một cửa (ảnh minh họa)", cls="hippo-image"))
    return head(a["title"] + " | Cổng thông tin Bộ Số hóa Dịch vụ", a["lead"], '<meta name="generator" content="Bloomreach Experience Manager">') + f"""<body>
<div class="hst-container"><header class="site-header"><div class="top"><span>{today(1)}</span><form action="/search"><input name="query" placeholder="Tìm kiếm"></form></div>
{nav(["Trang chủ", "Giới thiệu", "Tin tức", "Chính sách", "Dịch vụ công", "Hợp tác quốc tế", "Thống kê", "Liên hệ"], "main-nav", "nav navbar-nav")}</header>
<div class="hst-container-item"><ol class="breadcrumb"><li><a href="/site/">Trang chủ</a></li><li><a href="/site/tin-tuc">Tin tức</a></li><li class="active">Hoạt động của Bộ</li></ol></div>
<main class="row"><div class="col-md-8 hst-container-item"><article class="document-detail newsdocument">
<h1 class="document-title">{e(a["title"])}</h1>
<p class="publish-date"><i class="fa fa-calendar"></i> Ngày xuất bản: {f_bloom(a["dt"])}</p>
<div class="document-introduction"><p>{e(a["lead"])}</p></div>
<div class="document-content hippo-html">{body}
<p style="text-align: right;"><strong>{e(a["by"])}</strong></p></div>
<div class="document-tags"><span>Từ khóa:</span> <a href="/tag/dvc">dịch vụ công</a> <a href="/tag/cds">chuyển đổi số</a></div>
<div class="document-rating"><span>Đánh giá bài viết</span><span class="stars">★★★★☆</span></div></article>
{sidebar("Tin liên quan", a["seed"] + 5, 5, cls="related-documents", fmt="(%d/%m/%Y)")}</div>
<aside class="col-md-4">{sidebar("Tin mới nhất", a["seed"] + 6, 7, cls="hst-container-item latest-news", fmt="%d/%m/%Y")}{sidebar("Thông cáo báo chí", a["seed"] + 7, 4, cls="hst-container-item press", fmt="%d/%m/%Y")}</aside></main>
{footer("Bộ Số hóa Dịch vụ (cơ quan giả định)", "Số 18 phố Nguyễn Du, quận Hoàn Kiếm, Hà Nội", "<p>Chịu trách nhiệm chính: Chánh Văn phòng Bộ.</p>")}</div></body></html>"""


def f_laravel(d):
    return d.strftime("%H:%M - %d/%m/%Y")


def r_laravel(a):
    d, u = a["dt"], a["upd"]
    body = body_html(a["blocks"], img=figure("/storage/posts/2026/11/tam-bien-qr.jpg", "Biển mã QR thanh toán tại một quầy hàng. Ảnh: Quốc Bảo", cls="figure text-center"))
    return head(a["title"] + " - Trang thông tin điện tử tỉnh Bắc Sơn Hà", a["lead"], '<meta name="csrf-token" content="mYg3kQe0Zk2qLr8vT1cP">') + f"""<body class="d-flex flex-column">
<div class="top-header bg-primary text-white small"><div class="container d-flex justify-content-between"><span><i class="far fa-calendar-alt"></i> {today(0)}</span><span>Hotline: 0209 3855 113</span></div></div>
<header class="container py-2"><a class="navbar-brand" href="/"><img src="/images/logo-bsh.png" alt="">UBND TỈNH BẮC SƠN HÀ</a></header>
<div class="bg-danger">{nav(GOV_MENU, "navbar navbar-expand-lg navbar-dark container", "navbar-nav")}</div>
<div class="container mt-3"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/danh-muc/chuyen-doi-so">Chuyển đổi số</a></li></ol></nav>
<div class="row"><div class="col-lg-8"><div class="card border-0"><div class="card-body post-detail">
<h1 class="post-title h3 font-weight-bold">{e(a["title"])}</h1>
<div class="post-meta text-muted small mb-2"><span><i class="far fa-clock"></i> Đăng lúc: {f_laravel(d)}</span> <span class="ml-3"><i class="fa fa-eye"></i> 2.417 lượt xem</span></div>
<div class="post-summary font-weight-bold mb-3">{e(a["lead"])}</div>
<div class="post-content">{body}</div>
<p class="post-author text-right font-weight-bold">{e(a["by"])}</p>
<p class="text-muted small font-italic">Cập nhật lúc: {u.strftime("%H:%M %d/%m/%Y")}</p>
<div class="post-tags"><span class="badge badge-light">#thanhtoansố</span> <span class="badge badge-light">#chợ4.0</span></div>
</div></div>
<div class="card mt-3 related-posts"><div class="card-header">Tin liên quan</div>{sidebar("Cùng chuyên mục", a["seed"] + 8, 6, cls="list-group list-group-flush", fmt="%d/%m/%Y")}</div></div>
<div class="col-lg-4">{sidebar("Tin mới", a["seed"] + 9, 6, cls="card sidebar-latest", hcls="card-header", fmt="%H:%M %d/%m")}{sidebar("Đọc nhiều", a["seed"] + 10, 5, cls="card sidebar-popular", hcls="card-header", fmt="%d/%m/%Y")}
<div class="card banner"><a href="https://dichvucong.example.vn"><img src="/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a></div></div></div></div>
{footer("Trang thông tin điện tử tỉnh Bắc Sơn Hà", "Số 2 đường Hùng Vương, thành phố Sơn Hà", cls="footer bg-dark text-white mt-auto")}
<script src="/js/app.js?id=7c1e3a"></script></body></html>"""


def f_ci(d):
    return "{}, {} - {}".format(WD[d.weekday()], d.strftime("%d/%m/%Y"), d.strftime("%H:%M"))


def r_ci(a):
    body = body_html(a["blocks"], img='<p style="text-align:center"><img src="/uploads/news/2026_11/duong-lien-xa.jpg" width="600"><br><em>Công nhân thi công mặt đường. Ảnh: Hoàng Nam</em></p>')
    return head(a["title"]) + f"""<body><div id="wrapper">
<div id="top"><div class="date-now">{today(3)}</div><div class="logo"><h1>HUYỆN KỲ SƠN - TỈNH KỲ PHONG</h1><p>Trang thông tin điện tử</p></div></div>
<div id="menu">{nav(["Trang chủ", "Tin tức", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Văn bản", "Hỏi đáp", "Liên hệ"], "mainmenu", "sf-menu")}</div>
<div id="main"><div id="left">{sidebar("Danh mục tin", a["seed"] + 11, 6, cls="block", hcls="block-title", fmt="%d/%m")}</div>
<div id="center"><div class="path"><a href="/index.php">Trang chủ</a> / <a href="/index.php/tin-tuc/cat/3">Kinh tế</a></div>
<div class="news-view"><h2 class="title">{e(a["title"])}</h2>
<div class="time-post">{f_ci(a["dt"])}</div>
<div class="sapo"><b>{e(a["lead"])}</b></div>
<div class="content-news">{body}</div>
<div class="author" align="right"><b>{e(a["by"])}</b></div>
<div class="tools"><a href="/index.php/news/print/812">In trang</a> | <a href="#top">Về đầu trang</a></div></div>
<div class="other-news"><h4>Các tin khác</h4>{sidebar("", a["seed"] + 12, 8, cls="list", fmt="(%d/%m/%Y)")}</div></div>
<div id="right">{sidebar("Tin nổi bật", a["seed"] + 13, 5, cls="block", hcls="block-title", fmt="%d/%m/%Y")}<div class="block"><div class="block-title">Thống kê truy cập</div><p>Đang online: 37</p><p>Tổng lượt truy cập: 1.920.448</p></div></div></div>
{footer("UBND huyện Kỳ Sơn", "Khu 3, thị trấn Kỳ Sơn, huyện Kỳ Sơn, tỉnh Kỳ Phong", cls="footer")}
<!-- Page rendered in 0.0412 seconds. CodeIgniter --></div></body></html>"""


def f_yii(d):
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def r_yii(a):
    body = body_html(a["blocks"], img=figure("/uploads/article/2026/11/cds-xa.jpg", "Tổ công nghệ số cộng đồng hướng dẫn người dân. Ảnh: Lê Thị Vân", cls="article-image"))
    return head(a["title"] + " | Báo điện tử Đông Hải", a["lead"], '<meta name="csrf-param" content="_csrf"><meta name="csrf-token" content="aG9sZG91dDc=">') + f"""<body>
<div class="wrap"><div class="header-top"><div class="container"><span class="date">{today(1)}</span><a href="/site/login">Đăng nhập</a></div></div>
<nav id="w0" class="navbar-inverse navbar-fixed-top navbar"><div class="container">{nav(NEWS_MENU, "navbar-collapse", "navbar-nav nav")}</div></nav>
<div class="container"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/chuyen-doi-so">Chuyển đổi số</a></li><li class="active">{e(a["title"][:40])}…</li></ul>
<div class="site-index row"><div class="col-md-8"><div class="article-view">
<h1>{e(a["title"])}</h1>
<div class="article-meta"><span class="published">Ngày xuất bản: {f_yii(a["dt"])}</span> <span class="views">| 904 lượt đọc</span></div>
<p class="article-lead"><em>{e(a["lead"])}</em></p>
<div class="article-content">{body}</div>
<div class="article-footer"><p class="reporter">Phóng viên: {e(a["by"])}</p><p class="editor small text-muted">Biên tập: editor_hp</p></div></div>
<div class="related">{sidebar("Xem thêm", a["seed"] + 14, 6, cls="related-list", fmt="%d/%m/%Y")}</div></div>
<div class="col-md-4">{sidebar("Tin mới", a["seed"] + 15, 8, cls="widget", hcls="widget-title", fmt="%H:%M, %d/%m")}{sidebar("Đọc nhiều", a["seed"] + 16, 5, cls="widget", hcls="widget-title", fmt="%d/%m/%Y")}</div></div></div></div>
{footer("Báo điện tử Đông Hải", "Số 5 đường Bạch Đằng, thành phố Đông Hải", "<p>Giấy phép hoạt động báo điện tử số 301/GP-BTTTT.</p>")}
<script src="/assets/7a1b2c/yii.js"></script></body></html>"""


def f_wagtail(d):
    return f"{d.day} tháng {d.month}, {d.year}, {d.hour % 12 or 12}:{d.minute:02d} {buoi(d)}"


def r_wagtail(a):
    body = "".join(f'<div class="block-paragraph">{body_html([b])}</div>' if b[0] != "h" else f'<div class="block-heading">{body_html([b])}</div>' for b in a["blocks"])
    body = body.replace("</div>", "</div>" + figure("/media/images/trung-tam-ioc.2e16d0ba.fill-800x450.jpg", "Màn hình giám sát tại trung tâm điều hành. Ảnh: Thành Đạt", cls="block-image richtext-image full-width"), 1)
    return head(a["title"] + " | Cẩm Giang Thông Minh", a["lead"]) + f"""<body class="template-newspage">
<header class="site-header"><div class="container"><span class="site-date">{today(0)}</span><a class="brand" href="/">Cẩm Giang <b>Thông Minh</b></a>{nav(["Tin tức", "Đô thị thông minh", "Dữ liệu mở", "Sự kiện", "Về chúng tôi"], "primary-nav", "nav")}</div></header>
<main class="container"><nav class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/tin-tuc/">Tin tức</a> › <span>Đô thị thông minh</span></nav>
<div class="grid"><article class="news-page">
<h1 class="news-page__title">{e(a["title"])}</h1>
<p class="news-page__meta"><time datetime="{a["dt"].strftime("%Y-%m-%dT%H:%M:%S")}+07:00">{f_wagtail(a["dt"])}</time> · 6 phút đọc</p>
<p class="news-page__intro">{e(a["lead"])}</p>
<div class="news-page__body streamfield">{body}</div>
<aside class="author-card"><img src="/media/authors/phuoc.jpg" alt=""><div><p class="author-card__name">{e(a["by"])}</p><p class="author-card__bio">Chuyên gia tư vấn quy hoạch đô thị, cộng tác viên chuyên mục.</p></div></aside>
<ul class="news-page__tags"><li><a href="/tin-tuc/?tag=ioc">IOC</a></li><li><a href="/tin-tuc/?tag=du-lieu">dữ liệu</a></li></ul></article>
<aside class="sidebar">{sidebar("Bài mới", a["seed"] + 17, 6, cls="sidebar-block", fmt="%d tháng %m, %Y")}{sidebar("Sự kiện sắp tới", a["seed"] + 18, 4, cls="sidebar-block events", fmt="%d/%m")}</aside></div>
{sidebar("Có thể bạn quan tâm", a["seed"] + 19, 4, cls="related-pages", fmt="%d/%m/%Y")}</main>
{footer("Cổng thông tin Đô thị thông minh Cẩm Giang", "Tầng 4, Trung tâm Hành chính, thành phố Cẩm Giang", cls="site-footer")}</body></html>"""


def f_strapi(d):
    return d.strftime("%d/%m/%Y %H:%M")


def r_strapi(a):
    d = a["dt"]
    data = {"props": {"pageProps": {"article": {"id": 418, "attributes": {"title": a["title"], "slug": a["url"].rsplit("/", 1)[-1], "description": a["lead"],
            "publishedAt": (d.replace(hour=(d.hour - 7) % 24)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "updatedAt": "2026-10-16T02:11:09.412Z",
            "author": {"data": {"attributes": {"name": a["by"], "email": "quynh.dang@example.vn"}}}, "category": {"data": {"attributes": {"name": "Dịch vụ công"}}}}}}}, "page": "/bai-viet/[slug]", "buildId": "s7kQm2"}
    body = body_html(a["blocks"])
    return head(a["title"] + " – Bản tin Số", a["lead"], '<meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/5c1b.css" as="style">') + f"""<body><div id="__next">
<header class="Header_header__x7Q2a"><div class="Header_inner__P1n8c"><a href="/" class="Header_logo__mZ3"><span>Bản tin</span> Số</a><span class="Header_date__k2">{today(0)}</span>{nav(["Dịch vụ công", "Định danh số", "Thanh toán số", "Dữ liệu", "Góc nhìn"], "Header_nav__Q9", "Header_list__a1")}</div></header>
<main class="Article_main__T4b"><div class="Article_crumbs__d8"><a href="/">Trang chủ</a><span>/</span><a href="/chuyen-muc/dich-vu-cong">Dịch vụ công</a></div>
<article class="Article_article__r2Y"><h1 class="Article_title__9aK">{e(a["title"])}</h1>
<div class="Article_meta__Lq1"><span class="Article_author__c0">{e(a["by"])}</span><span class="Article_dot__z">•</span><span class="Article_date__w5">{f_strapi(d)}</span></div>
<p class="Article_description__Ui8">{e(a["lead"])}</p>
<div class="Article_content__pX3 rich-text">{body}</div>
<div class="Article_share__h3"><button>Facebook</button><button>Zalo</button><button>Sao chép liên kết</button></div></article>
<section class="Related_related__b5"><h2>Bài viết liên quan</h2>{sidebar("", a["seed"] + 20, 6, cls="Related_grid__e1", fmt="%d/%m/%Y")}</section>
{sidebar("Mới nhất", a["seed"] + 28, 8, cls="Latest_list__q4", fmt="%d/%m/%Y %H:%M")}<section class="Topics_box__m1"><h3>Chủ đề nổi bật</h3><a href="/chu-de/vneid">#VNeID</a> <a href="/chu-de/de-an-06">#Đề án 06</a> <a href="/chu-de/dvc">#Dịch vụ công trực tuyến</a> <a href="/chu-de/chu-ky-so">#Chữ ký số</a> <a href="/chu-de/du-lieu-dan-cu">#Dữ liệu dân cư</a></section><section class="Newsletter_box__f9"><h3>Đăng ký nhận bản tin</h3><p>Nhận tin chuyển đổi số mỗi sáng thứ Hai qua email của bạn.</p><input placeholder="Email của bạn"><button>Đăng ký</button></section></main>
{sitemap("Footer_sitemap__k2")}<footer class="Footer_footer__u6"><p>Bản tin Số – chuyên trang thông tin về dịch vụ công và kinh tế số (giả định).</p><p>Tòa nhà Sao Mai, 22 Lê Lợi, Quận 1, TP Hồ Chí Minh</p>{sidebar("Đọc nhiều", a["seed"] + 21, 6, cls="Footer_popular__x1", fmt="%d/%m")}<p>© 2026 Bản tin Số</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>"""


def f_contentful(d):
    return d.strftime("%H:%M ngày %d/%m/%Y")


def r_contentful(a):
    d = a["dt"]
    body = body_html(a["blocks"], img=figure("https://images.ctfassets.net/x1y2z3/4Hq/9f2a/vi-dien-tu.jpg?w=1200&fm=webp", "Thanh toán bằng mã QR tại cửa hàng tiện lợi. Ảnh: Shutterstock", cls="rich-image"))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "author": {"@type": "Organization", "name": "Tạp chí Ví Số"}}
    return head(a["title"] + " | Ví Số", a["lead"], f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>') + f"""<body><div id="__next">
<div class="topbar"><span>{today(0)}</span><a href="/dang-nhap">Đăng nhập</a></div>
<header class="masthead"><a href="/" class="logo">VÍ SỐ</a>{nav(["Tin nhanh", "Ngân hàng số", "Fintech", "Thương mại điện tử", "Cảnh báo lừa đảo", "Podcast"], "nav-main", "nav-list")}</header>
<main class="layout"><div class="crumb"><a href="/">Ví Số</a> › <a href="/ngan-hang-so">Ngân hàng số</a></div>
<article class="post"><header class="post-header"><h1>{e(a["title"])}</h1>
<div class="post-byline"><span class="byline-name">{e(a["by"])}</span> · <time dateTime="{d.strftime("%Y-%m-%dT%H:%M:%S")}+07:00" title="{d.strftime("%d/%m/%Y %H:%M")}">2 giờ trước</time></div>
<p class="post-excerpt">{e(a["lead"])}</p></header>
<div class="post-body">{body}</div>
<p class="post-published">Xuất bản {f_contentful(d)}</p>
<div class="post-tags"><a href="/tag/qr">QR</a><a href="/tag/vi-dien-tu">ví điện tử</a></div></article>
<aside class="rail">{sidebar("Mới cập nhật", a["seed"] + 22, 6, cls="rail-box", fmt="%H:%M")}{sidebar("Xem nhiều", a["seed"] + 23, 5, cls="rail-box", fmt="%d/%m")}</aside>
<section class="more">{sidebar("Đọc tiếp", a["seed"] + 24, 6, cls="more-grid", fmt="%d/%m/%Y")}</section></main>
<footer class="site-footer"><p>Tạp chí điện tử Ví Số (giả định) – Giấy phép số 88/GP-BTTTT.</p><p>Số 36 Hoàng Cầu, Đống Đa, Hà Nội</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"slug":"{a["url"].rsplit("/", 1)[-1]}","preview":false}}}},"page":"/[slug]","isFallback":false}}</script></body></html>"""


def f_sanity(d):
    return f"{WD[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def r_sanity(a):
    d = a["dt"]
    body = "\n".join(f'<p data-astro-cid-7x2q>{e(v)}</p>' if k == "p" else body_html([(k, v)], h_tag="h2") for k, v in a["blocks"])
    return head(a["title"] + " — Kinh tế số Tây Nguyên", a["lead"], '<meta name="generator" content="Astro v4.16.1"><meta property="article:published_time" content="{}">'.format(d.strftime("%Y-%m-%d"))) + f"""<body data-astro-cid-7x2q>
<header class="header" data-astro-cid-3ef6ksr2><span class="today">{today(1)}</span><a href="/" class="brand">KTS<span>Tây Nguyên</span></a>{nav(["Nông nghiệp số", "Du lịch số", "Thương mại điện tử", "Khởi nghiệp", "Dữ liệu"], "header-nav", "links")}</header>
<main data-astro-cid-7x2q><nav class="crumbs"><a href="/">Trang chủ</a> / <a href="/thuong-mai-dien-tu">Thương mại điện tử</a></nav>
<article class="prose" data-astro-cid-7x2q><h1>{e(a["title"])}</h1>
<div class="meta"><time datetime="{d.strftime("%Y-%m-%d")}">{f_sanity(d)}</time><span> · 7 phút đọc</span></div>
<p class="excerpt">{e(a["lead"])}</p>
<figure class="hero"><img src="https://cdn.sanity.io/images/k3p9x2/production/5a1f0e-1600x900.jpg?w=1200" alt=""><figcaption>Gian hàng cà phê đặc sản trên sàn trực tuyến. Ảnh: Y Bhin</figcaption></figure>
{body}
<div class="author-box"><img src="https://cdn.sanity.io/images/k3p9x2/production/khoa.jpg" alt=""><div><span class="label">Tác giả:</span> <strong>{e(a["by"])}</strong><p>Phóng viên mảng kinh tế, viết về nông sản và thương mại điện tử vùng cao.</p></div></div></article>
<section class="more-posts">{sidebar("Bài viết khác", a["seed"] + 25, 6, cls="cards", fmt="%d tháng %m, %Y")}</section>
<section class="newsletter"><h2>Nhận bản tin hằng tuần</h2><p>Tổng hợp tin kinh tế số mỗi sáng Chủ nhật.</p></section></main>
{sitemap("footer-links")}<footer class="footer"><p>© 2026 Kinh tế số Tây Nguyên (giả định). Số 12 Phan Bội Châu, TP. Buôn Ma Thuột.</p>{sidebar("Chuyên mục", a["seed"] + 26, 5, cls="foot-cats", fmt="%d/%m")}</footer></body></html>"""


def f_tumblr(d):
    return f"{d.day} thg {d.month}, {d.year}"


def r_tumblr(a):
    paras = "".join(f"<p>{e(v)}</p>" for k, v in a["blocks"])
    posts = "".join('<article class="post text"><div class="post-content"><h2><a href="/post/7{0}">{1}</a></h2><p>Ghi chép ngắn, bấm để đọc tiếp…</p></div><div class="post-meta"><a href="/post/7{0}">{2}</a> · {3} ghi chú</div></article>'.format(
        i, e(t), dd.strftime("%d thg %m, %Y").lstrip("0"), 12 + i * 7) for i, (t, dd) in enumerate(a["older"]))
    return head(a["title"] + " — Hạ Vy viết linh tinh", a["lead"], '<meta name="tumblr-theme" content="Optica"><link rel="alternate" type="application/rss+xml" href="/rss">') + f"""<body>
<div id="header"><h1 class="blog-title"><a href="/">Hạ Vy viết linh tinh</a></h1><p class="description">Ghi chép về phố chợ, công nghệ và những thứ lặt vặt.</p>
<ul class="nav"><li><a href="/archive">Lưu trữ</a></li><li><a href="/ask">Hỏi mình</a></li><li><a href="/tagged/chợ">#chợ</a></li><li><a href="/rss">RSS</a></li></ul><p class="tday">{today(2)}</p></div>
<div id="posts"><article class="post text permalink"><div class="post-content"><h2 class="title">{e(a["title"])}</h2>
<p><i>{e(a["lead"])}</i></p>{paras}</div>
<div class="post-meta"><a class="post-date" href="{a["url"]}">{f_tumblr(a["dt"])}</a> · <a class="notes" href="#notes">38 ghi chú</a> · <span class="author">đăng bởi <a href="/">{e(a["by"])}</a></span>
<ul class="tags"><li><a href="/tagged/không-tiền-mặt">#không tiền mặt</a></li><li><a href="/tagged/chợ">#chợ</a></li><li><a href="/tagged/ghi-chép">#ghi chép</a></li></ul></div>
<ol class="notes" id="notes"><li class="note reblog">minhtam-doc-sach đã chia sẻ lại bài này từ havy-ghichep</li><li class="note like">caphe-sang thích bài này</li><li class="note reply">xuan-dinh-94 trả lời: Chợ nhà mình cũng vậy luôn, bà bán rau giờ có mã QR rồi</li><li class="note like">nhat-ky-pho thích bài này</li><li class="note reblog">saigon-ve-dem đã chia sẻ lại bài này từ minhtam-doc-sach</li><li class="note like">bonbon-tiem-sach thích bài này</li><li class="note reply">gio-mua-he trả lời: Bà nội mình thì vẫn nhất quyết chỉ nhận tiền mặt thôi hihi</li><li class="note like">mot-goc-pho-nho thích bài này</li><li class="note reblog">lang-thang-cho-phien đã chia sẻ lại bài này từ havy-ghichep</li></ol></article>
{posts}</div><div id="pagination"><a href="/page/2">Bài cũ hơn →</a></div>
{sidebar("Có thể bạn thích", a["seed"] + 27, 8, cls="recommended-blogs", fmt="%d thg %m")}<div id="sidebar-archive"><h3>Lưu trữ</h3><ul><li><a href="/archive/2026/11">Tháng 11 năm 2026</a> (4)</li><li><a href="/archive/2026/10">Tháng 10 năm 2026</a> (3)</li><li><a href="/archive/2026/9">Tháng 9 năm 2026</a> (7)</li><li><a href="/archive/2026/8">Tháng 8 năm 2026</a> (6)</li><li><a href="/archive/2026/7">Tháng 7 năm 2026</a> (5)</li><li><a href="/archive/2026/6">Tháng 6 năm 2026</a> (4)</li><li><a href="/archive/2026/5">Tháng 5 năm 2026</a> (3)</li><li><a href="/archive/2026/4">Tháng 4 năm 2026</a> (7)</li><li><a href="/archive/2026/3">Tháng 3 năm 2026</a> (6)</li><li><a href="/archive/2026/2">Tháng 2 năm 2026</a> (5)</li><li><a href="/archive/2026/1">Tháng 1 năm 2026</a> (4)</li></ul><h3>Về mình</h3><p>Mình là Vy, làm kế toán ở một công ty nhỏ, thích đi chợ sáng và ghi lại những điều nho nhỏ. Blog này không có quảng cáo, không nhận bài viết tài trợ. Hỏi gì cứ để lại ở mục Hỏi mình nhé.</p></div><div id="footer">Giao diện Optica · Vận hành bởi Tumblr</div></body></html>"""
