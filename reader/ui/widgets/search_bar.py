"""The search line: a query typed in Arabic, shown shaped and right to left as it grows."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from reader.text.layout import BidiMode, layout_paragraph

PROMPT = "/ "


class SearchBar(Widget, can_focus=True):
    """One row: `/`, the count, then the query laid out by `reader.text.layout`.

    A stock Input would paint Arabic unshaped and in logical order, so this widget takes
    the keys itself (characters, backspace, ctrl+u, enter, escape) and paints the query as
    the article paints a line: flush right when it reads right to left, the cursor at its
    logical end (the left of an RTL line). A query longer than the row shows its end.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"search-bar--prompt", "search-bar--cursor"}

    value: reactive[str] = reactive("", init=False)
    """The query as typed (logical text)."""
    count: reactive[str] = reactive("", init=False)
    """What the search found so far, in words (`3/12`, `no match`, `counting…`)."""
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    harakat: reactive[bool] = reactive(True, init=False)
    _typing = False
    """Keys are the query's: from the moment the bar opens (or has the focus) until enter
    or escape."""

    class Edited(Message):
        """The query was edited; `Submitted` and `Cancelled` end the editing."""

        def __init__(self, bar: SearchBar, query: str) -> None:
            super().__init__()
            self.bar = bar
            self.query = query

        @property
        def control(self) -> SearchBar:
            return self.bar

    class Changed(Edited):
        """The query changed: look for it."""

    class Submitted(Edited):
        """Enter: search for `query` and close the line."""

    class Cancelled(Edited):
        """Escape: drop the search."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 1

    def watch_value(self, value: str) -> None:
        self.post_message(self.Changed(self, value))

    @property
    def typing(self) -> bool:
        """Keys are the query's (from `start_typing` until enter or escape)."""
        return self._typing

    def start_typing(self) -> None:
        """Take the keys from now on, before the focus event comes (see `_on_key`)."""
        self._typing = True

    def _on_focus(self, event: events.Focus) -> None:
        self._typing = True

    async def _on_key(self, event: events.Key) -> None:
        if not self._typing:
            # Keys typed right after enter (enter, n) reach the bar before the screen has
            # closed it: they go on to the screen's bindings, as they were meant to.
            return
        # While typing every key stops here: a letter is part of the query, not a jump.
        event.stop()
        event.prevent_default()
        if event.key in ("enter", "escape"):
            self._typing = False
            done = self.Submitted if event.key == "enter" else self.Cancelled
            self.post_message(done(self, self.value))
        elif event.key in ("backspace", "ctrl+h"):
            self.value = self.value[:-1]
        elif event.key in ("ctrl+u", "ctrl+w"):
            self.value = "" if event.key == "ctrl+u" else self.value.rstrip().rpartition(" ")[0]
        elif event.is_printable and event.character:
            self.value += event.character

    def render_line(self, y: int) -> Strip:
        width = max(1, self.size.width)
        style = self.rich_style
        if y != 0:
            return Strip.blank(width, style)
        muted = style + self.get_component_rich_style("search-bar--prompt", partial=True)
        cursor = style + self.get_component_rich_style("search-bar--cursor", partial=True)
        label = f"{PROMPT}{self.count}  " if self.count else PROMPT
        room = max(1, width - cell_len(label) - 1)  # a cell for the cursor
        text, rtl, cells = self._shown(room)
        pad = room - cells if rtl else 0
        segments = [Segment(label, muted), Segment(" " * pad, style)]
        if rtl:
            segments += [Segment(" ", cursor), Segment(text, style)]
        else:
            segments += [Segment(text, style), Segment(" ", cursor)]
        return Strip(segments).crop_extend(0, width, style)

    def _shown(self, room: int) -> tuple[str, bool, int]:
        """(text, right to left, cells) of the query's last line at `room` cells."""
        if not self.value:
            return "", False, 0
        lines = layout_paragraph(self.value, room, bidi=self.bidi, harakat=self.harakat)
        line = lines[-1]
        # A space just typed is not painted by the layout (a line never ends in one), but
        # the cursor should move past it.
        spaces = min(len(self.value) - len(self.value.rstrip(" ")), max(0, room - line.cells))
        text = " " * spaces + line.text if line.rtl else line.text + " " * spaces
        return text, line.rtl, line.cells + spaces
