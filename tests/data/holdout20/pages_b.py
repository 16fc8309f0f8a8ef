"""Articles 6-12."""
from common import E, footer, menu, render, rng, side_box, text_of, viewstate
from shell import doc


def p06():
    t = "joomla3-item-page-createdby-quantri"
    title = "Trường học ở Vĩnh Tường thu học phí không dùng tiền mặt"
    lead = ("Năm học này, toàn bộ 64 trường mầm non, tiểu học và trung học cơ sở trên địa bàn chuyển sang thu học phí "
            "và các khoản đóng góp qua ngân hàng, ví điện tử.")
    blocks = [
        ("p", "Phụ huynh nhận thông báo khoản thu qua ứng dụng liên lạc điện tử của nhà trường, sau đó có thể quét mã "
              "QR hoặc chuyển khoản. Biên lai điện tử được gửi về điện thoại ngay khi giao dịch thành công."),
        ("p", "Cô Hà Thị Mai, kế toán Trường Tiểu học Tân Tiến, cho biết trước đây mỗi đợt thu, giáo viên chủ nhiệm "
              "phải cầm tiền mặt, ghi chép, đối chiếu mất nhiều buổi. Nay mọi số liệu đã tự động khớp với sổ sách."),
        ("p", "Với những gia đình chưa có tài khoản ngân hàng, nhà trường phối hợp với bưu điện xã để nộp hộ, không "
              "thu thêm phí. Số phụ huynh phải nộp tiền mặt hiện chỉ còn khoảng 3%."),
        ("h", "Minh bạch hơn, ít sai sót hơn"),
        ("p", "Theo Phòng Giáo dục và Đào tạo huyện, việc thu qua ngân hàng giúp các khoản thu được công khai, phụ huynh "
              "tra cứu được lịch sử nộp tiền, tránh tình trạng lạm thu hoặc nhầm lẫn giữa các lớp."),
        ("table", [["Cấp học", "Số trường", "Tỷ lệ thu không tiền mặt"],
                   ["Mầm non", "23", "95%"], ["Tiểu học", "22", "98%"], ["Trung học cơ sở", "19", "97%"]]),
        ("p", "Huyện đặt mục tiêu đến cuối năm, các khoản như tiền ăn bán trú, bảo hiểm y tế học sinh cũng được thanh "
              "toán hoàn toàn trên nền tảng số."),
    ]
    credit = "Nguyễn Thị Lan - Đỗ Minh Tuấn"
    author = "Nguyễn Thị Lan, Đỗ Minh Tuấn"
    date_str = "22/08/24 - 07:45"
    r = rng(6)
    body = """<div class="body"><div class="container"><header class="header" role="banner">
<a class="brand pull-left" href="/"><span class="site-title">Cổng thông tin điện tử huyện Vĩnh Tường</span></a></header>
<nav class="navigation" role="navigation">%s</nav>
<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/tin-tuc" class="pathway">Tin tức</a></li>
<li class="active"><span>Xã hội số</span></li></ul>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">%s</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope
 itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">quantri</span></dd>
<dd class="category-name">Danh mục: <a href="/tin-tuc/xa-hoi-so" itemprop="genre">Xã hội số</a></dd>
<dd class="published"><span class="icon-calendar">
</span> Đăng ngày: <time datetime="2024-08-22T07:45:00+07:00" itemprop="datePublished">%s</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:733">Lượt xem: 733</dd></dl>
<div class="icons"><a href="#">In</a> <a href="#">Email</a></div>
<div itemprop="articleBody"><p><strong>%s</strong></p>
%s
<p style="text-align:right"><strong>%s</strong></p></div>
<ul class="pager pagenav"><li class="previous"><a href="#">Trước</a></li><li class="next"><a href="#">Tiếp</a></li></ul>
</div></main><div id="aside" class="span3">%s%s</div></div></div>
%s</div>""" % (menu("nav menu"), E(title), date_str, E(lead), render(blocks), E(credit),
                side_box(r, "Tin mới", 10, cls="moduletable"), side_box(r, "Đọc nhiều", 8, cls="moduletable"),
                footer("UBND huyện Vĩnh Tường", "Khu 2, thị trấn Vĩnh Tường", "0211.3855.246", year="2024"))
    return dict(n=6, template=t, url="https://%s.example.vn/tin-tuc/xa-hoi-so/1835-truong-hoc-thu-hoc-phi-khong-tien-mat" % t,
                flags=["joomla", "itemprop-articlebody", "two-digit-year", "cms-account-createdby", "bold-sapo-in-body",
                       "two-authors-dash", "table"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2024-08-22T07:45+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title, '<meta name="generator" content="Joomla! - Open Source Content Management">',
                                          body, 6))


