"""Article data, part 1 (all text written for this corpus; names, numbers and places invented)."""
import tpl

S1 = [("tin-1", "Hội nghị tập huấn kỹ năng số cho cán bộ cấp xã", "13/11/2024"), ("tin-2", "Ra mắt tổ công nghệ số cộng đồng phường Bình Minh", "12/11/2024")]

A = []

A.append(dict(
    n=1, tpl="nukeviet-mobile-news-detail", fn=tpl.nukeviet_mobile, url="https://nukeviet-mobile-news-detail.example.vn/news/chuyen-doi-so/kho-du-lieu-dung-chung-cua-tinh-ket-noi-them-14-co-so-du-lieu-chuyen-nganh-1873.html",
    pub="2024-11-14T09:35:00+07:00", time_shown=True, author=None, credit="Trung tâm Công nghệ thông tin và Truyền thông",
    flags=["nukeviet-hometext-h2", "office-credit", "schema-author-cms-account", "weekday-lowercase"],
    title="Kho dữ liệu dùng chung của tỉnh kết nối thêm 14 cơ sở dữ liệu chuyên ngành",
    lead="Đến hết tháng 10, kho dữ liệu dùng chung của tỉnh đã tích hợp 14 cơ sở dữ liệu chuyên ngành mới, nâng tổng số dịch vụ chia sẻ dữ liệu lên 62 dịch vụ.",
    side=S1,
    blocks=[
        "Theo báo cáo của Sở Thông tin và Truyền thông, các cơ sở dữ liệu vừa được kết nối gồm dữ liệu đất đai, hộ tịch, giấy phép lái xe, an sinh xã hội, cơ sở kinh doanh dịch vụ ăn uống và danh mục công trình xây dựng. Việc kết nối được thực hiện qua nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP).",
        "Trong 10 tháng, nền tảng LGSP ghi nhận hơn 4,7 triệu giao dịch, tăng gần gấp đôi so với cùng kỳ năm trước. Phần lớn giao dịch phục vụ việc tra cứu thông tin công dân khi giải quyết thủ tục hành chính, giúp người dân không phải nộp lại những giấy tờ mà cơ quan nhà nước đã có.",
        "Ông Lê Văn Khải, Phó Giám đốc Sở, cho biết khó khăn lớn nhất hiện nay là chất lượng dữ liệu ở một số ngành chưa đồng đều. Nhiều bản ghi được số hóa từ sổ sách giấy nên còn thiếu trường thông tin hoặc sai định dạng, phải rà soát, làm sạch trước khi đưa lên kho dùng chung.",
        "Để khắc phục, Sở đã ban hành bộ tiêu chí đánh giá chất lượng dữ liệu và yêu cầu các đơn vị chủ quản cập nhật định kỳ hằng tháng. Các sở, ngành cũng được đề nghị cử cán bộ đầu mối phụ trách dữ liệu, chịu trách nhiệm về tính chính xác của thông tin chia sẻ.",
        "Từ nay đến hết năm 2025, tỉnh đặt mục tiêu hoàn thành kết nối toàn bộ 27 cơ sở dữ liệu chuyên ngành trong danh mục dùng chung, đồng thời thử nghiệm cung cấp dữ liệu mở về giá nông sản, thời tiết và quy hoạch để doanh nghiệp, người dân khai thác.",
    ]))

