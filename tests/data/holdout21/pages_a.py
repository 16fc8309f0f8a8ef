"""Articles 1-10."""
import json

from common import (
    AGRI,
    DX,
    HEALTH,
    SPORT,
    TRAFFIC,
    comments,
    cookie,
    esc,
    footer,
    make_paras,
    menu,
    pad,
    render_blocks,
    scripts,
    share,
    side_box,
    tags,
)


def doc(title, head_extra, body, lang="vi", doctype="<!DOCTYPE html>", charset='<meta charset="utf-8">'):
    return (f'{doctype}\n<html lang="{lang}">\n<head>\n{charset}\n<title>{esc(title)}</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/static/css/main.css">\n'
            + head_extra + '</head>\n<body>\n' + body + '</body>\n</html>\n')


def og(title, url, typ="article", desc=""):
    return (f'<meta property="og:type" content="{typ}">\n<meta property="og:title" content="{esc(title)}">\n'
            f'<meta property="og:url" content="{url}">\n<meta property="og:description" content="{esc(desc)}">\n')


def interleave(paras, extras):
    """extras: dict position -> list of blocks inserted before paragraph index."""
    out = []
    for i, p in enumerate(paras):
        for b in extras.get(i, []):
            out.append(b)
        out.append(("p", p))
    for b in extras.get(len(paras), []):
        out.append(b)
    return out


def p01():
    url = "https://party-daily-pbody-main-detail.example.vn/chuyen-doi-so/hoa-phong-so-hoa-ho-so-tu-phap-24817.html"
    title = "Hòa Phong: Số hóa hơn 1,2 triệu trang hồ sơ hộ tịch"
    lead = ("Sau hai năm triển khai, ngành tư pháp tỉnh Hòa Phong đã số hóa phần lớn sổ hộ tịch lưu trữ, "
            "giúp người dân được cấp bản sao trích lục ngay trên môi trường mạng.")
    paras = make_paras(DX, 101, 6)
    blocks = interleave(paras, {2: [("img", "Cán bộ tư pháp xã Yên Khê nhập dữ liệu hộ tịch vào phần mềm.", "ht1")],
                                4: [("h", "Còn nhiều việc phải làm")]})
    date_str = "Thứ Tư, 17/04/2024 - 08:15"
    body = render_blocks(blocks, p='<p class="pBody">{}</p>', h='<p class="pBody"><strong>{}</strong></p>',
                         img='<p class="pBody pCenter"><img src="https://cdn.example.vn/{0}.jpg"><br><i>{1}</i></p>')
    # subheading rendered as bold pBody paragraph; truth keeps it as its own block
    main = (f'<div class="detail-wrap"><div class="cate-detail"><a href="/thoi-su">Thời sự</a> » '
            f'<a href="/chuyen-doi-so">Chuyển đổi số</a></div>\n<h1 class="title_detail">{esc(title)}</h1>\n'
            f'<div class="date_news"><span>{date_str}</span> <span class="view">Lượt xem: 1.204</span></div>\n'
            + share() + f'<div class="sapo_detail">{esc(lead)}</div>\n<div id="main-detail">\n{body}'
            '<p class="pAuthor">Bài và ảnh: Thu Hà</p>\n</div>\n'
            + tags(["chuyển đổi số", "hộ tịch", "Hòa Phong"]) + side_box("Tin liên quan", 11, 5, "drelated")
            + comments(1) + '</div>\n')
    body_all = ('<div id="wrapper"><header class="header"><div class="logo"><a href="/">BÁO HÒA PHONG</a></div>'
                '<div class="top-date">Thứ Bảy, 20/04/2024</div></header>\n' + menu() + '<div class="container">'
                '<div class="col-main">' + main + '</div><div class="col-right">' + side_box("Tin mới", 12, 10)
                + side_box("Đọc nhiều", 13, 10) + '</div></div>\n'
                + footer("Báo Hòa Phong - Cơ quan của Đảng bộ tỉnh Hòa Phong", "Số 18 đường Trần Phú, TP. Hòa Phong")
                + cookie() + scripts(1) + '</div>\n')
    head = og(title, url, desc=lead) + '<meta property="article:published_time" content="2024-04-17T08:15:00+07:00">\n'
    html = pad(doc(title + " | Báo Hòa Phong", head, body_all), seed=1)
    return dict(template="party-daily-pbody-main-detail", url=url, flags=["sapo-div", "pauthor-bai-va-anh", "weekday-date-dash",
                "caption-italic-p", "bold-p-subheading"], relevant=True, title=title, lead=lead, author="Thu Hà",
                published_at="2024-04-17T08:15+07:00", time_shown=True, blocks=blocks, date_str=date_str,
                credit="Bài và ảnh: Thu Hà", html=html)


