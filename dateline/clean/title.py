"""Titles: the headline line at the top of a text, or one pasted into the body by a scraper."""

from __future__ import annotations

import re

MIN_WORDS, MAX_WORDS, MAX_CHARS = 2, 25, 200
_QUOTES = "\"'”’»"
_CLOSERS = _QUOTES + ")]"
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…")
# Wire headline tags: "(LEAD) ...", "(2nd LD) ...", "(URGENT) ...", "UPDATE 2-...".
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")
_TAGS = re.compile(r"^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE|EXCLUSIVE)\)\s*"
                   r"|(?:UPDATE \d+|REFILE|CORRECTED|EXCLUSIVE)\s*[-:]\s*)+")


def looks_like_headline(text: str, any_case: bool = False) -> bool:
    """A short line with no sentence punctuation at its end, starting like a title.

    :param any_case: a lower-case start too (a line right above a dateline is a headline in any case)
    """
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(text) > MAX_CHARS:
        return False
    # Quotes may close a headline; a bracket closing a credit or aside does not.
    if text.endswith((")", "]")) or text.rstrip(_QUOTES + " ").endswith(_SENTENCE_END):
        return False
    if _INNER_SENTENCE_END.search(text):  # two sentences in one line are prose, not a title
        return False
    first = text.lstrip(_CLOSERS + "“‘«(")[:1]
    return first.isupper() or first.isdigit() or (any_case and first.isalpha())


def starts_like_sentence(text: str) -> bool:
    first = text.lstrip("\"“‘'«(")[:1]
    return first.isupper() or first.isdigit()


def ends_like_prose(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith((".", "!", "?", "…"))


def normal_title(text: str) -> str:
    """The title without wire tags such as "(LEAD)"."""
    return _TAGS.sub("", text).strip()
