"""The words that gave a dateline its year when the year comes from the story's text ("so far in 1987"),
and where the page's own subheadings sit in the cleaned text.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite would copy the table for anything more, losing its triggers.
    op.add_column("articles", sa.Column("dateline_date_evidence", sa.Text))
    op.add_column("articles", sa.Column("subheadings", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("subheadings")
        batch.drop_column("dateline_date_evidence")
