"""Renderers, part B (Vietnamese news outlets, community platforms, gov legacy, forum)."""
from chrome import (
    WD,
    body_html,
    e,
    figure,
    footer,
    h12,
    head,
    nav,
    noise_png,
    sidebar,
    sitemap,
    today,
)


def comments(items, wrap_cls="comments", item_cls="comment", fmt="%H:%M %d/%m/%Y"):
    lis = "".join(f'<div class="{item_cls}"><span class="c-name">{e(n)}</span> <span class="c-time">{d.strftime(fmt)}</span><p>{e(t)}</p></div>' for n, d, t in items)
    return f'<div class="{wrap_cls}"><h3>Bình luận ({len(items)})</h3>{lis}</div>'


def f_viblo(d):
    return f"thg {d.month} {d.day}, {d.year} {h12(d)}"


def r_viblo(a):
    d = a["dt"]
    body = body_html(a["blocks"], h_tag="h2")
    cm = "".join('<div class="comment-item"><a class="username" href="/u/{0}">@{0}</a> <span class="time" title="{1}">{2}</span><div class="md-contents"><p>{3}</p></div></div>'.format(
        u, t.strftime("%d/%m/%Y %H:%M"), f"thg {t.month} {t.day}, {t.year} {h12(t)}", e(x)) for u, t, x in a["comments"])
    return head(a["title"] + " - Viblo", a["lead"], '<meta property="og:type" content="article">') + f"""<body><div id="app">
<header class="main-navbar"><div class="container"><a href="/" class="logo">Viblo</a>{nav(["Bài Viết", "Hỏi Đáp", "Thảo Luận", "Series", "Tổ chức"], "nav-links", "navbar-nav")}<span class="today">{today(0)}</span><a href="/login">Đăng nhập/Đăng ký</a></div></header>
<div class="container post-body"><div class="row"><div class="col-lg-9">
<div class="post-meta"><div class="post-author"><a href="/u/longtd" class="user-avatar"><img src="/avatars/longtd.jpg" alt=""></a><div><a class="text-bold" href="/u/longtd">{e(a["by"])}</a> <span class="text-muted">@longtd</span><div class="stats">2.1K Reputation · 34 bài viết · 180 người theo dõi</div></div><button class="btn-follow">+ Theo dõi</button></div>
<div class="post-meta__time"><span title="{d.strftime("%d/%m/%Y %H:%M")}">Đã đăng vào {f_viblo(d)}</span> <span>· 6 phút đọc</span></div>
<div class="post-stats"><span>Lượt xem 1.3K</span> <span>Bookmark 42</span></div></div>
<div class="md-contents article-content"><h1 class="article-content__title">{e(a["title"])}</h1>
<p><strong>{e(a["lead"])}</strong></p>{body}</div>
<div class="tags"><a href="/tags/ekyc">eKYC</a><a href="/tags/vneid">VNeID</a><a href="/tags/security">security</a></div>
<div class="post-series">Series: Định danh số cho lập trình viên (phần 2/5)</div>
<div class="comments-section"><h3>Bình luận</h3>{cm}</div></div>
<div class="col-lg-3 sidebar">{sidebar("Bài viết liên quan", a["seed"] + 30, 6, cls="related-posts", fmt="%d/%m/%Y")}{sidebar("Bài viết khác từ tác giả", a["seed"] + 31, 4, cls="author-posts", fmt="thg %m %d, %Y")}</div></div></div>
{sitemap("footer-links")}<footer class="footer"><p>Viblo – nền tảng chia sẻ kiến thức (mô phỏng).</p><p>© 2026 Viblo. All rights reserved.</p><p>Tài nguyên: Bài viết · Tổ chức · Câu hỏi · Tags · Videos · Tác giả</p></footer></div></body></html>"""


def f_spiderum(d):
    return f"{d.day} Tháng {d.month}, {d.year}"


