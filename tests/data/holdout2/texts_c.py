"""Extra paragraphs (appended to the bodies in texts_a/texts_b); invented like the rest."""

EXTRA = {
    "elem": [
        ("h", "Khách hàng lớn tuổi vẫn có tổng đài"),
        "Với những khách hàng không dùng điện thoại thông minh, công ty vẫn duy trì tổng đài chăm sóc khách hàng hoạt động 24/7. Nhân viên tổng đài nhập phản ánh vào cùng hệ thống nên việc điều phối đội sửa chữa không bị chậm.",
        "Theo kế hoạch, trong năm nay công ty sẽ lắp thêm 2.000 đồng hồ nước thông minh có khả năng tự gửi chỉ số và cảnh báo khi lưu lượng tăng bất thường, giúp phát hiện rò rỉ phía sau đồng hồ của khách hàng.",
    ],
    "j25": [
        "Trường hợp công dân có đơn thư gửi trước, Ban Tiếp công dân huyện sẽ thông báo thời gian cụ thể để công dân sắp xếp đến làm việc. Công dân không được lợi dụng việc tiếp công dân để gây rối trật tự tại nơi tiếp.",
        "Mọi thông tin chi tiết xin liên hệ Ban Tiếp công dân huyện Phú Lương trong giờ hành chính các ngày làm việc.",
    ],
    "lr74b": [
        "Trong thời gian diễn ra lễ hội, lực lượng chức năng đã tăng cường kiểm tra an toàn thực phẩm, niêm yết giá và trật tự giao thông tại các tuyến đường dẫn vào khu vực tổ chức.",
    ],
    "knc": [
        "Theo Sở Công Thương, tỉnh đang xây dựng quy hoạch mạng lưới trạm sạc, ưu tiên các vị trí tại trung tâm huyện, khu du lịch và bãi đỗ xe công cộng. Các nhà đầu tư được khuyến khích đặt trạm tại những nơi có sẵn nguồn điện ổn định.",
        "Một số chuyên gia lưu ý các trạm sạc phải bảo đảm tiêu chuẩn phòng cháy chữa cháy, nhất là các trạm đặt trong khuôn viên cây xăng.",
    ],
    "soha": [
        ("h", "Giảm tải cho bệnh viện tuyến trên"),
        "Trước đây, phần lớn người bệnh có triệu chứng ho kéo dài ở các xã vùng cao phải xuống bệnh viện huyện hoặc tỉnh để chụp và đọc phim. Nhiều người ngại đi xa nên bỏ qua, đến khi phát hiện bệnh thì đã muộn.",
        "Giai đoạn tiếp theo, Sở Y tế dự kiến mở rộng thí điểm thêm 20 trạm y tế và kết nối kết quả đọc phim với hồ sơ sức khỏe điện tử của người dân.",
    ],
    "dt2": [
        "Theo lãnh đạo Sở Nông nghiệp và Phát triển nông thôn, chi phí đầu tư hệ thống khoảng 2,4 tỷ đồng, thấp hơn nhiều so với việc tăng thêm lực lượng tuần tra. Các thiết bị bay có thể hoạt động cả khi triều cường, thời điểm mà xuồng tuần tra khó tiếp cận bờ.",
    ],
    "zn": [
        "Ngoài việc phát hiện vi phạm, dữ liệu từ camera còn được dùng để đếm lưu lượng phương tiện, điều chỉnh chu kỳ đèn tín hiệu theo giờ cao điểm và hỗ trợ cơ quan chức năng truy vết trong các vụ việc về an ninh trật tự.",
        "Theo kế hoạch, năm tới tỉnh sẽ lắp thêm camera tại các tuyến đường Lê Hồng Phong, 23/10 và đường ven biển Phạm Văn Đồng.",
    ],
    "bo": [
        "Theo Bộ Khoa học và Công nghệ, việc có một thước đo thống nhất giúp cơ quan quản lý nắm được thực trạng chuyển đổi số của khối doanh nghiệp khoa học và công nghệ, từ đó thiết kế các chính sách hỗ trợ sát với nhu cầu.",
        "Trong năm 2025, Bộ sẽ phối hợp với các sở khoa học và công nghệ địa phương tổ chức tập huấn hướng dẫn doanh nghiệp sử dụng bộ tiêu chí.",
    ],
    "fpt": [
        "Bên cạnh trực thứ bảy, quận cũng triển khai chatbot hỗ trợ trả lời các câu hỏi thường gặp về thành phần hồ sơ, lệ phí và thời hạn giải quyết. Chatbot được tích hợp trên cổng thông tin điện tử và trang mạng xã hội của quận.",
        "Lãnh đạo UBND quận cho biết sau ba tháng sẽ đánh giá hiệu quả để quyết định duy trì lâu dài hoặc mở rộng sang các phường.",
    ],
    "vt": [
        "Tại hội nghị, đại diện các xã cũng kiến nghị huyện sớm nâng cấp đường truyền internet tại xã đảo Thạnh An để hệ thống họp trực tuyến và dịch vụ công hoạt động ổn định hơn.",
    ],
    "vt2": [
        "Người dân và du khách có thể phản ánh các trường hợp chặt chém, ép giá qua đường dây nóng của UBND huyện hoặc ứng dụng phản ánh hiện trường của thành phố.",
    ],
    "cmc": [
        ("h", "Người bệnh xem hồ sơ trên điện thoại"),
        "Từ quý IV, người bệnh điều trị nội trú có thể xem tóm tắt hồ sơ bệnh án, đơn thuốc và kết quả xét nghiệm trên ứng dụng của bệnh viện. Những thông tin này giúp người bệnh chủ động theo dõi sức khỏe và chia sẻ khi đi khám ở nơi khác.",
    ],
    "hues": [
        "Trung tâm cho biết có khoảng 4% phản ánh bị trễ hạn, chủ yếu liên quan đến tranh chấp đất đai và xây dựng không phép cần nhiều cơ quan phối hợp xử lý. Các trường hợp này được theo dõi riêng và báo cáo lãnh đạo tỉnh hằng tuần.",
        "Trong quý IV, trung tâm sẽ bổ sung tính năng đánh giá mức độ hài lòng của người dân sau khi phản ánh được xử lý.",
    ],
    "font": [
        "Phát biểu tại ngày hội, Chủ tịch UBND xã đề nghị các thôn tiếp tục duy trì tổ công nghệ số cộng đồng, hỗ trợ người dân làm thủ tục trên điện thoại, nhất là người cao tuổi và người khuyết tật.",
        "Kết thúc ngày hội, xã đã hỗ trợ 186 người dân kích hoạt tài khoản định danh điện tử và 74 hộ mở tài khoản thanh toán.",
    ],
    "fp": [
        "Phòng Giáo dục đề nghị các trường có học sinh đạt giải tổ chức khen thưởng kịp thời và xây dựng kế hoạch bồi dưỡng cho đội tuyển tham dự kỳ thi cấp tỉnh.",
        "Danh sách chi tiết học sinh đạt giải được gửi kèm theo thông báo này.",
    ],
    "nuxt": [
        "Theo sở, việc chi trả qua tài khoản giúp giảm khoảng 60% chi phí so với chi trả tiền mặt, đồng thời hạn chế tình trạng người hưởng phải đi lại, chờ đợi tại điểm chi trả vào những ngày cao điểm.",
        "Để bảo đảm an toàn, cán bộ cấp xã hướng dẫn người hưởng không cung cấp mã OTP, mật khẩu cho người khác và báo ngay cho ngân hàng khi mất điện thoại.",
    ],
    "msite": [
        "Theo Sở Thông tin và Truyền thông, tổng đài 1022 sẽ được kết nối với nền tảng phản ánh hiện trường của tỉnh để theo dõi tiến độ xử lý và đánh giá trách nhiệm của các cơ quan liên quan.",
        "Những phản ánh quá hạn sẽ được tổng hợp báo cáo Chủ tịch UBND tỉnh vào cuối mỗi tháng.",
    ],
    "amp": [
        "Theo Sở Nông nghiệp và Phát triển nông thôn Đồng Tháp, toàn tỉnh hiện có 48 mã số vùng trồng xoài được cấp cho thị trường xuất khẩu. Việc ghi nhật ký điện tử giúp cơ quan chuyên môn kiểm tra nhanh khi có cảnh báo từ nước nhập khẩu.",
    ],
    "phpbb": [
        "Bổ sung thêm: lúc thanh toán nhớ kiểm tra lại địa chỉ nhận, em suýt để địa chỉ cũ trên căn cước.",
    ],
    "xf1": [
        "Năm ngoái nhà em bán cho thương lái được giá thấp quá, chỉ hơn 20 nghìn một ký, trong khi trên mạng thấy bán gần gấp đôi. Em muốn thử bán trực tiếp để có thêm thu nhập.",
        "Nhà em có con gái đang học đại học, có thể phụ chụp ảnh, trả lời khách. Chỉ lo khâu đóng gói và giao hàng xa thôi.",
    ],
    "disc": [
        "Ví dụ cụ thể: xã A và xã B được nhập thành xã C từ ngày 1/7. Hồ sơ cũ vẫn giữ mã xã A và xã B, còn hồ sơ mới dùng mã xã C. Khi tra cứu theo địa bàn, hệ thống cần tự gộp cả ba mã.",
    ],
    "cmt": [
        ("h", "Tiện ích cho doanh nghiệp"),
        "Các doanh nghiệp giao nhận và thương mại điện tử có thể kết nối với hệ thống mã địa chỉ số qua giao diện lập trình ứng dụng do thành phố cung cấp miễn phí, để tự động chuẩn hóa địa chỉ người nhận.",
    ],
}


