#!/usr/bin/env python3
"""Build the holdout25 corpus (stdlib only, deterministic), build twice, compare SHA-256, validate."""
import datetime
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pages_a
import pages_b
import pages_c
import pages_n
from chrome import pad_to

FUNCS = [pages_a.p01, pages_a.p02, pages_a.p03, pages_a.p04, pages_a.p05, pages_a.p06, pages_a.p07,
         pages_b.p08, pages_b.p09, pages_b.p10, pages_b.p11, pages_b.p12, pages_b.p13, pages_b.p14,
         pages_c.p15, pages_c.p16, pages_c.p17, pages_c.p18, pages_c.p19,
         pages_n.p20, pages_n.p21, pages_n.p22, pages_n.p23, pages_n.p24]
KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]
BRIEFS = {"h25-agency-wire-brief-cap-nhat-luc", "h25-dnn-economy-brief-thoi-gian-dang-nhom"}
LONG = {"h25-emag-longread-noi-dung-anh-thiet-ke-hero64"}


def build():
    out, meta = {}, []
    for i, f in enumerate(FUNCS, 1):
        page, t = f()
        if t["template"] not in LONG:
            page = pad_to(page, i, amp="<html amp" in page)
        name = f"pages/{i:03d}-{t['template']}.html"
        out[name] = page.encode("utf-8")
        rec = {"file": name, "encoding": "utf-8"}
        rec.update({k: t[k] for k in KEYS if k in t})
        rec = {k: rec[k] for k in KEYS}
        meta.append((rec, t["_date"], t["_credit"]))
    truth = [m[0] for m in meta]
    out["truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out, meta


class Vis(HTMLParser):
    SKIP = frozenset({"head", "script", "style", "title", "noscript", "template"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.parts = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        self.parts.append(" ")

    def handle_data(self, d):
        if not self.depth:
            self.parts.append(d)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(b):
    p = Vis()
    p.feed(b.decode("utf-8"))
    return norm(" ".join(p.parts))



def _other_templates(here):
    """Template names of the other sets beside this one (each template is new to the corpus)."""
    names = set()
    for path in glob.glob(os.path.join(here, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(path)) == here:
            continue
        data = json.load(open(path, encoding="utf-8"))
        names |= {t["template"] for t in (data["pages"] if isinstance(data, dict) else data)}
    return names

def validate(out, meta):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    for rec, ds, credit in meta:
        f, tpl = rec["file"], rec["template"]
        if list(rec) != KEYS:
            probs.append(f"{f}: keys")
        if tpl in seen or tpl in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tpl):
            probs.append(f"{f}: template name {tpl}")
        seen.add(tpl)
        if not all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", x) for x in rec["flags"]):
            probs.append(f"{f}: flag names")
        size = len(out[f])
        if tpl not in LONG and not 25000 <= size <= 150000:
            probs.append(f"{f}: size {size}")
        if tpl in LONG and size < 300000:
            probs.append(f"{f}: emag size {size}")
        vis = visible(out[f])
        if not rec["is_article"]:
            if rec["title"] or rec["lead"] or rec["text"] or rec["author"] or rec["published_at"] or rec["time_shown"] \
                    or rec["relevant"]:
                probs.append(f"{f}: non-article fields")
            continue
        needles = [rec["title"], rec["lead"], ds]
        for line in rec["text"].split("\n"):
            needles += [c for c in line.split(" | ")] if " | " in line else [line]
        if rec["author"]:
            needles += rec["author"].split(", ")
        if credit:
            needles.append(credit)
        for n in needles:
            if n and norm(n) not in vis:
                probs.append(f"{f}: not visible: {n[:60]!r}")
        wc = len(rec["text"].split())
        lo, hi = (90, 180) if tpl in BRIEFS else (1500, 10 ** 6) if tpl in LONG else (181, 1400)
        if not lo <= wc <= hi:
            probs.append(f"{f}: word count {wc} not in [{lo},{hi}]")
        pa = rec["published_at"]
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(:\d\d)?\+07:00", pa or "")
        if not m:
            probs.append(f"{f}: published_at format")
        elif not rec["time_shown"] and not pa.endswith("T00:00:00+07:00"):
            probs.append(f"{f}: date-only convention")
        else:
            d = datetime.date(int(m[1]), int(m[2]), int(m[3]))
            wd = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][d.weekday()]
            if re.search(r"(Thứ|Chủ nhật)", ds) and wd.lower() not in ds.lower():
                probs.append(f"{f}: weekday mismatch {wd}")
        if "\n\n\n" in rec["text"] or rec["text"] != rec["text"].strip():
            probs.append(f"{f}: text blocks")
    return probs


def main():
    o1, meta = build()
    o2, _ = build()
    h1 = {k: hashlib.sha256(v).hexdigest() for k, v in o1.items()}
    h2 = {k: hashlib.sha256(v).hexdigest() for k, v in o2.items()}
    probs = [] if h1 == h2 else ["builds differ"]
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    for k, v in o1.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    probs += validate(o1, meta)
    for p in probs:
        print("PROBLEM:", p)
    for rec, _, _ in meta:
        print(f'{rec["file"]:70s} {len(o1[rec["file"]]):7d} B {len(rec["text"].split()):5d} w')
    print(f"validation: {len(probs)} problems")


if __name__ == "__main__":
    main()
