"""Ingest inputs into the store: read, clean, write in batches, log what fails.

Each batch is one transaction. An input is marked done (with its hash) in the transaction
that writes its last record, so a run killed half-way resumes where it stopped: finished
inputs are skipped, and records already stored are recognised by their key and hash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..clean import CleanedArticle, clean_article
from ..errors import InputError
from ..settings import Settings
from ..store import Store, Writer
from ..versions import cleaning_version
from .archive_years import date_from_archive
from .discover import Input, discover
from .html import read_html
from .jsonl import read_jsonl
from .records import RawRecord
from .text import read_text


@dataclass
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0  # files of a format dateline does not read
    removed: int = 0  # records gone from an input that was read again
    archive_dated: int = 0  # datelines without a year dated by the stories filed beside them
    processed: int = 0  # articles the language pipeline went through after ingest
    organised: int = 0  # articles then checked for duplicates and put in stories and world events
    errors: list[InputError] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)  # new and updated articles

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "failed": self.failed, "skipped": self.skipped, "removed": self.removed}


@dataclass
class _Pending:
    """What one input produced since the last commit."""

    input: Input
    records: list[tuple[RawRecord, CleanedArticle]] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    done: dict | None = None  # size, mtime, content_hash once the input is fully read
    failing_lines: set[int] = field(default_factory=set)  # every line that failed, over all chunks
    keys: set[str] | None = None  # every record key the input holds, once fully read


Progress = Callable[[Input], None]


def ingest(store: Store, paths: Iterable[str | Path], settings: Settings | None = None,
           progress: Progress | None = None, inputs: list[Input] | None = None) -> IngestReport:
    """Ingest every input under ``paths``.

    :param store: where articles, sources and errors are written
    :param paths: files and folders (walked recursively)
    :param settings: limits and batch size
    :param progress: called after each input is read
    :param inputs: the inputs, when the caller has already discovered them (to size a progress bar)
    """
    settings = settings or Settings()
    paths = [str(p) for p in paths]
    inputs = inputs if inputs is not None else list(discover(paths))
    report = IngestReport()
    with store.write() as w:
        run_id = w.start_run(paths)
    batch: list[_Pending] = []
    size = 0
    for item in inputs:
        for pending in _read(store, item, settings, report):
            batch.append(pending)
            size += len(pending.records) + len(pending.errors)
            if size >= settings.batch_size:
                _commit(store, batch, run_id, report)
                batch, size = [], 0
        if progress:
            progress(item)
    _commit(store, batch, run_id, report)
    report.archive_dated = date_from_archive(store)
    with store.write() as w:
        w.finish_run(run_id, report.counts())
    return report


def _read(store: Store, item: Input, settings: Settings, report: IngestReport) -> Iterator[_Pending]:
    """Pending writes for one input, in chunks of at most ``batch_size`` records."""
    if item.format is None:
        report.skipped += 1
        return
    pending = _Pending(item)
    try:
        stat = item.path.stat()
        state = store.source_state(str(item.path))
        if (state and state["content_hash"] and state["size"] == stat.st_size and state["mtime"] == stat.st_mtime
                and state["clean_version"] == cleaning_version()):
            report.unchanged += store.count_source_articles(state["id"])
            return
        if item.format == "jsonl":
            digest = hashlib.sha256()
            with item.path.open("rb") as stream:
                failing: set[int] = set()
                keys: dict[str, int] = {}
                for result in read_jsonl(item.path, _HashingReader(stream, digest), settings.max_record_bytes):
                    if isinstance(result, RawRecord):
                        if result.record_key in keys:
                            result = InputError(str(item.path), f"duplicate record {result.record_key!r} "
                                                                f"(first on line {keys[result.record_key]})", result.line)
                        else:
                            keys[result.record_key] = result.line
                    _add(pending, result)
                    if len(pending.records) + len(pending.errors) >= settings.batch_size:
                        failing |= {e.line or 0 for e in pending.errors}
                        yield pending
                        pending = _Pending(item)
                pending.failing_lines = failing
                pending.keys = set(keys)
            content_hash = digest.hexdigest()
        else:
            if stat.st_size > settings.max_file_bytes:
                raise InputError(str(item.path), f"file is {stat.st_size / 1e6:.1f} MB, over the "
                                                 f"{settings.max_file_bytes / 1e6:.0f} MB limit for one article")
            data = item.path.read_bytes()
            content_hash = hashlib.sha256(data).hexdigest()
            reader = read_html if item.format == "html" else read_text
            for result in reader(item.path, data):
                _add(pending, result)
            pending.keys = {r.record_key for r, _ in pending.records}
        pending.done = {"size": stat.st_size, "mtime": stat.st_mtime, "content_hash": content_hash,
                        "clean_version": cleaning_version()}
    except InputError as err:
        pending.errors.append(err)
    except OSError as exc:
        pending.errors.append(InputError(str(item.path), f"cannot read: {exc.strerror or exc}"))
    except Exception as exc:  # a reader's bug must cost one input, not the batch
        pending.errors.append(InputError(str(item.path), f"could not be read ({type(exc).__name__}: {exc})"))
    yield pending


def _add(pending: _Pending, result: RawRecord | InputError) -> None:
    if isinstance(result, InputError):
        pending.errors.append(result)
        return
    cleaned = clean_article(result.text, result.hints)
    if not cleaned.text.strip():
        pending.errors.append(InputError(result.locator, "no story text left once boilerplate is removed", result.line))
    else:
        pending.records.append((result, cleaned))


def _commit(store: Store, batch: list[_Pending], run_id: int, report: IngestReport) -> None:
    if not batch:
        return
    with store.write() as w:
        for pending in batch:
            _write(w, pending, run_id, report)


def _write(w: Writer, pending: _Pending, run_id: int, report: IngestReport) -> None:
    locator = str(pending.input.path)
    source_id = w.source_id(pending.input.format or "text", locator)
    for record, cleaned in pending.records:
        article_id, status = w.save_article(source_id, article_values(record, cleaned))
        setattr(report, status, getattr(report, status) + 1)
        if status != "unchanged":
            report.article_ids.append(article_id)
    for err in pending.errors:
        w.record_error(err.locator, err.line, err.reason, run_id)
        report.failed += 1
        report.errors.append(err)
    if pending.done is not None:
        w.resolve_errors(locator, pending.failing_lines | {e.line or 0 for e in pending.errors})
        w.finish_source(source_id, **pending.done)
        # Records gone from an input read cleanly are gone; a broken read deletes nothing.
        if pending.keys is not None and not pending.errors and not pending.failing_lines:
            report.removed += w.remove_stale_articles(source_id, pending.keys)


def article_values(record: RawRecord, cleaned: CleanedArticle) -> dict:
    """The article's row, from its raw record and its cleaning."""
    dl = cleaned.dateline
    return {
        "record_key": record.record_key, "line": record.line,
        "content_hash": record.content_hash, "raw": record.raw, "raw_encoding": record.encoding,
        "source_text": record.text, "text": cleaned.text, "text_hash": text_hash(cleaned.text),
        "title": cleaned.title, "byline": cleaned.byline, "url": record.url,
        "outlet": _outlet(record, dl),
        "language": cleaned.language, "published": cleaned.published,
        "published_source": cleaned.published_source, "published_confidence": cleaned.published_confidence,
        "dateline_place": dl.place if dl else None, "dateline_agency": dl.agency if dl else None,
        "dateline_date": dl.date if dl else None, "dateline_date_source": dl.date_source if dl else None,
        "dateline_date_evidence": dl.date_evidence if dl else None,
        "dateline_date_confidence": dl.date_confidence if dl else None, "dateline_text": dl.text if dl else None,
        "offsets": cleaned.offsets.to_json(), "removed": [r.as_dict() for r in cleaned.removed],
        "subheadings": [list(span) for span in cleaned.subheadings], "clean_version": cleaning_version(),
    }


def _outlet(record: RawRecord, dl) -> str | None:
    """Who published the story: the record's own ``source``, else the dateline's agency ("(Kyodo)"), else the
    web page's site name (a portal that runs agency copy is not its author)."""
    agency = dl.agency if dl else None
    if record.kind == "html":
        return agency or record.outlet
    return record.outlet or agency


def text_hash(text: str) -> str:
    """Hash of the text with case and spacing normalised: equal for exact duplicates."""
    return hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


class _HashingReader:
    """A binary stream wrapper that hashes what is read through it."""

    def __init__(self, stream, digest):
        self.stream, self.digest = stream, digest

    def readline(self, size: int = -1) -> bytes:
        data = self.stream.readline(size)
        self.digest.update(data)
        return data
