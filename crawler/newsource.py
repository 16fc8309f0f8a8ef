"""``cds sources add URL``: a registry entry for a site, from what its page says.

:func:`probe_site` fetches the page (following redirects: a domain move shows in the final URL),
its robots.txt and the feeds it announces (``<link rel="alternate">``) or has at common paths
(``/rss``, ``/feed``, …), keeping those that parse with entries. :func:`draft_entry` turns that
into an entry: the name from ``og:site_name`` (else the title), the id and ``allowed_domains``
from the host, the kind and province guessed from the host and the name, the evidence stating
what was seen where and when. :func:`append_entry` appends it to a registry file as text
(comments and layout of the file are kept) after checking that the result still loads and the
new entry validates.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml
from parsel import Selector
from protego import Protego

from crawler.discovery import feed_links, parse_feed
from crawler.egress import netloc_key
from crawler.probe import COMMON_FEEDS, fetch, probe_user_agent

#: Host labels that say nothing about the site (public suffixes, "www").
_GENERIC_LABELS = {"www", "vn", "com", "org", "net", "gov", "edu", "info", "int", "ac"}


class AddError(Exception):
    """The entry cannot be made or written: the message is one line for the user."""


@dataclass
class SiteFacts:
    """What :func:`probe_site` saw."""

    url: str
    final_url: str
    status: int
    title: str | None = None
    site_name: str | None = None
    feeds: dict[str, int] = field(default_factory=dict)  # feed URL -> entries
    robots_allows: bool | None = None
    seen_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def host(self) -> str:
        host = (urlsplit(self.final_url).hostname or "").lower()
        return host[4:] if host.startswith("www.") else host


def _text(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(unicodedata.normalize("NFC", value).split())
    return value or None


def probe_site(url: str, timeout: float = 20.0, *, candidates: bool = True,
               allow_private: bool = False) -> SiteFacts:
    """Fetch ``url``, its robots.txt and its feeds. Raises :class:`AddError` when the page
    does not answer 200. Private addresses are refused (crawler/egress.py) unless
    ``allow_private``, and then only at the host and port of ``url``."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddError(f"not an http(s) URL: {url!r}")
    allowed = {netloc_key(url.strip())} if allow_private else set()
    got = fetch(url.strip(), timeout, allowed)
    if not got.ok:
        raise AddError(f"{url} did not answer: {got.error or f'HTTP {got.status}'}")
    final = got.final_url or url
    sel = Selector(text=got.body.decode("utf-8", "replace"))
    facts = SiteFacts(url, final, got.status or 200,
                      title=_text(sel.xpath("//title/text()").get()),
                      site_name=_text(sel.xpath(
                          "//meta[@property='og:site_name']/@content").get()))
    parts = urlsplit(final)
    origin = f"{parts.scheme}://{parts.netloc}"
    robots = fetch(f"{origin}/robots.txt", timeout, allowed)
    if robots.ok:
        facts.robots_allows = Protego.parse(robots.body.decode("utf-8", "replace")).can_fetch(
            final, probe_user_agent())
    wanted = feed_links(sel, final)
    if candidates:
        wanted += [urljoin(origin, path) for path in COMMON_FEEDS]
    for feed in dict.fromkeys(wanted):
        if (urlsplit(feed).hostname or "").lower() != (parts.hostname or "").lower():
            continue
        answer = fetch(feed, timeout, allowed)
        entries = parse_feed(answer.body, answer.final_url or feed) if answer.ok else None
        if entries:
            facts.feeds[feed] = len(entries)
    return facts


