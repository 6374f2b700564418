"""One sentence per event pattern (PLOVER type and trigger), written for these tests."""

import datetime as dt

import pytest

from dateline.settings import Settings
from dateline.understand.pipeline import load_pipeline

ANCHOR = dt.date(2023, 11, 9)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings().model)


@pytest.mark.parametrize("sentence, type_, source", [
    ("Japan offered to host the next round of talks with China.", "AGREE", "JPN"),
    ("President Yoon invited Prime Minister Kishida to Seoul.", "AGREE", "KOR"),
    ("Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "CONSULT", "USA"),
    ("Kim Jong Un visited Russia in September.", "CONSULT", "PRK"),
    ("Seoul and Tokyo held talks on Tuesday about the launches.", "CONSULT", "KOR"),
    ("India welcomed the agreement on Friday.", "SUPPORT", "IND"),
    ("Japan signed the accord with the Philippines.", "SUPPORT", "JPN"),
    ("Japan and South Korea agreed to share real-time missile warning data.", "AGREE", "JPN"),
    ("South Korea and the United States held joint drills near the border on Monday.", "COOPERATE", "KOR"),
    ("The United States supplied artillery shells to Ukraine.", "AID", "USA"),
    ("Russia withdrew its troops from the border region on Sunday.", "RETREAT", "RUS"),
    ("Israel released 30 Palestinian prisoners on Friday.", "RETREAT", "ISR"),
    ("Japan apologized for the remarks on Tuesday.", "CONCEDE", "JPN"),
    ("China urged restraint on all sides.", "REQUEST", "CHN"),
    ("The United States demanded that Russia withdraw its forces.", "REQUEST", "USA"),
    ("Russia accused Ukraine of shelling the plant.", "ACCUSE", "RUS"),
    ("China criticized the US arms sale to Taiwan on Thursday.", "ACCUSE", "CHN"),
    ("South Korea rejected the North's offer of talks.", "REJECT", "KOR"),
    ("Russia vetoed the draft resolution at the United Nations on Thursday.", "REJECT", "RUS"),
    ("North Korea threatened to retaliate against the drills.", "THREATEN", "PRK"),
    ("The United States sanctioned three North Korean officials on Thursday.", "SANCTION", "USA"),
    ("China expelled two Japanese diplomats on Wednesday.", "SANCTION", "CHN"),
    ("Russia deployed troops to the border on Monday.", "MOBILIZE", "RUS"),
    ("Iranian police arrested dozens of protesters on Saturday.", "COERCE", "IRN"),
    ("Russia attacked Kyiv with drones overnight.", "ASSAULT", "RUS"),
    ("Israel struck targets in Gaza on Sunday.", "ASSAULT", "ISR"),
])
def test_event_pattern(nlp, sentence, type_, source):
    doc = nlp.make_doc(sentence)
    doc._.anchor = ANCHOR
    doc = nlp(doc)
    found = [(e.type, e.source_actors) for e in doc._.events]
    assert any(t == type_ and source in s for t, s in found), found


@pytest.mark.parametrize("sentence, type_, date, precision", [
    # Anchor 2023-11-09 (a Thursday): "days after" puts the clause a few days earlier, as an ISO week.
    ("The launch came days after US officials met their South Korean counterparts in Seoul.", "CONSULT",
     "2023-W45", "week"),
    ("The launch came a day after Japan condemned the Chinese patrols.", "ACCUSE", "2023-11-08", "day"),
    ("The drills began weeks after Russia withdrew its troops from the border.", "RETREAT", "2023-10", "month"),
    # The lag counts back from the sentence's own date when it has one.
    ("On Monday, the North fired a missile, days after Japan condemned its satellite launch.", "ACCUSE",
     "2023-W44", "week"),
])
def test_lagged_clause_is_dated_before_its_main_clause(nlp, sentence, type_, date, precision):
    doc = nlp.make_doc(sentence)
    doc._.anchor = ANCHOR
    doc = nlp(doc)
    found = [(e.date, e.date_precision, e.date_source) for e in doc._.events if e.type == type_]
    assert (date, precision, "relative") in found


# Every trigger in the lexicon with a sentence of its own (the lexicon may not grow without one).
# (sentence, trigger word as written, type)
LEXICON = {
    # verbs
    "accuse": ("Seoul accused Pyongyang of jamming GPS signals near the border.", "accused", "ACCUSE"),
    "agree": ("Armenia and Azerbaijan agreed to continue border talks.", "agreed", "AGREE"),
    "allege": ("Ukraine alleged that Russian troops had looted the museum.", "alleged", "ACCUSE"),
    "apologise": ("The British government apologised to Kenya for the abuses.", "apologised", "CONCEDE"),
    "apologize": ("Japan apologized for the remarks on Tuesday.", "apologized", "CONCEDE"),
    "appeal": ("Pakistan appealed to the IMF for emergency funds.", "appealed", "REQUEST"),
    "arrest": ("Iranian police arrested dozens of protesters on Saturday.", "arrested", "COERCE"),
    "ask": ("Ukraine asked Germany for more air defence systems.", "asked", "REQUEST"),
    "assure": ("Washington assured Seoul of its extended deterrence commitment.", "assured", "SUPPORT"),
    "attack": ("Russia attacked Kyiv with drones overnight.", "attacked", "ASSAULT"),
    "back": ("France backed Ukraine's bid to join the European Union.", "backed", "SUPPORT"),
    "ban": ("China banned imports of Japanese seafood in August.", "banned", "SANCTION"),
    "blacklist": ("The United States blacklisted two Chinese drone makers on Friday.", "blacklisted", "SANCTION"),
    "blame": ("Kyiv blamed Moscow for the dam's destruction.", "blamed", "ACCUSE"),
    "blow": ("North Korea blew up the inter-Korean liaison office in June 2020.", "blew", "ASSAULT"),
    "bomb": ("Israeli aircraft bombed a refugee camp in Gaza on Tuesday.", "bombed", "ASSAULT"),
    "boycott": ("Lithuania boycotted the Beijing Winter Olympics.", "boycotted", "REJECT"),
    "call": ("The United Nations called for an immediate ceasefire in Sudan.", "called", "REQUEST"),
    "cancel": ("Russia cancelled the grain deal with Ukraine in July.", "cancelled", "REJECT"),
    "censor": ("China censored reports of the protests.", "censored", "COERCE"),
    "censure": ("The UN Human Rights Council censured Iran over the crackdown.", "censured", "ACCUSE"),
    "collaborate": ("Japan will collaborate with Britain on a new fighter jet.", "collaborate", "COOPERATE"),
    "condemn": ("India condemned the attack on its consulate.", "condemned", "ACCUSE"),
    "confer": ("Blinken conferred with his Israeli counterpart on Sunday.", "conferred", "CONSULT"),
    "consult": ("Tokyo consulted Washington before the vote.", "consulted", "CONSULT"),
    "cooperate": ("South Korea cooperated with Japan on missile data.", "cooperated", "COOPERATE"),
    "criticise": ("Britain criticised Beijing's crackdown in Hong Kong.", "criticised", "ACCUSE"),
    "criticize": ("China criticized the US arms sale to Taiwan on Thursday.", "criticized", "ACCUSE"),
    "decry": ("Tehran decried the new sanctions as illegal.", "decried", "ACCUSE"),
    "deliver": ("Germany delivered Leopard tanks to Ukraine in March.", "delivered", "AID"),
    "demand": ("The United States demanded that Russia withdraw its forces.", "demanded", "REQUEST"),
    "demonstrate": ("Thousands of Israelis demonstrated in Tel Aviv on Saturday.", "demonstrated", "PROTEST"),
    "denounce": ("Venezuela denounced the sanctions on its oil sector.", "denounced", "ACCUSE"),
    "deny": ("Moscow denied any role in the explosion.", "denied", "REJECT"),
    "deplore": ("Egypt deplored the strike on the hospital.", "deplored", "ACCUSE"),
    "deploy": ("Russia deployed troops to the border on Monday.", "deployed", "MOBILIZE"),
    "deport": ("Pakistan deported thousands of Afghan refugees in November.", "deported", "COERCE"),
    "destroy": ("Ukrainian forces destroyed a Russian landing ship in Crimea.", "destroyed", "ASSAULT"),
    "detain": ("Chinese authorities detained a Japanese businessman in Beijing.", "detained", "COERCE"),
    "discuss": ("Putin discussed the war with Xi by video link.", "discussed", "CONSULT"),
    "dismiss": ("Beijing dismissed the report as groundless.", "dismissed", "REJECT"),
    "ease": ("Washington eased sanctions on Venezuela's oil sector in October.", "eased", "CONCEDE"),
    "endorse": ("The African Union endorsed the peace plan.", "endorsed", "SUPPORT"),
    "exchange": ("India and Pakistan exchanged fire across the Line of Control on Sunday.", "exchanged", "ASSAULT"),
    "expel": ("China expelled two Japanese diplomats on Wednesday.", "expelled", "SANCTION"),
    "express": ("Japan expressed displeasure over the Chinese patrols.", "expressed", "ACCUSE"),
    "fire": ("North Korea fired a ballistic missile into the sea on Monday.", "fired", "MOBILIZE"),
    "fly": ("North Korea launched a missile on Monday. The missile flew 600 km.", "launched", "MOBILIZE"),
    "hack": ("Russian military intelligence hacked the German party's email servers.", "hacked", "COERCE"),
    "host": ("The United States will host envoys from Japan and South Korea next week.", "host", "CONSULT"),
    "huddle": ("Blinken huddled with his South Korean counterpart in Seoul.", "huddled", "CONSULT"),
    "ignore": ("North Korea ignored Seoul's calls for dialogue.", "ignored", "REJECT"),
    "invade": ("Russia invaded Ukraine in February 2022.", "invaded", "ASSAULT"),
    "investigate": ("The ICC investigated Israel's conduct in Gaza.", "investigated", "ACCUSE"),
    "invite": ("President Yoon invited Prime Minister Kishida to Seoul.", "invited", "AGREE"),
    "kill": ("Russian troops killed three civilians in Bucha.", "killed", "ASSAULT"),
    "launch": ("North Korea launched a spy satellite on Tuesday.", "launched", "MOBILIZE"),
    "lift": ("Japan lifted export restrictions on South Korea last year.", "lifted", "CONCEDE"),
    "march": ("Indian farmers marched toward New Delhi on Tuesday.", "marched", "PROTEST"),
    "meet": ("Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.", "met", "CONSULT"),
    "mobilise": ("Russia mobilised 300,000 reservists in September.", "mobilised", "MOBILIZE"),
    "mobilize": ("Armenia mobilized its reserves after the clashes.", "mobilized", "MOBILIZE"),
    "negotiate": ("Qatar negotiated with Hamas over the hostages.", "negotiated", "CONSULT"),
    "offer": ("Japan offered to host the next round of talks with China.", "offered", "AGREE"),
    "oppose": ("China opposed the sale of F-16 jets to Taiwan.", "opposed", "ACCUSE"),
    "order": ("The Israeli army ordered residents of northern Gaza to evacuate.", "ordered", "REQUEST"),
    "parade": ("North Korea paraded its largest ICBM in Pyongyang in February.", "paraded", "MOBILIZE"),
    "pardon": ("South Korea pardoned the former president in December.", "pardoned", "CONCEDE"),
    "pledge": ("Germany pledged more artillery for Ukraine.", "pledged", "AGREE"),
    "praise": ("Washington praised Seoul's plan to compensate wartime laborers.", "praised", "SUPPORT"),
    "promise": ("Beijing promised to buy more American soybeans.", "promised", "AGREE"),
    "protest": ("Tokyo protested to Seoul over the disputed islands.", "protested", "ACCUSE"),
    "provide": ("The European Union provided humanitarian aid to Gaza.", "provided", "AID"),
    "raid": ("Indian police raided the offices of the broadcaster.", "raided", "COERCE"),
    "raise": ("Canada raised objections to the Chinese police stations.", "raised", "ACCUSE"),
    "rally": ("Hundreds of workers rallied outside parliament in Seoul on Saturday.", "rallied", "PROTEST"),
    "ratify": ("Finland ratified the accession protocol.", "ratified", "SUPPORT"),
    "reaffirm": ("Blinken reaffirmed the ironclad commitment to South Korea.", "reaffirmed", "SUPPORT"),
    "rebuff": ("Kyiv rebuffed Moscow's offer of a truce.", "rebuffed", "REJECT"),
    "rebuke": ("Washington rebuked Beijing over the cyber attacks.", "rebuked", "ACCUSE"),
    "recall": ("Israel recalled its ambassador to Turkey for consultations.", "recalled", "SANCTION"),
    "refuse": ("Hungary refused to back the new sanctions package.", "refused", "REJECT"),
    "reject": ("Israel rejected the ceasefire proposal on Sunday.", "rejected", "REJECT"),
    "relax": ("China relaxed its curbs on Japanese tourism in August.", "relaxed", "CONCEDE"),
    "release": ("Israel released 30 Palestinian prisoners on Friday.", "released", "RETREAT"),
    "reprimand": ("Warsaw reprimanded Kyiv's envoy over the remarks.", "reprimanded", "ACCUSE"),
    "request": ("Taiwan requested more Patriot missiles from Washington.", "requested", "REQUEST"),
    "resign": ("The Pakistani prime minister resigned on Wednesday.", "resigned", "RETREAT"),
    "retaliate": ("Israel retaliated against Iran with a strike near Isfahan on Friday.", "retaliated", "ASSAULT"),
    "riot": ("Supporters of the former president rioted in Brasilia.", "rioted", "PROTEST"),
    "sanction": ("The United States sanctioned three North Korean officials on Thursday.", "sanctioned", "SANCTION"),
    "send": ("The United States sent artillery shells to Ukraine.", "sent", "AID"),
    "sever": ("Honduras severed ties with Taiwan in March.", "severed", "SANCTION"),
    "share": ("Japan shared intelligence with South Korea on Monday.", "shared", "COOPERATE"),
    "shell": ("Russian forces shelled Kherson on Sunday.", "shelled", "ASSAULT"),
    "ship": ("Iran shipped drones to Russia last year.", "shipped", "AID"),
    "shoot": ("Ukraine shot down a Russian fighter jet over Bakhmut.", "shot", "ASSAULT"),
    "sign": ("Japan signed the accord with the Philippines.", "signed", "SUPPORT"),
    "slam": ("Ankara slammed the Quran burning in Stockholm.", "slammed", "ACCUSE"),
    "snub": ("Modi snubbed the summit in Kazakhstan.", "snubbed", "REJECT"),
    "strike": ("Israel struck targets in Gaza on Sunday.", "struck", "ASSAULT"),
    "summon": ("The Israeli foreign ministry summoned the Spanish ambassador on Wednesday.", "summoned", "ACCUSE"),
    "supply": ("The United States supplied artillery shells to Ukraine.", "supplied", "AID"),
    "support": ("Brazil supported the UN resolution.", "supported", "SUPPORT"),
    "suspend": ("Russia suspended the New START treaty in February.", "suspended", "SANCTION"),
    "term": ("Blinken termed the launch a violation of UN resolutions.", "termed", "ACCUSE"),
    "test": ("North Korea tested a solid-fuel ICBM in April.", "tested", "MOBILIZE"),
    "threaten": ("North Korea threatened to retaliate against the drills.", "threatened", "THREATEN"),
    "transfer": ("Iran transferred ballistic missiles to Russia in September.", "transferred", "AID"),
    "travel": ("North Korea fired a missile on Monday. The missile travelled about 1,000 km.", "fired", "MOBILIZE"),
    "urge": ("China urged restraint on all sides.", "urged", "REQUEST"),
    "veto": ("Russia vetoed the draft resolution at the United Nations on Thursday.", "vetoed", "REJECT"),
    "visit": ("Kim Jong Un visited Russia in September.", "visited", "CONSULT"),
    "voice": ("Australia voiced dismay over the detention of its citizen.", "voiced", "ACCUSE"),
    "vow": ("Zelenskiy vowed to retake Crimea.", "vowed", "AGREE"),
    "warn": ("North Korea warned America of stronger reactions to the new sanctions.", "warned", "THREATEN"),
    "welcome": ("India welcomed the agreement on Friday.", "welcomed", "SUPPORT"),
    "withdraw": ("Russia withdrew its troops from the border region on Sunday.", "withdrew", "RETREAT"),
    "airdrop": ("Jordan and the United States airdropped food into northern Gaza on Tuesday.", "airdropped", "AID"),
    "arrive": ("Blinken arrived in Kyiv on Wednesday.", "arrived", "CONSULT"),
    "board": ("Chinese coast guard personnel boarded Philippine navy boats on Monday.", "boarded", "COERCE"),
    "brand": ("Seoul branded the launch a grave provocation.", "branded", "ACCUSE"),
    "capture": ("Houthi rebels captured a cargo ship in the Red Sea.", "captured", "COERCE"),
    "convict": ("A Russian court convicted an American journalist of espionage in July.", "convicted", "SANCTION"),
    "convene": ("Japan convened an emergency meeting of its security council on Sunday.", "convened", "CONSULT"),
    "cross": ("Ukrainian troops crossed into Russia's Kursk region on Tuesday.", "crossed", "ASSAULT"),
    "declare": ("President Yoon declared emergency martial law late on Tuesday.", "declared", "COERCE"),
    "describe": ("Tokyo described the launch as a grave provocation.", "described", "ACCUSE"),
    "drop": ("Russian forces dropped glide bombs on Kharkiv overnight.", "dropped", "ASSAULT"),
    "free": ("Hamas freed three Israeli women on Sunday.", "freed", "RETREAT"),
    "hijack": ("Somali pirates hijacked a Bangladeshi bulk carrier in March.", "hijacked", "COERCE"),
    "hit": ("A Russian missile hit a hospital in Kyiv on Monday.", "hit", "ASSAULT"),
    "label": ("Beijing labelled the visit a serious provocation.", "labelled", "ACCUSE"),
    "land": ("Blinken landed in Beijing on Wednesday.", "landed", "CONSULT"),
    "pull": ("Russia pulled out of the Black Sea grain deal on Monday.", "pulled", "REJECT"),
    "quit": ("Moscow quit the grain deal in July.", "quit", "REJECT"),
    "ram": ("A Chinese coast guard ship rammed a Philippine supply boat on Saturday.", "rammed", "ASSAULT"),
    "reach": ("India and China reached an agreement on border patrols on Monday.", "reached", "AGREE"),
    "seize": ("Iran seized an oil tanker in the Gulf of Oman on Thursday.", "seized", "COERCE"),
    "sentence": ("A Pakistani court sentenced Imran Khan to 10 years in prison on Tuesday.", "sentenced", "SANCTION"),
    "speak": ("Biden spoke with Netanyahu on Saturday.", "spoke", "CONSULT"),
    "storm": ("Protesters stormed the parliament in Nairobi on Tuesday.", "stormed", "PROTEST"),
    "swap": ("Russia and Ukraine swapped hundreds of prisoners of war on Wednesday.", "swapped", "RETREAT"),
    "talk": ("Putin talked with Xi by video link on Friday.", "talked", "CONSULT"),
    "target": ("Hezbollah targeted an Israeli army base with drones.", "targeted", "ASSAULT"),
    "thank": ("Zelenskiy thanked Washington for the new aid package.", "thanked", "SUPPORT"),
    "use": ("A Chinese coast guard vessel used water cannon against a Philippine boat on Saturday.", "used",
            "ASSAULT"),
    # nouns (with a light verb or an argument of their own)
    "ceasefire": ("A ceasefire between Israel and Hezbollah took effect on Wednesday.", "ceasefire", "RETREAT"),
    "truce": ("The truce between Israel and Hamas began on Friday.", "truce", "RETREAT"),
    "incursion": ("Ukraine's incursion into Russia's Kursk region began on August 6.", "incursion", "ASSAULT"),
    "representation": ("Beijing lodged solemn representations with Washington over the visit.", "representations",
                       "ACCUSE"),
    "airstrike": ("Israel carried out an airstrike on Damascus on Monday.", "airstrike", "ASSAULT"),
    "alert": ("South Korea's military was put on alert after the launch on Monday.", "alert", "MOBILIZE"),
    "assault": ("Russian forces mounted an assault on Avdiivka in October.", "assault", "ASSAULT"),
    "attack#noun": ("Hamas launched a surprise attack on Israel on October 7.", "attack", "ASSAULT"),
    "ban#noun": ("Beijing imposed a ban on Japanese seafood in August.", "ban", "SANCTION"),
    "bombardment": ("Russia began a bombardment of Kharkiv on Friday.", "bombardment", "ASSAULT"),
    "call#noun": ("Biden held a phone call with Xi on Tuesday.", "call", "CONSULT"),
    "complaint": ("Manila filed a complaint with Beijing over the collision.", "complaint", "ACCUSE"),
    "concern": ("Japan expressed concern over the Chinese patrols.", "concern", "ACCUSE"),
    "condemnation": ("The launch drew condemnation from Tokyo.", "condemnation", "ACCUSE"),
    "consultation": ("Seoul held consultations with Washington on Friday.", "consultations", "CONSULT"),
    "control": ("China imposed export controls on gallium in July.", "controls", "SANCTION"),
    "crackdown": ("Iran's crackdown on protesters drew condemnation from Europe.", "crackdown", "COERCE"),
    "criticism": ("Pyongyang stepped up its criticism of Washington.", "criticism", "ACCUSE"),
    "curb": ("Washington announced curbs on chip exports to China.", "curbs", "SANCTION"),
    "deployment": ("Washington announced the deployment of a nuclear submarine to Busan.", "deployment", "MOBILIZE"),
    "drill": ("The Philippine navy held drills near Scarborough Shoal on Monday.", "drills", "MOBILIZE"),
    "embargo": ("The European Union imposed an embargo on Russian oil.", "embargo", "SANCTION"),
    "exercise": ("Japan and the Philippines began joint naval exercises on Friday.", "exercises", "COOPERATE"),
    "invasion": ("Moscow's invasion of Ukraine began on February 24, 2022.", "invasion", "ASSAULT"),
    "launch#noun": ("North Korea's launch of a spy satellite on Nov. 21 drew protests.", "launch", "MOBILIZE"),
    "meeting": ("Blinken's meeting with Wang lasted five hours.", "meeting", "CONSULT"),
    "negotiation": ("Qatar held negotiations with Hamas on Sunday.", "negotiations", "CONSULT"),
    "offensive": ("Ukraine launched a counteroffensive in June. Russia mounted an offensive on Kharkiv in May.",
                  "offensive", "ASSAULT"),
    "operation": ("Israel launched a ground operation in Rafah on Monday.", "operation", "ASSAULT"),
    "protest#noun": ("Beijing lodged a formal protest with Tokyo over the remarks.", "protest", "ACCUSE"),
    "raid#noun": ("Israel's raid on Jenin lasted two days.", "raid", "ASSAULT"),
    "restriction": ("Washington imposed new restrictions on Chinese chipmakers.", "restrictions", "SANCTION"),
    "sanction#noun": ("The European Union imposed sanctions on Iranian drone makers.", "sanctions", "SANCTION"),
    "shelling": ("Russia's shelling of Kherson on Sunday killed three people.", "shelling", "ASSAULT"),
    "strike#noun": ("Israel carried out a strike on Hezbollah in Lebanon on Monday.", "strike", "ASSAULT"),
    "summit": ("Biden's summit with Xi in California lasted four hours.", "summit", "CONSULT"),
    "talk": ("Seoul and Tokyo held talks on Tuesday about the launches.", "talks", "CONSULT"),
    "tariff": ("China imposed tariffs on Australian wine in 2020.", "tariffs", "SANCTION"),
    "test#noun": ("North Korea conducted a nuclear test in September 2017.", "test", "MOBILIZE"),
    "trip": ("Blinken's trip to Beijing ended on Monday.", "trip", "CONSULT"),
    "visit#noun": ("Blinken's visit to South Korea began on Wednesday.", "visit", "CONSULT"),
}


def test_every_trigger_in_the_lexicon_has_a_sentence():
    from dateline.understand.event_words import NOUNS, VERBS

    covered = {key.split("#")[0] for key in LEXICON}
    assert set(VERBS) - covered == set() and set(NOUNS) - covered == set()


@pytest.mark.parametrize("key", sorted(LEXICON))
def test_lexicon_trigger(nlp, key):
    sentence, trigger, type_ = LEXICON[key]
    doc = nlp.make_doc(sentence)
    doc._.anchor = ANCHOR
    found = [(e.trigger, e.type) for e in nlp(doc)._.events]
    assert (trigger, type_) in found, found
