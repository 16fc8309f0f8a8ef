"""Invented Vietnamese article texts for the holdout5 corpus (written for this set)."""

# Block kinds: ("p", str), ("h", str), ("q", str), ("ul", [items]), ("table", [[cells]]), ("qa", str) bold question.
A = {}

A["kadence"] = {
    "title": "Hà Tĩnh đưa 120 thủ tục hành chính lên ứng dụng di động của tỉnh",
    "lead": "Từ tháng 12, người dân Hà Tĩnh có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả của 120 thủ tục hành chính ngay trên điện thoại mà không cần đến bộ phận một cửa.",
    "blocks": [
        ("p", "Ứng dụng di động mới do Sở Khoa học và Công nghệ tỉnh phối hợp với một doanh nghiệp trong nước xây dựng trong gần một năm. Phiên bản đầu tiên tập trung vào các nhóm thủ tục người dân hay làm nhất như hộ tịch, đất đai, đăng ký kinh doanh hộ cá thể và cấp phép xây dựng nhà ở riêng lẻ."),
        ("p", "Theo ông Nguyễn Đình Khang, Phó Giám đốc Sở, điểm khác biệt của ứng dụng là người dùng chỉ cần đăng nhập bằng tài khoản định danh điện tử mức hai. Các thông tin đã có trong cơ sở dữ liệu dân cư được tự động điền vào tờ khai, nhờ đó thời gian chuẩn bị hồ sơ giảm từ vài chục phút xuống còn vài phút."),
        ("p", "Trong tháng chạy thử, hơn 8.400 hồ sơ đã được tiếp nhận qua kênh di động, chiếm gần một phần ba tổng số hồ sơ trực tuyến của tỉnh. Tỷ lệ hồ sơ phải bổ sung giấy tờ giảm rõ rệt vì hệ thống kiểm tra tính đầy đủ trước khi cho phép gửi."),
        ("h", "Hỗ trợ người cao tuổi làm quen"),
        ("p", "Để người lớn tuổi không bị bỏ lại phía sau, các tổ công nghệ số cộng đồng ở 209 xã, phường được giao nhiệm vụ hướng dẫn trực tiếp tại nhà văn hóa thôn. Mỗi tổ có ít nhất một đoàn viên thanh niên được tập huấn về cách cài đặt, đăng nhập và thanh toán phí, lệ phí trực tuyến."),
        ("p", "Bà Trần Thị Mơ, 67 tuổi, ở huyện Can Lộc cho biết lần đầu tự làm thủ tục xác nhận tình trạng hôn nhân cho cháu trên điện thoại, bà chỉ mất chừng mười phút và nhận kết quả bản điện tử ngay trong buổi chiều."),
        ("p", "Tỉnh đặt mục tiêu đến giữa năm sau sẽ mở rộng ứng dụng lên toàn bộ thủ tục cấp tỉnh và cấp huyện đủ điều kiện cung cấp trực tuyến toàn trình, đồng thời bổ sung chức năng phản ánh kiến nghị có định vị bản đồ."),
    ],
}

A["blocksy"] = {
    "title": "Doanh nghiệp nhỏ ở Bắc Ninh chuyển sang hóa đơn điện tử khởi tạo từ máy tính tiền",
    "lead": "Sau sáu tháng triển khai, gần 3.000 hộ kinh doanh và doanh nghiệp nhỏ tại Bắc Ninh đã dùng hóa đơn điện tử khởi tạo từ máy tính tiền, giúp minh bạch doanh thu và giảm giấy tờ.",
    "blocks": [
        ("p", "Tại một cửa hàng vật liệu xây dựng ở thành phố Từ Sơn, chị Ngô Thị Hạnh chỉ cần bấm một phím trên phần mềm bán hàng là hóa đơn được gửi thẳng tới cơ quan thuế và tin nhắn cho khách. Trước đây, mỗi cuối tháng chị phải ngồi cả buổi để đối chiếu sổ sách với hóa đơn giấy."),
        ("p", "Cục Thuế tỉnh cho biết mô hình này phù hợp với các cơ sở bán lẻ, nhà hàng, hiệu thuốc có nhiều giao dịch nhỏ trong ngày. Hóa đơn có mã của cơ quan thuế nhưng không cần ký số từng tờ, nên tốc độ xuất gần như tức thời."),
        ("p", "Ngoài lợi ích về quản lý, người mua cũng được hưởng lợi. Mỗi hóa đơn có mã tra cứu, khách hàng có thể kiểm tra tính hợp lệ trên cổng thông tin của ngành thuế. Nhiều cơ sở còn tham gia chương trình bốc thăm hóa đơn may mắn theo quý do ngành thuế tổ chức."),
        ("p", "Dù vậy, một số hộ kinh doanh vẫn lo ngại chi phí đầu tư phần mềm và thiết bị. Để tháo gỡ, cơ quan thuế đã làm việc với các nhà cung cấp để có gói dịch vụ miễn phí năm đầu cho hộ có doanh thu thấp, đồng thời mở lớp hướng dẫn vào buổi tối để không ảnh hưởng giờ bán hàng."),
        ("p", "Theo kế hoạch, trong năm tới toàn bộ cơ sở kinh doanh xăng dầu, nhà hàng và siêu thị mini trên địa bàn sẽ phải chuyển sang hình thức hóa đơn này. Ngành thuế kỳ vọng dữ liệu hóa đơn tập trung sẽ giúp phân tích rủi ro tốt hơn, giảm số cuộc thanh tra, kiểm tra trực tiếp tại doanh nghiệp."),
    ],
}

