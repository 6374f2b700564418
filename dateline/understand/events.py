"""Events: who did what to whom, when and where, typed with PLOVER's 16 types.

An event is found from the dependency parse. Its trigger is a verb whose lemma and arguments
match a row of ``event_words.VERBS``, or an event noun ("launch", "visit", "sanctions") that has
an argument of its own ("Blinken's visit to Seoul") or is the object of a light verb ("conducted
a test", "lodged a protest": the verb then gives the subject, time, negation and modality).

- Type: the row's, turned by the arguments: firing *at* someone is ASSAULT, a state's protest is
  ACCUSE, drills by two sides are COOPERATE (the words are in ``event_words``).
- Source and targets: ``event_actors``; a passive launch with no agent takes the document's
  launcher, never the one reporting it.
- Modality: what the clause and the words above it say of the event's reality: future, possible,
  conditional, hypothetical ("if ..."), alleged ("accused X of ..."), denied, refused, failed...
- Date: ``event_dates``; figures (weapon, count, range...): ``event_attributes``.
- One launch told several times in an article is one event (``_merge_mentions``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .event_actors import (
    PRONOUNS,
    EventContext,
    accused_actors,
    clause_places,
    crowd_demonyms,
    first_person_subject,
    SIDE,
    named,
    public,
    patient_actors,
    place_actors,
    prep_actors,
    reporters,
    resolve_phrase,
    source_actors,
    target_actors,
    top_level,
    weapon_owner,
    without_clauses,
)
from .actors import NOT_POLITICAL, STATE_ROLES
from .event_attributes import MATERIAL, attributes
from .event_dates import date_bounds, event_date
from .event_lexicon import Reading, load_lexicon
from .event_parse import (
    has_weapon_subject,
    is_event_noun,
    is_infinitive,
    object_content,
    phrase_range,
    subject_of,
)
from .event_words import (
    AIM_NOUNS,
    AIMED,
    CONDITIONAL_MARKS,
    CAPTIVES,
    CONDITION_NOUNS,
    CROWD_CONTROL,
    CROWD_PROTEST,
    CONDITIONS,
    ECONOMIC,
    ENVOYS,
    CONTENT_MODALITY,
    CROWDS,
    AIRCRAFT,
    GENERIC_VERBS,
    GENERIC_WEAPONS,
    HOPED_FOR,
    HOSTILE,
    IRREALIS_NOUNS,
    LABOUR_STRIKE,
    JOINT,
    LAUNCH_WORDS,
    LIGHT_VERB_TYPES,
    LIGHT_VERBS,
    MODAL_FUTURE,
    MODAL_OBLIGATION,
    MODAL_POSSIBLE,
    NOT_HAPPENED_VERBS,
    NOT_RELEASED,
    NOT_WEAPONS,
    NOUNS,
    OFFICIALS,
    PEJORATIVE,
    PREMISES,
    QUANTITIES,
    REFUSING,
    SELF_STANDING,
    SPEECH,
    TARGETLESS_TYPES,
    TEMPORAL_PREPS,
    VERBS,
    WATERS,
    WEAPONS_WORDS,
    WRAPPERS,
    Trigger,
    t,
)
from .extensions import register_extensions

REQUESTING = {"call", "urge", "ask", "demand", "request", "appeal"}  # "called for North Korea to be condemned"
# Verbs that only say how real their complement is ("planned to", "sought to", "considered"): no act of their own.
MODAL_WRAPPERS = {lemma for lemma, mode in WRAPPERS.items()
                  if mode in ("intended", "possible", "expected", "attempted", "failed")} - {"offer", "propose"}
NOT_EVENT = Trigger("")  # what a rule of RETYPED returns when the word is no event in its clause
# What was only asked for, voted down or said to be needed did not happen: no event.
DROPPED_MODALITIES = {"requested", "rejected", "required", "purpose", "stopped"}
# What happened or is planned: the events a store keeps (``is_real``). What is only alleged, feared, hoped
# for, conditional or denied is read here (it decides, say, that "accused X of shelling" is an accusation
# and the shelling only alleged) but stays out of the store.
REAL_MODALITIES = {"asserted", "future"}
# Verbs whose subject is an attack and whose object its target: "an Israeli airstrike destroyed the consulate".
HARM_VERBS = {"destroy", "hit", "kill", "damage", "strike", "target", "wound", "injure", "level", "flatten"}
# Verbs that tell how an event went: "the ceasefire took effect on Wednesday", "the launch ended in failure".
# "warned that Finland would face consequences": what the warned one would undergo.
CONSEQUENCES = {"face", "pay", "suffer", "regret", "bear"}
COURSE_VERBS = {"end", "fail", "begin", "start", "take", "last", "resume", "conclude", "collapse", "succeed",
                "open", "close", "continue"}


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
    refers_back: bool = False  # "the missile flew ...": may be one more account of a launch told before
    code: str | None = None  # the CAMEO code of the verb's reading, when CAMEO has one
    # Each source and target as {"code", "country", "role", "text"}: the actors of source_actors and
    # target_actors, and agents no code names ("gunmen": code None), in the same order.
    sources: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)


def extract_events(doc: Doc) -> list[Event]:
    _mend_lemmas(doc)
    context = EventContext(doc)
    events: list[Event] = []
    for sent in doc.sents:
        found = []
        for tok in sent:
            event = None
            if is_event_noun(tok):
                event = _noun_event(tok, sent, context)
            elif tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep", "mark", "case", "aux", "auxpass"):
                trigger = _verb_trigger(tok, context)  # not "according to", "following the talks"
                if trigger is not None:
                    event = _build(tok, tok, trigger, sent, context)
            if event is not None:
                found.append(event)
        events += _dedupe(found)
        context.after_sentence(sent)
    return _merge_mentions(events)


def _mend_lemmas(doc: Doc) -> None:
    """The small model's lemmatizer makes "staged" "stag": a verb whose lemma no lexicon knows takes the
    form an ending gives ("staged" -> "stage", "rioting" -> "riot") when a lexicon knows that one."""
    known = load_lexicon().knows
    for tok in doc:
        if tok.pos_ != "VERB" or known(tok.lemma_.lower()) or tok.lemma_.lower() in VERBS:
            continue
        text = tok.lower_
        for ending, back in (("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
            if text.endswith(ending) and len(text) > len(ending) + 2:
                form = text[:-len(ending)] + back
                if known(form) or form in VERBS:
                    tok.lemma_ = form
                    break


def _verb_trigger(tok: Token, context: EventContext) -> Trigger | None:
    """The event a verb names here: dateline's own rules first (argument-driven types, word senses, the
    hand lexicon of what CAMEO lacks), then the CAMEO lexicon's reading of the verb in its clause."""
    lemma = tok.lemma_.lower()
    if lemma in LIGHT_VERBS and _event_object(tok) is not None:
        return None  # "launched an attack", "held talks": the noun's event (see _noun_event)
    retype = RETYPED.get(lemma)
    if retype is not None and (found := retype(tok, context)) is not None:
        return None if found is NOT_EVENT else _with_code(found, load_lexicon().read(tok))
    sense = SENSES.get(lemma)
    if sense is not None and not sense(tok, context):
        return None  # the word in another sense: "fired his defence minister", "until its conditions are met"
    row = _hand_row(tok, lemma)
    reading = load_lexicon().read(tok)
    if row is not None:
        row = _with_code(row, reading)
    else:
        if reading is None or reading.type is None:
            return None
        if not reading.specific and (lemma in GENERIC_VERBS or lemma in MODAL_WRAPPERS
                                     or context.quote_at(tok.idx) is not None):
            # "as long as it takes": a common verb is an event only in a pattern of its own; "planned to",
            # "hoped that" say how real another act is; the words of a quote ("we are united ... to
            # defend") are rhetoric unless a rule of ours reads them
            return None
        # a broad reading of a synonym needs whom it concerns; so does any request ("ordered all universities
        # closed", "decreed the nationalisation" ask no one)
        broad = (not reading.specific and not reading.head and reading.type not in TARGETLESS_TYPES) \
            or (reading.type == "REQUEST" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children))
        row = Trigger(reading.type, reading.mode, code=reading.code, needs_target=broad)
    if row.type in ("AGREE",) and _hostile(tok):
        return t("THREATEN")  # "vowed revenge", "vowed that Tehran would pay"
    if row.type == "AGREE" and _object_lemmas(tok) & {"support", "backing", "solidarity"}:
        return t("SUPPORT")  # "pledged full support for the new government"
    if row.type == "MOBILIZE" and row.mode == "weapons" and _object_lemmas(tok) & CROWD_CONTROL:
        return t("ASSAULT", "crowd-control")  # "police fired tear gas", "fired water cannon at demonstrators"
    if row.type == "MOBILIZE" and row.mode == "weapons" and _aimed(tok, context):
        mode = "crowd-control" if "cannon" in _object_lemmas(tok) else None
        return t("ASSAULT", mode)  # "fired rockets at northern Israel"
    if row.type in ("SUPPORT", "AID", "COOPERATE") and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        return None  # "Kenyan troops backed by helicopter gunships": what describes them, not an act
    if row.type == "PROTEST" and not _crowd(tok, context):
        return t("ACCUSE", "disapprove")  # a state's protest is diplomatic
    return row


