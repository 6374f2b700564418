"""Datelines at the head of a story: ``SEOUL, Nov 9 (Reuters) –``, ``TOKYO (Kyodo) --``,
``SEOUL, South Korea (AP) —``, ``Pyongyang, November 9 (KCNA) --``, ``WASHINGTON —``, and the
colon form of South Asian and Gulf papers (Times of India, Dawn, Arab News): ``NEW DELHI:``,
``ISLAMABAD:``, ``RIYADH:`` (a place only, no date).

A dateline usually gives a month and day but no year; the year is inferred from the best
evidence available, and how it was inferred is recorded with the date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .story_year import named_years, own_year
from .dates import MONTH_DAY_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS, month_day, safe_date

_PLACE_WORD = r"[A-Z][A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'’\-]*"  # two letters at least: no place is "A" or "A-"
_PLACE = rf"{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}"
# Months in any case: "March 3", "APRIL 7", "feb 26", "APril 8" all come off real wires.
_DATE = rf"(?i:(?:{WEEKDAY_PATTERN},?\s+)?{MONTH_DAY_PATTERN})(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_AGENCY = r"\((?P<agency>[A-Za-z][A-Za-z.&\- ]{0,30}?)\)"
# A hyphen with a space on one side at least: "BEIRUT - ", not the one inside "DPRK-U.S."
_DASH = r"(?:--|[–—:]|(?<=\s)-|-(?=\s))"
# A region may follow in parentheses when an agency does: "Vostochny Cosmodrome (Russia) (AFP) -".
_PAREN_REGION = r"(?:\s*\([A-Z][^()]{1,30}\)(?=\s*\())?"
DATELINE = re.compile(
    rf"^(?:(?P<place>{_PLACE})(?:,\s*(?P<region>{_PLACE}))??(?:,\s*{_DATE})?{_PAREN_REGION}\s*)?(?:{_AGENCY}\s*)?{_DASH}\s*"
)
# The first weekday in the lead ("said on Thursday", AP's "said Thursday") is usually the
# dateline's own day in wire style.
_LEAD_WEEKDAY = re.compile(rf"\b({WEEKDAY_PATTERN})\b")
# Years the story mentions bound its date from below only loosely: look one year past them.
TEXT_YEARS_WINDOW = 2
# Labels that sit where a place would: "BREAKING —", "FILE -", "ANALYSIS -".
NOT_PLACES = {"BREAKING", "FILE", "ANALYSIS", "UPDATE", "UPDATED", "EXCLUSIVE", "OPINION", "WATCH", "VIDEO", "PHOTOS",
              "LIVE", "REFILE", "CORRECTED", "CORRECTION", "URGENT", "FLASH", "EDITORIAL", "COMMENTARY", "EXPLAINER",
              "FACTBOX", "INSIGHT", "FEATURE", "REVIEW", "INTERVIEW", "LEAD", "NEWS", "UPDATE 1", "UPDATE 2",
              # ... and those that take a colon: "WARNING: graphic content", "EDITOR'S NOTE: ...", "WORLD: ...".
              "BREAKING NEWS", "JUST IN", "DEVELOPING", "LATEST", "ALERT", "WARNING", "NOTE", "EDITOR'S NOTE",
              "EDITOR’S NOTE", "EDITORS NOTE", "READ", "READ MORE", "ALSO READ", "SEE ALSO", "MORE", "RELATED",
              "TRENDING", "WATCH LIVE", "LIVE UPDATES", "UPDATES", "TIMELINE", "EXPLAINED", "FACT CHECK", "ICYMI",
              "PHOTO", "GRAPHIC", "AUDIO", "LISTEN", "PODCAST", "SPONSORED", "ADVERTISEMENT", "DISCLAIMER",
              "SUMMARY", "HIGHLIGHTS", "KEY POINTS", "TOP STORIES", "POLL", "SOURCE", "SOURCES", "WORLD", "NATION",
              "NATIONAL", "INTERNATIONAL", "POLITICS", "BUSINESS", "SPORT", "SPORTS", "TECH", "SCIENCE", "HEALTH"}
# Words of a transcript's speaker label, which the colon form would otherwise take for a place:
# "SECRETARY BLINKEN: Good afternoon.", "MODERATOR: Next question."
SPEAKER_LABEL_WORDS = {"SECRETARY", "PRESIDENT", "MINISTER", "PRIME", "MR", "MR.", "MS", "MS.", "MRS", "MRS.", "DR",
                       "DR.", "MODERATOR", "QUESTION", "ANSWER", "Q", "A", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN",
                       "AMBASSADOR", "GENERAL", "ADMIRAL", "CHAIRMAN", "SENATOR", "REP.", "HOST", "ANCHOR",
                       "INTERVIEWER", "OPERATOR", "AUDIENCE", "PARTICIPANT"}
# Publication slack: a dateline a day or two after the publication date is a time-zone effect.
FUTURE_SLACK = dt.timedelta(days=2)


@dataclass(slots=True)
class Dateline:
    place: str | None
    agency: str | None
    month: int | None
    day: int | None
    year: int | None  # only when the dateline writes it
    text: str  # the matched dateline, as written
    length: int  # characters of the paragraph it occupies, dash and space included
    date: dt.date | None = None
    date_source: str | None = None  # dateline, publication-date, copyright-year, text-year, text-years
    date_confidence: str | None = None  # high, medium, low
    date_evidence: str | None = None  # for a text-year, the words that name it: "so far in 1987"

    def as_dict(self) -> dict:
        return {"place": self.place, "agency": self.agency, "date": self.date.isoformat() if self.date else None,
                "date_source": self.date_source, "date_confidence": self.date_confidence,
                "date_evidence": self.date_evidence, "text": self.text}


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline at the start of ``paragraph``, or None."""
    m = DATELINE.match(paragraph)
    # The story's first sentence follows ("North Korea (DPRK) - fired ..." is no dateline),
    # unless the dateline stands alone in its paragraph, as web pages often set it.
    if not m:
        return None
    place, agency = m.group("place"), m.group("agency")
    month, day = month_day(m) or (None, None)
    bare, ending = not agency and not month, m.group(0).rstrip()[-1]
    rest = paragraph[m.end():]
    # A dated dateline may run into a lower-case lead ("Caracas, feb 26 - venezuela is seeking"); a bare
    # "PLACE:" must open a sentence, or it is a table row or label ("PARANA STATE:   1,240").
    if rest and not (_starts_sentence(rest) or (month and rest[0].islower())):
        return None
    if rest and bare and ending == ":" and not (rest[0].isalpha() or rest[0] in "\"“‘'«"):
        return None
    # Without an agency or a date, only an all-caps place is a dateline: "WASHINGTON —", "NEW DELHI:", but
    # not a transcript's "SECRETARY BLINKEN:".
    if bare and not (place and place.isupper() and len(place) >= 3 and ending in "-–—:"):
        return None
    if bare and ending == ":" and SPEAKER_LABEL_WORDS & set(place.split()):
        return None
    if not place and not agency:
        return None
    if place and (place.upper() in NOT_PLACES or place.lower() in WEEKDAYS or _is_month(place)):
        return None
    if place and place.isupper():
        place = _title_case(place)
    return Dateline(
        place=place, agency=agency.strip() if agency else None,
        month=month, day=day,
        year=int(m.group("year")) if m.group("year") else None,
        text=m.group(0).strip(), length=m.end(),
    )


