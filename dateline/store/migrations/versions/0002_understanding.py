"""Entities, time expressions, quotes, events, user actors; articles' processing state.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _spans():
    return [sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False),
            sa.Column("source_start", sa.Integer, nullable=False), sa.Column("source_end", sa.Integer, nullable=False)]


def _article():
    return sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("processed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("processed_version", sa.String(64)))
    with op.batch_alter_table("ingest_runs") as batch:
        batch.add_column(sa.Column("removed", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True), _article(), *_spans(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("actor", sa.String(32)),
        sa.Column("kind", sa.String(16)),
        sa.Column("person", sa.Text),
    )
    op.create_table(
        "timexes",
        sa.Column("id", sa.Integer, primary_key=True), _article(), *_spans(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("value", sa.String(32)),
        sa.Column("precision", sa.String(8)),
        sa.Column("anchor", sa.Date),
        sa.Column("tense", sa.String(8)),
    )
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True), _article(), *_spans(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_actors", sa.JSON, nullable=False),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True), _article(), *_spans(),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("mode", sa.String(24)),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("source_actors", sa.JSON, nullable=False),
        sa.Column("target_actors", sa.JSON, nullable=False),
        sa.Column("date", sa.String(16)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_first", sa.Date),
        sa.Column("date_last", sa.Date),
        sa.Column("date_source", sa.String(16)),
        sa.Column("place", sa.Text),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("quoted_by", sa.Text),
        sa.Column("attributes", sa.JSON, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
    )
    op.create_table(
        "user_actors",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    for table in ("entities", "timexes", "quotes", "events"):
        op.create_index(f"ix_{table}_article_id", table, ["article_id"])
    op.create_index("ix_entities_actor", "entities", ["actor"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date_first", "events", ["date_first"])


def downgrade() -> None:
    for table in ("user_actors", "events", "quotes", "timexes", "entities"):
        op.drop_table(table)
    with op.batch_alter_table("ingest_runs") as batch:
        batch.drop_column("removed")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("processed_version")
        batch.drop_column("processed_at")
