"""Shared helpers for the holdout20 corpus (stdlib only, deterministic)."""
import base64
import html
import random
import re
import unicodedata
from html.parser import HTMLParser

E = html.escape

HEADLINES = [
    "Tổ chức hội nghị sơ kết công tác cải cách hành chính quý III",
    "Ra quân dọn vệ sinh môi trường tại các khu dân cư",
    "Trao 120 suất học bổng cho học sinh vượt khó",
    "Kiểm tra tiến độ xây dựng cầu qua sông Lạch Tràng",
    "Hướng dẫn kê khai thuế qua ứng dụng trên điện thoại",
    "Tập huấn nghiệp vụ văn thư lưu trữ cho cán bộ cấp xã",
    "Công bố quy hoạch phân khu đô thị phía Đông",
    "Giải chạy việt dã truyền thống thu hút 900 vận động viên",
    "Tăng cường phòng chống dịch sốt xuất huyết mùa mưa",
    "Đối thoại với doanh nghiệp về thủ tục đất đai",
    "Phát động phong trào bình dân học vụ số",
    "Hội thi tuyên truyền viên pháp luật giỏi năm nay",
    "Tiếp nhận 45 tấn gạo hỗ trợ hộ nghèo dịp Tết",
    "Nâng cấp tuyến đường liên xã dài 7,2 km",
    "Khánh thành nhà văn hóa thôn Đồng Lầy",
    "Thanh tra việc quản lý quỹ bảo trì nhà chung cư",
    "Hoàn thành cấp căn cước cho người dân vùng sâu",
    "Hội chợ nông sản an toàn mở cửa đến hết tuần",
    "Sáp nhập các điểm trường lẻ trước năm học mới",
    "Diễn tập phòng cháy chữa cháy tại chợ trung tâm",
    "Kết nối cung cầu sản phẩm OCOP với siêu thị",
    "Ban hành kế hoạch đào tạo kỹ năng số cho người lao động",
    "Chấm điểm chỉ số hài lòng của người dân với dịch vụ công",
    "Bàn giao 30 căn nhà đại đoàn kết cho hộ khó khăn",
    "Lấy ý kiến dự thảo nghị quyết về phí tham quan",
    "Kiện toàn tổ công nghệ số cộng đồng ở thôn, tổ dân phố",
    "Mùa lúa chiêm xuân cho năng suất vượt kế hoạch",
    "Cảnh báo thủ đoạn lừa đảo qua tin nhắn mạo danh cơ quan thuế",
    "Khai giảng lớp tiếng Anh miễn phí cho thanh niên",
    "Thông báo lịch tiếp công dân định kỳ tháng tới",
]

MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Dịch vụ công",
        "Chuyển đổi số", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ", "Lịch công tác", "Thông cáo báo chí",
        "Đầu tư - Phát triển", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Thống kê", "Dự án", "Tuyển dụng"]


def rng(seed):
    return random.Random(seed)


def fake_date(r, year=None, with_time=True):
    y = year or r.choice([2023, 2024, 2025])
    d = "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), y)
    if with_time:
        return "%02d:%02d %s" % (r.randint(6, 22), r.randint(0, 59), d)
    return d


def side_box(r, title, n, cls="box", item_cls="item", dated=True, year=None):
    items = r.sample(HEADLINES, n)
    lis = []
    for h in items:
        slug = str(r.randint(10000, 99999))
        d = ' <span class="date">(%s)</span>' % fake_date(r, year, r.random() < 0.6) if dated else ""
        lis.append('<li class="%s"><a href="/tin-tuc/%s.html">%s</a>%s</li>' % (item_cls, slug, E(h), d))
    return '<div class="%s"><h3 class="%s-title">%s</h3><ul>%s</ul></div>' % (cls, cls, E(title), "\n".join(lis))


def menu(cls="menu", items=MENU):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="/%d">%s</a></li>' % (i, E(m))
                                                  for i, m in enumerate(items)))


def footer(org, addr, phone, year="2025", cls="footer"):
    return ('<div class="%s"><p><b>%s</b></p><p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: banbientap@example.vn</p>'
            '<p>Trưởng ban biên tập: Ông Nguyễn Văn An - Phó Chánh Văn phòng</p>'
            '<p>Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp.</p>'
            '<p>© Bản quyền %s thuộc về %s. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>'
            '<p>Số lượt truy cập: 12.405.883 | Đang trực tuyến: 317</p></div>') % (cls, E(org), E(addr), phone, year, E(org))


