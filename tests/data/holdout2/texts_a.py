"""Article texts (part A), written for this set; all places and people are invented."""

A = {}

A["sp1"] = dict(
    title="Bình Phước vận hành hệ thống quản lý văn bản liên thông bốn cấp",
    lead="Từ ngày 1/4, toàn bộ văn bản đi, đến giữa tỉnh, huyện, xã và các sở, ngành được ký số và gửi nhận hoàn toàn trên môi trường mạng.",
    author="Thanh Lộc", pub="2024-04-02 15:20", rel=True,
    body=[
        "Hệ thống quản lý văn bản và điều hành mới được xây dựng trên nền tảng dùng chung của tỉnh, thay thế ba phần mềm riêng lẻ mà các địa phương sử dụng trước đây. Việc hợp nhất giúp văn bản không còn phải chuyển đổi định dạng khi đi qua các cấp.",
        ("cap", "Cán bộ văn thư xã Tân Lợi thao tác trên hệ thống mới. Ảnh: T.L"),
        "Theo Văn phòng UBND tỉnh, trong quý I đã có hơn 146.000 văn bản được gửi nhận qua mạng, chiếm 97% tổng số văn bản. Thời gian chuyển một văn bản từ tỉnh xuống xã rút từ hai ngày xuống còn vài phút.",
        ("h", "Chữ ký số cho cán bộ cấp xã"),
        "Để hệ thống vận hành thông suốt, tỉnh đã cấp thêm 1.250 chứng thư số cá nhân cho lãnh đạo và công chức văn phòng các xã, phường. Mỗi xã được trang bị ít nhất hai thiết bị ký số dự phòng.",
        "Ông Điểu Minh Sang, Chánh Văn phòng UBND huyện Bù Đăng, cho biết trước đây văn thư xã phải lên huyện nhận công văn mỗi tuần hai lần. Nay mọi việc đều làm trên máy tính, cán bộ có thời gian hơn để phục vụ người dân.",
        ("q", "Chúng tôi đặt mục tiêu không còn văn bản giấy nào lưu chuyển giữa các cơ quan hành chính, trừ văn bản mật, ngay trong năm nay."),
        "Trong giai đoạn tiếp theo, hệ thống sẽ được kết nối với trục liên thông văn bản quốc gia và tích hợp trợ lý ảo hỗ trợ tóm tắt nội dung, gợi ý xử lý cho lãnh đạo.",
    ])

A["sp2"] = dict(
    title="Sở Tài chính tổ chức tập huấn nghiệp vụ quyết toán ngân sách năm 2023",
    lead="",
    author=None, pub="2024-01-19 08:00", rel=False,
    body=[
        "Trong hai ngày 18 và 19/1, Sở Tài chính phối hợp Kho bạc Nhà nước tỉnh tổ chức lớp tập huấn về công tác khóa sổ và quyết toán ngân sách năm 2023 cho kế toán các đơn vị dự toán cấp tỉnh và cấp huyện.",
        "Tại lớp học, các báo cáo viên đã hướng dẫn chi tiết trình tự xử lý các khoản tạm ứng, chuyển nguồn và thu hồi kinh phí chưa sử dụng hết. Nhiều tình huống vướng mắc phát sinh trong năm được đem ra trao đổi trực tiếp.",
        "Lãnh đạo Sở Tài chính đề nghị các đơn vị gửi báo cáo quyết toán đúng thời hạn, số liệu phải khớp đúng với số liệu của Kho bạc. Những đơn vị chậm nộp sẽ bị nêu tên trong thông báo thẩm định.",
        "Dịp này, sở cũng phổ biến một số điểm mới của các thông tư liên quan đến quản lý tài sản công và chế độ công tác phí, chi hội nghị áp dụng từ năm 2024.",
        "Kết thúc lớp tập huấn, học viên được phát tài liệu và bộ biểu mẫu mới để áp dụng thống nhất trong toàn tỉnh.",
    ])

