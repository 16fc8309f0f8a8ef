"""Shared pieces of the benchmarks: child processes with rusage, medians, the replica, the machine.

Every measured program runs in a child process; :func:`run_child` returns its wall time, CPU
seconds (user + system, children included) and peak RSS from ``os.wait4``.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
VENVS = BENCH / ".venvs"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
KINDS = ("article", "listing", "feed", "sitemap", "robots", "other")


@dataclass
class ChildResult:
    """What one child process cost."""

    argv: list[str]
    rc: int
    wall_s: float
    cpu_s: float
    maxrss_mb: float
    log: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["argv"] = " ".join(self.argv)
        return d


def run_child(argv: Sequence[str], *, env: Mapping[str, str] | None = None,
              cwd: str | Path | None = None, log: str | Path | None = None,
              timeout: float = 1800) -> ChildResult:
    """Run ``argv``; output goes to ``log``. On timeout kills this child and its descendants."""
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
    started = time.time()
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(argv), env=dict(env) if env else None, cwd=cwd, stdout=out,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = t0 + timeout
    status, usage, timed_out = 0, None, False
    hwm: dict[int, int] = {}  # pid -> VmHWM kB (ru_maxrss would count the forking parent)
    peak_pss = 0  # kB: the most the whole process tree held at once, shared pages split
    tick = 0
    try:
        while True:
            tree = [proc.pid, *(_descendants(proc.pid) if tick % 10 == 0 else
                                [p for p in hwm if p > 0 and p != proc.pid])]
            _sample_hwm(tree, hwm)
            if tick % 4 == 0:
                peak_pss = max(peak_pss, _pss(tree))
            tick += 1
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                for pid in [*_descendants(proc.pid), proc.pid]:
                    with contextlib.suppress(OSError):
                        os.kill(pid, 9)
                _, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.05)
    finally:
        if log:
            out.close()
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak = max((v for k, v in hwm.items() if k > 0), default=0) or usage.ru_maxrss
    # descendants killed at a time limit are never waited for: their CPU is not in the rusage
    sampled = sum(v for k, v in hwm.items() if k < 0) / os.sysconf("SC_CLK_TCK")
    cpu = max(usage.ru_utime + usage.ru_stime, sampled)
    return ChildResult(list(argv), proc.returncode, wall, cpu,
                       peak / 1024, str(log or ""),
                       {"timed_out": timed_out, "started": started,
                        "ru_maxrss_mb": usage.ru_maxrss / 1024,
                        "peak_pss_mb": peak_pss / 1024 if peak_pss else None})


def _pss(pids: list[int]) -> int:
    """Proportional set size (kB) of the live processes in ``pids``, summed: memory they hold
    together, pages shared between them (a fork server and its workers) counted once."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
    return total


def _sample_hwm(pids: list[int], hwm: dict[int, int]) -> None:
    """Peak resident set (VmHWM, kB) of each live process in ``pids`` under ``pid``, and its
    CPU clock ticks so far (utime + stime) under ``-pid``."""
    for pid in pids:
        with contextlib.suppress(OSError, ValueError, IndexError):
            f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            hwm[-pid] = max(hwm.get(-pid, 0), int(f[11]) + int(f[12]))
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    hwm[pid] = max(hwm.get(pid, 0), int(line.split()[1]))
                    break


def _descendants(root: int) -> list[int]:
    """PIDs started (directly or not) by ``root``, from /proc, deepest first."""
    parent: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                parent[int(d.name)] = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
    out, frontier = [], [root]
    while frontier:
        kids = [p for p, pp in parent.items() if pp in frontier]
        out += kids
        frontier = kids
    return out[::-1]


def active_rate(res: ChildResult, counts: dict[str, Any], n: int) -> tuple[float | None, ...]:
    """Seconds from the child's start to its last article page, and ``n`` per such second."""
    last, start = counts.get("last_article_at"), res.extra.get("started")
    if not last or not start or last <= start:
        return None, None
    return last - start, n / (last - start)


def combine(results: Iterable[ChildResult]) -> ChildResult:
    """Steps run one after another, as one measurement (sum of time, max of RSS)."""
    rs = list(results)
    return ChildResult([a for r in rs for a in [*r.argv, ";"]][:-1], max(r.rc for r in rs),
                       sum(r.wall_s for r in rs), sum(r.cpu_s for r in rs),
                       max(r.maxrss_mb for r in rs), " ".join(r.log for r in rs if r.log))