def p07():
    t = "drupal7-so-xay-dung-gui-boi-admin"
    title = "Điều chỉnh tổ chức giao thông tại nút giao Quốc lộ 1 với đường tránh phía Tây"
    lead = ("Từ ngày 5/11, phương tiện đi từ đường tránh phía Tây không được rẽ trái trực tiếp vào Quốc lộ 1 mà phải "
            "đi thẳng thêm khoảng 400 m để quay đầu tại điểm mở dải phân cách.")
    blocks = [
        ("p", "Sở Xây dựng cho biết nút giao này thường xuyên ùn tắc vào giờ cao điểm sáng và chiều, đặc biệt khi xe "
              "tải nặng rẽ trái cắt ngang dòng xe máy. Trong năm qua, khu vực đã xảy ra bảy vụ va chạm giao thông."),
        ("p", "Theo phương án mới, đơn vị thi công sẽ lắp đặt dải phân cách mềm, biển báo cấm rẽ trái và vạch sơn "
              "dẫn hướng. Đèn tín hiệu được điều chỉnh chu kỳ, tăng thời gian đèn xanh cho hướng Quốc lộ 1."),
        ("p", "Xe buýt các tuyến số 3 và số 8 giữ nguyên lộ trình nhưng điểm dừng trước cổng chợ Bầu được lùi về phía "
              "Nam khoảng 60 m để không chắn tầm nhìn của người đi đường."),
        ("ol", ["Cấm rẽ trái từ đường tránh phía Tây vào Quốc lộ 1 hướng đi Bắc;",
                "Tổ chức điểm quay đầu tại Km 612+300;",
                "Hạn chế xe trên 10 tấn đi vào đường Trần Phú từ 6 giờ đến 8 giờ và từ 16 giờ đến 18 giờ."]),
        ("p", "Lực lượng cảnh sát giao thông sẽ bố trí người hướng dẫn trong hai tuần đầu áp dụng phương án. Sau thời "
              "gian này, cơ quan chức năng sẽ đánh giá lại và có thể điều chỉnh cho phù hợp."),
        ("p", "Người dân có ý kiến góp ý về phương án tổ chức giao thông có thể gửi về đường dây nóng của Sở Xây dựng "
              "hoặc trực tiếp tại Bộ phận một cửa của phường Bình Minh."),
    ]
    date_str = "Chủ nhật, 03/11/2024 - 20:10"
    r = rng(7)
    body = """<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">
<a href="/" id="logo" rel="home"><img src="/sites/default/files/logo.png" alt="Trang chủ"></a>
<div id="name-and-slogan"><div id="site-name">Trang tin điện tử Sở Xây dựng tỉnh Hải Bình</div></div></div></div>
<div id="main-menu" class="navigation">%s</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/giao-thong">Giao thông</a></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><h1 class="title" id="page-title">%s</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-2231" class="node node-article node-promoted clearfix"
 about="/giao-thong/dieu-chinh-nut-giao" typeof="sioc:Item foaf:Document">
<div class="meta submitted">
<span property="dc:date dc:created" content="2024-11-03T20:10:00+07:00"
 class="submitted-by">Gửi bởi <span class="username">admin</span> vào %s</span></div>
<div class="content clearfix"><div class="field field-name-field-summary"><div class="field-items">
<div class="field-item even"><b>%s</b></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">
<div class="field-item even" property="content:encoded">
%s
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">
<div class="field-label">Từ khóa:&nbsp;</div>
<div class="field-items"><div class="field-item even"><a href="/tu-khoa/nut-giao">nút giao</a></div>
<div class="field-item odd"><a href="/tu-khoa/quoc-lo-1">Quốc lộ 1</a></div></div></div>
</div><div class="link-wrapper"><ul class="links inline"><li class="print_html first"><a href="/print/2231">Bản in</a></li>
<li class="comment-add last"><a href="/comment/reply/2231">Thêm bình luận</a></li></ul></div>
<div id="comments" class="comment-wrapper"><h2 class="title">Bình luận</h2><div class="comment">
<div class="submitted">Gửi bởi Khách vào 04/11/2024 - 07:02</div>
<p>Nên làm sớm hơn vì giờ tan tầm ở đây rất đông.</p></div>
<div class="comment"><div class="submitted">Gửi bởi Trần Minh vào 04/11/2024 - 09:40</div><p>Cần thêm biển báo từ xa.</p></div>
<ul class="pager"><li class="pager-current">1</li><li><a href="?page=1#comments">2</a></li>
<li><a href="?page=1#comments">sau ›</a></li></ul></div>
</div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section">%s%s</div></div></div></div>
<div id="footer-wrapper">%s</div></div></div>""" % (
        menu("links inline clearfix"), E(title), date_str, E(lead), render(blocks + [("src", "Nguồn: Phòng Quản lý giao thông")]),
        side_box(r, "Tin mới", 10, cls="block"), side_box(r, "Xem nhiều", 8, cls="block"),
        footer("Sở Xây dựng tỉnh Hải Bình", "Số 40 đường Nguyễn Tất Thành, phường Hòa Bình", "0236.382.1156", year="2024"))
    return dict(n=7, template=t, url="https://%s.example.vn/giao-thong/dieu-chinh-to-chuc-giao-thong-nut-giao-ql1" % t,
                flags=["drupal-7", "field-name-body", "gui-boi-admin", "sunday-prefix", "nguon-line", "comments-paginated",
                       "off-topic-traffic", "ordered-list", "no-author"],
                is_article=True, relevant=False, title=title, lead=lead, author=None,
                published_at="2024-11-03T20:10+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[], html=doc(title + " | Sở Xây dựng", '<meta name="Generator" content="Drupal 7 (http://drupal.org)">',
                                    body, 7))


