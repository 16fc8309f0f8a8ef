"""Articles 8-14."""
from blocks import render
from chrome import E, comments, crumbs, doc, footer, header, share_bar, side_list, sidebar, tags
from pages_a import body, ld, truth


def p08():
    tpl, site = "h25-nukeviet-provincial-bold-sapo-pipe-stale-ld", "Báo Ngọc Giang điện tử"
    title = "Ngọc Giang số hóa 1,2 triệu hồ sơ hộ tịch"
    lead = ("Sau hai năm triển khai, toàn bộ sổ hộ tịch lưu tại cấp xã của tỉnh đã được số hóa và đưa"
            " vào cơ sở dữ liệu dùng chung.")
    bl = body("digital", 808, 6, 1)
    bl.insert(2, ("table", [["Năm", "Số hồ sơ số hóa", "Tỷ lệ"], ["2022", "410.000", "34%"], ["2023", "790.000", "66%"]]))
    ds = "Thứ tư, 05/06/2024 | 10:20"
    art = (f'<div class="news_detail"><h1 class="title">{E(title)}</h1><div class="time">{ds}</div>'
           f'<div class="hometext"></div><div id="news-bodyhtml" class="bodytext margin-bottom-lg">'
           f'<p><strong>{E(lead)}</strong></p>{render(bl)}'
           f'<p style="text-align: right;"><em>Hồng Nhung</em></p></div>'
           f'<div class="keywords">{tags(["hộ tịch", "số hóa", "cơ sở dữ liệu"])}</div>'
           f'<div class="news_column"><div class="other-news">{side_list("Tin liên quan", 81, 6, "related")}</div></div></div>')
    stale = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "datePublished": "2024-06-03T09:00:00+07:00", "publisher": {"@type": "Organization", "name": site}})
    page = doc(f"<title>{E(title)} - {site}</title>{stale}",
               f'<div id="wraper">{header(site, 8)}{crumbs(["Tin tức", "Chuyển đổi số"])}<div class="row"><div class="col-md-16">'
               f'{art}{comments(8)}</div><div class="col-md-8">{sidebar(8)}</div></div>'
               f'{footer(site, "Số 5 đường Lê Lợi, TP. Ngọc Giang", 8)}</div>')
    return page, truth(tpl, "https://h25-nukeviet-provincial-bold-sapo-pipe-stale-ld.example.vn/tin-tuc/chuyen-doi-so/"
                       "ngoc-giang-so-hoa-1-2-trieu-ho-so-ho-tich-18213.html", ["nukeviet", "bodytext", "bold-sapo-in-body",
                       "pipe-sep", "stale-jsonld", "italic-right-author", "table"], title, lead, "Hồng Nhung",
                       "2024-06-05T10:20+07:00", True, True, bl, ds)


def p09():
    tpl, site = "h25-liferay-tv-journal-luc-ngay-thang", "Đài Phát thanh và Truyền hình Đông Thạnh"
    title = "Đông Thạnh vận hành trung tâm giám sát điều hành thông minh"
    lead = ("Trung tâm kết nối dữ liệu camera, phản ánh hiện trường và các hệ thống chuyên ngành, giúp"
            " lãnh đạo tỉnh điều hành tập trung.")
    bl = body("digital", 909, 6, 2) + [("video",)]
    ds = "Đăng lúc 19:30, ngày 12 tháng 8 năm 2024"
    art = (f'<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_aB3d_">'
           f'<div class="portlet-body"><div class="asset-full-content"><h3 class="asset-title">{E(title)}</h3>'
           f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{ds}</span></div>'
           f'<div class="asset-content"><div class="journal-content-article"><p class="sapo"><b>{E(lead)}</b></p>'
           f'{render(bl, "pj")}<p><b>Phóng viên: Trần Hữu Lộc, Nguyễn Thảo</b></p></div></div>'
           f'<div class="taglib-social-bookmarks">{share_bar()}</div></div></div></div>')
    other = (f'<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_x9Kq_">'
             f'<div class="portlet-body">{side_list("Tin cùng chuyên mục", 91, 8, "asset-abstract")}</div></div>')
    page = doc(f"<title>{E(title)} - Đài PT-TH Đông Thạnh</title><meta content='Liferay' name='generator'>",
               f'<div id="wrapper">{header(site, 9)}<div id="content"><div class="portlet-layout row-fluid">'
               f'<div class="portlet-column span8" id="column-1">{crumbs(["Tin tức", "Thời sự"])}{art}{other}</div>'
               f'<div class="portlet-column span4" id="column-2">{sidebar(9, ("Tin mới", "Chương trình phát sóng"))}</div>'
               f'</div></div>{footer(site, "Số 2 Quang Trung, TP. Đông Thạnh", 9)}</div>')
    return page, truth(tpl, "https://h25-liferay-tv-journal-luc-ngay-thang.example.vn/web/guest/thoi-su/-/asset_publisher/"
                       "aB3d/content/dong-thanh-van-hanh-trung-tam-giam-sat-dieu-hanh-thong-minh",
                       ["liferay", "asset-publisher", "journal-content-article", "ngay-thang-nam", "time-first",
                        "phong-vien-two-names", "video-embed"], title, lead, "Trần Hữu Lộc, Nguyễn Thảo",
                       "2024-08-12T19:30+07:00", True, True, bl, ds)


