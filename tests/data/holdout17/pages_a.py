"""Pages 1-8."""
from common import *


def P(template, path, **kw):
    d = dict(template=template, url=f"https://{template}.example.vn/{path}", flags=[], is_article=True,
             relevant=True, title="", lead="", author=None, published_at=None, time_shown=True, blocks=[],
             date_str="", credit=None, kind="article")
    d.update(kw)
    return d


def p01(rng):
    t = "party-daily-webforms-viewstate"
    host = f"{t}.example.vn"
    title = "Quảng Trị: Hơn 1.200 hồ sơ đất đai được giải quyết trực tuyến trong quý I"
    lead = ("Nhờ kết nối cơ sở dữ liệu đất đai với cổng dịch vụ công của tỉnh, thời gian xử lý một bộ hồ sơ "
            "đăng ký biến động đã rút ngắn từ 10 ngày xuống còn 4 ngày làm việc.")
    blocks = [
        "Theo Sở Tài nguyên và Môi trường tỉnh Quảng Trị, trong ba tháng đầu năm 2024 toàn tỉnh tiếp nhận 1.236 "
        "hồ sơ đăng ký đất đai qua mạng, tăng gần gấp ba so với cùng kỳ năm trước. Phần lớn hồ sơ đến từ thành phố "
        "Đông Hà, thị xã Quảng Trị và huyện Hải Lăng, nơi dữ liệu địa chính đã được chuẩn hóa sớm nhất.",
        "Ông Lê Văn Thịnh, Giám đốc Văn phòng đăng ký đất đai tỉnh cho biết, trước đây người dân phải mang bản giấy "
        "đến bộ phận một cửa, chờ cán bộ đối chiếu rồi mới chuyển sang khâu thẩm định. Nay hồ sơ được ký số và chuyển "
        "thẳng vào phần mềm, cán bộ thụ lý xem được ngay lịch sử thửa đất nên giảm hẳn việc đi lại.",
        "Kết nối dữ liệu, giảm giấy tờ",
        "Từ tháng 1, tỉnh hoàn thành việc liên thông cơ sở dữ liệu đất đai với hệ thống thuế. Khi hồ sơ được duyệt, "
        "thông báo nghĩa vụ tài chính được gửi tự động qua tin nhắn và người dân có thể nộp tiền qua ứng dụng ngân "
        "hàng mà không cần đến kho bạc.",
        "Bà Nguyễn Thị Hạnh ở phường 5, thành phố Đông Hà kể lại, lần sang tên mảnh đất cho con gái vừa rồi bà chỉ "
        "phải ra phường một lần để xác thực tài khoản định danh điện tử. Các bước còn lại con gái bà làm trên điện "
        "thoại, sau bốn ngày đã nhận được thông báo trả kết quả.",
        "Dù vậy, tỷ lệ hồ sơ trực tuyến toàn trình ở các huyện miền núi như Hướng Hóa, Đakrông vẫn còn thấp. "
        "Nguyên nhân chính là dữ liệu bản đồ địa chính ở nhiều xã được đo vẽ từ lâu, chưa khớp với hiện trạng sử dụng.",
        "Mục tiêu đến cuối năm",
        "Tỉnh đặt mục tiêu đến cuối năm 2024 có ít nhất 60% hồ sơ đất đai được nộp và xử lý trực tuyến. Sở Tài nguyên "
        "và Môi trường sẽ phối hợp với Sở Thông tin và Truyền thông tổ chức các đợt hướng dẫn tại nhà văn hóa thôn, "
        "đồng thời bố trí máy tính hỗ trợ tại bộ phận một cửa cấp huyện.",
        "Ông Thịnh cho rằng, khó khăn lớn nhất hiện nay không nằm ở phần mềm mà ở thói quen. Nhiều người vẫn muốn cầm "
        "tờ giấy hẹn trên tay cho yên tâm, vì thế cán bộ một cửa phải kiên trì giải thích và làm mẫu cho từng người.",
    ]
    date_str = "Ngày đăng: 23/04/2024 09:52:17"
    body_html = (
        f'<h2 class="sapo">{esc(lead)}</h2>\n<div class="detail-content" id="ctl00_cphMain_divContent">\n'
        f'<p>{esc(blocks[0])}</p>\n<p>{esc(blocks[1])}</p>\n'
        f'<table class="image-center" align="center"><tr><td><img src="/Uploads/2024/4/23/dat-dai.jpg" alt=""></td></tr>'
        f'<tr><td class="caption">Cán bộ Văn phòng đăng ký đất đai hướng dẫn người dân nộp hồ sơ qua mạng.</td></tr></table>\n'
        f'<h3>{esc(blocks[2])}</h3>\n<p>{esc(blocks[3])}</p>\n<p>{esc(blocks[4])}</p>\n'
        f'<div class="box-xemthem"><b>Xem thêm:</b><ul><li><a href="/tin/123.aspx">Quảng Trị công bố bộ chỉ số '
        f'chuyển đổi số cấp huyện</a></li><li><a href="/tin/124.aspx">Người dân Đông Hà làm quen với căn cước gắn '
        f'chip</a></li></ul></div>\n<p>{esc(blocks[5])}</p>\n<h3>{esc(blocks[6])}</h3>\n<p>{esc(blocks[7])}</p>\n'
        f'<p>{esc(blocks[8])}</p>\n</div>\n<p class="author" style="text-align:right"><b>Bài và ảnh: Hoàng Thị Lan</b></p>')
    main = (f'<div class="news-detail"><h1 class="title-detail">{esc(title)}</h1>\n'
            f'<div class="date-detail"><span id="ctl00_cphMain_lblDate">{esc(date_str)}</span> | Lượt xem: 1.527</div>\n'
            f'{share_bar()}\n{body_html}\n<div class="tags">Từ khóa: <a href="/tag/dat-dai">đất đai</a>, '
            f'<a href="/tag/dich-vu-cong">dịch vụ công</a></div>\n{comments_box(rng, 4)}</div>')
    vs = viewstate(rng, 9000)
    body = (f'<form name="aspnetForm" method="post" action="./chi-tiet.aspx?id=52817" id="form1">\n'
            f'<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"></div>\n'
            + frame(rng, host, "Báo Quảng Trị Điện Tử (mẫu)", main, today="Thứ Ba, 23/04/2024",
                    addr="Số 14 đường Lê Lợi, TP. Đông Hà", phone="0233 385 0000",
                    lic="Giấy phép số 99/GP-BTTTT (dữ liệu giả lập)", crumbs=("Chuyển đổi số",))
            + f'\n<input type="hidden" name="__EVENTVALIDATION" value="{viewstate(rng, 300)}"></form>')
    head = og(title, lead, f"https://{host}/chuyen-doi-so/52817.aspx") + \
        '\n<meta property="article:published_time" content="2024-04-23T09:52:17+07:00">'
    h = doc(title + " - Báo Quảng Trị", head, body)
    return P(t, "chuyen-doi-so/quang-tri-hon-1200-ho-so-dat-dai-52817.aspx", html=h, title=title, lead=lead,
             author="Hoàng Thị Lan", published_at="2024-04-23T09:52:17+07:00", blocks=blocks, date_str=date_str,
             flags=["aspnet-form", "viewstate", "date-seconds", "sapo-element", "caption-table-row", "xem-them-box",
                    "byline-bai-va-anh", "meta-published-time"])


