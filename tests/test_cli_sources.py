"""``cds sources``: listing and checking the registry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from cds.cli import main

GOOD = {
    "id": "local",
    "name": "Local replica",
    "kind": "newspaper",
    "province": "Hải Dương",
    "allowed_domains": ["127.0.1.5:8431"],
    "start_urls": ["http://127.0.1.5:8431/"],
    "confidence": "H",
}
OFF = {**GOOD, "id": "off", "enabled": False, "disabled_reason": "legacy site"}
BAD = {**GOOD, "id": "bad", "feeds": ["ftp://x"]}


def registry(tmp_path: Path, *entries: dict) -> str:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": list(entries)}, allow_unicode=True), "utf-8")
    return str(path)


def test_check_real_registry(capsys):
    assert main(["sources", "--check"]) == 0
    out = capsys.readouterr().out
    assert "0 error(s)" in out and "error:" not in out


def test_check_reports_errors_and_warnings(tmp_path, capsys):
    path = registry(tmp_path, GOOD, BAD)
    assert main(["sources", "check", "--file", path]) == 1
    out = capsys.readouterr().out
    assert "error: sources[1] (id=bad) field 'feeds[0]': not an http(s) URL: 'ftp://x'" in out
    assert "warning: sources[0] (id=local) field 'province'" in out
    assert "warning: sources[0] (id=local) field 'allowed_domains'" in out
    # the --check alias, with --file before the sub-command
    assert main(["sources", "--file", path, "--check"]) == 1


def test_warnings_do_not_fail(tmp_path, capsys):
    path = registry(tmp_path, GOOD)
    assert main(["sources", "--check", "--file", path]) == 0
    assert "1 valid sources (1 enabled), 0 error(s), 2 warning(s)" in capsys.readouterr().out


def test_check_json(tmp_path, capsys):
    assert main(["sources", "check", "--json", "--file", registry(tmp_path, GOOD, BAD)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["sources"] == 1 and len(report["errors"]) == 1 and len(report["warnings"]) == 4


def test_unusable_file(tmp_path, capsys):
    path = tmp_path / "x.yaml"
    path.write_text("sources: [", "utf-8")
    # unreadable: refused as for every --sources FILE (exit 2); 1 is a registry with errors
    assert main(["sources", "check", "--file", str(path)]) == 2
    assert f"{path}:1:11: not valid YAML" in capsys.readouterr().err
    assert main(["sources", "--file", str(tmp_path / "missing.yaml")]) == 2


def test_list_table(tmp_path, capsys):
    path = registry(tmp_path, GOOD, OFF, BAD)
    assert main(["sources", "--file", path]) == 0
    captured = capsys.readouterr()
    assert "local" in captured.out and "Hải Phòng" in captured.out and "Hải Dương" in captured.out
    assert "off" not in captured.out.split()
    assert "1 error(s)" in captured.err
    assert main(["sources", "list", "--all", "--file", path]) == 0
    assert "off" in capsys.readouterr().out


def test_list_json(tmp_path, capsys):
    path = registry(tmp_path, GOOD, OFF)
    assert main(["sources", "--json", "--all", "--file", path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in data] == ["local", "off"]
    assert data[0]["province"] == "Hải Phòng" and data[0]["former_province"] == "Hải Dương"
    assert data[0]["allowed_domains"] == ["127.0.1.5"]


def test_list_real_registry_json(capsys):
    assert main(["sources", "--json"]) == 0
    ids = {s["id"] for s in json.loads(capsys.readouterr().out)}
    assert {"baodaklak", "baohaiphong", "baochinhphu"} <= ids and "binhdinh-portal" not in ids


def test_unknown_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["sources", "nonsense"])
    assert info.value.code == 2


def test_installed_cds_script(tmp_path):
    cds = Path(sys.executable).with_name("cds")
    assert cds.exists(), f"the cds console script is not installed beside {sys.executable}"
    bad = subprocess.run(
        [str(cds), "sources", "--check", "--file", registry(tmp_path, GOOD, BAD)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1, bad.stderr
    assert "field 'feeds[0]'" in bad.stdout
    good = subprocess.run(
        [str(cds), "sources", "check"], capture_output=True, text=True, timeout=60
    )
    assert good.returncode == 0, good.stdout + good.stderr




def test_list_shows_unverified_entries(tmp_path, capsys):
    bare = {k: v for k, v in GOOD.items() if k != "confidence"}
    assert main(["sources", "list", "--file", registry(tmp_path, bare)]) == 0
    out = capsys.readouterr().out
    assert "unverified" in out
    assert main(["sources", "--json", "--file", registry(tmp_path, bare)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["confidence"] is None
