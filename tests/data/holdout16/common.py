"""Shared helpers: chrome, body rendering, truth text, validation (stdlib only)."""
import glob
import html
import json
import os
import random
import re
import unicodedata
from html.parser import HTMLParser

E = html.escape

HEADLINES = [
    "Tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính quý III",
    "Khánh thành cầu dân sinh nối hai thôn vùng bãi ngang",
    "Hội thi tiếng hát người cao tuổi thu hút 20 đội tham gia",
    "Tăng cường kiểm tra an toàn thực phẩm dịp cuối năm",
    "Triển khai thanh toán không dùng tiền mặt tại bệnh viện đa khoa",
    "Hướng dẫn người dân cài đặt ứng dụng định danh điện tử",
    "Ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh",
    "Kỳ họp thứ mười bốn HĐND tỉnh thông qua 22 nghị quyết",
    "Nông dân thu hoạch lúa hè thu đạt năng suất khá",
    "Phát động phong trào bình dân học vụ số trong đoàn viên",
    "Giải bóng chuyền nam nữ cấp xã khai mạc sôi nổi",
    "Xét duyệt hồ sơ hỗ trợ nhà ở cho hộ nghèo đợt 2",
    "Tập huấn kỹ năng sử dụng chữ ký số cho cán bộ một cửa",
    "Đoàn công tác của tỉnh thăm và làm việc tại khu công nghiệp phía Nam",
    "Cảnh báo thủ đoạn lừa đảo qua tin nhắn giả danh cơ quan thuế",
    "Hơn 1.200 thí sinh tham dự kỳ thi chọn học sinh giỏi",
    "Đưa sản phẩm OCOP lên sàn thương mại điện tử",
    "Nâng cấp tuyến đường liên xã dài 7,5 km",
    "Tiêm vắc xin phòng bệnh dại cho đàn chó, mèo",
    "Ban hành kế hoạch chuyển đổi số năm 2026",
    "Lễ hội đua thuyền truyền thống trên sông quê",
    "Kiểm tra tiến độ giải ngân vốn đầu tư công",
    "Hệ thống camera giám sát giao thông đi vào vận hành",
    "Trao 150 suất học bổng cho học sinh vượt khó",
    "Hội nghị đối thoại giữa Chủ tịch UBND với thanh niên",
    "Tổng kết mô hình trồng bưởi theo hướng hữu cơ",
    "Cấp phiếu lý lịch tư pháp trên môi trường điện tử",
    "Giao ban báo chí tháng 10 nêu nhiều vấn đề dư luận quan tâm",
    "Phòng chống sốt xuất huyết trong mùa mưa",
    "Công bố kết quả chỉ số năng lực cạnh tranh cấp sở, ngành",
    "Tập luyện diễu binh chuẩn bị kỷ niệm ngày thành lập tỉnh",
    "Hợp tác xã dịch vụ nông nghiệp mở rộng liên kết tiêu thụ",
    "Kho dữ liệu dân cư được làm sạch trên 98%",
    "Sửa chữa khẩn cấp đê bao sau triều cường",
    "Tuyên dương 45 gương điển hình học tập và làm theo Bác",
    "Khai giảng lớp bồi dưỡng kiến thức quốc phòng đối tượng 4",
    "Ứng dụng bản đồ số trong quản lý quy hoạch đô thị",
    "Chợ phiên nông sản an toàn mỗi sáng thứ bảy",
    "Giải chạy vì sức khỏe cộng đồng năm 2025",
    "Cơ sở dữ liệu đất đai được kết nối liên thông",
]

FMT_DATES = [
    lambda d, h, m: f"{d[2]:02d}/{d[1]:02d}/{d[0]}",
    lambda d, h, m: f"{h:02d}:{m:02d} {d[2]:02d}/{d[1]:02d}/{d[0]}",
    lambda d, h, m: f"({d[2]:02d}/{d[1]:02d})",
    lambda d, h, m: f"{d[2]:02d}-{d[1]:02d}-{d[0]}",
]



def _pages(path):
    """The page records of a set's truth.json (a list, or a dict with "pages")."""
    data = json.load(open(path, encoding="utf-8"))
    return data["pages"] if isinstance(data, dict) else data

def slugify(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70]


def rdate(rng, avoid_day):
    while True:
        years = [2024, 2025] if avoid_day is None or avoid_day[0] >= 2020 else [avoid_day[0] - 1, avoid_day[0]]
        d = (rng.choice(years), rng.randint(1, 12), rng.randint(1, 28))
        if d != avoid_day:
            return d, rng.randint(6, 22), rng.randint(0, 59)


