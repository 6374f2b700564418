"""Same-story clustering against hand labels: pair precision, recall and F1.

Ingests the labelled articles of ``tests/data/stories`` through the whole pipeline (clean,
understand, organise) into a fresh SQLite store, alone and then together with
``examples/demo``, reads the story ids and compares every pair of articles with the labels
(``tests/data/stories/labels.json``; see ``dateline.organise.evaluate``). Each wrongly joined
and each missed pair is listed with the story signals between its two articles (text, lead
events, actors) and their weighted score, the second article standing for a story of its own;
"copy" marks a pair where one article is a duplicate (it joined its original's story without
being scored).

Usage: python benchmarks/stories.py [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import dateline
from dateline.organise.evaluate import load_labels, score_store
from dateline.organise.run import explain_pair
from report import report

REPO = Path(__file__).resolve().parents[1]
STORIES = REPO / "tests" / "data" / "stories"
DEMO = REPO / "examples" / "demo"
SETS = {"stories": {"stories": STORIES}, "stories+demo": {"stories": STORIES, "demo": DEMO}}


def evaluate(folders: dict[str, Path], db: str) -> dict:
    """Ingest ``folders`` into ``db`` and score its story clusters against the labels."""
    labels = load_labels(STORIES / "labels.json", {name: name for name in folders})
    with dateline.open(db) as dl:
        dl.ingest(list(folders.values()))
        scores, keys = score_store(dl.store, folders, labels)
        ids = {key: i for i, key in keys.items()}

        def explained(pair: tuple[str, str]) -> dict:
            signals = explain_pair(dl.store, dl.settings, ids[pair[0]], ids[pair[1]])
            shown = {k: round(v, 3) for k, v in signals.items()} if signals else "copy"
            return {"pair": list(pair), "signals": shown}

        return {**scores.as_dict(), "articles": len(keys),
                "false_pairs": [explained(p) for p in scores.false_pairs],
                "missed_pairs": [explained(p) for p in scores.missed_pairs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, folders in SETS.items():
            figures[name] = evaluate(folders, str(Path(tmp) / f"{name.replace('+', '_')}.db"))
    for name, result in figures.items():
        print(f"== {name}")
        report({k: v for k, v in result.items() if not k.endswith("_pairs") or isinstance(v, int)}, None)
        for kind in ("false_pairs", "missed_pairs"):
            for row in result[kind]:
                print(f"  {kind[:-6]:6} {row['pair'][0]:48} {row['pair'][1]:48} {row['signals']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