def median(values: Iterable[float | None]) -> float | None:
    vs = [v for v in values if v is not None]
    return statistics.median(vs) if vs else None


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def summarize(runs: list[dict[str, Any]], keys: Iterable[str]) -> dict[str, Any]:
    """Median of each key over runs, plus the number of runs."""
    return {"runs": len(runs), **{k: median(r.get(k) for r in runs) for k in keys}}


# -- the replica -----------------------------------------------------------------------------------
class ReplicaHandle:
    """The offline replica, in this process (its servers are threads), with log helpers."""

    def __init__(self, scale: int, workdir: Path) -> None:
        from cds.replica import Replica

        # A stalled page answers after 2 s instead of 60 s: a timeout must not dominate timings.
        self.replica = Replica(scale=scale, stall_seconds=2.0)
        self.workdir = workdir
        self.registry = workdir / "sources.yaml"

    def __enter__(self) -> ReplicaHandle:
        self.replica.start()
        self.replica.write_registry(self.registry)
        return self

    def __exit__(self, *exc: object) -> None:
        self.replica.stop()

    @property
    def sites(self) -> dict[str, Any]:
        return self.replica.sites

    def clear(self) -> None:
        self.replica.log.clear()

    def counts(self) -> dict[str, Any]:
        """Requests since the last :meth:`clear`, by kind, plus 200 article fetches and 304s."""
        entries = self.replica.log.entries()
        by_kind = Counter(e.kind for e in entries)
        art = [e.time for e in entries if e.kind == "article" and e.status == 200]
        return {
            "requests": len(entries),
            **{k: by_kind.get(k, 0) for k in KINDS},
            "article_200": len({(e.site, e.path) for e in entries
                                if e.kind == "article" and e.status == 200}),
            "not_modified": sum(1 for e in entries if e.status == 304),
            "conditional": sum(1 for e in entries if e.conditional),
            "last_article_at": max(art, default=None),
        }

    def article_paths(self) -> set[tuple[str, str]]:
        return {(e.site, e.path) for e in self.replica.log.entries(kind="article")}

    def article_fetches(self) -> list[str]:
        """``site path status`` of every article-kind request since the last clear."""
        return [f"{e.site} {e.path} {e.status}" for e in self.replica.log.entries(kind="article")]

    def published_urls(self) -> list[str]:
        return [a["url"] for a in self.replica.truth() if a["published"]]

    def channels(self) -> dict[str, int]:
        """Feeds, top-level sitemaps (monthly ones excluded), first listing pages and robots.txt:
        what an unchanged-world re-crawl should ask for once each."""
        import yaml

        w = self.replica.world
        reg = yaml.safe_load(self.registry.read_text(encoding="utf-8"))["sources"]
        return {"feed": sum(len(s.feeds) for s in w.sites.values()),
                "sitemap": sum(len(dict.keys(s.sitemaps)) for s in w.sites.values()),
                "listing": sum(len(e["start_urls"]) for e in reg),
                "robots": len(w.sites)}


def fetch_all(urls: Sequence[str], threads: int = 4) -> list[tuple[str, bytes, str | None]]:
    """GET every URL once (one retry for the replica's 500-once page): (url, body, charset)."""
    from concurrent.futures import ThreadPoolExecutor

    def one(url: str) -> tuple[str, bytes, str | None] | None:
        for _ in range(2):
            try:
                with urllib.request.urlopen(url, timeout=30) as resp:
                    return url, resp.read(), resp.headers.get_content_charset()
            except OSError:
                continue
        return None

    with ThreadPoolExecutor(threads) as pool:
        return [r for r in pool.map(one, urls) if r is not None]


# -- the machine -----------------------------------------------------------------------------------
def version(dist: str, python: str | None = None) -> str | None:
    if python is None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None
    try:
        out = subprocess.run([python, "-c", f"from importlib.metadata import version as v;"
                              f"print(v({dist!r}))"], capture_output=True, text=True, timeout=60)
    except OSError:
        return None
    return out.stdout.strip() or None


def machine() -> dict[str, Any]:
    mem = None
    with contextlib.suppress(ValueError, OSError):
        mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cores": os.cpu_count(), "cpu": cpu, "memory_gib": mem,
        "python": platform.python_version(), "platform": platform.platform(),
        "scrapy": version("scrapy"), "trafilatura": version("trafilatura"),
        "lxml": version("lxml"), "twisted": version("twisted"),
        "loadavg_at_start": [round(x, 2) for x in load] if load else None,
    }


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n",
                    encoding="utf-8")


def log_print(*parts: object) -> None:
    """Progress on stderr with a timestamp."""
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


