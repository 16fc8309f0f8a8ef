"""Shared helpers: DSL parser, deterministic filler, chrome pieces."""
import base64
import hashlib
import html
import json
import random
from datetime import datetime, timedelta

E = html.escape

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def parse(dsl):
    out = {"title": "", "lead": "", "blocks": []}
    for raw in dsl.strip().splitlines():
        if not raw.strip():
            continue
        tag, _, val = raw.partition(": ")
        val = val.strip()
        bl = out["blocks"]
        if tag == "T":
            out["title"] = val
        elif tag == "L":
            out["lead"] = val
        elif tag == "P":
            bl.append(("p", val))
        elif tag == "H":
            bl.append(("h", val))
        elif tag == "U":
            if bl and bl[-1][0] == "ul":
                bl[-1][1].append(val)
            else:
                bl.append(("ul", [val]))
        elif tag == "R":
            cells = [c.strip() for c in val.split(" | ")]
            if bl and bl[-1][0] == "table":
                bl[-1][1].append(cells)
            else:
                bl.append(("table", [cells]))
        elif tag == "F":
            bl.append(("fig", val))
        elif tag == "X":
            if bl and bl[-1][0] == "rel":
                bl[-1][1].append(val)
            else:
                bl.append(("rel", [val]))
        else:
            raise ValueError(raw)
    return out


def truth_text(blocks):
    parts = []
    for kind, val in blocks:
        if kind in ("p", "h"):
            parts.append(val)
        elif kind == "ul":
            parts.append("\n".join(val))
        elif kind == "table":
            parts.append("\n".join(" | ".join(r) for r in val))
    return "\n\n".join(parts)


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out = []
    for c in s:
        out.append(c if c.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)[:80]


SUBJ = ["Tỉnh", "Thành phố", "Huyện miền núi", "Sở Nội vụ", "Ngân hàng", "Bệnh viện tuyến tỉnh", "Hợp tác xã",
        "Trường trung học", "Công an xã", "Doanh nghiệp logistics", "Nông dân", "Ngành điện", "Bưu điện",
        "Khu công nghiệp", "Đoàn thanh niên", "Hội nông dân", "Phường ven biển", "Cục Hải quan", "Đài phát thanh",
        "Ban quản lý dự án"]
ACT = ["triển khai thí điểm ví điện tử cho học sinh", "mở lớp tập huấn kỹ năng an toàn trên mạng",
       "đưa bản đồ số vào quản lý chợ", "khởi công tuyến đường liên xã", "tổ chức hội chợ nông sản cuối tuần",
       "cấp phát thẻ bảo hiểm y tế cho trẻ em", "công bố bộ dữ liệu mở về giao thông",
       "tiếp nhận phản ánh qua tổng đài mới", "nâng cấp trạm bơm chống hạn", "số hóa hồ sơ hộ tịch từ năm 1975",
       "phát động phong trào trồng cây đầu xuân", "kiểm tra an toàn thực phẩm bếp ăn tập thể",
       "ra mắt ứng dụng đặt lịch khám bệnh", "hoàn thành kết nối cáp quang tới trường học",
       "ký kết hợp tác đào tạo nhân lực số", "tập huấn phòng chống thiên tai mùa mưa",
       "tổng kết mô hình thôn thông minh", "đón đoàn du khách quốc tế đầu tiên",
       "giới thiệu giống lúa chịu mặn mới", "thu phí đỗ xe bằng mã QR"]


def headlines(seed, n):
    r = random.Random(seed)
    out = []
    seen = set()
    while len(out) < n:
        h = f"{r.choice(SUBJ)} {r.choice(ACT)}"
        if h not in seen:
            seen.add(h)
            out.append(h)
    return out


def side_items(seed, n, base_dt, step_min=(35, 400)):
    """List of (headline, datetime) going back from base_dt."""
    r = random.Random(seed + "-7")
    dt = base_dt
    res = []
    for h in headlines(seed, n):
        dt = dt - timedelta(minutes=r.randint(*step_min))
        res.append((h, dt))
    return res


def blob(seed, nbytes):
    out = b""
    h = hashlib.sha256(seed.encode()).digest()
    while len(out) < nbytes:
        h = hashlib.sha256(h).digest()
        out += h
    return base64.b64encode(out[:nbytes]).decode()


def ad_config(seed, n=150):
    r = random.Random(seed)
    zones = []
    for i in range(n):
        zones.append({"zone": f"z{r.randint(1000, 9999)}", "size": r.choice(["300x250", "728x90", "300x600", "970x250"]),
                      "pos": r.choice(["top", "right", "inread", "bottom"]), "lazy": bool(i % 2),
                      "refresh": r.choice([0, 30, 60])})
    return json.dumps({"site": seed, "zones": zones}, ensure_ascii=False)