def p08():
    t = "wp-xa-moi-ngay-thang-nam-italic"
    title = "Xã Quảng Phú vận hành trơn tru bộ phận một cửa sau sắp xếp"
    lead = ""
    blocks = [
        ("p", "Sau hơn hai tuần chính thức hoạt động theo mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành "
              "chính công xã Quảng Phú đã tiếp nhận 1.126 hồ sơ, trong đó gần 80% được nộp trực tuyến."),
        ("p", "Xã Quảng Phú mới được hình thành trên cơ sở hợp nhất ba xã Quảng Phú, Quảng Lợi và Quảng Thọ cũ. Trụ sở "
              "làm việc đặt tại xã Quảng Phú cũ, các điểm tiếp nhận phụ vẫn duy trì ở hai trụ sở còn lại."),
        ("p", "Để người dân không phải đi xa, xã bố trí công chức luân phiên trực tại các điểm phụ vào thứ ba và thứ "
              "năm hằng tuần. Các hồ sơ nhận tại đây được số hóa ngay và chuyển về trung tâm xử lý."),
        ("img", "Công chức Trung tâm Phục vụ hành chính công xã hướng dẫn người dân tra cứu hồ sơ.", "figure"),
        ("p", "Đoàn viên thanh niên được huy động hỗ trợ người cao tuổi cài đặt ứng dụng, tạo tài khoản dịch vụ công "
              "và thanh toán lệ phí bằng mã QR. Mỗi ngày có hai tình nguyện viên túc trực tại sảnh."),
        ("p", "Một số khó khăn vẫn còn, như đường truyền tại điểm tiếp nhận phụ chưa ổn định và một bộ phận người dân "
              "chưa có điện thoại thông minh. Xã đã đề nghị doanh nghiệp viễn thông nâng cấp đường truyền trong tháng."),
        ("p", "Chủ tịch UBND xã cho biết mục tiêu trước mắt là không để hồ sơ nào trễ hạn và giải đáp mọi phản ánh của "
              "người dân trong vòng 24 giờ."),
    ]
    author = "Phạm Quỳnh Anh"
    date_str = "ngày 15 tháng 7 năm 2025"
    r = rng(8)
    body = """<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/">Trang thông tin điện tử xã Quảng Phú</a></p></div>
<nav id="site-navigation" class="main-navigation">%s</nav></header>
<div id="content" class="site-content"><div class="breadcrumbs">
<a href="/">Trang chủ</a> / <a href="/category/tin-tuc">Tin tức</a></div>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1874" class="post-1874 post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">%s</h1>
<div class="entry-meta">
<span class="posted-on">Đăng %s</span> <span class="cat-links">trong <a href="/category/tin-tuc">Tin tức</a></span></div></header>
<div class="entry-content">%s
<p style="text-align: right;"><em>%s</em></p>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><a href="#">Facebook</a> <a href="#">Zalo</a></div></div>
<footer class="entry-footer">
<span class="tags-links">Thẻ: <a href="/tag/mot-cua">một cửa</a>, <a href="/tag/chinh-quyen-hai-cap">chính quyền hai cấp</a>
</span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#">Bài trước: Lịch tiếp công dân tháng 7</a>
</div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3>Để lại bình luận</h3>
<textarea id="comment"></textarea></div></div></main></div>
<aside id="secondary" class="widget-area">%s%s</aside></div>
<footer id="colophon" class="site-footer">%s</footer></div>""" % (
        menu("menu"), E(title), date_str, render(blocks), author,
        side_box(r, "Bài viết mới", 8, cls="widget", year=2025), side_box(r, "Thông báo", 6, cls="widget", year=2025),
        footer("UBND xã Quảng Phú", "Thôn Phú Thượng, xã Quảng Phú, tỉnh Thanh An", "0237.3510.222"))
    return dict(n=8, template=t, url="https://%s.example.vn/2025/07/15/xa-quang-phu-van-hanh-bo-phan-mot-cua/" % t,
                flags=["wordpress", "entry-content", "date-only", "ngay-thang-nam", "italic-right-author", "no-lead",
                       "commune-post-merger", "figcaption"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2025-07-15T00:00:00+07:00", time_shown=False, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title + " – Xã Quảng Phú", '<meta name="generator" content="WordPress 6.5.3">',
                                          body, 8))


