"""Read an article from a file or stdin and decode it, whatever encoding it came in."""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

from reader.text.sanitize import sanitize

MAX_BYTES = 256 * 1024 * 1024


class LoadError(Exception):
    """An article could not be read; the message is one line, fit for the user."""


def load_text(source: str | os.PathLike[str]) -> str:
    """Read `source` ("-" for stdin) and return its text, decoded and sanitised.

    The BOM is removed and CRLF/CR become LF; see `decode` for the encodings.
    """
    return sanitize(decode(read_bytes(source), name=str(source)))


def read_bytes(source: str | os.PathLike[str]) -> bytes:
    if str(source) == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise LoadError("no input on stdin: pipe an article in, or give a FILE")
        return sys.stdin.buffer.read()
    path = Path(source)
    try:
        if path.is_dir():
            raise LoadError(f"{path}: is a directory, expected a text file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"{path}: too large ({size // (1024 * 1024)} MB), the limit is 256 MB")
        with path.open("rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory, expected a text file") from None
    except OSError as error:
        raise LoadError(f"{path}: cannot read ({error.strerror or error})") from None


def decode(data: bytes, *, name: str = "input") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

    Anything else that looks binary is refused with a LoadError.
    """
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _strict(data, "utf-32", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    else:
        if _looks_binary(data):
            raise LoadError(f"{name}: looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _windows_1256(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            f"{name}: invalid {encoding.upper()} at byte {error.start}"
        ) from None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return bool(sample) and controls / len(sample) > 0.05


def _windows_1256(data: bytes, name: str) -> str:
    """Windows-1256 is the common legacy encoding for Arabic; accept it only if the
    high bytes decode mostly to Arabic letters (otherwise it is some other encoding)."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise LoadError(f"{name}: not UTF-8, UTF-16 or Windows-1256 text") from None
    high = [c for c in text if ord(c) > 0x7F]
    arabic = sum(1 for c in high if "\u0600" <= c <= "\u06ff")
    if high and arabic / len(high) < 0.6:
        raise LoadError(f"{name}: not UTF-8, UTF-16 or Windows-1256 text")
    return text
