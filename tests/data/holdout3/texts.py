"""Original Vietnamese texts (invented provincial news) for the holdout3 pages.

Each topic function takes a parameter dict and returns (title, lead, blocks). A block is
("p", str), ("h", str), ("q", str), ("ul", [items]) or ("table", [[cells], ...]).
"""


def dvc(p):
    t = f"{p['huyen']} đưa {p['n1']} thủ tục hành chính lên dịch vụ công trực tuyến toàn trình"
    lead = (f"Sau chín tháng triển khai, tỷ lệ hồ sơ nộp trực tuyến tại {p['huyen']} ({p['tinh']}) đạt "
            f"{p['n2']}%, cao hơn mức bình quân của tỉnh; người dân không phải đến Bộ phận một cửa nhiều lần.")
    b = [
        ("p", f"Theo Văn phòng HĐND và UBND {p['huyen']}, từ đầu năm {p['nam']} huyện đã rà soát toàn bộ quy trình nội bộ, "
              f"cắt giảm những bước trình ký trung gian và cấu hình lại {p['n1']} thủ tục để người dân có thể nộp hồ sơ, "
              "thanh toán phí và nhận kết quả hoàn toàn trên mạng."),
        ("p", f"Ông {p['ng1']}, Chánh Văn phòng, cho biết khó khăn lớn nhất không nằm ở phần mềm mà ở thói quen. Nhiều người vẫn "
              "mang hồ sơ giấy đến trụ sở vì lo ngại nộp trên mạng sẽ thất lạc. Huyện đã bố trí đoàn viên thanh niên hướng dẫn "
              "tận nơi tại các điểm bưu điện văn hóa xã."),
        ("h", "Rút ngắn thời gian giải quyết"),
        ("p", f"Thời gian giải quyết trung bình của một hồ sơ cấp huyện giảm từ {p['n3']} ngày xuống còn khoảng một nửa. Kết quả "
              "được trả về tài khoản định danh điện tử của người nộp, có chữ ký số của cơ quan giải quyết nên có giá trị như bản giấy."),
        ("ul", [
            "Cấp giấy phép xây dựng nhà ở riêng lẻ",
            "Đăng ký hộ kinh doanh",
            "Chứng thực bản sao điện tử từ bản chính",
            "Cấp đổi giấy chứng nhận quyền sử dụng đất",
        ]),
        ("table", [
            ["Chỉ tiêu", f"Năm {p['nam'] - 1}", f"9 tháng {p['nam']}"],
            ["Hồ sơ nộp trực tuyến", "38%", f"{p['n2']}%"],
            ["Hồ sơ trả đúng hạn", "91%", "98,6%"],
            ["Thanh toán phí trực tuyến", "12%", "57%"],
        ]),
        ("p", f"Bà {p['ng2']}, một hộ kinh doanh ở thị trấn, kể lần đăng ký thay đổi ngành nghề vừa rồi chỉ mất buổi tối ngồi ở "
              "nhà điền biểu mẫu, hai ngày sau đã nhận được thông báo kết quả qua điện thoại."),
        ("q", "Chúng tôi coi mỗi hồ sơ trực tuyến thành công là một người dân được tiết kiệm một buổi làm việc."),
        ("p", "Trong quý cuối năm, huyện tiếp tục số hóa kết quả giải quyết thủ tục còn lưu trữ bằng giấy, đồng thời đưa chỉ số "
              "hài lòng của người dân vào tiêu chí đánh giá cán bộ một cửa."),
    ]
    return t, lead, b


def kyso(p):
    t = f"{p['tinh']} cấp miễn phí {p['n1']}.000 chữ ký số cho người dân"
    lead = (f"Chương trình do Sở Thông tin và Truyền thông {p['tinh']} phối hợp các doanh nghiệp viễn thông thực hiện, "
            "ưu tiên người cao tuổi, hộ kinh doanh và người dân vùng sâu.")
    b = [
        ("p", "Mỗi người dân được cấp một chứng thư số cá nhân dùng trên điện thoại, thời hạn ba năm. Với chữ ký số, người dân "
              "có thể ký tờ khai, ủy quyền hay hợp đồng điện tử mà không cần in ấn hay đến cơ quan nhà nước."),
        ("p", f"Tại {p['xa']}, điểm cấp chữ ký số được đặt ngay trong nhà văn hóa. Ông {p['ng1']}, Chủ tịch UBND xã, cho biết "
              f"chỉ trong tuần đầu đã có hơn {p['n3']}0 người đến đăng ký, nhiều nhất là các hộ trồng cây ăn quả cần ký hợp đồng bán hàng."),
        ("h", "Ba bước để có chữ ký số"),
        ("ul", [
            "Mang căn cước công dân gắn chip đến điểm đăng ký hoặc xác thực qua ứng dụng",
            "Cài ứng dụng ký số trên điện thoại và kích hoạt bằng mã gửi qua tin nhắn",
            "Đặt mã PIN riêng và thử ký một văn bản mẫu dưới sự hướng dẫn của tổ công nghệ số",
        ]),
        ("p", "Sở Thông tin và Truyền thông đánh giá chữ ký số cá nhân là mắt xích còn thiếu để dịch vụ công trực tuyến chạy trọn "
              "vẹn. Trước đây, nhiều hồ sơ nộp trực tuyến vẫn phải bổ sung bản giấy có chữ ký tay, khiến người dân đi lại hai lần."),
        ("q", f"Có chữ ký số rồi, tôi ký hợp đồng bán vải cho thương lái ở tận Hà Nội ngay trên điện thoại, bà {p['ng2']} nói."),
        ("p", f"Dự kiến đến hết năm {p['nam']}, toàn tỉnh sẽ có ít nhất 20% người trưởng thành sở hữu chữ ký số cá nhân, tập trung "
              "vào nhóm thường xuyên giao dịch với cơ quan nhà nước và ngân hàng."),
    ]
    return t, lead, b


