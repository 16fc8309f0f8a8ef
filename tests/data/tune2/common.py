"""Helpers shared by the page templates of the tune2 set (text only; each template owns its markup)."""

import datetime as dt
import html
import unicodedata

TODAY = dt.date(2026, 12, 4)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def e(s):
    return html.escape(s, quote=True)


def pdt(a):
    return dt.datetime.fromisoformat(a["pub"]) if a.get("pub") else dt.datetime(2025, 6, 1, 8, 0)


def wd(d, lower=False):
    s = WD[d.weekday()]
    return s[0] + s[1:].lower() if lower else s


def today_vn():
    return f"{WD[TODAY.weekday()]}, {TODAY:%d/%m/%Y}"


def dateline(a):
    return a["dl"].replace("{wd}", wd(pdt(a))).replace("{author}", a.get("author") or "")


def utc_iso(a):
    d = pdt(a)
    return (d - d.utcoffset()).replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%SZ")


# Sidebar / ticker headlines written for this set (never the article itself).
HEADLINES = [
    "Tuyên Quang khai trương điểm bưu điện văn hóa xã kiểu mới",
    "Bắc Kạn hoàn thành số hóa hồ sơ người có công",
    "Cà Mau tập huấn an toàn thông tin cho cán bộ cấp xã",
    "Hòa Bình đưa hệ thống quản lý văn bản lên nền tảng đám mây",
    "Ninh Thuận cấp 5.000 chứng thư số cho hộ kinh doanh",
    "Quảng Nam kết nối dữ liệu dân cư với phần mềm hộ tịch",
    "Phú Thọ ra mắt chuyên trang hỏi đáp về dịch vụ công",
    "An Giang hỗ trợ nông dân bán hàng qua sàn thương mại điện tử",
    "Hội nghị sơ kết sáu tháng thực hiện Đề án 06",
    "Bình Thuận thí điểm thu phí bến bãi không dùng tiền mặt",
    "Lạng Sơn vận hành cửa khẩu số tại Hữu Nghị",
    "Hậu Giang phát động cuộc thi tìm hiểu về chuyển đổi số",
    "Thừa Thiên Huế mở rộng ứng dụng Hue-S đến cấp thôn",
    "Bắc Giang ký kết hợp tác phát triển hạ tầng 5G",
    "Khánh Hòa công bố danh mục dữ liệu mở năm nay",
    "Cao Bằng phủ sóng di động đến 98% thôn, xóm",
]
HEADLINES_OFF = [
    "Lịch cắt điện cuối tuần tại một số xã",
    "Khai mạc hội chợ nông sản an toàn",
    "Thông báo tuyển dụng viên chức năm nay",
    "Giải bóng chuyền hơi người cao tuổi khép lại",
]


def side(a, n=6, start=0):
    """(headline, datetime) pairs around the article date: some earlier, some later."""
    d = pdt(a)
    offs = [-5, 2, -1, 6, -3, 1, 9, -8, 4, -2]
    out = []
    for i in range(n):
        h = HEADLINES[(start + i * 3 + len(a.get("title", ""))) % len(HEADLINES)]
        when = d + dt.timedelta(days=offs[i % len(offs)], hours=(i * 5) % 11 - 4, minutes=(i * 17) % 60)
        out.append((h, when))
    return out


def blocks_html(body, p_open="<p>", p_close="</p>", li_wrap=("<ul>", "</ul>"), table_attrs='border="1" cellpadding="4"',
                h_tag="h3"):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(f"{p_open}{e(b)}{p_close}")
        elif b[0] == "h":
            out.append(f"<{h_tag}>{e(b[1])}</{h_tag}>")
        elif b[0] == "ul":
            out.append(li_wrap[0] + "".join(f"<li>{e(x)}</li>" for x in b[1]) + li_wrap[1])
        elif b[0] == "tbl":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            out.append(f"<table {table_attrs}><tbody>" + "".join(rows) + "</tbody></table>")
    return "\n".join(out)


def brs_html(body):
    """Forum-style body: paragraphs separated by <br /><br />, lists as bbcode lists."""
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(e(b))
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
    return "<br />\n<br />\n".join(out)


def truth_text(body):
    out = []
    for b in body:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join(b[1]))
        elif b[0] == "tbl":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out)


def cp1258_bytes(s):
    """Encode like windows-1258 really is used: tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in s:
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in tones)
        tone = "".join(c for c in d if c in tones)
        out.append(unicodedata.normalize("NFC", base) + tone)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")
