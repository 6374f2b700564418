"""Whom an event is done to, by its clause's own words: its objects and recipients ("expelled two Iranian
diplomats", "urged Shamir's government not to retaliate", "sanctions on Niger"), whom a threat's content
is aimed at, and what "them", "his" or "both sides" stand for. ``event_targets`` reads the targets a
clause leaves unnamed."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import load_registry
from .agents import place_code
from .event_actors import DESCRIBED, PRONOUNS, described_before, top_level, without_clauses
from .event_context import EventContext, actor_key, named
from .event_parse import is_event_noun, phrase_range, subject_of
from .event_words import AIMED, CONDITIONAL_MARKS, WEAPONS_WORDS
from .reference import GROUP_NOUNS, group_actors, group_size

# ("pledged $1 million in relief for Georgia", "drills around Taiwan")
TARGET_PREPS = {"to", "with", "on", "against", "toward", "towards", "over", "of", "from", "between", "at", "upon",
                "regarding", "about", "into", "for", "around"}
TARGET_DEPS = {"dobj", "dative", "attr", "oprd"}
# Verbs whose object does what the infinitive after it says; the parser may make it that infinitive's subject.
OBJECT_CONTROL_VERBS = {"urge", "ask", "warn", "order", "call", "press", "tell", "invite", "encourage", "force",
                        "persuade", "advise", "instruct", "allow", "request", "demand", "appeal", "implore"}

# Where an actor further in is still the target ("concern over ties between X and Y"); not places
# ("on the sidelines of the G7 summit in Italy").
NESTED_TARGET_PREPS = {"with", "between", "over", "about", "regarding", "against", "toward", "towards", "to", "at",
                       "into"}
WHERE = {"in", "at", "near", "outside", "inside", "across"}
# Where or why something happened, not to whom: "signed on the sidelines of the G7 summit", "met
# at the request of the United States".
VENUES = {"sideline", "sidelines", "margin", "margins", "side", "occasion", "eve", "basis", "behalf", "day", "night",
          "request", "invitation", "urging", "initiative"}


def target_actors(tok: Token, context: EventContext, noun: Token | None = None) -> list[str]:
    """Actors at the top of the object and recipient phrases; nested ones only when there are none."""
    heads = []
    left = []  # what was left ("walked out of talks with South Sudan"): those it was with are the targets too
    for node in (tok, noun) if noun is not None and noun.i != tok.i else (tok,):
        for c in node.children:
            if noun is not None and c.i == noun.i:
                continue
            if c.dep_ in TARGET_DEPS:
                if not (c.dep_ == "dobj" and c.lemma_.lower() in WEAPONS_WORDS):
                    heads.append(c)
                else:  # "U.S.-made missiles" are no target; "missiles and drones at Ukrainian cities" have one
                    heads.extend(g for i in sorted(without_clauses(c)) for p in [c.doc[i]]
                                 if p.dep_ == "prep" and p.lower_ in AIMED | {"toward", "towards"}
                                 for g in p.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                # not where ("on the sidelines of"), not with what ("with German-supplied weapons")
                heads.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() not in VENUES
                             and g.lower_ not in WEAPONS_WORDS)
            elif c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "away"):
                # "pulled out of Somalia", "walked out of talks with South Sudan", "pull its troops out of Niger"
                out_of = [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                          for g in p.children if g.dep_ == "pobj"]
                heads.extend(out_of)
                left.extend(out_of)
            elif c.dep_ == "advcl" and tok.lemma_.lower() in ("retaliate", "respond", "threaten", "warn") \
                    and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS for g in c.children):
                heads.extend(g for g in c.children if g.dep_ == "nsubj")  # "retaliate if the Philippines ..."
            elif c.dep_ == "ccomp" and tok.lemma_.lower() in ("warn", "threaten", "vow", "pledge", "demand", "urge",
                                                              "ask", "request", "insist", "order", "call", "charge",
                                                              "allege", "claim", "complain"):
                heads.extend(g for g in c.children if g.dep_ == "nsubj")  # "warned that Finland would face ..."
                # "warned that it would annihilate any U.S. spy plane": whom the threat is against
                heads.extend(g for g in c.children if g.dep_ == "dobj" and not any(
                    x.dep_ == "nsubj" and x.lower_ not in PRONOUNS for x in c.children))
                # "warned that it would launch strikes on U.S. bases": whom the act it threatens is aimed at
                heads.extend(p for g in c.children if g.dep_ == "dobj" and is_event_noun(g) for x in g.children
                             if x.dep_ == "prep" and x.lower_ in AIMED for p in x.children if p.dep_ == "pobj")
            elif (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                  for g in c.children)) \
                    and tok.lemma_.lower() in ("threaten", "warn", "urge", "ask", "agree", "pledge", "refuse",
                                               "decline", "vow", "promise", "offer", *OBJECT_CONTROL_VERBS):
                # "offered to mediate between Saudi Arabia and Iran" (the parser may hang it as a purpose)
                heads.extend(g for g in c.children if g.dep_ in TARGET_DEPS or g.dep_ == "dative")
                if c.lemma_.lower() in ("let", "allow", "permit"):  # "refused to let the U.S. destroyer call"
                    heads.extend(x for g in c.children if g.dep_ in ("ccomp", "xcomp") for x in g.children
                                 if x.dep_ == "nsubj")
                if tok.lemma_.lower() in OBJECT_CONTROL_VERBS:  # "urged Shamir's government not to retaliate"
                    heads.extend(g for g in c.children if g.dep_ == "nsubj" and g.i < c.i)
                heads.extend(p for g in c.children if g.dep_ == "prep" and g.lower_ in TARGET_PREPS
                             for p in g.children if p.dep_ == "pobj")
    heads = [counted(h, context) for h in heads]
    codes: list[str] = []
    for h in heads:
        found = context.actors_at(top_level(h) - _venues(h))  # "hours of talks in Lausanne": not Switzerland
        if not found and h.lower_ in OBJECT_PRONOUNS:
            found = _named_before(h, context)  # "the expulsion of two Iranian diplomats, accusing them"
        if not found and h.lower_ in GROUP_NOUNS:  # "urged both sides to cease fire": the last two named
            phrase = context.doc[h.left_edge.i:h.i + 1]
            size = group_size(phrase)
            found = group_actors(context.doc, phrase, size) if size else []
        if not found and h.lemma_.lower() in DESCRIBED and any(c.dep_ == "det" and c.lower_ == "the"
                                                               for c in h.children):
            found = described_before(h, context, tok)  # "fired missiles toward the island": Taiwan
        poss = next((c for c in h.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its")), None)
        if not found and poss is not None:  # "demanded his immediate return": the one named before
            found = _named_before(poss, context, tok)
        if not found and h.lower_ in ("whom", "who", "which", "that") and tok.dep_ == "relcl":
            found = context.actors_at(top_level(tok.head))  # "an American diplomat whom it accused of spying"
        for code in found:
            if code not in codes:
                codes.append(code)
    if named(codes):
        return codes
    nested: list[str] = []
    for h in heads:  # "host his counterparts from Japan", "concern about ties between X and Y"
        if h.dep_ in ("dobj", "dative") or h.head.lower_ in NESTED_TARGET_PREPS or h in left:
            phrase = without_clauses(h)
            # "rice offered by South Korea", "a plan proposed by Egypt": whose it is
            whose = {t.i for x in phrase for a in h.doc[x].children if a.dep_ == "acl"
                     for p in a.children if p.dep_ == "agent" for t in p.subtree}
            for code in context.actors_at((phrase | whose) - _venues(h)):
                if code not in nested:
                    nested.append(code)
    return named(nested) or codes or nested


OBJECT_PRONOUNS = {"them", "him", "her", "it"}
# Words that count what follows "of": "thousands of protesters", "$34 billion of Chinese imports".
COUNTS = {"thousand", "hundred", "dozen", "million", "billion", "score", "lot", "group", "number", "handful",
          "couple", "tens", "band", "party", "unit", "member", "some", "one", "two", "three", "several", "many",
          "most", "all", "each", "both", "few", "part"}


def counted(head: Token, context: EventContext) -> Token:
    """What a count stands for, when it names someone: "thousands of protesters" are protesters ("flew
    hundreds of paratroopers into Kinshasa" flies its own men: no one's the target)."""
    if head.pos_ == "NUM" or head.lemma_.lower() in COUNTS or head.tag_ == "$":
        of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            inner = counted(of, context)
            moved = context.role_at(inner.i) == "military"  # one's own men flown in are no target
            return inner if not moved and named(context.actors_at(top_level(inner))) else head
    return head


def _venues(head: Token) -> set[int]:
    """Tokens of the places inside a phrase, where it was done: "signed a border agreement in Algiers" (not
    "$8 billion in Iranian assets")."""
    return {t.i for p in head.subtree if p.dep_ == "prep" and p.lower_ in WHERE
            and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in p.children if g.dep_ == "pobj")
            for t in p.subtree}


