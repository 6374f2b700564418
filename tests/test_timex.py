"""Time expressions: resolution against an anchor and a tense, clause tense, and the spaCy component.

Every sentence here was written for these tests in news style. The model is loaded once for the module.
"""

import datetime as dt

import pytest
import spacy

from dateline.settings import Settings
from dateline.understand.event_dates import date_bounds
from dateline.understand.extensions import TIMEX
from dateline.understand.timex import Timex, clause_tense, register_time_component, resolve

WED = dt.date(2021, 3, 24)  # a Wednesday, in ISO week 12
THU = dt.date(2023, 11, 9)  # a Thursday
SAT = dt.date(2022, 1, 15)  # a Saturday
MAR = dt.date(2024, 3, 14)  # a Thursday in spring
JAN = dt.date(2023, 1, 20)  # a Friday in the winter that began in December 2022


@pytest.fixture(scope="module")
def nlp():
    register_time_component()
    nlp = spacy.load(Settings().model)
    nlp.add_pipe("dateline_time")
    return nlp


def parse(nlp, text, anchor):
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return nlp(doc)


def timexes(nlp, text, anchor) -> dict[str, Timex]:
    doc = parse(nlp, text, anchor)  # span groups hold their Doc weakly: keep it alive
    return {span.text: span._.timex for span in doc.spans[TIMEX]}


def value_and_precision(text, anchor, tense="past"):
    r = resolve(text, anchor, tense)
    return r.value, r.precision


# -- resolve: one table per kind of expression ------------------------------------------------

@pytest.mark.parametrize("text, anchor, tense, value", [
    ("on Sunday", WED, "past", "2021-03-21"),
    ("Sunday morning", WED, "past", "2021-03-21"),
    ("on Wednesday night", WED, "past", "2021-03-24"),  # the anchor's own weekday is the anchor
    ("Monday", WED, "present", "2021-03-22"),  # present looks back, like past
    ("on Sunday", WED, "future", "2021-03-28"),
    # A future clause's own weekday is the anchor's day ("will hold an emergency meeting on Sunday" in a story
    # of that Sunday); "next" and "coming" still go a week ahead.
    ("Wednesday", WED, "future", "2021-03-24"),
    ("on Wednesday evening", WED, "future", "2021-03-24"),
    ("next Wednesday", WED, "future", "2021-03-31"),
    ("this coming Wednesday", WED, "past", "2021-03-31"),
    ("last Wednesday", WED, "past", "2021-03-17"),
    ("next Monday", WED, "past", "2021-03-29"),  # "next" wins over the past tense
])
def test_weekday_resolves_by_tense(text, anchor, tense, value):
    assert value_and_precision(text, anchor, tense) == (value, "day")


@pytest.mark.parametrize("text, value", [
    ("today", "2023-11-09"), ("tonight", "2023-11-09"), ("this morning", "2023-11-09"),
    ("overnight", "2023-11-09"), ("earlier in the day", "2023-11-09"),
    ("yesterday", "2023-11-08"), ("yesterday afternoon", "2023-11-08"), ("the day before", "2023-11-08"),
    ("tomorrow", "2023-11-10"), ("two days ago", "2023-11-07"), ("the previous evening", "2023-11-08"),
])
def test_relative_day_counts_from_anchor(text, value):
    assert value_and_precision(text, THU) == (value, "day")


@pytest.mark.parametrize("text, value", [
    ("last week", "2021-W11"), ("next week", "2021-W13"), ("this week", "2021-W12"),
    ("earlier this week", "2021-W12"), ("a week ago", "2021-W11"),
    ("over the weekend", "2021-W11"),  # the Saturday before a Wednesday is in the previous ISO week
])
def test_week_is_an_iso_week(text, value):
    assert value_and_precision(text, WED) == (value, "week")


@pytest.mark.parametrize("text, anchor, tense, value", [
    ("in September", THU, "past", "2023-09"),
    ("in September", dt.date(2023, 3, 1), "past", "2022-09"),
    ("in October", WED, "past", "2020-10"),
    ("in November", THU, "past", "2023-11"),  # the anchor's own month
    ("in September", THU, "future", "2024-09"),
    ("in April", WED, "future", "2021-04"),
    ("last month", THU, "past", "2023-10"), ("next month", THU, "past", "2023-12"),
    ("this month", SAT, "past", "2022-01"), ("earlier this month", THU, "past", "2023-11"),
    ("last month", dt.date(2023, 1, 5), "past", "2022-12"),  # across the new year
    ("mid-September", THU, "past", "2023-09"),
    ("in February 2019", THU, "past", "2019-02"),
])
def test_month_resolves_by_tense(text, anchor, tense, value):
    assert value_and_precision(text, anchor, tense) == (value, "month")


