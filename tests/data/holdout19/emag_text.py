"""Hand-written sections for the e-magazine long read (page 10)."""

SECTIONS = [
    ("Cô giáo mang lớp học vào điện thoại", [
        "Cách bản Nà Lừa chừng mười hai cây số đường đèo, cô giáo Lường Thị Thoa dạy ở điểm trường lẻ Phiêng Cại đã gần mười "
        "năm. Mùa dịch năm ấy, khi học sinh phải nghỉ ở nhà, cô lần đầu lập nhóm trò chuyện cho phụ huynh, gửi bài tập qua "
        "những chiếc điện thoại mà nhiều nhà phải dùng chung cho cả ba, bốn đứa trẻ.",
        "Từ nhóm trò chuyện ấy, cô Thoa nhận ra nhiều phụ huynh không biết đọc tin nhắn dài, không biết mở tệp đính kèm. Cô bắt "
        "đầu quay những đoạn video ngắn, nói bằng tiếng Thái, hướng dẫn từng thao tác một. Có đoạn chỉ dài hai phút nhưng cô "
        "phải quay đi quay lại cả buổi tối vì con gà trống nhà bên cứ gáy đúng lúc.",
        "Giờ đây, những video của cô được tổ công nghệ số của xã chia sẻ lại cho các bản khác. Phụ huynh ở Phiêng Cại đã quen "
        "xem điểm, nhận thông báo của nhà trường và đóng tiền bảo hiểm y tế học sinh qua điện thoại. Cô bảo điều cô vui nhất "
        "không phải là con số, mà là khi một ông bố từng ngại ngần cầm máy nay tự gọi video hỏi cô về việc học của con.",
    ]),
    ("Người bưu tá và những đơn hàng đầu tiên", [
        "Anh Sầm Văn Chiến làm bưu tá xã đã mười lăm năm, quen mặt gần như mọi gia đình trong vùng. Trước kia, chiếc xe máy của "
        "anh chủ yếu chở báo, thư và những gói hàng hiếm hoi từ dưới xuôi gửi lên. Hai năm nay, chiều ngược lại mới là chính: "
        "anh chở măng khô, mật ong, gạo nếp nương của bà con xuống bưu cục để gửi đi khắp nơi.",
        "Mọi chuyện bắt đầu khi bưu điện huyện mở sàn bán hàng trực tuyến cho nông sản địa phương. Anh Chiến được giao đi chụp "
        "ảnh sản phẩm, viết vài dòng giới thiệu và hướng dẫn các hộ cách nhận đơn trên điện thoại. Đơn hàng đầu tiên là hai "
        "cân măng khô của bà Lò Thị Pản, gửi cho một khách ở Đà Nẵng. Bà giữ tờ phiếu gửi hàng ấy đến tận bây giờ.",
        "Không phải đơn nào cũng suôn sẻ. Có lô mật ong bị vỡ chai vì đóng gói sơ sài, có khách phàn nàn gạo không đúng như ảnh. "
        "Anh Chiến lại mày mò học cách đóng gói, cách chụp ảnh trung thực, rồi mở hẳn một buổi tập huấn nhỏ ngay tại sân bưu "
        "điện văn hóa xã. Đến nay, mỗi tháng anh vận chuyển khoảng ba trăm đơn hàng nông sản của bà con.",
    ]),
    ("Khi chính quyền xuống bản", [
        "Ở trụ sở Ủy ban nhân dân xã, chị Tòng Thị Hoa, công chức văn phòng kiêm phụ trách chuyển đổi số, cho chúng tôi xem bảng "
        "theo dõi dán kín một mặt tường. Mỗi bản là một cột, mỗi tuần là một dòng, ghi số hồ sơ trực tuyến, số tài khoản định "
        "danh được kích hoạt và những vướng mắc mà tổ công nghệ số gửi về.",
        "Chị Hoa kể, cái khó nhất không nằm ở máy móc mà ở thói quen. Nhiều người vẫn muốn cầm tờ giấy có dấu đỏ mới yên tâm. "
        "Xã phải làm song song hai cách trong một thời gian dài, vừa trả kết quả điện tử, vừa in bản giấy cho người cần, cho "
        "đến khi bà con thấy rằng bản điện tử cũng có giá trị như thế.",
        "Mỗi tháng một lần, cán bộ xã mang máy tính, máy in di động xuống từng bản, ngồi cùng tổ công nghệ số giải quyết các "
        "hồ sơ tồn đọng. Những buổi như vậy thường kéo dài đến tối, khi người dân đi nương về mới có thời gian ghé qua.",
    ]),
    ("Những khoảng trống còn lại", [
        "Dẫu vậy, con đường số hóa ở vùng cao vẫn còn nhiều khoảng trống. Toàn xã còn bốn bản chưa có sóng di động ổn định, "
        "muốn gọi điện phải leo lên đồi hoặc ra tận đầu cầu treo. Nhiều hộ nghèo chưa có điện thoại thông minh, hoặc có nhưng "
        "là máy cũ, bộ nhớ đầy, không cài thêm được ứng dụng nào.",
        "Thành viên các tổ công nghệ số phần lớn làm việc không lương, chỉ nhận một khoản hỗ trợ nhỏ mỗi quý. Có người đã xin "
        "thôi vì phải đi làm ăn xa. Anh Tính thừa nhận có những tháng anh bỏ cả việc sửa xe để đi hỗ trợ bà con, thu nhập của "
        "gia đình vì thế cũng giảm đi đáng kể.",
        "Lãnh đạo huyện cho biết đang đề xuất tỉnh có cơ chế hỗ trợ thường xuyên cho tổ công nghệ số cộng đồng, đồng thời phối "
        "hợp với các doanh nghiệp viễn thông xóa các vùng lõm sóng trước cuối năm sau.",
    ]),
    ("Ngọn lửa được truyền đi", [
        "Điều khiến chúng tôi xúc động nhất là những người trẻ đang tiếp bước. Em Lò Văn Định, học lớp 12, mỗi dịp nghỉ hè lại "
        "theo anh Tính đi khắp bản. Em thuộc cuốn sổ bìa xanh đến mức có thể trả lời hầu hết câu hỏi của bà con mà không cần "
        "mở ra xem.",
        "Ở các bản lân cận, những nhóm thanh niên như Định cũng đang hình thành. Họ lập nhóm trò chuyện chung, chia sẻ cho nhau "
        "cách xử lý những tình huống khó, từ việc khôi phục mật khẩu bị quên đến việc giải thích cho một cụ già vì sao không "
        "được bấm vào đường link lạ. Mỗi khi có một thủ tục mới được đưa lên môi trường mạng, cả nhóm lại rủ nhau học trước "
        "rồi chia ra về từng bản hướng dẫn bà con.",
        "Chủ tịch xã nói vui rằng xã không có kỹ sư công nghệ nào, nhưng lại có cả một đội kỹ sư chân đất. Họ không có chứng "
        "chỉ, "
        "không có bàn làm việc riêng, nhưng họ có thứ quý hơn cả là lòng tin của bà con. Chính lòng tin ấy mới là hạ tầng quan "
        "trọng nhất để chuyển đổi số có thể bén rễ ở những vùng đất xa xôi nhất.",
        "Định nói em muốn thi vào ngành công nghệ thông tin, nhưng không phải để ở lại thành phố. Em muốn quay về, làm cho bản "
        "mình có một trang thông tin riêng, nơi giới thiệu văn hóa, sản vật và con người Nà Lừa với thế giới bên ngoài.",
    ]),
]
