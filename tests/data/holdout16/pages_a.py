"""Pages 1-6: ASP.NET VNPT portal, SharePoint 2010, DotNetNuke, Liferay 6.2, Liferay 7.3, NukeViet 4."""
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
    share_bar,
    sidebar,
    tags,
    truth,
    truth_text,
    viewstate,
)


def p_vnpt_aspnet():
    tp = "vnpt-portal-aspnet-form"
    rng = random.Random(101)
    title = "Hòa Giang đưa Trung tâm giám sát, điều hành thông minh vào vận hành chính thức"
    lead = ("Sau gần một năm chạy thử, Trung tâm giám sát, điều hành thông minh của tỉnh Hòa Giang đã kết nối "
            "dữ liệu từ 14 sở, ngành và toàn bộ 62 xã, phường, giúp lãnh đạo tỉnh theo dõi tình hình theo thời gian thực.")
    blocks = [
        ("p", "Sáng 23/5, UBND tỉnh Hòa Giang tổ chức lễ công bố đưa Trung tâm giám sát, điều hành thông minh vào "
              "hoạt động chính thức. Dự án do Sở Thông tin và Truyền thông làm chủ đầu tư, với tổng kinh phí hơn 38 tỷ "
              "đồng từ nguồn ngân sách tỉnh, được triển khai từ tháng 6 năm trước."),
        ("p", "Theo báo cáo của đơn vị chủ đầu tư, trung tâm hiện vận hành chín phân hệ chính gồm: giám sát dịch vụ công "
              "trực tuyến, phản ánh hiện trường, an ninh trật tự qua camera, giao thông, môi trường, y tế, giáo dục, du "
              "lịch và chỉ tiêu kinh tế - xã hội. Dữ liệu được cập nhật tự động từ các hệ thống nghiệp vụ, hạn chế nhập "
              "liệu thủ công như trước."),
        ("img", "/Uploads/images/2024/05/ioc-hoagiang.jpg",
            "Màn hình tổng hợp tại Trung tâm giám sát, điều hành thông minh tỉnh.", "table"),
        ("h", "Phản ánh của người dân được xử lý trong 48 giờ"),
        ("p", "Trong giai đoạn chạy thử, phân hệ phản ánh hiện trường đã tiếp nhận 4.316 ý kiến của người dân và doanh "
              "nghiệp, trong đó 92% được xử lý đúng hạn. Thời gian trung bình từ lúc tiếp nhận đến khi có kết quả phản "
              "hồi giảm từ sáu ngày xuống còn khoảng 48 giờ."),
        ("table", [["Phân hệ", "Số nguồn dữ liệu", "Tần suất cập nhật"],
                   ["Dịch vụ công trực tuyến", "3", "15 phút"],
                   ["Camera an ninh, giao thông", "412", "Thời gian thực"],
                   ["Quan trắc môi trường", "18", "1 giờ"],
                   ["Chỉ tiêu kinh tế - xã hội", "26", "Hằng tháng"]]),
        ("p", "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lương Thị Hồng Nhung yêu cầu các sở, ngành không coi trung "
              "tâm là nơi trình diễn mà phải khai thác dữ liệu để ra quyết định. Mỗi đơn vị phải cử cán bộ đầu mối, bảo "
              "đảm dữ liệu đúng, đủ, sạch và được cập nhật thường xuyên."),
        ("quote", "Dữ liệu chỉ có giá trị khi được dùng để điều hành; một màn hình đẹp mà số liệu cũ thì không giúp gì "
                  "cho người dân."),
        ("p", "Thời gian tới, tỉnh sẽ mở rộng kết nối với hệ thống camera của các khu công nghiệp và bổ sung phân hệ "
              "cảnh báo thiên tai cho các huyện miền núi. Người dân có thể gửi phản ánh qua ứng dụng Hòa Giang số, tổng "
              "đài 1022 hoặc trang thông tin điện tử của xã, phường nơi cư trú."),
    ]
    author = "Đỗ Thanh Tùng"
    date_str = "Ngày đăng: 23/05/2024 14:07:36"
    avoid = (2024, 5, 23)
    head = (f"<title>{E(title)} - Cổng thông tin điện tử tỉnh Hòa Giang</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{E(title)}">\n'
            '<meta property="article:published_time" content="2024-05-23T14:07:36+07:00">\n'
            '<link rel="stylesheet" href="/Portals/_default/Skins/vnpt/css/portal.css">\n'
            '<script src="/js/jquery-1.11.3.min.js"></script>')
    vs = viewstate(1011, 14000)
    body = f"""<body>
<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?ItemID=45217&amp;l=TinTrongTinh" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="wrapper">
<div id="ctl00_Header1_pnHeader" class="header"><a href="/"><img src="/images/banner-hoagiang.png"
alt="Cổng thông tin điện tử tỉnh Hòa Giang"></a>
<div class="top-links"><a href="/en">English</a> | <a href="/so-do">Sơ đồ cổng</a> | <a href="/rss">RSS</a>
<input name="ctl00$Header1$txtSearch" type="text" id="ctl00_Header1_txtSearch" placeholder="Tìm kiếm...">
<input type="submit" name="ctl00$Header1$btnSearch" value="Tìm" id="ctl00_Header1_btnSearch"></div></div>
<div id="ctl00_MainMenu" class="mainmenu">{menu("nav")}</div>
<div class="marquee">Chào mừng bạn đến với Cổng thông tin điện tử tỉnh Hòa Giang</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a> » <a href="/tin-trong-tinh">Tin
trong tỉnh</a></div>
<div class="col-left">
{sidebar(rng, "Chuyên mục", 10, avoid, "leftmenu")}
{link_box()}
<div class="box-weather"><h3>Thời tiết</h3><p>Hòa Giang: 27°C - 33°C, có mưa rào vài nơi</p></div>
</div>
<div class="col-main">
<div id="ctl00_ContentPlaceHolder1_ctl00_pnDetail" class="news-detail">
<h1 class="title-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{E(title)}</span></h1>
<div class="date-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">{date_str}</span>
 <span class="views">Lượt xem: 1.284</span></div>
{share_bar()}
<div class="sapo-detail"><strong><span id="ctl00_ContentPlaceHolder1_ctl00_lblSapo">{E(lead)}</span></strong></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="content-detail">
{render_blocks(blocks)}
</div>
<div class="author-detail" style="text-align:right"><b>Tác giả: {E(author)}</b></div>
{tags(["IOC", "đô thị thông minh", "chuyển đổi số"])}
</div>
{sidebar(rng, "Các tin khác", 12, avoid, "other-news", fmt=2)}
</div>
<div class="col-right">
{sidebar(rng, "Tin mới", 10, avoid, "box-new", fmt=1)}
{sidebar(rng, "Xem nhiều", 8, avoid, "box-mostview")}
<div class="banner-right"><a href="https://dichvucong.example.vn"><img src="/images/dvc.png" alt="Dịch vụ công"></a></div>
</div>
{footer("Cổng thông tin điện tử tỉnh Hòa Giang", "Số 12 đường Trần Hưng Đạo, phường Hòa Bình, tỉnh Hòa Giang",
        "0229.3851.204", "congtt@hoagiang.example.vn", 2024)}
<div class="poweredby">Phát triển bởi VNPT Hòa Giang</div>
</div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">
</form>
{ads_script(1012)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("", "https://vnpt-portal-aspnet-form.example.vn/Pages/ChiTietTin.aspx?ItemID=45217&l=TinTrongTinh",
                           tp, ["aspnet-webforms", "viewstate", "date-seconds", "sapo-element", "table-caption-image",
                                "meta-published-time"],
                           True, True, title, lead, author, "2024-05-23T14:07:36+07:00", True, truth_text(blocks))}


def p_sp2010():
    tp = "sp2010-province-publishing"
    rng = random.Random(102)
    title = "Sở Nội vụ số hóa hơn 210.000 trang hồ sơ lưu trữ lịch sử"
    lead = ("Sau hai năm triển khai đề án số hóa tài liệu lưu trữ, Trung tâm Lưu trữ lịch sử tỉnh đã hoàn thành "
            "việc chụp, biên mục và đưa vào cơ sở dữ liệu hơn 210.000 trang hồ sơ, phục vụ tra cứu trực tuyến.")
    blocks = [
        ("p", "Chiều 20/6, Sở Nội vụ tỉnh Hòa Giang tổ chức hội nghị đánh giá kết quả thực hiện đề án số hóa tài liệu "
              "lưu trữ giai đoạn 2022 - 2024. Các tài liệu được ưu tiên số hóa là hồ sơ địa giới hành chính, hồ sơ cán "
              "bộ đã nghỉ hưu, sổ đăng ký hộ tịch cũ và các văn bản của UBND tỉnh từ năm 1991 đến năm 2010."),
        ("p", "Toàn bộ dữ liệu sau số hóa được lưu trên hệ thống quản lý tài liệu lưu trữ điện tử, có phân quyền truy "
              "cập theo từng nhóm người dùng. Người dân có nhu cầu xin bản sao hồ sơ có thể đăng ký qua Cổng dịch vụ công "
              "của tỉnh và nhận kết quả qua bưu điện mà không phải đến trực tiếp phòng đọc."),
        ("h", "Kết quả chính của đề án"),
        ("ul", ["Số hóa 210.450 trang tài liệu giấy, 1.120 bản đồ và 3.600 ảnh phim", "Biên mục 18.900 hồ sơ với "
                "trường thông tin đầy đủ", "Tiếp nhận 2.314 yêu cầu khai thác trực tuyến, trả kết quả đúng hạn 100%",
                "Đào tạo 46 công chức văn thư, lưu trữ của các sở, ngành và huyện"]),
        ("p", "Bà Vi Thị Thanh Loan, Giám đốc Trung tâm Lưu trữ lịch sử, cho biết khó khăn lớn nhất là nhiều tài liệu "
              "bị ố vàng, rách mép do bảo quản lâu năm trong điều kiện ẩm. Trung tâm đã phải tu bổ hơn 9.000 tờ trước khi "
              "đưa vào máy quét chuyên dụng."),
        ("p", "Giai đoạn tiếp theo, Sở Nội vụ đề xuất bố trí thêm kinh phí để số hóa phông lưu trữ của các huyện đã "
              "sáp nhập, đồng thời kết nối cơ sở dữ liệu lưu trữ với hệ thống quản lý văn bản điều hành của tỉnh. Mục tiêu "
              "đến năm 2026, toàn bộ hồ sơ có giá trị bảo quản vĩnh viễn được số hóa và cho phép tra cứu mục lục trực tuyến."),
    ]
    date_str = "Thứ năm, 20/06/2024 | 15:30"
    avoid = (2024, 6, 20)
    head = ("<title>\n\tSở Nội vụ số hóa hơn 210.000 trang hồ sơ\n</title>\n"
            '<meta name="GENERATOR" content="Microsoft SharePoint">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=8">\n'
            '<link rel="stylesheet" type="text/css" href="/_layouts/1033/styles/Themable/corev4.css?rev=ox">\n'
            '<script type="text/javascript" src="/_layouts/1033/init.js?rev=ck"></script>')
    vs = viewstate(1021, 11000)
    webparts = "".join(
        f'<td id="MSOZoneCell_WebPartWPQ{i}" valign="top"><div class="ms-WPBody">{sidebar(rng, t, 8, avoid, "wp-list")}</div></'
        f'td>'
        for i, t in ((3, "Tin mới"), (4, "Xem nhiều")))
    body = f"""<body scroll="yes" onload="javascript:_spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="/tintuc/Pages/so-noi-vu-so-hoa-ho-so.aspx" id="aspnetForm">
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="">
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8C41F0E2A9D6B7,20 Jun 2024 08:30:00 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle"><div id="s4-ribboncont"></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="hg-header"><img src="/PublishingImages/banner.jpg" alt="Cổng thông tin điện tử tỉnh Hòa Giang"></div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn">{menu("root static")}</div>
<div class="s4-notdlg breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><a href="/">Trang chủ</a> &gt; <a
href="/tintuc">Tin tức</a> &gt; <span>Tin hoạt động</span></span></div>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="220">{link_box()}{sidebar(rng, "Chuyên mục tin", 10, avoid, "leftnav")}</td>
<td valign="top">
<div id="ctl00_PlaceHolderMain_pnlContent" class="article-page">
<div class="article-title"><h1 id="ctl00_PlaceHolderMain_TitleField">{E(title)}</h1></div>
<div class="article-date"><span id="ctl00_PlaceHolderMain_lblDate">{date_str}</span></div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">
<div class="sapo"><b>{E(lead)}</b></div>
{render_blocks(blocks, hx="h4")}
<p style="text-align:right"><strong>Văn phòng Sở Nội vụ</strong></p>
</div>
{share_bar("ms-share")}
<div class="article-modified">Ngày cập nhật: 24/06/2024 08:12</div>
</div>
{sidebar(rng, "Tin liên quan", 6, avoid, "related", fmt=2)}
</td>
<td valign="top" width="260"><table><tr>{webparts}</tr></table></td></tr></table>
{footer("Cổng thông tin điện tử tỉnh Hòa Giang", "Số 12 đường Trần Hưng Đạo, phường Hòa Bình, tỉnh Hòa Giang",
        "0229.3851.204", "congtt@hoagiang.example.vn", 2024, "s4-footer")}
