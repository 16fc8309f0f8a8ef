"""Pages 20-24: non-articles (about page, tag page, document list, soft 404, weekly work calendar)."""
import random

from common import (
    SIDE_TITLES,
    E,
    ad_script,
    cookie_notice,
    css_block,
    f_dmy,
    f_dmyhm,
    footer_html,
    links_box,
    menu_html,
    news_list,
    pad_to,
    side_items,
    viewstate,
)


def N(template, url, flags, date_str=''):
    truth = dict(template=template, url=url, encoding='utf-8', flags=flags, is_article=False, relevant=False,
                 title='', lead='', author=None, published_at=None, time_shown=False, text='')
    return truth, dict(kind='non', date_str=date_str)


# ---------------------------------------------------------------- 20
def p20():
    truth, meta = N('sp2010-so-tai-chinh-gioi-thieu-co-cau', 'https://sp2010-so-tai-chinh-gioi-thieu-co-cau.example.vn/'
                    'gioithieu/Pages/chuc-nang-nhiem-vu.aspx', ['sharepoint2010', 'about-page', 'og-article',
                                                                'long-prose', 'leadership-table'])
    paras = [
        'Sở Tài chính tỉnh Hà Sơn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp '
        'UBND tỉnh quản lý nhà nước về tài chính, ngân sách nhà nước, thuế, phí, lệ phí, tài sản công, giá, kế '
        'toán, kiểm toán độc lập và các hoạt động dịch vụ tài chính trên địa bàn tỉnh.',
        'Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và '
        'công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ '
        'Tài chính.',
        'Về nhiệm vụ, Sở trình UBND tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn và hằng năm về tài chính; '
        'lập dự toán thu, chi ngân sách địa phương; hướng dẫn các cơ quan, đơn vị và địa phương xây dựng dự toán; '
        'thẩm định quyết toán vốn đầu tư dự án hoàn thành; quản lý tài sản công tại cơ quan, tổ chức, đơn vị.',
        'Sở thực hiện công tác chuyển đổi số trong lĩnh vực tài chính, vận hành hệ thống quản lý ngân sách, cơ sở '
        'dữ liệu giá và cơ sở dữ liệu tài sản công; cung cấp các dịch vụ công trực tuyến về cấp mã số đơn vị có '
        'quan hệ với ngân sách và thẩm tra quyết toán.',
    ]
    leaders = [('Giám đốc', 'Bùi Quang Huy', '0239 3855 201'), ('Phó Giám đốc', 'Trần Thị Kim Oanh', '0239 3855 202'),
               ('Phó Giám đốc', 'Lê Đình Tuấn', '0239 3855 203'), ('Chánh Văn phòng', 'Phan Văn Hưng', '0239 3855 210')]
    rooms = ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Quản lý ngân sách', 'Phòng Tài chính đầu tư',
             'Phòng Quản lý giá và công sản', 'Phòng Tài chính doanh nghiệp', 'Phòng Tin học và Thống kê']
    ltable = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (E(a), E(b), c) for a, b, c in leaders)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml"><head><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta property="og:type" content="article" />
<meta property="og:title" content="Chức năng, nhiệm vụ Sở Tài chính" />
<meta name="description" content="{E(paras[0])}" />
<title>Chức năng, nhiệm vụ - Sở Tài chính tỉnh Hà Sơn</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%2BuzTeSJc22nVGNZ5zwg%3D%3D"/>
{css_block(201)}{css_block(202)}
</head>
<body scroll="no" onload="javascript:_spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="chuc-nang-nhiem-vu.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(20, 9000)}" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow"><div class="s4-title"><h1>SỞ TÀI CHÍNH TỈNH HÀ SƠN</h1></div></div>
<div id="s4-topheader2">{menu_html('s4-tn', 'root static')}</div>
<div id="s4-mainarea"><div id="s4-leftpanel"><div class="s4-ql"><h3>Giới thiệu</h3><ul>
{''.join('<li><a href="#">%s</a></li>' % x for x in ['Chức năng, nhiệm vụ', 'Cơ cấu tổ chức',
 'Lãnh đạo Sở', 'Lịch sử hình thành', 'Liên hệ'])}</ul>
