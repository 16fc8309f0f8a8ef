"""Articles 14-19 and non-articles 20-24."""
import html

import chrome as C
from body import grow, render
from pages_a import art, doc
from vntext import SIDEBAR_TITLES, sentences

E = html.escape


# 14 SharePoint --------------------------------------------------------------------------------------
def p14(rng):
    host = "baodientuhoabinhnam.example.vn"
    title = "Hoàn thành kết nối 100% phần mềm một cửa điện tử cấp xã với hệ thống thông tin giải quyết thủ tục hành chính"
    lead = ("Toàn bộ 128 xã, phường, thị trấn của tỉnh đã dùng chung một hệ thống giải quyết thủ tục hành chính, thay thế "
            "các phần mềm riêng lẻ trước đây.")
    hand = [
        ("p", "Việc hợp nhất giúp người dân có thể nộp hồ sơ ở bất kỳ xã nào trong tỉnh đối với nhóm thủ tục không phụ thuộc địa "
              "giới hành chính. Cán bộ một cửa cũng không phải nhập liệu hai lần vào hai phần mềm như trước."),
        ("ul", ["Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính với 46 thủ tục",
                "Tự động đồng bộ trạng thái hồ sơ lên Cổng dịch vụ công quốc gia",
                "Tích hợp thanh toán phí, lệ phí trực tuyến"]),
        ("p", "Theo báo cáo, trong tháng đầu vận hành hệ thống đã tiếp nhận hơn 21 nghìn hồ sơ cấp xã, tỷ lệ hồ sơ giải quyết "
              "đúng hạn đạt 98,6%."),
    ]
    blocks = grow(rng, "cds", hand, 260, 480, heads=["Nâng cao chất lượng phục vụ"])
    date_str = "Ngày đăng: 26/06/2024 09:40:00"
    ymd = (2024, 6, 26)
    vs = C.viewstate(rng, 6000)
    body = (
        '<form method="post" action="./hoan-thanh-ket-noi.aspx" id="aspnetForm"><div class="aspNetHidden">'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>\n'
        '<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header">%s</div>\n'
        '<div id="ctl00_PlaceHolderMain_pnBreadcrumb" class="breadcrumb"><span><a href="/Pages/default.aspx">Trang chủ</a></span>'
        ' &gt; <span><a href="/tin-tuc/Pages/cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></span></div>\n'
        '<div class="row"><div class="col-md-8"><div id="ctl00_PlaceHolderMain_ctl00_pnDetail" class="news-detail">\n'
        '<div class="title-news"><div id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_RichHtmlField" '
        'class="ms-rtestate-field"><h1>%s</h1></div></div>\n'
        '<div class="date-news"><span id="ctl00_PlaceHolderMain_lblDate">%s</span></div>\n'
        '<div class="sapo-news"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field">'
        '<b>%s</b></div></div>\n<div class="content-news"><div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" '
        'class="ms-rtestate-field">%s</div></div>\n<div class="author-news" style="text-align:right"><b>Sở TT&amp;TT</b></div>\n'
        '<div class="tool-news"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>\n'
        '</div><div class="other-news">%s</div></div><div class="col-md-4">%s%s</div></div>%s</div></div></form>'
        % (vs, C.menu(host, "ms-core-listMenu-horizontal"), E(title), date_str, E(lead), render(blocks, rng=rng, fig="tablecap"),
           C.side_list(rng, host, "Các tin khác", 10, ymd, style=0), C.side_list(rng, host, "Tin nổi bật", 8, ymd, style=0),
           C.ads(rng, 2), C.footer("Báo điện tử Hòa Bình Nam", "Số 1 đường Chi Lăng, TP. Hòa Bình Nam", "0218 3852 244")))
    head = '<meta name="GENERATOR" content="Microsoft SharePoint"><meta name="progid" content="SharePoint.WebPartPage.Document">'
    h = doc(title, head, body)
    meta = art(url="https://%s/tin-tuc/Pages/hoan-thanh-ket-noi-phan-mem-mot-cua-cap-xa.aspx" % host, relevant=True,
               title=title, lead=lead, author=None, published_at="2024-06-26T09:40:00+07:00", date_str=date_str,
               blocks=blocks, credit="Sở TT&TT",
               flags=["sharepoint", "ms-rtestate-field", "placeholdermain", "viewstate", "ngay-dang-seconds",
                      "office-credit-null", "tablerow-caption"])
    return meta, h


