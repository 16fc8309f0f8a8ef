"""``cds daemon`` as a child process: scheduling, timeouts, crashes, alerts, lock, shutdown.

The crawls here are a fake crawl command (``CDS_DAEMON_CRAWL_COMMAND``) that writes run rows the
way the spider does, or crashes, or hangs with a grandchild, so the daemon's own behaviour is
tested without the network. ``test_daemon_with_replica`` runs real crawls against the offline
replica (``cds.replica``); it skips until the replica and the spider exist.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from pipelines.db import session_scope, upgrade
from pipelines.schema import Alert, CrawlRun, RunSourceStats
from scheduler.daemon import make_trigger

FAKE_CRAWL = r'''
import json, os, socket, subprocess, sys, time
from datetime import UTC, datetime
opts = dict(a.split("=", 1) for a in sys.argv[2::2])
source, url = opts["source"], opts["CDS_DATABASE_URL"]
mode = json.loads(open(os.environ["FAKE_BEHAVIOUR"]).read()).get(source, "ok")
if mode == "crash":
    sys.exit(3)
from pipelines.db import session_scope
from pipelines.schema import CrawlRun, RunSourceStats
with session_scope(url) as s:
    run = CrawlRun(status="running", pid=os.getpid(), hostname=socket.gethostname(),
                   args={"source": source})
    s.add(run)
    s.flush()
    rid = run.id
    s.add(RunSourceStats(run_id=rid, source_id=source, requests=3, discovered=3, fetched=1,
                         stored=1))
if mode == "hang":
    subprocess.Popen(["sleep", "600"])
    time.sleep(600)
time.sleep(0.2)
with session_scope(url) as s:
    run = s.get(CrawlRun, rid)
    run.status, run.finished_at = "finished", datetime.now(UTC)
with open(opts["CDS_STATS_FILE"], "w") as f:
    json.dump({"finish_reason": "finished", "cds/monitors/failed": ["cds run/x: test"]}, f)
if mode == "unreachable":  # the crawl ran and recorded itself, but no source answered
    sys.exit(4)
'''

REGISTRY_ENTRY = """\
  - id: {id}
    name: Nguồn {id}
    kind: portal
    confidence: H
    province: Hà Nội
    allowed_domains: [{id}.example]
    start_urls: [http://{id}.example/]
    enabled: {enabled}
{extra}"""


def registry(path: Path, ids: dict[str, bool]) -> str:
    entries = [REGISTRY_ENTRY.format(id=i, enabled=str(on).lower(),
                                     extra="" if on else "    disabled_reason: test\n")
               for i, on in ids.items()]
    path.write_text("sources:\n" + "".join(entries), encoding="utf-8")
    return str(path)


def wait_for(check: Callable[[], object], timeout: float = 60, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what or check}")


def processes_mentioning(marker: str) -> list[int]:
    """Live (non-zombie) processes whose command line contains ``marker`` (via /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


class DaemonProc:
    def __init__(self, tmp: Path, url: str, sources: str, env: dict[str, str], *extra: str):
        self.log = tmp / f"daemon-{time.monotonic_ns()}.log"
        cmd = [sys.executable, "-m", "cds", "daemon", "--sources", sources,
               "--database-url", url, *extra]
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                         env={**os.environ, **env}, start_new_session=True)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            raise AssertionError("daemon did not stop on SIGTERM:\n" + self.output()) from None


def jobs(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT id FROM apscheduler_jobs"))}
    finally:
        engine.dispose()


def runs_of(url: str, source: str) -> list[tuple[str, dict]]:
    with session_scope(url) as s:
        rows = s.execute(select(CrawlRun.status, CrawlRun.stats).join(
            RunSourceStats, RunSourceStats.run_id == CrawlRun.id)
            .where(RunSourceStats.source_id == source).order_by(CrawlRun.id)).all()
        return [(status, stats or {}) for status, stats in rows]


def test_daemon_records_the_crawl_verdict(tmp_path, sqlite_url):
    """A crawl that ran but reached no source (exit 4) keeps its own run record, and the daemon
    adds the verdict to it and says it in one line."""
    upgrade(sqlite_url)
    script = tmp_path / "fake_crawl.py"
    script.write_text(FAKE_CRAWL)
    behaviour = tmp_path / "behaviour.json"
    behaviour.write_text(json.dumps({"delta": "unreachable", "alpha": "ok"}))
    sources = registry(tmp_path / "sources.yaml", {"alpha": True, "delta": True})
    env = {"CDS_DAEMON_CRAWL_COMMAND": f"{sys.executable} {script}",
           "FAKE_BEHAVIOUR": str(behaviour), "CDS_DATA_DIR": str(tmp_path / "data")}
    daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "1")
    try:
        wait_for(lambda: runs_of(sqlite_url, "delta") and runs_of(sqlite_url, "alpha")
                 and runs_of(sqlite_url, "delta")[0][1].get("verdict")
                 and runs_of(sqlite_url, "alpha")[0][1].get("verdict"), what="verdicts")
    finally:
        assert daemon.stop() == 0, daemon.output()
    status, stats = runs_of(sqlite_url, "delta")[0]
    assert (status, stats["exit_code"], stats["verdict"]) == ("finished", 4, "unreachable")
    assert runs_of(sqlite_url, "alpha")[0][1]["verdict"] == "ok"
    with session_scope(sqlite_url) as s:
        [error] = s.scalars(select(CrawlRun.error).join(
            RunSourceStats, RunSourceStats.run_id == CrawlRun.id)
            .where(RunSourceStats.source_id == "delta").limit(1)).all()
    assert error == "no source answered (DNS, refused, timeouts)"
    assert "crawl delta: unreachable (exit 4): no source answered" in daemon.output()


def test_make_trigger():
    t = make_trigger("*/30 * * * *", "Asia/Ho_Chi_Minh")
    assert str(t.timezone) == "Asia/Ho_Chi_Minh"
    fields = {f.name: str(f) for f in t.fields}
    assert fields["minute"] == "*/30" and fields["second"] == "0"
    six = {f.name: str(f) for f in make_trigger("*/5 * * * * *", "UTC").fields}
    assert six["second"] == "*/5"
    assert {f.name: str(f) for f in make_trigger("0 6 * * 1-5", "UTC").fields}[
        "day_of_week"] == "mon-fri"
    assert {f.name: str(f) for f in make_trigger("0 6 * * 0,7", "UTC").fields}[
        "day_of_week"] == "sun,sun"
    with pytest.raises(ValueError):
        make_trigger("* * *", "UTC")


def test_daemon(tmp_path, sqlite_url, receiver):
    upgrade(sqlite_url)
    script = tmp_path / "fake_crawl.py"
    script.write_text(FAKE_CRAWL)
    behaviour = tmp_path / "behaviour.json"
    behaviour.write_text(json.dumps({"alpha": "ok", "beta": "crash", "gamma": "hang"}))
    sources = registry(tmp_path / "sources.yaml", {"alpha": True, "beta": True, "gamma": True})
    env = {"CDS_DAEMON_CRAWL_COMMAND": f"{sys.executable} {script}",
           "FAKE_BEHAVIOUR": str(behaviour), "CDS_DATA_DIR": str(tmp_path / "data"),
           "CDS_DAEMON_SHUTDOWN_GRACE": "1", "CDS_DAEMON_KILL_GRACE": "1",
           "CDS_HEALTH_FAILING_RUNS": "2", "CDS_ALERT_WEBHOOK_URL": receiver.url}
    daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "1",
                        "--max-parallel", "3", "--crawl-timeout", "8")
    try:
        wait_for(lambda: sum(s == "finished" for s, _ in runs_of(sqlite_url, "alpha")) >= 2,
                 what="two finished alpha runs")
        wait_for(lambda: len(runs_of(sqlite_url, "beta")) >= 3, what="three beta crashes")
        wait_for(lambda: any(s == "timeout" for s, _ in runs_of(sqlite_url, "gamma")),
                 what="a gamma timeout")
        assert jobs(sqlite_url) == {"crawl:alpha", "crawl:beta", "crawl:gamma", "alerts:retry"}

        # a second daemon on the same database refuses to start
        second = subprocess.run(
            [sys.executable, "-m", "cds", "daemon", "--sources", sources, "--database-url",
             sqlite_url], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
        assert second.returncode == 3, second.stderr
        assert "another cds daemon is running" in second.stderr

        wait_for(lambda: any(m["source"] == "beta" for m in receiver.received), what="alert")
        time.sleep(2)  # beta keeps failing: still exactly one alert
    finally:
        code = daemon.stop()
    out = daemon.output()
    assert code == 0, out
    assert processes_mentioning(str(script)) == [], "crawl processes survived the daemon"

    beta = runs_of(sqlite_url, "beta")
    # every beta run crashed, except one the daemon's shutdown may have stopped
    assert [s for s, _ in beta].count("stopped") <= 1 and beta[-1][0] in ("failed", "stopped")
    assert {s for s, _ in beta[:-1]} == {"failed"} and beta[0][1]["exit_code"] == 3
    alpha = runs_of(sqlite_url, "alpha")
    # every alpha run finished, except one the daemon's own shutdown may have stopped
    statuses = [s for s, _ in alpha]
    assert statuses.count("finished") >= 2 and statuses.count("stopped") <= 1, statuses
    assert set(statuses) <= {"finished", "stopped"} and alpha[0][1]["exit_code"] == 0
    assert {s for s, _ in runs_of(sqlite_url, "gamma")} <= {"timeout", "stopped"}
    with session_scope(sqlite_url) as s:
        events = s.scalars(select(RunSourceStats.events).where(
            RunSourceStats.source_id == "alpha")).all()
        assert any(e.get("monitor_failed") == ["cds run/x: test"] for e in events)
        opened = s.scalars(select(Alert).where(Alert.source_id == "beta")).all()
        assert [a.condition for a in opened] == ["consecutive_failures"]
    beta_alerts = [m for m in receiver.received if m["source"] == "beta"]
    assert [(m["event"], m["condition"]) for m in beta_alerts] == [
        ("alert", "consecutive_failures")]
    assert any(m["source"] == "alpha" and m["condition"] == "run_checks"
               for m in receiver.received)  # the crawl's monitor findings reach health
    assert "maximum number of running instances" not in out

    # restart: the job store keeps the jobs; a source no longer enabled loses its job
    assert jobs(sqlite_url) == {"crawl:alpha", "crawl:beta", "crawl:gamma", "alerts:retry"}
    behaviour.write_text(json.dumps({"beta": "ok"}))
    registry(tmp_path / "sources.yaml", {"alpha": True, "beta": True, "gamma": False})
    daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "1")
    try:
        wait_for(lambda: "cds daemon running" in daemon.output(), what="restart")
        assert jobs(sqlite_url) == {"crawl:alpha", "crawl:beta", "alerts:retry"}
        wait_for(lambda: any(m["source"] == "beta" and m["event"] == "recovery"
                             for m in receiver.received), what="beta recovery")
    finally:
        assert daemon.stop() == 0, daemon.output()
    assert [m["event"] for m in receiver.received
            if m["source"] == "beta" and m["condition"] == "consecutive_failures"] == [
        "alert", "recovery"]


