"""Non-article templates 20-24."""
from chrome import ADS, COOKIE, MENU_GOV, SIDE_TITLES, E, footer, menu, side_list
from content import CDS
from pages_a import head


def non(d):
    d.update(relevant=False, title="", lead="", author=None, published_at=None, time_shown=False, blocks=[],
             date_str=None, credit=None)
    return d


def p20(rng):
    cards = "".join('<div class="news-item"><a href="/tin-tuc/%d.html"><img src="/img/%d.jpg"><h3>%s</h3></a>'
                    '<span class="date">%02d/%02d/2025</span><p>%s</p></div>'
                    % (i, i, E(SIDE_TITLES[i % 20]), i % 27 + 1, i % 11 + 1, E(CDS[i % 30])) for i in range(18))
    doc = (head("Trang chủ", "Cổng thông tin điện tử tỉnh Hòa Lâm", '<meta property="og:type" content="website">') +
           '<body><form id="aspnetForm" method="post"><div class="header">' + menu(MENU_GOV, "menu-top") + '</div>'
           '<div class="hot-news"><h2 class="title-hot"><a href="/tin-tuc/9001.html">%s</a></h2><p>%s</p></div>'
           % (E(SIDE_TITLES[8]), E(CDS[0])) + '<div class="news-list">' + cards + '</div><div class="dvc-box">'
           '<a href="https://dichvucong.example.vn">Dịch vụ công trực tuyến</a></div><div class="thong-ke">'
           'Thống kê hồ sơ: Đã tiếp nhận 12.045 - Đúng hạn 98,7%</div>' +
           side_list(rng, "Thông báo", 8, "thongbao", "{d:02d}/{m:02d}/{y}", [(2, 5, 2025)]) +
           footer("Cổng thông tin điện tử tỉnh Hòa Lâm", "Số 8 đường Trần Hưng Đạo", "0232 3822 111") +
           ADS % "home" + '</form></body></html>')
    return non(dict(template="h24-vnpt-cong-tinh-home-dvc-stats", url="https://h24-vnpt-cong-tinh-home-dvc-stats.example.vn/",
                    flags=["home-page", "aspnet-form", "card-list"], html=doc))


def p21(rng):
    intro = " ".join(CDS[:8])
    items = "".join('<div class="asset-abstract"><h3 class="asset-title"><a href="/web/guest/cds/-/%d">%s</a></h3>'
                    '<span class="metadata-publish-date">%02d/%02d/2025 %02d:30</span><div class="asset-summary">%s</div>'
                    '</div>' % (i, E(SIDE_TITLES[(i * 3) % 20]), i + 1, 6, 8 + i % 9, E(CDS[(i + 9) % 30]))
                    for i in range(15))
    doc = (head("Chuyển đổi số", "Sở TT&TT", '<meta property="og:type" content="article">'
                '<meta property="og:title" content="Chuyển đổi số">') + '<body class="liferay"><header>' +
           menu(MENU_GOV, "nav") + '</header><div class="portlet-boundary portlet-boundary_101_"><div class="portlet-body">'
           '<h1 class="category-title">Chuyển đổi số</h1><div class="journal-content-article category-intro"><p>' +
           E(intro) + '</p><p>' + E(" ".join(CDS[8:14])) + '</p></div>' + items +
           '<div class="lfr-pagination"><a href="?cur=2">Trang sau</a></div></div></div>' +
           footer("Sở Thông tin và Truyền thông tỉnh Hòa Lâm", "Số 2 Lý Thường Kiệt", "0232 3811 020") + COOKIE +
           '</body></html>')
    return non(dict(template="h24-liferay-category-cds-intro-og-article", url="https://h24-liferay-category-cds-intro-"
                    "og-article.example.vn/web/guest/chuyen-doi-so", flags=["category-listing", "long-intro",
                    "og-type-article"], html=doc))


