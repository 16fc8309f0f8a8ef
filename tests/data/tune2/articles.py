"""Article data for the tune2 set: every sentence written for this set (invented news).

Body blocks: a plain string is a paragraph, ("h", s) an in-body heading, ("ul", [items]) a list,
("tbl", [[cells], ...]) a table (truth: one row per line, cells joined with " | ").
`dl` is the date line exactly as the template shows it ({wd} = Vietnamese weekday of `pub`).
"""

A = []


def art(**kw):
    kw.setdefault("flags", [])
    kw.setdefault("rel", True)
    kw.setdefault("lead", "")
    kw.setdefault("author", None)
    kw.setdefault("shown", True)
    kw.setdefault("byline", None)
    kw.setdefault("source", None)
    kw.setdefault("is_article", True)
    A.append(kw)


# ---------------------------------------------------------------- forums
art(fam="forum", tpl="vbulletin3", slug="showthread.php?t=48213",
    host="diendan.example-quangngai.vn", author="tuan_cntt_qn",
    pub="2025-03-18T21:15:00+07:00", dl="18-03-2025, 09:15 PM",
    flags=["vb3_table_layout", "day_first_12h", "replies_after_first_post", "signature"],
    title="Chia sẻ kinh nghiệm triển khai chữ ký số cho cán bộ cấp xã ở Quảng Ngãi",
    body=[
        "Chào các bác, mình làm ở bộ phận công nghệ thông tin của một huyện miền núi Quảng Ngãi, vừa xong đợt cấp chữ ký số cá nhân cho gần 400 cán bộ, công chức cấp xã nên muốn chia sẻ lại vài kinh nghiệm để anh em nơi khác tham khảo.",
        "Khó nhất không phải là thiết bị mà là thói quen. Nhiều anh chị quen in văn bản ra ký tay rồi mới scan lên hệ thống, nên tuần đầu số văn bản ký số chỉ được khoảng một phần ba. Bọn mình phải xuống từng xã, ngồi cùng văn thư cài phần mềm ký trên điện thoại và làm mẫu ngay trên văn bản thật.",
        "Sau hai tuần, tỷ lệ văn bản đi được ký số ở các xã lên hơn 85%. Xã nào có lãnh đạo chịu khó ký trên điện thoại thì gần như không còn văn bản giấy nữa.",
        "Một lưu ý nhỏ: nên thống nhất trước vị trí đặt hình chữ ký trên mẫu văn bản, nếu không mỗi người đặt một chỗ, đóng dấu số bị đè lên chữ, in ra rất khó đọc.",
        "Bác nào đang làm thì cứ hỏi, mình biết gì sẽ trả lời.",
    ])
art(fam="forum", tpl="vbulletin3", slug="showthread.php?t=51077",
    host="diendan.example-nongnghiep.vn", author="HaiSauRieng",
    pub="2025-05-22T06:40:00+07:00", dl="22-05-2025, 06:40 AM", rel=False,
    flags=["vb3_table_layout", "off_topic", "day_first_12h"],
    title="Hỏi cách xử lý sầu riêng bị nứt trái trước thu hoạch ở Krông Pắc",
    body=[
        "Nhà em có hơn hai hecta sầu riêng Ri6 ở Krông Pắc, năm nay trái đang tầm 95 ngày thì gặp mấy trận mưa lớn liền nhau, sáng ra thấy khá nhiều trái nứt ở phần cuống và múi.",
        "Em đã giảm tưới từ đầu tháng, có bón thêm kali nhưng tình hình không đỡ bao nhiêu. Thương lái đến xem thì chê, trả giá thấp hơn gần một nửa so với hàng đẹp.",
        "Các bác có kinh nghiệm cho em hỏi là nên thu sớm những trái đã đủ tuổi hay cố giữ thêm vài ngày cho đủ chín? Có cách nào che phủ gốc để hạn chế hút nước quá nhanh sau mưa không ạ?",
        "Em cảm ơn mọi người đã đọc, vườn đang gấp nên mong nhận được góp ý sớm.",
        "Năm ngoái vườn bên cạnh cũng bị y như vậy, họ phủ rơm quanh gốc và đào rãnh thoát nước giữa các hàng, thấy đỡ được phần nào. Em đang tính làm theo nhưng sợ không kịp.",
    ])
art(fam="forum", tpl="vbulletin4", slug="showthread.php?128904-Binh-Dinh-thi-diem-so-suc-khoe-dien-tu",
    host="forum.example-binhdinh.vn", author="minhkhoa.bd",
    pub="2025-03-15T20:40:00+07:00", dl="03-15-2025, 08:40 PM",
    flags=["vb4_postbitlegacy", "month_first_12h", "quote_in_reply"],
    title="Bình Định thí điểm sổ sức khỏe điện tử: ai dùng rồi cho ý kiến",
    body=[
        "Tuần này phường mình bắt đầu hướng dẫn người dân kích hoạt sổ sức khỏe điện tử trên ứng dụng định danh. Mình đã thử và thấy có đủ lịch sử tiêm chủng, kết quả khám sức khỏe lái xe hồi năm ngoái.",
        "Điểm cộng là khi đi khám ở bệnh viện tỉnh chỉ cần đưa mã QR, nhân viên tra được ngay thông tin bảo hiểm y tế, không phải chờ photo giấy tờ như trước.",
        "Điểm trừ là dữ liệu của các phòng khám tư chưa có, và một số lần khám ở trạm y tế xã cũng chưa được cập nhật lên. Mình hỏi thì được biết trạm đang chuyển sang phần mềm mới nên phải đến quý sau mới đồng bộ đủ.",
        "Mọi người ở các huyện khác đã dùng chưa, có gặp lỗi đăng nhập như mình không? Mình phải thử ba lần mới xác thực được khuôn mặt.",
    ])
art(fam="forum", tpl="xenforo1", slug="threads/ha-tinh-mo-lop-ky-nang-so-cho-tieu-thuong.20331/",
    host="congdong.example-hatinh.vn", author="LeThuHuong",
    pub="2025-03-14T10:05:00+07:00", dl="14/3/25 lúc 10:05",
    flags=["xenforo1_messageText", "abbr_datetime", "two_digit_year", "signature"],
    title="Hà Tĩnh mở lớp kỹ năng số miễn phí cho tiểu thương chợ Thành Sen",
    body=[
        "Thông tin cho bà con buôn bán ở chợ Thành Sen: từ thứ Hai tuần sau, Đoàn thanh niên phường phối hợp với một ngân hàng mở lớp hướng dẫn bán hàng trên mạng và nhận tiền qua mã QR, hoàn toàn miễn phí.",
        "Mỗi lớp khoảng 30 người, học vào buổi chiều từ 14 giờ đến 16 giờ để không ảnh hưởng giờ bán buổi sáng. Nội dung gồm:",
        ("ul", ["Tạo và in mã QR nhận tiền cho từng quầy hàng", "Chụp ảnh sản phẩm bằng điện thoại và đăng lên sàn thương mại điện tử", "Nhận diện tin nhắn lừa đảo giả danh ngân hàng"]),
        "Ai muốn đăng ký thì báo tên cho ban quản lý chợ hoặc nhắn trực tiếp cho mình trong diễn đàn. Các cô chú lớn tuổi có thể mang theo con cháu đi cùng để học chung.",
        "Lớp đầu tiên đã có hơn 20 người đăng ký, chủ yếu là các cô bán rau, bán cá ở dãy ngoài. Ban quản lý chợ cũng hứa sẽ lắp thêm điểm phát wifi ở khu nhà lồng để bà con tiện thực hành.",
    ])
art(fam="forum", tpl="xenforo2", slug="threads/kinh-nghiem-nop-ho-so-dat-dai-truc-tuyen-o-long-an.7781/",
    host="forum.example-longan.vn", author="Trần Quốc Bảo",
    pub="2025-04-02T07:30:00+07:00", dl="2/4/2025",
    flags=["xenforo2_bbWrapper", "time_u_dt_attr_only_time", "reply_with_quote"],
    title="Kinh nghiệm nộp hồ sơ đất đai trực tuyến ở Long An",
    body=[
        "Mình vừa làm xong thủ tục đăng ký biến động đất đai hoàn toàn trên Cổng dịch vụ công của tỉnh, từ lúc nộp đến lúc nhận kết quả mất 9 ngày làm việc, nhanh hơn hẹn gần một tuần.",
        "Cách làm: đăng nhập bằng tài khoản định danh mức 2, chọn đúng thủ tục theo loại biến động, tải lên bản scan hợp đồng đã công chứng và giấy chứng nhận cũ. Phí nộp qua ví điện tử, biên lai gửi về ngay trong hồ sơ.",
        "Lưu ý là file scan phải rõ, mỗi file dưới 10 MB. Lần đầu mình chụp bằng điện thoại bị trả lại vì mờ chữ ở trang cuối.",
        "Khi có kết quả, văn phòng đăng ký đất đai gọi điện hẹn lên nhận bản gốc giấy chứng nhận. Cả quá trình mình chỉ phải đến cơ quan đúng một lần.",
        "Ai chưa có tài khoản định danh mức 2 thì nên ra công an xã làm trước, vì nếu đăng nhập bằng tài khoản thường thì một số thủ tục đất đai sẽ không hiện nút nộp hồ sơ.",
    ])