# 15 Liferay TV station ---------------------------------------------------------------------------
def p15(rng):
    host = "truyenhinhlamson.example.vn"
    title = "Lâm Sơn đưa vào vận hành bản đồ số du lịch tích hợp thuyết minh tự động"
    lead = ("Du khách chỉ cần quét mã QR tại các điểm đến là có thể nghe thuyết minh bằng bốn thứ tiếng, xem đường đi và "
            "đặt dịch vụ lưu trú ngay trên điện thoại.")
    hand = [
        ("p", "Bản đồ số du lịch do Sở Văn hóa, Thể thao và Du lịch phối hợp với một doanh nghiệp công nghệ xây dựng, hiện "
            "đã cập "
              "nhật 214 điểm tham quan, 530 cơ sở lưu trú và hơn 300 nhà hàng, điểm mua sắm trên địa bàn tỉnh."),
        ("img", "Du khách quét mã QR để nghe thuyết minh tự động tại khu di tích."),
        ("p", "Bà Cầm Thị Dung, chủ một homestay ở bản Lác, cho biết từ khi có tên trên bản đồ số, lượng khách đặt phòng "
            "trực tiếp "
              "tăng rõ rệt, nhất là khách nước ngoài tự đi."),
    ]
    blocks = grow(rng, "cds", hand, 280, 470)
    date_str = "Đăng lúc: 06:15 CH, 27/02/2024"
    ymd = (2024, 2, 27)
    body = (
        '<div id="wrapper"><header id="banner" role="banner">%s</header>\n<div id="content"><div class="columns-2" '
        'id="main-content">'
        '<div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">'
        '<div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">\n'
        '<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" '
        'id="p_p_id_101_INSTANCE_tvDetail_"><div class="portlet-body"><div class="asset-full-content">\n'
        '<div class="journal-content-article"><div class="news-detail">\n<h1 class="header-title">%s</h1>\n'
        '<div class="news-info"><span class="news-author">Phóng viên: Trần Khải - Lò Văn Sơn</span> '
        '<span class="news-date">%s</span></div>\n<div class="news-summary"><p>%s</p></div>\n'
        '<div class="news-video"><video controls poster="/documents/poster.jpg"><source src="/documents/tvlamson/ban-do-so.mp4" '
        'type="video/mp4"></video></div>\n<div class="news-content">%s</div></div></div>\n'
        '<div class="asset-links">%s</div></div></div></div></div></div>\n'
        '<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-boundary portlet-boundary_101_">'
        '%s</div><div class="portlet-boundary">%s</div></div></div></div></div>%s</div>'
        % (C.menu(host, "nav"), E(title), date_str, E(lead), render(blocks, rng=rng),
           C.side_list(rng, host, "Tin liên quan", 6, ymd, style=0), C.side_list(rng, host, "Bản tin thời sự", 8, ymd, style=1),
           C.side_list(rng, host, "Tin mới", 10, ymd, style=0),
           C.footer("Đài Phát thanh và Truyền hình Lâm Sơn", "Số 25 đường 30/4, TP. Lâm Sơn", "0214 3866 699")))
    head = ('<meta content="text/html; charset=UTF-8" http-equiv="content-type"><script>var Liferay={ThemeDisplay:'
            '{getLayoutId:function(){return "14";}}};</script>')
    h = doc(title + " - Đài PT-TH Lâm Sơn", head, body)
    meta = art(url="https://%s/web/guest/tin-tuc/-/asset_publisher/tvDetail/content/lam-son-ban-do-so-du-lich" % host,
               relevant=True, title=title, lead=lead, author="Trần Khải, Lò Văn Sơn", published_at="2024-02-27T18:15+07:00",
               date_str=date_str, blocks=blocks, credit="Phóng viên: Trần Khải - Lò Văn Sơn",
               flags=["liferay", "portlet-boundary", "journal-content-article", "broadcaster", "12h-ch", "dang-luc",
                      "phong-vien", "two-authors-dash", "html5-video"])
    return meta, h


