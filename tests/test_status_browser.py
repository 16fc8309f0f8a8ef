"""The status page rendered by a real headless Chromium shows the table and the chart.

Skips where no Chromium is installed, except in CI (``CDS_REQUIRE_SERVICES=1``), where it fails:
``make browser-deps`` (``apt-get install -y chromium``) provides it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import html

from scheduler.web import start_in_thread
from tests.test_web import populate, write_registry

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str:
    for name in (os.environ.get("CDS_CHROMIUM"), *BROWSERS):
        if name and (path := shutil.which(name)):
            return path
    message = ("no headless Chromium found (tried $CDS_CHROMIUM, " + ", ".join(BROWSERS)
               + "); install it with `apt-get install -y chromium` or `make browser-deps`")
    if os.environ.get("CDS_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (CDS_REQUIRE_SERVICES=1: required here)")
    pytest.skip(message)


def run_browser(browser: str, profile: Path, *args: str, timeout: float = 60) -> tuple[str, str]:
    """Run Chromium in its own process group; kill the whole group when done or stuck."""
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        out, err = b"", b"timeout"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return out.decode(), err.decode(errors="replace")


@pytest.fixture
def page_url(tmp_path, sqlite_url) -> Iterator[str]:
    populate(sqlite_url)
    server = start_in_thread("127.0.0.1", 0, sqlite_url, write_registry(tmp_path / "s.yaml"))
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_status_page_in_headless_chromium(page_url, tmp_path):
    browser = find_browser()
    out, err = run_browser(browser, tmp_path / "profile", "--dump-dom", page_url)
    assert out, f"chromium printed no DOM: {err[-2000:]}"
    dom = html.fromstring(out)
    rows = dom.xpath('//table[@id="sources"]/tbody/tr')
    assert [r.get("data-source") for r in rows] == ["alpha", "beta"]
    cells = {r.get("data-source"): [c.text_content() for c in r.xpath("td")] for r in rows}
    assert cells["alpha"][3] == "ok" and cells["beta"][3] == "failing"
    series = dom.xpath('//*[local-name()="svg"][@id="chart"]//*[local-name()="polyline"]')
    assert [s.get("data-province") for s in series] == ["Đắk Lắk"]
    assert len(series[0].get("points").split()) == 30

    shot = tmp_path / "status.png"
    _, err = run_browser(browser, tmp_path / "profile2", f"--screenshot={shot}",
                         "--window-size=1200,900", page_url)
    assert shot.exists(), err[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
