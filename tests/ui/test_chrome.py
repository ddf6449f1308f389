"""The header's status and the footer: what they say and how they fit."""

from __future__ import annotations

import pytest
from textual.screen import Screen

from reader.text.layout import BidiMode
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.key_footer import KeyFooter
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


@pytest.mark.parametrize(("width", "compact"), [(40, True), (80, True), (99, True), (100, False)])
async def test_footer_is_compact_below_100_columns(make_app, width, compact):
    app = make_app()
    async with app.run_test(size=(width, 24)):
        footer = app.screen.query_one(KeyFooter)
        assert footer.compact is compact
        assert footer.show_command_palette is not compact


@pytest.mark.parametrize("width", [80, 120])
async def test_every_footer_key_is_in_view_from_80_columns(make_app, width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        keys = {description: (start, end) for description, start, end in footer.keys_shown}
        assert {"Person", "Place", "Date", "Mention", "Copy", "Panel", "Bidi", "Quit"} <= set(keys)
        line = footer.render_line(0).text
        assert len(line) == width
        for description, (start, end) in keys.items():
            assert 0 <= start < end <= width, description
            assert description in line[start:end]


async def test_footer_line_as_textual_draws_it(make_app):
    # Textual's Footer at 100 columns (checked by eye against it, and cell by cell with
    # styles by a throwaway script at 6 sizes, focus and hover states): a space, the key,
    # a space, the description, a space; ctrl+p on the right behind a bar.
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyFooter).render_line(0).text
    assert line.startswith(" p/P Person  l/L Place  d/D Date  n/N Mention  y Copy ")
    assert line.endswith("▏^p Commands ") and len(line) == 100
    assert line[: -len("▏^p Commands ")].rstrip(" ").endswith(" t Bidi  q Quit")


async def test_footer_line_compact_below_100_columns(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyFooter).render_line(0).text
    assert line.startswith("p/P Person l/L Place d/D Date n/N Mention y Copy e Panel ")
    assert "Commands" not in line


async def test_a_click_on_a_footer_key_presses_it(make_app):
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        start, _end = next((s, e) for d, s, e in footer.keys_shown if d == "Bidi")
        await pilot.click(KeyFooter, offset=(start + 1, 0))
        await pilot.pause()
        assert app.bidi is BidiMode.TERMINAL


async def test_first_frame_holds_the_footer_keys_and_the_body(make_app, monkeypatch):
    # Textual's own footer composes its keys a frame or two after the rest of the screen.
    first: list[tuple[set[str], bool]] = []
    original = Screen._compositor_refresh

    def first_refresh(screen: Screen) -> None:
        original(screen)
        if not first and isinstance(screen, ReaderScreen):
            shown = {key for key, _, _ in screen.query_one(KeyFooter).keys_shown}
            first.append((shown, screen.article.line_index is not None))

    monkeypatch.setattr(Screen, "_compositor_refresh", first_refresh)
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
    shown, body_laid_out = first[0]
    assert {"Person", "Place", "Date", "Mention", "Copy", "Quit"} <= shown
    assert body_laid_out
