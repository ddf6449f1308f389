"""Read an article from a file or stdin, bounded in size, and decode it whatever its encoding."""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reader.text.sanitize import sanitize

MAX_BYTES = 256 * 1024 * 1024
"""The largest article read, from a file or a stream; anything longer is refused."""
CHUNK_BYTES = 1024 * 1024
SLOW_SECONDS = 0.5
"""A source still being read after this long is announced (a FIFO, a slow pipe)."""
INVALID_UTF8_MARKER = "\ufffd"
"""What a byte that is not UTF-8 becomes in an article that otherwise is."""

Notify = Callable[[str], None]
"""Receives one line for the user (a warning, a sign of progress); the CLI prints it."""

_BINARY_SAMPLE = 8192
_BOMS_WITH_NULS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                   codecs.BOM_UTF16_BE)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a bad byte
_HIGH_BYTES = bytes(range(0x80, 0x100))


class LoadError(Exception):
    """An article could not be read; the message is one line, fit for the user."""


def load_text(
    source: str | os.PathLike[str], *, notify: Notify | None = None, limit: int = MAX_BYTES
) -> str:
    """Read `source` ("-" for stdin) and return its text, decoded and sanitised.

    The BOM is removed and CRLF/CR become LF; see `decode` for the encodings. An article
    with no visible character (empty, only spaces) is refused.
    """
    name = source_name(source)
    return decode_article(read_bytes(source, notify=notify, limit=limit), name=name, notify=notify)


def decode_article(data: bytes | bytearray, *, name: str, notify: Notify | None = None) -> str:
    """The sanitised text of an article's bytes; a LoadError if there is nothing to read."""
    text = sanitize(decode(data, name=name, notify=notify))
    if not text.strip():
        raise LoadError(f"{name}: the article is empty")
    return text


def source_name(source: str | os.PathLike[str]) -> str:
    return "stdin" if str(source) == "-" else str(source)


def read_bytes(
    source: str | os.PathLike[str], *, notify: Notify | None = None, limit: int = MAX_BYTES
) -> bytearray:
    """The bytes of `source` ("-" for stdin), read in chunks and refused past `limit`.

    Binary data (a NUL in the first 8 KB, as from /dev/zero) is refused as soon as it is
    seen. A source that has given less than a chunk after SLOW_SECONDS (a FIFO with no
    writer, a slow pipe) is announced to `notify`, once.
    """
    name = source_name(source)
    received = bytearray()  # the read so far, shared with the timer

    def announce() -> None:
        if notify is not None and len(received) < CHUNK_BYTES:
            notify(f"reading {name}… (waiting for data; ctrl+c stops)")

    timer = threading.Timer(SLOW_SECONDS, announce)
    timer.daemon = True
    timer.start()
    try:
        if str(source) == "-":
            return read_stream(_stdin(), name, limit, into=received)
        return _read_file(Path(source), limit, into=received)
    finally:
        timer.cancel()


def _stdin() -> BinaryIO:
    if sys.stdin is None or sys.stdin.isatty():
        raise LoadError("no input on stdin: pipe an article in, or give a FILE")
    return sys.stdin.buffer


def _read_file(path: Path, limit: int, into: bytearray) -> bytearray:
    try:
        if path.is_dir():
            raise LoadError(f"{path}: is a directory, expected a text file")
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                size = _megabytes(info.st_size)
                raise LoadError(f"{path}: too large ({size}), {_limit_text(limit)}")
            return read_stream(handle, str(path), limit, into=into)
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory, expected a text file") from None
    except OSError as error:
        raise LoadError(f"{path}: cannot read ({error.strerror or error})") from None


def read_stream(
    stream: BinaryIO, name: str, limit: int = MAX_BYTES, *, into: bytearray | None = None
) -> bytearray:
    """Read `stream` to its end in chunks (appended to `into`, if given) and return them;
    a LoadError past `limit` bytes or on binary data."""
    data = bytearray() if into is None else into
    # read1 returns what one read gives (a pipe's few bytes) instead of waiting for a chunk.
    read = getattr(stream, "read1", stream.read)
    sampled = False
    while chunk := read(min(CHUNK_BYTES, limit + 1 - len(data))):
        data += chunk
        if len(data) > limit:
            raise LoadError(f"{name}: too large, {_limit_text(limit)}")
        if not sampled and len(data) >= _BINARY_SAMPLE:
            sampled = True
            _refuse_binary(data, name)
    if not sampled:
        _refuse_binary(data, name)
    return data


def decode(data: bytes | bytearray, *, name: str = "input", notify: Notify | None = None) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

    UTF-8 with a few invalid bytes stays UTF-8: each bad byte becomes U+FFFD and `notify`
    hears how many there were and where the first is. Windows-1256 is chosen only when most
    non-ASCII bytes are not valid UTF-8. Anything else that looks binary is refused.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = _utf8_with_markers(data, name, notify)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = _strict(data, "utf-32", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    else:
        _refuse_binary(data, name)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _utf8_or_windows_1256(data, name, notify)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes | bytearray, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(
            f"{name}: invalid {encoding.upper()} at byte {error.start}"
        ) from None


def _utf8_or_windows_1256(data: bytes | bytearray, name: str, notify: Notify | None) -> str:
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED_BYTE.findall(escaped))
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    if bad <= non_ascii - bad:  # most non-ASCII bytes are part of valid UTF-8
        return _utf8_with_markers(data, name, notify)
    return _windows_1256(data, name)


def _utf8_with_markers(data: bytes | bytearray, name: str, notify: Notify | None) -> str:
    """UTF-8, each invalid byte shown as U+FFFD; `notify` hears of them (one line)."""
    escaped = data.decode("utf-8", "surrogateescape")
    first = _ESCAPED_BYTE.search(escaped)
    if first is None:
        return escaped
    offset = len(escaped[: first.start()].encode("utf-8", "surrogateescape"))
    text, bad = _ESCAPED_BYTE.subn(INVALID_UTF8_MARKER, escaped)
    if notify is not None:
        what = "1 byte that is" if bad == 1 else f"{bad} bytes that are"
        notify(f"{name}: {what} not UTF-8 shown as {INVALID_UTF8_MARKER} "
               f"(the first at byte offset {offset})")
    return text


def _refuse_binary(data: bytes | bytearray, name: str) -> None:
    if not data.startswith(_BOMS_WITH_NULS) and _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not text")


def _looks_binary(data: bytes | bytearray) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return bool(sample) and controls / len(sample) > 0.05


def _windows_1256(data: bytes | bytearray, name: str) -> str:
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


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _limit_text(limit: int) -> str:
    return f"an article may have at most {_megabytes(limit)}"
