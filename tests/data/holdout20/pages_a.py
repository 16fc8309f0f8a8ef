"""Articles 1-7."""
from common import E, footer, menu, render, rng, side_box, text_of, viewstate
from shell import doc


def p01():
    t = "sp2010-ubnd-tinh-publishing-seconds"
    title = "Tỉnh Bình Sơn đưa toàn bộ hồ sơ công việc cấp tỉnh lên môi trường mạng"
    lead = ("Từ ngày 1/6, 100% hồ sơ công việc tại các sở, ban, ngành cấp tỉnh được xử lý trên hệ thống quản lý "
            "văn bản và điều hành, trừ các văn bản thuộc danh mục bí mật nhà nước.")
    blocks = [
        ("p", "Thông tin được Văn phòng UBND tỉnh Bình Sơn đưa ra tại buổi làm việc với Sở Khoa học và Công nghệ "
              "về tiến độ triển khai Đề án chính quyền số giai đoạn 2024 - 2026. Theo báo cáo, hệ thống quản lý "
              "văn bản dùng chung hiện kết nối với 38 cơ quan cấp tỉnh và 11 huyện, thành phố."),
        ("p", "Trong bốn tháng đầu năm, toàn tỉnh đã gửi nhận hơn 412.000 văn bản điện tử có ký số, tăng gần 30% "
              "so với cùng kỳ năm trước. Thời gian chuyển văn bản từ cấp tỉnh xuống cấp xã giảm từ hai ngày "
              "xuống còn vài phút."),
        ("img", "Cán bộ Bộ phận một cửa tỉnh Bình Sơn tiếp nhận hồ sơ trực tuyến.", "table"),
        ("h", "Chữ ký số là điều kiện bắt buộc"),
        ("p", "Lãnh đạo Văn phòng UBND tỉnh cho biết, kể từ quý III, mọi văn bản đi của cơ quan hành chính phải "
              "được ký số trước khi phát hành. Các đơn vị chưa cấp đủ chứng thư số cho lãnh đạo phòng cần hoàn "
              "thành trước ngày 30/6."),
        ("p", "Sở Khoa học và Công nghệ được giao rà soát lại hạ tầng mạng truyền số liệu chuyên dùng, bảo đảm "
              "đường truyền dự phòng cho các huyện miền núi thường xuyên bị gián đoạn trong mùa mưa bão."),
        ("ul", ["Hoàn thành cấp chứng thư số cho 100% lãnh đạo cấp phòng trước 30/6;",
                "Số hóa hồ sơ lưu trữ giai đoạn 2015 - 2020 trong năm nay;",
                "Kết nối hệ thống văn bản với Trục liên thông văn bản quốc gia;",
                "Báo cáo kết quả hằng tháng về Văn phòng UBND tỉnh."]),
        ("p", "Phó Chủ tịch UBND tỉnh đề nghị người đứng đầu các cơ quan trực tiếp kiểm tra việc xử lý hồ sơ "
              "trên mạng, không để tình trạng vừa xử lý giấy vừa xử lý điện tử kéo dài gây lãng phí."),
    ]
    author = "Hoàng Thu Trang"
    date_str = "Ngày đăng: 23/05/2024 10:47:12"
    r = rng(1)
    vs = viewstate(101, 9000)
    body = """<form method="post" action="/Pages/tin-tuc.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-top"><img src="/PublishingImages/logo.png" alt="Cổng thông tin điện tử tỉnh Bình Sơn">
<span class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH SƠN</span></div>
<div class="topmenu">%s</div>
<div class="breadcrumb">
<a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt; <span>Chính quyền số</span></div>
<table width="100%%"><tr><td valign="top" class="left-col" width="220">%s%s</td>
<td valign="top"><div id="ctl00_PlaceHolderMain_pnlContent" class="news-detail">
<div class="ms-webpart-zone"><h1 class="title-news">%s</h1>
<div class="date-news">%s</div>
<div class="sapo-news"><strong>%s</strong></div>
<div class="ms-rtestate-field" id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField">%s</div>
<div class="author-news" style="text-align:right"><b>Tác giả: %s</b></div>
<div class="tool-news">
<a href="javascript:window.print()">In trang</a> | <a href="mailto:?">Gửi email</a> | <a href="#">Về đầu trang</a></div>
<div class="other-news">%s</div></div></div></td>
<td valign="top" width="240">%s</td></tr></table>
%s</div></div></form>""" % (vs, menu("ms-topnav"), side_box(r, "Thông báo", 6), side_box(r, "Lịch công tác", 5, dated=False),
                             E(title), date_str, E(lead), render(blocks), author,
                             side_box(r, "Tin liên quan", 8, cls="related"), side_box(r, "Tin mới", 10),
                             footer("Văn phòng UBND tỉnh Bình Sơn", "Số 2 Trần Hưng Đạo, phường Trung Tâm, tỉnh Bình Sơn",
                                    "0237.3852.111"))
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint">\n<link rel="stylesheet" href="/_layouts/1033/styles/'
            'Themable/corev4.css">')
    return dict(n=1, template=t, url="https://%s.example.vn/Pages/tinh-dua-ho-so-len-moi-truong-mang-1190.aspx" % t,
                flags=["sharepoint-2010", "aspnetform-viewstate", "seconds", "sapo-element", "image-caption-table-row",
                       "list", "right-aligned-author"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2024-05-23T10:47:12+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title + " - Cổng TTĐT tỉnh Bình Sơn", head, body, 1))


