"""Hand-written bodies for pages whose register is personal (blog, forum, developer post). All invented."""

TUMBLR = [
    ("p", "Xôi vẫn gói lá chuối, vẫn rắc hành phi như hồi mình còn đi học, chỉ khác là giờ bà không cần lục túi tìm tiền lẻ trả lại nữa. Mình quét mã, điện thoại rung một cái, bà nghe loa báo “đã nhận hai mươi lăm nghìn đồng” rồi cười móm mém."),
    ("p", "Đi hết dãy hàng rau, hàng cá, mình đếm được chín quầy có mã QR. Chị bán cá bảo con gái làm giúp tài khoản từ hồi hè, ban đầu sợ bị lừa nên chỉ dùng để nhận tiền chứ không chuyển đi đâu cả."),
    ("p", "Có hai bác lớn tuổi vẫn chỉ nhận tiền mặt, nói rằng cầm tờ tiền trong tay mới thấy yên tâm. Mình nghĩ thế cũng được, chợ quê mà, ai thấy tiện cách nào thì dùng cách ấy."),
]

FLUX = [
    ("p", "Chào cả nhà, tuần trước mình vừa tự nộp hồ sơ đăng ký hộ kinh doanh cho quán cà phê nhỏ của vợ qua cổng dịch vụ công, không phải lên phường lần nào. Viết lại mấy bước để ai cần thì tham khảo, có gì sai các bác bổ sung giúp."),
    ("p", "Đầu tiên là đăng nhập bằng tài khoản định danh điện tử mức 2. Trước đây mình dùng tài khoản cũ đăng ký bằng số điện thoại thì hệ thống không cho chọn thủ tục này, phải chuyển sang đăng nhập qua ứng dụng định danh mới được."),
    ("p", "Bước hai là tìm đúng tên thủ tục “Đăng ký thành lập hộ kinh doanh”, chọn cơ quan giải quyết là phòng Tài chính - Kế hoạch của huyện. Thông tin chủ hộ tự điền sẵn từ dữ liệu dân cư nên chỉ cần khai ngành nghề, địa chỉ kinh doanh và số vốn."),
    ("p", "Giấy tờ đính kèm mình chỉ phải tải lên bản chụp hợp đồng thuê mặt bằng, định dạng PDF dưới 5 MB. Lúc đầu mình chụp bằng điện thoại rồi ghép lại, file nặng quá nên bị báo lỗi, phải nén lại mới qua."),
    ("p", "Sau khi nộp thì khoảng hai ngày làm việc có tin nhắn báo hồ sơ hợp lệ, ngày thứ ba nhận giấy chứng nhận bản điện tử, bản giấy gửi qua bưu điện về tận nhà. Lệ phí thanh toán luôn trên cổng bằng ứng dụng ngân hàng."),
    ("p", "Nói chung là nhanh hơn mình nghĩ nhiều. Điểm trừ duy nhất là giao diện trên điện thoại hơi khó bấm, các bác nên làm trên máy tính cho đỡ mỏi mắt."),
]

VIBLO = [
    ("h", "Bối cảnh"),
    ("p", "Cuối năm ngoái team mình nhận nhiệm vụ cho phép người dân đăng nhập hệ thống một cửa điện tử của tỉnh bằng tài khoản định danh điện tử, thay cho tài khoản riêng mà mỗi hệ thống tự cấp. Nghe thì đơn giản, chỉ là thêm một nút đăng nhập, nhưng làm thật mới thấy có khá nhiều chỗ phải cân nhắc."),
    ("p", "Bài này không đi vào chi tiết giao thức hay tài liệu kỹ thuật của bên cung cấp, mà tập trung vào những quyết định thiết kế và các lỗi team mình đã gặp trong quá trình đưa lên môi trường thật."),
    ("h", "Luồng xác thực"),
    ("p", "Về cơ bản, hệ thống của mình đóng vai trò bên dựa vào danh tính. Người dùng bấm nút, được chuyển sang trang xác thực, quét mã hoặc xác nhận trên ứng dụng điện thoại, rồi được chuyển về kèm một mã ủy quyền. Phía máy chủ đổi mã này lấy thông tin định danh cơ bản như họ tên, số định danh và ngày sinh."),
    ("p", "Các bước team mình bắt buộc phải làm trước khi cho lên production:"),
    ("ul", ["Kiểm tra tham số state để chống giả mạo yêu cầu giữa các trang", "Chỉ lưu số định danh dưới dạng đã băm cùng muối riêng của hệ thống",
            "Ghi nhật ký mọi lần liên kết và hủy liên kết tài khoản", "Đặt thời gian sống ngắn cho phiên và bắt xác thực lại khi ký hồ sơ"]),
    ("p", "Chỗ tốn thời gian nhất là liên kết tài khoản cũ. Nhiều người đã có tài khoản trên hệ thống từ trước, dùng email hoặc số điện thoại, giờ đăng nhập bằng định danh điện tử thì phải ghép vào đúng hồ sơ cũ mà không được ghép nhầm. Team chọn cách chỉ tự động ghép khi số định danh trùng khớp tuyệt đối, các trường hợp còn lại yêu cầu người dùng xác nhận bằng mật khẩu cũ."),
    ("h", "Bài học rút ra"),
    ("p", "Thứ nhất, đừng coi dữ liệu trả về là luôn đầy đủ. Có những tài khoản thiếu địa chỉ thường trú hoặc tên có dấu bị chuẩn hóa khác với dữ liệu cũ, nên mọi so khớp theo họ tên đều phải chuẩn hóa Unicode trước. Team mình từng mất nửa ngày chỉ vì chữ “Thủy” được lưu ở hai dạng tổ hợp khác nhau."),
    ("p", "Thứ hai, môi trường thử nghiệm của bên cung cấp và môi trường thật khác nhau nhiều hơn bạn nghĩ, từ thời gian sống của mã cho tới định dạng ngày sinh. Hãy chuẩn bị cờ cấu hình để tắt nhanh tính năng nếu có sự cố."),
    ("p", "Thứ ba, hãy nói chuyện sớm với bộ phận một cửa. Người dân gặp lỗi sẽ hỏi cán bộ chứ không đọc tài liệu, nên một trang hướng dẫn ngắn có ảnh chụp màn hình giúp giảm rất nhiều cuộc gọi hỗ trợ trong tuần đầu."),
]

