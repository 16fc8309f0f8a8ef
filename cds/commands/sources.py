"""``cds sources``: list, validate, probe and extend the source registry.

``cds sources [list]`` prints the registry as a table, ``cds sources check`` (alias
``cds sources --check``) prints every error and warning and exits 1 on any error,
``cds sources probe`` checks sources live (:mod:`crawler.probe`) and ``cds sources add URL``
appends an entry for a new site (:mod:`crawler.newsource`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

Handler = Callable[[argparse.Namespace], int]


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted both before and after the sub-command name."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--sources",
        "--file",
        dest="file",
        metavar="FILE",
        default=default,
        help="registry file (default: seeds/sources.yaml); --file is the former name",
    )
    parent.add_argument(
        "--json", action="store_true", default=default or False, help="machine-readable output"
    )
    parent.add_argument(
        "--all", action="store_true", default=default or False, help="include disabled sources"
    )
    return parent


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sources",
        help="list, check, probe and add to the source registry",
        description="List the source registry (default), validate it (check), check sources "
        "live (probe) or add a site from its URL (add).",
        parents=[_common_options(suppress=False)],
    )
    parser.add_argument("--check", action="store_true", help="same as 'cds sources check'")
    parser.set_defaults(func=_main, sources_func=None)
    subs = parser.add_subparsers(dest="sources_command")
    add_subcommand(subs, "list", "show the sources as a table (the default)", run_list)
    add_subcommand(subs, "check", "validate; exit 1 on any error (2: unreadable)", run_check)
    from crawler.probe import add_probe_parser

    add_probe_parser(subs, [_common_options(suppress=True)])
    add = add_subcommand(subs, "add", "probe a site and append an entry for it to the registry",
                         run_add)
    add.description = ("Fetch URL (its page, robots.txt and feeds) and append a registry entry "
                       "for the site: name from og:site_name or the title, id and "
                       "allowed_domains from the host, the feeds that answer, and the evidence "
                       "(what was seen, when). Kind and province are guessed; check them. The "
                       "entry has no confidence: it is 'unverified' until someone reviews it.")
    add.add_argument("url", metavar="URL", help="the site's home page or news section")
    add.add_argument("--id", dest="source_id", metavar="ID", help="default: from the host")
    add.add_argument("--name", help="default: og:site_name or the page title")
    add.add_argument("--kind", choices=("portal", "newspaper", "ministry", "national"),
                     help="default: portal for .gov.vn, else newspaper")
    add.add_argument("--province", help="default: guessed from the host and the name")
    add.add_argument("--dry-run", action="store_true", help="print the entry, write nothing")
    add.add_argument("--timeout", type=float, default=20.0, help="seconds per request (20)")
    add.add_argument("--allow-private", action="store_true",
                     help="the site is on a private/loopback address (a local test site): "
                          "probe it and write 'allow_private: true' into the entry")


def add_subcommand(
    subs: argparse._SubParsersAction, name: str, help_text: str, handler: Handler
) -> argparse.ArgumentParser:
    """Add ``cds sources NAME`` (with --sources/--json/--all) that runs ``handler(args)``."""
    sub = subs.add_parser(name, help=help_text, parents=[_common_options(suppress=True)])
    sub.set_defaults(sources_func=handler)
    return sub


def _main(args: argparse.Namespace) -> int:
    handler = args.sources_func or (run_check if args.check else run_list)
    return handler(args)


def _load(args: argparse.Namespace):
    from seeds.registry import RegistryError, load_registry

    try:
        return load_registry(args.file)
    except RegistryError as exc:
        print(f"cds sources: error: {exc}", file=sys.stderr)
        return None


def run_list(args: argparse.Namespace) -> int:
    """Print the (enabled, or with --all every) valid source."""
    registry = _load(args)
    if registry is None:
        return 2
    sources = registry.sources if args.all else registry.enabled()
    if args.json:
        print(
            json.dumps([s.model_dump(mode="json") for s in sources], ensure_ascii=False, indent=2)
        )
    else:
        _print_table(sources, registry)
    if registry.errors:
        print(
            f"{len(registry.errors)} error(s) in {registry.path}: run 'cds sources check'",
            file=sys.stderr,
        )
    return 0


def _print_table(sources, registry) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{registry.path} ({len(sources)} sources)", title_justify="left")
    for column in (
        "id",
        "kind",
        "province",
        "former",
        "enabled",
        "conf.",
        "start",
        "feeds",
        "maps",
    ):
        justify = "right" if column in ("start", "feeds", "maps") else "left"
        table.add_column(column, justify=justify, no_wrap=column in ("id", "kind", "conf."))
    for s in sources:
        table.add_row(
            s.id,
            s.kind,
            s.province or "—",
            s.former_province or "",
            "yes" if s.enabled else "no",
            s.confidence_label,
            str(len(s.start_urls)),
            str(len(s.feeds)),
            str(len(s.sitemaps)),
        )
    # a pipe or file gets the whole table, a terminal its own width
    Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)


def run_add(args: argparse.Namespace) -> int:
    """Probe ``args.url`` and append an entry; 1 with one line when that cannot be done."""
    from crawler.newsource import AddError, append_entry, draft_entry, entry_yaml, probe_site
    from seeds.registry import default_registry_path

    try:
        facts = probe_site(args.url, timeout=args.timeout, allow_private=args.allow_private)
        entry = draft_entry(facts, source_id=args.source_id, name=args.name, kind=args.kind,
                            province=args.province)
        if args.allow_private:
            entry["allow_private"] = True
        if args.dry_run:
            print(entry_yaml(entry, 0), end="")
            return 0
        path = args.file or default_registry_path()
        added = append_entry(path, entry, comment=f"added by `cds sources add {args.url}`; "
                             "unverified until reviewed (docs/SOURCES.md)")
    except AddError as exc:
        print(f"cds sources add: {exc}", file=sys.stderr)
        return 1
    print(added.strip("\n"))
    if entry["province"] is None:
        print("note: no province found in the host or the name: set `province:` unless the "
              "site is national", file=sys.stderr)
    if facts.robots_allows is False:
        print("note: robots.txt disallows this page for us: the crawl will not fetch it",
              file=sys.stderr)
    print(f"Added {entry['id']!r} to {path}. Check it, then crawl it: "
          f"cds crawl --source {entry['id']}"
          + (f" --sources {path}" if args.file else ""))
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Print every problem of the registry; 1 if there is an error, 2 if it cannot be read,
    else 0."""
    registry = _load(args)
    if registry is None:
        return 2
    if args.json:
        print(
            json.dumps(
                {
                    "path": str(registry.path),
                    "sources": len(registry.sources),
                    "enabled": len(registry.enabled()),
                    "errors": [str(e) for e in registry.errors],
                    "warnings": [str(w) for w in registry.warnings],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for issue in registry.errors:
            print(f"error: {issue}")
        for issue in registry.warnings:
            print(f"warning: {issue}")
        print(
            f"{registry.path}: {len(registry.sources)} valid sources "
            f"({len(registry.enabled())} enabled), {len(registry.errors)} error(s), "
            f"{len(registry.warnings)} warning(s)"
        )
    return 1 if registry.errors else 0