def p22(rng):
    doc = (head("Thông báo", "UBND xã Vĩnh Thạnh") + '<body><div id="header">' + menu(MENU_GOV, "nav") + '</div>'
           '<div class="breadcrumbs"><a href="/">Trang nhất</a> » <a href="/news/">Tin tức</a></div>'
           '<div class="alert alert-danger"><h2>Không tìm thấy trang</h2><p>Bài viết bạn yêu cầu không tồn tại hoặc đã '
           'bị gỡ bỏ. Vui lòng quay lại trang chủ hoặc dùng chức năng tìm kiếm.</p><form action="/seek/">'
           '<input type="text" name="q"><button>Tìm kiếm</button></form></div>' +
           side_list(rng, "Tin mới", 12, "news-latest", "{d:02d}/{m:02d}/{y}", [(4, 9, 2025), (2, 9, 2025)]) +
           side_list(rng, "Xem nhiều", 8, "news-top", "{d:02d}/{m:02d}/{y}", [(20, 8, 2025)]) +
           footer("UBND xã Vĩnh Thạnh", "Thôn Đông, xã Vĩnh Thạnh, tỉnh Hòa Lâm", "0232 3502 333") +
           '<div class="copyright">Powered by NukeViet</div></body></html>')
    return non(dict(template="h24-nukeviet-xa-not-found-200", url="https://h24-nukeviet-xa-not-found-200.example.vn/news/"
                    "tin-tuc/bai-da-go-1234.html", flags=["soft-404", "status-200", "full-chrome"], html=doc))


def p23(rng):
    rows = "".join('<tr class="%s"><td>%d</td><td><a href="/vanban/%d">%d/QĐ-UBND</a></td><td>%02d/%02d/2025</td>'
                   '<td>Quyết định về việc %s</td><td><a href="/files/%d.pdf">Tải về</a></td></tr>'
                   % ("ms-alternating" if i % 2 else "", i + 1, i, 1200 + i, i % 28 + 1, i % 12 + 1,
                      E(SIDE_TITLES[i % 20].lower()), i) for i in range(40))
    doc = (head("Văn bản pháp luật", "UBND tỉnh Hòa Lâm") + '<body><form id="aspnetForm" method="post">'
           '<div id="s4-workspace">' + menu(MENU_GOV, "ms-core-listMenu") + '<div id="ctl00_PlaceHolderMain_vb">'
           '<h1>Văn bản quy phạm pháp luật</h1><div class="filter">Số ký hiệu: <input type="text"> Lĩnh vực: <select>'
           '<option>Tất cả</option><option>Chuyển đổi số</option></select></div><table class="ms-listviewtable">'
           '<tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>' + rows +
           '</table></div>' + footer("UBND tỉnh Hòa Lâm", "Số 1 Quảng trường 3/2", "0232 3824 000") +
           '</div></form></body></html>')
    return non(dict(template="h24-sp-van-ban-qppl-listview", url="https://h24-sp-van-ban-qppl-listview.example.vn/"
                    "Pages/van-ban-phap-luat.aspx", flags=["document-list", "sharepoint", "table-grid"], html=doc))


def p24(rng):
    names = ["Lương Văn Đạt", "Kiều Thị Nhàn", "Tạ Văn Khoa", "Mạc Hữu Phước", "Phan Thị Gấm", "Văn Công Hậu",
             "Châu Ngọc Diệp", "Cao Minh Khôi"]
    roles = ["Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng phòng Bưu chính", "Trưởng phòng CNTT",
             "Phó Chánh Thanh tra", "Chuyên viên", "Chuyên viên"]
    rows = "".join('<tr><td>%s</td><td>%s</td><td>0232 38%05d</td><td>%s@example.vn</td></tr>'
                   % (E(names[i % 8]), E(roles[i % 8]), 11000 + i * 7, "canbo%d" % i) for i in range(40))
    doc = (head("Danh bạ cán bộ", "Sở TT&TT Hòa Lâm") + '<body class="site com_contact"><header>' +
           menu(MENU_GOV, "mod-menu") + '</header><div class="item-page"><h2>Danh bạ điện thoại, thư điện tử</h2>'
           '<p>Danh bạ cán bộ, công chức Sở Thông tin và Truyền thông, cập nhật ngày 01/03/2025.</p>'
           '<table class="table"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr>' + rows +
           '</table></div>' + side_list(rng, "Tin mới", 8, "latestnews", "{d:02d}/{m:02d}/{y}", [(28, 2, 2025)]) +
           footer("Sở Thông tin và Truyền thông tỉnh Hòa Lâm", "Số 2 Lý Thường Kiệt", "0232 3811 020") + COOKIE +
           '</body></html>')
    return non(dict(template="h24-joomla-so-danh-ba-can-bo", url="https://h24-joomla-so-danh-ba-can-bo.example.vn/"
                    "gioi-thieu/danh-ba", flags=["staff-directory", "joomla", "table-grid"], html=doc))


PAGES_C = [p20, p21, p22, p23, p24]
