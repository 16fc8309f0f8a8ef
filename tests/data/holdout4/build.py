"""Build and validate the holdout4 corpus: pages/NNN-<template>.html and truth.json.

Run: python3 build.py   (stdlib + lxml). Prints the number of validation problems.
"""
import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import lxml.html

import templates_a as ta
import templates_b as tb
import templates_c as tc
from articles import SPECS, U
from texts import HEADINGS, OFF, OFF_GENERAL, OFF_THEFT, PROVS, QUOTES, REL

HERE = Path(__file__).resolve().parent
TZ = timezone(timedelta(hours=7))
BIG = {"emag-longform"}

RENDER = {
    "typo3": (ta.typo3, ta.typo3_list), "concrete5": (ta.concrete5,), "craftcms": (ta.craftcms,),
    "expressionengine": (ta.expressionengine,), "contao": (ta.contao,), "silverstripe": (ta.silverstripe,),
    "plone": (ta.plone,), "bolt": (ta.bolt,), "grav": (ta.grav,), "jekyll": (ta.jekyll,), "hexo": (ta.hexo,),
    "docusaurus-blog": (ta.docusaurus_blog,), "substack-like": (ta.substack_like,),
    "wp-generatepress": (tb.wp_generatepress,), "wp-avada": (tb.wp_avada,), "wp-enfold": (tb.wp_enfold,),
    "wp-smartmag": (tb.wp_smartmag,), "wp-zoxnews": (tb.wp_zoxnews,), "wp-sahifa": (tb.wp_sahifa,),
    "joomla-gantry": (tb.joomla_gantry,), "joomla-yootheme": (tb.joomla_yootheme,),
    "dnn7-announcements": (tb.dnn7_announcements,), "moss2007": (tb.moss2007,),
    "liferay62-asset": (tb.liferay62_asset,), "nukeviet45": (tb.nukeviet45,),
    "vbulletin5": (tb.vbulletin5, tb.vbulletin5_list), "invision": (tb.invision,), "discuz": (tb.discuz,),
    "flarum": (None, tb.flarum_list), "tienphong-like": (tc.tienphong_like, tc.tienphong_list),
    "vtv-like": (tc.vtv_like,), "vtc-like": (tc.vtc_like,), "cand-like": (tc.cand_like,), "plo-like": (tc.plo_like,),
    "nld-like": (tc.nld_like,), "amp-nld": (tc.amp_nld,), "baotintuc-like": (tc.baotintuc_like,),
    "kinhtedothi-like": (tc.kinhtedothi_like,), "baodautu-like": (tc.baodautu_like,),
    "egov-tinhvan": (tc.egov_tinhvan,), "egov-huecit": (None, tc.egov_huecit_list), "mic-portal": (tc.mic_portal,),
    "asp-classic-huyen": (tc.asp_classic_huyen,), "emag-longform": (tc.emag_longform,),
    "print-view-mvc": (tc.print_view_mvc,),
}
SITES = {
    "typo3": "Cổng thông tin Sở Tài nguyên tỉnh Bình Định", "concrete5": "Trang tin Chuyển đổi số Quảng Trị",
    "craftcms": "Kon Tum Digital", "expressionengine": "Bản tin Huế Ngày Nay", "contao": "Chi cục Văn thư - Lưu trữ Vĩnh Long",
    "silverstripe": "Tạp chí Sức khỏe Tây Nguyên", "plone": "Cổng TTĐT huyện Krông Pắc", "bolt": "Tin Quảng Ngãi",
    "grav": "Blog Công nghệ Lào Cai", "jekyll": "Nhật ký Dữ liệu Mở", "hexo": "Nông nghiệp số Sóc Trăng",
    "docusaurus-blog": "Blog kỹ thuật Trung tâm Dữ liệu Hà Tĩnh", "substack-like": "Bản tin Chính quyền số",
    "wp-generatepress": "Phú Thọ Online", "wp-avada": "Tây Ninh Xanh", "wp-enfold": "Đồng Văn Ngày Mới",
    "wp-smartmag": "Đồng Tháp 24h", "wp-zoxnews": "Hải Phòng Số", "wp-sahifa": "Bắc Kạn Net",
    "joomla-gantry": "Cổng TTĐT Văn phòng UBND tỉnh Nam Định", "joomla-yootheme": "Giáo dục Văn Yên",
    "dnn7-announcements": "Cổng TTĐT xã Hòa Tiến", "moss2007": "Cổng TTĐT tỉnh Tuyên Quang",
    "liferay62-asset": "Cổng TTĐT tỉnh Thái Nguyên", "nukeviet45": "Thông tin Chuyển đổi số Quảng Nam",
    "vbulletin5": "Diễn đàn Dịch vụ công Việt", "invision": "Cộng đồng Vinh Online", "discuz": "Diễn đàn Diễn Châu",
    "flarum": "Thảo luận Đô thị Thông minh", "tienphong-like": "Báo Tiền Tiến", "vtv-like": "Truyền hình Số VTX",
    "vtc-like": "Tin tức VTM", "cand-like": "Báo An Ninh Nhân Dân", "plo-like": "Báo Pháp Lý TP",
    "nld-like": "Báo Người Thợ", "amp-nld": "Báo Cà Mau Điện tử", "baotintuc-like": "Tin Tức Thông Tấn",
    "kinhtedothi-like": "Kinh tế Thủ đô", "baodautu-like": "Báo Đầu Tư Việt", "egov-tinhvan": "Cổng TTĐT tỉnh Ninh Bình",
    "egov-huecit": "Cổng TTĐT Sở Thông tin và Truyền thông", "mic-portal": "Cổng thông tin Bộ Thông tin và Truyền thông",
    "asp-classic-huyen": "Trang thông tin huyện Cái Bè", "emag-longform": "Lai Châu Điện tử",
    "print-view-mvc": "Báo Đồng Khởi Điện tử",
}
TABLES = {
    "contao": [["Đơn vị", "Số trang đã số hóa", "Tỷ lệ hoàn thành"], ["Văn phòng UBND tỉnh", "312.400", "100%"],
               ["Sở Tài nguyên và Môi trường", "455.800", "92%"], ["Sở Tư pháp", "231.000", "87%"],
               ["UBND các huyện", "201.300", "64%"]],
    "mic-portal": [["Trụ cột", "Số chỉ số thành phần", "Điểm tối đa"], ["Chính quyền số", "42", "400"],
                   ["Kinh tế số", "18", "300"], ["Xã hội số", "21", "300"]],
}
LISTS = {"docusaurus-blog": ["Rà soát danh mục dùng chung của từng sở", "Gắn mã định danh cho mỗi bản ghi",
                             "Viết tài liệu mô tả giao diện lập trình", "Theo dõi nhật ký truy cập hằng tuần"]}
