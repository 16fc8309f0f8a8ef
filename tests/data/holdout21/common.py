"""Shared helpers: sentence pools (written for this corpus), chrome, rendering, visible-text extraction."""
import html
import random
import re
import unicodedata
from html.parser import HTMLParser

PROVS = ["Hòa Phong", "Lam Sơn", "Bắc Hà Giang", "Tân Phú Lâm", "Đông Giang", "Sơn Thủy", "Phước Yên"]
DISTS = ["Yên Khê", "Mỹ Lộc", "Thạch Bàn", "Cẩm Xuyên Thượng", "Đại An", "Phú Hòa Đông", "Tiên Lãng Hạ", "Vĩnh Trạch"]

DX = [
    "Năm {Y}, tỉnh {P} đặt mục tiêu đưa {N1}% hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng.",
    "Theo số liệu của Sở Thông tin và Truyền thông, toàn tỉnh hiện có {N2} tổ công nghệ số cộng đồng đang hoạt động.",
    "Các tổ này trực tiếp hướng dẫn người dân cài đặt ứng dụng định danh điện tử và thanh toán không dùng tiền mặt.",
    "Tại huyện {D}, bộ phận một cửa đã bố trí máy tra cứu tự động và nhân viên hỗ trợ nộp hồ sơ trực tuyến.",
    "Ông Nguyễn Hữu Thắng, Chủ tịch UBND huyện {D}, cho biết việc số hóa kết quả giải quyết thủ tục giúp giảm đáng kể giấy tờ.",
    "Nền tảng dữ liệu dùng chung của tỉnh đã kết nối với {N2} cơ sở dữ liệu chuyên ngành và cơ sở dữ liệu quốc gia về dân cư.",
    "Tỷ lệ hồ sơ trực tuyến toàn trình của khối xã, phường đạt {N1}%, tăng gần gấp đôi so với cùng kỳ năm trước.",
    "Nhiều hợp tác xã đã đưa sản phẩm nông sản lên sàn thương mại điện tử và nhận đơn hàng từ các tỉnh phía Nam.",
    "Lãnh đạo tỉnh yêu cầu các sở, ngành không in giấy những văn bản đã có chữ ký số, trừ văn bản mật.",
    "Hệ thống quản lý văn bản và điều hành được triển khai thống nhất từ cấp tỉnh đến {N2} xã, phường, thị trấn.",
    "Kinh tế số hiện đóng góp khoảng {N1}% vào tổng sản phẩm trên địa bàn, con số còn khiêm tốn so với bình quân cả nước.",
    "Trung tâm giám sát, điều hành thông minh của tỉnh tiếp nhận trung bình {N2} phản ánh của người dân mỗi tháng.",
    "Mỗi phản ánh được chuyển đến cơ quan có thẩm quyền và phải có phản hồi trong thời hạn năm ngày làm việc.",
    "Bà Trần Thị Thu Hiền, Giám đốc Sở Thông tin và Truyền thông, nhấn mạnh nhân lực vẫn là điểm nghẽn lớn nhất.",
    "Nhiều cán bộ cấp xã chưa quen thao tác trên phần mềm, nhất là ở các xã vùng cao có đường truyền không ổn định.",
    "Tỉnh đã phối hợp với các doanh nghiệp viễn thông phủ sóng di động băng rộng tới {N1}% thôn, bản.",
    "Học sinh tại {N2} trường trung học phổ thông đã được cấp học bạ số thay cho học bạ giấy từ năm học này.",
    "Bệnh viện đa khoa tỉnh triển khai bệnh án điện tử, người bệnh không còn phải mang theo sổ khám bệnh.",
    "Người dân có thể đặt lịch khám, tra cứu kết quả xét nghiệm và thanh toán viện phí qua điện thoại.",
    "Chương trình bình dân học vụ số được tổ chức tại nhà văn hóa thôn vào các buổi tối trong tuần.",
    "Bà con được hướng dẫn cách nhận biết tin nhắn lừa đảo và bảo vệ thông tin cá nhân trên mạng xã hội.",
    "Theo kế hoạch, đến cuối năm {Y}, mọi giao dịch thu phí, lệ phí tại bộ phận một cửa sẽ thực hiện qua ngân hàng.",
    "Việc tái sử dụng dữ liệu đã số hóa giúp người dân không phải nộp lại bản sao giấy tờ đã cung cấp trước đó.",
    "Một số doanh nghiệp nhỏ còn e ngại chi phí khi chuyển sang dùng hóa đơn điện tử và phần mềm kế toán trên nền tảng đám mây.",
    "Sở Kế hoạch và Đầu tư đã mở lớp tập huấn miễn phí cho {N2} hộ kinh doanh về bán hàng trực tuyến.",
    "Ứng dụng công dân số của tỉnh đã có hơn {N2} nghìn lượt tải về sau sáu tháng vận hành.",
    "Người dùng có thể gửi ý kiến, theo dõi tiến độ hồ sơ và nhận thông báo khẩn về thiên tai ngay trên ứng dụng.",
    "Ông Lê Văn Phúc, một tiểu thương ở chợ trung tâm, cho biết gần như mọi khách hàng trẻ đều quét mã để trả tiền.",
    "Chính quyền xã {D} đã niêm yết mã QR của từng thủ tục hành chính tại bảng tin của trụ sở.",
    "Hạ tầng trung tâm dữ liệu của tỉnh được nâng cấp để đáp ứng yêu cầu an toàn thông tin cấp độ ba.",
    "Các cuộc họp trực tuyến từ tỉnh xuống cơ sở giúp tiết kiệm hàng trăm triệu đồng chi phí đi lại mỗi năm.",
    "Ban Chỉ đạo chuyển đổi số của tỉnh họp định kỳ mỗi quý để đánh giá tiến độ các chỉ tiêu đã đề ra.",
    "Những địa phương chậm tiến độ sẽ bị nêu tên tại hội nghị giao ban và phải có văn bản giải trình.",
    "Theo đánh giá của chuyên gia, dữ liệu chỉ phát huy giá trị khi được làm sạch, chuẩn hóa và chia sẻ đúng quy định.",
    "Tỉnh đang xây dựng kho dữ liệu mở để doanh nghiệp và nhà nghiên cứu khai thác phục vụ sản xuất kinh doanh.",
    "Thanh niên tình nguyện đã đến từng hộ gia đình hỗ trợ kích hoạt tài khoản định danh điện tử mức độ hai.",
    "Tại các điểm du lịch, khách tham quan có thể quét mã để nghe thuyết minh tự động bằng bốn thứ tiếng.",
    "Việc chi trả lương hưu và trợ cấp xã hội qua tài khoản ngân hàng đã được áp dụng tại {N1}% số xã.",
    "Một số người cao tuổi vẫn chọn nhận tiền mặt vì chưa quen dùng thẻ và lo ngại bị mất tiền trong tài khoản.",
    "Cán bộ bưu điện xã được giao nhiệm vụ hỗ trợ riêng cho nhóm người cao tuổi và người khuyết tật.",
    "Ngân sách tỉnh dành khoảng {N2} tỷ đồng cho các dự án hạ tầng số trong giai đoạn năm năm tới.",
    "Phần lớn nguồn vốn được ưu tiên cho an toàn thông tin, nền tảng dùng chung và đào tạo nhân lực.",
    "Sau hai năm thí điểm, mô hình chợ số đã được nhân rộng ra {N2} chợ truyền thống trên địa bàn.",
    "Người bán được cấp mã thanh toán riêng và được hướng dẫn đối soát doanh thu cuối ngày trên điện thoại.",
    "Các trường học vùng sâu nhận thêm máy tính bảng từ chương trình Sóng và máy tính cho em.",
    "Kết quả khảo sát cho thấy mức độ hài lòng của người dân với dịch vụ công trực tuyến đạt {N1}%.",
]