@pytest.mark.parametrize("text, value", [
    ("last year", "2022"), ("this year", "2023"), ("next year", "2024"), ("late last year", "2022"),
    ("in 2018", "2018"), ("two years ago", "2021"),
])
def test_year(text, value):
    assert value_and_precision(text, THU) == (value, "year")


@pytest.mark.parametrize("text, anchor, tense, value", [
    ("Nov. 18", THU, "past", "2022-11-18"),  # past reading: the latest Nov. 18 on or before the anchor
    ("November 18", THU, "future", "2023-11-18"),
    ("18 November", THU, "past", "2022-11-18"),
    ("the 18th of November", THU, "past", "2022-11-18"),
    ("March 24th", WED, "past", "2021-03-24"),
    ("Nov. 10", THU, "past", "2023-11-10"),  # a day ahead is within the slack (time zones)
    ("Jan. 3", THU, "future", "2024-01-03"),
    ("Nov 9, 2023", WED, "past", "2023-11-09"),
    ("2023-11-09", WED, "future", "2023-11-09"),
    ("11/9/2023", WED, "past", "2023-11-09"),
    ("Sunday, Nov. 19", dt.date(2023, 11, 21), "past", "2023-11-19"),
])
def test_explicit_date_infers_missing_year(text, anchor, tense, value):
    assert value_and_precision(text, anchor, tense) == (value, "day")


@pytest.mark.parametrize("text, value", [
    ("two and a half years", "P2.5Y"), ("for three days", "P3D"), ("a two-and-a-half-year gap", "P2.5Y"),
    ("the past two decades", "P20Y"), ("two decades", "P20Y"), ("24 hours", "PT24H"),
    ("the past week", "P1W"), ("several years", "PXY"), ("half a year", "P0.5Y"),
])
def test_duration_is_not_a_date(text, value):
    assert resolve(text, THU, "past") == ("DURATION", value, None)


@pytest.mark.parametrize("text, value", [
    ("every year", "P1Y"), ("weekly", "P1W"), ("every week", "P1W"), ("daily", "P1D"),
    ("every two years", "P2Y"), ("twice a week", "P1W"), ("every Monday", "XXXX-WXX-1"),
])
def test_set_is_a_recurrence(text, value):
    assert resolve(text, THU, "past") == ("SET", value, None)


@pytest.mark.parametrize("text, value", [
    ("at 7:30 a.m.", "2023-11-09T07:30"), ("9 p.m.", "2023-11-09T21:00"),
    ("Sunday at 7 p.m.", "2023-11-05T19:00"), ("at noon", "2023-11-09T12:00"),
])
def test_time_of_day_takes_the_day_it_names_else_the_anchor(text, value):
    assert resolve(text, THU, "past") == ("TIME", value, "day")


@pytest.mark.parametrize("text", ["in recent days", "the coming weeks", "recently", "the 1990s"])
def test_vague_expression_is_a_date_without_value(text):
    assert resolve(text, THU, "past") == ("DATE", None, None)


@pytest.mark.parametrize("text", ["on Sunday", "last week", "in September", "yesterday", "Nov. 18", "at 7:30 a.m."])
def test_relative_expression_without_anchor_has_no_value(text):
    assert resolve(text, None, "past").value is None


@pytest.mark.parametrize("text, value", [("in 2018", "2018"), ("Nov 9, 2023", "2023-11-09"), ("three days", "P3D")])
def test_absolute_expression_resolves_without_anchor(text, value):
    assert resolve(text, None, "past").value == value


@pytest.mark.parametrize("text", ["third", "40-year-old", "day", "missile industry day", "2018 summit"])
def test_non_time_text_resolves_to_none(text):
    assert resolve(text, THU, "past") is None


