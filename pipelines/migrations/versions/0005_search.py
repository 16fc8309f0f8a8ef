"""full-text search over articles (SQLite FTS5, PostgreSQL tsvector + GIN)

Revision ID: 0005_search
Revises: 0001
Create Date: 2026-12-04 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pipelines import search

revision: str = '0005_search'
down_revision: str | None = '0004_discovery'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(sa.text(statement))


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(search.SQLITE_UP if dialect == "sqlite" else search.PG_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(search.SQLITE_DOWN if dialect == "sqlite" else search.PG_DOWN)
