"""Word senses: whether a verb is an event in its clause ("fired missiles", not "fired his minister"),
and the verbs whose type turns on their arguments ("called for talks", "called off the talks")."""

from __future__ import annotations

from spacy.tokens import Token

from .event_actors import PRONOUNS, prep_actors, resolve_phrase, source_actors, top_level, without_clauses
from .event_context import EventContext, named
from .actors import STATE_ROLES
from .event_lexicon import load_lexicon
from .event_unattributed import EXPLODING, exploded
from .event_crowds import is_crowd
from .event_handovers import HANDING, handed_over
from .event_objects import counted
from .event_parse import has_weapon_subject, is_infinitive, phrase_range, subject_of
from .event_words import (
    AIM_NOUNS,
    AIMED,
    CONDITIONS,
    COMMERCIAL,
    ECONOMIC,
    ENVOYS,
    FORCES,
    MONEY,
    SUPPLIES,
    UNDOING,
    VERBS,
    CROWDS,
    AIRCRAFT,
    HOSTILE,
    JOINT,
    LAUNCH_WORDS,
    MARKETS,
    MEASURES,
    NOT_RELEASED,
    NON_AGENTS,
    NOT_EVENT,
    NOT_WEAPONS,
    OFFICIALS,
    PEJORATIVE,
    PREMISES,
    WATERS,
    WEAPONS_WORDS,
    Trigger,
    t,
)




# "warned that Finland would face consequences": what the warned one would undergo.
CONSEQUENCES = {"face", "pay", "suffer", "regret", "bear"}


def _person_object(tok: Token, context: EventContext) -> bool:
    """Whether the verb's object is a person: named ("Evo Morales"), titled ("Bolivia's president-elect") or an
    official ("his defence minister")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in OFFICIALS or any(
        context.kind_at(i) == "person" for i in top_level(obj)))


def _not_dismissal(tok: Token, context: EventContext) -> bool:
    """"fired his defence minister" dismisses someone; it launches nothing; "fired into the air" warns."""
    into_the_air = any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "air" for g in c.children)
                       for c in tok.children)
    return not _person_object(tok, context) and _weapon_sense(tok, context) and not into_the_air


def _acted_on(tok: Token) -> set[str]:
    """The lemmas of what a verb acts on: its objects, or a passive's subject ("these levels were tested");
    "money" for a sum ("offered $42 a share")."""
    lemmas = object_lemmas(tok) | {c.lemma_.lower() for c in tok.children if c.dep_ == "nsubjpass"}
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        lemmas.add(tok.head.lemma_.lower())  # "the Giotto probe, launched in July": the probe was launched
    if any(c.ent_type_ == "MONEY" for c in tok.children if c.dep_ in ("dobj", "npadvmod")):
        lemmas.add("money")
    return lemmas


def _not_acting_on(words: set[str]):
    """The sense check of a verb that is no event when it acts on one of ``words``."""
    return lambda tok, context: not _acted_on(tok) & words


# "launched two missiles"; not "launched a probe", "fired the first beam", "tested the market"
_weapon_sense = _not_acting_on(NOT_WEAPONS)
# "released 30 prisoners"; not "released first-quarter earnings" or "released a statement"
_released_people = _not_acting_on(NOT_RELEASED)
# "offered talks", "offered to mediate"; not "offered liquidity" or "offered new shares"
_political_offer = _not_acting_on(ECONOMIC)
# "rejected the ceasefire proposal"; not "rejected 31 bids as too low" at a currency auction
_political_refusal = _not_acting_on(COMMERCIAL)
# "introduced sanctions" is no meeting of anyone (CAMEO's "introduce" is a presentation of people); only
# "introduced him to the prime minister" is
_introduced_someone = lambda tok, context: _person_object(tok, context) or any(  # noqa: E731
    context.kind_at(c.i) in ("person", "country") for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
# "withdrew its troops", "withdrew from the treaty"; not "withdrew its bid" or "withdrew his film"
_withdrawn = _not_acting_on(ECONOMIC | NOT_RELEASED | {"candidacy", "nomination", "application", "lawsuit", "suit",
                                                      "complaint", "motion", "entry", "name"})


def _rescued(tok: Token) -> bool:
    """"Commandos stormed the residence, freeing 71 hostages": a rescue, what the attack did, not captors
    letting captives go."""
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and (
        _an_attack(tok.head) or tok.head.lemma_.lower() in ("storm", "raid", "assault", "overrun"))


def _let_go(tok: Token, context: EventContext) -> bool:
    """"released 30 prisoners", not a rescue or "released first-quarter earnings"."""
    return _released_people(tok, context) and not _rescued(tok)


def market_rally(tok: Token, sent) -> bool:
    """"slowed the rally in London", "a rally in oil prices": prices rising in a sentence of markets, no crowd."""
    if tok.lemma_.lower() != "rally":
        return False
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}  # "futures" is no "future"
    return bool(words & MARKETS) and not words & CROWDS


def _a_meeting(tok: Token, context: EventContext) -> bool:
    """"met Wang Yi", "the two met"; not "until its conditions are met" or "met the deadline"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return not (object_lemmas(tok) & CONDITIONS)


