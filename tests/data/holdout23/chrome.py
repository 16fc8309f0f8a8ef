"""Page skeleton shared by templates; each template passes its own class names and article column."""
import json

from common import MENU, SUBMENU, E, ads_script, cookie_notice, footer, menu, news_list, pad, rng


def head(title, extra="", desc="", og_type="article", url=""):
    return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
            '<meta name="description" content="%s">\n<meta property="og:type" content="%s">\n'
            '<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n'
            '<link rel="canonical" href="%s">\n<link rel="stylesheet" href="/static/css/main.min.css">\n'
            '<style>.hidden{display:none}.box-title{font-weight:700}</style>\n%s\n</head>\n'
            % (E(title), E(desc), og_type, E(title), url, url, extra))


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def page(seed, host, outlet, year, title_tag, url, art, crumbs, desc="", head_extra="", og_type="article",
         wrap=("", ""), pre="wrapper", addr="", phone="0203 3825 123", side_titles=("Tin mới", "Xem nhiều"),
         side_style="hm-dmy", minb=27000, body_cls="article-page"):
    r = rng(seed)
    bc = " <span>›</span> ".join('<a href="/%d">%s</a>' % (i, E(c)) for i, c in enumerate(crumbs))
    top = ('<div class="topbar"><span class="today">Hotline: %s</span> <a href="/rss">RSS</a> '
           '<a href="/lien-he">Liên hệ</a> <a href="/quang-cao">Quảng cáo</a>'
           '<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></div>' % phone)
    logo = '<div class="logo"><a href="/"><img src="/img/logo.png" alt="%s"></a></div>' % E(outlet)
    side = (news_list(r, side_titles[0], 10, year, "box-latest", side_style, "div", host) +
            '<div class="ads-right"><a href="#"><img src="/ads/300x600.jpg" alt="Quảng cáo"></a></div>' +
            news_list(r, side_titles[1], 10, year, "box-mostread", "dmy", "div", host))
    body = ('<body class="%s">\n%s\n<div id="%s">\n<header class="header">%s%s%s</header>\n'
            '<div class="breadcrumb">%s</div>\n<div class="container"><div class="main-col">\n%s\n</div>\n'
            '<aside class="sidebar">%s</aside></div>\n<div class="more-news"><!--PAD--></div>\n%s\n</div>\n%s\n%s\n%s\n'
            '</body>\n</html>\n'
            % (body_cls, wrap[0], pre, top, logo, menu(MENU, "main-menu", SUBMENU), bc, art, side,
               footer(outlet, addr or "Số 12 đường Trần Phú, thành phố Cửa Sông", phone, year),
               wrap[1], cookie_notice(), ads_script(r)))
    doc = head(title_tag, head_extra, desc, og_type, url) + body
    return pad(doc, r, year, host, minb)
