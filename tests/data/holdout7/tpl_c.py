"""Renderers, part C: listing pages (not articles)."""
import random

from chrome import (
    GOV_MENU,
    body_html,
    e,
    footer,
    head,
    nav,
    side_dates,
    sidebar,
    sitemap,
    today,
)
from texts import DOC_TITLES, SIDE_TITLES, paragraph

assert body_html


def _teasers(seed, n, bank="cds", sent=1):
    rng = random.Random(seed)
    used = set()
    return [paragraph(bank, rng, "tỉnh Kỳ Phong", used, sent) for _ in range(n)]


def r_catpage(a):
    items = list(zip(SIDE_TITLES[:13], side_dates(a["seed"], 13), _teasers(a["seed"], 13)))
    long_teaser = paragraph("cds", random.Random(a["seed"] + 9), "tỉnh Kỳ Phong", set(), 5)
    t0, d0, _ = items[0]
    feat = f"""<div class="article-featured"><a href="/chuyen-doi-so/a{a["seed"]}.html" class="thumb"><img src="/stores/news_dataimages/feat.jpg" width="640"></a>
<h2 class="article-title"><a href="/chuyen-doi-so/a{a["seed"]}.html">{e(t0)}</a></h2><div class="article-date">{d0.strftime("%H:%M | %d/%m/%Y")}</div><div class="article-desc">{e(long_teaser)}</div></div>"""
    rest = "".join(f"""<div class="article-item"><a class="thumb" href="/chuyen-doi-so/b{i}.html"><img src="/stores/news_dataimages/t{i}.jpg" width="220"></a><div class="info"><h3 class="article-title"><a href="/chuyen-doi-so/b{i}.html">{e(t)}</a></h3><div class="article-date">{d.strftime("%H:%M | %d/%m/%Y")}</div><p class="article-desc">{e(s)}</p></div></div>""" for i, (t, d, s) in enumerate(items[1:]))
    pager = '<ul class="pagination"><li><a href="/chuyen-doi-so">«</a></li><li><a href="/chuyen-doi-so">1</a></li><li class="active"><span>2</span></li><li><a href="/chuyen-doi-so&amp;p=3">3</a></li><li><a href="/chuyen-doi-so&amp;p=4">4</a></li><li>…</li><li><a href="/chuyen-doi-so&amp;p=18">18</a></li><li><a href="/chuyen-doi-so&amp;p=3">»</a></li></ul>'
    return head("Chuyển đổi số - Trang 2 - Công Thương Số") + f"""<body><div id="wrapper"><div class="header-top"><span class="hdate">{today(0)}</span></div>
<header><a href="/" class="logo">CÔNG THƯƠNG SỐ</a>{nav(["Thời sự", "Kinh tế", "Thị trường", "Doanh nghiệp", "Chuyển đổi số", "Năng lượng", "Địa phương"], "main-nav", "nav")}</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <h1 class="cate-title">Chuyển đổi số</h1> <span class="sub">Kinh tế số · Chính phủ số · Xã hội số</span></div>
<div class="cate-main"><div class="cate-list">{feat}{rest}{pager}</div>
<div class="sidebar">{sidebar("Tin mới", a["seed"] + 1, 7, cls="boxright", fmt="%d/%m/%Y %H:%M")}{sidebar("Đọc nhiều", a["seed"] + 2, 5, cls="boxright", fmt="%d/%m/%Y")}</div></div>
{footer("Báo Công Thương Số (mô phỏng)", "Số 12 Lê Thánh Tông, Hoàn Kiếm, Hà Nội")}</div></body></html>"""


def r_profile(a):
    items = list(zip(SIDE_TITLES[5:17], side_dates(a["seed"], 12), _teasers(a["seed"] + 3, 12, sent=2)))
    posts = "".join(f"""<div class="feed-post"><div class="meta"><a href="/danh-muc/quan-diem">QUAN ĐIỂM - TRANH LUẬN</a> · <span class="time">{d.strftime("%d.%m.%Y")}</span> · <span>{4 + i} phút đọc</span></div><h2 class="title"><a href="/bai-dang/p{i}">{e(t)}</a></h2><p class="description">{e(s)}</p><div class="stats">{30 + i * 7} upvote · {i + 2} bình luận</div></div>""" for i, (t, d, s) in enumerate(items))
    return head("Mèo Ú Xám - Trang cá nhân - Spiderum") + f"""<body><div id="spiderum-app"><header class="sp-header"><a href="/" class="sp-logo">spiderum</a>{nav(["Quan điểm - Tranh luận", "Khoa học - Công nghệ", "Sáng tác", "Chuyện trò - Tâm sự"], "sp-cats", "cat-list")}<span class="sp-date">{today(0)}</span></header>
<section class="profile-header"><img class="avatar" src="/avatars/meouxam.png" alt=""><h1 class="display-name">Mèo Ú Xám</h1><p class="username">@meouxam</p><p class="bio">Kỹ sư hạ tầng, thích đi bộ và đếm cột đèn. Viết về thành phố, dữ liệu và những điều nhỏ nhặt.</p>
<ul class="profile-stats"><li><b>56</b> bài viết</li><li><b>2.4K</b> người theo dõi</li><li><b>118</b> đang theo dõi</li><li>Tham gia từ 03.2021</li></ul><button>Theo dõi</button></section>
<nav class="profile-tabs"><a class="active" href="?tab=posts">Bài viết</a><a href="?tab=series">Series</a><a href="?tab=saved">Đã lưu</a></nav>
<main class="profile-feed">{posts}<div class="load-more"><a href="/nguoi-dung/meouxam?page=2">Xem thêm bài viết</a></div></main>
<footer class="sp-footer"><p>CÔNG TY CỔ PHẦN SPIDERUM VIỆT NAM (mô phỏng)</p><p>Trụ sở: Tầng 8, Tòa nhà Đông Á, Cầu Giấy, Hà Nội</p></footer></div></body></html>"""