def _with_code(row: Trigger, reading: Reading | None) -> Trigger:
    """Our type with CAMEO's code (and mode, when ours has none) where CAMEO reads the verb the same way."""
    if reading is None or reading.type != row.type:
        return row
    return Trigger(row.type, row.mode or reading.mode, row.objects, row.particle, reading.code)


def _hand_row(tok: Token, lemma: str) -> Trigger | None:
    """The first row of the hand lexicon (``event_words.VERBS``) that fits the verb's particle and objects."""
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    for row in VERBS.get(lemma, []):
        if row.particle:
            if not any(c.dep_ in ("prt", "prep") and c.lower_ == row.particle for c in tok.children):
                continue
        elif particles and not (particles <= {"off"} and row.mode == "weapons"):
            continue  # "back down", "back off" are not "back" ("fired off a salvo" is firing)
        if row.objects and not (_object_lemmas(tok) & row.objects):
            continue
        return row
    return None


def _person_object(tok: Token, context: EventContext) -> bool:
    """Whether the verb's object is a person: named ("Evo Morales"), titled ("Bolivia's president-elect") or an
    official ("his defence minister")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in OFFICIALS or any(
        context.kind_at(i) == "person" for i in top_level(obj)))


def _not_dismissal(tok: Token, context: EventContext) -> bool:
    """"fired his defence minister" dismisses someone; it launches nothing."""
    return not _person_object(tok, context) and _weapon_sense(tok, context)


def _acted_on(tok: Token) -> set[str]:
    """The lemmas of what a verb acts on: its objects, or a passive's subject ("these levels were tested");
    "money" for a sum ("offered $42 a share")."""
    lemmas = _object_lemmas(tok) | {c.lemma_.lower() for c in tok.children if c.dep_ == "nsubjpass"}
    if any(c.ent_type_ == "MONEY" for c in tok.children if c.dep_ in ("dobj", "npadvmod")):
        lemmas.add("money")
    return lemmas


def _weapon_sense(tok: Token, context: EventContext) -> bool:
    """"launched two missiles"; not "launched a probe", "fired the first beam", "tested the market"."""
    return not _acted_on(tok) & NOT_WEAPONS


def _released_people(tok: Token, context: EventContext) -> bool:
    """"released 30 prisoners"; not "released first-quarter earnings" or "released a statement"."""
    return not _acted_on(tok) & NOT_RELEASED


def _political_offer(tok: Token, context: EventContext) -> bool:
    """"offered talks", "offered to mediate"; not "offered liquidity" or "offered new shares"."""
    return not _acted_on(tok) & ECONOMIC


def _withdrawn(tok: Token, context: EventContext) -> bool:
    """"withdrew its troops", "withdrew from the treaty"; not "withdrew its bid" or "withdrew his film"."""
    return not _acted_on(tok) & (ECONOMIC | NOT_RELEASED | {"candidacy", "nomination", "application", "lawsuit",
                                                            "suit", "complaint", "motion", "entry", "name"})


def _a_meeting(tok: Token, context: EventContext) -> bool:
    """"met Wang Yi", "the two met"; not "until its conditions are met" or "met the deadline"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return not (_object_lemmas(tok) & CONDITIONS)


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
    places = prep_actors(tok, {"in", "at"}, context)
    own = source_actors(tok, context)
    return bool(places) and bool(own) and not set(places) & set(own)