def test_lock(database_url, tmp_path, monkeypatch):
    """One daemon per database: the second lock fails; a released (or dead) holder frees it."""
    from scheduler.lock import AlreadyRunning, DaemonLock

    monkeypatch.setenv("CDS_DATA_DIR", str(tmp_path))
    first = DaemonLock(database_url)
    first.acquire()
    with pytest.raises(AlreadyRunning, match="another cds daemon"):
        DaemonLock(database_url).acquire()
    first.release()
    again = DaemonLock(database_url)
    again.acquire()
    again.release()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_no_orphans_after_sigterm(tmp_path, sqlite_url):
    """SIGTERM while a crawl (with a grandchild) runs: the whole group goes, run = stopped
    (by the shutdown, not a failure: health leaves it out).
    Also: the daemon's status service and a scheduled dump (6-field cron, every 2 s)."""
    import urllib.request

    upgrade(sqlite_url)
    script = tmp_path / "fake_crawl.py"
    script.write_text(FAKE_CRAWL.replace('["sleep", "600"]', f'["sleep", "600.{os.getpid()}"]'))
    behaviour = tmp_path / "behaviour.json"
    behaviour.write_text(json.dumps({"gamma": "hang"}))
    sources = registry(tmp_path / "sources.yaml", {"gamma": True})
    env = {"CDS_DAEMON_CRAWL_COMMAND": f"{sys.executable} {script}",
           "FAKE_BEHAVIOUR": str(behaviour), "CDS_DATA_DIR": str(tmp_path / "data"),
           "CDS_DAEMON_SHUTDOWN_GRACE": "1", "CDS_DAEMON_KILL_GRACE": "2"}
    port = free_port()
    dump = tmp_path / "dump.jsonl"
    daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "1",
                        "--serve-port", str(port), "--dump-schedule", "*/2 * * * * *",
                        "--dump-output", str(dump))
    marker = f"sleep 600.{os.getpid()}"
    try:
        wait_for(lambda: processes_mentioning(marker), what="the hanging crawl's grandchild")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as r:
            assert r.status == 200
        wait_for(dump.exists, timeout=30, what="the scheduled dump")
    finally:
        assert daemon.stop() == 0, daemon.output()
    assert processes_mentioning(str(script)) == []
    assert wait_for(lambda: processes_mentioning(marker) == [] or None, timeout=5)
    assert [s for s, _ in runs_of(sqlite_url, "gamma")] == ["stopped"]
    with session_scope(sqlite_url) as s:
        from scheduler.health import source_health

        assert source_health(s, "gamma").status == "unknown"  # no run that says anything


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_sigterm_stops_a_real_crawl_gracefully(tmp_path, sqlite_url):
    """SIGTERM to the daemon while a real crawl runs: the daemon passes one SIGTERM on at once,
    Scrapy closes the spider gracefully (its summary, its own run record), nothing is killed,
    and the run is ``stopped``, which the source's health leaves out."""
    from cds.replica import Replica
    from scheduler.health import source_health

    upgrade(sqlite_url)
    data = tmp_path / "data"
    env = {"CDS_DATA_DIR": str(data), "CDS_DAEMON_SHUTDOWN_GRACE": "120",
           # a slow crawl (one request a second), logging each response, so it is caught mid-way
           "CDS_DAEMON_CRAWL_COMMAND": f"{sys.executable} -m scrapy crawl cds_news "
                                       "-s DOWNLOAD_DELAY=1 -s LOG_LEVEL=DEBUG"}
    with Replica() as replica:
        sources = str(tmp_path / "sources.yaml")
        replica.write_registry(sources)
        _keep_first_sources(sources, 1)
        [source] = _registry_ids(sources)
        crawl_log = data / "daemon" / f"crawl-{source}.log"

        def crawling() -> bool:
            return crawl_log.exists() and crawl_log.read_text(errors="replace").count(
                "Crawled (") >= 3

        daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "2",
                            "--max-parallel", "1")
        try:
            wait_for(crawling, timeout=180, what="a crawl under way")
        finally:
            code = daemon.stop(timeout=240)
    out = daemon.output()
    assert code == 0, out
    assert f"crawl {source} (pid" in out and "asking it to stop (SIGTERM)" in out, out
    assert "killing it" not in out and "cds daemon stopped" in out, out
    crawl_out = crawl_log.read_text(errors="replace")
    assert "Received SIGTERM, shutting down gracefully" in crawl_out, crawl_out[-3000:]
    assert "forcing unclean shutdown" not in crawl_out
    assert "crashed; starting a new one" not in crawl_out  # its extraction workers were spared
    assert "Crawl summary" in crawl_out and "Exit code" in crawl_out, crawl_out[-3000:]
    status, stats = runs_of(sqlite_url, source)[-1]
    assert status == "stopped", (status, out)
    # closed by the crawl itself: Scrapy's finish reason and the crawl's verdict are in its stats
    assert stats["finish_reason"] == "shutdown" and stats.get("cds/verdict"), stats
    assert stats["verdict"] == "stopped" and stats["exit_code"] is not None
    with session_scope(sqlite_url) as s:
        [error] = s.scalars(select(CrawlRun.error).join(
            RunSourceStats, RunSourceStats.run_id == CrawlRun.id)
            .where(RunSourceStats.source_id == source).order_by(CrawlRun.id.desc())
            .limit(1)).all()
        assert error == "stopped by the daemon's shutdown"
        health = source_health(s, source)
    assert health.status != "failing" and all(
        r != "killed" for r in [health.last_run and health.last_run.status]), health


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_daemon_with_replica(tmp_path, sqlite_url, receiver):
    """Real crawls against the replica: new articles are picked up; a source serving 500s
    becomes failing with exactly one alert, and recovers when it heals."""
    from cds.replica import Replica

    upgrade(sqlite_url)
    env = {"CDS_DATA_DIR": str(tmp_path / "data"), "CDS_HEALTH_FAILING_RUNS": "2",
           "CDS_ALERT_WEBHOOK_URL": receiver.url, "CDS_DAEMON_SHUTDOWN_GRACE": "5"}

    def stored() -> int:
        with session_scope(sqlite_url) as s:
            return s.scalar(text("SELECT count(*) FROM articles")) or 0

    def all_ran_once() -> bool:
        return all(any(st != "running" for st, _ in runs_of(sqlite_url, i)) for i in ids)

    def sent(event: str) -> bool:
        return any(m["source"] == sick and m["event"] == event
                   and m["condition"] == "consecutive_failures" for m in receiver.received)

    with Replica() as replica:
        sources = str(tmp_path / "sources.yaml")
        replica.write_registry(sources)
        _keep_first_sources(sources, 2)  # two sources show it all; each crawl is a process
        ids = _registry_ids(sources)
        sick = ids[0]
        daemon = DaemonProc(tmp_path, sqlite_url, sources, env, "--interval-seconds", "4",
                            "--max-parallel", "3", "--crawl-timeout", "120")
        try:
            wait_for(all_ran_once, timeout=240, what="a run of every source")
            first = stored()
            assert first > 0, daemon.output()
            replica.advance(3)
            wait_for(lambda: stored() > first, timeout=120, what="articles the replica added")
            replica.fail(sick, 500)
            wait_for(lambda: sent("alert"), timeout=180, what="alert")
            replica.heal(sick)
            wait_for(lambda: sent("recovery"), timeout=180, what="recovery")
        finally:
            assert daemon.stop() == 0, daemon.output()
    events = [(m["event"], m["condition"]) for m in receiver.received if m["source"] == sick]
    assert [e for e in events if e[1] == "consecutive_failures"] == [
        ("alert", "consecutive_failures"), ("recovery", "consecutive_failures")], events
    runs = runs_of(sqlite_url, sick)
    assert "finished" in [st for st, _ in runs]
    # the Spidermon suite ran in each crawl and its results are in the run's stats
    assert any(stats.get("cds/monitors/passed") == 3 for _, stats in runs)


