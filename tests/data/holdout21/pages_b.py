"""Articles 11-19."""
import base64
import json
import random

from common import (
    CULTURE,
    DX,
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
from pages_a import doc, interleave, og

EMAG = [
    "Mười năm trước, muốn làm một thủ tục nhỏ, người dân vùng cao phải đi bộ hàng chục cây số xuống trung tâm huyện.",
    "Con đường đất đỏ ngày ấy giờ đã được bê tông hóa, và cột sóng viễn thông mọc lên ngay cạnh trường tiểu học.",
    "Anh Giàng A Páo, người thôn Tả Chải, kể lần đầu cầm chiếc điện thoại thông minh anh chỉ dám dùng để nghe gọi.",
    "Bây giờ, anh livestream bán chè shan tuyết mỗi tối và có khách quen ở tận Thành phố Hồ Chí Minh.",
    "Câu chuyện của anh Páo không phải cá biệt, mà là lát cắt của một cuộc chuyển mình đang diễn ra ở khắp các bản làng.",
    "Điều khó nhất, theo nhiều cán bộ cơ sở, không phải là tiền hay thiết bị mà là thay đổi thói quen của chính con người.",
    "Có những buổi tập huấn chỉ năm bảy người đến dự, cán bộ phải mang máy tính đến tận nương để hướng dẫn từng người.",
    "Chị Lý Thị Dung, tổ trưởng tổ công nghệ số cộng đồng, nói vui rằng chị đã thuộc đường đến từng nhà trong xã.",
    "Mỗi tài khoản định danh được kích hoạt, mỗi đơn hàng đầu tiên được giao thành công đều là một niềm vui nhỏ của tổ.",
    "Ở trạm y tế xã, bác sĩ trẻ Vàng Văn Lâm khám bệnh từ xa với sự hỗ trợ của đồng nghiệp tuyến tỉnh qua màn hình.",
    "Trước đây, những ca bệnh khó phải chuyển viện, người nhà mất cả ngày đường và nhiều khoản chi phí không nhỏ.",
    "Giờ đây, hình ảnh siêu âm và kết quả xét nghiệm được gửi lên tuyến trên chỉ sau vài phút.",
    "Trong lớp học cắm bản, cô giáo Hà Thị Nguyệt dùng máy chiếu và bài giảng điện tử để dạy tiếng Việt cho học trò.",
    "Những đứa trẻ lần đầu nhìn thấy biển qua một đoạn phim ngắn, và ánh mắt chúng sáng lên theo từng con sóng.",
    "Tuy vậy, ở nhiều thôn xa, sóng điện thoại vẫn chập chờn, mưa to là mất kết nối cả buổi.",
    "Những ngày ấy, cán bộ xã lại phải quay về cách làm cũ, ghi chép sổ sách bằng tay rồi nhập lại khi có mạng.",
    "Các chuyên gia cho rằng hạ tầng phải đi trước một bước, nếu không mọi nỗ lực khác sẽ khó phát huy hiệu quả.",
    "Tỉnh đã đề xuất với các nhà mạng ưu tiên lắp đặt trạm phát sóng ở những thôn còn vùng lõm.",
    "Song song với hạ tầng, bài toán nhân lực cũng được đặt ra khi nhiều thanh niên có kỹ năng đã rời quê đi làm xa.",
    "Một số xã đã mời những người con xa quê trở về làm cộng tác viên công nghệ, hưởng phụ cấp theo buổi.",
    "Ở chợ phiên cuối tuần, những tấm bảng mã QR được treo cạnh gánh rau, chum rượu và mẹt thổ cẩm.",
    "Bà Sùng Thị Mỷ, bảy mươi hai tuổi, vẫn nhờ cháu gái kiểm tra tài khoản mỗi khi có khách chuyển tiền.",
    "Bà bảo dùng điện thoại cũng như học dệt vải, lúc đầu rối tay, dần dần rồi cũng quen.",
    "Những con số thống kê chỉ kể được một phần câu chuyện, phần còn lại nằm trong những đổi thay lặng lẽ của đời sống.",
    "Khi người dân thấy lợi ích thiết thực, họ sẽ tự tìm đến công nghệ mà không cần ai thúc giục.",
    "Chặng đường phía trước còn dài, nhưng những bước chân đầu tiên đã in dấu trên từng bản làng.",
    "Chiều muộn, ánh đèn từ màn hình điện thoại le lói trong những ngôi nhà sàn, nơi các gia đình "
    "đang gọi video cho con em ở xa.",
    "Ông trưởng thôn nói, cái được lớn nhất không phải là bán thêm được mấy cân chè, mà là người bản mình bớt thấy xa cách.",
    "Đó có lẽ cũng là ý nghĩa sâu xa nhất của chuyển đổi số ở những vùng đất còn nhiều khó khăn này.",
    "Và câu chuyện ấy, chắc chắn, sẽ còn được viết tiếp bằng chính bàn tay của những người dân nơi đây.",
]


def p11():
    url = "https://emag-credit-noi-dung-base64.example.vn/emagazine/chuyen-doi-so-noi-ban-xa-20240902.html"
    title = "Chuyển đổi số nơi bản xa: Những bước chân đầu tiên"
    lead = ("Từ chiếc điện thoại thông minh đầu tiên đến phiên chợ quét mã QR, hành trình số hóa ở các bản làng vùng cao "
            "là câu chuyện của những con người bền bỉ thay đổi từng thói quen nhỏ.")
    e = make_paras(EMAG, 1101, 10, per=3)
    d1 = make_paras(DX, 1102, 15, per=3)
    blocks = [("h", "Phần 1: Từ con đường đất đỏ")] + [("p", x) for x in e[:4]]
    blocks += [("img", "Phiên chợ vùng cao với những tấm bảng mã QR.", "emag2")]
    blocks += [("h", "Phần 2: Những con số biết nói")] + [("p", x) for x in d1[:8]]
    blocks += [("quote", "Khi người dân thấy lợi ích thiết thực, họ sẽ tự tìm đến công nghệ.")]
    blocks += [("p", x) for x in d1[8:]]
    blocks += [("table", [["Chỉ tiêu", "2021", "2024"], ["Hồ sơ trực tuyến toàn trình", "12%", "58%"],
                          ["Hộ có tài khoản thanh toán", "31%", "74%"], ["Thôn có sóng 4G", "68%", "97%"]])]
    blocks += [("h", "Phần 3: Chặng đường phía trước")] + [("p", x) for x in e[4:]]
    date_str = "06:00 ngày 02 tháng 09 năm 2024"
    rng = random.Random(1111)
    raw = b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(240000))
    b64 = base64.b64encode(raw).decode("ascii")
    body = render_blocks(blocks, h='<h2 class="emag-h2">{}</h2>', p='<p class="emag-p">{}</p>',
                         quote='<div class="emag-quote"><blockquote>{}</blockquote></div>',
                         img='<figure class="emag-photo full"><img src="https://cdn.example.vn/{0}.jpg"><figcaption>{1}'
                             '</figcaption></figure>')
    main = ('<div class="emag-page"><div class="emag-cover" style="height:100vh">'
            f'<img class="cover-img" alt="Ảnh bìa" src="data:image/png;base64,{b64}">'
            f'<h1 class="emag-title">{esc(title)}</h1></div>'
            '<div class="emag-credit">Nội dung: Phạm Thu Trang - Lê Hải | Ảnh: Tuấn Kiệt | Thiết kế: Minh Châu</div>'
            f'<div class="emag-date">{date_str}</div><div class="emag-sapo">{esc(lead)}</div>'
            f'<div class="emag-body">{body}</div>' + share("emag-share") + '</div>')
    body_all = ('<div class="emag-topbar"><a href="/">BÁO ĐÔNG GIANG</a> <a href="/emagazine">E-magazine</a></div>' + main
                + side_box("E-magazine khác", 111, 8, "emag-more")
                + footer("Báo Đông Giang", "Số 9 Nguyễn Huệ, TP. Đông Giang") + scripts(11))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-09-02T06:00:00+07:00"}
    head = og(title, url, desc=lead) + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    html = pad(doc(title, head, body_all), seed=11)
    return dict(template="emag-credit-noi-dung-base64", url=url, flags=["long-form", "emagazine", "base64-image",
                "credit-block-content-only", "ngay-thang-nam", "table", "quote"], relevant=True, title=title, lead=lead,
                author="Phạm Thu Trang, Lê Hải", published_at="2024-09-02T06:00+07:00", time_shown=True, blocks=blocks,
                date_str=date_str, credit="Nội dung: Phạm Thu Trang - Lê Hải", html=html)


