"""Shared chrome helpers: headers, sidebars, footers, padding, body rendering."""
import html

from content import HEADS, LISTS, POOLS, TABLES

E = html.escape
WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
PREF = ["Bên cạnh đó, ", "Đáng chú ý, ", "Theo ghi nhận, ", "Ngoài ra, ", "Thực tế cho thấy, ", "Cũng theo đơn vị này, "]
SIDE_TITLES = [
    "Khai mạc hội chợ thương mại vùng biên", "Hội nghị giao ban công tác quý III", "Tuyên dương 45 gương điển hình tiên tiến",
    "Kiểm tra tiến độ xây dựng trường học vùng cao", "Ra quân hưởng ứng Tháng hành động vì môi trường",
    "Hướng dẫn nộp thuế điện tử cho hộ kinh doanh", "Trao 200 suất quà cho học sinh nghèo vượt khó",
    "Tập huấn nghiệp vụ văn thư lưu trữ", "Kỳ họp thứ mười HĐND tỉnh thông qua 18 nghị quyết",
    "Khánh thành cầu dân sinh tại xã Sơn Thủy", "Phát động cuộc thi ảnh đẹp quê hương", "Đối thoại với doanh nghiệp trẻ",
    "Cấp nước sạch cho 1.200 hộ dân ven biển", "Tăng cường phòng chống cháy rừng mùa khô", "Diễn tập phòng thủ khu vực năm nay",
    "Ký kết hợp tác phát triển du lịch cộng đồng", "Bàn giao nhà đại đoàn kết cho hộ cận nghèo",
    "Công bố quy hoạch phân khu đô thị phía nam", "Hội thao cán bộ công chức khối cơ quan", "Triển lãm ảnh di sản miền núi",
]


def words(s):
    return len(s.split())


def gen_blocks(rng, topic, target, heads=0, lst=False, table=False):
    pool = POOLS[topic]
    order = []
    blocks, total, used, hi, pi = [], 0, 0, 0, 0
    n_par = 0
    while total < target:
        if not order:
            order = list(pool)
            rng.shuffle(order)
        k = min(len(order), rng.choice([2, 3]))
        sents = [order.pop() for _ in range(k)]
        if used >= len(pool):
            p = PREF[pi % len(PREF)]
            pi += 1
            sents[0] = p + sents[0][0].lower() + sents[0][1:]
        used += k
        para = " ".join(sents)
        blocks.append(("p", para))
        total += words(para)
        n_par += 1
        if heads and hi < heads and n_par % 3 == 1 and n_par > 1:
            h = HEADS[topic][hi % len(HEADS[topic])]
            blocks.append(("h", h))
            total += words(h)
            hi += 1
    if lst:
        blocks.insert(min(3, len(blocks)), ("ul", LISTS[topic]))
    if table:
        blocks.insert(min(5, len(blocks)), ("table", TABLES[topic]))
    return blocks


def block_text(b):
    kind, v = b
    if kind == "ul":
        return "\n".join(v)
    if kind == "table":
        return "\n".join(" | ".join(r) for r in v)
    return v


def blocks_text(blocks):
    return "\n\n".join(block_text(b) for b in blocks)


def render_blocks(blocks, style="p", hstyle="h2", extras=None):
    """extras: dict index -> html inserted after block index."""
    extras = extras or {}
    out = []
    for i, (kind, v) in enumerate(blocks):
        if kind == "p":
            if style == "br":
                out.append('<font face="Arial" size="2">%s</font><br><br>' % E(v))
            elif style == "div":
                out.append('<div style="text-align: justify;">%s</div>' % E(v))
            elif style == "pj":
                out.append('<p style="text-align: justify;"><span style="font-size:14px;">%s</span></p>' % E(v))
            else:
                out.append("<p>%s</p>" % E(v))
        elif kind == "h":
            if hstyle == "strong":
                out.append("<p><strong>%s</strong></p>" % E(v))
            elif hstyle == "br":
                out.append("<b><font size=\"2\">%s</font></b><br><br>" % E(v))
            else:
                out.append("<%s>%s</%s>" % (hstyle, E(v), hstyle))
        elif kind == "ul":
            if style == "br":
                out.append("".join("<font size=\"2\">- %s</font><br>" % E(x) for x in v) + "<br>")
            else:
                out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in v))
        elif kind == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in v)
            out.append('<table class="table table-bordered" border="1" cellpadding="4">%s</table>' % rows)
        if i in extras:
            out.append(extras[i])
    return "\n".join(out)


