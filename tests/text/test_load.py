"""Loading articles: encodings detected without being told, bad input refused clearly."""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.text.load import LoadError, decode, load_text, read_stream

ARTICLE = "التحالف الدولي ضد داعش يجتمع بمراكش\nسطر ثان: 80 دولة"


@pytest.mark.parametrize(
    "encoded",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with BOM, native order
        b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
        b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("cp1256"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "windows-1256"],
)
def test_encodings_are_detected(encoded):
    assert decode(encoded) == ARTICLE


def test_windows_1256_bytes_decode_to_arabic_letters():
    # Hand-checked against the Windows-1256 code page: C7 = ا, E1 = ل, DA = ع
    assert decode(b"\xc7\xe1\xda") == "الع"


def test_crlf_and_cr_become_lf():
    assert decode("أ\r\nب\rت\n".encode()) == "أ\nب\nت\n"


def test_bom_is_removed():
    assert not load_text_bytes(b"\xef\xbb\xbf\xd8\xa7").startswith("\ufeff")


def load_text_bytes(data: bytes) -> str:
    return decode(data)


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load_text(tmp_path / "nope.txt")


def test_directory_where_a_file_is_expected(tmp_path):
    with pytest.raises(LoadError, match="is a directory"):
        load_text(tmp_path)


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(LoadError, match="binary"):
        load_text(path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("نص", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the open fail as it would for a user
        real_open = Path.open

        def refuse(self, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(LoadError, match="permission denied"):
        load_text(path)


def test_latin_1_text_is_not_mistaken_for_arabic():
    with pytest.raises(LoadError, match="not UTF-8"):
        decode("Café crème brûlée à la façon".encode("latin-1"))


def test_invalid_utf16_is_an_error_not_garbage():
    with pytest.raises(LoadError, match="invalid UTF-16"):
        decode(b"\xff\xfe\x00\xd8")  # a lone high surrogate


def test_errors_are_one_line():
    for bad in (b"\x00\x01\x02", "Café".encode("latin-1")):
        with pytest.raises(LoadError) as caught:
            decode(bad, name="x.txt")
        assert "\n" not in str(caught.value)


LONG_ARTICLE = "التحالف الدولي ضد داعش يجتمع بمراكش، وسط تحديات كبيرة في المنطقة.\n" * 3000
SHORT_ARTICLE = "مرحبا بكم في مراكش"


def _with_stray_byte(text: str, stray: bytes) -> tuple[bytes, int]:
    """`text` in UTF-8 with `stray` put between two characters near its middle."""
    encoded = text.encode("utf-8")
    at = len(text[: len(text) // 2].encode("utf-8"))
    return encoded[:at] + stray + encoded[at:], at


@pytest.mark.parametrize("stray", [b"\xff", b"\xc3"], ids=["0xff", "lone-0xc3"])
@pytest.mark.parametrize("text", [LONG_ARTICLE, SHORT_ARTICLE], ids=["long", "short"])
def test_utf8_with_a_stray_byte_stays_utf8_with_one_marker_and_one_warning(text, stray):
    data, at = _with_stray_byte(text, stray)
    warnings: list[str] = []
    decoded = decode(data, name="a.txt", notify=warnings.append)
    half = len(text) // 2
    assert decoded == text[:half] + "\ufffd" + text[half:]
    assert warnings == [f"a.txt: 1 byte that is not UTF-8 shown as \ufffd "
                        f"(the first at byte offset {at})"]


def test_several_bad_bytes_are_counted_and_the_first_one_located():
    data = "سلام".encode() + b"\xff\xfe" + "عليكم".encode() + b"\x80" + "يا صديقي".encode()
    warnings: list[str] = []
    decoded = decode(data, name="b.txt", notify=warnings.append)
    assert decoded == "سلام\ufffd\ufffdعليكم\ufffdيا صديقي"
    assert warnings == ["b.txt: 3 bytes that are not UTF-8 shown as \ufffd "
                        "(the first at byte offset 8)"]


def test_utf8_with_bom_and_a_bad_byte_counts_offsets_from_the_file_start():
    warnings: list[str] = []
    decoded = decode(b"\xef\xbb\xbf" + "نص".encode() + b"\xff", notify=warnings.append)
    assert decoded == "نص\ufffd"
    assert warnings[0].endswith("(the first at byte offset 7)")


def test_valid_text_gives_no_warning():
    warnings: list[str] = []
    decode(LONG_ARTICLE.encode("utf-8"), notify=warnings.append)
    decode(LONG_ARTICLE.encode("cp1256"), notify=warnings.append)
    assert warnings == []


def test_windows_1256_article_with_some_accidental_utf8_pairs_is_windows_1256():
    # In Windows-1256, "ب،" is C8 A1: a valid UTF-8 pair (U+0221) by accident.
    text = "قال الوزير ب، إن الاجتماع مهم للغاية في هذه المرحلة"
    assert decode(text.encode("cp1256")) == text


def test_reading_stops_past_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"y\n" * 600)
    with pytest.raises(LoadError, match=r"too large .*at most 1000 bytes"):
        load_text(path, limit=1000)
    assert load_text(path, limit=1200) == "y\n" * 600


def test_a_stream_is_read_in_chunks_and_refused_past_the_limit():
    endless = _EndlessStream(b"y\n")
    with pytest.raises(LoadError, match="stdin: too large"):
        read_stream(endless, "stdin", limit=5 * 1024 * 1024)
    # It stopped reading right after the limit, not at the end of the stream.
    assert 5 * 1024 * 1024 < endless.served <= 6 * 1024 * 1024


def test_nul_bytes_are_refused_at_the_first_chunk():
    zeros = _EndlessStream(b"\x00")
    with pytest.raises(LoadError, match="binary"):
        read_stream(zeros, "stdin")
    assert zeros.served <= 1024 * 1024


def test_utf16_with_bom_is_not_mistaken_for_binary_while_reading():
    stream = io.BytesIO(ARTICLE.encode("utf-16") * 200)
    assert decode(read_stream(stream, "stdin")).startswith(ARTICLE)


@pytest.mark.parametrize("content", ["", "   ", " \n\t\n  \u00a0 "], ids=["empty", "spaces",
                                                                         "whitespace"])
def test_an_article_with_nothing_to_read_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError, match=r"empty\.txt: the article is empty$"):
        load_text(path)


def test_a_slow_source_is_announced_once(monkeypatch):
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "rb")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
    heard: list[str] = []
    writer = threading.Timer(1.2, lambda: (os.write(write_end, "نص".encode()),
                                           os.close(write_end)))
    writer.start()
    try:
        assert load_text("-", notify=heard.append) == "نص"
    finally:
        writer.join()
        stdin.close()
    assert heard == ["reading stdin… (waiting for data; ctrl+c stops)"]


def test_a_fast_source_is_not_announced(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    heard: list[str] = []
    load_text(path, notify=heard.append)
    time.sleep(0.7)  # past SLOW_SECONDS: the timer must have been cancelled
    assert heard == []


class _EndlessStream:
    """A stream that never ends, counting what it served."""

    def __init__(self, pattern: bytes):
        self.pattern = pattern
        self.served = 0

    def read1(self, size: int) -> bytes:
        chunk = (self.pattern * (size // len(self.pattern) + 1))[:size]
        self.served += len(chunk)
        return chunk

    read = read1
