"""The highlight layer: spans, the mention index, document locations and the cell maps."""

from __future__ import annotations

import unicodedata

import pytest

from reader.text.document import Location, parse_document
from reader.text.highlights import MentionIndex, Span, SpanIndex, clip, paint_runs, split_spans
from reader.text.layout import layout_paragraph


def logical(visual_rtl_run: str) -> str:
    """What an RTL run of presentation forms says, in logical order, plain letters."""
    return unicodedata.normalize("NFKC", visual_rtl_run[::-1])


# -- spans and the index ---------------------------------------------------------------------


def test_a_span_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Span(5, 3, "person")


def test_span_index_steps_forward_and_back_and_wraps():
    index = SpanIndex([Span(30, 35, "place"), Span(10, 15, "place"), Span(50, 52, "place")])
    assert [s.start for s in index.spans] == [10, 30, 50]  # reading order
    assert index.after(10).span.start == 30  # strictly after
    assert index.after(10, inclusive=True).span.start == 10
    assert index.after(0).wrapped is False
    last = index.after(50)
    assert (last.span.start, last.wrapped) == (10, True)
    assert index.before(30).span.start == 10
    first = index.before(10)
    assert (first.span.start, first.wrapped) == (50, True)
    assert index.step(Span(50, 52, "place"), +1).span.start == 10
    assert index.step(Span(10, 15, "place"), -1).wrapped is True
    assert index.step(Span(30, 35, "place"), -1).span.start == 10


def test_an_empty_index_has_nothing_to_step_to():
    index = SpanIndex([])
    assert not index
    assert index.after(0) is None
    assert index.before(10) is None


def test_span_index_finds_the_span_at_an_offset_and_those_in_a_range():
    index = SpanIndex([Span(0, 4, "date"), Span(10, 40, "place"), Span(12, 14, "person")])
    assert index.at(3) == Span(0, 4, "date")
    assert index.at(4) is None  # ends are exclusive
    assert index.at(13) == Span(12, 14, "person")  # the one starting last
    assert index.at(20) == Span(10, 40, "place")  # a long span found from inside
    assert index.within(5, 11) == [Span(10, 40, "place")]
    assert index.within(0, 100) == list(index.spans)


def test_mention_index_by_kind_by_entity_and_rank():
    blinken = [Span(100, 113, "person"), Span(900, 913, "person")]
    morocco = [Span(40, 46, "place"), Span(500, 506, "place"), Span(950, 956, "place")]
    index = MentionIndex([blinken, morocco])
    assert [s.start for s in index.of_kind("person").spans] == [100, 900]
    assert [s.start for s in index.of_kind("place").spans] == [40, 500, 950]
    assert not index.of_kind("date")
    assert [s.start for s in index.all.spans] == [40, 100, 500, 900, 950]
    assert index.entity_of(Span(500, 506, "place")) == 1
    assert index.entity_of(Span(1, 2, "place")) is None
    assert index.rank(Span(900, 913, "person")) == (2, 2)
    assert index.rank(Span(40, 46, "place")) == (1, 3)
    assert index.of_entity(1).after(500).span == Span(950, 956, "place")


def test_clip_and_split_cut_spans_to_paragraphs():
    assert clip([Span(5, 20, "x"), Span(30, 40, "y")], 10, 35) == (
        Span(0, 10, "x"),
        Span(20, 25, "y"),
    )
    # A span over the line break between two paragraphs is marked in both.
    parts = split_spans([Span(8, 14, "place"), Span(1, 3, "date")], [(0, 10), (11, 20)])
    assert parts == ((Span(1, 3, "date"), Span(8, 10, "place")), (Span(0, 3, "place"),))


# -- Document.locate ---------------------------------------------------------------------------


TEXT = "\nالعنوان هنا\n\nفقرة أولى\nفقرة ثانية\n"


def test_locate_finds_title_and_body_paragraphs():
    doc = parse_document(TEXT)
    title_at = TEXT.index("هنا")
    assert doc.locate(title_at) == Location(None, title_at - doc.title.start)
    assert doc.locate(title_at).in_title
    second = TEXT.index("ثانية")
    assert doc.locate(second) == Location(1, second - doc.body[1].start)
    for offset in range(len(TEXT)):
        where = doc.locate(offset)
        if TEXT[offset] not in "\n":
            paragraph = doc.title if where.in_title else doc.body[where.paragraph]
            assert paragraph.text[where.offset] == TEXT[offset]
            assert doc.offset_of(where) == offset


def test_locate_puts_gaps_at_the_next_paragraph_and_the_end_at_the_last():
    doc = parse_document(TEXT)
    gap = TEXT.index("\n\nفقرة") + 1  # the blank line after the title
    assert doc.locate(gap) == Location(0, 0)
    assert doc.locate(len(TEXT) + 5) == Location(1, len(doc.body[1].text))
    assert doc.locate(0) == Location(None, 0)  # the blank line before the title


def test_document_splits_spans_into_title_and_body():
    doc = parse_document(TEXT)
    start = TEXT.index("هنا")
    first = TEXT.index("أولى")
    title, body = doc.split_spans([Span(first, first + 4, "x"), Span(start, start + 3, "y")])
    assert title == (Span(start - doc.title.start, start - doc.title.start + 3, "y"),)
    assert body[0] == (Span(first - doc.body[0].start, first - doc.body[0].start + 4, "x"),)
    assert body[1] == ()


