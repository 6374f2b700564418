"""Organising cost per new article as the store grows: duplicate lookup and story assignment.

Generated articles (about 1 in 10 a near copy of an earlier one, with a changed sentence) are
written straight into a SQLite store as understood articles, then organised a block at a time.
For each block the benchmark prints the store size before it, the milliseconds per article of
the duplicate check (MinHash + indexed LSH band lookup) and of story assignment, the share of
near copies found, and the process's resident memory. Flat figures from the first block to the
last mean a new article costs the same whatever the store's size. The baseline, measured in the
same run, is computing the MinHash signatures alone (no store).

Usage: python benchmarks/organise.py [--articles N] [--block N] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from dateline.organise import run as organise_run
from dateline.organise.duplicates import NearDuplicateIndex
from dateline.settings import Settings
from dateline.store import Store
from dateline.store.schema import articles, sources
from report import report

WORDS = ("missile launch sanctions talks summit envoy drills border navy coast guard satellite warhead "
         "treaty ceasefire parliament minister embassy protest warning vessel aircraft exercise nuclear "
         "statement agency spokesperson capital region island strait alliance partner trade shipment").split()
PLACES = ["Seoul", "Tokyo", "Washington", "Beijing", "Pyongyang", "Manila", "Taipei", "Hanoi", "Moscow", "Kyiv"]


def story_text(n: int, rng: random.Random) -> str:
    place, other = rng.sample(PLACES, 2)
    sentences = [f"Officials in {place} said on report {n} that {other} had moved a "
                 f"{' '.join(rng.choices(WORDS, k=3))} near the {rng.choice(WORDS)}."]
    for _ in range(12):
        sentences.append(" ".join(rng.choices(WORDS, k=rng.randint(10, 18))).capitalize() + ".")
    return " ".join(sentences)


def near_copy(text: str, rng: random.Random) -> str:
    sentences = text.split(". ")
    sentences[rng.randrange(1, len(sentences))] = " ".join(rng.choices(WORDS, k=8)).capitalize()
    return ". ".join(sentences)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def fill(store: Store, start: int, count: int, rng: random.Random, texts: list[str]) -> None:
    """Insert ``count`` understood articles (10% near copies), dated one day per 100 articles."""
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for n in range(start, start + count):
        text = near_copy(rng.choice(texts), rng) if texts and rng.random() < 0.1 else story_text(n, rng)
        texts.append(text)
        digest = hashlib.sha256(text.encode()).hexdigest()
        rows.append({"source_id": 1, "record_key": f"id:{n}", "content_hash": digest, "raw": text.encode(),
                     "raw_encoding": "utf-8", "source_text": text, "text": text, "text_hash": digest,
                     "offsets": [[0, 0, len(text)]], "removed": [], "ingested_at": now, "updated_at": now,
                     "published": dt.date(2020, 1, 1) + dt.timedelta(days=n // 100), "processed_at": now,
                     "processed_version": "bench"})
    with store.engine.begin() as conn:
        conn.execute(insert(articles), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--block", type=int, default=2_000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rng = random.Random(7)
    settings = Settings(batch_size=500)
    index = NearDuplicateIndex(settings.near_duplicate_threshold, settings.minhash_permutations)

    sample = [story_text(n, rng) for n in range(args.block)]
    started = time.perf_counter()
    for text in sample:
        index.signature(text)
    baseline_ms = (time.perf_counter() - started) * 1000 / len(sample)

    # Time the two steps separately by wrapping them.
    spent = {"duplicate": 0.0, "story": 0.0}

    def timed(name, fn):
        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    organise_run._duplicate = timed("duplicate", organise_run._duplicate)
    organise_run._assign_story = timed("story", organise_run._assign_story)

    figures = {"articles": args.articles, "baseline_minhash_ms_per_article": round(baseline_ms, 3), "blocks": []}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        with store.engine.begin() as conn:
            conn.execute(insert(sources), {"kind": "bench", "locator": "bench", "first_seen": dt.datetime.now()})
            assert conn.execute(select(sources.c.id)).scalar() == 1
        texts: list[str] = []
        for start in range(0, args.articles, args.block):
            fill(store, start, args.block, rng, texts)
            spent.update(duplicate=0.0, story=0.0)
            result = organise_run.organise(store, settings)
            figures["blocks"].append({
                "store_size": start, "organised": result.organised,
                "duplicate_ms": round(spent["duplicate"] * 1000 / result.organised, 3),
                "story_ms": round(spent["story"] * 1000 / max(result.organised - result.near_duplicates
                                                              - result.exact_duplicates, 1), 3),
                "near_copies_found": result.near_duplicates, "rss_mb": rss_mb()})
            print(figures["blocks"][-1], flush=True)
        store.close()
    first, last = figures["blocks"][0], figures["blocks"][-1]
    figures["duplicate_ms_ratio_last_to_first"] = round(last["duplicate_ms"] / first["duplicate_ms"], 2)
    figures["story_ms_ratio_last_to_first"] = round(last["story_ms"] / first["story_ms"], 2)
    figures["duplicate_ms_over_baseline"] = round(last["duplicate_ms"] / baseline_ms, 2)
    report({k: v for k, v in figures.items() if k != "blocks"}, None)
    if args.json:
        report(figures, args.json)


if __name__ == "__main__":
    main()