def r_events(a):
    rng = random.Random(a["seed"])
    names = ["Hội thảo Dữ liệu mở cho đô thị", "Ngày hội Chuyển đổi số thành phố", "Tập huấn kỹ năng số cho tổ dân phố", "Hackathon Giao thông thông minh", "Tọa đàm An toàn thông tin cho doanh nghiệp",
             "Triển lãm Sản phẩm công nghệ khởi nghiệp", "Lớp học Ví điện tử cho người cao tuổi", "Diễn đàn Kinh tế đêm và thanh toán số", "Cuộc thi Ảnh đẹp phố phường", "Hội nghị Công bố chỉ số DTI cấp phường",
             "Ngày hội Việc làm công nghệ", "Workshop Thiết kế dịch vụ công lấy người dân làm trung tâm"]
    evs = []
    for i, n in enumerate(names):
        day = 5 + i * 2
        hh = rng.choice([8, 9, 14, 15, 19])
        evs.append(f"""<li class="event-item"><div class="event-date"><span class="day">{day:02d}</span><span class="month">Th12</span></div><div class="event-info"><h3><a href="/su-kien/e{i}/">{e(n)}</a></h3><p class="event-time">{hh:02d}:30 - {hh + 2:02d}:00, {day:02d}/12/2026</p><p class="event-location">Địa điểm: {e(["Nhà văn hóa Thanh niên", "Trung tâm Hội nghị thành phố", "Trực tuyến qua Zoom", "Quảng trường Trung tâm"][i % 4])}</p><p class="event-summary">{e(_teasers(a["seed"] + i, 1)[0])}</p></div></li>""")
    return head("Lịch sự kiện tháng 12/2026 | Cẩm Giang Thông Minh") + f"""<body class="template-eventindexpage">
<header class="site-header"><div class="container"><span class="site-date">{today(0)}</span><a class="brand" href="/">Cẩm Giang <b>Thông Minh</b></a>{nav(["Tin tức", "Đô thị thông minh", "Dữ liệu mở", "Sự kiện", "Về chúng tôi"], "primary-nav", "nav")}</div></header>
<main class="container"><nav class="breadcrumbs"><a href="/">Trang chủ</a> › <span>Sự kiện</span></nav><h1 class="page-title">Lịch sự kiện</h1>
<div class="calendar-filter"><a href="?month=11">‹ Tháng 11</a> <strong>Tháng 12/2026</strong> <a href="?month=1">Tháng 1 ›</a> <select><option>Tất cả chủ đề</option><option>Chuyển đổi số</option><option>Văn hóa</option></select></div>
<ul class="event-list">{"".join(evs)}</ul><div class="pagination"><span class="current">1</span> <a href="?page=2">2</a> <a href="?page=2">Tiếp »</a></div></main>
{footer("Cổng thông tin Đô thị thông minh Cẩm Giang", "Tầng 4, Trung tâm Hành chính, thành phố Cẩm Giang", cls="site-footer")}</body></html>"""


