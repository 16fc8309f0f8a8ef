"""Article templates. Each returns (html, date_string_shown, byline_needles)."""
import json

from common import WD, dt_iso
from tpl import E, breadcrumb, comments_html, og, page, render, share_html, side_box, slug, tags_html


def hm(dt):
    return dt.strftime("%H:%M")


def dmy(dt):
    return dt.strftime("%d/%m/%Y")


# 1. women's paper desktop (facts: docbao phunuvietnam config: .news-des sapo, .pull-left date,
#    .article-detail.content body, figure > figcaption > cite captions)
def women_paper_desk(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {dmy(dt)} - {hm(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<figure style="text-align: center;"><img src="{src}" alt=""><figcaption><cite>{cap}</cite></figcaption></figure>',
                  rel=lambda items: '<table class="simple-related" align="right"><tr><td><b>Tin liên quan</b><ul>' + "".join(
                      f'<li><a href="/{slug(t)}-{i}.html">{E(t)}</a></li>' for i, t in enumerate(items)) + "</ul></td></tr></table>")
    main = f"""<div class="article-head">
<div class="post-meta clearfix"><div class="pull-left">{ds}</div><div class="pull-right">{share_html("share")}</div></div>
<h1 class="news-title">{E(a["title"])}</h1>
<div class="news-des">{E(a["lead"])}</div>
</div>
<div class="article-detail content">
{body}
<p style="text-align: right;"><strong>Minh Thư</strong></p>
</div>
<div class="banner middle_post mb15 text-center"><a href="#"><img src="/ads/banner-728.jpg" alt="quảng cáo"></a></div>
{tags_html(["Hội Liên hiệp Phụ nữ", "kỹ năng số", "thương mại điện tử"], "tag-list")}
{comments_html("fb-comments")}"""
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Đọc nhiều", s["tpl"] + "b", 10, dt, fmt, cls="box-popular")
    head = og(a["title"], a["lead"], s["url"], extra=f'<meta property="article:published_time" content="{dt_iso(dt)}">')
    return page("Báo Phụ nữ Ngày nay", a["title"], main, aside, seed=s["tpl"], head_extra=head,
                addr="Số 39 phố Hàng Chuối, Hai Bà Trưng, Hà Nội", phone="024 3971 0001",
                bc=breadcrumb(["Xã hội", "Phụ nữ và kinh tế"], "breadcrumb-nav")), ds, ["Minh Thư"]


# 2. border guard paper (facts: docbao bienphong: span.bp-date-time, .bp-detail-sapo, .bp-detail-text-content,
#    .simplebox inline boxes, image div[style=text-align:center] > figure > figcaption)
def border_guard_paper(a, s):
    dt = s["dt"]
    ds = f"{hm(dt)} | {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<div style="text-align:center;"><figure><img src="{src}"><figcaption>{cap}</figcaption></figure></div>')
    main = f"""<article class="bp-detail">
<div class="bp-detail-cate"><a href="/bien-gioi-bien-dao/">Biên giới - Biển đảo</a></div>
<h1 class="bp-detail-title">{E(a["title"])}</h1>
<div class="bp-detail-info"><span class="bp-date-time">{ds}</span> <span class="bp-view">Lượt xem: 1.284</span></div>
<div class="bp-detail-sapo">{E(a["lead"])}</div>
<div class="bp-detail-text-content">
{body}
<div class="simplebox"><b>Cùng chuyên mục:</b> <a href="/don-bien-phong-gioi-thieu-viec-lam.html">Đồn biên phòng giới thiệu việc làm cho thanh niên</a></div>
<p class="bp-author" style="text-align:right"><b>Bài và ảnh: Trần Quốc Hưng</b></p>
</div>
{share_html()}
</article>"""
    fmt = lambda d: d.strftime("%H:%M | %d/%m/%Y")
    aside = side_box("Tin mới nhất", s["tpl"], 14, dt, fmt, cls="bp-box") + side_box("Xem nhiều", s["tpl"] + "x", 10, dt, fmt, cls="bp-box")
    return page("Báo Biên phòng Tổ quốc", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 8 đường Phan Đình Giót, Thanh Xuân, Hà Nội", phone="069 552 111",
                bc=breadcrumb(["Biên giới - Biển đảo"], "bp-breadcrumb")), ds, ["Trần Quốc Hưng"]


# 3. science portal (facts: docbao khoahoc.tv: .content.post-detail > .content-detail, sapo = first strong in
#    content-detail, span.date, images as p containing img with caption span)
def science_popular_site(a, s):
    dt = s["dt"]
    ds = f"Ngày đăng: {dt.strftime('%d/%m/%Y %H:%M:%S')}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<p style="text-align:center"><img src="{src}" alt=""><br><span>{cap}</span></p>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "author": {"@type": "Person", "name": "editor01"}, "datePublished": dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")}
    main = f"""<div class="content post-detail">
<h1 class="title">{E(a["title"])}</h1>
<div class="info"><span class="date">{ds}</span> <span class="cat"><a href="/khoa-hoc-may-tinh">Khoa học máy tính</a></span></div>
{share_html("share-bar")}
<div class="content-detail">
<p><strong>{E(a["lead"])}</strong></p>
{body}
<p class="author" style="text-align:right">Tác giả: <em>TS. Lê Văn Khải</em></p>
</div>
<div class="source">Nguồn: Viện Nghiên cứu Ứng dụng</div>
</div>
{comments_html()}"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Bài mới", s["tpl"], 15, dt, fmt) + side_box("Có thể bạn quan tâm", s["tpl"] + "y", 8, dt, fmt)
    head = og(a["title"], a["lead"], s["url"], extra=f'<meta name="author" content="editor01"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return page("Khoa học Phổ thông", a["title"], main, aside, seed=s["tpl"], head_extra=head,
                addr="Tầng 5, số 18 Hoàng Quốc Việt, Cầu Giấy, Hà Nội", phone="024 3756 0002",
                bc=breadcrumb(["Công nghệ", "Trí tuệ nhân tạo"])), ds, ["Lê Văn Khải"]


# 4. construction trade paper (facts: docbao baoxaydung: .content_article.entry-content.clearfix, sapo = first p > strong,
#    .publish_date, image p[style=text-align: center;] with caption span; inline table)
def construction_trade_paper(a, s):
    dt = s["dt"]
    ds = f"{dmy(dt)} | {hm(dt)}"
    body = render(a["blocks"], seed=s["tpl"], table_cls="tbl-data",
                  fig=lambda src, cap: f'<p style="text-align: center;"><img src="{src}" width="640"></p><p style="text-align: center;"><span style="color:#0000cd;">{cap}</span></p>')
    main = f"""<div class="article-header">
