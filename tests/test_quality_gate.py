"""Quality gate on the labelled set (tests/data/labelled, plus the replica's pages when present)
and, per template, on every set under tests/data that has a truth.json.

Prints the table and fails below: body token F1 0.95 (mean), title 0.98, minute-exact
publication time 0.98, topic precision 0.95 and recall 0.95. Author match is reported.
Each set has its floors in :data:`SET_GATES` (default: issue #12's targets) and no template
may score a lower body F1 than plain trafilatura on the same pages.
"""

from __future__ import annotations

import json

import pytest

from bench.quality import (
    LABELLED,
    by_template,
    evaluate,
    load_cases,
    load_set,
    project_predict,
    set_table,
    sets,
    table,
)
from crawler.extraction import extract_article

GATES = {"body_f1": 0.95, "title": 0.98, "time": 0.98, "topic_precision": 0.95,
         "topic_recall": 0.95}
#: Floors per set over all its pages: body F1 (lead + body), accepted share, minute-exact time
#: where the page shows one, author match (issue #12's targets by default).
DEFAULT_SET_GATES = {"body_f1": 0.97, "accepted": 1.0, "time": 0.95, "author": 0.90}
#: Tuning sets (rules were tuned on them, issue #12 rounds two and three): ``tune``,
#: ``holdout`` (held out in round one), ``tune2`` and ``holdout2`` (held out in round two and
#: measured once; a TUNING set since round three), ``holdout3`` (held out in round three, a
#: TUNING set since round four), ``holdout4`` (held out in round four, a TUNING set since round
#: five), ``holdout5`` (held out in round five, a TUNING set since round six), ``holdout6``
#: (held out in round six, a TUNING set since round seven), ``holdout7`` (held out in round
#: seven, a TUNING set since round eight), ``holdout8`` (held out in round eight, a TUNING set
#: since round nine). Their floors
#: are the figures reached minus a small margin against regressions; a set written blind for
#: a later round (measured by the coordinator) gets issue #12's targets by default.
_TUNED = {"body_f1": 0.99, "accepted": 1.0, "time": 0.97, "author": 0.95}
SET_GATES: dict[str, dict[str, float]] = {
    "labelled": DEFAULT_SET_GATES,
    "tune": _TUNED,
    "holdout": _TUNED,
    "tune2": _TUNED,
    # round four reached 0.993 / 1.000 / 1.000 / 1.000 (bench/RESULTS.md)
    "holdout2": {"body_f1": 0.985, "accepted": 1.0, "time": 0.97, "author": 0.95},
    # held out in round three (0.987 / 1.000 / 0.955 / 0.568), a TUNING set since round four:
    # round four reached 0.999 / 1.000 / 1.000 / 1.000
    "holdout3": {"body_f1": 0.99, "accepted": 1.0, "time": 0.97, "author": 0.95},
    # held out in round four, measured once on 2026.12.4 (0.973 / 0.958 / 0.977 / 0.860,
    # bench/RESULTS.md), a TUNING set since round five: round five reached
    # 1.000 / 1.000 / 1.000 / 1.000
    "holdout4": {"body_f1": 0.99, "accepted": 1.0, "time": 0.97, "author": 0.95},
    # held out in round five, measured once on 2026.12.5 (0.990 / 0.905 / 1.000 / 0.833,
    # bench/RESULTS.md), a TUNING set since round six: round six reached
    # 1.000 / 1.000 / 1.000 / 1.000
    "holdout5": _TUNED,
    # held out in round six, measured once on 2026.12.7 (0.999 / 0.933 / 0.920 / 0.880,
    # bench/RESULTS.md), a TUNING set since round seven: round seven reached
    # 0.999 / 1.000 / 1.000 / 1.000
    "holdout6": _TUNED,
    # held out in round seven, measured once on 2026.12.8 (0.994 / 0.967 / 0.920 / 0.920,
    # bench/RESULTS.md), a TUNING set since round eight: round eight reached
    # 0.999 / 1.000 / 1.000 / 1.000
    "holdout7": _TUNED,
    # held out in round eight, measured once on 2026.12.9 (0.995 / 1.000 / 0.960 / 0.800,
    # bench/RESULTS.md), a TUNING set since round nine: round nine reached
    # 0.995 / 1.000 / 1.000 / 1.000
    "holdout8": _TUNED,
    # held out in round nine, measured once on 2026.12.10 (0.986 / 0.867 / 0.917 / 0.917,
    # bench/RESULTS.md), a TUNING set since round ten: round ten reached
    # 0.986 / 0.867 / 0.917 / 1.000, round twelve 0.989 / 1.000 / 1.000 / 1.000 (floors:
    # those minus a small margin)
    "holdout9": {"body_f1": 0.987, "accepted": 0.99, "time": 0.99, "author": 0.99},
    # held out until round twelve, written blind (press templates), measured once on
    # 2026.12.12 (0.998 / 0.967 / 0.875 / 0.958, bench/RESULTS.md), a TUNING set since round
    # twelve: round sixteen reached 0.998 / 1.000 / 1.000 / 1.000 (floors: those minus a margin)
    "holdout10": _TUNED,
    # held out until round sixteen, written blind (16: state sites, 17: press), measured once
    # on 2026.12.14 (16: 0.967 / 0.917 / 0.947 / 0.947; 17: 0.996 / 0.917 / 0.947 / 0.842,
    # bench/RESULTS.md), TUNING sets since round sixteen: round sixteen reached 0.999 / 1.000
    # / 1.000 / 1.000 and 1.000 / 1.000 / 1.000 / 1.000 (floors: those minus a margin)
    "holdout16": _TUNED,
    "holdout17": _TUNED,
    # held out until round sixteen's second part, written blind (18: state sites, 19: press),
    # measured once on 2026.12.17 (18: 0.946 / 0.875 / 0.895 / 0.947; 19: 0.998 / 0.958 /
    # 0.947 / 1.000, bench/RESULTS.md), TUNING sets since: 2026.12.18 reached 0.998 / 1.000 /
    # 1.000 / 1.000 on both (floors: those minus a margin)
    "holdout18": _TUNED,
    "holdout19": _TUNED,
    # held out until round sixteen's third part, written blind (20: state sites, 21: press),
    # measured once on 2026.12.18 (20: 0.998 / 0.917 / 0.947 / 0.895; 21: 1.000 / 0.958 /
    # 1.000 / 1.000, bench/RESULTS.md), TUNING sets since: 2026.12.19 reached 0.999 / 1.000 /
    # 1.000 / 1.000 and 1.000 / 1.000 / 1.000 / 1.000 (floors: those minus a margin)
    "holdout20": _TUNED,
    "holdout21": _TUNED,
    # held out until the end of round sixteen, written blind (22: state sites, 23: press),
    # measured once on 2026.12.20 (22: 0.995 / 0.958 / 0.842 / 0.947; 23: 0.998 / 1.000 /
    # 0.947 / 0.947, bench/RESULTS.md), TUNING sets since: 2026.12.21 reached 0.997 / 1.000 /
    # 1.000 / 1.000 and 1.000 / 1.000 / 1.000 / 1.000 (floors: those minus a margin)
    "holdout22": _TUNED,
    "holdout23": _TUNED,
    # held out, written blind (24: state sites, 25: press), measured once on 2026.12.21 (the
    # round-sixteen figure: 0.998 / 0.958 / 1.000 / 1.000 and 1.000 / 0.958 / 1.000 / 1.000,
    # bench/RESULTS.md); never tuned on (floors: those minus a margin)
    "holdout24": {"body_f1": 0.99, "accepted": 0.95, "time": 0.97, "author": 0.95},
    "holdout25": {"body_f1": 0.99, "accepted": 0.95, "time": 0.97, "author": 0.95},
}
#: Templates known to trail plain trafilatura (open work), as measured on held-out sets.
KNOWN_BEHIND: dict[str, set[str]] = {}
#: A template may trail plain trafilatura's body F1 by this rounding margin only.
MARGIN = 0.005


