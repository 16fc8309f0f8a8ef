"""Pages 14-19 (articles)."""
import base64

from common import *
from pages_a import P


def p14(rng):
    t = "bem-press-cms-article-body"
    host = f"{t}.example.vn"
    title = "Lớp học kỹ năng số cho người cao tuổi: Học để không bị bỏ lại phía sau"
    lead = ("Mỗi sáng thứ Tư, câu lạc bộ hưu trí phường Trung Hòa lại kín chỗ. Những học viên ngoài bảy mươi tuổi chăm "
            "chú học cách gọi video, thanh toán tiền điện và nhận diện tin nhắn lừa đảo.")
    blocks = [
        "Lớp học do Hội Người cao tuổi phường phối hợp với Đoàn Thanh niên tổ chức từ đầu năm, mỗi khóa kéo dài sáu "
        "buổi. Giảng viên là các bạn sinh viên tình nguyện, mỗi bạn kèm hai đến ba học viên để có thể hướng dẫn tỉ mỉ.",
        "Bà Ngô Thị Liên, 76 tuổi, kể trước đây mỗi lần muốn gọi cho con gái ở nước ngoài bà đều phải chờ cháu đi học "
        "về bấm hộ. Sau ba buổi học, bà đã tự gọi video được và còn biết cách gửi ảnh cho con.",
        "Nội dung được nhiều người quan tâm nhất là cách nhận biết các chiêu lừa đảo qua mạng. Giảng viên đưa ra "
        "những tình huống thường gặp như giả danh công an gọi điện yêu cầu cập nhật thông tin, tin nhắn báo trúng "
        "thưởng hay đường link lạ đề nghị đăng nhập tài khoản ngân hàng.",
        "Ông Đào Văn Chính, 72 tuổi, cho biết tháng trước ông suýt chuyển tiền cho một người tự xưng là nhân viên bảo "
        "hiểm. \"Nhờ nhớ lời cô giáo dặn là không chuyển tiền cho người lạ qua điện thoại, tôi gọi hỏi con trai trước, "
        "thế là thoát\", ông kể.",
        "Theo Hội Người cao tuổi phường, đến nay đã có hơn 200 hội viên hoàn thành khóa học. Hội dự kiến mở thêm lớp "
        "nâng cao về sử dụng dịch vụ công trực tuyến và khám bệnh từ xa trong quý tới.",
        "Đại diện Đoàn Thanh niên phường cho rằng, bên cạnh kiến thức, điều quan trọng là tạo cho người cao tuổi sự "
        "tự tin. Nhiều cụ ban đầu sợ bấm nhầm làm hỏng máy, nhưng khi được khuyến khích thì tiến bộ rất nhanh.",
    ]
    date_str = "Thứ Ba, 14:20 ngày 02/04/2024"
    main = ('<article class="article"><div class="article__breadcrumb"><a href="/xa-hoi">Xã hội</a></div>'
            f'<h1 class="article__title cms-title">{esc(title)}</h1>\n<div class="article__meta">'
            f'<time class="article__time">{esc(date_str)}</time></div>\n'
            f'<div class="article__sapo cms-desc"><p>{esc(lead)}</p></div>\n'
            '<div class="article__body cms-body" itemprop="articleBody">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[:3])
            + '<table class="picture" align="center"><tbody><tr><td class="pic"><img class="cms-photo" '
              'src="/Uploaded/2024/04/02/lop-hoc.jpg" alt=""></td></tr><tr><td class="caption"><p>Sinh viên tình '
              'nguyện hướng dẫn người cao tuổi sử dụng điện thoại thông minh.</p></td></tr></tbody></table>\n'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[3:])
            + '</div>\n<div class="article__author"><span class="name">Hà Phương, Quốc Tuấn, Lệ Thủy</span></div>\n'
              '<div class="article__tag"><a href="/tags/ky-nang-so">kỹ năng số</a> <a href="/tags/nguoi-cao-tuoi">'
              f'người cao tuổi</a></div>{share_bar("article__share")}{comments_box(rng, 5, "article__comment")}'
              '</article>')
    body = frame(rng, host, "Báo Thủ đô Tin Tức (mẫu)", main, today="Thứ Ba, 02/04/2024",
                 addr="Số 44 Lê Thái Tổ, Hoàn Kiếm, Hà Nội", phone="024 3825 1111",
                 lic="Giấy phép số 502/GP-BTTTT (giả lập)", crumbs=("Xã hội", "Đời sống số"), wrap="l-container",
                 menu_cls="c-menu")
    h = doc(title, og(title, lead, f"https://{host}/xa-hoi/lop-hoc-ky-nang-so-post71234.html")
            + '\n<meta property="article:published_time" content="2024-04-02T14:20:00+07:00">', body)
    return P(t, "xa-hoi/lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi-post71234.html", html=h, title=title, lead=lead,
             author="Hà Phương, Quốc Tuấn, Lệ Thủy", published_at="2024-04-02T14:20+07:00", blocks=blocks,
             date_str=date_str, flags=["three-authors", "weekday-time-ngay-date", "caption-table-row",
                                       "digital-society", "comments-paged"])


