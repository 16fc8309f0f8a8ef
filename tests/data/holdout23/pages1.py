"""Articles 1-10."""
import texts as T
from chrome import ld, page
from common import E, comments, news_list, pool_paras, render_blocks, rng, share_bar, truth_text, viewstate


def T_(n, tpl, url, flags, rel, title, lead, author, pub, ts, blocks, html, date, credit, kind="normal"):
    return {"n": n, "template": tpl, "url": url, "flags": flags, "is_article": True, "relevant": rel, "title": title,
            "lead": lead, "author": author, "published_at": pub, "time_shown": ts, "text": truth_text(blocks),
            "html": html, "_date": date, "_credit": credit, "_kind": kind}


def p01():
    r = rng(101)
    tpl = "provincial-organ-webforms-ngay-dang-sec"
    host = "baosonghau.example.vn"
    title = "Sông Hậu đưa 100% hồ sơ công việc cấp huyện lên môi trường mạng"
    lead = ("Sau hai năm triển khai, toàn bộ hồ sơ công việc của 9 huyện, thị xã trong tỉnh Sông Hậu đã được xử lý trên "
            "môi trường mạng, trừ các văn bản mật theo quy định.")
    blocks = [("p", "Chiều 17/4, Ban Chỉ đạo chuyển đổi số tỉnh Sông Hậu họp đánh giá kết quả quý I. Báo cáo tại cuộc họp "
                    "cho thấy thời gian xử lý trung bình một hồ sơ công việc đã giảm từ 4,5 ngày xuống còn 1,8 ngày.")]
    blocks += pool_paras(r, T.CDS, 2, avoid=blocks)
    blocks += [("img", "/uploads/2024/04/hop-bcd.jpg", "Quang cảnh cuộc họp Ban Chỉ đạo chuyển đổi số tỉnh. Ảnh: Minh Triết"),
               ("h", "Còn khoảng cách giữa các huyện"),
               ("p", "Dù vậy, mức độ ứng dụng giữa các địa phương chưa đồng đều. Huyện Cù Lao Dung Hạ đạt tỷ lệ ký số 97%, "
                     "trong khi hai huyện vùng sâu mới đạt khoảng 70%.")]
    blocks += pool_paras(r, T.CDS[10:], 2, avoid=blocks)
    blocks += [("p", "Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh Lâm Quốc Thái đề nghị các huyện chấm dứt tình trạng "
                     "vừa gửi văn bản điện tử vừa gửi bản giấy, đồng thời hoàn thành kết nối dữ liệu trước ngày 30/6.")]
    date = "Ngày đăng: 18/04/2024 09:50:00"
    art = ('<div class="news-detail"><h1 class="title-detail">%s</h1><div class="date-detail">%s</div>'
           '<div class="sapo-detail"><strong>%s</strong></div><div class="content-detail" id="ctl00_ContentPlaceHolder1_'
           'divContent">%s</div><div class="author-detail">Tác giả: Hồ Minh Triết</div>%s%s%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks, "table"), share_bar(),
              news_list(r, "Tin liên quan", 5, 2024, "related-news", "dmy", "div", host), comments(r, 2024)))
    h = page(1, host, "Báo Sông Hậu", 2024, title + " - Báo Sông Hậu điện tử", "https://" + host + "/tin-tuc/x.aspx", art,
             ["Trang chủ", "Chuyển đổi số"], lead,
             '<meta property="article:published_time" content="2024-04-16T15:20:00+07:00">',
             wrap=('<form method="post" action="./chi-tiet.aspx?id=48213" id="aspnetForm">' + viewstate(r), "</form>"))
    return T_(1, tpl, "https://%s.example.vn/chuyen-doi-so/song-hau-dua-100-ho-so-len-mang-48213.aspx" % tpl,
              ["aspnet-form", "viewstate", "date-seconds", "stale-meta", "caption-table-row", "tac-gia"], True, title, lead,
              "Hồ Minh Triết", "2024-04-18T09:50:00+07:00", True, blocks, h, date, "Hồ Minh Triết")