# 16 DNN brief ------------------------------------------------------------------------------------
def p16(rng):
    host = "kinhtethitruongtuan.example.vn"
    title = "Doanh thu bán hàng qua livestream của hộ sản xuất OCOP tăng mạnh"
    lead = "Quý IV vừa qua, nhiều hộ sản xuất sản phẩm OCOP đã chuyển sang bán hàng qua livestream với doanh thu tăng gấp ba."
    blocks = [
        ("p", "Theo Sở Công Thương, 146 cơ sở sản xuất sản phẩm OCOP của tỉnh đã tham gia các phiên bán hàng trực tuyến do ngành "
              "tổ chức, với tổng doanh thu gần 19 tỷ đồng. Các mặt hàng bán chạy nhất là miến dong, chè búp và mật ong rừng."),
        ("p", "Nhiều chủ cơ sở cho biết chi phí bán hàng qua livestream thấp hơn so với thuê gian hàng hội chợ, trong khi có thể "
              "tiếp cận khách ở xa. Tuy vậy, khâu đóng gói và vận chuyển vẫn là điểm yếu khiến tỷ lệ hoàn hàng còn cao."),
        ("p", "Năm nay, ngành công thương dự kiến mở thêm các lớp tập huấn kỹ năng bán hàng trực tuyến cho chủ thể OCOP."),
    ]
    date_str = "10/01/2024 11:20 (GMT+07:00)"
    ymd = (2024, 1, 10)
    vs = C.viewstate(rng, 5000)
    body = (
        '<form method="post" action="/tin-tuc/ArticleID/3321" id="Form" enctype="multipart/form-data">'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />\n'
        '<div id="dnn_ContentPane_Header" class="header">%s</div>\n<div class="dnnBreadcrumb"><span '
        'id="dnn_dnnBreadcrumb_lblBreadCrumb">'
        '<a href="/" class="breadcrumbLink">Trang chủ</a> › <a href="/kinh-te" class="breadcrumbLink">Kinh tế</a></span></div>\n'
        '<div class="row"><div id="dnn_ContentPane" class="col-md-8 DNNEmptyPane"><div class="DnnModule DnnModule-EasyDNNnews '
        'DnnModule-3321"><a name="3321"></a><div id="dnn_ctr3321_ContentPane">'
        '<div id="dnn_ctr3321_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">\n<div class="eds_news_Ozone">'
        '<h1 class="edn_articleTitle">%s</h1>\n<div class="edn_metaDetails"><span class="edn_author">Nhóm PV</span> '
        '<time class="edn_date">%s</time></div>\n<div class="edn_articleSummary"><p>%s</p></div>\n'
        '<div class="edn_articleContent">%s</div></div></div></div></div></div>\n'
        '<div id="dnn_RightPane" class="col-md-4"><div class="DnnModule"><div id="dnn_ctr3340_ContentPane">%s</div></div>'
        '<div class="DnnModule"><div id="dnn_ctr3341_ContentPane">%s</div></div></div></div>%s</form>'
        % (vs, C.menu(host), E(title), date_str, E(lead), render(blocks, rng=rng),
           C.side_list(rng, host, "Tin mới nhất", 12, ymd, style=0), C.side_list(rng, host, "Tiêu điểm", 8, ymd, style=2),
           C.footer("Tuần báo Kinh tế và Thị trường", "Số 91 Trần Quốc Toản, Hà Nội", "024 3942 5588")))
    head = '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke"><meta property="og:type" content="article">'
    h = doc(title + " > Tin tức", head, body)
    meta = art(url="https://%s/tin-tuc/ArticleID/3321/doanh-thu-ban-hang-qua-livestream-ocop-tang-manh" % host,
               relevant=True, title=title, lead=lead, author="Nhóm PV", published_at="2024-01-10T11:20+07:00",
               date_str=date_str, blocks=blocks, kind="brief",
               flags=["dnn", "dnn-ctr-panes", "easydnnnews", "brief", "gmt-0700", "nhom-pv-author", "viewstate"])
    return meta, h


