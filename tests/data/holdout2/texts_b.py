"""Article texts (part B), written for this set; all places and people are invented."""

B = {}

B["bcp"] = dict(
    title="Thủ tướng chỉ đạo đẩy nhanh kết nối cơ sở dữ liệu quốc gia về dân cư với các bộ, ngành",
    lead="Các bộ, ngành, địa phương phải hoàn thành kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về dân cư trong quý III để cắt giảm giấy tờ cho người dân.",
    author="Thu Giang", pub="2025-06-24 17:12", rel=True,
    body=[
        "Văn phòng Chính phủ vừa ban hành thông báo kết luận của Thủ tướng tại phiên họp Ủy ban quốc gia về chuyển đổi số. Thủ tướng đánh giá việc khai thác dữ liệu dân cư đã mang lại hiệu quả rõ rệt, nhưng vẫn còn nhiều cơ sở dữ liệu chuyên ngành chưa kết nối.",
        "Thủ tướng yêu cầu các bộ quản lý cơ sở dữ liệu về bảo hiểm, đất đai, doanh nghiệp, giáo dục khẩn trương làm sạch dữ liệu theo nguyên tắc đúng, đủ, sạch, sống, thống nhất và dùng chung.",
        ("h", "Không yêu cầu người dân nộp lại giấy tờ đã có"),
        "Các địa phương được giao rà soát toàn bộ thủ tục hành chính, bãi bỏ yêu cầu nộp bản sao giấy tờ đối với những thông tin đã có trong cơ sở dữ liệu quốc gia. Cán bộ tiếp nhận có trách nhiệm tự tra cứu.",
        "Bộ Công an được giao chủ trì hướng dẫn kỹ thuật, bảo đảm an ninh, an toàn trong kết nối và chia sẻ dữ liệu; Bộ Tài chính bố trí kinh phí cho các nhiệm vụ cấp bách.",
        "Thủ tướng cũng đề nghị tăng cường tuyên truyền để người dân hiểu rõ lợi ích của việc sử dụng tài khoản định danh điện tử mức độ 2 khi giao dịch với cơ quan nhà nước.",
    ])

B["bo"] = dict(
    title="Bộ Khoa học và Công nghệ công bố bộ tiêu chí đánh giá mức độ chuyển đổi số của doanh nghiệp khoa học",
    lead="Bộ tiêu chí gồm 6 trụ cột và 36 chỉ số, giúp doanh nghiệp tự đánh giá và xây dựng lộ trình chuyển đổi số phù hợp.",
    author=None, pub="2025-02-14 15:00", rel=True,
    body=[
        "Bộ tiêu chí được xây dựng trên cơ sở tham khảo kinh nghiệm quốc tế và khảo sát thực tế tại 120 doanh nghiệp khoa học và công nghệ trong nước.",
        ("ul", ["Chiến lược và lãnh đạo", "Khách hàng và thị trường", "Quản trị và vận hành", "Công nghệ và dữ liệu", "Nhân lực số", "Đổi mới sáng tạo"]),
        "Mỗi trụ cột được chấm theo 5 mức, từ khởi động đến dẫn dắt. Doanh nghiệp có thể tự đánh giá trực tuyến và nhận báo cáo gợi ý các bước cải thiện.",
        "Đại diện Vụ Đánh giá, thẩm định và giám định công nghệ cho biết kết quả đánh giá sẽ là một căn cứ để xét hỗ trợ từ các chương trình khoa học và công nghệ cấp quốc gia.",
    ])

B["fpt"] = dict(
    title="Quận Hải Châu tiếp nhận hồ sơ trực tuyến cả ngày thứ bảy",
    lead="Bộ phận một cửa quận bố trí cán bộ trực xử lý hồ sơ trực tuyến vào sáng thứ bảy hằng tuần để rút ngắn thời gian giải quyết.",
    author="Thanh Tâm", pub="2024-02-20 14:32:45", rel=True,
    body=[
        "Theo UBND quận Hải Châu, số lượng hồ sơ nộp trực tuyến ngày càng tăng, nhất là vào cuối tuần khi người dân có thời gian rảnh. Trước đây, hồ sơ nộp thứ bảy phải chờ đến thứ hai mới được xem xét.",
        "Từ tháng 3, mỗi sáng thứ bảy sẽ có 4 cán bộ trực tại bộ phận một cửa để kiểm tra, tiếp nhận hồ sơ trực tuyến và phản hồi những hồ sơ cần bổ sung.",
        "Các thủ tục được ưu tiên gồm chứng thực, đăng ký hộ kinh doanh, cấp giấy phép xây dựng nhà ở riêng lẻ và các thủ tục về hộ tịch có yếu tố nước ngoài.",
        "Người dân có thể theo dõi tình trạng hồ sơ qua tin nhắn hoặc ứng dụng công dân số của thành phố.",
    ])

