"""Who a pronoun or a group noun refers to: the last person named, or the last N actors.

Shared by quotes (speakers) and events (sources): "he said" is the person last named before
it; "the two leaders" and "the three allies" are the last two or three countries named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .extensions import ACTORS

PERSONAL = {"he", "she", "him", "her", "his"}
GROUP_NOUNS = {"leaders", "allies", "countries", "nations", "sides", "governments", "partners", "ministers",
               "neighbours", "neighbors", "powers", "states"}
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def mentions(doc: Doc) -> list[Span]:
    return list(doc.spans[ACTORS]) if ACTORS in doc.spans else []


def last_person(doc: Doc, before: int) -> Span | None:
    """The last mention of a person that ends before character ``before``."""
    found = None
    for m in mentions(doc):
        if m.end_char > before:
            break
        if m._.actor_kind == "person":
            found = m
    return found


def group_size(phrase: Span) -> int | None:
    """N for "the N leaders/allies/countries" (or "both sides"), else None."""
    nouns = [t for t in phrase if t.lower_ in GROUP_NOUNS]
    if not nouns:
        return None
    for t in phrase:
        if t.lower_ in COUNTS:
            return COUNTS[t.lower_]
    return None


def last_actors(doc: Doc, before: int, count: int) -> list[str]:
    """The last ``count`` distinct country codes named before character ``before`` (in text order)."""
    codes: list[str] = []
    for m in reversed([m for m in mentions(doc) if m.end_char <= before]):
        if m._.actor and len(m._.actor) == 3 and m._.actor.isupper() and m._.actor not in codes:
            codes.append(m._.actor)
            if len(codes) == count:
                break
    return list(reversed(codes))


def is_personal_pronoun(tok: Token) -> bool:
    return tok.lower_ in PERSONAL
