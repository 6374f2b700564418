"""Events: who did what to whom, when and where, typed with PLOVER's 16 types.

An event is found from the dependency parse. Its trigger is a verb whose lemma and arguments
match a row of ``event_words.VERBS``, or an event noun ("launch", "visit", "sanctions") that has
an argument of its own ("Blinken's visit to Seoul") or is the object of a light verb ("conducted
a test", "lodged a protest": the verb then gives the subject, time, negation and modality).

- Type: the row's, turned by the arguments: firing *at* someone is ASSAULT, a state's protest is
  ACCUSE, drills by two sides are COOPERATE (a verb's reading is ``event_triggers``'; the words are in
  ``event_words``, the word senses in ``event_senses``, crowds and riots in ``event_crowds``, the nouns'
  light verbs and own doers in ``event_nouns``).
- Source: ``event_actors``; a passive launch with no agent takes the document's launcher, never the one
  reporting it; an attack told with no doer keeps none (``event_unattributed``). Targets: the clause's
  objects and recipients (``event_objects``), else whom it falls on (``event_targets``); handovers are
  typed by what changes hands (``event_handovers``).
- Modality (``event_modality``): what the clause and the words above it say of the event's reality:
  future, possible, conditional, hypothetical ("if ..."), alleged ("accused X of ..."), denied, refused...
- Date: ``event_dates``; figures (weapon, count, range...): ``event_attributes``.
- One launch told several times in an article is one event (``event_mentions``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .event_actors import (
    accused_actors,
    clause_places,
    crowd_demonyms,
    first_person_subject,
    patient_actors,
    place_actors,
    prep_actors,
    reporters,
    resolve_phrase,
    source_actors,
    top_level,
    weapon_owner,
)
from .event_context import SIDE, UNNAMED, EventContext, actor_key, named, public
from .event_objects import object_places, target_actors
from .actors import CROWD_ROLES, NOT_POLITICAL, STATE_ROLES
from .event_attributes import MATERIAL, attributes
from .event_dates import event_date, spell_of
from .event_lexicon import load_lexicon
from .event_parse import (
    bare_participle,
    clause_of,
    has_weapon_subject,
    is_event_noun,
    passive_or_noun,
    phrase_range,
    place_of,
    subject_of,
)
from .event_words import (
    LAUNCH_WORDS,
    LIGHT_VERB_TYPES,
    NOUNS,
    REFUSING,
    SELF_STANDING,
    SPEECH_NOUNS,
    TEMPORAL_PREPS,
    Trigger,
    t,
)
from .extensions import register_extensions
from .event_senses import (
    RETYPED,
    RETYPED_BY_NEGATION,
    drill_type,
    market_rally,
    object_lemmas,
    particular_weapon,
)
from .event_crowds import crowd_subject
from .event_triggers import hand_row, hyphen_modifier, mend_lemmas, verb_trigger
from .event_unattributed import fought_with, unattributed_sources
from .event_nouns import crowd_places, dated_within, light_verb_of, noun_row, own_sources, talked_of
from .event_modality import DROPPED_MODALITIES, is_negated, is_real, modality_of
from .event_mentions import aftermath, dedupe_sentence, done_together, follows_suit, main_act, merge_mentions
from .event_targets import (MUTUAL, REACTIONS, SHARED_TARGET, captors, fired_back, home_targets, met_at_home, mutual,
                            protest_aim, reacted_to, shares_subject, threatened_at)

# Verbs whose subject is an attack and whose object its target: "an Israeli airstrike destroyed the consulate".
HARM_VERBS = {"destroy", "hit", "kill", "damage", "strike", "target", "wound", "injure", "level", "flatten", "wreck",
              "devastate", "demolish", "gut"}
# Verbs that tell how an event went: "the ceasefire took effect on Wednesday", "the launch ended in failure".
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
    mend_lemmas(doc)
    context = EventContext(doc)
    events: list[Event] = []
    for sent in doc.sents:
        found, at = [], {}
        for tok in sent:
            event = None
            if is_event_noun(tok):
                event = _noun_event(tok, sent, context)
            elif tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep", "mark", "case", "aux", "auxpass") \
                    and not hyphen_modifier(tok):
                before = main_act(doc, events + found) if follows_suit(tok) else None
                if before is not None:
                    # "Bahrain and Sudan followed suit": the act told last, by them, on the same target
                    event = _build(tok, tok, Trigger(before.type, before.mode, code=before.code), sent, context,
                                   targets=list(before.target_actors))
                elif (trigger := verb_trigger(tok, context)) is not None:  # not "according to", "following the talks"
                    event = _build(tok, tok, trigger, sent, context)
            if event is not None and not aftermath(tok, event, at):
                found.append(event)
                at[tok.i] = event
                if (together := done_together(tok, event)) is not None:
                    found.append(together)
                if event.source_actors and is_real(event):
                    context.recent_doers.insert(0, (event.type, event.source_actors,
                                                    {d["role"] for d in event.sources}))
                if event.date_source in ("sentence", "relative") and event.date_precision == "day":
                    context.last_day = event.date  # what "hours later" counts from
        events += dedupe_sentence(found)
        context.after_sentence(sent)
    return merge_mentions(events)


def _noun_event(tok: Token, sent: Span, context: EventContext) -> Event | None:
    """An event named by a noun (``is_event_noun``): with an argument of its own, or as a light verb's object."""
    if talked_of(tok) or any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in tok.children):
        return None  # "a response to any Israeli attack": attacks that may come
    if market_rally(tok, sent):
        return None
    if tok.dep_ == "pobj" and fought_with(tok.head.head, context):
        return None  # "were killed in a clash with Chinese troops": the killing tells it
    lemma = tok.lemma_.lower()
    row = NOUNS[lemma]
    light = light_verb_of(tok)
    if lemma == "alert":  # "was put on alert": whoever is on it ("issued an emergency alert" warns the public)
        subject = subject_of(light) if light is not None and tok.head.lower_ == "on" else None
        if subject is None:
            return None
        return _build(light, tok, row, sent, context, sources=resolve_phrase(subject, context) or None, noun=tok)
    own = own_sources(tok, context)
    row = noun_row(tok, row, light)
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        row = t("REQUEST")  # "Canberra's call for an independent inquiry"
    if lemma in SPEECH_NOUNS and own and not light:
        # "at the request of President Nyusi", "rejected Moscow's demand", "agreed to a request from Bamako":
        # asked of, offered to, whoever acted on it; else whom its own words name ("that his fighters lay down")
        acted = tok.head.head if tok.dep_ == "pobj" else tok.head
        answered = source_actors(acted, context) if acted.pos_ in ("VERB", "AUX") and tok.dep_ in (
            "dobj", "pobj") else []
        told = [a for c in tok.children if c.dep_ in ("acl", "ccomp") for g in c.children if g.dep_ == "nsubj"
                for a in resolve_phrase(g, context)]
        targets = [a for a in answered or told or target_actors(tok, context) if a not in own]
        return _build(tok, tok, row, sent, context, sources=own, targets=targets, noun=tok)
    if light is not None:
        verb_lemma = light.lemma_.lower()
        if verb_lemma == "end" and light.tag_ == "VBG" and light.dep_ in ("advcl", "xcomp", "conj"):
            return None  # "signed a peace treaty, formally ending 12 years of civil war": what the deed did
        row = LIGHT_VERB_TYPES.get((verb_lemma, lemma), row)
        if verb_lemma == "draw":  # "the launch drew condemnation from Seoul": roles turn round
            sources = prep_actors(tok, {"from"}, context) or prep_actors(light, {"from"}, context)
            subject = next((c for c in light.children if c.dep_ == "nsubj"), None)
            # the subject is often an act, whose doer is the target ("North Korea's launch drew ...")
            targets = (resolve_phrase(subject, context) or context.actors_at(top_level(subject))) \
                if subject is not None else []
            return _build(light, tok, row, sent, context, sources=sources, targets=targets)
        if row.type == "MOBILIZE" and lemma in ("drill", "exercise", "manoeuvre", "maneuver", "patrol"):
            row = drill_type(light, tok, context)
        if row.type == "CONSULT" and verb_lemma in REFUSING:
            row = t("REJECT", "meet")  # "boycotted the summit", "cancelled the talks"
        return _build(light, tok, row, sent, context, sources=own or None, noun=tok)
    if lemma not in SELF_STANDING and row.type != "PROTEST":
        return None
    if tok.tag_ == "NNS" and not dated_within(tok, context) and not spell_of(tok) and not any(
            c.dep_ in ("det", "poss", "nummod", "prep") for c in tok.children):
        return None  # "warning data on North Korean missile launches": launches in general, no one of them
    if row.type == "PROTEST" and not own:
        own = crowd_places(tok, context)  # "11 days of street protests in Yerevan": Armenia's people
    weapons = row.mode == "weapons" and particular_weapon(tok) and tok.tag_ != "NNS"
    told_by_verb = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in HARM_VERBS | COURSE_VERBS
    if (own or weapons) and told_by_verb and not dated_within(tok, context):
        # "An Israeli airstrike destroyed the consulate on Monday, killing seven": the strike, told by its
        # verb (its date, its targets, its figures); "the launch ended in failure on Monday"
        verb = tok.head
        targets = target_actors(verb, context) if verb.lemma_.lower() in HARM_VERBS else target_actors(tok, context)
        return _build(verb, tok, row, sent, context, sources=own, targets=targets, noun=tok)  # [] -> the launcher
    if told_by_verb and row.type == "ASSAULT" and not dated_within(tok, context):
        # "an attack on a base in Niger killed 17 soldiers": an attack told by what it did, by no one named
        return _build(tok.head, tok, row, sent, context, sources=own, targets=target_actors(tok.head, context),
                      noun=tok)
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


