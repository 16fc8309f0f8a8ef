"""Pages 6-13."""
from common import *
from pages_a import P


def p06(rng):
    t = "policy-magazine-dnn-panes"
    host = f"{t}.example.vn"
    title = "Chính quyền số cấp xã: Khi cán bộ một cửa trở thành người dẫn đường"
    lead = ("Ở nhiều xã, cán bộ bộ phận một cửa không chỉ tiếp nhận hồ sơ mà còn kiêm luôn vai trò hướng dẫn viên "
            "công nghệ. Áp lực lớn, nhưng họ cũng là những người thấy rõ nhất sự thay đổi.")
    blocks = [
        "Chị Hà Thị Thu Trang làm công chức văn phòng - thống kê ở một xã thuộc huyện Yên Thế, tỉnh Bắc Giang đã "
        "mười hai năm. Trước đây, mỗi ngày chị nhận chừng hai chục bộ hồ sơ giấy, chủ yếu là chứng thực và hộ tịch. "
        "Từ khi xã đẩy mạnh dịch vụ công trực tuyến, số hồ sơ không giảm nhưng cách làm thay đổi hoàn toàn.",
        "\"Người dân đến xã vẫn đông, nhưng giờ họ đến để nhờ làm trên mạng. Tôi vừa tiếp nhận, vừa cầm điện thoại của "
        "bà con bấm cho họ xem. Có hôm cả buổi sáng chỉ hướng dẫn được bảy, tám người\", chị Trang cười.",
        "Áp lực kép ở tuyến đầu",
        "Theo khảo sát của tạp chí tại 30 xã ở ba tỉnh trung du, trung bình mỗi cán bộ một cửa cấp xã dành khoảng 40% "
        "thời gian làm việc để hướng dẫn người dân thao tác trên môi trường mạng. Trong khi đó, chế độ phụ cấp cho "
        "công việc này gần như chưa có.",
        "Nhiều cán bộ cũng phải tự học. Phần mềm thay đổi giao diện, quy trình cập nhật liên tục, tài liệu hướng dẫn "
        "thì đến chậm. Một số xã đã lập nhóm trên mạng xã hội để cán bộ hỏi đáp, chia sẻ cách xử lý lỗi thường gặp.",
        "Những thay đổi tích cực",
        "Dù vất vả, các cán bộ được hỏi đều cho rằng việc số hóa giúp công việc minh bạch hơn. Hồ sơ được lưu vết, "
        "người dân tra cứu được tiến độ nên không còn cảnh phải hỏi đi hỏi lại. Số lượng hồ sơ trễ hạn ở các xã được "
        "khảo sát giảm rõ rệt so với hai năm trước.",
        "Ông Nguyễn Văn Sáu, Chủ tịch UBND một xã ở huyện Lục Ngạn cho biết, xã đã bố trí thêm một máy tính và một "
        "đoàn viên thanh niên trực tại bộ phận một cửa vào các buổi sáng thứ Hai và thứ Sáu, khi lượng người đến đông "
        "nhất. Nhờ vậy, cán bộ chuyên môn có thêm thời gian thẩm định hồ sơ.",
        "Các chuyên gia về quản trị công cho rằng, để chính quyền số cấp xã vận hành bền vững, cần coi hoạt động hỗ "
        "trợ người dân là một nhiệm vụ chính thức, có định mức, có kinh phí, thay vì để cán bộ làm thêm một cách tự phát.",
    ]
    date_str = "Hà Nội, ngày 05 tháng 6 năm 2023"
    credit = "Thực hiện: Trần Thu Hà; Trình bày: Vũ Đức Long"
    content = ('<div class="ArticleContent">'
               + "".join((f'<h3>{esc(b)}</h3>' if len(b) < 60 else f'<p>{esc(b)}</p>') + "\n" for b in blocks)
               + '</div>')
    main = (f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1203"><div id="dnn_ctr1203_ContentPane" '
            f'class="contentpane"><div id="dnn_ctr1203_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">'
            f'<div class="edn_article edn_articleDetails"><h1 class="edn_articleTitle">{esc(title)}</h1>\n'
            f'<div class="edn_metaDetails"><span class="edn_articleDate">{esc(date_str)}</span></div>\n'
            f'<p class="credit"><em>{esc(credit)}</em></p>\n'
            f'<div class="edn_articleSummary"><p>{esc(lead)}</p></div>\n{content}\n'
            f'<div class="edn_articleTags">Thẻ: <a href="/tag/chinh-quyen-so">chính quyền số</a></div>'
            f'</div></div></div></div>')
    body = ('<form method="post" action="/chinh-sach/ArticleID/4411" id="Form" enctype="multipart/form-data">'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 6000)}">'
            '<div id="dnn_ControlPanel"></div><div id="dnn_HeaderPane" class="DNNEmptyPane"></div>'
            + frame(rng, host, "Tạp chí Chính sách và Quản trị (mẫu)", main, today="Thứ Hai, 05/06/2023",
                    addr="Số 6 Nguyễn Cảnh Chân, Ba Đình, Hà Nội", phone="024 3733 0000",
                    lic="Giấy phép số 410/GP-BTTTT (giả lập)", crumbs=("Chính sách", "Chính quyền số"),
                    wrap="dnn_wrapper", side_titles=("Bài mới", "Đọc nhiều"))
            + '</form>')
    h = doc(title, og(title, lead, f"https://{host}/chinh-sach/ArticleID/4411"), body)
    return P(t, "chinh-sach/ArticleID/4411/chinh-quyen-so-cap-xa-khi-can-bo-mot-cua.aspx", html=h, title=title,
             lead=lead, author="Trần Thu Hà", published_at="2023-06-05T00:00:00+07:00", time_shown=False,
             blocks=blocks, date_str=date_str, credit=credit,
             flags=["dnn", "date-only-ngay-thang-nam", "credit-thuc-hien-trinh-bay", "subheadings", "magazine"])