</div>
{links_box()}</div>
<div class="s4-ca"><div id="MSO_ContentTable">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/gioithieu">Giới thiệu</a> &gt; Chức năng, nhiệm vụ</div>
<div id="ctl00_PlaceHolderMain_ctl00" class="ms-rtestate-field">
<h2>Chức năng, nhiệm vụ và cơ cấu tổ chức</h2>
{''.join('<p>%s</p>' % E(p) for p in paras)}
<h3>Lãnh đạo Sở</h3>
<table class="ms-rteTable-1"><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>{ltable}</table>
<h3>Các phòng chuyên môn</h3><ul>{''.join('<li>%s</li>' % E(r) for r in rooms)}</ul>
</div></div></div></div>
{footer_html('Sở Tài chính tỉnh Hà Sơn', 'Số 14 đường Trần Phú, tỉnh Hà Sơn', '0239 3855 200')}
</div></div>
{ad_script(20, 10)}
</form></body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 21
def p21():
    truth, meta = N('nukeviet-tag-chinh-quyen-so-snippets', 'https://nukeviet-tag-chinh-quyen-so-snippets.example.vn/'
                    'tin-tuc/tag/chinh-quyen-so', ['nukeviet', 'tag-page', 'snippets-with-dates', 'pagination'])
    snippets = [
        'UBND tỉnh yêu cầu các sở, ngành hoàn thành kết nối hệ thống quản lý văn bản với trục liên thông quốc gia '
        'trước cuối quý, bảo đảm văn bản điện tử được gửi, nhận thông suốt.',
        'Sau ba tháng triển khai, hơn 60% hồ sơ đăng ký khai sinh tại các xã, phường đã được thực hiện trực tuyến '
        'liên thông với đăng ký thường trú và cấp thẻ bảo hiểm y tế.',
        'Hội nghị đánh giá kết quả chỉ số chuyển đổi số cấp xã, biểu dương 12 đơn vị dẫn đầu và chỉ ra những tồn '
        'tại cần khắc phục trong năm tới.',
        'Các tổ công nghệ số cộng đồng ra quân hướng dẫn người dân cài đặt ứng dụng định danh, phòng tránh lừa '
        'đảo trực tuyến tại các chợ phiên vùng cao.',
        'Sở Nội vụ hướng dẫn các địa phương sau sắp xếp cập nhật địa giới hành chính mới trên các hệ thống thông '
        'tin và cơ sở dữ liệu chuyên ngành.',
        'Tỉnh đưa vào vận hành trung tâm điều hành thông minh giai đoạn hai, tích hợp dữ liệu camera giao thông, '
        'quan trắc môi trường và phản ánh hiện trường.',
        'Hướng dẫn thanh toán phí, lệ phí trực tuyến khi nộp hồ sơ trên Cổng Dịch vụ công, giúp người dân không '
        'phải đến nộp tiền mặt tại bộ phận một cửa.',
        'Huyện tổ chức cuộc thi tìm hiểu chuyển đổi số dành cho đoàn viên thanh niên với hơn 5.000 lượt tham gia '
        'trên nền tảng trực tuyến.',
    ]
    rnd = random.Random(21)
    items = []
    for i, sn in enumerate(snippets):
        t = SIDE_TITLES[i] if i % 3 == 2 else sn.split(',')[0][:70]
        items.append('<div class="news_column panel panel-default"><div class="panel-body clearfix">'
                     '<a href="/tin-tuc/chinh-quyen-so/bai-%d.html"><img class="img-thumbnail pull-left" src="/uploads/'
                     'news/thumb/%d.jpg" width="160"></a><h3><a href="/tin-tuc/chinh-quyen-so/bai-%d.html">%s</a></h3>'
                     '<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">'
                     '&nbsp;</em> %02d/%02d/2025 %02d:%02d</li><li><em class="fa fa-eye">&nbsp;</em> Xem: %d</li></ul>'
                     '</div><div class="hometext">%s</div></div></div>'
                     % (i, i, i, E(t), rnd.randrange(1, 28), rnd.randrange(1, 13), rnd.randrange(7, 20),
                        rnd.randrange(60), rnd.randrange(100, 3000), E(sn)))
    html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>chính quyền số - Tin tức - Cổng thông tin điện tử huyện Đông Triều</title>
