"""The row index behind the article view: estimates first, exact counts once laid out."""

from __future__ import annotations

from reader.text.layout import layout_paragraph
from reader.text.line_index import LineIndex, estimate_line_count

TEXTS = (
    "في مدينة مراكش المغربية اجتماع التحالف الدولي ضد تنظيم داعش " * 3,
    "قصيرة",
    "الاجتماع الذي يلتئم بدعوة مغربية أمريكية ينعقد للمرة الأولى " * 5,
)


def test_nothing_is_laid_out_to_know_the_height():
    index = LineIndex(TEXTS, 30)
    assert index.laid_out_count() == 0
    assert index.height == sum(estimate_line_count(t, 30) for t in TEXTS) + 2


def test_laying_out_corrects_the_count_and_moves_later_rows():
    index = LineIndex(TEXTS, 30)
    lines = index.lines(0)
    assert lines == layout_paragraph(TEXTS[0], 30)
    assert index.is_laid_out(0)
    assert index.start(1) == len(lines) + 1  # one blank row between paragraphs
    assert index.locate(index.start(1)) == (1, 0)
    assert index.locate(len(lines)) == (0, len(lines))  # the gap row belongs to paragraph 0


def test_every_row_maps_back_to_its_paragraph_when_all_are_laid_out():
    index = LineIndex(TEXTS, 24)
    for i in range(len(TEXTS)):
        index.lines(i)
    expected = []
    for i, text in enumerate(TEXTS):
        expected += [(i, k) for k in range(len(layout_paragraph(text, 24)))]
        if i < len(TEXTS) - 1:
            expected.append((i, len(layout_paragraph(text, 24))))
    assert [index.locate(row) for row in range(index.height)] == expected


def test_row_of_an_offset_is_the_line_holding_it():
    index = LineIndex(TEXTS, 20)
    lines = layout_paragraph(TEXTS[2], 20)
    target = lines[3]
    assert index.row_of(2, target.start + 1) == index.start(2) + 3


def test_estimate_is_close_for_arabic_prose():
    for text in TEXTS:
        for width in (20, 40, 76):
            real = len(layout_paragraph(text, width))
            assert abs(estimate_line_count(text, width) - real) <= max(1, real // 4)
