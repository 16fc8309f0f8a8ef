"""Articles 15-19."""
import base64
import random

from blocks import render
from chrome import E, comments, crumbs, doc, footer, header, share_bar, side_list, sidebar, tags
from pages_a import body, ld, truth


def p15():
    tpl, site = "h25-emag-longread-noi-dung-anh-thiet-ke-hero64", "Báo Đông Thạnh"
    title = "Những người gieo mầm số trên cao nguyên đá"
    lead = ("Từ những bản làng chưa có sóng điện thoại, các tổ công nghệ số cộng đồng đang lặng lẽ đưa dịch vụ công, "
            "thanh toán điện tử và lớp học trực tuyến tới từng nếp nhà.")
    extra = ["Chị Lò Thị Xuân, tổ trưởng tổ công nghệ số của bản Sáng Ngần, bắt đầu ngày làm việc từ lúc trời còn sương.",
             "Chiếc điện thoại cũ của chị lưu danh sách hơn ba trăm người dân đã được hướng dẫn kích hoạt tài khoản định danh.",
             "Ở điểm trường Tả Sìn, thầy giáo Vàng A Dế dựng chiếc ăng ten tự chế để học sinh kịp nộp bài trực tuyến.",
             "Anh Hầu Seo Chúng từng phải đi bộ hai giờ xuống trung tâm xã chỉ để xin một tờ giấy xác nhận.",
             "Giờ đây, anh ngồi ngay tại nhà văn hóa bản, nhờ tổ công nghệ số nộp hồ sơ qua mạng trong vài phút.",
             "Buổi tối, khi bà con đi nương về, căn phòng nhỏ của nhà văn hóa lại sáng đèn đến tận khuya.",
             "Có những cụ già chưa từng cầm điện thoại, phải tập bấm từng con số dưới sự kiên nhẫn của các cháu đoàn viên.",
             "Cô giáo Sùng Thị Mỷ kể lớp học xóa mù chữ ngày trước nay được lồng thêm bài học về điện thoại thông minh.",
             "Mùa mận năm ngoái, lần đầu tiên những thùng mận của bản được bán qua mạng tới khách hàng dưới xuôi.",
             "Người mua chuyển tiền bằng mã QR, chủ vườn nhận được tin nhắn báo tài khoản ngay trên nương.",
             "Trưởng bản Giàng A Tủa cười bảo giờ họp bản cũng có nhóm trên mạng xã hội để báo tin cho nhau.",
             "Những con đường đá tai mèo vẫn hiểm trở, nhưng khoảng cách giữa bản làng và chính quyền đã ngắn lại.",
             "Không phải mọi thứ đều suôn sẻ: có tháng mất điện, trạm phát sóng ngừng hoạt động suốt nhiều ngày.",
             "Có lần cả tổ phải mang máy tính lên điểm cao nhất của bản mới bắt được sóng để gửi hồ sơ kịp hạn.",
             "Kinh phí hoạt động của tổ gần như không có, các thành viên chủ yếu làm việc bằng tấm lòng.",
             "Dẫu vậy, chị Xuân vẫn ghi chép tỉ mỉ từng trường hợp đã hỗ trợ vào cuốn sổ bìa xanh đã sờn góc.",
             "Theo chị, điều quý nhất là người dân bắt đầu tự tin, không còn sợ máy móc như những ngày đầu.",
             "Nhiều thanh niên đi làm ăn xa trở về cũng xin tham gia tổ, mang theo kinh nghiệm bán hàng trên mạng.",
             "Khi chúng tôi rời bản, sương chiều đã phủ kín thung lũng, còn màn hình điện thoại vẫn sáng trong tay các cụ."]
    bl = body("digital", 1515, 20, 5, extra, (3, 4))
    bl.insert(4, ("quote", "Mình không giỏi công nghệ, chỉ là chịu khó hỏi và chịu khó chỉ lại cho bà con."))
    bl.insert(9, ("img", "Tổ công nghệ số cộng đồng hướng dẫn người dân tại nhà văn hóa bản."))
    rnd = random.Random(1515)
    b64 = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rnd.randbytes(250000)).decode()
    ds = "06:00 01/01/2025"
    credit = "Nội dung: Nguyễn Bảo Châu, Lê Quý | Ảnh: Trịnh Sơn | Thiết kế: Mai Hà"
    art = (f'<div class="emagazine-page"><div class="e-cover"><img class="e-hero" alt="" src="data:image/jpeg;base64,{b64}">'
           f'<h1 class="e-title">{E(title)}</h1></div><div class="e-meta"><span class="e-date">{ds}</span></div>'
           f'<div class="e-sapo"><p>{E(lead)}</p></div><div class="e-content">{render(bl, "pj", "figure")}</div>'
           f'<div class="e-credit"><p>{E(credit)}</p></div>{share_bar()}</div>')
    page = doc(f"<title>E-magazine: {E(title)}</title><meta property='og:type' content='article'>"
               f"<link rel='stylesheet' href='/css/emagazine.css'>",
               f'<div class="e-topbar"><a href="/">{E(site)}</a> | <a href="/emagazine">E-magazine</a></div>{art}'
               f'{side_list("E-magazine khác", 151, 6, "e-more")}{footer(site, "Số 2 Quang Trung, TP. Đông Thạnh", 15)}')
    return page, truth(tpl, "https://h25-emag-longread-noi-dung-anh-thiet-ke-hero64.example.vn/emagazine/nhung-nguoi-gieo-mam-"
                       "so-tren-cao-nguyen-da-a9012.html", ["emagazine", "long-form", "base64-image", "credit-block",
                       "two-authors-comma", "time-first", "quote"], title, lead, "Nguyễn Bảo Châu, Lê Quý",
                       "2025-01-01T06:00+07:00", True, True, bl, ds, credit)


