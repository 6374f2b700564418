"""Clean one article: find its metadata in the text and strip what is not the story.

``clean_article`` runs the steps in order; each step is a small function over the list of
paragraphs. Nothing is rewritten: the cleaned text is made of exact source spans, so every
offset maps back to the source (see ``offsets.py``), and each removed span is recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .boilerplate import CAPTION_CUES, CAPTION_MAX_CHARS, PHOTO_TAG, TAIL_KINDS, TAIL_MAX_CHARS, inline_spans, paragraph_kind
from .byline import parse_byline, parse_posted
from .dates import parse_timestamp
from .dateline import Dateline, find_dateline, opens_like_dateline, resolve_dateline_date
from .language import detect_language
from .offsets import OffsetMap, TextBuilder
from .paragraphs import Paragraph, line_breaks, split_lines, split_paragraphs
from .title import ends_like_prose, looks_like_headline, normal_title, starts_like_sentence

# The scraper's prefix in the sample format: " date 2022-01-15 North Korea's ..."
DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s)\s*")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
PARAGRAPH_BREAK = "\n\n"
TOP_PARAGRAPHS = 4  # title, kicker and byline sit within the first few paragraphs
DATELINE_PARAGRAPHS = 2


@dataclass(slots=True)
class Hints:
    """What the container (HTML metadata, a JSONL record, a feed item) already says."""

    title: str | None = None
    byline: list[str] = field(default_factory=list)
    published: dt.date | None = None
    published_source: str | None = None
    published_confidence: str | None = None
    # The page's own short blocks inside the article: {text: "subheading" | "list-item" | "table-row"}.
    layout: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Removed:
    kind: str
    start: int  # in the source text
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class CleanedArticle:
    text: str
    offsets: OffsetMap
    title: str | None
    byline: list[str]
    dateline: Dateline | None
    published: dt.date | None
    published_source: str | None
    published_confidence: str | None
    language: str | None
    removed: list[Removed]
    subheadings: list[tuple[int, int]] = field(default_factory=list)  # spans of the cleaned text


def clean_article(source: str, hints: Hints | None = None) -> CleanedArticle:
    """Clean ``source`` (the article's text as decoded from its input).

    :param source: the text the offsets refer to
    :param hints: metadata from the container, which wins over what the text suggests
    """
    hints = hints or Hints()
    removed: list[Removed] = []
    published, pub_source, pub_conf = hints.published, hints.published_source, hints.published_confidence
    start = 0
    m = DATE_PREFIX.match(source)
    if m:
        removed.append(Removed("date-prefix", m.start(), m.end(), m.group(0).strip()))
        start = m.end()
        if published is None:
            # The prefix is the crawler's record of the publication day; it can lag the story.
            published = parse_timestamp(m.group(1))
            pub_source, pub_conf = ("date-prefix", "medium") if published else (None, None)

    paragraphs = split_paragraphs(source, start)
    paragraphs = _drop_boilerplate(paragraphs, removed)
    paragraphs = _cut_inline(paragraphs, removed)
    laid_out = hints.layout
    title, byline, posted, paragraphs = _take_head(paragraphs, hints, removed, laid_out)
    if published is None and posted is not None:
        published, pub_source, pub_conf = posted, "text-posted", "medium"
    dateline, paragraphs = _take_dateline(paragraphs, removed)
    title, paragraphs = _drop_pasted_headlines(paragraphs, title, removed, laid_out)

    builder = TextBuilder(source)
    subheadings = []
    for i, p in enumerate(paragraphs):
        if i:
            builder.add(PARAGRAPH_BREAK)
        start = builder.length
        for j, (s, e) in enumerate(p.pieces):
            if j:
                builder.add(" ")
            builder.copy(s, e)
        if laid_out.get(p.text) == "subheading":
            subheadings.append((start, builder.length))
    text = builder.text()

    if dateline:
        copyright_years = [int(y) for r in removed if r.kind == "copyright" for y in _YEAR.findall(r.text)]
        lead = paragraphs[0].text if paragraphs else ""
        resolve_dateline_date(dateline, published, copyright_years, text, lead)
    removed.sort(key=lambda r: r.start)
    return CleanedArticle(
        text=text, offsets=builder.map, title=title, byline=byline, dateline=dateline,
        published=published, published_source=pub_source, published_confidence=pub_conf,
        language=detect_language(text), removed=removed, subheadings=subheadings,
    )


def _remove(removed: list[Removed], kind: str, p: Paragraph) -> None:
    removed.append(Removed(kind, p.start, p.end, p.source[p.start:p.end]))


def _drop_boilerplate(paragraphs: list[Paragraph], removed: list[Removed]) -> list[Paragraph]:
    # In hard-wrapped text a credit or link line can sit in the same block as story lines; it
    # starts a line after a finished sentence, where a wrapped line would continue one.
    paragraphs = [q for p in paragraphs for q in split_lines(p, paragraph_kind)]
    blank_lines = any(line_breaks(p.source, a.end, p.start) > 1 for a, p in zip(paragraphs, paragraphs[1:]))
    kinds = [paragraph_kind(p.text) for p in paragraphs]
    for i, p in enumerate(paragraphs[1:], 1):
        above = paragraphs[i - 1]
        # The line right above a wire photo tag is its caption when lines are grouped in
        # blank-line blocks; with one line per paragraph it must read like one.
        if (kinds[i] == "photo-credit" and PHOTO_TAG.match(p.text) and not kinds[i - 1]
                and len(above.text) <= CAPTION_MAX_CHARS and line_breaks(p.source, above.end, p.start) == 1
                and (blank_lines or CAPTION_CUES.search(above.text))):
            kinds[i - 1] = "photo-caption"
    kept = []
    for p, kind in zip(paragraphs, kinds):
        if kind:
            _remove(removed, kind, p)
        else:
            kept.append(p)
    # Below a copyright footer that closes the story, a trailing run of short lines that are
    # not sentences ("Terms of use", "Privacy") is page furniture too.
    footer = next((i for i, k in enumerate(kinds) if k in TAIL_KINDS and not all(kinds[:i])), None)
    if footer is not None:
        tail = [p for p in paragraphs[footer + 1:] if p in kept]
        if tail and all(len(p.text) <= TAIL_MAX_CHARS and not ends_like_prose(p.text) for p in tail):
            for p in tail:
                _remove(removed, "footer", p)
            kept = [p for p in kept if p not in tail]
    return kept


def _cut_inline(paragraphs: list[Paragraph], removed: list[Removed]) -> list[Paragraph]:
    out = []
    for p in paragraphs:
        current: Paragraph | None = p
        for kind, a, b in inline_spans(p.text):  # last first, so earlier offsets stay valid
            s, e = current.source_span(a, b)
            removed.append(Removed(kind, s, e, p.source[s:e]))
            current = current.cut(a, b)
            if current is None:
                break
        if current is not None:
            out.append(current)
    return out


def _take_head(paragraphs, hints: Hints, removed, laid_out: dict[str, str]):
    """Title, kicker and byline lines above the story's first paragraph."""
    title, byline = hints.title, list(hints.byline)
    published_in_text = None
    kept = list(paragraphs)
    i = 0
    for _ in range(TOP_PARAGRAPHS):
        if len(kept) < 2 or kept[i].text in laid_out:
            break
        text = kept[i].text
        names = parse_byline(text)
        posted = parse_posted(text)
        if names is not None:
            byline = byline or names
            _remove(removed, "byline", kept.pop(i))
        elif posted is not None:
            published_in_text, posted_names = posted
            byline = byline or posted_names
            _remove(removed, "posted", kept.pop(i))
        elif find_dateline(text) or opens_like_dateline(text):
            break
        elif title and _same_text(text, title):
            _remove(removed, "title", kept.pop(i))
        elif looks_like_headline(text, any_case=bool(find_dateline(kept[i + 1].text))):
            _remove(removed, "subtitle" if title else "title", kept.pop(i))
            title = title or normal_title(text)
        else:
            break
    return (normal_title(title) if title else None), byline, published_in_text, kept


def _take_dateline(paragraphs, removed) -> tuple[Dateline | None, list[Paragraph]]:
    for i, p in enumerate(paragraphs[:DATELINE_PARAGRAPHS]):
        if i and ends_like_prose(paragraphs[i - 1].text):
            break  # the story has begun: a dateline heads it, it does not follow its first paragraph
        dl = find_dateline(p.text)
        following = paragraphs[i + 1].text if i + 1 < len(paragraphs) else ""
        if dl and dl.length >= len(p.text) and dl.text.endswith(":") and not following[:1].isupper():
            dl = None  # a label above a table ("PARANA STATE:"), not a place line above the story
        if dl:
            s, e = p.source_span(0, dl.length)
            removed.append(Removed("dateline", s, e, p.source[s:e]))
            rest = p.cut(0, dl.length) if dl.length < len(p.text) else None
            out = list(paragraphs)
            out[i:i + 1] = [rest] if rest else []
            return dl, out
    return None, paragraphs


def _drop_pasted_headlines(paragraphs, title, removed, laid_out: dict[str, str]):
    """A headline pasted between two story paragraphs is the scraper's, not the story's (unless
    the page lays it out as its own subheading, list item or table row)."""
    kept = []
    for i, p in enumerate(paragraphs):
        following = paragraphs[i + 1].text if i + 1 < len(paragraphs) else ""
        if (i and kept and p.text not in laid_out and looks_like_headline(p.text) and ends_like_prose(kept[-1].text)
                and (not following or starts_like_sentence(following))):
            _remove(removed, "headline", p)
            title = title or normal_title(p.text)
        else:
            kept.append(p)
    return title, kept


def _same_text(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)
