"""Build the holdout9 corpus: regenerates pages/ and truth.json, then validates every page.

Run: /work/main/.venv/bin/python build.py
"""
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lib import body_text, count_words, dt, h12, norm, visible_text

HERE = os.path.dirname(os.path.abspath(__file__))


def load_pages():
    pages = []
    for mod in ("data1", "data2", "data3", "data4", "data5", "listings"):
        try:
            m = __import__(mod)
        except ModuleNotFoundError:
            continue
        pages.extend(m.A)
    return sorted(pages, key=lambda p: p["n"])


def build():
    pages = load_pages()
    out_dir = os.path.join(HERE, "pages")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    truth, checks = [], []
    for p in pages:
        html, ds, credit = p["fn"](p)
        enc = p.get("encoding", "utf-8")
        fname = f"pages/{p['n']:03d}-{p['tpl']}.html"
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(html.encode(enc))
        is_art = p.get("is_article", True)
        text = body_text(p["blocks"]) if is_art else ""
        truth.append(dict(
            file=fname, url=p["url"], encoding=enc, template=p["tpl"], flags=p["flags"], is_article=is_art,
            relevant=p.get("relevant", True) if is_art else False, title=p["title"] if is_art else "",
            lead=p.get("lead", "") if is_art else "", author=p.get("author") if is_art else None,
            published_at=p.get("pub") if is_art else None, time_shown=p.get("time_shown", False) if is_art else False,
            text=text))
        checks.append((p, ds, credit))
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return truth, checks


def validate(truth, checks):
    problems = []
    avoid = set()
    ap = os.path.join(HERE, "AVOID-NAMES.txt")
    if os.path.exists(ap):
        avoid = {x.strip() for x in open(ap, encoding="utf-8") if x.strip()}
    tpls = [t["template"] for t in truth]
    for t in set(tpls):
        if t in avoid:
            problems.append(f"template {t} is in AVOID-NAMES")
    if len(set(tpls)) < len(tpls) - 2:
        problems.append("fewer distinct templates than allowed")
    for t, (p, ds, credit) in zip(truth, checks):
        raw = open(os.path.join(HERE, t["file"]), "rb").read()
        vis = visible_text(raw, t["encoding"])
        f = t["file"]

        def need(s, what):
            if s and norm(s) not in vis:
                problems.append(f"{f}: {what} not visible: {s[:60]!r}")
        if not t["is_article"]:
            continue
        need(t["title"], "title")
        need(t["lead"], "lead")
        for block in t["text"].split("\n\n"):
            for line in block.split("\n"):
                for cell in line.split(" | "):
                    need(cell, "text")
        if t["author"]:
            for a in t["author"].split(", "):
                need(a, "author")
        if credit:
            need(credit, "credit")
        need(ds, "date")
        d = dt(t["published_at"])
        if d is not None:
            hh, _ = h12(d)
            shown = bool(re.search(rf"(?<!\d){d:%H:%M}(?!\d)", vis) or re.search(rf"(?<!\d)0?{hh}:{d:%M}(?!\d)", vis))
            if d.hour == 0 and d.minute == 0 and not t["time_shown"]:
                shown = False
            if shown != t["time_shown"]:
                problems.append(f"{f}: time_shown {t['time_shown']} but visible {shown}")
        wc = count_words(t["text"])
        kind = p.get("size", "normal")
        ok = {"short": 90 <= wc <= 180, "normal": 200 <= wc <= 800, "long": wc >= 1500}[kind]
        if not ok:
            problems.append(f"{f}: {kind} but {wc} words")
    return problems


def digest():
    h = hashlib.sha256()
    for root in ("pages",):
        for fn in sorted(os.listdir(os.path.join(HERE, root))):
            h.update(fn.encode())
            h.update(open(os.path.join(HERE, root, fn), "rb").read())
    h.update(open(os.path.join(HERE, "truth.json"), "rb").read())
    return h.hexdigest()


if __name__ == "__main__":
    truth, checks = build()
    d1 = digest()
    truth, checks = build()
    d2 = digest()
    probs = validate(truth, checks)
    if d1 != d2:
        probs.append("output not byte-identical across two runs")
    arts = sum(t["is_article"] for t in truth)
    print(f"pages={len(truth)} templates={len({t['template'] for t in truth})} articles={arts} "
          f"listings={len(truth) - arts} relevant={sum(t['relevant'] for t in truth)}")
    for x in probs:
        print("PROBLEM:", x)
    print(f"validation: {len(probs)} problems; sha256={d2}")
    sys.exit(1 if probs else 0)