def p02():
    t = "dnn-so-khcn-ctr-sa-clock"
    title = "Sở Khoa học và Công nghệ tập huấn kỹ năng số cho tổ công nghệ số cộng đồng"
    lead = ("Hơn 260 thành viên tổ công nghệ số cộng đồng của 24 xã, phường được hướng dẫn cài đặt ứng dụng định danh "
            "điện tử, thanh toán không dùng tiền mặt và nhận diện tin nhắn lừa đảo.")
    blocks = [
        ("p", "Lớp tập huấn kéo dài hai ngày, chia thành bốn ca để các thành viên ở xa có thể tham gia. Giảng viên là "
              "cán bộ kỹ thuật của Trung tâm Chuyển đổi số tỉnh và các doanh nghiệp viễn thông trên địa bàn."),
        ("p", "Nội dung được thiết kế theo dạng cầm tay chỉ việc. Mỗi học viên mang theo điện thoại của mình, thực hành "
              "ngay trên máy từ khâu tạo tài khoản, nộp hồ sơ đến tra cứu kết quả giải quyết thủ tục."),
        ("img", "Học viên thực hành nộp hồ sơ trực tuyến trên điện thoại.", "em"),
        ("p", "Bà Lý Thị Ngân, tổ trưởng tổ công nghệ số thôn Nà Lìa, chia sẻ rằng nhiều người cao tuổi trong thôn "
              "vẫn ngại dùng điện thoại để làm giấy tờ. Sau lớp học, tổ sẽ đến từng nhà để hướng dẫn lại."),
        ("quote", "Chúng tôi muốn mỗi tổ công nghệ số trở thành người bạn đồng hành của bà con chứ không chỉ là "
                  "người phát tờ rơi."),
        ("p", "Theo kế hoạch, trong quý III, Sở sẽ tổ chức thêm sáu lớp tương tự tại các huyện vùng cao, đồng thời "
              "biên soạn sổ tay hỏi đáp bằng tiếng dân tộc Tày và Mông để phát cho các tổ."),
        ("table", [["Nội dung", "Số học viên", "Tỷ lệ đạt"],
                   ["Định danh điện tử mức 2", "262", "96%"],
                   ["Thanh toán trực tuyến", "255", "91%"],
                   ["Nhận diện lừa đảo", "262", "99%"]]),
    ]
    author = "Lê Văn Khải"
    date_str = "09:15 SA, 12/03/2025"
    r = rng(2)
    body = """<div id="dnn_ContentPane" class="DNNContainer">
<div class="skin-header"><div class="logo">SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH CAO LÂM</div>%s</div>
<div class="dnnBreadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <span>Chuyển đổi số</span></div>
<div class="row"><div class="col-md-8" id="dnn_LeftPane">
<div class="DnnModule DnnModule-NewsArticles DnnModule-1422"><a name="1422"></a>
<div id="dnn_ctr1422_ContentPane"><div id="dnn_ctr1422_ModuleContent" class="DNNModuleContent ModNewsArticlesC">
<div class="article-view"><h1 class="article-title">%s</h1>
<div class="article-meta"><span class="article-date">%s</span> <span class="article-views">Lượt xem: 1.284</span></div>
<div class="article-summary"><p><b>%s</b></p></div>
<div class="article-body" id="dnn_ctr1422_ViewArticle_pnlContent">%s
<p><strong>Phóng viên: %s</strong></p></div>
<div class="article-tags">Từ khóa: <a href="/tag/ky-nang-so">kỹ năng số</a>, <a href="/tag/to-cnsc">tổ công nghệ số</a></div>
<div class="article-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
</div></div></div></div>
<div class="DnnModule DnnModule-1423"><div id="dnn_ctr1423_ContentPane">%s</div></div>
</div><div class="col-md-4" id="dnn_RightPane"><div id="dnn_ctr1430_ContentPane">%s</div>
<div id="dnn_ctr1431_ContentPane">%s</div></div></div>
%s</div>""" % (menu("dnnMenu"), E(title), date_str, E(lead), render(blocks), author,
                side_box(r, "Các tin khác", 10, cls="other"), side_box(r, "Tin mới", 8), side_box(r, "Xem nhiều", 8),
                footer("Sở Khoa học và Công nghệ tỉnh Cao Lâm", "Số 18 đường Hoàng Văn Thụ, phường Đề Thám", "0206.385.2210"))
    return dict(n=2, template=t, url="https://%s.example.vn/tin-tuc/chuyen-doi-so/ArticleID/5521/tap-huan-ky-nang-so" % t,
                flags=["dotnetnuke", "sa-ch-clock", "time-before-date", "bold-author-last-line", "table", "quote",
                       "caption-em-paragraph"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2025-03-12T09:15+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title, '<meta name="generator" content="DotNetNuke">', body, 2))