art(fam="forum", tpl="xenforo2", slug="threads/doi-bong-da-phong-dien-vo-dich-giai-huyen.9120/",
    host="forum.example-cantho.vn", author="ToanPhongDien", rel=False,
    pub="2025-06-09T19:02:00+07:00", dl="9/6/2025",
    flags=["xenforo2_bbWrapper", "off_topic"],
    title="Đội bóng đá xã Nhơn Nghĩa vô địch giải phong trào huyện Phong Điền",
    body=[
        "Tối qua sân vận động huyện chật kín người xem trận chung kết giải bóng đá phong trào. Đội xã Nhơn Nghĩa thắng đội thị trấn Phong Điền 3-2 sau khi bị dẫn trước hai bàn trong hiệp một.",
        "Người hùng của trận đấu là tiền đạo Lâm Minh Thuận, năm nay mới 19 tuổi, ghi hai bàn trong mười phút cuối. Cả sân đứng dậy vỗ tay khi cậu sút tung lưới ở phút 88.",
        "Giải năm nay có 12 đội tham dự, thi đấu suốt ba tuần vào các buổi tối cuối tuần. Ban tổ chức cho biết năm sau sẽ mở thêm giải cho lứa tuổi thiếu niên.",
        "Sau trận đấu, cả đội được bà con đón về xã bằng đoàn xe máy dài gần một cây số. Anh em trong đội nói sẽ dùng tiền thưởng để sửa lại sân tập bị ngập mỗi mùa mưa.",
    ])
art(fam="forum", tpl="phpbb3", slug="viewtopic.php?f=12&t=3391",
    host="bbs.example-thainguyen.vn", author="hoangnam_tn",
    pub="2025-03-10T09:12:00+07:00", dl="Mon Mar 10, 2025 9:12 am",
    flags=["phpbb3_prosilver", "by_author_raquo_date", "english_weekday_12h"],
    title="Thái Nguyên: trường học dùng sổ liên lạc điện tử, phụ huynh thấy thế nào?",
    body=[
        "Từ học kỳ này, trường tiểu học của con mình ở thành phố Thái Nguyên bỏ hẳn sổ liên lạc giấy, chuyển sang ứng dụng trên điện thoại. Giáo viên nhập điểm, nhận xét và thông báo họp phụ huynh ngay trên đó.",
        "Mình thấy tiện vì biết ngay hôm nay con học gì, có bài tập gì. Học phí cũng thanh toán qua ứng dụng, không phải gửi tiền mặt cho con mang đến lớp nữa.",
        "Tuy vậy, ông bà ở nhà đưa đón cháu thì không dùng được điện thoại thông minh, nên nhiều thông báo gấp vẫn phải nhờ cô giáo gọi điện. Mình nghĩ nhà trường nên giữ thêm kênh tin nhắn thường cho những gia đình như vậy.",
        "Các phụ huynh khác đã dùng thấy sao, chia sẻ với nhé.",
        "Thêm một ý nữa là ứng dụng hay gửi thông báo dồn dập vào buổi tối, có hôm mình nhận hơn chục tin. Giá mà nhà trường gom lại thành một bản tin mỗi ngày thì dễ theo dõi hơn.",
    ])
art(fam="forum", tpl="vbulletin4_list", slug="forumdisplay.php?42-Chuyen-doi-so-dia-phuong",
    host="forum.example-binhdinh.vn", is_article=False, rel=True, pub=None, shown=False,
    flags=["thread_listing", "month_first_dates"], title="", body=[])

# ---------------------------------------------------------------- liferay
art(fam="liferay", tpl="liferay6", slug="web/guest/tin-tuc/-/asset_publisher/aB3xQ/content/nghe-an-ket-qua-chi-so-cds-2024",
    host="nghean.example-tinh.gov.vn", author="Hồ Phương",
    pub="2025-02-26T15:20:00+07:00", dl="{wd}, 26/02/2025 - 15:20",
    byline='<p style="text-align: right;"><strong>Hồ Phương</strong></p>',
    flags=["journal_content_article", "table_in_body", "right_bold_author", "weekday_dash_time"],
    title="Nghệ An công bố kết quả đánh giá mức độ chuyển đổi số cấp huyện năm 2024",
    lead="Thành phố Vinh tiếp tục dẫn đầu, trong khi ba huyện miền núi có mức tăng điểm cao nhất so với năm trước.",
    body=[
        "Sở Thông tin và Truyền thông vừa công bố kết quả đánh giá mức độ chuyển đổi số của 21 huyện, thành phố, thị xã năm 2024. Bộ chỉ số gồm ba trụ cột chính quyền số, kinh tế số và xã hội số với tổng cộng 98 chỉ tiêu thành phần.",
        ("h", "Năm đơn vị dẫn đầu"),
        ("tbl", [["Xếp hạng", "Đơn vị", "Điểm"], ["1", "Thành phố Vinh", "812,4"], ["2", "Thị xã Cửa Lò", "776,9"], ["3", "Huyện Diễn Châu", "741,2"], ["4", "Thị xã Hoàng Mai", "735,0"], ["5", "Huyện Nghi Lộc", "729,8"]]),
        "Đáng chú ý, các huyện Quế Phong, Kỳ Sơn và Tương Dương dù vẫn ở nhóm cuối nhưng tăng từ 90 đến 130 điểm, chủ yếu nhờ phủ sóng di động đến các bản vùng cao và tăng tỷ lệ hồ sơ trực tuyến.",
        "Theo đánh giá của hội đồng, điểm yếu chung của cấp huyện là chỉ số kinh tế số, đặc biệt là tỷ lệ doanh nghiệp nhỏ sử dụng hóa đơn điện tử và nền tảng số trong quản trị. Nhiều huyện chưa có số liệu thống kê riêng mà phải ước tính từ số liệu của tỉnh.",
        "Ông Phan Đức Lượng, Giám đốc Sở, đề nghị các địa phương rà soát từng chỉ tiêu bị điểm thấp, phân công rõ cơ quan chịu trách nhiệm và báo cáo tiến độ hằng quý. Kết quả đánh giá năm 2025 sẽ là căn cứ để xét thi đua cuối năm.",
    ])
art(fam="liferay", tpl="liferay6_ap", slug="web/guest/chuyen-doi-so/-/asset_publisher/Tq81c/content/thanh-hoa-nen-tang-so-hop-tac-xa",
    host="thanhhoa.example-tinh.gov.vn", author="Lê Hà",
    pub="2025-01-08T08:05:00+07:00", dl="Ngày đăng: 08/01/2025 08:05",
    byline="<p><em>Bài, ảnh: Lê Hà</em></p>",
    flags=["asset_publisher_full_content", "list_in_body", "bai_anh_byline", "caption"],
    title="Thanh Hóa hỗ trợ 120 hợp tác xã đưa sản phẩm lên nền tảng số",
    lead="Sau một năm triển khai, doanh thu bán hàng trực tuyến của các hợp tác xã tham gia chương trình tăng bình quân 27%.",
    body=[
        "Chương trình hỗ trợ hợp tác xã chuyển đổi số của tỉnh được Liên minh Hợp tác xã chủ trì, phối hợp với Sở Công Thương và các doanh nghiệp bưu chính thực hiện từ đầu năm 2024.",
        "Các hợp tác xã tham gia được hỗ trợ các nội dung sau:",
        ("ul", ["Thiết kế nhãn và mã truy xuất nguồn gốc cho sản phẩm", "Mở gian hàng trên sàn thương mại điện tử và trang bán hàng của bưu điện", "Phần mềm kế toán, hóa đơn điện tử miễn phí trong 12 tháng", "Đào tạo livestream bán hàng cho tối thiểu hai thành viên"]),
        "Tại Hợp tác xã nông nghiệp Thiệu Giao, chị Lê Thị Vân, người phụ trách bán hàng, cho biết mỗi tối chị livestream khoảng một giờ giới thiệu nem chua và bánh gai. Ngày cao điểm dịp Tết, hợp tác xã nhận hơn 300 đơn hàng, phải huy động thêm người đóng gói.",
        "Tuy vậy, không ít hợp tác xã vẫn lúng túng khâu vận chuyển hàng tươi sống và xử lý đổi trả. Liên minh Hợp tác xã tỉnh cho biết năm nay sẽ ký thỏa thuận với các đơn vị vận chuyển để có giá cước ưu đãi và kho lạnh trung chuyển tại thành phố.",
    ])
