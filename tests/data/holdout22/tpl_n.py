"""Non-article pages 20-24."""
from chrome import E
from content import headline, paras, side_items
from tpl_a import crumbs, shell, sidebar


def news_list(rng, n, year=2024, lead=True):
    out = []
    for t, d, h in side_items(rng, n, year):
        s = paras(rng, "dx", 1, (1, 1))[0] if lead else ""
        out.append(f'<div class="news-item"><a href="/tin-tuc/{rng.randint(1000, 99999)}.html"><img src="/thumb/'
                   f'{rng.randint(1, 999)}.jpg"></a><h3><a href="#">{E(t)}</a></h3><span class="date">{d} {h}</span>'
                   f'<p class="sapo">{E(s)}</p></div>')
    return "".join(out)


def p_home(rng, a):
    main = ('<div class="home-hot"><div class="hot-main">' + news_list(rng, 1) + '</div><div class="hot-list">'
            + news_list(rng, 4, lead=False) + '</div></div>'
            + "".join(f'<section class="home-cate"><h2 class="cate-title"><a href="#">{E(c)}</a></h2>{news_list(rng, 5)}'
                      '</section>' for c in ["Chuyển đổi số", "Kinh tế - Xã hội", "Cải cách hành chính", "Thông báo"])
            + '<div class="home-dvc"><h2>Dịch vụ công trực tuyến</h2><p>Tra cứu hồ sơ | Nộp hồ sơ | Thanh toán phí</p></div>')
    return shell(rng, a, '<meta property="og:type" content="website">', main,
                 '<div class="home-right">' + sidebar(rng, a, ("Tin mới", "Lịch công tác", "Văn bản mới"), 2025) + "</div>")


def p_category(rng, a):
    intro = " ".join(paras(rng, "dx", 3, (2, 3)))
    pages = " ".join(f'<a href="?page={i}">{i}</a>' for i in range(1, 8))
    main = (crumbs(["Trang chủ", "Chuyển đổi số"]) + '<div class="cate-page"><h1 class="cate-name">Chuyển đổi số</h1>'
            f'<div class="cate-intro"><p>{E(intro)}</p></div><div class="cate-list">{news_list(rng, 16)}</div>'
            f'<div class="paging">{pages} <a href="?page=2">Trang sau »</a></div></div>')
    return shell(rng, a, '<meta property="og:type" content="article"><meta property="og:title" content="Chuyển đổi số">',
                 main, '<div class="right">' + sidebar(rng, a) + "</div>")


def p_vanban(rng, a):
    kinds = ["Quyết định", "Kế hoạch", "Công văn", "Chỉ thị", "Thông báo"]
    rows = []
    for k in range(30):
        d = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024"
        kind = rng.choice(kinds)
        rows.append(f'<tr><td>{k + 1}</td><td><a href="#">{rng.randint(10, 3999)}/{"QĐ" if kind == "Quyết định" else "KH"}-UBND'
                    f'</a></td><td>{d}</td><td>{kind} về việc {E(headline(rng).lower())}</td>'
                    f'<td><a href="/files/vb{k}.pdf">Tải về</a></td></tr>')
    main = (crumbs(["Trang chủ", "Văn bản", "Văn bản chỉ đạo điều hành"]) + '<div class="vb-search"><form>'
            '<input name="sokyhieu" placeholder="Số ký hiệu"><select name="loai"><option>Loại văn bản</option></select>'
            '<input name="trichyeu" placeholder="Trích yếu"><button>Tìm kiếm</button></form></div>'
            '<table class="vb-grid" border="1"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th>'
            '<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>' + "".join(rows) + '</tbody></table>'
            '<div class="paging">Trang 1/12 <a href="#">»</a></div>')
    return shell(rng, a, "", main, '<div class="right">' + sidebar(rng, a, ("Tin mới",)) + "</div>")