def p02():
    r = rng(102)
    tpl = "vc-press-detail-sapo-gmt7"
    host = "kinhtexanh.example.vn"
    title = "Thương mại điện tử nông thôn: Đơn hàng tăng nhanh, logistics vẫn là nút thắt"
    lead = ("Số đơn hàng từ các xã gửi đi qua sàn thương mại điện tử tăng gần 60% trong nửa đầu năm, song chi phí vận "
            "chuyển chặng cuối vẫn chiếm tới một phần tư giá trị món hàng.")
    blocks = [("p", "Ở xã Đông Phú, chị Vi Thị Hằng mỗi ngày đóng gói khoảng 80 hộp măng khô để giao cho đơn vị vận chuyển. "
                    "Ba năm trước, chị chỉ bán được cho thương lái với giá thấp hơn gần một nửa.")]
    blocks += pool_paras(r, T.CDS[5:20], 2, avoid=blocks)
    blocks += [("h", "Chặng cuối đắt đỏ"),
               ("p", "Theo khảo sát của một hiệp hội doanh nghiệp, phí giao một kiện hàng 2 kg từ huyện miền núi về thành phố "
                     "dao động 28.000 - 45.000 đồng, cao gấp đôi chiều ngược lại."),
               ("q", "Nếu không giải được bài toán gom hàng, người bán nhỏ ở nông thôn sẽ rất khó cạnh tranh, ông Đinh Gia Bảo, "
                     "chuyên gia kinh tế số, nhận định."),
               ("rel", ["Sàn nông sản địa phương: Sống được hay không?", "Ví điện tử về bản"]),
               ("p", "Một số địa phương đã thử mô hình điểm gom hàng chung tại bưu cục xã, giúp giảm khoảng 30% chi phí.")]
    blocks += pool_paras(r, T.CDS[20:], 1, avoid=blocks)
    date = "23/07/2024 14:25 (GMT+7)"
    art = ('<div class="detail-main"><div class="detail-cate"><a href="/kinh-te-so.chn">Kinh tế số</a></div>'
           '<h1 class="detail-title" data-role="title">%s</h1><div class="detail-info"><div class="detail-author">'
           '<a class="author" href="/tac-gia/minh-quan.htm">Minh Quân</a></div><div class="detail-time"><span '
           'data-role="publishdate">%s</span></div></div><h2 class="detail-sapo" data-role="sapo">%s</h2>'
           '<div class="detail-content afcbc-body" data-role="content">%s</div><div class="detail-tag"><a href="/thuong-mai-'
           'dien-tu.html">thương mại điện tử</a> <a href="/logistics.html">logistics</a></div>%s%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks), share_bar("detail-share"),
              news_list(r, "Tin cùng chuyên mục", 8, 2024, "box-same-cate", "dmy", "div", host)))
    h = page(2, host, "Tạp chí Kinh tế Xanh", 2024, title, "https://" + host + "/a.chn", art, ["Trang chủ", "Kinh tế số"],
             lead, ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                       "datePublished": "2024-07-23T14:25:00+07:00", "author": {"@type": "Person", "name": "Minh Quân"}}))
    return T_(2, tpl, "https://%s.example.vn/thuong-mai-dien-tu-nong-thon-don-hang-tang-nhanh-188240723142.chn" % tpl,
              ["vccorp-style", "gmt7", "sapo-h2", "inline-related", "quote", "jsonld"], True, title, lead, "Minh Quân",
              "2024-07-23T14:25+07:00", True, blocks, h, date, "Minh Quân")


