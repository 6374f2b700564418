"""What a reader yields: one article's raw input, or the reason an input could not be read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..clean import Hints


@dataclass(slots=True)
class RawRecord:
    locator: str  # absolute path or URL of the input it came from
    kind: str  # text, jsonl, html
    record_key: str  # identifies the record inside its input ("" when the input is one article)
    raw: bytes  # exactly as read: the file, or the JSONL line
    encoding: str
    text: str  # the text cleaning starts from: the file's text, the JSON "text", or the page's main text
    hints: Hints = field(default_factory=Hints)
    url: str | None = None
    outlet: str | None = None
    line: int | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()