# -- tense from the parse ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expression, tense", [
    ("The two missiles were fired from the coast on Sunday.", "Sunday", "past"),
    ("The ministry has launched three satellites this year.", "this year", "past"),
    ("Envoys will meet in Geneva on Tuesday.", "Tuesday", "future"),
    ("The minister is going to visit Kyiv on Friday.", "Friday", "future"),
    ("The president plans to travel to Brussels on Thursday.", "Thursday", "future"),
    ("Elections are due to be held in September.", "September", "future"),
    ("Officials said the talks would resume on Monday.", "Monday", "future"),
    ("The navy is holding drills in the Yellow Sea this week.", "this week", "present"),
    ("North Korea drew attention by parading a new missile in Pyongyang in October.", "October", "past"),
    ("The summit was postponed until next month.", "next month", "future"),  # the expression's own word wins
    ("Missile launch on Sunday", "Sunday", "past"),  # no finite verb: news defaults to past
])
def test_clause_tense(nlp, sentence, expression, tense):
    doc = parse(nlp, sentence, None)
    span = next(s for s in doc.spans[TIMEX] if s.text == expression)
    assert clause_tense(span) == tense


# -- the component on sentences ------------------------------------------------------------------

@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (WED, "The two missiles were fired from southern Pyongan province on Sunday morning, the military said.",
     "Sunday morning", "2021-03-21"),
    (WED, "In Seoul, a senior diplomat last week called the launches a setback.", "last week", "2021-W11"),
    (WED, "Sullivan will host his counterparts from Japan and South Korea next week.", "next week", "2021-W13"),
    (WED, "The North drew notice by parading a new intercontinental ballistic missile in Pyongyang in October.",
     "October", "2020-10"),
    (WED, "Tensions rose after the North was blamed for blowing up a liaison office built by South Korea last year.",
     "last year", "2020"),
    (THU, "Their leaders pledged closer military cooperation during a meeting in Russia's far east in September.",
     "September", "2023-09"),
    (THU, "South Korea's military said it was on alert Monday.", "Monday", "2023-11-06"),
    # Nov. 18 is a commemorated day: in this past-tense sentence it reads as the last Nov. 18 before the anchor.
    (THU, "North Korea proclaimed Nov. 18 'missile industry day' to commemorate the launch of an "
          "intercontinental ballistic missile last year.", "Nov. 18", "2022-11-18"),
    (THU, "North Korea proclaimed Nov. 18 'missile industry day' to commemorate the launch of an "
          "intercontinental ballistic missile last year.", "last year", "2022"),
    (THU, "The stop is the first by a U.S. secretary of state in two and a half years.",
     "two and a half years", "P2.5Y"),
    (THU, "Blinken's visit to South Korea, which began Wednesday, centred on the North.", "Wednesday", "2023-11-08"),
    (SAT, "Blinken on Saturday reaffirmed the alliance with Seoul.", "Saturday", "2022-01-15"),
    (SAT, "Earlier on Wednesday, the Biden administration imposed severe sanctions on five officials.",
     "Wednesday", "2022-01-12"),
    (SAT, "Pyongyang said its third such missile test held this month was a success.", "this month", "2022-01"),
])
def test_expression_resolves_in_sentence(nlp, anchor, sentence, expression, value):
    assert timexes(nlp, sentence, anchor)[expression].value == value


@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (dt.date(2022, 10, 10), "Russian missiles struck Kyiv overnight, the city's mayor said.", "overnight",
     "2022-10-10"),
    (dt.date(2023, 5, 31), "Russia launched a wave of drones at the Ukrainian capital on Tuesday.", "Tuesday",
     "2023-05-30"),
    (dt.date(2023, 10, 10), "The Israeli military said on Sunday that its jets had struck targets in Gaza.",
     "Sunday", "2023-10-08"),
    (dt.date(2023, 3, 15), "India lodged a formal protest with Pakistan last month over the shelling.",
     "last month", "2023-02"),
    (dt.date(2023, 2, 17), "China on Thursday imposed sanctions on two U.S. defence contractors.", "Thursday",
     "2023-02-16"),
    (dt.date(2023, 2, 7), "Ukraine's president will travel to Brussels on Thursday, an aide said.", "Thursday",
     "2023-02-09"),
])
def test_expression_resolves_in_other_conflicts(nlp, anchor, sentence, expression, value):
    assert timexes(nlp, sentence, anchor)[expression].value == value


def test_leading_preposition_is_left_out_of_the_span(nlp):
    assert list(timexes(nlp, "The envoy arrived in Seoul on Sunday.", THU)) == ["Sunday"]


