"""Templates 13-24."""
import base64
import hashlib

from lib import body_html, dt, e, h12, viewstate, wd

D = "<!DOCTYPE html>\n"


def big_image_b64(n_bytes=760000):
    out, seed = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), b"holdout9"
    while len(out) < n_bytes:
        seed = hashlib.sha256(seed).digest()
        out.extend(seed)
    return base64.b64encode(bytes(out[:n_bytes])).decode()


# 13 AMP article of a youth-union newspaper (AMP boilerplate from memory)
def amp_youth_union(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y, %H:%M} (GMT+7)"
    h = f"""{D}<html amp lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title><link rel="canonical" href="{p['url'].replace('/amp/', '/')}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><style amp-boilerplate>body{{visibility:hidden}}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{p['pub']}","author":{{"@type":"Person","name":"{e(p['author'])}"}}}}</script></head>
<body><header class="amp-header"><a href="/">Thanh Niên Xung Kích</a></header><amp-sidebar id="menu" layout="nodisplay"><ul><li>Đoàn - Hội</li><li>Khởi nghiệp</li></ul></amp-sidebar>
<main><article><h1 class="amp-title">{e(p['title'])}</h1><div class="amp-meta"><span class="amp-author">{e(p['author_disp'])}</span> <time datetime="{p['pub']}">{ds}</time></div>
<p class="amp-sapo"><strong>{e(p['lead'])}</strong></p><amp-img src="/img/1.jpg" width="600" height="400" layout="responsive"></amp-img>
<div class="amp-body">{body_html(p['blocks'])}</div><div class="amp-tags"><a href="/tag/khoi-nghiep">khởi nghiệp</a></div></article>
<section class="amp-related"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/amp/1">Tuổi trẻ tình nguyện mùa đông</a> 30/11/2024</li></ul></section></main>
<footer>© Báo điện tử Thanh Niên Xung Kích</footer></body></html>"""
    return h, ds, None


# 14 NukeViet print popup (print view of a department news item)
def nukeviet_print_view(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y %H:%M}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title><meta name="robots" content="noindex"></head>
<body onload="window.print()"><div id="print"><div id="hd_print"><h2>Sở Tài chính</h2><p>https://so-tai-chinh.example.vn</p></div>
<div id="content"><h1>{e(p['title'])}</h1><ul class="list-inline"><li>{ds}</li><li>Lượt xem: 412</li></ul>
<div class="hometext">{e(p['lead'])}</div><div class="bodytext">{body_html(p['blocks'])}</div>
<div class="copyright"><p><strong>Tác giả:</strong> {e(p['author_disp'])}</p><p><strong>Nguồn tin:</strong> Phòng Tin học và Thống kê</p></div></div>
<div id="footer"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div></div></body></html>"""
    return h, ds, None


# 15 e-magazine of digital economy (long-form headings, byline "Thực hiện:"), memory
def digital_economy_magazine(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%y %H:%M}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])} - Tạp chí Kinh tế số</title><meta property="og:type" content="article">
<meta property="article:modified_time" content="2024-11-25T10:00:00+07:00"></head><body><div class="mag-top"><a href="/">KINH TẾ SỐ</a><span>Cơ quan của Hiệp hội Thương mại điện tử</span></div>
<div class="mag-article"><div class="mag-cate">Phân tích</div><h1>{e(p['title'])}</h1><div class="mag-info"><span class="mag-date">{ds}</span><span class="mag-view">1.024 lượt xem</span></div>
<div class="mag-sapo">{e(p['lead'])}</div><div class="mag-body">{body_html(p['blocks'], h='<h3 class="mag-h">{}</h3>')}</div>
<div class="mag-credit">Thực hiện: {e(p['author_disp'])}</div><div class="mag-source">Nguồn: Tạp chí Kinh tế số</div></div>
<div class="mag-more"><h4>Đọc thêm</h4><a href="/1">Thương mại điện tử tăng 25%</a> <span>20/11/2024</span></div><footer>Giấy phép 215/GP-BTTTT</footer></body></html>"""
    return h, ds, None


# 16 FPT e-government provincial portal, ASP.NET MVC, big inline base64 photo (memory)
def fpt_mvc_portal_bigimg(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y %H:%M}"
    img = big_image_b64()
    h = f"""{D}<html><head><meta charset="utf-8"><title>{e(p['title'])}</title><link href="/Content/portal.css" rel="stylesheet"></head><body>
<form id="aspnetForm" method="post" action="/Pages/tin-tuc/{p['id']}.aspx"><div class="portal-header"><span>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</span></div>
<div class="portal-menu"><a href="/">Trang chủ</a><a href="/chinh-quyen">Chính quyền</a><a href="/cong-dan">Công dân</a><a href="/doanh-nghiep">Doanh nghiệp</a></div>
<div class="news-detail"><div class="news-detail-title">{e(p['title'])}</div><div class="news-detail-date"><i class="fa fa-clock-o"></i> {ds}</div>
<div class="news-detail-sapo">{e(p['lead'])}</div><div class="news-detail-content"><p style="text-align:center"><img src="data:image/jpeg;base64,{img}" width="700"></p>
<p style="text-align:center"><em>Đại biểu tham quan gian trưng bày sản phẩm số. Ảnh: Cổng TTĐT</em></p>{body_html(p['blocks'])}</div>
<div class="news-detail-author"><strong>{e(p['author_disp'])}</strong></div></div>
<div class="news-other"><h3>Tin khác</h3><ul><li><a href="/a">Tiếp xúc cử tri trước kỳ họp</a> (19/11/2024)</li></ul></div>
<div class="portal-footer">Cơ quan chủ quản: Văn phòng UBND tỉnh. Phát triển bởi FPT IS.</div></form></body></html>"""
    return h, ds, None


