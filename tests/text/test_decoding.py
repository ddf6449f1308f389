"""Decoding a chunk at a time: a character, a CRLF, a BOM or a bad byte cut between two
chunks gives the text the whole bytes give; `stream` gives clean text as it comes.

Byte values are from the encodings' tables: ا U+0627 is D8 A7 in UTF-8 and 27 06 in
UTF-16-LE; 😀 U+1F600 is F0 9F 98 80 in UTF-8 and the pair D83D DE00 in UTF-16.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.text.decoding import BINARY_SAMPLE, LoadError, decode_chunks

# The encoding is told from the first 8 KB, so chunks after a first one of that size are
# decoded as they come; before it they are gathered.
PAD = b"a" * BINARY_SAMPLE
PAD_UTF16 = b"\xff\xfe" + b"a\x00" * (BINARY_SAMPLE // 2)  # BOM, then 4096 times "a"


def decoded(chunks: list[bytes], **options: object) -> tuple[str, list[str]]:
    warnings: list[str] = []
    text = "".join(decode_chunks(chunks, name="t.txt", notify=warnings.append,
                                 **options))  # type: ignore[arg-type]
    return text, warnings


def cut_everywhere(data: bytes, after: int) -> Iterator[list[bytes]]:
    """`data` in two chunks, then three, cut at every byte from `after` on."""
    for cut in range(after, len(data) + 1):
        yield [data[:cut], data[cut:]]
        yield [data[:after], data[after:cut], data[cut:]]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_utf8_character_cut_between_chunks_is_one_character(stream):
    data = PAD + b"\xd8\xa7 \xf0\x9f\x98\x80"  # "ا 😀"
    for chunks in cut_everywhere(data, len(PAD)):
        assert decoded(chunks, stream=stream) == ("a" * len(PAD) + "ا 😀", []), chunks


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_utf16_code_unit_or_surrogate_pair_cut_between_chunks_is_one_character(stream):
    data = PAD_UTF16 + b"\x27\x06\x3d\xd8\x00\xde"  # "ا😀"
    for chunks in cut_everywhere(data, len(PAD_UTF16)):
        assert decoded(chunks, stream=stream) == ("a" * 4096 + "ا😀", []), chunks


def test_boms_cut_between_chunks_are_recognised_and_removed():
    assert decoded([b"\xef", b"\xbb", b"\xbf\xd9\x86"]) == ("ن", [])  # UTF-8 BOM, ن D9 86
    assert decoded([b"\xff", b"\xfe\x46\x06"]) == ("ن", [])  # UTF-16-LE BOM, ن 0646
    assert decoded([b"\xfe", b"\xff\x06", b"\x46"]) == ("ن", [])  # UTF-16-BE
    # A second BOM is text (U+FEFF), as when the whole file is decoded at once.
    assert decoded([b"\xef\xbb\xbf", b"\xef\xbb\xbf!"]) == ("\ufeff!", [])


def test_a_crlf_cut_between_chunks_is_one_line_break():
    for chunks in cut_everywhere(PAD + b"x\r\ny\r", len(PAD)):
        assert decoded(chunks) == ("a" * len(PAD) + "x\ny\n", []), chunks


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_bad_byte_at_a_chunk_boundary_is_one_marker_at_its_offset(stream):
    # "نص" is 4 bytes; the lone C3 (a lead byte with no continuation) is at 8192 + 4.
    data = PAD + "نص".encode() + b"\xc3" + b"ok"
    expected = ("a" * len(PAD) + "نص\ufffdok",
                ["t.txt: 1 byte that is not UTF-8 shown as \ufffd (the first at byte "
                 "offset 8196)"])
    for chunks in cut_everywhere(data, len(PAD)):
        assert decoded(chunks, stream=stream) == expected, chunks


def test_a_sequence_cut_short_by_the_end_is_one_marker_per_byte():
    # F0 9F 98 is the start of 😀 with its last byte missing: three bad bytes, fewer than
    # the 4 valid non-ASCII ones of "نص" (D9 86 D8 B5), so UTF-8 it stays.
    for chunks in cut_everywhere(PAD + "نص".encode() + b"\xf0\x9f\x98", len(PAD)):
        text, warnings = decoded(chunks)
        assert text == "a" * len(PAD) + "نص" + "\ufffd" * 3
        assert warnings == ["t.txt: 3 bytes that are not UTF-8 shown as \ufffd (the first at "
                            "byte offset 8196)"]


def test_windows_1256_is_told_over_all_the_chunks():
    # C7 E1 DA is "الع" in Windows-1256; C8 A1 ("ب،") is a valid UTF-8 pair by accident.
    data = PAD + b"\xc8\xa1 \xc7\xe1\xda"
    for chunks in cut_everywhere(data, len(PAD)):
        assert decoded(chunks) == ("a" * len(PAD) + "ب، الع", []), chunks


def test_invalid_utf16_in_a_later_chunk_is_located_from_the_file_start():
    # A high surrogate (00 D8) followed by "a": the surrogate starts after the 2-byte BOM
    # and 4096 code units, at byte 8194.
    with pytest.raises(LoadError, match=r"^t\.txt: invalid UTF-16 at byte 8194$"):
        decoded([PAD_UTF16, b"\x00", b"\xd8a\x00"])


def test_binary_data_is_refused_before_any_text_is_given():
    chunks = iter([b"text ", b"\x00" * 10, b"more"])
    with pytest.raises(LoadError, match="binary"):
        next(decode_chunks(chunks, name="t.txt", stream=True))


class _Chunks:
    """Chunks given one at a time, counting how many were taken."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            self.taken += 1
            yield chunk


def test_stream_gives_clean_text_before_the_rest_is_read():
    source = _Chunks([PAD, "بداية".encode(), b" and ", b"the end"])
    pieces = decode_chunks(source, stream=True)
    assert next(pieces) == "a" * len(PAD)
    assert source.taken == 2  # one chunk ahead, to know whether it was the last
    assert "".join(pieces) == "بداية and the end"


def test_stream_after_ascii_chooses_windows_1256_as_the_whole_file_would():
    # Printed ASCII reads the same in both encodings: the choice is still open.
    source = _Chunks([PAD, b"x", b"\xc7\xe1\xda"])
    assert "".join(decode_chunks(source, stream=True)) == "a" * len(PAD) + "xالع"


def test_stream_after_arabic_text_given_stays_utf8():
    # Alone, this would be Windows-1256 (3 bad bytes against 2 valid non-ASCII ones), but
    # "ا" (D8 A7) was given as UTF-8 before the bad bytes came: they become markers.
    chunks = [PAD, b"\xd8\xa7", b" ", b"\xc7\xe1\xda"]
    assert decoded(chunks, stream=True) == (
        "a" * len(PAD) + "ا \ufffd\ufffd\ufffd",
        ["t.txt: 3 bytes that are not UTF-8 shown as \ufffd (the first at byte offset 8195)"],
    )
    assert decoded(chunks) == ("a" * len(PAD) + "ط§ الع", [])  # C7 is ا, D8 is ط, A7 is §