def p03():
    r = rng(103)
    tpl = "fpt-cms-weekday-ch-two-names"
    host = "thoibaothudo.example.vn"
    title = "Hà Thành thí điểm trợ lý ảo trả lời thủ tục hành chính 24/7"
    lead = ("Trợ lý ảo được huấn luyện trên gần 2.000 thủ tục hành chính và có thể trả lời câu hỏi bằng giọng nói, giúp người "
            "dân tra cứu mà không cần đến bộ phận một cửa.")
    blocks = [("p", "Từ ngày 12/3, người dân tại 5 quận nội thành có thể hỏi trợ lý ảo qua cổng dịch vụ công hoặc ứng dụng "
                    "trên điện thoại. Hệ thống sẽ gợi ý hồ sơ cần chuẩn bị, lệ phí và nơi nộp.")]
    blocks += pool_paras(r, T.CDS, 2, avoid=blocks)
    blocks += [("p", "Các câu hỏi được trả lời nhiều nhất trong tuần đầu gồm:"),
               ("ul", ["Đăng ký khai sinh cho con", "Cấp lại giấy phép lái xe", "Đăng ký thường "
                   "trú", "Xin cấp phép xây dựng nhà ở"]),
               ("p", "Đơn vị vận hành cho biết tỷ lệ câu trả lời được người dùng đánh giá hữu ích đạt khoảng 81%. Các câu hỏi "
                     "mà trợ lý ảo chưa trả lời được sẽ chuyển cho cán bộ xử lý trong giờ hành chính.")]
    blocks += pool_paras(r, T.CDS[15:], 1, avoid=blocks)
    date = "Thứ ba, 12/03/2024, 3:15 CH"
    art = ('<article class="article-detail"><h1 class="article-title">%s</h1>'
           '<div class="article-meta"><span class="publish-date">'
           '%s</span></div><div class="article-sapo">%s</div><div class="article-body" id="abody">%s</div>'
           '<div class="article-author" style="text-align:right"><strong>Nguyễn Thảo - Bùi Tiến Dũng</strong></div>%s%s</article>'
           % (E(title), date, E(lead), render_blocks(blocks, "em"), share_bar(), comments(r, 2024, 3)))
    h = page(3, host, "Thời báo Thủ Đô", 2024, title + " | Thời báo Thủ Đô", "https://" + host + "/a", art,
             ["Trang chủ", "Xã hội", "Chính quyền số"], lead, body_cls="fpt-detail")
    return T_(3, tpl, "https://%s.example.vn/xa-hoi/ha-thanh-thi-diem-tro-ly-ao-tra-loi-thu-tuc-hanh-chinh-247-i7731.html" % tpl,
              ["weekday", "12h-ch", "two-authors-dash", "list", "caption-em"], True, title, lead, "Nguyễn Thảo, Bùi Tiến Dũng",
              "2024-03-12T15:15+07:00", True, blocks, h, date, "Nguyễn Thảo - Bùi Tiến Dũng")


