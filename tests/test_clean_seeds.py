"""Cleaning the five sample articles gives what their hand annotation says."""

import json

import pytest

from dateline.clean import clean_article
from dateline.ingest.text import read_text

from .conftest import SEEDS


def _gold():
    path = SEEDS / "gold.json"
    return json.loads(path.read_text(encoding="utf-8"))["articles"] if path.exists() else {}


GOLD = _gold()


def _clean(key):
    path = SEEDS / f"{key}.txt"
    record = next(read_text(path, path.read_bytes()))
    return clean_article(record.text, record.hints)


def _norm(s):
    return " ".join(s.replace("“", '"').replace("”", '"').replace("’", "'").split()).lower()


@pytest.mark.parametrize("key", sorted(GOLD))
def test_publication_date_matches_annotation(key):
    cleaned = _clean(key)
    assert (cleaned.published.isoformat() if cleaned.published else None) == GOLD[key]["published"]


@pytest.mark.parametrize("key", sorted(GOLD))
def test_dateline_matches_annotation(key):
    cleaned, gold = _clean(key), GOLD[key]["dateline"]
    if gold is None:
        assert cleaned.dateline is None
    else:
        assert cleaned.dateline.place.lower() == gold["place"].lower()
        assert cleaned.dateline.agency == gold["agency"]
        assert cleaned.dateline.date.isoformat() == gold["date"]


@pytest.mark.parametrize("key", sorted(GOLD))
def test_boilerplate_removed_and_evidence_kept(key):
    cleaned = _clean(key)
    text = _norm(cleaned.text)
    for bp in GOLD[key]["boilerplate"]:
        assert _norm(bp) not in text
    for event in GOLD[key]["events"]:
        assert _norm(event["evidence"]) in text
    for quote in GOLD[key]["quotes"]:
        assert _norm(quote["contains"]) in text


@pytest.mark.skipif(not GOLD, reason="no sample annotation")
def test_title_and_byline_from_the_head_of_a_scraped_page():
    cleaned = _clean("003_a09e67e0ad58dc21")
    assert cleaned.title == GOLD["003_a09e67e0ad58dc21"]["title"]
    assert cleaned.byline == GOLD["003_a09e67e0ad58dc21"]["byline"]


@pytest.mark.skipif(not GOLD, reason="no sample annotation")
def test_headline_pasted_mid_body_becomes_the_title_and_leaves_the_text():
    key = "000_9141a6682baf2a2b"
    cleaned = _clean(key)
    assert cleaned.title == GOLD[key]["headline_in_body"]
    assert GOLD[key]["headline_in_body"] not in cleaned.text


@pytest.mark.skipif(not GOLD, reason="no sample annotation")
def test_dateline_year_without_publication_date_comes_from_the_copyright_line():
    cleaned = _clean("003_a09e67e0ad58dc21")
    assert cleaned.published is None
    assert cleaned.dateline.date_source == "copyright-year"
    # "said on Thursday" in the lead agrees with 2023-11-09 being a Thursday.
    assert cleaned.dateline.date_confidence == "high"
