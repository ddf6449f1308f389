"""Grapheme clusters (UAX #29) are kept whole by wrapping, cell widths and reordering.

Expected strings are written out by hand: the code points of each cluster in their
logical order, the Arabic letters in their presentation forms (Unicode tables).
"""

from __future__ import annotations

from reader.text.layout import layout_paragraph

ZWJ = "\u200d"
FAMILY = "\U0001F468" + ZWJ + "\U0001F469" + ZWJ + "\U0001F467"  # man, woman, girl
THUMBS_MEDIUM = "\U0001F44D\U0001F3FD"  # thumbs up, medium skin tone
MOROCCO = "\U0001F1F2\U0001F1E6"  # regional indicators M, A (A then M would be Armenia)
FEH_INITIAL, YEH_FINAL = "\ufed3", "\ufef2"
BEH_ISOLATED, BEH_INITIAL, TEH_FINAL = "\ufe8f", "\ufe91", "\ufe96"
FATHA, SHADDA, SUKUN, DAMMATAN = "\u064e", "\u0651", "\u0652", "\u064c"


def test_zwj_family_is_one_cluster_in_order_in_an_arabic_line():
    (line,) = layout_paragraph(f"في {FAMILY} ب", 40)
    assert line.rtl
    # Left to right: ب, space, the family as typed, space, في reversed.
    assert line.text == f"{BEH_ISOLATED} {FAMILY} {YEH_FINAL}{FEH_INITIAL}"
    assert line.cells == 1 + 1 + 2 + 1 + 2  # the family is one picture, two cells
    family_start = 3
    assert line.columns[2:4] == (family_start, family_start)
    assert line.column_ends[2:4] == (family_start + len(FAMILY),) * 2
    # Every code point of the family maps to its first cell.
    assert {line.logical_to_visual(family_start + k) for k in range(len(FAMILY))} == {2}


def test_skin_tone_stays_after_its_emoji_in_an_arabic_line():
    (line,) = layout_paragraph(f"في {THUMBS_MEDIUM}", 40)
    assert line.text == f"{THUMBS_MEDIUM} {YEH_FINAL}{FEH_INITIAL}"
    assert "\U0001F3FD\U0001F44D" not in line.text
    assert line.cells == 2 + 1 + 2


def test_flag_keeps_its_regional_indicators_in_order():
    (line,) = layout_paragraph(f"علم {MOROCCO} المغرب", 40)
    assert MOROCCO in line.text
    assert "\U0001F1E6\U0001F1F2" not in line.text  # reversed, it would be Armenia's flag


def test_letter_with_harakat_is_one_cell_and_keeps_its_marks_in_order():
    # بَّيْتٌ: beh + fatha + shadda, yeh + sukun, teh + dammatan.
    (line,) = layout_paragraph("ب" + FATHA + SHADDA + "ي" + SUKUN + "ت" + DAMMATAN, 10)
    assert line.text == (
        TEH_FINAL + DAMMATAN + "\ufef4" + SUKUN + BEH_INITIAL + FATHA + SHADDA
    )
    assert line.cells == 3
    assert line.cell_range(2) == (0, 3)  # the beh's cell covers the beh and both marks


def test_wrapping_never_cuts_a_cluster():
    # "ab" and the family fill 4 cells; at width 3 the family moves to the next line whole.
    lines = layout_paragraph("ab" + FAMILY, 3)
    assert [line.text for line in lines] == ["ab", FAMILY]
    assert [line.cells for line in lines] == [2, 2]
    # A flag at the end of a long Latin word, width 5: cut before the flag, not inside.
    lines = layout_paragraph("abcd" + MOROCCO, 5)
    assert [line.text for line in lines] == ["abcd", MOROCCO]


def test_clusters_survive_a_left_to_right_paragraph_too():
    (line,) = layout_paragraph(f"Hello {FAMILY} {THUMBS_MEDIUM} {MOROCCO}", 40)
    assert not line.rtl
    assert line.text == f"Hello {FAMILY} {THUMBS_MEDIUM} {MOROCCO}"