def ttkdtm(p):
    t = f"Chợ {p['cho']} thành chợ không dùng tiền mặt đầu tiên của {p['huyen']}"
    lead = (f"Hơn {p['n1']} tiểu thương tại chợ {p['cho']} đã niêm yết mã QR, người mua chỉ cần quét điện thoại để trả tiền "
            "từ mớ rau đến con cá.")
    b = [
        ("p", f"Mô hình do Đoàn Thanh niên {p['huyen']} phối hợp một ngân hàng thương mại triển khai từ tháng {p['thang']}. Mỗi sạp "
              "hàng được cấp biển mã QR có tên chủ sạp, loa báo tiền về để tiểu thương không phải kiểm tra điện thoại liên tục."),
        ("p", f"Bà {p['ng2']}, bán thịt lợn ở chợ đã hơn hai mươi năm, thừa nhận ban đầu rất ngại vì sợ bị lừa chuyển khoản. "
              "Sau vài tuần, bà thấy việc nhận tiền qua mã QR giúp không còn phải thối tiền lẻ và tối về đối chiếu sổ sách nhanh hơn."),
        ("h", "Lợi ích cho cả người bán và người mua"),
        ("ul", [
            "Không phải chuẩn bị tiền lẻ, giảm nhầm lẫn khi trả lại tiền",
            "Tiền bán hàng vào thẳng tài khoản, an toàn hơn giữ tiền mặt",
            "Có lịch sử giao dịch để tính doanh thu và vay vốn",
        ]),
        ("p", f"Theo Ban quản lý chợ, trung bình mỗi ngày có khoảng {p['n3']}0 giao dịch qua mã QR, chiếm gần một phần ba tổng số "
              "lượt mua bán. Tỷ lệ này cao hơn hẳn vào cuối tuần khi nhiều người trẻ từ thị trấn về chợ."),
        ("p", f"Ông {p['ng1']}, Bí thư Huyện đoàn, cho biết sau chợ {p['cho']}, huyện sẽ nhân rộng mô hình ra các chợ xã và khuyến "
              "khích thu học phí, tiền điện, tiền nước qua ngân hàng trong năm tới."),
    ]
    return t, lead, b


def nongsan(p):
    t = f"Nông dân {p['huyen']} bán {p['sp']} qua sàn thương mại điện tử"
    lead = (f"Vụ này, khoảng {p['n1']} tấn {p['sp']} của các hợp tác xã ở {p['huyen']} được tiêu thụ qua sàn thương mại điện tử "
            "và các buổi bán hàng trực tuyến, giá cao hơn bán cho thương lái.")
    b = [
        ("p", f"Hợp tác xã {p['htx']} là một trong những đơn vị đầu tiên mở gian hàng trên sàn. Giám đốc hợp tác xã, ông {p['ng1']}, "
              "cho biết mỗi lô hàng đều gắn tem truy xuất nguồn gốc, người mua quét mã là biết vườn trồng, ngày thu hoạch và người chăm sóc."),
        ("p", "Những buổi livestream được tổ chức ngay giữa vườn vào sáng sớm. Các thành viên trẻ của hợp tác xã thay nhau giới thiệu "
              "sản phẩm, trả lời câu hỏi về cách bảo quản và chốt đơn cho khách ở các thành phố lớn."),
        ("h", "Kết quả bán hàng trực tuyến"),
        ("table", [
            ["Kênh bán", "Sản lượng (tấn)", "Giá bình quân (đồng/kg)"],
            ["Sàn thương mại điện tử", f"{p['n2']}", "42.000"],
            ["Livestream", f"{p['n3']}", "39.500"],
            ["Thương lái", f"{p['n4']}", "31.000"],
        ]),
        ("p", f"Phòng Nông nghiệp {p['huyen']} đánh giá việc bán hàng trực tuyến giúp nông dân chủ động hơn về giá, bớt phụ thuộc "
              "vào thương lái vào thời điểm chính vụ. Tuy vậy, khâu đóng gói và vận chuyển hàng tươi vẫn là điểm yếu cần khắc phục."),
        ("q", f"Năm nay lần đầu tôi thấy {p['sp']} nhà mình được người ở tận Sài Gòn đặt mua trước khi hái, chị {p['ng2']} chia sẻ."),
        ("p", "Huyện dự kiến hỗ trợ các hợp tác xã xây dựng kho lạnh nhỏ và tập huấn kỹ năng chụp ảnh, viết mô tả sản phẩm cho "
              "thành viên trong năm tới."),
    ]
    return t, lead, b


