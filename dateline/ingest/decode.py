"""Bytes to text: UTF-8 first, then a detected encoding; binary input is refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import InputError

SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.05  # share of control characters above which "text" is binary
_TEXT_CONTROLS = {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return bool(head) and controls / len(head) > MAX_CONTROL_RATIO


# A byte-order mark names the encoding outright (UTF-16 text is full of NUL bytes).
BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16")]
# Detectors guess poorly on short single-byte text ("Ant\xf3nio" read as cp775); for Western
# text cp1252 is by far the likeliest, so it wins over other single-byte code pages when it fits.
WESTERN = "cp1252"
SINGLE_BYTE_PREFIXES = ("cp", "iso8859", "latin", "mac", "koi8", "windows", "tis", "ptcp", "hp", "kz")
# UTF-8 with a few stray bytes (a cut-off tail, one pasted cp1252 quote) is still UTF-8.
MAX_BAD_UTF8_SHARE = 0.005


def decode(data: bytes, locator: str, line: int | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; raises InputError naming ``locator`` when it is not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(locator, f"starts with a {encoding} byte-order mark but is not {encoding}: "
                                          f"{exc.reason} at byte {exc.start}", line) from None
    if looks_binary(data):
        raise InputError(locator, "binary data, not text (NUL or control bytes)", line)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        encoding = best.encoding
        if encoding != WESTERN and encoding.startswith(SINGLE_BYTE_PREFIXES) and _fits(data, WESTERN):
            return data.decode(WESTERN), WESTERN
        return str(best), encoding
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(1, len(data) * MAX_BAD_UTF8_SHARE):
        return text, "utf-8 (invalid bytes replaced)"
    raise InputError(locator, f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                              "and no other text encoding could be detected", line)


def _fits(data: bytes, encoding: str) -> bool:
    """``data`` decodes in ``encoding`` without undefined bytes or C1 control characters."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return not any("\x80" <= ch <= "\x9f" for ch in text)
