"""Article renderers, part B: JS frameworks, Vietnamese outlets and portals."""

import json
from datetime import timedelta

from common import (
    CSS,
    FMT,
    WD,
    body_html,
    doc,
    esc,
    footer,
    ld,
    menu,
    og,
    related,
    share_bar,
    side_box,
    tags,
    today_str,
)


def zola_blog(a):
    f = FMT["zola-blog"]
    p = a["pub"]
    body = f"""<div class="container"><header class="site-header"><nav class="nav"><a class="site-title" href="/">Nhóm Dữ liệu mở Cần Thơ</a>
<ul class="nav-links">{"".join(f'<li><a href="/{i}/">{esc(m)}</a></li>' for i, m in enumerate(["Blog", "Bộ dữ liệu", "Sự kiện", "Thành viên", "Giới thiệu"]))}</ul></nav><p class="header-date">{today_str(2)}</p></header>
<main><article class="post"><header><h1 class="post-title">{esc(a['title'])}</h1>
<div class="post-meta"><time datetime="{p:%Y-%m-%d}">{esc(f(p))}</time> · 2 phút đọc</div></header>
<section class="post-body"><p><strong>{esc(a['lead'])}</strong></p>{body_html(a['blocks'])}<p class="signature">— {esc(a['credit'])}</p></section>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/du-lieu-mo/">#dữ-liệu-mở</a></li><li><a href="/tags/hackathon/">#hackathon</a></li></ul>
<nav class="post-nav"><a class="prev" href="/blog/bai-truoc/">‹ Ra mắt cổng dữ liệu mở phiên bản thử nghiệm</a><a class="next" href="/blog/bai-sau/">Tổng kết năm hoạt động ›</a></nav></footer></article>
<section class="recent">{side_box(a['seed'], "Bài viết gần đây", f, "recent-list", show_time=False, n=9)}</section>
<section class="about-box"><h2>Về nhóm</h2><p>Nhóm tình nguyện viên tập hợp những người làm dữ liệu, lập trình viên và sinh viên quan tâm đến dữ liệu mở của thành phố. Nhóm tổ chức các buổi gặp mặt hằng tháng và chia sẻ công cụ miễn phí.</p></section></main>
<footer class="site-footer"><p>© 2026 Nhóm Dữ liệu mở Cần Thơ · Xây dựng với Zola · Nội dung theo giấy phép CC BY 4.0</p><p>Liên hệ: hello@example.vn · Địa chỉ sinh hoạt: Nhà văn hóa phường Tân An</p></footer></div>"""
    return doc(a["title"] + " | Dữ liệu mở Cần Thơ", body)


def payload_cms_next(a):
    f = FMT["payload-cms-next"]
    p = a["pub"]
    flight = json.dumps(["$", "article", None, {"slug": a["url"].rsplit("/", 1)[-1], "publishedAt": p.isoformat()}], ensure_ascii=False)
    body = f"""<div id="__next"><header class="header_header__x1Kq"><div class="container_wrap__aa"><a class="header_logo__p2" href="/">Nhịp sống số</a><span class="header_date__q8">{today_str(0)}</span>
<nav class="header_nav__Zt">{menu("header_menu__Ff", "header_item__3")}</nav></div></header>
<main class="page_main__Lw"><div class="container_wrap__aa grid_twoCol__m2"><article class="post_article__Pq">
<nav class="breadcrumbs_wrap__s1"><a href="/">Trang chủ</a><span>/</span><a href="/posts?category=thanh-toan-so">Thanh toán số</a></nav>
<h1 class="post_title__vV">{esc(a['title'])}</h1>
<div class="post_meta__kD"><time dateTime="{p.isoformat()}" title="{p.isoformat()}">{esc(f(p))}</time><span class="post_relative__J2"> (3 giờ trước)</span></div>
<p class="post_description__Ya">{esc(a['lead'])}</p>
<div class="richtext_richText__T0 post_content__bA">{body_html(a['blocks'], h="h2", figcls="richtext_media__K", capcls="richtext_caption__o")}</div>
<div class="authorBox_box__R4"><img src="/api/media/file/avatar-huy.jpg" alt=""><div><p class="authorBox_name__n1">{esc(a['byline'])}</p><p class="authorBox_bio__aq">Phóng viên mảng tài chính - ngân hàng, theo dõi lĩnh vực thanh toán số từ năm 2019.</p></div></div>
{share_bar()}</article>
<aside class="sidebar_aside__c9">{side_box(a['seed'], "Mới nhất", f, "sidebar_block__a1")}{side_box(a['seed'] + 13, "Nổi bật", f, "sidebar_block__a1", offset=13)}</aside></div>
<section class="related_wrap__dd">{related(a['seed'], "Bài viết liên quan", "related_list__k2")}</section></main>
{footer("Nhịp sống số - Chuyên trang công nghệ và đời sống", "footer_footer__Hn")}</div>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([1,{json.dumps(flight)}])</script>"""
    return doc(a["title"] + " | Nhịp sống số", body, extra_head=og(a) + ld(a, a["author"]))


