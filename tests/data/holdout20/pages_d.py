"""E-magazine long-form (13)."""
from common import E, fake_image_b64, footer, menu, render, rng, side_box, text_of
from shell import doc

SECTIONS = [
    ("h", "Những ngày đầu gian nan"),
    ("p", "Ba năm trước, khi tỉnh Cao Lâm ban hành nghị quyết chuyên đề về chuyển đổi số, nhiều cán bộ xã vùng cao "
          "vẫn còn bỡ ngỡ với khái niệm này. Có xã chỉ có hai chiếc máy tính dùng chung cho cả văn phòng, đường truyền "
          "internet chập chờn, mỗi lần mất điện là mọi việc phải dừng lại."),
    ("p", "Anh Hoàng Văn Sử, công chức văn phòng xã Pả Vi, nhớ lại những buổi đầu tiên tập ký số. Cả xã chỉ có anh và "
          "chủ tịch xã được cấp chứng thư số, trong khi mỗi ngày có hàng chục văn bản cần phát hành. Nhiều hôm anh phải "
          "ngồi lại đến tối để xử lý cho kịp, vì trưởng thôn ở xa cần nhận văn bản ngay trong ngày."),
    ("p", "Người dân cũng chưa quen. Một cụ ông ở thôn Lũng Cẩm đến xã làm giấy xác nhận, nghe cán bộ hướng dẫn nộp "
          "trực tuyến thì lắc đầu, bảo rằng giấy tờ phải cầm trên tay mới yên tâm. Phải mất gần một năm, khi người con "
          "trai đi làm ăn xa nhận được giấy tờ của bố qua điện thoại, cụ mới thực sự tin."),
    ("p", "Những câu chuyện như vậy lặp lại ở khắp các xã. Lãnh đạo tỉnh xác định không thể chỉ ra văn bản chỉ đạo từ "
          "trên xuống, mà phải đi cùng người dân từng bước nhỏ, từ việc cài một ứng dụng đến việc thanh toán một khoản "
          "lệ phí. Chuyển đổi số ở vùng cao, trước hết, là chuyển đổi thói quen."),
    ("h", "Hạ tầng đi trước một bước"),
    ("p", "Năm đầu tiên, tỉnh dồn nguồn lực cho hạ tầng. Các doanh nghiệp viễn thông được đặt hàng phủ sóng di động tới "
          "các thôn, bản chưa có sóng. Mạng truyền số liệu chuyên dùng được kéo về tất cả trụ sở xã, kể cả những xã "
          "phải đi bộ nửa ngày mới tới được điểm cuối của đường cáp."),
    ("p", "Ông Nông Đức Thịnh, Giám đốc Trung tâm Chuyển đổi số tỉnh, kể rằng có những tuyến cáp phải vận chuyển bằng "
          "ngựa thồ qua đèo. Mùa mưa năm ấy, sạt lở làm đứt cáp ba lần, đội kỹ thuật phải ở lại bản hàng tuần để sửa."),
    ("p", "Đến cuối năm thứ hai, toàn tỉnh đã xóa được thôn lõm sóng. Tỷ lệ hộ gia đình có kết nối internet cáp quang "
          "tăng từ 38% lên 71%. Con số này vẫn thấp hơn bình quân cả nước, nhưng với một tỉnh có địa hình chia cắt như "
          "Cao Lâm, đó là một bước tiến lớn."),
    ("p", "Song song với hạ tầng mạng, tỉnh đầu tư trung tâm dữ liệu dùng chung, chuyển toàn bộ phần mềm của các sở, "
          "ngành về một nơi. Việc này giúp tiết kiệm chi phí thuê chỗ đặt máy chủ và bảo đảm an toàn thông tin tốt hơn, "
          "thay vì mỗi đơn vị tự quản lý một vài máy chủ đặt trong phòng làm việc."),
    ("h", "Tổ công nghệ số cộng đồng: cánh tay nối dài"),
    ("p", "Nếu hạ tầng là phần cứng thì tổ công nghệ số cộng đồng là phần mềm của chuyển đổi số ở cơ sở. Mỗi thôn, "
          "bản có một tổ từ ba đến năm người, thường gồm trưởng thôn, bí thư chi đoàn, công an viên và một vài người "
          "trẻ biết dùng điện thoại thông minh."),
    ("p", "Chị Vàng Thị Dính, tổ viên ở bản Sín Chải, mỗi tuần dành hai buổi tối đi đến các nhà trong bản. Chị hướng dẫn "
          "bà con kích hoạt tài khoản định danh, kiểm tra tiền trợ cấp đã về tài khoản chưa, và cả cách nhận biết cuộc "
          "gọi lừa đảo. Chị nói, việc khó nhất không phải là kỹ thuật mà là làm sao để người già không sợ bấm nhầm."),
    ("p", "Hiện toàn tỉnh có gần 1.900 tổ với hơn 8.000 thành viên. Tỉnh hỗ trợ mỗi tổ một khoản kinh phí nhỏ hằng "
          "tháng và tổ chức tập huấn định kỳ. Nhiều tổ đã sáng tạo cách làm riêng, như dựng video ngắn bằng tiếng dân "
          "tộc hoặc lập nhóm trò chuyện trực tuyến để giải đáp thắc mắc."),
    ("h", "Dịch vụ công về tận bản"),
    ("p", "Khi hạ tầng và con người đã sẵn sàng, dịch vụ công trực tuyến bắt đầu phát huy tác dụng. Năm ngoái, tỷ lệ hồ "
          "sơ nộp trực tuyến của cấp xã đạt 64%, tăng gần gấp ba so với năm đầu. Nhiều thủ tục như đăng ký khai sinh, "
          "cấp bản sao trích lục đã có tỷ lệ trực tuyến trên 90%."),
    ("p", "Điều người dân cảm nhận rõ nhất là không phải đi lại nhiều lần. Trước đây, một hồ sơ đất đai có khi phải đi "
          "từ thôn lên xã, từ xã lên huyện vài lượt. Nay hồ sơ được chuyển trên mạng, người dân chỉ đến nhận kết quả, "
          "thậm chí nhận qua bưu điện tại nhà."),
    ("p", "Một số xã còn thí điểm điểm hỗ trợ dịch vụ công đặt tại nhà văn hóa thôn, có máy tính, máy in và người hướng "
          "dẫn. Người dân chỉ cần mang căn cước đến, mọi việc còn lại được tổ công nghệ số hỗ trợ."),
    ("h", "Dữ liệu: tài sản mới của chính quyền"),
    ("p", "Sau ba năm, Cao Lâm đã số hóa được phần lớn sổ hộ tịch từ năm 1990 trở lại đây, dữ liệu đất đai của sáu "
          "huyện và dữ liệu về người có công, bảo trợ xã hội. Những dữ liệu này giúp giảm giấy tờ người dân phải nộp, "
          "đồng thời hỗ trợ chính quyền ra quyết định chính xác hơn."),
    ("p", "Trung tâm giám sát, điều hành thông minh của tỉnh hiện tổng hợp số liệu từ hàng chục hệ thống. Lãnh đạo tỉnh "
          "có thể xem theo thời gian thực số hồ sơ trễ hạn của từng xã, tình hình phản ánh của người dân hay diễn biến "
          "giá cả một số mặt hàng thiết yếu tại các chợ."),
    ("p", "Tuy vậy, chất lượng dữ liệu vẫn là bài toán khó. Nhiều dữ liệu được nhập từ sổ sách cũ, sai sót về tên, ngày "
          "sinh, địa chỉ còn phổ biến. Tỉnh đã phải tổ chức nhiều đợt làm sạch dữ liệu, huy động cả học sinh, sinh viên "
          "tình nguyện tham gia đối chiếu."),
    ("h", "Kinh tế số: cơ hội cho nông sản vùng cao"),
    ("p", "Không chỉ dừng ở chính quyền, chuyển đổi số đang mở ra cơ hội cho nông sản của Cao Lâm. Các hợp tác xã chè, "
          "mận, gạo nếp đặc sản đã có gian hàng trên sàn thương mại điện tử, được hỗ trợ truy xuất nguồn gốc bằng mã QR."),
    ("p", "Anh Sầm Văn Tuấn, giám đốc một hợp tác xã chè shan tuyết, cho biết doanh thu bán trực tuyến năm qua chiếm "
          "khoảng một phần tư tổng doanh thu. Quan trọng hơn, hợp tác xã có được những khách hàng quen ở thành phố, "
          "sẵn sàng trả giá cao cho sản phẩm sạch."),
    ("p", "Thanh toán không dùng tiền mặt cũng dần phổ biến ở các chợ phiên. Người bán rau, bán vải thổ cẩm treo mã QR "
          "ngay tại sạp hàng, du khách không còn phải mang nhiều tiền mặt khi lên vùng cao."),
    ("h", "Chặng đường phía trước"),
    ("p", "Nhìn lại ba năm, lãnh đạo tỉnh thẳng thắn thừa nhận còn nhiều mục tiêu chưa đạt. Tỷ lệ người dân dùng dịch vụ "
          "công trực tuyến toàn trình còn thấp, nhân lực công nghệ thông tin ở cấp xã vẫn thiếu, nhiều phần mềm chưa "
          "kết nối được với nhau."),
    ("p", "Sau khi sắp xếp đơn vị hành chính, số xã của tỉnh giảm gần một nửa, khối lượng công việc của mỗi xã tăng "
          "lên. Điều này càng đòi hỏi chính quyền cơ sở phải vận hành trên nền tảng số, nếu không sẽ khó phục vụ người "
          "dân ở những thôn, bản cách trụ sở hàng chục cây số."),
    ("p", "Trong giai đoạn tới, tỉnh ưu tiên đào tạo kỹ năng số cho cán bộ xã mới, hoàn thiện kho dữ liệu dùng chung và "
          "mở rộng mô hình điểm hỗ trợ dịch vụ công tại thôn. Mục tiêu đặt ra là đến năm 2030, mỗi người dân trưởng "
          "thành đều có thể tự thực hiện các thủ tục thiết yếu trên điện thoại."),
    ("p", "Trên con đường ấy, những người như anh Sử, chị Dính hay anh Tuấn vẫn lặng lẽ góp từng viên gạch nhỏ. Với họ, "
          "chuyển đổi số không phải là khẩu hiệu, mà là chuyện cụ già không phải vượt đèo lên xã, chuyện đứa trẻ được "
          "học trực tuyến, chuyện túi chè của bản làng đến được tay người tiêu dùng ở thành phố."),
]

