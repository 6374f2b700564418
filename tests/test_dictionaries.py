"""The converters of the field's open dictionaries (CAMEO verbs, Phoenix actors and agents).

Each converter is tried on a small dictionary written here in the TABARI format, and the files
shipped in the package are checked against a fresh conversion of ``../shared/data`` when it is there.
"""

import json
from pathlib import Path

import pytest

from dateline.dictionaries import cameo, phoenix

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DATA = Path(__file__).resolve().parents[1] / "dateline" / "understand" / "data"

TABLE = {"codes": {"173": "COERCE", "190": "ASSAULT", "0256": "REQUEST", "1712": "ASSAULT"},
         "root": {"01": None, "02": None, "04": "CONSULT", "08": None, "10": "REQUEST", "13": "THREATEN",
                  "17": "COERCE", "19": "ASSAULT"},
         "root_08_split": {"084": "RETREAT"}}

VERBS = """
####### SYNONYM SETS #######

&CEASEFIRE
+CEASE-FIRE
+CEASEFIRE
+CEASE_FIRE

&WEAPON
+MISSILE
+ASSAULT_RIFLE

####### VERB PATTERNS #######

---  CALL   [041:041]  ---
CALL
PHONE
TELEPHONE
- * (FOR &CEASEFIRE)                                  [0256]        # CALL
- * {CABINET MEETING}                                 [---]         # CALL
- * OFF                                               [160]         # CALL

---  WARN   [130]  ---
CAUTION
WARN
+TIP_OFF [---]
- * &WEAPON (AGAINST)                                 [138]         # WARN

---  RELEASE   [080]  ---
FREE {FREES FREEING FREED }
RELEASE [084]
- * HOSTAGES                                          [0841]        # RELEASE

---  APPEAL   [020]  ---
APPEAL
"""


def test_cameo_blocks_verbs_and_patterns():
    lexicon = cameo.convert(VERBS, TABLE)
    call = lexicon["verbs"]["call"][0]
    assert (call["code"], call["type"], call["mode"], call["head"]) == ("041", "CONSULT", "phone", True)
    assert lexicon["verbs"]["phone"][0]["head"] is False  # a synonym of CALL's block
    patterns = lexicon["blocks"][call["block"]]["patterns"]
    assert {"code": "0256", "type": "REQUEST", "mode": "yield", "preps": [{"prep": "for", "words": [["&CEASEFIRE"]]}]} \
        in patterns
    assert {"type": None, "objects": [["{cabinet meeting}"]]} in patterns  # "[---]": no event
    assert any(p.get("particle") == "off" for p in patterns)
    assert lexicon["sets"]["CEASEFIRE"] == ["cease fire", "ceasefire"]  # "cease-fire" is split as spaCy splits it


def test_cameo_codes_take_their_plover_type_by_the_table_rule():
    lexicon = cameo.convert(VERBS, TABLE)
    release = {v["code"]: v for v in lexicon["verbs"]["release"]}["084"]
    assert (release["type"], release["mode"], release["own"]) == ("RETREAT", "release", True)
    assert lexicon["verbs"]["free"][0]["type"] == "CONCEDE"  # 080, yielding in general, which the table leaves out
    tip = lexicon["verbs"]["tip"][0]
    assert (tip["particle"], tip["type"]) == ("off", None)  # "+TIP_OFF [---]" is no warning
    warn = lexicon["blocks"][lexicon["verbs"]["warn"][0]["block"]]["patterns"][0]
    assert (warn["type"], warn["mode"], warn["objects"], warn["preps"]) == (
        "THREATEN", "violence", [["&WEAPON"]], [{"prep": "against", "words": []}])
    # An appeal is a REQUEST, though the conversion table leaves CAMEO 02 out.
    assert lexicon["verbs"]["appeal"][0]["type"] == "REQUEST"