def p02(rng):
    t = "national-daily-bold-sapo-stale-ld"
    host = f"{t}.example.vn"
    title = "Thanh toán không dùng tiền mặt ở chợ truyền thống: Tiểu thương dần quen mã QR"
    lead = ("Từ chỗ e ngại, nhiều tiểu thương ở các chợ truyền thống tại Hà Nội nay đã treo mã QR trước sạp hàng, "
            "coi đó là cách giữ chân khách trẻ và giảm rủi ro tiền giả.")
    blocks = [
        "Sáu giờ sáng, chợ Hôm đã đông người. Sạp rau của chị Phạm Thị Nga treo hai tấm bảng nhỏ in mã QR của hai "
        "ngân hàng khác nhau. Chị cho biết khoảng một nửa khách mua hàng buổi sáng giờ quét mã, nhất là nhân viên "
        "văn phòng tạt vào chợ trước giờ làm.",
        "\"Lúc đầu tôi sợ tiền vào tài khoản chậm, lỡ khách đi rồi mà tiền không về thì mất cả buổi. Dùng vài tuần "
        "thấy loa báo ngay nên yên tâm, cuối ngày đối soát cũng dễ hơn đếm tiền lẻ\", chị Nga nói.",
        "Theo số liệu của Ban quản lý chợ, đến hết tháng 9, khoảng 78% trong số 420 hộ kinh doanh tại chợ đã đăng "
        "ký nhận thanh toán qua mã QR. Ban quản lý phối hợp với ba ngân hàng thương mại cử nhân viên đến tận sạp hướng "
        "dẫn mở tài khoản, cài loa thông báo và cách kiểm tra giao dịch.",
        "Không chỉ tiện cho người mua, thanh toán điện tử còn giúp tiểu thương có lịch sử dòng tiền rõ ràng. Một số "
        "ngân hàng đã dựa vào dữ liệu này để xét duyệt khoản vay nhỏ, không cần tài sản bảo đảm, cho các hộ buôn bán "
        "lâu năm.",
        "Tuy vậy, vẫn còn không ít người bán lớn tuổi chưa mặn mà. Bà Đỗ Thị Hòa, bán đồ khô ở chợ gần 30 năm, cho biết "
        "bà không dùng điện thoại thông minh và cũng không muốn con cháu phải kiểm tra hộ mỗi lần có khách chuyển khoản.",
        "Các chuyên gia cho rằng để thanh toán số thực sự phổ biến ở chợ truyền thống, cần giảm phí duy trì tài "
        "khoản cho hộ kinh doanh nhỏ và tăng cường cảnh báo các thủ đoạn giả mạo màn hình chuyển tiền. Trong năm qua, "
        "nhiều tiểu thương đã bị lừa bởi ảnh chụp giao dịch giả.",
        "Thành phố Hà Nội đặt mục tiêu đến năm 2025 có ít nhất 80% chợ trên địa bàn triển khai thanh toán không dùng "
        "tiền mặt, gắn với chương trình xây dựng chợ văn minh, an toàn thực phẩm.",
    ]
    date_str = "14:25 | 03/10/2023"
    body_html = ('<div class="article-body" id="abody">\n'
                 f'<p><strong>{esc(lead)}</strong></p>\n'
                 + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[:3])
                 + '<figure class="image"><img src="/uploads/2023/10/cho-qr.jpg" alt="QR"><figcaption>Một sạp rau '
                   'tại chợ Hôm treo mã QR nhận thanh toán. Ảnh: Minh Đức</figcaption></figure>\n'
                 + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[3:])
                 + '<p style="text-align:right"><strong>Ngọc Diệp</strong></p>\n</div>')
    main = (f'<article class="article-detail"><div class="article-cate"><a href="/kinh-te">Kinh tế</a></div>'
            f'<h1 class="article-title">{esc(title)}</h1>\n<div class="article-meta"><time class="time">'
            f'{esc(date_str)}</time></div>\n{share_bar("article-share")}\n{body_html}\n'
            f'<div class="article-tags"><a href="/tag/thanh-toan-so">thanh toán số</a> <a href="/tag/ma-qr">mã QR</a>'
            f'</div>\n{comments_box(rng, 3)}</article>')
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                 "datePublished": "2023-10-02T22:10:00+07:00", "dateModified": "2023-10-03T14:30:00+07:00",
                 "publisher": {"@type": "Organization", "name": "Nhật báo Quốc gia (mẫu)"}})
    body = frame(rng, host, "Nhật báo Quốc gia (mẫu)", main, today="Thứ Ba, ngày 03/10/2023",
                 addr="71 Hàng Trống, Hoàn Kiếm, Hà Nội", phone="024 3825 0000",
                 lic="Giấy phép hoạt động báo chí điện tử số 00/GP-BTTTT (giả lập)", crumbs=("Kinh tế", "Thị trường"),
                 side_fmt="{hh:02d}:{mi:02d} | {d:02d}/{mo:02d}/2023")
    h = doc(title + " | Nhật báo Quốc gia", og(title, lead, f"https://{host}/kinh-te/qr-cho-truyen-thong.html") + "\n" + ld,
            body)
    return P(t, "kinh-te/thanh-toan-khong-dung-tien-mat-o-cho-truyen-thong-20231003142500.htm", html=h, title=title,
             lead=lead, author="Ngọc Diệp", published_at="2023-10-03T14:25+07:00", blocks=blocks, date_str=date_str,
             flags=["sapo-first-bold-in-body", "time-before-date-pipe", "jsonld-stale", "byline-bold-last-line",
                    "figcaption-credit", "digital-economy"])