def ioc(p):
    t = f"{p['tinh']} vận hành Trung tâm giám sát, điều hành đô thị thông minh"
    lead = (f"Trung tâm kết nối dữ liệu từ {p['n1']} camera, hệ thống phản ánh hiện trường và phần mềm quản lý văn bản, giúp "
            "lãnh đạo tỉnh theo dõi tình hình kinh tế - xã hội theo thời gian thực.")
    b = [
        ("p", f"Trung tâm được đặt tại tầng ba trụ sở Sở Thông tin và Truyền thông {p['tinh']}, gồm một màn hình ghép lớn và "
              "mười hai vị trí trực. Dữ liệu được cập nhật liên tục từ các sở, ngành và UBND cấp huyện."),
        ("h", "Những phân hệ đang hoạt động"),
        ("ul", [
            "Giám sát an ninh trật tự và giao thông qua camera",
            "Tiếp nhận, xử lý phản ánh hiện trường của người dân",
            "Theo dõi tiến độ giải quyết thủ tục hành chính",
            "Quan trắc môi trường không khí và nước",
        ]),
        ("p", f"Theo ông {p['ng1']}, Giám đốc trung tâm, từ khi vận hành thử đã có hơn {p['n2']}0 phản ánh của người dân được "
              "tiếp nhận, trong đó phần lớn liên quan đến đèn chiếu sáng, rác thải và lấn chiếm vỉa hè. Thời gian xử lý trung bình là ba ngày."),
        ("p", "Người dân gửi phản ánh qua ứng dụng trên điện thoại, kèm hình ảnh và vị trí. Phản ánh được chuyển tự động đến cơ "
              "quan có thẩm quyền và người gửi có thể theo dõi từng bước xử lý."),
        ("q", "Dữ liệu chỉ có giá trị khi được dùng để ra quyết định, không phải để trình chiếu cho đẹp."),
        ("p", f"Giai đoạn hai, tỉnh sẽ bổ sung phân hệ giám sát y tế, giáo dục và du lịch, đồng thời mở rộng kết nối đến tất cả "
              f"{p['n3']} xã, phường, thị trấn."),
    ]
    return t, lead, b


def tocongnghe(p):
    t = f"Tổ công nghệ số cộng đồng ở {p['xa']}: gõ cửa từng nhà hướng dẫn dùng dịch vụ số"
    lead = (f"Mỗi tối, các thành viên tổ công nghệ số cộng đồng ở {p['xa']} ({p['huyen']}) lại đến từng nhà, giúp người dân cài "
            "ứng dụng, kích hoạt tài khoản định danh và nộp hồ sơ trực tuyến.")
    b = [
        ("p", f"Tổ có {p['n1']} thành viên, phần lớn là đoàn viên thanh niên, công an viên và giáo viên ở thôn. Mỗi người phụ trách "
              "khoảng ba mươi hộ gia đình, ghi chép lại những việc đã hướng dẫn vào sổ theo dõi."),
        ("p", f"Anh {p['ng1']}, tổ trưởng, kể có những cụ già được hướng dẫn đến lần thứ tư mới nhớ cách mở ứng dụng. Nhưng khi "
              "các cụ tự kiểm tra được lương hưu trên điện thoại, ai cũng vui."),
        ("h", "Việc tổ công nghệ số làm thường xuyên"),
        ("ul", [
            "Cài đặt và kích hoạt tài khoản định danh điện tử mức độ hai",
            "Hướng dẫn nộp hồ sơ dịch vụ công trực tuyến",
            "Mở tài khoản ngân hàng và thanh toán hóa đơn điện, nước",
            "Cảnh báo các thủ đoạn lừa đảo qua điện thoại",
        ]),
        ("p", f"Nhờ cách làm này, tỷ lệ hộ gia đình có người dùng điện thoại thông minh để giao dịch với chính quyền ở {p['xa']} "
              f"đã tăng lên {p['n2']}%. Xã cũng đạt tiêu chí chuyển đổi số trong bộ tiêu chí nông thôn mới nâng cao."),
        ("q", f"Chúng tôi không chỉ dạy cách bấm máy mà còn giúp bà con hiểu vì sao phải làm như vậy, chị {p['ng2']} nói."),
        ("p", "Huyện đã chọn mô hình này để nhân rộng, kèm kinh phí hỗ trợ điện thoại và gói cước dữ liệu cho thành viên các tổ."),
    ]
    return t, lead, b


def hssk(p):
    t = f"Hơn {p['n1']}0.000 người dân {p['tinh']} đã có hồ sơ sức khỏe điện tử"
    lead = ("Hồ sơ sức khỏe điện tử được tích hợp vào ứng dụng định danh, người bệnh không phải mang theo sổ khám bệnh và giấy "
            "tờ khi đến cơ sở y tế.")
    b = [
        ("p", f"Sở Y tế {p['tinh']} cho biết toàn bộ bệnh viện tuyến tỉnh, tuyến huyện và {p['n2']} trạm y tế xã đã kết nối dữ liệu "
              "khám chữa bệnh lên hệ thống. Mỗi lần khám, kết quả xét nghiệm và đơn thuốc được cập nhật vào hồ sơ của người bệnh."),
        ("p", f"Bác sĩ {p['ng1']}, Giám đốc Trung tâm Y tế {p['huyen']}, cho biết bác sĩ có thể xem lại tiền sử bệnh của người dân "
              "ngay trên máy tính, tránh chỉ định trùng lặp xét nghiệm và tiết kiệm chi phí cho người bệnh."),
        ("h", "Những tiện ích chính"),
        ("ul", [
            "Đặt lịch khám trước, không phải xếp hàng lấy số",
            "Xem lại kết quả xét nghiệm, chẩn đoán hình ảnh",
            "Nhận nhắc lịch tiêm chủng cho trẻ nhỏ",
        ]),
        ("p", "Việc kết nối giấy chuyển tuyến và giấy hẹn khám lại điện tử cũng giúp các bệnh viện giảm đáng kể thủ tục hành chính. "
              "Người bệnh chuyển tuyến chỉ cần xuất trình căn cước công dân gắn chip."),
        ("p", f"Năm {p['nam']}, ngành y tế đặt mục tiêu toàn bộ trạm y tế xã sử dụng bệnh án điện tử, thay thế hẳn sổ khám bệnh giấy."),
    ]
    return t, lead, b