A["sveltekit"] = {
    "title": "Cần Thơ thí điểm đèn giao thông thông minh tại 18 nút giao",
    "lead": "Hệ thống đèn tín hiệu tự điều chỉnh theo lưu lượng xe đang được thử nghiệm tại 18 nút giao trung tâm, bước đầu giúp giảm thời gian chờ vào giờ cao điểm.",
    "blocks": [
        ("p", "Mỗi nút giao được gắn camera và cảm biến đếm phương tiện theo từng làn. Dữ liệu được gửi về trung tâm điều hành đô thị thông minh của thành phố, nơi phần mềm tính toán và thay đổi chu kỳ đèn sau mỗi vài phút thay vì cố định như trước."),
        ("p", "Anh Lâm Văn Tài, kỹ sư vận hành tại trung tâm, cho biết trong hai tuần đầu, thời gian chờ trung bình ở nút giao đường 30 Tháng 4 với Trần Văn Hoài giảm khoảng một phần năm. Vào buổi tối, khi lượng xe thưa, đèn xanh được ưu tiên cho hướng đông xe hơn, tránh tình trạng người đi đường phải dừng chờ trước một ngã tư vắng."),
        ("p", "Hệ thống cũng có chế độ ưu tiên cho xe cứu thương và xe chữa cháy. Khi các phương tiện này đăng ký lộ trình, đèn trên tuyến sẽ được chuyển xanh trước khi xe tới nơi."),
        ("q", "Chúng tôi không muốn chỉ lắp thêm camera. Điều quan trọng là dữ liệu phải được dùng để ra quyết định hằng ngày."),
        ("p", "Theo Sở Xây dựng thành phố, sau giai đoạn thí điểm sẽ có đánh giá độc lập về hiệu quả trước khi mở rộng ra khoảng 60 nút giao khác. Người dân có thể góp ý về hoạt động của đèn tín hiệu qua tổng đài và ứng dụng phản ánh hiện trường của thành phố."),
        ("p", "Một số chuyên gia giao thông lưu ý rằng đèn thông minh chỉ phát huy tác dụng khi đi cùng tổ chức lại làn xe và xử lý các điểm đỗ xe trái phép, vốn là nguyên nhân chính gây ùn tắc ở khu vực chợ và trường học."),
    ],
}

A["webflow"] = {
    "title": "Lễ hội bánh dân gian Nam Bộ thu hút hàng chục nghìn lượt khách",
    "lead": "Hơn 150 gian hàng bánh truyền thống từ các tỉnh miền Tây đã quy tụ tại lễ hội năm nay, mang đến cho du khách không gian ẩm thực đậm chất sông nước.",
    "blocks": [
        ("p", "Ngay từ sáng sớm, khu vực bờ sông đã đông người tới xem các nghệ nhân đổ bánh xèo trên bếp củi, nặn bánh ít lá gai và gói bánh tét nhân chuối. Nhiều gia đình đưa con nhỏ đến để các em tự tay làm thử chiếc bánh đầu tiên dưới sự hướng dẫn của các cô, các bác."),
        ("p", "Bà Huỳnh Thị Sáu, người có hơn bốn mươi năm làm bánh bò thốt nốt, kể rằng bí quyết nằm ở khâu ủ bột qua đêm và canh lửa thật đều. Gian hàng của bà luôn kín khách, có lúc phải xếp hàng gần nửa giờ mới mua được một khay bánh còn nóng."),
        ("p", "Năm nay ban tổ chức bổ sung cuộc thi làm bánh sáng tạo dành cho học sinh các trường nghề. Những chiếc bánh da lợn nhiều màu từ lá dứa, hoa đậu biếc và gấc được ban giám khảo đánh giá cao vì vừa giữ được hương vị cũ vừa có cách trình bày mới."),
        ("p", "Bên cạnh ẩm thực, lễ hội còn có chương trình đờn ca tài tử, trò chơi dân gian và phiên chợ quê bán trái cây theo mùa. Nhiều du khách nước ngoài tỏ ra thích thú khi được mặc áo bà ba và ngồi xuồng ba lá tham quan dọc con kênh."),
        ("p", "Theo ban tổ chức, lễ hội đã đón hơn 60 nghìn lượt khách trong bốn ngày, cao hơn đáng kể so với lần trước. Địa phương dự kiến đưa sự kiện vào lịch du lịch cố định hằng năm và xây dựng tuyến tham quan các làng nghề làm bánh lân cận."),
    ],
}

