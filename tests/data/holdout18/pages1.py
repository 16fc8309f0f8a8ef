"""Pages 1-5: VNPT WebForms, SharePoint 2013, DNN, Liferay 6 commune, Liferay 7 ministry."""
from common import (
    E,
    ad_script,
    blocks_text,
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


def T(template, url, flags, relevant, title, lead, author, pub, time_shown, blocks, **meta):
    truth = dict(template=template, url=url, encoding='utf-8', flags=flags, is_article=True, relevant=relevant,
                 title=title, lead=lead, author=author, published_at=pub, time_shown=time_shown,
                 text=blocks_text(blocks))
    return truth, meta


# ---------------------------------------------------------------- 1
def p01():
    title = 'Tỉnh Hà Sơn vận hành hệ thống tiếp nhận phản ánh kiến nghị trên nền tảng số thống nhất'
    lead = ('Từ ngày 15/4, mọi phản ánh, kiến nghị của người dân và doanh nghiệp gửi tới chính quyền các cấp '
            'trên địa bàn tỉnh được tiếp nhận, phân loại và theo dõi trên một hệ thống duy nhất.')
    blocks = [
        ('p', 'Hệ thống do Sở Khoa học và Công nghệ chủ trì xây dựng, kết nối với Cổng Dịch vụ công của tỉnh, '
              'ứng dụng công dân số Hà Sơn Smart và tổng đài 1022. Người dân có thể gửi phản ánh kèm hình ảnh, vị '
              'trí trên bản đồ và theo dõi tiến độ xử lý bằng mã hồ sơ được cấp tự động.'),
        ('p', 'Theo ông Trịnh Văn Nghĩa, Phó Giám đốc Sở, trước đây mỗi sở, ngành và địa phương dùng một kênh riêng '
              'nên nhiều phản ánh bị trùng lặp hoặc chậm chuyển đến đúng nơi có thẩm quyền. Nay thông tin được '
              'tự động phân luồng theo lĩnh vực và địa bàn, thời hạn xử lý được đếm ngược và cảnh báo trên bảng '
              'điều khiển của lãnh đạo.'),
        ('h', 'Quy trình bốn bước'),
        ('ol', ['Tiếp nhận phản ánh từ ứng dụng, cổng thông tin, tổng đài hoặc mạng xã hội chính thức.',
                'Phân loại và chuyển tới cơ quan có thẩm quyền trong vòng 4 giờ làm việc.',
                'Cơ quan chủ trì xử lý, cập nhật kết quả và hình ảnh minh chứng.',
                'Công khai kết quả và lấy ý kiến đánh giá mức độ hài lòng của người gửi.']),
        ('p', 'Trong giai đoạn chạy thử từ tháng 1 đến tháng 3, hệ thống đã tiếp nhận 4.812 phản ánh, trong đó '
              '91,6% được xử lý đúng hạn. Các lĩnh vực nhận nhiều phản ánh nhất là hạ tầng giao thông nông thôn, '
              'vệ sinh môi trường và trật tự đô thị.'),
        ('p', 'Tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm về thời gian và chất lượng trả lời; '
              'kết quả xử lý phản ánh được đưa vào tiêu chí chấm điểm chỉ số chuyển đổi số và đánh giá cán bộ '
              'cuối năm.'),
    ]
    author = 'Nguyễn Thị Thu Hà'
    date_str = 'Ngày đăng: 18/04/2024 09:50:00'
    truth, meta = T('vnpt-webforms-tinh-phan-anh', 'https://vnpt-webforms-tinh-phan-anh.example.vn/tin-tuc/'
                    'Pages/tinh-van-hanh-he-thong-phan-anh-kien-nghi-18042024.aspx',
                    ['aspnet-form', 'viewstate', 'date-seconds', 'ordered-list', 'label-tac-gia',
                     'sidebar-dates'], True, title, lead, author, '2024-04-18T09:50:00+07:00', True, blocks,
                    date_str=date_str, credit='Tác giả: ' + author, kind='normal')
    side = news_list(side_items(1, 10, f_dmyhm), 'list-tinmoi')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(title)} - Cổng thông tin điện tử tỉnh Hà Sơn</title>