TABLE = [["Chỉ tiêu", "Năm thứ nhất", "Năm thứ hai", "Năm thứ ba"],
         ["Thôn, bản có sóng 4G", "81%", "94%", "100%"],
         ["Hộ có cáp quang", "38%", "55%", "71%"],
         ["Hồ sơ cấp xã nộp trực tuyến", "22%", "41%", "64%"],
         ["Văn bản ký số cấp xã", "47%", "83%", "98%"],
         ["Tổ công nghệ số cộng đồng", "1.120", "1.760", "1.894"],
         ["Hợp tác xã bán hàng trực tuyến", "35", "88", "142"],
         ["Người dân có tài khoản định danh mức 2", "29%", "52%", "73%"]]


def p13():
    t = "emag-chinh-quyen-so-ban-lang-credit-pipe"
    title = "Chính quyền số từ bản làng: hành trình ba năm của Cao Lâm"
    lead = ("Từ những xã chỉ có hai chiếc máy tính dùng chung, sau ba năm, Cao Lâm đã phủ sóng 4G đến mọi thôn bản, đưa "
            "dịch vụ công về tận nhà văn hóa thôn và bắt đầu khai thác dữ liệu như một tài sản mới của chính quyền.")
    cap = ("img", "Tổ công nghệ số cộng đồng hướng dẫn người dân bản Sín Chải.", "em")
    blocks = SECTIONS[:10] + [("table", TABLE)] + SECTIONS[10:20] + [cap] + SECTIONS[20:]
    credit = "Nội dung: Đinh Ngọc Bích, Lương Văn Sáng | Ảnh: Hà Mạnh | Thiết kế: Bảo Châu"
    author = "Đinh Ngọc Bích, Lương Văn Sáng"
    date_str = "Ngày xuất bản: 01/10/2025 - 06:00"
    r = rng(13)
    hero = fake_image_b64(113, 240000)
    parts = []
    for i, b in enumerate(blocks):
        parts.append(render([b]))
        if b[0] == "h":
            parts.append('<div class="emag-divider" aria-hidden="true"></div>')
    body = """<div class="emag-wrapper"><div class="emag-topbar"><a href="/">BÁO ĐIỆN TỬ CAO LÂM</a> <nav>%s</nav></div>
<section class="emag-hero"><img class="hero-img" alt="" src="data:image/jpeg;base64,%s">
<div class="emag-hero-caption"><span class="emag-label">E-MAGAZINE</span><h1 class="emag-title">%s</h1></div></section>
<div class="emag-credit"><p>%s</p><p class="emag-date">%s</p></div>
<article class="emag-content"><div class="emag-sapo"><p>%s</p></div>
%s
</article>
<div class="emag-share"><a href="#">Chia sẻ</a> <a href="#">Lưu bài</a></div>
<div class="emag-more">%s</div>
<div class="emag-footer">%s</div></div>""" % (menu("emag-nav"), hero, E(title), E(credit), date_str, E(lead),
                                               "\n".join(parts), side_box(r, "E-magazine khác", 6),
                                               footer("Báo Cao Lâm", "Số 3 đường Hoàng Đình Giong, phường Thục Phán",
                                                      "0206.385.3317"))
    return dict(n=13, template=t, url="https://%s.example.vn/emagazine/"
                "chinh-quyen-so-tu-ban-lang-hanh-trinh-ba-nam-196251001.html" % t,
                flags=["emagazine", "long-form", "inline-base64-hero", "credit-block-pipe", "two-authors-comma",
                       "ngay-xuat-ban", "subheadings", "table", "caption-em-paragraph"],
                is_article=True, relevant=True, title=title, lead=lead, author=author, kind="long",
                published_at="2025-10-01T06:00+07:00", time_shown=True, text=text_of(blocks), date_str=date_str,
                credit=[credit], html=doc(title + " | Báo Cao Lâm", '<meta property="og:type" content="article">', body, 13))
