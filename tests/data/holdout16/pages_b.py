"""Pages 7-12: Joomla 3 (agriculture), Drupal 7, WordPress commune, old table layout, m. ministry, AMP."""
import json
import random

from common import (
    COOKIE,
    E,
    ads_script,
    comments,
    extra_chrome,
    footer,
    link_box,
    menu,
    page,
    render_blocks,
    sidebar,
    tags,
    truth,
    truth_text,
)


def p_joomla():
    tp = "joomla39-item-page-huyen"
    rng = random.Random(201)
    title = "Nông dân Yên Thủy thu lãi khá nhờ mô hình lúa - cá kết hợp"
    lead = ("Vụ hè thu năm nay, 35 hộ dân ở xã Yên Thủy tham gia mô hình nuôi cá trong ruộng lúa trên diện tích 18 ha, "
            "lợi nhuận bình quân cao hơn trồng lúa đơn thuần khoảng 1,6 lần.")
    blocks = [
        ("lead_in_body", lead),
        ("p", "Mô hình do Trạm Khuyến nông huyện hướng dẫn kỹ thuật, hỗ trợ 50% giống cá chép lai và cá rô phi đơn tính. "
              "Các hộ đào mương bao quanh ruộng, đắp bờ cao khoảng 60 cm để giữ nước và tránh cá thoát ra ngoài khi mưa lớn. "
              "Lúa được gieo cấy bằng giống ngắn ngày, ít sâu bệnh, hạn chế tối đa thuốc bảo vệ thực vật."),
        ("p", "Ông Bùi Văn Chiến, một trong những hộ đầu tiên tham gia, cho biết cá ăn sâu non và cỏ dại nên ruộng gần như "
              "không phải phun thuốc. Sau ba tháng rưỡi, gia đình ông thu gần 5 tấn lúa và hơn 700 kg cá thương phẩm trên "
              "diện tích 7.000 mét vuông, trừ chi phí còn lãi khoảng 42 triệu đồng."),
        ("img", "/images/2024/08/lua-ca-yenthuy.jpg", "Nông dân xã Yên Thủy thu hoạch cá trong ruộng lúa.", "em"),
        ("p", "Theo cán bộ khuyến nông, lợi ích lớn nhất của mô hình là cải thiện môi trường đất và nước, tận dụng được "
              "nguồn thức ăn tự nhiên. Tuy nhiên, người dân cần chủ động nguồn nước, thường xuyên kiểm tra bờ ruộng và "
              "không sử dụng thuốc diệt cỏ ảnh hưởng đến cá."),
        ("p", "Năm tới, huyện dự kiến mở rộng mô hình ra thêm ba xã có điều kiện tương tự, ưu tiên những vùng ruộng trũng "
              "thường xuyên ngập nước. Huyện cũng khuyến khích thành lập tổ hợp tác để liên kết tiêu thụ cá ruộng, xây dựng "
              "nhãn hiệu sản phẩm địa phương."),
        ("src", "Nguồn: Trạm Khuyến nông huyện Yên Thủy"),
    ]
    date_str = "Chủ nhật, 18 Tháng 8 2024 10:05"
    avoid = (2024, 8, 18)
    head = (f"<title>{E(title)}</title>\n"
            '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
            '<link href="/templates/protostar/css/template.css" rel="stylesheet">\n'
            '<script src="/media/jui/js/jquery.min.js?4e6e1a"></script>\n'
            '<script src="/media/system/js/caption.js?4e6e1a"></script>\n'
            '<script>jQuery(window).on(\'load\',  function() { new JCaption(\'img.caption\'); });</script>')
    body = f"""<body class="site com_content view-article no-layout no-task itemid-143">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/">
<img src="/images/banner-yenthuy.jpg" alt="Cổng thông tin điện tử huyện Yên Thủy"></a>
<div class="header-search pull-right"><form action="/index.php" method="post" class="form-inline"><label
for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search"
placeholder="Tìm kiếm..."></form></div></div></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu">{menu("nav menu nav-pills mod-list")}</div></nav>
<div class="row-fluid"><div id="sidebar" class="span3"><div class="sidebar-nav">{sidebar(rng, "Chuyên mục", 10, avoid,
"moduletable")}{link_box()}</div></div>
<main id="content" role="main" class="span6">
<div id="system-message-container"></div>
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>
<li itemprop="itemListElement"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a> <span
class="divider">/</span></li>
<li itemprop="itemListElement"><a itemprop="item" href="/kinh-te" class="pathway"><span itemprop="name">Kinh
tế</span></a></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h2 itemprop="headline">{E(title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span
class="icon-cog"></span><span class="caret"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow"><span class="icon-print"></span>In</a></li>
<li class="email-icon"><a href="#"><span class="icon-envelope"></span>Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span
itemprop="name">editor01</span></dd>
<dd class="category-name">Danh mục: <a href="/kinh-te" itemprop="genre">Kinh tế</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="2024-08-18T03:05:00+00:00"
itemprop="datePublished">{date_str}</time></dd>
<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:611">Lượt xem:
611</dd></dl>
<div itemprop="articleBody">
{render_blocks(blocks)}
</div>
<ul class="pager pagenav"><li class="previous"><a href="/kinh-te/912" rel="prev">‹ Trước</a></li><li class="next"><a
href="/kinh-te/910" rel="next">Sau ›</a></li></ul>
</div>
{sidebar(rng, "Tin cùng chuyên mục", 8, avoid, "relateditems", fmt=3)}
</main>
<div id="aside" class="span3">{sidebar(rng, "Tin mới nhất", 10, avoid, "moduletable latestnews", fmt=1)}
{sidebar(rng, "Tin đọc nhiều", 8, avoid, "moduletable mostread")}</div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">{footer("UBND huyện Yên Thủy",
"Tiểu khu 2, thị trấn Hàng Trạm, huyện Yên Thủy, tỉnh Hòa Giang", "0229.3866.201", "ubnd@yenthuy.example.vn", 2024)}
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p></div></footer>
{extra_chrome(2011)}
{ads_script(2012)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("", "https://joomla39-item-page-huyen.example.vn/kinh-te/911-nong-dan-yen-thuy-lai-kha-nho-lua-ca",
                           tp, ["joomla", "item-page", "articlebody", "off-topic-agriculture", "cms-account-author",
                                "lead-bold-in-body", "nguon-line", "weekday-prefix", "month-word"],
                           True, False, title, lead, None, "2024-08-18T10:05+07:00", True, truth_text(blocks[1:]))}


def p_drupal7():
    tp = "drupal7-so-khcn-node"
    rng = random.Random(202)
    title = "Sở Khoa học và Công nghệ hỗ trợ doanh nghiệp nhỏ áp dụng nền tảng số"
    lead = ""
    blocks = [
        ("p", "Sở Khoa học và Công nghệ vừa ký kết chương trình phối hợp với Hiệp hội Doanh nghiệp tỉnh nhằm hỗ trợ 300 "
              "doanh nghiệp nhỏ và vừa áp dụng các nền tảng số trong quản trị, bán hàng và kế toán giai đoạn 2024 - 2026."),
        ("p", "Theo chương trình, doanh nghiệp tham gia được chuyên gia đánh giá mức độ sẵn sàng chuyển đổi số miễn phí, sau "
              "đó tư vấn lựa chọn giải pháp phù hợp với quy mô và ngành nghề. Nhà nước hỗ trợ tối đa 50% chi phí thuê nền "
              "tảng trong năm đầu, nhưng không quá 30 triệu đồng cho mỗi doanh nghiệp."),
        ("h", "Nhiều doanh nghiệp còn e ngại"),
        ("p", "Khảo sát do Sở thực hiện với 520 doanh nghiệp cho thấy chỉ 23% đang dùng phần mềm quản lý bán hàng, 11% có "
              "hệ thống quản trị nguồn lực. Lý do phổ biến là thiếu nhân lực hiểu công nghệ, lo ngại chi phí và chưa thấy "
              "hiệu quả rõ ràng trong ngắn hạn."),
        ("p", "Bà Đinh Thị Quyên, chủ một cơ sở chế biến miến dong, cho biết trước đây mọi đơn hàng đều ghi sổ tay, cuối "
              "tháng thường xuyên nhầm lẫn công nợ. Sau khi được hướng dẫn dùng phần mềm bán hàng trên điện thoại, cơ sở "
              "theo dõi được tồn kho và công nợ của từng đại lý mỗi ngày."),
        ("quote", "Doanh nghiệp nhỏ không cần giải pháp đắt tiền, cái cần là một người đi cùng trong vài tháng đầu."),
        ("p", "Sở Khoa học và Công nghệ cho biết sẽ công bố danh sách các nền tảng số đáp ứng tiêu chí trên trang thông tin "
              "điện tử của Sở trước ngày 30/9. Doanh nghiệp quan tâm có thể đăng ký tham gia qua Hiệp hội hoặc trực tiếp tại "
              "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ."),
        ("p", "Phạm Quốc Huy - Lã Thị Tuyết"),
    ]
    credit = "Phạm Quốc Huy - Lã Thị Tuyết"
    date_str = "Thứ Ba, 09/07/2024 - 16:40"
    avoid = (2024, 7, 9)
    tb = blocks[:-1]
    head = (f"<title>{E(title)} | Sở Khoa học và Công nghệ tỉnh Hòa Giang</title>\n"
            '<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n'
            '<link rel="canonical" href="/tin-tuc/so-khcn-ho-tro-doanh-nghiep-nho">\n'
            '<meta property="og:type" content="article">\n'
            '<meta property="article:published_time" content="2024-07-02T09:00:00+07:00">\n'
            '<style type="text/css" media="all">@import url("/sites/all/themes/skhcn/css/style.css?q9x2kd");</style>\n'
            '<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"skhcn"}});</'
            'script>')
    body = f"""<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-2187
