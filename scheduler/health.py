"""Source health from run history: ``ok`` / ``degraded`` / ``silent`` / ``failing``.

:func:`evaluate` is a pure function of a source's recent runs (newest first) and the
``first_seen_at`` times of its articles; :func:`source_health` reads both from the database.
Each finding names a *condition* (the alert key), its severity and a readable reason.
A source with no run yet is ``unknown``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipelines.schema import Article, CrawlRun, RunSourceStats
from scheduler.conf import setting

#: Worst first; a source's status is its worst finding.
STATUS_ORDER = ("failing", "silent", "degraded", "ok", "unknown")
FAILED_RUN_STATUSES = {"failed", "killed", "timeout"}
#: Runs health leaves out: still running, or stopped by the daemon's shutdown (not a failure of
#: the source, nor a run that saw all of it).
IGNORED_RUN_STATUSES = ("running", "stopped")
#: Run events that are findings by themselves: event -> (condition, severity, reason).
EVENT_FINDINGS = {
    "feed_gone": ("feed_gone", "degraded", "feed gone (404/410)"),
    "offsite_redirect": ("domain_moved", "degraded", "redirects to another domain"),
    "robots_forbidden": ("robots_forbidden", "failing", "robots.txt forbids crawling"),
    "monitor_failed": ("run_checks", "degraded", "per-run checks failed"),
    "section_moved": ("section_moved", "degraded",
                      "a section moved (301) or is gone (404): followed or found again, "
                      "update the registry"),
}


@dataclass(frozen=True)
class Thresholds:
    failing_runs: int = 3
    empty_discovery_runs: int = 3
    extraction_runs: int = 5
    extraction_failure_share: float = 0.5
    extraction_min_fetched: int = 5
    extraction_broken_pages: int = 3
    silence_factor: float = 4.0
    silence_floor_hours: float = 72.0
    silence_min_articles: int = 5
    volume_drop_share: float = 0.25
    volume_baseline_weeks: int = 8
    volume_min_weekly: float = 4.0
    history_runs: int = 20

    @classmethod
    def from_settings(cls) -> Thresholds:
        """Thresholds from ``CDS_HEALTH_*`` (env overrides the defaults)."""
        return cls(**{
            name: setting(f"CDS_HEALTH_{name.upper()}") for name in cls.__dataclass_fields__
        })


@dataclass(frozen=True)
class RunRecord:
    """One run of one source: the crawl's status plus that source's counters."""

    run_id: int
    started_at: datetime
    status: str
    finished_at: datetime | None = None
    requests: int = 0
    discovered: int = 0
    known: int = 0
    fetched: int = 0
    not_modified: int = 0
    stored: int = 0
    rejected: int = 0
    failed: int = 0
    errors: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)

    @property
    def is_failure(self) -> bool:
        """The crawl died, or every request of this source failed (nothing found, errors)."""
        if self.status in FAILED_RUN_STATUSES:
            return True
        nothing = not (self.discovered or self.fetched or self.not_modified or self.known)
        return nothing and (sum(_ints(self.errors)) > 0 or self.failed > 0)

    @property
    def discovered_nothing(self) -> bool:
        return not (self.discovered or self.known or self.not_modified)


@dataclass(frozen=True)
class Finding:
    condition: str
    severity: str  # degraded | silent | failing
    reason: str
    details: dict = field(default_factory=dict)


@dataclass
class Health:
    source_id: str
    status: str
    findings: list[Finding] = field(default_factory=list)
    last_run: RunRecord | None = None

    @property
    def reason(self) -> str:
        return "; ".join(f.reason for f in self.findings) or (
            "no run yet" if self.status == "unknown" else ""
        )

    def as_dict(self) -> dict[str, Any]:
        last = self.last_run
        return {
            "source": self.source_id,
            "health": self.status,
            "reason": self.reason,
            "findings": [f.__dict__ for f in self.findings],
            "last_run": None if last is None else {
                "run_id": last.run_id,
                "started_at": last.started_at.isoformat(),
                "status": last.status,
            },
        }


def _ints(values: dict | None) -> Iterable[int]:
    return (v for v in (values or {}).values() if isinstance(v, int | float))


def _failures(runs: Sequence[RunRecord], t: Thresholds) -> list[Finding]:
    streak = 0
    for run in runs:
        if not run.is_failure:
            break
        streak += 1
    if streak >= t.failing_runs:
        last = runs[0]
        why = last.status if last.status in FAILED_RUN_STATUSES else (
            ", ".join(sorted(last.errors)) or "errors")
        return [Finding("consecutive_failures", "failing",
                        f"{streak} failed runs in a row ({why})",
                        {"runs": streak, "last_errors": dict(last.errors)})]
    return []


def _discovery(runs: Sequence[RunRecord], t: Thresholds) -> list[Finding]:
    ok_runs = [r for r in runs if not r.is_failure]
    recent, older = ok_runs[: t.empty_discovery_runs], ok_runs[t.empty_discovery_runs:]
    if (len(recent) == t.empty_discovery_runs and all(r.discovered_nothing for r in recent)
            and any(not r.discovered_nothing for r in older)):
        return [Finding("discovery_empty", "degraded",
                        f"discovery found nothing in {len(recent)} runs (layout change?)",
                        {"runs": len(recent)})]
    return []


def _extraction(runs: Sequence[RunRecord], t: Thresholds) -> list[Finding]:
    window = runs[: t.extraction_runs]
    fetched = sum(r.fetched for r in window)
    bad = sum(r.rejected + int(r.errors.get("not_article", 0) or 0) for r in window)
    if fetched >= t.extraction_min_fetched and bad / fetched >= t.extraction_failure_share:
        return [Finding("extraction_failures", "degraded",
                        f"extraction failed on {bad}/{fetched} pages",
                        {"bad": bad, "fetched": fetched})]
    return []


def _extraction_broken(runs: Sequence[RunRecord], t: Thresholds) -> list[Finding]:
    """The last run fetched article pages and every one gave no body text: the layout
    changed under the extractor (``errors/extraction_empty``, crawler/extraction_stats.py)."""
    if not runs:
        return []
    last = runs[0]
    empty = int(last.errors.get("extraction_empty", 0) or 0)
    if last.stored == 0 and empty >= t.extraction_broken_pages and empty >= last.fetched:
        return [Finding("extraction_broken", "failing",
                        f"extraction broken: all {empty} article pages of the last run gave "
                        "no text", {"empty": empty, "fetched": last.fetched})]
    return []


def _events(runs: Sequence[RunRecord]) -> list[Finding]:
    if not runs:
        return []
    found = []
    for event, (condition, severity, reason) in EVENT_FINDINGS.items():
        value = runs[0].events.get(event)
        if value:
            found.append(Finding(condition, severity, reason, {event: value}))
    return found


def _silence(seen: Sequence[datetime], now: datetime, t: Thresholds) -> list[Finding]:
    if len(seen) < t.silence_min_articles:
        return []
    times = sorted(seen)
    gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)]
    gaps = [g for g in gaps if g >= 60]  # one crawl stores many at once: not a cadence
    usual = statistics.median(gaps) if gaps else 0.0
    limit = max(usual * t.silence_factor, t.silence_floor_hours * 3600)
    quiet = (now - times[-1]).total_seconds()
    if quiet > limit:
        return [Finding("silent", "silent",
                        f"no new article for {quiet / 86400:.1f} days "
                        f"(usually every {usual / 3600:.1f} h)",
                        {"last_new": times[-1].isoformat(), "limit_hours": limit / 3600})]
    return []


def _volume(seen: Sequence[datetime], now: datetime, t: Thresholds) -> list[Finding]:
    if not seen:
        return []
    week = timedelta(days=7)
    start = max(now - week * (t.volume_baseline_weeks + 1), min(seen) + timedelta(days=1))
    baseline_weeks = (now - week - start) / week  # the first day (backfill) is left out
    if baseline_weeks < 2:
        return []
    baseline = sum(1 for s in seen if start <= s < now - week) / baseline_weeks
    current = sum(1 for s in seen if s >= now - week)
    if baseline >= t.volume_min_weekly and current < t.volume_drop_share * baseline:
        return [Finding("volume_drop", "degraded",
                        f"{current} new articles this week, usually {baseline:.1f}",
                        {"current": current, "usual_weekly": round(baseline, 1)})]
    return []


def evaluate(
    source_id: str,
    runs: Sequence[RunRecord],
    seen: Sequence[datetime] = (),
    *,
    now: datetime | None = None,
    thresholds: Thresholds | None = None,
) -> Health:
    """Health of one source from its runs (newest first) and its articles' first_seen_at."""
    t = thresholds or Thresholds()
    now = now or datetime.now(UTC)
    if not runs:
        return Health(source_id, "unknown")
    silence = _silence(seen, now, t)
    findings = [*_failures(runs, t), *_events(runs), *_discovery(runs, t),
                *_extraction(runs, t), *_extraction_broken(runs, t), *silence,
                *([] if silence else _volume(seen, now, t))]
    status = min((f.severity for f in findings), key=STATUS_ORDER.index, default="ok")
    return Health(source_id, status, findings, runs[0])