A.append(dict(
    n=2, tpl="vcms-vietsoft-portlet-detail", fn=tpl.vcms_vietsoft, url="https://vcms-vietsoft-portlet-detail.example.vn/tin-tuc-su-kien/-/vcmsviewcontent/ZK8fQ2pLmN1a/1001/1001",
    pub="2024-10-22T16:05:41+07:00", time_shown=True, author=None, credit="Phòng Văn hóa và Thông tin quận",
    flags=["liferay-portlet", "seconds", "ngay-dang-label", "office-credit-bold-right", "print-email-tools"],
    title="Quận Tây Hồ đưa 100% hồ sơ thủ tục hành chính lên môi trường mạng",
    lead="Từ ngày 1/11, toàn bộ hồ sơ thủ tục hành chính thuộc thẩm quyền của UBND quận và 8 phường sẽ được tiếp nhận, xử lý và trả kết quả trên hệ thống thông tin giải quyết thủ tục hành chính.",
    side=[("a1", "Phường Nhật Tân ra mắt mô hình tổ dân phố số", "20/10/2024"), ("a2", "Tập huấn sử dụng chữ ký số cho cán bộ phường", "18/10/2024")],
    blocks=[
        "Theo kế hoạch của UBND quận, bộ phận một cửa các cấp sẽ số hóa hồ sơ ngay khi tiếp nhận, kể cả hồ sơ người dân nộp trực tiếp. Kết quả giải quyết được ký số và lưu trữ điện tử, người dân có thể tải bản điện tử có giá trị pháp lý tương đương bản giấy.",
        "Để chuẩn bị, quận đã trang bị thêm 36 máy quét tốc độ cao, cấp chứng thư số cho 214 cán bộ, công chức và tổ chức ba đợt tập huấn về quy trình xử lý hồ sơ điện tử. Mỗi phường bố trí ít nhất một nhân viên hướng dẫn người cao tuổi thao tác trên cổng dịch vụ công.",
        "Trong quý III, tỷ lệ hồ sơ trực tuyến toàn trình của quận mới đạt khoảng 58%. Nhiều thủ tục như chứng thực bản sao, đăng ký kinh doanh hộ cá thể vẫn chủ yếu nộp trực tiếp vì người dân chưa quen thao tác hoặc chưa có tài khoản định danh điện tử mức độ 2.",
        "Bà Đỗ Thị Hằng, Chánh Văn phòng HĐND và UBND quận, cho biết quận sẽ theo dõi, công khai tiến độ xử lý hồ sơ của từng đơn vị trên bảng điều hành. Những trường hợp chậm muộn phải có văn bản xin lỗi người dân và bị trừ điểm thi đua cuối năm.",
        "Quận cũng phối hợp với Công an quận đẩy nhanh việc kích hoạt tài khoản định danh điện tử cho người dân trên địa bàn, phấn đấu đến cuối năm có ít nhất 80% người trong độ tuổi trưởng thành sử dụng được tài khoản này khi thực hiện dịch vụ công.",
    ]))

A.append(dict(
    n=3, tpl="liferay-blogs-police-portal", fn=tpl.liferay_blogs_congan, url="https://liferay-blogs-police-portal.example.vn/tin-tuc-su-kien/-/blogs/cong-an-tinh-cap-hon-9-nghin-tai-khoan-dinh-danh-dien-tu-trong-thang-cao-diem",
    pub="2024-09-30T18:20:00+07:00", time_shown=True, author="Quang Huy, Thanh Tâm", author_disp="Quang Huy - Thanh Tâm", mod="02/10/2024 08:11",
    flags=["liferay-custom-portlet", "two-authors-dash", "modified-date", "bold-right-byline", "de-an-06"],
    title="Công an tỉnh cấp hơn 9 nghìn tài khoản định danh điện tử trong tháng cao điểm",
    lead="Trong tháng cao điểm triển khai Đề án 06, Công an tỉnh đã tiếp nhận và phê duyệt 9.236 hồ sơ cấp tài khoản định danh điện tử mức độ 2, vượt 15% chỉ tiêu đề ra.",
    side=[("b1", "Ra quân bảo đảm trật tự an toàn giao thông dịp cuối năm", "28/09/2024"), ("b2", "Khởi tố đối tượng lừa đảo qua mạng xã hội", "27/09/2024")],
    blocks=[
        "Để đạt kết quả này, lực lượng công an 112 xã, phường, thị trấn đã tổ chức các tổ công tác lưu động đến từng thôn, bản, trường học và khu công nghiệp. Nhiều điểm làm việc cả buổi tối và ngày nghỉ để thuận tiện cho công nhân, học sinh.",
        "Tại Khu công nghiệp Phú Điền, tổ công tác đã phối hợp với ban quản lý và công đoàn doanh nghiệp bố trí khu vực thu nhận hồ sơ ngay tại nhà ăn ca. Trong ba ngày, hơn 1.400 công nhân đã được hướng dẫn cài đặt ứng dụng VNeID và kích hoạt tài khoản.",
        "Đại tá Nguyễn Minh Sơn, Phó Giám đốc Công an tỉnh, đánh giá việc cấp tài khoản định danh mới chỉ là bước đầu. Điều quan trọng là người dân sử dụng tài khoản để làm thủ tục, thay thế giấy tờ trong các giao dịch, từ khám chữa bệnh đến đăng ký cư trú.",
        "Qua thực tế triển khai, lực lượng công an cũng phát hiện hơn 300 trường hợp thông tin công dân sai lệch giữa cơ sở dữ liệu quốc gia về dân cư và giấy tờ đang sử dụng. Các trường hợp này đã được hướng dẫn điều chỉnh, bảo đảm dữ liệu đúng, đủ, sạch, sống.",
        "Trong quý IV, Công an tỉnh tiếp tục phối hợp với ngành y tế và bảo hiểm xã hội mở rộng việc dùng căn cước điện tử khi khám chữa bệnh, đồng thời tăng cường tuyên truyền để người dân cảnh giác với các thủ đoạn giả danh công an cài đặt hộ ứng dụng.",
    ]))

