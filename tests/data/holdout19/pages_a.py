"""Articles 1-10."""
import html

import chrome as C
from body import grow, render

E = html.escape


def doc(title_tag, head_extra, body, lang="vi"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, E(title_tag), head_extra, body))


def art(**kw):
    base = dict(is_article=True, flags=[], lead="", author=None, time_shown=True, kind="normal", credit=None)
    base.update(kw)
    return base


# 1 ---------------------------------------------------------------------------------------------
def p01(rng):
    host = "baotinhnamson.example.vn"
    title = "Nam Sơn: Hơn 4.200 tổ công nghệ số cộng đồng đi từng ngõ, gõ từng nhà"
    lead = ("Sau một năm ra mắt, mạng lưới tổ công nghệ số cộng đồng ở Nam Sơn đã hỗ trợ gần 310 nghìn lượt người dân "
            "sử dụng dịch vụ công trực tuyến, thanh toán điện tử và tài khoản định danh.")
    hand = [
        ("p", "Sáng sớm, khi sương còn phủ kín con dốc dẫn vào thôn Khe Mát, chị Lò Thị Hiền, tổ trưởng tổ công nghệ số "
              "cộng đồng của xã, đã đeo ba lô có máy tính bảng và bộ phát sóng di động lên đường. Mỗi tuần chị dành ít nhất "
              "hai buổi để cùng các thành viên trong tổ đến từng hộ gia đình, hướng dẫn cách nộp hồ sơ trực tuyến."),
        ("img", "Thành viên tổ công nghệ số cộng đồng hướng dẫn người cao tuổi cài đặt ứng dụng định danh điện tử."),
        ("h", "Từ lúng túng đến thành thạo"),
        ("p", "Ông Vi Văn Thiệu, 67 tuổi, kể rằng trước đây mỗi lần xin xác nhận giấy tờ ông phải đi gần mười cây số ra trụ sở "
              "xã. Nay chỉ cần chiếc điện thoại và vài thao tác được các cháu trong tổ chỉ dẫn, hồ sơ đã được tiếp nhận ngay "
              "trong buổi sáng."),
        ("table", [["Chỉ tiêu", "Năm 2022", "Năm 2023"],
                   ["Hồ sơ trực tuyến toàn trình", "18%", "47%"],
                   ["Người dân có tài khoản định danh", "35%", "71%"],
                   ["Hộ kinh doanh dùng mã QR", "2.100", "9.640"]]),
        ("related", ["Nam Sơn đứng thứ 12 cả nước về chỉ số chuyển đổi số", "Ra mắt trợ lý ảo hỗ trợ thủ tục hành chính"]),
    ]
    blocks = grow(rng, "cds", hand, 420, 700, heads=["Cần nguồn lực bền vững", "Không để ai bị bỏ lại"])
    date_str = "Thứ năm, 14/03/2024 | 08:15"
    vs = C.viewstate(rng, 9000)
    ymd = (2024, 3, 14)
    body = (
        '<form name="aspnetForm" method="post" action="./chi-tiet.aspx?id=48211" id="aspnetForm">\n'
        '<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" />'
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s" /></div>\n'
        '<div id="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="Báo Nam Sơn"></a></div>'
        '<div class="top-date">Thứ sáu, 15/03/2024</div>%s</div>\n'
        '<div id="ctl00_divBreadcrumb" class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xa-hoi">Xã hội</a> » '
        '<a href="/chuyen-doi-so">Chuyển đổi số</a></div>\n'
        '<div class="main-content"><div id="ctl00_ContentPlaceHolder1_pnDetail" class="news-detail">\n'
        '<h1 class="title-detail"><span id="ctl00_ContentPlaceHolder1_lblTitle">%s</span></h1>\n'
        '<div class="date-detail"><span id="ctl00_ContentPlaceHolder1_lblDate">%s</span></div>\n%s\n'
        '<div class="sapo"><strong>%s</strong></div>\n'
        '<div id="ctl00_ContentPlaceHolder1_divContent" class="content-detail">%s</div>\n'
        '<div class="author-detail" style="text-align:right"><b>Bài và ảnh: Hoàng Yến</b></div>\n%s\n%s\n</div>'
        '<div class="sidebar">%s%s%s</div></div>\n%s\n%s</form>'
        % (vs, vs[:300], C.menu(host), E(title), date_str, C.share_bar(), E(lead), render(blocks, rng=rng),
           C.tags(["chuyển đổi số", "tổ công nghệ số cộng đồng", "Nam Sơn"]), C.comments(rng, 2),
           C.side_list(rng, host, "Tin mới", 10, ymd), C.side_list(rng, host, "Xem nhiều", 8, ymd, style=1),
           C.ads(rng), C.side_list(rng, host, "Tin cùng chuyên mục", 8, ymd, style=2), C.footer(
               "Báo Nam Sơn - Cơ quan của Đảng bộ tỉnh Nam Sơn", "Số 12 đường Trần Hưng Đạo, TP. Nam Sơn", "0210 3852 111")))
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta property="article:published_time" content="2024-03-14T08:15:00+07:00">' % E(title))
    h = doc(title + " - Báo Nam Sơn điện tử", head, body)
    meta = art(url="https://%s/xa-hoi/nam-son-hon-4200-to-cong-nghe-so-48211.aspx" % host, relevant=True, title=title, lead=lead,
               author="Hoàng Yến", published_at="2024-03-14T08:15+07:00", date_str=date_str, blocks=blocks,
               flags=["aspnet-aspnetform", "viewstate", "weekday-date-pipe-time", "bai-va-anh", "table-in-body",
                      "inline-related"])
    return meta, h