def p07(rng):
    t = "liferay-provincial-daily-journal"
    host = f"{t}.example.vn"
    title = "Nông dân Cờ Đỏ thu hoạch lúa Đông Xuân, năng suất đạt 7,2 tấn mỗi héc-ta"
    lead = ("Vụ lúa Đông Xuân năm nay trúng mùa, giá bán tại ruộng ổn định giúp nông dân huyện Cờ Đỏ, thành phố Cần "
            "Thơ có lãi từ 25 đến 30 triệu đồng mỗi héc-ta.")
    blocks = [
        "Những ngày cuối tháng 2, trên các cánh đồng ở xã Thới Hưng, tiếng máy gặt đập liên hợp rộn ràng từ sáng sớm. "
        "Theo Phòng Nông nghiệp huyện, đến nay nông dân đã thu hoạch được khoảng 60% trong tổng số 31.000 héc-ta lúa "
        "Đông Xuân.",
        "Ông Trương Văn Lực, một nông dân ở ấp Thới Phong cho biết, gia đình ông gieo sạ bốn héc-ta giống OM 18. "
        "Nhờ thời tiết thuận lợi, ít sâu bệnh, năng suất đạt hơn 7 tấn mỗi héc-ta. Thương lái thu mua tại ruộng với "
        "giá 7.800 đồng mỗi ký lúa tươi, cao hơn cùng kỳ năm trước khoảng 600 đồng.",
        "Năm nay, nhiều hợp tác xã trong huyện đã ký hợp đồng bao tiêu với doanh nghiệp từ đầu vụ. Nông dân được hỗ "
        "trợ giống, phân bón trả chậm và hướng dẫn kỹ thuật giảm lượng giống gieo sạ, nhờ đó chi phí sản xuất giảm "
        "đáng kể.",
        "Bà Lê Thị Bé Năm, Giám đốc Hợp tác xã nông nghiệp Thới Hưng cho biết, hợp tác xã có 180 thành viên với 420 "
        "héc-ta. Toàn bộ diện tích được doanh nghiệp thu mua theo giá sàn đã thỏa thuận, nếu giá thị trường cao hơn "
        "thì nông dân được hưởng phần chênh lệch.",
        "Ngành nông nghiệp huyện khuyến cáo nông dân sau thu hoạch nên cho đất nghỉ, vệ sinh đồng ruộng, không đốt "
        "rơm rạ mà thu gom để trồng nấm hoặc làm phân hữu cơ, chuẩn bị tốt cho vụ Hè Thu sắp tới.",
    ]
    date_str = "Đăng lúc: 8:30 sáng, 27/02/2025"
    main = ('<section id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_x7Kp" '
            'class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ '
            'portlet-journal-content"><div class="portlet-content"><div class="journal-content-article" '
            'data-analytics-asset-id="918273">'
            f'<div class="article-header"><h1 class="article-title">{esc(title)}</h1>'
            f'<div class="article-info"><span class="author">Tác giả: Đinh Văn Khải</span> <span class="sep">-</span> '
            f'<span class="publish-date">{esc(date_str)}</span></div></div>\n'
            f'<div class="article-summary"><p><strong>{esc(lead)}</strong></p></div>\n<div class="article-body">'
            + f'<p>{esc(blocks[0])}</p>'
            + '<figure><img src="/documents/20182/918273/gat-lua.jpg" alt=""><figcaption><em>Nông dân xã Thới Hưng '
              'thu hoạch lúa bằng máy gặt đập liên hợp.</em></figcaption></figure>'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[1:])
            + '</div></div></div></section>'
            '<section class="portlet-boundary portlet-asset-publisher"><div class="portlet-content">'
            '<h2 class="portlet-title-text">Tin cùng chuyên mục</h2><ul class="asset-list">'
            '<li><a href="/web/guest/nong-nghiep/-/asset_publisher/a/content/1">Cần Thơ mở rộng vùng lúa chất lượng cao'
            '</a> <span class="date">25/02/2025</span></li>'
            '<li><a href="/web/guest/nong-nghiep/-/asset_publisher/a/content/2">Giá phân bón giảm nhẹ đầu vụ</a> '
            '<span class="date">20/02/2025</span></li></ul></div></section>')
    body = ('<div id="wrapper" class="liferay-portal">'
            + frame(rng, host, "Báo Đồng bằng Sông Hậu (mẫu)", main, today="Thứ năm, 27/02/2025",
                    addr="Số 3 Đại lộ Hòa Bình, Ninh Kiều, Cần Thơ", phone="0292 382 0000",
                    lic="Giấy phép số 301/GP-BTTTT (giả lập)", crumbs=("Kinh tế", "Nông nghiệp"),
                    side_fmt="{d:02d}/{mo:02d}/2025")
            + '</div>')
    head = og(title, lead, f"https://{host}/web/guest/nong-nghiep/-/asset_publisher/x/content/918273") + \
        '\n<meta property="article:published_time" content="2025-02-27T01:30:00Z">'
    h = doc(title, head, body)
    return P(t, "web/guest/nong-nghiep/-/asset_publisher/x7Kp/content/nong-dan-co-do-thu-hoach-lua-dong-xuan",
             html=h, title=title, lead=lead, author="Đinh Văn Khải", relevant=False,
             published_at="2025-02-27T08:30+07:00", blocks=blocks, date_str=date_str,
             flags=["liferay", "off-topic-agriculture", "12h-sang", "dang-luc", "meta-utc-z", "figcaption-em",
                    "asset-publisher-related"])


