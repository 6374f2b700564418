"""Find the inputs under the paths given to ``dateline ingest`` and tell their format."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Extensions read when walking a folder; a file named on the command line is sniffed instead.
FORMATS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article")


@dataclass(frozen=True, slots=True)
class Input:
    path: Path
    format: str | None  # text, jsonl, html; None: not an input we read (skipped)


def discover(paths: Iterable[str | Path]) -> Iterator[Input]:
    """Inputs under ``paths`` in a stable order; hidden files and folders are left out."""
    for given in paths:
        path = Path(given).expanduser().resolve()
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        file = Path(root, name)
                        yield Input(file, FORMATS.get(file.suffix.lower()))
        else:
            # A missing file is reported by the reader, with the reason.
            yield Input(path, FORMATS.get(path.suffix.lower()) or sniff(path))


def sniff(path: Path) -> str:
    try:
        with path.open("rb") as f:
            head = f.read(2048).lstrip().lower()
    except OSError:
        return "text"
    if any(m in head[:512] for m in _HTML_MARKERS):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"
