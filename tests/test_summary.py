"""The verdict and the table of a crawl, from its stats (crawler/summary.py)."""

from __future__ import annotations

from crawler.summary import EXIT_CODES, Verdict, render_table, source_lines, verdict


def lines(stats: dict, ids: list[str]):
    return source_lines(stats, ids)


def judge(stats: dict, ids: list[str], **kw) -> Verdict:
    args = {"reason": "finished", "database_down": False, "registry": "r.yaml",
            "registry_errors": 0, "elapsed": 75.0, **kw}
    return verdict(lines(stats, ids), **args)


STATS = {
    "cds/source/a/responses": 12, "cds/source/a/discovered": 9, "cds/source/a/fetched": 8,
    "cds/source/a/stored": 4, "cds/source/a/duplicates": 1, "cds/source/a/off_topic": 3,
    "cds/source/a/errors/http_404": 1,
    "cds/source/b/errors/CannotResolveHostError": 2,
    "cds/source/c/errors/robots_forbidden": 1,
}


def test_verdicts() -> None:
    ok = judge(STATS, ["a", "b"])
    assert (ok.name, ok.exit_code) == ("ok", 0)
    assert ok.message == ("Crawl finished in 1 min 15 s: 1 of 2 sources answered; 8 article "
                          "pages fetched, 5 new CĐS articles (1 syndicated copy). "
                          "1 unreachable (dns 1).")
    down = judge(STATS, ["b"])
    assert (down.name, down.exit_code) == ("unreachable", 4)
    assert "1 of 1 unreachable (dns 1)" in down.message
    # a worker of a shared queue (scrapy-redis) whose requests the others all took
    idle = judge({}, ["a", "b"], sent=0, shared_queue=True)
    assert (idle.name, idle.exit_code) == ("ok", 0)
    assert judge({}, ["a"], sent=0).name == "unreachable"
    assert judge(STATS, ["b"], sent=2, shared_queue=True).name == "unreachable"
    # a source none of whose requests came to this worker is its peers' share, not unreachable
    shared = judge(STATS, ["a", "b", "d"], sent=13, shared_queue=True)
    assert shared.message.endswith("1 unreachable (dns 1). 1 left to the other workers "
                                   "(none of its requests came to this one).")
    assert "no request" in judge(STATS, ["a", "d"], sent=13).message
    # robots.txt forbidding us is an answer of the host
    assert judge(STATS, ["c"]).name == "ok"
    assert judge({}, [], registry_errors=2).message == (
        "No valid source to crawl in r.yaml: 2 invalid entries (listed above; "
        "`cds sources check --file r.yaml`).")
    assert judge({}, []).exit_code == EXIT_CODES["no_valid_source"] == 3
    assert judge(STATS, ["a"], database_down=True).exit_code == 5
    assert judge(STATS, ["a"], reason="database_unavailable").name == "database_unavailable"


def test_verdict_from_exit_code() -> None:
    assert Verdict.from_exit_code(0).ok
    assert Verdict.from_exit_code(4).name == "unreachable"
    assert Verdict.from_exit_code(77).name == "failed"
    assert Verdict.from_exit_code(-9).message == "killed by signal 9"


def test_table() -> None:
    text = render_table(lines(STATS, ["a", "b"]))
    header, row_a, row_b = text.splitlines()
    assert header.split() == ["source", "answered", "discovered", "fetched", "new", "off-topic",
                              "not", "modified", "errors"]
    assert row_a.split() == ["a", "yes", "9", "8", "5", "3", "0", "http_404", "1"]
    assert row_b.split() == ["b", "no", "0", "0", "0", "0", "0", "dns", "2"]
