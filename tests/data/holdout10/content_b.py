# Fictional text written for this corpus.

B = {}

B["environment-sector-paper"] = """
T: Hoàn thành cơ sở dữ liệu đất đai tại 9 huyện, người dân tra cứu thửa đất qua mạng
L: Sau hai năm triển khai, tỉnh đã xây dựng xong cơ sở dữ liệu đất đai cho 9 trên 11 huyện, thị xã, cho phép người dân tra cứu thông tin thửa đất và tình trạng hồ sơ trên cổng dịch vụ công.
P: Cơ sở dữ liệu bao gồm bản đồ địa chính số, hồ sơ cấp giấy chứng nhận, thông tin biến động và giá đất. Toàn bộ được lưu tại trung tâm dữ liệu của tỉnh, có sao lưu định kỳ ở địa điểm thứ hai.
P: Theo Sở Tài nguyên và Môi trường, khó khăn lớn nhất là hồ sơ giấy tích lũy qua nhiều thời kỳ, có bộ đã mờ chữ hoặc thiếu trang. Đơn vị tư vấn phải đối chiếu từng thửa với thực địa trước khi nhập vào hệ thống.
F: Cán bộ văn phòng đăng ký đất đai số hóa hồ sơ địa chính.
H: Giảm thời gian đăng ký biến động
P: Khi dữ liệu đã vận hành, thời gian giải quyết thủ tục đăng ký biến động như chuyển nhượng, tặng cho giảm từ mười ngày xuống còn năm ngày. Văn phòng đăng ký đất đai có thể kiểm tra tình trạng thửa đất ngay trên màn hình, không phải chờ trích lục từ lưu trữ.
P: Cơ sở dữ liệu cũng được chia sẻ với cơ quan thuế và ngân hàng trong phạm vi được pháp luật cho phép, giúp rút ngắn thời gian thẩm định khoản vay thế chấp.
P: Sở đặt mục tiêu hoàn thành hai huyện còn lại trong năm tới, đồng thời kết nối với cơ sở dữ liệu quốc gia về đất đai theo lộ trình của Bộ.
"""

B["jsp-port-city-daily"] = """
T: Thành phố đưa 100% thủ tục hành chính lên một hệ thống giải quyết chung
L: Từ ngày 1/2, toàn bộ thủ tục hành chính của các sở, ngành và quận, huyện được tiếp nhận và xử lý trên một hệ thống thông tin giải quyết thủ tục hành chính thống nhất của thành phố.
P: Trước đó, mỗi đơn vị sử dụng một phần mềm riêng, dữ liệu không liên thông, người dân phải nộp lại giấy tờ nhiều lần. Hệ thống mới kết nối với cơ sở dữ liệu quốc gia về dân cư, cho phép tự động điền thông tin cá nhân khi công dân đăng nhập.
P: Mỗi hồ sơ được gắn mã theo dõi riêng. Người nộp có thể xem hồ sơ đang ở bước nào, cán bộ nào xử lý và thời hạn trả kết quả. Nếu hồ sơ trễ hạn, hệ thống tự gửi thư xin lỗi và thông báo thời gian hẹn mới.
P: Văn phòng UBND thành phố cho biết trong tháng đầu vận hành đã có hơn 48.000 hồ sơ được tiếp nhận, tỷ lệ đúng hạn đạt 98,7%. Các lỗi phát sinh chủ yếu liên quan đến chữ ký số của cán bộ và đã được khắc phục.
U: Tra cứu tiến độ hồ sơ bằng mã QR trên giấy hẹn
U: Nhận kết quả bản điện tử có giá trị pháp lý
U: Đánh giá mức độ hài lòng sau mỗi lần giao dịch
P: Thành phố yêu cầu các đơn vị công khai danh tính cán bộ để hồ sơ quá hạn và coi đây là tiêu chí đánh giá xếp loại cuối năm.
"""

B["regional-tv-brief"] = """
T: Cầu phao tạm dừng hoạt động do nước sông lên cao
L: Do mực nước sông dâng nhanh sau mưa lớn, cầu phao nối hai xã ven sông tạm dừng hoạt động từ chiều nay.
P: Đơn vị quản lý cầu đã bố trí người trực hai đầu cầu, đặt biển cấm và hướng dẫn phương tiện đi đường vòng qua cầu bê tông cách đó khoảng bảy cây số. Người dân có việc gấp có thể liên hệ đò ngang do xã bố trí, hoạt động đến 18 giờ hằng ngày.
P: Cầu sẽ được khai thác trở lại khi mực nước rút xuống dưới mức báo động một. Cơ quan chức năng đề nghị người dân không tự ý qua sông bằng thuyền nhỏ trong thời gian này.
"""