def p03():
    t = "liferay6-journal-weekday-2012"
    title = "Huyện Tam Nông khai trương Bộ phận tiếp nhận và trả kết quả hiện đại"
    lead = ""
    blocks = [
        ("p", "Sáng nay, UBND huyện Tam Nông tổ chức lễ khai trương Bộ phận tiếp nhận và trả kết quả theo cơ chế một "
              "cửa liên thông hiện đại, đặt tại tầng một trụ sở huyện ủy cũ sau khi được cải tạo."),
        ("p", "Bộ phận được trang bị hệ thống lấy số tự động, màn hình tra cứu thủ tục, máy quét hồ sơ và phần mềm "
              "theo dõi tiến độ giải quyết. Người dân có thể nhắn tin để biết hồ sơ của mình đang nằm ở phòng nào."),
        ("p", "Trong giai đoạn đầu, 86 thủ tục thuộc các lĩnh vực đất đai, xây dựng, tư pháp, hộ tịch, đăng ký kinh "
              "doanh và lao động được tiếp nhận tập trung tại đây. Mỗi quầy có một công chức chuyên trách."),
        ("p", "Phát biểu tại buổi lễ, Chủ tịch UBND huyện yêu cầu cán bộ làm việc tại bộ phận phải công khai số điện "
              "thoại đường dây nóng, xin lỗi người dân bằng văn bản khi hồ sơ bị trễ hẹn."),
        ("p", "Kinh phí đầu tư cho bộ phận khoảng 1,9 tỷ đồng từ nguồn ngân sách tỉnh hỗ trợ. Huyện dự kiến năm sau "
              "sẽ mở rộng mô hình xuống năm xã trung tâm cụm."),
        ("p", "Ông Phan Văn Lực, một người dân đến làm thủ tục tách thửa đất, cho biết ông chỉ mất khoảng mười phút "
              "để nộp hồ sơ, không phải chạy qua nhiều phòng như trước."),
        ("p", "Đây là huyện thứ ba trong tỉnh triển khai mô hình một cửa hiện đại, sau thành phố và thị xã."),
    ]
    author = "Trịnh Quang Vinh"
    date_str = "Thứ năm, 20/12/2012 14:30"
    r = rng(3)
    body = """<div id="wrapper" class="container"><header id="banner" role="banner">
<div class="logo-huyen">Cổng thông tin điện tử huyện Tam Nông</div>
<nav class="sort-pages modify-pages" id="navigation">%s</nav></header>
<div id="content"><div class="portlet-layout"><div class="aui-w70 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_xR4k_">
<div class="portlet-body"><div class="journal-content-article" id="article_10157_10180_84412_1.0">
<div class="news-title"><h2>%s</h2></div>
<div class="news-date"><i>%s</i></div>
%s
<p><b>%s</b></p>
</div><div class="taglib-ratings">Đánh giá bài viết</div></div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Lk2b_">
<div class="portlet-body"><div class="asset-publisher">%s</div></div></div>
</div><div class="aui-w30 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-body">%s</div></div>
<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-body">%s</div></div></div></div></div>
<footer id="footer">%s</footer></div>""" % (
        menu("nav"), E(title), date_str, render(blocks), author,
        side_box(r, "Tin cùng chuyên mục", 10, year=2012), side_box(r, "Tin mới", 8, year=2012),
        side_box(r, "Thông báo", 6, year=2012),
        footer("UBND huyện Tam Nông", "Khu 3, thị trấn Hưng Hóa, huyện Tam Nông", "0210.3879.015", year="2012"))
    return dict(n=3, template=t, url="https://%s.example.vn/web/guest/tin-tuc/-/asset_publisher/Lk2b/content/khai-truong-mot-cua"
                % t, flags=["liferay-6", "journal-content", "weekday-prefix", "no-lead", "bold-author-last-line", "2012"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2012-12-20T14:30+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title + " - Huyện Tam Nông", "", body, 3))


