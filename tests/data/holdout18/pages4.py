"""Pages 16-19: FPT portal culture, Viettel commune, Drupal 7 ministry JSON-LD, Joomla 4 ward."""
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
    share_bar,
    side_items,
    viewstate,
)
from pages1 import T


# ---------------------------------------------------------------- 16
def p16():
    title = 'Lễ hội Xên bản của người Thái trắng được công nhận di sản văn hóa phi vật thể quốc gia'
    lead = ('Nghi lễ cầu mùa, cầu an của đồng bào Thái trắng ở vùng lòng hồ vừa được ghi danh, mở ra cơ hội bảo '
            'tồn và phát triển du lịch cộng đồng.')
    blocks = [
        ('p', 'Lễ hội Xên bản được tổ chức vào tháng ba âm lịch hằng năm, khi nương rẫy đã gieo trồng xong. Theo '
              'quan niệm của người Thái trắng, đây là dịp tạ ơn thần bản, thần mường đã che chở dân bản qua một năm '
              'và cầu mong mưa thuận gió hòa, mùa màng tươi tốt.'),
        ('p', 'Phần lễ do thầy mo chủ trì tại cây cột thiêng đầu bản, với mâm cúng gồm xôi nếp cẩm, cá nướng, gà '
              'luộc và rượu cần. Phần hội có múa xòe, ném còn, đẩy gậy và thi nấu cơm lam giữa các dòng họ. Nhiều '
              'bài khắp cổ chỉ được hát trong dịp này và đang có nguy cơ mai một.'),
        ('p', 'Nghệ nhân ưu tú Lò Văn Piếng, 78 tuổi, người đã gắn bó với lễ hội hơn nửa thế kỷ, cho biết ông đang '
              'truyền dạy các bài cúng và khắp cho năm thanh niên trong bản. Ông mong có thêm lớp học để lớp trẻ '
              'hiểu ý nghĩa của từng nghi thức, không chỉ biết múa hát cho khách xem.'),
        ('h', 'Gắn bảo tồn với sinh kế'),
        ('p', 'Sau khi lễ hội được ghi danh, huyện sẽ hỗ trợ phục dựng không gian nhà sàn cổ, sưu tầm trang phục và '
              'nhạc cụ truyền thống, đồng thời xây dựng tour trải nghiệm kết hợp ngủ nhà sàn, học dệt thổ cẩm và '
              'thưởng thức ẩm thực địa phương. Các hộ làm homestay được tập huấn kỹ năng đón khách và giới thiệu '
              'văn hóa bản địa.'),
        ('p', 'Ngành văn hóa lưu ý việc khai thác du lịch phải tôn trọng tính thiêng của nghi lễ, không sân khấu '
              'hóa hay thương mại hóa quá mức, để lễ hội tiếp tục là sinh hoạt tín ngưỡng của chính cộng đồng.'),
    ]
    author = 'Lò Văn Thắng'
    credit = 'Thực hiện: Lò Văn Thắng; Trình bày: Quàng Thị Mơ'
    date_str = 'Ngày đăng: 30/04/2025 | 08:00'
    truth, meta = T('fpt-portal-ban-dan-toc-van-hoa', 'https://fpt-portal-ban-dan-toc-van-hoa.example.vn/'
                    'Pages/le-hoi-xen-ban-duoc-cong-nhan-di-san-2025043008.aspx',
                    ['fpt-portal', 'date-pipe-time', 'credit-thuc-hien-trinh-bay', 'em-caption', 'off-topic',
                     'culture'], False, title, lead, author, '2025-04-30T08:00+07:00', True, blocks,
                    date_str=date_str, credit=credit, kind='normal')
    b = blocks[:2] + [fig('/Upload/2025/04/xen-ban.jpg', 'Thầy mo thực hiện nghi lễ bên cây cột thiêng đầu bản.',
                          'em')] + blocks[2:]
    body = render_blocks(b)
    html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Ban Dân tộc tỉnh Hà Sơn - Tin văn hóa</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Style%20Library/FPT/css/portal.css">
{css_block(161)}
</head><body>
<form method="post" action="./le-hoi-xen-ban-duoc-cong-nhan-di-san-2025043008.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(16, 6000)}" />
<div class="fpt-portal"><div class="fpt-header">
<div class="fpt-logo">BAN DÂN TỘC TỈNH HÀ SƠN</div>{menu_html('fpt-menu', 'fpt-menu-ul')}</div>
<div class="fpt-container"><div class="fpt-left">
<div class="fpt-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Văn hóa dân tộc</a></div>
<div class="fpt-news-detail">
<div class="fpt-news-title"><h2>{E(title)}</h2></div>
<div class="fpt-news-date">{E(date_str)}</div>
<div class="fpt-news-sapo"><p><b>{E(lead)}</b></p></div>
<div class="fpt-news-content ExternalClassA1B2C3">
{body}
</div>
<div class="fpt-news-credit"><p><em>{E(credit)}</em></p></div>
{share_bar()}
</div>
<div class="fpt-other-news"><h4>Tin khác</h4>{news_list(side_items(29, 8, f_dmy), 'fpt-other', '({d})')}</div>
</div>
<div class="fpt-right"><div class="fpt-box"><h4>Tin mới</h4>{news_list(side_items(30, 10, f_dmyhm), 'fpt-new', '{d}')}</div>
<div class="fpt-box">{links_box()}</div></div></div>
{footer_html('Ban Dân tộc tỉnh Hà Sơn', 'Số 22 đường Tô Hiệu, tỉnh Hà Sơn', '0239 3854 090', '<p>Phát triển bởi FPT IS</p>')}
</div>
{ad_script(16, 10)}
</form></body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 17
def p17():
    title = 'Phường Hòa Xuân ra mắt mô hình “Tổ dân phố số”, cập nhật thông tin cư trú trực tuyến'
    lead = ('Người dân ở 27 tổ dân phố có thể khai báo tạm trú, đăng ký sinh hoạt cộng đồng và nhận thông báo của '
            'phường qua một ứng dụng duy nhất.')
    blocks = [
        ('p', 'Tối 29/6, UBND phường Hòa Xuân tổ chức lễ ra mắt mô hình “Tổ dân phố số” với sự tham gia của hơn 300 '
              'người dân. Mô hình được xây dựng sau khi phường mới hình thành trên cơ sở hợp nhất ba phường cũ, dân '
              'số tăng lên gần 58.000 người, nhiều khu trọ và khu đô thị mới.'),
        ('p', 'Thông qua ứng dụng, tổ trưởng tổ dân phố nắm được danh sách hộ, số người tạm trú, người cao tuổi sống '
              'một mình và trẻ em trong độ tuổi đến trường. Người dân được nhận thông báo cắt điện, phun thuốc diệt '
              'muỗi, lịch tiêm chủng và có thể phản ánh sự cố hạ tầng kèm hình ảnh.'),
        ('p', 'Ông Nguyễn Hữu Lực, Chủ tịch UBND phường, cho biết trước đây mỗi tổ dân phố dùng sổ tay và các nhóm '
              'nhắn tin riêng lẻ, thông tin dễ bị trôi và không tổng hợp được. Nay dữ liệu được đồng bộ với cơ sở '
              'dữ liệu dân cư, giúp phường chủ động hơn trong công tác an sinh và quản lý trật tự.'),
        ('p', 'Trong tháng 7, các tổ công nghệ số cộng đồng sẽ đến từng hộ hỗ trợ cài đặt. Phường đặt mục tiêu đến '
              'cuối năm có ít nhất 70% hộ gia đình sử dụng ứng dụng, đồng thời duy trì bảng tin giấy tại nhà văn '
              'hóa cho những hộ chưa có điện thoại thông minh.'),
    ]
    date_str = '11:40 đêm, Chủ nhật 29/06/2025'
    truth, meta = T('viettel-vportal-phuong-dem-modified', 'https://viettel-vportal-phuong-dem-modified.example.vn/'
                    'tin-tuc-su-kien/-/view-content/phuong-ra-mat-mo-hinh-to-dan-pho-so',
                    ['viettel-portal', 'embedded-video', 'dem-12h', 'sunday-prefix', 'office-credit', 'modified-below-body',
                     'commune-2025', 'comment-pagination'], True, title, lead, None, '2025-06-29T23:40+07:00',
                    True, blocks, date_str=date_str, credit='Sở TT&TT', kind='normal')
    vid = ('raw', '<div class="vp-video"><iframe width="640" height="360" src="https://www.youtube.com/embed/'
                  'hX0aB1cD2eF" title="Lễ ra mắt Tổ dân phố số" frameborder="0" allowfullscreen></iframe></div>')
    body = render_blocks(blocks[:2] + [vid] + blocks[2:])
    html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Phường Hòa Xuân - Tin tức sự kiện</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/o/vportal-theme/css/main.css?t=1719600000">
{css_block(171)}
</head><body class="vportal">
<div class="vp-header"><div class="vp-quoc-huy"><img src="/images/quochuy.png" alt=""></div>
<div class="vp-name">ỦY BAN NHÂN DÂN PHƯỜNG HÒA XUÂN</div></div>
{menu_html('vp-menu', 'vp-menu-ul')}
<div class="vp-content"><div class="vp-main">
<div class="vp-breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien">Tin tức sự kiện</a></div>
<div class="vp-article">
<div class="vp-article-title">{E(title)}</div>
<div class="vp-article-date"><i class="fa fa-clock-o"></i> {E(date_str)}</div>
<div class="vp-article-sapo">{E(lead)}</div>
<div class="vp-article-body">
{body}
</div>
<div class="vp-article-source" style="text-align:right"><strong>Sở TT&amp;TT</strong></div>
<div class="vp-article-modified">Ngày cập nhật: 02/07/2025 09:12</div>
{share_bar()}
</div>
{comment_box(5, 17)}
<div class="vp-related"><h3>Tin cùng chuyên mục</h3>{news_list(side_items(31, 8, f_dmyhm), 'vp-list', '({d})')}</div>
</div>
<div class="vp-side"><div class="vp-box"><h3>Thông báo</h3>{news_list(side_items(32, 10, f_dmy), 'vp-list', '{d}')}</div>
<div class="vp-box">{links_box()}</div></div></div>
{footer_html('Ủy ban nhân dân phường Hòa Xuân', 'Số 88 đường Nguyễn Phước Lan, phường Hòa Xuân', '0236 3671 200',
             '<p>Hệ thống được vận hành trên nền tảng Viettel vPortal.</p>')}
{cookie_notice()}
{ad_script(17, 20)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 18
def p18():
    title = 'Kinh tế số và bài toán nhân lực: cần 500.000 kỹ sư công nghệ trong năm năm tới'
    lead = ('Nhu cầu nhân lực công nghệ số tăng nhanh trong khi các trường đại học mới đáp ứng khoảng một nửa, '
            'đòi hỏi cách tiếp cận mới trong đào tạo và đào tạo lại.')
    blocks = [
        ('p', 'Theo số liệu do Vụ Công nghệ số công bố tại hội thảo ngày 15/1, mỗi năm các cơ sở giáo dục đại học '
              'cả nước tuyển sinh khoảng 65.000 sinh viên các ngành công nghệ thông tin, điện tử và dữ liệu, nhưng '
              'chỉ khoảng 30% tốt nghiệp đáp ứng ngay yêu cầu của doanh nghiệp mà không cần đào tạo bổ sung.'),
        ('p', 'Các doanh nghiệp phần mềm, trí tuệ nhân tạo và bán dẫn cho biết họ thiếu nhất là kỹ sư dữ liệu, chuyên '
              'gia an toàn thông tin và kỹ sư thiết kế vi mạch. Mức lương khởi điểm của các vị trí này đã tăng '
              'khoảng 15% trong hai năm, nhưng nhiều vị trí vẫn không tuyển được người.'),
        ('h', 'Ba nhóm giải pháp'),
        ('ul', ['Mở rộng chương trình đào tạo kỹ sư thực hành ngắn hạn gắn với doanh nghiệp.',
                'Chuẩn hóa chứng chỉ kỹ năng số để người lao động các ngành khác chuyển đổi nghề.',
                'Thu hút chuyên gia người Việt ở nước ngoài tham gia giảng dạy, nghiên cứu.']),
        ('p', 'PGS. Trần Minh Đức, chuyên gia giáo dục nghề nghiệp, cho rằng không thể chỉ trông chờ vào đào tạo chính quy. '
              'Người lao động ở các '
              'ngành khác như kế toán, ngân hàng, sản xuất hoàn toàn có thể được đào tạo lại trong 6 đến 12 tháng '
              'để làm các công việc về dữ liệu và tự động hóa, nếu có chương trình phù hợp và chứng chỉ được thị '
              'trường thừa nhận.'),
        ('p', 'Hội thảo kiến nghị xây dựng nền tảng học tập số quốc gia, cho phép người học tích lũy tín chỉ từ nhiều '
              'nguồn, đồng thời có chính sách ưu đãi thuế cho doanh nghiệp đầu tư đào tạo nhân lực công nghệ cho '
              'xã hội.'),
    ]
    author = 'Nguyễn Hữu Phước'
    date_str = '10:20, ngày 15 tháng 01 năm 2025'
    truth, meta = T('drupal7-bo-kh-cn-ld-person-org', 'https://drupal7-bo-kh-cn-ld-person-org.example.vn/'
                    'node/30218', ['drupal7', 'field-name-body', 'jsonld-person-in-org', 'academic-title',
                                   'ngay-thang-nam-time', 'list', 'digital-economy'], True, title, lead, author,
                    '2025-01-15T10:20+07:00', True, blocks, date_str=date_str, credit='TS. Nguyễn Hữu Phước',
                    kind='normal')
    body = render_blocks(blocks)
    ld = json.dumps({'@context': 'https://schema.org', '@type': 'Article', 'headline': title,
                     'datePublished': '2025-01-15T10:20:00+07:00',
                     'publisher': {'@type': 'Organization', 'name': 'Bộ Khoa học và Công nghệ số',
                                   'employee': {'@type': 'Person', 'name': 'Nguyễn Hữu Phước'}}},
                    ensure_ascii=False)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{E(title)} | Bộ Khoa học và Công nghệ số</title>
<script type="application/ld+json">{ld}</script>
{css_block(181)}
<script type="text/javascript">jQuery.extend(Drupal.settings,
{{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"bokhcn","theme_token":"x9Yq"}}}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-30218 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo">BỘ KHOA HỌC VÀ CÔNG NGHỆ SỐ</a>
{menu_html('region region-header', 'menu')}</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">
<a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{E(title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-30218" class="node node-article node-promoted clearfix" about="/node/30218" typeof="sioc:Item foaf:Document">
<div class="submitted">
<span property="dc:date dc:created" content="2025-01-15T10:20:00+07:00" datatype="xsd:dateTime">{E(date_str)}</span></div>
<div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items">
<div class="field-item even"><strong>{E(lead)}</strong></div></div></div>
<div class="content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">
<div class="field-item even" property="content:encoded">
{body}
<p style="text-align: right;"><strong>TS. Nguyễn Hữu Phước</strong></p>
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above">
<div class="field-label">Từ khóa:&nbsp;</div><div class="field-items"><div class="field-item even">
<a href="/taxonomy/term/88">nhân lực số</a></div><div class="field-item odd"><a href="/taxonomy/term/12">kinh tế số</a></div>
</div></div>
</div>
<ul class="links inline"><li class="print_html first">
<a href="/print/30218" title="Hiển thị phiên bản in của trang này.">Bản in</a></li><li class="print_mail last">
<a href="/printmail/30218">Gửi email</a></li></ul>
</div></div></div></div>
<div class="view view-tin-lien-quan"><h2>Tin liên quan</h2>{news_list(side_items(33, 8, f_dmy), 'views-list', '({d})')}</div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="block">
<h2>Tin mới nhất</h2>{news_list(side_items(34, 10, f_dmyhm), 'item-list', '{d}')}</div>
<div class="block">{links_box()}</div></div></div>
</div></div>
{footer_html('Bộ Khoa học và Công nghệ số', 'Số 113 Trần Duy Hưng, Hà Nội', '024 3943 7056')}
</div></div>
{ad_script(18, 20)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 19
def p19():
    title = 'Phường Tây Hồ Mới thí điểm trợ lý ảo trả lời thủ tục hành chính'
    lead = ('Trợ lý ảo được huấn luyện trên bộ dữ liệu gần 400 thủ tục cấp xã, trả lời câu hỏi của người dân '
            'bằng tiếng Việt suốt 24 giờ.')
    blocks = [
        ('p', 'Người dân truy cập trang thông tin điện tử của phường hoặc quét mã QR tại bộ phận một cửa để trò chuyện '
              'với trợ lý ảo. Hệ thống trả lời các câu hỏi về thành phần hồ sơ, phí, lệ phí, thời hạn giải quyết và '
              'có thể dẫn thẳng tới biểu mẫu trực tuyến tương ứng.'),
        ('p', 'Trong tuần đầu thí điểm, trợ lý ảo nhận hơn 2.300 câu hỏi, nhiều nhất về đăng ký khai sinh, chứng thực '
              'và đăng ký tạm trú. Khoảng 84% câu trả lời được người dùng đánh giá là hữu ích; các câu hỏi phức tạp '
              'được chuyển cho công chức trả lời trong giờ hành chính.'),
        ('raw', '<div class="xem-them"><strong>Xem thêm:</strong> <a href="/tin-tuc/2026/02/phuong-cap-chu-ky-so-mien-phi.html">'
                'Phường cấp chữ ký số miễn phí cho người cao tuổi</a></div>'),
        ('p', 'Theo bà Trương Thị Thanh Hà, Chủ tịch UBND phường, trợ lý ảo không thay thế công chức mà giúp giảm tải '
              'những câu hỏi lặp đi lặp lại, để cán bộ có thời gian tập trung vào hồ sơ khó. Mọi câu trả lời đều dẫn '
              'nguồn văn bản pháp luật để người dân đối chiếu.'),
        ('p', 'Phường lưu ý trợ lý ảo không yêu cầu cung cấp mật khẩu, mã xác thực hay số tài khoản ngân hàng. Người dân '
              'nhận được yêu cầu như vậy cần báo ngay cho công an phường.'),
    ]
    date_str = 'Ngày đăng: Thứ Tư, 04/03/2026 - 4:45 PM'
    truth, meta = T('joomla4-phuong-bold-sapo-xemthem', 'https://joomla4-phuong-bold-sapo-xemthem.example.vn/'
                    'tin-tuc/chinh-quyen-so/phuong-thi-diem-tro-ly-ao-tra-loi-thu-tuc',
                    ['joomla', 'item-page', 'bold-sapo-in-body', 'inline-xem-them', 'nguon-line', 'pm-12h',
                     'cms-account-editor01'], True, title, lead, None, '2026-03-04T16:45+07:00', True, blocks,
                    date_str=date_str, credit='editor01', kind='normal')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Thí điểm trợ lý ảo trả lời thủ tục hành chính - Phường Tây Hồ Mới</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?5f3a" rel="stylesheet">
{css_block(191)}
<script type="application/json" class="joomla-script-options
new">{{"joomla.jtext":{{"ERROR":"Lỗi"}},"system.paths":{{"root":"","rootFull":"\\/","base":""}}}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-241 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">
<a class="brand-logo" href="/"><span title="UBND phường Tây Hồ Mới">UBND PHƯỜNG TÂY HỒ MỚI</span></a></div></div>
<div class="grid-child container-nav">{menu_html('mod-menu', 'mod-menu mod-list nav')}</div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Trang chủ</a></li><li class="mod-breadcrumbs__item breadcrumb-item">
<a href="#">Chính quyền số</a></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{E(title)}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
<span class="icon-user icon-fw" aria-hidden="true"></span> Đăng bởi: <span itemprop="name">editor01</span></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true">
</span> <time datetime="2026-03-04T16:45:00+07:00" itemprop="datePublished">{E(date_str)}</time></dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p><strong>{E(lead)}</strong></p>
{body}
<p><em>Nguồn: Văn phòng HĐND - UBND phường Tây Hồ Mới</em></p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="#" class="btn btn-sm btn-info">trợ lý ảo</a>
</li><li class="list-inline-item"><a href="#" class="btn btn-sm btn-info">thủ tục hành chính</a></li></ul>
<nav class="pagenavigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="#">Trước</a> <a class="btn btn-sm btn-secondary next" href="#">Tiếp</a></span>
</nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Tin mới</h3>
<div class="card-body">{news_list(side_items(35, 10, f_dmyhm), 'mod-articleslatest latestnews mod-list', '{d}')}</div></div>
<div class="sidebar-right card"><h3 class="card-header">Xem nhiều</h3>
<div class="card-body">{news_list(side_items(36, 8, f_dmy), 'mostread mod-list', '{d}')}</div></div>
<div class="card">{links_box()}</div></div></div>
{footer_html('Ủy ban nhân dân phường Tây Hồ Mới', 'Số 5 đường Lạc Long Quân, phường Tây Hồ Mới', '024 3753 1102')}
{cookie_notice()}
{ad_script(19, 20)}
</body></html>'''
    return html, truth, meta


PAGES = [p16, p17, p18, p19]
