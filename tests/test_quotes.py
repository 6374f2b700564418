"""Quotes: how quotation marks pair, who the speaker is, and which actors a speaker stands for.

Sentences written for these tests in the styles of several outlets (US and British copy, straight
and curly marks) about several conflicts. The pipeline is loaded once for the module.
"""

import datetime as dt

import pytest

from dateline.settings import Settings
from dateline.understand.pipeline import load_pipeline
from dateline.understand.quotes import find_quote_spans

ANCHOR = dt.date(2024, 3, 14)
USER_ACTORS = [
    {"code": "UKRINF", "name": "Ukrinform", "kind": "media", "country": "UKR"},
    {"code": "ARMENPRESS", "name": "Armenpress", "kind": "media", "country": "ARM"},
    {"code": "SBU", "name": "Security Service of Ukraine", "kind": "organization", "country": "UKR",
     "aliases": ["SBU"]},
]


@pytest.fixture(scope="module")
def nlp_with_user_actors():
    return load_pipeline(Settings().model, USER_ACTORS)


def run(nlp, text):
    doc = nlp.make_doc(text)
    doc._.anchor = ANCHOR
    return nlp(doc)


def direct(nlp, text) -> list[tuple[str, list[str]]]:
    return [(q.text, q.speaker_actors) for q in run(nlp, text)._.quotes if q.kind == "direct"]


def quoted(text) -> list[str]:
    return [text[start:end] for start, end in find_quote_spans(text)]


# -- pairing the marks ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, quotes", [
    ('The 12" shells were delivered to Kyiv. "We thank our partners," Zelenskiy said. Russia attacked Odesa on '
     'Monday, Ukrainian officials said. "This is terror," Kuleba said.',
     [("We thank our partners", ["UKR"]), ("This is terror", ["UKR"])]),
    ('Israel said the drone carried a 6" warhead. "We will find every tunnel," Netanyahu said. Egypt called for '
     'restraint. "The strikes must stop," Egypt\'s foreign ministry said.',
     [("We will find every tunnel", ["ISR"]), ("The strikes must stop", ["EGY"])]),
    ('The tanks have 120mm guns and 3" armour. "We will not retreat," Zelenskiy said.',
     [("We will not retreat", ["UKR"])]),
])
def test_a_stray_straight_mark_does_not_flip_later_pairs(nlp, text, quotes):
    assert direct(nlp, text) == quotes


@pytest.mark.parametrize("text, quotes", [
    # An opening mark left unclosed does not pair with a mark in the next paragraph...
    ('Protesters chanted "down with the junta.\nThe army said "order will be restored," in a statement.',
     ["order will be restored,"]),
    # ... unless that paragraph opens with one: a quote running over two paragraphs.
    ("“We will rebuild every home.\n\n“No one will be left behind,” Zelenskiy said.",
     ["We will rebuild every home.", "No one will be left behind,"]),
    # A quote inside a quote is part of it, in US and in British copy.
    ('"He called it \'a lie,\'" the Armenian envoy said.', ["He called it 'a lie,'"]),
    ("'He called it \"a lie\",' the Armenian envoy said.", ['He called it "a lie",']),
    ("Pakistan's army said 'Indian troops violated the ceasefire' on Sunday.",
     ["Indian troops violated the ceasefire"]),
    # Apostrophes, plural possessives and elisions are no quotation marks.
    ("Kim's sister said the allies' drills and the '90s-era missiles were a threat.", []),
    ("Russia’s envoy dismissed the generals’ claims as Kyiv’s propaganda.", []),
])
def test_marks_pair_within_a_paragraph_by_what_stands_around_them(text, quotes):
    assert quoted(text) == quotes


@pytest.mark.parametrize("text, quotes", [
    ("'We will respond firmly,' the Chinese foreign ministry said. 'The US must stop,' spokesman Wang Wenbin added.",
     [("We will respond firmly", ["CHN"]), ("The US must stop", ["CHN"])]),
    ("'We will not be intimidated,' the British foreign secretary said. 'Russia must withdraw,' Zelenskiy added.",
     [("We will not be intimidated", ["GBR"]), ("Russia must withdraw", ["UKR"])]),
    ("‘Kim’s regime will pay for this,’ South Korea’s defence minister said.",
     [("Kim’s regime will pay for this", ["KOR"])]),
])
def test_british_single_quotation_marks_are_quotes(nlp, text, quotes):
    assert direct(nlp, text) == quotes


