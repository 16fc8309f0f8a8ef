# All article text below was written for this corpus; it is fictional.
# DSL: T title, L lead, P paragraph, H subheading, U list item, R table row (cells " | "),
# F figure caption, X inline related link title.

A = {}

A["women-paper-desk"] = """
T: Chị em tiểu thương chợ Đông Ba học cách bán hàng qua livestream
L: Sau ba tháng tham gia lớp tập huấn kỹ năng số do Hội Liên hiệp Phụ nữ phường tổ chức, hơn 120 chị em tiểu thương đã tự mở gian hàng trực tuyến và nhận thanh toán bằng mã QR.
P: Sáng sớm, khi chợ còn chưa đông khách, chị Lê Thị Hoa đã dựng chiếc điện thoại lên giá đỡ ngay cạnh sạp mè xửng. Chị vừa cân hàng vừa trò chuyện với người xem ở tận Đà Nẵng, Sài Gòn. Chỉ hơn một giờ phát trực tiếp, chị chốt được gần bốn mươi đơn, nhiều hơn số hàng bán tại sạp trong cả buổi sáng.
P: Lớp học được Hội Phụ nữ phối hợp với một doanh nghiệp viễn thông mở từ tháng Tám. Mỗi buổi kéo dài chín mươi phút, tổ chức vào giờ trưa để chị em không phải bỏ sạp. Nội dung gồm cách chụp ảnh sản phẩm, viết mô tả ngắn, đóng gói gửi đi xa và cách nhận diện các chiêu lừa đảo qua mạng.
F: Tiểu thương chợ Đông Ba phát trực tiếp giới thiệu đặc sản. Ảnh: Minh Thư
H: Từ e ngại đến chủ động
P: Ban đầu, nhiều chị em ngại đứng trước ống kính, sợ nói sai, sợ bị chê. Cán bộ hội đã chia lớp thành từng nhóm nhỏ, người trẻ kèm người lớn tuổi. Sau vài tuần, chính những người từng rụt rè nhất lại trở thành người hướng dẫn cho các bạn hàng mới tham gia.
X: Phụ nữ vùng cao làm du lịch cộng đồng nhờ mạng xã hội
X: Chương trình hỗ trợ phụ nữ khởi nghiệp năm 2024 nhận hồ sơ trực tuyến
P: Bà Trần Thị Lành, Chủ tịch Hội Phụ nữ phường, cho biết đến nay 96% sạp hàng của hội viên đã có mã QR thanh toán. Hội đang đề xuất thành phố hỗ trợ thêm thiết bị ghi hình và một điểm phát sóng chung đặt ở tầng hai của chợ để chị em dùng luân phiên.
P: Theo kế hoạch, mô hình sẽ được nhân rộng ra bốn chợ truyền thống khác trong năm tới, gắn với chương trình đưa hộ kinh doanh nhỏ lên sàn thương mại điện tử của tỉnh.
"""

A["border-guard-paper"] = """
T: Đồn Biên phòng cửa khẩu hoàn thành thu nhận căn cước cho cư dân vùng biên
L: Chỉ trong hai tháng, tổ công tác liên ngành đã đến từng bản xa để thu nhận hồ sơ cấp căn cước và kích hoạt tài khoản định danh điện tử cho gần 3.400 người dân khu vực biên giới.
P: Đường vào bản Nậm Khao mùa mưa trơn trượt, có đoạn phải đi bộ gần hai cây số. Tổ công tác gồm cán bộ đồn biên phòng, công an xã và đoàn viên thanh niên mang theo máy thu nhận vân tay, máy phát điện nhỏ và bộ phát sóng di động để làm việc ngay tại nhà văn hóa bản.
P: Với những cụ già không thể đi lại, cán bộ đến tận nhà. Trung tá Lò Văn Thắng, Chính trị viên đồn, cho biết đơn vị lập danh sách từng hộ, đánh dấu người già, người khuyết tật và học sinh đi học xa để bố trí thời gian phù hợp, không để sót một ai.
F: Cán bộ biên phòng hướng dẫn người dân kích hoạt tài khoản định danh điện tử.
P: Sau khi có tài khoản định danh mức hai, người dân trong bản có thể tra cứu chế độ bảo hiểm y tế, nhận tiền hỗ trợ qua tài khoản và khai báo tạm trú mà không phải xuống trung tâm xã. Nhiều thanh niên còn được hướng dẫn cài đặt ứng dụng để giúp cha mẹ làm thủ tục.
P: Đồn cũng lập nhóm trực tuyến “Biên phòng với dân bản” để giải đáp thắc mắc về giấy tờ, hướng dẫn phòng tránh lừa đảo qua điện thoại. Mỗi tuần nhóm nhận hàng chục câu hỏi, phần lớn được trả lời ngay trong ngày.
P: Theo kế hoạch của Bộ đội Biên phòng tỉnh, mô hình tổ công tác lưu động sẽ tiếp tục được duy trì ở các xã biên giới còn lại đến hết quý IV, góp phần thực hiện Đề án 06 của Chính phủ.
"""