A["odoo"] = {
    "title": "Hợp tác xã rau an toàn Lâm Đồng bán hàng qua sàn thương mại điện tử",
    "lead": "Nhờ được hỗ trợ mở gian hàng trực tuyến và truy xuất nguồn gốc bằng mã QR, nhiều hợp tác xã rau ở Lâm Đồng đã tìm được khách hàng ổn định ở các thành phố lớn.",
    "blocks": [
        ("p", "Hợp tác xã rau Xuân Thọ có 32 thành viên, canh tác khoảng 40 héc ta rau cải, xà lách và cà chua trong nhà màng. Trước đây, phần lớn sản lượng được bán cho thương lái với giá lên xuống thất thường, có đợt giá xuống thấp đến mức không đủ bù chi phí phân bón."),
        ("p", "Từ đầu năm, hợp tác xã được Sở Công Thương đưa vào chương trình hỗ trợ chuyển đổi số cho nông sản. Cán bộ hướng dẫn các thành viên chụp ảnh sản phẩm, viết mô tả, đóng gói theo tiêu chuẩn giao hàng nhanh và ghi nhật ký canh tác điện tử."),
        ("p", "Mỗi túi rau khi xuất đi đều có mã QR. Người mua quét mã có thể biết rau được trồng ở lô nào, ngày gieo hạt, ngày phun thuốc sinh học gần nhất và ngày thu hoạch. Theo anh Đoàn Minh Phúc, Giám đốc hợp tác xã, chính sự minh bạch này giúp khách hàng yên tâm quay lại mua."),
        ("p", "Doanh thu qua kênh trực tuyến hiện chiếm khoảng một phần tư tổng doanh thu của hợp tác xã, với giá bán ổn định hơn hẳn so với bán cho thương lái. Hợp tác xã cũng nhận được đơn đặt hàng định kỳ từ một số bếp ăn trường học tại Thành phố Hồ Chí Minh."),
        ("p", "Khó khăn lớn nhất vẫn là chi phí vận chuyển lạnh và kỹ năng chăm sóc khách hàng trên mạng. Hợp tác xã đang tính phương án liên kết với các đơn vị cùng vùng để gom hàng, giảm giá cước và chia sẻ nhân lực trực gian hàng vào buổi tối."),
    ],
}

A["bitrix"] = {
    "title": "Hải Dương số hóa hơn hai triệu trang hồ sơ lưu trữ",
    "lead": "Trung tâm Lưu trữ lịch sử tỉnh Hải Dương đã hoàn thành số hóa hơn hai triệu trang tài liệu, phục vụ tra cứu trực tuyến cho cơ quan, tổ chức và người dân.",
    "blocks": [
        ("p", "Khối tài liệu được số hóa gồm hồ sơ địa chính, quyết định giao đất, hồ sơ cán bộ và văn bản của các cơ quan đã giải thể qua nhiều thời kỳ. Nhiều tập đã ố vàng, giòn mục, phải được xử lý vệ sinh và làm phẳng trước khi đưa lên máy quét."),
        ("p", "Theo bà Phạm Thị Thu Trang, Giám đốc Trung tâm, trước đây mỗi yêu cầu khai thác hồ sơ đất đai có thể mất vài ngày để tìm kiếm trong kho. Nay cán bộ chỉ cần nhập số thửa, tên chủ sử dụng hoặc số quyết định là hệ thống trả kết quả trong vài giây."),
        ("p", "Dữ liệu được lưu trên hạ tầng của trung tâm dữ liệu tỉnh, có sao lưu định kỳ ở hai địa điểm khác nhau. Việc truy cập được phân quyền chặt chẽ, mọi lượt xem và tải tài liệu đều được ghi nhật ký để phục vụ kiểm tra khi cần."),
        ("p", "Người dân có nhu cầu khai thác tài liệu lưu trữ có thể đăng ký trực tuyến, thanh toán phí sao y và nhận bản sao điện tử có chữ ký số của trung tâm. Trong năm nay đã có hơn 4.200 lượt yêu cầu được giải quyết theo hình thức này."),
        ("p", "Giai đoạn tiếp theo, tỉnh sẽ số hóa tài liệu ảnh, phim và ghi âm, đồng thời thử nghiệm công nghệ nhận dạng chữ viết tay để chuyển các trang viết tay cũ thành văn bản có thể tìm kiếm theo nội dung."),
    ],
}

A["moodle"] = {
    "title": "Kinh nghiệm dạy kỹ năng số cho học sinh lớp 6 ở trường vùng cao",
    "lead": "",
    "blocks": [
        ("p", "Chào các thầy cô trong diễn đàn. Em dạy Tin học ở một trường trung học cơ sở bán trú thuộc huyện Mù Cang Chải, xin chia sẻ lại cách tổ chức chuyên đề kỹ năng số cho học sinh lớp 6 trong học kỳ vừa rồi để mọi người cùng góp ý."),
        ("p", "Trường có một phòng máy 24 máy, đường truyền chỉ ổn định vào buổi sáng. Vì vậy em chia lớp thành nhóm ba em một máy, mỗi em giữ một vai trò: người thao tác, người đọc hướng dẫn và người ghi lại kết quả. Sau mỗi bài, các vai trò được đổi cho nhau."),
        ("p", "Nội dung em chọn bám sát nhu cầu thực tế của các em và gia đình, gồm bốn chủ đề chính:"),
        ("ul", ["Tạo và bảo vệ mật khẩu, nhận biết tin nhắn lừa đảo", "Tìm kiếm thông tin và kiểm tra nguồn tin", "Dùng thư điện tử để nộp bài cho giáo viên", "Giúp bố mẹ cài đặt ứng dụng định danh điện tử"]),
        ("p", "Chủ đề cuối cùng được các em hào hứng nhất. Nhiều em về nhà đã hướng dẫn bố mẹ, ông bà đăng nhập ứng dụng, rồi kể lại trong giờ học những lỗi thường gặp như quên mật khẩu hay chụp giấy tờ bị mờ. Em dùng chính những câu chuyện đó làm tình huống cho các tiết sau."),
        ("p", "Khó khăn lớn nhất là nhiều em chưa quen bàn phím, gõ tiếng Việt có dấu còn chậm. Em dành mười phút đầu mỗi tiết cho trò chơi luyện gõ, sau hai tháng tốc độ của cả lớp cải thiện rõ. Mong thầy cô nào có tài liệu luyện gõ phù hợp học sinh dân tộc thiểu số chia sẻ thêm giúp em."),
    ],
}