def p12():
    url = "https://vccorp-knc-content-sapo-h2.example.vn/doanh-nghiep-nho-len-san-thuong-mai-dien-tu-188240115073.chn"
    title = "Doanh nghiệp nhỏ tìm đường lên sàn thương mại điện tử"
    lead = ("Chi phí quảng cáo tăng, cạnh tranh gay gắt nhưng nhiều doanh nghiệp nhỏ vẫn xem sàn thương mại điện tử là "
            "kênh bán hàng không thể bỏ qua.")
    paras = make_paras(DX, 1212, 6, per=3, start=5)
    blocks = interleave(paras, {2: [("related", ["Hộ kinh doanh phải dùng hóa đơn điện tử từ tháng 6",
                                                 "Ví điện tử tăng trưởng mạnh ở nông thôn"])],
                                3: [("img", "Một cửa hàng đóng gói đơn hàng trực tuyến.", "tmdt")],
                                4: [("h", "Bài toán chi phí")]})
    date_str = "15-01-2024 - 07:32 AM"
    body = render_blocks(blocks, h="<h3>{}</h3>",
                         related='<div class="VCSortableInPreviewMode link-content-footer" type="RelatedOneNews">'
                                 '<b>Xem thêm:</b> {}</div>',
                         img='<div class="VCSortableInPreviewMode" type="Photo"><div><img src="https://cdn.example.vn/{0}.jpg">'
                             '</div><div class="PhotoCMS_Caption"><p>{1}</p></div></div>')
    main = ('<div class="kbwc-header"><div class="kbwc-meta"><a class="kbwcm-cate" href="/doanh-nghiep.chn">Doanh nghiệp</a>'
            f'<span class="kbwcm-time" title="2024-01-15T07:32:00">{date_str}</span></div>'
            f'<h1 class="kbwc-title">{esc(title)}</h1></div><div class="knc-sapo"><h2 class="sapo">{esc(lead)}</h2></div>'
            f'<div class="knc-content" data-role="content">{body}</div><p class="author">Hải Yến</p>'
            '<div class="knc-rate-link"><a href="#">Theo dõi trên Google News</a></div>' + tags(["thương mại điện tử",
                                                                                                  "doanh nghiệp nhỏ"], "knt-list")
            + side_box("Cùng chuyên mục", 121, 12, "knc-relate") + comments(12))
    body_all = ('<div class="header"><a class="logo" href="/">BizNhịp</a>' + menu("menu-nav") + '</div><div class="kbw-content">'
                '<div class="kbwc-body">' + main + '</div><div class="kbw-submenu">' + side_box("Tin nổi bật", 122, 10)
                + side_box("Đọc nhiều", 123, 10) + '</div></div>'
                + footer("BizNhịp - Chuyên trang của Tạp chí Kinh doanh Mới", "Tầng 21, tòa nhà Hà Đô, Cầu Giấy, Hà Nội")
                + cookie() + scripts(12))
    head = og(title, url, desc=lead) + '<meta property="article:published_time" content="2024-01-15T07:32:00+07:00">\n'
    html = pad(doc(title, head, body_all), seed=12)
    return dict(template="vccorp-knc-content-sapo-h2", url=url, flags=["vccorp-style", "am-12h", "date-dash-time",
                "inline-xem-them", "photo-caption-div"], relevant=True, title=title, lead=lead, author="Hải Yến",
                published_at="2024-01-15T07:32+07:00", time_shown=True, blocks=blocks, date_str=date_str, credit="Hải Yến",
                html=html)


