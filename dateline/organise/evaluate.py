"""Pair precision and recall of same-story clusters against hand labels.

Every unordered pair of articles is a decision: the same story or not. A pair the clustering
puts together is *found*; a pair the labels put together is *true*. Precision is the share of
found pairs that are true, recall the share of true pairs that are found. Counting pairs rather
than clusters weighs a wrong merge of two big stories more than a stray article, as a reader
of the timeline would.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path


@dataclass
class PairScores:
    """How well predicted clusters agree with labelled ones, pair by pair."""

    found: int  # pairs predicted together
    true: int  # pairs labelled together
    correct: int  # pairs both predicted and labelled together
    false_pairs: list[tuple[str, str]] = field(default_factory=list)  # predicted, not labelled
    missed_pairs: list[tuple[str, str]] = field(default_factory=list)  # labelled, not predicted

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.true if self.true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "found_pairs": self.found, "true_pairs": self.true, "correct_pairs": self.correct}


def pairs(clusters: Mapping[str, Hashable]) -> set[tuple[str, str]]:
    """The unordered pairs of keys (each pair sorted) that share a cluster."""
    members = defaultdict(list)
    for key, cluster in clusters.items():
        members[cluster].append(key)
    return {pair for keys in members.values() for pair in combinations(sorted(keys), 2)}


def score_pairs(predicted: Mapping[str, Hashable], labels: Mapping[str, Hashable]) -> PairScores:
    """Compare predicted clusters with labels over the keys both cover.

    :param predicted: key (an article's name) to its cluster (a story id)
    :param labels: key to its labelled story; a key without a label is a story of its own
    """
    keys = set(predicted)
    gold = {key: labels.get(key, ("unlabelled", key)) for key in keys}
    found, true = pairs(predicted), pairs(gold)
    return PairScores(found=len(found), true=len(true), correct=len(found & true),
                      false_pairs=sorted(found - true), missed_pairs=sorted(true - found))


def article_keys(store, folders: Mapping[str, Path]) -> dict[int, str]:
    """Name each article of ``store`` by the folder it was ingested from and its path there:
    ``"demo/wire.jsonl:6"`` for the sixth line of ``wire.jsonl`` in the folder called ``demo``.

    :param store: a ``dateline.store.Store``
    :param folders: alias to the folder's path, as given to ingest
    """
    roots = {alias: Path(folder).resolve() for alias, folder in folders.items()}
    keys = {}
    for article in store.iter_articles():
        path = Path(article["source"]).resolve()
        for alias, root in roots.items():
            if path.is_relative_to(root):
                key = f"{alias}/{path.relative_to(root).as_posix()}"
                keys[article["id"]] = f"{key}:{article['line']}" if article["line"] else key
                break
    return keys


def score_store(store, folders: Mapping[str, Path], labels: Mapping[str, Hashable]) -> tuple[PairScores, dict[int, str]]:
    """The store's story clusters scored against ``labels``, and the key of each labelled article.

    :param store: a store the folders were ingested into
    :param folders: folder alias -> folder (see ``article_keys``)
    :param labels: article key -> story label (see ``load_labels``)
    """
    keys = article_keys(store, folders)
    predicted = {keys[a["id"]]: a["story_id"] for a in store.iter_articles() if a["id"] in keys}
    return score_pairs(predicted, labels), keys


def load_labels(path: Path, aliases: Mapping[str, str]) -> dict[str, str]:
    """Story labels from a labels file (``{"stories": {name: label}, "demo": {...}}``), keyed as
    ``article_keys`` names articles.

    :param path: the JSON file
    :param aliases: section of the file to the folder alias its names are relative to
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {f"{alias}/{name}": label for section, alias in aliases.items() for name, label in data[section].items()}