art(fam="liferay", tpl="liferay7", slug="web/portal/tin-tuc/-/asset_publisher/Zp0kM/content/quang-tri-vu-lua-dong-xuan",
    host="quangtri.example-tinh.gov.vn", author="Thanh Lê", rel=False,
    pub="2025-01-15T00:00:00+07:00", dl="15/01/2025", shown=False,
    byline="<p style=\"text-align:right\">Thanh Lê</p>",
    flags=["liferay7_journal_content", "off_topic", "date_only_no_time", "right_aligned_plain_author"],
    title="Quảng Trị gieo cấy hơn 25.000 ha lúa vụ Đông Xuân",
    lead="Ngành nông nghiệp khuyến cáo nông dân gieo cấy tập trung trong khung lịch thời vụ để tránh rét đậm cuối tháng Giêng.",
    body=[
        "Đến giữa tháng 1, các địa phương trong tỉnh đã gieo cấy hơn 25.000 ha lúa vụ Đông Xuân, đạt khoảng 51% kế hoạch. Các huyện Hải Lăng, Triệu Phong và Gio Linh có tiến độ nhanh nhất nhờ chủ động nguồn nước tưới từ hệ thống thủy lợi Nam Thạch Hãn.",
        "Cơ cấu giống năm nay ưu tiên các giống ngắn ngày, chống chịu sâu bệnh tốt. Nhiều hợp tác xã chuyển sang gieo sạ bằng máy để giảm lượng giống và công lao động, mỗi hecta tiết kiệm được khoảng 40 kg lúa giống.",
        "Chi cục Trồng trọt và Bảo vệ thực vật khuyến cáo nông dân theo dõi dự báo thời tiết, không gieo khi nhiệt độ trung bình ngày xuống dưới 15 độ C. Với diện tích đã gieo, cần giữ mực nước trong ruộng từ 3 đến 5 cm để chống rét cho mạ.",
        "Toàn tỉnh phấn đấu hoàn thành gieo cấy trước ngày 5 tháng 2, với năng suất bình quân đạt 58 tạ mỗi hecta.",
    ])
art(fam="liferay", tpl="liferay7_ap", slug="web/portal/chuyen-doi-so/-/asset_publisher/Ws4rD/content/ha-nam-ke-hoach-cds-2025",
    host="hanam.example-tinh.gov.vn", author="Nguyễn Thu Trang",
    pub="2025-03-04T10:30:00+07:00", dl="Ngày xuất bản: 04/03/2025 | 10:30",
    byline="<p><strong>Nguyễn Thu Trang</strong> (Trung tâm CNTT và Truyền thông)</p>",
    flags=["asset_full_content", "table_and_list", "author_with_unit", "long_body"],
    title="Hà Nam ban hành kế hoạch chuyển đổi số năm 2025 với 46 nhiệm vụ",
    lead="Kế hoạch đặt mục tiêu 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng và 80% người trưởng thành có chữ ký số hoặc chữ ký điện tử.",
    body=[
        "Ủy ban nhân dân tỉnh Hà Nam vừa ban hành kế hoạch chuyển đổi số năm 2025, giao 46 nhiệm vụ cụ thể cho các sở, ngành và ủy ban nhân dân cấp huyện. So với năm trước, kế hoạch lần này gắn mỗi nhiệm vụ với một chỉ tiêu đo được và thời hạn hoàn thành theo quý.",
        ("h", "Các chỉ tiêu chủ yếu"),
        ("tbl", [["Chỉ tiêu", "Năm 2024", "Mục tiêu 2025"], ["Hồ sơ trực tuyến toàn trình", "54%", "75%"], ["Thanh toán trực tuyến phí, lệ phí", "41%", "60%"], ["Hộ gia đình có cáp quang", "86%", "92%"], ["Doanh nghiệp dùng hóa đơn điện tử", "97%", "100%"]]),
        "Về chính quyền số, tỉnh tập trung hoàn thiện kho dữ liệu dùng chung, kết nối thêm cơ sở dữ liệu về đất đai, giáo dục và y tế. Mọi thông tin người dân đã cung cấp cho cơ quan nhà nước sẽ không phải cung cấp lại khi làm thủ tục khác.",
        ("h", "Nhiệm vụ giao cho cấp huyện"),
        ("ul", ["Duy trì hoạt động của tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố", "Tổ chức ít nhất hai đợt ra quân hướng dẫn người dân dùng dịch vụ công trực tuyến mỗi quý", "Số hóa hồ sơ hộ tịch còn lưu trữ giấy trước ngày 30 tháng 9", "Báo cáo kết quả thực hiện trước ngày 20 của tháng cuối quý"]),
        "Về kinh tế số, Sở Công Thương được giao hỗ trợ ít nhất 500 hộ kinh doanh tham gia sàn thương mại điện tử, đồng thời phối hợp với các ngân hàng mở rộng thanh toán không dùng tiền mặt tại chợ và bệnh viện.",
        "Kinh phí thực hiện kế hoạch được bố trí từ ngân sách tỉnh, nguồn sự nghiệp thông tin và truyền thông cùng các nguồn huy động hợp pháp khác. Sở Thông tin và Truyền thông là cơ quan thường trực, tổng hợp báo cáo Ban Chỉ đạo chuyển đổi số của tỉnh hằng tháng.",
    ])
art(fam="liferay", tpl="liferay6_list", slug="web/guest/chuyen-doi-so/-/asset_publisher/Tq81c/content",
    host="thanhhoa.example-tinh.gov.vn", is_article=False, pub=None, shown=False,
    flags=["asset_publisher_abstracts", "pagination"], title="", body=[])
art(fam="liferay", tpl="liferay7", slug="web/portal/tin-tuc/-/asset_publisher/Zp0kM/content/quang-tri-camera-giao-thong",
    host="quangtri.example-tinh.gov.vn", author="Trần Tuyền",
    pub="2025-05-19T14:00:00+07:00", dl="19/05/2025 14:00",
    byline="<p><strong>Tác giả: Trần Tuyền</strong></p>", source="Sở Thông tin và Truyền thông",
    flags=["liferay7_journal_content", "tac_gia_label", "nguon_line_after_author", "list_in_body"],
    title="Đông Hà lắp đặt 86 camera giám sát giao thông và an ninh trật tự",
    lead="Hệ thống camera được kết nối về Trung tâm Điều hành thông minh của tỉnh, phục vụ xử phạt nguội và tìm kiếm phương tiện vi phạm.",
    body=[
        "Thành phố Đông Hà vừa hoàn thành giai đoạn một dự án camera giám sát với 86 điểm lắp đặt tại các nút giao thông chính, cổng trường học và khu vực chợ.",
        "Theo Trung tâm Điều hành thông minh, các camera có khả năng nhận dạng biển số, phát hiện phương tiện đi ngược chiều, vượt đèn đỏ và dừng đỗ sai quy định. Dữ liệu được lưu trữ 30 ngày trên máy chủ của tỉnh.",
        "Những hành vi vi phạm bị ghi nhận nhiều nhất trong tháng đầu vận hành gồm:",
        ("ul", ["Không chấp hành tín hiệu đèn giao thông", "Đi ngược chiều trên đường Hùng Vương", "Dừng đỗ xe trước cổng trường vào giờ tan học"]),
        "Công an thành phố cho biết sau khi có camera, số vụ trộm xe máy ở khu vực chợ Đông Hà giảm rõ rệt. Giai đoạn hai, dự kiến triển khai trong năm tới, sẽ bổ sung thêm 60 camera tại các phường ven đô.",
    ])

# ---------------------------------------------------------------- joomla
art(fam="joomla", tpl="joomla3", slug="tin-tuc/chuyen-doi-so/1482-ben-tre-hoc-ba-so",
    host="sogddt.example-bentre.vn", author=None, createdby="Phòng Giáo dục Trung học",
    pub="2025-02-17T09:22:41+07:00", dl="Được đăng: 17 Tháng 2 2025 09:22:41",
    flags=["joomla3_article_info", "createdby_is_unit", "seconds_in_time", "pagenavigation"],
    title="Bến Tre triển khai học bạ số cho toàn bộ học sinh tiểu học",
    lead="",
    body=[
        "Từ năm học này, 100% trường tiểu học trên địa bàn tỉnh Bến Tre sử dụng học bạ số thay cho học bạ giấy. Học bạ được giáo viên chủ nhiệm cập nhật trên phần mềm quản lý trường học và hiệu trưởng ký số vào cuối năm.",
        "Theo Sở Giáo dục và Đào tạo, việc chuyển sang học bạ số giúp giảm đáng kể thời gian ghi chép, hạn chế sai sót khi chuyển điểm và thuận lợi khi học sinh chuyển trường, vì nhà trường mới có thể nhận dữ liệu ngay trên hệ thống.",
        "Trong học kỳ I, sở đã tổ chức tập huấn cho hơn 3.100 giáo viên và cán bộ quản lý. Các trường được hướng dẫn quy trình rà soát, khóa sổ điểm và lưu trữ học bạ số theo đúng quy định của Bộ.",
        "Một số trường ở huyện Thạnh Phú và Ba Tri còn gặp khó khăn do đường truyền yếu và thiếu thiết bị ký số. Sở đề nghị các phòng giáo dục chủ động bố trí kinh phí mua chứng thư số cho hiệu trưởng trước thời điểm kết thúc năm học.",
    ])