def p04():
    r = rng(104)
    tpl = "national-radio-vov-prefix-slash-author"
    host = "dainoiquoc.example.vn"
    title = "Phủ sóng 4G đến các bản đặc biệt khó khăn trước năm 2026"
    lead = ("Bộ Thông tin và Truyền thông đặt mục tiêu xóa toàn bộ vùng lõm sóng di động tại các thôn, bản đặc biệt khó khăn "
            "trong năm tới, mở đường cho người dân tiếp cận dịch vụ số.")
    blocks = [("p", "Hiện cả nước còn khoảng 1.050 thôn, bản chưa có sóng di động hoặc sóng yếu, phần lớn ở vùng núi phía Bắc "
                    "và Tây Nguyên. Chi phí xây một trạm phát sóng ở những nơi này cao gấp ba lần vùng đồng bằng.")]
    blocks += pool_paras(r, T.CDS[18:], 2, avoid=blocks)
    blocks += [("video", "a1B2c3D4e5F"),
               ("p", "Theo đại diện một nhà mạng, khó khăn lớn nhất là nguồn điện. Nhiều trạm phải dùng pin mặt trời kết hợp "
                     "ắc quy dự phòng để hoạt động ổn định trong mùa mưa."),
               ("p", "Khi có sóng, các bản sẽ được ưu tiên lắp điểm truy cập wifi công cộng tại nhà văn hóa, trường học và "
                     "trạm y tế để người dân làm thủ tục, học tập và khám bệnh từ xa.")]
    date = "07:45, 05/02/2024"
    art = ('<div class="article"><h1 class="article__title cms-title">%s</h1><div class="article__meta"><time class="time">%s'
           '</time></div><div class="article__sapo cms-desc">VOV.VN - %s</div><div class="article__body cms-body">%s</div>'
           '<p class="article__author cms-author">Hải Yến/VOV.VN</p><div class="article__tag">Từ khóa: <a href="/tag/4g">4G</a> '
           '<a href="/tag/vung-lom-song">vùng lõm sóng</a></div>%s%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks), share_bar(),
              news_list(r, "Tin liên quan", 6, 2024, "related", "hm-dmy", "div", host)))
    h = page(4, host, "Đài Tiếng nói Nội Quốc", 2024, title, "https://" + host + "/b", art, ["Xã hội", "Công nghệ"], lead,
             '<meta property="article:published_time" content="2024-02-05T07:45:00+07:00">'
             '<meta class="cms-date" itemprop="datePublished" content="2024-02-05T07:45:00+07:00">')
    return T_(4, tpl, "https://%s.example.vn/cong-nghe/phu-song-4g-den-cac-ban-dac-biet-kho-khan-1051824.vov" % tpl,
              ["outlet-prefix-sapo", "author-slash-outlet", "video-embed", "time-before-date"], True, title, lead, "Hải Yến",
              "2024-02-05T07:45+07:00", True, blocks, h, date, "Hải Yến")


def p05():
    r = rng(105)
    tpl = "agency-wire-brief-theo-ttxvn-road"
    host = "thongtanxa.example.vn"
    title = "Xe tải lật trên đèo Khau Phạ, quốc lộ 32 ùn tắc hơn 2 giờ"
    lead = "Sáng 14/8, một xe tải chở vật liệu xây dựng bị lật khi đang xuống đèo Khau Phạ, làm ách tắc giao thông nhiều giờ."
    blocks = [("p", "Khoảng 9 giờ 30 phút, xe tải biển kiểm soát 21C-458.xx do tài xế Lò Văn Sáng điều khiển lưu thông theo "
                    "hướng đi Mù Cang Chải thì bị lật nghiêng, chắn gần hết mặt đường.")] + [("p", " ".join(T.TRAFFIC))] + \
             [("p", "Công an huyện đã huy động xe cẩu đến hiện trường để giải phóng mặt đường.")]
    date = "14/08/2023 16:02 GMT+7"
    art = ('<div class="detail"><h1 class="detail-title">%s</h1><div class="detail-date">%s</div><div class="detail-lead"><p>'
           '<strong>%s</strong></p></div><div class="detail-body">%s<p style="text-align:right"><strong>Theo TTXVN</strong>'
           '</p></div>%s</div>' % (E(title), date, E(lead), render_blocks(blocks), share_bar()))
    h = page(5, host, "Thông tấn xã Đông Dương", 2023, title, "https://" + host + "/c", art, ["Xã hội", "Giao thông"], lead,
             side_style="dmy")
    return T_(5, tpl, "https://%s.example.vn/xa-hoi/xe-tai-lat-tren-deo-khau-pha-quoc-lo-32-un-tac-20230814160211.htm" % tpl,
              ["brief", "off-topic", "theo-ttxvn", "gmt7"], False, title, lead, None, "2023-08-14T16:02+07:00", True, blocks,
              h, date, None, "brief")