def p08(rng):
    t = "provincial-daily-nv-bodytext"
    host = f"{t}.example.vn"
    title = "Kon Tum công bố 85 thủ tục hành chính thực hiện trực tuyến toàn trình"
    lead = ("UBND tỉnh Kon Tum vừa ban hành quyết định công bố danh mục 85 thủ tục hành chính được cung cấp dưới "
            "dạng dịch vụ công trực tuyến toàn trình, áp dụng từ ngày 1/10.")
    blocks = [
        "Trong số 85 thủ tục được công bố, lĩnh vực tư pháp chiếm nhiều nhất với 21 thủ tục, tiếp đến là lao động - "
        "thương binh và xã hội với 14 thủ tục, công thương 11 thủ tục. Các thủ tục còn lại thuộc lĩnh vực giáo dục, "
        "giao thông vận tải, văn hóa và nông nghiệp.",
        "Với dịch vụ công trực tuyến toàn trình, người dân và doanh nghiệp có thể nộp hồ sơ, thanh toán phí, lệ phí "
        "và nhận kết quả hoàn toàn trên môi trường mạng. Kết quả giải quyết được trả qua tài khoản trên Cổng dịch vụ "
        "công hoặc qua dịch vụ bưu chính công ích nếu người dân yêu cầu.",
        "Quyết định giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông cấu hình quy trình "
        "điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trước ngày 30/9. Các sở, ngành có "
        "trách nhiệm rà soát, chuẩn hóa thành phần hồ sơ, bảo đảm người dân không phải nộp lại giấy tờ đã có trong "
        "cơ sở dữ liệu quốc gia.",
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt khoảng 45%, thấp hơn mức trung bình cả nước. Tỉnh đặt mục tiêu "
        "nâng tỷ lệ này lên 70% vào cuối năm 2024, đồng thời giảm ít nhất 20% thời gian giải quyết đối với các thủ tục "
        "được số hóa.",
        "Người dân cần hỗ trợ có thể liên hệ bộ phận một cửa các cấp hoặc gọi tổng đài hỗ trợ của Trung tâm Phục vụ "
        "hành chính công tỉnh trong giờ hành chính.",
    ]
    date_str = "Thời gian đăng: 10:12 - 19/09/2024"
    main = ('<div id="module_news" class="news_detail"><div class="detail-page">'
            f'<h1 class="title">{esc(title)}</h1>\n<div class="meta"><span class="h-time">{esc(date_str)}</span> '
            f'<span class="hits">Lượt xem: 842</span> <a href="/print/kon-tum-85-tthc" class="print">In trang</a></div>\n'
            f'<div class="hometext"><strong>{esc(lead)}</strong></div>\n'
            '<div class="imghome"><img src="/uploads/news/2024_09/dvc.jpg" alt=""><p class="imgcaption">'
            'Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh.</p></div>\n'
            '<div id="news-bodyhtml" class="bodytext">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks)
            + '<p style="text-align: right;"><em>Phan Thị Ngọc Hân</em></p></div>\n'
            '<div class="keywords"><em class="fa fa-tags"></em> Từ khóa: <a href="/tag/dich-vu-cong-truc-tuyen">'
            'dịch vụ công trực tuyến</a>, <a href="/tag/cai-cach-hanh-chinh">cải cách hành chính</a></div>\n'
            '<div class="news-rating">Đánh giá bài viết: <span>★★★★☆</span> Tổng số điểm là 4.2/5 (12 đánh giá)</div>'
            f'{share_bar("socialicon")}</div>'
            '<div class="related"><h4>Những tin mới hơn</h4><ul>'
            '<li><a href="/a">Kon Tum thí điểm chứng thực bản sao điện tử</a> (20/09/2024)</li></ul>'
            '<h4>Những tin cũ hơn</h4><ul><li><a href="/b">Tập huấn chữ ký số cho cán bộ cấp xã</a> (12/09/2024)</li>'
            '</ul></div></div>')
    body = frame(rng, host, "Báo Bắc Tây Nguyên (mẫu)", main, today="Thứ năm, 19/09/2024",
                 addr="Số 9 Lê Hồng Phong, TP. Kon Tum", phone="0260 386 0000",
                 lic="Giấy phép số 88/GP-BTTTT (giả lập)", crumbs=("Thời sự", "Cải cách hành chính"),
                 wrap="wraper")
    head = (og(title, lead, f"https://{host}/thoi-su/kon-tum-85-tthc-58122.html")
            + '\n<meta property="article:published_time" content="2024-09-18T17:00:00+07:00">'
            + '\n<meta name="generator" content="NukeViet v4.5">')
    h = doc(title + " - Báo Bắc Tây Nguyên", head, body)
    return P(t, "thoi-su/kon-tum-cong-bo-85-thu-tuc-hanh-chinh-truc-tuyen-toan-trinh-58122.html", html=h,
             title=title, lead=lead, author="Phan Thị Ngọc Hân", published_at="2024-09-19T10:12+07:00",
             blocks=blocks, date_str=date_str,
             flags=["nukeviet-bodytext", "thoi-gian-dang", "time-before-date-dash", "meta-stale",
                    "byline-italic-right", "caption-p", "related-newer-older"])


