"""Invented sentence banks and page texts for the holdout7 corpus (all content fictional)."""
import random

PROVINCES = ["tỉnh Hòa Lâm", "tỉnh Bắc Sơn Hà", "tỉnh Tây Nguyên Mới", "tỉnh Kỳ Phong", "thành phố Cẩm Giang", "tỉnh Đông Hải"]

CDS = {
    "open": ["Theo báo cáo của Sở Khoa học và Công nghệ,", "Trong năm {nam},", "Từ đầu năm đến nay,", "Thực hiện kế hoạch của UBND tỉnh,",
             "Tại hội nghị sơ kết quý III,", "Theo đánh giá của Ban chỉ đạo chuyển đổi số,", "Trong giai đoạn tới,", "Tính đến cuối tháng {thang},",
             "Bên cạnh đó,", "Đáng chú ý,", "Cùng với việc hoàn thiện hạ tầng số,", "Để đạt mục tiêu đề ra,", "Ở cấp cơ sở,", "Theo số liệu mới nhất,"],
    "subj": ["{tinh}", "các sở, ban, ngành", "UBND các huyện, thị xã", "các tổ công nghệ số cộng đồng", "Trung tâm Phục vụ hành chính công",
             "nhiều doanh nghiệp nhỏ và vừa", "các xã, phường, thị trấn", "lực lượng đoàn viên thanh niên", "ngành giáo dục", "ngành y tế",
             "Công an tỉnh", "các ngân hàng thương mại trên địa bàn"],
    "pred": ["đã đưa {x} thủ tục hành chính lên cung cấp trực tuyến toàn trình", "đã hướng dẫn hơn {x} nghìn người dân kích hoạt tài khoản định danh điện tử mức 2",
             "tiếp tục mở rộng thanh toán không dùng tiền mặt tại chợ truyền thống và trường học", "đã kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư",
             "ghi nhận tỷ lệ hồ sơ nộp trực tuyến đạt {p}%", "đang số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực",
             "đã vận hành thử nghiệm Trung tâm giám sát, điều hành đô thị thông minh", "hoàn thành việc cấp chứng thư số cho {x} cán bộ, công chức",
             "hỗ trợ các hộ kinh doanh đưa nông sản lên sàn thương mại điện tử", "tích hợp ứng dụng công dân số để tra cứu hồ sơ và phản ánh hiện trường",
             "đã phủ sóng băng rộng di động tới {p}% thôn, bản", "đang xây dựng kho dữ liệu dùng chung phục vụ chỉ đạo, điều hành",
             "triển khai bệnh án điện tử tại {y} bệnh viện tuyến huyện", "tổ chức {y} lớp tập huấn kỹ năng số cho người cao tuổi",
             "chuẩn hóa {x} bộ dữ liệu danh mục dùng chung", "đẩy mạnh chi trả an sinh xã hội qua tài khoản ngân hàng"],
    "tail": ["", ", góp phần giảm thời gian đi lại cho người dân", ", vượt chỉ tiêu được giao", ", tạo chuyển biến rõ nét trong cải cách hành chính",
             ", qua đó nâng cao mức độ hài lòng của người dân", " theo đúng lộ trình đề ra", ", tăng {p2} điểm phần trăm so với cùng kỳ",
             ", dù vẫn còn khó khăn về nhân lực và kinh phí", " trong bối cảnh nhu cầu của người dân ngày càng cao"],
}