def r_vanban(a):
    ds = side_dates(a["seed"], len(DOC_TITLES))
    rows = "".join(f"""<tr><td class="text-center">{i + 1}</td><td><a href="/van-ban/{i + 100}">{(i * 37) % 900 + 12}/{["QĐ-UBND", "KH-UBND", "UBND-KGVX", "CT-UBND", "TB-UBND", "QĐ-UBND", "NQ-HĐND", "KH-UBND", "QĐ-UBND", "UBND-TH", "TB-STTTT", "QĐ-UBND"][i]}</a></td><td>{d.strftime("%d/%m/%Y")}</td><td><b>{e(k)}</b> {e(t)}</td><td><a class="btn btn-sm btn-outline-primary" href="/storage/vanban/{i + 100}.pdf"><i class="fa fa-download"></i> Tải về</a></td></tr>""" for i, ((k, t), d) in enumerate(zip(DOC_TITLES, ds)))
    return head("Văn bản chỉ đạo điều hành - Trang thông tin điện tử tỉnh Bắc Sơn Hà") + f"""<body class="d-flex flex-column">
<div class="top-header bg-primary text-white small"><div class="container"><span><i class="far fa-calendar-alt"></i> {today(0)}</span></div></div>
<header class="container py-2"><a class="navbar-brand" href="/">UBND TỈNH BẮC SƠN HÀ</a></header><div class="bg-danger">{nav(GOV_MENU, "navbar navbar-expand-lg navbar-dark container", "navbar-nav")}</div>
<div class="container mt-3"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Văn bản</li></ol></nav>
<div class="row"><div class="col-lg-9"><h1 class="h4">Văn bản chỉ đạo điều hành</h1>
<form class="form-inline mb-3"><input class="form-control" name="so_hieu" placeholder="Số/Ký hiệu"><select class="form-control" name="loai"><option>Loại văn bản</option><option>Quyết định</option><option>Kế hoạch</option><option>Công văn</option></select><select class="form-control" name="nam"><option>2026</option><option>2025</option></select><button class="btn btn-primary">Tìm kiếm</button></form>
<table class="table table-bordered table-hover"><thead class="thead-light"><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp đính kèm</th></tr></thead><tbody>{rows}</tbody></table>
<nav><ul class="pagination"><li class="page-item disabled"><span class="page-link">‹</span></li><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="?page=2">2</a></li><li class="page-item"><a class="page-link" href="?page=3">3</a></li><li class="page-item"><a class="page-link" href="?page=2">›</a></li></ul></nav></div>
<div class="col-lg-3">{sidebar("Tin mới", a["seed"] + 1, 6, cls="card sidebar-latest", hcls="card-header", fmt="%H:%M %d/%m")}</div></div></div>
{footer("Trang thông tin điện tử tỉnh Bắc Sơn Hà", "Số 2 đường Hùng Vương, thành phố Sơn Hà", cls="footer bg-dark text-white mt-auto")}</body></html>"""


def r_gallery(a):
    albums = ["Sắc màu chợ phiên vùng cao", "Một ngày ở Trung tâm hành chính công", "Mùa cà phê chín đỏ", "Đêm hội đèn lồng ven sông", "Những người thợ làm đường", "Lớp học số của bà",
              "Hoàng hôn trên cao nguyên", "Phiên chợ không tiền mặt", "Thác nước mùa khô", "Rẫy tiêu sau mưa", "Nhà rông giữa phố", "Đường chạy ven hồ"]
    ds = side_dates(a["seed"], len(albums))
    cards = "".join(f"""<a class="gallery-card" href="/anh/{i}-album"><img src="https://cdn.sanity.io/images/k3p9x2/production/g{i}-800x600.jpg?w=400" loading="lazy" alt=""><div class="gallery-card__body"><h2>{e(n)}</h2><p><span>{8 + i * 3} ảnh</span> · <time datetime="{d.strftime("%Y-%m-%d")}">{d.day} tháng {d.month}, {d.year}</time></p></div></a>""" for i, (n, d) in enumerate(zip(albums, ds)))
    return head("Thư viện ảnh — Kinh tế số Tây Nguyên", "", '<meta name="generator" content="Astro v4.16.1">') + f"""<body><header class="header"><span class="today">{today(1)}</span><a href="/" class="brand">KTS<span>Tây Nguyên</span></a>{nav(["Nông nghiệp số", "Du lịch số", "Thương mại điện tử", "Khởi nghiệp", "Thư viện ảnh"], "header-nav", "links")}</header>
<main><nav class="crumbs"><a href="/">Trang chủ</a> / <span>Thư viện ảnh</span></nav><h1>Thư viện ảnh</h1><p class="intro">Những khoảnh khắc đời sống và kinh tế số khắp Tây Nguyên.</p>
<div class="gallery-grid">{cards}</div><nav class="pager"><a class="current">1</a><a href="/anh/2">2</a><a href="/anh/3">3</a><a href="/anh/2">Trang sau →</a></nav></main>
{sitemap("footer-links")}{sidebar("Bài viết đọc nhiều", a["seed"] + 8, 8, cls="popular", fmt="%d/%m/%Y")}<footer class="footer"><p>© 2026 Kinh tế số Tây Nguyên (giả định). Số 12 Phan Bội Châu, TP. Buôn Ma Thuột.</p>{sidebar("Bài viết mới", a["seed"] + 4, 5, cls="foot-cats", fmt="%d/%m")}</footer></body></html>"""