def directus_nuxt(a):
    f = FMT["directus-nuxt"]
    p = a["pub"]
    state = json.dumps({"data": {"article": {"id": a["seed"], "date_created": p.isoformat(), "status": "published"}}})
    body = f"""<div id="__nuxt"><div id="__layout"><div data-v-4c1e2a7b class="layout"><header data-v-4c1e2a7b class="topbar"><span data-v-4c1e2a7b class="topbar__date">{today_str(0)}</span><a data-v-4c1e2a7b href="/" class="topbar__logo">Tin Huyện Chợ Mới</a></header>
<nav data-v-71d0 class="mainnav">{menu("mainnav__list", "mainnav__item")}</nav>
<main data-v-9a0f class="article-page"><div data-v-9a0f class="article-page__grid"><article data-v-9a0f class="article">
<ul data-v-9a0f class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="/giao-thong">Giao thông - Xây dựng</a></li></ul>
<h1 data-v-9a0f class="article__title">{esc(a['title'])}</h1>
<div data-v-9a0f class="article__meta"><span class="article__date">{esc(f(p))}</span></div>
<div data-v-9a0f class="article__summary">{esc(a['lead'])}</div>
<div data-v-9a0f class="article__content">{body_html(a['blocks'], h="h3")}</div>
<div data-v-9a0f class="article__authors"><span>Nhóm phóng viên:</span> {esc(a['byline'])}</div>
<div data-v-9a0f class="article__share">{share_bar()}</div></article>
<aside data-v-9a0f class="article-page__side">{side_box(a['seed'], "Tin mới", f, "side-block")}{side_box(a['seed'] + 14, "Thông báo", f, "side-block", offset=14)}</aside></div>
<section data-v-9a0f class="more">{related(a['seed'], "Tin cùng chuyên mục", "more__list", 6)}</section></main>
{footer("Trang thông tin điện tử huyện Chợ Mới", "site-footer")}</div></div></div>
<script>window.__NUXT__={state}</script>"""
    return doc(a["title"] + " - Tin Huyện Chợ Mới", body)