FEST = {
    "open": ["Năm nay,", "Trong ba ngày diễn ra sự kiện,", "Theo Ban tổ chức,", "Ngay từ sáng sớm,", "Bên cạnh phần lễ trang trọng,", "Đặc biệt,", "Đến chiều tối,", "Tại khu vực bờ sông,"],
    "subj": ["hàng nghìn người dân và du khách", "các đội đua thuyền của {y} xã", "nghệ nhân các làng nghề", "đoàn nghệ thuật quần chúng", "các gian hàng ẩm thực", "bà con trong vùng", "đội múa lân thiếu nhi"],
    "pred": ["đã đổ về khu di tích để dâng hương và xem hội", "tranh tài sôi nổi trong tiếng trống cổ vũ", "trình diễn nghề dệt thổ cẩm và đan lát truyền thống",
             "biểu diễn các làn điệu dân ca đặc sắc", "giới thiệu hơn {x} món ăn mang hương vị quê nhà", "tham gia các trò chơi dân gian như kéo co, đẩy gậy, ném còn",
             "rước kiệu quanh làng theo nghi thức cổ", "dựng trại và trang trí đèn lồng dọc con đường ven sông"],
    "tail": ["", ", tạo không khí vui tươi", ", thu hút đông đảo người xem", " trong niềm hân hoan", ", góp phần quảng bá hình ảnh quê hương", " đến tận khuya"],
}

ROAD = {
    "open": ["Theo chủ đầu tư,", "Hiện nay,", "Trên công trường,", "Theo kế hoạch,", "Trước đó,", "Tuy nhiên,", "Để bảo đảm tiến độ,", "Ghi nhận thực tế cho thấy,"],
    "subj": ["nhà thầu thi công", "tuyến đường dài {y} km", "Ban quản lý dự án giao thông", "chính quyền các xã có tuyến đi qua", "đơn vị tư vấn giám sát", "hàng trăm công nhân và kỹ sư"],
    "pred": ["đã huy động thêm {y} mũi thi công làm việc xuyên đêm", "hoàn thành trải thảm bê tông nhựa đoạn qua trung tâm xã", "đẩy nhanh việc bàn giao mặt bằng còn vướng mắc",
             "đang thi công cầu vượt sông với tổng vốn hơn {x} tỷ đồng", "kiểm tra chất lượng lớp móng cấp phối đá dăm", "lắp đặt hệ thống chiếu sáng và biển báo",
             "tổ chức phân luồng để người dân đi lại an toàn", "cam kết thông xe kỹ thuật trước Tết Nguyên đán"],
    "tail": ["", ", bất chấp thời tiết mưa kéo dài", ", rút ngắn thời gian di chuyển đáng kể", " theo đúng hồ sơ thiết kế", ", được người dân đồng tình", ", giảm ùn tắc vào giờ cao điểm"],
}

SPORT = {
    "open": ["Ở cự ly 42 km,", "Ngay khi tiếng còi xuất phát vang lên,", "Theo Ban tổ chức,", "Năm nay,", "Ở nội dung dành cho thiếu niên,", "Kết thúc giải,", "Trên cung đường ven biển,"],
    "subj": ["hơn {x} vận động viên", "các chân chạy phong trào", "đội tuyển chủ nhà", "tình nguyện viên của giải", "nhiều gia đình", "vận động viên trẻ nhất"],
    "pred": ["đã chinh phục đường chạy trong thời tiết se lạnh", "giành {y} huy chương vàng", "bố trí {y} trạm tiếp nước dọc lộ trình", "cùng nhau về đích trong tiếng reo hò",
             "lập kỷ lục mới của giải với thời gian ấn tượng", "tham gia cự ly 5 km dành cho cộng đồng", "nhận được sự cổ vũ nhiệt tình từ người dân hai bên đường"],
    "tail": ["", ", để lại nhiều ấn tượng", ", vượt kỳ vọng của Ban tổ chức", " trong niềm vui vỡ òa", ", góp phần lan tỏa phong trào rèn luyện thể thao"],
}

BANKS = {"cds": CDS, "fest": FEST, "road": ROAD, "sport": SPORT}