# 17 mobile m-site of a national women's newspaper (off-topic health brief), memory
def womens_paper_mobile(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y} {d:%H:%M}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{e(p['title'])}</title></head>
<body class="m"><div class="m-header"><a href="/">Phụ Nữ Việt</a></div><div class="m-article"><h1>{e(p['title'])}</h1>
<div class="m-meta"><span>{ds}</span></div><h2 class="m-sapo">{e(p['lead'])}</h2><div class="m-content">{body_html(p['blocks'])}<p class="author" style="text-align:right"><strong>{e(p['author_disp'])}</strong></p></div>
<div class="m-related"><p>Xem thêm</p><a href="/1">Bổ sung vi chất cho trẻ mùa lạnh</a></div></div><div class="m-footer">Cơ quan của Hội Liên hiệp Phụ nữ</div></body></html>"""
    return h, ds, None


# 18 CMC e-gov district portal with "Ngày cập nhật" + views, table wrapper (memory)
def cmc_district_portal(p):
    d = dt(p["pub"])
    hh, suf = h12(d, "AM")
    ds = f"{d.month}/{d.day}/{d.year} {hh}:{d:%M} {suf}"
    h = f"""{D}<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(p['title'])}</title></head><body>
<form name="aspnetForm" method="post" action="ChiTietTin.aspx?id={p['id']}" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE4{viewstate(p['id'], 18000)}"><table width="100%" class="khung"><tr><td class="banner">UBND HUYỆN THANH SƠN</td></tr>
<tr><td><table width="100%"><tr><td width="75%" valign="top"><div class="ChiTiet"><span class="TieuDe">{e(p['title'])}</span><br>
<span class="NgayDang">Ngày đăng: {ds}</span><div class="TomTat">{e(p['lead'])}</div><div class="NoiDung">{body_html(p['blocks'])}</div>
<div class="TacGia" align="right"><b>{e(p['author_disp'])}</b></div></div></td>
<td valign="top" class="right"><div class="box"><b>Lịch công tác</b><p>Tuần 47 (18/11/2024 - 24/11/2024)</p></div></td></tr></table></td></tr>
<tr><td class="footer">Đơn vị phát triển: CMC TS</td></tr></table></form></body></html>"""
    return h, ds, None


# 19 ministry of science and technology news detail (Tin KH&CN), memory
def ministry_st_news(p):
    d = dt(p["pub"])
    ds = f"{wd(d)}, ngày {d.day} tháng {d.month} năm {d.year}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title></head><body><div class="head">BỘ KHOA HỌC VÀ CÔNG NGHỆ</div>
<div class="main"><div class="bread">Tin tức &raquo; Hoạt động của Bộ</div><h1 class="ttitle">{e(p['title'])}</h1><p class="tdate">{ds}</p>
<div class="tbody"><p><strong>{e(p['lead'])}</strong></p>{body_html(p['blocks'])}<p style="text-align:right">{e(p['credit'])}</p></div>
<div class="tother"><b>Các tin khác</b><ul><li>Hội đồng giải thưởng chất lượng quốc gia họp phiên thứ nhất (21/11/2024)</li></ul></div></div>
<div class="foot">Cổng thông tin điện tử Bộ Khoa học và Công nghệ</div></body></html>"""
    return h, ds, p["credit"]


# 20 Viettel-built provincial department portal (Angular-free server render), "Theo ... (Báo ...)" credit, memory
def viettel_department_reprint(p):
    d = dt(p["pub"])
    ds = f"{d:%H:%M} {d:%d/%m/%Y}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])} - Sở Y tế</title></head><body><header class="vt-header">SỞ Y TẾ</header>
<div class="vt-content"><div class="vt-article"><h1 class="vt-title">{e(p['title'])}</h1><div class="vt-info"><span class="vt-time">{ds}</span> <span class="vt-poster">Người đăng: Quản trị viên</span></div>
<div class="vt-summary">{e(p['lead'])}</div><div class="vt-body">{body_html(p['blocks'])}</div><p class="vt-src"><em>Theo {e(p['author'])} (Báo Sức khỏe Miền Trung)</em></p></div>
<div class="vt-side"><h3>Thông báo</h3><p>Lịch tiêm chủng mở rộng tháng 12 (28/11/2024)</p></div></div><footer>Phát triển bởi Viettel</footer></body></html>"""
    return h, ds, None


# 21 VNPT department portal (news detail with "Ngày cập nhật" + print/email icons), memory
def vnpt_department_portal(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y %H:%M:%S}"
    h = f"""{D}<html><head><meta charset="utf-8"><title>{e(p['title'])}</title><meta name="author" content="VNPT"></head><body>