<h1 class="title_article">{E(a["title"])}</h1>
<div class="publish_date">{ds}</div>
</div>
<div class="content_article entry-content clearfix">
<p><strong>{E(a["lead"])}</strong></p>
{body}
<p style="text-align: right;"><em>Phóng viên: Hoàng Nam</em></p>
</div>
<div class="last-modified">Sửa đổi lần cuối: {(dt.replace(day=dt.day + 1)).strftime('%d/%m/%Y')} 17:05</div>
{share_html()}{tags_html(["cấp phép xây dựng", "dịch vụ công trực tuyến"])}"""
    fmt = lambda d: d.strftime("%d/%m %H:%M")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Tin nổi bật", s["tpl"] + "n", 10, dt, fmt)
    return page("Báo Xây dựng và Đô thị", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội", phone="024 3974 0003",
                bc=breadcrumb(["Quy hoạch - Kiến trúc"])), ds, ["Hoàng Nam"]


# 5. student paper (facts: docbao svvn: .description sapo, .time date, .content body, images p > img followed by
#    p[style*=center] > em caption)
def student_paper_site(a, s):
    dt = s["dt"]
    ds = f"{WD[dt.weekday()]}, {dmy(dt)} {hm(dt)} (GMT+7)"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<p><img src="{src}" alt=""></p><p style="text-align: center;"><em>{cap}</em></p>')
    main = f"""<div class="detail">
<div class="cate"><a href="/giao-duc/">Giáo dục</a> / <a href="/giao-duc/dai-hoc/">Đại học</a></div>
<h1 class="title-detail">{E(a["title"])}</h1>
<div class="time">{ds}</div>
<div class="description">{E(a["lead"])}</div>
<div class="content">
{body}
<p style="text-align:right"><strong>Nhóm PV</strong></p>
</div>
{share_html()}
{comments_html()}
</div>"""
    fmt = lambda d: d.strftime("%H:%M %d/%m")
    aside = side_box("Mới cập nhật", s["tpl"], 12, dt, fmt) + side_box("Đọc nhiều", s["tpl"] + "z", 10, dt, fmt)
    return page("Sinh viên Ngày nay", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 62 Bà Triệu, Hoàn Kiếm, Hà Nội", phone="024 3822 0004",
                bc=breadcrumb(["Giáo dục", "Đại học"])), ds, ["Nhóm PV"]


# 6. military region paper (facts: docbao quankhu4: .brief.font-size-text.mb-10 sapo, .post-date.left date,
#    .content-detail.font-size-text.mb-20 body, figure inside div[style=text-align:center;])
def military_region_paper(a, s):
    dt = s["dt"]
    ds = f"Ngày {dt.day} tháng {dt.month} năm {dt.year}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<div style="text-align:center;"><figure><img src="{src}"><figcaption><em>{cap}</em></figcaption></figure></div>')
    main = f"""<div class="post-detail">
