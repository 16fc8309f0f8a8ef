"""Article extraction off the crawl's event loop: in worker processes (every core) or a thread.

``CDS_EXTRACT_PROCESSES`` sets the number of worker processes: ``-1`` (default) one per CPU,
``0`` none (extraction runs in a thread of the crawl process, one core in all). Workers start
with the first article page, so a poll that finds nothing new starts none. They come from a
``forkserver`` that has already imported the extractor: never forked from the crawl process,
whose reactor, threads and database connections must not be copied.

Each worker talks to the crawl over its own socket pair, read and written by the asyncio loop
itself (no helper threads in the crawl process to contend for the GIL). A worker that dies (a
crash in a C library, the kernel's OOM killer) or exceeds ``CDS_EXTRACT_TIMEOUT`` is replaced;
the page it held is tried once more on a fresh worker, then given up with
:class:`ExtractorFailed`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import pickle
import socket
import struct
from collections.abc import Callable
from typing import Any, TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: Modules each worker has imported before its first page.
PRELOAD = ["crawler.extraction"]
_HEADER = struct.Struct("!Q")


class ExtractorFailed(RuntimeError):
    """A page crashed its worker or ran past the time limit, twice."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def worker_count(setting: int, cpus: int | None = None) -> int:
    """Processes for ``CDS_EXTRACT_PROCESSES``: negative means one per CPU."""
    if setting < 0:
        return max(1, cpus or os.cpu_count() or 1)
    return setting


# -- the worker side -------------------------------------------------------------------------
def _recv_exactly(sock: socket.socket, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(min(n - len(buf), 1 << 20))
        if not chunk:
            return None
        buf += chunk
    return bytes(buf)


def _serve(sock: socket.socket) -> None:
    """Worker loop: read ``(fn, args, kwargs)`` frames, answer ``(ok, result or exception)``;
    ends when the crawl closes its end (or dies)."""
    with contextlib.suppress(ConnectionError):  # BrokenPipeError, ConnectionResetError
        _answer_all(sock)


def _answer_all(sock: socket.socket) -> None:
    while (header := _recv_exactly(sock, _HEADER.size)) is not None:
        frame = _recv_exactly(sock, _HEADER.unpack(header)[0])
        if frame is None:
            return
        fn, args, kwargs = pickle.loads(frame)
        try:
            answer = (True, fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - handed back to the crawl, raised there
            answer = (False, exc)
        data = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        sock.sendall(_HEADER.pack(len(data)) + data)


# -- the crawl side --------------------------------------------------------------------------
class _Worker:
    def __init__(self, ctx: Any) -> None:
        mine, theirs = socket.socketpair()
        self.process = ctx.Process(target=_serve, args=(theirs,), daemon=True,
                                   name="cds-extract")
        self.process.start()
        theirs.close()
        mine.setblocking(False)
        self.sock = mine

    async def call(self, payload: bytes) -> bytes:
        loop = asyncio.get_running_loop()
        await loop.sock_sendall(self.sock, _HEADER.pack(len(payload)))
        await loop.sock_sendall(self.sock, payload)
        header = await self._recv(loop, _HEADER.size)
        return await self._recv(loop, _HEADER.unpack(header)[0])

    async def _recv(self, loop: asyncio.AbstractEventLoop, n: int) -> bytes:
        buf = bytearray(n)
        view, got = memoryview(buf), 0
        while got < n:
            k = await loop.sock_recv_into(self.sock, view[got:])
            if not k:
                raise ConnectionError("worker process exited")
            got += k
        return bytes(buf)

    def stop(self) -> None:
        self.sock.close()
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=1)


class ExtractorPool:
    """Runs picklable functions in ``processes`` workers (in a thread when it is 0)."""

    def __init__(self, processes: int, timeout: float = 120.0) -> None:
        self.processes = processes
        self.timeout = timeout
        self.replaced = 0
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: list[_Worker] = []
        self._starting: asyncio.Future[None] | None = None
        self._ctx = multiprocessing.get_context("forkserver")

    async def _ready(self) -> asyncio.Queue[_Worker]:
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())
        await asyncio.shield(self._starting)
        assert self._idle is not None
        return self._idle

    async def _start(self) -> None:
        self._ctx.set_forkserver_preload(PRELOAD)
        # the first start waits for the fork server to import the extractor: not on the loop
        workers = await asyncio.to_thread(
            lambda: [_Worker(self._ctx) for _ in range(self.processes)])
        self._workers = workers
        self._idle = asyncio.Queue()
        for w in workers:
            self._idle.put_nowait(w)
        logger.debug("%d extraction worker(s) started", len(workers))

    async def _replace(self, worker: _Worker, why: str) -> None:
        logger.warning("extraction worker %s %s; starting a new one", worker.process.pid, why)
        self.replaced += 1
        worker.process.kill()
        worker.stop()
        fresh = await asyncio.to_thread(_Worker, self._ctx)
        self._workers[self._workers.index(worker)] = fresh
        assert self._idle is not None
        self._idle.put_nowait(fresh)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, **kwargs)`` in a worker; awaitable from the crawl's asyncio loop."""
        return await self.run_limited(fn, args, kwargs)

    async def run_limited(self, fn: Callable[..., T], args: tuple = (),
                          kwargs: dict[str, Any] | None = None, *, timeout: float | None = None,
                          attempts: int = 2) -> T:
        """:meth:`run` with its own time limit (``timeout`` seconds, 0: none) and number of
        ``attempts`` (a page past the limit or crashing its worker is tried that many times).

        In a thread (no worker processes) the limit frees the crawl, not the thread."""
        kwargs = kwargs or {}
        limit = self.timeout if timeout is None else (timeout or None)
        if not self.processes:
            try:
                return await asyncio.wait_for(asyncio.to_thread(fn, *args, **kwargs), limit)
            except TimeoutError:
                raise ExtractorFailed("extractor_timeout") from None
        payload = pickle.dumps((fn, args, kwargs), pickle.HIGHEST_PROTOCOL)
        idle = await self._ready()
        for attempt in range(1, max(1, attempts) + 1):
            worker = await idle.get()
            try:
                data = await asyncio.wait_for(worker.call(payload), limit)
            except TimeoutError:  # before OSError, of which it is a subclass
                why = f"ran past {limit:g} s"
            except (ConnectionError, OSError):
                why = "crashed"
            except asyncio.CancelledError:
                asyncio.ensure_future(self._replace(worker, "was cancelled mid-page"))
                raise
            else:
                idle.put_nowait(worker)
                ok, value = pickle.loads(data)
                if ok:
                    return value
                raise value
            await self._replace(worker, why)
            if attempt >= attempts:
                raise ExtractorFailed("extractor_crashed" if why == "crashed"
                                      else "extractor_timeout")
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Stop the workers (the crawl is over)."""
        workers, self._workers = self._workers, []
        for w in workers:
            w.stop()