def p03(rng):
    t = "provincial-tv-station-news"
    host = f"{t}.example.vn"
    title = "Tổ công nghệ số cộng đồng về tận bản hướng dẫn bà con dùng VNeID"
    lead = ("Những buổi tối cuối tuần, nhà văn hóa bản Pá Khoang lại sáng đèn. Các thành viên tổ công nghệ số cộng đồng "
            "kiên nhẫn cầm tay chỉ việc cho từng người dân cách kích hoạt tài khoản định danh điện tử.")
    printed_lead = "NTV.VN - " + lead
    blocks = [
        "Bản Pá Khoang, xã Mường Phăng, tỉnh Điện Biên có 146 hộ, phần lớn là đồng bào Thái. Theo anh Lò Văn Khiêm, "
        "tổ trưởng tổ công nghệ số cộng đồng của bản, đến đầu tháng 5 mới có khoảng 40% người trong độ tuổi lao động "
        "kích hoạt được tài khoản định danh mức 2.",
        "\"Bà con có điện thoại nhưng chủ yếu để nghe gọi và xem video. Khi chúng tôi hỏi đến mật khẩu, mã xác thực "
        "thì nhiều người lúng túng, có người còn sợ bị lừa nên không dám nhập số căn cước\", anh Khiêm kể.",
        "Để bà con tin tưởng, tổ mời công an xã cùng tham gia các buổi hướng dẫn. Mỗi buổi chỉ hướng dẫn khoảng mười "
        "lăm người để có thể làm mẫu trực tiếp trên máy của từng người. Những ai không có điện thoại phù hợp được hẹn "
        "lên trụ sở xã để làm trên máy của tổ.",
        "Chị Lò Thị Xuân, 34 tuổi, vừa kích hoạt xong tài khoản, cho biết chị sẽ dùng nó để đăng ký khai sinh cho con "
        "sắp chào đời mà không phải đi xuống xã nhiều lần. Chị cũng đã biết cách xem thông tin bảo hiểm y tế trên ứng dụng.",
        "Toàn tỉnh Điện Biên hiện có hơn 1.200 tổ công nghệ số cộng đồng với trên 6.000 thành viên. Thành viên là cán "
        "bộ thôn bản, đoàn viên thanh niên, giáo viên và cả những người có uy tín trong cộng đồng.",
        "Lãnh đạo Sở Thông tin và Truyền thông tỉnh cho biết, năm nay tỉnh sẽ hỗ trợ tập huấn lại cho các tổ, bổ sung "
        "tài liệu hướng dẫn bằng tiếng Thái và tiếng Mông, đồng thời đề nghị các nhà mạng mở rộng vùng phủ sóng 4G "
        "tại những bản còn lõm sóng.",
    ]
    date_str = "Cập nhật: 07:15, Chủ nhật, 12/05/2024"
    main = (f'<div class="news-detail-page"><h1 class="news-title">{esc(title)}</h1>\n<div class="news-info">'
            f'<span class="news-date">{esc(date_str)}</span> <span class="views">1.024 lượt xem</span></div>\n'
            f'<div class="player"><video controls poster="/media/poster.jpg" src="/media/2024/05/12/to-cns.mp4"></video>'
            f'</div>\n<div class="news-sapo"><p>{esc(printed_lead)}</p></div>\n<div class="news-content">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks)
            + '<p class="author-info" style="text-align:right"><em>Phóng viên: Lò Minh Tuấn/NTV.VN</em></p></div>\n'
              '<div class="news-related-inline"><h4>Tin cùng chuyên mục</h4><ul>'
              '<li><a href="/a.html">Điện Biên: Phủ sóng 4G đến 98% số bản</a> <i>(10/05/2024)</i></li>'
              '<li><a href="/b.html">Thanh niên tình nguyện hỗ trợ dịch vụ công trực tuyến</a> <i>(08/05/2024)</i></li>'
              f'</ul></div>{share_bar()}</div>')
    body = frame(rng, host, "Đài Phát thanh và Truyền hình tỉnh (mẫu)", main, today="Chủ nhật, 12/05/2024",
                 addr="Số 2 đường Võ Nguyên Giáp, TP. Điện Biên Phủ", phone="0215 382 0000",
                 lic="Giấy phép số 12/GP-TTĐT (giả lập)", crumbs=("Thời sự", "Chuyển đổi số"),
                 side_titles=("Video mới", "Tin mới", "Đọc nhiều"), side_fmt="{hh:02d}:{mi:02d} {d:02d}/{mo:02d}")
    h = doc(title, og(title, lead, f"https://{host}/thoi-su/to-cong-nghe-so.html"), body)
    return P(t, "thoi-su/to-cong-nghe-so-cong-dong-ve-tan-ban-huong-dan-vneid-24051207.html", html=h, title=title,
             lead=lead, author="Lò Minh Tuấn", published_at="2024-05-12T07:15+07:00", blocks=blocks,
             date_str=date_str, flags=["outlet-prefix-lead", "cap-nhat-only-date", "weekday-after-time",
                                       "author-outlet-suffix", "video-embed", "broadcaster", "no-meta-date"])


