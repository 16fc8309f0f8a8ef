"""Pages 17-24: ASP.NET form1 (traffic), SharePoint 2013 ministry, Drupal 9 (culture), five non-articles."""
import json
import random

from common import (
    COOKIE,
    HEADLINES,
    E,
    ads_script,
    comments,
    extra_chrome,
    footer,
    link_box,
    menu,
    page,
    render_blocks,
    share_bar,
    sidebar,
    slugify,
    truth,
    truth_text,
    viewstate,
)


def p_form1():
    tp = "aspnet-form1-so-gtvt"
    rng = random.Random(401)
    title = "Phân luồng giao thông qua cầu Hòa Bình để sửa chữa mặt cầu"
    lead = ("Từ ngày 2/1/2025, xe tải trên 10 tấn và xe khách trên 29 chỗ không được đi qua cầu Hòa Bình trong thời gian "
            "sửa chữa, dự kiến kéo dài 45 ngày.")
    blocks = [
        ("p", "Sở Xây dựng vừa ban hành phương án tổ chức giao thông phục vụ thi công sửa chữa mặt cầu Hòa Bình trên quốc lộ. "
              "Cầu được đưa vào khai thác từ năm 1998, đến nay lớp bê tông mặt cầu đã bong tróc nhiều vị trí, khe co giãn hư "
              "hỏng gây mất an toàn cho phương tiện."),
        ("p", "Trong thời gian thi công, cầu được thu hẹp còn một làn xe mỗi chiều. Xe ô tô con, xe máy và xe tải dưới 10 tấn "
              "vẫn lưu thông bình thường nhưng tốc độ tối đa 30 km/h. Các phương tiện có tải trọng lớn phải đi theo lộ trình "
              "thay thế dưới đây."),
        ("h", "Lộ trình thay thế"),
        ("ul", ["Hướng từ phía Bắc: rẽ vào đường tránh phía Tây, qua cầu Đông Sơn rồi nhập lại quốc lộ",
                "Hướng từ phía Nam: đi tỉnh lộ 435, qua bến phà Quảng Yên trong khung giờ từ 5 giờ đến 22 giờ",
                "Xe khách tuyến cố định: điều chỉnh điểm đón, trả khách về bến xe phía Nam thành phố"]),
        ("p", "Sở đề nghị đơn vị thi công bố trí đầy đủ biển báo, đèn tín hiệu, người hướng dẫn giao thông 24/24 giờ; hạn chế "
              "thi công vào giờ cao điểm sáng và chiều. Lực lượng cảnh sát giao thông tăng cường tuần tra, xử lý phương tiện cố "
              "tình vi phạm tải trọng."),
        ("p", "Người dân và doanh nghiệp vận tải cần chủ động sắp xếp lịch trình, theo dõi thông báo của cơ quan chức năng. "
              "Mọi thông tin phản ánh về tình hình giao thông khu vực thi công xin liên hệ đường dây nóng của Sở Xây dựng."),
    ]
    author = "Đinh Công Hậu"
    date_str = "Cập nhật lúc: 06:00:15 ngày 30/12/2024"
    avoid = (2024, 12, 30)
    vs = viewstate(4011, 16000)
    head = (f"<title>\r\n\t{E(title)}\r\n</title>\n"
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<link href="/App_Themes/SoXD/Style.css" type="text/css" rel="stylesheet">\n'
            '<script type="text/javascript" src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=637811765229275428"></script>')
    body = f"""<body>
<form method="post" action="./ChiTiet.aspx?id=7751&amp;cat=12" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
</div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="3A1F8E21">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(4013, 600)}"></div>
<div id="header"><img src="/images/banner-soxd.jpg" alt="Sở Xây dựng tỉnh Hòa Giang"></div>
<div id="menu">{menu("topmenu")}</div>
<div id="path"><a href="/">Trang chủ</a> » <a href="/TinTuc.aspx?cat=12">Giao thông vận tải</a></div>
<table id="layout" width="100%"><tr><td id="left" valign="top">{sidebar(rng, "Danh mục", 10, avoid, "leftmenu")}{link_box()}</td>
<td id="center" valign="top">
<div id="ucChiTiet_pnlChiTiet">
<span id="ucChiTiet_lblTieuDe" class="tieude">{E(title)}</span><br>
<span id="ucChiTiet_lblNgay" class="ngaydang">{date_str}</span>
<div class="tomtat"><span id="ucChiTiet_lblTomTat">{E(lead)}</span></div>
<div id="ucChiTiet_divNoiDung" class="noidung">{render_blocks(blocks)}</div>
<div class="tacgia" align="right"><span id="ucChiTiet_lblTacGia">Tác giả: ThS. {E(author)}</span></div>
<div class="congcu"><a id="ucChiTiet_lnkIn" href="javascript:__doPostBack('ucChiTiet$lnkIn','')">In trang</a> | <a href="#">Gửi
email</a> | <a href="#">Về đầu trang</a></div>
</div>
{sidebar(rng, "Các tin đã đưa", 14, avoid, "tinkhac", fmt=2)}
</td><td id="right" valign="top">{sidebar(rng, "Tin mới cập nhật", 10, avoid, "box", fmt=1)}{sidebar(rng, "Thông báo", 6, avoid,
"box")}</td></tr></table>
{footer("Sở Xây dựng tỉnh Hòa Giang", "Số 40 đường Lý Thường Kiệt, phường Hòa Bình, tỉnh Hòa Giang", "0229.3853.118",
"sxd@hoagiang.example.vn", 2024)}
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1']; if (!theForm) {{ theForm = document.form1; }}
//]]>
</script>
</form>
{ads_script(4012)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": "Tác giả: ThS. Đinh Công Hậu",
            "truth": truth("", "https://aspnet-form1-so-gtvt.example.vn/ChiTiet.aspx?id=7751&cat=12",
                           tp, ["aspnet-webforms", "form1", "viewstate", "off-topic-traffic", "time-before-date",
                                "seconds-printed", "cap-nhat-only-date", "academic-title", "no-meta-date"],
                           True, False, title, lead, author, "2024-12-30T06:00:15+07:00", True, truth_text(blocks))}


def p_sp2013():
    tp = "sp2013-bo-noi-vu-news"
    rng = random.Random(402)
    title = "Bộ hoàn thành kết nối Cơ sở dữ liệu quốc gia về cán bộ, công chức với 63 bộ, ngành, địa phương"
    lead = ("Sau 18 tháng triển khai, Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức đã được kết nối, đồng bộ với hệ "
            "thống quản lý hồ sơ của các bộ, ngành và địa phương, với hơn 2,1 triệu hồ sơ được cập nhật.")
    blocks = [
        ("p", "Thông tin được công bố tại hội nghị trực tuyến tổng kết dự án do Bộ tổ chức sáng 21/10. Cơ sở dữ liệu cho phép "
              "quản lý thống nhất thông tin về biên chế, chức danh, ngạch, bậc lương, quá trình đào tạo và khen thưởng của đội "
              "ngũ trong cả hệ thống hành chính nhà nước."),
        ("p", "Theo báo cáo, 100% bộ, ngành và địa phương đã hoàn thành cập nhật dữ liệu. Tuy nhiên, vẫn còn khoảng 4% hồ sơ có "
              "thông tin chưa khớp với cơ sở dữ liệu quốc gia về dân cư, chủ yếu do sai lệch ngày sinh, quê quán hoặc số định "
              "danh cá nhân. Bộ yêu cầu các đơn vị rà soát, hoàn thành chỉnh sửa trước ngày 31/12."),
        ("h", "Phục vụ sắp xếp tổ chức bộ máy"),
        ("p", "Lãnh đạo Bộ đánh giá cơ sở dữ liệu đã phát huy hiệu quả trong quá trình sắp xếp đơn vị hành chính và tinh gọn tổ "
              "chức bộ máy. Các cơ quan có thể thống kê nhanh số lượng, cơ cấu, trình độ của đội ngũ để xây dựng phương án bố "
              "trí, thay vì tổng hợp thủ công từ báo cáo giấy như trước."),
        ("table", [["Nhóm đơn vị", "Số hồ sơ", "Tỷ lệ khớp dữ liệu dân cư"], ["Các bộ, cơ quan ngang bộ", "412.380", "97,1%"],
                   ["Các tỉnh, thành phố", "1.702.514", "95,6%"], ["Cơ quan thuộc Chính phủ", "21.906", "98,3%"]]),
        ("p", "Thời gian tới, Bộ sẽ phát triển thêm các chức năng phân tích, dự báo nhu cầu nhân lực và kết nối với cơ sở dữ "
              "liệu bảo hiểm xã hội, giúp việc giải quyết chế độ chính sách cho cán bộ, công chức được thực hiện hoàn toàn trên "
              "môi trường điện tử."),
    ]
    authors = "Vũ Thị Ngọc Lan, Bùi Đức Thịnh"
    date_str = "Ngày đăng: 21/10/2024 | 10:02 AM"
    avoid = (2024, 10, 21)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-10-21T10:02:00+07:00", "dateModified": "2024-10-23T08:00:00+07:00",
          "author": {"@type": "Organization", "name": "Văn phòng Bộ",
                     "member": [{"@type": "Person", "name": "Vũ Thị Ngọc Lan"}, {"@type": "Person", "name": "Bùi Đức Thịnh"}]}}
    vs = viewstate(4021, 9000)
    head = (f"<title>\r\n\tTin tức - {E(title)}\r\n</title>\n"
            '<meta name="GENERATOR" content="Microsoft SharePoint">\n'
            '<meta name="progid" content="SharePoint.WebPartPage.Document">\n'
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a">\n'
            '<script type="text/javascript" src="/_layouts/15/init.js?rev=ZH2s"></script>\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    body = f"""<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=40"></div>
