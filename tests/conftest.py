"""Shared fixtures: databases (SQLite, real PostgreSQL) and Redis.

PostgreSQL and Redis tests use the servers named by ``CDS_TEST_POSTGRES_URL`` and
``CDS_TEST_REDIS_URL`` (defaults: the local servers). When a server is missing they skip with the
reason, except in CI (``CDS_REQUIRE_SERVICES=1``), where they fail.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

POSTGRES_URL = os.environ.get(
    "CDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("CDS_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
REQUIRE_SERVICES = os.environ.get("CDS_REQUIRE_SERVICES") == "1"


def _unavailable(service: str, url: str, exc: BaseException) -> None:
    message = f"{service} not reachable at {url}: {exc.__class__.__name__}: {exc}"
    if REQUIRE_SERVICES:
        pytest.fail(f"{message} (CDS_REQUIRE_SERVICES=1: services are required here)")
    pytest.skip(f"{message}; set CDS_TEST_POSTGRES_URL / CDS_TEST_REDIS_URL to run these tests")


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A fresh SQLite database file."""
    return f"sqlite:///{tmp_path / 'cds.db'}"


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(POSTGRES_URL)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure means "not available"
        _unavailable("PostgreSQL", POSTGRES_URL, exc)
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_server_url) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"cds_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_server_url).set(database=name).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request) -> str:
    """Runs a test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A Redis database, flushed before and after the test."""
    import redis

    url = REDIS_URL
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw") and "CDS_TEST_REDIS_URL" not in os.environ:
        url = f"redis://127.0.0.1:6379/{15 - int(worker[2:]) % 8}"  # one database per worker
    try:
        client = redis.Redis.from_url(url)
        client.ping()
    except Exception as exc:  # noqa: BLE001
        _unavailable("Redis", url, exc)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


class Receiver(HTTPServer):
    """A webhook receiver on 127.0.0.1; answers 503 while ``down`` is set."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.down = False

        class Handler(BaseHTTPRequestHandler):
            def do_POST(h) -> None:  # noqa: N802, N805
                body = h.rfile.read(int(h.headers["Content-Length"]))
                if self.down:
                    h.send_response(503)
                else:
                    self.received.append(json.loads(body))
                    h.send_response(204)
                h.end_headers()

            def log_message(h, *args) -> None:  # noqa: N805
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()