def p10():
    tpl, site = "h25-sharepoint-rte-magazine-xuat-ban-sa-sec", "Tạp chí Quản lý Nhà nước Số"
    title = "Chính quyền số cấp xã: Từ phần mềm đến thói quen làm việc"
    lead = ("Nhiều xã đã có đủ phần mềm, nhưng để cán bộ thực sự làm việc trên môi trường số vẫn cần"
            " thời gian và cơ chế khuyến khích.")
    bl = body("digital", 1010, 8, 3)
    bl.insert(5, ("table", [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Văn bản ký số", "95%", "91%"],
                            ["Hồ sơ trực tuyến", "60%", "57%"], ["Họp trực tuyến", "100%", "100%"]]))
    ds = "Ngày xuất bản: 22/10/2024 8:00:00 SA"
    art = (f'<div id="ctl00_PlaceHolderMain_ctl00" class="article-page"><div class="ms-webpart-zone"><h1 class="page-title">'
           f'<span id="ctl00_PlaceHolderMain_TitleField">{E(title)}</span></h1><div class="date">{ds}</div>'
           f'<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
           f'style="display:inline"><p class="sapo"><strong>{E(lead)}</strong></p>{render(bl, "pj", "table")}'
           f'<p style="text-align:right"><strong>TS. Vũ Đình Khang</strong></p></div></div></div>')
    vs = "/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAmYPZBYCAgEPFgIeB1Zpc2libGVoZA" * 120
    page = doc(f"<title>{E(title)}</title><meta name='GENERATOR' content='Microsoft SharePoint'>",
               f'<form method="post" action="./Pages/chinh-quyen-so-cap-xa.aspx" id="aspnetForm"><input type="hidden" '
               f'name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"><div id="s4-workspace"><div id="s4-bodyContainer">'
               f'{header(site, 10)}{crumbs(["Nghiên cứu - Trao đổi"])}<div class="s4-ca">{art}</div>{sidebar(10)}'
               f'{footer(site, "36 Xuân La, Hà Nội", 10)}</div></div></form>')
    return page, truth(tpl, "https://h25-sharepoint-rte-magazine-xuat-ban-sa-sec.example.vn/Pages/chinh-quyen-so-cap-xa.aspx",
                       ["sharepoint", "ms-rtestate-field", "xuat-ban-label", "12h-sa", "seconds", "ts-title", "table"],
                       title, lead, "Vũ Đình Khang", "2024-10-22T08:00:00+07:00", True, True, bl, ds)


def p11():
    tpl, site = "h25-dnn-economy-brief-thoi-gian-dang-nhom", "Tạp chí Kinh tế và Dự báo Vùng"
    title = "Doanh thu thương mại điện tử của tỉnh tăng 28%"
    lead = "Sở Công Thương cho biết doanh thu bán lẻ trực tuyến 10 tháng ước đạt 3.150 tỷ đồng."
    bl = [("p", "Theo báo cáo, số doanh nghiệp có gian hàng trên các sàn thương mại điện tử lớn đã tăng lên 1.240, "
                "trong đó phần lớn là doanh nghiệp nhỏ và hộ kinh doanh chuyển đổi từ bán hàng truyền thống."),
          ("p", "Các mặt hàng bán chạy gồm nông sản chế biến, đặc sản vùng miền, đồ thủ công mỹ nghệ và dịch vụ lưu trú. "
                "Tỷ lệ đơn hàng thanh toán không dùng tiền mặt chiếm khoảng 64%."),
          ("p", "Trong thời gian tới, Sở sẽ phối hợp với các sàn tổ chức lớp tập huấn livestream bán hàng, hỗ trợ chụp "
                "ảnh sản phẩm và xây dựng nhận diện thương hiệu cho các hợp tác xã.")]
    ds = "Thời gian đăng: 16:40 - 27/11/2024"
    art = (f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1422"><div id="dnn_ctr1422_ContentPane">'
           f'<div id="dnn_ctr1422_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><div class="eds_news_detail">'
           f'<h1 class="edn_articleTitle">{E(title)}</h1><div class="edn_metaDetails"><span>{ds}</span></div>'
           f'<div class="edn_articleSummary"><b>{E(lead)}</b></div><div class="edn_articleContent">{render(bl)}</div>'
           f'<div class="edn_author">Nhóm PV</div></div></div></div></div>')
    vs = "/wEPDwULLTE2NTc0ODY0NjEPZBYGZg8WAh4EVGV4dAU+PCFET0NUWVBFIGh0bWw+" * 90
    page = doc(f"<title>{E(title)}</title><meta id='MetaGenerator' name='GENERATOR' content='DotNetNuke'>",
               f'<form method="post" action="/tin-tuc/ArticleID/7719" id="Form"><input type="hidden" name="__VIEWSTATE" '
               f'value="{vs}">{header(site, 11)}<div id="dnn_BreadcrumbPane">{crumbs(["Kinh tế số"])}</div>'
               f'<div id="dnn_ContentPane" class="col-md-8">{art}{side_list("Tin khác", 111, 10, "edn_related")}</div>'
               f'<div id="dnn_RightPane" class="col-md-4">{sidebar(11)}</div>{footer(site, "65 Văn Miếu, Hà Nội", 11)}</form>')
    return page, truth(tpl, "https://h25-dnn-economy-brief-thoi-gian-dang-nhom.example.vn/tin-tuc/ArticleID/7719/doanh-thu-"
                       "thuong-mai-dien-tu-tang-28", ["dnn", "dnn-ctr", "brief", "thoi-gian-dang", "time-first", "nhom-pv"],
                       title, lead, "Nhóm PV", "2024-11-27T16:40+07:00", True, True, bl, ds)


