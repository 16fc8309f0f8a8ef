"""Extraction quality on the labelled set: this project's extraction beside plain trafilatura.

``python -m bench.quality`` prints body token F1, title / minute-exact time / author matches and
topic precision and recall for both. ``python -m bench.quality --set NAME`` reads
``tests/data/NAME/truth.json`` and prints one row per template, ours next to plain trafilatura
(body F1 of lead + body, accepted, minute-exact time where the page shows one and the day
where it shows a day only, author, CPU ms per page);
``--write`` adds that table to ``bench/RESULTS.md``. ``tests/test_quality_gate.py`` uses
:func:`evaluate` and :func:`by_template`.
"""

from __future__ import annotations

import argparse
import json
import re
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.dates import VN_TZ, parse_datetime
from crawler.text import normalize_text

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LABELLED = DATA / "labelled"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
METRICS = ("body_f1", "title", "time", "author", "topic_precision", "topic_recall")
#: Per-template columns of ``--set``.
SET_METRICS = ("body_f1", "accepted", "time", "author", "cpu_ms")


@dataclass
class Case:
    """One labelled page."""

    name: str
    body: bytes
    url: str
    encoding: str | None
    truth: dict[str, Any]


@dataclass
class Predicted:
    title: str | None
    author: str | None
    published_at: datetime | None
    text: str
    relevant: bool
    accepted: bool = True
    lead: str | None = None


def _day(value: datetime) -> Any:
    """The calendar day of ``value`` in Vietnam."""
    return value.astimezone(VN_TZ).date()


def load_cases(root: Path = LABELLED) -> list[Case]:
    """The labelled pages of ``tests/data/labelled/truth.json``, plus the replica's (if any)."""
    return load_set(root) + replica_cases()


def sets() -> list[str]:
    """Names of the labelled sets under ``tests/data`` (directories with a ``truth.json``)."""
    return sorted(p.parent.name for p in DATA.glob("*/truth.json"))


def load_set(root: Path | str) -> list[Case]:
    """The pages of one set (``tests/data/NAME`` or a directory) with their truth."""
    root = root if isinstance(root, Path) else DATA / root
    truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    truth = truth["pages"] if isinstance(truth, dict) else truth
    return [Case(t["file"], (root / t["file"]).read_bytes(), t["url"], t.get("encoding"), t)
            for t in truth]


def replica_cases() -> list[Case]:
    """The offline replica's published articles (faults included), fetched from its sites.

    Uses ``cds.replica.Replica`` (started here, stopped after).
    """
    from cds.replica import Replica

    cases = []
    with Replica() as replica:
        for rec in replica.truth():
            if not rec.get("published") or rec.get("text") is None:
                continue
            body, charset = _fetch(rec["url"])
            truth = dict(rec, flags=["replica", rec.get("site", ""), rec.get("fault")])
            cases.append(Case(f"replica:{rec['url']}", body, rec["url"], charset, truth))
    return cases


def _fetch(url: str, attempts: int = 2) -> tuple[bytes, str | None]:
    """GET a replica page (its "500-once" pages answer on the second try)."""
    for attempt in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
                return response.read(), response.headers.get_content_charset()
        except urllib.error.HTTPError:
            if attempt == attempts - 1:
                raise
    raise RuntimeError(url)


