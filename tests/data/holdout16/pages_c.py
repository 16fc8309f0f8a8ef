"""Pages 13-16: e-magazine long-form with inline base64 image, CMC city portal, Viettel health brief, FPT commune brief."""
import base64
import random
import struct
import zlib

from common import (
    COOKIE,
    E,
    ads_script,
    comments,
    extra_chrome,
    footer,
    link_box,
    menu,
    page,
    render_blocks,
    share_bar,
    sidebar,
    tags,
    truth,
    truth_text,
)


def noise_png(seed, w=320, h=240):
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + rng.randbytes(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


EMAG_SECTIONS = [
    ("h", "Từ những bản làng chưa có sóng"),
    ("p", "Năm 2019, khi đoàn khảo sát của tỉnh lần đầu đến xã Nà Pàn, cả xã chỉ có hai điểm bắt được sóng điện thoại di động: "
          "một trên đồi sau trụ sở xã và một ở khúc cua đầu bản Khuổi. Muốn gọi điện về huyện, cán bộ xã phải leo lên đồi, "
          "đứng trên một tảng đá mà người dân quen gọi là hòn đá nghe điện thoại. Thông báo của cấp trên về đến thôn thường "
          "chậm vài ngày, có khi chậm cả tuần nếu gặp mưa lũ chia cắt đường."),
    ("p", "Sáu năm sau, Nà Pàn đã có ba trạm phát sóng di động, cáp quang kéo đến tất cả các thôn và nhà văn hóa. Người dân "
          "trồng quế, nuôi ong trong xã bán sản phẩm qua mạng, nhận tiền qua tài khoản ngân hàng. Câu chuyện của Nà Pàn không "
          "phải là duy nhất; nó là một lát cắt của hành trình chuyển đổi số mà tỉnh Hòa Giang theo đuổi trong nhiệm kỳ qua, với "
          "không ít khó khăn và cả những bài học chưa trọn vẹn."),
    ("p", "Bà Lục Thị Sen, trưởng bản Khuổi, nhớ lại những ngày đầu có sóng điện thoại, cả bản kéo nhau ra nhà văn hóa để xem "
          "con cháu gọi video từ khu công nghiệp ở miền xuôi về. Có cụ già khóc khi lần đầu nhìn thấy mặt cháu nội qua màn hình "
          "nhỏ. Với bà, thay đổi lớn nhất không nằm ở chiếc điện thoại mà ở cảm giác bản làng không còn bị bỏ lại phía sau."),
    ("h", "Hạ tầng đi trước một bước"),
    ("p", "Theo Sở Khoa học và Công nghệ, từ năm 2020 đến nay, các doanh nghiệp viễn thông đã đầu tư gần 600 trạm phát sóng mới "
          "trên địa bàn tỉnh, trong đó hơn một nửa là tại các xã vùng cao. Nguồn vốn chủ yếu từ chương trình cung cấp dịch vụ "
          "viễn thông công ích, kết hợp với vốn của doanh nghiệp. Tỉnh hỗ trợ bằng cách giải phóng mặt bằng nhanh, miễn tiền "
          "thuê đất cho vị trí đặt trạm và vận động người dân hiến đất làm đường kéo cáp."),
    ("p", "Ông Vương Đình Nghĩa, nguyên cán bộ kỹ thuật của một nhà mạng, kể rằng có trạm phải dùng ngựa thồ thiết bị lên đỉnh "
          "núi vì xe không đi được. Đội thi công ăn ngủ tại lán suốt hai tháng, mùa mưa thì cả tuần không xuống được chân núi. "
          "Khi trạm phát sóng, cả xã bên dưới mang gà, mang rượu lên chúc mừng, một kỷ niệm mà ông nói sẽ nhớ mãi."),
    ("p", "Đến cuối năm 2024, tỷ lệ thôn, bản có sóng di động băng rộng của tỉnh đạt 99,2%, tỷ lệ hộ gia đình có đường truyền "
          "cáp quang đạt 81%. Những con số này đặt nền móng cho mọi bước đi tiếp theo, bởi không thể nói chuyện dịch vụ công "
          "trực tuyến hay thương mại điện tử khi người dân chưa có kết nối ổn định."),
    ("table", [["Chỉ tiêu", "Năm 2020", "Năm 2024"], ["Thôn, bản có sóng di động băng rộng", "87,5%", "99,2%"],
               ["Hộ gia đình có cáp quang", "42%", "81%"], ["Người trưởng thành có điện thoại thông minh", "58%", "86%"],
               ["Hồ sơ thủ tục hành chính nộp trực tuyến", "6%", "54%"]]),
    ("h", "Chính quyền học cách làm việc trên môi trường số"),
    ("p", "Hạ tầng chỉ là điều kiện cần. Thay đổi khó hơn nằm ở cách làm việc của chính bộ máy. Năm 2021, tỉnh bắt đầu yêu cầu "
          "toàn bộ văn bản giữa các cơ quan nhà nước được gửi, nhận qua hệ thống quản lý văn bản điều hành và ký số. Thời gian "
          "đầu, nhiều cán bộ lớn tuổi vẫn in văn bản ra giấy để đọc, rồi mới vào máy ký. Có đơn vị giữ song song cả sổ công văn "
          "giấy để cho chắc."),
    ("p", "Bà Chu Thị Hạnh, chánh văn phòng một huyện cũ, thừa nhận năm đầu tiên là khoảng thời gian vất vả. Mạng chập chờn, "
          "phần mềm lỗi, chữ ký số hết hạn đúng lúc cần ký gấp. Văn phòng phải lập nhóm trực kỹ thuật, có số điện thoại nóng để "
          "các phòng gọi khi gặp sự cố. Dần dần, mọi người quen và thấy tiện, nhất là khi đi công tác vẫn xử lý được văn bản."),
    ("p", "Đến nay, 100% văn bản đi, đến giữa các cơ quan hành chính của tỉnh là văn bản điện tử, trừ văn bản mật. Các cuộc họp "
          "của UBND tỉnh sử dụng hệ thống phòng họp không giấy, tài liệu được gửi trước trên máy tính bảng. Theo tính toán của "
          "Văn phòng UBND tỉnh, mỗi năm tiết kiệm được khoảng 18 tỷ đồng chi phí in ấn, gửi văn bản và đi lại."),
    ("quote", "Chuyển đổi số trong cơ quan nhà nước trước hết là chuyển đổi thói quen. Công nghệ có thể mua được, còn thói "
              "quen thì phải thay đổi từng ngày."),
    ("h", "Dịch vụ công: từ con số đẹp đến trải nghiệm thật"),
    ("p", "Có một giai đoạn, tỷ lệ hồ sơ trực tuyến trở thành chỉ tiêu thi đua, và cũng vì thế mà xuất hiện tình trạng cán bộ "
          "nộp hộ hồ sơ cho người dân để làm đẹp số liệu. Tỉnh đã phải điều chỉnh cách đánh giá, chuyển sang đo mức độ hài lòng "
          "và tỷ lệ hồ sơ người dân tự nộp. Số liệu sau điều chỉnh thấp hơn, nhưng phản ánh đúng hơn thực tế."),
    ("p", "Ở bộ phận một cửa phường Đông Sơn, chị Giàng Thị Mỷ, công chức tư pháp, cho biết mỗi buổi sáng chị dành khoảng một "
          "giờ để hướng dẫn người dân tự thao tác trên điện thoại. Nhiều người lúc đầu ngại, sợ bấm sai, nhưng sau một hai lần "
          "thì tự làm được và còn về hướng dẫn lại cho hàng xóm. Chị gọi đó là cách lan tỏa chậm mà chắc."),
    ("p", "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình của tỉnh đạt 54%, trong đó khoảng hai phần ba là "
          "do người dân và doanh nghiệp tự nộp. Thời gian giải quyết trung bình của các thủ tục về đăng ký kinh doanh giảm từ "
          "ba ngày xuống còn một ngày rưỡi. Số lượt phản ánh về thái độ phục vụ giảm gần một nửa so với năm 2021."),
    ("ul", ["Hơn 1.400 thủ tục hành chính được cung cấp trực tuyến", "Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt 92%",
            "Tỷ lệ hồ sơ trả kết quả đúng hạn đạt 98,6%", "Mức độ hài lòng của người dân đạt 93 điểm trên thang 100"]),
    ("h", "Những tổ công nghệ số ở thôn, bản"),
    ("p", "Nếu phải chọn một mô hình tạo ra khác biệt, nhiều cán bộ cơ sở sẽ nhắc đến tổ công nghệ số cộng đồng. Mỗi thôn có "
          "một tổ gồm trưởng thôn, bí thư chi đoàn, công an viên và một vài người trẻ biết dùng điện thoại thông minh. Họ đến "
          "từng nhà hướng dẫn cài ứng dụng, kích hoạt tài khoản định danh, mở tài khoản ngân hàng và cảnh báo các chiêu lừa "
          "đảo."),
    ("p", "Anh Hầu Seo Chứ, 27 tuổi, tổ trưởng tổ công nghệ số thôn Lũng Cẩm, kể có đợt anh phải đi bộ hơn một tiếng để đến "
          "nhà một cụ già sống một mình, chỉ để giúp cụ cài ứng dụng nhận lương hưu qua tài khoản. Anh nói công việc không có "
          "phụ cấp nhiều, nhưng được người già trong thôn tin tưởng gọi đến mỗi khi điện thoại có vấn đề là niềm vui lớn."),
    ("p", "Toàn tỉnh hiện có hơn 2.100 tổ công nghệ số cộng đồng với khoảng 9.800 thành viên. Tỉnh đã tổ chức các lớp tập huấn "
          "ngắn ngày, biên soạn sổ tay hướng dẫn bằng tiếng phổ thông và ba thứ tiếng dân tộc. Một số xã còn lập nhóm trò "
          "chuyện trực tuyến để các tổ hỗ trợ nhau giải đáp những tình huống khó."),
    ("h", "Kinh tế số từ những sản phẩm quê"),
    ("p", "Ở huyện miền núi phía tây, hợp tác xã chè Tân Cương Hòa Giang bắt đầu bán hàng qua các nền tảng trực tuyến từ năm "
          "2022. Giám đốc hợp tác xã, ông Lò Văn Thắng, cho biết năm đầu doanh số trực tuyến chỉ chiếm khoảng 5%, đến năm 2024 "
          "đã lên gần 40%. Hợp tác xã thuê hai bạn trẻ trong bản làm livestream mỗi tối, giới thiệu quy trình hái và sao chè."),
    ("p", "Tuy vậy, không phải hộ nào đưa sản phẩm lên mạng cũng thành công. Nhiều gian hàng mở ra rồi bỏ đó vì không có người "
          "quản lý, không đáp ứng được yêu cầu đóng gói và giao hàng. Sở Công Thương đánh giá điểm nghẽn hiện nay là chuỗi hậu "
          "cần ở vùng cao: chi phí vận chuyển một kiện hàng nhỏ đôi khi chiếm đến một phần ba giá trị sản phẩm."),
    ("p", "Để tháo gỡ, tỉnh đang thí điểm các điểm gom hàng đặt tại bưu điện văn hóa xã, nơi người dân mang sản phẩm đến, được "
          "hỗ trợ đóng gói, dán mã và gửi đi theo chuyến cố định trong tuần. Mô hình bước đầu giúp giảm khoảng 25% chi phí vận "
          "chuyển cho các hộ sản xuất nhỏ lẻ."),
    ("h", "Dữ liệu: tài sản chưa được khai thác hết"),
    ("p", "Trong các cuộc trao đổi, nhiều cán bộ chuyên môn đều nhắc đến dữ liệu như điểm yếu lớn nhất. Tỉnh có hàng chục phần "
          "mềm chuyên ngành, nhưng dữ liệu nằm rải rác, mỗi hệ thống một chuẩn, nhiều nơi vẫn nhập tay từ báo cáo giấy. Việc kết "
          "nối với các cơ sở dữ liệu quốc gia về dân cư, đất đai, doanh nghiệp mới được đẩy mạnh trong hai năm gần đây."),
    ("p", "Kỹ sư Tô Thị Ngân, phụ trách trung tâm dữ liệu của tỉnh, cho rằng làm sạch dữ liệu là công việc thầm lặng, ít ai thấy "
          "nhưng quyết định tất cả. Chỉ riêng việc chuẩn hóa tên thôn, bản sau các lần sáp nhập đã mất nhiều tháng, vì cùng "
          "một thôn có thể được ghi theo bốn, năm cách khác nhau trong các hệ thống."),
    ("h", "Chặng đường phía trước"),
    ("p", "Sau khi sắp xếp đơn vị hành chính và vận hành chính quyền địa phương hai cấp, khối lượng công việc của cấp xã tăng "
          "lên đáng kể, trong khi nhiều công chức được điều động từ huyện về chưa quen với phần mềm ở cơ sở. Tỉnh xác định "
          "giai đoạn tới phải tập trung đào tạo lại đội ngũ, hoàn thiện nền tảng dùng chung và bảo đảm an toàn thông tin."),
    ("p", "Trở lại Nà Pàn vào một buổi chiều cuối năm, chúng tôi gặp lại tảng đá nghe điện thoại trên đồi. Giờ không ai còn "
          "phải leo lên đó để gọi điện, nhưng người dân vẫn giữ lại như một dấu mốc. Bọn trẻ trong bản ngồi trên tảng đá, cầm "
          "điện thoại học tiếng Anh trực tuyến. Hành trình chuyển đổi số của một tỉnh miền núi, có lẽ, được đo bằng chính những "
          "khoảnh khắc bình dị như thế."),
]


def p_emag():
    tp = "emag-so-khcn-inline-base64"
    rng = random.Random(301)
    title = "Hành trình số hóa từ hòn đá nghe điện thoại"
    lead = ("Từ những bản làng phải leo đồi mới bắt được sóng, Hòa Giang đã đi một chặng đường dài để đưa chính quyền, người "
            "dân và doanh nghiệp lên môi trường số. Hành trình ấy có cả thành quả và những bài học chưa trọn vẹn.")
    credit = "Nội dung: Phạm Hải Yến, Đỗ Quang Vinh | Ảnh: Lưu Bình | Thiết kế: Hà Chi"
    date_str = "Ngày xuất bản: 02/09/2025"
    avoid = (2025, 9, 2)
    b64 = base64.b64encode(noise_png(3011)).decode()
    blocks = list(EMAG_SECTIONS)
    blocks.insert(5, ("raw", f'<figure class="emag-full"><img alt="" src="data:image/png;base64,{b64}">'
                             '<figcaption>Trạm phát sóng trên đỉnh núi phía bắc xã Nà Pàn.</figcaption></figure>'))
    blocks.insert(16, ("img", "/emag/2025/hanh-trinh-so/anh-3.jpg", "Bộ phận một cửa phường Đông Sơn giờ cao điểm.", "figure"))
    head = (f"<title>E-magazine: {E(title)} | Sở Khoa học và Công nghệ Hòa Giang</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta property="og:type" content="article">\n'
            '<link rel="stylesheet" href="/emagazine/assets/emag.css?v=7">\n'
            '<style>.emag-cover{height:100vh;background:#111}.emag-body{max-width:760px;margin:0 auto;font-family:Merriweather}'
            '.emag-body h3{font-size:28px;text-transform:uppercase}.credit{font-style:italic}</style>')
    body = f"""<body class="emagazine">
<div class="emag-topbar"><a href="/" class="logo">Sở Khoa học và Công nghệ tỉnh Hòa Giang</a> <a href="/emagazine"
class="back">« Các bài E-magazine</a>
<div class="emag-nav">{menu("emag-menu", sub=False)}</div></div>
<div class="emag-cover" style="background-image:url(/emag/2025/hanh-trinh-so/cover.jpg)">
<div class="cover-text"><span class="kicker">E-MAGAZINE</span><h1 class="emag-title">{E(title)}</h1></div></div>
<div class="emag-body">
<div class="emag-meta"><span class="date">{date_str}</span></div>
<div class="emag-credit credit"><p>{E(credit)}</p></div>
<div class="emag-sapo"><p>{E(lead)}</p></div>
<div class="emag-content">
{render_blocks(blocks, hx="h3")}
</div>
{share_bar("emag-share")}
{tags(["e-magazine", "chuyển đổi số", "Nà Pàn", "tổ công nghệ số"])}
</div>
{sidebar(rng, "E-magazine khác", 8, avoid, "emag-others", fmt=0)}
{sidebar(rng, "Tin mới", 8, avoid, "emag-new", fmt=1)}
{footer("Sở Khoa học và Công nghệ tỉnh Hòa Giang", "Số 9 đường Cù Chính Lan, phường Hòa Bình, tỉnh Hòa Giang", "0229.3854.330",
"skhcn@hoagiang.example.vn", 2025)}
{ads_script(3012)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": "Phạm Hải Yến, Đỗ Quang Vinh",
            "truth": truth("",
                "https://emag-so-khcn-inline-base64.example.vn/emagazine/hanh-trinh-so-hoa-tu-hon-da-nghe-dien-thoai.html",
                           tp, ["emagazine", "long-form", "inline-base64-image", "credit-block", "date-only",
                                "table", "quote", "no-meta-date"],
                           True, True, title, lead, "Phạm Hải Yến, Đỗ Quang Vinh", "2025-09-02T00:00:00+07:00", False,
                           truth_text(blocks))}


def p_cmc():
    tp = "cmc-city-portal-mvc"
    rng = random.Random(302)
    title = "Thành phố Bình Giang thí điểm ứng dụng công dân số tích hợp 30 tiện ích"
    lead = ("Ứng dụng công dân số của thành phố Bình Giang chính thức ra mắt, cho phép người dân gửi phản ánh, tra cứu hồ sơ, "
            "đặt lịch khám bệnh, đóng học phí và nhận thông báo khẩn cấp trên cùng một nền tảng.")
    blocks = [
        ("p", "Sáng 16/5, UBND thành phố Bình Giang tổ chức lễ ra mắt ứng dụng công dân số, sản phẩm được xây dựng trên nền "
              "tảng dùng chung của tỉnh. Trong giai đoạn thí điểm, ứng dụng tích hợp 30 tiện ích thuộc bảy nhóm lĩnh vực, từ "
              "hành chính công, y tế, giáo dục đến giao thông và du lịch."),
        ("p", "Người dân đăng nhập bằng tài khoản định danh điện tử, không phải tạo thêm tài khoản mới. Mọi phản ánh gửi qua ứng "
              "dụng được chuyển thẳng tới cơ quan có thẩm quyền, người gửi theo dõi được tiến độ xử lý và đánh giá mức độ hài "
              "lòng khi nhận kết quả."),
        ("h", "Kết nối dữ liệu từ nhiều ngành"),
        ("p", "Theo lãnh đạo Phòng Văn hóa, Khoa học và Thông tin thành phố, khó khăn lớn nhất khi xây dựng ứng dụng là kết nối "
              "dữ liệu từ nhiều hệ thống khác nhau. Các bệnh viện, trường học dùng phần mềm của nhiều nhà cung cấp, nên thành "
              "phố "
              "phải làm việc với từng đơn vị để thống nhất chuẩn trao đổi dữ liệu."),
        ("p", "Trong tháng đầu thí điểm, thành phố đặt mục tiêu có 30.000 tài khoản kích hoạt, tương đương khoảng 20% người "
              "trưởng "
              "thành. Đoàn thanh niên các phường sẽ tổ chức điểm hỗ trợ cài đặt tại chợ, trường học và khu dân cư vào cuối "
              "tuần."),
        ("p", "Ông Đoàn Hữu Phúc, Chủ tịch UBND thành phố, đề nghị các cơ quan không để phản ánh của người dân quá hạn, coi ứng "
              "dụng là kênh đối thoại thường xuyên giữa chính quyền và người dân. Thành phố sẽ công khai định kỳ kết quả xử lý "
              "phản ánh của từng đơn vị trên ứng dụng."),
    ]
    credit = "Thực hiện: Nhóm PV"
    date_str = "Thời gian đăng: 11:20 SA, 16/05/2024"
    avoid = (2024, 5, 16)
    head = (f"<title>{E(title)} - Cổng thông tin điện tử thành phố Bình Giang</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<meta property="og:type" content="article">\n'
            '<meta property="article:published_time" content="2024-05-15T08:00:00+07:00">\n'
            '<link href="/Content/bootstrap.min.css" rel="stylesheet">\n<link href="/Content/cmcportal/site.css" '
            'rel="stylesheet">\n'
            '<script src="/Scripts/jquery-3.4.1.min.js"></script>\n<script src="/Scripts/modernizr-2.8.3.js"></script>')
    body = f"""<body>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq2x7mK0pVtR4hZ9bLw3eYsUa1oGiF6cD5jHnM8kPqT">
<div class="cmc-topbar"><div class="container"><span>Hôm nay: Thứ Sáu, 05/12/2025</span><a href="/Account/Login"
class="pull-right">Đăng nhập</a></div></div>
<header class="cmc-header"><div class="container"><a href="/"><img src="/Content/cmcportal/img/banner-binhgiang.png"
alt="Cổng thông tin điện tử thành phố Bình Giang"></a></div></header>
<nav class="navbar navbar-default cmc-menu"><div class="container">{menu("nav navbar-nav")}</div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li
class="active">Chuyển đổi số</li></ol>
<div class="row"><div class="col-md-8">
<div class="PortletDetail news-detail-content">
<h1 class="NewsTitle">{E(title)}</h1>
<div class="NewsDate"><i class="fa fa-clock-o"></i> {date_str}</div>
{share_bar("NewsTools")}
<div class="NewsSummary"><strong>{E(lead)}</strong></div>
<div class="NewsContent" id="ContentNews">{render_blocks(blocks)}</div>
<div class="NewsAuthor" style="text-align:right"><strong>{E(credit)}</strong></div>
{tags(["công dân số", "Bình Giang", "đô thị thông minh"], "NewsTags")}
</div>
{comments(rng, 4, "cmc-comments")}
{sidebar(rng, "Tin liên quan", 8, avoid, "RelatedNews", fmt=2)}
</div>
<div class="col-md-4">{sidebar(rng, "Tin nổi bật", 8, avoid, "portlet hot-news")}{sidebar(rng, "Tin mới", 10, avoid, "portlet",
fmt=1)}{link_box()}</div>
</div></div>
<footer class="cmc-footer">{footer("UBND thành phố Bình Giang", "Số 1 đường Quang Trung, phường Bình Giang, tỉnh Hòa Giang",
"0229.3833.100", "vpub@binhgiang.example.vn", 2024)}
<p class="dev">Thiết kế và phát triển bởi CMC</p></footer>
{COOKIE}
{extra_chrome(3021)}
{ads_script(3022)}
</body>"""
    return {"html": page(head, body), "date_str": date_str, "credit": credit,
            "truth": truth("",
                "https://cmc-city-portal-mvc.example.vn/tin-tuc/chuyen-doi-so/thi-diem-ung-dung-cong-dan-so-4fa2c1.html",
                           tp, ["aspnet-mvc", "12h-sa", "time-before-date", "stale-meta-date", "nhom-pv-author",
                                "thuc-hien-label", "current-date-in-topbar"],
                           True, True, title, lead, "Nhóm PV", "2024-05-16T11:20+07:00", True, truth_text(blocks))}


def p_viettel_brief():
    tp = "viettel-so-yte-brief"
    rng = random.Random(303)
    title = "Ghi nhận thêm 46 ca mắc sốt xuất huyết trong tuần"
    lead = "Trung tâm Kiểm soát bệnh tật tỉnh cho biết số ca sốt xuất huyết tiếp tục tăng tại ba phường ven sông."
    blocks = [
        ("p", "Trong tuần từ ngày 20 đến 27/2, toàn tỉnh ghi nhận 46 ca mắc sốt xuất huyết, tăng 11 ca so với tuần trước, chưa "
              "có trường hợp tử vong. Các ca bệnh tập trung chủ yếu ở phường Đông Sơn, phường Bắc Hòa và xã Quảng Yên."),
        ("p", "Ngành y tế đã phun hóa chất diệt muỗi tại 14 ổ dịch, phát động chiến dịch diệt bọ gậy tại các khu dân cư. Người "
              "dân được khuyến cáo đậy kín dụng cụ chứa nước, thả cá vào bể nước lớn, ngủ màn cả ban ngày và đến cơ sở y tế "
              "ngay khi có biểu hiện sốt cao liên tục, xuất huyết dưới da."),
        ("p", "Trung tâm Kiểm soát bệnh tật đề nghị các trạm y tế xã, phường tăng cường giám sát, báo cáo ca bệnh hằng ngày, "
              "không "
              "để dịch lan rộng."),
    ]
    date_str = "14:05 | 28/02/2025"
    avoid = (2025, 2, 28)
    head = (f"<title>{E(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/vportal/themes/syt/css/main.css">\n'
            '<script src="/vportal/js/vendor.bundle.js"></script>')
    body = f"""<body class="vportal syt">
<div id="vp-header"><div class="container"><a href="/" class="logo"><img src="/vportal/themes/syt/img/logo.png"
alt="Sở Y tế tỉnh Hòa Giang"></a>
<div class="hotline">Đường dây nóng: 1900.9095</div></div></div>
<div id="vp-menu">{menu("vp-nav")}</div>
<div class="container vp-body"><div class="vp-breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a
href="/tin-tuc/y-te-du-phong">Y tế dự phòng</a></div>
<div class="row"><div class="col-lg-9">
<div class="vp-article" data-article-id="88213">
<h2 class="vp-article-title">{E(title)}</h2>
<div class="vp-article-meta"><span class="vp-time">{date_str}</span> <span class="vp-view">Lượt xem: 402</span></div>
<div class="vp-article-sapo">{E(lead)}</div>
<div class="vp-article-content">{render_blocks(blocks)}</div>
<div class="vp-article-author" style="text-align:right"><strong>PV</strong></div>
</div>
{sidebar(rng, "Tin cùng chuyên mục", 10, avoid, "vp-samecat", fmt=2)}
</div><div class="col-lg-3">{sidebar(rng, "Tin mới", 12, avoid, "vp-box", fmt=1)}{sidebar(rng, "Thông báo", 8, avoid,
"vp-box")}{link_box()}</div></div></div>
<div id="vp-footer">{footer("Sở Y tế tỉnh Hòa Giang", "Số 33 đường Phan Chu Trinh, phường Hòa Bình, tỉnh Hòa Giang",
"0229.3857.003", "syt@hoagiang.example.vn", 2025)}
<p>Giải pháp cổng thông tin: Viettel</p></div>
{extra_chrome(3031, 10)}
{ads_script(3032)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("",
                "https://viettel-so-yte-brief.example.vn/tin-tuc/y-te-du-phong/ghi-nhan-them-46-ca-sot-xuat-huyet-88213",
                           tp, ["viettel-portal", "brief", "off-topic-health", "time-pipe-date", "pv-author", "no-meta-date"],
                           True, False, title, lead, "PV", "2025-02-28T14:05+07:00", True, truth_text(blocks))}


def p_fpt_brief():
    tp = "fpt-egov-xa-brief-toi"
    rng = random.Random(304)
    title = "Xã Lạc Long ra mắt điểm wifi miễn phí tại chợ trung tâm"
    lead = ""
    blocks = [
        ("p", "Tối 3/10, UBND xã Lạc Long phối hợp với doanh nghiệp viễn thông đưa vào sử dụng điểm phát wifi miễn phí tại chợ "
              "trung tâm xã. Điểm phát có ba thiết bị, phục vụ đồng thời khoảng 200 người truy cập."),
        ("p", "Cùng với việc lắp wifi, xã đã dán mã QR thanh toán cho toàn bộ 96 tiểu thương trong chợ và hướng dẫn bà con sử "
              "dụng ví điện tử, tra cứu thông tin giá cả trên ứng dụng của tỉnh. Tổ công nghệ số cộng đồng sẽ trực tại chợ vào "
              "các buổi sáng chủ nhật để hỗ trợ người dân cài đặt ứng dụng dịch vụ công."),
        ("p", "Đây là công trình chào mừng Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030, góp phần xây dựng chợ văn minh, thanh toán "
              "không dùng tiền mặt trên địa bàn."),
    ]
    author = "Thu Trang"
    date_str = "Đăng ngày: 03/10/2025 - 8:30 tối"
    avoid = (2025, 10, 3)
    head = (f"<title>{E(title)}</title>\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="/egov/Resources/css/xa-layout.css">\n'
            '<script src="/egov/Resources/js/jquery.min.js"></script>')
    body = f"""<body>
<div class="egov-wrapper">
<div class="egov-header"><a href="/"><img src="/egov/Resources/img/banner-laclong.jpg"
alt="Trang thông tin điện tử xã Lạc Long"></a></div>
<div class="egov-menu">{menu("egov-nav")}</div>
<div class="egov-path"><a href="/">Trang chủ</a> › <a href="/pages/tin-tuc.aspx">Tin tức - Sự kiện</a></div>
<div class="egov-main"><div class="egov-left">
<div class="detail-news">
<div class="detail-title"><h1>{E(title)}</h1></div>
<div class="detail-date">{date_str}</div>
<div class="detail-content">{render_blocks(blocks, mode="div")}
<p style="text-align: right;"><em>{E(author)}</em></p></div>
{share_bar("detail-tool")}
</div>
{sidebar(rng, "Tin khác", 12, avoid, "other-news", fmt=2)}
</div>
<div class="egov-right">{sidebar(rng, "Lịch công tác", 6, avoid, "box")}{sidebar(rng, "Tin mới", 12, avoid, "box",
fmt=1)}{link_box()}
<div class="box"><h3>Thống kê truy cập</h3><p>Trực tuyến: 14</p><p>Tổng: 128.905</p></div></div></div>
{footer("UBND xã Lạc Long", "Thôn Chợ, xã Lạc Long, tỉnh Hòa Giang", "0229.3899.771", "laclong@hoagiang.example.vn", 2025,
"egov-footer")}
<div class="egov-copy">Phát triển bởi FPT IS</div></div>
{extra_chrome(3041, 10)}
{ads_script(3042)}
</body>"""
    return {"html": page(head, body), "date_str": date_str,
            "truth": truth("",
                "https://fpt-egov-xa-brief-toi.example.vn/pages/tin-tuc/xa-lac-long-ra-mat-diem-wifi-mien-phi-9981.aspx",
                           tp, ["fpt-egov", "brief", "commune-post-merger", "12h-toi", "italic-right-author",
                                "div-paragraphs", "no-lead", "no-meta-date"],
                           True, True, title, lead, author, "2025-10-03T20:30+07:00", True, truth_text(blocks))}


PAGES = [p_emag, p_cmc, p_viettel_brief, p_fpt_brief]
