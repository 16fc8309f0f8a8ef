"""Non-article pages a crawler meets on Vietnamese state/press sites."""
from lib import e, viewstate

D = "<!DOCTYPE html>\n"
A = []


def _items(rows, fmt):
    return "".join(fmt.format(i=i, t=e(t), d=d, x=e(x)) for i, (t, d, x) in enumerate(rows))


ROWS = [
    ("Tỉnh đứng thứ 9 cả nước về chỉ số chuyển đổi số cấp tỉnh", "15/11/2024 09:12",
     ("Năm 2023, chỉ số chuyển đổi số của tỉnh tăng 6 bậc so với năm trước, trong đó trụ cột chính quyền số có mức tăng cao nhất nhờ tỷ lệ hồ sơ trực tuyến toàn trình đạt 71%. "
     "Lãnh đạo tỉnh yêu cầu các sở, ngành tiếp tục rà soát những chỉ số thành phần còn thấp, nhất là kinh tế số và hạ tầng số ở vùng sâu, xây dựng kế hoạch cải thiện cụ thể cho từng quý.")),
    ("Khai trương Trung tâm điều hành thông minh huyện Yên Lập", "14/11/2024 16:40", "Trung tâm kết nối 120 camera giám sát và phản ánh hiện trường."),
    ("Hội nghị giao ban chuyển đổi số quý III", "12/11/2024 08:00", "Đánh giá kết quả triển khai các nhiệm vụ trọng tâm."),
    ("Cấp 5.000 chứng thư số cá nhân cho người dân miễn phí", "10/11/2024 14:22", "Ưu tiên hộ kinh doanh và người cao tuổi."),
]


def category_og_article(p):
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>Chuyển đổi số - Cổng thông tin điện tử tỉnh</title>
<meta property="og:type" content="article"><meta property="og:title" content="Chuyển đổi số"></head>
<body class="public-page"><header><img src="/logo.png" alt="Cổng TTĐT tỉnh"></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <span>Chuyển đổi số</span></div>
<div class="asset-publisher"><h1 class="category-title">Chuyển đổi số</h1>
<div class="featured"><h2><a href="/chuyen-doi-so/-/asset_publisher/abc/content/1">{e(ROWS[0][0])}</a></h2>
<div class="metadata-publish-date">{ROWS[0][1]}</div><div class="asset-summary"><p>{e(ROWS[0][2])}</p></div>
<a class="asset-more" href="/chuyen-doi-so/-/asset_publisher/abc/content/1">Xem tiếp</a></div>
<ul class="news-list">{_items(ROWS[1:], '<li class="asset-abstract"><h3><a href="/content/{i}">{t}</a></h3><span class="date">{d}</span><p>{x}</p></li>')}</ul>
<div class="lfr-pagination"><a href="?cur=2">Trang sau</a></div></div><footer>Cổng thông tin điện tử tỉnh</footer></body></html>"""
    return h, None, None


A.append(dict(n=25, tpl="liferay-asset-publisher-category", fn=category_og_article, is_article=False, blocks=[],
              url="https://liferay-asset-publisher-category.example.vn/chuyen-doi-so", title="",
              flags=["listing", "og-type-article", "featured-long-excerpt", "pagination"]))

DOCS = [("1203/QĐ-UBND", "08/11/2024", "Quyết định ban hành Kế hoạch chuyển đổi số năm 2025", "Quyết định"),
        ("88/KH-UBND", "01/11/2024", "Kế hoạch triển khai Đề án 06 trên địa bàn tỉnh năm 2025", "Kế hoạch"),
        ("45/2024/QĐ-UBND", "25/10/2024", "Quy chế quản lý, vận hành kho dữ liệu dùng chung", "Quyết định"),
        ("3150/UBND-KGVX", "18/10/2024", "Về việc đẩy mạnh thanh toán không dùng tiền mặt", "Công văn")]


def vanban_table(p):
    rows = "".join(f'<tr><td>{i + 1}</td><td><a href="/van-ban/{i}">{e(a)}</a></td><td>{b}</td><td>{e(c)}</td><td>{e(d)}</td>'
                   f'<td><a href="/files/{i}.pdf">Tải về</a></td></tr>' for i, (a, b, c, d) in enumerate(DOCS))
    h = f"""{D}<html><head><meta charset="utf-8"><title>Văn bản chỉ đạo điều hành</title></head><body>
<form method="post" action="./VanBan.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM3{viewstate('vanban', 42000)}"><div class="header">UBND TỈNH - HỆ THỐNG VĂN BẢN</div>
<div class="search-box">Số ký hiệu: <input type="text" name="txtSoKyHieu"> Trích yếu: <input type="text" name="txtTrichYeu"> <input type="submit" value="Tìm kiếm"></div>
<table class="table table-bordered vanban"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Loại văn bản</th><th>Tệp</th></tr></thead>
<tbody>{rows}</tbody></table><div class="pager">Trang 1/37</div></form></body></html>"""
    return h, None, None


A.append(dict(n=26, tpl="aspnet-vanban-grid", fn=vanban_table, is_article=False, blocks=[], title="",
              url="https://aspnet-vanban-grid.example.vn/VanBan.aspx?loai=2", flags=["listing", "documents-table", "aspnetForm"]))


def tag_page(p):
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>Chữ ký số - Tin tức, hình ảnh mới nhất</title><meta property="og:type" content="website"></head>
<body><div class="header"><a href="/" class="logo">Báo Miền Tây</a></div><h1 class="tag-title"># Chữ ký số</h1>
<div class="tag-list">{_items([(ROWS[3][0], "10/11/2024", "Hộ kinh doanh được hỗ trợ miễn phí chứng thư số trong 12 tháng."),
                               ("Doanh nghiệp dùng chữ ký số trên điện thoại khi kê khai thuế", "02/11/2024", "Thủ tục kê khai rút ngắn đáng kể."),
                               ("Ký số văn bản đạt 98% tại cơ quan nhà nước", "28/10/2024", "Văn bản giấy gần như không còn lưu chuyển.")],
                              '<article class="story"><h3><a href="/tin/{i}.html">{t}</a></h3><time>{d}</time><p class="sapo">{x}</p></article>')}</div>
<div class="paging"><a href="?p=2">2</a> <a href="?p=3">3</a></div></body></html>"""
    return h, None, None


