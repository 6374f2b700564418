"""Wire copy as it comes off the wire: hard-wrapped lines, indented paragraphs, datelines in every
house style, end marks, and the year only in the text (tests/data/wire_copy, invented stories).

Each story is set in several ways: wrapped at 60, 65, 72 and 80 columns, with paragraphs opened by
an indent (1980s wire) or by a blank line, with Unix or DOS line ends. Cleaning must give back the
paragraphs as written, whatever the setting.
"""

import json
import textwrap

import pytest

from dateline.clean import clean_article
from dateline.clean.title import normal_title

from .conftest import DATA

STORIES = json.loads((DATA / "wire_copy" / "stories.json").read_text(encoding="utf-8"))
# (width, paragraph opening, line end)
SETTINGS = [(60, "indent", "\n"), (65, "indent", "\n"), (72, "blank", "\n"), (80, "indent", "\r\n"),
            (65, "blank", "\r\n"), (72, "indent", "\n")]


def wire_text(story: dict, width: int, opening: str, newline: str) -> str:
    """The story set as a wire printer would: wrapped greedily at ``width`` columns."""
    indent = "    " if opening == "indent" else ""
    separator = "\n" if opening == "indent" else "\n\n"
    blocks = [textwrap.fill(p, width, initial_indent=indent, break_on_hyphens=False, break_long_words=False)
              for p in [story["lead"], *story["paragraphs"]]]
    if story["headline"]:
        blocks.insert(0, story["headline"])
    if story["end_mark"]:
        blocks.append((" " if opening == "indent" else "") + story["end_mark"])
    return separator.join(blocks).replace("\n", newline) + newline


def expected_body(story: dict) -> str:
    lead = story["lead"]
    if story["dateline"]:
        lead = lead[len(story["dateline"]["text"]):].lstrip(" -–—:").lstrip()
    return "\n\n".join([lead, *story["paragraphs"]])


# Each story in two settings, so that every setting meets a dozen stories.
CASES = [(story["name"], *SETTINGS[(i + shift) % len(SETTINGS)]) for i, story in enumerate(STORIES) for shift in (0, 3)]
BY_NAME = {story["name"]: story for story in STORIES}


@pytest.mark.parametrize("name, width, opening, newline", CASES)
def test_wrapped_wire_story_comes_back_as_written(name, width, opening, newline):
    story = BY_NAME[name]
    cleaned = clean_article(wire_text(story, width, opening, newline))
    assert cleaned.text == expected_body(story)
    if story["headline"]:
        assert cleaned.title == normal_title(story["headline"])
    if story["end_mark"]:
        assert any(r.kind == "end-mark" for r in cleaned.removed)


@pytest.mark.parametrize("name", sorted(n for n, s in BY_NAME.items() if s["dateline"] or not s["headline"]))
def test_lines_with_neither_indents_nor_blank_lines_keep_every_word_and_the_headline_apart(name):
    """Paragraph breaks cannot be told where the last line of a paragraph happens to be full: such
    paragraphs run together, but no word is lost, and the headline stays above the dateline."""
    story = BY_NAME[name]
    blocks = [textwrap.fill(p, 65, break_on_hyphens=False) for p in [story["lead"], *story["paragraphs"]]]
    text = "\n".join(([story["headline"]] if story["headline"] else []) + blocks) + "\n"
    cleaned = clean_article(text)
    assert cleaned.text.split() == expected_body(story).split()
    if story["headline"]:
        assert cleaned.title == normal_title(story["headline"])


@pytest.mark.parametrize("name, width, opening, newline", CASES)
def test_wire_dateline_in_every_house_style(name, width, opening, newline):
    story = BY_NAME[name]
    cleaned = clean_article(wire_text(story, width, opening, newline))
    want = story["dateline"]
    if want is None:
        assert cleaned.dateline is None
        return
    dl = cleaned.dateline
    assert dl is not None
    assert (dl.place.lower(), dl.agency, dl.month, dl.day) == (want["place"].lower(), want["agency"], want["month"],
                                                               want["day"])


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_story_year_from_the_text_is_never_wrong(name):
    story = BY_NAME[name]
    dl = clean_article(wire_text(story, 65, "indent", "\n")).dateline
    if dl is not None and dl.date is not None:
        assert dl.date.year == story["story_year"], dl.date_source
        assert dl.date_confidence in ("low", "medium")


def test_stories_that_name_their_own_year_are_dated_by_it():
    named = [s for s in STORIES if s["names_own_year"] and s["dateline"] and s["dateline"]["month"]]
    dated = [clean_article(wire_text(s, 65, "indent", "\n")).dateline for s in named]
    by_text = [dl for dl in dated if dl.date and dl.date_source == "text-year" and str(dl.date.year) in dl.date_evidence]
    # Months written with their year are left out (wire style writes the year only for other years), so
    # "in January 1987" in a March 1987 story goes unused: half at least, and none wrong (above).
    assert len(by_text) >= 0.5 * len(named), [dl.date_source for dl in dated]


def test_the_corpus_covers_the_house_styles_it_claims():
    texts = [s["dateline"]["text"] for s in STORIES if s["dateline"]]
    assert any(t[t.index(",") + 2:][:1].islower() for t in texts if "," in t)  # "Caracas, feb 26"
    assert any(s["lead"][len(s["dateline"]["text"]):].lstrip(" -").startswith("<") for s in STORIES if s["dateline"])
    assert sum(s["names_own_year"] for s in STORIES) >= 4 and sum(s["has_table"] for s in STORIES) >= 2


