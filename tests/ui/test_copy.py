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


# -- drags over the title, and between the title and the article ---------------------------

TITLE = "التحالف الدولي ضد داعش يجتمع بمراكش.. تحديات تحت المجهر"  # the bundled title, by hand


def title_cells(bar, word: str) -> tuple[int, int]:
    """(leftmost, rightmost + 1) cells of `word` in the title's first row, counted from
    the title widget's left edge."""
    shift, line, pad = bar.rows()[0]
    start = TITLE.index(word) - shift
    (left, right), = line.span_columns(start, start + len(word))
    inset = bar.content_region.x - bar.region.x
    return inset + pad + left, inset + pad + right


def first_row_ends(view) -> tuple[int, int, str]:
    """(the article's top row's rightmost cell, its leftmost, its text as the paragraph
    has it), cells counted from the article widget's left edge."""
    paragraph, line = view.line_at(0)
    pad = view.styles.padding.left + view.margin + line.padding(view.text_width)
    text = view.paragraphs[paragraph].text[line.start:line.end].rstrip(" ")
    return pad + line.cells - 1, pad, text


async def test_a_drag_over_a_word_of_the_title_copies_it(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        bar = reader(app).title_bar
        assert bar.title_text == TITLE
        left, right = title_cells(bar, "داعش")
        await pilot.mouse_down("#title", offset=(right - 1, 0))  # its first letter
        await pilot.hover("#title", offset=(left, 0))
        await pilot.pause()
        strip = bar.render_line(0)
        inset = bar.content_region.x - bar.region.x
        assert all(style_at(strip, x - inset).reverse for x in range(left, right))
        assert not style_at(strip, left - inset - 2).reverse  # ضد, before it, is not
        await pilot.mouse_up("#title", offset=(left, 0))
        await pilot.pause()
        assert app.clipboard == "داعش"
        assert "Copied 4 characters." in notices(app)
        assert not style_at(bar.render_line(0), left - inset).reverse  # let go: unmarked


async def test_a_drag_from_the_title_into_the_article_copies_title_then_text(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        screen = reader(app)
        view = screen.article
        _, first_cell = title_cells(screen.title_bar, "التحالف")
        _, leftmost, row_text = first_row_ends(view)
        assert row_text.startswith("بأجندة حافلة")  # the first body line, as the file has it
        # From the title's first letter (its rightmost cell) to the end of the article's
        # first row (its leftmost cell).
        await pilot.mouse_down("#title", offset=(first_cell - 1, 0))
        await pilot.mouse_up("#article", offset=(leftmost, view.styles.padding.top))
        await pilot.pause()
        assert app.clipboard == TITLE + "\n" + row_text
        assert f"Copied {len(TITLE) + 1 + len(row_text)} characters." in notices(app)


async def test_a_drag_from_the_article_up_into_the_title_copies_in_logical_order(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        screen = reader(app)
        view = screen.article
        _, word_start = title_cells(screen.title_bar, "المجهر")
        _, leftmost, row_text = first_row_ends(view)
        # From the end of the article's first row up to the title's last word, whose first
        # letter is its rightmost cell: the title's end, then the whole first row.
        await pilot.mouse_down("#article", offset=(leftmost, view.styles.padding.top))
        await pilot.mouse_up("#title", offset=(word_start - 1, 0))
        await pilot.pause()
        assert app.clipboard == "المجهر\n" + row_text


async def test_a_drag_from_the_title_into_a_scrolled_article_copies_no_hidden_text(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await entities_shown(pilot)
        await pilot.press("space")  # the article's first lines are off screen now
        screen = reader(app)
        view = screen.article
        _, first_cell = title_cells(screen.title_bar, "التحالف")
        _, leftmost, row_text = first_row_ends(view)
        assert not row_text.startswith("بأجندة")
        await pilot.mouse_down("#title", offset=(first_cell - 1, 0))
        await pilot.mouse_up("#article", offset=(leftmost, view.styles.padding.top))
        await pilot.pause()
        assert app.clipboard == TITLE + "\n" + row_text  # nothing of the lines scrolled away
