"""Handovers: what "handed over", "turned over" and "handed back" are depends on what changes hands.

People to another state or a court: cooperation (an extradition in all but name: "Mexico turned over
15 drug traffickers to the United States", "Belgrade handed Milosevic over to the tribunal"). Captives
given back: a release ("Pakistan handed back the Indian pilot"). Weapons: disarming ("the guerrillas
handed over their weapons"). Power: stepping down ("Mobutu handed over power"). Supplies: aid
("handed over 700 kg of medicine to the Red Crescent").
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_context import EventContext
from .event_words import CAPTIVES, SUPPLIES, SUSPECTS, Trigger, t

HANDING = {"hand", "turn"}
POWER = {"power", "presidency", "control", "authority", "office", "leadership", "reins", "government"}
# People who are handed back or over, whom the agents dictionary may not list.
PERSONS = {"pilot", "sailor", "fisherman", "crew", "crewman", "tourist", "journalist", "worker", "student",
           "activist", "official", "diplomat", "spy", "agent", "smuggler", "trafficker", "boy", "girl"}
ARMS = {"weapon", "arm", "arms", "gun", "rifle", "ammunition", "explosive"}


def handed_over(tok: Token, context: EventContext) -> Trigger | None:
    """The event of "handed/turned over X (to Y)" and "handed back X"; None leaves the verb to the lexicons."""
    moved = _particle(tok)
    if moved is None or tok.lemma_.lower() == "turn" and moved != "over":
        return None  # "turned down", "turned to": other verbs
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "handing over their weapons": the parser may take the particle for a preposition
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "back")
                for g in c.children if g.dep_ == "pobj"]
    if not objects and tok.dep_ == "relcl":
        objects = [tok.head]  # "the suspects it handed over"
    lemmas = {o.lemma_.lower() for o in objects} | {
        g.lemma_.lower() for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj"}  # "hundreds of prisoners"
    if lemmas & POWER:
        return t("RETREAT", "resign")
    if lemmas & ARMS:
        return t("RETREAT", "disarm")
    if lemmas & CAPTIVES or moved == "back" and any(_people(o, context) for o in objects):
        return t("RETREAT", "release")
    if lemmas & SUPPLIES:
        return t("AID")
    if any(_people(o, context) for o in objects) or lemmas & SUSPECTS:
        return t("COOPERATE")
    return None


def _particle(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("over", "back"):
            return c.lower_
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after.lower_ if after is not None and after.lower_ in ("over", "back") else None


def _people(tok: Token, context: EventContext) -> bool:
    """A person or people: a name, a pronoun, or a word the agents dictionary gives a role."""
    if tok.ent_type_ == "PERSON" or context.kind_at(tok.i) == "person" or tok.lower_ in ("him", "her", "them") \
            or tok.lemma_.lower() in PERSONS | SUSPECTS | CAPTIVES:
        return True
    return context.role_at(tok.i) is not None and context.kind_at(tok.i) != "country"