art(fam="joomla", tpl="joomla3", slug="index.php/tin-tuc/2210-dong-thap-chung-thuc-ban-sao-dien-tu",
    host="example-dongthap.vn", author="Minh Nhựt",
    pub="2025-04-08T15:05:00+07:00", dl="Ngày đăng: 08/04/2025",
    byline='<p style="text-align: right;"><strong>Minh Nhựt</strong></p>',
    shown=True, flags=["joomla3_article_info", "date_only_visible", "time_in_itemprop_datetime", "right_bold_author", "readmore_related"],
    title="Đồng Tháp: người dân chứng thực bản sao điện tử ngay tại bộ phận một cửa cấp xã",
    lead="Người dân mang bản chính đến bộ phận một cửa, sau vài phút nhận bản sao điện tử có chữ ký số để dùng cho các thủ tục trực tuyến.",
    body=[
        "Ủy ban nhân dân tỉnh Đồng Tháp vừa chỉ đạo 100% xã, phường, thị trấn triển khai cấp bản sao điện tử từ bản chính. Đây là bước quan trọng để người dân có thể nộp hồ sơ trực tuyến mà không phải tự scan giấy tờ.",
        "Quy trình khá đơn giản: công chức tư pháp đối chiếu bản chính, scan và ký số lên bản sao, sau đó lưu vào kho quản lý dữ liệu điện tử của cá nhân trên Cổng dịch vụ công. Lệ phí thu như chứng thực bản giấy.",
        "Tại phường Mỹ Phú, thành phố Cao Lãnh, trung bình mỗi ngày có khoảng 20 lượt người đến chứng thực bản sao điện tử, chủ yếu là giấy khai sinh, bằng tốt nghiệp và giấy chứng nhận quyền sử dụng đất.",
        "Anh Huỳnh Văn Lợi, một người dân đến làm thủ tục, cho biết trước đây mỗi lần nộp hồ sơ xin việc anh phải chứng thực năm, sáu bản. Nay chỉ cần chứng thực điện tử một lần là dùng được nhiều lần.",
    ])
art(fam="joomla", tpl="k2", slug="tin-tuc/item/3307-kien-giang-ban-do-so-du-lich",
    host="svhttdl.example-kiengiang.vn", author="Thạch Sô Phon",
    pub="2025-03-27T08:15:00+07:00", dl="Thứ năm, 27 Tháng 3 2025 08:15",
    flags=["k2_itemView", "itemIntroText_is_lead", "itemFullText", "jcomments", "itemAuthor"],
    title="Kiên Giang ra mắt bản đồ số điểm đến du lịch Phú Quốc và Hà Tiên",
    lead="Du khách có thể tra cứu hơn 1.200 điểm lưu trú, ăn uống và tham quan, xem giá vé và đánh giá ngay trên điện thoại.",
    body=[
        "Sở Văn hóa, Thể thao và Du lịch Kiên Giang vừa đưa vào hoạt động bản đồ số du lịch tích hợp trên ứng dụng du lịch thông minh của tỉnh. Dữ liệu được các doanh nghiệp tự cập nhật và sở kiểm duyệt trước khi công khai.",
        "Ngoài thông tin điểm đến, bản đồ còn có chức năng phản ánh chất lượng dịch vụ. Mọi phản ánh được chuyển về phòng quản lý du lịch và phải được trả lời trong vòng 48 giờ.",
        "Bà Danh Thị Nhàn, Phó Giám đốc sở, cho biết năm đầu tiên tỉnh tập trung vào Phú Quốc và Hà Tiên, sau đó mở rộng sang quần đảo Nam Du và khu vực U Minh Thượng.",
        "Các doanh nghiệp lữ hành đánh giá cao việc công khai giá vé tham quan và dịch vụ tàu cao tốc, vì đây là những thông tin du khách thường hỏi nhất khi lên kế hoạch chuyến đi.",
    ])
art(fam="joomla", tpl="k2", slug="the-thao/item/3412-giai-dua-ghe-ngo-soc-trang",
    host="svhttdl.example-kiengiang.vn", author="Lâm Hải", rel=False,
    pub="2025-11-19T17:40:00+07:00", dl="Thứ tư, 19 Tháng 11 2025 17:40",
    flags=["k2_itemView", "off_topic", "itemFullText_only", "jcomments"],
    title="Ghe ngo Kiên Giang giành hai giải nhì tại lễ hội Oóc Om Bóc",
    lead="",
    body=[
        "Tham dự giải đua ghe ngo khu vực đồng bằng sông Cửu Long năm nay, hai đội ghe của huyện Gò Quao và Châu Thành đã mang về hai giải nhì ở nội dung nam và nữ.",
        "Đội ghe nam Gò Quao gồm 59 tay bơi, phần lớn là thanh niên Khmer trong phum sóc, tập luyện liên tục hai tháng trên sông Cái Lớn. Ở trận chung kết, đội chỉ về sau đội chủ nhà chưa đầy một thân ghe.",
        "Huấn luyện viên Danh Sóc cho biết khó khăn lớn nhất là kinh phí tập luyện và di chuyển ghe dài hơn 25 mét đến địa điểm thi đấu. Sở Văn hóa, Thể thao và Du lịch hứa sẽ hỗ trợ thêm để các đội chuẩn bị tốt hơn cho mùa giải sau.",
        "Sau giải, nhiều tay bơi trẻ bày tỏ mong muốn được tập luyện thường xuyên hơn thay vì chỉ tập trung vài tháng trước mùa lễ hội. Một số chùa trong vùng đã đề nghị cho mượn bến để làm nơi tập quanh năm.",
    ])
art(fam="joomla", tpl="joomla4", slug="tin-tuc/chinh-quyen-so/phu-yen-tong-dai-1022",
    host="stttt.example-phuyen.vn", author="Ngọc Hân - Đình Phúc",
    pub="2025-06-03T11:10:00+07:00", dl="Đăng lúc: 03/06/2025 11:10",
    byline="<p><strong>Ngọc Hân - Đình Phúc</strong></p>",
    flags=["joomla4_com_content_article", "two_authors_dash", "itemprop_articleBody", "tags_after_body"],
    title="Phú Yên đưa tổng đài 1022 tiếp nhận phản ánh hiện trường vào hoạt động",
    lead="Người dân có thể gọi điện, nhắn tin Zalo hoặc gửi ảnh qua ứng dụng để phản ánh các vấn đề về môi trường, giao thông và trật tự đô thị.",
    body=[
        "Tổng đài 1022 do Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Phú Yên vận hành, hoạt động 24 giờ mỗi ngày. Mỗi phản ánh được gắn mã theo dõi, người gửi có thể tra cứu tiến độ xử lý bất kỳ lúc nào.",
        "Trong tuần đầu tiên, tổng đài tiếp nhận 312 phản ánh, trong đó nhiều nhất là đèn chiếu sáng hỏng, rác thải để không đúng nơi quy định và lấn chiếm vỉa hè. Khoảng 70% phản ánh đã được các phường ở thành phố Tuy Hòa xử lý xong trong ba ngày.",
        "Theo quy chế, cơ quan được giao phải phản hồi kết quả trong thời hạn năm ngày làm việc. Trường hợp phức tạp cần phối hợp nhiều đơn vị, thời hạn có thể kéo dài nhưng phải thông báo cho người phản ánh.",
        "Lãnh đạo Sở Thông tin và Truyền thông cho biết kết quả xử lý phản ánh của từng địa phương sẽ được công khai hằng tháng và đưa vào tiêu chí đánh giá chỉ số cải cách hành chính.",
    ])
art(fam="joomla", tpl="joomla4", slug="tin-tuc/kinh-te-so/quang-binh-hoi-thao-kinh-te-so",
    host="stttt.example-phuyen.vn", author=None,
    pub="2025-09-12T08:00:00+07:00", dl="Đăng lúc: 12/09/2025 08:00", source="Báo Phú Yên",
    flags=["joomla4_com_content_article", "nguon_only_no_author", "multi_page_pagination"],
    title="Hội thảo kinh tế số khu vực Nam Trung Bộ: doanh nghiệp nhỏ cần gì?",
    lead="",
    body=[
        "Hơn 200 đại biểu từ các tỉnh Nam Trung Bộ và Tây Nguyên đã dự hội thảo về phát triển kinh tế số cho doanh nghiệp nhỏ và vừa, tổ chức tại thành phố Tuy Hòa.",
        "Nhiều ý kiến cho rằng doanh nghiệp nhỏ không thiếu phần mềm mà thiếu người biết sử dụng và thiếu dữ liệu để ra quyết định. Chi phí thuê chuyên gia công nghệ thông tin vẫn là rào cản lớn với các cơ sở sản xuất dưới 20 lao động.",
        "Đại diện một hiệp hội doanh nghiệp đề xuất các tỉnh xây dựng gói hỗ trợ theo hình thức dùng thử miễn phí sáu tháng, sau đó doanh nghiệp tự chi trả nếu thấy hiệu quả. Cách làm này giúp tránh tình trạng mua phần mềm về rồi bỏ không.",
        "Kết thúc hội thảo, các địa phương thống nhất chia sẻ danh sách nền tảng số đã được thẩm định và kinh nghiệm tổ chức đào tạo kỹ năng số cho chủ doanh nghiệp.",
    ])

