"""``cds serve``: the read-only status web service (see :mod:`scheduler.web`)."""

from __future__ import annotations

import argparse

from cds.database import add_database_option


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve", help="serve the archive explorer, the status page, /metrics, feeds, /healthz",
        description="Read-only HTTP service: /explore (search, facets, articles, charts), "
        "/api/articles (JSON, OpenAPI at /api/openapi.json), /feed.atom?<filters>, / (sources "
        "and a chart of new articles per day per province), /metrics (Prometheus), /healthz. "
        "The schema is migrated once at start (search index included); pages never write.",
        epilog="exit codes: 1 the archive cannot be read or the port is in use; 2 bad --host, "
        "--port or --sources")
    p.add_argument("--host", help="default CDS_SERVE_HOST (127.0.0.1)")
    p.add_argument("--port", type=int, help="default CDS_SERVE_PORT (8700)")
    p.add_argument("--sources", metavar="FILE",
                   help="source registry (default: seeds/sources.yaml)")
    add_database_option(p)
    p.set_defaults(func=run)


def address_error(host: str, port: int, option: str = "--port") -> str | None:
    """Why ``host``:``port`` cannot be listened on, before trying: a port out of range or a
    host name that does not resolve (None when both look usable)."""
    import socket

    if not 0 <= port <= 65535:
        return f"{option} {port}: not a port number (0-65535)"
    try:
        socket.getaddrinfo(host, port, family=socket.AF_INET, type=socket.SOCK_STREAM,
                           flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return f"--host {host}: not an address to listen on ({reason})"
    return None


def listen_error(host: str, port: int, exc: OSError,
                 command: str = "cds serve") -> tuple[str, int]:
    """One line for a failed bind and its exit code: 1 when the port is taken, else 2."""
    import errno

    if exc.errno == errno.EADDRINUSE:
        return f"port {port} is in use (another {command}?) — choose --port", 1
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"--host {host}: not an address of this machine", 2
    if exc.errno == errno.EACCES:
        return f"port {port}: permission denied (ports below 1024 need privileges)", 2
    return f"cannot listen on {host}:{port}: {exc.strerror or exc}", 1


def run(args: argparse.Namespace) -> int:
    import logging
    import sys

    from cds.database import ArchiveError, open_archive
    from cds.registry_option import registry_error
    from scheduler.conf import setting
    from scheduler.web import StatusServer

    if args.sources and registry_error(args.sources, "cds serve"):
        return 2
    try:
        host, port = setting("CDS_SERVE_HOST", args.host), setting("CDS_SERVE_PORT", args.port)
    except ValueError as exc:
        print(f"cds serve: CDS_SERVE_PORT: not a number ({exc})", file=sys.stderr)
        return 2
    if problem := address_error(host, port):
        print(f"cds serve: {problem}", file=sys.stderr)
        return 2
    try:
        archive = open_archive(args.database)
    except ArchiveError as exc:
        return exc.report("cds serve")
    try:
        server = StatusServer(host, port, archive.url, args.sources)
    except OverflowError:  # not caught by address_error on some platform: still a bad port
        print(f"cds serve: --port {port}: not a port number (0-65535)", file=sys.stderr)
        return 2
    except OSError as exc:
        message, code = listen_error(host, port, exc)
        print(f"cds serve: {message}", file=sys.stderr)
        return code
    host, port = server.server_address[:2]
    logging.getLogger("cds.serve").info("explorer on http://%s:%d/explore, status on /", host, port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