def p06():
    r = rng(106)
    tpl = "sp-publishing-rte-magazine-xuat-ban"
    host = "tapchiquanly.example.vn"
    title = "Dữ liệu mở: Nguồn tài nguyên chưa được khai thác đúng mức"
    lead = ("Nhiều bộ dữ liệu do cơ quan nhà nước nắm giữ có giá trị lớn với doanh nghiệp và nhà nghiên cứu, nhưng việc công "
            "bố vẫn chậm và thiếu chuẩn thống nhất.")
    blocks = [("p", "Tính đến tháng 10, cổng dữ liệu quốc gia mới công bố khoảng 3.400 bộ dữ liệu mở, trong đó nhiều bộ chỉ là "
                    "tệp bảng tính cập nhật một lần rồi bỏ đó.")]
    blocks += pool_paras(r, T.CDS, 3, avoid=blocks)
    blocks += [("h3", "Bảng: Số bộ dữ liệu mở theo lĩnh vực (tính đến 31/10)"),
               ("table", [["Lĩnh vực", "Số bộ dữ liệu", "Tỷ lệ cập nhật định kỳ"], ["Tài chính - ngân sách", "612", "48%"],
                          ["Giao thông vận tải", "389", "31%"], ["Môi trường", "274", "22%"], ["Y tế", "198", "40%"]]),
               ("p", "Các chuyên gia đề xuất xây dựng danh mục dữ liệu mở ưu tiên, kèm cam kết tần suất cập nhật và giấy phép "
                     "sử dụng rõ ràng để doanh nghiệp yên tâm khai thác.")]
    date = "Ngày xuất bản: 22/11/2023 | 08:30"
    art = ('<div id="ctl00_PlaceHolderMain_ctl00" class="news-detail-sp"><div class="ms-webpart-zone"><h1 class="title">%s</h1>'
           '<div class="date-public">%s</div><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" '
           'class="ms-rtestate-field sapo" style="display:inline">%s</div><div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_'
           'RichHtmlField" class="ms-rtestate-field">%s<p style="text-align:right"><strong>ThS. Trịnh Hoài Nam</strong></p>'
           '<p><em>Nguồn: Tạp chí Quản lý Nhà nước số 11/2023</em></p></div>%s</div></div>'
           % (E(title), date, E(lead), render_blocks(blocks), share_bar("sp-tools")))
    h = page(6, host, "Tạp chí Quản lý và Phát triển", 2023, "Dữ liệu mở - Tạp chí", "https://" + host + "/d", art,
             ["Trang chủ", "Nghiên cứu"], lead, wrap=('<form method="post" action="./Pages/du-lieu-mo.aspx" id="aspnetForm">'
                                                       + viewstate(r, 5000), "</form>"), pre="s4-workspace")
    return T_(6, tpl, "https://%s.example.vn/Pages/du-lieu-mo-nguon-tai-nguyen-chua-duoc-khai-thac.aspx" % tpl,
              ["sharepoint", "ms-rtestate", "ngay-xuat-ban-pipe", "table", "bold-tail-author", "academic-title", "nguon-line"],
              True, title, lead, "Trịnh Hoài Nam", "2023-11-22T08:30+07:00", True, blocks, h, date, "ThS. Trịnh Hoài Nam")


