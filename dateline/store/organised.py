"""The organising step's reads and writes: duplicates, the near-duplicate index, stories and
world events. An ``Organiser`` works inside one transaction (``Store.organiser()``)."""

from __future__ import annotations

import datetime as dt
import zlib

import numpy as np
from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from .schema import (article_signatures, articles, entities, events, minhash_bands, organise_state, sources, stories,
                     world_events)

STORY_DATE = func.coalesce(articles.c.dateline_date, articles.c.published)
DIRTY = 0  # n_articles / n_mentions of a story or world event that lost members and must be recounted


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def articles_to_organise(conn: Connection, version: str) -> list[int]:
    """Understood articles not yet organised by this version, oldest story date first."""
    query = select(articles.c.id).where(articles.c.processed_version.is_not(None)) \
        .where(or_(articles.c.organised_version.is_(None), articles.c.organised_version != version)) \
        .order_by(STORY_DATE.nulls_last(), articles.c.id)
    return list(conn.execute(query).scalars())


def mark_changed(conn: Connection, ids: list[int], *, removed: bool = False) -> None:
    """Before articles' events are replaced (or the articles deleted): mark their world events and
    stories for recounting and the articles (and, if removed, their copies) for organising again."""
    linked = select(events.c.world_event_id).where(events.c.article_id.in_(ids)).scalar_subquery()
    conn.execute(update(world_events).where(world_events.c.id.in_(linked)).values(n_mentions=DIRTY))
    if removed:
        story_ids = select(articles.c.story_id).where(articles.c.id.in_(ids)).scalar_subquery()
        conn.execute(update(stories).where(stories.c.id.in_(story_ids)).values(n_articles=DIRTY))
        conn.execute(update(articles).where(articles.c.duplicate_of.in_(ids)).values(organised_version=None))
    else:
        conn.execute(update(articles).where(articles.c.id.in_(ids)).values(organised_version=None))


