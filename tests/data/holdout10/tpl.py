"""Page assembly and block rendering."""
import zlib

from common import WD, E, blob, comments_html, footer_html, headlines, menu_html, scripts, share_html, side_items, slug

IMG = "https://static.example.vn/images/2024/{}.jpg"


def render(blocks, p='<p>{}</p>', h='<h2>{}</h2>', fig=None, rel=None, table_cls="table", ul='<ul>{}</ul>', seed="x"):
    out = []
    n = 0
    for kind, val in blocks:
        if kind == "p":
            out.append(p.format(E(val)))
        elif kind == "h":
            out.append(h.format(E(val)))
        elif kind == "ul":
            out.append(ul.format("".join(f"<li>{E(i)}</li>" for i in val)))
        elif kind == "table":
            rows = []
            for ri, r in enumerate(val):
                tag = "th" if ri == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append(f'<table class="{table_cls}" border="1" cellpadding="4"><tbody>{"".join(rows)}</tbody></table>')
        elif kind == "fig":
            n += 1
            src = IMG.format(f"{seed}-{n}")
            if fig:
                out.append(fig(src, E(val)))
            else:
                out.append(f'<figure class="image"><img src="{src}" alt="{E(val)}"><figcaption>{E(val)}</figcaption></figure>')
        elif kind == "rel":
            if rel:
                out.append(rel(val))
            else:
                links = "".join(f'<li><a href="/{slug(t)}.html">{E(t)}</a></li>' for t in val)
                out.append(f'<div class="related-inline"><strong>Xem thêm:</strong><ul>{links}</ul></div>')
    return "\n".join(out)


def side_box(title, seed, n, base_dt, fmt, cls="box-news", item_cls="item", host=""):
    rows = [f'<div class="{cls}"><h3 class="{cls}-title">{E(title)}</h3><ul>']
    for hl, dt in side_items(seed, n, base_dt):
        rows.append(f'<li class="{item_cls}"><a href="{host}/{slug(hl)}-{zlib.crc32(seed.encode()) % 1000}{dt.strftime("%d%H%M")}.html" '
                    f'title="{E(hl)}">{E(hl)}</a> <span class="time">{fmt(dt)}</span></li>')
    rows.append("</ul></div>")
    return "\n".join(rows)


def breadcrumb(items, cls="breadcrumb", sep=" » "):
    parts = ['<a href="/">Trang chủ</a>'] + [f'<a href="/{slug(i)}/">{E(i)}</a>' for i in items]
    return f'<div class="{cls}">{sep.join(parts)}</div>'


def tags_html(tags, cls="tags"):
    return f'<div class="{cls}"><span>Từ khóa:</span> ' + " ".join(f'<a href="/tag/{slug(t)}.html">{E(t)}</a>' for t in tags) + "</div>"


def page(site, title, main, aside, *, seed, head_extra="", lang="vi", addr="", phone="", body_cls="",
         header_cls="header", menu_cls="main-menu", topbar="", bc="", footer_cls="footer", aspnet=False,
         viewstate_bytes=0, charset="utf-8", extra_scripts="", layout_cls=("container", "col-main", "col-side"),
         doctype="<!DOCTYPE html>", html_attr=""):
    v = zlib.crc32(seed.encode()) % 3
    if v == 0:
        hdr = f"""<header class="{header_cls}">
<div class="{header_cls}-top">{topbar}<a class="login" href="/dang-nhap">Đăng nhập</a> | <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ quảng cáo</a></div>
<div class="{header_cls}-logo"><a href="/"><img src="/static/img/logo.png" alt="{E(site)}"></a>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"><button>Tìm</button></form></div>
<nav class="{menu_cls}">{menu_html(ul_cls=menu_cls + "-list")}</nav>
</header>"""
    elif v == 1:
        trend = " ".join(f'<a href="/su-kien/{slug(t)}.html">#{E(t)}</a>' for t in ["Đề án 06", "Dịch vụ công", "Bầu cử", "Giá vàng", "Thời tiết", "Kinh tế số"])
        hdr = f"""<div id="header"><div class="top-bar"><span class="hotline">Đường dây nóng: {phone}</span>
<ul class="top-links"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/dat-bao">Đặt báo</a></li><li><a href="/quang-cao">Quảng cáo</a></li><li><a href="/en">English</a></li></ul></div>
<div class="logo-row"><a class="logo" href="/" title="{E(site)}">{E(site)}</a><div class="banner-top"><img src="/ads/top.jpg" alt=""></div></div>
<div id="menu" class="navbar">{menu_html(ul_cls="nav navbar-nav", li_cls="dropdown", sub_cls="dropdown-menu")}</div>
<div class="trending"><span>Sự kiện:</span> {trend}</div></div>"""
    else:
        hdr = f"""<header class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home"><img src="/uploads/logo.svg" alt="{E(site)}"></a>
<p class="site-description">{E(site)} - Thông tin nhanh, chính xác, tin cậy</p></div>
<button class="menu-toggle" aria-controls="primary-menu">Chuyên mục</button>
<nav id="site-navigation" class="main-navigation">{menu_html(ul_cls="primary-menu", li_cls="menu-item", sub_cls="sub-menu")}</nav>
<div class="header-search"><form role="search" action="/"><input type="search" name="s" placeholder="Nhập từ khóa..."></form></div></header>"""
    c, m, s = layout_cls
    body = f"""{hdr}
<div class="{c}">
{bc}
<div class="{m}">
{main}
</div>
<aside class="{s}">
{aside}
</aside>
</div>
{footer_html(site, addr, phone, cls=footer_cls, variant=zlib.crc32(seed.encode()) % 2)}
{scripts(seed, extra_scripts)}"""
    if aspnet:
        vs = blob(seed, viewstate_bytes)
        body = f"""<form name="aspnetForm" method="post" action="./{seed}.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZ{seed[:6]}&amp;t=638250000000000000" type="text/javascript"></script>
{body}
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{blob(seed + 'ev', 600)}" /></div>
</form>"""
    return f"""{doctype}
<html lang="{lang}"{html_attr}>
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<link rel="stylesheet" href="/static/css/style.css?v=12">
<link rel="icon" href="/favicon.ico">
{head_extra}
</head>
<body class="{body_cls}">
{body}
</body>
</html>
"""


def og(title, desc, url, typ="article", extra=""):
    return f"""<meta name="description" content="{E(desc)}">
<meta property="og:type" content="{typ}">
<meta property="og:title" content="{E(title)}">
<meta property="og:description" content="{E(desc)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://static.example.vn/og/{slug(title)[:30]}.jpg">
<meta property="og:site_name" content="example.vn">
<link rel="canonical" href="{url}">
{extra}"""


__all__ = [
    "IMG",
    "WD",
    "E",
    "breadcrumb",
    "comments_html",
    "headlines",
    "og",
    "page",
    "render",
    "share_html",
    "side_box",
    "slug",
    "tags_html",
]
