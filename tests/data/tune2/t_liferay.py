"""Liferay portal templates: 6.2 journal content / asset publisher full content / abstracts, 7.x."""

import datetime as dt

from common import blocks_html, e, pdt, side, today_vn

CAPTION = "Quang cảnh hội nghị triển khai nhiệm vụ tại trụ sở UBND tỉnh."


def _lf6_head(a, title):
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(title)} - Cổng thông tin điện tử tỉnh</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/classic/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="https://{a['host']}/portal-theme/css/main.css?browserId=other&amp;themeId=portaltheme_WAR_portaltheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={{Browser:{{}},ThemeDisplay:{{getCompanyId:function(){{return "10154";}},getLanguageId:function(){{return "vi_VN";}},getPathMain:function(){{return "/c";}},isSignedIn:function(){{return false;}}}},PropsValues:{{NTLM_AUTH_ENABLED:false}}}};var themeDisplay=Liferay.ThemeDisplay;Liferay.AUI={{getFilter:function(){{return "min";}}}};Liferay.authToken="gX1pLq9Z";</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=portaltheme_WAR_portaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1700000000000" type="text/javascript"></script>
</head>
<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/guest" title="Về Trang chủ"><img alt="Cổng thông tin điện tử" height="90" src="/image/company_logo?img_id=10180&amp;t=1700000000" width="960" /></a></h1>
<div class="today-date">{today_vn()}</div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar"><li class="selected" id="layout_1" role="presentation"><a aria-labelledby="layout_1" href="/web/guest/trang-chu" role="menuitem"><span>Trang chủ</span></a></li><li id="layout_2" role="presentation"><a href="/web/guest/tin-tuc" role="menuitem"><span>Tin tức - Sự kiện</span></a></li><li id="layout_3" role="presentation"><a href="/web/guest/chuyen-doi-so" role="menuitem"><span>Chuyển đổi số</span></a></li><li id="layout_4" role="presentation"><a href="/web/guest/dich-vu-cong" role="menuitem"><span>Dịch vụ công</span></a></li></ul></nav>
</header>
<div id="content">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
"""


def _lf6_side(a):
    items = "".join(f'<li class="title-list"><a href="/web/guest/tin-tuc/-/asset_publisher/aB3xQ/content/tin-{i}">{e(h)}</a> <span class="metadata-entry metadata-publish-date">({w:%d/%m/%Y})</span></li>'
                    for i, (h, w) in enumerate(side(a, 6)))
    return f"""</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_INSTANCE_side01_"><span id="p_101_INSTANCE_side01"></span>
<section class="portlet" id="portlet_101_INSTANCE_side01"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin mới</span></h2></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body"><ul class="title-list">{items}</ul></div></div></div></section></div>
</div></div>
</div>
</div>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: số 1 đường Trần Phú. Điện thoại: 0238.3840.xxx</p><p class="powered-by">Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông</p></footer>
</div>
<script src="/html/js/liferay/available_languages.jsp?browserId=other&amp;themeId=portaltheme_WAR_portaltheme&amp;colorSchemeId=01&amp;languageId=vi_VN&amp;b=6210&amp;t=1700000000000" type="text/javascript"></script>
<script type="text/javascript">AUI().use('aui-base','liferay-menu','liferay-notice','liferay-poller',function(A){{(function(){{Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId,node){{Liferay.Util.addInputType(node);}});}})();}});</script>
</body>
</html>
"""


def _byline_source(a):
    out = a.get("byline") or ""
    if a.get("source"):
        out += f'<p style="text-align: right;"><em>Nguồn: {e(a["source"])}</em></p>'
    return out


def _figure(a):
    return (f'<p style="text-align: center;"><img alt="" src="/documents/10180/0/anh-{len(a["title"])}.jpg" style="width: 600px; height: 400px;" /></p>'
            f'<p style="text-align: center;"><em>{CAPTION}</em></p>')


def _body_with_figure(a, **kw):
    body = blocks_html(a["body"][:1], **kw) + "\n" + _figure(a) + "\n" + blocks_html(a["body"][1:], **kw)
    return body


def liferay6(a):
    tags = "".join(f'<a class="tag" href="/web/guest/tim-kiem?tag={e(t)}">{e(t)}</a>' for t in ("chuyển đổi số", "chỉ số DTI", "Nghệ An"))
    related = "".join(f'<li><a href="/web/guest/tin-tuc/-/journal_content/56_INSTANCE_Qw1/10180/{9000+i}">{e(h)}</a> <span class="date">- {w:%d/%m/%Y %H:%M}</span></li>'
                      for i, (h, w) in enumerate(side(a, 5, 7)))
    return _lf6_head(a, a["title"]) + f"""