def p04():
    t = "liferay7-asset-cap-nhat-gmt7"
    title = "Nông sản vùng cao lên sàn thương mại điện tử: bán được hàng nhưng chưa giữ được khách"
    lead = ("Sau hai năm đưa sản phẩm lên các sàn thương mại điện tử, nhiều hợp tác xã vùng cao đã có đơn hàng "
            "thường xuyên, song khâu đóng gói, vận chuyển và chăm sóc khách hàng vẫn là điểm yếu.")
    blocks = [
        ("p", "Hợp tác xã chè Phìn Hồ hiện có gian hàng trên ba sàn thương mại điện tử lớn. Mỗi tháng, hợp tác xã nhận "
              "khoảng 400 đơn, phần lớn từ Hà Nội và TP Hồ Chí Minh, chiếm gần một phần ba doanh thu."),
        ("p", "Giám đốc hợp tác xã cho biết việc chụp ảnh, viết mô tả sản phẩm được đoàn viên thanh niên của xã hỗ "
              "trợ miễn phí. Khó nhất là trả lời tin nhắn của khách vào buổi tối, khi các thành viên đều đã lên nương."),
        ("rel", ["Cao Lâm hỗ trợ 50 hợp tác xã mở gian hàng trực tuyến",
                 "Thanh toán số ở chợ phiên: khi người bán hàng dùng mã QR"]),
        ("h", "Chi phí vận chuyển chiếm tới 20% giá bán"),
        ("p", "Theo khảo sát của Sở Công Thương, chi phí vận chuyển từ các huyện vùng cao về trung tâm tỉnh cao hơn "
              "khoảng 40% so với vùng thấp. Với những đơn hàng nhỏ dưới 500.000 đồng, phí giao hàng có thể chiếm "
              "tới một phần năm giá trị sản phẩm."),
        ("p", "Nhiều hộ kinh doanh cũng chưa quen với quy trình đổi trả, dẫn tới điểm đánh giá gian hàng bị giảm. "
              "Một số gian hàng bị sàn tạm khóa vì giao hàng chậm quá thời hạn."),
        ("h", "Cần trung tâm đóng gói dùng chung"),
        ("p", "Sở Công Thương đang đề xuất xây dựng hai điểm gom hàng và đóng gói dùng chung đặt tại thị trấn của hai "
              "huyện có nhiều hợp tác xã nhất. Các điểm này sẽ do doanh nghiệp bưu chính vận hành."),
        ("p", "Ngoài ra, tỉnh dự kiến mở lớp đào tạo kỹ năng bán hàng trực tuyến theo hình thức livestream cho khoảng "
              "300 thành viên hợp tác xã trong năm nay, ưu tiên người trẻ và phụ nữ dân tộc thiểu số."),
    ]
    credit = "Theo Đặng Hải Yến (Báo Cao Lâm)"
    author = "Đặng Hải Yến"
    date_str = "Cập nhật lúc 16:05 (GMT+7) ngày 05/06/2025"
    r = rng(4)
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",'
          '"datePublished":"2025-06-05T16:05:00+07:00","publisher":{"@type":"Organization","name":"Sở Công Thương"}}'
          '</script>' % title)
    body = """<div class="portlet-layout row"><header class="site-header">
<div class="brand">SỞ CÔNG THƯƠNG TỈNH CAO LÂM</div><nav class="navbar">%s</nav></header>
<div class="portlet-layout row"><div class="col-md-8 portlet-column" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_"
 id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_wq7T_">
<section class="portlet"><div class="portlet-content"><div class="asset-full-content">
<div class="breadcrumb-news">
<a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/kinh-te-so">Kinh tế số</a></div>
<h3 class="header-title"><span>%s</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">%s</span></div>
<div class="asset-content"><div class="journal-content-article"><p class="sapo"><strong>%s</strong></p>
%s
<p style="text-align:right"><strong>%s</strong></p></div></div>
<div class="asset-ratings">Bạn đánh giá bài viết này thế nào?</div>
<div class="taglib-social-bookmarks"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">In</a></div>
</div></div></section></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_">%s</div>
</div><div class="col-md-4 portlet-column" id="column-2">%s%s</div></div>
%s</div>""" % (menu("nav navbar-nav"), E(title), date_str, E(lead), render(blocks), E(credit),
                side_box(r, "Tin cùng chuyên mục", 10), side_box(r, "Tin mới nhất", 8), side_box(r, "Xem nhiều", 8),
                footer("Sở Công Thương tỉnh Cao Lâm", "Số 5 đường Lê Lợi, phường Đề Thám", "0206.385.7788"))
    return dict(n=4, template=t, url="https://%s.example.vn/web/so-cong-thuong/-/nong-san-vung-cao-len-san-tmdt" % t,
                flags=["liferay-7", "asset-publisher", "cap-nhat-only-date", "gmt-plus-7", "theo-name-outlet",
                       "inline-related", "subheadings", "jsonld-date"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2025-06-05T16:05+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title, ld, body, 4))