def p13():
    url = "https://fpt-press-cms-gmt-ld-person.example.vn/chinh-tri/dua-nghi-quyet-vao-cuoc-song-bang-du-lieu-post8123.html"
    title = "Quản trị bằng dữ liệu: Từ nghị quyết đến cuộc sống"
    lead = ("Nhiều địa phương đã bắt đầu dùng bảng điều hành số để theo dõi việc thực hiện các chỉ tiêu kinh tế - xã hội "
            "theo thời gian thực.")
    paras = make_paras(DX, 1313, 7, per=3, start=11)
    blocks = interleave(paras, {3: [("h", "Bảng điều hành số trên bàn làm việc")],
                                5: [("ul", ["Chỉ số cải cách hành chính cập nhật hằng tuần",
                                            "Tiến độ giải ngân vốn đầu tư công theo từng dự án",
                                            "Phản ánh của người dân và thời gian xử lý"])]})
    date_str = "Thứ Ba, 05/03/2024, 11:12 (GMT+7)"
    body = render_blocks(blocks, h='<h2 class="article__subtitle">{}</h2>',
                         p='<p class="text-justify">{}</p>')
    main = ('<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/chinh-tri">Chính trị</a></div>'
            f'<article class="article article--detail"><h1 class="article__title cms-title">{esc(title)}</h1>'
            f'<div class="article__meta"><time class="time" datetime="2024-03-05T11:12:00+07:00">{date_str}</time></div>'
            f'<div class="article__sapo cms-desc">{esc(lead)}</div><div class="article__body cms-body">{body}</div>'
            '<div class="article__author"><span class="name cms-author">Trần Đức Minh</span></div>'
            + tags(["quản trị số", "dữ liệu"], "article__tag") + share("article__social") + '</article>'
            + side_box("Tin liên quan", 131, 6, "box-related") + side_box("Đọc tiếp", 132, 8))
    body_all = ('<header class="site-header"><div class="logo">Báo Nhân Dân Miền Đông</div><div class="date-now">'
                'Thứ Tư, 6/3/2024</div>' + menu("menu") + '</header><main class="main"><div class="col-8">' + main
                + '</div><div class="col-4">' + side_box("Mới nhất", 133, 12) + '</div></main>'
                + footer("Báo Nhân Dân Miền Đông", "Số 71 Hàng Trống, Hà Nội") + scripts(13))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-03-05T11:12:00+07:00",
          "author": {"@type": "Organization", "name": "Báo Nhân Dân Miền Đông",
                     "employee": {"@type": "Person", "name": "Trần Đức Minh"}},
          "publisher": {"@type": "Organization", "name": "Báo Nhân Dân Miền Đông"}}
    head = og(title, url, desc=lead) + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    html = pad(doc(title + " | Báo Nhân Dân Miền Đông", head, body_all), seed=13)
    return dict(template="fpt-press-cms-gmt-ld-person", url=url, flags=["fpt-style", "gmt7", "weekday", "jsonld-person-in-org",
                "list"], relevant=True, title=title, lead=lead, author="Trần Đức Minh",
                published_at="2024-03-05T11:12+07:00", time_shown=True, blocks=blocks, date_str=date_str,
                credit="Trần Đức Minh", html=html)