# 17 science magazine, modified below ----------------------------------------------------------------
def p17(rng):
    host = "tapchikhoahocdoisong.example.vn"
    title = "Trí tuệ nhân tạo đọc phim X-quang: trợ thủ mới của bác sĩ tuyến tỉnh"
    lead = ("Phần mềm trí tuệ nhân tạo hỗ trợ đọc phim X-quang ngực đang được thử nghiệm tại bốn bệnh viện tuyến tỉnh, giúp "
            "phát hiện sớm các tổn thương phổi.")
    hand = [
        ("p", "Hệ thống được huấn luyện trên hàng trăm nghìn phim chụp đã được chuyên gia chẩn đoán hình ảnh gán nhãn. Khi "
            "bác sĩ "
              "mở phim, phần mềm tự khoanh vùng các điểm nghi ngờ và đưa ra mức độ cảnh báo."),
        ("h", "Không thay thế bác sĩ"),
        ("p", "Các chuyên gia nhấn mạnh phần mềm chỉ đóng vai trò gợi ý, quyết định chẩn đoán cuối cùng vẫn thuộc về bác sĩ. "
            "Việc "
              "ứng dụng cũng cần đi kèm quy định về bảo vệ dữ liệu cá nhân của người bệnh."),
        ("table", [["Tiêu chí", "Đọc thường quy", "Có hỗ trợ AI"],
                   ["Thời gian đọc trung bình mỗi phim", "4 phút", "2,5 phút"],
                   ["Tỷ lệ bỏ sót tổn thương nhỏ", "7,1%", "3,4%"]]),
    ]
    blocks = grow(rng, "cds", hand, 300, 520)
    date_str = "09/05/2024, 10:12"
    ymd = (2024, 5, 9)
    body = (
        '<div class="site-header">%s</div>\n<div class="container main"><div class="breadcrumb-wrap"><a href="/">Trang chủ</a> / '
        '<a href="/cong-nghe">Công nghệ</a></div>\n<div class="row"><div class="col-lg-8"><article class="post-detail">'
        '<h1 class="post-title">%s</h1>\n<div class="post-meta"><i class="icon-clock"></i> %s</div>\n'
        '<div class="post-summary">%s</div>\n<div class="post-content">%s</div>\n'
        '<div class="post-author"><p>Tác giả: TS. Đỗ Minh Khuê</p></div>\n'
        '<div class="post-updated"><em>Ngày cập nhật: 11/05/2024 16:00</em></div>\n%s%s</article></div>\n'
        '<div class="col-lg-4">%s%s</div></div></div>%s'
        % (C.menu(host), E(title), date_str, E(lead), render(blocks, rng=rng), C.share_bar(),
           C.tags(["trí tuệ nhân tạo", "y tế số", "chẩn đoán hình ảnh"]), C.side_list(rng, host, "Bài mới", 10, ymd, style=0),
           C.side_list(rng, host, "Xem nhiều", 8, ymd, style=0),
           C.footer("Tạp chí Khoa học và Đời sống Số", "Số 70 Trần Hưng Đạo, Hà Nội", "024 3822 7799")))
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"%s",'
          '"author":{"@type":"Person","name":"Đỗ Minh Khuê"},"dateModified":"2024-05-11T16:00:00+07:00"}</script>' % title)
    h = doc(title, ld, body)
    meta = art(url="https://%s/cong-nghe/tri-tue-nhan-tao-doc-phim-x-quang-t1902.html" % host, relevant=True, title=title,
               lead=lead, author="Đỗ Minh Khuê", published_at="2024-05-09T10:12+07:00", date_str=date_str, blocks=blocks,
               flags=["magazine", "modified-date-below-body", "academic-title", "tac-gia-below-body", "date-comma-time",
                      "jsonld-modified-only", "table-in-body"])
    return meta, h