def r_spiderum(a):
    body = body_html(a["blocks"], h_tag="h3", img='<div class="image-block"><img src="https://images.spiderum.com/sp-images/pho-dem.jpeg"><div class="caption">Phố đêm dưới ánh đèn cảm biến. Ảnh: Unsplash</div></div>')
    cm = "".join('<div class="comment"><div class="comment-head"><a href="/nguoi-dung/{}">{}</a> <span class="time">{}</span></div><div class="comment-body">{}</div><span class="like">{} lượt thích</span></div>'.format(
        len(n), e(n), t.strftime("%d.%m.%Y"), e(x), 3 + len(x) % 9) for n, t, x in a["comments"])
    return head(a["title"] + " - Spiderum", a["lead"]) + f"""<body><div id="spiderum-app">
<header class="sp-header"><a href="/" class="sp-logo">spiderum</a>{nav(["Quan điểm - Tranh luận", "Khoa học - Công nghệ", "Thinking Out Loud", "Sáng tác", "Chuyện trò - Tâm sự", "Sự kiện - Thông báo"], "sp-cats", "cat-list")}<span class="sp-date">{today(0)}</span><button>Viết bài</button></header>
<main class="sp-post"><div class="post-category"><a href="/danh-muc/khoa-hoc-cong-nghe">KHOA HỌC - CÔNG NGHỆ</a></div>
<h1 class="post-title">{e(a["title"])}</h1>
<div class="post-author-info"><a href="/nguoi-dung/meouxam"><img src="/avatars/meouxam.png" alt=""></a><div><a class="author-name" href="/nguoi-dung/meouxam">{e(a["by"])}</a><div class="post-time">{f_spiderum(a["dt"])} <span>· 14 phút đọc</span></div></div><button class="follow">Theo dõi</button></div>
<p class="post-description">{e(a["lead"])}</p>
<div class="post-content ce-content">{body}</div>
<div class="post-actions"><span>128 upvote</span> <span>17 bình luận</span> <button>Chia sẻ</button> <button>Lưu</button></div>
<div class="post-tags"><a href="/tag/thanh-pho">#thành phố</a> <a href="/tag/du-lieu">#dữ liệu</a></div>
<div class="author-bottom"><p>Bài viết của <strong>{e(a["by"])}</strong> · 56 bài viết · 2.4K người theo dõi</p><p class="bio">Kỹ sư hạ tầng, thích đi bộ và đếm cột đèn.</p></div>
<div class="comments"><h3>17 Bình luận</h3>{cm}</div>
{sidebar("Bài viết nổi bật khác", a["seed"] + 32, 6, cls="related-feed", fmt="%d.%m.%Y")}</main>
{sitemap("sp-footer-links")}<footer class="sp-footer"><p>CÔNG TY CỔ PHẦN SPIDERUM VIỆT NAM (mô phỏng)</p><p>Người chịu trách nhiệm nội dung: Ban điều hành cộng đồng</p><p>Trụ sở: Tầng 8, Tòa nhà Đông Á, Cầu Giấy, Hà Nội</p></footer></div></body></html>"""


def f_vnreview(d):
    return d.strftime("%d/%m/%y %H:%M")


def r_vnreview(a):
    body = body_html(a["blocks"], p_open='<p class="bbWrapper-p">', img=figure("/attachments/vnr-app-ngan-hang-jpg.41822/", "Giao diện ứng dụng sau cập nhật. Ảnh chụp màn hình", cls="bbImageWrapper"))
    return head(a["title"] + " | VnReview - Cộng đồng công nghệ", a["lead"]) + f"""<body data-template="thread_view"><div class="p-pageWrapper">
<header class="p-header"><div class="p-header-inner"><a class="p-header-logo" href="/">VnReview</a><span class="p-date">{today(3)}</span></div>{nav(["Tin công nghệ", "Đánh giá", "Thủ thuật", "Tư vấn", "Diễn đàn", "Khuyến mãi"], "p-nav", "p-nav-list")}</header>
<div class="p-body"><ul class="p-breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/tin-cong-nghe/">Tin công nghệ</a></li><li><a href="/tin-cong-nghe/fintech/">Fintech</a></li></ul>
<div class="p-body-main"><div class="p-body-content"><article class="article-detail">
<h1 class="p-title-value">{e(a["title"])}</h1>
<div class="article-info"><a class="username" href="/members/bich-ngoc.2291/">{e(a["by"])}</a> <span class="u-dt" title="{a["dt"].strftime("%d/%m/%Y lúc %H:%M")}">{f_vnreview(a["dt"])}</span> <span class="views">· 3.902 lượt xem</span></div>
<div class="article-sapo">{e(a["lead"])}</div>
<div class="bbWrapper">{body}</div>
<div class="reactionsBar">Bạn, Minh Khang và 41 người khác đã thích</div></article>
<div class="block-comments"><h3 class="block-header">Bình luận</h3>{comments(a["comments"], "message-list", "message", "%d/%m/%y")}</div></div>
<div class="p-body-sidebar">{sidebar("Tin mới", a["seed"] + 33, 7, cls="block", hcls="block-minorHeader", fmt="%d/%m/%y")}{sidebar("Đánh giá nổi bật", a["seed"] + 34, 4, cls="block", hcls="block-minorHeader", fmt="%d/%m/%y")}</div></div></div>
{sitemap("p-footer-sitemap")}<footer class="p-footer"><p>VnReview mô phỏng. Giấy phép MXH số 444/GP-BTTTT (giả định).</p><p>Tầng 3, 68 Trần Quốc Hoàn, Cầu Giấy, Hà Nội</p></footer></div></body></html>"""


