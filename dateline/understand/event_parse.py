"""The questions about single tokens that finding events keeps asking of the parse: is this noun
an event ("the launch", "talks"), what is this verb's subject, is this clause an infinitive."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .event_words import LIGHT_VERBS, NOUN_SENSES, NOUNS, OBJECT_CONTENT, WEAPONS_WORDS


def is_event_noun(tok: Token) -> bool:
    """Whether ``tok`` names an event ("the launch", "talks", "a phone call"), not the word in another sense."""
    lemma = tok.lemma_.lower()
    if lemma not in NOUNS:
        return False
    if tok.pos_ in ("VERB", "AUX"):
        # "will hold their annual Freedom Shield drills", parsed with "drills" as a verb
        return tok.tag_ == "VBZ" and tok.dep_ in ("ccomp", "dobj", "xcomp") and tok.head.lemma_.lower() in LIGHT_VERBS \
            and not any(c.dep_ in ("aux", "dobj") for c in tok.children)
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound" or tok.ent_type_ in ("DATE", "TIME"):
        return False  # "riot police", "the launch site": a modifier names no event; "in March" is a month
    sense = NOUN_SENSES.get(lemma)
    if sense == "NNS":
        return tok.tag_ == "NNS"  # "talks", not "a talk"
    if sense == "phone":
        return any(c.lower_ in ("phone", "telephone", "video") for c in tok.children) or (
            any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) and speaker_of(tok) is not None)
    if sense == "speech":
        return speaker_of(tok) is not None and not _market_sense(tok)
    return True


# How markets' demand and offers are told: "weaker demand from the United States", "a share offer".
MARKET_WORDS = {"weak", "weaker", "strong", "stronger", "rising", "falling", "slack", "sluggish", "global", "domestic",
                "consumer", "robust", "soft", "softer", "firm", "high", "higher", "low", "lower", "growing", "slowing",
                "overseas", "foreign", "export", "import", "oil", "energy", "share", "takeover", "cash", "public",
                "bid", "tender", "rights", "buyout"}


def _market_sense(noun: Token) -> bool:
    """"weaker demand from the United States hurt shipments", "BHP's takeover offer": trade, not a speech act."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    asked = {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
             for g in c.children if g.dep_ == "pobj"}
    return bool(words & MARKET_WORDS) or bool(asked & {"good", "product", "export", "import", "oil", "share", "stock",
                                                       "money", "dollar", "a", "cent", "penny"}) or any(
        c.ent_type_ == "MONEY" for g in noun.children for c in g.subtree)


def speaker_of(noun: Token) -> Token | None:
    """Who a speech act named by a noun is by, in its own phrase: "Moscow's demand", "an appeal from world
    leaders", "a request by Kenya", "at the request of President Nyusi"."""
    # "a request for help from the government in Bamako": the parser may hang "from" on what is asked for
    asked = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for c in (*noun.children, *(c for g in asked for c in g.children if c.lower_ == "from")):
        if c.dep_ == "poss" or c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < noun.i:
            return c  # "Moscow's demand", "a Soviet call for a moratorium"
        if c.dep_ == "prep" and (c.lower_ in ("from", "by") or c.lower_ == "of" and (
                noun.dep_ == "pobj" and noun.head.lower_ == "at")):
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def phrase_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def subject_child(verb: Token, deps=("nsubj", "csubj")) -> Token | None:
    """The verb's own subject; of two (a bad parse), the one nearest before it."""
    found = [c for c in verb.children if c.dep_ in deps]
    before = [c for c in found if c.i < verb.i]
    return before[-1] if before else (found[0] if found else None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, shared with the verb it is conjoined to ("Moscow denied ... and said ...")."""
    node = verb
    for _ in range(4):
        subj = subject_child(node, ("nsubj", "nsubjpass", "csubj"))
        if subj is not None or node.dep_ != "conj":
            return subj
        node = node.head
    return None


def is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def object_content(tok: Token) -> str | None:
    """The modality of "accused Ukraine of <tok>", "warned Washington against <tok>" (see OBJECT_CONTENT)."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        return OBJECT_CONTENT.get((tok.head.head.lemma_.lower(), tok.head.lower_))
    return None


def has_weapon_subject(tok: Token) -> bool:
    """"The missile flew ...", "The missile reached ... and flew ..." (the subject shared by "and")."""
    subj = subject_of(tok)
    return subj is not None and subj.lower_ in WEAPONS_WORDS


def bare_participle(tok: Token) -> bool:
    """A participle with no subject or agent of its own ("a missile fired Sunday night", "if fired on a
    normal trajectory"; the parser may tag it as a past tense)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
    return not own and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ in ("advcl", "acl", "amod")))


def passive_or_noun(tok: Token) -> bool:
    """"two missiles were fired", "the launch of an ICBM": nobody is named as the launcher."""
    return tok.pos_ in ("NOUN", "PROPN") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) \
        or tok.dep_ in ("acl", "amod")


def clause_of(tok: Token) -> Span:
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


def place_of(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "at", "near", "off", "over", "into"):
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                    return tok.doc[g.left_edge.i:g.right_edge.i + 1].text
    return None

