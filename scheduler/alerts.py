"""Alerts: one open alert per (source, condition), a recovery notice when it clears.

:func:`sync` turns a source's :class:`~scheduler.health.Health` into alert rows;
:func:`deliver_pending` sends every notice not yet delivered through the configured channels
(log, webhook JSON POST, email via SMTP) and marks it delivered only when every channel took
it, so a webhook that was down is retried on the next call.
"""

from __future__ import annotations

import json
import logging
import smtplib
import threading
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any, Protocol

from sqlalchemy import or_, select

from pipelines.db import session_scope
from pipelines.schema import Alert
from scheduler.conf import setting
from scheduler.health import Health

log = logging.getLogger(__name__)
_lock = threading.Lock()
SEVERITY = {"failing": "critical", "silent": "warning", "degraded": "warning"}


@dataclass(frozen=True)
class Notice:
    """One message to deliver: an alert opening (``alert``) or clearing (``recovery``)."""

    kind: str
    alert_id: int
    source: str | None
    condition: str
    severity: str
    message: str
    details: dict
    opened_at: datetime
    closed_at: datetime | None = None

    @property
    def subject(self) -> str:
        tag = "RECOVERED" if self.kind == "recovery" else self.severity.upper()
        return f"[cds {tag}] {self.source}: {self.condition}"

    def payload(self) -> dict[str, Any]:
        return {
            "event": self.kind, "alert_id": self.alert_id, "source": self.source,
            "condition": self.condition, "severity": self.severity, "message": self.message,
            "details": self.details, "opened_at": self.opened_at.isoformat(),
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
        }


class Channel(Protocol):
    name: str

    def send(self, notice: Notice) -> None: ...


class LogChannel:
    name = "log"

    def send(self, notice: Notice) -> None:
        level = logging.INFO if notice.kind == "recovery" else logging.WARNING
        log.log(level, "%s — %s", notice.subject, notice.message)


class WebhookChannel:
    """POSTs the notice as JSON; any non-2xx answer or network error raises."""

    name = "webhook"

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.url, self.timeout = url, timeout

    def send(self, notice: Notice) -> None:
        body = json.dumps(notice.payload(), ensure_ascii=False).encode()
        request = urllib.request.Request(
            self.url, data=body, method="POST",
            headers={"Content-Type": "application/json; charset=utf-8"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
            response.read()


class EmailChannel:
    name = "email"

    def __init__(self, host: str, port: int, sender: str, to: Sequence[str], *,
                 user: str = "", password: str = "", starttls: bool = False,
                 timeout: float = 10.0) -> None:
        self.host, self.port, self.sender, self.to = host, port, sender, list(to)
        self.user, self.password, self.starttls, self.timeout = user, password, starttls, timeout

    def send(self, notice: Notice) -> None:
        msg = EmailMessage()
        msg["Subject"], msg["From"], msg["To"] = notice.subject, self.sender, ", ".join(self.to)
        msg.set_content(f"{notice.message}\n\n"
                        + json.dumps(notice.payload(), ensure_ascii=False, indent=2))
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.user:
                smtp.login(self.user, self.password)
            smtp.send_message(msg)


def channels_from_settings() -> list[Channel]:
    """The channels named in ``CDS_ALERT_CHANNELS`` that have their settings."""
    names = setting("CDS_ALERT_CHANNELS")
    out: list[Channel] = []
    if "log" in names:
        out.append(LogChannel())
    if "webhook" in names and setting("CDS_ALERT_WEBHOOK_URL"):
        out.append(WebhookChannel(setting("CDS_ALERT_WEBHOOK_URL"),
                                  setting("CDS_ALERT_WEBHOOK_TIMEOUT")))
    if "email" in names and setting("CDS_SMTP_HOST") and setting("CDS_SMTP_TO"):
        out.append(EmailChannel(
            setting("CDS_SMTP_HOST"), setting("CDS_SMTP_PORT"), setting("CDS_SMTP_FROM"),
            setting("CDS_SMTP_TO"), user=setting("CDS_SMTP_USER"),
            password=setting("CDS_SMTP_PASSWORD"), starttls=setting("CDS_SMTP_STARTTLS"),
            timeout=setting("CDS_SMTP_TIMEOUT")))
    return out


def sync(database_url: str, health: Health, now: datetime | None = None) -> tuple[int, int]:
    """Open/refresh alerts for the health's findings, close the others; (opened, closed)."""
    now = now or datetime.now(UTC)
    findings = {f.condition: f for f in health.findings}
    opened = closed = 0
    with _lock, session_scope(database_url) as session:
        open_alerts = {a.condition: a for a in session.scalars(select(Alert).where(
            Alert.source_id == health.source_id, Alert.closed_at.is_(None)))}
        for condition, finding in findings.items():
            alert = open_alerts.get(condition)
            if alert is None:
                session.add(Alert(
                    source_id=health.source_id, condition=condition,
                    severity=SEVERITY.get(finding.severity, "warning"), message=finding.reason,
                    details=finding.details, opened_at=now, last_seen_at=now))
                opened += 1
            else:
                alert.message, alert.details, alert.last_seen_at = (
                    finding.reason, finding.details, now)
        for condition, alert in open_alerts.items():
            if condition not in findings:
                alert.closed_at = now
                closed += 1
    return opened, closed


def _pending(session) -> list[tuple[Alert, str]]:
    rows = session.scalars(select(Alert).where(or_(
        Alert.delivered_at.is_(None), Alert.recovery_delivered_at.is_(None)
    )).order_by(Alert.id)).all()
    out = []
    for alert in rows:
        if alert.delivered_at is None and alert.closed_at is None:
            out.append((alert, "alert"))
        elif alert.closed_at is not None and alert.recovery_delivered_at is None:
            if alert.delivered_at is None:  # cleared before anyone heard of it: nothing to say
                alert.delivered_at = alert.recovery_delivered_at = alert.closed_at
            else:
                out.append((alert, "recovery"))
    return out


def deliver_pending(database_url: str, channels: Sequence[Channel] | None = None) -> list[Notice]:
    """Deliver every undelivered opening and recovery; returns the notices delivered."""
    channels = channels_from_settings() if channels is None else channels
    delivered: list[Notice] = []
    with _lock, session_scope(database_url) as session:
        for alert, kind in _pending(session):
            notice = Notice(kind, alert.id, alert.source_id, alert.condition, alert.severity,
                            alert.message, dict(alert.details or {}), alert.opened_at,
                            alert.closed_at)
            ok = True
            for channel in channels:
                try:
                    channel.send(notice)
                except Exception as exc:  # noqa: BLE001 - retried on the next call
                    ok = False
                    log.warning("alert %s via %s failed: %s", notice.subject, channel.name, exc)
            if ok:
                now = datetime.now(UTC)
                if kind == "alert":
                    alert.delivered_at = now
                else:
                    alert.recovery_delivered_at = now
                delivered.append(notice)
    return delivered


def process(database_url: str, health: Health,
            channels: Sequence[Channel] | None = None) -> list[Notice]:
    """:func:`sync` then :func:`deliver_pending`."""
    sync(database_url, health)
    return deliver_pending(database_url, channels)
