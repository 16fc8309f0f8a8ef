"""Articles 7-13."""
import base64
import html
import re

import chrome as C
from body import grow, render
from emag_text import SECTIONS
from pages_a import art, doc

E = html.escape


# 7 Joomla ----------------------------------------------------------------------------------------
def p07(rng):
    host = "tapchikinhteso.example.vn"
    title = "Kinh tế số đóng góp bao nhiêu vào tăng trưởng của vùng duyên hải?"
    lead = ("Tỷ trọng kinh tế số trong GRDP của các tỉnh duyên hải đã vượt 11%, song phần lớn giá trị vẫn đến từ lĩnh vực "
            "viễn thông, còn kinh tế số trong các ngành vẫn khá khiêm tốn.")
    hand = [
        ("p", "Số liệu tổng hợp từ báo cáo của các địa phương cho thấy doanh thu thương mại điện tử bán lẻ của vùng tăng "
            "bình quân "
              "24% mỗi năm trong giai đoạn 2021 - 2023. Tuy nhiên, số doanh nghiệp công nghệ số đang hoạt động chỉ chiếm chưa "
              "tới 3% tổng số doanh nghiệp."),
        ("table", [["Tỉnh", "Tỷ trọng kinh tế số (%)", "Doanh nghiệp công nghệ số"],
                   ["Hải Lam", "13,2", "612"], ["Vân Đồn Nam", "9,8", "287"], ["Bình Duyên", "11,5", "440"]]),
        ("h", "Khoảng trống kinh tế số ngành"),
        ("p", "Theo các chuyên gia, khi tách riêng phần đóng góp của các ngành nông nghiệp, du lịch và logistics, tỷ trọng "
            "kinh tế "
              "số ngành chỉ ở mức 2 - 4%. Đây là dư địa lớn nếu các địa phương có chính sách khuyến khích doanh nghiệp truyền "
              "thống ứng dụng công nghệ."),
    ]
    blocks = grow(rng, "cds", hand, 380, 650, heads=["Gợi ý chính sách"])
    date_str = "Ngày xuất bản: 02/10/24 - 14:30"
    ymd = (2024, 10, 2)
    body = (
        '<div class="body-innerwrapper"><header id="sp-header">%s</header>\n<section id="sp-main-body"><div class="container">'
        '<div class="row"><div id="sp-component" class="col-sm-8"><div class="sp-column"><div '
        'id="system-message-container"></div>\n'
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">\n'
        '<div class="page-header"><h2 itemprop="headline">%s</h2></div>\n'
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Tác giả: '
        '<span itemprop="name">ThS. Lê Thu Trang</span></dd>'
        '<dd class="category-name">Chuyên mục: <a href="/kinh-te-so" itemprop="genre">Kinh tế số</a></dd>'
        '<dd class="published"><span class="icon-calendar"></span> <time datetime="2024-10-02T14:30:00+07:00" '
        'itemprop="datePublished">%s</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1893">'
        'Lượt xem: 1893</dd></dl>\n'
        '<div class="icons"><div class="btn-group pull-right"><a href="#" class="btn dropdown-toggle">Công cụ</a>'
        '<ul class="dropdown-menu"><li class="print-icon"><a href="#">In</a></li><li class="email-icon"><a '
        'href="#">Email</a></li>'
        '</ul></div></div>\n<div itemprop="articleBody"><p><strong>%s</strong></p>\n%s</div>\n'
        '<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">Trước</a></li><li class="next"><a href="#" '
        'rel="next">'
        'Tiếp</a></li></ul></div></div></div>\n<div id="sp-right" class="col-sm-4"><div class="sp-module">%s</div>'
        '<div class="sp-module">%s</div>%s</div></div></div></section>%s</div>'
        % (C.menu(host, "sp-megamenu-parent"), E(title), date_str, E(lead), render(blocks, rng=rng),
           C.side_list(rng, host, "Bài mới", 10, ymd, style=2), C.side_list(rng, host, "Đọc nhiều nhất", 8, ymd, style=2),
           C.ads(rng, 2), C.footer("Tạp chí Kinh tế Số", "Tầng 3, tòa nhà B, số 18 Nguyễn Chí Thanh, Hà Nội", "024 3773 2222")))
    head = '<meta name="generator" content="Joomla! - Open Source Content Management"><meta property="og:type" content="article">'
    h = doc(title + " - Tạp chí Kinh tế Số", head, body)
    meta = art(url="https://%s/kinh-te-so/1284-kinh-te-so-dong-gop-bao-nhieu-vao-tang-truong.html" % host, relevant=True,
               title=title, lead=lead, author="Lê Thu Trang", published_at="2024-10-02T14:30+07:00", date_str=date_str,
               blocks=blocks, flags=["joomla", "item-page", "itemprop-articlebody", "two-digit-year", "ngay-xuat-ban",
                                     "academic-title", "bold-first-para-lead", "table-in-body"])
    return meta, h