<form method="post" action="./tin-tuc-chi-tiet.aspx?ItemID=3321" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x1A9F3C0B7E,21 Oct 2024 03:02:00 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"></div>
<div id="ms-designer-ribbon"></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="bo-header"><img src="/PublishingImages/banner-bo.png" alt="Cổng thông tin điện tử Bộ Nội vụ"></div>
<div class="bo-menu">{menu("ms-core-listMenu-horizontalBox")}</div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartctl00_ctl42_g_7b1e"
class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div webpartid="7b1e5c2a"
class="ms-WPBody noindex" id="WebPartctl00_ctl42_g_7b1e">
<div class="news-detail">
<h1 class="title">{E(title)}</h1>
<div class="meta"><span class="date">{date_str}</span></div>
<div class="sapo"><p>{E(lead)}</p></div>
<div class="ms-rtestate-field">{render_blocks(blocks)}</div>
<p class="author" style="text-align:right"><strong>Tác giả: Vũ Thị Ngọc Lan - Bùi Đức Thịnh</strong></p>
<div class="updated">Ngày cập nhật: 23/10/2024 08:00</div>
{share_bar()}
</div></div></div></div></div>
{sidebar(rng, "Tin cùng chuyên mục", 10, avoid, "ms-webpart-zone related", fmt=2)}
</div></div>
<div id="sideNavBox">{sidebar(rng, "Tin mới", 10, avoid, "sidebox", fmt=1)}{sidebar(rng, "Xem nhiều", 8, avoid,
"sidebox")}{link_box()}</div></div>
{footer("Cổng thông tin điện tử Bộ Nội vụ", "Số 8 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội", "024.6282.1015",
"banbientap@bonoivu.example.vn", 2024)}
</div></div>
</form>
{ads_script(4022)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": "Vũ Thị Ngọc Lan - Bùi Đức Thịnh",
            "truth": truth("", "https://sp2013-bo-noi-vu-news.example.vn/Pages/tin-tuc-chi-tiet.aspx?ItemID=3321",
                           tp, ["sharepoint-2013", "ministry", "12h-am", "pipe-separator", "jsonld-person-in-org",
                                "modified-below-body", "two-authors-dash", "table"],
                           True, True, title, lead, authors, "2024-10-21T10:02+07:00", True, truth_text(blocks))}


