"""Bad input on the command line (real ``python -m cds`` and ``scrapy crawl`` runs): a wrongly
typed setting, a malformed ``-s``/``-a``, a bad database URL or missing driver, an unreachable or
malformed ``CDS_REDIS_URL``, a registry that is not YAML, a dump to an unwritable path. Each is
one plain line and an exit code a scheduler can trust (2 usage, 5 a service unavailable), no
traceback, no usage block, no run recorded and nothing written."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

REGISTRY = """\
sources:
  - id: local
    name: Local
    kind: newspaper
    province: Hà Nội
    allowed_domains: [127.0.0.1]
    start_urls: ["http://127.0.0.1:{port}/"]
    allow_private: true
"""


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(argv: list[str], tmp_path: Path, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environ.update(PYTHONPATH=str(ROOT), CDS_DATA_DIR=str(tmp_path / "data"),
                   CDS_DATABASE_URL=f"sqlite:///{tmp_path / 'cds.db'}", **(env or {}))
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env=environ)


def cds(*args: str, tmp_path: Path, env: dict[str, str] | None = None):
    return run([sys.executable, "-m", "cds", *args], tmp_path, env)


def scrapy(*args: str, tmp_path: Path, env: dict[str, str] | None = None):
    return run([sys.executable, "-m", "scrapy.cmdline", "crawl", "cds_news", *args],
               tmp_path, env)


def one_line(proc: subprocess.CompletedProcess, code: int, prefix: str) -> str:
    """The process exited ``code`` after exactly one line on stderr (no traceback, no usage
    block, no Scrapy banner) starting with ``prefix``."""
    assert proc.returncode == code, proc.stdout + proc.stderr
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(prefix), lines[0]
    return lines[0]


def no_run_recorded(tmp_path: Path) -> None:
    db = tmp_path / "cds.db"
    if db.exists():
        with sqlite3.connect(db) as conn:
            tables = {r[0] for r in conn.execute("select name from sqlite_master")}
            if "crawl_runs" in tables:
                assert conn.execute("select count(*) from crawl_runs").fetchone()[0] == 0


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(REGISTRY.format(port=closed_port()), encoding="utf-8")
    return path


@pytest.mark.parametrize(("setting", "says"), [
    ("CDS_BUDGET_ARTICLES=abc", "CDS_BUDGET_ARTICLES='abc': expected a whole number"),
    ("CDS_PARSE_TIMEOUT=soon", "CDS_PARSE_TIMEOUT='soon': expected a number"),
    ("CDS_WARC_ENABLED=maybe", "CDS_WARC_ENABLED='maybe': expected true or false"),
    ("LOG_LEVEL=LOUD", "LOG_LEVEL='LOUD': expected one of DEBUG"),
])
def test_a_setting_of_the_wrong_type_is_refused_before_the_crawl(tmp_path, registry, setting,
                                                                 says):
    line = one_line(cds("crawl", "--sources", str(registry), "-s", setting, tmp_path=tmp_path),
                    2, "cds crawl: ")
    assert says in line
    line = one_line(scrapy("-a", f"sources={registry}", "-s", setting, tmp_path=tmp_path),
                    2, "scrapy crawl: ")
    assert says in line
    no_run_recorded(tmp_path)


def test_settings_check_follows_the_defaults_types():
    from crawler.settings_check import SettingsError, check, problems

    assert problems({"CDS_BUDGET_ARTICLES": "12", "CDS_PARSE_TIMEOUT": "2.5",
                     "CDS_WARC_ENABLED": "false", "DOWNLOAD_TIMEOUT": "7.5",
                     "CDS_WARC_RETENTION_DAYS": "0.5", "LOG_LEVEL": "DEBUG",
                     "CDS_BUDGET_REQUESTS": 7}) == []
    with pytest.raises(SettingsError, match="CDS_BUDGET_ARTICLES='2.5'.*CDS_SUMMARY='yes'"):
        check({"CDS_BUDGET_ARTICLES": "2.5", "CDS_SUMMARY": "yes"})


@pytest.mark.parametrize(("args", "says"), [
    (["-s", "NOEQUALS"], "NAME=VALUE"),
    (["-a", "NOEQUALS"], "NAME=VALUE"),
    (["-a", "since=notadate"], "since='notadate': expected YYYY-MM-DD"),
])
def test_a_malformed_option_is_one_line_without_usage(tmp_path, registry, args, says):
    line = one_line(cds("crawl", "--sources", str(registry), *args, tmp_path=tmp_path),
                    2, "cds crawl: ")
    assert says in line
    line = one_line(scrapy("-a", f"sources={registry}", *args, tmp_path=tmp_path),
                    2, "scrapy crawl: ")
    assert says in line
    no_run_recorded(tmp_path)


def test_unreachable_redis_is_one_line_exit_5(tmp_path, registry):
    url = f"redis://127.0.0.1:{closed_port()}/5"
    for proc, prefix in ((cds("crawl", "--sources", str(registry), tmp_path=tmp_path,
                              env={"CDS_REDIS_URL": url}), "cds crawl: "),
                         (scrapy("-a", f"sources={registry}", tmp_path=tmp_path,
                                 env={"CDS_REDIS_URL": url}), "scrapy crawl: ")):
        assert f"Redis unavailable at {url}" in one_line(proc, 5, prefix)
    line = one_line(cds("crawl", "--sources", str(registry), tmp_path=tmp_path,
                        env={"CDS_REDIS_URL": "notaurl"}), 2, "cds crawl: ")
    assert "CDS_REDIS_URL='notaurl'" in line
    no_run_recorded(tmp_path)


@pytest.mark.parametrize("url", ["postgresql+nosuchdriver://u@127.0.0.1/x", "foo://",
                                 "mysql://u@127.0.0.1/x"])
def test_a_database_url_without_its_driver_is_a_usage_error_everywhere(tmp_path, registry, url):
    says = "no database d"  # dialect or driver
    for command in (["crawl", "--sources", str(registry)], ["status"],
                    ["dump", "--output", str(tmp_path / "out.jsonl")], ["db", "upgrade"],
                    ["reextract"], ["serve", "--port", str(closed_port())], ["daemon"]):
        name = command[0]
        line = one_line(cds(*command, "--database", url, tmp_path=tmp_path), 2, f"cds {name}")
        assert says in line and url.split("/")[0] in line, line
    line = one_line(scrapy("-a", f"sources={registry}", "-s", f"CDS_DATABASE_URL={url}",
                           tmp_path=tmp_path), 2, "scrapy crawl: ")
    assert says in line
    assert not (tmp_path / "out.jsonl").exists()


def test_a_registry_that_is_not_yaml_names_file_line_and_column(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - id: a\n    name: [unclosed\n    kind: x\n", encoding="utf-8")
    where = f"{bad}:4:9: not valid YAML: expected ',' or ']'"
    for command, code in ((["status"], 2), (["sources", "check"], 2), (["sources", "list"], 2),
                          (["crawl"], 3)):  # cds crawl: the README's 3, unreadable registry
        line = one_line(cds(*command, "--sources", str(bad), tmp_path=tmp_path), code,
                        f"cds {command[0]}")
        assert where in line, line
    assert where in one_line(scrapy("-a", f"sources={bad}", tmp_path=tmp_path), 3,
                             "scrapy crawl: ")


@pytest.mark.parametrize("where", ["file/x.jsonl", "/proc/x.jsonl"])
def test_dump_to_an_unwritable_path_writes_nothing(tmp_path, where):
    from tests.test_dump import _db_on

    _db_on(f"sqlite:///{tmp_path / 'cds.db'}")
    (tmp_path / "file").write_text("in the way", encoding="utf-8")
    out = Path(where) if where.startswith("/") else tmp_path / where
    line = one_line(cds("dump", "--output", str(out), tmp_path=tmp_path), 2, "cds dump: ")
    assert f"cannot write {out}: " in line and line.endswith("; nothing written"), line
    assert not out.exists()
    if out.parent.is_dir():  # no temporary file left either
        assert not [p for p in out.parent.iterdir() if out.name in p.name]
    assert (tmp_path / "file").read_text(encoding="utf-8") == "in the way"