B["vnpt"] = dict(
    title="Tây Ninh đưa vào vận hành kho dữ liệu dùng chung của tỉnh",
    lead="Kho dữ liệu tích hợp 28 nhóm dữ liệu từ các sở, ngành, sẵn sàng chia sẻ cho các hệ thống nghiệp vụ và phục vụ chỉ đạo điều hành.",
    author="Kim Ngân", pub="2024-10-29 09:05", rel=True,
    body=[
        "Kho dữ liệu dùng chung được xây dựng trên nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh, kết nối với cơ sở dữ liệu quốc gia về dân cư, về đăng ký doanh nghiệp và hệ thống thông tin giải quyết thủ tục hành chính.",
        "Giai đoạn đầu, kho lưu trữ các dữ liệu về hộ tịch, đất đai, y tế cơ sở, giáo dục, doanh nghiệp và các chỉ tiêu kinh tế – xã hội do Cục Thống kê cung cấp.",
        ("h", "Dữ liệu mở cho người dân và doanh nghiệp"),
        "Bên cạnh phục vụ nội bộ, tỉnh công bố 45 bộ dữ liệu mở trên cổng dữ liệu của tỉnh, như danh sách cơ sở y tế, trường học, điểm thu gom rác và giá đất theo bảng giá.",
        "Lãnh đạo Sở Thông tin và Truyền thông cho biết các sở, ngành sẽ phải cập nhật dữ liệu định kỳ hằng tháng, người đứng đầu chịu trách nhiệm về tính chính xác của dữ liệu do đơn vị mình cung cấp.",
    ])

B["vt"] = dict(
    title="Huyện Cần Giờ tổ chức hội nghị trực tuyến đến 7 xã, thị trấn",
    lead="",
    author="Văn phòng HĐND-UBND huyện", pub="2024-06-05 14:00", rel=True,
    body=[
        "Chiều 5/6, UBND huyện Cần Giờ tổ chức hội nghị sơ kết công tác 5 tháng đầu năm theo hình thức trực tuyến kết nối đến 7 điểm cầu xã, thị trấn.",
        "Đây là lần đầu huyện sử dụng hệ thống họp trực tuyến mới được đầu tư, với camera và màn hình tại tất cả các điểm cầu. Hình ảnh, âm thanh ổn định trong suốt buổi họp.",
        "Theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình của huyện đạt 62%, tỷ lệ văn bản có ký số đạt 98%. Huyện cũng đã đưa hệ thống phản ánh hiện trường vào sử dụng tại tất cả các xã.",
        "Chủ tịch UBND huyện đề nghị các xã chủ động khai thác hệ thống họp trực tuyến cho các cuộc họp định kỳ, hạn chế việc cán bộ xã phải di chuyển xa vào trung tâm huyện.",
    ])

B["cmc"] = dict(
    title="Bệnh viện Đa khoa tỉnh Hà Nam triển khai bệnh án điện tử",
    lead="Sau một năm chuẩn bị, bệnh viện chính thức bỏ bệnh án giấy tại tất cả các khoa lâm sàng.",
    author="BS. Vũ Đức Thắng", pub="2025-07-01 10:20", rel=True,
    body=[
        "Bệnh án điện tử cho phép bác sĩ ghi chỉ định, xem kết quả xét nghiệm và chẩn đoán hình ảnh ngay trên máy tính bảng tại giường bệnh. Điều dưỡng không còn phải chép lại y lệnh sang phiếu chăm sóc.",
        "Theo Giám đốc bệnh viện, mỗi năm bệnh viện tiết kiệm được khoảng 2 tỷ đồng chi phí in phim, giấy và kho lưu trữ. Người bệnh cũng không phải mang theo phim chụp cũ mỗi lần tái khám.",
        "Để đáp ứng yêu cầu của bệnh án điện tử, bệnh viện đã nâng cấp hệ thống mạng, trang bị thêm 240 máy tính bảng và triển khai chữ ký số cho toàn bộ bác sĩ, điều dưỡng.",
        "Trong thời gian tới, dữ liệu bệnh án sẽ được liên thông với sổ sức khỏe điện tử trên ứng dụng định danh quốc gia.",
    ])