def p09(rng):
    t = "trade-weekly-joomla-itemprop"
    host = f"{t}.example.vn"
    title = "Xuất khẩu qua sàn thương mại điện tử xuyên biên giới: Cơ hội cho hàng thủ công mỹ nghệ"
    lead = ("Các sàn thương mại điện tử xuyên biên giới đang mở ra kênh bán hàng mới cho doanh nghiệp thủ công mỹ nghệ, "
            "nhưng để đi đường dài, sản phẩm cần câu chuyện thương hiệu và dịch vụ hậu mãi tốt.")
    blocks = [
        "Cơ sở mây tre đan của anh Nguyễn Đình Khoa ở làng nghề Phú Vinh, huyện Chương Mỹ, Hà Nội bắt đầu bán giỏ và "
        "đèn mây qua một sàn thương mại điện tử quốc tế từ giữa năm 2022. Ban đầu mỗi tháng chỉ có vài đơn lẻ, nay "
        "cơ sở đều đặn xuất đi khoảng 300 sản phẩm, chủ yếu sang Mỹ, Úc và một số nước châu Âu.",
        "Theo anh Khoa, điều khó nhất không phải là làm ra sản phẩm mà là chụp ảnh, viết mô tả và xử lý khiếu nại "
        "bằng tiếng Anh. Cơ sở phải thuê một sinh viên làm bán thời gian để trả lời khách, đồng thời học cách đóng "
        "gói sao cho hàng không bị móp méo khi vận chuyển xa.",
        "Số liệu của Cục Thương mại điện tử và Kinh tế số cho thấy, năm 2023 có khoảng 17.000 doanh nghiệp Việt Nam "
        "tham gia bán hàng qua các sàn xuyên biên giới, trong đó nhóm thủ công mỹ nghệ và đồ trang trí nội thất tăng "
        "trưởng nhanh nhất.",
        "\"Khách nước ngoài mua không chỉ cái giỏ, họ mua cả câu chuyện về bàn tay người thợ làm ra nó\", anh Khoa nói.",
        "Bà Trần Thanh Vân, một chuyên gia tư vấn xuất khẩu trực tuyến, nhận định sản phẩm thủ công Việt có lợi thế "
        "về chất liệu tự nhiên và giá cạnh tranh. Tuy nhiên, nhiều doanh nghiệp chỉ đưa sản phẩm lên sàn mà không "
        "kể được câu chuyện về làng nghề, người thợ, nên khó tạo khác biệt với hàng của các nước trong khu vực.",
        "Ngoài ra, chi phí logistics vẫn là rào cản lớn. Một chiếc đèn mây có giá xuất xưởng khoảng 200.000 đồng nhưng "
        "chi phí gửi lẻ sang Mỹ có thể cao gấp đôi. Một số doanh nghiệp đã chuyển sang gửi hàng trước vào kho của sàn "
        "ở nước ngoài để giảm chi phí và rút ngắn thời gian giao hàng.",
        "Bộ Công Thương cho biết sẽ tiếp tục phối hợp với các sàn tổ chức chương trình đào tạo, hỗ trợ doanh nghiệp "
        "nhỏ xây dựng gian hàng quốc gia, đồng thời kết nối với các đơn vị vận chuyển để có giá cước ưu đãi.",
    ]
    date_str = "Thứ sáu, 15/03/2024 lúc 14:07"
    credit = "Theo Minh Quân (Báo Công Thương Thời Nay)"
    main = ('<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            '<meta itemprop="inLanguage" content="vi-VN">'
            f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>\n'
            '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi '
            '<span itemprop="name">quantri</span></dd>'
            f'<dd class="published"><span class="icon-calendar"></span> <time datetime="2024-03-15T07:07:00+00:00" '
            f'itemprop="datePublished">{esc(date_str)}</time></dd><dd class="hits">Lượt xem: 311</dd></dl>\n'
            f'<div class="intro-text"><p><em>{esc(lead)}</em></p></div>\n<div itemprop="articleBody">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[:3])
            + f'<blockquote><p>{esc(blocks[3])}</p></blockquote>'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[4:])
            + f'<p style="text-align: right;"><strong>{esc(credit)}</strong></p></div>\n'
            '<ul class="pager pagenav"><li class="previous"><a href="/tin/1.html">Trước</a></li><li class="next">'
            '<a href="/tin/3.html">Tiếp</a></li></ul></div>')
    body = frame(rng, host, "Tuần báo Thương mại (mẫu)", main, today="15/03/2024",
                 addr="Số 25 Ngô Quyền, Hoàn Kiếm, Hà Nội", phone="024 3934 0000",
                 lic="Giấy phép số 155/GP-BTTTT (giả lập)", crumbs=("Thương mại điện tử",), wrap="t3-wrapper")
    h = doc(title, og(title, lead, f"https://{host}/thuong-mai-dien-tu/812-xuat-khau-qua-san.html")
            + '\n<meta name="generator" content="Joomla! - Open Source Content Management">', body)
    return P(t, "thuong-mai-dien-tu/812-xuat-khau-qua-san-thuong-mai-dien-tu-xuyen-bien-gioi.html", html=h,
             title=title, lead=lead, author="Minh Quân", published_at="2024-03-15T14:07+07:00", blocks=blocks,
             date_str=date_str, credit=credit,
             flags=["joomla-item-page", "itemprop-articlebody", "theo-name-outlet", "cms-account-createdby",
                    "weekday-prefix", "luc-connector", "quote", "digital-economy"])


