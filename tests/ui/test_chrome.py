"""The header's status and the footer: what they say and how they fit."""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from reader.ui.reading_status import ReadingStatus, position_label


@pytest.mark.parametrize(
    ("row", "last_row", "label"),
    [(0, 0, "All"), (0, 50, "Top"), (50, 50, "Bot"), (25, 50, "50%"), (1, 300, "0%")],
)
def test_position_label(row, last_row, label):
    assert position_label(row, last_row) == label


async def test_status_shows_mode_and_position(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        status = app.query_one("#status", ReadingStatus)
        assert str(status.render()) == "app · Top"
        await pilot.press("G")
        await pilot.pause()
        assert str(status.render()) == "app · Bot"
        await pilot.press("t")
        await pilot.pause()
        assert str(status.render()) == "terminal · Bot"
        assert status.size.width == len("terminal · Bot")  # the wider label is not cut


@pytest.mark.parametrize(("width", "compact"), [(40, True), (69, True), (70, False), (120, False)])
async def test_footer_is_compact_on_narrow_terminals(make_app, width, compact):
    app = make_app()
    async with app.run_test(size=(width, 24)):
        assert app.query_one(Footer).compact is compact
