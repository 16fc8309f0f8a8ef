"""How many pages wait for re-extraction (``cds status``): rejected by another extractor or
lexicon version than the current one (:mod:`crawler.judge`), with or without a raw copy."""

from __future__ import annotations


def waiting_by_source(database_url: str, versions: tuple[str, str] | None = None,
                      ) -> dict[str, tuple[int, int]]:
    """``{source id: (with a raw copy, without one)}`` of the sources with waiting pages."""
    from sqlalchemy import func, select

    from crawler.judge import versions as current
    from pipelines.db import session_scope
    from pipelines.schema import VisitedUrl as V
    from pipelines.storage.visits import stale_clause

    archived = V.warc_file.is_not(None)
    q = (select(V.source_id, archived, func.count())
         .where(stale_clause(versions or current())).group_by(V.source_id, archived))
    out: dict[str, tuple[int, int]] = {}
    with session_scope(database_url) as session:
        for source, has_copy, n in session.execute(q):
            with_copy, without = out.get(source, (0, 0))
            out[source] = (with_copy + n, without) if has_copy else (with_copy, without + n)
    return out


def waiting(database_url: str, versions: tuple[str, str] | None = None) -> tuple[int, int]:
    """``(with a raw copy, without one)``: the first wait for ``cds reextract`` (or the next
    crawl, from the archive), the others for the next crawl, which fetches them once more."""
    counts = waiting_by_source(database_url, versions).values()
    return sum(a for a, _ in counts), sum(b for _, b in counts)


def waiting_line(database_url: str) -> str | None:
    """One line for ``cds status``, or None when nothing waits."""
    archived, gone = waiting(database_url)
    if not archived and not gone:
        return None
    parts = []
    if archived:
        parts.append(f"{archived} from the raw archive (run `cds reextract`)")
    if gone:
        parts.append(f"{gone} without a raw copy (fetched again by the next crawl)")
    return (f"{archived + gone} page(s) rejected by an older extractor or lexicon wait for "
            f"re-extraction: " + "; ".join(parts))
