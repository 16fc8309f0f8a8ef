"""Sentence pools written for this corpus (all names, places and numbers invented)."""

CDS = [
    "Đến cuối tháng, toàn tỉnh đã có hơn 1.240 thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
    "Tỷ lệ hồ sơ nộp qua mạng tại cấp xã tăng gần gấp đôi so với cùng kỳ năm trước, chủ yếu nhờ tổ công nghệ số cộng đồng.",
    "Nhiều cán bộ một cửa cho biết họ phải vừa hướng dẫn người dân, vừa tự học cách sử dụng phần mềm mới.",
    "Kho dữ liệu dùng chung của tỉnh hiện kết nối với 27 cơ sở dữ liệu chuyên ngành, từ đất đai, hộ tịch đến bảo hiểm xã hội.",
    "Theo lãnh đạo sở, khó nhất không phải là tiền đầu tư mà là thói quen làm việc trên giấy đã tồn tại hàng chục năm.",
    "Người dân ở các thôn vùng cao vẫn gặp khó khi sóng điện thoại chập chờn và nhiều hộ chưa có điện thoại thông minh.",
    "Hệ thống quản lý văn bản điều hành đã giúp rút ngắn thời gian luân chuyển hồ sơ từ vài ngày xuống còn vài giờ.",
    "Các hợp tác xã được hướng dẫn đưa sản phẩm lên sàn thương mại điện tử, gắn mã truy xuất nguồn gốc cho từng lô hàng.",
    "Thanh toán không dùng tiền mặt tại chợ truyền thống bắt đầu phổ biến, nhất là với các tiểu thương trẻ tuổi.",
    "Chương trình đào tạo kỹ năng số cho cán bộ cấp xã được tổ chức theo hình thức vừa học trực tiếp vừa học trực tuyến.",
    "Việc xác thực định danh điện tử giúp người dân không phải khai lại thông tin đã có trong cơ sở dữ liệu quốc gia.",
    "Một số phần mềm do các đơn vị tự mua sắm trước đây chưa liên thông được với nhau, gây lãng phí và trùng lặp dữ liệu.",
    "Trung tâm điều hành thông minh tiếp nhận trung bình khoảng 300 phản ánh mỗi tháng qua ứng dụng trên điện thoại.",
    "Các doanh nghiệp nhỏ cho rằng chi phí thuê phần mềm kế toán, hóa đơn điện tử vẫn là gánh nặng trong giai đoạn đầu.",
    "Tỉnh đặt mục tiêu kinh tế số chiếm khoảng 15% tổng sản phẩm trên địa bàn vào năm 2030.",
    "An toàn thông tin được xem là điều kiện bắt buộc, mỗi hệ thống mới đều phải được thẩm định cấp độ trước khi vận hành.",
    "Tại bộ phận tiếp nhận, máy tính bảng được đặt sẵn để người dân tự tra cứu tình trạng hồ sơ của mình.",
    "Nhiều giáo viên đã chuyển sổ điểm, học bạ sang dạng điện tử, phụ huynh có thể theo dõi kết quả học tập qua ứng dụng.",
    "Bệnh viện tuyến huyện bắt đầu dùng bệnh án điện tử, giảm đáng kể thời gian chờ đợi của người bệnh khi tái khám.",
    "Các chuyên gia khuyến nghị cần có cơ chế khuyến khích cán bộ chia sẻ dữ liệu thay vì giữ riêng trong từng phòng ban.",
    "Hạ tầng cáp quang đã phủ đến 98% số thôn, bản, nhưng chất lượng đường truyền ở khu vực biên giới còn hạn chế.",
    "Ứng dụng công dân số của thành phố đã có hơn 85 nghìn lượt tải sau sáu tháng ra mắt.",
    "Nhiều hộ kinh doanh được hỗ trợ miễn phí chữ ký số trong năm đầu tiên để làm quen với thủ tục điện tử.",
    "Đoàn viên thanh niên tình nguyện đến từng nhà để cài đặt ứng dụng và hướng dẫn người lớn tuổi thao tác.",
    "Lãnh đạo tỉnh yêu cầu người đứng đầu các sở, ngành phải trực tiếp chịu trách nhiệm về kết quả chuyển đổi số của đơn vị.",
    "Các chỉ số đánh giá mức độ chuyển đổi số cấp tỉnh năm nay cho thấy địa phương tăng bốn bậc trong bảng xếp hạng.",
    "Nền tảng họp trực tuyến được triển khai đến tất cả các xã, tiết kiệm đáng kể chi phí đi lại cho cán bộ.",
    "Một số xã đã thí điểm số hóa toàn bộ sổ hộ tịch cũ, có những cuốn sổ được lập từ những năm 1980.",
    "Cơ quan chuyên môn lưu ý người dân cảnh giác với các cuộc gọi giả danh cán bộ để chiếm đoạt tài khoản định danh.",
    "Bước sang giai đoạn mới, trọng tâm sẽ là khai thác dữ liệu để phục vụ ra quyết định chứ không chỉ số hóa giấy tờ.",
    "Các sàn giao dịch việc làm trực tuyến giúp lao động nông thôn tìm được việc gần nhà mà không qua trung gian.",
    "Tổ chức tín dụng địa phương đã mở tài khoản số cho hàng nghìn nông dân chỉ bằng căn cước công dân gắn chip.",
]

