"""Quotes and events on real sentences: the sample articles' and our own from other conflicts.

The pipeline (model + dateline's components) is loaded once for the module.
"""

import datetime as dt

import pytest



def run(nlp, text, anchor=None):
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return nlp(doc)


def quote_with(doc, fragment):
    return next(q for q in doc._.quotes if fragment in q.text)


def events_of(doc, type_):
    return [e for e in doc._.events if e.type == type_]


# -- quotes -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fragment, speaker_actor", [
    ("“What North Korea is doing is completely contrary to expectations,” Park said.", "completely contrary", None),
    ("“We will continue to cooperate closely with the United States,” said Japanese chief cabinet secretary "
     "Katsunobu Kato.", "cooperate closely", "JPN"),
    ("Russian Foreign Minister Sergei Lavrov said, “We reject these accusations entirely.”", "reject these", "RUS"),
    ("The launch was a “big explosion” that shook “the entire planet,” KCNA wrote.", "entire planet", "PRK"),
    ('Israeli Prime Minister Benjamin Netanyahu said: "We will not stop until the hostages are home."', "hostages", "ISR"),
])
def test_direct_quote_speaker(nlp, text, fragment, speaker_actor):
    q = quote_with(run(nlp, text), fragment)
    assert q.kind == "direct" and q.speaker
    if speaker_actor:
        assert speaker_actor in q.speaker_actors


def test_pronoun_speaker_is_the_previous_named_one(nlp):
    doc = run(nlp, "South Korean Foreign Minister Park Jin met his counterparts on Friday. "
                   "“What North Korea is doing is contrary to all expectations,” Park said. "
                   "“I hope that our dialogue will strengthen our resolve,” he said.", dt.date(2023, 7, 14))
    assert quote_with(doc, "strengthen our resolve").speaker_actors == ["KOR"]
    assert quote_with(doc, "contrary to all").speaker_actors == ["KOR"]


def test_quote_split_across_sentences_keeps_its_speaker(nlp):
    doc = run(nlp, "“There are different kinds of pressure points,” Blinken said after the meeting. "
                   "“The point is to really understand how we have the best chance.”", dt.date(2021, 3, 18))
    assert quote_with(doc, "The point is").speaker == quote_with(doc, "pressure points").speaker
    assert quote_with(doc, "The point is").speaker_actors == ["USA"]


def test_single_quoted_word_is_not_a_quote(nlp):
    doc = run(nlp, "Blinken on Saturday reaffirmed the “ironclad” security commitment to South Korea.")
    assert not [q for q in doc._.quotes if q.kind == "direct"]


def test_indirect_speech(nlp):
    doc = run(nlp, "Indian police said that thousands of farmers had blocked the highway near New Delhi.")
    q = next(q for q in doc._.quotes if q.kind == "indirect")
    assert q.text.startswith("thousands of farmers") and q.speaker


# -- events -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, type_, sources, targets", [
    ("Earlier on Wednesday, the Biden administration imposed severe sanctions on six North Koreans.",
     dt.date(2022, 1, 15), "SANCTION", ["USA"], ["PRK"]),
    ("Japan condemned the launch of two ballistic missiles by North Korea.", None, "ACCUSE", ["JPN"], []),
    ("North Korea warned America of stronger reactions to the new sanctions.", None, "THREATEN", ["PRK"], ["USA"]),
    ("Both North Korea and Russia have denied any arms deals.", None, "REJECT", ["PRK", "RUS"], []),
    ("Washington, Seoul and Tokyo have also agreed to act together.", None, "AGREE", ["USA", "KOR", "JPN"], []),
    # Launching a strike is firing *at* someone: an attack, not a weapons test.
    ("Russia launched a missile strike on a hospital in Kyiv on Monday, Ukrainian officials said.",
     dt.date(2024, 7, 9), "ASSAULT", ["RUS"], []),
    ("China imposed sanctions on three US defence companies on Thursday over arms sales to Taiwan.",
     dt.date(2023, 2, 17), "SANCTION", ["CHN"], ["USA"]),
    ("Israel rejected the ceasefire proposal on Sunday.", dt.date(2023, 11, 6), "REJECT", ["ISR"], []),
    ("Thousands of Indian farmers protested in New Delhi last month against the new laws.",
     dt.date(2021, 1, 10), "PROTEST", [], []),
])
def test_event_type_and_actors(nlp, text, anchor, type_, sources, targets):
    doc = run(nlp, text, anchor)
    found = events_of(doc, type_)
    assert found, [(e.type, e.trigger) for e in doc._.events]
    e = found[0]
    assert set(sources) <= set(e.source_actors)
    assert set(targets) <= set(e.target_actors)


