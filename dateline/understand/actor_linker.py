"""The ``dateline_actors`` spaCy component: the actors a text names, with their country and role.

It puts one span per mention in ``doc.spans["actors"]``, with ``span._.actor`` (a code),
``span._.actor_kind``, ``span._.country``, ``span._.role`` and, for people, ``span._.person``. It
finds names of countries, bodies, groups and media (the curated names by PhraseMatcher, the
Phoenix dictionaries' by token sequence); people, with the country and role of their office on
the article's date or of the title written before their name; titles without a name ("Japan's
chief cabinet secretary"), linked to the office holder on the article's date; government bodies
("South Korea's military", "the Biden administration"); generic agents ("Irish nationalist
guerrillas", "security forces in Guinea", ``agents.py``); "the North"/"the South" in a story that
names one of the Koreas; and a state's name as the code it had on the article's date ("Moscow"
in 1987 is the Soviet Union's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .actors import NON_STATE_LEADERS, ActorRegistry, load_registry
from .names import name_key, normalise
from .agents import PLACE_LABELS, agent_mentions, body_role, most_named, registry_country, sponsor_only
from .event_words import FORCES, INSTRUMENTS
from .extensions import ACTORS, as_date, doc_text, register_extensions

FACTORY = "dateline_actors"
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# NER labels of things with names of their own: a country's name inside one of these ("Washington
# Post", "South China Sea", "Israel Katz") is part of that name. Places, peoples and dates are not.
OWN_NAME_LABELS = frozenset({"ORG", "FAC", "PERSON", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
_INNER_HYPHEN = re.compile(r"\S-\S")  # "U.S.-led": a name may hide inside a hyphenated token
BLOCKED = "!"  # matcher key of the `not_actors` names ("Latin American")
ARMS = FORCES | INSTRUMENTS  # "British Harrier jets": a model's name between a nation and its arms
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ss", "ch", "ic", "ot", "ene", "ine", "ais")  # "Swiss", "Dutch", "Thai"


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    actor: str | None
    kind: str
    person: str | None = None
    rank: int = 2  # breaks ties between equally long candidates; lower wins
    role: str | None = None
    country: str | None = None
    partners: tuple[str, ...] = ()  # an agent's other countries ("Chinese and Indian troops": IND)


# Titles of clergy: a person so titled speaks for a faith, not a state.
RELIGIOUS_TITLES = frozenset({"archbishop", "bishop", "cardinal", "ayatollah", "imam", "rabbi", "patriarch", "mufti"})


class ActorLinker:
    """Finds actor mentions in a Doc and stores them as ``doc.spans["actors"]``."""

    def __init__(self, nlp: Language, registry: ActorRegistry):
        self.registry = registry
        self.cues = registry.cues
        self.tokenizer = nlp.tokenizer  # not nlp.make_doc: the component pickles without the whole pipeline
        # All-capital names ("US", "UN", "WHO") match only as written, so the pronoun "us" never does;
        # the rest match in any case, and _alias_matches drops an all-lowercase hit ("turkey").
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_key: dict[tuple[bool, str], list[str]] = {}
        for alias, code in [*registry.alias_patterns(), *((n, BLOCKED) for n in self.cues.not_actors)]:
            by_key.setdefault((_all_caps(alias), code), []).append(alias)
        for (caps, code), aliases in by_key.items():
            (self.exact if caps else self.lower).add(code, list(nlp.tokenizer.pipe(aliases)))
        self.contextual = PhraseMatcher(nlp.vocab, attr="ORTH")
        for i, rule in enumerate(self.cues.contextual):
            self.contextual.add(str(i), [self.tokenizer(rule.alias.removeprefix("the "))])
        self.words = _dictionary_words(nlp)

    def __call__(self, doc: Doc) -> Doc:
        anchor = as_date(doc._.anchor)
        names = self._names(doc)
        bodies = self._bodies(doc, names)
        titles = self._titles(doc, names, anchor)
        candidates = names + bodies + titles + self._people(doc, names, bodies, titles, anchor)
        kept = _longest_first(candidates)
        kept += self._contextual(doc, kept)
        kept += self._hyphenated(doc, kept)
        kept = [m for m in kept if not sponsor_only(doc, m.start, m.end)]
        kept = self._with_agents(doc, kept)
        spans = []
        for m in sorted(kept, key=lambda m: (m.start, m.end)):
            actor = self.registry.as_of(m.actor, anchor) if m.actor else None  # "Moscow" in 1987: SUN
            span = Span(doc, m.start, m.end, label=actor or "PERSON")
            span._.actor, span._.actor_kind, span._.person, span._.role = actor, m.kind, m.person, m.role
            span._.partners = [self.registry.as_of(c, anchor) for c in m.partners]
            country = self._country(actor, m)
            span._.country = self.registry.as_of(country, anchor) if country else None  # TASS in 1987: SUN
            spans.append(span)
        doc.spans[ACTORS] = spans
        return doc

    def _country(self, code: str | None, m: _Mention) -> str | None:
        """The country a mention acts in or for: its own code for a state, a group's or body's base country."""
        return m.country or (registry_country(self.registry, code) if code else None)

    def _with_agents(self, doc: Doc, kept: list[_Mention]) -> list[_Mention]:
        """The mentions with generic agents added ("Irish nationalist guerrillas" replaces "Irish")."""
        agents = agent_mentions(doc, self.registry, kept)
        if not agents:
            return kept
        covered = {i for a in agents for i in range(a.start, a.end)}
        return [m for m in kept if not covered.intersection(range(m.start, m.end))] + [
            _Mention(a.start, a.end, a.actor, a.kind, role=a.role, country=a.country, rank=0, partners=a.partners)
            for a in agents]

    # -- names of countries, bodies and media ----------------------------------------------

    def _alias_matches(self, doc: Doc) -> list[tuple[int, int, str, str | None]]:
        """(start, end, code, role) of the longest names, without the `not_actors` ones. A curated name
        wins over a Phoenix name of the same length; a role None is the actor's own."""
        found = [(s, e, doc.vocab.strings[k], None, 0) for k, s, e in self.exact(doc)]
        found += [(s, e, doc.vocab.strings[k], None, 0) for k, s, e in self.lower(doc) if _has_capital(doc[s:e].text)]
        found += [(s, e, v[0].code, v[0].role, 1) for s, e, v in self.registry.names.find(doc)
                  if self._written_as_name(doc[s:e], v[0].country)]
        found.sort(key=lambda m: (m[0] - m[1], m[4], m[0]))
        taken, kept = set(), []
        for s, e, code, role, _ in found:
            if not taken.intersection(range(s, e)):
                taken.update(range(s, e))
                kept.append((s, e, code, role))
        return [m for m in kept if m[2] != BLOCKED]

    def _written_as_name(self, span: Span, country: bool = False) -> bool:
        """A dictionary name as the text writes it: capitalised, and an acronym or a one-word name that is no
        English word ("Provos", not "justice") written as such; a state's demonym may be one ("Swiss")."""
        text = span.text
        if not _has_capital(text):
            return False
        if len(span) == 1:
            word = span[0]
            if word.is_upper:
                return len(word.text) > 1
            if len(word.text.replace(".", "")) <= 3:
                return False  # "Us", "Let": a short name is an acronym, written in capitals
            # a state's own names may be words too: a demonym ("Swiss"), a town the NER marks ("Gulu")
            placed = country and (word.lower_.endswith(DEMONYM_ENDINGS) or word.ent_type_ in ("GPE", "LOC", "NORP"))
            return word.is_title and (placed or word.lower_ not in self.words)
        return True

    def _names(self, doc: Doc) -> list[_Mention]:
        ent_of = {t.i: ent for ent in doc.ents for t in ent}
        out = []
        matches = self._alias_matches(doc)
        branches = self._national_branches(doc, matches)
        for s, e, code, role in matches:
            if any(b.start <= s < b.end for b in branches):
                continue
            mention = self._name_mention(s, e, code)
            mention.role = role or mention.role
            body = self._body_before(doc, s, e, ent_of.get(s)) if mention.kind != "person" else None
            if body is not None:  # "the Armed Forces of Ukraine" is Ukraine
                mention.start, mention.rank = body, 0
            elif self._names_something_else(doc, s, e, ent_of):
                continue
            out.append(mention)
        return out + branches

    def _national_branches(self, doc: Doc, matches: list) -> list[_Mention]:
        """A country's branch of an international body: "the Iranian Red Crescent", "Kenya's Red Cross"
        act for their country, in the body's role."""
        out = []
        matches = sorted(matches)
        for (s1, e1, c1, _), (s2, e2, c2, role) in zip(matches, matches[1:]):
            first, second = self.registry.get(c1), self.registry.get(c2)
            if first is None or second is None or first.kind != "country" or second.kind != "organization" \
                    or second.country or second.role not in ("ngo", "media", "religious", "labour", "party"):
                continue
            if s2 == _after_possessive(doc, e1):
                out.append(_Mention(s1, e2, c1, "agent", role=role or second.role, country=c1, rank=0))
        return out

    def _body_before(self, doc: Doc, start: int, end: int, ent: Span | None) -> int | None:
        """Where a body named as "<body> of <name>" starts, when the NER took the whole as one name.

        "the Armed Forces of Ukraine", "the Ministry of Defence of the Russian Federation" stand for
        the state; "the Bank of Japan" and "the University of Washington" (no body word) do not.
        """
        if ent is None or ent.label_ not in OWN_NAME_LABELS or ent.end != end:
            return None
        i = start - 1 if start > ent.start and doc[start - 1].lower_ == "the" else start
        first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if i <= first or doc[i - 1].lower_ != "of":
            return None
        return first if any(t.lower_ in self.cues.body_heads for t in doc[first:i - 1]) else None

    def _name_mention(self, start: int, end: int, code: str) -> _Mention:
        actor = self.registry.get(code)
        if actor.kind == "person":  # a user-added person: the mention acts for their country
            return _Mention(start, end, actor.country, "person", actor.name, rank=1, role=actor.role)
        return _Mention(start, end, actor.code, actor.kind, role=actor.role)

    def _names_something_else(self, doc: Doc, start: int, end: int, ent_of: dict) -> bool:
        """True for a place name inside an institution's or a person's name: "Washington Post", "Israel Katz"."""
        after = doc[end] if end < len(doc) else None
        if after is not None and after.is_title and after.text in self.cues.institution_words:
            return True
        ent = ent_of.get(start)
        if ent is None or ent.label_ not in OWN_NAME_LABELS or ent.end < end:
            return False
        if ent.label_ == "PERSON" and doc[ent.end - 1].dep_ == "compound" and doc[ent.end - 1].head.pos_ == "NOUN":
            return False  # "Rwandan Hutu refugees": no one's name, though the tagger took it for one
        # Only the entity's part on the match's own line counts: NER spans sometimes run across a byline; and
        # only its own conjunct ("the United Nations and Human Rights Watch" tagged as one name).
        first = max((t.i + 1 for t in doc[ent.start:start] if t.is_space or t.lower_ in CONJUNCTIONS),
                    default=ent.start)
        last = min((t.i for t in doc[end:ent.end] if t.is_space or t.lower_ in POSSESSIVE | CONJUNCTIONS),
                   default=ent.end)
        if last > end:  # "the Chinese Commerce Ministry", "Japan Coast Guard" are still the state
            if last == ent.end and last < len(doc) and doc[last].lemma_.lower() in ARMS:
                return False  # "British Harrier jets": a model's name between a nation and its arms
            return doc[last - 1].lower_ not in self.cues.body_heads | self.cues.title_words
        return any(t.is_alpha and t.lower_ != "the" for t in doc[first:start])  # "University of Washington"

    # -- people ------------------------------------------------------------------------------

    def _people(self, doc: Doc, names: list[_Mention], bodies: list[_Mention], titles: list[_Mention],
                anchor: dt.date | None) -> list[_Mention]:
        in_names = {i for m in names for i in range(m.start, m.end)}
        home = most_named(m.actor for m in names if m.kind == "country")
        found = [(s, e, 0) for s, e, _ in self.registry.people_names.find(doc) if doc[s].text[:1].isupper()]
        found += [(s, e, 3) for s, e in self._ner_people(doc, in_names)]
        # A title's owner may be a body: "White House National Security Council spokesman John Kirby".
        ends = {m.end: m for m in names + bodies}
        starts = {m.start: m for m in titles}
        out: list[_Mention] = []
        seen: list[_Mention] = []
        for cand in sorted(_longest_first([_Mention(s, e, None, "person", rank=r) for s, e, r in found]),
                           key=lambda m: m.start):
            out += self._person(doc, cand, anchor, seen, ends, starts, home)
        for m in out:  # a headline's "Kim" before the story names "Kim Jong Un"
            if m.actor is None and m.end - m.start == 1:
                later = _namesake((p for p in out if p.start > m.start and " " in (p.person or "")), m.person)
                if later is not None:
                    m.actor, m.person = later.actor, later.person
        return out + self._surnames(doc, out, in_names)

    def _ner_people(self, doc: Doc, in_names: set[int]) -> list[tuple[int, int]]:
        """The NER's PERSON names, without a title before them and cut at a line break or a slash.

        Names the document shows to be places or things ("Kharkiv", "Freedom Shield") are left out:
        the small model often tags an unfamiliar city or an exercise as a person.
        """
        found = []
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            s = ent.start  # "Foreign Minister Park Jin" -> "Park Jin"; "Kyiv" tagged PERSON stays a place
            while s < ent.end and (doc[s].lower_ in self.cues.title_words or not doc[s].is_alpha or s in in_names):
                s += 1
            e = s  # "Ju-min Park\n\nSEOUL" (a byline), "Nathan Brooks / Getty Images" (a photo credit)
            while e < ent.end and not doc[e].is_space and not (doc[e].is_punct and doc[e].text not in _NAME_PUNCT):
                e += 1
            while e > s and not doc[e - 1].is_alpha:
                e -= 1
            if s < e and doc[s].text[:1].isupper():  # "hypersonic missiles" tagged PERSON is no one
                found.append((s, e))
        # One occurrence that reads as a place or a thing settles every occurrence of that name.
        not_people = {normalise(ent.text) for ent in doc.ents if ent.label_ in PLACE_LABELS}
        not_people |= {normalise(doc[s:e].text) for s, e in found if self._place(doc, s, e) or self._thing(doc, s, e)}
        return [(s, e) for s, e in found if normalise(doc[s:e].text) not in not_people]

    def _place(self, doc: Doc, start: int, end: int) -> bool:
        """A name that reads as a place: a known subdivision ("Gaza"), a name before a place word ("Kherson
        region", "the Zaporizhzhia nuclear plant") or after a place preposition ("in Khan Younis and
        Rafah"), or a single word after "from" or as what was struck ("Russia attacked Lviv")."""
        if self.registry.is_place(doc[start:end].text):
            return True
        head = doc[end - 1]  # a name's last word carries its role in the parse
        if end < len(doc) and doc[end].lower_ in self.cues.place_heads:
            return True
        if head.dep_ in ("compound", "nmod") and head.head.i >= end and head.head.lower_ in self.cues.place_heads:
            return True
        while head.dep_ == "conj" and head.head.i < head.i:  # "Odesa and Mykolaiv": the first one's role
            head = head.head
        governor = head.head.lemma_.lower()
        if head.dep_ == "pobj" and governor in self.cues.place_prepositions:
            return True
        return end - start == 1 and head.dep_ in ("pobj", "dobj", "nsubjpass") and governor in self.cues.place_governors

    def _thing(self, doc: Doc, start: int, end: int) -> bool:
        """A name of dictionary words that modifies a noun or follows a determiner: "their annual Freedom
        Shield exercise", "the Storm Shadow missiles". "John Smith said" has dictionary words too, but a
        person's name is rarely used so."""
        if end - start < 2 or not all(t.lower_ in self.words for t in doc[start:end]):
            return False
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return (after is not None and after.pos_ == "NOUN") or (before is not None and before.tag_ in ("DT", "PRP$"))

    def _person(self, doc: Doc, cand: _Mention, anchor: dt.date | None, seen: list[_Mention],
                ends: dict[int, _Mention], titles: dict[int, _Mention], home: str | None) -> list[_Mention]:
        """One name with the title before it, and the body named after it ("the Biden administration").

        A person the registry does not know takes the country of their title: the one written before the
        name, else one set after it between commas ("Linda Thomas-Greenfield, the U.S. ambassador to the UN"),
        else, for a title with no country, ``home``: the country the document names most.
        """
        name = doc[cand.start:cand.end]
        # A lone surname is first the person the article already named ("Park said" after "Park Jin").
        earlier = _namesake(reversed(seen), name.text) if len(name) == 1 else None
        office = None if earlier else self.registry.person(name.text, anchor) or self.registry.person(name.text)
        start, owner = self._title_before(doc, cand.start, ends)
        if office is None and earlier is None and start < cand.start:
            office = self.registry.titled_person(name.text, anchor)  # "President Carlos Menem"
        if office is not None:
            actor, person, role = office.country, office.person, office.role
        elif earlier is not None:
            actor, person, role = earlier.actor, earlier.person, earlier.role
        else:
            actor, person, role = None, name.text, None
        if owner is not None and (actor is None or role == "elite" or owner.actor != actor):
            # "Soviet Foreign Minister Eduard Shevardnadze", "Mali's foreign minister, Abdoulaye Diop": the title
            # says whom they act for that day, over a former role or a namesake
            actor, role = owner.actor, "government" if owner.kind == "country" else owner.role
        if actor is None:
            actor = self._title_after(doc, cand.end, titles)
            role = "government" if actor else None
        if actor is None and start < cand.start and home is not None:
            # "President Daniel Noboa declared ...": a title without a country, in copy about one country
            # ("Archbishop Arturo Rivera y Damas": its clergy)
            religious = any(t.lower_ in RELIGIOUS_TITLES for t in doc[start:cand.start])
            actor, role = home, "religious" if religious else "government"
        if actor is None and office is None and start == cand.start and cand.end - cand.start == 1 \
                and (name[0].lower_ in self.words or name[0].lemma_.lower() in self.words):
            return []  # "Wildfires tore through ...": a lone word the NER took for a name, no one we know
        side = self._side_before(doc, start) if start < cand.start else None
        if side is not None and actor is not None and (office is None or office.role in ("government", "elite")):
            role = side  # "separatist leader Dzhokhar Dudayev", "opposition leader Morgan Tsvangirai"
        mention = _Mention(start, cand.end, actor, "person", person, rank=0 if office else cand.rank, role=role)
        seen.append(mention)
        after = _after_possessive(doc, cand.end)
        if office is not None and after < len(doc) and doc[after].lower_ in self.cues.person_bodies:
            body = self.registry.get(actor)
            return [mention, _Mention(cand.start, after + 1, actor, body.kind if body else "country", rank=0,
                                      role=body.role if body else "government")]
        return [mention]

    def _title_before(self, doc: Doc, start: int, ends: dict[int, _Mention]) -> tuple[int, _Mention | None]:
        """Where the title written before a name starts, and the country or body it belongs to.

        "Russia's Foreign Minister Sergei Lavrov", "U.S. envoy Sung Kim", "the Israeli foreign
        minister, Israel Katz": the title is a run of title words with a head word in it.
        """
        i = start - 1 if start > 0 and doc[start - 1].text == "," else start
        j = i
        while j > 0 and (doc[j - 1].lower_ in self.cues.title_words or doc[j - 1].text == "-"):
            j -= 1
        while j < i and doc[j].lower_ in ("of", "-"):
            j += 1
        if not any(t.lower_ in self.cues.title_heads for t in doc[j:i]):
            return start, None
        k = j - 1 if j > 0 and doc[j - 1].lower_ in POSSESSIVE else j
        owner = ends.get(k)
        if owner is not None and owner.kind in ("country", "organization"):
            return owner.start, owner
        return j, None

    def _side_before(self, doc: Doc, start: int) -> str | None:
        """The side a title's holder leads when a word before the title says it is not the state's:
        "separatist leader", "opposition leader", "rebel commander"."""
        if start == 0 or not (doc[start - 1].is_lower or doc[start - 1].is_sent_start):
            return None  # "separatist leader ...", "Opposition leader ..." opening a sentence
        word = doc[start - 1].lower_
        role = "opposition" if word == "opposition" else self.registry.agent_role(name_key([word]))
        return role if role in NON_STATE_LEADERS else None

    def _title_after(self, doc: Doc, end: int, titles: dict[int, _Mention]) -> str | None:
        """The actor of a title set after a name as an apposition: ", the U.S. ambassador to the UN",
        ", India's foreign secretary", ", a senior EU envoy" (``titles`` by the token they start at)."""
        if end >= len(doc) or doc[end].text != ",":
            return None
        i = end + 1
        if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
            i += 1
        for k in range(i, min(i + 3, len(doc))):  # "a senior EU envoy": title words before the owner
            if k in titles:
                return titles[k].actor
            if doc[k].lower_ not in self.cues.title_words:
                break
        return None

    def _surnames(self, doc: Doc, people: list[_Mention], in_names: set[int]) -> list[_Mention]:
        """Later lone surnames of people named in full, where the NER missed them ("Hagari said")."""
        taken = in_names | {i for m in people for i in range(m.start, m.end)}
        out = []
        for m in people:
            words = (m.person or "").split() if m.kind == "person" else []
            if len(words) < 2:
                continue
            for tok in doc[m.end:]:
                if tok.text in (words[0], words[-1]) and tok.i not in taken and _lone_name(doc, tok.i):
                    taken.add(tok.i)
                    out.append(_Mention(tok.i, tok.i + 1, m.actor, "person", m.person, rank=m.rank, role=m.role))
        return out

    # -- government bodies, and titles without a name ---------------------------------------------

    def _bodies(self, doc: Doc, names: list[_Mention]) -> list[_Mention]:
        """Bodies named after a country or organisation: "South Korea's military", "the US State Department"."""
        out = []
        for m in names:
            i = _after_possessive(doc, m.end)
            end = self._body_end(doc, i) if m.kind in ("country", "organization") else None
            if end:  # "South Korea's military" acts as its military, "the Interior Ministry" as its government
                role = body_role(self.registry, doc[end - 1]) or m.role
                out.append(_Mention(m.start, end, m.actor, m.kind, rank=0, role=role))
        return out

    def _titles(self, doc: Doc, names: list[_Mention], anchor: dt.date | None) -> list[_Mention]:
        """Titles without a name: "the US Secretary of State" is the holder of that office on the anchor date."""
        out = []
        in_names = {i for m in names for i in range(m.start, m.end)}
        for m in names:
            i = _after_possessive(doc, m.end)
            end = self._title_end(doc, i) if m.kind in ("country", "organization") else None
            if end:
                office = self.registry.office_holder(doc[i:end].text, m.actor, anchor)
                named_end = _name_after(doc, end, in_names)
                person = doc[end:named_end].text if named_end > end else office.person if office else None
                out.append(_Mention(m.start, named_end, m.actor, "person", person, rank=1,
                                    role=office.role if office else body_role(self.registry, doc[end - 1])
                                    or ("government" if m.kind == "country" else m.role)))
        return out

    def _body_end(self, doc: Doc, i: int) -> int | None:
        """The end of a body's name starting at token i ("Defense Ministry", "Ministry of Foreign Affairs")."""
        end = None
        for k in range(i, min(i + 4, len(doc))):
            tok = doc[k]
            if not (tok.is_alpha or tok.text == "-") or tok.pos_ in _NOT_IN_BODY_NAMES:
                break
            if k == i and tok.lower_ == "of":
                break
            if tok.lower_ in self.cues.body_heads:
                end = k + 1
        if end is not None and end < len(doc) and doc[end].lower_ == "of":
            k = end + 1
            while k < min(end + 5, len(doc)) and doc[k].is_title:
                k += 1
            end = k if k > end + 1 else end
        return end

    def _title_end(self, doc: Doc, i: int) -> int | None:
        """The end of a title starting at token i ("chief cabinet secretary"), if it has a head word."""
        k = i
        while k < len(doc) and (doc[k].lower_ in self.cues.title_words or doc[k].text == "-"):
            k += 1
        while k > i and doc[k - 1].lower_ in ("of", "-"):
            k -= 1
        if k > i and doc[i].lower_ not in ("of", "-") and any(t.lower_ in self.cues.title_heads for t in doc[i:k]):
            return k
        return None

    # -- "the North", and names inside hyphenated words -----------------------------------------

    def _contextual(self, doc: Doc, kept: list[_Mention]) -> list[_Mention]:
        """"the North" as North Korea, only when the document names North or South Korea elsewhere."""
        present = {m.actor for m in kept}
        taken = {i for m in kept for i in range(m.start, m.end)}
        out = []
        for key, s, e in self.contextual(doc):
            rule = self.cues.contextual[int(doc.vocab.strings[key])]
            if s == 0 or doc[s - 1].lower_ != "the" or taken.intersection(range(s, e)):
                continue
            if e < len(doc) and doc[e].is_title:  # "the North Atlantic", "the South China Sea"
                continue
            if present & rule.context:
                out.append(_Mention(s, e, rule.code, "country", role="government"))
        return out

    def _hyphenated(self, doc: Doc, kept: list[_Mention]) -> list[_Mention]:
        """Names inside a hyphenated token the tokenizer keeps whole: "U.S.-led", "U.S.-South Korea".

        The names are found in a copy of the text with hyphens as spaces (same offsets); a span
        covers whole tokens, so "U.S.-Japan" gives one span, for the first name.
        """
        text = doc_text(doc)
        if not _INNER_HYPHEN.search(text):
            return []
        alt = self.tokenizer(text.replace("-", " "))
        taken = {i for m in kept for i in range(m.start, m.end)}
        used, out = set(), []
        for s, e, code, _ in self._alias_matches(alt):
            start_char, end_char = alt[s].idx, alt[e - 1].idx + len(alt[e - 1])
            if doc.char_span(start_char, end_char) is not None:
                continue  # the ordinary pass saw these tokens
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None or taken.intersection(range(span.start, span.end)) or (span.start, span.end) in used:
                continue
            used.add((span.start, span.end))
            out.append(self._name_mention(span.start, span.end, code))
        return out


