"""Hand-written Vietnamese sentence banks (fictional places, people, numbers)."""
import random

PLACES = ["tỉnh Sơn Hà", "tỉnh Bắc Lâm", "tỉnh Ngọc Giang", "thành phố Hải Phong", "tỉnh Đông Thạnh",
          "tỉnh Tây Nguyên Mới"]
AGENCIES = ["Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Trung tâm Chuyển đổi số",
            "Sở Nội vụ", "Ban Chỉ đạo chuyển đổi số"]
PEOPLE = ["ông Lê Văn Hòa", "bà Nguyễn Thị Mai Phương", "ông Trần Quốc Bảo", "bà Đỗ Hồng Nhung", "ông Vũ Minh Tiến"]

DIGITAL = [
    "Năm nay, {place} đặt mục tiêu đưa {n} dịch vụ công trực tuyến toàn trình lên cổng dịch vụ công của tỉnh.",
    "Theo {agency}, tỷ lệ hồ sơ được xử lý trực tuyến đã đạt {n}%, cao hơn nhiều so với cùng kỳ năm trước.",
    "Nhiều xã đã thành lập tổ công nghệ số cộng đồng để hướng dẫn người dân cài đặt ứng dụng định danh điện tử.",
    "{person} cho biết việc số hóa hồ sơ, giấy tờ giúp cán bộ một cửa rút ngắn thời gian giải quyết thủ tục.",
    "Hạ tầng cáp quang đã phủ tới {n} thôn, bản, tạo điều kiện để học sinh vùng cao học trực tuyến.",
    "Các doanh nghiệp nhỏ được hỗ trợ miễn phí nền tảng hóa đơn điện tử và kế toán trên điện toán đám mây.",
    "Kho dữ liệu dùng chung của tỉnh hiện kết nối với {n} hệ thống thông tin của các sở, ngành và địa phương.",
    "Trung tâm giám sát điều hành thông minh tiếp nhận trung bình {n} phản ánh của người dân mỗi tháng.",
    "Lãnh đạo {agency} đề nghị các đơn vị không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu.",
    "Chương trình đưa nông sản lên sàn thương mại điện tử đã giúp hơn {n} hộ sản xuất tìm được khách hàng mới.",
    "Tại buổi làm việc, đại biểu chỉ ra tình trạng một số phần mềm chuyên ngành chưa liên thông với nhau.",
    "Việc thanh toán học phí, viện phí không dùng tiền mặt đang được mở rộng tới tất cả trường học và bệnh viện tuyến huyện.",
    "Người dân có thể theo dõi tiến độ giải quyết hồ sơ qua tin nhắn hoặc ứng dụng trên điện thoại di động.",
    "{place} cũng chú trọng bảo đảm an toàn thông tin, tổ chức diễn tập ứng cứu sự cố mạng cho {n} cán bộ kỹ thuật.",
    "Kinh tế số được kỳ vọng đóng góp khoảng {n}% vào tổng sản phẩm trên địa bàn trong giai đoạn tới.",
    "Theo {person}, khó khăn lớn nhất hiện nay là thiếu nhân lực chuyên trách công nghệ thông tin ở cấp xã.",
    "Tỉnh đã ban hành kế hoạch đào tạo kỹ năng số cho cán bộ, công chức với tổng kinh phí gần {n} tỷ đồng.",
    "Nhiều thủ tục như đăng ký khai sinh, cấp phiếu lý lịch tư pháp nay có thể thực hiện hoàn toàn trên mạng.",
    "Các trạm y tế xã đã triển khai hồ sơ sức khỏe điện tử cho khoảng {n} nghìn người dân.",
    "Hội nghị thống nhất lấy người dân và doanh nghiệp làm trung tâm trong mọi hoạt động chuyển đổi số.",
    "Số lượng tài khoản định danh điện tử mức độ hai được kích hoạt trên địa bàn đã vượt {n} nghìn.",
    "{agency} sẽ tiếp tục rà soát, cắt giảm các thành phần hồ sơ không cần thiết trong quý tới.",
    "Đại diện doanh nghiệp viễn thông cam kết nâng cấp trạm phát sóng để phủ sóng di động tại các vùng lõm.",
    "Ứng dụng công dân số của tỉnh đã có hơn {n} nghìn lượt tải, tích hợp tra cứu thông tin quy hoạch và giá đất.",
    "Cán bộ một cửa được trang bị máy quét và chữ ký số để trả kết quả điện tử cho người dân.",
    "Mô hình chợ không dùng tiền mặt ở trung tâm huyện thu hút đông đảo tiểu thương tham gia.",
    "Nhiều ý kiến cho rằng cần có chính sách đãi ngộ riêng để giữ chân kỹ sư công nghệ trẻ làm việc tại địa phương.",
    "Trong {n} tháng đầu năm, cổng thông tin điện tử của tỉnh đăng tải hàng trăm tin bài hướng dẫn thủ tục hành chính.",
    "Đoàn công tác đã kiểm tra thực tế việc vận hành phần mềm quản lý văn bản và điều hành tại một số xã.",
    "Chỉ số sẵn sàng cho chuyển đổi số của {place} năm qua tăng {n} bậc so với năm trước đó.",
    "Ở nhiều thôn, loa truyền thanh được dùng để nhắc bà con thời gian mở lớp hướng dẫn kỹ năng số.",
    "Một số hợp tác xã đã dùng mã QR để truy xuất nguồn gốc sản phẩm, giúp hàng hóa dễ vào siêu thị hơn.",
    "{person} thừa nhận vẫn có cán bộ ngại thay đổi, quen in văn bản giấy để ký rồi mới scan lên hệ thống.",
    "Tổng đài hỗ trợ dịch vụ công của tỉnh hoạt động cả ngày nghỉ để giải đáp thắc mắc của người dân.",
    "Cổng dữ liệu mở của {place} đã công bố {n} bộ dữ liệu về đất đai, giáo dục, y tế và giao thông.",
    "Nhiều bưu cục xã trở thành điểm hỗ trợ người dân nộp hồ sơ trực tuyến và nhận kết quả tại nhà.",
    "Các trường phổ thông đã sử dụng sổ liên lạc điện tử, giúp phụ huynh theo dõi kết quả học tập của con.",
    "Đoàn thanh niên phát động phong trào mỗi đoàn viên hướng dẫn ít nhất {n} người dân sử dụng dịch vụ công.",
    "Theo khảo sát, mức độ hài lòng của người dân với dịch vụ công trực tuyến đạt khoảng {n}%.",
    "Phần mềm phản ánh hiện trường cho phép người dân gửi hình ảnh vi phạm trật tự đô thị kèm vị trí cụ thể.",
    "Hệ thống hội nghị truyền hình đã được kết nối thông suốt từ tỉnh tới {n} xã, phường, thị trấn.",
    "Những bản làng xa nhất giờ cũng có điểm truy cập Internet công cộng đặt tại nhà văn hóa.",
    "Ngân hàng và doanh nghiệp viễn thông phối hợp mở tài khoản thanh toán cho người dân ngay tại chợ phiên.",
    "{agency} đề xuất bố trí kinh phí thường xuyên để duy trì, nâng cấp các nền tảng đã đầu tư.",
    "Việc chia sẻ dữ liệu dân cư giúp giảm đáng kể số giấy tờ người dân phải xuất trình khi làm thủ tục.",
    "Cán bộ xã được tập huấn cách nhận biết các chiêu trò lừa đảo trên mạng để tuyên truyền lại cho người dân.",
    "Một số huyện tổ chức ngày hội chuyển đổi số, kết hợp giới thiệu sản phẩm OCOP với bán hàng trực tuyến.",
    "Tại các bệnh viện, bệnh nhân có thể đặt lịch khám qua ứng dụng và thanh toán bằng mã QR.",
    "Theo lộ trình, đến năm sau các cơ quan nhà nước trong tỉnh sẽ dùng chung một nền tảng quản lý văn bản.",
    "{person} nhấn mạnh chuyển đổi số chỉ thành công khi người đứng đầu thực sự vào cuộc.",
]
AGRI = [
    "Vụ đông xuân năm nay, nông dân {place} gieo cấy khoảng {n} nghìn ha lúa, chủ yếu là giống chất lượng cao.",
    "Nhờ thời tiết thuận lợi, năng suất bình quân ước đạt {n} tạ mỗi ha, tăng nhẹ so với vụ trước.",
    "Ngành nông nghiệp khuyến cáo bà con theo dõi chặt chẽ rầy nâu và bệnh đạo ôn trên đồng ruộng.",
    "{person} cho biết hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với một doanh nghiệp chế biến gạo.",
    "Giá phân bón giảm giúp người trồng lúa tiết kiệm được một phần chi phí đầu vào.",
    "Nhiều hộ chuyển đổi diện tích lúa kém hiệu quả sang trồng rau màu và nuôi thủy sản.",
    "Hệ thống kênh mương nội đồng được nạo vét trước mùa khô để bảo đảm nước tưới.",
    "Cán bộ khuyến nông hướng dẫn bà con bón phân cân đối và sử dụng thuốc bảo vệ thực vật đúng liều lượng.",
    "Mô hình cánh đồng lớn ở xã Phú Điền cho lợi nhuận cao hơn sản xuất nhỏ lẻ khoảng {n}%.",
    "Huyện dự kiến hỗ trợ {n} tấn giống lúa cho các hộ bị ảnh hưởng bởi đợt mưa đá đầu vụ.",
    "Trên những cánh đồng ven sông, máy cấy được đưa vào sử dụng thay cho cấy tay truyền thống.",
    "Trạm khuyến nông huyện mở thêm các lớp tập huấn kỹ thuật canh tác lúa giảm phát thải.",
    "Người dân được khuyến khích dùng phân hữu cơ vi sinh để cải tạo đất sau nhiều vụ thâm canh.",
    "Thương lái cho biết gạo thơm của vùng đang được thị trường miền Nam ưa chuộng.",
]
TRAFFIC = [
    "Vụ va chạm xảy ra trên quốc lộ đoạn qua địa phận {place} khiến giao thông ùn tắc khoảng {n} phút.",
    "Lực lượng cảnh sát giao thông đã có mặt phân luồng và lập biên bản hiện trường.",
    "Theo cơ quan chức năng, xe tải chở vật liệu xây dựng đã lấn làn khi vượt xe phía trước.",
    "Hai người bị thương được đưa đi cấp cứu tại bệnh viện đa khoa gần nhất.",
    "Nguyên nhân vụ việc đang được tiếp tục điều tra làm rõ.",
    "Tuyến đường này thường xuyên đông phương tiện vào giờ cao điểm buổi sáng.",
]
HEALTH = [
    "Bệnh viện đa khoa {place} vừa tiếp nhận {n} ca mắc sốt xuất huyết trong tuần qua.",
    "Các bác sĩ khuyến cáo người dân diệt bọ gậy, lăng quăng và ngủ màn kể cả ban ngày.",
    "{person} cho biết phần lớn bệnh nhân nhập viện ở độ tuổi lao động và có triệu chứng sốt cao liên tục.",
    "Ngành y tế đã tổ chức phun hóa chất diệt muỗi tại {n} khu dân cư có ổ dịch.",
    "Người bệnh không nên tự ý dùng thuốc hạ sốt có chứa aspirin khi chưa có chỉ định của bác sĩ.",
    "Trạm y tế các xã được yêu cầu báo cáo số ca bệnh hằng ngày để kịp thời khoanh vùng.",
    "Năm nay số ca mắc tăng khoảng {n}% so với cùng kỳ do mưa nhiều và nắng nóng xen kẽ.",
    "Bệnh viện bố trí thêm giường bệnh và nhân lực để sẵn sàng ứng phó khi số ca tăng cao.",
    "Một số bệnh nhân có dấu hiệu cảnh báo như đau bụng, chảy máu chân răng phải theo dõi sát.",
    "Các trường học được đề nghị tổng vệ sinh, thu gom vật dụng chứa nước đọng quanh lớp học.",
    "Trung tâm kiểm soát bệnh tật tỉnh thành lập các đội phản ứng nhanh túc trực tại vùng có nguy cơ.",
    "Người dân nên đưa người bệnh đến cơ sở y tế khi sốt cao quá hai ngày không hạ.",
]
CULTURE = [
    "Lễ hội truyền thống của làng Đông Phù năm nay thu hút khoảng {n} nghìn lượt du khách.",
    "Phần lễ gồm nghi thức rước kiệu, tế thần và dâng hương tưởng niệm các bậc tiền nhân.",
    "Phần hội diễn ra sôi nổi với các trò chơi dân gian như kéo co, đấu vật và đánh đu.",
    "{person} cho biết ban tổ chức đã bố trí khu gửi xe miễn phí và niêm yết giá dịch vụ công khai.",
    "Nhiều nghệ nhân cao tuổi tham gia truyền dạy hát chèo cho thế hệ trẻ trong làng.",
    "Chính quyền địa phương kiên quyết không để xảy ra tình trạng chèo kéo, ép giá du khách.",
    "Di tích đình làng được trùng tu năm ngoái với kinh phí hơn {n} tỷ đồng từ ngân sách và xã hội hóa.",
    "Du khách thích thú thưởng thức các món ăn truyền thống như bánh giầy, bánh chưng và xôi gấc.",
    "Những bộ áo tế được may lại theo mẫu cũ còn lưu giữ trong gia phả của dòng họ trưởng làng.",
    "Học sinh trường tiểu học trong làng tham gia múa sênh tiền trong đêm khai hội.",
    "Nhiều gia đình ở xa cũng trở về quê dự hội, coi đây là dịp sum họp đầu năm.",
    "Ban quản lý di tích đã xây dựng nội quy và bố trí tình nguyện viên hướng dẫn khách tham quan.",
]
SPORT = [
    "Đội bóng của {place} đã giành chiến thắng {n}-1 trước đối thủ trên sân nhà.",
    "Ngay từ đầu trận, đội chủ nhà chủ động dâng cao đội hình và tạo ra nhiều cơ hội nguy hiểm.",
    "Bàn mở tỷ số đến ở phút thứ 23 sau một pha phối hợp đẹp mắt bên cánh trái.",
    "Sang hiệp hai, đội khách đẩy mạnh tấn công nhưng hàng thủ đội chủ nhà chơi kỷ luật.",
    "{person}, huấn luyện viên trưởng, hài lòng với tinh thần thi đấu của các cầu thủ trẻ.",
    "Với kết quả này, đội bóng tạm vươn lên vị trí thứ ba trên bảng xếp hạng.",
    "Khoảng {n} nghìn khán giả đã có mặt trên khán đài để cổ vũ đội nhà.",
    "Vòng đấu tới, đội sẽ làm khách trên sân của đội đang dẫn đầu giải.",
    "Thủ thành đội chủ nhà có nhiều pha cứu thua xuất sắc trong những phút cuối trận.",
    "Tiền vệ số 8 được bình chọn là cầu thủ xuất sắc nhất trận nhờ hai đường kiến tạo.",
    "Ban huấn luyện cho biết một hậu vệ bị chấn thương nhẹ và có thể phải nghỉ một trận.",
    "Mặt sân trơn do mưa lớn trước giờ bóng lăn khiến các cầu thủ gặp khó khi triển khai bóng.",
]
BANKS = {"digital": DIGITAL, "agri": AGRI, "traffic": TRAFFIC, "health": HEALTH, "culture": CULTURE, "sport": SPORT}

