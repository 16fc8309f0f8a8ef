"""Text of the long-form e-magazine page (page 17). Written for this corpus; names and figures are invented."""
from common import list_block, table_block

TITLE = "Chuyển đổi số trên rẻo cao: Hành trình năm năm của Lào Cai"
LEAD = ("Từ một tỉnh biên giới với nhiều xã chưa có sóng điện thoại, Lào Cai đã từng bước đưa dịch vụ công, thương "
        "mại và giáo dục lên môi trường số. Hành trình ấy chưa trọn vẹn, nhưng đã thay đổi cách người dân vùng cao "
        "làm việc, buôn bán và giao tiếp với chính quyền.")
CREDIT = "Nội dung: Phạm Hồng Nhung - Lại Văn Tú | Ảnh: Bùi Khánh | Thiết kế: Mai Anh"
AUTHOR = "Phạm Hồng Nhung, Lại Văn Tú"

TABLE = [["Chỉ tiêu", "Năm 2019", "Năm 2024"],
         ["Thôn, bản có sóng 4G", "61%", "97%"],
         ["Hồ sơ nộp trực tuyến", "8%", "72%"],
         ["Hộ có tài khoản thanh toán", "34%", "81%"],
         ["Xã có điểm hỗ trợ số", "12", "152"]]

LIST = ["Mỗi thôn có ít nhất một thành viên tổ công nghệ số được tập huấn bài bản;",
        "Tài liệu hướng dẫn được dịch sang tiếng Mông, tiếng Dao và tiếng Tày;",
        "Điểm hỗ trợ số đặt tại nhà văn hóa, mở cửa cả buổi tối và ngày nghỉ;",
        "Học sinh trung học được giao nhiệm vụ hướng dẫn ông bà, cha mẹ tại nhà."]