A["confluence"] = {
    "title": "Bình Định vận hành kho dữ liệu dùng chung cho các sở, ngành",
    "lead": "Kho dữ liệu dùng chung của tỉnh Bình Định đã kết nối với 14 hệ thống chuyên ngành, giúp các cơ quan khai thác dữ liệu của nhau mà không phải yêu cầu người dân cung cấp lại giấy tờ.",
    "blocks": [
        ("p", "Trước đây, mỗi sở, ngành xây dựng cơ sở dữ liệu riêng, chuẩn dữ liệu không thống nhất nên việc trao đổi chủ yếu vẫn bằng công văn giấy. Một hồ sơ xin cấp phép có khi phải chờ nhiều ngày chỉ để xác minh thông tin đã có sẵn ở cơ quan khác."),
        ("p", "Kho dữ liệu mới được xây dựng theo mô hình trục tích hợp, mỗi hệ thống chuyên ngành chỉ cần kết nối một lần với trục là có thể chia sẻ dữ liệu cho tất cả các đơn vị được phân quyền. Danh mục dữ liệu dùng chung được công bố công khai và cập nhật mỗi quý."),
        ("p", "Ông Trịnh Quốc Bảo, Trưởng phòng Chuyển đổi số của Sở Khoa học và Công nghệ, cho biết dữ liệu về doanh nghiệp, đất đai, hộ tịch và giáo dục là nhóm được khai thác nhiều nhất. Riêng trong tháng 10, trục tích hợp đã xử lý hơn 1,2 triệu giao dịch."),
        ("p", "Cùng với kho dữ liệu, tỉnh đã ban hành quy chế khai thác, trong đó nêu rõ trách nhiệm cập nhật của từng cơ quan chủ quản. Đơn vị nào để dữ liệu quá hạn cập nhật sẽ bị nhắc tên trong báo cáo hằng tháng gửi lãnh đạo tỉnh."),
        ("p", "Bước tiếp theo, tỉnh sẽ xây dựng bảng điều hành cho lãnh đạo, hiển thị các chỉ số kinh tế, xã hội theo thời gian gần thực, đồng thời mở một phần dữ liệu cho doanh nghiệp và nhà nghiên cứu dưới dạng dữ liệu mở."),
    ],
}

A["aspnet"] = {
    "title": "Quảng Ninh phủ sóng 5G tại các khu công nghiệp và điểm du lịch trọng điểm",
    "lead": "Các nhà mạng đã hoàn thành lắp đặt hơn 600 trạm phát sóng 5G tại Quảng Ninh, phủ sóng toàn bộ khu công nghiệp và nhiều điểm du lịch lớn trên địa bàn tỉnh.",
    "blocks": [
        ("p", "Mạng 5G hiện đã có mặt tại khu công nghiệp Đông Mai, Việt Hưng, Cái Lân cùng các khu vực trung tâm thành phố Hạ Long, Cẩm Phả và Móng Cái. Tốc độ tải xuống đo được tại nhiều điểm vượt mức 500 megabit mỗi giây."),
        ("p", "Theo Sở Khoa học và Công nghệ, việc phủ sóng 5G là nền tảng cho các ứng dụng như giám sát an toàn lao động bằng camera thông minh, điều khiển thiết bị từ xa trong nhà máy và truyền hình trực tiếp chất lượng cao tại các sự kiện du lịch."),
        ("p", "Một doanh nghiệp sản xuất linh kiện điện tử trong khu công nghiệp Đông Mai đã thử nghiệm xe tự hành vận chuyển hàng trong kho dựa trên kết nối 5G riêng. Đại diện doanh nghiệp cho biết độ trễ thấp giúp xe phản ứng nhanh hơn, giảm va chạm so với dùng mạng không dây nội bộ."),
        ("p", "Tại các điểm du lịch trên vịnh, du khách có thể truy cập internet tốc độ cao để gọi video, phát trực tiếp và dùng bản đồ số thuyết minh tự động bằng nhiều thứ tiếng. Ban quản lý vịnh cũng dùng kết nối này để truyền hình ảnh từ camera giám sát môi trường về trung tâm."),
        ("p", "Tỉnh đặt mục tiêu đến cuối năm sau, mạng 5G sẽ phủ tới trung tâm tất cả các huyện, kể cả các huyện đảo như Cô Tô và Vân Đồn. Các nhà mạng được tạo điều kiện thuận lợi về mặt bằng đặt trạm, dùng chung cột điện chiếu sáng và nhà trạm của các cơ quan nhà nước."),
    ],
}