def p_about(rng, a):
    txt = [("Vị trí, chức năng", "Sở Thông tin và Truyền thông là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, "
            "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông tin "
            "và chuyển đổi số trên địa bàn."),
           ("Nhiệm vụ, quyền hạn", "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch, chương trình phát triển ngành; "
            "hướng dẫn, kiểm tra việc thực hiện các văn bản quy phạm pháp luật thuộc lĩnh vực được giao."),
           ("Cơ cấu tổ chức", "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn gồm Văn phòng, Thanh tra, "
            "Phòng Kế hoạch - Tài chính, Phòng Bưu chính - Viễn thông, Phòng Chuyển đổi số; đơn vị sự nghiệp trực thuộc "
            "là Trung tâm Công nghệ thông tin và Truyền thông.")]
    staff = "".join(f'<tr><td>{n}</td><td>{r}</td><td>0203.38{rng.randint(10000, 99999)}</td></tr>' for n, r in
                    [("Lê Văn Hiệp", "Giám đốc"), ("Trần Mỹ Dung", "Phó Giám đốc"), ("Vi Văn Quý", "Phó Giám đốc"),
                     ("Đàm Thị Nga", "Chánh Văn phòng")])
    main = (crumbs(["Trang chủ", "Giới thiệu"]) + '<div class="about"><h1>Giới thiệu chung</h1>'
            + "".join(f"<h2>{E(h)}</h2><p>{E(p)}</p>" for h, p in txt)
            + f'<h2>Lãnh đạo Sở</h2><table class="staff">{staff}</table>'
            '<h2>Thông tin liên hệ</h2><p>Địa chỉ: Tầng 4, Khu liên cơ quan, phường Trung Tâm. Giờ làm việc: sáng từ 7:30 '
            'đến 11:30, chiều từ 13:30 đến 17:00, thứ hai đến thứ sáu.</p><p>Cập nhật: 02/01/2025</p></div>')
    return shell(rng, a, '<meta property="og:type" content="article">', main,
                 '<div class="right">' + sidebar(rng, a, ("Tin mới", "Thông báo")) + "</div>")


def p_404(rng, a):
    main = (crumbs(["Trang chủ", "Thông báo lỗi"]) + '<div class="error-page"><h1>Không tìm thấy trang yêu cầu</h1>'
            '<p>Đường dẫn bạn truy cập không tồn tại hoặc bài viết đã được gỡ bỏ. Vui lòng quay lại trang chủ hoặc sử dụng '
            'chức năng tìm kiếm bên dưới.</p><form action="/tim-kiem"><input name="q"><button>Tìm kiếm</button></form>'
            '<h2>Có thể bạn quan tâm</h2>' + news_list(rng, 6) + '</div>')
    return shell(rng, a, '<meta name="robots" content="noindex">', main,
                 '<div class="right">' + sidebar(rng, a, ("Tin mới", "Xem nhiều")) + "</div>")


SPECS = [
    ("q22-egov-home-portal", p_home, "Cổng thông tin điện tử tỉnh Bắc Hà Nguyên", "/", ["home", "news-lists"]),
    ("q22-chuyenmuc-intro-ogarticle", p_category, "Cổng thông tin điện tử thành phố Cửu Long", "/chuyen-doi-so/",
     ["category", "long-intro", "og-article"]),
    ("q22-vanban-chidao-grid", p_vanban, "UBND huyện Lạc Sơn Mới", "/van-ban/chi-dao-dieu-hanh.html",
     ["document-list", "table-grid"]),
    ("q22-so-gioi-thieu-chung", p_about, "Sở Thông tin và Truyền thông tỉnh Long Giang", "/gioi-thieu/gioi-thieu-chung.html",
     ["about", "og-article", "capnhat-line"]),
    ("q22-notfound-served-200", p_404, "Cổng thông tin điện tử xã Đông Sơn Hạ", "/tin-tuc/bai-viet-da-go-8812.html",
     ["soft-404", "full-chrome"]),
]


def build(i, s, rng):
    tpl, func, site, path, flags = s
    a = dict(n=i, tpl=tpl, host=f"{tpl}.example.vn", site=site, title=site, slogan="Thông tin chính thống")
    page = func(rng, a)
    truth = dict(file=f"pages/{i:03d}-{tpl}.html", url=f"https://{tpl}.example.vn{path}", encoding="utf-8", template=tpl,
                 flags=flags, is_article=False, relevant=False, title="", lead="", author=None, published_at=None,
                 time_shown=False, text="")
    return page, truth, dict(kind="non", date=None, credit=None)
