"""Article data, part 4."""
import tpl2
from long15 import EXTRA

A = []

A.append(dict(
    n=13, tpl="amp-youth-union-daily", fn=tpl2.amp_youth_union, url="https://amp-youth-union-daily.example.vn/amp/khoi-nghiep/sinh-vien-lam-ung-dung-so-hoa-hop-tac-xa-post99172.html",
    pub="2024-11-29T06:30:00+07:00", time_shown=True, author="Hoàng Nam", author_disp="Hoàng Nam",
    flags=["amp", "gmt7-suffix", "jsonld-author", "bold-sapo", "author-before-date"],
    title="Sinh viên làm ứng dụng giúp hợp tác xã bán nông sản trên sàn thương mại điện tử",
    lead="Từ một đồ án môn học, nhóm sinh viên năm ba đã xây dựng ứng dụng quản lý đơn hàng giúp 17 hợp tác xã đưa sản phẩm lên các sàn thương mại điện tử.",
    blocks=[
        "Nhóm gồm bốn sinh viên ngành hệ thống thông tin, do Đặng Minh Khoa làm trưởng nhóm. Trong chuyến thực tế tại một hợp tác xã trồng bưởi, Khoa nhận thấy chủ nhiệm hợp tác xã phải ghi đơn hàng vào sổ tay, mỗi ngày đối chiếu với ba sàn khác nhau nên thường xuyên nhầm lẫn.",
        "Ứng dụng của nhóm gom đơn hàng từ các sàn về một màn hình, tự động trừ tồn kho và in phiếu giao hàng. Giao diện được thiết kế chữ to, ít nút bấm để các xã viên lớn tuổi cũng sử dụng được sau một buổi hướng dẫn.",
        "Sau sáu tháng, doanh thu trực tuyến của hợp tác xã thí điểm tăng gần ba lần, tỷ lệ giao nhầm hàng giảm hẳn. Từ kết quả đó, tỉnh đoàn đã giới thiệu ứng dụng cho thêm 16 hợp tác xã khác, chủ yếu kinh doanh trái cây, mật ong và đặc sản địa phương.",
        "Nhóm cũng tổ chức các buổi tập huấn về chụp ảnh sản phẩm, viết mô tả và livestream bán hàng. Theo Khoa, nhiều hợp tác xã có sản phẩm tốt nhưng hình ảnh sơ sài, thông tin truy xuất nguồn gốc chưa rõ ràng nên khó cạnh tranh trên sàn.",
        "Hiện nhóm đang hoàn thiện tính năng kết nối với hệ thống truy xuất nguồn gốc của tỉnh và tham gia cuộc thi khởi nghiệp dành cho thanh niên nông thôn. Khoa cho biết mong muốn lớn nhất là ứng dụng tiếp tục được duy trì miễn phí cho các hợp tác xã nhỏ.",
    ]))

A.append(dict(
    n=14, tpl="nukeviet-print-popup", fn=tpl2.nukeviet_print_view, size="short",
    url="https://nukeviet-print-popup.example.vn/news/print/so-tai-chinh-trien-khai-hoa-don-dien-tu-tai-cac-don-vi-su-nghiep-412.html",
    pub="2024-09-03T15:20:00+07:00", time_shown=True, author="Lam Giang", author_disp="Lam Giang",
    flags=["print-view", "short-brief", "pen-name", "tac-gia-nguon-tin-block"],
    title="Đơn vị sự nghiệp công lập chuyển sang dùng biên lai điện tử",
    lead="Từ tháng 10, các đơn vị sự nghiệp công lập trên địa bàn tỉnh phải sử dụng biên lai điện tử khi thu phí, lệ phí.",
    blocks=[
        "Theo Sở Tài chính, toàn tỉnh có 326 đơn vị thuộc diện chuyển đổi, gồm trường học, bệnh viện, trung tâm dịch vụ nông nghiệp và ban quản lý chợ. Đến nay, 281 đơn vị đã đăng ký sử dụng, số còn lại đang hoàn thiện hồ sơ với cơ quan thuế.",
        "Biên lai điện tử được gửi đến người nộp qua tin nhắn hoặc thư điện tử, có mã tra cứu trên cổng thông tin của ngành thuế. Việc chuyển đổi giúp các đơn vị tiết kiệm chi phí in ấn, lưu trữ, đồng thời tăng tính minh bạch trong quản lý nguồn thu.",
        "Sở đề nghị thủ trưởng các đơn vị chỉ đạo bộ phận kế toán hoàn thành đăng ký trước ngày 30/9 và báo cáo vướng mắc để được hỗ trợ kịp thời.",
    ]))