B["hues"] = dict(
    title="Hơn 4.000 phản ánh hiện trường được xử lý qua nền tảng đô thị thông minh trong quý III",
    lead="Tỷ lệ phản ánh được xử lý đúng hạn đạt 96%, thời gian xử lý trung bình 2,3 ngày.",
    author="Hoài Thương", pub="2024-10-10 16:45", rel=True,
    body=[
        "Theo Trung tâm Giám sát, điều hành đô thị thông minh tỉnh, các lĩnh vực nhận nhiều phản ánh nhất là trật tự đô thị, vệ sinh môi trường và hư hỏng hạ tầng giao thông.",
        "So với quý trước, số phản ánh về ngập úng tăng mạnh do mùa mưa bão. Trung tâm đã phối hợp với công ty thoát nước bố trí lực lượng trực tại 12 điểm thường xuyên ngập.",
        ("t", [["Lĩnh vực", "Số phản ánh", "Đúng hạn"], ["Trật tự đô thị", "1.245", "97%"], ["Môi trường", "1.010", "95%"], ["Giao thông", "874", "96%"]]),
        "Người dân có thể gửi phản ánh qua ứng dụng, tổng đài 1022 hoặc trang mạng xã hội của trung tâm. Kết quả xử lý được công khai trên bản đồ số.",
    ])

B["font"] = dict(
    title="Xã Tân Phú tổ chức ngày hội chuyển đổi số",
    lead="",
    author="Nguyễn Văn Bảy", pub="2023-10-09 00:00", rel=True,
    body=[
        "Ngày 8/10, UBND xã Tân Phú tổ chức ngày hội chuyển đổi số với sự tham gia của hơn 500 người dân trong xã.",
        "Tại ngày hội, các gian hàng hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán tiền điện, nước qua điện thoại và nộp hồ sơ trực tuyến.",
        "Đoàn thanh niên xã tổ chức trò chơi đố vui về an toàn trên mạng, trao quà cho các em học sinh trả lời đúng.",
        "Dịp này, xã ra mắt trang thông tin của xã trên mạng xã hội để thông báo lịch tiếp dân, lịch tiêm chủng và các tin tức của địa phương.",
    ])

B["fp"] = dict(
    title="Kết quả kỳ thi học sinh giỏi cấp huyện năm học 2006-2007",
    lead="",
    author=None, pub="2007-03-26 00:00", rel=False,
    body=[
        "Kỳ thi học sinh giỏi cấp huyện năm học 2006-2007 được tổ chức trong hai ngày 17 và 18 tháng 3 tại Trường THCS thị trấn.",
        "Tham gia kỳ thi có 412 học sinh lớp 9 của 14 trường trung học cơ sở trong huyện, dự thi các môn Toán, Văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử và Địa lý.",
        "Kết quả có 128 học sinh đạt giải, trong đó có 9 giải nhất, 24 giải nhì, 41 giải ba và 54 giải khuyến khích. Trường THCS Nguyễn Du dẫn đầu với 27 học sinh đạt giải.",
        "Các học sinh đạt giải nhất, nhì sẽ được chọn vào đội tuyển tham dự kỳ thi cấp tỉnh vào tháng 4.",
    ])