B["national-radio-detail"] = """
T: Kinh tế số đóng góp ngày càng lớn vào tăng trưởng của địa phương
L: Tỷ trọng kinh tế số trong tổng sản phẩm trên địa bàn của nhiều tỉnh đã vượt 10%, nhờ thương mại điện tử, thanh toán không dùng tiền mặt và các dịch vụ nền tảng phát triển nhanh.
P: Tại hội thảo về phát triển kinh tế số vùng diễn ra hôm qua, đại diện các địa phương cho biết số doanh nghiệp công nghệ số đăng ký mới tăng gần 30% so với năm trước. Phần lớn là doanh nghiệp nhỏ cung cấp phần mềm quản lý bán hàng, dịch vụ vận chuyển và tiếp thị trực tuyến.
P: Thanh toán không dùng tiền mặt phát triển mạnh ở cả khu vực nông thôn. Nhiều chợ, bến xe và bệnh viện tuyến huyện đã chấp nhận thanh toán bằng mã QR, trong khi học phí, tiền điện, tiền nước được thu chủ yếu qua ngân hàng.
F: Người dân thanh toán bằng mã QR tại chợ truyền thống.
P: Các chuyên gia cho rằng để kinh tế số phát triển bền vững, địa phương cần chú trọng hạ tầng dữ liệu, đào tạo nhân lực và bảo vệ người tiêu dùng trên môi trường mạng. Việc đo lường kinh tế số cũng cần thống nhất phương pháp để số liệu giữa các tỉnh có thể so sánh.
P: Phát biểu kết luận, lãnh đạo bộ chủ quản đề nghị các tỉnh xây dựng chỉ tiêu kinh tế số cụ thể cho từng ngành, gắn với trách nhiệm người đứng đầu.
P: Hội thảo cũng ghi nhận nhiều mô hình hay của các tỉnh bạn.
"""

B["zce-regional-daily"] = """
T: Trung tâm điều hành đô thị thông minh tiếp nhận hơn 20.000 phản ánh
L: Sau một năm vận hành, trung tâm điều hành đô thị thông minh của tỉnh đã tiếp nhận và chuyển xử lý hơn 20.000 phản ánh của người dân về hạ tầng, môi trường và trật tự đô thị.
P: Người dân có thể gửi phản ánh qua ứng dụng trên điện thoại, kèm hình ảnh và vị trí. Trung tâm phân loại, chuyển đến đơn vị phụ trách và theo dõi thời gian xử lý. Kết quả được công khai để người gửi đánh giá.
P: Các phản ánh nhiều nhất liên quan đến đèn chiếu sáng hỏng, rác thải tồn đọng và lấn chiếm vỉa hè. Tỷ lệ xử lý đúng hạn đạt 91%, cao hơn mục tiêu đề ra.
X: Tỉnh ra mắt ứng dụng công dân số phiên bản mới
F: Màn hình giám sát tại trung tâm điều hành đô thị thông minh.
H: Camera và dữ liệu mở
P: Hệ thống camera giám sát giao thông được kết nối với trung tâm, hỗ trợ điều tiết đèn tín hiệu vào giờ cao điểm. Một số bộ dữ liệu như chất lượng không khí và mực nước sông được công bố dưới dạng dữ liệu mở để doanh nghiệp, trường học khai thác.
P: Lãnh đạo tỉnh yêu cầu các sở, ngành không chỉ trả lời phản ánh mà phải phân tích dữ liệu để tìm nguyên nhân gốc, từ đó điều chỉnh kế hoạch đầu tư và bảo trì hạ tầng.
P: Trong năm tới, trung tâm sẽ tích hợp thêm dữ liệu về cấp nước, thu gom rác và bãi đỗ xe công cộng.
"""