class Organiser:
    def __init__(self, conn: Connection):
        self.conn = conn

    # -- corpus statistics ---------------------------------------------------------------

    def load_state(self, name: str) -> bytes | None:
        return self.conn.execute(select(organise_state.c.value).where(organise_state.c.name == name)).scalar()

    def save_state(self, name: str, value: bytes) -> None:
        self.conn.execute(delete(organise_state).where(organise_state.c.name == name))
        self.conn.execute(insert(organise_state), {"name": name, "value": value, "updated_at": now()})

    def load_array(self, name: str) -> tuple[np.ndarray, int] | None:
        data = self.load_state(name)
        if data is None:
            return None
        raw = zlib.decompress(data)
        return np.frombuffer(raw[8:], dtype="<i4").copy(), int.from_bytes(raw[:8], "little")

    def save_array(self, name: str, array: np.ndarray, number: int) -> None:
        self.save_state(name, zlib.compress(number.to_bytes(8, "little") + array.astype("<i4").tobytes(), 1))

    # -- articles ---------------------------------------------------------------------------

    def articles(self, ids: list[int]) -> list[dict]:
        query = select(articles.c.id, articles.c.text, articles.c.text_hash, articles.c.outlet,
                       articles.c.story_id, articles.c.duplicate_of, STORY_DATE.label("story_date"),
                       articles.c.title, articles.c.dateline_text, sources.c.locator.label("source"),
                       article_signatures.c.article_id.is_not(None).label("signed")) \
            .select_from(articles.join(sources, articles.c.source_id == sources.c.id)
                         .outerjoin(article_signatures, article_signatures.c.article_id == articles.c.id)) \
            .where(articles.c.id.in_(ids))
        rows = {r.id: dict(r._mapping) for r in self.conn.execute(query)}
        return [rows[i] for i in ids if i in rows]

    def entity_actors(self, article_id: int) -> list[str]:
        return list(self.conn.execute(select(entities.c.actor).where(
            and_(entities.c.article_id == article_id, entities.c.actor.is_not(None)))).scalars())

    def events(self, article_id: int) -> list[dict]:
        return [dict(r._mapping) for r in self.conn.execute(
            select(events).where(events.c.article_id == article_id).order_by(events.c.start, events.c.id))]

    def forget(self, article_id: int) -> None:
        """Undo what organising recorded for an article (it changed and is organised again)."""
        self.conn.execute(delete(minhash_bands).where(minhash_bands.c.article_id == article_id))
        self.conn.execute(delete(article_signatures).where(article_signatures.c.article_id == article_id))
        story_id = self.conn.execute(select(articles.c.story_id).where(articles.c.id == article_id)).scalar()
        if story_id is not None:
            self.conn.execute(update(stories).where(stories.c.id == story_id).values(n_articles=DIRTY))
        mark_changed(self.conn, [article_id])
        self.conn.execute(update(articles).where(articles.c.id == article_id).values(
            story_id=None, duplicate_of=None, duplicate_kind=None, duplicate_similarity=None))
        self.conn.execute(update(events).where(events.c.article_id == article_id).values(world_event_id=None))

    def stale_version(self, version: str) -> bool:
        """Whether some article was organised by other rules or settings (then all are redone)."""
        return self.conn.execute(select(articles.c.id).where(and_(
            articles.c.organised_version.is_not(None), articles.c.organised_version != version)).limit(1)).first() \
            is not None

    def finish(self, article_id: int, version: str) -> None:
        self.conn.execute(update(articles).where(articles.c.id == article_id).values(organised_version=version))

    # -- duplicates -------------------------------------------------------------------------

    def exact_original(self, text_hash: str, article_id: int) -> int | None:
        """The first other article with the same normalised text, followed to its own original."""
        row = self.conn.execute(select(articles.c.id, articles.c.duplicate_of)
                                .where(and_(articles.c.text_hash == text_hash, articles.c.id != article_id,
                                            articles.c.organised_version.is_not(None)))
                                .order_by(articles.c.id).limit(1)).first()
        return None if row is None else (row.duplicate_of or row.id)

    def band_candidates(self, keys: list[int], article_id: int) -> list[dict]:
        """Articles sharing at least one LSH band with the given keys, with their signatures."""
        ids = select(minhash_bands.c.article_id).where(minhash_bands.c.key.in_(keys)).distinct().scalar_subquery()
        query = select(article_signatures.c.article_id, article_signatures.c.minhash, articles.c.duplicate_of,
                       articles.c.story_id) \
            .select_from(article_signatures.join(articles, articles.c.id == article_signatures.c.article_id)) \
            .where(and_(article_signatures.c.article_id.in_(ids), article_signatures.c.article_id != article_id))
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def save_signature(self, article_id: int, *, minhash: bytes, keys: list[int], story_date: dt.date | None) -> None:
        self.conn.execute(insert(article_signatures), {
            "article_id": article_id, "minhash": minhash, "vector": {}, "actors": [], "events": [],
            "story_date": story_date})
        self.conn.execute(insert(minhash_bands), [{"key": k, "article_id": article_id} for k in keys])

    def update_signature(self, article_id: int, *, vector: dict, actors: list[str], events: list[str]) -> None:
        """Record the features story assignment used (to rebuild a story that loses an article)."""
        self.conn.execute(update(article_signatures).where(article_signatures.c.article_id == article_id).values(
            vector={str(k): round(v, 5) for k, v in vector.items()}, actors=actors, events=events))

    def vector(self, article_id: int) -> dict[int, float] | None:
        """The term vector counted in the document frequencies for this article, if any."""
        stored = self.conn.execute(select(article_signatures.c.vector)
                                   .where(article_signatures.c.article_id == article_id)).scalar()
        return {int(k): v for k, v in stored.items()} if stored else None

    def features(self, article_id: int) -> dict | None:
        """The term vector, main actors and stored events (lead events, day) story assignment used."""
        row = self.conn.execute(select(article_signatures.c.vector, article_signatures.c.actors,
                                       article_signatures.c.events)
                                .where(article_signatures.c.article_id == article_id)).first()
        if row is None:
            return None
        return {"vector": {int(k): v for k, v in row.vector.items()}, "actors": row.actors, "events": row.events}

    def mark_duplicate(self, article_id: int, original_id: int, kind: str, similarity: float) -> None:
        story_id = self.conn.execute(select(articles.c.story_id).where(articles.c.id == original_id)).scalar()
        self.conn.execute(update(articles).where(articles.c.id == article_id).values(
            duplicate_of=original_id, duplicate_kind=kind, duplicate_similarity=round(similarity, 4), story_id=story_id))
        if story_id is not None:
            self.conn.execute(update(stories).where(stories.c.id == story_id)
                              .values(n_articles=stories.c.n_articles + 1, updated_at=now()))

    # -- stories ------------------------------------------------------------------------------

    def candidate_stories(self, day: dt.date | None, window_days: int, undated: int,
                          month_day: tuple[int, int] | None = None) -> list[dict]:
        """Stories active within ``window_days`` of ``day``. For an undated article: those around
        its dateline's ``month_day`` in any year the store covers, else the latest ``undated``."""
        span = dt.timedelta(days=window_days)
        if day is not None:
            days = [day]
        elif month_day is not None:
            first, last = self.conn.execute(select(func.min(stories.c.date_first), func.max(stories.c.date_last))).one()
            days = [d for year in range(first.year, last.year + 1) if (d := _safe_day(year, *month_day))] \
                if first and last else []
        else:
            query = select(stories).order_by(stories.c.updated_at.desc(), stories.c.id.desc()).limit(undated)
            return [_story(r) for r in self.conn.execute(query)]
        if not days:
            return []
        query = select(stories).where(or_(*[and_(stories.c.date_last >= d - span, stories.c.date_first <= d + span)
                                            for d in days]))
        return [_story(r) for r in self.conn.execute(query)]

    def new_story(self, article: dict, *, centroid: dict, actors: dict, events: dict) -> int:
        values = {"title": article["title"], "first_article_id": article["id"], "date_first": article["story_date"],
                  "date_last": article["story_date"], "n_articles": 1, "actors": actors, "events": events,
                  "centroid": {str(k): round(v, 5) for k, v in centroid.items()}, "updated_at": now()}
        story_id = self.conn.execute(insert(stories), values).inserted_primary_key[0]
        self.conn.execute(update(articles).where(articles.c.id == article["id"]).values(story_id=story_id))
        return story_id

    def join_story(self, story: dict, article: dict, *, centroid: dict, actors: dict, events: dict) -> None:
        day = article["story_date"]
        firsts = [d for d in (story["date_first"], day) if d]
        lasts = [d for d in (story["date_last"], day) if d]
        self.conn.execute(update(stories).where(stories.c.id == story["id"]).values(
            n_articles=stories.c.n_articles + 1, actors=actors, events=events,
            centroid={str(k): round(v, 5) for k, v in centroid.items()},
            date_first=min(firsts) if firsts else None, date_last=max(lasts) if lasts else None, updated_at=now()))
        self.conn.execute(update(articles).where(articles.c.id == article["id"]).values(story_id=story["id"]))

    def dirty_stories(self) -> list[int]:
        return list(self.conn.execute(select(stories.c.id).where(stories.c.n_articles == DIRTY)).scalars())

    def story_members(self, story_id: int) -> list[dict]:
        query = select(articles.c.id, articles.c.title, articles.c.duplicate_of, STORY_DATE.label("story_date"),
                       article_signatures.c.vector, article_signatures.c.actors, article_signatures.c.events) \
            .select_from(articles.outerjoin(article_signatures, article_signatures.c.article_id == articles.c.id)) \
            .where(articles.c.story_id == story_id).order_by(articles.c.id)
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def rewrite_story(self, story_id: int, values: dict | None) -> None:
        """Replace a story's aggregates, or delete it when ``values`` is None (no members left)."""
        if values is None:
            self.conn.execute(delete(stories).where(stories.c.id == story_id))
            return
        values = {**values, "centroid": {str(k): round(v, 5) for k, v in values["centroid"].items()},
                  "updated_at": now()}
        self.conn.execute(update(stories).where(stories.c.id == story_id).values(**values))

    # -- world events ---------------------------------------------------------------------------

    def world_event_candidates(self, type: str, first: dt.date | None, last: dt.date | None) -> list[dict]:
        """World events of this type whose dates overlap ``first..last`` (none for an undated
        mention: it may only join those of its own story, see ``story_world_events``)."""
        if first is None:
            return []
        query = select(world_events).where(and_(world_events.c.type == type, world_events.c.date_first <= last,
                                                world_events.c.date_last >= first))
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def earlier_world_events(self, type: str, before: dt.date | None, limit: int = 200) -> list[dict]:
        """The latest world events of this type that ended before ``before`` (for background mentions)."""
        query = select(world_events).where(world_events.c.type == type)
        if before is not None:
            query = query.where(world_events.c.date_last < before)
        query = query.order_by(world_events.c.date_last.desc().nulls_last()).limit(limit)
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def story_world_events(self, story_id: int | None, type: str) -> list[dict]:
        if story_id is None:
            return []
        ids = select(events.c.world_event_id).select_from(events.join(articles, articles.c.id == events.c.article_id)) \
            .where(and_(articles.c.story_id == story_id, events.c.type == type,
                        events.c.world_event_id.is_not(None))).distinct().scalar_subquery()
        return [dict(r._mapping) for r in self.conn.execute(select(world_events).where(world_events.c.id.in_(ids)))]

    def new_world_event(self, type: str) -> int:
        return self.conn.execute(insert(world_events), {
            "type": type, "modality": "asserted", "source_actors": [], "target_actors": [], "attributes": {},
            "summary": "", "n_mentions": DIRTY, "n_articles": 0, "n_sources": 0, "article_ids": [],
            "disagreements": [], "updated_at": now()}).inserted_primary_key[0]

    def link(self, event_id: int, world_event_id: int) -> None:
        self.conn.execute(update(events).where(events.c.id == event_id).values(world_event_id=world_event_id))

    def mentions(self, world_event_id: int) -> list[dict]:
        """The event rows of a world event, with their article's story, outlet, source and date."""
        # The sentence exactly as in the text (``events.sentence`` is trimmed), to read its clauses.
        sentence = func.substr(articles.c.text, events.c.sentence_start + 1, events.c.sentence_end - events.c.sentence_start)
        query = select(events, articles.c.story_id, articles.c.outlet, sources.c.locator.label("source"),
                       STORY_DATE.label("story_date"), sentence.label("sentence_text")) \
            .select_from(events.join(articles, articles.c.id == events.c.article_id)
                         .join(sources, sources.c.id == articles.c.source_id)) \
            .where(events.c.world_event_id == world_event_id).order_by(events.c.id)
        return [dict(r._mapping) for r in self.conn.execute(query)]

    def dirty_world_events(self) -> list[int]:
        return list(self.conn.execute(select(world_events.c.id).where(world_events.c.n_mentions == DIRTY)).scalars())

    def rewrite_world_event(self, world_event_id: int, values: dict | None) -> None:
        if values is None:
            self.conn.execute(delete(world_events).where(world_events.c.id == world_event_id))
            return
        self.conn.execute(update(world_events).where(world_events.c.id == world_event_id)
                          .values(**values, updated_at=now()))

    # -- starting over ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything organised (``organise --all``)."""
        self.conn.execute(update(events).values(world_event_id=None))
        self.conn.execute(update(articles).values(story_id=None, duplicate_of=None, duplicate_kind=None,
                                                  duplicate_similarity=None, organised_version=None))
        for table in (minhash_bands, article_signatures, world_events, stories, organise_state):
            self.conn.execute(delete(table))


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _story(row) -> dict:
    story = dict(row._mapping)
    story["centroid"] = {int(k): v for k, v in story["centroid"].items()}
    return story
