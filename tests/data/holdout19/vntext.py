"""Sentence pools (hand-written) and a seeded paragraph generator. Stdlib only."""

from clauses import CLAUSES

OPENERS = [
    "Theo kế hoạch,", "Trong năm nay,", "Thời gian tới,", "Bên cạnh đó,", "Đáng chú ý,",
    "Tính đến cuối tháng trước,", "Qua khảo sát,", "Ở cấp cơ sở,", "Trước đó,", "Song song với đó,",
    "Theo đánh giá ban đầu,", "Từ đầu năm đến nay,", "Cũng trong dịp này,", "Về lâu dài,", "",
]

POOLS = {
    "cds": {
        "subj": [
            "Sở Thông tin và Truyền thông", "Ủy ban nhân dân các huyện", "tổ công nghệ số cộng đồng ở các thôn",
            "Trung tâm Phục vụ hành chính công tỉnh", "nhiều doanh nghiệp nhỏ và vừa", "các xã vùng cao",
            "lực lượng đoàn viên thanh niên", "Bưu điện tỉnh", "các hợp tác xã", "ngành giáo dục địa phương",
            "Ban Chỉ đạo chuyển đổi số", "các chi nhánh ngân hàng trên địa bàn", "Trung tâm Giám sát điều hành đô thị thông minh",
        ],
        "verb": [
            "đã hướng dẫn người dân cài đặt và kích hoạt tài khoản định danh điện tử mức độ hai",
            "tiếp tục rà soát, chuẩn hóa dữ liệu dân cư phục vụ giải quyết thủ tục hành chính",
            "đẩy mạnh thanh toán không dùng tiền mặt tại chợ truyền thống và trường học",
            "triển khai nền tảng số để đưa nông sản đặc trưng lên sàn thương mại điện tử",
            "tổ chức lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã",
            "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
            "vận hành hệ thống hội nghị truyền hình trực tuyến đến tận cấp xã",
            "kết nối dữ liệu với Cổng dịch vụ công quốc gia để giảm giấy tờ cho người dân",
            "phát động phong trào bình dân học vụ số tại các thôn, tổ dân phố",
            "ứng dụng phần mềm quản lý văn bản và ký số trong toàn bộ quy trình xử lý công việc",
            "phủ sóng di động băng rộng tới các thôn còn vùng lõm sóng",
            "xây dựng kho dữ liệu mở phục vụ doanh nghiệp khởi nghiệp sáng tạo",
            "hỗ trợ hộ kinh doanh mở gian hàng trực tuyến và quảng bá sản phẩm",
            "cập nhật thông tin cư trú và giấy tờ tùy thân lên ứng dụng định danh quốc gia",
            "đưa vào sử dụng hệ thống thư điện tử công vụ cho toàn bộ cán bộ cấp xã",
            "khảo sát mức độ hài lòng của người dân đối với dịch vụ công trực tuyến",
        ],
        "tail": [
            "với sự tham gia của hàng trăm tình nguyện viên", "nhằm rút ngắn thời gian chờ đợi của người dân",
            "theo đúng lộ trình đã đề ra", "góp phần nâng cao chỉ số cải cách hành chính của tỉnh",
            "và nhận được nhiều phản hồi tích cực", "trên cơ sở bảo đảm an toàn thông tin mạng",
            "để người dân được hưởng lợi trực tiếp từ tiến trình chuyển đổi số", "trong điều kiện kinh phí còn hạn hẹp",
            "với mục tiêu không để ai bị bỏ lại phía sau", "gắn với việc xây dựng chính quyền số",
        ],
    },
    "agri": {
        "subj": [
            "nông dân các xã ven sông", "Hợp tác xã rau an toàn", "Trạm khuyến nông huyện",
            "nhiều hộ trồng cà phê", "Chi cục Trồng trọt và Bảo vệ thực vật", "các thương lái thu mua",
            "bà con vùng trồng lúa chất lượng cao", "một số doanh nghiệp chế biến nông sản",
        ],
        "verb": [
            "đã xuống giống đúng khung lịch thời vụ khuyến cáo", "chủ động nạo vét kênh mương nội đồng trước mùa khô",
            "chuyển đổi diện tích lúa kém hiệu quả sang trồng cây ăn quả", "áp dụng quy trình bón phân cân đối và tiết kiệm nước",
            "tăng cường thăm đồng để phát hiện sớm sâu bệnh", "ký hợp đồng bao tiêu sản phẩm ngay từ đầu vụ",
            "liên kết xây dựng vùng nguyên liệu đạt tiêu chuẩn xuất khẩu", "thu hoạch sớm để tránh đợt mưa lớn sắp tới",
        ],
        "tail": [
            "nên năng suất bình quân tăng so với vụ trước", "dù giá phân bón vẫn ở mức cao",
            "với giá bán ổn định trong nhiều tuần liền", "nhằm giảm thiểu thiệt hại do thời tiết bất thường",
            "theo hướng dẫn của cán bộ kỹ thuật", "trên diện tích hàng trăm héc-ta",
        ],
    },
    "traffic": {
        "subj": [
            "lực lượng cảnh sát giao thông", "Sở Giao thông vận tải", "đơn vị quản lý đường bộ",
            "nhiều phương tiện lưu thông qua nút giao", "chủ đầu tư dự án", "các tổ công tác liên ngành",
        ],
        "verb": [
            "đã phân luồng từ sớm để hạn chế ùn tắc kéo dài", "lắp đặt thêm biển báo và đèn tín hiệu tại điểm đen",
            "tăng cường kiểm tra nồng độ cồn vào khung giờ tối", "khẩn trương vá ổ gà trên đoạn đường xuống cấp",
            "xử lý nghiêm các trường hợp chở quá tải trọng cho phép", "phải di chuyển chậm vì mặt đường bị thu hẹp",
        ],
        "tail": [
            "trong dịp cao điểm cuối năm", "theo phương án đã được phê duyệt", "nhằm bảo đảm an toàn cho người đi đường",
            "sau nhiều phản ánh của người dân", "trước khi thông xe toàn tuyến", "vào giờ tan tầm buổi chiều",
        ],
    },
    "health": {
        "subj": [
            "Trung tâm Kiểm soát bệnh tật tỉnh", "các trạm y tế xã", "bệnh viện đa khoa khu vực",
            "nhiều phụ huynh có con nhỏ", "đội ngũ y bác sĩ", "ngành y tế địa phương",
        ],
        "verb": [
            "đã triển khai chiến dịch tiêm chủng bổ sung cho trẻ dưới năm "
            "tuổi", "khuyến cáo người dân không tự ý dùng thuốc "
            "khi sốt",
            "tổ chức khám sàng lọc miễn phí cho người cao tuổi", "tăng cường giám sát ca bệnh tại cộng đồng",
            "tiếp nhận số bệnh nhân tăng mạnh trong tuần qua", "phun hóa chất diệt muỗi tại các khu dân cư có ổ dịch",
        ],
        "tail": [
            "nhằm ngăn chặn nguy cơ bùng phát dịch", "khi thời tiết chuyển mùa", "với sự phối hợp của chính quyền cơ sở",
            "trong bối cảnh số ca mắc có xu hướng gia tăng", "theo chỉ đạo của Sở Y tế", "để giảm tải cho tuyến trên",
        ],
    },
    "culture": {
        "subj": [
            "các nghệ nhân hát then", "Bảo tàng tỉnh", "đoàn nghệ thuật truyền thống", "nhiều du khách trong và ngoài nước",
            "Ban tổ chức lễ hội", "các câu lạc bộ văn nghệ quần chúng",
        ],
        "verb": [
            "đã trình diễn những làn điệu cổ hiếm khi được biểu diễn", "trưng bày hàng trăm hiện vật gốm cổ",
            "dàn dựng chương trình nghệ thuật đặc sắc trên sân khấu ngoài trời", "háo hức tham gia các trò chơi dân gian",
            "phục dựng nghi lễ cầu mùa của đồng bào địa phương", "mở lớp truyền dạy cho thế hệ trẻ trong thôn bản",
        ],
        "tail": [
            "trong không khí rộn ràng của ngày "
            "hội", "nhằm gìn giữ bản sắc văn hóa dân "
            "tộc", "dưới sự hướng dẫn của các nghệ "
            "nhân cao tuổi",
            "thu hút đông đảo người dân đến xem", "kéo dài đến tận đêm khuya", "với sự hỗ trợ kinh phí của ngành văn hóa",
        ],
    },
    "sport": {
        "subj": [
            "đội tuyển bóng chuyền nữ", "các vận động viên trẻ", "ban huấn luyện", "câu lạc bộ chủ nhà", "đoàn thể thao tỉnh",
        ],
        "verb": [
            "đã giành chiến thắng thuyết phục sau ba séc đấu", "bước vào đợt tập huấn trên sân vận động mới",
            "chốt danh sách tham dự giải vô địch quốc gia", "tạo nên bất ngờ khi vượt qua đối thủ mạnh",
        ],
        "tail": [
            "trước sự cổ vũ nhiệt tình của khán giả", "ở lượt trận cuối vòng bảng", "sau thời gian dài chuẩn bị",
            "trong điều kiện thời tiết nắng nóng",
        ],
    },
}