# 8 Drupal agri, account ------------------------------------------------------------------------------
def p08(rng):
    host = "nongsanthuongmai.example.vn"
    title = "Giá sầu riêng quay đầu giảm, nhà vườn miền Tây chậm thu hoạch"
    lead = ("Chỉ trong hai tuần, giá sầu riêng loại một tại vườn giảm khoảng 15.000 đồng mỗi ký, khiến nhiều nhà vườn chọn "
            "cách để trái chín thêm trên cây chờ giá.")
    hand = [
        ("p", "Ông Tư Lượm, chủ vườn sầu riêng gần bốn héc-ta ở xã Hòa Lợi, cho biết thương lái hiện chỉ trả 78.000 đồng mỗi ký "
              "cho hàng đẹp, thấp hơn nhiều so với mức hơn 90.000 đồng hồi đầu tháng. Dù vậy, với giá thành khoảng 35.000 đồng, "
              "nhà vườn vẫn có lãi."),
        ("img", "Thương lái phân loại sầu riêng tại một vựa thu mua ở huyện Cái Mơn."),
        ("p", "Theo các doanh nghiệp thu mua, nguyên nhân chính là sản lượng vào chính vụ tăng mạnh trong khi thị trường "
            "nhập khẩu "
              "siết kiểm tra dư lượng chất cấm. Một số lô hàng phải chờ kiểm nghiệm lâu hơn nên vựa hạn chế gom hàng."),
    ]
    blocks = grow(rng, "agri", hand, 300, 520)
    blocks.append(("source", "Nguồn: Hiệp hội Rau quả vùng"))
    date_str = "Gửi bởi quantri lúc 16:40 ngày 21/11/2023"
    ymd = (2023, 11, 21)
    body = (
        '<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">'
        '<a href="/" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ"></a>%s</div></div>\n'
        '<div id="breadcrumb"><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/nong-san">Nông sản</a></div></div>\n'
        '<div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">'
        '<h1 class="title" id="page-title">%s</h1>\n<div class="region region-content"><div id="block-system-main" class="block">'
        '<div id="node-8821" class="node node-article node-promoted clearfix">\n'
        '<div class="meta submitted"><span class="submitted-by">%s</span></div>\n'
        '<div class="content"><div class="field field-name-field-sapo"><div class="field-items"><div class="field-item even">'
        '<p><em>%s</em></p></div></div></div>\n<div class="field field-name-body field-type-text-with-summary '
        'field-label-hidden">'
        '<div class="field-items"><div class="field-item even" property="content:encoded">%s</div></div></div>\n'
        '<div class="field field-name-field-tags"><div class="field-label">Thẻ:&nbsp;</div>%s</div></div>\n'
        '<ul class="links inline"><li class="comment-add first"><a href="#">Thêm bình luận mới</a></li>'
        '<li class="statistics_counter last"><span>1.204 lượt đọc</span></li></ul>%s</div></div></div></div></div>\n'
        '<div id="sidebar-second" class="column sidebar"><div class="section">%s%s</div></div></div></div>%s</div></div>'
        % (C.menu(host, "main-menu"), E(title), date_str, E(lead), render(blocks, rng=rng, fig="em"),
           C.tags(["sầu riêng", "giá nông sản"]), C.comments(rng, 3), C.side_list(rng, host, "Tin mới", 10, ymd),
           C.side_list(rng, host, "Giá cả thị trường", 8, ymd, style=2),
           C.footer("Báo Nông sản và Thương mại", "Số 21 đường 3/2, quận Ninh Kiều, Cần Thơ", "0292 3811 900")))
    head = ('<meta name="Generator" content="Drupal 7 (http://drupal.org)"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2023-11-21T16:40:00+07:00">')
    h = doc(title + " | Nông sản và Thương mại", head, body)
    meta = art(url="https://%s/nong-san/gia-sau-rieng-quay-dau-giam-nha-vuon-mien-tay-cham-thu-hoach" % host, relevant=False,
               title=title, lead=lead, author=None, published_at="2023-11-21T16:40+07:00", date_str=date_str, blocks=blocks,
               flags=["drupal7", "field-name-body", "gui-boi-account-null", "luc-time-ngay-date",
                      "off-topic-agriculture", "nguon-line"])
    return meta, h


