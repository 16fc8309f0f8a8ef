"""What a new user meets on the ``cds`` command line when something is wrong: a missing
archive or registry, a file that is not a WARC, a port in use, a closed pipe. One plain line
and an exit code, nothing created, no traceback and no Scrapy banner (real ``python -m cds``
runs)."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "seeds" / "sources.yaml"


def cds(*args: str, cwd: Path, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environ["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "cds", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env={**environ, **(env or {})})


def one_line(proc: subprocess.CompletedProcess, command: str, code: int) -> str:
    """The process exited with ``code`` after one line on stderr, no traceback."""
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"{command}: "), lines[0]
    return lines[0]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An SQLite archive, migrated, with one finished crawl run (so commands read it)."""
    from datetime import UTC, datetime

    from pipelines import db
    from pipelines.schema import CrawlRun

    path = tmp_path / "arch.db"
    url = f"sqlite:///{path}"
    db.upgrade(url)
    with db.session_scope(url) as session:
        session.add(CrawlRun(started_at=datetime(2026, 11, 1, tzinfo=UTC),
                             finished_at=datetime(2026, 11, 1, 0, 5, tzinfo=UTC),
                             status="finished", finish_reason="finished"))
    return path


def test_reextract_without_an_archive_says_so_and_creates_nothing(tmp_path: Path) -> None:
    line = one_line(cds("reextract", cwd=tmp_path), "cds reextract", 1)
    assert "no archive at data/cds.db" in line
    assert not (tmp_path / "data").exists(), list(tmp_path.rglob("*"))
    line = one_line(cds("reextract", "--database", "data/typo.db", cwd=tmp_path),
                    "cds reextract", 1)
    assert "no archive at data/typo.db" in line
    assert list(tmp_path.iterdir()) == []


