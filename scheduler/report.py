"""What ``cds status`` and the status page show: one row per source, and daily article counts.

Sources come from the registry (``seeds.registry``) when it loads, else from the ``sources``
table the crawls keep. Article counts are non-duplicate articles by ``published_at``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from pipelines.db import session_scope
from pipelines.schema import Alert, Article, Source
from scheduler.health import source_health

log = logging.getLogger(__name__)
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass
class SourceInfo:
    id: str
    name: str
    province: str | None
    enabled: bool = True
    schedule: str | None = None
    #: False: a source of the archive that the registry does not list.
    in_registry: bool = True


@dataclass
class SourceStatus:
    id: str
    name: str
    province: str | None
    health: str
    reason: str
    last_run_at: str | None
    last_run_status: str | None
    articles_7d: int
    articles_30d: int
    open_alerts: int
    in_registry: bool = True

    def as_dict(self) -> dict:
        return asdict(self)


def registry_sources(path: str | None = None, *, enabled_only: bool = False) -> list[SourceInfo]:
    """Sources of the registry file (``None`` = the default registry)."""
    from seeds.registry import load_registry

    registry = load_registry(path)
    for error in getattr(registry, "errors", []):
        log.warning("registry: %s", error)
    return [
        SourceInfo(s.id, s.name, s.province, bool(s.enabled), getattr(s, "schedule", None))
        for s in registry.sources if s.enabled or not enabled_only
    ]


def archive_sources(database_url: str) -> list[SourceInfo]:
    """Sources the archive knows: its sources table, and the source ids of its articles."""
    with session_scope(database_url) as session:
        rows = session.scalars(select(Source).order_by(Source.id)).all()
        found = {r.id: SourceInfo(r.id, r.name, r.province, r.enabled, in_registry=False)
                 for r in rows}
        for (sid,) in session.execute(select(Article.source_id).distinct()):
            found.setdefault(sid, SourceInfo(sid, sid, None, in_registry=False))
    return sorted(found.values(), key=lambda s: s.id)


def known_sources(database_url: str, path: str | None = None) -> list[SourceInfo]:
    """The registry's sources, then the archive's sources the registry does not list (an
    archive crawled from another registry shows its own sources, not only never-run ones)."""
    try:
        listed = registry_sources(path)
    except Exception as exc:  # noqa: BLE001 - status must work without a registry
        log.info("registry not loaded (%s); using the sources table", exc)
        listed = []
    ids = {s.id for s in listed}
    return listed + [s for s in archive_sources(database_url) if s.id not in ids]


def _counts(session, since: datetime) -> dict[str, int]:
    rows = session.execute(
        select(Article.source_id, func.count()).where(
            Article.duplicate_of.is_(None), Article.published_at >= since)
        .group_by(Article.source_id))
    return dict(rows.all())


def collect(database_url: str, sources_file: str | None = None,
            now: datetime | None = None) -> list[SourceStatus]:
    """One :class:`SourceStatus` per known source."""
    now = now or datetime.now(UTC)
    sources = known_sources(database_url, sources_file)
    out = []
    with session_scope(database_url) as session:
        week, month = _counts(session, now - timedelta(days=7)), _counts(
            session, now - timedelta(days=30))
        alerts = dict(session.execute(
            select(Alert.source_id, func.count()).where(Alert.closed_at.is_(None))
            .group_by(Alert.source_id)).all())
        for s in sources:
            h = source_health(session, s.id, now=now)
            last = h.last_run
            out.append(SourceStatus(
                s.id, s.name, s.province, h.status if s.enabled else "disabled", h.reason,
                last.started_at.isoformat() if last else None, last.status if last else None,
                week.get(s.id, 0), month.get(s.id, 0), alerts.get(s.id, 0), s.in_registry))
    return out


def daily_by_province(database_url: str, days: int = 30, now: datetime | None = None,
                      sources_file: str | None = None) -> tuple[list[date], dict[str, list[int]]]:
    """New (non-duplicate) articles per day (Asia/Ho_Chi_Minh) per province, oldest day first."""
    now = now or datetime.now(UTC)
    today = now.astimezone(VN).date()
    day_list = [today - timedelta(days=i) for i in range(days - 1, -1, -1)]
    index = {d: i for i, d in enumerate(day_list)}
    start = datetime.combine(day_list[0], datetime.min.time(), VN)
    series: dict[str, list[int]] = defaultdict(lambda: [0] * days)
    with session_scope(database_url) as session:
        province_of = dict(session.execute(select(Source.id, Source.province)).all())
    province_of |= {s.id: s.province for s in known_sources(database_url, sources_file)}
    with session_scope(database_url) as session:
        rows = session.execute(select(Article.source_id, Article.published_at).where(
            Article.duplicate_of.is_(None), Article.published_at >= start))
        for source_id, published in rows:
            i = index.get(published.astimezone(VN).date())
            if i is not None:
                series[province_of.get(source_id) or "Quốc gia"][i] += 1
    return day_list, dict(sorted(series.items()))
