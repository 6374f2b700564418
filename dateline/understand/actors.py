"""The actor registry: every country, body, group, person and generic agent dateline knows.

``ActorRegistry`` holds the shipped data: every ISO 3166 country from pycountry merged with the
curated names in ``data/actors.yaml`` (short names, demonyms, capitals and seats of government
that stand for the state, historical states and their successors), international bodies, state
media and office holders with their tenures; and, from the field's Phoenix dictionaries
(``data/phoenix_actors.json``, converted by ``dateline/dictionaries/phoenix.py``), tens of
thousands of people with dated roles, international organisations, NGOs, armed groups, state
institutions and generic agents ("guerrillas", "riot police"). The curated data wins where both
have a name. ``load_registry`` builds it once per set of user-added actors; the spaCy component
that finds the actors of a text is ``actor_linker``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import json
import pycountry
import yaml

from ..errors import DatelineError
from .extensions import as_date
from .names import NameIndex, name_key, normalise
from .places import GEOGRAPHIC_WORDS, subdivisions, towns

KINDS = ("country", "organization", "media", "person", "agent")
# The roles an actor mention may play (see data/README.md); a country's own name acts as its government.
ROLES = ("government", "military", "police", "rebel", "party", "opposition", "business", "media", "civilian",
         "igo", "ngo", "religious", "labour", "medical", "education", "judiciary", "legislature", "refugee",
         "criminal", "elite")
# Roles of a state's own agents: "Ugandan troops" act for Uganda; "Irish guerrillas" do not act for Ireland.
STATE_ROLES = frozenset({"government", "military", "police", "judiciary", "legislature"})
# Roles that cannot be the source of a political event: a company offering shares does not AGREE.
NOT_POLITICAL = frozenset({"business"})
# Roles of the people a crowd is made of: "students and workers", "demonstrators", "refugees".
CROWD_ROLES = frozenset({"civilian", "education", "labour", "opposition", "religious", "refugee", "medical"})
# The sides a person may lead against a state's government: "separatist leader", "opposition leader".
NON_STATE_LEADERS = frozenset({"rebel", "opposition", "party"})


@dataclass(frozen=True, slots=True)
class Actor:
    """A country, international body, state medium or user-added actor, with every name it goes by."""

    code: str
    name: str
    kind: str  # one of KINDS
    country: str | None  # a country's own code; a body's or medium's base country, if any
    aliases: tuple[str, ...]
    role: str | None = None  # one of ROLES: what its mentions act as (a country: its government)


@dataclass(frozen=True, slots=True)
class Office:
    """One tenure of one person in one office. ``start`` None: not recorded; ``end`` None: in office."""

    person: str
    aliases: tuple[str, ...]  # other spellings of the person's name
    country: str  # the actor the office belongs to: a country, or a body such as "UN"
    title: str
    start: dt.date | None
    end: dt.date | None
    role: str = "government"  # one of ROLES: "elite" for a former leader, "igo" for a UN official

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Contextual:
    """A name that means ``code`` only in a document that names one of ``context`` ("the North")."""

    alias: str
    code: str
    context: frozenset[str]


@dataclass(frozen=True, slots=True)
class Succession:
    """A state that no longer exists, and the code its successor's names had then ("Moscow" in 1987 is SUN)."""

    code: str
    successors: frozenset[str]
    start: dt.date | None
    end: dt.date
    territories: frozenset[str] = frozenset()  # states whose towns were this one's then ("Tashkent" in 1985)

    def covers(self, day: dt.date) -> bool:
        return day <= self.end and (self.start is None or self.start <= day)


@dataclass(frozen=True, slots=True)
class Cues:
    """The words the linker reads around names (see data/README.md)."""

    title_words: frozenset[str]
    title_heads: frozenset[str]
    body_heads: frozenset[str]
    person_bodies: frozenset[str]
    institution_words: frozenset[str]
    not_actors: tuple[str, ...]
    contextual: tuple[Contextual, ...]
    place_heads: frozenset[str]
    place_prepositions: frozenset[str]
    place_governors: frozenset[str]


