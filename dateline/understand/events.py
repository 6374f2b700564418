"""Events: who did what to whom, when and where, typed with PLOVER's 16 types.

An event is found from the dependency parse: a trigger (a verb, or a noun such as "launch" or
"visit") whose lemma and arguments match a row of ``TRIGGERS``; its source is the subject (or
the passive agent, or the document's launcher for a weapon that "was fired"), its targets the
actors in its object and in "to/with/on/against" phrases. The date is the clause's own time
expression, else the nearest one in the sentence, else the article's anchor. Negation,
modality and the quote an event is reported in are recorded; attributes (weapon, count,
range, apogee, casualties) come from the clause.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import ACTORS, TIMEX, register_extensions


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()  # when set, the verb needs one of these object lemmas
    particle: str | None = None  # "call for", "blow up"


def _t(type_, mode=None, objects=(), particle=None):
    return Trigger(type_, mode, frozenset(objects), particle)


CONCERN = {"concern", "displeasure", "apprehension", "regret", "alarm", "dismay", "outrage", "disappointment",
           "opposition", "anger", "protest", "condemnation", "worry", "criticism"}
WEAPONS_WORDS = {"missile", "missiles", "rocket", "rockets", "icbm", "icbms", "slbm", "irbm", "srbm", "projectile",
                 "projectiles", "weapon", "drone", "drones", "artillery", "shell", "shells", "satellite", "warhead",
                 "torpedo", "launcher", "launchers", "bomb", "bombs"}

# Verb lemma -> the trigger rows that may apply, first match wins. Rows with ``objects`` only
# fire when the verb's direct object (or its "on/over" object) has one of those lemmas.
TRIGGERS: dict[str, list[Trigger]] = {
    # MOBILIZE: weapons tests and launches, alerts, deployments, single-country drills.
    "launch": [_t("MOBILIZE", "weapons")], "fire": [_t("MOBILIZE", "weapons")], "test": [_t("MOBILIZE", "weapons")],
    "test-fire": [_t("MOBILIZE", "weapons")], "parade": [_t("MOBILIZE", "weapons")],
    "deploy": [_t("MOBILIZE", "troops")], "mobilize": [_t("MOBILIZE", "troops")], "mobilise": [_t("MOBILIZE", "troops")],
    "travel": [_t("MOBILIZE", "weapons")], "fly": [_t("MOBILIZE", "weapons")],
    # SANCTION
    "sanction": [_t("SANCTION")], "impose": [_t("SANCTION", objects={"sanction", "sanctions", "ban", "embargo", "tariff", "penalty"})],
    "blacklist": [_t("SANCTION")], "expel": [_t("SANCTION", "expel")],
    # ACCUSE: condemnation, criticism, concern, allegation.
    "condemn": [_t("ACCUSE", "disapprove")], "criticize": [_t("ACCUSE", "disapprove")], "criticise": [_t("ACCUSE", "disapprove")],
    "denounce": [_t("ACCUSE", "disapprove")], "accuse": [_t("ACCUSE", "allege")], "blame": [_t("ACCUSE", "allege")],
    "slam": [_t("ACCUSE", "disapprove")], "decry": [_t("ACCUSE", "disapprove")], "deplore": [_t("ACCUSE", "disapprove")],
    "rebuke": [_t("ACCUSE", "disapprove")], "censure": [_t("ACCUSE", "disapprove")],
    "express": [_t("ACCUSE", "disapprove", objects=CONCERN), _t("SUPPORT", objects={"support", "solidarity", "commitment"})],
    "share": [_t("ACCUSE", "disapprove", objects=CONCERN), _t("COOPERATE", objects={"data", "intelligence", "information"})],
    "voice": [_t("ACCUSE", "disapprove", objects=CONCERN)], "raise": [_t("ACCUSE", "disapprove", objects=CONCERN)],
    "term": [_t("ACCUSE", "disapprove")], "investigate": [_t("ACCUSE", "investigate")], "allege": [_t("ACCUSE", "allege")],
    # THREATEN
    "threaten": [_t("THREATEN")], "warn": [_t("THREATEN")],
    # REJECT
    "reject": [_t("REJECT")], "deny": [_t("REJECT")], "refuse": [_t("REJECT")], "dismiss": [_t("REJECT")],
    "rebuff": [_t("REJECT")], "veto": [_t("REJECT")], "ignore": [_t("REJECT")], "snub": [_t("REJECT")],
    # AGREE: promises, pledges, agreements to act or meet.
    "agree": [_t("AGREE")], "pledge": [_t("AGREE")], "promise": [_t("AGREE")], "vow": [_t("AGREE")],
    "offer": [_t("AGREE")], "invite": [_t("AGREE")],
    # CONSULT: meetings, visits, calls, talks held.
    "meet": [_t("CONSULT")], "visit": [_t("CONSULT", "visit")], "host": [_t("CONSULT")], "huddle": [_t("CONSULT")],
    "discuss": [_t("CONSULT")], "confer": [_t("CONSULT")], "consult": [_t("CONSULT")], "negotiate": [_t("CONSULT")],
    "hold": [_t("CONSULT", objects={"talk", "talks", "meeting", "summit", "call", "discussion", "consultation"}),
             _t("COOPERATE", objects={"drill", "drills", "exercise", "exercises"}, particle=None)],
    # SUPPORT
    "reaffirm": [_t("SUPPORT")], "support": [_t("SUPPORT")], "back": [_t("SUPPORT")], "endorse": [_t("SUPPORT")],
    "praise": [_t("SUPPORT")], "welcome": [_t("SUPPORT")], "assure": [_t("SUPPORT")], "sign": [_t("SUPPORT")],
    "ratify": [_t("SUPPORT")],
    # REQUEST
    "ask": [_t("REQUEST")], "urge": [_t("REQUEST")], "demand": [_t("REQUEST")], "request": [_t("REQUEST")],
    "appeal": [_t("REQUEST")], "call": [_t("REQUEST", particle="for")],
    # COOPERATE, AID, RETREAT, CONCEDE
    "cooperate": [_t("COOPERATE")], "collaborate": [_t("COOPERATE")],
    "supply": [_t("AID")], "provide": [_t("AID", objects={"aid", "arms", "weapons", "assistance", "ammunition", "support"})],
    "withdraw": [_t("RETREAT", "withdraw")], "release": [_t("RETREAT", "release")], "resign": [_t("RETREAT", "resign")],
    "apologize": [_t("CONCEDE")], "apologise": [_t("CONCEDE")], "ease": [_t("CONCEDE")], "pardon": [_t("CONCEDE")],
    # PROTEST, COERCE, ASSAULT
    "protest": [_t("PROTEST", "demo")], "rally": [_t("PROTEST", "demo")], "demonstrate": [_t("PROTEST", "demo")],
    "arrest": [_t("COERCE", "arrest")], "detain": [_t("COERCE", "arrest")], "raid": [_t("COERCE", "seize")],
    "deport": [_t("COERCE", "deport")], "censor": [_t("COERCE", "censor")], "hack": [_t("COERCE", "cyber")],
    "attack": [_t("ASSAULT")], "strike": [_t("ASSAULT")], "shell": [_t("ASSAULT")], "bomb": [_t("ASSAULT")],
    "kill": [_t("ASSAULT")], "invade": [_t("ASSAULT")], "destroy": [_t("ASSAULT")], "blow": [_t("ASSAULT", particle="up")],
}
# Nouns that name an event: "the launch of ...", "Blinken's visit to ...", "during his meeting with ...".
NOUN_TRIGGERS: dict[str, Trigger] = {
    "launch": _t("MOBILIZE", "weapons"), "test": _t("MOBILIZE", "weapons"), "visit": _t("CONSULT", "visit"),
    "meeting": _t("CONSULT"), "summit": _t("CONSULT"), "talks": _t("CONSULT"), "alert": _t("MOBILIZE", "troops"),
    "strike": _t("ASSAULT"), "attack": _t("ASSAULT"), "invasion": _t("ASSAULT"),
}
# "call" as REQUEST needs "for"; "call X a Y" is an accusation; a phone call is a consultation.
CALL_ACCUSE_DEPS = {"oprd", "xcomp", "attr"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo"}
MODAL_POSSIBLE = {"may", "might", "could", "can"}
WRAPPERS = {"call": "requested", "urge": "requested", "ask": "requested", "plan": "intended", "intend": "intended", "seek": "intended", "want": "intended", "refuse": "refused",
            "decline": "refused", "deny": "denied", "threaten": "threatened", "fail": "failed", "try": "attempted",
            "attempt": "attempted", "hope": "intended", "aim": "intended", "vow": "promised", "pledge": "promised",
            "agree": "agreed", "promise": "promised"}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a pair": 2, "pair": 2, "dozens": 24, "a dozen": 12, "dozen": 12}
_KM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(km|kilometers|kilometres|miles)\b", re.IGNORECASE)
# The next sentence goes on about the same launch ("The missile flew ...", "It reached ...").
_FLIGHT_FOLLOWS = re.compile(r"\s*(?:The|That|This|It)\b(?:\s+\w+){0,2}?\s*\b(?:missile|rocket|projectile|ICBM|IRBM|"
                             r"SRBM|weapon|it)\b|\s*It\b", re.IGNORECASE)
# "landed 200 km west of ...", "3,200 km east of Japan": where it fell, not how far it flew.
_DISTANCE_FROM = re.compile(r"\s+(?:\w+\s+){0,2}?(?:north|south|east|west|northeast|northwest|southeast|southwest"
                            r"|off|from|away)\b", re.IGNORECASE)
_APOGEE = re.compile(r"(?:altitude|apogee|height)\s+of\s+(?:about\s+|some\s+|more than\s+|nearly\s+|around\s+)?$", re.IGNORECASE)
_CASUALTIES = re.compile(r"(?:killing|killed|kill|left)\s+(?:at least\s+|about\s+)?(\d[\d,]*|\w+)\s+(?:people|civilians|soldiers|persons)"
                         r"|(\d[\d,]*|\w+)\s+(?:people|civilians|soldiers|persons)\s+(?:were|was|have been)\s+killed", re.IGNORECASE)
WEAPON_PATTERN = re.compile(
    r"((?:newly developed |new |solid-fuel |new-type |nuclear-capable )?(?:short-range |medium-range |intermediate-range |long-range |"
    r"intercontinental |submarine-launched |hypersonic |cruise |ballistic |anti-ship )+(?:ballistic )?(?:missiles?|weapons? system))"
    r"|\b(ICBMs?|SLBMs?|IRBMs?|SRBMs?|cruise missiles?|hypersonic missiles?|ballistic missiles?|spy satellites?|rockets?|drones?)\b",
    re.IGNORECASE)
WEAPON_ABBREVIATIONS = {"icbm": "intercontinental ballistic missile", "slbm": "submarine-launched ballistic missile",
                        "irbm": "intermediate-range ballistic missile", "srbm": "short-range ballistic missile"}
PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "our"}


@dataclass(slots=True)
class Event:
    type: str
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    start: int  # the evidence clause in the doc
    end: int
    sentence_start: int
    sentence_end: int
    source_actors: list[str] = field(default_factory=list)
    target_actors: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    place: str | None = None
    negated: bool = False
    modality: str = "asserted"
    quoted_by: str | None = None
    attributes: dict = field(default_factory=dict)


def extract_events(doc: Doc) -> list[Event]:
    mentions = list(doc.spans[ACTORS]) if ACTORS in doc.spans else []
    timexes = list(doc.spans[TIMEX]) if TIMEX in doc.spans else []
    context = _Context(doc, mentions)
    events: list[Event] = []
    for sent in doc.sents:
        found = []
        for tok in sent:
            trigger = _verb_trigger(tok) if tok.pos_ in ("VERB", "AUX") else _noun_trigger(tok) if tok.pos_ == "NOUN" else None
            if trigger is None:
                continue
            event = _build(tok, trigger, sent, context, timexes, doc)
            if event is not None:
                found.append(event)
        events += _dedupe(found)
        context.after_sentence(sent)
    return events


class _Context:
    """What earlier sentences say: the last subjects (for pronouns) and the document's launcher."""

    def __init__(self, doc: Doc, mentions: list[Span]):
        self.doc = doc
        self.mentions = mentions
        self.last_subject: list[str] = []
        self.last_person: list[str] = []
        self.last_person_subject: list[str] = []
        countries = [m._.actor for m in mentions if m._.actor_kind == "country"]
        self.salient = max(set(countries), key=countries.count) if countries else None
        self.launcher: str | None = None

    def actors_in(self, start: int, end: int) -> list[str]:
        """Actor codes of mentions within token range [start, end), in order, without repeats."""
        codes = []
        for m in self.mentions:
            if m.start >= start and m.end <= end and m._.actor and m._.actor not in codes:
                codes.append(m._.actor)
        return codes

    def after_sentence(self, sent: Span) -> None:
        for m in self.mentions:
            if sent.start <= m.start < sent.end and m._.actor_kind == "person" and m._.actor:
                self.last_person = [m._.actor]
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            people = [m._.actor for m in self.mentions if subj.left_edge.i <= m.start and m.end <= subj.right_edge.i + 1
                      and m._.actor_kind == "person" and m._.actor]
            if people:
                self.last_person_subject = people[:1]


