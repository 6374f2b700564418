"""The store: every read and write dateline makes, behind backend-neutral methods.

Nothing outside ``dateline.store`` builds SQL. Writes go through a ``Writer`` obtained from
``Store.write()``, which is one transaction: it commits as a whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Text, and_, bindparam, cast, delete, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection

from sqlalchemy.exc import OperationalError

from ..errors import NotFound, StoreError
from . import migrate
from .engine import make_engine
from .organised import STORY_DATE, Organiser, mark_changed
from .schema import (articles, entities, events, ingest_errors, ingest_runs, quotes, sources, stories, timexes,
                     user_actors, world_events)

ANALYSIS_TABLES = {"entities": entities, "timexes": timexes, "quotes": quotes, "events": events}

# Columns shown in lists; the big ones (raw, source_text, offsets) only come with one article.
LIST_COLUMNS = [articles.c.id, articles.c.title, articles.c.published, articles.c.dateline_date,
                articles.c.dateline_place, articles.c.outlet, articles.c.language, articles.c.url,
                articles.c.story_id, articles.c.duplicate_of, sources.c.locator.label("source")]
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
        try:
            migrate.upgrade(self.engine)
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {db!r}: {exc.orig or exc}") from exc

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

    @contextmanager
    def organiser(self) -> Iterator[Organiser]:
        """One transaction of the organising step (see ``dateline.store.organised``)."""
        with self.engine.begin() as conn:
            yield Organiser(conn)

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
        query = select(*LIST_COLUMNS).select_from(_SOURCE_OF_ARTICLE) \
            .where(*_article_filters(since=since, until=until, source=source))
        query = query.order_by(STORY_DATE.desc().nulls_last(), articles.c.id).limit(limit).offset(offset)
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

    # -- understanding ---------------------------------------------------------------------

    def articles_to_process(self, version: str, *, everything: bool = False) -> list[int]:
        """Ids of articles never processed, or processed by another pipeline version (or all)."""
        query = select(articles.c.id).order_by(articles.c.id)
        if not everything:
            query = query.where(or_(articles.c.processed_version.is_(None), articles.c.processed_version != version))
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def articles_for_processing(self, ids: list[int]) -> list[dict]:
        query = select(articles.c.id, articles.c.text, articles.c.offsets, articles.c.published,
                       articles.c.dateline_date).where(articles.c.id.in_(ids)).order_by(articles.c.id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def user_actors(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(user_actors).order_by(user_actors.c.code))
            return [{k: v for k, v in r._mapping.items() if k != "added_at"} for r in rows]

    def rows(self, table: str, *, article_id: int | None = None) -> list[dict]:
        """Rows of an analysis table (entities, timexes, quotes, events), optionally of one article."""
        t = ANALYSIS_TABLES[table]
        query = select(t).order_by(t.c.article_id, t.c.start, t.c.id)
        if article_id is not None:
            query = query.where(t.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def iter_rows(self, table: str, *, batch_size: int = 1000) -> Iterator[dict]:
        """Every row of an analysis table in id order, a batch at a time."""
        t = ANALYSIS_TABLES[table]
        last = 0
        while True:
            with self.engine.connect() as conn:
                batch = [dict(r._mapping) for r in conn.execute(
                    select(t).where(t.c.id > last).order_by(t.c.id).limit(batch_size))]
            if not batch:
                return
            yield from batch
            last = batch[-1]["id"]

    def list_events(self, *, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
                    until: dt.date | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        """Events, earliest first.

        :param actor: an actor code among the sources or targets
        :param type: a PLOVER type
        :param since: events whose date range ends on or after this day
        :param until: events whose date range starts on or before this day
        """
        query = select(events).where(*_event_filters(actor=actor, type=type, since=since, until=until))
        query = query.order_by(events.c.date_first.nulls_last(), events.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]


    # -- organising --------------------------------------------------------------------------

    def _world_event_query(self, columns, *, actor=None, type=None, since=None, until=None, min_sources=1,
                           dated=False):
        query = select(*columns)
        if type:
            query = query.where(world_events.c.type == type.upper())
        if since:
            query = query.where(world_events.c.date_last >= since)
        if until:
            query = query.where(world_events.c.date_first <= until)
        if min_sources > 1:
            query = query.where(world_events.c.n_sources >= min_sources)
        if dated:
            query = query.where(world_events.c.date_first.is_not(None))
        if actor:
            query = query.where(_plays(world_events, actor, None))
        return query

    def list_world_events(self, *, actor: str | None = None, type: str | None = None, since: dt.date | None = None,
                          until: dt.date | None = None, min_sources: int = 1, dated: bool = False,
                          limit: int = 100, offset: int = 0) -> list[dict]:
        """World events, earliest first (undated ones last); each with its ``event_ids``.

        :param actor: an actor code among the sources or targets
        :param type: a PLOVER type
        :param since: world events whose date range ends on or after this day
        :param until: world events whose date range starts on or before this day
        :param min_sources: keep those reported by at least this many outlets
        :param dated: keep only those with a date (the timeline)
        """
        query = self._world_event_query([world_events], actor=actor, type=type, since=since, until=until,
                                        min_sources=min_sources, dated=dated)
        query = query.order_by(world_events.c.date_first.nulls_last(), world_events.c.date_last,
                               world_events.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            ids = [r["id"] for r in rows]
            mentions: dict[int, list[int]] = {}
            if ids:
                for r in conn.execute(select(events.c.world_event_id, events.c.id)
                                      .where(events.c.world_event_id.in_(ids)).order_by(events.c.id)):
                    mentions.setdefault(r.world_event_id, []).append(r.id)
        for row in rows:
            row["event_ids"] = mentions.get(row["id"], [])
        return rows

    def count_world_events(self, **filters) -> int:
        """How many world events ``list_world_events`` would give with these filters and no limit."""
        query = self._world_event_query([func.count()], **filters).select_from(world_events)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def get_world_event(self, world_event_id: int) -> dict:
        """One world event with its ``mentions``: each event row with its article's title, outlet,
        dates and source; raises NotFound."""
        with self.engine.connect() as conn:
            row = conn.execute(select(world_events).where(world_events.c.id == world_event_id)).first()
            if row is None:
                raise NotFound(f"no world event with id {world_event_id}")
            query = select(events, articles.c.title.label("article_title"), articles.c.outlet,
                           articles.c.published, articles.c.dateline_date, articles.c.story_id,
                           sources.c.locator.label("source")) \
                .select_from(events.join(articles, events.c.article_id == articles.c.id)
                             .join(sources, articles.c.source_id == sources.c.id)) \
                .where(events.c.world_event_id == world_event_id).order_by(events.c.article_id, events.c.start)
            mentions = [dict(r._mapping) for r in conn.execute(query)]
        out = dict(row._mapping)
        out["mentions"] = mentions
        out["event_ids"] = [m["id"] for m in mentions]
        return out

    def get_story(self, story_id: int) -> dict:
        """One story with its articles (list columns plus duplicate marks); raises NotFound."""
        with self.engine.connect() as conn:
            row = conn.execute(select(stories).where(stories.c.id == story_id)).first()
            if row is None:
                raise NotFound(f"no story with id {story_id}")
            members = conn.execute(select(*LIST_COLUMNS, articles.c.duplicate_of, articles.c.duplicate_kind)
                                   .select_from(_SOURCE_OF_ARTICLE).where(articles.c.story_id == story_id)
                                   .order_by(articles.c.id))
            out = {k: v for k, v in row._mapping.items() if k != "centroid"}
            out["articles"] = [dict(r._mapping) for r in members]
        return out

    # -- serving ---------------------------------------------------------------------------
    # Reads for the REST API and the web UI: a page of rows together with how many match in all.

    def articles_page(self, *, since: dt.date | None = None, until: dt.date | None = None, source: str | None = None,
                      limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """A page of ``list_articles`` (same filters) and the number of articles they match."""
        rows = self.list_articles(since=since, until=until, source=source, limit=limit, offset=offset)
        query = select(func.count()).select_from(_SOURCE_OF_ARTICLE) \
            .where(*_article_filters(since=since, until=until, source=source))
        with self.engine.connect() as conn:
            return rows, conn.execute(query).scalar_one()

    def events_page(self, *, actor: str | None = None, role: str | None = None, type: str | None = None,
                    since: dt.date | None = None, until: dt.date | None = None, text: str | None = None,
                    limit: int = 100, offset: int = 0) -> tuple[list[dict], int]:
        """Events, earliest first, and how many match in all.

        :param actor: an actor code among the sources or targets
        :param role: with ``actor``: ``"source"`` or ``"target"`` to look on one side only
        :param type: a PLOVER type
        :param since: events whose date range ends on or after this day
        :param until: events whose date range starts on or before this day
        :param text: the evidence sentence contains this (any case)
        """
        where = _event_filters(actor=actor, role=role, type=type, since=since, until=until, text=text)
        query = select(events).where(*where).order_by(events.c.date_first.nulls_last(), events.c.id)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]
            total = conn.execute(select(func.count()).select_from(events).where(*where)).scalar_one()
        return rows, total

    def actor_world_events(self, code: str, role: str, *, limit: int = 50,
                           offset: int = 0) -> tuple[list[dict], int]:
        """World events with ``code`` among their sources (``role="source"``) or targets, earliest
        first, and how many there are."""
        where = _plays(world_events, code, role)
        query = select(world_events).where(where).order_by(world_events.c.date_first.nulls_last(),
                                                           world_events.c.date_last, world_events.c.id)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]
            total = conn.execute(select(func.count()).select_from(world_events).where(where)).scalar_one()
        return rows, total

    def world_event_counts(self, **filters) -> list[tuple[dt.date, str, int]]:
        """``(first day, type, how many)`` for the dated world events that ``list_world_events``
        would give with these filters: the timeline chart's data, one row per day and type."""
        day, kind = world_events.c.date_first, world_events.c.type
        query = self._world_event_query([day, kind, func.count()], **{**filters, "dated": True}) \
            .group_by(day, kind).order_by(day, kind)
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(query)]

    def search_page(self, query: str, *, limit: int = 20, offset: int = 0) -> tuple[list[dict], int]:
        """A page of ``search`` results and how many articles match in all."""
        found = self.search(query, limit=offset + limit)
        if not found:  # a blank query, or no match at all
            return [], 0
        if self.dialect == "sqlite":
            sql = text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q")
            params = {"q": _sqlite_match(query)}
        else:
            sql = text("SELECT count(*) FROM articles a, websearch_to_tsquery('english', :q) q WHERE a.search @@ q")
            params = {"q": query}
        with self.engine.connect() as conn:
            return found[offset:], conn.execute(sql, params).scalar_one()


