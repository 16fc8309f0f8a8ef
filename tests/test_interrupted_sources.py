"""Catch-up mode (``crawler.extensions.interrupted_sources``): which earlier runs count as
interrupted. A ``running`` row of a live crawl on this host, or of a worker of this crawl's
generation (shared Redis queue), is a concurrent crawl, not an interrupted one."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from types import SimpleNamespace

from sqlalchemy import create_engine

from crawler.extensions import interrupted_sources
from pipelines.db import session_scope, upgrade
from pipelines.schema import CrawlRun


def add_run(url: str, source: str, status: str, pid: int, host: str, **args) -> None:
    with session_scope(url) as session:
        session.add(CrawlRun(status=status, pid=pid, hostname=host, args={
            "sources": [source], "pid": pid, "hostname": host, **args}))


def test_live_crawls_and_peers_of_the_generation_are_not_interrupted(sqlite_url):
    upgrade(sqlite_url)
    here = socket.gethostname()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(gone.stdout)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        add_run(sqlite_url, "killed", "running", dead_pid, here)
        add_run(sqlite_url, "failed", "failed", live.pid, here)
        add_run(sqlite_url, "concurrent", "running", live.pid, here)
        add_run(sqlite_url, "peer", "running", 4_000_000, "other-host", redis_run_key="gen-1")
        add_run(sqlite_url, "elsewhere", "running", 4_000_001, "other-host",
                redis_run_key="gen-0")
        add_run(sqlite_url, "own", "running", os.getpid(), here)
        storage = SimpleNamespace(engine=create_engine(sqlite_url))
        ids = ["killed", "failed", "concurrent", "peer", "elsewhere", "own", "new"]
        assert interrupted_sources(storage, ids, run_key="gen-1") == {
            "killed", "failed", "elsewhere"}
        assert "peer" in interrupted_sources(storage, ids)  # without the generation
        storage.engine.dispose()
    finally:
        live.kill()
        live.wait()
