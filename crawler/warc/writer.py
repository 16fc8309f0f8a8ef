"""WARC files written by one thread: the crawl hands over captures and never waits for disk.

Each capture becomes a ``response`` record followed by its ``request`` record (and, once the
page is judged, a ``metadata`` record with source, outcome and versions), each its own gzip
member, appended in one ``write`` and flushed to the OS: a SIGKILL leaves at worst a truncated
last member, which :mod:`crawler.warc.reader` skips. A new run never appends to old files.
Files: ``{prefix}-{UTC time}-{serial}-{host}-{pid}.warc.gz`` (unique on shared storage), a new
one after ``max_file_bytes`` or at UTC midnight; the oldest are deleted past ``retention_days``
or ``max_total_bytes``.
"""

from __future__ import annotations

import logging
import os
import queue
import socket
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

logger = logging.getLogger(__name__)

SUFFIX = ".warc.gz"
#: HTTP headers describing a transfer encoding that Scrapy has already undone: the record holds
#: the decoded body, so they would make readers decode it again.
TRANSFER_HEADERS = {b"content-encoding", b"transfer-encoding", b"content-length"}


@dataclass
class Capture:
    """One fetched page as the crawl saw it."""

    key: str | None  # url id whose visit will name the record's location (articles), or None
    url: str
    status: int
    response_headers: list[tuple[bytes, bytes]]
    body: bytes
    request_headers: list[tuple[bytes, bytes]]
    method: str = "GET"
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    ip_address: str | None = None
    source: str | None = None
    kind: str | None = None


def _headers(pairs: list[tuple[bytes, bytes]], *, drop: set[bytes] = frozenset()) -> list:
    out = []
    for name, value in pairs:
        if name.lower() not in drop:
            out.append((name.decode("latin-1"), value.decode("latin-1")))
    return out


def build_records(cap: Capture) -> tuple[bytes, str]:
    """The gzipped response + request records of ``cap`` and the response's record id."""
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="1.1")
    date = datetime_to_iso_date(cap.fetched_at.astimezone(UTC).replace(tzinfo=None),
                                use_micros=True)
    headers = _headers(cap.response_headers, drop=TRANSFER_HEADERS)
    headers.append(("Content-Length", str(len(cap.body))))
    warc = {"WARC-Date": date}
    if cap.ip_address:
        warc["WARC-IP-Address"] = cap.ip_address
    response = writer.create_warc_record(
        cap.url, "response", payload=BytesIO(cap.body), length=len(cap.body),
        http_headers=StatusAndHeaders(f"{cap.status} {_reason(cap.status)}", headers,
                                      protocol="HTTP/1.1"),
        warc_headers_dict=warc)
    writer.write_record(response)
    record_id = response.rec_headers.get_header("WARC-Record-ID")
    parts = urlsplit(cap.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    req_headers = [("Host", parts.netloc), *_headers(cap.request_headers)]
    request = writer.create_warc_record(
        cap.url, "request", payload=BytesIO(b""), length=0,
        http_headers=StatusAndHeaders(f"{cap.method} {target} HTTP/1.1", req_headers,
                                      is_http_request=True),
        warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id})
    writer.write_record(request)
    return buf.getvalue(), record_id