</div></div>
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "\\u002ftintuc", webLanguage: 1066,
currentLanguage: 1066}};</script>
</form>
{ads_script(1022)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("", "https://sp2010-province-publishing.example.vn/tintuc/Pages/so-noi-vu-so-hoa-ho-so.aspx",
                           tp, ["sharepoint-2010", "weekday-prefix", "pipe-separator", "office-credit", "modified-below-body",
                                "list-in-body", "no-meta-date"],
                           True, True, title, lead, None, "2024-06-20T15:30+07:00", True, truth_text(blocks))}


def p_dnn():
    tp = "dnn-district-news-pane"
    rng = random.Random(103)
    title = "Huyện Tân Lạc Sơn cấp 100% hồ sơ hộ tịch trên môi trường điện tử"
    blocks = [
        ("lead_in_body", "Từ đầu năm đến nay, bộ phận một cửa của 17 xã, thị trấn trên địa bàn huyện Tân Lạc Sơn đã tiếp "
                         "nhận và trả kết quả toàn bộ hồ sơ đăng ký khai sinh, khai tử, kết hôn qua hệ thống điện tử."),
        ("p", "Theo Phòng Tư pháp huyện, trong hai tháng đầu năm 2025 các xã đã giải quyết 1.846 hồ sơ hộ tịch, trong đó "
              "1.102 hồ sơ được người dân tự nộp trực tuyến tại nhà. Số còn lại được công chức tư pháp - hộ tịch hỗ trợ "
              "nhập liệu ngay tại bộ phận một cửa, sau đó người dân nhận kết quả bản điện tử qua tài khoản định danh."),
        ("p", "Để đạt kết quả trên, huyện đã thành lập 146 tổ công nghệ số cộng đồng ở thôn, bản. Mỗi tổ có từ ba đến năm "
              "thành viên là đoàn viên thanh niên, công an viên và trưởng thôn, trực tiếp đến từng hộ hướng dẫn cài đặt ứng "
              "dụng và thao tác nộp hồ sơ. Nhiều người cao tuổi lần đầu tự làm được thủ tục đăng ký khai sinh cho cháu."),
        ("img", "/Portals/0/Images/2025/03/mot-cua-tanlacson.jpg",
         "Công chức tư pháp xã Phú Lương hướng dẫn người dân nộp hồ sơ trực tuyến.", "em"),
        ("p", "Ông Khà Văn Thiện, Chủ tịch UBND xã Phú Lương, chia sẻ thời gian đầu nhiều hộ ở bản vùng cao chưa có điện "
              "thoại thông minh nên xã phải bố trí máy tính tại nhà văn hóa để bà con đến làm. Đến nay, tỷ lệ hồ sơ nộp "
              "trực tuyến của xã đã đạt trên 70%."),
        ("related", ["Tân Lạc Sơn ra mắt mô hình điểm bưu điện văn hóa xã số", "Hướng dẫn nộp hồ sơ khai sinh trực tuyến"]),
        ("p", "Thời gian tới, huyện tiếp tục rà soát, làm sạch dữ liệu hộ tịch cũ để đồng bộ với cơ sở dữ liệu quốc gia về "
              "dân cư, đồng thời đưa chỉ tiêu hồ sơ trực tuyến vào tiêu chí bình xét thi đua của các xã, thị trấn."),
    ]
    date_str = "Cập nhật: 08:15 - 12/03/2025"
    avoid = (2025, 3, 12)
    head = (f"<title>{E(title)} &gt; Tin tức</title>\n"
            '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">\n'
            '<meta name="RESOURCE-TYPE" content="DOCUMENT">\n'
            '<link id="Portals__default_" rel="stylesheet" type="text/css" href="/Portals/_default/default.css">\n'
            '<link id="Skin" rel="stylesheet" type="text/css" href="/Portals/0/Skins/TanLacSon/skin.css">')
    vs = viewstate(1031, 12000)
    body = f"""<body id="Body">
<form name="Form" method="post" action="/tin-tuc/tabid/87/ctl/ViewDetail/mid/512/ItemID/2093/Default.aspx" id="Form"
enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">
<script src="/js/dnn.js" type="text/javascript"></script>
<div id="dnn_ControlPanel"></div>
<div class="skin-wrap">
<div id="dnn_HeaderPane" class="HeaderPane"><img src="/Portals/0/banner-huyen.png"
alt="Trang thông tin điện tử huyện Tân Lạc Sơn"></div>
<div id="dnn_MenuPane" class="MenuPane">{menu("dnnmenu")}</div>
<div class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="Breadcrumb">Trang chủ</a> › <a
href="/tin-tuc" class="Breadcrumb">Tin tức</a> › <a href="/cchc" class="Breadcrumb">Cải cách hành chính</a></span></div>
<div id="dnn_LeftPane" class="LeftPane"><div class="DnnModule DnnModule-HTML DnnModule-510"><a name="510"></a>
<div id="dnn_ctr510_ContentPane" class="c-box">{sidebar(rng, "Danh mục tin", 9, avoid, "cat")}{link_box()}</div></div></div>
<div id="dnn_ContentPane" class="ContentPane">
<div class="DnnModule DnnModule-NewsDetail DnnModule-512"><a name="512"></a>
<div id="dnn_ctr512_ContentPane" class="news-container">
<div id="dnn_ctr512_ModuleContent" class="DNNModuleContent ModNewsDetailC">
<div id="dnn_ctr512_ViewDetail_pnlDetail" class="news-detail">
<h2 class="news-title"><span id="dnn_ctr512_ViewDetail_lblTitle">{E(title)}</span></h2>
<div class="news-date"><span id="dnn_ctr512_ViewDetail_lblDate">{date_str}</span></div>
{share_bar()}
<div id="dnn_ctr512_ViewDetail_lblContent" class="news-content">
{render_blocks(blocks, hx="h3")}
<p style="text-align: right;"><strong>Văn phòng HĐND và UBND huyện</strong></p>
</div>
{tags(["hộ tịch điện tử", "tổ công nghệ số cộng đồng", "Tân Lạc Sơn"])}
</div></div></div></div>
<div class="DnnModule DnnModule-513"><div id="dnn_ctr513_ContentPane">{sidebar(rng, "Tin liên quan", 8, avoid, "related-news",
fmt=2)}</div></div>
</div>
<div id="dnn_RightPane" class="RightPane"><div id="dnn_ctr515_ContentPane">{sidebar(rng, "Tin mới", 10, avoid, "hot", fmt=1)}
{sidebar(rng, "Xem nhiều", 8, avoid, "mostview")}</div></div>
<div id="dnn_FooterPane">{footer("UBND huyện Tân Lạc Sơn", "Khu 3, thị trấn Tân Lạc, huyện Tân Lạc Sơn, tỉnh Hòa Giang",
                                   "0229.3870.115", "vanphong@tanlacson.example.vn", 2025)}</div>
</div>
{COOKIE}
</form>
{ads_script(1032)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("",
                "https://dnn-district-news-pane.example.vn/tin-tuc/tabid/87/ctl/ViewDetail/mid/512/ItemID/2093/Default.aspx",
                           tp, ["dotnetnuke", "cap-nhat-only-date", "time-before-date", "lead-bold-in-body",
                                "office-credit", "inline-related", "em-caption", "cookie-notice"],
                           True, True, title, blocks[0][1], None, "2025-03-12T08:15+07:00", True, truth_text(blocks[1:]))}


def p_liferay62():
    tp = "liferay62-journal-so-tttt"
    rng = random.Random(104)
    title = "Bưu điện văn hóa xã trở thành điểm hỗ trợ dịch vụ công cho người dân vùng sâu"
    lead = ("Sở Thông tin và Truyền thông phối hợp với Bưu điện tỉnh chuyển đổi 38 điểm bưu điện văn hóa xã thành "
            "điểm hỗ trợ người dân thực hiện thủ tục hành chính trực tuyến và mua bán trên sàn thương mại điện tử.")
    blocks = [
        ("p", "Mô hình được thí điểm từ tháng 7 tại 12 xã thuộc hai huyện miền núi, sau đó nhân rộng ra 38 xã có tỷ lệ "
              "người dân sử dụng điện thoại thông minh thấp. Mỗi điểm được trang bị một máy tính, máy in, máy quét và "
              "đường truyền cáp quang, do nhân viên bưu điện đã qua tập huấn trực tiếp hướng dẫn."),
        ("p", "Tại điểm bưu điện văn hóa xã Đồng Mới, trung bình mỗi ngày có từ 15 đến 20 lượt người đến nhờ hỗ trợ. Phần "
              "lớn là thủ tục cấp đổi giấy phép lái xe, đăng ký thường trú, xin cấp phiếu lý lịch tư pháp và nộp thuế đất. "
              "Hồ sơ được số hóa ngay tại chỗ, kết quả được trả về điểm bưu điện để người dân nhận trong ngày hẹn."),
        ("img", "/documents/10181/0/buu-dien-van-hoa-xa.jpg",
            "Nhân viên bưu điện văn hóa xã Đồng Mới hỗ trợ người dân nộp hồ sơ.", "figure"),
        ("h", "Cầu nối đưa nông sản lên mạng"),
        ("p", "Không chỉ hỗ trợ thủ tục hành chính, các điểm bưu điện còn giúp hộ sản xuất đăng ký gian hàng trên sàn "
              "thương mại điện tử của ngành bưu chính. Đến nay đã có 214 sản phẩm như mật ong, măng khô, chè búp và gạo "
              "nếp được đưa lên sàn, với hơn 6.000 đơn hàng được giao qua mạng lưới bưu chính."),
        ("p", "Ông Sầm Văn Hiếu, người trồng chè ở thôn Nà Pàn, cho biết trước đây gia đình chỉ bán chè cho thương lái với "
              "giá thấp. Từ khi có gian hàng trực tuyến, mỗi tháng gia đình bán được khoảng 80 kg chè cho khách ở miền xuôi, "
              "giá cao hơn gần 30%."),
        ("p", "Sở Thông tin và Truyền thông cho biết sẽ tiếp tục đề xuất UBND tỉnh hỗ trợ kinh phí duy trì đường truyền "
              "cho các điểm, đồng thời bổ sung nội dung hướng dẫn kỹ năng an toàn trên không gian mạng cho người dân đến "
              "giao dịch."),
    ]
    author = "Hoàng Yến"
    date_str = "Ngày xuất bản: 05/11/2024 - 2:45 CH"
    avoid = (2024, 11, 5)
    head = (f"<title>{E(title)} - Sở Thông tin và Truyền thông - Cổng thông tin điện tử tỉnh Hòa Giang</title>\n"
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type">\n'
            '<link href="/html/themes/classic/css/main.css?browserId=other&amp;themeId=sotttt_WAR_sottttheme" rel="stylesheet">\n'
            '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=classic&amp;colorSchemeId=01&amp;minifierType=js"></'
            'script>\n'
            '<script>var themeDisplay = Liferay.ThemeDisplay = {getCompanyId: function(){return "10154";},'
            'getLanguageId: function(){return "vi_VN";}};</script>')
    body = f"""<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/sotttt"