AGRI = [
    "Vụ lúa hè thu năm nay, nông dân trong xã gieo sạ đồng loạt theo lịch thời vụ để né rầy nâu.",
    "Giá phân bón giảm nhẹ so với đầu năm giúp người trồng lúa bớt lo về chi phí đầu vào.",
    "Cán bộ khuyến nông khuyến cáo bà con không phun thuốc trừ sâu trong 40 ngày đầu sau sạ.",
    "Nhiều hộ đã chuyển những chân ruộng trũng sang nuôi cá kết hợp trồng sen, cho thu nhập cao hơn hẳn.",
    "Hợp tác xã ký hợp đồng bao tiêu với doanh nghiệp chế biến ở mức giá sàn 7.200 đồng mỗi ki-lô-gam lúa tươi.",
    "Nguồn nước tưới được bảo đảm nhờ hệ thống kênh nội đồng vừa được nạo vét trước mùa khô.",
    "Năng suất bình quân ước đạt 6,3 tấn mỗi héc-ta, cao hơn vụ trước khoảng 0,4 tấn.",
    "Một số diện tích gần cửa sông bị nhiễm mặn nhẹ nhưng đã được xử lý kịp thời.",
    "Người dân cho biết máy gặt đập liên hợp về tận ruộng nên không còn cảnh thiếu nhân công như trước.",
    "Địa phương đang xây dựng vùng nguyên liệu tập trung với diện tích khoảng 500 héc-ta.",
    "Rơm rạ sau thu hoạch được thu gom để trồng nấm thay vì đốt ngay trên đồng.",
    "Các tổ hợp tác được hỗ trợ giống xác nhận, mỗi héc-ta giảm được khoảng một phần ba lượng giống so với sạ dày.",
]

HEALTH = [
    "Theo bác sĩ, nhiều người bệnh đến viện khi đã có biến chứng vì chủ quan với các triệu chứng ban đầu.",
    "Bệnh viện đã bố trí thêm phòng khám buổi chiều để giảm tải cho khu khám bệnh buổi sáng.",
    "Người dân nên uống đủ nước, hạn chế ra ngoài vào giữa trưa trong những ngày nắng nóng gay gắt.",
    "Trong tuần qua, khoa nhi tiếp nhận hơn 400 lượt trẻ đến khám vì sốt và các bệnh đường hô hấp.",
    "Ngành y tế khuyến cáo tiêm vắc xin đầy đủ, đúng lịch là biện pháp phòng bệnh hiệu quả nhất.",
    "Các trạm y tế xã được cấp thêm thuốc thiết yếu và trang bị máy đo đường huyết.",
    "Bác sĩ lưu ý không tự ý mua thuốc kháng sinh về điều trị khi chưa có chỉ định.",
    "Chương trình khám sàng lọc miễn phí cho người cao tuổi sẽ kéo dài đến hết tháng sau.",
    "Nhiều trường hợp ngộ độc thực phẩm xảy ra do dùng đồ ăn để qua đêm không được bảo quản lạnh.",
    "Đội ngũ điều dưỡng được tập huấn lại quy trình cấp cứu ban đầu cho bệnh nhân đột quỵ.",
]

SPORT = [
    "Ngay từ những phút đầu, đội chủ nhà chủ động dâng cao đội hình và tạo ra nhiều cơ hội nguy hiểm.",
    "Bước sang hiệp hai, đội khách thay đổi chiến thuật, chuyển sang phòng ngự chặt và phản công nhanh.",
    "Huấn luyện viên trưởng cho biết các cầu thủ đã thi đấu đúng tinh thần dù thời tiết oi bức.",
    "Khán giả lấp kín khán đài, nhiều người phải đứng xem dọc đường piste.",
    "Chiến thắng này giúp đội bóng tạm vươn lên vị trí thứ ba trên bảng xếp hạng.",
    "Tiền vệ số 8 là người hay nhất trận với một bàn thắng và một pha kiến tạo.",
    "Ban tổ chức đã bố trí lực lượng an ninh đầy đủ nên trận đấu diễn ra an toàn.",
    "Vòng đấu tới, đội sẽ làm khách trên sân của đối thủ đang dẫn đầu giải.",
    "Hai thủ môn đều có những pha cứu thua xuất sắc trong hiệp đấu đầu tiên.",
    "Đội trưởng bày tỏ mong muốn tiếp tục nhận được sự cổ vũ của người hâm mộ quê nhà.",
]

CULT = [
    "Lễ hội năm nay thu hút hàng nghìn người dân và du khách về dự từ sáng sớm.",
    "Phần lễ được tổ chức trang nghiêm theo nghi thức truyền thống của làng.",
    "Các trò chơi dân gian như kéo co, đánh đu, bịt mắt bắt dê được lớp trẻ hưởng ứng sôi nổi.",
    "Nghệ nhân cao tuổi nhất của câu lạc bộ năm nay đã bước sang tuổi 86.",
    "Chính quyền địa phương bố trí bãi gửi xe miễn phí và niêm yết giá dịch vụ công khai.",
    "Nhiều tiết mục hát then, đàn tính được dàn dựng công phu, mang đậm bản sắc vùng cao.",
    "Ban tổ chức cho biết sẽ đề nghị công nhận lễ hội là di sản văn hóa phi vật thể cấp quốc gia.",
    "Các gian hàng ẩm thực giới thiệu món bánh gai, xôi ngũ sắc và rượu men lá.",
    "Ngôi đình được trùng tu năm ngoái với kinh phí xã hội hóa hơn 3 tỷ đồng.",
    "Nhiều gia đình đưa con nhỏ đến để các em hiểu hơn về truyền thống quê hương.",
]

TRAFFIC = [
    "Lực lượng cảnh sát giao thông đã phân luồng từ xa để tránh ùn tắc kéo dài.",
    "Vụ việc không gây thương vong về người nhưng làm hư hỏng một đoạn dải phân cách.",
    "Cơ quan chức năng đang làm rõ nguyên nhân, bước đầu xác định xe tải mất lái khi xuống dốc.",
    "Đến khoảng 2 giờ sau, giao thông qua khu vực mới cơ bản thông suốt.",
]
