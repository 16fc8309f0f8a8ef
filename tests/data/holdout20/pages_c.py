"""Articles 14-19."""
from common import E, footer, menu, render, rng, side_box, text_of, viewstate
from shell import doc


def p14():
    t = "vnpt-iportal-aspnetform-theo-ttxvn"
    title = "Chính phủ yêu cầu hoàn thành kết nối cơ sở dữ liệu chuyên ngành với dữ liệu dân cư"
    lead = ("(Cổng TTĐT) - Thủ tướng Chính phủ vừa ký công điện yêu cầu các bộ, ngành, địa phương hoàn thành kết nối, "
            "chia sẻ cơ sở dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư trong quý III.")
    lead_t = lead.replace("(Cổng TTĐT) - ", "")
    blocks = [
        ("p", "Công điện nêu rõ, thời gian qua việc khai thác dữ liệu dân cư đã giúp cắt giảm nhiều giấy tờ khi thực hiện "
              "thủ tục hành chính. Tuy nhiên, một số cơ sở dữ liệu chuyên ngành về đất đai, hộ tịch, bảo hiểm vẫn chưa "
              "được làm sạch, dẫn đến người dân phải bổ sung giấy tờ."),
        ("p", "Thủ tướng yêu cầu các bộ quản lý cơ sở dữ liệu chuyên ngành rà soát, chuẩn hóa dữ liệu theo nguyên tắc "
              "đúng, đủ, sạch, sống; công bố danh mục dữ liệu dùng chung trước ngày 30/9."),
        ("p", "Chủ tịch UBND các tỉnh, thành phố chịu trách nhiệm chỉ đạo số hóa kết quả giải quyết thủ tục hành chính còn "
              "hiệu lực, bảo đảm tái sử dụng dữ liệu, không yêu cầu người dân cung cấp lại thông tin đã có."),
        ("h", "Phân công nhiệm vụ cụ thể"),
        ("ul", ["Bộ Công an bảo đảm hạ tầng kết nối và an ninh, an toàn dữ liệu;",
                "Bộ Tư pháp hoàn thành số hóa dữ liệu hộ tịch lịch sử;",
                "Bộ Nông nghiệp và Môi trường đẩy nhanh xây dựng cơ sở dữ liệu đất đai;",
                "Văn phòng Chính phủ theo dõi, đôn đốc và báo cáo Thủ tướng hằng tháng."]),
        ("p", "Công điện cũng yêu cầu xử lý nghiêm trách nhiệm người đứng đầu nếu để chậm trễ, gây phiền hà cho người dân "
              "và doanh nghiệp trong quá trình thực hiện thủ tục trên môi trường điện tử."),
    ]
    date_str = "Ngày đăng: 10/05/2025 | 15:42 (GMT+07:00)"
    r = rng(14)
    vs = viewstate(114, 14000)
    body = """<form name="aspnetForm" method="post" action="/Pages/ChiTietTin.aspx?ItemID=40211" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">
<div class="vnpt-portal"><div class="header"><div class="quoc-huy"></div>
<div class="ten-cong">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN LẠC</div></div>
<div class="mainmenu">%s</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/Pages/chinh-phu.aspx">Tin Trung ương</a></div>
<div class="content-wrap"><div class="col-left">
<div id="ctl00_ctl45_g_9a1b_ctl00_pnlDetail" class="news-detail">
<h1 class="news-title">%s</h1>
<div class="news-date">%s</div>
<div class="news-sapo">%s</div>
<div class="news-content">%s
<p style="text-align:right"><strong>Theo TTXVN</strong></p></div>
<div class="news-modified"><i>Ngày cập nhật: 12/05/2025 09:00</i></div>
<div class="news-tools"><a href="#">In</a> | <a href="#">Gửi email</a> | <a href="#">Lưu</a> | <a href="#">Chia sẻ</a></div>
<div class="news-other">%s</div></div></div>
<div class="col-right">%s%s</div></div>
<div class="footer">%s<p>Thiết kế và phát triển bởi VNPT</p></div></div></form>""" % (
        vs, menu("menu-top"), E(title), date_str, E(lead), render(blocks), side_box(r, "Tin liên quan", 8),
        side_box(r, "Tin mới", 8), side_box(r, "Văn bản mới", 8),
        footer("Văn phòng UBND tỉnh An Lạc", "Số 12 đường 30/4, phường Tân An", "0270.382.2233"))
    return dict(n=14, template=t, url="https://%s.example.vn/Pages/ChiTietTin.aspx?ItemID=40211" % t,
                flags=["vnpt-portal", "aspnetform-viewstate", "gmt-0700", "date-pipe-time", "theo-ttxvn",
                       "modified-below-body", "lead-outlet-prefix", "list"],
                is_article=True, relevant=True, title=title, lead=lead_t, author=None,
                published_at="2025-05-10T15:42+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=["Theo TTXVN"], html=doc(title, "", body, 14))


def p15():
    t = "viettel-vportal-so-vhtt-pm-thuc-hien"
    title = "Đội bóng chuyền nữ tỉnh giành vé vào vòng chung kết giải hạng A"
    lead = ("Thắng thuyết phục cả ba trận tại bảng B, đội bóng chuyền nữ tỉnh An Lạc chính thức có mặt ở vòng chung "
            "kết giải bóng chuyền hạng A toàn quốc sau bốn năm vắng bóng.")
    blocks = [
        ("p", "Ở trận cuối vòng bảng diễn ra chiều qua, các cô gái An Lạc vượt qua đối thủ với tỷ số 3-1. Sau khi để thua "
              "ở séc đầu, đội nhanh chóng lấy lại thế trận nhờ những pha tấn công biên hiệu quả."),
        ("p", "Chủ công Lường Thị Hoa tiếp tục là cầu thủ ghi nhiều điểm nhất đội với 21 điểm. Đối chuyền Vi Thị Thu "
              "cũng có ngày thi đấu ấn tượng với năm điểm chắn bóng."),
        ("p", "Huấn luyện viên trưởng cho biết trước giải, ban huấn luyện chỉ đặt mục tiêu trụ hạng. Tuy nhiên, sau đợt "
              "tập huấn dài ngày, các cầu thủ trẻ đã tiến bộ rõ rệt về thể lực và khả năng phối hợp."),
        ("raw", '<div class="video-embed"><iframe src="https://www.youtube.com/embed/xY7aB3cD9eQ" width="640" height="360" '
                'allowfullscreen></iframe></div>'),
        ("table", [["Trận", "Đối thủ", "Tỷ số"], ["Lượt 1", "Hải Bình", "3-0"], ["Lượt 2", "Cao Lâm", "3-2"],
                   ["Lượt 3", "Thái An", "3-1"]]),
        ("p", "Vòng chung kết dự kiến diễn ra vào tháng 8 với sáu đội tham dự, tranh hai suất thăng hạng lên giải vô "
              "địch quốc gia. Sở Văn hóa, Thể thao và Du lịch đã có kế hoạch thưởng nóng cho đội."),
        ("p", "Người hâm mộ có thể theo dõi các trận đấu qua kênh truyền hình của Đài Phát thanh và Truyền hình tỉnh."),
    ]
    credit = "Thực hiện: Lò Văn Thắng"
    author = "Lò Văn Thắng"
    date_str = "Đăng lúc: 06:15 PM 21/06/2025"
    r = rng(15)
    head = ('<meta property="og:type" content="article">\n<meta property="article:published_time" '
            'content="2025-06-20T09:00:00+07:00">')
    body = """<div class="vportal"><div id="vp-header"><div class="vp-logo">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN LẠC</div>
<div class="vp-search"><input type="text" placeholder="Tìm kiếm"></div></div>
<div id="vp-menu">%s</div>
<div class="vp-path"><a href="/">Trang chủ</a> / <a href="/the-thao">Thể thao</a></div>
<div class="vp-main"><div class="vp-col-9"><div class="portlet-detail" data-portlet="news-detail">
<div class="detail-title"><h1>%s</h1></div>
<div class="detail-date"><span class="fa fa-clock"></span> %s</div>
<div class="detail-summary"><strong>%s</strong></div>
<div class="detail-content">%s</div>
<div class="detail-author"><b>%s</b></div>
<div class="detail-rate">Đánh giá: ★★★★☆</div><div class="detail-share"><a href="#">Facebook</a> <a href="#">In trang</a></div>
<div class="detail-comment"><h4>Gửi ý kiến</h4><input type="text" placeholder="Họ tên"><textarea></textarea></div>
<div class="detail-related">%s</div></div></div>
<div class="vp-col-3">%s%s</div></div>
<div id="vp-footer">%s<p>Phát triển bởi Viettel</p></div></div>""" % (
        menu("vp-nav"), E(title), date_str, E(lead), render(blocks), E(credit), side_box(r, "Tin cùng chuyên mục", 8),
        side_box(r, "Tin nổi bật", 8), side_box(r, "Sự kiện", 6),
        footer("Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc", "Số 6 Phạm Văn Đồng, phường Tân An", "0270.382.5566"))
    return dict(n=15, template=t, url="https://%s.example.vn/the-thao/-/view-content/91022/doi-bong-chuyen-nu-vao-vck" % t,
                flags=["viettel-portal", "pm-clock", "dang-luc", "stale-meta", "thuc-hien", "off-topic-sport", "table",
                       "embedded-video"],
                is_article=True, relevant=False, title=title, lead=lead, author=author,
                published_at="2025-06-21T18:15+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title, head, body, 15))


def p16():
    t = "fpt-portal-phuong-brief-dem-editor01"
    title = "Phường Long Hải mở thêm kênh tiếp nhận phản ánh qua Zalo"
    lead = ""
    blocks = [
        ("p", "UBND phường Long Hải vừa đưa vào sử dụng tài khoản Zalo chính thức để tiếp nhận phản ánh, kiến nghị của "
              "người dân về hạ tầng đô thị, vệ sinh môi trường và trật tự xây dựng."),
        ("p", "Người dân chỉ cần chụp ảnh, ghi vị trí và gửi tin nhắn. Mỗi phản ánh được chuyển đến bộ phận phụ trách và "
              "phải có phản hồi trong vòng 48 giờ. Kết quả xử lý được công khai trên trang thông tin của phường."),
        ("p", "Sau tuần đầu vận hành, phường đã nhận 57 phản ánh, trong đó đã giải quyết xong 41 trường hợp, chủ yếu "
              "liên quan đến đèn chiếu sáng hỏng và rác thải tồn đọng ở các hẻm nhỏ."),
    ]
    date_str = "11:10 đêm, 30/07/2025"
    r = rng(16)
    body = """<div class="fpt-portal"><div class="top-bar">Thứ Năm, 31/07/2025 | <a href="#">Đăng nhập</a></div>
<div class="banner"><h2 class="site-name">Trang thông tin điện tử phường Long Hải</h2></div>
<nav class="main-nav">%s</nav>
<div class="breadcrumb-fpt"><a href="/">Trang chủ</a> › <a href="/tin-hoat-dong">Tin hoạt động</a></div>
<div class="container-fpt"><div class="left-fpt"><div class="chi-tiet-tin">
<h1 class="tieu-de">%s</h1><div class="thong-tin">
<span class="ngay">%s</span> <span class="nguoi-dang">Người đăng: editor01</span></div>
<div class="noi-dung">%s</div>
<div class="nguon"><em>Nguồn: UBND phường Long Hải</em></div>
<div class="chia-se"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a> <a href="#">In</a></div>
<div class="tin-lien-quan">%s</div></div></div>
<div class="right-fpt">%s%s</div></div><div class="chan-trang">%s<p>Giải pháp cổng thông tin FPT IS</p></div></div>""" % (
        menu("nav"), E(title), date_str, render(blocks), side_box(r, "Tin liên quan", 6), side_box(r, "Tin mới", 8),
        side_box(r, "Lịch công tác tuần", 5, dated=False),
        footer("UBND phường Long Hải", "Số 3 đường Hải Thượng, phường Long Hải, tỉnh An Lạc", "0270.381.9900"))
    return dict(n=16, template=t, url="https://%s.example.vn/tin-hoat-dong/"
                "mo-them-kenh-tiep-nhan-phan-anh-qua-zalo-a3342.html" % t,
                flags=["fpt-portal", "brief", "dem-clock", "time-before-date", "cms-account-editor", "nguon-line",
                       "no-lead", "top-bar-date", "commune-post-merger"],
                is_article=True, relevant=True, title=title, lead=lead, author=None, kind="brief",
                published_at="2025-07-30T23:10+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[], html=doc(title, "", body, 16))


def p17():
    t = "bo-cms-webparts-sang-bold-sapo-ts"
    title = "Hoàn thiện khung kiến trúc Chính phủ số phiên bản 4.0"
    lead_print = ("(Cổng TTĐT) - Bộ Khoa học và Công nghệ đang lấy ý kiến rộng rãi đối với dự thảo khung kiến trúc "
                  "Chính phủ số phiên bản 4.0, trong đó lần đầu đưa dữ liệu và trí tuệ nhân tạo trở thành trụ cột.")
    lead = lead_print.replace("(Cổng TTĐT) - ", "")
    blocks = [
        ("p", "Khung kiến trúc là tài liệu định hướng để các bộ, ngành, địa phương xây dựng kiến trúc Chính phủ số của "
              "mình. Phiên bản trước được ban hành năm 2020 và đã bộc lộ nhiều điểm không còn phù hợp với thực tiễn."),
        ("p", "Điểm mới của dự thảo là tách riêng kiến trúc dữ liệu thành một thành phần độc lập, yêu cầu mỗi cơ quan "
              "xác định rõ dữ liệu chủ, dữ liệu dùng chung và dữ liệu mở. Các nền tảng số quốc gia được xem là hạ tầng "
              "mặc định, các cơ quan không đầu tư trùng lặp."),
        ("h", "Trí tuệ nhân tạo trong dịch vụ công"),
        ("p", "Dự thảo khuyến khích ứng dụng trợ lý ảo để hướng dẫn người dân chuẩn bị hồ sơ, tự động kiểm tra tính đầy "
              "đủ của thành phần hồ sơ và gợi ý cho công chức khi thẩm định. Tuy nhiên, quyết định cuối cùng vẫn do con "
              "người chịu trách nhiệm."),
        ("quote", "Công nghệ thay đổi rất nhanh, khung kiến trúc phải đủ mở để các địa phương cập nhật mà không phải "
                  "làm lại từ đầu."),
        ("p", "Theo kế hoạch, Bộ sẽ tổng hợp ý kiến đến hết tháng 5, tổ chức hội thảo với các chuyên gia và doanh nghiệp "
              "công nghệ trước khi trình ban hành trong quý III."),
        ("p", "Các cơ quan, tổ chức, cá nhân có thể góp ý trực tiếp trên Cổng thông tin điện tử của Bộ hoặc gửi văn bản "
              "về Cục Chuyển đổi số quốc gia."),
    ]
    credit = "TS. Cao Văn Minh, Đoàn Thị Hồng"
    author = "Cao Văn Minh, Đoàn Thị Hồng"
    date_str = "Thứ tư, 09/04/2025, 9:05 sáng"
    r = rng(17)
    body = """<div class="page-wrap"><div class="header-bo"><div class="logo-bo">BỘ KHOA HỌC VÀ CÔNG NGHỆ</div>
<div class="lang"><a href="#">Tiếng Việt</a> | <a href="#">English</a></div></div><div class="menu-bo">%s</div>
<div class="bc"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức - Sự kiện</a> &gt;
<a href="/chinh-phu-so">Chính phủ số</a></div>
<div class="layout"><div class="main-col"><div class="webpart-news-detail">
<div class="ngay-dang">%s</div>
<h1 class="tieu-de-tin">%s</h1>
<div class="noi-dung-tin"><p><strong>%s</strong></p>
%s
<p style="text-align:right"><strong>%s</strong></p></div>
<div class="font-tools">Cỡ chữ: <a href="#">A</a> <a href="#">A+</a> | <a href="#">In bài</a></div>
<div class="tin-khac">%s</div></div></div>
<div class="side-col">%s%s</div></div><div class="footer-bo">%s</div></div>""" % (
        menu("menu-ngang"), date_str, E(title), E(lead_print), render(blocks), credit, side_box(r, "Tin khác", 10),
        side_box(r, "Tin mới", 8), side_box(r, "Văn bản chỉ đạo", 6),
        footer("Bộ Khoa học và Công nghệ", "113 Trần Duy Hưng, phường Yên Hòa, Hà Nội", "024.3943.9999"))
    return dict(n=17, template=t, url="https://%s.example.vn/tin-tuc/"
                "hoan-thien-khung-kien-truc-chinh-phu-so-4-0-197250409.htm" % t,
                flags=["ministry", "sang-clock", "date-above-title", "weekday-prefix", "bold-sapo-in-body",
                       "lead-outlet-prefix", "academic-title", "two-authors-comma", "quote"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2025-04-09T09:05+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title, "", body, 17))


def p18():
    t = "joomla4-cassiopeia-le-hoi-seconds"
    title = "Lễ hội đền Cửa Ông mùa xuân thu hút hàng vạn du khách"
    lead = ("Với nhiều nghi lễ truyền thống được phục dựng, lễ hội năm nay diễn ra trong không khí trang nghiêm, "
            "văn minh; công tác an ninh trật tự và vệ sinh môi trường được bảo đảm.")
    blocks = [
        ("p", "Ngay từ sáng sớm, dòng người từ các địa phương đã đổ về khu di tích. Ban tổ chức bố trí ba bãi đỗ xe miễn "
              "phí cách cổng đền khoảng một cây số, có xe điện đưa đón du khách."),
        ("p", "Phần lễ gồm nghi thức rước kiệu, tế lễ và dâng hương tưởng niệm. Phần hội có thi đấu vật, kéo co, cờ "
              "người và biểu diễn hát chèo của các câu lạc bộ trong vùng."),
        ("h", "Không còn cảnh chen lấn"),
        ("p", "Khác với những năm trước, khu vực đặt lễ được phân luồng rõ ràng, có nhân viên hướng dẫn. Việc đốt vàng mã "
              "được tập trung tại lò hóa, hạn chế khói bụi trong khuôn viên di tích."),
        ("p", "Bà Tô Thị Hạnh, du khách đến từ Hà Nội, cho biết bà rất ấn tượng với không gian sạch sẽ và sự nhiệt tình "
              "của các tình nguyện viên sinh viên mặc áo dài xanh."),
        ("img", "Nghi thức rước kiệu trong ngày khai hội.", "figure"),
        ("p", "Theo ban quản lý di tích, lễ hội kéo dài đến hết tháng Giêng âm lịch. Dự kiến khu di tích sẽ đón khoảng "
              "120.000 lượt khách trong mùa lễ hội năm nay, tăng khoảng 15% so với năm trước."),
    ]
    credit = "Thực hiện: Mai Hương; Trình bày: Quốc Việt"
    author = "Mai Hương"
    date_str = "Thời gian đăng: 14/02/2025 lúc 09:00:30"
    r = rng(18)
    body = """<header class="header container-header full-width"><div class="navbar-brand"><a class="brand-logo" href="/">
<span>Trung tâm Văn hóa tỉnh Hải Bình</span></a></div><div class="container-nav">%s</div></header>
<div class="site-grid"><div class="container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__item"><a href="/">Trang chủ</a></li>
<li class="mod-breadcrumbs__item"><a href="/van-hoa">Văn hóa - Lễ hội</a></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1 itemprop="headline">%s</h1></div>
<dl class="article-info text-muted"><dd class="published">
<time datetime="2025-02-14T09:00:30+07:00" itemprop="datePublished">%s</time></dd>
<dd class="createdby">Đăng bởi: Biên tập viên</dd></dl>
<div class="com-content-article__body" itemprop="articleBody"><p class="lead-text"><em>%s</em></p>
%s
<p><em>%s</em></p></div>
<ul class="tags list-inline"><li class="list-inline-item"><a href="/tags/le-hoi" class="btn btn-sm btn-info">lễ hội</a></li></ul>
</div></main></div><div class="container-sidebar-right">%s%s</div></div>
<footer class="container-footer footer full-width">%s</footer>""" % (
        menu("mod-menu mod-list nav"), E(title), date_str, E(lead), render(blocks), E(credit),
        side_box(r, "Tin mới", 10, cls="moduletable"), side_box(r, "Sự kiện sắp diễn ra", 6, cls="moduletable"),
        footer("Trung tâm Văn hóa tỉnh Hải Bình", "Số 22 đường Bạch Đằng, phường Hạ Long", "0203.382.4411"))
    return dict(n=18, template=t, url="https://%s.example.vn/van-hoa/le-hoi-den-cua-ong-mua-xuan-2025" % t,
                flags=["joomla-4", "itemprop-articlebody", "seconds", "date-luc-time", "credit-block-semicolon",
                       "off-topic-culture", "generic-cms-account", "italic-lead"],
                is_article=True, relevant=False, title=title, lead=lead, author=author,
                published_at="2025-02-14T09:00:30+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title, '<meta name="generator" content="Joomla! - Open Source Content Management">',
                                          body, 18))


def p19():
    t = "drupal9-huyen-ch-slash-outlet"
    title = "Huyện Mường Lay phủ sóng 4G đến 100% bản vùng sâu"
    lead = ("Trạm phát sóng cuối cùng ở bản Huổi Sáy vừa được đưa vào hoạt động, giúp toàn bộ 87 bản của huyện có "
            "sóng di động 4G, mở đường cho người dân tiếp cận dịch vụ công trực tuyến.")
    blocks = [
        ("p", "Trước đây, người dân bản Huổi Sáy muốn gọi điện phải leo lên đỉnh đồi cách bản hơn hai cây số. Nay các "
              "hộ đã có thể học trực tuyến, bán hàng qua mạng và nhận thông báo của xã ngay trên điện thoại."),
        ("p", "Theo UBND huyện, năm trạm phát sóng mới được đầu tư từ Chương trình cung cấp dịch vụ viễn thông công ích, "
              "với tổng kinh phí hơn 9 tỷ đồng. Doanh nghiệp viễn thông hỗ trợ thêm máy điện thoại thông minh cho hộ nghèo."),
        ("p", "Cùng với việc phủ sóng, huyện đã thành lập tổ công nghệ số cộng đồng ở tất cả các bản. Các tổ hướng dẫn "
              "người dân cài đặt ứng dụng định danh điện tử, nhận trợ cấp xã hội qua tài khoản ngân hàng."),
        ("h", "Khó khăn vẫn còn"),
        ("p", "Nguồn điện ở một số trạm còn phụ thuộc vào pin năng lượng mặt trời, dễ mất sóng vào những ngày mưa kéo dài. "
              "Tỷ lệ người dân sở hữu điện thoại thông minh ở các bản vùng cao mới đạt khoảng 62%."),
        ("p", "Huyện đề nghị tỉnh tiếp tục hỗ trợ thiết bị đầu cuối cho hộ nghèo và mở các lớp dạy kỹ năng số bằng tiếng "
              "Thái, tiếng Mông cho phụ nữ và người cao tuổi."),
    ]
    credit = "Kiều Anh Dũng/VOV-Tây Bắc"
    author = "Kiều Anh Dũng"
    date_str = "02:45 CH - 18/11/2024"
    r = rng(19)
    body = """<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header">
<div class="site-branding__text"><a href="/" rel="home">Cổng thông tin điện tử huyện Mường Lay</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation">%s</nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div>
<main role="main"><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">%s</span></h1>
<div class="node__meta"><span class="field--name-created">%s</span></div>
<div class="node__content"><div class="field field--name-field-sapo"><p><strong>%s</strong></p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s
<p style="text-align:right"><strong>%s</strong></p></div>
<div class="field field--name-field-tags"><div class="field__label">Thẻ</div><div class="field__items">
<a href="/taxonomy/term/31">4G</a></div></div>
</div></article>
<section class="comments"><h2>Bình luận</h2><div class="comment"><p>Mong bản Nậm Pồ cũng sớm có sóng.</p>
<span class="comment-date">19/11/2024 - 08:12</span></div></section></div></div>
<aside class="layout-sidebar-second">%s%s</aside></main>
<footer role="contentinfo">%s</footer></div>""" % (
        menu("menu"), E(title), date_str, E(lead), render(blocks), E(credit), side_box(r, "Tin mới", 10, cls="block"),
        side_box(r, "Xem nhiều", 8, cls="block"),
        footer("UBND huyện Mường Lay", "Tổ dân phố 2, thị trấn Mường Lay", "0215.3852.001", year="2024"))
    return dict(n=19, template=t, url="https://%s.example.vn/tin-tuc/phu-song-4g-den-100-ban-vung-sau" % t,
                flags=["drupal-9", "field-name-body", "ch-clock", "time-dash-date", "slash-outlet-suffix",
                       "comment-dates", "sapo-field"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2024-11-18T14:45+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title, '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">',
                                          body, 19))
