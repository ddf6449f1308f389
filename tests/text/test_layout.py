"""Line layout: shaping, wrapping on logical text, reordering and alignment.

Expected strings are written out by hand from the Unicode tables (presentation forms of
Arabic Presentation Forms-B), not taken from the code's output.
"""

from __future__ import annotations

from reader.text.layout import BidiMode, layout_paragraph

BEH_ISOLATED, BEH_INITIAL = "\ufe8f", "\ufe91"
TEH_ISOLATED, TEH_FINAL = "\ufe95", "\ufe96"
FEH_INITIAL, YEH_FINAL = "\ufed3", "\ufef2"
LAM_ALEF_ISOLATED = "\ufefb"
FATHA = "\u064e"


def lines_of(text: str, width: int = 40, **options) -> list[str]:
    return [line.text for line in layout_paragraph(text, width, **options)]


def test_isolated_letters_are_reversed_and_shaped():
    assert lines_of("ب ت") == [f"{TEH_ISOLATED} {BEH_ISOLATED}"]


def test_letters_of_a_word_are_joined():
    assert lines_of("بت") == [TEH_FINAL + BEH_INITIAL]


def test_lam_alef_becomes_one_cell_ligature():
    (line,) = layout_paragraph("لا", 10)
    assert line.text == LAM_ALEF_ISOLATED
    assert line.cells == 1
    # Both letters map to the ligature's cell.
    assert line.logical_to_visual(0) == 0


def test_allah_ligature_is_not_used():
    (line,) = layout_paragraph("الله", 10)
    assert "\ufdf2" not in line.text
    assert line.cells == 4


def test_numbers_keep_left_to_right_order_inside_arabic():
    assert lines_of("في 2004") == [f"2004 {YEH_FINAL}{FEH_INITIAL}"]


def test_brackets_are_mirrored_in_right_to_left_text():
    assert lines_of("(ب)") == [f"({BEH_ISOLATED})"]


def test_latin_words_keep_their_order_inside_arabic():
    assert lines_of("ب New York ت") == [f"{TEH_ISOLATED} New York {BEH_ISOLATED}"]


def test_diacritic_follows_its_letter_on_screen():
    assert lines_of("بَت") == [TEH_FINAL + BEH_INITIAL + FATHA]


def test_no_harakat_hides_diacritics_but_keeps_offsets():
    (line,) = layout_paragraph("بَت", 10, harakat=False)
    assert line.text == TEH_FINAL + BEH_INITIAL
    assert line.logical_to_visual(2) == 0  # ت is the leftmost cell
    assert line.logical_to_visual(0) == 1


def test_first_words_of_paragraph_are_on_first_line_flush_right():
    words = ["ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ"]
    lines = layout_paragraph(" ".join(words), 7)
    assert len(lines) == 2
    # First line holds the first four words; read right to left they are ب ت ث ج.
    first = lines[0]
    assert first.rtl
    assert first.aligned(7) == f"{chr(0xFE9D)} {chr(0xFE99)} {TEH_ISOLATED} {BEH_ISOLATED}"
    assert first.aligned(7)[-1] == BEH_ISOLATED
    assert lines[1].start == 8


def test_right_to_left_lines_are_padded_on_the_left():
    (line,) = layout_paragraph("ب", 5)
    assert line.aligned(5) == "    " + BEH_ISOLATED


def test_left_to_right_paragraph_is_flush_left():
    (line,) = layout_paragraph("Hello بت", 12)
    assert not line.rtl
    assert line.aligned(12) == f"Hello {TEH_FINAL}{BEH_INITIAL}    "


def test_word_longer_than_line_is_cut_not_lost():
    lines = layout_paragraph("abcdefghij", 4)
    assert [line.text for line in lines] == ["abcd", "efgh", "ij"]


def test_every_line_fits_the_width():
    text = "الاجتماع الذي يلتئم بدعوة مغربية أمريكية، ينعقد للمرة الأولى في القارة الأفريقية"
    for width in range(1, 30):
        for line in layout_paragraph(text, width):
            assert line.cells <= width


def test_terminal_mode_sends_logical_unshaped_text():
    (line,) = layout_paragraph("في 2004", 20, bidi=BidiMode.TERMINAL)
    assert line.text == "في 2004"


def test_maps_between_logical_offsets_and_columns():
    (line,) = layout_paragraph("في abc", 20)
    # Visual: "abc" then space then the two Arabic letters, reversed.
    assert line.text == f"abc {YEH_FINAL}{FEH_INITIAL}"
    assert line.visual_to_logical(0) == 3  # a
    assert line.visual_to_logical(5) == 0  # ف is the rightmost cell
    assert line.logical_to_visual(1) == 4  # ي
    assert line.span_columns(3, 6) == [(0, 3)]
    assert line.span_columns(0, 2) == [(4, 6)]


def test_empty_paragraph_gives_one_empty_line():
    (line,) = layout_paragraph("", 10)
    assert line.text == "" and line.cells == 0
