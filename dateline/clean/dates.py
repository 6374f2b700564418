"""Small date helpers shared by the cleaning rules: month names, weekdays, ISO parsing."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                 r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# "Nov 9", "November 9th", "9 November": one pattern, read back with ``month_day``.
MONTH_DAY_PATTERN = (rf"(?:(?P<month>{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                     rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_PATTERN}))")
# Cardinal numbers written as words, as the rules count them ("three days after", "the first nine months").
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_PATTERN = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


def month_number(name: str) -> int:
    return MONTHS[name.strip(".").lower()[:3]]


def month_day(match: re.Match) -> tuple[int, int] | None:
    """(month, day) from a match of ``MONTH_DAY_PATTERN``, or None if it did not take part."""
    name = match.group("month") or match.group("month2")
    day = match.group("day") or match.group("day2")
    return (month_number(name), int(day)) if name and day else None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_timestamp(value) -> dt.date | None:
    """A date from an ISO 8601 date/datetime or an RFC 2822 string (feeds, JSONL); None if neither."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?", text)
    if m:
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return dt.date.fromisoformat(m.group(1))
            except ValueError:
                return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None