A["dnn"] = dict(
    title="Cà Mau số hóa hơn 1,2 triệu hồ sơ hộ tịch",
    lead="Sau 18 tháng triển khai, ngành tư pháp tỉnh đã hoàn thành số hóa sổ hộ tịch từ năm 1976 đến nay, phục vụ cấp bản sao trích lục trực tuyến.",
    author="Ngọc Hân", pub="2024-07-09 10:45:12", rel=True,
    body=[
        "Theo Sở Tư pháp, dữ liệu sau số hóa gồm giấy khai sinh, kết hôn, khai tử và các loại trích lục thay đổi, cải chính hộ tịch. Toàn bộ đã được nhập vào Cơ sở dữ liệu hộ tịch điện tử toàn quốc.",
        "Công việc được chia thành ba bước: chụp ảnh trang sổ, nhập liệu theo trường thông tin và đối chiếu lại với bản gốc. Tỉnh huy động gần 300 sinh viên và cộng tác viên tham gia nhập liệu trong các đợt cao điểm.",
        "Khó khăn lớn nhất là nhiều sổ cũ viết tay, mực đã phai, một số trang bị mối mọt. Với các trường hợp này, cán bộ tư pháp xã phải đối chiếu thêm với hồ sơ lưu trữ ở huyện.",
        ("h", "Người dân không phải xuất trình bản giấy"),
        "Nhờ dữ liệu đã số hóa, người dân khi làm thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi không còn phải nộp bản sao giấy tờ hộ tịch.",
        "Bà Trần Thị Kiều, Phó Giám đốc Sở Tư pháp, cho biết trong 6 tháng đầu năm, tỉnh đã cấp hơn 9.400 bản sao trích lục hộ tịch qua mạng, trả kết quả qua bưu điện hoặc bản điện tử có giá trị pháp lý.",
    ])

A["nv3"] = dict(
    title="Huyện Lục Yên ra mắt mô hình chợ 4.0 thanh toán không dùng tiền mặt",
    lead="Chợ trung tâm thị trấn Yên Thế trở thành chợ đầu tiên của huyện có 100% tiểu thương sử dụng mã QR để nhận tiền hàng.",
    author="Hà Vy", pub="2023-11-28 16:30", rel=True,
    body=[
        "Sáng 28/11, UBND huyện Lục Yên phối hợp với Đoàn Thanh niên và các ngân hàng trên địa bàn ra mắt mô hình chợ 4.0 tại chợ trung tâm thị trấn Yên Thế.",
        "Trước đó, các đoàn viên đã đến từng quầy hàng hướng dẫn tiểu thương mở tài khoản, in và dán mã QR. Tổng cộng 214 hộ kinh doanh đã được hỗ trợ, nhiều người lớn tuổi lần đầu dùng ứng dụng ngân hàng.",
        "Bà Hoàng Thị Nụ, bán rau tại chợ đã hơn 20 năm, cho biết ban đầu bà lo sợ bị lừa vì không biết kiểm tra tiền đã vào tài khoản hay chưa. Sau khi được cài loa thông báo, bà yên tâm hơn hẳn.",
        "Theo kế hoạch, đến giữa năm sau, huyện sẽ nhân rộng mô hình ra 6 chợ xã và các điểm thu phí dịch vụ công như điện, nước, học phí.",
    ])

A["td1"] = dict(
    title="Đà Lạt thí điểm bãi đỗ xe thông minh tra cứu chỗ trống qua ứng dụng",
    lead="Bốn bãi đỗ xe ở trung tâm thành phố đã lắp cảm biến, cho phép tài xế xem số chỗ còn trống và thanh toán phí trên điện thoại.",
    author="Minh Quân", pub="2024-10-05 09:15", rel=True,
    body=[
        "Dự án do Trung tâm Điều hành thông minh của thành phố triển khai, nằm trong đề án xây dựng đô thị thông minh giai đoạn 2023–2025. Chi phí đầu tư giai đoạn đầu khoảng 3,8 tỷ đồng.",
        "Mỗi ô đỗ xe được gắn một cảm biến từ trường dưới mặt đường. Dữ liệu truyền về trung tâm qua mạng NB-IoT và cập nhật trên ứng dụng công dân số của tỉnh sau khoảng 30 giây.",
        ("h", "Giảm ùn tắc vào dịp cao điểm"),
        "Vào các dịp lễ, tết, khu vực quanh chợ Đà Lạt và hồ Xuân Hương thường xuyên ùn tắc do xe du lịch chạy vòng tìm chỗ đỗ. Khi biết trước bãi nào còn chỗ, tài xế có thể đi thẳng tới nơi cần đến.",
        "Ông Lê Văn Thịnh, tài xế xe khách từ TP HCM, nói lần này anh đặt trước chỗ đỗ cho xe 29 chỗ từ tối hôm trước và không phải chạy lòng vòng như mọi năm.",
        ("ul", ["Bãi đỗ đường Nguyễn Thị Minh Khai: 120 chỗ", "Bãi đỗ Quảng trường Lâm Viên: 210 chỗ", "Bãi đỗ đường Hồ Tùng Mậu: 65 chỗ", "Bãi đỗ khu Hòa Bình: 48 chỗ"]),
        "Sau ba tháng thí điểm, thành phố sẽ đánh giá hiệu quả trước khi mở rộng ra các tuyến phố khác.",
    ])