SUBHEADS = {
    "digital": ["Lấy người dân làm trung tâm", "Hạ tầng số đi trước một bước", "Những điểm nghẽn cần tháo gỡ",
                "Dữ liệu là tài nguyên", "Nhân lực số cho cơ sở", "Mục tiêu đến cuối năm", "Kinh tế số ở nông thôn",
                "Xã hội số bắt đầu từ thôn bản", "Bài học từ cơ sở", "Chặng đường phía trước"],
    "agri": ["Năng suất tăng", "Liên kết tiêu thụ"], "traffic": ["Hiện trường"], "health": ["Chủ động phòng bệnh"],
    "culture": ["Giữ gìn nét đẹp truyền thống"], "sport": ["Diễn biến trận đấu"],
}

HEADLINES = [
    "Khánh thành cầu mới nối hai bờ sông Lam Giang", "Tăng cường kiểm tra an toàn thực phẩm dịp cuối năm",
    "Học sinh vùng cao nhận học bổng từ quỹ khuyến học", "Sơn Hà đón hơn một triệu lượt khách du lịch",
    "Ra mắt ứng dụng tra cứu thủ tục hành chính mới", "Doanh nghiệp trẻ chia sẻ kinh nghiệm bán hàng trực tuyến",
    "Mưa lớn gây ngập cục bộ nhiều tuyến phố trung tâm", "Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Bắc",
    "Thanh niên tình nguyện hỗ trợ người dân cài đặt định danh điện tử", "Giá cà phê tăng mạnh trong tuần",
    "Giải chạy việt dã truyền thống thu hút hàng nghìn vận động viên", "Nâng cao chất lượng khám chữa bệnh tuyến xã",
    "Triển khai sổ sức khỏe điện tử cho người cao tuổi", "Nông dân thu hoạch vải thiều sớm",
    "Trường học số: Chuyển biến từ những lớp học nhỏ", "Kiểm tra tiến độ dự án đường ven biển",
    "Phát động cuộc thi tìm hiểu pháp luật trực tuyến", "Khai mạc triển lãm ảnh về biển đảo quê hương",
    "Thị trường bất động sản có dấu hiệu phục hồi", "Đẩy mạnh thanh toán không dùng tiền mặt ở chợ truyền thống",
    "Tỉnh đoàn ra mắt mô hình thanh niên với văn hóa giao thông", "Xã biên giới có trạm phát sóng 4G đầu tiên",
    "Đón nhận bằng xếp hạng di tích cấp quốc gia", "Tập huấn kỹ năng số cho cán bộ cấp xã",
]


def paragraphs(topic, seed, n_par, per_par=(3, 5), extra=None):
    """Return n_par paragraphs composed from the bank with fixed seed; `extra` sentences are interleaved first."""
    rnd = random.Random(seed)
    bank = BANKS[topic]
    order = list(range(len(bank)))
    rnd.shuffle(order)
    extra = list(extra or [])
    out, k = [], 0
    for _ in range(n_par):
        sents = []
        if extra:
            sents.append(extra.pop(0))
        for _ in range(rnd.randint(*per_par)):
            if k >= len(order):
                break
            s = bank[order[k]]
            k += 1
            sents.append(s.format(place=rnd.choice(PLACES), agency=rnd.choice(AGENCIES),
                                  person=rnd.choice(PEOPLE), n=rnd.randint(3, 95)))
        if not sents:
            break
        out.append(" ".join(x[0].upper() + x[1:] for x in sents))
    return out