AGRI = [
    "Vụ lúa năm nay, nông dân huyện {D} gieo cấy {N2} héc-ta bằng giống chất lượng cao.",
    "Nhờ thời tiết thuận lợi, năng suất bình quân ước đạt {N1} tạ mỗi héc-ta, cao hơn vụ trước.",
    "Giá lúa tươi tại ruộng dao động từ bảy nghìn đến bảy nghìn rưỡi đồng mỗi ki-lô-gam.",
    "Ông Phạm Văn Lực, một hộ trồng lúa lâu năm, cho biết chi phí phân bón đã giảm nhờ bón theo khuyến cáo.",
    "Ngành nông nghiệp khuyến cáo bà con không đốt rơm rạ sau thu hoạch để tránh ô nhiễm không khí.",
    "Nhiều hộ đã ủ rơm làm phân hữu cơ hoặc bán cho các trang trại chăn nuôi bò trong vùng.",
    "Trạm khuyến nông huyện cử cán bộ xuống đồng theo dõi sâu bệnh và hướng dẫn phun thuốc đúng thời điểm.",
    "Diện tích nhiễm rầy nâu năm nay thấp hơn nhiều so với trung bình của ba năm trước.",
    "Hợp tác xã dịch vụ nông nghiệp đã ký hợp đồng bao tiêu {N2} tấn lúa với một doanh nghiệp chế biến.",
    "Các cánh đồng lớn được quy hoạch lại bờ vùng, bờ thửa để máy gặt đập liên hợp dễ vận hành.",
    "Nông dân lo ngại nguồn nước tưới cuối vụ bị thiếu do lượng mưa giảm trong những tháng gần đây.",
    "Công ty thủy lợi đã xây dựng lịch lấy nước luân phiên giữa các xã để bảo đảm đủ nước cho vụ sau.",
    "Một số diện tích đất lúa kém hiệu quả được chuyển sang trồng ngô sinh khối và rau màu.",
    "Thu nhập từ mô hình lúa kết hợp nuôi cá cao hơn khoảng {N1}% so với chỉ trồng lúa.",
    "Nhiều hộ trẻ đã mạnh dạn thuê máy cấy để giảm công lao động trong thời vụ.",
    "Lãnh đạo huyện cho biết sẽ hỗ trợ một phần kinh phí mua giống cho các hộ tham gia liên kết.",
]
TRAFFIC = [
    "Vụ va chạm xảy ra vào khoảng năm giờ sáng trên quốc lộ đoạn qua xã {D}.",
    "Xe tải chở vật liệu xây dựng đi cùng chiều đã va chạm với một xe khách giường nằm.",
    "Lực lượng cảnh sát giao thông có mặt phân luồng, giao thông ùn tắc kéo dài khoảng {N1} km.",
    "Rất may vụ việc không gây thiệt hại về người, hai phương tiện bị hư hỏng phần đầu xe.",
    "Cơ quan chức năng đang xác minh nguyên nhân, bước đầu nghi tài xế xe tải thiếu chú ý quan sát.",
    "Đoạn đường này thường xuyên có xe trọng tải lớn lưu thông vào ban đêm và rạng sáng.",
    "Người dân địa phương kiến nghị lắp thêm biển cảnh báo và đèn chiếu sáng tại khúc cua.",
    "Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra {N2} vụ tai nạn giao thông, giảm so với cùng kỳ.",
    "Phòng Cảnh sát giao thông đã mở đợt cao điểm kiểm tra nồng độ cồn với người điều khiển phương tiện.",
    "Ban An toàn giao thông tỉnh đề nghị các doanh nghiệp vận tải tăng cường nhắc nhở lái xe nghỉ ngơi đúng quy định.",
    "Đến gần trưa, xe cứu hộ mới kéo được hai phương tiện vào lề đường để thông xe.",
    "Nhiều hành khách trên xe khách phải xuống đường chờ xe khác của nhà xe đến đón.",
    "Một số tài xế xe máy đã đi vào đường làng để tránh đoạn ùn tắc.",
    "Theo người dân, mặt đường tại đây vừa được thảm lại nhưng vạch sơn phân làn chưa được kẻ.",
    "Khu vực xảy ra va chạm nằm gần cổng một khu công nghiệp có nhiều xe container ra vào.",
    "Công an huyện đã lấy lời khai của hai tài xế và những người chứng kiến vụ việc.",
]
HEALTH = [
    "Trong tuần qua, các cơ sở y tế trên địa bàn ghi nhận {N2} ca mắc sốt xuất huyết mới.",
    "Số ca mắc tập trung chủ yếu ở các khu dân cư đông đúc và khu nhà trọ công nhân.",
    "Trung tâm Kiểm soát bệnh tật tỉnh đã tổ chức phun hóa chất diệt muỗi tại {N1} ổ dịch.",
    "Bác sĩ khuyến cáo người dân đậy kín dụng cụ chứa nước và thả cá diệt lăng quăng.",
    "Khi có biểu hiện sốt cao liên tục, người bệnh cần đến cơ sở y tế để được khám và theo dõi.",
    "Không tự ý dùng thuốc hạ sốt có thành phần aspirin vì có thể làm tăng nguy cơ xuất huyết.",
    "Các trường học được yêu cầu tổ chức tổng vệ sinh, thu gom vật dụng phế thải quanh khuôn viên.",
    "Bệnh viện tỉnh đã bố trí khu điều trị riêng và chuẩn bị đủ dịch truyền cho những trường hợp nặng.",
    "Đội y tế lưu động đến từng hộ gia đình kiểm tra và hướng dẫn diệt bọ gậy.",
    "Ngành y tế dự báo số ca mắc có thể tiếp tục tăng trong những tuần cao điểm mùa mưa.",
]
SPORT = [
    "Đội chủ nhà nhập cuộc hứng khởi và liên tục gây sức ép lên khung thành đối phương.",
    "Phút thứ {N1}, tiền vệ Lê Quốc Bảo tung cú sút xa hiểm hóc mở tỷ số trận đấu.",
    "Sau giờ nghỉ, đội khách đẩy cao đội hình nhưng không tạo ra nhiều cơ hội rõ rệt.",
    "Thủ môn Trần Đình Khang có hai pha cứu thua xuất sắc trong những phút cuối.",
    "Khán đài sân vận động tỉnh đón khoảng {N2} nghìn cổ động viên đến cổ vũ.",
    "Huấn luyện viên trưởng cho biết các cầu thủ đã thực hiện đúng những gì ban huấn luyện yêu cầu.",
    "Với chiến thắng này, đội bóng vươn lên vị trí thứ ba trên bảng xếp hạng.",
    "Vòng đấu tới, đội sẽ làm khách trên sân của một đối thủ đang cạnh tranh suất thăng hạng.",
    "Ban tổ chức giải đánh giá công tác an ninh và bán vé tại sân diễn ra an toàn, trật tự.",
    "Một số cầu thủ trụ cột đang gặp chấn thương nhẹ và sẽ được theo dõi thêm trước trận đấu tiếp theo.",
]
CULTURE = [
    "Lễ hội năm nay thu hút đông đảo người dân và du khách thập phương về dự.",
    "Phần lễ được tổ chức trang nghiêm theo nghi thức truyền thống của làng.",
    "Phần hội có nhiều trò chơi dân gian như kéo co, đánh đu, bịt mắt bắt dê và hát quan họ.",
    "Nghệ nhân Vũ Thị Lan, năm nay đã ngoài bảy mươi tuổi, vẫn tham gia truyền dạy làn điệu cổ cho lớp trẻ.",
    "Ban quản lý di tích đã bố trí lực lượng giữ trật tự và khu gửi xe miễn phí cho du khách.",
    "Ngành văn hóa khuyến khích các địa phương giữ gìn nét đẹp truyền thống, hạn chế thương mại hóa lễ hội.",
    "Nhiều gia đình đưa con nhỏ đến xem để các em hiểu hơn về phong tục của quê hương.",
    "Năm nay, lễ hội lần đầu có gian trưng bày sản phẩm thủ công của {N1} làng nghề trong vùng.",
    "Các tiết mục múa rối nước được biểu diễn liên tục từ sáng đến chiều tại ao đình.",
    "Đơn vị tổ chức cho biết sẽ đề xuất đưa lễ hội vào danh mục di sản văn hóa phi vật thể cấp quốc gia.",
]