# 2 ---------------------------------------------------------------------------------------------
def p02(rng):
    host = "nguoithoso.example.vn"
    title = "Doanh nghiệp dệt may chi hàng tỷ đồng cho nhà máy thông minh: lời giải cho bài toán đơn hàng nhỏ lẻ"
    lead = ("Nhiều xưởng may ở vùng ven đô đang số hóa dây chuyền, gắn cảm biến lên từng máy khâu để theo dõi năng suất theo "
            "thời gian thực, qua đó nhận được các đơn hàng nhỏ nhưng đòi hỏi giao nhanh.")
    hand = [
        ("p", "Tại xưởng may của Công ty cổ phần Sợi Việt Hưng, màn hình lớn treo giữa nhà xưởng hiển thị số sản phẩm hoàn thành "
              "của từng chuyền theo từng giờ. Quản đốc Trịnh Văn Lực cho biết chỉ sau sáu tháng vận hành, tỷ lệ hàng lỗi giảm "
              "gần một nửa và thời gian giao hàng rút ngắn bốn ngày."),
        ("quote", "Trước đây chúng tôi chỉ biết chuyền nào chậm khi đã cuối ngày, giờ thì biết ngay sau mười lăm phút."),
        ("img", "Công nhân theo dõi bảng điều khiển năng suất tại xưởng may ở ngoại thành."),
        ("p", "Theo hiệp hội ngành hàng, chi phí đầu tư ban đầu vẫn là rào cản lớn nhất với các doanh nghiệp nhỏ. Một dây chuyền "
              "có cảm biến và phần mềm quản lý sản xuất có giá từ 800 triệu đến 1,5 tỷ đồng, chưa kể chi phí đào tạo nhân sự."),
    ]
    blocks = grow(rng, "cds", hand, 350, 600)
    date_str = "18/04/2024 09:50 (GMT+7)"
    ymd = (2024, 4, 18)
    body = (
        '<div class="header">%s</div><div class="adm-mainsection"><div class="w1040 clearfix">\n'
        '<div class="breadcrumb"><a href="/kinh-te.htm">Kinh tế</a> <a href="/doanh-nghiep.htm">Doanh nghiệp</a></div>\n'
        '<div class="detail-cmain clearfix"><div class="detail-top"><span class="detail-cate"><a href="/doanh-nghiep.htm">'
        'Doanh nghiệp</a></span><span class="detail-time"><span data-role="publishdate">%s</span></span></div>\n'
        '<h1 class="detail-title article-title" data-role="title">%s</h1>\n'
        '<h2 class="detail-sapo sapo" data-role="sapo">%s</h2>\n'
        '<div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">%s\n'
        '<div class="author-info"><p class="author">Theo Minh Quân (Báo Công Thương Số)</p></div></div>\n%s\n'
        '<div class="detail-tags">%s</div></div>\n'
        '<div class="aside">%s%s</div></div></div>\n<div class="box-relate">%s</div>%s%s'
        % (C.menu(host, "menu-nav"), date_str, E(title), E(lead), render(blocks, rng=rng), C.share_bar(),
           C.tags(["nhà máy thông minh", "dệt may", "kinh tế số"]), C.side_list(rng, host, "Tin mới", 12, ymd),
           C.ads(rng, 4), C.side_list(rng, host, "Tin liên quan", 6, ymd, style=0), C.cookie(),
           C.footer("Báo Người Thợ Số", "Tầng 5, số 88 phố Lò Đúc, Hà Nội", "024 3944 0000")))
    head = ('<meta property="og:type" content="article">'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",'
            '"datePublished":"2024-04-18T09:50:00+07:00","author":{"@type":"Person","name":"Minh Quân"}}</script>' % E(title))
    h = doc(title, head, body)
    meta = art(url="https://%s/doanh-nghiep-det-may-nha-may-thong-minh-20240418095012345.htm" % host, relevant=True,
               title=title, lead=lead, author="Minh Quân", published_at="2024-04-18T09:50+07:00", date_str=date_str,
               blocks=blocks, flags=["vccorp-style", "detail-cmain", "gmt-suffix", "theo-author-outlet", "quote-block"])
    return meta, h