@pytest.mark.parametrize("text", [
    "Kim's sister said the allies' drills were a rehearsal for invasion.",
    "Pakistan's army rejected India's claims, and the generals' statement called them baseless.",
])
def test_apostrophes_make_no_direct_quote(nlp, text):
    assert direct(nlp, text) == []


@pytest.mark.parametrize("text", [
    '"We will respond decisively," the Chinese defence ministry said.',
    "'We will respond firmly,' the Chinese foreign ministry said. 'The US must stop,' spokesman Wang Wenbin added.",
    "“ We will not retreat ,” Zelenskiy said, adding that Russia had lost the initiative.",
    '"Hamas must release the hostages," Blinken said, adding that "the ceasefire is within reach."',
    "“We will rebuild every home.\n\n“No one will be left behind,” Zelenskiy said.",
])
def test_quote_offsets_match_its_text(nlp, text):
    doc = run(nlp, text)
    assert doc._.quotes
    for q in doc._.quotes:
        assert doc.text[q.start:q.end] == q.text
        assert q.text == q.text.strip(" ,\n")


def test_quote_text_leaves_out_the_comma_before_the_closing_mark(nlp):
    q = run(nlp, '"We will respond decisively," the Chinese defence ministry said.')._.quotes[0]
    assert (q.text, q.start, q.end) == ("We will respond decisively", 1, 27)


# -- who is speaking ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, actors", [
    ('Blinken met Wang Yi in Beijing. "We had candid talks," he said.', "Antony Blinken", ["USA"]),
    ('Erdogan received Zelenskiy in Istanbul on Friday. "Ukraine deserves NATO membership," he said.',
     "Recep Tayyip Erdogan", ["TUR"]),
    # A name inside the quote is not who "he" is.
    ('Biden spoke to reporters at the White House. "I told Netanyahu that the offensive must stop," he said.',
     "Joe Biden", ["USA"]),
])
def test_he_is_the_previous_sentences_subject(nlp, text, speaker, actors):
    q = run(nlp, text)._.quotes[0]
    assert (q.speaker, q.speaker_actors) == (speaker, actors)


@pytest.mark.parametrize("text, actors", [
    ('"Pyongyang must stop its provocations," the three countries said in a joint statement.', []),
    ('The United States, Britain and France condemned the launch. "Iran and Russia must end this cooperation," '
     "the three countries said.", ["USA", "GBR", "FRA"]),
])
def test_names_inside_the_quote_do_not_count_for_a_group_speaker(nlp, text, actors):
    assert direct(nlp, text)[0][1] == actors


@pytest.mark.parametrize("text, actors", [
    ("Blinken met South Korean Foreign Minister Park Jin on Thursday amid concerns over North Korea and Russia. "
     '"Our alliance is ironclad," the two ministers said.', ["USA", "KOR"]),
    ("Modi met Japanese Prime Minister Fumio Kishida in Tokyo, where they discussed China. "
     '"We share a vision of a free Indo-Pacific," the two leaders said.', ["IND", "JPN"]),
])
def test_a_group_of_people_stands_for_their_countries(nlp, text, actors):
    assert direct(nlp, text)[0][1] == actors


@pytest.mark.parametrize("text, actors", [
    ('"Sanctions will not work," said Russia\'s ambassador to the UN, Vassily Nebenzia.', ["RUS"]),
    ('"The blockade must end," said China\'s ambassador to the EU, Fu Cong.', ["CHN"]),
    ('"Moscow will respond to every provocation," Russia\'s embassy in Washington said.', ["RUS"]),
    # A place in a modifier still counts when nothing else names the speaker.
    ('"The launch was a grave provocation," officials in Seoul said.', ["KOR"]),
])
def test_speaker_speaks_for_their_own_country_not_the_places_in_their_title(nlp, text, actors):
    assert direct(nlp, text)[0][1] == actors


