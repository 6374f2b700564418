"""What events read from a document as they go: its actor mentions by token, time expressions by
sentence, quotes, the launcher and subject told last, whether a sentence tells of sport; and how an
actor's code reads (``SIDE``: "IRL/rebel", ``UNNAMED``: "~gunman").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .actors import NON_STATE_LEADERS, STATE_ROLES
from .event_words import SCORE_VERBS, SPORT, LAUNCH_WORDS, WEAPONS_WORDS
from .extensions import TIMEX, doc_text
from .reference import mentions

SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")  # "2-1", "7-1": a game's score
QUANTIFIERS = {"one", "some", "several", "many", "most", "all", "each", "both", "none", "few", "scores", "part"}
UNNAMED = "~"  # an agent of no known country has a code of "~" and its head word ("~guerrilla")
SIDE = "/"  # a country's non-state agents are "IRL/rebel" here: Irish guerrillas are not Ireland's government


def named(codes: list[str]) -> list[str]:
    """The codes of named actors, without agents of no known country."""
    return [c for c in codes if not c.startswith(UNNAMED)]


def public(codes: list[str]) -> list[str]:
    """Actor codes as stored and exported: named ones, without the side ("IRL/rebel" -> "IRL")."""
    return list(dict.fromkeys(c.split(SIDE)[0] for c in named(codes)))


def actor_key(m: Span) -> str | None:
    """The code events use for a mention: its actor's, with the role for a country's non-state agents; a
    state's medium speaks for its state ("Tass dismissed the charges": the Soviet Union)."""
    actor = m._.actor
    if m._.actor_kind == "media" and m._.country:
        return m._.country
    if actor is None and m._.actor_kind == "person":
        return UNNAMED + (m._.person or m.text)  # a person no registry knows: kept as written ("~Dzhokhar Dudayev")
    if actor and m._.actor_kind == "agent" and not actor.startswith(UNNAMED) and m._.role not in STATE_ROLES:
        return f"{actor}{SIDE}{m._.role}"
    if actor and m._.actor_kind == "person" and actor == m._.country and m._.role in NON_STATE_LEADERS:
        return f"{actor}{SIDE}{m._.role}"  # "separatist leader Dzhokhar Dudayev" does not speak for Russia
    return actor


