"""Articles 1-10."""
import json

from blocks import render, to_text
from chrome import E, comments, crumbs, doc, footer, header, share_bar, side_list, sidebar, tags
from texts import SUBHEADS, paragraphs


def body(topic, seed, n_par, n_sub=2, extra=None, per=(3, 5)):
    ps = paragraphs(topic, seed, n_par, per, extra)
    subs = SUBHEADS[topic]
    out = []
    step = max(2, n_par // (n_sub + 1)) if n_sub else 0
    si = 0
    for i, p in enumerate(ps):
        if n_sub and i and i % step == 0 and si < n_sub:
            out.append(("h", subs[(seed + si) % len(subs)]))
            si += 1
        out.append(("p", p))
    return out


def truth(tpl, url, flags, title, lead, author, pub, ts, rel, blocks, date_str, credit=None):
    return {"template": tpl, "url": url, "flags": flags, "is_article": True, "relevant": rel, "title": title,
            "lead": lead, "author": author, "published_at": pub, "time_shown": ts, "text": to_text(blocks),
            "_date": date_str, "_credit": credit}


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


def p01():
    tpl, site = "h25-party-daily-aspnetform-ngay-dang-sec", "Báo Sơn Hà"
    title = "Sơn Hà đẩy nhanh cung cấp dịch vụ công trực tuyến toàn trình"
    lead = "Trong quý I, tỉnh Sơn Hà đã đưa thêm 46 thủ tục hành chính lên môi trường mạng, tỷ lệ hồ sơ trực tuyến tăng rõ rệt."
    bl = body("digital", 101, 7, 2) + [("img", "Cán bộ bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến.")]
    bl = bl[:3] + [bl[-1]] + bl[3:-1]
    ds = "Ngày đăng: 18/04/2024 09:50:00"
    vs = "/wEPDwUK" + ("MTY3NjA0NTk2Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYCZg8WAh4EVGV4dAVk" * 160)
    art = (f'<div class="news-detail"><h1 class="title-detail">{E(title)}</h1><div class="date-detail">{ds}</div>'
           f'{share_bar()}<div class="sapo-detail"><strong>{E(lead)}</strong></div>'
           f'<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="content-detail">{render(bl, img_style="em")}</div>'
           f'<div class="author-detail" style="text-align:right"><b>Tác giả: Hoàng Minh Đức</b></div>'
           f'{tags(["chuyển đổi số", "dịch vụ công trực tuyến", "Sơn Hà"])}'
           f'{side_list("Tin liên quan", 11, 6, "related-news")}{comments(1)}</div>')
    page = doc(f"<title>{E(title)} - {site}</title><meta property='og:type' content='article'>",
               f'<form name="aspnetForm" method="post" action="./chi-tiet.aspx?id=50213" id="aspnetForm">'
               f'<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"></div>'
               f'{header(site, 1)}{crumbs(["Chính trị", "Chuyển đổi số"])}<div class="main"><div class="col-left">{art}'
               f'</div>{sidebar(1)}</div>{footer(site, "Số 12 đường Trần Phú, TP. Sơn Hà", 1)}'
               f'<input type="hidden" name="__EVENTVALIDATION" value="/wEdAAJkL2x0"></form>')
    return page, truth(tpl, "https://h25-party-daily-aspnetform-ngay-dang-sec.example.vn/chuyen-doi-so/chi-tiet.aspx?id=50213",
                       ["aspnet-form", "viewstate", "seconds", "sapo-element", "em-caption", "author-bottom-right"],
                       title, lead, "Hoàng Minh Đức", "2024-04-18T09:50:00+07:00", True, True, bl, ds)


def p02():
    tpl, site = "h25-national-daily-vc-sapo-weekday-gmt7", "Báo Thời Đại Số"
    title = "Kinh tế số phải trở thành động lực tăng trưởng mới của các địa phương"
    lead = "Nhiều chuyên gia cho rằng các tỉnh cần coi dữ liệu là tài nguyên, đầu tư hạ tầng số đi trước một bước."
    bl = body("digital", 202, 6, 2, ["Tại diễn đàn, các đại biểu thảo luận về vai trò của kinh tế số với tăng trưởng vùng."])
    bl.insert(2, ("related", ["Doanh nghiệp nhỏ loay hoay với chuyển đổi số", "Sàn thương mại điện tử cho nông sản"]))
    bl.insert(4, ("quote", "Chuyển đổi số không phải câu chuyện công nghệ mà là câu chuyện thay đổi cách nghĩ, cách làm."))
    ds = "Thứ năm, 20/06/2024 - 14:35 (GMT+7)"
    head = (f"<title>{E(title)} | {site}</title><meta property='article:published_time' content='2024-06-19T08:00:00+07:00'>"
            f"<meta property='og:title' content='{E(title)}'>")
    art = (f'<div class="detail-top"><div class="detail-cate"><a href="/kinh-te-so.htm">Kinh tế số</a></div>'
           f'<span class="detail-time" data-role="publishdate">{ds}</span></div>'
           f'<h1 class="detail-title" data-role="title">{E(title)}</h1>'
           f'<h2 class="detail-sapo" data-role="sapo">{E(lead)}</h2>'
           f'<div class="detail-cmain" data-role="content" id="main-detail">{render(bl, img_style="figure")}</div>'
           f'<div class="detail-author"><div class="name">Thanh Hà - Quốc Việt</div></div>'
           f'{tags(["kinh tế số", "dữ liệu", "hạ tầng số"])}{share_bar()}')
    page = doc(head, f'{header(site, 2)}<main class="detail-page"><div class="container">{crumbs(["Kinh tế", "Kinh tế số"])}'
               f'<div class="detail-content">{art}{side_list("Tin cùng chuyên mục", 21, 8, "box-category")}</div>'
               f'{sidebar(2)}</div></main>{footer(site, "Tầng 7, 68 phố Lý Thường Kiệt, Hà Nội", 2)}')
    return page, truth(tpl, "https://h25-national-daily-vc-sapo-weekday-gmt7.example.vn/kinh-te-so-phai-tro-thanh-dong-luc-"
                       "tang-truong-moi-20240620143512345.htm", ["vccorp-style", "weekday", "gmt7", "stale-meta",
                       "two-authors-dash", "inline-related", "quote"], title, lead, "Thanh Hà, Quốc Việt",
                       "2024-06-20T14:35+07:00", True, True, bl, ds)


def p03():
    tpl, site = "h25-broadcaster-prefix-ch-slash-station", "Đài Phát thanh Tiếng Nói Miền Núi"
    title = "Bản vùng cao có điểm phát sóng 4G, người dân học cách dùng ví điện tử"
    lead = "Sau nhiều năm chờ đợi, người dân bản Pá Khoang đã có sóng di động ổn định và bắt đầu làm quen với thanh toán số."
    bl = body("digital", 303, 6, 1) + [("video",)]
    bl.insert(1, ("img", "Trạm phát sóng mới được lắp đặt trên đỉnh đồi cạnh bản."))
    ds = "Thứ hai, 08:15 CH, 11/03/2024"
    art = (f'<div class="article-detail"><div class="article__meta"><span class="cate">Xã hội</span> '
           f'<span class="time">{ds}</span></div><h1 class="article__title cms-title">{E(title)}</h1>'
           f'<div class="article__sapo cms-desc"><p>VOV.VN - {E(lead)}</p></div>{share_bar()}'
           f'<div class="article__body cms-body">{render(bl)}'
           f'<p style="text-align:right"><strong>Ngọc Anh/Đài TNMN-Tây Bắc</strong></p></div>'
           f'{tags(["sóng 4G", "ví điện tử", "xã hội số"])}{side_list("Tin liên quan", 31, 5, "article__related")}</div>')
    page = doc(f"<title>{E(title)} | Đài TNMN</title>{ld({'@type': 'NewsArticle', 'headline': title})}",
               f'{header(site, 3)}{crumbs(["Xã hội"])}<div class="main">{art}{sidebar(3, ("Nghe nhiều", "Xem nhiều"))}</div>'
               f'<div class="player"><audio controls src="/radio/live.mp3"></audio></div>'
               f'{footer(site, "45 Hoàng Diệu, phường Điện Biên, Hà Nội", 3)}')
    return page, truth(tpl, "https://h25-broadcaster-prefix-ch-slash-station.example.vn/xa-hoi/ban-vung-cao-co-diem-phat-"
                       "song-4g-post1093456.vov", ["broadcaster", "outlet-prefix", "12h-ch", "weekday-time-first",
                       "author-slash-outlet", "video-embed", "figcaption"], title, lead, "Ngọc Anh",
                       "2024-03-11T20:15+07:00", True, True, bl, ds)


def p04():
    tpl, site = "h25-agency-wire-brief-cap-nhat-luc", "Thông tấn Miền Trung"
    title = "Xe tải lấn làn gây va chạm trên quốc lộ, hai người bị thương"
    lead = ""
    bl = [("p", "Khoảng 6 giờ 20 sáng nay, tại km 512 quốc lộ 1 đoạn qua xã Hòa Phong, xe tải biển kiểm soát 77C-123.45 "
                "va chạm với xe khách đang đi ngược chiều.")] + [("p", p) for p in paragraphs("traffic", 404, 2, (2, 3))]
    ds = "Cập nhật lúc 07:05 ngày 02/02/2025"
    art = (f'<div class="story"><h1 class="story__heading">{E(title)}</h1><div class="story__meta"><time>{ds}</time></div>'
           f'<div class="story__body">{render(bl)}<p class="author"><em>Theo TTXVN</em></p></div>'
           f'{side_list("Tin khác", 41, 10, "story__more")}</div>')
    page = doc(f"<title>{E(title)}</title><meta property='og:type' content='article'>",
               f'{header(site, 4)}{crumbs(["Xã hội", "Giao thông"])}<div class="wrap">{art}{sidebar(4)}</div>'
               f'{footer(site, "79 Lý Thường Kiệt, Đà Nẵng", 4)}')
    return page, truth(tpl, "https://h25-agency-wire-brief-cap-nhat-luc.example.vn/xa-hoi/xe-tai-lan-lan-gay-va-cham-"
                       "20250202070512.html", ["brief", "off-topic-traffic", "cap-nhat-only", "theo-ttxvn", "no-lead"],
                       title, lead, None, "2025-02-02T07:05+07:00", True, False, bl, ds)


def p05():
    tpl, site = "h25-farm-weekly-joomla-itemprop-date-only", "Tuần báo Nhà Nông"
    title = "Nông dân Bắc Lâm xuống giống vụ đông xuân sớm hơn mọi năm"
    lead = "Tận dụng nguồn nước dồi dào, nhiều hợp tác xã đã hoàn thành gieo cấy trước lịch khung của ngành nông nghiệp."
    bl = body("agri", 505, 5, 1) + [("table", [["Hạng mục", "Vụ trước", "Vụ này"], ["Diện tích (ha)", "12.400", "12.950"],
                                               ["Năng suất (tạ/ha)", "61,5", "63,2"]])]
    bl.insert(2, ("img", "Nông dân xã Phú Điền làm đất chuẩn bị gieo cấy."))
    ds = "Thứ sáu, 15 Tháng 3 2024"
    art = (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
           f'<h2 itemprop="headline">{E(title)}</h2></div><dl class="article-info muted"><dd class="createdby" '
           f'itemprop="author"><span itemprop="name">Viết bởi quantri</span></dd><dd class="published"><time '
           f'itemprop="datePublished" datetime="2024-03-15T02:11:40+00:00">{ds}</time></dd><dd class="hits">Lượt xem: 1532</dd>'
           f'</dl><div itemprop="articleBody"><p><strong>{E(lead)}</strong></p>{render(bl, "pj", "table")}'
           f'<p style="text-align:right"><strong>Bài và ảnh: Lê Thu Trang</strong></p></div>'
           f'<ul class="pager pagenav"><li class="previous"><a href="#">Trước</a></li><li class="next"><a href="#">Tiếp</a>'
           f'</li></ul></div>')
    page = doc(f"<title>{E(title)}</title><meta name='generator' content='Joomla! - Open Source Content Management'>",
               f'{header(site, 5)}{crumbs(["Nông nghiệp", "Trồng trọt"])}<div id="content" class="span9">{art}</div>'
               f'<div class="span3">{sidebar(5, ("Bài mới", "Đọc nhiều"))}</div>{footer(site, "14 Ngô Quyền, Hà Nội", 5)}')
    return page, truth(tpl, "https://h25-farm-weekly-joomla-itemprop-date-only.example.vn/trong-trot/1234-nong-dan-bac-lam-"
                       "xuong-giong-som.html", ["joomla", "itemprop-articlebody", "date-only", "bold-sapo-in-body",
                       "createdby-account", "bai-va-anh", "table", "table-caption", "off-topic-agri"],
                       title, lead, "Lê Thu Trang", "2024-03-15T00:00:00+07:00", False, False, bl, ds)


def p06():
    tpl, site = "h25-trade-weekly-drupal-node-gui-boi-bold-tail", "Tạp chí Thương Mại Số"
    title = "Hóa đơn điện tử giúp hộ kinh doanh minh bạch doanh thu"
    lead = ("Từ đầu năm, hàng nghìn hộ kinh doanh tại các chợ đầu mối đã chuyển sang dùng hóa đơn điện"
            " tử khởi tạo từ máy tính tiền.")
    bl = body("digital", 606, 6, 2) + [("ul", ["Cài đặt phần mềm máy tính tiền có kết nối", "Đăng ký chữ ký số",
                                               "Kết nối dữ liệu với cơ quan thuế"])]
    ds = "Chủ nhật, 14/07/2024 - 21:10"
    art = (f'<div id="node-8812" class="node node-article node-promoted clearfix"><h1 class="title">{E(title)}</h1>'
           f'<div class="submitted"><span>Gửi bởi <a href="/user/1">admin</a> vào {ds}</span></div>'
           f'<div class="field field-name-field-sapo"><div class="field-item even">{E(lead)}</div></div>'
           f'<div class="field field-name-body field-type-text-with-summary">'
               f'<div class="field-items"><div class="field-item even" '
           f'property="content:encoded">{render(bl, "p", "table")}<p><strong>Phạm Quang Huy</strong></p></div></div></div>'
           f'<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div> hóa đơn điện tử, thuế</div>'
           f'<ul class="links inline"><li class="comment-add"><a href="#">Thêm bình luận mới</a></li></ul></div>')
    page = doc(f"<title>{E(title)} | {site}</title><meta name='Generator' content='Drupal 7 (http://drupal.org)'>",
               f'<div id="page">{header(site, 6)}{crumbs(["Thương mại điện tử"])}<div id="main"><div id="content" '
               f'class="column">{art}{comments(6)}</div>{sidebar(6)}</div>{footer(site, "21 Phan Chu Trinh, Hà Nội", 6)}</div>')
    return page, truth(tpl, "https://h25-trade-weekly-drupal-node-gui-boi-bold-tail.example.vn/thuong-mai-dien-tu/hoa-don-"
                       "dien-tu-giup-ho-kinh-doanh-minh-bach", ["drupal7", "gui-boi-admin", "weekday-chu-nhat",
                       "bold-name-last-line", "list", "field-sapo"], title, lead, "Phạm Quang Huy",
                       "2024-07-14T21:10+07:00", True, True, bl, ds)


def p07():
    tpl, site = "h25-health-wp-entry-pm-modified-below", "Sức Khỏe Cộng Đồng"
    title = "Số ca sốt xuất huyết tăng, bệnh viện tuyến tỉnh bổ sung giường bệnh"
    lead = "Chỉ trong một tuần, các bệnh viện trên địa bàn tiếp nhận số bệnh nhân sốt xuất huyết gần gấp đôi tuần trước."
    bl = body("health", 707, 5, 1)
    bl.insert(3, ("img", "Bác sĩ thăm khám cho bệnh nhân sốt xuất huyết tại khoa Truyền nhiễm."))
    ds = "Đăng lúc 3:45 PM 09/09/2024"
    art = (f'<article id="post-33127" class="post-33127 post type-post status-publish format-standard hentry category-'
           f'suc-khoe"><header class="entry-header"><h1 class="entry-title">{E(title)}</h1><div class="entry-meta">'
           f'<span class="posted-on">{ds}</span> <span class="byline">Phóng viên: PV</span></div></header>'
           f'<div class="entry-content"><p class="sapo"><em>{E(lead)}</em></p>{render(bl)}'
           f'<p class="modified">Ngày cập nhật: 11/09/2024 10:02</p></div>'
           f'<footer class="entry-footer">{tags(["sốt xuất huyết", "y tế"])}</footer></article>')
    page = doc(f"<title>{E(title)} &#8211; {site}</title><meta property='article:published_time' "
               f"content='2024-09-09T08:45:00+00:00'><meta property='article:modified_time' content='2024-09-11T03:02:00+00:00'>",
               f'<div id="page" class="site">{header(site, 7)}<div id="content" class="site-content"><div id="primary">'
               f'{art}{comments(7)}</div><div id="secondary" class="widget-area">{sidebar(7, ("Bài viết mới", "Xem nhiều"))}'
               f'</div></div>{footer(site, "88 Giải Phóng, Hà Nội", 7)}</div>')
    return page, truth(tpl, "https://h25-health-wp-entry-pm-modified-below.example.vn/2024/09/09/so-ca-sot-xuat-huyet-tang/",
                       ["wordpress", "entry-content", "12h-pm", "modified-below", "pv", "italic-sapo-in-body",
                        "off-topic-health"], title, lead, "PV", "2024-09-09T15:45+07:00", True, False, bl, ds)
