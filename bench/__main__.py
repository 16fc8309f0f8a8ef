"""``python -m bench``: every benchmark, side by side, into bench/RESULTS.md and bench/results.json.

    python -m bench [--scale N] [--repeat R] [--quick] [--only backfill,peers,recrawl,...]

Scenarios: ``backfill`` (our crawl), ``ceiling`` (extraction alone), ``peers`` (trafilatura,
news-please), ``profile``, ``recrawl``, ``archive`` (a backfill against 1M visited URLs), and
the modules ``storage``, ``dump``, ``quality``, ``warc`` (the raw archive's cost),
``discovery`` (home pages alone), ``egress`` (the egress check's cost) (``python -m bench.NAME``,
each writing bench/out/NAME.json). ``bench.search`` (search latency at 1M articles) runs on its
own: it takes longer than all of these. Sections of an existing RESULTS.md that a run does not
produce are kept. Repetitions are interleaved, so
machine noise hits every contender alike; tables show medians.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import archive, backfill, peers, recrawl
from bench.harness import (
    BENCH,
    OUT,
    PYTHON,
    ROOT,
    ReplicaHandle,
    log_print,
    machine,
    median,
    run_child,
    version,
    write_json,
    write_report,
)

SCENARIOS = ("backfill", "ceiling", "peers", "profile", "recrawl", "archive", "storage", "dump",
             "quality", "warc", "discovery", "egress")
MODULES = ("storage", "dump", "quality", "warc", "discovery", "egress")
#: Defaults sized so that ``make bench`` ends within 20 minutes on 2 cores (see README).
DEFAULT_SCALE, DEFAULT_REPEAT = 5000, 3
QUICK_SCALE, QUICK_REPEAT = 120, 1
#: news-please can spend minutes on the replica's 5 MB page: its runs are capped (seconds).
PEER_TIMEOUT = {"full": 60.0, "quick": 60.0}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("--scale", type=int, help=f"generated articles (default {DEFAULT_SCALE})")
    p.add_argument("--repeat", type=int, help=f"repetitions (default {DEFAULT_REPEAT})")
    p.add_argument("--quick", action="store_true", help="smoke run (~2-3 minutes)")
    p.add_argument("--only", help=f"comma-separated subset of {','.join(SCENARIOS)}")
    p.add_argument("--workdir", help="keep logs, databases, peer outputs here")
    p.add_argument("--results-dir", default=str(BENCH),
                   help="where RESULTS.md and results.json go (default bench/)")
    p.add_argument("--report-only", action="store_true",
                   help="rewrite RESULTS.md from an existing results.json")
    p.add_argument("--supplement", action="append", default=[], metavar="RESULTS_JSON",
                   help="with --report-only: add another run's backfill (e.g. --scale 5000)")
    args = p.parse_args(argv)
    if args.report_only:
        dest = Path(args.results_dir)
        res = json.loads((dest / "results.json").read_text())
        for extra in args.supplement:
            other = json.loads(Path(extra).read_text())
            res.setdefault("supplement", []).append(
                {k: other.get(k) for k in ("command", "started", "elapsed_s", "scale", "repeat",
                                           "machine", "replica", "backfill", "backfill_runs")})
        write_json(dest / "results.json", res)
        write_report(res, dest / "RESULTS.md")
        return 0
    scale = args.scale or (QUICK_SCALE if args.quick else DEFAULT_SCALE)
    repeat = args.repeat or (QUICK_REPEAT if args.quick else DEFAULT_REPEAT)
    only = set((args.only or ",".join(SCENARIOS)).split(","))
    if unknown := only - set(SCENARIOS):
        p.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    if args.quick and not args.only:
        only -= set(MODULES)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="cds-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    cmd = "python -m bench " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    results: dict[str, Any] = {
        "command": cmd.strip(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "scale": scale, "repeat": repeat, "quick": args.quick, "scenarios": sorted(only),
        "machine": machine(), "workdir": str(workdir), "crawl_settings": backfill.THROUGHPUT,
        "notes": [],
    }
    log_print(f"bench: scale={scale} repeat={repeat} only={sorted(only)} workdir={workdir}")
    try:
        run(results, only, scale, repeat, workdir, quick=args.quick)
    finally:
        results["elapsed_s"] = time.time() - t0
        dest = Path(args.results_dir)
        write_json(dest / "results.json", results)
        write_report(results, dest / "RESULTS.md")
        log_print(f"bench: done in {results['elapsed_s']:.0f} s -> {dest / 'RESULTS.md'}")
    return 0


def run(results: dict[str, Any], only: set[str], scale: int, repeat: int, workdir: Path,
        *, quick: bool) -> None:
    peer_timeout = PEER_TIMEOUT["quick" if quick else "full"]
    venvs: dict[str, Any] = {}
    if "peers" in only:
        for name in peers.SPECS:
            log_print(f"peer venv {name} ...")
            venvs[name] = peers.ensure_venv(name, workdir / f"pip-{name}.log")
            venvs[name]["version"] = version(
                "news-please" if name == "newsplease" else name, venvs[name]["python"]) \
                if venvs[name]["ok"] else None
        results["peer_venvs"] = venvs
    needs_replica = only & {"backfill", "ceiling", "peers", "profile", "recrawl", "archive"}
    if needs_replica:
        with ReplicaHandle(scale, workdir) as rep:
            results["replica"] = {"published": len(rep.published_urls()),
                                  "sites": {k: v.base_url for k, v in rep.sites.items()}}
            _with_replica(results, only, repeat, workdir, rep, venvs, peer_timeout)
    for name in MODULES:
        if name in only:
            results.setdefault("modules", {})[name] = run_module(name, workdir)


def _with_replica(results: dict[str, Any], only: set[str], repeat: int, workdir: Path,
                  rep: ReplicaHandle, venvs: dict[str, Any], peer_timeout: float) -> None:
    runs: dict[str, list[dict[str, Any]]] = {}
    pages = workdir / "pages.pickle"
    last_db: Path | None = None
    for i in range(repeat):
        if "backfill" in only or "recrawl" in only:
            for key, extra in (("ours", {}), ("ours_inline", {"CDS_EXTRACT_PROCESSES": 0})):
                if key == "ours_inline" and ("backfill" not in only or i > 0):
                    continue  # a variant for reference: one run is enough
                log_print(f"[{i + 1}/{repeat}] {key} backfill crawl ...")
                r = backfill.crawl(rep, workdir, f"{key}-{i}", settings=extra)
                runs.setdefault(key, []).append(r)
                log_print(f"  {r['article_pages']} article pages in {r['wall_s']:.1f} s, "
                          f"rss {r['peak_rss_mb']:.0f} MB, rc {r['rc']}")
            last_db = workdir / f"ours-{i}.db"
        if "ceiling" in only:
            if not pages.exists():
                log_print(f"fetching pages once: {backfill.dump_pages(rep, pages)}")
            for mode in ("ours", "trafilatura") if i == 0 else ("ours",):
                log_print(f"[{i + 1}/{repeat}] ceiling {mode} ...")
                runs.setdefault(f"ceiling_{mode}", []).append(
                    backfill.ceiling(pages, workdir, mode))
        if "peers" in only:
            for name, fn in (("trafilatura", peers.run_trafilatura),
                             ("newsplease", peers.run_newsplease)):
                if not venvs.get(name, {}).get("ok"):
                    continue
                log_print(f"[{i + 1}/{repeat}] peer {name} ...")
                r = fn(rep, workdir, f"{name}-{i}", timeout=peer_timeout)
                runs.setdefault(name, []).append(r)
                log_print(f"  {r['articles']} articles in {r['wall_s']:.1f} s"
                          f"{' (time limit)' if r['timed_out'] else ''}")
    results["backfill_runs"] = runs
    results["backfill"] = {name: _medians(rs) for name, rs in runs.items()}
    if "profile" in only:
        log_print("profile ...")
        results["profile"] = _guard(lambda: __import__("bench.profile", fromlist=["x"])
                                    .profile_backfill(rep, workdir))
    if "recrawl" in only and last_db is not None:
        rc: dict[str, list[dict[str, Any]]] = {}
        for i in range(repeat):
            log_print(f"[{i + 1}/{repeat}] re-crawl unchanged / k=10 ...")
            rc.setdefault("unchanged", []).append(recrawl.unchanged(rep, workdir, last_db, i))
            rc.setdefault("k10", []).append(recrawl.k_new(rep, workdir, last_db, i, 10))
        for name in ("trafilatura", "newsplease"):
            # peers keep no state: their 2nd backfill run is a re-crawl of an unchanged world
            prior = runs.get(name, [])
            if len(prior) >= 2:
                rc[f"{name}_rerun"] = [recrawl.peer_row(r) for r in prior[1:]]
            elif prior:
                rc[f"{name}_rerun"] = [recrawl.peer_row(prior[0])]
                results["notes"].append(f"{name}: one run only; its re-crawl row is that first "
                                        "run (it keeps no state, so a re-run repeats it).")
        results["recrawl_runs"] = rc
        results["recrawl"] = {k: _medians(v) for k, v in rc.items()}
    if "archive" in only:
        log_print(f"archive: a backfill against {archive.VISITED:,} visited URLs ...")
        results["archive"] = _guard(lambda: archive.crawl_large_archive(rep, workdir))


def _medians(rows: list[dict[str, Any]]) -> dict[str, Any]:
    keys = [k for k, v in rows[0].items() if isinstance(v, int | float) and not isinstance(v, bool)]
    out: dict[str, Any] = {"runs": len(rows), **{k: median(r.get(k) for r in rows) for k in keys}}
    for k in ("requests", "expected"):
        if isinstance(rows[0].get(k), dict):
            out[k] = {kk: median(r[k].get(kk) for r in rows) for kk in rows[0][k]}
    out["timed_out"] = any(r.get("timed_out") for r in rows)
    return out


def run_module(name: str, workdir: Path) -> dict[str, Any]:
    """``python -m bench.NAME`` if the module exists; its bench/out/NAME.json is collected."""
    if not (BENCH / f"{name}.py").exists() and not (BENCH / name).is_dir():
        return {"skipped": f"bench/{name}.py is absent"}
    out = OUT / f"{name}.json"
    log_print(f"module bench.{name} ...")
    r = run_child([PYTHON, "-m", f"bench.{name}"], cwd=ROOT, log=workdir / f"{name}.log",
                  timeout=480)
    data: Any = None
    if out.exists() and out.stat().st_mtime >= time.time() - r.wall_s - 5:
        try:
            data = json.loads(out.read_text(encoding="utf-8"))
        except ValueError as exc:
            data = {"error": f"bad JSON: {exc}"}
    tail = Path(r.log).read_text(errors="replace").splitlines()[-15:] if r.log else []
    return {"rc": r.rc, "wall_s": r.wall_s, "timed_out": r.extra.get("timed_out"),
            "data": data, "log_tail": tail if r.rc or data is None else []}


def _guard(fn: Any) -> Any:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - one failed scenario must not lose the others
        return {"error": f"{type(exc).__name__}: {exc}"}


if __name__ == "__main__":
    sys.exit(main())
