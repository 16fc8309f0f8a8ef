"""What discovery found per source (``discovered_entries``), for ``cds status``."""

from __future__ import annotations

from typing import Any


def discovered(database_url: str) -> dict[str, list[dict[str, Any]]]:
    """``{source id: [{url, kind, status, label, moved_to, last_productive_at, …}]}``: the
    sections, feeds, sitemaps and RSS index pages found (well-known paths found absent and
    the start pages left out)."""
    from sqlalchemy import select

    from pipelines.db import session_scope
    from pipelines.schema import DiscoveredEntry as D

    out: dict[str, list[dict[str, Any]]] = {}
    with session_scope(database_url) as session:
        rows = session.execute(select(D).where(D.kind != "start")
                               .order_by(D.source_id, D.kind, D.url)).scalars()
        for r in rows:
            if r.kind == "wellknown" and r.status == "absent":
                continue
            out.setdefault(r.source_id, []).append({
                "url": r.url, "kind": "sitemap" if r.kind == "wellknown" else r.kind,
                "status": r.status, "label": r.label, "moved_to": r.moved_to,
                "last_checked_at": r.last_checked_at.isoformat() if r.last_checked_at else None,
                "last_productive_at": (r.last_productive_at.isoformat()
                                       if r.last_productive_at else None)})
    return out


def print_discovered(found: dict[str, list[dict[str, Any]]], width: int | None) -> None:
    """A second table under ``cds status``: the sections found per source (others counted)."""
    from rich.table import Table

    from cds.tables import print_table

    if not found:
        return
    table = Table(title="discovered entry points", title_justify="left", box=None,
                  header_style="bold", pad_edge=False)
    for name in ("source", "sections found", "feeds", "sitemaps", "last productive"):
        table.add_column(name)
    for source_id, rows in found.items():
        sections = [r for r in rows if r["kind"] == "section"]
        shown = []
        for r in sections:
            text = f"{r['label'] or ''} {r['url']}".strip()
            if r["status"] != "found":
                text += f" ({r['status']}" + (f" → {r['moved_to']})" if r["moved_to"] else ")")
            shown.append(text)
        productive = max((r["last_productive_at"] or "" for r in sections), default="")
        count = {k: sum(1 for r in rows if r["kind"] == k and r["status"] == "found")
                 for k in ("feed", "sitemap")}
        table.add_row(source_id, "\n".join(shown) or "—", str(count["feed"]),
                      str(count["sitemap"]), productive[:16].replace("T", " ") or "—")
    print_table(table, width)