<div class="vnpt-header"><img src="/Data/logo.png" alt="Sở Nội vụ"><div class="vnpt-search"><input placeholder="Tìm kiếm"></div></div>
<div class="vnpt-breadcrumb">Trang chủ &gt; Tin tức - Sự kiện &gt; Cải cách hành chính</div>
<div class="vnpt-detail"><h1 class="title-detail">{e(p['title'])}</h1><div class="date-detail">Ngày đăng: {ds} | Lượt xem: 207</div>
<div class="summary-detail">{e(p['lead'])}</div><div class="content-detail">{body_html(p['blocks'])}</div>
<div class="author-detail" style="text-align:right"><b>{e(p['author_disp'])}</b></div><div class="print">In bài | Gửi bài</div></div>
<div class="vnpt-related"><h3>Tin liên quan</h3><ul><li>Hướng dẫn chấm điểm cải cách hành chính 2024 <i>(14/10/2024)</i></li></ul></div>
<div class="vnpt-footer">Thiết kế bởi VNPT</div></body></html>"""
    return h, ds, None


# 22 Liferay 7 Web Content Display (journal-content-article) on a province newsroom, memory
def liferay_web_content_display(p):
    d = dt(p["pub"])
    ds = f"{d:%d/%m/%Y %H:%M}"
    h = f"""{D}<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{e(p['title'])} - Cổng TTĐT tỉnh</title><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head>
<body class="public-page"><div id="wrapper"><header id="banner"><a href="/">Cổng Thông tin điện tử tỉnh</a></header>
<section id="content"><div class="portlet-boundary portlet-journal-content"><div class="portlet-content"><div class="journal-content-article" data-analytics-asset-type="web-content">
<div class="news-detail"><h1 class="title">{e(p['title'])}</h1><div class="meta"><span class="publish-date">{ds}</span><span class="category">Chính quyền số</span></div>
<p class="summary"><strong>{e(p['lead'])}</strong></p>{body_html(p['blocks'])}<p style="text-align:right"><strong>{e(p['author_disp'])}</strong></p></div></div></div></div>
<div class="portlet-asset-publisher"><h3>Tin cùng chuyên mục</h3><div class="asset-abstract"><a href="/x">Kết nối liên thông văn bản 4 cấp chính quyền</a><span class="date">20/11/2024 10:00</span></div></div></section>
<footer id="footer">Cơ quan chủ quản: UBND tỉnh</footer></div></body></html>"""
    return h, ds, None


# 23 Mekong regional daily, traffic news with top byline and "Cập nhật" modified time, memory
def mekong_regional_daily(p):
    d = dt(p["pub"])
    ds = f"{wd(d)}, {d:%d/%m/%Y %H:%M}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title><meta property="og:type" content="article"></head><body>
<div class="hdr"><a href="/">BÁO ĐỒNG BẰNG</a>{''.join(f'<a href="/{x}">{x}</a>' for x in ['Thời sự','Giao thông','Kinh tế','Xã hội'])}</div>
<div class="art"><h1>{e(p['title'])}</h1><div class="art-by">Phóng viên: <b>{e(p['author_disp'])}</b></div><div class="art-time">{ds} <span class="upd">Cập nhật: {p['mod']}</span></div>
<div class="art-sapo">(BĐB) - {e(p['lead'])}</div><div class="art-body">{body_html(p['blocks'])}</div></div>
<div class="most"><h3>Xem nhiều</h3><p>Giá lúa tăng nhẹ <span>02/12/2024</span></p></div><div class="ft">Báo Đồng Bằng</div></body></html>"""
    return h, ds, None


# 24 city radio station news brief, time with "lúc" and seconds absent, memory
def city_radio_brief(p):
    d = dt(p["pub"])
    ds = f"{d:%H:%M}, {d:%d/%m/%Y}"
    h = f"""{D}<html lang="vi"><head><meta charset="utf-8"><title>{e(p['title'])}</title></head><body><div class="radio-top">ĐÀI TIẾNG NÓI NHÂN DÂN THÀNH PHỐ</div>
<div class="radio-live">Nghe trực tuyến FM 99.9 MHz</div><div class="post"><h1>{e(p['title'])}</h1><div class="post-time">{ds}</div>
<div class="post-audio"><audio controls src="/audio/{p['id']}.mp3"></audio></div><div class="post-content">{body_html(p['blocks'])}</div>
<div class="post-author">{e(p['author_disp'])}</div></div><div class="footer">Đài Tiếng nói Nhân dân Thành phố</div></body></html>"""
    return h, ds, None
