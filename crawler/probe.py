"""``cds sources probe``: check registry sources live and suggest registry changes.

For each source: reachability and redirects of its start URLs (domain moves after the 2025
merger), robots.txt (``Sitemap:`` lines, ``Crawl-delay``, start URLs disallowed), feeds and
sitemaps (registry entries, robots.txt, ``<link rel=alternate>``, and common paths such as
``/rss`` or ``/sitemap.xml`` as candidates only) and how many article links each start page
yields. Uses the same discovery code as the crawl; plain blocking HTTP (one thread per source).
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from collections.abc import Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from protego import Protego

from crawler.discovery import (
    article_links,
    feed_links,
    next_page_url,
    parse_feed,
    parse_sitemap,
    sitemaps_from_robots,
)
from crawler.egress import EgressRefused, check_url, source_netlocs
from crawler.identity import contact_from_env, user_agent
from crawler.urls import host_allowed, source_aliases

COMMON_FEEDS = ("/rss", "/rss.xml", "/feed", "/rss/home.rss", "/home.rss")
COMMON_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml", "/sitemaps/google-news.xml")
MAX_BYTES = 4 * 1024 * 1024


def probe_user_agent() -> str:
    """The crawl's User-Agent (with ``CDS_CONTACT``), marked as a probe."""
    return user_agent(contact_from_env(), purpose="probe")


@dataclass
class Fetch:
    url: str
    status: int | None = None
    final_url: str | None = None
    body: bytes = b""
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class DocCheck:
    """A feed or sitemap: where it was found and what it holds."""

    url: str
    kind: str  # feed | sitemap
    origin: str  # registry | robots | link | common
    status: int | None = None
    entries: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.error is None


@dataclass
class PageCheck:
    url: str
    status: int | None = None
    final_url: str | None = None
    offsite_redirect: bool = False
    robots_allowed: bool = True
    article_links: int = 0
    has_next_page: bool = False
    error: str | None = None