def p10(rng):
    t = "health-desk-drupal-gui-boi"
    host = f"{t}.example.vn"
    title = "Sốt xuất huyết tăng mạnh ở vùng ven đô, ngành y tế khuyến cáo diệt lăng quăng"
    lead = ("Từ đầu năm đến nay, số ca mắc sốt xuất huyết tại các phường ven đô tăng gần gấp đôi so với cùng kỳ, "
            "trong đó nhiều ca là học sinh.")
    lst = ["Đậy kín dụng cụ chứa nước, thả cá ăn lăng quăng vào bể lớn;",
           "Thu gom chai lọ, vỏ xe, gáo dừa quanh nhà;",
           "Ngủ màn kể cả ban ngày, nhất là với trẻ nhỏ;",
           "Đến cơ sở y tế ngay khi sốt cao liên tục từ hai ngày trở lên."]
    blocks = [
        "Theo Trung tâm Kiểm soát bệnh tật thành phố, tính đến đầu tháng 11, toàn thành phố ghi nhận 2.314 ca sốt xuất "
        "huyết, trong đó 61% tập trung ở sáu phường ven đô. Chưa ghi nhận trường hợp tử vong nhưng có 37 ca phải nhập "
        "viện vì có dấu hiệu cảnh báo.",
        "Bác sĩ Lâm Quang Vinh, Trưởng khoa Truyền nhiễm Bệnh viện đa khoa thành phố cho biết, điều đáng lo là nhiều "
        "phụ huynh tự mua thuốc hạ sốt cho con uống ở nhà, chỉ đưa đến viện khi trẻ đã mệt lả, đau bụng hoặc chảy máu "
        "chân răng. Đây là những dấu hiệu nặng cần được theo dõi sát.",
        "Khu vực ven đô có nhiều công trình xây dựng dở dang, bãi đất trống và khu nhà trọ, nơi người dân thường trữ "
        "nước sinh hoạt trong thùng, chum vại không đậy nắp. Sau mỗi trận mưa, lăng quăng phát triển rất nhanh.",
        "Ngành y tế khuyến cáo mỗi gia đình dành mười phút mỗi tuần để diệt lăng quăng, cụ thể:",
        list_block(lst),
        "Trong tháng 11, thành phố sẽ tổ chức chiến dịch phun hóa chất diện rộng tại các ổ dịch và huy động đoàn viên "
        "thanh niên, học sinh tham gia tổng vệ sinh môi trường vào sáng thứ Bảy hằng tuần.",
    ]
    date_str = "Gửi bởi admin vào Thứ tư, 06/11/2019 - 21:45"
    main = (f'<div id="node-7731" class="node node-article node-promoted view-mode-full clearfix">'
            f'<h1 class="page-title title">{esc(title)}</h1>\n<div class="meta submitted"><span class="username">'
            f'</span>{esc(date_str)}</div>\n<div class="content">'
            f'<div class="field field-name-field-summary"><div class="field-item even"><p><b>{esc(lead)}</b></p></div></div>'
            '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
            '<div class="field-item even" property="content:encoded">'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[:4])
            + '<ul>' + "".join(f'<li>{esc(x)}</li>' for x in lst) + '</ul>\n'
            + f'<p>{esc(blocks[5])}</p>\n<p><em>Nguồn: Trung tâm Kiểm soát bệnh tật thành phố</em></p>'
            '</div></div></div>'
            '<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div>'
            '<a href="/tags/sot-xuat-huyet">sốt xuất huyết</a></div></div>'
            '<ul class="links inline"><li class="comment-add"><a href="/comment/reply/7731">Gửi bình luận mới</a></li>'
            '<li class="statistics_counter"><span>1203 lượt đọc</span></li></ul></div>')
    body = frame(rng, host, "Báo Sức khỏe Thành phố (mẫu)", main, today="Thứ tư, 06/11/2019",
                 addr="Số 60 Trần Hưng Đạo, TP. Thủ Dầu Một", phone="0274 382 0000",
                 lic="Giấy phép số 51/GP-BTTTT (giả lập)", crumbs=("Sức khỏe",), wrap="page",
                 side_fmt="{d:02d}/{mo:02d}/2019")
    h = doc(title + " | Báo Sức khỏe Thành phố", og(title, lead, f"https://{host}/node/7731")
            + '\n<meta name="Generator" content="Drupal 7 (http://drupal.org)">', body)
    return P(t, "suc-khoe/sot-xuat-huyet-tang-manh-o-vung-ven-do", html=h, title=title, lead=lead, author=None,
             relevant=False, published_at="2019-11-06T21:45+07:00", blocks=blocks, date_str=date_str,
             flags=["drupal-node", "gui-boi-admin", "off-topic-health", "list", "nguon-line", "no-author"])


