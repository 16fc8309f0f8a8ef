#!/usr/bin/env python3
"""Build the holdout21 corpus twice, compare hashes, validate. Standard library only, deterministic."""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pages_a
import pages_b
import pages_c
from common import norm, text_of, visible_text, words

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]


def build(outdir):
    specs = [f() for f in pages_a.PAGES + pages_b.PAGES + pages_c.PAGES]
    os.makedirs(os.path.join(outdir, "pages"), exist_ok=True)
    truth, extra = [], []
    for i, s in enumerate(specs, 1):
        fn = f"pages/{i:03d}-{s['template']}.html"
        with open(os.path.join(outdir, fn), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(s["html"])
        art = s.get("is_article", True)
        t = {"file": fn, "url": s["url"], "encoding": "utf-8", "template": s["template"], "flags": s["flags"],
             "is_article": art, "relevant": s["relevant"] if art else False,
             "title": s["title"] if art else "", "lead": s["lead"] if art else "",
             "author": s["author"] if art else None, "published_at": s["published_at"] if art else None,
             "time_shown": s["time_shown"] if art else False, "text": text_of(s["blocks"]) if art else ""}
        truth.append(t)
        extra.append(s)
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return truth, extra


def digest(outdir):
    h = {}
    for root, _, files in os.walk(outdir):
        for f in sorted(files):
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                h[os.path.relpath(p, outdir)] = hashlib.sha256(fh.read()).hexdigest()
    return h



def _other_templates(here):
    """Template names of the other sets beside this one (each template is new to the corpus)."""
    names = set()
    for path in glob.glob(os.path.join(here, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(path)) == here:
            continue
        data = json.load(open(path, encoding="utf-8"))
        names |= {t["template"] for t in (data["pages"] if isinstance(data, dict) else data)}
    return names

def validate(truth, extra, outdir):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    n_brief = n_long = n_off = n_art = 0
    for t, s in zip(truth, extra):
        name = t["file"]
        if list(t.keys()) != KEYS:
            probs.append(f"{name}: keys")
        tp = t["template"]
        if tp in seen or tp in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tp):
            probs.append(f"{name}: template name {tp}")
        seen.add(tp)
        size = os.path.getsize(os.path.join(outdir, name))
        emag = "base64-image" in t["flags"]
        if size < 25000 or (size > 150000 and not emag):
            probs.append(f"{name}: size {size}")
        if not t["url"].startswith(f"https://{tp}.example.vn/"):
            probs.append(f"{name}: url")
        with open(os.path.join(outdir, name), encoding="utf-8") as fh:
            vis = visible_text(fh.read())
        if not t["is_article"]:
            continue
        n_art += 1
        if not t["relevant"]:
            n_off += 1

        def need(x, what):
            if x and norm(x) not in vis:
                probs.append(f"{name}: {what} not visible: {x[:60]}")
        need(t["title"], "title")
        need(t["lead"], "lead")
        for line in t["text"].split("\n"):
            if not line.strip():
                continue
            for cell in line.split(" | "):
                need(cell, "text")
        need(s["date_str"], "date")
        if t["author"]:
            need(s["credit"] or t["author"], "author")
            if s["credit"] is None:
                probs.append(f"{name}: author without credit")
        pa = t["published_at"]
        if not (re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", pa or "")):
            probs.append(f"{name}: published_at {pa}")
        if not t["time_shown"] and not pa.endswith("T00:00:00+07:00"):
            probs.append(f"{name}: date-only format")
        w = words(t["text"])
        if "brief" in t["flags"]:
            n_brief += 1
            if not 90 <= w <= 180:
                probs.append(f"{name}: brief words {w}")
        elif "long-form" in t["flags"]:
            n_long += 1
            if w < 1500:
                probs.append(f"{name}: long words {w}")
        elif not 181 <= w <= 1400:
            probs.append(f"{name}: words {w}")
    if len(truth) != 24 or n_art != 19:
        probs.append(f"composition: {len(truth)} pages, {n_art} articles")
    if n_brief < 2 or n_long < 1 or n_off < 3:
        probs.append(f"composition: briefs {n_brief}, long {n_long}, off-topic {n_off}")
    return probs


def main():
    outdir = HERE
    truth, extra = build(outdir)
    h1 = digest(os.path.join(outdir, "pages")), hashlib.sha256(open(os.path.join(outdir, "truth.json"), "rb").read()).hexdigest()
    truth, extra = build(outdir)
    h2 = digest(os.path.join(outdir, "pages")), hashlib.sha256(open(os.path.join(outdir, "truth.json"), "rb").read()).hexdigest()
    probs = validate(truth, extra, outdir)
    if h1 != h2:
        probs.append("builds differ")
    else:
        print(f"two builds identical ({len(h1[0])} pages)")
    for t in truth:
        print(f"{t['file']}: {os.path.getsize(os.path.join(outdir, t['file']))} bytes, {words(t['text'])} words")
    for p in probs:
        print("PROBLEM", p)
    print(f"validation: {len(probs)} problems")


if __name__ == "__main__":
    main()
