"""Score the events the pipeline finds against hand-coded sentences (``tests/data/events_eval``).

Each item is a sentence (or two) with its anchor date and the events a careful coder lists (see
that folder's README). An expected event is *found by type* when an event of the same PLOVER type
is found in its item, and *fully right* when that event also has the expected source, target and
date: a source or target matches when an expected code is one of the found actors' codes or their
countries (an expected ``[]`` wants none with a code), and a date when the found one lies within
the expected day, month or year (an expected ``null`` takes any). Precision is the share of found
events that stand for an expected one of their type. Each expected and each found event is paired
at most once, the best-fitting pair first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .event_dates import date_bounds
from .event_modality import is_real


@dataclass
class Item:
    id: str
    anchor: dt.date
    text: str
    events: list[dict]
    group: str  # the file it came from, without .jsonl


@dataclass
class Scores:
    expected: int = 0
    found: int = 0
    type_hits: int = 0  # expected events with a found event of their type
    full_hits: int = 0  # ... and the right source, target and date
    true_found: int = 0  # found events paired with an expected one of their type
    by_type: dict[str, Counter] = field(default_factory=dict)
    misses: list[tuple[str, str, dict]] = field(default_factory=list)  # (item id, text, expected event)
    spurious: list[tuple[str, str, dict]] = field(default_factory=list)  # (item id, text, found event)
    partial: list[tuple[str, str, dict, dict]] = field(default_factory=list)  # type right, the rest not

    @property
    def type_recall(self) -> float:
        return self.type_hits / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.true_found / self.found if self.found else 1.0

    @property
    def full_recall(self) -> float:
        return self.full_hits / self.expected if self.expected else 1.0

    def add(self, other: Scores) -> None:
        for name in ("expected", "found", "type_hits", "full_hits", "true_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for type_, counts in other.by_type.items():
            self.by_type.setdefault(type_, Counter()).update(counts)
        self.misses += other.misses
        self.spurious += other.spurious
        self.partial += other.partial


def load_items(folder: Path) -> list[Item]:
    """Every item of every ``*.jsonl`` file in ``folder``, in file and line order."""
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                raw = json.loads(line)
                items.append(Item(raw["id"], dt.date.fromisoformat(raw["anchor"]), raw["text"], raw["events"],
                                  path.stem))
    return items


def found_events(nlp, item: Item, countries: dict[str, str]) -> list[dict]:
    """The pipeline's events for one item, as dicts with the codes and countries of their actors."""
    doc = nlp.make_doc(item.text)
    doc._.anchor = item.anchor
    doc = nlp(doc)
    out = []
    for e in doc._.events:
        if not is_real(e):
            continue  # as the store: only what happened or is planned
        out.append({"type": e.type, "source": _with_countries(e.source_actors, countries),
                    "target": _with_countries(e.target_actors, countries), "date": e.date, "trigger": e.trigger,
                    "modality": e.modality, "negated": e.negated})
    return out


def _with_countries(codes: list[str], countries: dict[str, str]) -> set[str]:
    return set(codes) | {countries[c] for c in codes if countries.get(c)}


def score_item(item: Item, found: list[dict]) -> Scores:
    scores = Scores(expected=len(item.events), found=len(found))
    pairs = sorted(((_fit(x, f), i, j) for i, x in enumerate(item.events) for j, f in enumerate(found)
                    if x["type"] == f["type"]), reverse=True)
    used_x, used_f = set(), set()
    for fit, i, j in pairs:
        if i in used_x or j in used_f:
            continue
        used_x.add(i)
        used_f.add(j)
        scores.type_hits += 1
        scores.true_found += 1
        if fit == 3:
            scores.full_hits += 1
        else:
            scores.partial.append((item.id, item.text, item.events[i], found[j]))
    for events, used, total, hit, unpaired in ((item.events, used_x, "expected", "type_hits", scores.misses),
                                               (found, used_f, "found", "true_found", scores.spurious)):
        for n, e in enumerate(events):
            counts = scores.by_type.setdefault(e["type"], Counter())
            counts[total] += 1
            if n in used:
                counts[hit] += 1
            else:
                unpaired.append((item.id, item.text, e))
    return scores


def _fit(expected: dict, found: dict) -> int:
    """How many of source, target and date agree (3: the event is fully right)."""
    return _actors_fit(expected.get("source", []), found["source"]) \
        + _actors_fit(expected.get("target", []), found["target"]) + _date_fit(expected.get("date"), found["date"])


def _actors_fit(expected: list[str], found: set[str]) -> int:
    if not expected:
        return int(not found)
    return int(bool(set(expected) & found))


def _date_fit(expected: str | None, found: str | None) -> int:
    if expected is None:
        return 1
    want, got = date_bounds(expected), date_bounds(found)
    if want[0] is None or got[0] is None:
        return 0
    return int(want[0] <= got[0] and got[1] <= want[1])


def evaluate(nlp, items: list[Item], countries: dict[str, str]) -> dict[str, Scores]:
    """Scores per file (group) and over all items ("all")."""
    by_group: dict[str, Scores] = {}
    total = Scores()
    for item in items:
        scores = score_item(item, found_events(nlp, item, countries))
        by_group.setdefault(item.group, Scores()).add(scores)
        total.add(scores)
    by_group["all"] = total
    return by_group
