"""Article templates 11-19."""
import base64

from chrome import ADS, MENU_GOV, SHARE, E, comments, fig, footer, gen_blocks, menu, related_box, render_blocks, side_list
from pages_a import head, wd


def p11(rng):
    t = "Huyện Phước Sơn triển khai phần mềm một cửa điện tử"
    lead = ""
    blocks = gen_blocks(rng, "cds", 280, heads=1, lst=True)
    ds = "ngày 05 tháng 11 năm 2009"
    credit = "Phạm Quang Vinh"
    body = render_blocks(blocks, "br", "br")
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>UBND huyen Phuoc Son'
           '</title></head><body bgcolor="#FFFFFF" topmargin="0"><table width="980" border="0" cellspacing="0" '
           'align="center"><tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150"></td></tr><tr>'
           '<td colspan="3" bgcolor="#003399">' + " | ".join('<a href="#"><font color="#FFFFFF">%s</font></a>' % E(x)
                                                              for x in MENU_GOV) + '</td></tr><tr><td width="200" valign="top">'
           + side_list(rng, "Tin mới cập nhật", 8, "left", "{d:02d}/{m:02d}/{y}", [(2, 11, 2009), (30, 10, 2009)]) +
           '</td><td width="580" valign="top"><table width="100%" cellpadding="5"><tr><td>'
           '<font face="Arial" size="4" color="#990000"><b>' + E(t) + '</b></font></td></tr><tr><td>'
           '<font face="Arial" size="1" color="#666666">Phước Sơn, ' + ds + '</font></td></tr><tr><td><table width="100%">'
           '<tr><td>' + body + '<div align="right"><i>' + credit + '</i></div></td></tr></table></td></tr>'
           '<tr><td><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi cho bạn bè</a></td></tr></table></td>'
           '<td width="200" valign="top">' + side_list(rng, "Thông báo", 6, "right", "{d:02d}/{m:02d}/{y}",
                                                       [(20, 10, 2009)]) + '</td></tr><tr><td colspan="3" align="center">'
           + footer("UBND huyện Phước Sơn", "Thị trấn Phước Sơn", "0232 3870 001") + '</td></tr></table></body></html>')
    return dict(template="h24-table-font-br-huyen-2009-date-only", url="https://h24-table-font-br-huyen-2009-date-only"
                ".example.vn/tintuc/chitiet.asp?id=305", flags=["table-layout", "font-br", "date-only",
                "ngay-thang-nam", "italic-right-author", "no-lead"], relevant=True, title=t, lead=lead,
                author="Phạm Quang Vinh", published_at="2009-11-05T00:00:00+07:00", time_shown=False, blocks=blocks,
                html=doc, date_str=ds, credit=credit)