def p07():
    r = rng(107)
    tpl = "dnn-farm-paper-sang-clock-bai-anh"
    host = "nhanongmoi.example.vn"
    title = "Đồng Tháp Mười ra quân sạ lúa hè thu, tiết kiệm một phần ba lượng giống"
    lead = "Hơn 12.000 héc-ta lúa hè thu được xuống giống tập trung trong một tuần, áp dụng sạ cụm và bón phân theo bảng màu lá."
    blocks = [("p", "Sáng sớm, cánh đồng ấp Tân Hòa đã rộn tiếng máy. Ông Trương Văn Của, 62 tuổi, cho biết năm nay gia đình "
                    "ông chỉ dùng 80 kg giống cho mỗi héc-ta thay vì 150 kg như trước.")]
    blocks += pool_paras(r, T.AGRI, 3, avoid=blocks)
    blocks += [("img", "/Portals/0/2024/07/sa-lua.jpg", "Nông dân ấp Tân Hòa sạ cụm bằng máy kéo tay"),
               ("p", "Ngành nông nghiệp huyện sẽ tiếp tục theo dõi sát diễn biến sâu bệnh, thông báo kịp thời qua loa truyền "
                     "thanh ấp và các nhóm nông dân.")]
    blocks += pool_paras(r, T.AGRI[9:], 1, avoid=blocks)
    date = "Đăng lúc: 6:40 sáng, 09/07/2024"
    art = ('<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1421"><a name="1421"></a><div id="dnn_ctr1421_ContentPane">'
           '<div id="dnn_ctr1421_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><div class="eds_news_detail">'
           '<h1 class="edn_articleTitle">%s</h1><div class="edn_metaDetails"><span class="edn_date">%s</span></div>'
           '<div class="edn_articleSummary"><p>%s</p></div><div class="edn_articleContent">%s'
           '<p><strong>Bài và ảnh: Lê Văn Tư</strong></p></div>%s%s</div></div></div></div>'
           % (E(title), date, E(lead), render_blocks(blocks, "table"), share_bar(),
              news_list(r, "Tin cùng chuyên mục", 6, 2024, "edn_related", "dmy", "div", host)))
    h = page(7, host, "Báo Nhà Nông Mới", 2024, title, "https://" + host + "/e", art, ["Nông nghiệp", "Trồng trọt"], lead,
             wrap=('<form method="post" action="/nong-nghiep/id/8812" id="Form">' + viewstate(r, 4000), "</form>"),
             pre="dnn_wrapper", body_cls="dnnSkin")
    return T_(7, tpl, "https://%s.example.vn/nong-nghiep/trong-trot/dong-thap-muoi-ra-quan-sa-lua-he-thu/id/8812" % tpl,
              ["dnn", "dnn-ctr", "off-topic", "sang-clock", "bai-va-anh", "caption-table-row"], False, title, lead,
              "Lê Văn Tư", "2024-07-09T06:40+07:00", True, blocks, h, date, "Bài và ảnh: Lê Văn Tư")


def p08():
    r = rng(108)
    tpl = "liferay-tv-journal-cap-nhat-only"
    host = "truyenhinhtaybac.example.vn"
    title = "Bưu điện văn hóa xã thành điểm hỗ trợ dịch vụ công trực tuyến"
    lead = ("Tại 46 điểm bưu điện văn hóa xã, người dân được nhân viên hướng dẫn nộp hồ sơ trực tuyến, thanh toán lệ phí và "
            "nhận kết quả tại nhà.")
    blocks = [("p", "Bà Lường Thị Mai, bản Nà Lốc, vừa làm xong thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất mà không "
                    "phải xuống huyện. Nhân viên bưu điện giúp bà chụp giấy tờ, điền tờ khai và theo dõi hồ sơ.")]
    blocks += pool_paras(r, T.CDS[3:25], 3, avoid=blocks)
    blocks += [("p", "Mỗi hồ sơ nộp hộ, bưu điện thu phí dịch vụ 15.000 đồng; người thuộc hộ nghèo được miễn phí.")]
    date = "Cập nhật: 19:05 - 28/10/2023"
    art = ('<section id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_tvnews" class="portlet-'
           'boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-journal-content">'
           '<div class="portlet-content"><div class="journal-content-article" data-analytics-asset-id="556712"><div class="tv-'
           'detail"><h2 class="tv-title">%s</h2><p class="tv-time">%s</p><p class="tv-sapo"><b>%s</b></p>%s'
           '<p class="tv-author">Phóng viên: Trần Hà, Đỗ Long</p></div></div></div></section>%s'
           % (E(title), date, E(lead), render_blocks(blocks), news_list(r, "Bản tin khác", 8, 2023, "asset-publisher",
                                                                          "hm-dmy", "section", host)))
    h = page(8, host, "Đài Phát thanh và Truyền hình Tây Bắc", 2023, title, "https://" + host + "/web/f", art,
             ["Tin tức", "Thời sự"], lead, ld({"@context": "https://schema.org", "@type": "WebPage", "name": title}),
             pre="wrapper", body_cls="controls-visible yui3-skin-sam")
    return T_(8, tpl, "https://%s.example.vn/web/guest/thoi-su/-/asset_publisher/tv01/content/buu-dien-van-hoa-xa" % tpl,
              ["liferay", "journal-content", "cap-nhat-only-date", "phong-vien-two-names"], True, title, lead,
              "Trần Hà, Đỗ Long", "2023-10-28T19:05+07:00", True, blocks, h, date, "Phóng viên: Trần Hà, Đỗ Long")