def _verb_trigger(tok: Token) -> Trigger | None:
    lemma = tok.lemma_.lower()
    if lemma == "call":
        if any(c.dep_ in CALL_ACCUSE_DEPS for c in tok.children):
            return _t("ACCUSE", "disapprove")  # "calling the outreach a time-delay trick"
        # "called for talks", or "called for North Korea to be condemned" ("for" marks the clause)
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or any(
                g.dep_ == "mark" and g.lower_ == "for" for c in tok.children for g in c.children):
            return _t("REQUEST")
        return None
    if lemma == "decline" and any(c.lemma_ == "comment" for c in tok.subtree):
        return None  # declining to comment is no event
    if lemma == "demonstrate" and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "demonstrates the commitment" shows, it does not protest
    if lemma in ("ask", "urge", "request", "demand") and not any(c.dep_ == "nsubj" for c in tok.children) \
            and tok.dep_ not in ("conj", "xcomp"):
        return None  # "when asked about the launch": nobody named asks
    for row in TRIGGERS.get(lemma, []):
        if row.particle and not any(c.dep_ in ("prt", "prep") and c.lower_ == row.particle for c in tok.children):
            continue
        if row.objects and not (_object_lemmas(tok) & row.objects):
            continue
        if lemma in ("travel", "fly") and not _has_weapon_subject(tok):
            continue
        if row.type == "COOPERATE" and row.objects & {"drill", "exercise"} and not _joint(tok):
            return _t("MOBILIZE", "troops")  # one country's own drill
        return row
    return None


