"""``cds demo``: the whole pipeline, offline, against the bundled replica of the sites."""

from __future__ import annotations

import argparse
import contextlib
import json
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path

DATABASE_FILE = "demo.db"
REGISTRY_FILE = "demo-sources.yaml"
#: the replica ports of the last demo (reused by --keep-database, so its URLs stay the same)
PORTS_FILE = "demo-ports.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run replica → crawl → SQLite → JSONL dump offline and summarise",
        description="Start the offline replica, crawl it into a fresh SQLite database, dump the "
        "archive to JSONL and print what was found.",
    )
    parser.add_argument("--output", default=None, help="dump path (default data/demo.jsonl)")
    parser.add_argument("--scale", type=int, default=0, help="generated articles to add")
    parser.add_argument("--keep-database", action="store_true",
                        help="reuse data/demo.db instead of starting fresh")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cds import config
    from cds.dump import dump
    from cds.replica import Replica
    from crawler.process import crawl_argv, crawl_env

    data = config.data_dir()
    output = Path(args.output) if args.output else data / "demo.jsonl"
    db_path = data / DATABASE_FILE
    if not args.keep_database:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    database_url = f"sqlite:///{db_path.resolve()}"
    stats_file = data / "demo-stats.json"

    ports_file = data / PORTS_FILE
    ports = {}
    if args.keep_database:  # the same URLs as the kept archive's, where the ports are free
        with contextlib.suppress(OSError, ValueError):
            ports = {str(k): int(v) for k, v in json.loads(ports_file.read_text()).items()}
    with Replica(scale=args.scale, ports=ports) as replica:
        data.mkdir(parents=True, exist_ok=True)
        ports_file.write_text(json.dumps({sid: site.port for sid, site in replica.sites.items()}))
        if ports and any(ports.get(sid) != site.port for sid, site in replica.sites.items()):
            print("note: some replica ports were taken, so those sites have new URLs: the kept "
                  "archive's articles of them count as new", file=sys.stderr)
        registry = replica.write_registry(data / REGISTRY_FILE)
        print(f"Replica: {len(replica.sites)} sites on "
              + ", ".join(site.base_url for site in replica.sites.values()))
        argv = crawl_argv(
            sources_file=registry,
            database_url=database_url,
            settings={"CDS_STATS_FILE": stats_file, "LOG_LEVEL": "WARNING",
                      "DOWNLOAD_TIMEOUT": 5},
        )
        print("Crawling:", " ".join(argv[1:]))
        code = subprocess.run(argv, env=crawl_env(), check=False).returncode
        if code != 0:
            print(f"crawl failed with exit code {code}", file=sys.stderr)
            return code
        truth = replica.truth()

    result = dump(database_url, output, fmt="jsonl", include_duplicates=True)
    _summarise(output, truth, stats_file)
    print(f"Dump: {output} ({result.records} records) and {output}.manifest.json")
    print(next_steps(db_path, data / REGISTRY_FILE))
    return 0


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when inside it, quoted for a shell."""
    path = path.resolve()
    with contextlib.suppress(ValueError):
        path = path.relative_to(Path.cwd())
    return shlex.quote(str(path))


def next_steps(db_path: Path, registry: Path) -> str:
    """The commands that show the demo's archive (printed at the end of the demo)."""
    db, reg = _shown(db_path), _shown(registry)
    steps = [
        (f"cds status --database {db} --sources {reg}",
         "health and articles of each demo source"),
        (f"cds dump --database {db} --output {_shown(db_path.with_name('demo.csv'))}",
         "the archive as CSV"),
        (f"cds serve --database {db} --sources {reg}",
         "the status page on http://127.0.0.1:8700/"),
    ]
    width = max(len(command) for command, _ in steps)
    lines = [f"\nNext, look at the demo's archive ({db}):"]
    if activate := _activate_hint():
        lines.append(f"  {activate:<{width}}  # puts cds on your PATH in this shell")
    lines += [f"  {command:<{width}}  # {what}" for command, what in steps]
    return "\n".join(lines)


def _activate_hint() -> str | None:
    """``source .venv/bin/activate`` when this ``cds`` is not the one the shell would run."""
    import shutil
    import sys

    bin_dir = Path(sys.executable).parent
    found = shutil.which("cds")
    if found and Path(found).parent.resolve() == bin_dir.resolve():
        return None
    activate = bin_dir / "activate"
    return f"source {_shown(activate)}" if activate.exists() else None


def demo_status_command() -> str | None:
    """``cds status`` on the demo's archive, if a demo ran in this data directory."""
    from cds import config

    data = config.data_dir()
    if not (data / DATABASE_FILE).exists() or not (data / REGISTRY_FILE).exists():
        return None
    return (f"cds status --database {_shown(data / DATABASE_FILE)} "
            f"--sources {_shown(data / REGISTRY_FILE)}")


def _summarise(output: Path, truth: list[dict], stats_file: Path) -> None:
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    originals = [r for r in records if not r["duplicate_of"]]
    expected = {t["url"] for t in truth if t["published"] and t["relevant"]}
    found = {r["url"] for r in records}
    copies = len(records) - len(originals)
    print(f"\nStored {len(records)} CĐS articles: {len(originals)} stories and {copies} "
          f"syndicated {'copy' if copies == 1 else 'copies'} linked to the original.")
    print(f"Replica truth: {len(expected & found)} of {len(expected)} relevant published "
          f"articles found; {len(found - expected)} stored that the truth calls off-topic.")
    stories = Counter(r["source"] for r in originals)
    copies_of = Counter(r["source"] for r in records if r["duplicate_of"])
    for source in sorted(stories.keys() | copies_of.keys()):
        extra = f" (+{copies_of[source]} syndicated)" if copies_of[source] else ""
        print(f"  {source:<20} {stories[source]:>3} stories{extra}")
    topics = Counter(t for r in records for t in r["topics"])
    print("Most frequent topics: " + ", ".join(f"{t} ({n})" for t, n in topics.most_common(6)))
    if stats_file.exists():
        stats = json.loads(stats_file.read_text(encoding="utf-8"))
        totals = Counter()
        for key, value in stats.items():
            parts = key.split("/")
            if len(parts) == 4 and parts[:2] == ["cds", "source"] and isinstance(value, int):
                totals[parts[3]] += value
        print(f"Crawl: {stats.get('downloader/request_count', 0)} requests; "
              + ", ".join(f"{name} {totals[name]}" for name in
                          ("discovered", "fetched", "stored", "duplicates", "off_topic",
                           "not_modified", "failed")))
