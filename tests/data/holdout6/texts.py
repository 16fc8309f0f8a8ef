"""Invented Vietnamese sentence banks and a deterministic paragraph composer.

Every sentence here was written for this corpus; names and numbers are invented.
"""

import random

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Võ", "Trịnh"]
DEM = ["Văn", "Thị", "Minh", "Quang", "Thu", "Hữu", "Thanh", "Ngọc", "Đức", "Bảo", "Xuân", "Hải", "Kim", "Gia"]
TEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hạnh", "Khoa", "Lâm", "Mai", "Nam", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vinh", "Yến", "Thảo", "Long", "Hưng", "Trang"]
TINH = ["Quảng Trị", "Bình Định", "Hà Tĩnh", "Lạng Sơn", "Sóc Trăng", "Phú Yên", "Thái Nguyên", "Bến Tre", "Kon Tum", "Hòa Bình", "Long An", "Nghệ An", "Tây Ninh", "Yên Bái", "Cà Mau", "Ninh Thuận"]
XA = ["xã Tân Hòa", "phường Đông Thành", "xã Phú Lộc", "phường Hòa Xuân", "xã Nghĩa Trung", "xã Bình Minh", "phường An Khê", "xã Thạch Bàn"]


def person(rng):
    return f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}"


BANK = {
    "cds": [
        "Theo báo cáo của {dv}, đến cuối tháng {th} toàn tỉnh {tinh} đã có {pct}% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
        "Ông {nguoi}, Phó Giám đốc {dv}, cho biết năm nay tỉnh tập trung hoàn thiện hạ tầng dữ liệu dùng chung và nâng cấp trung tâm điều hành.",
        "Các tổ công nghệ số cộng đồng tại {n1} xã, phường tiếp tục đến từng hộ gia đình để hướng dẫn cài đặt ứng dụng và sử dụng dịch vụ trực tuyến.",
        "Kinh phí dành cho các nhiệm vụ chuyển đổi số trong năm ước đạt {n2} tỷ đồng, trong đó phần lớn được bố trí cho hạ tầng và an toàn thông tin.",
        "Nhiều cán bộ cơ sở thừa nhận giai đoạn đầu còn lúng túng khi chuyển từ giấy tờ sang văn bản điện tử có ký số.",
        "Tỉnh {tinh} đặt mục tiêu đến năm {nam} có ít nhất {pct}% người trưởng thành sử dụng thành thạo các nền tảng số thiết yếu.",
        "Hệ thống quản lý văn bản và điều hành hiện đã kết nối liên thông bốn cấp, giúp rút ngắn đáng kể thời gian luân chuyển hồ sơ.",
        "Bên cạnh kết quả đạt được, {dv} cũng chỉ ra một số hạn chế như đường truyền ở vùng sâu chưa ổn định và nhân lực chuyên trách còn mỏng.",
        "Theo lộ trình, trong quý tới các sở, ngành sẽ hoàn thành việc chuẩn hóa dữ liệu chuyên ngành để chia sẻ qua nền tảng tích hợp của tỉnh.",
        "Đại diện doanh nghiệp viễn thông trên địa bàn cam kết phủ sóng di động băng rộng tới {n1} thôn, bản còn vùng lõm trước cuối năm.",
        "Chỉ số chuyển đổi số cấp tỉnh năm trước của {tinh} tăng {n1} bậc so với kỳ đánh giá liền kề.",
        "Lãnh đạo tỉnh yêu cầu người đứng đầu các cơ quan trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số của đơn vị mình.",
        "Một số huyện đã thí điểm họp không giấy, mỗi đại biểu nhận tài liệu qua máy tính bảng thay vì tập hồ sơ in sẵn.",
        "Công tác bảo đảm an toàn thông tin được xác định là điều kiện tiên quyết, mọi hệ thống mới phải được phê duyệt hồ sơ cấp độ trước khi vận hành.",
    ],
    "dvc": [
        "Trong {th} tháng đầu năm, cổng dịch vụ công của tỉnh tiếp nhận hơn {n3} hồ sơ trực tuyến, tỷ lệ giải quyết đúng hạn đạt {pct}%.",
        "Người dân có thể theo dõi tiến độ xử lý hồ sơ bằng mã tra cứu hoặc nhận thông báo qua ứng dụng trên điện thoại.",
        "Bộ phận một cửa cấp xã được bố trí thêm máy tính và máy quét để hỗ trợ người cao tuổi số hóa giấy tờ ngay tại chỗ.",
        "Các thủ tục liên thông khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới sáu tuổi được thực hiện hoàn toàn trực tuyến.",
        "Chị {nguoi}, ở {xa}, cho biết chỉ mất khoảng mười phút để nộp hồ sơ mà không phải nghỉ làm như trước.",
        "Phí, lệ phí của nhiều thủ tục được giảm {pct}% khi người dân lựa chọn nộp hồ sơ qua mạng.",
        "Kết quả giải quyết thủ tục được trả dưới dạng bản điện tử có giá trị pháp lý tương đương bản giấy.",
        "Tuy vậy, vẫn còn tình trạng hồ sơ nộp trực tuyến nhưng cán bộ yêu cầu bổ sung bản giấy, gây phiền hà cho người nộp.",
        "Tổng đài hỗ trợ hoạt động cả ngày thứ Bảy để giải đáp vướng mắc về tài khoản và thanh toán phí.",
        "Việc tái sử dụng dữ liệu đã số hóa giúp người dân không phải kê khai lại những thông tin đã có trong cơ sở dữ liệu.",
    ],
    "tt": [
        "Số giao dịch thanh toán qua mã QR tại các chợ truyền thống trên địa bàn tăng gần {n1} lần so với cùng kỳ năm trước.",
        "Ngân hàng và các trung gian thanh toán đã miễn phí chuyển khoản cho khách hàng cá nhân trong suốt thời gian triển khai chương trình.",
        "Bà {nguoi}, tiểu thương bán rau tại chợ trung tâm, cho biết khách trẻ gần như không còn mang tiền mặt khi đi chợ.",
        "Tỷ lệ học sinh đóng học phí không dùng tiền mặt tại các trường công lập đạt khoảng {pct}%.",
        "Hơn {n3} người hưởng chính sách an sinh xã hội đã nhận trợ cấp qua tài khoản ngân hàng thay vì nhận trực tiếp tại xã.",
        "Các bệnh viện tuyến tỉnh đã lắp đặt thiết bị thanh toán thẻ và QR tại quầy thu viện phí.",
        "Cơ quan chức năng khuyến cáo người dân tuyệt đối không cung cấp mã OTP và thường xuyên kiểm tra tài khoản nhận tiền trước khi chuyển.",
        "Điện, nước và phí vệ sinh môi trường đã có thể thanh toán định kỳ qua ứng dụng ngân hàng.",
        "Theo đại diện chi nhánh ngân hàng nhà nước, giá trị giao dịch qua kênh điện thoại di động tăng {pct}% trong năm.",
        "Nhiều hộ kinh doanh nhỏ vẫn e ngại vì lo bị truy thu thuế khi dòng tiền được ghi nhận đầy đủ trên tài khoản.",
    ],
    "kts": [
        "Kinh tế số ước đóng góp khoảng {pct}% vào tăng trưởng kinh tế của địa phương trong năm nay.",
        "Số doanh nghiệp công nghệ số đăng ký mới trên địa bàn tăng lên {n1} đơn vị, chủ yếu hoạt động trong lĩnh vực phần mềm và dịch vụ dữ liệu.",
        "Sản phẩm OCOP của hợp tác xã được đưa lên các sàn thương mại điện tử và đã có những đơn hàng đầu tiên gửi đi các tỉnh phía Nam.",
        "Theo ông {nguoi}, giám đốc một doanh nghiệp logistics, chi phí giao hàng chặng cuối vẫn là rào cản lớn nhất với người bán nhỏ.",
        "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số cung cấp miễn phí phần mềm kế toán, hóa đơn điện tử trong mười hai tháng.",
        "Các chuyên gia cho rằng nền kinh tế số chỉ phát triển bền vững khi nguồn nhân lực được đào tạo bài bản về dữ liệu và an ninh mạng.",
        "Doanh thu bán lẻ trực tuyến của tỉnh đạt khoảng {n2} tỷ đồng, tăng mạnh so với năm trước.",
        "Nhiều lao động trẻ tìm được việc làm mới như livestream bán hàng, thiết kế nội dung số hay vận hành gian hàng trực tuyến.",
        "Hợp tác khu vực về thương mại điện tử xuyên biên giới đang mở ra cơ hội cho hàng hóa Việt Nam tiếp cận người tiêu dùng nước ngoài.",
        "Các thỏa thuận về dòng dữ liệu và chữ ký điện tử công nhận lẫn nhau được kỳ vọng sẽ giảm chi phí giao dịch cho doanh nghiệp.",
    ],
    "dt": [
        "Trung tâm giám sát, điều hành đô thị thông minh hiện tiếp nhận dữ liệu từ hơn {n3} camera đặt tại các nút giao và khu vực công cộng.",
        "Ứng dụng phản ánh hiện trường cho phép người dân chụp ảnh, gửi vị trí và theo dõi kết quả xử lý các sự việc như ngập úng, rác thải hay đèn đường hỏng.",
        "Thời gian xử lý trung bình một phản ánh đã giảm xuống còn khoảng {n1} giờ.",
        "Hệ thống đèn chiếu sáng công cộng được điều khiển tập trung, tự động giảm công suất vào ban đêm để tiết kiệm điện.",
        "Bãi đỗ xe thông minh cho phép tài xế tìm chỗ trống và trả phí qua ứng dụng mà không cần nhân viên thu tiền.",
        "Dữ liệu quan trắc chất lượng không khí được công bố theo thời gian thực trên bản đồ số của thành phố.",
        "Ông {nguoi}, chuyên gia quy hoạch đô thị, lưu ý rằng thành phố thông minh trước hết phải giải quyết được những việc thiết thực hằng ngày của người dân.",
        "Thành phố dự kiến mở rộng mạng cảm biến đo mực nước tại {n1} điểm thường xuyên ngập trong mùa mưa.",
        "Các tuyến xe buýt đã được gắn thiết bị định vị, hành khách xem được thời gian xe đến trạm ngay trên điện thoại.",
    ],
    "id": [
        "Tài khoản định danh điện tử mức độ 2 cho phép người dân đăng nhập cổng dịch vụ công mà không cần tạo thêm tài khoản riêng.",
        "Công an {xa} đã tổ chức các đợt làm việc ngoài giờ để thu nhận hồ sơ và kích hoạt tài khoản cho người dân.",
        "Thông tin về giấy phép lái xe, thẻ bảo hiểm y tế và mã số thuế có thể được tích hợp để xuất trình thay cho giấy tờ bản cứng.",
        "Đến nay địa phương đã kích hoạt được hơn {n3} tài khoản, đạt {pct}% chỉ tiêu được giao.",
        "Người dân cần đặc biệt cảnh giác với các cuộc gọi giả danh cơ quan công an đề nghị cài đặt ứng dụng lạ để cập nhật định danh.",
        "Việc xác thực sinh trắc học khi giao dịch trực tuyến giúp hạn chế đáng kể tình trạng mở tài khoản bằng giấy tờ giả.",
        "Một số người cao tuổi gặp khó khăn khi đăng nhập vì quên mật khẩu hoặc đổi số điện thoại.",
        "Cơ sở dữ liệu quốc gia về dân cư đã được kết nối với hệ thống của ngành bảo hiểm, thuế và tư pháp.",
    ],
    "hd": [
        "Cơ quan thuế cho biết đã có {n3} doanh nghiệp và hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
        "Dữ liệu hóa đơn được chuyển về cơ quan thuế gần như ngay lập tức, giúp công tác quản lý chặt chẽ hơn.",
        "Hệ thống quản lý ngân sách và kho bạc đã kết nối với các đơn vị sử dụng ngân sách, cho phép thanh toán chứng từ điện tử.",
        "Theo đại diện Cục Tin học và Thống kê tài chính, giai đoạn tới sẽ ưu tiên xây dựng kho dữ liệu tài chính dùng chung.",
        "Việc hoàn thuế giá trị gia tăng điện tử giúp rút ngắn thời gian nhận tiền hoàn của doanh nghiệp xuống còn vài ngày làm việc.",
        "Các hành vi sử dụng hóa đơn bất hợp pháp được phát hiện sớm hơn nhờ công cụ phân tích rủi ro dựa trên dữ liệu lớn.",
        "Ngành tài chính đặt mục tiêu {pct}% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.",
    ],
    "hq": [
        "Hệ thống thông quan điện tử thế hệ mới đang được thử nghiệm tại một số chi cục có lượng tờ khai lớn.",
        "Doanh nghiệp xuất nhập khẩu có thể nộp chứng từ, nộp thuế và theo dõi trạng thái tờ khai hoàn toàn qua mạng.",
        "Thời gian thông quan trung bình đối với hàng hóa luồng xanh chỉ còn vài phút kể từ khi hệ thống chấp nhận tờ khai.",
        "Cơ chế một cửa quốc gia đã kết nối {n1} bộ, ngành với khoảng {n2} thủ tục hành chính.",
        "Hệ thống camera và máy soi container tại cửa khẩu được kết nối về trung tâm giám sát để phân tích hình ảnh tập trung.",
        "Đại diện hiệp hội doanh nghiệp đề nghị tiếp tục giảm tỷ lệ kiểm tra thực tế đối với những doanh nghiệp tuân thủ tốt.",
        "Niêm phong định vị điện tử giúp giám sát hàng hóa vận chuyển giữa các địa điểm mà không cần bố trí công chức đi kèm.",
    ],
    "dl": [
        "Cổng dữ liệu mở của tỉnh hiện công bố {n1} bộ dữ liệu ở định dạng máy đọc được, từ danh mục trường học đến giá đất.",
        "Mỗi bộ dữ liệu đều có mô tả, đơn vị chịu trách nhiệm cập nhật và giấy phép sử dụng rõ ràng.",
        "Nhóm phát triển đã chuẩn hóa mã đơn vị hành chính theo danh mục mới sau khi sắp xếp địa giới.",
        "Giao diện lập trình trả về dữ liệu dạng JSON và hỗ trợ phân trang để tránh quá tải máy chủ.",
        "Các trường ngày tháng được lưu theo chuẩn ISO 8601 kèm múi giờ để thuận tiện cho việc đối soát.",
        "Người dùng cần đăng ký khóa truy cập và tuân thủ giới hạn số lượt gọi trong mỗi phút.",
        "Nhật ký truy cập được lưu trữ tối thiểu mười hai tháng phục vụ công tác kiểm tra, giám sát.",
        "Những bộ dữ liệu có chứa thông tin cá nhân được ẩn danh trước khi công bố theo quy định về bảo vệ dữ liệu.",
        "Khi kết nối với nền tảng tích hợp, chia sẻ dữ liệu, mỗi hệ thống phải khai báo danh mục dịch vụ và đầu mối kỹ thuật.",
    ],
    "forum": [
        "Mình đã thử làm theo hướng dẫn nhưng đến bước xác thực khuôn mặt thì ứng dụng báo lỗi và thoát ra.",
        "Điện thoại của mình dùng hệ điều hành cũ, không biết có phải vì vậy không.",
        "Ai gặp tình huống tương tự rồi thì chỉ giúp mình với, cảm ơn mọi người nhiều.",
        "Mình ra công an phường hỏi thì được hẹn tuần sau quay lại vì hệ thống đang cập nhật.",
        "Lần trước mình nộp hồ sơ trên cổng dịch vụ công thì mất khoảng ba ngày mới có kết quả, nhanh hơn mình nghĩ.",
        "Nói chung là tiện, chỉ có điều giao diện hơi rối với người lớn tuổi như bố mẹ mình.",
    ],
}

