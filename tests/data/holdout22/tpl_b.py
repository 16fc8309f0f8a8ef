"""Article templates 11-19 and their specs."""
import json

from blocks import render
from chrome import E, ad_scripts, blob, comments, footer, head, menu, pad_to, share_bar, side_box
from content import side_items
from tpl_a import crumbs, ld, shell, sidebar, viewstate


def isec(iso):
    return iso.replace("+07:00", ":00+07:00")


def t_mobile(rng, a):
    """m. host mobile page, GMT+7, 'Theo TTXVN' only."""
    hx = '<link rel="canonical" href="https://www.example.vn/tin"><meta name="HandheldFriendly" content="true">'
    lst = "".join(f'<div class="m-item"><a href="#">{E(t)}</a><span class="m-time">{h} {d}</span></div>'
                  for t, d, h in side_items(rng, 12))
    page = (head(a["title"], a["site"], hx, rng) + '<body class="mobile">'
            '<header class="m-header"><a class="m-logo" href="/">Trang chủ</a><button class="m-menu-btn">☰</button>'
            + menu("m-nav") + '</header><div class="m-detail">'
            f'<div class="m-cate"><a href="#">Kinh tế số</a></div><h1 class="m-title">{E(a["title"])}</h1>'
            f'<div class="m-date">{a["date"]}</div><h2 class="m-sapo">{E(a["lead"])}</h2>'
            f'<div class="m-content">{render(a["blocks"], "p", a["n"])}'
            f'<p class="m-author" style="text-align:right"><b>{E(a["credit"])}</b></p></div>'
            + share_bar() + '<div class="m-related"><h3>Tin cùng chuyên mục</h3>' + lst + '</div></div>'
            + footer(a["site"], "Số 5 đại lộ Hùng Vương, phường Trung Tâm", "0290.3823.111", cls="m-footer")
            + ad_scripts(rng, 2) + "</body></html>\n")
    return pad_to(page, rng, rng.randint(28000, 45000))


def t_amp(rng, a):
    """AMP article, JSON-LD author Person inside Organization, 'SA' clock, academic title."""
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": isec(a["iso"]),
         "author": {"@type": "Organization", "name": a["site"],
                    "member": {"@type": "Person", "name": a["author"]}}}
    hx = (f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'
          '<script async src="https://cdn.ampproject.org/v0.js"></script>'
          '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
          '<style amp-custom>' + " ".join(f".a{i}{{font-size:{10 + i % 9}px}}" for i in range(300)) + '</style>')
    body = render(a["blocks"], "p", a["n"]).replace("<img ", '<amp-img layout="responsive" width="800" height="533" ')
    side = "".join(f'<li><a href="#">{E(t)}</a> <time>{d} {h}</time></li>' for t, d, h in side_items(rng, 10))
    page = (head(a["title"], a["site"], hx, rng).replace("<html", "<html amp", 1) + "<body>"
            '<amp-sidebar id="sb" layout="nodisplay">' + menu("amp-menu") + '</amp-sidebar>'
            '<header class="amp-header"><a href="/">Trang chủ</a></header><article class="amp-article">'
            + crumbs(["Trang chủ", "Y tế"]) + f'<h1 class="amp-title">{E(a["title"])}</h1>'
            f'<div class="amp-meta"><span class="amp-author">{E(a["credit"])}</span> · <span>{a["date"]}</span></div>'
            f'<p class="amp-sapo"><strong>{E(a["lead"])}</strong></p><div class="amp-body">{body}</div></article>'
            f'<section class="amp-related"><h3>Tin liên quan</h3><ul>{side}</ul></section>'
            + footer(a["site"], "Số 8 phố Hàng Chuối, phường Hai Bà Trưng", "024.3826.0000") + "</body></html>\n")
    return pad_to(page, rng, rng.randint(28000, 40000))


def t_emag(rng, a):
    """E-magazine long-form with a large inline base64 cover image and a credit block."""
    img = "data:image/jpeg;base64," + blob(rng, 260000)
    body = render(a["blocks"], "p", a["n"]).replace('<h2>', '<h2 class="emag-chapter">')
    hx = '<meta property="og:type" content="article">' + ld(a, isec(a["iso"]))
    page = (head(a["title"], a["site"], hx, rng) + '<body class="emagazine">'
            '<div class="emag-top"><a href="/">' + E(a["site"]) + '</a>' + menu("emag-menu") + '</div>'
            f'<div class="emag-cover" style="background-image:url(\'{img}\')"><div class="emag-cover-inner">'
            f'<span class="emag-label">E-Magazine</span><h1 class="emag-title">{E(a["title"])}</h1></div></div>'
            f'<div class="emag-meta"><div class="emag-credit">{E(a["credit"])}</div>'
            f'<div class="emag-date">{a["date"]}</div></div>'
            f'<div class="emag-sapo"><p>{E(a["lead"])}</p></div><div class="emag-body">{body}</div>'
            + share_bar() + side_box("Đọc thêm E-Magazine", side_items(rng, 6, 2024), "emag-more")
            + footer(a["site"], "Số 1 quảng trường Trung tâm, phường Long Giang", "0270.3822.000")
            + ad_scripts(rng, 1) + "</body></html>\n")
    return page


