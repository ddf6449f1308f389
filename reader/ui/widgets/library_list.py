"""The articles of a folder, one a row read from the right: title, size, people, places, dates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.events import Click, MouseScrollDown, MouseScrollUp, Resize
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from reader.library import EntityCounts, LibraryEntry
from reader.text.layout import BidiMode, layout_paragraph, one_line

TITLE_HEADING = "المقال"
COLUMNS = (("تواريخ", 7), ("أماكن", 7), ("أشخاص", 7), ("الحجم", 9))
"""The columns left of the title, from the left: heading and width in cells."""
PENDING = "…"
FAILED = "?"
ELLIPSIS = "…"
GAP = 2
MIN_TITLE = 16
"""Fewer cells than this for the title: columns are dropped, the leftmost first."""

Counted = EntityCounts | str | None
"""An article's counts: known, why they could not be had, or not yet."""


def human_size(size: int) -> str:
    """`812 B`, `6.1 KB`, `12 MB`: a size at a glance."""
    if size < 1024:
        return f"{size} B"
    value, unit = size / 1024, "KB"
    for larger in ("MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"


class LibraryList(Widget):
    """A heading row, then a row an article; the cursor's row is the one enter opens."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "library-list--heading",
        "library-list--cursor",
        "library-list--muted",
    }

    entries: reactive[tuple[LibraryEntry, ...]] = reactive((), init=False)
    counts: reactive[tuple[Counted, ...]] = reactive((), init=False)
    """One per entry, in the same order."""
    cursor: reactive[int] = reactive(0, init=False)
    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    harakat: reactive[bool] = reactive(True, init=False)

    @dataclass
    class ArticleClicked(Message):
        """A click on the row of entry `index`."""

        index: int

    def __init__(
        self,
        entries: tuple[LibraryEntry, ...],
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.set_reactive(LibraryList.entries, entries)
        self.set_reactive(LibraryList.counts, (None,) * len(entries))
        self.set_reactive(LibraryList.bidi, BidiMode(bidi))
        self.set_reactive(LibraryList.harakat, harakat)
        self.top = 0
        """The entry shown in the first row under the heading."""

    # -- what is shown -----------------------------------------------------------------

    @property
    def page(self) -> int:
        """Rows of entries on screen (the heading takes one)."""
        return max(1, self.size.height - 1)

    def columns(self, width: int) -> tuple[tuple[str, int], ...]:
        """The columns left of the title that fit in `width` cells."""
        shown: tuple[tuple[str, int], ...] = COLUMNS
        while shown and width - sum(w for _, w in shown) - GAP < MIN_TITLE:
            shown = shown[1:]
        return shown

    def row_text(self, index: int) -> str:
        """Row `index` as painted (cells left to right), without styles."""
        return "".join(segment.text for segment in self._row_strip(index, self._width()))

    def heading_text(self) -> str:
        return "".join(segment.text for segment in self._heading_strip(self._width()))

    def _width(self) -> int:
        return max(1, self.content_region.width)

    def _show_cursor(self) -> None:
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + self.page:
            self.top = self.cursor - self.page + 1
        self.top = max(0, min(self.top, len(self.entries) - self.page))

    def scroll_rows(self, count: int) -> None:
        self.top = max(0, min(self.top + count, len(self.entries) - self.page))
        self.refresh()

    # -- reactives (each repaints the list when it changes) ---------------------------------

    def watch_cursor(self) -> None:
        self._show_cursor()

    def on_resize(self, _event: Resize) -> None:
        self._show_cursor()
        self.refresh()

    # -- painting ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._width()
        if y == 0:
            return self._heading_strip(width)
        index = self.top + y - 1
        if not 0 <= index < len(self.entries):
            return Strip.blank(width, self.rich_style)
        return self._row_strip(index, width)

    def _style(self, part: str) -> Style:
        return self.rich_style + self.get_component_rich_style(f"library-list--{part}",
                                                               partial=True)

    def _heading_strip(self, width: int) -> Strip:
        style = self._style("heading")
        columns = self.columns(width)
        cells = [self._right(self._word(heading), size) for heading, size in columns]
        return self._strip(cells, TITLE_HEADING, width, style, style)

    def _row_strip(self, index: int, width: int) -> Strip:
        entry = self.entries[index]
        counted = self.counts[index] if index < len(self.counts) else None
        style = self.rich_style
        if index == self.cursor:
            style += self.get_component_rich_style("library-list--cursor", partial=True)
        muted = style + self.get_component_rich_style("library-list--muted", partial=True)
        columns = self.columns(width)
        if not columns:
            cells: list[str] = []
        elif entry.error is not None:
            # The reason takes what the file's name leaves of the row.
            room = max(sum(size for _, size in columns), width - GAP - cell_len(entry.title))
            reason = entry.error if cell_len(entry.error) <= room else \
                entry.error[: room - 1] + ELLIPSIS
            cells = [reason + " " * (room - cell_len(reason))]
        else:
            values = [*self._count_cells(counted), human_size(entry.size)]
            cells = [self._right(value, size)
                     for value, (_, size) in zip(values[-len(columns):], columns, strict=True)]
        meta_style = muted if entry.error is not None or not isinstance(counted, EntityCounts) \
            else style
        return self._strip(cells, entry.title, width, style, meta_style)

    @staticmethod
    def _count_cells(counted: Counted) -> list[str]:
        if isinstance(counted, EntityCounts):
            return [str(counted.dates), str(counted.places), str(counted.people)]
        return [FAILED if isinstance(counted, str) else PENDING] * 3

    def _strip(
        self, cells: list[str], title: str, width: int, style: Style, meta_style: Style
    ) -> Strip:
        meta = "".join(cells)
        room = max(1, width - cell_len(meta) - (GAP if meta else 0))
        if self.bidi is BidiMode.TERMINAL:
            # The terminal orders the row itself: the title comes first in reading order.
            text = f"{self._fitted(title, room).strip()}{' ' * GAP}{meta}"
            return Strip([Segment(text, style)]).crop_extend(0, width, style)
        segments = [Segment(meta, meta_style), Segment(" " * (GAP if meta else 0), style),
                    Segment(self._fitted(title, room), style)]
        return Strip(segments).crop_extend(0, width, style)

    def _word(self, text: str) -> str:
        return one_line(text, bidi=self.bidi, harakat=self.harakat)

    @staticmethod
    def _right(text: str, width: int) -> str:
        return " " * max(0, width - cell_len(text)) + text

    def _fitted(self, text: str, width: int) -> str:
        """`text` as one line of exactly `width` cells, flush right (the column of an RTL
        table, whatever the title's direction), cut with an ellipsis at its end."""
        line, *more = layout_paragraph(text, width, bidi=self.bidi, harakat=self.harakat)
        if more and width > 2:
            line = layout_paragraph(text, width - 2, bidi=self.bidi, harakat=self.harakat)[0]
            shown = f"{ELLIPSIS} {line.text}" if line.rtl else f"{line.text} {ELLIPSIS}"
        else:
            shown = line.text
        return " " * max(0, width - cell_len(shown)) + shown

    # -- mouse ---------------------------------------------------------------------------

    def on_click(self, event: Click) -> None:
        at = event.get_content_offset(self)
        if at is None or at.y == 0:
            return
        index = self.top + at.y - 1
        if 0 <= index < len(self.entries):
            self.post_message(self.ArticleClicked(index))

    def on_mouse_scroll_down(self, event: MouseScrollDown) -> None:
        event.stop()
        self.scroll_rows(3)

    def on_mouse_scroll_up(self, event: MouseScrollUp) -> None:
        event.stop()
        self.scroll_rows(-3)