def p_drupal9():
    tp = "drupal9-so-vhttdl-culture"
    rng = random.Random(403)
    title = "Lễ hội Lồng tồng xã Nà Pàn thu hút hàng nghìn du khách"
    lead = ("Lễ hội xuống đồng truyền thống của đồng bào Tày năm nay được tổ chức trong hai ngày với nhiều nghi lễ cổ và trò "
            "chơi dân gian được phục dựng.")
    blocks = [
        ("p", "Phần lễ diễn ra từ sáng sớm với nghi thức rước kiệu từ miếu thổ công ra bãi lễ, do các thầy Tày cao tuổi trong "
              "vùng chủ trì. Mâm lễ gồm xôi ngũ sắc, bánh chưng gù, gà luộc và rượu men lá, cầu mong một năm mưa thuận gió hòa, "
              "mùa màng bội thu."),
        ("p", "Phần hội sôi nổi với các môn tung còn, đẩy gậy, kéo co, đi cà kheo và thi gói bánh. Trò tung còn qua vòng trên "
              "ngọn cây tre cao gần 20 mét thu hút đông đảo thanh niên tham gia; theo quan niệm của người Tày, quả còn xuyên qua "
              "vòng báo hiệu năm đó được mùa."),
        ("img", "/sites/default/files/2025-11/long-tong-napan.jpg", "Thanh niên thi tung còn tại lễ hội.", "figure"),
        ("p", "Năm nay, ban tổ chức bố trí thêm khu trưng bày sản phẩm nông nghiệp, thổ cẩm và ẩm thực của 12 thôn. Nhiều du "
              "khách từ các tỉnh lân cận đến sớm từ chiều hôm trước để nghỉ tại nhà sàn, tham gia đêm hát then, đàn tính bên bếp "
              "lửa."),
        ("p", "Nghệ nhân Hoàng Văn Đình, 74 tuổi, cho biết lễ hội từng bị gián đoạn nhiều năm, đến năm 2015 mới được người dân "
              "cùng chính quyền xã phục dựng. Ông mong lớp trẻ tiếp tục gìn giữ các làn điệu then và nghi lễ cổ để lễ hội không "
              "chỉ là dịp vui chơi mà còn là nơi lưu giữ bản sắc của cộng đồng."),
        ("p", "Sở Văn hóa, Thể thao và Du lịch đánh giá lễ hội được tổ chức chu đáo, an toàn, đúng phong tục. Sở sẽ hỗ trợ xã "
              "lập hồ sơ đề nghị đưa lễ hội vào danh mục di sản văn hóa phi vật thể cấp quốc gia."),
    ]
    credit = "Minh Châu - Hữu Phước"
    date_str = "Đăng lúc 11:10 đêm, Chủ nhật 16/11/2025"
    avoid = (2025, 11, 16)
    head = (f"<title>{E(title)} | Sở Văn hóa, Thể thao và Du lịch</title>\n"
            '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">\n'
            '<meta name="MobileOptimized" content="width">\n<meta name="viewport" content="width=device-width, '
            'initial-scale=1.0">\n'
            '<meta property="og:type" content="article">\n'
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Ht2pX0wQ.css">\n'
            '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/'
            '","currentPath":"node\\/5123"}}</script>')
    body = f"""<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home"><img
src="/themes/custom/svh/logo.svg" alt="Trang chủ"></a>
<div class="site-name"><a href="/" rel="home">Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Giang</a></div></div></div></header>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation">{menu("menu")}</nav></div>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li><li><a
href="/van-hoa">Văn hóa</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="region region-content"><div id="block-svh-content">
<article role="article" about="/van-hoa/le-hoi-long-tong-xa-na-pan"
class="node node--type-article node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(title)}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden">Gửi bởi
<span>editor01</span></span>
<span class="node__date">{date_str}</span></div>
<div class="node__content">
<div class="field field--name-field-sapo field--type-string-long field--label-hidden field__item"><strong>{E(lead)}</strong></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{render_blocks(blocks)}
<p><strong>{E(credit)}</strong></p>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Thẻ</div>
<div class="field__items"><div class="field__item"><a href="/taxonomy/term/44" hreflang="vi">lễ hội</a></div><div
class="field__item"><a href="/taxonomy/term/51" hreflang="vi">Tày</a></div></div></div>
</div>
{share_bar()}
</article>
{comments(rng, 5, "comment-wrapper")}
</div></div></div>
<aside class="layout-sidebar-second" role="complementary">{sidebar(rng, "Tin mới", 10, avoid, "block-views", fmt=1)}
{sidebar(rng, "Xem nhiều", 8, avoid, "block-views")}{link_box()}</aside></main>
<footer role="contentinfo">{footer("Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Giang",
"Số 2 đường Điện Biên Phủ, phường Hòa Bình, tỉnh Hòa Giang", "0229.3855.202", "svhttdl@hoagiang.example.vn", 2025)}</footer>
</div></div>
{COOKIE}
{extra_chrome(4031)}
{ads_script(4032)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": credit,
            "truth": truth("", "https://drupal9-so-vhttdl-culture.example.vn/van-hoa/le-hoi-long-tong-xa-na-pan",
                           tp, ["drupal-9", "off-topic-culture", "gui-boi-account", "12h-dem", "time-before-date",
                                "weekday-prefix", "bold-names-last-line", "two-authors-dash", "comments"],
                           True, False, title, lead, "Minh Châu, Hữu Phước", "2025-11-16T23:10+07:00", True, truth_text(blocks))}


PAGES = [p_form1, p_sp2013, p_drupal9]


def _na(tp, url, flags):
    return truth("", url, tp, flags, False, False)


def p_home():
    tp = "vnpt-tinh-portal-trang-chu"
    rng = random.Random(501)
    feat = ("Hòa Giang công bố chỉ số chuyển đổi số cấp sở, ngành và cấp xã năm 2024",
            "Sở Khoa học và Công nghệ dẫn đầu khối sở, ngành; phường Bắc Hòa đứng đầu khối xã, phường với 812,4 điểm.")
    blocks = []
    for cat in ["Hoạt động lãnh đạo", "Kinh tế", "Chuyển đổi số", "Văn hóa - Xã hội", "Quốc phòng - An ninh"]:
        blocks.append(f'<div class="home-cat"><h2 class="cat-title"><a href="/{slugify(cat)}">{E(cat)}</a></h2>'
                      + sidebar(rng, "", 8, None, "cat-list", fmt=rng.randint(0, 3)) + "</div>")
    head = ("<title>Cổng thông tin điện tử tỉnh Hòa Giang</title>\n"
            '<meta property="og:type" content="website">\n<meta name="description" content="Cổng thông tin điện tử tỉnh Hòa '
            'Giang">\n'
            '<link rel="stylesheet" href="/Portals/_default/Skins/vnpt/css/home.css">')
    vs = viewstate(5011, 8000)
    body = f"""<body class="home">
