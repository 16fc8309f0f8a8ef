"""Articles 11-19."""
import base64

import texts as T
from chrome import ld, page
from common import (
    E,
    comments,
    news_list,
    pool_paras,
    render_blocks,
    rng,
    share_bar,
    viewstate,
)
from pages1 import T_


def p11():
    r = rng(111)
    tpl = "drupal-sport-node-gui-boi-bold-tail"
    host = "thethaomiennui.example.vn"
    title = "Sao Mai Lạng Sơn ngược dòng kịch tính trước đội khách Hải Phòng Xanh"
    lead = ""
    blocks = [("p", "Trên sân vận động tỉnh tối 17/9, Sao Mai Lạng Sơn bị dẫn trước ngay phút thứ 12 sau pha đánh đầu của tiền "
                    "đạo Hà Quang Vinh. Phải đến phút 58, đội chủ nhà mới gỡ hòa nhờ cú sút xa của Nông Đức Thắng.")]
    blocks += pool_paras(r, T.SPORT, 3, avoid=blocks)
    blocks += [("p", "Phút bù giờ thứ hai, hậu vệ Hoàng Văn Nam băng vào dứt điểm cận thành, ấn định chiến thắng 2-1 trong "
                     "niềm vui vỡ òa của khán giả.")]
    blocks += pool_paras(r, T.SPORT[7:], 1, avoid=blocks)
    date = "Chủ nhật, 17/09/2023 - 21:10"
    art = ('<div id="node-3381" class="node node-article node-promoted clearfix" about="/node/3381">'
           '<h1 class="page-title">%s</h1>'
           '<div class="meta submitted"><span class="username">Gửi bởi admin</span> vào %s</div><div class="content">'
           '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div '
           'class="field-item even" property="content:encoded">%s<p><strong>Quốc Bảo</strong></p></div></div></div>'
           '<div class="field field-name-field-tags"><div class="field-label">Thẻ:&nbsp;</div><a href="/tags/v-league-2">'
           'Hạng Nhì</a></div></div><ul class="links inline"><li class="comment-add"><a href="/comment/reply/3381">Thêm bình '
           'luận mới</a></li></ul>%s</div>' % (E(title), date, render_blocks(blocks), comments(r, 2023, 3, "comment-wrapper")))
    h = page(11, host, "Báo Thể thao Miền Núi", 2023, title + " | Thể thao Miền Núi", "https://" + host + "/node/3381", art,
             ["Trang chủ", "Bóng đá"], "", '<meta name="Generator" content="Drupal 7 (http://drupal.org)">',
             body_cls="html not-front page-node node-type-article")
    return T_(11, tpl, "https://%s.example.vn/bong-da/sao-mai-lang-son-nguoc-dong-kich-tinh" % tpl,
              ["drupal", "field-name-body", "gui-boi-admin", "bold-tail-author", "weekday-chu-nhat", "no-lead", "off-topic"],
              False, title, lead, "Quốc Bảo", "2023-09-17T21:10+07:00", True, blocks, h, date, "Quốc Bảo")


