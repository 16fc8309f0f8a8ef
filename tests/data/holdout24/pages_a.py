"""Article templates 1-10."""
import datetime

from chrome import (
    ADS,
    COOKIE,
    MENU_GOV,
    SHARE,
    WD,
    E,
    comments,
    fig,
    footer,
    gen_blocks,
    menu,
    related_box,
    render_blocks,
    side_list,
    viewstate,
)


def wd(y, m, d):
    return WD[datetime.date(y, m, d).weekday()]


def head(title, site, extra=""):
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s'
            '<style>body{font-family:Arial}.hidden{display:none}</style></head>' % (E(title), E(site), extra))


def p01(rng):
    t = "Hòa Lâm đưa 1.200 thủ tục hành chính lên cổng dịch vụ công toàn trình"
    lead = ("Sau sáu tháng triển khai kế hoạch cải cách, tỉnh Hòa Lâm đã cung cấp 1.200 thủ tục hành chính trực tuyến "
            "toàn trình, giúp người dân và doanh nghiệp tiết kiệm thời gian, chi phí đi lại.")
    blocks = gen_blocks(rng, "cds", 520, heads=2, table=True)
    ds = "Ngày đăng: 18/04/2024 09:50:00"
    credit = "Tác giả: Lê Thu Hà"
    body = render_blocks(blocks, "pj", "strong", {1: fig("/Uploads/2024/4/motcua.jpg",
                         "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh", "em")})
    side = side_list(rng, "Tin mới", 8, "tinmoi", "({d:02d}/{m:02d}/{y})", [(17, 4, 2024), (16, 4, 2024)])
    doc = (head(t, "Cổng TTĐT tỉnh Hòa Lâm") + '<body><form method="post" action="./ChiTietTin.aspx?id=8812" id="aspnetForm">'
           '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">'
           '<input type="hidden" name="__EVENTVALIDATION" value="%s"></div>' % (viewstate(rng, 9000), viewstate(rng, 600)) +
           '<div id="header"><div class="banner"><img src="/Images/banner.png" alt="Cổng thông tin điện tử tỉnh Hòa Lâm">'
           '</div>' + menu(MENU_GOV, "menu-top") + '</div><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; '
           '<a href="/tin-tuc">Tin tức - Sự kiện</a> &gt; <span>Cải cách hành chính</span></div>'
           '<div id="ctl00_ContentPlaceHolder1_pnNews" class="news-detail"><table width="100%"><tr><td>'
           '<span id="ctl00_ContentPlaceHolder1_lblTitle" class="title-news">' + E(t) + '</span></td></tr><tr><td>'
           '<span id="ctl00_ContentPlaceHolder1_lblDate" class="date-news">' + ds + '</span></td></tr><tr><td>'
           '<span id="ctl00_ContentPlaceHolder1_lblSummary" class="summary"><b>' + E(lead) + '</b></span></td></tr>'
           '<tr><td><div id="ctl00_ContentPlaceHolder1_lblContent" class="content-news">' + body + '</div></td></tr>'
           '<tr><td align="right"><b>' + credit + '</b></td></tr></table>' + SHARE + '</div>'
           '<div class="right-col">' + side + side_list(rng, "Xem nhiều", 6, "xemnhieu", "{H:02d}:{M:02d} {d:02d}/{m:02d}/{y}",
                                                         [(2, 4, 2024), (28, 3, 2024)]) + '</div>'
           '<div id="footer">' + footer("Cổng thông tin điện tử tỉnh Hòa Lâm", "Số 8 đường Trần Hưng Đạo, TP Hòa Lâm",
                                        "0232 3822 111") + '<p>Thiết kế bởi VNPT Hòa Lâm</p></div>'
           '<script src="/WebResource.axd?d=abc"></script>' + ADS % "detail" + '</form></body></html>')
    return dict(template="h24-vnpt-webforms-so-nv-ngay-dang-seconds", url="https://h24-vnpt-webforms-so-nv-ngay-dang-seconds"
                ".example.vn/tin-tuc/ChiTietTin.aspx?id=8812", flags=["aspnet-form", "viewstate", "seconds",
                "ngay-dang-label", "caption-em", "table", "sapo-span"], relevant=True, title=t, lead=lead,
                author="Lê Thu Hà", published_at="2024-04-18T09:50:00+07:00", time_shown=True, blocks=blocks,
                html=doc, date_str=ds, credit=credit)


