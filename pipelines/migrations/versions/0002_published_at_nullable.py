"""published_at nullable: an article without a plausible date is kept, dated by first_seen_at

Revision ID: 0002_published_at_nullable
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

import pipelines.schema

revision: str = '0002_published_at_nullable'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode rebuilds the table on SQLite; its indexes are recreated by alembic
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.alter_column('published_at', existing_type=pipelines.schema.UTCDateTime(
            timezone=True), nullable=True)


def downgrade() -> None:
    # articles without a date take the time they were first seen
    op.execute("UPDATE articles SET published_at = first_seen_at WHERE published_at IS NULL")
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.alter_column('published_at', existing_type=pipelines.schema.UTCDateTime(
            timezone=True), nullable=False)