B["zce-amp-daily"] = """
T: Hộ kinh doanh chuyển sang hóa đơn điện tử khởi tạo từ máy tính tiền
L: Hơn 5.000 hộ kinh doanh trên địa bàn đã đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, giúp minh bạch doanh thu và giảm thủ tục kê khai.
P: Cơ quan thuế cho biết hóa đơn được gửi dữ liệu về hệ thống ngay khi bán hàng, người mua có thể tra cứu bằng mã trên hóa đơn. Hộ kinh doanh không phải đăng ký từng lần phát hành như trước.
P: Nhiều cửa hàng ăn uống, tạp hóa ban đầu lo ngại chi phí đầu tư. Tuy nhiên, các nhà cung cấp phần mềm đã có gói miễn phí năm đầu, chỉ cần máy tính bảng hoặc điện thoại có kết nối mạng.
P: Chị Phạm Thu Nga, chủ một quán cà phê, cho biết sau ba tháng áp dụng, chị quản lý hàng tồn và doanh thu dễ hơn, cuối ngày chỉ cần xem báo cáo trên điện thoại.
P: Cục Thuế tỉnh tiếp tục tổ chức tập huấn tại các chợ, trung tâm thương mại và khuyến nghị người dân lấy hóa đơn khi mua hàng.
P: Theo đại diện Cục Thuế, việc chuyển đổi không làm phát sinh thêm nghĩa vụ thuế đối với hộ kinh doanh nộp thuế khoán. Dữ liệu hóa đơn chủ yếu giúp cơ quan quản lý nắm sát doanh thu thực tế, đồng thời là căn cứ để người mua hàng được bảo vệ quyền lợi khi có tranh chấp về chất lượng hay giá cả.
"""

B["court-law-weekly"] = """
T: Giao dịch điện tử trong hoạt động tư pháp: những điểm mới cần lưu ý
L: Luật Giao dịch điện tử sửa đổi có hiệu lực đã mở rộng phạm vi áp dụng, tạo cơ sở pháp lý cho việc nộp đơn khởi kiện, tống đạt văn bản và cung cấp chứng cứ bằng phương tiện điện tử.
P: Theo quy định mới, thông điệp dữ liệu có giá trị như văn bản nếu thông tin trong đó có thể truy cập và sử dụng được khi cần thiết. Chữ ký điện tử được chia thành chữ ký điện tử chuyên dùng, chữ ký số công cộng và chữ ký số chuyên dùng công vụ.
H: Tòa án nhận đơn trực tuyến
P: Nhiều tòa án đã cho phép đương sự nộp đơn khởi kiện và tài liệu kèm theo qua cổng dịch vụ công trực tuyến. Thông báo thụ lý, giấy triệu tập có thể gửi qua tài khoản điện tử mà đương sự đã đăng ký.
P: Các chuyên gia lưu ý chứng cứ điện tử như tin nhắn, thư điện tử hay dữ liệu từ camera cần được thu thập đúng cách, bảo đảm tính toàn vẹn. Đương sự nên lưu cả thông tin về thời điểm tạo lập và thiết bị lưu trữ.
U: Xác định rõ nguồn gốc của dữ liệu
U: Không chỉnh sửa, cắt ghép tệp gốc
U: Đề nghị lập vi bằng khi cần thiết
P: Việc ứng dụng giao dịch điện tử được kỳ vọng giảm chi phí đi lại, rút ngắn thời gian giải quyết vụ việc, đặc biệt với các tranh chấp thương mại có yếu tố nước ngoài.
"""

B["news-agency-brief"] = """
T: Doanh thu thương mại điện tử bán lẻ tăng 25% trong 9 tháng
L: Doanh thu thương mại điện tử bán lẻ chín tháng đầu năm ước đạt khoảng 20 tỷ USD, tăng 25% so với cùng kỳ năm trước.
P: Theo cơ quan quản lý, số người mua sắm trực tuyến tiếp tục tăng, tập trung vào các mặt hàng thời trang, đồ gia dụng và thực phẩm. Các sàn lớn chiếm phần lớn thị phần, trong khi bán hàng qua mạng xã hội và phát trực tiếp tăng trưởng nhanh.
P: Cơ quan quản lý cho biết sẽ tăng cường kiểm tra hàng giả, hàng kém chất lượng trên các nền tảng và đề nghị người tiêu dùng lựa chọn gian hàng có thông tin rõ ràng.
P: Nhiều doanh nghiệp nhỏ đã chuyển sang bán hàng đa kênh.
"""

