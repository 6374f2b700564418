"""Organising: duplicates, same-story clusters, world events with disagreements, the timeline."""

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

import dateline
from dateline.organise import stories as st
from dateline.organise import world_events as we
from dateline.organise.duplicates import NearDuplicateIndex, similarity
from dateline.serve.export import export
from dateline.store.schema import events, world_events

LAUNCH_A = (" date 2024-01-15 SEOUL, Jan. 14 (Harbour Wire) -- North Korea fired a solid-fuel intermediate-range "
            "ballistic missile on Sunday, South Korea's military said. The missile flew about 1,000 km before "
            "falling into the sea, the Joint Chiefs of Staff said. Officials in Tokyo condemned the launch.")
LAUNCH_B = (" date 2024-01-15 TOKYO, Jan. 14 (Pacific Courier) - Japan's defense ministry said a North Korean "
            "missile launched on Sunday flew some 500 km and reached an altitude of 50 km before it came down "
            "outside Japan's exclusive economic zone. Prime Minister Fumio Kishida called the launch unacceptable.")
UNRELATED = (" date 2024-01-15 MANILA, Jan. 15 (Harbour Wire) - The Philippines and Vietnam agreed on Monday to "
             "improve coast guard cooperation in the South China Sea, officials in Manila said after talks.")

LONG_TAIL = (
    "\n\nThe launch was the North's first of the year and came days after leader Kim Jong Un called South Korea "
    "the primary enemy and ordered his military to prepare for war. Analysts said the solid-fuel engine would let "
    "the missile be fired with little warning, making it harder to detect and intercept before launch.\n\n"
    "Washington, Seoul and Tokyo shared real-time warning data on the flight under an arrangement that began "
    "in December, the three governments said in separate statements. The United Nations Security Council has "
    "banned North Korea from ballistic missile activity, but Russia and China have blocked new sanctions.\n\n"
    "South Korea's unification ministry said the launch threatened peace on the peninsula and urged Pyongyang "
    "to stop its provocations and return to dialogue. North Korea's state media did not immediately report it.")


def groups(dl) -> list[set[str]]:
    """Story groups of more than one article, as sets of file names."""
    by_story = defaultdict(set)
    for a in dl.articles(limit=1000):
        by_story[a["story_id"]].add(Path(a["source"]).name + (f":{a['id']}" if a["source"].endswith(".jsonl") else ""))
    return [names for names in by_story.values() if len(names) > 1]


def test_demo_corpus_groups_the_rewrites_and_the_exact_copy_and_nothing_else(demo_db):
    with dateline.open(demo_db) as dl:
        found = groups(dl)
        arts = {Path(a["source"]).name: a for a in dl.articles(limit=1000) if not a["source"].endswith(".jsonl")}
    names = [{n.split(":")[0] for n in g} for g in found]
    assert {"2022-03-24_icbm_test_resumes.txt", "north-korea-icbm-2022-03-24.txt"} in names
    assert {"2023-08-18_camp_david_summit.txt", "camp_david_leaders_pledge.txt"} in names
    assert {"2022-11-18_hwasong17_icbm.txt", "hwasong17_japan_eez.html", "wire.jsonl"} in names
    assert len(found) == 3  # the same event told from another angle stays its own story
    assert arts["north-korea-icbm-2022-03-24.txt"]["duplicate_of"] == arts["2022-03-24_icbm_test_resumes.txt"]["id"]


def test_demo_corpus_shows_where_outlets_disagree_on_the_apogee(demo_db):
    with dateline.open(demo_db) as dl:
        launches = dl.timeline(type="MOBILIZE", since=dt.date(2022, 11, 18), until=dt.date(2022, 11, 18),
                               min_sources=3)
    assert len(launches) == 1
    launch = launches[0]
    assert launch["attributes"]["apogee_km"] == 6100 and launch["attributes"]["range_km"] == 1000
    apogee = next(d for d in launch["disagreements"] if d["field"] == "apogee_km")
    assert [v["value"] for v in apogee["values"]] == [6100, 6000]  # two outlets against one
    assert len(apogee["values"][0]["article_ids"]) == 2 and len(apogee["values"][1]["article_ids"]) == 1


