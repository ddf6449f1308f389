"""The article view keeps the reading position exactly through any sequence of resizes
(driven through Textual's pilot, random sizes from fixed seeds)."""

from __future__ import annotations

import random

import pytest
from textual.app import App, ComposeResult

from reader.text.document import parse_document
from reader.text.load import load_text
from reader.ui.widgets.article_view import ArticleView, ReadingPosition

from .harness import SEED

ARTICLE = parse_document(load_text(SEED) * 6).body  # long enough to scroll far


class OneView(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleView(ARTICLE, id="article")


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_random_resizes_keep_the_paragraph_and_offset_at_the_top(seed):
    rng = random.Random(seed)
    app = OneView()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.scroll_to_row(rng.randrange(40, 120))
        await pilot.pause()
        start = view.top_position
        # A position in the middle of a line (a jump to a mention puts one there).
        lines = view.line_index.lines(start.paragraph)
        middle = ReadingPosition(start.paragraph, (lines[0].start + lines[0].end) // 2)
        view.scroll_to_position(middle)
        await pilot.pause()
        assert view.top_position == middle
        for _ in range(8):
            await pilot.resize_terminal(rng.randint(20, 140), rng.randint(6, 50))
            await pilot.pause()
            assert view.top_position == middle
        # The six round trips of the issue: 80x24 -> 40x12 -> 80x24.
        for _ in range(6):
            for size in ((40, 12), (80, 24)):
                await pilot.resize_terminal(*size)
                await pilot.pause()
        assert view.top_position == middle
        # And the top row shows it.
        paragraph, line = view.line_at(0)
        assert paragraph == middle.paragraph and line.start <= middle.offset < line.end


async def test_scrolling_after_resizes_moves_from_the_kept_position():
    app = OneView()
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.scroll_to_row(50)
        await pilot.pause()
        before = view.top_position
        await pilot.resize_terminal(90, 20)
        await pilot.pause()
        view.action_scroll_lines(1)
        await pilot.pause()
        after = view.top_position
        assert (after.paragraph, after.offset) > (before.paragraph, before.offset)