@dataclass(frozen=True, slots=True)
class Named:
    """What a name of the Phoenix dictionaries stands for: an actor's code (a group, a historical state, or
    a state for one of its institutions) and the role its mentions play."""

    code: str
    role: str | None
    country: bool = False  # one of a state's own names ("Ugandan", "Gulu"), not a group's or a body's


class ActorRegistry:
    """Every actor dateline knows, the names it goes by, and the people in office; read-only once built."""

    def __init__(self, actors: Iterable[Actor], offices: Iterable[Office], roles: dict[str, str], cues: Cues,
                 places: dict[str, str] | None = None, *, names: Iterable[tuple[str, Named]] = (),
                 agents: dict[str, str] | None = None, successions: Iterable[Succession] = (),
                 phoenix_codes: frozenset[str] = frozenset(), regions: dict[str, str] | None = None):
        self._actors: dict[str, Actor] = {}
        self._phoenix_codes = phoenix_codes  # actors only the Phoenix data has: found through ``names``
        self._codes: dict[str, str] = {}  # normalised alias -> code
        for actor in actors:  # earlier actors win a shared name; the builder puts user entries first
            self._actors.setdefault(actor.code, actor)
            for alias in actor.aliases:
                self._codes.setdefault(normalise(alias), actor.code)
        self.offices: tuple[Office, ...] = tuple(offices)
        self._people: dict[str, list[Office]] = {}
        self._surnames: dict[str, list[Office]] = {}  # "fujimori" -> Alberto Fujimori's offices
        self._short_names: dict[str, list[Office]] = {}  # "carlos menem" -> Carlos Saul Menem's offices
        for office in self.offices:
            for name in {normalise(n) for n in (office.person, *office.aliases)}:
                self._people.setdefault(name, []).append(office)
            words = normalise(office.person).split()
            if len(words) > 1:
                self._surnames.setdefault(words[-1], []).append(office)
            if len(words) > 2:  # "Carlos Saul Menem" is "Carlos Menem"; "Andres Pastrana Arango" "Andres Pastrana"
                for short in {f"{words[0]} {words[-1]}", f"{words[0]} {words[1]}"}:
                    self._short_names.setdefault(short, []).append(office)
        # The people's names as token sequences ("kim jong un"), for the linker to find in a text.
        self.people_names: NameIndex[str] = NameIndex((name, name) for name in self._people if name not in self._codes)
        # The Phoenix names of groups, bodies and historical states ("afghan national army" -> AFG, military);
        # not a title ("secretary of state"), which finds its holder (see the linker's titles).
        self.names: NameIndex[Named] = NameIndex((k, v) for k, v in names if self._kept_name(k, v)
                                                 and cues.title_heads.isdisjoint(k.split()))
        self.agents: dict[str, str] = agents or {}  # "riot police" -> police, "guerrilla" -> rebel
        self._successions: dict[str, list[Succession]] = {}
        self._territories: dict[str, list[Succession]] = {}
        for succession in successions:
            for code in succession.successors:
                self._successions.setdefault(code, []).append(succession)
            for code in succession.successors | succession.territories:
                self._territories.setdefault(code, []).append(succession)
        self._roles = roles
        self.cues = cues
        self._regions = regions or {}  # curated regions and peoples ("Chechen"), which the tagger may call an org
        self._places = {**(places or {}), **self._regions}

    def _kept_name(self, key: str, named: Named) -> bool:
        """A Phoenix name that a curated one does not already give to another actor."""
        code = self._codes.get(key)
        return code is None or code == named.code

    @classmethod
    def load(cls, extra: Iterable[dict] = ()) -> ActorRegistry:
        """The shipped registry plus user-added actors (built once per set of extras; see ``load_registry``).

        :param extra: entries shaped like the YAML ones: ``{code, name, kind, country, aliases}``
        """
        return load_registry(extra)

    def actors(self) -> list[Actor]:
        """Every actor, in code order."""
        return sorted(self._actors.values(), key=lambda a: a.code)

    def get(self, code: str) -> Actor | None:
        """The actor with this code ("PRK", "UN", "KCNA"), or None."""
        return self._actors.get(code)

    def lookup(self, text: str) -> Actor | None:
        """The actor a name stands for, ignoring case, dots, accents and a leading "the".

        :param text: a name as written: "the U.S.", "DPRK", "Pyongyang", "North Korean", "U.N."
        """
        code = self._codes.get(normalise(text))
        if code is None:
            found = self.names.get(normalise(text))
            code = found[0].code if found else None
        return self._actors.get(code) if code else None

    def alias_patterns(self) -> list[tuple[str, str]]:
        """(name as written, code) for every curated name a PhraseMatcher should find; a leading "the" is dropped."""
        patterns, seen = [], set()
        for actor in self._actors.values():
            if actor.code in self._phoenix_codes:
                continue  # found through ``names``
            for alias in actor.aliases:
                text = alias[4:] if alias.lower().startswith("the ") else alias
                if self._codes.get(normalise(alias)) == actor.code and text not in seen:
                    seen.add(text)
                    patterns.append((text, actor.code))
        return patterns

    def is_place(self, name: str) -> bool:
        """True for the name of an ISO 3166 subdivision: a province, region or city ("Gaza", "Idlib", "Sevastopol").

        :param name: a name as written
        """
        return normalise(name) in self._places

    def place_country(self, name: str, on: dt.date | None = None) -> str | None:
        """The country of an ISO 3166 subdivision ("Helmand" -> AFG) or of a town of 15,000 people or more
        ("Mosul" -> IRQ, "Gdańsk" -> POL) on a date ("Tashkent" in 1985 -> SUN); None when unknown or
        shared (see ``places.towns``)."""
        key = normalise(name)
        # a subdivision's name two countries share may still be one country's town ("Gaza")
        code = self._places.get(key) or towns().get(key) or None
        return _during(self._territories, code, as_date(on)) if code else None

    def region_country(self, name: str, on: dt.date | None = None, curated: bool = False) -> str | None:
        """Like ``place_country``, for subdivisions and regions only ("Chechen", "Darfur"), not towns,
        whose names are often words ("Police" is a town in Poland); ``curated``: only the regions and
        peoples of actors.yaml (not "Washington" of "the Washington Post")."""
        code = (self._regions if curated else self._places).get(normalise(name))
        return _during(self._territories, code, as_date(on)) if code else None

    def agent_role(self, words: str) -> str | None:
        """The role of a generic agent ("riot police" -> police, "guerrilla" -> rebel), by its ``name_key``."""
        return self.agents.get(words)

    def as_of(self, code: str, day: dt.date | None) -> str:
        """The code a state's name stood for on a date: RUS is SUN before 26 December 1991."""
        return _during(self._successions, code, day)

    def people(self, match: str = "") -> list[tuple[str, list[Office]]]:
        """People with their offices, by name; ``match`` a substring of a name or alias (case-insensitive)."""
        needle = normalise(match)
        by_person: dict[str, list[Office]] = {}
        for office in self.offices:
            if needle in normalise(office.person) or any(needle in normalise(a) for a in office.aliases):
                by_person.setdefault(office.person, []).append(office)
        return sorted(by_person.items())

    def person(self, name: str, on: dt.date | None = None) -> Office | None:
        """The office a known person held on a date, or their best-known office when no date is given.

        None when the name is unknown, when it was out of office on that date, or when the name
        fits more than one person (two in office at once, or a shared surname with no date).

        :param name: a full name or a listed spelling or surname: "Park Jin", "Kim Jong-un", "Kato"
        :param on: the date (the article's anchor), or None
        """
        offices = self._people.get(normalise(name), [])
        day = as_date(on)
        if not offices and day is not None and " " not in normalise(name):
            # a lone surname ("Fujimori", "Mugabe"): the one person of that name in government that day
            offices = [o for o in self._surnames.get(normalise(name), []) if o.role == "government"]
        if day is not None:
            offices = [o for o in offices if o.held_on(day)]
        if len({o.person for o in offices}) != 1:
            return None
        if day is None:
            return offices[0]  # each person's best-known office is listed first
        # A post held that day beats a lifelong "elite" span; a later start beats an earlier one.
        return max(offices, key=lambda o: (o.role != "elite", o.start or dt.date.min))

    def titled_person(self, name: str, on: dt.date | None) -> Office | None:
        """The one person in government that day listed under a longer name whose first name and surname
        these are: "President Carlos Menem" (Carlos Saul Menem). Only for a name written after a title:
        a "John Smith" with none is no one in particular."""
        day = as_date(on)
        if day is None:
            return None
        offices = [o for o in self._short_names.get(normalise(name), []) if o.role == "government" and o.held_on(day)]
        if not offices and len(normalise(name).split()) > 1:
            # spelled otherwise than the dictionary ("Frederik de Klerk", "Yuri Andropov"): the one person of
            # that surname in government that day
            offices = [o for o in self._surnames.get(normalise(name).split()[-1], [])
                       if o.role == "government" and o.held_on(day)]
        return offices[0] if len({o.person for o in offices}) == 1 else None

    def office_holder(self, title: str, country: str, on: dt.date) -> Office | None:
        """Who held an office on a date: ("foreign minister", "KOR", 2023-11-09) -> Park Jin.

        Titles are matched by role, so "secretary of state" finds a foreign minister. On a handover
        day the incoming holder wins; None when no one (or no single person) is recorded.

        :param title: the title as written, without the country: "chief cabinet secretary"
        :param country: the code of the country or body: "JPN", "UN"
        :param on: the date
        """
        day = as_date(on)
        if day is None:
            return None
        role = self._role(title)
        return _latest([o for o in self.offices
                        if o.country == country and self._role(o.title) == role and o.held_on(day)])

    def _role(self, title: str) -> str:
        key = normalise(title)
        return self._roles.get(key, key)