title="Sở Thông tin và Truyền thông">
<img alt="Sở Thông tin và Truyền thông tỉnh Hòa Giang" src="/image/layout_set_logo?img_id=10562"></a></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">{menu("nav")}</nav></header>
<div id="content">
<div class="portlet-boundary portlet-boundary_73_ portlet-breadcrumb" id="p_p_id_73_INSTANCE_bc01_">
<ul class="breadcrumb"><li><a href="/web/sotttt">Trang chủ</a></li><li><a href="/web/sotttt/tin-tuc">Tin tức</a></li><li
class="active">Bưu chính - Viễn thông</li></ul></div>
<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher"
id="p_p_id_101_INSTANCE_Xk2mQ9rT_">
<span id="p_101_INSTANCE_Xk2mQ9rT"></span>
<section class="portlet" id="portlet_101_INSTANCE_Xk2mQ9rT"><div class="portlet-content"><div class="portlet-body">
<div class="asset-full-content default-asset-publisher no-title">
<div class="asset-content" id="_101_INSTANCE_Xk2mQ9rT_9048123">
<div class="journal-content-article" id="article_10154_10181_9048120_1.1">
<div class="news-detail">
<div class="title">{E(title)}</div>
<div class="publish-date">{date_str}</div>
<div class="summary"><p>{E(lead)}</p></div>
<div class="content">{render_blocks(blocks, hx="h3")}</div>
<div class="author" style="text-align:right"><em>Bài và ảnh: {E(author)}</em></div>
</div></div>
<div class="entry-links">{tags(["bưu điện văn hóa xã", "dịch vụ công", "thương mại điện tử"], "asset-tags", "Tags:")}</div>
</div>
<div class="asset-ratings"><div class="taglib-ratings thumbs">Bạn thấy bài viết hữu ích?</div></div>
{share_bar("taglib-social-bookmarks")}
</div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_rel01_">
{sidebar(rng, "Tin cùng chuyên mục", 10, avoid, "asset-abstract-list", fmt=0)}</div>
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_new01_">{sidebar(rng,
"Tin mới nhất", 10, avoid, "list-news", fmt=1)}</div>
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content"
id="p_p_id_56_INSTANCE_lk01_">{link_box("Liên kết")}</div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_mv01_">{sidebar(rng,
"Đọc nhiều", 8, avoid, "list-news")}</div>
</div></div></div></div>
<footer id="footer" role="contentinfo">{footer("Sở Thông tin và Truyền thông tỉnh Hòa Giang",
"Số 5 đường Lê Lợi, phường Hòa Bình, tỉnh Hòa Giang",
                                                "0229.3856.777", "stttt@hoagiang.example.vn", 2024)}
