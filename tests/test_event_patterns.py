"""One sentence per event pattern (PLOVER type and trigger), written for these tests."""

import datetime as dt

import pytest

from dateline.settings import Settings
from dateline.understand.pipeline import load_pipeline

ANCHOR = dt.date(2023, 11, 9)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings().model)


@pytest.mark.parametrize("sentence, type_, source", [
    ("Japan offered to host the next round of talks with China.", "AGREE", "JPN"),
    ("President Yoon invited Prime Minister Kishida to Seoul.", "AGREE", "KOR"),
    ("Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "CONSULT", "USA"),
    ("Kim Jong Un visited Russia in September.", "CONSULT", "PRK"),
    ("Seoul and Tokyo held talks on Tuesday about the launches.", "CONSULT", "KOR"),
    ("India welcomed the agreement on Friday.", "SUPPORT", "IND"),
    ("Japan signed the accord with the Philippines.", "SUPPORT", "JPN"),
    ("Japan and South Korea agreed to share real-time missile warning data.", "AGREE", "JPN"),
    ("South Korea and the United States held joint drills near the border on Monday.", "COOPERATE", "KOR"),
    ("The United States supplied artillery shells to Ukraine.", "AID", "USA"),
    ("Russia withdrew its troops from the border region on Sunday.", "RETREAT", "RUS"),
    ("Israel released 30 Palestinian prisoners on Friday.", "RETREAT", "ISR"),
    ("Japan apologized for the remarks on Tuesday.", "CONCEDE", "JPN"),
    ("China urged restraint on all sides.", "REQUEST", "CHN"),
    ("The United States demanded that Russia withdraw its forces.", "REQUEST", "USA"),
    ("Russia accused Ukraine of shelling the plant.", "ACCUSE", "RUS"),
    ("China criticized the US arms sale to Taiwan on Thursday.", "ACCUSE", "CHN"),
    ("South Korea rejected the North's offer of talks.", "REJECT", "KOR"),
    ("Russia vetoed the draft resolution at the United Nations on Thursday.", "REJECT", "RUS"),
    ("North Korea threatened to retaliate against the drills.", "THREATEN", "PRK"),
    ("The United States sanctioned three North Korean officials on Thursday.", "SANCTION", "USA"),
    ("China expelled two Japanese diplomats on Wednesday.", "SANCTION", "CHN"),
    ("Russia deployed troops to the border on Monday.", "MOBILIZE", "RUS"),
    ("Iranian police arrested dozens of protesters on Saturday.", "COERCE", "IRN"),
    ("Russia attacked Kyiv with drones overnight.", "ASSAULT", "RUS"),
    ("Israel struck targets in Gaza on Sunday.", "ASSAULT", "ISR"),
])
def test_event_pattern(nlp, sentence, type_, source):
    doc = nlp.make_doc(sentence)
    doc._.anchor = ANCHOR
    doc = nlp(doc)
    found = [(e.type, e.source_actors) for e in doc._.events]
    assert any(t == type_ and source in s for t, s in found), found


@pytest.mark.parametrize("sentence, type_, date, precision", [
    # Anchor 2023-11-09 (a Thursday): "days after" puts the clause a few days earlier, as an ISO week.
    ("The launch came days after US officials met their South Korean counterparts in Seoul.", "CONSULT",
     "2023-W45", "week"),
    ("The launch came a day after Japan condemned the Chinese patrols.", "ACCUSE", "2023-11-08", "day"),
    ("The drills began weeks after Russia withdrew its troops from the border.", "RETREAT", "2023-10", "month"),
    # The lag counts back from the sentence's own date when it has one.
    ("On Monday, the North fired a missile, days after Japan condemned its satellite launch.", "ACCUSE",
     "2023-W44", "week"),
])
def test_lagged_clause_is_dated_before_its_main_clause(nlp, sentence, type_, date, precision):
    doc = nlp.make_doc(sentence)
    doc._.anchor = ANCHOR
    doc = nlp(doc)
    found = [(e.date, e.date_precision, e.date_source) for e in doc._.events if e.type == type_]
    assert (date, precision, "relative") in found
