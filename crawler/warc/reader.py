"""Reading WARC files: one record by location, every record of a file (a truncated or corrupt
tail is skipped and reported), and the HTML responses of foreign files (wget ``--warc-file``,
Heritrix, Common Crawl)."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

#: Headers of an archived response that do not describe the decoded body handed to Scrapy.
DROP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass
class ArchivedResponse:
    """An HTTP response as archived (body decoded from any transfer/content encoding)."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime | None
    record_id: str | None = None
    offset: int = 0


@dataclass
class FileCheck:
    """What :func:`check_file` found in one file."""

    path: Path
    records: dict[str, int] = field(default_factory=dict)
    good_bytes: int = 0  # end of the last complete record
    size: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.good_bytes == self.size


def complete_length(path: str | Path, chunk: int = 1 << 20) -> int:
    """Bytes of ``path`` up to the end of its last complete gzip member (the whole size for an
    uncompressed file): a record cut short by a crash lies beyond it."""
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return size
        fh.seek(0)
        good = pos = 0
        member = zlib.decompressobj(wbits=31)
        while data := fh.read(chunk):
            while data:
                try:
                    member.decompress(data)
                except zlib.error:
                    return good
                if not member.eof:
                    pos += len(data)
                    break
                used = len(data) - len(member.unused_data)
                pos += used
                good = pos
                data = member.unused_data
                member = zlib.decompressobj(wbits=31)
    return good


def resolve(name: str, directory: str | Path) -> Path:
    """A WARC file named in a visit: relative to the WARC directory, or absolute."""
    path = Path(name)
    return path if path.is_absolute() else Path(directory) / path


def _date(value: str | None) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return parsed.replace(tzinfo=parsed.tzinfo or UTC) if parsed else None


def _response(record, offset: int) -> ArchivedResponse:
    http = record.http_headers
    body = record.content_stream().read()
    headers = [(k, v) for k, v in http.headers if k.lower() not in DROP_HEADERS]
    date = record.rec_headers.get_header("WARC-Date")
    fetched = _date(date)
    return ArchivedResponse(url=record.rec_headers.get_header("WARC-Target-URI"),
                            status=int(http.get_statuscode() or 0), headers=headers, body=body,
                            fetched_at=fetched,
                            record_id=record.rec_headers.get_header("WARC-Record-ID"),
                            offset=offset)


def read_response(path: str | Path, offset: int) -> ArchivedResponse:
    """The response record at ``offset`` of ``path`` (ValueError if it is not one)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                raise ValueError(f"{path}@{offset}: a {record.rec_type} record, not a response")
            return _response(record, offset)
    raise ValueError(f"{path}@{offset}: no record")


def iter_responses(path: str | Path) -> Iterator[ArchivedResponse]:
    """The HTTP 200 HTML responses of a WARC file, in order (a broken tail ends the walk)."""
    good = complete_length(path)
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for record in records:
                if records.offset >= good:
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if ctype and "html" not in ctype:
                    continue
                response = _response(record, 0)  # reads the body: then the offset is known
                response.offset = records.get_record_offset()
                yield response
        except Exception:  # noqa: BLE001 - a truncated or corrupt tail: what came before counts
            return


def check_file(path: str | Path) -> FileCheck:
    """Read every record of ``path`` (digests checked); where a truncated or corrupt tail
    starts is ``good_bytes``."""
    path = Path(path)
    check = FileCheck(path, size=os.path.getsize(path))
    good = complete_length(path)
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, check_digests="raise")
        try:
            for record in records:
                if records.offset >= good:
                    break
                record.content_stream().read()
                records.read_to_end()
                check.records[record.rec_type] = check.records.get(record.rec_type, 0) + 1
                check.good_bytes = records.get_record_offset() + records.get_record_length()
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            check.error = f"{exc.__class__.__name__}: {exc}".strip()[:200]
    if check.error is None and check.good_bytes != check.size:
        check.error = f"truncated: {check.size - check.good_bytes} bytes of an incomplete record"
    return check