# 9 WordPress, stale meta, PV ------------------------------------------------------------------------
def p09(rng):
    host = "tintucvungcao.example.vn"
    title = "Học sinh dân tộc nội trú học lập trình robot qua lớp học trực tuyến"
    lead = ("Mỗi tối thứ Ba và thứ Sáu, hơn 80 học sinh Trường Phổ thông dân tộc nội trú huyện Sìn Hồ Thượng kết nối với "
            "giảng viên ở thành phố để học lập trình robot cơ bản.")
    hand = [
        ("p", "Lớp học là một phần của chương trình hỗ trợ kỹ năng số cho học sinh vùng khó do một quỹ khuyến học phối hợp với "
              "nhà trường tổ chức. Bộ linh kiện robot được tài trợ, còn đường truyền internet cáp quang vừa được kéo về trường "
              "hồi đầu năm học."),
        ("p", "Em Giàng A Sử, học sinh lớp 11, cho biết lần đầu tiên em tự lập trình được chiếc xe nhỏ tránh vật cản. Em mơ "
              "ước sau này thi vào ngành kỹ thuật máy tính để về làm việc tại quê."),
        ("img", "Học sinh trường nội trú lắp ráp robot trong giờ học trực tuyến."),
        ("related", ["Đưa internet cáp quang về 30 điểm trường vùng cao", "Thư viện số cho trường học miền núi"]),
    ]
    blocks = grow(rng, "cds", hand, 280, 460)
    date_str = "Đăng lúc 19:05 ngày 03/03/2025"
    ymd = (2025, 3, 3)
    body = (
        '<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">'
        '<p class="site-title"><a href="/">Tin Tức Vùng Cao</a></p><p class="site-description">Thông tin miền núi phía '
        'Bắc</p></div>'
        '%s</header>\n<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" '
        'class="site-main">'
        '<article id="post-7731" class="post-7731 post type-post status-publish format-standard has-post-thumbnail '
        'category-giao-duc">\n'
        '<header class="entry-header"><span class="cat-links"><a href="/category/giao-duc/" rel="category tag">Giáo '
        'dục</a></span>'
        '<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">%s</span> '
        '<span class="byline"> bởi <span class="author vcard"><a class="url fn n" '
        'href="/author/editor01/">editor01</a></span></span>'
        '</div></header>\n<div class="entry-content"><p class="sapo"><strong>%s</strong></p>\n%s\n'
        '<p style="text-align: right;"><strong>PV</strong></p></div>\n<footer class="entry-footer"><span '
        'class="tags-links">%s</span>'
        '</footer></article>\n<nav class="navigation post-navigation"><a href="#" rel="prev">Bài trước</a> '
        '<a href="#" rel="next">Bài sau</a></nav><div id="comments" class="comments-area">%s</div></main></div>\n'
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">%s</section>'
        '<section class="widget">%s</section></aside></div>%s%s</div>'
        % (C.menu(host, "main-navigation"), E(title), date_str, E(lead), render(blocks, rng=rng),
           C.tags(["kỹ năng số", "giáo dục vùng cao"]), C.comments(rng, 2),
           C.side_list(rng, host, "Bài viết mới", 8, ymd, style=2), C.side_list(rng, host, "Xem nhiều", 6, ymd, style=2),
           C.cookie(), C.footer("Tin Tức Vùng Cao", "Số 7 tổ 3, phường Tân Phong, TP. Lai Hòa", "0213 3876 543")))
    head = ('<meta name="generator" content="WordPress 6.4.3"><meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2025-02-27T02:11:48+00:00">'
            '<meta property="article:modified_time" content="2025-03-03T12:05:10+00:00">')
    h = doc(title + " – Tin Tức Vùng Cao", head, body)
    meta = art(url="https://%s/2025/03/03/hoc-sinh-dan-toc-noi-tru-hoc-lap-trinh-robot/" % host, relevant=True, title=title,
               lead=lead, author="PV", published_at="2025-03-03T19:05+07:00", date_str=date_str, blocks=blocks,
               flags=["wordpress", "entry-content", "stale-meta-date", "dang-luc", "pv-author", "cms-account-editor01",
                      "bold-sapo-in-body"])
    return meta, h


