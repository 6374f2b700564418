"""Finding many names in a Doc by token sequence, without a PhraseMatcher to build at start-up.

The Phoenix dictionaries give tens of thousands of names (people, groups, bodies). They ship
tokenised (``dateline/dictionaries/phoenix.py`` splits them as spaCy's English tokenizer does) and
compared in ``token_key`` form, so loading them is building one dict, and finding them in a Doc is
one lookup per token and length.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, TypeVar

from spacy.tokens import Doc

@lru_cache(maxsize=1 << 17)
def normalise(name: str) -> str:
    """The form names are compared in: no accents, case, dots or leading "the"; hyphens as spaces."""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        name = name.replace("’", "'").replace("‘", "'")
    name = name.lower().replace(".", "")
    name = " ".join(name.replace("-", " ").split())
    return name[4:] if name.startswith("the ") else name


V = TypeVar("V")
_KEYS = ("dateline", "name_keys")


@lru_cache(maxsize=1 << 16)
def token_key(text: str) -> str:
    """The form a token is compared in: lower case, no accents, dots or hyphens ("U.S." -> "us", "-" -> "")."""
    if text.isascii():
        return text.lower().replace(".", "").replace("-", "").replace("’", "'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower().replace(".", "").replace("-", "").replace("’", "'")


def name_key(tokens: Iterable[str]) -> str:
    """A name's key: the keys of its tokens, empty ones dropped, a leading "the" too ("the U.N." -> "un")."""
    keys = [k for k in (token_key(t) for t in tokens) if k]
    return " ".join(keys[1:] if len(keys) > 1 and keys[0] == "the" else keys)


def doc_keys(doc: Doc) -> list[tuple[int, str]]:
    """(token index, key) of the Doc's tokens whose key is not empty, computed once per Doc."""
    keys = doc.user_data.get(_KEYS)
    if keys is None:
        keys = doc.user_data[_KEYS] = [(t.i, k) for t in doc if (k := token_key(t.text))]
    return keys


class NameIndex(Generic[V]):
    """Names (keys as ``name_key`` makes them) with the values they stand for."""

    def __init__(self, names: Iterable[tuple[str, V]]):
        self._values: dict[tuple[str, ...], list[V]] = {}
        self._longest: dict[str, int] = {}  # first word -> the most words a name starting with it has
        for key, value in names:
            words = tuple(key.split())
            if not words:
                continue
            self._values.setdefault(words, []).append(value)
            self._longest[words[0]] = max(self._longest.get(words[0], 0), len(words))

    def __len__(self) -> int:
        return len(self._values)

    def get(self, key: str) -> list[V]:
        return self._values.get(tuple(key.split()), [])

    def find(self, doc: Doc) -> list[tuple[int, int, list[V]]]:
        """(start, end, values) of the longest name starting at each token, in token order."""
        keys = doc_keys(doc)
        words = [k for _, k in keys]
        found = []
        for n, (start, word) in enumerate(keys):
            longest = self._longest.get(word)
            if longest is None:
                continue
            for size in range(min(longest, len(keys) - n), 0, -1):
                values = self._values.get(tuple(words[n:n + size]))
                if values is not None:
                    found.append((start, keys[n + size - 1][0] + 1, values))
                    break
        return found
