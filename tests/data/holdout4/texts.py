"""Invented Vietnamese prose for the holdout4 corpus (all text written for this set)."""

# Paragraph pool about digital transformation; {p} = province, {u} = unit name.
REL = [
    "Theo báo cáo của {u}, trong năm qua toàn tỉnh {p} đã tiếp nhận hơn 48.600 hồ sơ trực tuyến toàn trình, tăng gần gấp đôi so với cùng kỳ. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97,4%, trong đó nhiều thủ tục liên quan đến đất đai, hộ tịch và đăng ký kinh doanh đã được rút ngắn thời gian xử lý từ năm ngày xuống còn hai ngày làm việc.",
    "Một trong những điểm nghẽn lớn nhất được chỉ ra tại hội nghị là dữ liệu giữa các sở, ngành vẫn chưa được kết nối đồng bộ. Nhiều cán bộ một cửa vẫn phải nhập lại thông tin mà người dân đã cung cấp ở khâu trước, khiến thời gian chờ kéo dài và dễ phát sinh sai sót trong quá trình đối chiếu hồ sơ.",
    "Để khắc phục tình trạng này, tỉnh {p} đặt mục tiêu hoàn thành kho dữ liệu dùng chung trước tháng 10, tích hợp dữ liệu dân cư, đất đai, doanh nghiệp và an sinh xã hội. Các đơn vị được yêu cầu chuẩn hóa danh mục, gắn mã định danh cho từng bản ghi và công bố danh sách dữ liệu mở theo từng quý.",
    "Tại các xã vùng sâu, tổ công nghệ số cộng đồng tiếp tục là lực lượng nòng cốt. Mỗi tổ gồm công an viên, đoàn viên thanh niên và cán bộ văn hóa xã, đến từng thôn để hướng dẫn bà con cài đặt ứng dụng định danh điện tử, thanh toán hóa đơn điện nước và nộp hồ sơ trực tuyến ngay trên điện thoại.",
    "Ông Lương Văn Khải, một nông dân trồng cà phê ở thôn 5, cho biết trước đây mỗi lần làm giấy tờ ông phải đi gần hai mươi cây số lên trung tâm huyện. Từ khi được các bạn trẻ trong tổ công nghệ số hướng dẫn, ông đã tự nộp hồ sơ xin cấp đổi sổ đỏ tại nhà và nhận kết quả qua đường bưu điện.",
    "Về hạ tầng, đến nay 100% thôn, bản trên địa bàn đã có sóng di động băng rộng, hơn 82% hộ gia đình sử dụng cáp quang. Các doanh nghiệp viễn thông cam kết lắp thêm 140 trạm phát sóng tại những khu vực còn lõm sóng, ưu tiên điểm trường và trạm y tế xã trong sáu tháng cuối năm.",
    "Bà Trịnh Thị Mai Hương, Giám đốc {u}, nhấn mạnh rằng chuyển đổi số không chỉ là mua sắm thiết bị hay xây dựng phần mềm. Theo bà, điều quan trọng nhất là thay đổi cách làm việc của đội ngũ cán bộ, để mỗi quy trình được thiết kế lại xoay quanh nhu cầu của người dân và doanh nghiệp.",
    "Trong lĩnh vực y tế, các bệnh viện tuyến tỉnh đã triển khai bệnh án điện tử cho toàn bộ khoa lâm sàng. Người bệnh có thể đặt lịch khám qua ứng dụng, thanh toán viện phí không dùng tiền mặt và tra cứu kết quả xét nghiệm mà không cần quay lại bệnh viện, giúp giảm đáng kể cảnh xếp hàng vào buổi sáng.",
    "Ngành giáo dục {p} cũng ghi nhận nhiều chuyển biến khi toàn bộ trường học đã sử dụng sổ liên lạc điện tử và học bạ số. Phụ huynh nhận thông báo điểm, lịch học và khoản thu qua ứng dụng, trong khi giáo viên giảm được phần lớn thời gian ghi chép sổ sách thủ công vào cuối mỗi học kỳ.",
    "Đối với kinh tế số, sàn thương mại điện tử của tỉnh hiện có hơn 1.250 gian hàng, chủ yếu là sản phẩm OCOP như mật ong, chè, gạo đặc sản và đồ thủ công mỹ nghệ. Doanh thu qua sàn trong chín tháng đạt khoảng 37 tỷ đồng, gấp ba lần năm trước, nhờ các đợt livestream bán hàng do đoàn thanh niên tổ chức.",
    "Dù vậy, các đại biểu thẳng thắn thừa nhận năng lực an toàn thông tin tại nhiều cơ quan cấp huyện còn hạn chế. Có đơn vị vẫn dùng chung một tài khoản cho nhiều người, mật khẩu không thay đổi trong thời gian dài và máy tính chưa được cài phần mềm phòng chống mã độc có bản quyền.",
    "Trung tâm giám sát, điều hành đô thị thông minh của tỉnh đã kết nối với hơn 600 camera an ninh, hệ thống quan trắc môi trường và đường dây nóng phản ánh hiện trường. Mỗi phản ánh của người dân được chuyển tự động đến đơn vị phụ trách, kèm thời hạn xử lý và kết quả công khai trên ứng dụng.",
    "Trong quý vừa qua, ứng dụng phản ánh hiện trường đã tiếp nhận 3.912 ý kiến, phần lớn liên quan đến rác thải, đèn chiếu sáng hỏng và lấn chiếm vỉa hè. Tỷ lệ phản ánh được xử lý xong đạt 91%, thời gian trung bình từ khi tiếp nhận đến khi có kết quả là khoảng bốn mươi giờ.",
    "Lãnh đạo {u} cho biết đơn vị sẽ tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã theo hình thức cầm tay chỉ việc. Mỗi lớp kéo dài ba ngày, tập trung vào khai thác cơ sở dữ liệu, ký số văn bản, xử lý hồ sơ trên hệ thống một cửa điện tử và bảo vệ thông tin cá nhân của người dân.",
    "Việc thanh toán không dùng tiền mặt cũng được đẩy mạnh tại chợ truyền thống. Tiểu thương được hỗ trợ in mã QR miễn phí, nhiều người bán rau, bán cá đã quen với việc nhận tiền qua điện thoại. Một số chợ ở thành phố thí điểm thu phí vệ sinh và phí chỗ ngồi hoàn toàn qua tài khoản ngân hàng.",
    "Theo kế hoạch, đến năm 2027 tỉnh phấn đấu có ít nhất 80% hồ sơ thủ tục hành chính được số hóa kết quả, 70% người trưởng thành có chữ ký số cá nhân và kinh tế số đóng góp khoảng 15% tổng sản phẩm trên địa bàn. Đây là những chỉ tiêu được đánh giá là khó nhưng có cơ sở để hoàn thành.",
    "Nhiều doanh nghiệp nhỏ cho biết chi phí thuê phần mềm kế toán, hóa đơn điện tử và quản lý bán hàng vẫn là gánh nặng. Hiệp hội doanh nghiệp tỉnh đề xuất có gói hỗ trợ dùng thử miễn phí trong một năm, đồng thời mở thêm các khóa đào tạo ngắn hạn về quản trị số cho chủ hộ kinh doanh.",
    "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Đặng Quốc Thịnh đề nghị người đứng đầu các cơ quan phải trực tiếp chịu trách nhiệm về kết quả chuyển đổi số của đơn vị mình. Những nơi để hồ sơ trực tuyến quá hạn nhiều lần sẽ bị nêu tên trong giao ban hằng tháng.",
    "Hệ thống họp trực tuyến đã được nối thông từ tỉnh xuống 100% xã, phường, thị trấn. Riêng trong năm, tỉnh tổ chức hơn 230 cuộc họp theo hình thức này, tiết kiệm đáng kể chi phí đi lại và thời gian của cán bộ cơ sở, nhất là ở các huyện miền núi cách xa trung tâm.",
    "Ở lĩnh vực nông nghiệp, một số hợp tác xã đã gắn mã truy xuất nguồn gốc cho sản phẩm, ghi lại nhật ký canh tác trên điện thoại. Người mua chỉ cần quét mã là biết lô hàng được trồng ở đâu, bón phân gì và thu hoạch vào ngày nào, qua đó nâng giá trị nông sản khi đưa vào siêu thị.",
    "Cổng dịch vụ công của tỉnh vừa được nâng cấp giao diện, cho phép đăng nhập một lần bằng tài khoản định danh điện tử mức độ hai. Thông tin cá nhân được điền sẵn từ cơ sở dữ liệu quốc gia về dân cư, người dân chỉ cần bổ sung những trường còn thiếu và tải lên giấy tờ cần thiết.",
    "Đáng chú ý, lần đầu tiên tỉnh công bố bộ chỉ số đánh giá mức độ chuyển đổi số cấp xã. Các tiêu chí bao gồm tỷ lệ hồ sơ trực tuyến, mức độ sử dụng văn bản điện tử, số hộ dân có tài khoản thanh toán và chất lượng trang thông tin điện tử của xã. Kết quả được dùng làm căn cứ thi đua cuối năm.",
    "Trao đổi với phóng viên, anh Hồ Minh Triết, cán bộ tư pháp xã, cho biết khối lượng công việc ban đầu tăng lên vì phải vừa làm giấy vừa làm trên máy. Tuy nhiên sau vài tháng, khi người dân quen dần với cách nộp hồ sơ mới, áp lực tại bộ phận một cửa đã giảm rõ rệt.",
    "Về dữ liệu mở, {u} đã công bố 46 bộ dữ liệu, gồm danh sách cơ sở lưu trú, điểm du lịch, trường học, cơ sở y tế và giá đất. Các doanh nghiệp khởi nghiệp có thể khai thác miễn phí để xây dựng ứng dụng bản đồ, đặt phòng hay tư vấn tuyển sinh cho học sinh địa phương.",
    "Trong khuôn khổ chương trình, 35 doanh nghiệp công nghệ đã giới thiệu giải pháp về chính quyền số, giáo dục số và nông nghiệp thông minh. Nhiều giải pháp do kỹ sư trẻ trong tỉnh phát triển, được đánh giá phù hợp với điều kiện thực tế và chi phí thấp hơn so với sản phẩm nhập khẩu.",
    "Các chuyên gia khuyến nghị tỉnh cần sớm ban hành quy chế quản lý, chia sẻ dữ liệu, trong đó quy định rõ trách nhiệm của đơn vị sở hữu dữ liệu và đơn vị khai thác. Nếu thiếu hành lang pháp lý, việc kết nối sẽ chỉ dừng ở mức thí điểm và khó nhân rộng ra toàn hệ thống.",
    "Bên cạnh đó, việc tuyên truyền cần đi vào chiều sâu hơn. Thay vì chỉ treo băng rôn, khẩu hiệu, các xã được khuyến khích làm video ngắn bằng tiếng dân tộc, phát trên loa truyền thanh và nhóm mạng xã hội của thôn để người cao tuổi dễ tiếp cận hướng dẫn sử dụng dịch vụ công.",
    "Kết thúc đợt kiểm tra, đoàn công tác ghi nhận 14 đơn vị hoàn thành tốt nhiệm vụ, 5 đơn vị còn chậm tiến độ trong việc số hóa hồ sơ lưu trữ. Các đơn vị này được yêu cầu xây dựng kế hoạch khắc phục, báo cáo kết quả trước ngày 30 của tháng tiếp theo.",
    "Theo đánh giá của {u}, mô hình trợ lý ảo trả lời câu hỏi về thủ tục hành chính đã phát huy hiệu quả bước đầu. Trong ba tháng thử nghiệm, trợ lý ảo trả lời hơn 21.000 lượt hỏi, phần lớn về cấp căn cước, đăng ký khai sinh và chuyển đổi mục đích sử dụng đất.",
    "Năm nay, tỉnh dành khoảng 186 tỷ đồng cho các dự án công nghệ thông tin, tập trung vào trung tâm dữ liệu, nền tảng tích hợp và hệ thống bảo đảm an toàn thông tin. Nguồn vốn được phân bổ theo thứ tự ưu tiên, dự án nào chậm giải ngân sẽ bị điều chuyển cho dự án khác.",
    "Tại {p}, nhiều thôn đã lập nhóm trên ứng dụng nhắn tin để trưởng thôn đăng thông báo họp dân, lịch tiêm chủng và hướng dẫn thủ tục. Cách làm đơn giản này giúp thông tin đến từng hộ nhanh hơn so với việc đi gõ cửa hay phát loa như trước đây.",
    "Một cán bộ địa chính xã ở {p} chia sẻ, từ khi có bản đồ số, việc xác minh ranh giới thửa đất không còn phụ thuộc hoàn toàn vào sổ sách giấy đã mờ chữ. Chỉ cần mở máy tính bảng ngay tại thực địa, cán bộ có thể đối chiếu tọa độ và hiện trạng sử dụng đất.",
    "Theo {u}, khó khăn lớn hiện nay là nhân lực công nghệ thông tin ở cấp huyện còn mỏng, nhiều nơi chỉ có một cán bộ kiêm nhiệm phụ trách cả mạng nội bộ, trang tin điện tử lẫn hỗ trợ người dân. Tỉnh đang nghiên cứu cơ chế thuê dịch vụ để bù đắp phần thiếu hụt này.",
    "Các ngân hàng thương mại trên địa bàn {p} cũng vào cuộc bằng cách mở điểm giao dịch lưu động tại chợ phiên vùng cao. Người dân được mở tài khoản, cài ứng dụng và nhận hướng dẫn chuyển tiền ngay trong buổi sáng đi chợ, không phải xuống thị trấn.",
    "Để bảo đảm an toàn dữ liệu cá nhân, {u} yêu cầu mọi hệ thống mới trước khi đưa vào sử dụng phải được kiểm tra, đánh giá theo cấp độ. Nhật ký truy cập được lưu tối thiểu mười hai tháng, mọi hành vi khai thác dữ liệu bất thường sẽ được cảnh báo tự động.",
    "Ngành thuế {p} cho biết số hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền đã tăng lên hơn 4.300 hộ, tập trung ở các lĩnh vực ăn uống, bán lẻ xăng dầu và dược phẩm. Việc này giúp minh bạch doanh thu và giảm thời gian kê khai cho người nộp thuế.",
    "Thư viện tỉnh {p} vừa đưa vào phục vụ kho sách điện tử với hơn 12.000 đầu sách, cho phép bạn đọc mượn và đọc trên điện thoại. Học sinh ở các huyện xa có thể tiếp cận tài liệu tham khảo mà không phải về thành phố, điều trước đây rất khó thực hiện.",
    "Về du lịch thông minh, {p} đã gắn mã QR thuyết minh tự động tại 38 điểm di tích, danh thắng. Du khách quét mã để nghe giới thiệu bằng tiếng Việt, tiếng Anh và tiếng Hàn, đồng thời xem bản đồ các điểm tham quan, cơ sở lưu trú gần nhất.",
    "Một số ý kiến đề nghị cần tính đến người cao tuổi, người khuyết tật và đồng bào không rành tiếng phổ thông khi thiết kế dịch vụ số. Giao diện nên có chữ lớn, hướng dẫn bằng giọng nói và luôn duy trì kênh hỗ trợ trực tiếp tại bộ phận một cửa.",
    "Trong năm, {u} đã phối hợp với doanh nghiệp viễn thông tặng hơn 3.600 điện thoại thông minh cho hộ nghèo, hộ cận nghèo kèm gói cước miễn phí sáu tháng. Nhiều gia đình lần đầu tiên có thể cho con học trực tuyến và theo dõi thông tin giá nông sản hằng ngày.",
    "Hệ thống quản lý văn bản và điều hành của {p} hiện xử lý gần như toàn bộ văn bản đi, đến dưới dạng điện tử có ký số. Thời gian luân chuyển một văn bản từ tỉnh xuống xã rút ngắn từ vài ngày xuống còn vài giờ, lượng giấy in giảm rõ rệt.",
    "Lực lượng công an {p} đã hoàn thành làm sạch dữ liệu dân cư tại 100% xã, phường. Đây là nền tảng để các ngành khác kết nối, khai thác phục vụ giải quyết thủ tục, từ cấp giấy khai sinh, đăng ký thường trú đến chi trả trợ cấp xã hội không dùng tiền mặt.",
    "Ghi nhận tại bộ phận một cửa của một huyện miền núi ở {p}, khu vực chờ đã được bố trí máy tính, máy quét và nhân viên hướng dẫn. Người dân đến nộp hồ sơ giấy được khuyến khích tự nộp trực tuyến với sự hỗ trợ tại chỗ, để lần sau có thể làm ở nhà.",
    "Theo kế hoạch của {u}, trong năm tới sẽ thí điểm nền tảng học trực tuyến dành cho cán bộ, công chức với các khóa ngắn về kỹ năng số, an toàn thông tin và khai thác dữ liệu. Kết quả học tập là một tiêu chí khi đánh giá, xếp loại cán bộ cuối năm.",
    "Nhiều hợp tác xã ở {p} bắt đầu dùng phần mềm quản lý vật tư, công nợ và đơn hàng thay cho sổ tay. Giám đốc một hợp tác xã rau an toàn cho biết nhờ vậy anh biết chính xác từng luống rau đã giao cho siêu thị nào và khoản tiền nào chưa được thanh toán.",
]