<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
<div class="header"><img src="/images/banner-hoagiang.png" alt="Cổng thông tin điện tử tỉnh Hòa Giang"></div>
<div class="mainmenu">{menu("nav")}</div>
<div class="marquee">Chào mừng kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9</div>
<div class="home-top"><div class="featured"><img src="/Uploads/2025/01/dti.jpg" alt="">
<h1 class="featured-title"><a href="/tin-tuc/cong-bo-chi-so-chuyen-doi-so-2024.html">{E(feat[0])}</a></h1>
<p class="featured-sapo">{E(feat[1])}</p><span class="date">09:30 24/01/2025</span></div>
<div class="hot-list">{sidebar(rng, "Tin nổi bật", 8, None, "hot", fmt=1)}</div></div>
<div class="home-services"><a href="https://dichvucong.example.vn">Dịch vụ công trực tuyến</a> <a href="/phan-anh">Phản ánh kiến
nghị</a>
<a href="/tra-cuu">Tra cứu hồ sơ</a> <a href="/lich-cong-tac">Lịch công tác</a></div>
{"".join(blocks)}
<div class="home-video"><h2>Video</h2><iframe src="https://video.example.vn/embed/hg-2025-01" width="400"
height="225"></iframe></div>
<div class="home-right">{sidebar(rng, "Thông báo", 8, None, "notice")}{sidebar(rng, "Văn bản mới", 8, None, "docs",
fmt=3)}{link_box()}</div>
{footer("Cổng thông tin điện tử tỉnh Hòa Giang", "Số 12 đường Trần Hưng Đạo, phường Hòa Bình, tỉnh Hòa Giang", "0229.3851.204",
"congtt@hoagiang.example.vn", 2025)}
</form>
{extra_chrome(5012)}
{ads_script(5013)}
</body>"""
    return {"html": page(head, body), "date_str": None,
            "truth": _na(tp, "https://vnpt-tinh-portal-trang-chu.example.vn/", ["home-page", "featured-headline-with-sapo",
                                                                               "aspnet-webforms", "many-dates"])}


def p_category():
    tp = "liferay-chuyen-muc-og-article"
    rng = random.Random(502)
    intro = [
        "Chuyên mục Chuyển đổi số tổng hợp thông tin về các chủ trương, chính sách, kế hoạch và kết quả triển khai chuyển đổi "
        "số trên địa bàn tỉnh, bao gồm ba trụ cột chính quyền số, kinh tế số và xã hội số.",
        "Tại đây, người đọc có thể theo dõi tin hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh, các văn bản hướng dẫn của sở, "
        "ngành, cùng những mô hình hay, cách làm sáng tạo ở cơ sở. Chuyên mục cũng đăng tải các bài hướng dẫn kỹ năng số "
        "dành cho người dân như cài đặt định danh điện tử, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt và phòng "
        "tránh lừa đảo trên không gian mạng.",
        "Mọi ý kiến đóng góp cho chuyên mục xin gửi về Ban biên tập qua thư điện tử hoặc đường dây nóng ghi ở cuối trang.",
    ]
    items = []
    for i, h in enumerate(rng.sample(HEADLINES, 16)):
        d = (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
        items.append(f'<div class="asset-abstract"><h3 class="asset-title"><a href="/web/sotttt/chuyen-doi-so/-/asset_publisher/'
                     f'cds01/content/{slugify(h)}">{E(h)}</a></h3>'
                     f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{d[2]:02d}/{d[1]:02d}/'
                     f'{d[0]}</span></div>'
                     f'<div class="asset-summary">Bài viết cập nhật kết quả và kinh nghiệm triển khai tại địa phương, kèm ý '
                     f'kiến của cán bộ và người dân về {E(h.lower())}.</div>'
                     f'<div class="asset-more"><a href="#">Xem thêm »</a></div></div>')
    head = ("<title>Chuyển đổi số - Sở Thông tin và Truyền thông tỉnh Hòa Giang</title>\n"
            '<meta property="og:type" content="article">\n<meta property="og:title" content="Chuyển đổi số">\n'
            f'<meta name="description" content="{E(intro[0])}">\n'
            '<link href="/html/themes/classic/css/main.css" rel="stylesheet">')
    body = f"""<body class="yui3-skin-sam guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner"><h1 class="site-title"><a class="logo" href="/web/sotttt">Sở Thông tin và Truyền thông tỉnh Hòa Giang</a></h1>
