"""The REST API under ``/api``: read-only lists and records, and ``POST /api/ingest`` behind a token.

Paths are a contract for scripts: ``/api/articles``, ``/api/articles/{id}``, ``/api/events``,
``/api/world-events``, ``/api/world-events/{id}``, ``/api/timeline``, ``/api/actors``,
``/api/actors/{code}``, ``/api/search?q=``. Lists are objects with ``items``, ``total``,
``limit``, ``offset``, ``next`` and ``previous``.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from .deps import (ArticleFilters, DatelineDep, EventFiltersDep, Paging, SearchQuery, WorldEventFilters,
                   WorldEventFiltersDep, page)
from .chart import count_buckets
from .views import article_summary, article_view, world_event_view

router = APIRouter(prefix="/api", tags=["api"])
MAX_INGEST = 1000  # articles per request: the whole request is one transaction

ArticleId = Annotated[int, Path(ge=1, description="article id")]
ActorCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.-]{1,32}$", description="actor code, e.g. PRK")]


@router.get("/articles", summary="Articles, newest story date first")
def list_articles(request: Request, dl: DatelineDep, filters: Annotated[ArticleFilters, Query()]):
    rows, total = dl.store.articles_page(since=filters.since, until=filters.until, source=filters.source,
                                         limit=filters.limit, offset=filters.offset)
    return page(request, [article_summary(r) for r in rows], total, filters)


@router.get("/articles/{article_id}", summary="One article: metadata, cleaned text, entities, time "
                                                "expressions, quotes and events")
def get_article(article_id: ArticleId, dl: DatelineDep):
    return article_view(dl, article_id)


@router.get("/events", summary="Event mentions (one per report), earliest first")
def list_events(request: Request, dl: DatelineDep, filters: EventFiltersDep):
    rows, total = dl.store.events_page(actor=filters.actor, role=filters.role, type=filters.type,
                                       since=filters.since, until=filters.until, text=filters.text,
                                       limit=filters.limit, offset=filters.offset)
    return page(request, rows, total, filters)


def _world_events(request: Request, dl, filters: WorldEventFilters, *, dated: bool) -> dict:
    found = filters.store_filters() | {"dated": dated}
    rows = dl.store.list_world_events(**found, limit=filters.limit, offset=filters.offset)
    return page(request, rows, dl.store.count_world_events(**found), filters)


@router.get("/world-events", summary="World events (one per happening, however many reports), "
                                     "earliest first, undated last")
def list_world_events(request: Request, dl: DatelineDep, filters: WorldEventFiltersDep,
                      dated: Annotated[bool, Query(description="only those with a date")] = False):
    return _world_events(request, dl, filters, dated=dated)


@router.get("/world-events/{world_event_id}", summary="One world event with every report behind it "
                                                       "and where the reports disagree")
def get_world_event(world_event_id: Annotated[int, Path(ge=1)], dl: DatelineDep):
    return world_event_view(dl, world_event_id)


@router.get("/timeline", summary="The timeline: dated world events, earliest first")
def timeline(request: Request, dl: DatelineDep, filters: WorldEventFiltersDep):
    return _world_events(request, dl, filters, dated=True)


@router.get("/timeline/counts", summary="How many timeline events per week (or month) and type")
def timeline_counts(dl: DatelineDep, filters: WorldEventFiltersDep):
    bucket, counts = count_buckets(dl.store.world_event_counts(**filters.store_filters()))
    return {"bucket": bucket, "items": [{"start": start, "type": kind, "count": n}
                                        for (start, kind), n in sorted(counts.items())]}


@router.get("/actors", summary="The actor registry")
def list_actors(request: Request, dl: DatelineDep, paging: Annotated[Paging, Query()],
                kind: Annotated[str | None, Query(description="country, organization, media")] = None,
                match: Annotated[str | None, Query(max_length=100, description="name or alias contains this")] = None):
    actors = dl.actors(kind=kind or None, match=match or None)
    items = [_actor(a) for a in actors[paging.offset:paging.offset + paging.limit]]
    return page(request, items, len(actors), paging)


@router.get("/actors/{code}", summary="One actor and its world events as source and as target")
def get_actor(code: ActorCode, dl: DatelineDep, paging: Annotated[Paging, Query()]):
    actor = dl.actor(code)
    if actor is None:
        raise HTTPException(404, f"no actor with code {code!r}")
    out = _actor(actor)
    for role in ("source", "target"):
        rows, total = dl.store.actor_world_events(actor.code, role, limit=paging.limit, offset=paging.offset)
        _, reports = dl.store.events_page(actor=actor.code, role=role, limit=1)
        out[f"as_{role}"] = {"items": rows, "total": total, "limit": paging.limit, "offset": paging.offset,
                             "reports": reports, "reports_url": f"/api/events?actor={actor.code}&role={role}"}
    return out


@router.get("/search", summary="Full-text search over titles and texts, best match first")
def search(request: Request, dl: DatelineDep, query: Annotated[SearchQuery, Query()]):
    rows, total = dl.store.search_page(query.q, limit=query.limit, offset=query.offset)
    return page(request, rows, total, query)


def _actor(actor) -> dict:
    return {"code": actor.code, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "aliases": list(actor.aliases)}


# -- writing ---------------------------------------------------------------------------------

class ArticleIn(BaseModel):
    """One article, as in a JSONL record."""

    model_config = ConfigDict(extra="ignore")
    text: str = Field(min_length=1, description="the article as received; boilerplate is cleaned off")
    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="ISO 8601 or RFC 2822")
    source: str | None = Field(None, description="the outlet")
    id: str | int | None = Field(None, description="your id: sending it again updates the article")
    author: str | list[str] | None = None


_bearer = HTTPBearer(auto_error=False, description="the DATELINE_API_TOKEN setting")


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    expected = request.app.state.dateline.settings.api_token
    if not expected:
        raise HTTPException(403, "writes are disabled: set DATELINE_API_TOKEN for the server to accept them")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong bearer token" if given else "missing bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", dependencies=[Depends(require_token)], status_code=200,
             summary="Ingest articles given as JSON (needs the bearer token)")
def ingest(dl: DatelineDep, articles: Annotated[list[ArticleIn], Body(min_length=1, max_length=MAX_INGEST)],
           understand: Annotated[bool, Query(description="run the language pipeline on them")] = True):
    records = [a.model_dump(exclude_none=True) for a in articles]
    report = dl.ingest_records(records, understand=understand)
    return {**report.counts(), "processed": report.processed, "article_ids": report.article_ids,
            "errors": [{"index": (e.line or 1) - 1, "reason": e.reason} for e in report.errors]}