def _crossed_into(tok: Token, context: EventContext) -> bool:
    """"Ukrainian troops crossed into Russia's Kursk region"."""
    return bool(prep_actors(tok, {"into"}, context))


def _seized_power(tok: Token, context: EventContext) -> Trigger | None:
    """"seized power", "took power": a coup, coercion of the state's government."""
    return t("COERCE", "seize") if "power" in _object_lemmas(tok) else None


def _not_casualties(tok: Token, context: EventContext) -> bool:
    """"..., killing two people": the casualties of the clause it follows, no event of its own."""
    return not (tok.dep_ == "advcl" and tok.tag_ == "VBG")


def _not_showing(tok: Token, context: EventContext) -> bool:
    """"demonstrates the commitment" shows; it does not protest."""
    return not any(c.dep_ == "dobj" for c in tok.children)


def _someone_asks(tok: Token, context: EventContext) -> bool:
    """"when asked about the launch": nobody named asks."""
    return any(c.dep_ == "nsubj" for c in tok.children) or tok.dep_ in ("conj", "xcomp") \
        or (tok.dep_ == "advcl" and is_infinitive(tok))


# Words that are events only in one sense: the check says whether this is it.
SENSES = {"receive": lambda tok, context: _person_object(tok, context) or any(
              context.kind_at(c.i) == "country" and c.ent_type_ != "NORP" for c in tok.children if c.dep_ == "dobj"),
          "execute": lambda tok, context: _person_object(tok, context) or any(
              context.kind_at(c.i) == "agent" for c in tok.children if c.dep_ in ("dobj", "nsubjpass")),
          "fire": _not_dismissal, "launch": _weapon_sense, "test": _weapon_sense, "release": _released_people,
          "free": _released_people, "offer": _political_offer, "withdraw": _withdrawn, "meet": _a_meeting, "term": _naming, "describe": _naming, "brand": _naming,
          "label": _naming, "hit": _hit, "speak": _spoke_with, "talk": _spoke_with, "arrive": _arrived,
          "land": _arrived, "cross": _crossed_into,
          "kill": _not_casualties, "demonstrate": _not_showing, "ask": _someone_asks, "urge": _someone_asks,
          "request": _someone_asks, "demand": _someone_asks, "order": _someone_asks,
          "travel": lambda tok, context: has_weapon_subject(tok), "fly": lambda tok, context: has_weapon_subject(tok),
          "warn": lambda tok, context: _warning(tok, context)}


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
    if (subj is not None and context.role_at(subj.i) == "police") or _object_lemmas(tok) & PREMISES:
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
    """"ordered three Iranian diplomats to leave the country": an expulsion."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    leave = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "leave"), None)
    if obj is not None and leave is not None and (obj.lemma_.lower() in ENVOYS or obj.lemma_.lower() in (
            "member", "national", "citizen", "journalist", "correspondent", "staff")):
        return t("SANCTION", "expel")
    return None


def _stormed(tok: Token, context: EventContext) -> Trigger | None:
    """Troops storming a building attack it; protesters storming parliament riot (the row)."""
    return None if _crowd(tok, context) else t("ASSAULT")


def _slammed_into(tok: Token, context: EventContext) -> Trigger | None:
    """"a Russian missile slammed into a hospital" strikes; "Beijing slammed the visit" criticises."""
    return t("ASSAULT") if _hit(tok, context) else None




def _hostile(tok: Token) -> bool:
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


# Words whose type turns on their arguments; None leaves them to their rows in VERBS and to CAMEO,
# NOT_EVENT says the word is no event here.
RETYPED_BY_NEGATION = {"abide", "comply", "adhere", "honor", "honour"}  # "would no longer abide by": REJECT
RETYPED = {"seize": _seized_power, "capture": _seized_power, "suspend": _suspended, "order": _ordered_out,
           "call": _call, "welcome": _welcomed_to, "slam": _slammed_into, "take": _took_to_the_streets,
           "storm": _stormed, "raid": _raided,
           "abide": _no_longer_abides, "comply": _no_longer_abides, "adhere": _no_longer_abides,
           "honor": _no_longer_abides, "honour": _no_longer_abides}


def _event_object(verb: Token) -> Token | None:
    """The event noun a light verb takes: "conducted a test", "travel ... for a summit"."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS:  # "launched what it called anti-terrorist operations"
        named = next((g for c in verb.children if c.dep_ == "ccomp" and any(x.lower_ == "what" for x in c.children)
                      for g in c.children if g.dep_ in ("oprd", "attr") and is_event_noun(g)), None)
        if named is not None:
            return named
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "ccomp") and lemma in LIGHT_VERBS:
            noun = next((x for x in (c, *c.conjuncts) if is_event_noun(x)), None) or _quantified(c)
            if noun is not None:
                return noun
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "in") and lemma in ("travel", "head", "go", "fly", "arrive",
                                                                            "sit", "come", "return"):
            # "will fly to Havana for three days of talks", "sat down for an hour of talks"
            noun = next((x for g in c.children if g.dep_ == "pobj" for x in (g, _quantified(g)) if x is not None
                         and is_event_noun(x)), None)
            if noun is not None and NOUNS[noun.lemma_.lower()].type == "CONSULT":
                return noun
    # "was put on alert" (not "remain on alert", a standing posture), "went on hunger strike",
    # "placed the president under house arrest"
    for prep, verbs, nouns in (("on", ("be", "put", "place", "go"), ("alert", "strike")),
                               ("under", ("put", "place", "keep", "hold"), ("arrest", "detention"))):
        if lemma in verbs:
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == prep:
                    noun = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns), None)
                    if noun is not None:
                        return noun
    return None