def hocba(p):
    t = f"{p['huyen']} triển khai học bạ số cho học sinh tiểu học"
    lead = (f"Từ năm học này, {p['n1']} trường tiểu học ở {p['huyen']} chuyển sang dùng học bạ số có chữ ký số của giáo viên "
            "và hiệu trưởng, thay thế học bạ giấy.")
    b = [
        ("p", f"Phòng Giáo dục và Đào tạo {p['huyen']} cho biết học bạ số được lập trên phần mềm quản lý trường học mà các trường "
              "đang dùng. Điểm và nhận xét được đồng bộ từ sổ điểm điện tử nên giáo viên không phải nhập lại."),
        ("p", f"Cô {p['ng1']}, Hiệu trưởng Trường Tiểu học {p['xa']}, cho biết trước đây cuối mỗi năm học, giáo viên chủ nhiệm mất "
              "gần một tuần để ghi học bạ bằng tay. Nay việc ký duyệt chỉ mất vài phút."),
        ("h", "Phụ huynh theo dõi trên điện thoại"),
        ("p", "Phụ huynh được cấp tài khoản để xem học bạ của con, nhận thông báo của nhà trường và đóng các khoản thu qua ngân hàng. "
              "Khi học sinh chuyển trường, học bạ được chuyển điện tử mà không cần xin xác nhận."),
        ("table", [
            ["Khối lớp", "Số học sinh", "Đã có học bạ số"],
            ["Lớp 1", f"{p['n2']}0", "100%"],
            ["Lớp 2", f"{p['n3']}0", "100%"],
            ["Lớp 3", f"{p['n4']}0", "96%"],
        ]),
        ("q", "Học bạ số không chỉ tiết kiệm giấy mà còn giúp dữ liệu học tập của các em đi theo các em suốt quãng đời học sinh."),
        ("p", "Năm học tới, huyện sẽ mở rộng học bạ số cho bậc trung học cơ sở sau khi hoàn tất tập huấn cho giáo viên."),
    ]
    return t, lead, b


def dulich(p):
    t = f"{p['tinh']} ra mắt bản đồ du lịch số và vé điện tử tại các điểm tham quan"
    lead = (f"Du khách đến {p['tinh']} có thể tra cứu {p['n1']} điểm tham quan, cơ sở lưu trú, nhà hàng và mua vé trực tuyến "
            "trên một ứng dụng duy nhất.")
    b = [
        ("p", f"Ứng dụng do Sở Văn hóa, Thể thao và Du lịch {p['tinh']} xây dựng, có thuyết minh tự động bằng bốn thứ tiếng. "
              "Tại mỗi di tích, du khách quét mã QR để nghe giới thiệu lịch sử và xem ảnh tư liệu."),
        ("p", f"Theo bà {p['ng1']}, Phó Giám đốc Sở, dữ liệu lượt tìm kiếm và mua vé giúp ngành du lịch biết du khách quan tâm đến "
              "điểm nào, ở lại bao lâu để điều chỉnh sản phẩm cho phù hợp."),
        ("h", "Vé điện tử giảm ùn tắc giờ cao điểm"),
        ("p", f"Từ khi áp dụng vé điện tử, thời gian chờ mua vé ở khu di tích lớn nhất tỉnh giảm rõ rệt. Trong dịp nghỉ lễ vừa qua "
              f"có khoảng {p['n2']}% du khách mua vé trước qua ứng dụng."),
        ("ul", [
            "Bản đồ số với chỉ dẫn đường đi và thời gian di chuyển",
            "Thuyết minh tự động bằng tiếng Việt, Anh, Hàn và Trung",
            "Phản ánh chất lượng dịch vụ trực tiếp cho cơ quan quản lý",
        ]),
        ("q", f"Tôi đi một mình mà không cần hướng dẫn viên, chỉ cần điện thoại là đủ, anh {p['ng2']}, du khách đến từ Đà Nẵng nói."),
        ("p", "Thời gian tới, ứng dụng sẽ kết nối với hệ thống lưu trú để thông báo lưu trú trực tuyến và thống kê lượng khách chính xác hơn."),
    ]
    return t, lead, b


