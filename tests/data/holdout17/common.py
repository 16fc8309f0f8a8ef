"""Shared helpers: chrome pieces, padding, visible-text extraction, validation."""
import base64
import html
import re
import unicodedata
from html.parser import HTMLParser

HEADLINES = [
    "Khánh thành cầu dân sinh nối hai xã vùng bãi ngang",
    "Tỉnh triển khai đợt cao điểm cấp căn cước cho học sinh",
    "Giá lúa hè thu tăng nhẹ, nông dân phấn khởi",
    "Hội thi tuyên truyền viên pháp luật cấp huyện năm nay",
    "Ra mắt tổ hợp tác nuôi ong lấy mật ở vùng đồi",
    "Đường tỉnh 712 được nâng cấp sau nhiều năm xuống cấp",
    "Trường tiểu học vùng cao đón thêm phòng học kiên cố",
    "Ngành y tế cảnh báo dịch tay chân miệng gia tăng",
    "Doanh nghiệp nhỏ tìm đầu ra qua sàn thương mại điện tử",
    "Phát động tháng hành động vì an toàn thực phẩm",
    "Nhiều hộ dân chuyển sang thanh toán học phí không dùng tiền mặt",
    "Giải việt dã truyền thống thu hút hơn hai nghìn vận động viên",
    "Hướng dẫn người dân kích hoạt tài khoản định danh mức 2",
    "Kiểm tra tiến độ giải ngân vốn đầu tư công quý III",
    "Lễ hội đua thuyền trên sông Trà Khúc khai mạc",
    "Huyện miền núi đưa chợ phiên lên nền tảng số",
    "Cảnh sát giao thông ra quân xử lý xe quá tải",
    "Hội nghị xúc tiến đầu tư vào khu công nghiệp phía Bắc",
    "Sinh viên tình nguyện hỗ trợ cài đặt ứng dụng dịch vụ công",
    "Mưa lớn gây sạt lở cục bộ trên quốc lộ 40B",
    "Nghiệm thu mô hình trồng bưởi theo tiêu chuẩn VietGAP",
    "Thư viện tỉnh số hóa hơn tám nghìn đầu sách cổ",
    "Bệnh viện đa khoa áp dụng bệnh án điện tử toàn viện",
    "Đội tuyển bóng chuyền nữ giành vé vào vòng chung kết",
    "Ký kết hợp tác đào tạo kỹ năng số cho cán bộ cấp xã",
    "Triển lãm ảnh về biển đảo quê hương mở cửa miễn phí",
    "Hơn 90% hồ sơ thủ tục hành chính được nộp trực tuyến",
    "Cảng cá đưa vào vận hành phần mềm truy xuất nguồn gốc",
    "Xã nông thôn mới kiểu mẫu đón bằng công nhận",
    "Công bố chỉ số năng lực cạnh tranh cấp sở, ngành",
    "Tăng cường phòng chống lừa đảo qua mạng dịp cuối năm",
    "Khai giảng lớp bồi dưỡng nghiệp vụ báo chí số",
    "Nhà văn hóa thôn được cải tạo bằng nguồn xã hội hóa",
    "Bàn giao thiết bị dạy học thông minh cho trường vùng khó",
    "Nông dân trẻ livestream bán nông sản sau vụ thu hoạch",
    "Tuyến xe buýt điện đầu tiên của tỉnh chạy thử nghiệm",
    "Giải cờ tướng hội người cao tuổi năm 2024",
    "Hợp tác xã thủy sản ứng dụng cảm biến đo độ mặn",
    "Đối thoại với thanh niên về khởi nghiệp sáng tạo",
    "Bộ đội biên phòng giúp dân thu hoạch lúa chạy lũ",
]

MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Chuyển đổi số", "Pháp luật", "Văn hóa",
        "Thể thao", "Giáo dục", "Sức khỏe", "Nông nghiệp", "Quốc phòng - An ninh", "Quốc tế", "Bạn đọc",
        "Media", "E-magazine", "Podcast"]


def esc(s):
    return html.escape(s, quote=True)


def side_items(rng, n, fmt, start_day=1):
    """Return list of (headline, datestring) for sidebars; dates never equal the article's (caller picks month)."""
    items = []
    picks = rng.sample(HEADLINES, n)
    for i, h in enumerate(picks):
        d = rng.randint(1, 28)
        mo = rng.randint(1, 12)
        hh = rng.randint(6, 22)
        mi = rng.randint(0, 59)
        items.append((h, fmt.format(d=d, mo=mo, hh=hh, mi=mi, y=2023 + rng.randint(0, 1))))
    return items


