"""``cds serve``: the read-only status web service (see :mod:`scheduler.web`)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve", help="serve the status page, /metrics, /feed.atom and /healthz",
        description="Read-only HTTP service: / (sources and a chart of new articles per day "
        "per province), /metrics (Prometheus), /feed.atom, /healthz.")
    p.add_argument("--host", help="default CDS_SERVE_HOST (127.0.0.1)")
    p.add_argument("--port", type=int, help="default CDS_SERVE_PORT (8700)")
    p.add_argument("--sources", metavar="FILE",
                   help="source registry (default: seeds/sources.yaml)")
    p.add_argument("--database-url", metavar="URL", help="default: CDS_DATABASE_URL")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import logging

    from cds.config import database_url
    from scheduler.conf import setting
    from scheduler.web import StatusServer

    server = StatusServer(setting("CDS_SERVE_HOST", args.host),
                          setting("CDS_SERVE_PORT", args.port),
                          args.database_url or database_url(), args.sources)
    host, port = server.server_address[:2]
    logging.getLogger("cds.serve").info("status service on http://%s:%d/", host, port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