def _quantified(obj: Token) -> Token | None:
    """"two days of drills", "a barrage of strikes": the event noun after the quantity."""
    if obj.lemma_.lower() not in QUANTITIES:
        return None
    return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and is_event_noun(g)), None)


def _light_verb_of(noun: Token) -> Token | None:
    """The light verb whose event ``noun`` is: "held talks", "travel ... for a summit", "a missile and drone attack",
    "began two days of drills"."""
    first = noun.head if noun.dep_ == "conj" else noun
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in QUANTITIES:
        first = first.head.head
    for verb in (first.head, first.head.head):
        if verb.pos_ in ("VERB", "AUX"):
            found = _event_object(verb)
            if found is not None and found.i == noun.i:
                return verb
    return None


def _noun_event(tok: Token, sent: Span, context: EventContext) -> Event | None:
    """An event named by a noun (``is_event_noun``): with an argument of its own, or as a light verb's object."""
    if _talked_of(tok):
        return None
    lemma = tok.lemma_.lower()
    row = NOUNS[lemma]
    light = _light_verb_of(tok)
    if lemma == "alert":  # "was put on alert": whoever is on it ("issued an emergency alert" warns the public)
        subject = subject_of(light) if light is not None and tok.head.lower_ == "on" else None
        if subject is None:
            return None
        return _build(light, tok, row, sent, context, sources=resolve_phrase(subject, context) or None, noun=tok)
    own = _own_sources(tok, context)
    row = _noun_row(tok, row, light)
    if light is not None:
        verb_lemma = light.lemma_.lower()
        row = LIGHT_VERB_TYPES.get((verb_lemma, lemma), row)
        if verb_lemma == "draw":  # "the launch drew condemnation from Seoul": roles turn round
            sources = prep_actors(tok, {"from"}, context) or prep_actors(light, {"from"}, context)
            subject = next((c for c in light.children if c.dep_ == "nsubj"), None)
            # the subject is often an act, whose doer is the target ("North Korea's launch drew ...")
            targets = (resolve_phrase(subject, context) or context.actors_at(top_level(subject))) \
                if subject is not None else []
            return _build(light, tok, row, sent, context, sources=sources, targets=targets)
        if row.type == "MOBILIZE" and lemma in ("drill", "exercise", "manoeuvre", "maneuver", "patrol"):
            row = _drill(light, tok, context)
        if row.type == "CONSULT" and verb_lemma in REFUSING:
            row = t("REJECT", "meet")  # "boycotted the summit", "cancelled the talks"
        return _build(light, tok, row, sent, context, sources=own or None, noun=tok)
    if lemma not in SELF_STANDING and row.type != "PROTEST":
        return None
    if tok.tag_ == "NNS" and not _dated_within(tok, context) and not any(
            c.dep_ in ("det", "poss", "nummod", "prep") for c in tok.children) and light is None:
        return None  # "warning data on North Korean missile launches": launches in general, no one of them
    if row.type == "PROTEST" and not own:
        own = _crowd_places(tok, context)  # "11 days of street protests in Yerevan": Armenia's people
    weapons = row.mode == "weapons" and _particular_weapon(tok) and tok.tag_ != "NNS"
    told_by_verb = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in HARM_VERBS | COURSE_VERBS
    if (own or weapons) and told_by_verb and not _dated_within(tok, context):
        # "An Israeli airstrike destroyed the consulate on Monday, killing seven": the strike, told by its
        # verb (its date, its targets, its figures); "the launch ended in failure on Monday"
        verb = tok.head
        targets = target_actors(verb, context) if verb.lemma_.lower() in HARM_VERBS else target_actors(tok, context)
        return _build(verb, tok, row, sent, context, sources=own, targets=targets, noun=tok)  # [] -> the launcher
    if own:
        return _build(tok, tok, row, sent, context, sources=own, noun=tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) and tok.head.head.pos_ in ("VERB", "AUX"):
        # "said it was ready ..., after talks with American officials": the talks of whoever said it
        return _build(tok, tok, row, sent, context, sources=source_actors(tok.head.head, context) or [], noun=tok)
    if weapons and tok.dep_ not in ("nsubj", "nsubjpass"):
        # "the launch of a new ICBM": the document's launcher, if the text has one
        return _build(tok, tok, row, sent, context, sources=[], noun=tok)
    return None