def _named_before(pronoun: Token, context: EventContext, verb: Token | None = None) -> list[str]:
    """The actor an object pronoun stands for: the nearest one named before it in its sentence, not its
    clause's subject ("Bahrain expelled two Iranian diplomats, accusing them": Iran); "his" and "her"
    stand for a person ("seized President Zelaya ... and demanded his return")."""
    subject = subject_of(verb if verb is not None else pronoun.head)
    skip = set(range(*phrase_range(subject))) if subject is not None else set()
    person = pronoun.lower_ in ("his", "her", "him")
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        m = context.mention_at.get(i)
        if m is not None and i not in skip and actor_key(m) and (not person or m._.actor_kind == "person"):
            return [actor_key(m)]
    # "Marcos fled the palace. The Reagan administration offered him refuge": the person told of before
    return list(context.last_person) if person else []


def object_places(verb: Token, context: EventContext) -> list[str]:
    """The countries of places named inside what an attack or raid is done to: "pounded Tripoli's Mitiga
    airport", "residential districts of Kharkiv were pounded", "the old walled city of Dubrovnik"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    codes: list[str] = []
    for obj in objects:
        # "people who had taken refuge in a church east of Kigali": where those hit were, too
        where = without_clauses(obj) | {t.i for c in obj.children if c.dep_ == "relcl" for p in c.children
                                        if p.dep_ == "prep" and p.lower_ in WHERE for t in p.subtree}
        for i in sorted(where):
            tok = verb.doc[i]
            if tok.pos_ != "PROPN" or tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                continue  # the head of each name once: "San Cristobal de las Casas"
            code = place_code(tok, load_registry())
            if code and code not in codes:
                codes.append(code)
    return codes
