"""Pages 11-15: old table layout, m. host brief, AMP, e-magazine long-form, sport on a CMC-like portal."""
import base64
import json
import random

from common import (
    E,
    ad_script,
    comment_box,
    cookie_notice,
    css_block,
    f_dmy,
    f_dmyhm,
    footer_html,
    links_box,
    menu_html,
    news_list,
    pad_to,
    render_blocks,
    share_bar,
    side_items,
)
from pages1 import T


# ---------------------------------------------------------------- 11
def p11():
    title = 'Thị xã Phú Lâm đưa vào sử dụng phần mềm một cửa điện tử tại 14 xã, phường'
    lead = ''
    paras = [
        'Sau hơn sáu tháng chuẩn bị, từ đầu tháng 8 phần mềm một cửa điện tử đã được triển khai đồng bộ tại bộ '
        'phận tiếp nhận và trả kết quả của UBND thị xã và 14 xã, phường. Mỗi hồ sơ khi tiếp nhận được cấp một mã '
        'số và giấy biên nhận có ghi ngày hẹn trả.',
        'Người dân có thể tra cứu tình trạng giải quyết hồ sơ bằng cách nhập mã số trên trang thông tin điện tử '
        'của thị xã hoặc nhắn tin tới tổng đài. Lãnh đạo UBND theo dõi được số hồ sơ đang xử lý, hồ sơ quá hạn '
        'của từng phòng, ban mà không cần chờ báo cáo giấy.',
        'Trong đợt đầu, phần mềm áp dụng cho 46 thủ tục thuộc các lĩnh vực đất đai, xây dựng, tư pháp, đăng ký '
        'kinh doanh và lao động - thương binh xã hội. Thị xã đã trang bị 30 máy tính, 14 máy in và máy quét cho '
        'các xã, phường, đồng thời tập huấn cho 58 cán bộ trực tiếp sử dụng.',
        'Ông Hồ Sỹ Thành, Chánh Văn phòng HĐND - UBND thị xã, cho biết thời gian đầu cán bộ còn phải nhập song '
        'song cả sổ theo dõi giấy và phần mềm, nhưng đến cuối năm sẽ chuyển hẳn sang theo dõi điện tử. Thị xã '
        'cũng đang đề nghị tỉnh cho phép thí điểm tiếp nhận một số thủ tục qua mạng.',
        'Cùng với phần mềm một cửa, thị xã lắp đặt màn hình cảm ứng tra cứu thủ tục tại sảnh trụ sở, niêm yết '
        'công khai quy trình, phí, lệ phí và số điện thoại đường dây nóng để người dân phản ánh khi cán bộ gây '
        'phiền hà.',
    ]
    blocks = [('p', x) for x in paras]
    author = 'Nguyễn Thị Lan'
    date_str = 'ngày 05 tháng 08 năm 2011'
    truth, meta = T('table-font-thi-xa-2011-br', 'https://table-font-thi-xa-2011-br.example.vn/'
                    'tintuc_chitiet.asp?id=2917&cat=3',
                    ['nested-tables', 'font-tags', 'br-paragraphs', 'no-p', 'ngay-thang-nam', 'date-only',
                     'right-italic-author'], True, title, lead, author, '2011-08-05T00:00:00+07:00', False,
                    blocks, date_str=date_str, credit=author, kind='normal')
    body = '<br>\n<br>\n'.join(E(x) for x in paras)
    side = ''.join('<tr><td valign="top"><img src="/images/bullet.gif" width="5" height="5"></td><td>'
                   '<a href="tintuc_chitiet.asp?id=%d" class="link_tin"><font face="Arial" size="2">%s</font></a> '
                   '<font color="#999999" size="1">(%s)</font></td></tr>' % (2800 + i, E(t), d)
                   for i, (t, d) in enumerate(side_items(20, 14, f_dmy)))
    menu = ''.join('<td background="/images/menu_bg.gif" align="center"><a href="/c%d.asp" class="menu"><font '
                   'color="#FFFFFF" face="Arial" size="2"><b>%s</b></font></a></td>' % (i, E(m))
                   for i, m in enumerate(['Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Thủ tục', 'Liên hệ']))
    html = f'''<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>UBND THI XA PHU LAM - Tin tuc</title>
<link rel="stylesheet" href="/style.css" type="text/css">
{css_block(111)}
<script language="JavaScript">function MM_swapImgRestore(){{var
i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}}</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/banner.jpg" width="980" height="150" alt="UBND thi xa Phu Lam"></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top" bgcolor="#F2F6FA"><table width="100%" border="0" cellspacing="2" cellpadding="2">
<tr><td colspan="2" bgcolor="#0B5AA2"><font color="#FFFFFF" face="Arial" size="2"><b>TIN MỚI CẬP NHẬT</b></font></td></tr>
{side}
</table></td>
<td width="10">&nbsp;</td>
<td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td><font face="Arial" size="1" color="#666666"><a href="/">Trang chủ</a> &raquo; Tin tức - Sự kiện</font></td></tr>
<tr><td><font face="Arial" size="4" color="#0B5AA2"><b>{E(title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#999999"><i>Cập nhật {E(date_str)}</i></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="noidung">
<font face="Times New Roman" size="3">
{body}
</font></td></tr>
<tr><td align="right"><font face="Times New Roman" size="3"><i><b>{E(author)}</b></i></font></td></tr>
</table></td></tr>
<tr><td><a href="javascript:window.print()">
<img src="/images/print.gif" border="0"> In bài này</a> &nbsp; <a href="javascript:history.back()">Quay lại</a></td></tr>
<tr><td><font face="Arial" size="2"><b>Các tin đã đưa</b></font><br>
{'<br>'.join('- <a href="#">%s</a> <font size="1">(%s)</font>' % (E(t), d) for t, d in side_items(21, 8, f_dmy))}
</td></tr></table></td>
<td width="180" valign="top"><table width="100%" border="0"><tr><td bgcolor="#0B5AA2"><font color="#FFFFFF" size="2">
<b>LIÊN KẾT</b></font></td></tr>
<tr><td>{links_box()}</td></tr><tr><td><font size="2">Số người truy cập: 00381924</font></td></tr></table></td>
</tr></table></td></tr>
<tr><td bgcolor="#0B5AA2" align="center">
<font color="#FFFFFF" face="Arial" size="2">UỶ BAN NHÂN DÂN THỊ XÃ PHÚ LÂM<br>Địa chỉ: Số 2 đường Quang Trung, thị xã Phú
Lâm<br>Điện thoại: 0257.3841.006 - Fax: 0257.3841.007<br>Thiết kế và phát triển: Trung tâm Tin học</font>
</td></tr>
</table>
</body></html>'''
    html = pad_to(html, 26000, 11)
    return html, truth, meta


