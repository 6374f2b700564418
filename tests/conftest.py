"""Shared fixtures: a fresh database on each backend, the sample articles, a CLI runner.

Store tests take ``db_url`` and so run on SQLite always, and on PostgreSQL when
``DATELINE_TEST_PG_URL`` is set (each test gets its own schema, dropped afterwards).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

import dateline
from dateline.store.engine import database_url

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
DEMO = REPO / "examples" / "demo"
PG_URL = os.environ.get("DATELINE_TEST_PG_URL")

BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A database URL (or SQLite path) with nothing in it yet."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(database_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def app(db_url):
    """A dateline API object on a fresh database."""
    with dateline.open(db_url) as dl:
        yield dl


@pytest.fixture(scope="session")
def nlp():
    """The whole understanding pipeline (model + dateline's components), loaded once for the run."""
    from dateline.settings import Settings
    from dateline.understand.pipeline import load_pipeline

    return load_pipeline(Settings().model)


@pytest.fixture
def seeds():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS


# -- serving: the web app over a small hand-made store, and a browser -------------------------

API_TOKEN = "test-token-0123456789"
SCRIPT = "<script>window.__pwned = 1; alert('pwned')</script>"


def _span(article_text: str, needle: str, **values) -> dict:
    """An analysis row for the first ``needle`` in the article's text (offsets only in the cleaned text)."""
    start = article_text.index(needle)
    return {"start": start, "end": start + len(needle), "source_start": start, "source_end": start + len(needle),
            **values}


def _event(text: str, needle: str, sentence: str, **values) -> dict:
    row = _span(text, needle, trigger=needle.split()[1], mode=None, date_source="sentence", place=None,
                negated=False, modality="asserted", quoted_by=None, attributes={}, sentence=sentence,
                sentence_start=text.index(sentence), sentence_end=text.index(sentence) + len(sentence))
    return {**row, **values}


@pytest.fixture
def served(db_url):
    """A store with four articles (one of them hostile HTML), their analysis, and four world
    events (two on the timeline in week 45 of 2023, one in 2022, one undated), written directly
    so that no language model runs. Returns a namespace of their ids and the db URL."""
    import datetime as dt
    from types import SimpleNamespace

    from sqlalchemy import insert, update

    from dateline.store.schema import events, world_events

    records = [
        {"id": "wire-1", "source": "Meridian Wire", "title": "North Korea fires missile toward Japan",
         "published": "2023-11-09",
         "text": "North Korea fired a ballistic missile toward Japan on Thursday, officials said. "
                 "The missile reached an altitude of 6,100 km, Tokyo said.\n\n"
                 "\"We condemn this launch,\" Japan's chief cabinet secretary said."},
        {"id": "press-1", "source": "GlobePress", "title": "Missile launch by North Korea",
         "published": "2023-11-10",
         "text": "North Korea launched a missile toward Japan on Thursday. It flew to an apogee of "
                 "6,000 km, Seoul said. The United States sanctioned North Korean officials on Friday."},
        {"id": "evil-1", "source": "Evil <b>Outlet</b>", "title": f"{SCRIPT}Hostile <i>title</i>",
         "published": "2022-05-01",
         "text": f"North Korea fired a missile {SCRIPT} into the sea. <img src=x onerror=\"window.__pwned=2\"> "
                 "<b>Bold claims</b> & <a href=\"javascript:alert(1)\">a link</a> followed."},
        {"id": "old-1", "source": "Archive", "title": "Talks in Seoul", "published": "2021-01-05",
         "text": "South Korea and Japan held talks in Seoul about the alliance."},
    ]
    with dateline.open(db_url) as dl:
        report = dl.ingest_records(records, understand=False)
        assert report.new == 4, report
        ids = {r["id"]: a for r, a in zip(records, report.article_ids)}
        text = {key: dl.article(aid)["text"] for key, aid in ids.items()}
        t1, t2, t3 = text["wire-1"], text["press-1"], text["evil-1"]
        s1 = "North Korea fired a ballistic missile toward Japan on Thursday, officials said."
        s2 = "North Korea launched a missile toward Japan on Thursday."
        s3 = "The United States sanctioned North Korean officials on Friday."
        day = {"date": "2023-11-09", "date_precision": "day", "date_first": dt.date(2023, 11, 9),
               "date_last": dt.date(2023, 11, 9)}
        analysis = {
            ids["wire-1"]: {
                "entities": [_span(t1, "North Korea", text="North Korea", actor="PRK", kind="country", person=None),
                             _span(t1, "Japan", text="Japan", actor="JPN", kind="country", person=None)],
                "timexes": [_span(t1, "Thursday", text="Thursday", type="DATE", value="2023-11-09", precision="day",
                                  anchor=dt.date(2023, 11, 9), tense="past")],
                "quotes": [_span(t1, "We condemn this launch", text="We condemn this launch", kind="direct",
                                 speaker="chief cabinet secretary", speaker_actors=["JPN"], sentence_start=None,
                                 sentence_end=None)],
                "events": [_event(t1, "North Korea fired a ballistic missile toward Japan", s1, type="MOBILIZE",
                                  source_actors=["PRK"], target_actors=["JPN"],
                                  attributes={"weapon": "ballistic missile", "apogee_km": 6100}, **day),
                           # A second event inside the first one's clause: overlapping evidence.
                           _event(t1, "fired a ballistic missile", s1, type="THREATEN", source_actors=["PRK"],
                                  target_actors=["JPN"], **day)],
            },
            ids["press-1"]: {"entities": [], "timexes": [], "quotes": [], "events": [
                _event(t2, "North Korea launched a missile toward Japan", s2, type="MOBILIZE", source_actors=["PRK"],
                       target_actors=["JPN"], attributes={"apogee_km": 6000}, **day),
                _event(t2, "The United States sanctioned North Korean officials", s3, type="SANCTION",
                       source_actors=["USA"], target_actors=["PRK"], date="2023-W45", date_precision="week",
                       date_first=dt.date(2023, 11, 6), date_last=dt.date(2023, 11, 12))]},
            ids["evil-1"]: {"entities": [_span(t3, "North Korea", text="North Korea", actor="PRK", kind="country",
                                               person=None)], "timexes": [], "quotes": [], "events": [
                _event(t3, f"North Korea fired a missile {SCRIPT}", t3[:t3.index("sea.") + 4], type="MOBILIZE",
                       source_actors=["PRK"], target_actors=[], date="2022-05", date_precision="month",
                       date_first=dt.date(2022, 5, 1), date_last=dt.date(2022, 5, 31))]},
            ids["old-1"]: {"entities": [], "timexes": [], "quotes": [], "events": []},
        }
        with dl.store.write() as w:
            for aid, rows in analysis.items():
                w.replace_analysis(aid, rows, "test")
        ev = {(r["article_id"], r["type"]): r["id"] for r in dl.store.rows("events")}
        stamp = dt.datetime.now(dt.timezone.utc)

        def world_event(summary, mentions, **values):
            row = {"mode": None, "modality": "asserted", "place": None, "attributes": {}, "summary": summary,
                   "evidence_event_id": mentions[0], "n_mentions": len(mentions), "n_articles": len(mentions),
                   "n_sources": len(mentions), "article_ids": [], "disagreements": [], "updated_at": stamp, **values}
            with dl.store.engine.begin() as conn:
                we_id = conn.execute(insert(world_events).values(row)).inserted_primary_key[0]
                conn.execute(update(events).where(events.c.id.in_(mentions)).values(world_event_id=we_id))
            return we_id

        launch = [ev[(ids["wire-1"], "MOBILIZE")], ev[(ids["press-1"], "MOBILIZE")]]
        ns = SimpleNamespace(db=db_url, articles=ids, events=ev, launch_events=launch)
        ns.launch = world_event(
            "North Korea mobilized against Japan: ballistic missile", launch, type="MOBILIZE",
            source_actors=["PRK"], target_actors=["JPN"], attributes={"weapon": "ballistic missile", "apogee_km": 6100},
            article_ids=[ids["wire-1"], ids["press-1"]], **day,
            disagreements=[{"field": "apogee_km", "values": [
                {"value": 6100, "event_ids": [launch[0]], "article_ids": [ids["wire-1"]]},
                {"value": 6000, "event_ids": [launch[1]], "article_ids": [ids["press-1"]]}]}])
        ns.sanction = world_event("The United States sanctioned North Korea", [ev[(ids["press-1"], "SANCTION")]],
                                  type="SANCTION", source_actors=["USA"], target_actors=["PRK"], date="2023-W45",
                                  date_precision="week", date_first=dt.date(2023, 11, 6),
                                  date_last=dt.date(2023, 11, 12), article_ids=[ids["press-1"]])
        ns.evil = world_event(f"North Korea fired {SCRIPT}", [ev[(ids["evil-1"], "MOBILIZE")]], type="MOBILIZE",
                              source_actors=["PRK"], target_actors=[], date="2022-05", date_precision="month",
                              date_first=dt.date(2022, 5, 1), date_last=dt.date(2022, 5, 31),
                              article_ids=[ids["evil-1"]])
        ns.undated = world_event("South Korea and Japan held talks", [ev[(ids["wire-1"], "THREATEN")]],
                                 type="CONSULT", source_actors=["KOR"], target_actors=["JPN"], date=None,
                                 date_precision=None, date_first=None, date_last=None)
    return ns


@pytest.fixture
def client(served):
    """A TestClient of the web app over ``served``, with writes enabled by ``API_TOKEN``."""
    from fastapi.testclient import TestClient

    from dateline.serve.api import create_app

    with TestClient(create_app(dateline.Settings(db=served.db, api_token=API_TOKEN))) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A SQLite database with ``examples/demo`` ingested, understood and organised (once per session)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with dateline.open(str(path)) as dl:
        dl.ingest([DEMO])
    return str(path)


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch options, on Debian's Chromium (no browser download), with the
    background traffic that a closed network would refuse turned off."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM),
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run"]}
