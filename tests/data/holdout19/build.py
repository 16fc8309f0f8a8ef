#!/usr/bin/env python3
"""Build the holdout19 corpus: pages/*.html + truth.json, twice; compare hashes; validate."""
import glob
import hashlib
import html.parser
import json
import os
import random
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import chrome
import pages_a
import pages_b
import pages_c
from body import text_of

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]

PAGES = [
    ("provincial-party-daily-aspnetform-sapo", pages_a.p01),
    ("press-detail-cmain-theo-outlet", pages_a.p02),
    ("capital-daily-sa-clock-two-bylines", pages_a.p03),
    ("radio-tv-news-cap-nhat-chieu", pages_a.p04),
    ("wire-sport-brief-date-only", pages_a.p05),
    ("nukeviet-border-daily-pm-seconds", pages_a.p06),
    ("joomla-itemprop-economy-magazine", pages_b.p07),
    ("drupal-agri-trade-paper-account", pages_b.p08),
    ("wp-entry-content-stale-meta-pv", pages_b.p09),
    ("emag-longread-credit-base64-hero", pages_b.p10),
    ("legacy-nested-table-traffic-2012", pages_b.p11),
    ("amp-health-daily-jsonld-org-person", pages_b.p12),
    ("mobile-culture-weekly-toi-clock", pages_b.p13),
    ("sharepoint-rte-press-office-seconds", pages_c.p14),
    ("liferay-journal-tv-station-ch-clock", pages_c.p15),
    ("dnn-ctr-economy-brief-nhom-pv", pages_c.p16),
    ("science-magazine-modified-below", pages_c.p17),
    ("agency-detail-caption-rows-luc", pages_c.p18),
    ("union-daily-bold-sapo-ngay-thang", pages_c.p19),
    ("provincial-daily-home-mega-menu", pages_c.n20),
    ("digital-section-listing-intro-ogtype", pages_c.n21),
    ("daily-search-results-keyword", pages_c.n22),
    ("radio-tv-about-station-page", pages_c.n23),
    ("press-not-found-status-200-chrome", pages_c.n24),
]


def build(outdir):
    pdir = os.path.join(outdir, "pages")
    if os.path.isdir(pdir):
        shutil.rmtree(pdir)
    os.makedirs(pdir)
    truth = []
    extra = []
    for i, (tpl, fn) in enumerate(PAGES, 1):
        rng = random.Random(19000 + i)
        meta, page = fn(rng)
        old = meta["url"].split("/")[2]
        new = ("m." if old.startswith("m.") else "") + tpl + ".example.vn"
        page = page.replace(old, new)
        meta["url"] = meta["url"].replace(old, new, 1)
        page = chrome.pad(rng, page, 1024 * rng.randint(30, 80))
        fname = "pages/%03d-%s.html" % (i, tpl)
        with open(os.path.join(outdir, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        if meta.get("is_article"):
            rec = {"file": fname, "url": meta["url"], "encoding": "utf-8", "template": tpl, "flags": meta["flags"],
                   "is_article": True, "relevant": meta["relevant"], "title": meta["title"], "lead": meta["lead"],
                   "author": meta["author"], "published_at": meta["published_at"], "time_shown": meta["time_shown"],
                   "text": text_of(meta["blocks"])}
        else:
            rec = {"file": fname, "url": meta["url"], "encoding": "utf-8", "template": tpl, "flags": meta["flags"],
                   "is_article": False, "relevant": False, "title": "", "lead": "", "author": None,
                   "published_at": None, "time_shown": False, "text": ""}
        truth.append(rec)
        extra.append(meta)
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth, extra


def digest(outdir):
    h = {}
    for root, _, files in os.walk(outdir):
        for fn in sorted(files):
            p = os.path.join(root, fn)
            rel = os.path.relpath(p, outdir)
            if rel.startswith("pages") or rel == "truth.json":
                with open(p, "rb") as f:
                    h[rel] = hashlib.sha256(f.read()).hexdigest()
    return h


class Vis(html.parser.HTMLParser):
    SKIP = frozenset({"head", "script", "style", "template", "noscript"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(page):
    v = Vis()
    v.feed(page)
    v.close()
    return norm("".join(v.out))



def _other_templates(here):
    """Template names of the other sets beside this one (each template is new to the corpus)."""
    names = set()
    for path in glob.glob(os.path.join(here, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(path)) == here:
            continue
        data = json.load(open(path, encoding="utf-8"))
        names |= {t["template"] for t in (data["pages"] if isinstance(data, dict) else data)}
    return names

def validate(outdir, truth, extra):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    for rec, meta in zip(truth, extra):
        f = rec["file"]
        if list(rec.keys()) != KEYS:
            probs.append("%s: keys" % f)
        t = rec["template"]
        if t in seen or t in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", t):
            probs.append("%s: template name %s" % (f, t))
        seen.add(t)
        for fl in rec["flags"]:
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fl):
                probs.append("%s: flag %s" % (f, fl))
        raw = open(os.path.join(outdir, f), "rb").read()
        size = len(raw)
        big_ok = "base64-hero" in t
        if size < 25 * 1024 or (size > 150 * 1024 and not big_ok):
            probs.append("%s: size %d" % (f, size))
        vis = visible(raw.decode("utf-8"))
        if not rec["is_article"]:
            if rec["title"] or rec["lead"] or rec["text"] or rec["author"] or rec["published_at"] or rec["time_shown"]:
                probs.append("%s: non-article fields" % f)
            continue
        need = [rec["title"], meta["date_str"]]
        if rec["lead"]:
            need.append(rec["lead"])
        if rec["author"]:
            need += rec["author"].split(", ")
        if meta.get("credit"):
            need.append(meta["credit"])
        for block in rec["text"].split("\n\n"):
            for line in block.split("\n"):
                need += line.split(" | ") if " | " in line else [line]
        for s in need:
            if norm(s) not in vis:
                probs.append("%s: not visible: %r" % (f, s[:60]))
        w = len(rec["text"].split())
        kind = meta["kind"]
        if (kind == "brief" and not 90 <= w <= 180) or (kind == "long" and w < 1500) or (
                kind == "normal" and not 181 <= w <= 1400):
            probs.append("%s: words %d (%s)" % (f, w, kind))
        pa = rec["published_at"]
        if rec["time_shown"]:
            ok = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", pa)
        else:
            ok = re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00\+07:00", pa)
        if not ok:
            probs.append("%s: published_at %s" % (f, pa))
        if not rec["url"].startswith("https://"):
            probs.append("%s: url" % f)
    arts = [r for r in truth if r["is_article"]]
    if len(truth) != 24 or len(arts) != 19:
        probs.append("composition %d/%d" % (len(truth), len(arts)))
    return probs


def main():
    out = HERE
    truth, extra = build(out)
    d1 = digest(out)
    truth, extra = build(out)
    d2 = digest(out)
    probs = []
    if d1 != d2:
        probs.append("builds differ")
    probs += validate(out, truth, extra)
    for p in probs:
        print("PROBLEM", p)
    for rec in truth:
        sz = os.path.getsize(os.path.join(out, rec["file"]))
        print("%-60s %7d %5d" % (rec["file"], sz, len(rec["text"].split())))
    print("validation: %d problems" % len(probs))


if __name__ == "__main__":
    main()
