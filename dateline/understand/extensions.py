"""Every custom attribute dateline puts on spaCy objects, registered in one place.

Doc:  ``doc._.anchor`` (datetime.date | None): the date relative expressions resolve against
      (the dateline date, else the publication date, else None); ``doc._.anchor_source``
      ("dateline", "published" or None); ``doc._.quotes`` and ``doc._.events`` (lists, assigned
      fresh by their components).
Span: ``span._.actor`` (an actor code such as "PRK", "~guerrilla" for an agent of no known country,
      or None), ``span._.actor_kind`` ("country", "organization", "media", "person", "agent"),
      ``span._.country`` (the country it acts for or in), ``span._.role`` ("government", "military",
      "rebel" ...: see actors.ROLES), ``span._.partners`` (an agent's other countries: "Chinese and
      Indian troops" is CHN with partners ["IND"]), ``span._.person`` (a person's name when the mention is a
      person), ``span._.timex`` (a ``Timex`` for spans in ``doc.spans["timex"]``).
Span groups: ``doc.spans["actors"]`` (actor mentions), ``doc.spans["timex"]`` (time expressions).

These values are Python objects that msgpack cannot encode, so they never cross spaCy's process
boundary: with ``n_process > 1`` only the model's components run in workers, and dateline's
components set them in the main process (``pipeline.understand``).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

ACTORS = "actors"
TIMEX = "timex"

_DOC = ("anchor", "anchor_source", "quotes", "events")
_SPAN = ("actor", "actor_kind", "person", "timex", "country", "role", "partners")


def as_date(value) -> dt.date | None:
    """An anchor as a plain date: a datetime (a publication time) or an ISO string names its day.

    Dates are counted in whole days: a time of day in the anchor would leak into every value.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token again on each access (a millisecond a page)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TEXT = ("dateline", "text")


def register_extensions() -> None:
    """Register the attributes; calling it again does nothing. Defaults are None, never a shared list."""
    for name in _DOC:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
