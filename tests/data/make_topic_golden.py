"""Write ``tests/data/topic_golden.json``: expected ``pipelines.topic.score`` outputs.

    .venv/bin/python tests/data/make_topic_golden.py [--reference path/to/topic.py]

``tests/test_topic.py::test_golden_outputs_unchanged`` checks that ``score`` gives exactly these
topics (same order) and relevances. The file in the repository was written with ``--reference``
set to a copy of ``pipelines/topic.py`` from before the scorer was optimised (the plain
one-regex-per-pattern implementation), itself importing a copy of the ``crawler/text.py`` of
that time from its own folder. Without ``--reference`` the current scorer is used:
rewrite the file that way only when the lexicon or the scoring rules change on purpose.

``pages``: the title, lead and body that ``crawler.extraction.extract_article`` gives for the
labelled pages and the replica's published articles (``bench.quality.load_cases``), stored with
their expected ``[topics, relevance]``.

``synthetic``: texts rebuilt by :func:`synthetic` from ``seeds/lexicon.yaml`` (deterministic; the
test checks their SHA-256): every phrase, abbreviation and negative, and instances of the
``regex`` entries, in upper/title case, without diacritics, NFD, old tone placement, across
odd whitespace and punctuation, glued to letters, digits, marks or astral characters; phrases
overlapping or nested, split by a negative, cut by a field boundary; random mixes of all that
over the three fields, some a few KB long. Expected outputs are ``[relevance, term index...]``
(indices into ``terms``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crawler.text import strip_diacritics  # noqa: E402

LEXICON = ROOT / "seeds" / "lexicon.yaml"
OUT = Path(__file__).with_name("topic_golden.json")
Fields = tuple[str | None, str | None, str | None]
OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé",
             "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ",
             "ụy": "uỵ"}
# instances of the lexicon's `regex` entries, near misses included
REGEX_TEXTS = [
    "Ban Chỉ đạo tỉnh về chuyển đổi số", "ban chỉ đạo. Chuyển đổi số", "BCĐ CĐS tỉnh",
    "Ban Chỉ đạo về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "Ban chỉ đạo " + "rất " * 30 + "chuyển đổi số", "ban chỉ đạox chuyển đổi sốx", "bcđ  cđs",
    "Đề án 06", "Đề án số 06", "Đề án 06/CP", "đề án 060", "Đề án 06/CPx", "Đề án 06/CP2",
    "Đề án 06/2022", "Nghị quyết 57-NQ/TW", "57-NQ/TW", "Nghị quyết số 57", "nghị quyết 57/2024",
    "nghị quyết 57-", "Nghị quyết 570", "Nghị quyết số 57-NQ/TW", "157-NQ/TW", "57-NQ/TWx",
    "03/NQ-CP", "103/NQ-CP", "71/NQ-CP", "749/QĐ-TTg", "749/QÐ-TTg", "749/QD-TTg", "505/QĐ-TTg",
    "411/QĐ-TTg", "146/QĐ-TTg", "1619/QĐ-TTg", "1619/QĐ-TTgx", "x1619/QĐ-TTg", "nghị quyết\n57",
    "nghị quyết số 57-NQ/TW và Nghị quyết 57", "bcđ\ncđs", "đề án\n06", "Đề án 06/CP06",
]
# around, inside and between phrases
GLUE = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "\u2028", "\u200b",
        ", ", ". ", "-", "/", "(", ")", "“", "”", "_", "x", "9", "đ", "\u0301", "\U0001d41a",
        "\U0001f600", "İ", "ð", "\x00", ""]
FILLERS = ["Tỉnh", "đẩy mạnh", "cấp xã", "người dân", "năm 2025", "số", "chuyển đổi", "hóa",
           "Ủy ban", "dữ liệu", "công nghệ", "thông minh", "İstanbul", "ﬁ", "x", "1", "_", "ð",
           "ðẩy", "Ð", "CDs", "cds", "Ai", "ai", "TẠI", "HAI", "a\u200b\u0301", "e\u0301\u0301",
           "²", "Σ", "ΑΣ", "\u0301", "\U0001d41a", "\U0001f600", "CĐ", "đổi số"]
VARIANTS: list[Callable[[str], str]] = [
    lambda p: p, str.upper, str.capitalize, str.title, strip_diacritics,
    lambda p: strip_diacritics(p).upper(), lambda p: unicodedata.normalize("NFD", p),
    lambda p: old_tones(p), lambda p: old_tones(p.upper()),
    lambda p: p.replace(" ", "  "), lambda p: p.replace(" ", "\n"),
    lambda p: p.replace(" ", "\n\n"),
    lambda p: p.replace(" ", "\u00a0"), lambda p: p.replace(" ", "\u200b "),
    lambda p: p.replace(" ", "\x1c"), lambda p: p.replace(" ", "\x85"),
    lambda p: p.replace(" ", "\t"), lambda p: p.replace(" ", ", "), lambda p: p.replace(" ", "-"),
    lambda p: p.replace("đ", "ð").replace("Đ", "\u00d0"), lambda p: "x" + p, lambda p: p + "x",
    lambda p: "đ" + p, lambda p: p + "ạ", lambda p: "5" + p, lambda p: p + "9", lambda p: "_" + p,
    lambda p: p + "_", lambda p: f"({p})", lambda p: f"“{p}”", lambda p: p + ".",
    lambda p: f"-{p}-", lambda p: f"/{p}/", lambda p: f"{p} {p}", lambda p: f"{p}{p}",
    lambda p: f"{p}, {p}. {p}", lambda p: "İ " + p, lambda p: p[:-1], lambda p: p[1:],
    lambda p: "\u0301" + p, lambda p: p + "\u0301", lambda p: "\U0001d41a" + p,
    lambda p: p + "\U0001d41a", lambda p: "\U0001f600" + p + "\U0001f600",
    lambda p: "x" + p + " " + p, lambda p: p + "x " + p,
]


def old_tones(s: str) -> str:
    for new, old in OLD_TONES.items():
        s = s.replace(new, old).replace(new.upper(), old.upper())
    return s


def phrases() -> tuple[list[str], list[str]]:
    """Every lexicon phrase (terms, abbreviations, ascii forms, regex instances) and negative."""
    lexicon = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    keys = ("patterns", "exact", "ascii", "ascii_exact")
    terms = [p for entry in lexicon["terms"] for key in keys for p in entry.get(key, [])]
    return terms + REGEX_TEXTS, list(lexicon.get("negatives", []))


def synthetic() -> Iterator[Fields]:
    """All synthetic cases, in a fixed order (seeded)."""
    rng = random.Random(6)
    terms, negatives = phrases()
    yield from _variants(terms + negatives)
    yield from _combinations(rng, terms, negatives)
    yield from _mixes(rng, terms + negatives)


def _variants(pool: list[str]) -> Iterator[Fields]:
    """Each phrase in each variant, in the title or the body."""
    for i, phrase in enumerate(pool):
        for variant in VARIANTS:
            text = variant(phrase)
            yield (None, None, text) if i % 3 else (text, None, None)


def _combinations(rng: random.Random, terms: list[str], negatives: list[str]) -> Iterator[Fields]:
    """Phrases nested, overlapping, split by a negative or a field boundary, glued."""
    words = [term.split() for term in terms if " " in term]
    for first in terms:
        second = rng.choice(terms)
        yield None, None, f"{first} {second} {first[: len(first) // 2]}{second}"
        yield None, None, first + second.lower() + " " + first.lower()
    for split in words:
        cut = rng.randint(1, len(split) - 1)
        left, right = " ".join(split[:cut]), " ".join(split[cut:])
        yield None, None, f"{left} {rng.choice(negatives)} {right}"
        yield left, right, right
        yield None, left, right
        yield f"{left} {right}", None, f"{right} {left} {right}"
    for negative in negatives:
        term = rng.choice(terms)
        yield None, None, f"{negative} {term} {negative}{term}"
        yield None, None, f"{term} {negative} {term}".replace(" ", rng.choice(GLUE))
        yield f"İ {negative} {term}", f"{strip_diacritics(negative)} {term}", f"İ {term}"
    for glue in GLUE:
        for term in rng.sample(terms, 8):
            yield None, None, glue + term + glue + term + glue
            yield glue + term, term + glue, glue.join(term.split())


def _mixes(rng: random.Random, pool: list[str]) -> Iterator[Fields]:
    """Random mixes over the three fields; every tenth a few KB long."""
    snippets = pool + FILLERS
    for i in range(400):
        size = 200 if i % 10 == 0 else 5
        yield tuple(_mix(rng, snippets, size) for _ in range(3))


def _mix(rng: random.Random, snippets: list[str], size: int) -> str | None:
    if rng.random() < 0.15:
        return rng.choice([None, ""])
    parts = [rng.choice(VARIANTS)(rng.choice(snippets)) for _ in range(rng.randint(1, size))]
    return "".join(part + rng.choice(GLUE[:12] if rng.random() < 0.8 else GLUE)
                   for part in parts)


def digest(cases: list[Fields]) -> str:
    return hashlib.sha256(json.dumps(cases, ensure_ascii=False).encode()).hexdigest()


def pages() -> Iterator[tuple[str, Fields]]:
    """Title, lead and body of the labelled pages and the replica's articles (no replica port)."""
    from bench.quality import load_cases
    from crawler.extraction import extract_article

    for case in load_cases():
        got = extract_article(case.body, case.url, encoding=case.encoding)
        name = case.name.replace(urlsplit(case.url).netloc, "") if case.url else case.name
        yield name, (got.title, got.lead, got.text)


