"""Understanding throughput: dateline end to end against bare spaCy on the same texts.

Measured in one run, on the same generated articles:
  * bare: ``nlp.pipe`` of the plain model (tokenizer, tagger, parser, NER) over the cleaned texts;
  * dateline: read + clean + store, then understand + store, into a fresh SQLite store;
and the ratio dateline / bare in articles per second (target >= 0.7: dateline's own steps
must cost little beside the parser), with peak memory. The organise step that `dateline ingest`
runs next is timed too and reported apart, with the ratio it gives end to end.

Usage: python benchmarks/throughput.py [--articles N] [--json OUT]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

import dateline
from dateline.clean import clean_article
from dateline.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
from ingest import article  # noqa: E402  (the same generator as the ingest benchmark)
from report import report  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    n = args.articles
    settings = Settings()
    rng = random.Random(7)
    texts = [article(i, rng) for i in range(n)]
    cleaned = [clean_article(t).text for t in texts]

    nlp = spacy.load(settings.model)
    list(nlp.pipe(cleaned[:20]))  # warm up
    start = time.perf_counter()
    for _ in nlp.pipe(cleaned, batch_size=settings.nlp_batch_size):
        pass
    bare = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        with dateline.open(str(Path(tmp) / "bench.db")) as dl:
            dl.ingest([folder / "000000.txt"])  # loads the pipeline before the clock starts
            start = time.perf_counter()
            ingested = dl.ingest([folder], understand=False)  # read, clean, store
            cleaned_at = time.perf_counter()
            dl.process()  # understand and store what was understood
            understood_at = time.perf_counter()
            dl.organise()  # duplicates, stories, world events
            organised_at = time.perf_counter()
            events = len(dl.events(limit=10**9))
    new = ingested.new
    understanding = understood_at - start
    figures = {
        "articles": n,
        "bare_nlp_pipe_per_s": round(n / bare, 1),
        "clean_and_store_s": round(cleaned_at - start, 2),
        "understand_and_store_s": round(understood_at - cleaned_at, 2),
        "organise_s": round(organised_at - understood_at, 2),
        # The measure: clean + understand + store against the bare parser.
        "dateline_per_s": round(new / understanding, 1),
        "ratio_dateline_to_bare": round((new / understanding) / (n / bare), 3),
        # For information: with the organise step that `dateline ingest` also runs.
        "with_organise_per_s": round(new / (organised_at - start), 1),
        "ratio_with_organise_to_bare": round((new / (organised_at - start)) / (n / bare), 3),
        "events_stored": events,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    report(figures, args.json)


if __name__ == "__main__":
    main()
