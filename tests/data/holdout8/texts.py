"""Invented Vietnamese sentence pools for the holdout8 corpus (all text written for this set)."""

CDS = [
    "Năm nay, {tinh} đặt mục tiêu đưa {n}% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình.",
    "Theo báo cáo của {so}, toàn tỉnh đã có {m} tổ công nghệ số cộng đồng hoạt động tại các thôn, khu phố.",
    "Các tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng, tạo tài khoản và nộp hồ sơ trên Cổng dịch vụ công.",
    "Lãnh đạo địa phương cho biết khó khăn lớn nhất hiện nay là thói quen đến trực tiếp bộ phận một cửa của người cao tuổi.",
    "Hạ tầng cáp quang đã được kéo đến {n}% số thôn, bản, kể cả những khu vực vùng sâu trước đây chưa có sóng di động ổn định.",
    "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giúp cán bộ tra cứu nhanh hơn và giảm giấy tờ phải nộp lại nhiều lần.",
    "Trung tâm giám sát điều hành thông minh của tỉnh hiện kết nối dữ liệu từ {m} camera giao thông và hệ thống phản ánh hiện trường.",
    "Người dân có thể phản ánh về rác thải, đèn đường hay ngập úng qua ứng dụng trên điện thoại và theo dõi tiến độ xử lý.",
    "Chính quyền cấp xã được yêu cầu công khai thời hạn trả kết quả và xin lỗi người dân khi hồ sơ bị trễ hẹn.",
    "Tỷ lệ thanh toán trực tuyến phí, lệ phí trên Cổng dịch vụ công đã tăng gần gấp đôi so với cùng kỳ năm trước.",
    "Nhiều tiểu thương ở chợ truyền thống đã dán mã QR tại quầy hàng để khách chuyển khoản thay vì dùng tiền mặt.",
    "Ngân hàng và các đơn vị viễn thông phối hợp mở điểm hỗ trợ mở tài khoản, ví điện tử ngay tại nhà văn hóa thôn.",
    "Tài khoản định danh điện tử mức độ 2 cho phép người dân dùng ứng dụng thay cho nhiều loại giấy tờ khi làm thủ tục.",
    "Công an tỉnh đã tiếp nhận hơn {m} hồ sơ đề nghị cấp tài khoản định danh điện tử trong đợt cao điểm vừa qua.",
    "Dữ liệu dân cư được làm sạch giúp các sở, ngành không phải yêu cầu người dân cung cấp lại thông tin đã có.",
    "Hệ thống quản lý văn bản và điều hành đã được triển khai liên thông bốn cấp, từ tỉnh đến xã.",
    "Văn bản điện tử có ký số hiện chiếm trên {n}% tổng số văn bản trao đổi giữa các cơ quan nhà nước trên địa bàn.",
    "Nhiều cán bộ, công chức cấp xã vẫn còn lúng túng khi sử dụng chữ ký số và phần mềm một cửa điện tử.",
    "Tỉnh đã tổ chức {m} lớp tập huấn kỹ năng số cho cán bộ, công chức và thành viên tổ công nghệ số cộng đồng.",
    "Kinh tế số được xác định là động lực tăng trưởng mới, với mục tiêu đóng góp khoảng {n}% vào tổng sản phẩm trên địa bàn.",
    "Nhiều hợp tác xã đã đưa sản phẩm OCOP lên các sàn thương mại điện tử và bán hàng qua livestream.",
    "Doanh nghiệp nhỏ và vừa được hỗ trợ miễn phí phần mềm kế toán, hóa đơn điện tử trong năm đầu chuyển đổi.",
    "Các chuyên gia khuyến nghị địa phương cần chú trọng bảo đảm an toàn thông tin song song với mở rộng dịch vụ số.",
    "Trong năm, hệ thống giám sát đã phát hiện và ngăn chặn hàng trăm lượt tấn công nhằm vào các cổng thông tin của tỉnh.",
    "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh giúp kết nối các cơ sở dữ liệu chuyên ngành với cơ sở dữ liệu quốc gia.",
    "Ở lĩnh vực y tế, bệnh viện tuyến tỉnh đã triển khai bệnh án điện tử và thanh toán viện phí không dùng tiền mặt.",
    "Ngành giáo dục áp dụng học bạ số và thu học phí qua ngân hàng tại hầu hết các trường học trên địa bàn.",
    "Người dân xã {xa} giờ đây có thể đăng ký khai sinh cho con ngay tại nhà mà không phải đi lại nhiều lần.",
    "Theo kế hoạch, đến cuối năm, mỗi hộ gia đình sẽ có ít nhất một người biết sử dụng dịch vụ công trực tuyến.",
    "Sở cũng đề xuất bổ sung kinh phí thuê dịch vụ công nghệ thông tin thay cho đầu tư mua sắm thiết bị như trước.",
    "Một số thủ tục có số lượng hồ sơ lớn như cấp phiếu lý lịch tư pháp, đăng ký hộ kinh doanh được ưu tiên cắt giảm giấy tờ.",
    "Ứng dụng công dân số của tỉnh đã có hơn {m} lượt tải, tích hợp thông tin du lịch, y tế và tra cứu hồ sơ.",
    "Đại diện doanh nghiệp viễn thông cam kết hỗ trợ sim và thiết bị giá ưu đãi cho hộ nghèo, hộ cận nghèo.",
    "Chính quyền số không chỉ là đưa thủ tục lên mạng mà còn là thay đổi cách ra quyết định dựa trên dữ liệu.",
    "Hội nghị cũng chỉ ra tình trạng một số phần mềm chuyên ngành chưa kết nối được với hệ thống một cửa của tỉnh.",
    "Bộ chỉ số chuyển đổi số năm trước ghi nhận {tinh} tăng nhiều bậc, trong đó trụ cột xã hội số có mức tăng mạnh nhất.",
    "Tỉnh khuyến khích các xã xây dựng mô hình thôn thông minh với wifi công cộng, camera an ninh và loa truyền thanh số.",
    "Hệ thống loa truyền thanh ứng dụng công nghệ thông tin - viễn thông đã thay thế phần lớn loa không dây đời cũ.",
    "Người đứng đầu các cơ quan được yêu cầu trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số của đơn vị mình.",
    "Bên cạnh kết quả đạt được, chất lượng dữ liệu ở một số lĩnh vực như đất đai, hộ tịch vẫn chưa thật sự đồng bộ.",
]

