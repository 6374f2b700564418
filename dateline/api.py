"""The Python API under the CLI and the web app: ``dateline.open(db)`` returns a ``Dateline``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from .ingest import IngestReport, Input
from .ingest import ingest as run_ingest
from .settings import Settings
from .store import Store


class Dateline:
    """One dateline database and the operations on it."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.store = Store(settings.db)

    def __enter__(self) -> "Dateline":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(self, paths: Iterable[str | Path], *, progress=None, inputs: list[Input] | None = None) -> IngestReport:
        """Ingest files and folders; re-ingesting unchanged input changes nothing.

        :param paths: text, JSONL and HTML files, and folders of them
        :param progress: called with each input once it is read
        :param inputs: already-discovered inputs (see ``dateline.ingest.discover``)
        """
        return run_ingest(self.store, paths, self.settings, progress=progress, inputs=inputs)

    def articles(self, *, since: dt.date | None = None, until: dt.date | None = None, source: str | None = None,
                 limit: int = 50, offset: int = 0) -> list[dict]:
        """Articles, newest story date first; see ``Store.list_articles`` for the filters."""
        return self.store.list_articles(since=since, until=until, source=source, limit=limit, offset=offset)

    def article(self, article_id: int) -> dict:
        """One article with all its fields, its dateline as a dict; raises NotFound."""
        return with_dateline(self.store.get_article(article_id))

    def search(self, query: str, *, limit: int = 20) -> list[dict]:
        return self.store.search(query, limit=limit)

    def errors(self, *, include_resolved: bool = False) -> list[dict]:
        """The ingest log: inputs that failed, with the reason (open ones unless asked)."""
        return self.store.errors(include_resolved=include_resolved)

    def export(self, outdir: str | Path, *, format: str = "jsonl") -> dict[str, Path]:
        """Write every table to ``outdir``; returns the files written by table name."""
        from .serve.export import export

        return export(self.store, Path(outdir), format=format)


def with_dateline(row: dict) -> dict:
    """``row`` with its ``dateline_*`` columns gathered into one ``dateline`` dict (or None)."""
    out = {k: v for k, v in row.items() if not k.startswith("dateline_")}
    has = row.get("dateline_text") or row.get("dateline_place") or row.get("dateline_agency")
    out["dateline"] = {
        "place": row.get("dateline_place"), "agency": row.get("dateline_agency"),
        "date": row["dateline_date"].isoformat() if row.get("dateline_date") else None,
        "date_source": row.get("dateline_date_source"), "date_confidence": row.get("dateline_date_confidence"),
        "text": row.get("dateline_text"),
    } if has else None
    return out


def open(db: str | None = None, **settings) -> Dateline:  # noqa: A001 - the API's entry point: dateline.open()
    """Open (creating and migrating if needed) the dateline database ``db``.

    :param db: SQLite file path or PostgreSQL URL; default from ``DATELINE_DB`` or ``dateline.db``
    :param settings: other ``Settings`` fields
    """
    return Dateline(Settings.from_env(db=db, **settings))