A["td2"] = dict(
    title="Giải chạy bộ vì trẻ em vùng cao thu hút hơn 3.000 vận động viên",
    lead="Toàn bộ tiền đăng ký sau khi trừ chi phí tổ chức được dùng để xây hai điểm trường ở huyện Lạc Dương.",
    author="Khánh Linh", pub="2024-03-17 18:40", rel=False,
    body=[
        "Giải chạy có ba cự ly 5 km, 10 km và 21 km, xuất phát từ quảng trường trung tâm, đi quanh hồ và qua các con dốc đặc trưng của thành phố sương mù.",
        "Bên cạnh các vận động viên chuyên nghiệp, giải còn có nhiều gia đình cùng tham gia cự ly ngắn. Cụ ông lớn tuổi nhất năm nay 76 tuổi, hoàn thành cự ly 10 km sau hơn một giờ rưỡi.",
        "Ban tổ chức cho biết số tiền quyên góp được hơn 1,1 tỷ đồng. Hai điểm trường dự kiến khởi công vào tháng 6 và hoàn thành trước năm học mới.",
        "Ở cự ly bán marathon, giải nhất nam thuộc về vận động viên Nguyễn Hữu Tài với thành tích 1 giờ 14 phút, giải nhất nữ là Phạm Thị Yến với 1 giờ 29 phút.",
        "Năm sau, ban tổ chức dự kiến bổ sung cự ly 42 km và mở cổng đăng ký sớm từ tháng 10.",
    ])

A["jn"] = dict(
    title="Doanh nghiệp nhỏ ở Bắc Ninh dùng phần mềm kế toán đám mây miễn phí",
    lead="Chương trình hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa năm nay đã giúp 430 doanh nghiệp chuyển từ sổ sách giấy sang phần mềm.",
    author="Đức Trung", pub="2024-08-21 14:05", rel=True,
    body=[
        "Theo Sở Kế hoạch và Đầu tư, các doanh nghiệp tham gia được miễn phí 12 tháng sử dụng phần mềm kế toán, hóa đơn điện tử và quản lý bán hàng trên nền tảng điện toán đám mây do doanh nghiệp công nghệ trong nước cung cấp.",
        "Anh Nguyễn Văn Đông, chủ một xưởng gỗ ở thị xã Từ Sơn, cho biết trước đây cuối mỗi tháng anh phải thuê người ngồi cộng sổ mất ba ngày. Giờ báo cáo doanh thu, công nợ có ngay trên điện thoại.",
        ("h", "Thiếu nhân lực là rào cản lớn"),
        "Khảo sát của sở cho thấy gần một nửa doanh nghiệp nhỏ không có nhân viên hiểu biết về công nghệ. Vì vậy, chương trình bố trí chuyên gia tư vấn đến tận nơi trong tháng đầu tiên.",
        "Năm 2025, tỉnh dự kiến hỗ trợ thêm 600 doanh nghiệp, ưu tiên các làng nghề và hợp tác xã nông nghiệp.",
    ])

