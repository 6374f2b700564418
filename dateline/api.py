"""The Python API under the CLI and the web app: ``dateline.open(db)`` returns a ``Dateline``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from .ingest import IngestReport, Input
from .ingest import ingest as run_ingest
from .settings import Settings
from .store import Store, with_dateline


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

    def ingest(self, paths: Iterable[str | Path], *, progress=None, inputs: list[Input] | None = None,
               understand: bool = True, process_progress=None) -> IngestReport:
        """Ingest files and folders, then understand the new articles (and any left unprocessed).

        Re-ingesting unchanged input changes nothing.

        :param paths: text, JSONL and HTML files, and folders of them
        :param progress: called with each input once it is read
        :param inputs: already-discovered inputs (see ``dateline.ingest.discover``)
        :param understand: run the language pipeline on the new articles (else ``process`` later)
        :param process_progress: called with the number of articles understood so far
        """
        report = run_ingest(self.store, paths, self.settings, progress=progress, inputs=inputs)
        if understand:
            report.processed = self.process(progress=process_progress)
            report.organised = self.organise().organised
        return report

    def ingest_records(self, records: list[dict], *, understand: bool = True) -> IngestReport:
        """Ingest articles given as JSONL-style dicts (``text`` required), then understand them.

        :param records: dicts with ``text`` and optionally ``title``, ``url``, ``published``,
            ``source``, ``id``, ``author``; a record sent again with the same ``id`` updates its article
        :param understand: run the language pipeline on these articles (only), then organise
        """
        from .ingest.memory import ingest_records
        from .understand.process import process

        report = ingest_records(self.store, records, self.settings)
        if understand and report.article_ids:
            # Called from a web server's threads, where forking worker processes is unsafe: in process.
            in_process = dataclasses.replace(self.settings, n_process=self.settings.n_process or 1)
            report.processed = process(self.store, in_process, article_ids=report.article_ids)
            report.organised = self.organise().organised
        return report

    def count_articles(self) -> int:
        return self.store.count_articles()

    def process(self, *, everything: bool = False, progress=None) -> int:
        """Understand articles not yet processed by the current rules (or ``everything``)."""
        from .understand.process import process

        return process(self.store, self.settings, everything=everything, progress=progress)

    def organise(self, *, everything: bool = False, progress=None):
        """Find duplicates, stories and world events for the understood articles not yet organised
        (or ``everything`` again); returns an ``OrganiseReport``."""
        from .organise.run import organise

        return organise(self.store, self.settings, everything=everything, progress=progress)

    def timeline(self, **filters) -> list[dict]:
        """Dated world events, earliest first, filtered by ``actor``, ``type``, ``since``, ``until``,
        ``min_sources`` (see ``Store.list_world_events``)."""
        return self.store.list_world_events(dated=True, **filters)

    def world_event(self, world_event_id: int) -> dict:
        """One world event with every mention behind it; raises NotFound."""
        return self.store.get_world_event(world_event_id)

    def events(self, **filters) -> list[dict]:
        """Events filtered by ``actor``, ``type``, ``since``, ``until`` (see ``Store.list_events``)."""
        return self.store.list_events(**filters)

    def quotes(self, article_id: int | None = None) -> list[dict]:
        return self.store.rows("quotes", article_id=article_id)

    def registry(self):
        """The actor registry: shipped data plus the actors added to this database."""
        from .understand.actors import load_registry

        return load_registry(self.store.user_actors())

    def people(self, match: str = "") -> list[tuple[str, list]]:
        """People of the registry whose name or alias contains ``match``, each with their dated roles
        (``Office``: country or body, title or role, start, end)."""
        return self.registry().people(match)

    def actors(self, *, kind: str | None = None, match: str | None = None) -> list:
        """Actors of the registry, filtered by kind and by a substring of a name or alias."""
        needle = (match or "").lower()
        return [a for a in self.registry().actors()
                if (not kind or a.kind == kind)
                and (not needle or needle in a.name.lower() or any(needle in x.lower() for x in a.aliases))]

    def actor(self, code: str):
        return self.registry().get(code.upper())

    def add_actor(self, *, code: str, name: str, kind: str, country: str | None, aliases: list[str]) -> None:
        """Add a user actor to this database (applies to articles processed from now on)."""
        with self.store.write() as w:
            w.add_actor(code.upper(), name, kind, country.upper() if country else None, aliases)

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


def open(db: str | None = None, **settings) -> Dateline:  # noqa: A001 - the API's entry point: dateline.open()
    """Open (creating and migrating if needed) the dateline database ``db``.

    :param db: SQLite file path or PostgreSQL URL; default from ``DATELINE_DB`` or ``dateline.db``
    :param settings: other ``Settings`` fields
    """
    return Dateline(Settings.from_env(db=db, **settings))
