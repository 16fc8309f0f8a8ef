"""Non-articles."""
from chrome import page
from common import E, headline, rng, side_date


def N_(n, tpl, url, flags, html):
    return {"n": n, "template": tpl, "url": url, "flags": flags, "is_article": False, "relevant": False, "title": "",
            "lead": "", "author": None, "published_at": None, "time_shown": False, "text": "", "html": html,
            "_date": None, "_credit": None, "_kind": "non"}


def teasers(r, n, year, host, cls="story"):
    out = []
    for i in range(n):
        h = headline(r)
        out.append('<article class="%s"><a class="thumb" href="https://%s/bai-%d.html"><img src="/thumb/%d.jpg" alt=""></a>'
                   '<h3 class="%s__title"><a href="https://%s/bai-%d.html">%s</a></h3><span class="%s__time">%s</span>'
                   '<p class="%s__sapo">%s đã có những chuyển biến tích cực, được người dân và doanh nghiệp đánh giá cao. '
                   'Tuy nhiên vẫn còn một số vướng mắc cần tháo gỡ trong thời gian tới.</p></article>'
                   % (cls, host, i, i, cls, host, i, E(h), cls, side_date(r, year, "hm-dmy"), cls, E(h.split(" ")[0] + " " +
                                                                                                     h.split(" ")[1])))
    return "\n".join(out)


def p20():
    r = rng(120)
    tpl = "press-section-kinh-te-so-intro-og-article"
    host = "baonamtrung.example.vn"
    intro = ("Chuyên mục Kinh tế số phản ánh quá trình chuyển đổi số của doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa "
             "bàn tỉnh; giới thiệu các mô hình hay, cách làm mới trong thương mại điện tử, thanh toán không dùng tiền mặt, "
             "logistics và dữ liệu số. Chuyên mục cũng là diễn đàn để chuyên gia, nhà quản lý và bạn đọc trao đổi, góp ý về "
             "chính sách phát triển kinh tế số, những vướng mắc trong quá trình triển khai và kinh nghiệm từ các địa phương "
             "khác trong và ngoài nước. Bạn đọc có thể gửi bài viết, câu hỏi về địa chỉ kinhteso@example.vn.")
    art = ('<div class="cate-page"><h1 class="cate-title">Kinh tế số</h1><div class="cate-intro"><p>%s</p></div>'
           '<div class="cate-featured">%s</div><div class="cate-list">%s</div><div class="paging"><a href="?page=1">1</a> '
           '<a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Trang sau »</a></div></div>'
           % (E(intro), teasers(r, 1, 2024, host, "featured"), teasers(r, 20, 2024, host)))
    h = page(20, host, "Báo Nam Trung", 2024, "Kinh tế số - Báo Nam Trung", "https://" + host + "/kinh-te-so", art,
             ["Trang chủ", "Kinh tế", "Kinh tế số"], intro, og_type="article")
    return N_(20, tpl, "https://%s.example.vn/kinh-te-so/" % tpl, ["section-listing", "long-intro", "og-type-article"], h)


def p21():
    r = rng(121)
    tpl = "broadcaster-tag-page-cong-dan-so"
    host = "ptthmientrung.example.vn"
    art = ('<div class="tag-page"><h1 class="tag-title">Tag: công dân số</h1><p class="tag-desc">Có 214 bài viết liên quan đến '
           'từ khóa "công dân số".</p><div class="tag-list">%s</div><div class="paging"><a href="?p=2">Xem thêm</a></div></div>'
           % teasers(r, 18, 2025, host, "tag-item"))
    h = page(21, host, "Đài Phát thanh - Truyền hình Miền Trung", 2025, "công dân số - Tin tức mới nhất", "https://" + host +
             "/tag/cong-dan-so", art, ["Trang chủ", "Tag"], "Tin tức về công dân số", og_type="website")
    return N_(21, tpl, "https://%s.example.vn/tag/cong-dan-so.html" % tpl, ["tag-page", "broadcaster"], h)


def p22():
    r = rng(122)
    tpl = "daily-error-page-200-full-chrome"
    host = "baothudo24.example.vn"
    art = ('<div class="page-error"><h1 class="error-title">Không tìm thấy trang</h1><p class="error-msg">Rất tiếc, bài viết bạn '
           'tìm kiếm không tồn tại hoặc đã bị gỡ bỏ. Đường dẫn có thể đã bị thay đổi trong quá trình nâng cấp hệ thống. Vui '
           'lòng quay lại trang chủ hoặc sử dụng chức năng tìm kiếm để tìm nội dung bạn quan tâm.</p><p><a href="/">Về trang '
           'chủ</a></p><h2>Có thể bạn quan tâm</h2>%s</div>' % teasers(r, 12, 2024, host, "suggest"))
    h = page(22, host, "Báo Thủ Đô 24h", 2024, "Trang không tồn tại - Báo Thủ Đô 24h", "https://" + host + "/chuyen-doi-so/x",
             art, ["Trang chủ", "Lỗi"], "", og_type="article")
    return N_(22, tpl, "https://%s.example.vn/chuyen-doi-so/so-hoa-ho-tich-cap-xa-bai-da-go-77120.html" % tpl,
              ["soft-404", "served-200", "article-like-url", "og-type-article"], h)


