"""Pagination of listing pages: explicit templates, rel=next, numbered links, "next" texts."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

NEXT_TEXTS = frozenset({"next", "next »", "next ›", "trang sau", "sau", "tiếp", "tiếp theo",
                        "trang tiếp", "trang tiếp theo", "›", "»", ">", ">>", "xem tiếp",
                        "sau »", "sau ›"})
_NUMBERED_RE = re.compile(
    r"(?P<pre>(?:[?&](?:page|paged|p|pg|trang|pageindex|pagenumber|cur_page)=)"
    r"|/(?:trang|page|p)[-/]?)(?P<n>\d+)", re.IGNORECASE)
_NEXT_CLASS_XPATH = ("//a[@href][contains(concat(' ', normalize-space(@class), ' '), ' next')"
                     " or ancestor::li[contains(concat(' ', normalize-space(@class), ' '),"
                     " ' next')]]")


def page_url(start_url: str, template: str, n: int) -> str:
    """URL of page ``n`` from a source's ``pagination`` template (``{n}`` is the page number).

    ``?page={n}``/``&paged={n}`` set a query parameter of the start URL; anything else is
    resolved against the start URL (``trang-{n}.html``, ``/tin-tuc/p{n}``, a full URL).
    """
    filled = template.replace("{n}", str(n)).replace("{N}", str(n))
    if filled[:1] in "?&":
        parts = urlsplit(start_url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        query.update(parse_qsl(filled[1:], keep_blank_values=True))
        return urlunsplit(parts._replace(query=urlencode(query)))
    return urljoin(start_url, filled)


def _norm(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), parts.query,
                       ""))


def _page_number(url: str) -> int | None:
    match = None
    for match in _NUMBERED_RE.finditer(url):  # noqa: B007 - the last one wins
        pass
    return int(match.group("n")) if match else None


def next_page_url(html: Selector | str, url: str, n: int) -> str | None:
    """URL of page ``n + 1`` linked from listing page ``url`` (page ``n``), or ``None``.

    Order: ``rel=next``; a link that differs from this page only by the page number ``n + 1``
    (``?page=``, ``?paged=``, ``/trang-N.html``, ``/page/N``, ``/pN``); a link whose text or
    class says "next" (``Trang sau``, ``›``, ``»`` …).
    """
    sel = html if isinstance(html, Selector) else Selector(text=html)
    here = _norm(url)
    for href in sel.xpath("//link[@href][contains(concat(' ', @rel, ' '), ' next ')]/@href"
                          " | //a[@href][contains(concat(' ', @rel, ' '), ' next ')]/@href"
                          ).getall():
        target = urljoin(url, href.strip())
        if _norm(target) != here:
            return target
    hrefs = [urljoin(url, h.strip()) for h in sel.xpath("//a/@href").getall()
             if h.strip() and not h.strip().startswith(("#", "javascript:"))]
    stem = _NUMBERED_RE.sub("", here) if _page_number(here) is not None else here
    stem = re.sub(r"\.html?$", "", stem)
    for target in hrefs:
        if _page_number(target) != n + 1:
            continue
        other = re.sub(r"\.html?$", "", _NUMBERED_RE.sub("", _norm(target)))
        if other.rstrip("/?&") == stem.rstrip("/?&") or other.startswith(stem):
            return target
    for anchor in sel.xpath("//a[@href]"):
        text = " ".join(" ".join(anchor.xpath(".//text()").getall()).split()).lower()
        label = (anchor.attrib.get("aria-label") or anchor.attrib.get("title") or "").lower()
        if text in NEXT_TEXTS or label in {"next", "trang sau", "trang tiếp"}:
            target = urljoin(url, anchor.attrib["href"].strip())
            if _norm(target) != here and not target.startswith("javascript:"):
                return target
    for href in sel.xpath(_NEXT_CLASS_XPATH + "/@href").getall():
        target = urljoin(url, href.strip())
        if _norm(target) != here:
            return target
    return None
