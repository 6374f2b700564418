"""Whom an event falls on when its clause names no one: a state's own people or the place's (arrests,
curfews, pardons, police fire), the doers of a deed a reaction is to ("condemned the attack"), whom a
protest is aimed at ("rallied outside the Japanese embassy to denounce Tokyo's curbs"), and the other
side of a meeting of one country's people ("Kibaki and opposition leader Odinga met")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import STATE_ROLES
from .event_actors import clause_places, top_level
from .event_objects import target_actors
from .event_parse import is_event_noun, subject_of
from .event_context import SIDE, UNNAMED, EventContext, public
from .event_words import NOUNS

# Reactions: to a deed, they are aimed at its doers.
REACTIONS = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST"}
# Events that are said rather than done: what "rejected the demand" or "welcomed the offer" answers.
WORDS = REACTIONS | {"THREATEN", "AGREE"}
# Deeds of words: what is rejected or welcomed may be a demand or an offer, itself a reaction's kind.
SAID = {"finding", "report", "claim", "charge", "accusation", "allegation", "demand", "request", "call", "deadline",
        "ultimatum", "offer", "proposal", "plan", "remark", "comment", "statement", "speech", "threat", "warning"}
# Nouns that name a deed told before ("condemned the move", "the decrees"), besides the event nouns.
ACTS = {"move", "decision", "decree", "verdict", "sentence", "action", "act", "incident", "operation", "step",
        "shipment", "expulsion", "killing", "execution", "detention", "conviction", "ruling", "measure",
        "announcement", "release", "handover", "drop", "airdrop", "arrest", "jailing", "crackdown", "violence",
        "bombing", "shooting", "massacre", "abduction", "kidnapping", "closure", "law", "bill", "policy",
        "seizure", "deal", "agreement", "accord", "treaty", "pact", "exchange", "swap", "order", "ban", "warrant",
        "resolution", "indictment"} | SAID
# Deals, which are made by words and deeds alike: "disappointed by the deal" answers its signing.
PACTS = {"deal", "agreement", "accord", "treaty", "pact"}
# Verbs that name a deed told before with "it": "calling it a dangerous and unlawful manoeuvre".
NAMING = {"call", "describe", "brand", "term", "label", "dub"}
FEELING_PREPS = {"by", "at", "over", "about", "with"}  # "disappointed by", "alarmed at"
# A threat to answer what was done: "Pakistan vowed to respond", "vowed to avenge the killings".
ANSWERS = {"respond", "retaliate", "reply", "avenge", "answer", "punish"}


def reacted_to(anchor: Token, sources: list[dict], context: EventContext) -> list[str]:
    """Whom a reaction to an act named by a noun is aimed at: the doers of the last act told before it
    ("... shelled the hospital, and MSF condemned the attack": the shellers; "the United States and Germany
    condemned the sentence": the court's state; "a move the State Department welcomed"; a threat that "the
    strikes would not go unpunished"). ``sources`` are the reaction's, as ``EventContext.describe`` gives them:
    its own earlier deeds are not what it reacts to, though its state's other arms' are ("the army killed 30
    rebels, and the president praised the operation")."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return []
    deed = _deed_named(anchor)
    if deed is None:
        return []
    lemma = deed.lemma_.lower()
    if lemma not in ANSWERS and any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in deed.children):
        return []  # "condemned Russia's attack": the phrase names its doer
    codes = {d["code"] for d in sources} | {d["country"] for d in sources}
    roles = {d["role"] for d in sources}
    return next((doers for type_, doers, doer_roles in context.recent_doers
                 if ((type_ in WORDS) == (lemma in SAID) or lemma in PACTS)
                 and not (set(doers) & codes and (doer_roles & roles or not doer_roles))), [])


def _deed_named(anchor: Token) -> Token | None:
    """The word in a reaction's clause that names the deed it answers: its object ("condemned the move"),
    the noun it qualifies ("a move the State Department welcomed"), the subject of what it says ("warned
    that the move would come with consequences"), or a verb of answering ("vowed to respond")."""
    obj = next((c for c in anchor.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in ("that", "which") and anchor.dep_ == "relcl":
        obj = anchor.head  # "a coup that the African Union condemned"
    if obj is not None:
        pointer = obj.lemma_.lower() in ("it", "this") and anchor.lemma_.lower() in NAMING
        return obj if _names_a_deed(obj) or pointer else None
    if anchor.dep_ == "relcl" and _names_a_deed(anchor.head):
        return anchor.head
    for c in anchor.children:
        if c.dep_ == "ccomp":
            subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and _names_a_deed(subject) and any(
                    g.dep_ == "det" and g.lower_ in ("the", "this", "these", "such") for g in subject.children):
                return subject
        if c.dep_ == "xcomp" and c.lemma_.lower() in ANSWERS:
            return c
        if c.dep_ == "acomp":  # "was deeply disappointed by the deal", "alarmed at the move"
            for p in (p for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in FEELING_PREPS):
                deed = next((g for g in p.children if g.dep_ == "pobj"), None)
                if deed is not None and _names_a_deed(deed):
                    return deed
    return None


def _names_a_deed(tok: Token) -> bool:
    """An event noun or a word for a deed told before ("the move", "the decree", "the deal")."""
    return tok.lemma_.lower() in NOUNS or tok.lemma_.lower() in ACTS


def home_targets(anchor: Token, sources: list[dict], targets: list[str], people_roles: list[str], sent: Span,
                 context: EventContext, own: bool) -> list[str]:
    """Whom a state's arrests, curfews, pardons and police warnings fall on when no one is named: the people
    of the place they happen in, else of the state's own country ("lifted the curfew" in Nusaybin: Turkey's
    people; "arrested 14 suspected militants" in the West Bank: Palestinian militants). ``sources`` are the
    event's sources as ``EventContext.describe`` gives them."""
    places = clause_places(anchor, context) or (clause_places(anchor.head, context) if anchor.dep_ == "conj" else [])
    home = next((d["country"] for d in context.describe(public(places), sent) if d["country"]), None)
    if home is None and own:
        home = next((d["country"] for d in sources if d["country"] and d["role"] in STATE_ROLES), None)
    if home is None:
        return []
    roles = [context.role_of(c) for c in targets if c.startswith(UNNAMED)] + people_roles
    return [f"{home}{SIDE}{role}" for role in dict.fromkeys(r or "civilian" for r in roles or [None])]



# Where a crowd gathers to be heard by those inside: "outside the Japanese embassy", "on the U.S. consulate".
MISSIONS = {"embassy", "consulate", "mission", "legation", "chancery", "base", "headquarters"}
PROTEST_PLACES = {"outside", "at", "near", "to", "on", "before", "in", "toward", "towards"}


def protest_aim(anchor: Token, context: EventContext) -> list[str]:
    """Whom a protest is aimed at when it names them: the state whose mission the crowd gathers at, else
    the one the protest's purpose names ("to denounce Tokyo's curbs", "in protest at Western policy")."""
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ in PROTEST_PLACES:
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in MISSIONS:
                    found = context.actors_in(g.left_edge.i, g.i + 1)  # not "in Seoul" after it
                    if found:
                        return found
    for c in anchor.children:
        if c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            found = target_actors(c, context)  # "to denounce Tokyo's curbs on exports"
            if found:
                return found
    return []


MUTUAL = {"CONSULT", "AGREE", "COOPERATE"}  # what two sides do with each other
# Acts of other kinds that sides do to each other when they do them together: "signed a treaty",
# "swapped prisoners", "exchanged fire", "clashed".
MUTUAL_VERBS = {"sign", "initial", "swap", "exchange", "trade", "clash", "skirmish"}


def mutual(anchor: Token, trigger) -> bool:
    """Whether sides named together as the doers of this act do it to each other."""
    if trigger.type in MUTUAL or anchor.lemma_.lower() in MUTUAL_VERBS:
        return True
    return any(t.lower_ == "each" and t.dep_ in ("dobj", "pobj", "det", "advmod", "appos", "nsubj")
               for t in anchor.subtree if t.i - anchor.i < 8)


def met_at_home(anchor: Token, sources: list[str], context: EventContext) -> list[str]:
    """"President Kibaki and opposition leader Raila Odinga met": when every party of a meeting (or a deal)
    is of one country, each is the other's target; the last one named stands for them ("KEN/opposition")."""
    subject = subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None
    if subject is None or not subject.conjuncts or len(sources) != 1:
        return []
    parties = [context.actors_at(top_level(x)) for x in (subject, *subject.conjuncts)]
    if not all(p == parties[0] for p in parties[1:]) or parties[0] != sources:
        return []
    last = subject.conjuncts[-1]
    return [f"{sources[0]}{SIDE}{context.role_at(last.i) or 'civilian'}"]


def fired_back(anchor: Token, sources: list[str], context: EventContext) -> list[str]:
    """"Thai forces returned fire", "the South's forces fired back": at whoever attacked them last."""
    lemma = anchor.lemma_.lower()
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in anchor.children)
    if not (back or lemma in ("return", "retaliate")):
        return []
    return next((doers for type_, doers, _ in context.recent_doers
                 if type_ == "ASSAULT" and not set(doers) & set(sources)), [])


def threatened_at(anchor: Token, sources: list[str], context: EventContext) -> list[str]:
    """Whom the act a threat or a warning speaks of is aimed at: "warned that air strikes against Yugoslavia
    were imminent", "was prepared to strike Syria", "threatened to reimpose sanctions on the generals"."""
    for c in anchor.children:
        if c.dep_ not in ("ccomp", "xcomp"):
            continue
        for tok in c.subtree:
            aimed = tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("strike", "attack", "hit", "bomb", "invade",
                                                                        "punish", "destroy", "sanction") \
                or tok.dep_ == "pobj" and tok.head.lower_ in ("against", "on", "at") and is_event_noun(tok.head.head)
            if aimed:
                found = [a for a in context.actors_at(top_level(tok)) if a not in sources]
                if found:
                    return found
    return []


# Acts that, told after another act of the same doer, are aimed at whom that act was.
SHARED_TARGET = {"AGREE", "SUPPORT", "REQUEST", "AID", "CONCEDE", "REJECT", "THREATEN", "ACCUSE", "ASSAULT"}


def shares_subject(verb: Token) -> bool:
    """"Kim apologised to Koizumi and promised ...": a verb joined to one before it with no subject of its own."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def captors(anchor: Token, context: EventContext) -> list[str]:
    """Who let captives go when a passive release names no one: those who held them "in" a place ("three
    Americans held in North Korea were freed"), else whoever the text last told seizing someone
    ("police detained Tsvangirai ... He was released without charge")."""
    if anchor.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubjpass" for c in anchor.children):
        return []
    freed = next(c for c in anchor.children if c.dep_ == "nsubjpass")
    for acl in (c for c in freed.children if c.dep_ == "acl" and c.lemma_.lower() in ("hold", "detain", "jail")):
        places = [a for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "by")
                  for g in p.children if g.dep_ == "pobj" for a in context.actors_at(top_level(g))]
        if places:
            return places[:1]
    return next((doers for type_, doers, _ in context.recent_doers if type_ in ("COERCE", "ASSAULT")), [])
