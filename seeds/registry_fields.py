"""Field types of the source registry: host names, URLs, regular expressions, CSS selectors,
and the allowed-domain match (:func:`host_allowed`) that the registry and the crawler share."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, ValidationInfo
from pydantic_core import PydanticCustomError

_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")


def warn(info: ValidationInfo, field_name: str, message: str) -> None:
    if isinstance(info.context, dict) and isinstance(info.context.get("warnings"), list):
        info.context["warnings"].append((field_name, message))


def field_error(field_name: str, message: str) -> PydanticCustomError:
    """An error raised by a model validator but reported against ``field_name``."""
    return PydanticCustomError(
        "registry_field", "{detail}", {"field": field_name, "detail": message}
    )


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _check_host(value: str, info: ValidationInfo) -> str:
    """A bare host name or IP address; a ``:port`` is stripped with a warning."""
    raw = value
    host = value.strip().lower().rstrip(".")
    if "/" in host or "@" in host:
        raise ValueError(f"not a host name (no scheme or path allowed): {raw!r}")
    if host.startswith("["):  # [IPv6]:port
        inner, _, rest = host[1:].partition("]")
        if rest and not re.fullmatch(r":\d+", rest):
            raise ValueError(f"not a host name: {raw!r}")
        host, port = inner, rest[1:]
    elif host.count(":") == 1:
        host, _, port = host.partition(":")
        if not port.isdigit():
            raise ValueError(f"not a host name: {raw!r}")
    else:
        port = ""
    if not (_is_ip(host) or (host and all(_LABEL.match(label) for label in host.split(".")))):
        raise ValueError(f"not a host name or IP address: {raw!r}")
    if port:
        warn(info, str(info.field_name), f"port stripped from {raw!r} (Scrapy wants bare hosts)")
    return host


def _check_url(value: str) -> str:
    """An absolute http(s) URL with a host."""
    url = value.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise ValueError(f"not a valid URL: {value!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", url):
        raise ValueError(f"not an http(s) URL: {value!r}")
    return url


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {value!r} ({exc})") from None
    return value


def _check_css(value: str) -> str:
    if not value.strip():
        raise ValueError("empty CSS selector")
    return value.strip()


Host = Annotated[str, AfterValidator(_check_host)]
Url = Annotated[str, AfterValidator(_check_url)]
Regex = Annotated[str, AfterValidator(_check_regex)]
Css = Annotated[str, AfterValidator(_check_css)]


def host_allowed(url_or_host: str, allowed_domains: Iterable[str]) -> bool:
    """Whether the host (of a URL, or a bare host) is one of ``allowed_domains`` or a subdomain
    of one, as Scrapy decides; a ``*.`` prefix is allowed; an IP address matches only itself."""
    if "/" in url_or_host:
        url_or_host = urlsplit(url_or_host).hostname or ""
    host = url_or_host.lower().rstrip(".")
    for domain in allowed_domains:
        domain = domain.lower().lstrip("*").lstrip(".").rstrip(".")
        if domain and (host == domain or (not _is_ip(domain) and host.endswith("." + domain))):
            return True
    return False