def p14():
    url = "https://amp-provincial-sa-two-digit-year.example.vn/amp/xa-hoi/xa-thong-minh-dau-tien-cua-tinh-a77120.html"
    title = "Xã thông minh đầu tiên của tỉnh vận hành camera an ninh kết nối"
    lead = "Hệ thống camera kết nối trung tâm giám sát giúp xã Phú Hòa Đông giảm rõ rệt các vụ trộm cắp tài sản."
    paras = make_paras(DX, 1414, 5, per=3, start=20)
    blocks = interleave(paras, {2: [("img", "Cán bộ công an xã theo dõi camera tại phòng điều hành.", "cam")]})
    date_str = "14/08/24 08:30 SA"
    body = render_blocks(blocks, img='<figure><amp-img src="https://cdn.example.vn/{0}.jpg" width="800" height="450" '
                                     'layout="responsive"></amp-img><figcaption>{1}</figcaption></figure>')
    boiler = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start '
              '8s steps(1,end) 0s 1 normal both}</style>'
              '<noscript><style amp-boilerplate>body{animation:none}</style></noscript>\n'
              '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
              '<style amp-custom>.amp-title{font-size:22px}.amp-meta{color:#888}</style>\n'
              f'<link rel="canonical" href="{url.replace("/amp/", "/")}">\n')
    main = ('<header class="amp-header"><a href="/">BÁO PHÚ HÒA</a><amp-sidebar id="sb" layout="nodisplay">'
            + menu("amp-menu", sub=False) + '</amp-sidebar></header><article class="amp-article">'
            f'<h1 class="amp-title">{esc(title)}</h1><div class="amp-meta"><span class="amp-time">{date_str}</span> '
            f'<span class="amp-author">Nhóm PV</span></div><p class="amp-sapo"><strong>{esc(lead)}</strong></p>'
            f'<div class="amp-content">{body}</div>' + tags(["xã thông minh", "camera an ninh"]) + '</article>'
            + side_box("Tin khác", 141, 10, "amp-related") + footer("Báo Phú Hòa", "Số 2 Hùng Vương, TP. Phú Hòa"))
    body_all = main + ('<amp-analytics type="gtag">'
                       '<script type="application/json">{"vars":{"gtag_id":"G-AB12"}}</script></amp-analytics>\n')
    html = pad(doc(title, og(title, url) + boiler, body_all).replace('<html lang="vi">', '<html amp lang="vi">'), seed=14)
    return dict(template="amp-provincial-sa-two-digit-year", url=url, flags=["amp", "two-digit-year", "sa-12h",
                "date-before-time", "nhom-pv-author"], relevant=True, title=title, lead=lead, author="Nhóm PV",
                published_at="2024-08-14T08:30+07:00", time_shown=True, blocks=blocks, date_str=date_str, credit="Nhóm PV",
                html=html)