def p02():
    url = "https://border-paper-bp-detail-text.example.vn/bien-gioi/don-bien-phong-dung-ung-dung-so-2024031209.html"
    title = "Đồn Biên phòng cửa khẩu dùng ứng dụng số quản lý người, phương tiện"
    lead = ("Việc khai báo điện tử giúp thời gian làm thủ tục xuất, nhập cảnh tại cửa khẩu giảm từ 15 phút xuống còn "
            "khoảng 3 phút "
            "mỗi lượt.")
    paras = make_paras(DX, 202, 5)
    blocks = interleave(paras, {1: [("img", "Cán bộ Biên phòng hướng dẫn lái xe khai báo trên điện thoại.", "bp1")],
                                3: [("related", ["Tuần tra chung đường biên với lực lượng nước bạn",
                                                 "Mở lớp tiếng dân tộc cho cán bộ Biên phòng"]),
                                    ("ul", ["Khai báo phương tiện trước khi đến cửa khẩu", "Quét mã QR tại cổng kiểm soát",
                                            "Nhận kết quả qua tin nhắn"])]})
    date_str = "09:47 | 12/03/2024"
    body = render_blocks(blocks, related='<div class="simplebox"><b>Tin liên quan</b> {}</div>',
                         img='<div style="text-align:center;"><figure><img src="https://cdn.example.vn/{0}.jpg">'
                             '<figcaption>{1}</figcaption></figure></div>')
    main = ('<div class="bp-breadcrumb"><a href="/">Trang chủ</a> / <a href="/bien-gioi">Biên giới</a></div>\n'
            f'<h1 class="bp-detail-title">{esc(title)}</h1>\n<div class="bp-detail-meta"><span class="bp-date-time">'
            f'{date_str}</span></div>\n<div class="bp-detail-sapo">{esc(lead)}</div>\n'
            f'<div class="bp-detail-text-content">\n{body}<p style="text-align:right;"><strong>Nguyễn Văn Tùng - Lê Minh Đức'
            '</strong></p>\n</div>\n' + share("bp-share") + tags(["biên phòng", "cửa khẩu số"]) + comments(2, 3))
    body_all = ('<div class="bp-header"><a class="logo" href="/">BÁO BIÊN CƯƠNG</a><span class="bp-today">Thứ Ba, 12/3/2024'
                '</span></div>\n' + menu("bp-menu") + '<div class="bp-main"><div class="bp-left">' + main
                + '</div><div class="bp-right">' + side_box("Tin mới nhất", 21, 9) + side_box("Xem nhiều", 22, 9)
                + '</div></div>\n' + footer("Báo Biên Cương", "Số 40A Hàng Bài, quận Hoàn Kiếm, Hà Nội") + scripts(2))
    head = og(title, url, desc=lead)
    html = pad(doc(title, head, body_all), seed=2)
    return dict(template="border-paper-bp-detail-text", url=url, flags=["time-pipe-date", "two-authors-dash", "bold-right-byline",
                "inline-related-box", "list", "figcaption"], relevant=True, title=title, lead=lead,
                author="Nguyễn Văn Tùng, Lê Minh Đức", published_at="2024-03-12T09:47+07:00", time_shown=True,
                blocks=blocks, date_str=date_str, credit="Nguyễn Văn Tùng - Lê Minh Đức", html=html)