B["public-security-detail"] = """
T: Kiểm tra an toàn phòng cháy tại các chung cư mini
L: Lực lượng cảnh sát phòng cháy, chữa cháy quận vừa kiểm tra 46 chung cư mini và nhà trọ nhiều tầng, phát hiện nhiều cơ sở chưa có lối thoát nạn thứ hai.
P: Tại một nhà trọ năm tầng, đoàn kiểm tra ghi nhận khu vực để xe ở tầng một chất nhiều đồ đạc, hệ thống báo cháy không hoạt động. Chủ nhà được yêu cầu khắc phục ngay và cam kết hoàn thành trong 15 ngày.
P: Cán bộ phòng cháy hướng dẫn cư dân cách sử dụng bình chữa cháy, mặt nạ lọc độc và kỹ năng thoát nạn khi có khói. Nhiều người thuê trọ lần đầu được thực hành, trước đây chưa biết vị trí bình chữa cháy trong tòa nhà.
F: Cán bộ cảnh sát phòng cháy hướng dẫn người dân sử dụng bình chữa cháy.
P: Qua kiểm tra, lực lượng chức năng đã xử phạt 12 cơ sở vi phạm, tạm đình chỉ hoạt động hai cơ sở không bảo đảm điều kiện an toàn. Quận yêu cầu các phường lập danh sách theo dõi và tái kiểm tra sau thời hạn khắc phục.
P: Người dân được khuyến cáo không sạc xe điện qua đêm trong nhà, thường xuyên kiểm tra hệ thống điện và lưu số điện thoại cứu hỏa 114.
P: Đợt kiểm tra sẽ tiếp tục được mở rộng sang các cơ sở kinh doanh karaoke và quán bar trên địa bàn.
"""

B["foreign-affairs-paper"] = """
T: Hợp tác số trong khu vực: cơ hội cho doanh nghiệp Việt Nam
L: Các thỏa thuận về kinh tế số đang được đàm phán trong khu vực mở ra cơ hội để doanh nghiệp Việt Nam tiếp cận thị trường rộng lớn, nhưng cũng đặt ra yêu cầu cao về bảo vệ dữ liệu và an ninh mạng.
P: Tại diễn đàn hợp tác số tổ chức tuần này, đại diện các nước nhấn mạnh việc hài hòa quy định về chữ ký điện tử, hóa đơn điện tử và thanh toán xuyên biên giới. Đây là điều kiện để doanh nghiệp nhỏ bán hàng sang nước láng giềng mà không vướng thủ tục phức tạp.
P: Việt Nam đề xuất thúc đẩy kết nối thanh toán bằng mã QR giữa các nước, hỗ trợ du khách và tiểu thương. Một số kết nối song phương đã đi vào hoạt động và được người dùng đón nhận.
H: Dữ liệu xuyên biên giới
P: Vấn đề được thảo luận nhiều là quy tắc chuyển dữ liệu cá nhân qua biên giới. Các chuyên gia cho rằng cần cân bằng giữa bảo vệ quyền riêng tư và tạo thuận lợi cho dòng chảy dữ liệu phục vụ thương mại.
P: Đại diện cơ quan ngoại giao cho biết Việt Nam sẵn sàng chia sẻ kinh nghiệm xây dựng cơ sở dữ liệu dân cư và định danh điện tử, đồng thời mong muốn nhận hỗ trợ kỹ thuật về đào tạo nhân lực an ninh mạng.
P: Diễn đàn kết thúc với tuyên bố chung về tăng cường hợp tác trong lĩnh vực trí tuệ nhân tạo có trách nhiệm.
"""