def p12():
    tpl, site = "h25-legacy-2012-nested-table-font-toi-yy", "Báo Bắc Lâm Online"
    title = "Bắc Lâm khai trương Cổng thông tin điện tử một cửa liên thông"
    lead = "Từ hôm nay, người dân và doanh nghiệp có thể tra cứu tình trạng hồ sơ tại 20 sở, ngành qua mạng Internet."
    bl = body("digital", 1212, 6, 1)
    ds = "Thứ năm, 20/12/12 - 9:15 tối"
    cont = render(bl, "br")
    inner = (f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="tieude"><font face="Arial" '
             f'size="4" color="#003366"><b>{E(title)}</b></font></td></tr><tr><td><font size="1" color="#777777">{ds}'
             f'</font></td></tr><tr><td><font face="Arial" size="2"><b>{E(lead)}</b></font></td></tr>'
             f'<tr><td><font face="Arial" size="2">{cont}<div align="right"><b>Theo Minh Quân (Báo Sơn Hà)</b></div>'
             f'</font></td></tr><tr><td><a href="javascript:window.print()">[In bài]</a> <a href="#">[Gửi cho bạn bè]</a>'
             f'</td></tr></table>')
    left = "".join(f'<tr><td><font size="2"><a href="/cat/{i}">» {E(m)}</a></font></td></tr>' for i, m in
                   enumerate(["Tin trong tỉnh", "Kinh tế", "Văn hóa", "Công nghệ", "Thể thao"]))
    body_html = (f'<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3">'
                 f'<img src="/images/banner.gif" width="980" height="120"></td></tr><tr><td width="180" valign="top">'
                 f'<table width="100%">{left}</table></td><td width="560" valign="top">{inner}'
                 f'{side_list("Các tin khác", 121, 10, "tinkhac")}</td><td width="240" valign="top">{sidebar(12)}</td></tr>'
                 f'<tr><td colspan="3" align="center"><font size="1">© 2012 Báo Bắc Lâm Online. Số 3 đường Hùng Vương, '
                 f'TP. Bắc Lâm. ĐT: 020 3822 111</font></td></tr></table>')
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n<title>{E(title)}</title>\n</head>\n<body bgcolor="#FFFFFF">\n{body_html}\n'
            '</body>\n</html>\n')
    return page, truth(tpl, "https://h25-legacy-2012-nested-table-font-toi-yy.example.vn/Default.aspx?tabid=5&ID=4411",
                       ["legacy-table", "font", "br-paragraphs", "two-digit-year", "12h-toi", "weekday", "theo-author-outlet"],
                       title, lead, "Minh Quân", "2012-12-20T21:15+07:00", True, True, bl, ds)