OFF = [
    "Theo ghi nhận, từ sáng sớm hàng trăm người dân đã có mặt hai bên bờ sông để cổ vũ các đội đua. Năm nay có 18 đội thuyền tham gia, mỗi thuyền gồm 22 tay chèo, đều là thanh niên trong các thôn ven sông đã luyện tập suốt hai tháng trước đó.",
    "Ban tổ chức cho biết lễ hội được duy trì hàng năm nhằm gìn giữ nét văn hóa truyền thống của vùng sông nước. Bên cạnh đua thuyền, chương trình còn có thi nấu cơm, kéo co, hát đối đáp và triển lãm ảnh về quê hương, thu hút đông đảo du khách thập phương.",
    "Nhận tin báo, lực lượng chức năng đã nhanh chóng có mặt, phong tỏa hiện trường và điều tiết giao thông. Rất may vụ việc không gây thương vong về người, nhưng hai ô tô bị hư hỏng nặng phần đầu, một xe máy bị cuốn vào gầm xe tải.",
    "Nguyên nhân ban đầu được xác định do tài xế xe tải đổ dốc trong điều kiện mặt đường trơn trượt vì mưa lớn kéo dài. Cơ quan công an đang tiếp tục điều tra làm rõ và khuyến cáo người điều khiển phương tiện giảm tốc độ khi đi qua đoạn đèo này.",
    "Mùa vụ năm nay, năng suất lúa bình quân đạt khoảng 6,8 tấn mỗi héc ta, cao hơn vụ trước gần nửa tấn. Thương lái thu mua tại ruộng với giá ổn định nên nhiều hộ nông dân phấn khởi, tranh thủ làm đất để chuẩn bị gieo sạ vụ tiếp theo.",
    "Tuy nhiên, một số cánh đồng trũng vẫn bị ảnh hưởng bởi đợt mưa trái mùa cuối tháng, lúa đổ rạp khiến việc thu hoạch bằng máy gặt đập liên hợp gặp khó khăn. Chính quyền xã đã huy động đoàn viên thanh niên hỗ trợ các gia đình neo đơn gặt lúa.",
    "Đến dự lễ khánh thành có đại diện lãnh đạo huyện, các nhà hảo tâm và đông đảo phụ huynh, học sinh. Công trình gồm tám phòng học, một phòng thư viện và khu vệ sinh khép kín, được xây dựng trong sáu tháng với tổng kinh phí hơn 7 tỷ đồng.",
    "Cô giáo Nguyễn Thị Bích Liên, hiệu trưởng nhà trường, xúc động cho biết nhiều năm qua học sinh phải học trong các phòng tạm lợp tôn, mùa hè nóng bức còn mùa mưa thì dột. Ngôi trường mới giúp thầy trò yên tâm dạy và học.",
    "Giải đấu năm nay quy tụ 16 đội bóng đến từ các xã, thị trấn trong huyện, thi đấu theo thể thức vòng tròn chia bảng. Trận chung kết diễn ra kịch tính, hai đội hòa nhau sau hai hiệp chính và phải phân định thắng thua bằng loạt sút luân lưu.",
    "Ông Phan Văn Lực, Trưởng ban tổ chức, cho biết giải đấu là dịp để thanh niên các địa phương giao lưu, rèn luyện sức khỏe và tránh xa tệ nạn xã hội. Ban tổ chức dự kiến mở rộng giải sang môn bóng chuyền hơi cho nữ vào năm sau.",
    "Theo cơ quan khí tượng, do ảnh hưởng của không khí lạnh tăng cường, nhiệt độ thấp nhất tại vùng núi có thể xuống dưới 8 độ C, vùng cao có nơi xảy ra sương muối. Ngành nông nghiệp khuyến cáo người dân chủ động che chắn chuồng trại và dự trữ thức ăn cho gia súc.",
    "Các trường học trên địa bàn được yêu cầu theo dõi chặt chẽ diễn biến thời tiết, cho học sinh mầm non và tiểu học nghỉ học khi nhiệt độ xuống dưới 7 độ C. Trạm y tế xã chuẩn bị sẵn thuốc và phương án chăm sóc người cao tuổi, trẻ nhỏ.",
]

