"""Same-story clustering, one article at a time.

An article joins the story it is most similar to among the stories active around its date, or
starts a new one. Similarity combines four signals, each in 0..1, and one penalty:

- text: cosine of TF-IDF vectors (hashed stemmed terms, see ``terms``; sublinear term
  frequency; the title's and first paragraph's terms weigh more; document frequencies kept for
  the whole store), article against the story's centroid;
- lead: whether one of the article's lead events (its first events with a source that it
  reports rather than recalls: what the story is about) can be the same happening as a lead
  event of an article of the story;
- actors: overlap of the actors the article mentions most with the story's;
- days: how close the article's day is to the days the story's articles tell of. An article's
  day is the day a lead event gives in its own words ("on Sunday"), so that a report published
  the next morning still falls on the day it tells, else its dateline's date (for wire copy
  under a dateline without one, the publication date). A page without a dateline has no day:
  an explainer published the day after a launch is not, by its date, that launch's story;
- conflict (subtracted): the article's first lead event gives a day of its own, and the story's
  lead events of the same type by the same actor all fall on other days: two launches, two
  rounds of talks, two days of shelling.

Text carries most of the weight; events and dates decide between stories that read alike.
Actors are compared too, but weigh nothing by default (see ``StoryRules``).
Stories are time-local: only stories whose dates come within ``window_days`` of the article's
are candidates, so assigning an article costs the same whatever the size of the store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

from ..clean import dates
from .terms import terms
from .world_events import is_background

FEATURES = 2 ** 18
CENTROID_TERMS = 300  # a story keeps its strongest terms only, so its row stays small
TOP_ACTORS = 6
MONTH_DAY = re.compile(dates.MONTH_DAY_PATTERN)
LEAD_EVENTS = 3  # the first events of an article say what its story is about
#: Extra weight of a term that the title or the first paragraph uses (the lede says what the
#: story is; later paragraphs give background shared with other stories).
LEDE_BOOST = 1.0
#: An event's date is its own when the sentence gives it; an "anchor" date is only the report's.
OWN_DATE_SOURCES = ("sentence", "relative")
#: Closeness of two days by how many days apart they are (others: 0).
DAY_CLOSENESS = {0: 1.0, 1: 0.5, 2: 0.2}
DAY = "DAY"  # the "type" of the key that stores an article's day with its story's lead events


@dataclass(frozen=True)
class StoryRules:
    """How stories are found. The weights were tuned with ``benchmarks/stories.py`` on the labelled
    set in ``tests/data/stories`` and on ``examples/demo``: the demo's groups (and nothing else)
    hold for thresholds from 0.34 to 0.46, and on the labelled set pair precision stays at 0.83
    or more and recall at 0.64 or more for thresholds from 0.36 to 0.44 or any weight moved by
    0.05."""

    threshold: float = 0.4
    window_days: int = 3
    text_weight: float = 0.6
    lead_weight: float = 0.15
    #: The stories active in a few days around an article nearly all share its main actors, so
    #: their overlap only lifts every score alike (and joins an explainer to the news it recaps).
    actor_weight: float = 0.0
    day_weight: float = 0.25
    conflict_penalty: float = 0.4
    #: Undated articles are compared with this many of the most recently updated stories.
    undated_candidates: int = 50


@dataclass
class Features:
    """What story assignment needs from one article."""

    vector: dict[int, float]  # l2-normalised sublinear term frequencies
    actors: list[str]
    leads: list[str]  # "TYPE|SOURCE,SOURCE|first day|last day" of its lead events (days: their own only)
    day: dt.date | None = None  # the day it says it tells of (see ``article_day``)
    month_day: tuple[int, int] | None = None  # its dateline's (month, day) when the year is unknown


@lru_cache(maxsize=1)
def _vectorizer() -> HashingVectorizer:
    return HashingVectorizer(n_features=FEATURES, alternate_sign=False, norm=None, analyzer=terms)


def term_vectors(texts: list[str], ledes: list[str] | None = None) -> list[dict[int, float]]:
    """Term weights, one l2-normalised sparse dict per text: 1 + log tf, plus ``LEDE_BOOST`` for
    each term of its lede (title and first paragraph).

    :param texts: the articles' texts (with their titles)
    :param ledes: each text's title and first paragraph, or None for no boost
    """
    matrix = _vectorizer().transform(texts).tocsr()
    lede = _vectorizer().transform(ledes).tocsr() if ledes is not None else None
    out = []
    for row in range(matrix.shape[0]):
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        weights = dict(zip(matrix.indices[lo:hi].tolist(), (1.0 + np.log(matrix.data[lo:hi])).tolist()))
        if lede is not None:
            for term in lede.indices[lede.indptr[row]:lede.indptr[row + 1]].tolist():
                weights[term] = weights.get(term, 0.0) + LEDE_BOOST
        norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
        out.append({term: w / norm for term, w in weights.items()})
    return out


def story_text(title: str | None, text: str) -> tuple[str, str]:
    """The text story assignment reads (title and body) and its lede (title and first paragraph)."""
    first = next((p for p in text.split("\n") if p.strip()), "")
    title = title or ""
    return f"{title}\n\n{text}", f"{title}\n\n{first}"


def main_actors(entity_actors: list[str]) -> list[str]:
    """The actors an article mentions most (at most ``TOP_ACTORS``), most mentioned first."""
    counts = Counter(a for a in entity_actors if a)
    return [code for code, _ in counts.most_common(TOP_ACTORS)]


def lead_events(events: list[dict], text: str) -> list[str]:
    """Keys of the article's first ``LEAD_EVENTS`` events reported as happening with a source,
    leaving out those it only recalls ("days after the launch"). A key keeps the event's days only
    when the sentence gives them: the report's own date says nothing of when it happened."""
    keys = []
    for e in sorted(events, key=lambda e: e["start"]):
        if e["modality"] != "asserted" or e["negated"] or not e["source_actors"]:
            continue
        if is_background(text[e["sentence_start"]:e["sentence_end"]], e):
            continue
        own = e["date_source"] in OWN_DATE_SOURCES
        first, last = (e["date_first"] or "", e["date_last"] or "") if own else ("", "")
        key = f"{e['type']}|{','.join(sorted(e['source_actors']))}|{first}|{last}"
        if key not in keys:
            keys.append(key)
        if len(keys) == LEAD_EVENTS:
            break
    return keys