def news_list(rng, n, avoid_day, fmt=0, li_cls="item", host="example.vn", prefix="/tin-tuc/"):
    out = []
    picks = rng.sample(HEADLINES, min(n, len(HEADLINES)))
    while len(picks) < n:
        picks.append(rng.choice(HEADLINES))
    for i, h in enumerate(picks):
        d, hh, mm = rdate(rng, avoid_day)
        ds = FMT_DATES[fmt](d, hh, mm)
        url = f"{prefix}{slugify(h)}-{rng.randint(10000, 99999)}.html"
        out.append(f'<li class="{li_cls}"><a href="{url}" title="{E(h)}">{E(h)}</a> '
                   f'<span class="date">{ds}</span></li>')
    return "\n".join(out)


def sidebar(rng, title, n, avoid_day, cls="box-news", fmt=0, tag="div"):
    return (f'<{tag} class="{cls}"><h3 class="box-title"><span>{E(title)}</span></h3>\n<ul>\n'
            + news_list(rng, n, avoid_day, fmt) + f"\n</ul></{tag}>\n")


MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật",
        "Thủ tục hành chính", "Dịch vụ công trực tuyến", "Chuyển đổi số", "Thông tin tuyên truyền",
        "Hỏi đáp", "Liên hệ", "Sơ đồ cổng"]
SUBMENU = ["Tin trong tỉnh", "Tin trong nước", "Hoạt động lãnh đạo", "Kinh tế", "Văn hóa - Xã hội",
           "Quốc phòng - An ninh", "Khoa học - Công nghệ", "Thông báo", "Lịch công tác", "Công khai ngân sách"]


def menu(cls="menu", sub=True):
    parts = [f'<ul class="{cls}">']
    for i, m in enumerate(MENU):
        s = ""
        if sub and i in (2, 3, 7):
            s = "<ul class=\"sub\">" + "".join(
                f'<li><a href="/{slugify(x)}">{E(x)}</a></li>' for x in SUBMENU) + "</ul>"
        parts.append(f'<li class="m{i}"><a href="/{slugify(m)}">{E(m)}</a>{s}</li>')
    parts.append("</ul>")
    return "\n".join(parts)


LINKS = ["Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết TTHC tỉnh", "Báo cáo kinh tế - xã hội",
         "Thư điện tử công vụ", "Hệ thống quản lý văn bản điều hành", "Cơ sở dữ liệu quốc gia về văn bản pháp luật",
         "Phản ánh kiến nghị", "Tra cứu hồ sơ", "Đánh giá mức độ hài lòng", "Bản đồ hành chính"]


def link_box(title="Liên kết website", cls="links"):
    opts = "".join(f'<option value="https://link{i}.example.vn">{E(x)}</option>' for i, x in enumerate(LINKS))
    return (f'<div class="{cls}"><h3>{E(title)}</h3><select onchange="window.open(this.value)">'
            f'<option>-- Chọn liên kết --</option>{opts}</select></div>\n')


def footer(org, addr, phone, email, year, cls="footer", licence=None):
    lic = licence or f"Giấy phép số {100 + len(org) % 50}/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp"
    return (f'<div class="{cls}"><div class="ft-org"><strong>{E(org)}</strong></div>'
            f'<p>Địa chỉ: {E(addr)}</p><p>Điện thoại: {phone} - Email: {email}</p>'
            f'<p>{E(lic)}</p><p>Chịu trách nhiệm chính: Trưởng Ban biên tập</p>'
            f'<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</p>'
            f'<p class="copyright">© Bản quyền {year} thuộc {E(org)}</p>'
            f'<div class="visit">Đang truy cập: 312 - Tổng lượt truy cập: 8.214.339</div></div>\n')


COOKIE = ('<div id="cookie-notice" class="cookie-bar">Trang web sử dụng cookie để nâng cao trải nghiệm '
          'người dùng. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này. '
          '<button type="button" onclick="acceptCookie()">Đồng ý</button></div>\n')


def ads_script(seed):
    rng = random.Random(seed)
    slots = ",".join(f'"slot-{rng.randint(1000, 9999)}"' for _ in range(8))
    return ("<script>var adSlots=[" + slots + "];(function(){for(var i=0;i<adSlots.length;i++)"
            "{var s=document.createElement('div');s.id=adSlots[i];}})();"
            "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','G-" + str(rng.randint(10 ** 9, 10 ** 10)) + "');</script>\n")


def share_bar(cls="share-tools"):
    return (f'<div class="{cls}"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="zalo">Zalo</a> '
            '<a href="#" class="print" onclick="window.print()">In bài</a> <a href="#" class="mail">Gửi email</a> '
            '<span class="font">Cỡ chữ: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></span></div>\n')