<p class="powered-by">Powered By Liferay</p></footer>
</div>
{extra_chrome(1043)}
{ads_script(1042)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": "Bài và ảnh: Hoàng Yến",
            "truth": truth("",
                "https://liferay62-journal-so-tttt.example.vn/web/sotttt/tin-tuc/-/asset_publisher/Xk2mQ9rT/content/"
                "buu-dien-van-hoa-xa-ho-tro-dich-vu-cong",
                           tp, ["liferay-6", "journal-content-article", "12h-ch", "date-dash-time", "bai-va-anh-byline",
                                "figcaption", "no-meta-date"],
                           True, True, title, lead, author, "2024-11-05T14:45+07:00", True, truth_text(blocks))}


def p_liferay73():
    tp = "liferay73-asset-detail-xa"
    rng = random.Random(105)
    title = "Phường Bắc Hòa mới vận hành bộ phận một cửa liên thông sau sắp xếp"
    lead = ("Ngay sau khi chính quyền địa phương hai cấp đi vào hoạt động, phường Bắc Hòa đã bố trí 12 quầy tiếp nhận, "
            "kết nối phần mềm một cửa với hệ thống giải quyết thủ tục hành chính của tỉnh.")
    blocks = [
        ("p", "Phường Bắc Hòa được thành lập trên cơ sở sắp xếp ba phường cũ, quy mô dân số hơn 58.000 người. Trong tuần "
              "đầu vận hành, bộ phận một cửa của phường tiếp nhận trung bình 140 hồ sơ mỗi ngày, chủ yếu thuộc lĩnh vực hộ "
              "tịch, chứng thực, đất đai và bảo trợ xã hội."),
        ("p", "Để người dân không phải đi lại nhiều, phường giữ nguyên hai điểm tiếp nhận tại trụ sở cũ và bố trí công chức "
              "luân phiên hỗ trợ. Mọi hồ sơ đều được quét và luân chuyển điện tử về trụ sở chính, lãnh đạo phường ký số trên "
              "văn bản trả kết quả thay vì ký tay như trước."),
        ("h", "Những việc phường đã làm trong tháng đầu"),
        ("ol", ["Cấp tài khoản và chữ ký số cho 41 cán bộ, công chức", "Chuẩn hóa 326 thủ tục hành chính trên trang thông tin",
                "Lắp đặt ki-ốt tra cứu và máy lấy số thứ tự tự động", "Công khai đường dây nóng tiếp nhận phản ánh 24/7"]),
        ("p", "Chị Nông Thị Huyền, một người dân đến làm thủ tục chứng thực, cho biết chỉ mất khoảng 15 phút để nhận kết "
              "quả. Chị cũng được công chức hướng dẫn cách nộp trực tuyến cho những lần sau mà không cần đến trụ sở."),
        ("p", "Chủ tịch UBND phường Triệu Văn Khánh đánh giá việc vận hành thông suốt trong những ngày đầu có ý nghĩa quan "
              "trọng để tạo niềm tin cho người dân. Phường sẽ tiếp tục rà soát, đề xuất cấp trên bổ sung thiết bị và tập huấn "
              "nghiệp vụ cho các công chức mới được điều động về từ cấp huyện."),
    ]
    author = "Lê Văn Tâm"
    date_str = "Ngày 15 tháng 8 năm 2025"
    avoid = (2025, 8, 15)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "publisher": {"@type": "Organization", "name": "UBND phường Bắc Hòa"}}
    head = (f"<title>Chi tiết tin - Trang thông tin điện tử phường Bắc Hòa</title>\n"
            '<meta content="initial-scale=1.0, width=device-width" name="viewport">\n'
            '<link class="lfr-css-file" data-senna-track="temporary" href="/o/bachoa-theme/css/clay.css" rel="stylesheet">\n'
            '<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN"></'
            'script>\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    body = f"""<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="vzmt_quickAccessNav"><ul><li><a href="#main-content">Bỏ qua đến
nội dung chính</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner"><div class="navbar navbar-top"><div class="container-fluid container-fluid-max-xl">
<a class="logo" href="/web/bachoa"><img src="/o/bachoa-theme/images/logo.png" alt=""> <span>UBND PHƯỜNG BẮC HÒA</span></a>
</div></div><div class="navbar navbar-expand-md"><div class="container-fluid">{menu("navbar-nav")}</div></div></header>
<section class="flex-fill" id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static
portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_kq7ZbX2m_">
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher">
<h3 class="component-title"><span class="asset-title d-inline">{E(title)}</span></h3>
<div class="asset-content mb-3">
<div class="journal-content-article" data-analytics-asset-id="4410293" data-analytics-asset-title="{E(title)}"
data-analytics-asset-type="web-content">
<div class="news-info"><span class="news-date">{date_str}</span> <span class="news-view">| 356 lượt xem</span></div>
<div class="news-sapo"><strong>{E(lead)}</strong></div>
<div class="news-content">{render_blocks(blocks, hx="h4")}</div>
<p class="news-author" style="text-align: right;"><strong>Tác giả: {E(author)}</strong></p>
</div></div>
<div class="asset-links">{share_bar("social-bookmarks")}</div>
</div></div></div></div>
<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_rel">{sidebar(rng, "Tin khác", 10, avoid, "asset-list",
fmt=3)}</div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-boundary" id="p_p_id_lich">{sidebar(rng, "Thông báo", 8, avoid, "notice", fmt=0)}</div>
<div class="portlet-boundary" id="p_p_id_new">{sidebar(rng, "Tin mới", 10, avoid, "new", fmt=1)}</div>
<div class="portlet-boundary" id="p_p_id_lk">{link_box()}</div>
</div></div></div></section>
<footer id="footer" role="contentinfo">{footer("Ủy ban nhân dân phường Bắc Hòa",
"Số 88 đường Nguyễn Trãi, phường Bắc Hòa, tỉnh Hòa Giang",
                                                "0229.3822.610", "ubndbachoa@hoagiang.example.vn", 2025)}</footer>