def p12():
    r = rng(112)
    tpl = "wp-culture-entry-ngay-thang-italic-right"
    host = "vanhoaxunghe.example.vn"
    title = "Làng Trung Cần mở hội ví giặm đầu hè"
    lead = "Hội ví giặm làng Trung Cần năm nay quy tụ 14 câu lạc bộ từ các huyện trong tỉnh, với hơn 300 diễn viên không chuyên."
    blocks = [("p", "Bên bờ sông Lam, sân đình làng Trung Cần được trang hoàng cờ hoa từ chiều hôm trước. Nghệ nhân Nguyễn Thị "
                    "Lụa mở màn bằng làn điệu ví phường vải mà bà học được từ mẹ khi mới mười tuổi.")]
    blocks += pool_paras(r, T.CULT, 3, avoid=blocks)
    blocks += [("img", "/wp-content/uploads/2024/06/vi-giam.jpg", "Các nghệ nhân câu lạc bộ ví giặm xã Nam Trung biểu diễn"),
               ("p", "Hội kéo dài ba ngày, kết thúc bằng đêm giao lưu giữa các câu lạc bộ và "
                   "trao giải cho những tiết mục xuất sắc.")]
    date = "ngày 02 tháng 6 năm 2024"
    art = ('<article id="post-5521" class="post-5521 post type-post status-publish format-standard has-post-thumbnail hentry '
           'category-van-hoa"><header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class='
           '"posted-on">Đăng %s</span> <span class="byline">bởi <a class="url fn n" href="/author/editor01/">editor01</a>'
           '</span></div></header><div class="entry-content"><p><strong>%s</strong></p>%s<p style="text-align:right"><em>Thanh '
           'Xuân</em></p><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3></div></div>'
           '<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/vi-giam/" rel="tag">ví giặm</a></span>'
           '</footer></article><nav class="navigation post-navigation"><a href="/p/5520" rel="prev">Bài trước</a> <a href="/p/'
           '5522" rel="next">Bài sau</a></nav>%s' % (E(title), date, E(lead), render_blocks(blocks), comments(r, 2024, 4,
                                                                                                            "comments-area")))
    h = page(12, host, "Văn hóa Xứ Nghệ", 2024, title + " – Văn hóa Xứ Nghệ", "https://" + host + "/?p=5521", art,
             ["Trang chủ", "Văn hóa"], lead, '<meta name="generator" content="WordPress 6.4.2">' +
             '<meta property="article:published_time" content="2024-06-02T08:12:44+00:00">', side_style="dmy",
             body_cls="post-template-default single single-post")
    return T_(12, tpl, "https://%s.example.vn/2024/06/02/lang-trung-can-mo-hoi-vi-giam-dau-he/" % tpl,
              ["wordpress", "entry-content", "date-only-ngay-thang-nam", "italic-right-author", "cms-account-editor01",
               "bold-sapo-in-body", "off-topic"], False, title, lead, "Thanh Xuân", "2024-06-02T00:00:00+07:00", False, blocks,
              h, date, "Thanh Xuân")


def p13():
    r = rng(113)
    tpl = "legacy-2011-nested-font-br-toi-cap-nhat"
    host = "baobienhoa.example.vn"
    title = "Bình Hòa triển khai phần mềm quản lý hồ sơ một cửa tại 100% xã"
    lead = "Đến hết tháng 3/2011, tất cả 42 xã, phường, thị trấn của tỉnh đã ứng dụng phần mềm quản lý hồ sơ một cửa."
    blocks = [("p", "Phần mềm do một doanh nghiệp trong tỉnh xây dựng, cho phép cán bộ tiếp nhận in phiếu hẹn có mã vạch, "
                    "lãnh đạo xã theo dõi tiến độ xử lý hồ sơ ngay trên máy tính."),
              ("p", "Ông Đoàn Văn Lực, Chủ tịch UBND xã Phước Tân Hạ, cho biết từ khi có phần mềm, số hồ sơ trễ hẹn giảm rõ rệt "
                    "vì cán bộ nào để chậm đều hiện tên trên màn hình."),
              ("p", "Tuy vậy, nhiều xã chỉ có một máy tính ở bộ phận một cửa, khi mất điện hoặc "
                  "hỏng máy thì phải quay lại ghi sổ "
                    "tay. Đường truyền Internet tại các xã vùng xa còn chậm, có hôm không truy cập được."),
              ("p", "Sở Thông tin và Truyền thông cho biết năm nay sẽ hỗ trợ mỗi xã thêm hai máy tính, một máy quét và tổ chức "
                    "tập huấn cho 84 cán bộ một cửa. Tỉnh cũng đang chuẩn bị đưa 30 thủ tục lên cổng thông tin điện tử ở mức độ "
                    "2, cho phép người dân tải mẫu đơn về điền sẵn."),
              ("p", "Theo lãnh đạo sở, mục tiêu của năm 2011 là mọi hồ sơ đều được theo dõi trên phần mềm, tiến tới công khai "
                    "tình trạng xử lý hồ sơ trên mạng để người dân giám sát.")]
    body = "<br><br>".join(E(b[1]) for b in blocks)
    date = "Cập nhật lúc 9:30 tối, 15/03/2011"
    rows = "".join('<tr><td><img src="/images/bullet.gif"> <a href="/news/%d.htm"><font class="link">%s</font></a> <font '
                   'color="#999999">(%s)</font></td></tr>' % (i, E(f), f2)
                   for i, (f, f2) in enumerate((("Khai mạc hội chợ thương mại", "14/03/2011"),
                                                ("Tuyên truyền bầu cử ở vùng sâu", "13/03/2011"),
                                                ("Xe khách lật ở dốc Chuối", "12/03/2011"))))
    art = ('<table width="100%%" border="0" cellpadding="0" cellspacing="0"><tr><td class="title_detail"><font face="Arial" '
           'size="4" color="#003366"><b>%s</b></font></td></tr><tr><td><font size="1" color="#666666">%s</font></td></tr>'
           '<tr><td><table width="100%%" cellpadding="4"><tr><td class="lead"><font face="Arial" size="2"><b>%s</b></font>'
           '</td></tr><tr><td class="content"><font face="Arial" size="2">%s<br><br><b>PV</b></font></td></tr></table></td>'
           '</tr><tr><td><font size="2"><b>Các tin khác:</b></font><table>%s</table></td></tr></table>'
           % (E(title), date, E(lead), body, rows))
    h = page(13, host, "Báo Biên Hòa", 2011, "Bao Bien Hoa - " + title, "https://" + host + "/i", art, ["Trang chủ", "Tin tức"],
             lead, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', side_style="dmy",
             wrap=('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td>', "</td></tr></table>"))
    return T_(13, tpl, "https://%s.example.vn/news/default.asp?newsid=4412&catid=2" % tpl,
              ["table-layout", "font-br", "no-p", "12h-toi", "cap-nhat-only-date", "pv", "old-2011"], True, title, lead, "PV",
              "2011-03-15T21:30+07:00", True, blocks, h, date, "PV")