def _noun_trigger(tok: Token) -> Trigger | None:
    row = NOUN_TRIGGERS.get(tok.lemma_.lower())
    if row is None:
        return None
    if tok.lemma_.lower() == "alert":  # "was on alert", "put on alert"
        return row if tok.head.lower_ == "on" else None
    # A nominal event needs an argument: "the launch of X", "Blinken's visit to Y", "his meeting with Z";
    # "such launches" or "the launch of cruise missiles is not prohibited" speak of launches in general.
    if not any(c.dep_ in ("poss", "prep") for c in tok.children):
        return None
    if tok.tag_ == "NNS" or tok.dep_ in ("nsubj", "nsubjpass"):
        return None
    if row.type == "MOBILIZE" and not _weapon_nearby(tok):
        return None
    return row


def _object_lemmas(tok: Token) -> set[str]:
    lemmas = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd"):
            lemmas.add(c.lemma_.lower())
            lemmas.update(x.lemma_.lower() for x in c.conjuncts)
        if c.dep_ == "prep" and c.lower_ in ("on", "over", "of"):
            lemmas.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return lemmas


JOINT = {"joint", "combined", "trilateral", "bilateral", "multilateral", "allied"}


def _joint(tok: Token) -> bool:
    return any(t.lower_ in JOINT for t in tok.subtree)


