"""The terms two reports of one story share: words without stop words, reduced to a light stem.

Rewrites of one story rarely repeat each other's phrases, but they name the same people, places,
weapons and figures, in whatever inflection their sentence needs ("fired", "fires", "firing";
"shells", "shelling"). A light stemmer in the manner of the first step of Porter's algorithm
strips plurals, "-ed", "-ing" and a final "e", and nothing else, so that "summit" and "summon"
or "nuclear" and "nucleus" stay apart. Figures keep their
digits without separators ("1,000" and "1000" are one term).
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words of two letters or more that start with a letter (inner apostrophes and hyphens kept:
# "Hwasong-18", "Kim's"), and figures with their separators ("1,000", "6,518.2").
TOKEN = re.compile(r"(?u)\b[^\W\d_][\w'’-]*[^\W_]\b|\b\d[\d,.]*\d\b")
VOWELS = set("aeiouy")
POSSESSIVE = re.compile(r"['’]s$")
MIN_STEM = 3
KEEP_DOUBLE = set("lsz")  # "shelled" -> "shell", but "rammed" -> "ram"


def stem(word: str) -> str:
    """A light stem of a lower-case word: plural, past and progressive endings and a final "e"
    removed ("fires", "fired", "firing" and "fire" are all "fir")."""
    word = POSSESSIVE.sub("", word.replace("’", "'"))
    if word[:1].isdigit():
        return word.replace(",", "")
    if len(word) <= MIN_STEM:
        return word
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        base = word[:-len(ending)]
        if word.endswith(ending) and len(base) >= MIN_STEM and VOWELS & set(base):
            # The "e" before "-ed"/"-ing" is already gone ("fir(e)d"), unless doubled ("agre(e)d").
            return base[:-1] if base[-1] == base[-2] and base[-1] not in VOWELS | KEEP_DOUBLE else base
    return word[:-1] if word.endswith("e") and len(word) > MIN_STEM else word


def terms(text: str) -> list[str]:
    """The stemmed content words and figures of a text, in order, stop words left out."""
    return [stem(token) for token in TOKEN.findall(text.lower()) if token not in ENGLISH_STOP_WORDS]