# 18 agency detail, caption rows, lúc -------------------------------------------------------------------
def p18(rng):
    host = "thongtanxavung.example.vn"
    title = "Lớp học điện thoại thông minh của những người ngoài bảy mươi"
    lead = ("Mỗi sáng Chủ nhật, căn phòng nhỏ của hội người cao tuổi phường lại rộn tiếng cười khi các cụ cùng nhau học gọi "
            "video, chuyển khoản và nhận diện tin nhắn lừa đảo.")
    hand = [
        ("p", "Lớp học do Đoàn Thanh niên phường phối hợp với Hội Người cao tuổi mở từ đầu năm. Mỗi khóa kéo dài sáu buổi, mỗi "
              "buổi chỉ tập trung vào một kỹ năng để các cụ dễ nhớ."),
        ("img", "Đoàn viên thanh niên hướng dẫn người cao tuổi gọi video cho con cháu ở xa."),
        ("p", "Cụ Trương Văn Bảy, 78 tuổi, cho biết trước đây mỗi lần nhận lương hưu đều phải nhờ con cháu. Giờ cụ đã tự "
            "kiểm tra "
              "được tài khoản và biết cách từ chối những cuộc gọi lạ tự xưng là cán bộ ngân hàng."),
        ("img", "Một buổi học về nhận diện tin nhắn lừa đảo."),
    ]
    blocks = grow(rng, "cds", hand, 270, 460)
    date_str = "Chủ nhật, 28/07/2024 lúc 14:05"
    ymd = (2024, 7, 28)
    body = (
        '<div id="header">%s</div>\n<div class="wrap"><div class="breadcrumb"><a href="/">Trang chủ</a> › '
        '<a href="/xa-hoi">Xã hội</a></div><div class="main-left">\n<div class="details">\n'
        '<div class="details__meta"><span class="time">%s</span></div>\n<h1 class="details__headline">%s</h1>\n'
        '<div class="details__summary"><b>%s</b></div>\n<div class="details__content">%s\n'
        '<p class="author" style="text-align:right"><strong>Văn Toàn - Thu Hằng (TTXVN)</strong></p></div>\n'
        '%s%s</div></div><div class="main-right">%s%s%s</div></div>%s'
        % (C.menu(host, "menu"), date_str, E(title), E(lead), render(blocks, rng=rng, fig="tablecap"), C.share_bar(),
           C.tags(["người cao tuổi", "kỹ năng số", "xã hội số"]), C.side_list(rng, host, "Tin mới", 12, ymd, style=1),
           C.ads(rng, 2), C.side_list(rng, host, "Ảnh", 5, ymd, style=2),
           C.footer("Thông tấn xã Vùng", "Số 79 Lý Thường Kiệt, TP. Hồ Chí Minh", "028 3822 6666")))
    head = ('<meta property="og:type" content="article"><meta itemprop="datePublished" content="2024-07-28T14:05:00+07:00">')
    h = doc(title + " | Thông tấn xã Vùng", head, body)
    meta = art(url="https://%s/xa-hoi/lop-hoc-dien-thoai-thong-minh-cua-nhung-nguoi-ngoai-bay-muoi-20240728140512.htm" % host,
               relevant=True, title=title, lead=lead, author="Văn Toàn, Thu Hằng", published_at="2024-07-28T14:05+07:00",
               date_str=date_str, blocks=blocks, credit="Văn Toàn - Thu Hằng (TTXVN)",
               flags=["news-agency", "weekday-chu-nhat", "date-luc-time", "date-above-title", "two-authors-dash-agency",
                      "tablerow-caption"])
    return meta, h


# 19 union daily, bold sapo inside body, ngày tháng năm -------------------------------------------------
def p19(rng):
    host = "laodongcongdoan.example.vn"
    title = "Công nhân khu công nghiệp tự tra cứu quá trình đóng bảo hiểm trên điện thoại"
    lead = ("Sau các buổi hướng dẫn tại nhà máy, hơn 9.000 công nhân ở khu công nghiệp Tân Phú Đông đã cài đặt ứng dụng bảo "
            "hiểm xã hội số, chủ động kiểm tra việc đóng bảo hiểm của doanh nghiệp.")
    hand = [
        ("p", "Chị Nông Thị Huyền, công nhân một công ty điện tử, cho biết trước đây chị không biết công ty có đóng bảo hiểm đầy "
              "đủ hay không. Nay chỉ cần mở ứng dụng, chị thấy rõ từng tháng đóng và mức lương làm căn cứ."),
        ("p", "Công đoàn khu công nghiệp cho biết nhờ công nhân tự tra cứu, đã phát hiện ba doanh nghiệp chậm đóng bảo hiểm và "
              "kịp thời kiến nghị cơ quan chức năng đôn đốc."),
        ("img", "Cán bộ công đoàn hướng dẫn công nhân cài đặt ứng dụng bảo hiểm xã hội số."),
    ]
    blocks = grow(rng, "cds", hand, 260, 440)
    date_str = "14:20, ngày 30 tháng 08 năm 2024"
    ymd = (2024, 8, 30)
    body = (
        '<div class="header-top">%s</div>\n<div class="content-wrap"><div class="crumb"><a href="/">Trang chủ</a> » '
        '<a href="/cong-doan">Công đoàn</a></div><div class="col-main">\n<div class="article-header"><h1 '
        'class="art-title">%s</h1>'
        '<p class="art-date">Thời gian đăng: %s</p></div>\n<div class="art-content" id="content_detail">'
        '<p><strong>%s</strong></p>\n%s\n<p style="text-align:right"><em><strong>Lan Phương, Hữu Đạt, Kim Oanh</strong></em></p>'
        '</div>\n%s%s%s</div><div class="col-side">%s%s</div></div>%s%s'
        % (C.menu(host), E(title), date_str, E(lead), render(blocks, rng=rng), C.share_bar(),
           C.tags(["bảo hiểm xã hội", "công nhân", "VssID"]), C.comments(rng, 3),
           C.side_list(rng, host, "Tin mới", 10, ymd, style=0), C.side_list(rng, host, "Đọc nhiều", 8, ymd, style=1),
           C.cookie(), C.footer("Báo Lao Động Công Đoàn", "Số 6 Phạm Văn Bạch, Hà Nội", "024 3825 2441")))
    head = ('<meta property="og:type" content="article"><meta property="article:published_time" '
            'content="2024-08-29T07:20:00+07:00">')
    h = doc(title, head, body)
    meta = art(url="https://%s/cong-doan/cong-nhan-tu-tra-cuu-qua-trinh-dong-bao-hiem-1187342.ldo" % host, relevant=True,
               title=title, lead=lead, author="Lan Phương, Hữu Đạt, Kim Oanh", published_at="2024-08-30T14:20+07:00",
               date_str=date_str, blocks=blocks,
               flags=["bold-sapo-in-body", "ngay-thang-nam", "thoi-gian-dang", "three-authors", "right-italic-author",
                      "stale-meta-date"])
    return meta, h


