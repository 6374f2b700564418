"""REST API latency on a 100,000-article store: p50 and p95 of the timeline and of search.

The store is built by bulk-inserting synthetic rows straight into the schema's tables: articles
with text (the full-text index fills as on ingest), two event mentions each, and world events
that group the mentions about three articles at a time, over ten years. No language model runs.
Then `dateline serve` (uvicorn) starts in a subprocess and one client sends bounded requests
(limit=50) one after another over loopback; each request is timed to the last byte.

For SQLite it also prints the query plan of each measured query, so a full scan shows up.

Usage: python benchmarks/api.py [--articles N] [--db URL] [--requests N] [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import event as sa_event
from sqlalchemy import insert, text

import dateline
from dateline.store.schema import articles, events, sources, world_events
from report import report

ACTORS = {"PRK": "North Korea", "KOR": "South Korea", "JPN": "Japan", "USA": "the United States",
          "CHN": "China", "RUS": "Russia"}
TYPES = {"MOBILIZE": 5, "CONSULT": 3, "ACCUSE": 2, "THREATEN": 2, "SANCTION": 1, "AGREE": 1, "SUPPORT": 1,
         "REJECT": 1, "PROTEST": 1}  # relative frequency
VERBS = {"MOBILIZE": "fired a missile toward", "CONSULT": "held talks with", "ACCUSE": "accused",
         "THREATEN": "threatened", "SANCTION": "sanctioned", "AGREE": "agreed with", "SUPPORT": "backed",
         "REJECT": "rejected", "PROTEST": "protested to"}
PRECISIONS = [("day", 80), ("week", 8), ("month", 6), ("year", 2), (None, 4)]  # None: undated
FIRST_DAY, DAYS = dt.date(2015, 1, 1), 3650
OUTLETS = ["Meridian Wire", "GlobePress", "ACP", "KPN", "Nippon Wire", "Japan Current", "North Pacific Times"]
RARE_WORD = "Okushiri"  # in one article of a thousand
BATCH = 5000


def world_event_row(n: int, rng: random.Random) -> dict:
    kind = rng.choices(list(TYPES), weights=list(TYPES.values()))[0]
    source, target = rng.sample(list(ACTORS), 2)
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    precision = rng.choices([p for p, _ in PRECISIONS], weights=[w for _, w in PRECISIONS])[0]
    date, first, last = _timex(day, precision)
    n_sources = rng.choice([1, 1, 1, 2, 2, 3, 4, 5])
    return {"id": n, "type": kind, "mode": None, "modality": "asserted", "source_actors": [source],
            "target_actors": [target], "date": date, "date_precision": precision, "date_first": first,
            "date_last": last, "place": None, "attributes": {"count": rng.randint(1, 4)} if kind == "MOBILIZE" else {},
            "summary": f"{ACTORS[source]} {VERBS[kind]} {ACTORS[target]}", "evidence_event_id": None,
            "n_mentions": 3, "n_articles": 3, "n_sources": n_sources, "article_ids": [], "disagreements": [],
            "updated_at": dt.datetime.now(dt.timezone.utc)}


def _timex(day: dt.date, precision: str | None) -> tuple[str | None, dt.date | None, dt.date | None]:
    if precision == "day":
        return day.isoformat(), day, day
    if precision == "week":
        year, week, weekday = day.isocalendar()
        start = day - dt.timedelta(days=weekday - 1)
        return f"{year}-W{week:02d}", start, start + dt.timedelta(days=6)
    if precision == "month":
        start = day.replace(day=1)
        return start.strftime("%Y-%m"), start, (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if precision == "year":
        return str(day.year), dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return None, None, None


def article_rows(n: int, we: dict, source_id: int, rng: random.Random) -> tuple[dict, list[dict]]:
    """An article about world event ``we`` and its two event mentions (the second one unrelated)."""
    src, tgt = we["source_actors"][0], we["target_actors"][0]
    about = we["date_first"] or FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    day = about + dt.timedelta(days=rng.randint(0, 2))
    lead = f"{ACTORS[src]} {VERBS[we['type']]} {ACTORS[tgt]} on {day:%A}, officials said in report {n}."
    other = rng.choice(list(ACTORS))
    body = [
        lead,
        f"The ballistic missile flew about {rng.randint(100, 4600):,} km and reached an altitude of "
        f"{rng.randint(50, 6700):,} km before falling into the sea{' off ' + RARE_WORD if n % 1000 == 7 else ''}.",
        f"\"We strongly condemn this provocation,\" a spokesperson for {ACTORS[other]} said, adding that "
        f"{rng.randint(2, 9)} officials would meet to discuss a response.",
        f"Analysts said the move showed steady progress despite sanctions imposed in {day.year - 1}.",
    ]
    content = "\n\n".join(body)
    raw = content.encode()
    article = {
        "id": n, "source_id": source_id, "record_key": f"id:{n}", "line": n,
        "content_hash": hashlib.sha256(raw).hexdigest(),
        "raw": raw, "raw_encoding": "utf-8", "source_text": content, "text": content,
        "text_hash": hashlib.sha256(raw).hexdigest(), "title": f"{ACTORS[src]} {VERBS[we['type']]} {ACTORS[tgt]}",
        "byline": [], "url": f"https://example.com/{n}", "outlet": rng.choice(OUTLETS), "language": "en",
        "published": day, "published_source": "record", "published_confidence": "high", "dateline_place": "SEOUL",
        "dateline_agency": None, "dateline_date": day, "dateline_date_source": "published",
        "dateline_date_confidence": "high", "dateline_text": None, "offsets": [[0, 0, len(content)]], "removed": [],
        "ingested_at": dt.datetime.now(dt.timezone.utc), "updated_at": dt.datetime.now(dt.timezone.utc),
        "processed_version": "bench",
    }
    mention = {"article_id": n, "start": 0, "end": len(lead), "source_start": 0, "source_end": len(lead),
               "type": we["type"], "mode": None, "trigger": VERBS[we["type"]].split()[0], "source_actors": [src],
               "target_actors": [tgt], "date": we["date"], "date_precision": we["date_precision"],
               "date_first": we["date_first"], "date_last": we["date_last"], "date_source": "sentence", "place": None,
               "negated": False, "modality": "asserted", "quoted_by": None, "attributes": we["attributes"],
               "sentence": lead, "world_event_id": we["id"], "sentence_start": 0, "sentence_end": len(lead)}
    background = {**mention, "type": "ACCUSE", "source_actors": [other], "target_actors": [src], "world_event_id": None,
                  "trigger": "condemn", "date": None, "date_precision": None, "date_first": None, "date_last": None}
    return article, [mention, background]


def build(db: str, n: int) -> dict:
    """Fill ``db`` with ``n`` articles; returns counts and the seconds it took."""
    rng = random.Random(7)
    started = time.perf_counter()
    n_world = max(1, n // 3)
    with dateline.open(db) as dl, dl.store.engine.begin() as conn:
        source = insert(sources).values(kind="jsonl", locator="bench.jsonl", first_seen=dt.datetime.now(dt.timezone.utc))
        source_id = conn.execute(source).inserted_primary_key[0]
        world = [world_event_row(i + 1, rng) for i in range(n_world)]
        for start in range(0, n_world, BATCH):
            conn.execute(insert(world_events), world[start:start + BATCH])
        batch_articles, batch_events = [], []
        for i in range(1, n + 1):
            article, mentions = article_rows(i, world[i % n_world], source_id, rng)
            batch_articles.append(article)
            batch_events += mentions
            if len(batch_articles) == BATCH or i == n:
                conn.execute(insert(articles), batch_articles)
                conn.execute(insert(events), batch_events)
                batch_articles, batch_events = [], []
        conn.execute(text("ANALYZE"))
    return {"articles": n, "events": 2 * n, "world_events": n_world,
            "build_seconds": round(time.perf_counter() - started, 1)}


# Each measured request: a name and a path. Every list asks for at most 50 rows.
SCENARIOS = {
    "timeline": "/api/timeline?limit=50",
    "timeline_offset_5000": "/api/timeline?limit=50&offset=5000",
    "timeline_actor": "/api/timeline?limit=50&actor=PRK",
    "timeline_type_year": "/api/timeline?limit=50&type=MOBILIZE&since=2020-01-01&until=2020-12-31",
    "timeline_min_sources_4": "/api/timeline?limit=50&min_sources=4",
    "timeline_page_html": "/?limit=50",
    "search_common_word": "/api/search?limit=50&q=missile",
    "search_rare_word": f"/api/search?limit=50&q={RARE_WORD}",
    "search_phrase": "/api/search?limit=50&q=%22strongly%20condemn%22%20Japan",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "dateline", "--db", db, "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("dateline serve did not answer within 60 s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(base: str, requests: int) -> dict:
    """p50/p95 (ms) of each scenario, and how many rows match it in all."""
    out = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, path in SCENARIOS.items():
            for _ in range(5):  # warm caches and the connection
                client.get(path)
            times = []
            for _ in range(requests):
                start = time.perf_counter()
                response = client.get(path)
                response.read()
                times.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (path, response.status_code, response.text[:200])
            out[f"{name}_p50_ms"] = round(percentile(times, 0.5), 1)
            out[f"{name}_p95_ms"] = round(percentile(times, 0.95), 1)
            if path.startswith("/api/"):
                out[f"{name}_matches"] = response.json()["total"]
    return out


def query_plans(db: str) -> dict[str, list[str]]:
    """SQLite's plan for every statement the timeline and search requests run (in process)."""
    from fastapi.testclient import TestClient

    from dateline.serve.api import create_app

    app = create_app(dateline.Settings(db=db))
    engine = app.state.dateline.store.engine
    if engine.dialect.name != "sqlite":
        return {}
    seen: list[tuple[str, object]] = []
    sa_event.listen(engine, "before_cursor_execute",
                    lambda conn, cursor, stmt, params, context, many: seen.append((stmt, params)))
    plans = {}
    with TestClient(app) as client:
        for name, path in SCENARIOS.items():
            seen.clear()
            client.get(path)
            statements = list(seen)
            lines = []
            with engine.connect() as conn:
                for stmt, params in statements:
                    if not stmt.lstrip().upper().startswith("SELECT") or "user_actors" in stmt:
                        continue
                    rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + stmt, params).fetchall()
                    lines.append(" | ".join(r[-1] for r in rows))
            plans[f"plan_{name}"] = "; ".join(lines)
    return plans


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--db", help="an empty database URL (default: a fresh SQLite file)")
    ap.add_argument("--requests", type=int, default=200, help="timed requests per scenario")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "api-bench.db")
        figures = build(db, args.articles)
        port = free_port()
        server = serve(db, port)
        try:
            figures["requests_per_scenario"] = args.requests
            figures.update(measure(f"http://127.0.0.1:{port}", args.requests))
        finally:
            server.terminate()
            server.wait(10)
        figures.update(query_plans(db))
    report(figures, args.json)


if __name__ == "__main__":
    main()