# -- the report ------------------------------------------------------------------------------------
NOTES = [
    "Politeness is off for every contender (no download delay, no autothrottle, no Crawl-delay, "
    "no sleep between requests; our back-off before retrying a 5xx is 0.1 s instead of 2 s): "
    "the replica is on loopback and the bench measures the crawlers.",
    "The replica runs as threads of the bench process (it takes CPU from the same 2 cores); its "
    "stalled page answers 503 after 2 s instead of 60 s.",
    "Articles/s of our crawl = distinct article pages answered 200 (from the replica's log) / "
    "wall time of the `scrapy crawl` child (start-up, discovery, pipelines, storage included).",
    "trafilatura's own discovery (`--sitemap`, `--feed`, `--crawl`) rejects hosts that are IP "
    "addresses (`invalid URL`), so it gets the list of article URLs (`trafilatura -i URLS`): its "
    "best case, with no discovery requests at all.",
    "news-please keeps `host:port` in `allowed_domains`, which makes Scrapy drop every link on a "
    "site with a port; a sitecustomize shim strips the port there. Its default article "
    "heuristics (og:type + linked headlines) accept no replica page, so all same-host pages go "
    "to its extractors; outputs are matched to the truth's article URLs. news-please's run is "
    "capped by a time limit (it can hang on the 5 MB page); a capped run says so.",
]


def _f(v: Any, nd: int = 1) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.{nd}f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def _table(head: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_f(c) if not isinstance(c, str) else c for c in r) + " |"
            for r in rows]
    return out + [""]


