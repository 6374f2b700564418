"""Ingest: find inputs, read them into raw records, and write cleaned articles to the store."""

from .discover import Input, discover
from .records import RawRecord
from .run import IngestReport, ingest

__all__ = ["IngestReport", "Input", "RawRecord", "discover", "ingest"]
