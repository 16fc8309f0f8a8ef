"""Article body blocks and their renderings; truth text derives from the same blocks."""
import zlib

from chrome import E
from content import paras

PIC = "/uploads/news/2024/anh-{0}.jpg"


def make_blocks(rng, bank, n_par, heads=0, ul=False, table=False, imgs=1, rel=False, quote=False, per=(2, 4)):
    ps = paras(rng, bank, n_par, per)
    blocks = []
    hpos = sorted(rng.sample(range(1, n_par), min(heads, n_par - 1))) if heads else []
    subheads = ["Kết quả bước đầu", "Những khó khăn cần tháo gỡ", "Nhiệm vụ trong thời gian tới", "Ý kiến từ cơ sở",
                "Huy động sức dân", "Cách làm mới", "Kiến nghị, đề xuất", "Bài học kinh nghiệm"]
    rng.shuffle(subheads)
    for i, p in enumerate(ps):
        if i in hpos:
            blocks.append(("h", subheads[hpos.index(i)]))
        blocks.append(("p", p))
        if imgs and i == 1:
            for k in range(imgs):
                blocks.append(("img", f"Quang cảnh buổi làm việc tại cơ sở (ảnh {k + 1}: tư liệu)"))
        if ul and i == 2:
            blocks.append(("ul", ["Rà soát, chuẩn hóa dữ liệu dân cư trên địa bàn;",
                                  "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến;",
                                  "Bố trí cán bộ hỗ trợ tại bộ phận một cửa vào ngày thứ bảy;",
                                  "Báo cáo kết quả định kỳ trước ngày 20 hằng tháng."]))
        if table and i == 3:
            rows = [["Chỉ tiêu", "Kế hoạch", "Thực hiện"]]
            for name in ["Hồ sơ trực tuyến", "Văn bản ký số", "Tài khoản định danh"]:
                a = rng.randint(60, 95)
                rows.append([name, f"{a}%", f"{a + rng.randint(-8, 6)}%"])
            blocks.append(("table", rows))
        if rel and i == 2:
            blocks.append(("rel", ["Người dân vùng cao làm quen với ví điện tử", "Xã mới sau sáp nhập vận hành bộ máy"]))
        if quote and i == n_par - 2:
            blocks.append(("quote", "Chúng tôi xác định phải làm thật, đo được bằng sự hài lòng của người dân."))
    return blocks


def truth_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h", "quote"):
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join(b[1]))
        elif b[0] == "table":
            out.append("\n".join(" | ".join(r) for r in b[1]))
    return "\n\n".join(out)


def render(blocks, mode="p", n=0, cap="figure"):
    """mode: p (semantic), div (div paragraphs), br (old table/font style)."""
    out = []
    for j, b in enumerate(blocks):
        k = b[0]
        if k == "p":
            if mode == "br":
                out.append(f"{E(b[1])}<br><br>")
            elif mode == "div":
                out.append(f'<div style="text-align: justify;">{E(b[1])}</div>')
            else:
                out.append(f'<p style="text-align: justify;">{E(b[1])}</p>')
        elif k == "h":
            out.append(f"<b>{E(b[1])}</b><br><br>" if mode == "br" else f"<h2>{E(b[1])}</h2>")
        elif k == "quote":
            out.append(f"<blockquote><p><i>{E(b[1])}</i></p></blockquote>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="data" border="1" cellpadding="4">{rows}</table>')
        elif k == "img":
            src = PIC.format(f"{n}-{j}")
            if cap == "figure":
                out.append(f'<figure class="image"><img src="{src}" alt=""><figcaption>{E(b[1])}</figcaption></figure>')
            elif cap == "table":
                out.append(f'<table class="image" align="center"><tr><td><img src="{src}"></td></tr>'
                           f'<tr><td class="caption">{E(b[1])}</td></tr></table>')
            else:
                out.append(f'<p style="text-align:center"><img src="{src}"></p>'
                           f'<p style="text-align:center"><em>{E(b[1])}</em></p>')
        elif k == "rel":
            lis = "".join(f'<li><a href="/tin/{zlib.crc32(x.encode()) % 9999}.html">{E(x)}</a></li>' for x in b[1])
            out.append(f'<div class="related-inline"><strong>Xem thêm:</strong><ul>{lis}</ul></div>')
    return "\n".join(out)