# ---------------------------------------------------------------- 12
def p12():
    title = 'Hơn 9.000 hộ kinh doanh ở chợ truyền thống dùng mã QR thanh toán'
    lead = ''
    blocks = [
        ('p', 'Sau ba tháng triển khai chương trình “Chợ 4.0”, 9.214 hộ tiểu thương tại 37 chợ trên địa bàn tỉnh đã '
              'niêm yết mã QR để khách hàng thanh toán qua ngân hàng hoặc ví điện tử.'),
        ('p', 'Các đoàn viên thanh niên và nhân viên ngân hàng trực tiếp đến từng sạp hàng hướng dẫn mở tài khoản, '
              'in mã và cài đặt thông báo biến động số dư bằng giọng nói. Nhiều tiểu thương lớn tuổi cho biết ban '
              'đầu e ngại nhưng nay thấy tiện vì không phải đổi tiền lẻ.'),
        ('p', 'Sở Công Thương cho biết sẽ mở rộng chương trình tới các chợ nông thôn trong quý IV, đồng thời tuyên '
              'truyền cách nhận biết mã QR giả dán đè để phòng tránh lừa đảo.'),
    ]
    author = 'PV'
    date_str = '02:15 CH, 17/10/2024'
    truth, meta = T('m-so-tttt-mobile-ch-brief', 'https://m-so-tttt-mobile-ch-brief.example.vn/tin-tuc/'
                    'hon-9000-ho-kinh-doanh-dung-ma-qr-thanh-toan-4471.html',
                    ['m-host', 'mobile', 'ch-12h', 'brief', 'author-pv', 'no-lead', 'digital-economy'],
                    True, title, lead, author, '2024-10-17T14:15+07:00', True, blocks,
                    date_str=date_str, credit=author, kind='brief')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{E(title)}</title>
