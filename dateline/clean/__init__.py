"""Clean: from an article's raw text to its story text and metadata."""

from .cleaner import CleanedArticle, Hints, Removed, clean_article
from .offsets import OffsetMap

__all__ = ["CleanedArticle", "Hints", "OffsetMap", "Removed", "clean_article"]
