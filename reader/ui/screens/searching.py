"""The reading screen's search: /, n, N, escape.

A part of `ReaderScreen` kept in a file of its own: the screen holds the state (its
`search` reactive, the current mention or match); the matcher (`reader.text.search`)
computes. A thread worker counts matches: a
long article's in a child process (`search_process`), which folds it once and leaves the
UI's interpreter free, so a 5 MB article never stops the keys; a short one's in the worker
itself, sooner than a child could answer. The matcher and the child's module are imported
at the first search, not before the reader's first frame.
"""

from __future__ import annotations

import threading
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, cast

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from reader.text.highlights import Span
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.mention_marks import MATCH
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App
    from textual.screen import Screen
    from textual.timer import Timer
    from textual.widget import Widget
    from textual.worker import Worker

    from reader.text.document import Document
    from reader.text.highlights import MentionIndex
    from reader.text.search import FoldedText, Matches, MatchesByParagraph, MatchIndex
    from reader.ui.search_process import SearchProcess
    from reader.ui.widgets.entity_panel import EntityPanel
    from reader.ui.widgets.mention_status import MentionStatus

SEARCH_HINT = "n N: matches · esc: clear"
_FOLDING = threading.Lock()
TYPING_PAUSE = 0.2
"""Seconds without a key before a long article is counted for the query typed so far."""
TYPING_PAUSE_FROM = 200_000
"""Characters from which an article is long: counting it at each letter would stutter."""
IN_PROCESS_BELOW = 1_000_000
"""Characters below which an article is counted in the worker's thread: folding and
searching it take a few milliseconds there, less than a child's start (see the benchmark
`search_count.py`)."""


class Search(NamedTuple):
    """A search the reader made: its query and its matches, in reading order."""

    query: str
    matches: MatchIndex


class _ReadingScreen(Protocol):
    """What of the reading screen the search uses (mypy's way to type a mixin's self)."""

    document: Document
    current: Span | None
    search: Search | None
    title_marks: tuple[Span, ...]
    mentions: MentionIndex
    _folded: FoldedText | None
    _searcher: SearchProcess | None
    _search_from: int
    _pending: str | None
    _last_query: str
    _count_timer: Timer | None

    def set_timer(self, delay: float, callback: Callable[[], object]) -> Timer: ...
    def set_focus(self, widget: Widget | None) -> None: ...

    @property
    def focused(self) -> Widget | None: ...

    @property
    def app(self) -> App[Any]: ...
    @property
    def article(self) -> ArticleView: ...
    @property
    def panel(self) -> EntityPanel: ...
    @property
    def status(self) -> MentionStatus: ...
    @property
    def search_bar(self) -> SearchBar: ...
    @property
    def title_bar(self) -> TitleBar: ...
    def go_to(self, span: Span) -> None: ...
    def _on_screen(self, span: Span) -> bool: ...
    def _top_offset(self) -> int: ...
    def _close_bar(self) -> None: ...
    def _drop_search(self) -> None: ...
    def _mark_title(self) -> None: ...
    def action_clear_search(self) -> None: ...
    def count_matches(self, query: str) -> Worker[None]: ...
    def prepare_search(self) -> Worker[None]: ...
    def _find_all(self, query: str) -> Matches | None: ...
    def _child_searcher(self) -> SearchProcess | None: ...
    def notify(self, message: str, *, timeout: float | None = None) -> None: ...
    def post_message(self, message: Message) -> bool: ...
    def refresh_bindings(self) -> None: ...
    def add_class(self, *names: str) -> Any: ...
    def remove_class(self, *names: str) -> Any: ...
    def query_one(self, selector: str, expect_type: type[SearchBar]) -> SearchBar: ...


def _set(screen: _ReadingScreen) -> _ReadingScreen:
    """`screen` itself. A reactive set as `self.x = …` in the mixin would be taken by mypy
    for an attribute of the mixin's own, clashing with the screen's reactive."""
    return screen


