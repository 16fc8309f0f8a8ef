"""Shared page chrome: menus, sidebars, footers, body blocks."""

import datetime as dt
import html
import random
import unicodedata

from texts import LISTING_TITLES, TEASERS

E = html.escape
TZ = dt.timezone(dt.timedelta(hours=7))
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TODAY = dt.datetime(2026, 12, 4, 6, 5, tzinfo=TZ)
TODAY_STR = "Thứ Sáu, 04/12/2026"


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)[:80]


def wd(d):
    return WD[d.weekday()]


def side_dates(rng, n, avoid):
    """n datetimes before TODAY; never with the publication's HH:MM and never 00:00."""
    out = []
    while len(out) < n:
        d = TODAY - dt.timedelta(days=rng.randint(0, 12), hours=rng.randint(0, 23))
        d = d.replace(minute=rng.randint(1, 59), second=0)
        if avoid is not None and (d.hour, d.minute) == (avoid.hour, avoid.minute):
            continue
        if d.hour == 0 or d.hour == 12:
            continue
        out.append(d)
    return sorted(out, reverse=True)


def titles(rng, n):
    t = list(LISTING_TITLES)
    rng.shuffle(t)
    return t[:n]


def side_box(rng, title, n, fmt, avoid, box_cls="box", h="h3", item_cls="item", date_cls="date"):
    ds = side_dates(rng, n, avoid)
    lis = []
    for t, d in zip(titles(rng, n), ds):
        lis.append(f'<li class="{item_cls}"><a href="/tin/{slug(t)}-{rng.randint(10000, 99999)}.html">{E(t)}</a> <span class="{date_cls}">{E(fmt(d))}</span></li>')
    return f'<div class="{box_cls}"><{h} class="{box_cls}-title">{E(title)}</{h}>\n<ul>\n' + "\n".join(lis) + "\n</ul></div>\n"


def plain_box(rng, title, n, box_cls="related", h="h3"):
    lis = "\n".join(f'<li><a href="/bai-viet/{slug(t)}.html">{E(t)}</a></li>' for t in titles(rng, n))
    return f'<div class="{box_cls}"><{h}>{E(title)}</{h}>\n<ul>\n{lis}\n</ul></div>\n'


def menu(names, cls="menu", ul_cls="nav"):
    lis = "".join(f'<li><a href="/{slug(n)}">{E(n)}</a></li>' for n in names)
    return f'<nav class="{cls}"><ul class="{ul_cls}">{lis}</ul></nav>\n'


def teaser(rng):
    return rng.choice(TEASERS)


def doc(title, body, head_extra="", lang="vi", body_cls=""):
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{E(title)}</title>\n{head_extra}"
        '<link rel="stylesheet" href="/static/css/site.min.css">\n'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>\n"
        f'</head>\n<body class="{body_cls}">\n{body}\n'
        '<script src="/static/js/app.bundle.js"></script>\n</body>\n</html>\n'
    )


def blocks_html(blocks, p=None, h=None, ul=None, table=None, img=None):
    p = p or (lambda t: f"<p>{E(t)}</p>")
    h = h or (lambda t: f"<h2>{E(t)}</h2>")
    ul = ul or (lambda items: "<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>")
    table = table or (lambda rows: '<table class="table"><tbody>' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    img = img or (lambda cap, src: f'<figure class="image"><img src="{src}" alt=""><figcaption>{E(cap)}</figcaption></figure>')
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(p(b[1]))
        elif k == "h":
            out.append(h(b[1]))
        elif k == "ul":
            out.append(ul(b[1]))
        elif k == "table":
            out.append(table(b[1]))
        elif k == "img":
            out.append(img(b[1], b[2]))
    return "\n".join(out)


def blocks_text(blocks):
    parts = []
    for b in blocks:
        if b[0] in ("p", "h"):
            parts.append(b[1])
        elif b[0] == "ul":
            parts.append("\n".join(b[1]))
        elif b[0] == "table":
            parts.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(parts)


def rng_for(name):
    return random.Random("chrome-" + name)


FOOT_GOV = [
    "Cơ quan chủ quản: Ủy ban nhân dân tỉnh",
    "Địa chỉ: Số 18 đường Trần Hưng Đạo, phường Trung tâm",
    "Điện thoại: 0233.3852.xxx - Email: banbientap@example.vn",
    "Giấy phép số 126/GP-TTĐT do Cục Báo chí cấp ngày 12/5/2021",
]
FOOT_NEWS = [
    "Tổng Biên tập: (thông tin minh họa)",
    "Giấy phép hoạt động báo điện tử số 210/GP-BTTTT",
    "Tòa soạn: 45 phố Lý Thường Kiệt - Điện thoại: 024.3825.xxxx",
    "Bản quyền thuộc về tòa soạn. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
]


WEBLINKS = ["Cổng Thông tin điện tử Chính phủ", "Cổng Dịch vụ công quốc gia", "Hệ thống văn bản quy phạm pháp luật", "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Bộ Công an", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Báo điện tử tỉnh", "Đài Phát thanh và Truyền hình tỉnh"]

COLS = {
    "Về chúng tôi": ["Giới thiệu", "Tầm nhìn - Sứ mệnh", "Đội ngũ", "Tuyển dụng", "Liên hệ hợp tác"],
    "Hỗ trợ": ["Câu hỏi thường gặp", "Hướng dẫn sử dụng", "Chính sách bảo mật", "Điều khoản sử dụng", "Báo lỗi"],
    "Chuyên mục": ["Chuyển đổi số", "Kinh tế số", "Xã hội số", "An toàn thông tin", "Đổi mới sáng tạo"],
    "Kết nối": ["Facebook", "Zalo OA", "YouTube", "TikTok", "Bản tin email"],
}


def weblinks(cls="weblink-box"):
    opts = "".join(f'<option value="{slug(x)}">{E(x)}</option>' for x in WEBLINKS)
    return f'<div class="{cls}"><h3>Liên kết website</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{opts}</select></div>\n'


def footer_cols(cls="footer-links"):
    cols = "".join(f'<div class="col"><h4>{E(k)}</h4><ul>' + "".join(f'<li><a href="/{slug(v)}">{E(v)}</a></li>' for v in vs) + "</ul></div>" for k, vs in COLS.items())
    return f'<div class="{cls}">{cols}</div>\n'