@pytest.mark.parametrize("text, actors", [
    ('"Russian troops shelled the city overnight," Ukrinform reported.', ["UKRINF", "UKR"]),
    ('"Azerbaijani forces shelled Jermuk overnight," Armenpress reported.', ["ARMENPRESS", "ARM"]),
    ('"We detained two Russian agents in Odesa," the SBU said.', ["SBU", "UKR"]),
])
def test_user_added_medium_or_body_speaks_for_its_country(nlp_with_user_actors, text, actors):
    assert direct(nlp_with_user_actors, text)[0][1] == actors


@pytest.mark.parametrize("text, actors", [
    ('"The launch was a great success," KCNA reported.', ["KCNA", "PRK"]),
    ('"Turkish drones struck militant positions in northern Iraq," Anadolu reported.', ["ANADOLU", "TUR"]),
])
def test_shipped_medium_speaks_for_its_country(nlp, text, actors):
    assert direct(nlp, text)[0][1] == actors


def speakers(nlp, text, kind="direct") -> list[tuple[str | None, list[str]]]:
    return [(q.speaker, q.speaker_actors) for q in run(nlp, text)._.quotes if q.kind == kind]


# -- a quote in someone else's clause -------------------------------------------------------------

@pytest.mark.parametrize("text, actors", [
    ('Beijing said its coast guard had taken "necessary control measures". Manila rejected the claim. The United '
     'States, which has a defence treaty with the Philippines, condemned China\'s "aggressive, dangerous maneuvers".',
     ["USA"]),
    ('"We will respond," Kim Yo Jong said. Japan denounced the "reckless provocation" by Pyongyang.', ["JPN"]),
    ('"The strikes will continue," Netanyahu said. Egypt\'s foreign ministry criticised the "collective punishment" '
     "of Gaza's people.", ["EGY"]),
    ('"Russia will win," Putin said. Kyiv dismissed the "empty threats" from the Kremlin.', ["UKR"]),
    ("The Philippines summoned China's envoy on Monday to protest against the \"aggressive actions\" of its coast "
     "guard.", ["PHL"]),
])
def test_a_quote_under_a_verb_of_stance_is_its_subjects_words(nlp, text, actors):
    assert direct(nlp, text)[-1][1] == actors


@pytest.mark.parametrize("text", [
    '"We will not retreat," Zelenskiy said. The so-called "special military operation" began in February 2022.',
    '"Pyongyang will pay," Yoon said. The missile flew "higher than ever before" over the sea.',
    '"Hamas must be destroyed," Netanyahu said. Aid trucks carrying "life-saving supplies" entered Gaza on Sunday.',
])
def test_a_quote_in_a_clause_of_its_own_does_not_continue_the_previous_speaker(nlp, text):
    assert speakers(nlp, text)[-1] == (None, [])


@pytest.mark.parametrize("text, actors", [
    ('"We will rebuild every home," Zelenskiy said. "No one will be left behind."', ["UKR"]),
    ("'The drills are a rehearsal for invasion,' KCNA said. 'The puppets will pay a heavy price.'", ["KCNA", "PRK"]),
])
def test_a_quote_that_is_a_sentence_of_its_own_continues_the_previous_speaker(nlp, text, actors):
    assert direct(nlp, text)[-1][1] == actors


# -- a participle after a comma speaks for the reporting clause ----------------------------------

