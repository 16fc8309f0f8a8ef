"""Shared page chrome (menus, sidebars, footers) and small helpers."""
import base64
import html
import random
import struct
import zlib
from datetime import datetime, timedelta

from texts import SIDE_TITLES

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TODAY = datetime(2026, 12, 4, 9, 41)


def e(s):
    return html.escape(s, quote=True)


def today(style=0):
    t = TODAY
    if style == 0:
        return f"{WD[t.weekday()]}, {t:%d/%m/%Y}"
    if style == 1:
        return f"{WD[t.weekday()]}, ngày {t.day} tháng {t.month} năm {t.year}"
    if style == 2:
        return f"Hôm nay: {t:%d-%m-%Y}"
    return f"{WD[t.weekday()]} {t:%d.%m.%Y}"


def side_dates(seed, n):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        d = TODAY - timedelta(days=rng.randint(0, 40), hours=rng.randint(0, 5))
        d = d.replace(hour=rng.randint(6, 22), minute=rng.choice([5, 12, 17, 23, 28, 34, 38, 46, 51, 57]))
        out.append(d)
    return out


def side_items(seed, n):
    rng = random.Random(seed)
    titles = rng.sample(SIDE_TITLES, n)
    return list(zip(titles, side_dates(seed, n)))


def sidebar(heading, seed, n=6, wrap="div", cls="box-news", hcls="box-title", fmt="%d/%m/%Y %H:%M", li_cls="", img=False):
    items = []
    for t, d in side_items(seed, n):
        thumb = f'<img src="/upload/thumb/{len(t) * 37}.jpg" alt="" width="90">' if img else ""
        items.append('<li{}>{}<a href="/tin-tuc/{}.html">{}</a> <span class="date">{}</span></li>'.format(
            f' class="{li_cls}"' if li_cls else "", thumb, len(t) * 13 + seed, e(t), d.strftime(fmt)))
    return '<{w} class="{c}"><h3 class="{h}">{hd}</h3><ul>{li}</ul></{w}>'.format(w=wrap, c=cls, h=hcls, hd=e(heading), li="".join(items))


def nav(items, cls="nav", ul_cls="menu"):
    lis = "".join(f'<li><a href="/{i}">{e(x)}</a></li>' for i, x in enumerate(items))
    return f'<nav class="{cls}"><ul class="{ul_cls}">{lis}</ul></nav>'


GOV_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chuyển đổi số", "Chỉ đạo điều hành", "Văn bản", "Dịch vụ công", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
NEWS_MENU = ["Thời sự", "Kinh tế", "Chuyển đổi số", "Xã hội", "Pháp luật", "Thế giới", "Văn hóa", "Thể thao", "Sức khỏe", "Công nghệ", "Bạn đọc", "Video"]


SITEMAP = [("Thời sự", ["Chính trị", "Xã hội", "Quốc phòng", "Đối ngoại"]), ("Kinh tế", ["Tài chính", "Doanh nghiệp", "Thị trường", "Đầu tư"]),
           ("Chuyển đổi số", ["Chính quyền số", "Kinh tế số", "Xã hội số", "An toàn thông tin"]), ("Đời sống", ["Giáo dục", "Y tế", "Việc làm", "Môi trường"]),
           ("Văn hóa", ["Du lịch", "Lễ hội", "Di sản", "Văn nghệ"]), ("Thể thao", ["Bóng đá", "Phong trào", "Điền kinh", "Võ thuật"]),
           ("Pháp luật", ["An ninh trật tự", "Văn bản mới", "Tư vấn", "Hồ sơ"]), ("Tiện ích", ["Thời tiết", "Giá vàng", "Lịch vạn niên", "Tra cứu hồ sơ"])]


def sitemap(cls="sitemap"):
    cols = "".join('<div class="col"><h4><a href="/{}">{}</a></h4><ul>{}</ul></div>'.format(i, e(h), "".join(f'<li><a href="/{i}/{j}">{e(x)}</a></li>' for j, x in enumerate(sub)))
                   for i, (h, sub) in enumerate(SITEMAP))
    return f'<div class="{cls}">{cols}</div>'


def footer(org, addr, extra="", cls="footer"):
    return sitemap() + ('<footer class="{c}"><div class="container"><p><strong>{o}</strong></p><p>Địa chỉ: {a}</p>'
            '<p>Điện thoại: 0210.3812.456 - Fax: 0210.3812.457 - Email: banbientap@{d}</p>{x}'
            '<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>'
            '<p class="copy">© Bản quyền thuộc về {o}. Thiết kế và phát triển bởi Công ty CP Phần mềm Sông Lam (giả định).</p></div></footer>').format(
        c=cls, o=e(org), a=e(addr), d="example.vn", x=extra)


def body_html(blocks, p_open="<p>", p_close="</p>", h_tag="h2", img=None, table_cls="table", ul_cls=""):
    out = []
    for i, (kind, v) in enumerate(blocks):
        if kind == "p":
            out.append(p_open + e(v) + p_close)
        elif kind == "h":
            out.append(f"<{h_tag}>{e(v)}</{h_tag}>")
        elif kind == "ul":
            out.append('<ul{}>'.format(f' class="{ul_cls}"' if ul_cls else "") + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in v)
            out.append(f'<table class="{table_cls}" border="1"><tbody>{rows}</tbody></table>')
        if i == 0 and img:
            out.append(img)
    return "\n".join(out)


def figure(src, cap, cls="image", style=""):
    return f'<figure class="{cls}"{style}><img src="{src}" alt="{e(cap[:40])}"><figcaption>{e(cap)}</figcaption></figure>'


def head(title, desc="", extra=""):
    return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{e(title)}</title><meta name="description" content="{e(desc)}">{extra}'
            '<link rel="stylesheet" href="/assets/css/main.css"><script src="/assets/js/jquery.min.js"></script></head>\n')


def noise_png(seed, w=560, h=460):
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rng.getrandbits(8) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


def h12(d, am="SA", pm="CH", pad=False):
    h = d.hour % 12 or 12
    return ("{:02d}:{:02d} {}" if pad else "{}:{:02d} {}").format(h, d.minute, am if d.hour < 12 else pm)


def buoi(d):
    return "sáng" if d.hour < 12 else ("chiều" if d.hour < 18 else "tối")
