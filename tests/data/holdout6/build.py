"""Regenerate pages/ and truth.json of the holdout6 corpus and validate every page.

Run: python build.py   (stdlib + lxml).  Output is deterministic.
"""

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).parent))

import readme
from chrome import TZ, blocks_text, slug
from specs import ARTICLES, LISTINGS
from templates import F, R

HERE = Path(__file__).parent
RAW_DATE = {"nodebb-topic"}  # publication string lives in a machine-readable attribute only


def visible_text(raw):
    doc = lxml.html.document_fromstring(raw)
    for el in doc.xpath("//head|//script|//style|//noscript|//comment()"):
        if el.getparent() is not None:
            el.drop_tree()
    txt = " ".join(doc.itertext())
    txt = unicodedata.normalize("NFC", txt)
    return re.sub(r"\s+", " ", txt).strip()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def has_time(vis, d):
    h12 = d.hour % 12 or 12
    pats = [rf"(?<!\d){d.hour:02d}:{d.minute:02d}(?!\d)", rf"(?<!\d){h12}:{d.minute:02d}(?!\d)"]
    return any(re.search(p, vis) for p in pats)


def main():
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for old in pages.glob("*.html"):
        old.unlink()
    truth = []
    problems = []
    for a in ARTICLES + LISTINGS:
        a["file"] = f"pages/{a['n']:03d}-{a['tpl']}.html"
        html = R[a["tpl"]](a)
        raw = html.encode("utf-8")
        (HERE / a["file"]).write_bytes(raw)
        art = a.get("is_article", True)
        text = blocks_text(a["blocks"]) if art else ""
        pub = a.get("pub")
        rec = {
            "file": a["file"],
            "url": a["url"],
            "encoding": "utf-8",
            "template": a["tpl"],
            "flags": a["flags"],
            "is_article": art,
            "relevant": a.get("relevant", False) if art else False,
            "title": a["title"] if art else "",
            "lead": a["lead"] if art else "",
            "author": a.get("author") if art else None,
            "published_at": pub.isoformat() if (art and pub) else None,
            "time_shown": bool(a.get("ts")) if art else False,
            "text": text,
        }
        truth.append(rec)
        # ---- validation
        p = []
        if len(raw) < 8192:
            p.append(f"size {len(raw)} < 8192")
        vis = visible_text(html)
        if art:
            for label, s in (("title", rec["title"]), ("lead", rec["lead"])):
                if s and norm(s) not in vis:
                    p.append(f"{label} not visible")
            for line in text.split("\n"):
                if not line.strip():
                    continue
                cells = line.split(" | ") if " | " in line else [line]
                for c in cells:
                    if norm(c) not in vis:
                        p.append(f"text line not visible: {c[:60]!r}")
            creds = rec["author"].split(", ") if rec["author"] else [a.get("by")]
            for cred in creds:
                if cred and norm(cred) not in vis:
                    p.append(f"credit not visible: {cred!r}")
            ds = F[a["tpl"]](pub)
            where = norm(html) if a["tpl"] in RAW_DATE else vis
            if norm(ds) not in where:
                p.append(f"date string not on page: {ds!r}")
            if rec["time_shown"] != has_time(vis, pub):
                p.append(f"time_shown={rec['time_shown']} but HH:MM on page={has_time(vis, pub)}")
            if not rec["time_shown"] and pub.second == 0 and (pub.hour, pub.minute) != (0, 0) and a["tpl"] not in RAW_DATE:
                p.append("date-only page must carry T00:00")
            words = len(text.split())
            a["_words"] = words
            if "short_article" in a["flags"] and not (90 <= words <= 180):
                p.append(f"short article has {words} words")
            if "short_article" not in a["flags"] and "long_article" not in a["flags"] and not (200 <= words <= 700):
                p.append(f"article has {words} words (want 200-700)")
            if "long_article" in a["flags"] and words < 1500:
                p.append(f"long article has only {words} words")
            if not slug(a["title"]):
                p.append("empty slug")
        for x in p:
            problems.append(f"{a['file']}: {x}")
        print(f"{a['file']:45s} {len(raw):>8d} B  words={a.get('_words', '-')}")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert all(set(r) == set(truth[0]) for r in truth)
    n_art = sum(r["is_article"] for r in truth)
    print(f"{len(truth)} pages, {len({r['template'] for r in truth})} templates, {n_art} articles, {len(truth) - n_art} listings")
    readme.write(HERE / "README.md", truth, problems, {a["file"]: a.get("_words", 0) for a in ARTICLES})
    print(f"{len(problems)} problems")
    for x in problems:
        print("  " + x)
    return 1 if problems else 0


if __name__ == "__main__":
    _ = (dt, TZ)
    sys.exit(main())