COOKIE = ('<div id="cookie-notice" class="cookie-bar">Trang web sử dụng cookie để nâng cao trải nghiệm. '
          '<button>Đồng ý</button></div>')


def ads_script(seed):
    r = rng(seed)
    lines = ["var _adq=_adq||[];"]
    for i in range(30):
        lines.append("_adq.push(['zone',%d,'%s',%d,%d]);" % (i, "%08x" % r.getrandbits(32), r.randint(200, 970),
                                                             r.randint(90, 600)))
    lines.append("(function(){var s=document.createElement('script');s.src='//ads.example.vn/q.js';"
                 "document.head.appendChild(s);})();")
    return "<script>%s</script>" % "\n".join(lines)


def css_pad(seed, kb):
    r = rng(seed)
    out = []
    size = 0
    i = 0
    while size < kb * 1024:
        s = ".c%d-%x{margin:%dpx %dpx;padding:%dpx;color:#%06x;font-size:%dpx}" % (
            i, r.getrandbits(16), r.randint(0, 20), r.randint(0, 20), r.randint(0, 12), r.getrandbits(24),
            r.randint(11, 18))
        out.append(s)
        size += len(s) + 1
        i += 1
    return "<style>%s</style>" % "\n".join(out)


def viewstate(seed, nbytes):
    r = rng(seed)
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def fake_image_b64(seed, nbytes):
    r = rng(seed)
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(r.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


# ---- body blocks ----
# ('p', s) ('h', s) ('ul', [..]) ('ol', [..]) ('table', [[..]]) ('quote', s)
# ('img', caption, style) ('rel', [titles]) ('src', s) ('raw', html)  -- last four excluded from text

def render(blocks, style="p"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append("%s<br><br>" % E(b[1]) if style == "br" else "<p>%s</p>" % E(b[1]))
        elif k == "h":
            out.append("<b>%s</b><br><br>" % E(b[1]) if style == "br" else "<h2>%s</h2>" % E(b[1]))
        elif k == "h3":
            out.append("<h3>%s</h3>" % E(b[1]))
        elif k in ("ul", "ol"):
            if style == "br":
                out.append("".join("- %s<br>" % E(x) for x in b[1]) + "<br>")
            else:
                out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % E(x) for x in b[1]), k))
        elif k == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in row) for row in b[1])
            out.append('<table class="tbl" border="1" cellpadding="4">%s</table>' % rows)
        elif k == "quote":
            out.append("<blockquote><p>%s</p></blockquote>" % E(b[1]))
        elif k == "img":
            st = b[2] if len(b) > 2 else "figure"
            src = "/uploads/2025/anh-%d.jpg" % (abs(hash_s(b[1])) % 9999)
            if st == "figure":
                out.append('<figure class="image"><img src="%s" alt=""><figcaption>%s</figcaption></figure>'
                           % (src, E(b[1])))
            elif st == "table":
                out.append('<table class="image" align="center"><tr><td><img src="%s"></td></tr>'
                           '<tr><td class="image_desc">%s</td></tr></table>' % (src, E(b[1])))
            else:
                out.append('<p style="text-align:center"><img src="%s"></p><p style="text-align:center">'
                           '<em>%s</em></p>' % (src, E(b[1])))
        elif k == "rel":
            out.append('<div class="box-related-inline"><strong>Xem thêm:</strong><ul>%s</ul></div>' %
                       "".join('<li><a href="/r/%d.html">%s</a></li>' % (i, E(t)) for i, t in enumerate(b[1])))
        elif k == "src":
            out.append('<p style="text-align:right"><em>%s</em></p>' % E(b[1]))
        elif k == "raw":
            out.append(b[1])
    return "\n".join(out)


def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def text_of(blocks):
    parts = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "h3", "quote"):
            parts.append(b[1])
        elif k in ("ul", "ol"):
            parts.append("\n".join(b[1]))
        elif k == "table":
            parts.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(parts)


# ---- validation ----
class Vis(HTMLParser):
    SKIP = frozenset({"head", "script", "style", "template", "noscript", "title"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag in ("br", "p", "div", "li", "td", "tr", "h1", "h2", "h3"):
            self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.out.append(" ") if tag in ("p", "div", "li", "td", "h1", "h2", "h3", "span", "a") else None

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(doc):
    p = Vis()
    p.feed(doc)
    return norm(" ".join(p.out))
