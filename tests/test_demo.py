"""``cds demo`` runs the whole pipeline offline: replica → crawl → SQLite → JSONL dump."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata

import pytest

pytestmark = pytest.mark.slow


def test_demo_runs_end_to_end_and_its_next_steps_show_its_articles(tmp_path):
    """The demo stores clean records; the commands it prints at its end work as printed, from
    where it ran, and show the demo's articles."""
    import re
    import shlex

    from cds.cli import build_parser

    env = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    proc = subprocess.run([sys.executable, "-m", "cds", "demo"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    dump_path = tmp_path / "data" / "demo.jsonl"
    records = [json.loads(line) for line in dump_path.read_text(encoding="utf-8").splitlines()]
    assert records, "the demo stored no article"
    assert (tmp_path / "data" / "demo.jsonl.manifest.json").exists()
    for record in records:
        assert record["language"] == "vi"
        assert unicodedata.is_normalized("NFC", record["text"])
        assert record["published_at"].endswith("+07:00")
    assert "Replica truth:" in proc.stdout
    assert "Stored" in proc.stdout

    steps = proc.stdout.split("Next, look at the demo's archive", 1)[1].splitlines()[1:]
    commands = {line.split()[1]: line.split("#")[0].strip() for line in steps
                if line.split()[:1] == ["cds"]}
    assert set(commands) == {"status", "dump", "serve"}
    # where `cds` is not on the PATH, the first step says how to put it there
    activate = [line.split("#")[0].split() for line in steps if line.split()[:1] == ["source"]]
    assert all(os.path.exists(tmp_path / words[1]) for words in activate), activate
    stories = [r for r in records if not r["duplicate_of"]]

    def run(command: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "cds", *shlex.split(command)[1:]],
                              cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300, check=False)

    status = run(commands["status"])
    assert status.returncode == 0, status.stdout + status.stderr
    totals = {}
    for line in status.stdout.splitlines():
        match = re.match(r"^(\S+)\s.*?\s(\d+)/(\d+)/(\d+)\s", line)
        if match:
            totals[match.group(1)] = int(match.group(4))
    assert totals == {s: sum(r["source"] == s for r in stories) for s in
                      {r["source"] for r in records}}
    # the demo's own per-source lines count the same stories as `cds status`
    printed = dict(re.findall(r"^  (\S+)\s+(\d+) stories", proc.stdout, re.M))
    assert {s: int(n) for s, n in printed.items()} == {s: n for s, n in totals.items() if n}
    dump = run(commands["dump"])
    assert dump.returncode == 0, dump.stdout + dump.stderr
    csv_path = tmp_path / shlex.split(commands["dump"])[-1]
    assert csv_path.exists() and f"{len(stories)} records" in dump.stdout
    # serve: the command parses (serving is tested with the status page)
    build_parser().parse_args(shlex.split(commands["serve"])[1:])