def guess_id(host: str, name: str | None) -> str:
    """``baodaklak.vn`` → ``baodaklak``; ``phuyen.baodaklak.vn`` → ``phuyen-baodaklak``; an IP
    address: the name, folded (``Báo Đắk Lắk`` → ``bao-dak-lak``)."""
    labels = [label for label in host.split(".") if label not in _GENERIC_LABELS]
    if labels and not all(label.isdigit() for label in labels):
        return "-".join(re.sub(r"[^a-z0-9_-]+", "-", label) for label in labels).strip("-")
    return _fold(name or host).replace(" ", "-") or "source"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def guess_province(host: str, name: str | None) -> tuple[str | None, str | None]:
    """(current province, former province) named by the host (``daklak.gov.vn``,
    ``phuyen.baodaklak.vn``) or by the site's name (``Báo Đắk Lắk``); (None, None) if none."""
    from seeds.provinces import UnknownProvinceError, resolve_province

    candidates = [label for label in host.split(".") if label not in _GENERIC_LABELS]
    words = _fold(name or "").split()
    for size in (4, 3, 2, 1):  # longest names first: "Bà Rịa Vũng Tàu" before "Bà"
        candidates += [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    for candidate in candidates:
        if len(candidate) < 3 or candidate.isdigit():
            continue
        try:
            match = resolve_province(candidate)
        except UnknownProvinceError:
            continue
        return match.current, match.former
    return None, None


def guess_kind(host: str, name: str | None) -> str:
    """``ministry`` for a ministry's site ("Bộ …"), ``portal`` for another government site
    (.gov.vn, "Cổng thông tin …"), else ``newspaper``."""
    folded = _fold(name or "")
    for prefix in ("cong thong tin dien tu ", "cong thong tin ", "cong ttdt "):
        folded = folded.removeprefix(prefix)
    if folded.startswith("bo ") and (host.endswith(".gov.vn") or name and "Bộ" in name):
        return "ministry"
    government = host.endswith(".gov.vn") or _fold(name or "").startswith(("cong thong tin",
                                                                           "cong ttdt"))
    return "portal" if government else "newspaper"


def site_name(facts: SiteFacts) -> str:
    """``og:site_name``, else the title's first part (``Trang chủ - Báo X`` keeps the longer
    part), else the host."""
    if facts.site_name:
        return facts.site_name
    if facts.title:
        parts = [p.strip() for p in re.split(r"\s+[-|–—]\s+", facts.title) if p.strip()]
        return max(parts, key=len) if len(facts.title) > 80 else facts.title
    return facts.host


def draft_entry(facts: SiteFacts, *, source_id: str | None = None, name: str | None = None,
                kind: str | None = None, province: str | None = None) -> dict[str, Any]:
    """A registry entry (plain data, fields in the registry's order) for the probed site."""
    name = name or site_name(facts)
    current, former = (province, None) if province else guess_province(facts.host, name)
    seen = facts.seen_at.strftime("%Y-%m-%d")
    said = f"og:site_name “{facts.site_name}”" if facts.site_name else (
        f"title “{facts.title}”" if facts.title else "no title")
    evidence = f"{facts.final_url} answered HTTP {facts.status} on {seen} with {said}"
    if facts.final_url != facts.url:
        evidence += f", redirected from {facts.url}"
    if facts.feeds:
        evidence += "; feeds with entries: " + ", ".join(
            f"{url} ({n})" for url, n in facts.feeds.items())
    else:
        evidence += "; no feed found"
    if facts.robots_allows is False:
        evidence += "; robots.txt disallows the start page"
    entry: dict[str, Any] = {
        "id": source_id or guess_id(facts.host, name),
        "name": name,
        "kind": kind or guess_kind(facts.host, name),
        "province": current,
    }
    if former:
        entry["former_province"] = former
    entry["allowed_domains"] = [facts.host]
    entry["start_urls"] = [facts.final_url]
    if facts.feeds:
        entry["feeds"] = list(facts.feeds)
    entry["evidence"] = f"{evidence} (probed by cds sources add)."
    return entry


def entry_yaml(entry: dict[str, Any], indent: int = 2) -> str:
    """``entry`` as a YAML list item indented by ``indent`` spaces."""
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=96,
                          default_flow_style=None)  # lists of plain values in flow style
    return "".join(" " * indent + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


def _item_indent(text: str) -> int:
    """The indentation of the items of the top-level ``sources:`` list (2 if none yet)."""
    match = re.search(r"^sources:[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*([ \t]*)- ", text, re.M)
    return len(match.group(1)) if match else 2


def append_entry(path: str | Path, entry: dict[str, Any], *, comment: str = "") -> str:
    """Append ``entry`` to the registry at ``path``; returns the text added.

    The file is rewritten only if the result loads with the new entry as a valid source and no
    new error (else :class:`AddError`, the file untouched).
    """
    from seeds.registry import RegistryError, load_registry

    path = Path(path)
    try:
        before = load_registry(path)
    except RegistryError as exc:
        raise AddError(str(exc)) from None
    if entry["id"] in before or any(e.source_id == entry["id"] for e in before.errors):
        raise AddError(f"id {entry['id']!r} is already in {path}: choose another with --id")
    for source in before.sources:
        if entry["allowed_domains"][0] in source.allowed_domains:
            raise AddError(f"{entry['allowed_domains'][0]} is already watched by source "
                           f"{source.id!r} in {path}")
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^sources:[ \t]*\[\][ \t]*$", "sources:", text, count=1, flags=re.M)
    block = ("" if text.endswith("\n") else "\n") + "\n" + (
        f"{' ' * _item_indent(text)}# {comment}\n" if comment else "") + entry_yaml(
        entry, _item_indent(text))
    candidate = path.with_name(f".{path.name}.new")
    candidate.write_text(text + block, encoding="utf-8")
    try:
        after = load_registry(candidate)
        new_errors = [e for e in after.errors if e.source_id == entry["id"]]
        if new_errors or entry["id"] not in after or len(after.errors) > len(before.errors):
            why = "; ".join(str(e) for e in new_errors) or "the file did not take the entry"
            raise AddError(f"the entry does not validate in {path}: {why}")
        candidate.replace(path)
    except RegistryError as exc:
        raise AddError(f"{path} cannot take the entry: {exc}") from None
    finally:
        candidate.unlink(missing_ok=True)
    return block
