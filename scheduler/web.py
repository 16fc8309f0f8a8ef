"""The read-only status web service (standard library ``http.server``).

``/`` HTML status page (source table + inline SVG chart, no external assets), ``/metrics``
(Prometheus), ``/feed.atom``, ``/healthz`` (200 when the database answers, else 503).
Other paths are 404, other methods 405. Binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import html
import logging
import threading
from datetime import date
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import func, select, text

from explorer import web as explorer
from pipelines.db import session_scope
from pipelines.schema import Article
from scheduler import feed, metrics, report
from scheduler.conf import setting

log = logging.getLogger(__name__)
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")
HEALTH_COLOURS = {"ok": "#2ca02c", "degraded": "#ff7f0e", "silent": "#9467bd",
                  "failing": "#d62728", "unknown": "#7f7f7f", "disabled": "#bbbbbb"}


def chart_svg(days: list[date], series: dict[str, list[int]], width: int = 900,
              height: int = 300, stored: int | None = None) -> str:
    """A line chart of articles per day, one line per province, as inline SVG; ``stored``:
    the articles in the archive, said when none falls in the chart's days."""
    left, right, top, bottom = 40, 170, 10, 30
    w, h = width - left - right, height - top - bottom
    peak = max([1, *(max(v) for v in series.values() if v)])
    step = w / max(1, len(days) - 1)

    def xy(i: int, v: int) -> str:
        return f"{left + i * step:.1f},{top + h - v / peak * h:.1f}"

    parts = [f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
             f'height="{height}" role="img" aria-label="Bài mới mỗi ngày theo tỉnh">',
             f'<line x1="{left}" y1="{top + h}" x2="{left + w}" y2="{top + h}" stroke="#333"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + h}" stroke="#333"/>',
             f'<text x="{left - 5}" y="{top + 10}" text-anchor="end" font-size="11">{peak}</text>',
             f'<text x="{left - 5}" y="{top + h}" text-anchor="end" font-size="11">0</text>']
    for i in (0, len(days) - 1) if days else ():
        parts.append(f'<text x="{left + i * step:.1f}" y="{height - 8}" font-size="11" '
                     f'text-anchor="middle">{days[i].isoformat()}</text>')
    for n, (province, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        points = " ".join(xy(i, v) for i, v in enumerate(values))
        name = html.escape(province)
        parts.append(f'<polyline class="series" data-province="{name}" fill="none" '
                     f'stroke="{colour}" stroke-width="2" points="{points}"/>')
        y = top + 14 * n + 10
        parts.append(f'<rect x="{left + w + 10}" y="{y - 9}" width="10" height="10" '
                     f'fill="{colour}"/><text x="{left + w + 24}" y="{y}" font-size="11">'
                     f'{name} ({sum(values)})</text>')
    if not series:
        empty = ("Chưa có bài viết" if not stored else
                 f"Không có bài đăng trong {len(days)} ngày qua · "
                 f"{f'{stored:,}'.replace(',', '.')} bài trong kho")
        parts.append(f'<text id="chart-empty" x="{left + 10}" y="{top + h / 2}" '
                     f'font-size="13">{empty}</text>')
    parts.append("</svg>")
    return "".join(parts)


def status_page(database_url: str, sources_file: str | None = None) -> str:
    rows = report.collect(database_url, sources_file)
    days, series = report.daily_by_province(
        database_url, setting("CDS_SERVE_CHART_DAYS"), sources_file=sources_file)
    with session_scope(database_url) as session:
        stored = session.execute(select(func.count()).select_from(Article)).scalar_one()
    e = html.escape
    body = []
    for r in rows:
        colour = HEALTH_COLOURS.get(r.health, "#000")
        body.append(
            f'<tr data-source="{e(r.id)}"><td>{e(r.id)}</td><td>{e(r.name)}</td>'
            f'<td>{e(r.province or "—")}</td>'
            f'<td class="health" style="color:{colour}">{e(r.health)}</td>'
            f'<td>{e(r.reason)}</td><td>{e(r.last_run_at or "—")}</td>'
            f'<td>{e(r.last_run_status or "—")}</td><td>{r.articles_7d}</td>'
            f'<td>{r.articles_30d}</td><td>{r.open_alerts}</td></tr>')
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>cds-news-monitor: trạng thái</title>
<style>body{{font-family:sans-serif;margin:1.5em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.25em .5em;font-size:14px}}th{{background:#f3f3f3}}</style>
</head><body><h1>Nguồn tin chuyển đổi số</h1>
<h2>Bài mới mỗi ngày theo tỉnh ({len(days)} ngày)</h2>
{chart_svg(days, series, stored=stored)}
<h2>Nguồn</h2>
<table id="sources"><thead><tr><th>id</th><th>tên</th><th>tỉnh</th><th>health</th>
<th>reason</th><th>last run</th><th>status</th><th>7 ngày</th><th>30 ngày</th>
<th>alerts</th></tr></thead><tbody>
{"".join(body)}
</tbody></table>
<p><a href="/explore">Kho bài</a> · <a href="/feed.atom">Atom</a> ·
<a href="/metrics">metrics</a></p>
</body></html>"""


def _database_ok(database_url: str) -> bool:
    try:
        with session_scope(database_url) as session:
            session.execute(text("SELECT 1"))
        return True
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        log.warning("healthz: database not reachable: %s", exc)
        return False


class StatusHandler(BaseHTTPRequestHandler):
    server: StatusServer
    server_version = "cds-status/1.0"

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?", 1)[0]
        url = self.server.database_url
        try:
            if explorer.handles(path) and (path != "/feed.atom" or "?" in self.path):
                self._send(*explorer.respond(url, self.path))
            elif path == "/":
                page = status_page(url, self.server.sources_file)
                self._send(200, page.encode(), "text/html; charset=utf-8")
            elif path == "/metrics":
                self._send(200, metrics.render(url), CONTENT_TYPE_LATEST)
            elif path == "/feed.atom":
                body = feed.atom_feed(url, setting("CDS_SERVE_FEED_ENTRIES"))
                self._send(200, body, "application/atom+xml; charset=utf-8")
            elif path == "/healthz":
                ok = _database_ok(url)
                self._send(200 if ok else 503, b"ok\n" if ok else b"database unreachable\n",
                           "text/plain; charset=utf-8")
            else:
                self._send(404, b"not found\n", "text/plain; charset=utf-8")
        except Exception:
            log.exception("error serving %s", path)
            self._send(*explorer.error(path, 500, "internal error"))

    do_HEAD = do_GET  # noqa: N815

    def _not_allowed(self) -> None:
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        log.debug("%s %s", self.address_string(), format % args)


class StatusServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, port: int, database_url: str,
                 sources_file: str | None = None) -> None:
        self.database_url, self.sources_file = database_url, sources_file
        super().__init__((host, port), StatusHandler)


def start_in_thread(host: str, port: int, database_url: str,
                    sources_file: str | None = None) -> StatusServer:
    """Start the service in a daemon thread; stop it with ``server.shutdown()``."""
    server = StatusServer(host, port, database_url, sources_file)
    threading.Thread(target=server.serve_forever, name="cds-status-web", daemon=True).start()
    log.info("status service on http://%s:%d/", *server.server_address[:2])
    return server