def p14():
    r = rng(114)
    tpl = "m-host-trade-paper-pipe-stale-ld"
    host = "m.congthuongmientay.example.vn"
    title = "Hóa đơn điện tử khởi tạo từ máy tính tiền: Hộ kinh doanh hết e ngại"
    lead = ("Sau một năm triển khai, hơn 5.300 hộ kinh doanh ở thành phố Cần Giang đã dùng hóa đơn điện tử khởi tạo từ máy "
            "tính tiền, nhiều người cho biết việc kê khai thuế đơn giản hơn trước.")
    blocks = [("p", "Chủ một cửa hàng tạp hóa trên đường Ba Tháng Hai, bà Quách Mỹ Dung, thừa nhận lúc đầu rất lo vì sợ phải "
                    "học phần mềm phức tạp. Thực tế, mỗi lần bán hàng chỉ cần bấm thêm một nút để in hóa đơn cho khách.")]
    blocks += pool_paras(r, T.CDS[6:30], 3, avoid=blocks)
    blocks += [("p", "Cục Thuế tỉnh cho biết sẽ tiếp tục phối hợp với các nhà cung cấp giải pháp hỗ trợ miễn phí thiết bị cho hộ "
                     "kinh doanh có doanh thu dưới 1 tỷ đồng mỗi năm.")]
    date = "10:20 | 25/01/2025"
    art = ('<div class="m-article"><h1 class="m-title">%s</h1><div class="m-meta"><span class="m-time">%s</span></div>'
           '<div class="m-sapo">%s</div><div class="m-content">%s</div><div class="m-author">Thực hiện: Ngô Thanh Tùng</div>'
           '<div class="m-tags"><a href="/tag/hoa-don-dien-tu">hóa đơn điện tử</a></div>%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks), news_list(r, "Đọc tiếp", 8, 2025, "m-related", "dmy", "div",
                                                                          host)))
    h = page(14, host, "Báo Công Thương Miền Tây", 2025, title, "https://" + host + "/j", art, ["Trang chủ", "Thị trường"],
             lead, ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": "2025-01-23T16:00:00+07:00", "dateModified": "2025-01-25T10:20:00+07:00"}),
             body_cls="mobile-layout")
    return T_(14, tpl, "https://%s.example.vn/thi-truong/hoa-don-dien-tu-khoi-tao-tu-may-tinh-tien-ho-kinh-doanh-het-e-ngai-"
              "31107.html" % tpl, ["m-host", "time-pipe-date", "stale-jsonld", "thuc-hien"], True, title, lead,
              "Ngô Thanh Tùng", "2025-01-25T10:20+07:00", True, blocks, h, date, "Thực hiện: Ngô Thanh Tùng")


