"""Validation for holdout22."""
import glob
import json
import os
import re
import unicodedata
from html.parser import HTMLParser

KEYS = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
        "published_at", "time_shown", "text"]
SKIP = {"head", "script", "style", "noscript", "template"}


class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.depth += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP and self.depth:
            self.depth -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def visible(raw):
    p = Vis()
    p.feed(raw)
    p.close()
    return norm("".join(p.out))



def _other_templates(here):
    """Template names of the other sets beside this one (each template is new to the corpus)."""
    names = set()
    for path in glob.glob(os.path.join(here, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(path)) == here:
            continue
        data = json.load(open(path, encoding="utf-8"))
        names |= {t["template"] for t in (data["pages"] if isinstance(data, dict) else data)}
    return names

def validate(here, truths, extra):
    probs = []
    avoid = _other_templates(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    emag = 0
    for t, x in zip(truths, extra):
        f = t["file"]
        if list(t.keys()) != KEYS:
            probs.append(f"{f}: keys {list(t.keys())}")
        tpl = t["template"]
        if tpl in seen or tpl in avoid or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tpl):
            probs.append(f"{f}: bad template name {tpl}")
        seen.add(tpl)
        if not f.startswith("pages/") or not f.endswith(f"-{tpl}.html"):
            probs.append(f"{f}: file name")
        raw = open(os.path.join(here, f), encoding="utf-8").read()
        size = len(raw.encode())
        if x["kind"] == "emag":
            emag += 1
            if "data:image/" not in raw:
                probs.append(f"{f}: emag without inline image")
        elif not 25000 <= size <= 150000:
            probs.append(f"{f}: size {size}")
        vis = visible(raw)
        if not t["is_article"]:
            if t["title"] or t["lead"] or t["text"] or t["author"] or t["published_at"] or t["time_shown"] or t["relevant"]:
                probs.append(f"{f}: non-article truth not empty")
            continue
        if not t["url"].startswith(f"https://{tpl}.example.vn/"):
            probs.append(f"{f}: url")
        for label, val in [("title", t["title"]), ("lead", t["lead"]), ("date", x["date"]), ("credit", x["credit"])]:
            if val and norm(val) not in vis:
                probs.append(f"{f}: {label} not visible: {val[:60]}")
        if t["author"]:
            for name in t["author"].split(", "):
                if norm(name) not in vis:
                    probs.append(f"{f}: author not visible: {name}")
        for block in t["text"].split("\n\n"):
            if not block.strip():
                probs.append(f"{f}: empty block")
            for line in block.split("\n"):
                for cell in line.split(" | "):
                    if norm(cell) not in vis:
                        probs.append(f"{f}: text not visible: {cell[:60]}")
        if t["lead"] and t["lead"] in t["text"]:
            probs.append(f"{f}: lead inside text")
        pa = t["published_at"]
        ok = re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", pa or "")
        if not ok or (not t["time_shown"] and not pa.endswith("T00:00:00+07:00")):
            probs.append(f"{f}: published_at {pa}")
        words = len(t["text"].split())
        lim = {"brief": (90, 180), "long": (1500, 10 ** 6), "emag": (1500, 10 ** 6)}.get(x["kind"], (181, 1400))
        if not lim[0] <= words <= lim[1]:
            probs.append(f"{f}: {words} words for kind {x['kind']}")
        if any(len(l) > 130 for l in []):
            pass
    if emag > 1:
        probs.append("more than one emag page")
    for fn in os.listdir(here):
        if fn.endswith(".py"):
            for k, line in enumerate(open(os.path.join(here, fn), encoding="utf-8"), 1):
                if len(line.rstrip("\n")) > 130:
                    probs.append(f"{fn}:{k}: line longer than 130")
    return probs
