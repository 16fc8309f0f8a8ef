"""A hostile site for the crawler (issue #17): ``cds replica serve --hostile``.

One news site on ``127.0.1.20`` whose listing, feeds and sitemaps lead to more than 60 bad
inputs (SSRF redirects and meta refreshes to private addresses and other ports, redirect loops
and long chains, compression bombs, XML bombs and external entities, endless, stalled and reset
bodies, huge headers, titles and DOMs, control characters, mis-declared encodings, 429/503 with
Retry-After) and a few good articles among them (:data:`GOOD`). An "internal admin service"
listens on ``127.0.1.21`` and on a second port of ``127.0.1.20``: it must never be asked.
Only addresses 127.0.1.20-29 are used.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import yaml

SITE_HOST, ADMIN_HOST, BUSY_HOST = "127.0.1.20", "127.0.1.21", "127.0.1.22"
BODY = "".join(f"Tỉnh triển khai chuyển đổi số ở xã thứ {i}, người dân dùng dịch vụ công. "
               for i in range(60))
#: Paths of the good articles: each must be stored exactly once.
GOOD = [f"/tin/bai-tot-{i}.html" for i in range(1, 6)]
PRIVATE_TARGETS = ["http://127.0.0.1/", "http://localhost/", "http://10.0.0.1/",
                   "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/",
                   "http://[::1]/", "http://[fc00::1]/", "http://0.0.0.0/", "http://100.64.0.1/",
                   "file:///etc/passwd", "data:text/html,<h1>x</h1>", "ftp://127.0.0.1/",
                   "gopher://127.0.0.1:25/"]
Route = Callable[["Handler"], None]


def article(title: str, text: str = BODY, *, head: str = "", author: str = "") -> str:
    byline = f'<p class="author">{author}</p>' if author else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>"
            '<meta property="article:published_time" content="2026-11-02T08:00:00+07:00">'
            f"{head}</head><body><article><h1>{title}</h1>{byline}<p>{text}</p></article>"
            "</body></html>")


@cache
def bomb(kind: str, inflated: int = 256 * 1024 * 1024) -> bytes:
    """A gzip/deflate body inflating to ``inflated`` bytes (built once, a few hundred KB)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
    chunk = b" " * (1024 * 1024)
    parts = [comp.compress(b"<html><body><p>")]
    parts += [comp.compress(chunk) for _ in range(inflated // len(chunk))]
    return b"".join(parts) + comp.flush()


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                    for i in range(9))
          + ']>')