@dataclass
class ProbeResult:
    source_id: str
    pages: list[PageCheck] = field(default_factory=list)
    documents: list[DocCheck] = field(default_factory=list)
    robots: dict[str, dict[str, Any]] = field(default_factory=dict)  # host -> status, delay, …
    suggestions: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Every start page answers 200 on its domains and some channel yields articles."""
        pages_ok = all(p.status == 200 and not p.offsite_redirect for p in self.pages)
        links = sum(p.article_links for p in self.pages)
        docs = sum(d.entries for d in self.documents if d.ok)
        return pages_ok and (links + docs) > 0


class _EgressRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only where the egress policy (crawler/egress.py) allows it."""

    def __init__(self, allowed_private: Collection[str]):
        self.allowed_private = allowed_private

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        check_url(newurl, self.allowed_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float, allowed_private: Collection[str] = ()) -> Fetch:
    """GET ``url`` (at most MAX_BYTES read) under the crawl's egress policy: private addresses
    only at the ``host:port`` pairs of ``allowed_private``, redirects checked too."""
    request = urllib.request.Request(url, headers={"User-Agent": probe_user_agent()})
    opener = urllib.request.build_opener(_EgressRedirects(allowed_private))
    try:
        check_url(url, allowed_private)
        with opener.open(request, timeout=timeout) as response:
            return Fetch(url, response.status, response.geturl(), response.read(MAX_BYTES))
    except EgressRefused as exc:
        return Fetch(url, None, None, b"", f"blocked_address: {exc}")
    except urllib.error.HTTPError as exc:
        return Fetch(url, exc.code, exc.geturl(), b"", f"HTTP {exc.code}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, EgressRefused):
            return Fetch(url, None, None, b"", f"blocked_address: {reason}")
        return Fetch(url, None, None, b"", f"{type(exc).__name__}: {reason}")


def _check_document(url: str, kind: str, origin: str, timeout: float,
                    allowed: Collection[str] = ()) -> DocCheck:
    got = fetch(url, timeout, allowed)
    check = DocCheck(url, kind, origin, got.status, error=got.error)
    if got.ok:
        if kind == "feed":
            entries = parse_feed(got.body, got.final_url or url)
            check.entries = len(entries) if entries is not None else 0
            check.error = None if entries is not None else "not a feed"
        else:
            parsed = parse_sitemap(got.body, got.final_url or url)
            check.entries = len(parsed[1]) if parsed else 0
            check.error = None if parsed else "not a sitemap"
    return check


def probe_source(source: Any, timeout: float = 20.0, *, candidates: bool = True) -> ProbeResult:
    """Probe one registry source (see the module docstring)."""
    result = ProbeResult(source.id)
    allowed = source_netlocs(source) if getattr(source, "allow_private", False) else set()
    aliases = source_aliases(source)
    domains = [*source.allowed_domains, *aliases, *aliases.values()]
    pattern = getattr(source, "article_url_pattern", None)
    urls = [*source.start_urls, *source.feeds, *source.sitemaps]
    origins = list(dict.fromkeys(f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in urls))
    parsers: dict[str, Protego] = {}
    found: dict[str, tuple[str, str]] = {}  # url -> (kind, origin)
    for origin in origins:
        got = fetch(f"{origin}/robots.txt", timeout, allowed)
        info: dict[str, Any] = {"status": got.status, "error": got.error}
        if got.ok:
            text = got.body.decode("utf-8", "replace")
            parsers[origin] = Protego.parse(text)
            info["crawl_delay"] = parsers[origin].crawl_delay(probe_user_agent())
            info["sitemaps"] = sitemaps_from_robots(got.body, f"{origin}/robots.txt")
            for url in info["sitemaps"]:
                found.setdefault(url, ("sitemap", "robots"))
        result.robots[urlsplit(origin).netloc] = info
    for url in source.start_urls:
        got = fetch(url, timeout, allowed)
        page = PageCheck(url, got.status, got.final_url, error=got.error)
        origin = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
        if origin in parsers:
            page.robots_allowed = parsers[origin].can_fetch(url, probe_user_agent())
        if got.final_url and not host_allowed(got.final_url, domains):
            page.offsite_redirect = True
        if got.ok:
            sel = Selector(text=got.body.decode("utf-8", "replace"))
            base = got.final_url or url
            page.article_links = len(article_links(sel, base, domains, pattern))
            page.has_next_page = next_page_url(sel, base, 1) is not None
            for feed in feed_links(sel, base):
                found.setdefault(feed, ("feed", "link"))
        result.pages.append(page)
    for url in source.feeds:
        found[url] = ("feed", "registry")
    for url in source.sitemaps:
        found[url] = ("sitemap", "registry")
    if candidates:
        for origin in origins:
            for path in COMMON_FEEDS:
                found.setdefault(urljoin(origin, path), ("feed", "common"))
            for path in COMMON_SITEMAPS:
                found.setdefault(urljoin(origin, path), ("sitemap", "common"))
    for url, (kind, origin) in found.items():
        if host_allowed(url, domains):
            check = _check_document(url, kind, origin, timeout, allowed)
            if check.origin != "common" or check.ok:
                result.documents.append(check)
    result.suggestions = suggest(source, result)
    return result


def suggest(source: Any, result: ProbeResult) -> dict[str, Any]:
    """Registry changes the probe suggests for one source (only fields that would change)."""
    changes: dict[str, Any] = {}
    moved = {p.url: p.final_url for p in result.pages if p.offsite_redirect and p.final_url}
    if moved:
        changes["start_urls"] = [moved.get(u, u) for u in source.start_urls]
        hosts = [urlsplit(u).hostname for u in moved.values()]
        changes["allowed_domains"] = list(dict.fromkeys([*hosts, *source.allowed_domains]))
    feeds = [d.url for d in result.documents if d.kind == "feed" and d.ok and d.entries]
    gone = [d.url for d in result.documents if d.origin == "registry" and not d.ok]
    new_feeds = [u for u in feeds if u not in source.feeds]
    if new_feeds or any(u in gone for u in source.feeds):
        changes["feeds"] = [u for u in [*source.feeds, *new_feeds] if u not in gone]
    maps = [d.url for d in result.documents if d.kind == "sitemap" and d.ok and d.entries]
    new_maps = [u for u in maps if u not in source.sitemaps]
    if new_maps or any(u in gone for u in source.sitemaps):
        changes["sitemaps"] = [u for u in [*source.sitemaps, *new_maps] if u not in gone]
    if any(not p.robots_allowed for p in result.pages):
        changes["notes"] = "robots.txt disallows a start URL"
    return changes


def probe_sources(sources: Iterable[Any], timeout: float = 20.0, *, candidates: bool = True,
                  workers: int = 4) -> list[ProbeResult]:
    """Probe each source (in parallel, one thread per source); results in input order."""
    sources = list(sources)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda s: probe_source(s, timeout, candidates=candidates), sources))


