#!/usr/bin/env python3
"""Build the holdout17 blind corpus deterministically, build twice, compare hashes, validate."""
import glob
import hashlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pages_a
import pages_b
import pages_c
from common import norm, visible

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]



def _pages(path):
    """The page records of a set's truth.json (a list, or a dict with "pages")."""
    data = json.load(open(path, encoding="utf-8"))
    return data["pages"] if isinstance(data, dict) else data

def page_funcs():
    fs = []
    for m in (pages_a, pages_b, pages_c):
        fs += sorted((n, f) for n, f in vars(m).items() if re.fullmatch(r"p\d\d", n))
    return [f for _, f in sorted(fs)]


def build_once():
    files, truth, meta = {}, [], []
    for i, f in enumerate(page_funcs(), 1):
        d = f(random.Random(1700 + i))
        name = f"pages/{i:03d}-{d['template']}.html"
        files[name] = d["html"].encode("utf-8")
        art = d["is_article"]
        rec = {"file": name, "url": d["url"], "encoding": "utf-8", "template": d["template"], "flags": d["flags"],
               "is_article": art, "relevant": d["relevant"] if art else False,
               "title": d["title"] if art else "", "lead": d["lead"] if art else "",
               "author": d["author"] if art else None, "published_at": d["published_at"] if art else None,
               "time_shown": d["time_shown"] if art else False,
               "text": "\n\n".join(d["blocks"]) if art else ""}
        truth.append(rec)
        meta.append(d)
    files["truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, truth, meta


def validate(files, truth, meta):
    probs = []
    here = os.path.dirname(os.path.abspath(__file__))
    # template names of the other sets beside this one (each template is new to the corpus)
    avoid = {t["template"] for path in glob.glob(os.path.join(here, "..", "*", "truth.json"))
             if os.path.dirname(os.path.abspath(path)) != here
             for t in _pages(path)}
    seen = set()
    nonart = brief = longf = 0
    for rec, d in zip(truth, meta):
        f = rec["file"]
        if list(rec) != KEYS:
            probs.append(f"{f}: keys")
        tp = rec["template"]
        if tp in seen or tp in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tp):
            probs.append(f"{f}: template name {tp}")
        seen.add(tp)
        if not rec["url"].startswith(f"https://{tp}.example.vn/"):
            probs.append(f"{f}: url")
        size = len(files[f])
        big_ok = "base64-image" in rec["flags"]
        if size < 25 * 1024 or (size > 150 * 1024 and not big_ok):
            probs.append(f"{f}: size {size}")
        for fl in rec["flags"]:
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fl):
                probs.append(f"{f}: flag {fl}")
        vis = visible(files[f].decode("utf-8"))
        if not rec["is_article"]:
            nonart += 1
            if rec["title"] or rec["lead"] or rec["text"] or rec["author"] or rec["published_at"] or rec["time_shown"]:
                probs.append(f"{f}: non-article fields")
            continue
        pa = rec["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", pa or ""):
            probs.append(f"{f}: published_at {pa}")
        if pa.endswith("T00:00:00+07:00") == rec["time_shown"]:
            probs.append(f"{f}: time_shown vs date-only")
        checks = [("title", rec["title"]), ("date", d["date_str"])]
        if rec["lead"]:
            checks.append(("lead", rec["lead"]))
        if rec["author"]:
            for a in rec["author"].split(", "):
                checks.append(("author", a))
        if d.get("credit"):
            checks.append(("credit", d["credit"]))
        for line in rec["text"].split("\n"):
            if not line.strip():
                continue
            for cell in line.split(" | "):
                checks.append(("text", cell))
        for kind, s in checks:
            if norm(s) not in vis:
                probs.append(f"{f}: {kind} not visible: {s[:60]!r}")
        wc = len(rec["text"].split())
        k = d["kind"]
        if k == "brief":
            brief += 1
            ok = 90 <= wc <= 180
        elif k == "long":
            longf += 1
            ok = wc >= 1500
        else:
            ok = 181 <= wc <= 1400
        if not ok:
            probs.append(f"{f}: word count {wc} for {k}")
    arts = len(truth) - nonart
    offt = sum(1 for r in truth if r["is_article"] and not r["relevant"])
    if len(truth) != 24 or nonart != 5 or brief < 2 or longf < 1 or offt < 3:
        probs.append(f"composition: pages={len(truth)} articles={arts} non={nonart} briefs={brief} long={longf} "
                     f"offtopic={offt}")
    return probs


def main():
    files, truth, meta = build_once()
    files2, _, _ = build_once()
    h1 = {k: hashlib.sha256(v).hexdigest() for k, v in files.items()}
    h2 = {k: hashlib.sha256(v).hexdigest() for k, v in files2.items()}
    pdir = os.path.join(HERE, "pages")
    os.makedirs(pdir, exist_ok=True)
    for fn in os.listdir(pdir):
        os.remove(os.path.join(pdir, fn))
    for k, v in files.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    probs = validate(files, truth, meta)
    if h1 != h2:
        probs.append("builds differ")
    for p in probs:
        print("PROBLEM:", p)
    for rec in truth:
        print(f"{rec['file']}: {len(files[rec['file']]) // 1024} KB, words={len(rec['text'].split())}")
    print(f"builds identical: {h1 == h2} ({len(h1)} files)")
    line = f"validation: {len(probs)} problems"
    import readme_gen
    readme_gen.write(os.path.join(HERE, "README.md"), truth, meta, line)
    print(line)


if __name__ == "__main__":
    main()
