"""Body blocks -> HTML and -> truth text."""
from chrome import E


def to_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "quote"):
            out.append(b[1])
        elif k == "ul":
            out.append("\n".join(b[1]))
        elif k == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out)


def render(blocks, style="p", img_style="figure"):
    h = []
    for b in blocks:
        k = b[0]
        if k == "p":
            h.append(f"{E(b[1])}<br><br>" if style == "br" else f'<p style="text-align: justify;">{E(b[1])}</p>'
                     if style == "pj" else f"<p>{E(b[1])}</p>")
        elif k == "h":
            h.append(f"<b>{E(b[1])}</b><br><br>" if style == "br" else f"<h2>{E(b[1])}</h2>" if style != "h3"
                     else f"<h3>{E(b[1])}</h3>")
        elif k == "quote":
            h.append(f"<blockquote><p>{E(b[1])}</p></blockquote>")
        elif k == "ul":
            h.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[1])
            h.append(f'<table class="tbl" border="1" cellpadding="4">{rows}</table>')
        elif k == "img":
            src = f"/uploads/2024/anh-{abs(hash(b[1])) % 1000:03d}.jpg" if False else "/uploads/2024/anh.jpg"
            if img_style == "figure":
                h.append(f'<figure class="image"><img src="{src}" alt=""><figcaption>{E(b[1])}</figcaption></figure>')
            elif img_style == "table":
                h.append(f'<table class="image-caption" align="center"><tr><td><img src="{src}" alt=""></td></tr>'
                         f'<tr><td class="caption">{E(b[1])}</td></tr></table>')
            else:
                h.append(f'<p style="text-align:center"><img src="{src}" alt=""></p><p style="text-align:center">'
                         f'<em>{E(b[1])}</em></p>')
        elif k == "related":
            h.append('<div class="related-inline"><b>Xem thêm:</b><ul>' +
                     "".join(f'<li><a href="/r/{i}.html">{E(t)}</a></li>' for i, t in enumerate(b[1])) + "</ul></div>")
        elif k == "src":
            h.append(f'<p class="source" style="text-align:right"><i>Nguồn: {E(b[1])}</i></p>')
        elif k == "video":
            h.append('<div class="video-embed"><iframe src="https://www.youtube.com/embed/abc123XYZ" width="640" '
                     'height="360" allowfullscreen></iframe></div>')
        elif k == "raw":
            h.append(b[1])
    return "\n".join(h)