def _has_weapon_subject(tok: Token) -> bool:
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in WEAPONS_WORDS


def _weapon_nearby(tok: Token) -> bool:
    return any(t.lower_ in WEAPONS_WORDS or t.lower_ in ("icbm", "slbm") for t in tok.subtree)


def _build(tok: Token, trigger: Trigger, sent: Span, context: _Context, timexes, doc: Doc) -> Event | None:
    clause = _clause(tok)
    weapons = trigger.type in ("MOBILIZE", "ASSAULT") and trigger.mode == "weapons"
    # A test or launch is done by whoever is its own subject; borrowed from a higher clause
    # ("Trump sought to downplay launches, including testing ...") it would be the wrong one.
    sources = _sources(tok, trigger, context, own_only=weapons)
    targets = [a for a in _targets(tok, context) if a not in sources]
    if weapons:
        if sources:
            context.launcher = sources[0]
        elif context.launcher or context.salient:
            sources = [context.launcher or context.salient]
    # Inside a quote, "we" and "I" are the speaker.
    quote = next((q for q in doc._.quotes or [] if q.kind == "direct" and q.start <= tok.idx < q.end), None)
    if quote is not None and quote.speaker_actors and _first_person_subject(tok):
        sources = list(quote.speaker_actors)
    if not sources:
        return None  # an event with no one doing it says nothing a timeline can use
    modality = _modality(tok)
    if modality == "requested":
        return None  # "called for North Korea to be condemned": the request is the event
    date, precision, date_source = _date(tok, sent, timexes, doc)
    event = Event(
        type=trigger.type, mode=trigger.mode, trigger=tok.text, trigger_start=tok.idx, trigger_end=tok.idx + len(tok),
        start=clause.start_char, end=clause.end_char, sentence_start=sent.start_char, sentence_end=sent.end_char,
        source_actors=sources, target_actors=targets, date=date, date_precision=precision, date_source=date_source,
        place=_place(tok), negated=_negated(tok), modality=modality,
        attributes=_attributes(clause, sent, trigger, _sentence_after(sent)),
    )
    if tok.pos_ == "VERB":
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and sources:
            context.last_subject = sources
    if quote is not None:
        event.quoted_by = quote.speaker
    return event


