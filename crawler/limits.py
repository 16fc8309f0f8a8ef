"""Byte limits for everything the crawl inflates or reads (decompression bombs, huge feeds).

:func:`gunzip_capped` stops a gzip stream at a byte limit instead of inflating it whole;
:data:`MAX_DOCUMENT_BYTES` bounds a sitemap or feed after decompression (the crawl sets it from
``DOWNLOAD_MAXSIZE``, the same cap Scrapy applies to ``Content-Encoding``).
"""

from __future__ import annotations

import zlib

#: Decompressed (or plain) size above which a sitemap or feed is not parsed.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024


class TooLarge(ValueError):
    """A body that exceeds its byte limit once inflated."""


def gunzip_capped(body: bytes, limit: int) -> bytes:
    """The gunzipped ``body``; :class:`TooLarge` as soon as more than ``limit`` bytes come out.

    Concatenated gzip members are followed; a corrupt stream yields what inflated before it.
    """
    out = bytearray()
    data = body
    while data:
        inflater = zlib.decompressobj(wbits=31)
        try:
            while data:
                out += inflater.decompress(data, _CHUNK)
                data = inflater.unconsumed_tail
                if len(out) > limit:
                    raise TooLarge(f"more than {limit} bytes once decompressed")
                if inflater.eof:
                    break
        except zlib.error:
            return bytes(out)
        data = inflater.unused_data if inflater.eof else b""
    return bytes(out)


def within(body: bytes, limit: int = 0) -> bool:
    """Whether ``body`` fits the limit (``MAX_DOCUMENT_BYTES`` when 0)."""
    return len(body) <= (limit or MAX_DOCUMENT_BYTES)


#: Longest plausible title and author (characters); a longer one means the page is not an
#: article (a whole page in ``<title>``), recorded ``not_article`` with reason ``title_too_long``.
MAX_TITLE_CHARS = 500
MAX_AUTHOR_CHARS = 200


def value_problem(title: str | None, author: str | None, max_title: int = MAX_TITLE_CHARS,
                  max_author: int = MAX_AUTHOR_CHARS) -> str | None:
    """``title_too_long`` / ``author_too_long`` when a value exceeds its bound, else None."""
    if title and len(title) > max_title:
        return "title_too_long"
    if author and len(author) > max_author:
        return "author_too_long"
    return None
