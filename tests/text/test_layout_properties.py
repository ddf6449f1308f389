"""Property tests: any mix of Arabic, Latin, digits, punctuation and diacritics."""

from __future__ import annotations

import unicodedata

from bidi.mirror import MIRRORED
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.text.layout import layout_paragraph

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىئؤ"
LATIN = "abcdefXYZ"
DIGITS = "0123456789٠١٢٣"
PUNCT = "()[]{}.,،؛:!?-/\"'«»%"
MARKS = "\u064b\u064c\u064e\u064f\u0650\u0651\u0652"

word = st.text(alphabet=ARABIC + LATIN + DIGITS + PUNCT + MARKS, min_size=1, max_size=14)
paragraph = st.lists(word, min_size=1, max_size=30).map(" ".join)


def cells_of(line_text: str) -> list[str]:
    """Split painted text into cells: a base character and the marks drawn on it."""
    cells: list[str] = []
    for char in line_text:
        if cell_len(char) == 0 and cells:
            cells[-1] += char
        else:
            cells.append(char)
    return cells


def read_back(text: str, line) -> str:
    """The line's characters taken off the screen, put back in logical order."""
    shown = sorted(zip(line.columns, cells_of(line.text), strict=True), key=lambda x: x[0])
    out = []
    for _, cell in shown:
        base, marks = cell[0], cell[1:]
        if base == " ":
            continue
        if base == "\u25cc":  # carrier of a mark that had no base letter
            base = ""
        folded = unicodedata.normalize("NFKC", base)
        out.append((folded, marks))
    return out


@settings(max_examples=300, deadline=None)
@given(paragraph, st.integers(min_value=1, max_value=60))
def test_lines_fit_and_read_back_in_logical_order(text, width):
    lines = layout_paragraph(text, width)
    assert lines
    recovered = []
    for line in lines:
        assert line.cells <= width
        assert len(cells_of(line.text)) == line.cells
        recovered.extend(read_back(text, line))
    # Every non-space letter of the paragraph comes back, in order; a bracket may come
    # back mirrored (rule L4) and a lam-alef as its two letters (NFKC of the ligature).
    got = "".join(base for base, _ in recovered)
    want = "".join(c for c in text if c != " " and c not in MARKS)
    want_nfkc = unicodedata.normalize("NFKC", want)
    assert len(got) == len(want_nfkc)
    for g, w in zip(got, want_nfkc, strict=True):
        assert g == w or MIRRORED.get(w) == g
    # Diacritics are all shown, each after a base cell.
    assert sum(len(m) for _, m in recovered) == sum(text.count(m) for m in MARKS)


@settings(max_examples=200, deadline=None)
@given(paragraph, st.integers(min_value=1, max_value=60))
def test_words_of_consecutive_lines_follow_each_other(text, width):
    lines = layout_paragraph(text, width)
    # Lines cover the paragraph in logical order without overlap.
    assert lines[0].start == 0
    for before, after in zip(lines, lines[1:], strict=False):
        assert before.end <= after.start
        assert text[before.end:after.start].strip() == ""
    assert text[lines[-1].end:].strip() == ""
    words = [w for line in lines for w in text[line.start:line.end].split()]
    # A word may be cut across lines only when it is wider than the line.
    joined = "".join(words)
    assert joined == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(paragraph, st.integers(min_value=1, max_value=60))
def test_maps_are_inverse(text, width):
    for line in layout_paragraph(text, width):
        for column in range(line.cells):
            offset = line.visual_to_logical(column)
            assert line.start <= offset < line.end
            first = line.logical_to_visual(offset)
            assert first is not None and line.columns[first] == offset
