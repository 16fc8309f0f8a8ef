"""Non-articles 20-24."""
import random

from common import DX, SIDEBAR_TITLES, cookie, esc, footer, make_paras, menu, pad, scripts, side_box
from pages_a import doc, og

DX_TITLES = ["Số hóa hồ sơ hộ tịch ở cấp xã", "Chợ số lan rộng về nông thôn", "Học bạ số thay học bạ giấy",
             "Ứng dụng công dân số vượt mốc trăm nghìn lượt tải", "Tổ công nghệ số cộng đồng đến từng thôn",
             "Bệnh án điện tử tại bệnh viện tuyến tỉnh", "Chữ ký số miễn phí cho công dân", "Camera an ninh kết nối xã",
             "Trợ lý ảo cho cán bộ cấp xã", "Doanh nghiệp nhỏ lên sàn thương mại điện tử", "Nền tảng dữ liệu dùng chung",
             "Thanh toán không tiền mặt ở chợ quê", "Bình dân học vụ số tại nhà văn hóa", "Trung tâm điều hành thông minh"]


def listing_items(seed, n, with_sapo=True, date_fmt="{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}"):
    rng = random.Random(seed)
    sapos = make_paras(DX, seed, n, per=1)
    out = []
    for i in range(n):
        t = DX_TITLES[(seed + i * 3) % len(DX_TITLES)]
        d = date_fmt.format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=2024, h=rng.randint(6, 22), mi=rng.randint(0, 59))
        sp = f'<p class="sapo">{esc(sapos[i])}</p>' if with_sapo else ""
        out.append(f'<article class="story"><a class="thumb" href="/cds/{seed}{i}.html">'
                   f'<img src="https://cdn.example.vn/t{i}.jpg">'
                   f'</a><h3 class="story__title"><a href="/cds/{seed}{i}.html">{t}</a></h3><span class="story__time">{d}</span>'
                   f'{sp}</article>\n')
    return "".join(out)


def nonart(template, url, flags, html):
    return dict(template=template, url=url, flags=flags, is_article=False, relevant=False, title="", lead="", author=None,
                published_at=None, time_shown=False, blocks=[], date_str=None, credit=None, html=html)


def shell(site, addr, inner, seed, head_title, head_extra=""):
    body = ('<header class="header"><div class="logo"><a href="/">' + site + '</a></div><div class="today">Thứ Sáu, 14/06/2024'
            '</div><form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></header>'
            + menu() + '<div class="container"><div class="main">' + inner + '</div><aside class="sidebar">'
            + side_box("Tin mới", seed * 10 + 1, 10) + side_box("Xem nhiều", seed * 10 + 2, 10) + '</aside></div>'
            + footer(site, addr) + cookie() + scripts(seed))
    return pad(doc(head_title, head_extra, body), seed=seed)


def p20():
    url = "https://press-section-chuyen-doi-so-intro-listing.example.vn/chuyen-doi-so/"
    intro = " ".join(make_paras(DX, 2000, 3, per=3))
    inner = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › Chuyển đổi số</div><h1 class="cate-title">Chuyển đổi số</h1>'
             f'<div class="cate-intro"><p>Chuyên mục Chuyển đổi số phản ánh quá trình xây dựng chính quyền số, kinh tế số và '
             f'xã hội số trên địa bàn tỉnh. {esc(intro)}</p></div>'
             '<div class="sub-cate"><a href="/chuyen-doi-so/chinh-quyen-so">Chính quyền số</a> '
             '<a href="/chuyen-doi-so/kinh-te-so">'
             'Kinh tế số</a> <a href="/chuyen-doi-so/xa-hoi-so">Xã hội số</a></div>'
             + listing_items(2001, 16) + '<div class="pagination"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a>'
             ' <a href="?p=2">Trang sau</a></div>')
    head = og("Chuyển đổi số - Báo Tân Phú Lâm", url, "article", "Tin tức chuyển đổi số tỉnh Tân Phú Lâm")
    html = shell("Báo Tân Phú Lâm", "Số 6 Lê Duẩn, TP. Tân Phú Lâm", inner, 20, "Chuyển đổi số - Báo Tân Phú Lâm", head)
    return nonart("press-section-chuyen-doi-so-intro-listing", url, ["section-listing", "long-intro", "og-type-article"], html)


def p21():
    url = "https://daily-missing-article-200-chrome.example.vn/thoi-su/bai-viet-da-go-a99812.html"
    inner = ('<div class="notfound"><h1>Không tìm thấy trang</h1><p>Xin lỗi, bài viết bạn tìm có thể đã bị gỡ bỏ, đổi địa '
             'chỉ hoặc tạm thời không truy cập được. Vui lòng kiểm tra lại đường dẫn hoặc quay về <a href="/">trang chủ</a>.</p>'
             '<p>Mã lỗi: 404. Nếu bạn cho rằng đây là lỗi của hệ thống, hãy liên hệ Ban Điện tử qua email '
             'bandientu@example.vn.</p><h2>Có thể bạn quan tâm</h2>' + listing_items(2101, 8) + '</div>')
    html = shell("Báo Sơn Thủy", "Số 12 Lê Lợi, TX. Sơn Thủy", inner, 21, "Không tìm thấy trang - Báo Sơn Thủy",
                 og("Báo Sơn Thủy", url, "website"))
    return nonart("daily-missing-article-200-chrome", url, ["soft-404", "full-chrome", "status-200"], html)


