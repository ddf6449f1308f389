"""Marked mentions: which cells carry which style, exact to the character, without colour too."""

from __future__ import annotations

import unicodedata

import pytest
from rich.style import Style

from reader.entities import Entity, Mention
from reader.text.document import parse_document
from reader.text.highlights import Span
from reader.text.layout import layout_paragraph
from reader.ui.widgets.mention_marks import MarkStyles, marked_strip
from reader.ui.widgets.title_bar import TitleBar
from tests.ui.screen_helpers import (
    entities_shown,
    logical,
    mention_cells,
    reader,
    style_at,
    text_at,
)

WIDE = (120, 40)
KIND_STYLE = {"person": "underline", "place": "bold", "date": "reverse"}


def flags(style) -> set[str]:
    return {name for name in ("underline", "bold", "reverse") if getattr(style, name)}


def first_of(entities, kind: str) -> Span:
    # A body mention (the title has its own widget).
    spans = sorted(Span(m.start, m.end, e.kind) for e in entities if e.kind == kind
                   for m in e.mentions if m.start > 60)
    return spans[0]


@pytest.mark.parametrize("no_color", [False, True])
@pytest.mark.parametrize("kind", ["person", "place", "date"])
async def test_each_kind_has_a_style_that_needs_no_colour(
    make_app, bundled_entities, monkeypatch, kind, no_color
):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        span = first_of(bundled_entities, kind)
        await pilot.press("j") if not view.shows_offset(span.start) else None
        y, runs = mention_cells(view, span)
        strip = view.render_line(y)
        for left, right in runs:
            for x in range(left, right):
                assert flags(style_at(strip, x)) == {KIND_STYLE[kind]}
        # The cells either side are plain.
        first, last = runs[0][0], runs[-1][1]
        if first > 0:
            assert flags(style_at(strip, first - 1)) == set()
        if last < strip.cell_length:
            assert flags(style_at(strip, last)) == set()
        marked = text_at(strip, runs[0][0], runs[-1][1])
        expected = app.reader.document.text[span.start:span.end]
        # Arabic is read from the right; the year 2004 from the left, as it is written.
        assert (marked if expected.isdigit() else logical(marked)) == expected


async def test_a_proclitic_stays_unmarked_in_the_title(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        title = app.query_one("#title", TitleBar)
        document = reader(app).document
        start = document.title.text.index("بمراكش")  # the title starts at offset 0
        width = title.size.width - title.inset
        line = title.lines()[0]
        pad = line.padding(width)
        (left, right), = line.span_columns(start + 1, start + 6)  # مراكش, without ب
        strip = title.render_line(0)
        assert logical(text_at(strip, pad + left, pad + right)) == "مراكش"
        assert all("bold" in flags(style_at(strip, x)) for x in range(pad + left, pad + right))
        assert logical(text_at(strip, pad + right, pad + right + 1)) == "ب"
        assert style_at(strip, pad + right) == title.rich_style  # painted as the title is


async def test_the_current_mention_stands_out_from_its_kind(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("l", "l")  # مراكش in the first paragraph
        view = reader(app).article
        current = reader(app).current
        y, runs = mention_cells(view, current)
        strip = view.render_line(y)
        assert flags(style_at(strip, runs[0][0])) == {"underline", "bold", "reverse"}
        marrakesh = next(e for e in bundled_entities if e.name == "مراكش")
        other = Span(marrakesh.mentions[2].start, marrakesh.mentions[2].end, "place")
        assert view.shows_offset(other.start)
        y, runs = mention_cells(view, other)
        assert flags(style_at(view.render_line(y), runs[0][0])) == {"bold"}


async def test_h_hides_the_marks_but_not_the_current_mention(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        view = reader(app).article
        place = first_of(bundled_entities, "place")
        await pilot.press("h")
        y, runs = mention_cells(view, place)
        assert flags(style_at(view.render_line(y), runs[0][0])) == set()
        current = reader(app).current
        y, runs = mention_cells(view, current)
        assert flags(style_at(view.render_line(y), runs[0][0])) == {"underline", "bold", "reverse"}
        await pilot.press("h")
        y, runs = mention_cells(view, place)
        assert flags(style_at(view.render_line(y), runs[0][0])) == {"bold"}


async def test_marks_are_exact_on_a_ligature_and_harakat(make_app):
    # عبد السلام مُحمَّد: a lam-alef ligature and three harakat inside the mention.
    text = "خبر قصير\nقال عبد السلام مُحمَّد إن الوفد وصل.\n"
    document = parse_document(text, "t.txt")
    name = "عبد السلام مُحمَّد"
    start = text.index(name)

    def engine(_):
        return [Entity("person", name, None, (Mention(start, start + len(name), name),))]

    app = make_app(document, find_entities=engine)
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        span = Span(start, start + len(name), "person")
        y, runs = mention_cells(view, span)
        assert len(runs) == 1
        left, right = runs[0]
        strip = view.render_line(y)
        # 15 letters, one ligature: 14 cells, the two spaces included; no mark takes a cell.
        assert right - left == 16 - 2
        assert all(flags(style_at(strip, x)) == {"underline"} for x in range(left, right))
        assert flags(style_at(strip, left - 1)) == set()  # the space before إن
        assert flags(style_at(strip, right)) == set()  # the space after قال
        assert logical(text_at(strip, left, right)) == unicodedata.normalize("NFKC", name)


class _Unstyled:
    """What MarkStyles reads of a widget, every mark bold."""

    rich_style = Style()

    def get_component_rich_style(self, name: str, partial: bool = False) -> Style:
        return Style(bold=True)


def test_a_zwj_family_beside_a_marked_letter_reaches_the_screen_whole():
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"
    line = layout_paragraph("ا" + family, 3)[0]  # the family in cells 0-1, the alef in 2
    styles = MarkStyles(_Unstyled())  # type: ignore[arg-type]
    strip = marked_strip(line, line.padding(3), 3, styles, [Span(0, 1, "person")])
    assert [(segment.text, bool(segment.style and segment.style.bold)) for segment in strip] == [
        (family, False), ("\ufe8d", True),
    ]
    assert strip.cell_length == 3


def test_a_zwj_family_in_a_view_one_cell_wide_is_cut_whole():
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"
    (line,) = layout_paragraph(family, 1)
    strip = marked_strip(line, line.padding(1), 1, MarkStyles(_Unstyled()))  # type: ignore[arg-type]
    assert "".join(segment.text for segment in strip) == " "  # not a lone man and a ZWJ