HEADINGS_CDS = [
    "Đưa dịch vụ công đến gần người dân",
    "Hạ tầng số là nền tảng",
    "Dữ liệu phải đúng, đủ, sạch, sống",
    "Những điểm nghẽn cần tháo gỡ",
    "Nhiệm vụ trong thời gian tới",
    "Thanh toán không tiền mặt lan tỏa",
]

FESTIVAL = [
    "Lễ hội truyền thống năm nay thu hút hàng nghìn người dân và du khách từ các địa phương lân cận.",
    "Phần lễ gồm nghi thức rước kiệu, dâng hương tưởng niệm các bậc tiền nhân có công khai hoang lập ấp.",
    "Phần hội diễn ra sôi nổi với các trò chơi dân gian như kéo co, đánh đu, bịt mắt bắt dê và thi nấu cơm.",
    "Ban tổ chức bố trí lực lượng giữ gìn trật tự, trông giữ xe miễn phí và niêm yết giá dịch vụ công khai.",
    "Nhiều nghệ nhân cao tuổi tham gia trình diễn hát then, đàn tính, giới thiệu nét đẹp văn hóa của đồng bào.",
    "Các gian hàng ẩm thực giới thiệu món bánh chưng đen, xôi ngũ sắc và rượu men lá của địa phương.",
    "Lễ hội khép lại bằng đêm giao lưu văn nghệ và màn đốt lửa trại bên bờ sông.",
    "Chính quyền xã đề nghị người dân giữ gìn vệ sinh môi trường, không thả đèn trời trong khu vực di tích.",
]

ROAD = [
    "Dự án nâng cấp tuyến đường liên xã dài hơn {n} km đã chính thức khởi công sau nhiều năm chờ đợi.",
    "Tuyến đường được thiết kế mặt cắt rộng 9 m, kết cấu bê tông nhựa, có hệ thống thoát nước dọc hai bên.",
    "Tổng mức đầu tư của dự án khoảng {m} tỷ đồng từ nguồn ngân sách tỉnh và ngân sách huyện.",
    "Nhiều hộ dân đã tự nguyện hiến đất, tháo dỡ hàng rào để bàn giao mặt bằng sớm cho đơn vị thi công.",
    "Nhà thầu cam kết bố trí biển báo, đèn cảnh giới và tưới nước giảm bụi trong suốt quá trình thi công.",
    "Khi hoàn thành, tuyến đường sẽ rút ngắn thời gian vận chuyển nông sản từ vùng nguyên liệu ra quốc lộ.",
    "Ủy ban nhân dân huyện yêu cầu đơn vị tư vấn giám sát chặt chẽ chất lượng vật liệu đầu vào.",
    "Người dân mong muốn công trình sớm hoàn thành trước mùa mưa để việc đi lại được thuận tiện.",
]

