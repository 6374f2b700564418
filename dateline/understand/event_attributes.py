"""What an event's clause says about it in figures: weapon, count, range and apogee in km, casualties."""

from __future__ import annotations

import re

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "a pair": 2, "pair": 2, "a dozen": 12, "dozen": 12}
_KM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(km|kilometers|kilometres|miles)\b", re.IGNORECASE)
# "landed 200 km west of ...", "3,200 km east of Japan": where it fell, not how far it flew.
_DISTANCE_FROM = re.compile(r"\s+(?:\w+\s+){0,2}?(?:north|south|east|west|northeast|northwest|southeast|southwest"
                            r"|off|from|away)\b", re.IGNORECASE)
_APOGEE = re.compile(r"(?:altitude|apogee|height)\s+of\s+(?:about\s+|some\s+|more than\s+|nearly\s+|around\s+)?$",
                     re.IGNORECASE)
_CASUALTIES = re.compile(r"(?:killing|killed|kill|left)\s+(?:at least\s+|about\s+)?(\d[\d,]*|\w+)\s+"
                         r"(?:people|civilians|soldiers|persons)"
                         r"|(\d[\d,]*|\w+)\s+(?:people|civilians|soldiers|persons)\s+(?:were|was|have been)\s+killed",
                         re.IGNORECASE)
WEAPON_PATTERN = re.compile(
    r"((?:newly developed |new |solid-fuel |new-type |nuclear-capable )?(?:short-range |medium-range |"
    r"intermediate-range |long-range |intercontinental |submarine-launched |hypersonic |cruise |ballistic |"
    r"anti-ship )+(?:ballistic )?(?:missiles?|weapons? system))"
    r"|\b(ICBMs?|SLBMs?|IRBMs?|SRBMs?|cruise missiles?|hypersonic missiles?|ballistic missiles?|spy satellites?|"
    r"rockets?|drones?|water cannons?)\b",
    re.IGNORECASE)
WEAPON_ABBREVIATIONS = {"icbm": "intercontinental ballistic missile", "slbm": "submarine-launched ballistic missile",
                        "irbm": "intermediate-range ballistic missile", "srbm": "short-range ballistic missile"}
MATERIAL = ("MOBILIZE", "ASSAULT")


def attributes(event_type: str, clause: str, sentence: str) -> dict:
    """Figures for an event of ``event_type`` from its clause and its sentence. ("The missile flew
    1,000 km" in the next sentence is a mention of its own, merged with the launch by ``events``.)

    :param clause: the text of the trigger's clause (weapon and count come from here)
    :param sentence: the whole sentence (range, apogee, casualties)
    """
    attrs: dict = {}
    if event_type in MATERIAL:
        weapon = WEAPON_PATTERN.search(clause)
        if weapon:
            attrs["weapon"] = weapon_name(weapon.group(1) or weapon.group(2))
            count = _count_before(clause, weapon.start())
            if count:
                attrs["count"] = count
        for m in _KM.finditer(sentence):
            km = _to_km(m.group(1), m.group(2))
            if _APOGEE.search(sentence[:m.start()][-40:]):
                attrs.setdefault("apogee_km", km)
            elif not _DISTANCE_FROM.match(sentence[m.end():]):
                attrs.setdefault("range_km", km)
        cas = _CASUALTIES.search(sentence)
        if cas:
            n = _number(cas.group(1) or cas.group(2))
            if n:
                attrs["casualties"] = n
    if event_type == "SANCTION":
        m = re.search(r"\bon\s+(\w+)\s+(?:[A-Z]\w+\s+)*\w+", clause)
        if m and _number(m.group(1)):
            attrs["count"] = _number(m.group(1))
    return attrs


def weapon_name(text: str) -> str:
    """The singular, spelled-out name: "ICBMs" -> "intercontinental ballistic missile"."""
    name = text.lower()
    name = WEAPON_ABBREVIATIONS.get(name.rstrip("s"), name)
    return re.sub(r"(missile|rocket|drone|satellite|cannon|system)s\b", r"\1", name)


def _count_before(text: str, pos: int) -> int | None:
    words = text[:pos].split()[-3:]
    for i in range(len(words)):
        n = _number(" ".join(words[i:]).lower().removesuffix(" of"))
        if n:
            return n
    return None


def _number(word: str) -> int | None:
    word = word.strip().lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _to_km(number: str, unit: str) -> float | int:
    value = float(number.replace(",", ""))
    if unit.lower() == "miles":
        value *= 1.609344
    return int(value) if value == int(value) else round(value, 1)