def _build(anchor: Token, trigger_tok: Token, trigger: Trigger, sent: Span, context: EventContext, *,
           sources: list[str] | None = None, targets: list[str] | None = None,
           noun: Token | None = None) -> Event | None:
    """The event whose clause is ``anchor``'s (a verb, or a noun event standing alone)."""
    modality = modality_of(anchor)
    if modality in DROPPED_MODALITIES:
        return None
    if context.sporting(sent) and (trigger.type not in ("REJECT", "SANCTION", "PROTEST", "ACCUSE")
                                   or trigger_tok.lemma_.lower() in ("delay", "postpone")):
        return None  # games ("Brazil beat Argentina 2-1"), though boycotting the Olympics is politics
    # a launch, or a weapon fired at someone ("an Iranian-made drone was fired at the tanker")
    weapons = trigger.type in MATERIAL and trigger.mode == "weapons" or (
        trigger.type == "ASSAULT" and anchor.lemma_.lower() in LAUNCH_WORDS)
    # A launch told with no launcher: "two missiles were fired", "the missile flew", "a missile fired Sunday night".
    bare = bare_participle(anchor)
    unnamed = weapons and (passive_or_noun(anchor) or has_weapon_subject(anchor) or bare)
    if sources is None and weapons and bare:
        sources = []  # not the subject of the clause it hangs on: the launcher, below
    if sources is None:
        accused = accused_actors(anchor, context)
        sources = accused if accused is not None else source_actors(anchor, context)
    if targets is None:
        targets = target_actors(anchor, context, noun)
    foes = fought_with(anchor, context) if trigger.type == "ASSAULT" else []
    if foes:  # "since 20 Indian soldiers were killed in a clash with Chinese troops": not the clause above's doer
        sources, targets = foes, patient_actors(anchor, context)
    acted_on = targets  # before those of the source's own code are taken out ("detained President Yoon")
    if weapons:
        if not sources and unnamed:
            # "a North Korean missile was launched", "launched from near Pyongyang"
            sources = weapon_owner(anchor, context) or _launch_site(anchor, context)
        if sources and modality == "asserted":
            context.launcher = sources[0]
        elif not sources and unnamed:
            # the country a story is most about launches its tests; an attack needs more than that
            fallback = context.launcher or context.launching_country or (
                context.salient if trigger.type != "ASSAULT" else None)
            # not the country fired at: "rockets were fired at the U.S. embassy in Baghdad"
            if fallback and fallback not in reporters(anchor, context) and fallback not in targets:
                sources = [fallback]
    if trigger.type != "PROTEST" and not named(sources) and crowd_subject(anchor):
        # "tens of thousands marched through the capital demanding that Lukashenko step down"
        sources = [f"{c}{SIDE}civilian" for c in public(place_actors(anchor, context)
                                                      or place_actors(anchor.head, context))] or sources
    if trigger.type == "PROTEST" and not named(sources):
        # "students protested in Dhaka": Bangladesh's students, by the place ("BGD/education")
        crowd = next((context.role_of(c) for c in sources), None) or "civilian"
        places = crowd_demonyms(anchor, context) or place_actors(anchor, context)
        if not places and not sources and context.salient and crowd_subject(anchor):
            # "as thousands took to the streets", "tens of thousands rallied across the country": the
            # people of the country the story is about
            places = [context.salient]
        sources = [f"{c}{SIDE}{crowd}" for c in public(places)] or sources
    if trigger.type in ("COERCE", "SANCTION") and trigger.mode in ("arrest", "convict") and not sources:
        # "Investigators detained President Yoon", "Imran Khan was arrested by Rangers": a state acting at home
        sources = place_actors(anchor, context) or targets[:1] or patient_actors(anchor, context)[:1]
    if trigger.mode == "resign" and not sources:
        sources = prep_actors(anchor, {"as"}, context)  # "resigned as Bangladesh's prime minister"
    targets = [a for a in targets if a not in sources]
    if not targets:
        targets = patient_actors(anchor, context)  # "Thirteen Israeli hostages were released by Hamas"
    if not targets and trigger.type in SHARED_TARGET and shares_subject(anchor):
        # "apologised to Koizumi ... and promised it would not happen again": to the one the first verb names
        targets = [a for a in target_actors(anchor.head, context) if a not in sources]
    if trigger.mode == "visit" and not targets:
        targets = [a for a in prep_actors(anchor, {"in", "at"}, context) if a not in sources]  # "arrived in Kyiv"
    if trigger.type in ("ASSAULT", "COERCE") and not targets:
        # "struck targets in Yemen", "the abduction of 276 schoolgirls in Chibok"
        places = (clause_places(anchor, context) or object_places(anchor, context)) if anchor.pos_ in (
            "VERB", "AUX") else [a for a in context.actors_in(*phrase_range(anchor)) if a not in sources]
        # "police detained 600 people in Minsk": a state's own people ("BLR/civilian")
        targets = [a if a not in sources else f"{a}{SIDE}civilian" for a in public(places)]
    if trigger.type == "COERCE" and trigger.mode == "seize" and not named(targets) and (
            noun is not None or "power" in object_lemmas(anchor)):
        targets = [f"{c}{SIDE}government" for c in public(sources)]  # a coup: against the state's government
    if trigger.type == "PROTEST":
        # "Israelis took to the streets", "British miners picketed": a country's people, not its state
        sources = [c if SIDE in c or c.startswith("~") or context.role_of(c) not in STATE_ROLES
                   else f"{c}{SIDE}civilian" for c in sources]
    if trigger.type == "PROTEST":
        # at whom it names ("a march on the U.S. embassy in Amman"), else a crowd protests to its own
        # government: "tens of thousands marched through Minsk" (BLR)
        aim = (protest_aim(noun, context) if noun is not None else []) or protest_aim(anchor, context)
        if aim or not named(targets):
            targets = aim or [c for c in public(sources) if c not in sources] or targets
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "failure" for g in c.children)
           for c in anchor.children):
        modality = "failed"  # "the launch ended in failure"
    quote = context.quote_at(trigger_tok.idx)
    if quote is not None and quote.speaker_actors and first_person_subject(anchor):
        sources = list(quote.speaker_actors)  # inside a quote, "we" and "I" are the speaker
    if not sources and trigger.type == "RETREAT" and trigger.mode == "release":
        sources = captors(anchor, context)  # "He was released without charge several hours later"
    if not sources:
        # an event with no one doing it says nothing a timeline can use, but a bombing does
        sources = unattributed_sources(anchor, trigger_tok, context) if trigger.type == "ASSAULT" else None
        if sources is None:
            return None
    targets = [a for a in targets if a not in sources]
    if len(named(sources)) >= 2 and mutual(anchor, trigger):
        # "Maduro and Ali met", "Russia and Ukraine swapped prisoners": each side acts on the others (and
        # "Rabin and Arafat shook hands on the White House lawn", "began joint patrols around Manbij" too)
        targets = list(dict.fromkeys([*sources, *targets]))
    if trigger.type in MUTUAL and not named(targets):
        targets = met_at_home(anchor, sources, context) or targets
    if trigger.needs_target and not targets:
        return None  # "the need to expand", "we went to the region": a broad reading with no one acted on
    # "companies struggled to meet demand", "mobile operator Lyca said it would deploy": a company does not
    # act in politics (its name, a person's for all the tagger knows, does not change that)
    roled = [c for c in sources if not (c.startswith(UNNAMED) and context.role_of(c) is None)]
    if roled and all(context.role_of(code) in NOT_POLITICAL for code in roled):
        return None
    subject = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    source_detail = context.describe(sources, sent, subject)
    if anchor.lemma_.lower() == "tour" and not any(d["country"] or d["role"] for d in source_detail):
        return None  # "a choirmaster who toured America three times": a journey, not a visit of state
    if not named(targets) and (trigger.type == "ASSAULT" or anchor.lemma_.lower() == "retaliate"):
        targets = fired_back(anchor, sources, context) or targets  # "Indian forces retaliated": on the attackers
    if not named(targets) and trigger.type == "THREATEN":
        targets = threatened_at(anchor, sources, context) or targets
    if not named(targets) and (trigger.type in REACTIONS or trigger.type == "THREATEN"):
        targets = reacted_to(anchor, source_detail, context) or targets  # "MSF condemned the attack": its doers
    if not named(targets) and (trigger.type in ("COERCE", "CONCEDE", "THREATEN", "ASSAULT", "SANCTION", "ACCUSE")
                               or trigger.mode == "release"):
        # a state's own people: its police's doing, or its arrests, curfews and pardons (not what it seizes,
        # "eight rifles"); an attack on people no one names falls on those of the place it happens in
        police = any(d["role"] == "police" for d in source_detail)
        # ("freed 46 students", "released Bhutto on bail": people held at home)
        own = police or trigger.type == "CONCEDE" or trigger.mode == "release" or (
            trigger.type == "COERCE" and trigger.mode != "seize") or (
            trigger.type == "SANCTION" and trigger.mode == "convict")  # "a court in Tehran sentenced three men"
        # people acted on keep their roles, though their code is the source's own ("President Yoon")
        people_roles = [m._.role or "elite" for m in context.mentions if m._.actor_kind == "person"
                        and actor_key(m) in acted_on and sent.start <= m.start < sent.end]
        # "a Russian court sentenced Alexei Navalny", "accused its own foreign minister"
        own = own or trigger.type in ("SANCTION", "ACCUSE") and bool(people_roles)
        # "troops fired on students and workers": a state's forces at home, on crowds of its own people
        own = own or trigger.type == "ASSAULT" and bool(targets) and all(
            context.role_of(c) in CROWD_ROLES for c in targets) and all(
            d["role"] in STATE_ROLES for d in source_detail)
        if own or trigger.type == "ASSAULT":
            targets = home_targets(anchor, source_detail, targets, people_roles, sent, context, own) or targets
    negated = is_negated(anchor) and not (trigger.type == "REJECT" and anchor.lemma_.lower() in RETYPED_BY_NEGATION)
    if trigger.type == "THREATEN" and anchor.lemma_.lower() == "retaliate":
        if modality == "asserted" and not negated:
            trigger = t("ASSAULT")  # retaliation carried out
        else:
            modality = "asserted"  # the threat is made now, whatever it would do later
    clause = clause_of(anchor)
    target_detail = context.describe(targets, sent)
    date, precision, date_source = event_date(anchor, sent, context, modality,
                                              noun_only=anchor.pos_ not in ("VERB", "AUX") and not _in_verbs_time(anchor))
    event = Event(
        type=trigger.type, mode=trigger.mode, trigger=trigger_tok.text, trigger_start=trigger_tok.idx,
        trigger_end=trigger_tok.idx + len(trigger_tok), start=clause.start_char, end=clause.end_char,
        sentence_start=sent.start_char, sentence_end=sent.end_char, source_actors=public(sources),
        target_actors=public(targets), code=trigger.code, sources=source_detail, targets=target_detail,
        date=date, date_precision=precision, date_source=date_source, place=place_of(anchor), negated=negated,
        modality=modality, attributes=attributes(trigger.type, context.text[clause.start_char:clause.end_char],
                                                  context.text[sent.start_char:sent.end_char]),
    )
    if anchor.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in anchor.children):
        context.last_subject = sources
    # A mention that refers back ("the missile flew", "the launch of an ICBM") may join another account.
    event.refers_back = passive_or_noun(anchor) or passive_or_noun(trigger_tok) or has_weapon_subject(anchor) \
        or anchor.dep_ == "relcl"
    if quote is not None:
        event.quoted_by = quote.speaker
    return event


def _in_verbs_time(noun: Token) -> bool:
    """A noun event that happens when its clause's verb does: "shot dead two youths during riots", "clamped a
    curfew on Srinagar today", "to break up a march" (a verb that is no event of its own); not "condemned the
    attack on Tuesday" or "lifted the curfew", whose times are the reaction's."""
    if noun.lemma_.lower() in SPEECH_NOUNS:
        return False  # "will meet on Friday at the request of the United States": asked before
    head = noun.head
    if noun.dep_ == "pobj":  # "apologised at their summit on Tuesday"
        return head.lower_ in ("during", "amid", "amidst", "at")
    lemma = head.lemma_.lower()
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and hand_row(head, lemma) is None \
        and lemma not in RETYPED and load_lexicon().read(head) is None


def _launch_site(tok: Token, context: EventContext) -> list[str]:
    """"launched from near Pyongyang", "launched from Jagang Province in the North": the site's country."""
    site = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if site is None:
        return []
    return (context.actors_in(*phrase_range(site)) or prep_actors(tok, {"in"}, context))[:1]


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
