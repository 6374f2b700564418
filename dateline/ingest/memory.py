"""Ingest article records handed over in memory (the REST API's ``POST /api/ingest``).

Each record is what a JSONL line holds (``text``; optional ``title``, ``url``, ``published``,
``source``, ``id``, ``author``) and is read by the JSONL reader, so both paths accept and key the
same records. They all belong to one source (``api:`` by default), so a record sent again with
the same ``id`` (else ``url``, else bytes) updates its article instead of adding a copy. Nothing
is removed: each request adds to the source, it does not replace it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from ..clean import clean_article
from ..errors import InputError
from ..settings import Settings
from ..store import Store
from .jsonl import read_jsonl
from .records import RawRecord
from .run import IngestReport, article_values

API_LOCATOR = "api:"


def ingest_records(store: Store, records: list[dict], settings: Settings, *,
                   locator: str = API_LOCATOR) -> IngestReport:
    """Clean and store ``records`` in one transaction; bad records are reported, not logged.

    :param store: where the articles go
    :param records: JSON objects with at least ``text``
    :param settings: the per-record size limit
    :param locator: the source the articles belong to
    """
    report = IngestReport()
    # One JSON line per record: the stored raw input is exactly what a JSONL file would hold.
    lines = b"\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8") for r in records)
    results = list(read_jsonl(Path(locator), io.BytesIO(lines), settings.max_record_bytes))
    with store.write() as w:
        run_id = w.start_run([locator])
        source_id = w.source_id("api", locator)
        for result in results:
            if isinstance(result, RawRecord):
                cleaned = clean_article(result.text, result.hints)
                if cleaned.text.strip():
                    article_id, status = w.save_article(source_id, article_values(result, cleaned))
                    setattr(report, status, getattr(report, status) + 1)
                    if status != "unchanged":
                        report.article_ids.append(article_id)
                    continue
                result = InputError(locator, "no story text left once boilerplate is removed", result.line)
            report.failed += 1
            report.errors.append(result)
        w.finish_run(run_id, report.counts())
    return report
