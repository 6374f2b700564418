"""Same-story clusters against the labelled set in tests/data/stories (and examples/demo).

The floors are below what the tuned rules reach (precision 0.93 and recall 0.82 on the set
alone, 0.95 and 0.83 with the demo corpus, see benchmarks/stories.py) so that a reasonable
change in event extraction does not break them; a drop below them means a real regression.
"""

import datetime as dt

import pytest

import dateline
from dateline.organise import stories as st
from dateline.organise.evaluate import load_labels, pairs, score_pairs, score_store
from dateline.organise.terms import stem, terms

from .conftest import DATA, DEMO

STORIES = DATA / "stories"
PRECISION_FLOOR = 0.85
RECALL_FLOOR = 0.65


@pytest.fixture(scope="module")
def clustered(tmp_path_factory):
    """Story scores of the labelled set alone and together with the demo corpus."""
    scores = {}
    for name, folders in {"stories": {"stories": STORIES}, "stories+demo": {"stories": STORIES, "demo": DEMO}}.items():
        db = str(tmp_path_factory.mktemp("stories") / "s.db")
        with dateline.open(db) as dl:
            dl.ingest(list(folders.values()))
            scores[name], _ = score_store(dl.store, folders, load_labels(STORIES / "labels.json",
                                                                         {n: n for n in folders}))
    return scores


@pytest.mark.parametrize("name", ["stories", "stories+demo"])
def test_labelled_stories_are_found_pair_by_pair(clustered, name):
    scores = clustered[name]
    assert scores.true == (33 if name == "stories" else 46)
    assert scores.precision >= PRECISION_FLOOR, scores.false_pairs
    assert scores.recall >= RECALL_FLOOR, scores.missed_pairs


def test_the_labels_cover_every_article_of_the_set():
    labels = load_labels(STORIES / "labels.json", {"stories": "stories"})
    assert {key.split("/", 1)[1] for key in labels} == {p.name for p in STORIES.glob("*.txt")}
    stories = set(labels.values())
    assert len(labels) >= 40 and len(stories) >= 15


# -- the pieces, one at a time -------------------------------------------------------------------


def test_pairs_and_scores_count_each_unordered_pair_once():
    predicted = {"a": 1, "b": 1, "c": 1, "d": 2}
    labels = {"a": "x", "b": "x", "d": "x"}  # c has no label: a story of its own
    assert pairs(predicted) == {("a", "b"), ("a", "c"), ("b", "c")}
    scores = score_pairs(predicted, labels)
    assert (scores.found, scores.true, scores.correct) == (3, 3, 1)
    assert scores.false_pairs == [("a", "c"), ("b", "c")]
    assert scores.missed_pairs == [("a", "d"), ("b", "d")]
    assert scores.precision == scores.recall == pytest.approx(1 / 3)


@pytest.mark.parametrize("words, expected", [
    (["fired", "fires", "firing", "fire"], "fir"),
    (["shells", "shelling", "shelled"], "shell"),
    (["launches", "launched", "launching"], "launch"),
    (["agreed", "agree"], "agre"),
    (["rammed", "ram"], "ram"),
    (["ministries", "ministry"], "ministry"),
])
def test_inflections_share_a_stem(words, expected):
    assert {stem(w) for w in words} == {expected}


@pytest.mark.parametrize("a, b", [("summit", "summon"), ("nuclear", "nucleus"), ("state", "statement")])
def test_different_words_keep_different_stems(a, b):
    assert stem(a) != stem(b)


def test_terms_drop_stop_words_and_keep_figures():
    assert terms("North Korea fired 1,000 shells at the island on Sunday, Kim’s sister said.") == \
        ["north", "korea", "fir", "1000", "shell", "island", "sunday", "kim", "sister", "said"]