B["hourly-portal-sport"] = """
T: Đội tuyển futsal nữ giành vé vào bán kết giải Đông Nam Á
L: Thắng thuyết phục 4-1 trong trận cuối vòng bảng, đội tuyển futsal nữ Việt Nam giành vé vào bán kết với ngôi nhì bảng.
P: Ngay từ đầu trận, các cầu thủ Việt Nam chủ động kiểm soát bóng và tạo sức ép liên tục. Phút thứ tám, đội trưởng có pha dứt điểm chân trái mở tỷ số. Đối thủ gỡ hòa sau một tình huống phản công nhanh nhưng chỉ ít phút sau, tuyển Việt Nam lấy lại thế dẫn bàn.
P: Sang hiệp hai, ban huấn luyện thay đổi cách phòng ngự, dâng cao pressing. Hai bàn thắng liên tiếp trong vòng ba phút khép lại thế trận. Thủ môn Việt Nam cũng có nhiều pha cứu thua xuất sắc.
F: Niềm vui của các cầu thủ sau bàn thắng thứ tư.
P: Sau trận đấu, huấn luyện viên trưởng cho biết toàn đội đã thực hiện đúng đấu pháp và cần hồi phục thể lực tốt cho trận bán kết diễn ra sau hai ngày nữa.
P: Ở bán kết, đội tuyển futsal nữ Việt Nam sẽ gặp đội đứng đầu bảng còn lại, được đánh giá là đối thủ mạnh nhất giải.
P: Trước đó, ở hai lượt trận đầu, đội tuyển đã có một trận thắng và một trận thua sát nút. Người hâm mộ có mặt trên khán đài đã cổ vũ nhiệt tình suốt trận, nhiều cổ động viên còn mang theo cờ đỏ sao vàng và băng rôn cổ vũ các cô gái.
"""

B["singular-layout-daily"] = """
T: Người hưởng lương hưu nhận tiền qua tài khoản: thủ tục ra sao?
L: Từ đầu năm, cơ quan bảo hiểm xã hội khuyến khích người hưởng lương hưu, trợ cấp nhận tiền qua tài khoản ngân hàng. Nhiều cụ ông, cụ bà vẫn băn khoăn về thủ tục và độ an toàn.
P: Theo bảo hiểm xã hội quận, người hưởng chỉ cần mở tài khoản tại ngân hàng mang đúng tên mình, sau đó đăng ký thay đổi hình thức nhận tiền qua cổng dịch vụ công hoặc tại bưu điện. Thủ tục không mất phí và hoàn thành trong vài ngày.
P: Người hưởng sẽ nhận tiền ngay ngày chi trả đầu tiên của tháng, không phải xếp hàng tại điểm chi trả. Khi đã có tài khoản định danh điện tử mức hai, người hưởng có thể theo dõi quá trình nhận lương hưu trên ứng dụng.
H: Cảnh giác với cuộc gọi giả mạo
P: Cơ quan bảo hiểm xã hội khẳng định không bao giờ gọi điện yêu cầu cung cấp mã xác thực hay chuyển tiền. Con cháu nên giúp ông bà cài đặt ứng dụng, đặt giới hạn giao dịch và bật thông báo biến động số dư.
X: Hướng dẫn cài đặt ứng dụng định danh điện tử cho người cao tuổi
P: Ông Nguyễn Văn Tư, 78 tuổi, cho biết trước đây mỗi tháng phải đi gần ba cây số để nhận lương. Nay tiền về tài khoản, con gái giúp ông rút khi cần hoặc trả tiền điện ngay trên điện thoại.
P: Đến nay, khoảng 65% người hưởng trên địa bàn quận đã chuyển sang nhận qua tài khoản. Cơ quan bảo hiểm xã hội đặt mục tiêu nâng tỷ lệ này lên 80% vào cuối năm.
"""

B["fck-detail-mobile"] = """
T: Tổng đài trợ lý ảo trả lời thủ tục hành chính suốt 24 giờ
L: Tổng đài trợ lý ảo sử dụng trí tuệ nhân tạo vừa được thành phố đưa vào vận hành, trả lời các câu hỏi về thủ tục hành chính bằng giọng nói và tin nhắn.
P: Người dân gọi đến tổng đài hoặc nhắn tin qua ứng dụng trò chuyện để hỏi về hồ sơ cần chuẩn bị, lệ phí và nơi nộp. Trợ lý ảo được huấn luyện từ bộ câu hỏi thường gặp của bộ phận một cửa và văn bản pháp luật đã được chuẩn hóa.
P: Trong tuần đầu, hệ thống tiếp nhận hơn 9.000 lượt hỏi, phần lớn về khai sinh, đăng ký thường trú và cấp phép kinh doanh. Câu hỏi vượt khả năng sẽ được chuyển cho tổng đài viên trong giờ hành chính.
P: Đơn vị vận hành cho biết mọi cuộc gọi đều được ẩn danh trước khi dùng để cải thiện mô hình. Dữ liệu được lưu trên hạ tầng trong nước và không chia sẻ cho bên thứ ba.
P: Người dân có thể đánh giá câu trả lời sau mỗi lượt hỏi. Các câu trả lời bị chấm điểm thấp sẽ được cán bộ rà soát, chỉnh sửa hằng tuần.
P: Trong giai đoạn tiếp theo, thành phố dự kiến bổ sung khả năng nhận diện giọng nói các vùng miền và cho phép tra cứu tình trạng hồ sơ bằng mã số biên nhận.
"""