HEADLINES = [
    ("Khai mạc hội chợ nông sản vùng cao", "02/12/2026"),
    ("Hơn 200 học sinh nhận học bổng vượt khó", "01/12/2026"),
    ("Nâng cấp tuyến đường liên xã dài 12 km", "29/11/2026"),
    ("Ra mắt câu lạc bộ dân ca ở khu phố 3", "27/11/2026"),
    ("Tập huấn kỹ năng phòng cháy cho tiểu thương", "25/11/2026"),
    ("Triển khai tiêm vắc xin mũi nhắc lại cho trẻ", "20/11/2026"),
    ("Hội thi cán bộ dân vận khéo năm nay", "18/11/2026"),
    ("Đón nhận bằng công nhận di tích cấp tỉnh", "15/11/2026"),
]

OFF_THEFT = [
    "Theo tài liệu điều tra, trong khoảng hai tuần, nhóm đối tượng nhiều lần lợi dụng lúc tiểu thương tập trung bốc dỡ hàng vào lúc rạng sáng để lấy trộm túi xách, tiền mặt và điện thoại để trên xe. Tổng giá trị tài sản bị chiếm đoạt ước tính hơn 120 triệu đồng.",
    "Qua trích xuất camera an ninh của chợ và lời khai của các nạn nhân, lực lượng trinh sát đã xác định danh tính ba đối tượng, đều trú tại địa phương lân cận. Tại cơ quan công an, các đối tượng đã khai nhận toàn bộ hành vi phạm tội của mình.",
]