def sidebar_box(rng, title, cls, n, fmt, host, tag="div", item_cls="item"):
    out = [f'<{tag} class="{cls}"><h3 class="{cls}-title">{esc(title)}</h3><ul>']
    for i, (h, d) in enumerate(side_items(rng, n, fmt)):
        slug = slugify(h)
        out.append(f'<li class="{item_cls}"><a href="https://{host}/{slug}-{rng.randint(10000, 99999)}.html" '
                   f'title="{esc(h)}"><img src="https://{host}/uploads/thumb/{slug[:20]}.jpg" alt="" '
                   f'width="120" height="80" loading="lazy"></a><a class="t" href="https://{host}/{slug}.html">'
                   f'{esc(h)}</a><span class="time">{esc(d)}</span></li>')
    out.append(f'</ul></{tag}>')
    return "\n".join(out)


def menu_html(host, cls="main-menu", sub=True):
    out = [f'<nav class="{cls}"><ul class="{cls}-list">']
    for m in MENU:
        s = slugify(m)
        out.append(f'<li class="{cls}-item"><a href="https://{host}/{s}/">{esc(m)}</a>')
        if sub:
            out.append('<ul class="sub">' + "".join(
                f'<li><a href="https://{host}/{s}/{slugify(x)}/">{esc(x)}</a></li>'
                for x in ("Tin trong tỉnh", "Tin trong nước", "Phóng sự", "Ảnh", "Video")) + '</ul>')
        out.append('</li>')
    out.append('</ul></nav>')
    return "\n".join(out)


def footer_html(name, addr, phone, license_line, cls="footer", year=2024):
    return (f'<footer class="{cls}"><div class="{cls}-inner"><div class="logo-foot">{esc(name)}</div>'
            f'<p>Cơ quan chủ quản: {esc(name)}</p><p>Địa chỉ: {esc(addr)}</p>'
            f'<p>Điện thoại: {esc(phone)} - Email: toasoan@{slugify(name)}.example.vn</p>'
            f'<p>{esc(license_line)}</p>'
            f'<p>© Bản quyền {year} thuộc về {esc(name)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
            f'<ul class="foot-links"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/lien-he">Liên hệ</a>'
            f'</li><li><a href="/quang-cao">Liên hệ quảng cáo</a></li><li><a href="/rss">RSS</a></li></ul>'
            f'</div></footer>')


def cookie_html(cls="cookie-notice"):
    return (f'<div class="{cls}" id="cookieNotice"><p>Website sử dụng cookie để cải thiện trải nghiệm của bạn. '
            f'Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách này.</p>'
            f'<button type="button" class="btn-accept">Đồng ý</button></div>')


def ad_script(rng, zone):
    return (f'<div class="ads ads-{zone}"><script async src="https://ads.example-adnet.vn/tag.js?z={zone}"></script>'
            f'<script>window.adq=window.adq||[];adq.push({{zone:"{zone}",size:[300,250],'
            f'k:"{rng.randrange(16**12):012x}"}});</script></div>')


def share_bar(cls="share-bar"):
    return (f'<div class="{cls}"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> '
            f'<a class="mail" href="#">Gửi email</a> <a class="print" href="javascript:window.print()">In bài</a> '
            f'<span class="font-tools"><a href="#">A-</a> <a href="#">A+</a></span></div>')


def comments_box(rng, n, cls="comments"):
    names = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quốc Bảo", "Phạm Ngọc Ánh", "Hồ Sĩ Toàn", "Bùi Thanh Tâm"]
    texts = ["Bài viết rất thiết thực, mong tỉnh mở rộng mô hình này.", "Ở xã tôi vẫn còn nhiều người lớn tuổi chưa biết dùng.",
             "Cảm ơn phóng viên đã phản ánh kịp thời.", "Cần có thêm hướng dẫn cụ thể cho bà con vùng sâu.",
             "Đồng ý, nhưng đường truyền internet ở thôn còn yếu.", "Thủ tục nhanh hơn hẳn so với trước đây."]
    out = [f'<div class="{cls}"><h4>Ý kiến bạn đọc</h4>']
    for i in range(n):
        out.append(f'<div class="cmt"><b class="cmt-name">{esc(rng.choice(names))}</b> '
                   f'<span class="cmt-time">{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024 '
                   f'{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</span><p>{esc(rng.choice(texts))}</p></div>')
    out.append('<div class="pager"><a href="?cp=1">1</a> <a href="?cp=2">2</a> <a href="?cp=3">3</a></div>'
               '<form class="cmt-form"><textarea name="c" placeholder="Nhập ý kiến của bạn"></textarea>'
               '<input type="text" name="n" placeholder="Họ tên"><button>Gửi ý kiến</button></form></div>')
    return "\n".join(out)


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def pad_script(rng, html_text, target=27000):
    """Append tracking/config script (invisible) until page is at least target bytes."""
    size = len(html_text.encode("utf-8"))
    if size >= target:
        return html_text
    need = target - size + 200
    chunks = []
    while sum(len(c) for c in chunks) < need:
        chunks.append(f'"{rng.randrange(16**8):08x}":[{rng.randint(0, 9999)},{rng.randint(0, 9999)}],')
    blob = '<script type="text/javascript">var __cfgMap={' + "".join(chunks) + '"end":0};</script>'
    return html_text.replace("</body>", blob + "\n</body>", 1)