def test_longest_overlapping_expression_wins(nlp):
    assert list(timexes(nlp, "Artillery fire resumed on Wednesday night.", THU)) == ["Wednesday night"]


@pytest.mark.parametrize("sentence, expression", [
    ("Russian missiles struck Kyiv overnight.", "overnight"),
    ("Leaders met at the 2018 summit in Singapore.", "2018"),
])
def test_words_that_are_not_time_are_trimmed(nlp, sentence, expression):
    assert list(timexes(nlp, sentence, THU)) == [expression]


@pytest.mark.parametrize("sentence", [
    "Pyongyang said its third such missile test held this month was a success.",  # "third"
    "A 40-year-old fisherman was detained by the coast guard.",  # an age
    "Former British Prime Minister Theresa May said the Sunday Times story was wrong.",  # names
])
def test_non_time_words_are_dropped(nlp, sentence):
    found = timexes(nlp, sentence, SAT)
    assert not {"third", "40-year", "May", "Sunday"} & set(found)


@pytest.mark.parametrize("sentence, expression, type_", [
    ("There was a two-and-a-half-year gap between the two visits.", "a two-and-a-half-year", "DURATION"),
    ("The allies hold the drills every year.", "every year", "SET"),
    ("The ministry has briefed reporters weekly since the crisis began.", "weekly", "SET"),
])
def test_patterns_find_forms_the_model_misses(nlp, sentence, expression, type_):
    assert timexes(nlp, sentence, THU)[expression].type == type_


def test_time_of_day_takes_the_sentence_date(nlp):
    found = timexes(nlp, "The first missile was launched at 7:30 a.m. on Sunday.", THU)
    assert found["7:30 a.m."].value == "2023-11-05T07:30"


def test_time_of_day_alone_takes_the_anchor_date(nlp):
    assert timexes(nlp, "The missile was launched at 7:30 a.m.", THU)["7:30 a.m."].value == "2023-11-09T07:30"


def test_without_anchor_value_is_none(nlp):
    timex = timexes(nlp, "Officials met in Seoul on Sunday.", None)["Sunday"]
    assert (timex.value, timex.anchor) == (None, None)


def test_timex_records_offsets_anchor_and_tense(nlp):
    sentence = "Envoys will meet in Geneva on Tuesday."
    timex = timexes(nlp, sentence, THU)["Tuesday"]
    assert sentence[timex.start:timex.end] == "Tuesday"
    assert (timex.type, timex.value, timex.precision, timex.anchor, timex.tense) == \
        ("DATE", "2023-11-14", "day", THU, "future")


def test_span_label_is_the_timex_type(nlp):
    doc = parse(nlp, "Troops stayed for three days in late September.", THU)
    assert {s.text: s.label_ for s in doc.spans[TIMEX]} == {"three days": "DURATION", "late September": "DATE"}


def test_registering_twice_does_nothing():
    register_time_component()
    register_time_component()
    assert "dateline_time" in spacy.language.Language.factories


# -- review of 2026-11-23, section E ---------------------------------------------------------------

@pytest.mark.parametrize("text, anchor, value", [
    ("March 16", MAR, "2023-03-16"),  # two days ahead of a past clause: last year's
    ("March 15", MAR, "2024-03-15"),  # one day ahead: the time-zone slack
    ("Nov. 11", THU, "2022-11-11"),
    ("Sept. 19", dt.date(2024, 9, 17), "2023-09-19"),
])
def test_month_day_in_a_past_clause_is_at_most_a_day_after_the_anchor(text, anchor, value):
    assert value_and_precision(text, anchor, "past") == (value, "day")


@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (MAR, "Kishida met Yoon in Tokyo on March 16, the first such visit by a South Korean leader in 12 years.",
     "March 16", "2023-03-16"),
    (dt.date(2021, 6, 14), "Indian and Chinese troops clashed in the Galwan Valley on June 16, the deadliest clash "
     "in decades.", "June 16", "2020-06-16"),
    (dt.date(2024, 9, 17), "Azerbaijan launched an offensive in Nagorno-Karabakh on Sept. 19, which ended "
     "within a day.", "Sept. 19", "2023-09-19"),
])
def test_month_day_after_the_anchor_in_a_past_sentence_is_last_years(nlp, anchor, sentence, expression, value):
    assert timexes(nlp, sentence, anchor)[expression].value == value


