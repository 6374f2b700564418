"""The store's tables, described once with SQLAlchemy Core; migrations create them.

Later stages add their tables here (sentences, entities, quotes, events, stories, timeline)
together with a numbered migration in ``migrations/versions``; a test checks the two agree.
"""

from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Column, Date, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, MetaData, String, Table, Text, UniqueConstraint)

metadata = MetaData()

# Where articles come from: a file, a URL, a feed. ``content_hash`` is set once the whole
# input has been ingested, so an unchanged input is skipped and a half-done one is resumed.
sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("locator", Text, nullable=False, unique=True),
    Column("size", BigInteger),
    Column("mtime", Float),
    Column("content_hash", String(64)),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_ingested", DateTime(timezone=True)),
)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("record_key", Text, nullable=False),  # "" for a one-article file, else id:/url:/sha256: key
    Column("line", Integer),
    Column("content_hash", String(64), nullable=False),  # sha256 of raw
    Column("raw", LargeBinary, nullable=False),  # the input, byte for byte
    Column("raw_encoding", String(40), nullable=False),
    Column("source_text", Text, nullable=False),  # decoded text the offsets point into
    Column("text", Text, nullable=False),  # cleaned story text
    Column("text_hash", String(64), nullable=False),  # sha256 of the normalised cleaned text
    Column("title", Text),
    Column("byline", JSON),
    Column("url", Text),
    Column("outlet", Text),
    Column("language", String(12)),
    Column("published", Date),
    Column("published_source", String(32)),
    Column("published_confidence", String(8)),
    Column("dateline_place", Text),
    Column("dateline_agency", Text),
    Column("dateline_date", Date),
    Column("dateline_date_source", String(32)),
    Column("dateline_date_confidence", String(8)),
    Column("dateline_text", Text),
    Column("offsets", JSON, nullable=False),  # [[clean_start, source_start, length], ...]
    Column("removed", JSON, nullable=False),  # [{"kind", "start", "end", "text"}, ...]
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("source_id", "record_key", name="uq_articles_source_record"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_text_hash", "text_hash"),
)

ingest_runs = Table(
    "ingest_runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("paths", JSON, nullable=False),
    Column("new", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
)

# One row per failing input (file, or file and line): a re-run updates it rather than adding
# another; ``resolved_at`` is set when the input later ingests cleanly.
ingest_errors = Table(
    "ingest_errors", metadata,
    Column("id", Integer, primary_key=True),
    Column("locator", Text, nullable=False),
    Column("line", Integer, nullable=False, default=0),  # 0: the whole input
    Column("reason", Text, nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("times", Integer, nullable=False, default=1),
    Column("run_id", Integer, ForeignKey("ingest_runs.id", ondelete="SET NULL")),
    Column("resolved_at", DateTime(timezone=True)),
    UniqueConstraint("locator", "line", name="uq_ingest_errors_locator_line"),
)
