"""Page specifications: every title, lead, credit and date is invented for this corpus."""

import datetime as dt

from chrome import TZ, slug
from texts import compose

IMG = "/uploads/images/2026/anh-minh-hoa.jpg"


def T(y, mo, d, h=0, mi=0, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def body(seed, topics, n, per=(2, 4), extras=(), prefix=()):
    paras = list(prefix) + compose(seed, topics, n, per)
    blocks = [("p", x) for x in paras]
    for pos, blk in sorted(extras, key=lambda e: -e[0]):
        blocks.insert(pos, blk)
    return blocks


def qh_body():
    import random

    from texts import TINH, person
    rng = random.Random("qh")
    paras = compose("qh-long", ["cds", "dvc", "id", "dl", "hd"], 26, (3, 4))
    out = []
    for i, p in enumerate(paras):
        if i % 3 == 1:
            p = f"Phát biểu tại phiên thảo luận, đại biểu {person(rng)} (Đoàn ĐBQH tỉnh {rng.choice(TINH)}) nêu một số ý kiến. " + p
        out.append(("p", p))
    out.insert(0, ("img", "Quang cảnh phiên thảo luận tại hội trường. Ảnh: Lâm Hiển", IMG))
    out.insert(5, ("h", "Cần cơ chế chia sẻ dữ liệu rõ ràng giữa các bộ, ngành"))
    out.insert(13, ("h", "Bảo đảm quyền của chủ thể dữ liệu"))
    out.insert(21, ("h", "Ưu tiên nguồn lực cho cấp xã"))
    return out


ARTICLES = [
    {"n": 1, "tpl": "word-paste-msonormal", "site": "Sở Khoa học và Công nghệ tỉnh (minh họa)", "section": "Chuyển đổi số",
         "title": "Kết quả triển khai nền tảng số cấp xã trong 11 tháng năm 2026",
         "lead": "Tính đến cuối tháng 11, toàn bộ các xã, phường trên địa bàn tỉnh đã sử dụng hệ thống quản lý văn bản điện tử và ký số trong xử lý công việc.",
         "by": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "author": None, "pub": T(2026, 11, 28), "ts": False, "relevant": True,
         "blocks": body("w1", ["cds", "dvc"], 5, extras=[(1, ("img", "Cán bộ xã hướng dẫn người dân nộp hồ sơ trực tuyến (Ảnh: Minh Châu)", IMG)), (4, ("h", "Nhiệm vụ trọng tâm tháng 12"))]),
         "flags": ["mso_word_paste", "nbsp_entities", "span_runs", "office_credit", "cms_account", "date_only", "caption_photographer"],
         "url": "https://word-paste-msonormal.example.vn/tin-tuc-su-kien/chuyen-doi-so/2451/ket-qua-trien-khai-nen-tang-so-cap-xa.html"},
    {"n": 2, "tpl": "oracle-webcenter",
         "title": "Ngành tài chính hoàn thành kết nối hóa đơn điện tử với hệ thống quản lý ngân sách",
         "lead": "Việc kết nối giúp dữ liệu hóa đơn, chứng từ được đối soát tự động, giảm thời gian kiểm soát chi và hạn chế sai sót khi nhập liệu thủ công.",
         "by": "Hoàng Minh Khôi", "author": "Hoàng Minh Khôi", "pub": T(2026, 12, 3, 16, 45, 12), "ts": True, "relevant": True,
         "blocks": body("o2", ["hd", "tt"], 5, extras=[(2, ("img", "Cán bộ kho bạc kiểm soát chứng từ điện tử. Ảnh: Thanh Tùng", IMG))]),
         "flags": ["seconds_shown", "author_bottom_right", "source_line", "caption_photographer"],
         "url": "https://oracle-webcenter.example.vn/webcenter/portal/btcvn/pages_r/l/chi-tiet-tin?dDocName=MOFUCM318842"},
    {"n": 3, "tpl": "sharepoint2016-publishing",
         "title": "Hải quan mở rộng thông quan tự động tại các cảng biển phía Nam",
         "lead": "Từ tháng 12, hàng hóa luồng xanh tại năm cảng biển lớn được hệ thống tự động thông quan mà không cần công chức xử lý thủ công.",
         "by": "Phạm Thu Trang - Lê Đức Long", "author": "Phạm Thu Trang, Lê Đức Long", "pub": T(2026, 11, 27, 15, 40), "modified": T(2026, 12, 1, 9, 12), "ts": True, "relevant": True,
         "blocks": body("s3", ["hq", "hd"], 5, extras=[(3, ("h", "Doanh nghiệp được lợi gì")), (4, ("ul", ["Khai báo một lần, dùng lại cho nhiều thủ tục", "Nộp thuế điện tử 24/7 qua ngân hàng phối hợp thu", "Nhận kết quả phân luồng qua thư điện tử và ứng dụng"]))]),
         "flags": ["us_date_format", "twelve_hour_am_pm", "modified_later", "two_authors", "list_block"],
         "url": "https://sharepoint2016-publishing.example.vn/Lists/TinHoatDong/ViewDetails.aspx?ID=28154&Category=Tin%20n%E1%BB%99i%20b%E1%BB%99"},
    {"n": 4, "tpl": "aem-core",
         "title": "Ngân hàng ra mắt tính năng thanh toán bằng khuôn mặt tại quầy tự phục vụ",
         "lead": "Khách hàng đã xác thực sinh trắc học có thể thanh toán hóa đơn tại các điểm giao dịch tự động mà không cần thẻ hay điện thoại.",
         "by": "Phòng Truyền thông và Thương hiệu", "author": None, "pub": T(2026, 12, 2), "ts": False, "relevant": True,
         "blocks": body("a4", ["tt", "id"], 5, extras=[(2, ("img", "Khách hàng trải nghiệm thanh toán tại quầy tự phục vụ", IMG)), (4, ("h", "Ba bước để bắt đầu")), (5, ("ul", ["Cập nhật ứng dụng lên phiên bản mới nhất", "Xác thực sinh trắc học bằng căn cước gắn chip", "Bật tính năng thanh toán khuôn mặt trong mục Cài đặt"]))]),
         "flags": ["aem_components", "date_dots", "date_only", "office_credit", "list_block"],
         "url": "https://aem-core.example.vn/vi/tin-tuc/thong-cao-bao-chi/2026/thanh-toan-bang-khuon-mat.html"},
    {"n": 5, "tpl": "sitecore-sxa",
         "title": "Bảo hiểm điện tử giúp rút ngắn thời gian bồi thường xuống còn ba ngày",
         "lead": "Nhờ định danh khách hàng trực tuyến và hồ sơ bồi thường số, thời gian chi trả trung bình đã giảm hơn một nửa so với năm trước.",
         "by": "Theo Đỗ Ngọc Mai (Báo Kinh tế Số)", "author": "Đỗ Ngọc Mai", "pub": T(2026, 11, 30, 10, 5), "ts": True, "relevant": True,
         "blocks": body("x5", ["id", "kts"], 5),
         "flags": ["theo_author_outlet", "pipe_separator", "weekday_prefix", "sxa_components"],
         "url": "https://sitecore-sxa.example.vn/vi/tin-tuc/bao-hiem-dien-tu-rut-ngan-thoi-gian-boi-thuong"},
    {"n": 6, "tpl": "optimizely-episerver",
         "title": "Thương mại điện tử xuyên biên giới: cơ hội cho doanh nghiệp nhỏ",
         "lead": "Các nền tảng số đang giúp doanh nghiệp nhỏ đưa hàng hóa ra nước ngoài với chi phí thấp hơn, nhưng cũng đặt ra yêu cầu mới về tiêu chuẩn và dữ liệu.",
         "by": "Tác giả: Vũ Thanh Hưng", "author": "Vũ Thanh Hưng", "pub": T(2026, 12, 1, 8, 30), "modified": T(2026, 12, 2, 14, 15), "ts": True, "relevant": True,
         "blocks": body("e6", ["kts", "tt"], 6, extras=[(3, ("h", "Rào cản về logistics"))]),
         "flags": ["twelve_hour_sa_ch", "updated_later", "newsletter_box", "teaser_blocks"],
         "url": "https://optimizely-episerver.example.vn/tin-tuc/thuong-mai-dien-tu-xuyen-bien-gioi/"},
    {"n": 7, "tpl": "igate-news",
         "title": "Từ 15/12, cấp phiếu lý lịch tư pháp trực tuyến toàn trình",
         "lead": "Người dân có thể nộp hồ sơ, thanh toán phí và nhận bản điện tử phiếu lý lịch tư pháp mà không phải đến cơ quan nhà nước.",
         "by": "Trung tâm Phục vụ hành chính công tỉnh", "author": None, "pub": T(2026, 12, 4, 7, 50), "ts": True, "relevant": True,
         "blocks": body("i7", ["dvc"], 3, per=(2, 2)),
         "flags": ["short_article", "cms_account", "office_credit", "angular_shell"],
         "url": "https://igate-news.example.vn/vi/news/tin-tuc-su-kien/cap-phieu-ly-lich-tu-phap-truc-tuyen-toan-trinh"},
    {"n": 8, "tpl": "quochoi-like",
         "title": "Thảo luận dự án Luật sửa đổi, bổ sung một số điều của Luật Dữ liệu",
         "lead": "Sáng 20/11, Quốc hội thảo luận ở hội trường về dự án luật, tập trung vào cơ chế chia sẻ dữ liệu giữa các cơ quan nhà nước và bảo vệ quyền của chủ thể dữ liệu.",
         "by": "Lan Hương - Quang Khánh", "author": "Lan Hương, Quang Khánh", "pub": T(2026, 11, 20, 11, 20), "ts": True, "relevant": True,
         "blocks": qh_body(),
         "flags": ["long_article", "subheadings_bold_p", "author_bottom_right", "two_authors", "caption_photographer"],
         "url": "https://quochoi-like.example.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=91234"},
    {"n": 9, "tpl": "dangcongsan-like",
         "title": "Đưa Nghị quyết về phát triển khoa học, công nghệ và chuyển đổi số vào cuộc sống",
         "lead": "Sau hơn một năm thực hiện, nhiều địa phương đã cụ thể hóa nghị quyết bằng các chương trình hành động với mục tiêu, lộ trình rõ ràng.",
         "by": "Hải Nam (TTXVN)", "author": "Hải Nam", "pub": T(2026, 12, 3, 21, 10), "ts": True, "relevant": True,
         "blocks": body("d9", ["cds", "kts"], 5, extras=[(2, ("img", "Trung tâm điều hành thông minh của tỉnh. (Ảnh: TTXVN)", IMG))]),
         "flags": ["outlet_prefix_lead", "ttxvn_credit", "evening_time", "weekday_prefix", "meta_published_time"],
         "url": "https://dangcongsan-like.example.vn/chuyen-doi-so/dua-nghi-quyet-ve-khoa-hoc-cong-nghe-vao-cuoc-song-712345.html"},
    {"n": 10, "tpl": "ictvietnam-like",
         "title": "Đo lường mức độ trưởng thành dữ liệu của chính quyền cấp tỉnh",
         "lead": "Bài viết đề xuất một khung đánh giá gồm năm trụ cột giúp địa phương xác định điểm xuất phát và ưu tiên đầu tư cho dữ liệu.",
         "by": "ThS. Trịnh Bảo Ngọc", "author": "Trịnh Bảo Ngọc", "pub": T(2026, 12, 2, 14, 22), "ts": True, "relevant": True,
         "blocks": body("c10", ["dl", "cds"], 5, extras=[(2, ("h", "Năm trụ cột đánh giá")), (3, ("table", [["Trụ cột", "Nội dung chính", "Trọng số"], ["Thể chế", "Quy chế khai thác, chia sẻ dữ liệu", "20%"], ["Hạ tầng", "Trung tâm dữ liệu, nền tảng tích hợp", "25%"], ["Dữ liệu", "Danh mục, chất lượng, mức độ cập nhật", "30%"], ["Con người", "Cán bộ chuyên trách, kỹ năng phân tích", "15%"], ["Khai thác", "Số dịch vụ dùng lại dữ liệu", "10%"]]))]),
         "flags": ["time_before_date", "academic_title", "author_box_affiliation", "table_block"],
         "url": "https://ictvietnam-like.example.vn/do-luong-muc-do-truong-thanh-du-lieu-cua-chinh-quyen-cap-tinh-81234.html"},
    {"n": 11, "tpl": "genk-like",
         "title": "Ví điện tử bắt buộc xác thực sinh trắc học: người dùng cần làm gì?",
         "lead": "Từ đầu năm tới, các giao dịch trên ví điện tử vượt hạn mức sẽ phải xác thực khuôn mặt khớp với dữ liệu căn cước. Dưới đây là những điều cần biết.",
         "by": "Khánh Linh", "author": "Khánh Linh", "pub": T(2026, 12, 4, 9, 15), "ts": True, "relevant": True,
         "blocks": body("g11", ["tt", "id"], 5, extras=[(1, ("img", "Ảnh minh họa", IMG))]),
         "flags": ["sapo_h2", "am_pm_suffix", "relative_times_sidebar", "source_credit_theo_outlet"],
         "url": "https://genk-like.example.vn/vi-dien-tu-bat-buoc-xac-thuc-sinh-trac-hoc-20261204091500123.chn"},
    {"n": 12, "tpl": "24h-like",
         "title": "Đội chủ nhà thắng tối thiểu, vươn lên nhóm dẫn đầu giải hạng Nhất",
         "lead": "Bàn thắng duy nhất từ sớm giúp đội chủ nhà giành trọn ba điểm trong trận cầu có nhiều pha tranh chấp quyết liệt.",
         "by": "Hoàng Long", "author": "Hoàng Long", "pub": T(2026, 12, 3, 20, 45), "ts": True, "relevant": False,
         "blocks": body("b12", ["bd"], 5, per=(2, 2), extras=[(1, ("img", "Các cầu thủ ăn mừng bàn thắng. (Ảnh: Quốc Việt)", IMG))]),
         "flags": ["offtopic_sport", "pm_with_24h_clock", "gmt7", "author_bottom_bold", "caption_photographer"],
         "url": "https://24h-like.example.vn/bong-da/doi-chu-nha-thang-toi-thieu-c48a1712345.html"},
    {"n": 13, "tpl": "baoquocte-like",
         "title": "ASEAN thúc đẩy khung hợp tác về kinh tế số khu vực",
         "lead": "Các nước thành viên nhất trí đẩy nhanh đàm phán để sớm hoàn tất hiệp định, tạo môi trường thuận lợi cho dòng dữ liệu và thương mại điện tử.",
         "by": "Minh Quân", "author": "Minh Quân", "pub": T(2026, 12, 2, 17, 30), "ts": True, "relevant": True,
         "blocks": body("q13", ["kts", "tt"], 5, extras=[(1, ("img", "Toàn cảnh phiên họp. (Ảnh: Anh Sơn)", IMG))]),
         "flags": ["lead_bold_first_para_in_body", "outlet_prefix_lead", "weekday_prefix"],
         "url": "https://baoquocte-like.example.vn/asean-thuc-day-khung-hop-tac-ve-kinh-te-so-334455.html"},
    {"n": 14, "tpl": "hanoimoi-like",
         "title": "Phân luồng giao thông để sửa chữa cầu vượt nút Ngã Tư Vọng",
         "lead": "Từ 22h ngày 6/12, các phương tiện đi qua khu vực sẽ được phân luồng trong khoảng hai tuần.",
         "by": "Thu Hà", "author": "Thu Hà", "pub": T(2026, 12, 4, 6, 20), "ts": True, "relevant": False,
         "blocks": [("p", "Theo Sở Xây dựng Hà Nội, đơn vị thi công sẽ thay khe co giãn và thảm lại mặt cầu nên cần hạn chế phương tiện lưu thông trên cầu vào ban đêm."),
                 ("p", "Trong thời gian sửa chữa, xe từ hướng Giải Phóng đi Trường Chinh được hướng dẫn đi dưới gầm cầu, còn xe buýt vẫn giữ nguyên lộ trình nhưng dừng đón khách tại điểm tạm cách nút giao khoảng 50 m."),
                 ("p", "Lực lượng cảnh sát giao thông và thanh niên tình nguyện sẽ được bố trí tại các điểm nóng trong giờ cao điểm. Người dân được khuyến cáo chủ động lựa chọn lộ trình khác để tránh ùn tắc.")],
         "flags": ["short_article", "offtopic_road", "comment_with_date", "time_element"],
         "url": "https://hanoimoi-like.example.vn/phan-luong-giao-thong-sua-chua-cau-vuot-887766.html"},
    {"n": 15, "tpl": "sggp-like",
         "title": "Tuyến đường vành đai phía Tây sắp thông xe giai đoạn 1",
         "lead": "Sau nhiều lần lỡ hẹn, đoạn đầu tiên của tuyến đường dự kiến được đưa vào khai thác trước Tết Nguyên đán.",
         "by": "Ngô Bình", "author": "Ngô Bình", "pub": T(2026, 12, 1, 19, 5), "ts": True, "relevant": False,
         "blocks": body("r15", ["gt"], 5, per=(2, 2), extras=[(2, ("img", "Công nhân thi công lớp mặt đường. Ảnh: NGÔ BÌNH", IMG))]),
         "flags": ["offtopic_road", "no_leading_zero_date", "gmt_offset", "uppercase_author_css", "date_above_title"],
         "url": "https://sggp-like.example.vn/tuyen-duong-vanh-dai-phia-tay-sap-thong-xe-post812345.html"},
    {"n": 16, "tpl": "wp-colormag",
         "title": "Năm bài học từ các xã làm chuyển đổi số hiệu quả",
         "lead": "Không cần nguồn lực lớn, nhiều xã vẫn làm chuyển đổi số hiệu quả nhờ cách làm sát thực tế và sự tham gia của người dân.",
         "by": "Tác giả: Phan Gia Khoa", "author": "Phan Gia Khoa", "pub": T(2026, 12, 3, 10, 12), "modified": T(2026, 12, 3, 15, 48), "ts": True, "relevant": True,
         "blocks": body("p16", ["cds", "dvc"], 5, extras=[(3, ("h", "Những việc làm ngay")), (4, ("ul", ["Lập nhóm Zalo hỗ trợ theo từng thôn", "Số hóa trước những giấy tờ người dân hay cần", "Công khai kết quả xử lý hồ sơ hằng tuần"]))]),
         "flags": ["cms_account_byline", "author_in_body_end", "updated_time_element", "comments_with_dates", "lead_italic_in_body", "list_block"],
         "url": "https://wp-colormag.example.vn/2026/12/03/nam-bai-hoc-tu-cac-xa-lam-chuyen-doi-so/"},
    {"n": 17, "tpl": "wp-bricks",
         "title": "Doanh nghiệp nhỏ nên bắt đầu chuyển đổi số từ đâu?",
         "lead": "Thay vì đầu tư một lúc nhiều phần mềm, doanh nghiệp nhỏ nên chọn một quy trình gây tốn kém nhất và số hóa nó trước.",
         "by": "Bảo Lâm", "author": "Bảo Lâm", "pub": T(2026, 11, 30), "ts": False, "relevant": True,
         "blocks": body("k17", ["kts", "cds"], 5, extras=[(2, ("h", "Chọn đúng bài toán đầu tiên"))]),
         "flags": ["date_only", "vietnamese_month_name", "pen_name", "author_box"],
         "url": "https://wp-bricks.example.vn/blog/doanh-nghiep-nho-nen-bat-dau-chuyen-doi-so-tu-dau/"},
    {"n": 18, "tpl": "haravan-blog",
         "title": "Bán hàng không dùng tiền mặt: chủ shop cần chuẩn bị gì?",
         "lead": "Khách hàng ngày càng quen quét mã khi thanh toán. Chủ shop cần chuẩn bị thiết bị, tài khoản và quy trình đối soát để không bỏ lỡ đơn hàng.",
         "by": "Thu Hà", "author": "Thu Hà", "pub": T(2026, 11, 26, 9, 40), "ts": True, "relevant": True,
         "blocks": body("h18", ["tt", "kts"], 5, extras=[(2, ("h", "Đối soát cuối ngày"))]),
         "flags": ["shop_blog", "lead_bold_in_body", "date_luc_time", "product_sidebar"],
         "url": "https://haravan-blog.example.vn/blogs/tin-tuc/ban-hang-khong-dung-tien-mat-chu-shop-can-chuan-bi-gi"},
    {"n": 19, "tpl": "sapo-blog",
         "title": "Hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền: ba lưu ý",
         "lead": "Những lỗi thường gặp khi hộ kinh doanh mới chuyển sang hóa đơn điện tử khởi tạo từ máy tính tiền.",
         "by": "Người viết: Thành Đạt", "author": "Thành Đạt", "pub": T(2026, 11, 25, 21, 5), "ts": True, "relevant": True,
         "blocks": body("s19", ["hd"], 3, per=(2, 2)),
         "flags": ["short_article", "twelve_hour_buoi", "time_before_date", "author_end_of_body"],
         "url": "https://sapo-blog.example.vn/ho-kinh-doanh-dung-hoa-don-dien-tu-tu-may-tinh-tien-ba-luu-y"},
    {"n": 20, "tpl": "astro-blog",
         "title": "Ghi chép: tích hợp đăng nhập VNeID vào ứng dụng của tỉnh",
         "lead": "Những gì nhóm chúng tôi học được sau ba tháng tích hợp đăng nhập bằng tài khoản định danh điện tử.",
         "by": "Hồ Quang Vinh", "author": "Hồ Quang Vinh", "pub": T(2026, 11, 24), "ts": False, "relevant": True,
         "blocks": body("t20", ["id", "dl"], 5),
         "flags": ["date_only", "utc_midnight_datetime_attr", "abbreviated_month"],
         "url": "https://astro-blog.example.vn/blog/tich-hop-dang-nhap-vneid/"},
    {"n": 21, "tpl": "eleventy-blog",
         "title": "Chuẩn hóa mã đơn vị hành chính sau sắp xếp: kinh nghiệm từ cổng dữ liệu mở",
         "lead": "Sau đợt sắp xếp đơn vị hành chính, hàng trăm bộ dữ liệu phải cập nhật mã xã. Đây là cách chúng tôi làm.",
         "by": "Quang Minh và Thảo Vy", "author": "Quang Minh, Thảo Vy", "pub": T(2026, 11, 22, 15, 30), "ts": True, "relevant": True,
         "blocks": body("y21", ["dl"], 5, extras=[(1, ("h", "Bối cảnh")), (3, ("h", "Các bước thực hiện")), (4, ("ul", ["Lập bảng ánh xạ mã cũ sang mã mới", "Chạy kiểm tra tự động trên toàn bộ bộ dữ liệu", "Công bố nhật ký thay đổi cho người dùng"]))]),
         "flags": ["two_authors_va", "long_form_vn_date", "heading_anchors", "list_block"],
         "url": "https://eleventy-blog.example.vn/blog/chuan-hoa-ma-don-vi-hanh-chinh/"},
    {"n": 22, "tpl": "mkdocs-material-blog",
         "title": "Kết nối với nền tảng tích hợp, chia sẻ dữ liệu: năm lỗi hay gặp",
         "lead": "Tổng hợp các lỗi phổ biến khi các đơn vị kết nối hệ thống nghiệp vụ với nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh.",
         "by": "Trịnh Gia Lâm", "author": "Trịnh Gia Lâm", "pub": T(2026, 11, 21), "ts": False, "relevant": True,
         "blocks": body("m22", ["dl", "cds"], 5, extras=[(0, ("h", "Bối cảnh")), (1, ("img", "Sơ đồ luồng kết nối", "")), (3, ("h", "Bảng mã lỗi")), (4, ("table", [["Mã", "Ý nghĩa", "Cách xử lý"], ["401", "Khóa truy cập hết hạn", "Cấp lại khóa trên cổng quản trị"], ["409", "Trùng mã giao dịch", "Sinh mã mới cho mỗi lần gửi"], ["429", "Vượt giới hạn lượt gọi", "Giãn tần suất gọi"]]))]),
         "flags": ["heavy_base64_image", "date_only", "nav_sidebar_meta", "table_block", "reading_time"],
         "url": "https://mkdocs-material-blog.example.vn/blog/2026/11/21/ket-noi-nen-tang-tich-hop-nam-loi-hay-gap/"},
    {"n": 23, "tpl": "nodebb-topic",
         "title": "Kích hoạt tài khoản định danh mức 2 bị lỗi ở bước xác thực khuôn mặt",
         "lead": "", "by": None, "author": "Nam Hoàng", "uname": "namhoang88", "pid": 9312, "tid": 1834, "rel": "2 ngày trước",
         "pub": T(2026, 12, 2, 21, 7, 33), "ts": False, "relevant": True,
         "blocks": [("p", "Chào mọi người, mình đang kích hoạt tài khoản định danh điện tử mức 2 trên điện thoại cho mẹ mình. Mọi bước đều ổn cho đến khi quét khuôn mặt thì ứng dụng báo không khớp dữ liệu và tự thoát ra."),
                 ("p", "Mình đã thử lại ở nơi đủ sáng, bỏ kính, lau camera nhưng vẫn bị. Căn cước gắn chip của mẹ mình làm từ năm 2021, ảnh trên thẻ khá khác so với bây giờ."),
                 ("p", "Thông tin thêm cho ai cần: máy mình là điện thoại Android đời 2020, đã cập nhật ứng dụng lên bản mới nhất hôm thứ Hai. Mình cũng đã gỡ ra cài lại, xóa bộ nhớ đệm và đăng nhập lại bằng mật khẩu chứ không dùng vân tay, nhưng đến màn hình quay khuôn mặt thì vòng tròn cứ chạy mãi rồi hiện thông báo lỗi."),
                 ("p", "Mình có gọi lên tổng đài thì được hướng dẫn thử lại sau vài giờ vì có thể hệ thống đang đông người dùng. Tối qua thử thêm hai lần, sáng nay thêm một lần nữa, kết quả vẫn như cũ. Mẹ mình lớn tuổi nên đi lại cũng hơi vất vả, mình muốn xử lý online nếu được."),
                 ("p", "Cho mình hỏi có cách nào cập nhật lại ảnh khuôn mặt mà không phải làm lại thẻ không, hay bắt buộc phải ra công an phường? Cảm ơn mọi người đã đọc.")],
         "replies": [("Lan Anh", T(2026, 12, 2, 22, 15), "2 ngày trước", "Trường hợp của bạn nên mang căn cước ra công an phường để thu nhận lại ảnh, mình làm mất khoảng mười lăm phút."),
                  ("quanly_dv", T(2026, 12, 3, 8, 40), "1 ngày trước", "Bạn kiểm tra lại ứng dụng đã là bản mới nhất chưa nhé. Nếu vẫn lỗi thì liên hệ tổng đài hỗ trợ."),
                  ("Tùng Dương", T(2026, 12, 3, 19, 2), "13 giờ trước", "Mình cũng bị y hệt, ra phường cập nhật xong là kích hoạt được ngay.")],
         "flags": ["forum_thread", "relative_time_only", "utc_iso_title_attr", "seconds_in_machine_time", "replies_excluded"],
         "url": "https://nodebb-topic.example.vn/topic/1834/kich-hoat-tai-khoan-dinh-danh-muc-2-bi-loi"},
    {"n": 24, "tpl": "vanilla-forum-thread",
         "title": "Nộp hồ sơ đăng ký kinh doanh trên cổng dịch vụ công: chia sẻ kinh nghiệm",
         "lead": "", "by": None, "author": "Hạnh Nguyên",
         "pub": T(2026, 11, 29, 9, 15), "ts": True, "relevant": True,
         "blocks": [("p", "Tuần trước mình vừa đăng ký thành lập hộ kinh doanh hoàn toàn trên cổng dịch vụ công, viết lại đây để ai cần thì tham khảo."),
                 ("p", "Đầu tiên là đăng nhập bằng tài khoản định danh điện tử, hệ thống tự điền họ tên, ngày sinh và địa chỉ thường trú nên không phải gõ lại. Sau đó chọn thủ tục, khai ngành nghề và tải lên bản chụp hợp đồng thuê mặt bằng."),
                 ("p", "Lệ phí thanh toán qua ứng dụng ngân hàng, chỉ vài giây là xong. Đến ngày thứ ba mình nhận được thư báo kết quả kèm giấy chứng nhận bản điện tử."),
                 ("p", "Về giấy tờ, mình chuẩn bị sẵn ba thứ: ảnh chụp hợp đồng thuê mặt bằng, bản kê khai vốn và giấy ủy quyền cho người quản lý cửa hàng. Tất cả đều chụp bằng điện thoại rồi chuyển sang PDF, mỗi tệp chưa đến 2 MB nên tải lên rất nhanh."),
                 ("p", "Trong lúc chờ, mình theo dõi trạng thái hồ sơ ở mục Quản lý hồ sơ. Mỗi lần hồ sơ chuyển bước đều có tin nhắn báo về điện thoại, nên không phải gọi điện hỏi như hồi trước."),
                 ("p", "Điểm trừ duy nhất là phần chọn mã ngành khá khó tìm, mình phải gọi tổng đài hỏi mới chọn đúng. Nhìn chung nhanh và đỡ mất công hơn nhiều so với đi nộp trực tiếp.")],
         "replies": [("Minh Tú", T(2026, 11, 29, 11, 2), "29 tháng 11", "Cảm ơn bạn, mình cũng đang định làm, để mình thử theo các bước này."),
                  ("Quốc Bảo", T(2026, 11, 30, 20, 47), "30 tháng 11", "Bên mình thì hồ sơ bị yêu cầu bổ sung một lần vì ảnh hợp đồng bị mờ, nên chụp cho rõ nhé."),
                  ("Hạnh Nguyên", T(2026, 12, 1, 7, 30), "1 tháng 12", "Đúng rồi, nên scan hoặc chụp ở chỗ sáng để khỏi bị trả về.")],
         "flags": ["forum_thread", "twelve_hour_sa_ch", "op_replies_in_thread", "br_separated_paragraphs", "poster_also_replies"],
         "url": "https://vanilla-forum-thread.example.vn/discussion/4521/nop-ho-so-dang-ky-kinh-doanh-tren-cong-dich-vu-cong"},
    {"n": 25, "tpl": "word-paste-msonormal", "site": "UBND huyện (minh họa)", "section": "Văn hóa - Xã hội",
         "title": "Lễ hội cầu ngư làng biển thu hút hàng nghìn du khách",
         "lead": "Trong ba ngày, lễ hội cầu ngư truyền thống của ngư dân làng biển đã diễn ra với nhiều nghi thức và hoạt động văn hóa đặc sắc.",
         "by": "Bài, ảnh: Trần Ngọc Oanh", "author": "Trần Ngọc Oanh", "pub": T(2026, 11, 27, 15, 20), "ts": True, "relevant": False,
         "blocks": body("f25", ["lh"], 5, per=(2, 2), extras=[(2, ("img", "Nghi thức rước kiệu trên biển", IMG))]),
         "flags": ["offtopic_festival", "mso_word_paste", "nbsp_entities", "bai_anh_credit", "cms_account"],
         "url": "https://word-paste-msonormal.example.vn/tin-tuc-su-kien/van-hoa-xa-hoi/2467/le-hoi-cau-ngu-lang-bien.html"},
]

LISTINGS = [
    {"n": 26, "tpl": "wp-tag-featured", "flags": ["listing", "tag_page", "big_featured_item", "long_teaser_first"], "url": "https://wp-tag-featured.example.vn/tag/chuyen-doi-so/"},
    {"n": 27, "tpl": "gov-search-results", "host": "gov-search-results.example.vn", "flags": ["listing", "search_results", "highlighted_snippets", "pager"], "url": "https://gov-search-results.example.vn/tim-kiem?q=dich+vu+cong"},
    {"n": 28, "tpl": "newspaper-date-archive", "flags": ["listing", "date_archive", "times_per_item"], "url": "https://newspaper-date-archive.example.vn/tin-ngay/2026-12-03"},
    {"n": 29, "tpl": "baotinh-homepage", "flags": ["listing", "home_page", "hot_news_with_sapo"], "url": "https://baotinh-homepage.example.vn/"},
    {"n": 30, "tpl": "video-section-listing", "flags": ["listing", "video_section", "durations"], "url": "https://video-section-listing.example.vn/video/"},
]

for _a in LISTINGS:
    _a.update(is_article=False, title="", lead="", blocks=[], pub=None, author=None)

_ = slug