SPORT = [
    "Giải bóng đá thanh niên các xã, thị trấn năm nay có {m} đội bóng tham dự, chia thành bốn bảng đấu.",
    "Trận chung kết diễn ra trên sân vận động trung tâm huyện trước sự cổ vũ nhiệt tình của hàng nghìn khán giả.",
    "Đội bóng xã {xa} giành chức vô địch sau loạt sút luân lưu căng thẳng với tỷ số 5-4.",
    "Ban tổ chức trao giải phong cách cho đội bóng có tinh thần thi đấu cao thượng nhất giải.",
    "Thủ môn của đội vô địch được bầu là cầu thủ xuất sắc nhất với nhiều pha cứu thua quan trọng.",
    "Giải đấu là dịp để phát hiện, bồi dưỡng các cầu thủ trẻ có năng khiếu cho đội tuyển của huyện.",
    "Bên lề giải, các đoàn viên thanh niên còn tổ chức quyên góp ủng hộ học sinh có hoàn cảnh khó khăn.",
]

BOAT = [
    "Giải đua thuyền truyền thống trên sông thu hút {m} đội thuyền nam và nữ đến từ các phường, xã ven sông.",
    "Mỗi thuyền có 22 tay chèo, thi đấu ở cự ly 1.000 m đối với nam và 800 m đối với nữ.",
    "Hai bên bờ sông chật kín người dân đến cổ vũ, tiếng trống chiêng vang lên suốt buổi chiều.",
    "Đội thuyền nam phường {xa} về nhất sau khi vượt lên ở những mét cuối cùng.",
    "Ban tổ chức bố trí ca nô cứu hộ, áo phao và lực lượng y tế trực tại đường đua.",
    "Đây là hoạt động văn hóa, thể thao được người dân chờ đón mỗi dịp lễ hội mùa nước.",
]

NAMES = [
    "Nguyễn Thị Hồng Nhung", "Trần Minh Khôi", "Lê Quang Vĩnh", "Phạm Thu Trang", "Hoàng Đức Anh",
    "Vũ Ngọc Bích", "Đặng Văn Tuấn", "Bùi Thanh Hà", "Đỗ Hải Yến", "Hồ Sĩ Lâm", "Ngô Bảo Châu Anh",
    "Dương Thế Phong", "Lý Kim Oanh", "Mai Xuân Trường", "Tạ Quỳnh Như", "Châu Gia Huy",
    "Kiều Mạnh Dũng", "Lưu Thị Nguyệt", "Phan Văn Khải Minh", "Trịnh Tuyết Mai",
]

PROVINCES = [
    "Quảng Trị", "Hà Giang", "Bình Phước", "Thái Bình", "Sóc Trăng", "Kon Tum", "Ninh Thuận",
    "Tuyên Quang", "Hậu Giang", "Phú Yên", "Lạng Sơn", "Bắc Kạn", "Trà Vinh", "Yên Bái",
]

COMMUNES = ["Tân Lập", "Hòa Bình", "Quyết Thắng", "Phú Mỹ", "Đông Hưng", "Thạch Bàn", "Xuân Lộc", "An Thạnh"]

SIDEBAR_TITLES = [
    "Tập huấn sử dụng chữ ký số cho cán bộ cấp xã",
    "Ra mắt mô hình chợ 4.0 tại thị trấn",
    "Hội nghị sơ kết công tác cải cách hành chính 9 tháng",
    "Công bố danh mục thủ tục hành chính mới ban hành",
    "Khai giảng lớp bồi dưỡng kỹ năng số cho thanh niên",
    "Cảnh báo thủ đoạn lừa đảo qua tin nhắn mạo danh",
    "Triển khai bệnh án điện tử tại trung tâm y tế huyện",
    "Đẩy mạnh thu học phí không dùng tiền mặt",
    "Phát động cuộc thi tìm hiểu pháp luật trực tuyến",
    "Kiểm tra tiến độ các dự án hạ tầng số",
    "Nông dân học cách bán hàng trên sàn thương mại điện tử",
    "Ký kết hợp tác phát triển đô thị thông minh",
    "Thí điểm cấp giấy phép lái xe trên môi trường điện tử",
    "Ngày hội chuyển đổi số tại các trường học",
    "Số hóa sổ hộ tịch giai đoạn 2",
    "Hướng dẫn tích hợp giấy phép lái xe vào ứng dụng định danh",
    "Giao ban công tác thông tin đối ngoại quý IV",
    "Tổng kết phong trào thi đua yêu nước năm 2026",
]

TEASERS = [
    "Hội nghị đánh giá kết quả triển khai các nhiệm vụ trọng tâm và đề ra giải pháp cho những tháng cuối năm.",
    "Mô hình mới giúp người dân tiết kiệm thời gian, chi phí đi lại khi thực hiện thủ tục hành chính.",
    "Hơn 200 học viên tham gia khóa học do sở phối hợp với doanh nghiệp viễn thông tổ chức.",
    "Cơ quan chức năng khuyến cáo người dân không cung cấp mã OTP, không bấm vào đường link lạ.",
    "Địa phương đặt mục tiêu hoàn thành việc số hóa trước quý II năm sau.",
    "Chương trình nhận được sự hưởng ứng của đông đảo đoàn viên, thanh niên trên địa bàn.",
]
