"""Attacks that the text tells without naming who made them.

"A car bomb exploded outside a police station, killing seven", "two aid workers were kidnapped",
"four policemen were killed in an ambush": the field codes these as assaults with no source. Every
other event needs someone doing it, and so does an attack whose clause could as well tell an
accident ("a gas explosion killed 12 miners", "were killed when their bus overturned"): only the
means of an attack (a bomb, gunmen, an ambush) or a verb that only people do to people
("assassinated", "abducted", "shot dead") let one stand with no source.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_parse import is_event_noun
from .event_words import NATURAL, NOT_EVENT, Trigger, t

# Weapons and attackers that can be a clause's subject: "a roadside bomb killed", "gunmen stormed".
ATTACK_MEANS = {"bomb", "bomber", "grenade", "rocket", "mortar", "missile", "shell", "ied", "landmine",
                "explosive", "gunman", "gunmen", "assailant", "attacker", "sniper", "kidnapper", "abductor",
                "militant", "insurgent", "jihadist", "bandit", "gunfire", "airstrike", "drone"}
# Events that are attacks by their name: "killed in an ambush", "an attack on a base killed 17".
ATTACK_NOUNS = {"attack", "ambush", "bombing", "raid", "airstrike", "shelling", "shooting", "assault",
                "bombardment", "massacre", "offensive", "strike", "gunfight", "firefight", "crossfire", "blast"}
# Verbs that only an attacker does to people: told in the passive they need no "by".
ATTACK_VERBS = {"assassinate", "abduct", "kidnap", "behead", "stab", "massacre", "lynch", "torture", "gun",
                "ambush", "bomb", "shell", "shoot", "attack", "execute", "hack", "mutilate", "rape", "storm",
                "firebomb", "torch", "loot"}
# What sets "a man"/"men" apart as attackers: "masked men", "armed men", "unidentified men".
ATTACKER_MARKS = {"masked", "armed", "unidentified", "unknown", "hooded", "suspected"}
HARMS = {"kill", "wound", "injure", "destroy", "damage", "maim", "level", "flatten", "hit", "leave"}
BOMB_WORDS = {"bomb", "explosive", "ied", "grenade", "suicide", "car", "truck", "roadside"}


EXPLODING = {"explode", "detonate", "go", "rip", "blow"}


def exploded(tok: Token, context=None) -> Trigger | None:
    """"A car bomb exploded outside the ministry", "a bomb went off in a market", "a blast ripped through
    the mosque": an attack (not "a gas cylinder exploded", "prices went up", "the tyre blew")."""
    lemma = tok.lemma_.lower()
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if lemma == "go" and "off" not in particles or lemma == "rip" and not any(
            c.dep_ in ("prep", "prt") and c.lower_ == "through" for c in tok.children):
        return None
    device = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("device", "bomb", "weapon")), None)
    if device is not None and any(c.lower_ in ("nuclear", "atomic", "hydrogen", "thermonuclear") for c in device.children):
        return t("MOBILIZE", "weapons")  # "the Soviet Union exploded a nuclear device at Semipalatinsk": a test
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not _attack_means(subject) or lemma == "blow" and subject.lemma_.lower() != "bomber":
        return None
    if subject.lemma_.lower() in ("rocket", "missile") and any(
            t.lemma_.lower() in FLIGHT_WORDS for t in tok.sent if t.i != subject.i):
        return NOT_EVENT  # "the rocket exploded minutes after launch": a failed flight, not an attack
    return t("ASSAULT", "explosives")


FLIGHT_WORDS = {"launch", "liftoff", "lift-off", "takeoff", "blastoff", "flight", "pad", "booster"}


