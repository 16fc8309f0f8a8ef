"""Article data, part 2."""
import tpl

A = []

A.append(dict(
    n=5, tpl="sharepoint2019-ministry-publishing", fn=tpl.sharepoint2019_ministry, id="chuan-hoa-du-lieu-giao-duc",
    url="https://sharepoint2019-ministry-publishing.example.vn/Pages/tin-tuc/chuan-hoa-du-lieu-giao-duc.aspx",
    pub="2024-11-04T00:00:00+07:00", time_shown=False, author=None, credit="Cục Công nghệ thông tin",
    flags=["aspnetForm", "date-only", "msonormal", "office-credit", "bold-sapo-in-rte"],
    title="Chuẩn hóa dữ liệu ngành giáo dục phục vụ cấp văn bằng số",
    lead="Bộ đặt mục tiêu đến năm 2025 hoàn thành chuẩn hóa dữ liệu người học từ mầm non đến đại học, làm nền tảng cấp văn bằng, chứng chỉ số.",
    side=[("c1", "Hội thảo về ứng dụng trí tuệ nhân tạo trong dạy học", "01/11/2024"), ("c2", "Ký kết hợp tác đào tạo nhân lực vi mạch", "30/10/2024")],
    blocks=[
        "Tại hội nghị trực tuyến với 63 sở giáo dục và đào tạo ngày 4/11, đại diện Cục Công nghệ thông tin cho biết cơ sở dữ liệu ngành hiện lưu trữ thông tin của gần 24 triệu học sinh, trong đó hơn 22 triệu hồ sơ đã được xác thực với cơ sở dữ liệu quốc gia về dân cư.",
        ("h", "Mỗi người học một mã định danh"),
        "Theo lộ trình, mỗi người học sẽ gắn với một mã định danh duy nhất xuyên suốt các cấp học. Kết quả học tập, văn bằng và chứng chỉ được cập nhật vào hồ sơ số, giúp việc chuyển trường, xét tuyển và tuyển dụng không còn phải nộp bản sao chứng thực.",
        "Năm học 2024-2025, ba địa phương được chọn thí điểm cấp bằng tốt nghiệp trung học cơ sở bản điện tử. Bản điện tử được ký số bởi thủ trưởng cơ quan có thẩm quyền và có thể kiểm tra tính xác thực qua mã QR in trên bản giấy.",
        ("h", "Vướng mắc ở dữ liệu lịch sử"),
        "Khó khăn lớn nhất nằm ở văn bằng được cấp trước năm 2010, chủ yếu còn lưu ở sổ gốc giấy, nhiều nơi đã bị ẩm mốc, rách. Bộ đề nghị các địa phương bố trí kinh phí số hóa sổ gốc, ưu tiên các năm có số lượng người tra cứu lớn.",
        "Lãnh đạo Bộ yêu cầu các sở bảo đảm an toàn thông tin, phân quyền chặt chẽ người được phép cập nhật, sửa đổi dữ liệu, đồng thời công khai đầu mối hỗ trợ để người học phản ánh khi phát hiện sai sót trong hồ sơ của mình.",
    ]))