def p15(rng):
    t = "amp-broadcaster-brief-page"
    host = f"{t}.example.vn"
    title = "Hà Giang thí điểm sổ sức khỏe điện tử cho học sinh nội trú"
    lead = "Hơn 3.000 học sinh các trường phổ thông dân tộc nội trú sẽ được lập sổ sức khỏe điện tử trong năm học mới."
    blocks = [
        "Theo Sở Y tế tỉnh Hà Giang, chương trình được triển khai tại 12 trường phổ thông dân tộc nội trú cấp huyện. "
        "Thông tin khám sức khỏe định kỳ, tiêm chủng và các lần điều trị của học sinh sẽ được cập nhật lên hệ thống "
        "và tích hợp với tài khoản định danh điện tử của phụ huynh.",
        "Nhân viên y tế trường học được tập huấn nhập liệu trên máy tính bảng, kể cả khi không có mạng, dữ liệu sẽ "
        "tự đồng bộ khi có kết nối trở lại.",
        "Ngành y tế kỳ vọng việc số hóa giúp phát hiện sớm tình trạng suy dinh dưỡng, cận thị và các bệnh thường gặp "
        "ở học sinh vùng cao.",
    ]
    date_str = "28/08/2024 16:45"
    css = "body{font-family:Arial}" + "".join(f".c{i}{{margin:{i}px}}" for i in range(400))
    main = (f'<article class="amp-article"><h1 class="amp-title">{esc(title)}</h1>'
            f'<div class="amp-meta"><span class="amp-date">{esc(date_str)}</span></div>'
            f'<p class="amp-sapo"><strong>{esc(lead)}</strong></p>'
            '<amp-img src="/media/2024/08/28/so-suc-khoe.jpg" width="600" height="400" layout="responsive" alt="">'
            '</amp-img><p class="amp-caption"><em>Khám sức khỏe cho học sinh nội trú.</em></p>'
            '<div class="amp-content">' + "".join(f'<p>{esc(b)}</p>' for b in blocks)
            + '<p class="amp-author">Trung Kiên</p></div>'
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_detail"></amp-ad>'
            '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="zalo"></amp-social-share>'
            '</article>')
    side = "".join(sidebar_box(rng, tt, "amp-box", 12, "{d:02d}/{mo:02d}/2024 {hh:02d}:{mi:02d}", host)
                   for tt in ("Tin mới", "Xem nhiều", "Tin liên quan"))
    body = (f'<header class="amp-header"><a href="/"><amp-img src="/logo.png" width="200" height="40" alt="Đài PT-TH">'
            f'</amp-img></a><amp-sidebar id="sb" layout="nodisplay">{menu_html(host, "amp-menu", False)}</amp-sidebar>'
            f'</header><div class="amp-breadcrumb"><a href="/">Trang chủ</a> › <a href="/xa-hoi">Xã hội</a></div>'
            f'{main}{side}<footer class="amp-footer"><p>Đài Phát thanh - Truyền hình Cao Nguyên Đá (mẫu)</p>'
            '<p>Địa chỉ: Số 1 Nguyễn Trãi, TP. Hà Giang. Điện thoại: 0219 386 0000</p>'
            '<p>© 2024 Bản quyền thuộc về Đài PT-TH Cao Nguyên Đá (giả lập).</p></footer>'
            '<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-XXXX"}}</script>'
            '</amp-analytics>')
    head = (f'<link rel="canonical" href="https://{host}/xa-hoi/so-suc-khoe-dien-tu-12345.html">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
            f'<style amp-custom>{css}</style><style amp-boilerplate>body{{visibility:hidden}}</style>'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                      "datePublished": "2024-08-28T16:45:00+07:00"}))
    h = doc(title, head, body, html_attrs=" amp")
    h = pad_script(rng, h, 26500)
    return P(t, "amp/xa-hoi/ha-giang-thi-diem-so-suc-khoe-dien-tu-12345.html", html=h, title=title, lead=lead,
             author="Trung Kiên", published_at="2024-08-28T16:45+07:00", blocks=blocks, date_str=date_str,
             kind="brief", flags=["amp", "brief", "date-before-time", "bare-author-line", "jsonld"])


