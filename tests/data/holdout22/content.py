"""Sentence banks (all sentences written for this corpus; names, places and numbers are invented)."""

PLACES = ["xã Tân Phước", "phường Hòa Lạc Đông", "xã Đông Sơn Hạ", "phường Bến Nghé Tây", "xã Phú Mỹ Thượng",
          "huyện Lạc Sơn Mới", "thị xã Hưng Long", "xã Vĩnh Hòa Nam", "phường An Khánh Bắc", "xã Thạch Bàn Đông"]
PROV = ["tỉnh Long Giang", "tỉnh Bắc Hà Nguyên", "tỉnh Quảng Thủy", "thành phố Cửu Long", "tỉnh Tây Sơn Nguyên"]

DX = [
    "Đến hết quý vừa qua, {place} đã tiếp nhận {n} hồ sơ trực tuyến toàn trình, tăng gần {pct}% so với cùng kỳ năm trước.",
    "Cán bộ bộ phận một cửa được tập huấn lại cách hướng dẫn người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia.",
    "Tổ công nghệ số cộng đồng ở {place} có {n2} thành viên, phần lớn là đoàn viên thanh niên và công an viên.",
    "Mỗi buổi tối, các tổ viên đến từng thôn để cài đặt ứng dụng định danh điện tử và hướng dẫn thanh toán không dùng tiền mặt.",
    "Lãnh đạo địa phương cho rằng khó khăn lớn nhất không nằm ở hạ tầng mà ở thói quen đến trực tiếp cơ quan nhà nước.",
    "Hệ thống quản lý văn bản và điều hành đã được kết nối liên thông bốn cấp, giúp rút ngắn thời gian luân chuyển giấy tờ.",
    "Tỷ lệ văn bản đi được ký số của các cơ quan trên địa bàn đạt {pct}%, chỉ còn một số văn bản mật phải ký tay.",
    "Trung tâm giám sát, điều hành đô thị thông minh tích hợp dữ liệu từ {n2} camera giao thông và an ninh trật tự.",
    "Người dân có thể phản ánh hiện trường qua ứng dụng di động và nhận kết quả xử lý trong vòng {n3} ngày làm việc.",
    "Sở Thông tin và Truyền thông đề nghị các xã rà soát lại danh mục thủ tục hành chính có phát sinh hồ sơ thấp.",
    "Kho dữ liệu dùng chung của tỉnh hiện lưu trữ hơn {n} bản ghi về dân cư, đất đai và doanh nghiệp.",
    "Việc số hóa kết quả giải quyết thủ tục hành chính giúp người dân không phải nộp lại giấy tờ đã được cơ quan nhà nước cấp.",
    "Nhiều hộ kinh doanh tại chợ trung tâm đã dán mã QR để khách thanh toán, kể cả những quầy bán rau nhỏ nhất.",
    "Kinh tế số được xác định là một trong ba trụ cột, bên cạnh chính quyền số và xã hội số.",
    "Tỉnh đặt mục tiêu đến năm {year}, kinh tế số chiếm khoảng {pct2}% tổng sản phẩm trên địa bàn.",
    "Các sàn thương mại điện tử đã giúp nông dân đưa sản phẩm OCOP đến tay khách hàng ở nhiều tỉnh, thành phố.",
    "Hạ tầng cáp quang đã phủ đến {pct}% thôn, bản; các điểm lõm sóng còn lại chủ yếu thuộc khu vực miền núi.",
    "Sau khi sắp xếp đơn vị hành chính, chính quyền cấp xã mới phải chuẩn hóa lại dữ liệu dân cư của ba xã cũ.",
    "Một số cán bộ lớn tuổi còn lúng túng khi sử dụng chữ ký số trên điện thoại, nên cần được kèm cặp thường xuyên.",
    "Đội ngũ chuyên trách công nghệ thông tin ở cấp xã còn mỏng, nhiều nơi chỉ có một người kiêm nhiệm.",
    "Kinh phí cho chuyển đổi số năm nay được bố trí khoảng {n3} tỷ đồng, ưu tiên cho an toàn thông tin và đào tạo.",
    "Các nền tảng số dùng chung phải bảo đảm an toàn thông tin theo cấp độ trước khi đưa vào vận hành chính thức.",
    "Phiên họp không giấy tờ đã trở thành nền nếp, tài liệu được gửi tới đại biểu qua phần mềm trước ít nhất ba ngày.",
    "Bệnh viện đa khoa tỉnh đã triển khai bệnh án điện tử, giảm đáng kể thời gian chờ đợi của người bệnh.",
    "Học sinh ở {place} được làm quen với kỹ năng số cơ bản ngay từ cấp tiểu học thông qua các tiết học trải nghiệm.",
    "Chỉ số chuyển đổi số cấp tỉnh năm vừa qua tăng {n4} bậc, trong đó trụ cột chính quyền số có mức cải thiện rõ nhất.",
    "Người đứng đầu các cơ quan phải chịu trách nhiệm nếu để tình trạng hồ sơ trực tuyến quá hạn kéo dài.",
    "Bà con ở thôn vùng cao giờ có thể đăng ký khai sinh cho con mà không phải đi hơn hai mươi cây số đến trụ sở xã.",
    "Dịch vụ công trực tuyến chỉ thực sự có ý nghĩa khi người dân thấy nhanh hơn, rẻ hơn và minh bạch hơn cách làm cũ.",
    "Đoàn kiểm tra ghi nhận một số xã vẫn yêu cầu người dân nộp bản giấy dù hồ sơ đã được gửi trên môi trường mạng.",
    "Doanh nghiệp viễn thông cam kết hỗ trợ điện thoại thông minh cho hộ nghèo và miễn phí dữ liệu trong sáu tháng đầu.",
    "Từ đầu năm, cổng thông tin điện tử của {place} đã đăng tải {n2} tin bài và công khai đầy đủ lịch tiếp công dân.",
    "Trợ lý ảo được thử nghiệm tại bộ phận tiếp nhận, có thể trả lời các câu hỏi thường gặp về hộ tịch và đất đai.",
    "Ủy ban nhân dân tỉnh yêu cầu hoàn thành việc làm sạch dữ liệu hộ tịch trước ngày 30 tháng 9.",
    "Hội nghị cũng dành thời gian thảo luận về chính sách thu hút chuyên gia công nghệ về làm việc tại địa phương.",
    "Các hợp tác xã được hướng dẫn mở gian hàng trực tuyến và ghi nhật ký sản xuất điện tử để truy xuất nguồn gốc.",
    "Thanh niên tình nguyện đã mở lớp “bình dân học vụ số” cho hơn {n2} lượt người cao tuổi trong tháng qua.",
    "Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử tại {place} ước đạt {pct}%, vượt chỉ tiêu đề ra.",
    "Cơ sở dữ liệu đất đai sau khi hoàn thiện sẽ được kết nối với hệ thống thuế và công chứng.",
    "Lãnh đạo sở nhấn mạnh chuyển đổi số trước hết là chuyển đổi nhận thức, sau đó mới đến công nghệ.",
]
AGRI = [
    "Vụ lúa đông xuân năm nay, nông dân {place} gieo cấy {n} héc-ta, chủ yếu bằng giống chất lượng cao.",
    "Cán bộ khuyến nông khuyến cáo bà con theo dõi chặt rầy nâu trên những chân ruộng trũng.",
    "Giá thu mua cà phê nhân đang ở mức cao, nhiều hộ quyết định để lại một phần sản lượng chờ thời điểm bán tốt hơn.",
    "Mô hình nuôi tôm kết hợp trồng rừng ngập mặn cho lợi nhuận ổn định dù giá thức ăn tăng.",
    "Hợp tác xã đã ký hợp đồng bao tiêu toàn bộ sản lượng dưa lưới cho một doanh nghiệp chế biến.",
    "Năng suất bình quân ước đạt {n3} tạ mỗi héc-ta, cao hơn vụ trước khoảng hai tạ.",
    "Nắng nóng kéo dài khiến mực nước các hồ chứa thủy lợi xuống thấp, nhiều cánh đồng phải bơm nước tưới luân phiên.",
    "Người trồng sầu riêng được khuyên không chạy theo diện tích mà tập trung vào quy trình chăm sóc đạt chuẩn.",
    "Ngành nông nghiệp huyện đã cấp {n4} mã số vùng trồng phục vụ xuất khẩu chính ngạch.",
    "Ông Tư, một nông dân có ba mươi năm làm vườn, cho biết đất bạc màu nhanh nếu lạm dụng phân hóa học.",
    "Đàn gia súc trên địa bàn được tiêm phòng lở mồm long móng đợt một với tỷ lệ đạt trên {pct}%.",
    "Các hộ chăn nuôi được hỗ trợ xây hầm biogas để giảm ô nhiễm và tiết kiệm chất đốt.",
    "Trạm trồng trọt đề nghị thu hoạch sớm những diện tích lúa đã chín để tránh mưa trái mùa.",
    "Nhiều thanh niên trở về quê khởi nghiệp với cây dược liệu dưới tán rừng.",
    "Phòng Nông nghiệp sẽ tổ chức hội thảo đầu bờ để bà con so sánh hiệu quả giữa các giống mới.",
]
TRAFFIC = [
    "Đoạn quốc lộ qua {place} thường xuyên ùn tắc vào giờ cao điểm sáng và chiều.",
    "Lực lượng cảnh sát giao thông đã lập biên bản {n4} trường hợp vi phạm nồng độ cồn trong tuần qua.",
    "Nhà thầu cam kết hoàn trả mặt bằng nút giao trước Tết Nguyên đán.",
    "Người đi xe máy được khuyến cáo giảm tốc độ khi qua khu vực đang thi công cầu vượt.",
    "Ban an toàn giao thông đề xuất lắp thêm đèn tín hiệu tại ngã tư gần trường tiểu học.",
    "Tuyến xe buýt mới nối trung tâm tỉnh với khu công nghiệp sẽ chạy thử từ đầu tháng sau.",
    "Mưa lớn kéo dài làm sạt lở taluy dương, cơ quan chức năng đã cắm biển cảnh báo và bố trí người trực.",
    "Trong tháng, trên địa bàn xảy ra {n4} vụ tai nạn giao thông, giảm hai vụ so với tháng trước.",
    "Bến xe khách phía nam tăng cường thêm chuyến để phục vụ nhu cầu đi lại dịp lễ.",
    "Chính quyền địa phương vận động các hộ kinh doanh không lấn chiếm vỉa hè để bày bán hàng.",
    "Mặt đường nhiều đoạn bong tróc, ổ gà xuất hiện liên tiếp khiến tài xế xe tải phải đi chậm.",
    "Các trường học phối hợp với công an tuyên truyền cho học sinh đội mũ bảo hiểm đúng cách.",
    "Dự án mở rộng tuyến đường tỉnh có tổng vốn khoảng {n3} tỷ đồng, dự kiến hoàn thành năm {year}.",
]
HEALTH = [
    "Số ca mắc sốt xuất huyết tại {place} tăng nhanh trong những tuần mưa nhiều.",
    "Trung tâm Y tế huyện đã tổ chức phun hóa chất diệt muỗi tại các khu dân cư có ổ dịch.",
    "Người dân được khuyến cáo úp ngược dụng cụ chứa nước và thả cá diệt lăng quăng.",
    "Bác sĩ lưu ý trẻ sốt cao liên tục trên hai ngày cần được đưa đến cơ sở y tế để theo dõi.",
    "Chiến dịch tiêm vắc xin sởi cho trẻ từ một đến năm tuổi đạt tỷ lệ bao phủ {pct}%.",
    "Trạm y tế xã được bổ sung máy đo đường huyết và tủ thuốc thiết yếu.",
    "Các y tá thôn bản đến từng nhà hướng dẫn chăm sóc bà mẹ sau sinh.",
    "Bệnh viện tuyến tỉnh tiếp nhận {n4} bệnh nhân chuyển tuyến trong tuần, phần lớn là người cao tuổi.",
    "Đoàn bác sĩ tình nguyện khám và phát thuốc miễn phí cho hơn {n2} người dân vùng biên.",
    "Ngành y tế đề nghị các bếp ăn tập thể kiểm tra nguồn gốc thực phẩm hằng ngày.",
    "Nhiều người vẫn chủ quan, tự mua thuốc hạ sốt mà không đến cơ sở y tế khám.",
    "Khoa truyền nhiễm đã kê thêm giường và phân luồng riêng cho người bệnh sốt.",
]
SPORT = [
    "Đội bóng chuyền nữ của tỉnh giành vị trí thứ ba chung cuộc sau trận đấu kéo dài năm hiệp.",
    "Giải chạy việt dã truyền thống năm nay thu hút {n2} vận động viên thuộc nhiều lứa tuổi.",
    "Huấn luyện viên trưởng hài lòng với tinh thần thi đấu nhưng chưa vừa ý với khâu phòng ngự.",
    "Nhà thi đấu đa năng vừa được cải tạo hệ thống chiếu sáng và mặt sàn.",
    "Đoàn thể thao học sinh mang về {n4} huy chương vàng ở các môn điền kinh và bơi lội.",
    "Ban tổ chức bố trí lực lượng y tế túc trực dọc đường chạy và ở khu vực về đích.",
    "Môn vật dân tộc trong lễ hội làng luôn có đông khán giả cổ vũ.",
    "Câu lạc bộ bóng đá trẻ của huyện tuyển thêm cầu thủ từ các trường trung học cơ sở.",
    "Nữ vận động viên mười bảy tuổi phá kỷ lục cự ly tám trăm mét của giải.",
    "Phong trào đi bộ buổi sáng quanh hồ trung tâm ngày càng đông người tham gia.",
    "Trận chung kết diễn ra dưới trời mưa nhưng khán đài vẫn kín chỗ.",
]
CULTURE = [
    "Lễ hội đình làng năm nay được tổ chức theo nghi thức truyền thống, giản dị và tiết kiệm.",
    "Các nghệ nhân cao tuổi truyền dạy hát then cho lớp thanh thiếu niên trong bản.",
    "Nhà văn hóa thôn vừa được sửa lại mái, trở thành nơi sinh hoạt chung của bà con.",
    "Đoàn nghệ thuật tỉnh biểu diễn vở chèo mới dựng trước hơn {n2} khán giả.",
    "Bảo tàng tỉnh trưng bày hơn {n4} hiện vật gốm cổ được khai quật ở ven sông.",
    "Phần hội có thi gói bánh, kéo co và đập niêu, thu hút đông đảo du khách.",
    "Ngôi chùa cổ đang được trùng tu theo đúng kiến trúc ban đầu.",
    "Hội viên câu lạc bộ thơ tổ chức đêm ngâm thơ chào mừng ngày thành lập tỉnh.",
    "Làng nghề dệt thổ cẩm giữ được nhiều hoa văn cổ nhờ những người phụ nữ kiên trì bám khung cửi.",
    "Ngành văn hóa lập hồ sơ đề nghị công nhận di sản văn hóa phi vật thể cấp quốc gia.",
    "Nhiều gia đình đưa con nhỏ đến xem múa rối nước trong những ngày cuối tuần.",
]
BANKS = {"dx": DX, "agri": AGRI, "traffic": TRAFFIC, "health": HEALTH, "sport": SPORT, "culture": CULTURE}