def p11(rng):
    t = "regional-sport-wp-entry"
    host = f"{t}.example.vn"
    title = "Giải bóng đá thiếu niên toàn tỉnh: Đội Tuy Phước lên ngôi sau loạt sút luân lưu"
    lead = ""
    blocks = [
        "Tối 22/7, trận chung kết Giải bóng đá thiếu niên toàn tỉnh Bình Định năm 2024 đã diễn ra tại sân vận động "
        "Quy Nhơn trước sự cổ vũ của gần ba nghìn khán giả. Đội Tuy Phước và đội Hoài Nhơn hòa nhau 1-1 sau hai hiệp "
        "chính, buộc phải bước vào loạt sút luân lưu.",
        "Hoài Nhơn là đội chủ động tấn công ngay từ đầu và có bàn mở tỷ số ở phút 18 nhờ pha đánh đầu của tiền đạo "
        "Trần Gia Bảo. Sang hiệp hai, Tuy Phước đẩy cao đội hình và được đền đáp ở phút 51 khi tiền vệ Võ Minh Khang "
        "sút xa gỡ hòa.",
        "Trong loạt sút luân lưu, thủ môn Lê Quang Vũ của Tuy Phước cản phá thành công hai quả, giúp đội nhà thắng "
        "chung cuộc 4-2. Vũ cũng được ban tổ chức trao danh hiệu thủ môn xuất sắc nhất giải.",
        "Giải năm nay có 16 đội đến từ các huyện, thị xã, thành phố với hơn 300 cầu thủ ở độ tuổi từ 13 đến 15. Theo "
        "ban tổ chức, chất lượng chuyên môn được nâng lên rõ rệt so với các mùa trước, nhiều cầu thủ có kỹ thuật cá "
        "nhân tốt đã lọt vào tầm ngắm của các lò đào tạo trẻ.",
        "Huấn luyện viên Nguyễn Văn Tài của đội Tuy Phước cho biết các em tập luyện ba buổi mỗi tuần sau giờ học, "
        "phần lớn kinh phí do các mạnh thường quân ở địa phương hỗ trợ. Chức vô địch là phần thưởng xứng đáng cho "
        "sự kiên trì của cả thầy và trò.",
    ]
    date_str = "Đăng lúc 9:15 PM 22/07/2024"
    main = ('<main id="main" class="site-main"><article id="post-20871" class="post-20871 post type-post status-publish '
            'format-standard has-post-thumbnail hentry category-the-thao">'
            f'<header class="entry-header"><span class="cat-links"><a href="/the-thao/">Thể thao</a></span>'
            f'<h1 class="entry-title">{esc(title)}</h1><div class="entry-meta"><span class="posted-on">'
            f'<time class="entry-date published" datetime="2024-07-22T21:15:00+07:00">{esc(date_str)}</time>'
            '</span> <span class="byline">Đăng bởi: <a class="url fn n" href="/author/editor01/">editor01</a></span>'
            '</div></header>\n<div class="entry-content">'
            '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/07/chung-ket.jpg" alt="">'
            '<figcaption class="wp-element-caption">Các cầu thủ Tuy Phước ăn mừng chức vô địch.</figcaption></figure>'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks)
            + '<p><strong>PV</strong></p>\n<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3>'
              '<ul><li><a href="#">Facebook</a></li><li><a href="#">Zalo</a></li></ul></div></div>\n'
              '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/bong-da-thieu-nien/" rel="tag">'
              'bóng đá thiếu niên</a></span></footer></article>'
              '<div id="comments" class="comments-area"><h3 class="comment-reply-title">Để lại một bình luận</h3>'
              '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p></div></main>')
    ld = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": title, "datePublished": "2024-07-22T21:15:00+07:00",
         "author": {"@type": "Person", "name": "editor01"}}]})
    body = ('<div id="page" class="site">'
            + frame(rng, host, "Báo Thể thao Miền Trung (mẫu)", main, today="Thứ Hai, 22/07/2024",
                    addr="Số 12 Nguyễn Huệ, TP. Quy Nhơn", phone="0256 382 0000",
                    lic="Giấy phép số 61/GP-BTTTT (giả lập)", crumbs=("Thể thao", "Bóng đá"), wrap="site-content",
                    side_fmt="{d:02d}/{mo:02d}/2024")
            + '</div>')
    h = doc(title + " – Báo Thể thao Miền Trung", og(title, blocks[0][:150], f"https://{host}/2024/07/22/chung-ket/")
            + "\n" + ld + '\n<meta name="generator" content="WordPress 6.5.3">', body)
    return P(t, "2024/07/22/giai-bong-da-thieu-nien-toan-tinh-doi-tuy-phuoc-len-ngoi/", html=h, title=title,
             lead=lead, author="PV", relevant=False, published_at="2024-07-22T21:15+07:00", blocks=blocks,
             date_str=date_str, flags=["wordpress-entry-content", "off-topic-sport", "12h-pm", "pv-author",
                                       "cms-account-byline", "jsonld-account-author", "no-lead"])