# ---------------------------------------------------------------- ASP classic / old PHP
art(fam="aspclassic", tpl="asp_cp1258", slug="tintuc/chitiet.asp?id=5127&cat=3",
    host="www.example-soctrang.vn", author="Thạch Ngọc Diệp", encoding="windows-1258",
    pub="2024-03-12T08:15:00+07:00", dl="Cập nhật lúc 08:15 ngày 12/03/2024",
    byline='<p align="right"><b>Thạch Ngọc Diệp</b></p>',
    flags=["windows_1258_decomposed", "font_tags", "nested_tables", "cap_nhat_luc_ngay", "right_bold_author"],
    title="Sóc Trăng cấp tài khoản định danh điện tử cho người dân vùng đồng bào Khmer",
    lead="Các tổ công tác đã đến tận chùa, điểm sinh hoạt cộng đồng để thu nhận hồ sơ và hướng dẫn kích hoạt tài khoản.",
    body=[
        "Công an tỉnh Sóc Trăng phối hợp với chính quyền các huyện Trần Đề, Vĩnh Châu và Mỹ Xuyên tổ chức đợt cao điểm cấp tài khoản định danh điện tử cho người dân vùng đồng bào Khmer.",
        "Để thuận tiện cho bà con, các tổ công tác làm việc cả buổi tối và ngày nghỉ, có cán bộ biết tiếng Khmer hỗ trợ giải thích. Nhiều vị sư cả trong các chùa đã vận động phật tử đến đăng ký.",
        "Sau hai tuần, đã có hơn 18.000 hồ sơ được thu nhận, trong đó khoảng 11.000 tài khoản đã kích hoạt thành công. Người dân được hướng dẫn dùng tài khoản để nộp hồ sơ trực tuyến và nhận trợ cấp qua ngân hàng.",
        "Ông Lý Sa Rết, ở xã Lai Hòa, thị xã Vĩnh Châu, cho biết trước đây mỗi lần làm giấy tờ ông phải đi gần 15 km lên thị xã. Nay nhiều thủ tục có thể làm ngay trên điện thoại với sự giúp đỡ của con cháu.",
    ])
art(fam="aspclassic", tpl="asp_table", slug="news_detail.asp?NewsID=8841",
    host="www.example-travinh.vn", author="Kim Ngân",
    pub="2024-05-06T07:50:00+07:00", dl="(06/05/2024 - 07:50)",
    byline='<p><font face="Arial" size="2"><i>Kim Ngân</i></font></p>',
    flags=["nested_tables", "font_tags", "parenthesised_date_dash_time", "italic_author_last_line"],
    title="Trà Vinh: 95% trạm y tế xã dùng hồ sơ sức khỏe điện tử",
    lead="",
    body=[
        "Sở Y tế tỉnh Trà Vinh cho biết đến cuối tháng 4, 101 trên 106 trạm y tế xã, phường, thị trấn đã triển khai hồ sơ sức khỏe điện tử cho người dân, đạt tỷ lệ trên 95%.",
        "Mỗi người dân đến khám được tạo một hồ sơ duy nhất gắn với số định danh cá nhân. Các lần khám, kết quả xét nghiệm và đơn thuốc đều được lưu lại, bác sĩ tuyến trên có thể xem khi bệnh nhân chuyển viện.",
        "Tuy nhiên, năm trạm y tế ở các xã cù lao của huyện Châu Thành và Cầu Kè chưa triển khai được do đường truyền internet không ổn định. Sở đã đề nghị các doanh nghiệp viễn thông ưu tiên nâng cấp hạ tầng ở khu vực này trong quý II.",
        "Ngành y tế đặt mục tiêu đến cuối năm, tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt ít nhất 90% dân số toàn tỉnh.",
    ])
art(fam="aspclassic", tpl="asp_table_sepcell", slug="xem-tin.asp?ma=20241107",
    host="www.example-vinhlong.vn", author=None,
    pub="2024-11-07T16:30:00+07:00", dl="07/11/2024 | 16:30", source="Sở TT&TT Vĩnh Long",
    flags=["nested_tables", "time_in_separate_cell", "nguon_only_no_author"],
    title="Vĩnh Long tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng",
    lead="Buổi diễn tập mô phỏng tình huống tấn công mã hóa dữ liệu vào hệ thống một cửa điện tử của tỉnh.",
    body=[
        "Sở Thông tin và Truyền thông Vĩnh Long phối hợp với một đơn vị chuyên về an ninh mạng tổ chức diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng cho hơn 60 cán bộ chuyên trách công nghệ thông tin của các sở, ngành và huyện.",
        "Tình huống giả định là một máy tính tại bộ phận một cửa bị nhiễm mã độc qua thư điện tử giả mạo, sau đó mã độc lây lan và mã hóa cơ sở dữ liệu hồ sơ. Các đội phải phát hiện, cô lập máy bị nhiễm, khôi phục dữ liệu từ bản sao lưu và báo cáo theo đúng quy trình.",
        "Kết quả, ba trong năm đội hoàn thành khôi phục hệ thống trong thời gian quy định. Ban tổ chức nhận xét nhiều đơn vị chưa kiểm tra định kỳ bản sao lưu nên mất thời gian khi phục hồi.",
        "Qua diễn tập, sở yêu cầu các cơ quan rà soát lại phương án bảo đảm an toàn thông tin theo cấp độ và tổ chức tập huấn nhận diện thư điện tử lừa đảo cho toàn bộ cán bộ, công chức.",
    ])
art(fam="aspclassic", tpl="php_old", slug="index.php?mod=news&act=detail&id=2219",
    host="www.example-bacninh.vn", author="Đỗ Văn Quyết", rel=False,
    pub="2024-08-24T00:00:00+07:00", dl="Thứ bảy, 24/08/24", shown=False,
    byline="<p><b>Đỗ Văn Quyết</b></p>",
    flags=["old_php_table_layout", "off_topic", "two_digit_year", "date_only_no_time", "bold_author_last_line"],
    title="Hội Lim mùa thu: du khách nghe quan họ trên thuyền ở hồ Tam Sơn",
    lead="",
    body=[
        "Những ngày cuối tuần tháng 8, hồ Tam Sơn ở thị xã Từ Sơn thu hút đông du khách đến nghe các liền anh, liền chị hát quan họ trên thuyền, một hoạt động mới được huyện Tiên Du và thị xã phối hợp tổ chức.",
        "Mỗi chuyến thuyền kéo dài khoảng 40 phút, đi quanh hồ, du khách được nghe những làn điệu cổ như Ngồi tựa mạn thuyền, Người ở đừng về và được giới thiệu về tục kết chạ giữa các làng quan họ.",
        "Nghệ nhân Nguyễn Thị Lài, 72 tuổi, cho biết bà rất vui khi thấy nhiều bạn trẻ ở Hà Nội về nghe và xin học vài câu. Các câu lạc bộ quan họ trong vùng luân phiên biểu diễn để duy trì hoạt động suốt mùa thu.",
        "Ban tổ chức cho biết từ tháng 9, chương trình sẽ có thêm các buổi biểu diễn vào tối thứ Bảy, kết hợp giới thiệu ẩm thực làng quê Kinh Bắc như bánh phu thê và bánh khúc.",
    ])
art(fam="aspclassic", tpl="asp_table", slug="default.asp?act=view&id=7730",
    host="www.example-haiduong.vn", author="Phạm Thanh Tùng",
    pub="2024-10-15T14:20:00+07:00", dl="Ngày 15/10/2024 lúc 2:20 CH",
    byline="<p>Theo <b>Phạm Thanh Tùng</b> (Báo Hải Dương)</p>",
    flags=["nested_tables", "font_tags", "vn_12h_CH", "theo_x_bao_y"],
    title="Hải Dương: 12 xã đạt chuẩn nông thôn mới nâng cao có tiêu chí chuyển đổi số",
    lead="Lần đầu tiên tiêu chí chuyển đổi số được đánh giá chính thức trong bộ tiêu chí xã nông thôn mới nâng cao của tỉnh.",
    body=[
        "Theo Văn phòng Điều phối nông thôn mới tỉnh Hải Dương, 12 xã được công nhận đạt chuẩn nông thôn mới nâng cao trong năm nay đều đáp ứng các chỉ tiêu về chuyển đổi số, như có điểm truy cập internet công cộng, tỷ lệ hồ sơ trực tuyến và hệ thống loa truyền thanh thông minh.",
        "Xã Thanh Xuân, huyện Thanh Hà, là một ví dụ. Xã đã số hóa toàn bộ sổ hộ tịch từ năm 1990, lắp camera an ninh ở tất cả thôn và hướng dẫn các hộ trồng vải dùng mã QR truy xuất nguồn gốc khi bán hàng.",
        "Ông Vũ Đình Khải, Chủ tịch UBND xã, cho biết chi phí đầu tư không quá lớn, chủ yếu là vận động người dân thay đổi thói quen. Trong mùa vải vừa qua, gần 300 hộ bán hàng trực tuyến, nhiều hộ có đơn đặt trước từ các tỉnh phía Nam.",
        "Tỉnh đặt mục tiêu đến năm 2025 có thêm 30 xã đạt chuẩn nông thôn mới nâng cao, trong đó tiêu chí chuyển đổi số là bắt buộc.",
    ])
