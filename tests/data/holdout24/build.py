#!/usr/bin/env python3
"""Build the holdout24 blind corpus: pages/*.html + truth.json; build twice, compare hashes, validate."""
import glob
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from chrome import blocks_text, pad, words
from pages_a import PAGES_A
from pages_b import PAGES_B
from pages_c import PAGES_C

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]


def build():
    out, truth, extra = {}, [], []
    for i, f in enumerate(PAGES_A + PAGES_B + PAGES_C, 1):
        rng = random.Random(2400 + i)
        d = f(rng)
        doc = d["html"]
        if not d.get("big"):
            doc = pad(rng, doc)
        name = "pages/%03d-%s.html" % (i, d["template"])
        out[name] = doc.encode("utf-8")
        is_art = bool(d["blocks"])
        truth.append({"file": name, "url": d["url"], "encoding": "utf-8", "template": d["template"],
                      "flags": d["flags"], "is_article": is_art, "relevant": d["relevant"], "title": d["title"],
                      "lead": d["lead"], "author": d["author"], "published_at": d["published_at"],
                      "time_shown": d["time_shown"], "text": blocks_text(d["blocks"]) if is_art else ""})
        extra.append({"date_str": d["date_str"], "credit": d["credit"], "big": d.get("big", False),
                      "blocks": d["blocks"]})
    out["truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out, truth, extra


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

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(b):
    p = Vis()
    p.feed(b.decode("utf-8"))
    return norm("".join(p.parts))



def _other_templates(here):
    """Template names of the other sets beside this one (each template is new to the corpus)."""
    names = set()
    for path in glob.glob(os.path.join(here, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(path)) == here:
            continue
        data = json.load(open(path, encoding="utf-8"))
        names |= {t["template"] for t in (data["pages"] if isinstance(data, dict) else data)}
    return names

def validate(out, truth, extra):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    for t, x in zip(truth, extra):
        f = t["file"]
        if list(t.keys()) != KEYS:
            probs.append("%s: keys" % f)
        tp = t["template"]
        if tp in seen or tp in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tp):
            probs.append("%s: template name %s" % (f, tp))
        seen.add(tp)
        size = len(out[f])
        if not x["big"] and not 25000 <= size <= 150000:
            probs.append("%s: size %d" % (f, size))
        if x["big"] and size < 300000:
            probs.append("%s: emag size %d" % (f, size))
        vis = visible(out[f])
        if not t["is_article"]:
            if t["title"] or t["lead"] or t["text"] or t["author"] or t["published_at"] or t["time_shown"] \
                    or t["relevant"]:
                probs.append("%s: non-article fields" % f)
            continue
        checks = [t["title"]] + ([t["lead"]] if t["lead"] else [])
        for line in t["text"].split("\n"):
            if line.strip():
                checks.extend(line.split(" | "))
        if t["author"]:
            checks.extend(t["author"].split(", "))
        if x["credit"]:
            checks.append(x["credit"])
        checks.append(x["date_str"])
        for c in checks:
            if norm(c) not in vis:
                probs.append("%s: not visible: %s" % (f, c[:60]))
        n = words(t["text"])
        fl = t["flags"]
        lo, hi = (90, 180) if "brief" in fl else (1500, 10 ** 6) if "long-form" in fl else (181, 1400)
        if not lo <= n <= hi:
            probs.append("%s: %d words not in %d-%d" % (f, n, lo, hi))
        pa = t["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", pa):
            probs.append("%s: published_at %s" % (f, pa))
        if pa.endswith("T00:00:00+07:00") == t["time_shown"]:
            probs.append("%s: time_shown inconsistent" % f)
    arts = [t for t in truth if t["is_article"]]
    if len(truth) != 24 or len(arts) != 19:
        probs.append("composition: %d pages %d articles" % (len(truth), len(arts)))
    if sum(1 for t in arts if not t["relevant"]) < 3:
        probs.append("composition: off-topic < 3")
    if sum(1 for t in arts if "brief" in t["flags"]) < 2 or sum(1 for t in arts if "long-form" in t["flags"]) < 1:
        probs.append("composition: briefs/long-form")
    return probs


def main():
    a, truth, extra = build()
    b, _, _ = build()
    ha = {k: hashlib.sha256(v).hexdigest() for k, v in a.items()}
    hb = {k: hashlib.sha256(v).hexdigest() for k, v in b.items()}
    probs = [] if ha == hb else ["determinism: two builds differ"]
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    for k, v in a.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    probs += validate(a, truth, extra)
    for p in probs:
        print("PROBLEM", p)
    print("builds identical:", ha == hb, "(%d files)" % len(ha))
    print("validation: %d problems" % len(probs))


if __name__ == "__main__":
    main()