def fig(src, cap, kind="figure"):
    if kind == "figure":
        return ('<figure class="image"><img src="%s" alt="" width="640" height="427">'
                '<figcaption>%s</figcaption></figure>' % (src, E(cap)))
    if kind == "table":
        return ('<table class="image-table" align="center" width="600"><tr><td><img src="%s" width="600"></td></tr>'
                '<tr><td class="caption" style="text-align:center"><i>%s</i></td></tr></table>' % (src, E(cap)))
    return ('<p style="text-align:center"><img src="%s" width="600"></p><p style="text-align:center"><em>%s</em></p>'
            % (src, E(cap)))


def related_box(rng, label="Xem thêm", cls="related-inline"):
    items = rng.sample(SIDE_TITLES, 2)
    return ('<div class="%s"><strong>%s:</strong><ul>%s</ul></div>'
            % (cls, label, "".join('<li><a href="/tin/%d.html">%s</a></li>' % (rng.randint(1000, 9999), E(t))
                                    for t in items)))


def side_list(rng, label, n, cls, datefmt, base_days):
    items = []
    for i in range(n):
        t = SIDE_TITLES[rng.randrange(len(SIDE_TITLES))]
        d = base_days[i % len(base_days)]
        hh, mm = rng.randint(6, 21), rng.choice([0, 5, 15, 20, 30, 45, 50])
        ds = datefmt.format(d=d[0], m=d[1], y=d[2], H=hh, M=mm)
        items.append('<li><a href="/tin-tuc/%d.html">%s</a> <span class="date">%s</span></li>'
                     % (rng.randint(10000, 99999), E(t), ds))
    return '<div class="%s"><h3 class="title">%s</h3><ul>%s</ul></div>' % (cls, E(label), "".join(items))


def menu(items, cls="menu"):
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in items))


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


MENU_GOV = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật", "Dịch vụ công",
            "Chuyển đổi số", "Thông tin tuyên truyền", "Hỏi đáp", "Liên hệ"]


def footer(org, addr, phone, cls="footer"):
    return ('<div class="%s"><p><strong>%s</strong></p><p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: banbientap@%s</p>'
            '<p>Chịu trách nhiệm chính: Trưởng Ban biên tập</p><p>© Bản quyền thuộc về %s. Ghi rõ nguồn khi phát hành lại '
            'thông tin từ trang này.</p></div>' % (cls, E(org), E(addr), phone, "example.vn", E(org)))


ADS = ('<script async src="https://ads.example.vn/adsbygoogle.js"></script>'
       '<script>(window.adsq=window.adsq||[]).push({slot:"%s"});</script>')
COOKIE = ('<div id="cookie-notice" class="cookie-bar">Trang web sử dụng cookie để cải thiện trải nghiệm. '
          '<button type="button">Đồng ý</button></div>')
SHARE = ('<div class="share-tools"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="zalo">Zalo</a> '
         '<a href="javascript:window.print()">In bài</a> <a href="#" class="email">Gửi email</a> '
         '<a href="#" class="font-up">A+</a> <a href="#" class="font-down">A-</a></div>')


def comments(rng, n=3):
    names = ["Nguyễn Văn Tâm", "Hà My", "Trần Đức", "Khách", "Lê Quang"]
    cm = "".join('<div class="comment-item"><b>%s</b> <span>%02d/%02d/2024</span><p>%s</p></div>'
                 % (names[i % 5], rng.randint(1, 28), rng.randint(1, 12),
                    rng.choice(["Bài viết rất hữu ích.", "Mong tỉnh tiếp tục triển khai.", "Cảm ơn ban biên tập."]))
                 for i in range(n))
    return ('<div class="comment-box"><h4>Ý kiến bạn đọc</h4>%s<div class="paging"><a href="#">1</a> <a href="#">2</a>'
            '</div><form class="comment-form"><textarea name="c"></textarea><input type="text" name="ten">'
            '<button type="button">Gửi ý kiến</button></form></div>' % cm)


def pad(rng, doc, minsize=27000, datefmt="{d:02d}/{m:02d}/{y}", days=((3, 1, 2023), (9, 2, 2023))):
    """Insert extra 'Tin khác' lists before </body> until size reached."""
    extra = []
    while len((doc + "".join(extra)).encode()) < minsize:
        extra.append(side_list(rng, "Tin khác", 12, "other-news", datefmt, days))
    return doc.replace("</body>", "".join(extra) + "</body>")


def viewstate(rng, n=6000):
    import base64
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
