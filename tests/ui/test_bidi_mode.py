"""The bidi mode: chosen, remembered, toggled live, and announced to the terminal."""

from __future__ import annotations

import io
import sys

import pytest
import textual.drivers.headless_driver as headless_driver
from textual.binding import Binding

from reader import cli
from reader.settings import load_settings, save_setting
from reader.text.layout import BidiMode, layout_paragraph
from reader.ui.app import ReaderApp
from reader.ui.bidi_driver import BidiModeDriver, with_bidi_mode
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.title_bar import TitleBar

EXPLICIT, IMPLICIT = "\x1b[8l", "\x1b[8h"


def view_of(app) -> ArticleView:
    return app.query_one("#article", ArticleView)


async def test_t_switches_to_terminal_mode_and_back(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        view = view_of(app)
        await pilot.press("t")
        assert app.bidi is BidiMode.TERMINAL
        assert view.bidi is BidiMode.TERMINAL
        assert app.query_one("#title", TitleBar).bidi is BidiMode.TERMINAL
        # Logical order, unshaped, unpadded: the terminal does the rest.
        first = layout_paragraph(article.body[0].text, view.text_width, bidi="terminal")[0]
        assert view.render_line(0).text.rstrip() == first.text
        assert article.body[0].text.startswith(first.text)
        await pilot.press("t")
        assert app.bidi is BidiMode.APP
        assert view.render_line(0).text.rstrip().endswith("\ufe93\ufeaa\ufee8\ufe9f\ufe84\ufe91")


async def test_toggle_keeps_the_reading_position(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        view = view_of(app)
        await pilot.press("space", "j", "j")
        before = view.top_position
        await pilot.press("t")
        assert view.top_position.paragraph == before.paragraph
        await pilot.press("t")
        assert view.top_position == before


async def test_toggle_remembers_the_choice(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        assert load_settings().bidi == "terminal"
        await pilot.press("t")
        assert load_settings().bidi == "app"
    save_setting("bidi", "terminal")
    assert make_app().bidi is BidiMode.TERMINAL


def test_command_line_choice_beats_the_remembered_one(make_app):
    save_setting("bidi", "terminal")
    assert make_app(bidi="app").bidi is BidiMode.APP
    assert make_app(bidi=None).bidi is BidiMode.TERMINAL


def test_unreadable_setting_falls_back_to_app_mode(make_app):
    save_setting("bidi", "sideways")
    assert make_app().bidi is BidiMode.APP


def test_cli_passes_bidi_and_harakat_to_the_app(monkeypatch):
    seen = {}

    def fake_run(self):
        seen.update(bidi=self.bidi, harakat=self.harakat)

    monkeypatch.setattr(ReaderApp, "run", fake_run)
    # The reader starts its UI only on a terminal (else it prints, as less does).
    monkeypatch.setattr(sys, "stdout", _Terminal())
    monkeypatch.setattr(sys, "stdin", _Terminal())
    assert cli.main(["--bidi", "terminal", "--no-harakat"]) == 0
    assert seen == {"bidi": BidiMode.TERMINAL, "harakat": False}


async def test_toggle_tells_the_terminal(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        written: list[str] = []
        app._driver.write = written.append
        await pilot.press("t")
        await pilot.press("t")
        assert bidi_sequences(written) == [IMPLICIT, EXPLICIT]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def bidi_sequences(written: list[str]) -> list[str]:
    return [data for data in written if data in (EXPLICIT, IMPLICIT)]


class RecordingDriver(headless_driver.HeadlessDriver):
    written: list[str] = []

    def write(self, data: str) -> None:
        RecordingDriver.written.append(data)


@pytest.fixture
def recording_driver(monkeypatch) -> list[str]:
    """Run pilot apps on a headless driver that records writes, with the bidi hook in."""
    RecordingDriver.written = []
    monkeypatch.setattr(headless_driver, "HeadlessDriver", with_bidi_mode(RecordingDriver))
    return RecordingDriver.written


def test_the_real_driver_carries_the_bidi_hook(make_app):
    assert issubclass(make_app().get_driver_class(), BidiModeDriver)


@pytest.mark.parametrize(
    ("mode", "on_start"), [("app", EXPLICIT), ("terminal", IMPLICIT)]
)
async def test_driver_sends_the_mode_on_start_and_implicit_on_exit(
    make_app, recording_driver, mode, on_start
):
    app = make_app(bidi=mode)
    async with app.run_test(size=(80, 24)) as pilot:
        assert bidi_sequences(recording_driver) == [on_start]
        await pilot.press("q")
    assert bidi_sequences(recording_driver) == [on_start, IMPLICIT]


class CrashingApp(ReaderApp):
    BINDINGS = [Binding("x", "crash", "Crash", id="test.crash")]

    def action_crash(self) -> None:
        raise RuntimeError("boom")


async def test_implicit_mode_is_restored_after_a_crash(article, recording_driver):
    app = CrashingApp(article, bidi="app")
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("x")
            await pilot.pause()
    assert bidi_sequences(recording_driver) == [EXPLICIT, IMPLICIT]