def _noun_row(noun: Token, row: Trigger, light: Token | None) -> Trigger:
    """A crowd's protest or a workers' strike, not a state's protest note or an air strike: "street protests",
    "protests" in the plural, "a general strike", "went on hunger strike", "called a strike"."""
    lemma = noun.lemma_.lower()
    words = {w for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")
             for w in (c.lemma_.lower(), c.lower_)} | {c.lower_ for c in noun.lefts}
    verb = light.lemma_.lower() if light is not None else None
    if lemma == "protest" and (noun.tag_ == "NNS" or words & CROWD_PROTEST or verb in ("lead", "organise", "organize")):
        return t("PROTEST", "demo")
    if lemma == "strike":
        if "hunger" in words:
            return t("PROTEST", "hunger")
        if words & LABOUR_STRIKE or verb in ("go", "call", "stage", "end"):
            return t("PROTEST", "strike")
    return row


def _crowd_places(noun: Token, context: EventContext) -> list[str]:
    """Whose people a protest without a named crowd is: the place in its phrase, else in its sentence."""
    places = [a for a in context.actors_in(*phrase_range(noun)) if not a.startswith("~")] \
        or clause_places(noun.head if noun.dep_ != "ROOT" else noun, context)
    return [f"{c}{SIDE}civilian" for c in public(places)[:1]]


def _dated_within(tok: Token, context: EventContext) -> bool:
    """Whether a time expression sits inside ``tok``'s phrase ("the launch on Nov. 21")."""
    first, last = tok.left_edge.i, tok.right_edge.i
    return any(first <= t.start <= last for t in context.timexes.get(tok.sent.start, []))


def _own_sources(noun: Token, context: EventContext) -> list[str]:
    """Who does a noun's event by its own words: "Blinken's visit", "talks by X", "the meeting between A and B"."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return resolve_phrase(poss, context)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "between"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                codes = context.actors_at(top_level(pobj))
                return codes[:1] if c.lower_ == "between" else codes
    # "a North Korean missile launch"; not "the Hanoi summit", which is where, not who
    return [code for c in noun.children if c.dep_ in ("amod", "compound") and (c.pos_ == "ADJ" or c.ent_type_ == "NORP")
            for code in context.actors_in(c.left_edge.i, c.right_edge.i + 1)]


def _talked_of(noun: Token) -> bool:
    """A noun event that is only offered, proposed, sought or refused ("rejected offers of talks")."""
    node = noun
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ in ("NOUN", "PROPN") and lemma in IRREALIS_NOUNS:
            return True
        if head.pos_ in ("VERB", "AUX"):
            # a boycotted summit is a rejection; "what it called operations" names them
            return lemma in NOT_HAPPENED_VERBS and lemma not in REFUSING and node.dep_ not in ("oprd", "attr")
        node = head
    return False


def _object_lemmas(tok: Token) -> set[str]:
    """The lemmas of what the verb acts on: its objects (with their modifiers: "martial law") and
    the objects of "on/over/of/from" ("sanctions on", "withdrew from the deal", "pulled out of the deal")."""
    lemmas = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd"):
            lemmas.add(c.lemma_.lower())
            lemmas.update(x.lemma_.lower() for x in c.conjuncts)
            lemmas.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod"))
            # "hundreds of prisoners", "a pair of missiles"
            lemmas.update(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj")
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "over", "of", "from", "out"):
            preps = [c] + [g for g in c.children if g.dep_ == "prep" and g.lower_ in ("of", "from")]
            lemmas.update(g.lemma_.lower() for p in preps for g in p.children if g.dep_ == "pobj")
    return lemmas


def _particular_weapon(tok: Token) -> bool:
    """"the launch of a new ICBM": the launch of a weapon named after it."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and any(t.lower_ in WEAPONS_WORDS for t in g.subtree):
                    return True
    return False


def _aimed(tok: Token, context: EventContext) -> bool:
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
                top = [g.doc[i] for i in sorted(top_level(g))]  # "at Ukrainian cities", not a clause further in
                if context.actors_at(t.i for t in top) or g.lemma_.lower() in AIM_NOUNS \
                        or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in top):
                    return True
    return False


def _drill(verb: Token, noun: Token, context: EventContext) -> Trigger:
    """Drills held by two sides, or "with" another, or called joint, are cooperation; one side's are mobilisation."""
    joint = any(t.lower_ in JOINT for t in noun.subtree) or any(t.lower_ in JOINT for t in verb.children)
    partners = len(source_actors(verb, context)) > 1 or any(c.dep_ == "prep" and c.lower_ == "with"
                                                        for c in (*verb.children, *noun.children))
    return t("COOPERATE") if joint or partners else t("MOBILIZE", "troops")


def _crowd_subject(tok: Token, context: EventContext) -> bool:
    """Whether the clause's doer, its own or the one it shares, is a crowd ("tens of thousands")."""
    subj = subject_of(tok) or (subject_of(tok.head) if tok.dep_ in ("advcl", "conj", "xcomp") else None)
    return subj is not None and (subj.lower_ in CROWDS or any(t.lower_ in ("thousands", "hundreds", "dozens")
                                                             for t in subj.subtree))


