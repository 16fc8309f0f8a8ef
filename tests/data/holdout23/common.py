"""Shared chrome helpers for the holdout23 corpus (stdlib only, deterministic)."""
import html
import random

E = html.escape

SUBJ = ["Tỉnh Hà Giang Mới", "Thành phố Cửa Sông", "Huyện Tân Lạc Hạ", "Xã Đông Phú", "Cảng Bến Thủy", "Sở Y tế",
        "Hợp tác xã Mai Lâm", "Trường THPT Hòa Bình Tây", "Hội Nông dân", "Đoàn Thanh niên phường 4",
        "Doanh nghiệp dệt may", "Ngành điện lực", "Bệnh viện Đa khoa khu vực", "Câu lạc bộ bóng chuyền Sao Mai",
        "Ban quản lý khu công nghiệp", "Công an huyện Vĩnh Trạch", "Nhà hát chèo", "Trung tâm khuyến nông"]
ACT = ["triển khai mô hình mới cho mùa vụ", "ra quân làm sạch kênh mương", "ký kết hợp tác với đối tác Nhật Bản",
       "tổng kết năm hoạt động", "khánh thành cầu dân sinh", "đón nhận Huân chương Lao động hạng Ba",
       "tổ chức hội thi tay nghề", "hỗ trợ học sinh vùng lũ", "mở lớp tập huấn kỹ năng", "công bố quy hoạch chi tiết",
       "khởi công tuyến đường liên xã", "phát động phong trào thi đua", "tiếp nhận trang thiết bị y tế",
       "tìm giải pháp cho đầu ra nông sản", "lập kỷ lục về sản lượng", "xử lý vi phạm hành lang an toàn giao thông"]
TAIL = ["", " trong quý III", " năm 2024", " sau mùa mưa bão", " dịp cuối năm", " tại vùng ven biển", " lần thứ nhất",
        " với nhiều điểm mới", ": Kỳ vọng và thách thức", " - cơ hội cho người trẻ"]


def rng(seed):
    return random.Random(seed)


def headline(r):
    return r.choice(SUBJ) + " " + r.choice(ACT) + r.choice(TAIL)


def side_date(r, year, style="dmy"):
    d, m = r.randint(1, 28), r.randint(1, 12)
    hh, mi = r.randint(6, 22), r.randint(0, 59)
    if style == "dmy":
        return "%02d/%02d/%d" % (d, m, year)
    if style == "hm-dmy":
        return "%02d:%02d %02d/%02d/%d" % (hh, mi, d, m, year)
    return "%02d/%02d/%d - %02d:%02d" % (d, m, year, hh, mi)


def news_list(r, title, n, year, cls="box-news", style="dmy", tag="div", host="example.vn"):
    items = []
    for i in range(n):
        h = headline(r)
        slug = "tin-%d-%d" % (r.randint(10000, 99999), i)
        items.append('<li class="item"><a href="https://%s/%s.html" title="%s">%s</a> <span class="time">%s</span></li>'
                     % (host, slug, E(h), E(h), side_date(r, year, style)))
    return ('<%s class="%s"><h3 class="box-title">%s</h3><ul class="list">%s</ul></%s>'
            % (tag, cls, E(title), "\n".join(items), tag))


def menu(items, cls="main-menu", sub=None):
    out = []
    for i, it in enumerate(items):
        extra = ""
        if sub:
            extra = '<ul class="sub">' + "".join('<li><a href="/%s-%d">%s</a></li>' % ("muc", i * 10 + j, E(s))
                                                  for j, s in enumerate(sub)) + "</ul>"
        out.append('<li class="menu-item"><a href="/chuyen-muc/%d">%s</a>%s</li>' % (i, E(it), extra))
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join(out))


MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Chuyển đổi số", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao",
        "Y tế", "Giáo dục", "Nông nghiệp", "Quốc tế", "Bạn đọc", "Video", "Ảnh", "E-magazine"]
SUBMENU = ["Tin nóng", "Phóng sự", "Chính sách mới", "Đối thoại", "Địa phương"]


def ads_script(r, n=12):
    slots = ",".join('{"id":"zone-%d","size":[%d,%d],"pos":"%s"}' % (r.randint(1000, 9999), r.choice([300, 728, 970]),
                     r.choice([90, 250, 600]), r.choice(["top", "right", "inread", "bottom"])) for _ in range(n))
    return ('<script type="text/javascript">window.adsQueue=window.adsQueue||[];window.adsQueue.push({slots:[%s]});'
            'function loadAds(){var s=document.createElement("script");s.async=true;s.src="https://ads.example.vn/'
            'delivery.js";document.head.appendChild(s);}window.addEventListener("load",loadAds);</script>' % slots)


def cookie_notice():
    return ('<div id="cookie-consent" class="cookie-bar"><p>Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. '
            'Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách của chúng tôi.</p>'
            '<button class="btn-accept">Đồng ý</button></div>')


def share_bar(cls="share-tools"):
    return ('<div class="%s"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="javascript:window.print()">In bài</a> <a class="mail" href="#">Gửi email</a> '
            '<span class="font-size"><a href="#">A-</a> <a href="#">A+</a></span></div>' % cls)