def p03():
    url = "https://city-tv-mnv-date-brief.example.vn/tin-tuc/thoi-su/cap-phep-xay-dung-truc-tuyen-3318.html"
    title = "Quận Hải Đông cấp phép xây dựng trực tuyến cho nhà ở riêng lẻ"
    lead = ""
    blocks = [("p", "Từ ngày 1/6, người dân quận Hải Đông có thể nộp hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ hoàn "
                    "toàn qua cổng dịch vụ công của thành phố mà không phải đến bộ phận một cửa."),
              ("p", "Hồ sơ gồm bản vẽ thiết kế, giấy tờ về quyền sử dụng đất và tờ khai được tải lên dưới dạng tệp điện tử. "
                    "Cán bộ quản lý đô thị sẽ kiểm tra thực địa khi cần và trả kết quả có chữ ký số sau tối đa mười hai "
                    "ngày làm việc."),
              ("p", "Theo lãnh đạo quận, năm ngoái địa bàn tiếp nhận gần 900 hồ sơ xin phép xây dựng, phần lớn người nộp "
                    "phải đi lại nhiều lần để bổ sung giấy tờ. Cách làm mới được kỳ vọng giúp giảm thời gian và chi phí cho "
                    "người dân.")]
    date_str = "25/05/2024 - 16:40"
    body = render_blocks(blocks, p='<p class="mnv-p">{}</p>')
    main = (f'<div class="mnv-cate"><a href="/tin-tuc">Tin tức</a> › <a href="/tin-tuc/thoi-su">Thời sự</a></div>'
            f'<h1 class="mnv-title">{esc(title)}</h1><p class="mnv-date">{date_str}</p>\n'
            '<div class="mnv-video"><iframe src="https://player.example.vn/embed/55120" width="640" height="360">'
            '</iframe></div>\n'
            f'<div class="mnv-content">{body}<p><strong>PV</strong></p></div>\n' + share() + side_box("Bản tin khác", 31, 12))
    body_all = ('<div class="mnv-top"><a href="/">ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI ĐÔNG</a> <a href="/truc-tuyen">'
                'Xem trực tuyến</a> <a href="/lich-phat-song">Lịch phát sóng</a></div>\n' + menu("mnv-menu")
                + '<div class="mnv-wrap"><div class="mnv-left">' + main + '</div><div class="mnv-right">'
                + side_box("Chương trình mới", 32, 10) + side_box("Xem nhiều", 33, 10) + '</div></div>'
                + footer("Đài Phát thanh và Truyền hình Hải Đông", "Số 3 Lê Đại Hành, TP. Hải Đông") + scripts(3))
    html = pad(doc(title + " - THHĐ", og(title, url), body_all), seed=3)
    return dict(template="city-tv-mnv-date-brief", url=url, flags=["brief", "no-lead", "pv-byline", "embedded-video",
                "date-dash-time"], relevant=True, title=title, lead=lead, author="PV",
                published_at="2024-05-25T16:40+07:00", time_shown=True, blocks=blocks, date_str=date_str, credit="PV",
                html=html)