A["science-popular-site"] = """
T: Mô hình ngôn ngữ tiếng Việt cỡ nhỏ chạy được trên máy tính cá nhân
L: Một nhóm nghiên cứu trong nước vừa công bố mô hình ngôn ngữ khoảng ba tỷ tham số, được huấn luyện chủ yếu bằng dữ liệu tiếng Việt và có thể chạy ngoại tuyến trên máy tính xách tay phổ thông.
P: Khác với các mô hình khổng lồ cần hàng trăm bộ xử lý đồ họa, mô hình mới được thiết kế để tiết kiệm bộ nhớ. Nhóm nghiên cứu áp dụng kỹ thuật lượng tử hóa, giảm độ chính xác của các trọng số xuống bốn bit mà vẫn giữ được phần lớn khả năng hiểu câu hỏi.
H: Dữ liệu là chìa khóa
P: Theo nhóm tác giả, khó khăn lớn nhất không nằm ở thuật toán mà ở dữ liệu. Văn bản tiếng Việt chất lượng cao trên mạng còn ít, nhiều trang bị trùng lặp hoặc sai chính tả. Nhóm đã xây dựng bộ lọc riêng để loại bỏ nội dung rác, giữ lại sách giáo khoa mở, văn bản pháp luật và các bài viết khoa học phổ thông.
F: Giao diện thử nghiệm mô hình trên máy tính xách tay.
P: Trong các bài kiểm tra đọc hiểu, mô hình trả lời đúng khoảng 71% câu hỏi, thấp hơn các hệ thống thương mại lớn nhưng vượt trội so với các mô hình cùng cỡ được huấn luyện bằng tiếng Anh rồi dịch sang.
U: Chạy ngoại tuyến, không cần gửi dữ liệu ra ngoài
U: Dung lượng khoảng 2 GB sau khi nén
U: Phù hợp cho trường học và cơ quan có yêu cầu bảo mật
P: Các nhà khoa học cho biết mô hình vẫn còn mắc lỗi khi làm toán nhiều bước và đôi khi bịa ra thông tin. Vì vậy, người dùng cần kiểm chứng kết quả, đặc biệt với các nội dung liên quan đến sức khỏe và pháp lý.
P: Nhóm dự kiến công bố mã nguồn và bộ dữ liệu đánh giá vào đầu năm sau để cộng đồng cùng góp ý, cải tiến.
"""

