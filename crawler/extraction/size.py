"""Inline ``data:`` URIs and base64 blobs removed before any size decision.

An e-magazine page of 5 MB is mostly one inline image: what the size cap should weigh is the
HTML that remains.
"""

from __future__ import annotations

import re

_DATA_URI = re.compile(rb"data:[\w/+.-]{0,80}(?:;[\w=.-]{1,40})*;base64,[A-Za-z0-9+/=\s%]{64,}")
_BLOB = re.compile(rb"[A-Za-z0-9+/]{2048,}={0,2}")


def strip_inline_data(body: bytes) -> bytes:
    """``body`` without base64 payloads (``data:`` URIs become ``data:,``)."""
    if len(body) < 4096:
        return body
    body = _DATA_URI.sub(b"data:,", body)
    return _BLOB.sub(b"", body)