B["aspnet-province-daily"] = """
T: Tỉnh cấp miễn phí chứng thư chữ ký số cho người dân
L: Trong đợt cao điểm, tỉnh phối hợp với các doanh nghiệp viễn thông cấp miễn phí chứng thư chữ ký số cá nhân, giúp người dân ký hồ sơ điện tử khi nộp thủ tục trực tuyến.
P: Chữ ký số cá nhân được cấp dưới dạng ký từ xa, người dùng xác nhận trên điện thoại, không cần thiết bị cắm vào máy tính. Mỗi người được miễn phí thời gian sử dụng một năm đầu.
P: Tại các điểm tiếp nhận, đoàn viên thanh niên hỗ trợ người dân kê khai, chụp ảnh giấy tờ và kích hoạt dịch vụ. Trung bình mỗi trường hợp mất khoảng mười phút.
F: Đoàn viên hỗ trợ người dân đăng ký chữ ký số tại nhà văn hóa.
P: Với chữ ký số, người dân có thể tự ký tờ khai đăng ký kinh doanh, hồ sơ đất đai hay văn bản gửi ngân hàng. Nhiều thủ tục không cần đến cơ quan nhà nước để ký trực tiếp như trước.
P: Sở Khoa học và Công nghệ cho biết sẽ phối hợp với các huyện tổ chức thêm điểm cấp lưu động, ưu tiên các xã vùng sâu, vùng xa và khu công nghiệp đông công nhân.
P: Người dân có nhu cầu có thể liên hệ bộ phận một cửa cấp xã để được hướng dẫn chi tiết về giấy tờ cần mang theo. Đối với người cao tuổi, tổ hỗ trợ sẽ đến tận nhà theo lịch hẹn trước.
"""

B["aspnet-industry-weekly"] = """
T: Nhà máy dệt may đầu tư hệ thống quản lý sản xuất theo thời gian thực
L: Một doanh nghiệp dệt may tại khu công nghiệp phía Bắc vừa đưa vào sử dụng hệ thống quản lý sản xuất theo thời gian thực, giúp năng suất chuyền may tăng khoảng 12%.
P: Mỗi máy may được gắn bộ cảm biến đếm sản phẩm và thời gian dừng máy. Dữ liệu hiển thị trên màn hình lớn ở đầu chuyền và trên điện thoại của tổ trưởng, giúp phát hiện ngay công đoạn bị tắc.
P: Trước đây, số liệu sản xuất được ghi tay cuối ca, đến ngày hôm sau phòng kế hoạch mới tổng hợp xong. Nay lãnh đạo nhà máy có thể xem tình hình tất cả các chuyền bất kỳ lúc nào.
H: Chi phí và hiệu quả
P: Tổng vốn đầu tư cho giai đoạn một khoảng 6 tỷ đồng, dự kiến hoàn vốn sau hai năm. Công ty được hỗ trợ một phần kinh phí từ chương trình khuyến công và tư vấn của viện nghiên cứu chuyên ngành.
R: Chỉ số | Trước khi áp dụng | Sau khi áp dụng
R: Sản phẩm mỗi giờ trên chuyền | 410 | 460
R: Thời gian dừng máy mỗi ca | 52 phút | 31 phút
R: Tỷ lệ hàng lỗi | 3,1% | 2,2%
P: Ban giám đốc cho biết điều quan trọng nhất là thay đổi thói quen của công nhân và tổ trưởng. Công ty đã tổ chức nhiều buổi đào tạo ngắn ngay tại xưởng và đặt thưởng cho các chuyền cải tiến tốt.
P: Giai đoạn tiếp theo, doanh nghiệp sẽ kết nối hệ thống với phần mềm kế hoạch và kho, tiến tới quản lý đơn hàng từ khi nhận đến khi xuất khẩu.
"""
