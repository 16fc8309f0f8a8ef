"""discovered entries (issue #14: sections, feeds, sitemaps found from a home page)

Revision ID: 0004_discovery
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import pipelines.schema

revision: str = '0004_discovery'
down_revision: str | None = '0003_archive'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('discovered_entries',
    sa.Column('source_id', sa.String(length=64), nullable=False),
    sa.Column('url_id', sa.String(length=32), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('label', sa.Text(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('moved_to', sa.Text(), nullable=True),
    sa.Column('found_at', pipelines.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_checked_at', pipelines.schema.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_productive_at', pipelines.schema.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('source_id', 'url_id', name=op.f('pk_discovered_entries'))
    )


def downgrade() -> None:
    op.drop_table('discovered_entries')