HEAD_WORDS = ["Đẩy mạnh", "Nâng cao hiệu quả", "Tăng cường", "Triển khai", "Hoàn thiện", "Sơ kết", "Kiểm tra",
              "Tổng kết", "Hội nghị về", "Tập huấn", "Ra quân", "Phát động"]
HEAD_TAIL = ["dịch vụ công trực tuyến", "chuyển đổi số cấp xã", "công tác cải cách hành chính", "phong trào thi đua",
             "phòng chống dịch bệnh", "an toàn giao thông", "sản xuất vụ mùa", "xây dựng nông thôn mới",
             "công tác tiếp công dân", "chữ ký số cho cán bộ", "kế hoạch năm", "hoạt động văn hóa cơ sở",
             "đề án dữ liệu dân cư", "thanh toán không dùng tiền mặt", "phòng cháy chữa cháy"]


def fill(rng, s):
    return s.format(place=rng.choice(PLACES), n=f"{rng.randint(12, 98)}.{rng.randint(100, 999)}",
                    n2=rng.randint(15, 480), n3=rng.randint(3, 45), n4=rng.randint(5, 29),
                    pct=rng.randint(41, 96), pct2=rng.randint(15, 30), year=rng.choice([2025, 2026, 2030]))


def paras(rng, bank, count, per=(2, 4)):
    pool = list(BANKS[bank])
    out = []
    for _ in range(count):
        k = min(rng.randint(*per), len(pool))
        if not k:
            break
        picks = rng.sample(pool, k)
        for p in picks:
            pool.remove(p)
        out.append(" ".join(fill(rng, s) for s in picks))
    return out


