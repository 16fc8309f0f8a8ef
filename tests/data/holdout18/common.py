"""Shared helpers: escaping, chrome blocks, visible-text extraction, truth assembly."""
import html
import random
import re
import unicodedata
from html.parser import HTMLParser

E = html.escape


def words(s):
    return [w for w in s.split() if w not in ('|', '-', '–')]


def blocks_text(blocks):
    """Truth text from body blocks."""
    out = []
    for b in blocks:
        kind, val = b[0], b[1]
        if kind in ('p', 'h', 'q'):
            out.append(val)
        elif kind in ('ul', 'ol'):
            out.append('\n'.join(val))
        elif kind == 'table':
            out.append('\n'.join(' | '.join(r) for r in val))
    return '\n\n'.join(out)


def render_blocks(blocks, pcls='', hcls='', table_cls='table'):
    """Generic modern rendering of body blocks (captions/extra are ('fig',...) etc)."""
    parts = []
    pa = ' class="%s"' % pcls if pcls else ''
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == 'p':
            parts.append('<p%s>%s</p>' % (pa, E(val)))
        elif kind == 'h':
            parts.append('<h3%s><strong>%s</strong></h3>' % (' class="%s"' % hcls if hcls else '', E(val)))
        elif kind == 'q':
            parts.append('<blockquote><p>%s</p></blockquote>' % E(val))
        elif kind == 'ul':
            parts.append('<ul>' + ''.join('<li>%s</li>' % E(i) for i in val) + '</ul>')
        elif kind == 'ol':
            parts.append('<ol>' + ''.join('<li>%s</li>' % E(i) for i in val) + '</ol>')
        elif kind == 'table':
            rows = []
            for i, r in enumerate(val):
                tag = 'th' if i == 0 else 'td'
                rows.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, E(c), tag) for c in r) + '</tr>')
            parts.append('<table class="%s" border="1" cellpadding="4">%s</table>' % (table_cls, ''.join(rows)))
        elif kind == 'raw':
            parts.append(val)
    return '\n'.join(parts)


def fig(src, cap, style='figcaption'):
    if style == 'figcaption':
        return ('raw', '<figure class="image"><img src="%s" alt="" width="640"><figcaption>%s</figcaption></figure>'
                % (src, E(cap)))
    if style == 'table':
        return ('raw', '<table class="image" align="center"><tbody><tr><td><img src="%s" width="600"></td></tr>'
                '<tr><td class="image_desc"><span style="font-size:12px">%s</span></td></tr></tbody></table>'
                % (src, E(cap)))
    return ('raw', '<p style="text-align:center"><img src="%s" width="600"></p><p style="text-align:center">'
            '<em>%s</em></p>' % (src, E(cap)))


CSS_NAMES = ['header', 'topbar', 'logo', 'menu', 'submenu', 'breadcrumb', 'sidebar', 'box-title', 'news-item',
             'footer', 'copyright', 'share', 'tags', 'comment', 'pager', 'banner', 'weather', 'search', 'hotline',
             'marquee', 'link-web', 'visitor', 'calendar', 'poll', 'video-box', 'gallery', 'ads', 'cookie']


def css_block(seed, n=260):
    rnd = random.Random(seed)
    lines = []
    for i in range(n):
        c = rnd.choice(CSS_NAMES)
        lines.append('.%s-%d .%s a{color:#%06x;padding:%dpx %dpx;font-size:%dpx;line-height:1.%d}' % (
            c, i, rnd.choice(CSS_NAMES), rnd.randrange(0xffffff), rnd.randrange(2, 14), rnd.randrange(2, 20),
            rnd.randrange(11, 18), rnd.randrange(2, 8)))
    return '<style type="text/css">\n' + '\n'.join(lines) + '\n</style>'


def ad_script(seed, n=40):
    rnd = random.Random(seed)
    slots = ',\n'.join('{"id":"div-gpt-ad-%d-%d","size":[%d,%d],"zone":"z%d"}' % (
        seed, i, rnd.choice([300, 728, 970, 160]), rnd.choice([250, 90, 600, 120]), rnd.randrange(9999))
        for i in range(n))
    return ('<script type="text/javascript">\nvar adSlots = [\n%s\n];\n(function(w,d){for(var i=0;i<adSlots.length;i++)'
            '{var s=d.getElementById(adSlots[i].id);if(s){s.setAttribute("data-zone",adSlots[i].zone);}}})'
            '(window,document);\n</script>' % slots)