def p04():
    url = "https://national-daily-ngay-dang-seconds.example.vn/kinh-te/thanh-toan-khong-tien-mat-nong-thon-a19283.html"
    title = "Thanh toán không tiền mặt lan về nông thôn: Cơ hội và rào cản"
    lead = ("Tỷ lệ người dân nông thôn có tài khoản ngân hàng tăng nhanh, nhưng thói quen dùng tiền mặt và nỗi lo lừa đảo "
            "vẫn khiến nhiều người còn dè dặt.")
    paras = make_paras(DX, 404, 8)
    blocks = interleave(paras, {3: [("h", "Nỗi lo mất tiền trong tài khoản")],
                                5: [("table", [["Năm", "Tài khoản mới (nghìn)", "Giao dịch qua QR (triệu)"],
                                               ["2022", "412", "38"], ["2023", "598", "71"], ["2024", "730", "126"]]),
                                    ("img", "Tiểu thương ở chợ quê nhận tiền qua mã QR.", "qr")],
                                7: [("h", "Cần bảo vệ người dùng")]})
    date_str = "Ngày đăng: 18/04/2024 09:50:00"
    body = render_blocks(blocks, h='<h3 class="subtitle">{}</h3>',
                         img='<table class="image-box" align="center"><tr><td><img src="https://cdn.example.vn/{0}.jpg">'
                             '</td></tr><tr><td class="caption">{1}</td></tr></table>')
    main = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ol>\n'
            f'<article class="article-detail"><h1 class="article-title">{esc(title)}</h1>\n'
            f'<div class="article-meta"><span class="author">Tác giả: ThS. Hoàng Lan Phương</span> '
            f'<span class="date">{date_str}</span></div>\n<h2 class="article-sapo">{esc(lead)}</h2>\n'
            f'<div class="article-body">{body}</div>\n<p class="source">Nguồn: Báo Kinh tế Quốc gia</p>\n' + share()
            + tags(["ngân hàng số", "nông thôn", "QR"]) + '</article>' + side_box("Tin liên quan", 41, 6) + comments(4))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-04-16T14:00:00+07:00", "dateModified": "2024-04-18T10:02:00+07:00"}
    head = og(title, url, desc=lead) + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    body_all = ('<header id="header"><div class="logo">KINH TẾ QUỐC GIA</div>' + menu() + '</header>\n<main class="wrap">'
                '<div class="main-col">' + main + '</div><aside>' + side_box("Tin mới", 42, 10) + side_box("Xem nhiều", 43, 10)
                + '</aside></main>\n' + footer("Báo Kinh tế Quốc gia", "Số 79 Nguyễn Thái Học, Ba Đình, Hà Nội") + cookie()
                + scripts(4))
    html = pad(doc(title + " | Kinh tế Quốc gia", head, body_all), seed=4)
    return dict(template="national-daily-ngay-dang-seconds", url=url, flags=["seconds", "ngay-dang-label", "stale-jsonld",
                "academic-title", "table", "caption-table-row", "nguon-line"], relevant=True, title=title, lead=lead,
                author="Hoàng Lan Phương", published_at="2024-04-18T09:50:00+07:00", time_shown=True, blocks=blocks,
                date_str=date_str, credit="Hoàng Lan Phương", html=html)


def p05():
    url = "https://broadcaster-outlet-prefix-ch-clock.example.vn/xa-hoi/ai-tro-ly-ao-cho-can-bo-xa-1093311.vtr"
    title = "Trợ lý ảo giúp cán bộ xã tra cứu văn bản pháp luật"
    lead = ("Một số địa phương đã thử nghiệm trợ lý ảo dùng trí tuệ nhân tạo để hỗ trợ cán bộ cấp xã tra cứu quy định, "
            "soạn thảo văn bản và trả lời câu hỏi của người dân.")
    paras = make_paras(DX, 505, 5, per=3)
    blocks = interleave(paras, {2: [("quote", "Trợ lý ảo không thay thế cán bộ, nó chỉ giúp cán bộ làm nhanh và đúng hơn.")],
                                4: [("img", "Cán bộ xã thử nghiệm trợ lý ảo trên máy tính bảng. Ảnh: Thanh Bình", "av")]})
    date_str = "Thứ Sáu, 10:25 CH, 07/06/2024"
    body = render_blocks(blocks)
    main = (f'<div class="breadcrumbs"><a href="/">VTR</a> / <a href="/xa-hoi">Xã hội</a></div><div class="article">'
            f'<h1 class="article__title">{esc(title)}</h1><div class="article__meta"><time>{date_str}</time></div>'
            f'<div class="article__sapo"><strong>VTR.VN - </strong>{esc(lead)}</div>'
            '<div class="article__audio"><audio controls src="https://media.example.vn/a/1093311.mp3"></audio>'
            ' Nghe bài viết</div>'
            f'<div class="article__body cms-body">{body}</div><div class="article__author">Thanh Bình/VTR.VN</div>'
            + tags(["trí tuệ nhân tạo", "chính quyền số"]) + share() + '</div>' + side_box("Tin cùng chuyên mục", 51, 8)
            + comments(5))
    body_all = ('<div class="site-header"><a href="/" class="logo">Đài Tiếng nói Vùng Trung Bộ - VTR</a>'
                '<a href="/radio">Nghe radio</a></div>' + menu() + '<div class="layout"><div class="layout__main">' + main
                + '</div><div class="layout__side">' + side_box("Tin mới", 52, 10) + side_box("Đọc nhiều", 53, 8)
                + '</div></div>' + footer("Đài Tiếng nói Vùng Trung Bộ", "Số 58 Quán Sứ, Hà Nội") + scripts(5))
    head = og(title, url, desc="VTR.VN - " + lead)
    head += '<meta property="article:published_time" content="2024-06-07T22:25:00+07:00">\n'
    html = pad(doc(title + " | VTR.VN", head, body_all), seed=5)
    return dict(template="broadcaster-outlet-prefix-ch-clock", url=url, flags=["outlet-prefix-lead", "ch-12h-clock",
                "weekday-time-before-date", "author-outlet-suffix", "quote", "audio-player"], relevant=True, title=title,
                lead=lead, author="Thanh Bình", published_at="2024-06-07T22:25+07:00", time_shown=True, blocks=blocks,
                date_str=date_str, credit="Thanh Bình", html=html)


