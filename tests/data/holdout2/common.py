"""Shared helpers for the holdout2 page generator (texts are in texts_a/texts_b)."""
from __future__ import annotations

import html
import random
from datetime import datetime, timedelta

TODAY = datetime(2026, 12, 4, 9, 0)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
MONTH_WORD = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def E(s: str) -> str:
    return html.escape(s, quote=False)


def Q(s: str) -> str:
    return html.escape(s, quote=True)


def parse(s: str) -> datetime:
    for f in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(s, f)
        except ValueError:
            pass
    raise ValueError(s)


def h12(d: datetime) -> tuple[int, str]:
    h = d.hour % 12 or 12
    return h, ("SA" if d.hour < 12 else "CH")


def ampm(d: datetime) -> str:
    return "AM" if d.hour < 12 else "PM"


def today_header(style: int = 0) -> str:
    d = TODAY
    if style == 0:
        return f"{WD[d.weekday()]}, {d:%d/%m/%Y}"
    if style == 1:
        return f"{WD_LOWER[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}"
    return f"Hôm nay: {d:%d/%m/%Y}"


HEADLINES = [
    "Tỉnh phát động phong trào thi đua cao điểm cuối năm",
    "Khởi công tuyến đường kết nối khu công nghiệp phía Bắc",
    "Gần 2.000 thí sinh tham dự hội thi tin học trẻ",
    "Ra mắt ứng dụng du lịch thông minh tích hợp bản đồ 3D",
    "Nông dân thu hoạch lúa thu đông, năng suất tăng nhẹ",
    "Hội nghị xúc tiến đầu tư thu hút 40 doanh nghiệp",
    "Cảnh báo thủ đoạn lừa đảo qua tin nhắn giả mạo ngân hàng",
    "Triển khai thanh toán học phí không dùng tiền mặt tại 120 trường",
    "Mưa lớn gây sạt lở cục bộ tại hai huyện miền núi",
    "Cấp căn cước cho trẻ em dưới 14 tuổi tại nhà",
    "Hoàn thành nâng cấp hạ tầng mạng truyền số liệu chuyên dùng",
    "Tập huấn kỹ năng số cho cán bộ hội phụ nữ cơ sở",
    "Ngày hội việc làm tuyển dụng hơn 1.500 lao động",
    "Ký kết hợp tác phát triển nguồn nhân lực công nghệ",
    "Đẩy mạnh tiêm chủng mở rộng cho trẻ dưới 5 tuổi",
    "Trao giải cuộc thi sáng tác ảnh về quê hương",
    "Phấn đấu 80% hộ gia đình có cáp quang vào năm tới",
    "Chợ phiên nông sản an toàn thu hút đông người dân",
    "Kiểm tra công tác phòng cháy tại các chung cư cũ",
    "Sắp xếp lại các điểm trường lẻ ở vùng sâu",
    "Vận hành thử nghiệm xe buýt điện nội thành",
    "Tổ chức diễn tập ứng phó sự cố an toàn thông tin",
    "Lấy ý kiến người dân về quy hoạch khu đô thị mới",
    "Hội thảo về kinh tế số trong nông nghiệp",
    "Giải bóng đá thiếu niên nhi đồng khai mạc",
    "Tăng cường kiểm tra an toàn thực phẩm dịp cuối năm",
    "Khai trương trung tâm đổi mới sáng tạo của tỉnh",
    "Công bố chỉ số cải cách hành chính của các sở, ngành",
    "Hỗ trợ ngư dân lắp thiết bị giám sát hành trình tàu cá",
    "Ra mắt tủ sách điện tử cho học sinh tiểu học",
    "Phát triển du lịch cộng đồng gắn với văn hóa bản địa",
    "Bàn giao nhà tình nghĩa cho gia đình chính sách",
]