art(fam="aspclassic", tpl="php_old", slug="tin_chitiet.php?id=980",
    host="www.example-namdinh.vn", author="Vũ Hồng",
    pub="2024-12-02T19:45:12+07:00", dl="Đăng lúc 19:45:12 - 02/12/2024",
    byline="<div align=\"right\"><strong>Vũ Hồng</strong></div>",
    flags=["old_php_table_layout", "time_before_date", "seconds_in_time", "right_div_author"],
    title="Nam Định: mỗi tổ dân phố có một nhóm Zalo để tiếp nhận ý kiến người dân",
    lead="",
    body=[
        "Thành phố Nam Định vừa hoàn thành việc lập nhóm Zalo tại 100% tổ dân phố, mỗi nhóm có tổ trưởng, công an khu vực và cán bộ phường phụ trách địa bàn tham gia.",
        "Theo Ủy ban nhân dân thành phố, nhóm Zalo được dùng để thông báo lịch tiêm chủng, lịch thu gom rác, kế hoạch cắt điện, đồng thời tiếp nhận phản ánh của người dân về an ninh trật tự và vệ sinh môi trường.",
        "Để tránh tình trạng nhóm bị lợi dụng quảng cáo hoặc đăng tin sai sự thật, mỗi nhóm có quy chế hoạt động rõ ràng, chỉ quản trị viên mới được thêm thành viên mới.",
        "Nhiều người dân cho biết họ thấy gần gũi hơn với chính quyền vì các phản ánh nhỏ như cống tắc hay đèn đường hỏng được xử lý ngay trong ngày.",
        "Ủy ban nhân dân thành phố yêu cầu cán bộ phường phải trả lời các phản ánh trong nhóm chậm nhất trong 24 giờ và định kỳ tổng hợp những vấn đề người dân quan tâm để báo cáo lên thành phố.",
    ])

# ---------------------------------------------------------------- e-government portals
art(fam="egov", tpl="vnpt_aspnet", slug="Pages/tin-tuc-su-kien/chuyen-doi-so/2025/3/lao-cai-cong-dan-so.aspx",
    host="laocai.example-tinh.gov.vn", author="Vàng Thị Mỷ",
    pub="2025-03-21T10:02:00+07:00", dl="Ngày đăng: 21/03/2025 10:02 SA",
    byline="<p>Tác giả: Vàng Thị Mỷ</p>",
    flags=["aspnetForm", "viewstate", "vn_12h_SA", "tac_gia_label_last"],
    title="Lào Cai: hơn 60% người dân trưởng thành dùng ứng dụng công dân số",
    lead="Ứng dụng tích hợp dịch vụ công, phản ánh hiện trường, tra cứu quy hoạch và thông tin du lịch của tỉnh.",
    body=[
        "Sau hơn một năm ra mắt, ứng dụng công dân số của tỉnh Lào Cai đã có trên 310.000 tài khoản, tương đương hơn 60% dân số trưởng thành. Tỷ lệ này ở thành phố Lào Cai và thị xã Sa Pa cao hơn mức bình quân chung.",
        "Chức năng được dùng nhiều nhất là tra cứu hồ sơ thủ tục hành chính, tiếp đến là phản ánh hiện trường và đặt lịch khám bệnh. Riêng mùa du lịch, trang thông tin thời tiết và tình trạng giao thông lên Sa Pa có lượt truy cập tăng gấp ba.",
        "Ở các huyện vùng cao như Si Ma Cai, Mường Khương, tỉnh đoàn tổ chức các đội thanh niên tình nguyện đến từng bản hướng dẫn bà con cài đặt và dùng ứng dụng bằng cả tiếng Mông và tiếng Dao.",
        "Sở Thông tin và Truyền thông cho biết trong năm nay ứng dụng sẽ bổ sung tính năng thanh toán tiền điện, nước và học phí, đồng thời nâng cấp trợ lý ảo để trả lời các câu hỏi thường gặp về thủ tục hành chính.",
    ])
art(fam="egov", tpl="vnpt_aspnet", slug="Pages/tin-tuc-su-kien/2025/5/yen-bai-ho-chieu-so-que.aspx",
    host="yenbai.example-tinh.gov.vn", author="Thanh Bình - Hoàng Anh",
    pub="2025-05-14T16:48:00+07:00", dl="Ngày xuất bản: 14/05/2025 04:48 CH",
    byline='<p style="text-align:right"><b>Thanh Bình - Hoàng Anh</b></p>',
    flags=["aspnetForm", "viewstate", "vn_12h_CH", "two_authors_dash_right_bold"],
    title="Yên Bái thí điểm bản đồ số tài nguyên quế cho huyện Văn Yên",
    lead="",
    body=[
        "Huyện Văn Yên vừa hoàn thành số hóa bản đồ vùng trồng quế với gần 28.000 ha, gắn thông tin từng lô rừng với chủ hộ, năm trồng và chứng nhận hữu cơ nếu có.",
        "Dữ liệu được thu thập bằng thiết bị bay không người lái kết hợp với khảo sát thực địa. Mỗi lô quế có mã vùng trồng riêng, giúp doanh nghiệp thu mua truy xuất nguồn gốc khi xuất khẩu sang các thị trường khó tính.",
        "Ông Hà Văn Đông, Phó Chủ tịch UBND huyện, cho biết bản đồ số còn giúp chính quyền theo dõi diện tích khai thác, cảnh báo nguy cơ cháy rừng và quy hoạch đường vận chuyển lâm sản.",
        "Sau Văn Yên, tỉnh dự kiến nhân rộng mô hình sang các huyện Trấn Yên và Văn Chấn, nơi cũng có diện tích quế lớn.",
        "Nhiều hộ dân ở xã Đại Sơn cho biết từ khi có mã vùng trồng, thương lái trả giá cao hơn vì biết rõ nguồn gốc và tuổi cây. Huyện cũng đang hướng dẫn các hợp tác xã cập nhật dữ liệu mỗi khi trồng mới hoặc khai thác.",
    ])
art(fam="egov", tpl="vnpt_aspnet", slug="Pages/tin-tuc-su-kien/2025/7/yen-bai-lua-dong-bang.aspx",
    host="yenbai.example-tinh.gov.vn", author="Bùi Minh", rel=False,
    pub="2025-07-02T07:15:00+07:00", dl="Ngày đăng: 02/07/2025 07:15 SA",
    byline="<p>Bài, ảnh: Bùi Minh</p>",
    flags=["aspnetForm", "off_topic", "bai_anh_byline"],
    title="Mù Cang Chải vào mùa nước đổ, du khách tăng mạnh",
    lead="Những thửa ruộng bậc thang lấp lánh nước trong tháng 6, tháng 7 đang thu hút đông du khách và nhiếp ảnh gia.",
    body=[
        "Từ giữa tháng 6, bà con người Mông ở các xã La Pán Tẩn, Chế Cu Nha và Dế Xu Phình bắt đầu dẫn nước vào ruộng bậc thang để chuẩn bị cấy lúa, tạo nên khung cảnh mùa nước đổ nổi tiếng của Mù Cang Chải.",
        "Theo Phòng Văn hóa và Thông tin huyện, chỉ riêng hai tuần cuối tháng 6 huyện đón khoảng 25.000 lượt khách, tăng gần 40% so với cùng kỳ. Các homestay ở trung tâm huyện gần như kín phòng vào cuối tuần.",
        "Huyện khuyến cáo du khách không tự ý xuống ruộng khi người dân đang làm đất, tôn trọng phong tục địa phương và thuê người dẫn đường khi đi vào các cung đường đèo dốc.",
        "Dịp này, huyện tổ chức thêm các tour trải nghiệm cấy lúa cùng người dân, chợ phiên ẩm thực và biểu diễn khèn Mông vào tối cuối tuần, giúp du khách lưu lại lâu hơn.",
    ])
art(fam="egov", tpl="viettel_portal", slug="tin-tuc/tin-hoat-dong/dien-bien-mot-cua-so-tuyen-huyen",
    host="dienbien.example-tinh.gov.vn", author="PV",
    pub="2025-04-23T09:37:00+07:00", dl="09:37 23/04/2025",
    byline="<p><strong>PV</strong></p>",
    flags=["viettel_java_portal", "time_before_date", "pv_byline"],
    title="Điện Biên nâng cấp hệ thống một cửa số tại 10 huyện, thị xã",
    lead="Hệ thống mới tự động nhắc hạn xử lý hồ sơ và đánh giá mức độ hài lòng của người dân ngay khi trả kết quả.",
    body=[
        "Sở Thông tin và Truyền thông Điện Biên vừa hoàn thành nâng cấp hệ thống thông tin giải quyết thủ tục hành chính tại bộ phận một cửa của 10 huyện, thị xã, thành phố.",
        "Điểm mới của hệ thống là tự động gửi tin nhắn nhắc cán bộ khi hồ sơ sắp quá hạn, đồng thời hiển thị công khai danh sách hồ sơ trễ hạn trên màn hình tại bộ phận một cửa. Người dân nhận kết quả có thể đánh giá mức độ hài lòng bằng máy tính bảng đặt tại quầy.",
        "Trong tháng đầu vận hành, tỷ lệ hồ sơ giải quyết đúng hạn ở cấp huyện đạt 98,6%, tăng hơn 4 điểm phần trăm so với tháng trước đó.",
        "Sở đề nghị các địa phương bố trí ít nhất một công chức nắm vững hệ thống để hỗ trợ đồng nghiệp và báo cáo kịp thời các lỗi phát sinh.",
    ])