# 3 ---------------------------------------------------------------------------------------------
def p03(rng):
    host = "baothudo-online.example.vn"
    title = "Thành phố lập 120 điểm hỗ trợ ký số miễn phí cho hộ kinh doanh"
    lead = ("Từ tháng 6, hộ kinh doanh cá thể trên địa bàn có thể đến các điểm hỗ trợ đặt tại bưu cục và trụ sở phường để được "
            "cấp chữ ký số miễn phí trong năm đầu tiên.")
    hand = [
        ("p", "Chương trình do Sở Thông tin và Truyền thông phối hợp với ba doanh nghiệp viễn thông thực hiện, hướng tới mục "
              "tiêu 60 nghìn hộ kinh doanh sử dụng hóa đơn điện tử và kê khai thuế trực tuyến trước cuối năm."),
        ("ul", ["Mang theo căn cước công dân gắn "
            "chíp", "Đăng ký số điện thoại chính "
            "chủ", "Có giấy chứng nhận đăng ký hộ "
            "kinh doanh",
                "Cài đặt ứng dụng ký số trên điện thoại thông minh"]),
        ("p", "Bà Đoàn Thị Mai, chủ một tiệm tạp hóa ở phường Quang Trung, cho biết bà mất chưa tới hai mươi phút để hoàn tất "
              "thủ tục và được nhân viên hướng dẫn cách ký hóa đơn ngay trên điện thoại."),
        ("img", "Nhân viên bưu điện hướng dẫn hộ kinh doanh đăng ký chữ ký số."),
    ]
    blocks = grow(rng, "cds", hand, 300, 520, heads=["Thủ tục gọn nhẹ"])
    date_str = "08:45 SA, 22/05/2024"
    ymd = (2024, 5, 22)
    body = (
        '<div id="wrapper"><header class="site-header"><div class="top-bar"><span class="today">Thứ Tư, ngày 22/05/2024</span>'
        '<a href="/dang-nhap">Đăng nhập</a></div>%s</header>\n'
        '<main class="main-article"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh '
        'tế</a></li></ol>\n'
        '<article class="article-detail"><h1 class="article-title">%s</h1>\n'
        '<div class="article-meta"><span class="article-author">Thanh Tùng - Mỹ Linh</span> <span class="sep">|</span> '
        '<span class="article-publish">%s</span></div>\n'
        '<div class="article-sapo"><p>%s</p></div>\n<div class="article-body cms-body">%s</div>\n%s%s%s</article>\n'
        '<aside class="article-aside">%s%s%s</aside></main>%s</div>'
        % (C.menu(host), E(title), date_str, E(lead), render(blocks, fig="em", rng=rng), C.share_bar(),
           C.tags(["chữ ký số", "hộ kinh doanh", "hóa đơn điện tử"]), C.comments(rng, 4),
           C.side_list(rng, host, "Đọc nhiều", 10, ymd, style=1), C.ads(rng), C.side_list(rng, host, "Tin mới", 10, ymd),
           C.footer("Báo Thủ Đô Online", "Số 44 Lê Thái Tổ, quận Hoàn Kiếm, Hà Nội", "024 3825 3067")))
    head = '<meta property="og:type" content="article"><link rel="amphtml" href="https://%s/amp/ky-so-120-diem.html">' % host
    h = doc(title + " | Báo Thủ Đô Online", head, body)
    meta = art(url="https://%s/kinh-te/thanh-pho-lap-120-diem-ho-tro-ky-so-mien-phi-post61234.html" % host, relevant=True,
               title=title, lead=lead, author="Thanh Tùng, Mỹ Linh", published_at="2024-05-22T08:45+07:00",
               date_str=date_str, blocks=blocks, credit="Thanh Tùng - Mỹ Linh",
               flags=["fpt-style-cms", "12h-sa", "time-before-date", "two-authors-dash", "list-in-body", "em-caption"])
    return meta, h