<link rel="canonical"
href="https://www.m-so-tttt-mobile-ch-brief.example.vn/tin-tuc/hon-9000-ho-kinh-doanh-dung-ma-qr-thanh-toan-4471.html">
{css_block(121)}{css_block(122)}
</head><body class="mobile">
<div class="m-header"><a class="m-menu-btn" href="#menu">☰</a><a class="m-logo" href="/">Sở TT&amp;TT</a>
<a class="m-search" href="/tim-kiem">Tìm</a></div>
<div id="menu" class="m-nav" style="display:none">{menu_html('m-menu', 'm-list')}</div>
<div class="m-main">
<div class="m-cate"><a href="/chuyen-doi-so">Chuyển đổi số</a></div>
<h1 class="m-title">{E(title)}</h1>
<div class="m-info"><span class="m-author">{E(author)}</span> <span class="m-time">{E(date_str)}</span></div>
<div class="m-content">
{body}
</div>
<div class="m-share"><a href="#">Chia sẻ</a> <a href="#">Sao chép liên kết</a></div>
<div class="m-box"><div class="m-box-title">Tin mới</div>{news_list(side_items(22, 10, f_dmyhm), 'm-list-news', '{d}')}</div>
<div class="m-box"><div class="m-box-title">Xem nhiều</div>{news_list(side_items(23, 6, f_dmy), 'm-list-news', '{d}')}</div>
</div>
<div class="m-footer">© Sở Thông tin và Truyền thông tỉnh Hà Sơn. Địa chỉ: Số 3 đường Nguyễn Du. <a
href="https://www.m-so-tttt-mobile-ch-brief.example.vn/?desktop=1">Phiên bản máy tính</a>
</div>
{ad_script(12, 30)}
</body></html>'''
    html = pad_to(html, 26000, 12)
    return html, truth, meta


# ---------------------------------------------------------------- 13
def p13():
    title = 'Tỉnh ủy số hóa hồ sơ đảng viên, giảm một nửa thời gian chuyển sinh hoạt đảng'
    lead = ('Phần mềm quản lý cơ sở dữ liệu đảng viên phiên bản mới cho phép chi bộ cơ sở cập nhật lý lịch, nghị '
            'quyết và kết quả đánh giá hằng năm trực tiếp trên máy tính bảng.')
    blocks = [
        ('p', 'Ban Tổ chức Tỉnh ủy cho biết đến hết tháng 11, đã có 98.640 hồ sơ đảng viên được số hóa, đạt 96% tổng '
              'số. Các trường hợp còn lại chủ yếu là đảng viên cao tuổi có hồ sơ gốc bị hư hỏng, cần xác minh lại '
              'với cơ quan lưu trữ.'),
        ('p', 'Trước đây, thủ tục chuyển sinh hoạt đảng giữa hai huyện mất trung bình 15 ngày do phải gửi hồ sơ '
              'giấy qua nhiều cấp. Nay việc giới thiệu và tiếp nhận được thực hiện trên hệ thống, thời gian giảm '
              'còn khoảng 7 ngày.'),
        ('p', 'Các chi bộ cũng bắt đầu sử dụng sổ tay đảng viên điện tử để nhận tài liệu sinh hoạt, theo dõi nghị '
              'quyết và đóng đảng phí. Đảng viên trẻ đánh giá cách làm này giúp chuẩn bị nội dung sinh hoạt tốt hơn; '
              'một số chi bộ nông thôn vẫn kết hợp tài liệu in cho đảng viên lớn tuổi.'),
        ('p', 'Tỉnh ủy yêu cầu bảo đảm tuyệt đối an toàn dữ liệu: hệ thống chạy trên mạng riêng, phân quyền theo '
              'từng cấp và ghi nhật ký mọi thao tác truy cập. Năm 2025, tỉnh sẽ kết nối dữ liệu này với cơ sở dữ '
              'liệu quốc gia về dân cư để tự động xác thực thông tin nhân thân.'),
    ]
    author = 'Thu Trang, Quốc Đạt'
    date_str = 'Thứ sáu, 06/12/2024 - 20:10'
    truth, meta = T('amp-bao-dang-bo-tinh-stale-ld', 'https://amp-bao-dang-bo-tinh-stale-ld.example.vn/amp/'
                    'chinh-tri/tinh-uy-so-hoa-ho-so-dang-vien-56213.html',
                    ['amp', 'stale-jsonld', 'weekday-date-dash-time', 'two-authors-dash'], True, title, lead, author,
                    '2024-12-06T20:10+07:00', True, blocks, date_str=date_str, credit='Thu Trang - Quốc Đạt',
                    kind='normal')
    body = render_blocks(blocks)
    ld = json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
                     'datePublished': '2024-12-05T09:00:00+07:00', 'dateModified': '2024-12-05T09:00:00+07:00',
                     'author': {'@type': 'Organization', 'name': 'Báo Hà Sơn'},
                     'mainEntityOfPage': 'https://amp-bao-dang-bo-tinh-stale-ld.example.vn/chinh-tri/'
                                         'tinh-uy-so-hoa-ho-so-dang-vien-56213.html'}, ensure_ascii=False)
    html = f'''<!doctype html>