# A lead that opens like a dated dateline ("NEW YORK, March 18 -") even where the rest defeats the
# parse: it is never a headline, so the story's first line stays whole.
_DATED_OPENING = re.compile(rf"^{_PLACE}(?:,\s*{_PLACE})?,\s*(?i:{MONTH_PATTERN})\s+\d{{1,2}}\b")


def opens_like_dateline(paragraph: str) -> bool:
    return bool(_DATED_OPENING.match(paragraph))


def opens_with_dateline(line: str) -> bool:
    """Whether a line starts with a dateline that has a date or an agency ("ABIDJAN (AFP) -"), or an
    all-capitals place and a dash ("WASHINGTON --")."""
    dl = find_dateline(line)
    return dl is not None and (dl.month is not None or dl.agency is not None or not dl.text.endswith(":"))


def _is_month(word: str) -> bool:
    return bool(re.fullmatch(MONTH_PATTERN, word, re.IGNORECASE))


def _starts_sentence(rest: str) -> bool:
    # "<Mony Financial Services> said": 1980s wires mark a company name in angle brackets.
    return rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'«(<"


def _title_case(place: str) -> str:
    return "/".join(" ".join(w.capitalize() if w.isalpha() else w.title() for w in part.split(" ")) for part in place.split("/"))


def resolve_dateline_date(dl: Dateline, published: dt.date | None, copyright_years: list[int],
                          text: str, lead: str) -> None:
    """Give ``dl`` a full date, inferring the year from the best evidence, or leave it None.

    :param published: the article's publication date, if known (strongest evidence)
    :param copyright_years: years in the article's copyright footer
    :param text: the story, whose years are weak evidence (``story_year``)
    :param lead: the paragraph the dateline heads; its "on Thursday" can confirm a year
    """
    if dl.month is None or dl.day is None:
        return
    if dl.year and (written := safe_date(dl.year, dl.month, dl.day)):  # "Feb 29, 2023" is no day: other evidence
        dl.date, dl.date_source, dl.date_confidence = written, "dateline", "high"
        return
    weekday = lead_weekday(lead)
    if published:
        # The latest such day not after publication (Dec 31 dateline, Jan 2 publication -> last year).
        for year in (published.year + 1, published.year, published.year - 1):
            d = safe_date(year, dl.month, dl.day)
            if d and d <= published + FUTURE_SLACK:
                dl.date, dl.date_source, dl.date_confidence = d, "publication-date", "high"
                return
        return
    if copyright_years:
        year = max(copyright_years)
        candidates = [d for d in (safe_date(year, dl.month, dl.day), safe_date(year - 1, dl.month, dl.day)) if d]
        matching = [d for d in candidates if weekday is not None and d.weekday() == weekday]
        if matching:
            dl.date, dl.date_source, dl.date_confidence = matching[0], "copyright-year", "high"
        elif candidates:
            dl.date, dl.date_source, dl.date_confidence = candidates[0], "copyright-year", "medium"
        return
    named_year = own_year(text, dl.month)
    if named_year and (d := safe_date(named_year[0], dl.month, dl.day)):
        # Weak evidence, so the words that gave it are kept with the date for the reader to judge.
        on_weekday = weekday is not None and d.weekday() == weekday
        dl.date, dl.date_source, dl.date_evidence = d, "text-year", named_year[1]
        dl.date_confidence = "medium" if on_weekday else "low"
        return
    text_years = named_years(text) if weekday is not None else []
    if text_years:
        # The story is no older than the latest year it mentions and usually not much newer:
        # take that year or the next if its calendar puts the dateline on the lead's weekday.
        start = max(text_years)
        for year in range(start, start + TEXT_YEARS_WINDOW):
            d = safe_date(year, dl.month, dl.day)
            if d and d.weekday() == weekday:
                dl.date, dl.date_source, dl.date_confidence = d, "text-years", "low"
                return


def lead_weekday(lead: str) -> int | None:
    m = _LEAD_WEEKDAY.search(lead)
    return WEEKDAYS.index(m.group(1).lower()) if m else None
