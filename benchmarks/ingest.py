"""Ingest throughput and memory on 10,000 generated articles.

Prints, for the same articles in the same run:
  * baseline: reading and hashing the files (the I/O floor);
  * clean: reading, decoding and cleaning (no database);
  * ingest: the whole `dateline ingest` into a fresh SQLite store;
  * ingest of the same articles as one JSONL file (streamed);
as articles per second and as ratios to the baseline, and the process's resident memory
sampled every 1,000 articles during ingest, to show whether it stays flat.

Usage: python benchmarks/ingest.py [--articles N] [--db URL] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import tempfile
import time
from pathlib import Path

import dateline
from dateline.clean import clean_article
from report import report
from dateline.ingest.decode import decode

ACTORS = ["North Korea", "South Korea", "Japan", "the United States", "China", "Russia"]
PLACES = ["SEOUL", "TOKYO", "WASHINGTON", "BEIJING", "PYONGYANG", "UNITED NATIONS"]
WEAPONS = ["a short-range ballistic missile", "an intercontinental ballistic missile", "two cruise missiles",
           "a hypersonic missile", "a submarine-launched ballistic missile"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def article(n: int, rng: random.Random) -> str:
    a, b = rng.sample(ACTORS, 2)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    paragraphs = [
        f" date 2023-{month + 1:02d}-{day:02d} {rng.choice(PLACES)}, {MONTHS[month]} {day} (Wire) - "
        f"{a} fired {rng.choice(WEAPONS)} on {rng.choice(DAYS)}, {b}'s military said, in report {n}.",
        f"The missile flew about {rng.randint(100, 4600):,} km and reached an altitude of "
        f"{rng.randint(50, 6700):,} km before falling into the sea, officials said.",
        "Also read: What we know about the latest launch",
        f"\"We strongly condemn this provocation,\" a spokesperson for {b} said, adding that "
        f"{rng.randint(2, 9)} officials would meet {rng.choice(DAYS)} to discuss a response.",
        f"Analysts said the test, the {rng.randint(2, 20)}th this year, showed steady progress in "
        f"{a}'s weapons programme despite sanctions imposed last year.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "© 2023 Example Wire. All rights reserved.",
    ]
    return "\n\n".join(paragraphs) + "\n"


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    n = args.articles
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "articles"
        folder.mkdir()
        texts = [article(i, rng) for i in range(n)]
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        with (tmp / "articles.jsonl").open("w", encoding="utf-8") as f:
            for text in texts:
                f.write(json.dumps({"text": text}) + "\n")
        del texts
        files = sorted(folder.iterdir())

        baseline = timed(lambda: [hashlib.sha256(p.read_bytes()).hexdigest() for p in files])
        clean = timed(lambda: [clean_article(decode(p.read_bytes(), str(p))[0]) for p in files])

        samples = []
        done = 0

        def progress(_item):
            nonlocal done
            done += 1
            if done % 1000 == 0:
                samples.append((done, round(rss_mb(), 1)))

        db = args.db or str(tmp / "bench.db")
        with dateline.open(db) as dl:
            rss_start = rss_mb()
            # Ingest alone (read, clean, store); benchmarks/throughput.py measures understanding.
            ingest = timed(lambda: dl.ingest([folder], progress=progress, understand=False))
            assert dl.store.count_articles() == n
        with dateline.open(args.db or str(tmp / "bench-jsonl.db")) as dl:
            jsonl = timed(lambda: dl.ingest([tmp / "articles.jsonl"], understand=False))
            jsonl_rss = rss_mb()

    rate = lambda seconds: n / seconds  # noqa: E731
    growth = samples[-1][1] / samples[1][1] if len(samples) > 2 else None
    figures = {
        "articles": n,
        "baseline_read_hash_per_s": round(rate(baseline)),
        "clean_per_s": round(rate(clean)),
        "ingest_files_per_s": round(rate(ingest)),
        "ingest_jsonl_per_s": round(rate(jsonl)),
        "ratio_ingest_to_baseline": round(baseline / ingest, 3),
        "ratio_ingest_to_clean": round(clean / ingest, 3),
        "rss_mb_before_ingest": round(rss_start, 1),
        "rss_mb_every_1000": samples,
        "rss_growth_2000_to_end": round(growth, 3) if growth else None,
        "rss_mb_after_jsonl": round(jsonl_rss, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    report(figures, args.json)


if __name__ == "__main__":
    main()
