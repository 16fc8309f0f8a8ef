"""Where a dump goes: the format its suffix implies, ``%(time)s``/``%(date)s`` placeholders,
never over the SQLite archive it reads, missing parent directories created. Used by
:mod:`cds.dump` and by ``cds daemon`` (which checks its dump output before it starts)."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import make_url

from cds.dump_files import MANIFEST_SUFFIX

FORMATS = ("jsonl", "csv", "parquet")
SUFFIXES = {".jsonl.gz": "jsonl", ".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
#: Placeholders an output path may hold: expanded at dump time, in UTC, safe in file names.
PLACEHOLDERS = {"time": "%Y-%m-%dT%H-%M-%SZ", "date": "%Y-%m-%d"}
_PLACEHOLDER = re.compile(r"%\((\w*)\)s")
#: Files of an SQLite archive that a dump must never replace.
_SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


class DumpError(ValueError):
    """Bad input for a dump (format, --since, path, province): nothing was written."""


def infer_format(output: str | os.PathLike, fmt: str | None = None) -> str:
    """The format named, or the one the suffix implies; a contradiction is an error."""
    name = Path(output).name.lower()
    implied = next((f for s, f in SUFFIXES.items() if name.endswith(s)), None)
    if fmt is not None:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise DumpError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        if implied and implied != fmt:
            raise DumpError(f"--format {fmt} contradicts the suffix of {Path(output).name}")
        if name.endswith(".gz") and fmt != "jsonl":
            raise DumpError("only JSONL can be gzip-compressed (.jsonl.gz)")
        return fmt
    if implied is None:
        raise DumpError(f"cannot tell the format of {Path(output).name}: give --format or a "
                        f"suffix ({', '.join(SUFFIXES)})")
    return implied


def is_template(output: str | os.PathLike) -> bool:
    """Whether ``output`` holds a placeholder (``%(time)s``, ``%(date)s``)."""
    return bool(_PLACEHOLDER.search(str(output)))


def expand_output(output: str | os.PathLike, at: datetime | None = None) -> str:
    """``output`` with its placeholders filled in for ``at`` (default: now), in UTC."""
    when = (at or datetime.now(UTC)).astimezone(UTC)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            raise DumpError(f"unknown placeholder {match.group(0)} in the output path: use "
                            + " or ".join(f"%({p})s" for p in PLACEHOLDERS))
        return when.strftime(PLACEHOLDERS[name])

    return _PLACEHOLDER.sub(fill, str(output))


def archive_files(database_url: str | None) -> list[Path]:
    """The SQLite archive's file and its -wal/-shm/-journal files (none for a server)."""
    if not database_url:
        return []
    try:
        url = make_url(database_url)
    except Exception:  # not a URL: the engine will say so
        return []
    name = url.database
    if url.get_backend_name() != "sqlite" or not name or name == ":memory:" or (
            name.startswith("file:") and "mode=memory" in name):
        return []
    base = Path(name.removeprefix("file:").split("?")[0]).expanduser().resolve()
    return [base.with_name(base.name + side) for side in _SQLITE_SIDE_FILES]


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist
        return False


def check_output(database_url: str | None, output: str | os.PathLike,
                 fmt: str | None = None, *, at: datetime | None = None) -> tuple[Path, str]:
    """The expanded output path and its format, or :class:`DumpError` if it cannot be written:
    empty, a directory, an unknown placeholder or format, or a file of the archive itself."""
    if not str(output).strip():
        raise DumpError("the output path is empty: give a file name, e.g. data/cds.jsonl")
    expanded = expand_output(output, at)
    if Path(expanded).expanduser().is_dir():
        raise DumpError(f"{expanded} is a directory: give a file name")
    out = Path(expanded).expanduser().absolute()
    written = (out, out.with_name(out.name + MANIFEST_SUFFIX))
    for archive_file in archive_files(database_url):
        if any(_same_file(path, archive_file) for path in written):
            raise DumpError(f"refusing to write {out}: it would replace the archive's own file "
                            f"{archive_file}; choose another output path")
    return out, infer_format(expanded, fmt)


def prepare_output(out: Path) -> Path | None:
    """Create the missing parent directories of ``out``; the topmost one created, if any."""
    missing = None
    for parent in out.parents:
        if parent.exists():
            break
        missing = parent
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise DumpError(cannot_write(out, f"cannot create {out.parent}: a file of that name "
                                          "is in the way")) from None
    except OSError as exc:
        raise DumpError(cannot_write(out, f"cannot create {out.parent}: "
                                          f"{exc.strerror or exc}")) from None
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise DumpError(cannot_write(out, f"{out.parent} is not writable"))
    return missing


def cannot_write(out: Path, reason: str | OSError) -> str:
    """``cannot write PATH: reason; nothing written`` (one line)."""
    if isinstance(reason, OSError):
        reason = reason.strerror or str(reason)
    return f"cannot write {out}: {reason}; nothing written"
