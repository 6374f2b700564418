"""Bytes to text: UTF-8 first, then a detected encoding; binary input is refused."""

from __future__ import annotations

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


def decode(data: bytes, locator: str, line: int | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; raises InputError naming ``locator`` when it is not text."""
    if looks_binary(data):
        raise InputError(locator, "binary data, not text (NUL or control bytes)", line)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(locator, f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                                  "and no other text encoding could be detected", line)
    return str(best), best.encoding