def sentences(topic, rng, n):
    """Opener + hand-written clause + tail; each clause at most twice, tails vary."""
    clauses = list(CLAUSES[topic])
    tails = POOLS[topic]["tail"]
    rng.shuffle(clauses)
    seq = clauses + [c for c in clauses]
    out = []
    for i, c in enumerate(seq):
        op = rng.choice(OPENERS)
        while out and op and out[-1].startswith(op):
            op = rng.choice(OPENERS)
        tail = rng.choice(tails) if rng.random() < 0.45 else ""
        body = c + (" " + tail if tail else "")
        if not op:
            body = body[0].upper() + body[1:]
        sent = (op + " " if op else "") + body + "."
        if sent in out:
            continue
        out.append(sent)
        if len(out) >= n:
            break
    return out


def paragraphs(topic, rng, n, per=(2, 4)):
    k = sum(rng.randint(*per) for _ in range(n)) + 4
    pool = sentences(topic, rng, k)
    out = []
    i = 0
    for _ in range(n):
        m = rng.randint(*per)
        chunk = pool[i:i + m]
        i += m
        if chunk:
            out.append(" ".join(chunk))
    return out


SIDEBAR_TITLES = [
    "Khánh thành cầu dân sinh nối hai bờ sông", "Hội nghị triển khai nhiệm vụ quý IV", "Tuyên dương 50 học sinh nghèo vượt khó",
    "Sôi nổi giải việt dã truyền thống", "Kiểm tra an toàn thực phẩm dịp lễ", "Ra quân làm sạch môi trường biển",
    "Tỉnh đón đoàn công tác của bộ ngành Trung ương", "Giá lúa tăng nhẹ, nông dân phấn khởi", "Khởi công trường mầm non vùng khó",
    "Người dân hào hứng với dịch vụ công trực "
    "tuyến", "Bế mạc hội thi tiếng hát công "
    "nhân", "Phát hiện vụ vận chuyển gỗ trái "
    "phép",
    "Trao tặng 200 suất quà cho hộ nghèo", "Cảnh báo lừa đảo qua tin nhắn giả mạo", "Hội chợ OCOP thu hút đông khách",
    "Sắp xếp đơn vị hành chính cấp xã", "Phát động tháng hành động vì trẻ em", "Đường tỉnh lộ được nâng cấp mở rộng",
    "Mở rộng mô hình camera an ninh khu dân cư", "Tập huấn phòng chống thiên tai cho cán bộ xã", "Lễ hội mùa nước nổi khai mạc",
    "Đầu tư hạ tầng số cho khu công nghiệp", "Nhiều trường học thiếu giáo viên tiếng Anh", "Đẩy nhanh giải ngân vốn đầu tư công",
    "Gặp mặt doanh nghiệp đầu xuân", "Thanh niên tình nguyện về với vùng biên", "Xuất khẩu thủy sản khởi sắc",
    "Chuẩn bị kỳ thi tốt nghiệp trung học phổ thông", "Trạm y tế xã đạt chuẩn quốc gia", "Nâng cao chất lượng bữa ăn bán trú",
]