def p15():
    r = rng(115)
    tpl = "amp-business-paper-ld-person-org-gmt0700"
    host = "doanhnhanviet.example.vn"
    title = "Doanh nghiệp vừa và nhỏ chuyển đổi số: Bắt đầu từ đâu?"
    lead = ("Không cần đầu tư lớn ngay từ đầu, doanh nghiệp nhỏ có thể bắt đầu chuyển đổi số từ những khâu đơn giản như "
            "kế toán, bán hàng và chăm sóc khách hàng.")
    blocks = [("p", "Khảo sát với 600 doanh nghiệp vừa và nhỏ cho thấy gần 70% đã dùng ít nhất một phần mềm quản trị, nhưng "
                    "chỉ khoảng 12% kết nối được dữ liệu giữa các bộ phận."),
              ("h", "Ba bước khởi đầu"),
              ("ol", ["Số hóa chứng từ kế toán và hóa đơn", "Quản lý bán hàng, tồn kho trên một nền tảng",
                      "Thu thập dữ liệu khách hàng để chăm sóc sau bán"])]
    blocks += pool_paras(r, T.CDS[7:28], 3, avoid=blocks)
    blocks += [("p", "Theo chuyên gia, sai lầm thường gặp là mua phần mềm đắt tiền trước khi chuẩn hóa quy trình, dẫn tới "
                     "nhân viên không dùng và hệ thống bị bỏ xó.")]
    date = "Thứ sáu, 09/08/2024 14:02 (GMT+07:00)"
    art = ('<article class="amp-article"><h1 class="amp-title">%s</h1><div class="amp-byline"><span class="author">ThS. Vũ Hoàng '
           'Anh</span> <time>%s</time></div><p class="amp-sapo">%s</p><div class="amp-body">%s</div>'
           '<amp-social-share type="facebook" width="40" height="40"></amp-social-share></article>'
           % (E(title), date, E(lead), render_blocks(blocks).replace("<img ", '<amp-img layout="responsive" width="640" '
                                                                            'height="360" ')))
    ldj = ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": "2024-08-09T14:02:00+07:00",
              "author": {"@type": "Organization", "name": "Báo Doanh Nhân Việt",
                         "employee": {"@type": "Person", "name": "ThS. Vũ Hoàng Anh"}}})
    h = page(15, host, "Báo Doanh Nhân Việt", 2024, title, "https://" + host + "/amp/k", art, ["Kinh doanh"], lead,
             '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}'
             '</style>' + ldj, body_cls="amp")
    h = h.replace('<html lang="vi">', '<html ⚡ lang="vi">', 1)
    return T_(15, tpl, "https://%s.example.vn/amp/doanh-nghiep-vua-va-nho-chuyen-doi-so-bat-dau-tu-dau-post71842.amp" % tpl,
              ["amp", "jsonld-person-in-org", "academic-title", "gmt-0700", "weekday", "ordered-list"], True, title, lead,
              "Vũ Hoàng Anh", "2024-08-09T14:02+07:00", True, blocks, h, date, "ThS. Vũ Hoàng Anh")


