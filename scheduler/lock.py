"""One daemon per database.

PostgreSQL: a session advisory lock held on a dedicated connection. Any other database (SQLite):
an ``fcntl.flock`` on a lock file (``<sqlite file>.daemon.lock``, or one per URL under the data
directory). Both are released by the kernel/server when the process dies, so a crashed daemon
never leaves a stale lock; the lock file only carries the holder's pid and host for the message.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import socket
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url

from cds.config import data_dir

#: pg_try_advisory_lock key of the daemon (any stable 64-bit number).
PG_LOCK_KEY = 0x0CD5_DAE0


class AlreadyRunning(RuntimeError):
    """Another daemon holds the lock of this database."""


def lock_path(database_url: str) -> Path:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).resolve().with_name(Path(url.database).name + ".daemon.lock")
    digest = hashlib.sha1(database_url.encode()).hexdigest()[:16]  # noqa: S324 - a name
    return data_dir() / f"daemon-{digest}.lock"


class DaemonLock:
    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self._fd: int | None = None
        self._conn: Connection | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`AlreadyRunning` naming the holder."""
        if make_url(self.database_url).get_backend_name() == "postgresql":
            engine = create_engine(self.database_url, pool_size=1)
            conn = engine.connect()
            if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                {"k": PG_LOCK_KEY}).scalar():
                conn.close()
                engine.dispose()
                raise AlreadyRunning("another cds daemon holds the advisory lock of this "
                                     "PostgreSQL database; stop it first")
            conn.commit()
            self._conn = conn
            return
        path = lock_path(self.database_url)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "unknown"
            os.close(fd)
            raise AlreadyRunning(
                f"another cds daemon is running on this database ({holder}; lock {path}); "
                "stop it first") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._conn is not None:
            engine = self._conn.engine
            self._conn.close()
            engine.dispose()
            self._conn = None
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