def t_national(rng, a):
    """National government news site: '(Chinhphu.vn) - ' lead prefix, time | date, 'Thực hiện: Nhóm PV'."""
    hx = f'<meta property="article:published_time" content="{isec(a["iso"])}">'
    main = ('<div class="container"><div class="detail-content">' + crumbs(["Trang chủ", "Chính sách mới"]) +
            f'<h1 class="detail-title">{E(a["title"])}</h1>'
            f'<div class="detail-time"><span>{a["date"]}</span></div>'
            f'<div class="detail-sapo">{E(a["lead"])}</div>'
            f'<div class="detail-content afcbc-body" data-role="content">{render(a["blocks"], "p", a["n"])}</div>'
            f'<div class="detail-author" style="text-align:right"><b>{E(a["credit"])}</b></div>'
            '<div class="detail-tag">Từ khóa: <a href="#">Chính phủ số</a> <a href="#">Đề án 06</a></div>'
            + share_bar() + side_box("Tin liên quan", side_items(rng, 5, 2025), "detail-related") + "</div></div>")
    return shell(rng, a, hx, main, '<div class="sidebar">' + sidebar(rng, a, ("Tin mới", "Đọc nhiều"), 2025) + "</div>",
                 addr="Số 16 phố Lê Hồng Phong, phường Ba Đình, Hà Nội")


def t_fpt(rng, a):
    """FPT-style portal: 'sáng' clock, modified date below body, bold name last paragraph, no JSON-LD."""
    body = render(a["blocks"], "p", a["n"], "figure") + f'<p style="text-align:right"><strong>{E(a["author"])}</strong></p>'
    main = ('<div class="portlet-detail"><div class="news-detail-wrap">' + crumbs(["Trang chủ", "Tin tức", "Tin địa phương"]) +
            f'<h2 class="news-title">{E(a["title"])}</h2><div class="news-info"><span class="date">{a["date"]}</span>'
            ' <span class="view">Lượt xem: 402</span></div>'
            f'<div class="news-brief"><b>{E(a["lead"])}</b></div><div class="news-body">{body}</div>'
            '<div class="news-modified"><i>Ngày cập nhật: 28/03/2024 16:00</i></div>'
            + share_bar() + side_box("Các tin đã đưa", side_items(rng, 10), "other-news") + '</div></div>')
    return shell(rng, a, '<meta name="author" content="FPT IS">', main, '<div class="col-right">' + sidebar(rng, a) + "</div>")


def t_cmc(rng, a):
    """CMC-style portal: weekday, date, 'tối' clock; three authors."""
    main = ('<main class="cms-main"><article class="cms-article">' + crumbs(["Trang chủ", "Văn hóa - Du lịch"]) +
            f'<h1 class="cms-article__title">{E(a["title"])}</h1>'
            f'<p class="cms-article__time">{a["date"]}</p>'
            f'<p class="cms-article__author">{E(a["credit"])}</p>'
            f'<div class="cms-article__sapo">{E(a["lead"])}</div>'
            f'<div class="cms-article__content">{render(a["blocks"], "p", a["n"], "em")}</div>'
            '<div class="cms-article__tools"><a href="#">In</a> <a href="#">Gửi bài viết</a></div>'
            '</article>' + comments(rng, 2) + '</main>')
    return shell(rng, a, '<meta property="og:type" content="article">', main,
                 '<aside class="cms-aside">' + sidebar(rng, a, ("Tin mới", "Xem nhiều"), 2025) + "</aside>")


def t_viettel(rng, a):
    """Viettel-style portal brief: 'Đăng lúc: HH:MM ngày dd/mm/yyyy', stale meta published_time."""
    hx = '<meta property="article:published_time" content="2024-10-29T09:00:00+07:00">'
    main = ('<div class="vt-detail">' + crumbs(["Trang chủ", "Chuyển đổi số"]) +
            f'<h1 class="vt-title">{E(a["title"])}</h1><div class="vt-publish">{a["date"]}</div>'
            f'<div class="vt-content"><p><strong>{E(a["lead"])}</strong></p>{render(a["blocks"], "p", a["n"])}'
            f'<p style="text-align:right"><em>{E(a["credit"])}</em></p></div>'
            + share_bar() + side_box("Tin cùng chuyên mục", side_items(rng, 8), "vt-same") + "</div>")
    return shell(rng, a, hx, main, '<div class="vt-right">' + sidebar(rng, a) + "</div>")