# Non-articles --------------------------------------------------------------------------------------
def teasers(rng, host, n, topic="cds", dated=True, ymd=(2024, 11, 5)):
    titles = rng.sample(SIDEBAR_TITLES, min(n, len(SIDEBAR_TITLES)))
    sents = sentences(topic, rng, n + 2)
    out = []
    for i, t in enumerate(titles):
        y, m, d = ymd
        dd = "%02d/%02d/%04d %02d:%02d" % (max(1, d - i % 5), m, y, 7 + i % 12, (i * 7) % 60)
        out.append('<div class="story-item"><a class="thumb" href="https://%s/%s-%d.html"><img src="/thumb/%d.jpg" alt=""></a>'
                   '<h3 class="story-title"><a href="https://%s/%s-%d.html">%s</a></h3>%s<p class="story-sapo">%s</p></div>'
                   % (host, C.slug(t), 5000 + i, i, host, C.slug(t), 5000 + i, E(t),
                      '<span class="story-time">%s</span>' % dd if dated else "", E(sents[i % len(sents)])))
    return "\n".join(out)


def non(url, flags):
    return dict(is_article=False, url=url, flags=flags)


def n20(rng):
    host = "baotinhquangbac.example.vn"
    ymd = (2024, 11, 5)
    body = (
        '<header class="header"><div class="today">Thứ ba, 05/11/2024</div><div class="weather">Quảng Bắc 24°C</div>%s</header>\n'
        '<main class="home"><section class="hot-news"><div class="story-lead"><h2 class="story-title"><a '
        'href="/chinh-tri/x.html">'
        'Khai mạc kỳ họp thứ 22 Hội đồng nhân dân tỉnh khóa XVIII</a></h2><p class="story-sapo">%s</p></div>%s</section>\n'
        '<section class="cate-block"><h2><a href="/chuyen-doi-so">Chuyển đổi số</a></h2>%s</section>\n'
        '<section class="cate-block"><h2><a href="/nong-nghiep">Nông nghiệp</a></h2>%s</section>\n'
        '<section class="cate-block"><h2><a href="/video">Video</a></h2>%s</section>\n'
        '<aside>%s%s%s</aside></main>%s%s'
        % (C.menu(host, "main-nav mega-menu"), E(" ".join(sentences("cds", rng, 2))), teasers(rng, host, 6, ymd=ymd),
           teasers(rng, host, 8, ymd=ymd), teasers(rng, host, 8, "agri", ymd=ymd), teasers(rng, host, 4, "culture", False, ymd),
           C.side_list(rng, host, "Tin mới", 12, ymd), C.side_list(rng, host, "Xem nhiều", 10, ymd, style=1), C.ads(rng, 4),
           C.cookie(), C.footer("Báo Quảng Bắc", "Số 20 đường Lê Duẩn, TP. Quảng Bắc", "0232 3822 540")))
    h = doc("Báo Quảng Bắc - Tin tức mới nhất, tin nhanh Quảng Bắc", '<meta property="og:type" content="website">', body)
    return non("https://%s/" % host, ["home-page", "mega-menu", "many-teasers"]), h