@pytest.mark.parametrize("text, anchor, tense, value", [
    ("10/03/2024", MAR, "past", "2024-03-10"),  # month first would be October, after the anchor
    ("10/03/24", MAR, "past", "2024-03-10"),  # a two-digit year stays in the anchor's century
    ("12/06/2020", dt.date(2020, 6, 15), "past", "2020-06-12"),
    ("10/03/2024", MAR, "future", "2024-10-03"),  # the future may be months ahead: month first
    ("03/10/2024", MAR, "past", "2024-03-10"),  # month first is in the past already
    ("24/02/2022", MAR, "past", "2022-02-24"),  # only one reading is a date
    ("11/9/23", THU, "future", "2023-11-09"),  # a written year is not moved a century by the tense
])
def test_numeric_date_reads_day_first_when_month_first_is_after_a_past_clause(text, anchor, tense, value):
    assert value_and_precision(text, anchor, tense) == (value, "day")


@pytest.mark.parametrize("sentence, expression, value", [
    ("The ceasefire collapsed on 10/03/2024, the ministry said.", "10/03/2024", "2024-03-10"),
    ("Pakistani and Indian troops exchanged fire on 10/03/24 near Poonch.", "10/03/24", "2024-03-10"),
])
def test_numeric_date_is_found_in_a_sentence(nlp, sentence, expression, value):
    assert timexes(nlp, sentence, MAR)[expression].value == value


@pytest.mark.parametrize("text, anchor, tense, value", [
    ("in the spring", MAR, "past", "2024-SP"),  # the season the anchor is in
    ("last summer", MAR, "past", "2023-SU"),
    ("this winter", MAR, "past", "2023-WI"),  # the winter that just ended
    ("this winter", MAR, "future", "2024-WI"),
    ("last winter", MAR, "past", "2023-WI"),
    ("next spring", MAR, "past", "2025-SP"),  # "next" wins over the tense, and is never the current season
    ("in the autumn", MAR, "future", "2024-FA"),
    ("in the fall", THU, "past", "2023-FA"),
    ("late summer", THU, "past", "2023-SU"),
    ("this winter", JAN, "past", "2022-WI"),  # January belongs to the winter that began in December
    ("last winter", JAN, "past", "2021-WI"),
    ("the spring of 2022", THU, "past", "2022-SP"),
    ("summer 2014", THU, "future", "2014-SU"),
    ("in the winter of 2022", MAR, "past", "2022-WI"),
])
def test_season_resolves_by_tense(text, anchor, tense, value):
    assert resolve(text, anchor, tense) == ("DATE", value, "season")


def test_season_without_anchor_has_no_value():
    assert resolve("last summer", None, "past") == ("DATE", None, "season")


@pytest.mark.parametrize("value, first, last", [
    ("2023-SP", dt.date(2023, 3, 1), dt.date(2023, 5, 31)),
    ("2023-SU", dt.date(2023, 6, 1), dt.date(2023, 8, 31)),
    ("2022-FA", dt.date(2022, 9, 1), dt.date(2022, 11, 30)),
    ("2023-WI", dt.date(2023, 12, 1), dt.date(2024, 2, 29)),  # into the next year, leap day included
    ("2022-WI", dt.date(2022, 12, 1), dt.date(2023, 2, 28)),
])
def test_season_covers_three_months(value, first, last):
    assert date_bounds(value) == (first, last)


@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (MAR, "Ukraine launched its counteroffensive last summer, officials said.", "last summer", "2023-SU"),
    (MAR, "The Houthis began attacking ships in the Red Sea in the autumn.", "autumn", "2023-FA"),
    (MAR, "Russia pounded Ukraine's power grid this winter.", "this winter", "2023-WI"),
    (MAR, "Israel will resume the offensive next spring.", "next spring", "2025-SP"),
    (THU, "Sudan's army and the RSF began fighting in the spring of 2023.", "the spring of 2023", "2023-SP"),
])
def test_season_is_found_in_a_sentence(nlp, anchor, sentence, expression, value):
    timex = timexes(nlp, sentence, anchor)[expression]
    assert (timex.type, timex.value, timex.precision) == ("DATE", value, "season")


@pytest.mark.parametrize("sentence", [
    "The offensive stalled after the fall of Bakhmut.",  # the capture of a town
    "Protesters in Cairo recalled the Arab Spring.",  # a name
    "Kabul fell to the Taliban as Afghan forces collapsed.",
])
def test_season_word_that_is_no_season_is_dropped(nlp, sentence):
    assert timexes(nlp, sentence, MAR) == {}


