"""Actors across decades and beyond states: the Phoenix dictionaries' people, groups and agents,
historical states, and every mention's country and role."""

import datetime as dt

import pytest

from dateline.understand.actors import load_registry
from dateline.understand.extensions import ACTORS

D = dt.date


def spans(nlp, text: str, anchor: dt.date | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, actor, country, role) of each actor mention."""
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return [(s.text, s._.actor, s._.country, s._.role) for s in nlp(doc).spans[ACTORS]]


@pytest.mark.parametrize("text, anchor, expected", [
    # a state's names stand for the state it was on the article's date
    ("Moscow rejected the proposal.", D(1987, 3, 10), ("Moscow", "SUN", "SUN", "government")),
    ("Moscow rejected the proposal.", D(1995, 3, 10), ("Moscow", "RUS", "RUS", "government")),
    ("Kinshasa protested on Friday.", D(1994, 6, 3), ("Kinshasa", "ZAR", "ZAR", "government")),
    ("The Soviet Union protested.", D(2001, 1, 1), ("Soviet Union", "SUN", "SUN", "government")),
    ("East Germany expelled two diplomats.", D(1985, 1, 1), ("East Germany", "DDR", "DDR", "government")),
    ("Belgrade denied the charge.", D(1999, 4, 2), ("Belgrade", "YUG", "YUG", "government")),
    ("Belgrade denied the charge.", D(2012, 4, 2), ("Belgrade", "SRB", "SRB", "government")),
])
def test_historical_states_and_their_successors(nlp, text, anchor, expected):
    assert expected in spans(nlp, text, anchor)


@pytest.mark.parametrize("text, anchor, expected", [
    # people with dated roles, resolved at the article's date
    ("President Reagan met Gorbachev in Geneva.", D(1987, 3, 10),
     [("President Reagan", "USA", "USA", "government"), ("Gorbachev", "SUN", "SUN", "government"),
      ("Geneva", "CHE", "CHE", "government")]),  # towns are their state's names (Phoenix lists them so)
    ("Ronald Reagan spoke in Tokyo.", D(1995, 3, 10), [("Ronald Reagan", "USA", "USA", "elite"),
                                                       ("Tokyo", "JPN", "JPN", "government")]),
    ("President Yoweri Museveni visited Nairobi.", D(1988, 5, 2),
     [("President Yoweri Museveni", "UGA", "UGA", "government"), ("Nairobi", "KEN", "KEN", "government")]),
    ("Kofi Annan urged restraint.", D(2003, 5, 2), [("Kofi Annan", "UN", None, "igo")]),
])
def test_people_with_dated_roles(nlp, text, anchor, expected):
    assert spans(nlp, text, anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # rulers the Phoenix data lacks, curated with their dates
    ("President Mobutu Sese Seko left Kinshasa.", D(1997, 5, 16), ("President Mobutu Sese Seko", "ZAR", "ZAR", "government")),
    ("Suharto met the envoy.", D(1986, 6, 1), ("Suharto", "IDN", "IDN", "government")),
    ("Marshal Tito received the delegation.", D(1975, 3, 1), ("Marshal Tito", "YUG", "YUG", "government")),
    # a titled name spelled otherwise than the dictionary: the one of that surname in office that day
    ("President Frederik de Klerk freed Nelson Mandela.", D(1990, 2, 11),
     ("President Frederik de Klerk", "ZAF", "ZAF", "government")),
])
def test_rulers_of_earlier_decades(nlp, text, anchor, expected):
    assert expected in spans(nlp, text, anchor)


@pytest.mark.parametrize("text, expected", [
    ("Al-Qaeda claimed the attack.", ("Al-Qaeda", "AL_QAEDA", None, "rebel")),
    ("APEC leaders met in Bangkok.", ("APEC", "APEC", None, "igo")),
    ("The Irish Republican Army claimed the bombing.", ("Irish Republican Army", "IRA", "IRL", "rebel")),
    ("The Shining Path blew up a power pylon.", ("Shining Path", "SHINING_PATH", "PER", "rebel")),
    ("The Khmer Rouge shelled the camp.", ("Khmer Rouge", "KHMER_ROUGE", "KHM", "rebel")),
    ("Medecins Sans Frontieres condemned the attack.", ("Medecins Sans Frontieres", "MSF", None, "ngo")),
    ("The Iranian Red Crescent sent medicine.", ("Iranian Red Crescent", "IRN", "IRN", "ngo")),
    # bodies of the 1970s-90s wire
    ("The European Community imposed a ban on Iraqi oil.", ("European Community", "EU", None, "igo")),
    ("EEC ministers met in Luxembourg.", ("EEC", "EU", None, "igo")),
    ("Comecon members agreed to cut oil prices.", ("Comecon", "COMECON", None, "igo")),
    ("The KGB arrested two dissidents.", ("KGB", "KGB", "SUN", "police")),
    ("Frelimo denied the charge.", ("Frelimo", "FRELIMO", "MOZ", "party")),
    ("Inkatha supporters marched in Durban.", ("Inkatha", "INKATHA", "ZAF", "party")),
    ("The Vatican criticised the decree.", ("Vatican", "VAT", "VAT", "government")),
    ("UNIFIL troops came under fire.", ("UNIFIL troops", "UN", None, "military")),
    ("The Soviet Politburo met on Monday.", ("Soviet Politburo", "SUN", "SUN", "government")),
    ("The Polish Sejm voted on Friday.", ("Polish Sejm", "POL", "POL", "government")),
])
def test_groups_and_organisations(nlp, text, expected):
    assert expected in spans(nlp, text, D(1990, 1, 1))


@pytest.mark.parametrize("text, expected", [
    ("Irish nationalist guerrillas wounded two British soldiers.",
     [("Irish nationalist guerrillas", "IRL", "IRL", "rebel"), ("British soldiers", "GBR", "GBR", "military")]),
    ("Swiss doctors treated the wounded.", [("Swiss doctors", "CHE", "CHE", "medical")]),
    ("Security forces in Guinea arrested the opposition leader.",
     [("Security forces", "GIN", "GIN", "police"), ("Guinea", "GIN", "GIN", "government"),
      ("opposition leader", "GIN", "GIN", "opposition")]),  # the opposition of the story's country
    ("Riot police in Lagos fired tear gas.", [("Riot police", "NGA", "NGA", "police"),
                                              ("Lagos", "NGA", "NGA", "government")]),
    ("Ugandan troops killed 40 rebels near Gulu on Thursday.",
     [("Ugandan troops", "UGA", "UGA", "military"), ("rebels", "UGA", "UGA", "rebel"), ("Gulu", "UGA", "UGA", "government")]),
    ("Hamas gunmen fired at the patrol.", [("Hamas gunmen", "HAMAS", "PSE", "rebel")]),
    # words the Phoenix agents lack or read as a state's: rebels of a country, and armed forces by the plural
    ("Afghan mujahideen shot down a helicopter.", [("Afghan mujahideen", "AFG", "AFG", "rebel")]),
    ("Right-wing Colombian paramilitaries killed 12 peasants.",
     [("Right-wing Colombian paramilitaries", "COL", "COL", "rebel"), ("peasants", "~peasant", None, "civilian")]),
    # a demonym the tagger took for a person's name ("Rwandan Hutu") still gives the agent its country
    ("Zairean troops rounded up more than 3,000 Rwandan Hutu refugees on Friday.",
     [("Zairean troops", "ZAR", "ZAR", "military"), ("Rwandan Hutu refugees", "RWA", "RWA", "refugee")]),
    # an agent no phrase gives a country keeps its own words as its code
    ("Gunmen killed three villagers.", [("Gunmen", "~gunman", None, "rebel"), ("villagers", "~villager", None, "civilian")]),
])
def test_generic_agents_take_their_country_from_the_phrase(nlp, text, expected):
    assert spans(nlp, text, D(1988, 5, 2)) == expected


def test_a_town_named_in_several_words_is_not_its_last_word(nlp):
    # San Salvador is El Salvador's, not Brazil's Salvador; "west Belfast" is still Belfast
    assert ("Uniformed gunmen", "SLV", "SLV", "rebel") in spans(
        nlp, "Uniformed gunmen shot six priests at the university in San Salvador today.", D(1989, 11, 16))
    assert ("Archbishop Arturo Rivera", "SLV", "SLV", "religious") in spans(
        nlp, "Gunmen killed six priests in San Salvador today, and Archbishop Arturo Rivera y Damas condemned "
             "the killings.", D(1989, 11, 16))


def test_an_agent_takes_the_place_named_on_the_way_up_to_its_verb(nlp):
    found = spans(nlp, "French warplanes struck columns of Islamist rebels near the Malian town of Konna.")
    assert ("French warplanes", "FRA", "FRA", "military") in found
    assert ("Islamist rebels", "MLI", "MLI", "rebel") in found


def test_a_demonym_is_no_person(nlp):
    assert spans(nlp, "A Ugandan delegation arrived.", D(1988, 5, 2)) == [("Ugandan", "UGA", "UGA", "government")]


def test_the_registry_lists_people_with_their_roles_and_dates():
    people = dict(load_registry().people("Reagan"))
    offices = people["Ronald Reagan"]
    assert ("USA", "government", D(1981, 1, 20), D(1989, 1, 20)) in [(o.country, o.role, o.start, o.end)
                                                                      for o in offices]


def test_curated_tenures_win_over_the_older_dictionary():
    # Joe Biden's curated offices start in 2009; the Phoenix data's earlier senate years stay, the rest go.
    registry = load_registry()
    biden = [o for o in registry.offices if o.person == "Joe Biden"]
    assert all(o.end is None or o.end <= D(2009, 1, 20) or o.role != "elite" or o.title != "elite" for o in biden)
    assert registry.person("Joe Biden", D(2022, 5, 1)).title == "president"


@pytest.mark.parametrize("place, country", [
    ("Mosul", "IRQ"), ("Gdańsk", "POL"), ("Gdansk", "POL"), ("Medellín", "COL"), ("Rangoon", "MMR"),
    ("Salisbury", "ZWE"), ("Port Elizabeth", "ZAF"), ("Tripoli", "LBY"),  # Libya's is five times Lebanon's
    ("Hyderabad", None),  # India's and Pakistan's are of a size: no country
    ("Jordan", None),  # a country's name is no town, though Hong Kong has one
    ("Helmand", "AFG"),  # a province
])
def test_towns_have_their_country(place, country):
    assert load_registry().place_country(place) == country


@pytest.mark.parametrize("place, day, country", [
    ("Tashkent", D(1985, 6, 1), "SUN"), ("Tashkent", D(1995, 6, 1), "UZB"),  # a Soviet town, then Uzbekistan's
    ("Kiev", D(1986, 4, 26), "SUN"), ("Kinshasa", D(1990, 1, 1), "ZAR"), ("Kinshasa", D(2001, 1, 1), "COD"),
])
def test_a_town_is_the_country_it_was_in_that_day(place, day, country):
    assert load_registry().place_country(place, day) == country


@pytest.mark.parametrize("text, expected", [
    # a town the parser has no entity for still places the police in it
    ("Police in Maputo fired tear gas on Thursday.", ("Police", "MOZ", "police")),
    # the town a place is in: "a village in Antioquia province"
    ("Right-wing paramilitaries killed 21 peasants in a village in Antioquia province.",
     ("peasants", "COL", "civilian")),
    # a model's name between a nation and its arms, tagged as one organisation, keeps the nation
    ("British Harrier jets attacked the airstrip at Port Stanley again on Tuesday.",
     ("British Harrier jets", "GBR", "military")),
    # rebels take the country of a town the sentence places them near
    ("Moslem rebels ambushed a Soviet convoy on the Salang highway north of Kabul last week.",
     ("Moslem rebels", "AFG", "rebel")),
    # riot police of a story whose only name is a president's take his country
    ("Students demanded the resignation of President Chun Doo-hwan, and riot police fired tear gas.",
     ("riot police", "KOR", "police")),
])
def test_agents_take_the_country_of_towns_and_of_the_people_named(nlp, text, expected):
    assert any((s[0], s[2], s[3]) == expected for s in spans(nlp, text, D(1987, 6, 10)))


@pytest.mark.parametrize("text, day, expected", [
    # listed as "Carlos Saul Menem" and "Violeta Barrios De Chamorro"
    ("President Carlos Menem pardoned the officers.", D(1991, 1, 5), ("President Carlos Menem", "ARG", "government")),
    ("President Violeta Chamorro took office.", D(1991, 1, 5), ("President Violeta Chamorro", "NIC", "government")),
])
def test_a_titled_person_is_known_by_first_name_and_surname(nlp, text, day, expected):
    assert expected in [(s[0], s[2], s[3]) for s in spans(nlp, text, day)]


def test_a_first_name_and_surname_without_a_title_is_no_one_in_particular():
    assert load_registry().titled_person("Carlos Menem", D(1991, 1, 5)).country == "ARG"
    assert load_registry().person("Carlos Menem", D(1991, 1, 5)) is None


@pytest.mark.parametrize("demonym, code", [("Kuwaiti", "KWT"), ("Nigerien", "NER"), ("Eritrean", "ERI"),
                                           ("Kyrgyz", "KGZ"), ("Slovak", "SVK"), ("Macedonian", "MKD")])
def test_demonyms_of_smaller_states(nlp, demonym, code):
    assert (demonym, code) in [(s[0], s[1]) for s in spans(nlp, f"{demonym} officials said on Friday that talks "
                                                              "would resume.", D(2005, 3, 1))]
