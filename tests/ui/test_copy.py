"""Copying the text, not the screen: Y copies a paragraph, a drag copies what it covers."""

from __future__ import annotations

from reader.text.highlights import Span
from reader.text.layout import layout_paragraph
from tests.ui.conftest import occurrences
from tests.ui.screen_helpers import entities_shown, mention_cells, notices, reader, style_at
from tests.ui.test_search import search_for

WIDE = (120, 40)


def line_of_file(text: str, offset: int) -> str:
    """The line of the file holding `offset` (a paragraph, as the file has it)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:] if end < 0 else text[start:end]


async def test_Y_copies_the_paragraph_of_the_current_mention_as_logical_text(make_app, article):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")  # أنتوني بلينكن, in a body paragraph
        current = reader(app).current
        await pilot.press("Y")
        expected = line_of_file(article.text, current.start)
        assert "أنتوني بلينكن" in expected
        assert app.clipboard == expected
        assert f"Copied the paragraph: {len(expected)} characters." in notices(app)


async def test_Y_copies_the_paragraph_of_the_current_match(make_app, article):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await search_for(pilot, "مراكش")
        await pilot.press("N")  # the last match, in the last paragraphs
        start = occurrences(article.text, "مراكش")[-1][0]
        await pilot.press("Y")
        assert app.clipboard == line_of_file(article.text, start)


async def test_Y_with_nothing_current_copies_the_paragraph_at_the_top(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await entities_shown(pilot)
        await pilot.press("space")
        view = reader(app).article
        paragraph, line = view.line_at(0) or view.line_at(1)
        top = view.paragraphs[paragraph]
        await pilot.press("Y")
        assert app.clipboard == line_of_file(article.text, top.start)
        assert app.clipboard in article.text.split("\n")


async def test_a_drag_over_a_word_copies_it_in_logical_order(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        morocco = next(e for e in bundled_entities if e.name == "مراكش").mentions[1]
        y, runs = mention_cells(view, Span(morocco.start, morocco.end, "place"))
        left, right = runs[0]
        pad = view.styles.padding
        # From the word's first letter (its rightmost cell) to its last (the leftmost).
        await pilot.mouse_down("#article", offset=(pad.left + right - 1, pad.top + y))
        await pilot.mouse_up("#article", offset=(pad.left + left, pad.top + y))
        await pilot.pause()
        assert app.clipboard == "مراكش"
        assert "Copied 5 characters." in notices(app)
        assert reader(app).current is None  # the end of a drag is no click on the mention


async def test_a_drag_over_two_lines_copies_them_with_the_space_the_break_ate(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        paragraph, first = view.line_at(0)
        _, second = view.line_at(1)
        text = view.paragraphs[paragraph].text
        lines = layout_paragraph(text, view.text_width)
        assert (first.start, second.start) == (lines[0].start, lines[1].start)
        pad = view.styles.padding
        right_end = view.margin + first.padding(view.text_width) + first.cells - 1
        left_end = view.margin + second.padding(view.text_width)
        # From the start of the paragraph (top right) to the end of its second line.
        await pilot.mouse_down("#article", offset=(pad.left + right_end, pad.top))
        await pilot.mouse_up("#article", offset=(pad.left + left_end, pad.top + 1))
        await pilot.pause()
        assert app.clipboard == text[: lines[1].end].rstrip(" ")
        assert app.clipboard[lines[0].end - 1] == " "  # between the two lines' words


async def test_while_dragging_the_covered_cells_are_marked_and_let_go_they_are_not(
    make_app, bundled_entities
):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        morocco = next(e for e in bundled_entities if e.name == "مراكش").mentions[1]
        y, runs = mention_cells(view, Span(morocco.start, morocco.end, "place"))
        left, right = runs[0]
        pad = view.styles.padding
        before = style_at(view.render_line(y), left)
        assert not before.reverse  # a place: bold
        await pilot.mouse_down("#article", offset=(pad.left + right - 1, pad.top + y))
        await pilot.hover("#article", offset=(pad.left + left, pad.top + y))
        await pilot.pause()
        strip = view.render_line(y)
        assert all(style_at(strip, x).reverse for x in range(left, right))
        assert not style_at(strip, left - 2).reverse  # the word before is not covered
        await pilot.mouse_up("#article", offset=(pad.left + left, pad.top + y))
        await pilot.pause()
        assert app.clipboard == "مراكش"
        assert not style_at(view.render_line(y), left).reverse
