"""Build the labelled extraction set: pages/*.html, listing/*.html and truth.json.

Run ``python tests/data/labelled/build.py`` after editing corpus.yaml; the output is
deterministic and committed. Each page imitates one CMS family of sources-research.md
(§0, §4.3) with its full boilerplate; a third carry hard cases (see ``flags`` in truth.json).
"""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
VN = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TEMPLATES = ["daklak", "onecms", "liferay", "inet", "nukeviet", "baochinhphu", "anhp"]
OFF_TOPICS = ["agriculture", "green", "police", "culture", "statistics"]
TONES = "\u0300\u0301\u0303\u0309\u0323"


def e(s: str) -> str:
    return escape(s, quote=True)


def dmy(dt: datetime, sep: str = "/") -> str:
    return dt.strftime(f"%d{sep}%m{sep}%Y")


def hm(dt: datetime) -> str:
    return dt.strftime("%H:%M")


def headlines(page: dict, rng: random.Random, k: int = 5, dated: bool = True) -> str:
    pool = page["sidebar"]
    items = []
    for slug, h in enumerate(rng.sample(pool, min(k, len(pool)))):
        when = page["published"] - timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 900))
        date = f' <span class="time">{hm(when)} {dmy(when)}</span>' if dated else ""
        items.append(f'<li><a href="/tin-tuc/bai-{slug}.html">{e(h)}</a>{date}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def body_html(page: dict, caption: str) -> list[str]:
    """Paragraph HTML with the template's caption style inserted after paragraphs 1 and 3."""
    out = []
    for i, para in enumerate(page["render_paragraphs"]):
        if isinstance(para, tuple):  # (tag, text): a subheading or a list item
            tag, text = para
            out.append(f"<ul><li>{e(text)}</li></ul>" if tag == "li"
                       else f"<{tag}>{e(text)}</{tag}>")
            continue
        out.append(f"<p>{e(para)}</p>")
        if i in (0, 2) and page["captions"]:
            text = page["captions"][0 if i == 0 else 1]
            out.append(caption.format(cap=e(text), cap_np=e(text.rstrip(".")), n=1000 + i,
                                      author=e(page["author"])))
    return out


def head(page: dict, title_tag: str, extra: str = "") -> str:
    meta = [f"<title>{e(title_tag)}</title>", '<meta charset="utf-8">']
    if page["cp1258"]:
        meta[1] = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    meta.append(f'<meta name="description" content="{e(page["lead"])}">')
    return "<head>" + "".join(meta) + extra + "</head>"


def og(page: dict, title: str, published: bool = True, zulu: bool = False) -> str:
    parts = [f'<meta property="og:title" content="{e(title)}">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:description" content="{e(page["lead"])}">']
    if published and not page["no_meta_date"]:
        when = page["published"].astimezone(UTC) if zulu else page["published"]
        iso = when.isoformat().replace("+00:00", "Z")
        parts.append(f'<meta property="article:published_time" content="{iso}">')
    return "".join(parts)


def nav(site: str, items: list[str]) -> str:
    links = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{e(i)}</a></li>'
                    for i in items)
    return (f'<header class="site-header"><div class="logo"><a href="/">{e(site)}</a></div>'
            f'<nav class="main-menu"><ul>{links}</ul></nav></header>')


def kicker(page: dict) -> str:
    return f'<div class="kicker">{e(page["kicker"])}</div>' if page["kicker"] else ""