def f_sgt(d):
    return "{}, {}".format(WD[d.weekday()], d.strftime("%d/%m/%Y, %H:%M"))


def r_sgt(a):
    body = body_html(a["blocks"], img='<figure class="wp-block-image"><img src="/wp-content/uploads/2026/11/kinh-te-so-dn.jpg"><figcaption>Doanh nghiệp nhỏ vẫn loay hoay với bài toán số hóa. Ảnh: Lê Toàn</figcaption></figure>')
    return head(a["title"] + " - Thời báo Sài Gòn Số", a["lead"], '<meta property="article:published_time" content="{}">'.format(a["dt"].strftime("%Y-%m-%dT%H:%M:%S+07:00"))) + f"""<body class="single single-post">
<div class="top-bar"><span class="date-today">{today(0)}</span><a href="/dang-ky">Đặt mua báo in</a><a href="/e-paper">E-paper</a></div>
<header class="header-main"><a href="/" class="logo">THỜI BÁO SÀI GÒN SỐ</a>{nav(["Thời sự", "Kinh doanh", "Tài chính", "Bất động sản", "Kinh tế số", "Văn hóa - Xã hội", "Thế giới", "Media"], "main-menu", "menu")}</header>
<div class="container"><div class="td-crumb-container"><a href="/">Trang chủ</a> <i>›</i> <a href="/kinh-doanh">Kinh doanh</a> <i>›</i> <span>Kinh tế số</span></div>
<div class="row"><div class="col-8"><article class="post"><header class="td-post-title"><ul class="td-category"><li>Kinh tế số</li></ul>
<h1 class="entry-title">{e(a["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><a href="/author/thanhtung">{e(a["by"])}</a></div> <span class="td-post-date"><time class="entry-date">{f_sgt(a["dt"])}</time></span></div></header>
<div class="td-post-content"><p><strong>(TBSGS) - {e(a["lead"])}</strong></p>{body}</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/kinh-te-so">kinh tế số</a></li><li><a href="/tag/doanh-nghiep">doanh nghiệp</a></li></ul></div>
<div class="td-post-sharing"><span>Chia sẻ</span><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Zalo</a></div></article>
<div class="td-related">{sidebar("TIN LIÊN QUAN", a["seed"] + 35, 6, cls="td_block_related_posts", fmt="%d/%m/%Y")}</div></div>
<div class="col-4 td-pb-span4">{sidebar("Tin mới nhất", a["seed"] + 36, 8, cls="td_block_wrap", fmt="%d/%m/%Y, %H:%M")}<div class="ad-box">Quảng cáo</div>{sidebar("Xem nhiều", a["seed"] + 37, 5, cls="td_block_wrap", fmt="%d/%m/%Y")}</div></div></div>
{footer("Thời báo Sài Gòn Số (mô phỏng)", "35 Nam Kỳ Khởi Nghĩa, Quận 1, TP Hồ Chí Minh", "<p>Giấy phép số 512/GP-BTTTT (giả định).</p>", cls="td-footer-wrapper")}</body></html>"""


def f_vnf(d):
    return d.strftime("%H:%M | %d/%m/%Y")


def r_vnf(a):
    img = '<div class="img-box" style="text-align:center"><img src="{}" alt="bieu-do" width="560" height="460"><p class="img-caption"><em>Biểu đồ giao dịch qua mã QR theo tháng. Đồ họa: Hải Yến</em></p></div>'.format(noise_png(a["seed"]))
    body = body_html(a["blocks"], img=img)
    return head(a["title"] + " | Tài chính Việt", a["lead"]) + f"""<body><div class="wrapper">
<div class="header-top"><div class="container"><span class="datetime">{today(0)}</span><a href="/lien-he">Liên hệ quảng cáo</a></div></div>
<div class="header"><div class="container"><a href="/" class="logo">TÀI CHÍNH VIỆT</a></div>{nav(["Tài chính", "Ngân hàng", "Chứng khoán", "Bất động sản", "Doanh nghiệp", "Đầu tư", "Kinh tế số", "Tiêu dùng"], "menu-main", "ul-menu")}</div>
<div class="container main"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/ngan-hang">Ngân hàng</a></div>
<div class="col-left"><div class="detail-news">
<h1 class="detail-title">{e(a["title"])}</h1>
<div class="detail-time"><span class="time">{f_vnf(a["dt"])}</span> <span class="cate">Ngân hàng</span></div>
<div class="detail-sapo"><h2>{e(a["lead"])}</h2></div>
<div class="relate-box"><ul><li><a href="/a1">Ngân hàng đua nhau miễn phí chuyển khoản nội địa</a></li><li><a href="/a2">Thị trường thẻ quốc tế tăng trưởng chậm lại</a></li></ul></div>
<div class="detail-content">{body}
<p style="text-align: right;"><strong>{e(a["by"])}</strong></p></div>
<div class="detail-tags">Tags: <a href="/tag/qr">thanh toán QR</a>, <a href="/tag/nhnn">NHNN</a></div></div>
{sidebar("Tin cùng chuyên mục", a["seed"] + 38, 8, cls="box-same-cate", fmt="%d/%m/%Y %H:%M")}</div>
<div class="col-right">{sidebar("Tin mới", a["seed"] + 39, 7, cls="box-right", fmt="%H:%M %d/%m")}{sidebar("Đọc nhiều", a["seed"] + 40, 5, cls="box-right", fmt="%d/%m/%Y")}</div></div>
{footer("Tạp chí Tài chính Việt (mô phỏng)", "Tầng 9, 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội", "<p>Giấy phép số 207/GP-BTTTT (giả định).</p>")}</div></body></html>"""


