"""HTTP side of the replica: routing, validators (ETag / Last-Modified, 304s), the handler."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from cds.replica import faults as fb
from cds.replica import feeds
from cds.replica.cms import PER_PAGE
from cds.replica.log import LogEntry

if TYPE_CHECKING:
    from cds.replica import Replica
    from cds.replica.world import Site

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
FIXED = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass
class Response:
    status: int
    body: bytes
    ctype: str = HTML
    kind: str = "other"
    last_modified: datetime | None = None
    validators: bool = True
    headers: dict = field(default_factory=dict)


def check_loopback(host: str) -> str:
    """Return ``host`` if it is a loopback IP address; raise ValueError otherwise."""
    try:
        ok = ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"replica refuses to bind to non-loopback address {host!r}")
    return host


def _text(s: str, ctype: str, kind: str, lm: datetime | None = None, status: int = 200) -> Response:
    return Response(status, s.encode("utf-8"), ctype, kind, lm)


def route(rep: Replica, site: Site, path: str, query: str) -> Response:
    """The response for GET ``path?query`` on ``site`` (no validators applied yet)."""
    cms = site.cms
    if path in site.faults:
        return fault(rep, site, path)
    if path in getattr(site, "redirects", {}):  # a moved section (discovery_sites.py)
        return Response(301, b"", HTML, "listing", validators=False,
                        headers={"Location": site.base_url + site.redirects[path]})
    # no lock: a site's lists are snapshots that advance() swaps whole
    if path == "/robots.txt":
        return _text(site.robots, "text/plain; charset=utf-8", "robots", FIXED)
    if path in site.feeds:
        return site.feeds[path](site)
    if path in site.sitemaps:
        return site.sitemaps[path](site)
    n = cms.listing_page(path, query)
    if n is not None:
        return listing(site, n)
    if path == "/" or path in cms.sections:
        html = cms.listing_page_html(site, site.visible[:PER_PAGE], 1, False, [],
                                     title=cms.brand, path=path)
        return _text(html, HTML, "listing", site.last_change())
    target = site.print_paths.get(path) or cms.print_target(path, query)
    a = site.by_path.get(target or path)
    if a is not None and site.is_visible(a):
        return article(rep, site, a, print_=target is not None)
    body = site.cms.listing_page_html(site, [], 1, False, [], title="Không tìm thấy trang",
                                      path=path)
    return Response(404, body.encode(), HTML, "other", validators=False)


def classify(site: Site, path: str, query: str) -> str:
    """The log kind of a path, without rendering it."""
    if path == "/robots.txt":
        return "robots"
    if path in site.feeds:
        return "feed"
    if path.endswith(".xml") and (path in site.sitemaps or path.startswith("/sitemaps/")):
        return "sitemap"
    if path == "/" or path in site.cms.sections or site.cms.listing_page(path, query):
        return "listing"
    if path in site.by_path or path in site.print_paths or path in site.faults:
        return "article"
    return "other"


def failing(site: Site, path: str, query: str, status: int) -> Response:
    body = f"<h1>{status} Service Unavailable</h1>".encode()
    return Response(status, body, HTML, classify(site, path, query), validators=False)


def listing(site: Site, n: int) -> Response:
    items = site.visible
    pages = max(1, -(-len(items) // PER_PAGE))
    if site.cms.name == "liferay":
        n = min(n, pages)  # the broken portal repeats its last page forever
    elif n > pages:
        return Response(404, b"<h1>404</h1>", HTML, "listing", validators=False)
    chunk = items[(n - 1) * PER_PAGE:n * PER_PAGE]
    extra = site.fault_links if n == 1 else []
    html = site.cms.listing_page_html(site, chunk, n, n < pages, extra)
    return _text(html, HTML, "listing", site.last_change())


def article(rep: Replica, site: Site, a, *, print_: bool) -> Response:
    if a.special == "flaky" and not print_ and rep.hit(site.info.id + a.path) == 1:
        return Response(500, b"<h1>500 Internal Server Error</h1>", HTML, "article",
                        validators=False)
    paras = a.paragraphs
    if a.special == "eth":
        paras = [p.replace("CĐS", "CÐS") for p in paras]
    html = site.cms.page(site, a, paras, print_=print_)
    if a.special == "aspnet":
        html = fb.aspnet_form(html)
    elif a.special == "emagazine":
        html = fb.inline_image(html)
    if a.special == "cp1258":
        html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1258">', 1)
        body, ctype = fb.to_cp1258(html), "text/html; charset=windows-1258"
    elif a.special == "nfd":
        body, ctype = fb.to_nfd(html), HTML
    else:
        body, ctype = html.encode("utf-8"), HTML
    return Response(200, body, ctype, "article", a.lastmod)


def fault(rep: Replica, site: Site, path: str) -> Response:
    f = site.faults[path]
    if f["kind"] == "404":
        return Response(404, "<h1>Bài viết không tồn tại</h1>".encode(), HTML, "article",
                        validators=False)
    if f["kind"] == "stall":
        rep.stopping.wait(rep.stall_seconds)
        return Response(503, b"<h1>503</h1>", HTML, "article", validators=False)
    if f["kind"] == "pdf":
        return Response(200, fb.pdf_bytes(f["title"]), "application/pdf", "other", FIXED)
    if f["kind"] == "huge":
        return Response(200, rep.huge(site.cms.brand), HTML, "article", FIXED)
    html = site.cms.listing_page_html(site, site.visible[:5], 1, False, [], title="Tìm kiếm",
                                      path=path)  # disallowed search page
    return _text(html, HTML, "other", None)


def rss_feed(title: str, link: str, pick=None):
    def make(site: Site) -> Response:
        items = [a for a in site.visible if pick is None or pick(a)]
        return _text(feeds.rss(site.base_url, title, link, items),
                     "application/rss+xml; charset=utf-8", "feed", site.last_change())
    return make


def atom_feed(title: str, path: str):
    def make(site: Site) -> Response:
        return _text(feeds.atom(site.base_url, title, path, site.visible),
                     "application/atom+xml; charset=utf-8", "feed", site.last_change())
    return make


def month_sitemaps(site: Site) -> dict[str, object]:
    """``/sitemap.xml`` index → monthly sitemaps + Google News sitemap."""
    def months() -> dict[str, list]:
        out: dict[str, list] = {}
        for a in site.visible:
            out.setdefault(f"/sitemaps/sitemap-{a.published_at:%Y-%m}.xml", []).append(a)
        return out

    def index(s: Site) -> Response:
        parts = [(p, max(a.lastmod for a in items)) for p, items in months().items()]
        parts.append(("/sitemaps/google-news.xml", s.last_change()))
        return _text(feeds.sitemap_index(s.base_url, parts), XML, "sitemap", s.last_change())

    def news(s: Site) -> Response:
        return _text(feeds.news_sitemap(s.base_url, s.cms.brand, s.visible[:30]), XML, "sitemap",
                     s.last_change())

    class Monthly(dict):
        def __contains__(self, path: object) -> bool:
            return super().__contains__(path) or (
                isinstance(path, str) and path.startswith("/sitemaps/sitemap-")
                and path in months())

        def __getitem__(self, path: str):
            if super().__contains__(path):
                return super().__getitem__(path)
            items = months().get(path)
            if items is None:
                raise KeyError(path)
            lm = max(a.lastmod for a in items)
            return lambda s: _text(feeds.urlset(s.base_url, items), XML, "sitemap", lm)

    return Monthly({"/sitemap.xml": index, "/sitemaps/google-news.xml": news})


def plain_sitemap(site: Site) -> Response:
    return _text(feeds.urlset(site.base_url, site.visible), XML, "sitemap", site.last_change())


def etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:20] + '"'


def not_modified(headers, tag: str, lm: datetime | None) -> bool:
    inm = headers.get("If-None-Match")
    if inm:
        return inm.strip() == "*" or tag in [t.strip().removeprefix("W/") for t in inm.split(",")]
    ims = headers.get("If-Modified-Since")
    if ims and lm is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return lm.replace(microsecond=0) <= since
    return False


class Handler(BaseHTTPRequestHandler):
    """One per request; ``rep`` and ``site`` are set on a per-site subclass."""

    protocol_version = "HTTP/1.1"
    server_version = "ReplicaCMS/1.0"
    rep: Replica
    site: Site

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if parts.path == "/_replica/advance":
            k = int(parse_qs(parts.query).get("k", ["1"])[0])
            done = [self.rep.world.entry(a) for a in self.rep.advance(k)]
            return self._json({"advanced": done})
        if parts.path == "/_replica/log/clear":
            self.rep.log.clear()
            return self._json({"cleared": True})
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == "/_replica/fail":
            self.rep.fail(q.get("site", self.site.info.id), int(q.get("status", "500")))
            return self._json({"failing": self.rep.failing})
        if parts.path == "/_replica/heal":
            self.rep.heal(q.get("site", self.site.info.id))
            return self._json({"failing": self.rep.failing})
        self._send(405, b"method not allowed", "text/plain; charset=utf-8", {}, head=False)

    def _json(self, data: object) -> None:
        body = json.dumps(data, ensure_ascii=False).encode()
        self._send(200, body, "application/json; charset=utf-8", {}, head=False)

    def _serve(self, head: bool) -> None:
        parts = urlsplit(self.path)
        if parts.path.startswith("/_replica/"):
            control = {"/_replica/log": self.rep.log.as_json, "/_replica/truth": self.rep.truth,
                       "/_replica/faults": self.rep.faults, "/_replica/sites": self.rep.sites_json}
            if parts.path in control:
                return self._json(control[parts.path]())
        sick = self.rep.failing.get(self.site.info.id)
        if sick:
            resp = failing(self.site, parts.path, parts.query, sick)
        else:
            resp = route(self.rep, self.site, parts.path, parts.query)
        hdrs = dict(resp.headers)
        status, body = resp.status, resp.body
        if resp.status == 200 and resp.validators:
            tag = etag(body)
            hdrs["ETag"] = tag
            if resp.last_modified:
                hdrs["Last-Modified"] = format_datetime(
                    resp.last_modified.astimezone(UTC), usegmt=True)
            if not_modified(self.headers, tag, resp.last_modified):
                status, body = 304, b""
        conditional = bool(self.headers.get("If-None-Match")
                           or self.headers.get("If-Modified-Since"))
        if not parts.path.startswith("/_replica/"):
            self.rep.log.add(LogEntry(
                time.time(), self.site.info.id, self.command, self.path, status, conditional,
                0 if head else len(body), self.headers.get("User-Agent", ""), resp.kind))
        if self.rep.stopping.is_set() and resp.status == 503:
            self.close_connection = True
            return
        self._send(status, body, resp.ctype, hdrs, head=head)

    def _send(self, status: int, body: bytes, ctype: str, hdrs: dict, *, head: bool) -> None:
        try:
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", "0" if status == 304 else str(len(body)))
            for k, v in hdrs.items():
                self.send_header(k, v)
            self.end_headers()
            if not head and status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, host: str, port: int, handler: type[Handler]) -> None:
        super().__init__((check_loopback(host), port), handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that went away (a crawl killed on purpose) is not an error of the site."""
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError):
            super().handle_error(request, client_address)