def make_paras(pool, seed, n_paras, per=3, start=0):
    """Return n_paras paragraphs built from pool sentences with substituted numbers/places."""
    rng = random.Random(seed)
    out = []
    idx = list(range(len(pool)))
    rng.shuffle(idx)
    k = start
    for _ in range(n_paras):
        sents = []
        for _ in range(per):
            s = pool[idx[k % len(idx)]]
            k += 1
            s = s.format(P=rng.choice(PROVS), D=rng.choice(DISTS), N1=rng.randint(12, 96),
                         N2=rng.randint(14, 480), Y=rng.choice([2024, 2025]))
            sents.append(s)
        out.append(" ".join(sents))
    return out


def words(s):
    return len(s.split())


# ---------------- chrome ----------------
SIDEBAR_TITLES = [
    "Khai mạc hội chợ hàng nông sản vùng cao", "Sửa chữa cầu treo qua suối Nậm Khoa", "Giải việt dã báo tỉnh lần thứ 30",
    "Tăng cường phòng chống cháy rừng mùa khô", "Đón nhận bằng di tích lịch sử cấp tỉnh",
    "Ra quân làm đường giao thông nông thôn",
    "Hội nghị tổng kết công tác dân vận", "Khánh thành trường mầm non xã biên giới", "Trao học bổng cho học sinh nghèo vượt khó",
    "Kiểm tra an toàn thực phẩm dịp cuối năm", "Thu hoạch vải thiều sớm được giá", "Tập huấn nghiệp vụ cho cán bộ tư pháp",
    "Hỗ trợ ngư dân bám biển dài ngày", "Khởi công dự án nâng cấp tỉnh lộ 12", "Vận động hiến máu tình nguyện đợt hai",
    "Phát động tết trồng cây đời đời nhớ ơn Bác", "Xét xử vụ án gian lận bảo hiểm y tế", "Nâng cao chất lượng bữa ăn bán trú",
]


