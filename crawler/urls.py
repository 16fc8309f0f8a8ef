"""URL canonicalisation: the one place that decides when two URLs name the same page.

Every component (discovery, the visited-URL check, storage, dumps) goes through
:func:`canonicalize_url` and :func:`url_id`. Canonical form: lower-case scheme and host, no
default port, host aliases of the source mapped (``www.``/``m.``/``beta.`` only where the source
declares them), repeated slashes in the path folded (``//`` -> ``/``), tracking and print
parameters removed, ``/print/`` and ``/in-bai/`` segments
removed, query sorted, percent-encoding normalised (UTF-8, upper-case hex), no fragment. A
trailing slash is kept or left out exactly as given.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize

from seeds.registry_fields import host_allowed  # noqa: F401  (the one owner; re-exported)

#: Query parameters that never change the page (analytics, click ids, share trackers).
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "gidzl", "zarsrc", "_ga", "_gl", "_hsenc", "_hsmi", "mc_cid", "mc_eid", "ref_src",
    "spm", "vn_source", "vn_medium", "vn_campaign", "fb_action_ids", "fb_action_types",
    "fb_source", "fb_ref", "sharetype", "from_zalo", "zalo_source",
})
TRACKING_PREFIXES = ("utm_", "_ga_", "pk_", "mtm_", "matomo_", "hsa_")
#: Query parameters (name, value or None for any) that only select a print layout.
PRINT_PARAMS = {"print": None, "printable": None,
                "view": {"print"}, "layout": {"print"}, "output": {"print"}}
PRINT_SEGMENTS = frozenset({"print", "in-bai", "inbai", "printer"})
DEFAULT_PORTS = {"http": 80, "https": 443}

#: File types that are never article pages (documents, archives, images, media).
NON_HTML_EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt",
    "csv", "zip", "rar", "7z", "gz", "tgz", "bz2", "tar", "exe", "apk", "dmg", "iso",
    "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "tif", "tiff", "heic",
    "mp3", "mp4", "m4a", "m4v", "avi", "mov", "wmv", "flv", "mkv", "webm", "wav", "ogg",
    "css", "js", "json", "woff", "woff2", "ttf", "eot", "swf",
})
_SLASHES = re.compile(r"/{2,}")
_EXT_RE = re.compile(r"\.([a-z0-9]{1,5})$")


def source_aliases(source: Any) -> dict[str, str]:
    """``{alias host: canonical host}`` of a registry source (``host_aliases``).

    ``host_aliases`` may be a mapping ``alias -> host`` or a list of alias hosts, which then map
    to the source's first allowed domain.
    """
    raw = getattr(source, "host_aliases", None) or {}
    if isinstance(raw, Mapping):
        return {str(k).lower(): str(v).lower() for k, v in raw.items()}
    domains = list(getattr(source, "allowed_domains", None) or [])
    if not domains:
        return {}
    return {str(alias).lower(): domains[0].lower() for alias in raw}


def _strip_param(name: str, value: str, strip: frozenset[str]) -> bool:
    low = name.lower()
    if low in TRACKING_PARAMS or low in strip or low.startswith(TRACKING_PREFIXES):
        return True
    if low in PRINT_PARAMS:
        values = PRINT_PARAMS[low]
        return values is None or value.lower() in values
    return False


def canonicalize_url(
    url: str,
    aliases: Mapping[str, str] | None = None,
    *,
    strip_params: Iterable[str] = (),
    source: Any = None,
) -> str:
    """The canonical form of ``url``.

    ``aliases`` maps alias hosts to the canonical host; ``strip_params`` names extra parameters
    to drop; ``source`` (a registry source) supplies both from ``host_aliases``/``strip_params``.
    """
    if source is not None:
        aliases = {**source_aliases(source), **(aliases or {})}
        strip_params = [*strip_params, *(getattr(source, "strip_params", None) or [])]
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    if aliases and host in aliases:
        host = aliases[host]
    netloc = host
    if port and port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    strip = frozenset(p.lower() for p in strip_params)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _strip_param(k, v, strip)]
    path = _SLASHES.sub("/", parts.path) or "/"
    segments = path.split("/")
    if any(s.lower() in PRINT_SEGMENTS for s in segments[:-1]):
        path = "/".join(s for i, s in enumerate(segments)
                        if i == len(segments) - 1 or s.lower() not in PRINT_SEGMENTS)
    rebuilt = urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))
    return _w3lib_canonicalize(rebuilt, keep_fragments=False)


def url_id(canonical_url: str) -> str:
    """Stable 32-hex id of a canonical URL: the record ``id`` and visited-URL key."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:32]


def host_of(url: str) -> str:
    """Lower-case host name of ``url`` (no port)."""
    return (urlsplit(url).hostname or "").rstrip(".")


def is_non_html(url: str) -> bool:
    """Whether the URL's path names a document, archive, image or media file."""
    path = urlsplit(url).path.lower()
    match = _EXT_RE.search(posixpath.basename(path))
    return bool(match and match.group(1) in NON_HTML_EXTENSIONS)


def is_http(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")
