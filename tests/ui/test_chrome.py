"""The header's status and the footer: what they say and how they fit."""

from __future__ import annotations

import pytest
from textual.widgets import Footer

from reader.ui.widgets.reading_status import ReadingStatus, position_label


@pytest.mark.parametrize(
    ("row", "last_row", "label"),
    [(0, 0, "all"), (0, 50, "top"), (50, 50, "end"), (25, 50, "50%"), (1, 300, "0%")],
)
def test_position_label(row, last_row, label):
    assert position_label(row, last_row) == label


async def test_status_shows_mode_and_position(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        status = app.query_one("#status", ReadingStatus)
        assert str(status.render()) == "bidi: app · top"
        await pilot.press("G")
        await pilot.pause()
        assert str(status.render()) == "bidi: app · end"
        await pilot.press("t")
        await pilot.pause()
        label = str(status.render())
        # The top row keeps its text across the switch, so the position may move a little.
        assert label.startswith("bidi: terminal · ")
        assert status.size.width == len(label)  # the wider label is not cut


@pytest.mark.parametrize(("width", "compact"), [(40, True), (69, True), (70, False), (120, False)])
async def test_footer_is_compact_on_narrow_terminals(make_app, width, compact):
    app = make_app()
    async with app.run_test(size=(width, 24)):
        assert app.query_one(Footer).compact is compact
