"""``cds daemon``: crawls every enabled source on its schedule, one child process per crawl.

APScheduler 3 (BackgroundScheduler, jobs persisted in the project database by
SQLAlchemyJobStore, table ``apscheduler_jobs``) fires one job per source, id ``crawl:<source>``.
A job only *enqueues* the source (a no-op when it is already queued or running), so the
scheduler threads never block; ``max_parallel`` worker threads take sources from the queue and
run ``scrapy crawl cds_news`` in its own process group with a hard timeout. After each crawl
the daemon records what the child could not (crash, kill, timeout), computes the source's
health and raises or clears its alerts.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from cds.config import data_dir, new_run_key
from pipelines.db import make_engine, session_scope
from pipelines.schema import Base
from scheduler import alerts
from scheduler.conf import setting
from scheduler.health import source_health
from scheduler.lock import DaemonLock
from scheduler.runs import crawl_verdict, record_crawl

log = logging.getLogger(__name__)
JOBS_TABLE = "apscheduler_jobs"
_DOW = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_daemon: Daemon | None = None  # the running daemon, for the job functions below


def make_trigger(expr: str, timezone: str) -> CronTrigger:
    """A cron trigger from 5 fields (crontab) or 6 (seconds first); crontab day numbers
    (0/7 = Sunday) are translated to names, since APScheduler 3 counts from Monday."""
    fields = expr.split()
    if len(fields) not in (5, 6):
        raise ValueError(f"cron needs 5 or 6 fields: {expr!r}")
    second = fields.pop(0) if len(fields) == 6 else "0"
    minute, hour, day, month, dow = fields
    dow = re.sub(r"(?<![/\d])\d+", lambda m: _DOW[int(m.group()) % 7], dow)
    return CronTrigger(second=second, minute=minute, hour=hour, day=day, month=month,
                       day_of_week=dow, timezone=timezone)


@dataclass
class DaemonConfig:
    database_url: str
    sources_file: str | None = None
    max_parallel: int = 2
    crawl_timeout: float = 3600
    default_schedule: str = "0 */2 * * *"
    interval_seconds: float = 0
    timezone: str = "Asia/Ho_Chi_Minh"
    misfire_grace: int = 900
    shutdown_grace: float = 60.0
    kill_grace: float = 5.0
    crawl_command: list[str] = field(default_factory=list)
    alert_retry_seconds: float = 60
    serve_host: str = "127.0.0.1"
    serve_port: int = 0
    dump_schedule: str | None = None
    dump_output: str | None = None
    dump_format: str | None = None

    @classmethod
    def from_settings(cls, database_url: str, **overrides) -> DaemonConfig:
        """Defaults from ``CDS_DAEMON_*`` (env), then the non-None ``overrides``."""
        command = setting("CDS_DAEMON_CRAWL_COMMAND")
        cfg = cls(
            database_url=database_url,
            max_parallel=setting("CDS_DAEMON_MAX_PARALLEL"),
            crawl_timeout=setting("CDS_DAEMON_CRAWL_TIMEOUT"),
            default_schedule=setting("CDS_DAEMON_DEFAULT_SCHEDULE"),
            interval_seconds=setting("CDS_DAEMON_INTERVAL_SECONDS"),
            timezone=setting("CDS_DAEMON_TIMEZONE"),
            misfire_grace=setting("CDS_DAEMON_MISFIRE_GRACE"),
            shutdown_grace=setting("CDS_DAEMON_SHUTDOWN_GRACE"),
            kill_grace=setting("CDS_DAEMON_KILL_GRACE"),
            crawl_command=shlex.split(command) if command else [],
            alert_retry_seconds=setting("CDS_DAEMON_ALERT_RETRY_SECONDS"),
            serve_port=setting("CDS_DAEMON_SERVE_PORT"),
        )
        for name, value in overrides.items():
            if value is not None:
                setattr(cfg, name, value)
        return cfg


# --- job functions (referenced by name in the persistent job store) --------------------------

def enqueue_crawl(source_id: str) -> None:
    if _daemon is not None:
        _daemon.enqueue(source_id)


def retry_alerts() -> None:
    if _daemon is not None:
        alerts.deliver_pending(_daemon.cfg.database_url)


def run_dump(output: str, fmt: str | None = None) -> None:
    if _daemon is None:
        return
    from cds.dump import DumpError, dump  # lazily: pyarrow etc.

    try:  # output may hold %(time)s / %(date)s: a new file each time
        result = dump(_daemon.cfg.database_url, output, fmt=fmt)
    except DumpError as exc:
        log.error("scheduled dump to %s: %s", output, exc)
        return
    log.info("scheduled dump: %d records to %s (%s, %d bytes)", result.records, result.path,
             result.format, result.bytes)


# --- the daemon --------------------------------------------------------------------------------

def ensure_schema(database_url: str) -> None:
    """Migrate the database (Alembic), or create the tables where migrations are missing."""
    try:
        from pipelines.db import upgrade
    except ImportError:
        engine = make_engine(database_url)
        Base.metadata.create_all(engine)
        engine.dispose()
    else:
        upgrade(database_url)


class Daemon:
    def __init__(self, cfg: DaemonConfig) -> None:
        self.cfg = cfg
        self.stop_event = threading.Event()
        self._queue: queue.Queue[str] = queue.Queue()
        self._pending: set[str] = set()
        self._running: dict[str, subprocess.Popen] = {}
        self._killed: set[int] = set()
        self._stopped: set[int] = set()  # crawls the daemon's shutdown asked to stop
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []
        self.scheduler: BackgroundScheduler | None = None

    # scheduling ----------------------------------------------------------------------------
    def sources(self) -> list:
        from scheduler.report import registry_sources

        return registry_sources(self.cfg.sources_file, enabled_only=True)

    def trigger_for(self, schedule: str | None):
        if self.cfg.interval_seconds and self.cfg.interval_seconds > 0:
            return IntervalTrigger(seconds=self.cfg.interval_seconds, timezone=self.cfg.timezone)
        return make_trigger(schedule or self.cfg.default_schedule, self.cfg.timezone)

    def sync_jobs(self, scheduler: BackgroundScheduler) -> list[str]:
        """Add or replace a ``crawl:<id>`` job per enabled source; remove the others.

        A stored job whose schedule did not change is kept as it is, so its next run time
        survives a restart: a run missed while the daemon was down fires once (coalesced) if
        it is late by less than ``misfire_grace``.
        """
        options = {"coalesce": True, "max_instances": 1, "replace_existing": True,
                   "misfire_grace_time": self.cfg.misfire_grace}
        wanted = set()
        stored = {job.id: job for job in scheduler.get_jobs()}
        for source in self.sources():
            job_id = f"crawl:{source.id}"
            try:
                trigger = self.trigger_for(source.schedule)
            except ValueError as exc:
                log.error("source %s: bad schedule %r (%s): not scheduled", source.id,
                          source.schedule, exc)
                continue
            wanted.add(job_id)
            old = stored.get(job_id)
            if old is not None and repr(old.trigger) == repr(trigger) and (
                    old.misfire_grace_time == self.cfg.misfire_grace):
                continue  # unchanged: keep its stored next run (a missed run fires once)
            scheduler.add_job(enqueue_crawl, trigger, args=[source.id], id=job_id,
                              name=f"crawl {source.id}", **options)
        if self.cfg.dump_schedule and self.cfg.dump_output:
            scheduler.add_job(run_dump, make_trigger(self.cfg.dump_schedule, self.cfg.timezone),
                              args=[self.cfg.dump_output, self.cfg.dump_format], id="dump",
                              name="dump", **options)
            wanted.add("dump")
        scheduler.add_job(retry_alerts, IntervalTrigger(seconds=self.cfg.alert_retry_seconds),
                          id="alerts:retry", name="retry alerts", **options)
        wanted.add("alerts:retry")
        for job in scheduler.get_jobs():
            if job.id not in wanted:
                log.info("removing job %s (source no longer enabled)", job.id)
                job.remove()
        return sorted(wanted)

    def enqueue(self, source_id: str) -> None:
        with self._lock:
            if self.stop_event.is_set() or source_id in self._pending:
                log.info("crawl of %s already queued or running: skipped", source_id)
                return
            self._pending.add(source_id)
        self._queue.put(source_id)

    # crawling --------------------------------------------------------------------------------
    def _command(self, source_id: str, stats_file: Path) -> list[str]:
        cmd = list(self.cfg.crawl_command) or [sys.executable, "-m", "scrapy", "crawl",
                                                "cds_news"]
        if self.cfg.sources_file:
            cmd += ["-a", f"sources={self.cfg.sources_file}"]
        return cmd + ["-a", f"source={source_id}",
                      "-s", f"CDS_DATABASE_URL={self.cfg.database_url}",
                      "-s", f"CDS_STATS_FILE={stats_file}"]

    def _worker(self) -> None:
        while not self.stop_event.is_set():
            try:
                source_id = self._queue.get(timeout=0.3)
            except queue.Empty:
                continue
            try:
                if not self.stop_event.is_set() and self.run_crawl(source_id) != "cancelled":
                    self.check_health(source_id)
            except Exception:
                log.exception("crawl of %s: daemon-side error", source_id)
            finally:
                with self._lock:
                    self._pending.discard(source_id)

    def run_crawl(self, source_id: str) -> str:
        """Run one crawl child; record it when the child could not. Returns the status."""
        run_dir = data_dir() / "daemon"
        run_dir.mkdir(parents=True, exist_ok=True)
        stats_file = run_dir / f"stats-{source_id}.json"
        stats_file.unlink(missing_ok=True)
        cmd = self._command(source_id, stats_file)
        # each crawl is a generation of its own on a shared Redis queue (CDS_REDIS_URL): a
        # finished crawl's request fingerprints never silence the next one
        env = {**os.environ, "CDS_DATABASE_URL": self.cfg.database_url,
               "CDS_REDIS_RUN_KEY": f"daemon-{source_id}-{new_run_key()}"}
        env.setdefault("SCRAPY_SETTINGS_MODULE", "settings")
        launched = datetime.now(UTC)
        log.info("crawl %s: %s", source_id, shlex.join(cmd))
        # started and registered under the lock, after a last look at the stop flag: shutdown
        # (which runs after the flag is set) then always sees every child it must stop
        with self._lock, open(run_dir / f"crawl-{source_id}.log", "ab") as out:
            if self.stop_event.is_set():
                return "cancelled"
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env,
                                    start_new_session=True, stdin=subprocess.DEVNULL)
            self._running[source_id] = proc
        status = "finished"
        try:
            proc.wait(timeout=self.cfg.crawl_timeout)
        except subprocess.TimeoutExpired:
            status = "timeout"
            log.warning("crawl %s: timeout after %ss, killing it", source_id,
                        self.cfg.crawl_timeout)
            self.kill_group(proc)
        finally:
            with self._lock:
                self._running.pop(source_id, None)
        if status != "timeout":
            if proc.pid in self._stopped:
                status = "stopped"  # the daemon's shutdown ended it: not the source's fault
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)  # what the crawl left of its group
            elif proc.pid in self._killed:
                status = "killed"
            elif proc.returncode != 0:
                status = "failed"
        verdict = crawl_verdict(status, proc.returncode)
        quiet = verdict.ok or status == "stopped"
        log.log(logging.INFO if quiet else logging.WARNING, "crawl %s: %s (exit %s)%s",
                source_id, status if status in ("timeout", "killed", "stopped") else verdict.name,
                proc.returncode, "" if quiet else f": {verdict.message}")
        record_crawl(self.cfg.database_url, source_id, proc.pid, launched, status,
                     proc.returncode, stats_file)
        return status

    def kill_group(self, proc: subprocess.Popen) -> None:
        """SIGTERM the crawl's process group, then SIGKILL after the grace period."""
        self._killed.add(proc.pid)
        for sig, wait in ((signal.SIGTERM, self.cfg.kill_grace), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                continue
            # the leader is gone; make sure nothing else of its group survives
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            return

    def check_health(self, source_id: str) -> None:
        with session_scope(self.cfg.database_url) as session:
            health = source_health(session, source_id)
        log.info("source %s: %s %s", source_id, health.status, health.reason)
        alerts.process(self.cfg.database_url, health)

    # life cycle ----------------------------------------------------------------------------
    def run(self) -> int:
        global _daemon
        lock = DaemonLock(self.cfg.database_url)
        lock.acquire()
        server = None
        try:
            ensure_schema(self.cfg.database_url)
            _daemon = self
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, self._on_signal)
            engine = make_engine(self.cfg.database_url)
            self.scheduler = BackgroundScheduler(
                jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOBS_TABLE)},
                timezone=self.cfg.timezone)
            self.scheduler.start(paused=True)
            jobs = self.sync_jobs(self.scheduler)
            log.info("scheduled %d jobs: %s", len(jobs), ", ".join(jobs))
            for i in range(max(1, self.cfg.max_parallel)):
                worker = threading.Thread(target=self._worker, name=f"crawl-{i}", daemon=True)
                worker.start()
                self._workers.append(worker)
            if self.cfg.serve_port:
                from scheduler.web import start_in_thread

                server = start_in_thread(self.cfg.serve_host, self.cfg.serve_port,
                                         self.cfg.database_url, self.cfg.sources_file)
            self.scheduler.resume()
            log.info("cds daemon running (pid %d)", os.getpid())
            while not self.stop_event.wait(1.0):
                pass
            self.shutdown()
            engine.dispose()
        finally:
            if server is not None:
                server.shutdown()
                server.server_close()
            _daemon = None
            lock.release()
        return 0

    def _on_signal(self, signum: int, _frame) -> None:
        log.info("signal %d: stopping", signum)
        self.stop_event.set()

    def shutdown(self) -> None:
        """Stop scheduling; ask every running crawl to stop at once (one SIGTERM to the crawl
        process: Scrapy then closes the spider gracefully, finishing the requests under way, and
        records its run and summary; a second one would force an unclean stop, so none is
        sent); wait up to ``shutdown_grace`` for them, then SIGKILL the process groups of those
        still alive."""
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
        # the stop flag is set, so no worker starts a crawl after this snapshot (run_crawl)
        with self._lock:
            running = dict(self._running)
            self._stopped.update(proc.pid for proc in running.values())
        for source_id, proc in running.items():
            log.info("crawl %s (pid %d): asking it to stop (SIGTERM)", source_id, proc.pid)
            # to the crawl alone: its helpers (extraction workers) are its to stop, and die
            # with the group below if they outlive it
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + self.cfg.shutdown_grace
        while time.monotonic() < deadline and any(p.poll() is None for p in running.values()):
            time.sleep(0.1)
        for source_id, proc in running.items():
            if proc.poll() is None:
                log.warning("crawl %s (pid %d) still running %ss after SIGTERM: killing it",
                            source_id, proc.pid, self.cfg.shutdown_grace)
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
        for worker in self._workers:
            worker.join(timeout=self.cfg.kill_grace + 30)
        log.info("cds daemon stopped")