def p16(rng):
    t = "msite-culture-arts-weekly"
    host = f"m.{t}.example.vn"
    title = "Phục dựng lễ hội cầu mùa của người Cơ Tu sau hơn 30 năm vắng bóng"
    lead = ("Sau nhiều tháng chuẩn bị, người dân thôn A Rớ đã phục dựng thành công lễ hội cầu mùa, một nghi lễ quan "
            "trọng của đồng bào Cơ Tu từng bị mai một từ cuối thập niên 1980.")
    blocks = [
        "Từ sáng sớm, sân nhà Gươl của thôn A Rớ, xã Lăng, huyện Tây Giang, tỉnh Quảng Nam đã rộn ràng tiếng chiêng "
        "trống. Các già làng trong trang phục truyền thống thực hiện nghi thức dâng lễ vật gồm gạo nếp, rượu cần, "
        "gà trống và những bó lúa đầu mùa.",
        "Già làng Bhling Mía, 81 tuổi, người nhớ rõ nhất trình tự nghi lễ, cho biết lần cuối ông được tham dự lễ cầu "
        "mùa là khi còn trai trẻ. Suốt nhiều tháng, ông cùng cán bộ văn hóa huyện ghi chép lại từng bài khấn, từng "
        "điệu múa để con cháu có thể tiếp nối.",
        "Sau phần lễ là phần hội với các điệu múa tung tung da dá, thi giã gạo, thi nấu cơm lam và đánh chiêng. Thanh "
        "niên trong thôn hào hứng tham gia, nhiều người lần đầu được khoác lên mình bộ trang phục dệt thổ cẩm do "
        "chính mẹ mình làm ra.",
        "Theo Phòng Văn hóa và Thông tin huyện Tây Giang, việc phục dựng lễ hội nằm trong chương trình bảo tồn văn hóa "
        "truyền thống gắn với phát triển du lịch cộng đồng. Trong năm nay, huyện cũng hỗ trợ mở ba lớp truyền dạy "
        "cồng chiêng và dệt thổ cẩm cho thanh thiếu niên.",
        "Lễ hội thu hút đông đảo du khách và các nhà nghiên cứu văn hóa. Nhiều người cho rằng, nếu được tổ chức định "
        "kỳ và giữ được không khí nguyên bản, đây sẽ là sản phẩm du lịch đặc sắc của vùng núi phía Tây Quảng Nam.",
    ]
    date_str = "Thứ bảy, 02/03/2024, 7:30 tối"
    main = ('<div class="m-detail"><div class="m-cate"><a href="/van-hoa">Văn hóa</a></div>'
            f'<h1 class="m-title">{esc(title)}</h1><div class="m-time">{esc(date_str)}</div>'
            f'<div class="m-author">Bài, ảnh: Đoàn Minh Châu</div><div class="m-sapo">{esc(lead)}</div>'
            '<div class="m-content">'
            + "".join(f'<p>{esc(b)}</p>' for b in blocks[:2])
            + '<p style="text-align:center"><img src="/img/2024/03/le-hoi.jpg" width="100%" alt=""></p>'
              '<p style="text-align:center"><em>Các già làng thực hiện nghi thức dâng lễ vật.</em></p>'
            + "".join(f'<p>{esc(b)}</p>' for b in blocks[2:])
            + '</div><div class="m-tags"><a href="/tag/le-hoi">lễ hội</a> <a href="/tag/co-tu">Cơ Tu</a></div>'
              '<div class="m-app-banner">Tải ứng dụng để đọc báo nhanh hơn <a href="#">Tải ngay</a></div></div>')
    items = "".join(f'<li class="m-item"><a href="/{slugify(hh)}.html"><img src="/t/{i}.jpg" alt=""><h3>{esc(hh)}</h3>'
                    f'</a><span class="m-item-time">{rng.randint(1, 12)} giờ trước</span></li>'
                    for i, hh in enumerate(rng.sample(HEADLINES, 30)))
    body = ('<div class="m-wrap"><header class="m-header"><a class="m-logo" href="/">Văn hóa Nghệ thuật (mẫu)</a>'
            '<button class="m-menu-btn">☰</button></header>' + menu_html(host, "m-nav", False) + main
            + f'<div class="m-list"><h2>Tin khác</h2><ul>{items}</ul></div>{ad_script(rng, "m-sticky")}'
            '<footer class="m-footer"><p>Tuần báo Văn hóa Nghệ thuật (mẫu) - 51 Ngô Quyền, Hà Nội</p><p>© 2024. '
            'Giấy phép số 44/GP-BTTTT (giả lập).</p><a href="https://www.example.vn/?desktop=1">Phiên bản máy tính</a>'
            f'</footer>{cookie_html("m-cookie")}</div>')
    h = doc(title, og(title, lead, f"https://{host}/van-hoa/le-hoi-cau-mua.html")
            + f'<link rel="canonical" href="https://www.{t}.example.vn/van-hoa/le-hoi-cau-mua.html">', body)
    h = pad_script(rng, h, 26500)
    return P(t, "van-hoa/phuc-dung-le-hoi-cau-mua-cua-nguoi-co-tu-20240302193000.html", html=h, title=title,
                  lead=lead, author="Đoàn Minh Châu", relevant=False, published_at="2024-03-02T19:30+07:00",
                  blocks=blocks, date_str=date_str, flags=["mobile-m-host", "off-topic-culture", "12h-toi",
                                                           "weekday-prefix", "caption-em-paragraph", "bai-anh"])


