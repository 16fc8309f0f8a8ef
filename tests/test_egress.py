"""Egress policy (crawler/egress.py): unit checks and a real crawl that is redirected inwards."""

from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from crawler.egress import EgressRefused, check_url, is_public
from tests.helpers_crawl import run_crawl

PUBLIC = {"news.example": ["93.184.216.34"], "rebind.example": ["93.184.216.34", "10.0.0.5"]}


def fake_resolve(host: str) -> list[str]:
    return PUBLIC.get(host, [host])


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                                     "169.254.169.254", "::1", "fc00::1", "0.0.0.0",
                                     "::ffff:127.0.0.1", "224.0.0.1", "240.0.0.1"])
def test_non_public_addresses(address: str) -> None:
    assert not is_public(address)
    with pytest.raises(EgressRefused, match="non-public"):
        check_url(f"http://[{address}]/" if ":" in address else f"http://{address}/",
                  resolver=fake_resolve)


def test_public_names_pass_and_a_private_answer_is_refused() -> None:
    check_url("https://news.example/a.html", resolver=fake_resolve)
    with pytest.raises(EgressRefused):
        check_url("https://rebind.example/", resolver=fake_resolve)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "data:text/html,x", "ftp://a.vn/x",
                                 "gopher://a.vn/"])
def test_only_http_schemes(url: str) -> None:
    with pytest.raises(EgressRefused, match="scheme"):
        check_url(url, resolver=fake_resolve)


def test_opt_in_is_per_host_and_port() -> None:
    allowed = {"127.0.1.20:8080"}
    check_url("http://127.0.1.20:8080/x", allowed, resolver=fake_resolve)
    for url in ("http://127.0.1.20:9090/admin", "http://127.0.0.1:8080/", "http://127.0.1.20/"):
        with pytest.raises(EgressRefused):
            check_url(url, allowed, resolver=fake_resolve)


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(f"{self.server.server_address[1]}{self.path}")
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _serve(host: str, handler: type) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _listening_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A":  # LISTEN
                inodes.add(fields[9])
    return inodes


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _listening_sockets_of(pids: list[int]) -> list[str]:
    listening = _listening_inodes()
    found = []
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:[") and target[8:-1] in listening:
                found.append(f"{pid}:{target}")
    return found


def test_crawl_refuses_inward_redirects_and_listens_nowhere(tmp_path: Path,
                                                            sqlite_url: str) -> None:
    """An opted-in source on 127.0.1.20 redirects to another port of its host and to
    127.0.1.21: neither is fetched (errors/blocked_address), the good article is; the crawl
    process and its workers never hold a listening socket."""
    class Admin(_Handler):
        routes = {"/admin": (200, {}, b"<html><title>admin</title>secret</html>")}
        hits: list[str] = []

    class Site(_Handler):
        routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        hits: list[str] = []

    admin = _serve("127.0.1.21", Admin)
    admin_same_host = _serve("127.0.1.20", Admin)
    site = _serve("127.0.1.20", Site)
    base = f"http://127.0.1.20:{site.server_address[1]}"
    body = "<p>" + "Chuyển đổi số là nội dung chính của bài viết này. " * 40 + "</p>"
    poisoned = "<p>" + "".join(f"Xã số {i} hoàn thành\x00 chuyển đổi số\x1b năm nay. "
                               for i in range(300)) + "</p>"
    Site.routes.update({
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"),
        "/tin/": (200, {}, (
            b'<html><body><a href="/tin/bai-1.html">1</a><a href="/tin/bai-2.html">2</a>'
            b'<a href="/tin/bai-3.html">3</a><a href="/tin/bai-4.html">4</a>'
            b'<a href="/tin/bai-5.html">5</a></body></html>')),
        "/tin/bai-1.html": (301, {"Location": f"http://127.0.1.21:{admin.server_address[1]}"
                                              "/admin"}, b""),
        "/tin/bai-2.html": (302, {"Location": "http://127.0.1.20:"
                                              f"{admin_same_host.server_address[1]}/admin"}, b""),
        "/tin/bai-3.html": (200, {}, (
            "<html><head><title>Chuyển đổi số tỉnh</title>"
            '<meta property="article:published_time" content="2026-11-02T08:00:00+07:00">'
            f"</head><body><article><h1>Chuyển đổi số tỉnh</h1>{body}</article></body></html>"
        ).encode()),
        # control characters (lxml refuses them): stored, without them
        "/tin/bai-4.html": (200, {}, (
            "<html><head><title>Chuyển đổi số\x00 xã\x07</title>"
            '<meta property="article:published_time" content="2026-11-03T08:00:00+07:00">'
            "</head><body><article>"
            f"<h1>Chuyển đổi số\x00 xã\x07</h1>{poisoned}"
            "</article></body></html>").encode()),
        # a 100 KB title: not an article
        "/tin/bai-5.html": (200, {}, (
            f"<html><head><title>{'Chuyển đổi số ' * 8000}</title></head><body><article>"
            f"<h1>{'Chuyển đổi số ' * 8000}</h1>{body}</article></body></html>").encode()),
    })
    registry = tmp_path / "sources.yaml"
    registry.write_text(yaml.safe_dump({"sources": [{
        "id": "thu", "name": "Báo Thử", "kind": "newspaper", "province": None,
        "allowed_domains": ["127.0.1.20"], "start_urls": [f"{base}/tin/"],
        "article_url_pattern": r"/tin/bai-\d+\.html$",
        "topic_filter": False, "confidence": "H", "allow_private": True,
    }]}, allow_unicode=True), encoding="utf-8")

    seen_listening: list[str] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            procs = _children(os.getpid())
            procs += [c for p in procs for c in _children(p)]
            seen_listening.extend(_listening_sockets_of(procs))
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        result = run_crawl(registry, sqlite_url, tmp_path=tmp_path, timeout=120)
    finally:
        done.set()
        watcher.join()
        for server in (admin, admin_same_host, site):
            server.shutdown()
            server.server_close()
    assert Admin.hits == [], Admin.hits
    stats = result.source_stats("thu")
    assert stats["errors"]["blocked_address"] == 1, result.log_tail()
    assert any(h.endswith("/tin/bai-3.html") for h in Site.hits)
    assert stats["stored"] == 2, result.log_tail()
    assert result.stat("cds/source/thu/not_article") == 1
    assert result.stat("log_count/ERROR") == 0 and not result.stat("spider_exceptions/count")
    assert seen_listening == [], seen_listening