def n21(rng):
    host = "baodientukinhbac.example.vn"
    ymd = (2024, 9, 20)
    intro = " ".join(sentences("cds", rng, 6))
    body = (
        '<header>%s</header>\n<div class="breadcrumb"><a href="/">Trang chủ</a> › <span>Chuyển đổi số</span></div>\n'
        '<main class="category-page"><div class="cat-header"><h1 class="cat-title">Chuyển đổi số</h1>\n'
        '<div class="cat-intro"><p>Chuyên mục Chuyển đổi số phản ánh toàn diện tiến trình xây dựng chính quyền số, kinh tế số và '
        'xã hội số của tỉnh Kinh Bắc, cập nhật chính sách, mô hình hay và những câu chuyện của người dân trên hành trình số.</p>'
        '<p>%s</p></div></div>\n<div class="cat-list">%s</div>\n'
        '<div class="paging"><a href="?page=1" class="active">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> '
        '<a href="?page=2">Trang sau »</a></div></main>\n<aside>%s%s</aside>%s'
        % (C.menu(host), E(intro), teasers(rng, host, 18, ymd=ymd), C.side_list(rng, host, "Xem nhiều", 10, ymd),
           C.ads(rng, 3), C.footer("Báo điện tử Kinh Bắc", "Số 11 Nguyễn Đăng Đạo, TP. Kinh Bắc", "0222 3822 100")))
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="Chuyển đổi số">'
            '<meta name="description" content="%s">' % E(intro[:150]))
    h = doc("Chuyển đổi số - Báo điện tử Kinh Bắc", head, body)
    return non("https://%s/chuyen-doi-so/" % host, ["section-listing", "long-intro", "og-type-article", "pagination"]), h


def n22(rng):
    host = "baohaiduong-moi.example.vn"
    ymd = (2024, 12, 2)
    res = []
    titles = rng.sample(SIDEBAR_TITLES, 15)
    sents = sentences("cds", rng, 15)
    for i, t in enumerate(titles):
        res.append('<li class="search-item"><h3><a href="https://%s/%s-%d.html">%s</a></h3><span '
            'class="date">%02d/%02d/2024</span>'
                   '<p>... %s ...</p></li>' % (host, C.slug(t), 800 + i, E(t), 1 + i, 1 + i % 12,
                                                E(sents[i]).replace("chuyển đổi số", "<b>chuyển đổi số</b>")))
    body = (
        '<header>%s</header>\n<main class="search-page"><h1>Kết quả tìm kiếm</h1><form class="search-form" action="/tim-kiem">'
        '<input type="text" name="q" value="chuyển đổi số"><button>Tìm</button></form>\n'
        '<p class="search-summary">Tìm thấy 1.284 kết quả cho từ khóa “chuyển đổi số”</p><ul class="search-results">%s</ul>'
        '<div class="paging"><a href="#">1</a> <a href="#">2</a> <a href="#">3</a></div></main>\n<aside>%s</aside>%s'
        % (C.menu(host), "\n".join(res), C.side_list(rng, host, "Tin mới", 10, ymd),
           C.footer("Báo Hải Dương Mới", "Số 2 Bạch Đằng, TP. Hải Dương Mới", "0220 3852 789")))
    h = doc("Tìm kiếm: chuyển đổi số - Báo Hải Dương Mới", '<meta name="robots" content="noindex">', body)
    return non("https://%s/tim-kiem?q=chuy%%E1%%BB%%83n+%%C4%%91%%E1%%BB%%95i+s%%E1%%BB%%91" % host,
               ["search-results", "keyword-highlight", "noindex"]), h


