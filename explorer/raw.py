"""The page as fetched: an article's raw response, read from the crawl's WARC archive.

The crawl keeps each visit's WARC file and offset in ``visited_urls`` (:mod:`crawler.warc`);
:func:`explorer.query.article` returns them as ``warc_file`` / ``warc_offset``. The raw page is
served from ``/explore/article/<id>/raw`` with ``Content-Security-Policy: sandbox`` and
``default-src 'none'`` (no script runs, nothing is fetched from the original site or from us),
and the article page shows it in a sandboxed iframe.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from crawler.warc.reader import read_response, resolve

#: Headers of the raw page: a sandboxed document that loads nothing (inline styles and data:
#: images only), never sniffed into another type.
RAW_HEADERS = {
    "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src data:",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def warc_directory() -> Path:
    """Where the crawl writes WARC files: ``CDS_WARC_DIR``, else ``CDS_DATA_DIR/warc``."""
    from scrapy.utils.project import get_project_settings

    from crawler.warc.extension import warc_dir

    return warc_dir(get_project_settings())


def _archived(article: dict) -> Path | None:
    name, offset = article.get("warc_file"), article.get("warc_offset")
    if not name or offset is None:
        return None
    path = resolve(name, warc_directory())
    return path if path.is_file() else None


def raw_page(article: dict) -> str | None:
    """URL of the archived raw page for ``article`` (a row of :func:`explorer.query.article`),
    or None when no raw copy is archived."""
    if _archived(article) is None:
        return None
    return f"/explore/article/{quote(article['id'])}/raw"


def raw_response(article: dict) -> tuple[int, bytes, str, dict[str, str]] | None:
    """(status, body, content type, headers) of the archived page, or None if not archived."""
    path = _archived(article)
    if path is None:
        return None
    try:
        archived = read_response(path, int(article["warc_offset"]))
    except (OSError, ValueError, EOFError):
        return None
    types = [v for k, v in archived.headers if k.lower() == "content-type"]
    content_type = types[0] if types and "html" in types[0].lower() else "text/plain"
    if "charset" not in content_type.lower() and content_type == "text/plain":
        content_type = "text/plain; charset=utf-8"
    return 200, archived.body, content_type, {
        **RAW_HEADERS, "Content-Disposition": f'inline; filename="{article["id"]}.html"'}