<nav id="navigation">{menu("nav")}</nav></header>
<div id="content"><ul class="breadcrumb"><li><a href="/web/sotttt">Trang chủ</a></li><li class="active">Chuyển đổi số</li></ul>
<div class="portlet-layout row-fluid"><div class="span8">
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_intro_"><div
class="journal-content-article">
<h2 class="category-title">Chuyển đổi số</h2>{"".join(f"<p>{E(x)}</p>" for x in intro)}</div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_cds01_">
{"".join(items)}
<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 16 trong 214 kết quả.</div>
<ul class="pager lfr-pagination-buttons"><li class="disabled"><a href="#">Đầu</a></li><li><a href="?p=2">Tiếp</a></li><li><a
href="?p=14">Cuối</a></li></ul></div>
</div></div>
<div class="span4">{sidebar(rng, "Tin mới", 10, None, "list-news", fmt=1)}{sidebar(rng, "Đọc nhiều", 8, None,
"list-news")}{link_box()}</div></div></div>
<footer id="footer">{footer("Sở Thông tin và Truyền thông tỉnh Hòa Giang", "Số 5 đường Lê Lợi, phường Hòa Bình, tỉnh Hòa Giang",
"0229.3856.777", "stttt@hoagiang.example.vn", 2025)}</footer>
</div>
{extra_chrome(5021, 6)}
{ads_script(5022)}
</body>"""
    return {"html": page(head, body), "date_str": None,
            "truth": _na(tp, "https://liferay-chuyen-muc-og-article.example.vn/web/sotttt/chuyen-doi-so",
                         ["category-listing", "long-intro", "og-type-article", "liferay-6", "pagination"])}


DOCS = [("Quyết định", "Ban hành Kế hoạch chuyển đổi số tỉnh năm 2025"),
        ("Nghị quyết", "Quy định mức hỗ trợ doanh nghiệp nhỏ và vừa áp dụng nền tảng số"),
        ("Chỉ thị", "Tăng cường bảo đảm an toàn thông tin mạng trong cơ quan nhà nước"),
        ("Kế hoạch", "Triển khai Đề án phát triển ứng dụng dữ liệu dân cư giai đoạn 2025 - 2026"),
        ("Quyết định", "Công bố danh mục thủ tục hành chính thực hiện toàn trình trên môi trường điện tử"),
        ("Công văn", "Đôn đốc cập nhật dữ liệu cán bộ, công chức lên cơ sở dữ liệu quốc gia"),
        ("Thông báo", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo chuyển đổi số"),
        ("Quyết định", "Phê duyệt danh sách xã, phường thí điểm mô hình chính quyền số"),
        ("Hướng dẫn", "Sử dụng chữ ký số chuyên dùng cho công chức cấp xã"),
        ("Quyết định", "Ban hành Quy chế quản lý, vận hành Trung tâm giám sát, điều hành thông minh"),
        ("Kế hoạch", "Tuyên truyền chuyển đổi số năm 2025"), ("Công văn", "Rà soát hạ tầng mạng tại bộ phận một cửa cấp xã")]


def p_docs():
    tp = "dnn-van-ban-phap-quy-list"
    rng = random.Random(503)
    rows = []
    for i in range(60):
        kind, sub = DOCS[i % len(DOCS)]
        d = (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
        num = f"{rng.randint(12, 2980)}/{'QĐ' if kind == 'Quyết định' else 'KH' if kind == 'Kế hoạch' else 'UBND'}-UBND"
        rows.append(f'<tr class="{"odd" if i % 2 else "even"}"><td>{i + 1}</td><td><a href="/van-ban/tabid/95/ItemID/'
                    f'{8000 + i}">{num}</a></td>'
                    f'<td>{d[2]:02d}/{d[1]:02d}/{d[0]}</td><td>{E(kind)}</td><td>{E(sub)}</td>'
                    f'<td><a href="/Portals/0/VanBan/{8000 + i}.pdf">Tải về</a></td></tr>')
    head = ("<title>Văn bản chỉ đạo điều hành &gt; Văn bản</title>\n"
            '<meta name="GENERATOR" content="DotNetNuke">\n<link href="/Portals/0/Skins/HoaGiang/skin.css" rel="stylesheet">')
    vs = viewstate(5031, 10000)
    body = f"""<body id="Body">
