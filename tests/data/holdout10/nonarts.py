"""Non-article templates."""
import random

from common import headlines, mk
from tpl import E, breadcrumb, og, page, side_box, slug

EXCERPT = ("Chuyên mục tổng hợp những câu chuyện về phụ nữ làm chủ công nghệ: từ tiểu thương bán hàng qua mạng, "
           "nữ kỹ sư phần mềm ở khu công nghệ cao đến những cán bộ hội ở thôn bản kiên nhẫn hướng dẫn chị em cài ứng dụng, "
           "mở tài khoản và nhận diện lừa đảo. Mỗi tuần, chúng tôi chọn lọc những tấm gương, mô hình hay và các chính sách "
           "hỗ trợ mới nhất để bạn đọc tham khảo, chia sẻ và cùng lan tỏa tinh thần học hỏi không ngừng.")


def _cards(seed, n, base, fmt, cls="story", with_sapo=True):
    r = random.Random(seed)
    out = []
    for i, h in enumerate(headlines(seed, n)):
        d = base.replace(hour=8) if False else base
        d = base - __import__("datetime").timedelta(hours=r.randint(1, 30) * (i + 1))
        sapo = f'<p class="{cls}-sapo">{E(h)} theo kế hoạch đã được phê duyệt, bước đầu mang lại kết quả tích cực cho người dân.</p>' if with_sapo else ""
        out.append(f'<div class="{cls}"><a class="{cls}-thumb" href="/{slug(h)}-{i}.html"><img src="/thumb/{seed}-{i}.jpg" alt=""></a>'
                   f'<h3 class="{cls}-title"><a href="/{slug(h)}-{i}.html">{E(h)}</a></h3><span class="{cls}-time">{fmt(d)}</span>{sapo}</div>')
    return "\n".join(out)


def sector_section_lead(s):
    base = mk(2024, 11, 22, 18, 0)
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    title = "Phụ nữ và công nghệ"
    main = f"""<div class="cate-header"><h1 class="cate-title">{title}</h1>
<div class="cate-desc"><p>{E(EXCERPT)}</p></div></div>
<div class="featured"><h2><a href="/chi-em-tieu-thuong-hoc-livestream.html">Chị em tiểu thương học cách bán hàng qua livestream</a></h2>
<p class="featured-sapo">{E(EXCERPT)}</p></div>
<div class="cate-list">{_cards(s["tpl"], 24, base, fmt)}</div>
<div class="paging"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Trang sau</a></div>"""
    aside = side_box("Đọc nhiều", s["tpl"], 10, base, fmt)
    return page("Báo Phụ nữ Ngày nay", title, main, aside, seed=s["tpl"], head_extra=og(title, EXCERPT, s["url"], typ="article"),
                addr="Số 39 phố Hàng Chuối, Hai Bà Trưng, Hà Nội", phone="024 3971 0001", bc=breadcrumb(["Xã hội", title]))


