"""Build the holdout16 blind corpus: pages/*.html + truth.json; build twice, compare, validate."""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import pages_a
import pages_b
import pages_c
import pages_d


def build_once():
    funcs = pages_a.PAGES + pages_b.PAGES + pages_c.PAGES + pages_d.PAGES
    files, entries, extra = {}, [], {}
    for i, fn in enumerate(funcs, 1):
        r = fn()
        t = r["truth"]
        name = f"pages/{i:03d}-{t['template']}.html"
        t["file"] = name
        data = r["html"].encode("utf-8")
        files[name] = data
        entries.append(t)
        extra[name] = {"date_str": r.get("date_str"), "credit": r.get("credit")}
    files["truth.json"] = (json.dumps(entries, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, entries, extra


def digest(files):
    h = hashlib.sha256()
    for k in sorted(files):
        h.update(k.encode() + b"\0" + hashlib.sha256(files[k]).digest())
    return h.hexdigest()


def main():
    f1, entries, extra = build_once()
    f2, _, _ = build_once()
    same = digest(f1) == digest(f2)
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, "pages")):
        os.remove(os.path.join(HERE, "pages", old))
    for k, v in f1.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    on_disk = {k: open(os.path.join(HERE, k), "rb").read() for k in f1}
    probs = common.validate(entries, {k: v for k, v in f1.items() if k != "truth.json"}, extra)
    if not same or digest(on_disk) != digest(f1):
        probs.append("builds not byte-identical")
    for p in probs:
        print(" -", p)
    for t in entries:
        print(f"{t['file']:60s} {len(f1[t['file']]) // 1024:4d} KB words={len(t['text'].split())}")
    print("sha256:", digest(f1))
    print(f"validation: {len(probs)} problems")


if __name__ == "__main__":
    main()