OFF_TOPIC = {"bolt": (0, 1), "wp-enfold": (10, 11), "joomla-yootheme": (6, 7), "discuz": (8, 9), "vtc-like": (2, 3),
             "asp-classic-huyen": (4, 5)}


CATS = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Giáo dục", "Y tế", "Pháp luật",
        "Khoa học - Công nghệ", "Chuyển đổi số", "Nông nghiệp", "Du lịch", "Quốc phòng - An ninh", "Bạn đọc",
        "Đời sống", "Môi trường", "Giao thông", "Đô thị", "Doanh nghiệp"]


def chrome(tpl, i):
    """Site-wide navigation, link farm and tracking scripts every real page carries (keeps sizes realistic)."""
    links = "".join(f'<li class="menu-item menu-item-{k}"><a href="/{slug(c)}/">{c}</a><ul class="sub-menu">'
                    + "".join(f'<li><a href="/{slug(c)}/muc-{j}/">{c} - mục {j + 1}</a></li>' for j in range(4))
                    + "</ul></li>" for k, c in enumerate(CATS))
    cfg = {"site": tpl, "page": i, "ads": [{"slot": f"div-gpt-ad-{k}", "sizes": [[300, 250], [728, 90]],
                                              "targeting": {"pos": f"p{k}", "cat": slug(CATS[k % len(CATS)])}}
                                             for k in range(40)]}
    return (f'<div class="mega-menu hidden-print"><ul class="menu">{links}</ul></div>\n'
            f'<script>window.dataLayer = window.dataLayer || []; window.siteConfig = {json.dumps(cfg)};</script>\n')


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60]


def body_blocks(i, spec):
    tpl, rel, title, opening, flags = spec[0], spec[2], spec[3], spec[8], spec[9]
    prov = next((p for p in PROVS if p in title + opening), "Lai Châu")
    blocks = [("p", opening)]
    forum = "forum" in flags
    if rel:
        n = 4 if forum else 5
        paras = [REL[(i * 11 + k * 9) % len(REL)].format(p=prov, u=U[(i + k) % len(U)]) for k in range(n)]
        for k, p in enumerate(paras):
            blocks.append(("p", p))
            if k == 1 and not forum and i % 3 == 0:
                blocks.append(("h", HEADINGS[i % len(HEADINGS)]))
            if k == 2 and not forum and i % 4 == 1:
                blocks.append(("q", QUOTES[i % len(QUOTES)]))
            if k == 2 and tpl in TABLES:
                blocks.append(("table", TABLES[tpl]))
            if k == 3 and tpl in LISTS:
                blocks.append(("ul", LISTS[tpl]))
    else:
        pair = OFF_THEFT if tpl == "cand-like" else [OFF[j] for j in OFF_TOPIC[tpl]]
        blocks += [("p", p) for p in pair]
        blocks += [("p", OFF_GENERAL[(i + k) % len(OFF_GENERAL)]) for k in range(3)]
    return blocks


def block_text(b):
    kind, val = b
    if kind == "ul":
        return "\n".join(val)
    if kind == "table":
        return "\n".join(" | ".join(r) for r in val)
    return val


