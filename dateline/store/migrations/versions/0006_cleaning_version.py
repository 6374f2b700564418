"""The version of the cleaning rules each input and article was read with, so that ingest reads an
unchanged input again when the rules have changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (SQLite would copy the table for anything more). Rows from before have
    # none, so the next ingest cleans them again with today's rules.
    op.add_column("sources", sa.Column("clean_version", sa.String(16)))
    op.add_column("articles", sa.Column("clean_version", sa.String(16)))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("clean_version")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("clean_version")