A.append(dict(
    n=6, tpl="construction-regional-paper", fn=tpl.construction_paper_detail, url="https://construction-regional-paper.example.vn/da-nang-cap-giay-phep-xay-dung-truc-tuyen-tren-moi-truong-so-hoa-ban-ve-d41827.html",
    pub="2024-10-09T07:50:00+07:00", time_shown=True, author="Trần Khánh Linh", author_disp="Bài và ảnh: Trần Khánh Linh",
    flags=["bai-va-anh-label", "time-before-date-pipe", "inline-related-box", "jsonld", "tags", "share-bar", "in-body-subheadings"],
    title="Cấp phép xây dựng trực tuyến: hồ sơ bản vẽ số rút ngắn thời gian còn một nửa",
    lead="Nhờ tiếp nhận hồ sơ bản vẽ dạng số và kiểm tra tự động một số chỉ tiêu quy hoạch, thời gian cấp giấy phép xây dựng nhà ở riêng lẻ tại nhiều quận đã giảm từ 15 ngày xuống còn 7 ngày.",
    side=[("r1", "Ứng dụng mô hình thông tin công trình trong quản lý dự án vốn ngân sách"), ("r2", "Số hóa hồ sơ quy hoạch chi tiết 1/500")],
    blocks=[
        "Từ đầu năm, người dân xin phép xây dựng nhà ở riêng lẻ có thể nộp bản vẽ dưới dạng tệp PDF có chữ ký số của đơn vị tư vấn thiết kế. Hệ thống tự đối chiếu vị trí thửa đất với bản đồ quy hoạch, cảnh báo nếu mật độ xây dựng hoặc số tầng vượt quy định.",
        "Anh Phan Quốc Bảo, một kỹ sư thiết kế, cho biết trước đây mỗi bộ hồ sơ phải in ít nhất ba bản khổ A3, mỗi lần điều chỉnh lại in lại. Nay chỉ cần sửa tệp và nộp lại trên cổng dịch vụ công, tiết kiệm cả chi phí lẫn thời gian đi lại.",
        ("h", "Chuẩn dữ liệu vẫn là điểm nghẽn"),
        "Dù vậy, mới khoảng 40% hồ sơ nộp trực tuyến đáp ứng đầy đủ chuẩn dữ liệu. Nhiều đơn vị tư vấn nhỏ vẫn xuất bản vẽ từ ảnh chụp, không có lớp thông tin, khiến phần mềm không đọc được chỉ giới xây dựng và cán bộ phải kiểm tra thủ công.",
        "Sở Xây dựng đang soạn hướng dẫn kỹ thuật về định dạng bản vẽ điện tử, dự kiến ban hành trong quý I năm sau. Song song, sở phối hợp với hội kiến trúc sư mở các lớp tập huấn miễn phí cho đơn vị tư vấn về cách lập hồ sơ số đúng chuẩn.",
        ("h", "Hướng tới cấp phép toàn trình"),
        "Mục tiêu đến năm 2026 là toàn bộ giấy phép xây dựng nhà ở riêng lẻ được cấp bản điện tử, người dân không phải đến bộ phận một cửa. Dữ liệu giấy phép cũng sẽ được chia sẻ cho chính quyền phường để giám sát việc thi công đúng phép.",
    ]))

A.append(dict(
    n=7, tpl="trade-union-daily", fn=tpl.trade_union_paper, url="https://trade-union-daily.example.vn/cong-doan-so-giup-doan-vien-lam-thu-tuc-tren-dien-thoai-a118922.htm",
    pub="2024-11-18T15:10:00+07:00", time_shown=True, author="Thu Hà", author_disp="Thu Hà",
    flags=["12h-AM-PM-zero-padded", "weekday-prefix", "outlet-prefix-in-lead", "author-box-bottom", "comment-date"],
    title="Công đoàn số giúp đoàn viên làm thủ tục ngay trên điện thoại",
    lead="Ứng dụng Công đoàn số của Liên đoàn Lao động thành phố đã có hơn 120 nghìn đoàn viên cài đặt, cho phép đăng ký hỗ trợ, tra cứu ưu đãi và gửi phản ánh mà không cần giấy tờ.",
    side=[("s1", "Tuyển 300 lao động cho nhà máy điện tử mới", "18/11/2024"), ("s2", "Chương trình Tết Sum vầy năm 2025", "17/11/2024")],
    blocks=[
        "Chị Lương Thị Nga, công nhân một công ty may ở khu công nghiệp Bắc Thăng Long, kể rằng trước đây muốn xin hỗ trợ khi ốm đau phải viết đơn, xin xác nhận của công đoàn cơ sở rồi mang lên quận. Nay chị chỉ cần chụp giấy ra viện và gửi qua ứng dụng.",
        "Theo Ban Tổ chức Liên đoàn Lao động thành phố, ứng dụng được tích hợp dữ liệu đoàn viên của hơn 4.800 công đoàn cơ sở. Đoàn viên đăng nhập bằng tài khoản định danh điện tử nên không phải khai lại thông tin cá nhân.",
        "Bên cạnh thủ tục hỗ trợ, ứng dụng còn có mục ưu đãi với gần 200 doanh nghiệp, siêu thị, phòng khám giảm giá cho đoàn viên. Mục hỏi đáp pháp luật lao động được các luật sư tình nguyện trả lời trong vòng 48 giờ.",
        "Ông Vũ Đình Quý, Phó Chủ tịch Liên đoàn Lao động thành phố, cho biết thách thức lớn là nhiều công đoàn cơ sở ở doanh nghiệp nhỏ chưa cập nhật danh sách đoàn viên thường xuyên. Liên đoàn sẽ đưa việc cập nhật dữ liệu vào tiêu chí đánh giá công đoàn cơ sở vững mạnh.",
        "Năm 2025, ứng dụng dự kiến bổ sung tính năng thanh toán đoàn phí trực tuyến và đăng ký suất mua nhà ở xã hội dành cho công nhân, giảm thời gian chờ đợi và công khai danh sách xét duyệt.",
    ]))

