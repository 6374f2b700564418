"""How real an event is: its modality (asserted, future, possible, conditional, refused...) and its negation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .event_parse import is_infinitive, object_content
from .event_words import (
    CONDITIONAL_MARKS,
    CONDITION_NOUNS,
    CONTENT_MODALITY,
    HOPED_FOR,
    MODAL_FUTURE,
    MODAL_OBLIGATION,
    MODAL_POSSIBLE,
    SPEECH,
    SPEECH_NOUNS,
    TEMPORAL_PREPS,
    WRAPPERS,
)

if TYPE_CHECKING:
    from .events import Event


REQUESTING = {"call", "urge", "ask", "demand", "request", "appeal"}  # "called for North Korea to be condemned"
# A vote's infinitive is what the vote decided ("voted 141-5 on Wednesday to demand"), whatever the parse.
DECIDING = {"vote"}


# What was only asked for, voted down, said to be needed, only a purpose ("to block revenue") or what
# stopped ("halted its shelling") did not happen: no event.
DROPPED_MODALITIES = {"requested", "rejected", "required", "purpose", "stopped"}


# What happened or is planned: the events a store keeps (``is_real``). What is only alleged, feared, hoped
# for, conditional or denied is read here (it decides, say, that "accused X of shelling" is an accusation
# and the shelling only alleged) but stays out of the store.
REAL_MODALITIES = {"asserted", "future"}


def is_real(event: Event) -> bool:
    """Whether an event happened or is planned: asserted or future, and not negated."""
    return event.modality in REAL_MODALITIES and not event.negated


def modality_of(tok: Token) -> str:
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
        if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in node.children) and node.tag_ in (
                "VBP", "VBZ", "VB"):
            return "expected"  # "banned all imports until Argentine troops leave the islands"
        if node.dep_ == "pcomp" and node.head.lower_ == "to" and node.head.head.lower_ in ("close", "near"):
            return "expected"  # "troops were close to defeating the Tigers"
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children):
            return "hypothetical"
        head = node.head
        if head.i == node.i:
            break
        if node is tok and node.pos_ == "NOUN" and node.dep_ in ("nsubj", "nsubjpass") and {
                c.lower_ for c in head.children if c.dep_ == "aux"} & (MODAL_POSSIBLE | {"would"}):
            return "possible"  # "a Chinese blockade of Taiwan could wipe $2 trillion off global output"
        lemma = head.lemma_.lower()
        if node.dep_ in ("xcomp", "ccomp") and lemma in WRAPPERS:
            return WRAPPERS[lemma]  # "refused to meet", "allowed Ukraine to strike"
        if node.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.children):
            return "expected"  # "has yet to be discussed"
        if node.dep_ in ("ccomp", "xcomp", "dobj", "csubj") and lemma in CONTENT_MODALITY and not (
                node is tok and tok.lemma_.lower() in SPEECH_NOUNS):  # "rejected Moscow's demand": it was made
            return CONTENT_MODALITY[lemma]
        if node.dep_ == "ccomp" and lemma in ("confirm", "say", "announce", "report") and any(
                c.dep_ == "neg" for c in head.children):
            return "unconfirmed"  # "Israel has not confirmed it carried out that strike"
        if content := object_content(node):
            return content
        if node.dep_ == "advcl" and is_infinitive(node) and lemma not in REQUESTING | DECIDING:
            return "purpose"  # "worked with partners to block revenue": the purpose, not the act
        if node.dep_ in ("acl", "ccomp", "relcl") and lemma in CONDITION_NOUNS:
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


def is_negated(tok: Token) -> bool:
    """"did not launch"; "is not going to attack" (the "not" sits on "going"); "no shots were fired", "no
    Russian troops have crossed", "no Iraqi air raids were reported", "fired no Scud missiles"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    # "Iraq has fired no Scud missiles": the act's object says none was done
    doers = [tok] if tok.pos_ in ("NOUN", "PROPN") else [c for c in tok.children
                                                           if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if any(g.dep_ == "det" and g.lower_ == "no" for d in doers for g in d.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ == "going" and any(c.dep_ == "neg" for c in tok.head.children)