def tapchicongsan_like(a):
    f = FMT["tapchicongsan-like"]
    p = a["pub"]
    body = f"""<div id="wrapper"><div class="header"><div class="header-top"><span class="date-now">{today_str(1)}</span><span class="lang"><a href="/en">English</a> | <a href="/fr">Français</a></span></div>
<div class="banner"><a href="/"><span class="logo-text">Tạp chí Lý luận Chính trị và Phát triển</span></a></div><div class="menu-top">{menu("nav-menu", "dropdown")}</div></div>
<div class="container content-main"><div class="row"><div class="col-md-9"><div class="breadcrumb-detail"><a href="/">Trang chủ</a> <span>»</span> <a href="/nghien-cuu">Nghiên cứu - Trao đổi</a></div>
<div class="journal-content-article"><div class="detail-article">
<div class="title-news"><h1 class="title">{esc(a['title'])}</h1></div>
<div class="info-news"><div class="author-news"><span class="author">{a['byline_html']}</span></div><div class="date-news"><span class="date">{esc(f(p))}</span></div></div>
<div class="sapo-news"><p><b>TCLLCT - {esc(a['lead'])}</b></p></div>
<div class="content-news">{body_html(a['blocks'], h="p", hcls="subtitle-bold", figcls="image-center", capcls="image-note")}
<div class="notes"><p>(1) Nghị quyết về chuyển đổi số quốc gia, bản lưu hành nội bộ, tr. 12.</p><p>(2) Báo cáo tổng kết chương trình chuyển đổi số giai đoạn đầu, tr. 45.</p></div></div>
<div class="tools-news">{share_bar()}</div></div></div>
<div class="other-news">{related(a['seed'], "Các bài viết khác", "list-other-news", 8)}</div></div>
<div class="col-md-3 right-col">{side_box(a['seed'], "Tin tiêu điểm", f, "box-right", show_time=False)}{side_box(a['seed'] + 15, "Số tạp chí mới", f, "box-right", offset=15, show_time=False)}</div></div></div>
{footer("Tạp chí Lý luận Chính trị và Phát triển", "footer-main")}</div>"""
    return doc(a["title"], body)


def mattran_like(a):
    f = FMT["mattran-like"]
    p = a["pub"]
    body = f"""<div class="site"><div class="top-header"><div class="container"><span class="today">{today_str(1)}</span><span class="hotline">Đường dây nóng: 0243.8257.999</span></div></div>
<header class="main-header"><div class="container"><a class="logo" href="/"><span>Cổng thông tin Ủy ban Mặt trận Tổ quốc tỉnh</span></a></div><nav class="main-nav">{menu("nav", "nav-item")}</nav></header>
<div class="container page-detail"><div class="row"><div class="col-lg-8"><ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/giam-sat-phan-bien">Giám sát - Phản biện</a></li></ul>
<div class="news-detail"><h1 class="news-title">{esc(a['title'])}</h1>
<div class="news-date"><i class="far fa-calendar-alt"></i> {esc(f(p))}</div>
<div class="news-sapo">{esc(a['lead'])}</div>
<div class="news-content">{body_html(a['blocks'], h="h3", figcls="tplCaption", capcls="Image")}</div>
<div class="news-author"><p>Theo {esc(a['byline'])} (Báo Đại Đoàn Kết)</p></div>
<div class="news-tags">{tags(["giám sát", "dịch vụ công trực tuyến", "người cao tuổi"])}</div>{share_bar()}</div>
<div class="news-other">{related(a['seed'], "Tin cùng chuyên mục", "news-other-list", 6)}</div></div>
<div class="col-lg-4 sidebar">{side_box(a['seed'], "Tin mới nhất", f, "box-sidebar")}{side_box(a['seed'] + 16, "Thông báo", f, "box-sidebar", offset=16)}
<div class="box-sidebar link-web"><h3>Liên kết website</h3><select><option>Ủy ban Trung ương MTTQ Việt Nam</option><option>Báo Đại Đoàn Kết</option></select></div></div></div></div>
{footer("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn", "footer")}</div>"""
    return doc(a["title"], body)