B["blog"] = dict(
    title="Ghi chép: một ngày theo chân tổ công nghệ số ở xóm chài",
    lead="",
    author="Lan Nguyễn", pub="2024-08-18 22:15", rel=True,
    body=[
        "Sáu giờ sáng, chị Hạnh đã có mặt ở bến cá đầu xóm. Chị không mua cá, mà mang theo chiếc loa nhỏ và một tập giấy in mã QR của các hộ bán cá đã đăng ký tài khoản.",
        "Tổ công nghệ số của thôn có năm người, đều là thanh niên và hội viên phụ nữ. Việc của họ là giúp bà con trong xóm chài làm những thứ mà người ở phố đã quen: chuyển khoản, nộp thuế, đăng ký tạm trú cho thuyền viên.",
        "Khó nhất, chị Hạnh kể, là với những người đi biển dài ngày. Họ chỉ về bờ vài hôm, lại thường ngủ bù, nên tổ phải canh giờ để đến nhà.",
        "Buổi chiều, tôi theo anh Tư, một thành viên khác, đến nhà ông Sáu để giúp ông khai báo tàu cá trên phần mềm. Ông Sáu ngồi nhìn từng bước, rồi bảo lần sau sẽ tự làm.",
        "Ra về lúc trời đã tối, tôi nghĩ chuyển đổi số ở những nơi như thế này không phải là công nghệ gì cao siêu, mà là sự kiên nhẫn của những người như chị Hạnh, anh Tư.",
    ])

B["ghost"] = dict(
    title="Ba bài học từ dự án cổng dữ liệu mở của một tỉnh miền Trung",
    lead="Sau hai năm vận hành, cổng dữ liệu mở vẫn ít người dùng. Nhìn lại, có ba điều lẽ ra nhóm dự án nên làm khác.",
    author="Trần Minh Khôi", pub="2025-09-02 08:00", rel=True,
    body=[
        "Tôi tham gia dự án cổng dữ liệu mở của tỉnh từ những ngày đầu, với vai trò tư vấn kỹ thuật. Bài viết này là ghi chép cá nhân, không phải quan điểm của đơn vị nào.",
        ("h", "Một: bắt đầu từ người dùng, không từ dữ liệu"),
        "Chúng tôi đã đưa lên hơn 200 bộ dữ liệu chỉ vì các sở có sẵn. Nhưng doanh nghiệp và sinh viên cần những dữ liệu khác: giá đất, quy hoạch, lịch cắt điện, danh sách trường học theo tuyến.",
        ("h", "Hai: cập nhật quan trọng hơn số lượng"),
        "Một bộ dữ liệu không được cập nhật sau sáu tháng gần như vô dụng. Nên có ít bộ hơn, nhưng có người chịu trách nhiệm và lịch cập nhật rõ ràng.",
        ("h", "Ba: định dạng máy đọc được"),
        "Rất nhiều bộ dữ liệu là file PDF scan từ văn bản giấy. Người dùng không thể đưa vào bảng tính hay phần mềm để phân tích. Chuyển sang CSV và có API là yêu cầu tối thiểu.",
        "Dù vậy, tôi vẫn tin cổng dữ liệu mở là bước đi đúng. Chỉ cần điều chỉnh cách làm, nó có thể trở thành nguồn lực thật sự cho nền kinh tế số của địa phương.",
    ])

B["hugo"] = dict(
    title="Hướng dẫn tra cứu hồ sơ thủ tục hành chính bằng mã QR trên giấy biên nhận",
    lead="",
    author="Ban biên tập", pub="2024-04-15 00:00", rel=True,
    body=[
        "Từ tháng 4, tất cả giấy biên nhận hồ sơ do bộ phận một cửa các cấp trong tỉnh cấp đều có in mã QR. Người dân có thể dùng điện thoại quét mã để xem tình trạng giải quyết hồ sơ.",
        ("h", "Các bước tra cứu"),
        ("ul", ["Mở ứng dụng camera hoặc ứng dụng quét mã QR trên điện thoại.", "Hướng camera vào mã QR ở góc trên bên phải giấy biên nhận.", "Chạm vào đường dẫn hiện ra để mở trang tra cứu.", "Xem các bước đã xử lý, cán bộ đang giữ hồ sơ và ngày hẹn trả kết quả."]),
        "Nếu hồ sơ bị trễ hạn, trang tra cứu sẽ hiển thị văn bản xin lỗi của cơ quan giải quyết và ngày hẹn mới.",
        "Trường hợp không quét được mã, người dân có thể nhập số biên nhận tại trang dịch vụ công của tỉnh hoặc gọi tổng đài hỗ trợ.",
    ])