art(fam="egov", tpl="viettel_portal", slug="tin-tuc/chuyen-doi-so/dien-bien-truong-hoc-khong-tien-mat",
    host="dienbien.example-tinh.gov.vn", author=None,
    pub="2025-09-08T15:00:00+07:00", dl="15:00 08/09/2025", source="Sở TT&TT",
    flags=["viettel_java_portal", "nguon_so_tttt_not_author"],
    title="Điện Biên: 85% trường học thu học phí không dùng tiền mặt",
    lead="",
    body=[
        "Năm học mới, phần lớn các trường mầm non, tiểu học và trung học cơ sở ở Điện Biên đã chuyển sang thu học phí và các khoản đóng góp qua ngân hàng hoặc ví điện tử.",
        "Phụ huynh nhận thông báo khoản thu qua ứng dụng của nhà trường, thanh toán bằng mã QR và nhận biên lai điện tử ngay sau đó. Giáo viên chủ nhiệm không còn phải cầm tiền mặt, giảm rủi ro thất thoát và mất thời gian đối chiếu.",
        "Ở những bản vùng sâu chưa có điểm giao dịch ngân hàng, nhà trường vẫn thu tiền mặt nhưng nhập ngay vào phần mềm để phụ huynh có thể kiểm tra.",
        "Ngành giáo dục tỉnh đặt mục tiêu đến cuối năm học, tỷ lệ trường thu không dùng tiền mặt đạt trên 95%.",
        "Một số phụ huynh cho biết họ yên tâm hơn vì mọi khoản thu đều hiển thị rõ ràng, có thể đối chiếu bất cứ lúc nào. Nhà trường cũng giảm được hẳn thời gian lập sổ sách cuối tháng.",
    ])
art(fam="egov", tpl="fpt_egov", slug="tin-tuc/ct/gia-lai-trung-tam-giam-sat-dieu-hanh-6241",
    host="gialai.example-tinh.gov.vn", author="Nguyễn Văn Dũng",
    pub="2025-06-17T08:30:45+07:00", dl="Thứ ba, 17/06/2025 08:30:45",
    byline="<p><em>Nguyễn Văn Dũng (Trung tâm CNTT)</em></p>",
    flags=["fpt_egov_portal", "seconds_in_time", "weekday_prefix", "author_with_unit_parens"],
    title="Gia Lai vận hành Trung tâm giám sát, điều hành thông minh giai đoạn hai",
    lead="Giai đoạn hai bổ sung các phân hệ giám sát y tế, giáo dục và tài nguyên môi trường, kết nối dữ liệu từ 17 huyện, thị xã, thành phố.",
    body=[
        "Trung tâm giám sát, điều hành thông minh tỉnh Gia Lai chính thức vận hành giai đoạn hai sau gần một năm triển khai. Hệ thống hiện kết nối hơn 40 nguồn dữ liệu của các sở, ngành và địa phương.",
        "Trên màn hình điều hành, lãnh đạo tỉnh có thể theo dõi theo thời gian thực số hồ sơ thủ tục hành chính, tình hình khám chữa bệnh tại các bệnh viện, chất lượng không khí ở thành phố Pleiku và mực nước các hồ thủy lợi lớn.",
        "Theo Sở Thông tin và Truyền thông, trong mùa mưa bão, dữ liệu cảnh báo mực nước đã giúp các huyện Krông Pa và Ia Pa chủ động di dời người dân ra khỏi vùng trũng trước khi nước lên.",
        "Thời gian tới, trung tâm sẽ thử nghiệm công cụ phân tích dữ liệu để dự báo nhu cầu khám bệnh theo mùa và phát hiện sớm các điểm nóng về ô nhiễm môi trường.",
    ])
art(fam="egov", tpl="fpt_egov", slug="tin-tuc/ct/gia-lai-sang-kien-chuyen-doi-so-6388",
    host="gialai.example-tinh.gov.vn", author="Rơ Châm Hyơn",
    pub="2025-10-30T13:05:00+07:00", dl="Thứ năm, 30/10/2025 13:05:00",
    byline='<p style="text-align: right;"><strong>Rơ Châm Hyơn</strong></p>', source="Sở Thông tin và Truyền thông",
    flags=["fpt_egov_portal", "right_bold_author_then_nguon", "list_in_body"],
    title="Gia Lai trao giải cuộc thi sáng kiến chuyển đổi số cấp cơ sở",
    lead="",
    body=[
        "Ban tổ chức cuộc thi sáng kiến chuyển đổi số tỉnh Gia Lai vừa trao 15 giải cho các tập thể và cá nhân có giải pháp hiệu quả, có thể nhân rộng ở cấp xã và thôn, làng.",
        "Ba sáng kiến đoạt giải nhất gồm:",
        ("ul", ["Sổ tay điện tử quản lý hộ nghèo của xã Ia Hrú, huyện Chư Pưh", "Ứng dụng đặt lịch tiêm chủng cho trẻ em tại trạm y tế phường Hội Phú", "Hệ thống loa truyền thanh phát bản tin bằng tiếng Jrai của huyện Đức Cơ"]),
        "Anh Ksor Tlăm, tác giả sáng kiến loa truyền thanh tiếng Jrai, cho biết bản tin được chuyển từ văn bản sang giọng nói bằng phần mềm, sau đó cán bộ văn hóa xã nghe lại và chỉnh sửa trước khi phát.",
        "Các sáng kiến đạt giải sẽ được sở hỗ trợ hoàn thiện và giới thiệu cho các địa phương khác áp dụng.",
    ])
art(fam="egov", tpl="dnn", slug="Tin-tuc/Chuyen-doi-so/ArticleID/1893/kon-tum-wifi-cong-dong",
    host="kontum.example-tinh.gov.vn", author="Y Hương",
    pub="2025-08-11T09:00:00+07:00", dl="Cập nhật: 11/08/2025",
    byline="<p><strong><em>Y Hương</em></strong></p>",
    flags=["dotnetnuke", "aspnetForm", "date_only_visible", "time_in_meta", "bold_italic_author"],
    title="Kon Tum lắp điểm wifi miễn phí tại 45 nhà rông văn hóa",
    lead="Các điểm wifi giúp người dân làng xa tra cứu thông tin, học kỹ năng số và nộp hồ sơ trực tuyến ngay tại nhà rông.",
    body=[
        "Với sự hỗ trợ của các doanh nghiệp viễn thông, tỉnh Kon Tum đã lắp đặt điểm truy cập wifi miễn phí tại 45 nhà rông văn hóa ở các huyện Đăk Glei, Tu Mơ Rông và Kon Plông.",
        "Mỗi điểm được trang bị thêm một máy tính và màn hình lớn để tổ công nghệ số cộng đồng tổ chức các buổi hướng dẫn vào tối thứ Bảy. Thanh niên trong làng được tập huấn để trở thành người hỗ trợ tại chỗ.",
        "A Thới, già làng ở làng Kon Năng, cho biết trước đây muốn xem thông tin giá nông sản hay đăng ký khám bệnh phải xuống trung tâm xã. Nay các cháu mở máy ở nhà rông cho cả làng cùng xem.",
        "Tỉnh dự kiến mở rộng thêm 60 điểm trong năm tới, ưu tiên các làng có đông học sinh đi học xa.",
    ])

# ---------------------------------------------------------------- drupal
art(fam="drupal", tpl="drupal7_submitted", slug="tin-tuc/lam-dong-the-bhyt-tren-vneid",
    host="lamdong.example-tinh.gov.vn", author="ngocanh_ld",
    pub="2025-02-11T14:47:00+07:00", dl="Submitted by {author} on T3, 11/02/2025 - 14:47",
    flags=["drupal7_node_submitted", "rdfa_dc_date", "username_as_author", "field_items_body"],
    title="Lâm Đồng: hơn 70% người tham gia bảo hiểm y tế dùng thẻ trên ứng dụng định danh",
    lead="",
    body=[
        "Bảo hiểm xã hội tỉnh Lâm Đồng cho biết đến hết tháng 1, hơn 70% người tham gia bảo hiểm y tế trên địa bàn đã dùng thẻ bảo hiểm y tế tích hợp trên ứng dụng định danh điện tử hoặc căn cước công dân gắn chip khi đi khám bệnh.",
        "Tại Bệnh viện Đa khoa tỉnh ở thành phố Đà Lạt, thời gian tiếp đón bệnh nhân giảm từ khoảng 10 phút xuống còn 3 phút mỗi lượt nhờ đầu đọc căn cước đặt ngay tại quầy. Người bệnh không còn phải lo quên hoặc mất thẻ giấy.",
        "Khó khăn còn lại là một số cơ sở khám chữa bệnh tư nhân ở các huyện Lạc Dương, Đam Rông chưa trang bị thiết bị đọc. Bảo hiểm xã hội tỉnh đã có văn bản đề nghị các cơ sở này hoàn thành lắp đặt trong quý I.",
        "Người dân được khuyến cáo kiểm tra thông tin bảo hiểm y tế trên ứng dụng trước khi đi khám, nếu thấy sai lệch thì liên hệ cơ quan bảo hiểm xã hội cấp huyện để được điều chỉnh kịp thời.",
    ])