def _crowd(tok: Token, context: EventContext) -> bool:
    """Whether a protest's subject is a crowd ("students", "Indian farmers") rather than a state."""
    subj = subject_of(tok)
    if subj is None:  # "summoned a diplomat to protest the incident": whoever summoned
        sources = source_actors(tok, context)
        return not named(sources) or all(context.role_of(c) not in (None, *STATE_ROLES) for c in sources)
    words = {t.lower_ for t in subj.subtree}
    if subj.lower_ in CROWDS or words & {"thousands", "hundreds", "dozens"}:
        return True
    if context.role_at(subj.i) not in (None, *STATE_ROLES):
        return True  # "Buddhist monks", "opposition supporters": people, not a state
    return not named(resolve_phrase(subj, context))


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


def _build(anchor: Token, trigger_tok: Token, trigger: Trigger, sent: Span, context: EventContext, *,
           sources: list[str] | None = None, targets: list[str] | None = None,
           noun: Token | None = None) -> Event | None:
    """The event whose clause is ``anchor``'s (a verb, or a noun event standing alone)."""
    modality = _modality(anchor)
    if modality in DROPPED_MODALITIES:
        return None
    if trigger.type not in ("REJECT", "SANCTION", "PROTEST", "ACCUSE") and context.sporting(sent):
        return None  # games ("Brazil beat Argentina 2-1"), though boycotting the Olympics is politics
    # a launch, or a weapon fired at someone ("an Iranian-made drone was fired at the tanker")
    weapons = trigger.type in MATERIAL and trigger.mode == "weapons" or (
        trigger.type == "ASSAULT" and anchor.lemma_.lower() in LAUNCH_WORDS)
    # A launch told with no launcher: "two missiles were fired", "the missile flew", "a missile fired Sunday night".
    unnamed = weapons and (_passive_or_noun(anchor) or has_weapon_subject(anchor) or _bare_participle(anchor))
    if sources is None and weapons and _bare_participle(anchor):
        sources = []  # not the subject of the clause it hangs on: the launcher, below
    if sources is None:
        accused = accused_actors(anchor, context)
        sources = accused if accused is not None else source_actors(anchor, context)
    if targets is None:
        targets = target_actors(anchor, context, noun)
    if weapons:
        if not sources and unnamed:
            # "a North Korean missile was launched", "launched from near Pyongyang"
            sources = weapon_owner(anchor, context) or _launch_site(anchor, context)
        if sources and modality == "asserted":
            context.launcher = sources[0]
        elif not sources and unnamed:
            fallback = context.launcher or context.launching_country or context.salient
            if fallback and fallback not in reporters(anchor, context):
                sources = [fallback]
    if trigger.type != "PROTEST" and not named(sources) and _crowd_subject(anchor, context):
        # "tens of thousands marched through the capital demanding that Lukashenko step down"
        sources = [f"{c}{SIDE}civilian" for c in public(place_actors(anchor, context)
                                                      or place_actors(anchor.head, context))] or sources
    if trigger.type == "PROTEST" and not named(sources):
        # "students protested in Dhaka": Bangladesh's students, by the place ("BGD/education")
        crowd = next((context.role_of(c) for c in sources), None) or "civilian"
        places = crowd_demonyms(anchor, context) or place_actors(anchor, context)
        sources = [f"{c}{SIDE}{crowd}" for c in public(places)] or sources
    if trigger.type in ("COERCE", "SANCTION") and trigger.mode in ("arrest", "convict") and not sources:
        # "Investigators detained President Yoon", "Imran Khan was arrested by Rangers": a state acting at home
        sources = place_actors(anchor, context) or targets[:1] or patient_actors(anchor, context)[:1]
    if trigger.mode == "resign" and not sources:
        sources = prep_actors(anchor, {"as"}, context)  # "resigned as Bangladesh's prime minister"
    targets = [a for a in targets if a not in sources]
    if not targets:
        targets = patient_actors(anchor, context)  # "Thirteen Israeli hostages were released by Hamas"
    if trigger.mode == "visit" and not targets:
        targets = [a for a in prep_actors(anchor, {"in", "at"}, context) if a not in sources]  # "arrived in Kyiv"
    if trigger.type in ("ASSAULT", "COERCE") and not targets:
        # "struck targets in Yemen", "the abduction of 276 schoolgirls in Chibok"
        places = clause_places(anchor, context) if anchor.pos_ in ("VERB", "AUX") else [
            a for a in context.actors_in(*phrase_range(anchor)) if a not in sources]
        # "police detained 600 people in Minsk": a state's own people ("BLR/civilian")
        targets = [a if a not in sources else f"{a}{SIDE}civilian" for a in public(places)]
    if trigger.type == "COERCE" and trigger.mode == "seize" and not named(targets) and (
            noun is not None or "power" in _object_lemmas(anchor)):
        targets = [f"{c}{SIDE}government" for c in public(sources)]  # a coup: against the state's government
    if trigger.type == "PROTEST":
        # "Israelis took to the streets", "British miners picketed": a country's people, not its state
        sources = [c if SIDE in c or c.startswith("~") or context.role_of(c) not in STATE_ROLES
                   else f"{c}{SIDE}civilian" for c in sources]
    if trigger.type == "PROTEST" and not named(targets):
        # a crowd protests to its own government: "tens of thousands marched through Minsk" (BLR)
        targets = [c for c in public(sources) if c not in sources] or targets
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "failure" for g in c.children)
           for c in anchor.children):
        modality = "failed"  # "the launch ended in failure"
    quote = context.quote_at(trigger_tok.idx)
    if quote is not None and quote.speaker_actors and first_person_subject(anchor):
        sources = list(quote.speaker_actors)  # inside a quote, "we" and "I" are the speaker
    if not sources:
        return None  # an event with no one doing it says nothing a timeline can use
    targets = [a for a in targets if a not in sources]
    if trigger.needs_target and not targets:
        return None  # "the need to expand", "we went to the region": a broad reading with no one acted on
    if sources and all(context.role_of(code) in NOT_POLITICAL for code in sources):
        return None  # "companies struggled to meet demand": a company does not act in politics
    negated = _negated(anchor) and not (trigger.type == "REJECT" and anchor.lemma_.lower() in RETYPED_BY_NEGATION)
    if trigger.type == "THREATEN" and anchor.lemma_.lower() == "retaliate":
        if modality == "asserted" and not negated:
            trigger = t("ASSAULT")  # retaliation carried out
        else:
            modality = "asserted"  # the threat is made now, whatever it would do later
    clause = _clause(anchor)
    source_detail = context.describe(sources, sent, subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None)
    target_detail = context.describe(targets, sent)
    date, precision, date_source = event_date(anchor, sent, context, modality,
                                              noun_only=anchor.pos_ not in ("VERB", "AUX"))
    event = Event(
        type=trigger.type, mode=trigger.mode, trigger=trigger_tok.text, trigger_start=trigger_tok.idx,
        trigger_end=trigger_tok.idx + len(trigger_tok), start=clause.start_char, end=clause.end_char,
        sentence_start=sent.start_char, sentence_end=sent.end_char, source_actors=public(sources),
        target_actors=public(targets), code=trigger.code, sources=source_detail, targets=target_detail,
        date=date, date_precision=precision, date_source=date_source, place=_place(anchor), negated=negated,
        modality=modality, attributes=attributes(trigger.type, context.text[clause.start_char:clause.end_char],
                                                  context.text[sent.start_char:sent.end_char]),
    )
    if anchor.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in anchor.children):
        context.last_subject = sources
    # A mention that refers back ("the missile flew", "the launch of an ICBM") may join another account.
    event.refers_back = _passive_or_noun(anchor) or _passive_or_noun(trigger_tok) or has_weapon_subject(anchor) \
        or anchor.dep_ == "relcl"
    if quote is not None:
        event.quoted_by = quote.speaker
    return event