<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-journal-content " id="p_p_id_56_INSTANCE_Jm4tK2_"><span id="p_56_INSTANCE_Jm4tK2"></span>
<section class="portlet" id="portlet_56_INSTANCE_Jm4tK2">
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
<div class="journal-content-article">
<div class="news-detail">
<h1 class="news-title">{e(a['title'])}</h1>
<div class="news-date"><i class="icon-time"></i> {e(a['dl'])}</div>
<div class="news-sapo"><strong>{e(a['lead'])}</strong></div>
<div class="news-content">
{_body_with_figure(a, table_attrs='border="1" cellpadding="1" cellspacing="1" style="width: 100%;"')}
{_byline_source(a)}
</div>
</div>
</div>
<div class="taglib-social-bookmarks" id="_56_INSTANCE_Jm4tK2_socialBookmarks"><ul class="lfr-component taglib-social-bookmarks-list"><li class="taglib-social-bookmark-facebook"><a class="btn" href="https://www.facebook.com/sharer/sharer.php?u=https://{a['host']}/{a['slug']}" target="_blank">Facebook</a></li><li class="taglib-social-bookmark-twitter"><a class="btn" href="https://twitter.com/intent/tweet?url=https://{a['host']}/{a['slug']}" target="_blank">Twitter</a></li></ul></div>
<div class="taglib-asset-tags-summary">Từ khóa: {tags}</div>
<div class="taglib-ratings stars"><div class="liferay-rating-vote" id="_56_INSTANCE_Jm4tK2_ratingStar"><div id="_56_INSTANCE_Jm4tK2_ratingStarContent"><div class="rating-label">Đánh giá bài viết</div></div></div></div>
<div class="journal-print"><a href="javascript:print();">In bài viết</a> | <a href="mailto:?subject={e(a['title'])}">Gửi email</a></div>
</div></div></div>
</section></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-asset-publisher " id="p_p_id_101_INSTANCE_rel01_"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin liên quan</span></h2></header><div class="portlet-content"><div class="portlet-body"><ul class="related-list">{related}</ul></div></div></section></div>
""" + _lf6_side(a)


def liferay6_ap(a):
    iid = a["slug"].split("/")[4]
    related = "".join(f'<li class="title-list"><a href="/web/guest/chuyen-doi-so/-/asset_publisher/{iid}/content/bai-{i}">{e(h)}</a><span class="metadata-entry metadata-publish-date"> {w:%d/%m/%Y}</span></li>'
                      for i, (h, w) in enumerate(side(a, 5, 5)))
    return _lf6_head(a, a["title"]) + f"""
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_INSTANCE_{iid}_"><span id="p_101_INSTANCE_{iid}"></span>
<section class="portlet" id="portlet_101_INSTANCE_{iid}">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Chuyển đổi số</span></h2></header>
<div class="portlet-content"><div class=" portlet-content-container" style=""><div class="portlet-body">
<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/chuyen-doi-so" id="_101_INSTANCE_{iid}_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span><h3 class="header-title"><span>{e(a['title'])}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{e(a['dl'])}</span><span class="metadata-entry metadata-view-count">Lượt xem: 1.284</span></div>
<div class="asset-content" id="_101_INSTANCE_{iid}_{len(a['title'])}">
<div class="journal-content-article">
<p class="sapo"><strong>{e(a['lead'])}</strong></p>
{_body_with_figure(a)}
{_byline_source(a)}
</div>
<div class="entry-links"></div>
<div class="asset-ratings"><div class="taglib-ratings stars"></div></div>
<div class="taglib-social-bookmarks"><ul class="lfr-component taglib-social-bookmarks-list"><li class="taglib-social-bookmark-facebook"><a href="#">Chia sẻ</a></li><li class="taglib-social-bookmark-zalo"><a href="#">Zalo</a></li></ul></div>
</div>
<div class="asset-related-assets"><h2 class="asset-links-title">Các tin khác</h2><ul class="asset-links-list">{related}</ul></div>
</div>
</div></div></div>
</section></div>
""" + _lf6_side(a)


def liferay6_list(a):
    iid = "Tq81c"
    base = dt.datetime(2025, 1, 20, 9, 0)
    heads = ["Thanh Hóa hỗ trợ 120 hợp tác xã đưa sản phẩm lên nền tảng số", "Sầm Sơn phủ sóng wifi miễn phí dọc bãi biển",
             "Thọ Xuân tổ chức ngày hội chuyển đổi số cấp huyện", "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
             "Triển khai bệnh án điện tử tại Bệnh viện Đa khoa tỉnh", "Ký kết hợp tác với doanh nghiệp bưu chính về thương mại điện tử",
             "Nông Cống số hóa hồ sơ địa chính", "Công bố kết quả khảo sát sự hài lòng của người dân"]
    rows = []
    for i, h in enumerate(heads):
        w = base - dt.timedelta(days=i * 4 + (i % 3), hours=i)
        rows.append(f"""