def p17():
    r = rng(117)
    tpl = "provincial-daily-brief-dang-luc-ngay-office"
    host = "baobacquan.example.vn"
    title = "Bắc Quan ra mắt kho ứng dụng dùng chung cho cán bộ xã"
    lead = "Kho ứng dụng gồm 12 phần mềm dùng chung, cán bộ cấp xã chỉ cần một tài khoản để đăng nhập tất cả."
    blocks = [("p", "Sáng 11/11, Sở Thông tin và Truyền thông tỉnh Bắc Quan chính thức vận hành "
        "kho ứng dụng dùng chung. Các phần "
                    "mềm gồm quản lý văn bản, một cửa điện tử, thư công vụ, họp trực tuyến và báo cáo thống kê."),
              ("p", "Theo kế hoạch, trước ngày 31/12, toàn bộ 1.860 cán bộ, công chức cấp xã sẽ được cấp tài khoản và hướng dẫn "
                    "sử dụng. Mỗi xã cử một cán bộ làm đầu mối hỗ trợ kỹ thuật, được tập huấn riêng trong hai ngày."),
              ("p", "Việc dùng chung một tài khoản được kỳ vọng giảm tình trạng mỗi phần mềm một mật khẩu, dễ quên và dễ lộ.")]
    date = "Đăng lúc 16:45 ngày 11/11/2024"
    art = ('<div class="detail-news"><h1 class="title">%s</h1><p class="time-post">%s</p><p class="sapo"><b>%s</b></p>'
           '<div class="content-news">%s<p style="text-align:right"><strong>Sở TT&amp;TT</strong></p></div>%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks), share_bar()))
    h = page(17, host, "Báo Bắc Quan", 2024, title, "https://" + host + "/m", art, ["Thời sự", "Chuyển đổi số"], lead)
    return T_(17, tpl, "https://%s.example.vn/thoi-su/bac-quan-ra-mat-kho-ung-dung-dung-chung-cho-can-bo-xa-147329.html" % tpl,
              ["brief", "office-credit", "dang-luc-ngay"], True, title, lead, None, "2024-11-11T16:45+07:00", True, blocks, h,
              date, "Sở TT&TT", "brief")


LONG = [
    ("h", "Phần 1: Chuyến đò chở dữ liệu"),
    ("p", "Năm giờ sáng, khi sương còn phủ kín mặt hồ, Lò Văn Thắm đã chất lên thuyền chiếc máy tính xách tay, một bộ phát "
          "wifi di động và tập hồ sơ được bọc kỹ trong túi ni lông. Anh là công chức tư pháp - hộ tịch của xã Mường Hồ, nơi "
          "ba bản ven lòng hồ thủy điện chỉ có thể đến bằng thuyền máy."),
    ("p", "Mỗi tháng hai lần, Thắm cùng một đoàn viên thanh niên đi thuyền hơn một giờ để đến các bản, giúp người dân làm "
          "giấy khai sinh, đăng ký kết hôn, cập nhật thông tin cư trú. Trước kia, người dân phải tự chèo thuyền ra trung tâm "
          "xã, mất cả ngày công và không ít lần về tay không vì thiếu giấy tờ."),
    ("p", "Chúng tôi mang cả bộ phận một cửa ra tận bản, Thắm nói, tay chỉ vào chiếc máy quét nhỏ gọn. Hồ sơ được chụp, "
          "ký số ngay tại chỗ, gửi về xã khi có sóng. Nhiều giấy tờ được trả kết quả điện tử ngay trong buổi chiều."),
    ("p", "Đến nay, tổ công nghệ số cộng đồng của xã đã có 37 thành viên, phần lớn là đoàn viên, trưởng bản và giáo viên. "
          "Họ không chỉ hướng dẫn thủ tục mà còn dạy bà con cách nhận tiền hỗ trợ qua tài "
              "khoản, cách nhận biết tin nhắn lừa đảo."),
    ("h", "Phần 2: Khi con số biết nói"),
    ("p", "Ở trung tâm điều hành của tỉnh, một màn hình lớn hiển thị bản đồ với hàng trăm chấm màu. Mỗi chấm là một hồ sơ "
          "đang được xử lý, màu đỏ là trễ hạn, màu vàng là sắp đến hạn. Giám đốc trung tâm, chị Cầm Thị Ngọc Hà, cho biết "
          "chỉ cần nhìn bản đồ là biết đơn vị nào đang ùn hồ sơ."),
    ("p", "Trước đây, số liệu phải tổng hợp bằng báo cáo giấy từ các huyện, thường chậm một đến hai tuần. Nay lãnh đạo tỉnh "
          "có thể xem số liệu gần như theo thời gian thực, từ tiến độ giải ngân vốn đầu tư công đến số ca bệnh truyền nhiễm."),
    ("p", "Nhưng để có những chấm màu ấy, tỉnh đã mất gần ba năm chuẩn hóa dữ liệu. Có những danh mục, chỉ riêng tên các "
          "thôn bản đã có ba cách viết khác nhau ở ba phần mềm. Việc làm sạch dữ liệu tốn công hơn nhiều so với mua thiết bị."),
    ("p", "Chị Hà kể, có thời điểm cả nhóm kỹ thuật phải thức nhiều đêm để đối chiếu hơn 200 nghìn bản ghi dân cư. Mỗi sai "
          "lệch nhỏ như ngày sinh ghi nhầm hay số nhà thiếu đều phải liên hệ lại với cơ sở để xác minh."),
    ("h", "Phần 3: Chợ phiên lên mạng"),
    ("p", "Chợ phiên Mường Hồ họp vào sáng chủ nhật. Giữa những sạp thổ cẩm và gùi măng, giờ đây có thêm tấm bảng nhỏ in "
          "mã QR. Bà Vàng Thị Sua, 58 tuổi, bán mật ong rừng, nói bà không biết chữ nhiều nhưng biết nghe điện thoại báo "
          "tiền về."),
    ("p", "Hợp tác xã dược liệu của xã cũng đã có gian hàng trên hai sàn thương mại điện tử. Mỗi tháng, hợp tác xã bán được "
          "khoảng 400 đơn hàng trà giảo cổ lam và tam thất, gấp bốn lần so với khi chỉ bán cho khách du lịch."),
    ("p", "Giám đốc hợp tác xã, anh Sùng A Páo, thừa nhận khó nhất là giữ chất lượng đồng đều và đóng gói đúng chuẩn. "
          "Đã có lần cả lô hàng bị trả lại vì bao bì bị ẩm trên đường vận chuyển xuống xuôi."),
    ("h", "Phần 4: Những khoảng trống"),
    ("p", "Không phải câu chuyện nào cũng có màu hồng. Ở bản Huổi Lìu, sóng điện thoại chỉ bắt được ở một góc đồi sau nhà văn "
          "hóa. Muốn gọi điện, người dân phải leo lên đó, có khi đứng hàng giờ dưới mưa."),
    ("p", "Một số phần mềm được trang bị từ những dự án trước nay không còn ai bảo trì. Cán bộ xã phải nhập cùng một thông tin "
          "vào ba hệ thống khác nhau, vừa mất thời gian vừa dễ sai sót."),
    ("p", "Nhiều người cao tuổi vẫn e ngại khi phải cung cấp thông tin cá nhân qua điện thoại. Những vụ lừa đảo qua mạng xảy "
          "ra ở các xã lân cận khiến họ càng thận trọng, có người tắt hẳn ứng dụng sau khi được cài đặt."),
    ("p", "Cán bộ tổ công nghệ số cộng đồng phần lớn làm việc kiêm nhiệm, không có phụ cấp riêng. Khi đoàn viên thanh niên "
          "đi làm ăn xa, tổ lại thiếu người, nhiều kế hoạch phải dời lại."),
    ("h", "Phần 5: Con đường phía trước"),
    ("p", "Theo kế hoạch của tỉnh, đến năm 2026 sẽ có 100% thôn bản được phủ sóng di động băng rộng, mỗi xã có ít nhất một "
          "điểm hỗ trợ dịch vụ công có người hướng dẫn. Tỉnh cũng nghiên cứu cơ chế hỗ trợ kinh phí cho thành viên tổ công "
          "nghệ số cộng đồng."),
    ("p", "Ông Lò Văn Hiếu, Phó Chủ tịch UBND tỉnh, cho rằng chuyển đổi số ở miền núi phải đi chậm mà chắc. Điều quan trọng "
          "là người dân thấy được lợi ích thiết thực, từ một tờ giấy khai sinh làm nhanh hơn đến một đơn hàng bán được giá hơn."),
    ("p", "Chiều muộn, chiếc thuyền của Thắm quay về bến xã. Trong máy tính là 23 bộ hồ sơ vừa tiếp nhận. Anh bảo, khi nào "
          "bản có sóng ổn định, có lẽ anh sẽ ít phải đi thuyền hơn, nhưng vẫn sẽ đến bản thường xuyên, vì có những việc "
          "người dân vẫn cần một người ngồi bên cạnh chỉ cho."),
]


def p16():
    r = rng(116)
    tpl = "emag-longread-noi-dung-anh-thiet-ke-b64"
    host = "emag.baotaybac.example.vn"
    title = "Chuyển đổi số bên lòng hồ: Khi bộ phận một cửa lên thuyền"
    lead = ("Ở những bản làng ven lòng hồ thủy điện, chuyển đổi số không bắt đầu từ những trung tâm dữ liệu hiện đại, mà từ "
            "chiếc thuyền máy, bộ phát wifi và những người cán bộ kiên nhẫn.")
    extra = pool_paras(r, T.CDS, 9, 3)
    blocks = list(LONG[:10]) + extra[:5] + list(LONG[10:]) + extra[5:]
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0]) + r.randbytes(250000) + bytes([0xFF, 0xD9])
    hero = '<div class="emag-hero"><img alt="" src="data:image/jpeg;base64,%s"></div>' % base64.b64encode(raw).decode()
    credit = "Nội dung: Phạm Thu Trang - Lê Minh Khoa | Ảnh: Đặng Huy | Thiết kế: Mai Anh"
    date = "Ngày xuất bản: 01/09/2024"
    body = render_blocks(blocks, "figcaption").replace("<h2>", '<h2 class="emag-chapter">')
    art = ('<div class="emagazine-wrap">%s<div class="emag-head"><h1 class="emag-title">%s</h1><p class="emag-sapo">%s</p>'
           '<div class="emag-credit">%s</div><div class="emag-date">%s</div></div><div class="emag-body">%s'
           '<figure class="full"><img src="/emag/2024/ho-thuy-dien.jpg" alt=""><figcaption>Bến thuyền xã Mường Hồ lúc bình minh.'
           '</figcaption></figure></div>%s</div>' % (hero, E(title), E(lead), credit, date, body, share_bar("emag-share")))
    h = page(16, host, "Báo Tây Bắc", 2024, title + " | E-magazine", "https://" + host + "/n", art, ["E-magazine"], lead,
             ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-09-01"}),
             body_cls="emagazine")
    return T_(16, tpl, "https://%s.example.vn/emagazine/chuyen-doi-so-ben-long-ho-khi-bo-phan-mot-cua-len-thuyen-20240901.html"
              % tpl, ["emagazine", "long-form", "base64-image", "credit-block-pipe", "date-only", "ngay-xuat-ban"], True,
              title, lead, "Phạm Thu Trang, Lê Minh Khoa", "2024-09-01T00:00:00+07:00", False, blocks, h, date,
              "Nội dung: Phạm Thu Trang - Lê Minh Khoa", "long")


