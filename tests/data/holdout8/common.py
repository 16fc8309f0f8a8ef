"""Shared helpers for the holdout8 generator: date formatters, text generation, chrome."""

import html
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import texts as T

HERE = Path(__file__).resolve().parent
TZ = timezone(timedelta(hours=7))
TODAY = datetime(2026, 12, 4, 21, 10, tzinfo=TZ)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTH_WORDS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def esc(s):
    return html.escape(s, quote=True)


def dt(y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def h12(d):
    h = d.hour % 12 or 12
    return h, ("SA" if d.hour < 12 else "CH")


# ---------------------------------------------------------------- date formatters (one per template)
FMT = {
    "wp-publisher": lambda d: f"{d.day} Tháng {d.month}, {d.year} lúc {h12(d)[0]}:{d:%M} {h12(d)[1]}",
    "wp-pennews": lambda d: f"Tháng {MONTH_WORDS[d.month - 1]} {d.day}, {d.year} {h12(d)[0]}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'}",
    "wp-foxiz": lambda d: f"{d:%d/%m/%Y} - {d:%H:%M}",
    "wp-neve": lambda d: f"{d:%d/%m/%Y}",
    "drupal-thunder": lambda d: f"{WD[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}",
    "drupal-varbase": lambda d: f"{d:%d/%m/%Y} {d:%H:%M}",
    "joomla-ja-teline": lambda d: f"Ngày đăng: {WD[d.weekday()]}, {d:%d} Tháng {d:%m} {d.year} {d:%H:%M}",
    "neos-cms": lambda d: f"{d:%H:%M}, {d:%d.%m.%Y}",
    "processwire": lambda d: f"{d:%d/%m/%Y}",
    "modx-revolution": lambda d: f"{h12(d)[0]}:{d:%M} {'PM' if d.hour >= 12 else 'AM'}, {d:%d/%m/%Y}",
    "october-cms": lambda d: f"Đăng lúc {d:%H:%M} ngày {d:%d/%m/%Y}",
    "statamic": lambda d: f"ngày {d.day} tháng {d.month} năm {d.year}",
    "kirby-cms": lambda d: f"{d:%d.%m.%Y}",
    "pelican-blog": lambda d: f"{WD[d.weekday()]} {d:%d} tháng {d:%m} {d.year}",
    "zola-blog": lambda d: f"{d:%Y-%m-%d}",
    "payload-cms-next": lambda d: f"{d:%H:%M} {d:%d/%m/%Y}",
    "directus-nuxt": lambda d: f"{d:%d/%m/%Y}, {d:%H:%M}",
    "tapchicongsan-like": lambda d: f"Ngày xuất bản: {d:%d/%m/%Y}",
    "mattran-like": lambda d: f"{WD[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year} | {d:%H:%M}",
    "congly-like": lambda d: f"{d:%H:%M} {WD[d.weekday()]} {d:%d/%m/%Y}",
    "bnews-like": lambda d: f"{d:%d/%m/%Y} {d:%H:%M} GMT+7",
    "giaoducthoidai-like": lambda d: f"{WD[d.weekday()]}, {d:%d/%m/%Y} {d:%H:%M} (GMT+7)",
    "doanhnghiepvn-like": lambda d: f"{d:%H:%M} | {d:%d/%m/%y}",
    "sotttt-portal": lambda d: f"Ngày đăng: {d:%d/%m/%Y} {d:%H:%M:%S}",
    "xa-portal-legacy": lambda d: f"Ngày {d:%d/%m/%Y}",
}


def side_dates(seed, n):
    out = []
    t = TODAY - timedelta(hours=2, minutes=13)
    rng = random.Random(seed)
    for _ in range(n):
        t = t - timedelta(hours=rng.randint(3, 30), minutes=rng.randint(1, 50))
        if t.minute == 0:
            t += timedelta(minutes=7)
        out.append(t)
    return out


# ---------------------------------------------------------------- text generation
PREFIXES = ["Tại {p},", "Ở {p},", "Thực tế ở {p} cho thấy", "Cũng tại {p},"]


def fill_for(seed):
    rng = random.Random(seed * 7 + 1)
    return {
        "tinh": "tỉnh " + rng.choice(T.PROVINCES),
        "so": "Sở Thông tin và Truyền thông",
        "n": rng.randint(35, 92),
        "m": f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
        "xa": rng.choice(T.COMMUNES),
    }


def sentences(seed, pool):
    rng = random.Random(seed)
    order = pool[:]
    rng.shuffle(order)
    f = fill_for(seed)
    rnd = 0
    while True:
        for s in order:
            txt = s.format(**f)
            if rnd:
                p = PREFIXES[(rnd - 1) % len(PREFIXES)].format(p="tỉnh " + T.PROVINCES[(seed + rnd) % len(T.PROVINCES)])
                txt = p + " " + txt[0].lower() + txt[1:]
            yield txt
        rnd += 1


def make_body(seed, pool, paras, per=3, heads=0, ul=False, table=False, img=None):
    gen = sentences(seed, pool)
    blocks = []
    hi = seed % len(T.HEADINGS_CDS)
    for i in range(paras):
        if heads and i and i % max(1, paras // (heads + 1)) == 0 and heads > 0:
            blocks.append(("h", T.HEADINGS_CDS[hi % len(T.HEADINGS_CDS)]))
            hi += 1
            heads -= 1
        if img and i == 1:
            blocks.append(("img", img))
        blocks.append(("p", " ".join(next(gen) for _ in range(per))))
        if ul and i == 2:
            blocks.append(("ul", ["Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính;",
                                  "Tăng cường tập huấn cho tổ công nghệ số cộng đồng;",
                                  "Công khai tiến độ xử lý hồ sơ trên Cổng dịch vụ công của tỉnh;",
                                  "Gắn kết quả chuyển đổi số với đánh giá, xếp loại người đứng đầu."]))
        if table and i == 3:
            blocks.append(("table", [["Chỉ tiêu", "Năm 2025", "Năm 2026"],
                                     ["Hồ sơ trực tuyến toàn trình", "41%", "63%"],
                                     ["Thanh toán trực tuyến", "28%", "52%"],
                                     ["Văn bản ký số", "87%", "96%"]]))
    return blocks


def body_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h"):
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join(b[1]))
        elif b[0] == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out)


