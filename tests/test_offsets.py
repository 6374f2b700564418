"""Property tests: cleaning never rewrites story text, and every offset maps back to the source."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.clean import clean_article
from dateline.clean.offsets import OffsetMap

WORD = st.text(alphabet=string.ascii_letters + "’'é-", min_size=1, max_size=10)
SENTENCE = st.one_of(
    st.builds(lambda first, words, end: " ".join([first.capitalize()] + words) + end,
              WORD, st.lists(WORD, min_size=6, max_size=30), st.sampled_from([".", "!", "?", ".”"])),
    # Story sentences that begin like a boilerplate line.
    st.builds(lambda opening, words: opening + " " + " ".join(words) + ", officials said.",
              st.sampled_from(["Contributing to the tension,", "Related-party loans", "With the help of China,",
                               "Sign up for the draft", "Photos of the launch", "Source close to the talks"]),
              st.lists(WORD, min_size=3, max_size=12)),
)
PARAGRAPH = st.builds(" ".join, st.lists(SENTENCE, min_size=1, max_size=4))
BOILERPLATE = st.sampled_from([
    "Also read: Something else happened", "Photo: Jung Yeon-je / AFP", "(END)", "Source link",
    "© 2023 Example News. All rights reserved.", "Advertisement", "(Reporting by Jane Doe; Editing by John Roe)",
])
SPACING = st.sampled_from(["\n", "\n\n", "\n\n\n\n", "\r\n", "\n  \n"])


@st.composite
def articles(draw):
    stories = draw(st.lists(PARAGRAPH, min_size=1, max_size=6))
    lines = []
    for story in stories:
        if draw(st.booleans()):
            lines.append(draw(BOILERPLATE))
        lines.append(story)
    prefix = draw(st.sampled_from(["", " date 2023-11-17 "]))
    text = prefix
    for line in lines:
        text += draw(st.sampled_from(["", " ", "\t"])) + line + draw(SPACING)
    return text, stories


@settings(max_examples=150, deadline=None)
@given(articles())
def test_every_story_paragraph_survives_cleaning(article):
    source, stories = article
    cleaned = clean_article(source, None)
    for story in stories:
        assert story in cleaned.text


@settings(max_examples=150, deadline=None)
@given(articles())
def test_every_copied_segment_is_an_exact_source_span(article):
    source, _ = article
    cleaned = clean_article(source, None)
    covered = 0
    for clean_start, src_start, length in cleaned.offsets.segments:
        assert cleaned.text[clean_start:clean_start + length] == source[src_start:src_start + length]
        covered += length
    # Only separators (paragraph breaks, joining spaces) are not copies.
    assert set(cleaned.text[i] for i in _uncovered(cleaned)) <= {"\n", " "}


@settings(max_examples=100, deadline=None)
@given(articles())
def test_offsets_map_each_story_paragraph_back_to_itself(article):
    source, stories = article
    cleaned = clean_article(source, None)
    previous, after = -1, 0
    for story in stories:
        start = cleaned.text.index(story, after)
        after = start + len(story)
        s, e = cleaned.offsets.span_to_source(start, start + len(story))
        assert source[s:e] == story
        assert s > previous  # order is kept
        previous = s


def test_a_span_ending_on_a_separator_maps_to_the_copied_text_only():
    cleaned = clean_article("First paragraph here.\n\nSecond one.", None)
    s, e = cleaned.offsets.span_to_source(0, len("First paragraph here.\n\n"))
    assert "First paragraph here.\n\nSecond one."[s:e] == "First paragraph here."


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 9)), max_size=8))
def test_offset_map_is_monotonic_and_survives_json(gaps):
    segments, clean, src = [], 0, 0
    for gap, length in gaps:
        clean += 1 if segments else 0
        src += gap
        segments.append((clean, src, length))
        clean += length
        src += length
    m = OffsetMap(segments)
    positions = [m.to_source(i) for i in range(clean + 1)]
    assert positions == sorted(positions)
    assert OffsetMap.from_json(m.to_json()).segments == m.segments


def _uncovered(cleaned):
    covered = set()
    for c, _, n in cleaned.offsets.segments:
        covered.update(range(c, c + n))
    return [i for i in range(len(cleaned.text)) if i not in covered]
