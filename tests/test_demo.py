"""``cds demo`` runs the whole pipeline offline: replica → crawl → SQLite → JSONL dump."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata

import pytest

pytestmark = pytest.mark.slow


def test_demo_runs_end_to_end(tmp_path):
    env = {**os.environ, "CDS_DATA_DIR": str(tmp_path)}
    env.pop("CDS_DATABASE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "cds", "demo"],
        env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    dump = tmp_path / "demo.jsonl"
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert records, "the demo stored no article"
    assert (tmp_path / "demo.jsonl.manifest.json").exists()
    for record in records:
        assert record["language"] == "vi"
        assert unicodedata.is_normalized("NFC", record["text"])
        assert record["published_at"].endswith("+07:00")
    assert "Replica truth:" in proc.stdout
    assert "Stored" in proc.stdout