def f_bgt(d):
    return "{}, {} (GMT+7)".format(WD[d.weekday()].replace("Thứ B", "Thứ b").replace("Thứ H", "Thứ h").replace("Thứ N", "Thứ n").replace("Thứ S", "Thứ s").replace("Thứ T", "Thứ t").replace("Chủ N", "Chủ n"), d.strftime("%d/%m/%Y %H:%M"))


def r_bgt(a):
    body = body_html(a["blocks"], img='<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="https://cdn.example.vn/bgt/2026/11/28/cao-toc.jpg"></div><figcaption class="PhotoCMS_Caption"><p>Các mũi thi công hoạt động xuyên đêm. Ảnh: Hữu Tài</p></figcaption></figure>')
    return head(a["title"] + " - Báo Giao thông Mới", a["lead"]) + f"""<body><div class="main-wrapper">
<div class="header-top"><div class="w1160"><span class="date">{today(0)}</span><span class="hotline">Đường dây nóng: 0912 345 678</span></div></div>
<header class="header"><div class="w1160"><a href="/" class="logo">BÁO GIAO THÔNG MỚI</a></div>{nav(["Thời sự", "Giao thông", "Vận tải", "An toàn giao thông", "Xe +", "Bạn đọc", "Du lịch", "Thế giới"], "menu", "menu-list")}</header>
<div class="w1160 detail-page"><div class="bread-crumbs"><a href="/giao-thong">Giao thông</a> <a href="/giao-thong/cong-trinh">Công trình</a></div>
<div class="detail-left"><h1 class="detail-title">{e(a["title"])}</h1>
<div class="detail-author-bar"><span class="author">{e(a["by"])}</span> <span class="detail-time">{f_bgt(a["dt"])}</span> <span class="follow">Theo dõi Báo trên Google News</span></div>
<h2 class="detail-sapo">{e(a["lead"])}</h2>
<div class="detail-content afcbc-body">{body}</div>
<div class="detail-tags"><a href="/tag/cao-toc">#cao tốc</a> <a href="/tag/tien-do">#tiến độ</a></div>
<div class="box-comment"><h3>Bình luận</h3><div class="cmt"><b>Nguyễn Hải</b> <span>28/11/2026 08:02</span><p>Mong sớm thông xe để đi lại đỡ vất vả.</p></div><div class="cmt"><b>Trần Khanh</b> <span>28/11/2026 09:14</span><p>Cần giám sát chặt chất lượng.</p></div></div>
{sidebar("Tin cùng chuyên mục", a["seed"] + 41, 6, cls="box-category", fmt="%d/%m/%Y")}</div>
<div class="detail-right">{sidebar("Tin mới nhất", a["seed"] + 42, 7, cls="box-latest", fmt="%H:%M")}{sidebar("Đọc nhiều", a["seed"] + 43, 5, cls="box-most", fmt="%d/%m")}</div></div>
{footer("Báo Giao thông Mới (mô phỏng)", "Số 33 Lê Văn Lương, Thanh Xuân, Hà Nội", "<p>Giấy phép số 66/GP-BTTTT (giả định). Tổng Biên tập: (giả định).</p>")}</div></body></html>"""


def f_skds(d):
    return d.strftime("%d-%m-%Y %H:%M")


