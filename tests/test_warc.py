"""The raw archive's files: WARC 1.1 records written by the writer thread, read back by warcio
and ``warcio index``, rotation and pruning, a truncated last record skipped and repaired."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from crawler.warc.reader import check_file, complete_length, iter_responses, read_response
from crawler.warc.writer import Capture, WarcFiles, WarcWriter

ROOT = Path(__file__).resolve().parents[1]


def capture(i: int, body: bytes | None = None) -> Capture:
    return Capture(
        key=f"key{i}", url=f"http://bao.example.vn/bai-{i}.html?utm_source=x", status=200,
        response_headers=[(b"Content-Type", b"text/html; charset=utf-8"),
                          (b"Content-Encoding", b"gzip"), (b"Transfer-Encoding", b"chunked")],
        body=body or f"<html><body><p>Chuyển đổi số {i}</p></body></html>".encode(),
        request_headers=[(b"User-Agent", b"cds-test")], source="bao", kind="article")


def write(directory: Path, n: int, **kwargs) -> dict[str, tuple[str, int]]:
    writer = WarcWriter(WarcFiles(directory, **kwargs))
    for i in range(n):
        writer.submit(capture(i))
    where = {f"key{i}": writer.locate(f"key{i}", {"url": f"u{i}", "outcome": "stored"})
             for i in range(n)}
    writer.close()
    return where


def test_records_read_back_by_location_and_by_warcio(tmp_path):
    where = write(tmp_path, 3)
    files = sorted(tmp_path.glob("*.warc.gz"))
    assert len(files) == 1
    name, offset = where["key1"]
    got = read_response(tmp_path / name, offset)
    assert got.url == "http://bao.example.vn/bai-1.html?utm_source=x" and got.status == 200
    assert "Chuyển đổi số 1" in got.body.decode()
    # the body was decoded by Scrapy: no transfer headers that would make readers decode again
    assert {k.lower() for k, _ in got.headers} == {"content-type"}
    assert got.fetched_at is not None and got.fetched_at.tzinfo is not None
    with open(files[0], "rb") as fh:
        records = [(r.rec_type, r.rec_headers.protocol) for r in ArchiveIterator(fh)]
    assert records[0] == ("warcinfo", "WARC/1.1")
    assert [t for t, _ in records].count("response") == 3
    assert [t for t, _ in records].count("request") == 3
    assert [t for t, _ in records].count("metadata") == 3
    index = subprocess.run([str(Path(sys.executable).with_name("warcio")), "index",
                            str(files[0])], capture_output=True, text=True, check=True)
    rows = [json.loads(line) for line in index.stdout.splitlines()]
    assert {"offset": str(offset), "warc-type": "response",
            "warc-target-uri": got.url} in rows
    assert check_file(files[0]).ok


def test_rotation_by_size(tmp_path):
    write(tmp_path, 6, max_file_bytes=1500)
    files = sorted(tmp_path.glob("*.warc.gz"))
    assert len(files) >= 3
    assert sum(len(list(iter_responses(f))) for f in files) == 6


def test_prune_keeps_the_total_under_the_limit(tmp_path):
    write(tmp_path, 6, max_file_bytes=1500)
    before = sorted(tmp_path.glob("*.warc.gz"), key=os.path.getmtime)
    total = sum(p.stat().st_size for p in before)
    files = WarcFiles(tmp_path, max_total_bytes=total // 2)
    assert files.prune() > 0
    after = list(tmp_path.glob("*.warc.gz"))
    assert sum(p.stat().st_size for p in after) <= total // 2
    assert before[-1] in after  # the newest are kept


def test_a_truncated_last_record_is_skipped_and_repaired(tmp_path):
    where = write(tmp_path, 3)
    path = next(tmp_path.glob("*.warc.gz"))
    data = path.read_bytes()
    cut = where["key2"][1] + 50  # inside the third response record
    path.write_bytes(data[:cut])
    assert complete_length(path) == where["key2"][1]
    assert [r.url for r in iter_responses(path)] == [
        "http://bao.example.vn/bai-0.html?utm_source=x",
        "http://bao.example.vn/bai-1.html?utm_source=x"]
    check = check_file(path)
    assert not check.ok and check.error.startswith("truncated")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    verify = [sys.executable, "-m", "cds", "warc", "verify", str(tmp_path)]
    first = subprocess.run(verify, capture_output=True, text=True, env=env)
    assert first.returncode == 1 and "truncated" in first.stdout
    repaired = subprocess.run([*verify, "--repair"], capture_output=True, text=True, env=env)
    assert repaired.returncode == 0 and "repaired" in repaired.stdout
    again = subprocess.run(verify, capture_output=True, text=True, env=env)
    assert again.returncode == 0 and "all readable" in again.stdout
    assert check_file(path).ok


def test_verify_without_files_is_one_line(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "cds", "warc", "verify", str(tmp_path / "no")],
                         capture_output=True, text=True, env=env)
    assert out.returncode == 2
    assert out.stderr.strip().endswith("no such file or directory")
    assert "Traceback" not in out.stderr


def test_reextract_with_the_database_down_exits_5_without_a_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CDS_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "cds", "reextract", "--database",
                          "postgresql+psycopg://postgres@127.0.0.1:1/nothing"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert out.returncode == 5, out.stdout + out.stderr[-2000:]
    assert "Traceback" not in out.stderr
    assert "stopped: database_unavailable" in out.stdout