<meta name="description" content="{E(lead)}" />
<link href="/App_Themes/Portal/style.css" rel="stylesheet" type="text/css" />
{css_block(11)}
<script src="/ScriptResource.axd?d=aB3kLm9&amp;t=6119e399" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./tinh-van-hanh-he-thong-phan-anh-kien-nghi-18042024.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(1, 14000)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="wrapper">
<div id="ctl00_header" class="header"><div class="banner"><a href="/">
<img src="/Images/banner-hason.png" alt="Cổng thông tin điện tử tỉnh Hà Sơn" /></a></div>
<div class="topbar">
<span id="ctl00_lblNgay">Thứ Hai, 05/05/2025</span> | <a href="/sitemap.aspx">Sơ đồ cổng</a> | <a href="/en">English</a></div>
{menu_html('mainmenu', 'menu-top')}
</div>
<div id="ctl00_pnlContent" class="content">
<div class="left-col">
<div class="breadcrumb">
<a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a> » <a href="/tin-tuc/chuyen-doi-so">Chuyển đổi số</a></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_pnlNewsDetail" class="news-detail">
<h1 class="news-title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{E(title)}</span></h1>
<div class="news-date"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">{E(date_str)}</span> &nbsp;|&nbsp; Lượt xem: 1.284</div>
{share_bar()}
<div class="news-summary"><strong><span id="ctl00_ContentPlaceHolder1_ctl00_lblSummary">{E(lead)}</span></strong></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="news-content">
{body}
</div>
<div class="news-author" style="text-align:right"><b>Tác giả: {E(author)}</b></div>
<div class="news-tags">Từ khóa: <a href="/tag/phan-anh-kien-nghi">phản ánh kiến nghị</a>, <a href="/tag/chuyen-doi-so">chuyển đổi
số</a>
</div>
<div class="other-news"><h3>Các tin khác</h3>{news_list(side_items(2, 8, f_dmy), 'list-other', '({d})')}</div>
</div>
</div>
<div class="right-col">
<div class="box"><div class="box-title">Tin mới</div>{side}</div>
<div class="box"><div class="box-title">Liên kết</div>{links_box()}</div>
<div class="box poll"><div class="box-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện mới của Cổng?</p>
<input type="radio" name="poll" value="1" /> Tốt <input type="radio" name="poll" value="2" /> Bình thường
<input type="submit" name="ctl00$btnVote" value="Biểu quyết" id="ctl00_btnVote" /></div>
</div>
</div>
{footer_html('Cổng thông tin điện tử tỉnh Hà Sơn', 'Số 12 đường Trần Phú, phường Thành Sen, tỉnh Hà Sơn', '0239 3855 012',
             '<p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Thiết kế bởi VNPT Hà Sơn.</p>')}