def p04(rng):
    t = "wire-service-brief-traffic"
    host = f"{t}.example.vn"
    title = "Xe khách lật trên đèo Khánh Lê, 12 người bị thương"
    lead = ""
    blocks = [
        "Khoảng 13 giờ 30 chiều 8/1, xe khách 29 chỗ chở khách từ Đà Lạt về Nha Trang khi đi đến km 38 đèo Khánh Lê "
        "thuộc huyện Khánh Vĩnh, tỉnh Khánh Hòa thì bất ngờ mất lái, va vào vách núi rồi lật nghiêng bên đường.",
        "Vụ tai nạn khiến 12 hành khách bị thương, trong đó ba người bị thương nặng được chuyển về Bệnh viện đa khoa "
        "tỉnh để điều trị. Lực lượng cứu hộ và người dân địa phương đã kịp thời đưa các nạn nhân ra khỏi xe.",
        "Theo thông tin ban đầu, thời điểm xảy ra tai nạn trời mưa nhỏ, mặt đường trơn trượt. Đoạn đèo này đang được "
        "sửa chữa sau đợt sạt lở hồi tháng 11 nên có nhiều vị trí thu hẹp mặt đường.",
        "Cơ quan chức năng đang phân luồng giao thông và điều tra làm rõ nguyên nhân vụ việc.",
    ]
    date_str = "Thứ hai, 08/01/2024 - 16:40 (GMT+7)"
    main = (f'<div class="story"><div class="story-cate">Xã hội</div><h1 class="story-headline">{esc(title)}</h1>\n'
            f'<div class="story-time">{esc(date_str)}</div>\n<div class="story-body">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks)
            + '<p class="story-source" style="text-align:right"><b>Theo TTXVN</b></p></div>\n'
            f'{share_bar()}<div class="story-tags">Từ khóa: <a href="/tag/tai-nan">tai nạn giao thông</a></div></div>')
    body = frame(rng, host, "Thông tấn Thời sự (mẫu)", main, today="08/01/2024",
                 addr="5 Lý Thường Kiệt, Hà Nội", phone="024 3933 0000", lic="Giấy phép số 77/GP-BTTTT (giả lập)",
                 crumbs=("Xã hội", "Giao thông"), side_fmt="{d:02d}/{mo:02d}/{y} - {hh:02d}:{mi:02d}")
    head = og(title, blocks[0][:150], f"https://{host}/xa-hoi/xe-khach-lat.htm") + \
        '\n<meta property="article:published_time" content="2024-01-08T16:40:00+07:00">'
    h = doc(title, head, body)
    return P(t, "xa-hoi/xe-khach-lat-tren-deo-khanh-le-12-nguoi-bi-thuong-20240108164000.htm", html=h, title=title,
             lead=lead, author=None, relevant=False, published_at="2024-01-08T16:40+07:00", blocks=blocks,
             date_str=date_str, kind="brief",
             flags=["brief", "off-topic-traffic", "theo-agency-only", "gmt7", "weekday-prefix", "no-lead"])


