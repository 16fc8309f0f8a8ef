"""Non-articles 20-24."""
import random

from chrome import E, crumbs, doc, footer, header, side_list, sidebar
from texts import HEADLINES


def nt(tpl, url, flags):
    return {"template": tpl, "url": url, "flags": flags, "is_article": False, "relevant": False, "title": "", "lead": "",
            "author": None, "published_at": None, "time_shown": False, "text": "", "_date": None, "_credit": None}


def teasers(seed, n, cls="story"):
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        h = HEADLINES[(seed + i * 7) % len(HEADLINES)]
        out.append(f'<div class="{cls}"><a href="/tin/{seed}-{i}.html"><img src="/thumb/{i}.jpg" alt=""></a><h3><a href="/tin/'
                   f'{seed}-{i}.html">{E(h)}</a></h3><span class="time">{rnd.randint(6, 22):02d}:{rnd.randint(0, 59):02d} '
                   f'{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2024</span><p class="sapo">Theo ghi nhận của phóng '
                   f'viên, {E(h.lower())} là một trong những sự kiện được bạn đọc quan tâm trong tuần.</p></div>')
    return "".join(out)


def p20():
    tpl, site = "h25-provincial-daily-home-zones", "Báo Tây Nguyên Mới"
    zones = "".join(f'<section class="zone"><h2 class="zone-title"><a href="/c{i}">{z}</a>'
        f'</h2>{teasers(200 + i * 11, 6)}</section>'
                    for i, z in enumerate(["Thời sự", "Chuyển đổi số", "Kinh tế", "Xã hội", "Văn hóa - Thể thao"]))
    page = doc(f"<title>{site} - Tin tức mới nhất</title><meta property='og:type' content='website'>",
               f'{header(site, 20)}<div class="hot-news">{teasers(299, 3, "hot")}</div><main>{zones}</main>'
               f'{sidebar(20, ("Tin mới", "Xem nhiều", "Ảnh - Video"))}{footer(site, "Số 20 Lê Duẩn, TP. Buôn Mới", 20)}')
    return page, nt(tpl, "https://h25-provincial-daily-home-zones.example.vn/", ["home-page"])


def p21():
    tpl, site = "h25-section-kinh-te-so-long-intro-ogarticle", "Báo Kinh Tế Miền Đông"
    intro = ("Chuyên mục Kinh tế số cập nhật thông tin về thương mại điện tử, thanh toán không dùng tiền mặt, doanh nghiệp "
             "công nghệ và các chính sách phát triển kinh tế số của Trung ương và địa phương. ") * 3
    page = doc(f"<title>Kinh tế số - {site}</title><meta property='og:type' content='article'>"
               f"<meta property='og:title' content='Kinh tế số'><meta name='description' content='{E(intro[:150])}'>",
               f'{header(site, 21)}{crumbs(["Kinh tế", "Kinh tế số"])}<div class="category-page"><h1 class="cat-title">'
               f'Kinh tế số</h1><div class="cat-intro"><p>{E(intro)}</p></div><div class="cat-list">{teasers(210, 16, "item")}'
               f'</div><div class="pagination"><a>1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Trang sau</a>'
               f'</div></div>{sidebar(21)}{footer(site, "Số 8 Nguyễn Văn Trỗi, TP. Biên Hòa Mới", 21)}')
    return page, nt(tpl, "https://h25-section-kinh-te-so-long-intro-ogarticle.example.vn/kinh-te/kinh-te-so",
                    ["section-listing", "og-type-article", "long-intro"])


def p22():
    tpl, site = "h25-press-search-chinh-quyen-so", "Báo Ngọc Giang điện tử"
    page = doc(f"<title>Kết quả tìm kiếm: chính quyền số - {site}</title>",
               f'{header(site, 22)}{crumbs(["Tìm kiếm"])}<div class="search-page"><h1>Kết quả tìm kiếm</h1>'
               f'<p class="search-summary">Tìm thấy 248 kết quả cho từ khóa <b>"chính quyền số"</b></p>'
               f'<div class="search-results">{teasers(222, 15, "result-item")}</div><div class="pagination"><a>1</a> '
               f'<a href="?q=chinh+quyen+so&page=2">2</a></div></div>{sidebar(22)}'
               f'{footer(site, "Số 5 đường Lê Lợi, TP. Ngọc Giang", 22)}')
    return page, nt(tpl, "https://h25-press-search-chinh-quyen-so.example.vn/tim-kiem?q=chinh+quyen+so", ["search-results"])


def p23():
    tpl, site = "h25-daily-soft-404-related-grid", "Báo Hải Phong"
    page = doc(f"<title>Không tìm thấy trang - {site}</title><meta property='og:type' content='article'>",
               f'{header(site, 23)}<div class="error-page"><h1>Rất tiếc, trang bạn tìm không tồn tại!</h1>'
               f'<p>Đường dẫn có thể đã bị thay đổi hoặc bài viết đã được gỡ bỏ. Vui lòng quay về <a href="/">trang chủ</a> '
               f'hoặc sử dụng chức năng tìm kiếm.</p><h2>Có thể bạn quan tâm</h2><div class="grid">{teasers(233, 12)}</div>'
               f'</div>{sidebar(23)}{footer(site, "17 Điện Biên, TP. Hải Phong", 23)}')
    return page, nt(tpl, "https://h25-daily-soft-404-related-grid.example.vn/thoi-su/bai-viet-da-go-12345.html",
                    ["soft-404", "status-200", "full-chrome"])


def p24():
    tpl, site = "h25-broadcaster-video-index-episodes", "Đài PT-TH Sơn Hà"
    rnd = random.Random(24)
    items = "".join(f'<div class="video-item"><a href="/video/{i}"><img src="/v/{i}.jpg" alt=""><span class="duration">'
                    f'{rnd.randint(1, 30):02d}:{rnd.randint(0, 59):02d}</span></a><h3>Thời sự Sơn Hà {rnd.randint(6, 21)}h '
                    f'ngày {rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2024</h3><p>Bản tin tổng hợp các sự kiện nổi bật '
                    f'trong ngày trên địa bàn tỉnh.</p></div>' for i in range(24))
    page = doc(f"<title>Video - {site}</title><meta property='og:type' content='video.other'>",
               f'{header(site, 24)}{crumbs(["Video", "Thời sự"])}<div class="video-index"><h1>Video thời sự</h1>'
               f'<div class="video-featured"><video controls src="/v/live.mp4"></video></div>'
                   f'<div class="video-grid">{items}</div>'
               f'</div>{side_list("Chương trình", 241, 10)}{footer(site, "Số 1 Trần Hưng Đạo, TP. Sơn Hà", 24)}')
    return page, nt(tpl, "https://h25-broadcaster-video-index-episodes.example.vn/video/thoi-su", ["video-index"])