def vneid(p):
    t = f"Công an {p['huyen']} đẩy nhanh kích hoạt tài khoản định danh điện tử"
    lead = (f"Đến nay đã có {p['n2']}% người dân từ đủ 14 tuổi trở lên ở {p['huyen']} kích hoạt tài khoản định danh điện tử mức "
            "độ hai, phục vụ đề án phát triển ứng dụng dữ liệu dân cư.")
    b = [
        ("p", f"Công an {p['huyen']} đã thành lập {p['n1']} tổ lưu động đến các thôn, trường học và doanh nghiệp để thu nhận hồ sơ "
              "vào cả buổi tối và ngày nghỉ. Người dân được hướng dẫn tích hợp giấy phép lái xe, thẻ bảo hiểm y tế vào ứng dụng."),
        ("p", f"Thượng tá {p['ng1']}, Trưởng Công an huyện, cho biết việc làm sạch dữ liệu dân cư là điều kiện để các thủ tục như "
              "đăng ký thường trú, cấp phiếu lý lịch tư pháp được thực hiện trực tuyến trọn vẹn."),
        ("h", "Những tiện ích người dân dùng nhiều nhất"),
        ("ul", [
            "Xuất trình giấy tờ tùy thân khi làm thủ tục",
            "Thông báo lưu trú trực tuyến",
            "Đăng ký cấp phiếu lý lịch tư pháp",
            "Tố giác tội phạm và phản ánh an ninh trật tự",
        ]),
        ("p", "Công an huyện cũng khuyến cáo người dân chỉ tải ứng dụng từ kho chính thức, không cung cấp mã xác thực cho bất kỳ ai "
              "gọi điện tự xưng là cán bộ công an."),
        ("p", "Mục tiêu đến cuối năm là toàn bộ người dân đủ điều kiện được kích hoạt tài khoản, hoàn thành chỉ tiêu tỉnh giao."),
    ]
    return t, lead, b


def datdai(p):
    t = f"{p['tinh']} hoàn thành số hóa hồ sơ địa chính tại {p['n1']} huyện"
    lead = ("Cơ sở dữ liệu đất đai được kết nối với phần mềm một cửa, giúp rút ngắn thời gian cấp giấy chứng nhận và tra cứu "
            "thông tin thửa đất.")
    b = [
        ("p", f"Sở Tài nguyên và Môi trường {p['tinh']} cho biết đã quét, số hóa hơn {p['n2']}0.000 hồ sơ địa chính lưu trữ từ "
              "những năm 1990. Mỗi thửa đất nay có đầy đủ bản đồ, thông tin chủ sử dụng và lịch sử biến động."),
        ("p", f"Ông {p['ng1']}, Giám đốc Văn phòng Đăng ký đất đai, cho biết trước đây cán bộ phải lục kho hàng giờ để tìm một hồ sơ "
              "cũ. Nay chỉ cần nhập số thửa, số tờ bản đồ là hệ thống hiển thị toàn bộ thông tin."),
        ("h", "Kết quả theo từng địa phương"),
        ("table", [
            ["Địa phương", "Số thửa đã số hóa", "Tỷ lệ"],
            [p['huyen'], f"{p['n3']}.450", "100%"],
            ["Thị xã ven biển", f"{p['n4']}.120", "100%"],
            ["Các huyện còn lại", "đang thực hiện", "72%"],
        ]),
        ("p", "Dữ liệu đất đai cũng được chia sẻ với ngành thuế để tính nghĩa vụ tài chính tự động, người dân không phải mang tờ khai "
              "qua lại giữa hai cơ quan."),
        ("q", "Dữ liệu đất đai sạch là nền móng cho chính quyền số, cũng là cách phòng ngừa tranh chấp hiệu quả nhất."),
        ("p", "Tỉnh dự kiến hoàn thành số hóa ở các huyện còn lại trong năm tới và mở cổng tra cứu thông tin quy hoạch cho người dân."),
    ]
    return t, lead, b


def kinhteso(p):
    t = f"Kinh tế số đóng góp {p['n1']}% GRDP của {p['tinh']}"
    lead = ("Thương mại điện tử, dịch vụ số và doanh nghiệp công nghệ tăng nhanh, song tỉnh vẫn thiếu nhân lực công nghệ thông tin "
            "chất lượng cao.")
    b = [
        ("p", f"Theo báo cáo của Sở Thông tin và Truyền thông {p['tinh']}, số doanh nghiệp công nghệ số trên địa bàn đã tăng lên "
              f"{p['n2']}0, gấp rưỡi so với ba năm trước. Phần lớn là doanh nghiệp nhỏ làm dịch vụ phần mềm và thương mại điện tử."),
        ("h", "Ba trụ cột tăng trưởng"),
        ("ul", [
            "Thương mại điện tử và bán lẻ trực tuyến",
            "Dịch vụ phần mềm, gia công dữ liệu",
            "Số hóa các ngành truyền thống như du lịch, logistics, nông nghiệp",
        ]),
        ("p", f"Ông {p['ng1']}, Giám đốc Sở, nhận định tỉnh có lợi thế về hạ tầng viễn thông và chi phí nhân công, nhưng phần lớn sinh "
              "viên giỏi sau khi tốt nghiệp lại chuyển đến các thành phố lớn làm việc."),
        ("p", "Tỉnh đang xây dựng chính sách hỗ trợ thuê văn phòng trong khu công nghệ thông tin tập trung và đặt hàng các trường đại "
              "học đào tạo kỹ sư phần mềm theo nhu cầu doanh nghiệp."),
        ("table", [
            ["Chỉ tiêu", "Năm trước", "Năm nay"],
            ["Tỷ trọng kinh tế số trong GRDP", "9,8%", f"{p['n1']}%"],
            ["Doanh nghiệp công nghệ số", f"{p['n3']}0", f"{p['n2']}0"],
            ["Doanh thu thương mại điện tử (tỷ đồng)", "2.140", "3.050"],
        ]),
        ("q", "Muốn kinh tế số lớn lên, trước hết phải giữ được người giỏi ở lại quê hương."),
    ]
    return t, lead, b


