"""Time expressions: find them in a doc, read the tense of their clause, resolve them to TIMEX3.

Values follow TIMEX3: ``2023-11-09`` (day), ``2021-W13`` (ISO week), ``2020-10`` (month),
``2023-SU`` (season: SP, SU, FA, WI), ``2020`` (year), ``2023-11-09T07:30`` (time of day),
``P2.5Y``/``P3D``/``PT24H`` (durations, ``X`` for an unspecified amount: ``PXY``), ``P1W``/``XXXX-WXX-1``
(sets: "weekly", "every Monday").

Relative expressions count from ``doc._.anchor`` (the dateline date, else the publication date).
Bare weekdays, months and month-days look back in a past or present clause (news reports what has
happened: "on Sunday" is the latest Sunday on or before the anchor) and forward in a future one
("will meet on Sunday": the first Sunday on or after it, so the anchor's own day when it is a
Sunday). Words in the expression ("last", "next", "ago", "earlier") fix the direction whatever the
verb says: "a week earlier" and "two days before" count back from the anchor, as "ago" does. A time
of day with no day word takes the day its sentence names, else the anchor's, and is then marked
``day_from_anchor``: that day is a guess.

Spans in ``doc.spans["timex"]`` never include a leading preposition or words that are not about
time: "on Sunday morning" is stored as "Sunday morning", "Kyiv overnight" as "overnight", "the
2018 summit" as "2018". Each span carries its ``Timex`` in ``span._.timex``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, NamedTuple

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..clean.dates import MONTH_PATTERN, WEEKDAYS, month_number, safe_date
from .extensions import TIMEX, as_date, register_extensions

PAST, PRESENT, FUTURE = "past", "present", "future"
DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


@dataclass(slots=True)
class Timex:
    text: str
    start: int  # character offsets of the expression in the doc
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None  # TIMEX3 value; None when it cannot be placed (no anchor, vague)
    precision: str | None  # day, week, month, season, year (DATE and TIME only)
    anchor: dt.date | None  # the date the value was resolved against
    tense: str  # past, present, future
    # True for a time of day that neither its words nor its sentence put on a day ("The missile was
    # launched at around 7:10 a.m."): its value carries the anchor's day only because the report's
    # day is the best guess, so it should not date an event or tell two events apart.
    day_from_anchor: bool = False


class Resolution(NamedTuple):
    type: str
    value: str | None
    precision: str | None


# -- words ------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "half": 0.5,
}
MULTIPLIERS = {"hundred": 100, "dozen": 12}
VAGUE_AMOUNTS = {"few", "several", "many", "some", "dozens", "hundreds", "numerous"}
# unit -> (TIMEX3 prefix, letter, how many of that letter one unit is)
UNITS = {
    "second": ("PT", "S", 1), "minute": ("PT", "M", 1), "hour": ("PT", "H", 1), "day": ("P", "D", 1),
    "night": ("P", "D", 1), "week": ("P", "W", 1), "fortnight": ("P", "W", 2), "month": ("P", "M", 1),
    "year": ("P", "Y", 1), "decade": ("P", "Y", 10), "century": ("P", "Y", 100),
}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "overnight", "noon", "midnight"}
# Northern-hemisphere meteorological seasons, as TIMEX3 writes them. A winter belongs to the year it
# starts in: "2023-WI" is December 2023 to February 2024.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_ORDER = ["SP", "SU", "FA", "WI"]
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
               "sept", "oct", "nov", "dec"}
# Words a time expression may end with ("the day before", "a week ago", "7:30 a.m.").
TIME_WORDS = (MONTH_WORDS | {m + "." for m in MONTH_WORDS} | set(WEEKDAYS) | {w + "s" for w in WEEKDAYS}
              | set(UNITS) | {u + "s" for u in UNITS} | {"centuries", "weekend", "weekends"} | PARTS_OF_DAY
              | set(SEASONS)
              | {"today", "tonight", "tomorrow", "yesterday", "ago", "before", "after", "earlier", "later",
                 "daily", "nightly", "weekly", "monthly", "quarterly", "annually", "yearly", "annual",
                 "a.m.", "p.m.", "am", "pm"})
# ... and may also start with these ("the past two decades", "a two-and-a-half-year gap").
LEADING_WORDS = TIME_WORDS | set(NUMBER_WORDS) | set(MULTIPLIERS) | VAGUE_AMOUNTS | {
    "the", "last", "next", "this", "past", "coming", "previous", "following", "early", "late", "mid",
    "every", "each", "recent", "more", "nearly", "almost", "once", "twice"}
_NUMBER_TOKEN = re.compile(r"\d+(?:[.:]\d+)?(?:st|nd|rd|th|s)?|\d{1,4}[/.]\d{1,2}[/.]\d{2,4}")  # "18th", "10/03/2024"

# A month-day after the anchor still reads as past in a past clause when it is at most this far ahead:
# a story dated the 9th in New York may report the 10th in Asia.
TIME_ZONE_SLACK = dt.timedelta(days=1)

# Words in the expression itself that fix which way it points, whatever the verb's tense.
FUTURE_WORDS = {"next", "coming", "upcoming", "following", "tomorrow"}
PAST_WORDS = {"last", "past", "ago", "previous", "yesterday", "earlier", "recent"}
FUTURE_AUX = {"will", "wo", "'ll", "shall", "would"}
# "is going to / plans to / is due to / is set to / is expected to ... <verb>" points forward.
FUTURE_LEADS = {"go", "plan", "due", "set", "expect", "schedule", "intend", "prepare", "aim"}

# -- text patterns (on the normalised text: lower case, no commas, dots or word hyphens) --------

_WD = "|".join(WEEKDAYS)
_MONTH = MONTH_PATTERN
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))(?P<plural>s)?"
_HALF = r"(?P<half> and (?:a|one) half)?"  # "a year and a half"
PREPOSITIONS = (r"(?:on|in|at|during|since|by|from|until|till|to|for|over|of|through|throughout|within|before"
                r"|after|around|about|as of)")
# Modifiers that narrow a period without moving it: "earlier this week", "late last year", "mid-September".
MODIFIERS = (r"(?:early|earlier|late|later|mid|the (?:end|start|beginning|middle|first half|second half) of"
             r"|(?:end|start|beginning|middle) of|as (?:early|late) as|sometime)")
AGE = re.compile(r"\b(?:year|month|week|day)s? old\b")
DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "overnight": 0,
    "earlier today": 0, "later today": 0, "earlier in the day": 0, "later in the day": 0,
    "yesterday": -1, "last night": -1, "the day before": -1, "the previous day": -1, "a day earlier": -1,
    "a day before": -1, "the night before": -1, "the previous night": -1, "the previous evening": -1,
    "the previous morning": -1, "the previous afternoon": -1, "the evening before": -1, "last evening": -1,
    "tomorrow": 1, "the next day": 1, "the following day": 1, "the day after": 1, "a day later": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}
RELATIVE_STEPS = {"last": -1, "the previous": -1, "the past": -1, "this": 0, "the current": 0, "the": 0,
                  "next": 1, "the following": 1, "the coming": 1, "this coming": 1, "this past": -1}
# The same for a weekday or a month: "this" follows the tense, "past Sunday" looks back.
NAME_STEPS = {"last": -1, "this past": -1, "past": -1, "this": 0, "next": 1, "this coming": 1, "coming": 1}
SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P3M",
               "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y"}
VAGUE = re.compile(r"(?:recent|the coming|coming|the next few|recent few) (?:days|weeks|months|years)"
                   r"|recently|lately|these days|nowadays|currently|now|the future|soon")
TIME_OF_DAY = re.compile(r"(?:\bat )?(?:\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))? ?(?P<ampm>am|pm)\b"
                         r"|\b(?P<h2>\d{1,2}):(?P<m2>\d{2})\b|\b(?P<word>noon|midnight)\b)")
TIME_ZONE = re.compile(r"\s*\b(?:local time|gmt|utc|kst|jst|cst|est|edt|et|cet|cest|bst|ist)\b")


def _normalise(text: str) -> str:
    s = re.sub(r"['’]s\b", "", text.lower())  # "today's" -> "today"
    s = re.sub(r"(?<!\d)\.|\.(?!\d)", "", s)  # "nov." -> "nov", "a.m." -> "am"; keep "2.5"
    s = re.sub(r"(?<!\d)-|-(?!\d)", " ", s)  # "two-and-a-half-year" -> words; keep "2023-11-09"
    s = re.sub(r"[,'\"“”()]", " ", s)
    return " ".join(s.split())


def _readings(s: str):
    """The text with leading prepositions stripped, then modifiers, then a trailing part of day."""
    s = re.sub(rf"^(?:{PREPOSITIONS} )+", "", s)
    yield s
    while (t := re.sub(rf"^(?:{MODIFIERS} |{PREPOSITIONS} )", "", s)) != s:
        s = t
    yield s
    yield re.sub(r"(?<=\w) (?:morning|afternoon|evening|night|overnight)$", "", s)


# -- values -----------------------------------------------------------------------------------

def _day(d: dt.date) -> Resolution:
    return Resolution(DATE, d.isoformat(), "day")


def _week(d: dt.date) -> Resolution:
    iso = d.isocalendar()
    return Resolution(DATE, f"{iso.year}-W{iso.week:02d}", "week")


def _month(year: int, month: int) -> Resolution:
    return Resolution(DATE, f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> Resolution:
    return Resolution(DATE, f"{year:04d}", "year")


def _shift_month(d: dt.date, n: int) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return y, m + 1


def _amount(words: list[str]) -> float | str | None:
    """2.5 for "two and a half", "X" for "several" or "a few"; None when the words are no amount."""
    words = [w for w in words if w not in ("and", "of")]
    if any(w in VAGUE_AMOUNTS for w in words):
        return "X"
    if len(words) > 1:  # "a" is an amount alone ("a year"), a filler elsewhere ("a couple", "two and a half")
        words = [w for w in words if w not in ("a", "an")]
    half = 0.5 if words and "half" in (words[0], words[-1]) and len(words) <= 2 else 0.0
    if half:
        words = [w for w in words if w != "half"] if words[-1] == "half" else words[1:]
    total = 0.0
    for w in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            total += float(w)
        elif w in MULTIPLIERS:
            total = (total or 1) * MULTIPLIERS[w]
        elif w in NUMBER_WORDS and w != "half":
            total += NUMBER_WORDS[w]
        else:
            return None
    return total + half if (total or half) else None


def _fmt(n: float | str) -> str:
    return n if isinstance(n, str) else f"{n:g}"


# -- rules: each reads one kind of expression, or returns None ----------------------------------

def _set(s, anchor, direction):
    if s in SET_ADVERBS:
        return Resolution(SET, SET_ADVERBS[s], None)
    if m := re.fullmatch(rf"(?:every|each) (?:other )?(?P<wd>{_WD})|(?:every|each )?(?P<wds>{_WD})s", s):
        return Resolution(SET, f"XXXX-WXX-{WEEKDAYS.index(m['wd'] or m['wds']) + 1}", None)
    if m := re.fullmatch(rf"(?:every|each) (?P<other>other )?(?:(?P<n>[\w.]+) )?{_UNIT}", s):
        n = 2 if m["other"] else _amount([m["n"]]) if m["n"] else 1
        return _duration_value(n, m["unit"], SET) if n else None
    if m := re.fullmatch(rf"(?:once|twice|\w+ times) (?:a|per|every|each) {_UNIT}", s):
        return _duration_value(1, m["unit"], SET)
    return None


def _vague(s, anchor, direction):
    """ "in recent days", "the coming weeks", "recently": a time reference with no value to give."""
    return Resolution(DATE, None, None) if VAGUE.fullmatch(s) else None


def _fixed_day(s, anchor, direction):
    if s not in DAY_OFFSETS:
        return None
    return _day(anchor + dt.timedelta(DAY_OFFSETS[s])) if anchor else Resolution(DATE, None, "day")


def _ago(s, anchor, direction):
    """ "three days ago", "a week earlier", "two months before": counted back from the anchor.

    "Earlier" and "before" with no event named after them count from the time of the report, as
    "ago" does ("Israel said on Saturday it had killed him a day earlier"); "three days before the
    vote" is trimmed to a duration before it gets here.
    """
    m = re.fullmatch(rf"(?P<n>.+?) {_UNIT}{_HALF} (?:ago|earlier|before)", s)
    if not m or m["unit"] in ("second", "minute", "hour"):
        return None
    n, unit = _amount(m["n"].split()), m["unit"]
    if n is None:
        return None  # "the village days earlier": words that are no amount
    if m["half"] and isinstance(n, float):
        n += 0.5
    if unit in ("decade", "centurie", "century"):
        n, unit = (n * (10 if unit == "decade" else 100) if isinstance(n, float) else n), "year"
    if unit == "year" and isinstance(n, float) and not n.is_integer():
        n, unit = n * 12, "month"  # "a year and a half ago": 18 months ago
    precision = {"night": "day", "fortnight": "week"}.get(unit, unit)
    if not isinstance(n, float) or not n.is_integer() or not anchor:
        return Resolution(DATE, None, precision)  # "a week and a half ago" names no one week
    n = int(n) * (2 if unit == "fortnight" else 1)
    if unit in ("day", "night"):
        return _day(anchor - dt.timedelta(n))
    if precision == "week":
        return _week(anchor - dt.timedelta(7 * n))
    return _month(*_shift_month(anchor, -n)) if unit == "month" else _year(anchor.year - n)


def _relative_unit(s, anchor, direction):
    """ "last week", "this month", "next year", "the previous week", "over the weekend"."""
    m = re.fullmatch(rf"(?P<step>{'|'.join(RELATIVE_STEPS)}) (?P<unit>week|weekend|month|year)", s)
    if not m or (m["step"] in ("the", "the past") and m["unit"] != "weekend"):
        return None  # "the past week" is a duration, "the year" says nothing
    step, unit = RELATIVE_STEPS[m["step"]], m["unit"]
    precision = "week" if unit == "weekend" else unit
    if not anchor:
        return Resolution(DATE, None, precision)
    if unit == "week":
        return _week(anchor + dt.timedelta(7 * step))
    if unit == "month":
        return _month(*_shift_month(anchor, step))
    if unit == "year":
        return _year(anchor.year + step)
    # A weekend is named by the ISO week of its Saturday; "this/the weekend" follows the tense.
    back = anchor - dt.timedelta((anchor.weekday() - 5) % 7)
    if step < 0 or (step == 0 and direction < 0):
        return _week(back - dt.timedelta(7) if step < 0 and anchor.weekday() >= 5 else back)
    return _week(anchor + dt.timedelta((5 - anchor.weekday()) % 7 or (7 if step > 0 else 0)))


def _time_of_day(s, anchor, direction):
    """ "7:30 a.m.", "Sunday at 7 pm": a TIME on the day the rest names, else on the anchor."""
    if not (m := TIME_OF_DAY.search(s)):
        return None
    if m["word"]:
        hour, minute = (12 if m["word"] == "noon" else 0), 0
    else:
        hour, minute = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
        if m["ampm"] == "pm" and hour < 12:
            hour += 12
        elif m["ampm"] == "am" and hour == 12:
            hour = 0
    if hour > 23 or minute > 59:
        return None
    rest = TIME_ZONE.sub("", (s[:m.start()] + " " + s[m.end():])).strip()
    rest = re.sub(r"(?:^(?:at|on) | at$| on$)", "", rest).strip()
    day = anchor.isoformat() if anchor else None
    if rest:
        r = resolve(rest, anchor, FUTURE if direction > 0 else PAST)
        day = r.value if r and r.precision == "day" else None
    return Resolution(TIME, f"{day}T{hour:02d}:{minute:02d}", "day") if day else Resolution(TIME, None, None)


def _iso_date(s, anchor, direction):
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        d = safe_date(*map(int, m.groups()))
        return _day(d) if d else None
    return None


def _month_day(s, anchor, direction):
    """ "Nov 18", "November 18th", "18 November", "the 18th of November", "Sunday Nov 19 2023"."""
    m = re.fullmatch(rf"(?:(?P<wd>{_WD}) )?(?:the )?(?:(?P<m1>{_MONTH}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
                     rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{_MONTH}))(?: (?P<y>\d{{4}}))?", s, re.I)
    if not m:
        return None
    month, day = month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"])
    if m["y"]:
        d = safe_date(int(m["y"]), month, day)
        return _day(d) if d else None
    if not anchor:
        return Resolution(DATE, None, "day") if safe_date(2000, month, day) else None
    d = _infer_year(anchor, month, day, direction, WEEKDAYS.index(m["wd"]) if m["wd"] else None)
    return _day(d) if d else None


def _infer_year(anchor: dt.date, month: int, day: int, direction: int, weekday: int | None) -> dt.date | None:
    """The month-day nearest the anchor in the given direction; a named weekday picks the year."""
    dates = [d for y in range(anchor.year - 1, anchor.year + 2) if (d := safe_date(y, month, day))]
    if weekday is not None and any(d.weekday() == weekday for d in dates):
        dates = [d for d in dates if d.weekday() == weekday]
    if direction < 0:
        before = [d for d in dates if d <= anchor + TIME_ZONE_SLACK]
        return max(before) if before else None
    after = [d for d in dates if d >= anchor]
    return min(after) if after else None


def _weekday(s, anchor, direction):
    m = re.fullmatch(rf"(?:(?P<step>last|next|this past|this coming|this|coming|past) )?(?P<wd>{_WD})", s)
    if not m:
        return None
    if not anchor:
        return Resolution(DATE, None, "day")
    wd, step = WEEKDAYS.index(m["wd"]), NAME_STEPS[m["step"] or "this"]
    if step > 0:  # "next Sunday" is never today
        return _day(anchor + dt.timedelta((wd - anchor.weekday()) % 7 or 7))
    if step == 0 and direction > 0:  # "will meet on Sunday" in a story dated Sunday is that day
        return _day(anchor + dt.timedelta((wd - anchor.weekday()) % 7))
    back = (anchor.weekday() - wd) % 7
    return _day(anchor - dt.timedelta(back or (7 if step < 0 else 0)))  # "last Monday" is never today


def _month_name(s, anchor, direction):
    """ "September", "last September", "February 2019", "February of 2019"."""
    m = re.fullmatch(rf"(?:(?P<step>last|next|this past|this coming|this|coming|past) )?(?P<m>{_MONTH})"
                     rf"(?: (?:of )?(?P<y>\d{{4}}))?", s, re.I)
    if not m:
        return None
    month = month_number(m["m"])
    if m["y"]:
        return _month(int(m["y"]), month)
    if not anchor:
        return Resolution(DATE, None, "month")
    step = NAME_STEPS[m["step"] or "this"]
    if step == 0:  # a bare month may be the anchor's own
        looking_back = direction < 0
        same = True
    else:
        looking_back, same = step < 0, False
    if looking_back:
        earlier = month < anchor.month or (same and month == anchor.month)
        return _month(anchor.year if earlier else anchor.year - 1, month)
    later = month > anchor.month or (same and month == anchor.month)
    return _month(anchor.year if later else anchor.year + 1, month)


def _season(s, anchor, direction):
    """ "in the spring", "last summer", "this winter", "the autumn of 2022"."""
    m = re.fullmatch(rf"(?:the )?(?:(?P<step>last|next|this past|this coming|this|coming|past) )?"
                     rf"(?P<season>{'|'.join(SEASONS)})(?: (?:of )?(?P<y>\d{{4}}))?", s)
    if not m:
        return None
    code = SEASONS[m["season"]]
    if m["y"]:
        return Resolution(DATE, f"{m['y']}-{code}", "season")
    if not anchor:
        return Resolution(DATE, None, "season")
    # Count seasons from year 0: spring of year Y is 4*Y; December and the next two months are 4*Y + 3.
    now, wanted = (anchor.year * 12 + anchor.month - 3) // 3, SEASON_ORDER.index(code)
    step = NAME_STEPS[m["step"] or "this"]
    if step < 0 or (step == 0 and direction < 0):  # "last" is strictly before the current season
        latest = now - 1 if step < 0 else now
        n = latest - (latest - wanted) % 4
    else:
        earliest = now + 1 if step > 0 else now
        n = earliest + (wanted - earliest) % 4
    return Resolution(DATE, f"{n // 4:04d}-{code}", "season")


def _year_number(s, anchor, direction):
    if m := re.fullmatch(r"(?:the )?(?:year )?(\d{4})", s):
        return _year(int(m[1])) if 1800 <= int(m[1]) <= 2199 else None
    if re.fullmatch(r"(?:the )?(?:early |late |mid )?(?:\d{2})?\d0s", s):
        return Resolution(DATE, None, None)  # a decade ("the 1990s"): no day, week, month or year to give
    return None


def _duration(s, anchor, direction):
    """ "two and a half years", "three days", "the past two decades", "a two-year gap", "hours"."""
    m = re.fullmatch(rf"(?:the )?(?P<span>(?:past|last|next|coming|first|final|previous|following|recent) )?"
                     rf"(?:(?:more than|less than|nearly|almost|about|around|over|at least|some|up to|roughly) )?"
                     rf"(?:(?P<n>.*?) )?{_UNIT}{_HALF}(?: (?P<tail>[a-z]+))?", s)
    if not m or (m["tail"] in ("old", "ago")):
        return None
    if m["n"]:
        n = _amount(m["n"].split())
    elif m["plural"]:
        n = "X"  # "for years"
    elif m["span"]:
        n = 1.0  # "the past week"
    else:
        return None  # a bare "day" or "year" is not a duration
    if m["half"] and isinstance(n, float):
        n += 0.5  # "a year and a half", "the past year and a half"
    return _duration_value(n, m["unit"], DURATION) if n is not None else None


def _duration_value(n: float | str, unit: str, type_: str) -> Resolution:
    prefix, letter, size = UNITS["century" if unit == "centurie" else unit]
    return Resolution(type_, f"{prefix}{_fmt(n if isinstance(n, str) else n * size)}{letter}", None)


def _absolute_numeric(s, anchor, direction):
    """ "11/9/2023", "9.11.2023": dateparser reads numeric forms (month first, as in US copy).

    In a past clause a month-first reading after the anchor cannot be right: "10/03/2024" in a story
    of 14 March 2024 is 10 March, written day first, when that reading is a valid date.
    """
    if not (m := re.fullmatch(r"(\d{1,4})[/.](\d{1,2})[/.](\d{2,4})", s)):
        return None
    import dateparser  # imported here: it is slow to import and only these rare forms need it

    # A written year needs no direction; "past"/"future" would only move a two-digit year's century
    # ("10/03/24" read as 1924 in a past clause).
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "PREFER_DATES_FROM": "current_period"}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    parsed = dateparser.parse(s, languages=["en"], settings=settings)
    if not parsed:
        return None
    day = parsed.date()
    if direction < 0 and anchor and day > anchor + TIME_ZONE_SLACK and len(m[1]) <= 2:
        day_first = safe_date(day.year, int(m[2]), int(m[1]))
        if day_first and day_first <= anchor + TIME_ZONE_SLACK:
            day = day_first
    return _day(day)


RULES: list[Callable] = [_set, _vague, _fixed_day, _ago, _relative_unit, _time_of_day, _iso_date, _month_day,
                         _weekday, _month_name, _season, _year_number, _duration, _absolute_numeric]


def resolve(text: str, anchor: dt.date | None, tense: str = PAST) -> Resolution | None:
    """The TIMEX3 reading of one time expression (type, value, precision), or None if it is not one.

    :param text: the expression as written, with or without a leading preposition ("on Sunday morning")
    :param anchor: the date relative expressions count from; without one their value is None
        (absolute dates and durations still resolve)
    :param tense: "past", "present" or "future": the way bare weekdays, months and month-days look
        from the anchor; present looks back, like past
    """
    s, anchor = _normalise(text), as_date(anchor)
    if not s or AGE.search(s):
        return None  # "a 40-year-old man" is an age
    direction = 1 if tense == FUTURE else -1
    for reading in dict.fromkeys(_readings(s)):
        for rule in RULES:
            if result := rule(reading, anchor, direction):
                return result
    if s.split()[-1] in PARTS_OF_DAY:
        return Resolution(TIME, None, None)  # "in the morning": a time with no day to give
    return None


# -- tense --------------------------------------------------------------------------------------

def clause_tense(span: Span) -> str:
    """ "past", "present" or "future" for a time expression: its own words, else its clause's verb.

    :param span: the time expression, in a parsed doc
    """
    words = {t.lower_ for t in span}
    if words & FUTURE_WORDS:
        return FUTURE
    if words & PAST_WORDS:
        return PAST
    tok = span.root
    while True:
        if tok.pos_ in ("VERB", "AUX") and (tense := _verb_tense(tok)):
            return tense
        if tok.head.i == tok.i:
            return PAST  # no finite verb (a headline, a fragment): news mostly reports the past
        tok = tok.head


def _verb_tense(verb: Token) -> str | None:
    """The tense a verb's own form and auxiliaries give; None for a participle or infinitive."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return FUTURE
    if any(a.tag_ == "TO" for a in auxes):  # "plans to visit", "is due to arrive"
        return FUTURE if verb.dep_ == "xcomp" and verb.head.lemma_ in FUTURE_LEADS else None
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return PAST  # "fired", "were fired", "has fired"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    return None  # "parading ...", "held this month": the governing verb decides


