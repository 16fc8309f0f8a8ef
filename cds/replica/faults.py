"""Byte-level helpers for the fault pages: legacy encodings, a PDF, a 5 MB page, an ASP.NET
form around a whole page, an inline 5 MB image."""

from __future__ import annotations

import base64
import re
import unicodedata
from functools import cache

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as a legacy windows-1258 encoder does: base letters precomposed, tones combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in TONES]
        if tones and len(d) > 1:
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out.append(base + "".join(tones))
        else:
            out.append(ch)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def to_nfd(text: str) -> bytes:
    return unicodedata.normalize("NFD", text).encode("utf-8")


def pdf_bytes(title: str) -> bytes:
    """A tiny valid one-page PDF."""
    safe = title.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 14 Tf 50 780 Td ({safe}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def huge_page(brand: str, size: int = 5 * 1024 * 1024) -> bytes:
    """A ~5 MB HTML page: an endless administrative-procedure table."""
    head = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Danh mục thủ tục '
            f"hành chính - {brand}</title></head><body><h1>Danh mục thủ tục hành chính</h1><table>")
    rows = []
    total = len(head.encode())
    i = 0
    while total < size:
        i += 1
        row = (f"<tr><td>{i}</td><td>Thủ tục cấp giấy xác nhận số {i}</td>"
               f"<td>Cấp xã</td><td>Một phần</td></tr>\n")
        rows.append(row)
        total += len(row.encode())
    return (head + "".join(rows) + "</table></body></html>").encode()


def aspnet_form(html: str) -> str:
    """The page's body inside one WebForms ``<form id="aspnetForm">`` (with its view state)."""
    state = base64.b64encode(b"replica-viewstate" * 40).decode()
    opening = ('<form method="post" action="./" id="aspnetForm">'
               '<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" '
               f'id="__VIEWSTATE" value="{state}"></div>')
    html = re.sub(r"(<body[^>]*>)", lambda m: m[1] + opening, html, count=1)
    return html.replace("</body>", "</form></body>", 1)


@cache
def _image(size: int) -> str:
    raw = bytes((i * 37 + 11) % 256 for i in range(256)) * (size * 3 // 4 // 256 + 1)
    return base64.b64encode(raw[: size * 3 // 4]).decode()


def inline_image(html: str, size: int = 5 * 1024 * 1024) -> str:
    """An e-magazine cover: a ``size``-byte inline base64 image before the article's body."""
    cover = f'<div class="emagazine-cover"><img src="data:image/jpeg;base64,{_image(size)}"></div>'
    return html.replace("</header>", "</header>" + cover, 1)