def attt(p):
    t = f"{p['tinh']} diễn tập ứng cứu sự cố an toàn thông tin mạng"
    lead = (f"Cuộc diễn tập có sự tham gia của {p['n1']} đội ứng cứu đến từ các sở, ngành và doanh nghiệp viễn thông, mô phỏng "
            "tình huống tấn công mã hóa dữ liệu vào hệ thống dịch vụ công.")
    b = [
        ("p", "Kịch bản giả định tin tặc chiếm quyền một máy chủ, mã hóa dữ liệu và đòi tiền chuộc. Các đội phải phát hiện điểm "
              "xâm nhập, cô lập hệ thống bị ảnh hưởng, khôi phục dữ liệu từ bản sao lưu và báo cáo trong thời gian quy định."),
        ("p", f"Ông {p['ng1']}, Phó Giám đốc Sở Thông tin và Truyền thông, cho biết qua diễn tập đã phát hiện một số đơn vị chưa "
              "sao lưu dữ liệu định kỳ và chưa cập nhật bản vá cho phần mềm."),
        ("h", "Những lỗi thường gặp"),
        ("ul", [
            "Dùng mật khẩu mặc định cho thiết bị mạng",
            "Không tách mạng nội bộ với mạng có kết nối Internet",
            "Cán bộ mở tệp đính kèm lạ trong thư điện tử",
        ]),
        ("p", f"Sau diễn tập, tỉnh yêu cầu các cơ quan hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin trước tháng {p['thang']} "
              "và tổ chức kiểm tra, đánh giá định kỳ mỗi năm một lần."),
        ("q", "Không có hệ thống nào an toàn tuyệt đối, chỉ có đội ngũ được chuẩn bị tốt để phản ứng kịp thời."),
    ]
    return t, lead, b


def soket(p):
    t = f"{p['huyen']} sơ kết hai năm thực hiện Nghị quyết về chuyển đổi số"
    lead = (f"Chỉ số chuyển đổi số của {p['huyen']} tăng {p['n1']} bậc so với năm đầu thực hiện, đứng nhóm đầu các huyện trong tỉnh.")
    b = [
        ("p", f"Tại hội nghị, ông {p['ng1']}, Phó Chủ tịch UBND huyện, cho biết 100% cơ quan cấp huyện và cấp xã đã dùng văn bản điện "
              "tử có chữ ký số; các cuộc họp từ huyện đến xã được tổ chức trực tuyến, tiết kiệm chi phí đi lại."),
        ("h", "Kết quả nổi bật"),
        ("ul", [
            f"{p['n2']}% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến",
            "Toàn bộ trường học dùng sổ điểm điện tử",
            "Phủ sóng di động 4G đến tất cả các thôn",
            "Mỗi xã có ít nhất một sản phẩm OCOP bán trên sàn thương mại điện tử",
        ]),
        ("p", "Tuy vậy, hạ tầng máy tính ở nhiều xã đã cũ, một bộ phận cán bộ lớn tuổi còn ngại thay đổi; nguồn kinh phí cho chuyển "
              "đổi số chủ yếu vẫn lồng ghép từ các chương trình khác."),
        ("p", f"Phát biểu kết luận, bà {p['ng2']}, Bí thư Huyện ủy, yêu cầu các ngành gắn chuyển đổi số với cải cách hành chính, "
              "lấy sự hài lòng của người dân làm thước đo."),
        ("q", "Chuyển đổi số không phải là việc của riêng ngành thông tin, mà là việc của cả hệ thống chính trị."),
        ("p", "Dịp này, huyện khen thưởng tám tập thể và mười lăm cá nhân có thành tích xuất sắc."),
    ]
    return t, lead, b


# ---- off-topic -------------------------------------------------------------

def duathuyen(p):
    t = f"Sôi nổi lễ hội đua thuyền truyền thống trên sông {p['song']}"
    lead = f"Hai mươi đội thuyền đến từ các xã ven sông {p['song']} đã tranh tài trước sự cổ vũ của hàng nghìn người dân."
    b = [
        ("p", "Lễ hội được tổ chức thường niên vào dịp rằm tháng Mười âm lịch, sau khi bà con thu hoạch xong vụ mùa. Mỗi thuyền dài "
              "khoảng hai mươi mét, có hai mươi hai tay chèo, một người cầm lái và một người giữ nhịp trống."),
        ("p", f"Từ sáng sớm, hai bên bờ sông đã chật kín người. Ông {p['ng1']}, một cụ cao niên ở {p['xa']}, cho biết ông chưa bỏ lỡ "
              "mùa đua thuyền nào trong hơn bảy mươi năm qua."),
        ("h", "Kết quả chung cuộc"),
        ("ul", [
            f"Giải nhất: đội thuyền {p['xa']}",
            "Giải nhì: đội thuyền xã Tân Phước",
            "Giải ba: đội thuyền thị trấn",
        ]),
        ("p", "Ngoài đua thuyền, lễ hội còn có hội thi nấu cơm, kéo co, hát đối đáp và chợ quê bày bán đặc sản địa phương."),
        ("p", f"Ban tổ chức cho biết năm nay có {p['n1']} vận động viên tham gia, nhiều đội đã tập luyện từ ba tháng trước."),
    ]
    return t, lead, b


