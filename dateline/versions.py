"""Short hashes of the code and data that produce stored results, so that results made by an
older version are made again: cleaning (by ingest) and understanding (by process)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).parent
# The files whose content decides the results: modules and the data beside them, not documentation.
RULE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".csv")


def code_hash(folder: Path, *extra: Path) -> str:
    """A 12-character hash of every rule file under ``folder`` (their names relative to it count
    too: moving a rule to another module is a change) and of the ``extra`` files."""
    digest = hashlib.sha256()
    files = sorted(p for p in folder.rglob("*") if p.suffix in RULE_SUFFIXES and "__pycache__" not in p.parts)
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for path in extra:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# The ingest modules that decide what a stored article holds: the readers, not the batching around them.
READERS = ("decode.py", "html.py", "jsonl.py", "records.py", "text.py")


@cache
def cleaning_version() -> str:
    """The version of the readers and cleaning rules that turn an input into a stored article."""
    return code_hash(PACKAGE / "clean", *(PACKAGE / "ingest" / name for name in READERS))