# 10 e-magazine long-form with base64 hero ---------------------------------------------------------
def p10(rng):
    host = "emag.baodongbang.example.vn"
    title = "Những “kỹ sư chân đất” đưa làng lên không gian số"
    lead = ("Không bằng cấp công nghệ, không văn phòng, những người nông dân, giáo viên, bưu tá ở các bản làng xa xôi đang "
            "lặng lẽ trở thành cầu nối giữa người dân với chính quyền số.")
    hand = [
        ("p", "Chiều muộn, tiếng máy phát điện nhỏ rì rì vang lên ở nhà văn hóa bản Nà Lừa. Anh Hà Văn Tính kéo chiếc bàn gỗ ra "
              "giữa sân, đặt lên đó một bộ phát wifi, hai chiếc điện thoại cũ và một cuốn sổ bìa xanh đã sờn mép. Đó là toàn bộ "
              "“văn phòng” của tổ công nghệ số bản, nơi mỗi tối có chừng hai chục người ghé lại hỏi cách nộp hồ sơ, cách "
              "chuyển tiền "
              "hay cách xem điểm thi của con."),
        ("p", "Anh Tính vốn là thợ sửa xe máy. Ba năm trước, khi xã vận động thành lập tổ công nghệ số cộng đồng, anh được "
            "bà con "
              "đề cử vì “hiểu máy móc”. Ban đầu anh cũng lúng túng trước những thuật ngữ như định danh điện tử, dịch vụ công "
              "toàn "
              "trình hay ví điện tử. Anh tự học qua các video hướng dẫn, hỏi cán bộ văn hóa xã, rồi ghi chép từng bước vào "
              "cuốn sổ."),
        ("h", "Từ cuốn sổ bìa xanh"),
        ("p", "Cuốn sổ của anh Tính giờ đã dày hơn trăm trang, ghi lại những câu hỏi thường gặp và cách giải đáp bằng lời lẽ "
              "dễ hiểu nhất. Có trang hướng dẫn cách chụp ảnh giấy tờ cho rõ nét, có trang dặn bà con không bao giờ đọc mã OTP "
              "cho người lạ qua điện thoại."),
        ("img", "Anh Hà Văn Tính hướng dẫn người dân bản Nà Lừa sử dụng dịch vụ công trực tuyến."),
        ("quote", "Người già ở bản không sợ cái điện thoại, họ chỉ sợ bấm sai rồi mất tiền. Mình phải ngồi cạnh, bấm cùng họ "
            "vài lần "
                  "là họ yên tâm."),
    ]
    for head, paras in SECTIONS:
        hand.append(("h", head))
        hand += [("p", p) for p in paras]
        if head.startswith("Người bưu tá"):
            hand.append(("img", "Anh Sầm Văn Chiến nhận hàng nông sản của bà con để gửi đi."))
    blocks = grow(rng, "cds", hand, 1520, 2300)
    blocks.append(("p", "Khi chúng tôi rời bản, trời đã tối hẳn. Dưới ánh đèn vàng của nhà văn hóa, anh Tính vẫn ngồi bên "
        "chiếc bàn "
                        "gỗ, kiên nhẫn chỉ cho một cụ bà cách mở ứng dụng xem lương hưu. Những kỹ sư chân đất ấy không xây cầu, "
                        "không dựng nhà, nhưng họ đang bắc những nhịp cầu vô hình đưa bản làng bước vào thời đại số."))
    raw = bytes(rng.getrandbits(8) for _ in range(260000))
    b64 = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + raw).decode("ascii")
    credit = "Nội dung: Phạm Nhật Hạ - Tòng Văn Khải | Ảnh: Lương Quý | Thiết kế: Vũ Hà My"
    date_str = "Thời gian đăng: 07:00 | 01/01/2025"
    ymd = (2025, 1, 1)
    body = (
        '<div class="emag-topbar"><a href="https://baodongbang.example.vn/" class="emag-logo">Báo Đông Bằng</a>'
        '<a href="/emagazine" class="emag-home">E-magazine</a></div>\n'
        '<div class="emag-cover" style="position:relative"><img class="emag-hero" alt="Ảnh bìa" src="data:image/jpeg;base64,%s">'
        '<div class="emag-cover-text"><h1 class="emag-title">%s</h1></div></div>\n'
        '<div class="emag-wrapper"><div class="emag-credit"><p>%s</p><p class="emag-date">%s</p></div>\n'
        '<div class="emag-sapo"><p>%s</p></div>\n<div class="emag-content e-magazine__body">%s</div>\n'
        '<div class="emag-end">%s%s</div></div>\n<div class="emag-more">%s</div>%s'
        % (b64, E(title), E(credit), date_str, E(lead), render(blocks, rng=rng, fig="figure"), C.share_bar(),
           C.tags(["e-magazine", "tổ công nghệ số", "bản làng"]), C.side_list(rng, "baodongbang.example.vn", "E-magazine khác", 6,
                                                                           ymd, style=2),
           C.footer("Báo Đông Bằng", "Số 3 đường Lê Lợi, TP. Đông Bằng", "0203 3825 888")))
    head = ('<meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Những kỹ sư chân đất","datePublished":"2025-01-01T07:00:00+07:00"}</script>')
    h = doc(title.replace("“", "").replace("”", "") + " | E-magazine Báo Đông Bằng", head, body)
    meta = art(url="https://%s/nhung-ky-su-chan-dat-dua-lang-len-khong-gian-so-e1821.html" % host, relevant=True, title=title,
               lead=lead, author="Phạm Nhật Hạ, Tòng Văn Khải", published_at="2025-01-01T07:00+07:00", date_str=date_str,
               blocks=blocks, kind="long", credit=credit,
               flags=["emagazine", "long-form", "inline-base64-image", "credit-block-noi-dung-anh-thiet-ke",
                      "thoi-gian-dang", "time-before-date"])
    return meta, h