def p15():
    url = "https://m-host-culture-cap-nhat-only.example.vn/van-hoa/le-hoi-lang-ven-song-a5521.html"
    title = "Rộn ràng lễ hội làng ven sông đầu mùa nước nổi"
    lead = "Lễ hội truyền thống của làng ven sông năm nay có thêm nhiều hoạt động mới, thu hút hàng nghìn du khách."
    paras = make_paras(CULTURE, 1515, 5, per=2)
    blocks = interleave(paras, {3: [("img", "Màn múa rối nước tại ao đình làng.", "roi")]})
    date_str = "Cập nhật: 16:20, 22/07/2024"
    body = render_blocks(blocks, img='<p class="img-center"><img src="https://cdn.example.vn/{0}.jpg"></p><p><em>{1}</em></p>')
    main = ('<div class="m-header"><a class="m-logo" href="/">VĂN HÓA &amp; ĐỜI SỐNG</a><a class="m-burger" href="#menu">☰</a>'
            '</div>' + menu("m-menu", sub=False) + '<div class="m-article">'
            f'<a class="m-cate" href="/van-hoa">Văn hóa</a><h1 class="m-title">{esc(title)}</h1>'
            f'<div class="m-time">{date_str}</div><div class="m-sapo">{esc(lead)}</div>'
            f'<div class="m-body">{body}<p class="m-author">Thực hiện: Kim Ngân</p>'
            '<p class="m-modified">Ngày cập nhật: 23/07/2024 09:00</p></div>'
            + share("m-share") + tags(["lễ hội", "văn hóa truyền thống"]) + '</div>' + side_box("Tin mới", 151, 10, "m-box")
            + side_box("Xem nhiều", 152, 8, "m-box") + '<a class="m-desktop" href="#">Xem phiên bản máy tính</a>'
            + footer("Tuần báo Văn hóa & Đời sống", "Số 33 Lý Thường Kiệt, Hà Nội", "m-footer") + scripts(15))
    head = og(title, url) + '<link rel="canonical" href="' + url.replace("://m-host", "://www.m-host") + '">\n'
    html = pad(doc(title, head, main), seed=15)
    return dict(template="m-host-culture-cap-nhat-only", url=url, flags=["off-topic", "culture", "mobile",
                "cap-nhat-only-date", "modified-below-body", "thuc-hien-label", "caption-em-p"], relevant=False,
                title=title, lead=lead, author="Kim Ngân", published_at="2024-07-22T16:20+07:00", time_shown=True,
                blocks=blocks, date_str=date_str, credit="Thực hiện: Kim Ngân", html=html)