A["fs"] = dict(
    title="Hợp tác xã chè Tân Cương bán hàng qua sàn thương mại điện tử",
    lead="Sau một năm đưa sản phẩm lên các sàn thương mại điện tử, doanh thu trực tuyến của hợp tác xã đã chiếm gần 30% tổng doanh thu.",
    author="Phương Thảo", pub="2024-06-12 07:50", rel=True,
    body=[
        "Hợp tác xã có 42 thành viên, trồng chè trên diện tích khoảng 25 ha tại xã Tân Cương, TP Thái Nguyên. Trước đây, sản phẩm chủ yếu bán qua thương lái và một số cửa hàng đặc sản.",
        "Năm 2023, được Sở Công Thương hỗ trợ, hợp tác xã mở gian hàng trên ba sàn thương mại điện tử, gắn mã truy xuất nguồn gốc cho từng gói chè và học cách quay video giới thiệu sản phẩm.",
        "Chị Đỗ Thị Hằng, Giám đốc hợp tác xã, kể những tháng đầu đơn hàng rất ít, có tuần chỉ bán được vài gói. Khi bắt đầu phát trực tiếp cảnh hái và sao chè, lượng khách tăng nhanh, nhất là khách ở TP HCM và Đà Nẵng.",
        "Hiện mỗi tháng hợp tác xã bán trực tuyến khoảng 800 kg chè các loại. Hợp tác xã đã thuê thêm hai thanh niên trong xã phụ trách đóng gói và chăm sóc khách hàng.",
    ])

A["astra"] = dict(
    title="Trường THPT Chu Văn An đưa học bạ số vào sử dụng",
    lead="",
    author="Thầy Lương Đình Hiếu", pub="2024-09-16 20:10", rel=True,
    body=[
        "Từ năm học 2024–2025, toàn bộ học sinh của trường được cấp học bạ số thay cho học bạ giấy. Phụ huynh có thể xem điểm, nhận xét của giáo viên ngay sau khi kết thúc mỗi học kỳ.",
        "Học bạ số được ký số bởi giáo viên chủ nhiệm và hiệu trưởng, lưu trên hệ thống quản lý giáo dục của Sở Giáo dục và Đào tạo, có giá trị pháp lý như học bạ giấy.",
        ("h", "Những thay đổi với giáo viên"),
        ("ul", ["Giáo viên bộ môn nhập điểm trực tiếp trên hệ thống, không ghi sổ điểm giấy.", "Giáo viên chủ nhiệm duyệt và ký số nhận xét cuối kỳ.", "Văn phòng nhà trường không còn phải đóng dấu giáp lai từng trang."]),
        "Nhiều thầy cô lớn tuổi lúc đầu còn bỡ ngỡ với thao tác ký số. Tổ tin học của trường đã mở ba buổi hướng dẫn và lập nhóm hỗ trợ trực tuyến để giải đáp ngay khi có vướng mắc.",
        "Nhà trường mong nhận được góp ý của phụ huynh để hoàn thiện cách làm trong các học kỳ tới.",
    ])

A["elem"] = dict(
    title="Công ty cấp nước Hải Dương ra mắt ứng dụng báo sự cố rò rỉ",
    lead="Khách hàng có thể chụp ảnh điểm rò rỉ, gửi vị trí và theo dõi tiến độ xử lý ngay trên điện thoại.",
    author="Nhóm PV", pub="2025-02-25 11:30", rel=True,
    body=[
        "Ứng dụng do phòng công nghệ thông tin của công ty tự phát triển, kết nối với hệ thống bản đồ mạng lưới đường ống và phần mềm quản lý đội sửa chữa.",
        "Khi nhận được phản ánh, hệ thống tự xác định đội phụ trách khu vực và gửi thông báo cho tổ trưởng. Thời gian trung bình từ lúc nhận tin đến khi có mặt tại hiện trường giảm từ 4 giờ xuống khoảng 90 phút.",
        "Ngoài báo sự cố, ứng dụng cho phép tra cứu chỉ số đồng hồ, xem hóa đơn và thanh toán tiền nước qua ví điện tử hoặc tài khoản ngân hàng.",
        "Sau một tháng ra mắt, ứng dụng đã có hơn 18.000 lượt tải và tiếp nhận 356 phản ánh, trong đó 341 phản ánh đã được xử lý xong.",
    ])

