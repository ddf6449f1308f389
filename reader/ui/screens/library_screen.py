"""The library: a folder's articles, their entity counts as they come, and the article opened."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.entities import Entity
from reader.library import Bookmark, EntityCounts, Library, LibraryEntry, PositionStore
from reader.text.document import parse_document
from reader.text.layout import BidiMode, one_line
from reader.text.load import LoadError, load_text
from reader.ui import keys
from reader.ui.library_counts import Counter, CountFailed, CountingProcess, counting_with
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.library_list import Counted, LibraryList


class LibraryScreen(Screen[None]):
    """Owns the folder's entries, their counts and the cursor; an article opens over it."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.LIBRARY)

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False, repaint=False)
    harakat: reactive[bool] = reactive(True, init=False, repaint=False)
    entries: reactive[tuple[LibraryEntry, ...]] = reactive((), init=False, repaint=False)
    counts: reactive[tuple[Counted, ...]] = reactive((), init=False, repaint=False)
    """Each entry's people, places and dates, filled in by a worker."""
    cursor: reactive[int] = reactive(0, init=False, repaint=False)

    @dataclass
    class CountsFound(Message):
        """The counting worker's result for entry `index` (the reason, if it failed)."""

        index: int
        counts: EntityCounts | str

    def __init__(
        self,
        library: Library,
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        find: Callable[[str], Sequence[Entity]] | None = None,
        positions: PositionStore | None = None,
    ) -> None:
        """`find(text)` replaces the entity engine, here and in the articles opened."""
        super().__init__()
        self.library = library
        self._find = find
        self._count: Counter = counting_with(find) if find is not None else CountingProcess()
        self._positions = positions or PositionStore()
        self.set_reactive(LibraryScreen.bidi, BidiMode(bidi))
        self.set_reactive(LibraryScreen.harakat, harakat)
        self.set_reactive(LibraryScreen.entries, library.entries)
        self.set_reactive(LibraryScreen.counts, (None,) * len(library.entries))

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-header"):
            yield Static(self._summary(), id="library-status", markup=False)
            yield Static(self._folder_name(), id="library-folder", markup=False)
        yield LibraryList(
            self.entries, bidi=self.bidi, harakat=self.harakat, id="articles"
        ).data_bind(LibraryScreen.bidi, LibraryScreen.harakat, LibraryScreen.entries,
                    LibraryScreen.counts, LibraryScreen.cursor)
        yield KeyFooter()

    @property
    def articles(self) -> LibraryList:
        return self.query_one("#articles", LibraryList)

    def on_mount(self) -> None:
        self.count_entities()

    def on_unmount(self) -> None:
        stop = getattr(self._count, "stop", None)
        if stop is not None:
            stop()

    def _summary(self) -> str:
        total = len(self.entries)
        words = f"{total} article" + ("" if total == 1 else "s")
        readable = sum(entry.readable for entry in self.entries)
        waiting = sum(1 for entry, counted in zip(self.entries, self.counts, strict=True)
                      if entry.readable and counted is None)
        if waiting and readable:
            words += f" · counting {readable - waiting + 1}/{readable}"
        return words

    def _folder_name(self) -> str:
        folder = self.library.folder
        return one_line(folder.resolve().name or str(folder), bidi=self.bidi,
                        harakat=self.harakat)

    def watch_bidi(self) -> None:
        if self.is_mounted:
            self.query_one("#library-folder", Static).update(self._folder_name())

    # -- counts, in a thread worker ------------------------------------------------------

    @work(thread=True, exclusive=True, group="library-counts")
    def count_entities(self) -> None:
        """Count each readable article's entities, one after the other, off the UI thread.

        Quitting cancels the worker; `on_unmount` stops the counter's child process, so a
        count in progress ends at once instead of holding the exit.
        """
        worker = get_current_worker()
        for index, entry in enumerate(self.library.entries):
            if worker.is_cancelled:
                return
            if not entry.readable:
                continue
            result: EntityCounts | str
            try:
                result = self._count(entry.path)
            except CountFailed as error:
                result = str(error)
            except Exception as error:  # a failing engine must not take the library with it
                result = f"{type(error).__name__}: {error}"
            if worker.is_cancelled:
                return
            self.post_message(self.CountsFound(index, result))

    @on(CountsFound)
    def show_counts(self, message: CountsFound) -> None:
        counts = list(self.counts)
        counts[message.index] = message.counts
        self.counts = tuple(counts)
        self.query_one("#library-status", Static).update(self._summary())

    # -- moving and opening --------------------------------------------------------------

    def action_move_cursor(self, step: int) -> None:
        self.cursor = max(0, min(len(self.entries) - 1, self.cursor + step))

    def action_move_pages(self, count: int) -> None:
        self.action_move_cursor(count * self.articles.page)

    def action_cursor_to_end(self, direction: int) -> None:
        self.cursor = len(self.entries) - 1 if direction > 0 else 0

    def action_open_article(self) -> None:
        self.open_article(self.cursor)

    @on(LibraryList.ArticleClicked)
    def open_clicked(self, message: LibraryList.ArticleClicked) -> None:
        self.open_article(message.index)

    def sibling(self, index: int, step: int) -> int | None:
        """The next (`step` > 0) or previous readable article from entry `index`."""
        k = index + step
        while 0 <= k < len(self.entries):
            if self.entries[k].readable:
                return k
            k += step
        return None

    def open_article(self, index: int) -> None:
        """Read entry `index` again (it may have changed) and open it at its saved place."""
        self.cursor = index
        entry = self.entries[index]
        if entry.error is not None:
            self.notify(f"{entry.path.name}: {entry.error}", severity="warning", markup=False,
                        timeout=4)
            return
        try:
            text = load_text(entry.path, notify=self._warn)
        except LoadError as error:  # changed or gone since the folder was read
            reason = str(error).removeprefix(f"{entry.path}: ")
            entries = list(self.entries)
            entries[index] = dataclasses.replace(entry, error=reason)
            self.entries = tuple(entries)
            self.notify(f"{entry.path.name}: {reason}", severity="warning", markup=False,
                        timeout=4)
            return
        document = parse_document(text, entry.path.name)
        screen = LibraryReaderScreen(
            self,
            index,
            document,
            bidi=self.bidi,
            harakat=self.harakat,
            find=self._find,
            bookmark=Bookmark.of(entry.path, text, self._positions),
        )
        self.app.push_screen(screen)

    def _warn(self, line: str) -> None:
        self.notify(line, severity="warning", markup=False, timeout=4)


class LibraryReaderScreen(ReaderScreen):
    """An article opened from the library: `]`/`[` open its neighbours, escape goes back."""

    # A key bound here hides the reader's own rows for it: escape keeps them, first (fold
    # the panel, clear a search), and goes back only when none of them applies.
    BINDINGS: ClassVar[list[BindingType]] = keys.bindings((
        *(key for key in keys.READER if "escape" in key.keys.split(",")),
        *keys.IN_LIBRARY,
    ))

    def __init__(self, library: LibraryScreen, index: int, *args: Any, **options: Any) -> None:
        super().__init__(*args, **options)
        self.library = library
        self.index = index

    def action_open_sibling(self, step: int) -> None:
        """Close this article and open the next (`step` > 0) or previous one."""
        target = self.library.sibling(self.index, step)
        if target is None:
            where = "last" if step > 0 else "first"
            self.notify(f"This is the {where} article of the folder.", timeout=2)
            return
        self.app.pop_screen()
        self.library.open_article(target)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hide_overlay":  # else escape would stop there, doing nothing
            return self.panel.has_class("-overlay")
        return super().check_action(action, parameters)

    def action_back_to_library(self) -> None:
        """Back to the list (the position is kept as the screen closes)."""
        self.app.pop_screen()
