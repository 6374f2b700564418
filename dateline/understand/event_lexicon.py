"""The CAMEO verb lexicon, matched on the dependency parse.

``data/cameo_verbs.json`` is converted from PETRARCH2's CAMEO verb dictionary (MIT, see
``data/LICENSE-PETRARCH2.txt``) by ``dateline/dictionaries/cameo.py``. Each verb lemma has one
or more readings (a CAMEO code with its PLOVER type and mode; "head" when the verb heads its block
or has a code of its own), and its block's phrase patterns. A pattern is a set of slots, each a word or a synonym
set, that must be found in the verb's subject, particle, object or prepositional phrases:
"* (FOR &CEASEFIRE)" is "called for a ceasefire". The most specific matching pattern gives the
reading; with none, the verb's own reading does. Nothing is matched on raw strings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# Where a verb's object phrases are ("tested the missile", "put on alert", "was attacked").
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "advmod", "npadvmod", "prt"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What a verb in its context means: a PLOVER type (None: not an event), mode and CAMEO code."""

    type: str | None
    mode: str | None
    code: str | None
    head: bool  # the verb heads its CAMEO block or has a code of its own, not a WordNet synonym
    specific: bool  # a pattern with words of its own matched, not just the verb


def _forms(word: str) -> frozenset[str]:
    """A dictionary word and its singular: "talks" also matches the lemma "talk"."""
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith(("ches", "shes", "sses", "xes")):
        forms.add(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class Slot:
    """One word place of a pattern: any of ``words``, or all of the words of one of ``phrases``."""

    words: frozenset[str]
    phrases: tuple[tuple[frozenset[str], ...], ...] = ()

    def found_in(self, bag: set[str]) -> bool:
        return not self.words.isdisjoint(bag) or any(all(not w.isdisjoint(bag) for w in p) for p in self.phrases)


@dataclass(frozen=True, slots=True)
class Pattern:
    reading: Reading
    subject: tuple[Slot, ...]
    particle: str | None
    objects: tuple[Slot, ...]
    preps: tuple[tuple[str, tuple[Slot, ...]], ...]
    weight: int
    verbs: frozenset[str] = frozenset()  # a phrasal pattern's own verbs ("- * OFF # FIRE"), else any in its block


@dataclass(slots=True)
class _Context:
    """The bags of word forms a verb's patterns are matched against, built once per verb."""

    subject: set[str]
    objects: set[str]
    particles: set[str]  # particles and prepositions on the verb ("call off", "ask for")
    own_particles: set[str]  # its particles proper (dep "prt"): "back down" is another verb than "back"
    preps: list[tuple[str, set[str]]]


class VerbLexicon:
    """CAMEO's verbs and patterns, read once from the shipped JSON."""

    def __init__(self, data: dict):
        sets = {name: [phrase.split() for phrase in phrases] for name, phrases in data["sets"].items()}
        self._patterns = [tuple(p for p in (self._pattern(raw, sets) for raw in block["patterns"]) if p)
                          for block in data["blocks"]]
        # Each block's patterns by a word one of their slots needs, so a verb tries only those its clause has.
        self._index: list[dict[str, list[int]]] = []
        for patterns in self._patterns:
            index: dict[str, list[int]] = {}
            for n, pattern in enumerate(patterns):
                for key in _keys(pattern):
                    index.setdefault(key, []).append(n)
            self._index.append(index)
        self._verbs = data["verbs"]

    @staticmethod
    def _slot(text: str, sets: dict[str, list[list[str]]]) -> Slot:
        if text.startswith("{"):  # a multi-word noun phrase: every word, each maybe a set
            parts = []
            for word in text.strip("{}").split():
                if word.startswith("&"):
                    parts.append(frozenset(w for phrase in sets.get(word[1:], []) for w in _forms(phrase[-1])))
                else:
                    parts.append(_forms(word))
            return Slot(frozenset(), (tuple(parts),))
        if text.startswith("&"):
            phrases = sets.get(text[1:], [])
            words = frozenset(f for p in phrases if len(p) == 1 for f in _forms(p[0]))
            multi = tuple(tuple(_forms(w) for w in p) for p in phrases if len(p) > 1)
            return Slot(words, multi)
        words = text.split()
        if len(words) > 1:
            return Slot(frozenset(), (tuple(_forms(w) for w in words),))
        return Slot(_forms(text))

    def _pattern(self, raw: dict, sets) -> Pattern | None:
        reading = Reading(raw.get("type"), raw.get("mode"), raw.get("code"), True, True)
        subject = tuple(self._slot(s[0], sets) for s in raw.get("subject", []))
        objects = tuple(self._slot(s[0], sets) for s in raw.get("objects", []))
        preps = tuple((p["prep"], tuple(self._slot(s[0], sets) for s in p["words"])) for p in raw.get("preps", []))
        particle = raw.get("particle")
        weight = len(subject) + len(objects) + (particle is not None) + sum(1 + len(w) for _, w in preps)
        if weight == 0:
            return None
        return Pattern(reading, subject, particle, objects, preps, weight, frozenset(raw.get("verbs", ())))

    def knows(self, lemma: str) -> bool:
        """Whether CAMEO lists this verb."""
        return lemma in self._verbs

    def read(self, verb: Token) -> Reading | None:
        """The reading of ``verb`` in its clause; None when CAMEO does not know the verb in this form
        (an unknown lemma, or a particle no reading has: "back down" is not "back"). Read once per token:
        the rules ask about a verb again when they meet it as another's head or conjunct."""
        lemma = verb.lemma_.lower()
        if lemma not in self._verbs:
            return None
        reads = verb.doc.user_data.setdefault(_READS, {})
        key = (verb.i, lemma)
        if key not in reads:
            reads[key] = self._read(verb, self._verbs[lemma])
        return reads[key]

    def _read(self, verb: Token, entries: list[dict]) -> Reading | None:
        if not entries:
            return None
        ctx = _context(verb)
        phrasal = [e for e in entries if e.get("particle") and e["particle"] in ctx.particles]
        plain = [e for e in entries if not e.get("particle")]
        chosen = [e for e in (phrasal or plain) if _objects_found(e, ctx)]
        if not chosen:
            return None
        best = None
        present = ctx.objects | ctx.subject | {PREP + p for p, _ in ctx.preps} | {PRT + p for p in ctx.particles}
        for block in dict.fromkeys(e["block"] for e in chosen):
            index, patterns = self._index[block], self._patterns[block]
            for n in sorted({n for key in present for n in index.get(key, ())}):
                pattern = patterns[n]
                if pattern.verbs and verb.lemma_.lower() not in pattern.verbs:
                    continue
                if (best is None or pattern.weight > best.weight) and _matches(pattern, ctx):
                    best = pattern
        if best is not None and (best.particle or not ctx.own_particles or phrasal):
            return best.reading
        if ctx.own_particles and not phrasal:
            return None  # "back down", "shell out": a phrasal verb the dictionary does not have
        entry = next((e for e in chosen if e["own"]), chosen[0])  # "CONDEMN [111]" in a block of [112]
        return Reading(entry.get("type"), entry.get("mode"), entry.get("code"), entry["head"], bool(phrasal))


PREP, PRT = "(", "+"  # index keys of a pattern's preposition and particle


def _keys(pattern: Pattern) -> set[str]:
    """Words of which a clause must have one for ``pattern`` to match: its first slot's forms (a phrase's
    last word), else its preposition or particle."""
    slots = pattern.objects or pattern.subject
    if slots:
        slot = slots[0]
        return set(slot.words) | {form for phrase in slot.phrases for form in phrase[-1]}
    if pattern.preps:
        return {PREP + pattern.preps[0][0]}
    return {PRT + pattern.particle} if pattern.particle else set()


def _objects_found(entry: dict, ctx: _Context) -> bool:
    """A multi-word verb's own object ("+TAKE_SHAPE") must be there."""
    return all(not _forms(o[0]).isdisjoint(ctx.objects) for o in entry.get("objects", []))


def _matches(pattern: Pattern, ctx: _Context) -> bool:
    if pattern.particle is not None and pattern.particle not in ctx.particles:
        return False
    if not all(s.found_in(ctx.subject) for s in pattern.subject):
        return False
    if not all(s.found_in(ctx.objects) for s in pattern.objects):
        return False
    for prep, slots in pattern.preps:
        if not any(p == prep and all(s.found_in(bag) for s in slots) for p, bag in ctx.preps):
            return False
    return True


_WORDS = ("dateline", "lexicon_words")
_READS = ("dateline", "lexicon_reads")


def _words(doc) -> list[tuple[str, str]]:
    """(lower case, lemma) of every token, read once per Doc: the bags are built from slices of it."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        words = doc.user_data[_WORDS] = [(t.lower_, t.lemma_.lower()) for t in doc]
    return words


def _span_bag(tok: Token, words: list[tuple[str, str]]) -> set[str]:
    """The words of ``tok``'s phrase (its whole subtree: a clause inside it rarely holds a pattern's word)."""
    bag = set()
    for lower, lemma in words[tok.left_edge.i:tok.right_edge.i + 1]:
        bag.add(lower)
        bag.add(lemma)
    return bag


def _context(verb: Token) -> _Context:
    words = _words(verb.doc)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    subject, objects, preps, particles, own = set(), set(), [], set(), set()
    for c in verb.children:
        dep = c.dep_
        if dep in ("nsubj", "csubj") or (dep == "advmod" and c.i < verb.i):
            subject |= _span_bag(c, words)
        elif dep == "agent":
            bag = set().union(*(_span_bag(g, words) for g in c.children))
            subject |= bag
            preps.append(("by", bag))
        elif dep == "nsubjpass" and passive:
            objects |= _span_bag(c, words)
        elif dep == "xcomp":
            objects |= set(words[c.i])  # "refused to comply": the verb of the clause, not all it says
        elif dep == "ccomp":
            pass  # what is said is no object of the saying ("doctors explained the virus attacks ...")
        elif dep in OBJECT_DEPS:
            objects |= _span_bag(c, words)
            # "called for an end to the operation": a preposition inside the object
            preps += [(t.lower_, set().union(*(_span_bag(g, words) for g in t.children)))
                      for t in c.subtree if t.dep_ == "prep" and t.i != c.i]
        if dep == "prep" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            # "telephoned Buhari on Wednesday": a time is no "(ON)" of a pattern
            preps.append((c.lower_, set().union(*(_span_bag(g, words) for g in c.children))))
        if dep in PARTICLE_DEPS:
            particles.add(c.lower_)
        if dep == "prt":
            own.add(c.lower_)
    return _Context(subject, objects, particles, own, preps)


@lru_cache(maxsize=1)
def load_lexicon() -> VerbLexicon:
    """The shipped lexicon, read once per process."""
    text = (resources.files(__package__) / "data" / "cameo_verbs.json").read_text(encoding="utf-8")
    return VerbLexicon(json.loads(text))
