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
        "The schema is migrated once at start (search index included); pages never write.")
    p.add_argument("--host", help="default CDS_SERVE_HOST (127.0.0.1)")
    p.add_argument("--port", type=int, help="default CDS_SERVE_PORT (8700)")
    p.add_argument("--sources", metavar="FILE",
                   help="source registry (default: seeds/sources.yaml)")
    add_database_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import logging

    from cds.database import ArchiveError, open_archive
    from scheduler.conf import setting
    from scheduler.web import StatusServer

    try:
        archive = open_archive(args.database)
    except ArchiveError as exc:
        return exc.report("cds serve")
    server = StatusServer(setting("CDS_SERVE_HOST", args.host),
                          setting("CDS_SERVE_PORT", args.port), archive.url, args.sources)
    host, port = server.server_address[:2]
    logging.getLogger("cds.serve").info("explorer on http://%s:%d/explore, status on /", host, port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