def p17(rng):
    import longform as L
    t = "emag-inline-data-image-longread"
    host = f"{t}.example.vn"
    blocks = L.blocks()
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.getrandbits(8) for _ in range(240000)) + b"\xff\xd9"
    b64 = base64.b64encode(raw).decode()
    date_str = "Ngày xuất bản: 01/09/2024 - 06:00"
    parts = []
    for head, ps in L.SECTIONS:
        parts.append(f'<section class="emag-section"><h2 class="emag-h2">{esc(head)}</h2>')
        for p in ps:
            if p == table_block(L.TABLE):
                parts.append(table_html(L.TABLE, "emag-table"))
            elif p == list_block(L.LIST):
                parts.append('<ul class="emag-list">' + "".join(f'<li>{esc(x)}</li>' for x in L.LIST) + '</ul>')
            else:
                parts.append(f'<p class="emag-p">{esc(p)}</p>')
        parts.append('<div class="emag-full-img"><img src="/emag/2024/09/anh-minh-hoa.jpg" alt="">'
                     '<div class="emag-img-cap">Ảnh: Bùi Khánh</div></div></section>')
    main = ('<div class="emagazine-wrap" data-template="fullwidth">'
            f'<div class="emag-cover" style="background-image:url(data:image/jpeg;base64,{b64[:64]}...)">'
            f'<img class="emag-cover-img" alt="Ảnh bìa" src="data:image/jpeg;base64,{b64}">'
            f'<h1 class="emag-title">{esc(L.TITLE)}</h1></div>\n'
            f'<div class="emag-meta"><span class="emag-date">{esc(date_str)}</span></div>\n'
            f'<div class="emag-sapo"><p>{esc(L.LEAD)}</p></div>\n<div class="emag-body">' + "\n".join(parts)
            + f'</div>\n<div class="emag-credit"><p>{esc(L.CREDIT)}</p></div>{share_bar("emag-share")}</div>')
    body = ('<div class="emag-page"><header class="emag-topbar"><a href="/">Báo Vùng Cao (mẫu)</a> | '
            '<a href="/emagazine">E-magazine</a></header>' + main
            + '<div class="emag-more"><h3>E-magazine khác</h3><ul>'
            + "".join(f'<li><a href="/emagazine/{slugify(hh)}.html">{esc(hh)}</a> <span>{rng.randint(1, 28):02d}/'
                      f'{rng.randint(1, 8):02d}/2024</span></li>' for hh in rng.sample(HEADLINES, 10))
            + '</ul></div>' + footer_html("Báo Vùng Cao (mẫu)", "Số 8 Hoàng Liên, TP. Lào Cai", "0214 382 0000",
                                           "Giấy phép số 19/GP-BTTTT (giả lập)") + '</div>')
    h = doc(L.TITLE + " - E-magazine", og(L.TITLE, L.LEAD, f"https://{host}/emagazine/chuyen-doi-so-tren-reo-cao.html")
            + '\n<meta property="article:published_time" content="2024-09-01T06:00:00+07:00">', body)
    return P(t, "emagazine/chuyen-doi-so-tren-reo-cao-hanh-trinh-nam-nam-cua-lao-cai-20240901.html", html=h,
             title=L.TITLE, lead=L.LEAD, author=L.AUTHOR, published_at="2024-09-01T06:00+07:00", blocks=blocks,
             date_str=date_str, credit=L.CREDIT, kind="long",
             flags=["emagazine", "long-form", "base64-image", "credit-block-noi-dung-anh-thiet-ke", "table", "list",
                    "ngay-xuat-ban", "subheadings"])