@pytest.mark.parametrize("leads, story_events, expected", [
    (["MOBILIZE|PRK|2023-12-18|2023-12-18"], ["MOBILIZE|PRK|2023-12-17|2023-12-17"], 1.0),  # two launches
    (["MOBILIZE|PRK|2023-12-18|2023-12-18"], ["MOBILIZE|PRK|2023-12-17|2023-12-17",
                                              "MOBILIZE|PRK|2023-12-18|2023-12-18"], 0.0),
    (["MOBILIZE|PRK|2023-12-18|2023-12-18"], ["ACCUSE|PRK|2023-12-17|2023-12-17"], 0.0),  # another kind
    (["MOBILIZE|PRK|2023-12-18|2023-12-18"], ["MOBILIZE|KOR|2023-12-17|2023-12-17"], 0.0),  # another actor
    (["MOBILIZE|PRK||", "MOBILIZE|PRK|2023-12-18|2023-12-18"], ["MOBILIZE|PRK|2023-12-17|2023-12-17"], 0.0),
    (["MOBILIZE|PRK|2023-12-01|2023-12-31"], ["MOBILIZE|PRK|2023-12-17|2023-12-17"], 0.0),  # a month: no day
])
def test_a_conflict_is_the_same_kind_of_happening_on_another_day(leads, story_events, expected):
    assert st.conflict(leads, {key: 1 for key in story_events}) == expected


def test_the_day_an_article_tells_of_comes_from_its_events_then_its_dateline():
    day = dt.date(2023, 12, 19)
    # A state-media report dated the 19th about a launch "on December 18".
    assert st.article_day(["MOBILIZE|PRK|2023-12-18|2023-12-18"], day, True, 3) == dt.date(2023, 12, 18)
    # A date months away is a misread or a recollection: the dateline's date stands.
    assert st.article_day(["ASSAULT|CHN|2023-05-01|2023-05-01"], day, True, 3) == day
    # A page without a dateline (a blog's explainer) has no day of its own.
    assert st.article_day([], day, False, 3) is None


def test_an_article_day_is_stored_with_its_story_events_but_is_no_lead_event():
    features = st.Features(vector={}, actors=[], leads=["MOBILIZE|PRK||"], day=dt.date(2024, 1, 5))
    stored = st.stored_events(features)
    assert stored == ["MOBILIZE|PRK||", "DAY||2024-01-05|2024-01-05"]
    assert st.lead_keys(stored) == features.leads
    other = st.Features(vector={}, actors=[], leads=[], day=dt.date(2024, 1, 5))
    assert st.signals(other, st.story_of(features), st.DocumentFrequencies())["lead"] == 0


@pytest.mark.parametrize("day, month_day, expected", [
    (dt.date(2024, 1, 5), None, 1.0),
    (dt.date(2024, 1, 6), None, 0.5),
    (dt.date(2024, 1, 9), None, 0.0),
    (None, (1, 5), 1.0),  # a dateline without a year
    (None, None, 0.0),
])
def test_closeness_of_days(day, month_day, expected):
    features = st.Features(vector={}, actors=[], leads=[], day=day, month_day=month_day)
    story = {"events": {"MOBILIZE|PRK||": 1, st.day_key(dt.date(2024, 1, 5)): 1}}
    assert st.closeness(features, story) == expected


def test_a_story_whose_articles_give_no_day_is_close_to_none():
    features = st.Features(vector={}, actors=[], leads=[], day=dt.date(2024, 1, 5))
    assert st.closeness(features, {"events": {"MOBILIZE|PRK||": 1}}) == 0


def test_a_dateline_day_that_no_nearby_year_has_is_no_closeness():
    """"Feb 29" beside stories of 2022-2023, or "Feb 30": no day to compare, and no crash."""
    story = {"events": {st.day_key(dt.date(2022, 3, 1)): 1}}
    for month_day in ((2, 29), (2, 30)):
        assert st.closeness(st.Features(vector={}, actors=[], leads=[], month_day=month_day), story) == 0.0