def slugify(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def paras(blocks, tag="p", cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{c}>{esc(b)}</{tag}>" for b in blocks)


def table_html(rows, cls="tbl", head=True):
    out = [f'<table class="{cls}" border="1" cellpadding="4">']
    for i, r in enumerate(rows):
        t = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{t}>{esc(c)}</{t}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_block(rows):
    return "\n".join(" | ".join(r) for r in rows)


def list_block(items):
    return "\n".join(items)


# ---------------- visible text -----------------
BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
         "section", "article", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote",
         "main", "form", "span_block", "dd", "dt", "dl", "hr", "img", "button", "option", "select", "textarea",
         "tbody", "thead", "center", "font_block", "time_block"}
SKIP = {"head", "script", "style", "template", "noscript_skip"}


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible(html_text):
    v = Vis()
    v.feed(html_text)
    t = unicodedata.normalize("NFC", "".join(v.out))
    return re.sub(r"\s+", " ", t).strip()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def doc(title, head_extra, body, lang="vi", html_attrs=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title)}</title>\n'
            f'<link rel="stylesheet" href="/static/css/main.min.css?v=20240101">\n{head_extra}\n</head>\n'
            f'<body>\n{body}\n</body>\n</html>\n')


def og(title, desc, url, typ="article", img="/uploads/cover.jpg"):
    return (f'<meta property="og:type" content="{typ}">\n<meta property="og:title" content="{esc(title)}">\n'
            f'<meta property="og:description" content="{esc(desc)}">\n<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(img)}">\n<meta name="description" content="{esc(desc)}">')


def frame(rng, host, name, main, *, today, addr, phone, lic, crumbs=(), side_fmt="{d:02d}/{mo:02d}/{y}",
          wrap="container", menu_cls="main-menu", side_titles=("Tin mới", "Xem nhiều", "Tin liên quan"),
          side_n=8, extra_side="", footer_cls="footer", top_extra=""):
    bc = ""
    if crumbs:
        bc = '<div class="breadcrumb"><a href="/">Trang chủ</a>' + "".join(
            f' <span>›</span> <a href="/{slugify(c)}/">{esc(c)}</a>' for c in crumbs) + '</div>'
    sides = "\n".join(sidebar_box(rng, t, "box-" + slugify(t), side_n, side_fmt, host) for t in side_titles)
    return (f'<div class="{wrap}"><div class="topbar"><span class="today">{esc(today)}</span> '
            f'<a href="/dang-nhap">Đăng nhập</a> <form class="search" action="/tim-kiem"><input name="q" '
            f'placeholder="Tìm kiếm..."></form>{top_extra}</div>\n<header class="site-header"><a class="logo" href="/">'
            f'<img src="/static/img/logo.png" alt="{esc(name)}"></a>{ad_script(rng, "top")}</header>\n'
            f'{menu_html(host, menu_cls)}\n{bc}\n<div class="row"><div class="col-main">\n{main}\n</div>\n'
            f'<aside class="col-side">{ad_script(rng, "right1")}\n{sides}\n{extra_side}{ad_script(rng, "right2")}'
            f'</aside></div>\n{footer_html(name, addr, phone, lic, footer_cls)}\n{cookie_html()}</div>'
            f'<script src="/static/js/app.min.js"></script><script>window.dataLayer=window.dataLayer||[];'
            f'dataLayer.push({{event:"pv",site:"{host}"}});</script>')


def jsonld(obj):
    import json
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'
