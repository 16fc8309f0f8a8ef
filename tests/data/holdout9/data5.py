"""Article data, part 5."""
import tpl2

A = []

A.append(dict(
    n=18, tpl="cmc-district-portal-tables", fn=tpl2.cmc_district_portal, id="7781",
    url="https://cmc-district-portal-tables.example.vn/Pages/ChiTietTin.aspx?id=7781&cat=12",
    pub="2024-11-19T09:40:00+07:00", time_shown=True, author="Hữu Phước", author_disp="Hữu Phước",
    flags=["aspnetForm", "table-layout", "us-order-12h-date", "ngay-dang-label", "schedule-sidebar-dates"],
    title="Thanh Sơn đưa trợ lý ảo vào hỗ trợ cán bộ giải quyết thủ tục hành chính",
    lead="Huyện Thanh Sơn vừa đưa vào sử dụng trợ lý ảo tra cứu văn bản pháp luật và quy trình thủ tục hành chính cho cán bộ, công chức cấp huyện và cấp xã.",
    blocks=[
        "Trợ lý ảo được xây dựng trên nền tảng trí tuệ nhân tạo, được huấn luyện với hơn 2.000 văn bản quy phạm pháp luật và bộ thủ tục hành chính của tỉnh. Cán bộ chỉ cần đặt câu hỏi bằng tiếng Việt thông thường, hệ thống sẽ trả lời kèm trích dẫn điều khoản liên quan.",
        "Chị Phùng Thị Lan, công chức tư pháp - hộ tịch xã Địch Quả, cho biết trước đây khi gặp hồ sơ phức tạp như đăng ký khai sinh có yếu tố nước ngoài, chị phải gọi điện hỏi phòng tư pháp huyện. Nay chỉ cần hỏi trợ lý ảo là có hướng dẫn các bước và mẫu giấy tờ.",
        "Sau một tháng dùng thử, trợ lý ảo đã trả lời hơn 3.100 câu hỏi, tập trung vào lĩnh vực đất đai, hộ tịch, chứng thực và chính sách xã hội. Khoảng 8% câu trả lời bị đánh giá chưa chính xác, chủ yếu do văn bản mới chưa được cập nhật vào hệ thống.",
        "Phòng Văn hóa và Thông tin huyện đã phân công cán bộ chuyên trách cập nhật văn bản hằng tuần và tiếp nhận phản hồi của người dùng. Huyện cũng lưu ý cán bộ chỉ dùng trợ lý ảo như công cụ tham khảo, người ký quyết định vẫn phải chịu trách nhiệm về nội dung.",
        "Dự kiến từ quý I năm 2025, huyện sẽ mở rộng tính năng để người dân có thể hỏi đáp về thủ tục hành chính ngay trên cổng thông tin điện tử và trang Zalo chính thức của UBND huyện.",
    ]))

A.append(dict(
    n=19, tpl="ministry-science-tech-news", fn=tpl2.ministry_st_news, url="https://ministry-science-tech-news.example.vn/tin-tuc/hoat-dong/khoi-dong-nen-tang-so-quoc-gia-ve-tieu-chuan-do-luong-chat-luong-t114-d29380.aspx",
    pub="2024-11-21T00:00:00+07:00", time_shown=False, author=None, credit="Văn phòng Bộ",
    flags=["ngay-thang-nam-date", "weekday-prefix", "date-only", "office-credit", "bold-first-paragraph-lead"],
    title="Khởi động nền tảng số quốc gia về tiêu chuẩn, đo lường, chất lượng",
    lead="Nền tảng cho phép doanh nghiệp tra cứu tiêu chuẩn quốc gia, đăng ký công bố hợp chuẩn, hợp quy và theo dõi kết quả trực tuyến tại một đầu mối.",
    blocks=[
        "Theo đại diện Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia, nền tảng đã số hóa toàn văn hơn 13 nghìn tiêu chuẩn quốc gia và kết nối với hệ thống của các tổ chức chứng nhận được chỉ định. Doanh nghiệp có thể mua, tải tiêu chuẩn và thanh toán trực tuyến.",
        "Một điểm mới là dữ liệu công bố hợp quy của doanh nghiệp được chia sẻ với các cơ quan quản lý thị trường và hải quan. Khi kiểm tra hàng hóa, lực lượng chức năng có thể tra cứu ngay mã công bố, hạn chế việc yêu cầu doanh nghiệp nộp lại hồ sơ giấy.",
        "Phát biểu tại buổi lễ, Thứ trưởng Lê Minh Đạt đề nghị các đơn vị tiếp tục chuẩn hóa dữ liệu, bảo đảm an toàn thông tin và hoàn thiện quy trình để đến giữa năm 2025 toàn bộ thủ tục trong lĩnh vực tiêu chuẩn, đo lường, chất lượng được thực hiện trực tuyến toàn trình.",
        "Trong giai đoạn tiếp theo, nền tảng sẽ bổ sung công cụ hỗ trợ doanh nghiệp nhỏ tự đánh giá mức độ đáp ứng tiêu chuẩn, đồng thời tích hợp dữ liệu truy xuất nguồn gốc sản phẩm, hàng hóa phục vụ người tiêu dùng.",
    ]))