def p09():
    t = "aspnet-form1-brief-luc-stale-ld"
    title = "Thành phố Hải Bình thí điểm cấp phiếu lý lịch tư pháp trên ứng dụng định danh"
    lead = ""
    blocks = [
        ("p", "Từ ngày 1/3, người dân có hộ khẩu tại thành phố Hải Bình có thể đề nghị cấp phiếu lý lịch tư pháp ngay trên "
              "ứng dụng định danh điện tử mà không cần khai lại thông tin cá nhân."),
        ("p", "Hồ sơ được tự động điền sẵn từ cơ sở dữ liệu quốc gia về dân cư. Lệ phí được thanh toán trực tuyến, kết "
              "quả trả về dưới dạng bản điện tử có giá trị như bản giấy."),
        ("p", "Thời gian giải quyết dự kiến rút từ mười ngày xuống còn năm ngày làm việc. Sở Tư pháp sẽ đánh giá kết quả "
              "thí điểm sau ba tháng để đề xuất mở rộng ra toàn tỉnh."),
    ]
    author = "PV"
    date_str = "Đăng lúc 08:30 ngày 27/02/2025"
    r = rng(9)
    vs = viewstate(109, 12000)
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"%s","datePublished":"2025-02-25T17:00:00+07:00","dateModified":"2025-02-25T17:00:00+07:00"}'
          '</script>' % title)
    body = """<form method="post" action="./ChiTiet.aspx?id=7731" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A1B2C3D4"></div>
<div id="header"><div class="banner">CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI BÌNH</div><div id="menu">%s</div></div>
<div id="ContentPlaceHolder1_pnBreadcrumb" class="path">
<a href="/">Trang chủ</a> &raquo; <a href="/TinTuc.aspx">Tin hoạt động</a></div>
<div id="main"><div id="left">%s</div><div id="center">
<div id="ContentPlaceHolder1_ctl00_pnChiTiet" class="chitiet">
<span id="ContentPlaceHolder1_ctl00_lblTieuDe" class="tieude">%s</span><br>
<span id="ContentPlaceHolder1_ctl00_lblNgay" class="ngaydang">%s</span>
<div id="ContentPlaceHolder1_ctl00_lblNoiDung" class="noidung">%s
<p style="text-align:right"><b>%s</b></p></div>
<div class="congcu"><a id="ContentPlaceHolder1_ctl00_lnkIn" href="javascript:__doPostBack('ctl00$lnkIn','')">In bài viết</a>
<a href="#">Gửi bạn bè</a> <a href="#">Cỡ chữ A+</a> <a href="#">A-</a></div>
<div class="tinkhac">%s</div></div></div><div id="right">%s</div></div>
<div id="footer">%s</div></form>""" % (vs, menu("menungang"), side_box(r, "Chuyên mục", 8, dated=False), E(title), date_str,
                                        render(blocks), author, side_box(r, "Các tin khác", 10), side_box(r, "Tin mới", 8),
                                        footer("UBND thành phố Hải Bình", "Số 1 Quang Trung, phường Hải Châu",
                                               "0236.381.0101"))
    return dict(n=9, template=t, url="https://%s.example.vn/ChiTiet.aspx?id=7731&cat=12" % t,
                flags=["aspnet-webforms", "form1-viewstate", "brief", "dang-luc-ngay", "stale-jsonld", "author-pv",
                       "no-lead", "font-size-tools"],
                is_article=True, relevant=True, title=title, lead=lead, author=author, kind="brief",
                published_at="2025-02-27T08:30+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title, ld, body, 9))


def p10():
    t = "table-font-br-van-phong-2011"
    title = "Huyện Yên Thành triển khai phần mềm một cửa điện tử tại 12 xã"
    lead = ("Đến hết tháng 10/2011, 12 xã, thị trấn của huyện sẽ sử dụng phần mềm một cửa điện tử để tiếp nhận và "
            "trả kết quả hồ sơ.")
    blocks = [
        ("p", "Theo kế hoạch của UBND huyện, phần mềm được cài đặt tại bộ phận tiếp nhận và trả kết quả của xã, kết nối "
              "với máy chủ đặt tại Văn phòng HĐND và UBND huyện qua đường truyền ADSL."),
        ("p", "Trước mắt, phần mềm áp dụng cho các thủ tục chứng thực, hộ tịch, đất đai và chính sách xã hội. Mỗi hồ sơ "
              "sau khi tiếp nhận được cấp một mã số để người dân tra cứu qua tin nhắn hoặc trên trang thông tin điện tử."),
        ("p", "Huyện đã tổ chức ba lớp tập huấn cho 36 công chức văn phòng, tư pháp, địa chính của các xã. Mỗi xã được "
              "trang bị thêm một máy tính, một máy in và một máy quét."),
        ("h", "Kinh phí thực hiện"),
        ("p", "Tổng kinh phí thực hiện khoảng 480 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 300 triệu đồng, phần còn "
              "lại do ngân sách huyện và xã đối ứng."),
        ("p", "UBND huyện yêu cầu chủ tịch UBND các xã chịu trách nhiệm bố trí cán bộ có trình độ tin học phụ trách bộ "
              "phận một cửa, không để tình trạng máy móc được cấp nhưng không sử dụng."),
        ("p", "Sau khi vận hành ổn định tại 12 xã, huyện sẽ nhân rộng ra các xã còn lại trong năm 2012."),
    ]
    credit = "Văn phòng HĐND và UBND huyện"
    date_str = "Ngày xuất bản: 07/09/2011 10:22 AM"
    r = rng(10)
    bits = []
    for b in blocks:
        if b[0] == "h":
            bits.append('<font color="#003399"><b>%s</b></font><br><br>' % E(b[1]))
        else:
            bits.append('%s<br><br>' % E(b[1]))
    side = side_box(r, "Tin mới", 10, year=2011)
    body = """<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/banner_yt.jpg" width="980" height="140" alt="Trang thông tin điện tử huyện Yên Thành">
</td></tr>
<tr><td colspan="3" bgcolor="#0B5FA5"><font face="Arial" size="2" color="#FFFFFF">%s</font></td></tr>
<tr><td width="200" valign="top"><table width="100%%" border="0"><tr><td><font face="Arial" size="2">%s</font></td></tr>
<tr><td><font face="Arial" size="2">%s</font></td></tr></table></td>
<td width="560" valign="top"><table width="100%%" border="0" cellpadding="6"><tr><td>
<font face="Arial" size="2" color="#666666">Trang chủ &gt;&gt; Tin tức &gt;&gt; Cải cách hành chính</font></td></tr>
<tr><td><font face="Arial" size="4" color="#B40000"><b>%s</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#888888">%s</font></td></tr>
<tr><td><font face="Arial" size="2"><b>%s</b><br><br>
%s
<div align="right"><b><i>%s</i></b></div></font></td></tr>
<tr><td><font face="Arial" size="2"><a href="javascript:print()">[In trang]</a> <a href="#top">[Về đầu trang]</a></font></td></tr>
<tr><td><font face="Arial" size="2">%s</font></td></tr></table></td>
<td width="220" valign="top"><font face="Arial" size="2">%s</font></td></tr>
<tr><td colspan="3" bgcolor="#EEEEEE"><font face="Arial" size="1">%s</font></td></tr></table>""" % (
        " | ".join(E(m) for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Liên hệ"]),
        side_box(r, "Danh mục", 8, dated=False), side_box(r, "Liên kết website", 6, dated=False), E(title), date_str,
        E(lead), "\n".join(bits), credit, side_box(r, "Các tin đã đưa", 10, year=2011), side,
        footer("UBND huyện Yên Thành", "Khối 3, thị trấn Yên Thành", "038.3631.226", year="2011"))
    return dict(n=10, template=t, url="https://%s.example.vn/tin-tuc/chi-tiet.php?id=842" % t,
                flags=["table-layout", "font-tags", "br-paragraphs", "am-pm", "ngay-xuat-ban", "office-credit",
                       "bold-lead-in-body", "2011"],
                is_article=True, relevant=True, title=title, lead=lead, author=None,
                published_at="2011-09-07T10:22+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title, "", body, 10, lang="vi"))


def p11():
    t = "m-host-so-yte-toi-nhom-pv"
    title = "Bệnh viện đa khoa tỉnh tăng giường điều trị cúm mùa"
    lead = ("Số ca mắc cúm nhập viện tăng mạnh trong hai tuần qua khiến Bệnh viện đa khoa tỉnh phải kê thêm 40 giường "
            "và điều động bác sĩ từ các khoa khác hỗ trợ.")
    blocks = [
        ("p", "Khoa Truyền nhiễm hiện điều trị cho 76 bệnh nhân cúm, trong đó 18 trường hợp là trẻ em dưới năm tuổi và "
              "23 người trên 65 tuổi. Có năm ca phải thở oxy do biến chứng viêm phổi."),
        ("p", "Bác sĩ Ngô Thanh Hà, Trưởng khoa, cho biết phần lớn bệnh nhân nặng có bệnh nền như tiểu đường, tăng huyết "
              "áp hoặc chưa tiêm vắc xin cúm trong năm. Thời gian nằm viện trung bình khoảng sáu ngày."),
        ("p", "Để giảm tải, bệnh viện tách riêng khu khám sàng lọc cho người có triệu chứng sốt, ho, đau họng. Bệnh nhân "
              "nhẹ được kê đơn và theo dõi tại nhà qua điện thoại."),
        ("h", "Khuyến cáo phòng bệnh"),
        ("ul", ["Tiêm vắc xin cúm hằng năm, nhất là người cao tuổi và người có bệnh nền;",
                "Đeo khẩu trang ở nơi đông người, rửa tay thường xuyên;",
                "Đến cơ sở y tế khi sốt cao liên tục trên hai ngày hoặc khó thở."]),
        ("p", "Sở Y tế đã đề nghị các trung tâm y tế tuyến huyện chuẩn bị đủ thuốc kháng vi rút và vật tư, sẵn sàng "
              "tiếp nhận bệnh nhân để hạn chế chuyển tuyến không cần thiết trong dịp cận Tết."),
    ]
    author = "Nhóm PV"
    date_str = "8:40 tối, 19/01/2025"
    r = rng(11)
    body = """<div class="m-wrap"><div class="m-header"><a class="m-logo" href="/">SỞ Y TẾ</a>
<a class="m-menu-btn" href="#menu">☰</a><a class="m-desktop" href="https://%s.example.vn/">Bản đầy đủ</a></div>
<div id="menu" class="m-drawer">%s</div>
<div class="m-cate"><a href="/tin-tuc">Tin tức</a> › <a href="/tin-tuc/kham-chua-benh">Khám chữa bệnh</a></div>
<div class="m-detail"><h1 class="m-title">%s</h1>
<div class="m-info"><span class="m-time">%s</span> · <span class="m-cat">Khám chữa bệnh</span></div>
<h2 class="m-sapo">%s</h2>
<div class="m-content">%s
<p class="m-author" style="text-align:right"><strong>%s</strong></p></div>
<div class="m-share"><a href="#">Chia sẻ</a> <a href="#">Sao chép liên kết</a></div>
<div class="m-related">%s</div></div>
<div class="m-box">%s</div>
<div class="m-footer">%s</div></div>""" % (t, menu("m-nav"), E(title), date_str, E(lead), render(blocks), author,
                                             side_box(r, "Tin liên quan", 6, cls="m-list"), side_box(r, "Đọc nhiều", 8),
                                             footer("Sở Y tế tỉnh Thái An", "Số 8 Lê Quý Đôn, phường Trần Lãm",
                                                    "0227.383.0011"))
    head = '<link rel="canonical" href="https://%s.example.vn/tin-tuc/kham-chua-benh/tang-giuong-cum-mua-2210.html">' % t
    return dict(n=11, template=t, url="https://m.%s.example.vn/tin-tuc/kham-chua-benh/tang-giuong-cum-mua-2210.html" % t,
                flags=["mobile-m-host", "toi-clock", "time-before-date", "nhom-pv", "off-topic-health", "list",
                       "subheading"],
                is_article=True, relevant=False, title=title, lead=lead, author=author,
                published_at="2025-01-19T20:40+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[author], html=doc(title, head, body, 11))


def p12():
    t = "amp-bo-ld-person-in-org-ths"
    title = "Kinh tế số đóng góp 14,2% GRDP của vùng Đông Nam Bộ"
    lead = ("Báo cáo của Bộ cho thấy tỷ trọng kinh tế số trong GRDP các tỉnh Đông Nam Bộ tiếp tục tăng, nhưng khoảng "
            "cách giữa các địa phương trong vùng còn lớn.")
    blocks = [
        ("p", "Theo báo cáo, năm vừa qua, kinh tế số của vùng đạt khoảng 14,2% GRDP, cao hơn mức bình quân cả nước. "
              "Trong đó, kinh tế số ICT chiếm hơn một nửa, phần còn lại đến từ kinh tế số nền tảng và kinh tế số ngành."),
        ("p", "Hai địa phương dẫn đầu vùng có tỷ trọng trên 20%, nhờ các khu công nghiệp điện tử và hệ sinh thái doanh "
              "nghiệp công nghệ. Một số tỉnh nông nghiệp chỉ đạt 6 đến 8%."),
        ("table", [["Nhóm chỉ số", "Năm trước", "Năm nay"],
                   ["Kinh tế số ICT", "7,1%", "7,6%"],
                   ["Kinh tế số nền tảng", "2,3%", "2,8%"],
                   ["Kinh tế số ngành", "3,4%", "3,8%"]]),
        ("h", "Nút thắt về nhân lực và dữ liệu"),
        ("p", "Báo cáo chỉ ra rằng thiếu nhân lực chất lượng cao và dữ liệu chưa được chia sẻ giữa các cơ quan là hai "
              "nút thắt chính. Nhiều doanh nghiệp nhỏ vẫn coi chuyển đổi số là chi phí chứ không phải khoản đầu tư."),
        ("p", "Bộ kiến nghị các tỉnh xây dựng cơ chế thử nghiệm có kiểm soát cho các mô hình kinh doanh mới, ưu tiên "
              "đặt hàng doanh nghiệp công nghệ trong nước giải quyết bài toán quản lý của địa phương."),
        ("p", "Đối với doanh nghiệp nhỏ và vừa, chương trình hỗ trợ chuyển đổi số sẽ tập trung vào các nền tảng dùng "
              "chung như hóa đơn điện tử, kế toán, quản lý bán hàng với chi phí thấp, thanh toán theo tháng."),
    ]
    credit = "ThS. Vũ Đức Hạnh"
    author = "Vũ Đức Hạnh"
    date_str = "Thời gian đăng: 11:05 | 02/04/2025"
    r = rng(12)
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",'
          '"datePublished":"2025-04-02T11:05:00+07:00","author":{"@type":"Organization","name":"Trung tâm Thông tin",'
          '"member":{"@type":"Person","name":"Vũ Đức Hạnh"}},"publisher":{"@type":"Organization","name":"Bộ Khoa học '
          'và Công nghệ"}}</script>' % title)
    head = ('<script async src="https://cdn.ampproject.org/v0.js"></script>\n<link rel="canonical" href="https://%s.example.vn/'
            'kinh-te-so-dong-gop-14-2-grdp-dong-nam-bo-d2291.html">\n<style amp-boilerplate>body{visibility:hidden}</style>\n%s'
            % (t, ld))
    body = """<header class="amp-header"><a href="/">BỘ KHOA HỌC VÀ CÔNG NGHỆ</a>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">%s</amp-sidebar></header>
<div class="amp-breadcrumb"><a href="/">Trang chủ</a> / <a href="/kinh-te-so">Kinh tế số</a></div>
<article class="amp-article"><h1 class="amp-title">%s</h1>
<div class="amp-meta"><span class="amp-date">%s</span></div>
<p class="amp-sapo">%s</p>
<div class="amp-body">%s
<p class="amp-author" style="text-align:right"><strong>%s</strong></p></div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="zalo"></amp-social-share>
<div class="amp-tags">Tags: <a href="/tag/kinh-te-so">kinh tế số</a> <a href="/tag/grdp">GRDP</a></div></article>
<amp-ad width="300" height="250" type="adsense" data-ad-slot="111"></amp-ad>
<section class="amp-related">%s</section>
<footer class="amp-footer">%s</footer>""" % (menu("amp-menu"), E(title), date_str, E(lead), render(blocks), credit,
                                              side_box(r, "Tin cùng chuyên mục", 10),
                                              footer("Bộ Khoa học và Công nghệ", "113 Trần Duy Hưng, Hà Nội",
                                                     "024.3943.7003"))
    return dict(n=12, template=t, url="https://%s.example.vn/amp/kinh-te-so-dong-gop-14-2-grdp-dong-nam-bo-d2291.html" % t,
                flags=["amp", "jsonld-person-in-org", "academic-title", "thoi-gian-dang", "time-pipe-date", "table",
                       "ministry"],
                is_article=True, relevant=True, title=title, lead=lead, author=author,
                published_at="2025-04-02T11:05+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title, head, body, 12, html_attrs=" amp"))