def congly_like(a):
    f = FMT["congly-like"]
    p = a["pub"]
    body = f"""<div class="wrapper"><header class="header"><div class="header__top"><div class="container"><span class="header__date">{today_str(0)}</span><a class="header__link" href="/e-paper">Báo in</a></div></div>
<div class="header__logo container"><a href="/"><span>Báo Công Lý và Đời Sống</span></a></div><nav class="header__nav">{menu("menu-main", "menu-main__item")}</nav></header>
<main class="container main-detail"><div class="c-breadcrumb"><a href="/the-thao">Thể thao</a><a href="/the-thao/bong-da">Bóng đá</a></div>
<div class="l-grid"><div class="l-grid__main"><article class="c-detail">
<h1 class="c-detail__title">{esc(a['title'])}</h1>
<div class="c-detail__meta"><div class="c-detail__author"><span class="c-author-name">{esc(a['byline'])}</span></div><span class="c-detail__time">{esc(f(p))}</span></div>
<div class="c-detail__sapo"><h2>(CL&amp;ĐS) - {esc(a['lead'])}</h2></div>
<div class="c-detail__content">{body_html(a['blocks'], h="h3", figcls="c-img", capcls="c-img__caption")}</div>
<div class="c-detail__tags">{tags(["bóng đá phong trào", "thanh niên"])}</div>{share_bar()}</article>
<div class="c-box-related">{related(a['seed'], "Tin liên quan", "c-list-related", 5)}</div>
<div class="c-comment"><h3>Bình luận (1)</h3><div class="c-comment__item"><b>Hoàng Nam</b> <span>{(p + timedelta(hours=6, minutes=22)):%H:%M %d/%m/%Y}</span><p>Giải đấu rất hay, mong năm sau tổ chức tiếp.</p></div></div></div>
<aside class="l-grid__side">{side_box(a['seed'], "Tin mới", f, "c-box-side")}{side_box(a['seed'] + 17, "Đọc nhiều", f, "c-box-side", offset=17)}</aside></div></main>
{footer("Báo Công Lý và Đời Sống", "footer")}</div>"""
    return doc(a["title"], body, extra_head=og(a))


def bnews_like(a):
    f = FMT["bnews-like"]
    p = a["pub"]
    body = f"""<div class="page-wrap"><div class="top-bar"><div class="container"><span class="top-date">{today_str(0)}</span><div class="top-links"><a href="/en">English</a><a href="/rss">RSS</a></div></div></div>
<header class="bn-header"><div class="container"><a class="bn-logo" href="/">Tin Kinh tế Doanh nghiệp Số</a><div class="bn-ticker"><span>VN-Index</span> <b>1.312,45</b> <span class="up">+4,12</span></div></div><nav class="bn-nav">{menu("bn-menu", "bn-menu-item")}</nav></header>
<div class="container"><div class="row"><div class="col-8"><div class="bn-cate"><a href="/cong-nghe">Công nghệ</a> &gt; <a href="/cong-nghe/kinh-te-so">Kinh tế số</a></div>
<div class="bn-detail"><h1 class="bn-title">{esc(a['title'])}</h1>
<div class="bn-date">{esc(f(p))}</div>
<div class="bn-sapo"><p>TTXVN - {esc(a['lead'])}</p></div>
<div class="bn-content">{body_html(a['blocks'], h="h2", figcls="bn-figure", capcls="bn-caption")}
<div class="bn-author"><p>{esc(a['byline'])} (TTXVN)</p></div></div>
<div class="bn-related-in">{related(a['seed'], "Xem thêm", "bn-xemthem", 3)}</div>{share_bar()}{tags(["kinh tế số", "doanh nghiệp"])}</div>
<div class="bn-same">{related(a['seed'] + 1, "Tin cùng chuyên mục", "bn-same-list", 6)}</div></div>
<div class="col-4">{side_box(a['seed'], "Tin mới", f, "bn-box")}{side_box(a['seed'] + 18, "Đọc nhiều", f, "bn-box", offset=1)}</div></div></div>
{footer("Tin Kinh tế Doanh nghiệp Số - Thông tấn xã Việt Nam", "bn-footer")}</div>"""
    return doc(a["title"] + " | Tin Kinh tế Doanh nghiệp Số", body, extra_head=og(a))


