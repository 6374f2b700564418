"""Duplicates, near-duplicate index, stories and world events.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("first_article_id", sa.Integer),
        sa.Column("date_first", sa.Date),
        sa.Column("date_last", sa.Date),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("centroid", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_stories_date_last", "stories", ["date_last"])
    op.create_table(
        "world_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(12), nullable=False),
        sa.Column("mode", sa.String(24)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("source_actors", sa.JSON, nullable=False),
        sa.Column("target_actors", sa.JSON, nullable=False),
        sa.Column("date", sa.String(16)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_first", sa.Date),
        sa.Column("date_last", sa.Date),
        sa.Column("place", sa.Text),
        sa.Column("attributes", sa.JSON, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("evidence_event_id", sa.Integer),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("article_ids", sa.JSON, nullable=False),
        sa.Column("disagreements", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_world_events_type", "world_events", ["type"])
    op.create_index("ix_world_events_date_first_type", "world_events", ["date_first", "type"])
    op.add_column("articles", sa.Column("duplicate_kind", sa.String(8)))
    op.add_column("articles", sa.Column("duplicate_similarity", sa.Float))
    op.add_column("articles", sa.Column("organised_version", sa.String(64)))
    references = [("articles", "duplicate_of", "articles"), ("articles", "story_id", "stories"),
                  ("events", "world_event_id", "world_events")]
    for table, column, target in references:
        if op.get_bind().dialect.name == "sqlite":
            # ADD COLUMN with a REFERENCES clause: a batch copy would drop the FTS triggers.
            op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER"
                       f" REFERENCES {target}(id) ON DELETE SET NULL")
        else:
            op.add_column(table, sa.Column(column, sa.Integer))
            op.create_foreign_key(f"fk_{table}_{column}", table, target, [column], ["id"], ondelete="SET NULL")
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_index("ix_events_world_event_id", "events", ["world_event_id"])
    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("minhash", sa.LargeBinary, nullable=False),
        sa.Column("vector", sa.JSON, nullable=False),
        sa.Column("actors", sa.JSON, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("story_date", sa.Date),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("key", sa.BigInteger, nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_minhash_bands_key", "minhash_bands", ["key"])
    op.create_index("ix_minhash_bands_article_id", "minhash_bands", ["article_id"])
    op.create_table(
        "organise_state",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.LargeBinary, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("organise_state", "minhash_bands", "article_signatures"):
        op.drop_table(table)
    op.drop_index("ix_events_world_event_id", "events")
    op.drop_index("ix_articles_story_id", "articles")
    op.drop_index("ix_articles_duplicate_of", "articles")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("world_event_id")
    with op.batch_alter_table("articles") as batch:
        for column in ("organised_version", "story_id", "duplicate_similarity", "duplicate_kind", "duplicate_of"):
            batch.drop_column(column)
    op.drop_table("world_events")
    op.drop_table("stories")
