"""The reader application: title, article body and the keys, in one screen."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.driver import Driver
from textual.events import Resize
from textual.reactive import reactive
from textual.widgets import Footer

from reader.resources import stylesheet
from reader.settings import load_settings, save_setting
from reader.text.document import Document
from reader.text.layout import BidiMode
from reader.ui.article_view import ArticleView
from reader.ui.bidi_driver import bidi_mode_sequence, with_bidi_mode
from reader.ui.reading_status import ReadingStatus
from reader.ui.title_bar import TitleBar

BIDI_SETTING = "bidi"
NARROW = 70
"""Terminals narrower than this get the compact footer."""


def initial_bidi(requested: BidiMode | str | None) -> BidiMode:
    """The mode asked for on the command line, else the remembered one, else the app's."""
    if requested is not None:
        return BidiMode(requested)
    try:
        return BidiMode(load_settings().get(BIDI_SETTING, BidiMode.APP.value))
    except ValueError:
        return BidiMode.APP


class ReaderApp(App[int]):
    """Shows one article, right to left, shaped by the app or by the terminal."""

    CSS_PATH = stylesheet("reader.tcss")
    ENABLE_COMMAND_PALETTE = False
    AUTO_FOCUS = "#article"

    BINDINGS: list[BindingType] = [
        # Shown in the footer by the article view, which has the focus; these work without.
        Binding("q", "quit", "Quit", show=False, id="reader.quit"),
        Binding("t", "toggle_bidi", "Bidi", show=False, id="reader.toggle-bidi"),
    ]

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    """Who reorders and shapes: the app, or the terminal."""

    def __init__(
        self,
        document: Document,
        *,
        bidi: BidiMode | str | None = None,
        harakat: bool = True,
    ) -> None:
        super().__init__()
        self.document = document
        self.harakat = harakat
        self.set_reactive(ReaderApp.bidi, initial_bidi(bidi))
        self.title = "arabic-reader"
        self.sub_title = document.name

    def get_driver_class(self) -> type[Driver]:
        return with_bidi_mode(super().get_driver_class())

    def compose(self) -> ComposeResult:
        title = self.document.title.text if self.document.title else self.document.name
        with Horizontal(id="header"):
            yield ReadingStatus(id="status").data_bind(ReaderApp.bidi)
            yield TitleBar(title, bidi=self.bidi, harakat=self.harakat, id="title").data_bind(
                ReaderApp.bidi
            )
        yield ArticleView(
            self.document.body, bidi=self.bidi, harakat=self.harakat, id="article"
        ).data_bind(ReaderApp.bidi)
        yield Footer()

    def on_resize(self, event: Resize) -> None:
        # The footer's spacing goes first on a narrow terminal, so every key stays in view.
        self.query_one(Footer).compact = event.size.width < NARROW

    def action_toggle_bidi(self) -> None:
        """Switch who does bidi, live, and remember the choice."""
        self.bidi = BidiMode.TERMINAL if self.bidi is BidiMode.APP else BidiMode.APP

    def watch_bidi(self, mode: BidiMode) -> None:
        if self._driver is not None:
            self._driver.write(bidi_mode_sequence(mode))
            self._driver.flush()
        save_setting(BIDI_SETTING, mode.value)
        self.notify(
            "The reader shapes and orders the text."
            if mode is BidiMode.APP
            else "Your terminal orders the text (Konsole, mlterm).",
            title=f"Bidi: {mode.value}",
            timeout=3,
        )

    @on(ArticleView.ColumnChanged, "#article")
    def align_title(self, event: ArticleView.ColumnChanged) -> None:
        self.query_one("#title", TitleBar).right_edge = event.right

    @on(ArticleView.PositionChanged, "#article")
    def show_position(self, event: ArticleView.PositionChanged) -> None:
        status = self.query_one("#status", ReadingStatus)
        status.row = event.row
        status.last_row = event.last_row