OFF = {
    "lh": [
        "Lễ hội năm nay diễn ra trong {n1} ngày với nhiều hoạt động như rước kiệu, hát bả trạo, thi nấu cơm và đua ghe trên sông.",
        "Từ sáng sớm, hàng nghìn người dân và du khách đã có mặt tại khu di tích để dâng hương và xem các nghi thức truyền thống.",
        "Ban tổ chức bố trí {n1} điểm trông giữ xe miễn phí và lực lượng y tế trực suốt thời gian diễn ra lễ hội.",
        "Bà {nguoi}, một người cao tuổi trong làng, cho biết nghi thức tế lễ được giữ gần như nguyên vẹn qua nhiều thế hệ.",
        "Các gian hàng ẩm thực giới thiệu bánh tét lá cẩm, cá kho làng chài và nhiều món quà quê đặc trưng của vùng biển.",
        "Phần thi đua ghe thu hút {n1} đội tham gia, tiếng trống cổ vũ vang dội cả một khúc sông.",
        "Chính quyền địa phương đề nghị du khách giữ gìn vệ sinh chung và không đốt vàng mã trong khuôn viên di tích.",
        "Đêm bế mạc có chương trình nghệ thuật với sự tham gia của các đội văn nghệ quần chúng trong huyện.",
    ],
    "gt": [
        "Tuyến đường dài khoảng {n1} km, mặt cắt ngang rộng 32 m với bốn làn xe cơ giới và dải phân cách giữa.",
        "Tổng mức đầu tư của dự án hơn {n2} tỷ đồng từ ngân sách thành phố, khởi công từ hai năm trước.",
        "Nhiều đoạn bị chậm tiến độ do vướng mặt bằng, đến nay vẫn còn {n1} hộ dân chưa bàn giao đất.",
        "Ông {nguoi}, đại diện ban quản lý dự án, cho biết nhà thầu đang tăng ca để kịp thông xe trước Tết.",
        "Khi hoàn thành, tuyến đường sẽ giúp giảm ùn tắc cho cửa ngõ phía Tây vào giờ cao điểm.",
        "Người dân hai bên đường phản ánh tình trạng bụi và nước đọng sau mỗi cơn mưa trong quá trình thi công.",
        "Sở Xây dựng yêu cầu các nhà thầu bố trí biển báo, đèn cảnh báo và người hướng dẫn giao thông tại các điểm đấu nối.",
        "Cầu vượt kênh trên tuyến đã hợp long, đang thi công lớp mặt và lan can.",
    ],
    "bd": [
        "Giải đấu quy tụ {n1} đội bóng đến từ các tỉnh miền Trung và Tây Nguyên.",
        "Ngay phút thứ mười hai, tiền đạo số 9 đã mở tỷ số bằng một cú đánh đầu cận thành.",
        "Sang hiệp hai, đội khách đẩy cao đội hình và liên tục gây sức ép nhưng không thể xuyên thủng hàng phòng ngự chủ nhà.",
        "Huấn luyện viên {nguoi} cho biết các cầu thủ đã thi đấu đúng tinh thần và thực hiện tốt những gì được dặn dò.",
        "Sân vận động chật kín khán giả, nhiều cổ động viên đến từ sớm để có chỗ ngồi tốt.",
        "Với kết quả này, đội chủ nhà tạm vươn lên vị trí thứ hai trên bảng xếp hạng, kém đội đầu bảng {n1} điểm.",
        "Ban tổ chức cũng trao giải cầu thủ xuất sắc nhất trận cho thủ thành đội chủ nhà sau nhiều pha cứu thua quan trọng.",
        "Vòng đấu tiếp theo sẽ diễn ra vào cuối tuần sau trên sân trung lập.",
    ],
}


