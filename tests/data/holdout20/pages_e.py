"""Non-articles (20-24)."""
from common import HEADLINES, E, fake_date, footer, menu, rng, side_box, viewstate
from shell import doc

SNIPS = [
    "Buổi làm việc tập trung đánh giá kết quả thực hiện nhiệm vụ và đề ra giải pháp cho thời gian tới.",
    "Các đơn vị được yêu cầu báo cáo tiến độ trước ngày 25 hằng tháng để tổng hợp.",
    "Người dân có thể tra cứu thông tin chi tiết tại Bộ phận một cửa hoặc trên cổng dịch vụ công.",
    "Chương trình nhận được sự hưởng ứng tích cực của đông đảo cán bộ, đoàn viên và nhân dân.",
    "Kết quả sẽ được công bố công khai trên trang thông tin điện tử của đơn vị.",
    "Lãnh đạo địa phương đề nghị các ngành phối hợp chặt chẽ, tránh chồng chéo.",
]

NA = dict(is_article=False, relevant=False, title="", lead="", author=None, published_at=None, time_shown=False,
          text="", date_str="", credit=[])


def listing(r, n, cls="item", img=True):
    out = []
    for h in r.sample(HEADLINES, n):
        slug = r.randint(1000, 9999)
        im = '<img src="/thumb/%d.jpg" alt="">' % slug if img else ""
        out.append('<div class="%s">%s<h3><a href="/tin-tuc/%d.html">%s</a></h3><span class="date">%s</span><p>%s</p></div>'
                   % (cls, im, slug, E(h), fake_date(r), E(r.choice(SNIPS))))
    return "\n".join(out)


def p20():
    t = "sp2013-chuyen-muc-cds-intro-og-article"
    r = rng(20)
    intro = ("Chuyên mục Chuyển đổi số cập nhật các chủ trương, chính sách, kết quả triển khai chuyển đổi số trên ba trụ "
             "cột chính quyền số, kinh tế số và xã hội số của tỉnh An Lạc. Bạn đọc có thể theo dõi tiến độ thực hiện các "
             "nhiệm vụ trọng tâm, mô hình hay, cách làm sáng tạo ở cơ sở, cũng như các hướng dẫn sử dụng dịch vụ công "
             "trực tuyến, thanh toán không dùng tiền mặt và kỹ năng an toàn trên không gian mạng. Mọi ý kiến đóng góp "
             "xin gửi về Ban Biên tập qua thư điện tử hoặc số điện thoại đường dây nóng ở cuối trang.")
    head = ('<meta property="og:type" content="article">\n<meta property="og:title" content="Chuyển đổi số">\n'
            '<meta name="description" content="%s">' % E(intro[:150]))
    body = """<form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" value="%s">
<div id="s4-workspace"><div class="header">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN LẠC</div><div class="ms-core-navigation">%s</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <span>Chuyển đổi số</span></div>
<div id="ctl00_PlaceHolderMain_ctl00" class="category-page"><h1 class="category-title">Chuyển đổi số</h1>
<div class="ms-rtestate-field category-intro"><p>%s</p></div>
<div class="category-featured">%s</div><div class="category-list">%s</div>
<div class="paging"><a href="?Page=1">1</a> <a href="?Page=2">2</a> <a href="?Page=3">3</a> <a href="?Page=2">Sau »</a>
</div></div>
<div class="sidebar">%s%s</div>%s</div></form>""" % (
        viewstate(120, 6000), menu("ms-core-listMenu-horizontal"), E(intro), listing(r, 2, "featured"),
        listing(r, 14), side_box(r, "Xem nhiều", 8), side_box(r, "Liên kết", 6, dated=False),
        footer("Văn phòng UBND tỉnh An Lạc", "Số 12 đường 30/4, phường Tân An", "0270.382.2233"))
    return dict(NA, n=20, template=t, url="https://%s.example.vn/Pages/chuyen-doi-so.aspx" % t,
                flags=["section-listing", "long-intro", "og-type-article", "sharepoint-2013", "pagination"],
                html=doc("Chuyển đổi số - Cổng TTĐT tỉnh An Lạc", head, body, 20))