# -- cells and characters on a Line ------------------------------------------------------------


def test_lam_alef_takes_one_cell_for_two_letters():
    line = layout_paragraph("سلام", 20)[0]
    assert line.cells == 3  # س, لا, م
    lam = "سلام".index("ل")
    cell = line.logical_to_visual(lam)
    assert line.cell_range(cell) == (lam, lam + 2)
    assert line.logical_to_visual(lam + 1) == cell  # the alef is in the same cell


def test_a_mention_starting_at_the_alef_of_a_ligature_marks_its_cell():
    line = layout_paragraph("سلام", 20)[0]
    alef = "سلام".index("ا")
    cell = line.logical_to_visual(alef)
    assert line.span_columns(alef, alef + 1) == [(cell, cell + 1)]  # that cell alone


def test_harakat_take_no_cell_and_stay_with_their_letter():
    word = "مُحَمَّد"
    line = layout_paragraph(word, 20)[0]
    assert line.cells == 4  # four letters, the marks ride on them
    for offset in range(len(word)):
        cell = line.logical_to_visual(offset)
        first, end = line.cell_range(cell)
        assert first <= offset < end
    assert line.cell_range(line.logical_to_visual(0)) == (0, 2)  # م with its damma


def test_the_alef_after_lam_with_a_haraka_has_a_cell():
    # `مثلًا`: lam, tanwin fath, alef. The ligature's cell must cover the alef too, or
    # a mention ending there could never be marked or copied.
    word = "مثلًا"
    line = layout_paragraph(word, 20)[0]
    alef = len(word) - 1
    cell = line.logical_to_visual(alef)
    assert cell is not None
    assert line.cell_range(cell) == (2, 5)


def test_a_mention_inside_a_word_with_a_proclitic_marks_only_the_name():
    text = "وصل الوفد بمراكش اليوم"
    line = layout_paragraph(text, 40)[0]
    start = text.index("مراكش")
    runs = paint_runs(line, [Span(start, start + 5, "place")])
    marked = [run for run, kinds in runs if kinds == ("place",)]
    assert len(marked) == 1
    assert logical(marked[0]) == "مراكش"
    # The proclitic ب is painted, unmarked, right next to the name (on its right).
    at = [run for run, _ in runs].index(marked[0])
    assert logical(runs[at + 1][0]).endswith(" ب")  # read right to left: "... الوفد ب"


def test_spans_on_a_mixed_arabic_latin_digit_line():
    text = "قال Antony Blinken في 2023 إن مراكش (المغرب) جاهزة"
    line = layout_paragraph(text, 80)[0]
    spans = [
        Span(text.index("Antony"), text.index(" في"), "person"),
        Span(text.index("2023"), text.index("2023") + 4, "date"),
        Span(text.index("المغرب"), text.index("المغرب") + 6, "place"),
    ]
    runs = dict((kinds, run) for run, kinds in paint_runs(line, spans) if kinds)
    assert runs[("person",)] == "Antony Blinken"  # Latin keeps its order
    assert runs[("date",)] == "2023"
    assert logical(runs[("place",)]) == "المغرب"  # inside the brackets, not on them
    assert "(" not in runs[("place",)] and ")" not in runs[("place",)]


def test_the_current_mention_is_painted_over_its_kind():
    text = "زار أنتوني بلينكن مراكش"
    line = layout_paragraph(text, 40)[0]
    person = Span(text.index("أنتوني"), text.index(" مراكش"), "person")
    runs = paint_runs(line, [person], current=person)
    assert [kinds for _, kinds in runs if kinds] == [("person", "current")]
    assert "".join(run for run, _ in runs) == line.text  # nothing lost or added


FAMILY_OF_FOUR = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"


def test_a_zwj_family_is_painted_whole_with_the_mark_on_the_letter_beside_it():
    # "ا" then the family: RTL, so the family (cells 0-1) is left of the alef (cell 2).
    line = layout_paragraph("ا" + FAMILY_OF_FOUR, 3)[0]
    assert paint_runs(line, [Span(0, 1, "person")]) == [
        (FAMILY_OF_FOUR, ()), ("\ufe8d", ("person",)),
    ]
    assert paint_runs(line, [Span(1, 8, "place")]) == [
        (FAMILY_OF_FOUR, ("place",)), ("\ufe8d", ()),
    ]


def test_a_mark_on_a_keycap_covers_all_its_code_points():
    keycap = "1\ufe0f\u20e3"
    line = layout_paragraph("ب " + keycap, 10)[0]
    # Left to right: the keycap (2 cells), the space, ب.
    assert paint_runs(line, [Span(2, 3, "date")]) == [(keycap, ("date",)), (" \ufe8f", ())]


def test_a_line_cut_to_its_room_is_cut_between_units():
    # At width 1 a two-cell emoji cannot be shown: its one cell that fits is a space.
    (line,) = layout_paragraph(FAMILY_OF_FOUR, 1)
    assert paint_runs(line, [], room=1) == [(" ", ())]
    # Cut after the family, the Latin letter beyond the room is left out.
    (line,) = layout_paragraph(FAMILY_OF_FOUR + "a", 10)
    assert paint_runs(line, [Span(0, 7, "place")], room=2) == [(FAMILY_OF_FOUR, ("place",))]
    assert paint_runs(line, [], room=3) == [(FAMILY_OF_FOUR + "a", ())]