node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img
src="/sites/default/files/logo.png" alt="Trang chủ"></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>Sở Khoa học và Công nghệ
tỉnh Hòa Giang</span></a></strong></div></div></div></div>
<div id="main-menu" class="navigation">{menu("links inline clearfix")}</div>
<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a
href="/tin-tuc">Tin tức</a></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{E(title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-2187" class="node node-article node-promoted node-full clearfix" about="/tin-tuc/so-khcn-ho-tro-doanh-nghiep-nho"
typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="2024-07-02T09:00:00+07:00" datatype="xsd:dateTime"
rel="sioc:has_creator">
Gửi bởi <span class="username" xml:lang="" about="/user/1" typeof="sioc:UserAccount" property="foaf:name"
datatype="">admin</span> lúc {date_str}</span></div>
<div class="content clearfix">
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item
even"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/dn-nho-chuyen-doi-so.jpg" width="480" height="320"
alt=""></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div
class="field-item even" property="content:encoded">
{render_blocks(tb)}
<p><strong>{E(credit)}</strong></p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div
class="field-label">Tags:&nbsp;</div><div class="field-items">
<div class="field-item even"><a href="/taxonomy/term/12">chuyển đổi số doanh nghiệp</a></div><div class="field-item odd"><a
href="/taxonomy/term/31">SME</a></div></div></div>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="comment_forbidden first last"><span><a
href="/user/login?destination=comment/reply/2187%23comment-form">Đăng nhập</a> để gửi bình luận</span></li></ul></div>
</div></div></div></div>
{sidebar(rng, "Bài viết liên quan", 8, avoid, "block block-views", fmt=0)}
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
{sidebar(rng, "Tin mới", 10, avoid, "block block-views view-tin-moi", fmt=1)}
{sidebar(rng, "Xem nhiều", 8, avoid, "block block-statistics")}{link_box()}</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section">{footer("Sở Khoa học và Công nghệ tỉnh Hòa Giang",
"Số 9 đường Cù Chính Lan, phường Hòa Bình, tỉnh Hòa Giang", "0229.3854.330", "skhcn@hoagiang.example.vn", 2024)}</div></div>
</div></div>
{extra_chrome(2021)}
{ads_script(2022)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": credit,
            "truth": truth("", "https://drupal7-so-khcn-node.example.vn/tin-tuc/so-khcn-ho-tro-doanh-nghiep-nho",
                           tp, ["drupal-7", "field-name-body", "gui-boi-account", "stale-meta-date", "two-authors-dash",
                                "bold-name-last-line", "no-lead", "weekday-prefix"],
                           True, True, title, lead, "Phạm Quốc Huy, Lã Thị Tuyết", "2024-07-09T16:40+07:00", True,
                               truth_text(tb))}