def test_two_reports_of_one_launch_make_one_world_event_with_a_range_disagreement(db_url, tmp_path):
    (tmp_path / "a.txt").write_text(LAUNCH_A)
    (tmp_path / "b.txt").write_text(LAUNCH_B)
    (tmp_path / "c.txt").write_text(UNRELATED)
    with dateline.open(db_url) as dl:
        dl.ingest([tmp_path])
        launches = dl.timeline(type="MOBILIZE", actor="PRK")
        assert len(launches) == 1
        launch = launches[0]
        assert launch["date"] == "2024-01-14" and launch["n_sources"] == 2 and len(launch["article_ids"]) == 2
        ranges = next(d for d in launch["disagreements"] if d["field"] == "range_km")
        assert sorted(v["value"] for v in ranges["values"]) == [500, 1000]
        full = dl.world_event(launch["id"])
        assert {m["article_id"] for m in full["mentions"]} == set(launch["article_ids"])
        assert all(m["world_event_id"] == launch["id"] for m in full["mentions"])
        # Different outlets, different words: one story; the Manila talks are another.
        assert len(groups(dl)) == 1 and len(groups(dl)[0]) == 2


def test_organising_again_changes_nothing(db_url, tmp_path):
    (tmp_path / "a.txt").write_text(LAUNCH_A)
    (tmp_path / "b.txt").write_text(LAUNCH_B)
    with dateline.open(db_url) as dl:
        dl.ingest([tmp_path])
        before = (dl.articles(), dl.store.list_world_events())
        assert dl.organise().organised == 0
        dl.ingest([tmp_path])
        assert (dl.articles(), dl.store.list_world_events()) == before