<h1 class="post-title font-size-title">{E(a["title"])}</h1>
<div class="post-info clearfix"><span class="post-date left">{ds}</span><span class="post-view right">Lượt xem: 642</span></div>
<div class="brief font-size-text mb-10">{E(a["lead"])}</div>
<div class="content-detail font-size-text mb-20">
{body}
<p style="text-align:right"><strong>Hồng Sơn</strong></p>
</div>
{share_html()}
{side_box("Tin liên quan", s["tpl"] + "rl", 5, dt, lambda d: d.strftime("(%d/%m/%Y)"), cls="related")}
</div>"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Tin cùng chuyên mục", s["tpl"], 12, dt, fmt)
    aside += side_box("Tin đọc nhiều", s["tpl"] + "m", 8, dt, fmt)
    return page("Báo Quân khu Miền Trung", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 2 đường Phan Đăng Lưu, TP Vinh, Nghệ An", phone="0238 383 0005",
                bc=breadcrumb(["Quốc phòng - An ninh", "Xây dựng lực lượng"])), ds, ["Hồng Sơn"]


# 7. farmers paper (facts: docbao nongnghiep: .nn-top-post with sapo in p[2], .nn-time-post, .nn-text-post body,
#    .nn-user-post author, images as table with caption in tr[2]/td)
def farmers_paper(a, s):
    dt = s["dt"]
    h12 = dt.hour % 12 or 12
    ds = f"{h12:02d}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'}, {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<table class="picture" align="center"><tbody><tr><td><img src="{src}"></td></tr><tr><td class="caption">{cap}</td></tr></tbody></table>')
    main = f"""<div class="nn-top-post">
<p class="nn-cate"><a href="/trong-trot/">Trồng trọt</a></p>
<h1 class="nn-title-post">{E(a["title"])}</h1>
<p><span>{E(a["lead"])}</span></p>
<div class="nn-info"><span class="nn-user-post">Kim Anh - Văn Thái</span> <span class="nn-time-post">{ds}</span></div>
</div>
<div class="nn-text-post">
{body}
</div>
{share_html()}{tags_html(["lúa thu đông", "đồng bằng sông Cửu Long"])}
{side_box("Tin liên quan", s["tpl"] + "rl", 6, dt, lambda d: d.strftime("%H:%M %d/%m/%Y"), cls="nn-related")}"""
    fmt = lambda d: d.strftime("%d/%m/%Y")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Tin khác", s["tpl"] + "k", 12, dt, fmt)
    return page("Báo Nông thôn Hôm nay", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 14 Ngô Quyền, Hoàn Kiếm, Hà Nội", phone="024 3825 0006",
                bc=breadcrumb(["Trồng trọt"])), ds, ["Kim Anh", "Văn Thái"]


# 8. city security brief (facts: docbao an ninh Hai Phong: div.detailBox holding "%H:%M %d/%m/%Y")
def city_security_paper(a, s):
    dt = s["dt"]
    ds = f"{hm(dt)} {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"])
    main = f"""<div class="detailBox">
<div class="detailCate"><a href="/an-ninh-trat-tu/">An ninh trật tự</a></div>
<div class="detailTime">{ds}</div>
<h1 class="detailTitle">{E(a["title"])}</h1>
<h2 class="detailSapo">{E(a["lead"])}</h2>
<div class="detailContent">
{body}
<p align="right"><b>PV</b></p>
</div>
</div>
{share_html()}"""
    fmt = lambda d: d.strftime("%H:%M %d/%m/%Y")
    aside = side_box("Tin mới", s["tpl"], 16, dt, fmt) + side_box("Tin nổi bật", s["tpl"] + "t", 12, dt, fmt)
    return page("An ninh Thành phố Cảng", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 4 Lê Đại Hành, Hồng Bàng, Hải Phòng", phone="0225 384 0007",
                bc=breadcrumb(["An ninh trật tự"])), ds, ["PV"]