def p09():
    r = rng(109)
    tpl = "nukeviet-daily-weekday-2012-bold-sapo"
    host = "baolamdong.example.vn"
    title = "Xây dựng chính quyền điện tử: Bắt đầu từ một cửa liên thông"
    lead = ("Năm 2012, tỉnh dành gần 18 tỷ đồng cho ứng dụng công nghệ thông tin, trong đó ưu tiên phần mềm một cửa điện tử "
            "tại cấp huyện và hệ thống thư điện tử công vụ.")
    blocks = [("p", "Ở bộ phận tiếp nhận và trả kết quả huyện Lạc Dương Thượng, mỗi hồ sơ sau khi nhận đều được nhập vào phần "
                    "mềm và cấp mã số. Người dân chỉ cần nhắn tin mã số đến tổng đài để biết hồ sơ đang ở khâu nào."),
              ("p", "Trước đây, việc tra cứu phải gọi điện hoặc đến tận nơi hỏi. Chị Ka Thuyên, một người dân ở thị trấn, "
                    "kể có lần chị đi lại bốn chuyến chỉ để hỏi giấy phép xây dựng đã ký chưa."),
              ("p", "Tuy nhiên, hạ tầng máy tính ở nhiều xã còn cũ, đường truyền ADSL thường xuyên gián đoạn vào mùa mưa. Một số "
                    "cán bộ lớn tuổi vẫn quen ghi sổ tay rồi mới nhập lại vào máy."),
              ("h", "Thư điện tử công vụ"),
              ("p", "Đến cuối năm, 85% cán bộ, công chức cấp tỉnh đã được cấp hộp thư điện tử. Tuy nhiên tỷ lệ sử dụng thường "
                    "xuyên mới đạt khoảng một nửa, nhiều người vẫn dùng hộp thư cá nhân để gửi văn bản."),
              ("p", "Sở Thông tin và Truyền thông kiến nghị quy định rõ những loại văn bản bắt buộc gửi qua thư công vụ, đồng "
                    "thời mở lớp tập huấn cho văn thư các đơn vị ngay trong quý I năm sau."),
              ("p", "Theo kế hoạch, năm 2013 tỉnh sẽ mở rộng một cửa điện tử xuống 20 xã, phường có điều kiện hạ tầng tốt và "
                    "thử nghiệm cung cấp một số dịch vụ công trực tuyến mức độ 3.")]
    date = "Thứ năm, 20/12/2012 - 10:15"
    art = ('<div id="module_show_detail"><div class="news_detail"><h1>%s</h1><span class="time">%s</span><div class="hometext">'
           '</div><div class="bodytext" id="news-bodyhtml"><p><strong>%s</strong></p>%s<p style="text-align:right"><strong>'
           'Ngọc Diệp</strong></p></div><div class="copyright">Nguồn: Báo Lâm Đồng điện tử</div><div class="keywords">Từ khóa: '
           '<a href="/tag/mot-cua">một cửa</a></div>%s</div></div>'
           % (E(title), date, E(lead), render_blocks(blocks), news_list(r, "Những tin mới hơn", 6, 2012, "related", "dmy",
                                                                           "div", host)))
    h = page(9, host, "Báo Lâm Đồng Mới", 2012, title + " - Tin tức", "https://" + host + "/g", art, ["Tin tức", "Thời sự"],
             lead, '<meta name="generator" content="NukeViet v3.4">', side_style="dmy")
    return T_(9, tpl, "https://%s.example.vn/vi/news/thoi-su/xay-dung-chinh-quyen-dien-tu-bat-dau-tu-mot-cua-8123/" % tpl,
              ["nukeviet", "bodytext", "bold-sapo-in-body", "weekday", "old-2012", "bold-tail-author"], True, title, lead,
              "Ngọc Diệp", "2012-12-20T10:15+07:00", True, blocks, h, date, "Ngọc Diệp")


