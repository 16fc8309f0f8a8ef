"""deferred requests and host pauses (issue #17: per-run budgets, Retry-After across runs)

Revision ID: 0006_budgets
Revises: 0005_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pipelines.schema

revision: str = '0006_budgets'
down_revision: str | None = '0005_search'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('deferred_requests',
    sa.Column('source_id', sa.String(length=64), nullable=False),
    sa.Column('url_id', sa.String(length=32), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('deferred_at', pipelines.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('source_id', 'url_id', name=op.f('pk_deferred_requests'))
    )
    op.create_table('host_pauses',
    sa.Column('host', sa.String(length=300), nullable=False),
    sa.Column('source_id', sa.String(length=64), nullable=True),
    sa.Column('until', pipelines.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('set_at', pipelines.schema.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('host', name=op.f('pk_host_pauses'))
    )
    op.create_index(op.f('ix_host_pauses_source_id'), 'host_pauses', ['source_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_host_pauses_source_id'), table_name='host_pauses')
    op.drop_table('host_pauses')
    op.drop_table('deferred_requests')