def side_box(title, seed, n=8, cls="box-news", date_fmt="{d:02d}/{m:02d}/{y} {h:02d}:{mi:02d}"):
    rng = random.Random(seed)
    items = []
    for i in range(n):
        t = SIDEBAR_TITLES[(seed * 7 + i * 5) % len(SIDEBAR_TITLES)]
        d = date_fmt.format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.choice([2022, 2023, 2024]),
                            h=rng.randint(6, 22), mi=rng.randint(0, 59))
        items.append(f'<li><a href="/tin/{seed}-{i}.html" title="{t}">{t}</a> <span class="time">{d}</span></li>')
    return f'<div class="{cls}"><h3 class="box-title">{title}</h3><ul>{"".join(items)}</ul></div>\n'


MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Chuyển đổi số", "Pháp luật", "Văn hóa", "Thể thao",
        "Quốc tế", "Nông thôn mới", "Giáo dục", "Y tế", "Du lịch", "Bạn đọc", "Video", "Ảnh", "E-magazine"]


def menu(cls="main-menu", sub=True):
    lis = []
    for i, m in enumerate(MENU):
        subs = ""
        if sub and i % 3 == 1:
            subs = "<ul class='sub'>" + "".join(f"<li><a href='/c/{i}-{j}'>{m} - mục {j}</a></li>" for j in range(1, 5)) + "</ul>"
        lis.append(f'<li class="m-{i}"><a href="/chuyen-muc/{i}.html">{m}</a>{subs}</li>')
    return f'<nav class="{cls}"><ul>{"".join(lis)}</ul></nav>\n'


