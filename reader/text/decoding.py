"""Decode an article's bytes a chunk at a time: UTF-8, UTF-16 or Windows-1256, untold."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator

INVALID_UTF8_MARKER = "\ufffd"
"""What a byte that is not UTF-8 becomes in an article that otherwise is."""

Notify = Callable[[str], None]
"""Receives one line for the user (a warning, a sign of progress); the CLI prints it."""

BINARY_SAMPLE = 8192
"""Binary data is told by its first bytes: a NUL, or many control characters."""
_BOMS_WITH_NULS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                   codecs.BOM_UTF16_BE)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a bad byte
_HIGH_BYTES = bytes(range(0x80, 0x100))


class LoadError(Exception):
    """An article could not be read; the message is one line, fit for the user."""


def decode_chunks(
    chunks: Iterable[bytes | bytearray],
    *,
    name: str = "input",
    notify: Notify | None = None,
    stream: bool = False,
) -> Iterator[str]:
    """The text of the bytes `chunks` make up, in pieces, decoded a chunk at a time (a
    character, a CRLF may be cut between two chunks): never the whole in one piece.

    UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, or Windows-1256; the BOM is
    removed, CRLF and CR become LF. UTF-8 with a few invalid bytes stays UTF-8: each bad
    byte becomes U+FFFD and `notify` hears how many there were and where the first is.
    Windows-1256 is chosen only when most non-ASCII bytes are not valid UTF-8. Anything
    else that looks binary is refused (a LoadError, as any fault).

    Without `stream` the pieces come once all the chunks are read and decoded. With it,
    a piece comes as soon as it is decoded (`cat` prints it) while the text leaves no
    doubt: no byte that is not UTF-8 yet. From the first bad byte the rest is held to
    the end, to count the bad bytes and choose between UTF-8 and Windows-1256 as above;
    except that once text that is not ASCII has been given, the article stays UTF-8 (the
    one case where the pieces differ). A fault found late (invalid UTF-16) ends the
    pieces given so far.
    """
    return _decoded(iter(chunks), name, notify, stream=stream)


def _decoded(
    chunks: Iterator[bytes | bytearray], name: str, notify: Notify | None, *, stream: bool
) -> Iterator[str]:
    head = b""  # the first 8 KB (or all there is) tell the encoding
    for chunk in chunks:
        head += chunk
        if len(head) >= BINARY_SAMPLE:
            break
    rest = _chained(head, chunks)
    lines = _Lines()
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        pieces = _strict(rest, "utf-32", name)
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        pieces = _strict(rest, "utf-16", name)
    else:
        bom = head.startswith(codecs.BOM_UTF8)
        if not bom:
            refuse_binary(head, name)
        pieces = _utf8(rest, name, notify, windows_1256=not bom, stream=stream)
    if stream:
        for piece in pieces:
            yield lines.normalised(piece)
    else:
        held = list(pieces)
        for index, piece in enumerate(held):
            held[index] = ""  # each piece freed once normalised: two copies at most
            yield lines.normalised(piece)
    if last := lines.normalised("", final=True):
        yield last


def _chained(head: bytes | bytearray, chunks: Iterator[bytes | bytearray]
             ) -> Iterator[bytes | bytearray]:
    if head:
        yield head
    yield from chunks


class _Lines:
    """The BOM removed and CRLF/CR made LF across pieces (a CRLF may be cut in two)."""

    def __init__(self) -> None:
        self._at_start = True
        self._cr = ""  # a CR ending the last piece: LF or half of a CRLF

    def normalised(self, piece: str, *, final: bool = False) -> str:
        if self._at_start and piece:
            self._at_start = False
            if piece.startswith("\ufeff"):
                piece = piece[1:]
        if self._cr:
            piece, self._cr = self._cr + piece, ""
        if not final and piece.endswith("\r"):
            piece, self._cr = piece[:-1], "\r"
        return piece.replace("\r\n", "\n").replace("\r", "\n")


def _strict(chunks: Iterable[bytes | bytearray], encoding: str, name: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    fed = 0
    for chunk, final in _with_end(chunks):
        start = fed - len(decoder.getstate()[0])  # where the decoder's input starts
        fed += len(chunk)
        try:
            yield decoder.decode(chunk, final)
        except UnicodeDecodeError as error:
            raise LoadError(
                f"{name}: invalid {encoding.upper()} at byte {start + error.start}"
            ) from None


def _with_end(chunks: Iterable[bytes | bytearray]) -> Iterator[tuple[bytes | bytearray, bool]]:
    """Each chunk, and whether it is the last (the decoder's last call), known by reading
    one chunk ahead: an article read in one chunk is decoded as a whole."""
    last: bytes | bytearray = b""
    for index, chunk in enumerate(chunks):
        if index:
            yield last, False
        last = chunk
    yield last, True


def _utf8(
    chunks: Iterable[bytes | bytearray],
    name: str,
    notify: Notify | None,
    *,
    windows_1256: bool,
    stream: bool,
) -> Iterator[str]:
    """UTF-8, each invalid byte shown as U+FFFD; `notify` hears of them (one line). With
    `windows_1256` (no BOM), Windows-1256 instead if most non-ASCII bytes are not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    fed = 0
    first_bad: int | None = None  # the byte offset of the first invalid byte
    held: list[str] = []  # pieces not given yet (streamed: from the first bad byte on)
    committed = False  # text that is not ASCII given already: it stays UTF-8
    for chunk, final in _with_end(chunks):
        start = fed - len(decoder.getstate()[0])
        fed += len(chunk)
        if first_bad is None:
            try:
                piece = decoder.decode(chunk, final)
            except UnicodeDecodeError as error:
                first_bad = start + error.start
                state = decoder.getstate()
                decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
                decoder.setstate(state)
            else:
                if stream:
                    committed = committed or not piece.isascii()
                    yield piece
                else:
                    held.append(piece)
                continue
        held.append(decoder.decode(chunk, final))
    if first_bad is None:
        yield from held
        return
    bad = sum(map(_escaped_count, held))
    if windows_1256 and not committed:
        data = [piece.encode("utf-8", "surrogateescape") for piece in held]
        non_ascii = sum(len(piece) - len(piece.translate(None, _HIGH_BYTES)) for piece in data)
        if bad > non_ascii - bad:  # most non-ASCII bytes are not part of valid UTF-8
            held.clear()
            yield _windows_1256(b"".join(data), name)
            return
        del data
    if notify is not None:
        what = "1 byte that is" if bad == 1 else f"{bad} bytes that are"
        notify(f"{name}: {what} not UTF-8 shown as {INVALID_UTF8_MARKER} "
               f"(the first at byte offset {first_bad})")
    for index, piece in enumerate(held):
        held[index] = ""
        yield _ESCAPED_BYTE.sub(INVALID_UTF8_MARKER, piece)


def _escaped_count(piece: str) -> int:
    """How many bad bytes surrogateescape has escaped in `piece` (one character each)."""
    return len(piece.encode("utf-8", "surrogateescape")) - len(piece.encode("utf-8", "ignore"))


def refuse_binary(data: bytes | bytearray, name: str) -> None:
    """A LoadError if `data`'s first 8 KB look binary (a BOM with NULs, UTF-16 or -32, is
    text)."""
    if not data.startswith(_BOMS_WITH_NULS) and _looks_binary(data):
        raise LoadError(f"{name}: looks like a binary file, not text")


def _looks_binary(data: bytes | bytearray) -> bool:
    sample = data[:BINARY_SAMPLE]
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