def p13():
    tpl, site = "h25-amp-provincial-ld-person-org-clock-pipe", "Báo Hải Phong"
    title = "Hải Phong: Học sinh tra cứu điểm thi, nộp hồ sơ tuyển sinh trực tuyến"
    lead = "Năm nay, 100% hồ sơ tuyển sinh vào lớp 10 được nộp trên hệ thống trực tuyến, phụ huynh không phải xếp hàng."
    bl = body("digital", 1313, 5, 1)
    bl.insert(2, ("img", "Phụ huynh hướng dẫn con đăng ký tuyển sinh trên điện thoại."))
    ds = "10:05 | 03/03/2025"
    jl = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
             "datePublished": "2025-03-03T10:05:00+07:00",
             "publisher": {"@type": "Organization", "name": site, "author": {"@type": "Person", "name": "Đặng Thùy Linh"}}})
    amp_img = '<amp-img src="/uploads/2025/anh.jpg" width="600" height="400" layout="responsive"></amp-img>'
    bh = render(bl).replace('<img src="/uploads/2024/anh.jpg" alt="">', amp_img)
    art = (f'<article class="amp-article"><h1 class="amp-title">{E(title)}</h1><div class="amp-meta"><span class="amp-time">'
           f'{ds}</span></div><p class="amp-sapo">{E(lead)}</p><div class="amp-content">{bh}</div>'
           f'<p class="amp-author"><strong>Đặng Thùy Linh</strong></p>'
           f'<amp-social-share type="facebook" width="40" height="40"></amp-social-share>'
           f'{side_list("Tin liên quan", 131, 8, "amp-related")}</article>')
    head = (f'<title>{E(title)}</title><link rel="canonical" href="https://h25-amp-provincial-ld-person-org-clock-pipe.'
            f'example.vn/giao-duc/tuyen-sinh-truc-tuyen-2025.html"><meta name="viewport" content="width=device-width">'
            f'<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}'
            f'</style><style amp-custom>.amp-title{{font-size:22px}}.amp-sapo{{font-weight:bold}}</style>{jl}')
    bodyh = (f'<header class="amp-header"><a href="/">{E(site)}</a><amp-sidebar id="menu" layout="nodisplay"><ul>'
             + "".join(f"<li><a href='/{i}'>{m}</a></li>" for i, m in enumerate(["Thời sự", "Giáo dục", "Kinh tế"]))
             + f'</ul></amp-sidebar></header>{art}<amp-ad width="300" height="250" type="adsense"></amp-ad>'
             f'<footer class="amp-footer"><p>© Báo Hải Phong. 17 Điện Biên, TP. Hải Phong</p></footer>')
    page = (f'<!doctype html>\n<html amp lang="vi">\n<head>\n<meta charset="utf-8">\n{head}'
            f'\n</head>\n<body>\n{bodyh}\n</body>\n</html>\n')
    return page, truth(tpl, "https://h25-amp-provincial-ld-person-org-clock-pipe.example.vn/amp/giao-duc/tuyen-sinh-truc-"
                       "tuyen-2025.html", ["amp", "jsonld-person-in-org", "time-first", "pipe-sep", "figcaption"],
                       title, lead, "Đặng Thùy Linh", "2025-03-03T10:05+07:00", True, True, bl, ds)


def p14():
    tpl, site = "h25-m-host-culture-cap-nhat-gmt0700-thuc-hien", "Văn Hóa Đông Phù"
    title = "Làng Đông Phù mở hội đầu xuân, giữ nếp xưa giữa phố thị"
    lead = "Hội làng năm nay diễn ra trong ba ngày với nhiều nghi lễ được phục dựng theo tư liệu của các cụ cao niên."
    bl = body("culture", 1414, 5, 1)
    bl.insert(3, ("img", "Đoàn rước kiệu đi qua cổng làng."))
    ds = "Cập nhật: Chủ nhật, 07/07/2024 06:30 (GMT+07:00)"
    art = (f'<div class="m-detail"><h1 class="m-title">{E(title)}</h1><p class="m-date">{ds}</p>'
           f'<p class="m-lead">{E(lead)}</p><div class="m-body">{render(bl, "p", "em")}</div>'
           f'<p class="m-author">Thực hiện: Hải Yến</p>{share_bar()}{side_list("Đọc thêm", 141, 8, "m-more")}</div>')
    page = doc(f"<title>{E(title)}</title><meta name='viewport' content='width=device-width, initial-scale=1'>"
               f"<link rel='canonical' href='https://www.example.vn/van-hoa/lang-dong-phu-mo-hoi.html'>",
               f'<div class="m-header"><a class="m-logo" href="/">{E(site)}</a><a class="m-menu" href="#menu">☰</a></div>'
               f'<div id="menu" class="m-nav">{header(site, 14)}</div>{art}{comments(14)}'
               f'<div class="m-footer"><p>© {E(site)} - 40 Hàng Chuối, Hà Nội</p>'
                   f'<a href="?desktop=1">Phiên bản máy tính</a></div>')
    return page, truth(tpl, "https://m.h25-m-host-culture-cap-nhat-gmt0700-thuc-hien.example.vn/van-hoa/lang-dong-phu-mo-hoi-"
                       "dau-xuan-a7731.html", ["m-host", "cap-nhat-only", "gmt0700", "weekday-chu-nhat", "thuc-hien",
                       "em-caption", "off-topic-culture"], title, lead, "Hải Yến", "2024-07-07T06:30+07:00", True, False, bl, ds)