def footer(site, addr, cls="footer"):
    return (f'<footer class="{cls}"><div class="ft-info"><p><b>{site}</b></p><p>Địa chỉ: {addr}</p>'
            f'<p>Điện thoại: 0236 3822 415 - Fax: 0236 3822 416 - Email: toasoan@{abs(hash_str(site)) % 997}.example.vn</p>'
            f'<p>Giấy phép hoạt động báo chí điện tử số 112/GP-BTTTT cấp ngày 14/3/2019.</p>'
            f'<p>Tổng Biên tập: Hoàng Văn Nam. Phó Tổng Biên tập: Lý Thị Ngọc, Đào Minh Châu.</p>'
            f'<p>© Bản quyền thuộc về {site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>'
            + menu("ft-menu", sub=False) + '</footer>\n')


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def scripts(seed):
    rng = random.Random(seed)
    zones = ",".join(
        f'{{"zone":"z{rng.randint(1000, 9999)}","size":[{rng.choice([300, 728, 970])},{rng.choice([90, 250, 600])}]}}'
                     for _ in range(12))
    return ('<script async src="https://ads.example-adnet.vn/tag.js"></script>\n'
            f'<script>window.adZones=[{zones}];var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-{seed}123-1"]);</script>\n')


def cookie(cls="cookie-notice"):
    return (f'<div class="{cls}">Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. '
            '<a href="/chinh-sach-bao-mat">Tìm hiểu thêm</a> <button>Đồng ý</button></div>\n')


def share(cls="share-bar"):
    return (f'<div class="{cls}"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="#">In bài</a> <a class="mail" href="#">Gửi email</a> '
            '<span class="font">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span></div>\n')