A.append(dict(
    n=20, tpl="viettel-health-dept-reprint", fn=tpl2.viettel_department_reprint, relevant=False,
    url="https://viettel-health-dept-reprint.example.vn/tin-tuc/chi-tiet/benh-vien-tinh-phau-thuat-thanh-cong-ca-vo-lach-do-tai-nan-giao-thong-4411",
    pub="2024-11-27T17:35:00+07:00", time_shown=True, author="Hồng Nhung", author_disp="Hồng Nhung",
    flags=["off-topic-health", "theo-bao-credit", "cms-account-quan-tri-vien", "time-first"],
    title="Bệnh viện tỉnh phẫu thuật thành công ca vỡ lách do tai nạn giao thông",
    lead="Một nam thanh niên 19 tuổi nhập viện trong tình trạng sốc mất máu nặng đã được các bác sĩ Bệnh viện Đa khoa tỉnh cứu sống kịp thời.",
    blocks=[
        "Bệnh nhân Đ.V.T. ở huyện Phú Ninh được đưa vào viện khoảng 22 giờ sau khi va chạm với xe tải trên quốc lộ. Khi nhập viện, bệnh nhân da xanh tái, huyết áp tụt, bụng chướng, kết quả siêu âm cho thấy có nhiều dịch trong ổ bụng.",
        "Bệnh viện đã kích hoạt quy trình báo động đỏ nội viện, huy động các kíp gây mê, ngoại khoa và ngân hàng máu. Chỉ sau 15 phút, bệnh nhân được chuyển lên phòng mổ; các bác sĩ phát hiện lách vỡ độ IV, phải cắt lách để cầm máu.",
        "Bác sĩ Trương Công Hậu, Trưởng khoa Ngoại tổng hợp, cho biết ca bệnh được truyền tổng cộng 6 đơn vị máu. Sau phẫu thuật, sức khỏe bệnh nhân hồi phục tốt, đã ăn uống được và dự kiến xuất viện trong tuần tới.",
        "Qua trường hợp này, bác sĩ khuyến cáo người tham gia giao thông cần đội mũ bảo hiểm đúng cách, không chạy quá tốc độ và không sử dụng rượu bia khi điều khiển phương tiện. Khi gặp tai nạn, người dân nên gọi cấp cứu 115 và hạn chế tự di chuyển nạn nhân để tránh tổn thương thêm.",
        "Trong năm nay, khoa Ngoại tổng hợp đã tiếp nhận hơn 700 ca chấn thương do tai nạn giao thông, phần lớn là nam giới trong độ tuổi lao động.",
    ]))

