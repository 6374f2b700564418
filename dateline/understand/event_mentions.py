"""One event per happening: within a sentence (``dedupe_sentence``) and across an article's accounts of
one launch or attack (``merge_mentions``); and the events a sentence's other events imply (a joint
attack's cooperation, an act others "followed suit" in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .event_attributes import MATERIAL
from .event_context import named
from .event_dates import date_bounds
from .event_modality import is_real
from .event_words import GENERIC_WEAPONS, JOINT

if TYPE_CHECKING:
    from .events import Event


def merge_mentions(events: list[Event]) -> list[Event]:
    """One launch or attack told several times in an article is one event ("North Korea launched two
    cruise missiles ... The two missiles were fired on Sunday ..."): a mention that refers back (a noun,
    a passive, "the rocket flew") joins the one other account of the same type and source whose date
    and figures agree, and the account with its own date and the most figures stands for them all."""
    groups: list[list[Event]] = []
    for e in events:
        if e.type not in MATERIAL or e.modality != "asserted" or e.negated:
            continue
        fits = [g for g in groups if all(_same_happening(e, f) for f in g)]
        if len(fits) == 1:
            fits[0].append(e)
        else:
            groups.append([e])
    merged = set()
    for group in groups:
        if len(group) < 2:
            continue
        best = max(group, key=lambda e: (e.date_source == "sentence", len(e.attributes), -e.trigger_start))
        for e in group:
            if e is not best:
                for key, value in e.attributes.items():
                    best.attributes.setdefault(key, value)
                if best.attributes.get("weapon") in GENERIC_WEAPONS and e.attributes.get("weapon"):
                    best.attributes["weapon"] = e.attributes["weapon"]  # "the rocket" was an ICBM
                best.target_actors += [a for a in e.target_actors if a not in best.target_actors]
                merged.add(id(e))
    return [e for e in events if id(e) not in merged]


def _same_happening(a: Event, b: Event) -> bool:
    if a.type != b.type or a.mode != b.mode or not set(a.source_actors) & set(b.source_actors):
        return False
    if not a.refers_back and not b.refers_back:
        return False  # "North Korea fired X ... North Korea also fired Y": two accounts, two events
    if not _same_figures(a, b):
        return False
    da, db = _own_bounds(a), _own_bounds(b)
    if da and db:
        return da[0] <= db[1] and db[0] <= da[1]
    dated = da or db
    undated = b if da else a
    if dated and undated.date_source == "anchor":  # the lead's date is only the report's: a week's slack
        anchor = date_bounds(undated.date)[0]
        return anchor - dt.timedelta(days=7) <= dated[0] and dated[1] <= anchor
    return True


def _own_bounds(e: Event):
    first, last = date_bounds(e.date) if e.date_source not in (None, "anchor") else (None, None)
    return (first, last) if first else None


def _same_figures(a: Event, b: Event) -> bool:
    for key in ("count", "range_km", "apogee_km"):
        if key in a.attributes and key in b.attributes and a.attributes[key] != b.attributes[key]:
            return False
    wa, wb = a.attributes.get("weapon"), b.attributes.get("weapon")
    if wa in GENERIC_WEAPONS or wb in GENERIC_WEAPONS:
        return True  # "the rocket" can be the ballistic missile named before
    return not (wa and wb and wa not in wb and wb not in wa)


def dedupe_sentence(events: list[Event]) -> list[Event]:
    """One event per type, source and date within a sentence: the first trigger stands for the clause
    ("condemned the move and expressed concern"); "attacked Kharkiv on Monday and struck Lviv on Tuesday" stay two."""
    kept, seen = [], {}
    for e in sorted(events, key=lambda e: e.date_source in (None, "anchor")):  # dated ones first
        key = (e.type, tuple(sorted(e.source_actors)), is_real(e))  # "if it kept threatening ..., by threatening"
        undated = e.date_source in (None, "anchor")  # the report's date is no date of its own
        same = seen.get((*key, e.date)) or (next((k for k in seen.values() if (k.type, tuple(sorted(
            k.source_actors)), is_real(k)) == key), None) if undated else None)
        if same is None:
            seen[(*key, e.date)] = e
            kept.append(e)
        elif not same.target_actors and e.target_actors:
            # "Israeli air strikes killed 20 people in Gaza": the noun tells the strike, its verb whom it hit
            same.target_actors, same.targets = e.target_actors, e.targets
    return sorted(kept, key=lambda e: e.trigger_start)


def aftermath(tok: Token, event: Event, at: dict[int, Event]) -> bool:
    """Whether ``event`` is what an attack did, told by participles after it: "raided three villages, killing
    30 civilians and torching hundreds of huts", "pounded the terminal, setting two tanks ablaze" (one attack,
    not three). The attack takes the participle's targets when it has none of its own."""
    if event.type != "ASSAULT" or tok.tag_ != "VBG":
        return False
    head = tok
    while head.dep_ == "conj" and head.head.tag_ == "VBG":  # "killing ... and torching ..."
        head = head.head
    if head.dep_ != "advcl":
        return False
    attack = at.get(head.head.i)
    if attack is None or attack.type != "ASSAULT":
        return False
    if not attack.target_actors:  # "ambushed a convoy, killing 30 Soviet soldiers": whom it hit
        attack.target_actors, attack.targets = event.target_actors, event.targets
    return True


def done_together(tok: Token, event: Event) -> Event | None:
    """"Ugandan and Congolese troops launched joint air strikes on the ADF": an attack two states make
    together is also their cooperation, each with the other."""
    if event.type not in ("ASSAULT", "MOBILIZE") or len(named(event.source_actors)) < 2:
        return None
    words = [t for t in tok.subtree if t.i < tok.i or t.head.i == tok.i]
    words += list(tok.head.lefts) if tok.dep_ == "conj" else []  # "joint air and artillery strikes"
    if not any(t.lower_ in JOINT or t.lower_ == "jointly" for t in words):
        return None
    return replace(event, type="COOPERATE", mode=None, code=None, target_actors=list(event.source_actors),
                   targets=[dict(d) for d in event.sources])


def main_act(doc: Doc, told: list[Event]) -> Event | None:
    """The last act told in a sentence's main clause ("Saudi Arabia cut ties with Iran on Sunday, a day
    after protesters stormed its embassy": cutting ties), else the last told."""
    starts = {t.idx: t for t in doc}
    for event in reversed(told):
        tok = starts.get(event.trigger_start)
        if tok is not None and (tok.dep_ == "ROOT" or tok.dep_ == "conj" and tok.head.dep_ == "ROOT"):
            return event
    return told[-1] if told else None


def follows_suit(tok: Token) -> bool:
    """"followed suit", "did the same", "did likewise": the act told before, done again by others."""
    lemma = tok.lemma_.lower()
    if lemma == "follow":
        return any(c.dep_ == "dobj" and c.lower_ == "suit" for c in tok.children)
    return lemma == "do" and any(c.lower_ in ("same", "likewise") for c in tok.children)