# 4 ---------------------------------------------------------------------------------------------
def p04(rng):
    host = "vtr-radio.example.vn"
    title = "Bệnh viện tuyến huyện chuyển sang bệnh án điện tử: bác sĩ bớt giấy, bệnh nhân bớt chờ"
    lead = ("Ba bệnh viện tuyến huyện đã chính thức bỏ bệnh án giấy, kết nối dữ liệu khám chữa bệnh với ứng dụng VNeID và "
            "hệ thống giám định bảo hiểm y tế.")
    hand = [
        ("p", "Tại khoa Khám bệnh của Trung tâm Y tế huyện Đồng Tâm, người bệnh giờ chỉ cần xuất trình căn cước gắn chíp là "
              "có thể đăng ký khám. Kết quả xét nghiệm được đẩy thẳng lên phần mềm, bác sĩ xem ngay trên máy tính thay vì chờ "
              "phiếu in như trước."),
        ("p", "Bác sĩ Châu Minh Tâm, Phó Giám đốc trung tâm, cho biết mỗi năm đơn vị tiết kiệm khoảng 400 triệu đồng tiền in "
              "phim, giấy và mực. Quan trọng hơn, hồ sơ bệnh án được lưu trữ an toàn và tra cứu được khi người bệnh chuyển "
              "tuyến."),
        ("video", "Video: Bệnh viện huyện vận hành bệnh án điện tử"),
    ]
    blocks = grow(rng, "cds", hand, 260, 480, heads=["Hạ tầng vẫn là điểm nghẽn"])
    date_str = "Cập nhật: 3:20 chiều, Thứ Ba, 09/07/2024"
    ymd = (2024, 7, 9)
    body = (
        '<div class="vtr-header"><div class="live-bar"><a href="/nghe-truc-tuyen">Nghe trực tuyến</a> '
        '<a href="/xem-truc-tuyen">Xem truyền hình</a></div>%s</div>\n'
        '<div class="container"><div class="row"><div class="col-8"><div class="breadcrumbs"><a href="/">VTR</a> / '
        '<a href="/suc-khoe">Sức khỏe</a></div>\n<div class="article">\n<h1 class="article__title cms-title">%s</h1>\n'
        '<div class="article__meta"><span class="cms-date">%s</span></div>\n'
        '<div class="article__sapo cms-desc"><strong>VTR.VN - </strong>%s</div>\n'
        '<div class="article__body cms-body">%s\n<p class="article__author cms-author" style="text-align:right"><strong>'
        'Thanh Hà/VTR.VN</strong></p></div>%s%s</div></div>\n<div class="col-4">%s%s%s</div></div></div>%s'
        % (C.menu(host, "vtr-menu"), E(title), date_str, E(lead), render(blocks, rng=rng), C.share_bar(),
           C.tags(["bệnh án điện tử", "y tế số"]), C.side_list(rng, host, "Tin mới nhất", 12, ymd, style=3),
           C.side_list(rng, host, "Podcast", 5, ymd, with_date=False), C.ads(rng),
           C.footer("Đài Phát thanh và Truyền hình Vạn Thịnh", "Số 2 đường Nguyễn Du, TP. Vạn Thịnh", "0291 3821 333")))
    h = doc(title + " | VTR.VN", '<meta property="og:type" content="article">', body)
    meta = art(url="https://%s/suc-khoe/benh-vien-tuyen-huyen-chuyen-sang-benh-an-dien-tu-1098765.vtr" % host, relevant=True,
               title=title, lead=lead, author="Thanh Hà", published_at="2024-07-09T15:20+07:00", date_str=date_str,
               blocks=blocks, credit="Thanh Hà/VTR.VN",
               flags=["broadcaster", "cap-nhat-only-date", "12h-chieu", "weekday", "outlet-prefix-lead", "outlet-suffix-author",
                      "no-meta-date", "embedded-video"])
    return meta, h