A.append(dict(
    n=21, tpl="vnpt-home-affairs-dept", fn=tpl2.vnpt_department_portal, url="https://vnpt-home-affairs-dept.example.vn/tin-tuc-su-kien/cai-cach-hanh-chinh/so-hoa-ho-so-can-bo-cong-chuc-vien-chuc-2811.html",
    pub="2024-10-15T16:48:09+07:00", time_shown=True, author="Kim Oanh", author_disp="Kim Oanh",
    flags=["seconds", "ngay-dang-pipe-luot-xem", "meta-author-vendor", "related-dates"],
    title="Hoàn thành số hóa hồ sơ cán bộ, công chức, viên chức toàn tỉnh",
    lead="Hơn 31 nghìn hồ sơ cán bộ, công chức, viên chức của tỉnh đã được cập nhật đầy đủ lên cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức.",
    blocks=[
        "Theo Sở Nội vụ, công việc được triển khai từ đầu năm với sự tham gia của 96 cơ quan, đơn vị. Mỗi hồ sơ gồm lý lịch, quá trình công tác, đào tạo, khen thưởng, kỷ luật và các quyết định liên quan đến tiền lương, được quét và gắn với số định danh cá nhân.",
        "Trong quá trình rà soát, sở phát hiện hơn 1.200 hồ sơ có thông tin chưa thống nhất về ngày sinh, quê quán hoặc trình độ đào tạo. Các đơn vị đã được yêu cầu xác minh, bổ sung minh chứng trước khi cập nhật để bảo đảm tính chính xác.",
        "Cơ sở dữ liệu đã đi vào vận hành giúp việc thống kê, báo cáo số lượng, chất lượng đội ngũ được thực hiện nhanh chóng. Trước đây, để tổng hợp báo cáo biên chế cuối năm, các đơn vị phải gửi văn bản giấy và mất vài tuần mới có số liệu.",
        "Bà Phạm Thị Ngọc Ánh, Giám đốc Sở Nội vụ, cho biết dữ liệu này sẽ là căn cứ quan trọng phục vụ việc sắp xếp tổ chức bộ máy, tinh giản biên chế và xây dựng chính sách thu hút nhân lực chất lượng cao trong thời gian tới.",
        "Sở đề nghị thủ trưởng các cơ quan, đơn vị phân công cán bộ cập nhật biến động nhân sự trong vòng 5 ngày làm việc kể từ khi có quyết định, coi đây là nhiệm vụ thường xuyên.",
    ]))

A.append(dict(
    n=22, tpl="liferay-web-content-display", fn=tpl2.liferay_web_content_display, url="https://liferay-web-content-display.example.vn/web/guest/chinh-quyen-so/-/asset_publisher/Xk2p/content/lien-thong-dang-ky-khai-sinh-thuong-tru-bao-hiem-y-te",
    pub="2024-11-26T13:55:00+07:00", time_shown=True, author="Lê Quang Vinh", author_disp="Lê Quang Vinh",
    flags=["liferay-journal-content", "bold-summary", "sidebar-datetime", "lien-thong"],
    title="Liên thông đăng ký khai sinh, thường trú và cấp thẻ bảo hiểm y tế cho trẻ em",
    lead="Chỉ với một bộ hồ sơ trực tuyến, cha mẹ có thể hoàn tất ba thủ tục cho trẻ dưới 6 tuổi và nhận kết quả qua thư điện tử hoặc ứng dụng VNeID.",
    blocks=[
        "Nhóm thủ tục liên thông được triển khai trên Cổng dịch vụ công quốc gia và hệ thống giải quyết thủ tục hành chính của tỉnh. Sau khi cán bộ tư pháp xác nhận đăng ký khai sinh, thông tin được chuyển tự động sang công an để đăng ký thường trú và sang bảo hiểm xã hội để cấp thẻ.",
        "Trong 10 tháng, toàn tỉnh đã tiếp nhận hơn 14 nghìn hồ sơ liên thông, chiếm khoảng 62% tổng số trẻ được đăng ký khai sinh. Thời gian giải quyết trung bình giảm từ 10 ngày xuống còn dưới 4 ngày.",
        "Tuy nhiên, vẫn còn tình trạng hồ sơ bị trả lại do phụ huynh chụp ảnh giấy chứng sinh bị mờ hoặc khai sai thông tin nơi cư trú. Một số xã chưa bố trí đủ cán bộ trực hệ thống nên hồ sơ chậm được xử lý vào cuối tuần.",
        "Sở Tư pháp đề nghị các bệnh viện, trạm y tế cấp giấy chứng sinh điện tử để liên thông dữ liệu ngay từ đầu, giảm bớt thao tác cho người dân. Hiện đã có 11 cơ sở khám chữa bệnh trên địa bàn thực hiện cấp giấy chứng sinh điện tử.",
        "Tỉnh đặt mục tiêu đến hết năm 2025, ít nhất 85% hồ sơ đăng ký khai sinh được thực hiện qua nhóm thủ tục liên thông, đồng thời mở rộng liên thông với nhóm thủ tục khai tử, xóa đăng ký thường trú và hưởng chế độ mai táng phí.",
    ]))