OFF_GENERAL = [
    "Chia sẻ với phóng viên, nhiều người dân địa phương cho biết họ mong muốn những hoạt động như thế này được duy trì thường xuyên hơn. Theo họ, mỗi dịp như vậy cả xóm lại có dịp gặp gỡ, trò chuyện và cùng nhau chuẩn bị từ nhiều ngày trước.",
    "Lãnh đạo UBND huyện cho biết thời gian tới địa phương sẽ tiếp tục theo dõi sát tình hình, phối hợp với các ngành liên quan để có phương án hỗ trợ kịp thời. Các xã được yêu cầu báo cáo nhanh mọi diễn biến mới về huyện trước 16 giờ hằng ngày.",
    "Được biết, khu vực này có lịch sử hình thành từ hơn một trăm năm trước, gắn với cuộc sống của các làng ven sông. Nhiều phong tục, tập quán cũ vẫn được các gia đình gìn giữ và truyền lại cho thế hệ sau qua những câu chuyện kể bên bếp lửa.",
    "Ông Đoàn Văn Tư, một người dân sống lâu năm trong vùng, kể rằng hồi trước mỗi khi có chuyện gì xảy ra thì cả xóm phải chạy sang báo nhau. Giờ đây thông tin đến nhanh hơn qua loa phát thanh và điện thoại, mọi người cũng chủ động hơn trong việc chuẩn bị.",
    "Trước đó, hồi đầu năm, huyện đã dành nguồn kinh phí riêng để sửa chữa đường vào khu dân cư, lắp thêm đèn chiếu sáng và cải tạo nhà văn hóa thôn. Những công trình này góp phần thay đổi diện mạo nông thôn và tạo thuận lợi cho sinh hoạt của bà con.",
]