def p16():
    tpl, site = "h25-fpt-press-sport-toi-comma-inline-related", "Báo Thể Thao Phương Nam"
    title = "Đội trẻ Sơn Hà thắng ngược, áp sát nhóm dẫn đầu"
    lead = "Bị dẫn bàn từ sớm, đội bóng trẻ Sơn Hà vẫn giữ được bình tĩnh để lội ngược dòng ngay trên sân nhà."
    bl = body("sport", 1616, 5, 1)
    bl.insert(2, ("related", ["Lịch thi đấu vòng 12 giải hạng Nhất", "Tiền đạo trẻ lập cú đúp"]))
    ds = "Chủ nhật, 18/8/2024, 9:40 tối"
    art = (f'<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">'
           f'<div class="header-content"><ul class="breadcrumb"><li><a href="/the-thao">Thể thao</a></li></ul>'
           f'<span class="date">{ds}</span></div><h1 class="title-detail">{E(title)}</h1>'
           f'<p class="description">{E(lead)}</p><article class="fck_detail">{render(bl, "p", "figure")}'
           f'<p class="Normal" style="text-align:right;"><strong>Duy Khánh</strong></p></article>'
           f'{tags(["bóng đá trẻ", "Sơn Hà"])}{comments(16)}</div><div class="sidebar-2">{sidebar(16)}</div></div></section>')
    page = doc(f"<title>{E(title)} - {site}</title><meta name='pubdate' content='2024-08-18T21:40:00+07:00'>",
               f'{header(site, 16)}{art}{footer(site, "Tầng 5, tòa nhà FPT, Cầu Giấy, Hà Nội", 16)}')
    return page, truth(tpl, "https://h25-fpt-press-sport-toi-comma-inline-related.example.vn/the-thao/doi-tre-son-ha-thang-"
                       "nguoc-4781234.html", ["fpt-style", "fck-detail", "12h-toi", "weekday-chu-nhat", "inline-related",
                       "off-topic-sport"], title, lead, "Duy Khánh", "2024-08-18T21:40+07:00", True, False, bl, ds)


def p17():
    tpl, site = "h25-wp-trade-paper-reprint-office-ch-yy", "Báo Công Nghiệp và Đời Sống"
    title = "Hơn 900 doanh nghiệp được hỗ trợ chuyển đổi số trong năm"
    lead = "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số của tỉnh đã vượt chỉ tiêu đề ra sau chưa đầy năm tháng."
    bl = body("digital", 1717, 5, 1) + [("ul", ["Tư vấn đánh giá mức độ sẵn sàng", "Miễn phí nền tảng số 6 tháng",
                                                "Đào tạo kỹ năng bán hàng trực tuyến"]), ("src", "Cổng TTĐT tỉnh Sơn Hà")]
    ds = "Ngày đăng: 14/05/24 lúc 2:05 CH"
    art = (f'<article class="post type-post"><div class="td-post-header"><h1 class="entry-title">{E(title)}</h1>'
           f'<div class="td-module-meta-info"><span class="td-post-date">{ds}</span> <span class="td-post-author-name">'
           f'<a href="/author/editor01/">editor01</a></span></div></div><div class="td-post-content entry-content">'
           f'<p><strong>{E(lead)}</strong></p>{render(bl)}<p style="text-align:right"><strong>Sở TT&amp;TT</strong></p></div>'
           f'{tags(["doanh nghiệp", "chuyển đổi số"])}{side_list("Bài viết liên quan", 171, 6, "td-related")}</article>')
    page = doc(f"<title>{E(title)} - {site}</title>{ld({'@type': 'Article', 'headline': title, 'author': 'editor01'})}",
               f'<div class="td-container">{header(site, 17)}{crumbs(["Doanh nghiệp"])}<div class="td-pb-row">'
               f'<div class="td-pb-span8 td-main-content">{art}{comments(17)}</div><div class="td-pb-span4">{sidebar(17)}'
               f'</div></div>{footer(site, "Số 9 Đào Duy Anh, Hà Nội", 17)}</div>')
    return page, truth(tpl, "https://h25-wp-trade-paper-reprint-office-ch-yy.example.vn/2024/05/14/hon-900-doanh-nghiep-duoc-"
                       "ho-tro-chuyen-doi-so/", ["wordpress", "newspaper-theme", "two-digit-year", "12h-ch", "luc",
                       "cms-account", "office-credit", "nguon-line", "bold-sapo-in-body", "list"],
                       title, lead, None, "2024-05-14T14:05+07:00", True, True, bl, ds, "Sở TT&TT")


