"""Organising cost per new article as the store grows: duplicate lookup and story assignment.

Generated articles (about 1 in 10 a near copy of an earlier one, with one sentence changed) are
written straight into a SQLite store as understood articles, a block at a time, and organised.
For each block the benchmark records the store size before it, the milliseconds per article of
the duplicate check (exact-hash query, MinHash signature, indexed LSH band lookup, candidates'
signatures compared, signature and band keys inserted) and of story assignment, the near copies
planted and found, and the process's resident memory. Flat figures from the first block to the
last mean that a new article costs the same whatever the store's size.

The baseline is computed for every block, in the same run, on the same texts: the MinHash
signatures alone, with no store. Each block's duplicate time is also given as a ratio to its
baseline, which cancels out whatever else the machine is doing at the time. The summary gives
each figure for the first and last block and the medians of the first and last quarter of the
blocks, with their ratio (1.0: flat).

The generated texts draw their words at random, so they share little with one another: most
articles start a story of their own, which is the costly case for story assignment (every story
of the last few days is a candidate: about 700 at 100 articles a day).

Two modes:

* default: the whole organising step (duplicates, stories, world events) through
  ``dateline.organise.run.organise``;
* ``--index-only``: the near-duplicate index alone (``run._duplicate`` for each article, one
  transaction per batch), which is what a million-article store needs to show; the articles'
  rows hold no text (the index keeps signatures and band keys, not texts).

Usage: python benchmarks/organise.py [--articles N] [--block N] [--index-only] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import random
import resource
import statistics
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

PLACES = ["Seoul", "Tokyo", "Washington", "Beijing", "Pyongyang", "Manila", "Taipei", "Hanoi", "Moscow", "Kyiv"]
SYLLABLES = "ka ri mo se tu an el os ur im be do ga hi lu na pe so ta vi ze ko".split()
VOCABULARY = 5_000
TOPIC_WORDS = 25  # the words a story's articles share
TOPIC_SHARE = 0.5  # of an article's words
FOLLOW_UP_SHARE = 0.5  # articles that tell one of the stories still open
OPEN_STORIES = 50
NEAR_COPY_SHARE = 0.1
POOL = 2_000  # earlier texts a near copy is drawn from (a uniform sample of all so far, fixed memory)
ARTICLES_PER_DAY = 100


class Corpus:
    """Generated articles: stories of one to a few articles that share topic words over a Zipf
    background vocabulary, and near copies (one word changed, a credit line added) drawn from a
    reservoir sample of the earlier articles, so that the generator's memory does not grow with
    the store (it would blur the RSS figures)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        words: set[str] = set()
        while len(words) < VOCABULARY:
            words.add("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        self.cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(VOCABULARY)))
        self.stories: list[list[str]] = []
        self.pool: list[str] = []
        self.seen = 0

    def _topic(self) -> list[str]:
        if self.stories and self.rng.random() < FOLLOW_UP_SHARE:
            return self.rng.choice(self.stories)
        topic = self.rng.sample(self.words, TOPIC_WORDS)
        self.stories = (self.stories + [topic])[-OPEN_STORIES:]
        return topic

    def _sentence(self, topic: list[str]) -> str:
        n = self.rng.randint(10, 18)
        background = self.rng.choices(self.words, cum_weights=self.cumulative, k=n)
        words = [self.rng.choice(topic) if self.rng.random() < TOPIC_SHARE else w for w in background]
        return " ".join(words).capitalize() + "."

    def story_text(self, n: int) -> str:
        topic = self._topic()
        place, other = self.rng.sample(PLACES, 2)
        lead = f"Officials in {place} said on report {n} that {other} had moved a {' '.join(topic[:3])}."
        return " ".join([lead] + [self._sentence(topic) for _ in range(12)])

    def near_copy(self, text: str) -> str:
        words = text.split(" ")
        words[self.rng.randrange(len(words))] = self.rng.choice(self.words)
        return " ".join(words) + "\n\n(Reposted with permission.)"

    def block(self, start: int, count: int) -> tuple[list[str], int]:
        """``count`` texts and how many of them are near copies."""
        texts, copies = [], 0
        for n in range(start, start + count):
            if self.pool and self.rng.random() < NEAR_COPY_SHARE:
                text = self.near_copy(self.rng.choice(self.pool))
                copies += 1
            else:
                text = self.story_text(n)
            self.seen += 1
            if len(self.pool) < POOL:
                self.pool.append(text)
            elif (slot := self.rng.randrange(self.seen)) < POOL:
                self.pool[slot] = text
            texts.append(text)
        return texts, copies


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def store_articles(store: Store, start: int, texts: list[str], *, keep_text: bool) -> list[int]:
    """Insert understood articles, dated ``ARTICLES_PER_DAY`` to a day; returns their ids."""
    now = dt.datetime.now(dt.timezone.utc)
    rows = []
    for n, text in enumerate(texts, start):
        digest = hashlib.sha256(text.encode()).hexdigest()
        stored = text if keep_text else ""
        rows.append({"source_id": 1, "record_key": f"id:{n}", "content_hash": digest, "raw": stored.encode(),
                     "raw_encoding": "utf-8", "source_text": stored, "text": stored, "text_hash": digest,
                     "offsets": [[0, 0, len(stored)]], "removed": [], "ingested_at": now, "updated_at": now,
                     "published": dt.date(2020, 1, 1) + dt.timedelta(days=n // ARTICLES_PER_DAY),
                     "processed_at": now, "processed_version": "bench"})
    with store.engine.begin() as conn:
        conn.execute(insert(articles), rows)
        first = conn.execute(select(articles.c.id).where(articles.c.record_key == f"id:{start}")).scalar_one()
    return list(range(first, first + len(texts)))


def signatures_ms(index: NearDuplicateIndex, texts: list[str]) -> float:
    """The baseline: MinHash signatures of the texts, no store; ms per article."""
    started = time.perf_counter()
    for text in texts:
        index.signature(text)
    return (time.perf_counter() - started) * 1000 / len(texts)


def index_block(store: Store, rules: organise_run.Rules, ids: list[int], texts: list[str], start: int,
                batch: int) -> organise_run.OrganiseReport:
    """Duplicate check and index insert for each article, one transaction per ``batch``."""
    result = organise_run.OrganiseReport()
    for lo in range(0, len(ids), batch):
        with store.organiser() as org:
            for offset in range(lo, min(lo + batch, len(ids))):
                n = start + offset
                article = {"id": ids[offset], "text": texts[offset],
                           "text_hash": hashlib.sha256(texts[offset].encode()).hexdigest(),
                           "story_date": dt.date(2020, 1, 1) + dt.timedelta(days=n // ARTICLES_PER_DAY)}
                result.organised += 1
                organise_run._duplicate(org, article, rules, result)
                org.finish(article["id"], rules.version)
    return result


def summarise(blocks: list[dict]) -> dict:
    """First and last block, and the medians of the first and last quarter of the blocks (one
    block's figures move with whatever else the machine runs), with their last-to-first ratios."""
    quarter = max(len(blocks) // 4, 1)
    early, late = blocks[:quarter], blocks[-quarter:]
    summary = {"near_copies_found_of_planted": [sum(b["near_copies_found"] for b in blocks),
                                                sum(b["near_copies_planted"] for b in blocks)],
               "peak_rss_mb": peak_rss_mb()}
    for name in ("baseline_signature_ms", "duplicate_ms", "duplicate_over_baseline", "story_ms", "rss_mb"):
        if name not in blocks[0]:
            continue
        first, last = statistics.median(b[name] for b in early), statistics.median(b[name] for b in late)
        summary[name] = {"first_block": blocks[0][name], "last_block": blocks[-1][name],
                         "median_first_quarter": first, "median_last_quarter": last,
                         "ratio_last_to_first_quarter": round(last / first, 2)}
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--block", type=int, default=2_000)
    parser.add_argument("--index-only", action="store_true",
                        help="time the near-duplicate index alone (no stories, no world events)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    settings = Settings(batch_size=500)
    rules = organise_run.Rules.from_settings(settings, {})
    corpus = Corpus(random.Random(7))

    # Time the two steps of the full run separately by wrapping them.
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

    mode = "index-only" if args.index_only else "organise"
    figures = {"mode": mode, "articles": args.articles, "block": args.block, "blocks": []}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        with store.engine.begin() as conn:
            conn.execute(insert(sources), {"kind": "bench", "locator": "bench", "first_seen": dt.datetime.now()})
        started = time.perf_counter()
        for start in range(0, args.articles, args.block):
            texts, planted = corpus.block(start, min(args.block, args.articles - start))
            ids = store_articles(store, start, texts, keep_text=not args.index_only)
            baseline = signatures_ms(rules.index, texts)
            spent.update(duplicate=0.0, story=0.0)
            if args.index_only:
                result = index_block(store, rules, ids, texts, start, settings.batch_size)
            else:
                result = organise_run.organise(store, settings)
            duplicate_ms = spent["duplicate"] * 1000 / result.organised
            row = {"store_size": start, "organised": result.organised,
                   "baseline_signature_ms": round(baseline, 3), "duplicate_ms": round(duplicate_ms, 3),
                   "duplicate_over_baseline": round(duplicate_ms / baseline, 2)}
            if not args.index_only:
                assigned = max(result.organised - result.near_duplicates - result.exact_duplicates, 1)
                row["story_ms"] = round(spent["story"] * 1000 / assigned, 3)
                row["new_stories"] = result.new_stories
            row.update(near_copies_planted=planted, near_copies_found=result.near_duplicates,
                       rss_mb=rss_mb(), elapsed_s=round(time.perf_counter() - started))
            figures["blocks"].append(row)
            print(row, flush=True)
            del texts, ids
        store.close()
    figures.update(summarise(figures["blocks"]))
    report({k: v for k, v in figures.items() if k != "blocks"}, None)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
