"""A new user's first commands on an archive no crawl has touched, or cannot be reached: one
plain line and exit 1, never a traceback (cds/database.py, cds status, cds dump, cds db,
cds daemon)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cds.database import ArchiveMissing, ArchiveUnavailable, database_url, open_archive


def cds(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environ["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    return subprocess.run([sys.executable, "-m", "cds", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**environ, **(env or {})})


def one_line(proc: subprocess.CompletedProcess, command: str, code: int = 1) -> str:
    """The process failed with exit ``code`` and said one line, no traceback."""
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    [line] = [x for x in proc.stderr.splitlines() if x.strip()]
    assert line.startswith(f"{command}: ")
    return line


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_fresh_clone_status_and_dump_say_what_to_run(tmp_path: Path) -> None:
    status = one_line(cds("status", cwd=tmp_path), "cds status")
    assert "no archive at data/cds.db" in status and "cds crawl" in status
    dump = one_line(cds("dump", "-o", "out.jsonl", cwd=tmp_path), "cds dump")
    assert "no archive at data/cds.db" in dump
    assert not (tmp_path / "out.jsonl").exists()
    assert not (tmp_path / "data" / "cds.db").exists(), "a read command created the archive"


def test_empty_archive_is_migrated_and_said_empty(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cds.db").touch()  # e.g. left by an older version's failed command
    status = one_line(cds("status", "--json", cwd=tmp_path), "cds status")
    assert "no crawl has run on data/cds.db yet" in status
    from pipelines.db import current, head_revision

    assert current(f"sqlite:///{tmp_path / 'data' / 'cds.db'}") == head_revision()
    dump = one_line(cds("dump", "-o", "x.csv", "--database", "data/cds.db", cwd=tmp_path),
                    "cds dump")
    assert "nothing to dump" in dump and "no crawl has run" in dump


def test_unreachable_and_bad_databases_are_one_line(tmp_path: Path) -> None:
    down = f"postgresql+psycopg://cds@127.0.0.1:{closed_port()}/cds"
    line = one_line(cds("status", "--database", down, cwd=tmp_path), "cds status")
    assert "database unavailable at postgresql+psycopg://cds@127.0.0.1" in line
    line = one_line(cds("dump", "-o", "x.jsonl", cwd=tmp_path, env={"CDS_DATABASE_URL": down}),
                    "cds dump")
    assert "database unavailable" in line
    line = one_line(cds("status", "--database", "nosuchdriver://x/y", cwd=tmp_path),
                    "cds status", 2)  # a configuration error, not an unavailable server
    assert "no database dialect" in line
    line = one_line(cds("db", "current", "--database", down, cwd=tmp_path), "cds db")
    assert "database unavailable" in line
    line = one_line(cds("daemon", "--database", down, cwd=tmp_path), "cds daemon")
    assert "database unavailable" in line
    line = one_line(cds("status", "--database", "typo.db", cwd=tmp_path), "cds status")
    assert "no archive at typo.db" in line


def test_database_option_takes_a_path_or_a_url(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_DATABASE_URL", "sqlite:////elsewhere.db")
    assert database_url("data/demo.db") == f"sqlite:///{tmp_path / 'data' / 'demo.db'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url(None) == "sqlite:////elsewhere.db"
    with pytest.raises(ArchiveMissing):
        open_archive("data/demo.db")
    with pytest.raises(ArchiveUnavailable, match="not a database URL"):
        open_archive("://nothing")
    (tmp_path / "a.db").touch()
    archive = open_archive("a.db")
    assert (archive.label, archive.runs, archive.articles, archive.empty) == ("a.db", 0, 0, True)