def p21():
    t = "nukeviet-news-tag-dich-vu-cong"
    r = rng(21)
    body = """<div class="wraper"><header><div class="logo">SỞ NỘI VỤ TỈNH THÁI AN</div></header>
<nav class="second-nav">%s</nav><div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li>
<li><a href="/news/">Tin tức</a></li><li>Tags</li></ul></div>
<div class="row"><div class="col-md-16"><h1 class="page-header">Tags: dịch vụ công trực tuyến</h1>
<div class="news_column panel panel-default"><div class="panel-body">%s</div></div>
<ul class="pagination"><li class="active"><a>1</a></li><li><a href="/news/tag/dich-vu-cong-truc-tuyen/page-2">2</a></li>
</ul></div>
<div class="col-md-8">%s%s</div></div>%s</div>""" % (
        menu("nav navbar-nav"), listing(r, 16, "panel-body item-tag"), side_box(r, "Tin xem nhiều", 8),
        side_box(r, "Thông báo", 6), footer("Sở Nội vụ tỉnh Thái An", "Số 9 Lý Bôn, phường Trần Lãm", "0227.383.6655"))
    return dict(NA, n=21, template=t, url="https://%s.example.vn/news/tag/dich-vu-cong-truc-tuyen" % t,
                flags=["tag-page", "nukeviet", "snippets-with-dates"],
                html=doc("dịch vụ công trực tuyến - Tags - Sở Nội vụ", '<meta property="og:type" content="website">', body, 21))


def p22():
    t = "dnn-gioi-thieu-trung-tam-cds-tinh"
    r = rng(22)
    paras = [
        "Trung tâm Chuyển đổi số tỉnh Cao Lâm là đơn vị sự nghiệp công lập trực thuộc Sở Khoa học và Công nghệ, được "
        "thành lập trên cơ sở tổ chức lại Trung tâm Công nghệ thông tin và Truyền thông.",
        "Trung tâm có chức năng tham mưu, giúp Giám đốc Sở triển khai các nhiệm vụ chuyển đổi số; quản lý, vận hành "
        "trung tâm dữ liệu, các nền tảng dùng chung của tỉnh và bảo đảm an toàn thông tin mạng.",
        "Cơ cấu tổ chức gồm Ban Giám đốc và ba phòng chuyên môn: Phòng Hành chính - Tổng hợp, Phòng Hạ tầng và An toàn "
        "thông tin, Phòng Dữ liệu và Ứng dụng.",
    ]
    staff = [("Giám đốc", "Nông Đức Thịnh", "0206.385.0001"), ("Phó Giám đốc", "Lâm Thị Hà", "0206.385.0002"),
             ("Phó Giám đốc", "Bế Văn Quang", "0206.385.0003"), ("Trưởng phòng HC-TH", "Hà Thị Lụa", "0206.385.0004"),
             ("Trưởng phòng Hạ tầng", "Mã Văn Cường", "0206.385.0005")]
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % s for s in staff)
    body = """<div id="dnn_ContentPane">
<div class="skin-header"><div class="logo">TRUNG TÂM CHUYỂN ĐỔI SỐ TỈNH CAO LÂM</div>%s</div>
<div class="dnnBreadcrumb"><a href="/">Trang chủ</a> / <span>Giới thiệu</span></div>
<div class="row"><div class="col-md-3" id="dnn_LeftPane"><div id="dnn_ctr501_ContentPane"><ul class="submenu">
<li><a href="/gioi-thieu/chuc-nang">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/co-cau">Cơ cấu tổ chức</a></li>
<li><a href="/gioi-thieu/lien-he">Liên hệ</a></li></ul></div></div>
<div class="col-md-6" id="dnn_MiddlePane"><div class="DnnModule DnnModule-DNN_HTML"><div id="dnn_ctr502_ContentPane">
<div id="dnn_ctr502_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr502_HtmlModule_lblContent" class="Normal">
<h2>Giới thiệu chung</h2>%s<h3>Lãnh đạo và đầu mối liên hệ</h3>
<table class="table"><tr><th>Chức vụ</th><th>Họ tên</th><th>Điện thoại</th></tr>%s</table>
<p>Địa chỉ: Số 18 đường Hoàng Văn Thụ, phường Đề Thám, tỉnh Cao Lâm. Giờ làm việc: sáng 7h30 - 11h30, chiều 13h30 - 17h00.</p>
</div></div></div></div></div>
<div class="col-md-3" id="dnn_RightPane">%s%s</div></div>%s</div>""" % (
        menu("dnnMenu"), "".join("<p>%s</p>" % E(p) for p in paras), rows, side_box(r, "Tin mới", 8),
        side_box(r, "Thông báo", 6), footer("Trung tâm Chuyển đổi số tỉnh Cao Lâm",
                                            "Số 18 đường Hoàng Văn Thụ, phường Đề Thám", "0206.385.0000"))
    return dict(NA, n=22, template=t, url="https://%s.example.vn/gioi-thieu" % t,
                flags=["about-page", "dotnetnuke", "staff-table", "prose-like"],
                html=doc("Giới thiệu - Trung tâm Chuyển đổi số tỉnh Cao Lâm", "", body, 22))


