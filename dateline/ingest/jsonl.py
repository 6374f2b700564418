"""JSONL: one article per line. ``text`` is required; ``title``, ``url``, ``published``,
``source`` (the outlet), ``id`` and ``author`` are optional. The file is streamed, so its size
does not matter; one over-long line is refused on its own."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..clean import Hints
from ..clean.dates import parse_timestamp
from ..errors import InputError
from .decode import decode
from .records import RawRecord

CHUNK = 1 << 20


def read_jsonl(path: Path, stream: BinaryIO, max_record_bytes: int) -> Iterator[RawRecord | InputError]:
    locator = str(path)
    for number, line in _lines(stream, max_record_bytes):
        if line is None:
            yield InputError(locator, f"line longer than the {max_record_bytes:,}-byte limit for one record", number)
            continue
        if not line.strip():
            continue
        try:
            yield _record(locator, number, line)
        except InputError as err:
            yield err


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None for a line over ``limit`` bytes, which is skipped without being held."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(CHUNK)
            yield number, None
        else:
            yield number, line.rstrip(b"\r\n")


def _record(locator: str, number: int, line: bytes) -> RawRecord:
    text, encoding = decode(line, locator, number)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(locator, f"invalid JSON: {exc.msg} (column {exc.colno})", number) from None
    except RecursionError:
        raise InputError(locator, "invalid JSON: nested too deeply", number) from None
    if not isinstance(obj, dict):
        raise InputError(locator, f"expected a JSON object, got {type(obj).__name__}", number)
    body = obj.get("text")
    if not isinstance(body, str):
        raise InputError(locator, 'missing "text" (a string) in the record', number)
    if not body.strip():
        raise InputError(locator, 'empty "text" in the record', number)
    published = parse_timestamp(obj.get("published"))
    author = obj.get("author") or obj.get("byline") or []
    byline = [author] if isinstance(author, str) else [str(a) for a in author] if isinstance(author, list) else []
    hints = Hints(title=_str(obj.get("title")), byline=byline, published=published,
                  published_source="record" if published else None,
                  published_confidence="high" if published else None)
    # A record keeps its identity across re-ingests by its id, else its URL, else its bytes.
    if _str(obj.get("id")):
        record_key = "id:" + _str(obj.get("id"))
    elif _str(obj.get("url")):
        record_key = "url:" + _str(obj.get("url"))
    else:
        record_key = "sha256:" + hashlib.sha256(line).hexdigest()
    return RawRecord(locator=locator, kind="jsonl", record_key=record_key, raw=line, encoding=encoding,
                     text=body, hints=hints, url=_str(obj.get("url")), outlet=_str(obj.get("source")), line=number)


def _str(value) -> str | None:
    return str(value).strip() or None if value is not None else None