def r_skds(a):
    body = body_html(a["blocks"], img=figure("https://cdn.example.vn/skds/2026/11/28/benh-an.jpg", "Bác sĩ tra cứu bệnh án điện tử trên máy tính bảng. Ảnh: BVCC", cls="VCSortableInPreviewMode"))
    return head(a["title"] + " | Sức khỏe & Đời sống Mới", a["lead"], '<meta property="article:published_time" content="{}">'.format(a["dt"].strftime("%Y-%m-%dT%H:%M:%S+07:00"))) + f"""<body>
<div class="header"><div class="header__top"><span>{today(1)}</span></div><a href="/" class="header__logo">SỨC KHỎE &amp; ĐỜI SỐNG MỚI</a>{nav(["Thời sự", "Y tế", "Y học 360", "Phòng mạch online", "Dinh dưỡng", "Y học cổ truyền", "Giới tính", "Bệnh viện số"], "header__nav", "menu-nav")}</div>
<div class="container"><div class="detail-cate"><a href="/y-te">Y tế</a> <a href="/y-te/benh-vien-so">Bệnh viện số</a></div>
<div class="detail__main"><h1 class="detail-title" data-role="title">{e(a["title"])}</h1>
<div class="detail-top"><div class="detail-author" data-role="author"><span class="name">{e(a["by"])}</span></div><span class="publish-date" data-role="publishdate">{f_skds(a["dt"])}</span></div>
<h2 class="detail-sapo" data-role="sapo">{e(a["lead"])}</h2>
<div class="detail-cmain">{body}</div>
<div class="detail-tab"><span>Tin liên quan:</span>{sidebar("", a["seed"] + 44, 3, cls="relate-news", fmt="%d/%m/%Y")}</div>
<div class="detail-tags"><a href="/bệnh-án-điện-tử.html">bệnh án điện tử</a> <a href="/y-tế-số.html">y tế số</a></div></div>
<div class="detail__side">{sidebar("Đọc nhiều", a["seed"] + 45, 6, cls="box-stream", fmt="%d/%m")}{sidebar("Tin mới", a["seed"] + 46, 6, cls="box-stream", fmt="%d-%m-%Y %H:%M")}</div></div>
{footer("Sức khỏe & Đời sống Mới (mô phỏng)", "138A Giảng Võ, Ba Đình, Hà Nội", "<p>Giấy phép số 195/GP-BTTTT (giả định).</p>")}</body></html>"""


def f_ct(d):
    return "{}, {}".format(WD[d.weekday()], d.strftime("%H:%M %d/%m/%Y"))


def r_ct(a):
    body = body_html(a["blocks"], img=figure("/stores/news_dataimages/2026/112026/30/09/san-tmdt.jpg", "Đóng gói hàng cho các đơn hàng trực tuyến. Ảnh: Hoài Anh", cls="image center"))
    return head(a["title"] + " - Công Thương Số", a["lead"]) + f"""<body><div id="wrapper">
<div class="header-top"><span class="hdate">{today(0)}</span><a href="/rss">RSS</a><a href="/lien-he">Liên hệ</a></div>
<header><a href="/" class="logo">CÔNG THƯƠNG SỐ</a>{nav(["Thời sự", "Kinh tế", "Thị trường", "Doanh nghiệp", "Thương mại điện tử", "Năng lượng", "Bảo vệ người tiêu dùng", "Địa phương"], "main-nav", "nav")}</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/thuong-mai-dien-tu">Thương mại điện tử</a></div>
<div class="article-main"><div class="article-detail"><div class="article-detail-author"><span class="author-name">{e(a["by"])}</span></div>
<h1 class="article-detail-title">{e(a["title"])}</h1>
<div class="article-detail-date">{f_ct(a["dt"])}</div>
<div class="article-detail-desc">{e(a["lead"])}</div>
<div class="article-related-top">{sidebar("Tin liên quan", a["seed"] + 47, 3, cls="rel-inline", fmt="%d/%m/%Y")}</div>
<div class="__MASTERCMS_CONTENT">{body}</div>
<div class="article-detail-source"><em>Nguồn: Cục Thương mại điện tử và Kinh tế số (cơ quan giả định)</em></div>
<div class="tags"><a href="/tags/tmdt">TMĐT</a> <a href="/tags/livestream">livestream</a></div></div>
{sidebar("Tin cùng chuyên mục", a["seed"] + 48, 8, cls="cate-list", fmt="%H:%M | %d/%m/%Y")}</div>
<div class="sidebar">{sidebar("Tin mới", a["seed"] + 49, 7, cls="boxright", fmt="%d/%m/%Y %H:%M")}</div>
{footer("Báo Công Thương Số (mô phỏng)", "Số 12 Lê Thánh Tông, Hoàn Kiếm, Hà Nội")}</div></body></html>"""


def f_nn(d):
    return "{} {} , {} (GMT+7)".format(WD[d.weekday()], d.strftime("%d/%m/%Y"), d.strftime("%H:%M"))


