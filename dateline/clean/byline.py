"""Bylines: ``by Soo-hyang Choi and Ju-min Park``, ``By HYUNG-JIN KIM Associated Press``,
``By Kim Soo-yeon``, ``By Jane Doe | Reuters``. Only names count: "By the time ..." is prose."""

from __future__ import annotations

import datetime as dt
import re

from .dates import MONTH_DAY_PATTERN, month_day, safe_date

_BYLINE = re.compile(r"^(?:by|BY|By)[:\s]\s*(?P<names>.+?)\s*$")
# Outlet and role words that trail the names in a byline.
_TRAILER = re.compile(
    r"(?:^|\s*[|,/–—-]\s*|\s+)(?:the\s+)?(?:associated press|ap|afp|agence france-presse|reuters|yonhap(?: news agency)?|kyodo(?: news)?"
    r"|bloomberg(?: news)?|nikkei|kcna|xinhua|staff(?: writers?| reporters?)?|correspondents?|senior correspondent|reporters?"
    r"|writers?|contributors?|news agency|(?:news |web |world )?desk|in [A-Z][a-z]+)\s*$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w.'’-]*|[A-Z]{1,2}\.|de|van|von|der|bin|al|da|di|le|la|del)$")
MAX_BYLINE_CHARS = 120
# Blog and CMS head lines: "Posted on November 22, 2023 by Desk", "Published: 22 Nov 2023".
_POSTED = re.compile(
    rf"^(?:posted|published|first published)(?:\s+on)?:?\s+{MONTH_DAY_PATTERN},?\s+(?P<year>(?:19|20)\d\d)"
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?(?:\s+by\s+(?P<by>.+?))?\s*$",
    re.IGNORECASE,
)


def parse_byline(paragraph: str) -> list[str] | None:
    """The author names of a byline paragraph ([] for "By AP staff"), or None if it is not a byline."""
    if len(paragraph) > MAX_BYLINE_CHARS:
        return None
    m = _BYLINE.match(paragraph)
    if not m:
        return None
    names = m.group("names")
    while True:
        stripped = _TRAILER.sub("", names)
        if stripped == names:
            break
        if not stripped:
            return []  # a byline naming only the outlet: "By AP staff"
        names = stripped
    result = []
    for name in _SPLIT.split(names):
        tokens = name.split()
        if not tokens or len(tokens) > 5 or not all(_NAME_TOKEN.match(t) for t in tokens):
            return None
        result.append(_normal_case(name))
    return result or None


def _normal_case(name: str) -> str:
    # "HYUNG-JIN KIM" -> "Hyung-Jin Kim"; names already in mixed case stay as written.
    return name.title() if name.isupper() else name


def parse_posted(paragraph: str) -> tuple[dt.date, list[str]] | None:
    """``(date, names)`` of a "Posted on <date> by <names>" line, or None."""
    if len(paragraph) > MAX_BYLINE_CHARS:
        return None
    m = _POSTED.match(paragraph)
    if not m:
        return None
    month, day = month_day(m)
    date = safe_date(int(m.group("year")), month, day)
    if date is None:
        return None
    names = parse_byline("By " + m.group("by")) if m.group("by") else None
    return date, names or []