def others(key: str, base: datetime, n: int = 6, later: int = 2) -> list[tuple[str, datetime]]:
    """Other headlines with dates: some later than the article, the rest earlier."""
    rnd = random.Random(key)
    titles = rnd.sample(HEADLINES, n)
    out = []
    for i, t in enumerate(titles):
        if i < later:
            d = base + timedelta(days=rnd.randint(1, 20), hours=rnd.randint(0, 9), minutes=rnd.choice([0, 5, 15, 30, 45]))
        else:
            d = base - timedelta(days=rnd.randint(1, 40), hours=rnd.randint(0, 9), minutes=rnd.choice([0, 10, 20, 40, 50]))
        out.append((t, d))
    return out


def slug(s: str) -> str:
    import re
    import unicodedata
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:70]


def render(blocks, *, p="<p>{}</p>", h="<h2>{}</h2>", ul="<ul>{}</ul>", li="<li>{}</li>",
           q="<blockquote><p>{}</p></blockquote>", cap=None, table=None, img="/images/{n}.jpg") -> str:
    """Render body blocks; a caption block becomes a figure built by ``cap(text, src)``."""
    out = []
    n = 0
    for b in blocks:
        if isinstance(b, str):
            out.append(p.format(E(b)))
            continue
        kind, val = b
        if kind == "h":
            out.append(h.format(E(val)))
        elif kind == "q":
            out.append(q.format(E(val)))
        elif kind == "ul":
            out.append(ul.format("".join(li.format(E(x)) for x in val)))
        elif kind == "t":
            if table:
                out.append(table(val))
            else:
                rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in val)
                out.append(f'<table class="table" border="1" cellpadding="4"><tbody>{rows}</tbody></table>')
        elif kind == "cap":
            n += 1
            src = img.format(n=n)
            if cap:
                out.append(cap(val, src))
            else:
                out.append(f'<figure><img src="{src}" alt=""><figcaption>{E(val)}</figcaption></figure>')
    return "\n".join(out)


def truth_text(blocks) -> str:
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
            continue
        kind, val = b
        if kind in ("h", "q"):
            parts.append(val)
        elif kind == "ul":
            parts.append("\n".join(val))
        elif kind == "t":
            parts.append("\n".join(" ".join(r) for r in val))
    return "\n\n".join(parts)


def ldjson(obj) -> str:
    import json
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def to_1258(text: str) -> bytes:
    """Encode as windows-1258: base letters with circumflex/breve/horn precomposed, tones combining."""
    import unicodedata
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in tones)
        tone = "".join(c for c in d if c in tones)
        out.append(unicodedata.normalize("NFC", base) + tone)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


CATS = ["Thời sự", "Chính trị", "Xã hội", "Kinh tế", "Tài chính", "Bất động sản", "Đầu tư", "Thế giới", "Giáo dục",
        "Tuyển sinh", "Sức khỏe", "Y tế", "Pháp luật", "Văn hóa", "Giải trí", "Thể thao", "Bóng đá", "Du lịch",
        "Công nghệ", "Chuyển đổi số", "Khoa học", "Xe", "Đời sống", "Gia đình", "Bạn đọc", "Nông nghiệp",
        "Môi trường", "Lao động", "Việc làm", "Quốc phòng", "An ninh", "Video", "Ảnh", "Podcast", "Infographic",
        "Emagazine", "Tiêu điểm", "Dự báo thời tiết", "Góc nhìn", "Tâm sự"]


def sitemap(cls: str, key: str, n: int = 30) -> str:
    """A footer site map / mega menu of category links, as news sites and portals carry."""
    rnd = random.Random(key + cls)
    cats = rnd.sample(CATS, min(n, len(CATS)))
    cols = [cats[i:i + 6] for i in range(0, len(cats), 6)]
    inner = "".join(f'<ul class="{cls}__col">' + "".join(f'<li><a href="/{slug(c)}">{E(c)}</a></li>' for c in col) + "</ul>" for col in cols)
    return f'<div class="{cls}">{inner}</div>'


def css_blob(key: str, n: int = 120) -> str:
    rnd = random.Random(key)
    rules = "".join(f".c{rnd.randint(100, 999)}-{i}{{margin:{rnd.randint(0, 20)}px;color:#{rnd.randint(0, 0xFFFFFF):06x}}}" for i in range(n))
    return f"<style>{rules}</style>"