CONJUNCTIONS = frozenset({"and", "or", ","})
_NAME_PUNCT = frozenset({"-", ".", "'"})  # "Kim Jong-un", "H.R. McMaster", "O'Brien"
_NOT_IN_BODY_NAMES = frozenset({"VERB", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART"})


def _name_after(doc: Doc, i: int, in_names: set[int]) -> int:
    """The end of a name the tagger did not take for a person's, right after a title: "Kazakh President
    Kassym-Jomart Tokayev" (tagged an organisation). ``i`` when none follows."""
    k = i
    while k < len(doc) and k not in in_names and doc[k].ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP") and (
            doc[k].pos_ == "PROPN" and doc[k].is_title
            or doc[k].text in _NAME_PUNCT and k > i and k + 1 < len(doc) and doc[k + 1].is_title
            and not doc[k].whitespace_):
        k += 1
    return k if k - i <= 4 and (k == i or doc[k - 1].is_title) else i


def _after_possessive(doc: Doc, i: int) -> int:
    """Token i, or the one after it when token i is a possessive "'s"."""
    return i + 1 if i < len(doc) and doc[i].lower_ in POSSESSIVE else i


def _longest_first(candidates: list[_Mention]) -> list[_Mention]:
    """Candidates that do not overlap, longest first, then by rank."""
    taken: set[int] = set()
    kept = []
    for m in sorted(candidates, key=lambda m: (m.start - m.end, m.rank, m.start)):
        if not taken.intersection(range(m.start, m.end)):
            taken.update(range(m.start, m.end))
            kept.append(m)
    return kept


def _namesake(people: Iterable[_Mention], surname: str) -> _Mention | None:
    """The first of ``people`` whose name starts or ends with ``surname`` ("Park Jin", "Katsunobu Kato")."""
    for m in people:
        words = (m.person or "").split()
        if words and surname in (words[0], words[-1]):
            return m
    return None


def _lone_name(doc: Doc, i: int) -> bool:
    """A proper noun with no other name word beside it (so not part of a longer, unknown name)."""
    beside = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return doc[i].pos_ in ("PROPN", "") and not any(t.is_title and t.pos_ == "PROPN" for t in beside)


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """English words in lower case: the lemmatizer's word lists (from WordNet), the only dictionary the model
    carries. Empty for a pipeline without a rule lemmatizer (then no name is judged by its words)."""
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if nlp.has_pipe("lemmatizer") else None
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []))


def _all_caps(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _has_capital(text: str) -> bool:
    return any(c.isupper() for c in text)


def make_actor_linker(nlp: Language, name: str, extra_actors: list[dict[str, Any]]) -> ActorLinker:
    """The ``dateline_actors`` factory: an ActorLinker over the shipped registry plus ``extra_actors``."""
    register_extensions()
    return ActorLinker(nlp, load_registry(extra_actors))


def register_actor_component() -> None:
    """Register the ``dateline_actors`` factory with spaCy; calling it again does nothing."""
    if Language.has_factory(FACTORY):
        return
    Language.factory(FACTORY, default_config={"extra_actors": []},
                     requires=["doc.ents", "token.pos", "token.dep", "token.lemma"], assigns=["doc.spans"],
                     func=make_actor_linker)
