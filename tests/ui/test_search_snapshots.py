"""Snapshots of search in progress and of the help screen. The SVGs cannot show Arabic
truthfully (an SVG renderer shapes and reorders again); each screen was compared row by row
with ../shared/tools/term-snap's text of the same keys, and its PNG looked at."""

from __future__ import annotations

from tests.ui.screen_helpers import entities_shown, reader


async def _search_typed(pilot) -> None:
    await entities_shown(pilot)
    await pilot.press("slash", *"مراكش")
    while reader(pilot.app).search_bar.count in ("", "counting…"):
        await pilot.pause(0.05)
    await pilot.pause()


def test_search_in_progress_at_100x30(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=_search_typed)


def test_the_help_screen_at_120x40(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=entities_shown,
                        press=["question_mark"])
