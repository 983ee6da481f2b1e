"""Bytes to clean text: UTF-8 (with or without BOM), UTF-16, Windows-1252; binary files
refused; control and invisible characters removed; NFC with Unix line ends."""
from __future__ import annotations

import codecs
import re
import unicodedata

from claims.reading.errors import ArticleError

# what a file that is not text starts with, and what to call it
SIGNATURES = ((b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
              (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
              (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"),
              (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"), (b"RIFF", "an audio or video file"))
CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
# invisible format characters that only hide or reorder text: zero-width space, word joiner,
# direction marks, embeddings, overrides and isolates, a BOM in mid-text, soft hyphen. The
# zero-width (non-)joiners (U+200C, U+200D) are kept: Devanagari spelling needs them.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 (a missing BOM is noted), UTF-8 with a
    few broken bytes (replaced, noted), else Windows-1252 (noted). Control and invisible
    characters are removed (noted). The note is ``None`` when there is nothing to say."""
    if not data.strip():
        raise ArticleError("file is empty")
    notes: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    else:
        for magic, what in SIGNATURES:
            if data.startswith(magic):
                raise ArticleError(f"binary file ({what}), not text")
        text = _utf16_without_bom(data)
        if text is not None:
            notes.append("no byte-order mark; read as UTF-16")
        else:
            text = _guess_8bit(data, notes)
    if not text.strip():
        raise ArticleError("file is empty")
    text, removed = clean(text)
    notes += removed
    return text, "; ".join(notes) or None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid {encoding.upper()} after its byte-order mark "
                           f"(at byte offset {exc.start})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: the zero bytes of its ASCII letters all fall on odd (little-endian)
    or all on even (big-endian) offsets."""
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd + even < max(8, len(sample) // 20) or min(odd, even) > (odd + even) // 20:
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return text if not CONTROL.search(text[:2000]) else None


def _guess_8bit(data: bytes, notes: list[str]) -> str:
    sample = data[:4096]
    controls = sum(1 for b in sample if b in CONTROL_BYTES)
    if controls > len(sample) // 10:
        raise ArticleError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if sum(1 for ch in text if ord(ch) > 0x7F) - bad > bad:
        # mostly well-formed multi-byte UTF-8 (Hindi, curly quotes) with a few broken bytes
        notes.append(f"{bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} (first: {first}) "
                     f"replaced with U+FFFD")
        return text
    if controls > len(sample) // 100:
        raise ArticleError("binary file, not text")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError(f"not valid UTF-8 ({first}), nor Windows-1252; save it as UTF-8") from None
    notes.append(f"not valid UTF-8 ({first}); read as Windows-1252")
    return text


def clean(text: str) -> tuple[str, list[str]]:
    """NFC, Unix newlines, no NUL, control or invisible characters (tabs and newlines kept),
    and what was removed, in words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text, controls = CONTROL.subn("", text)
    text, invisible = INVISIBLE.subn("", text)
    notes = []
    if controls:
        notes.append(f"removed {controls} control character{'s' if controls > 1 else ''} (such as NUL)")
    if invisible:
        notes.append(f"removed {invisible} invisible character{'s' if invisible > 1 else ''} "
                     f"(zero-width spaces, direction marks)")
    return unicodedata.normalize("NFC", text), notes