<div class="asset-abstract ">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="/web/guest/chuyen-doi-so/-/asset_publisher/{iid}/content/bai-{i}?redirect=%2Fweb%2Fguest%2Fchuyen-doi-so"><img alt="" src="/html/icons/journal.png" />{e(h)}</a></h3>
<div class="asset-content"><div class="asset-summary"><img class="asset-small-image" src="/documents/10180/0/thumb-{i}.jpg" width="150" />Tin hoạt động chuyển đổi số trên địa bàn tỉnh, cập nhật thường xuyên ...</div>
<div class="asset-more"><a href="/web/guest/chuyen-doi-so/-/asset_publisher/{iid}/content/bai-{i}">Xem tiếp <span class="helper-hidden-accessible">về {e(h)}</span> »</a></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{w:%d/%m/%Y %H:%M}</span></div>
</div>""")
    a = dict(a, title="Chuyển đổi số", pub="2025-01-20T09:00:00+07:00")
    return _lf6_head(a, "Chuyển đổi số") + f"""
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_INSTANCE_{iid}_">
<section class="portlet" id="portlet_101_INSTANCE_{iid}"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Chuyển đổi số</span></h2></header>
<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
{''.join(rows)}
<div class="taglib-page-iterator" id="_101_INSTANCE_{iid}_ocerSearchContainerPageIterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Trang 1 của 12</div><div class="lfr-pagination-delta-selector">8 mục mỗi trang</div></div><small class="search-results">Đang hiển thị 1 - 8 của 93 kết quả.</small><ul class="lfr-pagination-buttons pager"><li class="disabled first"><a href="javascript:;">&larr; Đầu</a></li><li class="disabled"><a href="javascript:;">Trước</a></li><li><a href="/web/guest/chuyen-doi-so/-/asset_publisher/{iid}/content?_101_INSTANCE_{iid}_cur=2">Tiếp</a></li><li class="last"><a href="/web/guest/chuyen-doi-so/-/asset_publisher/{iid}/content?_101_INSTANCE_{iid}_cur=12">Cuối &rarr;</a></li></ul></div></div>
</div></div></div></section></div>
""" + _lf6_side(a)


def _lf7_page(a, portlet_html):
    d = pdt(a)
    newest = "".join(f'<div class="list-group-item"><a class="text-truncate" href="/web/portal/tin-tuc/-/asset_publisher/Zp0kM/content/tin-{i}">{e(h)}</a><div class="text-secondary small">{w:%d/%m/%Y %H:%M}</div></div>'
                     for i, (h, w) in enumerate(side(a, 6, 9)))
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{e(a['title'])} - Cổng thông tin điện tử</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="{e(a['title'])}" />
<meta property="og:description" content="{e(a['lead'] or a['body'][0][:150])}" />
<meta property="og:type" content="website" />
<link data-senna-track="temporary" href="https://{a['host']}/{a['slug']}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="https://{a['host']}/o/portal-theme/css/main.css?browserId=other&amp;themeId=portaltheme_WAR_portaltheme&amp;languageId=vi_VN&amp;b=7413&amp;t=1700000000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">// <![CDATA[
var Liferay = Liferay || {{}};Liferay.Browser = {{}};Liferay.Data = {{NAV_SELECTOR: '#navigation', NAV_SELECTOR_MOBILE: '#navigationCollapse', isCustomizationView: function() {{return false;}}, notices: [null]}};Liferay.PortletKeys = {{DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet'}};Liferay.PropsValues = {{JAVASCRIPT_SINGLE_PAGE_APPLICATION_TIMEOUT: 0}};Liferay.ThemeDisplay = {{getLanguageId: function() {{return 'vi_VN';}}, getTimeZone: function() {{return 'Asia/Ho_Chi_Minh';}}, isSignedIn: function() {{return false;}}}};Liferay.authToken = 'Fh2kPq7m';Liferay.currentURL = '\\x2f{a['slug'][:20]}';
// ]]></script>
<script src="/o/frontend-js-web/loader/config.js?browserId=other&amp;languageId=vi_VN&amp;b=7413&amp;t=1700000000000" type="text/javascript"></script>
</head>
<body class="controls-visible chrome yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner"><div class="navbar navbar-classic navbar-top py-3"><div class="container user-personal-bar"><div class="align-items-center autofit-row"><a class="logo custom-logo align-items-center d-md-inline-flex d-sm-none d-none logo-md" href="https://{a['host']}/web/portal" title="Về Cổng thông tin"><img alt="" class="mr-2" height="64" src="/image/layout_set_logo?img_id=34512&amp;t=1700000000" /></a><div class="autofit-col autofit-col-expand"><span class="today">{today_vn()}</span></div></div></div></div>
<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3"><div class="container"><nav aria-label="Trang web" class="collapse navbar-collapse" id="navigationCollapse"><ul aria-label="Trang web" class="navbar-blank navbar-nav navbar-site" role="menubar"><li class="lfr-nav-item nav-item" id="layout_2" role="presentation"><a class="nav-link text-truncate" href="/web/portal/trang-chu" role="menuitem"><span class="text-truncate">Trang chủ</span></a></li><li class="lfr-nav-item nav-item selected active" id="layout_5" role="presentation"><a aria-current="true" class="nav-link text-truncate" href="/web/portal/tin-tuc" role="menuitem"><span class="text-truncate">Tin tức</span></a></li><li class="lfr-nav-item nav-item" id="layout_9" role="presentation"><a class="nav-link text-truncate" href="/web/portal/chuyen-doi-so" role="menuitem"><span class="text-truncate">Chuyển đổi số</span></a></li></ul></nav></div></div>
</header>
<section class="container flex-fill" id="content">
<div class="columns-2-8-4" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{portlet_html}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-barebone portlet-asset-publisher " id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_newest_">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_newest"><div class="portlet-content"><h2 class="portlet-title-text">Tin mới nhất</h2><div class="autofit-float autofit-row portlet-header"></div><div class="portlet-content-container"><div class="portlet-body"><div class="list-group">{newest}</div></div></div></div></section></div>
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="container"><p>Bản quyền thuộc Ủy ban nhân dân tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p><p>Powered By <a href="https://www.liferay.com" rel="external">Liferay</a></p></div></footer>
</div></div>
<script type="text/javascript">// <![CDATA[
Liferay.Loader.require('frontend-js-spa-web@4.0.38/liferay/init.es', function(frontendJsSpaWebLiferayInitEs) {{ try {{ frontendJsSpaWebLiferayInitEs.default.init(); }} catch (err) {{ console.error(err); }} }});
// ]]></script>
<!-- published {d:%Y-%m-%d} -->
</body>
</html>
"""


