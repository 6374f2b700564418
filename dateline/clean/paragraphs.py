"""Split source text into paragraphs that remember where each piece came from.

A paragraph is a list of source spans ("pieces"), shown joined by single spaces. Usually a
paragraph is one line; in hard-wrapped text (plain-text wires that break lines at ~70
columns and separate paragraphs with blank lines) it is a block of consecutive lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .dateline import opens_with_dateline

# Hard wrapping: lines inside blocks are all short and there are enough of them to tell.
# Wires and mail wrap at 60 to 80 columns; no one wraps prose narrower than 40.
WRAP_MAX_LINE = 100
WRAP_MIN_WIDTH = 40
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
    """Paragraphs of ``source[start:]``, each trimmed of surrounding whitespace.

    Hard-wrapped text is joined back into its paragraphs before any line-level rule sees it,
    so no line that continues a sentence can be taken for a headline or furniture.
    """
    lines = _lines(source, start)
    wrap = _wrapping(source, lines)
    out: list[Paragraph] = []
    previous = None
    for line in lines:
        if line is None:
            previous = None
            continue
        if previous is not None and wrap is not None and wrap.continues(source, previous, line):
            out[-1].pieces.append((line.start, line.end))
        else:
            out.append(Paragraph(source, [(line.start, line.end)]))
        previous = line
    return out


@dataclass(slots=True)
class _Line:
    start: int  # the content, trimmed
    end: int
    indent: int  # columns of leading whitespace
    column: int  # where the content ends, counted from the line's start


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # Unix, DOS and old Mac line ends
TAB_COLUMNS = 8


def line_breaks(source: str, start: int, end: int) -> int:
    """How many line breaks ``source[start:end]`` holds, whatever the line ends."""
    if "\r" not in source:  # the common case, counted fast
        return source.count("\n", start, end)
    return len(_LINE_BREAK.findall(source, start, end))


def _lines(source: str, start: int) -> list[_Line | None]:
    """Every line of ``source[start:]``, None for a blank one."""
    lines: list[_Line | None] = []
    pos, n = start, len(source)
    plain = "\r" not in source  # the common case: find newlines without the regex
    while True:
        if plain:
            newline = source.find("\n", pos)
            end, after = (n, -1) if newline == -1 else (newline, newline + 1)
        else:
            found = _LINE_BREAK.search(source, pos)
            end, after = (n, -1) if found is None else (found.start(), found.end())
        s, e = pos, end
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        indent = s - pos
        if "\t" in source[pos:s]:
            indent = len(source[pos:s].expandtabs(TAB_COLUMNS))  # a tab indents as far as the printer took it
        lines.append(_Line(s, e, indent, indent + e - s) if e > s else None)
        if after == -1:
            break
        pos = after
    return lines


_LIST_ITEM = re.compile(r"(?:[-•*·▪–]|\d{1,2}[.)])\s")  # "- item", "• item", "1. item"
_COLUMNS = re.compile(r"\S {3,}\S")  # figures set in columns: "Wheat        1,234.5    1,100.2"


@dataclass(slots=True)
class _Wrapping:
    """How a hard-wrapped text breaks its lines: the width, the indent of running lines, and
    whether blank lines alone separate paragraphs."""

    width: int
    body_indent: int
    blank_line_blocks: bool

    def continues(self, source: str, above: _Line, line: _Line) -> bool:
        """Whether ``line`` carries on the paragraph that ``above`` belongs to."""
        if line.indent > self.body_indent:  # an indented first line starts a paragraph (1980s wire style)
            return False
        if _LIST_ITEM.match(source, line.start) or _COLUMNS.search(source, above.start, above.end) \
                or _COLUMNS.search(source, line.start, line.end):
            return False  # a list's items and a table's rows are lines of their own
        if source[above.end - 1] not in _SENTENCE_END and opens_with_dateline(source[line.start:line.end]):
            return False  # a headline above the dateline's line, however long
        if self.blank_line_blocks:
            return True
        return _broken_for_width(source, above, line, self.width) or (
            source[above.end - 1] not in _SENTENCE_END and source[line.start].islower())


def _broken_for_width(source: str, above: _Line, line: _Line, width: int) -> bool:
    """The line above ended where it did because ``line``'s first word would not have fitted."""
    first_word = len(source[line.start:line.end].split(None, 1)[0])
    return above.column + 1 + first_word > width


def _wrapping(source: str, lines: list[_Line | None]) -> _Wrapping | None:
    """How ``lines`` are hard-wrapped, or None when each line is a paragraph of its own."""
    filled = [ln for ln in lines if ln is not None]
    if len(filled) < WRAP_MIN_INNER_LINES + 1:
        return None
    columns = sorted(ln.column for ln in filled)
    width = columns[(len(columns) - 1) * 9 // 10]  # a few long lines (a table, a URL) do not set the width
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_LINE:
        return None
    indents = Counter(ln.indent for ln in filled)
    body_indent = min(i for i, count in indents.items() if count == max(indents.values()))
    # Wrapped lines mostly break mid-sentence; one-line paragraphs end with a full stop.
    inner = [(a, b) for a, b in zip(lines, lines[1:]) if a is not None and b is not None and b.indent <= body_indent]
    blocks = _blank_line_blocks(lines)
    if len(blocks) >= 2:
        in_blocks = [a for a, _ in inner]
        if len(in_blocks) >= WRAP_MIN_INNER_LINES and _mostly_mid_sentence(source, in_blocks):
            return _Wrapping(width, body_indent, True)
    full = [a for a, b in inner if _broken_for_width(source, a, b, width)]
    # Paragraphs opened by an indent over running lines say "wrapped" on their own: a short wire
    # story has few lines to tell by.
    indented = any(ln.indent > body_indent for ln in filled)
    if len(full) >= (1 if indented else WRAP_MIN_INNER_LINES) and _mostly_mid_sentence(source, full):
        return _Wrapping(width, body_indent, False)
    return None


def _blank_line_blocks(lines: list[_Line | None]) -> list[list[_Line]]:
    blocks: list[list[_Line]] = [[]]
    for line in lines:
        if line is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [b for b in blocks if b]


def _mostly_mid_sentence(source: str, lines: list[_Line]) -> bool:
    return sum(1 for ln in lines if source[ln.end - 1] not in _SENTENCE_END) * 2 > len(lines)