@pytest.mark.parametrize("text, value", [
    ("a year and a half", "P1.5Y"), ("an hour and a half", "PT1.5H"), ("a month and a half", "P1.5M"),
    ("a day and a half", "P1.5D"), ("for a week and a half", "P1.5W"), ("the past year and a half", "P1.5Y"),
    ("two years and a half", "P2.5Y"),
])
def test_and_a_half_is_a_duration(text, value):
    assert resolve(text, MAR, "past") == ("DURATION", value, None)


@pytest.mark.parametrize("text, value", [
    ("a year and a half ago", "2022-09"),  # 18 months before March 2024
    ("two and a half years ago", "2021-09"),  # 30 months, not two years
])
def test_half_years_ago_is_a_month(text, value):
    assert value_and_precision(text, MAR) == (value, "month")


@pytest.mark.parametrize("sentence, expression, value", [
    ("Talks between Armenia and Azerbaijan lasted an hour and a half.", "an hour and a half", "PT1.5H"),
    ("The war in Sudan has raged for a year and a half.", "a year and a half", "P1.5Y"),
    ("Fighting has displaced most of Gaza's people in the past month and a half.", "the past month and a half",
     "P1.5M"),
])
def test_and_a_half_duration_is_found_in_a_sentence(nlp, sentence, expression, value):
    timex = timexes(nlp, sentence, MAR)[expression]
    assert (timex.type, timex.value) == ("DURATION", value)


@pytest.mark.parametrize("text, anchor, value", [
    ("on Monday", dt.datetime(2024, 3, 14, 9, 30), ("DATE", "2024-03-11", "day")),
    ("at 7:30 a.m.", dt.datetime(2023, 12, 7, 22, 15), ("TIME", "2023-12-07T07:30", "day")),
    ("last week", "2021-03-24T08:00:00+00:00", ("DATE", "2021-W11", "week")),  # an ISO timestamp
])
def test_datetime_anchor_counts_in_days(text, anchor, value):
    assert resolve(text, anchor, "past") == value


@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (dt.datetime(2024, 3, 14, 9, 30), "Russia attacked Kyiv on Monday.", "Monday", "2024-03-11"),
    (dt.datetime(2023, 12, 7, 14, 5), "Israeli jets struck Khan Younis on Tuesday.", "Tuesday", "2023-12-05"),
    (dt.datetime(2023, 12, 7, 14, 5), "The first rocket hit Sderot at 7:30 a.m.", "7:30 a.m.", "2023-12-07T07:30"),
])
def test_datetime_anchor_is_normalised_in_the_component(nlp, anchor, sentence, expression, value):
    doc = parse(nlp, sentence, anchor)
    timex = next(s._.timex for s in doc.spans[TIMEX] if s.text == expression)
    assert (timex.value, timex.anchor) == (value, anchor.date())
    assert doc._.anchor == anchor.date() and type(doc._.anchor) is dt.date  # what later components read


# -- counting back from the report: "a day earlier", "two weeks before" -----------------------------

@pytest.mark.parametrize("text, anchor, value, precision", [
    ("a day earlier", dt.date(2024, 9, 28), "2024-09-27", "day"),
    ("two days earlier", dt.date(2024, 3, 8), "2024-03-06", "day"),
    ("three days before", dt.date(2024, 3, 8), "2024-03-05", "day"),
    ("the day before", dt.date(2024, 3, 8), "2024-03-07", "day"),
    ("the previous day", dt.date(2024, 3, 8), "2024-03-07", "day"),
    ("a week earlier", dt.date(2024, 3, 8), "2024-W09", "week"),
    ("two weeks before", WED, "2021-W10", "week"),
    ("a month earlier", THU, "2023-10", "month"),
    ("a year earlier", THU, "2022", "year"),
])
def test_earlier_and_before_count_back_from_the_anchor(text, anchor, value, precision):
    assert resolve(text, anchor, "past") == ("DATE", value, precision)