art(fam="drupal", tpl="drupal7_field_author", slug="node/10472",
    host="baolamdong.example.vn", author="Khánh Phúc",
    pub="2025-07-25T06:30:00+07:00", dl="Thứ Sáu, 25/07/2025, 06:30",
    flags=["drupal7_field_name_field_author", "no_submitted", "views_related_block"],
    title="Đà Lạt thí điểm bãi đỗ xe thông minh tại khu vực chợ trung tâm",
    lead="Người lái xe có thể xem số chỗ trống và thanh toán phí gửi xe qua ứng dụng trước khi vào bãi.",
    body=[
        "Thành phố Đà Lạt vừa đưa vào thí điểm hai bãi đỗ xe thông minh tại khu vực chợ Đà Lạt và quảng trường Lâm Viên, với tổng cộng khoảng 350 chỗ cho ô tô.",
        "Cảm biến gắn tại từng vị trí đỗ sẽ báo tình trạng còn trống hay đã có xe về hệ thống. Thông tin được hiển thị trên bảng điện tử đặt ở các ngã rẽ chính và trên ứng dụng du lịch của thành phố.",
        "Vào dịp cuối tuần, tình trạng ùn tắc quanh chợ thường xảy ra do nhiều xe chạy vòng tìm chỗ đỗ. Thành phố kỳ vọng mô hình mới giúp giảm đáng kể lượng xe lưu thông không cần thiết trong khu trung tâm.",
        "Sau ba tháng thí điểm, nếu hiệu quả, mô hình sẽ được mở rộng ra khu vực hồ Xuân Hương và các điểm du lịch có lượng khách đông.",
    ])
art(fam="drupal", tpl="drupal9", slug="tin-tuc/dak-nong-ca-phe-trung-dong-2025",
    host="daknong.example-tinh.gov.vn", author="H'Lim", rel=False,
    pub="2025-11-05T08:20:00+07:00", dl="05/11/2025 - 08:20",
    flags=["drupal9_field_author", "off_topic", "time_datetime_utc_attr"],
    title="Đắk Nông: nông dân bước vào vụ thu hoạch cà phê với giá cao kỷ lục",
    lead="Giá cà phê nhân xô đầu vụ dao động quanh mức 110.000 đồng mỗi kg, cao hơn cùng kỳ năm trước khoảng 20%.",
    body=[
        "Những ngày đầu tháng 11, nông dân ở các huyện Đắk Mil, Đắk Song và Cư Jút bắt đầu thu hái cà phê vụ mới. Năm nay thời tiết thuận lợi, năng suất bình quân ước đạt 3 tấn nhân mỗi hecta.",
        "Giá cao khiến nhiều hộ phấn khởi nhưng cũng lo ngại tình trạng trộm cắp cà phê trên rẫy. Các thôn đã thành lập tổ tự quản tuần tra ban đêm, phối hợp với công an xã.",
        "Ngành nông nghiệp khuyến cáo bà con chỉ thu hái khi tỷ lệ quả chín trên 90%, phơi trên sân xi măng hoặc nhà lưới để bảo đảm chất lượng, tránh bán cà phê tươi non ép giá.",
        "Một số hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp chế biến, cam kết mua toàn bộ sản lượng cà phê đạt chuẩn với giá cộng thêm so với giá thị trường tại thời điểm giao hàng.",
    ])

# ---------------------------------------------------------------- AMP / mobile
art(fam="amp", tpl="amp_baotinh", slug="amp/chuyen-doi-so/tay-ninh-tong-dai-ai-202503.html",
    host="m.baotayninh.example.vn", author="Ngọc Bích",
    pub="2025-03-29T07:05:00+07:00", dl="Thứ Bảy, 29/03/2025 - 07:05",
    flags=["amp_html", "amp_img", "jsonld_newsarticle", "author_in_header"],
    title="Tây Ninh thử nghiệm tổng đài trả lời tự động về thủ tục hành chính",
    lead="Trợ lý ảo có thể trả lời khoảng 1.500 câu hỏi thường gặp về hộ tịch, đất đai và đăng ký kinh doanh.",
    body=[
        "Trung tâm Phục vụ hành chính công tỉnh Tây Ninh vừa đưa vào thử nghiệm tổng đài trả lời tự động, hoạt động cả ngoài giờ hành chính. Người dân gọi điện hoặc nhắn tin, hệ thống sẽ nhận diện câu hỏi và trả lời bằng giọng nói hoặc văn bản.",
        "Dữ liệu của trợ lý ảo được xây dựng từ hơn 1.500 câu hỏi người dân từng gửi đến trung tâm trong hai năm qua, được các sở chuyên ngành rà soát câu trả lời.",
        "Trong tuần đầu, tổng đài nhận khoảng 900 cuộc gọi, khoảng 75% câu hỏi được trả lời ngay mà không cần chuyển cho cán bộ. Những câu hỏi phức tạp sẽ được ghi lại để cán bộ gọi lại trong ngày làm việc tiếp theo.",
    ])
art(fam="amp", tpl="amp_baotinh2", slug="amp/xa-hoi/binh-phuoc-hoc-sinh-ky-nang-so-12841.html",
    host="amp.example-baobinhphuoc.vn", author="Hồng Nhung - Trọng Nghĩa",
    pub="2025-10-06T20:10:00+07:00", dl="06/10/25 20:10 GMT+7",
    byline="<p class=\"author\">Hồng Nhung - Trọng Nghĩa</p>",
    flags=["amp_html", "two_digit_year", "gmt_plus_7", "two_authors_bottom"],
    title="Bình Phước đưa kỹ năng số vào giờ sinh hoạt lớp ở trường trung học",
    lead="",
    body=[
        "Từ năm học này, học sinh trung học cơ sở và trung học phổ thông ở Bình Phước được học kỹ năng số trong giờ sinh hoạt lớp, mỗi tháng hai tiết.",
        "Nội dung tập trung vào bảo vệ thông tin cá nhân, nhận diện tin giả, ứng xử văn minh trên mạng xã hội và sử dụng các dịch vụ công trực tuyến cơ bản như đăng ký tài khoản định danh.",
        "Cô Điểu Thị Mai, giáo viên Trường THCS Tân Tiến, huyện Bù Đốp, cho biết học sinh rất hứng thú với các tình huống thực tế, như một tin nhắn trúng thưởng giả hay một tài khoản mạo danh bạn bè để vay tiền.",
        "Sở Giáo dục và Đào tạo dự kiến biên soạn bộ tài liệu chung cho toàn tỉnh vào học kỳ II, có phiên bản dành cho phụ huynh.",
        "Theo kế hoạch, mỗi trường sẽ cử một giáo viên tin học làm đầu mối, hỗ trợ giáo viên chủ nhiệm chuẩn bị bài giảng và cập nhật các tình huống lừa đảo mới xuất hiện trên mạng.",
    ])
art(fam="amp", tpl="amp_baotinh", slug="amp/the-thao/tay-ninh-giai-chay-nui-ba-den.html",
    host="m.baotayninh.example.vn", author="Tuấn Kiệt", rel=False,
    pub="2025-12-01T18:25:00+07:00", dl="Thứ Hai, 01/12/2025 - 18:25",
    flags=["amp_html", "off_topic", "author_in_header"],
    title="Gần 4.000 vận động viên tham gia giải chạy núi Bà Đen",
    lead="Giải năm nay có thêm cự ly 42 km vòng quanh chân núi, thu hút nhiều vận động viên nước ngoài.",
    body=[
        "Sáng Chủ nhật, gần 4.000 vận động viên đến từ 30 tỉnh, thành phố và 12 quốc gia đã tham gia giải chạy địa hình núi Bà Đen lần thứ ba.",
        "Các cự ly 10 km, 21 km và 42 km đi qua rừng, suối và những con dốc đá, đòi hỏi sức bền và kỹ năng cao. Ban tổ chức bố trí 15 trạm tiếp nước cùng đội cứu hộ trên toàn tuyến.",
        "Ở cự ly dài nhất, vận động viên Nguyễn Văn Lực đến từ Lâm Đồng về nhất nội dung nam với thời gian 4 giờ 12 phút. Nội dung nữ thuộc về một vận động viên Thái Lan.",
        "Bên cạnh phần thi chính, ban tổ chức còn có cự ly 5 km dành cho gia đình và học sinh. Toàn bộ tiền lệ phí của cự ly này được dùng để trồng cây xanh quanh khu vực chân núi.",
    ])