A.append(dict(n=27, tpl="regional-daily-tag-page", fn=tag_page, is_article=False, blocks=[], title="",
              url="https://regional-daily-tag-page.example.vn/tag/chu-ky-so-2871.html", flags=["listing", "tag-page", "sapo-snippets"]))


def commune_home(p):
    h = f"""{D}<html><head><meta charset="utf-8"><title>Cổng thông tin điện tử xã Phú Lương</title></head><body>
<div class="banner">ỦY BAN NHÂN DÂN XÃ PHÚ LƯƠNG</div><div class="marquee">Chào mừng bạn đến với Cổng thông tin điện tử xã Phú Lương</div>
<div class="hot-news"><h2><a href="/tin/1">Xã Phú Lương ra mắt tổ công nghệ số cộng đồng tại 12 thôn</a></h2><p class="date">Cập nhật: 21/11/2024</p>
<p>Sáng 20/11, UBND xã tổ chức lễ ra mắt 12 tổ công nghệ số cộng đồng với 84 thành viên là đoàn viên thanh niên, hội viên phụ nữ, công an viên và trưởng thôn. Các tổ có nhiệm vụ hướng dẫn người dân cài đặt ứng dụng, làm thủ tục trực tuyến và thanh toán không dùng tiền mặt.</p></div>
<div class="col"><h3>Thông báo</h3><ul><li>Lịch tiếp công dân tháng 12/2024 <span>(20/11/2024)</span></li><li>Thông báo thu thuế sử dụng đất phi nông nghiệp <span>(15/11/2024)</span></li></ul></div>
<div class="col"><h3>Dịch vụ công trực tuyến</h3><ul><li>Đăng ký khai sinh</li><li>Chứng thực bản sao</li></ul></div>
<div class="footer">UBND xã Phú Lương - Điện thoại: 0208.3xxx.xxx</div></body></html>"""
    return h, None, None


A.append(dict(n=28, tpl="vnpt-commune-portal-home", fn=commune_home, is_article=False, blocks=[], title="",
              url="https://vnpt-commune-portal-home.example.vn/", flags=["listing", "home-page", "hot-news-teaser"]))


def gallery_index(p):
    items = "".join(f'<div class="album"><a href="/album/{i}"><img src="/a/{i}.jpg" alt=""></a><h4>{e(t)}</h4><span>{d}</span></div>'
                    for i, (t, d) in enumerate([("Không khí ngày hội chuyển đổi số toàn tỉnh", "10/10/2024"),
                                                ("Lễ hội đua ghe ngo truyền thống", "17/11/2024"), ("Mùa hoa tam giác mạch", "05/11/2024")]))
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>Phóng sự ảnh - Đài PT-TH</title></head><body>
<div class="top">ĐÀI PHÁT THANH - TRUYỀN HÌNH</div><h1>Phóng sự ảnh</h1><div class="albums">{items}</div>
<div class="paging">1 2 3 ... 24</div></body></html>"""
    return h, None, None


A.append(dict(n=29, tpl="broadcaster-photo-album-index", fn=gallery_index, is_article=False, blocks=[], title="",
              url="https://broadcaster-photo-album-index.example.vn/phong-su-anh", flags=["listing", "gallery-index"]))


def qa_list(p):
    qs = [("Lê Thị Hoa", "18/11/2024", "Tôi đã có tài khoản định danh mức 2, làm sao để nộp hồ sơ cấp đổi giấy phép lái xe trực tuyến?",
           "Bà truy cập Cổng dịch vụ công quốc gia, chọn thủ tục cấp đổi giấy phép lái xe, đăng nhập bằng tài khoản VNeID và làm theo hướng dẫn."),
          ("Trần Văn Lộc", "12/11/2024", "Hộ kinh doanh có bắt buộc dùng hóa đơn điện tử không?", "Theo quy định hiện hành, hộ nộp thuế theo phương pháp kê khai phải sử dụng hóa đơn điện tử.")]
    body = "".join(f'<div class="qa-item"><div class="q"><b>Người hỏi: {e(a)}</b> <span class="date">Ngày gửi: {d}</span><p>{e(q)}</p></div>'
                   f'<div class="a"><b>Trả lời:</b><p>{e(r)}</p></div></div>' for a, d, q, r in qs)
    h = f"""{D}<html><head><meta charset="utf-8"><title>Hỏi đáp - Sở Thông tin và Truyền thông</title></head><body>
<div class="header">HỎI ĐÁP TRỰC TUYẾN</div><a class="btn" href="/hoi-dap/gui-cau-hoi">Gửi câu hỏi</a><div class="qa-list">{body}</div></body></html>"""
    return h, None, None


A.append(dict(n=30, tpl="department-qa-board", fn=qa_list, is_article=False, blocks=[], title="",
              url="https://department-qa-board.example.vn/hoi-dap", flags=["listing", "qa-list", "question-answer-pairs"]))