A["ptth"] = {
    "title": "Nông dân Quảng Trị khẩn trương thu hoạch lúa chạy lũ",
    "lead": "Trước dự báo mưa lớn kéo dài, nông dân nhiều huyện của Quảng Trị đang tranh thủ từng giờ nắng để thu hoạch lúa vụ mùa, hạn chế thiệt hại.",
    "blocks": [
        ("p", "Trên cánh đồng xã Hải Quy, hàng chục máy gặt đập liên hợp hoạt động liên tục từ sáng sớm. Những bao lúa vừa tuốt xong được chở ngay về sân phơi hoặc bán tươi cho thương lái ngay tại bờ ruộng để kịp tránh mưa."),
        ("p", "Ông Lê Văn Hùng, một nông dân trong xã, cho biết gia đình ông có gần hai mẫu lúa đã chín đều. Năm nay lúa được mùa, năng suất khá, nên cả nhà đều mong thời tiết giữ nắng thêm vài ngày để gặt hết diện tích."),
        ("p", "Các hợp tác xã dịch vụ nông nghiệp đã điều phối máy gặt theo thứ tự ưu tiên, ruộng trũng gặt trước, ruộng cao gặt sau. Một số địa phương huy động đoàn viên thanh niên và lực lượng dân quân hỗ trợ các hộ neo đơn, hộ thiếu lao động."),
        ("p", "Ngành nông nghiệp tỉnh khuyến cáo bà con theo dõi sát thông tin dự báo thời tiết, chuẩn bị bạt che và phương tiện vận chuyển, đồng thời kiểm tra lại hệ thống bờ vùng, bờ thửa và kênh tiêu để sẵn sàng tiêu úng khi mưa lớn xảy ra."),
        ("p", "Đến nay, toàn tỉnh đã thu hoạch được khoảng hai phần ba diện tích lúa vụ mùa. Những diện tích còn lại chủ yếu là lúa gieo muộn, dự kiến sẽ được thu hoạch xong trong tuần tới nếu thời tiết thuận lợi."),
    ],
}

A["ministry"] = {
    "title": "Kết quả đánh giá chỉ số chuyển đổi số cấp xã năm 2026",
    "lead": "Lần đầu tiên, bộ chỉ số đánh giá mức độ chuyển đổi số được áp dụng cho cấp xã trên phạm vi cả nước, cho thấy khoảng cách đáng kể giữa các vùng.",
    "blocks": [
        ("p", "Bộ chỉ số gồm năm trụ cột: nhận thức số, hạ tầng số, chính quyền số, kinh tế số và xã hội số. Mỗi trụ cột có từ bốn đến tám tiêu chí, được chấm trên thang 100 điểm dựa trên số liệu do các địa phương báo cáo và dữ liệu thu thập tự động từ các hệ thống dùng chung."),
        ("p", "Kết quả cho thấy nhóm xã thuộc vùng Đồng bằng sông Hồng và Đông Nam Bộ dẫn đầu ở hầu hết các trụ cột. Trong khi đó, nhiều xã miền núi phía Bắc và Tây Nguyên còn hạn chế về hạ tầng và nhân lực, nhất là tỷ lệ cán bộ được bồi dưỡng kỹ năng số."),
        ("p", "Điểm trung bình theo vùng được tổng hợp như sau:"),
        ("table", [["Vùng", "Điểm trung bình", "Xếp hạng"], ["Đồng bằng sông Hồng", "68,4", "1"], ["Đông Nam Bộ", "66,9", "2"], ["Bắc Trung Bộ và duyên hải miền Trung", "58,2", "3"], ["Đồng bằng sông Cửu Long", "55,7", "4"], ["Trung du và miền núi phía Bắc", "47,3", "5"], ["Tây Nguyên", "46,8", "6"]]),
        ("p", "Đơn vị chủ trì đánh giá đề nghị các địa phương dùng kết quả này để xác định điểm yếu và xây dựng kế hoạch cải thiện cụ thể, tránh chạy theo thành tích. Đối với các xã có điểm thấp, cần ưu tiên nguồn lực đầu tư hạ tầng mạng và bố trí ít nhất một công chức phụ trách chuyển đổi số."),
        ("p", "Việc đánh giá sẽ được thực hiện định kỳ hằng năm. Từ năm sau, một số tiêu chí sẽ được điều chỉnh để phản ánh rõ hơn mức độ người dân thực sự sử dụng dịch vụ công trực tuyến, thay vì chỉ đếm số dịch vụ được cung cấp."),
    ],
}