A.append(dict(
    n=8, tpl="provincial-police-daily-table", fn=tpl.police_province_paper, url="https://provincial-police-daily-table.example.vn/tin/de-an-06/lam-can-cuoc-cho-tre-em-duoi-6-tuoi-qua-ung-dung-vneid-105533",
    pub="2024-07-26T10:04:27+07:00", time_shown=True, author="PV", author_disp="PV", meta_author="PV",
    flags=["table-layout", "cap-nhat-luc-only-date", "seconds-time-first", "pv-byline", "meta-author"],
    title="Làm căn cước cho trẻ dưới 6 tuổi qua ứng dụng VNeID: những điều phụ huynh cần biết",
    lead="Phụ huynh có thể đăng ký cấp căn cước cho con dưới 6 tuổi ngay trên ứng dụng VNeID mà không cần đưa trẻ đến cơ quan công an.",
    side=[("t1", "Phá chuyên án mua bán trái phép chất ma túy", "26/07/2024"), ("t2", "Tuyên truyền phòng cháy tại khu trọ công nhân", "25/07/2024")],
    blocks=[
        "Theo Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, với trẻ dưới 6 tuổi, cơ quan công an không thu nhận vân tay và ảnh khuôn mặt. Vì vậy, cha, mẹ hoặc người giám hộ có thể thực hiện toàn bộ thủ tục trên môi trường điện tử.",
        "Để đăng ký, phụ huynh đăng nhập tài khoản định danh điện tử mức độ 2 của mình, chọn mục thủ tục hành chính, sau đó chọn cấp căn cước và khai thông tin của trẻ. Thông tin về nhân thân của trẻ được hệ thống tự động lấy từ cơ sở dữ liệu quốc gia về dân cư.",
        "Phụ huynh có thể chọn nhận thẻ qua đường bưu chính về tận nhà hoặc nhận tại cơ quan công an nơi nộp hồ sơ. Trường hợp trẻ chưa được cấp mã định danh cá nhân, phụ huynh cần làm thủ tục đăng ký khai sinh trước.",
        "Từ ngày 1/7 đến nay, công an các địa phương trong tỉnh đã tiếp nhận hơn 6.700 hồ sơ cấp căn cước cho trẻ dưới 14 tuổi, trong đó gần 40% là hồ sơ nộp trực tuyến. Cán bộ công an cấp xã được giao hỗ trợ các gia đình chưa quen sử dụng ứng dụng.",
        "Cơ quan công an lưu ý người dân chỉ thao tác trên ứng dụng VNeID chính thức, không cung cấp mã xác thực cho bất kỳ ai và không bấm vào đường dẫn lạ tự xưng hỗ trợ làm căn cước cho trẻ, vì đây là thủ đoạn lừa đảo đã xuất hiện ở nhiều nơi.",
    ]))
