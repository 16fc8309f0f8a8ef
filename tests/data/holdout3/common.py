"""Shared helpers for the holdout3 renderers (each product keeps its own markup)."""
import datetime as _dt
import html
import json

from texts import HEADLINES

TODAY = _dt.datetime(2026, 12, 4, 9, 12)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def e(s):
    return html.escape(s, quote=False)


def utc(dt):
    return dt - _dt.timedelta(hours=7)


def iso(dt, z=False):
    if z:
        return utc(dt).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def body(blocks, h="h2", hcls="", q="blockquote", qcls="", pcls="", fig=None, tcls="", ulcls="", after=1):
    """Render blocks; `fig` (html) is inserted after the `after`-th paragraph."""
    out, np = [], 0
    for kind, val in blocks:
        if kind == "p":
            out.append(f'<p{pcls}>{e(val)}</p>')
            np += 1
            if fig and np == after:
                out.append(fig)
        elif kind == "h":
            if h == "pstrong":
                out.append(f'<p><strong>{e(val)}</strong></p>')
            else:
                out.append(f'<{h}{hcls}>{e(val)}</{h}>')
        elif kind == "q":
            if q == "blockquote":
                out.append(f'<blockquote{qcls}><p>{e(val)}</p></blockquote>')
            else:
                out.append(f'<{q}{qcls}>{e(val)}</{q}>')
        elif kind == "ul":
            out.append(f'<ul{ulcls}>' + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                c = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in r) + "</tr>")
            out.append(f'<table{tcls}><tbody>' + "".join(rows) + "</tbody></table>")
    return "\n".join(out)


def truth_text(blocks):
    parts = []
    for kind, val in blocks:
        if kind == "ul":
            parts.append("\n".join(val))
        elif kind == "table":
            parts.append("\n".join(" | ".join(r) for r in val))
        else:
            parts.append(val)
    return "\n\n".join(parts)


def related(seed, n=6, base=None):
    """Headlines with datetimes around `base` (some later than the article)."""
    base = base or TODAY
    out = []
    for i in range(n):
        h = HEADLINES[(seed * 3 + i * 5) % len(HEADLINES)]
        delta = _dt.timedelta(days=(i * 3 - 6), hours=i * 2 + 1, minutes=i * 7)
        out.append((h, base + delta, f"/tin-tuc/{seed}-{i}-{abs(hash(h)) % 9000 + 1000}.html"))
    return out


def script_blob(name, seed):
    data = {"site": name, "ads": [{"slot": f"slot-{i}", "size": [300, 250], "refresh": 30 + i} for i in range(30)],
            "tracking": {"id": f"UA-{seed}0{seed}-1", "dims": {f"d{i}": f"v{i * seed}" for i in range(40)}}}
    return "<script>window.__CFG__ = " + json.dumps(data) + ";</script>"


def css_blob(prefix, n=40):
    rules = [f".{prefix}-{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{(i * 123457) % 0xFFFFFF:06x}}}"
             for i in range(n)]
    return "<style>" + "\n".join(rules) + "</style>"


MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Chuyển đổi số", "Xã hội", "Văn hóa", "Thể thao",
        "Pháp luật", "Giáo dục", "Y tế", "Nông nghiệp", "Du lịch", "Quốc phòng", "Bạn đọc"]


def menu_items(tag="li", cls="", acls=""):
    return "".join(f'<{tag}{cls}><a{acls} href="/chuyen-muc/{i}">{m}</a></{tag}>' for i, m in enumerate(MENU))


def comments(names, base, fmt):
    out = []
    texts = ["Mong các xã vùng sâu cũng sớm được triển khai như vậy.",
             "Bài viết rất thiết thực, cảm ơn tác giả.",
             "Ở chỗ tôi sóng điện thoại còn yếu, làm trực tuyến hơi khó.",
             "Nên có thêm hướng dẫn bằng video cho người lớn tuổi."]
    for i, n in enumerate(names):
        out.append((n, texts[i % len(texts)], fmt(base + _dt.timedelta(days=i + 1, hours=i * 3))))
    return out