QUOTES = {
    "cds": ["Chuyển đổi số không phải là câu chuyện của riêng ngành công nghệ mà là việc của cả hệ thống chính trị",
            "Người dân chỉ thực sự dùng dịch vụ công trực tuyến khi nó nhanh hơn, rẻ hơn và dễ hơn đến bộ phận một cửa",
            "Dữ liệu phải được làm sạch và dùng chung, nếu không mỗi nơi lại bắt người dân khai lại một lần nữa",
            "Chúng tôi xác định con người là trung tâm, công nghệ chỉ là công cụ",
            "Điều khó nhất là thay đổi thói quen làm việc trên giấy của chính cán bộ"],
    "fest": ["Năm nào gia đình tôi cũng về dự hội, đây là dịp để con cháu hiểu thêm truyền thống quê hương",
             "Chúng tôi mong lễ hội được giữ gìn bản sắc, không bị thương mại hóa"],
    "road": ["Chúng tôi đang chạy đua với thời gian để người dân sớm có con đường mới đi lại",
             "Đường làm xong thì nông sản của bà con chở đi bán thuận tiện hơn nhiều"],
    "sport": ["Đường chạy đẹp, người dân cổ vũ nhiệt tình nên tôi có thêm động lực về đích",
              "Giải chạy là dịp để cả gia đình cùng rèn luyện sức khỏe"],
}
SPEAKERS = ["ông Lương Văn Thịnh, Giám đốc Sở Khoa học và Công nghệ", "bà Đỗ Thị Mai Hương, Phó Chủ tịch UBND huyện", "anh Triệu Quốc Việt, tổ trưởng tổ công nghệ số",
            "ông Khổng Minh Đạt, Trưởng ban quản lý", "chị Lò Thị Thanh, một người dân trong xã", "ông Vi Văn Hải, Trưởng ban tổ chức"]


def _fill(s, rng, tinh):
    return s.format(tinh=tinh, nam=rng.choice([2025, 2026]), thang=rng.randint(6, 10), x=rng.choice([12, 35, 48, 67, 120, 156, 230, 415, 872]),
                    p=rng.randint(41, 96), p2=rng.randint(3, 19), y=rng.randint(3, 14))


def sentence(bank, rng, tinh, used):
    b = BANKS[bank]
    for _ in range(200):
        s = "{} {} {}{}.".format(rng.choice(b["open"]), rng.choice(b["subj"]), rng.choice(b["pred"]), rng.choice(b["tail"]))
        s = _fill(s, rng, tinh)
        s = s[0].upper() + s[1:]
        key = s[:60]
        if key not in used:
            used.add(key)
            return s
    return s


def paragraph(bank, rng, tinh, used, n):
    parts = [sentence(bank, rng, tinh, used) for _ in range(n)]
    if rng.random() < 0.25:
        q = rng.choice(QUOTES[bank])
        sp = rng.choice(SPEAKERS)
        parts.append(f"“{q}”, {sp} nhấn mạnh.")
    return " ".join(parts)


def words(s):
    return len(s.split())


def make_blocks(bank, seed, target, heads=(), with_list=False, with_table=False, min_par=2):
    """Return a list of blocks: ("p", str) | ("h", str) | ("ul", [str]) | ("table", [[str]])."""
    rng = random.Random(seed)
    tinh = PROVINCES[seed % len(PROVINCES)]
    used = set()
    blocks = []
    total = 0
    heads = list(heads)
    i = 0
    while total < target or i < min_par:
        if heads and i in (2, 5, 8, 12, 16, 20, 24):
            h = heads.pop(0)
            blocks.append(("h", h))
            total += words(h)
        n = rng.randint(2, 3) if target > 200 else rng.randint(1, 2)
        p = paragraph(bank, rng, tinh, used, n)
        blocks.append(("p", p))
        total += words(p)
        i += 1
        if i == 2 and with_list:
            items = ["Cấp phiếu lý lịch tư pháp trực tuyến", "Đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
                     "Đăng ký khai tử, xóa đăng ký thường trú, hưởng mai táng phí", "Cấp đổi giấy phép lái xe trên môi trường điện tử"]
            blocks.append(("ul", items))
            total += sum(words(x) for x in items)
        if i == 3 and with_table:
            rows = [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Hồ sơ trực tuyến toàn trình", "50%", f"{rng.randint(52, 70)}%"],
                    ["Tài khoản định danh mức 2", "70%", f"{rng.randint(71, 88)}%"], ["Thanh toán trực tuyến phí, lệ phí", "30%", f"{rng.randint(31, 45)}%"]]
            blocks.append(("table", rows))
            total += sum(words(" ".join(r)) for r in rows)
    return blocks


