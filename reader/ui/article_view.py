"""The article body: paragraphs laid out right to left, drawn line by line (Textual Line API)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.text.document import Paragraph
from reader.text.layout import BidiMode, Line
from reader.ui.line_index import LineIndex


@dataclass(frozen=True, slots=True)
class ReadingPosition:
    """Where the top row of the view is: a paragraph and a logical offset inside it."""

    paragraph: int
    offset: int


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Body paragraphs, a blank row between them, each laid out for the current width.

    Only the paragraphs on screen (and a screen above and below) are laid out; the others
    count as an estimate until they come into view. When an estimate above the top row is
    corrected, the view moves with it, so what the reader sees never jumps.
    """

    BINDINGS: list[BindingType] = [
        # The app's own keys, repeated here (same ids, so a keymap moves both) because the
        # footer lists the focused widget's keys first and a 40-column footer must keep them.
        Binding("q", "app.quit", "Quit", id="reader.quit"),
        Binding("t", "app.toggle_bidi", "Bidi", id="reader.toggle-bidi"),
        Binding("j,down", "scroll_lines(1)", "Scroll", key_display="j/k", id="article.line-down"),
        Binding("k,up", "scroll_lines(-1)", "Line up", show=False, id="article.line-up"),
        Binding(
            "space,pagedown", "scroll_pages(1)", "Page", key_display="space/b",
            id="article.page-down",
        ),
        Binding("b,pageup", "scroll_pages(-1)", "Page up", show=False, id="article.page-up"),
        Binding("g,home", "go_to_top", "Top/End", key_display="g/G", id="article.top"),
        Binding("G,end", "go_to_bottom", "End", show=False, id="article.bottom"),
    ]

    MEASURE = 90
    """Longest line in cells: wider terminals get a centred column, which reads better."""

    bidi: reactive[BidiMode] = reactive(BidiMode.APP, init=False)
    """Who reorders: the app (visual order, shaped) or the terminal (logical order)."""

    harakat: reactive[bool] = reactive(True, init=False)
    """Show diacritics."""

    @dataclass
    class PositionChanged(Message):
        """The top row moved to `row`; at the end of the article it is `last_row`."""

        view: ArticleView
        position: ReadingPosition
        row: int
        last_row: int

        @property
        def control(self) -> ArticleView:
            return self.view

    @dataclass
    class ColumnChanged(Message):
        """The text column moved: it spans screen columns `left` to `right` (exclusive)."""

        view: ArticleView
        left: int
        right: int

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        *,
        bidi: BidiMode = BidiMode.APP,
        harakat: bool = True,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.paragraphs = tuple(paragraphs)
        self._texts = tuple(paragraph.text for paragraph in self.paragraphs)
        self.set_reactive(ArticleView.bidi, BidiMode(bidi))
        self.set_reactive(ArticleView.harakat, harakat)
        self._index: LineIndex | None = None
        self._settling = False
        self._last_reported: tuple[ReadingPosition, int, int] | None = None
        self._last_column: tuple[int, int] | None = None

    # -- what is on screen -------------------------------------------------------------

    @property
    def line_index(self) -> LineIndex | None:
        """The index for the current width and mode (None before the first layout)."""
        return self._index

    @property
    def text_width(self) -> int:
        """Cells of a line of text: the room inside padding and scrollbar, up to MEASURE."""
        return max(1, min(self.MEASURE, self.scrollable_content_region.width))

    @property
    def margin(self) -> int:
        """Blank cells left of the text column, which is centred when the room is wider."""
        return max(0, self.scrollable_content_region.width - self.text_width) // 2

    @property
    def top_position(self) -> ReadingPosition:
        """The paragraph and logical offset shown in the top row."""
        index = self._index
        if index is None or not self.paragraphs:
            return ReadingPosition(0, 0)
        paragraph, line = index.locate(round(self.scroll_y))
        lines = index.lines(paragraph)
        if line < len(lines):
            return ReadingPosition(paragraph, lines[line].start)
        if paragraph + 1 < len(self.paragraphs):  # a gap row: the next paragraph follows
            return ReadingPosition(paragraph + 1, 0)
        return ReadingPosition(paragraph, lines[-1].start)

    def line_at(self, y: int) -> tuple[int, Line] | None:
        """(paragraph, line) painted in row `y` of the view, or None for a blank row."""
        index = self._index
        if index is None or not self.paragraphs:
            return None
        row = round(self.scroll_y) + y
        if row < 0 or row >= index.height:
            return None
        paragraph, line = index.locate(row)
        lines = index.lines(paragraph)
        return (paragraph, lines[line]) if line < len(lines) else None

    def render_line(self, y: int) -> Strip:
        style = self.rich_style
        room = max(1, self.scrollable_content_region.width)
        found = self.line_at(y)
        if found is None:
            return Strip.blank(room, style)
        line = found[1]
        text = " " * (self.margin + line.padding(self.text_width)) + line.text
        return Strip([Segment(text, style)]).crop_extend(0, room, style)

    # -- moving ----------------------------------------------------------------------------

    def action_scroll_lines(self, count: int) -> None:
        """Move the text `count` rows up (positive: read on)."""
        self.scroll_to_row(round(self.scroll_y) + count)

    def action_scroll_pages(self, count: int) -> None:
        """Move by `count` screens of text."""
        page = max(1, self.scrollable_content_region.height)
        self.scroll_to_row(round(self.scroll_y) + count * page)

    def action_go_to_top(self) -> None:
        self.scroll_to_row(0)

    def action_go_to_bottom(self) -> None:
        """Show the last screen; the tail is laid out first so the end is exact."""
        index = self._index
        if index is None or not self.paragraphs:
            return
        rows = 0
        paragraph = len(self.paragraphs) - 1
        while paragraph >= 0 and rows < 2 * self._page_height():
            index.lines(paragraph)
            rows += index.row_count(paragraph)
            paragraph -= 1
        self._update_virtual_size()
        self.scroll_to_row(index.height)

    def scroll_to_row(self, row: int) -> None:
        """Put `row` at the top (clamped), without animation: keys should feel immediate."""
        self.scroll_to(y=max(0, row), animate=False, force=True, immediate=True)

    def scroll_to_position(self, position: ReadingPosition) -> None:
        """Put the line holding `position` at the top of the view."""
        index = self._index
        if index is None or not self.paragraphs:
            return
        paragraph = min(position.paragraph, len(self.paragraphs) - 1)
        row = index.row_of(paragraph, position.offset)
        self._settle(anchor_row=row)

    # -- layout ------------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        if self._index is None or self._index.width != self.text_width:
            self._relayout()
        else:
            self._settle()
            self.refresh()  # the column may have moved even if its width did not
        self._report_column()

    def watch_bidi(self) -> None:
        self._relayout()

    def watch_harakat(self) -> None:
        self._relayout()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._settling:
            self._settle()

    def _relayout(self) -> None:
        """A new index for the current width and mode; the top row keeps its text."""
        if not self.is_mounted or self.scrollable_content_region.width <= 0:
            return
        position = self.top_position if self._index is not None else ReadingPosition(0, 0)
        self._index = LineIndex(
            self._texts, self.text_width, bidi=self.bidi, harakat=self.harakat
        )
        self._update_virtual_size()
        self.scroll_to_position(position)
        self.refresh()

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def _settle(self, anchor_row: int | None = None) -> None:
        """Lay out what is on screen and a screen around it; keep the top row's text in place.

        Correcting the estimate of a paragraph above the top row moves every row below it,
        so the top row is moved by the same amount.
        """
        index = self._index
        if index is None or not self.paragraphs or self._settling:
            return
        self._settling = True
        try:
            top = round(self.scroll_y) if anchor_row is None else anchor_row
            top = max(0, min(top, index.height - 1))
            paragraph, line = index.locate(top)
            page = self._page_height()
            shift = 0
            above, rows = paragraph - 1, 0
            while above >= 0 and rows < page:
                before = index.row_count(above)
                index.lines(above)
                shift += index.row_count(above) - before
                rows += index.row_count(above)
                above -= 1
            below, rows = paragraph, -line
            while below < len(self.paragraphs) and rows < 2 * page:
                index.lines(below)
                rows += index.row_count(below)
                below += 1
            self._update_virtual_size()
            if top + shift != round(self.scroll_y):
                # Only when needed: scrolling stops a running animation (scrollbar clicks).
                self.scroll_to(y=top + shift, animate=False, force=True, immediate=True)
        finally:
            self._settling = False
        self._report_position()

    def _update_virtual_size(self) -> None:
        index = self._index
        height = index.height if index is not None else 0
        self.virtual_size = Size(self.text_width, height)

    def _report_column(self) -> None:
        left = self.scrollable_content_region.x + self.margin
        column = (left, left + self.text_width)
        if column != self._last_column:
            self._last_column = column
            self.post_message(self.ColumnChanged(self, *column))

    def _report_position(self) -> None:
        last_row = max(0, self.max_scroll_y)
        report = (self.top_position, round(self.scroll_y), last_row)
        if report != self._last_reported:
            self._last_reported = report
            self.post_message(self.PositionChanged(self, *report))
