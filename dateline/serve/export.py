"""Exports: every table as JSONL (the seed scorer's format), CSV or Parquet, and the timeline
as a TimelineJS file (``timelinejs.json``, loadable by TimelineJS as is).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import DatelineError
from ..store import Store, with_dateline

FORMATS = ("jsonl", "csv", "parquet")
# Columns of each table, in order; nested values (lists, dicts) become JSON text in CSV/Parquet.
COLUMNS = {
    "articles": ["id", "source", "title", "published", "dateline", "text", "story_id", "duplicate_of", "byline",
                 "url", "outlet", "language", "published_source", "published_confidence", "record_key", "line"],
    "events": ["id", "article_id", "type", "mode", "source_actors", "target_actors", "date", "date_precision",
               "date_source", "place", "negated", "modality", "quoted_by", "attributes", "trigger", "sentence",
               "start", "end", "source_start", "source_end", "world_event_id", "sources", "targets", "cameo"],
    "quotes": ["id", "article_id", "speaker", "speaker_actor", "quote", "kind", "start", "end", "source_start",
               "source_end"],
    "entities": ["id", "article_id", "start", "end", "text", "actor", "kind", "person", "country", "role"],
    "timexes": ["id", "article_id", "start", "end", "text", "type", "value", "precision", "anchor", "tense"],
    "timeline": ["date", "date_precision", "world_event_id", "type", "modality", "summary", "source_actors",
                 "target_actors", "attributes", "n_sources", "n_articles", "article_ids", "event_ids", "disagreements"],
    "world_events": ["id", "type", "mode", "modality", "source_actors", "target_actors", "date", "date_precision",
                     "date_first", "date_last", "place", "attributes", "summary", "evidence_event_id", "n_mentions",
                     "n_articles", "n_sources", "article_ids", "event_ids", "disagreements"],
}
INTEGER_COLUMNS = {"id", "line", "article_id", "duplicate_of", "start", "end", "source_start", "source_end",
                   "story_id", "world_event_id", "evidence_event_id", "n_mentions", "n_articles", "n_sources"}
PAGE = 500
PARQUET_BATCH = 1000


def export(store: Store, outdir: Path, *, format: str = "jsonl") -> dict[str, Path]:
    """Write each table to ``outdir/<table>.<format>``.

    :param store: the store to read
    :param outdir: created if missing
    :param format: jsonl, csv or parquet
    """
    if format not in FORMATS:
        raise DatelineError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    outdir.mkdir(parents=True, exist_ok=True)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[format]
    written = {}
    for table, rows in _tables(store).items():
        path = outdir / f"{table}.{format}"
        writer(path, COLUMNS[table], rows)
        written[table] = path
    written["timelinejs"] = outdir / "timelinejs.json"
    write_timelinejs(store, written["timelinejs"])
    return written


def _tables(store: Store) -> dict[str, Iterator[dict]]:
    return {"articles": _article_rows(store), "events": _event_rows(store), "quotes": _quote_rows(store),
            "entities": store.iter_rows("entities"), "timexes": store.iter_rows("timexes"),
            "timeline": _timeline_rows(store), "world_events": _world_events(store)}


def _world_events(store: Store, **filters) -> Iterator[dict]:
    offset = 0
    while True:
        page = store.list_world_events(limit=PAGE, offset=offset, **filters)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _timeline_rows(store: Store) -> Iterator[dict]:
    for row in _world_events(store, dated=True):
        yield {**row, "world_event_id": row["id"]}


def write_timelinejs(store: Store, path: Path) -> None:
    """The timeline in TimelineJS's JSON format: one slide per world event, grouped by type."""
    events = []
    for row in _world_events(store, dated=True):
        first, last = row["date_first"], row["date_last"]
        start = {"year": first.year}
        if row["date_precision"] in ("season", "month", "week", "day"):
            start["month"] = first.month
        if row["date_precision"] in ("week", "day"):
            start["day"] = first.day
        slide = {"unique_id": f"world-event-{row['id']}", "group": row["type"], "start_date": start,
                 "display_date": row["date"],
                 # TimelineJS renders these as HTML: article text must arrive escaped.
                 "text": {"headline": html.escape(row["summary"].split(" — ")[0]),
                          "text": f"{html.escape(row['summary'])}<br>{row['n_sources']} source(s); articles "
                                  + ", ".join(str(a) for a in row["article_ids"])}}
        if row["date_precision"] == "week":
            slide["end_date"] = {"year": last.year, "month": last.month, "day": last.day}
        elif row["date_precision"] == "season":  # a span of months: spring 2023 is March to May
            slide["end_date"] = {"year": last.year, "month": last.month}
        events.append(slide)
    doc = {"title": {"text": {"headline": "dateline timeline", "text": f"{len(events)} world events"}},
           "events": events}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


def _event_rows(store: Store) -> Iterator[dict]:
    for row in store.iter_rows("events"):
        row.setdefault("world_event_id", None)
        yield row


def _quote_rows(store: Store) -> Iterator[dict]:
    for row in store.iter_rows("quotes"):
        yield {**row, "quote": row["text"], "speaker_actor": row["speaker_actors"]}


def _article_rows(store: Store) -> Iterator[dict]:
    for row in store.iter_articles():
        row = with_dateline(row)
        if row["dateline"]:
            row["dateline"] = {k: row["dateline"][k] for k in ("place", "date", "agency", "date_source", "date_confidence",
                                                              "date_evidence")}
        row.setdefault("story_id", None)
        row.setdefault("duplicate_of", None)
        yield row


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _flat(value):
    value = _plain(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _write_jsonl(path: Path, columns: list[str], rows) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps({c: _plain(row.get(c)) for c in columns}, ensure_ascii=False) + "\n")


def _write_csv(path: Path, columns: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(columns)
        for row in rows:
            out.writerow(["" if row.get(c) is None else _flat(row.get(c)) for c in columns])


def _write_parquet(path: Path, columns: list[str], rows) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in columns])

    def batch(chunk):
        return pa.RecordBatch.from_pylist([{c: _cell(c, r.get(c)) for c in columns} for r in chunk], schema=schema)

    with pq.ParquetWriter(path, schema) as writer:
        chunk = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= PARQUET_BATCH:
                writer.write_batch(batch(chunk))
                chunk = []
        if chunk:
            writer.write_batch(batch(chunk))


def _cell(column: str, value):
    if value is None or column in INTEGER_COLUMNS:
        return value
    return str(_flat(value))