A.append(dict(
    n=15, tpl="digital-economy-magazine", fn=tpl2.digital_economy_magazine, url="https://digital-economy-magazine.example.vn/phan-tich/kinh-te-so-dia-phuong-tu-khau-hieu-den-so-lieu-a3321.html",
    pub="2024-11-22T20:15:00+07:00", time_shown=True, author="Mai Anh, Đức Trung", author_disp="Mai Anh - Đức Trung",
    flags=["two-digit-year", "thuc-hien-label-bottom", "nguon-line", "modified-meta", "in-body-subheadings", "doc-them-box"],
    title="Kinh tế số địa phương: từ khẩu hiệu đến con số",
    lead="Nhiều tỉnh đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2025, nhưng phần lớn chưa có phương pháp đo lường thống nhất để biết mình đang ở đâu.",
    blocks=[
        ("h", "Mỗi nơi đo một kiểu"),
        "Khảo sát của tạp chí với 15 địa phương cho thấy có tới bốn cách tính tỷ trọng kinh tế số khác nhau. Có tỉnh chỉ tính doanh thu của doanh nghiệp công nghệ thông tin, có tỉnh cộng cả giá trị thương mại điện tử và thanh toán trực tuyến, dẫn đến con số chênh nhau rất xa.",
        "Một cán bộ Sở Kế hoạch và Đầu tư ở miền Trung thừa nhận con số báo cáo hiện chủ yếu là ước tính từ các nguồn rời rạc. Khi chưa có phương pháp thống kê chính thức, địa phương khó đánh giá chính sách hỗ trợ nào thực sự hiệu quả.",
        ("h", "Doanh nghiệp nhỏ vẫn đứng ngoài"),
        "Ở cấp doanh nghiệp, khoảng cách số còn rõ hơn. Các doanh nghiệp vừa và nhỏ chiếm phần lớn số doanh nghiệp đang hoạt động nhưng mới khoảng một phần ba sử dụng phần mềm kế toán, quản lý bán hàng trên nền tảng đám mây. Rào cản thường gặp là chi phí và thiếu nhân lực.",
        "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số ở một số tỉnh đã cho kết quả tích cực khi kết hợp tư vấn trực tiếp với gói phần mềm miễn phí trong năm đầu. Tuy nhiên, sau khi hết hỗ trợ, không ít doanh nghiệp dừng sử dụng vì chưa thấy lợi ích rõ ràng.",
        ("h", "Cần bộ chỉ số chung"),
        "Các chuyên gia kiến nghị sớm ban hành bộ chỉ số đo lường kinh tế số cấp tỉnh, gắn với hệ thống thống kê quốc gia. Khi có dữ liệu đáng tin cậy, các địa phương mới có thể so sánh, học hỏi lẫn nhau và phân bổ ngân sách vào những lĩnh vực tạo ra giá trị thật.",
    ]))