<form name="Form" method="post" action="/van-ban/tabid/95/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
<div id="dnn_HeaderPane"><img src="/Portals/0/banner.png" alt="UBND tỉnh Hòa Giang"></div>
<div id="dnn_MenuPane">{menu("dnnmenu")}</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<div id="dnn_ContentPane"><div class="DnnModule DnnModule-VanBan DnnModule-620"><div id="dnn_ctr620_ContentPane">
<div id="dnn_ctr620_ModuleContent"><h2 class="module-title">Văn bản chỉ đạo điều hành</h2>
<div class="search-doc">Số ký hiệu: <input name="dnn$ctr620$txtSo" type="text"> Trích yếu: <input name="dnn$ctr620$txtTrichYeu"
type="text">
Loại văn bản: <select name="dnn$ctr620$ddlLoai"><option>Tất cả</option><option>Quyết định</option><option>Kế
hoạch</option><option>Công văn</option></select>
<input type="submit" name="dnn$ctr620$btnTim" value="Tìm kiếm"></div>
<table class="doc-grid" id="dnn_ctr620_grvVanBan" cellspacing="0" border="1"><tr class="header"><th>STT</th><th>Số ký
hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tệp</th></tr>
{"".join(rows)}
</table><div class="pager">Trang: <b>1</b> <a href="javascript:__doPostBack('dnn$ctr620$grvVanBan','Page$2')">2</a> <a
href="#">3</a> ... <a href="#">41</a></div>
</div></div></div></div>
<div id="dnn_RightPane">{sidebar(rng, "Tin mới", 8, None, "box", fmt=1)}{link_box()}</div>
{footer("UBND tỉnh Hòa Giang", "Số 12 đường Trần Hưng Đạo, phường Hòa Bình, tỉnh Hòa Giang", "0229.3851.204",
"vpubnd@hoagiang.example.vn", 2025)}
</form>
{ads_script(5032)}
</body>"""
    return {"html": page(head, body), "date_str": None,
            "truth": _na(tp, "https://dnn-van-ban-phap-quy-list.example.vn/van-ban/tabid/95/Default.aspx",
                         ["document-list", "dotnetnuke", "viewstate", "data-grid"])}


def p_404():
    tp = "nukeviet-404-served-200"
    rng = random.Random(504)
    head = ("<title>Lỗi 404: Không tìm thấy trang - Sở Tài chính tỉnh Hòa Giang</title>\n"
            '<meta name="generator" content="NukeViet v4.4">\n<link rel="StyleSheet" href="/themes/default/css/style.css">')
    body = f"""<body>
