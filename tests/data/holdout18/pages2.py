"""Pages 6-10: NukeViet district, Joomla agriculture, Drupal traffic brief, WordPress health, WebForms form1."""
import json

from common import (
    E,
    ad_script,
    comment_box,
    cookie_notice,
    css_block,
    f_dmy,
    f_dmyhm,
    fig,
    footer_html,
    links_box,
    menu_html,
    news_list,
    render_blocks,
    side_items,
    viewstate,
)
from pages1 import T


# ---------------------------------------------------------------- 6
def p06():
    title = 'Huyện Bình Lục đưa 100% hồ sơ công việc cấp huyện lên môi trường mạng'
    lead = ('Kể từ đầu năm 2025, toàn bộ văn bản đi, đến của các phòng, ban chuyên môn thuộc UBND huyện được xử lý '
            'và lưu trữ trên hệ thống quản lý văn bản, trừ văn bản mật.')
    blocks = [
        ('p', 'Để đạt kết quả này, huyện đã cấp 214 chứng thư chữ ký số cá nhân cho lãnh đạo và chuyên viên, đồng '
              'thời ban hành quy chế bắt buộc ký số đối với tất cả văn bản phát hành. Thời gian luân chuyển trung '
              'bình của một văn bản giữa các phòng giảm từ hai ngày xuống còn khoảng nửa ngày.'),
        ('p', 'Văn phòng HĐND và UBND huyện đã số hóa hơn 18.000 trang hồ sơ lưu trữ giai đoạn 2015 - 2024, phục vụ '
              'tra cứu nhanh khi giải quyết thủ tục đất đai và khiếu nại. Các cuộc họp thường kỳ của Ban Thường vụ '
              'và UBND huyện đều sử dụng tài liệu điện tử, tiết kiệm khoảng 70 triệu đồng tiền in ấn mỗi năm.'),
        fig('/uploads/news/2025_02/phong-hop-khong-giay.jpg', 'Cuộc họp không giấy tại UBND huyện Bình Lục.',
            'table'),
        ('p', 'Bên cạnh kết quả đạt được, hạ tầng mạng ở một số xã vùng bãi còn chập chờn, nhiều máy tính của công '
              'chức đã dùng trên tám năm. Huyện đang lập kế hoạch thay thế thiết bị theo lộ trình ba năm và đề '
              'nghị doanh nghiệp viễn thông nâng cấp đường truyền cho các trụ sở xã.'),
        ('p', 'Trong năm nay, huyện đặt mục tiêu 80% hồ sơ thủ tục hành chính được số hóa ngay khi tiếp nhận và tái '
              'sử dụng kết quả số hóa cho các lần giao dịch tiếp theo của người dân.'),
    ]
    author = 'Trần Quốc Bảo'
    date_str = 'Thứ hai - 03/02/2025 08:12'
    truth, meta = T('nukeviet4-huyen-news-bold-tail', 'https://nukeviet4-huyen-news-bold-tail.example.vn/'
                    'tin-tuc/chuyen-doi-so/huyen-dua-100-ho-so-cong-viec-len-moi-truong-mang-1832.html',
                    ['nukeviet', 'bodytext', 'hometext-lead', 'weekday-dash-date', 'bold-last-line-author',
                     'table-caption', 'jsonld-missing'], True, title, lead, author, '2025-02-03T08:12+07:00',
                    True, blocks, date_str=date_str, credit=author, kind='normal')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head>
