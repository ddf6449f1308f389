"""A selection of screen cells gives the logical text it covers, in logical order."""

from __future__ import annotations

from reader.text.layout import layout_paragraph
from reader.text.selection import covered_columns, selected_text

TEXT = "مرحبا بكم في مراكش"
# At 10 cells: "مرحبا بكم" on the first line, "في مراكش" on the second, each flush right
# and read from the right; the space between "بكم" and "في" is eaten by the break.
LINES = layout_paragraph(TEXT, 10)


def test_the_lines_are_as_the_tests_expect():
    assert [(line.start, line.end, line.cells, line.rtl) for line in LINES] == [
        (0, 10, 9, True), (10, 18, 8, True)
    ]


def test_a_drag_over_a_word_on_one_row_copies_the_word():
    # "مرحبا" is the rightmost five cells of the first line (cells 4 to 8).
    assert selected_text(TEXT, [(0, LINES[0])], 8, 4) == "مرحبا"
    assert selected_text(TEXT, [(0, LINES[0])], 4, 8) == "مرحبا"  # either direction


def test_a_drag_over_two_rows_of_a_right_to_left_paragraph():
    # From the start of "بكم" (cell 2 of the first row, reading leftwards to the line's end)
    # to the end of "في" (cell 6 of the second row, from its right end).
    rows = [(0, LINES[0]), (0, LINES[1])]
    assert selected_text(TEXT, rows, 2, 6) == "بكم في"  # the eaten space comes back


def test_whole_rows_copy_the_paragraph_with_a_line_break_between_paragraphs():
    text = "أ ب\nج د"
    first, second = layout_paragraph("أ ب", 10)[0], layout_paragraph("ج د", 10)[0]
    rows = [(0, first), None, (4, second)]  # a blank row between the paragraphs
    assert selected_text(text, rows, first.cells - 1, 0) == text


def test_digits_inside_an_arabic_line_come_in_logical_order():
    text = "في عام 2004 قال"
    line = layout_paragraph(text, 10)[1]  # "2004 قال": the digits on the right, in order
    assert line.text == "\ufedd\ufe8e\ufed7 2004"
    digits = [k for k, offset in enumerate(line.columns) if text[offset].isdigit()]
    assert selected_text(text, [(0, line)], min(digits), max(digits)) == "2004"


def test_a_drag_outside_the_text_covers_nothing():
    assert selected_text(TEXT, [(0, LINES[0])], 20, 30) == ""
    assert selected_text(TEXT, [None], 0, 5) == ""


def test_a_lam_alef_cell_copies_both_letters_and_marks_stay_with_their_letter():
    text = "لاَ"  # lam, alef, fatha: one cell
    line = layout_paragraph(text, 10)[0]
    assert line.cells == 1
    assert selected_text(text, [(0, line)], 0, 0) == text


def test_covered_columns_follow_the_reading_direction_of_the_line():
    rtl = LINES[0]  # 9 cells
    assert list(covered_columns(rtl, "first", 3, 0)) == [0, 1, 2, 3]  # leftwards
    assert list(covered_columns(rtl, "last", 0, 5)) == [5, 6, 7, 8]  # from the right end
    assert list(covered_columns(rtl, "middle", 0, 0)) == list(range(9))
    ltr = layout_paragraph("abc def", 10)[0]
    assert list(covered_columns(ltr, "first", 4, 0)) == [4, 5, 6]
    assert list(covered_columns(ltr, "last", 0, 1)) == [0, 1]


def test_across_a_break_the_two_sides_are_joined_by_a_line_break_only():
    # A title "أ ب", then a text whose first paragraph "ج د" is scrolled away: the rows
    # show the title and "هـ و" (at 8), and what lies between them is not copied.
    text = "أ ب\nج د\nهـ و"
    title, shown = layout_paragraph("أ ب", 10)[0], layout_paragraph("هـ و", 10)[0]
    rows = [(0, title), (8, shown)]
    assert selected_text(text, rows, title.cells - 1, 0, breaks=(3,)) == "أ ب\nهـ و"
    assert selected_text(text, rows, title.cells - 1, 0) == "أ ب\nج د\nهـ و"  # unbroken
