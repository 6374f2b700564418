"""Convert the Phoenix actor and agent dictionaries of PETRARCH2 into dateline's actor data.

The dictionaries (MIT, Open Event Data Alliance) list names in TABARI's format: a name with
``_`` for spaces, ``+`` synonym lines below it, and CAMEO actor codes in brackets, each maybe with
dates (``[USAGOV 810120-890120]``: the US government from 20 January 1981 to 20 January 1989).
A code is a country or bloc (``USA``, ``IGO``, ``NGO``) followed by role codes (``GOV``, ``MIL``,
``REB``...). The output, ``understand/data/phoenix_actors.json``, holds:

- ``states``: historical states ISO 3166 no longer lists (Soviet Union, Yugoslavia, East Germany...)
  with their names;
- ``countries``: more names of today's states: demonyms ("Ugandan"), other spellings, towns ("Gulu");
- ``bodies``: a state's institutions ("Afghan National Army"), with the state and the role;
- ``people``: named people, each with their dated roles (the state or organisation they acted for);
- ``groups``: international organisations, NGOs and non-state armed groups, each with a code of
  its own, a base country when the data gives one, and a role;
- ``agents``: generic agents ("guerrilla", "riot police", "students") with their role.

Names are stored as ``understand.names.name_key`` makes them from spaCy's English tokenizer, so
the linker finds them by token sequence without tokenising anything at load time.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from ..understand.names import name_key

# CAMEO actor role codes -> dateline's roles.
ROLES = {
    "GOV": "government", "SPY": "government", "MIL": "military", "COP": "police", "REB": "rebel", "INS": "rebel",
    "SEP": "rebel", "UAF": "rebel", "IMG": "rebel", "RAD": "rebel", "OPP": "opposition", "PTY": "party",
    "BUS": "business", "AGR": "civilian", "CVL": "civilian", "PPL": "civilian", "EDU": "education",
    "HLH": "medical", "MED": "media", "JUD": "judiciary", "LEG": "legislature", "CRM": "criminal", "LAB": "labour",
    "REF": "refugee", "REL": "religious", "MUS": "religious", "CHR": "religious", "JEW": "religious",
    "BUD": "religious", "HIN": "religious", "ELI": "elite", "NGO": "ngo", "NGM": "ngo", "HRI": "ngo",
    "ENV": "ngo", "DEV": "ngo", "IGO": "igo", "MNC": "business",
}
BLOCS = {"IGO", "NGO", "NGM", "IMG", "MNC"}
# Words of a title, not of a name: a person's name for display is one without them.
TITLE_WORDS = frozenset("""president prime minister secretary general gov governor former chairman chairwoman king
queen prince sheikh sheik dr mr mrs ms sir lord premier vice deputy foreign defense defence elect chief leader
senator ambassador envoy commander marshal colonel col lt gen maj major captain admiral""".split())
# Words that make a name an institution's rather than a person's.
INSTITUTION_WORDS = frozenset("""
ministry ministries department army navy force forces police guard guards council committee commission party
front movement organization organisation union government authority agency bureau office court parliament
assembly congress senate cabinet politburo soviet presidium command service services corps brigade brigades
league association federation institute bank company corporation group alliance coalition administration
national republic republican people's peoples revolutionary liberation militia militias regime junta state
school university church mission fund programme program center centre network foundation society tribunal
embassy legion battalion division regiment squad unit units board secretariat directorate chamber
""".split())
NAME_RE = re.compile(r"^[^\s\[#]+")
CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Entry:
    """One dictionary entry: its names (the first is its own) and codes with their dates."""

    names: list[str]
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (code, first day, last day)
    plurals: list[str] = field(default_factory=list)  # agents: "{GENDARMERIE}"


def _day(text: str) -> str | None:
    """"810120" -> "1981-01-20", "19170401" -> "1917-04-01" (two-digit years up to 20 are this century's)."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        year = int(digits[:2])
        digits = str(2000 + year if year <= 20 else 1900 + year) + digits[2:]
    if len(digits) != 8:
        return None
    y, m = int(digits[:4]), max(1, min(int(digits[4:6]), 12))
    d = max(1, min(int(digits[6:]), calendar.monthrange(y, m)[1]))  # the data has "19750231"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _code(text: str) -> tuple[str, str | None, str | None] | None:
    """"USAGOV 810120-890120", "AFGGOV >011222", "HTIOPPMED <061231", "IGOUNO" -> (code, first, last)."""
    parts = text.replace("> ", ">").replace("< ", "<").split()
    if not parts or not re.fullmatch(r"~?[A-Z]{3,}", parts[0]):
        return None
    first = last = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            first = _day(span[1:])
        elif span.startswith("<"):
            last = _day(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            first, last = _day(a), _day(b)
    return parts[0], first, last


def parse_entries(text: str) -> list[Entry]:
    """The entries of a TABARI actor or agent file, in order. Names listed one after another with no code
    between them are one entry: the codes below the last belong to them all."""
    entries: list[Entry] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [c for c in (_code(m) for m in CODE_RE.findall(line)) if c]
        body = CODE_RE.sub(" ", line)
        plurals = re.findall(r"\{([^}]*)\}", body)
        body = re.sub(r"\{[^}]*\}", " ", body)
        if line[0] == "+" and entries:
            name = body[1:].strip().split()
            if name:
                entries[-1].names.append(name[0])
        elif not line[0].isspace() and line[0] not in "+!":
            m = NAME_RE.match(body.strip())
            if m and entries and not entries[-1].codes and not codes:
                entries[-1].names.append(m.group(0))  # names in a row without codes share the next codes
            elif m:
                entries.append(Entry([m.group(0)]))
        if entries:
            entries[-1].codes += codes
            entries[-1].plurals += [p for group in plurals for p in group.split()]
    return entries


def words(name: str) -> list[str]:
    """A dictionary name as words: "AL-QAEDA_IN_IRAQ_(AQI)_" -> ["AL-QAEDA", "IN", "IRAQ"]."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return [w for w in name.replace("_", " ").split() if w]


def acronym(name: str) -> str | None:
    """The acronym a name gives in parentheses: "IRISH_REPUBLICAN_ARMY_(IRA)_" -> "IRA"."""
    m = re.search(r"\(([A-Z][A-Z0-9&.-]{1,9})\)", name)
    return m.group(1).replace(".", "") if m else None


def display(name: str) -> str:
    """"RONALD_REAGAN_" -> "Ronald Reagan", "AL-QAEDA" -> "Al-Qaeda"; short all-capital words stay (UN, ANC)."""
    out = []
    for w in words(name):
        if (len(w) <= 4 and not any(c in "AEIOUY" for c in w)) or w in ("UN", "US", "EU", "UK"):
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


class Tokenizer:
    """Names as the keys the linker matches: spaCy's English tokenizer, then ``names.name_key``."""

    def __init__(self):
        import spacy

        self._nlp = spacy.blank("en")

    def __call__(self, phrase: str) -> str:
        return name_key(t.text for t in self._nlp.make_doc(phrase))


def _slug(name: str) -> str:
    """A code from a name: "MUJAHIDEEN_KOMPAK" -> "MUJAHIDEEN_KOMPAK", cut at a word within 32 characters."""
    out = ""
    for word in re.sub(r"[^A-Z0-9]+", " ", " ".join(words(name)).upper()).split():
        if len(out) + len(word) + 1 > 32:
            break
        out = f"{out}_{word}" if out else word
    return out or re.sub(r"[^A-Z0-9]", "", name.upper())[:32]


def _role(code: str) -> str | None:
    """The first role of a code after its country or bloc: "USAGOV" -> government; a bloc's own role
    for international and non-governmental bodies ("IGOUNOKID" -> igo, "NGOMMRHRI" -> ngo)."""
    body = code.lstrip("~")
    if body in ROLES:  # a role alone: "[MED]"
        return ROLES[body]
    if code[:3] in BLOCS:
        return ROLES.get(code[:3], "rebel")
    start = 0 if code.startswith("~") else 3
    for i in range(start, len(body) - 2, 3):
        role = ROLES.get(body[i:i + 3])
        if role:
            return role
    return ROLES.get(body[:3]) if body[:3] in BLOCS else None


def _country(code: str, countries: set[str]) -> str | None:
    head = code[:3]
    return head if head in countries else None


def _person_name(names: list[str]) -> str:
    """The fullest of a person's names without a title: "Mikhail Gorbachev", not "General Secretary Gorbachev"."""
    plain = [n for n in names if not any(w.strip(".") in TITLE_WORDS for w in re.split(r"[\s-]+", " ".join(
        words(n)).lower()))]
    return display((plain or names)[0])


def _is_person(names: list[str]) -> bool:
    """A name of two to five words, none of them an institution's ("Ronald Reagan", not "Soviet Politburo")."""
    first = [w.lower() for w in words(names[0])]
    return 2 <= len(first) <= 5 and not any(w in INSTITUTION_WORDS or w.rstrip("s") in INSTITUTION_WORDS
                                            for w in first)


def convert(files: dict[str, str], curated_orgs: list[dict]) -> dict:
    """The converted data from the four files' texts (keys: countries, international, nonstate, agents).

    :param curated_orgs: dateline's own organisations (``actors.yaml``), whose codes a group keeps
        when one of its names is theirs ("Hamas" stays HAMAS)
    """
    tokens = Tokenizer()
    current = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3: c for c in pycountry.historic_countries if c.alpha_3 not in current}
    known = current | set(historic)
    curated = {tokens(alias): org["code"] for org in curated_orgs for alias in org.get("aliases", [])}

    states: dict[str, dict] = {}
    country_names: dict[str, set[str]] = {}  # a name -> the countries that list it
    bodies, people, groups = [], [], []
    names_of: dict[str, set[str]] = {}  # a group code -> the names of the group that has it

    def keys(entry: Entry) -> list[str]:
        return list(dict.fromkeys(k for k in (tokens(" ".join(words(n))) for n in entry.names) if k))

    for entry in parse_entries(files["countries"]):
        codes = [c for c in entry.codes if c[0] != "---"]
        if not codes:
            continue
        if all(len(c) == 3 for c, _, _ in codes):  # a state's own names: demonyms, spellings, towns
            code = codes[0][0]
            if code in historic:
                state = states.setdefault(code, {"code": code, "aliases": []})
                state["aliases"] += [k for k in keys(entry) if k not in state["aliases"]]
            elif code in current:
                for k in keys(entry):
                    country_names.setdefault(k, set()).add(code)
            continue
        roles = [[c[:3], _role(c) or "government", first, last] for c, first, last in codes
                 if c[:3] in known and len(c) >= 3]
        if not roles:
            continue
        dated = any(first or last for _, _, first, last in roles)
        if dated and _is_person(entry.names):  # the rulers and ministers of CountryInfo all have dates
            people.append({"name": _person_name(entry.names), "keys": keys(entry), "roles": roles})
        elif len(roles) == 1 and not dated:
            bodies.append({"keys": keys(entry), "country": roles[0][0], "role": roles[0][1]})

    org_code_of: dict[str, str] = {}  # a CAMEO code -> the identity code of the first group that has it
    for source in ("international", "nonstate"):
        for entry in parse_entries(files[source]):
            codes = [c for c in entry.codes if c[0] != "---"]
            if not codes:
                continue
            cameo = codes[0][0]
            person = _is_person(entry.names) and source == "international" and any(
                first or last for _, first, last in codes)
            if person:
                roles = []
                for c, first, last in codes:
                    owner = _country(c, known) or org_code_of.get(c) or org_code_of.get(c[:6])
                    if owner:
                        roles.append([owner, _role(c) or ("igo" if c.startswith("IGO") else "elite"), first, last])
                if roles:
                    people.append({"name": _person_name(entry.names), "keys": keys(entry), "roles": roles})
                continue
            names = keys(entry)
            if acronym(entry.names[0]):
                names.append(tokens(acronym(entry.names[0])))
            code = next((curated[k] for k in names if k in curated), None)
            for candidate in (acronym(entry.names[0]), _slug(entry.names[0])):
                if code is None and candidate and candidate not in known and (
                        candidate not in names_of or names_of[candidate] & set(names)):
                    code = candidate  # a new code, or the same group listed again ("UNITED_NATIONS")
            if code is None:
                continue
            # a group named in the plural is written in the singular before a noun: "Sandinista government",
            # "Contra rebels", "a Houthi spokesman"
            names += [n[:-1] for n in names if " " not in n and len(n) > 5 and n.endswith("s") and not n.endswith("ss")]
            names_of.setdefault(code, set()).update(names)
            org_code_of.setdefault(cameo, code)
            role = _role(cameo) or ("rebel" if source == "nonstate" else "ngo")
            home = _country(cameo[3:] if cameo.startswith("MNC") else cameo, current)  # "MNCUSA": a US company
            groups.append({"code": code, "name": display(entry.names[0]), "keys": list(dict.fromkeys(names)),
                           "country": home, "role": role})

    agents = {}
    for entry in parse_entries(files["agents"]):
        if not entry.codes:
            continue
        role = _role(entry.codes[0][0])
        if role is None:
            continue
        for name in entry.names + entry.plurals:
            for variant in _substitutions(name):
                key = tokens(" ".join(words(variant)))
                if key:
                    agents.setdefault(key, role)
    countries: dict[str, list[str]] = {}
    for key, codes in country_names.items():
        if len(codes) == 1:  # a name two states list ("Santa Ana") is neither's
            countries.setdefault(codes.pop(), []).append(key)
    return {"states": sorted(states.values(), key=lambda s: s["code"]), "countries": dict(sorted(countries.items())),
            "bodies": bodies,
            "people": _merge_people(people), "groups": _merge_groups(groups), "agents": agents}


def _merge_people(people: list[dict]) -> list[dict]:
    """One entry per person: the dictionary lists some people twice ("KOFI_ANNAN_", "K._ANNAN_")."""
    merged: list[dict] = []
    by_key: dict[str, dict] = {}
    for person in people:
        owners = {r[0] for r in person["roles"]}
        same = next((by_key[k] for k in person["keys"] if k in by_key
                     and owners & {r[0] for r in by_key[k]["roles"]}), None)
        if same is None:
            merged.append(person)
            same = person
        else:
            same["keys"] += [k for k in person["keys"] if k not in same["keys"]]
            same["roles"] += [r for r in person["roles"] if r not in same["roles"]]
        for k in person["keys"]:
            by_key.setdefault(k, same)
    return merged


def _merge_groups(groups: list[dict]) -> list[dict]:
    """One entry per code, the first entry's name, country and role, with every entry's names."""
    by_code: dict[str, dict] = {}
    for group in groups:
        first = by_code.setdefault(group["code"], group)
        if first is not group:
            first["keys"] += [k for k in group["keys"] if k not in first["keys"]]
    return list(by_code.values())


SUBSTITUTIONS = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
                 "!MINIST!": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"]}


def _substitutions(name: str) -> list[str]:
    """"POLICE!PERSON!" -> POLICEMAN, POLICEMEN, ... (the agents file's substitution sets)."""
    for key, values in SUBSTITUTIONS.items():
        if key in name:
            return [v for value in values for v in _substitutions(name.replace(key, value, 1))]
    return [name]


def build(shared_data: Path, curated_orgs: list[dict], out: Path) -> dict:
    """Read the Phoenix files and write ``phoenix_actors.json``; returns counts for the report."""
    folder = shared_data / "petrarch2"
    names = {"countries": "Phoenix.Countries.actors.txt", "international": "Phoenix.International.actors.txt",
             "nonstate": "Phoenix.MilNonState.actors.txt", "agents": "Phoenix.agents.txt"}
    files = {k: (folder / v).read_text(encoding="utf-8", errors="replace") for k, v in names.items()}
    data = convert(files, curated_orgs)
    data = {"about": "Converted by dateline/dictionaries/phoenix.py from PETRARCH2's Phoenix actor and agent "
                     "dictionaries (MIT, Open Event Data Alliance; see LICENSE-PETRARCH2.txt).", **data}
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {k: len(v) for k, v in data.items() if k != "about"}