<title>{E(title)} - Cổng thông tin điện tử huyện Bình Lục</title>
<meta name="viewport" content="width=device-width, initial-scale=1" /><meta charset="utf-8" />
<meta name="generator" content="NukeViet v4.5" /><meta property="og:type" content="article" />
<link rel="StyleSheet" href="/themes/egov/css/style.css?t=1701" />
{css_block(61)}
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail";</script>
</head><body>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24"><a href="/">
<span class="site_name">ỦY BAN NHÂN DÂN HUYỆN BÌNH LỤC</span></a></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container">{menu_html('navbar navbar-default', 'nav navbar-nav')}</div></nav>
<div class="container"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/">Trang nhất</a></li><li>
<a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/chuyen-doi-so">Chuyển đổi số</a></li></ul></div>
<div class="row"><div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{E(title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{E(date_str)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li>
<a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom">{E(lead)}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
<p style="text-align: right;"><strong>{E(author)}</strong></p>
</div>
<div class="news_detail_tags">
<em class="fa fa-tags">&nbsp;</em> Từ khóa: <a title="văn bản điện tử" href="/tin-tuc/tag/van-ban-dien-tu">
<em>văn bản điện tử</em></a>, <a title="chữ ký số" href="/tin-tuc/tag/chu-ky-so"><em>chữ ký số</em></a></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong>
</p>
{news_list(side_items(11, 5, f_dmy), 'related', '({d})')}
<p class="h3"><strong>Những tin cũ hơn</strong></p>{news_list(side_items(12, 5, f_dmy), 'related', '({d})')}</div></div>
{comment_box(0)}
</div>
<div class="col-sm-8 col-md-6"><div class="panel panel-primary"><div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body">
{news_list(side_items(13, 10, f_dmyhm), 'list-none', '{d}')}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết</div><div class="panel-body">{links_box()}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body">Đang truy cập: 42 - Hôm nay: 1.905 - Tổng lượt truy cập: 3.120.448</div></div>
</div></div></div>
{footer_html('Ủy ban nhân dân huyện Bình Lục', 'Số 1 đường Trần Hưng Đạo, thị trấn Bình Mỹ', '0226 3860 101')}
</div></div>
{ad_script(6, 10)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 7
def p07():
    title = 'Nông dân Yên Khê thu lãi cao nhờ mô hình lúa - cá trên chân ruộng trũng'
    lead = ('Trên 42 ha ruộng trũng cấy lúa một vụ kém hiệu quả, các hộ dân xã Yên Khê chuyển sang nuôi cá kết hợp '
            'cấy lúa, cho thu nhập cao gấp ba lần so với trước.')
    blocks = [
        ('p', 'Những năm trước, cánh đồng Đồng Sâu thường ngập sâu vào mùa mưa nên người dân chỉ cấy được một vụ '
              'chiêm, năng suất bấp bênh. Năm 2022, Trung tâm Khuyến nông tỉnh hỗ trợ giống cá và kỹ thuật để 17 hộ '
              'thí điểm đắp bờ, đào mương bao quanh ruộng, thả cá chép, trắm và rô phi đơn tính.'),
        ('p', 'Vụ chiêm, ruộng cấy giống lúa chịu ngập; sau thu hoạch, nước được giữ lại để nuôi cá đến cuối năm. '
              'Cá ăn sâu bọ và cỏ dại, chất thải của cá lại làm màu cho đất, nhờ đó lượng phân bón và thuốc bảo vệ '
              'thực vật giảm gần một nửa.'),
        ('h', 'Hiệu quả sau hai năm'),
        ('table', [['Chỉ tiêu', 'Cấy lúa một vụ', 'Lúa - cá'],
                   ['Năng suất lúa (tạ/ha)', '48', '52'],
                   ['Sản lượng cá (tấn/ha)', '0', '3,2'],
                   ['Lãi bình quân (triệu đồng/ha/năm)', '21', '68']]),
        ('p', 'Ông Phạm Văn Tấn, một trong những hộ tham gia đầu tiên, cho biết gia đình ông có 1,2 ha, năm ngoái '
              'bán cá thu gần 130 triệu đồng, chưa kể lúa đủ ăn quanh năm. Thương lái đến tận bờ ruộng thu mua nên '
              'bà con không lo đầu ra.'),
        ('p', 'Từ kết quả này, xã đã thành lập tổ hợp tác với 36 thành viên, dự kiến mở rộng thêm 30 ha trong hai năm '
              'tới. Ngành nông nghiệp khuyến cáo các hộ tuân thủ lịch thời vụ và không dùng thuốc diệt cỏ khi đã '
              'thả cá.'),
    ]
    author = 'Đỗ Minh Châu, Vũ Thanh Tâm'
    date_str = 'Ngày xuất bản: 22/05/2024 - 07:30'
    truth, meta = T('joomla3-so-nn-ptnt-itemprop', 'https://joomla3-so-nn-ptnt-itemprop.example.vn/index.php/'
                    'tin-tuc/khuyen-nong/1294-mo-hinh-lua-ca-yen-khe',
                    ['joomla', 'item-page', 'itemprop-articlebody', 'thuc-hien-two-names', 'table', 'off-topic',
                     'agriculture'], False, title, lead, author, '2024-05-22T07:30+07:00', True, blocks,
                    date_str=date_str, credit='Thực hiện: Đỗ Minh Châu - Vũ Thanh Tâm', kind='normal')
    body = render_blocks(blocks, table_cls='table table-bordered')
    html = f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head>
<meta charset="utf-8" />
<base href="https://joomla3-so-nn-ptnt-itemprop.example.vn/index.php/tin-tuc/khuyen-nong/1294-mo-hinh-lua-ca-yen-khe" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>Nông dân Yên Khê thu lãi cao nhờ mô hình lúa - cá</title>
<link href="/templates/protostar/css/template.css?6a1e2f" rel="stylesheet" />
{css_block(71)}
<script type="application/json" class="joomla-script-options
new">{{"csrf.token":"4c1b0f3a9e8d7c6b5a4f3e2d1c0b9a8f","system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-118">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/">
<span class="site-title" title="Sở Nông nghiệp và Phát triển nông thôn">SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN</span></a></div>
</header>
<nav class="navigation" role="navigation">{menu_html('moduletable_menu', 'nav menu nav-pills mod-list')}</nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>
<a href="/index.php/tin-tuc">Tin tức</a></li><li class="active"><span>Khuyến nông</span></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{E(title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Danh mục: <a href="/index.php/tin-tuc/khuyen-nong" itemprop="genre">Khuyến nông</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true">
</span> <time datetime="2024-05-22T07:30:00+07:00" itemprop="datePublished">{E(date_str)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true">
</span> <meta itemprop="interactionCount" content="UserPageVisits:811" />Lượt xem: 811</dd></dl>
<div itemprop="articleBody">
<p><strong>{E(lead)}</strong></p>
{body}
<p style="text-align: right;"><strong>Thực hiện: Đỗ Minh Châu - Vũ Thanh Tâm</strong></p>
</div>
<ul class="pager pagenav"><li class="previous">
<a class="hasTooltip" title="Phòng chống rầy nâu hại lúa vụ hè thu" href="#">« Trước</a></li><li class="next">
<a class="hasTooltip" title="Tiêm phòng gia súc đợt 1" href="#">Tiếp theo »</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="well">
<h3 class="page-header">Tin mới</h3>{news_list(side_items(14, 10, f_dmy), 'latestnews mod-list', '{d}')}</div>
<div class="well"><h3 class="page-header">Giá nông sản</h3><table class="table"><tr><td>Lúa tẻ thường</td><td>7.800 đ/kg</td></tr>
<tr><td>Cá trắm cỏ</td><td>55.000 đ/kg</td></tr><tr><td>Lợn hơi</td><td>62.000 đ/kg</td></tr></table></div>
<div class="well">{links_box()}</div></div></div>
{footer_html('Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Sơn', 'Số 25 đường Phan Đình Phùng, tỉnh Hà Sơn', '0239 3855 744')}
</div></div>
{ad_script(7, 10)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 8
def p08():
    title = 'Tạm cấm xe tải trên 10 tấn qua cầu Khe Lau từ ngày 15/7'
    lead = ''
    blocks = [
        ('p', 'Sở Xây dựng vừa có thông báo tạm cấm các phương tiện có tổng trọng lượng trên 10 tấn lưu thông qua '
              'cầu Khe Lau trên tuyến tỉnh lộ 537 kể từ 6 giờ ngày 15/7 để sửa chữa mố cầu bị xói lở sau đợt mưa '
              'lớn vừa qua.'),
        ('p', 'Trong thời gian thi công, xe tải nặng đi theo hướng tuyến tránh qua xã Hòa Bình, dài thêm khoảng '
              '9 km. Xe con, xe khách dưới 30 chỗ và xe máy vẫn được lưu thông qua cầu nhưng phải giảm tốc độ '
              'xuống dưới 20 km/h và chấp hành hướng dẫn của lực lượng điều tiết.'),
        ('p', 'Đơn vị thi công cam kết hoàn thành trong 45 ngày. Người dân cần thông tin thêm có thể liên hệ số '
              'điện thoại trực ban của Ban quản lý bảo trì đường bộ ghi trên biển báo tại hai đầu cầu.'),
    ]
    date_str = '11/07/2024 - 16:20'
    truth, meta = T('drupal8-so-xd-node-brief', 'https://drupal8-so-xd-node-brief.example.vn/tin-tuc/'
                    'tam-cam-xe-tai-tren-10-tan-qua-cau-khe-lau',
                    ['drupal', 'field-name-body', 'gui-boi-account', 'brief', 'off-topic', 'traffic',
                     'no-lead'], False, title, lead, None, '2024-07-11T16:20+07:00', True, blocks,
                    date_str=date_str, credit='Gửi bởi quantri', kind='brief')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta property="og:type" content="article" /><meta property="og:title" content="{E(title)}" />
<title>{E(title)} | Sở Xây dựng tỉnh Hà Sơn</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hk3lq8Xv.css" />
{css_block(81)}{css_block(82)}
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner"><div class="site-branding">
<a href="/" rel="home" class="site-branding__name">Sở Xây dựng tỉnh Hà Sơn</a></div>
{menu_html('menu--main', 'clearfix menu')}</header>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="layout-main clearfix">
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li><li>
<a href="/tin-tuc">Tin tức</a></li><li><a href="/giao-thong">Giao thông</a></li></ol></nav></div>
<main id="content" class="column main-content" role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content"><div id="block-sxd-content" class="block block-system block-system-main-block">
<article role="article" about="/tin-tuc/tam-cam-xe-tai-tren-10-tan-qua-cau-khe-lau" class="node node--type-article node--promoted
node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(title)}</span></h1>
<footer class="node__meta">
<div class="node__submitted">Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<span lang="" typeof="schema:Person" property="schema:name">quantri</span>
</span> vào <span class="field field--name-created field--type-created field--label-hidden">{E(date_str)}</span></div></footer>
<div class="node__content clearfix">
<div class="clearfix text-formatted field field--name-body field-name-body field--type-text-with-summary field--label-hidden
field__item">
{body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>
<div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">phân luồng giao thông</a></div>
<div class="field__item"><a href="/taxonomy/term/31">cầu đường</a></div></div></div>
</div></article></div>
<div class="block views-block">
<h2>Bài viết cùng chuyên mục</h2>{news_list(side_items(15, 8, f_dmyhm), 'views-view-list', '- {d}')}</div>
</div></main>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="block"><h2>Thông báo phân luồng</h2>{news_list(side_items(16, 10, f_dmy), 'item-list', '{d}')}</div>
<div class="block">{links_box()}</div></div></aside>
</div></div>
{footer_html('Sở Xây dựng tỉnh Hà Sơn', 'Số 6 đại lộ Lê Nin, tỉnh Hà Sơn', '0239 3844 550')}
</div></div></div>
{cookie_notice()}
{ad_script(8, 20)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 9
def p09():
    title = 'Gia tăng ca sốt xuất huyết, ngành y tế khuyến cáo người dân diệt lăng quăng mỗi tuần'
    lead = ('Từ đầu năm đến nay, toàn tỉnh ghi nhận 1.327 ca mắc sốt xuất huyết, tăng 41% so với cùng kỳ; số ca '
            'tập trung nhiều ở các phường nội thành.')
    blocks = [
        ('p', 'Theo Trung tâm Kiểm soát bệnh tật tỉnh, thời tiết nắng mưa xen kẽ tạo điều kiện cho muỗi vằn sinh '
              'sản mạnh. Các ổ dịch chủ yếu xuất hiện tại khu trọ công nhân, công trình xây dựng và những nơi có '
              'nhiều dụng cụ chứa nước không đậy nắp.'),
        ('p', 'Bác sĩ Lương Thị Huệ, Trưởng khoa Truyền nhiễm Bệnh viện Đa khoa tỉnh, cho biết phần lớn bệnh nhân '
              'nhập viện ở ngày thứ ba, thứ tư của bệnh, có dấu hiệu giảm tiểu cầu. Người bệnh tuyệt đối không tự '
              'ý truyền dịch tại nhà hoặc dùng thuốc hạ sốt có chứa aspirin.'),
        ('h', 'Dấu hiệu cần đưa người bệnh đến viện ngay'),
        ('ul', ['Đau bụng nhiều, nôn liên tục.',
                'Chảy máu chân răng, chảy máu cam hoặc xuất hiện chấm đỏ dưới da.',
                'Li bì, vật vã, chân tay lạnh.',
                'Tiểu ít trong 6 giờ liền.']),
        ('p', 'Ngành y tế đề nghị mỗi gia đình dành mười phút mỗi tuần để lật úp dụng cụ chứa nước, thả cá diệt '
              'bọ gậy vào bể nước lớn và ngủ màn kể cả ban ngày. Các đội phun hóa chất sẽ tiếp tục xử lý ổ dịch '
              'tại 12 phường, xã trong tháng này.'),
    ]
    author = 'Phạm Thu Hằng'
    date_str = 'Đăng lúc: 7:45 sáng 19/03/2025'
    truth, meta = T('wp-so-yte-entry-theo-bao', 'https://wp-so-yte-entry-theo-bao.example.vn/2025/03/19/'
                    'gia-tang-ca-sot-xuat-huyet-nganh-y-te-khuyen-cao/',
                    ['wordpress', 'entry-content', 'sang-12h', 'theo-name-outlet', 'jsonld-date', 'off-topic',
                     'health', 'list'], False, title, lead, author, '2025-03-19T07:45+07:00', True, blocks,
                    date_str=date_str, credit='Theo Phạm Thu Hằng (Báo Sức khỏe Miền Trung)', kind='normal')
    body = render_blocks(blocks)
    ld = json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
                     'datePublished': '2025-03-19T07:45:00+07:00', 'dateModified': '2025-03-20T10:02:00+07:00',
                     'publisher': {'@type': 'Organization', 'name': 'Sở Y tế tỉnh Hà Sơn'}}, ensure_ascii=False)
    html = f'''<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)} &#8211; Sở Y tế tỉnh Hà Sơn</title>
<meta name="generator" content="WordPress 6.4.3" />
<script type="application/ld+json">{ld}</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
{css_block(91)}
</head>
<body class="post-template-default single single-post postid-7781 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">
<a href="/" rel="home">Sở Y tế tỉnh Hà Sơn</a></p><p class="site-description">Chăm sóc sức khỏe nhân dân</p></div>
<nav id="site-navigation" class="main-navigation">{menu_html('menu-main-container', 'menu')}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-7781" class="post-7781 post type-post status-publish format-standard has-post-thumbnail hentry
category-tin-y-te">
<header class="entry-header"><div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/category/tin-y-te/">Tin y tế</a></div>
<h1 class="entry-title">{E(title)}</h1>
<div class="entry-meta"><span class="posted-on">{E(date_str)}</span> <span class="byline"> bởi <span class="author vcard">
<a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">
<p class="sapo"><strong>{E(lead)}</strong></p>
{body}
<p style="text-align:right"><em>Theo Phạm Thu Hằng (Báo Sức khỏe Miền Trung)</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="/category/tin-y-te/" rel="category tag">Tin y tế</a>
</span> <span class="tags-links">Thẻ <a href="/tag/sot-xuat-huyet/" rel="tag">sốt xuất huyết</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">
<a href="#" rel="prev">Khám sàng lọc miễn phí cho người cao tuổi</a></div><div class="nav-next">
<a href="#" rel="next">Bổ sung vắc xin tiêm chủng mở rộng</a></div></div></nav>
<div id="comments" class="comments-area">{comment_box(3, 9)}</div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Bài viết mới</h2>{news_list(side_items(17, 10, f_dmy), '', '{d}')}</section>
<section class="widget">{links_box()}</section></aside></div>
{footer_html('Sở Y tế tỉnh Hà Sơn', 'Số 40 đường Hải Thượng Lãn Ông, tỉnh Hà Sơn', '0239 3855 115')}
</div>
{ad_script(9, 20)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 10
def p10():
    title = 'Chính phủ thông qua đề án phát triển hạ tầng dữ liệu phục vụ kinh tế số giai đoạn 2025 - 2030'
    lead = ('Đề án đặt mục tiêu đến năm 2030, 100% cơ sở dữ liệu quốc gia và cơ sở dữ liệu chuyên ngành được kết '
            'nối, chia sẻ qua nền tảng tích hợp dữ liệu dùng chung.')
    blocks = [
        ('p', 'Theo đề án, hạ tầng dữ liệu được phân thành ba lớp: trung tâm dữ liệu quốc gia, trung tâm dữ liệu '
              'của bộ, ngành, địa phương và lớp nền tảng chia sẻ. Các cơ quan không tự đầu tư trung tâm dữ liệu mới '
              'nếu có thể thuê dịch vụ đáp ứng tiêu chuẩn an toàn thông tin cấp độ 3 trở lên.'),
        ('p', 'Chính phủ yêu cầu các bộ, ngành hoàn thành danh mục dữ liệu mở trước tháng 6/2026, ưu tiên dữ liệu '
              'về doanh nghiệp, đất đai, giao thông và thời tiết để doanh nghiệp khởi nghiệp có thể phát triển sản '
              'phẩm, dịch vụ mới. Dữ liệu mở phải được cập nhật định kỳ và có giấy phép sử dụng rõ ràng.'),
        ('p', 'Đề án cũng đặt chỉ tiêu tỷ trọng kinh tế số đạt 30% GDP vào năm 2030, trong đó kinh tế số ngành và '
              'lĩnh vực chiếm khoảng hai phần ba. Bộ Tài chính được giao cân đối nguồn vốn đầu tư công trung hạn, '
              'đồng thời nghiên cứu cơ chế hợp tác công tư trong vận hành trung tâm dữ liệu.'),
        ('p', 'Phát biểu kết luận, Thủ tướng lưu ý dữ liệu phải bảo đảm “đúng, đủ, sạch, sống”, gắn trách nhiệm '
              'người đứng đầu với chất lượng dữ liệu do cơ quan mình quản lý. Việc chia sẻ dữ liệu giữa các cơ quan '
              'nhà nước là miễn phí, trừ trường hợp luật có quy định khác.'),
    ]
    date_str = '14:30 | 25/11/2024'
    truth, meta = T('aspnet-form1-bo-ttxvn-reprint', 'https://aspnet-form1-bo-ttxvn-reprint.example.vn/'
                    'tin-tuc/chi-tiet.aspx?ItemID=20931&l=Tinchidao',
                    ['aspnet-form1', 'viewstate', 'time-pipe-date', 'theo-ttxvn-null', 'ministry'],
                    True, title, lead, None, '2024-11-25T14:30+07:00', True, blocks,
                    date_str=date_str, credit='Theo TTXVN', kind='normal')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bộ Kế hoạch số - Tin chỉ đạo điều hành</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/css/portal.css" rel="stylesheet" type="text/css" />
{css_block(101)}
</head><body>
<form name="form1" method="post" action="chi-tiet.aspx?ItemID=20931&amp;l=Tinchidao" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(10, 16000)}" /></div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(110, 600)}" /></div>
<div id="page"><div id="header"><div class="logo-text">BỘ KẾ HOẠCH SỐ<br /><span>CỔNG THÔNG TIN ĐIỆN TỬ</span></div>
<div class="search"><input name="txtSearch" type="text" id="txtSearch" />
<input type="submit" name="btnSearch" value="Tìm kiếm" id="btnSearch" /></div></div>
{menu_html('menu', 'menu-ul')}
<div id="main"><div id="colLeft">
<div class="path"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức</a> &gt; <a href="#">Tin chỉ đạo, điều hành</a></div>
<div class="detail">
<div class="detail-time"><span id="lblNgayDang">{E(date_str)}</span></div>
<h1 class="detail-title"><span id="lblTieuDe">{E(title)}</span></h1>
<div class="detail-sapo"><span id="lblTomTat">(Bộ KHS) - {E(lead)}</span></div>
<div class="detail-content"><span id="lblNoiDung">
{body}
<p style="text-align:right"><strong>Theo TTXVN</strong></p>
</span></div>
<div class="tools"><a href="javascript:window.print();">In trang</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a>
</div>
</div>
<div class="other"><div class="other-title">Các tin khác</div>{news_list(side_items(18, 10, f_dmy), 'ul-other', '({d})')}</div>
</div>
<div id="colRight"><div class="box">
<div class="box-title">Thông cáo báo chí</div>{news_list(side_items(19, 8, f_dmyhm), 'ul', '{d}')}</div>
<div class="box">{links_box()}</div></div></div>
{footer_html('Bộ Kế hoạch số', 'Số 6B Hoàng Diệu, Ba Đình, Hà Nội', '024 3845 5298')}
</div>
{ad_script(10, 10)}
</form></body></html>'''
    return html, truth, meta


PAGES = [p06, p07, p08, p09, p10]
