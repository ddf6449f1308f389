"""Loading articles: encodings detected without being told, bad input refused clearly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.text.load import LoadError, decode, load_text

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