def viewstate(seed, size=9000):
    rnd = random.Random(seed)
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return '/wEP' + ''.join(rnd.choice(alphabet) for _ in range(size)) + '=='


def news_list(items, cls='list-news', date_fmt='({d})', item_cls='item'):
    """items: list of (title, date_string)."""
    li = []
    for i, (t, d) in enumerate(items):
        li.append('<li class="%s"><a href="/tin-tuc/%d-bai-%d.html" title="%s">%s</a> <span class="date">%s</span></li>'
                  % (item_cls, 1000 + i * 37, i, E(t), E(t), E(date_fmt.format(d=d))))
    return '<ul class="%s">%s</ul>' % (cls, ''.join(li))


SIDE_TITLES = [
    'Hội nghị giao ban công tác cải cách hành chính quý III',
    'Triển khai tiêm vắc xin sởi cho trẻ em vùng sâu',
    'Kiểm tra tiến độ xây dựng cầu qua sông Lam',
    'Tập huấn nghiệp vụ văn thư lưu trữ cho cán bộ cấp xã',
    'Phát động phong trào thi đua yêu nước năm mới',
    'Ra quân giải tỏa hành lang an toàn giao thông',
    'Trao học bổng cho học sinh nghèo vượt khó học giỏi',
    'Ngày hội đại đoàn kết toàn dân tộc ở khu dân cư',
    'Thông báo lịch tiếp công dân định kỳ tháng tới',
    'Hội thảo phát triển du lịch cộng đồng gắn với di sản',
    'Công bố quy hoạch sử dụng đất giai đoạn mới',
    'Tổng kết mùa mưa bão, chuẩn bị phương án phòng chống',
    'Khai giảng lớp bồi dưỡng kiến thức quốc phòng an ninh',
    'Hướng dẫn kê khai thuế điện tử cho hộ kinh doanh',
    'Đoàn công tác làm việc về dự án khu công nghiệp phía Bắc',
    'Lấy ý kiến nhân dân về dự thảo nghị quyết của HĐND',
    'Cấp thẻ căn cước cho người dân tại các điểm lưu động',
    'Hỗ trợ nông dân chuyển đổi cơ cấu cây trồng',
    'Bình chọn sản phẩm OCOP tiêu biểu cấp tỉnh',
    'Tăng cường kiểm tra an toàn thực phẩm dịp lễ',
]


def side_items(seed, n, fmt):
    """n sidebar items with made-up dates formatted by fmt(day, month, year, hh, mm)."""
    rnd = random.Random(seed)
    titles = SIDE_TITLES[:]
    rnd.shuffle(titles)
    out = []
    for i in range(n):
        d, m, y = rnd.randrange(1, 28), rnd.randrange(1, 13), rnd.choice([2023, 2024, 2025])
        out.append((titles[i % len(titles)], fmt(d, m, y, rnd.randrange(6, 22), rnd.randrange(0, 60))))
    return out


def f_dmy(d, m, y, hh, mm):
    return '%02d/%02d/%d' % (d, m, y)


def f_dmyhm(d, m, y, hh, mm):
    return '%02d/%02d/%d %02d:%02d' % (d, m, y, hh, mm)


MENU = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Chỉ đạo điều hành', 'Văn bản pháp luật',
        'Thủ tục hành chính', 'Dịch vụ công trực tuyến', 'Chuyển đổi số', 'Thông tin quy hoạch', 'Đầu tư',
        'Du lịch', 'Hỏi đáp', 'Liên hệ', 'Sơ đồ cổng']
SUBMENU = ['Thời sự', 'Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Nông nghiệp - Nông thôn',
           'Giáo dục', 'Y tế', 'Giao thông', 'Thể thao', 'Khoa học - Công nghệ', 'Tin địa phương',
           'Thông báo', 'Lịch công tác', 'Báo cáo thống kê', 'Tuyển dụng', 'Đấu thầu']


def menu_html(cls='menu', ul_cls='nav', sub=True):
    li = []
    for i, m in enumerate(MENU):
        s = ''
        if sub and i in (2, 3, 5, 7):
            s = '<ul class="sub">' + ''.join('<li><a href="/c/%d-%d">%s</a></li>' % (i, j, E(x))
                                             for j, x in enumerate(SUBMENU)) + '</ul>'
        li.append('<li class="item-%d"><a href="/c/%d">%s</a>%s</li>' % (i, i, E(m), s))
    return '<nav class="%s"><ul class="%s">%s</ul></nav>' % (cls, ul_cls, ''.join(li))


