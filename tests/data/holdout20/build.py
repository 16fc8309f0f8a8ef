#!/usr/bin/env python3
"""Build the holdout20 corpus twice, compare hashes, validate. Stdlib only, deterministic."""
import glob
import hashlib
import json
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pages_a
from common import norm, visible

MODULES = [pages_a]
for name in ("pages_b", "pages_c", "pages_d", "pages_e"):
    try:
        MODULES.append(__import__(name))
    except ImportError:
        pass

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]
EMAG = "emag"


def collect():
    specs = []
    for m in MODULES:
        for k in sorted(dir(m)):
            if re.fullmatch(r"p\d\d", k):
                specs.append(getattr(m, k)())
    specs.sort(key=lambda s: s["n"])
    return specs


def build(outdir):
    specs = collect()
    os.makedirs(os.path.join(outdir, "pages"), exist_ok=True)
    truth = []
    for s in specs:
        fn = "pages/%03d-%s.html" % (s["n"], s["template"])
        with open(os.path.join(outdir, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(s["html"])
        d = dict(file=fn, encoding="utf-8")
        for k in KEYS:
            if k not in d:
                d[k] = s[k]
        truth.append({k: d[k] for k in KEYS})
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return specs, truth


def digest(outdir):
    h = {}
    for root, _, files in os.walk(outdir):
        for fn in sorted(files):
            p = os.path.join(root, fn)
            with open(p, "rb") as f:
                h[os.path.relpath(p, outdir)] = hashlib.sha256(f.read()).hexdigest()
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

def validate(specs, truth, outdir):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    for s, t in zip(specs, truth):
        fid = t["file"]
        if list(t.keys()) != KEYS:
            probs.append("%s: keys" % fid)
        tp = t["template"]
        if tp in seen or tp in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tp):
            probs.append("%s: template name %s" % (fid, tp))
        seen.add(tp)
        for fl in t["flags"]:
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fl):
                probs.append("%s: flag %s" % (fid, fl))
        size = os.path.getsize(os.path.join(outdir, fid))
        if not (25 * 1024 <= size <= 150 * 1024) and not (EMAG in tp and size > 150 * 1024):
            probs.append("%s: size %d" % (fid, size))
        vis = visible(s["html"])
        if not t["is_article"]:
            if t["title"] or t["lead"] or t["text"] or t["author"] is not None or t["published_at"] is not None \
                    or t["time_shown"] or t["relevant"]:
                probs.append("%s: non-article fields" % fid)
            continue
        need = [t["title"], s["date_str"]] + list(s["credit"])
        if t["lead"]:
            need.append(t["lead"])
        for line in t["text"].split("\n"):
            if not line.strip():
                continue
            need.extend(line.split(" | ") if " | " in line else [line])
        if t["author"]:
            need.extend(t["author"].split(", "))
        for x in need:
            if norm(x) not in vis:
                probs.append("%s: not visible: %r" % (fid, x[:70]))
        pa = t["published_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", pa or ""):
            probs.append("%s: published_at %r" % (fid, pa))
        if not t["time_shown"] and not pa.endswith("T00:00:00+07:00"):
            probs.append("%s: date-only form" % fid)
        wc = len(t["text"].split())
        kind = s.get("kind", "normal")
        ok = {"brief": 90 <= wc <= 180, "long": wc >= 1500, "normal": 181 <= wc <= 1400}[kind]
        if not ok:
            probs.append("%s: word count %d for %s" % (fid, wc, kind))
    return probs


def main():
    out = HERE
    tmp = tempfile.mkdtemp()
    try:
        for d in ("pages",):
            shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        specs, truth = build(out)
        build(tmp)
        h1 = {k: v for k, v in digest(out).items() if k.startswith("pages/") or k == "truth.json"}
        h2 = digest(tmp)
        probs = validate(specs, truth, out)
        if h1 != h2:
            probs.append("builds differ")
    finally:
        shutil.rmtree(tmp)
    for p in probs:
        print(p)
    for s, t in zip(specs, truth):
        print("%-48s %6d B  words=%d" % (t["file"], len(s["html"].encode()), len(t["text"].split())))
    print("pages: %d" % len(truth))
    print("validation: %d problems" % len(probs))


if __name__ == "__main__":
    main()
