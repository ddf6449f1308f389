"""The help screen (?) lists every key of the table; the header says how to undo a `t`."""

from __future__ import annotations

from bidi import get_display
from rich.console import Console
from textual.keys import format_key
from textual.widgets import Static

from reader.settings import save_setting
from reader.text.layout import BidiMode
from reader.ui import keys
from reader.ui.screens.help_screen import HelpScreen
from reader.ui.widgets.reading_status import ReadingStatus
from tests.ui.screen_helpers import entities_shown

WIDE = (120, 40)


def help_text(app) -> str:
    """What the help screen's boxes say, as plain text."""
    console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    for box in app.screen.query(Static):
        console.print(box.content)  # headings and tables of keys
    return console.export_text()


async def test_question_mark_lists_every_key_of_every_table(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = help_text(app)
        for _, table in keys.TABLES:
            for key in table:
                assert key.title in shown, key.id
        for heading in ("Jump", "Search", "Copy", "Panel", "In the article", "In the panel"):
            assert heading in shown
        assert "/  " in shown or "/ " in shown  # the search key, shown as typed
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_shows_a_key_where_the_keymap_moved_it(make_app):
    save_setting("keymap", {"reader.next-person": "right"})
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        row = next(line for line in help_text(app).splitlines() if "Next person" in line)
        assert row.split()[0] == format_key("right") == "→"


async def test_in_terminal_mode_the_header_says_how_to_switch_back(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        status = app.query_one("#status", ReadingStatus)
        assert str(status.render()).startswith("bidi: app · ")
        await pilot.press("t")
        assert app.bidi is BidiMode.TERMINAL
        header = str(status.render())
        assert header.startswith("bidi: terminal · backwards? press t · ")
        await pilot.press("t")
        assert str(status.render()).startswith("bidi: app · ")


async def test_the_terminal_mode_header_reads_the_same_after_a_terminal_does_bidi(make_app):
    app = make_app(bidi="terminal")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        status = str(app.query_one("#status", ReadingStatus).render())
        title = app.query_one("#title").render_line(0).text.rstrip()
        assert app.document.title.text.startswith(title)  # logical order, as the file has it
        # The header row as the terminal gets it; one that does bidi reorders the row (its
        # first strong letter is Latin, so the row reads left to right).
        row = f" {status}  {title}"
        assert get_display(row).startswith(f" {status}  ")  # the status unchanged, in place