<meta name="generator" content="NukeViet v4.4"><meta name="description" content="chính quyền số - Tin tức">
<meta property="og:type" content="website">
{css_block(211)}
</head><body>
<div class="wraper"><header><div class="logo"><a href="/"><span class="site_name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG TRIỀU</span>
</a></div></header>
<nav class="second-nav">{menu_html('navbar', 'nav navbar-nav')}</nav>
<div class="container"><ul class="breadcrumbs list-none"><li><a href="/">Trang nhất</a></li><li><a href="/tin-tuc">Tin tức</a>
</li><li>chính quyền số</li></ul>
<div class="row"><div class="col-md-18">
<div class="page-header"><h1>chính quyền số</h1>
<p class="tag-description">Các tin bài gắn từ khóa chính quyền số trên cổng thông tin điện tử huyện.</p></div>
{''.join(items)}
<div class="text-center"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="?page=2">2</a></li><li>
<a href="?page=3">3</a></li><li><a href="?page=2">»</a></li></ul></div>
</div>
<div class="col-md-6"><div class="panel">
<div class="panel-heading">Tin xem nhiều</div>{news_list(side_items(37, 10, f_dmy), 'list-none', '{d}')}</div>
<div class="panel">{links_box()}</div></div></div></div>
{footer_html('Ủy ban nhân dân huyện Đông Triều', 'Số 2 đường Hoàng Hoa Thám, huyện Đông Triều', '0203 3870 123')}
</div>
{ad_script(21, 20)}
</body></html>'''
    html = pad_to(html, 26000, 21)
    return html, truth, meta


# ---------------------------------------------------------------- 22
def p22():
    truth, meta = N('liferay62-van-ban-chi-dao-search-grid', 'https://liferay62-van-ban-chi-dao-search-grid.example.vn/'
                    'web/guest/van-ban-chi-dao-dieu-hanh', ['liferay62', 'document-list', 'search-container',
                                                            'date-columns'])
    kinds = ['Quyết định', 'Công văn', 'Kế hoạch', 'Thông báo', 'Chỉ thị']
    subjects = ['Về việc triển khai nền tảng số dùng chung của tỉnh', 'Về tăng cường bảo đảm an toàn thông tin mạng',
                'Ban hành danh mục dữ liệu mở của tỉnh', 'Về việc kiện toàn tổ công nghệ số cộng đồng',
                'Thực hiện chuyển đổi số năm 2025', 'Về việc sử dụng chữ ký số trong cơ quan nhà nước',
                'Quy chế quản lý, vận hành hệ thống thư điện tử công vụ', 'Về kết quả chỉ số cải cách hành chính',
                'Phân bổ kinh phí thuê dịch vụ công nghệ thông tin', 'Về việc số hóa hồ sơ, kết quả giải quyết TTHC',
                'Tổ chức Ngày Chuyển đổi số của tỉnh', 'Về phòng, chống lừa đảo trực tuyến']
    rnd = random.Random(22)
    rows = []
    for i in range(36):
        k = kinds[i % 5]
        rows.append('<tr class="portlet-section-body results-row%s"><td class="align-left col-1">%d</td>'
                    '<td class="col-2"><a href="/web/guest/van-ban/-/vb/%d">%d/%s-UBND</a></td><td class="col-3">'
                    '%02d/%02d/2025</td><td class="col-4">%s</td><td class="col-5">%s</td><td class="col-6">'
                    '<a href="/documents/10181/%d/vb.pdf">Tải về</a></td></tr>'
                    % (' alt' if i % 2 else '', i + 1, 5000 + i, rnd.randrange(100, 4000),
                       {'Quyết định': 'QĐ', 'Công văn': 'CV', 'Kế hoạch': 'KH', 'Thông báo': 'TB', 'Chỉ thị': 'CT'}[k],
                       rnd.randrange(1, 28), rnd.randrange(1, 13), k, E(subjects[i % len(subjects)]), 9000 + i))
    html = f'''<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN"><head><title>Văn bản chỉ đạo điều hành - Cổng thông tin điện tử tỉnh Hà Sơn</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{css_block(221)}
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner">
<h1 class="site-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ SƠN</h1>{menu_html('navigation', 'nav')}</header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column span9" id="column-1">
<div class="portlet-boundary portlet-boundary_vanban_WAR_vanbanportlet_ portlet-static" id="p_p_id_vanban_WAR_vanbanportlet_">
<div class="portlet-body">
<h2 class="portlet-title">Văn bản chỉ đạo điều hành</h2>
<form class="form-search"><label>Số ký hiệu</label><input type="text" name="soKyHieu"><label>Trích yếu</label>
<input type="text" name="trichYeu"><label>Loại văn bản</label>
<select name="loai">{''.join('<option>%s</option>' % k for k in kinds)}</select><button type="submit">Tìm kiếm</button></form>
<div class="lfr-search-container"><div class="results-grid">
<table class="taglib-search-iterator table table-bordered table-hover table-striped">
<thead class="table-columns"><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th>
<th>Tệp đính kèm</th></tr></thead>
<tbody class="table-data">{''.join(rows)}</tbody></table></div>
<div class="taglib-page-iterator"><div class="search-results">Hiển thị 1 - 36 của 412 kết quả.</div><div class="pagination"><ul>
<li class="active"><a href="#">1</a></li><li><a href="#">2</a></li><li><a href="#">3</a></li><li><a href="#">Tiếp</a></li></ul>
</div></div></div>
</div></div></div>
<div class="portlet-column span3" id="column-2"><div class="portlet-boundary"><div class="portlet-body">
<h3>Tin mới</h3>{news_list(side_items(38, 10, f_dmyhm), 'asset-list', '{d}')}</div></div>
<div class="portlet-boundary"><div class="portlet-body">{links_box()}</div></div></div></div></div>
{footer_html('Văn phòng UBND tỉnh Hà Sơn', 'Số 12 đường Trần Phú, tỉnh Hà Sơn', '0239 3855 012')}
</div>
{ad_script(22, 20)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 23
def p23():
    truth, meta = N('wp-xa-soft404-full-chrome', 'https://wp-xa-soft404-full-chrome.example.vn/2025/08/'
                    'xa-to-chuc-hoi-nghi-chuyen-doi-so-quy-iii/', ['wordpress', 'soft-404', 'served-200',
                                                                 'sidebar-dates', 'recent-posts'])
    html = f'''<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang &#8211; UBND xã Quảng Phú</title>
<meta name="robots" content="noindex, follow">
<meta name="generator" content="WordPress 6.6.1">
<link rel='stylesheet' id='xa-theme-style-css' href='/wp-content/themes/xa-theme/style.css?ver=2.3' media='all' />
{css_block(231)}{css_block(232)}
</head>
<body class="error404 wp-embed-responsive hfeed">
<div id="page" class="site"><header id="masthead" class="site-header">
<div class="top-bar">Hôm nay: Thứ Năm, 21/08/2025 | Đường dây nóng: 0232 3870 115</div>
<div class="site-branding"><p class="site-title"><a href="/">Ủy ban nhân dân xã Quảng Phú</a></p></div>
<nav id="site-navigation" class="main-navigation">{menu_html('menu-primary-container', 'menu')}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<section class="error-404 not-found"><header class="page-header">
<h1 class="page-title">Rất tiếc! Không tìm thấy trang bạn yêu cầu.</h1></header>
<div class="page-content">
<p>Có vẻ như đường dẫn đã bị thay đổi hoặc bài viết đã được gỡ bỏ sau khi xã cập nhật giao diện mới. Bạn có thể thử tìm kiếm hoặc
xem các bài viết mới nhất dưới đây.</p>
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span>
<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="Tìm kiếm" /></form>
<div class="widget widget_recent_entries">
<h2 class="widget-title">Bài viết mới</h2>{news_list(side_items(39, 10, f_dmy), '', '{d}')}</div>
<div class="widget widget_categories"><h2 class="widget-title">Chuyên mục được dùng nhiều nhất</h2><ul><li>
<a href="#">Tin tức - Sự kiện</a> (412)</li><li><a href="#">Chuyển đổi số</a> (96)</li><li><a href="#">Thông báo</a> (238)</li>
<li><a href="#">Văn bản</a> (150)</li></ul></div>
</div></section></main></div>
<aside id="secondary" class="widget-area"><section class="widget">
<h2 class="widget-title">Tin nổi bật</h2>{news_list(side_items(40, 8, f_dmyhm), '', '{d}')}</section>
<section class="widget">{links_box()}</section></aside></div>
{footer_html('Ủy ban nhân dân xã Quảng Phú', 'Thôn Phú Thượng, xã Quảng Phú, tỉnh Quảng Trị', '0232 3870 115')}
</div>
{cookie_notice()}
{ad_script(23, 30)}
</body></html>'''
    html = pad_to(html, 26000, 23)
    return html, truth, meta


# ---------------------------------------------------------------- 24
def p24():
    truth, meta = N('dnn-lich-cong-tac-lanh-dao-tuan', 'https://dnn-lich-cong-tac-lanh-dao-tuan.example.vn/'
                    'lich-cong-tac/tuan-36-2025', ['dotnetnuke', 'event-calendar', 'weekly-schedule', 'many-times'])
    days = ['Thứ Hai, 01/09/2025', 'Thứ Ba, 02/09/2025', 'Thứ Tư, 03/09/2025', 'Thứ Năm, 04/09/2025',
            'Thứ Sáu, 05/09/2025']
    events = ['Dự hội nghị sơ kết công tác chuyển đổi số 8 tháng đầu năm', 'Tiếp công dân định kỳ tại trụ sở',
              'Làm việc với Sở Xây dựng về tiến độ dự án đường ven biển', 'Họp UBND tỉnh thường kỳ tháng 9',
              'Kiểm tra công tác chuẩn bị năm học mới tại các trường', 'Dự lễ khánh thành trạm y tế xã',
              'Làm việc với đoàn công tác của Bộ Nông nghiệp và Môi trường', 'Nghe báo cáo đề án trung tâm dữ liệu',
              'Đối thoại với doanh nghiệp về thủ tục đầu tư', 'Duyệt nội dung kỳ họp HĐND chuyên đề']
    people = ['Chủ tịch UBND tỉnh', 'Phó Chủ tịch Thường trực', 'Phó Chủ tịch Lê Văn Kiên', 'Phó Chủ tịch Hà Thị Mỹ']
    rnd = random.Random(24)
    rows = []
    for d in days:
        n = 4
        first = True
        for j in range(n):
            hh = rnd.choice([7, 8, 9, 10, 14, 15, 16])
            rows.append('<tr>%s<td class="time">%02dh%02d</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                        % ('<td rowspan="%d" class="day"><b>%s</b></td>' % (n, d) if first else '', hh,
                           rnd.choice([0, 30]), E(rnd.choice(events)), E(rnd.choice(people)),
                           rnd.choice(['Phòng họp A', 'Hội trường tầng 3', 'Trực tuyến', 'Tại cơ sở'])))
            first = False
    html = f'''<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Lịch công tác tuần 36 năm 2025 - Văn phòng UBND tỉnh</title>
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta property="og:type" content="article" />
{css_block(241)}
</head><body id="Body">
<form method="post" action="/lich-cong-tac/tuan-36-2025" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(24, 6000)}" />
<div id="dnn_HeaderPane"><div class="logo">VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HÀ SƠN</div>{menu_html('dnnmega', 'topLevel')}</div>
<div class="row"><div id="dnn_ContentPane" class="col-md-9">
<div class="DnnModule DnnModule-LichCongTac DnnModule-2210"><div id="dnn_ctr2210_ContentPane"><div id="dnn_ctr2210_ModuleContent">
<h2 class="lct-title">LỊCH CÔNG TÁC CỦA LÃNH ĐẠO UBND TỈNH</h2>
<div class="lct-week">Tuần 36 (từ ngày 01/09/2025 đến ngày 05/09/2025) <a href="?tuan=35">« Tuần trước</a> <a href="?tuan=37">Tuần
sau »</a>
</div>
<table class="lct-table" border="1" cellpadding="4"><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th><th>Chủ trì</th>
<th>Địa điểm</th></tr>{''.join(rows)}</table>
<p class="lct-note"><i>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên. Ngày cập nhật: 30/08/2025 16:30</i></p>
</div></div></div></div>
<div id="dnn_RightPane" class="col-md-3"><div class="DnnModule"><div id="dnn_ctr2211_ContentPane">
<h3>Thông báo</h3>{news_list(side_items(41, 10, f_dmy), 'list', '{d}')}</div></div>
<div class="DnnModule"><div id="dnn_ctr2212_ContentPane">{links_box()}</div></div></div></div>
{footer_html('Văn phòng UBND tỉnh Hà Sơn', 'Số 12 đường Trần Phú, tỉnh Hà Sơn', '0239 3855 012')}
{ad_script(24, 20)}
</form></body></html>'''
    html = pad_to(html, 26000, 24)
    return html, truth, meta


PAGES = [p20, p21, p22, p23, p24]
