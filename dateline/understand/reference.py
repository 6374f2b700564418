"""Who a pronoun or a group noun refers to: the last person named, or the last N actors.

Used for quote speakers and event sources: "he said" is the person last named before it, preferring the subject of
that sentence ("Blinken met Wang Yi. ... he said" is Blinken); "the three allies" are the last
three countries named, "the two leaders" the countries of the last two people named. Callers may
pass the character spans of quoted text, whose names are what someone said, not who is talking.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .extensions import ACTORS

# Groups of people: "the two leaders" are the last two people named, through their countries.
PEOPLE_NOUNS = {"leaders", "ministers", "presidents", "diplomats", "envoys", "counterparts", "officials"}
GROUP_NOUNS = {"allies", "countries", "nations", "sides", "governments", "partners", "neighbours", "neighbors",
               "powers", "states", "parties"} | PEOPLE_NOUNS
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
SUBJECT = {"nsubj", "nsubjpass"}


def mentions(doc: Doc) -> list[Span]:
    """The doc's actor mentions, built once (spaCy makes every Span of a group anew on each read)."""
    group = doc.spans[ACTORS] if ACTORS in doc.spans else []
    cached = doc.user_data.get(_MENTIONS)
    if cached is None or len(cached) != len(group):
        cached = doc.user_data[_MENTIONS] = list(group)
    return cached


_MENTIONS = ("dateline", "mentions")


def _outside(mention: Span, skip: Iterable[tuple[int, int]]) -> bool:
    return not any(start <= mention.start_char and mention.end_char <= end for start, end in skip)


def last_person(doc: Doc, before: int, skip: Iterable[tuple[int, int]] = ()) -> Span | None:
    """The person a "he" or "she" at character ``before`` most likely is: of the people named in the
    last sentence before it that names one, the first in a subject's place, else the last named.

    :param skip: character spans (quoted text) whose mentions do not count
    """
    skip = list(skip)
    people = [m for m in mentions(doc)
              if m.end_char <= before and m._.actor_kind == "person" and _outside(m, skip)]
    if not people:
        return None
    sentence = people[-1].sent.start
    subjects = [m for m in people if m.sent.start == sentence and _is_subject(m.root)]
    return subjects[0] if subjects else people[-1]


def _is_subject(tok: Token) -> bool:
    """The token heads a clause's subject, alone or with others ("Blinken and Park met")."""
    while tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in SUBJECT


def group_size(phrase: Span) -> int | None:
    """N for "the N leaders/allies/countries" (or "both sides"), else None."""
    nouns = [t for t in phrase if t.lower_ in GROUP_NOUNS]
    if not nouns:
        return None
    for t in phrase:
        if t.lower_ in COUNTS:
            return COUNTS[t.lower_]
    return None


def group_actors(doc: Doc, phrase: Span, count: int, skip: Iterable[tuple[int, int]] = ()) -> list[str]:
    """The actors a group phrase of ``count`` members stands for: for people ("the two leaders") the
    countries of the last ``count`` people named, when that many were; else the last ``count`` countries."""
    skip = list(skip)
    if any(t.lower_ in PEOPLE_NOUNS for t in phrase):
        people: dict[str, str] = {}  # person -> actor, latest first
        for m in reversed([m for m in mentions(doc) if m.end_char <= phrase.start_char and _outside(m, skip)]):
            if m._.actor_kind == "person" and m._.actor and (m._.person or m.text) not in people:
                people[m._.person or m.text] = m._.actor
                if len(people) == count:
                    return list(dict.fromkeys(reversed(people.values())))
    return last_actors(doc, phrase.start_char, count, skip)


def last_actors(doc: Doc, before: int, count: int, skip: Iterable[tuple[int, int]] = ()) -> list[str]:
    """The last ``count`` distinct country codes named before character ``before`` (in text order).

    :param skip: character spans (quoted text) whose mentions do not count
    """
    skip = list(skip)
    codes: list[str] = []
    for m in reversed([m for m in mentions(doc) if m.end_char <= before and _outside(m, skip)]):
        if m._.actor and len(m._.actor) == 3 and m._.actor.isupper() and m._.actor not in codes:
            codes.append(m._.actor)
            if len(codes) == count:
                break
    return list(reversed(codes))
