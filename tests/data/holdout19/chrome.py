"""Shared chrome pieces: menus, sidebars, footers, padding. Stdlib only."""
import base64
import html

from vntext import SIDEBAR_TITLES

E = html.escape

MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật",
        "Chuyển đổi số", "Quốc tế", "Bạn đọc", "Video", "Ảnh", "E-magazine"]


def menu(host, cls="main-menu", tag="ul"):
    items = "".join('<li class="menu-item"><a href="https://%s/%s/">%s</a></li>' % (host, slug(m), E(m)) for m in MENU)
    return '<nav class="%s"><%s>%s</%s></nav>' % (cls, tag, items, tag)


def slug(s):
    rep = {"đ": "d"}
    base = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy"
    src = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ"
    out = []
    for ch in s.lower():
        if ch in rep:
            out.append(rep[ch])
        elif ch in src:
            out.append(base[src.index(ch)])
        elif ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    r = "".join(out)
    while "--" in r:
        r = r.replace("--", "-")
    return r.strip("-")


def fmt_side_date(rng, y, m, d, style):
    d2 = max(1, d - rng.randint(1, 9)) if d > 2 else d + rng.randint(2, 9)
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    if style == 0:
        return "%02d/%02d/%04d %02d:%02d" % (d2, m, y, hh, mm)
    if style == 1:
        return "%02d:%02d %02d/%02d" % (hh, mm, d2, m)
    if style == 2:
        return "%02d-%02d-%04d" % (d2, m, y)
    return "%d giờ trước" % rng.randint(2, 20)


def side_list(rng, host, heading, n, ymd, cls="box-news", style=0, with_date=True):
    y, m, d = ymd
    titles = rng.sample(SIDEBAR_TITLES, n)
    lis = []
    for t in titles:
        dt = '<span class="time">%s</span>' % fmt_side_date(rng, y, m, d, style) if with_date else ""
        lis.append('<li><a href="https://%s/%s-%d.html" title="%s">%s</a> %s</li>'
                   % (host, slug(t), rng.randint(10000, 99999), E(t), E(t), dt))
    return '<div class="%s"><h3 class="box-title">%s</h3><ul>%s</ul></div>' % (cls, E(heading), "".join(lis))


def footer(site, addr, phone, cls="footer"):
    return ('<footer class="%s"><div class="footer-info"><p><strong>%s</strong></p>'
            '<p>Địa chỉ: %s</p><p>Điện thoại: %s - Email: toasoan@%s</p>'
            '<p>Giấy phép hoạt động báo chí điện tử số %d/GP-BTTTT. Tổng Biên tập: Nguyễn Văn Khang</p>'
            '<p>© Bản quyền thuộc về %s. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>'
            % (cls, E(site), E(addr), phone, slug(site).replace("-", "") + ".example.vn", 100 + len(site), E(site)))


def share_bar():
    return ('<div class="share-tools"><a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="#" onclick="window.print()">In bài</a> <a class="mail" href="#">Gửi email</a> '
            '<span class="font-size">Cỡ chữ <a href="#">A-</a> <a href="#">A+</a></span></div>')


def tags(words):
    return '<div class="tags"><span>Từ khóa:</span> %s</div>' % " ".join(
        '<a href="/tag/%s" rel="tag">%s</a>' % (slug(w), E(w)) for w in words)


def comments(rng, n=3):
    names = ["Hoàng Nam", "Thu Trang", "Bạn đọc Minh", "Lê Hưng", "Phương Thảo", "Quốc Bảo"]
    bodies = ["Bài viết rất hữu ích, mong tỉnh sớm nhân rộng.", "Ở xã tôi sóng điện thoại vẫn còn yếu lắm.",
              "Cảm ơn phóng viên đã phản ánh kịp thời.", "Thủ tục vẫn còn rườm rà, cần cải tiến thêm.",
              "Mong báo tiếp tục theo dõi vấn đề này.", "Thông tin bổ ích cho bà con."]
    items = []
    for i in range(n):
        items.append('<div class="comment-item"><b class="cmt-name">%s</b> <span class="cmt-time">%d ngày trước</span>'
                     '<p>%s</p><a href="#" class="reply">Trả lời</a> <a href="#" class="like">Thích</a></div>'
                     % (rng.choice(names), rng.randint(1, 9), rng.choice(bodies)))
    return ('<div class="comment-box"><h3>Bình luận (%d)</h3><form class="cmt-form"><textarea placeholder="Nhập bình '
        'luận"></textarea>'
            '<button type="button">Gửi bình luận</button></form>%s<div class="cmt-paging"><a href="#">1</a> <a href="#">2</a> '
            '<a href="#">Xem thêm bình luận</a></div></div>' % (n, "".join(items)))


def cookie():
    return ('<div id="cookie-notice" class="cookie-bar">Trang web sử dụng cookie để cải thiện trải nghiệm. '
            '<a href="/chinh-sach">Tìm hiểu thêm</a> <button>Đồng ý</button></div>')


def ads(rng, slots=3):
    out = []
    for i in range(slots):
        out.append('<div class="ads-slot" id="ad-%d"><script>window.adsQueue=window.adsQueue||[];'
                   'adsQueue.push({zone:%d,size:"300x250",pos:"%s"});</script></div>'
                   % (i, rng.randint(1000, 9999), rng.choice(["right", "inread", "bottom", "top"])))
    return "".join(out)


def pad(rng, html_text, target):
    """Insert realistic inline CSS + tracking config until the page reaches target bytes."""
    cur = len(html_text.encode("utf-8"))
    if cur >= target:
        return html_text
    need = target - cur
    rules = []
    size = 0
    i = 0
    props = ["margin:0 auto", "padding:4px 8px", "font-size:14px", "line-height:1.6", "color:#333",
             "border-bottom:1px solid #e5e5e5", "display:flex", "background:#f7f7f7", "font-weight:700"]
    while size < need - 200:
        r = ".c%s-%d{%s;%s}\n" % (rng.choice(["box", "nav", "item", "col", "hd", "ft"]), i,
                                     rng.choice(props), rng.choice(props))
        rules.append(r)
        size += len(r)
        i += 1
    block = '<style type="text/css">\n%s</style>' % "".join(rules)
    return html_text.replace("</head>", block + "\n</head>", 1)


def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def ymd_of(iso):
    return int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