def body_html(blocks, h="h2", pcls="", figcls="wp-block-image", capcls="wp-element-caption", hcls=""):
    out = []
    pc = f' class="{pcls}"' if pcls else ""
    hc = f' class="{hcls}"' if hcls else ""
    for b in blocks:
        if b[0] == "p":
            out.append(f"<p{pc}>{esc(b[1])}</p>")
        elif b[0] == "h":
            out.append(f"<{h}{hc}>{esc(b[1])}</{h}>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="table table-bordered"><tbody>{rows}</tbody></table>')
        elif b[0] == "img":
            src, cap = b[1]
            out.append(f'<figure class="{figcls}"><img src="{esc(src)}" alt="" loading="lazy"><figcaption class="{capcls}">{esc(cap)}</figcaption></figure>')
    return "\n".join(out)


def words(s):
    return len(s.split())


# ---------------------------------------------------------------- chrome helpers
MENU = ["Trang chủ", "Tin tức - Sự kiện", "Chuyển đổi số", "Chính quyền số", "Kinh tế số", "Xã hội số",
        "Văn bản - Chính sách", "Dịch vụ công", "Thông tin tuyên truyền", "Liên hệ"]


def menu(cls="menu", li="menu-item", a=""):
    ac = f' class="{a}"' if a else ""
    return f'<ul class="{cls}">' + "".join(
        f'<li class="{li} {li}-{i}"><a{ac} href="/chuyen-muc/{i}">{esc(m)}</a></li>' for i, m in enumerate(MENU)) + "</ul>"


def today_str(style=0):
    d = TODAY
    if style == 0:
        return f"{WD[d.weekday()]}, {d:%d/%m/%Y}"
    if style == 1:
        return f"{WD[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}"
    return f"Hôm nay: {d:%d/%m/%Y}"


def side_box(seed, heading, fmt, cls="widget", item="item", n=6, offset=0, show_time=True):
    ds = side_dates(seed, n)
    lis = []
    for i, d in enumerate(ds):
        t = T.SIDEBAR_TITLES[(seed + i + offset) % len(T.SIDEBAR_TITLES)]
        ds_txt = fmt(d) if show_time else f"{d:%d/%m/%Y}"
        lis.append(f'<li class="{item}"><a href="/tin/{seed}-{i}.html">{esc(t)}</a> <span class="date">({esc(ds_txt)})</span></li>')
    return f'<div class="{cls}"><h3 class="widget-title"><span>{esc(heading)}</span></h3><ul>{"".join(lis)}</ul></div>'


def related(seed, heading="Tin liên quan", cls="related-posts", n=4):
    lis = "".join(
        f'<li><a href="/bai-viet/{seed}{i}.html">{esc(T.SIDEBAR_TITLES[(seed * 3 + i) % len(T.SIDEBAR_TITLES)])}</a></li>'
        for i in range(n))
    return f'<div class="{cls}"><h4>{esc(heading)}</h4><ul>{lis}</ul></div>'


def footer(name, cls="site-footer"):
    return (f'<footer class="{cls}"><div class="container"><p><strong>{esc(name)}</strong></p>'
            '<p>Địa chỉ: Số 18 đường Trần Hưng Đạo, phường Trung Tâm, tỉnh Quảng Trị. Điện thoại: 0233.3850.123 - Fax: 0233.3850.124</p>'
            '<p>Giấy phép số 215/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 12/05/2024.</p>'
            '<p>Chịu trách nhiệm chính: Giám đốc Trương Hoài Nam. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
            f'<p class="copyright">© 2026 {esc(name)}. Bảo lưu mọi quyền.</p></div></footer>')


def share_bar():
    return ('<div class="share-bar"><span>Chia sẻ:</span><a class="fb" href="#">Facebook</a><a class="zalo" href="#">Zalo</a>'
            '<a class="tw" href="#">Twitter</a><a class="print" href="#">In bài</a><a class="mail" href="#">Gửi email</a></div>')


def tags(ts):
    return '<div class="tags"><span>Từ khóa:</span> ' + " ".join(f'<a href="/tag/{i}" rel="tag">{esc(t)}</a>' for i, t in enumerate(ts)) + "</div>"


CSS = "".join(
    f".c{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 9}px;color:#{(i * 2654435761) % 0xFFFFFF:06x};font-size:{12 + i % 6}px;line-height:1.{i % 9}}}\n"
    for i in range(90))


def doc(lang_head, body, charset="utf-8", meta_equiv=False, extra_head=""):
    cs = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if meta_equiv
          else f'<meta charset="{charset}">')
    return (f'<!DOCTYPE html>\n<html lang="vi"><head>{cs}<title>{esc(lang_head)}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'{extra_head}<style>body{{font-family:Arial}} .hidden{{display:none}}\n{CSS}</style>'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>'
            f'</head>\n<body>\n{body}\n</body></html>\n')


def og(a):
    p = a["pub"].isoformat()
    return (f'<meta property="og:title" content="{esc(a["title"])}"><meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{p}">'
            f'<meta property="og:url" content="{a["url"]}">')


def ld(a, author=None):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["pub"].isoformat(), "dateModified": (a["pub"] + timedelta(hours=5, minutes=12)).isoformat()}
    if author:
        d["author"] = {"@type": "Person", "name": author}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'