B["nuxt"] = dict(
    title="Long An chi trả trợ cấp xã hội qua tài khoản ngân hàng cho 92% đối tượng",
    lead="Việc chi trả không dùng tiền mặt giúp người hưởng nhận tiền đúng hạn, giảm chi phí và hạn chế sai sót.",
    author="Minh Thư", pub="2025-08-19 15:40", rel=True,
    body=[
        "Theo Sở Lao động – Thương binh và Xã hội, hiện có gần 58.000 người hưởng trợ cấp xã hội hằng tháng, trong đó hơn 53.000 người đã nhận tiền qua tài khoản ngân hàng.",
        "Những người còn lại chủ yếu là người cao tuổi sống một mình, người khuyết tật nặng không thể tự giao dịch. Với nhóm này, nhân viên bưu điện vẫn đến tận nhà chi trả.",
        "Để mở tài khoản cho người hưởng, cán bộ lao động – thương binh và xã hội cấp xã đã phối hợp với các ngân hàng đến từng hộ, hoàn thành thủ tục mà người dân không phải ra điểm giao dịch.",
        "Tỉnh đặt mục tiêu đến cuối năm, 95% người hưởng chính sách nhận tiền qua tài khoản.",
    ])

B["msite"] = dict(
    title="Phú Yên khai trương tổng đài 1022 tiếp nhận phản ánh của người dân",
    lead="Tổng đài hoạt động 24/7, tiếp nhận phản ánh qua điện thoại, tin nhắn và ứng dụng.",
    author="Thúy Hằng", pub="2024-03-26 10:30", rel=True,
    body=[
        "Tổng đài 1022 do Sở Thông tin và Truyền thông quản lý, có 8 nhân viên trực chia thành ba ca. Mọi phản ánh được chuyển đến cơ quan có thẩm quyền trong vòng 2 giờ làm việc.",
        "Người dân có thể phản ánh các vấn đề về môi trường, giao thông, trật tự xây dựng, an ninh trật tự và chất lượng phục vụ của cán bộ, công chức.",
        "Trong tuần đầu hoạt động, tổng đài nhận được 186 cuộc gọi, phần lớn liên quan đến đèn đường hư hỏng và rác thải không được thu gom.",
        "Kết quả xử lý phản ánh sẽ được công khai trên ứng dụng và cổng thông tin điện tử của tỉnh.",
    ])

B["amp"] = dict(
    title="Nông dân Đồng Tháp dùng nhật ký điện tử để xuất khẩu xoài",
    lead="Ghi chép điện tử từng lần bón phân, phun thuốc giúp xoài của hợp tác xã đáp ứng yêu cầu truy xuất nguồn gốc của thị trường khó tính.",
    author="Hoàng Nam", pub="2025-05-20 05:55", rel=True,
    body=[
        "Hợp tác xã xoài Mỹ Xương, huyện Cao Lãnh, có 86 thành viên sử dụng ứng dụng nhật ký canh tác trên điện thoại. Mỗi lần chăm sóc vườn, nông dân chỉ cần chọn công việc, loại vật tư và chụp ảnh.",
        "Dữ liệu được tổng hợp thành hồ sơ của từng vùng trồng, dùng để cấp mã số vùng trồng và kiểm tra khi đối tác nước ngoài yêu cầu.",
        "Ông Lê Văn Mười, thành viên hợp tác xã, cho biết lúc đầu ông thấy phiền vì phải ghi chép mỗi ngày. Nhưng mùa vừa rồi xoài bán được giá cao hơn 20% so với bán cho thương lái.",
        "Tỉnh đang hỗ trợ nhân rộng ứng dụng cho các vùng trồng sầu riêng, bưởi và lúa chất lượng cao.",
    ])