def p10():
    r = rng(110)
    tpl = "joomla-health-weekly-pm-yy-nhom-pv"
    host = "suckhoegiadinh.example.vn"
    title = "Nắng nóng kéo dài, bệnh viện nhi quá tải vì trẻ sốt và tiêu chảy"
    lead = "Từ đầu tháng, số trẻ đến khám tại Bệnh viện Nhi tỉnh tăng khoảng 30%, nhiều khoa phải kê thêm giường."
    blocks = [("p", "Hơn 7 giờ sáng, khu khám bệnh đã kín chỗ. Anh Mạc Văn Sinh, ở huyện Tứ Kỳ Đông, bế con gái 3 tuổi bị sốt "
                    "cao từ đêm qua, cho biết đã chờ gần hai tiếng mới đến lượt.")]
    blocks += pool_paras(r, T.HEALTH, 3, avoid=blocks)
    blocks += [("h", "Lời khuyên của bác sĩ"),
               ("ol", ["Cho trẻ uống đủ nước, ưu tiên nước đun sôi để nguội và oresol đúng cách pha",
                       "Không để trẻ chơi ngoài trời từ 11 giờ đến 15 giờ", "Đưa trẻ đến cơ sở y tế khi sốt cao không hạ"])]
    blocks += pool_paras(r, T.HEALTH[8:], 1, avoid=blocks)
    date = "Thời gian đăng: 03/05/24 8:05 PM"
    art = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
           '<div class="page-header"><h2 itemprop="headline">%s</h2></div><dl class="article-info muted"><dd class="createdby" '
           'itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">quantri</span></dd>'
           '<dd class="published"><time datetime="2024-05-03T20:05:00+07:00" itemprop="datePublished">%s</time></dd></dl>'
           '<div itemprop="articleBody"><p><strong>%s</strong></p>%s<p><strong>Nhóm PV</strong></p></div>'
           '<ul class="tags inline"><li><a href="/tag/nang-nong">nắng nóng</a></li></ul>%s</div>'
           % (E(title), date, E(lead), render_blocks(blocks), comments(r, 2024, 5)))
    h = page(10, host, "Tuần báo Sức khỏe Gia đình", 2024, title, "https://" + host + "/h", art, ["Y tế", "Sức khỏe trẻ em"],
             lead, '<meta name="generator" content="Joomla! - Open Source Content Management">', body_cls="site com_content")
    return T_(10, tpl, "https://%s.example.vn/y-te/2231-nang-nong-keo-dai-benh-vien-nhi-qua-tai.html" % tpl,
              ["joomla", "item-page", "itemprop-articlebody", "12h-pm", "two-digit-year", "nhom-pv", "cms-account",
               "bold-sapo-in-body", "off-topic"], False, title, lead, "Nhóm PV", "2024-05-03T20:05+07:00", True, blocks, h,
              date, "Nhóm PV")
