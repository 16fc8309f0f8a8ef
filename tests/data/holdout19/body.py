"""Body blocks -> HTML and -> truth text."""
import html
import random

from vntext import paragraphs

E = html.escape

INCLUDED = ("p", "h", "ul", "table", "quote")


def text_of(blocks):
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


def words(s):
    return len(s.split())


def grow(rng, topic, hand, lo, hi, heads=(), extra_every=3):
    """hand blocks first, then generated paragraphs (with optional subheads) until lo<=words<=hi."""
    blocks = list(hand)
    heads = list(heads)
    gen = paragraphs(topic, rng, 80, per=(2, 3))
    gi = 0
    n = 0
    while words(text_of(blocks)) < lo and gi < len(gen):
        if heads and n and n % extra_every == 0:
            blocks.append(("h", heads.pop(0)))
        cand = gen[gi]
        gi += 1
        if words(text_of(blocks + [("p", cand)])) > hi:
            cand = cand.split(". ")[0].rstrip(".") + "."
            if words(text_of(blocks + [("p", cand)])) > hi:
                continue
        blocks.append(("p", cand))
        n += 1
    return blocks


def render(blocks, mode="p", fig="figure", rng=None, img_host="cdn.example.vn"):
    rng = rng or random.Random(1)
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            if mode == "br":
                out.append('<font face="Arial" size="2">%s</font><br><br>' % E(b[1]))
            elif mode == "normal":
                out.append('<p class="Normal">%s</p>' % E(b[1]))
            elif mode == "justify":
                out.append('<p style="text-align: justify;">%s</p>' % E(b[1]))
            else:
                out.append("<p>%s</p>" % E(b[1]))
        elif k == "h":
            if mode == "br":
                out.append('<b><font size="2" color="#003366">%s</font></b><br><br>' % E(b[1]))
            else:
                out.append("<h2>%s</h2>" % E(b[1]) if fig != "h3" else "<h3>%s</h3>" % E(b[1]))
        elif k == "quote":
            out.append('<blockquote class="quote"><p>%s</p></blockquote>' % E(b[1]))
        elif k == "ul":
            if mode == "br":
                out.append("".join('<font size="2">%s</font><br>' % E(i) for i in b[1]) + "<br>")
            else:
                out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(i) for i in b[1]))
        elif k == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in b[1])
            out.append('<table class="data-table" border="1" cellpadding="4">%s</table>' % rows)
        elif k == "img":
            src = "https://%s/images/%d/%s.jpg" % (img_host, rng.randint(2019, 2025), rng.randint(100000, 999999))
            cap = E(b[1])
            if fig == "tablecap" or mode == "br":
                out.append('<table class="image center" align="center"><tbody><tr><td><img src="%s" alt="" width="500"></td></tr>'
                           '<tr><td class="image_desc"><font size="1"><i>%s</i></font></td></tr></tbody></table>' % (src, cap))
            elif fig == "em":
                out.append('<p style="text-align:center"><img src="%s" alt=""></p><p style="text-align:center"><em>%s</em></p>'
                           % (src, cap))
            else:
                out.append('<figure class="image"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>'
                           % (src, cap, cap))
        elif k == "related":
            lis = "".join('<li><a href="/tin-%d.html">%s</a></li>' % (rng.randint(1000, 9999), E(t)) for t in b[1])
            out.append('<div class="box-related-inline"><strong>Xem thêm:</strong><ul>%s</ul></div>' % lis)
        elif k == "source":
            out.append('<p class="source" style="text-align:right"><em>%s</em></p>' % E(b[1]))
        elif k == "video":
            out.append('<div class="video-embed"><iframe src="https://video.example.vn/embed/%d" width="640" height="360" '
                       'allowfullscreen></iframe><p class="video-cap">%s</p></div>' % (rng.randint(1000, 9999), E(b[1])))
        elif k == "raw":
            out.append(b[1])
    return "\n".join(out)