# 11 legacy nested tables, traffic -------------------------------------------------------------------
def p11(rng):
    host = "baocuasong.example.vn"
    title = "Cầu phao Bến Dừa tạm dừng hoạt động ba ngày để sửa chữa"
    lead = ("Từ 6 giờ sáng mai, phương tiện qua lại giữa hai bờ sông Cái phải đi vòng qua cầu Tân An, quãng đường dài thêm "
            "khoảng 14 cây số.")
    hand = [
        ("p", "Theo đơn vị quản lý, nhiều phao nổi và tấm mặt cầu đã bị mục sau mùa mưa lũ, cần thay thế để bảo đảm an toàn. "
              "Trong thời gian sửa chữa, đò ngang vẫn hoạt động phục vụ người đi bộ và xe đạp từ 5 giờ đến 21 giờ hằng ngày."),
        ("img", "Cầu phao Bến Dừa xuống cấp sau mùa mưa lũ."),
        ("p", "Ông Lê Văn Trọng, người dân xã Bến Dừa, cho rằng việc sửa cầu là cần thiết nhưng đề nghị ngành chức năng tăng "
            "thêm "
              "chuyến đò vào giờ học sinh đi học và tan trường."),
    ]
    blocks = grow(rng, "traffic", hand, 230, 420)
    date_str = "Thứ năm, 20/12/2012, 15:42 GMT+7"
    ymd = (2012, 12, 20)
    side = C.side_list(rng, host, "Tin khác", 12, ymd, style=0)
    body = (
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>'
        '<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td background="/images/bg_top.gif" height="120">'
        '<img src="/images/banner.jpg" width="980" height="120" alt="Báo Cửa Sông"></td></tr>'
        '<tr><td class="menu" bgcolor="#003399">%s</td></tr></table>\n'
        '<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td width="180" valign="top" class="leftcol"><font size="2"><b>CHUYÊN MỤC</b></font><br>'
        '<a href="/thoisu">Thời sự</a><br><a href="/kinhte">Kinh tế</a><br><a href="/giaothong">Giao thông</a><br>'
        '<a href="/vanhoa">Văn hóa</a><br></td>\n<td width="600" valign="top"><table width="100%%" cellpadding="6"><tr><td>'
        '<font face="Arial" size="1" color="#666666">%s</font><br>'
        '<font face="Arial" size="4" color="#990000"><b>%s</b></font><br><br>'
        '<font face="Arial" size="2"><b>%s</b></font><br><br>\n%s\n'
        '<div align="right"><font face="Arial" size="2"><b><i>Đức Thắng</i></b></font></div><br>'
        '<a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In bài</a> '
        '<a href="/guibai.asp"><img src="/images/mail.gif" border="0"> Gửi cho bạn bè</a></td></tr></table></td>\n'
        '<td width="200" valign="top" class="rightcol">%s<br>%s</td></tr></table>\n'
        '<table width="100%%" bgcolor="#003399"><tr><td align="center"><font color="#ffffff" size="1">'
        'BÁO CỬA SÔNG ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Cửa Sông<br>Địa chỉ: 15 Trần Phú, thị xã Cửa Sông. ĐT: 075.3822.191'
        '<br>Giấy phép số 88/GP-BC ngày 10/05/2006</font></td></tr></table></td></tr></table>'
        % (" | ".join('<a href="/%s"><font color="#ffffff">%s</font></a>' % (C.slug(m), E(m)) for m in C.MENU[:9]),
           date_str, E(title), E(lead), render(blocks, mode="br", rng=rng), side,
           C.side_list(rng, host, "Đọc nhiều", 8, ymd, style=2)))
    h = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Bao Cua Song - %s</title>'
         '<link href="/css/style.css" rel="stylesheet" type="text/css"></head>\n<body bgcolor="#FFFFFF" '
         'topmargin="0">%s</body></html>\n'
         % (E(title), body))
    meta = art(url="https://%s/giaothong/2012/12/cau-phao-ben-dua-tam-dung-hoat-dong-31877.html" % host, relevant=False,
               title=title, lead=lead, author="Đức Thắng", published_at="2012-12-20T15:42+07:00", date_str=date_str,
               blocks=blocks, flags=["legacy-table-layout", "font-br-paragraphs", "no-p-tags", "gmt7", "weekday",
                                     "right-italic-author", "off-topic-traffic", "table-caption"])
    return meta, h


