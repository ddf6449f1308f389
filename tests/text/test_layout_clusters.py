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


# Widths as rich measures them (rich.cells.cell_len, what Textual paints with): a VS16
# turns a one-cell base into a two-cell emoji ("❤" 1, "❤\ufe0f" 2; "1" 1, the keycap
# "1\ufe0f\u20e3" 2); a ZWJ hides the character after it ("😀\u200dﺍ" is 2, not 3).
VS16, KEYCAP = "\ufe0f", "\u20e3"
HEART, KEYCAP_ONE, GRINNING = "\u2764" + VS16, "1" + VS16 + KEYCAP, "\U0001F600"
ALEF_ISOLATED = "\ufe8d"


def test_an_emoji_with_vs16_takes_two_cells():
    (line,) = layout_paragraph(HEART, 10)
    assert line.text == HEART
    assert line.cells == 2
    assert line.columns == (0, 0)
    assert line.column_ends == (2, 2)


def test_a_keycap_after_an_arabic_letter_wraps_whole_and_crops_nothing():
    # ا then the keycap: 1 + 2 cells, so at width 2 the keycap goes to a line of its own.
    lines = layout_paragraph("ا" + KEYCAP_ONE, 2)
    assert [line.text for line in lines] == [ALEF_ISOLATED, KEYCAP_ONE]
    assert [line.cells for line in lines] == [1, 2]
    # At width 3 they share a line, the keycap (a number) on the alef's left.
    (line,) = layout_paragraph("ا" + KEYCAP_ONE, 3)
    assert line.text == KEYCAP_ONE + ALEF_ISOLATED
    assert line.cells == 3
    assert line.columns == (1, 1, 0)
    assert line.column_ends == (4, 4, 1)


def test_a_joiner_ending_an_emoji_is_not_sent_but_still_maps_to_it():
    (line,) = layout_paragraph("ا" + GRINNING + ZWJ, 10)
    # Sent with the joiner, the alef would be joined to the emoji and drawn in no cell.
    assert line.text == GRINNING + ALEF_ISOLATED
    assert line.cells == 3
    assert line.columns == (1, 1, 0)
    assert line.column_ends == (3, 3, 1)
    assert line.offsets == (2, 0, 0)  # the alef in cell 2; the emoji and its joiner in 0


def test_a_bidi_mark_after_an_emoji_sequence_is_not_sent():
    # Shaping hangs the ALM on the family's last glyph; it maps to the family's cells.
    (line,) = layout_paragraph(FAMILY + "\u061c", 10)
    assert line.text == FAMILY
    assert line.cells == 2
    assert line.offsets == (0,) * (len(FAMILY) + 1)


def test_a_joiner_after_a_wide_character_stays_on_its_line_at_width_one():
    # ا, then 中 (two cells, more than the view) and a joiner that shows nothing.
    lines = layout_paragraph("ا中" + ZWJ, 1)
    assert [(line.text, line.start, line.end) for line in lines] == [
        (ALEF_ISOLATED, 0, 1), ("中", 1, 3),
    ]
