"""Egress policy: which addresses the crawl may connect to (SSRF protection).

Every request (redirects and meta refreshes included: Scrapy sends them through the downloader
middlewares again) is checked by :class:`EgressMiddleware`: the scheme must be http(s) and every
address the host resolves to must be public (not private, loopback, link-local, reserved,
multicast or unspecified). A registry entry with ``allow_private: true`` (the replica, tests)
may reach private addresses, but only at the exact ``host:port`` of its own URLs, so a redirect
to another port of the same host (an internal admin service) is still refused. Refused requests
count as ``cds/source/<id>/errors/blocked_address`` (in the spider's errback: an article is a
permanent failure) and the event ``blocked_address``.

:class:`EgressResolver` repeats the check when Scrapy resolves a host name (a name that
resolved to a public address in the middleware and to a private one at connect time is refused).
:func:`check_url` is the same policy for code outside Scrapy (probe, ``cds sources add``).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request
from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer

from crawler.extensions import record_event
from crawler.urls import DEFAULT_PORTS

ALLOWED_SCHEMES = frozenset({"http", "https"})
#: host:port pairs opted in by ``allow_private`` registry entries (filled by the middleware,
#: read by the resolver, which has no request at hand).
_OPTED_IN_HOSTS: set[str] = set()


class EgressRefused(ValueError):
    """A URL the egress policy refuses; the message is the reason."""


def is_public(address: str) -> bool:
    """Whether an IP address is a public unicast address (``is_global``, not multicast)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str) -> list[str]:
    """Every address of ``host`` (an IP literal resolves to itself); [] when it does not resolve."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def netloc_key(url: str) -> str:
    """``host:port`` of an http(s) URL, the port made explicit."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    host = (parts.hostname or "").rstrip(".").lower()
    return f"{host}:{port or DEFAULT_PORTS.get(parts.scheme.lower(), 0)}"


def source_netlocs(source: Any) -> set[str]:
    """The ``host:port`` pairs of a source's own URLs (start pages, feeds, sitemaps)."""
    urls = [*(getattr(source, "start_urls", ()) or ()), *(getattr(source, "feeds", ()) or ()),
            *(getattr(source, "sitemaps", ()) or ())]
    keys = {netloc_key(u) for u in urls}
    for domain in getattr(source, "allowed_domains", ()) or ():
        keys.update({f"{domain}:80", f"{domain}:443"})
    return keys


def check_url(url: str, allowed_private: Iterable[str] = (),
              resolver: Any = resolve) -> None:
    """Raise :class:`EgressRefused` unless the policy lets the crawler fetch ``url``.

    ``allowed_private`` holds ``host:port`` pairs that may be private (opted-in sources).
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise EgressRefused(f"scheme {parts.scheme or '(none)'!r} not allowed")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise EgressRefused("no host")
    addresses = resolver(host)
    if not addresses:
        return  # does not resolve: the download fails on its own (a DNS error, not egress)
    if all(is_public(a) for a in addresses):
        return
    if netloc_key(url) in set(allowed_private):
        return
    private = next(a for a in addresses if not is_public(a))
    raise EgressRefused(f"{host} resolves to non-public address {private}")


class EgressMiddleware:
    """Downloader middleware refusing requests the egress policy forbids (first in the chain).

    Host resolutions are cached for the run. ``CDS_EGRESS_CHECK = False`` disables it.
    """

    def __init__(self, crawler: Crawler):
        if not crawler.settings.getbool("CDS_EGRESS_CHECK", True):
            raise NotConfigured
        self.crawler = crawler
        self._addresses: dict[str, list[str]] = {}
        self._opted: dict[str, set[str]] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EgressMiddleware:
        return cls(crawler)

    def _resolve(self, host: str) -> list[str]:
        if host not in self._addresses:
            self._addresses[host] = resolve(host)
        return self._addresses[host]

    def opted_in(self) -> dict[str, set[str]]:
        """``{source id: host:port pairs}`` of sources with ``allow_private: true``."""
        if self._opted is None:
            sources = getattr(self.crawler.spider, "sources_by_id", {}) or {}
            self._opted = {sid: source_netlocs(s) for sid, s in sources.items()
                           if getattr(s, "allow_private", False)}
            for keys in self._opted.values():
                _OPTED_IN_HOSTS.update(keys)
        return self._opted

    def process_request(self, request: Request) -> None:
        opted = self.opted_in()
        source_id = request.meta.get("cds_source")
        if source_id:
            allowed = opted.get(source_id, set())
        else:  # robots.txt and other requests without a source: any opted-in netloc
            allowed = set().union(*opted.values()) if opted else set()
        try:
            check_url(request.url, allowed, self._resolve)
        except EgressRefused as refused:
            self.crawler.stats.inc_value("cds/egress/blocked")
            if source_id:  # counted as errors/blocked_address by the spider's errback
                record_event(self.crawler.stats, source_id, "blocked_address",
                             f"{request.url} ({refused})")
            raise IgnoreRequest(f"egress refused {request.url}: {refused}") from None


class EgressResolver(CachingThreadedResolver):
    """Scrapy's caching resolver refusing non-public answers for hosts not opted in.

    Closes the gap between the middleware's check and the connection (DNS rebinding): the name
    is resolved again by the download handler, and a private answer fails the connection.
    """

    @defer.inlineCallbacks
    def getHostByName(self, name: str, timeout: Iterable[int] = ()) -> Any:  # noqa: N802
        address = yield super().getHostByName(name, timeout)
        if not is_public(address) and not any(k.startswith(f"{name.lower()}:")
                                              for k in _OPTED_IN_HOSTS):
            raise OSError(f"egress refused: {name} resolves to non-public address {address}")
        return address