A["university"] = {
    "title": "Đào tạo nhân lực an toàn thông tin cho chính quyền địa phương: cần gắn với thực hành",
    "lead": "Nhân dịp nhà trường mở chương trình bồi dưỡng an toàn thông tin cho cán bộ cấp huyện, phóng viên Bản tin trao đổi với TS. Hồ Sĩ Nguyên, Trưởng khoa Công nghệ thông tin.",
    "blocks": [
        ("qa", "Thưa ông, vì sao nhà trường quyết định mở chương trình này?"),
        ("p", "Qua khảo sát tại một số địa phương, chúng tôi thấy nhiều huyện có hệ thống thông tin khá đầy đủ nhưng gần như không có người hiểu sâu về an toàn thông tin. Khi xảy ra sự cố như nhiễm mã độc hay lộ mật khẩu thư công vụ, cán bộ thường lúng túng và phải chờ hỗ trợ từ tỉnh."),
        ("qa", "Chương trình có gì khác so với các lớp tập huấn trước đây?"),
        ("p", "Chúng tôi dành hai phần ba thời lượng cho thực hành. Học viên được làm việc trên một mô hình mạng mô phỏng của một ủy ban nhân dân huyện, tự tay phát hiện và xử lý các tình huống tấn công giả lập. Cuối khóa, mỗi nhóm phải xây dựng một kế hoạch ứng cứu sự cố cho chính đơn vị của mình."),
        ("qa", "Đối tượng học viên được lựa chọn như thế nào?"),
        ("p", "Mỗi huyện cử hai người, một người làm công tác quản trị hệ thống và một người là lãnh đạo văn phòng. Chúng tôi muốn người ra quyết định cũng hiểu rủi ro, vì nhiều vấn đề an toàn thông tin bắt nguồn từ quy trình và thói quen làm việc chứ không chỉ từ kỹ thuật."),
        ("qa", "Ông kỳ vọng gì sau khóa học?"),
        ("p", "Chúng tôi hy vọng mỗi huyện sẽ có đầu mối đủ năng lực xử lý các sự cố thông thường và biết khi nào cần báo cáo lên cấp trên. Nhà trường cũng sẽ duy trì nhóm trao đổi trực tuyến với học viên sau khóa học để tiếp tục hỗ trợ khi họ gặp tình huống mới."),
    ],
}

A["youth"] = {
    "title": "Tuổi trẻ Nghệ An ra quân hướng dẫn người dân thanh toán không dùng tiền mặt",
    "lead": "Hơn 1.500 đoàn viên, thanh niên Nghệ An đã tỏa về các chợ, bến xe và khu dân cư để hướng dẫn người dân mở tài khoản, thanh toán bằng mã QR và phòng tránh lừa đảo trực tuyến.",
    "blocks": [
        ("p", "Tại chợ Vinh, các bạn trẻ trong áo xanh tình nguyện đi đến từng sạp hàng, giúp tiểu thương in và dán mã QR thanh toán, hướng dẫn cách kiểm tra tiền đã vào tài khoản trước khi giao hàng. Nhiều người bán lần đầu nhận tiền qua điện thoại tỏ ra thích thú vì không phải lo tiền lẻ."),
        ("p", "Chị Võ Thị Hằng, bán rau ở chợ được gần hai mươi năm, cho biết trước đây chị ngại dùng điện thoại vì sợ bị lừa. Sau khi được hướng dẫn cách nhận biết tin nhắn giả mạo ngân hàng, chị đã tự tin hơn và bắt đầu nhận chuyển khoản từ khách quen."),
        ("p", "Trong đợt ra quân, các đội hình thanh niên tập trung vào ba nội dung:"),
        ("ul", ["Hỗ trợ mở tài khoản và cài đặt ứng dụng ngân hàng", "Hướng dẫn thanh toán học phí, tiền điện, tiền nước trực tuyến", "Tuyên truyền các thủ đoạn lừa đảo qua mạng thường gặp"]),
        ("p", "Tỉnh đoàn cho biết sẽ duy trì các tổ tình nguyện tại chợ và bến xe vào cuối tuần đến hết quý I năm sau. Các cơ sở đoàn được giao chỉ tiêu mỗi chi đoàn hỗ trợ ít nhất mười hộ kinh doanh nhỏ chuyển sang thanh toán điện tử."),
        ("p", "Đại diện một số ngân hàng trên địa bàn đã phối hợp cử cán bộ tham gia, hỗ trợ xử lý ngay các trường hợp phức tạp như cập nhật giấy tờ tùy thân hoặc khôi phục tài khoản bị khóa."),
    ],
}

A["zalo"] = {
    "title": "Phường Hòa Khánh tiếp nhận phản ánh của người dân qua tài khoản Zalo chính thức",
    "lead": "Từ tháng 11, người dân phường Hòa Khánh có thể gửi phản ánh về trật tự đô thị, vệ sinh môi trường và hạ tầng dân sinh trực tiếp qua tài khoản Zalo chính thức của phường.",
    "blocks": [
        ("p", "Người dân chỉ cần quan tâm tài khoản của phường, chọn mục phản ánh, chụp ảnh hiện trường và mô tả ngắn gọn sự việc. Vị trí được gắn tự động từ điện thoại, giúp cán bộ xác định chính xác địa điểm cần xử lý."),
        ("p", "Mỗi phản ánh được chuyển đến tổ dân phố và bộ phận chuyên môn liên quan. Thời hạn phản hồi tối đa là hai ngày làm việc đối với các nội dung thông thường và trong ngày đối với các vụ việc khẩn cấp như cây đổ, hố ga mất nắp hay rò rỉ nước."),
        ("p", "Sau khi xử lý xong, người gửi sẽ nhận được thông báo kèm hình ảnh kết quả. Người dân có thể đánh giá mức độ hài lòng, làm căn cứ để phường đánh giá cán bộ và tổ dân phố hằng tháng."),
        ("p", "Trong tháng đầu triển khai, phường đã tiếp nhận 214 phản ánh, trong đó hơn 90% đã được xử lý đúng hạn. Các nội dung nhiều nhất là rác thải để sai nơi quy định, đèn chiếu sáng hỏng và lấn chiếm vỉa hè."),
        ("p", "Phường khuyến khích người dân phản ánh trung thực, có hình ảnh rõ ràng và không sử dụng kênh này để gửi nội dung không liên quan. Các ý kiến về thủ tục hành chính vẫn được tiếp nhận qua bộ phận một cửa và cổng dịch vụ công của thành phố."),
    ],
}