def sotxuathuyet(p):
    t = f"{p['huyen']} ra quân diệt lăng quăng phòng sốt xuất huyết"
    lead = f"Số ca mắc sốt xuất huyết ở {p['huyen']} tăng cao vào mùa mưa, ngành y tế huy động lực lượng đến từng hộ gia đình."
    b = [
        ("p", f"Từ đầu năm, huyện ghi nhận {p['n1']}0 ca mắc sốt xuất huyết, tăng gần gấp đôi so với cùng kỳ. Các ổ dịch tập trung "
              "ở khu dân cư đông đúc, nơi nhiều hộ trữ nước sinh hoạt trong lu, khạp không đậy nắp."),
        ("p", f"Bác sĩ {p['ng1']}, Giám đốc Trung tâm Y tế huyện, khuyến cáo người dân mỗi tuần dành mười phút lật úp vật dụng chứa "
              "nước, thả cá vào bể nước và ngủ màn kể cả ban ngày."),
        ("h", "Dấu hiệu cần đưa người bệnh đi viện ngay"),
        ("ul", [
            "Sốt cao liên tục trên hai ngày, đau bụng, nôn nhiều",
            "Chảy máu cam, chảy máu chân răng",
            "Li bì, tay chân lạnh",
        ]),
        ("p", "Chiến dịch kéo dài hai tuần, có sự tham gia của đoàn viên thanh niên, hội viên phụ nữ và học sinh các trường trung học."),
        ("p", f"Tại {p['xa']}, nơi có số ca mắc cao nhất, lực lượng y tế đã phun hóa chất diệt muỗi hai đợt liên tiếp. Các trường học "
              "cũng được yêu cầu kiểm tra bể nước, chậu cây cảnh và thu gom vỏ chai lọ trong khuôn viên mỗi sáng thứ Hai."),
    ]
    return t, lead, b


def bongda(p):
    t = f"Khai mạc giải bóng đá thiếu niên {p['huyen']} năm {p['nam']}"
    lead = f"Giải quy tụ {p['n1']} đội bóng của các xã, thị trấn, thi đấu vòng tròn tính điểm trong ba tuần."
    b = [
        ("p", "Các trận đấu diễn ra tại sân vận động trung tâm huyện vào chiều thứ Bảy và Chủ nhật. Cầu thủ tham gia là học sinh "
              "từ mười hai đến mười lăm tuổi, được các trường tuyển chọn qua giải cấp xã."),
        ("p", f"Ông {p['ng1']}, Giám đốc Trung tâm Văn hóa - Thể thao huyện, cho biết giải là dịp phát hiện những cầu thủ có năng "
              "khiếu để giới thiệu cho đội tuyển trẻ của tỉnh."),
        ("table", [
            ["Bảng", "Số đội", "Sân thi đấu"],
            ["A", "6", "Sân trung tâm"],
            ["B", "6", "Sân trường THCS thị trấn"],
        ]),
        ("p", "Trong trận khai mạc, đội thị trấn thắng đội xã bạn với tỷ số hai bàn không trước sự cổ vũ của đông đảo phụ huynh."),
        ("p", "Ban tổ chức trao thêm các giải phong cách, thủ môn xuất sắc và vua phá lưới khi kết thúc giải."),
        ("p", f"Nhiều phụ huynh ở {p['xa']} cho biết từ khi có giải, các em dành nhiều thời gian tập luyện ngoài trời hơn. Sân bóng "
              "của xã luôn kín chỗ vào mỗi chiều, có cả những người lớn tuổi đến xem và góp ý cho các cầu thủ nhỏ."),
    ]
    return t, lead, b


def duongtinh(p):
    t = f"Sửa chữa {p['n1']} km đường tỉnh qua {p['huyen']} trước mùa mưa lũ"
    lead = "Công trình được thi công theo phương thức cuốn chiếu, bảo đảm giao thông thông suốt trong thời gian sửa chữa."
    b = [
        ("p", f"Tuyến đường tỉnh qua {p['huyen']} xuống cấp nghiêm trọng sau nhiều năm khai thác, xuất hiện nhiều ổ gà, lún nứt. "
              "Sở Giao thông vận tải đã bố trí vốn bảo trì để thảm lại mặt đường và nạo vét rãnh thoát nước."),
        ("p", f"Ông {p['ng1']}, đại diện nhà thầu, cho biết đơn vị huy động ba mũi thi công, làm cả ban đêm để kịp hoàn thành trước "
              "khi mùa mưa đến."),
        ("h", "Các hạng mục chính"),
        ("ul", [
            "Thảm bê tông nhựa toàn bộ mặt đường",
            "Gia cố lề và xây lại cống qua đường",
            "Sơn kẻ vạch, lắp biển báo và hộ lan",
        ]),
        ("p", "Người tham gia giao thông được khuyến cáo giảm tốc độ, chú ý biển báo khi đi qua khu vực đang thi công."),
        ("p", f"Người dân {p['xa']} phấn khởi vì con đường qua trung tâm xã sắp được làm mới. Ông {p['ng1']} nói "
              "mỗi mùa mưa trước đây, xe chở nông sản phải đi vòng gần mười cây số vì đoạn đường trũng bị ngập sâu."),
    ]
    return t, lead, b