def p02(rng):
    t = "Sở Thông tin và Truyền thông ra mắt trợ lý ảo hỗ trợ công chức cấp xã"
    lead = "Trợ lý ảo được huấn luyện trên kho văn bản pháp luật giúp công chức tra cứu quy định nhanh và chính xác hơn."
    blocks = gen_blocks(rng, "cds", 430, heads=1, lst=True)
    ds = "%s, 04/03/2025 - 10:15 SA" % wd(2025, 3, 4)
    credit = "Phóng viên: Châu Ngọc Diệp"
    body = render_blocks(blocks, "p", "h3", {2: related_box(rng, "Tin liên quan", "box-tinlienquan")})
    doc = (head(t, "Sở TT&TT Hòa Lâm", '<meta property="article:published_time" content="2025-03-04T10:15:00+07:00">') +
           '<body><div class="vportal-wrapper"><header class="vp-header"><div class="logo">Sở Thông tin và Truyền thông'
           '</div>' + menu(MENU_GOV, "vp-menu") + '</header><div class="container"><ol class="breadcrumb"><li>Trang chủ</li>'
           '<li>Tin hoạt động</li></ol><div class="row"><div class="col-md-8"><div class="vp-news-detail">'
           '<h1 class="vp-title">' + E(t) + '</h1><div class="vp-meta"><span class="vp-date">' + ds + '</span>'
           ' <span class="vp-view">Lượt xem: 1.204</span></div><div class="vp-sapo">' + E(lead) + '</div>'
           '<div class="vp-content">' + body + '<p class="vp-author" style="text-align:right">' + credit + '</p></div>'
           + SHARE + '<div class="vp-tags">Từ khóa: <a href="#">trợ lý ảo</a> <a href="#">cấp xã</a></div></div>'
           + comments(rng) + '</div><div class="col-md-4">' +
           side_list(rng, "Tin mới", 8, "vp-latest", "{d:02d}/{m:02d}/{y} {H:02d}:{M:02d}", [(3, 3, 2025), (1, 3, 2025)]) +
           '</div></div></div><footer>' + footer("Sở Thông tin và Truyền thông tỉnh Hòa Lâm", "Số 2 Lý Thường Kiệt",
                                                 "0232 3811 020") + '<p>Phát triển bởi Viettel</p></footer></div>'
           + COOKIE + ADS % "vp" + '</body></html>')
    return dict(template="h24-viettel-portal-so-tttt-sa-weekday", url="https://h24-viettel-portal-so-tttt-sa-weekday"
                ".example.vn/tin-hoat-dong/ra-mat-tro-ly-ao-ho-tro-cong-chuc-cap-xa", flags=["weekday", "sa-clock",
                "meta-published", "inline-related", "list", "comments"], relevant=True, title=t, lead=lead,
                author="Châu Ngọc Diệp", published_at="2025-03-04T10:15+07:00", time_shown=True, blocks=blocks,
                html=doc, date_str=ds, credit=credit)


