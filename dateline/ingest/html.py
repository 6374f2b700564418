"""HTML pages: main text, title, author and date with trafilatura (dates from metadata only)."""

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
MIN_PROSE_WORDS = 20


def read_html(path: Path, data: bytes, url: str | None = None) -> Iterator[RawRecord | InputError]:
    locator = str(path)
    try:
        html, encoding = decode(data, locator)
    except InputError as err:
        yield err
        return
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, date_extraction_params=DATE_PARAMS)
    text = (doc.text or "").strip() if doc else ""
    if not _has_prose(text):
        yield InputError(locator, "HTML page has no main text (only navigation, scripts or markup)")
        return
    published = parse_timestamp(doc.date)
    byline = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    hints = Hints(title=doc.title or None, byline=byline, published=published,
                  published_source="html-metadata" if published else None,
                  published_confidence="high" if published else None)
    yield RawRecord(locator=locator, kind="html", record_key="", raw=data, encoding=encoding, text=text,
                    hints=hints, url=doc.url or url, outlet=doc.sitename or None)


def _has_prose(text: str) -> bool:
    lengths = [len(line.split()) for line in text.splitlines()]
    return sum(n for n in lengths if n >= PROSE_LINE_WORDS) >= MIN_PROSE_WORDS
