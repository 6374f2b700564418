"""The year of a dateline without one, from the stories filed beside it.

An archive of wire copy ("BAHRAIN, March 3 -") has no publication dates and few stories that
name their own year, but the stories of one folder or one JSONL file are of one time. A story
whose dateline has no year takes the year on which the dated stories of its folder (dated by a
year written in their dateline, their text, a copyright line or their publication date) agree,
when at least two of them fall within a few weeks of its day, and the weekday its lead names, if
any, fits. Low confidence, with the evidence kept. Run at the end of each ingest, before the
articles are understood, so that their events are dated by it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select, update

from ..clean.dateline import find_dateline, lead_weekday
from ..clean.dates import safe_date
from ..store import Store
from ..store.schema import articles, sources

NEIGHBOUR_DAYS = 45
MIN_NEIGHBOURS = 2
AGREEMENT = 0.8  # the share of the neighbours that must agree on the year
LEAD_CHARS = 400  # where a lead's weekday is looked for


def year_from_neighbours(month: int, day: int, neighbours: list[dt.date], weekday: int | None) -> tuple[int, str] | None:
    """The year the ``neighbours`` (the story dates of the same archive) give a ``month``/``day`` dateline,
    and the evidence in words; None without enough agreeing neighbours, or when the lead's ``weekday`` does
    not fit."""
    votes: Counter[int] = Counter()
    for date in neighbours:
        for year in (date.year - 1, date.year, date.year + 1):
            candidate = safe_date(year, month, day)
            if candidate and abs((candidate - date).days) <= NEIGHBOUR_DAYS:
                votes[year] += 1
                break
    if not votes:
        return None
    year, count = votes.most_common(1)[0]
    if count < MIN_NEIGHBOURS or count < AGREEMENT * sum(votes.values()):
        return None
    if weekday is not None and safe_date(year, month, day).weekday() != weekday:
        return None
    return year, f"{count} stories of the same archive dated within {NEIGHBOUR_DAYS} days"


def _archive(locator: str) -> str:
    """The folder an input lies in (a JSONL file's records share it with the file's neighbours)."""
    return locator.rsplit("/", 1)[0]


def date_from_archive(store: Store) -> int:
    """Date the datelines without a year from their archive's dated stories; returns how many were dated.

    An article dated here is marked for understanding again (its events take the date)."""
    undated_exists = select(articles.c.id).where(articles.c.dateline_text.is_not(None),
                                                 articles.c.dateline_date.is_(None)).limit(1)
    with store.engine.connect() as conn:
        if conn.execute(undated_exists).first() is None:
            return 0
    columns = [articles.c.id, articles.c.dateline_text, articles.c.dateline_date, articles.c.dateline_date_source,
               articles.c.published, sources.c.locator]
    query = select(*columns).select_from(articles.join(sources, articles.c.source_id == sources.c.id)) \
        .where((articles.c.dateline_text.is_not(None)) | (articles.c.published.is_not(None)))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    undated, dated = [], defaultdict(list)
    for row in rows:
        if row.dateline_date is not None and row.dateline_date_source != "archive":
            dated[_archive(row.locator)].append(row.dateline_date)
        elif row.dateline_date is None and row.published is not None:
            dated[_archive(row.locator)].append(row.published)
        elif row.dateline_date is None and row.dateline_text:
            undated.append(row)
    candidates = {}
    for row in undated:
        dl = find_dateline(row.dateline_text)  # as stored: "BAHRAIN, March 3 -"
        if dl is not None and dl.month is not None and dl.day is not None and dated.get(_archive(row.locator)):
            candidates[row.id] = (dl, dated[_archive(row.locator)])
    if not candidates:
        return 0
    with store.engine.connect() as conn:
        leads = dict(conn.execute(select(articles.c.id, articles.c.text).where(articles.c.id.in_(candidates))).all())
    found = []
    for article_id, (dl, neighbours) in candidates.items():
        year = year_from_neighbours(dl.month, dl.day, neighbours, lead_weekday(leads[article_id][:LEAD_CHARS]))
        if year:
            found.append((article_id, safe_date(year[0], dl.month, dl.day), year[1]))
    if found:
        with store.write() as w:
            for article_id, date, evidence in found:
                w.conn.execute(update(articles).where(articles.c.id == article_id).values(
                    dateline_date=date, dateline_date_source="archive", dateline_date_confidence="low",
                    dateline_date_evidence=evidence, processed_version=None))
    return len(found)