def r_nn(a):
    body = body_html(a["blocks"], img='<table class="picture" align="center"><tbody><tr><td class="pic"><img src="https://img.example.vn/nn/2026/12/01/qr-nguon-goc.jpg"></td></tr><tr><td class="caption">Tem truy xuất nguồn gốc dán trên thùng bưởi. Ảnh: Kim Sơn.</td></tr></tbody></table>')
    return head(a["title"] + " - Báo Nông nghiệp Mới", a["lead"]) + f"""<body>
<div id="header"><div class="top"><span class="date">{today(1)}</span></div><a id="logo" href="/">NÔNG NGHIỆP MỚI</a>{nav(["Thời sự", "Chuyển đổi số", "Thị trường", "Khuyến nông", "Nông thôn mới", "Môi trường", "Chăn nuôi", "Thủy sản", "Lâm nghiệp"], "menu", "menu-top")}</div>
<div id="main" class="container"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-doi-so">Chuyển đổi số</a></div>
<div class="main-content"><div class="main-detail">
<h1 class="main-title">{e(a["title"])}</h1>
<div class="author-time"><span class="author">{e(a["by"])}</span><span class="time-detail">{f_nn(a["dt"])}</span></div>
<h2 class="main-intro detail-sapo">{e(a["lead"])}</h2>
<div class="content" id="content">{body}</div>
<div class="tag-list"><a href="/tag/truy-xuat">truy xuất nguồn gốc</a> <a href="/tag/buoi">bưởi</a></div></div>
{sidebar("Xem thêm", a["seed"] + 50, 6, cls="main-related", fmt="%d/%m/%Y")}</div>
<div class="sidebar">{sidebar("Tin mới nhất", a["seed"] + 51, 8, cls="box-sidebar", fmt="%H:%M %d/%m/%Y")}{sidebar("Tin đọc nhiều", a["seed"] + 52, 5, cls="box-sidebar", fmt="%d/%m/%Y")}</div></div>
{footer("Báo Nông nghiệp Mới (mô phỏng)", "Số 14 Ngô Quyền, Hoàn Kiếm, Hà Nội", "<p>Giấy phép số 95/GP-BTTTT (giả định).</p>")}</body></html>"""


def f_bpl(d):
    return "{} {}, {}".format(d.strftime("%I:%M"), "AM" if d.hour < 12 else "PM", d.strftime("%d/%m/%Y"))


def r_bpl(a):
    body = body_html(a["blocks"], img=figure("https://image.example.vn/bpl/2026/12/02/can-cuoc.jpg", "Người dân làm thủ tục cấp căn cước (ảnh minh họa)", cls="image"))
    return head(a["title"] + " | Báo Pháp luật Mới", a["lead"]) + f"""<body><div class="site">
<div class="topbar"><span>{today(0)}</span><a href="/e-paper">Báo in</a><a href="/tv">Truyền hình</a></div>
<header class="header"><a class="logo" href="/">PHÁP LUẬT MỚI</a>{nav(["Thời sự", "Pháp luật", "Bạn đọc", "Xây dựng pháp luật", "Hồ sơ vụ án", "Kinh tế", "Chuyển đổi số", "Văn hóa"], "nav-main", "menu")}</header>
<div class="container"><ul class="breadcrumbs"><li><a href="/xay-dung-phap-luat">Xây dựng pháp luật</a></li></ul>
<div class="row"><div class="col-main"><article class="article">
<h1 class="article__title">{e(a["title"])}</h1>
<div class="article__meta"><span class="bread-time">{f_bpl(a["dt"])}</span> <span class="bread-author">{e(a["by"])}</span></div>
<div class="article__sapo"><strong>(PLVN) - </strong>{e(a["lead"])}</div>
<div class="article__body">{body}</div>
<div class="article__tag">Tags: <a href="/tag/can-cuoc">căn cước</a> <a href="/tag/dinh-danh">định danh điện tử</a></div></article>
{sidebar("Tin liên quan", a["seed"] + 53, 5, cls="related", fmt="%d/%m/%Y")}</div>
<div class="col-sub">{sidebar("Tin mới", a["seed"] + 54, 7, cls="box", fmt="%I:%M %p, %d/%m/%Y")}{sidebar("Đọc nhiều", a["seed"] + 55, 5, cls="box", fmt="%d/%m/%Y")}</div></div></div>
{footer("Báo Pháp luật Mới (mô phỏng)", "Số 42/1 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội", "<p>Giấy phép số 148/GP-BTTTT (giả định).</p>")}</div></body></html>"""


def f_app(d):
    return d.strftime("%H:%M %d/%m/%Y")


APP_CSS = "body{margin:0;padding:12px 14px;font-family:-apple-system,Roboto,Arial,sans-serif;font-size:17px;line-height:1.55;color:#222;background:#fff}" * 1


def r_app(a):
    body = body_html(a["blocks"], img='<div class="img"><img src="https://cdn.example.vn/app/{}.jpg" style="width:100%"><span class="cap">{}</span></div>'.format(a["seed"], e(a["cap"])))
    css = APP_CSS + "".join(f".c{i}{{margin:{i}px 0}}.dark .c{i}{{color:#eee}}" for i in range(160))
    rel = "".join(f'<a class="rel-item" href="app://article/{4000 + i}"><img src="https://cdn.example.vn/app/t{i}.jpg"><span>{e(t)}</span></a>' for i, (t, _) in enumerate(a["side"]))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><style>{css}</style></head>