</div>
{ad_script(1)}
</form>
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 2
def p02():
    title = 'Công bố kết quả chấm điểm mức độ ứng dụng công nghệ thông tin năm 2012 của các sở, ngành'
    lead = ''
    blocks = [
        ('p', 'Sáng 20/12, Sở Kế hoạch và Đầu tư phối hợp với Sở Thông tin và Truyền thông tổ chức hội nghị công bố '
              'kết quả đánh giá mức độ ứng dụng công nghệ thông tin trong hoạt động của các cơ quan nhà nước '
              'năm 2012. Đây là năm thứ ba tỉnh thực hiện việc chấm điểm theo bộ tiêu chí thống nhất.'),
        ('p', 'Bộ tiêu chí gồm năm nhóm: hạ tầng kỹ thuật, ứng dụng nội bộ, cung cấp thông tin trên trang điện tử, '
              'dịch vụ công trực tuyến và nguồn nhân lực. Tổng điểm tối đa là 100, các đơn vị đạt từ 80 điểm trở '
              'lên được xếp loại tốt.'),
        ('table', [['Xếp hạng', 'Đơn vị', 'Điểm'],
                   ['1', 'Sở Kế hoạch và Đầu tư', '88,5'],
                   ['2', 'Sở Tài chính', '84,0'],
                   ['3', 'Sở Tư pháp', '81,5'],
                   ['4', 'Sở Giao thông vận tải', '76,0'],
                   ['5', 'Sở Xây dựng', '72,5']]),
        ('p', 'Điểm trung bình của khối sở, ngành đạt 68,4, tăng gần 9 điểm so với năm trước. Tuy vậy, nhóm tiêu '
              'chí dịch vụ công trực tuyến vẫn thấp do phần lớn thủ tục mới dừng ở mức cung cấp biểu mẫu tải về, '
              'chưa cho phép nộp hồ sơ qua mạng.'),
        ('p', 'Hội nghị thống nhất đến năm 2013 mỗi sở phải có ít nhất ba thủ tục đạt mức độ 3, đồng thời sử dụng '
              'thư điện tử công vụ trong trao đổi văn bản không mật và duy trì cập nhật tin bài trên trang thông '
              'tin điện tử ít nhất hai lần mỗi tuần.'),
    ]
    date_str = 'Thứ năm, 20/12/2012'
    truth, meta = T('sp2013-so-khdt-publishing-weekday', 'https://sp2013-so-khdt-publishing-weekday.example.vn/'
                    'tintuc/Pages/cong-bo-ket-qua-cham-diem-ung-dung-cntt-2012.aspx',
                    ['sharepoint', 'ms-rtestate-field', 'weekday-date-only', 'office-credit', 'table', 'no-lead'],
                    True, title, lead, None, '2012-12-20T00:00:00+07:00', False, blocks,
                    date_str=date_str, credit='Văn phòng UBND tỉnh', kind='normal')
    body = render_blocks(blocks, table_cls='ms-rteTable-default')
    html = f'''<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10" />
<meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>Công bố kết quả chấm điểm ứng dụng CNTT năm 2012</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHWMhQ%3D%3D"/>
{css_block(21)}
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "\\u002ftintuc", webLanguage: 1066,
currentLanguage: 1066, pageListId: "{{8b1a3c2e-4d5f-4a6b-9c7d-1e2f3a4b5c6d}}", pageItemId: 318}};</script>
</head>
<body>
<form method="post" action="./cong-bo-ket-qua-cham-diem-ung-dung-cntt-2012.aspx" id="aspnetForm">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5F2A9C1B,20 Dec 2012 08:12:44 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(2, 8000)}" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="header"><div class="logo"><a href="/">SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH HÀ SƠN</a></div>
{menu_html('ms-core-listMenu-horizontalBox', 'root ms-core-listMenu-root static')}</div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation">
<h3>Tin tức</h3>{news_list(side_items(3, 10, f_dmy), 'ms-core-listMenu-verticalBox', '{d}')}</div>
{links_box()}</div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div id="ctl00_PlaceHolderMain_ctl00" class="article article-body">
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tintuc">Tin tức - Sự kiện</a></div>
<h1 class="article-title"><span id="ctl00_PlaceHolderMain_TitleField">{E(title)}</span></h1>
<div class="article-date"><span id="ctl00_PlaceHolderMain_ArticleDate">{E(date_str)}</span></div>
<div id="ctl00_PlaceHolderMain_ctl02_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline"
aria-labelledby="ctl00_PlaceHolderMain_ctl02_ctl00_label">
{body}
<p style="text-align:right"><strong>Văn phòng UBND tỉnh</strong></p>
</div>
<div class="ms-PostFooter">{share_bar()}</div>
<div class="related"><h3>Tin liên quan</h3>{news_list(side_items(4, 6, f_dmy), 'related-list', '- {d}')}</div>
</div></div></div></div>
{footer_html('Sở Kế hoạch và Đầu tư tỉnh Hà Sơn', 'Số 8 đường Lê Lợi, thành phố Hà Sơn', '0239 3856 110')}
</div></div>
{ad_script(2, 10)}
</form></body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 3
def p03():
    title = 'Sở Thông tin và Truyền thông tập huấn kỹ năng số cho 600 thành viên tổ công nghệ số cộng đồng'
    lead = ('Các thành viên tổ công nghệ số cộng đồng ở 82 xã, phường được hướng dẫn cách hỗ trợ người dân cài '
            'đặt ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và nộp hồ sơ trực tuyến.')
    blocks = [
        ('p', 'Lớp tập huấn được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến, kéo dài ba ngày. Học viên '
              'là công chức văn hóa - xã hội, đoàn viên thanh niên, giáo viên và trưởng thôn, tổ dân phố.'),
        ('p', 'Nội dung tập trung vào các tình huống người dân hay gặp: quên mật khẩu tài khoản định danh mức 2, '
              'không nhận được mã xác thực, chụp ảnh giấy tờ bị mờ khi nộp hồ sơ, hoặc lo ngại bị lừa đảo khi '
              'quét mã QR. Mỗi học viên phải thực hành trọn vẹn một hồ sơ đăng ký khai sinh và một giao dịch nộp '
              'học phí qua ví điện tử.'),
        fig('/Portals/0/News/2024/03/tap-huan-ky-nang-so.jpg', 'Học viên thực hành trên điện thoại tại lớp tập huấn.',
            'figcaption'),
        ('p', 'Bà Đinh Thị Hồng Nhung, Trưởng phòng Chuyển đổi số của Sở, cho biết năm 2023 các tổ công nghệ số đã '
              'hỗ trợ hơn 41.000 lượt người dân, nhưng chất lượng chưa đồng đều. Nhiều thành viên tự học qua mạng '
              'nên lúng túng khi gặp lỗi hệ thống hoặc câu hỏi về bảo vệ dữ liệu cá nhân.'),
        ('q', 'Chúng tôi muốn mỗi tổ viên trở thành người mà bà con tin cậy, không chỉ biết bấm giúp mà còn giải '
              'thích được vì sao phải làm như vậy.'),
        ('p', 'Sau tập huấn, Sở sẽ lập nhóm trao đổi trực tuyến để giải đáp vướng mắc và cập nhật tài liệu hướng dẫn '
              'mỗi khi có thay đổi về quy trình. Dự kiến trong quý II, mô hình tiếp tục được mở rộng tới các trường '
              'trung học phổ thông và hợp tác xã.'),
    ]
    author = 'Lê Hoàng Yến'
    date_str = '09:15 AM 14/03/2024'
    truth, meta = T('dnn-so-tttt-ctr-detail-ampm', 'https://dnn-so-tttt-ctr-detail-ampm.example.vn/tin-tuc/'
                    'ArticleID/5521/tap-huan-ky-nang-so-cho-to-cong-nghe-so-cong-dong',
                    ['dotnetnuke', 'dnn-ctr', 'time-before-date', 'am-pm', 'label-phong-vien', 'figcaption',
                     'blockquote'], True, title, lead, author, '2024-03-14T09:15+07:00', True, blocks,
                    date_str=date_str, credit='Phóng viên: ' + author, kind='normal')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{E(lead)}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<link href="/Portals/_default/Skins/SoTTTT/skin.css?cdv=214" type="text/css" rel="stylesheet"/>
{css_block(31)}
</head>
<body id="Body">
<form method="post" action="/tin-tuc/ArticleID/5521/tap-huan-ky-nang-so-cho-to-cong-nghe-so-cong-dong" id="Form"
enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(3, 7000)}" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<div id="dnn_ControlPanel"></div>
<div class="skin-wrapper">
<div id="dnn_HeaderPane" class="HeaderPane"><div class="logo"><a href="/">SỞ THÔNG TIN VÀ TRUYỀN THÔNG</a></div>
{menu_html('dnnmega', 'topLevel')}</div>
<div id="dnn_BreadcrumbPane"><span id="dnn_dnnBreadcrumb_lblBreadCrumb">
<a href="/" class="breadcrumb">Trang chủ</a> › <a href="/tin-tuc" class="breadcrumb">Tin tức</a> › <a
href="/tin-tuc/chuyen-doi-so" class="breadcrumb">Chuyển đổi số</a>
</span></div>
<div class="row">
<div id="dnn_ContentPane" class="col-md-8 ContentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1412"><a name="1412"></a>
<div id="dnn_ctr1412_ContentPane" class="contentpane">
<div id="dnn_ctr1412_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_detail">
<h1 class="edn_articleTitle">{E(title)}</h1>
<div class="edn_metaDetails"><span class="edn_articleDate">{E(date_str)}</span> <span class="edn_viewCount">Lượt xem: 732</span>
</div>
<div class="edn_articleSummary"><p>{E(lead)}</p></div>
<div class="edn_articleContent">
{body}
<p style="text-align:right"><em>Phóng viên: {E(author)}</em></p>
</div>
{share_bar()}
<div class="edn_articleTags">Thẻ: <a href="#">tổ công nghệ số</a> <a href="#">kỹ năng số</a></div>
</div></div></div></div>
<div class="DnnModule DnnModule-1413"><div id="dnn_ctr1413_ContentPane"><div class="box-title">Tin liên quan</div>
{news_list(side_items(5, 6, f_dmyhm), 'edn_relatedArticles', '({d})')}</div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 RightPane">
<div class="DnnModule DnnModule-1201"><div id="dnn_ctr1201_ContentPane"><div class="box-title">Xem nhiều</div>
{news_list(side_items(6, 10, f_dmy), 'most-viewed', '{d}')}</div></div>
<div class="DnnModule DnnModule-1202"><div id="dnn_ctr1202_ContentPane">{links_box()}</div></div>
</div></div>
<div
id="dnn_FooterPane">{footer_html('Sở Thông tin và Truyền thông tỉnh Hà Sơn',
 'Số 3 đường Nguyễn Du, tỉnh Hà Sơn', '0239 3691 222')}</div>
</div>
{cookie_notice()}
{ad_script(3, 20)}
</form></body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 4
def p04():
    title = 'Xã Tân Phong sau sáp nhập: một bộ phận một cửa, ba điểm hỗ trợ dịch vụ công'
    lead = ('Sau khi ba xã cũ hợp nhất từ ngày 1/7/2025, xã Tân Phong bố trí thêm điểm hỗ trợ dịch vụ công tại trụ '
            'sở cũ để người dân ở xa không phải đi lại nhiều.')
    blocks = [
        ('p', 'Xã Tân Phong được thành lập trên cơ sở nhập ba xã Tân Phong, Phong Lạc và Lạc Thủy, có diện tích '
              'gần 96 km² và hơn 31.000 nhân khẩu. Trụ sở Đảng ủy, HĐND và UBND xã đặt tại xã Phong Lạc cũ, cách '
              'thôn xa nhất khoảng 17 km.'),
        ('p', 'Để người dân không phải di chuyển xa, UBND xã giữ lại hai trụ sở cũ làm điểm hỗ trợ. Mỗi điểm có '
              'một công chức tư pháp - hộ tịch, một đoàn viên thuộc tổ công nghệ số và một máy tính kết nối mạng '
              'truyền số liệu chuyên dùng. Người dân được hướng dẫn nộp hồ sơ trực tuyến, sau đó nhận kết quả qua '
              'bưu điện hoặc trên ứng dụng.'),
        ('p', 'Theo ông Vi Văn Quyết, Chủ tịch UBND xã, hai tháng đầu vận hành, bộ phận một cửa tiếp nhận 2.146 '
              'hồ sơ, trong đó 78% nộp trực tuyến. Các thủ tục phổ biến là chứng thực bản sao, đăng ký khai sinh, '
              'xác nhận tình trạng hôn nhân và đăng ký thường trú.'),
        ('h', 'Những khó khăn ban đầu'),
        ('p', 'Việc chuyển đổi con dấu, tài khoản chữ ký số và cập nhật địa giới hành chính mới trên các phần mềm '
              'mất gần ba tuần. Một số người dân vẫn dùng giấy tờ ghi địa chỉ cũ nên phải điều chỉnh thông tin '
              'trong cơ sở dữ liệu dân cư trước khi làm thủ tục.'),
        ('p', 'Xã đề nghị tỉnh bổ sung thiết bị ký số cho công chức và đường truyền dự phòng cho hai điểm hỗ trợ, '
              'đồng thời tổ chức lớp bồi dưỡng cho đội ngũ cán bộ mới được điều động từ cấp huyện về.'),
    ]
    author = 'Hà Vy'
    date_str = 'Cập nhật: 15:40 ngày 08/09/2025'
    truth, meta = T('liferay6-xa-hop-nhat-journal', 'https://liferay6-xa-hop-nhat-journal.example.vn/web/'
                    'xa-tan-phong/tin-tuc/-/asset_publisher/Xp4k/content/xa-tan-phong-sau-sap-nhap',
                    ['liferay6', 'journal-content-article', 'cap-nhat-only-date', 'bai-va-anh', 'commune-2025',
                     'subheading'], True, title, lead, author, '2025-09-08T15:40+07:00', True, blocks,
                    date_str=date_str, credit='Bài và ảnh: ' + author, kind='normal')
    body = render_blocks(blocks)
    port = lambda pid, inner: (f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static '
                               f'portlet-static-end" id="p_p_id_{pid}_"><span id="p_{pid}"></span><div '
                               f'class="portlet-body">{inner}</div></div>')
    main = f'''<div class="journal-content-article" id="article_10155_10181_48213_1.2">