def test_a_near_copy_found_after_a_restart_through_the_stored_index(db_url, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    long_story = LAUNCH_A + LONG_TAIL
    (first / "a.txt").write_text(long_story)
    # The same article re-posted by an aggregator with one phrase edited.
    (second / "copy.txt").write_text(long_story.replace("Officials in Tokyo", "Officials in Japan's capital"))
    with dateline.open(db_url) as dl:
        dl.ingest([first])
    with dateline.open(db_url) as dl:
        dl.ingest([second])
        by_name = {Path(a["source"]).name: a for a in dl.articles()}
        original = dl.article(by_name["a.txt"]["id"])
        copy = dl.article(by_name["copy.txt"]["id"])
    assert copy["duplicate_of"] == original["id"] and copy["duplicate_kind"] == "near"
    assert copy["story_id"] == original["story_id"]
    assert 0.5 <= copy["duplicate_similarity"] < 1


def test_an_edited_or_removed_article_leaves_no_stale_world_events(db_url, tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [{"id": "a", "text": LAUNCH_A.split(" ", 3)[3], "published": "2024-01-15", "source": "Harbour Wire"},
               {"id": "b", "text": LAUNCH_B.split(" ", 3)[3], "published": "2024-01-15", "source": "Pacific Courier"}]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    with dateline.open(db_url) as dl:
        dl.ingest([feed])
        assert dl.timeline(type="MOBILIZE")[0]["n_articles"] == 2
        feed.write_text(json.dumps(records[0]) + "\n")  # b is withdrawn
        dl.ingest([feed])
        launch = dl.timeline(type="MOBILIZE")
        assert len(launch) == 1 and launch[0]["n_articles"] == 1 and launch[0]["disagreements"] == []
        with dl.store.engine.connect() as conn:
            counted = dict(conn.execute(select(events.c.world_event_id, func.count()).where(
                events.c.world_event_id.is_not(None)).group_by(events.c.world_event_id)).all())
            stored = dict(conn.execute(select(world_events.c.id, world_events.c.n_mentions)).all())
        assert counted == stored  # every world event counts exactly the mentions that point at it


def test_seed_pair_shares_a_story_and_the_timeline_cites_both(app, seeds):
    app.ingest([seeds])
    story = {Path(a["source"]).stem[:3]: a["story_id"] for a in app.articles()}
    assert story["002"] == story["003"]
    assert len(set(story.values())) == 4
    concern = [w for w in app.timeline(type="ACCUSE", since=dt.date(2023, 11, 9), until=dt.date(2023, 11, 9))
               if "USA" in w["source_actors"]]
    ids = {a["id"] for a in app.articles() if Path(a["source"]).stem[:3] in ("002", "003")}
    assert any(ids <= set(w["article_ids"]) for w in concern)


def test_exports_write_the_timeline_and_a_timelinejs_file_with_escaped_text(db_url, tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "a.txt").write_text(LAUNCH_A.replace("Officials in Tokyo condemned the launch.",
                                                 "Officials in Tokyo condemned the <script>alert(1)</script> launch."))
    with dateline.open(db_url) as dl:
        dl.ingest([docs])
        written = export(dl.store, tmp_path / "out")
        order = [w["id"] for w in dl.timeline()]
    rows = [json.loads(line) for line in written["timeline"].read_text().splitlines()]
    assert rows and all(r["date"] and r["world_event_id"] and r["article_ids"] for r in rows)
    assert [r["world_event_id"] for r in rows] == order  # earliest first
    timeline_js = json.loads(written["timelinejs"].read_text())
    assert len(timeline_js["events"]) == len(rows)
    launch = next(e for e in timeline_js["events"] if e["group"] == "MOBILIZE")
    assert launch["start_date"] == {"year": 2024, "month": 1, "day": 14}
    assert "<script>" not in written["timelinejs"].read_text()


# -- the rules, one at a time --------------------------------------------------------------------


def test_minhash_similarity_tracks_shared_text():
    index = NearDuplicateIndex()
    base = index.signature(LAUNCH_A)
    assert similarity(base, index.signature(LAUNCH_A)) == 1.0
    assert similarity(base, index.signature(LAUNCH_A + " (Reposted)")) > 0.8
    assert similarity(base, index.signature(LAUNCH_B)) < 0.2
    assert len(index.band_keys(base)) == len(index.bands) and index.band_keys(base) == index.band_keys(base.copy())


@pytest.mark.parametrize("a, b, expected", [
    ("MOBILIZE|PRK|2024-01-14|2024-01-14", "MOBILIZE|PRK|2024-01-14|2024-01-14", 1.0),
    ("MOBILIZE|PRK|2024-01-14|2024-01-14", "MOBILIZE|KOR,PRK|2024-01-14|2024-01-14", 1.0),
    ("MOBILIZE|PRK|2024-01-14|2024-01-14", "MOBILIZE|PRK|2024-01-15|2024-01-15", 0.0),  # another day
    ("MOBILIZE|PRK|2024-01-14|2024-01-14", "ACCUSE|PRK|2024-01-14|2024-01-14", 0.0),
    ("CONSULT|PRK|2023-09-01|2023-09-30", "CONSULT|PRK|2023-09-01|2023-09-30", 0.0),  # a month proves nothing
    ("AGREE|JPN,KOR,USA|2023-08-18|2023-08-18", "AGREE|JPN,KOR,USA||", 0.5),  # undated, same sources
    ("AGREE|KOR,USA|2023-08-18|2023-08-18", "AGREE|JPN,KOR,USA||", 0.0),
])
def test_lead_events_match_only_on_one_day(a, b, expected):
    assert st.lead_match(a, b) == expected


@pytest.mark.parametrize("dateline_text, expected", [
    ("CAMP DAVID, Maryland, Aug 18 (Meridian Wire) -", (8, 18)),
    ("TOKYO, 4 October (Wire) -", (10, 4)),
    ("Seoul (ACP) -", None),
    (None, None),
])
def test_month_day_of_a_dateline_without_year(dateline_text, expected):
    assert st.month_day(dateline_text) == expected


def _row(sentence, trigger, **values):
    start = sentence.index(trigger)
    return {"trigger": trigger, "start": start, "end": start + len(trigger), "sentence_start": 0, **values}


@pytest.mark.parametrize("sentence, trigger, background", [
    ("North Korea fired a missile on Sunday.", "fired", False),
    ("The talks have stalled since the summit collapsed in Hanoi.", "collapsed", True),
    ("Seoul protested after Pyongyang fired two missiles.", "fired", True),
    ("The move came days after US officials huddled with their counterparts in Seoul.", "huddled", True),
    ("It was the first launch since it had tested a solid-fuel engine.", "tested", True),
    ("Japan condemned the launch, which came after talks, and lodged a protest.", "lodged", False),
])
def test_background_clauses(sentence, trigger, background):
    assert we.is_background(sentence, _row(sentence, trigger)) is background


def _mention(id, article_id, **values):
    base = dict(story_id=1, outlet=f"outlet{article_id}", type="MOBILIZE", source_actors=["PRK"], target_actors=[],
                date="2024-01-14", date_precision="day", date_first=dt.date(2024, 1, 14),
                date_last=dt.date(2024, 1, 14), date_source="sentence", modality="asserted", mode=None, place=None,
                attributes={}, sentence="North Korea fired a missile.")
    return we.Mention(id=id, article_id=article_id, **{**base, **values})


def test_aggregate_takes_the_majority_value_and_records_who_said_what():
    mentions = [_mention(1, 10, attributes={"range_km": 1000, "weapon": "ballistic missile"}),
                _mention(2, 11, attributes={"range_km": 1000, "weapon": "intermediate-range ballistic missile"}),
                _mention(3, 12, attributes={"range_km": 950}, date="2024-01", date_precision="month",
                         date_first=dt.date(2024, 1, 1), date_last=dt.date(2024, 1, 31))]
    row = we.aggregate(mentions, {"PRK": "North Korea"})
    assert row["attributes"]["range_km"] == 1000 and row["date"] == "2024-01-14"
    assert row["n_sources"] == 3 and row["article_ids"] == [10, 11, 12]
    fields = {d["field"]: d for d in row["disagreements"]}
    assert set(fields) == {"range_km"}  # nested weapons and nested dates agree
    assert fields["range_km"]["values"] == [{"value": 1000, "event_ids": [1, 2], "article_ids": [10, 11]},
                                            {"value": 950, "event_ids": [3], "article_ids": [12]}]
    assert row["summary"].startswith("North Korea launched an intermediate-range ballistic missile (range 1,000 km)")


def test_aggregate_flags_different_days_and_different_actors():
    mentions = [_mention(1, 10), _mention(2, 11, date="2024-01-15", date_first=dt.date(2024, 1, 15),
                                          date_last=dt.date(2024, 1, 15)),
                _mention(3, 12, source_actors=["RUS"])]
    fields = {d["field"] for d in we.aggregate(mentions, {})["disagreements"]}
    assert fields == {"date", "source_actors"}


def test_a_background_mention_joins_the_earlier_launch_with_its_weapon_or_nothing():
    earlier = {"id": 7, "type": "MOBILIZE", "source_actors": ["PRK"], "target_actors": [],
               "date_first": dt.date(2023, 11, 21), "date_last": dt.date(2023, 11, 21),
               "attributes": {"weapon": "spy satellite"}}
    recalled = _mention(1, 10, background=True, anchor=dt.date(2023, 12, 1), date=None, date_first=None,
                        date_last=None, date_source="anchor", attributes={"weapon": "satellite"})
    assert we.choose(recalled, [earlier], set()) == earlier
    other_weapon = _mention(2, 10, background=True, anchor=dt.date(2023, 12, 1), date=None, date_first=None,
                            date_last=None, date_source="anchor", attributes={"weapon": "cruise missile"})
    assert we.choose(other_weapon, [earlier], set()) is None
    statement = _mention(3, 10, type="ACCUSE", background=True, anchor=dt.date(2023, 12, 1), date=None,
                         date_first=None, date_last=None, date_source="anchor")
    assert we.choose(statement, [{**earlier, "type": "ACCUSE"}], set()) is None


def test_an_undated_mention_joins_only_within_its_story():
    world_event = {"id": 3, "type": "MOBILIZE", "source_actors": ["PRK"], "target_actors": [],
                   "date_first": dt.date(2024, 1, 14), "date_last": dt.date(2024, 1, 14), "attributes": {}}
    undated = _mention(1, 10, date=None, date_first=None, date_last=None, date_source=None)
    assert we.choose(undated, [world_event], set()) is None
    assert we.choose(undated, [world_event], {3}) == world_event