def _naming(tok: Token, context: EventContext) -> bool:
    """"termed it a violation" accuses; "called the launch a success" does not, nor an aside ("in what
    Kyiv called the largest attack of the war") that only names something."""
    if any(c.lower_ in ("what", "which") for c in tok.children) or (tok.dep_ in ("relcl", "ccomp") and any(
            c.lower_ == "what" for c in tok.head.children)):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    predicate = [t for c in tok.children if c.dep_ in ("oprd", "attr", "xcomp") for t in c.subtree]
    predicate += [t for c in objects[1:] for t in c.subtree]  # "branded the launch a provocation" (two objects)
    predicate += [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
    return any(t.lemma_.lower() in PEJORATIVE or t.lower_ in PEJORATIVE for t in predicate)


def _hit(tok: Token, context: EventContext) -> bool:
    """"A Russian missile slammed into a hospital", "the drones hit apartment blocks": a strike, not criticism."""
    if has_weapon_subject(tok) or any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
        return True
    return tok.lemma_.lower() == "hit" and any(c.dep_ == "dobj" for c in tok.children) \
        and bool(source_actors(tok, context))


def _spoke_with(tok: Token, context: EventContext) -> bool:
    """"spoke with Netanyahu", "talked by phone with Yoon": a call or talks, not "spoke to reporters"."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to")
               and any(context.actors_at(range(*phrase_range(g))) and context.kind_at(g.i) in ("person", "country")
                       for g in c.children if g.dep_ == "pobj") for c in tok.children)


def _arrived(tok: Token, context: EventContext) -> bool:
    """"Blinken arrived in Kyiv": a visit, when the place is another country's and the arrival a person's
    (soldiers arriving at a base deploy: not a visit)."""
    subj = subject_of(tok)
    if has_weapon_subject(tok) or (subj is not None and context.role_at(subj.i) in ("military", "police")):
        return False
    if subj is not None and (subj.lower_ == "it" or subj.lemma_.lower() in CRAFT | {"airliner", "flight"}):
        return False  # "forced it to land in Mashhad": a plane comes down, no one visits
    places = prep_actors(tok, {"in", "at"}, context)
    own = source_actors(tok, context)
    return bool(places) and bool(own) and not set(places) & set(own)


def _crossed_into(tok: Token, context: EventContext) -> bool:
    """"Ukrainian troops crossed into Russia's Kursk region": a move of forces; not when the same subject's
    next verb is the attack the crossing was for ("crossed into Pakistan and bombed a camp")."""
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in c.children)
           and _an_attack(c) for c in tok.children):
        return False
    return bool(prep_actors(tok, {"into"}, context))


def _seized_power(tok: Token, context: EventContext) -> Trigger | None:
    """"seized power", "took power": a coup, coercion of the state's government."""
    return t("COERCE", "seize") if "power" in object_lemmas(tok) else None


# Verbs of forces on the move: "soldiers arrived at the base", "marines came ashore", "a carrier group steamed
# toward the Gulf of Sidra", "the last Cuban soldiers flew out of Luanda".
CRAFT = {"plane", "aircraft", "ship", "helicopter", "jet", "vessel"}  # military only when called so
# Words for a body of men that "of" names: "hundreds of paratroopers", "the first columns of Soviet troops".
BODIES_OF = {"hundred", "thousand", "dozen", "column", "convoy", "contingent", "batch", "group", "unit", "first",
             "last", "rest", "bulk"}
MASSING = {"mass", "amass", "gather", "assemble", "concentrate"}
MOVING = {"arrive", "land", "fly", "come", "move", "steam", "sail", "head", "enter", "roll", "pour", "march", "leave",
          *MASSING}


def forces_moved(tok: Token, context: EventContext) -> Trigger | None:
    """Troops, ships or aircraft moving: into a place a mobilisation, out of one a withdrawal (their
    subject's, not a visit or a trip)."""
    lemma = tok.lemma_.lower()
    if lemma not in MOVING:
        return None  # checked first: this runs on every verb
    subj = subject_of(tok) or (subject_of(tok.head) if tok.dep_ == "xcomp" else None)  # "began arriving"
    if subj is not None and (subj.pos_ == "NUM" or subj.lemma_.lower() in BODIES_OF):
        # "hundreds of French paratroopers", "the first columns of Soviet troops"
        subj = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), subj)
    if subj is None or (lemma != "leave" and any(c.dep_ == "dobj" for c in tok.children)):
        return None
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "advmod", "prt", "npadvmod")}
    leaving = lemma == "leave" and any(c.dep_ == "dobj" for c in tok.children) or preps & {"out", "from", "home"}
    armed = context.role_at(subj.i) == "military" or (leaving and context.role_at(subj.i) == "rebel")
    if not (armed or subj.lemma_.lower() in FORCES - CRAFT
            or subj.lemma_.lower() in CRAFT and any(c.lower_ in ("military", "naval", "navy", "air") for c in subj.lefts)):
        return None  # "a military plane landed"; not any plane (guerrillas only as they leave: "sailed out of Beirut")
    carrying = [g for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() == "carry" for g in c.children
                if g.dep_ == "dobj"]
    if carrying and object_lemmas(carrying[0].head) & SUPPLIES:
        return t("AID")  # "a Qatari military plane carrying 15 tonnes of food landed at Kabul airport"
    if leaving:
        return t("RETREAT", "withdraw")  # "flew out of Luanda", "left Angola", "flew home"
    if lemma in MASSING and preps & {"on", "along", "near", "around", "at", "in", "outside"}:
        return t("MOBILIZE", "troops")  # "Senegalese troops massed on the border"
    if preps & {"into", "to", "toward", "towards", "at", "in", "ashore"}:
        return t("MOBILIZE", "troops")
    return None