def amp_imgs(s):
    return re.sub(r'<img ([^>]*)>', r'<amp-img layout="responsive" width="640" height="400" \1></amp-img>', s)


# 12 AMP health ---------------------------------------------------------------------------------
def p12(rng):
    host = "baosuckhoecongdong.example.vn"
    title = "Số ca sốt xuất huyết tăng gấp đôi, nhiều xã ven đô thành điểm nóng"
    lead = ("Trong tháng qua, toàn tỉnh ghi nhận hơn 1.300 ca sốt xuất huyết, gấp đôi cùng kỳ năm trước; ngành y tế cảnh báo "
            "đỉnh dịch có thể kéo dài đến tháng 10.")
    hand = [
        ("p", "Tại Bệnh viện Đa khoa khu vực phía Nam, khoa Truyền nhiễm luôn trong tình trạng kín giường, có thời điểm phải kê "
              "thêm giường xếp ngoài hành lang. Phần lớn bệnh nhân đến từ các xã ven đô, nơi có nhiều công trình xây dựng và "
              "dụng cụ chứa nước không được che đậy."),
        ("img", "Bệnh nhi sốt xuất huyết được điều trị tại khoa Truyền nhiễm."),
        ("ul", ["Đậy kín dụng cụ chứa nước, thả cá ăn bọ "
            "gậy", "Ngủ màn kể cả ban ngày", "Đến cơ sở y tế khi sốt cao liên "
            "tục trên hai ngày",
                "Không tự ý truyền dịch tại nhà"]),
    ]
    blocks = grow(rng, "health", hand, 260, 460)
    date_str = "Thứ Bảy, 15/06/2024 - 22:10"
    ymd = (2024, 6, 15)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"2024-06-15T22:10:00+07:00",'
          '"dateModified":"2024-06-16T07:02:00+07:00","author":{"@type":"Organization","name":"Báo Sức Khỏe Cộng Đồng",'
          '"member":{"@type":"Person","name":"Nguyễn Diệu Linh"}},"publisher":{"@type":"Organization",'
          '"name":"Báo Sức Khỏe Cộng Đồng"}}' % title)
    head = ('<link rel="canonical" href="https://%s/y-te/so-ca-sot-xuat-huyet-tang-gap-doi-169240615.htm">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
            '<style amp-custom>.amp-header{background:#0a7d3e}.detail-title{font-size:24px}</style>'
            '<script type="application/ld+json">%s</script>' % (host, ld))
    body = (
        '<header class="amp-header"><a href="/amp/"><amp-img src="/logo.png" width="160" height="40" alt="Sức Khỏe Cộng Đồng">'
        '</amp-img></a><amp-sidebar id="sidebar" layout="nodisplay" side="left">%s</amp-sidebar></header>\n'
        '<main class="amp-main"><div class="amp-breadcrumb"><a href="/amp/y-te.htm">Y tế</a></div>\n<article class="amp-detail">'
        '<h1 class="detail-title">%s</h1>\n<div class="detail-author-time"><span class="detail-author">Nguyễn Diệu Linh</span> '
        '<span class="detail-time">%s</span></div>\n<h2 class="detail-sapo">%s</h2>\n'
        '<div class="detail-content">%s</div>\n<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_inread">'
        '</amp-ad>\n<div class="detail-tags">%s</div></article>\n<div class="amp-related">%s</div></main>%s'
        % (C.menu(host), E(title), date_str, E(lead), amp_imgs(render(blocks, rng=rng)),
           C.tags(["sốt xuất huyết", "phòng chống dịch"]), C.side_list(rng, host, "Tin liên quan", 8, ymd, style=0),
           C.footer("Báo Sức Khỏe Cộng Đồng", "Số 138A Giảng Võ, Hà Nội", "024 3846 1042")))
    h = ('<!doctype html>\n<html amp lang="vi">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
         '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n%s\n</head>\n<body>\n%s\n</body>\n'
         '</html>\n' % (E(title), head, body))
    meta = art(url="https://%s/amp/y-te/so-ca-sot-xuat-huyet-tang-gap-doi-169240615.htm" % host, relevant=False, title=title,
               lead=lead, author="Nguyễn Diệu Linh", published_at="2024-06-15T22:10+07:00", date_str=date_str, blocks=blocks,
               flags=["amp", "jsonld-person-in-organization", "weekday", "date-dash-time", "off-topic-health", "list-in-body"])
    return meta, h