def write_report(res: dict[str, Any], path: Path) -> None:
    """bench/RESULTS.md from the results dictionary."""
    m = res.get("machine", {})
    L = ["# Benchmark results", "",
         f"Generated by `{res.get('command')}` at {res.get('started')} "
         f"in {_f(res.get('elapsed_s'), 0)} s (scale {res.get('scale')}, "
         f"{res.get('repeat')} repetition(s), medians; interleaved runs).", "",
         f"Machine: {m.get('cores')} cores ({m.get('cpu')}), {m.get('memory_gib')} GiB, "
         f"Python {m.get('python')}, Scrapy {m.get('scrapy')}, trafilatura {m.get('trafilatura')}, "
         f"lxml {m.get('lxml')}; load average at start {m.get('loadavg_at_start')} "
         "(a shared machine: colleagues' tests ran at the same time).", "",
         f"Reproduce in a checkout: `.venv/bin/{res.get('command')}` (`make bench` runs the "
         "defaults).", ""]
    venvs = res.get("peer_venvs", {})
    if venvs:
        L += ["Peers: " + "; ".join(
            f"{k} {v.get('version') or 'NOT INSTALLED'}" + (
                f" (pip errors: {json.dumps(v.get('errors'), ensure_ascii=False)})"
                if v.get("errors") else "") for k, v in venvs.items()), ""]
    bf = res.get("backfill") or {}
    if bf:
        L += ["## Backfill", "",
              f"Replica: {res.get('replica', {}).get('published')} published articles on 6 sites. "
              "Crawl settings: `" + " ".join(f"-s {k}={v}" for k, v in
                                              res.get("crawl_settings", {}).items()) + "`.", ""]
        L += _backfill_table(bf)
        ours = bf.get("ours", {})
        c = bf.get("ceiling_ours", {})
        npl = bf.get("newsplease", {})
        r1 = ratio(ours.get("articles_per_s"), c.get("articles_per_s"))
        r1a = ratio(ours.get("articles_per_s_active"), c.get("articles_per_s"))
        r2 = ratio(ours.get("articles_per_s"), npl.get("articles_per_s"))
        r2a = ratio(ours.get("articles_per_s_active"), npl.get("articles_per_s_active"))
        rss, total = ours.get("peak_rss_mb"), ours.get("peak_pss_mb")
        inline = bf.get("ours_inline", {})
        pool = ratio(ours.get("articles_per_s"), inline.get("articles_per_s"))
        L += ["Targets (shown, not enforced):", "",
              f"- backfill / extraction ceiling = **{_f(r1, 2)}×** (target ≥ 0.8) "
              + _ok(r1 is not None and r1 >= 0.8) + f"; to last article {_f(r1a, 2)}×",
              f"- backfill / news-please = **{_f(r2, 2)}×** (target ≥ 3) "
              + _ok(r2 is not None and r2 >= 3) + f"; to last article {_f(r2a, 2)}×",
              f"- crawl peak memory, all its processes = **{_f(total, 0)} MB** PSS (target ≤ 300) "
              + _ok(total is not None and total <= 300)
              + f"; the crawl process alone {_f(rss, 0)} MB RSS",
              f"- extraction workers (default) / extraction in the crawl process = "
              f"**{_f(pool, 2)}×** articles/s",
              f"- stored articles (CĐS, after topic filter and dedupe): {_f(ours.get('stored'))},"
              f" dropped items: {_f(ours.get('dropped'))}", ""]
    L += _archive_section(res.get("archive"), bf.get("ours", {}))
    for sup in res.get("supplement") or []:
        L += [f"## Backfill at scale {sup.get('scale')} (`{sup.get('command')}`)", "",
              f"A separate run at {sup.get('started')}, {sup.get('repeat')} repetition(s), "
              f"{(sup.get('replica') or {}).get('published')} published articles, "
              f"{_f(sup.get('elapsed_s'), 0)} s in all.", ""]
        L += _backfill_table(sup.get("backfill") or {})
    rc = res.get("recrawl") or {}
    if rc:
        L += ["## Re-crawl", "",
              "On the database of the last backfill, without `since`. Requests by kind from the "
              "replica's log; 304 = answered Not Modified to a conditional GET.", ""]
        rows = []
        for k, label in (("unchanged", "ours, unchanged world"), ("k10", "ours, k = 10 new"),
                         ("trafilatura_rerun", "trafilatura CLI re-run (URL list, no memory)"),
                         ("newsplease_rerun", "news-please re-run (no memory)")):
            r = rc.get(k)
            if r:
                rows.append([label, r.get("runs"), r.get("requests"), r.get("article"),
                             r.get("listing"), r.get("feed"), r.get("sitemap"), r.get("robots"),
                             r.get("other"), r.get("not_modified"), r.get("wall_s")])
        exp = (rc.get("unchanged") or {}).get("expected")
        if exp:
            rows.append(["expected", "", sum(exp.values()), "0 / k", exp.get("listing"),
                         exp.get("feed"), exp.get("sitemap"), exp.get("robots"), 0, "", ""])
        L += _table(["run", "runs", "requests", "article", "listing", "feed", "sitemap",
                     "robots", "other", "304", "seconds"], rows)
        u, k10 = rc.get("unchanged", {}), rc.get("k10", {})
        if u:
            L += [f"- unchanged world: {_f(u.get('article'))} article fetches "
                  + _ok(u.get("article") == 0)
                  + f"; {_f(u.get('requests'))} requests vs {_f(sum((exp or {}).values()))} "
                  "expected (one per feed, top-level sitemap, first listing page, robots.txt) "
                  + _ok(exp is not None and u.get("requests") == sum(exp.values()))]
        if k10:
            L += [f"- k = 10 new: {_f(k10.get('article'))} article fetches, of which "
                  f"{_f(k10.get('new_fetched'))} new ones "
                  + _ok(k10.get("article") == 10 and k10.get("new_fetched") == 10)]
        runs = res.get("recrawl_runs", {})
        for k, label in (("unchanged", "unchanged world"), ("k10", "k = 10 new (old ones only)")):
            fetched = sorted({f for r in runs.get(k, []) for f in r.get("old_article_fetches", [])})
            if fetched:
                L += [f"- article-kind requests for old URLs, {label}: "
                      + ", ".join(f"`{f}`" for f in fetched[:12])]
        L += [""]
    prof = res.get("profile")
    if prof:
        L += ["## Profile of the backfill", ""]
        if prof.get("error"):
            L += [f"Failed: {prof['error']}", ""]
        else:
            run = prof.get("run", {})
            L += [f"{prof.get('tool')} over one backfill crawl ({_f(run.get('article_pages'))} "
                  f"article pages in {_f(run.get('wall_s'))} s under the profiler). Top:", "",
                  "```", prof.get("top", ""), "```", ""]
    mods = res.get("modules") or {}
    for name, r in mods.items():
        L += [f"## {name} (`python -m bench.{name}`)", ""]
        if r.get("skipped"):
            L += [f"Skipped: {r['skipped']}.", ""]
            continue
        L += [f"rc {r.get('rc')}, {_f(r.get('wall_s'))} s"
              + (" (time limit)" if r.get("timed_out") else "")
              + f"; its JSON is in results.json under modules.{name}. What it printed:", ""]
        printed = Path(res.get("workdir", "")) / f"{name}.log"
        if printed.is_file():
            text = [ln for ln in printed.read_text(errors="replace").splitlines()
                    if not ln.startswith(("WARNING", "INFO", "DEBUG"))]
            L += text[:120] + [""]
        if r.get("log_tail"):
            L += ["Log tail:", "", "```", *r["log_tail"], "```", ""]
    notes = ["## Notes", "", *[f"- {n}" for n in NOTES + list(res.get("notes", []))], ""]
    L += kept_sections(path, {ln for ln in L + notes if ln.startswith("## ")}) + notes
    path.write_text("\n".join(L), encoding="utf-8")