B["phpbb"] = dict(
    title="Chia sẻ kinh nghiệm làm thủ tục cấp đổi giấy phép lái xe trực tuyến",
    lead="",
    author="hoangtuan_tn", pub="2024-12-09 21:47", rel=True,
    body=[
        "Chào các bác, em vừa làm xong thủ tục đổi giấy phép lái xe hạng B2 trên cổng dịch vụ công, chia sẻ để ai cần thì tham khảo.",
        "Trước tiên phải có tài khoản định danh điện tử mức 2 và giấy khám sức khỏe đã được bệnh viện đẩy lên hệ thống. Em khám ở bệnh viện huyện, sau hai ngày là có dữ liệu.",
        "Vào cổng dịch vụ công, chọn thủ tục đổi giấy phép lái xe, hệ thống tự điền thông tin bằng cũ. Chụp ảnh chân dung theo hướng dẫn, nền trắng, không đeo kính.",
        "Thanh toán lệ phí 135 nghìn qua ngân hàng, chọn nhận bằng qua bưu điện. Khoảng một tuần là bưu tá mang bằng mới đến tận nhà.",
        "Lưu ý là nếu bằng cũ bị rách, mờ ảnh thì vẫn phải lên trực tiếp. Chúc các bác làm suôn sẻ.",
    ])

B["xf1"] = dict(
    title="Hỏi về chương trình hỗ trợ nông dân bán hàng online của huyện",
    lead="",
    author="nongdan_8x", pub="2023-06-14 09:32", rel=True,
    body=[
        "Nhà em ở xã Phước Hưng, trồng bưởi da xanh khoảng 2 ha. Nghe nói huyện có chương trình hỗ trợ nông dân mở gian hàng trên sàn thương mại điện tử, có bác nào tham gia rồi cho em hỏi với.",
        "Cụ thể em muốn biết đăng ký ở đâu, có mất phí không, và có được hướng dẫn đóng gói, vận chuyển không. Bưởi nặng, gửi xa em sợ cước cao.",
        "Em cũng chưa có mã số vùng trồng, không biết có bắt buộc không. Cảm ơn các bác trước.",
    ])

B["disc"] = dict(
    title="Đề xuất chuẩn hóa tên trường dữ liệu địa chỉ hành chính sau sáp nhập xã",
    lead="",
    author="minhdv_dev", pub="2025-07-28 02:14", rel=True,
    body=[
        "Sau đợt sắp xếp đơn vị hành chính cấp xã, nhiều hệ thống của các tỉnh đang lưu địa chỉ theo tên cũ, dẫn đến lỗi khi đồng bộ với cơ sở dữ liệu dân cư.",
        "Mình đề xuất nhóm thống nhất một số nguyên tắc cho các dự án mã nguồn mở dùng danh mục hành chính:",
        ("ul", ["Dùng mã đơn vị hành chính làm khóa, không dùng tên.", "Lưu thêm trường hiệu lực từ ngày, đến ngày cho mỗi mã.", "Có bảng ánh xạ mã cũ sang mã mới, công bố dạng CSV.", "Tên hiển thị lấy theo quyết định mới nhất."]),
        "Mọi người thấy có gì cần bổ sung thì góp ý nhé. Nếu ổn, mình sẽ viết thành tài liệu và mở pull request.",
    ])

B["pdf"] = dict(
    title="Quyết định công bố danh mục thủ tục hành chính được thực hiện toàn trình trên môi trường điện tử",
    lead="",
    author=None, pub="2025-10-03 16:10", rel=True,
    body=[
        "UBND tỉnh ban hành Quyết định số 2184/QĐ-UBND công bố danh mục 312 thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ngành và UBND cấp huyện, cấp xã được thực hiện toàn trình trên môi trường điện tử.",
        "Quyết định có hiệu lực kể từ ngày ký. Toàn văn quyết định và danh mục kèm theo xem tại tệp đính kèm.",
    ])

