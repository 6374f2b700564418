"""An article's cleaned text as HTML with its entities, time expressions, quotes and event
evidence marked, from the offsets the understanding step stored.

Marks overlap (a name inside a quote inside an event's clause, two events in one sentence), so
the text is cut at every mark boundary and each piece carries every mark that covers it. A
piece inside an event is a link to that event (the innermost one when several cover it, since
links cannot nest); each event also gets an anchor at its first character. Every piece of
text is escaped: the article is untrusted input.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup, escape

KINDS = ("subheading", "entity", "timex", "quote", "event")  # the order classes are listed in


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str  # what the mark says, shown on hover
    href: str | None = None  # events: their world event, or their row under the text
    anchor: str | None = None  # an element id placed where the mark starts
    event_id: int | None = None


def highlight(text: str, marks: list[Mark], *, focus: int | None = None) -> Markup:
    """The text as HTML with ``marks`` as ``<span>``/``<a>`` elements of class ``hl`` plus their kinds.

    :param text: the cleaned text the marks' offsets point into
    :param marks: the spans to mark; empty or out-of-range ones are dropped
    :param focus: an event id whose pieces also get the class ``focus``
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting = defaultdict(list)
    for m in marks:
        starting[m.start].append(m)
    # Marks sorted by start let each piece look only at those that began before it.
    by_start = sorted(marks, key=lambda m: m.start)
    open_marks: list[Mark] = []
    next_mark = 0
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        for m in starting.get(a, []):
            if m.anchor:
                out.append(Markup('<span class="anchor" id="{}"></span>').format(m.anchor))
        while next_mark < len(by_start) and by_start[next_mark].start <= a:
            open_marks.append(by_start[next_mark])
            next_mark += 1
        open_marks = [m for m in open_marks if m.end > a]
        out.append(_piece(text[a:b], open_marks, focus))
    return Markup("").join(out)


def _piece(text: str, covering: list[Mark], focus: int | None) -> Markup:
    if not covering:
        return escape(text)
    kinds = [k for k in KINDS if any(m.kind == k for m in covering)]
    events = [m for m in covering if m.kind == "event"]
    classes = ["hl", *kinds]
    if focus is not None and any(m.event_id == focus for m in events):
        classes.append("focus")
    title = "\n".join(m.label for m in covering)
    linked = [m for m in covering if m.href]
    if linked:
        target = min(linked, key=lambda m: m.end - m.start)
        ids = " ".join(str(m.event_id) for m in events if m.event_id is not None)
        return Markup('<a class="{}" href="{}" title="{}" data-events="{}">{}</a>').format(
            " ".join(classes), target.href, title, ids, text)
    return Markup('<span class="{}" title="{}">{}</span>').format(" ".join(classes), title, text)
