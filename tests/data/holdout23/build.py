#!/usr/bin/env python3
"""Build the holdout23 corpus twice, compare hashes, validate. Python 3 stdlib only."""
import glob
import hashlib
import json
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pages1
import pages2
import pages3

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]


def all_pages():
    out = []
    for mod in (pages1, pages2, pages3):
        for name in sorted(dir(mod)):
            if re.fullmatch(r"p\d\d", name):
                out.append(getattr(mod, name)())
    out.sort(key=lambda p: p["n"])
    return out


def build(dest):
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(os.path.join(dest, "pages"))
    pages = all_pages()
    truth = []
    for p in pages:
        fn = "pages/%03d-%s.html" % (p["n"], p["template"])
        with open(os.path.join(dest, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(p["html"])
        t = {"file": fn}
        for k in KEYS[1:]:
            t[k] = "utf-8" if k == "encoding" else p[k]
        truth.append(t)
    with open(os.path.join(dest, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return pages, truth


def digest(root):
    h = hashlib.sha256()
    for dp, _, fs in sorted(os.walk(root)):
        for fn in sorted(fs):
            path = os.path.join(dp, fn)
            h.update(os.path.relpath(path, root).encode())
            with open(path, "rb") as f:
                h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


class Vis(HTMLParser):
    SKIP = frozenset({"head", "script", "style", "noscript", "template"})

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


def visible(html):
    v = Vis()
    v.feed(html)
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

def validate(pages, truth, dest):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    arts = longs = briefs = offt = 0
    for p, t in zip(pages, truth):
        tag = t["file"]
        if list(t.keys()) != KEYS:
            probs.append("%s: keys" % tag)
        tpl = t["template"]
        if tpl in seen or tpl in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tpl):
            probs.append("%s: template name %s" % (tag, tpl))
        seen.add(tpl)
        size = os.path.getsize(os.path.join(dest, tag))
        big_ok = "base64-image" in t["flags"]
        if size < 25000 or (size > 150000 and not big_ok):
            probs.append("%s: size %d" % (tag, size))
        if big_ok and size < 300000:
            probs.append("%s: emag too small %d" % (tag, size))
        vis = visible(p["html"])
        if not t["is_article"]:
            if t["title"] or t["lead"] or t["text"] or t["author"] or t["published_at"] or t["time_shown"] or t["relevant"]:
                probs.append("%s: non-article fields" % tag)
            continue
        arts += 1
        offt += not t["relevant"]
        for label, s in (("title", t["title"]), ("lead", t["lead"]), ("date", p["_date"]), ("credit", p["_credit"])):
            if s and norm(s) not in vis:
                probs.append("%s: %s not visible: %r" % (tag, label, s[:60]))
        if t["author"]:
            for a in t["author"].split(", "):
                if norm(a) not in vis:
                    probs.append("%s: author part not visible %r" % (tag, a))
        for line in t["text"].split("\n"):
            if not line.strip():
                continue
            for cell in line.split(" | "):
                if norm(cell) not in vis:
                    probs.append("%s: text not visible %r" % (tag, cell[:60]))
        if t["published_at"] is None or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", t["published_at"]):
            probs.append("%s: published_at %r" % (tag, t["published_at"]))
        elif not t["time_shown"] and not t["published_at"].endswith("T00:00:00+07:00"):
            probs.append("%s: date-only form" % tag)
        wc = len(t["text"].split())
        kind = p["_kind"]
        if kind == "brief":
            briefs += 1
            ok = 90 <= wc <= 180
        elif kind == "long":
            longs += 1
            ok = wc >= 1500
        else:
            ok = 181 <= wc <= 1400
        if not ok:
            probs.append("%s: word count %d for %s" % (tag, wc, kind))
        if "\n\n\n" in t["text"] or t["lead"] and t["lead"] in t["text"]:
            probs.append("%s: text shape" % tag)
    nonart = len(pages) - arts
    if (len(pages), arts, nonart) != (24, 19, 5) or briefs < 2 or longs < 1 or offt < 3:
        probs.append("composition: pages=%d articles=%d non=%d briefs=%d long=%d offtopic=%d"
                     % (len(pages), arts, nonart, briefs, longs, offt))
    return probs


def main():
    tmp = os.path.join(HERE, ".build_check")
    build(tmp)
    d1 = digest(tmp)
    pages, truth = build(HERE + "/.build_tmp2")
    shutil.rmtree(HERE + "/.build_tmp2")
    if os.path.exists(os.path.join(HERE, "pages")):
        shutil.rmtree(os.path.join(HERE, "pages"))
    shutil.move(os.path.join(tmp, "pages"), os.path.join(HERE, "pages"))
    shutil.move(os.path.join(tmp, "truth.json"), os.path.join(HERE, "truth.json"))
    shutil.rmtree(tmp)
    pages, truth = build(tmp)
    d2 = digest(tmp)
    shutil.rmtree(tmp)
    probs = validate(pages, truth, HERE)
    if d1 != d2:
        probs.append("builds differ")
    else:
        print("two builds identical: sha256 %s" % d1)
    for p in probs:
        print("PROBLEM:", p)
    print("validation: %d problems" % len(probs))


if __name__ == "__main__":
    main()
