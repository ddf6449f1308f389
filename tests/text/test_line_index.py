"""The row index behind the article view: estimates first, exact counts once laid out."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text import line_index
from reader.text.document import parse_document
from reader.text.layout import layout_paragraph
from reader.text.line_index import LineIndex, estimate_line_count
from reader.text.load import load_text

SEED_ARTICLE = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

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


# -- the reading position across resizes ----------------------------------------------------

ARTICLE = parse_document(load_text(SEED_ARTICLE)).body
PARAGRAPHS = tuple(p.text for p in ARTICLE)


def _top_after_resize(texts, anchor, width, page):
    """What the view does on a resize: a new index, the anchor's row at the top (clamped
    at the end), then the position read back from that row."""
    index = LineIndex(texts, width)
    row = index.row_of(*anchor)
    last = max(0, index.height - page)
    top = min(row, last)
    return index, top, index.position_at(top, anchor, at_end=top >= last)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=0, max_value=len(PARAGRAPHS) - 1),
    st.floats(min_value=0, max_value=1),
    st.lists(st.tuples(st.integers(1, 130), st.integers(1, 50)), min_size=1, max_size=12),
)
def test_position_at_the_top_never_moves_across_resizes(paragraph, where, sizes):
    offset = int(where * (len(PARAGRAPHS[paragraph]) - 1))
    anchor = (paragraph, offset)
    for width, page in sizes:
        index, top, position = _top_after_resize(PARAGRAPHS, anchor, width, page)
        assert position == anchor
        # And the top row really shows it, unless the view is scrolled to its end.
        shown, line = index.locate(top)
        if top < max(0, index.height - page):
            assert shown == paragraph
            lines = index.lines(paragraph)
            assert lines[line].start <= offset
            assert line + 1 == len(lines) or offset < lines[line + 1].start


def test_a_new_top_row_gives_the_start_of_its_line():
    index = LineIndex(PARAGRAPHS, 40)
    index.lines(0)
    second = index.lines(0)[1]
    # The anchor is elsewhere (the user scrolled): the row's own line start is the position.
    assert index.position_at(1, (3, 17)) == (0, second.start)
    # A gap row belongs to the next paragraph's start.
    assert index.position_at(len(index.lines(0)), None) == (1, 0)


@settings(max_examples=60, deadline=None)
@given(
    lengths=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=40),
    width=st.integers(min_value=1, max_value=120),
    laid_out=st.lists(st.integers(min_value=0, max_value=39), max_size=10),
)
def test_lists_and_numpy_arrays_give_the_same_rows(lengths, width, laid_out):
    # Short articles keep counts in lists (no numpy import before the first frame), long
    # ones in numpy arrays: the rows must not depend on which.
    texts = ["ب" * n + " كلمة" * (n % 7) for n in lengths]
    short, long = _index(texts, width, vector_from=10**9), _index(texts, width, vector_from=0)
    assert isinstance(short._counts, list) and not isinstance(long._counts, list)
    for index in laid_out:
        if index < len(texts):
            assert short.lines(index) == long.lines(index)
    assert short.height == long.height
    for row in range(-1, short.height + 2):
        assert short.locate(row) == long.locate(row)
    assert [short.start(k) for k in range(len(texts))] == \
        [long.start(k) for k in range(len(texts))]


def _index(texts: list[str], width: int, *, vector_from: int) -> LineIndex:
    saved = line_index.VECTOR_FROM
    line_index.VECTOR_FROM = vector_from
    try:
        return LineIndex(texts, width)
    finally:
        line_index.VECTOR_FROM = saved