LINKS = ['Cổng Dịch vụ công quốc gia', 'Hệ thống thông tin báo cáo', 'Cơ sở dữ liệu quốc gia về pháp luật',
         'Trang thông tin Bộ Nội vụ', 'Cổng thông tin Chính phủ', 'Hệ thống quản lý văn bản điều hành',
         'Thư điện tử công vụ', 'Cổng Dịch vụ công cấp tỉnh', 'Tra cứu hồ sơ', 'Đánh giá sự hài lòng']


def links_box():
    opts = ''.join('<option value="%d">%s</option>' % (i, E(x)) for i, x in enumerate(LINKS))
    return '<div class="link-web"><h4>Liên kết website</h4><select onchange="go(this)">%s</select></div>' % opts


def cookie_notice():
    return ('<div id="cookie-consent" class="cookie-notice"><p>Trang thông tin sử dụng cookie để cải thiện trải '
            'nghiệm người dùng. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này.</p>'
            '<button type="button" onclick="acceptCookie()">Đồng ý</button></div>')


def comment_box(n_existing=0, seed=0):
    rnd = random.Random(seed)
    names = ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Quang Vinh', 'Phạm Bích Ngọc', 'Võ Thành Đạt']
    texts = ['Bài viết rất hữu ích, mong các cơ quan tiếp tục cập nhật thông tin.',
             'Đề nghị hướng dẫn cụ thể hơn cho người cao tuổi ở vùng nông thôn.',
             'Tôi đã làm thủ tục trực tuyến, nhanh hơn nhiều so với trước đây.',
             'Mong xã sớm phủ sóng wifi miễn phí ở nhà văn hóa thôn.',
             'Cảm ơn phóng viên đã phản ánh kịp thời.']
    items = []
    for i in range(n_existing):
        items.append('<div class="comment-item"><b>%s</b> <span class="c-date">%02d/%02d/2025 %02d:%02d</span>'
                     '<p>%s</p></div>' % (E(names[i % 5]), rnd.randrange(1, 28), rnd.randrange(1, 13),
                                          rnd.randrange(0, 24), rnd.randrange(0, 60), E(texts[(i + seed) % 5])))
    pager = ''
    if n_existing:
        pager = '<div class="comment-pager"><a href="?cp=1">1</a> <a href="?cp=2">2</a> <a href="?cp=3">Sau »</a></div>'
    return ('<div class="comment-box"><h4>Ý kiến bạn đọc</h4>%s%s<form class="comment-form"><input type="text" '
            'name="hoten" placeholder="Họ tên"><input type="text" name="email" placeholder="Email">'
            '<textarea name="noidung" placeholder="Nội dung ý kiến"></textarea><button type="button">Gửi ý kiến'
            '</button></form></div>' % (''.join(items), pager))


def share_bar():
    return ('<div class="share-tools"><a class="fb" href="#">Chia sẻ Facebook</a> <a class="zalo" href="#">Zalo</a> '
            '<a class="print" href="javascript:window.print()">In bài</a> <a class="mail" href="#">Gửi email</a> '
            '<span class="fontsize">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span></div>')


def footer_html(org, addr, phone, extra=''):
    return ('<footer class="footer"><div class="footer-info"><p><strong>%s</strong></p><p>Địa chỉ: %s</p>'
            '<p>Điện thoại: %s - Email: bbt@example.vn</p><p>Chịu trách nhiệm chính: Chánh Văn phòng</p>%s'
            '<p class="copyright">© Bản quyền thuộc về %s. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.'
            '</p></div><div class="visitor">Lượt truy cập: 12.483.209 | Đang online: 318</div></footer>'
            % (E(org), E(addr), E(phone), extra, E(org)))


def pad_to(html_doc, min_bytes, seed):
    """Add more invisible style rules before </head> until the page reaches min_bytes."""
    k = 0
    while len(html_doc.encode('utf-8')) < min_bytes:
        html_doc = html_doc.replace('</head>', css_block(seed * 100 + k, 120) + '\n</head>', 1)
        k += 1
    return html_doc


# ---------- visible text ----------
class _Vis(HTMLParser):
    SKIP = frozenset({'head', 'script', 'style', 'noscript', 'template'})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in ('br', 'p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'option'):
            self.out.append(' ')

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.out.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(doc):
    p = _Vis()
    p.feed(doc)
    p.close()
    t = unicodedata.normalize('NFC', ''.join(p.out))
    return re.sub(r'\s+', ' ', t).strip()


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()