def p_wordpress():
    tp = "wp-xa-theme-entry-content"
    rng = random.Random(203)
    title = "Xã Minh Tiến hoàn thành gắn mã địa chỉ số cho 4.800 hộ dân"
    lead = ("Chỉ trong hơn một tháng, lực lượng công an xã cùng tổ công nghệ số cộng đồng đã gắn biển mã QR địa chỉ số "
            "cho toàn bộ các hộ gia đình, cơ sở kinh doanh trên địa bàn xã Minh Tiến.")
    blocks = [
        ("p", "Mỗi biển địa chỉ số được gắn ở cổng nhà, chứa thông tin vị trí chính xác trên bản đồ số quốc gia. Khi quét mã, "
              "người giao hàng, nhân viên cứu hộ hoặc cán bộ thôn có thể xác định đường đi đến hộ gia đình mà không phải hỏi "
              "thăm như trước. Đây là tiện ích đặc biệt hữu ích với các thôn mới tách, nhập sau sắp xếp."),
        ("p", "Việc gắn mã được chia làm ba đợt. Đợt đầu ưu tiên các hộ kinh doanh dọc tuyến đường trục xã, tiếp theo là hộ gia "
              "đình ở khu dân cư tập trung, cuối cùng là các hộ ở xa trung tâm. Tổ công tác đồng thời rà soát, bổ sung thông tin "
              "chủ hộ và số điện thoại để phục vụ gửi cảnh báo thiên tai."),
        ("img", "/wp-content/uploads/2025/10/gan-ma-dia-chi-so.jpg",
            "Đoàn viên thanh niên gắn biển mã địa chỉ số tại thôn Đông.", "figure"),
        ("h", "Hơn 200 hộ kinh doanh đã đăng ký lên bản đồ số"),
        ("p", "Ngoài biển địa chỉ, 214 hộ kinh doanh đã được hỗ trợ đăng ký thông tin lên các nền tảng bản đồ phổ biến, kèm ảnh "
              "cửa hàng, giờ mở cửa và số điện thoại. Nhiều quán ăn, tiệm sửa xe cho biết lượng khách vãng lai tìm đến tăng rõ "
              "sau khi có thông tin trên bản đồ."),
        ("p", "Đồng chí Tạ Văn Lực, Phó Chủ tịch UBND xã, cho biết xã sẽ tiếp tục cập nhật địa chỉ số cho các công trình công "
              "cộng như trường học, trạm y tế, nhà văn hóa thôn và điểm sơ tán khi có bão lũ. Dữ liệu sẽ được chia sẻ với các "
              "lực lượng chức năng để phục vụ công tác cứu hộ, cứu nạn."),
    ]
    credit = "Phóng viên: Nguyễn Thu Hà - Trần Minh Đức"
    date_str = "Đăng lúc 9:15 sáng, 14/10/2025"
    avoid = (2025, 10, 14)
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://wp-xa-theme-entry-content.example.vn/gan-ma-dia-chi-so/", "name": title},
        {"@type": "Article", "headline": title, "datePublished": "2025-10-14T02:15:00+00:00",
         "dateModified": "2025-10-16T08:40:11+00:00", "author": {"@type": "Person", "name": "quantri"}}]}
    head = (f"<title>{E(title)} &#8211; Trang thông tin điện tử xã Minh Tiến</title>\n"
            '<meta name="generator" content="WordPress 6.4.3">\n'
            '<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/'
            'style.min.css?ver=6.4.3" media="all">\n'
            '<link rel="stylesheet" id="xatheme-style-css" href="/wp-content/themes/xatheme/style.css?ver=1.2" media="all">\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>')
    body = f"""<body class="post-template-default single single-post postid-1287 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Trang thông
tin điện tử xã Minh Tiến</a></p>
<p class="site-description">Chính quyền thân thiện - phục vụ nhân dân</p></div>
<nav id="site-navigation" class="main-navigation">{menu("menu nav-menu")}</nav></header>
<div id="content" class="site-content"><div class="ast-breadcrumbs"><a href="/">Trang chủ</a> › <a href="/category/tin-tuc/">Tin
tức</a> › <span>{E(title)}</span></div>
<main id="primary" class="site-main">
<article id="post-1287" class="post-1287 post type-post status-publish format-standard has-post-thumbnail hentry
category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{E(title)}</h1>
<div class="entry-meta"><span class="posted-on">{date_str}</span> <span class="byline"> bởi <span class="author vcard"><a
class="url fn n" href="/author/quantri/">quantri</a></span></span></div></header>
<div class="entry-content">
<p><strong>{E(lead)}</strong></p>
{render_blocks(blocks)}
<p style="text-align: right;"><em>{E(credit)}</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/" rel="category tag">Tin
tức</a></span>
{tags(["địa chỉ số", "bản đồ số", "Minh Tiến"], "tags-links", "Thẻ:")}</footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/hoi-nghi-giao-ban/"
rel="prev">Hội nghị giao ban tháng 9</a></div>
<div class="nav-next"><a href="/lich-tiep-dan/" rel="next">Lịch tiếp công dân tháng 11</a></div></div></nav>
{comments(rng, 2, "comments-area")}
</main>
<aside id="secondary" class="widget-area">{sidebar(rng, "Bài viết mới", 10, avoid, "widget widget_recent_entries", fmt=0,
tag="section")}
{sidebar(rng, "Xem nhiều", 8, avoid, "widget widget_top-posts", tag="section")}{link_box("Liên kết")}</aside>
</div>
<footer id="colophon" class="site-footer">{footer("Ủy ban nhân dân xã Minh Tiến",
"Thôn Trung Tâm, xã Minh Tiến, tỉnh Hòa Giang", "0229.3890.456", "ubndminhtien@hoagiang.example.vn", 2025, "site-info")}</footer>
</div>
{COOKIE}
{extra_chrome(2031)}
{ads_script(2032)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": credit,
            "truth": truth("", "https://wp-xa-theme-entry-content.example.vn/2025/10/14/gan-ma-dia-chi-so/",
                           tp, ["wordpress", "entry-content", "commune-post-merger", "12h-sang", "phong-vien-two-names",
                                "lead-bold-in-body", "jsonld-account-author", "figcaption"],
                           True, True, title, lead, "Nguyễn Thu Hà, Trần Minh Đức", "2025-10-14T09:15+07:00", True,
                           truth_text(blocks))}


def p_oldtable():
    tp = "table-font-br-huyen-2008"
    rng = random.Random(204)
    title = "Huyện Cao Phong đưa phần mềm một cửa điện tử vào sử dụng"
    lead = ""
    blocks = [
        ("p", "Sau ba tháng lắp đặt và chạy thử, phần mềm một cửa điện tử tại UBND huyện Cao Phong đã chính thức được đưa vào "
              "sử dụng từ đầu tháng 9. Đây là huyện thứ hai trong tỉnh áp dụng phần mềm tin học hóa quy trình tiếp nhận và trả "
              "kết quả hồ sơ hành chính cho tổ chức, công dân."),
        ("p", "Theo đó, mọi hồ sơ khi tiếp nhận đều được nhập vào máy tính, in phiếu hẹn có mã số. Người dân có thể tra cứu "
              "tình trạng giải quyết hồ sơ qua màn hình cảm ứng đặt tại phòng tiếp dân hoặc trên trang thông tin điện tử của "
              "huyện. Lãnh đạo huyện theo dõi được hồ sơ chậm hạn ở từng phòng, ban."),
        ("h", "Giảm phiền hà cho người dân"),
        ("p", "Trước đây, người dân phải đến nhiều lần để hỏi kết quả giải quyết hồ sơ đất đai, xây dựng. Nay chỉ cần nhập số "
              "phiếu hẹn là biết hồ sơ đang ở bộ phận nào. Tháng đầu tiên, bộ phận một cửa huyện tiếp nhận 612 hồ sơ, trong đó "
              "587 hồ sơ được giải quyết đúng hẹn."),
        ("ul", ["Lĩnh vực đất đai: 318 hồ sơ", "Lĩnh vực xây dựng: 97 hồ sơ", "Lĩnh vực đăng ký kinh doanh: 124 hồ sơ",
                "Các lĩnh vực khác: 73 hồ sơ"]),
        ("p", "Ông Quách Văn Bình, Phó Chủ tịch UBND huyện, cho biết huyện sẽ đề nghị tỉnh hỗ trợ kinh phí để mở rộng phần "
              "mềm xuống các xã, thị trấn trong năm tới, đồng thời tổ chức lớp tin học cơ bản cho cán bộ tư pháp, địa chính "
              "cấp xã."),
    ]
    credit = "Theo Minh Quân (Báo Hòa Giang)"
    date_str = "Cập nhật ngày 25/09/08 lúc 4:30 PM"
    avoid = (2008, 9, 25)
    head = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f"<title>UBND HUYEN CAO PHONG - {E(title)}</title>\n"
            '<link href="style.css" rel="stylesheet" type="text/css">\n'
            '<script language="JavaScript" src="js/menu.js"></script>')
    left = "".join(f'<tr><td class="menuleft"><img src="images/bullet.gif"> <a href="index.php?cat={i}">{E(x)}</a></td></tr>'
                   for i, x in enumerate(["Giới thiệu chung", "Tin tức sự kiện", "Kinh tế", "Văn hóa - Xã hội",
                                          "Văn bản", "Thủ tục hành chính", "Lịch công tác", "Hỏi đáp", "Liên hệ"]))
    other = sidebar(rng, "Các tin khác", 14, avoid, "other", fmt=2)
    body = f"""<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E6E6E6">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" alt="Trang thông tin điện tử huyện Cao Phong"></td></tr>
