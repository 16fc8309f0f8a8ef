"""Vietnamese e-government portal products: VNPT (SharePoint/ASP.NET), Viettel (Java portal),
FPT eGov, DotNetNuke with EasyDNNnews. All bylines are inside the body as the editors type them."""

import base64
import hashlib

from common import blocks_html, e, pdt, side, today_vn


def _viewstate(a, n=1800):
    seed = hashlib.sha256(a["slug"].encode()).digest()
    raw = (seed * (n // len(seed) + 1))[:n]
    return "/wEPDwUKMTY" + base64.b64encode(raw).decode()


def _byline(a):
    out = a.get("byline") or ""
    if a.get("source"):
        out += f'<p style="text-align: right;"><strong>Nguồn: {e(a["source"])}</strong></p>'
    return out


def _cap(a):
    return (f'<table class="image" align="center" style="width:600px"><tbody><tr><td><img alt="" src="/PublishingImages/2025/anh-{len(a["slug"])}.jpg" style="width:600px;height:400px" /></td></tr>'
            '<tr><td class="image_desc" style="text-align:center"><em>Cán bộ tổ công nghệ số cộng đồng hướng dẫn người dân.</em></td></tr></tbody></table>')


def vnpt_aspnet(a):
    other = "".join(f'<li><a href="/Pages/tin-tuc-su-kien/2025/{i}/tin-{i}.aspx">{e(h)}</a> <span class="date">({w:%d/%m/%Y})</span></li>'
                    for i, (h, w) in enumerate(side(a, 6, 4)))
    hot = "".join(f'<div class="item"><a href="/Pages/tin-{i}.aspx">{e(h)}</a><div class="time">{w:%d/%m/%Y %I:%M} {"SA" if w.hour < 12 else "CH"}</div></div>'
                  for i, (h, w) in enumerate(side(a, 5, 10)))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>{e(a['title'])}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a3b4c5d6e%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/portal/css/style.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=abcd%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=Xy7Jk2&amp;t=5f2a"></script>
<meta name="description" content="{e(a['lead'] or a['body'][0][:150])}" />
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<form method="post" action="./{a['slug'].split('/')[-1]}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8A1F{hashlib.md5(a['slug'].encode()).hexdigest().upper()},04 Dec 2026 08:00:00 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(a)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><div class="banner"><img src="/PublishingImages/banner.png" alt="Cổng thông tin điện tử" /></div><div class="top-bar"><span class="ngay-thang">{today_vn()}</span> <a href="/Pages/lien-he.aspx">Liên hệ</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a></div>
<div class="menu-top"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Pages/gioi-thieu.aspx">Giới thiệu</a></li><li class="active"><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li><li><a href="/Pages/chuyen-doi-so.aspx">Chuyển đổi số</a></li><li><a href="https://dichvucong.example.gov.vn">Dịch vụ công</a></li></ul></div></div>
<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all">
<div class="col-left">
<div class="breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath"><span><a href="/">Trang chủ</a></span><span> &gt; </span><span><a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></span></span></div>
<div id="ctl00_PlaceHolderMain_ctl00_pnlNewsDetail" class="news-detail">
<h1 class="title-news"><span id="ctl00_PlaceHolderMain_ctl00_lblTitle">{e(a['title'])}</span></h1>
<div class="date-news"><span id="ctl00_PlaceHolderMain_ctl00_lblDate">{e(a['dl'])}</span> <span class="view-count">Lượt xem: 1.032</span></div>
<div class="toolbar-news"><a href="javascript:window.print()" class="print">In bài</a> <a href="mailto:?subject=tin" class="email">Gửi email</a> <a href="https://sp.zalo.me/share_inline?d=x" class="zalo">Zalo</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x" class="fb">Facebook</a></div>
{f'<div class="sapo-news"><span id="ctl00_PlaceHolderMain_ctl00_lblSummary">{e(a["lead"])}</span></div>' if a['lead'] else ''}
<div id="ctl00_PlaceHolderMain_ctl00_RichHtmlField1__ControlWrapper_RichHtmlField" class="ms-rtestate-field content-news" style="display:inline">
{blocks_html(a['body'][:1])}
{_cap(a)}
{blocks_html(a['body'][1:])}
{_byline(a)}
</div>
<div class="other-news"><div class="title-other">Các tin khác</div><ul>{other}</ul></div>
</div>
</div>
<div class="col-right"><div class="box-hot"><div class="box-title">Tin xem nhiều</div>{hot}</div>
<div class="box-link"><a href="/Pages/hoi-dap.aspx"><img src="/PublishingImages/hoi-dap.png" alt="Hỏi đáp trực tuyến" /></a></div></div>
</div></div>
<div class="footer">Cơ quan chủ quản: Văn phòng UBND tỉnh. Đơn vị vận hành: Trung tâm Thông tin - Công báo. Thiết kế bởi VNPT.</div>
</div></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="BAB98CB3" /><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAPm1{hashlib.sha1(a['slug'].encode()).hexdigest()}" /></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000; ExecuteOrDelayUntilScriptLoaded(function() {{ SP.UI.Notify.showLoadingNotification(false); }}, 'sp.js');
//]]>
</script>
</form>
</body>
</html>
"""


def viettel_portal(a):
    sess = hashlib.md5(a["slug"].encode()).hexdigest().upper()
    rel = "".join(f'<li class="news-item"><a href="/tin-tuc/tin-{i};jsessionid={sess}">{e(h)}</a><span class="news-time"> {w:%H:%M %d/%m/%Y}</span></li>'
                  for i, (h, w) in enumerate(side(a, 5, 6)))
    ticker = "".join(f'<li><a href="/tin-tuc/{i}">{e(h)}</a> <i>({w:%d/%m})</i></li>' for i, (h, w) in enumerate(side(a, 4, 1)))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="_csrf" content="e3b0c442-98fc-1c14-9afb-{sess[:12].lower()}"/>
<title>{e(a['title'])} | Cổng thông tin điện tử tỉnh Điện Biên</title>
<link rel="stylesheet" href="/resources/vtportal/css/bootstrap.min.css">
<link rel="stylesheet" href="/resources/vtportal/css/portal.css?v=2.3.1">
<script src="/resources/vtportal/js/jquery-3.5.1.min.js"></script>
<script src="/resources/vtportal/js/portal.js?v=2.3.1"></script>
</head>
<body>
<div class="vt-header"><div class="container"><div class="vt-logo"><a href="/;jsessionid={sess}"><img src="/resources/vtportal/images/logo.png" alt="Cổng TTĐT"></a></div><div class="vt-date"><i class="fa fa-calendar"></i> {today_vn()}</div></div></div>
<nav class="vt-menu"><div class="container"><ul class="nav"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc">Tin tức</a></li><li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/cong-dan">Công dân</a></li><li><a href="/doanh-nghiep">Doanh nghiệp</a></li></ul></div></nav>
<div class="vt-ticker"><div class="container"><span class="label">Tin mới</span><ul class="marquee">{ticker}</ul></div></div>
<div class="container vt-main"><div class="row">
<div class="col-md-8">
<div class="portlet portlet-news-detail" id="portlet-news-detail-{len(a['slug'])}">
<div class="portlet-body">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol>
<div class="news-detail">
<h1 class="news-title">{e(a['title'])}</h1>
<div class="news-meta"><span class="news-date"><i class="fa fa-clock-o"></i> {e(a['dl'])}</span><span class="news-view"><i class="fa fa-eye"></i> 845</span>
<span class="news-font"><a href="#" class="font-down">A-</a><a href="#" class="font-up">A+</a></span></div>
{f'<div class="news-summary">{e(a["lead"])}</div>' if a['lead'] else ''}
<div class="news-content" id="newsContent">
{blocks_html(a['body'][:2])}
{_cap(a)}
{blocks_html(a['body'][2:])}
{_byline(a)}
</div>
<div class="news-share"><span>Chia sẻ:</span> <a class="share-fb" href="#">Facebook</a> <a class="share-zalo" href="#">Zalo</a> <a class="share-print" href="javascript:window.print()">In</a></div>
</div>
<div class="news-related"><h3 class="title">Tin liên quan</h3><ul>{rel}</ul></div>
</div></div>
</div>
<div class="col-md-4 vt-sidebar"><div class="box"><h3>Văn bản mới</h3><ul><li><a href="/van-ban/1">Quyết định ban hành kế hoạch chuyển đổi số năm 2025</a> <span>{pdt(a):%d/%m/%Y}</span></li><li><a href="/van-ban/2">Chỉ thị về tăng cường bảo đảm an toàn thông tin</a></li></ul></div></div>
</div></div>
<footer class="vt-footer"><div class="container"><p>Cổng thông tin điện tử tỉnh Điện Biên. Giấy phép số 33/GP-TTĐT.</p><p>Phát triển bởi Viettel Solutions</p></div></footer>
<script>$(function(){{ Portal.init({{ contextPath: '', locale: 'vi_VN' }}); }});</script>
</body>
</html>
"""


def fpt_egov(a):
    nid = a["slug"].rsplit("-", 1)[-1]
    other = "".join(f'<div class="OtherNewsItem"><a href="/tin-tuc/ct/tin-{6000+i}">{e(h)}</a> <span class="OtherNewsDate">({w:%d/%m/%Y %H:%M})</span></div>'
                    for i, (h, w) in enumerate(side(a, 6, 3)))
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{e(a['title'])}" />
<meta property="article:published_time" content="{pdt(a):%Y-%m-%dT%H:%M:%S}+07:00" />
<title>{e(a['title'])}</title>
<link href="/Portals/_default/Skins/eGov/css/egov.css?v=4" rel="stylesheet" />
<script src="/Scripts/jquery-1.12.4.min.js"></script>
<script src="/Scripts/egov.portal.js?v=4"></script>
</head>
<body class="egov">
<form method="post" action="/tin-tuc/ct/{a['slug'].split('/')[-1]}" id="Form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(a, 600)}" /></div>
<div class="Header"><div class="Banner"><img src="/Portals/0/banner-gialai.jpg" alt="Cổng thông tin điện tử tỉnh Gia Lai" /></div>
<div class="TopMenu"><ul><li><a href="/">Trang chủ</a></li><li class="selected"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/du-lich">Du lịch</a></li></ul><div class="CurrentDate">{today_vn()}</div></div></div>
<div class="MainContent"><div class="LeftColumn">
<div class="ModuleTitle"><span>Tin tức - Sự kiện</span></div>
<div class="ArticleDetail" id="ArticleDetail_{nid}">
<h2 class="ArticleTitle">{e(a['title'])}</h2>
<div class="PostDate">{e(a['dl'])}</div>
<div class="ArticleToolbar"><a class="btnPrint" href="javascript:PrintArticle({nid})">In bài viết</a> <a class="btnSendMail" href="javascript:SendMail({nid})">Gửi bài viết</a> <a class="btnTextSize" href="#">Cỡ chữ</a></div>
{f'<div class="ArticleSummary"><strong>{e(a["lead"])}</strong></div>' if a['lead'] else ''}
<div class="ArticleContent">
{blocks_html(a['body'][:1])}
{_cap(a)}
{blocks_html(a['body'][1:])}
{_byline(a)}
</div>
<div class="ArticleTags"><span>Từ khóa:</span> <a href="/tim-kiem?tag=chuyen-doi-so">chuyển đổi số</a>, <a href="/tim-kiem?tag=gia-lai">Gia Lai</a></div>
<div class="ArticleRating"><span>Đánh giá bài viết:</span> <span class="stars" data-value="4"></span> (12 lượt)</div>
</div>
<div class="OtherNews"><div class="OtherNewsTitle">Các tin đã đăng</div>{other}</div>
</div>
<div class="RightColumn"><div class="Box"><div class="BoxTitle">Dịch vụ công trực tuyến</div><div class="BoxContent"><a href="https://dichvucong.example.gov.vn"><img src="/Portals/0/dvc.png" alt="Dịch vụ công" /></a></div></div>
<div class="Box"><div class="BoxTitle">Thăm dò ý kiến</div><div class="BoxContent">Bạn đánh giá thế nào về giao diện mới của cổng thông tin?</div></div></div>
</div>
<div class="Footer">Bản quyền thuộc Ủy ban nhân dân tỉnh Gia Lai. Phát triển trên nền tảng FPT eGov Portal.</div>
</form>
</body>
</html>
"""


def dnn(a):
    d = pdt(a)
    mid = 1893
    other = "".join(f'<li><a class="edn_otherArticle" href="/Tin-tuc/Chuyen-doi-so/ArticleID/{1800+i}/tin">{e(h)}</a> <span class="edn_metaDate">{w:%d/%m/%Y}</span></li>'
                    for i, (h, w) in enumerate(side(a, 6, 2)))
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{e(a['title'])} &gt; Tin tức &gt; Chuyển đổi số</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{e(a['lead'])}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=212" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=212" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/kontum/skin.css?cdv=212" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=212" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/{a['slug']}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(a, 1200)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form']; if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<div id="siteWrapper">
<div id="dnn_HeaderPane" class="HeaderPane"><div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Cổng TTĐT tỉnh Kon Tum" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png" alt="Cổng TTĐT tỉnh Kon Tum" /></a></div><div class="date-now">{today_vn()}</div></div>
<div id="dnn_NavPane"><ul class="topLevel"><li class="item first"><a href="/">Trang chủ</a></li><li class="item selected"><a href="/Tin-tuc">Tin tức</a></li><li class="item"><a href="/Chuyen-doi-so">Chuyển đổi số</a></li><li class="item last"><a href="/Lien-he">Liên hệ</a></li></ul></div>
<div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>
<div class="DNNContainer_Title_h2"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">Chuyển đổi số</span></h2>
<div id="dnn_ctr{mid}_ContentPane"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_newsDetails eds_styleSwitchCriteria_module-{mid}">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{e(a['title'])}</h1>
<div class="edn_metaDetails"><time class="edn_articleDate">{e(a['dl'])}</time> <span class="edn_articleViews">Lượt xem: 652</span></div>
<div class="edn_articleSummary">{e(a['lead'])}</div>
<div class="edn_mediaContainer"><img alt="" src="/Portals/0/EasyDNNNews/{mid}/images/nharong.jpg" /><p class="edn_caption">Thanh niên trong làng hướng dẫn người dân dùng điện thoại tại nhà rông.</p></div>
<div class="edn_articleContent">
{blocks_html(a['body'])}
{_byline(a)}
</div>
<div class="edn_socialPrintWrapper"><div class="edn_socialWrapper"><a class="edn_fb" href="#">Facebook</a><a class="edn_zalo" href="#">Zalo</a></div><a class="edn_printButton" href="javascript:window.print()">In</a></div>
</div>
<div class="edn_relatedArticles"><h3>Tin khác</h3><ul>{other}</ul></div>
</div></div></div></div></div></div>
</div>
<div id="dnn_RightPane" class="col-md-4 rightPane"><div class="DnnModule"><h2>Lịch công tác</h2><p>Lịch công tác tuần của lãnh đạo UBND tỉnh</p></div></div></div>
<div id="dnn_FooterPane" class="FooterPane"><p>Cổng thông tin điện tử tỉnh Kon Tum. Địa chỉ: 2 Trần Phú, TP. Kon Tum.</p></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{mid - 1800}`}}" />
</form>
</body>
</html>
"""


TEMPLATES = {"vnpt_aspnet": vnpt_aspnet, "viettel_portal": viettel_portal, "fpt_egov": fpt_egov, "dnn": dnn}