BODIES = {"tumblr": TUMBLR, "flux": FLUX, "viblo": VIBLO}

SPIDERUM = [
    ("p", "Mỗi tối đi bộ về nhà, tôi đi qua một đoạn đường chừng ba trăm mét có mười hai cột đèn. Từ đầu năm, chúng được thay bằng loại đèn mới tự giảm độ sáng sau mười một giờ đêm và sáng bừng lên khi có người hoặc xe đi ngang. Lần đầu thấy cột đèn như “nhìn” mình, tôi hơi giật mình, rồi thấy thú vị."),
    ("p", "Hỏi ra mới biết mỗi cột đèn ấy còn gắn một cảm biến nhỏ đo bụi mịn và độ ồn, gửi dữ liệu về trung tâm điều hành của thành phố. Thế là đoạn đường quen thuộc của tôi bỗng trở thành một phần của cái mà báo chí vẫn gọi là đô thị thông minh."),
    ("h", "Cột đèn và dữ liệu"),
    ("p", "Tôi làm kỹ sư hạ tầng nên tò mò xin xem thử bảng số liệu công khai. Đọc một lúc thì nhận ra điều thú vị nhất không nằm ở con số bụi mịn, mà ở chỗ lần đầu tiên người dân có thể tự kiểm chứng điều mình cảm thấy hằng ngày: buổi sáng khu chợ ồn hơn hẳn, còn con hẻm sau trường học thì tối om vì hai cột đèn hỏng đã lâu."),
    ("p", "Dữ liệu nhỏ như vậy, nếu được mở ra đúng cách, có thể giúp phường sửa đèn nhanh hơn, giúp nhà trường đề nghị phân luồng giờ tan học, giúp người chạy bộ chọn giờ ra đường. Không cần màn hình khổng lồ nào cả."),
    ("h", "Ai sở hữu dữ liệu đô thị"),
    ("p", "Nhưng câu hỏi khó chịu bắt đầu từ đây. Cảm biến trên cột đèn do một công ty lắp đặt theo hợp đồng thuê dịch vụ. Vậy dữ liệu thuộc về ai: thành phố, nhà thầu hay những người đang sống dưới ánh đèn ấy? Nếu hết hợp đồng, kho dữ liệu năm năm sẽ đi đâu?"),
    ("p", "Tôi không có câu trả lời, chỉ nghĩ rằng những điều khoản này cần được bàn công khai ngay từ lúc ký, thay vì để đến khi có tranh chấp mới lật lại."),
    ("h", "Những việc nhỏ có thể làm ngay"),
    ("p", "Nếu được góp ý, tôi mong thành phố làm ba việc nhỏ: công bố dữ liệu cảm biến dưới dạng dễ tải về, cho người dân báo đèn hỏng bằng cách quét mã dán ngay trên cột, và mỗi quý kể lại bằng ngôn ngữ bình thường rằng dữ liệu ấy đã giúp sửa được những gì."),
    ("p", "Thành phố thông minh, suy cho cùng, là thành phố biết lắng nghe. Và đôi khi, việc lắng nghe bắt đầu từ một cột đèn đầu hẻm."),
]
BODIES["spiderum"] = SPIDERUM