def p23():
    t = "liferay-trang-khong-ton-tai-200"
    r = rng(23)
    body = """<div id="wrapper"><header id="banner"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI BÌNH</div>
<nav id="navigation">%s</nav></header><div id="content"><div class="portlet-layout"><div class="portlet-column" id="column-1">
<div class="portlet-boundary portlet-boundary_56_"><div class="portlet-body"><div class="journal-content-article">
<h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. Vui lòng kiểm tra
lại đường dẫn hoặc quay về <a href="/">trang chủ</a>.</p><p>Mã lỗi: 404</p>
<form action="/tim-kiem"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm"><button>Tìm</button></form>
</div></div></div>
<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-body asset-publisher">%s</div></div></div>
<div class="portlet-column" id="column-2">%s%s</div></div></div><footer id="footer">%s</footer></div>""" % (
        menu("nav"), listing(r, 8), side_box(r, "Tin mới", 8), side_box(r, "Xem nhiều", 8),
        footer("UBND thành phố Hải Bình", "Số 1 Quang Trung, phường Hải Châu", "0236.381.0101"))
    return dict(NA, n=23, template=t, url="https://%s.example.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/bai-da-xoa" % t,
                flags=["soft-404", "served-200", "liferay", "full-chrome", "article-like-url"],
                html=doc("Cổng thông tin điện tử thành phố Hải Bình", "", body, 23))


def p24():
    t = "nukeviet-laws-van-ban-grid-xa"
    r = rng(24)
    kinds = ["Quyết định", "Kế hoạch", "Công văn", "Thông báo", "Nghị quyết", "Báo cáo"]
    subj = ["Về việc triển khai dịch vụ công trực tuyến toàn trình", "Ban hành quy chế tiếp công dân",
            "Về việc kiện toàn tổ công nghệ số cộng đồng", "Kế hoạch chuyển đổi số năm 2025",
            "Về việc phòng chống thiên tai mùa mưa bão", "Quy chế quản lý, sử dụng chữ ký số",
            "Về việc tổ chức tiếp nhận hồ sơ ngoài giờ hành chính", "Về công tác bảo đảm an toàn thông tin"]
    rows = []
    for i in range(40):
        d = fake_date(r, 2025, False)
        rows.append("<tr><td>%d</td><td><a href='/laws/detail/%d'>%d/%s-UBND</a></td><td>%s</td><td>%s</td><td>%s</td>"
                    "<td><a href='/laws/download/%d'>Tải về</a></td></tr>" % (
                        i + 1, 500 + i, r.randint(10, 499), r.choice(["QĐ", "KH", "CV", "TB", "NQ", "BC"]), d,
                        r.choice(kinds), E(r.choice(subj)), 500 + i))
    body = """<div class="wraper"><header><div class="logo">UBND XÃ QUẢNG PHÚ</div></header><nav class="second-nav">%s</nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/laws/">Văn bản</a>
</li></ul></div>
<div class="row"><div class="col-md-18"><h1>Văn bản chỉ đạo, điều hành</h1>
<form class="laws-search"><input name="q" placeholder="Số ký hiệu, trích yếu"><select><option>Tất cả loại văn bản</option>
</select>
<button>Tìm kiếm</button></form>
<table class="table table-striped laws-list"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại</th>
<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>%s</tbody></table>
<ul class="pagination"><li class="active"><a>1</a></li><li><a href="/laws/page-2">2</a></li><li><a href="/laws/page-3">3</a>
</li></ul></div>
<div class="col-md-6">%s</div></div>%s</div>""" % (
        menu("nav"), "\n".join(rows), side_box(r, "Tin mới", 8),
        footer("UBND xã Quảng Phú", "Thôn Phú Thượng, xã Quảng Phú, tỉnh Thanh An", "0237.3510.222"))
    return dict(NA, n=24, template=t, url="https://%s.example.vn/laws/" % t,
                flags=["document-list", "nukeviet-laws", "table-grid", "commune-post-merger"],
                html=doc("Văn bản chỉ đạo, điều hành - Xã Quảng Phú", "", body, 24))