def p06():
    url = "https://wire-agency-theo-ttxvn-traffic.example.vn/xa-hoi/giao-thong/xe-tai-va-cham-xe-khach-tren-quoc-lo-240203.html"
    title = "Xe tải va chạm xe khách, quốc lộ ùn tắc nhiều giờ"
    lead = "Vụ va chạm giữa xe tải và xe khách giường nằm khiến giao thông trên tuyến quốc lộ qua tỉnh Lam Sơn ùn tắc kéo dài."
    paras = make_paras(TRAFFIC, 606, 5, per=3)
    blocks = [("p", x) for x in paras]
    date_str = "Đăng lúc 14:05 ngày 03/02/2024"
    body = render_blocks(blocks)
    main = (f'<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/xa-hoi">Xã hội</a> &gt; Giao thông</div>'
            f'<div class="content-detail"><h1>{esc(title)}</h1><div class="info"><span class="time">{date_str}</span></div>'
            f'<div class="lead"><b>{esc(lead)}</b></div><div class="detail-content">{body}<p style="text-align:right">'
            '<b>Theo TTXVN</b></p></div>' + share() + tags(["tai nạn giao thông", "quốc lộ"]) + '</div>'
            + side_box("Tin cùng chuyên mục", 61, 10))
    body_all = ('<div class="header"><h2 class="logo">Tin Lam Sơn</h2></div>' + menu() + '<div class="main">' + main
                + '<div class="sidebar">' + side_box("Tin mới", 62, 10) + '</div></div>'
                + footer("Cổng tin Lam Sơn", "Số 5 Đại lộ Lê Lợi, TP. Lam Sơn") + scripts(6))
    html = pad(doc(title, og(title, url, desc=lead), body_all), seed=6)
    return dict(template="wire-agency-theo-ttxvn-traffic", url=url, flags=["off-topic", "traffic", "theo-agency-null-author",
                "dang-luc-ngay", "bold-lead-div"], relevant=False, title=title, lead=lead, author=None,
                published_at="2024-02-03T14:05+07:00", time_shown=True, blocks=blocks, date_str=date_str, credit=None,
                html=html)


