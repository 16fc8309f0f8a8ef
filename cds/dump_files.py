"""Files of a dump: hidden temporary files renamed into place, fsync, checksums; the manifest
suffix. Shared by :mod:`cds.dump` and :mod:`cds.dataset_card`."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

MANIFEST_SUFFIX = ".manifest.json"


def temp_path(out: Path, pid: int | None = None) -> Path:
    """The hidden temporary file a dump to ``out`` writes first (never matches ``*.SUFFIX``)."""
    return out.with_name(f".{out.name}.{pid or os.getpid()}.tmp")


def clean_stale_temps(out: Path) -> None:
    """Remove temporary files left by dumps to ``out`` whose process is gone (e.g. killed)."""
    for tmp in out.parent.glob(f".{out.name}.*.tmp"):
        pid = tmp.name[len(out.name) + 2:-4]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            log.info("removing %s left by a dump that did not finish", tmp)
            tmp.unlink(missing_ok=True)
        except PermissionError:  # alive, someone else's
            pass


def fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sha256(path: Path) -> tuple[str, int]:
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def write_atomic(path: Path, data: bytes) -> None:
    """Write a small file (manifest, card) through a temporary file, fsync and rename."""
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


