"""Shared page chrome: menus, sidebars, footers, padding. Standard library only."""
import base64
import html
import zlib

E = html.escape
MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chuyển đổi số", "Cải cách hành chính", "Văn bản",
        "Dịch vụ công", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]


def blob(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def ad_scripts(rng, n=3):
    out = []
    for i in range(n):
        out.append(f'<script async src="https://ads.example.vn/tag{i}.js?z={rng.randint(1000, 9999)}"></script>')
        out.append("<script>window.adq=window.adq||[];adq.push({slot:'%s',size:[300,250],k:'%s'});</script>"
                   % (f"slot-{rng.randint(100, 999)}", blob(rng, 24)))
    return "\n".join(out)


def head(title, site, extra="", rng=None):
    css = "".join(f'<link rel="stylesheet" href="/static/css/{n}.css?v=3.{i}">'
                  for i, n in enumerate(["bootstrap.min", "site", "menu", "print"]))
    style = "<style>" + " ".join(f".c{i}{{margin:{i}px;padding:{i % 7}px;color:#{i * 1234 % 0xffffff:06x}}}"
                                 for i in range(120)) + "</style>"
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)} - {E(site)}</title>\n'
            f'{extra}\n{css}\n{style}\n<script src="/static/js/jquery-1.12.4.min.js"></script>\n'
            f'<script>var gaq=[["_setAccount","UA-{rng.randint(100000, 999999)}-1"],["_trackPageview"]];</script>\n'
            '</head>\n')


def menu(cls="main-menu", items=MENU):
    lis = "".join(f'<li class="menu-item"><a href="/{i}.html">{E(t)}</a><ul class="sub">'
                  f'<li><a href="/{i}/1.html">Tin {E(t.lower())}</a></li><li><a href="/{i}/2.html">Thông báo</a></li>'
                  f'</ul></li>' for i, t in enumerate(items))
    return f'<nav class="{cls}"><ul>{lis}</ul></nav>'


def banner(site, slogan, host):
    return (f'<div class="top-bar"><span class="today">Hệ thống đang vận hành thử nghiệm giao diện mới</span>'
            f'<a href="/dang-nhap">Đăng nhập</a> | <a href="/rss">RSS</a> | <a href="https://{host}/en">English</a></div>'
            f'<div class="banner"><a href="/"><img src="/images/logo.png" alt="logo"></a>'
            f'<div class="site-name">{E(site)}</div><div class="slogan">{E(slogan)}</div></div>')


def side_box(title, items, cls="box-news", tag="div"):
    lis = "".join(f'<li><a href="/tin-tuc/{zlib.crc32(t.encode()) % 99999}.html">{E(t)}</a> '
                  f'<span class="date">({d} {h})</span></li>'
                  for t, d, h in items)
    return f'<{tag} class="{cls}"><h3 class="box-title">{E(title)}</h3><ul>{lis}</ul></{tag}>'


def links_box():
    names = ["Cổng Dịch vụ công quốc gia", "Cổng thông tin điện tử Chính phủ", "Hệ thống thông tin báo cáo",
             "Thư điện tử công vụ", "Hỏi đáp trực tuyến", "Bản đồ hành chính"]
    opts = "".join(f'<option value="{i}">{E(n)}</option>' for i, n in enumerate(names))
    return (f'<div class="box-links"><h3 class="box-title">Liên kết website</h3><select>{opts}</select>'
            '<div class="visit">Lượt truy cập: <b>1.204.557</b> | Đang trực tuyến: <b>87</b></div></div>')


def footer(site, addr, phone, year=2025, cls="footer"):
    return (f'<footer class="{cls}"><div class="footer-menu">{menu("foot-menu", MENU[:6])}</div>'
            f'<div class="copyright"><p><b>{E(site)}</b></p><p>Cơ quan chủ quản: {E(site)}</p>'
            f'<p>Địa chỉ: {E(addr)}</p><p>Điện thoại: {phone} - Email: banbientap@example.vn</p>'
            f'<p>Chịu trách nhiệm chính: Ông Lê Văn Hiệp - Trưởng ban biên tập</p>'
            f'<p>© Bản quyền {year} thuộc về {E(site)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div>'
            '</footer>'
            '<div class="cookie-notice" id="cookie">Trang web sử dụng cookie để cải thiện trải nghiệm. '
            '<button onclick="acceptCookie()">Đồng ý</button></div>')


def share_bar():
    return ('<div class="share-tools"><a class="fb" href="#">Chia sẻ</a> <a class="zalo" href="#">Zalo</a> '
            '<a href="javascript:window.print()">In bài</a> <a href="mailto:?subject=tin">Gửi email</a> '
            '<span class="font-size">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span></div>')


def comments(rng, n=3):
    people = ["Nguyễn Thị Hoa", "Bùi Văn Tám", "Lý Thanh", "Phan Quốc Bảo", "Hà Mai"]
    notes = ["Mong xã làm nhanh hơn nữa.", "Thông tin rất hữu ích.", "Ở thôn tôi sóng điện thoại vẫn yếu.",
             "Cảm ơn ban biên tập.", "Nên có thêm hướng dẫn bằng video."]
    items = "".join(f'<li class="comment"><b>{rng.choice(people)}</b> <span>{rng.randint(1, 28):02d}/'
                    f'{rng.randint(1, 12):02d}/2024</span><p>{rng.choice(notes)}</p></li>' for _ in range(n))
    return (f'<div class="comments"><h3>Ý kiến bạn đọc ({n})</h3><ul>{items}</ul>'
            '<div class="paging"><a href="#">1</a> <a href="#">2</a> <a href="#">Sau »</a></div>'
            '<form class="comment-form"><input type="text" name="hoten" placeholder="Họ tên">'
            '<textarea name="noidung"></textarea><button>Gửi ý kiến</button></form></div>')


def pad_to(page, rng, target):
    """Append an inline config script before </body> until page reaches target bytes."""
    size = len(page.encode())
    if size >= target:
        return page
    need = target - size
    filler = "<script>var __cfg_cache='" + blob(rng, int(need * 0.75) + 10) + "';</script>\n"
    return page.replace("</body>", filler + "</body>", 1)