<h2 class="title-news">{E(title)}</h2>
<div class="date-news">{E(date_str)}</div>
<div class="sapo"><strong>{E(lead)}</strong></div>
{body}
<p style="text-align:right"><strong>Bài và ảnh: {E(author)}</strong></p>
</div>
<div class="entry-links">{share_bar()}</div>'''
    html = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>Xã Tân Phong sau sáp nhập - Cổng thông tin xã Tân Phong</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/classic/css/main.css?browserId=other&amp;themeId=xa_WAR_xatheme&amp;t=1694412000" rel="stylesheet"
type="text/css" />
{css_block(41)}
<script type="text/javascript">var Liferay={{Browser:{{}},ThemeDisplay:{{getCompanyId:function(){{return
"10155";}},getScopeGroupId:function(){{return "48201";}},getLanguageId:function(){{return "vi_VN";}}}}}};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div id="heading"><h1 class="site-title">
<a class="logo" href="/web/xa-tan-phong">ỦY BAN NHÂN DÂN XÃ TÂN PHONG</a></h1></div>
{menu_html('sort-pages modify-pages', 'nav')}</header>
<div id="content"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
{port('56_INSTANCE_bread',
 '<ul class="breadcrumbs"><li><a href="/web/xa-tan-phong">Trang chủ</a></li><li><a href="#">Tin tức</a></li>'
 '<li>Chính quyền số</li></ul>')}
{port('101_INSTANCE_Xp4k', main)}
{port('101_INSTANCE_rel1',
 '<h3 class="portlet-title">Tin liên quan</h3>' + news_list(side_items(7, 6, f_dmy), 'asset-list', '({d})'))}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone" id="layout-column_column-2">
{port('101_INSTANCE_new', '<h3 class="portlet-title">Tin mới</h3>' + news_list(side_items(8, 10, f_dmyhm), 'asset-list', '{d}'))}
{port('56_INSTANCE_lk', links_box())}
</div></div></div></div>
{footer_html('Ủy ban nhân dân xã Tân Phong', 'Thôn Phong Lạc, xã Tân Phong, tỉnh Hà Sơn', '0239 3760 005')}
</div>
{ad_script(4, 8)}
</body></html>'''
    return html, truth, meta


