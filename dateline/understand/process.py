"""Run the language pipeline over stored articles and store what it finds.

Each batch of articles goes through ``nlp.pipe`` and its results replace the articles' previous
entities, time expressions, quotes and events in one transaction, so processing again (after the
rules or the actor registry change) is idempotent and an interrupted run loses nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..clean.offsets import OffsetMap
from ..settings import Settings
from ..store import Store
from .events import date_bounds
from .extensions import ACTORS, TIMEX

# Bump when a rule changes what the pipeline finds: ``process`` redoes articles of older versions.
RULES_VERSION = "2"


def pipeline_version(settings: Settings, extra_actors: list[dict]) -> str:
    actors = hashlib.sha256(json.dumps(extra_actors, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return f"{RULES_VERSION}:{settings.model}:{actors}"


def process(store: Store, settings: Settings, *, article_ids: Iterable[int] | None = None, everything: bool = False,
            progress: Callable[[int], None] | None = None) -> int:
    """Understand articles and store the results; returns how many were processed.

    :param article_ids: these articles; by default those not yet processed by this version
    :param everything: every article, whatever its state
    :param progress: called with the number of articles done after each batch
    """
    from .pipeline import load_pipeline

    extra = store.user_actors()
    nlp = load_pipeline(settings.model, extra)
    version = pipeline_version(settings, extra)
    ids = list(article_ids) if article_ids is not None else store.articles_to_process(version, everything=everything)
    done = 0
    for start in range(0, len(ids), settings.nlp_batch_size):
        batch = store.articles_for_processing(ids[start:start + settings.nlp_batch_size])
        docs = [_make_doc(nlp, art) for art in batch]
        results = [(art["id"], analyse(doc, OffsetMap.from_json(art["offsets"])))
                   for art, doc in zip(batch, nlp.pipe(docs, batch_size=settings.nlp_batch_size, n_process=settings.n_process))]
        with store.write() as w:
            for article_id, rows in results:
                w.replace_analysis(article_id, rows, version)
        done += len(batch)
        if progress:
            progress(done)
    return done


def _make_doc(nlp: Language, article: dict) -> Doc:
    doc = nlp.make_doc(article["text"])
    if article["dateline_date"]:
        doc._.anchor, doc._.anchor_source = article["dateline_date"], "dateline"
    elif article["published"]:
        doc._.anchor, doc._.anchor_source = article["published"], "published"
    return doc


def analyse(doc: Doc, offsets: OffsetMap) -> dict[str, list[dict]]:
    """The rows to store for one processed doc, with offsets in the cleaned and the source text."""

    def span(start: int, end: int) -> dict:
        s, e = offsets.span_to_source(start, end)
        return {"start": start, "end": end, "source_start": s, "source_end": e}

    entities = [{**span(m.start_char, m.end_char), "text": m.text, "actor": m._.actor, "kind": m._.actor_kind,
                 "person": m._.person} for m in (doc.spans[ACTORS] if ACTORS in doc.spans else [])]
    timexes = []
    for t in doc.spans[TIMEX] if TIMEX in doc.spans else []:
        x = t._.timex
        timexes.append({**span(t.start_char, t.end_char), "text": t.text, "type": x.type, "value": x.value,
                        "precision": x.precision, "anchor": x.anchor, "tense": x.tense})
    quotes = [{**span(q.start, q.end), "text": q.text, "kind": q.kind, "speaker": q.speaker,
               "speaker_actors": q.speaker_actors, "sentence_start": q.sentence_start, "sentence_end": q.sentence_end}
              for q in doc._.quotes or []]
    events = []
    text = doc.text  # built anew on each access: read it once
    for e in doc._.events or []:
        first, last = date_bounds(e.date)
        events.append({**span(e.start, e.end), "type": e.type, "mode": e.mode, "trigger": e.trigger,
                       "source_actors": e.source_actors, "target_actors": e.target_actors, "date": e.date,
                       "date_precision": e.date_precision, "date_first": first, "date_last": last,
                       "date_source": e.date_source, "place": e.place, "negated": e.negated, "modality": e.modality,
                       "quoted_by": e.quoted_by, "attributes": e.attributes,
                       "sentence": text[e.sentence_start:e.sentence_end].strip(),
                       "sentence_start": e.sentence_start, "sentence_end": e.sentence_end})
    return {"entities": entities, "timexes": timexes, "quotes": quotes, "events": events}