MENU = [
    ("Thời sự", ["Chính trị", "Xã hội", "Đối ngoại", "Quốc phòng"]),
    ("Chuyển đổi số", ["Chính quyền số", "Kinh tế số", "Xã hội số", "Dữ liệu", "An toàn thông tin"]),
    ("Kinh tế", ["Doanh nghiệp", "Tài chính", "Thị trường", "Bất động sản"]),
    ("Nông nghiệp", ["Trồng trọt", "Chăn nuôi", "Nông thôn mới"]),
    ("Pháp luật", ["Bạn đọc", "Tư vấn", "An ninh trật tự"]),
    ("Văn hóa", ["Du lịch", "Di sản", "Giải trí"]),
    ("Thể thao", ["Bóng đá", "Các môn khác"]),
    ("Sức khỏe", ["Y tế", "Dinh dưỡng"]),
    ("Giáo dục", ["Tuyển sinh", "Du học"]),
    ("Multimedia", ["Video", "Ảnh", "Podcast", "Infographic"]),
]


def menu_html(ul_cls="menu", li_cls="menu-item", sub_cls="sub-menu", host=""):
    rows = [f'<ul class="{ul_cls}">', f'<li class="{li_cls} home"><a href="{host}/">Trang chủ</a></li>']
    for top, subs in MENU:
        rows.append(f'<li class="{li_cls} has-child"><a href="{host}/{slug(top)}/">{top}</a><ul class="{sub_cls}">')
        for s in subs:
            rows.append(f'<li><a href="{host}/{slug(top)}/{slug(s)}/">{s}</a></li>')
        rows.append("</ul></li>")
    rows.append("</ul>")
    return "\n".join(rows)


def footer_html(site, addr, phone, cls="footer", licence="Giấy phép số 123/GP-BTTTT cấp ngày 05/05/2021", variant=0):
    if variant == 1:
        cols = "".join(f'<div class="col"><h4>{t}</h4><ul>' + "".join(f'<li><a href="/{slug(t)}/{slug(x)}/">{x}</a></li>' for x in subs) + "</ul></div>" for t, subs in MENU)
        return f"""<div id="footer"><div class="footer-sitemap">{cols}</div>
<div class="footer-bottom"><div class="copyright">Cơ quan chủ quản: {E(site)}<br>Trụ sở: {E(addr)}<br>ĐT: {phone} | Fax: {phone[:-2]}99</div>
<div class="licence">{licence}. Chịu trách nhiệm nội dung: Phó Tổng biên tập Lê Thị Hằng.</div>
<div class="social"><a href="#">Facebook</a> <a href="#">YouTube</a> <a href="#">Zalo OA</a> <a href="#">TikTok</a></div></div></div>"""
    links = " ".join(f'<a href="/{slug(t)}/">{t}</a>' for t, _ in MENU)
    return f"""<footer class="{cls}">
<div class="{cls}-links">{links}</div>
<div class="{cls}-info">
<p class="org">{E(site)}</p>
<p>Địa chỉ: {E(addr)}</p>
<p>Điện thoại: {phone} - Email: toasoan@{slug(site)}.example.vn</p>
<p>{licence}</p>
<p>Tổng biên tập: Nguyễn Văn Toàn</p>
<p>© Bản quyền thuộc về {E(site)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</footer>"""


def share_html(cls="share-tools"):
    return (f'<div class="{cls}"><a class="fb" href="#" title="Chia sẻ Facebook">Facebook</a> '
            f'<a class="zalo" href="#" title="Chia sẻ Zalo">Zalo</a> <a class="copy" href="#">Sao chép link</a> '
            f'<a class="print" href="javascript:window.print()">In bài</a> <a class="font" href="#">A-</a> <a class="font" href="#">A+</a></div>')


def comments_html(cls="comment-box"):
    return f"""<div class="{cls}" id="comments">
<h3>Ý kiến bạn đọc</h3>
<form class="{cls}-form"><textarea name="noidung" placeholder="Nhập ý kiến của bạn..."></textarea>
<input name="hoten" placeholder="Họ tên"><input name="email" placeholder="Email"><button type="button">Gửi bình luận</button></form>
<p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.</p>
</div>"""


def scripts(seed, extra=""):
    return f"""<script>window.__ADS__ = {ad_config(seed)};</script>
<script>(function(w,d){{var s=d.createElement('script');s.async=1;s.src='/static/js/analytics.js?v=3';d.head.appendChild(s);w.dataLayer=w.dataLayer||[];w.dataLayer.push({{'event':'pageview','site':'{seed}'}});}})(window,document);</script>
<script src="/static/js/jquery.min.js"></script><script src="/static/js/main.bundle.js?v=20241105"></script>{extra}"""


def dt_iso(dt, seconds=False):
    if seconds:
        return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    return dt.strftime("%Y-%m-%dT%H:%M+07:00")


def mk(y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s)