def n23(rng):
    host = "ptthtaynguyenxanh.example.vn"
    ymd = (2024, 4, 1)
    paras = [
        "Đài Phát thanh và Truyền hình Tây Nguyên Xanh được thành lập năm 1976, tiền thân là Đài Phát thanh tỉnh, với nhiệm vụ "
        "tuyên truyền đường lối của Đảng, chính sách, pháp luật của Nhà nước và phản ánh đời sống của đồng bào các dân tộc.",
        "Hiện nay Đài phát sóng hai kênh truyền hình, một kênh phát thanh và trang thông tin điện tử tổng hợp, sản xuất chương "
        "trình bằng tiếng Việt và ba thứ tiếng dân tộc thiểu số. Đội ngũ gồm 186 cán bộ, viên chức, phóng viên, biên tập viên và "
        "kỹ thuật viên.",
        "Trong những năm gần đây, Đài đẩy mạnh chuyển đổi số trong sản xuất nội dung, xây dựng tòa soạn hội tụ và phát triển các "
        "nền tảng số như ứng dụng di động, kênh video trực tuyến và podcast.",
    ] + sentences("culture", rng, 4)
    body = (
        '<header>%s</header>\n<div class="breadcrumb"><a href="/">Trang chủ</a> › Giới thiệu</div>\n<main class="about-page">'
        '<h1 class="page-title">Giới thiệu Đài Phát thanh và Truyền hình Tây Nguyên Xanh</h1>\n<div class="about-content">%s'
        '<h2>Ban Giám đốc</h2><ul><li>Giám đốc: Y Bhăm Niê</li><li>Phó Giám đốc: Trần Thị Hạnh</li><li>Phó Giám đốc: Lê '
        'Quang Minh'
        '</li></ul><h2>Liên hệ</h2><p>Địa chỉ: Số 48 đường Phan Bội Châu, TP. Tây Nguyên Xanh. Điện thoại: 0262 3852 600. '
        'Đường dây nóng: 0905 111 222.</p></div>\n<div class="about-updated">Cập nhật: 01/04/2024 08:00</div></main>\n'
        '<aside>%s%s</aside>%s'
        % (C.menu(host), "".join("<p>%s</p>" % E(p) for p in paras), C.side_list(rng, host, "Tin mới", 10, ymd),
           C.side_list(rng, host, "Lịch phát sóng", 6, ymd, style=1),
           C.footer("Đài Phát thanh và Truyền hình Tây Nguyên "
               "Xanh", "Số 48 Phan Bội Châu, TP. Tây Nguyên "
               "Xanh", "0262 3852 600")))
    h = doc("Giới thiệu - Đài PT-TH Tây Nguyên Xanh", '<meta property="og:type" content="article">', body)
    return non("https://%s/gioi-thieu.html" % host, ["about-page", "gioi-thieu", "cap-nhat-date", "og-type-article"]), h


def n24(rng):
    host = "baobinhphuocnam.example.vn"
    ymd = (2025, 2, 14)
    body = (
        '<header>%s</header>\n<main class="page-404"><div class="breadcrumb"><a href="/">Trang chủ</a></div>'
        '<h1 class="title-404">Không tìm thấy trang bạn yêu cầu</h1>\n<div class="content-404"><p>Đường dẫn có thể đã bị '
        'thay đổi '
        'hoặc bài viết đã được gỡ bỏ. Mời bạn quay lại trang chủ hoặc sử dụng chức năng tìm kiếm để tìm nội dung cần xem.</p>'
        '<form action="/tim-kiem"><input type="text" name="q" placeholder="Nhập từ khóa"><button>Tìm kiếm</button></form>'
        '<p><a href="/">« Về trang chủ</a></p></div>\n<section class="suggest"><h2>Có thể bạn quan tâm</h2>%s</section></main>\n'
        '<aside>%s%s</aside>%s%s'
        % (C.menu(host), teasers(rng, host, 10, ymd=ymd), C.side_list(rng, host, "Tin mới", 10, ymd),
           C.side_list(rng, host, "Xem nhiều", 8, ymd, style=1), C.cookie(),
           C.footer("Báo Bình Phước Nam", "Số 5 đường Trần Hưng Đạo, TP. Bình Phước Nam", "0271 3879 123")))
    h = doc("Không tìm thấy trang - Báo Bình Phước Nam", '<meta name="robots" content="noindex">', body)
    return non("https://%s/xa-hoi/bai-viet-khong-ton-tai-99887.html" % host, ["soft-404", "full-chrome", "served-200"]), h