def p18():
    tpl, site = "h25-agency-detail-dem-bien-tap-account", "Thông tấn Đất Việt"
    title = "Người cao tuổi học dùng điện thoại thông minh để khám bệnh từ xa"
    lead = ("Lớp học kỹ năng số miễn phí tại các phường giúp nhiều cụ ông, cụ bà tự đặt lịch khám và"
            " nhận kết quả xét nghiệm qua ứng dụng.")
    bl = body("digital", 1818, 5, 1)
    bl.insert(1, ("img", "Tình nguyện viên hướng dẫn người cao tuổi sử dụng ứng dụng khám bệnh từ xa."))
    ds = "Đăng lúc 11:50 đêm, 30/04/2024"
    art = (f'<div class="detail"><div class="detail__head"><h1 class="detail__title">{E(title)}</h1>'
           f'<div class="detail__time">{ds}</div></div><div class="detail__sapo"><p>(TTĐV) - {E(lead)}</p></div>'
           f'<div class="detail__content">{render(bl, "p", "table")}</div>'
           f'<div class="detail__editor">Biên tập: editor01</div><div class="detail__update">Ngày cập nhật: 01/05/2024 08:12'
           f'</div>{share_bar()}{tags(["xã hội số", "người cao tuổi", "y tế từ xa"])}</div>')
    page = doc(f"<title>{E(title)} | {site}</title><meta property='article:published_time' content='2024-04-30T23:50:00+07:00'>",
               f'{header(site, 18)}{crumbs(["Xã hội", "Xã hội số"])}<div class="content-wrap">{art}'
               f'{side_list("Tin liên quan", 181, 6, "box-related")}'
                   f'</div>{sidebar(18)}{footer(site, "5 Lý Thường Kiệt, Hà Nội", 18)}')
    return page, truth(tpl, "https://h25-agency-detail-dem-bien-tap-account.example.vn/xa-hoi/nguoi-cao-tuoi-hoc-dung-dien-"
                       "thoai-thong-minh-20240430235012.htm", ["news-agency", "12h-dem", "luc", "outlet-prefix",
                       "cms-account", "modified-below", "table-caption"], title, lead, None, "2024-04-30T23:50+07:00",
                       True, True, bl, ds)


def p19():
    tpl, site = "h25-aspnet-form1-industry-daily-pipe-seconds", "Báo Năng Lượng và Hạ Tầng"
    title = "Điện lực miền Bắc chuyển 100% giao dịch với khách hàng sang môi trường số"
    lead = "Khách hàng có thể đăng ký cấp điện, thay đổi hợp đồng và thanh toán tiền điện mà không cần đến điểm giao dịch."
    bl = body("digital", 1919, 6, 2)
    bl.insert(3, ("img", "Nhân viên điện lực hướng dẫn khách hàng dùng ứng dụng chăm sóc khách hàng."))
    ds = "Thứ ba, 25/06/2024 | 08:05:30"
    vs = "/wEPDwUKLTQ0NzE1MTcxMg9kFgICAw9kFgQCAQ9kFgJmD2QWAmYPFgIeBFRleHQF" * 140
    art = (f'<div class="detail-news"><p class="time-post">{ds}</p><h1 class="detail-title">{E(title)}</h1>'
           f'<div class="detail-sapo">{E(lead)}</div><div class="detail-body" id="form1_ContentBody">{render(bl, "p", "table")}'
           f'</div><p class="detail-author">Bài và ảnh: Quang Tuấn</p>{tags(["điện lực", "dịch vụ số"])}'
           f'{side_list("Tin liên quan", 191, 6, "related")}</div>')
    page = doc(f"<title>{E(title)}</title>",
               f'<form method="post" action="./NewsDetail.aspx?id=90331" id="form1"><div class="aspNetHidden"><input '
               f'type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}"></div>{header(site, 19)}'
               f'{crumbs(["Năng lượng", "Chuyển đổi số"])}<div class="container">{art}{comments(19)}{sidebar(19)}</div>'
               f'{footer(site, "Số 11 Cửa Bắc, Hà Nội", 19)}</form>')
    return page, truth(tpl, "https://h25-aspnet-form1-industry-daily-pipe-seconds.example.vn/NewsDetail.aspx?id=90331",
                       ["aspnet-form1", "viewstate", "seconds", "date-above-title", "pipe-sep", "bai-va-anh",
                        "table-caption"], title, lead, "Quang Tuấn", "2024-06-25T08:05:30+07:00", True, True, bl, ds)