def p18(rng):
    t = "business-daily-ld-org-person"
    host = f"{t}.example.vn"
    title = "Hộ kinh doanh chuyển sang hóa đơn điện tử từ máy tính tiền: Lúng túng những ngày đầu"
    lead = ("Từ đầu năm, nhiều hộ kinh doanh có doanh thu lớn tại TP.HCM bắt buộc sử dụng hóa đơn điện tử khởi tạo từ "
            "máy tính tiền. Không ít chủ cửa hàng phải vừa bán hàng vừa học cách xuất hóa đơn.")
    blocks = [
        "Cửa hàng tạp hóa của anh Lương Minh Trí ở quận Tân Bình có doanh thu khoảng 15 triệu đồng mỗi ngày. Tuần đầu "
        "tiên dùng phần mềm bán hàng có kết nối với cơ quan thuế, anh phải nhờ nhân viên nhà cung cấp ngồi cạnh cả "
        "buổi chiều để xử lý các lỗi nhập mã hàng, in sai tên khách.",
        "\"Khó nhất là lúc đông khách, vừa tính tiền vừa phải bấm xuất hóa đơn. Có khách mua gói bánh mười nghìn cũng "
        "phải có hóa đơn, máy in nhiệt chạy liên tục\", anh Trí kể.",
        "Theo Cục Thuế TP.HCM, đến giữa tháng 1 đã có hơn 6.000 hộ và doanh nghiệp trên địa bàn đăng ký sử dụng hóa đơn "
        "điện tử khởi tạo từ máy tính tiền, tập trung ở các ngành bán lẻ, ăn uống, xăng dầu và dược phẩm. Cơ quan "
        "thuế cho biết việc áp dụng giúp minh bạch doanh thu và tạo sự công bằng giữa các cơ sở kinh doanh.",
        "Các nhà cung cấp phần mềm đã tung ra nhiều gói giải pháp giá rẻ, có gói chỉ vài trăm nghìn đồng mỗi năm, cho "
        "phép dùng ngay trên điện thoại. Tuy nhiên, một số hộ kinh doanh phản ánh chi phí mua thêm máy in, máy quét mã "
        "vạch và thời gian nhập danh mục hàng hóa ban đầu không nhỏ.",
        "Chuyên gia thuế Phan Thanh Sơn cho rằng cơ quan thuế nên có giai đoạn chuyển tiếp, hướng dẫn tại chỗ và chưa xử "
        "phạt các lỗi kỹ thuật trong những tháng đầu. Về lâu dài, khi dữ liệu hóa đơn được kết nối, hộ kinh doanh có "
        "thể được đơn giản hóa thủ tục kê khai, thậm chí được hỗ trợ vay vốn dựa trên dữ liệu bán hàng.",
        "Cục Thuế TP.HCM cho biết đã lập các tổ hỗ trợ tại từng chi cục thuế quận, huyện và mở đường dây nóng giải "
        "đáp vướng mắc trong giờ hành chính.",
    ]
    date_str = "15/01/2025 8:05 SA"
    main = ('<div class="post-detail"><ul class="post-cate"><li><a href="/tai-chinh">Tài chính</a></li>'
            '<li><a href="/thue">Thuế</a></li></ul>'
            f'<h1 class="post-title">{esc(title)}</h1>\n<div class="post-meta"><span class="post-author">'
            f'<a href="/tac-gia/dang-quynh-mai">Đặng Quỳnh Mai</a></span> <span class="post-date">{esc(date_str)}'
            f'</span></div>\n<div class="post-summary"><p>{esc(lead)}</p></div>\n<div class="post-content">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[:3])
            + '<div class="inline-related"><span>Đọc thêm</span><a href="/hoa-don-dien-tu-xang-dau.html">Cửa hàng '
              'xăng dầu phải xuất hóa đơn điện tử theo từng lần bán</a></div>\n'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[3:])
            + '</div><div class="post-updated">Cập nhật lần cuối: 16/01/2025 09:12</div>'
            f'{share_bar()}<div class="post-tags"><a href="/tag/hoa-don-dien-tu">hóa đơn điện tử</a></div></div>')
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                 "datePublished": "2025-01-15T08:05:00+07:00",
                 "author": {"@type": "Organization", "name": "Báo Doanh nhân Phương Nam (mẫu)",
                            "member": {"@type": "Person", "name": "Đặng Quỳnh Mai"}}})
    body = frame(rng, host, "Báo Doanh nhân Phương Nam (mẫu)", main, today="Thứ Tư, 15/01/2025",
                 addr="Số 27 Pasteur, Quận 1, TP.HCM", phone="028 3829 0000",
                 lic="Giấy phép số 620/GP-BTTTT (giả lập)", crumbs=("Tài chính", "Thuế"),
                 side_fmt="{d:02d}/{mo:02d}/2025")
    h = doc(title, og(title, lead, f"https://{host}/thue/hoa-don-dien-tu-may-tinh-tien-d81234.html") + "\n" + ld, body)
    return P(t, "thue/ho-kinh-doanh-chuyen-sang-hoa-don-dien-tu-tu-may-tinh-tien-d81234.html", html=h, title=title,
             lead=lead, author="Đặng Quỳnh Mai", published_at="2025-01-15T08:05+07:00", blocks=blocks,
             date_str=date_str, flags=["jsonld-person-in-organization", "12h-sa", "author-link", "inline-related-box",
                                       "modified-below-body", "digital-economy"])