def regional_frontpage(s):
    base = mk(2024, 12, 1, 21, 0)
    fmt = lambda d: d.strftime("%H:%M %d/%m")
    zones = ""
    for z in ["Thời sự", "Chuyển đổi số", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao"]:
        zones += f'<section class="home-zone"><h2 class="zone-title"><a href="/{slug(z)}/">{z}</a></h2>{_cards(s["tpl"] + z, 7, base, fmt, "zone-item")}</section>\n'
    main = f"""<div class="hot-news"><h2><a href="/trung-tam-dieu-hanh.html">Trung tâm điều hành đô thị thông minh tiếp nhận hơn 20.000 phản ánh</a></h2>
<p>Sau một năm vận hành, trung tâm đã chuyển xử lý phần lớn phản ánh đúng hạn.</p></div>
{zones}"""
    aside = side_box("Tin mới", s["tpl"], 15, base, fmt) + side_box("Xem nhiều", s["tpl"] + "x", 10, base, fmt)
    return page("Báo Cao Nguyên", "Báo Cao Nguyên - Tin tức tỉnh mới nhất", main, aside, seed=s["tpl"],
                head_extra=og("Báo Cao Nguyên", "Tin tức thời sự, kinh tế, xã hội của tỉnh", s["url"], typ="website"),
                addr="Số 9 Trần Hưng Đạo, TP Pleiku, Gia Lai", phone="0269 382 0013")


def agency_keyword_search(s):
    base = mk(2024, 10, 30, 17, 0)
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    main = f"""<div class="search-page"><h1>Kết quả tìm kiếm</h1>
<form action="/tim-kiem"><input name="q" value="chuyển đổi số"><select name="t"><option>Tất cả</option><option>Tin bài</option><option>Ảnh</option></select><button>Tìm</button></form>
<p class="search-count">Tìm thấy 1.248 kết quả cho từ khóa “chuyển đổi số”</p>
<div class="search-results">{_cards(s["tpl"], 20, base, fmt, "result")}</div>
<div class="paging"><a href="?q=chuyen+doi+so&p=2">Trang sau</a></div></div>"""
    aside = side_box("Tin nhanh", s["tpl"], 14, base, lambda d: d.strftime("%H:%M"))
    return page("Tin Kinh tế Thông tấn", "Tìm kiếm: chuyển đổi số", main, aside, seed=s["tpl"],
                head_extra='<meta name="robots" content="noindex,follow">', addr="Số 79 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
                phone="024 3933 0016", bc=breadcrumb(["Tìm kiếm"]))


def law_document_table(s):
    base = mk(2024, 9, 30, 9, 0)
    r = random.Random(s["tpl"])
    kinds = ["Nghị định", "Thông tư", "Quyết định", "Luật", "Chỉ thị"]
    orgs = ["Chính phủ", "Bộ Thông tin và Truyền thông", "Bộ Công an", "Thủ tướng Chính phủ", "Quốc hội", "Bộ Tài chính"]
    subj = ["về giao dịch điện tử", "về định danh và xác thực điện tử", "quy định về hóa đơn, chứng từ", "về bảo vệ dữ liệu cá nhân",
            "về chữ ký số chuyên dùng công vụ", "về dịch vụ công trực tuyến", "về quản lý, kết nối và chia sẻ dữ liệu số",
            "về phòng cháy, chữa cháy", "về đầu tư ứng dụng công nghệ thông tin"]
    rows = []
    for i in range(45):
        k = r.choice(kinds)
        d = mk(2024, r.randint(1, 9), r.randint(1, 28))
        rows.append(f'<tr><td>{i + 1}</td><td><a href="/van-ban/{i}">{r.randint(1, 250)}/{d.year}/{"NĐ-CP" if k == "Nghị định" else "TT-BTTTT" if k == "Thông tư" else "QĐ-TTg"}</a></td>'
                    f'<td>{d.strftime("%d/%m/%Y")}</td><td>{k} {r.choice(subj)}</td><td>{r.choice(orgs)}</td><td><a href="/files/vb{i}.pdf">Tải về</a></td></tr>')
    main = f"""<h1 class="page-title">Văn bản pháp luật mới</h1>
<form class="filter">Loại văn bản <select><option>Tất cả</option></select> Cơ quan ban hành <select><option>Tất cả</option></select> Năm <select><option>2024</option></select> <button>Lọc</button></form>
<table class="van-ban" border="1"><thead><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan ban hành</th><th>Tệp</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>"""
    aside = side_box("Tin mới", s["tpl"], 12, base, lambda d: d.strftime("%d/%m/%Y | %H:%M"))
    return page("Tuần báo Tòa án và Pháp luật", "Văn bản pháp luật mới", main, aside, seed=s["tpl"], head_extra=og("Văn bản pháp luật mới", "Tra cứu văn bản", s["url"], typ="website"),
                addr="Số 262 Đội Cấn, Ba Đình, Hà Nội", phone="024 3762 0015", bc=breadcrumb(["Văn bản"]))


def radio_podcast_index(s):
    base = mk(2024, 6, 20, 20, 0)
    r = random.Random(s["tpl"])
    items = []
    for i, h in enumerate(headlines(s["tpl"], 30)):
        d = base - __import__("datetime").timedelta(hours=14 * i + r.randint(0, 5))
        items.append(f'<div class="podcast-item"><a href="/podcast/{slug(h)}-{i}.html"><img src="/pod/{i}.jpg" alt=""></a><h3><a href="/podcast/{slug(h)}-{i}.html">{E(h)}</a></h3>'
                     f'<span class="duration">{r.randint(3, 25)}:{r.randint(0, 59):02d}</span> <span class="date">{d.strftime("%d/%m/%Y")}</span>'
                     f'<audio preload="none" src="/audio/{i}.mp3"></audio></div>')
    main = f'<h1 class="page-title">Podcast</h1><div class="podcast-tabs"><a>Bản tin thời sự</a><a>Câu chuyện số</a><a>Sống khỏe</a></div><div class="podcast-grid">{"".join(items)}</div>'
    aside = side_box("Nghe nhiều", s["tpl"], 10, base, lambda d: d.strftime("%d/%m"))
    return page("Đài Tiếng nói Quốc gia", "Podcast - Đài Tiếng nói Quốc gia", main, aside, seed=s["tpl"],
                head_extra=og("Podcast", "Các chương trình phát thanh theo yêu cầu", s["url"], typ="website"),
                addr="Số 45 Bà Triệu, Hoàn Kiếm, Hà Nội", phone="024 3825 0012", bc=breadcrumb(["Multimedia", "Podcast"]))


def youth_daily_not_found(s):
    base = mk(2024, 12, 3, 10, 0)
    fmt = lambda d: d.strftime("%d/%m/%Y %H:%M")
    main = f"""<div class="error-404"><h1>404</h1><h2>Không tìm thấy trang bạn yêu cầu</h2>
<p>Đường dẫn có thể đã bị thay đổi hoặc bài viết đã được gỡ bỏ. Vui lòng quay lại <a href="/">trang chủ</a> hoặc tìm kiếm nội dung khác.</p>
<form action="/tim-kiem"><input name="q"><button>Tìm kiếm</button></form></div>
<div class="suggest"><h3>Có thể bạn quan tâm</h3>{_cards(s["tpl"], 12, base, fmt, "suggest-item", with_sapo=False)}</div>"""
    aside = side_box("Tin mới", s["tpl"], 12, base, fmt) + side_box("Đọc nhiều", s["tpl"] + "d", 10, base, fmt)
    return page("Báo Thanh niên Tình nguyện", "404 - Không tìm thấy trang", main, aside, seed=s["tpl"],
                head_extra='<meta name="robots" content="noindex">', addr="Số 3 Hàng Chuối, Hai Bà Trưng, Hà Nội", phone="024 3943 0030",
                bc=breadcrumb(["Lỗi"]))
