"""Run the language pipeline over stored articles and store what it finds.

The articles stream through ``nlp.pipe`` (see ``pipeline.understand``); each batch's results
replace the articles' previous entities, time expressions, quotes and events in one transaction,
so processing again (after the rules or the actor registry change) is idempotent and an
interrupted run loses nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc

from ..clean.offsets import OffsetMap
from ..settings import Settings
from ..versions import code_hash
from ..store import Store
from .event_dates import date_bounds
from .event_modality import is_real
from .extensions import ACTORS, TIMEX, doc_text

SHARED_RULES = (Path(__file__).parents[1] / "clean" / "dates.py",)  # month names, weekdays, safe dates


def rules_version(package: Path | None = None) -> str:
    """A short hash of the understanding rules: every module and data file of this package.

    Any edit to a rule or to the actor data gives a new version, so ``process`` redoes the articles
    that an older version processed; documentation (``*.md``) and bytecode do not count.

    :param package: the package folder (default: this one)
    """
    return code_hash(package or Path(__file__).parent, *SHARED_RULES)


# Below this many articles the model runs in process: workers would cost more than they save.
PARALLEL_MIN_ARTICLES = 50
MAX_WORKERS = 3  # beyond this the main process, running dateline's rules and storing, is the bottleneck


def worker_processes(articles: int) -> int:
    """How many worker processes the model gets when the setting leaves it open: on two cores or more,
    as many as the cores (at most ``MAX_WORKERS``), since the main process mostly waits on them."""
    cores = os.cpu_count() or 1
    return min(cores, MAX_WORKERS) if cores > 1 and articles >= PARALLEL_MIN_ARTICLES else 1


def pipeline_version(settings: Settings, extra_actors: list[dict]) -> str:
    actors = hashlib.sha256(json.dumps(extra_actors, sort_keys=True, default=str).encode()).hexdigest()[:12]
    return f"{rules_version()}:{settings.model}:{actors}"


def process(store: Store, settings: Settings, *, article_ids: Iterable[int] | None = None, everything: bool = False,
            progress: Callable[[int], None] | None = None) -> int:
    """Understand articles and store the results; returns how many were processed.

    :param article_ids: these articles; by default those not yet processed by this version
    :param everything: every article, whatever its state
    :param progress: called with the number of articles done after each batch
    """
    from .pipeline import load_pipeline, understand

    extra = store.user_actors()
    nlp = load_pipeline(settings.model, extra)
    version = pipeline_version(settings, extra)
    ids = list(article_ids) if article_ids is not None else store.articles_to_process(version, everything=everything)
    if not ids:  # nothing to do: start no worker processes
        return 0
    items = ((art["text"], *_anchor(art), (art["id"], art["offsets"]))
             for art in _articles(store, ids, settings.nlp_batch_size))
    # One nlp.pipe over every article: with n_process > 1 the workers start once, not once per batch.
    docs = understand(nlp, items, batch_size=settings.nlp_batch_size,
                      n_process=settings.n_process or worker_processes(len(ids)))
    done = 0
    for batch in _batches(docs, settings.nlp_batch_size):
        results = [(article_id, analyse(doc, OffsetMap.from_json(offsets))) for doc, (article_id, offsets) in batch]
        with store.write() as w:
            for article_id, rows in results:
                w.replace_analysis(article_id, rows, version)
        done += len(results)
        if progress:
            progress(done)
    return done


def _articles(store: Store, ids: list[int], batch_size: int) -> Iterator[dict]:
    """The articles to process, read a batch at a time as the pipeline asks for them."""
    for start in range(0, len(ids), batch_size):
        yield from store.articles_for_processing(ids[start:start + batch_size])


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


def _anchor(article: dict) -> tuple[dt.date | None, str | None]:
    """The date relative expressions count from, and where it came from."""
    if article["dateline_date"]:
        return article["dateline_date"], "dateline"
    if article["published"]:
        return article["published"], "published"
    return None, None


def analyse(doc: Doc, offsets: OffsetMap) -> dict[str, list[dict]]:
    """The rows to store for one processed doc, with offsets in the cleaned and the source text."""

    def span(start: int, end: int) -> dict:
        s, e = offsets.span_to_source(start, end)
        return {"start": start, "end": end, "source_start": s, "source_end": e}

    entities = [{**span(m.start_char, m.end_char), "text": m.text, "actor": m._.actor, "kind": m._.actor_kind,
                 "person": m._.person, "country": m._.country, "role": m._.role}
                for m in (doc.spans[ACTORS] if ACTORS in doc.spans else [])]
    timexes = []
    for t in doc.spans[TIMEX] if TIMEX in doc.spans else []:
        x = t._.timex
        timexes.append({**span(t.start_char, t.end_char), "text": t.text, "type": x.type, "value": x.value,
                        "precision": x.precision, "anchor": x.anchor, "tense": x.tense})
    quotes = [{**span(q.start, q.end), "text": q.text, "kind": q.kind, "speaker": q.speaker,
               "speaker_actors": q.speaker_actors, "sentence_start": q.sentence_start, "sentence_end": q.sentence_end}
              for q in doc._.quotes or []]
    events = []
    text = doc_text(doc)
    for e in doc._.events or []:
        if not is_real(e):
            continue  # only alleged, conditional, negated ...: no event of the timeline's
        first, last = date_bounds(e.date)
        events.append({**span(e.start, e.end), "type": e.type, "mode": e.mode, "trigger": e.trigger,
                       "source_actors": e.source_actors, "target_actors": e.target_actors, "date": e.date,
                       "date_precision": e.date_precision, "date_first": first, "date_last": last,
                       "date_source": e.date_source, "place": e.place, "negated": e.negated, "modality": e.modality,
                       "quoted_by": e.quoted_by, "attributes": e.attributes, "cameo": e.code,
                       "sources": e.sources, "targets": e.targets,
                       "sentence": text[e.sentence_start:e.sentence_end].strip(),
                       "sentence_start": e.sentence_start, "sentence_end": e.sentence_end})
    return {"entities": entities, "timexes": timexes, "quotes": quotes, "events": events}
