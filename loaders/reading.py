"""Bytes in, text out: size limits, binary detection, encodings, newline normalisation.

The only I/O of the extraction pipeline lives here; everything after works on ``str``.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ExtractionError

MAX_BYTES = 10 * 1024 * 1024  # an article larger than this is almost surely not an article
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}


@dataclass(slots=True)
class RawArticle:
    text: str
    format: str
    encoding: str
    sha256: str
    path: str | None
    warnings: list[tuple[str, str]] = field(default_factory=list)
    encoding_confidence: float = 1.0  # 1.0 for valid UTF-8 or a byte-order mark; below, a guess


def read_article(path: str | Path, max_bytes: int = MAX_BYTES) -> RawArticle:
    """Read one article file; raise ExtractionError naming the file and the problem."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            with os.scandir(path):
                pass  # a folder that cannot be read says so here, with its name
            raise ExtractionError(name, "is a directory, not an article file")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # /dev/zero never ends and a named pipe waits for a writer: only files are read
            raise ExtractionError(name, "is not a regular file (a device, pipe or socket); refused")
        if info.st_size > max_bytes:
            raise ExtractionError(name, f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)  # bounded even if the file grows while it is read
    except FileNotFoundError:
        raise ExtractionError(name, "no such file") from None
    except PermissionError:
        what = "folder cannot be read (permission denied): the articles in it were not loaded" if path.is_dir() else "permission denied"
        raise ExtractionError(name, what) from None
    except OSError as exc:
        raise ExtractionError(name, f"cannot be read ({exc.strerror or exc})") from None
    return decode_article(data, name, suffix=path.suffix.lower(), max_bytes=max_bytes)


def decode_article(data: bytes, name: str | None = None, suffix: str = "", max_bytes: int = MAX_BYTES) -> RawArticle:
    if len(data) > max_bytes:
        raise ExtractionError(name, f"input is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise ExtractionError(name, "file is empty")
    text, encoding, confidence, warnings = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\x00", "")
    if not text.strip():
        raise ExtractionError(name, "file holds no text")
    return RawArticle(
        text=text,
        format=sniff_format(text, suffix),
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        path=name,
        warnings=warnings,
        encoding_confidence=confidence,
    )


def _decode(data: bytes, name: str | None) -> tuple[str, str, float, list[tuple[str, str]]]:
    """The text, the encoding, how sure that is (0–1), and warnings for the reader."""
    warnings: list[tuple[str, str]] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, 1.0, warnings
            except UnicodeDecodeError:
                raise ExtractionError(name, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
    if _looks_binary(data):
        raise ExtractionError(name, "looks like a binary file, not text, HTML or Markdown")
    try:
        return data.decode("utf-8"), "utf-8", 1.0, warnings
    except UnicodeDecodeError:
        pass
    bad = _invalid_utf8_offsets(data)
    # UTF-8 shows itself by its multi-byte characters: a file with some, and few bad bytes,
    # is damaged UTF-8; one with none is a legacy 8-bit file
    has_utf8 = any(ord(c) > 127 for c in data.decode("utf-8", errors="ignore"))
    if has_utf8 and len(bad) <= max(MAX_BAD_UTF8_BYTES, len(data) // 1000):
        # UTF-8 with a few damaged bytes stays UTF-8: every other character is right
        shown = ", ".join(str(b) for b in bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
        noun = "byte" if len(bad) == 1 else "bytes"
        warnings.append(("encoding", f"{len(bad)} invalid UTF-8 {noun} at offset {shown}, shown as U+FFFD"))
        return data.decode("utf-8", errors="replace"), "utf-8", round(1 - len(bad) / len(data), 4), warnings
    encoding, how, confidence = _legacy_encoding(data)
    warnings.append(
        ("encoding", f"not UTF-8 (first bad byte at offset {bad[0]}); decoded as {encoding} ({how})")
    )
    return data.decode(encoding, errors="replace"), encoding, confidence, warnings


# invalid bytes tolerated in a UTF-8 file before it is read as a legacy encoding instead
MAX_BAD_UTF8_BYTES = 8


def _invalid_utf8_offsets(data: bytes) -> list[int]:
    offsets: list[int] = []
    pos = 0
    while pos < len(data):
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            offsets.append(pos + exc.start)
            pos += exc.end
    return offsets


def _legacy_encoding(data: bytes) -> tuple[str, str, float]:
    """The rule for files that are not UTF-8: Windows-1252 (Latin-1's superset, what Western
    pages and word processors write) when most letters are ASCII and the rest are accents, as
    in every Western language; otherwise (Cyrillic, Greek, Arabic… where nearly every letter
    is a high byte) charset-normalizer's guess. Letting it guess among Latin encodings turned
    "señor" into "seńor" (cp1250), and a short Spanish line into Big5. The confidence: the
    share of letters that are ASCII, for the Western rule; one less the "chaos" charset-normalizer
    measures in its reading, otherwise."""
    ascii_letters = sum(1 for b in data if 65 <= b <= 90 or 97 <= b <= 122)
    high = sum(1 for b in data if b >= 128)
    if high <= WESTERN_HIGH_SHARE * (ascii_letters + high):
        return "cp1252", "Western: most letters ASCII", round(ascii_letters / max(1, ascii_letters + high), 4)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "cp1252", "no other encoding fits", 0.0
    return best.encoding, f"charset-normalizer: {', '.join(best.alphabets)}", round(1 - best.chaos, 4)


# in Western text accented letters are a small share of all letters
WESTERN_HIGH_SHARE = 0.3


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 50)


def sniff_format(text: str, suffix: str = "") -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in text[:4096]):
        return "html"
    return "text"
