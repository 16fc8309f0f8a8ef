"""``cds sources probe --write PATCH``: promote what a live probe discovered into the registry.

For each probed source: sections named in the lexicon on its start pages (with the number of
article links each lists), feeds (``<link rel=alternate>``, RSS index pages), sitemaps
(robots.txt, the usual paths) and one sample article through extraction. The changes are written
as a unified diff of the registry file (``patch -p1 < PATCH`` applies it) for an operator to
review: each changed entry gains the new start URLs, feeds and sitemaps and a dated line of
``evidence`` saying what was seen where. Nothing is changed when nothing new was found.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from parsel import Selector

from crawler.discovery import article_links, parse_feed
from crawler.discovery.rss_index import pick_feeds, rss_index_links
from crawler.discovery.sections import find_sections
from crawler.egress import source_netlocs
from crawler.probe import ProbeResult, fetch
from crawler.urls import source_aliases


@dataclass
class Discovery:
    """What the discovery part of a probe found for one source."""

    source_id: str
    sections: list[tuple[str, str, int]] = field(default_factory=list)  # url, text, links
    feeds: list[tuple[str, str, int]] = field(default_factory=list)  # url, why, entries
    sitemaps: list[tuple[str, str, int]] = field(default_factory=list)  # url, origin, entries
    sample: dict[str, Any] | None = None


def discover(source: Any, probe: ProbeResult, timeout: float = 20.0) -> Discovery:
    """Sections, RSS-index feeds and a sample article of one source (probe: its probe)."""
    from crawler.extraction import extract_article

    found = Discovery(source.id)
    aliases = source_aliases(source)
    domains = [*source.allowed_domains, *aliases, *aliases.values()]
    pattern = getattr(source, "article_url_pattern", None)
    samples: list[str] = []
    # the probe's egress policy: private addresses only where the entry opts in
    allowed = source_netlocs(source) if getattr(source, "allow_private", False) else set()
    for url in source.start_urls:
        got = fetch(url, timeout, allowed)
        if not got.ok:
            continue
        base = got.final_url or url
        sel = Selector(text=got.body.decode("utf-8", "replace"))
        for section in find_sections(sel, base, domains):
            page = fetch(section.url, timeout, allowed)
            links = article_links(Selector(text=page.body.decode("utf-8", "replace")),
                                  page.final_url or section.url, domains, pattern) \
                if page.ok else []
            if links:
                found.sections.append((section.url, section.text, len(links)))
                samples += [link.url for link in links[:2]]
        for index in rss_index_links(sel, base, domains)[:2]:
            page = fetch(index, timeout, allowed)
            if not page.ok:
                continue
            for feed, why in pick_feeds(page.body.decode("utf-8", "replace"),
                                        page.final_url or index, domains):
                body = fetch(feed, timeout, allowed)
                entries = parse_feed(body.body, feed) if body.ok else None
                if entries:
                    found.feeds.append((feed, f"RSS index {index} ({why})", len(entries)))
        samples += [link.url for link in article_links(sel, base, domains, pattern)[:1]]
    for doc in probe.documents:
        if doc.ok and doc.entries:
            target = found.feeds if doc.kind == "feed" else found.sitemaps
            if doc.url not in [u for u, _, _ in target]:
                target.append((doc.url, doc.origin, doc.entries))
    for url in dict.fromkeys(samples):
        got = fetch(url, timeout, allowed)
        if not got.ok:
            continue
        result = extract_article(got.body, got.final_url or url,
                                 rules=getattr(source, "extraction", None))
        if result.is_article:
            found.sample = {"url": url, "title": result.title,
                            "published_at": result.published_at.isoformat()
                            if result.published_at else None}
            break
    return found


def updated_entry(entry: dict[str, Any], found: Discovery, today: str) -> dict[str, Any] | None:
    """The registry entry with the discoveries added (None when nothing new)."""
    starts = list(entry.get("start_urls") or [])
    feeds = list(entry.get("feeds") or [])
    maps = list(entry.get("sitemaps") or [])
    notes = []
    new_sections = [s for s in found.sections if s[0] not in starts]
    for url, text, links in new_sections:
        notes.append(f"section '{text}' {url} linked from the start page menu ({links} "
                     f"article links)")
    for url, why, entries in found.feeds:
        if url not in feeds:
            feeds.append(url)
            notes.append(f"feed {url} ({why}, {entries} entries)")
    for url, origin, entries in found.sitemaps:
        if url not in maps:
            maps.append(url)
            notes.append(f"sitemap {url} ({origin}, {entries} entries)")
    if not notes:
        return None
    if found.sample:
        notes.append(f"sample article {found.sample['url']} extracted: "
                     f"'{found.sample['title']}' published {found.sample['published_at']}")
    out = dict(entry)
    out["start_urls"] = [u for u, _, _ in new_sections] + starts
    out["feeds"], out["sitemaps"] = feeds, maps
    line = f"probe {today}: " + "; ".join(notes)
    out["evidence"] = f"{entry['evidence']}. {line}" if entry.get("evidence") else line
    return out


class _NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


_ENTRY_RE = re.compile(r"^(?P<indent>[ ]*)- id:\s*['\"]?(?P<id>[A-Za-z0-9_-]+)")


def entry_blocks(lines: list[str]) -> dict[str, tuple[int, int, str]]:
    """``{id: (first line, end line, indent)}`` of the entries of a registry text."""
    blocks: dict[str, tuple[int, int, str]] = {}
    starts = [(i, m) for i, line in enumerate(lines) if (m := _ENTRY_RE.match(line))]
    for n, (i, m) in enumerate(starts):
        indent = m.group("indent")
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        for j in range(i + 1, end):  # a less indented key ends the list (or a comment block)
            text = lines[j]
            if text.strip() and not text.startswith(indent + " ") and \
                    not text.startswith(indent + "-"):
                end = j
                break
        while end > i + 1 and (not lines[end - 1].strip()
                               or lines[end - 1].lstrip().startswith("#")):
            end -= 1
        blocks[m.group("id")] = (i, end, indent)
    return blocks


def registry_diff(path: Path, changes: dict[str, dict[str, Any]], label: str) -> str:
    """A unified diff (``a/LABEL``/``b/LABEL``) replacing the changed entries' blocks."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    blocks = entry_blocks(lines)
    new = list(lines)
    for sid, (first, end, indent) in sorted(blocks.items(), key=lambda b: -b[1][0]):
        if sid not in changes:
            continue
        dumped = yaml.dump([changes[sid]], Dumper=_NoAlias, allow_unicode=True,
                           sort_keys=False, width=96)
        new[first:end] = [indent + row + "\n" if row else "\n"
                          for row in dumped.rstrip("\n").split("\n")]
    return "".join(difflib.unified_diff(lines, new, f"a/{label}", f"b/{label}"))


def write_patch(registry_path: Path, sources: list[Any], probes: list[ProbeResult], out: str,
                timeout: float = 20.0) -> int:
    """Probe discoveries of ``sources`` as a diff of ``registry_path`` into ``out``; returns
    how many entries change."""
    raw = yaml.safe_load(registry_path.read_text(encoding="utf-8")) or {}
    entries = {e.get("id"): e for e in raw.get("sources") or [] if isinstance(e, dict)}
    today = datetime.now(UTC).date().isoformat()
    changes = {}
    for source, probe in zip(sources, probes, strict=True):
        entry = entries.get(source.id)
        if entry is None:
            continue
        new = updated_entry(entry, discover(source, probe, timeout), today)
        if new is not None:
            changes[source.id] = new
    where = Path.cwd().resolve()
    try:
        label = str(registry_path.resolve().relative_to(where))
    except ValueError:
        label, where = registry_path.name, registry_path.resolve().parent
    diff = registry_diff(registry_path, changes, label)
    header = (f"# Registry patch from 'cds sources probe --write' ({today}): review each change "
              f"and its evidence,\n# then apply in {where} with: patch -p1 < PATCH\n")
    Path(out).write_text(header + diff if diff else header, encoding="utf-8")
    return len(changes)