def p12(rng):
    t = "legacy-press-nested-tables-2012"
    title = "Đồng Nai đưa phần mềm một cửa điện tử về 171 xã, phường"
    lead = ("Sau gần hai năm triển khai, phần mềm một cửa điện tử đã được cài đặt tại toàn bộ các xã, phường, thị trấn "
            "của tỉnh, giúp người dân tra cứu tình trạng hồ sơ qua mạng và tin nhắn điện thoại.")
    blocks = [
        "Theo Sở Nội vụ tỉnh Đồng Nai, đến cuối tháng 11/2012, 171 xã, phường, thị trấn trong tỉnh đã vận hành phần "
        "mềm một cửa điện tử. Mỗi bộ hồ sơ khi tiếp nhận được gắn một mã số riêng, người dân có thể nhắn tin hoặc "
        "truy cập trang thông tin điện tử của huyện để biết hồ sơ đang ở khâu nào.",
        "Ông Huỳnh Văn Lợi, cán bộ tư pháp - hộ tịch phường Tân Phong, thành phố Biên Hòa cho biết, trước đây hồ sơ "
        "ghi chép bằng sổ tay nên thỉnh thoảng bị thất lạc. Từ khi có phần mềm, mọi thông tin được nhập ngay lúc "
        "nhận hồ sơ, lãnh đạo phường cũng theo dõi được hồ sơ nào sắp trễ hạn để nhắc nhở.",
        "Tuy nhiên, ở nhiều xã vùng sâu của huyện Tân Phú và Định Quán, đường truyền internet còn chập chờn, máy tính "
        "cấu hình thấp nên phần mềm thường xuyên bị treo. Một số cán bộ lớn tuổi còn chưa thành thạo thao tác, phải "
        "nhờ cán bộ trẻ nhập hộ.",
        "Năm 2013, tỉnh dự kiến đầu tư thêm máy tính, máy quét cho các xã khó khăn và tổ chức tập huấn tin học cơ bản "
        "cho cán bộ một cửa. Tỉnh cũng nghiên cứu cho phép người dân nộp một số loại hồ sơ đơn giản qua mạng như "
        "đăng ký kết hôn, cấp bản sao giấy khai sinh.",
    ]
    date_str = "Cập nhật lúc 10:05 AM, 20/12/12"
    txt = "<br><br>\n".join(esc(b) for b in blocks)
    main = ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top">'
            '<table width="100%" cellpadding="3" cellspacing="0" class="tbl-detail"><tr><td class="path">'
            '<font face="Arial" size="1" color="#666666"><a href="/Index.asp?cat=3">Xã hội</a> &raquo; '
            '<a href="/Index.asp?cat=31">Cải cách hành chính</a></font></td></tr>'
            f'<tr><td><font face="Arial" size="4" color="#003399"><b>{esc(title)}</b></font></td></tr>'
            f'<tr><td><font face="Arial" size="1" color="#999999"><i>{esc(date_str)}</i></font></td></tr>'
            f'<tr><td><font face="Arial" size="2"><b>{esc(lead)}</b></font></td></tr>'
            '<tr><td align="center"><table border="0" cellpadding="2" align="center"><tr><td>'
            '<img src="/Images/2012/12/motcua.jpg" width="400" border="0"></td></tr><tr><td align="center">'
            '<font size="1"><i>Bộ phận một cửa phường Tân Phong.</i></font></td></tr></table></td></tr>'
            f'<tr><td><font face="Arial" size="2">{txt}<br><br>\n<div align="right"><b>Nhóm PV</b></div>'
            '</font></td></tr>'
            '<tr><td><font size="1"><a href="javascript:window.print()">[In bài]</a> '
            '<a href="/SendMail.asp?id=18821">[Gửi bài cho bạn bè]</a> <a href="#top">[Về đầu trang]</a></font>'
            '</td></tr></table></td></tr></table>'
            '<table width="100%"><tr><td bgcolor="#E6EEF7"><font size="2"><b>Các tin khác</b></font></td></tr>'
            '<tr><td><font size="1">&bull; <a href="/Detail.asp?id=18790">Biên Hòa: Khai trương bộ phận một cửa '
            'liên thông</a> (18/12/12)<br>&bull; <a href="/Detail.asp?id=18702">Tập huấn công nghệ thông tin cho '
            'cán bộ xã</a> (14/12/12)</font></td></tr></table>')
    rows = "".join(f'<tr><td><font size="1">&bull; <a href="/Detail.asp?id={rng.randint(17000, 18800)}">{esc(hh)}'
                   f'</a> ({rng.randint(1, 28):02d}/{rng.randint(10, 11):02d}/12)</font></td></tr>'
                   for hh in rng.sample(HEADLINES, 24))
    menu = "".join(f'<td bgcolor="#003399"><font color="#FFFFFF" size="2"><b><a href="/Index.asp?cat={i}">'
                   f'<font color="#FFFFFF">{esc(m)}</font></a></b></font></td>' for i, m in enumerate(MENU[:12]))
    body = ('<center><table width="980" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">'
            '<tr><td colspan="3"><img src="/Images/banner.jpg" width="980" height="120" alt="Báo Đồng Nai Điện Tử">'
            '</td></tr><tr><td colspan="3"><table width="100%"><tr>' + menu + '</tr></table></td></tr>'
            '<tr><td width="180" valign="top"><table width="100%"><tr><td bgcolor="#E6EEF7"><b>Tin mới cập nhật</b>'
            '</td></tr>' + rows + '</table></td>'
            f'<td width="600" valign="top">{main}</td>'
            '<td width="200" valign="top"><table width="100%"><tr><td><b>Quảng cáo</b></td></tr><tr><td>'
            + ad_script(rng, "left") + '</td></tr><tr><td><b>Liên kết website</b><br>'
            '<select><option>-- Chọn website --</option><option>Cổng thông tin tỉnh</option></select></td></tr>'
            '</table></td></tr><tr><td colspan="3" align="center" bgcolor="#003399"><font color="#FFFFFF" size="1">'
            'Báo Đồng Nai Điện Tử (mẫu) - Giấy phép số 33/GP-BC (giả lập)<br>Địa chỉ: 81 Đồng Khởi, Biên Hòa, Đồng Nai'
            '<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr></table></center>')
    head = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<script language="javascript" src="/Scripts/common.js"></script>')
    h = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
         f'<title>Báo Đồng Nai Điện Tử - {esc(title)}</title>\n{head}\n</head>\n'
         f'<body bgcolor="#DDDDDD" topmargin="0" leftmargin="0">\n{body}\n</body>\n</html>\n')
    h = pad_script(rng, h, 26500)
    return P(t, "Detail.asp?id=18822&cat=31&title=dong-nai-dua-phan-mem-mot-cua-dien-tu-ve-171-xa", html=h,
             title=title, lead=lead, author="Nhóm PV", published_at="2012-12-20T10:05+07:00", blocks=blocks,
             date_str=date_str, flags=["table-layout", "font-tags", "br-paragraphs", "two-digit-year", "12h-am",
                                       "cap-nhat-only-date", "nhom-pv-author", "caption-table-row", "old-2012"])