class EventContext:
    """What the document says around an event: actor mentions by token, time expressions by
    sentence, quotes, the last subjects (for pronouns) and the document's launcher."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.mentions = mentions(doc)
        self.mention_at: dict[int, Span] = {}
        self._by_code: dict[str, list[Span]] = {}  # each actor code's mentions, in text order
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.mention_at.setdefault(i, m)
            key = actor_key(m)
            if key:
                self._by_code.setdefault(key, []).append(m)
        self.timexes: dict[int, list[Span]] = {}
        for span in doc.spans[TIMEX] if TIMEX in doc.spans else []:
            if span._.timex and span._.timex.type in ("DATE", "TIME"):
                self.timexes.setdefault(span.sent.start, []).append(span)
        self.quotes = [q for q in doc._.quotes or [] if q.kind == "direct"]
        self._sporting: dict[int, bool] = {}
        self.last_subject: list[str] = []
        self.last_person: list[str] = []
        self.last_person_subject: list[str] = []
        # The country named most (the first named on a tie), for a launch nobody is said to make.
        countries = Counter(m._.actor for m in self.mentions if m._.actor_kind == "country" and m._.actor)
        first = {}
        for m in self.mentions:
            first.setdefault(m._.actor, m.start)
        self.salient = max(countries, key=lambda c: (countries[c], -first[c])) if countries else None
        self.launcher: str | None = None
        # The doers of the acts told so far, last first: whom "condemned the attack" is aimed at.
        self.recent_doers: list[tuple[str, list[str], set]] = []  # (type, public source codes, their roles)
        self.last_day: str | None = None  # the day of the last event told with a day of its own
        # A country the text shows launching or owning weapons ("North Korea fired", "a North Korean
        # missile"), before the one named most, which is often the reporter ("Japan said ...").
        owners = Counter(m._.actor for m in self.mentions if m._.actor_kind == "country" and m._.actor
                         and _launches(m))
        self.launching_country = max(owners, key=lambda c: (owners[c], -first[c])) if owners else None

    def actors_in(self, start: int, end: int) -> list[str]:
        """Actor codes of mentions within token range [start, end), in order, without repeats."""
        codes = []
        for i in range(start, end):
            m = self.mention_at.get(i)
            key = actor_key(m) if m is not None else None
            if key and m.start >= start and m.end <= end and key not in codes:
                codes.append(key)
        return codes

    def actors_at(self, indices) -> list[str]:
        """Actor codes of the mentions that any of the token ``indices`` belongs to, in text order, with an
        agent's partners after it ("Chinese and Indian troops": CHN, IND)."""
        codes = []
        for i in sorted(indices):
            m = self.mention_at.get(i)
            key = actor_key(m) if m is not None else None
            if key and key not in codes:
                codes.append(key)
                if m._.partners:
                    side = key[len(m._.actor):] if m._.actor and key.startswith(m._.actor) else ""  # "/rebel"
                    codes += [c + side for c in m._.partners if c + side not in codes]
        return codes

    def kind_at(self, i: int) -> str | None:
        m = self.mention_at.get(i)
        return m._.actor_kind if m is not None else None

    def role_of(self, code: str) -> str | None:
        """The role of the first mention of an actor code ("~company": business)."""
        found = self._by_code.get(code)
        return found[0]._.role if found else None

    def role_at(self, i: int) -> str | None:
        m = self.mention_at.get(i)
        return m._.role if m is not None else None

    def describe(self, codes: list[str], sent: Span, subject: Token | None = None) -> list[dict]:
        """{"code", "country", "role", "text"} for each actor code, from its mention nearest the sentence.

        A crowd given the country of the place it acted in ("students protested in Dhaka") keeps its own
        role and words, those of ``subject``.
        """
        crowd = self.mention_at.get(subject.i) if subject is not None else None
        own = crowd  # the subject's own mention describes its code ("riot police", not the president named before)
        if crowd is not None and not (crowd._.actor or "").startswith(UNNAMED):
            crowd = None  # only an agent of no known country takes the place's
        out = []
        for code in codes:
            mention = own if own is not None and actor_key(own) == code else min(
                self._by_code.get(code, ()),
                key=lambda m: (not sent.start <= m.start < sent.end, abs(m.start - sent.start)), default=None)
            if crowd is not None and crowd._.actor != code and (mention is None or mention._.role == "government"):
                mention = crowd
            role = mention._.role if mention is not None else None
            country = mention._.country if mention is not None else None
            if SIDE in code and (mention is None or mention is not crowd and mention._.actor != code):
                country, role = code.split(SIDE)  # "BLR/civilian": a crowd the place gave a country
            if mention is crowd and crowd is not None and crowd._.actor != code:
                country = code.split(SIDE)[0]  # the crowd's country is the place's
            out.append({"code": None if code.startswith(UNNAMED) else code.split(SIDE)[0], "country": country,
                        "role": role,
                        "text": mention.text if mention is not None else None})
        return out

    def sporting(self, sent: Span) -> bool:
        """Whether a sentence tells of sport: a word of games ("semi-final", "wickets"), or a score after a
        verb of winning ("beat Argentina 2-1"). Read once per sentence."""
        found = self._sporting.get(sent.start)
        if found is None:
            words = {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN")
                     or (t.lower_ == "friendly" and t.i > sent.start and t.doc[t.i - 1].lower_ in ("a", "the"))}
            scored = bool(SCORE.search(sent.text)) and any(t.lemma_.lower() in SCORE_VERBS for t in sent)
            found = self._sporting[sent.start] = bool(words & SPORT) or scored
        return found

    def quote_at(self, char: int):
        return next((q for q in self.quotes if q.start <= char < q.end), None)

    def after_sentence(self, sent: Span) -> None:
        for i in range(sent.start, sent.end):
            m = self.mention_at.get(i)
            if m is not None and m.start == i and m._.actor_kind == "person" and m._.actor:
                self.last_person = [m._.actor]
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            people = [m._.actor for m in self._mentions_in(subj.left_edge.i, subj.right_edge.i + 1)
                      if m._.actor_kind == "person" and m._.actor]
            if people:
                self.last_person_subject = people[:1]

    def _mentions_in(self, start: int, end: int) -> list[Span]:
        found = []
        for i in range(start, end):
            m = self.mention_at.get(i)
            if m is not None and m.start == i and m.end <= end:
                found.append(m)
        return found


def _launches(mention: Span) -> bool:
    """Whether a mention is the subject of a launch verb or qualifies a weapon."""
    head = mention.root.head
    lemma = head.lemma_.lower()
    if mention.root.dep_ in ("nsubj", "poss") and lemma in LAUNCH_WORDS | {"test", "fly"}:
        return True
    return mention.root.dep_ in ("amod", "compound", "poss") and head.lower_ in WEAPONS_WORDS