def p07():
    url = "https://agri-paper-joomla-item-page-date-only.example.vn/index.php/trong-trot/1834-lua-chat-luong-cao-vu-he-thu"
    title = "Lúa chất lượng cao vụ Hè Thu được mùa, được giá"
    lead = ("Nông dân các huyện đồng bằng phấn khởi khi năng suất lúa vụ Hè Thu tăng, giá bán ổn định nhờ liên kết với "
            "doanh nghiệp.")
    paras = make_paras(AGRI, 707, 5, per=3)
    blocks = interleave(paras, {2: [("h", "Liên kết bao tiêu sản phẩm")],
                                4: [("ul", ["Giống lúa: ĐS1, ST25, Bắc thơm số 7", "Diện tích liên kết: 1.250 héc-ta",
                                            "Giá thu mua tối thiểu: 7.200 đồng/kg"])]})
    date_str = "Ngày xuất bản: 21/09/2023"
    body = render_blocks(blocks, h="<h3>{}</h3>")
    main = ('<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Phóng viên: '
            '<span itemprop="name">Đặng Quốc Việt</span></dd><dd class="category-name">Chuyên mục: <a href="/trong-trot">'
            f'Trồng trọt</a></dd><dd class="published">{date_str}</dd><dd class="hits">Lượt xem: 2381</dd></dl>'
            f'<div itemprop="articleBody"><p><strong>{esc(lead)}</strong></p>{body}</div>'
            '<ul class="pager pagenav"><li class="previous"><a href="#">Trước</a></li><li class="next"><a href="#">Sau</a>'
            '</li></ul></div>')
    body_all = ('<div class="body"><div class="container"><header class="header"><a class="brand" href="/">Tạp chí Nông thôn '
                'Đồng bằng</a></header>' + menu("navigation") + '<div class="row-fluid"><main id="content" class="span9">'
                + main + '</main><div id="aside" class="span3">' + side_box("Bài mới", 71, 10, "moduletable")
                + side_box("Đọc nhiều nhất", 72, 10, "moduletable") + '</div></div>'
                + footer("Tạp chí Nông thôn Đồng bằng", "Số 2 Ngọc Hà, Ba Đình, Hà Nội") + '</div></div>' + scripts(7))
    html = pad(doc(title + " - Nông thôn Đồng bằng", og(title, url), body_all), seed=7)
    return dict(template="agri-paper-joomla-item-page-date-only", url=url, flags=["off-topic", "agriculture", "date-only",
                "bold-first-para-lead", "joomla-itemprop", "phong-vien-label", "list"], relevant=False, title=title,
                lead=lead, author="Đặng Quốc Việt", published_at="2023-09-21T00:00:00+07:00", time_shown=False,
                blocks=blocks, date_str=date_str, credit="Đặng Quốc Việt", html=html)


def p08():
    url = "https://health-weekly-drupal-field-body.example.vn/suc-khoe/sot-xuat-huyet-tang-manh-khu-nha-tro"
    title = "Sốt xuất huyết tăng mạnh tại các khu nhà trọ công nhân"
    lead = "Ngành y tế ghi nhận số ca sốt xuất huyết tăng liên tục trong ba tuần gần đây, tập trung ở khu nhà trọ."
    paras = make_paras(HEALTH, 808, 5, per=2)
    blocks = interleave(paras, {3: [("h", "Khuyến cáo của bác sĩ")]})
    date_str = "Thời gian đăng: 11/11/2023 - 7:30 sáng"
    body = render_blocks(blocks, h="<h3>{}</h3>")
    main = ('<div id="node-5512" class="node node-article node-promoted clearfix">'
            f'<h1 class="page-title">{esc(title)}</h1><div class="submitted">Gửi bởi <span class="username">quantri</span>'
            f'</div><div class="post-date">{date_str}</div>'
            f'<div class="field field-name-field-sapo"><div class="field-item even">{esc(lead)}</div></div>'
            f'<div class="field field-name-body field-type-text-with-summary"><div class="field-items">'
            f'<div class="field-item even" property="content:encoded">{body}<p><strong>Mai Anh</strong></p></div></div></div>'
            '<div class="field field-name-field-tags"><div class="field-label">Thẻ:&nbsp;</div>'
            '<a href="/tags/sot-xuat-huyet">sốt xuất huyết</a></div><ul class="links inline"><li><a href="#">'
            'Đăng nhập để gửi ý kiến</a></li></ul></div>')
    body_all = ('<div id="page"><div id="header"><div id="logo"><a href="/">Tuần báo Sức khỏe Gia đình</a></div></div>'
                + menu("region-menu") + '<div id="main"><div id="content" class="column">' + main + comments(8)
                + '</div><div class="region-sidebar-second">' + side_box("Tin mới", 81, 10, "block block-views")
                + side_box("Xem nhiều", 82, 10, "block") + '</div></div>'
                + footer("Tuần báo Sức khỏe Gia đình", "Số 138A Giảng Võ, Hà Nội") + '</div>' + scripts(8))
    html = pad(doc(title + " | Sức khỏe Gia đình", og(title, url), body_all), seed=8)
    return dict(template="health-weekly-drupal-field-body", url=url, flags=["off-topic", "health", "drupal-gui-boi-account",
                "sang-12h", "bold-name-last-line"], relevant=False, title=title, lead=lead, author="Mai Anh",
                published_at="2023-11-11T07:30+07:00", time_shown=True, blocks=blocks, date_str=date_str,
                credit="Mai Anh", html=html)