def comments(r, year, n=4, cls="comment-box"):
    names = ["Nguyễn Văn Hậu", "Bạn đọc Thu Hà", "Trần Khải", "Lê Thị Nụ", "Phạm Quý", "Hoàng Yên"]
    says = ["Bài viết rất thiết thực, mong địa phương tôi cũng làm được như vậy.",
            "Cần kiểm tra kỹ việc thực hiện ở cơ sở, tránh làm hình thức.",
            "Cảm ơn báo đã phản ánh kịp thời.", "Tôi đã thử và thấy thủ tục nhanh hơn trước nhiều.",
            "Người cao tuổi vẫn còn gặp khó, nên có người hướng dẫn tận nơi."]
    items = "".join('<li class="cmt"><b class="cmt-name">%s</b> <span class="cmt-time">%s</span><p>%s</p></li>'
                    % (E(r.choice(names)), side_date(r, year, "hm-dmy"), E(r.choice(says))) for _ in range(n))
    return ('<div class="%s"><h3>Ý kiến bạn đọc</h3><form class="cmt-form"><textarea placeholder="Nhập ý kiến của bạn">'
            '</textarea><input type="text" placeholder="Họ tên"><button>Gửi bình luận</button></form><ul>%s</ul>'
            '<div class="pager"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">Sau</a></div></div>'
            % (cls, items))


def footer(outlet, addr, phone, year, cls="footer"):
    return ('<footer class="%s"><div class="f-info"><p><strong>%s</strong></p><p>Địa chỉ: %s</p><p>Điện thoại: %s - '
            'Email: toasoan@example.vn</p><p>Giấy phép hoạt động báo điện tử số %d/GP-BTTTT do Bộ Thông tin và '
            'Truyền thông cấp.</p><p>© Bản quyền thuộc về %s. Ghi rõ nguồn khi phát hành lại thông tin từ website '
            'này.</p></div>%s</footer>' % (cls, E(outlet), E(addr), phone, 100 + year % 97, E(outlet),
                                           menu(MENU[:8], "footer-menu")))


def viewstate(r, n=9000):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return ('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK%s" />'
            '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA%s" />'
            % ("".join(r.choice(al) for _ in range(n)), "".join(r.choice(al) for _ in range(300))))


def pad(doc, r, year, host, minb=27000, marker="<!--PAD-->"):
    """Insert 'Tin khác' boxes at marker until the page reaches minb bytes."""
    extra = []
    i = 0
    while len(doc.encode("utf-8")) + sum(len(x.encode("utf-8")) for x in extra) < minb:
        extra.append(news_list(r, "Tin khác" if i % 2 == 0 else "Đọc thêm", 8, year, "box-other", "dmy", "div", host))
        i += 1
    return doc.replace(marker, "\n".join(extra))


# ---- body rendering --------------------------------------------------------
def render_blocks(blocks, cap="figcaption", pwrap=("<p>", "</p>")):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(pwrap[0] + E(b[1]) + pwrap[1])
        elif k == "h":
            out.append("<h2>%s</h2>" % E(b[1]))
        elif k == "h3":
            out.append("<h3>%s</h3>" % E(b[1]))
        elif k == "q":
            out.append("<blockquote><p>%s</p></blockquote>" % E(b[1]))
        elif k == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % E(x) for x in b[1]) + "</ul>")
        elif k == "ol":
            out.append("<ol>" + "".join("<li>%s</li>" % E(x) for x in b[1]) + "</ol>")
        elif k == "table":
            rows = "".join("<tr>" + "".join("<td>%s</td>" % E(c) for c in row) + "</tr>" for row in b[1])
            out.append('<table class="data" border="1"><tbody>%s</tbody></table>' % rows)
        elif k == "img":
            src, c = b[1], b[2]
            if cap == "figcaption":
                out.append('<figure class="image"><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>'
                           % (src, E(c), E(c)))
            elif cap == "table":
                out.append('<table class="image center"><tbody><tr><td><img src="%s" alt=""></td></tr>'
                           '<tr><td class="image_desc">%s</td></tr></tbody></table>' % (src, E(c)))
            else:
                out.append('<p style="text-align:center"><img src="%s" alt=""></p><p style="text-align:center">'
                           '<em>%s</em></p>' % (src, E(c)))
        elif k == "rel":
            out.append('<div class="related-inline"><strong>Xem thêm:</strong><ul>%s</ul></div>'
                       % "".join('<li><a href="/tin/%d.html">%s</a></li>' % (i, E(t)) for i, t in enumerate(b[1])))
        elif k == "video":
            out.append('<div class="video-embed"><iframe src="https://www.youtube.com/embed/%s" width="640" '
                       'height="360" allowfullscreen></iframe></div>' % b[1])
        elif k == "src":
            out.append('<p class="source" style="text-align:right"><em>%s</em></p>' % E(b[1]))
        elif k == "raw":
            out.append(b[1])
    return "\n".join(out)


def truth_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "h3", "q"):
            out.append(b[1])
        elif k in ("ul", "ol"):
            out.append("\n".join(b[1]))
        elif k == "table":
            out.append("\n".join(" | ".join(row) for row in b[1]))
    return "\n\n".join(out)


def pool_paras(r, pool, n, per=3, avoid=()):
    s = [x for x in pool if not any(isinstance(b[1], str) and x in b[1] for b in avoid)]
    r.shuffle(s)
    out = []
    for i in range(n):
        chunk = s[i * per:(i + 1) * per]
        if chunk:
            out.append(("p", " ".join(chunk)))
    return out
