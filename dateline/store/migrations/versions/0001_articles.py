"""Sources, articles, ingest runs and errors; full-text search over title and text.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)

SQLITE_FTS = [
    # External-content FTS5 index kept in step with the articles table by triggers.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',"
    " tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN"
    " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    " INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]
POSTGRES_FTS = [
    "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS ("
    " setweight(to_tsvector('english', coalesce(title, '')), 'A') ||"
    " setweight(to_tsvector('english', coalesce(text, '')), 'B')) STORED",
    "CREATE INDEX ix_articles_search ON articles USING GIN (search)",
]


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("locator", sa.Text, nullable=False, unique=True),
        sa.Column("size", sa.BigInteger),
        sa.Column("mtime", sa.Float),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("first_seen", TZ, nullable=False),
        sa.Column("last_ingested", TZ),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
        sa.Column("record_key", sa.Text, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("raw_encoding", sa.String(40), nullable=False),
        sa.Column("source_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("byline", sa.JSON),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("language", sa.String(12)),
        sa.Column("published", sa.Date),
        sa.Column("published_source", sa.String(32)),
        sa.Column("published_confidence", sa.String(8)),
        sa.Column("dateline_place", sa.Text),
        sa.Column("dateline_agency", sa.Text),
        sa.Column("dateline_date", sa.Date),
        sa.Column("dateline_date_source", sa.String(32)),
        sa.Column("dateline_date_confidence", sa.String(8)),
        sa.Column("dateline_text", sa.Text),
        sa.Column("offsets", sa.JSON, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("source_id", "record_key", name="uq_articles_source_record"),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_text_hash", "articles", ["text_hash"])
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("finished_at", TZ),
        sa.Column("paths", sa.JSON, nullable=False),
        sa.Column("new", sa.Integer, nullable=False),
        sa.Column("updated", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
    )
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("locator", sa.Text, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("first_seen", TZ, nullable=False),
        sa.Column("last_seen", TZ, nullable=False),
        sa.Column("times", sa.Integer, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id", ondelete="SET NULL")),
        sa.Column("resolved_at", TZ),
        sa.UniqueConstraint("locator", "line", name="uq_ingest_errors_locator_line"),
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("ingest_errors", "ingest_runs", "articles", "sources"):
        op.drop_table(table)
