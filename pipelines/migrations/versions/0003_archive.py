"""raw page archive and extractor versions on visited URLs

Revision ID: 0003_archive
Revises: 0001
Create Date: 2026-12-04 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003_archive'
down_revision: str | None = '0002_published_at_nullable'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # nullable columns: ADD COLUMN on every backend, no table rebuild
    op.add_column('visited_urls', sa.Column('extractor_version', sa.String(length=40), nullable=True))
    op.add_column('visited_urls', sa.Column('lexicon_version', sa.String(length=16), nullable=True))
    op.add_column('visited_urls', sa.Column('warc_file', sa.Text(), nullable=True))
    op.add_column('visited_urls', sa.Column('warc_offset', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visited_urls', schema=None) as batch_op:
        batch_op.drop_column('warc_offset')
        batch_op.drop_column('warc_file')
        batch_op.drop_column('lexicon_version')
        batch_op.drop_column('extractor_version')