def is_real(event: Event) -> bool:
    """Whether an event happened or is planned: asserted or future, and not negated."""
    return event.modality in REAL_MODALITIES and not event.negated


def _bare_participle(tok: Token) -> bool:
    """A participle with no subject or agent of its own ("a missile fired Sunday night", "if fired on a
    normal trajectory"; the parser may tag it as a past tense)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
    return not own and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ in ("advcl", "acl", "amod")))


def _launch_site(tok: Token, context: EventContext) -> list[str]:
    """"launched from near Pyongyang", "launched from Jagang Province in the North": the site's country."""
    site = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if site is None:
        return []
    return (context.actors_in(*phrase_range(site)) or prep_actors(tok, {"in"}, context))[:1]


def _passive_or_noun(tok: Token) -> bool:
    """"two missiles were fired", "the launch of an ICBM": nobody is named as the launcher."""
    return tok.pos_ in ("NOUN", "PROPN") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) \
        or tok.dep_ in ("acl", "amod")


def _clause(tok: Token) -> Span:
    """The trigger's clause: its subtree, without a following clause joined by "and"/"but"; a
    participle's with the noun it qualifies ("an ICBM fired by North Korea")."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    if tok.dep_ == "acl":
        left = min(left, tok.head.left_edge.i)
    for c in tok.children:
        if c.dep_ in ("conj", "cc") and c.i > tok.i and c.pos_ in ("VERB", "AUX"):
            right = min(right, c.left_edge.i - 1)
    left = max(left, tok.sent.start)
    right = min(max(right, tok.i), tok.sent.end - 1)
    return doc[left:right + 1]


def _modality(tok: Token) -> str:
    """How real the event is, from its own auxiliaries and the words that govern it."""
    node = tok
    for _ in range(8):
        aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if aux & MODAL_FUTURE or any(c.lower_ == "going" for c in node.children) or \
                (node.dep_ == "xcomp" and node.head.lower_ == "going"):
            return "future"  # "will meet", "is going to meet", "not going to negotiate"
        if aux & {"would"}:
            # "Seoul said it would impose sanctions": a plan, reported; "would ... if": a condition
            clause = node.head if node.dep_ == "conj" else node  # "said it would abide ... and would deploy"
            reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH | {"vow", "pledge"}
            conditional = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS
                                                        for g in c.children) for c in node.children)
            return "future" if reported and not conditional else "conditional"
        if aux & MODAL_POSSIBLE:
            return "possible"
        if aux & MODAL_OBLIGATION:
            return "required"
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return "hypothetical"
        head = node.head
        if head.i == node.i:
            break
        lemma = head.lemma_.lower()
        if node.dep_ in ("xcomp", "ccomp") and lemma in WRAPPERS:
            return WRAPPERS[lemma]  # "refused to meet", "allowed Ukraine to strike"
        if node.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.children):
            return "expected"  # "has yet to be discussed"
        if node.dep_ in ("ccomp", "xcomp", "dobj", "csubj") and lemma in CONTENT_MODALITY:
            return CONTENT_MODALITY[lemma]
        if node.dep_ == "ccomp" and lemma in ("confirm", "say", "announce", "report") and any(
                c.dep_ == "neg" for c in head.children):
            return "unconfirmed"  # "Israel has not confirmed it carried out that strike"
        if object_content(node):
            return object_content(node)
        if node.dep_ == "advcl" and is_infinitive(node) and lemma not in REQUESTING:
            return "purpose"  # "worked with partners to block revenue": the purpose, not the act
        if node.dep_ in ("acl", "ccomp", "relcl") and head.lemma_.lower() in CONDITION_NOUNS:
            return "conditional"  # "on condition that Iraq stop attacking its cities"
        if node.dep_ in ("advcl", "ccomp", "pcomp") and head.lower_ in CONDITIONAL_MARKS:
            return "conditional"  # "provided that Iraq releases its own" (parsed as a preposition)
        if node.dep_ in ("ccomp", "relcl", "parataxis") or (node.dep_ == "advcl" and not is_infinitive(node)):
            break  # reported speech, relative and adverbial clauses ("when they met") are as real as they say
        if node.dep_ == "acl" and is_infinitive(node) and head.pos_ in ("NOUN", "PROPN"):
            # "the need to counter", "efforts to expand", "at the request of X to discuss"
            return "required" if lemma == "need" else "intended" if lemma in HOPED_FOR else "purpose"
        if node.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in HOPED_FOR:
            return "intended"  # "interest in starting a dialogue"
        if node.dep_ == "pobj" and node.pos_ in ("NOUN", "PROPN") and head.lower_ in TEMPORAL_PREPS:
            break  # "during his first meeting with Trump": a noun event in a time phrase is as real as it is
        if node.dep_ == "pcomp" and head.lower_ == "of" and (
                head.head.lower_ == "short" or any(c.lower_ == "short" for c in head.head.children)):
            return "refused"  # "stopped short of ordering a ceasefire", "stopped short of imposing sanctions"
        if any(c.tag_ == "TO" for c in node.children) and lemma in REQUESTING:
            return "requested"  # "called for North Korea to be condemned"
        node = head
    return "asserted"


def _negated(tok: Token) -> bool:
    """"did not launch"; "is not going to attack" (the "not" sits on "going"); "no shots were fired", "no
    Russian troops have crossed", "no Iraqi air raids were reported"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    doers = [tok] if tok.pos_ in ("NOUN", "PROPN") else [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(g.dep_ == "det" and g.lower_ == "no" for d in doers for g in d.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ == "going" and any(c.dep_ == "neg" for c in tok.head.children)


