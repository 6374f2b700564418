"""The store's tables, described once with SQLAlchemy Core; migrations create them.

Later stages add their tables here (sentences, entities, quotes, events, stories, timeline)
together with a numbered migration in ``migrations/versions``; a test checks the two agree.
"""

from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer,
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
    Column("clean_version", String(16)),  # of the readers and cleaning rules it was last read with
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
    Column("dateline_date_evidence", Text),  # the words that gave a year found in the text: "so far in 1987"
    Column("dateline_date_confidence", String(8)),
    Column("dateline_text", Text),
    Column("offsets", JSON, nullable=False),  # [[clean_start, source_start, length], ...]
    Column("removed", JSON, nullable=False),  # [{"kind", "start", "end", "text"}, ...]
    Column("subheadings", JSON),
    Column("clean_version", String(16)),  # [[start, end], ...] of the page's own subheadings in the cleaned text
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Set by the understanding step: when, and by which version of the rules and registry.
    Column("processed_at", DateTime(timezone=True)),
    Column("processed_version", String(64)),
    # Set by the organising step: the first copy this one duplicates, and the story it belongs to.
    Column("duplicate_of", Integer, ForeignKey("articles.id", ondelete="SET NULL"), index=True),
    Column("duplicate_kind", String(8)),  # exact, near
    Column("duplicate_similarity", Float),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="SET NULL"), index=True),
    Column("organised_version", String(64)),
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
    Column("removed", Integer, nullable=False, default=0, server_default="0"),
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


# -- Understanding: what the language pipeline found in each article. Offsets are in the
# cleaned text (start, end) and in the source text (source_start, source_end). An article's
# rows are replaced as a whole each time it is processed.


def _span_columns():
    return [Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
            Column("source_start", Integer, nullable=False), Column("source_end", Integer, nullable=False)]


def _article_fk():
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("actor", String(32), index=True),  # actor code, "~word" for an agent of no known country, or None
    Column("kind", String(16)),  # country, organization, media, person, agent
    Column("person", Text),
    Column("country", String(8)),  # the country it acts for or in
    Column("role", String(16)),  # government, military, police, rebel, ... (understand.actors.ROLES)
)

timexes = Table(
    "timexes", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),  # DATE, TIME, DURATION, SET
    Column("value", String(32)),  # TIMEX3: 2023-11-09, 2021-W13, 2020-10, P2Y
    Column("precision", String(8)),
    Column("anchor", Date),
    Column("tense", String(8)),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("kind", String(10), nullable=False),  # direct, indirect
    Column("speaker", Text),
    Column("speaker_actors", JSON, nullable=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    *_span_columns(),  # the evidence: the event's clause
    Column("type", String(12), nullable=False, index=True),  # a PLOVER type
    Column("mode", String(24)),
    Column("trigger", Text, nullable=False),
    Column("source_actors", JSON, nullable=False),
    Column("target_actors", JSON, nullable=False),
    Column("date", String(16)),  # TIMEX3 value: day, ISO week, month or year
    Column("date_precision", String(8)),
    Column("date_first", Date, index=True),  # first and last day the date covers, for range queries
    Column("date_last", Date),
    Column("date_source", String(16)),  # sentence (its own time expression) or anchor
    Column("place", Text),
    Column("negated", Boolean, nullable=False),
    Column("modality", String(16), nullable=False),  # asserted, future, possible, denied, refused ...
    Column("quoted_by", Text),  # the speaker when the event is reported inside a quote
    Column("attributes", JSON, nullable=False),  # weapon, count, range_km, apogee_km, casualties
    Column("sentence", Text, nullable=False),
    Column("world_event_id", Integer, ForeignKey("world_events.id", ondelete="SET NULL"), index=True),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("cameo", String(8)),  # the CAMEO code of the verb's reading, when the CAMEO lexicon gave it
    Column("sources", JSON),  # [{"code", "country", "role", "text"}]: the actors in detail, unnamed agents too
    Column("targets", JSON),
)

# Actors the user adds (``dateline actors add``); the shipped registry is package data.
user_actors = Table(
    "user_actors", metadata,
    Column("code", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(3)),
    Column("aliases", JSON, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
)


# -- Organising: duplicates, stories and world events, kept up to date one article at a time.

# The near-duplicate index: an article's MinHash signature, and one row per LSH band whose
# key is a hash of the band's values, so a lookup is an indexed query, not a scan.
article_signatures = Table(
    "article_signatures", metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),  # num_perm uint32 values
    Column("vector", JSON, nullable=False),  # the article's term weights {feature: weight}
    Column("actors", JSON, nullable=False),  # actor codes it mentions most
    Column("events", JSON, nullable=False),  # its lead events as "TYPE|SOURCES|first day|last day"
    Column("story_date", Date),
)

minhash_bands = Table(
    "minhash_bands", metadata,
    Column("key", BigInteger, nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Index("ix_minhash_bands_key", "key"),
)

# Corpus statistics the organising step keeps between runs (document frequencies of terms).
organise_state = Table(
    "organise_state", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", LargeBinary, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text),
    Column("first_article_id", Integer),
    Column("date_first", Date),
    Column("date_last", Date, index=True),
    Column("n_articles", Integer, nullable=False),
    Column("actors", JSON, nullable=False),  # {code: how many of its articles mention it most}
    Column("events", JSON, nullable=False),  # {lead event key: how many of its articles lead with it}
    Column("centroid", JSON, nullable=False),  # summed term weights of its articles, top terms only
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# One happening, however many reports mention it. Its fields are the best value over its
# mentions (the rows of ``events`` that point at it); ``disagreements`` lists where they differ.
world_events = Table(
    "world_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(24)),
    Column("modality", String(16), nullable=False),  # asserted, or future while every report plans it
    Column("source_actors", JSON, nullable=False),
    Column("target_actors", JSON, nullable=False),
    Column("date", String(16)),
    Column("date_precision", String(8)),
    Column("date_first", Date),
    Column("date_last", Date),
    Column("place", Text),
    Column("attributes", JSON, nullable=False),
    Column("summary", Text, nullable=False),
    Column("evidence_event_id", Integer),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),  # distinct outlets (or inputs when the outlet is unknown)
    Column("article_ids", JSON, nullable=False),
    Column("disagreements", JSON, nullable=False),  # [{"field", "values": [{"value", "event_ids", "article_ids"}]}]
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # Date order with the type beside it: the timeline and its per-week chart read only the index.
    Index("ix_world_events_date_first_type", "date_first", "type"),
)