def tokens(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", normalize_text(text or "").casefold()))


def token_f1(predicted: str | None, truth: str | None) -> float:
    """Bag-of-words F1 between two texts (1.0 when both are empty)."""
    p, t = tokens(predicted), tokens(truth)
    if not p and not t:
        return 1.0
    common = sum((p & t).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def _same(a: str | None, b: str | None) -> bool:
    return normalize_text(a or "").casefold() == normalize_text(b or "").casefold()


_AUTHOR_JOINERS = re.compile(r"\s*(?:,|;|&|\s[-–—]\s|\svà\s)\s*")


def same_author(got: str | None, truth: str | None) -> bool:
    """The same people in the same order, however the names are joined ("Ngọc Hân, Đình
    Phúc" is "Ngọc Hân - Đình Phúc"): truth writers differ on the joiner, not on the names."""
    def names(value: str | None) -> list[str]:
        return [n for n in _AUTHOR_JOINERS.split(normalize_text(value or "").casefold()) if n]
    return names(got) == names(truth)


def evaluate(cases: Iterable[Case], predict: Callable[[Case], Predicted]) -> dict[str, Any]:
    """Mean scores of ``predict`` over ``cases``; ``failures`` names the misses per metric."""
    f1s, hits = [], Counter()
    failures: dict[str, list[str]] = {m: [] for m in METRICS}
    tp = fp = fn = 0
    n = 0
    for case in cases:
        n += 1
        truth = case.truth
        got = predict(case)
        f1 = token_f1(got.text, truth["text"])
        f1s.append(f1)
        if f1 < 0.95:
            failures["body_f1"].append(f"{case.name} ({f1:.3f})")
        if not got.accepted and truth.get("is_article", True):
            failures.setdefault("accepted", []).append(case.name)
        for metric, ok in (
            ("title", _same(got.title, truth["title"])),
            ("time", got.published_at is not None
             and got.published_at == parse_datetime(truth["published_at"])),
            ("author", same_author(got.author, truth.get("author"))),
        ):
            hits[metric] += ok
            if not ok:
                failures[metric].append(case.name)
        relevant = bool(truth.get("relevant"))
        tp += got.relevant and relevant
        fp += got.relevant and not relevant
        fn += relevant and not got.relevant
        if got.relevant != relevant:
            failures["topic_precision" if got.relevant else "topic_recall"].append(case.name)
    return {
        "pages": n,
        "body_f1": sum(f1s) / n if n else 0.0,
        "title": hits["title"] / n if n else 0.0,
        "time": hits["time"] / n if n else 0.0,
        "author": hits["author"] / n if n else 0.0,
        "topic_precision": tp / (tp + fp) if tp + fp else 1.0,
        "topic_recall": tp / (tp + fn) if tp + fn else 1.0,
        "failures": failures,
    }


def _template(case: Case) -> str:
    return str(case.truth.get("template") or case.truth.get("site") or "-")


def _full(lead: str | None, text: str | None) -> str:
    """Lead + body, as the issue measures (a lead repeated as the body's start counts once)."""
    text = text or ""
    if not lead or normalize_text(text).casefold().startswith(normalize_text(lead).casefold()):
        return text
    return f"{lead}\n{text}"


def score_set(cases: Iterable[Case], predict: Callable[[Case], Predicted]) -> dict[str, Any]:
    """Per-template scores: body F1, accepted share (of pages that are articles), minute-exact
    time over pages that show a time, author match, CPU ms per page; ``all`` for the set."""
    rows: dict[str, dict[str, list[float]]] = {}
    invented: list[str] = []
    for case in cases:
        truth = case.truth
        start = time.process_time()
        got = predict(case)
        cpu = (time.process_time() - start) * 1000
        for key in (_template(case), "all"):
            row = rows.setdefault(key, {m: [] for m in SET_METRICS})
            row["cpu_ms"].append(cpu)
            if truth.get("is_article", True) is False:
                row["accepted"].append(float(not got.accepted))
                continue
            row["accepted"].append(float(got.accepted))
            row["body_f1"].append(token_f1(_full(got.lead, got.text) if got.accepted else "",
                                           _full(truth.get("lead"), truth["text"])))
            row["author"].append(float(same_author(got.author, truth.get("author"))))
            shown = parse_datetime(truth.get("published_at"))
            if shown is not None and truth.get("time_shown", True) is False:
                # the page shows a day only: the day must be right (issue #12 counts
                # minute-exact times where the page shows a time)
                row["time"].append(float(got.published_at is not None and _day(
                    got.published_at) == _day(shown)))
            elif shown is not None:
                row["time"].append(float(got.published_at == shown))
            elif got.published_at is not None and key == "all":
                invented.append(case.name)
    result = {key: {m: (sum(v) / len(v) if v else None) for m, v in row.items()} | {
        "pages": len(row["cpu_ms"])} for key, row in rows.items()}
    result.setdefault("all", {m: None for m in SET_METRICS} | {"pages": 0})
    result["all"]["invented_dates"] = invented
    return result


def by_template(cases: list[Case]) -> dict[str, dict[str, Any]]:
    """``{"ours": score_set(...), "trafilatura": score_set(...)}`` on the same pages."""
    return {"ours": score_set(cases, project_predict()),
            "trafilatura": score_set(cases, trafilatura_predict)}


def _cell(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def set_table(name: str, scores: dict[str, dict[str, Any]]) -> str:
    """Markdown: one row per template, ours next to plain trafilatura."""
    ours, theirs = scores["ours"], scores["trafilatura"]
    head = ("| template | pages | body F1 ours | trafilatura | accepted ours | trafilatura "
            "| time ours | trafilatura | author ours | trafilatura | CPU ms ours | trafilatura |")
    lines = [f"Set `{name}`: {ours['all']['pages']} pages.", "", head,
             "|" + "---|" * 12]
    for key in sorted(k for k in ours if k != "all") + ["all"]:
        a, b = ours[key], theirs[key]
        worse = (a["body_f1"] is not None and b["body_f1"] is not None
                 and a["body_f1"] < b["body_f1"] - 0.005)
        label = f"**{key}**" if key == "all" else key + (" ⚠" if worse else "")
        lines.append(f"| {label} | {a['pages']} | " + " | ".join(
            f"{_cell(a[m], 1 if m == 'cpu_ms' else 3)} | {_cell(b[m], 1 if m == 'cpu_ms' else 3)}"
            for m in ("body_f1", "accepted", "time", "author", "cpu_ms")) + " |")
    cpu_a, cpu_b = ours["all"]["cpu_ms"], theirs["all"]["cpu_ms"]
    if cpu_a and cpu_b:
        lines += ["", f"CPU per page: ours {cpu_a:.1f} ms, plain trafilatura {cpu_b:.1f} ms "
                  f"({cpu_a / cpu_b:.2f}×). Dates given where the truth has none: "
                  f"{len(ours['all']['invented_dates'])}. ⚠ = ours below trafilatura."]
    return "\n".join(lines)


def project_predict(**options: Any) -> Callable[[Case], Predicted]:
    """This project's extraction plus topic scoring (optionally other trafilatura options)."""
    from crawler import extraction
    from pipelines.topic import load_lexicon, score

    lexicon = load_lexicon()
    saved = dict(extraction.TRAFILATURA_OPTIONS)

    def predict(case: Case) -> Predicted:
        extraction.TRAFILATURA_OPTIONS.update(options)
        try:
            got = extraction.extract_article(case.body, case.url, encoding=case.encoding)
        finally:
            extraction.TRAFILATURA_OPTIONS.clear()
            extraction.TRAFILATURA_OPTIONS.update(saved)
        relevance = score(got.title, got.lead, got.text, lexicon).relevance
        return Predicted(got.title, got.author, got.published_at, got.text, relevance >= 0.5,
                         got.is_article, got.lead)

    return predict


def trafilatura_predict(case: Case) -> Predicted:
    """trafilatura with default options and metadata; topic from our lexicon on its output."""
    import trafilatura

    from crawler.text import decode_html
    from pipelines.topic import load_lexicon, score

    html = decode_html(case.body, case.encoding)
    doc = trafilatura.bare_extraction(html, url=case.url, with_metadata=True)
    if doc is None:
        return Predicted(None, None, None, "", False)
    text = doc.text or ""
    relevance = score(doc.title, doc.description, text, _LEXICON.setdefault(
        "x", load_lexicon())).relevance
    accepted = len(re.findall(r"\w+", text)) >= 50  # our MIN_WORDS, for a fair comparison
    return Predicted(doc.title, doc.author, parse_datetime(doc.date), text, relevance >= 0.5,
                     accepted)


_LEXICON: dict[str, Any] = {}


def table(rows: dict[str, dict[str, Any]]) -> str:
    """A plain-text table: one row per extractor, one column per metric."""
    header = f"{'extractor':<34}{'pages':>6}" + "".join(f"{m:>16}" for m in METRICS)
    lines = [header, "-" * len(header)]
    for name, result in rows.items():
        lines.append(f"{name:<34}{result['pages']:>6}"
                     + "".join(f"{result[m]:>16.3f}" for m in METRICS))
    return "\n".join(lines)


def main_set(name: str, write: bool) -> None:
    """``--set NAME``: the per-template table (and ``--write`` it to bench/RESULTS.md)."""
    scores = by_template(load_set(name))
    text = set_table(name, scores)
    print(text)
    if write:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write(f"\n## Extraction quality, set `{name}` ({stamp})\n\n"
                      f"`python -m bench.quality --set {name}`\n\n{text}\n")
        print(f"added to {RESULTS}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.quality")
    parser.add_argument("--set", dest="name", choices=sets(),
                        help="one labelled set under tests/data, per template")
    parser.add_argument("--write", action="store_true", help="add the table to RESULTS.md")
    args = parser.parse_args()
    if args.name:
        main_set(args.name, args.write)
        return
    cases = load_cases()
    rows = {
        "project (favor_precision)": evaluate(cases, project_predict()),
        "project (default trafilatura)": evaluate(
            cases, project_predict(favor_precision=False)),
        "project (favor_recall)": evaluate(
            cases, project_predict(favor_precision=False, favor_recall=True)),
        "project (no tables)": evaluate(cases, project_predict(include_tables=False)),
        "trafilatura defaults + metadata": evaluate(cases, trafilatura_predict),
    }
    print(table(rows))
    replica = sum(case.name.startswith("replica:") for case in cases)
    print(f"{len(cases)} pages: {len(cases) - replica} labelled, {replica} from the replica")
    best = rows["project (favor_precision)"]
    for metric, names in best["failures"].items():
        if names:
            print(f"{metric}: {', '.join(names[:12])}")


if __name__ == "__main__":
    main()