# 5 brief, sport, Theo TTXVN ------------------------------------------------------------------------
def p05(rng):
    host = "thongtanxa-tinnhanh.example.vn"
    title = "Bóng chuyền nữ Vạn Thịnh giành vé vào vòng chung kết"
    lead = ""
    blocks = [
        ("p", "Tối qua, đội bóng chuyền nữ Vạn Thịnh đã thắng đội chủ nhà 3-1 ở lượt trận cuối bảng B, qua đó chính thức giành "
              "vé vào vòng chung kết giải vô địch quốc gia năm nay với vị trí nhì bảng."),
        ("p", "Sau khi để thua séc đầu 22-25, các cô gái Vạn Thịnh chơi chắc chắn hơn ở khâu phòng thủ và liên tục ghi điểm từ "
              "những pha tấn công biên. Chủ công Đinh Thị Ngân là cầu thủ ghi nhiều điểm nhất trận với 21 điểm."),
        ("p", "Huấn luyện viên trưởng cho biết toàn đội sẽ nghỉ ngơi hai ngày trước khi bước vào đợt tập huấn ngắn hạn để chuẩn "
              "bị cho vòng chung kết, dự kiến diễn ra vào đầu tháng 10."),
    ]
    date_str = "Thứ hai, 05/08/2024"
    ymd = (2024, 8, 5)
    body = (
        '<div class="top-header">%s</div><div class="page"><div class="main-col">\n'
        '<div class="story"><div class="story__cat"><a href="/the-thao">Thể thao</a></div>'
        '<h1 class="story__heading">%s</h1>\n<div class="story__time"><time>%s</time></div>\n'
        '<div class="story__body">%s<p class="story__source" style="text-align:right"><strong>Theo TTXVN</strong></p></div>'
        '%s</div>\n</div><div class="side-col">%s%s</div></div>%s'
        % (C.menu(host), E(title), date_str, render(blocks, rng=rng), C.share_bar(),
           C.side_list(rng, host, "Tin nhanh", 15, ymd, style=1), C.side_list(rng, host, "Xem nhiều", 10, ymd),
           C.footer("Tin Nhanh Thông Tấn", "Số 5 Lý Thường Kiệt, Hà Nội", "024 3826 7000")))
    h = doc(title, '<meta property="og:type" content="article">', body)
    meta = art(url="https://%s/the-thao/bong-chuyen-nu-van-thinh-gianh-ve-20240805.html" % host, relevant=False, title=title,
               lead=lead, author=None, published_at="2024-08-05T00:00:00+07:00", time_shown=False, date_str=date_str,
               blocks=blocks, kind="brief", credit="Theo TTXVN",
               flags=["brief", "off-topic-sport", "date-only", "weekday", "theo-ttxvn-null-author", "no-lead"])
    return meta, h