B["emag"] = dict(
    title="Những con số thay đổi một vùng biên",
    lead="Từ những bản làng chưa có sóng điện thoại, vùng biên Mường Tè đang từng bước bước vào đời sống số, với những câu chuyện bắt đầu từ một cột phát sóng.",
    author="Bài: Lò Văn Hải - Ảnh: Trần Quý", pub="2025-11-22 07:00", rel=True,
    body=[
        "Năm 2021, bản Nậm Khao vẫn là một trong những điểm lõm sóng cuối cùng của huyện. Muốn gọi điện, người dân phải leo lên đỉnh đồi sau bản, đứng cạnh gốc cây cổ thụ mà dân bản gọi đùa là cây điện thoại.",
        "Mùa khô năm 2022, một đội thi công của doanh nghiệp viễn thông mang vật liệu vào bản bằng xe máy và sức người. Con đường đất dài 18 km phải đi mất gần một ngày.",
        ("h", "Khi sóng về bản"),
        "Ngày trạm phát sóng hoạt động, anh Pờ Giống Xá, trưởng bản, gọi video cho con trai đang làm công nhân ở Bắc Ninh. Cả bản kéo đến nhà anh xem, ai cũng muốn nhìn thấy mặt người thân ở xa.",
        "Từ đó, các em học sinh có thể học trực tuyến vào những ngày mưa lũ không đến được trường. Trạm y tế xã có thể gọi bác sĩ tuyến huyện hội chẩn từ xa cho sản phụ khó sinh.",
        ("q", "Trước đây ốm nặng phải cáng bộ ra huyện, nhiều khi không kịp. Giờ gọi được bác sĩ ngay, yên tâm hơn nhiều."),
        ("h", "Những con số của một vùng biên"),
        ("ul", ["100% bản có sóng di động 4G vào cuối năm 2024", "Hơn 6.000 người dân có tài khoản định danh điện tử", "43% hồ sơ hành chính cấp xã nộp trực tuyến", "12 hợp tác xã bán sản phẩm qua mạng"]),
        "Những con số ấy còn khiêm tốn so với miền xuôi. Nhưng với một huyện biên giới mà cách đây ít năm còn nhiều bản chưa có điện lưới, đó là cả một chặng đường.",
        "Chia tay Nậm Khao, chúng tôi gặp lại cây điện thoại trên đỉnh đồi. Giờ không còn ai leo lên đó nữa, chỉ có lũ trẻ chăn trâu ngồi dưới gốc, tay cầm điện thoại xem video bài học.",
    ])

B["cmt"] = dict(
    title="Thành phố Vĩnh Yên hoàn thành gắn mã địa chỉ số cho 100% hộ gia đình",
    lead="Mỗi địa chỉ được gắn một mã định danh duy nhất trên bản đồ số, phục vụ giao hàng, cứu hộ và quản lý đô thị.",
    author="Nguyễn Thùy", pub="2025-09-23 13:25", rel=True,
    body=[
        "Theo UBND thành phố, đã có hơn 41.000 hộ gia đình, cơ quan, doanh nghiệp được gắn mã địa chỉ số. Người dân nhận biển mã QR gắn trước cửa nhà, quét mã sẽ hiện vị trí chính xác trên bản đồ.",
        "Đơn vị bưu chính cho biết tỷ lệ giao hàng thất bại do sai địa chỉ tại thành phố giảm rõ rệt sau khi áp dụng mã địa chỉ số.",
        "Lực lượng phòng cháy chữa cháy và cấp cứu 115 cũng đã được kết nối với hệ thống để xác định nhanh vị trí khi nhận tin báo.",
        "Thành phố đề nghị người dân kiểm tra thông tin địa chỉ của gia đình trên ứng dụng và báo cho tổ dân phố nếu có sai sót.",
    ])

B["soha"] = dict(
    title="Ứng dụng AI chẩn đoán hình ảnh X-quang tại trạm y tế xã ở Sơn La",
    lead="Phần mềm trí tuệ nhân tạo giúp y sĩ tuyến xã phát hiện sớm các dấu hiệu bất thường ở phổi để chuyển tuyến kịp thời.",
    author="PV", pub="2025-03-28 12:00", rel=True,
    body=[
        "Thí điểm được triển khai tại 15 trạm y tế xã thuộc các huyện Mộc Châu, Yên Châu và Mai Sơn, nơi đã được trang bị máy X-quang kỹ thuật số.",
        "Sau khi chụp, ảnh X-quang được gửi lên hệ thống, phần mềm phân tích và đánh dấu vùng nghi ngờ trong vòng một phút. Kết quả được bác sĩ chẩn đoán hình ảnh của bệnh viện tỉnh xem lại từ xa.",
        "Trong hai tháng, hệ thống đã hỗ trợ đọc hơn 3.200 phim, phát hiện 47 trường hợp nghi lao phổi và 9 trường hợp nghi u phổi cần chuyển tuyến.",
        "Sở Y tế cho biết phần mềm chỉ đóng vai trò hỗ trợ, kết luận cuối cùng vẫn do bác sĩ đưa ra.",
    ])
