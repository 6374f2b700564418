"""Map offsets in the cleaned text back to offsets in the source text.

The cleaned text is built only from exact copies of source spans plus short synthetic
separators (paragraph breaks, a space where a hard-wrapped line was joined). Each copy is one
segment ``(clean_start, source_start, length)``; a position inside a separator maps to the
start of the next copied segment.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(slots=True)
class OffsetMap:
    segments: list[tuple[int, int, int]] = field(default_factory=list)

    def to_source(self, offset: int) -> int:
        """Source offset of the character at cleaned ``offset`` (or of the next copied one)."""
        if not self.segments:
            return 0
        i = bisect.bisect_right(self.segments, (offset, float("inf"), 0)) - 1
        if i >= 0:
            start, src, length = self.segments[i]
            if offset < start + length:
                return src + (offset - start)
        if i + 1 < len(self.segments):
            return self.segments[i + 1][1]
        start, src, length = self.segments[-1]
        return src + length

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering the cleaned span ``[start, end)`` (separators add nothing)."""
        if end <= start:
            pos = self.to_source(start)
            return pos, pos
        return self.to_source(start), max(self._end_to_source(end), self.to_source(start))

    def _end_to_source(self, end: int) -> int:
        """Source offset just after the last copied character before cleaned offset ``end``."""
        i = bisect.bisect_right(self.segments, (end - 1, float("inf"), 0)) - 1
        if i < 0:
            return self.segments[0][1] if self.segments else 0
        start, src, length = self.segments[i]
        return src + min(end - start, length)

    def to_json(self) -> list[list[int]]:
        return [list(s) for s in self.segments]

    @classmethod
    def from_json(cls, rows) -> "OffsetMap":
        return cls([tuple(r) for r in rows or []])


class TextBuilder:
    """Builds cleaned text from source spans and separators, recording the offset map."""

    def __init__(self, source: str):
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.map = OffsetMap()

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        length = end - start
        segs = self.map.segments
        if segs and segs[-1][0] + segs[-1][2] == self.length and segs[-1][1] + segs[-1][2] == start:
            c, s, n = segs[-1]
            segs[-1] = (c, s, n + length)  # contiguous with the previous copy: extend it
        else:
            segs.append((self.length, start, length))
        self.parts.append(self.source[start:end])
        self.length += length

    def add(self, separator: str) -> None:
        self.parts.append(separator)
        self.length += len(separator)

    def text(self) -> str:
        return "".join(self.parts)