# 6 NukeViet --------------------------------------------------------------------------------------
def p06(rng):
    host = "baobienhai.example.vn"
    title = "Bến Hải chạy thử hệ thống phản ánh hiện trường qua Zalo và tổng đài 1022"
    lead = ("Người dân có thể gửi ảnh, vị trí và nội dung phản ánh về hạ tầng, môi trường, trật tự đô thị; cơ quan chức năng "
            "phải phản hồi trong tối đa ba ngày làm việc.")
    hand = [
        ("p", "Hệ thống do Trung tâm Giám sát điều hành đô thị thông minh tỉnh vận hành, tiếp nhận thông tin qua ba kênh gồm "
              "tài khoản Zalo chính thức, ứng dụng trên điện thoại và tổng đài 1022. Mỗi phản ánh được gắn mã theo dõi để người "
              "gửi biết đang được đơn vị nào xử lý."),
        ("p", "Trong tuần đầu chạy thử, hệ thống ghi nhận 537 phản ánh, phần lớn liên quan đến đèn chiếu sáng hỏng, rác thải "
              "tồn đọng và lấn chiếm vỉa hè. Khoảng 62% phản ánh đã được xử lý xong."),
        ("img", "Cán bộ Trung tâm Giám sát điều hành theo dõi phản ánh của người dân trên màn hình lớn."),
    ]
    blocks = grow(rng, "cds", hand, 330, 560)
    blocks.append(("p", "Đại diện trung tâm cho biết sau giai đoạn chạy thử sẽ mở rộng tiếp nhận phản ánh về an toàn thực phẩm "
                        "và giá cả thị trường."))
    date_str = "13/09/2024 09:05:31 PM"
    ymd = (2024, 9, 13)
    body = (
        '<div class="wraper"><header><div class="header-nav">%s</div></header>\n'
        '<nav class="third-nav"><ul class="breadcrumbs"><li><a href="/vi/news/">Tin tức</a></li>'
        '<li><a href="/vi/news/xa-hoi/">Xã hội</a></li></ul></nav>\n<section><div class="col-md-16">'
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div '
        'class="panel-body">\n'
        '<h1 class="title margin-bottom-lg" itemprop="headline">%s</h1>\n'
        '<div class="row margin-bottom-lg"><div class="h5 pull-left"><span class="hidden-xs">Đăng lúc: </span>%s</div>'
        '<ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#">'
        '<em class="fa fa-envelope fa-lg"></em></a></li><li><a class="dimgray" title="In ra" href="#">'
        '<em class="fa fa-print fa-lg"></em></a></li></ul></div>\n'
        '<div class="clearfix"><div class="hometext m-bottom" itemprop="description">%s</div></div>\n'
        '<div id="news-bodyhtml" class="bodytext margin-bottom-lg">%s\n<p style="text-align: right;"><strong>Quang '
        'Vinh</strong></p>'
        '</div>\n<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Quang Vinh</p></div>'
        '</div></div>\n<div class="news_column panel panel-default"><div class="panel-body">%s</div></div>'
        '<div class="news_column panel panel-default"><div class="panel-body other-news">%s%s</div></div>'
        '</div><div class="col-md-8">%s%s</div></section>%s</div>'
        % (C.menu(host, "site-nav"), E(title), date_str, E(lead), render(blocks, mode="justify", rng=rng),
           C.tags(["phản ánh hiện trường", "đô thị thông minh"]), C.side_list(rng, host, "Những tin mới hơn", 6, ymd, style=0),
           C.side_list(rng, host, "Những tin cũ hơn", 6, ymd, style=0), C.side_list(rng, host, "Tin xem nhiều", 10, ymd, style=2),
           C.ads(rng), C.footer("Báo Biên Hải", "Số 9 đường Hùng Vương, TP. Biên Hải", "0233 3852 456")))
    head = '<meta property="og:type" content="article"><meta name="generator" content="NukeViet v4.5">'
    h = doc(title + " - Báo Biên Hải", head, body)
    meta = art(url="https://%s/vi/news/xa-hoi/ben-hai-chay-thu-he-thong-phan-anh-hien-truong-21543.html" % host,
               relevant=True, title=title, lead=lead, author="Quang Vinh", published_at="2024-09-13T21:05:31+07:00",
               date_str=date_str, blocks=blocks,
               flags=["nukeviet", "bodytext", "hometext-lead", "seconds", "12h-pm", "bold-last-line-author"])
    return meta, h