HEADINGS = ["Thay đổi từ cách làm việc", "Dữ liệu là nền tảng", "Những việc cần làm ngay", "Người dân được hưởng lợi gì", "Còn nhiều điểm nghẽn"]

QUOTES = [
    "Chúng tôi không đặt mục tiêu chạy theo con số, mà muốn mỗi người dân thấy làm thủ tục trên mạng thực sự nhanh và tiện hơn đến trực tiếp.",
    "Khi dữ liệu được làm sạch và dùng chung, cán bộ sẽ không phải hỏi lại người dân những thông tin mà nhà nước đã có.",
    "Ban đầu tôi cũng ngại vì không rành điện thoại, nhưng được các cháu chỉ vài lần là tự làm được.",
]

PROVS = ["Bình Định", "Quảng Trị", "Kon Tum", "Huế", "Vĩnh Long", "Gia Lai", "Đắk Lắk", "Lào Cai", "Cần Thơ",
         "Sóc Trăng", "Hà Tĩnh", "Phú Thọ", "Tây Ninh", "Đồng Tháp", "Hải Phòng", "Bắc Kạn", "Nam Định",
         "Đà Nẵng", "Tuyên Quang", "Thái Nguyên", "Quảng Nam", "Nghệ An", "Sơn La", "Bình Dương", "Long An",
         "Cà Mau", "Điện Biên", "Hà Nội", "Bắc Ninh", "Ninh Bình", "Lai Châu", "Bến Tre", "TP.HCM"]
