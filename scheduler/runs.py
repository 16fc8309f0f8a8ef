"""What the daemon records of a crawl child: its run row when the child could not write or close
it (crash, kill, timeout), the verdict from its exit code, and its monitors' findings."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select

from crawler.summary import Verdict
from pipelines.db import session_scope
from pipelines.schema import CrawlRun, RunSourceStats


def record_crawl(database_url: str, source_id: str, pid: int, launched: datetime, status: str,
                 exit_code: int | None, stats_file: Path) -> None:
    """Close the crawl child's run row (or write one when the child could not) and copy its
    monitor findings."""
    monitors = _monitor_failures(stats_file)
    now = datetime.now(UTC)
    with session_scope(database_url) as session:
        run = _find_run(session, source_id, pid, launched)
        if status == "stopped":
            if run is not None and run.status == "finished":
                status = "finished"  # it had finished when the daemon asked it to stop
            else:
                _record_stopped(session, run, source_id, pid, launched, exit_code, now)
                return
        own_record_ok = run is not None and run.status != "running" and (
            status == "finished" or (status == "failed" and run.status == "finished"))
        if not own_record_ok:
            if run is None:
                run = CrawlRun(started_at=launched, pid=pid, hostname=socket.gethostname(),
                               args={"source": source_id, "recorded_by": "cds daemon"})
                session.add(run)
                session.flush()
            run.status = "failed" if status == "finished" else status
            run.finished_at = now
            run.error = f"crawl process ended: {status}, exit code {exit_code}" + (
                "" if status != "finished" else " without recording its run")
        verdict = crawl_verdict(status, exit_code)
        run.stats = {**(run.stats or {}), "exit_code": exit_code, "verdict": verdict.name}
        if not verdict.ok and not run.error:
            run.error = verdict.message
        stats = session.get(RunSourceStats, (run.id, source_id))
        if stats is None:
            stats = RunSourceStats(run_id=run.id, source_id=source_id, started_at=launched,
                                   finished_at=now, errors={f"crawl_{run.status}": 1},
                                   events={})
            session.add(stats)
        if monitors:
            stats.events = {**(stats.events or {}), "monitor_failed": monitors}


def _record_stopped(session, run: CrawlRun | None, source_id: str, pid: int,
                    launched: datetime, exit_code: int | None, now: datetime) -> None:
    """A crawl the daemon's shutdown stopped: status ``stopped`` (which health leaves out), its
    own record (stats, summary) kept when it closed its run itself."""
    closed = run is not None and run.status != "running"
    if run is None:
        run = CrawlRun(started_at=launched, pid=pid, hostname=socket.gethostname(),
                       args={"source": source_id, "recorded_by": "cds daemon"})
        session.add(run)
        session.flush()
    run.status = "stopped"
    run.finished_at = run.finished_at if closed else now
    run.error = ("stopped by the daemon's shutdown" + (
        "" if closed else f" before it closed its run (exit code {exit_code})"))
    verdict = crawl_verdict("stopped", exit_code)
    run.stats = {**(run.stats or {}), "exit_code": exit_code, "verdict": verdict.name}
    if session.get(RunSourceStats, (run.id, source_id)) is None:
        session.add(RunSourceStats(run_id=run.id, source_id=source_id, started_at=launched,
                                   finished_at=now, errors={}, events={}))


def _find_run(session, source_id: str, pid: int, launched: datetime) -> CrawlRun | None:
    since = launched - timedelta(seconds=5)
    # a run that ended before this crawl was launched is an earlier one (frequent schedules)
    not_earlier = or_(CrawlRun.finished_at.is_(None), CrawlRun.finished_at >= launched)
    run = session.scalars(select(CrawlRun).where(
        CrawlRun.pid == pid, CrawlRun.started_at >= since, not_earlier)
        .order_by(CrawlRun.id.desc())).first()
    if run is None:
        run = session.scalars(
            select(CrawlRun).join(RunSourceStats, RunSourceStats.run_id == CrawlRun.id)
            .where(RunSourceStats.source_id == source_id, CrawlRun.started_at >= since,
                   not_earlier)
            .order_by(CrawlRun.id.desc())).first()
    return run


def crawl_verdict(status: str, exit_code: int | None) -> Verdict:
    """The crawl's verdict from its exit code (``crawler.summary.EXIT_CODES``); a crawl the
    daemon killed (timeout) is ``failed`` whatever it exited with; one its shutdown stopped is
    ``stopped`` (not a failure of the source)."""
    if status == "stopped":
        return Verdict("stopped", "stopped by the daemon's shutdown")
    if status in ("timeout", "killed"):
        return Verdict("failed", f"crawl process {status}")
    return Verdict.from_exit_code(exit_code, _VERDICT_MESSAGES.get(exit_code or 0, ""))


_VERDICT_MESSAGES = {
    3: "no valid source to crawl (registry errors: `cds sources check`)",
    4: "no source answered (DNS, refused, timeouts)",
    5: "database unavailable during the crawl",
}


def _monitor_failures(stats_file: Path) -> list[str]:
    """Spidermon findings the crawl left in its final stats (``cds/monitors/failed``)."""
    try:
        stats = json.loads(stats_file.read_text())
    except (OSError, ValueError):
        return []
    failed = stats.get("cds/monitors/failed") or []
    return [str(f) for f in failed] if isinstance(failed, list) else [str(failed)]