<div class="wraper"><header><div class="logo"><a href="/"><img src="/uploads/logo.png" alt="Sở Tài chính tỉnh Hòa Giang"></a>
<span class="site_name">Sở Tài chính tỉnh Hòa Giang</span></div></header>
<nav class="second-nav">{menu("nav navbar-nav")}</nav>
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><span>Thông
báo</span></li></ul></div>
<div class="row"><div class="col-md-18"><div class="panel panel-default"><div class="panel-body">
<h2 class="text-center">Trang bạn yêu cầu không tồn tại</h2>
<p class="text-center">Có thể bài viết đã bị gỡ, chuyển sang địa chỉ khác hoặc đường dẫn bạn nhập không chính xác.
Vui lòng quay lại <a href="/">trang chủ</a> hoặc sử dụng chức năng tìm kiếm bên dưới để tìm thông tin cần thiết.</p>
<form action="/seek/" method="get" class="text-center"><input type="text" name="q" placeholder="Nhập từ khóa..."><button
type="submit">Tìm kiếm</button></form>
<p class="text-center"><em>Mã lỗi: 404 - Bạn sẽ được chuyển về trang chủ sau 10 giây.</em></p>
</div></div>
<div class="panel"><p class="h3"><strong>Có thể bạn quan tâm</strong></p>{sidebar(rng, "", 12, None, "related",
fmt=1)}</div></div>
<div class="col-md-6">{sidebar(rng, "Tin mới", 10, None, "panel block-news", fmt=1)}{sidebar(rng, "Đọc nhiều", 8, None,
"panel block-news")}{link_box()}</div></div>
<footer id="footer">{footer("Sở Tài chính tỉnh Hòa Giang", "Số 21 đường Hai Bà Trưng, phường Hòa Bình, tỉnh Hòa Giang",
"0229.3852.019", "stc@hoagiang.example.vn", 2025)}</footer>
</div>
<script>setTimeout(function(){{window.location.href="/";}},10000);</script>
{extra_chrome(5041, 12)}
{ads_script(5042)}
</body>"""
    return {"html": page(head, body), "date_str": None,
            "truth": _na(tp, "https://nukeviet44-news-detail-so.example.vn/news/tin-hoat-dong/bai-viet-da-go-1790.html".replace(
                "nukeviet44-news-detail-so", tp), ["not-found-200", "full-chrome", "nukeviet", "article-like-url"])}


def p_about():
    tp = "joomla-gioi-thieu-so-noi-vu"
    rng = random.Random(505)
    paras = [
        "Sở Nội vụ là cơ quan chuyên môn thuộc UBND tỉnh Hòa Giang, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước "
        "về tổ chức bộ máy, vị trí việc làm, biên chế công chức, cơ cấu ngạch công chức, tiền lương; cải cách hành chính; "
        "chính quyền địa phương; địa giới đơn vị hành chính; cán bộ, công chức, viên chức; văn thư, lưu trữ nhà nước.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác "
        "của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Nội vụ.",
        "Cơ cấu tổ chức của Sở gồm Văn phòng, Thanh tra, Phòng Tổ chức, biên chế và tổ chức phi chính phủ, Phòng Xây dựng "
        "chính quyền và công tác thanh niên, Phòng Cải cách hành chính, Phòng Công chức, viên chức và Trung tâm Lưu trữ lịch sử.",
    ]
    leaders = [("Giám đốc", "Mạc Văn Quyết", "0229.3852.101"), ("Phó Giám đốc", "Lò Thị Thu Hằng", "0229.3852.102"),
               ("Phó Giám đốc", "Đàm Quang Trung", "0229.3852.103")]
    lt = "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td><td>{c}</td></tr>" for a, b, c in leaders)
    head = ("<title>Giới thiệu chung - Sở Nội vụ tỉnh Hòa Giang</title>\n"
            '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
            '<meta property="og:type" content="article">\n<link href="/templates/snv/css/template.css" rel="stylesheet">')
    body = f"""<body class="site com_content view-article itemid-102">