A["j5"] = dict(
    title="Quảng Trị cấp 4.000 chữ ký số miễn phí cho hộ kinh doanh",
    lead="Chương trình giúp hộ kinh doanh có thể tự ký tờ khai thuế, hóa đơn điện tử và hồ sơ đăng ký kinh doanh trên môi trường số.",
    author="Lê Hoài", pub="2025-03-11 13:45", rel=True,
    body=[
        "Chương trình do Sở Thông tin và Truyền thông phối hợp với các doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số triển khai, kéo dài đến hết tháng 9.",
        "Hộ kinh doanh đăng ký tại bộ phận một cửa cấp huyện hoặc qua tổ công nghệ số cộng đồng ở xã. Chữ ký số được cấp dưới dạng ký số từ xa, sử dụng trên điện thoại mà không cần thiết bị USB.",
        "Ông Phan Văn Cường, chủ cửa hàng vật liệu xây dựng ở thị xã Quảng Trị, cho biết trước đây mỗi lần nộp tờ khai thuế anh phải nhờ dịch vụ làm hộ. Nay anh tự làm trên điện thoại trong khoảng mười phút.",
        ("t", [["Huyện, thị xã", "Số chữ ký số phân bổ"], ["TP Đông Hà", "1.200"], ["Thị xã Quảng Trị", "450"], ["Huyện Hải Lăng", "600"], ["Các huyện còn lại", "1.750"]]),
        "Sở Thông tin và Truyền thông cho biết sẽ theo dõi tỷ lệ sử dụng thực tế, tránh tình trạng cấp xong nhưng hộ kinh doanh không dùng.",
    ])

A["j25"] = dict(
    title="Thông báo lịch tiếp công dân định kỳ tháng 6 của Chủ tịch UBND huyện",
    lead="",
    author=None, pub="2019-05-30 00:00", rel=False,
    body=[
        "Thực hiện Luật Tiếp công dân, Chủ tịch UBND huyện Phú Lương thông báo lịch tiếp công dân định kỳ tháng 6 năm 2019 như sau.",
        "Thời gian: ngày 14/6/2019, buổi sáng từ 7 giờ 30 đến 11 giờ 30. Địa điểm: Trụ sở Ban Tiếp công dân huyện, tổ dân phố Thác Cái, thị trấn Đu.",
        "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo giấy tờ tùy thân và tài liệu liên quan. Trường hợp nhiều người cùng khiếu nại về một nội dung thì cử đại diện không quá năm người.",
        "Ban Tiếp công dân huyện có trách nhiệm bố trí địa điểm, phối hợp với các cơ quan chuyên môn chuẩn bị hồ sơ các vụ việc đã tiếp nhận để báo cáo Chủ tịch UBND huyện.",
    ])

A["d10"] = dict(
    title="Nghệ An chuẩn hóa dữ liệu đất đai phục vụ dịch vụ công trực tuyến",
    lead="Tỉnh đặt mục tiêu đến cuối năm 2025 hoàn thành cơ sở dữ liệu đất đai tại tất cả 21 huyện, thành phố, thị xã.",
    author="Hồ Sỹ Nam, Lê Thanh", pub="2025-05-06 16:20", rel=True,
    body=[
        "Theo Sở Tài nguyên và Môi trường, hiện mới có 9 huyện, thị xã hoàn thành cơ sở dữ liệu đất đai và đưa vào vận hành. Các địa phương còn lại đang trong quá trình đo đạc chỉnh lý và quét hồ sơ.",
        "Khi dữ liệu được chuẩn hóa, người dân làm thủ tục chuyển nhượng, tặng cho quyền sử dụng đất có thể nộp hồ sơ trực tuyến, cán bộ tra cứu thửa đất ngay trên hệ thống thay vì tìm trong kho lưu trữ giấy.",
        ("h", "Nhiều hồ sơ gốc không còn đầy đủ"),
        "Một trong những khó khăn là hồ sơ địa chính ở nhiều xã được lập từ những năm 1990, đã qua nhiều lần biến động nhưng không được cập nhật. Cán bộ phải đối chiếu với sổ mục kê, bản đồ cũ và xác minh thực địa.",
        "Ông Nguyễn Quang Hiệp, Giám đốc Văn phòng Đăng ký đất đai tỉnh, cho biết đơn vị đã tăng cường thêm 40 cán bộ cho các huyện miền núi, nơi khối lượng chỉnh lý lớn nhất.",
        "Dữ liệu đất đai sau khi hoàn thành sẽ được kết nối với cơ sở dữ liệu quốc gia về dân cư và hệ thống thuế để tự động xác định nghĩa vụ tài chính.",
    ])