@pytest.mark.parametrize("text, speaker, actors", [
    ("China began two days of military drills around Taiwan on Thursday, three days after Lai Ching-te was sworn "
     'in as the island\'s president, calling them a "strong punishment" for separatists.', "China", ["CHN"]),
    ("Pyongyang's state media said Friday the missile was a Hwasong-19, calling it the \"final version\" of its ICBM.",
     "Pyongyang's state media", ["PRK"]),
    ("The Philippine military said Tuesday that Chinese personnel had boarded the boats, calling it an act of "
     '"outright piracy".', "The Philippine military", ["PHL"]),
    # A speech verb in a clause of time is background, not the one reporting.
    ('Iran launched drones at Israel hours after Netanyahu warned of retaliation, calling the attack "a legitimate '
     'response to aggression".', "Iran", ["IRN"]),
    ("Russia's foreign ministry summoned the British ambassador after London announced new sanctions, describing "
     'the measures as "hostile and illegitimate".', "Russia's foreign ministry", ["RUS"]),
])
def test_a_participle_speaks_for_the_clause_that_reports(nlp, text, speaker, actors):
    assert speakers(nlp, text)[-1] == (speaker, actors)


# -- indirect speech ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, actors", [
    ("Defence Minister Shin Won-sik visited the border on Tuesday. He said the military would respond firmly to "
     "any provocation.", "Shin Won-sik", ["KOR"]),
    ("Israeli Prime Minister Benjamin Netanyahu met the hostages' families on Monday. He said Israel would press on "
     "with its offensive in Rafah.", "Benjamin Netanyahu", ["ISR"]),
    ('"The front is stable," Ukrainian commander Oleksandr Syrskyi told reporters. He added that Russian losses '
     "were mounting every day.", "Oleksandr Syrskyi", ["UKR"]),
    ("Pakistan's Prime Minister Shehbaz Sharif addressed parliament on Friday. He said Islamabad would respond to "
     "any aggression by India.", "Shehbaz Sharif", ["PAK"]),
    ("Annalena Baerbock arrived in Kyiv on Monday. She said Germany would send more air defence systems to Ukraine.",
     "Annalena Baerbock", ["DEU"]),
])
def test_he_or_she_in_indirect_speech_is_the_person_named_last(nlp, text, speaker, actors):
    assert speakers(nlp, text, "indirect")[-1] == (speaker, actors)


@pytest.mark.parametrize("text", [
    "Israel has not confirmed it carried out the strike on the consulate in Damascus.",
    "The Kremlin did not say that Putin would attend the summit in Geneva next month.",
])
def test_a_negated_speech_verb_reports_nothing(nlp, text):
    assert speakers(nlp, text, "indirect") == []


@pytest.mark.parametrize("text, speaker, actors, said", [
    ("Iran struck what it said were bases of the militant group in Pakistan's Balochistan province.",
     "Iran", ["IRN"], "were bases of the militant group"),
    ("The drones, which Ukraine said were launched from Russian territory, hit apartment blocks in Odesa.",
     "Ukraine", ["UKR"], "were launched from Russian territory"),
])
def test_a_hedge_reports_what_follows_its_verb_for_the_clauses_subject(nlp, text, speaker, actors, said):
    q = next(q for q in run(nlp, text)._.quotes if q.kind == "indirect")
    assert (q.speaker, q.speaker_actors) == (speaker, actors) and q.text.startswith(said)


# -- titles and leaders ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, actors", [
    ('"This is a dangerous escalation," said Linda Thomas-Greenfield, the U.S. ambassador to the United Nations.',
     ["USA"]),
    ('"We will not accept this," said Jean Moreau, France\'s deputy foreign minister.', ["FRA"]),
    ('"The ceasefire must hold," said Maria Lopez, a senior EU envoy.', ["EU"]),
    ('"They have no right to board our boats," armed forces chief General Romeo Brawner said.', ["PHL"]),
    ('"The treaty will be held in abeyance," Foreign secretary Vikram Misri told reporters.', ["IND"]),
    ('"Canada will stand with Ukraine for as long as it takes," Trudeau said.', ["CAN"]),
    ('"We will not be intimidated," Marcos said.', ["PHL"]),
    ('"Our people deserve justice," Sheikh Hasina said.', ["BGD"]),
    ('"Pakistan wants peace, not war," Shehbaz Sharif said.', ["PAK"]),
    ('"Israel will respond," Naftali Bennett said.', ["ISR"]),
])
def test_a_speaker_s_title_or_office_gives_their_country(nlp, text, actors):
    assert direct(nlp, text)[0][1] == actors
