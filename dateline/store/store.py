"""The store: every read and write dateline makes, behind backend-neutral methods.

Nothing outside ``dateline.store`` builds SQL. Writes go through a ``Writer`` obtained from
``Store.write()``, which is one transaction: it commits as a whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import and_, bindparam, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection

from ..errors import NotFound
from . import migrate
from .engine import make_engine
from .schema import articles, ingest_errors, ingest_runs, sources

# Columns shown in lists; the big ones (raw, source_text, offsets) only come with one article.
LIST_COLUMNS = [articles.c.id, articles.c.title, articles.c.published, articles.c.dateline_date,
                articles.c.dateline_place, articles.c.outlet, articles.c.language, articles.c.url,
                sources.c.locator.label("source")]
_SOURCE_OF_ARTICLE = articles.join(sources, articles.c.source_id == sources.c.id)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Store:
    """A dateline database: a SQLite file or a PostgreSQL URL, migrated to the newest schema."""

    def __init__(self, db: str, *, engine_options: dict | None = None):
        """
        :param db: a SQLite file path or a ``postgresql://`` URL
        :param engine_options: extra keyword arguments for SQLAlchemy's ``create_engine``
        """
        self.db = db
        self.engine = make_engine(db, **(engine_options or {}))
        migrate.upgrade(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator["Writer"]:
        """One transaction: everything written through the yielded Writer commits together."""
        with self.engine.begin() as conn:
            yield Writer(conn)

    # -- reading -------------------------------------------------------------------------

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar_one()

    def list_articles(self, *, since: dt.date | None = None, until: dt.date | None = None,
                      source: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
        """Articles ordered by story date, newest first.

        :param since: keep articles whose story date (dateline date, else publication date) is on or after it
        :param until: ... on or before it
        :param source: keep articles whose input path/URL or outlet contains this text
        """
        story_date = func.coalesce(articles.c.dateline_date, articles.c.published)
        query = select(*LIST_COLUMNS).select_from(_SOURCE_OF_ARTICLE)
        if since:
            query = query.where(story_date >= since)
        if until:
            query = query.where(story_date <= until)
        if source:
            pattern = f"%{source}%"
            query = query.where(or_(sources.c.locator.like(pattern), articles.c.outlet.like(pattern)))
        query = query.order_by(story_date.desc().nulls_last(), articles.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def get_article(self, article_id: int) -> dict:
        """One article with every stored field; raises NotFound."""
        query = select(articles, sources.c.locator.label("source"), sources.c.kind.label("source_kind")) \
            .select_from(_SOURCE_OF_ARTICLE).where(articles.c.id == article_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        return dict(row._mapping)

    def iter_articles(self, *, batch_size: int = 500) -> Iterator[dict]:
        """Every article with its fields (not the raw bytes), in id order, a batch at a time."""
        columns = [c for c in articles.c if c.name not in ("raw", "source_text", "offsets")]
        last = 0
        while True:
            query = select(*columns, sources.c.locator.label("source")).select_from(_SOURCE_OF_ARTICLE) \
                .where(articles.c.id > last).order_by(articles.c.id).limit(batch_size)
            with self.engine.connect() as conn:
                rows = [dict(r._mapping) for r in conn.execute(query)]
            if not rows:
                return
            yield from rows
            last = rows[-1]["id"]

    def search(self, query: str, *, limit: int = 20) -> list[dict]:
        """Full-text search over titles and texts, best match first, with a highlighted snippet.

        :param query: words (all must match) and "quoted phrases"; FTS syntax is not interpreted
        """
        if not query.strip():
            return []
        if self.dialect == "sqlite":
            fts = _sqlite_match(query)
            if not fts:
                return []
            sql = text(
                "SELECT a.id, a.title, a.published, a.dateline_date, s.locator AS source,"
                " snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts, 5.0, 1.0) AS score"
                " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN sources s ON s.id = a.source_id"
                " WHERE articles_fts MATCH :q ORDER BY score LIMIT :limit")
            params = {"q": fts, "limit": limit}
        else:
            sql = text(
                "SELECT a.id, a.title, a.published, a.dateline_date, s.locator AS source,"
                " ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=30, MinWords=12') AS snippet,"
                " ts_rank(a.search, q) AS score"
                " FROM articles a JOIN sources s ON s.id = a.source_id, websearch_to_tsquery('english', :q) q"
                " WHERE a.search @@ q ORDER BY score DESC, a.id LIMIT :limit")
            params = {"q": query, "limit": limit}
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sql, params)]

    def errors(self, *, include_resolved: bool = False) -> list[dict]:
        query = select(ingest_errors).order_by(ingest_errors.c.locator, ingest_errors.c.line)
        if not include_resolved:
            query = query.where(ingest_errors.c.resolved_at.is_(None))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def source_state(self, locator: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources).where(sources.c.locator == locator)).first()
        return dict(row._mapping) if row else None

    def count_source_articles(self, source_id: int) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).where(articles.c.source_id == source_id)).scalar_one()

    def last_run(self) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(ingest_runs).order_by(ingest_runs.c.id.desc()).limit(1)).first()
        return dict(row._mapping) if row else None


class Writer:
    """Writes inside one open transaction (see ``Store.write``)."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def start_run(self, paths: list[str]) -> int:
        return self.conn.execute(insert(ingest_runs).values(
            started_at=now(), paths=paths, new=0, updated=0, unchanged=0, failed=0, skipped=0)).inserted_primary_key[0]

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        self.conn.execute(update(ingest_runs).where(ingest_runs.c.id == run_id).values(finished_at=now(), **counts))

    def source_id(self, kind: str, locator: str) -> int:
        """The id of the source at ``locator``, created if new."""
        found = self.conn.execute(select(sources.c.id).where(sources.c.locator == locator)).scalar()
        if found is not None:
            return found
        return self.conn.execute(insert(sources).values(kind=kind, locator=locator, first_seen=now())).inserted_primary_key[0]

    def finish_source(self, source_id: int, *, size: int, mtime: float, content_hash: str) -> None:
        """Mark an input as wholly ingested, so an unchanged copy is skipped next time."""
        self.conn.execute(update(sources).where(sources.c.id == source_id).values(
            size=size, mtime=mtime, content_hash=content_hash, last_ingested=now()))

    def existing_article(self, source_id: int, record_key: str) -> tuple[int, str] | None:
        row = self.conn.execute(select(articles.c.id, articles.c.content_hash).where(
            and_(articles.c.source_id == source_id, articles.c.record_key == record_key))).first()
        return (row.id, row.content_hash) if row else None

    def save_article(self, source_id: int, values: dict) -> tuple[int, str]:
        """Insert the article, or update the stored one with the same source and record key.

        :returns: ``(article id, "new" | "updated" | "unchanged")``
        """
        existing = self.existing_article(source_id, values["record_key"])
        stamp = now()
        # Parameters go to execute(), not .values(), so the compiled statement is reused.
        if existing is None:
            params = {**values, "source_id": source_id, "ingested_at": stamp, "updated_at": stamp}
            return self.conn.execute(insert(articles), params).inserted_primary_key[0], "new"
        article_id, content_hash = existing
        if content_hash == values["content_hash"]:
            return article_id, "unchanged"
        self.conn.execute(_UPDATE_ARTICLE, {**values, "updated_at": stamp, "article_id": article_id})
        return article_id, "updated"

    def record_error(self, locator: str, line: int | None, reason: str, run_id: int | None) -> None:
        line = line or 0
        where = and_(ingest_errors.c.locator == locator, ingest_errors.c.line == line)
        stamp = now()
        changed = self.conn.execute(update(ingest_errors).where(where).values(
            reason=reason, last_seen=stamp, times=ingest_errors.c.times + 1, run_id=run_id, resolved_at=None)).rowcount
        if not changed:
            self.conn.execute(insert(ingest_errors).values(
                locator=locator, line=line, reason=reason, first_seen=stamp, last_seen=stamp, times=1, run_id=run_id))

    def resolve_errors(self, locator: str, still_failing: set[int]) -> None:
        """Close the open errors of ``locator`` except those on lines that failed again."""
        where = and_(ingest_errors.c.locator == locator, ingest_errors.c.resolved_at.is_(None))
        if still_failing:
            where = and_(where, ingest_errors.c.line.notin_(still_failing))
        self.conn.execute(update(ingest_errors).where(where).values(resolved_at=now()))


_UPDATE_ARTICLE = update(articles).where(articles.c.id == bindparam("article_id"))
_FTS_TOKEN = re.compile(r'"([^"]+)"|(\S+)')


def _sqlite_match(query: str) -> str:
    """An FTS5 query where every word or "phrase" is a quoted string (so AND, NEAR, * are text)."""
    terms = []
    for phrase, word in _FTS_TOKEN.findall(query):
        term = (phrase or word).strip()
        term = re.sub(r"[^\w\s'’-]", " ", term).strip()
        if term:
            terms.append('"' + term.replace('"', '""') + '"')
    return " ".join(terms)
