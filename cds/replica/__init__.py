"""The offline replica: six Vietnamese news/portal sites on 127.0.1.N for tests, demo, benchmarks.

    with Replica() as r:
        r.sites["daklak-news"].base_url
        r.write_registry(path); r.truth(); r.advance(2); r.faults(); r.log.entries()
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from cds.replica import server as srv
from cds.replica.log import LogEntry, RequestLog
from cds.replica.model import SITE_IDS
from cds.replica.registry import registry_entries, write_registry
from cds.replica.world import SiteInfo, World

__all__ = ["LogEntry", "Replica", "RequestLog", "SiteInfo"]


class Replica:
    """Six sites, each served by its own ThreadingHTTPServer on a loopback address."""

    def __init__(self, scale: int = 0, host_prefix: str = "127.0.1.", base_port: int | None = None,
                 *, seed: int = 0, stall_seconds: float = 60.0,
                 discovery_sites: bool = False, ports: dict[str, int] | None = None) -> None:
        self.site_ids = list(SITE_IDS)
        hosts = [f"{host_prefix}{i}" for i in range(1, len(SITE_IDS) + 1)]
        if discovery_sites:  # issue #14: three more sites on 127.0.1.7-9
            from cds.replica.discovery_sites import EXTRA_IDS, HOST_NUMBERS

            self.site_ids += EXTRA_IDS
            hosts += [f"{host_prefix}{HOST_NUMBERS[sid]}" for sid in EXTRA_IDS]
        for h in hosts:
            srv.check_loopback(h)
        self.hosts, self.base_port, self.scale = hosts, base_port, scale
        #: site id -> port to try first (a port taken by then: any free one)
        self.preferred_ports = dict(ports or {})
        self.stall_seconds = stall_seconds
        self.log = RequestLog()
        self.stopping = threading.Event()
        self._hits: Counter[str] = Counter()
        self._hits_lock = threading.Lock()
        self._huge: bytes | None = None
        self._servers: list[srv.Server] = []
        self._threads: list[threading.Thread] = []
        self.sites: dict[str, SiteInfo] = {}
        self._seed = seed
        self.world: World | None = None
        self.failing: dict[str, int] = {}  # site id -> status every request gets

    # lifecycle ------------------------------------------------------------------------------
    def start(self) -> Replica:
        if self._servers:
            return self
        self.stopping.clear()
        infos = []
        for i, (sid, host) in enumerate(zip(self.site_ids, self.hosts, strict=True)):
            port = self.base_port + i if self.base_port else 0
            handler = type(f"Handler_{i}", (srv.Handler,), {"rep": self})
            server = None
            if not port and self.preferred_ports.get(sid):
                with contextlib.suppress(OSError):
                    server = srv.Server(host, self.preferred_ports[sid], handler)
            server = server or srv.Server(host, port, handler)
            self._servers.append(server)
            p = server.server_address[1]
            infos.append(SiteInfo(sid, host, p, f"http://{host}:{p}", "?"))
        self.world = World(infos, scale=self.scale, seed=self._seed,
                           extra=self.site_ids[len(SITE_IDS):])
        for info, server in zip(infos, self._servers, strict=True):
            site = self.world.sites[info.id]
            site.info = SiteInfo(info.id, info.host, info.port, info.base_url, site.cms.name)
            server.RequestHandlerClass.site = site
            _configure(site)
            self.sites[info.id] = site.info
        for server in self._servers:
            t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                 daemon=True, name=f"replica-{server.server_address[0]}")
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        self.stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._servers, self._threads = [], []

    def __enter__(self) -> Replica:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # world --------------------------------------------------------------------------------------
    def _world(self) -> World:
        if self.world is None:
            raise RuntimeError("replica not started")
        return self.world

    def truth(self) -> list[dict]:
        """Every article (published or pending) with its canonical URL and clean text."""
        return self._world().truth()

    def faults(self) -> list[dict]:
        """Fault URLs: ``site``, ``url``, ``kind``, ``article`` (in the truth?), ``note``."""
        return self._world().faults()

    def advance(self, k: int = 1) -> list:
        """Publish the next ``k`` pending articles; returns them (see ``truth`` for their URLs)."""
        return self._world().advance(k)

    def fail(self, site_id: str, status: int = 500) -> None:
        """Make every request to ``site_id`` answer ``status`` (a sick site) until ``heal``."""
        if site_id not in self.sites:
            raise KeyError(site_id)
        self.failing[site_id] = int(status)

    def heal(self, site_id: str) -> None:
        self.failing.pop(site_id, None)

    def move_section(self, site_id: str = "moved-news", mode: str = "301") -> tuple[str, str]:
        """Move a discovery site's CĐS section (old URL 301 -> new, or 404); see
        :mod:`cds.replica.discovery_sites`. Returns ``(old path, new path)``."""
        from cds.replica.discovery_sites import move_section

        return move_section(self._world().sites[site_id], mode)

    def write_registry(self, path: str | Path) -> Path:
        """Write a ``sources.yaml`` for these sites (design.md registry format)."""
        return write_registry(self, path)

    def registry(self) -> list[dict]:
        return registry_entries(self)

    def sites_json(self) -> dict:
        return {k: asdict(v) for k, v in self.sites.items()}

    # helpers for the handler ----------------------------------------------------------------------
    def hit(self, key: str) -> int:
        with self._hits_lock:
            self._hits[key] += 1
            return self._hits[key]

    def huge(self, brand: str) -> bytes:
        if self._huge is None:
            from cds.replica.faults import huge_page

            self._huge = huge_page(brand)
        return self._huge


def _configure(site) -> None:
    """Per-site channels (feeds, sitemaps, robots) and fault pages."""
    from cds.replica.feeds import robots

    sid, base = site.info.id, site.base_url
    site.feeds, site.sitemaps = {}, {}
    disallow, maps, delay = ["/admin/"], [], None
    if sid == "haiphong-news":
        site.sitemaps = srv.month_sitemaps(site)
        disallow, maps, delay = ["/tim-kiem"], ["/sitemap.xml", "/sitemaps/google-news.xml"], 1
        site.faults = {"/bai-viet-da-go-599999.html": {"kind": "404"},
                       "/tim-kiem": {"kind": "disallowed"}}
        site.fault_links = [("/bai-viet-da-go-599999.html", "Bài viết đã gỡ về dịch vụ công")]
    elif sid == "daklak-portal":
        site.feeds = {site.cms.atom: srv.atom_feed("Chuyển đổi số - Đắk Lắk", site.cms.atom)}
        site.feed_head = (f'<link rel="alternate" type="application/atom+xml" '
                          f'title="Chuyển đổi số" href="{site.cms.atom}">')
        site.faults = {"/-/he-thong-dang-nang-cap": {"kind": "stall"}}
        site.fault_links = [("/-/he-thong-dang-nang-cap", "Hệ thống đang nâng cấp")]
    elif sid == "gialai-portal":
        feed = "/rss/chuyen-doi-so.rss"
        site.feeds = {feed: srv.rss_feed("Chuyển đổi số - Gia Lai", site.cms.listing)}
        site.feed_head = f'<link rel="alternate" type="application/rss+xml" href="{feed}">'
        big = "/tin-tuc/chuyen-doi-so/danh-muc-thu-tuc-hanh-chinh-cap-xa-999999.html"
        site.faults = {big: {"kind": "huge"}}
        site.fault_links = [(big, "Danh mục thủ tục hành chính cấp xã")]
    elif sid == "chinhphu-news":
        site.feeds = {"/home.rss": srv.rss_feed("Báo điện tử Chính phủ", "/"),
                      "/chuyen-doi-so.rss": srv.rss_feed("Chuyển đổi số", site.cms.listing,
                                                         lambda a: a.relevant)}
        site.sitemaps = {"/sitemap.xml": srv.plain_sitemap}
        maps = ["/sitemap.xml"]
        site.feed_head = ('<link rel="alternate" type="application/rss+xml" href="/home.rss">'
                          '<link rel="alternate" type="application/rss+xml" '
                          'href="/chuyen-doi-so.rss">')
        pdf = "/Uploaded/files/nghi-quyet-57-nq-tw.pdf"
        site.faults = {pdf: {"kind": "pdf", "title": "Nghi quyet 57-NQ/TW"}}
        site.fault_links = [(pdf, "Toàn văn Nghị quyết 57-NQ/TW (PDF)")]
    if sid not in SITE_IDS:
        from cds.replica.discovery_sites import configure

        configure(site)
    site.robots = robots(base, disallow=disallow, sitemaps=maps, delay=delay)