def load_registry(extra: Iterable[dict] = ()) -> ActorRegistry:
    """The shipped registry plus user-added actors, built once per distinct set of extras.

    A user entry with a shipped code replaces its name, kind and country and adds its aliases,
    which win over any shipped actor's use of the same name.

    :param extra: entries ``{code, name, kind, country, aliases}`` (kind defaults to organization)
    """
    return _build_registry(tuple(_entry_actor(entry) for entry in extra))


def _data(name: str) -> str:
    return (resources.files(__package__) / "data" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def _build_registry(extra: tuple[Actor, ...]) -> ActorRegistry:
    data = yaml.load(_data("actors.yaml"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C: 8x faster
    phoenix = json.loads(_data("phoenix_actors.json"))
    curated = data["countries"]
    unknown = sorted(set(curated) - {c.alpha_3 for c in pycountry.countries})
    if unknown:
        raise DatelineError(f"actors.yaml names countries that ISO 3166 does not have: {unknown}")
    bodies = [_entry_actor({**e, "kind": "organization"}) for e in data["organizations"]]
    bodies += [_entry_actor({**e, "kind": "media"}) for e in data["media"]]
    # A curated name beats an ISO name of another country ("Congo" is DR Congo in the news).
    claimed = {normalise(n): code for code, entry in curated.items() for n in _curated_names(entry)}
    claimed.update({normalise(n): a.code for a in bodies for n in a.aliases})
    countries = []
    for country in pycountry.countries:
        code, entry = country.alpha_3, curated.get(country.alpha_3) or {}
        iso = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        iso = [n for n in iso if n]
        own = [entry["name"]] if entry.get("name") else []
        names = own + _curated_names(entry) + [n for n in iso if claimed.get(normalise(n), code) == code]
        countries.append(Actor(code, (own or iso)[0], "country", code, _unique(names), "government"))
    states = _historical_states(data["historical"], phoenix["states"])
    shipped = {a.code: a for a in bodies + countries + states}
    groups = [_group_actor(g) for g in phoenix["groups"] if g["code"] not in shipped]
    shipped.update({a.code: a for a in groups})
    merged = [Actor(e.code, e.name, e.kind, e.country, _unique([*e.aliases, *shipped[e.code].aliases]), e.role)
              if e.code in shipped else e for e in extra]
    names = [(key, Named(g["code"], g["role"])) for g in phoenix["groups"] for key in g["keys"]]
    names += [(key, Named(b["country"], b["role"])) for b in phoenix["bodies"] for key in b["keys"]]
    names += [(normalise(alias), Named(s.code, "government")) for s in states for alias in s.aliases]
    # not a bare compass name ("North West", a South African province, is also Cameroon's North-West region)
    names += [(key, Named(code, "government", country=True)) for code, keys in phoenix["countries"].items()
              for key in keys if not GEOGRAPHIC_WORDS.issuperset(key.replace("-", " ").split())]
    registry = ActorRegistry([*merged, *bodies, *countries, *states, *groups],
                             _offices(data["people"], shipped) + _phoenix_offices(phoenix["people"], data["people"]),
                             _roles(data["titles"]), _cues(data), subdivisions(), names=names,
                             regions=_regions(data["regions"]),
                             agents={**phoenix["agents"], **_curated_agents(data.get("agents", {}))},
                             successions=_successions(data["historical"]),
                             phoenix_codes=frozenset(a.code for a in groups))
    return registry


def _regions(by_country: dict[str, list[str]]) -> dict[str, str]:
    """Regions and their peoples' adjectives -> the state they lie in ("Chechen" -> RUS)."""
    return {normalise(name): code for code, names in by_country.items() for name in names}


def _curated_agents(by_role: dict[str, list[str]]) -> dict[str, str]:
    """Agent words the Phoenix dictionary lacks or reads otherwise ("mujahideen", "paramilitaries")."""
    return {name_key(words.split()): role for role, entries in by_role.items() for words in entries}


def _historical_states(entries: list[dict], phoenix_states: list[dict]) -> list[Actor]:
    """States ISO 3166 no longer lists (Soviet Union, Yugoslavia, Zaire): curated names and Phoenix's."""
    more = {s["code"]: s["aliases"] for s in phoenix_states}
    return [Actor(e["code"], e["name"], "country", e["code"], _unique([e["name"], *e.get("aliases", []),
                                                                        *more.get(e["code"], [])]), "government")
            for e in entries]


def _successions(entries: list[dict]) -> list[Succession]:
    return [Succession(e["code"], frozenset(e.get("successors") or []), e.get("start"), e["end"],
                       frozenset(e.get("territories") or [])) for e in entries if e.get("successors")]


def _group_actor(group: dict) -> Actor:
    kind = "media" if group["role"] == "media" else "organization"
    return Actor(group["code"], group["name"], kind, group["country"], tuple(group["keys"]), group["role"])


def _during(successions: dict[str, list[Succession]], code: str, day: dt.date | None) -> str:
    """The state ``code``'s places or names stood for on ``day``: a succession that covered it, else itself."""
    if day is not None:
        for s in successions.get(code, []):
            if s.covers(day):
                return s.code
    return code


def _curated_names(entry: dict) -> list[str]:
    demonyms = entry.get("demonyms", [])
    # "North Korean" -> "North Koreans"; "Japanese", "British", "Swiss" have no plural of their own.
    plurals = [d + "s" for d in demonyms if not d.endswith(("ese", "sh", "ch", "ss", "s"))]
    return [*entry.get("aliases", []), *demonyms, *plurals, *entry.get("metonyms", []), *entry.get("bodies", [])]


def _offices(people: list[dict], actors: dict[str, Actor]) -> list[Office]:
    """The curated office holders; an office acts as its owner does (a state's: its government; Hamas's: rebel)."""
    offices = []
    for p in people:
        aliases = tuple(a for a in _unique(p.get("aliases") or []) if a != p["name"])
        for o in p["offices"]:
            country = o.get("country", p["country"])
            owner = actors.get(country)
            role = owner.role if owner is not None and owner.role else "government"
            offices.append(Office(p["name"], aliases, country, o["title"], o["start"], o["end"], role))
    return offices


def _phoenix_offices(people: list[dict], curated: list[dict]) -> list[Office]:
    """The Phoenix people's dated roles; for a person the curated data also lists, only the roles that
    ended before the curated ones begin (the curated tenures are newer and checked)."""
    first_curated: dict[str, dt.date | None] = {}
    for p in curated:
        starts = [o["start"] for o in p["offices"] if o["start"]]
        for name in (p["name"], *(p.get("aliases") or [])):
            first_curated[normalise(name)] = min(starts) if starts else None
    offices = []
    for p in people:
        keys = [k for k in p["keys"] if k != normalise(p["name"])]
        cutoff = next((first_curated[k] for k in [normalise(p["name"]), *keys] if k in first_curated), False)
        for owner, role, start, end in p["roles"]:
            start = dt.date.fromisoformat(start) if start else None
            end = dt.date.fromisoformat(end) if end else None
            if cutoff is not False and (cutoff is None or end is None or end >= cutoff):
                continue
            offices.append(Office(p["name"], tuple(keys), owner, role, start, end, role))
    return offices


def _roles(titles: dict[str, list[str]]) -> dict[str, str]:
    return {normalise(variant): normalise(role) for role, variants in titles.items() for variant in [role, *variants]}


def _cues(data: dict) -> Cues:
    def words(items):
        return frozenset(w for item in items for w in normalise(item).split())

    variants = [v for role, vs in data["titles"].items() for v in [role, *vs]]
    return Cues(
        title_words=words([*data["title_words"], *data["title_heads"], *variants]),
        title_heads=words(data["title_heads"]),
        body_heads=words(data["body_heads"]),
        person_bodies=words(data["person_bodies"]),
        institution_words=frozenset(data["institution_words"]),
        not_actors=tuple(data["not_actors"]),
        contextual=tuple(Contextual(c["alias"], c["code"], frozenset(c["context"])) for c in data["contextual"]),
        place_heads=words(data["place_heads"]),
        place_prepositions=words(data["place_prepositions"]),
        place_governors=words(data["place_governors"]),
    )


def _entry_actor(entry: dict) -> Actor:
    code = str(entry.get("code") or "").strip().upper()
    name = str(entry.get("name") or "").strip()
    if not code or not name:
        raise DatelineError(f"an actor needs a code and a name: {entry!r}")
    kind = entry.get("kind") or "organization"
    if kind not in KINDS:
        raise DatelineError(f"actor {code}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    aliases = entry.get("aliases") or []
    aliases = [aliases] if isinstance(aliases, str) else aliases
    country = entry.get("country")
    role = entry.get("role") or {"organization": "igo" if not country else "rebel", "media": "media",
                                 "country": "government"}.get(kind)
    return Actor(code, name, kind, str(country).upper() if country else None, _unique([name, *map(str, aliases)]),
                 role)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _latest(offices: list[Office]) -> Office | None:
    """The holder who started last; None when two people started on the same (or an unknown) day."""
    if not offices:
        return None
    ranked = sorted(offices, key=lambda o: o.start or dt.date.min, reverse=True)
    if len(ranked) > 1 and ranked[0].start == ranked[1].start and ranked[0].person != ranked[1].person:
        return None
    return ranked[0]