<tr><td colspan="3" bgcolor="#0066CC" height="28"><font face="Arial" size="2" color="#FFFFFF">&nbsp;<a href="index.php"><font
color="#FFFFFF">Trang chủ</font></a> | <a href="gioithieu.php"><font color="#FFFFFF">Giới thiệu</font></a> | <a
href="tintuc.php"><font color="#FFFFFF">Tin tức</font></a> | <a href="vanban.php"><font color="#FFFFFF">Văn bản</font></a> | <a
href="lienhe.php"><font color="#FFFFFF">Liên hệ</font></a></font></td></tr>
<tr><td width="200" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#003399"><font color="#FFFFFF" face="Arial"><b>DANH MỤC</b></font></td></tr>{left}</table>
<table width="100%"><tr><td>{link_box("Liên kết")}</td></tr></table>
<table width="100%"><tr><td><font face="Arial" size="2"><b>Thống kê truy cập</b><br>Hôm nay: 87<br>Tổng số:
45.128</font></td></tr></table></td>
<td width="580" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title_news"><font face="Arial" size="4"
color="#CC0000"><b>{E(title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#666666"><i>({date_str})</i></font></td></tr>
<tr><td height="8"></td></tr>
<tr><td align="justify"><font face="Times New Roman" size="3">
{render_blocks(blocks, mode="br")}
<div align="right"><b><i>{E(credit)}</i></b></div>
</font></td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In trang</a> | <a
href="javascript:history.back()">Quay lại</a></td></tr>
</table></td></tr></table>
<table width="100%" border="0" cellpadding="4"><tr><td>{other}</td></tr></table>
</td>
<td width="200" valign="top"><table width="100%" cellpadding="3"><tr><td bgcolor="#003399"><font color="#FFFFFF"
face="Arial"><b>TIN MỚI</b></font></td></tr>
<tr><td>{sidebar(rng, "", 12, avoid, "new", fmt=0)}</td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#0066CC" align="center"><font face="Arial" size="2" color="#FFFFFF">{footer("UBND huyện Cao Phong",
"Khu 2, thị trấn Cao Phong, huyện Cao Phong, tỉnh Hòa Giang", "0229.3880.012", "caophong@hoagiang.example.vn",
2008)}</font></td></tr>
</table>
{extra_chrome(2041, 10)}
<script language="JavaScript">var pageTracker = {{id: "UA-4821{rng.randint(100, 999)}-1"}};</script>
</body>"""
    html_s = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n" + head +
              "\n</head>\n" + body + "\n</html>\n")
    return {"html": html_s, "date_str": date_str, "credit": "Minh Quân",
            "truth": truth("", "https://table-font-br-huyen-2008.example.vn/index.php?act=detail&cat=2&id=187",
                           tp, ["old-table-layout", "font-tags", "br-paragraphs", "two-digit-year", "12h-pm",
                                "theo-name-outlet", "list-as-dashes", "no-meta-date"],
                           True, True, title, lead, "Minh Quân", "2008-09-25T16:30+07:00", True, truth_text(blocks))}


def p_mobile():
    tp = "m-host-bo-ttt-detail"
    rng = random.Random(205)
    title = "Thương mại điện tử tăng trưởng mạnh, cần hoàn thiện khung pháp lý về thanh toán"
    lead = ("Doanh thu thương mại điện tử năm 2012 ước đạt khoảng 700 triệu USD, tăng gần 20% so với năm trước, nhưng niềm "
            "tin của người tiêu dùng vào thanh toán trực tuyến vẫn còn thấp.")
    blocks = [
        ("p", "Thông tin trên được đưa ra tại hội thảo về phát triển thương mại điện tử do Bộ tổ chức chiều 20/12 tại Hà Nội. "
              "Theo báo cáo, tỷ lệ doanh nghiệp có trang thông tin điện tử đã vượt 40%, song phần lớn mới dừng ở mức giới thiệu "
              "sản phẩm, chưa tích hợp chức năng đặt hàng và thanh toán."),
        ("p", "Các đại biểu cho rằng hình thức giao hàng thu tiền vẫn chiếm tới 80% giao dịch mua sắm trực tuyến. Nguyên nhân "
              "chủ "
              "yếu là người mua lo ngại lộ thông tin thẻ, trong khi thủ tục khiếu nại khi phát sinh tranh chấp còn phức tạp, "
              "thiếu cơ chế bảo vệ người tiêu dùng trên môi trường mạng."),
        ("p", "Đại diện một số ngân hàng kiến nghị cơ quan quản lý sớm ban hành quy định về xác thực giao dịch, tiêu chuẩn an "
              "toàn cho các trang bán hàng và trách nhiệm của bên trung gian thanh toán. Đồng thời, cần có chương trình truyền "
              "thông giúp người dân nhận diện các trang web lừa đảo."),
        ("p", "Phát biểu kết luận, lãnh đạo Bộ cho biết sẽ tổng hợp các ý kiến để hoàn thiện dự thảo nghị định về thương mại "
              "điện tử, trình Chính phủ trong năm 2013. Bộ cũng sẽ phối hợp với ngân hàng nhà nước xây dựng lộ trình thúc đẩy "
              "thanh toán không dùng tiền mặt trong mua sắm trực tuyến."),
    ]
    date_str = "Thứ năm, 20/12/2012, 21:05 (GMT+7)"
    avoid = (2012, 12, 20)
    head = (f"<title>{E(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">\n'
            '<link rel="canonical" href="https://m-host-bo-ttt-detail.example.vn/tin-tuc/'
            'thuong-mai-dien-tu-tang-truong-4417.htm">\n'
            '<link rel="stylesheet" href="/mobile/css/m.css?v=3">\n<script src="/mobile/js/zepto.min.js"></script>')
    mlist = sidebar(rng, "Tin khác", 14, avoid, "m-list", fmt=2)
    body = f"""<body class="mobile">
