"""Shared page furniture of the replica's CMS templates: page shell, dates, padding."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from string import Template

from cds.replica.model import ICT, Article, digest

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

SHELL = Template("""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="$charset">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<link rel="canonical" href="$canonical">
<meta property="og:title" content="$og_title">
<meta property="og:site_name" content="$brand">
$head
<style>body{font-family:Arial,sans-serif}.sidebar{float:right;width:300px}</style>
</head>
<body class="$body_class">
<header class="site-header">
<div class="top-links">$top</div>
<div class="logo"><a href="/">$brand</a></div>
<nav class="main-nav"><ul>$nav</ul></nav>
</header>
<div class="container">
<main class="main-col">
$main
</main>
<aside class="sidebar">
$sidebar
</aside>
</div>
<footer class="site-footer">$footer</footer>
$padding
</body>
</html>
""")


def hm(d: datetime) -> str:
    return d.astimezone(ICT).strftime("%H:%M")


def dmy(d: datetime) -> str:
    return d.astimezone(ICT).strftime("%d/%m/%Y")


def weekday(d: datetime) -> str:
    return WEEKDAYS[d.astimezone(ICT).weekday()]


def iso(d: datetime) -> str:
    return d.astimezone(ICT).isoformat(timespec="seconds")


def e(text: str | None) -> str:
    return escape(text or "", quote=True)


def links(items: list[tuple[str, str]], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f'<li><a{c} href="{e(h)}">{e(t)}</a></li>' for h, t in items)


def padding(site: str, key: str) -> str:
    """Script/SVG ballast so pages weigh 60–130 KiB like real ones (ignored by extractors)."""
    target = 60 * 1024 + int(digest("pad", site, key)[:6], 16) % (70 * 1024)
    unit = json.dumps(
        {"zone": f"{site}-banner", "text": "Quảng cáo: ưu đãi cước di động, internet cáp quang",
         "img": f"/static/ads/{site}/banner-300x250.jpg", "w": 300, "h": 250,
         "track": "https://ads.invalid/t?z=" + digest(site)[:24]}, ensure_ascii=False)
    n = max(1, (target - 600) // (len(unit.encode()) + 1))
    blob = "[" + ",".join([unit] * n) + "]"
    return (f'<script type="application/json" id="ad-config">{blob}</script>\n'
            '<svg style="display:none"><symbol id="i-home" viewBox="0 0 24 24">'
            '<path d="M3 12l9-9 9 9v9H3z"/></symbol></svg>')


def shell(**kw: str) -> str:
    defaults = {"charset": "utf-8", "head": "", "body_class": "", "top": "", "sidebar": "",
                "padding": "", "og_title": kw.get("title", "")}
    return SHELL.substitute({**defaults, **kw})


def figure(a: Article, caption: str, *, name_line: str | None = None) -> str:
    img = f"/uploads/{a.site}/{a.published_at:%Y/%m}/{digest(a.key)[:10]}.jpg"
    pre = f"<p>{e(name_line)}</p>\n" if name_line else ""
    return (f'{pre}<figure class="image"><img src="{img}" alt="{e(caption[:1])}">'
            f"<figcaption>{e(caption)}</figcaption></figure>")