def test_event_date_from_its_own_time_expression(nlp):
    doc = run(nlp, "North Korea launched two cruise missiles, officials said. "
                   "The two missiles were fired from southern Pyongan province on Sunday morning.", dt.date(2021, 3, 24))
    e = events_of(doc, "MOBILIZE")[-1]
    assert e.source_actors == ["PRK"]  # the passive launch takes the document's launcher
    assert (e.date, e.date_precision, e.date_source) == ("2021-03-21", "day", "sentence")


def test_a_lone_passive_launch_with_no_launcher_is_no_event(nlp):
    doc = run(nlp, "The two missiles were fired from southern Pyongan province on Sunday morning.", dt.date(2021, 3, 24))
    assert not doc._.events


def test_event_without_time_expression_takes_the_anchor(nlp):
    doc = run(nlp, "Blinken has expressed his apprehension about military ties between North Korea and Russia.",
              dt.date(2023, 11, 9))
    e = events_of(doc, "ACCUSE")[0]
    assert (e.date, e.date_source, e.source_actors) == ("2023-11-09", "anchor", ["USA"])
    assert {"PRK", "RUS"} <= set(e.target_actors)


def test_future_event_is_marked_and_dated_forward(nlp):
    doc = run(nlp, "U.S. National Security Advisor Jake Sullivan will host his counterparts from Japan and South Korea "
                   "next week.", dt.date(2021, 3, 24))
    e = events_of(doc, "CONSULT")[0]
    assert (e.modality, e.date) == ("future", "2021-W13")
    assert {"JPN", "KOR"} <= set(e.target_actors)


def test_negated_event(nlp):
    doc = run(nlp, "The launch did not violate the UN ban, US officials said.")
    assert not any(e.type == "ASSAULT" for e in doc._.events)
    doc = run(nlp, "North Korea did not launch any missile on Friday, Seoul said.", dt.date(2023, 1, 7))
    assert events_of(doc, "MOBILIZE")[0].negated


def test_launch_attributes_range_apogee_weapon_count(nlp):
    doc = run(nlp, "North Korea launched two short-range ballistic missiles on Sunday. The rocket traveled "
                   "1,001 kilometers at a maximum altitude of 6,648 km before crashing into the sea.", dt.date(2023, 7, 13))
    # "The rocket traveled ..." goes on about the same launch: one event with every figure.
    [launch] = events_of(doc, "MOBILIZE")
    assert launch.attributes == {"weapon": "short-range ballistic missile", "count": 2, "range_km": 1001,
                                 "apogee_km": 6648}
    assert (launch.source_actors, launch.date) == (["PRK"], "2023-07-09")


def test_casualties(nlp):
    doc = run(nlp, "Russian missiles struck Kyiv on Monday, killing 33 people, Ukrainian officials said.",
              dt.date(2024, 7, 9))
    assert any(e.attributes.get("casualties") == 33 for e in doc._.events)


def test_event_inside_a_quote_records_its_speaker(nlp):
    doc = run(nlp, "“North Korea launched another missile today,” said Japanese Defense Minister Yasukazu Hamada.",
              dt.date(2022, 11, 18))
    e = events_of(doc, "MOBILIZE")[0]
    assert e.quoted_by and "Hamada" in e.quoted_by


def test_declining_to_comment_is_no_event(nlp):
    doc = run(nlp, "Japanese chief cabinet secretary Katsunobu Kato declined to comment on the incident on Wednesday.",
              dt.date(2021, 3, 24))
    assert not doc._.events


def test_its_refers_to_the_clause_subject_not_the_reporters(nlp):
    doc = run(nlp, "North Korea fired what appeared to be an intercontinental ballistic missile on Thursday, its first "
                   "ICBM launch since 2017, officials in Seoul and Tokyo said.", dt.date(2022, 3, 24))
    launches = events_of(doc, "MOBILIZE")
    assert [(e.source_actors, e.date) for e in launches] == [(["PRK"], "2022-03-24")]


def test_since_a_year_is_not_the_event_date_and_an_unresolvable_weekday_leaves_it_unknown(nlp):
    doc = run(nlp, "North Korea fired at least 23 missiles on Wednesday, including one that landed off the coast "
                   "for the first time since the peninsula was divided in 1945.", None)
    assert events_of(doc, "MOBILIZE")[0].date is None


def test_a_passive_agent_is_not_the_subject_of_a_conjoined_verb(nlp):
    doc = run(nlp, "North Korea launched a missile in January. Since then he embarked on provocations, blowing up a "
                   "liaison office built by South Korea last year and parading a new missile in October.",
              dt.date(2021, 3, 24))
    assert all(e.source_actors != ["KOR"] for e in doc._.events)


def test_what_is_called_for_is_not_an_event(nlp):
    doc = run(nlp, "South Korean Foreign Minister Park Jin called for North Korea to be condemned.", dt.date(2023, 11, 9))
    assert [e.type for e in doc._.events] == ["REQUEST"]
