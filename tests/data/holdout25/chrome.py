"""Shared page chrome: menus, breadcrumbs, sidebars, footers, ad scripts. Deterministic."""
import html
import random

from texts import HEADLINES

E = html.escape


def side_list(title, seed, n=8, cls="box-news", date_fmt="dmy"):
    rnd = random.Random(seed)
    items = []
    for i in range(n):
        h = HEADLINES[(seed * 7 + i * 5) % len(HEADLINES)]
        d, m, hh, mi = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(6, 22), rnd.randint(0, 59)
        ds = f"{hh:02d}:{mi:02d} {d:02d}/{m:02d}/2024" if date_fmt == "dmy" else f"{d:02d}/{m:02d}"
        items.append(f'<li><a href="/tin-tuc/{seed}-{i}.html" title="{E(h)}">{E(h)}</a> '
                     f'<span class="time">{ds}</span></li>')
    return f'<div class="{cls}"><h3 class="box-title">{E(title)}</h3><ul>{"".join(items)}</ul></div>'


MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Chuyển đổi số", "Xã hội", "Văn hóa", "Thể thao",
        "Pháp luật", "Nông nghiệp", "Quốc tế", "Video", "Ảnh", "Bạn đọc"]


def header(site, seed, style="modern"):
    links = "".join(f'<li class="menu-item"><a href="/{i}">{E(m)}</a></li>' for i, m in enumerate(MENU))
    return (f'<header id="header" class="site-header"><div class="topbar"><span class="today">Hotline: 0209 3856 {seed:03d}'
            f'</span><a href="/dang-nhap">Đăng nhập</a> | <a href="/rss">RSS</a></div>'
            f'<div class="logo"><a href="/"><img src="/images/logo.png" alt="{E(site)}"></a></div>'
            f'<nav class="main-menu"><ul>{links}</ul></nav>'
            f'<form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm"></form></header>')


def crumbs(parts):
    return '<div class="breadcrumb"><a href="/">Trang chủ</a> » ' + " » ".join(
        f'<a href="/c/{i}">{E(p)}</a>' for i, p in enumerate(parts)) + '</div>'


def footer(site, addr, seed):
    return (f'<footer class="site-footer"><div class="footer-menu">{" · ".join(E(m) for m in MENU)}</div>'
            f'<p><b>{E(site)}</b></p><p>Địa chỉ: {E(addr)}</p><p>Điện thoại: 0209 3852 {seed:03d} - Fax: 0209 3852 '
            f'{seed + 100:03d} - Email: toasoan{seed}@example.vn</p><p>Giấy phép hoạt động báo điện tử số {seed}/GP-BTTTT. '
            f'Tổng Biên tập: Nguyễn Văn Khải</p><p>© Bản quyền thuộc về {E(site)}. Ghi rõ nguồn khi phát hành lại thông '
            f'tin từ website này.</p></footer>'
            '<div id="cookie-notice" class="cookie">Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. '
            '<button>Đồng ý</button></div>')


def ad_script(seed, kb):
    rnd = random.Random(seed)
    zones = ",".join(f'{{"zone":"z{rnd.randint(1000, 9999)}","size":[300,{rnd.choice([250, 600])}],'
                     f'"kv":"{rnd.getrandbits(64):016x}"}}' for _ in range(kb * 12))
    return (f'<script type="text/javascript">window.adsConfig={{"site":{seed},"zones":[{zones}]}};'
            f'(function(){{var s=document.createElement("script");s.src="//ads.example.vn/a.js";'
            f'document.head.appendChild(s);}})();</script>')


def share_bar():
    return ('<div class="share-tools"><a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="#" onclick="window.print()">In bài</a> <a class="mail" href="#">Gửi email</a> '
            '<span class="font-size"><a href="#">A-</a> <a href="#">A+</a></span></div>')


def comments(seed):
    rnd = random.Random(seed)
    names = ["Minh Khoa", "Lan Hương", "Bạn đọc Trần Tú", "Hải Nam", "Thu Hà"]
    cs = ["Bài viết rất thiết thực, mong tỉnh làm nhanh hơn nữa.", "Ở xã tôi vẫn còn phải đi lại nhiều lần.",
          "Cảm ơn phóng viên đã phản ánh.", "Cần thêm hướng dẫn cho người cao tuổi.", "Thông tin hữu ích."]
    items = "".join(f'<li class="comment"><b>{names[(seed + i) % 5]}</b> <span class="cdate">'
                    f'{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2024</span><p>{cs[(seed + i * 2) % 5]}</p></li>'
                    for i in range(4))
    return (f'<div class="comment-box"><h3>Ý kiến bạn đọc (4)</h3><ul>{items}</ul>'
            '<div class="paging"><a href="#">1</a> <a href="#">2</a> <a href="#">Sau »</a></div>'
            '<form class="comment-form"><textarea name="c"></textarea><input type="text" name="name">'
            '<button>Gửi ý kiến</button></form></div>')


def tags(ts):
    return '<div class="tags"><span>Từ khóa:</span> ' + " ".join(f'<a href="/tag/{i}">{E(t)}'
        f'</a>' for i, t in enumerate(ts)) + '</div>'


def sidebar(seed, labels=("Tin mới", "Xem nhiều")):
    return '<aside class="sidebar">' + "".join(side_list(lb, seed + i * 3) for i, lb in enumerate(labels)) + \
        '<div class="banner"><img src="/ads/300x250.jpg" alt="quảng cáo"></div></aside>'


def doc(head, body, lang="vi"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}'
            f'\n</head>\n<body>\n{body}\n</body>\n</html>\n')


def pad_to(page, seed, min_bytes=27000, amp=False):
    """Append ad/tracking scripts (amp-analytics JSON on AMP pages) before </body> until the page reaches min_bytes."""
    extra, i = "", 0
    while len((page + extra).encode()) < min_bytes:
        s = ad_script(seed * 10 + i, 2)
        if amp:
            s = ('<amp-analytics type="googleanalytics"><script type="application/json">' +
                 s.split("window.adsConfig=", 1)[1].split(";(function", 1)[0] + '</script></amp-analytics>')
        extra += s
        i += 1
    return page.replace("\n</body>", "\n" + extra + "\n</body>", 1)