def undone_measure(tok: Token) -> Trigger | None:
    """A law or measure taken back: a concession ("withdrew the finance bill", "revoked the social security
    reform"), whatever the verb means of troops or aid."""
    if tok.lemma_.lower() in UNDOING and object_lemmas(tok) & MEASURES:
        return t("CONCEDE")
    return None


def _an_attack(verb: Token) -> bool:
    """A verb whose first reading is an attack: ours ("bombed", "blew up"), else CAMEO's."""
    rows = VERBS.get(verb.lemma_.lower())
    return rows[0].type == "ASSAULT" if rows else getattr(load_lexicon().read(verb), "type", None) == "ASSAULT"


def _flown(tok: Token, context: EventContext) -> bool:
    """A missile that flies, or troops or supplies flown somewhere; not "flew to Paris" (a trip: see the
    light verbs) or "the flag flew"."""
    return has_weapon_subject(tok) or bool(object_lemmas(tok) & (FORCES | SUPPLIES))


def _not_casualties(tok: Token, context: EventContext) -> bool:
    """"..., killing two people": the casualties of the clause it follows, no event of its own."""
    return not (tok.dep_ == "advcl" and tok.tag_ == "VBG")


def _not_showing(tok: Token, context: EventContext) -> bool:
    """"demonstrates the commitment" shows; it does not protest."""
    return not any(c.dep_ == "dobj" for c in tok.children)


def _someone_asks(tok: Token, context: EventContext) -> bool:
    """"when asked about the launch": nobody named asks; "marched ..., demanding that Lukashenko step down":
    the marchers do."""
    return any(c.dep_ == "nsubj" for c in tok.children) or tok.dep_ in ("conj", "xcomp") \
        or (tok.dep_ == "advcl" and (is_infinitive(tok) or tok.tag_ == "VBG"))