def p09():
    url = "https://sport-wp-entry-theo-outlet-toi.example.vn/2023/10/15/doi-chu-nha-thang-sat-nut/"
    title = "Đội chủ nhà thắng sát nút, vươn lên tốp ba"
    lead = ""
    paras = make_paras(SPORT, 909, 5, per=2)
    blocks = [("p", x) for x in paras]
    date_str = "Chủ nhật, 15/10/2023, 9:05 tối"
    body = render_blocks(blocks)
    main = ('<article id="post-7731" class="post-7731 post type-post status-publish format-standard hentry category-bong-da">'
            f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1><div class="entry-meta">'
            f'<span class="posted-on"><time class="entry-date published" datetime="2023-10-15T21:05:00+07:00">{date_str}</time>'
            '</span> <span class="byline">bởi <a class="url fn n" href="/author/admin/">admin</a></span></div></header>'
            f'<div class="entry-content">{body}<p><em>Theo Minh Quân (Báo Thể thao Miền Trung)</em></p>'
            '<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a> <a href="#">Twitter</a></div></div>'
            '<footer class="entry-footer"><span class="cat-links">Chuyên mục <a href="/bong-da">Bóng đá</a></span></footer>'
            '</article><nav class="post-navigation"><a href="/2023/10/14/x/">Bài trước</a> '
            '<a href="/2023/10/16/y/">Bài sau</a></nav>'
            '<div id="comments" class="comments-area"><h3 id="reply-title">Trả lời</h3><form><textarea></textarea></form></div>')
    body_all = ('<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title">Thể thao Xứ '
                'Thanh 24h</p><p class="site-description">Tin thể thao địa phương</p></header>' + menu("main-navigation")
                + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">' + main
                + '</main></div><aside id="secondary" class="widget-area">' + side_box("Bài viết mới", 91, 10, "widget")
                + side_box("Lưu trữ", 92, 6, "widget") + '</aside></div>'
                + footer("Thể thao Xứ Thanh 24h", "Số 21 Đại lộ Hùng Vương, TP. Thanh Hóa", "site-footer") + '</div>'
                + scripts(9))
    html = pad(doc(title + " – Thể thao Xứ Thanh 24h", og(title, url), body_all), seed=9)
    return dict(template="sport-wp-entry-theo-outlet-toi", url=url, flags=["off-topic", "sport", "wordpress",
                "theo-person-outlet", "cms-account-admin", "toi-12h", "no-lead", "sunday-weekday"], relevant=False,
                title=title, lead=lead, author="Minh Quân", published_at="2023-10-15T21:05+07:00", time_shown=True,
                blocks=blocks, date_str=date_str, credit="Minh Quân", html=html)


