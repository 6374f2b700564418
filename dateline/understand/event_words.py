"""The words events are found by: trigger verbs and nouns with their PLOVER type, the light verbs
that take an event noun ("conduct a test", "lodge a protest"), and the words that say an event
did not (or not yet) happen ("refused to", "accused X of", "if").

Plain data, read by the ``event*`` modules; each table says in a comment what it covers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()  # when set, the verb needs one of these object lemmas
    particle: str | None = None  # "call for", "blow up", "exchange fire"
    code: str | None = None  # the CAMEO code, when the trigger comes from the CAMEO lexicon
    needs_target: bool = False  # a broad CAMEO reading: an event only when the clause names whom it concerns


def t(type_: str, mode: str | None = None, objects=(), particle: str | None = None) -> Trigger:
    return Trigger(type_, mode, frozenset(objects), particle)


NOT_EVENT = Trigger("")  # what a rule returns when the word is no event in its clause, not even CAMEO's reading


CONCERN = {"concern", "displeasure", "apprehension", "regret", "alarm", "dismay", "outrage", "disappointment",
           "opposition", "anger", "protest", "condemnation", "worry", "criticism", "objection", "complaint"}
TRADE = {"import", "export", "trade", "seafood", "product", "goods", "shipment", "purchase", "sale", "flight"}
# Fighting that is halted, suspended or ended: a de-escalation ("suspended its bombing campaign").
HOSTILITIES = {"campaign", "offensive", "operation", "bombing", "airstrike", "strike", "attack", "raid", "hostility",
               "fighting", "shelling", "assault", "bombardment", "incursion", "advance"}
RESTRICTIONS = {"restriction", "sanction", "ban", "curb", "embargo", "control", "tariff", "blockade", "measure",
                "curfew", "emergency", "martial", "decree", "siege", "lockdown", "closure", "order", "state"}
ENVOYS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "attaché", "attache", "commissioner"}
SUPPLIES = {"aid", "arm", "arms", "weapon", "drone", "missile", "ammunition", "shell", "munition", "supply",
            "equipment", "assistance", "tank", "rocket", "artillery", "fuel", "food", "medicine", "vaccine",
            "system", "battery", "jet", "aircraft", "vehicle", "howitzer", "launcher", "package", "loan",
            "rice", "flour", "wheat", "grain", "blanket", "tent", "dose", "drug", "water", "relief", "team",
            "hospital", "shelter", "cash", "fund", "bomber", "fighter", "helicopter", "warplane", "rifle", "gun",
            "tonne", "ton", "truck", "lorry", "uniform", "boat", "patrol", "radar", "ambulance", "generator",
            "vest", "helmet", "ration"}
# Money given: "deposited $3 billion in its central bank", "suspended $24 million in military aid".
MONEY = {"dollar", "million", "billion", "yen", "euro", "pound", "franc", "mark", "rupee", "yuan", "riyal", "rouble",
         "ruble", "fund", "cash", "loan", "grant", "credit", "deposit"}
# Whom a state hands over to another's authorities: cooperation ("handed over three suspects to Uganda").
SUSPECTS = {"suspect", "man", "fugitive", "national", "commander", "militant", "person", "criminal", "terrorist",
            "citizen", "defendant", "accused"}
# Objects of "meet" that are no meeting ("met the deadline", "until its conditions are met").
CONDITIONS = {"condition", "demand", "target", "deadline", "need", "expectation", "requirement", "standard",
              "goal", "obligation", "criterion", "threshold", "quota"}
# Objects of "fire" that are people: a dismissal, not a launch.
OFFICIALS = {"minister", "chief", "commander", "general", "head", "director", "official", "aide", "adviser",
             "advisor", "spokesman", "spokeswoman", "secretary", "governor", "coach", "prosecutor", "ambassador",
             "staff", "employee", "worker", "manager", "executive", "ceo", "president", "premier"}
# "fired missiles into the sea" is a test; "into Russia's Bryansk region" an attack.
WATERS = {"sea", "ocean", "water", "waters", "gulf", "bay", "strait", "pacific", "atlantic", "zone", "area"}
DEALS = {"deal", "agreement", "treaty", "pact", "accord", "initiative", "arrangement", "framework", "talks"}
VESSELS = {"ship", "vessel", "tanker", "boat", "freighter", "carrier", "ferry", "trawler", "yacht", "plane", "aircraft"}
# What police and troops fire at crowds: its firing is force, not a weapons test.
CROWD_CONTROL = {"gas", "cannon", "bullet", "pellet", "grenade", "spray", "baton", "round"}
TERRITORY = {"stronghold", "camp", "oilfield", "garrison", "headquarters", "post", "fort",
             "town", "city", "village", "territory", "area", "region", "airport", "base", "building", "bridge",
             "port", "island", "district", "settlement", "outpost", "position", "hill", "crossing"}
CAPTIVES = {"prisoner", "captive", "detainee", "hostage", "pow", "soldier", "body"}
# Naming someone's act one of these accuses them ("called the outreach a time-delay trick"); naming
# the launch "a success" does not.
PEJORATIVE = {"provocation", "violation", "trick", "threat", "lie", "farce", "crime", "terror", "terrorism",
              "terrorist", "aggression", "piracy", "insult", "mistake", "escalation", "blackmail", "ploy", "sham",
              "hypocrisy", "interference", "propaganda", "genocide", "atrocity", "occupation", "invasion",
              "war", "illegal", "unacceptable", "reckless", "irresponsible", "dangerous", "hostile", "baseless",
              "absurd", "nonsense", "criminal", "barbaric", "brutal", "gangster", "fascist", "nazi", "puppet",
              "enemy", "foe", "destabilizing", "destabilising", "coercion", "bullying", "bully", "act", "plot",
              "conspiracy", "fabrication", "smear", "slander", "betrayal", "sabotage", "meddling", "blunder",
              "aggressor", "invader", "occupier", "dictator", "traitor", "murderer", "unfriendly", "retaliation",
              "provocative", "illegitimate", "unjust", "unjustified", "outrageous", "shameful", "unlawful",
              "hostage-taking", "kidnapping", "massacre", "racist", "colonialist", "imperialist", "regrettable"}
# What a vow or a warning threatens: "vowed revenge", "vowed that Tehran would pay", "warned that any
# attempt would be considered an act of war".
HOSTILE = {"revenge", "retaliation", "retribution", "response", "measure", "punishment", "consequence", "price",
           "war", "action", "countermeasure", "retaliate", "respond", "punish", "crush", "destroy", "pursue",
           "avenge", "pay", "strike", "hit", "annihilate", "eliminate", "wipe", "teach"}
# What is launched, fired or tested that is no weapon: "launched a probe", "fired the first beam",
# "tested the market", "these levels were tested" (event_senses._weapon_sense).
NOT_WEAPONS = {"cosmonaut", "astronaut", "crew", "price", "fare", "bidding", "probe", "spacecraft", "shuttle", "telescope", "beam", "product", "phone", "smartphone", "service",
               "campaign", "investigation", "inquiry", "bid", "appeal", "website", "app", "album", "film", "movie",
               "book", "fund", "program", "programme", "scheme", "initiative", "plan", "brand", "model", "car",
               "ace", "vaccine", "drug", "trial", "study", "edition", "magazine", "newspaper", "channel",
               "network", "platform", "card", "company", "business", "venture", "airline", "route", "flight",
               "dish", "sample", "theory", "hypothesis", "market", "patience", "resolve",
               "limit", "level", "support", "resistance", "ball", "pass", "header", "employee",
               "worker", "staff", "coach", "manager", "question", "barb", "tirade"}
# What is released that is no person: "released earnings", "released a statement" (event_senses._released_people).
NOT_RELEASED = {"result", "earnings", "statement", "report", "figure", "datum", "data", "album", "film", "movie",
                "book", "record", "single", "video", "footage", "photo", "image", "document", "list", "details",
                "information", "text", "version", "update", "product", "model", "budget", "plan", "estimate",
                "forecast", "survey", "poll", "study", "findings", "minutes", "transcript", "game", "fund",
                "funds", "money", "reserve", "reserves", "stock", "oil", "water", "gas", "emissions", "chemical",
                "radiation", "balloon", "statistic", "statistics", "player", "squad", "detail"}
# What is offered that is no political offer: shares, prices, loans to banks, liquidity (event_senses._political_offer).
ECONOMIC = {"share", "stake", "price", "liquidity", "loan", "bond", "credit", "dividend", "discount", "rate",
            "yield", "deposit", "contract", "job", "salary", "wage", "bonus", "performance", "concert", "service",
            "product", "ticket", "seat", "bid", "premium", "coupon", "refund", "money", "cash", "dollar", "euro",
            "yen", "pound", "fare", "deal"}
# What is turned down in trade, not in politics: bids at an auction, tenders, applications (event_senses).
COMMERCIAL = {"bid", "tender", "application", "shipment", "cargo", "consignment", "share", "stake", "price",
              "dividend", "discount", "rate", "yield", "deposit", "coupon", "refund", "premium"}
# Words of markets: a "rally" among them is prices rising (event_senses.market_rally).
MARKETS = {"price", "futures", "share", "stock", "index", "bond", "yield", "currency", "dollar", "yen", "euro",
           "market", "trader", "investor", "commodity", "gold", "equity", "bourse", "nasdaq", "dow", "rupee"}
# Subjects that do things only in a figure of speech: forces of nature, illness, and the works of science
# and culture ("Cyclone Idai smashed into Beira", "a virus attacking cell walls", "the probe blasted off",
# "the novel attacks the elite"). A clause with one as its doer tells no one's act.
# Nature's forces, which name what they drive: "lightning strikes", "flood waters", "storm surges".
NATURAL = {"storm", "cyclone", "hurricane", "typhoon", "tornado", "flood", "floodwater", "wildfire",
           "blaze", "bushfire", "earthquake", "quake", "tremor", "tsunami", "landslide", "mudslide", "avalanche",
           "drought", "heatwave", "rain", "downpour", "snow", "blizzard", "wind", "gale", "lava", "volcano",
           "eruption", "lightning", "monsoon"}
NON_AGENTS = NATURAL | {"virus", "bacterium", "bacteria", "disease", "pandemic", "epidemic", "outbreak", "infection",
              "cancer", "tumour", "tumor", "enzyme", "drug", "vaccine", "antibody", "molecule", "gene",
              "probe", "spacecraft", "satellite", "telescope", "rover", "lander", "capsule", "asteroid", "comet",
              "meteor", "album", "song", "film", "movie", "novel", "book",
              "painting", "exhibition", "documentary", "sequel", "app", "smartphone", "software", "algorithm",
              "musical", "play", "show", "blockbuster", "index", "market", "share", "stock", "bond",
              "yield", "currency", "price", "rate"}
# Words for what is left of a thing: "remnants of Hurricane Ida" act as the thing does.
REMNANTS = {"remnant", "remains", "tail", "edge", "wake", "force", "fury", "path"}
# Games, not politics: a sentence with one of these (or a score after "beat") tells of sport (EventContext.sporting).
SPORT = {"tournament", "championship", "shootout", "wicket", "innings", "medal", "midfielder", "goalkeeper",
         "striker", "batsman", "bowler", "equaliser", "equalizer", "playoff", "semi", "semifinal", "quarterfinal",
         "final", "friendly", "cup", "football", "soccer", "cricket", "rugby", "hockey", "basketball",
         "baseball", "tennis", "boxing", "boxer", "athlete", "sprinter", "marathon", "fixture", "scoreline",
         "overtime", "prix", "derby", "qualifier", "header", "touchdown", "penalties", "seed", "cycling", "cyclist",
         "peloton", "swimmer", "swimming", "freestyle", "breaststroke", "backstroke", "golf", "golfer", "jockey",
         "olympics", "paralympics", "velodrome", "motorsport", "racer", "sprint", "slalom", "marathoner",
         "volleyball", "handball", "badminton", "goaltender", "goalie", "jersey", "podium", "relegation", "climber",
         "racquet", "puck", "netball", "snooker", "wrestler", "fencer", "rower", "regatta", "decathlon",
         "trophy", "match", "flyweight", "bantamweight", "featherweight", "lightweight", "welterweight",
         "middleweight", "cruiserweight"}
SCORE_VERBS = {"beat", "defeat", "crush", "thrash", "edge", "rout", "win", "lose", "draw", "down", "overcome",
               "hammer", "stun", "upset", "outclass"}
# Whom a subject head stands for when it is no name: the instruments of an armed force ("Iraqi planes").
INSTRUMENTS = {"defence", "defense", "plane", "aircraft", "jet", "warplane", "bomber", "fighter", "helicopter", "gunship", "drone", "ship",
               "warship", "vessel", "boat", "gunboat", "submarine", "tank", "artillery", "battery", "destroyer",
               "frigate", "convoy", "unit", "patrol", "column", "battalion", "brigade", "division", "regiment"}
# Words of trade that make a phrase a business's, which acts in no politics (event_actors._businesslike).
BUSINESS_WORDS = {"firm", "company", "group", "bank", "insurer", "retailer", "manufacturer", "producer", "operator",
                  "conglomerate", "chain", "raider", "investor", "shareholder", "board", "lender", "bidder",
                  "brokerage", "fund", "startup", "utility", "miner", "refiner", "exporter", "importer", "distributor",
                  "corp", "inc", "ltd", "plc", "co", "holding", "holdings", "industries", "motors", "pharma",
                  "pharmaceuticals", "airways", "airlines", "petroleum", "bancorp", "ag", "sa", "spa", "nv"}
# Heads of phrases that are people or armed bodies though no dictionary lists them as agents
# ("the Russian delegation", "Chinese coast guard personnel", "its forces").
PEOPLE_WORDS = {"personnel", "delegation", "team", "crew", "member", "staff", "representative", "negotiator",
                "official", "leader", "side", "camp", "bloc", "faction", "wing", "force", "unit", "contingent",
                "detachment", "leadership", "establishment", "authority", "circle", "source", "envoy", "mission",
                "state", "province", "city", "municipality", "council", "junta", "regime",
                # a state's voices: "Tehran radio accused Iraq", "Iraqi television said"
                "radio", "television", "tv", "agency", "newspaper", "daily", "broadcaster", "press"}
# The last word of an organisation's name that acts in politics (an unknown "National Resistance Army");
# other organisations a sentence names ("Lakeshore Motors Corp.") are companies, clubs, firms.
POLITICAL_ORGS = {"army", "party", "front", "movement", "council", "committee", "ministry", "government", "forces",
                  "force", "police", "union", "league", "alliance", "brigade", "brigades", "guard", "guards",
                  "congress", "assembly", "parliament", "court", "commission", "agency", "authority", "service",
                  "command", "organization", "organisation", "militia", "junta", "coalition", "federation",
                  "tribunal", "senate", "cabinet", "office", "department", "administration", "mission", "embassy",
                  "directorate", "bureau", "secretariat", "legion", "corps", "resistance"}

# Laws and measures a government takes back, conceding ("withdrew the finance bill", "suspended the
# legislation", "revoked the reform"): event_senses.undone_measure.
MEASURES = {"bill", "law", "legislation", "decree", "reform", "measure", "tax", "ordinance", "amendment", "policy",
            "hike", "increase", "rise", "requirement", "rule", "regulation"}
UNDOING = {"withdraw", "suspend", "revoke", "repeal", "rescind", "scrap", "shelve", "annul", "reverse", "drop"}
# What police raid (coercion), and what raids from the air (an attack): event_senses._raided.
PREMISES = {"home", "house", "office", "headquarters", "premises", "residence", "apartment", "flat", "shop", "store",
            "newspaper", "studio", "printing"}
AIRCRAFT = {"plane", "aircraft", "jet", "warplane", "bomber", "helicopter", "fighter", "drone", "gunship"}
FORCES = {"troop", "soldier", "warship", "force", "ship", "jet", "bomber", "carrier", "submarine", "destroyer",
          "marine", "paratrooper", "reinforcement", "reservist", "peacekeeper", "commando", "helicopter", "frigate",
          "aircraft", "plane", "warplane", "fighter", "tank", "battalion", "brigade", "unit", "division", "police",
          "guard", "personnel", "gunship", "minesweeper", "army", "militia"}

# Verb lemma -> the rows that may apply, first match wins. A row with ``objects`` needs the verb's
# object (or its "on/over/of" object) to have one of those lemmas; a row with ``particle`` needs
# that particle or preposition ("call for", "call off", "blow up").
VERBS: dict[str, list[Trigger]] = {
    # Only what the CAMEO lexicon (event_lexicon) lacks or reads otherwise than PLOVER: a verb that is
    # not here takes CAMEO's reading ("condemned" ACCUSE, "shelled" ASSAULT, "pledged" AGREE).
    # MOBILIZE: CAMEO has no weapons tests, and reads "fired missiles" as force; aimed fire is ASSAULT
    # (event_senses.aimed), into the sea a test. "deploy" is COOPERATE in CAMEO.
    "launch": [t("MOBILIZE", "weapons")], "fire": [t("ASSAULT", "firearms", particle="back"), t("MOBILIZE", "weapons")], "test": [t("MOBILIZE", "weapons")],
    "parade": [t("MOBILIZE", "weapons")], "deploy": [t("MOBILIZE", "troops")],
    "travel": [t("MOBILIZE", "weapons")],  # only with a weapon subject
    "fly": [t("MOBILIZE", "troops", objects=FORCES), t("AID", objects=SUPPLIES),  # troops or supplies flown,
            t("MOBILIZE", "weapons")],  # or a missile that flies
    # SANCTION: PLOVER's modes, and verbs CAMEO lacks or files under coercion.
    "sanction": [t("SANCTION")], "expel": [t("SANCTION", "expel")],
    "sentence": [t("SANCTION", "convict")], "convict": [t("SANCTION", "convict")],
    "quit": [t("REJECT", objects=DEALS), t("RETREAT", "resign")],  # "quit the pact"; "Suharto quit"
    "step": [t("RETREAT", "resign", particle="down")],  # CAMEO: acceding to demands (PLOVER: resigning)
    "waive": [t("CONCEDE")],
    "set": [t("MOBILIZE", "weapons", objects={"test", "device"}, particle="off"),
            t("ASSAULT", "explosives", objects={"bomb", "explosive", "blast", "explosion", "charge"}, particle="off")],
    # "pulled out of the deal" rejects it; "pulled out of Somalia" withdraws (CAMEO: a visit, or no event)
    "pull": [t("REJECT", objects=DEALS, particle="out"), t("RETREAT", "withdraw", particle="out"),
             t("RETREAT", "withdraw", particle="back")],
    # "broke off diplomatic relations": CAMEO has "break" only in patterns of other senses
    "break": [t("SANCTION", "discontinue", objects={"relation", "tie", "contact"}, particle="off"),
              t("SANCTION", "discontinue", objects={"relation", "tie", "contact"})],
    "recall": [t("SANCTION", "withdraw", objects=ENVOYS)], "sever": [t("SANCTION", "discontinue")],
    # "suspended peace talks with Japan" rejects them (as cancelling them does); aid or ties cut sanction
    "suspend": [t("REJECT", objects={"talk", "negotiation", "dialogue", "meeting", "visit", "summit"}),
                t("RETREAT", "ceasefire", objects=HOSTILITIES),  # "suspended its bombing campaign"
                t("SANCTION", "discontinue", objects={"aid", "tie", "relation", "cooperation", "agreement",
                                                       "trade", "import", "export", "flight", "deal", "treaty"}),
                # "suspended the constitution", "suspended mobile internet services": repression at home
                t("COERCE", "restrict", objects={"constitution", "guarantee", "right", "liberty", "freedom",
                                                 "parliament", "congress", "newspaper", "broadcast", "internet",
                                                 "service", "activity", "party", "membership"})],
    "ban": [t("SANCTION", objects=TRADE), t("COERCE", "restrict")],
    # ACCUSE: CAMEO reads "denounced the sanctions" as support for the sanctioned and a summons as a
    # meeting; naming verbs accuse only with a pejorative predicate (event_senses._naming).
    # (Some verbs CAMEO has only as synonyms of a broader head: "criticize" under DENOUNCE.)
    "condemn": [t("ACCUSE", "disapprove")], "denounce": [t("ACCUSE", "disapprove")],
    "criticize": [t("ACCUSE", "disapprove")], "criticise": [t("ACCUSE", "disapprove")],
    "decry": [t("ACCUSE", "disapprove")], "rebuke": [t("ACCUSE", "disapprove")],
    "censure": [t("ACCUSE", "disapprove")], "reprimand": [t("ACCUSE", "disapprove")],
    "oppose": [t("ACCUSE", "disapprove")],
    # accepting terms agrees to them: "Iran accepted Security Council resolution 598", "accepted the offer"
    "accept": [t("AGREE", objects={"resolution", "proposal", "plan", "offer", "ceasefire", "truce", "term", "deal",
                                   "invitation", "settlement", "mediation", "agreement", "accord", "formula",
                                   "roadmap", "compromise"}),
               t("CONCEDE", objects={"demand", "condition", "ultimatum"})],  # yielding to what was demanded
    "hijack": [t("ASSAULT", "abduct")],  # CAMEO 181: abduct, hijack, take hostage
    "wreck": [t("ASSAULT", "destroy")],  # "an IRA bomb wrecked the Grand Hotel"
    # giving up violence or a claim concedes: "Arafat renounced terrorism"
    "renounce": [t("CONCEDE", objects={"terrorism", "violence", "force", "claim", "struggle", "right", "weapon",
                                       "arm", "independence", "secession"})],
    # a court's charge: "issued an arrest warrant for President Bashir on charges of war crimes"
    "issue": [t("ACCUSE", "allege", objects={"warrant", "indictment", "summons"})],
    "slam": [t("ACCUSE", "disapprove")], "summon": [t("ACCUSE", "disapprove", objects=ENVOYS)],
    "express": [t("ACCUSE", "disapprove", objects=CONCERN),
                t("SUPPORT", objects={"support", "solidarity", "commitment"})],
    "share": [t("ACCUSE", "disapprove", objects=CONCERN),
              t("COOPERATE", objects={"data", "datum", "intelligence", "information"})],
    "voice": [t("ACCUSE", "disapprove", objects=CONCERN)], "raise": [t("ACCUSE", "disapprove", objects=CONCERN)],
    "term": [t("ACCUSE", "disapprove")], "describe": [t("ACCUSE", "disapprove")],
    "label": [t("ACCUSE", "disapprove")], "allege": [t("ACCUSE", "allege")],
    # REJECT: CAMEO lacks these, or files a boycott under coercion and a cancellation under sanctions.
    "reject": [t("REJECT")], "rebuff": [t("REJECT")], "veto": [t("REJECT")],
    "deny": [t("REJECT")], "refuse": [t("REJECT")], "dismiss": [t("REJECT")], "ignore": [t("REJECT")],
    "snub": [t("REJECT")], "boycott": [t("REJECT")], "cancel": [t("REJECT")],  # "call off": event_senses._call
    "walk": [t("REJECT", "meet", particle="out"), t("PROTEST", "strike", particle="off")],  # "walked off the job"
    # AGREE (CAMEO's "agree" is diplomatic cooperation, PLOVER's SUPPORT), CONSULT, SUPPORT
    "agree": [t("AGREE")], "vow": [t("AGREE")], "invite": [t("AGREE")],
    "reach": [t("AGREE", objects={"agreement", "deal", "understanding", "accord", "consensus", "compromise",
                                 "truce", "settlement"})],
    "meet": [t("CONSULT")], "negotiate": [t("CONSULT")], "huddle": [t("CONSULT")],
    "talk": [t("CONSULT")],  # only with someone: event_senses._spoke_with
    "speak": [t("CONSULT", "phone")],  # only with someone: event_senses._spoke_with
    "arrive": [t("CONSULT", "visit")], "land": [t("CONSULT", "visit")],  # in a foreign place: event_senses._arrived
    "assure": [t("SUPPORT")], "ratify": [t("SUPPORT")], "reaffirm": [t("SUPPORT")], "back": [t("SUPPORT")],
    "praise": [t("SUPPORT")], "welcome": [t("SUPPORT")], "sign": [t("SUPPORT")],
    # REQUEST ("call" needs "for" or "on": see event_senses._call)
    "urge": [t("REQUEST")],
    "turn": [t("REJECT", particle="down")], "rule": [t("REJECT", particle="out")],  # "turned down", "ruled out"
    "receive": [t("CONSULT", "visit")],  # a guest, a person or a state's envoy (event_senses.SENSES)
    # THREATEN: to retaliate is a threat until done (events._build turns a carried-out one into ASSAULT).
    "retaliate": [t("THREATEN")],
    # COOPERATE, AID, RETREAT, CONCEDE
    "cooperate": [t("COOPERATE")], "collaborate": [t("COOPERATE")],
    "provide": [t("AID", objects=SUPPLIES | {"support"})], "airdrop": [t("AID")],
    "supply": [t("AID")], "transfer": [t("AID", objects=SUPPLIES)],
    "send": [t("MOBILIZE", "troops", objects=FORCES), t("AID", objects=SUPPLIES)],  # helicopters sent: forces
    "deliver": [t("AID", objects=SUPPLIES)], "ship": [t("AID", objects=SUPPLIES)],
    # troops or supplies moved somewhere: "rushed two brigades to the area", "moved 12,000 troops up to the border"
    "rush": [t("MOBILIZE", "troops", objects=FORCES), t("AID", objects=SUPPLIES)],
    "move": [t("MOBILIZE", "troops", objects=FORCES)], "dispatch": [t("MOBILIZE", "troops", objects=FORCES),
                                                                 t("AID", objects=SUPPLIES)],
    "hand": [t("RETREAT", "release", objects=CAPTIVES, particle="over"), t("AID", objects=SUPPLIES, particle="over"),
             t("COOPERATE", objects=SUSPECTS, particle="over"), t("REQUEST", objects={"demand", "ultimatum"})],
    "withdraw": [t("REJECT", objects=DEALS), t("RETREAT", "withdraw")], "resign": [t("RETREAT", "resign")],
    "strafe": [t("ASSAULT", "aerial")], "torch": [t("ASSAULT")],
    "open": [t("ASSAULT", "firearms", objects={"fire"})],  # "opened fire on a car" (else a light verb)
    "pardon": [t("CONCEDE")], "amnesty": [t("CONCEDE")],  # PLOVER: pardons concede (CAMEO: release)
    "free": [t("RETREAT", "release")], "swap": [t("RETREAT", "release")],
    "exchange": [t("ASSAULT", objects={"fire", "gunfire", "shot", "strike"}),
                 t("RETREAT", "release", objects=CAPTIVES)],
    "apologize": [t("CONCEDE")], "apologise": [t("CONCEDE")], "ease": [t("CONCEDE")],
    "lift": [t("CONCEDE", objects=RESTRICTIONS)], "relax": [t("CONCEDE", objects=RESTRICTIONS)],
    # "removed its punitive tariffs", "scrapped the curbs" ease; "tightened controls on exports to Seoul" imposes
    **dict.fromkeys(("remove", "scrap", "abolish", "end", "rescind", "repeal", "loosen"),
                    [t("CONCEDE", objects=RESTRICTIONS - {"order", "state", "measure"})]),
    **dict.fromkeys(("tighten", "toughen", "widen", "expand"),
                    [t("SANCTION", objects=RESTRICTIONS - {"order", "state", "measure", "emergency", "martial"})]),
    "return": [t("ASSAULT", "firearms", objects={"fire", "gunfire"})],  # "Thai forces returned fire"
    # "reopened its border to Qatar" eases a closure ("reopened its embassy" is CAMEO's: relations restored)
    "reopen": [t("CONCEDE", objects={"border", "airspace", "crossing", "port", "road", "airport", "route",
                                     "checkpoint", "frontier", "highway"})],
    "offer": [t("CONCEDE", objects={"apology"})],  # "offered a heartfelt apology"
    # CAMEO reads "demanded an explanation" as an inquiry; PLOVER: every demand is a request
    "demand": [t("REQUEST")],
    "deposit": [t("AID", objects=MONEY)], "donate": [t("AID")],
    # deliveries stopped: "halted a shipment of army trucks to Phnom Penh", "froze military sales"
    "halt": [t("SANCTION", "discontinue", objects={"shipment", "delivery", "aid", "sale", "export", "import",
                                                   "supply", "transfer", "assistance", "loan", "cooperation"}),
             t("RETREAT", "ceasefire", objects=HOSTILITIES)],
    # "stopped the shelling": a de-escalation (ending one is a light verb's: LIGHT_VERB_TYPES)
    **dict.fromkeys(("stop", "cease"), [t("RETREAT", "ceasefire", objects=HOSTILITIES)]),
    "cut": [t("SANCTION", "discontinue", particle=p, objects={
        "cooperation", "aid", "tie", "relation", "contact", "trade", "import", "export", "assistance", "shipment",
        "supply", "delivery", "sale", "loan", "credit", "funding", "oil"}) for p in ("back", "off", None)],
    # honours: "awarded him the country's highest honour"; recognition moved: "switched recognition to Beijing"
    **dict.fromkeys(("award", "confer", "bestow"), [t("SUPPORT", objects={"honour", "honor", "medal", "order",
                                                                          "decoration", "prize", "title"})]),
    "switch": [t("SUPPORT", objects={"recognition", "allegiance"})],
    "exclude": [t("REJECT")],  # "decided to exclude Myanmar's junta chief from its summit"
    "present": [t("REQUEST", objects={"demand", "ultimatum"}), t("AGREE", objects={"plan", "proposal"})],
    # PROTEST (a state's protest is ACCUSE: see event_crowds.is_crowd), COERCE, ASSAULT
    "rally": [t("PROTEST", "demo")], "march": [t("PROTEST", "demo")],  # "raid": event_senses._raided
    "mobilise": [t("MOBILIZE", "troops")],
    # Seizing a town is force; seizing a ship, rifles or assets is coercion.
    "seize": [t("ASSAULT", objects=TERRITORY), t("COERCE", "seize")],
    "capture": [t("ASSAULT", objects=TERRITORY), t("COERCE", "seize")],
    "board": [t("COERCE", "seize", objects=VESSELS)],
    "declare": [t("COERCE", "martial-law", objects={"martial"}), t("COERCE", "curfew", objects={"curfew"}),
                t("COERCE", "restrict", objects={"emergency"})],
    "storm": [t("PROTEST", "riot")],  # by troops it is an assault: see event_crowds.is_crowd
    "censor": [t("COERCE", "censor")], "hack": [t("ASSAULT", particle="at"), t("ASSAULT", objects={"death"}), t("COERCE", "cyber")],
    "overrun": [t("ASSAULT")],  # "overran the enclave of Srebrenica": taken by force
    "approve": [t("AID", objects=MONEY | {"aid", "assistance"}), t("SUPPORT")],  # "approved a peace force"
    # What CAMEO lacks (or files under no event) of repression and coups.
    # an arrest is an arrest, of protesters too (CAMEO reads "police detained demonstrators" as violent repression)
    "surrender": [t("RETREAT")],
    "shake": [t("CONSULT", objects={"hand"})],  # "Santos and Timochenko shook hands in Havana"
    "extend": [t("AID", objects={"credit", "loan", "grant", "aid", "assistance", "line"})],  # "extended a credit line"  # CAMEO: yielding (PLOVER: a military surrender is a retreat)
    "charge": [t("ACCUSE", "allege")],  # "charged that troops had massacred", "charged him with treason"
    "detain": [t("COERCE", "arrest")], "arrest": [t("COERCE", "arrest")],
    "restrict": [t("SANCTION", objects=TRADE), t("COERCE", "restrict")],
    "sink": [t("ASSAULT", objects=VESSELS | {"cruiser", "warship", "frigate", "destroyer", "submarine", "gunboat"})],
    "torpedo": [t("ASSAULT")], "slit": [t("ASSAULT", objects={"throat"})],
    "round": [t("COERCE", "arrest", particle="up")], "seal": [t("COERCE", "restrict", particle="off")],
    "topple": [t("COERCE", "seize")], "overthrow": [t("COERCE", "seize")], "oust": [t("COERCE", "seize")],
    "dissolve": [t("COERCE", "restrict", objects={"parliament", "congress", "assembly", "party", "legislature",
                                                  "senate", "government", "cabinet", "council", "front", "union",
                                                  "movement", "organisation", "organization", "court"})],
    "execute": [t("ASSAULT", "targeted")],  # people only: event_senses._person_object
    "picket": [t("PROTEST", "demo")], "airlift": [t("MOBILIZE", "troops", objects=FORCES)],
    "invade": [t("ASSAULT")], "destroy": [t("ASSAULT", "destroy")],  # CAMEO: occupation, coercion
    "attack": [t("ASSAULT")], "strike": [t("ASSAULT")], "shell": [t("ASSAULT")], "bomb": [t("ASSAULT")],
    "shoot": [t("ASSAULT")], "ram": [t("ASSAULT")], "hit": [t("ASSAULT")],  # a missile that hits: event_senses._hit
    "cross": [t("MOBILIZE", "troops", particle="into")],  # troops crossing into another's territory
    "blow": [t("ASSAULT", "explosives", particle="up")],
    "drop": [t("ASSAULT", "aerial", objects={"bomb", "munition"}), t("AID", objects=SUPPLIES)],
    "use": [t("ASSAULT", "crowd-control", objects={"cannon", "gas", "bullet", "baton"})],
}

# Common verbs that CAMEO files under an event (TAKE under seizing, GIVE under granting): an event
# only in a pattern of their own ("took hostages", "gave asylum"), never by their default code.
GENERIC_VERBS = {"take", "give", "make", "get", "put", "set", "bring", "go", "come", "have", "keep", "hold", "run",
                 "turn", "move", "do", "see", "leave", "carry", "draw", "pass", "lead", "show", "find", "follow",
                 "mean", "become", "remain", "stand", "play", "work", "help", "serve", "face", "meet", "reach",
                 "add", "issue", "clear", "count", "score", "total", "master", "best", "break", "cross"}

# Types whose broad CAMEO readings are events without anyone acted on ("the army mobilised", "thousands
# rallied", "the cabinet resigned"); for the others a verb's default reading needs a named target.
TARGETLESS_TYPES = {"MOBILIZE", "PROTEST", "RETREAT"}
# Nouns that a verb's clause can hang on without the verb's act being asserted: "the need to counter",
# "its interest in starting a dialogue", "efforts to expand"; "need" says it is only required.
HOPED_FOR = {"need", "interest", "effort", "attempt", "bid", "aim", "goal", "intention", "desire", "willingness",
             "readiness", "determination", "resolve", "commitment", "pledge", "promise", "vow", "way", "ability",
             "right", "chance", "opportunity", "option", "decision", "move", "step", "time"}

# Nouns that name an event. ``SELF_STANDING`` ones are events with an argument of their own
# ("Blinken's visit to Seoul", "the meeting between A and B", "his talks with Xi"); the others
# only as the object of a light verb ("expressed concern", "imposed sanctions").
NOUNS: dict[str, Trigger] = {
    "launch": t("MOBILIZE", "weapons"), "test": t("MOBILIZE", "weapons"),
    "alert": t("MOBILIZE", "troops"), "deployment": t("MOBILIZE", "troops"),
    "drill": t("MOBILIZE", "troops"), "exercise": t("MOBILIZE", "troops"),
    "visit": t("CONSULT", "visit"), "trip": t("CONSULT", "visit"), "meeting": t("CONSULT"), "summit": t("CONSULT"),
    "talk": t("CONSULT"), "call": t("CONSULT", "phone"), "consultation": t("CONSULT"), "negotiation": t("CONSULT"),
    "strike": t("ASSAULT"), "attack": t("ASSAULT"), "invasion": t("ASSAULT"), "offensive": t("ASSAULT"),
    "operation": t("ASSAULT"), "assault": t("ASSAULT"), "raid": t("ASSAULT"), "bombardment": t("ASSAULT"),
    "airstrike": t("ASSAULT", "aerial"), "shelling": t("ASSAULT", "heavy-weapons"),
    "sanction": t("SANCTION"), "embargo": t("SANCTION"), "ban": t("SANCTION"), "tariff": t("SANCTION"),
    "control": t("SANCTION"), "restriction": t("SANCTION"), "curb": t("SANCTION"),
    "ceasefire": t("RETREAT", "ceasefire"), "truce": t("RETREAT", "ceasefire"),
    "cessation": t("RETREAT", "ceasefire"),  # "declared a complete cessation of military operations"
    "incursion": t("ASSAULT"),
    "resignation": t("RETREAT", "resign"), "patrol": t("MOBILIZE", "troops"),
    "representation": t("ACCUSE", "disapprove"),  # "lodged solemn representations", China's formal protest
    "veto": t("REJECT"),  # "cast its veto against the draft"
    "protest": t("ACCUSE", "disapprove"), "complaint": t("ACCUSE", "disapprove"),
    "condemnation": t("ACCUSE", "disapprove"), "criticism": t("ACCUSE", "disapprove"),
    "concern": t("ACCUSE", "disapprove"), "crackdown": t("COERCE"),
    # Crowds, coups, curfews and the violence wire copy names by nouns ("three days of rioting", "the coup
    # that toppled Bazoum", "imposed a curfew", "the July 11 bombings").
    "riot": t("PROTEST", "riot"), "rioting": t("PROTEST", "riot"), "demonstration": t("PROTEST", "demo"),
    "rally": t("PROTEST", "demo"), "walkout": t("PROTEST", "strike"), "march": t("PROTEST", "demo"),
    "boycott": t("PROTEST", "boycott"), "looting": t("PROTEST", "riot"), "rampage": t("PROTEST", "riot"),
    "coup": t("COERCE", "seize"), "putsch": t("COERCE", "seize"), "curfew": t("COERCE", "curfew"),
    "arrest": t("COERCE", "arrest"), "deportation": t("COERCE", "deport"), "expulsion": t("SANCTION", "expel"),
    "blockade": t("COERCE"), "mobilisation": t("MOBILIZE", "troops"), "mobilization": t("MOBILIZE", "troops"),
    "manoeuvre": t("MOBILIZE", "troops"), "maneuver": t("MOBILIZE", "troops"),
    "bombing": t("ASSAULT", "explosives"), "ambush": t("ASSAULT"), "massacre": t("ASSAULT"),
    "killing": t("ASSAULT"), "assassination": t("ASSAULT", "targeted"), "kidnapping": t("ASSAULT", "abduct"),
    "abduction": t("ASSAULT", "abduct"), "shooting": t("ASSAULT", "firearms"), "clash": t("ASSAULT"),
    "withdrawal": t("RETREAT", "withdraw"), "pullout": t("RETREAT", "withdraw"),
    # Speech acts named by a noun with their speaker: "Moscow's demand that ...", "at the request of
    # President Nyusi", "appeals for clemency from world leaders", "Peking's offer of wide autonomy".
    "demand": t("REQUEST"), "request": t("REQUEST"), "appeal": t("REQUEST"), "plea": t("REQUEST"),
    "invitation": t("AGREE"), "offer": t("AGREE"),
}
SPEECH_NOUNS = {"demand", "request", "appeal", "plea", "invitation", "offer"}
SELF_STANDING = {"launch", "test", "visit", "trip", "meeting", "summit", "talk", "consultation",
                 "negotiation", "strike", "attack", "invasion", "offensive", "airstrike", "shelling", "bombardment",
                 "alert", "crackdown", "raid", "ceasefire", "truce", "incursion", "riot", "rioting", "demonstration",
                 "rally", "coup", "putsch", "deportation", "expulsion", "blockade", "mobilisation", "mobilization",
                 "bombing", "ambush", "massacre", "killing", "assassination", "kidnapping", "abduction", "shooting",
                 "clash", "withdrawal", "pullout", "arrest", "resignation", "curb", "embargo", "restriction",
                 "tariff", "sanction", "ban", "call"} | SPEECH_NOUNS
# A crowd's protest and a workers' strike, told apart from a state's protest note and an air strike by
# the words around them ("street protests", "a general strike", "went on hunger strike"): event_nouns.noun_row.
CROWD_PROTEST = {"street", "mass", "anti", "nationwide", "student", "popular", "violent", "deadly", "opposition",
                 "public", "peaceful", "weekly", "daily", "huge", "large", "massive", "farmer", "worker",
                 "antigovernment", "anti-government", "pro-democracy", "democracy"}
LABOUR_STRIKE = {"general", "national", "nationwide", "labour", "labor", "worker", "teacher", "doctor", "transport",
                 "rail", "indefinite", "day", "hour", "week", "dock", "miner", "union", "sympathy", "wildcat"}
# "two days of drills", "a barrage of strikes": the event is the noun after "of".
QUANTITIES = {"hour", "night", "year", "day", "week", "month", "series", "barrage", "round", "wave", "spate", "string", "number", "couple",
              "salvo", "volley", "flurry"}
# "talks" is an event as a plural ("a talk" is not), "a call" only as a phone call or a call for something
# with its caller; a speech act only with its speaker ("the demand" alone is what a reaction answers).
NOUN_SENSES = {"talk": "NNS", "call": "phone", **dict.fromkeys(SPEECH_NOUNS, "speech")}

# Light verbs: the event is the noun's ("conducted a test", "launched an attack", "attended the
# summit", "lodged a protest"); the verb gives its subject, time, negation and modality.
LIGHT_VERBS = {"conduct", "carry", "stage", "hold", "mount", "launch", "begin", "start", "resume", "continue",
               "attend", "join", "make", "pay", "lodge", "file", "issue", "impose", "slap", "express", "voice",
               "raise", "step", "intensify", "escalate", "open", "host", "wrap", "end", "conclude", "have",
               "undertake", "execute", "perform", "announce", "order", "draw", "travel", "head", "go", "fly",
               "arrive", "skip", "boycott", "cancel", "postpone", "oversee", "guide", "watch", "observe",
               "supervise", "inspect", "spark", "trigger", "prompt", "provoke", "trade", "clamp", "extend",
               "declare", "cast", "enforce", "keep", "place", "put", "organise", "organize", "lead", "introduce"}
# What a light verb makes of its noun when it is not the noun's own type.
LIGHT_VERB_TYPES = {
    ("stage", "protest"): t("PROTEST", "demo"), ("hold", "protest"): t("PROTEST", "demo"),
    ("draw", "condemnation"): t("ACCUSE", "disapprove"), ("draw", "criticism"): t("ACCUSE", "disapprove"),
    ("draw", "protest"): t("ACCUSE", "disapprove"),
    ("order", "ceasefire"): t("REQUEST"), ("order", "truce"): t("REQUEST"),  # an order to stop is a request
    # "ended the curfew", "ending a three-year boycott": a restriction ended eases it
    **{("end", noun): t("CONCEDE") for noun in ("curfew", "blockade", "embargo", "sanction", "ban", "curb",
                                                "restriction", "tariff", "boycott", "crackdown")},
    # "ended its ground offensive": a de-escalation
    **{("end", noun): t("RETREAT", "ceasefire") for noun in HOSTILITIES},
    # "sparking protests across the country": street protests, where they happened
    ("spark", "protest"): t("PROTEST", "demo"), ("trigger", "protest"): t("PROTEST", "demo"),
    ("prompt", "protest"): t("PROTEST", "demo"), ("provoke", "protest"): t("PROTEST", "demo"),
}
# A noun event under these verbs did not happen: it was refused, proposed or sought.
NOT_HAPPENED_VERBS = {"skip", "boycott", "cancel", "postpone", "reject", "refuse", "propose", "offer", "seek", "call",
                      "plan", "deny", "urge", "demand", "want", "avoid", "prevent", "stop", "block", "downplay",
                      "ban", "prohibit", "forbid"}  # "banned a rally"
# ... and a noun event inside these nouns' phrases is only talked of ("offers of talks").
IRREALIS_NOUNS = {"offer", "proposal", "possibility", "plan", "prospect", "call", "request", "demand", "invitation",
                  "hope", "need", "willingness", "readiness", "threat", "risk", "fear", "idea", "bid", "push",
                  "effort", "preparation", "resumption", "ban", "prohibition", "moratorium", "rule", "resolution"}

# Verbs whose object does what their complement says: "prompting Islamabad to recall its
# ambassador", "allowed Ukraine to strike", "urged Russia to withdraw".
OBJECT_CONTROL = {"prompt", "force", "lead", "cause", "push", "compel", "allow", "authorize", "authorise", "permit",
                  "let", "enable", "help", "persuade", "convince", "ask", "urge", "order", "tell", "invite",
                  "encourage", "pressure", "press", "require", "spur", "drive", "get"}
# Verbs whose complement says how real the event is: "refused to meet", "threatened to strike".
WRAPPERS = {"call": "requested", "urge": "requested", "ask": "requested", "plan": "intended", "intend": "intended",
            "seek": "intended", "want": "intended", "refuse": "refused", "decline": "refused", "deny": "denied",
            "threaten": "threatened", "fail": "failed", "try": "attempted", "attempt": "attempted",
            "hope": "intended", "aim": "intended", "vow": "promised", "pledge": "promised", "agree": "agreed",
            "promise": "promised", "prepare": "intended", "expect": "expected", "commit": "promised",
            "propose": "intended", "offer": "intended", "demand": "requested", "order": "requested",
            "authorize": "permitted", "authorise": "permitted", "allow": "permitted", "permit": "permitted",
            "let": "permitted", "enable": "permitted", "consider": "possible", "weigh": "possible",
            "contemplate": "possible", "mull": "possible", "rule": "possible",
            # "warned that Iran would strike any warship", "warned mayors to resign": the threat, not an act
            "warn": "threatened",
            # "stopped attacking", "halted its shelling": the act is what ended, not what was done
            "stop": "stopped", "halt": "stopped", "cease": "stopped", "quit": "stopped", "end": "stopped"}
# "on condition that Iraq stop attacking", "provided that": what would be, if something else is.
CONDITION_NOUNS = {"condition", "proviso", "provision", "precondition", "understanding"}
# "accused Ukraine of shelling", "warned Washington against supplying", "stop North Korea from
# launching": the event is the object's, and only alleged, warned against or prevented.
OBJECT_CONTENT = {("accuse", "of"): "alleged", ("blame", "for"): "alleged", ("suspect", "of"): "alleged",
                  ("charge", "with"): "alleged", ("confess", "to"): "alleged", ("warn", "against"): "warned",
                  ("caution", "against"): "warned",
                  ("prevent", "from"): "prevented", ("stop", "from"): "prevented", ("deter", "from"): "prevented",
                  ("bar", "from"): "prevented", ("ban", "from"): "prevented"}
# "denied targeting civilians", "claimed it had downed": the content is denied or only claimed.
CONTENT_MODALITY = {"consider": "possible", "weigh": "possible", "contemplate": "possible", "mull": "possible",
                    "rule": "possible", "deny": "denied", "allege": "alleged", "claim": "alleged", "refute": "denied",
                    "charge": "alleged",  # "Amnesty charged that troops had massacred 2,000 peasants"
                    "dismiss": "denied", "reject": "rejected", "veto": "rejected", "block": "rejected"}
# Verbs that report: the content of what they report has a time and a reality of its own.
SPEECH = {"say", "tell", "add", "state", "announce", "report", "confirm", "write", "note", "claim", "insist",
          "stress", "explain", "reply", "respond", "declare", "warn", "allege"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo"}
MODAL_POSSIBLE = {"may", "might", "could", "can", "ca"}
MODAL_OBLIGATION = {"must", "should", "ought"}
CONDITIONAL_MARKS = {"if", "unless", "should", "whether", "provided", "providing"}
# Prepositions whose noun event is a time reference, as real as it is: "during his first meeting
# with Trump" is not made possible by the clause around it.
TEMPORAL_PREPS = {"during", "after", "before", "following", "since", "amid", "ahead", "until", "at", "in"}

# Where a fired weapon is aimed: "fired rockets at northern Israel" is an attack, "into the sea" a test.
AIMED = {"at", "on", "against", "upon", "into"}  # "into" is aimed unless into water (WATERS)
LAUNCH_WORDS = {"fire", "launch", "shoot"}
AIM_NOUNS = {"vessel", "ship", "boat", "aircraft", "plane", "jet", "helicopter", "drone", "protester", "crowd",
             "troop", "soldier", "position", "target", "base", "city", "town", "village", "area", "border",
             "civilian", "people", "building", "hospital", "school", "infrastructure", "post", "outpost",
             "island", "terminal", "port", "camp", "installation", "facility", "platform", "oilfield", "column",
             "convoy", "tank", "patrol", "unit", "headquarters", "barracks", "checkpoint", "station", "embassy"}
WEAPONS_WORDS = {"missile", "missiles", "rocket", "rockets", "icbm", "icbms", "slbm", "irbm", "srbm", "projectile",
                 "projectiles", "weapon", "drone", "drones", "artillery", "shell", "shells", "satellite", "warhead",
                 "torpedo", "launcher", "launchers", "bomb", "bombs"}
# "the rocket" can be the ballistic missile named before it.
GENERIC_WEAPONS = {"rocket", "missile", "projectile", "weapon"}
# Drills called so are by more than one side.
JOINT = {"joint", "combined", "trilateral", "bilateral", "multilateral", "allied"}
# Light verbs that turn down a meeting: "boycotted the summit" is REJECT, not CONSULT.
REFUSING = {"skip", "boycott", "cancel", "postpone"}

# Subjects that are groups of people, not a state: their protest is a demonstration.
CROWDS = {"protester", "protesters", "demonstrator", "demonstrators", "student", "students", "farmer", "farmers",
          "worker", "workers", "resident", "residents", "people", "thousands", "hundreds", "dozens", "crowd",
          "crowds", "activist", "activists", "supporter", "supporters", "citizen", "citizens", "union", "unions",
          "doctor", "doctors", "teacher", "teachers", "villager", "villagers", "women", "youth", "opposition"}
