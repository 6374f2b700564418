"""Same-story clustering, one article at a time.

An article joins the story it is most similar to among the stories active around its date, or
starts a new one. Similarity combines three signals, each in 0..1:

- text: cosine of TF-IDF vectors (hashed word features, sublinear term frequency, document
  frequencies kept for the whole store), article against the story's centroid;
- lead: whether one of the article's lead events (its first events with a source: what the
  story is about) can be the same happening as a lead event of an article of the story;
- actors: overlap of the actors the article mentions most with the story's.

Stories are time-local: only stories whose dates come within ``window_days`` of the article's
are candidates, so assigning an article costs the same whatever the size of the store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import re

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from ..clean import dates

FEATURES = 2 ** 18
CENTROID_TERMS = 300  # a story keeps its strongest terms only, so its row stays small
TOP_ACTORS = 6
MONTH_DAY = re.compile(dates.MONTH_DAY_PATTERN)
LEAD_EVENTS = 3  # the first events of an article say what its story is about
TOKEN = r"(?u)\b[^\W\d_][\w'’-]*[^\W_]\b|\b\d[\d,.]*\d\b"


@dataclass(frozen=True)
class StoryRules:
    threshold: float = 0.4
    window_days: int = 3
    text_weight: float = 0.6
    lead_weight: float = 0.3
    actor_weight: float = 0.1
    #: Undated articles are compared with this many of the most recently updated stories.
    undated_candidates: int = 50


@dataclass
class Features:
    """What story assignment needs from one article."""

    vector: dict[int, float]  # l2-normalised sublinear term frequencies
    actors: list[str]
    leads: list[str]  # "TYPE|SOURCE,SOURCE|first day|last day" of its lead events


@lru_cache(maxsize=1)
def _vectorizer() -> HashingVectorizer:
    return HashingVectorizer(n_features=FEATURES, alternate_sign=False, norm=None, stop_words="english",
                             token_pattern=TOKEN, lowercase=True)


def term_vectors(texts: list[str]) -> list[dict[int, float]]:
    """Sublinear (1 + log tf) term weights, l2-normalised, one sparse dict per text."""
    matrix = _vectorizer().transform(texts).tocsr()
    out = []
    for row in range(matrix.shape[0]):
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        weights = 1.0 + np.log(matrix.data[lo:hi])
        norm = float(np.sqrt((weights ** 2).sum())) or 1.0
        out.append(dict(zip(matrix.indices[lo:hi].tolist(), (weights / norm).tolist())))
    return out


def main_actors(entity_actors: list[str]) -> list[str]:
    """The actors an article mentions most (at most ``TOP_ACTORS``), most mentioned first."""
    counts = Counter(a for a in entity_actors if a)
    return [code for code, _ in counts.most_common(TOP_ACTORS)]


def lead_events(events: list[dict]) -> list[str]:
    """Keys of the article's first ``LEAD_EVENTS`` events reported as happening with a source."""
    keys = []
    for e in sorted(events, key=lambda e: e["start"]):
        if e["modality"] == "asserted" and not e["negated"] and e["source_actors"]:
            key = f"{e['type']}|{','.join(sorted(e['source_actors']))}|{e['date_first'] or ''}|{e['date_last'] or ''}"
            if key not in keys:
                keys.append(key)
        if len(keys) == LEAD_EVENTS:
            break
    return keys


def lead_match(a: str, b: str) -> float:
    """1 when two lead keys are one happening on one day (same type, a shared source); 0.5 when one
    is undated and the sources are the same; else 0. Vaguer dates (a month) prove nothing."""
    type_a, sources_a, first_a, last_a = a.split("|")
    type_b, sources_b, first_b, last_b = b.split("|")
    if type_a != type_b:
        return 0.0
    if first_a and first_b:
        one_day = first_a == last_a and first_b == last_b
        return float(one_day and first_a == first_b and bool(set(sources_a.split(",")) & set(sources_b.split(","))))
    return 0.5 if sources_a == sources_b else 0.0