def p10():
    url = "https://legacy-daily-2010-font-br-pm.example.vn/Tin-tuc/Chinh-tri/2010/11/mot-cua-lien-thong-dien-tu-5123.aspx"
    title = "Thí điểm một cửa liên thông điện tử tại ba huyện"
    lead = "UBND tỉnh vừa quyết định thí điểm mô hình một cửa liên thông điện tử tại ba huyện trong năm 2011."
    blocks = [("p", "Theo quyết định, các huyện Mỹ Lộc, Đại An và Vĩnh Trạch sẽ được đầu tư máy tính, máy quét và đường "
                    "truyền để kết nối bộ phận tiếp nhận và trả kết quả với các phòng chuyên môn."),
              ("p", "Người dân đến nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất, đăng ký kinh doanh hộ cá thể hoặc xin "
                    "giấy phép xây dựng sẽ được cấp giấy biên nhận có mã số để tra cứu tình trạng hồ sơ trên trang điện tử "
                    "của huyện."),
              ("p", "Ông Trịnh Văn Khoa, Chánh Văn phòng UBND tỉnh, cho biết trước đây một bộ hồ sơ đất đai phải qua tay "
                    "nhiều phòng ban, có khi kéo dài cả tháng mà người dân không biết đang nằm ở đâu."),
              ("p", "Tổng kinh phí thực hiện thí điểm khoảng 2,4 tỷ đồng, lấy từ nguồn ngân sách tỉnh và chương trình "
                    "ứng dụng công nghệ thông tin trong cơ quan nhà nước."),
              ("p", "Sở Thông tin và Truyền thông được giao xây dựng phần mềm dùng chung, tập huấn cho cán bộ và báo cáo kết "
                    "quả sau sáu tháng vận hành. Nếu hiệu quả, mô hình sẽ được nhân rộng ra tất cả các huyện, thị xã trong "
                    "năm 2012."),
              ("p", "Trước mắt, mỗi huyện bố trí ít nhất hai cán bộ có trình độ tin học để hướng dẫn người dân và xử lý sự "
                    "cố kỹ thuật tại chỗ. Các xã có đường truyền internet sẽ được kết nối vào hệ thống trong giai đoạn hai.")]
    date_str = "Thứ hai, 08/11/2010 - 3:20 PM"
    body = "<br><br>\n".join(f'<font face="Arial" size="2">{esc(b[1])}</font>' for b in blocks)
    vs = "".join(f"{(i * 7919) % 65535:04x}" for i in range(1500))
    main = ('<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="path"><font size="1">'
            '<a href="/">Trang chủ</a> &raquo; <a href="/Tin-tuc/Chinh-tri">Chính trị</a></font></td></tr>'
            f'<tr><td><font face="Arial" size="4" color="#003399"><b>{esc(title)}</b></font></td></tr>'
            f'<tr><td><font size="1" color="#808080">{date_str}</font></td></tr>'
            f'<tr><td><table width="100%" border="0"><tr><td><font face="Arial" size="2"><b>{esc(lead)}</b></font><br><br>\n'
            f'{body}<br><br><div align="right"><i>Văn Hùng</i></div></td></tr></table></td></tr>'
            '<tr><td><a href="javascript:window.print()">[In trang]</a> <a href="#">[Gửi bạn bè]</a>'
            ' <a href="#">[Về đầu trang]</a>'
            '</td></tr></table>')
    others = "".join(f'<tr><td><font size="1">&#8226; <a href="/t/{i}.aspx">{t}</a> ({(i % 27) + 1:02d}/10/2010)</font></td></tr>'
                     for i, t in enumerate(["Hội nghị cán bộ chủ chốt tỉnh", "Khánh thành nhà văn hóa huyện",
                                            "Tổng kết mùa mưa bão", "Đại hội thi đua yêu nước", "Gặp mặt doanh nghiệp"] * 3))
    body_all = ('<form name="aspnetForm" method="post" action="default.aspx" id="aspnetForm">'
                f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{vs}">\n'
                '<table width="980" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3">'
                '<img src="/images/banner_2010.jpg" alt="Báo Điện tử Sơn Thủy"></td></tr><tr><td colspan="3" class="menu">'
                + " | ".join(f'<a href="/m/{i}.aspx">{m}</a>' for i, m in enumerate(["Trang chủ", "Chính trị", "Kinh tế",
                                                                                      "Văn hóa", "Thể thao", "Liên hệ"]))
                + '</td></tr><tr><td width="180" valign="top"><table>' + others + '</table></td><td width="600" valign="top">'
                + main + '</td><td width="200" valign="top"><table><tr><td><b>Tin mới</b></td></tr>' + others
                + '</table></td></tr><tr><td colspan="3" align="center"><font size="1">Báo Điện tử Sơn Thủy - Số 12 Lê Lợi, '
                'TX. Sơn Thủy. ĐT: 057.3821234. Giấy phép số 45/GP-BTTTT. © 2010</font></td></tr></table></form>' + scripts(10))
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    html = pad(doc(title, "", body_all, doctype=doctype,
                   charset='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'), seed=10)
    return dict(template="legacy-daily-2010-font-br-pm", url=url, flags=["legacy-table", "font-br-no-p", "aspnet-viewstate",
                "pm-12h", "weekday", "right-italic-byline", "bold-lead-in-cell"], relevant=True, title=title, lead=lead,
                author="Văn Hùng", published_at="2010-11-08T15:20+07:00", time_shown=True, blocks=blocks, date_str=date_str,
                credit="Văn Hùng", html=html)


PAGES = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10]
