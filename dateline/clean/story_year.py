"""The year a story names as its own time, for a dateline without a year when nothing else dates it.

1980s wire copy has no publication date and datelines without a year ("BAHRAIN, March 3 -"),
but many stories say their year as the present: a year-to-date phrase ("so far in 1987", "1987
to date"), a period of the year that has ended by the dateline ("the first nine months of 1995"
in October), or a year beside "this year" ("this year's 1987 budget"). A bare year is no such
evidence: "profits in 1986" is last year's and "by 1990" a target. Nor is a month with its
year: wire style writes the year only for months of other years ("signed in October 1994").
"""

from __future__ import annotations

import re
from collections import Counter

from .dates import NUMBER_WORDS

_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
QUARTER_ENDS = {"first": 3, "second": 6, "third": 9, "fourth": 12}
HALF_ENDS = {"first": 6, "second": 12}
# "the first nine months of 1995", "the third quarter of 1987", "the first half of 1988".
_PERIOD = re.compile(rf"\b(?:(?P<nth>first|second|third|fourth)[- ](?P<unit>quarter|half)|first (?P<n>{_NUMBER}) months)"
                     rf",? (?:of |in )?(?:calendar |fiscal )?{_YEAR}", re.IGNORECASE)
_PRESENT = [
    re.compile(rf"\bso far (?:in|this year,? in|in calendar) {_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_YEAR} (?:to date|so far)\b", re.IGNORECASE),
    re.compile(rf"\bthis year(?:'s|’s)?,?\s+(?:\(\s*)?{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b(?:earlier|later) (?:this year,? )?in {_YEAR}", re.IGNORECASE),
]
# A year that is a target or a bound says nothing of when the story was written: "by 1990", "until 2013".
_TARGET = re.compile(rf"\b(?:by|until|till|through|before|beyond|to) (?:the end of |early |late |mid-)?{_YEAR}",
                     re.IGNORECASE)
_ANY_YEAR = re.compile(_YEAR)


def own_year(text: str, dateline_month: int) -> tuple[int, str] | None:
    """The year ``text`` names as its present and the words that name it, or None.

    :param dateline_month: the dateline's month: a period of the year named must have ended by then
    """
    found: list[tuple[int, str]] = []
    for m in _PERIOD.finditer(text):
        n = m.group("n")
        if m.group("unit"):
            ends = (QUARTER_ENDS if m.group("unit").lower() == "quarter" else HALF_ENDS).get(m.group("nth").lower())
        else:
            ends = NUMBER_WORDS.get(n.lower()) if not n.isdigit() else int(n)
        if ends is not None and ends <= dateline_month:
            found.append((int(m.group("year")), m.group(0)))
    for pattern in _PRESENT:
        found += [(int(m.group("year")), m.group(0)) for m in pattern.finditer(text)]
    if not found:
        return None
    counts = Counter(year for year, _ in found)
    year = max(counts, key=lambda y: (counts[y], y))  # the most named, then the latest
    return year, next(words for y, words in found if y == year)


def named_years(text: str) -> list[int]:
    """The years ``text`` writes, but for targets and bounds ("by 1990")."""
    targets = {m.start("year") for m in _TARGET.finditer(text)}
    return [int(m.group("year")) for m in _ANY_YEAR.finditer(text) if m.start("year") not in targets]