def t_form1(rng, a):
    """ASP.NET form1 district page, PM clock with two-digit year, 'Thực hiện: X; Trình bày: Y'."""
    main = ('<form name="form1" method="post" action="./ChiTiet.aspx?id=5521" id="form1">' + viewstate(rng, 11000) +
            '<div id="pnMain"><table class="tblDetail" width="100%"><tr><td>' + crumbs(["Trang chủ", "Thể thao"]) +
            f'<span id="lblTitle" class="TieuDe">{E(a["title"])}</span><br>'
            f'<span id="lblNgay" class="NgayDang">{a["date"]}</span><br>'
            f'<span id="lblTomTat" class="TomTat"><b>{E(a["lead"])}</b></span>'
            f'<div id="divNoiDung" class="NoiDung">{render(a["blocks"], "p", a["n"], "table")}</div>'
            f'<div class="TacGia" align="right"><b>{E(a["credit"])}</b></div>'
            '</td></tr></table></div></form>')
    return shell(rng, a, "", main, '<div id="pnRight">' + sidebar(rng, a, ("Tin mới", "Tin đọc nhiều")) + "</div>")


def t_so_khcn(rng, a):
    """Provincial department page: time (GMT+07:00) weekday date; office credit; 'Nguồn:' line."""
    main = ('<div class="main-content"><div class="article-detail">' + crumbs(["Trang chủ", "Hoạt động của Sở"]) +
            f'<h1 class="article-title">{E(a["title"])}</h1><div class="article-time">{a["date"]}</div>'
            f'<div class="article-sapo"><p>{E(a["lead"])}</p></div>'
            f'<div class="article-body">{render(a["blocks"], "p", a["n"])}'
            f'<p style="text-align:right"><b>{E(a["credit"])}</b></p>'
            '<p><i>Nguồn: Cổng thông tin điện tử tỉnh Tây Sơn Nguyên</i></p></div>'
            '<div class="print-tools"><a href="#">Bản in</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>'
            + side_box("Tin liên quan", side_items(rng, 6, 2024), "rel") + '</div></div>')
    return shell(rng, a, "", main, '<div class="sidebar">' + sidebar(rng, a, ("Tin mới", "Lịch công tác"), 2025) + "</div>")