# ---------------------------------------------------------------- 5
def p05():
    title = 'Bộ trưởng yêu cầu hoàn thành kết nối dữ liệu đất đai với cơ sở dữ liệu dân cư trong năm nay'
    lead = ('Tại cuộc họp trực tuyến với 34 địa phương, Bộ trưởng đề nghị các tỉnh chưa hoàn thành làm sạch dữ liệu '
            'đất đai phải có lộ trình cụ thể theo từng tháng.')
    blocks = [
        ('p', 'Báo cáo tại cuộc họp cho thấy cả nước đã có 19 địa phương hoàn thành xây dựng cơ sở dữ liệu đất đai '
              'và đưa vào vận hành, 11 địa phương đang triển khai, 4 địa phương còn chậm do thiếu kinh phí đo đạc '
              'bổ sung. Việc liên thông với cơ sở dữ liệu quốc gia về dân cư mới thực hiện được ở 9 tỉnh, thành phố.'),
        ('p', 'Bộ trưởng nhấn mạnh dữ liệu đất đai là nền tảng để thực hiện thủ tục đăng ký biến động, cấp giấy '
              'chứng nhận và tính thuế trên môi trường điện tử. Khi dữ liệu được kết nối, người dân sẽ không phải '
              'nộp bản sao giấy tờ tùy thân và nhiều loại giấy tờ đã có trong hệ thống.'),
        ('p', 'Các địa phương được yêu cầu rà soát, chuẩn hóa thông tin chủ sử dụng đất theo số định danh cá nhân, '
              'ưu tiên các khu vực đô thị và vùng có nhiều giao dịch. Bộ sẽ cử tổ công tác hỗ trợ kỹ thuật trực '
              'tiếp tại những tỉnh chậm tiến độ.'),
        ('ul', ['Hoàn thành làm sạch dữ liệu tại khu vực đô thị trước ngày 30/9.',
                'Kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về dân cư trước ngày 31/12.',
                'Công khai tiến độ hằng tháng trên cổng thông tin điện tử của Bộ.']),
        ('p', 'Đại diện một số tỉnh kiến nghị Bộ sớm ban hành hướng dẫn về chuẩn dữ liệu và cơ chế chia sẻ chi phí '
              'duy trì hệ thống sau khi chuyển giao. Bộ trưởng giao các đơn vị chức năng tổng hợp, trả lời bằng văn '
              'bản trong vòng hai tuần.'),
    ]
    author = 'Nhóm PV'
    date_str = 'Thứ Ba, 10/06/2025 | 14:05 (GMT+7)'
    truth, meta = T('liferay7-bo-asset-publisher-gmt', 'https://liferay7-bo-asset-publisher-gmt.example.vn/'
                    'web/guest/tin-tuc/-/asset_publisher/mNq2/content/ket-noi-du-lieu-dat-dai-voi-du-lieu-dan-cu',
                    ['liferay7', 'asset-publisher', 'gmt7', 'pipe-separator', 'stale-meta', 'nhom-pv', 'list'],
                    True, title, lead, author, '2025-06-10T14:05+07:00', True, blocks,
                    date_str=date_str, credit=author, kind='normal')
    body = render_blocks(blocks)
    html = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{E(title)} - Bộ Tài nguyên số</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta property="og:type" content="article" /><meta property="og:title" content="{E(title)}" />
