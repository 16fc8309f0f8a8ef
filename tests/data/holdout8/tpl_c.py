"""Listing (non-article) renderers."""

import random
from datetime import timedelta

import texts as T
from common import TODAY, doc, esc, footer, menu, today_str


def _items(seed, n):
    rng = random.Random(seed)
    out = []
    t = TODAY - timedelta(hours=1, minutes=17)
    for i in range(n):
        t -= timedelta(hours=rng.randint(4, 40), minutes=rng.randint(1, 55))
        title = T.SIDEBAR_TITLES[(seed + i) % len(T.SIDEBAR_TITLES)]
        prov = T.PROVINCES[(seed + i) % len(T.PROVINCES)]
        out.append((f"{title} tại {prov}" if i % 3 == 0 else title, T.TEASERS[(seed + i) % len(T.TEASERS)], t))
    return out


def pager(cur=1, last=12):
    return '<ul class="pagination">' + "".join(
        f'<li class="page-item{" active" if i == cur else ""}"><a class="page-link" href="?page={i}">{i}</a></li>' for i in range(1, 6)) + \
        f'<li class="page-item"><a class="page-link" href="?page={last}">Trang cuối »</a></li></ul>'


def html_sitemap(a):
    groups = [("Giới thiệu", ["Lịch sử hình thành", "Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở", "Đơn vị trực thuộc"]),
              ("Tin tức - Sự kiện", ["Tin hoạt động", "Chuyển đổi số", "Bưu chính - Viễn thông", "Báo chí - Xuất bản", "Tin địa phương", "Tin video"]),
              ("Văn bản", ["Văn bản pháp quy", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản", "Văn bản hợp nhất"]),
              ("Dịch vụ công", ["Danh mục thủ tục hành chính", "Tra cứu hồ sơ", "Hướng dẫn nộp hồ sơ trực tuyến", "Đánh giá mức độ hài lòng"]),
              ("Công khai", ["Công khai ngân sách", "Kế hoạch mua sắm", "Kết quả giải quyết khiếu nại", "Thông tin tuyển dụng"]),
              ("Tiện ích", ["Lịch công tác", "Hỏi đáp trực tuyến", "Thư điện tử công vụ", "Danh bạ điện thoại", "Liên hệ"])]
    tree = "".join(
        f'<li class="sitemap-lv1"><a href="/c/{gi}">{esc(g)}</a><ul>' + "".join(
            f'<li class="sitemap-lv2"><a href="/c/{gi}/{ci}">{esc(c)}</a></li>' for ci, c in enumerate(cs)) + "</ul></li>"
        for gi, (g, cs) in enumerate(groups))
    news = "".join(f'<li><a href="/tin/{i}">{esc(t)}</a> <span>{d:%d/%m/%Y}</span></li>' for i, (t, _, d) in enumerate(_items(a["seed"], 10)))
    body = f"""<div id="page"><header class="portal-header"><div class="top">{today_str(0)}</div><a class="logo" href="/">Cổng thông tin điện tử Sở Khoa học và Công nghệ</a><nav>{menu("portal-menu")}</nav></header>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>Sơ đồ cổng</li></ol>
<div class="row"><main class="col-9"><h1 class="portlet-title">Sơ đồ cổng thông tin</h1><ul class="sitemap-tree">{tree}</ul></main>
<aside class="col-3"><div class="box"><h3>Tin mới cập nhật</h3><ul>{news}</ul></div></aside></div></div>
{footer("Sở Khoa học và Công nghệ tỉnh Ninh Thuận", "portal-footer")}</div>"""
    return doc("Sơ đồ cổng - Sở KH&CN", body)


def most_read_ranking(a):
    rows = []
    for i, (t, te, d) in enumerate(_items(a["seed"], 15)):
        views = 48210 - i * 2711
        rows.append(f'<li class="rank-item rank-{i + 1}"><span class="rank-num">{i + 1:02d}</span><div class="rank-body"><a class="rank-thumb" href="/bai/{i}"><img src="/thumb/{i}.jpg" alt=""></a>'
                    f'<h3 class="rank-title"><a href="/bai/{i}">{esc(t)}</a></h3><p class="rank-sapo">{esc(te)}</p><p class="rank-meta"><span>{d:%H:%M %d/%m/%Y}</span> · <span>{views:,} lượt đọc</span></p></div></li>'.replace(",", "."))
    body = f"""<div class="page"><header class="hdr"><div class="hdr-top">{today_str(0)}</div><a class="hdr-logo" href="/">Báo điện tử Miền Tây Số</a><nav>{menu("hdr-menu")}</nav></header>
<main class="container"><div class="tabs"><a class="active" href="/doc-nhieu?khoang=tuan">Tuần</a><a href="/doc-nhieu?khoang=thang">Tháng</a><a href="/doc-nhieu?khoang=nam">Năm</a></div>
<h1 class="page-title">Đọc nhiều nhất trong tuần</h1><ol class="rank-list">{"".join(rows)}</ol>
<aside class="side"><div class="box"><h3>Chuyên mục</h3><ul><li>Thời sự</li><li>Chuyển đổi số</li><li>Kinh tế</li><li>Xã hội</li><li>Thể thao</li></ul></div></aside></main>
{footer("Báo điện tử Miền Tây Số", "ftr")}</div>"""
    return doc("Đọc nhiều nhất - Miền Tây Số", body)


def topic_hub(a):
    items = _items(a["seed"], 13)
    ht, _, hd = items[0]
    hero_teaser = (" ".join(T.TEASERS) + " Chuyên đề tổng hợp các bài viết, phân tích và tư liệu về hành trình xây dựng chính quyền số, "
                   "kinh tế số và xã hội số ở các địa phương, từ những mô hình thôn thông minh đầu tiên đến các trung tâm điều hành đô thị hiện đại.")
    cards = "".join(
        f'<div class="col-4 story"><a class="story__thumb" href="/chu-de/cds/{i}"><img src="/t/{i}.jpg" alt=""></a><h3 class="story__title"><a href="/chu-de/cds/{i}">{esc(t)}</a></h3>'
        f'<p class="story__sapo">{esc(te)}</p><time class="story__time" datetime="{d.isoformat()}">{d:%d/%m/%Y %H:%M}</time></div>' for i, (t, te, d) in enumerate(items[1:], 1))
    body = f"""<div class="site"><header class="site-header"><div class="top">{today_str(0)}</div><a class="logo" href="/">Thời báo Số hóa</a><nav>{menu("menu-main")}</nav></header>
<main class="container"><div class="topic-head"><span class="label">Chủ đề</span><h1 class="topic-name">Chuyển đổi số địa phương</h1><p class="topic-desc">Theo dõi 214 bài viết</p></div>
<section class="topic-hero"><a class="hero__thumb" href="/chu-de/cds/0"><img src="/hero.jpg" alt=""></a><h2 class="hero__title"><a href="/chu-de/cds/0">{esc(ht)}</a></h2>
<p class="hero__sapo">{esc(hero_teaser)}</p><time datetime="{hd.isoformat()}">{hd:%d/%m/%Y %H:%M}</time></section>
<section class="topic-list row">{cards}</section>{pager()}</main>
{footer("Thời báo Số hóa", "site-footer")}</div>"""
    return doc("Chuyển đổi số địa phương - Chủ đề | Thời báo Số hóa", body)


def video_playlist(a):
    items = _items(a["seed"], 12)
    vids = "".join(
        f'<li class="playlist-item{" is-playing" if i == 0 else ""}"><a href="/video/{i}"><span class="thumb"><img src="/v/{i}.jpg" alt=""><span class="duration">{3 + i % 7}:{(17 * i) % 60:02d}</span></span>'
        f'<span class="v-title">Video: {esc(t)}</span></a><span class="v-meta">{d:%d/%m/%Y} · {1200 + 311 * i} lượt xem</span></li>' for i, (t, _, d) in enumerate(items))
    body = f"""<div class="app"><header class="tv-header"><span class="date">{today_str(0)}</span><a class="logo" href="/">Truyền hình Số tỉnh</a><nav>{menu("tv-menu")}</nav></header>
<main class="tv-main"><div class="player-wrap"><div class="player" data-src="/hls/playlist-cds/master.m3u8"><video controls poster="/v/0.jpg"></video></div>
<h1 class="playlist-title">Danh sách phát: Bản tin Chuyển đổi số hằng tuần</h1><p class="playlist-info">12 video · Cập nhật mỗi thứ Bảy</p></div>
<ol class="playlist">{vids}</ol>{pager(1, 6)}</main>
{footer("Đài Phát thanh và Truyền hình tỉnh Yên Bái", "tv-footer")}</div>"""
    return doc("Bản tin Chuyển đổi số - Danh sách phát", body)


def ministry_press_index(a):
    items = _items(a["seed"], 14)
    rows = "".join(
        f'<tr><td class="stt">{i + 1}</td><td class="so-hieu">{120 + 14 - i}/TB-BKHCN</td><td>{d:%d/%m/%Y}</td><td class="trich-yeu"><a href="/thong-cao/{i}">Thông cáo báo chí: {esc(t)}</a><p class="mo-ta">{esc(te)}</p></td>'
        f'<td><a class="download" href="/files/tcbc-{i}.pdf">Tải về</a></td></tr>' for i, (t, te, d) in enumerate(items))
    body = f"""<div id="portal"><header class="mst-header"><div class="top-line">{today_str(1)}</div><a class="logo" href="/">Bộ Khoa học và Công nghệ - Cổng thông tin điện tử</a><nav>{menu("mst-nav")}</nav></header>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/bao-chi">Thông tin cho báo chí</a></li><li>Thông cáo báo chí</li></ol>
<h1 class="section-title">Thông cáo báo chí</h1><form class="filter"><input name="q" placeholder="Nhập số hiệu, trích yếu"><select name="nam"><option>2026</option><option>2025</option></select><button>Tìm kiếm</button></form>
<table class="table table-press"><thead><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>{pager(1, 9)}</div>
{footer("Bộ Khoa học và Công nghệ", "mst-footer")}</div>"""
    return doc("Thông cáo báo chí - Bộ Khoa học và Công nghệ", body)