A["construction-trade-paper"] = """
T: Cấp phép xây dựng trực tuyến: hồ sơ giảm một nửa thời gian chờ
L: Từ khi chuyển sang tiếp nhận hồ sơ cấp phép xây dựng nhà ở riêng lẻ hoàn toàn qua mạng, thời gian giải quyết trung bình tại thành phố đã rút từ 15 ngày xuống còn 7 ngày làm việc.
P: Người dân chỉ cần đăng nhập cổng dịch vụ công bằng tài khoản định danh điện tử, tải lên bản vẽ và giấy tờ đất đã được chứng thực điện tử. Hệ thống tự kiểm tra thông tin quy hoạch của thửa đất và cảnh báo ngay nếu công trình vượt chiều cao cho phép.
F: Cán bộ Sở Xây dựng kiểm tra hồ sơ cấp phép trên hệ thống.
P: Ông Đặng Quốc Việt, Phó Giám đốc Sở Xây dựng, cho biết bản đồ quy hoạch chi tiết tỷ lệ 1/500 đã được số hóa cho 80% diện tích nội thành. Nhờ đó, cán bộ thẩm định không phải tra cứu hồ sơ giấy, giảm đáng kể sai sót và tình trạng yêu cầu bổ sung nhiều lần.
H: Số liệu sau sáu tháng
R: Chỉ tiêu | Trước khi áp dụng | Sau sáu tháng
R: Thời gian giải quyết trung bình | 15 ngày | 7 ngày
R: Tỷ lệ hồ sơ phải bổ sung | 38% | 12%
R: Tỷ lệ hồ sơ nộp trực tuyến | 21% | 93%
P: Tuy vậy, một số người dân lớn tuổi vẫn gặp khó khi số hóa bản vẽ. Các phường đã bố trí tổ hỗ trợ tại bộ phận một cửa, giúp quét tài liệu và nộp hồ sơ miễn phí.
P: Sở Xây dựng đang đề xuất mở rộng quy trình trực tuyến cho công trình cải tạo, sửa chữa và tiến tới liên thông với cơ quan thuế để người dân nộp lệ phí ngay trên hệ thống.
"""

A["student-paper-site"] = """
T: Sinh viên năm nhất phải hoàn thành học phần kỹ năng số
L: Bắt đầu từ năm học này, nhiều trường đại học đưa học phần kỹ năng số vào chương trình bắt buộc, giúp sinh viên làm quen với an toàn thông tin, khai thác dữ liệu và sử dụng công cụ trí tuệ nhân tạo có trách nhiệm.
P: Học phần gồm hai tín chỉ, học theo hình thức kết hợp trực tiếp và trực tuyến. Sinh viên được thực hành tạo mật khẩu mạnh, bật xác thực hai lớp, nhận diện thư giả mạo và quản lý dấu vết cá nhân trên mạng xã hội.
P: Ở phần dữ liệu, các bạn học cách làm sạch một bảng tính, vẽ biểu đồ đơn giản và đọc hiểu số liệu thống kê trên báo chí. Giảng viên yêu cầu mỗi nhóm chọn một vấn đề của ký túc xá, như tiền điện hay giờ giấc, rồi thu thập số liệu để đề xuất giải pháp.
F: Sinh viên thực hành trong giờ học kỹ năng số.
P: Nội dung được sinh viên quan tâm nhất là sử dụng trí tuệ nhân tạo trong học tập. Nhà trường hướng dẫn rõ khi nào được dùng công cụ để gợi ý ý tưởng, khi nào phải ghi nguồn và những trường hợp bị coi là gian lận trong thi cử.
P: Nguyễn Hải Đăng, sinh viên ngành kế toán, chia sẻ trước đây em chỉ dùng điện thoại để lướt mạng xã hội. Sau vài buổi học, em đã tự lập bảng theo dõi chi tiêu hằng tháng và biết kiểm tra một đường link trước khi bấm vào.
P: Đại diện phòng đào tạo cho biết kết quả học phần sẽ được ghi vào hồ sơ năng lực số của sinh viên, làm căn cứ cho các chương trình thực tập tại doanh nghiệp công nghệ.
"""