def _place(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "at", "near", "off", "over", "into"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    return tok.doc[g.left_edge.i:g.right_edge.i + 1].text
    return None


def _merge_mentions(events: list[Event]) -> list[Event]:
    """One launch or attack told several times in an article is one event ("North Korea launched two
    cruise missiles ... The two missiles were fired on Sunday ..."): a mention that refers back (a noun,
    a passive, "the rocket flew") joins the one other account of the same type and source whose date
    and figures agree, and the account with its own date and the most figures stands for them all."""
    groups: list[list[Event]] = []
    for e in events:
        if e.type not in MATERIAL or e.modality != "asserted" or e.negated:
            continue
        fits = [g for g in groups if all(_same_happening(e, f) for f in g)]
        if len(fits) == 1:
            fits[0].append(e)
        else:
            groups.append([e])
    merged = set()
    for group in groups:
        if len(group) < 2:
            continue
        best = max(group, key=lambda e: (e.date_source == "sentence", len(e.attributes), -e.trigger_start))
        for e in group:
            if e is not best:
                for key, value in e.attributes.items():
                    best.attributes.setdefault(key, value)
                if best.attributes.get("weapon") in GENERIC_WEAPONS and e.attributes.get("weapon"):
                    best.attributes["weapon"] = e.attributes["weapon"]  # "the rocket" was an ICBM
                best.target_actors += [a for a in e.target_actors if a not in best.target_actors]
                merged.add(id(e))
    return [e for e in events if id(e) not in merged]


def _same_happening(a: Event, b: Event) -> bool:
    if a.type != b.type or a.mode != b.mode or not set(a.source_actors) & set(b.source_actors):
        return False
    if not a.refers_back and not b.refers_back:
        return False  # "North Korea fired X ... North Korea also fired Y": two accounts, two events
    if not _same_figures(a, b):
        return False
    da, db = _own_bounds(a), _own_bounds(b)
    if da and db:
        return da[0] <= db[1] and db[0] <= da[1]
    dated = da or db
    undated = b if da else a
    if dated and undated.date_source == "anchor":  # the lead's date is only the report's: a week's slack
        anchor = date_bounds(undated.date)[0]
        return anchor - dt.timedelta(days=7) <= dated[0] and dated[1] <= anchor
    return True


def _own_bounds(e: Event):
    first, last = date_bounds(e.date) if e.date_source not in (None, "anchor") else (None, None)
    return (first, last) if first else None


def _same_figures(a: Event, b: Event) -> bool:
    for key in ("count", "range_km", "apogee_km"):
        if key in a.attributes and key in b.attributes and a.attributes[key] != b.attributes[key]:
            return False
    wa, wb = a.attributes.get("weapon"), b.attributes.get("weapon")
    if wa in GENERIC_WEAPONS or wb in GENERIC_WEAPONS:
        return True  # "the rocket" can be the ballistic missile named before
    return not (wa and wb and wa not in wb and wb not in wa)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per type, source and date within a sentence: the first trigger stands for the clause
    ("condemned the move and expressed concern"); "attacked Kharkiv on Monday and struck Lviv on Tuesday" stay two."""
    kept, seen = [], set()
    for e in sorted(events, key=lambda e: e.date_source in (None, "anchor")):  # dated ones first
        key = (e.type, tuple(sorted(e.source_actors)))
        undated = e.date_source in (None, "anchor")  # the report's date is no date of its own
        if (*key, e.date) not in seen and not (undated and any(k[:2] == key for k in seen)):
            seen.add((*key, e.date))
            kept.append(e)
    return sorted(kept, key=lambda e: e.trigger_start)


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