<html ⚡ lang="vi"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<title>{E(title)} | Báo Hà Sơn</title>
<link rel="canonical" href="https://amp-bao-dang-bo-tinh-stale-ld.example.vn/chinh-tri/tinh-uy-so-hoa-ho-so-dang-vien-56213.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{ld}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s
1 normal both}}</style>
{css_block(131).replace('<style type="text/css">', '<style amp-custom>')}
</head><body>
<header class="amp-header"><a href="/amp/"><amp-img src="/logo.png" width="160" height="40" alt="Báo Hà Sơn"></amp-img></a>
</header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{menu_html('amp-menu', 'amp-ul')}</amp-sidebar>
<main class="amp-main">
<div class="amp-breadcrumb"><a href="/amp/">Trang chủ</a> / <a href="/amp/chinh-tri/">Chính trị</a></div>
<h1 class="amp-title">{E(title)}</h1>
<div class="amp-meta"><span class="amp-date">{E(date_str)}</span></div>
<h2 class="amp-sapo">{E(lead)}</h2>
<amp-img src="/uploads/2024/12/so-hoa-ho-so.jpg" width="800" height="450" layout="responsive" alt="Cán bộ Ban Tổ chức kiểm tra dữ
liệu">
</amp-img>
<div class="amp-content">
{body}
<p class="amp-author" style="text-align:right"><strong>Thu Trang - Quốc Đạt</strong></p>
</div>
<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></amp-ad>
<div class="amp-related"><h3>Tin liên quan</h3>{news_list(side_items(24, 8, f_dmyhm), 'amp-rel', '{d}')}</div>
<div class="amp-related"><h3>Đọc nhiều</h3>{news_list(side_items(25, 8, f_dmy), 'amp-rel', '{d}')}</div>
</main>
<footer class="amp-footer"><p>Báo Hà Sơn - Cơ quan của Đảng bộ tỉnh Hà Sơn</p><p>Số 9 đường Lê Hồng Phong, tỉnh Hà Sơn</p>
<p>© Báo Hà Sơn. Giấy phép số 112/GP-BTTTT.</p></footer>
<amp-analytics type="gtag" data-credentials="include">
<script type="application/json">{{"vars":{{"gtag_id":"G-XXXX","config":{{"G-XXXX":{{"groups":"default"}}}}}}}}</script>
</amp-analytics>
</body></html>'''
    html = pad_to(html, 26000, 13)
    return html, truth, meta


# ---------------------------------------------------------------- 14
EMAG_BLOCKS = [
    ('h', 'Buổi sáng ở bộ phận một cửa không còn hàng dài'),
    ('p', 'Bảy giờ ba mươi sáng, sảnh Trung tâm Phục vụ hành chính công tỉnh Hà Sơn đã sáng đèn nhưng không còn '
          'cảnh người ngồi kín ghế chờ như vài năm trước. Trên màn hình lớn, số hồ sơ tiếp nhận trong ngày nhảy liên '
          'tục, phần lớn đến từ kênh trực tuyến. Ở quầy hướng dẫn, một nữ công chức trẻ đang chỉ cho người đàn ông '
          'ngoài sáu mươi cách chụp giấy tờ bằng điện thoại sao cho không bị lóa.'),
    ('p', 'Ông Lò Văn Sáng, người vừa được hướng dẫn, kể lần trước đi làm thủ tục sang tên thửa đất ông phải lên '
          'huyện ba lần, mỗi lần mất nửa ngày đường. Lần này, hồ sơ được nộp trên mạng từ tối hôm trước, sáng nay '
          'ông chỉ đến để ký xác nhận và nhận giấy hẹn. Ông nói đùa rằng con cháu ở xa bây giờ cũng làm thủ tục giúp '
          'được, chỉ cần ông bấm đồng ý trên điện thoại.'),
    ('p', 'Những câu chuyện như vậy là kết quả của một quá trình kéo dài gần năm năm, bắt đầu từ khi tỉnh ban hành '
          'nghị quyết chuyên đề về chuyển đổi số. Khi đó, tỉnh đứng trong nhóm cuối bảng xếp hạng chỉ số chuyển đổi '
          'số cấp tỉnh, hạ tầng mạng ở vùng cao còn nhiều điểm lõm sóng và phần lớn cán bộ cấp xã chưa quen làm '
          'việc trên máy tính.'),
    ('h', 'Ba nền tảng được ưu tiên'),
    ('p', 'Thay vì đầu tư dàn trải, tỉnh chọn ba nền tảng làm trọng tâm: hạ tầng kết nối, dữ liệu dùng chung và con '
          'người. Mỗi năm, ngân sách dành cho chuyển đổi số được phân bổ theo tỷ lệ rõ ràng, trong đó phần cho đào '
          'tạo và hỗ trợ người dân không dưới một phần năm. Các sở, ngành muốn xây dựng phần mềm mới phải chứng minh '
          'được việc dùng lại dữ liệu đã có, tránh tình trạng mỗi nơi một hệ thống như trước.'),
    ('p', 'Về hạ tầng, tỉnh phối hợp với các doanh nghiệp viễn thông xóa 126 điểm lõm sóng ở 41 thôn, bản vùng sâu. '
          'Mạng truyền số liệu chuyên dùng được kéo tới toàn bộ trụ sở cấp xã, kể cả những xã phải đi thuyền mới tới '
          'được. Trung tâm dữ liệu của tỉnh được nâng cấp, đạt tiêu chuẩn an toàn thông tin cấp độ 3 và có trung tâm '
          'giám sát an ninh mạng hoạt động suốt ngày đêm.'),
    ('p', 'Về dữ liệu, tỉnh xây dựng kho dữ liệu dùng chung, kết nối với cơ sở dữ liệu quốc gia về dân cư, đất đai '
          'và đăng ký doanh nghiệp. Khi một người dân đã khai báo thông tin trong một thủ tục, các thủ tục sau sẽ '
          'tự động điền lại, công chức chỉ cần đối chiếu. Hơn 1,4 triệu kết quả giải quyết thủ tục hành chính đã '
          'được số hóa và gắn với tài khoản định danh của từng người.'),
    ('p', 'Về con người, tỉnh thành lập tổ công nghệ số cộng đồng ở tất cả thôn, tổ dân phố với hơn 8.700 thành '
          'viên. Đây là lực lượng gần dân nhất, thường xuyên đến từng nhà hướng dẫn cài ứng dụng, mở tài khoản '
          'thanh toán và cảnh báo các thủ đoạn lừa đảo qua mạng. Nhiều tổ tổ chức “phiên chợ số” vào ngày chợ phiên '
          'để người dân vùng cao vừa mua bán vừa được hỗ trợ.'),
    ('h', 'Những con số thay đổi'),
    ('table', [['Chỉ tiêu', 'Năm 2020', 'Năm 2024'],
               ['Tỷ lệ hồ sơ thủ tục nộp trực tuyến', '6%', '71%'],
               ['Văn bản điện tử có ký số', '38%', '99%'],
               ['Hộ gia đình có kết nối băng rộng cố định', '41%', '83%'],
               ['Người trưởng thành có tài khoản thanh toán', '52%', '88%'],
               ['Xếp hạng chỉ số chuyển đổi số cấp tỉnh', '58/63', '21/63']]),
    ('p', 'Đằng sau các con số là những thay đổi trong cách làm việc của bộ máy. Các cuộc họp của UBND tỉnh đã '
          'không còn dùng tài liệu giấy; lãnh đạo xem báo cáo trên bảng điều khiển cập nhật theo ngày thay vì chờ '
          'tổng hợp hằng tháng. Khi chỉ số hồ sơ quá hạn của một đơn vị tăng, hệ thống tự gửi cảnh báo tới người '
          'đứng đầu, và chỉ số này được công khai trên cổng thông tin.'),
    ('p', 'Bà Cầm Thị Hoa, Giám đốc Trung tâm Phục vụ hành chính công, nhớ lại thời điểm đầu tiên công khai bảng '
          'xếp hạng, nhiều đơn vị phản ứng vì cho rằng chưa công bằng. Nhưng chỉ sau vài tháng, các đơn vị đứng '
          'cuối bảng chủ động đề nghị được hỗ trợ rà soát quy trình, và từ đó tỷ lệ hồ sơ trễ hạn giảm rõ rệt.'),
    ('q', 'Công khai là cách nhanh nhất để thay đổi. Không ai muốn đơn vị mình mãi đứng cuối bảng trước mắt người '
          'dân.'),
    ('h', 'Vùng cao bắt nhịp'),
    ('p', 'Ở xã Pà Cò, nơi 90% dân số là đồng bào dân tộc thiểu số, việc đưa dịch vụ công lên mạng từng bị coi là '
          'bất khả thi. Nhiều người không biết chữ phổ thông, điện thoại thông minh còn hiếm. Xã chọn cách làm từ '
          'trường học: học sinh trung học cơ sở được hướng dẫn sử dụng ứng dụng rồi về dạy lại cho bố mẹ, ông bà.'),
    ('p', 'Anh Giàng A Của, Bí thư Đoàn xã, cho biết mỗi tối thứ bảy, nhà văn hóa bản lại sáng đèn cho lớp “bình '
          'dân học vụ số”. Người già học cách gọi video cho con đi làm xa, phụ nữ học bán măng khô, mật ong qua sàn '
          'thương mại điện tử. Sau một năm, bản đã có ba hộ bán hàng trực tuyến đều đặn, thu nhập tăng đáng kể.'),
    ('p', 'Tuy vậy, khó khăn vẫn còn. Đường truyền ở một số bản chập chờn vào mùa mưa, chi phí gói cước vẫn là gánh '
          'nặng với hộ nghèo. Tỉnh đang thí điểm điểm truy cập internet công cộng miễn phí tại nhà văn hóa và trạm y '
          'tế, đồng thời đề nghị doanh nghiệp viễn thông có gói cước ưu đãi cho hộ nghèo, cận nghèo.'),
    ('h', 'Doanh nghiệp và kinh tế số'),
    ('p', 'Không chỉ khu vực công, doanh nghiệp trong tỉnh cũng chuyển động. Chương trình hỗ trợ doanh nghiệp nhỏ '
          'và vừa chuyển đổi số đã giúp 1.150 doanh nghiệp sử dụng hóa đơn điện tử, phần mềm kế toán và quản lý bán '
          'hàng trên nền tảng điện toán đám mây. Các hợp tác xã nông nghiệp được hỗ trợ mã truy xuất nguồn gốc, giúp '
          'sản phẩm chè, gạo nếp và quả hồng vào được chuỗi siêu thị ở các thành phố lớn.'),
    ('p', 'Ông Vương Đình Khải, Giám đốc một công ty chế biến chè ở huyện Tân Uyên cũ, chia sẻ trước kia đơn hàng chủ '
          'yếu qua thương lái, giá cả bấp bênh. Từ khi có gian hàng trực tuyến và mã truy xuất, công ty bán trực tiếp '
          'cho khách ở nhiều tỉnh, doanh thu năm ngoái tăng gần 40%. Điều ông tâm đắc nhất là khách hàng có thể xem '
          'được cả nhật ký chăm sóc đồi chè.'),
    ('p', 'Tỷ trọng kinh tế số trong cơ cấu kinh tế của tỉnh được ước tính đạt khoảng 11%, còn thấp so với bình quân '
          'cả nước nhưng đã tăng gấp đôi sau bốn năm. Tỉnh xác định du lịch số và nông nghiệp số là hai hướng đi có '
          'thể tạo bứt phá, dựa trên lợi thế cảnh quan và sản phẩm đặc sản vùng cao.'),
    ('h', 'Những bài học'),
    ('ul', ['Người đứng đầu phải trực tiếp chỉ đạo và sử dụng hệ thống hằng ngày.',
            'Đầu tư cho con người không kém đầu tư cho thiết bị, phần mềm.',
            'Dữ liệu phải được dùng chung, mỗi thông tin chỉ thu thập một lần.',
            'Công khai kết quả để người dân cùng giám sát.',
            'Luôn giữ kênh hỗ trợ trực tiếp cho người chưa dùng được công nghệ.']),
    ('p', 'Trao đổi về chặng đường tiếp theo, ông Điêu Chính Tâm, Phó Chủ tịch UBND tỉnh, cho rằng giai đoạn dễ '
          'nhất đã qua. Việc đưa thủ tục lên mạng chỉ là bước đầu; điều người dân cần là thủ tục ít đi, đơn giản '
          'hơn và kết quả đến nhanh hơn. Muốn vậy, phải tái cấu trúc quy trình, cắt bỏ những bước trung gian không '
          'cần thiết chứ không chỉ số hóa nguyên trạng.'),
    ('p', 'Theo ông, sau khi sắp xếp đơn vị hành chính, bộ máy cấp xã có quy mô lớn hơn, địa bàn rộng hơn, càng '
          'đòi hỏi phải quản lý bằng dữ liệu. Tỉnh sẽ tập trung xây dựng hệ thống thông tin báo cáo thời gian thực '
          'cho cấp xã, chuẩn hóa danh mục dữ liệu và đào tạo lại đội ngũ công chức theo vị trí việc làm mới.'),
    ('p', 'Một thách thức khác là an toàn thông tin. Khi càng nhiều dữ liệu cá nhân được đưa lên hệ thống, nguy cơ '
          'bị tấn công, rò rỉ càng lớn. Tỉnh đã tổ chức diễn tập ứng cứu sự cố hằng năm và yêu cầu mọi hệ thống '
          'thông tin phải được phê duyệt cấp độ an toàn trước khi đưa vào vận hành. Người dân cũng được hướng dẫn '
          'không chia sẻ mã xác thực và cảnh giác với các cuộc gọi mạo danh cơ quan nhà nước.'),
    ('h', 'Hướng tới chính quyền phục vụ'),
    ('p', 'Chiều muộn, khi trung tâm hành chính công chuẩn bị đóng cửa, màn hình lớn vẫn tiếp tục nhận hồ sơ trực '
          'tuyến. Hệ thống không nghỉ, và công chức trực ca sẽ xử lý những hồ sơ khẩn vào sáng sớm hôm sau. Với '
          'nhiều người dân, chính quyền giờ đây không còn chỉ ở trụ sở mà đã ở ngay trong chiếc điện thoại.'),
    ('p', 'Chuyển đổi số ở một tỉnh miền núi chưa bao giờ là con đường bằng phẳng. Nhưng từ những lớp học buổi tối '
          'ở nhà văn hóa bản đến những bảng điều khiển trong phòng họp của tỉnh, một cách làm việc mới đã hình '
          'thành: lấy người dân làm trung tâm, lấy dữ liệu làm nền tảng và lấy sự hài lòng của người dân làm thước '
          'đo. Chặng đường phía trước còn dài, nhưng những bước đi đầu tiên đã cho thấy hướng đi đúng.'),
    ('p', 'Năm 2025, tỉnh đặt mục tiêu đưa 100% thủ tục đủ điều kiện lên dịch vụ công trực tuyến toàn trình, 90% '
          'người dân trưởng thành có tài khoản định danh điện tử và sử dụng thường xuyên ít nhất một dịch vụ số. Để '
          'đạt được, các tổ công nghệ số cộng đồng sẽ tiếp tục là cánh tay nối dài của chính quyền, đi đến từng '
          'thôn, bản, từng gia đình, để không ai bị bỏ lại phía sau trong hành trình số.'),
]


def p14():
    title = 'Hà Sơn - hành trình năm năm xây dựng chính quyền số từ vùng cao'
    lead = ('Từ một tỉnh đứng cuối bảng xếp hạng chuyển đổi số, Hà Sơn đã vươn lên nhóm giữa nhờ cách làm bền bỉ: '
            'đầu tư có trọng tâm, dữ liệu dùng chung và một đội ngũ hỗ trợ đi đến từng thôn bản.')
    blocks = EMAG_BLOCKS
    author = 'Hoàng Mai Anh'
    credit = 'Nội dung: Hoàng Mai Anh | Ảnh: Lê Đức Trọng | Thiết kế: Bảo Ngọc'
    date_str = '02/09/2025 lúc 06:00'
    truth, meta = T('emag-tinh-chinh-quyen-so-longread', 'https://emag-tinh-chinh-quyen-so-longread.example.vn/'
                    'emagazine/ha-son-hanh-trinh-nam-nam-xay-dung-chinh-quyen-so-60112.html',
                    ['emagazine', 'emag-base64', 'long-form', 'credit-block', 'table', 'list', 'blockquote',
                     'subheadings'], True, title, lead, author, '2025-09-02T06:00+07:00', True, blocks,
                    date_str=date_str, credit=credit, kind='long')
    rnd = random.Random(1418)
    img = base64.b64encode(bytes(rnd.randrange(256) for _ in range(240000))).decode('ascii')
    parts = []
    for i, b in enumerate(blocks):
        parts.append(render_blocks([b], pcls='emag-text', hcls='emag-heading'))
        if i in (3, 9, 15):
            parts.append('<figure class="emag-full"><img src="/uploads/emag/2025/09/anh-%d.jpg" alt=""><figcaption>'
                         'Ảnh: Lê Đức Trọng</figcaption></figure>' % i)
    body = '\n'.join(parts)
    html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>[eMagazine] {E(title)} - Báo Hà Sơn</title>
<meta property="og:type" content="article"><meta property="og:title" content="{E(title)}">
<meta property="article:published_time" content="2025-09-02T06:00:00+07:00">
{css_block(141)}
</head><body class="emagazine">
<div class="emag-topbar"><a href="/">Báo Hà Sơn</a> <a href="/emagazine">eMagazine</a></div>
<div class="emag-cover" style="background-image:url('data:image/jpeg;base64,{img}')">
<div class="emag-cover-inner"><h1 class="emag-title">{E(title)}</h1></div></div>
<div class="emag-container">
<div class="emag-credit"><p>{E(credit)}</p><p class="emag-date">{E(date_str)}</p></div>
<div class="emag-sapo"><p>{E(lead)}</p></div>
<div class="emag-body">
{body}
</div>
{share_bar()}
<div class="emag-related"><h3>eMagazine khác</h3>{news_list(side_items(26, 6, f_dmy), 'emag-list', '{d}')}</div>
</div>
{footer_html('Báo Hà Sơn', 'Số 9 đường Lê Hồng Phong, tỉnh Hà Sơn', '0239 3852 600')}
{ad_script(14, 10)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 15
def p15():
    title = 'Đội tuyển bóng chuyền nữ tỉnh giành huy chương vàng giải vô địch các đội mạnh khu vực'
    lead = ('Thắng ngược 3-2 trong trận chung kết kéo dài hơn hai giờ, các cô gái Hà Sơn lần đầu tiên đứng trên '
            'bục cao nhất của giải đấu sau 12 năm.')
    blocks = [
        ('p', 'Bước vào trận chung kết tối 12/8 tại nhà thi đấu trung tâm, đội tuyển tỉnh gặp đối thủ từng thắng '
              'mình ở vòng bảng. Hai set đầu, các cô gái Hà Sơn chơi căng cứng, mắc nhiều lỗi phát bóng và để thua '
              '21-25, 23-25.'),
        ('p', 'Sau giờ nghỉ, huấn luyện viên Nguyễn Tuấn Minh thay đổi đội hình, tung chủ công trẻ Lò Thị Xuân vào sân. '
              'Những pha đập bóng uy lực của cầu thủ 19 tuổi giúp đội giành hai set tiếp theo với tỷ số 25-22 và '
              '26-24, đưa trận đấu vào set quyết định.'),
        ('p', 'Ở set thứ năm, đội trưởng Hà Thị Ngân liên tục có những pha chắn bóng thành công, giúp Hà Sơn vươn lên '
              'dẫn 10-6 rồi khép lại trận đấu với tỷ số 15-11. Hàng nghìn cổ động viên trên khán đài đồng loạt đứng '
              'dậy vỗ tay khi quả bóng cuối cùng chạm sàn.'),
        ('table', [['Set', 'Hà Sơn', 'Đối thủ'], ['1', '21', '25'], ['2', '23', '25'], ['3', '25', '22'],
                   ['4', '26', '24'], ['5', '15', '11']]),
        ('p', 'Sở Văn hóa, Thể thao và Du lịch đã khen thưởng đột xuất toàn đội. Đây là bước chuẩn bị quan trọng '
              'trước khi đội tham dự giải hạng A toàn quốc vào tháng 10, với mục tiêu giành quyền thăng hạng.'),
    ]
    author = 'Đặng Văn Khoa'
    date_str = 'Thời gian đăng: 9:05 tối 12/08/24'
    truth, meta = T('cmc-so-vhttdl-sport-toi-2digit', 'https://cmc-so-vhttdl-sport-toi-2digit.example.vn/'
                    'the-thao/doi-tuyen-bong-chuyen-nu-gianh-huy-chuong-vang-t2491.html',
                    ['cmc-portal', 'toi-12h', 'two-digit-year', 'academic-title-author', 'table', 'off-topic',
                     'sport'], False, title, lead, author, '2024-08-12T21:05+07:00', True, blocks,
                    date_str=date_str, credit='Tác giả: ThS. Đặng Văn Khoa', kind='normal')
    body = render_blocks(blocks, table_cls='tbl-score')
    html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{E(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/Content/cmc-portal/site.min.css?v=3.2.1" rel="stylesheet">
{css_block(151)}
</head><body>
<div class="cmc-wrap">
<div class="cmc-header"><div class="cmc-logo"><a href="/">SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</a></div>
<div class="cmc-date-today">Hôm nay: Thứ Ba, 13/08/2024</div>{menu_html('cmc-nav', 'cmc-nav-list')}</div>
<div class="cmc-body container"><div class="row">
<div class="col-md-9 cmc-main">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/the-thao">Thể thao</a></li></ol>
<div class="cmc-article-detail" data-id="2491">
<h1 class="cmc-article-title">{E(title)}</h1>
<div class="cmc-article-meta"><span class="cmc-time">{E(date_str)}</span> <span class="cmc-views">Lượt xem: 2.044</span></div>
<div class="cmc-article-summary">{E(lead)}</div>
<div class="cmc-article-content">
{body}
</div>
<div class="cmc-article-author">Tác giả: ThS. Đặng Văn Khoa</div>
{share_bar()}
</div>
<div class="cmc-related"><h3>Tin cùng chuyên mục</h3>{news_list(side_items(27, 8, f_dmy), 'cmc-list', '({d})')}</div>
{comment_box(2, 15)}
</div>
<div class="col-md-3 cmc-side"><div class="cmc-box">
<h3>Tin mới</h3>{news_list(side_items(28, 10, f_dmyhm), 'cmc-list', '{d}')}</div>
<div class="cmc-box">{links_box()}</div></div>
</div></div>
{footer_html('Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Sơn', 'Số 18 đường Hùng Vương, tỉnh Hà Sơn', '0239 3855 330',
             '<p>Phát triển bởi CMC TS</p>')}
</div>
{cookie_notice()}
{ad_script(15, 20)}
</body></html>'''
    return html, truth, meta


PAGES = [p11, p12, p13, p14, p15]