# 9. environment sector paper (facts: docbao tainguyenmoitruong: .col-lft > article > div.content, sapo = first p with span,
#    date = .article-detail > time)
def environment_sector_paper(a, s):
    dt = s["dt"]
    ds = f"Cập nhật: {hm(dt)}, {dmy(dt)}"
    body = render(a["blocks"], seed=s["tpl"],
                  fig=lambda src, cap: f'<div class="img-box"><img src="{src}"><figcaption>{cap}</figcaption></div>')
    main = f"""<div class="col-lft">
<article>
<div class="article-detail"><time>{ds}</time></div>
<h1 class="title">{E(a["title"])}</h1>
<div class="content">
<p><span>{E(a["lead"])}</span></p>
{body}
<p style="text-align:right"><strong>Thu Hà</strong></p>
</div>
</article>
{share_html()}
</div>"""
    fmt = lambda d: d.strftime("%H:%M %d/%m/%Y")
    aside = side_box("Tin mới", s["tpl"], 12, dt, fmt) + side_box("Xem nhiều", s["tpl"] + "e", 10, dt, fmt)
    return page("Báo Môi trường và Tài nguyên", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 85 Nguyễn Chí Thanh, Đống Đa, Hà Nội", phone="024 3773 0008",
                bc=breadcrumb(["Đất đai"]), layout_cls=("wrapper", "main-col", "col-rgt")), ds, ["Thu Hà"]


# 10. JSP port-city daily (facts: docbao bao Hai Phong: JSP InfoDetail.jsp links, div.row1.creatdate "%d/%m/%Y %H:%M")
def jsp_port_city_daily(a, s):
    dt = s["dt"]
    ds = f"{dmy(dt)} {hm(dt)}"
    body = render(a["blocks"], seed=s["tpl"], p='<p class="MsoNormal" style="text-align:justify">{}</p>')
    main = f"""<table width="100%" cellpadding="0" cellspacing="0" class="tblDetail"><tr><td>
<div class="row1 title"><h1>{E(a["title"])}</h1></div>
<div class="row1 creatdate">{ds}</div>
<div class="row1 sapo"><b>{E(a["lead"])}</b></div>
<div class="row1 content">
{body}
<p align="right"><b>Văn phòng UBND thành phố</b></p>
</div>
<div class="row1 updatedate">Ngày cập nhật: 02/02/2024 09:10</div>
<div class="row1 tool">{share_html()}</div>
</td></tr></table>
<div class="other-news"><h3>Các tin khác</h3><ul>""" + "".join(
        f'<li><a href="InfoDetail.jsp?id={9100 + i}">{E(t)}</a></li>' for i, t in enumerate(["Hội nghị tổng kết công tác cải cách hành chính", "Thành phố tiếp nhận hồ sơ qua bưu điện", "Lịch tiếp công dân tháng 2"])) + "</ul></div>"
    fmt = lambda d: d.strftime("(%d/%m/%Y)")
    aside = side_box("Tin mới nhận", s["tpl"], 14, dt, fmt) + side_box("Tiêu điểm", s["tpl"] + "f", 10, dt, fmt)
    return page("Báo Thành phố Cảng", a["title"], main, aside, seed=s["tpl"], head_extra='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
                addr="Số 5 Quang Trung, Hồng Bàng, Hải Phòng", phone="0225 384 0009",
                bc=breadcrumb(["Chính quyền"], "path", " > "), doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'), ds, ["Văn phòng UBND thành phố"]


# 11. regional TV brief (facts: docbao Truyen hinh Hai Phong: p.mnv-date "%d/%m/%Y - %H:%M"; two-digit year variant)
def regional_tv_brief(a, s):
    dt = s["dt"]
    ds = f"{dt.strftime('%d/%m/%y')} - {hm(dt)}"
    body = render(a["blocks"], seed=s["tpl"])
    main = f"""<div class="mnv-detail">
<div class="mnv-video"><video controls poster="/static/poster.jpg" src="/media/2024/03/cau-phao.mp4"></video></div>
<h1 class="mnv-title">{E(a["title"])}</h1>
<p class="mnv-date">{ds}</p>
<p class="mnv-sapo"><strong>{E(a["lead"])}</strong></p>
<div class="mnv-content">
{body}
<p class="mnv-author" style="text-align:right">Quang Minh - Thu Trang</p>
</div>
</div>
{share_html()}"""
    fmt = lambda d: d.strftime("%d/%m/%y - %H:%M")
    aside = side_box("Thời sự", s["tpl"], 12, dt, fmt) + side_box("Lịch phát sóng", s["tpl"] + "l", 12, dt, lambda d: d.strftime("%H:%M"))
    return page("Đài Phát thanh và Truyền hình Duyên Hải", a["title"], main, aside, seed=s["tpl"], head_extra=og(a["title"], a["lead"], s["url"]),
                addr="Số 1 Điện Biên Phủ, Ngô Quyền, Hải Phòng", phone="0225 374 0010",
                bc=breadcrumb(["Thời sự", "Giao thông"])), ds, ["Quang Minh", "Thu Trang"]
