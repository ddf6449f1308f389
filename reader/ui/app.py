"""The reader application: only what is global — settings, keymap, bidi mode, the driver."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, ClassVar, TypeGuard

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.reactive import reactive
from textual.screen import Screen

from reader import startup
from reader.resources import stylesheet
from reader.settings import Settings, read_settings, save_setting
from reader.text.document import Document
from reader.text.layout import BidiMode
from reader.ui import keys
from reader.ui.bidi_driver import bidi_mode_sequence, with_bidi_mode
from reader.ui.screens.reader_screen import ReaderScreen

if TYPE_CHECKING:
    from reader.entities import Entity
    from reader.library import Bookmark, Library
    from reader.ui.screens import library_screen

BIDI_SETTING = "bidi"


def initial_bidi(requested: BidiMode | str | None, settings: Settings) -> BidiMode:
    """The mode asked for on the command line, else the remembered one."""
    return BidiMode(requested if requested is not None else settings.bidi)


def _library_screens() -> ModuleType:
    """The library's screens, imported when a library is opened (not before an article's
    first frame)."""
    from reader.ui.screens import library_screen

    return library_screen


class ReaderApp(App[int]):
    """Shows one article, or a library of them, right to left, shaped by the app or by the
    terminal."""

    # One file a screen; the library's is added for a library (see __init__). (Textual loads
    # a Screen's own CSS_PATH only for pushed screens, not for the default one, which the
    # library is.)
    CSS_PATH = [stylesheet("reader.tcss")]
    # The palette (ctrl+p) lists every key of the table; the shortcut is not in the footer.
    COMMAND_PALETTE_BINDING = "ctrl+p"
    COMMAND_PALETTE_DISPLAY = "ctrl+p"
    NOTIFICATION_TIMEOUT = 3

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.commands"),
    ]

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    """Who reorders and shapes: the app, or the terminal."""

    def __init__(
        self,
        document: Document | None = None,
        *,
        library: Library | None = None,
        bookmark: Bookmark | None = None,
        bidi: BidiMode | str | None = None,
        harakat: bool = True,
        find_entities: Callable[[str], Sequence[Entity]] | None = None,
        notices: Sequence[str] = (),
    ) -> None:
        """One `document` (its position kept by `bookmark`), or a `library` to choose from.
        `find_entities(text)` replaces the entity engine (tests give their own). `notices`
        (a warning of the loader: bytes that are not UTF-8) are shown when the reader opens."""
        super().__init__(
            css_path=None if library is None else [*self.CSS_PATH, stylesheet("library.tcss")]
        )
        if (document is None) == (library is None):
            raise TypeError("ReaderApp takes a document or a library")
        self.document = document
        self.library = library
        self.bookmark = bookmark
        self.harakat = harakat
        self._find_entities = find_entities
        loaded = read_settings()
        self.settings = loaded.settings
        """The settings read at start (settings.toml); choices made since are saved there."""
        self._settings_problems = [*notices, *([loaded.problem] if loaded.problem else [])]
        self.set_reactive(ReaderApp.bidi, initial_bidi(bidi, self.settings))
        self.title = "arabic-reader"
        if library is not None:
            self.sub_title = library.folder.name
        elif document is not None:
            self.sub_title = document.name
        self.keymap = keys.keymap_from(self.settings.keymap)
        """Binding id → keys, as the user moved them ([keymap] in settings.toml)."""
        unknown = sorted(set(self.settings.keymap) - keys.known_ids())
        if unknown:
            self._settings_problems.append(f"[keymap]: no key has the id {unknown[0]!r}")
        self.set_keymap(self.keymap)

    def on_mount(self) -> None:
        for problem in self._settings_problems:  # one line each, and the reader goes on
            self.notify(problem, severity="warning", markup=False, timeout=8)
        # Back from ctrl+z and `fg`: Textual re-enters the alternate screen but repaints
        # only what changed meanwhile (nothing), which would leave the screen blank.
        self.app_resume_signal.subscribe(self, self._repaint_after_resume)
        self.screen.call_after_refresh(startup.release)  # the first frame is out

    def _repaint_after_resume(self, _app: App[int]) -> None:
        self.screen.refresh(layout=True, repaint=True)
        self.refresh(layout=True, repaint=True)

    def get_driver_class(self) -> type[Driver]:
        return with_bidi_mode(super().get_driver_class())

    def get_default_screen(self) -> Screen[None]:
        if self.library is not None:
            return _library_screens().LibraryScreen(
                self.library, bidi=self.bidi, harakat=self.harakat, find=self._find_entities
            )
        assert self.document is not None
        return ReaderScreen(self.document, bidi=self.bidi, harakat=self.harakat,
                            find=self._find_entities, bookmark=self.bookmark)

    @property
    def reader(self) -> ReaderScreen:
        """The reading screen: the default one, or the article opened from the library."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        raise LookupError("no article is open")

    def action_show_help(self) -> None:
        """Every key, grouped, as the keymap has them."""
        from reader.ui.screens.help_screen import HelpScreen  # not needed before the first frame

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    def action_toggle_bidi(self) -> None:
        """Switch who does bidi, live, and remember the choice."""
        self.bidi = BidiMode.TERMINAL if self.bidi is BidiMode.APP else BidiMode.APP

    def watch_bidi(self, mode: BidiMode) -> None:
        if self._driver is not None:
            self._driver.write(bidi_mode_sequence(mode))
            self._driver.flush()
        save_setting(BIDI_SETTING, mode.value)
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen) or self._is_library(screen):
                screen.bidi = mode
        self.notify(
            "The reader shapes and orders the text."
            if mode is BidiMode.APP
            else "Your terminal orders the text (Konsole, mlterm). Text backwards? Press t.",
            title=f"Bidi: {mode.value}",
            timeout=3,
        )

    def _is_library(self, screen: Screen[object]) -> TypeGuard[library_screen.LibraryScreen]:
        """`screen` is the library's list (there is none without a library)."""
        return self.library is not None and isinstance(screen, _library_screens().LibraryScreen)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: every key of the table, then Textual's own commands."""
        targets = []
        if isinstance(screen, ReaderScreen):
            targets = [(keys.READER, screen.run_action),
                       (keys.ARTICLE, screen.article.run_action)]
            if self.library is not None and isinstance(
                screen, _library_screens().LibraryReaderScreen
            ):
                targets.append((keys.IN_LIBRARY, screen.run_action))
        elif self._is_library(screen):
            targets = [(keys.LIBRARY, screen.run_action)]
        for table, run_action in targets:
            for key in table:
                if key.palette:
                    yield SystemCommand(
                        f"{key.title} ({key.keys.split(',')[0]})",
                        f"Key: {key.keys.replace(',', ' or ')}",
                        partial(run_action, key.action),
                    )
        yield from super().get_system_commands(screen)
