"""Actor roles and countries on entities; each event's actors in detail and its CAMEO code.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("country", sa.String(8)))
        batch.add_column(sa.Column("role", sa.String(16)))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("cameo", sa.String(8)))
        batch.add_column(sa.Column("sources", sa.JSON))
        batch.add_column(sa.Column("targets", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("targets")
        batch.drop_column("sources")
        batch.drop_column("cameo")
    with op.batch_alter_table("entities") as batch:
        batch.drop_column("role")
        batch.drop_column("country")