def _article_filters(*, since=None, until=None, source=None) -> list:
    """Conditions on an article's story date (dateline date, else publication date) and source."""
    where = []
    if since:
        where.append(STORY_DATE >= since)
    if until:
        where.append(STORY_DATE <= until)
    if source:
        pattern = _contains(source)
        where.append(or_(sources.c.locator.ilike(pattern, escape="\\"), articles.c.outlet.ilike(pattern, escape="\\")))
    return where


def _event_filters(*, actor=None, role=None, type=None, since=None, until=None, text=None) -> list:
    """Conditions on events: actor (on one side with ``role``), type, date range, sentence text."""
    where = []
    if type:
        where.append(events.c.type == type.upper())
    if since:
        where.append(events.c.date_last >= since)
    if until:
        where.append(events.c.date_first <= until)
    if actor:
        where.append(_plays(events, actor, role))
    if text:
        where.append(events.c.sentence.ilike(_contains(text), escape="\\"))
    return where


def _contains(value: str) -> str:
    """A LIKE pattern (escape character ``\\``) matching text that contains ``value`` as typed."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _plays(table, code: str, role: str | None):
    """Condition: actor ``code`` is among the table's sources, its targets, or (role None) either.
    Codes are stored as JSON lists, so the quoted code is looked for in their text."""
    needle = _contains(f'"{code.upper()}"')
    sides = {"source": [table.c.source_actors], "target": [table.c.target_actors]}.get(
        role, [table.c.source_actors, table.c.target_actors])
    return or_(*(cast(column, Text).like(needle, escape="\\") for column in sides))


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

    def finish_source(self, source_id: int, *, size: int, mtime: float, content_hash: str, clean_version: str) -> None:
        """Mark an input as wholly ingested, so an unchanged copy is skipped next time."""
        self.conn.execute(update(sources).where(sources.c.id == source_id).values(
            size=size, mtime=mtime, content_hash=content_hash, clean_version=clean_version, last_ingested=now()))

    def existing_article(self, source_id: int, record_key: str) -> tuple[int, str, str | None] | None:
        row = self.conn.execute(select(articles.c.id, articles.c.content_hash, articles.c.clean_version).where(
            and_(articles.c.source_id == source_id, articles.c.record_key == record_key))).first()
        return (row.id, row.content_hash, row.clean_version) if row else None

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
        article_id, content_hash, clean_version = existing
        if content_hash == values["content_hash"] and clean_version == values.get("clean_version"):
            return article_id, "unchanged"
        # Its old entities, quotes and events describe the old text (or its old cleaning): mark it for processing.
        self.conn.execute(_UPDATE_ARTICLE, {**values, "updated_at": stamp, "article_id": article_id,
                                            "processed_version": None})
        return article_id, "updated"

    def remove_stale_articles(self, source_id: int, keys: set[str]) -> int:
        """Delete the source's articles whose record keys are not in ``keys``; returns how many."""
        ids = [r.id for r in self.conn.execute(select(articles.c.id, articles.c.record_key)
                                                .where(articles.c.source_id == source_id)) if r.record_key not in keys]
        if ids:
            mark_changed(self.conn, ids, removed=True)
            self.conn.execute(delete(articles).where(articles.c.id.in_(ids)))
        return len(ids)

    def replace_analysis(self, article_id: int, rows: dict[str, list[dict]], version: str) -> None:
        """Replace everything understood about an article with ``rows`` (by table name)."""
        mark_changed(self.conn, [article_id])
        for name, table in ANALYSIS_TABLES.items():
            self.conn.execute(delete(table).where(table.c.article_id == article_id))
            if rows.get(name):
                self.conn.execute(insert(table), [{**r, "article_id": article_id} for r in rows[name]])
        self.conn.execute(update(articles).where(articles.c.id == article_id).values(
            processed_at=now(), processed_version=version))

    def add_actor(self, code: str, name: str, kind: str, country: str | None, aliases: list[str]) -> None:
        """Add or replace a user-defined actor."""
        self.conn.execute(delete(user_actors).where(user_actors.c.code == code))
        self.conn.execute(insert(user_actors), {"code": code, "name": name, "kind": kind, "country": country,
                                                "aliases": aliases, "added_at": now()})

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
def with_dateline(row: dict) -> dict:
    """``row`` with its ``dateline_*`` columns gathered into one ``dateline`` dict (or None)."""
    out = {k: v for k, v in row.items() if not k.startswith("dateline_")}
    has = row.get("dateline_text") or row.get("dateline_place") or row.get("dateline_agency")
    out["dateline"] = {
        "place": row.get("dateline_place"), "agency": row.get("dateline_agency"),
        "date": row["dateline_date"].isoformat() if row.get("dateline_date") else None,
        "date_source": row.get("dateline_date_source"), "date_confidence": row.get("dateline_date_confidence"),
        "date_evidence": row.get("dateline_date_evidence"), "text": row.get("dateline_text"),
    } if has else None
    return out


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