def liferay7(a):
    pid = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_Kc9vT1"
    return _lf7_page(a, f"""
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-decorate portlet-journal-content " id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-end"><div class="autofit-section"><div class="visible-interaction"></div></div></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="text-right user-tool-asset-addon-entries"></div>
<div class="journal-content-article " data-analytics-asset-id="{300000 + len(a['title'])}" data-analytics-asset-title="{e(a['title'])}" data-analytics-asset-type="web-content" data-analytics-web-content-resource-pk="{400000 + len(a['slug'])}">
<div class="chi-tiet-tin">
<h2 class="title">{e(a['title'])}</h2>
<p class="ngay-dang"><span class="fa fa-calendar"></span> {e(a['dl'])}</p>
<div class="tom-tat">{e(a['lead'])}</div>
<div class="noi-dung">
{_body_with_figure(a)}
{_byline_source(a)}
</div>
</div>
</div>
<div class="content-metadata-asset-addon-entries"><div class="content-metadata-asset-addon-entry content-metadata-asset-addon-entry-social-bookmarks"><div class="taglib-social-bookmarks"><ul class="list-inline"><li class="list-inline-item"><a class="lfr-portal-tooltip" href="https://www.facebook.com/sharer/sharer.php?u=https://{a['host']}/{a['slug']}" title="Facebook">Facebook</a></li><li class="list-inline-item"><a href="https://twitter.com/intent/tweet" title="Twitter">Twitter</a></li></ul></div></div>
<div class="content-metadata-asset-addon-entry content-metadata-asset-addon-entry-print"><a href="javascript:void(0);" title="In">In trang</a></div></div>
</div></div></div>
</section></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_rel7_"><section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Tin cùng chuyên mục</h2><div class="portlet-body"><ul class="list-unstyled">{''.join(f'<li><a href="/web/portal/tin-tuc/-/asset_publisher/Zp0kM/content/khac-{i}">{e(h)}</a> <small>({w:%d/%m/%Y})</small></li>' for i, (h, w) in enumerate(side(a, 5, 11)))}</ul></div></div></section></div>
""")


