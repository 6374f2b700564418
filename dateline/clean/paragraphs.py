"""Split source text into paragraphs that remember where each piece came from.

A paragraph is a list of source spans ("pieces"), shown joined by single spaces. Usually a
paragraph is one line; in hard-wrapped text (plain-text wires that break lines at ~70
columns and separate paragraphs with blank lines) it is a block of consecutive lines.
"""

from __future__ import annotations

from dataclasses import dataclass

# Hard wrapping: lines inside blocks are all short and there are enough of them to tell.
WRAP_MAX_LINE = 100
WRAP_MIN_INNER_LINES = 3
_SENTENCE_END = ".!?\"”’:;)"


@dataclass(slots=True)
class Paragraph:
    source: str
    pieces: list[tuple[int, int]]

    @property
    def text(self) -> str:
        return " ".join(self.source[s:e] for s, e in self.pieces)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def source_span(self, a: int, b: int) -> tuple[int, int]:
        """Source span of the paragraph-text range ``[a, b)``."""
        return self._to_source(a, is_start=True), self._to_source(b, is_start=False)

    def _to_source(self, pos: int, is_start: bool) -> int:
        offset = 0
        for i, (s, e) in enumerate(self.pieces):
            n = e - s
            if pos < offset + n or (pos == offset + n and not is_start):
                return s + max(pos - offset, 0)
            offset += n + 1  # the joining space
            if pos < offset:  # on a joining space: a start goes forward, an end back
                return self.pieces[i + 1][0] if is_start and i + 1 < len(self.pieces) else e
        return self.pieces[-1][1]

    def cut(self, a: int, b: int) -> "Paragraph | None":
        """This paragraph without the text range ``[a, b)``, trimmed; None if nothing is left."""
        sa, _ = self.source_span(a, a)
        _, sb = self.source_span(b, b)
        pieces = []
        for s, e in self.pieces:
            for ps, pe in ((s, min(e, sa)), (max(s, sb), e)):
                if pe > ps:
                    pieces.append((ps, pe))
        return _trimmed(self.source, pieces)


def split_lines(p: Paragraph, is_separate) -> list[Paragraph]:
    """``p`` split so that each line for which ``is_separate(text)`` holds stands alone, when it
    starts after a finished sentence (a wrapped line that continues one is left in place)."""
    if len(p.pieces) == 1:
        return [p]
    out, run = [], []
    for s, e in p.pieces:
        after_sentence = not run or p.source[run[-1][1] - 1] in _SENTENCE_END
        if after_sentence and is_separate(p.source[s:e]):
            if run:
                out.append(Paragraph(p.source, run))
            out.append(Paragraph(p.source, [(s, e)]))
            run = []
        else:
            run.append((s, e))
    if run:
        out.append(Paragraph(p.source, run))
    return out


def _trimmed(source: str, pieces: list[tuple[int, int]]) -> Paragraph | None:
    out = []
    for s, e in pieces:
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return Paragraph(source, out) if out else None


def split_paragraphs(source: str, start: int = 0) -> list[Paragraph]:
    """Paragraphs of ``source[start:]``, each trimmed of surrounding whitespace."""
    lines = []  # (s, e) of each line's content, or None for a blank line
    pos, n = start, len(source)
    while True:
        newline = source.find("\n", pos)
        s, e = pos, n if newline == -1 else newline
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        lines.append((s, e) if e > s else None)
        if newline == -1:
            break
        pos = newline + 1
    blocks: list[list[tuple[int, int]]] = [[]]
    for line in lines:
        if line is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    blocks = [b for b in blocks if b]
    if _hard_wrapped(source, blocks):
        return [Paragraph(source, b) for b in blocks]
    return [Paragraph(source, [line]) for b in blocks for line in b]


def _hard_wrapped(source: str, blocks: list[list[tuple[int, int]]]) -> bool:
    inner = [(s, e) for b in blocks for s, e in b[:-1]]
    if len(blocks) < 2 or len(inner) < WRAP_MIN_INNER_LINES or max(e - s for s, e in inner) > WRAP_MAX_LINE:
        return False
    # Wrapped lines mostly break mid-sentence; one-line paragraphs end with a full stop.
    mid_sentence = sum(1 for s, e in inner if source[e - 1] not in _SENTENCE_END)
    return mid_sentence * 2 > len(inner)