def format_table(results: Sequence[ProbeResult]) -> str:
    """A plain-text report: one block per source."""
    lines = []
    for r in results:
        lines.append(f"{r.source_id}: {'OK' if r.ok else 'PROBLEM'}")
        for host, info in r.robots.items():
            lines.append(f"  robots.txt {host}: {info.get('status') or info.get('error')}"
                         f" crawl-delay={info.get('crawl_delay')}"
                         f" sitemaps={len(info.get('sitemaps') or [])}")
        for p in r.pages:
            moved = f" -> {p.final_url}" if p.final_url and p.final_url != p.url else ""
            flags = (" OFFSITE" if p.offsite_redirect else "") + \
                ("" if p.robots_allowed else " ROBOTS-DISALLOWED")
            lines.append(f"  page {p.url}{moved}: {p.status or p.error} articles="
                         f"{p.article_links} next={'yes' if p.has_next_page else 'no'}{flags}")
        for d in r.documents:
            lines.append(f"  {d.kind} [{d.origin}] {d.url}: {d.status or ''} "
                         f"{d.error or ''} entries={d.entries}".rstrip())
        if r.suggestions:
            lines.append(f"  suggest: {', '.join(sorted(r.suggestions))}")
    return "\n".join(lines)


def write_suggestions(results: Sequence[ProbeResult], path: str) -> int:
    """Write ``{id: {field: value}}`` YAML of the suggested changes; returns their count."""
    import yaml

    data = {r.source_id: r.suggestions for r in results if r.suggestions}
    header = ("# Suggested registry changes from 'cds sources probe'. Review before copying\n"
              "# into seeds/sources.yaml: a live site may differ from what was probed.\n")
    with open(path, "w", encoding="utf-8") as out:
        out.write(header)
        yaml.safe_dump({"suggestions": data}, out, allow_unicode=True, sort_keys=True)
    return len(data)


def run_probe(args: argparse.Namespace) -> int:
    """``cds sources probe``: exit 0 if every probed source is OK, 1 otherwise, 2 on bad ids."""
    from seeds.registry import RegistryError, load_registry

    try:
        registry = load_registry(getattr(args, "file", None))
        ids = [i for value in (args.ids or []) for i in value.split(",") if i]
        sources = registry.select(ids) if ids else registry.enabled()
    except RegistryError as exc:
        print(f"cds sources probe: {exc}", file=sys.stderr)
        return 2
    results = probe_sources(sources, timeout=args.timeout, candidates=not args.no_candidates)
    if getattr(args, "json", False):
        print(json.dumps([{**asdict(r), "ok": r.ok} for r in results], ensure_ascii=False,
                         indent=1))
    else:
        print(format_table(results))
    if args.out:
        count = write_suggestions(results, args.out)
        print(f"{count} source(s) with suggestions written to {args.out}")
    if getattr(args, "write", None):
        from pathlib import Path

        from crawler.registry_patch import write_patch

        count = write_patch(Path(registry.path), sources, results, args.write, args.timeout)
        print(f"{count} registry entr{'y' if count == 1 else 'ies'} changed in {args.write} "
              f"(review, then: patch -p1 < {args.write})")
    return 0 if all(r.ok for r in results) else 1


def add_probe_parser(subparsers: argparse._SubParsersAction,
                     parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
    """Add ``probe [ID…] [--file FILE] [--out FILE] [--timeout S]`` to a sub-parser set."""
    p = subparsers.add_parser(
        "probe", parents=list(parents), help="check sources live and suggest registry changes",
        description="Fetch each source's robots.txt, start pages, feeds and sitemaps; report "
        "redirects, discovered feeds/sitemaps and article links; optionally write suggestions.")
    p.add_argument("ids", nargs="*", metavar="ID", help="source ids (default: enabled sources)")
    if not any(a.dest == "file" for parent in parents for a in parent._actions):
        p.add_argument("--file", metavar="FILE", help="registry file (default: seeds/sources.yaml)")
    p.add_argument("--out", metavar="SUGGESTIONS.yaml", help="write suggested changes here")
    p.add_argument("--write", metavar="PATCH",
                   help="write a registry patch (unified diff with evidence) promoting the "
                   "sections, feeds and sitemaps found")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per request (20)")
    p.add_argument("--no-candidates", action="store_true",
                   help="do not try common feed/sitemap paths (/rss, /sitemap.xml, …)")
    p.set_defaults(func=run_probe, sources_func=run_probe)
    return p