# Words that are events only in one sense: the check says whether this is it.
SENSES = {"receive": lambda tok, context: _person_object(tok, context) or any(
              context.kind_at(c.i) == "country" and c.ent_type_ != "NORP" for c in tok.children if c.dep_ == "dobj"),
          "execute": lambda tok, context: _person_object(tok, context) or any(
              context.kind_at(c.i) == "agent" for c in tok.children if c.dep_ in ("dobj", "nsubjpass")),
          "fire": _not_dismissal, "launch": _weapon_sense, "test": _weapon_sense,
          "release": _let_go, "free": _let_go, "offer": _political_offer, "reject": _political_refusal,
          "introduce": _introduced_someone, "withdraw": _withdrawn, "meet": _a_meeting, "term": _naming, "describe": _naming, "brand": _naming,
          "label": _naming, "hit": _hit, "speak": _spoke_with, "talk": _spoke_with, "arrive": _arrived,
          "land": _arrived, "cross": _crossed_into,
          "kill": _not_casualties, "demonstrate": _not_showing, "ask": _someone_asks, "urge": _someone_asks,
          "request": _someone_asks, "demand": _someone_asks, "order": _someone_asks,
          "travel": lambda tok, context: has_weapon_subject(tok), "fly": _flown,
          "warn": lambda tok, context: _warning(tok, context),  # defined below, with the crowd tests
          "resign": lambda tok, context: _holds_office(tok, context), "quit": lambda tok, context: _holds_office(tok, context),
          # a vote is the act it decides ("voted to impose sanctions"), unless it is for or against something
          "vote": lambda tok, context: any(c.dep_ == "prep" and c.lower_ in ("for", "against") for c in tok.children),
          "die": lambda tok, context: False,  # dying is no one's act ("Arafat died in a hospital near Paris")
          # "bombed the bridge", "was bombed"; not "the musical bombed at the box office"
          "bomb": lambda tok, context: not _flopped(tok),
          "seize": lambda tok, context: not object_lemmas(tok) & CHANCES,
          # "excluded Myanmar's junta chief from its summit"; not "excluded the injured striker from the squad"
          "exclude": lambda tok, context: _person_object(tok, context) or any(
              context.kind_at(c.i) in ("country", "organization") for c in tok.children if c.dep_ == "dobj"),
          "grab": lambda tok, context: not object_lemmas(tok) & CHANCES,
          # "a bomb wrecked the Grand Hotel"; not "would wreck talks on independence for Namibia"
          "wreck": _not_acting_on({"talk", "negotiation", "process", "deal", "agreement", "chance", "economy", "plan",
                                   "hope", "relation", "effort", "peace", "career", "reputation", "summit"}),
          # "ended the siege"; not "signed a peace treaty, formally ending 12 years of civil war" (what it did)
          "end": lambda tok, context: not (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp")),
          # "defended Kuwait", "defended the capital against the rebels"; not "defended his title"
          "defend": lambda tok, context: _acts_on_actor(tok, context, ("country", "organization", "agent")),
          # "blamed the bombing on Hamas", "blamed Serb gunners"; not "blaming slumping sales"
          "blame": lambda tok, context: _acts_on_actor(tok, context, ("country", "organization", "agent", "person"),
                                                       preps=("on",)) or not _acted_on(tok) & BUSINESS_CAUSES,
          # "the two parliaments debated the treaty"; not "historians still debate whether ..."
          "debate": lambda tok, context: bool(named(source_actors(tok, context)))}


def _acts_on_actor(tok: Token, context: EventContext, kinds: tuple[str, ...], preps: tuple[str, ...] = ()) -> bool:
    """Whether the verb's object (or a passive's subject, or the object of one of ``preps``) names an
    actor of one of ``kinds``."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
              if g.dep_ == "pobj"]
    return any(context.kind_at(i) in kinds for h in heads for i in top_level(h))


def _flopped(tok: Token) -> bool:
    """"The musical bombed at the box office": a show that failed, told with no object."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp") for c in tok.children):
        return False
    subj = subject_of(tok) or (tok.head if tok.dep_ in ("acl", "relcl") else None)
    return subj is not None and (subj.lemma_.lower() in NON_AGENTS or any(
        c.lower_ in ("box", "critic", "critics", "audience", "audiences", "ratings") for c in tok.subtree))


# What a firm blames for its results: "blaming slumping sales", "blamed the weak yen".
BUSINESS_CAUSES = MARKETS | ECONOMIC | {"sale", "demand", "cost", "weather", "rain", "drought", "inflation", "slump",
                                       "recession", "slowdown", "competition", "import", "export", "order", "margin"}