def blocks_text(blocks):
    out = []
    for kind, v in blocks:
        if kind in ("p", "h"):
            out.append(v)
        elif kind == "ul":
            out.append("\n".join(v))
        elif kind == "table":
            out.append("\n".join(" | ".join(r) for r in v))
    return "\n\n".join(out)


SIDE_TITLES = [
    "Hội nghị trực tuyến triển khai nhiệm vụ cải cách hành chính quý IV", "Khánh thành nhà văn hóa thôn Bản Chang", "Ra mắt nền tảng học trực tuyến cho học sinh vùng cao",
    "Cảnh báo thủ đoạn lừa đảo qua tin nhắn giả mạo ngân hàng", "Huyện ven biển đón đoàn khảo sát du lịch cộng đồng", "Tập huấn kỹ năng an toàn thông tin cho cán bộ cấp xã",
    "Ký kết hợp tác phát triển hạ tầng trung tâm dữ liệu", "Giải bóng chuyền hơi người cao tuổi mở rộng", "Công bố chỉ số hài lòng về sự phục vụ hành chính",
    "Nông dân bán cà phê qua livestream thu về hàng tỷ đồng", "Triển khai thí điểm hóa đơn điện tử khởi tạo từ máy tính tiền", "Sửa chữa cầu treo Nậm Lương trước mùa mưa",
    "Phát động cuộc thi ý tưởng khởi nghiệp sáng tạo năm 2026", "Mở rộng mạng lưới camera giám sát giao thông nội đô", "Hơn 90% trường học thu học phí không dùng tiền mặt",
    "Hướng dẫn tích hợp giấy phép lái xe vào ứng dụng định danh", "Lễ hội đua ghe ngo thu hút du khách", "Đối thoại với doanh nghiệp về thủ tục đất đai",
    "Phê duyệt đề án đô thị thông minh giai đoạn 2026 - 2030", "Cấp nước sạch cho ba xã biên giới", "Bình chọn sản phẩm OCOP tiêu biểu",
    "Chương trình Bình dân học vụ số đến từng khu dân cư", "Thông báo lịch tiếp công dân tháng 12", "Họp báo thông tin kinh tế - xã hội tháng 11",
]

DOC_TITLES = [
    ("Quyết định", "Ban hành danh mục thủ tục hành chính thực hiện trực tuyến toàn trình"), ("Kế hoạch", "Triển khai Đề án 06 trên địa bàn tỉnh năm 2027"),
    ("Công văn", "Về việc đẩy mạnh thanh toán không dùng tiền mặt trong khu vực công"), ("Chỉ thị", "Tăng cường bảo đảm an toàn thông tin mạng"),
    ("Thông báo", "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban chỉ đạo chuyển đổi số"), ("Quyết định", "Phê duyệt kiến trúc chính quyền điện tử phiên bản 3.0"),
    ("Nghị quyết", "Quy định mức hỗ trợ tổ công nghệ số cộng đồng"), ("Kế hoạch", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính giai đoạn 2026 - 2027"),
    ("Quyết định", "Công bố bộ chỉ số đánh giá chuyển đổi số cấp huyện"), ("Công văn", "Hướng dẫn sử dụng chữ ký số chuyên dùng trên thiết bị di động"),
    ("Thông báo", "Lịch bảo trì hệ thống thông tin giải quyết thủ tục hành chính"), ("Quyết định", "Kiện toàn Ban chỉ đạo về phát triển khoa học, công nghệ"),
]
