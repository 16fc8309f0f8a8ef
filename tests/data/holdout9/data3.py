"""Article data, part 3."""
import tpl

A = []

A.append(dict(
    n=9, tpl="science-innovation-magazine", fn=tpl.science_paper_detail, url="https://science-innovation-magazine.example.vn/chuyen-doi-so/nen-tang-iot-giam-sat-chat-luong-nuoc-cho-vung-nuoi-tom-c1-p20311.html",
    pub="2024-06-12T11:25:00+07:00", time_shown=True, author="Nguyễn Hoàng Long", author_disp="ThS. Nguyễn Hoàng Long",
    flags=["tac-gia-label", "academic-title", "ngay-xuat-ban-label", "italic-lead", "caption-credit", "newsletter-box", "jsonld-author"],
    title="Nền tảng IoT giám sát chất lượng nước cho vùng nuôi tôm",
    lead="Một nhóm nghiên cứu trẻ đã phát triển hệ thống cảm biến giá rẻ giúp người nuôi tôm theo dõi độ mặn, oxy hòa tan và nhiệt độ ao nuôi theo thời gian thực trên điện thoại.",
    blocks=[
        "Hệ thống gồm một phao nổi gắn bốn cảm biến, bộ vi điều khiển và mô-đun truyền dữ liệu qua mạng di động. Cứ mười phút, thiết bị gửi số liệu về máy chủ; khi chỉ số oxy hòa tan giảm dưới ngưỡng an toàn, ứng dụng lập tức gửi cảnh báo và có thể tự bật quạt sục khí.",
        "Điểm khác biệt của sản phẩm là giá thành chỉ khoảng 6 triệu đồng mỗi bộ, bằng một phần ba thiết bị nhập khẩu cùng tính năng. Nhóm tự thiết kế mạch và vỏ chống ăn mòn từ nhựa tái chế, phù hợp với điều kiện nước lợ ở đồng bằng sông Cửu Long.",
        "Trong đợt thử nghiệm kéo dài bốn tháng tại 18 ao nuôi ở huyện Trần Đề, tỷ lệ tôm chết do thiếu oxy ban đêm giảm rõ rệt. Ông Thạch Sà Rinh, một hộ nuôi tham gia thử nghiệm, cho biết trước đây ông phải thức dậy hai, ba lần mỗi đêm để kiểm tra ao.",
        "Dữ liệu thu thập từ các ao còn được dùng để huấn luyện mô hình dự báo nguy cơ bùng phát dịch bệnh dựa trên biến động nhiệt độ và độ mặn. Nhóm nghiên cứu đang phối hợp với cơ quan thủy sản địa phương để chia sẻ dữ liệu này phục vụ công tác quan trắc vùng nuôi.",
        "Khó khăn hiện nay là cảm biến đo oxy cần hiệu chuẩn định kỳ, trong khi nhiều hộ nuôi chưa quen thao tác. Nhóm dự kiến mở dịch vụ bảo trì theo thuê bao hằng tháng và tìm kiếm nguồn vốn từ quỹ đổi mới công nghệ để sản xuất hàng loạt.",
    ]))

A.append(dict(
    n=10, tpl="provincial-broadcaster-video", fn=tpl.provincial_broadcaster_vod, id="55821", url="https://provincial-broadcaster-video.example.vn/video/chuyen-doi-so/binh-dan-hoc-vu-so-tai-cac-thon-vung-cao-55821.html",
    pub="2024-12-01T19:45:00+07:00", time_shown=True, author="Minh Hằng, Quốc Việt", author_disp="Minh Hằng - Quốc Việt",
    flags=["video-iframe", "og-video", "weekday-ngay-luc", "two-authors-dash-bottom", "video-sidebar-dates"],
    title="Bình dân học vụ số tại các thôn vùng cao",
    lead="Mỗi tối thứ Bảy, nhà văn hóa thôn Nà Khoang lại sáng đèn với lớp học dùng điện thoại thông minh dành cho bà con người Dao.",
    side=[("v1", "Bản tin thời sự tối 30/11/2024", "30/11/2024"), ("v2", "Nông dân thu hoạch cam sành đầu vụ", "29/11/2024")],
    blocks=[
        "Lớp học do đoàn thanh niên xã và tổ công nghệ số cộng đồng tổ chức, mỗi buổi khoảng 30 người, có cả những cụ ông, cụ bà ngoài bảy mươi tuổi. Giáo viên là các bạn trẻ trong thôn, giảng bằng tiếng Dao để bà con dễ hiểu.",
        "Nội dung học rất gần gũi: cách gọi video cho con cháu đi làm xa, cách xem dự báo thời tiết, tra giá quế, giá thảo quả và đặc biệt là cách dùng ứng dụng VNeID, quét mã QR để thanh toán khi xuống chợ huyện bán hàng.",
        "Bà Triệu Mùi Chấn, 64 tuổi, cho biết trước đây điện thoại chỉ dùng để nghe gọi. Sau ba buổi học, bà đã tự nộp được hồ sơ xin cấp lại giấy chứng nhận quyền sử dụng đất trên cổng dịch vụ công với sự hỗ trợ của cháu nội.",
        "Anh Bàn Văn Tiến, Bí thư Đoàn xã, nói khó nhất là nhiều hộ chưa có điện thoại thông minh và sóng ở một số nơi còn chập chờn. Đoàn xã đang vận động các nhà hảo tâm tặng điện thoại cũ còn dùng tốt cho các hộ nghèo.",
        "Theo kế hoạch của huyện, mô hình lớp học số cộng đồng sẽ được nhân rộng ra toàn bộ 42 thôn, bản trong năm 2025. Mỗi thôn có ít nhất một điểm hỗ trợ người dân làm thủ tục trực tuyến, đặt tại nhà văn hóa hoặc nhà trưởng thôn.",
    ]))