A["gsites"] = {
    "title": "Huyện Phù Cát triển khai sổ sức khỏe điện tử cho người dân",
    "lead": "Ngành y tế huyện Phù Cát đã tạo sổ sức khỏe điện tử cho hơn 150 nghìn người dân, giúp theo dõi lịch sử khám chữa bệnh và tiêm chủng trên ứng dụng định danh.",
    "blocks": [
        ("p", "Sổ sức khỏe điện tử lưu các thông tin cơ bản như nhóm máu, tiền sử dị ứng, bệnh mạn tính, lịch sử tiêm chủng và kết quả các lần khám tại trạm y tế, trung tâm y tế huyện. Người dân có thể xem thông tin này trên điện thoại sau khi đăng nhập tài khoản định danh."),
        ("p", "Theo Trung tâm Y tế huyện, việc tạo sổ được thực hiện dần qua các đợt khám sức khỏe định kỳ cho người cao tuổi, học sinh và người lao động. Các trạm y tế xã được trang bị thêm máy tính, đầu đọc thẻ căn cước gắn chip để nhập liệu nhanh hơn."),
        ("p", "Tiến độ tạo sổ tại một số xã tiêu biểu:"),
        ("table", [["Xã", "Số sổ đã tạo", "Tỷ lệ dân số"], ["Cát Hanh", "14.820", "87%"], ["Cát Tài", "9.460", "82%"], ["Cát Trinh", "11.035", "79%"], ["Cát Khánh", "12.210", "74%"]]),
        ("p", "Bác sĩ tại các trạm y tế cho biết khi người bệnh chuyển tuyến, tuyến trên có thể xem ngay kết quả khám trước đó, hạn chế làm lại xét nghiệm không cần thiết. Với người cao tuổi mắc bệnh mạn tính, việc theo dõi đơn thuốc qua nhiều lần khám cũng thuận lợi hơn."),
        ("p", "Huyện đặt mục tiêu hoàn thành tạo sổ sức khỏe điện tử cho toàn bộ người dân trong quý II năm sau, đồng thời phối hợp với bệnh viện tỉnh để liên thông kết quả khám chữa bệnh giữa các tuyến."),
    ],
}

# Off-topic / sidebar headlines (later dates than articles): (headline, date text)
SIDEBAR = [
    "Đà Nẵng mở rộng wifi công cộng tới các bãi biển",
    "Hà Nội công bố danh mục dữ liệu mở đợt hai",
    "Giá cà phê tăng mạnh đầu tháng 12",
    "Trường học miền núi nhận thêm 500 máy tính",
    "Thời tiết hôm nay: miền Bắc rét đậm",
    "Ngân hàng tăng cường xác thực sinh trắc học",
    "Khánh Hòa thí điểm vé điện tử cho xe buýt",
    "Bến Tre đưa dừa lên sàn thương mại điện tử",
]

LISTING = [
    "Long An đẩy mạnh ký số trong giải quyết thủ tục đất đai",
    "Sóc Trăng tổ chức hội thi tìm hiểu chuyển đổi số cho cán bộ xã",
    "Thái Nguyên xây dựng bản đồ số du lịch cộng đồng",
    "Phú Yên mở lớp kỹ năng số cho hội viên phụ nữ",
    "Gia Lai kết nối camera giám sát với trung tâm điều hành",
    "Yên Bái thí điểm chợ nông sản trực tuyến vùng cao",
    "Bình Phước cấp chữ ký số miễn phí cho hộ kinh doanh",
    "Hậu Giang triển khai học bạ số ở bậc tiểu học",
    "Nam Định số hóa hồ sơ người có công",
    "Kon Tum phủ sóng di động tới các thôn đặc biệt khó khăn",
]

A["remix"] = {
    "title": "Thái Bình cấp chữ ký số công cộng miễn phí cho người dân tại bộ phận một cửa",
    "lead": "Người dân đến làm thủ tục tại bộ phận một cửa các xã ở Thái Bình được hỗ trợ đăng ký chữ ký số công cộng miễn phí trong năm đầu, để tự ký hồ sơ trực tuyến.",
    "blocks": [
        ("p", "Chương trình do tỉnh phối hợp với ba nhà cung cấp dịch vụ chứng thực chữ ký số thực hiện, ưu tiên cho hộ kinh doanh, người làm nghề tự do và người thường xuyên phải nộp hồ sơ đất đai. Mỗi điểm một cửa có một cán bộ được đào tạo để kiểm tra giấy tờ và kích hoạt chữ ký ngay tại chỗ."),
        ("p", "Chữ ký số được cấp dưới dạng ký từ xa, lưu trên hệ thống của nhà cung cấp và xác nhận bằng ứng dụng trên điện thoại. Người dùng không cần mua thiết bị riêng, chỉ cần điện thoại có kết nối mạng và tài khoản định danh điện tử đã kích hoạt."),
        ("p", "Ông Phạm Văn Thắng, một hộ kinh doanh vật tư nông nghiệp ở huyện Kiến Xương, cho biết trước đây mỗi lần nộp tờ khai thuế ông phải nhờ người quen làm hộ. Sau khi có chữ ký số, ông tự ký và gửi hồ sơ ngay tại nhà, không phải đi lại nhiều lần."),
        ("p", "Theo thống kê của tỉnh, sau hai tháng đã có hơn 11.000 chữ ký số được cấp cho người dân. Tỷ lệ hồ sơ trực tuyến toàn trình tăng lên rõ rệt ở các xã triển khai sớm, đặc biệt với thủ tục chứng thực bản sao điện tử và đăng ký biến động đất đai."),
        ("p", "Để bảo đảm an toàn, người dân được hướng dẫn không chia sẻ mã xác thực cho bất kỳ ai, kể cả người tự xưng là cán bộ. Tỉnh cũng yêu cầu các nhà cung cấp thiết lập đường dây nóng để khóa chữ ký ngay khi người dùng báo mất điện thoại."),
    ],
}