def p23():
    r = rng(123)
    tpl = "trade-magazine-gioi-thieu-toa-soan"
    host = "tapchicongnghiepso.example.vn"
    paras = ["Tạp chí Công nghiệp Số là cơ quan ngôn luận của Hiệp hội Doanh nghiệp Công nghệ Miền Bắc, được thành lập năm 2009 "
             "theo giấy phép của Bộ Thông tin và Truyền thông.",
             "Tạp chí có nhiệm vụ thông tin về chủ trương, chính sách phát triển công nghiệp công nghệ số, phản ánh hoạt động "
             "của doanh nghiệp hội viên và là diễn đàn trao đổi của các nhà khoa học, nhà quản lý.",
             "Hiện tạp chí phát hành ấn phẩm in hằng tháng và tạp chí điện tử cập nhật hằng ngày, với đội ngũ hơn 40 phóng viên, "
             "biên tập viên tại Hà Nội, Đà Nẵng và Thành phố Hồ Chí Minh."]
    board = "".join("<tr><td>%s</td><td>%s</td></tr>" % (E(a), E(b)) for a, b in (
        ("Tổng Biên tập", "Nhà báo Kiều Văn Phong"), ("Phó Tổng Biên tập", "Nhà báo Đặng Thị Hồng Vân"),
        ("Thư ký tòa soạn", "Lê Hữu Nghĩa"), ("Trưởng ban Điện tử", "Phan Minh Châu")))
    art = ('<div class="about-page"><h1 class="page-title">Giới thiệu</h1>%s<h2>Ban Biên tập</h2><table class="board">%s</table>'
           '<h2>Liên hệ tòa soạn</h2><p>Tầng 6, tòa nhà Hiệp hội, số 88 phố Duy Tân Mới, quận Cầu Giấy.</p><p>Điện thoại: 024 '
           '3795 0000 - Đường dây nóng: 0912 000 111</p></div>' % ("".join("<p>%s</p>" % E(p) for p in paras), board))
    h = page(23, host, "Tạp chí Công nghiệp Số", 2024, "Giới thiệu - Tạp chí Công nghiệp Số", "https://" + host + "/gioi-thieu",
             art, ["Trang chủ", "Giới thiệu"], paras[0], og_type="article")
    return N_(23, tpl, "https://%s.example.vn/gioi-thieu.html" % tpl, ["about-page", "editorial-board", "og-type-article"], h)


def p24():
    r = rng(124)
    tpl = "provincial-tv-video-index-grid"
    host = "thtayninhmoi.example.vn"
    items = []
    for i in range(24):
        h = headline(r)
        items.append('<div class="video-item"><a href="/video/%d.html" class="play"><img src="/vthumb/%d.jpg" alt=""><span '
                     'class="duration">0%d:%02d</span></a><h3><a href="/video/%d.html">%s</a></h3><span class="date">%s</span>'
                     '<span class="views">%d lượt xem</span></div>' % (i, i, r.randint(1, 9), r.randint(0, 59), i, E(h),
                                                                         side_date(r, 2024, "hm-dmy"), r.randint(100, 9000)))
    featured = ('<div class="video-featured"><video controls poster="/vthumb/main.jpg" src="/media/thoi-su-19h.mp4"></video>'
                '<h2>Thời sự 19h ngày 06/10/2024</h2><p>Bản tin thời sự tối với các nội dung: Tỉnh họp đánh giá chỉ số '
                'chuyển đổi số; nông dân thu hoạch lúa thu đông; giải bóng chuyền nữ các dân tộc.</p></div>')
    art = ('<div class="video-page"><h1 class="video-cate">Video - Thời sự</h1>%s<div class="video-grid">%s</div>'
           '<div class="paging"><a href="?p=2">Trang sau</a></div></div>' % (featured, "".join(items)))
    h = page(24, host, "Đài Phát thanh và Truyền hình Tây Ninh Mới", 2024, "Video thời sự", "https://" + host + "/video",
             art, ["Trang chủ", "Video"], "Video thời sự", og_type="website")
    return N_(24, tpl, "https://%s.example.vn/video/thoi-su/" % tpl, ["video-index", "broadcaster", "featured-clip"], h)