def hienmau(p):
    t = f"Hơn {p['n1']}0 đơn vị máu được tiếp nhận trong ngày hội hiến máu tại {p['huyen']}"
    lead = "Ngày hội do Hội Chữ thập đỏ huyện phối hợp bệnh viện tỉnh tổ chức, thu hút đông đảo đoàn viên, công nhân và người dân."
    b = [
        ("p", f"Ngay từ sáng sớm, hội trường Trung tâm Chính trị huyện đã kín người đăng ký. Nhiều người đã hiến máu trên mười lần, "
              f"như ông {p['ng1']}, năm nay ngoài năm mươi tuổi."),
        ("p", "Trước khi hiến, mỗi người được khám sàng lọc, đo huyết áp và xét nghiệm nhanh. Sau khi hiến được nghỉ ngơi, bồi dưỡng "
              "và nhận giấy chứng nhận."),
        ("h", "Lưu ý trước khi hiến máu"),
        ("ul", [
            "Ngủ đủ giấc, không thức khuya đêm hôm trước",
            "Ăn nhẹ, không ăn đồ nhiều dầu mỡ",
            "Không uống rượu bia trước khi hiến",
        ]),
        ("p", "Lượng máu tiếp nhận sẽ bổ sung cho ngân hàng máu của bệnh viện tỉnh trong giai đoạn cao điểm cuối năm."),
        ("p", f"Bà {p['ng2']}, Chủ tịch Hội Chữ thập đỏ huyện, cho biết năm nay hội đặt mục tiêu tiếp nhận ít nhất một nghìn đơn vị "
              "máu, tổ chức thêm các điểm hiến máu lưu động tại khu công nghiệp để công nhân không phải nghỉ làm."),
    ]
    return t, lead, b


def muavu(p):
    t = f"Nông dân {p['huyen']} thu hoạch lúa hè thu được mùa, được giá"
    lead = f"Năng suất lúa hè thu ở {p['huyen']} ước đạt gần sáu tấn mỗi héc-ta, giá lúa tươi tại ruộng cao hơn vụ trước."
    b = [
        ("p", f"Những ngày này, trên các cánh đồng của {p['xa']}, máy gặt đập liên hợp hoạt động từ sáng sớm đến tối. Nhiều hộ "
              "thuê máy ngay từ khi lúa chín tám phần để tránh những cơn mưa chiều bất chợt."),
        ("p", f"Ông {p['ng1']}, nông dân có ba mẫu ruộng, cho biết nhờ dùng giống lúa ngắn ngày và bón phân cân đối nên vụ này "
              "lúa ít sâu bệnh. Sau khi trừ chi phí, mỗi sào gia đình ông lãi khoảng một triệu đồng."),
        ("h", "Diện tích và năng suất theo giống"),
        ("table", [
            ["Giống lúa", "Diện tích (ha)", "Năng suất (tạ/ha)"],
            ["Lúa thuần chất lượng cao", f"{p['n2']}0", "59"],
            ["Lúa nếp", f"{p['n3']}0", "52"],
        ]),
        ("p", "Phòng Nông nghiệp huyện khuyến cáo bà con sau thu hoạch cần vệ sinh đồng ruộng, không đốt rơm rạ gây ô nhiễm, "
              "có thể cuộn rơm để làm thức ăn cho trâu bò hoặc ủ làm phân bón."),
        ("p", "Huyện cũng chỉ đạo các hợp tác xã chuẩn bị giống, vật tư và lịch thời vụ cho vụ đông, ưu tiên cây ngô sinh khối "
              "và rau màu ngắn ngày trên chân đất cao."),
        ("q", f"Được mùa mà còn được giá thì không gì mừng bằng, bà {p['ng2']} vừa phơi lúa vừa nói."),
    ]
    return t, lead, b


TOPICS = {f.__name__: f for f in (dvc, kyso, ttkdtm, nongsan, ioc, tocongnghe, hssk, hocba, dulich, vneid, datdai,
                                  kinhteso, attt, soket, duathuyen, sotxuathuyet, bongda, duongtinh, hienmau, muavu)}
OFF_TOPIC = {"duathuyen", "sotxuathuyet", "bongda", "duongtinh", "hienmau", "muavu"}

HEADLINES = [
    "Khởi công cầu dân sinh nối hai xã vùng lũ",
    "Ra mắt cổng dữ liệu mở của tỉnh",
    "Tập huấn kỹ năng số cho cán bộ cấp xã",
    "Giá cà phê tăng mạnh đầu vụ thu hoạch",
    "Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Bắc",
    "Hơn 90% trường học kết nối Internet cáp quang",
    "Cảnh báo lừa đảo qua tin nhắn giả mạo ngân hàng",
    "Trao học bổng cho học sinh nghèo vượt khó",
    "Thí điểm xe buýt điện nội thành",
    "Hướng dẫn kê khai thuế điện tử cho hộ kinh doanh",
    "Phát động cuộc thi tìm hiểu pháp luật trực tuyến",
    "Công bố chỉ số cải cách hành chính các sở, ngành",
    "Mở rộng thanh toán viện phí qua mã QR",
    "Nông dân ứng dụng nhật ký điện tử trong sản xuất",
    "Khai trương phòng đọc sách điện tử ở thư viện tỉnh",
    "Triển khai phần mềm quản lý hộ tịch mới",
]
