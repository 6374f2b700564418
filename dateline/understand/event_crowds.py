"""Crowds: whether a clause's doer is a crowd of people rather than a state ("students protested",
"tens of thousands rallied"), and when a crowd's violence is a riot rather than an armed attack
("protesters threw stones at the embassy"). ``event_senses`` and ``event_triggers`` use these to type
protests, riots and a state's diplomatic protest."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import STATE_ROLES
from .event_actors import resolve_phrase, source_actors
from .event_context import EventContext, named
from .event_parse import subject_of
from .event_words import CROWDS


def crowd_phrase(subj: Token) -> bool:
    """"demonstrators", "tens of thousands", "hundreds of students"."""
    return subj.lower_ in CROWDS or any(t.lower_ in ("thousands", "hundreds", "dozens") for t in subj.subtree)


def crowd_subject(tok: Token) -> bool:
    """Whether the clause's doer, its own or the one it shares, is a crowd ("tens of thousands")."""
    subj = subject_of(tok) or (subject_of(tok.head) if tok.dep_ in ("advcl", "conj", "xcomp") else None)
    # a passive's subject is acted on: "two aid workers were kidnapped" names no doer
    return subj is not None and subj.dep_ != "nsubjpass" and crowd_phrase(subj)


# What a crowd does when a protest turns violent: a riot, not an armed attack.
RIOT_VERBS = {"throw", "hurl", "set", "torch", "burn", "smash", "loot", "ransack", "stone", "pelt", "attack",
              "storm", "vandalise", "vandalize", "clash", "besiege", "surround"}
PROTESTING_ROLES = frozenset({"education", "labour", "opposition"})
RIOTERS = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "student", "youth", "villager",
           "worker", "supporter", "marcher", "fan", "activist"}


def rioting(tok: Token, context: EventContext) -> bool:
    """Whether violence is a crowd's ("Chinese protesters threw stones", "thousands of youths torched cars"),
    not armed men's."""
    subj = subject_of(tok) or (subject_of(tok.head) if tok.dep_ in ("conj", "advcl", "xcomp") else None)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    if subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
        subj = tok.head  # "protesters who torched cars"
    # crowds that protest: students, workers, opposition supporters (migrants stoning guards attack them)
    return crowd_phrase(subj) or subj.lemma_.lower() in RIOTERS or context.role_at(subj.i) in PROTESTING_ROLES


def is_crowd(tok: Token, context: EventContext) -> bool:
    """Whether a protest's subject is a crowd ("students", "Indian farmers") rather than a state."""
    subj = subject_of(tok)
    if subj is None:  # "summoned a diplomat to protest the incident": whoever summoned
        sources = source_actors(tok, context)
        return not named(sources) or all(context.role_of(c) not in (None, *STATE_ROLES) for c in sources)
    if crowd_phrase(subj):
        return True
    if context.role_at(subj.i) not in (None, *STATE_ROLES):
        return True  # "Buddhist monks", "opposition supporters": people, not a state
    return not named(resolve_phrase(subj, context))