def fill(s, rng, tinh=None):
    return s.format(
        tinh=tinh or rng.choice(TINH),
        dv=rng.choice(["Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Trung tâm Chuyển đổi số", "Sở Nội vụ"]),
        nguoi=person(rng),
        xa=rng.choice(XA),
        th=rng.randint(9, 11),
        pct=rng.choice([62, 68, 71, 74, 78, 81, 85, 87, 90, 93, 96]),
        n1=rng.randint(3, 48),
        n2=rng.choice([120, 185, 240, 312, 460, 575, 830, 1250]),
        n3=rng.choice(["12.400", "38.750", "54.100", "96.300", "128.900", "215.000", "340.600"]),
        nam=rng.choice([2027, 2028, 2030]),
    )


def compose(seed, topics, n_paras, per=(2, 4)):
    """Paragraphs built from the banks named in `topics` (main topic first)."""
    rng = random.Random(seed)
    tinh = rng.choice(TINH)  # one province per article
    pool = []
    for t in topics:
        bank = BANK.get(t) or OFF[t]
        items = list(bank)
        rng.shuffle(items)
        pool.extend(items)
    out = []
    i = 0
    for _ in range(n_paras):
        k = rng.randint(*per)
        sents = []
        for _ in range(k):
            if i >= len(pool):
                i = 0
                rng.shuffle(pool)
            sents.append(fill(pool[i], rng, tinh))
            i += 1
        out.append(" ".join(sents))
    return out