NEW = {
    "font2": dict(
        title="Xã Tân Phú hướng dẫn người dân nộp thuế đất phi nông nghiệp qua điện thoại",
        lead="",
        author=None, pub="2024-03-12 14:30", rel=True,
        body=[
            "Từ tháng 3, UBND xã Tân Phú phối hợp với Chi cục Thuế khu vực tổ chức hướng dẫn người dân nộp thuế sử dụng đất phi nông nghiệp qua ứng dụng trên điện thoại và qua tài khoản ngân hàng.",
            "Người dân chỉ cần mang theo căn cước công dân và điện thoại đến bộ phận một cửa của xã vào sáng thứ ba và thứ năm hằng tuần. Cán bộ sẽ hướng dẫn cài ứng dụng, tra cứu số thuế phải nộp và thanh toán ngay tại chỗ.",
            "Theo cán bộ địa chính xã, năm ngoái nhiều hộ phải lên huyện để nộp thuế, mất cả buổi sáng. Nay người dân có thể nộp ở bất cứ đâu, biên lai điện tử được gửi về điện thoại.",
            "Trong tuần đầu, đã có 92 hộ được hướng dẫn và nộp thuế thành công. Xã đề nghị các trưởng thôn thông báo rộng rãi để người dân biết và thực hiện.",
            "Những hộ gia đình chưa có điện thoại thông minh vẫn có thể nộp trực tiếp tại điểm thu của bưu điện xã như trước đây.",
            "Mọi thắc mắc xin liên hệ bộ phận một cửa UBND xã trong giờ hành chính.",
        ]),
}
