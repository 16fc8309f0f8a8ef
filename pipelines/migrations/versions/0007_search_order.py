"""search in listing order: FTS5 rowid = listing time key (SQLite), listing-order index (both)

Revision ID: 0007_search_order
Revises: 0006_budgets
Create Date: 2026-12-04 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pipelines import search

revision: str = '0007_search_order'
down_revision: str | None = '0006_budgets'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(sa.text(statement))


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(search.SQLITE_ORDER_UP if dialect == "sqlite" else search.PG_ORDER_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _run(search.SQLITE_ORDER_DOWN if dialect == "sqlite" else search.PG_ORDER_DOWN)