def giaoducthoidai_like(a):
    f = FMT["giaoducthoidai-like"]
    p = a["pub"]
    body = f"""<div class="site-wrap"><header class="site-header"><div class="header-top"><div class="container"><span class="today">{today_str(0)}</span><a href="/dang-nhap">Đăng nhập</a></div></div>
<div class="container header-main"><a class="logo" href="/"><span>Báo Giáo dục Số</span></a></div><nav class="main-menu">{menu("menu", "menu-item")}</nav></header>
<div class="container detail-page"><div class="breadcrumbs"><a href="/giao-duc">Giáo dục</a><a href="/giao-duc/chuyen-doi-so">Chuyển đổi số</a></div>
<div class="row"><div class="col-main"><article class="article" data-id="{a['seed']}">
<h1 class="article__title cms-title">{esc(a['title'])}</h1>
<div class="article__meta"><span class="article__author"><span class="cms-author">{esc(a['byline'])}</span></span><time class="time" datetime="{p.isoformat()}">{esc(f(p))}</time></div>
<div class="article__sapo cms-desc"><p>GD&amp;TĐ - {esc(a['lead'])}</p></div>
<div class="article__body cms-body">{body_html(a['blocks'], h="h2", figcls="picture", capcls="caption")}</div>
<div class="article__tag">{tags(["học bạ số", "chuyển đổi số giáo dục"])}</div>{share_bar()}</article>
<div class="box-related">{related(a['seed'], "Tin liên quan", "story-list", 5)}</div></div>
<aside class="col-sub">{side_box(a['seed'], "Tin mới", f, "box-sub")}{side_box(a['seed'] + 19, "Tiêu điểm", f, "box-sub", offset=3)}</aside></div></div>
{footer("Báo Giáo dục Số", "site-footer")}</div>"""
    return doc(a["title"] + " | Báo Giáo dục Số", body, extra_head=og(a) + ld(a, a["author"]))


def doanhnghiepvn_like(a):
    f = FMT["doanhnghiepvn-like"]
    p = a["pub"]
    body = f"""<div class="wrapper"><div class="header-top"><div class="container"><span class="date">{today_str(0)}</span><span class="hotline">Hotline: 0904.123.456</span></div></div>
<header class="header"><div class="container"><a class="logo" href="/">Doanh Nghiệp Việt Online</a></div><nav class="navigation">{menu("nav-main", "nav-main__item")}</nav></header>
<main class="container"><div class="row"><div class="col-left"><div class="breadcrumb"><a href="/chuyen-doi-so">Chuyển đổi số</a></div>
<article class="detail"><h1 class="detail__title">{esc(a['title'])}</h1>
<div class="detail__meta"><span class="detail__time"><i class="icon-clock"></i> {esc(f(p))}</span><span class="detail__cate"><a href="/chuyen-doi-so">Chuyển đổi số</a></span></div>
<div class="detail__sapo"><strong>{esc(a['lead'])}</strong></div>
<div class="detail__content">{body_html(a['blocks'], h="h3")}
<p style="text-align:right"><strong>Nhà báo {esc(a['byline'])}</strong></p></div>
<div class="detail__related-box"><p><strong>Đọc thêm:</strong> <a href="/a1">Doanh nghiệp nhỏ loay hoay với hóa đơn điện tử</a></p></div>
{tags(["doanh nghiệp", "chuyển đổi số", "SME"])}{share_bar()}</article>
<div class="box-same">{related(a['seed'], "Cùng chuyên mục", "list-same", 6)}</div></div>
<aside class="col-right">{side_box(a['seed'], "Tin nóng", f, "box-right")}{side_box(a['seed'] + 20, "Xem nhiều", f, "box-right", offset=5)}</aside></div></main>
{footer("Doanh Nghiệp Việt Online", "footer")}</div>"""
    return doc(a["title"], body)