def p22():
    url = "https://press-site-search-chuyen-doi-so-results.example.vn/tim-kiem?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"
    inner = ('<h1 class="search-title">Kết quả tìm kiếm</h1><form class="search-form" action="/tim-kiem"><input name="q" '
             'value="chuyển đổi số"><select name="t"><option>Tất cả</option><option>Tiêu đề</option></select>'
             '<button>Tìm</button></form><p class="search-count">Tìm thấy 1.284 kết quả cho từ khóa "chuyển đổi số"</p>'
             + listing_items(2201, 20, date_fmt="{h:02d}:{mi:02d} {d:02d}/{m:02d}/{y}")
             + '<div class="pagination"><a href="#">1</a> <a href="#">2</a> <a href="#">3</a> ... <a href="#">65</a></div>')
    html = shell("Báo Đông Giang", "Số 9 Nguyễn Huệ, TP. Đông Giang", inner, 22, "Tìm kiếm: chuyển đổi số - Báo Đông Giang",
                 '<meta name="robots" content="noindex">\n')
    return nonart("press-site-search-chuyen-doi-so-results", url, ["search-results", "snippets-with-dates"], html)


def p23():
    url = "https://magazine-about-editorial-board.example.vn/gioi-thieu.html"
    staff = [("Tổng Biên tập", "Nhà báo Hoàng Văn Nam"), ("Phó Tổng Biên tập", "Lý Thị Ngọc"),
             ("Phó Tổng Biên tập", "Đào Minh Châu"), ("Trưởng Ban Thư ký tòa soạn", "Vũ Đức Anh"),
             ("Trưởng Ban Điện tử", "Cao Thị Hồng"), ("Trưởng Ban Chuyển đổi số", "Nguyễn Tiến Dũng")]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in staff)
    inner = ('<div class="breadcrumb"><a href="/">Trang chủ</a> › Giới thiệu</div><h1 class="page-title">Giới thiệu Tạp chí</h1>'
             '<div class="about-content"><p>Tạp chí Công nghệ &amp; Đời sống số là cơ quan ngôn luận chuyên về khoa học, công '
             'nghệ và chuyển đổi số, được thành lập năm 2009 theo Giấy phép số 211/GP-BTTTT.</p>'
             '<p>Tạp chí xuất bản ấn phẩm in định kỳ mỗi tháng hai kỳ và phiên bản điện tử cập nhật hằng ngày, với các chuyên '
             'mục: Chính quyền số, Kinh tế số, Xã hội số, An toàn thông tin, Sản phẩm và Đánh giá.</p>'
             '<p>Tôn chỉ, mục đích của Tạp chí là thông tin, tuyên truyền chủ trương, chính sách về phát triển khoa học, công '
             'nghệ; phổ biến kiến thức và kinh nghiệm ứng dụng công nghệ số trong đời sống, sản xuất kinh doanh.</p>'
             f'<h2>Ban Biên tập</h2><table class="staff">{rows}</table><h2>Liên hệ</h2>'
             '<ul><li>Tòa soạn: Số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội</li><li>Điện thoại: 024 3943 1122</li>'
             '<li>Văn phòng đại diện phía Nam: Số 45 Võ Văn Tần, Quận 3, TP. Hồ Chí Minh</li>'
             '<li>Quảng cáo - Phát hành: 024 3943 1133</li></ul></div>')
    html = shell("Tạp chí Công nghệ &amp; Đời sống số", "Số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội", inner, 23,
                 "Giới thiệu - Tạp chí Công nghệ & Đời sống số", og("Giới thiệu", url, "article"))
    return nonart("magazine-about-editorial-board", url, ["about-page", "staff-table", "og-type-article"], html)


def p24():
    url = "https://tv-newsroom-video-clips-index.example.vn/video/thoi-su/"
    rng = random.Random(2400)
    items = []
    for i in range(24):
        t = (DX_TITLES + SIDEBAR_TITLES)[(i * 5) % (len(DX_TITLES) + len(SIDEBAR_TITLES))]
        items.append(f'<div class="video-item"><a href="/video/{2400 + i}.html"><img src="https://cdn.example.vn/v{i}.jpg">'
                     f'<span class="duration">{rng.randint(1, 9):02d}:{rng.randint(0, 59):02d}</span></a><h3><a href="/video/'
                     f'{2400 + i}.html">{t}</a></h3><span class="time">{rng.randint(1, 28):02d}/05/2024</span></div>\n')
    inner = ('<h1 class="video-title">Video - Thời sự</h1>'
             '<div class="video-featured"><iframe src="https://player.example.vn/live"'
             ' width="854" height="480"></iframe><h2>Bản tin thời sự 19h00 ngày 13/06/2024</h2></div>'
             '<div class="video-tabs"><a href="/video/thoi-su/">Thời sự</a> <a href="/video/phong-su/">Phóng sự</a> '
             '<a href="/video/chuyen-doi-so/">Chuyển đổi số</a></div><div class="video-grid">' + "".join(items)
             + '</div><a class="more" href="?page=2">Xem thêm video</a>')
    html = shell("Đài Phát thanh và Truyền hình Hải Đông", "Số 3 Lê Đại Hành, TP. Hải Đông", inner, 24,
                 "Video thời sự - THHĐ", og("Video thời sự", url, "video.other"))
    return nonart("tv-newsroom-video-clips-index", url, ["video-index", "grid"], html)


PAGES = [p20, p21, p22, p23, p24]
