"""The cleaning rules on articles written in other agencies' house styles (tests/data/house_styles)."""

import json

import pytest

from dateline.clean import clean_article
from dateline.ingest.html import read_html
from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.text import read_text

from .conftest import DATA

FOLDER = DATA / "house_styles"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


def _record(key):
    if ":" in key:
        name, line = key.split(":")
        with (FOLDER / name).open("rb") as stream:
            records = list(read_jsonl(FOLDER / name, stream, 1 << 20))
        return next(r for r in records if r.line == int(line))
    path = FOLDER / key
    reader = read_html if path.suffix == ".html" else read_text
    return next(reader(path, path.read_bytes()))


@pytest.fixture(scope="module")
def cleaned():
    cache = {}

    def get(key):
        if key not in cache:
            record = _record(key)
            cache[key] = (record, clean_article(record.text, record.hints))
        return cache[key]

    return get


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_publication_date(key, cleaned):
    _, c = cleaned(key)
    assert (c.published.isoformat() if c.published else None) == EXPECTED[key]["published"]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_dateline(key, cleaned):
    _, c = cleaned(key)
    want = EXPECTED[key]["dateline"]
    if want is None:
        assert c.dateline is None
        return
    assert c.dateline is not None
    assert (c.dateline.place or "").lower() == (want["place"] or "").lower()
    assert c.dateline.agency == want["agency"]
    assert (c.dateline.date.isoformat() if c.dateline.date else None) == want["date"]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_title_and_byline(key, cleaned):
    _, c = cleaned(key)
    assert c.title == EXPECTED[key]["title"]
    assert c.byline == EXPECTED[key]["byline"]


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_boilerplate_removed_and_story_kept(key, cleaned):
    _, c = cleaned(key)
    for bp in EXPECTED[key]["boilerplate"]:
        assert bp.strip() not in c.text, bp
    for sentence in EXPECTED[key]["keep"]:
        assert sentence in c.text, sentence