def kept_sections(path: Path, produced: set[str]) -> list[str]:
    """The ``## `` sections of an existing report that this run did not produce.

    A partial run (``--only``) and the sections written by single benchmarks (``bench.quality
    --write``, issue figures) survive a regeneration instead of being lost.
    """
    if not path.is_file():
        return []
    kept: list[str] = []
    section: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), "## "]:
        if line.startswith("## "):
            if section and section[0] not in produced:
                kept += section if section[-1] == "" else [*section, ""]
            section = [line]
        elif section:
            section.append(line)
    return kept


def _backfill_table(bf: dict[str, Any]) -> list[str]:
    rows = []
    labels = {"ours": "**ours**: `scrapy crawl cds_news -a since=…` (end to end)",
              "ours_inline": "ours with `-s CDS_EXTRACT_PROCESSES=0` (no extraction workers)",
              "ceiling_ours": "ceiling: `extract_article` alone, pages in memory",
              "ceiling_trafilatura": "reference: `bare_extraction(with_metadata=True)` alone",
              "trafilatura": "trafilatura CLI `-i URLS --json --with-metadata`",
              "newsplease": "news-please `-c DIR` (Sitemap/RecursiveCrawler)"}
    for k, label in labels.items():
        r = bf.get(k)
        if not r:
            continue
        n = r.get("article_pages") if k.startswith("ours") else r.get("articles") or r.get("pages")
        wall = r.get("wall_s") or r.get("extract_s")
        rows.append([label + (" ⏱ time limit" if r.get("timed_out") else ""), r.get("runs"),
                     n, wall, r.get("articles_per_s"), r.get("articles_per_s_active"),
                     r.get("cpu_ms_per_article"), r.get("peak_rss_mb"), r.get("peak_pss_mb"),
                     (r.get("requests") or {}).get("requests")])
    out = _table(["contender", "runs", "articles", "seconds", "articles/s",
                  "articles/s to last article", "CPU ms/article (all processes)",
                  "peak RSS MB (largest process)", "peak MB, all processes (PSS)", "requests"],
                 rows)
    c, ours, npl = bf.get("ceiling_ours", {}), bf.get("ours", {}), bf.get("newsplease", {})
    rate, active = ours.get("articles_per_s"), ours.get("articles_per_s_active")
    out += [f"Ratios: ours / ceiling {_f(ratio(rate, c.get('articles_per_s')), 2)}× "
            f"(to last article {_f(ratio(active, c.get('articles_per_s')), 2)}×); "
            f"ours / news-please {_f(ratio(rate, npl.get('articles_per_s')), 2)}× "
            f"(to last article {_f(ratio(active, npl.get('articles_per_s_active')), 2)}×).", ""]
    return out


def _archive_section(arc: dict[str, Any] | None, empty: dict[str, Any]) -> list[str]:
    if not arc:
        return []
    if arc.get("error"):
        return ["## Archive scale", "", f"Failed: {arc['error']}", ""]
    rows = [["empty database (the backfill runs above, median)", 0, empty.get("article_pages"),
             empty.get("wall_s"), empty.get("peak_rss_mb"), empty.get("peak_pss_mb")],
            [f"{_f(arc.get('visited'))} visited URLs already stored (filled in "
             f"{_f(arc.get('fill_s'))} s)", arc.get("visited"), arc.get("article_pages"),
             arc.get("wall_s"), arc.get("peak_rss_mb"), arc.get("peak_pss_mb")]]
    grow = ratio(arc.get("peak_pss_mb"), empty.get("peak_pss_mb"))
    return ["## Archive scale", "",
            "The same backfill crawl against a SQLite archive that already holds 1M visited "
            "URLs (other pages of the same sources). Per-article visited and near-duplicate "
            "checks at 10k/100k/1M stored stories are in the storage section below.", "",
            *_table(["database", "visited URLs before", "article pages", "seconds",
                     "peak RSS MB (crawl process)", "peak MB, all processes (PSS)"], rows),
            f"Peak memory with 1M visited / empty: **{_f(grow, 2)}×** (target: flat) "
            + _ok(grow is not None and grow <= 1.15), ""]


def _ok(flag: bool) -> str:
    return "✅" if flag else "❌"