def p19(rng):
    t = "provincial-daily-office-byline"
    host = f"{t}.example.vn"
    title = "Nghệ An vận hành Trung tâm giám sát, điều hành thông minh cấp tỉnh"
    lead = ("Trung tâm giám sát, điều hành thông minh tỉnh Nghệ An chính thức đi vào hoạt động, kết nối dữ liệu từ 21 "
            "huyện, thành phố, thị xã và nhiều sở, ngành.")
    blocks = [
        "Sáng 10/7, UBND tỉnh Nghệ An tổ chức lễ đưa vào vận hành Trung tâm giám sát, điều hành thông minh cấp tỉnh. "
        "Trung tâm được đặt tại trụ sở Sở Thông tin và Truyền thông, có tổng kinh phí đầu tư khoảng 95 tỷ đồng.",
        "Giai đoạn đầu, trung tâm tích hợp sáu nhóm dịch vụ gồm giám sát thủ tục hành chính, phản ánh hiện trường, "
        "an toàn thông tin, giao thông, giáo dục và y tế. Lãnh đạo tỉnh có thể theo dõi tình hình giải quyết hồ sơ "
        "của từng đơn vị theo thời gian thực, phát hiện sớm các hồ sơ chậm trễ.",
        "Người dân có thể gửi phản ánh về các vấn đề như đường hư hỏng, rác thải, mất an ninh trật tự qua ứng dụng "
        "trên điện thoại. Mỗi phản ánh được chuyển tự động đến cơ quan có thẩm quyền và phải được xử lý, phản hồi "
        "trong thời hạn quy định.",
        "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh yêu cầu các sở, ngành, địa phương khẩn trương chuẩn hóa dữ liệu, "
        "kết nối với trung tâm; đồng thời phân công cán bộ chuyên trách tiếp nhận, xử lý thông tin. Trung tâm không "
        "chỉ để giám sát mà phải trở thành công cụ hỗ trợ ra quyết định dựa trên dữ liệu.",
        "Trong năm 2025, trung tâm sẽ mở rộng thêm các dịch vụ về tài nguyên môi trường, nông nghiệp và du lịch, "
        "đồng thời kết nối với hệ thống camera giám sát giao thông tại các nút giao trọng điểm của thành phố Vinh.",
    ]
    date_str = "Thứ tư, 10/07/2024 | 11:20"
    main = ('<div class="chitiet"><div class="tools-top"><a href="javascript:window.print()" class="print">In bài</a> '
            '<a href="mailto:?subject=bai-viet" class="email">Gửi email</a> <span class="fontsize">Cỡ chữ: '
            '<a href="#" data-size="14">A</a> <a href="#" data-size="16">A</a> <a href="#" data-size="18">A</a></span>'
            f'</div><h1 class="chitiet-title">{esc(title)}</h1>\n<div class="chitiet-date">{esc(date_str)}</div>\n'
            f'<div class="chitiet-sapo"><b>{esc(lead)}</b></div>\n<div class="chitiet-noidung">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[:2])
            + '<p style="text-align:center"><img src="/upload/2024/07/ioc.jpg" alt=""></p>'
              '<p style="text-align:center"><i>Lãnh đạo tỉnh thăm quan khu vực màn hình giám sát của trung tâm.</i></p>\n'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[2:])
            + '<p style="text-align:right"><b>Văn phòng UBND tỉnh</b></p></div>\n'
              '<div class="chitiet-capnhat"><i>Ngày cập nhật: 12/07/2024 08:03</i></div>'
              '<div class="chitiet-lienquan"><h3>Tin liên quan</h3><ul><li><a href="/1">Nghệ An ký kết hợp tác '
              'chuyển đổi số với tập đoàn viễn thông</a> <span>(02/07/2024)</span></li><li><a href="/2">Vinh thí điểm '
              'bãi đỗ xe thông minh</a> <span>(28/06/2024)</span></li></ul></div></div>')
    body = frame(rng, host, "Báo Xứ Nghệ Điện Tử (mẫu)", main, today="Thứ tư, ngày 10/07/2024",
                 addr="Số 2 Nguyễn Thị Minh Khai, TP. Vinh", phone="0238 384 0000",
                 lic="Giấy phép số 222/GP-BTTTT (giả lập)", crumbs=("Chính quyền", "Chuyển đổi số"),
                 side_fmt="{d:02d}/{mo:02d}/2024 | {hh:02d}:{mi:02d}")
    h = doc(title, og(title, lead, f"https://{host}/chuyen-doi-so/nghe-an-ioc-47123.html"), body)
    return P(t, "chuyen-doi-so/nghe-an-van-hanh-trung-tam-giam-sat-dieu-hanh-thong-minh-47123.html", html=h,
             title=title, lead=lead, author=None, published_at="2024-07-10T11:20+07:00", blocks=blocks,
             date_str=date_str, flags=["office-credit-null", "print-email-font-tools", "modified-below-body",
                                       "weekday-prefix", "date-pipe-time", "caption-em-paragraph", "no-meta-date"])


def N(template, path, html_text, flags):
    return P(template, path, html=html_text, flags=flags, is_article=False, relevant=False, time_shown=False,
             kind="non")


def listing_items(rng, host, n, date_fmt, with_sapo=True):
    sapos = ["Nhiều địa phương đang tăng tốc đưa dịch vụ công lên môi trường số, nhưng vẫn vấp phải khó khăn về hạ "
             "tầng và kỹ năng của người dân.", "Bài viết ghi nhận những cách làm sáng tạo ở cơ sở trong việc hỗ trợ "
             "người dân sử dụng các nền tảng số.", "Doanh nghiệp nhỏ và vừa đang tìm kiếm lộ trình phù hợp để ứng "
             "dụng công nghệ vào sản xuất, kinh doanh.", "Chính quyền và người dân cùng chung tay xây dựng xã hội số "
             "an toàn, nhân văn."]
    out = []
    for hh in rng.sample(HEADLINES, n):
        d = date_fmt.format(d=rng.randint(1, 28), mo=rng.randint(1, 12), hh=rng.randint(6, 22), mi=rng.randint(0, 59))
        s = f'<p class="sapo">{esc(rng.choice(sapos))}</p>' if with_sapo else ""
        out.append(f'<article class="story-item"><a class="thumb" href="/{slugify(hh)}-{rng.randint(1000, 9999)}.html">'
                   f'<img src="/thumb/{slugify(hh)[:16]}.jpg" alt=""></a><h3 class="story-title"><a href="/{slugify(hh)}'
                   f'.html">{esc(hh)}</a></h3><span class="story-time">{esc(d)}</span>{s}</article>')
    return "\n".join(out)