def p18():
    r = rng(118)
    tpl = "magazine-theo-author-outlet-modified-below"
    host = "tapchixahoiso.example.vn"
    title = "Người cao tuổi và khoảng cách số: Cần những lớp học kiên nhẫn"
    lead = ("Gần một nửa người trên 60 tuổi chưa từng tự thực hiện một giao dịch trực tuyến nào, theo một khảo sát tại ba "
            "tỉnh đồng bằng sông Hồng.")
    blocks = [("p", "Mỗi sáng thứ bảy, nhà văn hóa tổ dân phố số 6 lại rộn ràng tiếng cười. Hơn hai mươi cụ ông, cụ bà chăm chú "
                    "theo dõi cô giáo trẻ hướng dẫn cách gọi video cho con cháu ở xa và cách tra cứu lương hưu trên điện thoại.")]
    blocks += pool_paras(r, T.CDS[8:30], 2, avoid=blocks)
    blocks += [("h", "Kết quả khảo sát theo nhóm tuổi"),
               ("table", [["Nhóm tuổi", "Đã dùng điện thoại thông minh", "Tự giao dịch trực tuyến"], ["60 - 69", "78%", "41%"],
                          ["70 - 79", "52%", "18%"], ["Từ 80 trở lên", "21%", "4%"]]),
               ("p", "Các chuyên gia cho rằng cần thiết kế dịch vụ công với giao diện chữ to, "
                   "thao tác ít bước và luôn có số điện "
                     "thoại hỗ trợ trực tiếp, thay vì chỉ trông chờ người cao tuổi tự thích nghi."),
               ("p", "Nhiều địa phương đã gắn việc dạy kỹ năng số với sinh hoạt của hội người cao tuổi, tận dụng chính con cháu "
                     "trong gia đình làm người hướng dẫn.")]
    date = "14:30 | Thứ hai, 15/04/2024"
    art = ('<div class="box-detail"><h1 class="post-title">%s</h1><div class="post-date">%s</div><div class="post-sapo">%s</div>'
           '<div class="post-content">%s<p class="post-source" style="text-align:right"><em>Theo Đào Khánh Linh (Báo Đồng '
           'Bằng)</em></p></div><div class="post-modified">Ngày cập nhật: 16/04/2024 09:00</div>%s%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks), share_bar(),
              news_list(r, "Tin liên quan", 6, 2024, "related-post", "hm-dmy", "div", host)))
    h = page(18, host, "Tạp chí Xã hội Số", 2024, title, "https://" + host + "/o", art, ["Xã hội số"], lead,
             '<meta property="article:modified_time" content="2024-04-16T09:00:00+07:00">')
    return T_(18, tpl, "https://%s.example.vn/xa-hoi-so/nguoi-cao-tuoi-va-khoang-cach-so-can-nhung-lop-hoc-kien-nhan-a5512.html"
              % tpl, ["theo-author-outlet", "modified-below", "table", "time-pipe-weekday-date"], True, title, lead,
              "Đào Khánh Linh", "2024-04-15T14:30+07:00", True, blocks, h, date, "Theo Đào Khánh Linh (Báo Đồng Bằng)")