<div id="m-header"><a href="#" class="m-menu-btn" onclick="toggleMenu()">☰</a><a href="/" class="m-logo"><img
src="/mobile/img/logo-bo.png" alt="Bộ Thông tin và Truyền thông"></a>
<a href="/search" class="m-search">Tìm</a></div>
<div id="m-menu" style="display:none">{menu("m-nav", sub=False)}</div>
<div class="m-cate"><a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/kinh-te-so">Kinh tế số</a></div>
<div class="m-article">
<h1 class="m-title">{E(title)}</h1>
<div class="m-time">{date_str}</div>
<h2 class="m-sapo">{E(lead)}</h2>
<div class="m-content">{render_blocks(blocks)}
<p style="text-align:right"><strong>Theo TTXVN</strong></p></div>
<div class="m-share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>
</div>
{mlist}
{sidebar(rng, "Đọc nhiều", 10, avoid, "m-list mostread", fmt=0)}
<div class="m-footer"><a href="https://www-full.example.vn/tin-tuc/thuong-mai-dien-tu-tang-truong-4417.htm?desktop=1">Xem phiên
bản đầy đủ</a>
{footer("Cổng thông tin điện tử Bộ Thông tin và Truyền thông", "18 Nguyễn Du, Hà Nội", "024.3943.7316",
"banbientap@bo.example.vn", 2012, "m-foot")}</div>
{extra_chrome(2051, 14)}
{ads_script(2052)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("", "https://m-host-bo-ttt-detail.example.vn/tin-tuc/thuong-mai-dien-tu-tang-truong-4417.htm",
                           tp, ["mobile-m-host", "ministry", "weekday-prefix", "gmt7", "theo-ttxvn-alone",
                                "sapo-h2", "no-meta-date"],
                           True, True, title, lead, None, "2012-12-20T21:05+07:00", True, truth_text(blocks))}