def sotttt_portal(a):
    f = FMT["sotttt-portal"]
    p = a["pub"]
    body = f"""<form method="post" action="/tin-tuc/chi-tiet" id="form1"><input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nq2xZkQe7Y0aB1c2d3e4f5g6h7i8j9k0l">
<div id="wrapper"><div id="header"><div class="header-banner"><a href="/"><span class="bn-title">SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KON TUM</span></a></div>
<div class="header-menu"><div class="date-time">{today_str(0)}</div>{menu("sf-menu", "li-menu")}</div></div>
<div id="content" class="clearfix"><div class="col-left-main"><div class="path"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin-tuc">Tin tức</a> &gt;&gt; <a href="/tin-tuc/chuyen-doi-so">Chuyển đổi số</a></div>
<div class="news-detail-box"><div class="news-detail-title"><h2 class="title-detail">{esc(a['title'])}</h2></div>
<div class="news-detail-info"><span class="date-detail">{esc(f(p))}</span> | <span class="view-detail">Lượt xem: 412</span> | <span class="poster">Người đăng: admin</span></div>
<div class="news-detail-summary"><strong>{esc(a['lead'])}</strong></div>
<div class="news-detail-content">{body_html(a['blocks'])}
<p style="text-align: right;"><strong>{esc(a['credit'])}</strong></p></div>
<div class="news-detail-tool"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="news-other"><div class="title-other">Các tin đã đưa</div><ul>{"".join(f'<li><a href="/tin/{i}">{esc(t)}</a> <span class="date">({d})</span></li>' for i, (t, d) in enumerate([("Hội nghị giao ban báo chí tháng 11", "28/11/2026"), ("Kiểm tra công tác bảo đảm an toàn thông tin mạng", "26/11/2026"), ("Tổ chức Ngày Chuyển đổi số tỉnh năm 2026", "10/10/2026"), ("Triển khai mã bưu chính quốc gia", "02/10/2026"), ("Thông báo tuyển dụng viên chức", "25/09/2026")]))}</ul></div></div></div>
<div class="col-right-main"><div class="box-vanban"><div class="box-title">VĂN BẢN MỚI</div><ul>{"".join(f'<li><a href="/vb/{i}">{esc(t)}</a><span>Ngày ban hành: {d}</span></li>' for i, (t, d) in enumerate([("Kế hoạch 412/KH-STTTT về chuyển đổi số năm 2027", "01/12/2026"), ("Quyết định 233/QĐ-STTTT công bố thủ tục hành chính", "24/11/2026"), ("Công văn 1187/STTTT-BCVT về hạ tầng viễn thông", "19/11/2026"), ("Hướng dẫn 09/HD-STTTT về tổ công nghệ số cộng đồng", "07/11/2026")]))}</ul></div>
{side_box(a['seed'], "Tin mới", f, "box-right-news")}
<div class="box-lienket"><div class="box-title">LIÊN KẾT WEBSITE</div><select><option>Cổng TTĐT tỉnh</option><option>Bộ Khoa học và Công nghệ</option></select></div>
<div class="box-thongke"><div class="box-title">THỐNG KÊ TRUY CẬP</div><p>Đang truy cập: 37</p><p>Tổng lượt truy cập: 2.418.903</p></div></div></div>
<div id="footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH KON TUM</b></p><p>Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Kon Tum. Địa chỉ: 70 Lê Hồng Phong, TP Kon Tum.</p><p>Điện thoại: 0260.3862.xxx. Email: stttt@example.vn. Giấy phép số 05/GP-TTĐT ngày 03/03/2023.</p></div></div></form>"""
    return doc(a["title"], body, extra_head='<meta name="generator" content="Portal CMS ASP.NET MVC 5">')