def p16():
    url = "https://aspnet-viewstate-trade-office-credit.example.vn/tin-tuc/cho-so-phuoc-yen-20231002.aspx"
    title = "Phước Yên nhân rộng mô hình chợ số, tiểu thương dùng ví điện tử"
    lead = "Sau giai đoạn thí điểm, mô hình chợ số được triển khai tại nhiều chợ truyền thống trên địa bàn tỉnh Phước Yên."
    paras = make_paras(DX, 1616, 5, per=3, start=26)
    blocks = interleave(paras, {3: [("table", [["Chợ", "Số tiểu thương", "Có mã QR"], ["Chợ trung tâm", "412", "390"],
                                               ["Chợ Yên Khê", "126", "98"], ["Chợ Đại An", "87", "61"]])]})
    date_str = "Thứ hai, 02/10/2023 | 10:15"
    body = render_blocks(blocks)
    rng = random.Random(1616)
    vs = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(15000))).decode()
    main = ('<div id="dnn_ctr1045_ContentPane" class="DNNModuleContent ModNewsDetailC">'
            '<div id="dnn_ctr1045_ViewNews_pnlDetail" class="news-detail">'
            f'<h1 class="title">{esc(title)}</h1><div class="date-info"><span id="dnn_ctr1045_ViewNews_lblDate">{date_str}'
            '</span> <span class="poster">Người đăng: editor01</span></div>'
            f'<div class="summary"><strong>{esc(lead)}</strong></div><div class="news-content">{body}'
            '<p style="text-align:right"><strong>Sở TT&amp;TT tỉnh Phước Yên</strong></p></div>'
            '<div class="tools"><a href="#">In trang</a> <a href="#">Gửi email</a> '
            '<a href="#">Về đầu trang</a></div></div></div>')
    body_all = ('<form method="post" action="./cho-so-phuoc-yen-20231002.aspx" id="form1">'
                f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">'
                '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK3x9q"></div>'
                '<div id="dnn_HeaderPane"><a href="/">TẠP CHÍ THƯƠNG MẠI PHƯỚC YÊN</a></div>' + menu("dnn-menu")
                + '<div class="row"><div id="dnn_LeftPane" class="col-md-8">' + main + '</div><div id="dnn_RightPane" '
                'class="col-md-4">' + side_box("Tin mới", 161, 10) + side_box("Tin đọc nhiều", 162, 10) + '</div></div>'
                + footer("Tạp chí Thương mại Phước Yên", "Số 88 Trần Hưng Đạo, TP. Phước Yên") + '</form>' + scripts(16))
    html = pad(doc(title + " - Tạp chí Thương mại Phước Yên", og(title, url), body_all), seed=16)
    return dict(template="aspnet-viewstate-trade-office-credit", url=url, flags=["aspnet-form1", "viewstate", "dnn-panes",
                "cms-account-editor", "office-credit-null", "weekday-date-pipe-time", "table"], relevant=True,
                title=title, lead=lead, author=None, published_at="2023-10-02T10:15+07:00", time_shown=True,
                blocks=blocks, date_str=date_str, credit=None, html=html)