def p_amp():
    tp = "amp-cong-ttdt-chinh-phu-detail"
    rng = random.Random(206)
    title = "Chính phủ yêu cầu hoàn thành kết nối cơ sở dữ liệu đất đai với dữ liệu dân cư trong quý II"
    lead_shown = ("(Tin Chính phủ) - Thủ tướng vừa ký công điện yêu cầu các bộ, ngành, địa phương đẩy nhanh việc làm sạch và "
                  "kết nối cơ sở dữ liệu đất đai với cơ sở dữ liệu quốc gia về dân cư, bảo đảm hoàn thành trong quý II.")
    lead = lead_shown[len("(Tin Chính phủ) - "):]
    blocks = [
        ("p", "Theo công điện, đến nay mới có 31 địa phương hoàn thành xây dựng cơ sở dữ liệu đất đai cấp tỉnh, nhiều nơi dữ "
              "liệu còn phân tán, chưa được cập nhật biến động thường xuyên. Điều này khiến việc giải quyết thủ tục về đất đai "
              "cho người dân còn phải yêu cầu nộp nhiều giấy tờ đã có trong hệ thống."),
        ("p", "Thủ tướng giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Công an hướng dẫn thống nhất chuẩn dữ liệu "
              "và phương thức kết nối. UBND các tỉnh, thành phố chịu trách nhiệm rà soát, đối chiếu thông tin người sử dụng đất "
              "với số định danh cá nhân, hoàn thành làm sạch dữ liệu trước ngày 30/6."),
        ("h", "Giảm giấy tờ trong thủ tục đất đai"),
        ("p", "Khi dữ liệu được kết nối, người dân làm thủ tục chuyển nhượng, thừa kế hoặc thế chấp quyền sử dụng đất sẽ không "
              "phải nộp bản sao giấy tờ tùy thân và xác nhận nơi cư trú. Cơ quan giải quyết tự khai thác thông tin từ hệ thống, "
              "qua đó rút ngắn thời gian và giảm chi phí tuân thủ."),
        ("p", "Bộ Tài chính được giao bố trí kinh phí cho các địa phương còn khó khăn; Bộ Nội vụ đưa kết quả thực hiện vào tiêu "
              "chí đánh giá người đứng đầu. Văn phòng Chính phủ theo dõi, đôn đốc và báo cáo Thủ tướng những vướng mắc vượt thẩm "
              "quyền."),
    ]
    author = "Thanh Lâm"
    date_str = "Thứ Sáu, 07/03/2025 18:12"
    avoid = (2025, 3, 7)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2025-03-06T18:12:00+07:00", "dateModified": "2025-03-07T18:40:00+07:00",
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": "Cổng Thông tin điện tử Chính phủ",
                        "logo": {"@type": "ImageObject", "url": "https://amp-cong-ttdt-chinh-phu-detail.example.vn/logo.png"}},
          "image": ["https://amp-cong-ttdt-chinh-phu-detail.example.vn/img/dat-dai.jpg"]}
    amp_css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{(i * 2654435761) % 0xFFFFFF:06x}}}" for i in range(700))
    head = (f"<title>{E(title)}</title>\n"
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
            '<link rel="canonical" href="https://amp-cong-ttdt-chinh-phu-detail.example.vn/'
            'chinh-phu-yeu-cau-ket-noi-du-lieu-dat-dai-102250307.htm">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></'
            'script>\n'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s '
            'steps(1,end) 0s 1 normal both}</style>\n'
            f'<style amp-custom>{amp_css}</style>\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    body = f"""<body>
<header class="amp-header"><a href="/"><amp-img src="/logo.png" width="180" height="40"
alt="Cổng Thông tin điện tử Chính phủ"></amp-img></a>
<button on="tap:sidebar1.toggle" class="hamburger">☰</button></header>
<amp-sidebar id="sidebar1" layout="nodisplay" side="left">{menu("amp-menu", sub=False)}</amp-sidebar>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chi-dao-dieu-hanh">Chỉ đạo, quyết định của Chính phủ, Thủ tướng
Chính phủ</a></div>
<article class="detail">
<h1 class="detail-title">{E(title)}</h1>
<div class="detail-time">{date_str}</div>
<div class="detail-sapo">{E(lead_shown)}</div>
<amp-img src="/img/dat-dai.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>
<p class="caption"><em>Ảnh minh họa</em></p>
<div class="detail-content">{render_blocks(blocks)}</div>
<div class="detail-author" style="text-align:right"><b>{E(author)}</b></div>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40"
height="40"></amp-social-share>
</article>
{sidebar(rng, "Tin liên quan", 10, avoid, "amp-related", fmt=1)}
{sidebar(rng, "Tin mới", 10, avoid, "amp-new", fmt=3)}
<footer class="amp-footer">{footer("Cổng Thông tin điện tử Chính phủ", "16 Lê Hồng Phong, Ba Đình, Hà Nội", "080.43162",
"thongtinchinhphu@example.vn", 2025)}</footer>
<amp-analytics type="gtag" data-credentials="include"><script
type="application/json">{{"vars":{{"gtag_id":"G-0AMPCP2025"}}}}</script></amp-analytics>
</body>"""
    return {"html": page(head, body).replace('<html lang="vi">', '<html amp lang="vi">'), "date_str": date_str,
            "truth": truth("",
                "https://amp-cong-ttdt-chinh-phu-detail.example.vn/amp/chinh-phu-yeu-cau-ket-noi-du-lieu-dat-dai-102250307.htm",
                           tp, ["amp", "national-government", "outlet-prefix-lead", "jsonld-stale-date", "jsonld-person-author",
                                "bold-author-right", "weekday-prefix"],
                           True, True, title, lead, author, "2025-03-07T18:12+07:00", True, truth_text(blocks))}


PAGES = [p_joomla, p_drupal7, p_wordpress, p_oldtable, p_mobile, p_amp]