def p12(rng):
    t = "Đội bóng tỉnh thắng ngược trên sân nhà"
    lead = "Đội bóng tỉnh có chiến thắng quan trọng ở vòng 7."
    blocks = gen_blocks(rng, "sport", 115)
    ds = "11:15 đêm 14/10/2024"
    credit = "Theo TTXVN"
    body = render_blocks(blocks, "p")
    doc = (head(t, "Báo Công an Hòa Lâm") + '<body class="mobile"><div class="m-header"><a class="m-logo" href="/">'
           'CAHL</a><button class="m-menu-btn">☰</button>' + menu(MENU_GOV[:6], "m-nav") + '</div>'
           '<div class="m-article"><p class="m-cate">Thể thao</p><h1 class="m-title">' + E(t) + '</h1>'
           '<p class="m-time">' + ds + '</p><h2 class="m-sapo">' + E(lead) + '</h2><div class="m-content">' + body +
           '<p class="m-source" style="text-align:right"><b>' + credit + '</b></p></div>' + SHARE + '</div>'
           '<div class="m-related">' + side_list(rng, "Tin liên quan", 10, "m-list", "{H:02d}:{M:02d} {d:02d}/{m:02d}/{y}",
                                                  [(13, 10, 2024), (12, 10, 2024)]) + '</div>'
           '<div class="m-footer">' + footer("Báo Công an tỉnh Hòa Lâm", "Số 6 Phan Đình Phùng", "0232 3899 113") +
           '<a href="https://h24-m-host-police-sport-dem-ttxvn.example.vn/?desktop=1">Phiên bản máy tính</a></div>'
           + ADS % "m" + '</body></html>')
    return dict(template="h24-m-host-police-sport-dem-ttxvn", url="https://m.h24-m-host-police-sport-dem-ttxvn.example.vn"
                "/the-thao/doi-bong-tinh-thang-nguoc-tren-san-nha-40211.html", flags=["m-host", "brief", "dem-clock",
                "time-before-date", "theo-ttxvn", "off-topic"], relevant=False, title=t, lead=lead, author=None,
                published_at="2024-10-14T23:15+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p13(rng):
    t = "Đài Phát thanh - Truyền hình tỉnh số hóa kho tư liệu 40 năm"
    lead = "Hơn 12 nghìn giờ băng từ được chuyển sang định dạng số, phục vụ khai thác trên nền tảng trực tuyến."
    blocks = gen_blocks(rng, "cds", 350, heads=1)
    ds = "Cập nhật lúc 06:05 CH, %s 17/11/2024" % wd(2024, 11, 17)
    credit = "Hoàng Anh Thư"
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s",'
          '"datePublished":"2024-11-17T18:05:00+07:00","publisher":{"@type":"Organization","name":"Đài PT-TH tỉnh",'
          '"employee":{"@type":"Person","name":"Hoàng Anh Thư"}},"author":{"@type":"Organization","name":"Đài PT-TH tỉnh",'
          '"member":{"@type":"Person","name":"Hoàng Anh Thư"}}}</script>' % t)
    body = render_blocks(blocks, "p", "h2", {1: '<figure><amp-img src="/img/kho.jpg" width="600" height="400" '
                                             'layout="responsive"></amp-img><figcaption>Kho băng tư liệu</figcaption></figure>'})
    doc = ('<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>%s</title>'
           '<link rel="canonical" href="https://h24-amp-dai-ptth-ld-member-ch.example.vn/so-hoa-kho-tu-lieu.html">'
           '<script async src="https://cdn.ampproject.org/v0.js"></script>%s<style amp-custom>body{margin:0}</style>'
           '</head><body>' % (E(t), ld) + '<header class="amp-header"><a href="/">PTTH</a></header>'
           '<amp-sidebar id="sb" layout="nodisplay">' + menu(MENU_GOV, "amp-menu") + '</amp-sidebar>'
           '<article class="amp-article"><h1>' + E(t) + '</h1><div class="amp-meta"><span class="amp-author">' + credit +
           '</span> <time>' + ds + '</time></div><p class="amp-sapo"><strong>' + E(lead) + '</strong></p>'
           '<div class="amp-body">' + body + '</div></article><amp-ad width="300" height="250" type="adsense"></amp-ad>'
           '<section class="amp-related">' + side_list(rng, "Tin mới", 10, "amp-list", "{d:02d}/{m:02d}/{y}",
                                                       [(16, 11, 2024)]) + '</section><footer>' +
           footer("Đài Phát thanh và Truyền hình tỉnh Hòa Lâm", "Số 22 đường Bạch Đằng", "0232 3811 999") +
           '</footer></body></html>')
    return dict(template="h24-amp-dai-ptth-ld-member-ch", url="https://h24-amp-dai-ptth-ld-member-ch.example.vn/amp/"
                "so-hoa-kho-tu-lieu.html", flags=["amp", "jsonld-person-in-org", "ch-clock", "cap-nhat-only",
                "weekday", "figcaption"], relevant=True, title=t, lead=lead, author="Hoàng Anh Thư",
                published_at="2024-11-17T18:05+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p14(rng):
    t = "Chuyển đổi số từ những bản làng xa"
    lead = ("Từ những chiếc điện thoại thông minh đầu tiên đến các tổ công nghệ số cộng đồng, hành trình đưa chính "
            "quyền số về với bản làng vùng cao đang để lại nhiều dấu ấn.")
    blocks = gen_blocks(rng, "cds", 1650, heads=6, lst=True, table=True)
    ds = "01/10/2025 | 07:00"
    credit = "Nội dung: Lưu Thanh Bình, Mai Phương | Ảnh: Quốc Khánh | Thiết kế: Hà Vy"
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(rng.randrange(256) for _ in range(250000))
    img = "data:image/jpeg;base64," + base64.b64encode(raw).decode()
    body = render_blocks(blocks, "p", "h2", {2: '<figure class="emag-full"><img src="/emag/anh2.jpg"><figcaption>'
                                             'Tổ công nghệ số cộng đồng tại bản Nà Lừa</figcaption></figure>',
                                             9: '<blockquote class="emag-quote">Dữ liệu là nền tảng</blockquote>'})
    doc = (head(t, "Sở TT&TT Hòa Lâm - eMagazine") + '<body class="emagazine"><div class="emag-top"><a href="/">'
           'Trang chủ</a></div><div class="emag-hero" style="background:#000"><img class="hero" src="' + img + '" alt="">'
           '<h1 class="emag-title">' + E(t) + '</h1></div><div class="emag-credit">' + credit + '</div>'
           '<div class="emag-date">' + ds + '</div><div class="emag-sapo">' + E(lead) + '</div>'
           '<div class="emag-body">' + body + '</div>' + SHARE + '<div class="emag-more">' +
           side_list(rng, "eMagazine khác", 6, "emag-list", "{d:02d}/{m:02d}/{y}", [(1, 9, 2025), (1, 8, 2025)]) +
           '</div>' + footer("Sở Thông tin và Truyền thông tỉnh Hòa Lâm", "Số 2 Lý Thường Kiệt", "0232 3811 020") +
           '</body></html>')
    return dict(template="h24-emag-so-tttt-hero-b64-noi-dung", url="https://h24-emag-so-tttt-hero-b64-noi-dung.example.vn"
                "/emagazine/chuyen-doi-so-tu-nhung-ban-lang-xa.html", flags=["emagazine", "long-form", "base64-image",
                "credit-pipe", "two-authors", "blockquote"], relevant=True, title=t, lead=lead,
                author="Lưu Thanh Bình, Mai Phương", published_at="2025-10-01T07:00+07:00", time_shown=True,
                blocks=blocks, html=doc, date_str=ds, credit=credit, big=True)


def p15(rng):
    t = "Lễ hội đình làng Phước Điền thu hút hàng nghìn du khách"
    lead = "Lễ hội truyền thống năm nay được tổ chức quy mô hơn với nhiều hoạt động văn hóa dân gian đặc sắc."
    blocks = gen_blocks(rng, "culture", 340, heads=2, lst=True)
    ds = "Ngày đăng: 10/02/2025 lúc 09:20"
    credit = "Thực hiện: Đinh Thị Mơ"
    mod = "Ngày cập nhật: 11/02/2025 14:00"
    body = render_blocks(blocks, "p", "h3", {2: fig("/upload/lehoi.jpg", "Nghi thức rước nước", "em")})
    doc = (head(t, "Sở VHTTDL Hòa Lâm") + '<body><div class="cmc-wrapper"><div class="cmc-header">' +
           menu(MENU_GOV, "cmc-menu") + '</div><div class="cmc-breadcrumb">Trang chủ / Văn hóa</div>'
           '<div class="cmc-main"><div class="detail-news"><div class="detail-title">' + E(t) + '</div>'
           '<div class="detail-info"><span class="detail-date">' + ds + '</span><span class="detail-author">' + credit +
           '</span></div><div class="detail-sapo"><b>' + E(lead) + '</b></div><div class="detail-content">' + body +
           '</div><div class="detail-modified"><i>' + mod + '</i></div>' + SHARE + '</div>'
           '<div class="cmc-same">' + side_list(rng, "Tin cùng chuyên mục", 8, "same-cat", "{d:02d}/{m:02d}/{y}",
                                               [(9, 2, 2025), (5, 2, 2025)]) + '</div></div>' +
           footer("Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm", "Số 5 Nguyễn Trãi", "0232 3855 155") +
           '<div class="dev">Phát triển bởi CMC</div></div></body></html>')
    return dict(template="h24-cmc-portal-so-vhttdl-modified-below", url="https://h24-cmc-portal-so-vhttdl-modified-below"
                ".example.vn/van-hoa/le-hoi-dinh-lang-phuoc-dien-14021.html", flags=["cmc", "luc-sep", "modified-below",
                "thuc-hien", "caption-em", "off-topic"], relevant=False, title=t, lead=lead, author="Đinh Thị Mơ",
                published_at="2025-02-10T09:20+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p16(rng):
    t = "Kinh tế số đóng góp gần một phần mười GRDP của tỉnh"
    lead = "Thương mại điện tử và dịch vụ số là hai động lực chính giúp kinh tế số của tỉnh tăng trưởng nhanh."
    blocks = gen_blocks(rng, "cds", 470, heads=2, table=True)
    ds = "%s, 06/01/2025 - 14:00 GMT+7" % wd(2025, 1, 6)
    credit = "TS. Vương Đức Nam"
    body = render_blocks(blocks, "p", "h2")
    doc = (head(t, "Sở KH&ĐT Hòa Lâm", '<meta property="article:published_time" content="2025-01-03T09:00:00+07:00">'
                '<meta property="og:type" content="article">') +
           '<body><div class="fpt-portal"><div class="top-bar">' + menu(MENU_GOV, "main-menu") + '</div>'
           '<div class="container"><div class="news-detail-wrap"><div class="ndw-cat">Kinh tế số</div>'
           '<h1 class="ndw-title">' + E(t) + '</h1><div class="ndw-date"><i class="icon-clock"></i> ' + ds + '</div>'
           '<div class="ndw-summary">' + E(lead) + '</div><div class="ndw-content">' + body + '</div>'
           '<div class="ndw-author" style="text-align:right"><strong>' + credit + '</strong></div>'
           '<div class="ndw-source">Nguồn: Viện Nghiên cứu kinh tế tỉnh</div></div>' + comments(rng, 4) +
           side_list(rng, "Tin liên quan", 10, "ndw-related", "{d:02d}/{m:02d}/{y}", [(2, 1, 2025), (30, 12, 2024)]) +
           '</div>' + footer("Sở Kế hoạch và Đầu tư tỉnh Hòa Lâm", "Số 17 Trần Phú", "0232 3822 909") +
           '<div class="dev">Thiết kế bởi FPT IS</div></div>' + ADS % "fpt" + '</body></html>')
    return dict(template="h24-fpt-portal-so-khdt-gmt-stale-meta-ts", url="https://h24-fpt-portal-so-khdt-gmt-stale-meta-ts"
                ".example.vn/kinh-te-so/kinh-te-so-dong-gop-grdp-7731.html", flags=["fpt", "gmt7", "weekday",
                "stale-meta", "academic-title", "nguon-line"], relevant=True, title=t, lead=lead, author="Vương Đức Nam",
                published_at="2025-01-06T14:00+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p17(rng):
    t = "Bộ hoàn thành liên thông văn bản điện tử với 63 địa phương"
    lead = "Trục liên thông văn bản quốc gia giúp gửi, nhận văn bản giữa bộ và địa phương hoàn toàn trên môi trường mạng."
    blocks = gen_blocks(rng, "cds", 420, heads=2, lst=True)
    ds = "Ngày xuất bản: 8/8/2022 10:05:33 SA"
    credit = "Tác giả: Trịnh Văn Sơn - Lý Thu Trang - Bùi Khánh Linh"
    body = render_blocks(blocks, "div", "strong")
    doc = (head(t, "Bộ Nội vụ (giả lập)") + '<body scroll="yes"><form name="aspnetForm" method="post" id="aspnetForm">'
           '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">' % viewstate_local(rng) +
           '<div id="s4-workspace"><table class="ms-main" width="100%"><tr><td class="ms-globalTitleArea">' +
           menu(MENU_GOV, "zz1_TopNavigationMenu") + '</td></tr><tr><td id="MSO_ContentTable">'
           '<div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="article-head">'
           '<h1 class="ms-rteElement-H1">' + E(t) + '</h1></div><div class="publish-date">' + ds + '</div>'
           '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field"><p><b>' +
           E(lead) + '</b></p>' + body + '</div><div class="tacgia">' + credit + '</div></td></tr></table>'
           '<div class="ms-WPBody">' + side_list(rng, "Các tin khác", 12, "dfwp-list", "({d:02d}/{m:02d}/{y})",
                                                 [(5, 8, 2022), (1, 8, 2022)]) + '</div>' +
           footer("Bộ Nội vụ (giả lập)", "Số 8 Tôn Thất Thuyết, Hà Nội", "024 6282 1000") +
           '</div><script>_spBodyOnLoadFunctionNames.push("init");</script></form></body></html>')
    return dict(template="h24-sp2010-bo-publishing-sa-seconds-three", url="https://h24-sp2010-bo-publishing-sa-seconds-three"
                ".example.vn/Pages/lien-thong-van-ban-dien-tu.aspx", flags=["sharepoint2010", "sa-clock", "seconds",
                "three-authors", "placeholdermain", "bold-sapo-in-body"], relevant=True, title=t, lead=lead,
                author="Trịnh Văn Sơn, Lý Thu Trang, Bùi Khánh Linh", published_at="2022-08-08T10:05:33+07:00",
                time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def viewstate_local(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(8000))).decode()


def p18(rng):
    t = "Xã Tân Hưng tổ chức ngày thứ bảy số"
    lead = "Người dân được hỗ trợ cài đặt ứng dụng, tạo tài khoản dịch vụ công và thanh toán trực tuyến."
    blocks = gen_blocks(rng, "cds", 100)
    ds = "17:40 | 03/07/2025"
    credit = "Văn phòng HĐND và UBND xã"
    body = render_blocks(blocks, "p")
    doc = (head(t, "Xã Tân Hưng") + '<body class="site"><div class="container"><header>' + menu(MENU_GOV, "nav menu") +
           '</header><div id="k2Container" class="itemView"><span class="itemDateCreated">' + ds + '</span>'
           '<h2 class="itemTitle">' + E(t) + '</h2><div class="itemBody"><div class="itemIntroText"><p>' + E(lead) +
           '</p></div><div class="itemFullText">' + body + '<p style="text-align:right"><em>' + credit + '</em></p></div>'
           '</div><div class="itemTagsBlock">Thẻ: <a href="#">ngày thứ bảy số</a></div>'
           '<div class="itemAuthorBlock">Tác giả: quantri</div></div><div class="sidebar">' +
           side_list(rng, "Tin mới", 10, "latestItemsCategory", "{d:02d}/{m:02d}/{y}", [(1, 7, 2025), (28, 6, 2025)]) +
           '</div>' + footer("UBND xã Tân Hưng", "Thôn Trung, xã Tân Hưng, tỉnh Hòa Lâm", "0232 3501 222") +
           '</div></body></html>')
    return dict(template="h24-joomla-k2-xa-brief-office-quantri", url="https://h24-joomla-k2-xa-brief-office-quantri"
                ".example.vn/tin-tuc/item/212-ngay-thu-bay-so.html", flags=["joomla-k2", "brief", "time-before-date",
                "office-credit", "cms-account"], relevant=True, title=t, lead=lead, author=None,
                published_at="2025-07-03T17:40+07:00", time_shown=True, blocks=blocks, html=doc, date_str=ds, credit=credit)


def p19(rng):
    t = "Tỉnh phát động phong trào bình dân học vụ số"
    lead = "Phong trào hướng tới mục tiêu mỗi người dân trưởng thành đều có kỹ năng số cơ bản."
    blocks = gen_blocks(rng, "cds", 400, heads=1, lst=True)
    ds = "%s, 22/06/2024, 09:00 (GMT+07:00)" % wd(2024, 6, 22)
    credit = "Tác giả: ThS. Cao Minh Khôi"
    vid = ('<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/xyz123" '
           'frameborder="0" allowfullscreen></iframe></div>')
    body = render_blocks(blocks, "p", "h3", {1: vid, 4: related_box(rng, "Xem thêm", "box-xemthem")})
    doc = (head(t, "Ban Tuyên giáo (giả lập)") + '<body class="path-node page-node-type-news"><div class="dialog-off-canvas'
           '-main-canvas"><header>' + menu(MENU_GOV, "menu--main") + '</header><main><div class="region-content">'
           '<article class="node node--type-news node--view-mode-full"><h1 class="page-title"><span>' + E(t) +
           '</span></h1><div class="node__meta">' + ds + '</div><div class="field--name-field-summary">' + E(lead) +
           '</div><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">' + body +
           '<p>Nguồn: Ban Tuyên giáo tỉnh</p></div><div class="field--name-field-author">' + credit + '</div>' + SHARE +
           '</article></div></main><aside>' + side_list(rng, "Tin mới", 10, "views-block", "{d:02d}/{m:02d}/{y}",
                                                       [(21, 6, 2024), (20, 6, 2024)]) + '</aside>' +
           footer("Ban Tuyên giáo tỉnh Hòa Lâm", "Số 10 Quang Trung", "0232 3811 456") + '</div></body></html>')
    return dict(template="h24-drupal9-ban-tuyen-giao-video-ths", url="https://h24-drupal9-ban-tuyen-giao-video-ths"
                ".example.vn/tin-tuc/binh-dan-hoc-vu-so", flags=["drupal9", "video-embed", "gmt-paren", "weekday",
                "academic-title", "nguon-line", "inline-related"], relevant=True, title=t, lead=lead,
                author="Cao Minh Khôi", published_at="2024-06-22T09:00+07:00", time_shown=True, blocks=blocks, html=doc,
                date_str=ds, credit=credit)


PAGES_B = [p11, p12, p13, p14, p15, p16, p17, p18, p19]