# What is seized in a figure of speech: "seize the opportunity of higher prices".
CHANCES = {"opportunity", "chance", "initiative", "moment", "momentum", "advantage", "headline", "imagination",
           "limelight", "spotlight", "day"}


def _holds_office(tok: Token, context: EventContext) -> bool:
    """Resigning is politics for an official or a body of some country ("Interior Minister Matiangi
    resigned", "resigned as prime minister"); not for a club's coach or a bank's chief executive."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return True
    sources = source_actors(tok, context)
    return bool(named(sources)) or any(context.role_of(c) in STATE_ROLES for c in sources)


def _welcomed_to(tok: Token, context: EventContext) -> Trigger | None:
    """"was welcomed to the White House by Biden" is hosting; "welcomed the decision" support."""
    return t("CONSULT", "visit") if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) else None


def _took_to_the_streets(tok: Token, context: EventContext) -> Trigger | None:
    """"Hundreds of thousands of Israelis took to the streets": a demonstration."""
    streets = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "street" for g in c.children)
                  for c in tok.children)
    return t("PROTEST", "demo") if streets else None


def _no_longer_abides(tok: Token, context: EventContext) -> Trigger | None:
    """"would no longer abide by the 2018 agreement": a rejection of it."""
    negated = any(c.dep_ == "neg" for c in tok.children) or any(
        c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children) for c in tok.children)
    return t("REJECT") if negated else None


def _raided(tok: Token, context: EventContext) -> Trigger | None:
    """Police raiding offices coerce; planes or troops raiding a town or an oil field attack."""
    subj = subject_of(tok)
    if (subj is not None and context.role_at(subj.i) == "police") or object_lemmas(tok) & PREMISES:
        return t("COERCE", "seize")
    aircraft = subj is not None and subj.lemma_.lower() in AIRCRAFT
    return t("ASSAULT", "aerial" if aircraft else None)


def _suspended(tok: Token, context: EventContext) -> Trigger | None:
    """"suspended Guinea from all its activities": a body suspends a member (its other objects: the rows)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and context.kind_at(obj.i) in ("country", "organization"):
        return t("SANCTION", "discontinue")
    return None


