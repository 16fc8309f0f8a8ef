"""Shared helpers for the holdout9 build: rendering of body blocks, date formatting, validation."""
import html
import re
import unicodedata
from datetime import datetime

import lxml.html
from lxml import etree

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def e(s):
    return html.escape(s, quote=True)


def dt(s):
    return datetime.fromisoformat(s) if s else None


def wd(d, lower=False):
    w = WD[d.weekday()]
    return w.lower().capitalize() if lower else w


def h12(d, style="SA"):
    h = d.hour % 12 or 12
    if style == "SA":
        suf = "SA" if d.hour < 12 else "CH"
    else:
        suf = "AM" if d.hour < 12 else "PM"
    return h, suf


def body_html(blocks, p="<p>{}</p>", h="<h2>{}</h2>", ul="<ul>{}</ul>", li="<li>{}</li>", table='<table border="1">{}</table>'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(p.format(e(b)))
        elif b[0] == "h":
            out.append(h.format(e(b[1])))
        elif b[0] == "ul":
            out.append(ul.format("".join(li.format(e(x)) for x in b[1])))
        elif b[0] == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            out.append(table.format("<tbody>" + "".join(rows) + "</tbody>"))
        elif b[0] == "raw":
            out.append(b[1])
    return "\n".join(out)


def body_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join(b[1]))
        elif b[0] == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_text(raw_bytes, encoding):
    doc = lxml.html.document_fromstring(raw_bytes.decode(encoding))
    for bad in doc.xpath("//head|//script|//style|//noscript|//template"):
        bad.getparent().remove(bad)
    for c in doc.xpath("//comment()"):
        p = c.getparent()
        if p is not None:
            tail = c.tail
            prev = c.getprevious()
            if tail:
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    p.text = (p.text or "") + tail
            p.remove(c)
    parts = []
    for t in doc.iter():
        if isinstance(t, etree._Element) and not isinstance(t.tag, str):
            continue
    parts = " ".join(doc.itertext())
    return norm(parts)


def count_words(s):
    return len(s.split())


def viewstate(seed, n):
    """Deterministic stand-in for an ASP.NET __VIEWSTATE value (real WebForms pages carry 10-60 KB of it)."""
    import base64
    import hashlib
    out, s = bytearray(b"\xff\x01\x0f\x0f"), seed.encode()
    while len(out) < n:
        s = hashlib.sha256(s).digest()
        out.extend(s)
    return base64.b64encode(bytes(out[:n])).decode()
