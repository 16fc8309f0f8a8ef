"""What earlier crawls left to the next one, for ``cds status``: hosts paused by a long
``Retry-After`` (``host_pauses``) and requests deferred per source (``deferred_requests``)."""

from __future__ import annotations

from typing import Any


def carried(database_url: str) -> dict[str, Any]:
    """``{"paused": [{host, source_id, until, http_status}], "deferred": {source id: count}}``
    (pauses that have not ended)."""
    from sqlalchemy import func, select

    from pipelines.db import session_scope
    from pipelines.schema import DeferredRequest, HostPause, utcnow

    with session_scope(database_url) as session:
        pauses = session.execute(select(HostPause).where(HostPause.until > utcnow())
                                 .order_by(HostPause.until)).scalars()
        paused = [{"host": p.host, "source_id": p.source_id, "until": p.until.isoformat(),
                   "http_status": p.http_status} for p in pauses]
        deferred = dict(session.execute(
            select(DeferredRequest.source_id, func.count())
            .group_by(DeferredRequest.source_id)).all())
    return {"paused": paused, "deferred": deferred}


def for_source(found: dict[str, Any], source_id: str) -> dict[str, Any]:
    """The paused hosts and deferred-request count of one source (``cds status --json``)."""
    return {"paused_hosts": [p for p in found["paused"] if p["source_id"] == source_id],
            "deferred_requests": found["deferred"].get(source_id, 0)}


def print_carried(found: dict[str, Any]) -> None:
    """Lines under the ``cds status`` table (nothing when nothing is carried)."""
    for p in found["paused"]:
        print(f"host {p['host']} paused until {p['until'][:16].replace('T', ' ')} UTC "
              f"(Retry-After on HTTP {p['http_status']}; source {p['source_id'] or '—'})")
    for source_id, count in sorted(found["deferred"].items()):
        print(f"source {source_id}: {count} request(s) left to the next run "
              "(budget spent or host paused)")