def p17():
    url = "https://sharepoint-rte-magazine-brief-ch.example.vn/Pages/tin-tuc/2024/02/chu-ky-so-cong-dan.aspx"
    title = "Hơn 200 nghìn công dân được cấp chữ ký số miễn phí"
    lead = ""
    blocks = [("p", "Theo báo cáo của Tổ công tác triển khai Đề án 06, đến hết tháng 2, tỉnh Tân Phú Lâm đã cấp miễn phí "
                    "chứng thư chữ ký số cho hơn 200 nghìn công dân, chủ yếu là người đã có tài khoản định danh điện tử."),
              ("p", "Với chữ ký số cá nhân, người dân có thể tự ký tờ khai, hợp đồng và hồ sơ thủ tục hành chính trên điện "
                    "thoại mà không cần in ấn hay công chứng bản sao."),
              ("p", "Tổ công tác đề nghị các ngân hàng, doanh nghiệp viễn thông tiếp tục phối hợp hướng dẫn, đồng thời "
                    "cảnh báo người dân tuyệt đối không cung cấp mã kích hoạt cho người lạ.")]
    date_str = "Ngày đăng: 27/02/2024 3:45 CH"
    body = render_blocks(blocks)
    main = ('<div id="ctl00_PlaceHolderMain_ctl00" class="article-page"><div class="breadcrumb"><a href="/">Trang chủ</a> › '
            '<a href="/Pages/tin-tuc.aspx">Tin tức</a></div>'
            f'<h1 class="article-title">{esc(title)}</h1><div class="article-date">{date_str}</div>'
            '<div class="article-author">Tác giả: TS. Đỗ Quang Vinh</div>'
            f'<div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField" class="ms-rtestate-field">{body}</div>'
            + share() + '</div>')
    body_all = ('<form method="post" action="chu-ky-so-cong-dan.aspx" id="aspnetForm">'
                '<input type="hidden" name="__REQUESTDIGEST" value="0x1A2B3C4D,27 Feb 2024 08:45:00 -0000">'
                '<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header"><a href="/">Tạp chí Công nghệ & '
                'Đời sống số</a></div>' + menu("ms-core-listMenu-horizontalBox") + '<div class="main-content"><div class="left">'
                + main + '</div><div class="right">' + side_box("Tin mới cập nhật", 171, 10) + side_box("Tin cùng chuyên mục",
                                                                                                     172, 8) + '</div></div>'
                + footer("Tạp chí Công nghệ & Đời sống số", "Số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội")
                + '</div></div></form>' + scripts(17))
    html = pad(doc(title, og(title, url), body_all), seed=17)
    return dict(template="sharepoint-rte-magazine-brief-ch", url=url, flags=["brief", "sharepoint", "ms-rtestate-field",
                "ch-12h", "ngay-dang-label", "academic-title", "no-lead"], relevant=True, title=title, lead=lead,
                author="Đỗ Quang Vinh", published_at="2024-02-27T15:45+07:00", time_shown=True, blocks=blocks,
                date_str=date_str, credit="Đỗ Quang Vinh", html=html)


def p18():
    url = "https://liferay-radio-journal-dem-clock.example.vn/web/guest/tin-tuc/-/asset_publisher/abc/content/tong-dai-1022"
    title = "Tổng đài 1022 tiếp nhận phản ánh của người dân 24/7"
    lead = "Từ đầu năm 2024, tổng đài 1022 của tỉnh chính thức hoạt động liên tục cả ngày đêm, kể cả ngày nghỉ, lễ, Tết."
    paras = make_paras(DX, 1818, 5, per=3, start=33)
    blocks = interleave(paras, {4: [("h", "Phản hồi trong năm ngày làm việc")]})
    date_str = "30/12/2023 lúc 10:10 đêm"
    body = render_blocks(blocks, h="<p><strong>{}</strong></p>")
    main = ('<section class="portlet" id="portlet_101_INSTANCE_abc"><div class="portlet-boundary portlet-boundary_101_ '
            'portlet-asset-publisher"><div class="portlet-content"><div class="asset-full-content">'
            f'<h3 class="header-title"><span>{esc(title)}</span></h3><div class="asset-metadata"><span class="metadata-entry '
            f'metadata-publish-date">{date_str}</span></div><div class="asset-content"><div class="journal-content-article">'
            f'<p class="sapo"><em>{esc(lead)}</em></p>{body}'
            '<p style="text-align:right"><strong>Phóng viên: Lò Văn Sơn, Hà Thị Mai</strong></p></div></div>'
            '<div class="taglib-social-bookmarks"><a href="#">Facebook</a></div></div></div></div></section>')
    body_all = ('<div id="wrapper"><header id="banner"><a class="logo" href="/">Đài Phát thanh - Truyền hình Sơn Thủy</a>'
                '<a href="/web/guest/truc-tuyen">Nghe - Xem trực tuyến</a></header>' + menu("navigation")
                + '<div id="content"><div class="columns-2"><div id="column-1" class="portlet-column">' + main
                + '</div><div id="column-2" class="portlet-column">' + side_box("Tin mới", 181, 10, "portlet-boundary")
                + side_box("Lịch phát sóng", 182, 8, "portlet-boundary") + '</div></div></div>'
                + footer("Đài Phát thanh - Truyền hình Sơn Thủy", "Số 101 Hùng Vương, TX. Sơn Thủy", "footer") + '</div>'
                + scripts(18))
    html = pad(doc(title, og(title, url), body_all), seed=18)
    return dict(template="liferay-radio-journal-dem-clock", url=url, flags=["liferay", "journal-content-article",
                "dem-12h", "date-luc-time", "two-authors-comma", "phong-vien-label", "italic-sapo-in-body"],
                relevant=True, title=title, lead=lead, author="Lò Văn Sơn, Hà Thị Mai",
                published_at="2023-12-30T22:10+07:00", time_shown=True, blocks=blocks, date_str=date_str,
                credit="Lò Văn Sơn, Hà Thị Mai", html=html)