def month_day(dateline_text: str | None) -> tuple[int, int] | None:
    """The month and day a dateline gives without a year ("CAMP DAVID, Aug 18 (Wire) -")."""
    match = MONTH_DAY.search(dateline_text or "")
    return dates.month_day(match) if match else None


class DocumentFrequencies:
    """How many articles of the store contain each hashed term, for IDF weights."""

    def __init__(self, counts: np.ndarray | None = None, documents: int = 0):
        self.counts = counts if counts is not None else np.zeros(FEATURES, dtype=np.int32)
        self.documents = documents

    def add(self, vector: dict[int, float], sign: int = 1) -> None:
        if vector:
            self.counts[np.fromiter(vector, dtype=np.int64)] += sign
        self.documents += sign

    def idf(self, terms) -> np.ndarray:
        df = self.counts[np.fromiter(terms, dtype=np.int64)]
        return np.log((1 + self.documents) / (1 + df)) + 1.0


def cosine(vector: dict[int, float], centroid: dict[int, float], df: DocumentFrequencies) -> float:
    if not vector or not centroid:
        return 0.0
    shared = [t for t in vector if t in centroid]
    if not shared:
        return 0.0
    a_terms, c_terms = list(vector), list(centroid)
    a = np.fromiter(vector.values(), dtype=float) * df.idf(a_terms)
    c = np.fromiter(centroid.values(), dtype=float) * df.idf(c_terms)
    shared_idf = df.idf(shared) ** 2
    dot = float(sum(vector[t] * centroid[t] * w for t, w in zip(shared, shared_idf)))
    return dot / (float(np.linalg.norm(a)) * float(np.linalg.norm(c)) or 1.0)


def overlap(mine: list[str], theirs: dict[str, int]) -> float:
    """Share of the smaller side found in the other (0 when either has nothing)."""
    if not mine or not theirs:
        return 0.0
    return len(set(mine) & set(theirs)) / min(len(mine), len(theirs))


def score(features: Features, story: dict, df: DocumentFrequencies, rules: StoryRules) -> float:
    """How likely the article tells ``story`` (a row of ``stories``), 0..1."""
    text = cosine(features.vector, story["centroid"], df)
    # The first lead event counts fully, later ones less: they are often context ("in response to ...").
    lead = max((lead_match(mine, theirs) * (1 - i / LEAD_EVENTS) for i, mine in enumerate(features.leads)
                for theirs in story["events"]), default=0.0)
    actors = overlap(features.actors, story["actors"])
    return rules.text_weight * text + rules.lead_weight * lead + rules.actor_weight * actors


def add_to_centroid(centroid: dict[int, float], vector: dict[int, float], sign: int = 1) -> dict[int, float]:
    """The story's summed term weights with one article added (or taken away), strongest kept."""
    merged = dict(centroid)
    for term, weight in vector.items():
        merged[term] = merged.get(term, 0.0) + sign * weight
    merged = {t: w for t, w in merged.items() if w > 1e-9}
    if len(merged) > CENTROID_TERMS:
        merged = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS])
    return merged


def add_counts(counts: dict[str, int], keys: list[str], sign: int = 1) -> dict[str, int]:
    merged = Counter(counts)
    for key in keys:
        merged[key] += sign
    return {k: v for k, v in merged.items() if v > 0}


def best_story(features: Features, candidates: list[dict], df: DocumentFrequencies,
               rules: StoryRules) -> tuple[dict | None, float]:
    """The candidate story the article belongs to and its score, or ``(None, best score)``."""
    best, best_score = None, 0.0
    for story in candidates:
        s = score(features, story, df, rules)
        if s > best_score:
            best, best_score = story, s
    if best is not None and best_score >= rules.threshold:
        return best, best_score
    return None, best_score