class Searching:
    """Actions and handlers of the reading screen for search (a mixin)."""

    class MatchesFound(Message):
        """The search worker's result for `query`: the matches, and the same cut to body
        paragraphs (the article marks those without cutting them on the UI thread)."""

        def __init__(
            self, query: str, matches: MatchIndex, by_paragraph: MatchesByParagraph
        ) -> None:
            super().__init__()
            self.query = query
            self.matches = matches
            self.by_paragraph = by_paragraph

    _folded: FoldedText | None = None
    _searcher: SearchProcess | None = None
    """The child that counts a long article's matches, started at the first `/`."""
    _search_from: int = 0
    _pending: str | None = None
    """The query whose count is awaited; a count for any other is dropped."""
    _last_query: str = ""
    """The last query that found something (an empty / enter looks for it again)."""
    _count_timer: Timer | None = None

    # -- search ----------------------------------------------------------------------------

    @property
    def search_bar(self: _ReadingScreen) -> SearchBar:
        return self.query_one("#search", SearchBar)

    @property
    def title_bar(self: _ReadingScreen) -> TitleBar:
        screen = cast("Screen[Any]", self)  # the mixin's self is the reading screen
        return screen.query_one("#title", TitleBar)

    def action_start_search(self: _ReadingScreen) -> None:
        """Open the search line at the bottom; matches are looked for as the query grows."""
        current = self.current
        on_screen = current is not None and self._on_screen(current)
        self._search_from = current.start if current and on_screen else self._top_offset()
        bar = self.search_bar
        bar.add_class("-open")
        self.add_class("-searching")
        bar.value = ""
        bar.count = ""
        bar.start_typing()
        # At once, not at the next turn of the app's queue (`focus()`): the keys already
        # read after the slash go to the focused widget, and they are the query's.
        self.set_focus(bar)
        if self._searcher is None and self._child_searcher() is not None:
            self.prepare_search()  # the child folds the text while the query is typed

    @work(thread=True, group="search-child")
    def prepare_search(self: _ReadingScreen) -> None:
        """Start the search's child and send it the article (5 MB: the pipe's writes wait
        on the child's reads)."""
        if self._searcher is not None:
            self._searcher.start()

    def on_unmount(self: _ReadingScreen) -> None:
        # Textual calls this beside the screen's own `on_unmount` (one handler a class).
        if self._searcher is not None:
            self._searcher.stop()

    def on_search_bar_changed(self: _ReadingScreen, message: SearchBar.Changed) -> None:
        from reader.text.search import fold

        message.stop()
        if not fold(message.query.strip()):
            self._drop_search()
            return
        self.search_bar.count = "counting…"
        self._pending = message.query
        if self._count_timer is not None:
            self._count_timer.stop()
        if len(self.document.text) < TYPING_PAUSE_FROM:
            self.count_matches(message.query)
        else:  # a long article is counted once the typing pauses, not at every letter
            self._count_timer = self.set_timer(TYPING_PAUSE, partial(
                self.count_matches, message.query))

    def on_search_bar_submitted(self: _ReadingScreen, message: SearchBar.Submitted) -> None:
        from reader.text.search import fold

        message.stop()
        self._close_bar()
        if not fold(message.query.strip()) and self._last_query:  # as less: / enter repeats
            self._pending = self._last_query
            self.count_matches(self._last_query)
            return
        search = self.search
        if search is not None and not search.matches:
            self.notify("No match.", timeout=2)
            self._drop_search()

    def on_search_bar_cancelled(self: _ReadingScreen, message: SearchBar.Cancelled) -> None:
        message.stop()
        self._close_bar()
        self.action_clear_search()

    def _close_bar(self: _ReadingScreen) -> None:
        self.search_bar.remove_class("-open")
        self.remove_class("-searching")
        self.set_focus(self.article)  # at once: the keys typed after enter are the article's

    @work(thread=True, exclusive=True, group="search")
    def count_matches(self: _ReadingScreen, query: str) -> None:
        """Find every match of `query` off the UI thread."""
        from reader.text.search import MatchIndex

        worker = get_current_worker()
        found = self._find_all(query)
        if found is None or worker.is_cancelled:
            return  # a newer query is counted
        matches = MatchIndex(found, MATCH)
        by_paragraph = matches.by_paragraph([(p.start, p.end) for p in self.document.body])
        if not worker.is_cancelled:
            self.post_message(Searching.MatchesFound(query, matches, by_paragraph))

    def _child_searcher(self: _ReadingScreen) -> SearchProcess | None:
        """The child that searches a long article (made at the first call), None for a
        short one."""
        from reader.ui.search_process import SearchProcess

        if self._searcher is None and len(self.document.text) >= IN_PROCESS_BELOW:
            self._searcher = SearchProcess(self.document.text)
        return self._searcher

    def _find_all(self: _ReadingScreen, query: str) -> Matches | None:
        """The matches of `query`: from the child for a long article (None when a newer
        query superseded this one), else, or when the child failed, in this thread."""
        from reader.text.search import FoldedText
        from reader.ui.search_process import SearchFailed

        searcher = self._child_searcher()
        if searcher is not None:
            try:
                return searcher.find(query)
            except SearchFailed:
                pass  # counted here instead: slower, the same matches
        with _FOLDING:  # a count started while the text is folded waits for that fold
            folded = self._folded
            if folded is None:
                folded = self._folded = FoldedText(self.document.text)
        return folded.find_all(query)

    def on_searching_matches_found(
        self: _ReadingScreen, message: Searching.MatchesFound
    ) -> None:
        if message.query != self._pending:
            return  # typed on meanwhile (a newer count is coming), or dropped
        bar = self.search_bar
        _set(self).search = Search(message.query, message.matches)
        if message.matches:
            self._last_query = message.query
        self.article.set_matches(message.by_paragraph)
        self._mark_title()
        step = message.matches.after(self._search_from, inclusive=True)
        if step is None:
            bar.count = "no match"
            if self.current is not None and self.current.kind == MATCH:
                _set(self).current = None
            if not bar.has_class("-open"):  # enter came before the count
                self.notify("No match.", timeout=2)
                self._drop_search()
            return
        self.go_to(step.span)

    def action_step_match(self: _ReadingScreen, direction: int) -> None:
        """Next or previous match, from the current match when it is on screen, else from
        the top of the screen; wrapping at the ends with a notice."""
        search = self.search
        if search is None or not search.matches:
            return
        current = self.current
        matches = search.matches
        if current is not None and current.kind == MATCH and self._on_screen(current):
            step = matches.step(current, direction)
        else:
            top = self._top_offset()
            step = matches.after(top, inclusive=True) if direction > 0 else matches.before(top)
        if step is None:
            return
        if step.wrapped:
            self.notify(f"Back to the {'first' if direction > 0 else 'last'} match.", timeout=2)
        self.go_to(step.span)

    def action_clear_search(self: _ReadingScreen) -> None:
        """Drop the search: its marks go, and n/N step between mentions again."""
        self._drop_search()

    def _drop_search(self: _ReadingScreen) -> None:
        self._pending = None
        _set(self).search = None
        self.search_bar.count = ""
        self.article.set_matches(())
        self._mark_title()
        if self.current is not None and self.current.kind == MATCH:
            _set(self).current = None

    def _mark_title(self: _ReadingScreen) -> None:
        """The title's marks: its mentions and, while a search is on, its matches."""
        title = self.document.title
        if title is None:
            return
        spans = list(self.mentions.all.within(title.start, title.end))
        if self.search is not None:
            spans += self.search.matches.within(title.start, title.end)
        _set(self).title_marks = tuple(spans)

    def show_match(self: _ReadingScreen, span: Span) -> None:
        """The status line and the search line for the current match: the query, `i/n`."""
        search = self.search
        if search is None:
            return
        i, n = search.matches.position_of(span) + 1, len(search.matches)
        status = self.status
        status.hint, status.name, status.rank = SEARCH_HINT, search.query.strip(), f"{i}/{n}"
        self.search_bar.count = f"{i}/{n}"

    def watch_search(self: _ReadingScreen) -> None:
        self.refresh_bindings()  # n/N and escape change meaning: the footer follows

    def check_action(
        self: _ReadingScreen, action: str, parameters: tuple[object, ...]
    ) -> bool | None:
        """n/N step matches while a search is on, mentions otherwise; escape hides the
        panel shown over the article first, then clears the search."""
        if action == "start_search":  # a slash typed in the query is part of it
            bar = self.search_bar
            return not (bar.typing and self.focused is bar)
        if action in ("step_match", "clear_search"):
            return self.search is not None
        if action == "step_mention":
            return self.search is None
        if action == "hide_overlay":
            return self.panel.has_class("-overlay")
        return True