# -- the component ------------------------------------------------------------------------------

_MONTH_TOKEN = {"LOWER": {"IN": sorted(MONTH_WORDS | {m + "." for m in MONTH_WORDS})}, "TAG": "NNP"}  # not modal "may"
_DAY_NUMBER = {"TEXT": {"REGEX": r"^\d{1,2}(?:st|nd|rd|th)?$"}}
_YEAR = {"SHAPE": "dddd"}
_WEEKDAY = {"LOWER": {"IN": WEEKDAYS}}
_AMOUNT = {"LOWER": {"REGEX": r"^(?:\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r"|and|-|few|several|couple|of)$"}}
_UNIT_TOKEN = {"LOWER": {"REGEX": r"^(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?$"}}
_BACK = {"LOWER": {"IN": ["ago", "earlier", "before"]}, "OP": "?"}  # "a week ago", "two days earlier"
_AND_A_HALF = [{"LOWER": "and"}, {"LOWER": {"IN": ["a", "one"]}}, {"LOWER": "half"}]
_SEASON = {"LOWER": {"IN": sorted(SEASONS)}, "POS": {"IN": ["NOUN", "PROPN"]}}  # not the verbs "fall", "spring"
# Forms the small English model often leaves untagged; the NER's DATE and TIME entities come too.
PATTERNS = {
    "weekday": [[{"LOWER": {"IN": ["last", "next", "this", "past", "coming"]}, "OP": "?"}, _WEEKDAY,
                 {"LOWER": {"IN": sorted(PARTS_OF_DAY)}, "OP": "?"}]],
    "relative": [[{"LOWER": {"IN": ["earlier", "later", "early", "late"]}, "OP": "?"},
                  {"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": {"IN": ["week", "weekend", "month", "year"]}}],
                 [{"LOWER": {"IN": ["today", "tonight", "yesterday", "tomorrow", "overnight"]}}],
                 [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": "day"}],
                 [{"LOWER": "the"}, {"LOWER": "day"}, {"LOWER": {"IN": ["before", "after"]}}],
                 [{"LOWER": "recent"}, {"LOWER": {"IN": ["days", "weeks", "months", "years"]}}]],
    "month_day": [[_WEEKDAY, {"ORTH": ",", "OP": "?"}, _MONTH_TOKEN, _DAY_NUMBER, {"ORTH": ",", "OP": "?"}, _YEAR],
                  [_MONTH_TOKEN, _DAY_NUMBER, {"ORTH": ",", "OP": "?"}, _YEAR],
                  [_MONTH_TOKEN, _DAY_NUMBER], [_DAY_NUMBER, _MONTH_TOKEN, _YEAR], [_DAY_NUMBER, _MONTH_TOKEN],
                  [_MONTH_TOKEN, _YEAR], [_MONTH_TOKEN],
                  [_YEAR, {"ORTH": "-"}, {"SHAPE": "dd"}, {"ORTH": "-"}, {"SHAPE": "dd"}]],
    "year": [[{"LOWER": {"IN": ["in", "since", "by", "until"]}}, _YEAR]],
    "numeric": [[{"TEXT": {"REGEX": r"^\d{1,4}[/.]\d{1,2}[/.]\d{2,4}$"}}]],
    "duration": [[_AMOUNT, {"OP": "*", **_AMOUNT}, {"ORTH": "-", "OP": "?"}, _UNIT_TOKEN,
                  _BACK],
                 [_AMOUNT, {"OP": "*", **_AMOUNT}, _UNIT_TOKEN, *_AND_A_HALF, _BACK]],
    "season": [[{"LOWER": {"IN": ["last", "next", "this", "past", "coming", "early", "late"]}, "OP": "?"}, _SEASON],
               [_SEASON, {"LOWER": "of", "OP": "?"}, _YEAR]],
    "set": [[{"LOWER": {"IN": ["every", "each"]}}, {"LOWER": "other", "OP": "?"},
             {"LOWER": {"IN": [*WEEKDAYS, "day", "week", "month", "year", "night"]}}],
            [{"LOWER": {"IN": ["daily", "weekly", "monthly", "annually", "yearly"]}}],
            [{"LOWER": {"IN": ["once", "twice"]}}, {"LOWER": {"IN": ["a", "per"]}},
             {"LOWER": {"IN": ["day", "week", "month", "year"]}}]],
    "time": [[{"TEXT": {"REGEX": r"^\d{1,2}(?::\d{2})?$"}}, {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm"]}}]],
}


# A pattern match inside a name is not a date: "Theresa May", "the Sunday Times", "March 1st Movement".
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def register_time_component() -> None:
    """Register the "dateline_time" factory (and the extensions it writes); a second call does nothing."""
    register_extensions()
    if "dateline_time" not in Language.factories:
        Language.factory("dateline_time", requires=["doc.ents", "token.dep"], assigns=["doc.spans"],
                         func=lambda nlp, name: TimeComponent(nlp))


class TimeComponent:
    """Finds time expressions, reads their tense and resolves them against ``doc._.anchor``."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in PATTERNS.items():
            self.matcher.add(key, patterns, greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        # Later components (events) date what has no expression of its own by the anchor: give them a date.
        doc._.anchor = as_date(doc._.anchor)
        doc.spans[TIMEX] = extract_timexes(doc, self.matcher)
        return doc


def extract_timexes(doc: Doc, matcher: Matcher) -> list[Span]:
    """The doc's time expressions as spans labelled with their type, each with ``span._.timex``.

    :param doc: a parsed doc with entities; ``doc._.anchor`` may be None
    :param matcher: a matcher holding ``PATTERNS``
    """
    # "on Sunday Ecuadorean President Rafael Correa ...": the tagger may take a weekday into a name
    matches = [m for m in matcher(doc, as_spans=True) if not any(t.ent_type_ in NAME_LABELS for t in m)
               or len(m) == 1 and m.start > 0 and doc[m.start - 1].lower_ == "on" and m[0].lower_ in WEEKDAYS]
    candidates = [e for e in doc.ents if e.label_ in (DATE, TIME)] + matches
    # "on Wednesday, two days after ...": the tagger may join into one span two times that a comma parts
    candidates += [part for c in candidates if any(t.text == "," for t in c) for part in _comma_parts(c)]
    anchor = as_date(doc._.anchor)
    found = []
    trimmed = [t for c in candidates if (t := _trim(c)) is not None]
    for span in filter_spans(trimmed):
        tense = clause_tense(span)
        result = resolve(span.text, anchor, tense)
        if result is not None:
            found.append((span, result, tense, anchor))
            continue
        # "on Monday after weeks of protests": the tagger's longer span has times inside it
        inner = sorted((t for t in trimmed if span.start <= t.start and t.end <= span.end and len(t) < len(span)),
                       key=len, reverse=True)
        taken: list[Span] = []
        for t in inner:
            if not any(t.start < o.end and o.start < t.end for o in taken) and (
                    r := resolve(t.text, anchor, tense)) is not None:
                taken.append(t)
                found.append((t, r, tense, anchor))
    spans = []
    found.sort(key=lambda item: item[0].start)
    for span, result, tense, anchor, from_anchor in [_date_time_of_day(item, found) for item in found]:
        labelled = Span(doc, span.start, span.end, label=result.type)  # label before _: it keys the extension
        labelled._.timex = Timex(labelled.text, labelled.start_char, labelled.end_char, result.type, result.value,
                                 result.precision, anchor, tense, from_anchor)
        spans.append(labelled)
    return spans


def _comma_parts(span: Span) -> list[Span]:
    """The pieces of a span between its commas."""
    parts, start = [], span.start
    for t in span:
        if t.text == ",":
            parts.append(span.doc[start:t.i])
            start = t.i + 1
    parts.append(span.doc[start:span.end])
    return [p for p in parts if len(p)]


def _trim(span: Span) -> Span | None:
    """The span without prepositions, punctuation or other words that are not about time at its ends."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and not _may_start(doc, start):
        start += 1
    while end > start and (not (_is_time_word(doc[end - 1]) or _and_a_half(doc, end))
                           or _counts_from_object(doc, end)):
        end -= 1
    if end == start or _is_age(doc, end) or _in_name(doc[start:end]) or _season_of_something(doc, end):
        return None
    return doc[start:end]


def _counts_from_object(doc: Doc, end: int) -> bool:
    """ "three days before the vote", "a day after gunmen killed 26 people": the span ends in a preposition
    or conjunction whose object or clause is what it counts from, not the anchor, so the offset is only
    a duration."""
    last = doc[end - 1] if end > 0 else None
    if last is None or last.lower_ not in ("before", "after"):
        return False
    return any(c.dep_ in ("pobj", "pcomp") for c in last.children) or (last.dep_ == "mark" and last.head.i > last.i)


def _is_time_word(tok: Token) -> bool:
    return tok.lower_ in TIME_WORDS or bool(_NUMBER_TOKEN.fullmatch(tok.text))


def _may_start(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_ == "the" and i + 1 < len(doc) and _NUMBER_TOKEN.fullmatch(doc[i + 1].text):
        return False  # "the 2018 summit", "the 18th of November": start at the number
    return tok.lower_ in LEADING_WORDS or bool(_NUMBER_TOKEN.fullmatch(tok.text))


def _and_a_half(doc: Doc, end: int) -> bool:
    """The span ends "... and a half" ("a year and a half")."""
    return end >= 3 and [t.lower_ for t in doc[end - 3:end]] in (["and", "a", "half"], ["and", "one", "half"])


def _season_of_something(doc: Doc, end: int) -> bool:
    """ "the fall of Bakhmut": a season word followed by "of" and anything but a year is no season."""
    return (doc[end - 1].lower_ in SEASONS and end + 1 < len(doc) and doc[end].lower_ == "of"
            and not doc[end + 1].like_num)


def _is_age(doc: Doc, end: int) -> bool:
    """ "40-year-old", "two years old": the words after the span make it an age."""
    after = [t.lower_ for t in doc[end:end + 2] if t.text != "-"]
    return bool(after) and after[0] == "old"


def _in_name(span: Span) -> bool:
    """ "the Sunday Times", "Sunday Telegraph": the words modify a capitalised name outside the span;
    "the Arab Spring", "the Prague Spring": a capitalised season after a capitalised word is a name."""
    head, first = span.root.head, span[0]
    if first.i > 0 and span.doc[first.i - 1].lower_ in ("on", "last", "next", "this", "by", "since", "until"):
        return False  # "On Sunday Ecuador accused ...", parsed as if "Sunday" named Ecuador
    if first.lower_ in SEASONS and first.is_title and first.i > 0:
        before = span.doc[first.i - 1]
        if before.is_title and not before.is_sent_start and before.lower_ not in LEADING_WORDS:
            return True
    return (span.root.dep_ == "compound" and not span.start <= head.i < span.end and head.is_title
            and not _is_time_word(head))


def _date_time_of_day(item, found):
    """A bare time of day ("at 7:30 a.m.") takes the day its sentence names (which becomes its anchor),
    else keeps the doc's anchor and is marked as taking its day from it; last, whether it did."""
    span, result, tense, _ = item
    if result.type != TIME or not TIME_OF_DAY.fullmatch(TIME_ZONE.sub("", _normalise(span.text))):
        return (*item, False)
    for other, r, _, _ in found:
        if other.sent == span.sent and r.type == DATE and r.precision == "day" and r.value:
            day = dt.date.fromisoformat(r.value)
            return span, resolve(span.text, day, tense), tense, day, False
    return (*item, result.value is not None)
