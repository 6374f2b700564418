"""Events named by nouns: the light verbs that carry them ("held talks", "conducted a test"), who does
them by their own words ("Blinken's visit"), and which are only talked of."""

from __future__ import annotations

from spacy.tokens import Token

from .event_actors import clause_places, resolve_phrase, top_level
from .event_context import EventContext, SIDE, public
from .event_dates import spell_of
from .event_parse import is_event_noun, phrase_range, speaker_of
from .event_words import (
    CROWD_PROTEST,
    HOSTILITIES,
    IRREALIS_NOUNS,
    LABOUR_STRIKE,
    LIGHT_VERBS,
    NOT_HAPPENED_VERBS,
    NOUNS,
    QUANTITIES,
    SPEECH_NOUNS,
    REFUSING,
    Trigger,
    t,
)


def event_object(verb: Token) -> Token | None:
    """The event noun a light verb takes: "conducted a test", "travel ... for a summit"."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS and verb.dep_ == "relcl" and is_event_noun(verb.head) and all(
            c.lower_ in ("that", "which") for c in verb.children if c.dep_ == "dobj"):
        return verb.head  # "the sanctions that ECOWAS imposed on Niger"
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
    # "was put on alert" (not "remain on alert", a standing posture), "went on hunger strike", "on a rampage",
    # "placed the president under house arrest"
    for prep, verbs, nouns in (("on", ("be", "put", "place", "go"), ("alert", "strike", "rampage")),
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


def light_verb_of(noun: Token) -> Token | None:
    """The light verb whose event ``noun`` is: "held talks", "travel ... for a summit", "a missile and drone attack",
    "began two days of drills"."""
    first = noun.head if noun.dep_ == "conj" else noun
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in QUANTITIES:
        first = first.head.head
    relative = [c for c in noun.children if c.dep_ == "relcl"]  # "the sanctions that ECOWAS imposed"
    for verb in (*relative, first.head, first.head.head):
        if verb.pos_ in ("VERB", "AUX"):
            found = event_object(verb)
            if found is not None and found.i == noun.i:
                return verb
    return None


# What a state does with a protest note: "lodged a protest", "filed protests", "delivered a protest".
NOTE_VERBS = {"lodge", "file", "register", "deliver", "send", "issue", "hand", "submit", "lodged"}


def noun_row(noun: Token, row: Trigger, light: Token | None) -> Trigger:
    """A crowd's protest or a workers' strike, not a state's protest note or an air strike: "street protests",
    "protests" in the plural, "a general strike", "went on hunger strike", "called a strike"."""
    lemma = noun.lemma_.lower()
    words = {w for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")
             for w in (c.lemma_.lower(), c.lower_)} | {c.lower_ for c in noun.lefts}
    verb = light.lemma_.lower() if light is not None else None
    if lemma == "protest" and verb in NOTE_VERBS:
        return row  # "lodged protests with Beijing": states' notes of protest, however many
    if lemma == "protest" and (noun.tag_ == "NNS" or words & CROWD_PROTEST or verb in ("lead", "organise", "organize")):
        return t("PROTEST", "demo")
    if lemma == "strike":
        if "hunger" in words:
            return t("PROTEST", "hunger")
        if words & LABOUR_STRIKE or verb in ("go", "call", "stage", "end"):
            return t("PROTEST", "strike")
    return row


def crowd_places(noun: Token, context: EventContext) -> list[str]:
    """Whose people a protest without a named crowd is: the place in its phrase, else in its sentence."""
    places = [a for a in context.actors_in(*phrase_range(noun)) if not a.startswith("~")] \
        or clause_places(noun.head if noun.dep_ != "ROOT" else noun, context) \
        or [context.mention_at[t.i]._.actor for t in noun.sent if t.dep_ == "pobj" and t.i in context.mention_at
            and t.head.lower_ in ("in", "at") and context.kind_at(t.i) == "country"]  # "police in Amman ... a march"
    if not places and spell_of(noun):
        # "Hariri resigned, bowing to two weeks of mass protests": the people of the state the sentence is about
        places = [m._.country for m in context.mentions if noun.sent.start <= m.start < noun.sent.end
                  and m._.actor_kind in ("country", "person") and m._.country][:1]
    return [f"{c}{SIDE}civilian" for c in public(places)[:1]]



def dated_within(tok: Token, context: EventContext) -> bool:
    """Whether a time expression sits inside ``tok``'s phrase ("the launch on Nov. 21")."""
    first, last = tok.left_edge.i, tok.right_edge.i
    return any(first <= t.start <= last for t in context.timexes.get(tok.sent.start, []))


def own_sources(noun: Token, context: EventContext) -> list[str]:
    """Who does a noun's event by its own words: "Blinken's visit", "talks by X", "the meeting between A and B",
    "an appeal from world leaders"."""
    if noun.lemma_.lower() in SPEECH_NOUNS or noun.lemma_.lower() == "call":
        speaker = speaker_of(noun)
        return resolve_phrase(speaker, context) if speaker is not None else []
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


LIFTING = {"lift", "ease", "relax", "remove", "scrap", "rescind", "repeal", "loosen", "waive"}
HALTING = {"halt", "suspend", "stop", "cease"}  # "ended its offensive" is a light verb's


def talked_of(noun: Token) -> bool:
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
            if lemma in HALTING and noun.lemma_.lower() in HOSTILITIES:
                return True  # "halted its shelling": the halt is the event (a de-escalation), not the shelling
            if lemma in LIFTING and noun.lemma_.lower() in NOUNS and NOUNS[noun.lemma_.lower()].type in (
                    "SANCTION", "COERCE") and node is noun and noun.dep_ == "dobj" and not any(
                    c.dep_ == "relcl" for c in noun.children):
                return True  # "voted to lift its arms embargo": the lifting is the event, not a new embargo
            if lemma in ("exclude", "bar", "ban") and noun.dep_ == "pobj" and noun.head.lower_ == "from":
                return True  # "barred the junta chief from its summit": the summit is not his
            if noun.lemma_.lower() in SPEECH_NOUNS and node is noun:
                return False  # "rejected Moscow's demand": the demand was made, whatever became of it
            # a boycotted summit is a rejection; "what it called operations" names them
            return lemma in NOT_HAPPENED_VERBS and lemma not in REFUSING and node.dep_ not in ("oprd", "attr")
        node = head
    return False

