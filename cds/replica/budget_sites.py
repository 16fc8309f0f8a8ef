"""Sites for the unbounded-work cases of issue #17 (per-run budgets, Retry-After across runs,
redirect chains, a 100,000-link page), on ``127.0.1.23``-``25`` only.

- ``many`` (127.0.1.23): a listing of :data:`MANY` articles, and ``/tin/danh-sach-lon/`` with
  100,000 links (only in the registry with ``big_page=True``);
- ``other`` (127.0.1.24): three articles, a redirect chain ending on an article
  (``/tin/cu-1.html`` -> ``cu-2`` -> ``bai-moi``) and a redirect to an article the same listing
  links (``/tin/trung.html`` -> ``bai-1``);
- ``busy`` (127.0.1.25): one article answering 429 ``Retry-After: 3600``, one good article.

Every request is logged with its wall-clock time: ``(time.time(), site, path)``.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

HOSTS = {"many": "127.0.1.23", "other": "127.0.1.24", "busy": "127.0.1.25"}
MANY = 10
WORDS = ("chuyển đổi số", "dịch vụ công", "nền tảng số", "dữ liệu", "chính quyền số",
         "kinh tế số", "xã hội số", "hạ tầng", "người dân", "doanh nghiệp", "hợp tác xã",
         "thanh toán", "học bạ", "bệnh án", "nông sản", "du lịch", "camera", "trạm y tế")
Route = tuple[int, dict[str, str], bytes]


def body(title: str) -> str:
    """Text of its own for each title (copies would be stored as syndicated duplicates)."""
    rng = random.Random(title)
    return " ".join(f"Xã {rng.randint(1, 9999)} triển khai {rng.choice(WORDS)} cùng "
                    f"{rng.choice(WORDS)} và {rng.choice(WORDS)} cho {rng.choice(WORDS)}."
                    for _ in range(40))


def article(title: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>"
            '<meta property="article:published_time" content="2026-11-02T08:00:00+07:00">'
            f"</head><body><article><h1>{title}</h1><p>{title}. {body(title)}</p></article>"
            "</body></html>").encode()


def listing(paths: list[str], next_page: str | None = None) -> bytes:
    links = "".join(f'<li><a href="{p}">Bài viết về chuyển đổi số {p}</a></li>' for p in paths)
    more = f'<a rel="next" href="{next_page}">Trang sau</a>' if next_page else ""
    return f"<html><body><ul>{links}</ul>{more}</body></html>".encode()


def big_page(links: int = 100_000) -> bytes:
    return ("<html><body>" + "".join(f'<a href="/tin/lien-ket-{i}.html">Liên kết {i} dài dài</a>'
                                     for i in range(links)) + "</body></html>").encode()


class BudgetSites:
    """The three sites; ``start()``/``stop()``; ``log`` of ``(time, site, path)``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.log: list[tuple[float, str, str]] = []  # (time.time(), site, path)
        self.routes: dict[str, dict[str, Route | Callable[[], Route]]] = {
            "many": self._many(), "other": self._other(), "busy": self._busy()}
        self.servers: dict[str, ThreadingHTTPServer] = {}
        for site, host in HOSTS.items():
            handler = type(f"Handler_{site}", (_Handler,), {"sites": self, "site": site})
            server = ThreadingHTTPServer((host, 0), handler)
            server.daemon_threads = True
            self.servers[site] = server

    def _many(self) -> dict[str, Any]:
        paths = [f"/tin/bai-{i}.html" for i in range(1, MANY + 1)]
        routes: dict[str, Any] = {p: (200, {}, article(f"Bài số {p[9:-5]} của trang nhiều bài"))
                                  for p in paths}
        routes["/tin/"] = (200, {}, listing(paths))
        routes["/tin/danh-sach-lon/"] = lambda: (200, {}, big_page())
        return routes

    def _other(self) -> dict[str, Any]:
        paths = [f"/tin/bai-{i}.html" for i in range(1, 4)]
        routes: dict[str, Any] = {p: (200, {}, article(f"Bài số {p[9:-5]} của trang khác"))
                                  for p in paths}
        routes["/tin/bai-moi.html"] = (200, {}, article("Bài mới ở cuối chuỗi chuyển hướng"))
        routes["/tin/cu-1.html"] = (301, {"Location": "/tin/cu-2.html"}, b"")
        routes["/tin/cu-2.html"] = (302, {"Location": "/tin/bai-moi.html"}, b"")
        routes["/tin/trung.html"] = (301, {"Location": "/tin/bai-1.html"}, b"")
        routes["/tin/"] = (200, {}, listing([*paths, "/tin/cu-1.html", "/tin/trung.html"]))
        return routes

    def _busy(self) -> dict[str, Any]:
        return {"/tin/": (200, {}, listing(["/tin/bai-1.html", "/tin/bai-2.html"])),
                "/tin/bai-1.html": (429, {"Retry-After": "3600"}, b"slow down"),
                "/tin/bai-2.html": (200, {}, article("Bài của trang bận"))}

    def base(self, site: str) -> str:
        host, port = self.servers[site].server_address[:2]
        return f"http://{host}:{port}"

    def hits(self, site: str, path: str | None = None) -> list[str]:
        """Paths asked of ``site`` (robots.txt included), or only ``path``."""
        with self.lock:
            return [p for _, s, p in self.log if s == site and (path is None or p == path)]

    def start(self) -> BudgetSites:
        for server in self.servers.values():
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def entry(self, site: str, **extra: Any) -> dict[str, Any]:
        return {"id": f"budget-{site}", "name": f"Trang {site}", "kind": "newspaper",
                "allowed_domains": [HOSTS[site]], "allow_private": True, "topic_filter": False,
                "start_urls": [f"{self.base(site)}/tin/"],
                "article_url_pattern": r"/tin/[^/]+\.html$", **extra}

    def write_registry(self, path: Path, sites: list[str] | None = None, *,
                       big_page: bool = False, **extra: dict[str, Any]) -> Path:
        """A registry of ``sites`` (default all); ``extra[site]`` adds fields to an entry."""
        entries = [self.entry(s, **extra.get(s, {})) for s in sites or list(HOSTS)]
        if big_page:
            for e in entries:
                if e["id"] == "budget-many":
                    e["start_urls"].append(f"{self.base('many')}/tin/danh-sach-lon/")
        path.write_text(yaml.safe_dump({"sources": entries}, allow_unicode=True), "utf-8")
        return path


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    sites: BudgetSites
    site: str

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        with self.sites.lock:
            self.sites.log.append((time.time(), self.site, self.path))
        route = self.sites.routes[self.site].get(self.path)
        if callable(route):
            route = route()
        status, headers, body = route or (404, {}, b"not found")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