def p19():
    url = "https://nukeviet-bodytext-bold-sapo-stale-ld.example.vn/news/kinh-te/hoc-ba-so-va-ho-so-tuyen-sinh-1934.html"
    title = "Học bạ số giúp phụ huynh bớt giấy tờ khi nộp hồ sơ tuyển sinh"
    lead = ("Năm học này, học sinh lớp 9 trên địa bàn tỉnh không phải nộp bản sao học bạ giấy khi đăng ký tuyển sinh "
            "vào lớp 10.")
    paras = make_paras(DX, 1919, 6, per=3, start=14)
    blocks = interleave(paras, {3: [("img", "Phụ huynh tra cứu học bạ số của con trên điện thoại.", "hb")],
                                5: [("ul", ["Đăng ký tuyển sinh trực tuyến", "Tra cứu học bạ số", "Nhận kết quả qua ứng dụng"])]})
    date_str = "Thứ năm - 09/05/2024 15:02"
    body = render_blocks(blocks, img='<table class="image center"><tr><td><img src="https://cdn.example.vn/{0}.jpg"></td></tr>'
                                     '<tr><td class="image-caption">{1}</td></tr></table>')
    main = ('<div class="news_detail"><div class="page panel panel-default"><div class="panel-body">'
            f'<h1 class="title margin-bottom-lg">{esc(title)}</h1><div class="row"><div class="col-md-12"><span class="h5">'
            f'{date_str}</span></div></div><div class="clearfix"></div><div id="news-bodyhtml" class="bodytext margin-bottom-lg">'
            f'<p><strong>{esc(lead)}</strong></p>{body}<p style="text-align:right"><em>Nguyễn Thị Hạnh</em></p></div>'
            '<div class="h5 text-right"><strong>Tác giả bài viết:</strong> Nguyễn Thị Hạnh</div>'
            '<div class="keywords"><em class="fa fa-tags"></em> Từ khóa: <a href="/tag/hoc-ba-so">học bạ số</a></div>'
            '</div></div><div class="news_detail_others">' + side_box("Những tin mới hơn", 191, 5)
            + side_box("Những tin cũ hơn", 192, 5) + '</div></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2024-05-08T09:00:00+07:00", "author": {"@type": "Person", "name": "Nguyễn Thị Hạnh"}}
    head = og(title, url) + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    body_all = ('<div class="body-bg"><div class="wraper"><header><div class="logo"><a href="/">Báo Điện tử Bắc Hà Giang</a>'
                '</div></header>' + menu("nav navbar-nav") + '<section><div class="row"><div class="col-sm-16 col-md-18">'
                + main + comments(19) + '</div><div class="col-sm-8 col-md-6">' + side_box("Tin xem nhiều", 193, 10, "panel")
                + '</div></div></section>' + footer("Báo Điện tử Bắc Hà Giang", "Số 12 Nguyễn Trãi, TP. Bắc Hà Giang")
                + '</div></div>' + scripts(19))
    html = pad(doc(title, head, body_all), seed=19)
    return dict(template="nukeviet-bodytext-bold-sapo-stale-ld", url=url, flags=["nukeviet", "bold-first-para-lead",
                "stale-jsonld", "weekday-dash-date-time", "right-italic-byline", "caption-table-row", "list"],
                relevant=True, title=title, lead=lead, author="Nguyễn Thị Hạnh", published_at="2024-05-09T15:02+07:00",
                time_shown=True, blocks=blocks, date_str=date_str, credit="Nguyễn Thị Hạnh", html=html)


PAGES = [p11, p12, p13, p14, p15, p16, p17, p18, p19]
