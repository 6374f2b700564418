"""Convert PETRARCH2's CAMEO verb dictionary into dateline's event lexicon.

The dictionary (``CAMEO.2.0.txt``, MIT) groups verbs in blocks under a head verb with a CAMEO
code (``--- THREATEN [130] ---``), lists synonym sets (``&WEAPON``), and gives phrase patterns
under each block (``- * (OF &FIGHT) [110]``: ``*`` is the verb, ``(...)`` a prepositional phrase,
``{...}`` a multi-word noun phrase, words before ``*`` belong to the subject). The output keeps
the patterns as slots of word forms that ``understand/event_lexicon.py`` matches on the
dependency parse, with each code's PLOVER type and mode.

Two choices of ours, each a reading of the data rather than a list typed by hand:
- A verb that heads its block ("THREATEN" under ``--- THREATEN [130] ---``) or has a code of its
  own is ``head: true``; the others are synonyms that WordNet brought in ("master", "improve",
  "accord"), which the matcher trusts only in a pattern or with a named target.
- CAMEO 02 (appeals) is REQUEST: PLOVER's REQUEST is asking, appealing and demanding, though the
  2021 conversion table leaves the 02 codes out; and CAMEO 080 (yield, not specified) is CONCEDE,
  which the table's split of 08 (081-083 CONCEDE, 084-087 RETREAT) leaves out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

# Words after the verb that are its particle, not its object ("call off", "set up", "pull back").
PARTICLES = frozenset({"up", "down", "out", "off", "back", "away", "over", "forward", "aside", "together", "apart",
                       "around", "about", "through", "along", "forth", "in", "on", "behind"})
# Words that mark places in a TABARI pattern, not words to match.
MARKERS = frozenset({"$", "+", "^", "%", "|"})
# Function words a pattern may hold that carry no meaning for the parse ("- * TO CONGRATULATE").
FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "or", "not", "no", "its", "their", "his", "her", "as", "be",
                            "is", "was", "that", "it", "they"})
# A preposition written without its parentheses ("- * &MEDIATION BETWEEN") is a prepositional phrase.
PREPOSITIONS = frozenset({"to", "of", "from", "in", "on", "at", "by", "for", "with", "between", "against", "into",
                          "over", "toward", "towards", "about", "across", "among", "upon", "under", "after", "before",
                          "during", "through", "without", "amid"})

# What each CAMEO code says of the act, in PLOVER's modes (the CAMEO codebook's meaning of the codes).
MODES = {
    "041": "phone", "042": "visit", "043": "visit", "045": "third-party", "0841": "release", "084": "release",
    "0861": "access", "0862": "access", "0863": "access", "0871": "ceasefire", "0872": "access", "0873": "disarm",
    "0874": "withdraw", "0813": "restrict", "0814": "restrict",
    "090": "investigate", "092": "investigate", "111": "disapprove", "114": "disapprove", "110": "disapprove",
    "112": "allege", "1121": "allege", "1122": "allege", "1123": "allege", "1124": "allege", "1125": "allege",
    "101": "change", "102": "change", "103": "assist", "1031": "assist", "1032": "assist", "1033": "assist",
    "104": "change", "105": "yield", "106": "yield", "107": "yield", "108": "meet",
    "021": "assist", "0211": "assist", "0212": "assist", "0213": "assist", "0214": "assist", "022": "assist",
    "023": "assist", "0231": "assist", "0232": "assist", "0233": "assist", "0234": "assist", "024": "change",
    "025": "yield", "026": "meet", "027": "change", "028": "meet",
    "121": "assist", "122": "assist", "123": "change", "124": "yield", "125": "meet", "1246": "yield",
    "1311": "restrict", "1312": "restrict", "1313": "relations", "133": "restrict", "137": "arrest", "138": "violence",
    "1381": "violence", "1382": "violence", "1383": "violence", "1384": "violence", "1385": "violence",
    "139": "violence", "140": "demo", "141": "demo", "1411": "demo", "142": "hunger", "143": "strike", "144": "obstruct",
    "145": "riot", "150": "troops", "151": "police", "152": "troops", "153": "troops", "154": "troops",
    "161": "discontinue", "162": "withdraw", "164": "discontinue", "165": "discontinue", "166": "expel",
    "1661": "expel", "1662": "expel", "1663": "expel", "171": "seize", "1711": "seize", "1712": "destroy",
    "172": "restrict", "1721": "curfew", "1722": "restrict", "1723": "martial-law", "1724": "restrict",
    "173": "arrest", "174": "deport", "175": "crowd-control", "176": "cyber", "181": "abduct", "182": "beat",
    "1821": "sexual", "1822": "torture", "1823": "targeted", "183": "explosives", "1831": "suicide-attack",
    "1832": "explosives", "1833": "explosives", "185": "targeted", "186": "targeted", "193": "firearms",
    "194": "heavy-weapons", "195": "aerial", "1951": "aerial", "1952": "drone", "196": "ceasefire",
    "200": "unconventional", "201": "unconventional", "202": "unconventional", "203": "unconventional",
    "204": "unconventional", "2041": "unconventional", "2042": "unconventional",
}
APPEALS = "02"  # CAMEO's appeals: REQUEST (see the module's docstring)
YIELD = "080"  # CAMEO's yielding in general (PARDON, SUBMIT, RELAX): CONCEDE


@dataclass
class Pattern:
    code: str | None  # the CAMEO code, None for "[---]" (no event)
    subject: list[list[str]] = field(default_factory=list)  # slots: each a list of alternatives
    particle: str | None = None
    objects: list[list[str]] = field(default_factory=list)
    preps: list[dict] = field(default_factory=list)  # {"prep": "to", "words": [slots]}
    verbs: list[str] = field(default_factory=list)  # the verbs its comment says it was found with


@dataclass
class Verb:
    lemma: str
    particle: str | None  # "+CALL_OFF": "off"
    objects: list[list[str]]  # "+TAKE_SHAPE": [["shape"]]
    code: str | None  # its own code, else the block's
    has_own_code: bool


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def _code(text: str) -> str | None:
    """The event code of "[042:043]" (before the colon: the act of the source); None for "---" or empty."""
    first = text.strip().split(":")[0].strip()
    return first if re.fullmatch(r"\d{2,4}", first) else None


def _words(token: str) -> list[str]:
    """A dictionary word as lower-case words: "CEASE_FIRE" -> ["cease", "fire"]; a trailing "_" only ends it."""
    return [w for w in token.lower().strip("_").split("_") if w]


def parse_sets(lines: list[str]) -> dict[str, list[str]]:
    """The synonym sets: "&WEAPON" followed by "+MISSILE" lines, as lists of lower-case phrases."""
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            current = text[1:].split()[0].rstrip("_")
            sets.setdefault(current, [])
        elif text.startswith("+") and current is not None:
            phrase = " ".join(_words(text[1:].split("{")[0].split()[0].replace("-", "_")))  # "CEASE-FIRE"
            if phrase and phrase not in sets[current]:
                sets[current].append(phrase)
        elif not text:
            current = None if not line.strip() else current
    return sets


def _tokens(text: str) -> list[str]:
    """Split a pattern into tokens, keeping "{...}" and "(...)" groups whole."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "{(":
            close = text.find("}" if c == "{" else ")", i)
            close = len(text) if close < 0 else close
            out.append(text[i:close + 1])
            i = close + 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in "{(":
                j += 1
            out.append(text[i:j])
            i = j
    return out


def _slot(token: str) -> list[str] | None:
    """One word slot: "&WEAPON" (a set, kept by name), "TALKS", or None for a marker or function word.
    A hyphenated word is its parts, as spaCy splits it ("SIT-IN": "sit in")."""
    if token in MARKERS or not token:
        return None
    if token.startswith("&"):
        return ["&" + token[1:].rstrip("_")]
    words = _words(token.replace("-", "_"))
    if not words or (len(words) == 1 and words[0] in FUNCTION_WORDS) or not re.search(r"[a-z]", words[0]):
        return None
    return [" ".join(words)]


def _phrase_slots(inner: str) -> list[list[str]]:
    return [s for s in (_slot(t) for t in inner.split()) if s]


def parse_pattern(line: str) -> Pattern | None:
    """One "- <words> * <words> [code] # VERB" line."""
    body = line[1:].split("#")[0]
    comment = line.split("#", 1)[1] if "#" in line else ""
    m = re.search(r"\[([^\]]*)\]", body)
    if m is None or "*" not in body:
        return None
    pattern = Pattern(_code(m.group(1)))
    pattern.verbs = [w.lower() for w in re.findall(r"[A-Z][A-Z_-]+", comment)]
    before, after = body[:m.start()].split("*", 1)
    for token in _tokens(before):
        if token.startswith("{"):
            pattern.subject += _phrase_slots(token.strip("{}"))
        elif not token.startswith("(") and (slot := _slot(token)):
            pattern.subject.append(slot)
    first = True
    for token in _tokens(after):
        if token.startswith("("):
            parts = token.strip("()").split()
            if parts and parts[0] not in MARKERS:
                pattern.preps.append({"prep": parts[0].lower(), "words": _phrase_slots(" ".join(parts[1:]))})
        elif token.startswith("{"):
            slots = _phrase_slots(token.strip("{}"))
            if slots:
                pattern.objects.append(["{" + " ".join(s[0] for s in slots) + "}"])
        elif first and token.lower() in PARTICLES and pattern.particle is None:
            pattern.particle = token.lower()
        elif token.lower() in PREPOSITIONS:
            pattern.preps.append({"prep": token.lower(), "words": []})
        elif slot := _slot(token):
            pattern.objects.append(slot)
        if token not in MARKERS:
            first = False
    return pattern


def parse_verb_line(line: str, block_code: str | None) -> Verb | None:
    """"ASK [020]", "HURRY {HURRIES ...}", "+CALL_OFF [160]", "+ASK_FOR {...} [020]"."""
    text = line.split("#")[0]
    m = re.search(r"\[([^\]]*)\]", text)
    own = m is not None
    code = _code(m.group(1)) if m else block_code
    head = re.sub(r"\{[^}]*\}", " ", text[:m.start()] if m else text).split()
    if not head:
        return None
    words = _words(head[0].lstrip("+").replace("-", "_") if head[0].startswith("+") else head[0])
    if not words or not words[0].isalpha():
        return None
    lemma, rest = words[0], words[1:]
    particle = rest[0] if rest and rest[0] in PARTICLES | {"for", "with", "to", "at", "into", "on", "by"} else None
    objects = [[w] for w in (rest[1:] if particle else rest) if w not in FUNCTION_WORDS]
    return Verb(lemma, particle, objects, code, own)


def parse_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        if line.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            if m:
                blocks.append(Block(m.group(1), _code(m.group(2))))
            continue
        if not blocks or not line.strip() or line.lstrip().startswith(("#", "~")):
            continue
        if line.startswith("-"):
            pattern = parse_pattern(line)
            if pattern is not None:
                blocks[-1].patterns.append(pattern)
        elif (verb := parse_verb_line(line, blocks[-1].code)) is not None:
            blocks[-1].verbs.append(verb)
    return blocks


class PloverTable:
    """CAMEO code -> PLOVER type, by the table's lookup rule (longest listed prefix, then the root)."""

    def __init__(self, table: dict):
        self.codes = table["codes"]
        self.root = table["root"]
        self.split = table.get("root_08_split", {})

    def type(self, code: str | None) -> str | None:
        if code is None:
            return None
        for n in (4, 3):
            if code[:n] in self.codes and len(code) >= n:
                return self.codes[code[:n]]
        if code[:2] == APPEALS:
            return "REQUEST"
        if code[:3] in self.split:
            return self.split[code[:3]]
        if code == YIELD:
            return "CONCEDE"  # "yield, not specified": the table splits 081-087 and leaves 080 out
        return self.root.get(code[:2])


def mode(code: str | None) -> str | None:
    if code is None:
        return None
    for n in (4, 3):
        if code[:n] in MODES:
            return MODES[code[:n]]
    return None


def convert(cameo_text: str, plover_table: dict) -> dict:
    """The lexicon dateline ships: verbs by lemma, each with its readings and the block's patterns."""
    lines = cameo_text.splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    sets = parse_sets(lines[:start])
    blocks = parse_blocks(lines[start:])
    table = PloverTable(plover_table)

    def reading(code):
        return {"code": code, "type": table.type(code), "mode": mode(code)}

    out_blocks, verbs = [], {}
    for index, block in enumerate(blocks):
        patterns = []
        for p in block.patterns:
            item = {**reading(p.code), "subject": p.subject, "particle": p.particle, "objects": p.objects,
                    "preps": p.preps}
            if p.particle and p.verbs:
                item["verbs"] = p.verbs  # a phrasal verb is its own word: "fire off" a letter, not "blast off"
            patterns.append({k: v for k, v in item.items() if v not in (None, [], "")} | {"type": table.type(p.code)})
        out_blocks.append({"name": block.name.lower(), "patterns": patterns})
        for v in block.verbs:
            head = v.has_own_code or v.lemma == block.name.lower().split("_")[0] or v.particle is not None
            entry = {**reading(v.code), "block": index, "head": head, "own": v.has_own_code}
            if v.particle:
                entry["particle"] = v.particle
            if v.objects:
                entry["objects"] = v.objects
            verbs.setdefault(v.lemma, []).append(entry)
    return {"sets": sets, "blocks": out_blocks, "verbs": dict(sorted(verbs.items()))}


def build(shared_data: Path, out: Path) -> dict:
    """Read the shared dictionaries and write ``cameo_verbs.json``; returns counts for the report."""
    cameo = (shared_data / "petrarch2" / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    table = json.loads((shared_data / "cameo_to_plover.json").read_text(encoding="utf-8"))
    lexicon = convert(cameo, table)
    lexicon = {"about": "Converted by dateline/dictionaries/cameo.py from PETRARCH2's CAMEO.2.0.txt (MIT, Open "
                        "Event Data Alliance; see LICENSE-PETRARCH2.txt) with the CAMEO->PLOVER table of the "
                        "PLOVER project (2021).", **lexicon}
    out.write_text(json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {"verbs": len(lexicon["verbs"]), "blocks": len(lexicon["blocks"]),
            "patterns": sum(len(b["patterns"]) for b in lexicon["blocks"]), "sets": len(lexicon["sets"])}
