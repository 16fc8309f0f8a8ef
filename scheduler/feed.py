"""An aggregated Atom feed (RFC 4287) of the newest CĐS articles, written with lxml."""

from __future__ import annotations

from datetime import UTC, datetime

from lxml import etree
from sqlalchemy import func, select

from cds.records import TIMESTAMP_TZ
from pipelines.db import session_scope
from pipelines.records_io import iso_in
from pipelines.schema import Article, Source

ATOM = "http://www.w3.org/2005/Atom"
FEED_ID = "urn:cds-news-monitor:feed"


def _add(parent: etree._Element, tag: str, text: str | None = None, **attrs: str):
    el = etree.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items() if v})
    if text is not None:
        el.text = text
    return el


def atom_feed(database_url: str, limit: int = 50, self_url: str = "/feed.atom") -> bytes:
    """The newest ``limit`` non-duplicate articles by ``published_at`` as Atom XML."""
    with session_scope(database_url) as session:
        rows = session.execute(
            select(Article, Source.province, Source.name)
            .outerjoin(Source, Source.id == Article.source_id)
            .where(Article.duplicate_of.is_(None))
            .order_by(func.coalesce(Article.published_at, Article.first_seen_at).desc(),
                      Article.id).limit(limit)).all()
    return render(rows, self_url)


def render(rows, self_url: str = "/feed.atom", title: str | None = None) -> bytes:  # noqa: ANN001
    """Atom XML for ``rows`` of (article, province, source name); ``article`` needs the
    attributes of :class:`Article` used here."""
    root = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    _add(root, "id", FEED_ID)
    _add(root, "title", title or "Tin chuyển đổi số (CĐS) — cds-news-monitor")
    _add(root, "link", href=self_url, rel="self", type="application/atom+xml")
    updated = max((a.updated_at or a.first_seen_at for a, _, _ in rows),
                  default=datetime.now(UTC))
    _add(root, "updated", iso_in(updated, "UTC"))
    for article, province, source_name in rows:
        entry = _add(root, "entry")
        _add(entry, "id", f"urn:cds-news-monitor:article:{article.id}")
        _add(entry, "title", article.title)
        _add(entry, "link", href=article.url, rel="alternate", type="text/html")
        # times in the zones of the dataset record (published_at in Asia/Ho_Chi_Minh)
        field = "published_at" if article.published_at else "first_seen_at"  # no date shown
        published = iso_in(getattr(article, field), TIMESTAMP_TZ[field])
        _add(entry, "published", published)
        _add(entry, "updated", iso_in(article.modified_at, TIMESTAMP_TZ["modified_at"])
             if article.modified_at else published)
        if article.lead:
            _add(entry, "summary", article.lead)
        author = _add(entry, "author")
        _add(author, "name", article.author or source_name or article.source_id)
        if province:
            _add(entry, "category", term=province, label=province)
        _add(entry, "category", term=article.source_id, scheme="urn:cds-news-monitor:source")
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
