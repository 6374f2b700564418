"""What the REST API and the web pages share: the open Dateline, and the filters and paging of
their lists, validated once (a bad date or type is a 422 that names the field and the value)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from ..api import Dateline

# PLOVER's 16 event types (see ../shared/PLOVER.md), in its order from cooperation to force.
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MAX_LIMIT = 200  # rows per page: every list request stays bounded


def get_dateline(request: Request) -> Dateline:
    return request.app.state.dateline


DatelineDep = Annotated[Dateline, Depends(get_dateline)]


class _Filters(BaseModel):
    """Query parameters; an empty form field counts as not given."""

    model_config = ConfigDict(extra="ignore")

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_default(cls, value, info: ValidationInfo):
        if isinstance(value, str) and not value.strip():
            return cls.model_fields[info.field_name].default
        return value


class Paging(_Filters):
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description="rows per page")
    offset: int = Field(0, ge=0, description="rows to skip")


class _DateRange(Paging):
    since: dt.date | None = Field(None, description="on or after this day (YYYY-MM-DD)")
    until: dt.date | None = Field(None, description="on or before this day (YYYY-MM-DD)")

    @model_validator(mode="after")
    def _in_order(self):
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self


class _ActorAndType(_DateRange):
    actor: str | None = Field(None, max_length=80, description="actor code (PRK) or name (North Korea)")
    type: str | None = Field(None, description="PLOVER type, e.g. MOBILIZE")

    @field_validator("actor", "type")
    @classmethod
    def _stripped(cls, value):
        return value.strip() if value else value

    @field_validator("type")
    @classmethod
    def _upper(cls, value):
        return value.upper() if value else value

    @field_validator("type")
    @classmethod
    def _known_type(cls, value):
        if value and value not in PLOVER_TYPES:
            raise ValueError(f"unknown type {value!r}; PLOVER types are {', '.join(PLOVER_TYPES)}")
        return value


class ArticleFilters(_DateRange):
    source: str | None = Field(None, description="input path/URL or outlet contains this")


class EventFilters(_ActorAndType):
    role: Literal["source", "target"] | None = Field(None, description="with actor: only as source or as target")
    text: str | None = Field(None, max_length=200, description="the evidence sentence contains this")


class WorldEventFilters(_ActorAndType):
    min_sources: int = Field(1, ge=1, description="reported by at least this many outlets")

    def store_filters(self) -> dict:
        """The keyword arguments of ``Store.list_world_events`` / ``count_world_events``."""
        return {"actor": self.actor, "type": self.type, "since": self.since, "until": self.until,
                "min_sources": self.min_sources}


class SearchQuery(Paging):
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description="rows per page")
    q: str = Field("", max_length=500, description='words (all must match) and "quoted phrases"')


def page(request: Request, items: list, total: int, paging: Paging) -> dict:
    """A list response: the items, the total they come from, and links to the pages around."""
    def link(offset: int) -> str:
        return str(request.url.include_query_params(offset=offset, limit=paging.limit))

    after = paging.offset + paging.limit
    return {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset,
            "next": link(after) if after < total else None,
            "previous": link(max(0, paging.offset - paging.limit)) if paging.offset > 0 else None}


def resolve_actor(dl: Dateline, given: str) -> str:
    """The code of the actor ``given`` as a code ("PRK", "prk") or a name ("North Korea", "DPRK")."""
    actor = dl.actor(given) or dl.registry().lookup(given)
    if actor is None:
        raise RequestValidationError([{"loc": ("query", "actor"), "input": given, "type": "value_error",
                                       "msg": "no such actor (give a code like PRK or a name like North Korea)"}])
    return actor.code


def _with_actor_code(dl: Dateline, filters):
    return filters.model_copy(update={"actor": resolve_actor(dl, filters.actor)}) if filters.actor else filters


def event_filters(dl: DatelineDep, filters: Annotated[EventFilters, Query()]) -> EventFilters:
    return _with_actor_code(dl, filters)


def world_event_filters(dl: DatelineDep, filters: Annotated[WorldEventFilters, Query()]) -> WorldEventFilters:
    return _with_actor_code(dl, filters)


EventFiltersDep = Annotated[EventFilters, Depends(event_filters)]
WorldEventFiltersDep = Annotated[WorldEventFilters, Depends(world_event_filters)]