def p20(rng):
    t = "section-front-long-intro-ogarticle"
    host = f"{t}.example.vn"
    intro = ("Chuyên mục Chuyển đổi số của Báo Trung du (mẫu) cập nhật tin tức, phân tích và câu chuyện thực tế về "
             "quá trình xây dựng chính quyền số, kinh tế số và xã hội số tại địa phương. Chúng tôi theo dõi việc triển "
             "khai dịch vụ công trực tuyến, hoạt động của tổ công nghệ số cộng đồng, những mô hình doanh nghiệp và hợp "
             "tác xã ứng dụng công nghệ, cũng như các vấn đề về an toàn thông tin, bảo vệ dữ liệu cá nhân. Bạn đọc có "
             "thể gửi câu hỏi, phản ánh hoặc đề xuất đề tài cho ban biên tập qua địa chỉ email ở cuối trang. Mỗi tuần, "
             "chuyên mục có một bài phân tích chuyên sâu và một bài hỏi đáp về chính sách mới liên quan đến lĩnh vực "
             "chuyển đổi số.")
    main = (f'<div class="category-page"><h1 class="cate-title">Chuyển đổi số</h1><div class="cate-intro"><p>{esc(intro)}'
            '</p></div><div class="sub-cate"><a href="/chuyen-doi-so/chinh-quyen-so">Chính quyền số</a> '
            '<a href="/chuyen-doi-so/kinh-te-so">Kinh tế số</a> <a href="/chuyen-doi-so/xa-hoi-so">Xã hội số</a></div>'
            + listing_items(rng, host, 20, "{hh:02d}:{mi:02d} {d:02d}/{mo:02d}/2024")
            + '<div class="pagination"><a class="active" href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> '
              '<a href="?p=2">Trang sau »</a></div></div>')
    body = frame(rng, host, "Báo Trung du (mẫu)", main, today="Thứ Sáu, 18/10/2024",
                 addr="Số 5 Trần Phú, TP. Việt Trì", phone="0210 384 0000", lic="Giấy phép số 14/GP-BTTTT (giả lập)",
                 crumbs=("Chuyển đổi số",))
    h = doc("Chuyển đổi số - Báo Trung du", og("Chuyển đổi số", intro[:160], f"https://{host}/chuyen-doi-so/",
                                                 typ="article"), body)
    return N(t, "chuyen-doi-so/", h, ["category-listing", "og-type-article", "long-intro", "pagination"])


def p21(rng):
    t = "press-tag-archive-chinh-quyen-so"
    host = f"{t}.example.vn"
    main = ('<div class="tag-page"><h1 class="tag-title">Tag: chính quyền số</h1><p class="tag-desc">Có 148 bài viết '
            'gắn thẻ "chính quyền số"</p>' + listing_items(rng, host, 18, "{d:02d}/{mo:02d}/2024 - {hh:02d}:{mi:02d}")
            + '<div class="paging"><a href="?page=2">Xem thêm</a></div></div>')
    body = frame(rng, host, "Báo Lưu vực Sông Hồng (mẫu)", main, today="Thứ Hai, 21/10/2024",
                 addr="Số 11 Lý Tự Trọng, TP. Nam Định", phone="0228 384 0000",
                 lic="Giấy phép số 45/GP-BTTTT (giả lập)", crumbs=("Tag", "chính quyền số"))
    h = doc("chính quyền số - Tin tức mới nhất", og("chính quyền số", "Tin tức về chính quyền số",
                                                      f"https://{host}/tag/chinh-quyen-so.html", typ="website")
            + '\n<meta name="robots" content="noindex, follow">', body)
    return N(t, "tag/chinh-quyen-so.html", h, ["tag-page", "listing-with-sapo"])


def p22(rng):
    t = "newspaper-soft-404-full-layout"
    host = f"{t}.example.vn"
    main = ('<div class="error-page"><h1 class="error-title">Không tìm thấy trang bạn yêu cầu</h1>'
            '<p>Đường dẫn có thể đã bị thay đổi hoặc bài viết đã được gỡ bỏ. Mã lỗi: 404.</p>'
            '<p>Bạn có thể quay về <a href="/">trang chủ</a> hoặc sử dụng ô tìm kiếm để tìm nội dung mong muốn.</p>'
            '<form action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa"><button>Tìm</button></form>'
            '<h2>Có thể bạn quan tâm</h2>' + listing_items(rng, host, 12, "{d:02d}/{mo:02d}/2024 {hh:02d}:{mi:02d}")
            + '</div>')
    body = frame(rng, host, "Báo Duyên hải (mẫu)", main, today="Thứ Ba, 22/10/2024",
                 addr="Số 6 Quang Trung, TP. Quảng Ngãi", phone="0255 382 0000",
                 lic="Giấy phép số 71/GP-BTTTT (giả lập)")
    h = doc("Không tìm thấy trang - Báo Duyên hải", og("Báo Duyên hải", "Tin tức tỉnh nhà", f"https://{host}/",
                                                         typ="website"), body)
    return N(t, "chuyen-doi-so/bai-viet-da-go-99999.html", h, ["soft-404", "served-200", "full-chrome",
                                                                 "related-listing"])