def p13(rng):
    t = "vc-style-press-detail-cmain"
    host = f"{t}.example.vn"
    title = "Kinh tế số đóng góp gần 15% GRDP, Đà Nẵng đặt mục tiêu 20% vào năm 2025"
    lead = ("Đà Nẵng là một trong những địa phương có tỷ trọng kinh tế số cao nhất cả nước, nhưng để đạt mục tiêu "
            "đề ra, thành phố cần thu hút thêm doanh nghiệp công nghệ và nguồn nhân lực chất lượng cao.")
    blocks = [
        "Theo báo cáo của Sở Thông tin và Truyền thông Đà Nẵng, năm 2023 kinh tế số của thành phố ước đóng góp khoảng "
        "14,8% GRDP, trong đó phần lớn đến từ ngành công nghiệp công nghệ thông tin, viễn thông và các dịch vụ số "
        "như thương mại điện tử, thanh toán trực tuyến.",
        "Thành phố hiện có hơn 1.900 doanh nghiệp công nghệ số với khoảng 50.000 lao động. Nhiều doanh nghiệp phần mềm "
        "đã chuyển từ gia công sang phát triển sản phẩm riêng, cung cấp giải pháp cho khách hàng Nhật Bản, Hàn Quốc "
        "và châu Âu.",
        "Điểm nghẽn nhân lực",
        "Dù vậy, các doanh nghiệp cho biết khó tuyển kỹ sư có kinh nghiệm về trí tuệ nhân tạo, an toàn thông tin và "
        "thiết kế vi mạch. Mỗi năm các trường đại học trên địa bàn đào tạo khoảng 4.000 sinh viên ngành công nghệ "
        "thông tin, chưa đáp ứng nhu cầu tuyển dụng.",
        "Ông Hồ Quang Bửu, đại diện một công ty phần mềm có trụ sở tại Khu công viên phần mềm số 2, chia sẻ doanh "
        "nghiệp phải tự đào tạo lại phần lớn kỹ sư mới ra trường trong khoảng sáu tháng, chi phí không nhỏ.",
        "Thành phố đang triển khai đề án phát triển nguồn nhân lực ngành bán dẫn, phối hợp với các trường đại học "
        "mở thêm chuyên ngành mới và dành quỹ học bổng cho sinh viên giỏi. Đà Nẵng cũng ưu tiên dành quỹ đất cho các "
        "khu công nghệ thông tin tập trung và trung tâm dữ liệu.",
        "Theo lãnh đạo Sở Thông tin và Truyền thông, nếu tiếp tục giữ tốc độ tăng trưởng như hiện nay và thu hút thêm "
        "một số dự án lớn, mục tiêu kinh tế số chiếm 20% GRDP vào năm 2025 là khả thi.",
    ]
    date_str = "Thứ năm, 20/06/2024 06:30 (GMT+7)"
    main = ('<div class="detail-container"><div class="detail-cate"><a href="/kinh-te.chn">Kinh tế</a></div>'
            f'<h1 class="detail-title article-title" data-role="title">{esc(title)}</h1>\n'
            '<div class="detail-info"><div class="detail-author" data-role="author">Thảo Nguyên - Quang Huy</div>'
            f'<div class="detail-time"><div data-role="publishdate">{esc(date_str)}</div></div></div>\n'
            f'<h2 class="detail-sapo" data-role="sapo">{esc(lead)}</h2>\n'
            '<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">'
            + f'<p>{esc(blocks[0])}</p>\n<p>{esc(blocks[1])}</p>\n'
            + '<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><div class="kbwscwl-relatedbox"><ul>'
              '<li><a href="/da-nang-khoi-cong-trung-tam-du-lieu.chn">Đà Nẵng khởi công trung tâm dữ liệu thứ hai</a>'
              '</li><li><a href="/sinh-vien-ban-dan.chn">Sinh viên ngành bán dẫn được cấp học bổng toàn phần</a></li>'
              '</ul></div></div>\n'
            + f'<h2>{esc(blocks[2])}</h2>\n'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[3:5])
            + '<div class="VCSortableInPreviewMode" type="Photo"><div><img src="/thumb/cong-vien-phan-mem.jpg" '
              'alt=""></div><div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">Khu công viên phần '
              'mềm số 2 tại quận Hải Châu.</p></div></div>\n'
            + "".join(f'<p>{esc(b)}</p>\n' for b in blocks[5:])
            + '</div></div><div class="detail-tab"><a href="/kinh-te-so.html">#kinh tế số</a></div>'
              f'{share_bar("detail-share")}</div>')
    ld = jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
                 "datePublished": "2024-06-20T06:30:00+07:00",
                 "author": {"@type": "Person", "name": "Thảo Nguyên - Quang Huy"}})
    body = frame(rng, host, "Báo Kinh tế Đô thị Miền Trung (mẫu)", main, today="Thứ năm, 20/06/2024",
                 addr="Số 40 Bạch Đằng, Hải Châu, Đà Nẵng", phone="0236 382 0000",
                 lic="Giấy phép số 128/GP-BTTTT (giả lập)", crumbs=("Kinh tế", "Kinh tế số"), wrap="main-wrap",
                 side_fmt="{hh:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}")
    h = doc(title, og(title, lead, f"https://{host}/kinh-te-so-da-nang-188240620063000.chn") + "\n" + ld
            + '\n<meta name="pubdate" content="2024-06-20T06:30:00+07:00">', body)
    return P(t, "kinh-te/kinh-te-so-dong-gop-gan-15-grdp-da-nang-188240620063000.chn", html=h, title=title,
             lead=lead, author="Thảo Nguyên, Quang Huy", published_at="2024-06-20T06:30+07:00", blocks=blocks,
             date_str=date_str, flags=["vccorp-style", "two-authors-dash", "inline-related-box", "gmt7",
                                       "weekday-prefix", "photo-caption-div", "digital-economy", "jsonld"])