XXE = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: HostileSite

    def log_message(self, *args: Any) -> None:
        pass

    def send(self, status: int, body: bytes | str = b"", ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        site = self.site
        with site.lock:
            site.hits[(self.server.server_address[1], self.path)] += 1
            site.log.append((self.server.server_address[1], self.path,
                             self.headers.get("If-None-Match") or self.headers.get(
                                 "If-Modified-Since")))
        if self.server is site.busy:
            site.busy_route(self)
            return
        if self.server is not site.server:
            site.admin_hits.append(self.path)
            self.send(200, article("Quản trị nội bộ", "mật khẩu quản trị " * 100))
            return
        path = self.path.split("?", 1)[0]
        route = site.routes.get(path)
        if route is None:
            self.send(404, "không có")
            return
        with contextlib.suppress(ConnectionError, OSError):
            route(self)


class HostileSite:
    """The hostile site and its two admin services; ``start()``/``stop()``."""

    def __init__(self, host: str = SITE_HOST, admin_host: str = ADMIN_HOST,
                 busy_host: str = BUSY_HOST, stall_seconds: float = 8.0):
        self.lock = threading.Lock()
        self.hits: Counter[tuple[int, str]] = Counter()
        self.log: list[tuple[int, str, str | None]] = []
        self.admin_hits: list[str] = []
        self.stall_seconds = stall_seconds
        handler = type("BoundHandler", (Handler,), {"site": self})
        self.server = ThreadingHTTPServer((host, 0), handler)
        self.admin = ThreadingHTTPServer((admin_host, 0), handler)
        self.admin_same_host = ThreadingHTTPServer((host, 0), handler)
        #: a second site answering 429/503 with Retry-After (a host pause must not hide the
        #: main site's inputs)
        self.busy = ThreadingHTTPServer((busy_host, 0), handler)
        for server in self.servers:
            server.daemon_threads = True
        self.routes: dict[str, Route] = {}
        self.bad: list[str] = []  # paths of bad inputs (for counting)
        self._build()

    @property
    def servers(self) -> list[ThreadingHTTPServer]:
        return [self.server, self.admin, self.admin_same_host, self.busy]

    @property
    def base(self) -> str:
        return f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"

    def start(self) -> HostileSite:
        for server in self.servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    # -- the inputs ------------------------------------------------------------------------
    def _add(self, path: str, route: Route, bad: bool = True) -> None:
        self.routes[path] = route
        if bad:
            self.bad.append(path)

    def _build(self) -> None:  # noqa: C901, PLR0915 - one table of inputs
        admin = f"http://{ADMIN_HOST}:{self.admin.server_address[1]}/admin"
        same_host = f"http://{SITE_HOST}:{self.admin_same_host.server_address[1]}/admin"
        targets = [admin, same_host, *PRIVATE_TARGETS]

        def redirect(code: int, location: str) -> Route:
            return lambda h: h.send(code, b"", headers={"Location": location})

        def page(body: str | bytes, status: int = 200, ctype: str = "text/html; charset=utf-8",
                 **headers: str) -> Route:
            return lambda h: h.send(status, body, ctype, headers)

        n = 0
        for code in (301, 302, 303, 307, 308):
            for target in targets[:4] if code != 302 else targets:
                n += 1
                self._add(f"/tin/chuyen-huong-{n}.html", redirect(code, target))
        for i, target in enumerate(targets[:6]):
            self._add(f"/tin/lam-moi-{i}.html", page(
                f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head>'
                "<body>chuyển</body></html>"))
        self._add("/tin/vong-a.html", redirect(302, "/tin/vong-b.html"))
        self._add("/tin/vong-b.html", redirect(302, "/tin/vong-a.html"), bad=False)
        self._add("/tin/tu-vong.html", redirect(301, "/tin/tu-vong.html"))
        for i in range(30):
            self._add(f"/tin/chuoi-{i}.html", redirect(302, f"/tin/chuoi-{i + 1}.html"),
                      bad=i == 0)
        self._add("/tin/lam-moi-vong.html", page(
            '<html><head><meta http-equiv="refresh" content="0; url=/tin/lam-moi-vong.html">'
            "</head><body>x</body></html>"))
        self._add("/tin/bom-gzip.html", lambda h: h.send(200, bomb("gzip"), headers={
            "Content-Encoding": "gzip"}))
        self._add("/tin/bom-deflate.html", lambda h: h.send(200, bomb("deflate"), headers={
            "Content-Encoding": "deflate"}))
        self._add("/tin/ky-tu-dieu-khien.html", page(article(
            "Chuyển đổi số\x00 ở\x07 xã", BODY.replace(". ", ".\x00\x1b\x0b "))))
        self._add("/tin/tieu-de-dai.html", page(article("Chuyển đổi số " * 8000)))
        self._add("/tin/tac-gia-dai.html", page(article("Tác giả dài", author="Nguyễn " * 20000)))
        self._add("/tin/dom-sau.html", page(
            "<html><head><title>DOM sâu</title></head><body>" + "<div>" * 10000
            + f"<p>{BODY}</p>" + "</div>" * 10000 + "</body></html>"))
        self._add("/tin/khai-sai-ma.html", page(
            article("Khai báo sai mã", BODY).encode("cp1258", "replace"),
            ctype="text/html; charset=utf-8"))
        self._add("/tin/utf8-hong.html", page(
            article("UTF-8 hỏng", BODY).encode() .replace(b"\xe1\xbb", b"\xe1\xff")))
        self._add("/tin/nhi-phan.html", page(bytes(range(256)) * 400))
        self._add("/tin/pdf.html", page(b"%PDF-1.4\n" + b"\x00" * 5000))
        self._add("/tin/rong.html", page(b""))
        self._add("/tin/chi-the-script.html", page(
            article("<script>alert(1)</script> Chuyển đổi số", BODY + " ]]> &amp; <!--")))
        self._add("/tin/nam-2099.html", page(article("Năm 2099", BODY).replace("2026-11-02",
                                                                                 "2099-01-01")))
        self._add("/tin/nam-1900.html", page(article("Năm 1900", BODY).replace("2026-11-02",
                                                                                 "1900-01-01")))
        for status in (400, 401, 403, 404, 410, 451, 500, 502, 504):
            self._add(f"/tin/loi-{status}.html", page("lỗi", status))
        self.busy_routes: dict[str, Route] = {
            "/tin/": lambda h: h.send(200, '<html><body><a href="/tin/429.html">Bài 429 dài'
                                      '</a><a href="/tin/503.html">Bài 503 dài</a>'
                                      '<a href="/tin/503-ngay.html">Bài 503 ngày</a>'
                                      "</body></html>"),
            "/tin/429.html": page("chậm lại", 429, **{"Retry-After": "3600"}),
            "/tin/503.html": page("bảo trì", 503, **{"Retry-After": "2"}),
            "/tin/503-ngay.html": page("bảo trì", 503, **{
                "Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"}),
        }
        self.bad += ["busy:/tin/429.html", "busy:/tin/503.html", "busy:/tin/503-ngay.html"]
        self._add("/tin/header-lon.html", lambda h: h.send(
            200, article("Header lớn", BODY), headers={"X-Junk": "a" * 65536}))
        self._add("/tin/nhieu-header.html", lambda h: h.send(
            200, article("Nhiều header", BODY), headers={f"X-J{i}": "b" * 100
                                                          for i in range(2000)}))
        self._add("/tin/vo-tan.html", self._endless)
        self._add("/tin/treo.html", self._stalled)
        self._add("/tin/ngat.html", self._reset)
        self._add("/tin/sai-do-dai.html", lambda h: self._raw(
            h, b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nshort"))
        self._add("/tin/http-hong.html", lambda h: self._raw(h, b"NOT HTTP AT ALL\r\n\r\n"))
        for i, variant in enumerate(["//tin//bai-tot-1.html", "/tin/bai-tot-1.html?utm_source=z",
                                     "/tin/./bai-tot-1.html", "/tin/bai-tot-1.html#binh-luan",
                                     "/tin/../tin/bai-tot-1.html"]):
            self.bad.append(f"variant-{i}:{variant}")
        self._add("/tin/sang-bai-tot-2.html", redirect(301, GOOD[1]))
        for i, path in enumerate(GOOD, 1):
            self._add(path, page(article(f"Bài tốt số {i} về chuyển đổi số",
                                         f"Bài tốt {i}. " + BODY)), bad=False)
        self._add("/tin/", self._listing, bad=False)
        self._add("/tin/danh-sach-lon/", page(
            "<html><body>" + "".join(f'<a href="/tin/lien-ket-{i}.html">Liên kết {i} dài dài</a>'
                                     for i in range(100_000)) + "</body></html>"))
        self._add("/robots.txt", page("User-agent: *\nAllow: /\n", ctype="text/plain"),
                  bad=False)
        feed_items = "".join(f"<item><title>&c;</title><link>{self.base}{p}</link></item>"
                             for p in GOOD)
        self._add("/rss-bom.xml", page(LAUGHS + f"<rss version='2.0'><channel>{feed_items}"
                                       "<item><title>&j;</title></item></channel></rss>",
                                       ctype="application/rss+xml"))
        self._add("/rss-xxe.xml", page(XXE + "<rss version='2.0'><channel><item><title>&x;"
                                       f"</title><link>{self.base}{GOOD[0]}</link></item>"
                                       "</channel></rss>", ctype="application/rss+xml"))
        urlset = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                  + "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in GOOD) + "</urlset>")
        self._add("/sitemap-bom.xml.gz", page(
            gzip.compress(urlset.encode()[:-10]) + bomb("gzip"), ctype="application/x-gzip"))
        self._add("/sitemap-xxe.xml", page(XXE + urlset.replace("<url>", "<url>&x;", 1),
                                           ctype="application/xml"))
        self._add("/sitemap-laughs.xml", page(LAUGHS + urlset.replace("<url>", "<url>&j;", 1),
                                              ctype="application/xml"))
        self._add("/sitemap-vong.xml", page(
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
            f"<loc>{self.base}/sitemap-vong.xml</loc></sitemap></sitemapindex>",
            ctype="application/xml"))
        self._add("/sitemap-rieng.xml", page(
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{admin}</loc></url><url><loc>http://169.254.169.254/x</loc></url>"
            "</urlset>", ctype="application/xml"))

    def busy_route(self, h: Handler) -> None:
        route = self.busy_routes.get(h.path)
        if route is None:
            h.send(404, "không có")
        else:
            route(h)

    def _listing(self, h: Handler) -> None:
        # only the first page of a chain or loop is linked; /tin/sang-bai-tot-2.html redirects
        # to a good article the listing also links (crawler/redirects.py: RedirectToKnown)
        links = [p for p in self.routes if p.startswith("/tin/") and p.endswith(".html")
                 and not p.startswith("/tin/chuoi-") and p != "/tin/vong-b.html"
                 or p == "/tin/chuoi-0.html"]
        links += [v.split(":", 1)[1] for v in self.bad if v.startswith("variant-")]
        links += [f"http://{ADMIN_HOST}:{self.admin.server_address[1]}/tin/admin.html",
                  "http://169.254.169.254/tin/meta.html", "javascript:alert(1)",
                  "file:///etc/passwd"]
        html = "".join(f'<a href="{u}">Bài viết chuyển đổi số số {i}</a>'
                       for i, u in enumerate(links))
        h.send(200, f"<html><body>{html}</body></html>", headers={"ETag": '"listing-1"'})

    def _endless(self, h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        chunk = b"<p>" + b"x" * 65533
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            h.wfile.write(chunk)

    def _stalled(self, h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(b"<html><body>")
        h.wfile.flush()
        time.sleep(self.stall_seconds)

    def _reset(self, h: Handler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00"
                                b"\x00\x00")
        h.connection.close()

    def _raw(self, h: Handler, data: bytes) -> None:
        h.wfile.write(data)
        h.wfile.flush()
        h.close_connection = True

    # -- the registry ------------------------------------------------------------------------
    def registry_entry(self) -> dict[str, Any]:
        return {"id": "hostile", "name": "Trang độc hại", "kind": "newspaper",
                "allowed_domains": [SITE_HOST], "allow_private": True, "topic_filter": False,
                "start_urls": [f"{self.base}/tin/", f"{self.base}/tin/danh-sach-lon/"],
                "feeds": [f"{self.base}/rss-bom.xml", f"{self.base}/rss-xxe.xml"],
                "sitemaps": [f"{self.base}{p}" for p in (
                    "/sitemap-bom.xml.gz", "/sitemap-xxe.xml", "/sitemap-laughs.xml",
                    "/sitemap-vong.xml", "/sitemap-rieng.xml")],
                "article_url_pattern": r"/tin/[^/]+\.html$", "confidence": "H"}

    def busy_entry(self) -> dict[str, Any]:
        base = f"http://{BUSY_HOST}:{self.busy.server_address[1]}"
        return {"id": "hostile-busy", "name": "Trang quá tải", "kind": "newspaper",
                "allowed_domains": [BUSY_HOST], "allow_private": True, "topic_filter": False,
                "start_urls": [f"{base}/tin/"], "article_url_pattern": r"/tin/[^/]+\.html$",
                "confidence": "H"}

    def write_registry(self, path: Any) -> Any:
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump({"sources": [self.registry_entry(), self.busy_entry()]}, f,
                           allow_unicode=True)
        return path
