"""Alembic: the packaged migrations build exactly ``pipelines.schema`` on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, make_url, text

from pipelines import db
from pipelines.schema import Base
from pipelines.search import FTS_TABLE, is_search_object

ROOT = Path(__file__).resolve().parents[1]


def test_upgrade_builds_the_schema_exactly(database_url):
    assert db.current(database_url) is None
    assert db.upgrade(database_url) == db.head_revision()
    assert db.current(database_url) == db.head_revision()
    engine = db.make_engine(database_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                     "compare_server_default": True,
                                                     "include_object": is_search_object})
        assert compare_metadata(ctx, Base.metadata) == []
        tables = {t for t in inspect(conn).get_table_names() if not t.startswith(FTS_TABLE)}
    engine.dispose()
    assert set(Base.metadata.tables) | {"alembic_version"} == tables
    assert db.upgrade(database_url) == db.head_revision()  # idempotent


def test_sqlite_runs_in_wal(sqlite_url):
    db.upgrade(sqlite_url)
    engine = db.make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_no_alembic_ini_needed_and_scripts_are_packaged():
    assert (db.MIGRATIONS_DIR / "env.py").is_file()
    assert list((db.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert db.alembic_config().config_file_name is None


def test_cds_db_command(sqlite_url, tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "cds", "db", "--url", sqlite_url, *args],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})

    path = Path(make_url(sqlite_url).database)
    missing = run("current")  # reading only: the file is not created
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "no database at" in missing.stderr and "cds db upgrade" in missing.stderr
    assert not path.exists()
    path.touch()
    before = run("current")
    assert before.returncode == 1 and "needs `cds db upgrade`" in before.stdout
    up = run("upgrade")
    assert up.returncode == 0, up.stderr
    assert f"at revision {db.head_revision()}" in up.stdout
    after = run("current")
    assert after.returncode == 0 and "up to date" in after.stdout
