"""Events against hand-coded sentences: PLOVER type recall, precision and full-tuple recall.

Runs the understanding pipeline over every item of ``tests/data/events_eval`` (political news of
many regions and decades, and ``null_*`` files of business, sport and science copy that must
yield no event) and scores the events it finds (see ``dateline.understand.evaluate``). Prints the
figures over all items, per file and per type; ``--show`` also lists every missed, spurious and
partly wrong event. ``--holdout`` scores ``tests/data/events_holdout`` instead: a smaller set written
apart from the first, which no rule is tuned on, to tell how far the rules generalise.

Usage: python benchmarks/events_eval.py [--show] [--only GROUP] [--json OUT] [--holdout]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dateline.settings import Settings
from dateline.understand.actors import load_registry
from dateline.understand.evaluate import evaluate, load_items
from dateline.understand.pipeline import load_pipeline
from report import report

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def _event(e: dict) -> str:
    flags = "".join(f" {k}={e[k]}" for k in ("modality", "negated", "trigger") if e.get(k) not in (None, False))
    return f"{e['type']} {sorted(e.get('source', []))} -> {sorted(e.get('target', []))} {e.get('date')}{flags}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list every missed, spurious and partly wrong event")
    ap.add_argument("--only", help="score one file (its name without .jsonl)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--holdout", action="store_true",
                    help="score the held-out set (tests/data/events_holdout), which no rule is tuned on")
    args = ap.parse_args()

    nlp = load_pipeline(Settings().model)
    countries = {a.code: a.country for a in load_registry().actors() if a.country}
    folder = DATA / ("events_holdout" if args.holdout else "events_eval")
    items = [i for i in load_items(folder) if args.only in (None, i.group)]
    groups = evaluate(nlp, items, countries)
    total = groups["all"]

    if args.show:
        for kind, rows in (("MISSED", total.misses), ("SPURIOUS", total.spurious)):
            for item_id, text, e in rows:
                print(f"{kind} {item_id}: {_event(e)}\n    {text}")
        for item_id, text, x, f in total.partial:
            print(f"PARTIAL {item_id}: expected {_event(x)}\n    found {_event(f)}\n    {text}")
        print()
    print(f"{'file':28} {'items':>5} {'exp':>5} {'found':>5} {'type R':>7} {'P':>6} {'full R':>7}")
    for name, s in sorted(groups.items(), key=lambda kv: kv[0] == "all"):
        n = sum(1 for i in items if name in ("all", i.group))
        print(f"{name:28} {n:5} {s.expected:5} {s.found:5} {s.type_recall:7.2f} {s.precision:6.2f} "
              f"{s.full_recall:7.2f}")
    print(f"\n{'type':10} {'exp':>5} {'found':>5} {'R':>6} {'P':>6}")
    for type_, c in sorted(total.by_type.items()):
        r = c["type_hits"] / c["expected"] if c["expected"] else float("nan")
        p = c["true_found"] / c["found"] if c["found"] else float("nan")
        print(f"{type_:10} {c['expected']:5} {c['found']:5} {r:6.2f} {p:6.2f}")
    null = [s for name, s in groups.items() if name.startswith("null")]
    figures = {"items": len(items), "expected_events": total.expected, "found_events": total.found,
               "type_recall": round(total.type_recall, 3), "precision": round(total.precision, 3),
               "full_recall": round(total.full_recall, 3),
               "events_in_no_event_copy": sum(s.found for s in null)}
    print()
    report(figures, args.json)


if __name__ == "__main__":
    main()
