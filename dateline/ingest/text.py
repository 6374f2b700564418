"""Plain-text articles: one file, one article (the sample format, with or without ``date`` prefix)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .decode import decode
from .records import RawRecord


def read_text(path: Path, data: bytes) -> Iterator[RawRecord | InputError]:
    locator = str(path)
    try:
        text, encoding = decode(data, locator)
    except InputError as err:
        yield err
        return
    if not text.strip():
        yield InputError(locator, "empty: the file has no text")
        return
    yield RawRecord(locator=locator, kind="text", record_key="", raw=data, encoding=encoding, text=text)