def comments(seed, n=4):
    rng = random.Random(seed)
    names = ["Nguyễn Văn Bình", "Trần Mai", "Độc giả Hải Dương", "Lê Thành", "Phương Thảo", "Bạn đọc Cần Thơ"]
    msgs = ["Bài viết rất thiết thực, mong tỉnh sớm nhân rộng.", "Ở xã tôi mạng còn chập chờn lắm.",
            "Cảm ơn báo đã phản ánh kịp thời.", "Mong có thêm hướng dẫn cụ thể cho người già.",
            "Thông tin hữu ích, tôi sẽ chia sẻ cho gia đình.", "Cần kiểm tra lại số liệu này."]
    items = "".join(f'<li class="cmt"><b>{rng.choice(names)}</b> <span class="cmt-time">{rng.randint(1, 28):02d}/0'
                    f'{rng.randint(1, 9)}/2024 {rng.randint(7, 22)}:{rng.randint(10, 59)}</span><p>{rng.choice(msgs)}</p></li>'
                    for _ in range(n))
    return ('<div class="comment-box"><h4>Ý kiến bạn đọc</h4><ul>' + items + '</ul>'
            '<div class="pager"><a href="#">1</a> <a href="#">2</a> <a href="#">Sau »</a></div>'
            '<form class="cmt-form"><textarea placeholder="Nhập ý kiến của bạn"></textarea>'
            '<input type="text" placeholder="Họ tên"><button>Gửi bình luận</button></form></div>\n')


def tags(ts, cls="tags"):
    return f'<div class="{cls}"><span>Từ khóa:</span> ' + " ".join(
        f'<a href="/tag/{i}.html">{t}</a>' for i, t in enumerate(ts)) + '</div>\n'


def pad(doc, min_bytes=None, seed=1):
    """Append a non-visible config script until the page reaches min_bytes."""
    if min_bytes is None:
        min_bytes = 26500 + (seed * 3697) % 30000
    size = len(doc.encode("utf-8"))
    if size >= min_bytes:
        return doc
    rng = random.Random(seed)
    need = min_bytes - size + 200
    chunks = []
    while sum(len(c) for c in chunks) < need:
        chunks.append(f'"k{rng.randint(100000, 999999)}":"{rng.getrandbits(64):016x}{rng.getrandbits(64):016x}",')
    blob = '<script type="text/javascript">var __cfg={' + "".join(chunks) + '"end":1};</script>\n'
    return doc.replace("</body>", blob + "</body>", 1)


def esc(s):
    return html.escape(s, quote=False)


def text_of(blocks):
    out = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind in ("p", "h", "quote"):
            out.append(val)
        elif kind == "ul":
            out.append("\n".join(val))
        elif kind == "table":
            out.append("\n".join(" | ".join(r) for r in val))
    return "\n\n".join(out)


def render_blocks(blocks, p="<p>{}</p>", h="<h2>{}</h2>", img=None, related=None, quote=None):
    out = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "p":
            out.append(p.format(esc(val)))
        elif kind == "h":
            out.append(h.format(esc(val)))
        elif kind == "quote":
            out.append((quote or "<blockquote><p>{}</p></blockquote>").format(esc(val)))
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in val)
            out.append(f'<table class="tbl" border="1"><tbody>{rows}</tbody></table>')
        elif kind == "img":
            fmt = img or ('<figure class="image"><img src="https://cdn.example.vn/{0}.jpg" alt="">'
                          '<figcaption>{1}</figcaption></figure>')
            out.append(fmt.format(b[2] if len(b) > 2 else "anh", esc(val)))
        elif kind == "related":
            fmt = related or '<div class="related-inline"><b>Xem thêm:</b> {}</div>'
            out.append(fmt.format(" ".join(f'<a href="/lq/{i}.html">{esc(x)}</a>' for i, x in enumerate(val))))
    return "\n".join(out) + "\n"


# ---------------- visible text ----------------
class _Vis(HTMLParser):
    SKIP = frozenset({"head", "script", "style", "noscript", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag in ("br", "p", "div", "li", "td", "tr", "h1", "h2", "h3", "h4"):
            self.parts.append(" ")
        if tag == "img":
            pass

    def handle_startendtag(self, tag, attrs):
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(doc):
    v = _Vis()
    v.feed(doc)
    v.close()
    t = unicodedata.normalize("NFC", "".join(v.parts))
    return re.sub(r"\s+", " ", t).strip()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