<meta property="article:published_time" content="2025-06-09T17:30:00+07:00" />
<link href="/o/bo-theme/css/clay.css?browserId=chrome&amp;themeId=botheme_WAR_botheme&amp;languageId=vi_VN" rel="stylesheet" />
{css_block(51)}
<script>var
themeDisplay=Liferay.ThemeDisplay;
Liferay.Portlet.list=["com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_mNq2"];</script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner"><div class="navbar navbar-classic">
<a class="logo" href="/">BỘ TÀI NGUYÊN SỐ</a>{menu_html('navbar-nav', 'nav navbar-nav')}</div></header>
<section id="content"><div class="columns-2-1" id="main-content" role="main"><div class="row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static
portlet-decorate" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_mNq2_">
<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix default-asset-publisher">
<div class="asset-content" id="_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_mNq2_48921">
<div class="journal-content-article" data-analytics-asset-id="48921" data-analytics-asset-type="web-content">
<div class="news-detail"><div class="breadcrumb-news">
<a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="#">Hoạt động của Bộ</a></div>
<h1 class="news-detail-title">{E(title)}</h1>
<p class="news-detail-time">{E(date_str)}</p>
<div class="news-detail-sapo">{E(lead)}</div>
<div class="news-detail-content">
{body}
</div>
<p class="news-detail-author" style="text-align:right"><strong>{E(author)}</strong></p>
</div></div></div>
<div class="asset-links"><h3>Tin liên quan</h3>{news_list(side_items(9, 6, f_dmy), 'list-unstyled', '({d})')}</div>
{share_bar()}
</div></div></div></div></div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_">
<div class="portlet-body"><h2 class="portlet-title-text">Tin mới</h2>
{news_list(side_items(10, 12, f_dmyhm), 'list-unstyled', '{d}')}</div></div>
<div class="portlet-boundary"><div class="portlet-body">{links_box()}</div></div>
</div></div></div></section>
{footer_html('Bộ Tài nguyên số', 'Số 10 phố Tôn Thất Thuyết, Hà Nội', '024 3795 6868')}
</div></div>
{cookie_notice()}
{ad_script(5, 12)}
</body></html>'''
    return html, truth, meta