def build_metadata(url: str, record_id: str, fields: dict[str, Any]) -> bytes:
    """A gzipped ``metadata`` record (``application/warc-fields``) about record ``record_id``."""
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=True, warc_version="1.1")
    body = "".join(f"{k}: {v}\r\n" for k, v in fields.items() if v is not None).encode()
    record = writer.create_warc_record(
        url, "metadata", payload=BytesIO(body), length=len(body),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Refers-To": record_id, "WARC-Concurrent-To": record_id})
    writer.write_record(record)
    return buf.getvalue()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


class WarcFiles:
    """The rotating set of WARC files of one process (used by the writer thread only)."""

    def __init__(self, directory: str | Path, *, prefix: str = "cds",
                 max_file_bytes: int = 1 << 30, max_total_bytes: int = 0,
                 retention_days: float = 0, info: dict[str, str] | None = None) -> None:
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_file_bytes = max(1, int(max_file_bytes))
        self.max_total_bytes = int(max_total_bytes)
        self.retention_days = float(retention_days)
        self.info = info or {}
        self.serial = 0
        self.files = 0
        self._fd: int | None = None
        self._name: str | None = None
        self._day: str | None = None
        self._size = 0

    def _open(self, day: str) -> None:
        self.close()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        host = socket.gethostname().split(".")[0] or "host"
        name = f"{self.prefix}-{stamp}-{self.serial:05d}-{host}-{os.getpid()}{SUFFIX}"
        self._fd = os.open(self.directory / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        self._name, self._day, self._size = name, day, 0
        self.files += 1
        buf = BytesIO()
        writer = WARCWriter(buf, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(name, {
            "software": "cds-news-monitor (Scrapy, warcio)", "format": "WARC File Format 1.1",
            "hostname": socket.gethostname(), **self.info}))
        self._append(buf.getvalue())
        self.prune()

    def _append(self, data: bytes) -> int:
        assert self._fd is not None
        offset = self._size
        view = memoryview(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        self._size += len(data)
        return offset

    def append(self, data: bytes, day: str, *, rotate: bool = True) -> tuple[str, int]:
        """Append gzip members; returns ``(file name, offset)`` of their start."""
        if self._fd is None or (rotate and (day != self._day or (
                self._size + len(data) > self.max_file_bytes and self._size > 0))):
            self._open(day)
        assert self._name is not None
        return self._name, self._append(data)

    def prune(self) -> int:
        """Delete the oldest closed files past the retention age or the total size; returns
        how many were deleted."""
        if not self.retention_days and not self.max_total_bytes:
            return 0
        files = sorted((p for p in self.directory.glob(f"*{SUFFIX}") if p.name != self._name),
                       key=lambda p: p.stat().st_mtime)
        deleted = 0
        if self.retention_days:
            limit = time.time() - self.retention_days * 86400
            for path in [p for p in files if p.stat().st_mtime < limit]:
                path.unlink(missing_ok=True)
                files.remove(path)
                deleted += 1
        if self.max_total_bytes:
            total = sum(p.stat().st_size for p in files) + self._size
            while files and total > self.max_total_bytes:
                path = files.pop(0)
                total -= path.stat().st_size
                path.unlink(missing_ok=True)
                deleted += 1
        if deleted:
            logger.info("WARC: %d old file(s) deleted (retention/size limit)", deleted)
        return deleted

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
        self._fd = self._name = None


class WarcWriter:
    """The writer thread: :meth:`submit` captures, :meth:`locate` where one was written."""

    def __init__(self, files: WarcFiles, *, locate_timeout: float = 5.0) -> None:
        self.files = files
        self.locate_timeout = locate_timeout
        self.records = 0
        self.bytes = 0
        self.errors = 0
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._pending: dict[str, Future[tuple[str, int, str]]] = {}
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="cds-warc", daemon=True)
        self._thread.start()

    def submit(self, capture: Capture) -> None:
        """Queue ``capture`` (returns at once)."""
        future: Future[tuple[str, int, str]] = Future()
        if capture.key:
            with self._lock:
                self._pending[capture.key] = future
        self._queue.put((capture, future))

    def locate(self, key: str, fields: dict[str, Any] | None = None) -> tuple[str, int] | None:
        """``(file, offset)`` of the response record of ``key`` (waiting for the thread at most
        ``locate_timeout``), or None; ``fields`` go into a metadata record after it."""
        with self._lock:
            future = self._pending.pop(key, None)
        if future is None:
            return None
        try:
            name, offset, record_id = future.result(timeout=self.locate_timeout)
        except Exception as exc:  # noqa: BLE001 - the page is just not located
            logger.warning("WARC record of %s not located: %s", key, exc)
            return None
        if fields:
            self._queue.put(("metadata", fields.get("url", ""), record_id, fields))
        return name, offset

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            try:
                if item[0] == "metadata":
                    _, url, record_id, fields = item
                    data = build_metadata(url, record_id, fields)
                    # beside its response when possible; a new file is fine too
                    self.files.append(data, self._today(), rotate=False)
                else:
                    capture, future = item
                    data, record_id = build_records(capture)
                    name, offset = self.files.append(
                        data, capture.fetched_at.astimezone(UTC).strftime("%Y%m%d"))
                    future.set_result((name, offset, record_id))
                self.records += 1
                self.bytes += len(data)
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the archive
                self.errors += 1
                logger.error("WARC: record not written: %s", exc)
                if item[0] != "metadata" and not item[1].done():
                    item[1].set_exception(exc)

    @staticmethod
    def _today() -> str:
        return datetime.now(UTC).strftime("%Y%m%d")

    def close(self, timeout: float = 60.0) -> None:
        """Write what is queued, then close the files."""
        self._queue.put(None)
        self._thread.join(timeout)
        self.files.close()
