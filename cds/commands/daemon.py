"""``cds daemon``: the scheduled service (see :mod:`scheduler.daemon`)."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    from cds.database import add_database_option

    p = subparsers.add_parser(
        "daemon", help="crawl every enabled source on its schedule, check health, send alerts",
        description="Run crawls on each source's cron (Asia/Ho_Chi_Minh) as child processes, "
        "record runs, compute source health and deliver alerts. Defaults: CDS_DAEMON_* "
        "settings (scheduler/default_settings.py), overridable by env and by these flags.")
    p.add_argument("--sources", metavar="FILE",
                   help="source registry (default: seeds/sources.yaml)")
    add_database_option(p)
    p.add_argument("--serve-port", type=int, metavar="PORT",
                   help="also serve the status page on 127.0.0.1:PORT (0 = no)")
    p.add_argument("--serve-host", metavar="HOST", help="default 127.0.0.1")
    p.add_argument("--max-parallel", type=int, metavar="N", help="crawls at once")
    p.add_argument("--crawl-timeout", type=float, metavar="SECONDS", help="hard limit per crawl")
    p.add_argument("--default-schedule", metavar="CRON",
                   help="for sources without a schedule (5 fields, or 6 with seconds first)")
    p.add_argument("--interval-seconds", type=float, metavar="N",
                   help="run every source every N seconds instead of its cron (tests, demos)")
    p.add_argument("--dump-schedule", metavar="CRON", help="also dump the dataset on this cron")
    p.add_argument("--dump-output", metavar="PATH",
                   help="where the scheduled dump goes: a fixed file, replaced each time, or a "
                   "template such as 'out/cds-%%(time)s.jsonl' (also %%(date)s; UTC), a new "
                   "file each time")
    p.add_argument("--dump-format", choices=("jsonl", "csv", "parquet"), type=str.lower)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cds.database import ArchiveError, database_url, open_archive
    from scheduler.daemon import Daemon, DaemonConfig, make_trigger
    from scheduler.lock import AlreadyRunning
    from seeds.registry import RegistryError

    if args.dump_schedule and not args.dump_output:
        print("cds daemon: error: --dump-schedule needs --dump-output", file=sys.stderr)
        return 2

    def config(url: str) -> DaemonConfig:
        return DaemonConfig.from_settings(
            url, sources_file=args.sources,
            serve_port=args.serve_port, serve_host=args.serve_host,
            max_parallel=args.max_parallel, crawl_timeout=args.crawl_timeout,
            default_schedule=args.default_schedule, interval_seconds=args.interval_seconds,
            dump_schedule=args.dump_schedule, dump_output=args.dump_output,
            dump_format=args.dump_format)

    # usage errors first: nothing is created (not even a new archive file) for a bad command
    cfg = config(database_url(args.database))
    if problem := _bad_number(cfg):
        print(f"cds daemon: error: {problem}", file=sys.stderr)
        return 2
    for cron in filter(None, (cfg.default_schedule, cfg.dump_schedule)):
        try:
            make_trigger(cron, cfg.timezone)
        except ValueError as exc:
            print(f"cds daemon: error: bad schedule {cron!r}: {exc}", file=sys.stderr)
            return 2
    try:  # reachable and migrated before anything starts (created if a new SQLite file)
        archive = open_archive(args.database, create=True)
    except ArchiveError as exc:
        return exc.report("cds daemon")
    cfg = config(archive.url)
    if cfg.dump_output is not None:
        from cds.dump_output import DumpError, check_output

        try:  # the same checks as `cds dump`, before anything is scheduled
            check_output(cfg.database_url, cfg.dump_output, cfg.dump_format)
        except DumpError as exc:
            print(f"cds daemon: error: --dump-output: {exc}", file=sys.stderr)
            return 2
    try:
        return Daemon(cfg).run()
    except AlreadyRunning as exc:
        print(f"cds daemon: {exc}", file=sys.stderr)
        return 3
    except RegistryError as exc:
        print(f"cds daemon: error: {exc}", file=sys.stderr)
        return 2


#: Numeric settings: (config field, flag or None, setting, lowest allowed, strict, meaning).
_NUMBERS = (
    ("max_parallel", "--max-parallel", "CDS_DAEMON_MAX_PARALLEL", 1, False, "crawls at once"),
    ("interval_seconds", "--interval-seconds", "CDS_DAEMON_INTERVAL_SECONDS", 0, False,
     "0 = each source's cron"),
    ("crawl_timeout", "--crawl-timeout", "CDS_DAEMON_CRAWL_TIMEOUT", 0, True, "seconds"),
    ("shutdown_grace", None, "CDS_DAEMON_SHUTDOWN_GRACE", 0, False, "seconds"),
    ("kill_grace", None, "CDS_DAEMON_KILL_GRACE", 0, False, "seconds"),
)


def _bad_number(cfg) -> str | None:
    """One line naming the first out-of-range number (flag or setting), else None."""
    for name, flag, setting, low, strict, meaning in _NUMBERS:
        value = getattr(cfg, name)
        ok = value > low if strict else value >= low  # False for NaN too
        if not ok:
            where = f"{flag} (or {setting})" if flag else setting
            return (f"{where} must be {'>' if strict else '>='} {low} ({meaning}), "
                    f"got {value:g}")
    return None