A.append(dict(
    n=16, tpl="fpt-egov-mvc-inline-photo", fn=tpl2.fpt_mvc_portal_bigimg, id="ngay-hoi-chuyen-doi-so-2024",
    url="https://fpt-egov-mvc-inline-photo.example.vn/Pages/tin-tuc/ngay-hoi-chuyen-doi-so-2024.aspx",
    pub="2024-10-10T11:05:00+07:00", time_shown=True, author="Thanh Bình", author_disp="Thanh Bình",
    flags=["aspnetForm", "base64-image-1MB", "caption-credit", "bold-bottom-byline"],
    title="Ngày hội chuyển đổi số tỉnh thu hút hơn 5.000 lượt khách",
    lead="Ngày hội chuyển đổi số năm 2024 với chủ đề dữ liệu số phục vụ người dân đã giới thiệu hơn 60 giải pháp công nghệ của doanh nghiệp, cơ quan nhà nước và trường đại học.",
    blocks=[
        "Tại khu trưng bày, người dân được trải nghiệm làm thủ tục hành chính trên cổng dịch vụ công, tra cứu hồ sơ sức khỏe điện tử và thanh toán viện phí bằng mã QR. Khu vực hướng dẫn cài đặt VNeID và ứng dụng ngân hàng luôn đông người xếp hàng.",
        "Các doanh nghiệp viễn thông giới thiệu giải pháp giám sát nông nghiệp thông minh, camera an ninh cho khu dân cư và hệ thống quản lý trường học. Một số trường đại học mang đến robot hướng dẫn và mô hình ứng dụng trí tuệ nhân tạo nhận dạng sâu bệnh trên lá lúa.",
        "Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh Hồ Văn Lợi cho rằng chuyển đổi số chỉ thành công khi người dân thấy được lợi ích thiết thực. Ông đề nghị các ngành tập trung vào những dịch vụ người dân dùng nhiều nhất như hộ tịch, đất đai, y tế, giáo dục.",
        "Trong khuôn khổ ngày hội, tỉnh đã ký kết thỏa thuận hợp tác với ba doanh nghiệp công nghệ về xây dựng trung tâm dữ liệu, phát triển nền tảng đô thị thông minh và đào tạo nhân lực số cho cán bộ cấp xã.",
        "Ban tổ chức cũng trao giải cuộc thi tìm hiểu về chuyển đổi số với gần 18 nghìn lượt dự thi trực tuyến. Giải nhất thuộc về một giáo viên tiểu học ở huyện miền núi, người đã tự làm video hướng dẫn phụ huynh nộp hồ sơ nhập học trực tuyến.",
    ]))

A.append(dict(
    n=17, tpl="womens-paper-msite", fn=tpl2.womens_paper_mobile, size="short", relevant=False,
    url="https://womens-paper-msite.example.vn/m/suc-khoe/phong-benh-ho-hap-cho-tre-khi-troi-tro-lanh-20241202081500.htm",
    pub="2024-12-02T08:15:00+07:00", time_shown=True, author="Ngọc Diệp", author_disp="Ngọc Diệp",
    flags=["mobile", "off-topic-health", "short-brief", "h2-sapo", "bold-right-byline"],
    title="Phòng bệnh hô hấp cho trẻ khi trời trở lạnh",
    lead="Số trẻ nhập viện vì viêm phổi, viêm tiểu phế quản tại nhiều bệnh viện nhi đã tăng khoảng 20% trong hai tuần qua.",
    blocks=[
        "Bác sĩ Khoa Hô hấp của một bệnh viện nhi khuyến cáo phụ huynh giữ ấm cổ, ngực và bàn chân cho trẻ, nhất là khi ra ngoài vào sáng sớm. Không nên để trẻ nằm ngủ trước quạt hoặc điều hòa để nhiệt độ quá thấp.",
        "Cha mẹ cần cho trẻ tiêm chủng đầy đủ, vệ sinh mũi họng bằng nước muối sinh lý và rửa tay thường xuyên. Khi trẻ sốt cao, thở nhanh, bỏ bú hoặc li bì, cần đưa đến cơ sở y tế ngay, không tự ý dùng kháng sinh.",
        "Trẻ có bệnh nền như hen, tim bẩm sinh cần được theo dõi sát hơn trong mùa lạnh.",
    ]))



A[2]["blocks"] = A[2]["blocks"] + EXTRA
A[2]["size"] = "long"
A[2]["flags"] = A[2]["flags"] + ["long-form"]
