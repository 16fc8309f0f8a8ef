"""Regenerate pages/ and truth.json for the holdout7 corpus, then validate every page.

Run: python build.py   (stdlib + lxml; deterministic)
"""
import json
import os
import re
import sys
import unicodedata
from datetime import datetime, timedelta

from lxml import etree
from lxml import html as lhtml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tpl_a
import tpl_b
import tpl_c
from chrome import side_items
from custom_bodies import BODIES
from pages_spec import S
from readme_gen import write as write_readme
from texts import blocks_text, make_blocks

HERE = os.path.dirname(os.path.abspath(__file__))

R = {
    "jahia-portal": (tpl_a.r_jahia, tpl_a.f_jahia), "bloomreach-hippo": (tpl_a.r_bloom, tpl_a.f_bloom),
    "laravel-bootstrap-portal": (tpl_a.r_laravel, tpl_a.f_laravel), "codeigniter-portal": (tpl_a.r_ci, tpl_a.f_ci),
    "yii2-news": (tpl_a.r_yii, tpl_a.f_yii), "django-wagtail": (tpl_a.r_wagtail, tpl_a.f_wagtail),
    "strapi-nextjs": (tpl_a.r_strapi, tpl_a.f_strapi), "contentful-next": (tpl_a.r_contentful, tpl_a.f_contentful),
    "sanity-astro": (tpl_a.r_sanity, tpl_a.f_sanity), "tumblr-like": (tpl_a.r_tumblr, tpl_a.f_tumblr),
    "viblo-like": (tpl_b.r_viblo, tpl_b.f_viblo), "spiderum-like": (tpl_b.r_spiderum, tpl_b.f_spiderum),
    "vnreview-like": (tpl_b.r_vnreview, tpl_b.f_vnreview), "thesaigontimes-like": (tpl_b.r_sgt, tpl_b.f_sgt),
    "vietnamfinance-like": (tpl_b.r_vnf, tpl_b.f_vnf), "baogiaothong-like": (tpl_b.r_bgt, tpl_b.f_bgt),
    "suckhoedoisong-like": (tpl_b.r_skds, tpl_b.f_skds), "congthuong-like": (tpl_b.r_ct, tpl_b.f_ct),
    "nongnghiep-like": (tpl_b.r_nn, tpl_b.f_nn), "baophapluat-like": (tpl_b.r_bpl, tpl_b.f_bpl),
    "app-webview": (tpl_b.r_app, tpl_b.f_app), "tinymce-inline-gov": (tpl_b.r_tiny, tpl_b.f_tiny),
    "fluxbb-topic": (tpl_b.r_flux, tpl_b.f_flux),
    "congthuong-category": (tpl_c.r_catpage, None), "spiderum-profile": (tpl_c.r_profile, None),
    "wagtail-events": (tpl_c.r_events, None), "laravel-vanban": (tpl_c.r_vanban, None), "sanity-gallery": (tpl_c.r_gallery, None),
}

NAMES = ["Hoàng Việt", "Thu Trang", "Nguyễn Khải", "Lam Phương", "Đỗ Quyên", "Minh Nhật"]
REMARKS = ["Bài viết rất hữu ích, cảm ơn tác giả đã chia sẻ.", "Ở chỗ mình vẫn còn phải in giấy nộp kèm, mong sớm thay đổi.",
           "Phần hướng dẫn dễ hiểu, người lớn tuổi cũng làm theo được.", "Cần thêm số liệu so sánh giữa các địa phương.",
           "Mình đã thử và mất khoảng mười phút là xong hồ sơ.", "Hy vọng hệ thống ổn định hơn vào giờ cao điểm."]


def extras(sp, i):
    d = sp.get("dt")
    x = {"seed": 100 + i * 17}
    if d:
        x["comments"] = [(["phamquan", "ngoc_dev", "tuan.le"][k] if sp["tpl"] == "viblo-like" else NAMES[k], d + timedelta(hours=5 + 9 * k, minutes=11 * k + 3), REMARKS[k]) for k in range(3)]
        x["older"] = [(t, d - timedelta(days=3 + 4 * k)) for k, (t, _) in enumerate(side_items(i, 9))]
        x["side"] = side_items(i + 50, 5)
        x["replies"] = [("ngocanh.dn", "Thành viên", d + timedelta(hours=1, minutes=26, seconds=8), "Mình làm tương tự, nhưng bước ký số hơi lâu. Bạn dùng chữ ký số của nhà cung cấp nào vậy?"),
                        ("bacsi_maytinh", "Điều hành viên", d + timedelta(days=1, hours=2, minutes=3, seconds=41), "Cảm ơn bạn chia sẻ. Chủ đề được ghim để mọi người tham khảo."),
                        ("hoang_lv", "Thành viên mới", d + timedelta(days=2, minutes=52, seconds=19), "Cho mình hỏi lệ phí thanh toán qua cổng có mất phí giao dịch không?")]
    return x


