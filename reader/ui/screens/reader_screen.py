"""The reading screen: one article, its people, places and dates, and the keys between them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container, Horizontal
from textual.events import Resize, ScreenResume
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from reader.settings import load_settings, save_setting
from reader.text.document import Document
from reader.text.highlights import MentionIndex, Span
from reader.text.layout import BidiMode, one_line
from reader.ui import keys
from reader.ui.engine_process import ProcessEngine
from reader.ui.screens.copying import Copying
from reader.ui.screens.searching import Search, Searching
from reader.ui.widgets.article_view import ArticleView, ReadingPosition
from reader.ui.widgets.entity_panel import EntityPanel, Order, PanelEntry, PanelState
from reader.ui.widgets.key_footer import KeyFooter
from reader.ui.widgets.mention_marks import MATCH
from reader.ui.widgets.mention_status import MentionStatus
from reader.ui.widgets.reading_status import ReadingStatus
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from reader.entities import Entity
    from reader.library import Bookmark
    from reader.ui.screens.choice import EntityChoice

NARROW = 70
"""Below this many columns the panel folds away (shown on demand over the article)."""
FOOTER_ROOM = 100
"""Below this many columns the footer drops its spacing and the palette's hint (ctrl+p
still opens it), so that the keys, Quit last, stay in view."""
PANEL_SIDE_SETTING = "panel_side"
PLURALS = {"person": "people", "place": "places", "date": "dates"}
HINT = "p l d: people, places, dates"


class ReaderScreen(Searching, Copying, Screen[None]):
    """Owns the document, its entities and the current mention; the widgets show them."""

    BINDINGS: ClassVar[list[BindingType]] = keys.bindings(keys.READER)
    AUTO_FOCUS = "#article"

    # State, not paint: the widgets bound to these repaint what changed. (A repainting
    # reactive on a screen repaints the whole screen: a jump cost a full frame.)
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False, repaint=False)
    harakat: reactive[bool] = reactive(True, init=False, repaint=False)
    marks: reactive[tuple[Span, ...]] = reactive((), init=False, repaint=False)
    """Every mention of every entity, in document offsets."""
    current: reactive[Span | None] = reactive(None, init=False, repaint=False)
    """The mention the reader is on (marked, named in the status line), if any."""
    show_marks: reactive[bool] = reactive(True, init=False, repaint=False)
    panel_side: reactive[str] = reactive("left", init=False, repaint=False)
    panel_order: reactive[Order] = reactive(Order.APPEARANCE, init=False, repaint=False)
    search: reactive[Search | None] = reactive(None, init=False, repaint=False)
    """The search made with /, while it is on (n/N then step between its matches)."""
    title_marks: reactive[tuple[Span, ...]] = reactive((), init=False, repaint=False)
    """The mentions and matches in the title (the title needs no others)."""

    class EntitiesFound(Message):
        """The extraction worker's result, with the panel's rows made from it (in the
        worker: a place's English name loads the gazetteer, tens of milliseconds)."""

        def __init__(self, entities: tuple[Entity, ...], entries: tuple[PanelEntry, ...]) -> None:
            super().__init__()
            self.entities = entities
            self.entries = entries

    class ExtractionFailed(Message):
        """The entity engine raised: the reader goes on without entities."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        document: Document,
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        find: Callable[[str], Sequence[Entity]] | None = None,
        bookmark: Bookmark | None = None,
    ) -> None:
        """`bookmark` keeps the reading position of the article between sessions."""
        super().__init__()
        self.document = document
        self.bookmark = bookmark
        saved = bookmark.load() if bookmark is not None else None
        self._restore = None if saved is None else ReadingPosition(saved.paragraph, saved.offset)
        """The saved reading position the article opens at."""
        self._position = self._restore or ReadingPosition(0, 0)
        self._find = find or ProcessEngine()
        self.entities: tuple[Entity, ...] = ()
        self._pending_jump: tuple[str, int] | None = None
        self.mentions = MentionIndex(())
        self.set_reactive(ReaderScreen.bidi, BidiMode(bidi))
        self.set_reactive(ReaderScreen.harakat, harakat)
        settings = load_settings()
        self.set_reactive(ReaderScreen.panel_side, settings.panel_side)
        self.set_reactive(ReaderScreen.show_marks, settings.highlights)
        self._resumed = False

    # -- widgets -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        document = self.document
        title = document.title
        with Horizontal(id="header"):
            yield ReadingStatus(id="status").data_bind(ReaderScreen.bidi)
            yield TitleBar(
                title.text if title else document.name,
                start=title.start if title else 0,
                bidi=self.bidi,
                harakat=self.harakat,
                id="title",
            ).data_bind(ReaderScreen.bidi, ReaderScreen.harakat, ReaderScreen.current,
                        ReaderScreen.show_marks, marks=ReaderScreen.title_marks)
        with Container(id="body"):
            yield EntityPanel(
                bidi=self.bidi, harakat=self.harakat, id="panel", classes=f"-{self.panel_side}"
            ).data_bind(ReaderScreen.bidi, ReaderScreen.harakat, order=ReaderScreen.panel_order)
            yield ArticleView(
                document.body, bidi=self.bidi, harakat=self.harakat, id="article"
            ).data_bind(*MARKED_TEXT)
        yield MentionStatus(id="mention-status").data_bind(
            ReaderScreen.bidi, ReaderScreen.harakat
        )
        yield SearchBar(id="search").data_bind(ReaderScreen.bidi, ReaderScreen.harakat)
        wide = self.app.size.width >= FOOTER_ROOM  # as on_resize will find it: no second frame
        yield KeyFooter(compact=not wide, show_command_palette=wide)

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def panel(self) -> EntityPanel:
        return self.query_one("#panel", EntityPanel)

    @property
    def status(self) -> MentionStatus:
        return self.query_one("#mention-status", MentionStatus)

    def on_mount(self) -> None:
        self.status.hint = HINT
        if self._restore is not None:  # the first layout opens the article there
            self.article.scroll_to_position(self._restore)
        # The engine starts in a child process on the other core once the first screen is
        # out: starting it (a fork, the article sent down a pipe) delayed that screen by
        # some 15 ms, and the panel's fill, a second or so later, does not feel them.
        self.call_after_refresh(self.find_entities)

    def on_screen_resume(self, event: ScreenResume) -> None:
        # Textual styles each widget as it mounts, and then, at the screen's first resume
        # (a moment later, nothing changed between), every widget again: some 7 ms of the
        # first frame. Later resumes (back from help, a theme changed) restyle as usual.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_unmount(self) -> None:
        if self.bookmark is not None:
            from reader.library import SavedPosition  # loaded already, with the bookmark

            self.bookmark.save(SavedPosition(self._position.paragraph, self._position.offset))

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW
        self.set_class(narrow, "-narrow")
        footer = self.query_one(KeyFooter)
        footer.compact = event.size.width < FOOTER_ROOM
        footer.show_command_palette = event.size.width >= FOOTER_ROOM
        if not narrow:
            self.panel.remove_class("-overlay")

    # -- the entity engine, in a thread ----------------------------------------------------

    @work(thread=True, exclusive=True, group="entities")
    def find_entities(self) -> None:
        """Run the engine off the UI thread; the result comes back as a message.

        A 5 MB article keeps the engine busy for many seconds. The call runs in a daemon
        thread of its own, which this worker waits on, so quitting (which cancels the
        worker) never waits for it; the default engine (a child process, see
        `engine_process`) is stopped then too.
        """
        worker = get_current_worker()
        found: list[tuple[Entity, ...]] = []
        failed: list[str] = []
        done = threading.Event()

        def run() -> None:
            try:
                found.append(tuple(self._find(self.document.text)))
            except Exception as error:  # the engine failing must not take the reader with it
                failed.append(f"{type(error).__name__}: {error}")
            finally:
                done.set()

        threading.Thread(target=run, name="find-entities", daemon=True).start()
        while not done.wait(0.05):
            if worker.is_cancelled:
                stop = getattr(self._find, "stop", None)
                if stop is not None:
                    stop()
                return
        if found:
            # The rows are made here, off the UI thread, and their module (date values,
            # calendars) is imported here too: the first frame needs none of it.
            from reader.ui.screens.entity_rows import panel_entries

            self.post_message(self.EntitiesFound(found[0], panel_entries(found[0])))
        else:
            self.post_message(self.ExtractionFailed(failed[0] if failed else "no result"))

    @on(EntitiesFound)
    def show_entities(self, message: EntitiesFound) -> None:
        self.set_entities(message.entities, message.entries)

    def set_entities(self, entities: Sequence[Entity], entries: tuple[PanelEntry, ...]) -> None:
        """Show `entities`: marks in the text, and `entries` (made from them) in the panel."""
        from reader.ui.screens.entity_rows import mention_spans

        self.entities = tuple(entities)
        spans = mention_spans(self.entities)
        self.mentions = MentionIndex(spans)
        if self.current is None or self.current.kind != MATCH:  # a search's match stays
            self.current = None
        self.marks = self.mentions.all.spans
        self._mark_title()
        panel = self.panel
        panel.entries = entries
        panel.state = PanelState.READY
        if self._pending_jump is not None:  # a jump key pressed while the engine worked
            kind, direction = self._pending_jump
            self._pending_jump = None
            self.action_jump(kind, direction)

    @on(ExtractionFailed)
    def report_failure(self, message: ExtractionFailed) -> None:
        self.panel.state = PanelState.FAILED
        self.notify(f"Finding names failed: {message.error}", severity="error", markup=False,
                    timeout=6)

    # -- the current mention ---------------------------------------------------------------

    def watch_current(self, span: Span | None) -> None:
        entity = None if span is None else self.mentions.entity_of(span)
        self.panel.current_entity = entity
        if span is not None and span.kind == MATCH:
            self.show_match(span)
            return
        status = self.status
        if span is None or entity is None:
            status.name, status.rank, status.hint = "", "", HINT
            return
        i, n = self.mentions.rank(span)
        length = max(1, len(self.document.text))
        status.spread = tuple(m.start / length for m in self.entities[entity].mentions)
        status.here = i - 1
        status.hint = ""
        status.name = self.entities[entity].name
        status.rank = f"{i}/{n}"

    def go_to(self, span: Span) -> None:
        """Make `span` the current mention and bring it into view (centred if it was off
        screen; a mention in the title is always in view)."""
        self.current = span
        if not self._in_title(span.start):
            self.article.reveal(span.start)

    def _in_title(self, offset: int) -> bool:
        title = self.document.title
        return title is not None and offset < title.end

    def _on_screen(self, span: Span) -> bool:
        return self._in_title(span.start) or self.article.shows_offset(span.start)

    def _top_offset(self) -> int:
        """Document offset at the top of the screen (the title's start at the very top)."""
        view = self.article
        if round(view.scroll_y) == 0 or not self.document.body:
            return 0
        top = view.top_position
        return self.document.body[top.paragraph].start + top.offset

    # -- actions ---------------------------------------------------------------------------

    def action_jump(self, kind: str, direction: int) -> None:
        """Next (`direction` > 0) or previous mention of `kind` in reading order, from the
        current mention when it is on screen, else from the top of the screen."""
        index = self.mentions.of_kind(kind)
        if not index and self.panel.state is PanelState.WORKING:
            self._pending_jump = (kind, direction)
            self.notify(f"Still finding the {PLURALS[kind]}: the jump follows.", timeout=2)
            return
        if not index:
            self.notify(f"No {PLURALS[kind]} found in this article.", timeout=2)
            return
        current = self.current
        if current is not None and self._on_screen(current):
            step = index.after(current.start) if direction > 0 else index.before(current.start)
        else:
            top = self._top_offset()
            step = index.after(top, inclusive=True) if direction > 0 else index.before(top)
        assert step is not None
        if step.wrapped:
            where = "first" if direction > 0 else "last"
            self.notify(f"Back to the {where} {kind}.", timeout=2)
        self.go_to(step.span)

    def action_step_mention(self, direction: int) -> None:
        """Next or previous mention of the current entity (or of the panel's chosen one)."""
        entity = self._chosen_entity()
        if entity is None:
            self.notify("No entity chosen yet: press p, l or d, or pick one in the panel.",
                        timeout=3)
            return
        mentions = self.mentions.of_entity(entity)
        current = self.current
        if current is not None and self.mentions.entity_of(current) == entity:
            step = mentions.step(current, direction)
        else:
            end = len(self.document.text) + 1
            step = mentions.after(-1) if direction > 0 else mentions.before(end)
        if step is None:
            return
        if step.wrapped:
            where = "first" if direction > 0 else "last"
            self.notify(f"Back to the {where} mention.", timeout=2)
        self.go_to(step.span)

    def _chosen_entity(self) -> int | None:
        """The entity keys act on: the panel's cursor when the panel has the focus, else
        the current mention's."""
        panel = self.panel
        if panel.has_focus and panel.cursor_entry is not None:
            return panel.cursor_entry.entity
        if self.current is not None:
            return self.mentions.entity_of(self.current)
        return None

    def action_copy_name(self) -> None:
        """Copy the entity's name as logical Unicode text (OSC 52: works over SSH, tmux)."""
        entity = self._chosen_entity()
        if entity is None:
            self.notify("Nothing to copy: press p, l or d first.", timeout=3)
            return
        name = self.entities[entity].name
        self.app.copy_to_clipboard(name)
        shown = one_line(name, bidi=self.bidi, harakat=self.harakat)
        self.notify(f"Copied {shown} ({len(name)} characters)", markup=False, timeout=2)

    def action_switch_focus(self) -> None:
        """Article ⇄ panel; on a narrow screen the panel opens over the article.

        The focus moves at once (`set_focus`), not at the next turn of the app's queue
        (`focus()`): keys read with this one (`tab j enter` in one read) are the panel's.
        """
        panel = self.panel
        if panel.has_focus:
            self.set_focus(self.article)
            panel.remove_class("-overlay")
            return
        if self.has_class("-narrow"):
            panel.add_class("-overlay")
        panel.remove_class("-hidden")
        self.set_focus(panel)

    def action_toggle_panel(self) -> None:
        """Show or hide the panel (over the article on a narrow screen)."""
        panel = self.panel
        if self.has_class("-narrow"):
            if panel.has_class("-overlay"):
                self.action_hide_overlay()
            else:
                panel.add_class("-overlay")
                self.set_focus(panel)
            return
        panel.toggle_class("-hidden")
        if panel.has_class("-hidden") and panel.has_focus:
            self.set_focus(self.article)

    def action_hide_overlay(self) -> None:
        """Escape: fold the panel shown over the article."""
        panel = self.panel
        if panel.has_class("-overlay"):
            panel.remove_class("-overlay")
            self.set_focus(self.article)

    def action_switch_panel_side(self) -> None:
        """Put the panel on the other side of the article, and remember it."""
        self.panel_side = "right" if self.panel_side == "left" else "left"

    def watch_panel_side(self, side: str) -> None:
        panel = self.panel
        panel.set_class(side == "left", "-left")
        panel.set_class(side == "right", "-right")
        save_setting(PANEL_SIDE_SETTING, side)

    def action_switch_panel_order(self) -> None:
        """Order the panel by first appearance, or by number of mentions."""
        self.panel_order = Order.COUNT if self.panel_order is Order.APPEARANCE else Order.APPEARANCE
        by = "count" if self.panel_order is Order.COUNT else "first appearance"
        self.notify(f"Entities by {by}.", timeout=2)

    def action_toggle_highlights(self) -> None:
        """Mark every mention, or only the current one."""
        self.show_marks = not self.show_marks
        save_setting("highlights", self.show_marks)

    def action_open_map(self) -> None:
        """The article's places on a map; a place chosen there becomes current."""
        # Imported when first asked for: a screen the first frame does not need is not
        # imported before it (as the timeline below).
        from reader.ui.screens.map_screen import MapScreen

        self.app.push_screen(
            MapScreen(self.entities, bidi=self.bidi, harakat=self.harakat,
                      current=self._chosen_entity()),
            self._back_with_choice,
        )

    def action_open_timeline(self) -> None:
        """The article's dates on a timeline; a date chosen there becomes current."""
        from reader.ui.screens.timeline_screen import TimelineScreen

        self.app.push_screen(
            TimelineScreen(self.entities, bidi=self.bidi, harakat=self.harakat,
                           current=self._chosen_entity()),
            self._back_with_choice,
        )

    def _back_with_choice(self, choice: EntityChoice | None) -> None:
        """Back from the map or the timeline: go to the chosen entity's first mention, or
        only make it current."""
        mentions = None if choice is None else self.mentions.of_entity(choice.entity)
        if choice is None or not mentions:
            return
        if choice.jump:
            self.go_to(mentions.spans[0])
        else:
            self.current = mentions.spans[0]

    # -- mouse and panel -------------------------------------------------------------------

    @on(EntityPanel.EntryChosen)
    def open_entry(self, message: EntityPanel.EntryChosen) -> None:
        mentions = self.mentions.of_entity(message.entity)
        if mentions:
            self.go_to(mentions.spans[0])

    @on(ArticleView.TextClicked)
    @on(TitleBar.TextClicked)
    def choose_clicked(self, message: ArticleView.TextClicked | TitleBar.TextClicked) -> None:
        span = self.mentions.all.at(message.offset)
        if span is not None:
            self.current = span

    @on(ArticleView.ColumnChanged, "#article")
    def align_title(self, event: ArticleView.ColumnChanged) -> None:
        self.query_one("#title", TitleBar).right_edge = event.right

    @on(ArticleView.PositionChanged, "#article")
    def show_position(self, event: ArticleView.PositionChanged) -> None:
        self._position = event.position
        status = self.query_one("#status", ReadingStatus)
        status.row = event.row
        status.last_row = event.last_row


MARKED_TEXT = (
    ReaderScreen.bidi,
    ReaderScreen.harakat,
    ReaderScreen.marks,
    ReaderScreen.current,
    ReaderScreen.show_marks,
)
"""What the widgets that paint marked text (title, article) take from the screen."""