A["military-region-paper"] = """
T: Đơn vị huấn luyện dự bị động viên ứng dụng phần mềm quản lý quân nhân
L: Bộ Chỉ huy Quân sự tỉnh vừa đưa vào sử dụng phần mềm quản lý quân nhân dự bị, thay thế sổ sách giấy tại các ban chỉ huy quân sự cấp xã.
P: Trước đây, việc cập nhật thông tin quân nhân dự bị phải làm thủ công qua nhiều cấp, mỗi lần rà soát mất hàng tuần. Có xã phải lưu hàng chục cuốn sổ, thông tin thay đổi nơi cư trú hay nghề nghiệp thường không được ghi kịp.
P: Phần mềm mới cho phép ban chỉ huy quân sự xã nhập thông tin ngay khi có biến động, đồng bộ lên cấp huyện và cấp tỉnh. Dữ liệu được đối chiếu với cơ sở dữ liệu dân cư, giúp phát hiện trường hợp trùng lặp hoặc sai lệch năm sinh.
F: Cán bộ ban chỉ huy quân sự xã cập nhật dữ liệu trên phần mềm.
P: Để bảo đảm bí mật quân sự, hệ thống chỉ chạy trên mạng truyền số liệu chuyên dùng, mỗi tài khoản được cấp quyền theo chức trách. Cán bộ nhập liệu được tập huấn về an toàn thông tin và ký cam kết không sao chép dữ liệu ra ngoài.
P: Trong đợt kiểm tra sẵn sàng động viên vừa qua, thời gian tổng hợp báo cáo quân số của toàn tỉnh rút từ năm ngày xuống còn một buổi. Lãnh đạo Bộ Chỉ huy đánh giá đây là bước quan trọng trong chuyển đổi số của lực lượng vũ trang địa phương.
P: Thời gian tới, đơn vị tiếp tục bổ sung chức năng quản lý phương tiện kỹ thuật huy động từ nền kinh tế và kết nối với phần mềm huấn luyện.
"""

A["farmers-paper"] = """
T: Nông dân đồng bằng thu hoạch lúa thu đông được giá
L: Vụ lúa thu đông năm nay thuận lợi, năng suất bình quân đạt 5,8 tấn mỗi héc ta, giá bán tại ruộng cao hơn cùng kỳ khoảng 800 đồng mỗi ký.
P: Trên cánh đồng ấp Tân Hòa, máy gặt đập liên hợp hoạt động từ sáng sớm. Ông Sáu Lợi, người có gần ba héc ta lúa, cho biết thương lái đặt cọc từ khi lúa còn ngậm sữa nên gia đình không phải lo đầu ra.
P: Theo ngành nông nghiệp huyện, nhờ chủ động lịch xuống giống né lũ và sử dụng giống lúa chịu phèn, diện tích bị thiệt hại do mưa bão năm nay giảm mạnh. Nhiều hợp tác xã còn áp dụng kỹ thuật giảm lượng giống gieo sạ, tiết kiệm chi phí phân bón.
F: Máy gặt đập liên hợp thu hoạch lúa thu đông.
P: Tuy nhiên, giá vật tư vẫn ở mức cao khiến lợi nhuận của nông dân chưa tăng tương xứng. Một số hộ thuê đất sản xuất cho biết sau khi trừ chi phí, tiền lãi chỉ khoảng mười triệu đồng mỗi héc ta.
P: Ngành nông nghiệp khuyến cáo bà con sau thu hoạch nên xử lý rơm rạ để trồng nấm hoặc làm phân hữu cơ thay vì đốt đồng, đồng thời vệ sinh đồng ruộng, chuẩn bị cho vụ đông xuân sắp tới.
P: Dự kiến đến cuối tháng, toàn huyện sẽ thu hoạch xong hơn 12.000 héc ta lúa thu đông.
"""

A["city-security-paper"] = """
T: Công an phường hỗ trợ người dân tích hợp giấy phép lái xe vào ứng dụng định danh
L: Trong tuần qua, Công an phường Lạch Tray đã hướng dẫn hơn 600 lượt người dân tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào ứng dụng định danh điện tử.
P: Điểm hỗ trợ được đặt tại trụ sở công an phường, mở cửa cả sáng thứ Bảy. Cán bộ kiểm tra thông tin, hướng dẫn người dân cập nhật ứng dụng và xác nhận giấy tờ ngay tại chỗ.
P: Khi đã tích hợp, người điều khiển phương tiện có thể xuất trình giấy phép lái xe trên điện thoại khi lực lượng chức năng yêu cầu. Công an phường khuyến cáo người dân tuyệt đối không cung cấp mã xác thực cho bất kỳ ai qua điện thoại.
P: Dự kiến điểm hỗ trợ sẽ duy trì đến hết tháng sau.
"""