def p05():
    t = "nukeviet4-so-nn-bodytext-chieu"
    title = "Nông dân Đông Hưng xuống giống vụ mùa sớm để tránh bão"
    lead = ("Để né đợt mưa bão cuối vụ, các xã vùng trũng của huyện Đông Hưng đã hoàn thành gieo cấy hơn 3.200 ha "
            "lúa mùa sớm khoảng mười ngày so với mọi năm.")
    blocks = [
        ("p", "Theo Phòng Nông nghiệp huyện, cơ cấu giống năm nay ưu tiên các giống ngắn ngày, cứng cây, chịu ngập "
              "như Bắc Thơm 7 cải tiến, Đài Thơm 8 và một số giống lúa lai. Diện tích trà sớm chiếm gần 70%."),
        ("p", "Tại xã Đông Phong, các hợp tác xã dịch vụ nông nghiệp đã điều tiết nước từ đầu tháng, làm đất bằng "
              "máy và tổ chức cấy tập trung theo từng cánh đồng để thuận lợi cho việc phòng trừ sâu bệnh."),
        ("img", "Nông dân xã Đông Phong cấy lúa mùa trên cánh đồng mẫu.", "figure"),
        ("p", "Ông Bùi Văn Hợi, một hộ trồng lúa lâu năm, cho biết gia đình ông cấy 1,2 ha bằng máy cấy thuê của hợp "
              "tác xã. Chi phí mỗi sào khoảng 180.000 đồng nhưng tiết kiệm được nhiều công lao động."),
        ("p", "Ngành nông nghiệp khuyến cáo bà con theo dõi chặt tình hình thời tiết, bón phân cân đối, không bón "
              "thừa đạm để lúa cứng cây. Các trạm bơm tiêu úng phải sẵn sàng vận hành khi có mưa lớn."),
        ("ul", ["Trà sớm: 2.240 ha, thu hoạch dự kiến đầu tháng 10;",
                "Trà trung: 910 ha;",
                "Diện tích cấy máy: 1.650 ha."]),
        ("p", "Huyện cũng dành khoảng 150 ha chân ruộng cao để thử nghiệm mô hình lúa hữu cơ liên kết với doanh "
              "nghiệp bao tiêu sản phẩm, giá mua cao hơn thị trường từ 10 đến 15%."),
    ]
    credit = "Bài và ảnh: Trần Hữu Phước"
    author = "Trần Hữu Phước"
    date_str = "Thứ hai - 14/10/2024 3:20 chiều"
    r = rng(5)
    head = ('<meta property="og:type" content="article">\n<meta property="article:published_time" '
            'content="2024-10-16T08:00:00+07:00">\n<meta name="generator" content="NukeViet v4.5">')
    body = """<div class="wraper"><header><div class="logo">SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THÁI AN</div></header>
<nav class="second-nav" id="menusite">%s</nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin tức</a></li>
<li><a href="/news/nong-nghiep/">Nông nghiệp</a></li></ul></div>
<div class="row"><div class="col-md-16"><div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">%s</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">%s</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="pointer" title="Gửi bài viết qua email">Gửi email</a></li>
<li><a class="pointer" title="In ra">In bài</a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom">%s</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>%s</strong></p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags"></em>
<strong>Từ khóa: </strong><a href="/news/tag/lua-mua">lúa mùa</a>, <a href="/news/tag/dong-hung">Đông Hưng</a></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">%s</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment">
<h4>Ý kiến bạn đọc</h4><p>Bạn cần đăng nhập để gửi bình luận.</p><textarea></textarea></div></div></div>
</div><div class="col-md-8">%s%s</div></div>
%s</div>""" % (menu("nav navbar-nav"), E(title), date_str, E(lead), render(blocks), E(credit),
                side_box(r, "Những tin mới hơn", 6, cls="related") + side_box(r, "Những tin cũ hơn", 6, cls="related"),
                side_box(r, "Tin xem nhiều", 8), side_box(r, "Thông báo", 5),
                footer("Sở Nông nghiệp và Môi trường tỉnh Thái An", "Số 11 Lý Bôn, phường Trần Lãm", "0227.383.1234"))
    return dict(n=5, template=t, url="https://%s.example.vn/news/nong-nghiep/nong-dan-dong-hung-xuong-giong-vu-mua-1284.html" % t,
                flags=["nukeviet", "bodytext", "hometext-lead", "chieu-clock", "weekday-prefix", "stale-meta",
                       "bai-va-anh", "off-topic-agriculture", "list"],
                is_article=True, relevant=False, title=title, lead=lead, author=author,
                published_at="2024-10-14T15:20+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title + " - Sở Nông nghiệp và Môi trường", head, body, 5))