NAMES = ["Nguyễn Văn Hòa", "Trần Thị Mai", "Lê Quốc Bảo", "Phạm Ngọc Ánh", "Hoàng Đức Long", "Đặng Thu Hương"]
COMMENTS = ["Cần hướng dẫn thêm cho người lớn tuổi ở thôn xa.", "Thủ tục nộp trực tuyến nhanh hơn trước nhiều.",
            "Mong xã sớm lắp thêm điểm phát wifi công cộng.", "Bài viết rất thiết thực, cảm ơn ban biên tập.",
            "Đề nghị công khai số điện thoại đường dây nóng.", "Gia đình tôi đã làm thử và thấy thuận tiện."]


def comments(rng, n=4, cls="comments"):
    items = []
    for i in range(n):
        d, h, m = rdate(rng, None)
        items.append(f'<div class="cmt"><b>{E(rng.choice(NAMES))}</b> <i>{d[2]:02d}/{d[1]:02d}/{d[0]} {h:02d}:{m:02d}'
                     f'</i><p>{E(rng.choice(COMMENTS))}</p></div>')
    return (f'<div class="{cls}"><h4>Ý kiến bạn đọc ({n})</h4>' + "".join(items) +
            '<div class="pager"><a href="#">1</a> <a href="#">2</a> <a href="#">Sau »</a></div>'
            '<form class="cmt-form"><textarea name="noidung" placeholder="Nhập ý kiến của bạn"></textarea>'
            '<input type="text" name="hoten" placeholder="Họ tên"><input type="text" name="email" placeholder="Email">'
            '<button type="button">Gửi ý kiến</button></form></div>\n')


def tags(words, cls="tags", label="Từ khóa:"):
    return (f'<div class="{cls}"><span>{label}</span> ' +
            " ".join(f'<a href="/tag/{slugify(w)}">{E(w)}</a>' for w in words) + "</div>\n")


def viewstate(seed, n=9000):
    rng = random.Random(seed)
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "/wEP" + "".join(rng.choice(al) for _ in range(n)) + "=="


# ---------- body blocks ----------
# ('p', txt) ('h', txt) ('ul', [items]) ('ol', [items]) ('table', [[cells]]) ('quote', txt)
# ('img', src, caption, style) ('related', [titles]) ('src', txt) ('video', src) ('raw', html) ('lead_in_body', txt)

def render_blocks(blocks, mode="p", hx="h3"):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            if mode == "br":
                out.append(E(b[1]) + "<br>\n<br>")
            elif mode == "div":
                out.append(f'<div style="text-align: justify;">{E(b[1])}</div>')
            elif mode == "mso":
                out.append(f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">'
                           f'<span style="font-size:14.0pt;line-height:115%">{E(b[1])}</span></p>')
            else:
                out.append(f'<p style="text-align: justify;">{E(b[1])}</p>')
        elif k == "lead_in_body":
            if mode == "br":
                out.append(f"<b>{E(b[1])}</b><br>\n<br>")
            else:
                out.append(f'<p><strong>{E(b[1])}</strong></p>')
        elif k == "h":
            if mode == "br":
                out.append(f"<b><font color=\"#003399\">{E(b[1])}</font></b><br>\n<br>")
            else:
                out.append(f"<{hx}>{E(b[1])}</{hx}>")
        elif k in ("ul", "ol"):
            if mode == "br":
                out.append("<br>\n".join("- " + E(x) for x in b[1]) + "<br>\n<br>")
            else:
                out.append(f"<{k}>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="table" border="1" cellpadding="4">{rows}</table>')
        elif k == "quote":
            out.append(f"<blockquote><p>{E(b[1])}</p></blockquote>")
        elif k == "img":
            src, cap, st = b[1], b[2], b[3]
            if st == "figure":
                out.append(f'<figure class="image"><img src="{src}" alt="{E(cap)}"><figcaption>{E(cap)}</figcaption></figure>')
            elif st == "table":
                out.append(f'<table class="image" align="center"><tbody><tr><td><img src="{src}" width="600"></td></tr>'
                           f'<tr><td class="image_desc">{E(cap)}</td></tr></tbody></table>')
            else:
                out.append(f'<p style="text-align:center"><img src="{src}" width="600"></p>'
                           f'<p style="text-align:center"><em>{E(cap)}</em></p>')
        elif k == "related":
            out.append('<div class="related-inline"><strong>Xem thêm:</strong><ul>' + "".join(
                f'<li><a href="/tin/{slugify(t)}.html">{E(t)}</a></li>' for t in b[1]) + "</ul></div>")
        elif k == "src":
            out.append(f'<p style="text-align: right;"><em>{E(b[1])}</em></p>')
        elif k == "video":
            out.append(f'<div class="video-embed"><iframe width="640" height="360" src="{b[1]}" '
                       f'frameborder="0" allowfullscreen></iframe></div>')
        elif k == "raw":
            out.append(b[1])
    return "\n".join(out)


def truth_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote"):
            out.append(b[1])
        elif k in ("ul", "ol"):
            out.append("\n".join(b[1]))
        elif k == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out)