def unattributed_sources(anchor: Token, trigger_tok: Token, context) -> list[str] | None:
    """The doers of an assault whose clause names none, when it is one all the same: the owners its means
    names ("an IRA landmine blew up a Land Rover": IRL), else none ([]: "a car bomb exploded"); None when
    it is no attack, or when its subject is an attack told apart with its own doer ("an Israeli airstrike
    destroyed the consulate": the airstrike's event)."""
    if not unattributed_attack(anchor, trigger_tok):
        return None
    clause = anchor.head if anchor.dep_ in ("advcl", "conj") and anchor.tag_ == "VBG" else anchor
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or trigger_tok.i == subject.i or subject.dep_ == "nsubjpass" and not _attack_means(subject):
        return []  # "two aid workers were kidnapped": whom it was done to
    owners = [c for c in context.actors_in(subject.left_edge.i, subject.right_edge.i + 1) if not c.startswith("~")]
    if owners and is_event_noun(subject):
        return None
    return owners


# Fighting that people are killed in, against a side named after "with": "in a clash with Chinese troops".
FIGHTS = {"clash", "fighting", "fight", "battle", "skirmish", "gunfight", "firefight", "confrontation", "encounter",
          "shootout", "exchange"}


def fought_with(anchor: Token, context) -> list[str]:
    """The other side of the fighting a passive harm happened in: "were killed in a clash with X"."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.children) or anchor.lemma_.lower() not in HARMS:
        return []
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for fight in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in FIGHTS):
            for with_ in (c for c in fight.children if c.dep_ == "prep" and c.lower_ == "with"):
                found = [a for g in with_.children if g.dep_ == "pobj"
                         for a in context.actors_in(g.left_edge.i, g.right_edge.i + 1)]
                if found:
                    return found
    return []


def unattributed_attack(anchor: Token, trigger_tok: Token) -> bool:
    """Whether an assault with no source the text names is still one: told with the means of an attack."""
    if trigger_tok.pos_ in ("NOUN", "PROPN"):
        # "the bombing of a mosque killed 30", "an attack on a base wounded 17" (not "the corporate raid ended")
        return trigger_tok.lemma_.lower() in ATTACK_NOUNS - {"blast"} and anchor.lemma_.lower() in HARMS
    clause = anchor.head if anchor.dep_ in ("advcl", "conj") and anchor.tag_ == "VBG" else anchor
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.dep_ == "compound" and c.lemma_.lower() in NATURAL for c in subject.children):
        return False  # "lightning strikes killed 23 people"
    if subject is not None and subject.dep_ == "nsubj" and (_attack_means(subject) or (
            subject.lemma_.lower() in ATTACK_NOUNS and _bomb_blast(subject) and clause.lemma_.lower() in HARMS)):
        return True  # "a roadside bomb killed three soldiers", "a bomb went off, killing 12"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in anchor.children) or (
        anchor.tag_ == "VBN" and anchor.dep_ in ("acl", "amod", "conj"))
    if not passive:
        return False
    if subject is not None and subject.dep_ == "nsubjpass" and _attack_means(subject):
        return True  # "rockets were fired at the embassy"
    if anchor.lemma_.lower() in ATTACK_VERBS:
        return True  # "was assassinated", "were kidnapped", "was shot dead"
    # "were killed in an ambush", "were wounded by gunfire", "killed when their convoy hit a roadside bomb"
    for tok in anchor.subtree:
        if tok.i == anchor.i or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if _attack_means(tok) or tok.lemma_.lower() in ATTACK_NOUNS and _bomb_blast(tok):
            return True
    return False


def _attack_means(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if lemma in ("blast", "explosion"):
        return _bomb_blast(tok)  # "a bomb blast", not "a gas explosion at a chemical plant"
    if lemma in ("man", "men", "youth", "assailant"):
        return bool(words & ATTACKER_MARKS) or lemma == "assailant"
    if lemma == "device":
        return "explosive" in words
    if lemma == "mine":
        return bool(words & {"land", "anti-personnel", "anti-tank"})  # not "a coal mine"
    if lemma == "shell":
        return tok.lower_ in ("shell", "shells") and bool(words & {"mortar", "artillery", "tank"})
    # the tagger may take a capitalised plural for a name ("Rockets were fired")
    return lemma in ATTACK_MEANS or tok.lower_ in ATTACK_MEANS or tok.lower_.removesuffix("s") in ATTACK_MEANS


def _bomb_blast(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in ("blast", "explosion"):
        return True
    return any(c.lower_ in BOMB_WORDS for c in tok.children if c.dep_ in ("amod", "compound"))
