"""Odd inputs and odd terminals: the reader shows what it can and never crashes."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from reader.text.document import parse_document
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.title_bar import TitleBar


@pytest.mark.parametrize("size", [(10, 5), (3, 3), (1, 1), (200, 60)])
async def test_tiny_and_huge_terminals_do_not_break(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("space", "G", "b", "g", "t", "j")
        await pilot.pause()
        assert app.is_running


@pytest.mark.parametrize(
    "text",
    ["", "عنوان فقط", "Only an English title\nAnd an English body, left to right."],
)
async def test_short_documents_open(make_app, text):
    app = make_app(parse_document(text, "short.txt"))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("space", "G", "g", "j", "k")
        view = app.query_one("#article", ArticleView)
        assert view.scroll_y == 0


async def test_english_paragraphs_are_flush_left(make_app):
    app = make_app(parse_document("Title\nAnd an English body, left to right.", "en.txt"))
    async with app.run_test(size=(40, 12)):
        row = app.query_one("#article", ArticleView).render_line(0).text
        assert row.startswith("And an English body")


async def test_keys_still_work_when_nothing_has_focus(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.set_focus(None)
        await pilot.pause()
        await pilot.press("t")
        assert app.bidi == "terminal"
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


async def test_title_ends_where_the_body_lines_end(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)):
        view = app.query_one("#article", ArticleView)
        title = app.query_one("#title", TitleBar)
        body_right = view.scrollable_content_region.x + view.margin + view.text_width
        row = title.render_line(0).text
        title_right = title.content_region.x + cell_len(row.rstrip())
        assert title_right == body_right
        # The body's first line is flush right in its column, too.
        first = view.render_line(0).text
        assert view.scrollable_content_region.x + cell_len(first.rstrip()) == body_right


async def test_long_titles_keep_two_rows_and_end_in_an_ellipsis(make_app):
    title = " ".join(["كلمة"] * 40)
    app = make_app(parse_document(title + "\nنص", "t.txt"))
    async with app.run_test(size=(40, 12)):
        bar = app.query_one("#title", TitleBar)
        assert bar.size.height == 2
        assert bar.render_line(1).text.lstrip().startswith("… ")