SPECS = [
    ("q22-m-host-ttxvn-gmt7", t_mobile, "m.tinhlonggiang", "Báo điện tử Long Giang", "dx", True, "normal",
     "Thương mại điện tử giúp sản phẩm OCOP vùng sông nước đi xa",
     "Hơn 200 sản phẩm OCOP của tỉnh đã có mặt trên các sàn thương mại điện tử, doanh thu trực tuyến tăng gấp đôi.",
     None, None, "Theo TTXVN", "Chủ nhật, 10/11/2024 - 20:10 (GMT+7)", "2024-11-10T20:10+07:00", True,
     ["mobile-host", "gmt7", "weekday-prefix", "theo-outlet-only"], dict(n_par=7, heads=1)),
    ("q22-amp-so-yte-ld-member", t_amp, "soyte-cuulong", "Sở Y tế thành phố Cửu Long", "health", False, "normal",
     "Cửu Long tăng cường phòng chống sốt xuất huyết mùa mưa",
     "Số ca sốt xuất huyết tăng trong tháng qua, ngành y tế ra quân diệt lăng quăng tại các khu dân cư.",
     None, "Phạm Ngọc Lan", "ThS. Phạm Ngọc Lan", "06/08/2024 10:00 SA", "2024-08-06T10:00+07:00", True,
     ["amp", "off-topic", "jsonld-person-in-org", "academic-title", "sa-clock"], dict(n_par=7, heads=1, ul=False)),
    ("q22-emagazine-base64-longform", t_emag, "baolonggiang", "Báo Long Giang điện tử", "emag", True, "emag",
     "Hành trình số của những xã ven biên", "Từ những thôn không có sóng điện thoại, nhiều xã ven biên đã bước vào hành "
     "trình chuyển đổi số với sự tham gia của chính người dân.", None, "Vũ Thanh Bình, Lưu Hà My",
     "Nội dung: Vũ Thanh Bình, Lưu Hà My | Ảnh: Quốc Toản | Thiết kế: Mai Anh", "Thứ sáu, 27/12/2024, 06:00 (GMT+07:00)",
     "2024-12-27T06:00+07:00", True, ["emagazine", "base64-image", "long-form", "credit-block", "gmt-paren"],
     dict(n_par=32, heads=6, ul=True, table=True, quote=True, imgs=2, per=(2, 3))),
    ("q22-national-cp-prefix-nhompv", t_national, "tintucchinhphu", "Trang tin điện tử Chính phủ số", "dx", True, "normal",
     "Thủ tướng yêu cầu hoàn thành kết nối dữ liệu dân cư với 20 dịch vụ công thiết yếu",
     "Các bộ, ngành và địa phương phải hoàn thành việc kết nối, chia sẻ dữ liệu dân cư với 20 dịch vụ công thiết yếu "
     "trong quý II.", "(Chinhphu.vn) - Các bộ, ngành và địa phương phải hoàn thành việc kết nối, chia sẻ dữ liệu dân cư "
     "với 20 dịch vụ công thiết yếu trong quý II.", "Nhóm PV", "Thực hiện: Nhóm PV", "11:32 | 15/01/2025",
     "2025-01-15T11:32+07:00", True, ["national", "lead-prefix", "time-before-date", "nhom-pv"],
     dict(n_par=8, heads=2, ul=True, rel=True)),
    ("q22-fpt-portal-modified-below", t_fpt, "hoalacdong", "Cổng thông tin điện tử phường Hòa Lạc Đông", "dx", True, "normal",
     "Phường Hòa Lạc Đông ra mắt mô hình “chợ 4.0”",
     "Hơn 300 tiểu thương tại chợ phường đã dán mã QR thanh toán, tiến tới chợ không dùng tiền mặt.",
     None, "Trịnh Quốc Việt", "Trịnh Quốc Việt", "Ngày đăng: 07:45 sáng, 25/03/2024", "2024-03-25T07:45+07:00", True,
     ["sang-clock", "modified-below-body", "bold-name-last-line", "no-structured-date", "figcaption"],
     dict(n_par=8, heads=1, table=True)),
    ("q22-cmc-portal-three-authors", t_cmc, "svhtt-bachanguyen", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Hà Nguyên",
     "culture", False, "normal", "Lễ hội đình làng Đông Sơn Hạ giữ nếp xưa",
     "Lễ hội năm nay được tổ chức gọn nhẹ, phần hội có nhiều trò chơi dân gian hút khách.",
     None, "Đinh Thu Trang, Bế Văn Hưng, Nông Thị Lụa", "Tác giả: Đinh Thu Trang, Bế Văn Hưng, Nông Thị Lụa",
     "Thứ bảy, 19/04/2025, 9:15 tối", "2025-04-19T21:15+07:00", True,
     ["off-topic", "three-authors", "toi-clock", "weekday-prefix", "caption-em", "comments"], dict(n_par=7, heads=1)),
    ("q22-viettel-portal-brief-stale", t_viettel, "thachbandong", "Cổng thông tin điện tử xã Thạch Bàn Đông", "dx", True,
     "brief", "Xã Thạch Bàn Đông trả kết quả hồ sơ qua bưu điện miễn phí",
     "Người dân nộp hồ sơ trực tuyến được nhận kết quả tại nhà mà không mất phí.",
     None, "Hoàng Yến", "Bài, ảnh: Hoàng Yến", "Đăng lúc: 16:40 ngày 30/10/2024", "2024-10-30T16:40+07:00", True,
     ["brief", "meta-stale", "luc-ngay", "italic-credit"], dict(n_par=3, imgs=1, per=(1, 2))),
    ("q22-aspnet-form1-thethao-pm", t_form1, "phumythuong", "Cổng thông tin điện tử xã Phú Mỹ Thượng", "sport", False,
     "normal", "Sôi nổi giải việt dã chào mừng Quốc khánh",
     "Hơn 400 vận động viên tham gia giải chạy việt dã truyền thống, nhiều em học sinh giành thứ hạng cao.",
     None, "Khánh Linh", "Thực hiện: Khánh Linh; Trình bày: Hải Yến", "Ngày 02/09/24 - 06:30 PM", "2024-09-02T18:30+07:00",
     True, ["aspnet-form1", "viewstate", "pm-clock", "two-digit-year", "credit-designer", "caption-table-row"],
     dict(n_par=7, heads=1)),
    ("q22-so-khcn-gmt-office", t_so_khcn, "skhcn-taysonnguyen", "Sở Khoa học và Công nghệ tỉnh Tây Sơn Nguyên", "dx", True,
     "normal", "Tây Sơn Nguyên ban hành kế hoạch phát triển kinh tế số giai đoạn mới",
     "Kế hoạch đặt mục tiêu kinh tế số chiếm tỷ trọng ngày càng lớn trong cơ cấu kinh tế của tỉnh.",
     None, None, "Văn phòng UBND tỉnh", "14:05 (GMT+07:00) Thứ tư, 08/01/2025", "2025-01-08T14:05+07:00", True,
     ["office-credit", "gmt-paren", "time-before-date", "nguon-line", "inline-related", "table"],
     dict(n_par=8, heads=2, table=True, rel=True, ul=True)),
]