def scorer(reference: str | None) -> ModuleType:
    """``pipelines.topic``, or the module in the file ``reference`` (its folder on the path)."""
    if reference is None:
        import pipelines.topic

        return pipelines.topic
    path = Path(reference).resolve()
    sys.path.append(str(path.parent))
    spec = importlib.util.spec_from_file_location("reference_topic", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", help="a topic.py to take score() from")
    topic = scorer(parser.parse_args().reference)
    lexicon = topic.load_lexicon(LEXICON)
    names = [term.name for term in lexicon.terms]
    page_lines = []
    for name, fields in pages():
        result = topic.score(*fields, lexicon)
        page_lines.append(json.dumps([name, *fields, result.topics, result.relevance],
                                     ensure_ascii=False, separators=(",", ":")))
    cases = list(synthetic())
    expected = []
    for fields in cases:
        result = topic.score(*fields, lexicon)
        expected.append(json.dumps([result.relevance, *map(names.index, result.topics)],
                                   separators=(",", ":")))
    OUT.write_text(
        '{"terms":' + json.dumps(names, ensure_ascii=False)
        + ',\n"pages":[\n' + ",\n".join(page_lines)
        + f'\n],\n"synthetic":{{"sha256":"{digest(cases)}","expected":[\n'
        + ",\n".join(expected) + "\n]}}\n", encoding="utf-8")
    print(f"{OUT}: {len(page_lines)} pages, {len(cases)} synthetic, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