def p05(rng):
    t = "industry-trade-paper-sp-publishing"
    host = f"{t}.example.vn"
    title = "Doanh nghiệp cơ khí chuyển đổi số: Bắt đầu từ bài toán quản lý đơn hàng"
    lead = ("Thay vì đầu tư ngay những hệ thống lớn, nhiều doanh nghiệp cơ khí vừa và nhỏ chọn số hóa từng khâu, "
            "bắt đầu từ quản lý đơn hàng và kho vật tư để thấy hiệu quả trước khi mở rộng.")
    tbl = [["Khâu được số hóa", "Số doanh nghiệp", "Thời gian hoàn vốn"],
           ["Quản lý đơn hàng", "41", "8 tháng"],
           ["Kho vật tư", "33", "11 tháng"],
           ["Giám sát máy CNC", "17", "18 tháng"],
           ["Kế toán - hóa đơn", "52", "6 tháng"]]
    lst = ["Chọn một khâu có số liệu rõ ràng để làm thí điểm;",
           "Giao một người chịu trách nhiệm theo dõi dữ liệu hằng ngày;",
           "Đánh giá lại sau ba tháng trước khi mở rộng sang khâu khác."]
    blocks = [
        "Công ty TNHH Cơ khí Thành Phát ở Khu công nghiệp Quang Minh, Hà Nội có khoảng 120 công nhân, chuyên gia công "
        "chi tiết máy cho các doanh nghiệp lắp ráp. Hai năm trước, mọi đơn hàng được ghi vào sổ và bảng tính rời rạc, "
        "mỗi lần khách hỏi tiến độ, nhân viên kinh doanh phải xuống xưởng hỏi từng tổ trưởng.",
        "Ông Vũ Đình Thành, Giám đốc công ty cho biết, doanh nghiệp đã thử nghiệm một phần mềm quản lý đơn hàng thuê "
        "theo tháng với chi phí khoảng 6 triệu đồng. Sau nửa năm, số đơn giao trễ giảm từ 14% xuống còn 5%, khách hàng "
        "có thể tự tra cứu trạng thái đơn qua đường dẫn được cấp riêng.",
        "Khảo sát của Hiệp hội Doanh nghiệp cơ khí với 80 hội viên cho thấy các khâu được số hóa nhiều nhất và thời gian "
        "hoàn vốn ước tính như sau:",
        table_block(tbl),
        "Theo các chuyên gia tư vấn, sai lầm phổ biến của doanh nghiệp nhỏ là mua phần mềm trọn gói nhưng không có "
        "người vận hành, dữ liệu nhập nửa chừng rồi bỏ. Lời khuyên được đưa ra khá đơn giản:",
        list_block(lst),
        "Bộ Công Thương cho biết, chương trình hỗ trợ doanh nghiệp chuyển đổi số giai đoạn tới sẽ ưu tiên các gói tư "
        "vấn theo ngành, trong đó cơ khí chế tạo và dệt may là hai lĩnh vực được chọn làm điểm.",
    ]
    date_str = "Ngày xuất bản: 21/11/2023 | 3:05 CH"
    content = (f'<div class="ms-rtestate-field"><p>{esc(blocks[0])}</p><p>{esc(blocks[1])}</p>'
               f'<p>{esc(blocks[2])}</p>{table_html(tbl, "ms-rteTable-default")}<p>{esc(blocks[4])}</p>'
               '<ul>' + "".join(f'<li>{esc(x)}</li>' for x in lst) + f'</ul><p>{esc(blocks[6])}</p>'
               '<p class="nguon"><i>Nguồn: Hiệp hội Doanh nghiệp cơ khí</i></p></div>')
    main = (f'<div id="ctl00_PlaceHolderMain_ctl00" class="article-page"><div class="page-title">'
            f'<h1 id="ctl00_PlaceHolderMain_TitleField">{esc(title)}</h1></div>\n'
            f'<div class="article-meta"><span class="ms-date">{esc(date_str)}</span></div>\n'
            f'<div class="author-line">Tác giả: TS. Nguyễn Hữu Phước</div>\n'
            f'<div id="ctl00_PlaceHolderMain_SummaryField" class="summary"><div class="ms-rtestate-field">'
            f'<strong>{esc(lead)}</strong></div></div>\n'
            f'<div id="ctl00_PlaceHolderMain_ContentField" class="content">{content}</div>\n'
            f'<div class="modified">Ngày cập nhật: 24/11/2023 10:41</div>{share_bar()}</div>')
    body = ('<form method="post" action="./chi-tiet.aspx" id="aspnetForm"><div class="aspNetHidden">'
            f'<input type="hidden" name="__REQUESTDIGEST" value="0x{rng.randrange(16**40):040X}">'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 7000)}"></div>'
            f'<div id="s4-workspace"><div id="s4-bodyContainer">'
            + frame(rng, host, "Tạp chí Công nghiệp Chế tạo (mẫu)", main, today="Thứ Ba, 21/11/2023",
                    addr="Tầng 5, số 10 Hoàng Quốc Việt, Hà Nội", phone="024 3756 0000",
                    lic="Giấy phép số 234/GP-BTTTT (giả lập)", crumbs=("Chuyển đổi số", "Doanh nghiệp"),
                    wrap="ms-core-pageContent")
            + '</div></div></form>')
    h = doc(title, og(title, lead, f"https://{host}/Pages/chi-tiet.aspx?ItemID=812"), body)
    return P(t, "chuyen-doi-so/Pages/doanh-nghiep-co-khi-chuyen-doi-so.aspx?ItemID=812", html=h, title=title, lead=lead,
             author="Nguyễn Hữu Phước", published_at="2023-11-21T15:05+07:00", blocks=blocks, date_str=date_str,
             flags=["sharepoint", "aspnet-form", "12h-ch", "academic-title", "table", "list", "nguon-line",
                    "modified-below-body", "ngay-xuat-ban"])
