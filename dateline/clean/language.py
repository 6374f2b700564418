"""Language identification with py3langid (a small, offline model shipped in the package)."""

from __future__ import annotations

MIN_CHARS = 40
SAMPLE_CHARS = 1000  # plenty for identification; the cost grows with length


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when there is too little text to tell."""
    if len(text.strip()) < MIN_CHARS:
        return None
    import py3langid  # imported on first use: loading its model is not free

    lang, _ = py3langid.classify(text[:SAMPLE_CHARS])
    return lang
