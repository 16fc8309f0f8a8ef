"""How many pages wait for re-extraction (``cds status``): rejected by another extractor or
lexicon version than the current one (:mod:`crawler.judge`), with or without a raw copy."""

from __future__ import annotations


def waiting(database_url: str, versions: tuple[str, str] | None = None) -> tuple[int, int]:
    """``(with a raw copy, without one)``: the first wait for ``cds reextract``, the others
    for the next crawl, which fetches them once more."""
    from sqlalchemy import func, select

    from crawler.judge import versions as current
    from pipelines.db import session_scope
    from pipelines.schema import VisitedUrl as V
    from pipelines.storage.visits import stale_clause

    q = (select(V.warc_file.is_not(None), func.count())
         .where(stale_clause(versions or current())).group_by(V.warc_file.is_not(None)))
    with session_scope(database_url) as session:
        counts = dict(session.execute(q).all())
    return int(counts.get(True, 0)), int(counts.get(False, 0))


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