A["lr74"] = dict(
    title="Đồng Nai khai trương Trung tâm giám sát an toàn thông tin tỉnh",
    lead="Trung tâm có nhiệm vụ giám sát 24/7 các hệ thống thông tin dùng chung, cảnh báo sớm và phối hợp ứng cứu khi xảy ra sự cố.",
    author="Bảo Anh", pub="2024-12-03 09:00", rel=True,
    body=[
        "Trung tâm được đặt tại Sở Thông tin và Truyền thông, kết nối với hệ thống giám sát quốc gia. Giai đoạn đầu, trung tâm giám sát 56 hệ thống, gồm cổng thông tin điện tử, hệ thống một cửa điện tử và thư điện tử công vụ.",
        "Trong thời gian chạy thử từ tháng 9, trung tâm đã phát hiện và xử lý hơn 2.300 cảnh báo, trong đó có 14 trường hợp mã độc lây nhiễm trên máy tính của cán bộ.",
        ("q", "Một sự cố tại một xã cũng có thể ảnh hưởng đến cả hệ thống dùng chung của tỉnh."),
        "Ông Trịnh Quốc Hùng, Giám đốc Sở Thông tin và Truyền thông, đề nghị các cơ quan, địa phương cử cán bộ đầu mối về an toàn thông tin, cập nhật bản vá phần mềm thường xuyên và không dùng chung mật khẩu.",
        "Trung tâm cũng sẽ tổ chức diễn tập thực chiến mỗi năm hai lần để nâng cao kỹ năng của đội ứng cứu sự cố.",
    ])

A["knc"] = dict(
    title="Trạm sạc xe điện mọc lên dọc quốc lộ 1 qua Quảng Ngãi",
    lead="Chỉ trong nửa năm, số trạm sạc công cộng trên địa bàn tăng từ 12 lên 47, phần lớn đặt tại cây xăng và trạm dừng nghỉ.",
    author="Trâm Anh", pub="2024-05-27 06:45", rel=False,
    body=[
        "Theo ghi nhận, các trạm sạc mới chủ yếu là loại sạc nhanh công suất 60–150 kW, cho phép xe điện sạc từ 10% lên 70% pin trong khoảng 30 phút.",
        "Anh Võ Thành Nhân, tài xế taxi điện ở TP Quảng Ngãi, cho biết trước đây anh không dám nhận cuốc xe đi Đà Nẵng vì lo hết pin dọc đường. Giờ cách khoảng 40 km lại có một trạm sạc.",
        "Một số chủ cây xăng cho biết việc lắp trạm sạc cũng giúp tăng doanh thu từ cửa hàng tiện lợi, vì khách thường mua đồ ăn uống trong lúc chờ sạc.",
        "Tuy vậy, nhiều người dân ở vùng nông thôn vẫn e ngại chuyển sang xe điện do giá xe còn cao và chưa có trạm sạc ở khu dân cư.",
    ])

A["dt1"] = dict(
    title="Người cao tuổi ở Thái Bình học dùng điện thoại thông minh",
    lead="Các lớp học miễn phí do tổ công nghệ số cộng đồng tổ chức vào buổi tối đang thu hút hàng trăm cụ ông, cụ bà tham gia.",
    author="Mai Hương", pub="2024-11-14 19:20", rel=True,
    body=[
        "Lớp học đặt tại nhà văn hóa thôn, mỗi tuần hai buổi. Học viên được hướng dẫn những thao tác cơ bản như gọi video, nhận tin nhắn, kiểm tra tài khoản lương hưu và cài đặt ứng dụng định danh điện tử.",
        "Cụ Phạm Văn Lừng, 74 tuổi, ở xã Vũ Hội, huyện Vũ Thư, nói con cháu đi làm xa, trước đây mỗi lần muốn gọi điện phải nhờ hàng xóm. Sau năm buổi học, cụ đã tự gọi video cho cháu ở Nhật Bản.",
        ("h", "Kiến thức chống lừa đảo"),
        "Bên cạnh kỹ năng sử dụng, lớp học dành một buổi để giới thiệu các chiêu lừa đảo phổ biến qua điện thoại như giả danh công an, giả danh nhân viên ngân hàng hay thông báo trúng thưởng.",
        "Chị Nguyễn Thị Thu, tổ trưởng tổ công nghệ số cộng đồng xã, cho biết các cụ học chậm nhưng rất chăm, nhiều người ghi chép từng bước vào sổ tay để về nhà tự làm lại.",
        "Theo kế hoạch của huyện, đến cuối năm sẽ có ít nhất 3.000 người cao tuổi được tham gia các lớp học tương tự.",
    ])

