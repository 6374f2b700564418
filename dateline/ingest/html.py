"""HTML pages: main text, title, author and date with trafilatura (dates from metadata only).

Tables, lists and subheadings inside the article are kept: a table row becomes a line of its cells,
and the page's layout is passed on so that cleaning keeps these short lines as text, not as
headlines pasted by a scraper.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from ..clean import Hints
from ..clean.dates import parse_timestamp
from ..errors import InputError
from .decode import decode
from .records import RawRecord

# Dates from the page's metadata (meta tags, JSON-LD, <time>) only: the extensive search also
# reads footers and would turn "© 2024" into 2024-01-01, which is an invented date.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# On a page with no article trafilatura may still return menu labels ("Home", "Politics"):
# a story has at least a few lines of prose.
PROSE_LINE_WORDS = 8
# Trafilatura's own block elements; its fallback extractors may leave them inside HTML containers.
BLOCK_TAGS = {"p", "head", "list", "table", "quote", "div", "section", "article", "code"}
MIN_PROSE_WORDS = 20


def read_html(path: Path, data: bytes, url: str | None = None) -> Iterator[RawRecord | InputError]:
    locator = str(path)
    try:
        html, encoding = decode(data, locator)
    except InputError as err:
        yield err
        return
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, include_formatting=True,
                                      date_extraction_params=DATE_PARAMS)
    text, layout = _blocks(doc.body) if doc is not None and doc.body is not None else ("", {})
    text = text or ((doc.text or "").strip() if doc else "")
    if not _has_prose(text):
        yield InputError(locator, "HTML page has no main text (only navigation, scripts or markup)")
        return
    published = parse_timestamp(doc.date)
    byline = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    hints = Hints(title=doc.title or None, byline=byline, published=published,
                  published_source="html-metadata" if published else None,
                  published_confidence="high" if published else None, layout=layout)
    yield RawRecord(locator=locator, kind="html", record_key="", raw=data, encoding=encoding, text=text,
                    hints=hints, url=doc.url or url, outlet=doc.sitename or None)


def _has_prose(text: str) -> bool:
    """A few lines of prose, or one sentence (a flash: "Health Minister Ana Duarte resigned on Friday.")."""
    lines = [line.strip() for line in text.splitlines()]
    long = [line for line in lines if len(line.split()) >= PROSE_LINE_WORDS]
    return sum(len(line.split()) for line in long) >= MIN_PROSE_WORDS or any(
        line.endswith((".", "!", "?", '."', ".”")) for line in long)


def _blocks(body) -> tuple[str, dict[str, str]]:
    """The main text from trafilatura's XML body, a block per paragraph, heading, list item or
    table row, with blank lines between them; and the page's layout of the blocks that are not
    plain paragraphs: {text: "subheading" | "list-item" | "table-row"}.

    The plain text trafilatura gives loses the difference between a subheading and a paragraph
    and runs table cells together; its XML keeps both.
    """
    blocks, layout = [], {}

    def add(text: str, kind: str | None = None) -> None:
        if text:
            blocks.append(text)
            if kind:
                layout.setdefault(text, kind)

    def walk(container) -> None:
        add(_lines(container.text or ""))  # text outside any block ("<div>Text<br>more</div>")
        for element in container:
            if element.tag == "head":
                # A heading above the story's first paragraph is the page's headline, which cleaning takes as the title.
                add(_words(element), "subheading" if blocks else None)
            elif element.tag == "list":
                for item in element.iterchildren("item"):
                    add(_words(item), "list-item")
            elif element.tag == "table":
                for row in element.iter("row"):
                    cells = [_words(cell).replace("\n", " ") for cell in row.iterchildren("cell")]
                    add(" ".join(c for c in cells if c), "table-row")
            elif any(child.tag in BLOCK_TAGS for child in element):  # a container the fallback extractor kept
                walk(element)
            else:
                add(_words(element))
            add(_lines(element.tail or ""))

    walk(body)
    return "\n\n".join(blocks), layout


def _words(element) -> str:
    """The element's text with runs of spaces made one; its line breaks stay (a menu is a line per item)."""
    return _lines(_text(element))


def _text(element) -> str:
    """All the text inside ``element``, a line break for each ``<lb/>`` (trafilatura's ``<br>``) and
    between the items of a list inside it."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag in ("lb", "item", "list") else "")
        if child.tag != "lb":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _lines(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