SECTIONS = [
    ("Những con số khởi đầu", [
        "Năm 2019, khi tỉnh bắt đầu xây dựng đề án chuyển đổi số, bức tranh hạ tầng còn nhiều khoảng trống. Gần bốn "
        "phần mười số thôn, bản chưa có sóng 4G, nhiều xã ở Bát Xát, Si Ma Cai, Mường Khương chỉ có sóng chập chờn ở "
        "khu trung tâm. Cán bộ xã muốn gửi một văn bản lên huyện đôi khi phải leo lên đồi cao mới bắt được tín hiệu.",
        "Tỷ lệ hồ sơ thủ tục hành chính nộp qua mạng khi đó chỉ khoảng 8%, phần lớn là của doanh nghiệp ở thành phố. "
        "Với người dân vùng cao, khái niệm dịch vụ công trực tuyến gần như xa lạ. Một lần đi làm giấy tờ có thể mất cả "
        "ngày đường, chưa kể những lần phải quay lại vì thiếu giấy tờ.",
        "Ông Vàng Seo Páo, nguyên cán bộ tư pháp một xã biên giới, nhớ lại: \"Hồi đó tôi nhận hồ sơ bằng sổ, cuối tuần "
        "mang xuống huyện nộp. Người dân hỏi bao giờ có kết quả, tôi cũng không trả lời được chính xác, vì còn tùy "
        "huyện xử lý nhanh hay chậm\".",
    ]),
    ("Hạ tầng đi trước một bước", [
        "Xác định hạ tầng là điều kiện tiên quyết, tỉnh làm việc với các doanh nghiệp viễn thông để ưu tiên xây trạm "
        "phát sóng ở vùng lõm sóng. Ở những nơi doanh nghiệp không có lãi, tỉnh lồng ghép nguồn vốn chương trình mục "
        "tiêu quốc gia và quỹ dịch vụ viễn thông công ích để hỗ trợ.",
        "Có những trạm phát sóng phải vận chuyển thiết bị bằng sức người và ngựa thồ qua nhiều cây số đường đèo. Anh "
        "Lý Văn Sinh, kỹ sư của một nhà mạng, kể nhóm của anh từng mất gần một tuần để dựng xong trạm ở một bản giáp "
        "biên giới, vì mưa rừng làm sạt đường liên tục.",
        "Đến năm 2024, 97% thôn, bản trong tỉnh đã có sóng 4G. Đường truyền cáp quang đến tất cả trụ sở xã, trường học "
        "và trạm y tế. Đây là nền móng để các ứng dụng số thực sự đến được với người dân, thay vì chỉ nằm trên giấy.",
    ]),
    ("Chính quyền số từ tỉnh đến bản", [
        "Cùng với hạ tầng, tỉnh triển khai hệ thống quản lý văn bản và điều hành liên thông bốn cấp. Văn bản giấy giữa "
        "các cơ quan nhà nước gần như không còn, hồ sơ công việc được xử lý và ký số trên môi trường mạng. Các cuộc "
        "họp từ tỉnh xuống xã được tổ chức trực tuyến, tiết kiệm đáng kể thời gian và chi phí đi lại.",
        "Trung tâm Phục vụ hành chính công tỉnh trở thành đầu mối tiếp nhận, số hóa hồ sơ. Mọi giấy tờ người dân nộp "
        "đều được quét và lưu vào kho dữ liệu, lần sau không phải nộp lại. Bảng dưới đây cho thấy một số chỉ tiêu "
        "thay đổi sau năm năm triển khai:",
        table_block(TABLE),
        "Điều khiến cán bộ một cửa cấp xã hài lòng nhất là không còn phải đi nộp hồ sơ hộ dân. Kết quả được trả qua "
        "mạng hoặc qua bưu điện, người dân nhận được tin nhắn thông báo ngay khi hồ sơ hoàn tất.",
    ]),
    ("Kinh tế số trên những triền núi", [
        "Ở Bắc Hà, mận tam hoa từng chỉ bán cho thương lái với giá do họ quyết định. Vài năm gần đây, nhiều hộ đã mở "
        "gian hàng trên sàn thương mại điện tử, quay video vườn mận để bán trực tiếp cho khách ở Hà Nội và các tỉnh "
        "đồng bằng. Giá bán cao hơn, lại chủ động được đầu ra.",
        "Chị Giàng Thị Mỷ, một hộ trồng mận ở xã Bản Phố, cho biết năm ngoái gia đình chị bán qua mạng được khoảng hai "
        "tấn quả, gần một nửa sản lượng. Chị học cách đóng thùng, dán mã truy xuất nguồn gốc, thậm chí học cả cách trả "
        "lời khách hỏi qua tin nhắn lúc nửa đêm.",
        "Du lịch cũng là lĩnh vực thay đổi nhanh. Các homestay ở Sa Pa, Y Tý nhận đặt phòng qua ứng dụng, thanh toán "
        "bằng mã QR. Chợ phiên vùng cao giờ có không ít sạp hàng thổ cẩm treo mã thanh toán bên cạnh những tấm vải "
        "chàm, điều mà vài năm trước khó ai hình dung nổi.",
    ]),
    ("Xã hội số: người dân là trung tâm", [
        "Tỉnh hiểu rằng công nghệ chỉ có ý nghĩa khi người dân biết dùng và tin dùng. Vì thế, mạng lưới tổ công nghệ "
        "số cộng đồng được thành lập ở tất cả các thôn, bản. Cách làm được tổng kết thành mấy nguyên tắc đơn giản:",
        list_block(LIST),
        "Em Thào Seo Chứ, học sinh lớp 11 Trường Phổ thông dân tộc nội trú huyện Si Ma Cai, kể mỗi dịp về nhà em lại "
        "hướng dẫn bố mẹ cách xem điểm của em trên ứng dụng, cách nhận tiền hỗ trợ qua tài khoản. \"Bố em bảo học "
        "cái này khó hơn học cày, nhưng học được rồi thì thấy tiện\", Chứ cười.",
        "Y tế cũng được số hóa mạnh. Các trạm y tế xã kết nối khám chữa bệnh từ xa với bệnh viện tuyến tỉnh, bác sĩ ở "
        "thành phố có thể hội chẩn cùng y sĩ xã qua màn hình. Nhiều ca bệnh nặng được phát hiện và chuyển viện kịp "
        "thời nhờ cách làm này.",
    ]),
    ("Những điểm nghẽn còn lại", [
        "Dù đạt nhiều kết quả, hành trình chuyển đổi số ở vùng cao vẫn còn không ít trắc trở. Nhiều dịch vụ công trực "
        "tuyến có giao diện phức tạp, yêu cầu nhập nhiều thông tin, gây khó cho người dân ít chữ. Không phải gia đình "
        "nào cũng có điện thoại thông minh, và chi phí dữ liệu di động vẫn là gánh nặng với hộ nghèo.",
        "Nhân lực cũng là bài toán khó. Cán bộ công nghệ thông tin ở cấp huyện, cấp xã còn mỏng, nhiều người kiêm "
        "nhiệm. Khi hệ thống gặp sự cố, xã phải chờ hỗ trợ từ tỉnh, có khi mất vài ngày. Việc giữ chân người giỏi ở "
        "vùng khó khăn càng không dễ khi thu nhập chưa hấp dẫn.",
        "Bên cạnh đó, an toàn thông tin là nỗi lo mới. Số vụ lừa đảo qua mạng nhắm vào người dân vùng cao tăng lên, với "
        "những thủ đoạn giả danh cán bộ, giả danh ngân hàng. Tỉnh đã phải đưa nội dung cảnh giác lừa đảo vào mọi buổi "
        "tập huấn của tổ công nghệ số cộng đồng.",
    ]),
    ("Lớp học mở ra thế giới", [
        "Ở điểm trường Tả Giàng Phình, cô giáo Lù Thị Hoa từng phải dạy học trò qua những trang sách cũ, tranh ảnh "
        "minh họa ít ỏi. Từ khi có đường truyền và màn hình tương tác do một doanh nghiệp tài trợ, cô có thể cho các "
        "em xem video về biển, về những thành phố lớn mà nhiều em chưa từng đến.",
        "Toàn tỉnh hiện có hơn bốn trăm phòng học được trang bị thiết bị dạy học thông minh. Giáo viên được tập huấn "
        "soạn bài giảng điện tử, sử dụng kho học liệu số dùng chung. Sổ liên lạc điện tử giúp phụ huynh ở xa theo dõi "
        "việc học của con, dù nhiều gia đình vẫn cần giáo viên gọi điện nhắc nhở.",
        "Ngành giáo dục tỉnh cho biết, mục tiêu trong hai năm tới là bảo đảm mỗi trường trung tâm xã có ít nhất một "
        "phòng học kết nối trực tuyến, để học sinh vùng cao có thể tham gia các lớp học chung với học sinh thành phố, "
        "thu hẹp dần khoảng cách về cơ hội tiếp cận tri thức giữa các vùng miền.",
    ]),
    ("Chặng đường phía trước", [
        "Trong giai đoạn tới, tỉnh xác định trọng tâm là khai thác dữ liệu, thay vì chỉ số hóa quy trình. Các cơ sở "
        "dữ liệu về dân cư, đất đai, y tế, giáo dục sẽ được kết nối để chính quyền chủ động cung cấp dịch vụ cho người "
        "dân, chẳng hạn tự động gợi ý thủ tục khi một em bé được sinh ra hay khi người cao tuổi đến tuổi hưởng trợ cấp.",
        "Lãnh đạo tỉnh nhấn mạnh, chuyển đổi số không phải là cuộc đua về số liệu mà là câu chuyện về con người. Mỗi "
        "người dân vùng cao tự tin cầm điện thoại làm thủ tục, bán hàng hay khám bệnh từ xa mới là thước đo thật sự "
        "của thành công. Năm năm là một chặng đường, nhưng hành trình ấy vẫn còn tiếp tục trên những triền núi.",
    ]),
]


def blocks():
    out = []
    for head, ps in SECTIONS:
        out.append(head)
        out.extend(ps)
    return out
