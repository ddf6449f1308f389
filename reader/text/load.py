"""Read an article from a file or stdin, bounded in size, and decode it whatever its encoding
(see `reader.text.decoding`)."""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reader.text.decoding import BINARY_SAMPLE, decode_chunks, refuse_binary
from reader.text.decoding import INVALID_UTF8_MARKER as INVALID_UTF8_MARKER
from reader.text.decoding import LoadError as LoadError
from reader.text.decoding import Notify as Notify
from reader.text.sanitize import sanitize

MAX_BYTES = 256 * 1024 * 1024
"""The largest article read, from a file or a stream; anything longer is refused."""
CHUNK_BYTES = 1024 * 1024
FIRST_CHUNK_BYTES = 64 * 1024
"""The first read is smaller, the next ones double up to CHUNK_BYTES: `cat` prints a long
article's first paragraph once it has decoded that much, not a megabyte."""
SLOW_SECONDS = 0.5
"""A source still being read after this long is announced (a FIFO, a slow pipe)."""
class NothingRead(LoadError):
    """The source gave no byte at all: "the article is empty", which a caller may take
    for no article (an empty stdin, as under CI)."""


def load_text(
    source: str | os.PathLike[str],
    *,
    notify: Notify | None = None,
    limit: int = MAX_BYTES,
    announce: Notify | None = None,
) -> str:
    """Read `source` ("-" for stdin) and return its text, decoded and sanitised.

    The BOM is removed and CRLF/CR become LF; see `decode` for the encodings. An article
    with no visible character (empty, only spaces) is refused. `notify` hears what the
    decoding found (bytes that are not UTF-8); `announce` (by default `notify`) that a
    source has given less than a chunk after SLOW_SECONDS (a FIFO with no writer).
    """
    return "".join(iter_text(source, notify=notify, limit=limit, announce=announce))


def iter_text(
    source: str | os.PathLike[str],
    *,
    notify: Notify | None = None,
    limit: int = MAX_BYTES,
    stream: bool = False,
    announce: Notify | None = None,
) -> Iterator[str]:
    """`load_text`'s text in pieces, read and decoded a chunk at a time: the file's bytes
    are never held whole. With `stream`, each piece as soon as it is decoded, unless
    bytes that are not UTF-8 make the rest wait for the end (`decode_chunks` says when)."""
    name = source_name(source)
    progress = _Progress(name, notify if announce is None else announce)
    visible = False
    try:
        with _opened(source, limit) as handle:
            chunks = _chunks(handle, name, limit, progress)
            for piece in decode_chunks(chunks, name=name, notify=notify, stream=stream):
                piece = sanitize(piece)
                visible = visible or (bool(piece) and not piece.isspace())
                yield piece
    finally:
        progress.done()
    if not visible:
        empty = NothingRead if progress.received == 0 else LoadError
        raise empty(f"{name}: the article is empty")


def decode_article(data: bytes | bytearray, *, name: str, notify: Notify | None = None) -> str:
    """The sanitised text of an article's bytes; a LoadError if there is nothing to read."""
    text = sanitize(decode(data, name=name, notify=notify))
    if not text or text.isspace():
        raise LoadError(f"{name}: the article is empty")
    return text


def source_name(source: str | os.PathLike[str]) -> str:
    return "stdin" if str(source) == "-" else str(source)


def read_stream(stream: BinaryIO, name: str, limit: int = MAX_BYTES) -> bytearray:
    """Read `stream` to its end in chunks and return them; a LoadError past `limit` bytes
    or on binary data."""
    return _join(_chunks(stream, name, limit, _Progress(name, None)))


def _join(chunks: Iterable[bytes]) -> bytearray:
    data = bytearray()
    for chunk in chunks:
        data += chunk
    return data


class _Progress:
    """Announces, once, a source still waiting for data after SLOW_SECONDS with less than
    a chunk read; not while the reader is busy elsewhere (`cat` laying out a piece)."""

    def __init__(self, name: str, notify: Notify | None) -> None:
        self.received = 0
        self.waiting = True  # opening a FIFO waits for a writer
        self._name = name
        self._notify = notify
        self._timer = threading.Timer(SLOW_SECONDS, self._announce)
        self._timer.daemon = True
        if notify is not None:
            self._timer.start()

    def _announce(self) -> None:
        if self._notify is not None and self.waiting and self.received < CHUNK_BYTES:
            self._notify(f"reading {self._name}… (waiting for data; ctrl+c stops)")

    def done(self) -> None:
        self._timer.cancel()


@contextmanager
def _opened(source: str | os.PathLike[str], limit: int) -> Iterator[BinaryIO]:
    """stdin, or the file `source` open for reading; its errors (while open too) as
    LoadErrors, and a regular file past `limit` refused before it is read."""
    if str(source) == "-":
        yield _stdin()
        return
    path = Path(source)
    try:
        if path.is_dir():
            raise LoadError(f"{path}: is a directory, expected a text file")
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                size = _megabytes(info.st_size)
                raise LoadError(f"{path}: too large ({size}), {_limit_text(limit)}")
            yield handle
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except PermissionError:
        raise LoadError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a directory, expected a text file") from None
    except OSError as error:
        raise LoadError(f"{path}: cannot read ({error.strerror or error})") from None


def _stdin() -> BinaryIO:
    if sys.stdin is None or sys.stdin.isatty():
        raise LoadError("no input on stdin: pipe an article in, or give a FILE")
    return sys.stdin.buffer


def _chunks(stream: BinaryIO, name: str, limit: int, progress: _Progress) -> Iterator[bytes]:
    """The chunks of `stream` to its end; a LoadError past `limit` bytes, or on binary
    data, seen in the first 8 KB before any chunk is given."""
    # read1 returns what one read gives (a pipe's few bytes) instead of waiting for a chunk.
    read = getattr(stream, "read1", stream.read)
    head: bytes | None = b""  # the first bytes, until there are enough to tell binary data
    size = FIRST_CHUNK_BYTES
    while True:
        progress.waiting = True
        chunk = read(min(size, limit + 1 - progress.received))
        size = min(CHUNK_BYTES, 2 * size)
        progress.waiting = False
        if not chunk:
            break
        progress.received += len(chunk)
        if progress.received > limit:
            raise LoadError(f"{name}: too large, {_limit_text(limit)}")
        if head is not None:
            head += chunk
            if len(head) < BINARY_SAMPLE:
                continue
            refuse_binary(head, name)
            chunk, head = head, None
        yield chunk
    if head is not None:
        refuse_binary(head, name)
        if head:
            yield head


def decode(data: bytes | bytearray, *, name: str = "input", notify: Notify | None = None) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

    UTF-8 with a few invalid bytes stays UTF-8: each bad byte becomes U+FFFD and `notify`
    hears how many there were and where the first is. Windows-1256 is chosen only when most
    non-ASCII bytes are not valid UTF-8. Anything else that looks binary is refused.
    """
    chunks = (data[at:at + CHUNK_BYTES] for at in range(0, len(data), CHUNK_BYTES))
    return "".join(decode_chunks(chunks, name=name, notify=notify))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _limit_text(limit: int) -> str:
    return f"an article may have at most {_megabytes(limit)}"