ACTORS = """
SOVIET_UNION
+USSR
+SOVIET
\t[SUN]

UGANDA_  [UGA]
+UGANDAN_
+GULU_

RONALD_REAGAN_  # CountryInfo.txt
+PRESIDENT_REAGAN
\t[USAELI 19290101-810120]
\t[USAGOV 810120-890120]
MIKHAIL_GORBACHEV_
+GORBACHEV
PRESIDENT_MIKHAIL_S._GORBACHEV
\t[RUSGOV 850311-911225]
AFGHAN_NATIONAL_ARMY
\t[AFGMIL]
"""
INTERNATIONAL = """
THE_UNITED_NATIONS_ [IGOUNO]
KOFI_ANNAN_
+SECRETARY-GENERAL_KOFI_ANNAN
\t[IGOUNO 970101-061231]
WASHINGTON_POST
\t[MED]
"""
NONSTATE = """
IRISH_REPUBLICAN_ARMY_(IRA)_ [WEUREB]
+PROVOS_

SHINING_PATH_ [PERREB]
+SENDERO_LUMINOSO_
"""
AGENTS = """
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
GUERRILLA [~REB]
POLICE!PERSON! [~COP]
RIOT_POLICE {} [~COP]
#BANK [~BUS]
"""


@pytest.fixture(scope="module")
def converted():
    files = {"countries": ACTORS, "international": INTERNATIONAL, "nonstate": NONSTATE, "agents": AGENTS}
    return phoenix.convert(files, [{"code": "UN", "aliases": ["United Nations", "UN"]}])


def test_phoenix_states_people_and_bodies(converted):
    assert converted["states"] == [{"code": "SUN", "aliases": ["soviet union", "ussr", "soviet"]}]
    assert converted["countries"]["UGA"] == ["uganda", "ugandan", "gulu"]
    reagan = next(p for p in converted["people"] if p["name"] == "Ronald Reagan")
    assert reagan["roles"] == [["USA", "elite", "1929-01-01", "1981-01-20"], ["USA", "government", "1981-01-20",
                                                                            "1989-01-20"]]
    # Names written one after another without codes share the codes below the last of them.
    gorbachev = next(p for p in converted["people"] if "gorbachev" in p["keys"])
    assert gorbachev["name"] == "Mikhail Gorbachev" and "president mikhail s gorbachev" in gorbachev["keys"]
    assert {"keys": ["afghan national army"], "country": "AFG", "role": "military"} in converted["bodies"]


def test_phoenix_groups_keep_curated_codes_and_take_acronyms(converted):
    groups = {g["code"]: g for g in converted["groups"]}
    assert groups["UN"]["role"] == "igo"
    assert (groups["IRA"]["country"], groups["IRA"]["role"]) == (None, "rebel")  # "WEU" is a region
    assert "ira" in groups["IRA"]["keys"] and "provos" in groups["IRA"]["keys"]
    assert (groups["SHINING_PATH"]["country"], groups["SHINING_PATH"]["role"]) == ("PER", "rebel")
    assert groups["WASHINGTON_POST"]["role"] == "media"
    annan = next(p for p in converted["people"] if p["name"] == "Kofi Annan")
    assert annan["roles"] == [["UN", "igo", "1997-01-01", "2006-12-31"]]  # the UN's code, through IGOUNO


def test_phoenix_agents_expand_substitution_sets(converted):
    agents = converted["agents"]
    assert agents["guerrilla"] == "rebel" and agents["riot police"] == "police"
    assert agents["policewoman"] == "police" and agents["policemen"] == "police"
    assert "bank" not in agents  # commented out in the dictionary


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is not beside the clone")
def test_shipped_files_are_the_conversion_of_the_shared_dictionaries(tmp_path):
    import yaml

    cameo.build(SHARED, tmp_path / "cameo_verbs.json")
    curated = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))["organizations"]
    phoenix.build(SHARED, curated, tmp_path / "phoenix_actors.json")
    for name in ("cameo_verbs.json", "phoenix_actors.json"):
        assert json.loads((tmp_path / name).read_text()) == json.loads((DATA / name).read_text()), name


def test_shipped_files_carry_the_licence_notice():
    notice = (DATA / "LICENSE-PETRARCH2.txt").read_text()
    assert "MIT License" in notice and "Open Event Data" in notice
    for name in ("cameo_verbs.json", "phoenix_actors.json"):
        assert "LICENSE-PETRARCH2.txt" in json.loads((DATA / name).read_text())["about"]