def test_reextract_leaves_out_the_scrapy_banner(tmp_path: Path, archive: Path) -> None:
    out = cds("reextract", "--database", str(archive), cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "0 archived page(s) judged again" in out.stdout
    for noise in ("Scrapy 2", "Versions:", "Enabled addons", "Spider opened",
                  "source(s) selected"):
        assert noise not in out.stderr, out.stderr
    verbose = cds("-v", "reextract", "--database", str(archive), cwd=tmp_path)
    assert verbose.returncode == 0 and "Spider opened" in verbose.stderr


def test_reextract_of_a_file_that_is_not_a_warc(tmp_path: Path, archive: Path) -> None:
    for name, data in (("x.warc.gz", b"not a warc at all\n"),
                       ("y.warc.gz", gzip.compress(b"<html>a page</html>\n")),
                       ("empty.warc", b"")):
        (tmp_path / name).write_bytes(data)
        line = one_line(cds("reextract", "--database", str(archive), "--warc",
                            str(tmp_path / name), cwd=tmp_path), "cds reextract", 1)
        assert "not a readable WARC file" in line and name in line


def test_db_current_does_not_create_a_mistyped_file(tmp_path: Path, archive: Path) -> None:
    line = one_line(cds("db", "current", "--database", "data/missing.db", cwd=tmp_path),
                    "cds db current", 1)
    assert "no database at data/missing.db" in line
    assert not (tmp_path / "data").exists()
    current = cds("db", "current", "--database", str(archive), cwd=tmp_path)
    assert current.returncode == 0 and "up to date" in current.stdout
    # upgrade is the command that creates one
    upgrade = cds("db", "upgrade", "--database", "data/new.db", cwd=tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    assert (tmp_path / "data" / "new.db").is_file()


@pytest.mark.parametrize("command", ["status", "serve"])
def test_a_missing_or_broken_registry_file_is_refused(tmp_path: Path, archive: Path,
                                                      command: str) -> None:
    line = one_line(cds(command, "--sources", "nope.yaml", "--database", str(archive),
                        cwd=tmp_path, timeout=60), f"cds {command}", 2)
    assert "nope.yaml" in line and "cannot read the registry" in line
    (tmp_path / "bad.yaml").write_text("just: text\n")
    line = one_line(cds(command, "--sources", "bad.yaml", "--database", str(archive),
                        cwd=tmp_path, timeout=60), f"cds {command}", 2)
    assert "bad.yaml" in line


def test_crawl_refuses_a_missing_registry_before_scrapy_starts(tmp_path: Path) -> None:
    line = one_line(cds("crawl", "--sources", "/nope.yaml", cwd=tmp_path), "cds crawl", 3)
    assert "/nope.yaml" in line
    assert not (tmp_path / "data").exists()


def test_crawl_leaves_out_the_scrapy_banner_but_keeps_its_verdict(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a loopback port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (tmp_path / "one.yaml").write_text(
        "sources:\n  - id: closedport\n    name: Closed Port\n    kind: newspaper\n"
        "    province: Đắk Lắk\n    allowed_domains: [127.0.0.1]\n"
        f"    start_urls: ['http://127.0.0.1:{port}/']\n", encoding="utf-8")
    argv = ("crawl", "--sources", "one.yaml", "--database", "run.db", "-s", "RETRY_TIMES=0",
            "-s", "DOWNLOAD_TIMEOUT=5")
    out = cds(*argv, cwd=tmp_path)
    assert out.returncode == 4, out.stdout + out.stderr  # no source answered
    assert "Exit code 4" in out.stderr and "closedport" in out.stderr + out.stdout
    # a loopback address is refused before any connection; the verdict says why, not "offline"
    assert "allow_private: true" in out.stderr and "online" not in out.stderr, out.stderr
    for noise in ("Scrapy 2", "Versions:", "Enabled addons", "Spider opened"):
        assert noise not in out.stderr, out.stderr
    verbose = cds("-v", *argv, cwd=tmp_path)
    assert verbose.returncode == 4 and "Spider opened" in verbose.stderr


def test_environment_database_accepts_a_path_as_database_does(tmp_path: Path,
                                                              archive: Path) -> None:
    by_option = cds("status", "--json", "--database", archive.name, cwd=tmp_path)
    assert by_option.returncode == 0, by_option.stderr
    by_env = cds("status", "--json", cwd=tmp_path, env={"CDS_DATABASE_URL": archive.name})
    assert by_env.returncode == 0, by_env.stderr
    assert by_env.stdout == by_option.stdout
    missing = one_line(cds("status", cwd=tmp_path, env={"CDS_DATABASE_URL": "data/demo.db"}),
                       "cds status", 1)
    assert "no archive at data/demo.db" in missing


def test_status_lines_have_no_trailing_blanks(tmp_path: Path, archive: Path) -> None:
    out = cds("status", "--database", str(archive), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) > 5 and "baodaklak" in out.stdout
    assert [x for x in lines if x != x.rstrip()] == []


def test_sources_takes_sources_like_every_other_command(tmp_path: Path) -> None:
    small = tmp_path / "small.yaml"
    small.write_text("sources:\n  - id: onlyone\n    name: Only One\n    kind: newspaper\n"
                     "    province: Đắk Lắk\n    allowed_domains: [onlyone.example.vn]\n"
                     "    start_urls: ['https://onlyone.example.vn/']\n", encoding="utf-8")
    for option in ("--sources", "--file"):
        out = cds("sources", option, str(small), "--json", cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert '"onlyone"' in out.stdout
        check = cds("sources", "check", option, str(small), cwd=tmp_path)
        assert "1 valid sources" in check.stdout, check.stdout + check.stderr
    assert "--sources FILE" in cds("sources", "--help", cwd=tmp_path).stdout


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environ["PYTHONPATH"] = str(ROOT)
    for args in (["replica", "truth"], ["sources", "--json", "--all"]):
        proc = subprocess.Popen([sys.executable, "-m", "cds", *args], cwd=tmp_path, env=environ,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(10)  # like `| head -c 10`: read a little, then go away
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 141, err
        assert "Traceback" not in err and "BrokenPipeError" not in err, err


def busy_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    return sock


def test_serve_bad_addresses_are_one_line(tmp_path: Path, archive: Path) -> None:
    with busy_port() as taken:
        port = taken.getsockname()[1]
        line = one_line(cds("serve", "--port", str(port), "--database", str(archive),
                            cwd=tmp_path, timeout=60), "cds serve", 1)
        assert f"port {port} is in use" in line
    line = one_line(cds("serve", "--port", "99999", "--database", str(archive), cwd=tmp_path,
                        timeout=60), "cds serve", 2)
    assert "99999" in line and "not a port" in line
    line = one_line(cds("serve", "--host", "256.1.1.1", "--database", str(archive),
                        cwd=tmp_path, timeout=60), "cds serve", 2)
    assert "256.1.1.1" in line


def test_explore_bad_ports_are_one_line(tmp_path: Path, archive: Path) -> None:
    line = one_line(cds("explore", "--port", "70000", "--database", str(archive), cwd=tmp_path,
                        timeout=60), "cds explore", 2)
    assert "70000" in line