def p23(rng):
    t = "newsroom-gioi-thieu-history"
    host = f"{t}.example.vn"
    paras_ = [
        "Báo Cửu Long (mẫu) là cơ quan ngôn luận của Đảng bộ tỉnh, tiếng nói của chính quyền và nhân dân trong tỉnh. "
        "Số báo đầu tiên ra đời năm 1975, ban đầu phát hành mỗi tuần một kỳ với bốn trang khổ nhỏ.",
        "Năm 2005, báo ra mắt phiên bản điện tử, đến năm 2016 chuyển sang mô hình tòa soạn hội tụ, sản xuất nội dung "
        "cho báo in, báo điện tử, mạng xã hội và ấn phẩm đa phương tiện.",
        "Hiện báo có 9 phòng, ban chuyên môn với hơn 80 cán bộ, phóng viên, biên tập viên, kỹ thuật viên. Văn phòng "
        "đại diện được đặt tại thành phố Hồ Chí Minh và các huyện trọng điểm.",
        "Báo điện tử cập nhật tin tức 24 giờ mỗi ngày, với các chuyên mục: Thời sự, Kinh tế, Chuyển đổi số, Nông "
        "nghiệp, Văn hóa - Xã hội, Thể thao, Bạn đọc và E-magazine.",
    ]
    staff = [["Chức vụ", "Họ và tên", "Điện thoại"], ["Tổng Biên tập", "Nguyễn Thành Công", "0270 382 1001"],
             ["Phó Tổng Biên tập", "Trần Thị Mỹ Dung", "0270 382 1002"],
             ["Phó Tổng Biên tập", "Lê Hoàng Phúc", "0270 382 1003"],
             ["Trưởng ban Điện tử", "Võ Minh Nhựt", "0270 382 1004"]]
    main = ('<div class="static-page"><h1 class="page-title">Giới thiệu Báo Cửu Long</h1>'
            '<div class="page-content">' + paras(paras_) + '<h2>Ban Biên tập</h2>' + table_html(staff, "staff")
            + '<h2>Liên hệ tòa soạn</h2><p>Địa chỉ: Số 1 đường 30/4, TP. Vĩnh Long. Điện thoại: 0270 382 0000. '
              'Email: toasoan@baocuulong.example.vn</p><p>Giấy phép hoạt động báo điện tử số 03/GP-BTTTT cấp ngày '
              '12/01/2022 (giả lập).</p></div></div>')
    body = frame(rng, host, "Báo Cửu Long (mẫu)", main, today="Thứ Tư, 23/10/2024",
                 addr="Số 1 đường 30/4, TP. Vĩnh Long", phone="0270 382 0000",
                 lic="Giấy phép số 03/GP-BTTTT (giả lập)", crumbs=("Giới thiệu",))
    h = doc("Giới thiệu - Báo Cửu Long", og("Giới thiệu Báo Cửu Long", paras_[0][:150], f"https://{host}/gioi-thieu.html",
                                            typ="article"), body)
    return N(t, "gioi-thieu.html", h, ["about-page", "prose", "staff-table", "og-type-article"])


def p24(rng):
    t = "tv-station-video-grid-index"
    host = f"{t}.example.vn"
    items = []
    for hh in rng.sample(HEADLINES, 24):
        items.append(f'<div class="video-card"><a href="/video/{slugify(hh)}.html"><img src="/vthumb/{slugify(hh)[:12]}'
                     f'.jpg" alt=""><span class="duration">0{rng.randint(1, 9)}:{rng.randint(10, 59)}</span></a>'
                     f'<h3><a href="/video/{slugify(hh)}.html">{esc(hh)}</a></h3><span class="v-date">'
                     f'{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024</span> <span class="v-views">'
                     f'{rng.randint(100, 9000)} lượt xem</span></div>')
    main = ('<div class="video-index"><h1 class="vi-title">Video</h1><div class="vi-featured"><video controls '
            'src="/media/live/ban-tin-thoi-su.m3u8" poster="/media/poster-live.jpg"></video><h2>Bản tin Thời sự tối '
            '</h2><p>Phát sóng lúc 19:45 hằng ngày trên kênh truyền hình tỉnh</p></div>'
            '<div class="vi-tabs"><a href="/video/thoi-su">Thời sự</a> <a href="/video/phong-su">Phóng sự</a> '
            '<a href="/video/chuyen-doi-so">Chuyển đổi số</a></div><div class="video-grid">' + "".join(items)
            + '</div><div class="pagination"><a href="?p=2">Tiếp</a></div></div>')
    body = frame(rng, host, "Đài PT-TH Đồng Tháp Mười (mẫu)", main, today="Thứ Năm, 24/10/2024",
                 addr="Số 9 Võ Trường Toản, TP. Cao Lãnh", phone="0277 385 0000",
                 lic="Giấy phép số 66/GP-TTĐT (giả lập)", crumbs=("Video",), side_titles=("Lịch phát sóng", "Xem nhiều"))
    h = doc("Video - Đài PT-TH Đồng Tháp Mười", og("Video", "Kho video của Đài", f"https://{host}/video/",
                                                  typ="video.other"), body)
    return N(t, "video/", h, ["video-index", "broadcaster", "featured-player"])
