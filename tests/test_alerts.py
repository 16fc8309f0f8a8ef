"""Alerts: de-duplication, recovery, delivery to a local webhook and a local SMTP server."""

from __future__ import annotations

import socketserver
import threading

import pytest
from sqlalchemy import select

from pipelines.db import session_scope, upgrade
from pipelines.schema import Alert
from scheduler import alerts
from scheduler.health import Finding, Health


@pytest.fixture
def db(database_url) -> str:
    """A migrated database, once SQLite and once PostgreSQL."""
    upgrade(database_url)
    return database_url


def failing(source: str = "s1") -> Health:
    return Health(source, "failing", [Finding("consecutive_failures", "failing",
                                              "3 failed runs in a row (http_500)", {"runs": 3})])


def test_dedupe_and_recovery_to_webhook(db, receiver):
    channels = [alerts.LogChannel(), alerts.WebhookChannel(receiver.url, timeout=5)]
    sent = alerts.process(db, failing(), channels)
    assert [n.kind for n in sent] == ["alert"]
    for _ in range(3):  # still failing: no new alert, no new message
        assert alerts.process(db, failing(), channels) == []
    with session_scope(db) as s:
        rows = s.scalars(select(Alert)).all()
        assert len(rows) == 1 and rows[0].closed_at is None and rows[0].severity == "critical"
    sent = alerts.process(db, Health("s1", "ok"), channels)
    assert [n.kind for n in sent] == ["recovery"]
    assert [(m["event"], m["source"], m["condition"]) for m in receiver.received] == [
        ("alert", "s1", "consecutive_failures"), ("recovery", "s1", "consecutive_failures")]
    assert receiver.received[0]["message"].startswith("3 failed runs")
    assert receiver.received[1]["closed_at"] is not None
    # fails again later: a new alert
    assert [n.kind for n in alerts.process(db, failing(), channels)] == ["alert"]
    with session_scope(db) as s:
        assert len(s.scalars(select(Alert)).all()) == 2


def test_failed_webhook_is_retried(db, receiver):
    channels = [alerts.WebhookChannel(receiver.url, timeout=5)]
    receiver.down = True
    assert alerts.process(db, failing(), channels) == []
    assert alerts.deliver_pending(db, channels) == []
    receiver.down = False
    assert [n.kind for n in alerts.deliver_pending(db, channels)] == ["alert"]
    assert alerts.deliver_pending(db, channels) == []
    assert len(receiver.received) == 1


def test_cleared_before_delivery_sends_nothing(db, receiver):
    channels = [alerts.WebhookChannel(receiver.url, timeout=5)]
    receiver.down = True
    alerts.process(db, failing(), channels)
    alerts.process(db, Health("s1", "ok"), channels)
    receiver.down = False
    assert alerts.deliver_pending(db, channels) == []
    assert receiver.received == []


def test_one_alert_per_condition_and_source(db):
    h = Health("s1", "failing", [
        Finding("feed_gone", "degraded", "feed gone"),
        Finding("robots_forbidden", "failing", "robots")])
    alerts.sync(db, h)
    alerts.sync(db, h)
    alerts.sync(db, failing("s2"))
    alerts.sync(db, Health("s1", "degraded", [Finding("feed_gone", "degraded", "feed gone")]))
    with session_scope(db) as s:
        open_ = {(a.source_id, a.condition) for a in s.scalars(
            select(Alert).where(Alert.closed_at.is_(None)))}
    assert open_ == {("s1", "feed_gone"), ("s2", "consecutive_failures")}


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for smtplib.send_message."""

    def handle(self) -> None:
        self.wfile.write(b"220 localhost test SMTP\r\n")
        data = False
        lines: list[bytes] = []
        while line := self.rfile.readline():
            if data:
                if line == b".\r\n":
                    data = False
                    self.server.messages.append(b"".join(lines))  # type: ignore[attr-defined]
                    self.wfile.write(b"250 queued\r\n")
                else:
                    lines.append(line[1:] if line.startswith(b"..") else line)
                continue
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 localhost\r\n")
            elif verb == b"DATA":
                data = True
                self.wfile.write(b"354 end with .\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


def test_email_channel_via_local_smtp(db, monkeypatch):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.messages = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("CDS_ALERT_CHANNELS", "email")
        monkeypatch.setenv("CDS_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("CDS_SMTP_PORT", str(server.server_address[1]))
        monkeypatch.setenv("CDS_SMTP_TO", "ops@example.org,dev@example.org")
        channels = alerts.channels_from_settings()
        assert [c.name for c in channels] == ["email"]
        assert [n.kind for n in alerts.process(db, failing(), channels)] == ["alert"]
        message = server.messages[0].decode()  # type: ignore[attr-defined]
        assert "Subject: [cds CRITICAL] s1: consecutive_failures" in message
        assert "ops@example.org, dev@example.org" in message
    finally:
        server.shutdown()
        server.server_close()


def test_channels_from_settings(monkeypatch):
    monkeypatch.delenv("CDS_ALERT_WEBHOOK_URL", raising=False)
    monkeypatch.delenv("CDS_SMTP_HOST", raising=False)
    assert [c.name for c in alerts.channels_from_settings()] == ["log"]
    monkeypatch.setenv("CDS_ALERT_WEBHOOK_URL", "http://127.0.0.1:9/x")
    assert [c.name for c in alerts.channels_from_settings()] == ["log", "webhook"]