def p03(rng):
    t = "UBND tỉnh chỉ đạo hoàn thành kết nối dữ liệu đất đai trước ngày 30/11"
    lead = "Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương hoàn thiện kết nối cơ sở dữ liệu đất đai với dịch vụ công."
    blocks = gen_blocks(rng, "cds", 300, heads=0, lst=True)
    ds = "Cập nhật: 14/11/2024 16:20"
    credit = "Văn phòng UBND tỉnh"
    body = render_blocks(blocks, "div", "strong")
    doc = (head(t, "UBND tỉnh Hòa Lâm") + '<body class="v4master"><form method="post" id="aspnetForm">'
           '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">' % viewstate(rng, 7000) +
           '<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header-sp">' + menu(MENU_GOV, "ms-core-listMenu") +
           '</div><div id="ctl00_PlaceHolderMain_ctl00" class="article-page"><div class="breadcrumb-sp">'
           '<a href="/Pages/default.aspx">Trang chủ</a> / <a href="/Pages/chi-dao.aspx">Chỉ đạo điều hành</a></div>'
           '<h2 class="article-title">' + E(t) + '</h2><div class="article-date">' + ds + '</div>'
           '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">'
           '<div class="sapo"><strong>' + E(lead) + '</strong></div>' + body +
           '<p style="text-align:right"><strong>' + credit + '</strong></p></div></div>'
           '<div class="ms-webpart-zone">' + side_list(rng, "Tin mới", 10, "ms-listviewtable", "{d:02d}/{m:02d}/{y}",
                                                      [(13, 11, 2024), (12, 11, 2024)]) + '</div>'
           + footer("UBND tỉnh Hòa Lâm", "Số 1 Quảng trường 3/2", "0232 3824 000") +
           '</div></div><script>var _spPageContextInfo={webServerRelativeUrl:"/"};</script></form></body></html>')
    return dict(template="h24-sp2013-ubnd-rte-cap-nhat-office", url="https://h24-sp2013-ubnd-rte-cap-nhat-office.example.vn"
                "/Pages/chi-dao-ket-noi-du-lieu-dat-dai.aspx", flags=["sharepoint", "cap-nhat-only", "office-credit",
                "ms-rtestate-field", "list"], relevant=True, title=t, lead=lead, author=None,
                published_at="2024-11-14T16:20+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p04(rng):
    t = "Phường Đông Thành hướng dẫn người cao tuổi dùng ví điện tử"
    lead = ""
    blocks = gen_blocks(rng, "cds", 95)
    ds = "Đăng lúc 07:45 ngày 02/08/2025"
    credit = "PV"
    body = render_blocks(blocks, "p")
    doc = (head(t, "Phường Đông Thành") + '<body><form method="post" id="Form" action="/tin-tuc/tabid/83/ArticleID/561">'
           '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">' % viewstate(rng, 5000) +
           '<div id="dnn_ContentPane" class="DNNContainer"><div class="skin-header">' + menu(MENU_GOV, "dnnmega") + '</div>'
           '<div class="DnnModule DnnModule-EasyDNNnews"><div id="dnn_ctr1420_ContentPane">'
           '<div id="dnn_ctr1420_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">'
           '<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">' + E(t) + '</h1>'
           '<div class="edn_metaDetails"><span class="edn_articleDate">' + ds + '</span></div>'
           '<div class="edn_articleContent">' + body + '<p><strong>' + credit + '</strong></p></div></div></div></div></div>'
           '<div id="dnn_RightPane">' + side_list(rng, "Tin mới", 8, "dnn-latest", "{d:02d}/{m:02d}/{y}",
                                                  [(1, 8, 2025), (31, 7, 2025)]) +
           side_list(rng, "Xem nhiều", 6, "dnn-top", "{d:02d}/{m:02d}/{y}", [(15, 7, 2025)]) + '</div>' +
           footer("UBND phường Đông Thành", "Số 45 đường Nguyễn Huệ, phường Đông Thành, tỉnh Hòa Lâm", "0232 3700 456") +
           '</div><script src="/Portals/_default/Skins/phuong/skin.js"></script></form></body></html>')
    return dict(template="h24-dnn-phuong-moi-ctr-brief-pv", url="https://h24-dnn-phuong-moi-ctr-brief-pv.example.vn"
                "/tin-tuc/tabid/83/ArticleID/561/huong-dan-nguoi-cao-tuoi-dung-vi-dien-tu.aspx", flags=["dnn", "brief",
                "dang-luc-ngay", "pv-author", "no-lead", "post-merger"], relevant=True, title=t, lead=lead, author="PV",
                published_at="2025-08-02T07:45+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p05(rng):
    t = "Bộ công bố khung kiến trúc dữ liệu quốc gia phiên bản mới"
    lead = "Khung kiến trúc mới quy định rõ trách nhiệm chia sẻ dữ liệu giữa các bộ, ngành và địa phương."
    blocks = gen_blocks(rng, "cds", 640, heads=2, table=True)
    ds = "20/12/2024 08:30 (GMT+07:00)"
    credit = "Theo Minh Quân (Báo Tin Số)"
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",'
          '"datePublished":"2024-12-19T17:00:00+07:00","publisher":{"@type":"Organization","name":"Cổng TTĐT Bộ"}}</script>'
          % t)
    body = render_blocks(blocks, "p", "h3", {0: fig("/documents/10182/anh1.jpg", "Toàn cảnh buổi công bố", "figure")})
    doc = (head(t, "Cổng TTĐT Bộ", ld) + '<body class="liferay"><div id="wrapper"><header id="banner">' +
           menu(MENU_GOV, "nav navbar-nav") + '</header><section id="content"><div class="columns-2">'
           '<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_abcd_">'
           '<div class="portlet-body"><div class="journal-content-article"><div class="news-detail">'
           '<h1 class="title">' + E(t) + '</h1><p class="time-post">' + ds + '</p><p class="sapo"><b>' + E(lead) +
           '</b></p><div class="content">' + body + '</div><p class="source" style="text-align:right"><em>' + credit +
           '</em></p></div></div></div></div><div class="portlet-boundary portlet-boundary_101_">'
           '<div class="asset-publisher">' + side_list(rng, "Tin liên quan", 8, "asset-abstract", "{d:02d}/{m:02d}/{y}",
                                                       [(18, 12, 2024), (17, 12, 2024)]) + '</div></div></div></section>'
           '<footer id="footer">' + footer("Bộ Thông tin và Truyền thông (giả lập)", "Số 18 phố Nguyễn Du, Hà Nội",
                                           "024 3943 0000") + '</footer></div>' + COOKIE + '</body></html>')
    return dict(template="h24-liferay7-bo-journal-gmt-stale-ld", url="https://h24-liferay7-bo-journal-gmt-stale-ld.example.vn"
                "/web/guest/tin-tuc/-/asset_publisher/abcd/content/khung-kien-truc-du-lieu", flags=["liferay7",
                "gmt-paren", "stale-jsonld", "theo-author-outlet", "figcaption", "table"], relevant=True, title=t, lead=lead,
                author="Minh Quân", published_at="2024-12-20T08:30+07:00", time_shown=True, blocks=blocks, html=doc,
                date_str=ds, credit=credit)


def p06(rng):
    t = "Nông dân Hòa Lâm trúng vụ lúa đông xuân nhờ chuyển đổi giống"
    lead = "Năng suất lúa bình quân toàn tỉnh vụ này ước đạt 62 tạ mỗi ha, cao nhất trong năm năm gần đây."
    blocks = gen_blocks(rng, "agri", 360, heads=1, table=True)
    ds = "Ngày xuất bản: 09/06/2023 - 2:40 chiều"
    credit = "Bài và ảnh: Trần Văn Lộc"
    body = render_blocks(blocks, "p", "strong", {1: fig("/image/journal/lua.jpg", "Thu hoạch lúa tại cánh đồng mẫu",
                                                         "table")})
    doc = (head(t, "Sở NN&PTNT Hòa Lâm") + '<body class="portal-popup"><div id="wrapper"><div class="header">' +
           menu(MENU_GOV, "navigation") + '</div><div id="column-1" class="portlet-column">'
           '<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_x9Qa_">'
           '<div class="asset-full-content"><h3 class="header-title"><span>' + E(t) + '</span></h3>'
           '<div class="asset-content"><div class="date-publish">' + ds + '</div><div class="journal-content-article">'
           '<p class="lead"><strong>' + E(lead) + '</strong></p>' + body + '<p style="text-align:right"><strong>' + credit +
           '</strong></p></div></div><div class="asset-ratings">Đánh giá</div></div></div></div>'
           '<div id="column-2">' + side_list(rng, "Tin đã đưa", 10, "asset-title", "({d:02d}/{m:02d}/{y})",
                                             [(8, 6, 2023), (5, 6, 2023)]) + '</div>' +
           footer("Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Lâm", "Số 90 Hùng Vương", "0232 3852 222") +
           '</div><script>Liferay.Portlet.onLoad({portletId:"101_INSTANCE_x9Qa"});</script></body></html>')
    return dict(template="h24-liferay6-asset-so-nn-chieu", url="https://h24-liferay6-asset-so-nn-chieu.example.vn/web/guest"
                "/tin-tuc/-/asset_publisher/x9Qa/content/trung-vu-lua-dong-xuan", flags=["liferay6", "asset-publisher",
                "chieu-clock", "bai-va-anh", "caption-table-row", "off-topic"], relevant=False, title=t, lead=lead,
                author="Trần Văn Lộc", published_at="2023-06-09T14:40+07:00", time_shown=True, blocks=blocks, html=doc,
                date_str=ds, credit=credit)


def p07(rng):
    t = "Huyện Sơn Hà cấp 8.000 tài khoản định danh điện tử mức độ 2"
    lead = ("Chỉ trong ba tháng, công an và chính quyền các xã ở huyện Sơn Hà đã hỗ trợ hơn 8.000 người dân kích hoạt "
            "tài khoản định danh điện tử mức độ 2.")
    blocks = gen_blocks(rng, "cds", 380, heads=0, lst=True)
    ds = "%s, 12/09/2024 | 15:05" % wd(2024, 9, 12)
    credit = "Nguyễn Hải Yến"
    body = render_blocks(blocks, "pj", "strong")
    doc = (head(t, "Huyện Sơn Hà", '<meta property="article:published_time" content="2024-09-12T15:05:00+07:00">') +
           '<body><div id="container"><div id="header">' + menu(MENU_GOV, "nav-menu") + '</div>'
           '<div class="breadcrumbs"><a href="/">Trang nhất</a> » <a href="/news/">Tin tức</a></div>'
           '<div class="news_detail"><div class="panel-body"><h1 class="title">' + E(t) + '</h1>'
           '<span class="h-date">' + ds + '</span><div id="news-bodyhtml" class="bodytext margin-bottom-lg">'
           '<p><strong>' + E(lead) + '</strong></p>' + body + '<p style="text-align:right"><strong>' + credit +
           '</strong></p></div><div class="news_keyword">Từ khóa: định danh điện tử, VNeID</div>' + SHARE +
           '</div></div><div class="news-other"><h3>Những tin mới hơn</h3>' +
           side_list(rng, "Tin cũ hơn", 8, "related", "({d:02d}/{m:02d}/{y})", [(9, 9, 2024), (4, 9, 2024)]) + '</div>'
           + comments(rng, 2) + footer("UBND huyện Sơn Hà", "Thị trấn Sơn Hà, tỉnh Hòa Lâm", "0232 3860 111") +
           '<div class="copyright">Powered by NukeViet</div></div>' + ADS % "nv" + '</body></html>')
    return dict(template="h24-nukeviet-huyen-bodytext-sapo-in-body", url="https://h24-nukeviet-huyen-bodytext-sapo-in-body"
                ".example.vn/news/tin-tuc/cap-8000-tai-khoan-dinh-danh-dien-tu-2114.html", flags=["nukeviet",
                "bold-sapo-in-body", "weekday", "pipe-sep", "bold-name-tail", "meta-published"], relevant=True, title=t,
                lead=lead, author="Nguyễn Hải Yến", published_at="2024-09-12T15:05+07:00", time_shown=True, blocks=blocks,
                html=doc, date_str=ds, credit=credit)


def p08(rng):
    t = "Sốt xuất huyết gia tăng, ngành y tế khuyến cáo chủ động phòng bệnh"
    lead = "Số ca mắc sốt xuất huyết trên địa bàn tỉnh tuần qua tăng gần 30% so với tuần trước đó."
    blocks = gen_blocks(rng, "health", 330, heads=1, lst=True, table=True)
    ds = "Thời gian đăng: 21/01/25 08:10 PM"
    credit = "Nhóm PV"
    body = render_blocks(blocks, "p", "h3")
    doc = (head(t, "Sở Y tế Hòa Lâm") + '<body class="site com_content view-article"><header class="header">' +
           menu(MENU_GOV, "mod-menu nav") + '</header><main><div class="com-content-article item-page" itemscope '
           'itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">' + E(t) +
           '</h2></div><dl class="article-info"><dd class="published"><time datetime="2025-01-21T20:10:00+07:00" '
           'itemprop="datePublished">' + ds + '</time></dd><dd class="hits">Lượt xem: 512</dd></dl>'
           '<div itemprop="articleBody" class="com-content-article__body"><p class="sapo"><em>' + E(lead) + '</em></p>'
           + body + '<p style="text-align:right"><strong>' + credit + '</strong></p></div>'
           '<ul class="pager pagenav"><li><a href="#">Bài trước</a></li><li><a href="#">Bài sau</a></li></ul></div>'
           '</main><aside>' + side_list(rng, "Tin mới", 10, "mod-articles-latest", "{d:02d}/{m:02d}/{y}",
                                        [(20, 1, 2025), (18, 1, 2025)]) + '</aside>' +
           footer("Sở Y tế tỉnh Hòa Lâm", "Số 3 Hai Bà Trưng", "0232 3833 333") + COOKIE + '</body></html>')
    return dict(template="h24-joomla4-so-yte-pm-two-digit-nhom-pv", url="https://h24-joomla4-so-yte-pm-two-digit-nhom-pv"
                ".example.vn/tin-tuc/suc-khoe/451-sot-xuat-huyet-gia-tang", flags=["joomla", "itemprop-articlebody",
                "two-digit-year", "pm-clock", "nhom-pv", "off-topic", "table", "list"], relevant=False, title=t, lead=lead,
                author="Nhóm PV", published_at="2025-01-21T20:10+07:00", time_shown=True, blocks=blocks, html=doc,
                date_str=ds, credit=credit)


def p09(rng):
    t = "Phân luồng giao thông phục vụ thi công hầm chui nút giao phía bắc"
    lead = "Từ ngày 1/4, các phương tiện qua nút giao phía bắc thành phố sẽ đi theo sơ đồ phân luồng mới."
    blocks = gen_blocks(rng, "traffic", 300, heads=1, lst=True, table=True)
    ds = "%s, 15/03/2024 - 17:30" % wd(2024, 3, 15)
    credit = "Phóng viên: Đỗ Minh Tuấn - Vũ Thị Lan"
    body = render_blocks(blocks, "p", "h3", {3: related_box(rng, "Xem thêm", "field-related")})
    doc = (head(t, "Sở GTVT Hòa Lâm") + '<body class="html not-front page-node node-type-article">'
           '<div id="page"><header role="banner">' + menu(MENU_GOV, "menu nav") + '</header>'
           '<nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a></nav>'
           '<article id="node-3321" class="node node-article node-full clearfix"><h1 class="page-title">' + E(t) + '</h1>'
           '<div class="submitted">Gửi bởi <span class="username">admin</span> vào <span class="date">' + ds +
           '</span></div><div class="field field-name-field-sapo"><div class="field-item">' + E(lead) + '</div></div>'
           '<div class="field field-name-body field-type-text-with-summary"><div class="field-items">'
           '<div class="field-item even" property="content:encoded">' + body + '<p>' + credit + '</p></div></div></div>'
           '<div class="field field-name-field-tags">Tags: <a href="#">phân luồng</a></div></article>' +
           comments(rng, 3) + '<aside class="region-sidebar-second">' +
           side_list(rng, "Tin mới", 9, "view-tin-moi", "{d:02d}/{m:02d}/{y} - {H:02d}:{M:02d}", [(14, 3, 2024)]) +
           '</aside>' + footer("Sở Giao thông vận tải tỉnh Hòa Lâm", "Số 12 Lê Lợi", "0232 3844 555") +
           '</div><script>jQuery.extend(Drupal.settings, {"basePath":"/"});</script></body></html>')
    return dict(template="h24-drupal7-so-gtvt-gui-boi-two-reporters", url="https://h24-drupal7-so-gtvt-gui-boi-two-reporters"
                ".example.vn/tin-tuc/phan-luong-giao-thong-thi-cong-ham-chui", flags=["drupal", "gui-boi-admin", "weekday",
                "two-authors", "inline-related", "off-topic"], relevant=False, title=t, lead=lead,
                author="Đỗ Minh Tuấn, Vũ Thị Lan", published_at="2024-03-15T17:30+07:00", time_shown=True, blocks=blocks,
                html=doc, date_str=ds, credit=credit)


def p10(rng):
    t = "Chợ phường Bình Minh chuyển mình với thanh toán không tiền mặt"
    lead = "Hơn 90% tiểu thương tại chợ phường Bình Minh đã dùng mã QR để nhận tiền của khách hàng."
    blocks = gen_blocks(rng, "cds", 260, heads=0)
    ds = "Đăng lúc 8:30 tối, 27/07/2025"
    credit = "Gửi bởi editor01"
    body = render_blocks(blocks, "p", "h3", {1: fig("/wp-content/uploads/2025/07/cho.jpg", "Tiểu thương dùng mã QR",
                                                     "figure")})
    doc = (head(t, "Phường Bình Minh", '<meta property="article:published_time" content="2025-07-27T13:30:00+00:00">'
                '<link rel="stylesheet" href="/wp-content/themes/phuong/style.css">') +
           '<body class="post-template-default single single-post"><div id="page" class="site">'
           '<header id="masthead" class="site-header">' + menu(MENU_GOV, "main-navigation") + '</header>'
           '<main id="primary"><article id="post-774" class="post-774 post type-post status-publish">'
           '<header class="entry-header"><h1 class="entry-title">' + E(t) + '</h1><div class="entry-meta">'
           '<span class="posted-on">' + ds + '</span> <span class="byline">' + credit + '</span></div></header>'
           '<div class="entry-content"><p><em>' + E(lead) + '</em></p>' + body + '</div>'
           '<footer class="entry-footer"><span class="cat-links">Chuyên mục: Kinh tế số</span></footer></article>'
           '<div id="comments" class="comments-area">' + comments(rng, 2) + '</div></main><aside id="secondary">' +
           side_list(rng, "Bài viết mới", 10, "widget_recent_entries", "{d:02d}/{m:02d}/{y}", [(26, 7, 2025)]) +
           '</aside><footer class="site-footer">' + footer("UBND phường Bình Minh", "Số 1 đường 30/4, phường Bình Minh",
                                                           "0232 3600 789") + '</footer></div>' + COOKIE + '</body></html>')
    return dict(template="h24-wp-phuong-entry-toi-editor-account", url="https://h24-wp-phuong-entry-toi-editor-account"
                ".example.vn/2025/07/27/cho-phuong-binh-minh-thanh-toan-khong-tien-mat/", flags=["wordpress",
                "toi-clock", "cms-account", "meta-utc", "figcaption", "italic-lead"], relevant=True, title=t, lead=lead,
                author=None, published_at="2025-07-27T20:30+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds,
                credit=credit)


PAGES_A = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10]