def xa_portal_legacy(a):
    f = FMT["xa-portal-legacy"]
    p = a["pub"]
    menu_rows = "".join(f'<tr><td class="menuleft"><a href="/default.asp?cat={i}">» {esc(m)}</a></td></tr>' for i, m in enumerate(
        ["Giới thiệu chung", "Tin tức - Sự kiện", "Văn hóa - Xã hội", "Kinh tế", "Thủ tục hành chính", "Văn bản", "Lịch công tác", "Hỏi đáp"]))
    paras = "".join(f'<p class="MsoNormal" style="text-align:justify"><font face="Times New Roman" size="3">{esc(b[1])}</font></p>' for b in a["blocks"] if b[0] == "p")
    news = "".join(f'<tr><td class="tinkhac">· <a href="/tin.asp?id={900 + i}">{esc(t)}</a> <font color="#888888">({d})</font></td></tr>' for i, (t, d) in enumerate(
        [("Họp dân triển khai kế hoạch phòng chống lụt bão", "20/11/2026"), ("Tiêm phòng cho gia súc, gia cầm đợt 2", "14/11/2026"),
         ("Ra quân tổng vệ sinh môi trường", "08/11/2026"), ("Kết quả bầu trưởng thôn nhiệm kỳ mới", "01/11/2026"),
         ("Hội nghị đối thoại với nhân dân", "27/10/2026"), ("Thông báo lịch tiếp công dân tháng 11", "25/10/2026")]))
    body = f"""<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">
<tr><td colspan="3" height="120" background="/images/banner.jpg"><font size="5" color="#b30000"><b>TRANG THÔNG TIN ĐIỆN TỬ XÃ AN THẠNH</b></font><br><font size="2">Huyện Cù Lao Dung - Tỉnh Sóc Trăng</font></td></tr>
<tr><td colspan="3" bgcolor="#b30000" height="26"><font color="#ffffff" size="2">&nbsp;{today_str(1)} &nbsp;|&nbsp; <a href="/"><font color="#ffffff">Trang chủ</font></a> | <a href="/lienhe.asp"><font color="#ffffff">Liên hệ</font></a></font></td></tr>
<tr><td width="190" valign="top"><table width="100%" cellpadding="3">{menu_rows}</table>
<table width="100%"><tr><td class="boxtitle">LIÊN KẾT</td></tr><tr><td><a href="/lk">Cổng TTĐT tỉnh Sóc Trăng</a><br><a href="/lk2">Huyện Cù Lao Dung</a></td></tr></table></td>
<td width="590" valign="top" style="padding:8px"><table width="100%"><tr><td class="path"><a href="/">Trang chủ</a> » Văn hóa - Xã hội</td></tr>
<tr><td><font class="tieude" size="4" color="#003399"><b>{esc(a['title'])}</b></font></td></tr>
<tr><td><font size="1" color="#777777">{esc(f(p))}</font></td></tr>
<tr><td><p><b><i>{esc(a['lead'])}</i></b></p>{paras}
<p align="right"><b>{esc(a['credit'])}</b></p></td></tr>
<tr><td><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Trở về]</a></td></tr>
<tr><td class="boxtitle"><b>CÁC TIN KHÁC</b></td></tr>{news}</table></td>
<td width="200" valign="top"><table width="100%"><tr><td class="boxtitle">THÔNG BÁO</td></tr><tr><td><marquee direction="up" height="160" scrollamount="2">Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 12/2026.<br>Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2026.<br>Thông báo tuyển dân quân tự vệ.</marquee></td></tr>
<tr><td class="boxtitle">THỐNG KÊ</td></tr><tr><td>Lượt truy cập: 48.271<br>Đang xem: 3</td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#eeeeee" align="center"><font size="2">Bản quyền thuộc Ủy ban nhân dân xã An Thạnh.<br>Địa chỉ: Ấp An Thường, xã An Thạnh, huyện Cù Lao Dung, tỉnh Sóc Trăng. Điện thoại: 0299.3856.xxx<br>Chịu trách nhiệm nội dung: Chủ tịch UBND xã. Thiết kế web: Công ty Tin học Mê Kông.</font></td></tr></table>"""
    html_s = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(a["title"])}</title>'
              f'<link rel="stylesheet" href="/style.css"><style>{CSS}</style><script language="javascript" src="/js/menu.js"></script></head>\n'
              f'<body topmargin="0" leftmargin="0" bgcolor="#e6e6e6">\n{body}\n</body></html>\n')
    return html_s


__all__ = ["WD", "doc", "footer", "ld", "menu", "og", "related", "share_bar", "side_box", "tags"]