@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (dt.date(2024, 9, 28), "The Israeli military said on Saturday it had killed Hassan Nasrallah in an airstrike "
     "in Beirut a day earlier.", "a day earlier", "2024-09-27"),
    (dt.date(2024, 3, 8), "Russia said on Friday it had launched a retaliatory strike on Ukrainian energy "
     "facilities two days earlier.", "two days earlier", "2024-03-06"),
    (dt.date(2023, 10, 9), "Hamas gunmen had crossed the border the previous day, the army said.", "the previous day",
     "2023-10-08"),
    (dt.date(2024, 8, 6), "Protesters stormed the residence a week earlier, police said.", "a week earlier",
     "2024-W31"),
    (dt.date(2024, 5, 10), "The Pakistani army said Indian drones had crossed the border the day before.",
     "the day before", "2024-05-09"),
])
def test_earlier_in_a_sentence_is_a_date(nlp, anchor, sentence, expression, value):
    timex = timexes(nlp, sentence, anchor)[expression]
    assert (timex.type, timex.value) == ("DATE", value)


@pytest.mark.parametrize("sentence, expression, value", [
    # Counted from an event named after it, not from the report: only a duration.
    ("The attack came three days before the vote.", "three days", "P3D"),
    ("The strike happened a week before the summit, officials said.", "a week", "P1W"),
    ("India suspended the treaty on Wednesday, a day after gunmen killed 26 people in Pahalgam.", "a day", "P1D"),
    ("Israel said it had struck two days before gunmen attacked the checkpoint.", "two days", "P2D"),
])
def test_before_an_event_is_a_duration(nlp, sentence, expression, value):
    found = timexes(nlp, sentence, MAR)
    assert (found[expression].type, found[expression].value) == ("DURATION", value)


def test_the_day_before_an_event_names_no_date(nlp):
    found = timexes(nlp, "Protesters gathered the day before the election.", MAR)
    assert all(t.value != "2024-03-13" for t in found.values())


# -- a future clause on the anchor's own weekday --------------------------------------------------

@pytest.mark.parametrize("anchor, sentence, expression, value", [
    (dt.date(2024, 4, 14), "The U.N. Security Council will hold an emergency meeting on Sunday at Israel's request.",
     "Sunday", "2024-04-14"),
    (dt.date(2024, 3, 15), "Ukraine's allies will meet in Ramstein on Friday to discuss air defence.", "Friday",
     "2024-03-15"),
    (dt.date(2024, 3, 15), "Ukraine's allies will meet in Ramstein next Friday.", "next Friday", "2024-03-22"),
    (dt.date(2024, 3, 14), "Seoul and Tokyo are expected to sign the pact on Tuesday.", "Tuesday", "2024-03-19"),
])
def test_future_weekday_on_the_anchors_weekday_is_the_anchor(nlp, anchor, sentence, expression, value):
    assert timexes(nlp, sentence, anchor)[expression].value == value


# -- a time of day with no day of its own ---------------------------------------------------------

@pytest.mark.parametrize("sentence, expression, value, from_anchor", [
    ("The missile was launched from the Pyongyang area at around 7:10 a.m. and flew some 1,000 kilometers.",
     "7:10 a.m.", "2024-11-01T07:10", True),
    ("Sirens sounded across Kyiv at 4:30 a.m. local time.", "4:30 a.m.", "2024-11-01T04:30", True),
    ("North Korea fired the missile at 7:10 a.m. on Thursday.", "7:10 a.m.", "2024-10-31T07:10", False),
    ("The ceasefire took effect at 4 a.m. on Wednesday.", "4 a.m.", "2024-10-30T04:00", False),
])
def test_a_bare_time_of_day_is_marked_as_taking_the_anchors_day(nlp, sentence, expression, value, from_anchor):
    timex = timexes(nlp, sentence, dt.date(2024, 11, 1))[expression]
    assert (timex.type, timex.value, timex.day_from_anchor) == ("TIME", value, from_anchor)
    assert timex.anchor == (dt.date(2024, 11, 1) if from_anchor else dt.date.fromisoformat(value[:10]))


def test_a_date_is_never_marked_as_taking_the_anchors_day(nlp):
    found = timexes(nlp, "Russia attacked Kyiv on Monday and again today.", MAR)
    assert not any(t.day_from_anchor for t in found.values())


def test_a_time_inside_a_longer_date_the_tagger_found_is_kept(nlp):
    # the tagger may take "Monday after weeks" for one date; the weekday in it still dates the sentence
    found = timexes(nlp, "Sheikh Hasina resigned and fled to India on Monday after weeks of deadly protests.",
                    dt.date(2024, 8, 6))
    assert found["Monday"].value == "2024-08-05"