A.append(dict(
    n=4, tpl="dnn-easydnnnews-huyen", fn=tpl.dnn_ubnd_huyen_aspnetform, url="https://dnn-easydnnnews-huyen.example.vn/tin-tuc/ArticleID/2215/huyen-ham-yen-trien-khai-thanh-toan-khong-dung-tien-mat-tai-cho-nong-thon",
    id="2215", pub="2024-08-07T14:42:18+07:00", time_shown=True, author="Hà Phương", author_disp="Hà Phương",
    flags=["aspnet-form", "viewstate", "12h-SA-CH", "seconds", "cms-account-nguoi-dang", "italic-right-byline"],
    title="Huyện Hàm Yên triển khai thanh toán không dùng tiền mặt tại chợ nông thôn",
    lead="Sau hai tháng thí điểm tại chợ trung tâm, mô hình chợ 4.0 đã được nhân rộng ra 6 chợ nông thôn trên địa bàn huyện với hơn 500 tiểu thương tham gia.",
    side=[("2210", "Họp bàn giải pháp tiêu thụ cam sành vụ mới", "05/08/2024"), ("2201", "Khai giảng lớp bồi dưỡng kỹ năng số cho tổ công nghệ số", "31/07/2024")],
    blocks=[
        "Mỗi quầy hàng tham gia được ngân hàng thương mại cấp mã QR riêng, in trên tấm biển nhựa treo ở vị trí dễ thấy. Người mua chỉ cần mở ứng dụng ngân hàng, quét mã và chuyển khoản, tiểu thương nhận thông báo bằng loa ngay tại quầy.",
        "Bà Triệu Thị Mai, bán rau tại chợ xã Thái Bình, cho biết ban đầu bà lo không biết dùng điện thoại, nhưng sau buổi hướng dẫn của đoàn thanh niên xã thì thấy rất đơn giản. Nay khoảng một nửa số khách mua hàng của bà trả tiền bằng cách quét mã.",
        "Theo Phòng Kinh tế và Hạ tầng huyện, ngoài chợ, thanh toán không dùng tiền mặt đang được mở rộng sang thu học phí, viện phí và tiền điện, nước. Toàn huyện hiện có 97% trường học thu học phí qua ngân hàng, trung tâm y tế huyện đã lắp đặt máy thanh toán thẻ tại khu khám bệnh.",
        "Tuy vậy, ở các thôn vùng cao, sóng di động còn yếu và nhiều người cao tuổi chưa có điện thoại thông minh, nên việc thanh toán số còn hạn chế. Huyện đã đề nghị các doanh nghiệp viễn thông lắp thêm trạm phát sóng tại 9 thôn lõm sóng trong năm nay.",
        "Thời gian tới, UBND huyện giao các tổ công nghệ số cộng đồng tiếp tục đến từng hộ kinh doanh hướng dẫn mở tài khoản, đồng thời cảnh báo các thủ đoạn dán đè mã QR giả để chiếm đoạt tiền của người bán hàng.",
    ]))