LISTING_TITLES = [
    "Tỉnh đẩy mạnh thanh toán không dùng tiền mặt trong bệnh viện công",
    "Hơn 90% hồ sơ cấp xã được xử lý trên môi trường mạng",
    "Khai mạc hội chợ nông sản và sản phẩm OCOP cuối năm",
    "Nâng cấp tuyến tỉnh lộ nối các huyện miền núi",
    "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
    "Ra mắt cổng dữ liệu mở phục vụ người dân và doanh nghiệp",
    "Học sinh vùng cao được hỗ trợ thiết bị học trực tuyến",
    "Kiểm tra công tác phòng chống thiên tai tại các xã ven biển",
    "Doanh nghiệp nhỏ đưa sản phẩm lên sàn thương mại điện tử",
    "Triển khai bệnh án điện tử tại bệnh viện đa khoa tỉnh",
    "Giải việt dã truyền thống thu hút hơn một nghìn vận động viên",
    "Xây dựng trung tâm điều hành thông minh cấp huyện",
    "Người dân phấn khởi nhận sổ đỏ sau nhiều năm chờ đợi",
    "Cảnh báo thủ đoạn lừa đảo qua tin nhắn giả mạo ngân hàng",
    "Hội nghị đánh giá kết quả cải cách hành chính năm 2026",
    "Số hóa hồ sơ hộ tịch: còn nhiều việc phải làm",
    "Chợ phiên vùng cao nhộn nhịp mùa lúa chín",
    "Tăng cường bảo đảm an toàn thông tin cho hệ thống dùng chung",
    "Thành lập tổ công tác hỗ trợ doanh nghiệp khởi nghiệp sáng tạo",
    "Ngày hội đọc sách tại trường tiểu học vùng biển",
    "Khánh thành cầu dân sinh tại xã biên giới",
    "Thủ tục đăng ký xe được giải quyết hoàn toàn trực tuyến",
    "Dự báo rét đậm, rét hại kéo dài ở vùng núi phía Bắc",
    "Sáp nhập đơn vị hành chính: người dân không phải đổi giấy tờ",
]

TEASERS = [
    "Chương trình được triển khai đồng bộ tại các đơn vị, bước đầu mang lại kết quả tích cực.",
    "Nhiều ý kiến cho rằng cần có cơ chế đặc thù để tháo gỡ vướng mắc ở cơ sở.",
    "Đây là năm thứ ba liên tiếp hoạt động này được tổ chức với quy mô mở rộng.",
    "Người dân đánh giá cao sự thuận tiện nhưng vẫn mong thủ tục được đơn giản hơn nữa.",
    "Lãnh đạo địa phương yêu cầu hoàn thành trước ngày 31/12.",
    "Sự kiện thu hút đông đảo người dân và du khách tham dự.",
    "Cơ quan chức năng khuyến cáo người dân cảnh giác, không làm theo hướng dẫn từ nguồn lạ.",
]