</div></div>
{COOKIE}
{extra_chrome(1053)}
{ads_script(1052)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("",
                "https://liferay73-asset-detail-xa.example.vn/web/bachoa/tin-tuc/-/asset_publisher/kq7ZbX2m/content/"
                "phuong-bac-hoa-van-hanh-mot-cua",
                           tp, ["liferay-7", "asset-publisher", "commune-post-merger", "date-only-words",
                                "jsonld-no-date", "ordered-list", "tac-gia-label"],
                           True, True, title, lead, author, "2025-08-15T00:00:00+07:00", False, truth_text(blocks))}


def p_nukeviet():
    tp = "nukeviet44-news-detail-so"
    rng = random.Random(106)
    title = "Sở Tài chính triển khai hóa đơn điện tử cho 100% đơn vị sự nghiệp công lập"
    lead = ("Từ ngày 1/2/2025, toàn bộ 412 đơn vị sự nghiệp công lập của tỉnh đã chuyển sang sử dụng hóa đơn điện "
            "tử và biên lai điện tử trong thu phí, lệ phí.")
    blocks = [
        ("p", "Theo Sở Tài chính, trước thời điểm chuyển đổi, nhiều trường học, bệnh viện và trung tâm dịch vụ vẫn dùng "
              "biên lai giấy đặt in, mất thời gian quyết toán và khó kiểm soát. Việc áp dụng hóa đơn điện tử giúp dữ liệu "
              "được truyền trực tiếp về cơ quan thuế, giảm chi phí in ấn và lưu trữ."),
        ("p", "Sở đã phối hợp với Cục Thuế tổ chức bốn đợt tập huấn cho hơn 800 kế toán của các đơn vị. Các doanh nghiệp "
              "cung cấp giải pháp hóa đơn cũng cử kỹ thuật viên hỗ trợ trực tiếp trong tuần đầu, đặc biệt ở các trường "
              "mầm non và tiểu học vùng xa chưa có cán bộ chuyên trách công nghệ thông tin."),
        ("h", "Thu học phí không dùng tiền mặt"),
        ("p", "Cùng với hóa đơn điện tử, ngành giáo dục đã thu học phí qua ngân hàng và ví điện tử tại 287 trường. Phụ huynh "
              "nhận thông báo khoản thu qua ứng dụng, thanh toán bằng mã QR và nhận biên lai điện tử ngay sau khi giao dịch "
              "thành công. Tỷ lệ thu đúng hạn học kỳ I tăng lên 96%."),
        ("table", [["Lĩnh vực", "Số đơn vị", "Tỷ lệ thu không dùng tiền mặt"],
                   ["Giáo dục", "287", "81%"], ["Y tế", "46", "64%"], ["Văn hóa, thể thao", "31", "52%"],
                   ["Nông nghiệp và môi trường", "48", "47%"]]),
        ("p", "Đại diện Sở Tài chính cho biết một số đơn vị còn lúng túng khi điều chỉnh hoặc hủy hóa đơn đã phát hành. Sở "
              "sẽ ban hành tài liệu hướng dẫn chi tiết và lập nhóm hỗ trợ trực tuyến để giải đáp vướng mắc trong quá trình "
              "triển khai."),
        ("p", "Ngô Minh Phương"),
    ]
    author = "Ngô Minh Phương"
    date_str = "Thứ hai - 03/02/2025 07:20"
    avoid = (2025, 2, 3)
    text_blocks = blocks[:-1]
    rendered = render_blocks(text_blocks).replace("\n",
        "\n") + f'\n<p style="text-align: right;"><strong>{E(author)}</strong></p>'
    head = (f"<title>{E(title)} - Tin tức - Sở Tài chính tỉnh Hòa Giang</title>\n"
            '<meta name="generator" content="NukeViet v4.4">\n'
            '<meta property="og:type" content="article">\n'
            '<meta property="article:published_time" content="2025-02-03T07:20:00+07:00">\n'
            '<meta property="article:section" content="Tin hoạt động">\n'
            '<link rel="StyleSheet" href="/themes/default/css/news.css">\n'
            '<script src="/assets/js/jquery/jquery.min.js"></script>\n'
            '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news";</script>')
    body = f"""<body>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="Sở Tài chính tỉnh Hòa Giang" href="/"><img src="/uploads/logo.png" alt="Sở Tài chính tỉnh Hòa Giang"></a>
<span class="site_name">Sở Tài chính tỉnh Hòa Giang</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container">{menu("nav navbar-nav")}</div></nav>
<nav class="third-nav"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><em class="fa fa-lg
fa-home"></em> Trang nhất</a></li>
<li><a href="/news/"><span>Tin Tức</span></a></li><li><a href="/news/tin-hoat-dong/"><span>Tin hoạt
động</span></a></li></ul></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{E(title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{date_str}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email"
href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="/news/print/"><em class="fa fa-print
fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix">
<div class="hometext m-bottom" itemprop="description">{E(lead)}</div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{rendered}
</div>
<div class="news_detail_tags">{tags(["hóa đơn điện tử", "thanh toán không dùng tiền mặt"], "keywords", "Tags:")}</div>
<div class="margin-bottom-lg"><strong>Tổng số điểm của bài viết là</strong>: 42 trong 9 đánh giá</div>
{share_bar("socialshare")}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p>{sidebar(rng, "", 6, avoid, "related", fmt=2)}
<p class="h3"><strong>Những tin cũ hơn</strong></p>{sidebar(rng, "", 6, avoid, "related", fmt=2)}</div></div>
{comments(rng, 3, "news_column comment")}
</div>
<div class="col-sm-8 col-md-6">{sidebar(rng, "Tin mới", 10, avoid, "panel block-news", fmt=1)}
{sidebar(rng, "Đọc nhiều", 8, avoid, "panel block-news")}{link_box()}</div>
</div></div></section>
<footer id="footer">{footer("Sở Tài chính tỉnh Hòa Giang", "Số 21 đường Hai Bà Trưng, phường Hòa Bình, tỉnh Hòa Giang",
                             "0229.3852.019", "stc@hoagiang.example.vn", 2025)}<div class="copyright">Powered by NukeViet
CMS</div></footer>
</div></div>
{extra_chrome(1063)}
{ads_script(1062)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("",
                "https://nukeviet44-news-detail-so.example.vn/news/tin-hoat-dong/"
                "so-tai-chinh-trien-khai-hoa-don-dien-tu-1842.html",
                           tp, ["nukeviet", "bodytext", "hometext-lead", "weekday-prefix", "bold-name-last-line",
                                "meta-published-time", "older-newer-lists", "comments"],
                           True, True, title, lead, author, "2025-02-03T07:20+07:00", True, truth_text(text_blocks))}


PAGES = [p_vnpt_aspnet, p_sp2010, p_dnn, p_liferay62, p_liferay73, p_nukeviet]