<body class="app-article"><div class="art">
<h1 class="t">{e(a["title"])}</h1>
<div class="m"><span class="src">Tin Tức 24h</span> · <span class="tm">{f_app(a["dt"])}</span></div>
<p class="s"><b>{e(a["lead"])}</b></p>
{body}
<p class="au" style="text-align:right"><b>{e(a["by"])}</b></p></div>
<div class="rel"><div class="rel-h">Đọc thêm</div>{rel}</div>
<script>window.AppBridge&&AppBridge.ready({{"id":{a["seed"]},"fontScale":1,"night":false}});function openImage(i){{AppBridge.post("image",i)}}document.querySelectorAll(".img img").forEach(function(x,i){{x.onclick=function(){{openImage(i)}}}});</script></body></html>"""


def f_tiny(d):
    return d.strftime("%d/%m/%Y")


def r_tiny(a):
    lines = []
    for k, v in a["blocks"]:
        if k == "p":
            lines.append(f'<div style="text-align: justify; text-indent: 30px;"><span style="font-family: Times New Roman; font-size: 14pt;">{e(v)}</span></div>')
        elif k == "h":
            lines.append(f'<div style="text-align: justify;"><span style="font-size: 14pt;"><strong>{e(v)}</strong></span></div>')
        elif k == "ul":
            lines.append('<div style="padding-left:30px"><span style="font-size: 14pt;">' + "<br>".join(e(x) for x in v) + "</span></div>")
    body = "<br>\n".join(lines)
    left = "".join(f'<tr><td class="menuleft" style="padding:4px;border-bottom:1px dotted #999"><img src="/images/bullet.gif"> <a href="/?act=cat&amp;id={i}">{e(x)}</a></td></tr>' for i, x in enumerate(["Giới thiệu chung", "Tin tức - Sự kiện", "Cải cách hành chính", "Văn bản chỉ đạo", "Lịch công tác", "Thủ tục hành chính", "Hỏi đáp", "Văn hóa - Du lịch"]))
    return head(a["title"]) + f"""<body style="margin:0;background:#e8eef5">
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td colspan="3"><img src="/images/banner_huyen.jpg" width="1000" height="150" alt="UBND huyện"></td></tr>
<tr><td colspan="3" class="menutop" style="background:#0b5394;color:#fff;padding:6px">Trang chủ | Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Liên hệ <span style="float:right">{today(1)}</span></td></tr>
<tr><td width="200" valign="top"><table width="100%">{left}</table>{sidebar("Văn bản mới", a["seed"] + 56, 5, cls="vbmoi", fmt="%d/%m/%Y")}</td>
<td width="600" valign="top" style="padding:10px"><div class="path" style="font-size:11px">Trang chủ &gt;&gt; Tin tức - Sự kiện</div>
<div class="title_news" style="color:#0b5394;font-size:16pt;font-weight:bold">{e(a["title"])}</div>
<div style="color:#888;font-size:9pt">Ngày đăng: {f_tiny(a["dt"])} | Lượt xem: 311</div>
<div style="text-align: justify;"><span style="font-size: 14pt;"><strong><em>{e(a["lead"])}</em></strong></span></div><br>
{body}<br>
<div style="text-align: right;"><span style="font-size: 14pt;"><strong>{e(a["by"])}</strong></span></div>
<div style="margin-top:10px"><img src="/images/print.gif"> <a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="tinkhac" style="margin-top:15px"><b>Các tin khác:</b>{sidebar("", a["seed"] + 57, 8, cls="dstinkhac", fmt="(%d/%m/%Y)")}</div></td>
<td width="200" valign="top">{sidebar("Tin mới cập nhật", a["seed"] + 58, 6, cls="tinmoi", fmt="%d/%m/%Y")}<div class="lienket"><b>Liên kết website</b><br><select><option>Cổng TTĐT tỉnh</option><option>Cổng Dịch vụ công quốc gia</option></select></div><div>Số lượt truy cập: 0458921</div></td></tr>
<tr><td colspan="3" style="background:#0b5394;color:#fff;text-align:center;padding:8px;font-size:9pt">TRANG THÔNG TIN ĐIỆN TỬ {e(a["office_upper"])}<br>Địa chỉ: {e(a["addr"])} - Điện thoại: 0211.3866.120<br>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</td></tr></table>
<!-- TinyMCE 3.x content -->
</body></html>"""


def f_flux(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")


def r_flux(a):
    posts = []
    allp = [(a["by"], "Thành viên", a["dt"], None)] + a["replies"]
    for i, (u, title, d, txt) in enumerate(allp):
        if txt is None:
            msg = "<p>{}</p>".format("</p>\n<p>".join(e(v) for k, v in a["blocks"] if k == "p"))
        else:
            msg = f"<p>{e(txt)}</p>"
        sig = '<div class="postsignature postmsg"><hr><p>Dân công sở tỉnh lẻ, thích đi phượt.</p></div>' if i == 0 else ""
        posts.append(f"""<div id="p{5200 + i}" class="blockpost{" rowodd" if i % 2 == 0 else " roweven"}{" firstpost blockpost1" if i == 0 else ""}">
