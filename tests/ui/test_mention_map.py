"""The mention map: a strip in the status line of where the current entity's mentions fall."""

from __future__ import annotations

import pytest

from reader.ui.widgets.mention_status import HERE, MENTION, TRACK, mention_map
from tests.ui.screen_helpers import entities_shown, reader


def test_the_article_reads_right_to_left_along_the_strip():
    # The article's start is the rightmost cell: 0.0 -> cell 9, 0.5 -> cell 4, 0.99 -> 0.
    assert mention_map((0.0, 0.5, 0.99), 1, 10) == "┃───█────┃"
    assert mention_map((0.0,), 0, 4) == "───█"
    assert mention_map((), -1, 3) == TRACK * 3


def test_the_current_mention_wins_a_shared_cell():
    # 0.10 * 5 and 0.11 * 5 both fall in the first fifth: the rightmost cell.
    assert mention_map((0.10, 0.11), 0, 5) == "────█"
    assert mention_map((0.10, 0.11), 1, 5) == "────█"
    assert mention_map((0.10, 0.11), -1, 5) == "────┃"


async def test_p_shows_where_the_persons_mentions_fall(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        await pilot.pause()
        status = reader(app).status
        row = "".join(segment.text for segment in status.render_line(0))
        # أنتوني بلينكن at offsets 1554 and 3015 of the bundled article's 3,409 characters,
        # the first one current: cells 60 - 1 - 27 = 32 and 60 - 1 - 53 = 6 of 60.
        strip = TRACK * 6 + MENTION + TRACK * 25 + HERE + TRACK * 27
        assert row.startswith(strip + " ")
        await pilot.press("n")  # the next mention of the same person
        await pilot.pause()
        row = "".join(segment.text for segment in status.render_line(0))
        assert row.startswith(TRACK * 6 + HERE + TRACK * 25 + MENTION + TRACK * 27 + " ")


@pytest.mark.parametrize(("size", "shown"), [((28, 12), False), ((40, 12), True)])
async def test_the_map_is_dropped_where_the_name_leaves_it_no_room(make_app, size, shown):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        await pilot.pause()
        row = "".join(segment.text for segment in reader(app).status.render_line(0))
        # 25 cells inside the padding at 28 columns: the name (13) and "1/2" leave 8, less
        # the gap; at 40 columns the map has 21 cells.
        assert (HERE in row) is shown and "1/2" in row