def test_ragged_hand_wrapped_lines_join_and_an_indented_end_mark_goes():
    text = ("IRAN SAYS FORCES REPELLED IRAQI ATTACK NEAR BASRA\n"
            "    BAHRAIN, March 3 - Iran said its forces repelled a heavy\n"
            "Iraqi attack east of Basra overnight and that Iranian gunners\n"
            "shelled Iraqi positions along the Shatt al-Arab waterway,\n"
            "killing or wounding hundreds of Iraqi troops.\n"
            "    Banking analysts said that with the immediate threat of the\n"
            "offensive receding, Gulf currencies had steadied in early trade.\n"
            " Reuter\n")
    cleaned = clean_article(text)
    assert cleaned.title == "IRAN SAYS FORCES REPELLED IRAQI ATTACK NEAR BASRA"
    assert cleaned.dateline.place == "Bahrain"
    assert cleaned.text.split("\n\n") == [
        "Iran said its forces repelled a heavy Iraqi attack east of Basra overnight and that Iranian gunners "
        "shelled Iraqi positions along the Shatt al-Arab waterway, killing or wounding hundreds of Iraqi troops.",
        "Banking analysts said that with the immediate threat of the offensive receding, Gulf currencies had "
        "steadied in early trade."]
    # Every character still maps back to the source.
    start = cleaned.text.index("Iraqi attack")
    s, e = cleaned.offsets.span_to_source(start, start + len("Iraqi attack"))
    assert text[s:e] == "Iraqi attack"


def test_a_table_under_the_lead_keeps_its_rows_and_gives_no_dateline():
    text = ("    SAO PAULO, APRIL 7 - Brazil's soybean crop will fall short of\n"
            "earlier forecasts, the agriculture ministry said.\n"
            "    Production by state, in thousands of tonnes:\n"
            "    PARANA STATE:      1,240     1,105\n"
            "    RIO GRANDE DO SUL: 2,310     2,480\n"
            " REUTER\n")
    cleaned = clean_article(text)
    assert cleaned.dateline.place == "Sao Paulo" and (cleaned.dateline.month, cleaned.dateline.day) == (4, 7)
    assert cleaned.text.endswith("PARANA STATE:      1,240     1,105\n\nRIO GRANDE DO SUL: 2,310     2,480")


def test_a_label_above_a_table_is_no_dateline():
    cleaned = clean_article("PARANA STATE:\n\n1,240 1,105\n\n980 1,020\n")
    assert cleaned.dateline is None and cleaned.text.startswith("PARANA STATE:")


def test_one_line_paragraphs_are_not_taken_for_wrapped_text():
    text = ("Seoul said the launch was a grave provocation that threatened peace.\n"
            "Tokyo lodged a protest through diplomatic channels in Beijing.\n"
            "Washington said it was consulting its allies on a response.\n"
            "The Security Council will meet on Friday at France's request.\n")
    cleaned = clean_article(text)
    assert cleaned.text.count("\n\n") == 3


def test_a_short_indented_wire_story_is_joined_too():
    text = ("    TOKYO, March 3 - Japan's trade surplus rose to 8.1 billion\n"
            "dlrs in February from 7.2 billion in January, the Finance\n"
            "Ministry said.\n"
            "    The ministry gave no further details.\n"
            " Reuter\n")
    cleaned = clean_article(text)
    assert cleaned.text == ("Japan's trade surplus rose to 8.1 billion dlrs in February from 7.2 billion in January, "
                            "the Finance Ministry said.\n\nThe ministry gave no further details.")


def test_old_mac_line_ends_and_tab_indents_are_read_as_lines_and_indents():
    cr = "Bahrain raises oil output\r\rBAHRAIN, March 3 - Bahrain's oil output rose, the ministry said.\r\rOutput averaged 42,000 bpd."
    cleaned = clean_article(cr)
    assert (cleaned.title, cleaned.dateline.place) == ("Bahrain raises oil output", "Bahrain")
    assert cleaned.text == "Bahrain's oil output rose, the ministry said.\n\nOutput averaged 42,000 bpd."
    tabs = ("\tWASHINGTON, March 3 - The Treasury said on Tuesday it would sell\n"
            "  new bonds next week in an auction expected to draw strong demand\n"
            "  from foreign investors and domestic banks alike, officials said.\n"
            "\tThe sale follows a similar auction in February, which drew bids\n"
            "  from a wide range of investors including pension funds in Japan.\n")
    assert clean_article(tabs).text.count("\n\n") == 1


def test_list_items_and_table_rows_stay_lines_of_their_own():
    listed = clean_article("Things to know:\n\n- North Korea fired a missile on Tuesday morning\n"
                           "- Japan said it landed in the sea of Japan today\n"
                           "- South Korea condemned the launch in strong words\n"
                           "- The US called for talks with the government\n")
    assert listed.text.count("\n\n- ") == 4
    rows = [("Wheat", 1234.5, 1100.2), ("Corn", 987.0, 1002.4), ("Soybeans", 55.1, 60.3), ("Barley", 402.9, 380.0)]
    table = clean_article("U.S. grain export inspections, in thousands of tonnes:\n\n"
                          + "\n".join(f"{n:<20}{a:>15.1f}{b:>15.1f}" for n, a, b in rows) + "\n")
    assert table.text.count("\n\n") == len(rows)