def _parts(key: str) -> tuple[str, set[str], str, str]:
    type_, sources, first, last = key.split("|")
    return type_, set(sources.split(",")), first, last


def _one_day(key: str) -> dt.date | None:
    _, _, first, last = _parts(key)
    return dt.date.fromisoformat(first) if first and first == last else None


def lead_match(a: str, b: str) -> float:
    """1 when two lead keys are one happening on one day (same type, a shared source); 0.5 when one
    is undated and the sources are the same; else 0. Vaguer dates (a month) prove nothing."""
    type_a, sources_a, first_a, last_a = _parts(a)
    type_b, sources_b, first_b, last_b = _parts(b)
    if type_a != type_b:
        return 0.0
    if first_a and first_b:
        one_day = first_a == last_a and first_b == last_b
        return float(one_day and first_a == first_b and bool(sources_a & sources_b))
    return 0.5 if sources_a == sources_b else 0.0


def conflict(leads: list[str], story_events: dict[str, int]) -> float:
    """1 when the article's first lead event has a day of its own and the story's lead events of
    the same type by the same actor fall on other days only; else 0."""
    day = _one_day(leads[0]) if leads else None
    if day is None:
        return 0.0
    type_, sources, _, _ = _parts(leads[0])
    theirs = {_one_day(key) for key in story_events
              if _parts(key)[0] == type_ and _parts(key)[1] & sources and _one_day(key)}
    return float(bool(theirs) and day not in theirs)


def article_day(leads: list[str], story_date: dt.date | None, datelined: bool, window_days: int) -> dt.date | None:
    """The day an article says it tells of: the first day one of its lead events gives of its own
    within ``window_days`` of its story date (an older one is background, or a misread date),
    else, for a report under a dateline, its story date (the dateline's, or the publication date
    of wire copy whose dateline gives none). None for an undated article, and for a page without
    a dateline (a blog's recap, an explainer): that it went up on a day says little about which
    day's story it tells."""
    for key in leads:
        day = _one_day(key)
        if day and (story_date is None or abs((day - story_date).days) <= window_days):
            return day
    return story_date if datelined else None


def day_key(day: dt.date) -> str:
    """The key that records, with a story's lead events, the day an article of it tells of."""
    return f"{DAY}||{day.isoformat()}|{day.isoformat()}"


def stored_events(features: Features) -> list[str]:
    """What an article adds to its story's ``events``: its lead events and its day."""
    return features.leads + ([day_key(features.day)] if features.day else [])


def lead_keys(stored: list[str]) -> list[str]:
    """The lead events among an article's stored events (``stored_events``)."""
    return [key for key in stored if not key.startswith(f"{DAY}|")]


def month_day(dateline_text: str | None) -> tuple[int, int] | None:
    """The month and day a dateline gives without a year ("CAMP DAVID, Aug 18 (Wire) -")."""
    match = MONTH_DAY.search(dateline_text or "")
    return dates.month_day(match) if match else None


def closeness(features: Features, story: dict) -> float:
    """How near the article's day is to the days the story's articles tell of (their own days and
    their lead events' days): 1 on the same day, less a day or two apart, 0 further or when
    either side has no day."""
    days = {d for key in story["events"] if (d := _one_day(key))}
    if not days:
        return 0.0
    if features.day is not None:
        gap = min(abs((features.day - d).days) for d in days)
    elif features.month_day is not None:  # the dateline's day, in the years around the story's
        near = [dates.safe_date(d.year + shift, *features.month_day) for d in days for shift in (-1, 0, 1)]
        gap = min((abs((n - d).days) for n in near if n for d in days), default=None)  # "Feb 29", "Feb 30"
        if gap is None:
            return 0.0
    else:
        return 0.0
    return DAY_CLOSENESS.get(gap, 0.0)


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


def signals(features: Features, story: dict, df: DocumentFrequencies) -> dict[str, float]:
    """Each signal of the article against ``story`` (a row of ``stories``), 0..1."""
    text = cosine(features.vector, story["centroid"], df)
    # The first lead event counts fully, later ones less: they are often context ("in response to ...").
    lead = max((lead_match(mine, theirs) * (1 - i / LEAD_EVENTS) for i, mine in enumerate(features.leads)
                for theirs in story["events"]), default=0.0)
    return {"text": text, "lead": lead, "actors": overlap(features.actors, story["actors"]),
            "days": closeness(features, story), "conflict": conflict(features.leads, story["events"])}


def score(features: Features, story: dict, df: DocumentFrequencies, rules: StoryRules) -> float:
    """How likely the article tells ``story`` (a row of ``stories``), at most 1."""
    s = signals(features, story, df)
    return (rules.text_weight * s["text"] + rules.lead_weight * s["lead"] + rules.actor_weight * s["actors"]
            + rules.day_weight * s["days"] - rules.conflict_penalty * s["conflict"])


def story_of(features: Features) -> dict:
    """A story made of one article (to compare two articles with the same rules)."""
    return {"centroid": add_to_centroid({}, features.vector), "actors": add_counts({}, features.actors),
            "events": add_counts({}, stored_events(features))}


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