@pytest.fixture(scope="module")
def result():
    cases = load_cases()
    replica_pages = sum(case.name.startswith("replica:") for case in cases)
    assert len(cases) - replica_pages >= 60
    assert replica_pages >= 40, "the replica's articles are part of the gate"
    return {**evaluate(cases, project_predict()), "replica_pages": replica_pages}


def test_labelled_set_shape():
    truth = json.loads((LABELLED / "truth.json").read_text(encoding="utf-8"))
    assert len(truth) >= 60
    hard = [t for t in truth if set(t["flags"]) & {
        "no_meta_date", "nfd", "cp1258", "cds_sidebar", "kicker", "nbsp"}]
    assert len(hard) >= len(truth) // 3
    assert {t["template"] for t in truth} >= {"daklak", "onecms", "liferay", "inet", "nukeviet",
                                              "baochinhphu", "anhp"}
    assert any(not t["relevant"] for t in truth) and any(t["relevant"] for t in truth)


def test_quality_gate(result, capsys):
    with capsys.disabled():
        print("\n" + table({"project": result}))
        print(f"replica pages included: {result['replica_pages']}")
        for metric, names in result["failures"].items():
            if names:
                print(f"  {metric} misses: {', '.join(names[:10])}")
    failed = {m: round(result[m], 3) for m, floor in GATES.items() if result[m] < floor}
    assert not failed, f"below the gate: {failed}"


def test_listing_pages_are_rejected():
    for path in sorted((LABELLED / "listing").glob("*.html")):
        got = extract_article(path.read_bytes(), f"https://example.vn/{path.stem}/")
        assert not got.is_article, path.name


def test_replica_listing_pages_are_rejected():
    """The replica's section pages (when the replica runs) are never taken for articles."""
    import urllib.request

    from cds.replica import Replica

    with Replica() as replica:
        urls = [u for entry in replica.registry() for u in entry.get("start_urls", [])]
        assert urls
        for url in urls:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
                got = extract_article(response.read(), url,
                                      encoding=response.headers.get_content_charset())
            assert not got.is_article, (url, got.reason)


@pytest.mark.parametrize("name", sets())
def test_set_gate_per_template(name, capsys):
    """Every labelled set: the floors of SET_GATES, and no template below plain trafilatura."""
    cases = load_set(name)
    assert cases, name
    scores = by_template(cases)
    with capsys.disabled():
        print("\n" + set_table(name, scores))
    gates = SET_GATES.get(name, DEFAULT_SET_GATES)
    overall = scores["ours"]["all"]
    failed = {m: round(overall[m], 3) for m, floor in gates.items()
              if overall[m] is not None and overall[m] < floor}
    assert not failed, f"{name} below the gate: {failed}"
    invented = overall["invented_dates"]
    assert not invented, f"dates where the page shows none: {invented}"
    behind = {t: (round(row["body_f1"], 3), round(scores["trafilatura"][t]["body_f1"], 3))
              for t, row in scores["ours"].items()
              if row["body_f1"] is not None and scores["trafilatura"][t]["body_f1"] is not None
              and row["body_f1"] < scores["trafilatura"][t]["body_f1"] - MARGIN
              and t not in KNOWN_BEHIND.get(name, set())}
    assert not behind, f"{name}: templates below plain trafilatura (ours, theirs): {behind}"