def _keep_first_sources(path: str, n: int) -> None:
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    data["sources"] = data["sources"][:n]
    Path(path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _registry_ids(path: str) -> list[str]:
    from seeds.registry import load_registry

    return [s.id for s in load_registry(path).enabled()]


def test_restart_keeps_stored_schedule(tmp_path, sqlite_url):
    """sync_jobs keeps an unchanged stored job (its next run time), replaces a changed one
    and removes the jobs of sources no longer enabled."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    from pipelines.db import make_engine
    from scheduler.daemon import Daemon, DaemonConfig

    upgrade(sqlite_url)
    path = tmp_path / "sources.yaml"

    def sync(ids: dict[str, bool], schedule: str = "0 3 * * *") -> dict[str, object]:
        registry(path, ids)
        text_ = path.read_text().replace("    enabled: true\n",
                                         f'    enabled: true\n    schedule: "{schedule}"\n')
        path.write_text(text_)
        engine = make_engine(sqlite_url)
        scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine)}, timezone="UTC")
        scheduler.start(paused=True)
        try:
            Daemon(DaemonConfig(sqlite_url, sources_file=str(path))).sync_jobs(scheduler)
            return {j.id: j.next_run_time for j in scheduler.get_jobs()}
        finally:
            scheduler.shutdown(wait=False)
            engine.dispose()

    first = sync({"alpha": True, "beta": True})
    assert set(first) == {"crawl:alpha", "crawl:beta", "alerts:retry"}
    assert first["crawl:alpha"].hour == 3 and str(first["crawl:alpha"].tzinfo) == (
        "Asia/Ho_Chi_Minh")
    assert sync({"alpha": True, "beta": True})["crawl:alpha"] == first["crawl:alpha"]
    changed = sync({"alpha": True, "beta": False}, schedule="30 4 * * *")
    assert set(changed) == {"crawl:alpha", "alerts:retry"}
    assert (changed["crawl:alpha"].hour, changed["crawl:alpha"].minute) == (4, 30)


@pytest.mark.parametrize(("args", "env", "named"), [
    (["--interval-seconds", "-5"], {}, "--interval-seconds"),
    (["--max-parallel", "0"], {}, "--max-parallel"),
    (["--crawl-timeout", "0"], {}, "--crawl-timeout"),
    ([], {"CDS_DAEMON_SHUTDOWN_GRACE": "-1"}, "CDS_DAEMON_SHUTDOWN_GRACE"),
])
def test_bad_numbers_are_refused(tmp_path, args, env, named):
    """Out-of-range numbers: one line naming the flag or setting, exit 2, nothing started and
    nothing created (not the archive file either)."""
    archive = tmp_path / "new" / "cds.db"
    done = subprocess.run(
        [sys.executable, "-m", "cds", "daemon", "--database", str(archive), *args],
        env={**os.environ, "CDS_DATA_DIR": str(tmp_path / "data"), **env},
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("cds daemon: error: ") and named in line, line
    assert "cds daemon running" not in done.stdout + done.stderr
    assert not archive.parent.exists()