def t_daklak(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    cap = ('<figure class="image"><img src="/file/{n}.jpg" alt="a">'
           "<figcaption>{cap}</figcaption></figure>")
    date_div = f'<div class="date">{hm(pub)}, {dmy(pub)}</div>'
    body = body_html(page, cap)
    if page["alt_a"]:
        body.insert(1, "<p>a</p>")
    return (
        "<!DOCTYPE html><html lang='vi'>"
        + head(page, page["title"] + " - Báo Đắk Lắk điện tử",
               og(page, page["seo_title"] or page["title"] + " - Báo Đắk Lắk điện tử")
               + '<meta property="og:site_name" content="Báo Đắk Lắk điện tử">'
               + '<meta name="author" content="Báo Đắk Lắk điện tử">')
        + "<body>" + nav("Báo Đắk Lắk", ["Thời sự", "Chính trị", "Kinh tế", "Multimedia",
                                         "Đọc Báo in"])
        + '<div class="container"><div class="row"><div class="col-main">'
        + '<div class="detail-main-title">'
        + (date_div if page["date_above_title"] else "") + kicker(page)
        + f'<h1 class="title">{e(page["title"])}</h1>'
        + ("" if page["date_above_title"] else date_div) + "</div>"
        + f'<h2 class="sapo">{e(page["lead"])}</h2>'
        + '<div class="content-detail">' + "".join(body)
        + ("<p>(Theo TTXVN)</p>" if page["theo"] else "")
        + f'<p style="text-align:right"><strong>{e(page["author"])}</strong></p></div>'
        + '<div class="box-tag">Từ khóa: <a href="/tag/1">chính quyền</a></div>'
        + '<div class="box-feedback"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea>'
        + "<button>Gửi</button></form>"
        + "".join(f'<div class="box-video"><h4><a href="/video/{i}/">(Video) {e(h)}</a></h4>'
                  f"<p>{e(h)}, nhiều người dân đến xem và chụp ảnh lưu niệm.</p></div>"
                  for i, h in enumerate(page["sidebar"][2:4]))
        + "</div>"
        + '<div class="related-post"><h3>Tin liên quan</h3>'
        + "".join(f'<div class="item"><a class="title5" href="/v/{i}/">(Video) {e(h)}</a>'
                  f'<div class="des">{e(h)} trong tuần qua.</div></div>'
                  for i, h in enumerate(page["sidebar"][:2]))
        + "</div></div>"
        + '<div class="col-right sidebar"><h3>Tin mới</h3>' + headlines(page, rng) + "</div>"
        + "</div></div>"
        + '<footer><p>Báo Đắk Lắk điện tử. Tổng Biên tập: ... Giấy phép số 12/GP-BTTTT.</p>'
        + "</footer></body></html>"
    )


def t_onecms(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    cap = "<p>img{n}-1-17205975920{n}4185.jpg</p><p><em>{cap} Ảnh: VGP</em></p>"
    byline = (f'<div class="sc-longform-header-meta"><span class="author">'
              f'{e(page["author"].upper())}</span> <time>{dmy(pub)} {hm(pub)}</time></div>')
    return (
        "<!DOCTYPE html><html>"
        + head(page, page["title"], og(page, page["title"], zulu=True))
        + "<body>" + nav("Báo Hải Phòng", ["Chính trị", "Kinh tế", "Chuyển đổi số", "Xã hội"])
        + '<div class="c-news-detail"><article class="entry">'
        + '<div class="block-sc-cate-name"><a href="/chuyen-doi-so/">Chuyển đổi số</a></div>'
        + kicker(page)
        + f'<h1 class="block-sc-title">{e(page["title"])}</h1>' + byline
        + f'<p class="sc-longform-header-sapo">{e(page["lead"])}</p>'
        + '<div class="b-maincontent">' + "".join(body_html(page, cap))
        + ("<p>Theo Chinhphu.vn</p>" if page["theo"] else "")
        + f'<p><strong>{e(page["author"].upper())}</strong></p></div>'
        + '<div class="c-tag"><a>chuyển đổi số</a></div>'
        + '<div class="c-news-related"><h3>Tin cùng chuyên mục</h3>' + headlines(page, rng)
        + "</div></article></div>"
        + '<div class="c-powered">POWERED BY ONECMS - A PRODUCT OF NEKO</div></body></html>'
    )


def t_liferay(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    cap = ('<p style="text-align:center"><img src="/documents/{n}.jpg"></p>'
           '<p style="text-align:center"><em>{cap} Ảnh: {author}</em></p>')
    portlet_news = (
        '<div class="portlet-boundary portlet-asset-publisher"><div class="portlet-title">'
        "Tin mới nhất</div>" + headlines(page, rng, 4) + "</div>"
    )
    return (
        "<!DOCTYPE html><html>"
        + head(page, page["title"] + " - Cổng Thông tin điện tử tỉnh " + page["province"])
        + "<body>" + nav("Cổng TTĐT tỉnh " + page["province"],
                         ["Giới thiệu", "Tin tức", "Văn bản", "Dịch vụ công"])
        + '<div id="column-1" class="portlet-column">' + portlet_news + "</div>"
        + '<div id="column-2" class="portlet-column"><div class="portlet-boundary '
        + 'portlet-journal-content"><div class="asset-full-content">'
        + '<div class="taglib-header">' + kicker(page)
        + f'<h3 class="header-title"><span>{e(page["title"])}</span></h3></div>'
        + f'<div class="metadata-entry">Ngày đăng: {dmy(pub)} - {hm(pub)}</div>'
        + '<div class="journal-content-article">'
        + f'<p><strong>{e(page["lead"])}</strong></p>' + "".join(body_html(page, cap))
        + f'<p style="text-align:right"><strong>{e(page["author"])}</strong></p></div>'
        + '<div class="taglib-ratings">Đánh giá bài viết</div></div></div>'
        + '<div class="portlet-boundary"><div class="portlet-title">Tin khác</div>'
        + headlines(page, rng, 4) + "</div></div>"
        + "<footer>Cơ quan chủ quản: UBND tỉnh. Ghi rõ nguồn khi phát hành lại thông tin."
        + "</footer></body></html>"
    )


def t_inet(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    cap = ('<p style="text-align:center"><img src="/upload/2005340/{n}.jpg"></p>'
           '<p style="text-align:center"><em>{cap} (Ảnh: {author})</em></p>')
    paragraphs = body_html(page, cap)
    paragraphs[0] = paragraphs[0].replace("<p>", f"<p>({page['domain']}) - ", 1)
    return (
        "<!DOCTYPE html><html>"
        + head(page, page["title"] + " | Cổng thông tin điện tử tỉnh " + page["province"])
        + "<body>" + nav("Cổng thông tin điện tử", ["Trang chủ", "Tin tức - Sự kiện",
                                                   "Chỉ đạo điều hành"])
        + '<div class="breadcrumb">Trang chủ » Tin tức - Sự kiện</div>'
        + '<div class="news-detail">' + kicker(page)
        + f'<h1 class="title">{e(page["title"])}</h1>'
        + f'<div class="dtContentDate">{dmy(pub, "-")} {hm(pub)}</div>'
        + f'<p class="content_summary">{e(page["lead"])}</p>'
        + '<div class="content-body">' + "".join(paragraphs)
        + f'<p style="text-align:right"><strong>Tác giả:</strong> {e(page["author"])}</p>'
        + "<p>Ảnh: VGP/Nhật Bắc</p></div>"
        + '<div class="other-news"><h3>Các tin khác</h3>' + headlines(page, rng) + "</div>"
        + "</div><footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh.</footer>"
        + "</body></html>"
    )


def t_nukeviet(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    wd = WEEKDAYS[pub.weekday()]
    if page["print"]:
        date = f"Print {wd}, {dmy(pub)} {hm(pub)}"
    else:
        date = f"{wd.lower().capitalize()} - {dmy(pub)} {hm(pub)}"
    cap = ('<figure class="image"><img src="/uploads/news/2024_04/{n}.jpg">'
           "<figcaption>{cap}</figcaption></figure>")
    more = "".join(
        f'<li><a href="/news/bai-{i}.html">{e(h)}</a> <em>({dmy(pub - timedelta(days=i + 1))})'
        "</em></li>" for i, h in enumerate(page["sidebar"][:4]))
    return (
        "<!DOCTYPE html><html>"
        + head(page, page["title"] + " - Sở Khoa học và Công nghệ",
               og(page, page["seo_title"] or page["title"]))
        + "<body>" + nav("Sở Khoa học và Công nghệ", ["Tin tức", "Thông báo", "Văn bản"])
        + '<div class="news_detail">' + kicker(page)
        + f'<h1 class="title">{e(page["title"])}</h1>'
        + f'<span class="small">{date}</span>'
        + f'<div class="hometext">{e(page["lead"])}</div>'
        + '<div id="news-bodyhtml" class="bodytext">' + "".join(body_html(page, cap))
        + "</div>"
        + f'<p class="text-right"><strong>Tác giả: </strong>{e(page["author"])}</p>'
        + f'<div class="news_more"><h4>Những tin mới hơn</h4><ul>{more}</ul></div>'
        + "</div><footer>Cổng thông tin điện tử. Phát triển trên NukeViet CMS.</footer>"
        + "</body></html>"
    )


def t_baochinhphu(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page["title"],
          "author": {"@type": "Person", "name": page["author"]},
          "publisher": {"@type": "Organization", "name": "Báo Điện tử Chính phủ"}}
    if not page["no_meta_date"]:
        ld["datePublished"] = pub.isoformat()
        ld["dateModified"] = (pub + timedelta(hours=2)).isoformat()
    cap = ('<div class="VCSortableInPreviewMode" type="Photo"><div><img src="/{n}.jpg"></div>'
           '<div class="PhotoCMS_Caption"><p>{cap}</p></div></div>')
    paragraphs = body_html(page, cap)
    paragraphs[0] = paragraphs[0].replace("<p>", "<p>(Chinhphu.vn) - ", 1)
    box = "detail__related" if int(page["id"]) % 2 else "box-inline"  # unmarked on even pages
    related = (f'<div class="{box}"><p>Tin liên quan</p>' + headlines(page, rng, 3, dated=False)
               + "</div>")
    paragraphs.insert(2, related)
    return (
        "<!DOCTYPE html><html>"
        + head(page, page["title"],
               og(page, page["title"], published=False)
               + '<meta property="og:site_name" content="baochinhphu.vn">'
               + '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False)
               + "</script>")
        + "<body>" + nav("Báo Điện tử Chính phủ", ["Chính trị", "Kinh tế", "Xã hội"])
        + '<div class="detail-container">' + kicker(page)
        + f'<h1 class="detail-title">{e(page["title"])}</h1>'
        + f'<div class="detail-time">{dmy(pub)} {hm(pub)} (GMT+7)</div>'
        + f'<h2 class="detail-sapo">{e(page["lead"])}</h2>'
        + '<div class="detail-content afcbc-body">' + "".join(paragraphs) + "</div>"
        + f'<div class="detail-author"><span class="author">{e(page["author"])}</span></div>'
        + '<div class="box-stream"><h3>Tin mới</h3>' + headlines(page, rng) + "</div>"
        + "</div><footer>Báo Điện tử Chính phủ nước CHXHCN Việt Nam.</footer></body></html>"
    )


def t_anhp(page: dict, rng: random.Random) -> str:
    pub = page["published"]
    later = pub + timedelta(days=rng.randint(300, 900), minutes=rng.randint(1, 600))
    cap = '<p style="text-align:center"><img src="http://media.anhp.vn/{n}.jpg"></p>'
    if int(page["id"]) % 2 == 0:
        cap += '<p style="text-align:center">{cap_np}</p>'  # unmarked, no final period
    paragraphs = body_html(page, cap)
    paragraphs[0] = paragraphs[0].replace(
        "<p>", f'<p><span class="date-time">{hm(pub)} {dmy(pub)}</span> ', 1)
    return (
        "<!DOCTYPE html><html>"
        + head(page, page["title"])
        + "<body>" + nav("Báo An ninh Hải Phòng", ["Thời sự", "An ninh", "Giao thông"])
        + '<div class="detailBox">' + kicker(page)
        + f'<h1 class="title-detail">{e(page["title"])}</h1>'
        + '<div class="detail-content">' + "".join(paragraphs)
        + f'<p><strong>{e(page["author"])}</strong></p></div>'
        + f'<div class="time-bottom">{hm(later)} {dmy(later)}</div>'
        + "<ul>"
        + "".join(f'<li><a href="/tin-{i}-d{60000 + i}.html">{e(h)}</a></li>'
                  for i, h in enumerate(page["sidebar"]))
        + "</ul></div><footer>Báo An ninh Hải Phòng - Công an thành phố.</footer>"
        + "</body></html>"
    )


RENDER = {name: globals()[f"t_{name}"] for name in TEMPLATES}


def to_nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def to_cp1258(s: str) -> bytes:
    out = bytearray()
    for c in s:
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in TONES))
        marks = "".join(x for x in d if x in TONES)
        out += (base + marks).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


def make_pages(corpus: dict) -> list[dict]:
    rng = random.Random(2026)
    pages = []
    for i in range(66):
        template = TEMPLATES[i % len(TEMPLATES)]
        topic = "cds" if i % 3 != 2 else OFF_TOPICS[(i // 3) % len(OFF_TOPICS)]
        spec = corpus["topics"][topic]
        province = corpus["provinces"][i % len(corpus["provinces"])]
        fill = {"p": province, "n": rng.randint(3, 95), "d": 0, "m": 0}
        published = datetime(rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28),
                             rng.randint(6, 22), rng.randint(0, 59), tzinfo=VN)
        fill["d"], fill["m"] = published.day, published.month
        title = spec["titles"][i % len(spec["titles"])].format(**fill)
        lead = rng.choice(spec["leads"]).format(**fill)
        paragraphs = [rng.choice(spec["openings"]).format(**fill)]
        paragraphs += [p.format(**fill) for p in
                       rng.sample(spec["body"], min(len(spec["body"]), rng.randint(3, 5)))]
        flags = []
        off_sidebar = not spec["relevant"] and i % 2 == 0
        sidebar = corpus["cds_headlines"] if off_sidebar else corpus["other_headlines"]
        if off_sidebar:
            flags.append("cds_sidebar")
        page = {
            "id": f"{i:03d}", "template": template, "topic": topic, "province": province,
            "title": title, "lead": lead, "author": corpus["authors"][i % 12],
            "published": published, "paragraphs": paragraphs, "relevant": spec["relevant"],
            "sidebar": list(sidebar), "captions": rng.sample(corpus["captions"], 2),
            "kicker": "Chỉ đạo của UBND tỉnh:" if i % 5 == 4 else None,
            "no_meta_date": i % 6 == 1, "nfd": i % 11 == 3, "cp1258": i % 11 == 7,
            "nbsp": i % 4 == 1, "alt_a": i % 2 == 0, "print": i % 2 == 1,
            "date_above_title": i % 2 == 1, "theo": i % 3 == 0,
            "seo_title": f"{province}: {title.replace(province, '').strip(' :,')}"
            if i % 4 == 0 else None,
            "domain": "".join(c for c in unicodedata.normalize(
                "NFD", province.lower().replace(" ", "").replace("đ", "d")) if c.isascii())
            + ".gov.vn",
        }
        if spec["relevant"] and i % 4 == 2:
            paragraphs[3:3] = [corpus["subheads"][i % len(corpus["subheads"])],
                               *corpus["list_items"][i % 3: i % 3 + 2]]
            flags.append("subheads_and_list")
        for flag in ("kicker", "no_meta_date", "nfd", "cp1258", "nbsp", "seo_title", "theo"):
            if page[flag]:
                flags.append(flag)
        flags += {"onecms": ["image_file_names", "caps_byline"],
                  "anhp": ["time_first_dateline", "second_date_after_body"]
                  + (["unmarked_caption"] if i % 2 == 0 else []),
                  "inet": ["tac_gia_footer", "site_prefix"],
                  "nukeviet": ["tac_gia_footer", "related_with_dates"],
                  "liferay": ["dates_in_column_before_title", "lead_in_body"],
                  "daklak": ["comment_box", "video_teasers"],
                  "baochinhphu": ["json_ld", "related_inside_body"]}[template]
        render: list = list(paragraphs)
        if "subheads_and_list" in flags:
            render[3:6] = [("h2", render[3]), ("li", render[4]), ("li", render[5])]
        if page["nbsp"]:
            # no-break spaces and the Eth look-alike, as pasted from Word
            render = [p.replace(" ", "\u00a0", 3).replace("Đ", "\u00d0")
                      if isinstance(p, str) else p for p in render]
        page["render_paragraphs"] = render
        page["flags"] = flags
        pages.append(page)
    return pages


def listing(kind: str, corpus: dict, rng: random.Random) -> str:
    """A section page: many article links with teasers and dates, little running text."""
    heads = corpus["cds_headlines"] + corpus["other_headlines"]
    items = []
    for i, h in enumerate(heads):
        when = datetime(2025, 3, 1, 8, 0, tzinfo=VN) - timedelta(hours=7 * i)
        teaser = rng.choice(corpus["topics"]["cds"]["leads"]).format(p="Đắk Lắk", n=i + 3)
        if kind == "daklak":
            items.append(f'<div class="item row15"><a class="title1" href="/kinh-te/202503/'
                         f'bai-{i}-a1b2c{i:02d}/">{e(h)}</a><div class="des">{e(teaser)}</div>'
                         f'<div class="date row10">{hm(when)}, {dmy(when)}</div></div>')
        elif kind == "nukeviet":
            items.append(f'<div class="news_list"><h3><a href="/news/{i}.html">{e(h)}</a></h3>'
                         f"<p>{WEEKDAYS[when.weekday()]} - {dmy(when)} {hm(when)}</p>"
                         f"<p>{e(teaser)}</p></div>")
        else:
            items.append(f'<li><h3><a href="/-/bai-{i}">{e(h)}</a></h3><p>{e(teaser)}</p>'
                         f'<span class="date">{dmy(when)} - {hm(when)}</span></li>')
    body = "".join(items) if kind != "liferay" else "<ul>" + "".join(items) + "</ul>"
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Chuyển đổi số</title>"
            "</head><body>" + nav("Báo Mẫu", ["Thời sự", "Chuyển đổi số"])
            + f"<h1>Chuyển đổi số</h1><div class='list'>{body}</div>"
            + "<div class='pagination'><a href='?paged=2'>2</a> <a href='?paged=3'>3</a></div>"
            + "<footer>Báo Mẫu.</footer></body></html>")


def main() -> None:
    corpus = yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))
    (HERE / "pages").mkdir(exist_ok=True)
    truth = []
    for page in make_pages(corpus):
        rng = random.Random(int(page["id"]))
        html = RENDER[page["template"]](page, rng)
        if page["nfd"]:
            html = to_nfd(html)
        data = to_cp1258(html) if page["cp1258"] else html.encode("utf-8")
        name = f"pages/{page['id']}-{page['template']}.html"
        (HERE / name).write_bytes(data)
        truth.append({
            "file": name,
            "url": f"https://example-{page['template']}.vn/tin-tuc/bai-{page['id']}.html",
            "encoding": None if page["cp1258"] else "utf-8",
            "template": page["template"], "flags": page["flags"],
            "title": page["title"], "lead": page["lead"], "author": page["author"],
            "published_at": page["published"].isoformat(),
            "text": "\n\n".join(page["paragraphs"]),
            "relevant": page["relevant"], "is_article": True,
        })
    (HERE / "listing").mkdir(exist_ok=True)
    for kind in ("daklak", "nukeviet", "liferay"):
        html = listing(kind, corpus, random.Random(kind))
        (HERE / "listing" / f"{kind}.html").write_text(html, encoding="utf-8")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    print(f"{len(truth)} pages")


if __name__ == "__main__":
    main()