def visible(raw):
    doc = lhtml.document_fromstring(raw)
    for el in list(doc.iter(etree.Comment)):
        p = el.getparent()
        if p is not None:
            el.drop_tree() if hasattr(el, "drop_tree") else p.remove(el)
    etree.strip_elements(doc, "script", "style", "head", etree.Comment, with_tail=False)
    t = unicodedata.normalize("NFC", doc.text_content())
    return re.sub(r"\s+", " ", t).strip()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def time_forms(d):
    return [rf"(?<!\d){d.hour:02d}:{d.minute:02d}(?!\d)", rf"(?<!\d){d.hour % 12 or 12}:{d.minute:02d}(?!\d)"]


def main():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    truth, problems = [], []
    for i, sp in enumerate(S, 1):
        tpl = sp["tpl"]
        fname = f"pages/{i:03d}-{tpl}.html"
        a = dict(sp)
        a.update(extras(sp, i))
        listing = sp.get("listing", False)
        if not listing:
            heads = sp.get("heads", ())
            if sp.get("forum") or tpl == "tumblr-like":
                heads = ()
            if sp.get("body"):
                a["blocks"] = BODIES[sp["body"]]
            else:
                a["blocks"] = make_blocks(sp["bank"], a["seed"], sp["words"], heads=heads, with_list=sp.get("lst", False), with_table=sp.get("table", False))
        fn, fmt = R[tpl]
        page = unicodedata.normalize("NFC", fn(a))
        raw = page.encode("utf-8")
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        ts = sp.get("time_shown", True)
        if listing:
            rec = {"file": fname, "url": sp["url"], "encoding": "utf-8", "template": tpl, "flags": sp["flags"], "is_article": False, "relevant": False,
                       "title": "", "lead": "", "author": None, "published_at": None, "time_shown": False, "text": ""}
        else:
            d = sp["dt"]
            if not ts:
                assert d.hour == 0 and d.minute == 0
            iso = d.strftime("%Y-%m-%dT%H:%M:%S+07:00")
            rec = {"file": fname, "url": sp["url"], "encoding": "utf-8", "template": tpl, "flags": sp["flags"], "is_article": True, "relevant": sp.get("relevant", True),
                       "title": norm(sp["title"]), "lead": norm(sp["lead"]), "author": sp["author"], "published_at": iso, "time_shown": ts, "text": unicodedata.normalize("NFC", blocks_text(a["blocks"]))}
        truth.append(rec)
        # ---- validation
        pr = []
        if len(raw) < 8192:
            pr.append(f"size {len(raw)} < 8192")
        vis = visible(raw)
        if rec["is_article"]:
            for key in ("title", "lead"):
                if rec[key] and rec[key] not in vis:
                    pr.append(f"{key} not visible")
            nw = len(rec["text"].split())
            rec_words = nw
            if sp.get("short"):
                if not 90 <= nw <= 180:
                    pr.append(f"short body has {nw} words")
            elif "long" in sp["flags"]:
                if nw < 1500:
                    pr.append(f"long body has {nw} words")
            elif not 200 <= nw <= 700:
                pr.append(f"body has {nw} words")
            for line in rec["text"].split("\n"):
                if not line:
                    continue
                parts = line.split(" | ") if " | " in line else [line]
                for p in parts:
                    if norm(p) not in vis:
                        pr.append(f"text line not visible: {p[:60]!r}")
            if rec["author"]:
                for n in rec["author"].split(", "):
                    if n not in vis:
                        pr.append(f"author {n!r} not visible")
            elif sp.get("credit") not in vis:
                pr.append("credit not visible")
            ds = fmt(d)
            if ds not in vis:
                pr.append(f"date string {ds!r} not visible")
            shown = any(re.search(p, vis) for p in time_forms(d))
            if shown != ts:
                pr.append(f"time_shown {ts} but HH:MM on page is {shown}")
            sp["_words"] = rec_words
        for p in pr:
            problems.append(f"{fname}: {p}")
        kind = f"words={sp.get('_words', 0)}" if rec["is_article"] else "listing"
        print(f"{fname:<40} {len(raw):>8} bytes  {kind}")
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    arts = [t for t in truth if t["is_article"]]
    ntpl = len({t["template"] for t in truth})
    print(f"pages={len(truth)} templates={ntpl} articles={len(arts)} listings={len(truth) - len(arts)} relevant={sum(t['relevant'] for t in truth)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"validation: {len(problems)} problems")
    write_readme(HERE, truth, problems)
    return len(problems)


if __name__ == "__main__":
    _ = datetime
    sys.exit(1 if main() else 0)
