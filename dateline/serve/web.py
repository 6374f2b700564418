"""The HTML pages: the timeline (``/``), world events, articles with their evidence highlighted,
actors, search, and a reference of the REST API (``/docs``). Server-rendered with Jinja2,
autoescaping on; the pages work without JavaScript and run none."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from .chart import stacked_chart
from .deps import PLOVER_TYPES, ArticleFilters, DatelineDep, Paging, SearchQuery, WorldEventFiltersDep, page
from .highlight import highlight
from .views import (article_marks, article_summary, article_view, attribute_table, event_link, evidence_url,
                    story_date, world_event_view)

TEMPLATES = Path(__file__).parent / "templates"
router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def templates() -> Jinja2Templates:
    # Article text, titles, quotes and names come from untrusted pages: every value is escaped.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(url_with=url_with, PLOVER_TYPES=PLOVER_TYPES, event_link=event_link,
                       evidence_url=evidence_url, story_date=story_date)
    env.filters["snippet"] = snippet_html
    return Jinja2Templates(env=env)


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet with its ``[match]`` marks as ``<mark>``; the text itself is escaped first."""
    return Markup(_SNIPPET_MARK.sub(r"<mark>\1</mark>", str(escape(snippet or ""))))


_SNIPPET_MARK = re.compile(r"\[([^\[\]<>]*)\]")


def url_with(request: Request, **changes) -> str:
    """This page's path and query with ``changes`` applied (None removes a parameter); for links
    that keep the current filters, such as the pager's and the chart's."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status, status=status, message=message)


def actor_names(dl) -> dict[str, str]:
    return {a.code: a.name for a in dl.actors()}


@router.get("/")
def timeline_page(request: Request, dl: DatelineDep, filters: WorldEventFiltersDep):
    found = filters.store_filters()
    rows = dl.store.list_world_events(**found, dated=True, limit=filters.limit, offset=filters.offset)
    paging = page(request, rows, dl.store.count_world_events(**found, dated=True), filters)
    return render(request, "timeline.html", filters=filters, paging=paging, names=actor_names(dl),
                  chart=stacked_chart(dl.store.world_event_counts(**found), trim=not (filters.since or filters.until)))


@router.get("/world-events/{world_event_id}")
def world_event_page(request: Request, world_event_id: Annotated[int, PathParam(ge=1)], dl: DatelineDep):
    we = world_event_view(dl, world_event_id)
    fields, disputed = attribute_table(we)
    return render(request, "world_event.html", we=we, fields=fields, disputed=disputed, names=actor_names(dl))


@router.get("/articles")
def articles_page(request: Request, dl: DatelineDep, filters: Annotated[ArticleFilters, Query()]):
    rows, total = dl.store.articles_page(since=filters.since, until=filters.until, source=filters.source,
                                         limit=filters.limit, offset=filters.offset)
    return render(request, "articles.html", filters=filters,
                  paging=page(request, [article_summary(r) for r in rows], total, filters))


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: Annotated[int, PathParam(ge=1)], dl: DatelineDep,
                 event: Annotated[int | None, Query(description="an event to pick out")] = None):
    article = article_view(dl, article_id)
    names = actor_names(dl)
    text = highlight(article["text"], article_marks(article, names), focus=event)
    return render(request, "article.html", article=article, text=text, names=names, focus=event)


@router.get("/articles/{article_id}/raw", response_class=PlainTextResponse)
def article_raw(article_id: Annotated[int, PathParam(ge=1)], dl: DatelineDep):
    """The input exactly as received, as plain text (an HTML page is shown, never rendered)."""
    article = dl.article(article_id)
    try:
        body = article["raw"].decode(article["raw_encoding"], errors="replace")
    except LookupError:
        body = article["raw"].decode("utf-8", errors="replace")
    return PlainTextResponse(body)


@router.get("/actors/{code}")
def actor_page(request: Request, code: str, dl: DatelineDep, paging: Annotated[Paging, Query()]):
    actor = dl.actor(code) or dl.registry().lookup(code)
    if actor is None:
        return error_page(request, 404, f"no actor with code {code!r}")
    sides = {}
    for role in ("source", "target"):
        rows, total = dl.store.actor_world_events(actor.code, role, limit=paging.limit, offset=paging.offset)
        reports, n_reports = dl.store.events_page(actor=actor.code, role=role, limit=paging.limit)
        sides[role] = {"world_events": page(request, rows, total, paging), "reports": reports,
                       "n_reports": n_reports}
    return render(request, "actor.html", actor=actor, sides=sides, names=actor_names(dl))


@router.get("/search")
def search_page(request: Request, dl: DatelineDep, query: Annotated[SearchQuery, Query()]):
    rows, total = dl.store.search_page(query.q, limit=query.limit, offset=query.offset)
    return render(request, "search.html", query=query, paging=page(request, rows, total, query))


@router.get("/docs")
def api_docs(request: Request):
    """The REST API's paths, parameters and answers, from its OpenAPI description; the
    machine-readable one is ``/openapi.json``."""
    spec = request.app.openapi()
    operations = [{"method": method.upper(), "path": path, **op}
                  for path, methods in spec["paths"].items() for method, op in methods.items()]
    return render(request, "docs.html", spec=spec, operations=operations)