def p19():
    r = rng(119)
    tpl = "webforms-form1-science-paper-luc-am-ts"
    host = "khoahocdoisong.example.vn"
    title = "Nền tảng học liệu số dùng chung cho các trường nghề"
    lead = ("Bộ học liệu số với hơn 4.000 bài giảng điện tử sẽ được chia sẻ miễn phí cho các trường cao đẳng, trung cấp "
            "nghề trong cả nước.")
    blocks = [("p", "Nền tảng được xây dựng trong hai năm với sự tham gia của 36 trường nghề. Mỗi bài giảng gồm video, mô phỏng "
                    "ba chiều và bộ câu hỏi kiểm tra, giúp học viên có thể tự học trước khi vào xưởng thực hành.")]
    blocks += pool_paras(r, T.CDS[9:24], 2, avoid=blocks)
    blocks += [("rel", ["Trường nghề và bài toán thiết bị thực hành", "Đào tạo kỹ năng số cho lao động phổ thông"]),
               ("video", "Zx9Yw8Vv7Uu"),
               ("p", "Theo nhóm phát triển, điểm khó là chuẩn hóa nội dung giữa các trường vốn có chương trình khác nhau. Hội "
                     "đồng chuyên môn đã phải rà soát lại từng bài trước khi đưa lên hệ thống."),
               ("p", "Giai đoạn tiếp theo, nền tảng sẽ bổ sung chức năng cấp chứng chỉ số cho người học hoàn thành khóa học.")]
    date = "Ngày đăng: 05/06/2023 lúc 7:20 AM"
    art = ('<div id="ctl00_divNewsDetail" class="newsdetail"><h1 id="ctl00_lblTitle" class="newstitle">%s</h1>'
           '<span id="ctl00_lblDate"'
           ' class="newsdate">%s</span><div id="ctl00_lblSummary" class="newssummary"><b>%s</b></div><div id="ctl00_lblContent" '
           'class="newscontent">%s</div><div class="newsauthor" style="text-align:right"><b>Tác giả: TS. Lương Đức Mạnh</b>'
           '</div>%s<div class="othernews">%s</div></div>'
           % (E(title), date, E(lead), render_blocks(blocks, "em"), share_bar(),
              news_list(r, "Các tin đã đưa", 10, 2023, "othernews-list", "dmy", "div", host)))
    h = page(19, host, "Báo Khoa học và Đời sống Mới", 2023, title, "https://" + host + "/p", art, ["Khoa học", "Giáo dục"],
             lead, '<meta property="article:published_time" content="2023-06-05T07:20:00+07:00">',
             wrap=('<form method="post" action="./NewsDetail.aspx?id=20915" id="form1">' + viewstate(r, 7000), "</form>"))
    return T_(19, tpl, "https://%s.example.vn/giao-duc/NewsDetail.aspx?id=20915" % tpl,
              ["aspnet-form1", "viewstate", "ngay-dang-luc", "12h-am", "academic-title", "inline-related", "video-embed"],
              True, title, lead, "Lương Đức Mạnh", "2023-06-05T07:20+07:00", True, blocks, h, date, "TS. Lương Đức Mạnh")