def _first_person_subject(tok: Token) -> bool:
    head = tok
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lower_ in ("we", "i")
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _clause(tok: Token) -> Span:
    """The trigger's clause: its subtree, without a following clause joined by "and"/"but"."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    for c in tok.children:
        if c.dep_ in ("conj", "cc") and c.i > tok.i and c.pos_ in ("VERB", "AUX"):
            right = min(right, c.left_edge.i - 1)
    left = max(left, tok.sent.start)
    right = min(max(right, tok.i), tok.sent.end - 1)
    return doc[left:right + 1]


def _phrase_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _sources(tok: Token, trigger: Trigger, context: _Context, own_only: bool = False) -> list[str]:
    if tok.pos_ == "NOUN":  # "Blinken's visit", "his meeting", "the launch by X"
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            return _resolve(poss, context)
    head = tok
    for _ in range(5):
        # A conjoined or subordinate verb shares its subject ("Japan condemned ... and expressed ...";
        # "he embarked on provocations, blowing up ..."); an actorless subject defers upward too.
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "csubj")), None)
        # A passive's "by X" belongs to that verb alone, not to verbs conjoined with it.
        agent = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
            if head.i == tok.i else None
        if subj is not None or agent is not None:
            codes = _resolve(subj if subj is not None else agent, context)
            if codes:
                return codes
        if own_only and head.dep_ != "conj":
            break
        if head.head.i == head.i or head.dep_ in ("ccomp", "relcl"):
            break  # reported speech and relative clauses have subjects of their own
        head = head.head
    return []


def _resolve(head: Token, context: _Context) -> list[str]:
    """Actor codes for a subject phrase; pronouns go back to who the text was about."""
    start, end = _phrase_range(head)
    codes = context.actors_in(start, end)
    if head.lower_ in PRONOUNS:
        # "he and South Korean Foreign Minister Park Jin": the pronoun's referent and the conjuncts.
        return list(dict.fromkeys(_pronoun(head, context) + codes))
    if codes:
        return codes
    # "the two leaders", "the three allies", "officials": the subject before.
    if head.lower_ in ("leaders", "allies", "countries", "nations", "sides", "officials", "governments"):
        for c in head.children:
            if c.dep_ == "poss":
                return _resolve(c, context)
        return context.last_subject
    return []


def _pronoun(head: Token, context: _Context) -> list[str]:
    if head.lower_ in ("he", "she", "his", "her"):
        # Inside reported speech "X said he ...": X. Else the person this sentence is about
        # ("Kim continued ..., although he agreed ..."), else the one the text was last about.
        speaker = _reporting_subject(head, context) or _sentence_person(head, context)
        return speaker or context.last_person_subject or context.last_person or context.last_subject
    # "its first launch": the subject of the clause it sits in; "X said it was on alert": X.
    if head.lower_ in ("it", "its"):
        return _clause_subject(head, context) or _reporting_subject(head, context) or context.last_subject
    return context.last_subject


def _clause_subject(tok: Token, context: _Context) -> list[str]:
    """Actors of the subject of the nearest clause above ``tok`` whose subject is not ``tok``."""
    node = tok.head
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
            if subj is not None and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
                return context.actors_in(*_phrase_range(subj))
            if node.dep_ == "ccomp":
                return []  # reported speech: the reporter is not the referent here
        if node.head.i == node.i:
            return []
        node = node.head
    return []


def _sentence_person(tok: Token, context: _Context) -> list[str]:
    subj = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i:
        return []
    return [m._.actor for m in context.mentions if subj.left_edge.i <= m.start and m.end <= subj.right_edge.i + 1
            and m._.actor_kind == "person" and m._.actor][:1]


def _reporting_subject(tok: Token, context: _Context) -> list[str]:
    verb = tok.head
    while verb is not None and verb.dep_ not in ("ccomp",) and verb.head.i != verb.i:
        verb = verb.head
    if verb is not None and verb.dep_ == "ccomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i != tok.i:
            return context.actors_in(*_phrase_range(subj))
    return []


def _targets(tok: Token, context: _Context) -> list[str]:
    codes = []
    for c in tok.children:
        if c.dep_ in ("dobj", "dative", "attr", "oprd") or (c.dep_ == "prep" and c.lower_ in
                                                               ("to", "with", "on", "against", "toward", "towards", "over", "of", "from", "between")):
            for code in context.actors_in(*_phrase_range(c)):
                if code not in codes:
                    codes.append(code)
    return codes


def _date(tok: Token, sent: Span, timexes, doc: Doc) -> tuple[str | None, str | None, str | None]:
    """The clause's own date expression, else the sentence's nearest, else the anchor.

    A time after "since" or "until" is a reference point, not the event's date; and when the
    clause has a date that cannot be resolved ("on Wednesday" with no anchor), the date is unknown.
    """
    subtree = {t.i for t in tok.subtree}
    in_sentence = [t for t in timexes if t._.timex and t._.timex.type in ("DATE", "TIME")
                   and sent.start <= t.start < sent.end and not _reference_point(t)]
    if any(t.start in subtree and not t._.timex.value for t in in_sentence):
        return None, None, None
    dated = [t for t in in_sentence if t._.timex.value]
    own = [t for t in dated if t.start in subtree]
    lag = None if own else _LAG.search(doc.text[sent.start_char:tok.idx])
    if lag:
        # "The move came days after officials met": a little before the main clause's date.
        reference = min(dated, key=lambda t: abs(t.start - tok.i))._.timex.value if dated else \
            (doc._.anchor.isoformat() if doc._.anchor else None)
        first = date_bounds(reference)[0] if reference else None
        if first:
            days, precision = LAGS[lag.group(1).lower()]
            return _at_precision(first - dt.timedelta(days=days), precision), precision, "relative"
    pool = own or dated
    if pool:
        best = min(pool, key=lambda t: abs(t.start - tok.i))
        # "commemorate the launch last year ... Nov. 18": the day refines the year it falls in.
        first, last = date_bounds(best._.timex.value)
        finer = [t for t in dated if t is not best and t._.timex.precision == "day"
                 and first and first <= (date_bounds(t._.timex.value[:10])[0] or first) <= last]
        if best._.timex.precision in ("year", "month") and finer:
            best = finer[0]
        return best._.timex.value[:10] if best._.timex.type == "TIME" else best._.timex.value, \
            "day" if best._.timex.type == "TIME" else best._.timex.precision, "sentence"
    anchor = doc._.anchor
    if anchor:
        return anchor.isoformat(), "day", "anchor"
    return None, None, None


REFERENCE_PREPOSITIONS = {"since", "until", "till", "through"}
# How long before the main clause "<lag> after <clause>" puts the clause, and how exactly.
LAGS = {"hours": (0, "day"), "a day": (1, "day"), "one day": (1, "day"), "days": (3, "week"),
        "a week": (7, "week"), "weeks": (14, "month")}
_LAG = re.compile(r"\b(hours|a day|one day|days|a week|weeks)\s+after\b[^,;]*$", re.IGNORECASE)


def _at_precision(day: dt.date, precision: str) -> str:
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def _reference_point(span: Span) -> bool:
    first = span.doc[span.start - 1] if span.start > 0 else None
    return (first is not None and first.lower_ in REFERENCE_PREPOSITIONS) or span[0].lower_ in REFERENCE_PREPOSITIONS \
        or span.root.head.lower_ in REFERENCE_PREPOSITIONS


def _place(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "at", "near", "off", "over", "into"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    return tok.doc[g.left_edge.i:g.right_edge.i + 1].text
    return None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _modality(tok: Token) -> str:
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & MODAL_FUTURE or any(c.lower_ == "going" for c in tok.children):
        return "future"
    if aux & {"would"}:
        return "conditional"
    if aux & MODAL_POSSIBLE:
        return "possible"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WRAPPERS:
        return WRAPPERS[tok.head.lemma_.lower()]
    if any(c.tag_ == "TO" for c in tok.children) and _requested(tok):
        return "requested"  # "called for North Korea to be condemned"
    return "asserted"


def _requested(tok: Token) -> bool:
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in ("call", "urge", "ask", "demand", "request", "appeal"):
            return True
    return False


def _sentence_after(sent: Span) -> Span | None:
    doc = sent.doc
    return doc[sent.end].sent if sent.end < len(doc) else None


def _attributes(clause: Span, sent: Span, trigger: Trigger, following: Span | None = None) -> dict:
    attrs: dict = {}
    text = clause.text
    weapon = WEAPON_PATTERN.search(text)
    if weapon and trigger.type in ("MOBILIZE", "ASSAULT"):
        name = (weapon.group(1) or weapon.group(2)).lower()
        name = WEAPON_ABBREVIATIONS.get(name.rstrip("s"), name)
        attrs["weapon"] = re.sub(r"s$", "", re.sub(r"missiles\b", "missile", name)) if name.endswith("missiles") else name
        count = _count_before(text, weapon.start())
        if count:
            attrs["count"] = count
    if trigger.type == "SANCTION":
        m = re.search(r"\bon\s+(\w+)\s+(?:[A-Z]\w+\s+)*\w+", text)
        if m and _number(m.group(1)):
            attrs["count"] = _number(m.group(1))
    if trigger.type in ("MOBILIZE", "ASSAULT"):
        texts = [sent.text]
        if following is not None and _FLIGHT_FOLLOWS.match(following.text):
            texts.append(following.text)  # "... fired an ICBM. The missile flew 1,000 km ..."
        for text in texts:
            for m in _KM.finditer(text):
                km = _to_km(m.group(1), m.group(2))
                if _APOGEE.search(text[:m.start()][-40:]):
                    attrs.setdefault("apogee_km", km)
                elif not _DISTANCE_FROM.match(text[m.end():]):
                    attrs.setdefault("range_km", km)
        cas = _CASUALTIES.search(sent.text)
        if cas:
            n = _number(cas.group(1) or cas.group(2))
            if n:
                attrs["casualties"] = n
    return attrs


def _count_before(text: str, pos: int) -> int | None:
    words = text[:pos].split()[-3:]
    for i in range(len(words)):
        n = _number(" ".join(words[i:]).lower().removesuffix(" of"))
        if n:
            return n
    return None


def _number(word: str) -> int | None:
    word = word.strip().lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _to_km(number: str, unit: str) -> float | int:
    value = float(number.replace(",", ""))
    if unit.lower() == "miles":
        value *= 1.609344
    return int(value) if value == int(value) else round(value, 1)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per type and source within a sentence: the first trigger stands for the clause."""
    kept, seen = [], set()
    for e in events:
        key = (e.type, tuple(sorted(e.source_actors)))
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept


def register_event_component() -> None:
    """Register the "dateline_events" factory; a second call does nothing."""
    register_extensions()
    if "dateline_events" not in Language.factories:
        Language.factory("dateline_events", requires=["doc.sents", "token.dep", "doc.spans"], assigns=["doc._.events"],
                         func=lambda nlp, name: EventComponent())


class EventComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc)
        return doc


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day covered by a TIMEX3 date value (day, ISO week, month or year)."""
    if not value:
        return None, None
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            first = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return first, first + dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:])
            first = dt.date(y, m, 1)
            return first, dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        pass
    return None, None