def truth(file, url, template, flags, is_article, relevant, title="", lead="", author=None,
          published_at=None, time_shown=False, text=""):
    return {"file": file, "url": url, "encoding": "utf-8", "template": template, "flags": flags,
            "is_article": is_article, "relevant": relevant, "title": title, "lead": lead,
            "author": author, "published_at": published_at, "time_shown": time_shown, "text": text}


# ---------- validation ----------
class Vis(HTMLParser):
    SKIP = frozenset({"head", "script", "style", "noscript", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag in ("p", "div", "br", "li", "td", "tr", "h1", "h2", "h3", "h4", "option", "table"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        if tag in ("p", "div", "li", "td", "h1", "h2", "h3", "h4"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(htmltext):
    v = Vis()
    v.feed(htmltext)
    v.close()
    return norm(" ".join(v.parts))


HERE = os.path.dirname(os.path.abspath(__file__))
# Template names of the other sets beside this one (each template is new to the corpus).
AVOID = {t["template"] for path in glob.glob(os.path.join(HERE, "..", "*", "truth.json"))
         if os.path.dirname(os.path.abspath(path)) != HERE
         for t in _pages(path)}

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead",
        "author", "published_at", "time_shown", "text"]


def validate(entries, pages, extra):
    probs = []
    seen = set()
    for t in entries:
        f = t["file"]
        if list(t.keys()) != KEYS:
            probs.append(f"{f}: keys")
        tp = t["template"]
        if tp in seen or tp in AVOID or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tp):
            probs.append(f"{f}: template name {tp}")
        seen.add(tp)
        data = pages[f]
        size = len(data)
        big_ok = "inline-base64-image" in t["flags"]
        if size < 25 * 1024 or (size > 150 * 1024 and not big_ok):
            probs.append(f"{f}: size {size}")
        vis = visible(data.decode("utf-8"))
        if not t["is_article"]:
            if t["title"] or t["lead"] or t["text"] or t["author"] or t["published_at"] or t["time_shown"] or t["relevant"]:
                probs.append(f"{f}: non-article fields")
            continue
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", t["published_at"] or ""):
            probs.append(f"{f}: published_at format")
        if not t["time_shown"] and not t["published_at"].endswith("T00:00:00+07:00"):
            probs.append(f"{f}: date-only form")
        checks = [t["title"]] + ([t["lead"]] if t["lead"] else [])
        for line in t["text"].split("\n"):
            if not line.strip():
                continue
            checks.extend(line.split(" | ") if " | " in line else [line])
        credit = extra[f].get("credit")
        if t["author"]:
            checks.extend([credit] if credit else t["author"].split(", "))
        checks.append(extra[f]["date_str"])
        for c in checks:
            if norm(c) not in vis:
                probs.append(f"{f}: not visible: {c[:60]!r}")
        wc = len(t["text"].split())
        fl = t["flags"]
        if "brief" in fl:
            ok = 90 <= wc <= 180
        elif "long-form" in fl:
            ok = wc >= 1500
        else:
            ok = 181 <= wc <= 1400
        if not ok:
            probs.append(f"{f}: word count {wc}")
        if t["lead"] and t["lead"] in t["text"]:
            probs.append(f"{f}: lead inside text")
    return probs


def page(head, body, lang="vi"):
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n{body}\n</html>\n'


UNITS = ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Y tế",
         "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp",
         "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp",
         "Đài Phát thanh và Truyền hình", "Báo Hòa Giang", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
         "Phường Hòa Bình", "Phường Bắc Hòa", "Xã Phú Lương", "Xã Đồng Mới", "Xã Tân Lạc", "Xã Nà Pàn",
         "Xã Minh Tiến", "Xã Quảng Yên", "Phường Đông Sơn", "Xã Yên Thủy", "Xã Cao Phong", "Xã Lạc Long"]


def extra_chrome(seed, kb=8):
    """Unit directory box + a large inline config script (menus/widgets data), like many portals carry."""
    rng = random.Random(seed)
    rows = "".join(f'<li><a href="https://{slugify(u)}.hoagiang.example.vn">{E(u)}</a></li>' for u in UNITS)
    data = [{"id": rng.randint(1000, 99999), "t": slugify(rng.choice(HEADLINES)),
             "img": f"/upload/{rng.randint(10 ** 6, 10 ** 7)}.jpg", "c": rng.randint(1, 40)} for _ in range(kb * 9)]
    return (f'<div class="unit-links"><h3>Các cơ quan, đơn vị</h3><ul>{rows}</ul></div>\n'
            f'<script>window.__PORTAL_WIDGETS__ = {json.dumps(data, separators=(",", ":"))};</script>\n')