# 13 m. host culture -----------------------------------------------------------------------------
def p13(rng):
    host = "m.vanhoaxuannam.example.vn"
    title = "Đêm then ở Bản Khoang: khi tiếng tính tẩu vang bên bếp lửa"
    lead = ("Hơn ba mươi nghệ nhân từ năm huyện vùng cao đã quy tụ về Bản Khoang trong đêm hội then, mang theo những làn điệu "
            "được truyền lại qua nhiều thế hệ.")
    hand = [
        ("p", "Bà Hoàng Thị Lụa, 81 tuổi, nghệ nhân cao tuổi nhất của đêm hội, vẫn giữ được giọng hát trong và chắc. Bà kể "
            "đã theo "
              "mẹ đi hát then từ năm mười hai tuổi, thuộc lòng hàng chục bài then cổ mà nay rất ít người còn nhớ."),
        ("img", "Các nghệ nhân biểu diễn then bên bếp lửa tại Bản Khoang."),
        ("p", "Chương trình năm nay có thêm phần giao lưu giữa các nghệ nhân với học sinh trường dân tộc nội trú. Nhiều em "
            "lần đầu "
              "được cầm cây đàn tính, học những câu hát mở đầu một buổi then."),
    ]
    blocks = grow(rng, "culture", hand, 250, 430)
    date_str = "lúc 8:30 tối ngày 12/10/2023"
    ymd = (2023, 10, 12)
    body = (
        '<div class="m-header"><a class="m-logo" href="/">Văn Hóa Xuân Nam</a><button class="m-menu-btn">☰</button>'
        '<div class="m-drawer">%s</div></div>\n<div class="m-content"><div class="m-cate"><a href="/van-hoa">Văn hóa</a></div>\n'
        '<h1 class="m-title">%s</h1>\n<div class="m-meta"><span class="m-author">Thực hiện: Ngọc Anh</span><br>'
        '<span class="m-time">Đăng %s</span></div>\n<div class="m-sapo">%s</div>\n<div class="m-body fck_detail">%s</div>\n'
        '%s<div class="m-more">%s</div><a class="m-desktop" href="https://vanhoaxuannam.example.vn/">Xem phiên bản máy tính</a>'
        '</div>%s'
        % (C.menu(host, "m-nav"), E(title), date_str, E(lead), render(blocks, mode="normal", rng=rng), C.share_bar(),
           C.side_list(rng, host, "Đọc tiếp", 8, ymd, style=1),
           C.footer("Tuần báo Văn Hóa Xuân Nam", "Số 60 Điện Biên Phủ, TP. Xuân Nam", "0209 3870 111")))
    head = ('<meta property="og:type" content="article"><link rel="canonical" href="https://vanhoaxuannam.example.vn/van-hoa/'
            'dem-then-o-ban-khoang-a5521.html"><meta name="pubdate" content="2023-10-12T20:30:00+07:00">')
    h = doc(title + " - Văn Hóa Xuân Nam", head, body)
    meta = art(url="https://%s/van-hoa/dem-then-o-ban-khoang-a5521.html" % host, relevant=False, title=title, lead=lead,
               author="Ngọc Anh", published_at="2023-10-12T20:30+07:00", date_str=date_str, blocks=blocks,
               flags=["mobile-m-host", "12h-toi", "luc-ngay", "thuc-hien", "off-topic-culture", "fck-detail-normal"])
    return meta, h