A.append(dict(
    n=11, tpl="joomla3-protostar-commune", fn=tpl.joomla_commune_article, url="https://joomla3-protostar-commune.example.vn/tin-tuc/89-xa-tan-hoi-hoan-thanh-so-hoa-so-ho-tich",
    pub="2024-05-16T08:30:00+07:00", time_shown=True, author=None, credit="Văn phòng HĐND - UBND xã",
    flags=["joomla-article-info", "cms-account-viet-boi", "thang-month-word", "bold-first-paragraph-lead", "office-credit"],
    title="Xã Tân Hội hoàn thành số hóa sổ hộ tịch từ năm 1995 đến nay",
    lead="Sau bảy tháng triển khai, xã Tân Hội đã số hóa xong 11.240 trang sổ đăng ký khai sinh, kết hôn và khai tử, đưa vào cơ sở dữ liệu hộ tịch điện tử dùng chung.",
    blocks=[
        "Công việc được giao cho hai công chức tư pháp - hộ tịch và bốn đoàn viên thanh niên tình nguyện, làm việc ngoài giờ hành chính. Mỗi trang sổ được quét, nhập liệu các trường thông tin chính và đối chiếu lại hai lần trước khi chuyển lên hệ thống.",
        "Nhiều cuốn sổ những năm đầu đã ố vàng, chữ viết tay mờ, có trang bị rách phải dán lại cẩn thận. Với các trường hợp thông tin không đọc được, cán bộ lập danh sách riêng để xác minh với người dân hoặc thân nhân.",
        "Nhờ dữ liệu đã được số hóa, người dân trong xã khi cần trích lục khai sinh, xác nhận tình trạng hôn nhân có thể nộp yêu cầu trực tuyến và nhận kết quả bản điện tử trong ngày. Trước đây, cán bộ phải lục tìm sổ gốc trong kho, có khi mất cả buổi.",
        "Ông Huỳnh Văn Đức, Chủ tịch UBND xã, cho biết xã sẽ tiếp tục số hóa hồ sơ chứng thực và hồ sơ địa chính, đồng thời đề nghị huyện hỗ trợ thêm một máy quét khổ lớn để xử lý bản đồ địa chính cũ.",
        "Kết quả này góp phần giúp xã Tân Hội đạt tiêu chí về chuyển đổi số trong bộ tiêu chí xã nông thôn mới kiểu mẫu, dự kiến được thẩm định vào cuối năm nay.",
    ]))

A.append(dict(
    n=12, tpl="wp-genesis-agri-extension", fn=tpl.wp_genesis_department, url="https://wp-genesis-agri-extension.example.vn/2024/10/ky-thuat-cham-soc-lua-dong-xuan-giai-doan-de-nhanh/",
    pub="2024-10-28T00:00:00+07:00", time_shown=False, author="Lò Văn Thành", author_disp="KS. Lò Văn Thành", relevant=False, lead="",
    flags=["off-topic-agriculture", "date-only-thang-word", "cms-account-editor01", "author-bottom-italic-ks-title", "no-lead"],
    title="Chăm sóc lúa Đông Xuân giai đoạn đẻ nhánh: những lưu ý cho bà con",
    blocks=[
        "Giai đoạn đẻ nhánh quyết định số bông trên đơn vị diện tích, vì vậy bà con cần chú ý điều tiết nước và bón phân đúng thời điểm. Sau cấy khoảng 7 đến 10 ngày, khi lúa đã bén rễ hồi xanh, nên giữ mực nước nông từ 3 đến 5 cm để kích thích lúa đẻ nhánh sớm.",
        "Về phân bón, bón thúc lần một với lượng đạm khoảng 40% tổng lượng cả vụ, kết hợp kali. Không nên bón đạm quá nhiều hoặc bón muộn vì cây sẽ đẻ nhánh vô hiệu, lá rậm rạp, tạo điều kiện cho sâu cuốn lá và bệnh đạo ôn phát sinh.",
        "Khi số nhánh đạt khoảng 80% số nhánh mong muốn, bà con rút nước phơi ruộng từ 5 đến 7 ngày để hạn chế nhánh vô hiệu, giúp bộ rễ ăn sâu và cây cứng cáp hơn. Sau phơi ruộng, cho nước trở lại và duy trì mực nước ổn định.",
        "Trong giai đoạn này, thời tiết rét đậm có thể làm lúa chậm sinh trưởng. Khi nhiệt độ trung bình dưới 15 độ C, cần giữ nước sâu hơn để giữ ấm gốc lúa, tạm dừng bón phân đạm và phun thuốc, chỉ bón tro bếp hoặc phân lân để tăng sức chống rét.",
        "Bà con thường xuyên thăm đồng, theo dõi thông báo sâu bệnh của trạm trồng trọt và bảo vệ thực vật. Khi mật độ ốc bươu vàng, chuột hoặc rầy vượt ngưỡng, cần báo ngay cho cán bộ khuyến nông cơ sở để được hướng dẫn biện pháp xử lý kịp thời.",
    ]))