def _ordered_out(tok: Token, context: EventContext) -> Trigger | None:
    """"ordered three Iranian diplomats to leave the country": an expulsion; "ordered ten tank battalions
    to the Colombian border": a deployment."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    leave = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "leave"
                  or c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"), None)  # "ordered its diplomats out"
    if obj is not None and leave is not None and _foreigners(obj, context):
        return t("SANCTION", "expel")
    sent_to = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") for c in tok.children)
    if obj is not None and sent_to and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and (
            context.role_at(obj.i) == "military" or obj.lemma_.lower() in FORCES):
        return t("MOBILIZE", "troops")
    if obj is not None and leave is not None and obj.lemma_.lower() in OUTSIDERS:
        return t("COERCE", "deport")  # "ordered 10 foreign aid agencies out of the country"
    return None


def _foreigners(obj: Token, context: EventContext) -> bool:
    """Envoys, reporters or nationals of another state: "three Iranian diplomats", "25 Britons"."""
    return obj.lemma_.lower() in ENVOYS or obj.lemma_.lower() in (
        "member", "national", "citizen", "journalist", "correspondent", "staff") or (
        context.kind_at(obj.i) == "country" and obj.tag_ in ("NNS", "NNPS"))


OUTSIDERS = {"agency", "group", "organisation", "organization", "worker", "observer", "monitor", "inspector",
             "expert", "missionary", "charity", "ngo", "volunteer", "peacekeeper"}


def _stormed(tok: Token, context: EventContext) -> Trigger | None:
    """Troops storming a building attack it; protesters storming parliament riot (the row); an album
    that "stormed to the top of the charts" or a minister who "stormed out" does neither."""
    if not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("into", "through") for c in tok.children):
        return NOT_EVENT
    subj = subject_of(tok)
    armed = subj is not None and (context.role_at(subj.i) in ("rebel", "criminal", "military", "police") or any(
        c.lower_ in ("armed", "masked") for c in subj.children))  # "armed gangs stormed two prisons"
    return None if is_crowd(tok, context) and not armed else t("ASSAULT")


def _boycotted(tok: Token, context: EventContext) -> Trigger | None:
    """Parties, voters or residents boycotting a vote or shops protest; a state boycotting a summit or the
    Olympics rejects it (the row)."""
    return t("PROTEST", "boycott") if is_crowd(tok, context) else None


def _slammed_into(tok: Token, context: EventContext) -> Trigger | None:
    """"a Russian missile slammed into a hospital" strikes; "Beijing slammed the visit" criticises."""
    return t("ASSAULT") if _hit(tok, context) else None


def is_hostile(tok: Token) -> bool:
    """A vow of revenge, of measures, of someone paying: a threat, not a promise to a partner."""
    content = [t for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp") for t in c.subtree]
    return any(t.lemma_.lower() in HOSTILE for t in content)


def _call(tok: Token, context: EventContext) -> Trigger | None:
    """"call for talks", "call on Japan to stop" ask; "call the outreach a trick" accuses; "call off" rejects."""
    if any(c.dep_ in ("prt", "prep") and c.lower_ == "off" for c in tok.children):
        return t("REJECT", "meet")  # "called off the talks"
    if any(c.dep_ in ("oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ == "NOUN") for c in tok.children):
        # "calling the outreach for talks a time-delay trick"; not "called the launch a success"
        return t("ACCUSE", "disapprove") if _naming(tok, context) else NOT_EVENT
    for c in tok.children:  # "called for talks", "called on Japan to stop" (not "called on Monday")
        if c.dep_ == "prep" and (c.lower_ == "for" or (c.lower_ in ("on", "upon") and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children))):
            return t("REQUEST")
        if any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            return t("REQUEST")  # "called for North Korea to be condemned"
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and context.kind_at(obj.i) in ("person", "country") and not _naming(tok, context):
        return t("CONSULT", "phone")  # "Biden called Xi on Tuesday"
    return NOT_EVENT  # "what it called operations", "called an election"


# Feelings a state or body states of what was done: "said it was deeply disappointed by the deal".
DISMAY = {"disappointed", "dismayed", "alarmed", "concerned", "outraged", "appalled", "shocked", "troubled",
          "worried", "angered", "incensed", "indignant", "furious", "saddened"}


def _dismayed(tok: Token, context: EventContext) -> Trigger | None:
    """"Australia said it was deeply disappointed by the deal": disapproval, an accusation."""
    feeling = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in DISMAY), None)
    if feeling is None or not named(source_actors(tok, context)):
        return None  # "is", "was": no event of their own
    return t("ACCUSE", "disapprove")


OFFICES = {"presidency", "power", "post", "office", "leadership", "throne", "premiership", "command", "chairmanship",
           "crown", "seat"}
TIME_GIVEN = {"day", "hour", "week", "month", "deadline", "ultimatum"}


def _ultimatum(tok: Token, context: EventContext) -> Trigger | None:
    """"NATO gave the Bosnian Serbs ten days to pull back", "gave Doha ten days to comply or face measures":
    time given someone to do something is an ultimatum."""
    given = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_GIVEN]
    told = next((c for c in tok.children if c.dep_ == "dative"), None) or next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() not in TIME_GIVEN), None)
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and object_lemmas(tok) & OFFICES:
        return t("RETREAT", "resign")  # "Marcos gave up the presidency"
    if given and told is not None:
        # "gave the French ambassador 72 hours to leave the country": an expulsion
        # (not "180 days to sign new contracts or leave": a choice given is an ultimatum)
        leave = any(x.lemma_.lower() == "leave" and x.dep_ in ("xcomp", "acl", "advcl", "relcl")
                    and not any(c.dep_ == "conj" for c in x.children) for g in (tok, *given) for x in g.children)
        evicted = _foreigners(told, context) or context.kind_at(told.i) in ("country", "organization")
        return t("SANCTION", "expel") if leave and evicted else t("THREATEN")
    return None


RETYPED_BY_NEGATION = {"abide", "comply", "adhere", "honor", "honour"}  # "would no longer abide by": REJECT
# Words whose type turns on their arguments; None leaves them to their rows in VERBS and to CAMEO,
# NOT_EVENT says the word is no event here.
RETYPED = {"seize": _seized_power, "capture": _seized_power, "suspend": _suspended, "order": _ordered_out,
           "call": _call, "welcome": _welcomed_to, "slam": _slammed_into, "take": _took_to_the_streets,
           **dict.fromkeys(EXPLODING, exploded), **dict.fromkeys(HANDING, handed_over), "storm": _stormed, "be": _dismayed, "give": _ultimatum, "raid": _raided, "boycott": _boycotted,
           **dict.fromkeys(RETYPED_BY_NEGATION, _no_longer_abides)}


def object_lemmas(tok: Token) -> set[str]:
    """The lemmas of what the verb acts on: its objects (with their modifiers: "martial law") and
    the objects of "on/over/of/from" ("sanctions on", "withdrew from the deal", "pulled out of the deal")."""
    lemmas = set()
    if tok.dep_ == "relcl" and all(c.lower_ in ("that", "which") for c in tok.children if c.dep_ == "dobj"):
        lemmas.add(tok.head.lemma_.lower())  # "the prisoners (that) it freed"
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd"):
            lemmas.add(c.lemma_.lower())
            lemmas.update(x.lemma_.lower() for x in c.conjuncts)
            lemmas.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod"))
            # "hundreds of prisoners", "a pair of missiles", "rescue teams and 80 tonnes of food"
            lemmas.update(g.lemma_.lower() for x in (c, *c.conjuncts) for p in x.children
                          if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")
            if c.lemma_.lower() in MONEY or c.like_num or c.tag_ == "$":  # "$24 million in military aid"
                lemmas.update(g.lemma_.lower() for x in (*c.subtree, *tok.children) if x.dep_ == "prep"
                              and x.lower_ == "in" for g in x.children if g.dep_ == "pobj")
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "over", "of", "from", "out"):
            preps = [c] + [g for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "from")]
            lemmas.update(g.lemma_.lower() for p in preps for g in p.children if g.dep_ == "pobj")
    return lemmas


def particular_weapon(tok: Token) -> bool:
    """"the launch of a new ICBM": the launch of a weapon named after it."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and any(t.lower_ in WEAPONS_WORDS for t in g.subtree):
                    return True
    return False