def load_runs(session: Session, source_id: str, limit: int = 20) -> list[RunRecord]:
    """The source's last ``limit`` ended runs, newest first. Runs still running and runs the
    daemon's shutdown stopped (:data:`IGNORED_RUN_STATUSES`) say nothing of the source."""
    rows = session.execute(
        select(RunSourceStats, CrawlRun.status)
        .join(CrawlRun, CrawlRun.id == RunSourceStats.run_id)
        .where(RunSourceStats.source_id == source_id,
               CrawlRun.status.not_in(IGNORED_RUN_STATUSES))
        .order_by(RunSourceStats.started_at.desc(), RunSourceStats.run_id.desc())
        .limit(limit)
    ).all()
    return [
        RunRecord(
            run_id=s.run_id, started_at=s.started_at, finished_at=s.finished_at, status=status,
            requests=s.requests or 0, discovered=s.discovered or 0, known=s.known or 0,
            fetched=s.fetched or 0, not_modified=s.not_modified or 0, stored=s.stored or 0,
            rejected=s.rejected or 0, failed=s.failed or 0,
            errors=dict(s.errors or {}), events=dict(s.events or {}),
        )
        for s, status in rows
    ]


def load_seen(session: Session, source_id: str, limit: int = 2000) -> list[datetime]:
    """``first_seen_at`` of the source's newest ``limit`` articles."""
    return list(session.scalars(
        select(Article.first_seen_at).where(Article.source_id == source_id)
        .order_by(Article.first_seen_at.desc()).limit(limit)
    ))


def source_health(
    session: Session, source_id: str, *, now: datetime | None = None,
    thresholds: Thresholds | None = None,
) -> Health:
    """Health of one source read from the database."""
    t = thresholds or Thresholds.from_settings()
    now = now or datetime.now(UTC)
    return evaluate(source_id, load_runs(session, source_id, t.history_runs),
                    load_seen(session, source_id), now=now, thresholds=t)