<header class="header"><a class="brand" href="/"><img src="/images/banner-snv.jpg" alt="Sở Nội vụ tỉnh Hòa Giang"></a></header>
<nav class="navigation">{menu("nav menu")}</nav>
<div class="row-fluid"><main id="content" class="span9">
<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><span>Giới thiệu</span></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Giới thiệu chung</h2></div>
<div itemprop="articleBody">
{"".join(f'<p style="text-align: justify;">{E(p)}</p>' for p in paras)}
<h3>Lãnh đạo Sở</h3><table class="table table-bordered"><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>{lt}</table>
<h3>Địa chỉ liên hệ</h3><p>Trụ sở: Số 14 đường Trần Hưng Đạo, phường Hòa Bình, tỉnh Hòa Giang. Điện thoại: 0229.3852.100. Thư
điện tử: snv@hoagiang.example.vn</p>
<iframe src="https://maps.example.vn/embed?q=so-noi-vu-hoa-giang" width="600" height="300"></iframe>
</div></div></main>
<div id="aside" class="span3">{sidebar(rng, "Tin mới", 10, None, "moduletable", fmt=1)}{sidebar(rng, "Thông báo", 8, None,
"moduletable")}{link_box()}</div></div>
<footer class="footer">{footer("Sở Nội vụ tỉnh Hòa Giang", "Số 14 đường Trần Hưng Đạo, phường Hòa Bình, tỉnh Hòa Giang",
"0229.3852.100", "snv@hoagiang.example.vn", 2025)}</footer>
{COOKIE}
{extra_chrome(5051, 12)}
{ads_script(5052)}
</body>"""
    return {"html": page(head, body), "date_str": None,
            "truth": _na(tp, "https://joomla-gioi-thieu-so-noi-vu.example.vn/gioi-thieu/gioi-thieu-chung",
                         ["about-page", "joomla", "item-page", "og-type-article", "prose-body"])}


PAGES += [p_home, p_category, p_docs, p_404, p_about]
