"""Shared markup helpers and per-template renderers for holdout4."""
import base64
import html
import json
import random
import struct
import zlib
from datetime import UTC, timedelta

from texts import HEADLINES

E = html.escape
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WDS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
TODAY = "Thứ sáu, 04/12/2026"


def dmy(dt, sep="/"):
    return dt.strftime(f"%d{sep}%m{sep}%Y")


def hm(dt):
    return dt.strftime("%H:%M")


def h12(dt, am="SA", pm="CH"):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {am if dt.hour < 12 else pm}"


def iso(dt):
    return dt.isoformat()


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def blocks_html(blocks, p="p", pcls=""):
    out = []
    c = f' class="{pcls}"' if pcls else ""
    for kind, val in blocks:
        if kind == "p":
            out.append(f"<{p}{c}>{E(val)}</{p}>")
        elif kind == "h":
            out.append(f"<h2>{E(val)}</h2>")
        elif kind == "q":
            out.append(f"<blockquote><p>{E(val)}</p></blockquote>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(x)}</td>" for x in r) + "</tr>" for r in val)
            out.append(f'<table class="table" border="1"><tbody>{rows}</tbody></table>')
        elif kind == "img":
            out.append(f'<figure class="image"><img src="{val[0]}" alt=""><figcaption>{E(val[1])}</figcaption></figure>')
    return "\n".join(out)


def head(a, charset="utf-8", extra=""):
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="{charset}">\n'
            f'<title>{E(a["title"] or a["site"])} - {E(a["site"])}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<link rel="stylesheet" href="/assets/main.css">\n{extra}</head>\n')


def side(title, cls="sidebar-box", n=5, off=0):
    items = HEADLINES[off:off + n]
    li = "".join(f'<li><a href="/tin/{i}.html">{E(t)}</a> <span class="date">({d})</span></li>'
                 for i, (t, d) in enumerate(items))
    return f'<div class="{cls}"><h3>{E(title)}</h3><ul>{li}</ul></div>'


def foot(site, addr):
    return (f'<footer class="site-footer"><p>© 2026 {E(site)}. {E(addr)}</p>'
            '<p>Điện thoại: 0262 3812 345 - Email: bbt@example.vn</p>'
            '<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>')


def share():
    return ('<div class="share-bar"><span>Chia sẻ:</span> <a href="#">Facebook</a> '
            '<a href="#">Zalo</a> <a href="#">Twitter</a> <a href="#" onclick="window.print()">In bài</a></div>')


def tags(words):
    return '<div class="tags"><span>Từ khóa:</span> ' + " ".join(f'<a href="/tag/{i}">{E(w)}</a>' for i, w in enumerate(words)) + "</div>"


def comments(n=2):
    c = [("Nguyễn Văn Hùng", "04/12/2026 08:12", "Bài viết rất thiết thực, mong địa phương tôi cũng làm được như vậy."),
         ("Lê Thị Thu", "03/12/2026 21:40", "Cần hướng dẫn kỹ hơn cho người lớn tuổi ở vùng sâu.")][:n]
    li = "".join(f'<li class="comment-item"><b>{E(a)}</b> <span class="time">{d}</span><p>{E(t)}</p></li>' for a, d, t in c)
    return f'<div class="comments"><h3>Bình luận ({n})</h3><ul>{li}</ul></div>'


def cookie():
    return ('<div id="cookie-consent" class="cookie-banner">Trang web sử dụng cookie để cải thiện trải nghiệm. '
            '<button>Đồng ý</button></div>')


def script_state(obj):
    return f"<script>window.__STATE__ = {json.dumps(obj, ensure_ascii=False)};</script>"


def big_png_b64(size=1_100_000):
    """A valid PNG of pseudo-random pixels (incompressible), base64 encoded."""
    rnd = random.Random(4)
    w = 600
    h = size // (w * 3) + 1
    raw = b"".join(b"\x00" + rnd.randbytes(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode()


def later(dt, **kw):
    return dt + timedelta(**kw)