def encode_1258(text):
    """Encode NFC text as windows-1258 using base letters plus combining tone marks where needed."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base, marks = nfd[0], ""
        for m in nfd[1:]:
            if m in "\u0302\u0306\u031b":
                base = unicodedata.normalize("NFC", base + m)
            else:
                marks += m
        out += (base + marks).encode("cp1258")
    return bytes(out)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible_lxml(src):
    doc = lxml.html.document_fromstring(src)
    for el in doc.xpath("//head|//script|//style|//comment()"):
        el.drop_tree() if hasattr(el, "drop_tree") else el.getparent().remove(el)
    return norm(doc.text_content())


class _TextParser(HTMLParser):
    SKIP = frozenset({"head", "script", "style", "title"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def visible_stdlib(src):
    p = _TextParser()
    p.feed(src)
    return norm(" ".join(p.out))


def parse_dt(s):
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=TZ), False
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ), True


def main():
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for f in pages.glob("*.html"):
        f.unlink()
    truth, problems = [], []
    arts = [s for s in SPECS if s[1] == "A"]
    for i, spec in enumerate(SPECS):
        tpl, kind, rel, title, lead, byline, author, dts, _opening, flags = spec
        n = f"{i + 1:03d}"
        site = SITES[tpl]
        if kind == "L":
            sec = {"typo3": "tin-tuc", "vbulletin5": "forum/dich-vu-cong", "flarum": "all", "tienphong-like": "chuyen-doi-so",
                   "egov-huecit": "tin-hoat-dong"}[tpl]
            items = [(s[3], parse_dt(s[7])[0].strftime("%d/%m/%Y")) for s in arts[(i % 5):(i % 5) + 10]]
            a = {"title": "", "site": site, "items": items, "url": f"https://{tpl}.example.vn/{sec}/"}
            html_s, dates = RENDER[tpl][1](a)
            dt, has_time, blocks = None, False, []
        else:
            dt, has_time = parse_dt(dts)
            blocks = body_blocks(i, spec)
            path = f"/amp/tin-tuc/{slug(title)}-{2000 + i}.html" if tpl == "amp-nld" else f"/tin-tuc/{slug(title)}-{2000 + i}.html"
            a = {"title": title, "lead": lead, "byline": byline, "author": author, "dt": dt, "blocks": blocks,
                 "site": site, "url": f"https://{tpl}.example.vn{path}"}
            html_s, dates = RENDER[tpl][0](a)
        html_s = html_s.replace("</body>", chrome(tpl, i) + "</body>", 1)
        enc = "windows-1258" if tpl == "asp-classic-huyen" else "utf-8"
        raw = encode_1258(html_s) if enc == "windows-1258" else html_s.encode("utf-8")
        fname = f"pages/{n}-{tpl}.html"
        (HERE / fname).write_bytes(raw)
        text = "\n\n".join(block_text(b) for b in blocks)
        rec = {"file": fname, "url": a["url"], "encoding": enc, "template": tpl, "flags": flags,
               "is_article": kind == "A", "relevant": bool(rel) and kind == "A",
               "title": title, "lead": lead, "author": author,
               "published_at": dt.isoformat() if dt else None,
               "time_shown": has_time if kind == "A" else bool(re.search(r"\b\d{1,2}:\d{2}\b", html_s)),
               "text": text}
        rec = {k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v) for k, v in rec.items()}
        truth.append(rec)
        # ---- validation ----
        decoded = raw.decode(enc)
        vis1, vis2 = visible_lxml(decoded), visible_stdlib(decoded)
        size = len(raw)
        if tpl in BIG:
            if not 1_000_000 <= size <= 5_000_000:
                problems.append(f"{fname}: big page size {size}")
        elif not 10_000 <= size <= 400_000:
            problems.append(f"{fname}: size {size}")
        if kind == "L":
            continue
        words = len(text.split())
        if not 250 <= words <= 900:
            problems.append(f"{fname}: {words} words")
        needles = [title, lead] if lead else [title]
        for b in blocks:
            if b[0] == "table":
                needles += [c for r in b[1] for c in r]
            elif b[0] == "ul":
                needles += b[1]
            else:
                needles.append(b[1])
        needles += author.split(", ") if author else [byline]
        for nd in needles:
            nn = norm(nd)
            for label, vis in (("lxml", vis1), ("stdlib", vis2)):
                if nn not in vis:
                    problems.append(f"{fname}: [{label}] missing {nn[:60]!r}")
        for ds, where in dates:
            hay = vis1 if where == "vis" else norm(decoded)
            if norm(ds) not in hay:
                problems.append(f"{fname}: date string {ds!r} not found ({where})")
        if not has_time and re.search(r"\b\d{1,2}:\d{2}\b", decoded):
            problems.append(f"{fname}: date-only page shows a time")
        if has_time and dt.second and dt.strftime("%S") not in " ".join(d for d, _ in dates):
            problems.append(f"{fname}: seconds in truth but not shown")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    print(f"{len(truth)} pages, {len({t['template'] for t in truth})} templates, "
          f"{sum(t['is_article'] for t in truth)} articles; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