def liferay7_ap(a):
    iid = a["slug"].split("/")[4]
    pid = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{iid}"
    return _lf7_page(a, f"""
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-decorate portlet-asset-publisher " id="p_p_id_{pid}_">
<span id="p_{pid}"></span>
<section class="portlet" id="portlet_{pid}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Chuyển đổi số</h2></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title " data-fragments-editor-item-id="20129-{300 + len(a['slug'])}" data-fragments-editor-item-type="fragments-editor-mapped-item">
<div class="align-items-center d-flex mb-2"><p class="component-title h4"><span class="header-back-to-link"><a class="icon-monospaced" href="https://{a['host']}/web/portal/chuyen-doi-so" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" focusable="false" role="presentation"><use href="/o/portal-theme/images/clay/icons.svg#angle-left"></use></svg></a></span><span class="asset-title d-inline">{e(a['title'])}</span></p></div>
<span class="d-flex flex-row justify-content-end"><span class="metadata-entry metadata-publish-date text-secondary">{e(a['dl'])}</span></span>
<div class="asset-content mb-3">
<div class="journal-content-article " data-analytics-asset-id="{310000 + len(a['title'])}" data-analytics-asset-title="{e(a['title'])}" data-analytics-asset-type="web-content">
<p class="sapo"><b>{e(a['lead'])}</b></p>
{_body_with_figure(a, table_attrs='class="table table-bordered"', h_tag="h4")}
{_byline_source(a)}
</div>
</div>
<div class="asset-links mb-3"></div>
<div class="separator"><!-- --></div>
<div class="asset-tags"><span class="taglib-asset-tags-summary"><a class="label label-lg label-secondary text-uppercase" href="/web/portal/chuyen-doi-so/-/asset_publisher/{iid}/tag/ke-hoach">kế hoạch</a><a class="label label-lg label-secondary text-uppercase" href="/web/portal/chuyen-doi-so/-/asset_publisher/{iid}/tag/ha-nam">hà nam</a></span></div>
<div class="autofit-row autofit-row-center mb-4"><div class="autofit-col"><div class="taglib-social-bookmarks"><ul class="list-inline"><li class="list-inline-item"><a href="#">Facebook</a></li><li class="list-inline-item"><a href="#">LinkedIn</a></li></ul></div></div></div>
</div>
<div class="asset-publisher-related"><h3>Tin liên quan</h3><ul>{''.join(f'<li><a href="/web/portal/chuyen-doi-so/-/asset_publisher/{iid}/content/tin-{i}">{e(h)}</a> <span class="text-secondary">{w:%d/%m/%Y}</span></li>' for i, (h, w) in enumerate(side(a, 4, 13)))}</ul></div>
</div></div></div>
</section></div>
""")


TEMPLATES = {"liferay6": liferay6, "liferay6_ap": liferay6_ap, "liferay6_list": liferay6_list,
             "liferay7": liferay7, "liferay7_ap": liferay7_ap}