A["dt2"] = dict(
    title="Kiên Giang dùng flycam giám sát rừng phòng hộ ven biển",
    lead="Hệ thống gồm 6 thiết bị bay không người lái và phần mềm phân tích ảnh giúp phát hiện sớm điểm chặt phá, lấn chiếm rừng.",
    author="Hải Đăng - Ngọc Lan", pub="2025-01-22 08:35", rel=True,
    body=[
        "Ban quản lý rừng phòng hộ ven biển tỉnh cho biết mỗi tuần các thiết bị bay tuần tra theo lộ trình định sẵn dọc hơn 200 km bờ biển. Ảnh chụp được so sánh tự động với ảnh các lần bay trước để tìm khu vực thay đổi.",
        "Trong ba tháng đầu vận hành, hệ thống đã phát hiện 11 điểm nghi chặt phá và lấn chiếm rừng để nuôi tôm. Lực lượng kiểm lâm đến xác minh và lập biên bản 7 trường hợp.",
        "Ông Danh Sơn, Trưởng ban quản lý, cho biết trước đây việc tuần tra chủ yếu đi bộ hoặc đi xuồng, có những đoạn rừng ngập mặn cả tháng mới tới được một lần.",
        "Năm tới, tỉnh dự kiến kết nối dữ liệu từ flycam với ảnh vệ tinh để theo dõi diễn biến rừng trên diện rộng.",
    ])

A["vnn"] = dict(
    title="Mô hình 'bình dân học vụ số' lan tỏa ở Hà Giang",
    lead="Hơn 700 tổ công nghệ số cộng đồng ở các thôn bản đang trở thành cầu nối đưa dịch vụ công trực tuyến đến với đồng bào dân tộc thiểu số.",
    author="Vàng Thị Dung", pub="2025-04-08 10:00", rel=True,
    body=[
        "Ở nhiều thôn vùng cao của Hà Giang, việc đầu tiên của tổ công nghệ số là giúp người dân có được một chiếc điện thoại dùng được và một tài khoản định danh điện tử. Nhiều hộ vẫn dùng điện thoại cũ, màn hình đã hỏng.",
        "Anh Sùng Mí Chứ, tổ viên ở xã Sủng Là, huyện Đồng Văn, dịch hướng dẫn sang tiếng Mông và quay video ngắn gửi vào nhóm Zalo của thôn. Mỗi video chỉ dài hai, ba phút và hướng dẫn một việc cụ thể.",
        ("h", "Từ đăng ký khai sinh đến bán hàng trực tuyến"),
        "Những thủ tục được người dân làm nhiều nhất là đăng ký khai sinh, đăng ký thường trú và xin cấp giấy xác nhận. Một số hộ còn được hướng dẫn đưa mật ong, chè shan tuyết lên sàn thương mại điện tử.",
        "Theo Sở Thông tin và Truyền thông, tỷ lệ hồ sơ dịch vụ công trực tuyến ở cấp xã của tỉnh đã tăng từ 18% lên 41% sau một năm.",
    ])

A["zn"] = dict(
    title="Khánh Hòa lắp camera AI phát hiện vi phạm giao thông trên đường Trần Phú",
    lead="",
    author="Quốc Việt", pub="2024-07-30 21:05", rel=True,
    body=[
        "Hệ thống gồm 24 camera tại 8 nút giao dọc tuyến đường ven biển của TP Nha Trang, có khả năng tự nhận dạng biển số và các lỗi như vượt đèn đỏ, đi sai làn, không đội mũ bảo hiểm.",
        "Dữ liệu vi phạm được chuyển về Trung tâm Giám sát điều hành thông minh, sau đó cán bộ cảnh sát giao thông xác minh và gửi thông báo phạt nguội đến chủ phương tiện.",
        "Trong tuần đầu vận hành, hệ thống ghi nhận hơn 1.600 trường hợp vi phạm, nhiều nhất là lỗi không đội mũ bảo hiểm và dừng xe quá vạch.",
        "Lãnh đạo Công an tỉnh cho biết mục tiêu chính là thay đổi ý thức người tham gia giao thông, không phải xử phạt. Thông tin về các điểm đặt camera đã được công khai trên cổng thông tin của tỉnh.",
    ])