A.append(dict(
    n=23, tpl="mekong-regional-daily", fn=tpl2.mekong_regional_daily, relevant=False, mod="03/12/2024 21:10",
    url="https://mekong-regional-daily.example.vn/giao-thong/thong-xe-cau-vam-cong-moi-sau-26-thang-thi-cong-a208811.html",
    pub="2024-12-03T10:20:00+07:00", time_shown=True, author="Sơn Tùng", author_disp="Sơn Tùng",
    flags=["off-topic-traffic", "phong-vien-label-top", "outlet-prefix-lead", "cap-nhat-modified", "weekday-prefix"],
    title="Thông xe cầu Vàm Sáng sau 26 tháng thi công",
    lead="Sáng nay, cầu Vàm Sáng nối hai huyện ven sông chính thức thông xe, kết thúc cảnh chờ phà kéo dài hàng chục năm của người dân.",
    blocks=[
        "Cầu có chiều dài hơn 1,2 km, rộng 12 m với hai làn xe cơ giới và hai làn xe thô sơ, tổng mức đầu tư khoảng 980 tỷ đồng từ ngân sách tỉnh và vốn hỗ trợ của trung ương. Công trình được khởi công từ tháng 10/2022.",
        "Theo ban quản lý dự án, quá trình thi công gặp nhiều khó khăn do nền đất yếu, mực nước sông lên xuống thất thường và giá vật liệu tăng cao. Nhà thầu đã phải bổ sung cọc khoan nhồi ở hai trụ chính, khiến tiến độ chậm khoảng ba tháng so với kế hoạch.",
        "Ông Lâm Văn Hiếu, người dân xã Tân Phú, cho biết trước đây mỗi lần chở lúa sang bên kia sông phải chờ phà cả tiếng, ngày mưa gió phà ngừng chạy thì đành bỏ chuyến. Có cầu rồi, chỉ mất vài phút là sang tới chợ huyện.",
        "Việc thông xe cầu Vàm Sáng giúp rút ngắn khoảng 25 km quãng đường từ trung tâm tỉnh đến các huyện phía nam, mở ra cơ hội phát triển vùng chuyên canh lúa và cây ăn trái. Bến phà cũ sẽ dừng hoạt động từ ngày 15/12.",
        "Sở Giao thông vận tải lưu ý trong thời gian đầu, xe tải trên 30 tấn chưa được phép lưu thông qua cầu, chờ kết quả kiểm định tải trọng.",
    ]))

A.append(dict(
    n=24, tpl="city-radio-news-brief", fn=tpl2.city_radio_brief, id="b4412", size="short",
    url="https://city-radio-news-brief.example.vn/thoi-su/thanh-pho-mo-du-lieu-ve-chat-luong-khong-khi-theo-gio-b4412.html",
    pub="2024-12-04T07:05:00+07:00", time_shown=True, author="Hải Yến", author_disp="Hải Yến", lead="",
    flags=["short-brief", "audio-player", "no-lead", "author-bottom-plain"],
    title="Thành phố công bố dữ liệu mở về chất lượng không khí theo giờ",
    blocks=[
        "Từ hôm nay, dữ liệu đo chất lượng không khí tại 32 trạm quan trắc tự động của thành phố được công bố theo từng giờ trên cổng dữ liệu mở. Người dân, doanh nghiệp và các nhà nghiên cứu có thể tải dữ liệu miễn phí dưới dạng bảng tính hoặc kết nối qua giao diện lập trình.",
        "Theo Sở Tài nguyên và Môi trường, bộ dữ liệu gồm các chỉ số bụi mịn, khí thải và chỉ số chất lượng không khí tổng hợp. Các ứng dụng bản đồ, thời tiết có thể tích hợp để cảnh báo cho người dùng khi ô nhiễm vượt ngưỡng.",
        "Thành phố cũng khuyến khích các trường đại học sử dụng dữ liệu để nghiên cứu nguồn gây ô nhiễm và đề xuất giải pháp.",
    ]))
