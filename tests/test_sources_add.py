"""``cds sources add URL`` against the offline replica: the entry it writes, what it refuses,
and that the source it added crawls (crawler/newsource.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from crawler.newsource import guess_id, guess_kind, guess_province
from seeds.registry import load_registry
from tests.helpers_crawl import run_crawl

HEADER = """\
# A hand-written registry: comments and layout must survive `cds sources add`.
sources:
  - id: first            # kept as it is
    name: Báo Thứ Nhất
    kind: newspaper
    province: Hà Nội
    allowed_domains: [first.example]
    start_urls: [https://first.example/]
"""


def cds(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cds", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def replica():
    from cds.replica import Replica

    with Replica() as rep:
        yield rep


def test_guesses() -> None:
    assert guess_id("baodaklak.vn", None) == "baodaklak"
    assert guess_id("www.phuyen.baodaklak.vn", None) == "phuyen-baodaklak"
    assert guess_id("127.0.1.4", "Cổng thông tin điện tử tỉnh Gia Lai") == (
        "cong-thong-tin-dien-tu-tinh-gia-lai")
    assert guess_province("daklak.gov.vn", None) == ("Đắk Lắk", None)
    assert guess_province("phuyen.baodaklak.vn", "Báo Đắk Lắk") == ("Đắk Lắk", "Phú Yên")
    assert guess_province("127.0.0.1", "Báo Bà Rịa - Vũng Tàu") == ("TP Hồ Chí Minh",
                                                                   "Bà Rịa - Vũng Tàu")
    assert guess_province("vnexpress.net", "VnExpress") == (None, None)
    assert guess_kind("mst.gov.vn", "Bộ Khoa học và Công nghệ") == "ministry"
    assert guess_kind("daklak.gov.vn", "Đắk Lắk") == "portal"
    assert guess_kind("127.0.0.1", "Cổng thông tin điện tử tỉnh Gia Lai") == "portal"
    assert guess_kind("baodaklak.vn", "Báo Đắk Lắk") == "newspaper"


def test_add_writes_a_valid_entry_and_keeps_the_file(replica, tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(HEADER, encoding="utf-8")
    site = replica.sites["gialai-portal"]
    proc = cds("sources", "add", "--allow-private", f"{site.base_url}/", "--file", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = path.read_text(encoding="utf-8")
    assert text.startswith(HEADER), "the file's own text changed"
    reg = load_registry(path)
    assert reg.errors == []
    new = reg.sources[-1]
    assert new.name == "Cổng thông tin điện tử tỉnh Gia Lai"  # og:site_name
    assert (new.kind, new.province, new.confidence_label) == ("portal", "Gia Lai", "unverified")
    assert new.allowed_domains == (site.host,) and new.start_urls == (f"{site.base_url}/",)
    # the Atom feed announced by <link rel=alternate>, checked to hold entries
    assert new.feeds == (f"{site.base_url}/rss/chuyen-doi-so.rss",)
    assert f"{site.base_url}/ answered HTTP 200 on " in new.evidence
    assert "feeds with entries" in new.evidence
    assert f"cds crawl --source {new.id}" in proc.stdout
    again = cds("sources", "add", "--allow-private", f"{site.base_url}/", "--file", str(path))
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "already" in again.stderr
    assert path.read_text(encoding="utf-8") == text


def test_add_refuses_in_one_line(replica, tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(HEADER, encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    for url, message in ((f"http://127.0.0.1:{port}/", "did not answer"),
                         ("ftp://example.org/", "not an http(s) URL"),
                         (f"{replica.sites['daklak-news'].base_url}/khong-co-trang-nay",
                          "HTTP 404")):
        proc = cds("sources", "add", "--allow-private", url, "--file", str(path))
        assert proc.returncode == 1, proc.stdout + proc.stderr
        [line] = proc.stderr.splitlines()
        assert line.startswith("cds sources add: ") and message in line
    assert path.read_text(encoding="utf-8") == HEADER
    dry = cds("sources", "add", "--allow-private",
              f"{replica.sites['daklak-news'].base_url}/", "--dry-run",
              "--file", str(path), "--id", "thu")
    assert dry.returncode == 0 and yaml.safe_load(dry.stdout)[0]["id"] == "thu"
    assert path.read_text(encoding="utf-8") == HEADER


@pytest.mark.slow
def test_the_added_source_crawls(replica, tmp_path: Path, sqlite_url: str) -> None:
    """"Watch this site": the entry written from the home page alone finds and stores articles."""
    path = tmp_path / "sources.yaml"
    path.write_text("sources: []\n", encoding="utf-8")
    site = replica.sites["chinhphu-news"]
    added = cds("sources", "add", "--allow-private", f"{site.base_url}/", "--file", str(path),
                "--id", "vgp")
    assert added.returncode == 0, added.stdout + added.stderr
    result = run_crawl(path, sqlite_url, tmp_path=tmp_path)
    assert result.returncode == 0, result.log_tail()
    assert result.source_stats("vgp")["stored"] > 0


def test_add_refuses_a_private_address_without_the_opt_in(replica, tmp_path: Path) -> None:
    """Without ``--allow-private`` a site on a loopback address is not fetched (egress policy)."""
    path = tmp_path / "sources.yaml"
    path.write_text(HEADER, encoding="utf-8")
    proc = cds("sources", "add", f"{replica.sites['daklak-news'].base_url}/", "--file", str(path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    [line] = proc.stderr.splitlines()
    assert "blocked_address" in line and "non-public" in line
    assert path.read_text(encoding="utf-8") == HEADER