<h2><span><span class="conr">#{i + 1}</span> <a href="viewtopic.php?pid={5200 + i}#p{5200 + i}">{f_flux(d)}</a></span></h2>
<div class="box"><div class="inbox"><div class="postbody"><div class="postleft"><dl><dt><strong><a href="profile.php?id={300 + i}">{e(u)}</a></strong></dt><dd class="usertitle"><strong>{e(title)}</strong></dd><dd class="postavatar"></dd><dd><span>Đăng ký: 2019-03-1{i}</span></dd><dd><span>Số bài: {40 + i * 11}</span></dd></dl></div>
<div class="postright"><h3>{"" if i == 0 else "Re: "}{e(a["title"])}</h3><div class="postmsg">{msg}</div>{sig}</div></div></div>
<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Ngoại tuyến</span></p></div><div class="postfootright"><ul><li class="postreport"><span><a href="misc.php?report={5200 + i}">Báo cáo</a></span></li><li class="postquote"><span><a href="post.php?tid=88&amp;qid={5200 + i}">Trích dẫn</a></span></li></ul></div></div></div></div></div>""")
    crumbs = '<ul class="crumbs"><li><a href="index.php">Diễn đàn</a></li><li><span>»&#160;</span><a href="viewforum.php?id=4">Dịch vụ công trực tuyến</a></li><li><span>»&#160;</span><strong><a href="viewtopic.php?id=88">{}</a></strong></li></ul>'.format(e(a["title"]))
    return head(a["title"] + " / Dịch vụ công trực tuyến / Diễn đàn Người dùng Số") + f"""<body><div id="punviewtopic" class="pun"><div class="top-box"></div><div class="punwrap">
<div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox"><h1><a href="index.php">Diễn đàn Người dùng Số</a></h1><div id="brddesc"><p>Nơi trao đổi kinh nghiệm dùng dịch vụ công, định danh và thanh toán số. {today(2)}</p></div></div>
<div id="brdmenu" class="inbox"><ul><li id="navindex" class="isactive"><a href="index.php">Trang chủ</a></li><li id="navuserlist"><a href="userlist.php">Thành viên</a></li><li id="navsearch"><a href="search.php">Tìm kiếm</a></li><li id="navregister"><a href="register.php">Đăng ký</a></li><li id="navlogin"><a href="login.php">Đăng nhập</a></li></ul></div>
<div id="brdwelcome" class="inbox"><p class="conl">Bạn chưa đăng nhập.</p><ul class="conr"><li><a href="search.php?action=show_recent">Chủ đề gần đây</a></li><li><a href="search.php?action=show_unanswered">Chủ đề chưa trả lời</a></li></ul></div></div></div>
<div id="brdmain"><div class="linkst"><div class="inbox crumbsplus">{crumbs}<div class="pagepost"><p class="pagelink conl"><span class="pages-label">Trang: </span><strong class="item1">1</strong></p></div></div></div>
{"".join(posts)}
<div class="postlinksb"><div class="inbox crumbsplus"><div class="pagepost"><p class="pagelink conl"><span class="pages-label">Trang: </span><strong>1</strong></p></div>{crumbs}</div></div>
<div id="brdstats" class="block"><div class="box"><div class="inbox"><dl class="conr"><dt><strong>Thống kê diễn đàn</strong></dt><dd><span>Tổng số thành viên: <strong>4.812</strong></span></dd><dd><span>Tổng số chủ đề: <strong>1.337</strong></span></dd><dd><span>Tổng số bài viết: <strong>22.905</strong></span></dd></dl></div></div></div></div>
<div id="brdfooter" class="block"><div class="box"><div id="brdfooternav" class="inbox"><div class="conl"><form method="get" action="viewforum.php"><label>Chuyển tới<select name="id"><option value="4">Dịch vụ công trực tuyến</option><option value="5">Định danh điện tử</option><option value="6">Thanh toán số</option><option value="7">Góp ý - Hỏi đáp</option></select></label></form></div>
<p id="poweredby" class="conr">Powered by <a href="https://fluxbb.org/">FluxBB</a></p></div></div></div></div><div class="end-box"></div></div></body></html>"""
