"""Build the tune2 pages and truth.json, then validate truth against the pages.

Run: python3 tests/data/tune2/build.py   (writes pages/ and truth.json next to this file)
"""

import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import t_amp  # noqa: E402
import t_asp  # noqa: E402
import t_drupal  # noqa: E402
import t_egov  # noqa: E402
import t_forum  # noqa: E402
import t_joomla  # noqa: E402
import t_liferay  # noqa: E402
from articles import A  # noqa: E402
from common import cp1258_bytes, dateline, truth_text  # noqa: E402

TEMPLATES = {}
for m in (t_forum, t_liferay, t_joomla, t_asp, t_egov, t_drupal, t_amp):
    TEMPLATES.update(m.TEMPLATES)


def visible_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    raw = html.unescape(raw)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw)).strip()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def main() -> int:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    truth, problems = [], []
    for n, a in enumerate(A, 1):
        fname = f"pages/{n:03d}-{a['fam']}.html"
        a = dict(a)
        a["dl"] = dateline(a) if a.get("dl") else ""
        page = TEMPLATES[a["tpl"]](a)
        enc = a.get("encoding", "utf-8")
        data = cp1258_bytes(page) if enc == "windows-1258" else page.encode("utf-8")
        (HERE / fname).write_bytes(data)
        text = truth_text(a["body"]) if a["is_article"] else ""
        t = {
            "file": fname,
            "url": f"https://{a['host']}/{a['slug']}",
            "encoding": enc,
            "template": a["tpl"],
            "flags": a["flags"],
            "is_article": a["is_article"],
            "relevant": a["rel"],
            "title": a["title"] if a["is_article"] else "",
            "lead": a["lead"] if a["is_article"] else "",
            "author": a["author"] if a["is_article"] else None,
            "published_at": a["pub"] if a["is_article"] else None,
            "time_shown": a["shown"] if a["is_article"] else False,
            "text": text,
        }
        truth.append(t)
        vis = visible_text(data.decode("cp1258" if enc == "windows-1258" else "utf-8"))
        if a["is_article"]:
            pieces = [t["title"], t["lead"], a["dl"]] + [ln for blk in text.split("\n\n") for ln in blk.split("\n")]
            if t["author"]:
                pieces.append(t["author"])
            for piece in pieces:
                for cell in piece.split(" | "):
                    if cell and norm(cell) not in vis:
                        problems.append(f"{fname}: missing {cell[:60]!r}")
            words = len((t["lead"] + " " + text).split())
            if words < 150:
                problems.append(f"{fname}: only {words} words")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(truth)} pages written, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