def headline(rng):
    return f"{rng.choice(HEAD_WORDS)} {rng.choice(HEAD_TAIL)} {rng.choice(PLACES + PROV)}"


def side_items(rng, n, year=2024):
    items = []
    for _ in range(n):
        d = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
        items.append((headline(rng), d, f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45', '10'])}"))
    return items

EMAG = [
    "Con đường đất đỏ dẫn vào thôn Khe Lim vẫn lầy lội mỗi khi mưa, nhưng cột phát sóng mới dựng đã thay đổi nhịp sống nơi đây.",
    "Chị Lò Thị Xoan, bốn mươi hai tuổi, lần đầu tự đặt lịch khám bệnh cho mẹ bằng chiếc điện thoại con trai gửi về.",
    "Buổi tập huấn đầu tiên chỉ có mười người đến, đa số ngồi cuối phòng và không dám chạm vào màn hình.",
    "Ba tháng sau, chính những người ấy lại đi hướng dẫn cho hàng xóm cách quét mã để đóng tiền điện.",
    "Anh Vàng A Chử kể rằng trước đây mỗi lần đi làm giấy tờ là mất trọn một ngày công và tiền xăng xe.",
    "Giờ đây, anh ngồi ở hiên nhà, chụp ảnh giấy tờ, gửi đi và chờ tin nhắn báo kết quả.",
    "Ở bến cá đầu làng, những chiếc ghe trở về lúc rạng sáng đã mang theo thiết bị giám sát hành trình.",
    "Các chủ tàu nói ban đầu họ e ngại bị theo dõi, nhưng rồi nhận ra thiết bị giúp gọi cứu hộ nhanh hơn khi gặp bão.",
    "Trưởng thôn gọi đó là cuộc đổi thay lặng lẽ, không ồn ào nhưng len vào từng bếp lửa.",
    "Ngôi trường tiểu học nằm sát biên giới có phòng máy tính đầu tiên nhờ một chương trình tài trợ.",
    "Cô giáo trẻ dạy các em gõ tên mình trên bàn phím trước khi học bất cứ điều gì khác.",
    "Có em học sinh bảy tuổi đã dạy lại bà cách gọi video cho bố mẹ đang làm thuê ở tỉnh xa.",
    "Trạm y tế xã được nối mạng với bệnh viện huyện, bác sĩ tuyến trên có thể hội chẩn qua màn hình.",
    "Những ca cấp cứu trong đêm không còn phải chờ xe ra tận thị trấn mới được tư vấn chuyên môn.",
    "Phó chủ tịch xã thừa nhận có lúc cán bộ muốn bỏ cuộc vì phần mềm thay đổi liên tục.",
    "Nhưng mỗi lần thấy người dân nhận kết quả đúng hẹn, họ lại có thêm động lực để tiếp tục.",
    "Ở phiên chợ phiên cuối tuần, bà cụ bán chè lam đã treo tấm mã QR bên cạnh chiếc cân cũ.",
    "Bà bảo không rành chữ nhưng nhớ kỹ tiếng báo tiền về tài khoản phát ra từ chiếc loa nhỏ.",
    "Những người trẻ từng rời quê đi làm công nhân nay quay về mở cửa hàng bán nông sản trên mạng.",
    "Một nhóm thanh niên lập trang giới thiệu cảnh đẹp của bản và nhận đặt phòng homestay trực tuyến.",
    "Mùa du lịch năm ngoái, bản đón khách nhiều gấp ba lần, phần lớn biết đến qua mạng xã hội.",
    "Dẫu vậy, vẫn còn những nóc nhà ở lưng chừng núi chưa có sóng ổn định.",
    "Người dân ở đó phải leo lên đồi cao mới gọi được điện thoại, nói gì đến dịch vụ công trực tuyến.",
    "Chính quyền xã đã lập danh sách các điểm lõm sóng và gửi kiến nghị lên cấp trên.",
    "Đêm xuống, ánh sáng từ những màn hình điện thoại le lói trong các căn nhà sàn.",
    "Người già nghe tin tức, người trẻ học thêm kỹ năng, trẻ nhỏ xem lại bài giảng của cô giáo.",
    "Ông Sùng Seo Páo, người có uy tín trong bản, là người đầu tiên đăng ký tài khoản định danh mức hai.",
    "Ông nói người già phải làm trước thì con cháu mới tin và làm theo.",
    "Những buổi sinh hoạt cộng đồng giờ có thêm mục hỏi đáp về điện thoại thông minh.",
    "Câu hỏi thường gặp nhất vẫn là làm sao nhận biết tin nhắn lừa đảo.",
    "Công an xã đã in tờ rơi song ngữ để phát đến từng hộ gia đình.",
    "Hợp tác xã chè của xã nay đã có mã truy xuất nguồn gốc in trên từng gói sản phẩm.",
    "Khách hàng ở thành phố quét mã là biết chè được hái ở đồi nào, sao sấy ngày nào.",
    "Giá bán nhờ thế cao hơn trước, người trồng chè yên tâm giữ vườn thay vì chặt đi trồng keo.",
    "Cô cán bộ tư pháp hộ tịch đã quen với việc nhận hồ sơ từ lúc sáu giờ sáng trên điện thoại.",
    "Có những ngày cô xử lý hồ sơ đến khuya vì không muốn người dân phải chờ thêm.",
    "Chuyện số hóa ở vùng biên không thể chỉ trông vào máy móc, mà phải bắt đầu từ niềm tin.",
    "Khi người dân thấy lợi ích thật, họ sẽ tự tìm đến công nghệ mà không cần ai thúc giục.",
    "Hành trình ấy còn dài, nhưng những bước chân đầu tiên đã in dấu trên con đường đất đỏ.",
    "Trong câu chuyện của mình, ai cũng nhắc đến những đoàn viên thanh niên kiên nhẫn ngồi bên từng người.",
    "Họ không nói về nền tảng hay dữ liệu, họ chỉ nói về việc bớt phải đi lại và bớt phải chờ.",
    "Những con số thống kê rồi sẽ được tổng hợp, nhưng điều đọng lại là nụ cười của người dân khi nhận kết quả.",
]
BANKS["emag"] = DX + EMAG

TRAFFIC += [
    "Tại điểm đen tai nạn gần cầu Rạch Sâu, đơn vị quản lý đường bộ đã lắp gờ giảm tốc và gương cầu lồi.",
    "Nhiều phụ huynh đưa đón con bằng xe máy vẫn dừng đỗ tràn xuống lòng đường trước cổng trường.",
    "Lực lượng chức năng sẽ xử lý nghiêm các xe tải chở quá tải trọng cho phép làm hư hỏng mặt đường.",
    "Người dân hai bên đường đề nghị sớm lắp hệ thống chiếu sáng vì đoạn đường này rất tối vào ban đêm.",
]
HEALTH += [
    "Một số xã đã huy động học sinh tham gia ngày thứ bảy xanh, dọn vật dụng phế thải quanh nhà.",
    "Phòng khám đa khoa khu vực mở thêm buổi khám ngoài giờ để giảm tải cho bệnh viện tuyến trên.",
    "Ngành y tế cho biết chưa ghi nhận trường hợp tử vong nhưng có xu hướng gia tăng ở nhóm trẻ em.",
    "Người bệnh được khuyên uống nhiều nước, nghỉ ngơi và tuyệt đối không tự ý truyền dịch tại nhà.",
    "Cán bộ y tế dự phòng đi kiểm tra từng hộ gia đình để đếm chỉ số côn trùng.",
]
SPORT += [
    "Trọng tài chính của trận đấu được đánh giá điều khiển trận đấu công tâm và chắc chắn.",
    "Nhiều người dân mang theo cờ và kèn đến cổ vũ đội nhà từ sớm.",
    "Ban tổ chức trao giải phong cách cho vận động viên lớn tuổi nhất, năm nay đã bước sang tuổi bảy mươi.",
    "Sân vận động huyện được chỉnh trang lại đường chạy trước ngày khai mạc giải.",
    "Các vận động viên xuất sắc sẽ được chọn vào đội tuyển tham dự giải cấp tỉnh vào tháng sau.",
]
CULTURE += [
    "Du khách thích thú khi được tự tay làm bánh giầy dưới sự hướng dẫn của người dân địa phương.",
    "Đêm hội kết thúc bằng màn múa sư tử và thả đèn hoa đăng trên sông.",
    "Ban quản lý di tích đã bố trí bãi giữ xe miễn phí và khu vực vệ sinh tạm thời cho khách thập phương.",
    "Những người lớn tuổi trong làng kể lại tích xưa về vị thành hoàng có công khai hoang lập ấp.",
    "Chính quyền xã vận động các hộ kinh doanh niêm yết giá, không chèo kéo khách.",
]
BANKS.update(traffic=TRAFFIC, health=HEALTH, sport=SPORT, culture=CULTURE)
