"""AMP pages of provincial newspapers (two different CMS outputs)."""

import json

from common import blocks_html, e, pdt, side, today_vn

BOILER = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
          "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
          "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
          "-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>")


def _ld(a, org):
    d = pdt(a)
    return json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": f"https://{a['host']}/{a['slug']}",
                       "headline": a["title"], "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+07:00", "dateModified": f"{d:%Y-%m-%dT%H:%M:%S}+07:00",
                       "author": {"@type": "Person", "name": a["author"]},
                       "publisher": {"@type": "Organization", "name": org, "logo": {"@type": "ImageObject", "url": f"https://{a['host']}/logo.png"}},
                       "image": {"@type": "ImageObject", "url": f"https://{a['host']}/img/{len(a['slug'])}.jpg", "width": 800, "height": 450}},
                      ensure_ascii=False)


def amp_baotinh(a):
    rel = "".join(f'<li><a href="/amp/tin-{i}.html">{e(h)}</a><span class="time">{w:%d/%m/%Y %H:%M}</span></li>' for i, (h, w) in enumerate(side(a, 5, 2)))
    return f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>{e(a['title'])} - Báo Tây Ninh</title>
<link rel="canonical" href="https://baotayninh.example.vn/{a['slug'].replace('amp/', '')}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{_ld(a, "Báo Tây Ninh")}</script>
{BOILER}
<style amp-custom>body{{font-family:Arial,sans-serif;margin:0}}.hdr{{background:#b30000;color:#fff;padding:8px}}.title{{font-size:22px;line-height:1.3}}.sapo{{font-weight:bold}}.meta{{color:#777;font-size:13px}}figcaption{{font-size:12px;color:#555}}</style>
</head>
<body>
<header class="hdr"><a href="/amp/"><amp-img src="/images/logo-white.png" width="160" height="36" alt="Báo Tây Ninh"></amp-img></a><span class="today">{today_vn()}</span></header>
<nav class="cat"><a href="/amp/chinh-tri/">Chính trị</a> <a href="/amp/kinh-te/">Kinh tế</a> <a href="/amp/chuyen-doi-so/">Chuyển đổi số</a> <a href="/amp/the-thao/">Thể thao</a></nav>
<article class="detail">
<h1 class="title">{e(a['title'])}</h1>
<div class="meta"><span class="author">{e(a['author'])}</span> &middot; <span class="time">{e(a['dl'])}</span></div>
<p class="sapo">{e(a['lead'])}</p>
<figure><amp-img src="/img/{len(a['slug'])}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><figcaption>Ảnh: Báo Tây Ninh</figcaption></figure>
<div class="content">
{blocks_html(a['body'])}
</div>
<div class="share"><amp-social-share type="facebook" data-param-app_id="1234567890" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
</article>
<section class="related"><h2>Tin cùng chuyên mục</h2><ul>{rel}</ul></section>
<footer><p>Báo Tây Ninh - Cơ quan của Đảng bộ tỉnh Tây Ninh. Giấy phép số 123/GP-BTTTT.</p></footer>
<amp-analytics type="googleanalytics"><script type="application/json">{{"vars":{{"account":"UA-000000-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""


def amp_baotinh2(a):
    rel = "".join(f'<div class="item"><a href="/amp/{12800+i}.html"><h3>{e(h)}</h3></a><p class="date">{w:%d/%m/%y %H:%M} GMT+7</p></div>' for i, (h, w) in enumerate(side(a, 5, 6)))
    return f"""<!DOCTYPE html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<title>{e(a['title'])}</title>
<link rel="canonical" href="https://www.example-baobinhphuoc.vn/{a['slug'].replace('amp/', '')}">
<meta name="viewport" content="width=device-width">
<meta property="article:published_time" content="{pdt(a):%Y-%m-%dT%H:%M:%S}+07:00">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script type="application/ld+json">{_ld(a, "Báo Bình Phước")}</script>
{BOILER}
<style amp-custom>.main-title{{font-size:21px}}.post-date{{color:#888}}.post-content p{{line-height:1.6}}.author{{text-align:right;font-weight:bold}}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/amp/">Trang chủ</a></li><li><a href="/amp/xa-hoi/">Xã hội</a></li><li><a href="/amp/giao-duc/">Giáo dục</a></li></ul></amp-sidebar>
<div class="top-bar"><button on="tap:menu.toggle">☰</button> <a href="/amp/"><amp-img src="/logo.png" width="150" height="40" alt="Báo Bình Phước"></amp-img></a> <span>{today_vn()}</span></div>
<main>
<div class="breadcrumb"><a href="/amp/xa-hoi/">Xã hội</a></div>
<h1 class="main-title">{e(a['title'])}</h1>
<p class="post-date">{e(a['dl'])}</p>
<div class="post-content">
{blocks_html(a['body'][:2])}
<figure><amp-img src="/uploads/kns.jpg" width="720" height="480" layout="responsive" alt=""></amp-img><figcaption>Một giờ sinh hoạt lớp với chủ đề an toàn trên mạng.</figcaption></figure>
{blocks_html(a['body'][2:])}
{a.get('byline') or ''}
</div>
<div class="tags">Từ khóa: <a href="/amp/tag/ky-nang-so">kỹ năng số</a> <a href="/amp/tag/giao-duc">giáo dục</a></div>
<section class="more"><h2>Tin khác</h2>{rel}</section>
</main>
<footer>© Báo Bình Phước</footer>
</body>
</html>
"""


TEMPLATES = {"amp_baotinh": amp_baotinh, "amp_baotinh2": amp_baotinh2}