A["domino"] = {
    "title": "Ngành thống kê thu thập số liệu điều tra doanh nghiệp hoàn toàn qua phiếu điện tử",
    "lead": "Năm nay, lần đầu tiên cuộc điều tra doanh nghiệp hằng năm được thực hiện hoàn toàn bằng phiếu điện tử, giúp rút ngắn thời gian tổng hợp và giảm sai sót nhập liệu.",
    "blocks": [
        ("p", "Thay vì phát phiếu giấy và cử điều tra viên đến từng doanh nghiệp, cơ quan thống kê gửi tài khoản truy cập qua thư điện tử và tin nhắn. Doanh nghiệp đăng nhập, khai thông tin về lao động, doanh thu, tài sản và hoạt động ứng dụng công nghệ thông tin ngay trên trình duyệt."),
        ("p", "Phiếu điện tử có sẵn các quy tắc kiểm tra logic. Khi số liệu khai báo chênh lệch bất thường so với năm trước hoặc không khớp giữa các mục, hệ thống hiển thị cảnh báo để người khai kiểm tra lại trước khi gửi. Nhờ vậy, số phiếu phải xác minh lại giảm đáng kể."),
        ("p", "Với những doanh nghiệp siêu nhỏ còn lúng túng, điều tra viên vẫn hỗ trợ qua điện thoại hoặc trực tiếp, nhưng thông tin được nhập thẳng vào phiếu điện tử trên máy tính bảng chứ không ghi ra giấy."),
        ("h", "Dữ liệu được tổng hợp nhanh hơn"),
        ("p", "Nhờ dữ liệu tập trung ngay từ khâu thu thập, thời gian tổng hợp kết quả sơ bộ rút ngắn được khoảng một tháng so với các kỳ trước. Các cục thống kê địa phương có thể theo dõi tiến độ thu phiếu theo từng ngày và nhắc nhở kịp thời những đơn vị chậm nộp."),
        ("p", "Cơ quan thống kê cho biết sẽ tiếp tục kết nối với cơ sở dữ liệu thuế và bảo hiểm xã hội để tự động điền sẵn một số chỉ tiêu, tiến tới giảm bớt gánh nặng khai báo cho doanh nghiệp trong các cuộc điều tra sau."),
    ],
}

A["websphere"] = {
    "title": "Bảo hiểm xã hội tỉnh Tây Ninh chi trả lương hưu qua tài khoản cho 70% người hưởng",
    "lead": "Tỷ lệ người hưởng lương hưu, trợ cấp bảo hiểm xã hội tại Tây Ninh nhận tiền qua tài khoản ngân hàng đã đạt khoảng 70%, tăng mạnh so với đầu năm.",
    "blocks": [
        ("p", "Trước đây, phần lớn người hưởng ở Tây Ninh nhận lương hưu bằng tiền mặt tại điểm chi trả ở xã, phường. Vào những ngày đầu tháng, nhiều điểm chi trả đông người, người cao tuổi phải chờ đợi lâu, nhất là trong mùa mưa."),
        ("p", "Cơ quan bảo hiểm xã hội tỉnh đã phối hợp với bưu điện và các ngân hàng tổ chức hướng dẫn tại từng khu dân cư, hỗ trợ mở tài khoản miễn phí và cài đặt ứng dụng ngân hàng cho người hưởng. Những người không dùng điện thoại thông minh vẫn có thể rút tiền bằng thẻ tại cây ATM hoặc tại quầy giao dịch."),
        ("p", "Bà Lý Thị Năm, 72 tuổi, ở thành phố Tây Ninh kể rằng ban đầu bà lo không biết rút tiền, nhưng sau khi được con cháu và nhân viên ngân hàng hướng dẫn, bà thấy yên tâm vì tiền vào tài khoản đúng ngày, không phải đi xa."),
        ("p", "Việc chi trả qua tài khoản còn giúp cơ quan bảo hiểm xã hội quản lý chặt chẽ hơn, hạn chế tình trạng nhận thay không đúng quy định. Dữ liệu người hưởng được đối chiếu thường xuyên với cơ sở dữ liệu dân cư để cập nhật kịp thời các trường hợp thay đổi thông tin."),
        ("p", "Trong thời gian tới, tỉnh phấn đấu nâng tỷ lệ này lên trên 80%, đồng thời tiếp tục duy trì điểm chi trả tiền mặt ở những nơi người dân còn gặp khó khăn trong việc sử dụng dịch vụ ngân hàng."),
    ],
}