def aimed(tok: Token, context: EventContext) -> bool:
    """A weapon fired *at* someone: "at northern Israel", "at a Philippine supply vessel"."""
    if tok.lemma_.lower() not in LAUNCH_WORDS:
        return False
    # "fired 120 missiles and dozens of drones at Ukrainian cities": the "at" may hang on an object
    holders = [tok] + [c.doc[i] for c in tok.children if c.dep_ == "dobj" for i in sorted(without_clauses(c))
                       if c.doc[i].pos_ in ("NOUN", "PROPN")]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in AIMED:
                continue
            for g in c.children:  # a place, an actor or something hit; not "on Sunday morning", "into the sea"
                if g.dep_ != "pobj" or (c.lower_ == "into" and g.lemma_.lower() in WATERS):
                    continue
                g = counted(g, context)  # "fired on tens of thousands of demonstrators"
                top = [g.doc[i] for i in sorted(top_level(g))]  # "at Ukrainian cities", not a clause further in
                if context.actors_at(t.i for t in top) or g.lemma_.lower() in AIM_NOUNS \
                        or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in top):
                    return True
    return False


def drill_type(verb: Token, noun: Token, context: EventContext) -> Trigger:
    """Drills held by two sides, or "with" another, or called joint, are cooperation; one side's are mobilisation."""
    joint = any(t.lower_ in JOINT for t in noun.subtree) or any(t.lower_ in JOINT for t in verb.children)
    partners = len(source_actors(verb, context)) > 1 or any(c.dep_ == "prep" and c.lower_ == "with"
                                                        for c in (*verb.children, *noun.children))
    return t("COOPERATE") if joint or partners else t("MOBILIZE", "troops")


def _warning(tok: Token, context: EventContext) -> bool:
    """"warned America of reactions", "warned it would retaliate" threaten; "warned that the North
    could test a bomb" is an assessment of someone else's doing."""
    content = None
    for c in tok.children:
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("of", "against")):
            return True
        if c.dep_ in ("ccomp", "xcomp"):
            content = c
    if content is None:
        return True
    if any(t.lemma_.lower() in HOSTILE for t in content.subtree):
        return True  # "warned that any attempt would be considered an act of war"
    subj = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in PRONOUNS:
        return True
    mine, theirs = set(source_actors(tok, context)), set(resolve_phrase(subj, context))
    # "warned it would retaliate"; "warned that Finland would face consequences" (not "the plant could suffer")
    return bool(mine & theirs) or (bool(theirs) and content.lemma_.lower() in CONSEQUENCES)

