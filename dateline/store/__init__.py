"""Store: SQLite (default) or PostgreSQL, through one set of backend-neutral methods."""

from .store import Store, Writer, with_dateline

__all__ = ["Store", "Writer", "with_dateline"]
